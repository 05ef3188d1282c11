"""Official documents as PDF: the protocol and its companions, in Kazakh, Russian or English.

Documents are functions of plain data (`services.readmodel.meeting_view`); nothing here
touches the database or Qt.
"""
from .companions import render_agenda, render_attendance, render_extract, render_register, render_script
from .protocol import render_protocol

__all__ = ["render_agenda", "render_attendance", "render_extract", "render_protocol", "render_register",
           "render_script"]
