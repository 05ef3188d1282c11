"""Research projects presented to the council: the list and a small editor."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QPlainTextEdit

from ..domain.enums import ProjectStatus
from . import i18n
from .forms import fit_columns, named
from .models.labels import fill_combo
from .models.projects import ProjectsModel
from .person_picker import PersonPicker
from .records import RecordEditor, RecordsView, Refused, organisation_combo


class ProjectEditor(RecordEditor):
    kind = "project"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.add_text_fields((("title_kk", self.tr("Title in Kazakh")), ("title_ru", self.tr("Title in Russian")),
                              ("title_en", self.tr("Title in English")), ("field", self.tr("Field of research"))))
        self.organization = organisation_combo(ctx, self.tr("Organisation"))
        self.bind_field("organization_id", self.organization, self.tr("Organisation"))
        self.form.addRow(self.tr("Organisation"), self.organization)
        self.lead = PersonPicker(ctx, self.tr("Project lead"))
        self.bind_field("lead_id", self.lead, self.tr("Project lead"))
        self.form.addRow(self.tr("Project lead"), self.lead)
        self.status = QComboBox()
        named(self.status, self.tr("Status"))
        fill_combo(self.status, [s.value for s in ProjectStatus])
        self.bind_field("status", self.status, self.tr("Status"))
        self.form.addRow(self.tr("Status"), self.status)
        self.summary = QPlainTextEdit()
        named(self.summary, self.tr("Summary"))
        self.summary.setTabChangesFocus(True)
        self.bind_field("summary", self.summary, self.tr("Summary"))
        self.form.addRow(self.tr("Summary"), self.summary)
        self.add_save_row(self.tr("Save"), self.tr("Save the project"))
        self.load(None, {})

    def defaults(self) -> dict:
        return {"organization_id": None, "lead_id": None, "status": "ongoing", "summary": ""}

    def check(self, values: dict) -> None:
        if not any(values.get(k) for k in ("title_kk", "title_ru", "title_en")):
            raise Refused(self.tr("A title in at least one language is required"))

    def fetch(self, record_id: int) -> dict | None:
        return self.ctx.meetings.project(record_id, lang=i18n.current())


class ProjectsView(RecordsView):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ProjectsModel(ctx), ProjectEditor(ctx), self.tr("Projects"), self.tr("New project"),
                         self.tr("Search projects…"), parent=parent)
        self.ctx = ctx
        fit_columns(self.table, 0)
