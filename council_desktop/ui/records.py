"""A list of records beside the form that edits the chosen one: organisations, projects, council bodies.

The form asks before a record with unsaved changes is left, shows a refusal next to its
Save button, and tells the list to reload after a save.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from ..domain.errors import CouncilError
from . import i18n
from .forms import ErrorLabel, SearchField, council_message, leave_editor, named, table_view
from .icons import icon
from .models.base import sorting_proxy


def organisation_combo(ctx, name: str) -> QComboBox:
    """Organisations by short name, with "(none)" first; the item data is the id."""
    combo = QComboBox()
    named(combo, name)
    combo.addItem(QCoreApplication.translate("RecordEditor", "(none)"), None)
    for o in ctx.registry.organizations(lang=i18n.current()):
        combo.addItem(o["short_name"] or o["name"], o["id"])
    return combo


class RecordEditor(QWidget):
    """Fields of one record; subclasses say how to store the values and what else to load."""

    saved = Signal(int)

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id: int | None = None
        self._loaded: dict = {}
        self.fields: dict[str, QLineEdit] = {}
        self.form = QFormLayout(self)
        self.error = ErrorLabel()
        self.save_button = QPushButton(icon("save"), "")

    def add_text_fields(self, pairs) -> None:
        for key, title in pairs:
            edit = QLineEdit()
            named(edit, title)
            self.fields[key] = edit
            self.form.addRow(title, edit)

    def add_save_row(self, text: str, name: str) -> None:
        self.save_button.setText(text)
        named(self.save_button, name)
        self.save_button.clicked.connect(self.save)
        self.form.addRow(self.error, self.save_button)

    # subclasses
    def load_more(self, row: dict) -> None:
        """Widgets other than the text fields."""

    def more_values(self) -> dict:
        return {}

    def check(self, values: dict) -> str:
        """A message when the values cannot be stored; empty when they can."""
        return ""

    def store(self, values: dict) -> int:
        raise NotImplementedError

    # the same for every record
    def load(self, record_id: int | None, row: dict) -> None:
        self.record_id = record_id
        for key, edit in self.fields.items():
            edit.setText(row.get(key) or "")
            edit.setCursorPosition(0)
        self.load_more(row)
        self.error.show_message("")
        self._loaded = self.values()

    def values(self) -> dict:
        return {**{k: e.text().strip() for k, e in self.fields.items()}, **self.more_values()}

    def has_unsaved_changes(self) -> bool:
        return self.values() != self._loaded

    def discard(self) -> None:
        self._loaded = self.values()

    def save(self) -> int | None:
        values = self.values()
        problem = self.check(values)
        if problem:
            self.error.show_message(problem)
            return None
        try:
            record_id = self.store(values)
        except CouncilError as exc:
            self.error.show_message(council_message(exc))
            return None
        self.record_id = record_id
        self._loaded = values
        self.error.show_message("")
        self.saved.emit(record_id)
        return record_id


class RecordsView(QWidget):
    """The list (sorted, filtered as you type) and the editor; `side` goes to the right of both."""

    def __init__(self, model, editor: RecordEditor, list_name: str, new_text: str, search_text: str = "",
                 side: QWidget | None = None, parent=None) -> None:
        super().__init__(parent)
        self.model, self.editor = model, editor
        model.setParent(self)
        self.proxy = sorting_proxy(model, self)
        self.table = table_view(list_name)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.search = SearchField(search_text, delay_ms=50) if search_text else None
        self.new_button = QPushButton(icon("new"), new_text)
        named(self.new_button, new_text)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        if self.search is not None:
            lv.addWidget(self.search)
            self.search.search.connect(self.proxy.setFilterFixedString)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        split = QSplitter()
        split.addWidget(left)
        if side is None:
            split.addWidget(editor)
            split.setStretchFactor(0, 3)
            split.setStretchFactor(1, 2)
        else:
            lv.addWidget(editor)
            split.addWidget(side)
            split.setStretchFactor(0, 2)
            split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.new_button.clicked.connect(self.new)
        editor.saved.connect(self._saved)

    def chosen(self, row: dict | None) -> None:
        """A record was chosen (None: a new one is being made)."""

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and leave_editor(self.editor, self):
            row = self.model.row(self.proxy.mapToSource(current))
            self.editor.load(row["id"], row)
            self.chosen(row)

    def new(self) -> None:
        if leave_editor(self.editor, self):
            self.table.clearSelection()
            self.editor.load(None, {})
            self.chosen(None)
            next(iter(self.editor.fields.values())).setFocus()

    def _saved(self, record_id: int) -> None:
        self.model.reload()
        r = self.model.row_of(record_id)
        if r >= 0:
            self.editor.load(record_id, self.model.row(r))
            self.chosen(self.model.row(r))

    def focus_search(self) -> None:
        (self.search or self.table).setFocus()

    def has_unsaved_changes(self) -> bool:
        return self.editor.has_unsaved_changes()

    def save(self):
        return self.editor.save()

    def discard(self) -> None:
        self.editor.discard()
