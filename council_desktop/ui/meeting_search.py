"""The search box over the meetings list: number, date, bodies, kind, status, as the list shows them."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .forms import SearchField


def add_search(view) -> SearchField:
    """A box above `view.table` filtering its rows as one types (every column; letters of any alphabet match
    whatever their case, as Qt folds them)."""
    field = SearchField(QCoreApplication.translate("MeetingSearch", "Search meetings (number, date, body…)"))
    field.search.connect(view.proxy.setFilterFixedString)
    return field
