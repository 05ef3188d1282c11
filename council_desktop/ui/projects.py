"""Research projects presented to the council: the list and a small editor."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import CouncilError
from ..domain.models import ProjectStatus
from . import i18n
from .forms import ErrorLabel, SearchField, council_message, leave_editor, named, table_view
from .icons import icon
from .models.base import sorting_proxy
from .models.labels import fill_combo
from .models.projects import ProjectsModel
from .people import PersonPicker


class ProjectEditor(QWidget):
    saved = Signal(int)

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.project_id: int | None = None
        self._loaded: dict = {}
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        for key, title in (("title_kk", self.tr("Title in Kazakh")), ("title_ru", self.tr("Title in Russian")),
                           ("title_en", self.tr("Title in English")), ("field", self.tr("Field of research"))):
            edit = QLineEdit()
            named(edit, title)
            self.fields[key] = edit
            form.addRow(title, edit)
        self.organization = QComboBox()
        named(self.organization, self.tr("Organisation"))
        self.organization.addItem(self.tr("(none)"), None)
        for o in ctx.registry.organizations(lang=i18n.current()):
            self.organization.addItem(o["short_name"] or o["name"], o["id"])
        form.addRow(self.tr("Organisation"), self.organization)
        self.lead = PersonPicker(ctx, self.tr("Project lead"))
        form.addRow(self.tr("Project lead"), self.lead)
        self.status = QComboBox()
        named(self.status, self.tr("Status"))
        fill_combo(self.status, [s.value for s in ProjectStatus])
        form.addRow(self.tr("Status"), self.status)
        self.summary = QPlainTextEdit()
        named(self.summary, self.tr("Summary"))
        self.summary.setTabChangesFocus(True)
        form.addRow(self.tr("Summary"), self.summary)
        self.error = ErrorLabel()
        self.save_button = QPushButton(icon("save"), self.tr("Save"))
        named(self.save_button, self.tr("Save the project"))
        self.save_button.clicked.connect(self.save)
        form.addRow(self.error, self.save_button)
        self.load(None, {})

    def load(self, project_id: int | None, row: dict) -> None:
        self.project_id = project_id
        for key, edit in self.fields.items():
            edit.setText(row.get(key) or "")
            edit.setCursorPosition(0)
        self.organization.setCurrentIndex(max(0, self.organization.findData(row.get("organization_id"))))
        self.lead.set_person(row.get("lead_id"))
        self.status.setCurrentIndex(max(0, self.status.findData(row.get("status") or "ongoing")))
        self.summary.setPlainText(row.get("summary") or "")
        self.error.show_message("")
        self._loaded = self.values()

    def values(self) -> dict:
        return {**{k: e.text().strip() for k, e in self.fields.items()}, "status": self.status.currentData(),
                "summary": self.summary.toPlainText().strip(), "organization_id": self.organization.currentData(),
                "lead_id": self.lead.value()}

    def has_unsaved_changes(self) -> bool:
        return self.values() != self._loaded

    def discard(self) -> None:
        self._loaded = self.values()

    def save(self) -> int | None:
        values = self.values()
        try:
            pid = self.ctx.meetings.save_project(values, self.project_id)
        except CouncilError as exc:
            self.error.show_message(council_message(exc))
            return None
        self.project_id = pid
        self._loaded = values
        self.error.show_message("")
        self.saved.emit(pid)
        return pid


class ProjectsView(QWidget):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = SearchField(self.tr("Search projects…"), delay_ms=50)
        self.model = ProjectsModel(ctx, self)
        self.proxy = sorting_proxy(self.model, self)
        self.table = table_view(self.tr("Projects"))
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setColumnWidth(0, 320)
        self.editor = ProjectEditor(ctx)
        self.new_button = QPushButton(icon("new"), self.tr("New project"))
        named(self.new_button, self.tr("New project"))
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.search)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.search.search.connect(self.proxy.setFilterFixedString)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.new_button.clicked.connect(self.new)
        self.editor.saved.connect(lambda _pid: self.model.reload())

    def focus_search(self) -> None:
        self.search.setFocus()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and leave_editor(self.editor, self):
            row = self.model.row(self.proxy.mapToSource(current))
            self.editor.load(row["id"], row)

    def new(self) -> None:
        if leave_editor(self.editor, self):
            self.table.clearSelection()
            self.editor.load(None, {})
            self.editor.fields["title_kk"].setFocus()

    def has_unsaved_changes(self) -> bool:
        return self.editor.has_unsaved_changes()

    def save(self):
        return self.editor.save()

    def discard(self) -> None:
        self.editor.discard()
