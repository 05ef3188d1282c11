"""Official documents as PDF: the protocol and its companions, in Kazakh, Russian or English.

Documents are functions of plain data (`services.views.meeting_view`); nothing here
touches the database or Qt.
"""
from .protocol import render_protocol

__all__ = ["render_protocol"]
