"""Council bodies, and the membership terms of one body."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

from .. import i18n
from .base import Column, RowsModel, date_column
from .labels import label


class BodiesModel(RowsModel):
    shows = frozenset({"council_body"})
    columns = (
        Column("abbreviation", QT_TRANSLATE_NOOP("Columns", "Short name")),
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name")),
        Column("quorum_rule", QT_TRANSLATE_NOOP("Columns", "Quorum"), display=lambda r: label(r["quorum_rule"])
               + (f" ({r['quorum_fixed']})" if r["quorum_rule"] == "fixed" else "")),
    )

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.follow_changes(ctx)
        self.reload()

    def load(self) -> list[dict]:
        return self.ctx.registry.bodies(lang=i18n.current())


class MembershipsModel(RowsModel):
    """The terms of one body; ended terms shown grey."""

    shows = frozenset({"membership", "person"})

    columns = (
        Column("person", QT_TRANSLATE_NOOP("Columns", "Member")),
        Column("role", QT_TRANSLATE_NOOP("Columns", "Role"), display=lambda r: label(r["role"])),
        date_column("start_date", QT_TRANSLATE_NOOP("Columns", "From")),
        date_column("end_date", QT_TRANSLATE_NOOP("Columns", "To")),
        Column("basis", QT_TRANSLATE_NOOP("Columns", "Basis")),
    )

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.follow_changes(ctx)
        self.body_id: int | None = None

    def set_body(self, body_id: int | None) -> None:
        self.body_id = body_id
        self.reload()

    def load(self) -> list[dict]:
        return self.ctx.registry.memberships(self.body_id, lang=i18n.current()) if self.body_id else []

    def foreground(self, row, column):
        return QColor("#777777") if row.get("end_date") else None
