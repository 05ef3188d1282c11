"""Assignments across meetings for follow-up; overdue ones stand out."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QFont

from .. import i18n
from .base import Column, RowsModel, date_column
from .labels import label


def _status(row: dict) -> str:
    return label("overdue") if row["overdue"] else label(row["status"])


class AssignmentsModel(RowsModel):
    shows = frozenset({"assignment", "resolution", "agenda_item", "meeting", "meeting_body", "council_body",
                       "person", "organization"})
    columns = (
        Column("task", QT_TRANSLATE_NOOP("Columns", "Assignment")),
        Column("responsible", QT_TRANSLATE_NOOP("Columns", "Responsible")),
        date_column("deadline", QT_TRANSLATE_NOOP("Columns", "Deadline")),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), display=_status),
        Column("meeting", QT_TRANSLATE_NOOP("Columns", "Meeting"),
               display=lambda r: f"№ {r['meeting_number']}, {i18n.format_date(r['meeting_date'])}",
               sort=lambda r: r["meeting_date"]),
        Column("bodies", QT_TRANSLATE_NOOP("Columns", "Council bodies"), display=lambda r: ", ".join(r["bodies"])),
        Column("resolution", QT_TRANSLATE_NOOP("Columns", "Resolution")),
    )

    def __init__(self, ctx, parent=None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.follow_changes(ctx)
        self.today = today
        self.filters: dict = {}
        self.reload()

    def set_filters(self, status: str | None = None, body_id: int | None = None, responsible: str = "") -> None:
        self.filters = {"status": status or None, "body_id": body_id or None, "responsible": responsible.strip()}
        self.reload()

    def load(self) -> list[dict]:
        return self.ctx.minutes.assignments(lang=i18n.current(), today=self.today, **self.filters)

    def rows_to_patch(self, changes) -> set[int] | None:
        """The rows a write changed: the assignments themselves, those of a responsible person or
        organisation renamed or gone, those of a meeting whose resolutions, items or numbers changed.
        Assignments that came or went, a body renamed, or a filter that a changed row may now fail: the
        whole list.  People, organisations or meetings just made are on no row yet."""
        if changes.structural({"assignment"}) or changes.changed.get("council_body") \
                or changes.deleted.get("council_body") or any(self.filters.values()):
            return None
        people = changes.changed.get("person", frozenset()) | changes.deleted.get("person", frozenset())
        orgs = changes.changed.get("organization", frozenset()) | changes.deleted.get("organization", frozenset())
        assignments = changes.changed.get("assignment", ())
        meetings = changes.meetings if not changes.kinds.isdisjoint(
            {"resolution", "agenda_item", "meeting", "meeting_body"}) else ()
        return {r["id"] for r in self.rows if r["id"] in assignments or r["meeting_id"] in meetings
                or r["responsible_person_id"] in people or r["responsible_org_id"] in orgs}

    def load_rows(self, ids: list[int]) -> list[dict]:
        return self.ctx.minutes.assignment_rows(ids, lang=i18n.current(), today=self.today)

    def background(self, row, column):
        return QColor("#fbe3e1") if row["overdue"] else None

    def foreground(self, row, column):
        if row["overdue"]:
            return QColor("#9c1c12")
        if row["status"] != "open":
            return QColor("#5b6b5f")
        return None

    def font(self, row, column):
        if row["overdue"]:
            bold = QFont()
            bold.setBold(True)
            return bold
        return None
