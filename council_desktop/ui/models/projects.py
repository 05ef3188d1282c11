"""Research projects presented to the council."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .. import i18n
from .base import Column, RowsModel
from .labels import label


class ProjectsModel(RowsModel):
    shows = frozenset({"project", "organization", "person"})
    columns = (
        Column("title", QT_TRANSLATE_NOOP("Columns", "Title")),
        Column("field", QT_TRANSLATE_NOOP("Columns", "Field")),
        Column("organization", QT_TRANSLATE_NOOP("Columns", "Organisation")),
        Column("lead", QT_TRANSLATE_NOOP("Columns", "Lead")),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), display=lambda r: label(r["status"])),
    )

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.follow_changes(ctx)
        self.reload()

    def load(self) -> list[dict]:
        return self.ctx.meetings.projects(lang=i18n.current())
