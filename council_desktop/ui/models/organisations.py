"""Organisations: a few hundred at most, so they load whole and sort through a proxy."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .. import i18n
from .base import Column, RowsModel
from .labels import label


class OrganisationsModel(RowsModel):
    shows = frozenset({"organization"})
    columns = (
        Column("abbreviation", QT_TRANSLATE_NOOP("Columns", "Short name")),
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name")),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), display=lambda r: label(r["kind"])),
    )

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.follow_changes(ctx)
        self.reload()

    def load(self) -> list[dict]:
        return self.ctx.registry.organizations(lang=i18n.current())
