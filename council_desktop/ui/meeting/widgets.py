"""Small dialogs and fields the meeting editor shares.

Dialogs offer a classmethod `ask(...)` returning the answer, so that tests patch one
method instead of driving a modal loop.
"""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .. import i18n
from ..forms import Confirm, ErrorLabel, fit_columns, fit_rows, named, table_view
from ..models.meeting_models import FoundPeopleRows
from ..person_picker import PersonPicker

__all__ = [
    "Confirm",
    "ErrorLabel",
    "PeopleListField",
    "PersonPicker",
    "TextPrompt",
    "named",
    "fit_columns",
    "fit_rows",
    "select_row",
    "shortcut",
    "table",
    "ui_language",
]


def ui_language() -> str:
    return i18n.current()


class TextPrompt(QDialog):
    """One line of text (an item's title, an amendment's reason)."""

    def __init__(self, parent, title: str, label: str, text: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.edit = named(QLineEdit(text), label)
        self.edit.setMinimumWidth(420)
        form = QFormLayout(self)
        form.addRow(label, self.edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @classmethod
    def ask(cls, parent, title: str, label: str, text: str = "") -> str | None:
        dialog = cls(parent, title, label, text)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.edit.text().strip() or None


class PeopleListField(QWidget):
    """Several people in order (rapporteurs): a short list with Add… and Remove."""

    changed = Signal(object)  # tuple of person ids

    def __init__(self, ctx, label: str, parent=None):
        super().__init__(parent)
        self.ctx, self.label = ctx, label
        self.ids: tuple[int, ...] = ()
        self.model = FoundPeopleRows(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(label)
        self.view.setMaximumHeight(64)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.add = QPushButton(self.tr("Add…"))
        self.add.setAccessibleName(self.tr("Add: %1").replace("%1", label))
        self.add.clicked.connect(self._add)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove: %1").replace("%1", label))
        self.remove.clicked.connect(self._remove)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def set_people(self, people: list[dict]) -> None:
        """people: [{"person_id", "name"}]"""
        self.ids = tuple(p["person_id"] for p in people)
        self.model.set_rows([{"id": p["person_id"], "name": p["name"]} for p in people])

    def setReadOnly(self, read_only: bool) -> None:
        self.add.setEnabled(not read_only)
        self.remove.setEnabled(not read_only)

    # as a staged field (staging.Binding)
    def field_value(self) -> tuple[int, ...]:
        return self.ids

    def set_field_value(self, value, editor) -> None:
        self.set_people([{"person_id": p, "name": editor.person_name(p)} for p in value or ()])

    def _add(self) -> None:
        chosen = PersonPicker.ask(self.ctx, self, self.label)
        if chosen and chosen not in self.ids:
            self._set(self.ids + (chosen,))

    def _remove(self) -> None:
        row = self.view.currentIndex().row()
        if 0 <= row < len(self.ids):
            self._set(self.ids[:row] + self.ids[row + 1:])

    def _set(self, ids: tuple[int, ...]) -> None:
        # the list shown first, then the signal: whoever listens reads `field_value()`, the new list
        names = {row["id"]: row["name"] for row in self.model.rows}
        self.set_people([{"person_id": p, "name": names.get(p) or self.ctx.registry.person(p, ui_language())["name"]}
                         for p in ids])
        self.changed.emit(ids)


def shortcut(keys: str, parent: QWidget, slot, context: Qt.ShortcutContext) -> QShortcut:
    """A key of a tab or a list; the context is set apart because PySide6 ignores it in the constructor when a
    Python function is given (the key would work in the whole window)."""
    made = QShortcut(QKeySequence(keys), parent)
    made.setContext(context)
    made.activated.connect(slot)
    return made


def table(label: str, model, parent=None) -> QTableView:
    """A read-only, row-selecting table in the window's style, kept in the editor's order."""
    view = table_view(label, parent, sortable=False)
    view.setModel(model)
    return view


def select_row(view: QTableView | QListView, row: int) -> None:
    model, selection = view.model(), view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    if 0 <= row < model.rowCount():
        selection.setCurrentIndex(model.index(row, view.modelColumn() if isinstance(view, QListView) else 0), flags)
    else:
        selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
