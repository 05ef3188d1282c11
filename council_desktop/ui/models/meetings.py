"""The meetings list: newest first, sortable by any column through a proxy."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

from .. import i18n
from .base import Column, RowsModel, date_column
from .labels import label


def _bodies(row: dict) -> str:
    return ", ".join(b["label"] for b in row["bodies"])


class MeetingsModel(RowsModel):
    shows = frozenset({"meeting", "meeting_body", "council_body"})
    columns = (
        Column("number", QT_TRANSLATE_NOOP("Columns", "No."),
               sort=lambda r: tuple(int(x) for x in r["number"].split("/") if x.isdigit())),
        date_column("date", QT_TRANSLATE_NOOP("Columns", "Date")),
        Column("bodies", QT_TRANSLATE_NOOP("Columns", "Council bodies"), display=_bodies),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), display=lambda r: label(r["kind"])),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), display=lambda r: label(r["status"])),
        Column("place", QT_TRANSLATE_NOOP("Columns", "Place")),
    )

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.follow_changes(ctx)
        self.reload()

    def load(self) -> list[dict]:
        return self.ctx.views.meetings(i18n.current())

    def rows_to_patch(self, changes) -> set[int] | None:
        # a meeting's own fields, bodies or numbers changed: its row; a meeting came or went, or a body was
        # renamed (on many rows): the whole list.  A body just made is on no row yet.
        if changes.structural({"meeting"}) or changes.changed.get("council_body") \
                or changes.deleted.get("council_body"):
            return None
        return set(changes.meetings)

    def load_rows(self, ids: list[int]) -> list[dict]:
        return self.ctx.views.meeting_rows(ids, i18n.current())

    def foreground(self, row, column):
        if column.key == "status" and row["status"] == "protocol_signed":
            return QColor("#1d6b2f")
        return None
