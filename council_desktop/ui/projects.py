"""Research projects presented to the council: the list and a small editor."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QPlainTextEdit

from ..domain.models import ProjectStatus
from .forms import named
from .models.labels import fill_combo
from .models.projects import ProjectsModel
from .people import PersonPicker
from .records import RecordEditor, RecordsView, organisation_combo


class ProjectEditor(RecordEditor):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.add_text_fields((("title_kk", self.tr("Title in Kazakh")), ("title_ru", self.tr("Title in Russian")),
                              ("title_en", self.tr("Title in English")), ("field", self.tr("Field of research"))))
        self.organization = organisation_combo(ctx, self.tr("Organisation"))
        self.form.addRow(self.tr("Organisation"), self.organization)
        self.lead = PersonPicker(ctx, self.tr("Project lead"))
        self.form.addRow(self.tr("Project lead"), self.lead)
        self.status = QComboBox()
        named(self.status, self.tr("Status"))
        fill_combo(self.status, [s.value for s in ProjectStatus])
        self.form.addRow(self.tr("Status"), self.status)
        self.summary = QPlainTextEdit()
        named(self.summary, self.tr("Summary"))
        self.summary.setTabChangesFocus(True)
        self.form.addRow(self.tr("Summary"), self.summary)
        self.add_save_row(self.tr("Save"), self.tr("Save the project"))
        self.load(None, {})

    def load_more(self, row: dict) -> None:
        self.organization.setCurrentIndex(max(0, self.organization.findData(row.get("organization_id"))))
        self.lead.set_person(row.get("lead_id"))
        self.status.setCurrentIndex(max(0, self.status.findData(row.get("status") or "ongoing")))
        self.summary.setPlainText(row.get("summary") or "")

    def more_values(self) -> dict:
        return {"status": self.status.currentData(), "summary": self.summary.toPlainText().strip(),
                "organization_id": self.organization.currentData(), "lead_id": self.lead.value()}

    def store(self, values: dict) -> int:
        return self.ctx.meetings.save_project(values, self.record_id)


class ProjectsView(RecordsView):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ProjectsModel(ctx), ProjectEditor(ctx), self.tr("Projects"), self.tr("New project"),
                         self.tr("Search projects…"), parent=parent)
        self.ctx = ctx
        self.table.setColumnWidth(0, 320)
