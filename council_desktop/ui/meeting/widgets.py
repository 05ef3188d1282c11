"""Small dialogs and fields the meeting editor shares.

Dialogs offer a classmethod `ask(...)` returning the answer, so that tests patch one
method instead of driving a modal loop.
"""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import CouncilError
from .. import i18n
from ..forms import Confirm, ErrorLabel, fit_columns, fit_rows, named, table_view
from ..models.meeting_models import FoundPeopleRows
from ..records import OrganisationCombo

__all__ = [
    "Confirm",
    "ErrorLabel",
    "PeopleListField",
    "PersonField",
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


class NewPersonDialog(QDialog):
    """The minimum to register a guest on the spot; the People editor completes the rest later.

    Names and position go into the fields of the window's language, and the dialog says so; the registry
    needs a Russian surname, asked for apart in a Kazakh or English window (never copied silently)."""

    def __init__(self, ctx, parent=None, surname: str = ""):
        super().__init__(parent)
        self.ctx = ctx
        self.person_id: int | None = None
        self.lang = ui_language()
        language = {"ru": self.tr("Russian"), "kk": self.tr("Kazakh"), "en": self.tr("English")}[self.lang]
        self.setWindowTitle(self.tr("New person"))
        form = QFormLayout(self)
        self.note = QLabel(self.tr("Names and position are saved in %1, the window's language; the People view "
                                   "holds the other languages.").replace("%1", language))
        self.note.setWordWrap(True)
        labels = {"surname": self.tr("Surname (%1)"), "given_name": self.tr("Given name (%1)"),
                  "patronymic": self.tr("Patronymic (%1)"), "position": self.tr("Position (%1)")}
        labels = {k: v.replace("%1", language) for k, v in labels.items()}
        self.surname = named(QLineEdit(surname), labels["surname"])
        self.given_name = named(QLineEdit(), labels["given_name"])
        self.patronymic = named(QLineEdit(), labels["patronymic"])
        self.position = named(QLineEdit(), labels["position"])
        self.surname_ru = named(QLineEdit(), self.tr("Surname in Russian (the registry needs it)"))
        self.organization = OrganisationCombo(ctx, self.tr("Organisation"), "—")
        self.error = ErrorLabel()
        form.addRow(self.note)
        for key, edit in (("surname", self.surname), ("given_name", self.given_name),
                          ("patronymic", self.patronymic)):
            form.addRow(labels[key], edit)
        if self.lang != "ru":
            form.addRow(self.surname_ru.accessibleName(), self.surname_ru)
        form.addRow(labels["position"], self.position)
        form.addRow(self.tr("Organisation"), self.organization)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        try:
            suffix = "" if self.lang == "ru" else f"_{self.lang}"
            values = {f"surname{suffix}": self.surname.text(), f"given_name{suffix}": self.given_name.text(),
                      f"patronymic{suffix}": self.patronymic.text(), f"position{suffix}": self.position.text(),
                      "organization_id": self.organization.currentData()}
            if self.lang != "ru":
                values["surname"] = self.surname_ru.text()
            self.person_id = self.ctx.registry.save_person(values)
        except CouncilError as exc:
            self.error.show_message(exc.message(ui_language()))
            return
        self.accept()


class PersonPicker(QDialog):
    """Search-as-you-type over the registry (one page of 50), or register a new person."""

    def __init__(self, ctx, parent=None, title: str = ""):
        super().__init__(parent)
        self.ctx = ctx
        self.person_id: int | None = None
        self.setWindowTitle(title or self.tr("Choose a person"))
        self.resize(640, 420)
        self.search = named(QLineEdit(), self.tr("Search people"))
        self.search.setPlaceholderText(self.tr("Type part of a name…"))
        self.model = FoundPeopleRows(self)
        self.table = table(self.tr("People found"), self.model)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.accept)
        new = self.new_button = QPushButton(self.tr("&New person…"))
        new.clicked.connect(self.new_person)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(new, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.ctx.registry.people(self.search.text(), limit=50, lang=ui_language()))
        if self.model.rowCount():
            self.table.selectRow(0)

    def new_person(self) -> None:
        dialog = NewPersonDialog(self.ctx, self, self.search.text().strip())
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.person_id:
            self.person_id = dialog.person_id
            super().accept()

    def accept(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is not None:
            self.person_id = row["id"]
        if self.person_id:
            super().accept()

    @classmethod
    def ask(cls, ctx, parent=None, title: str = "") -> int | None:
        dialog = cls(ctx, parent, title)
        return dialog.person_id if dialog.exec() == QDialog.DialogCode.Accepted else None


class PersonField(QWidget):
    """A chosen person: the name, a Choose… button (the picker) and a Clear button."""

    changed = Signal(object)  # person id or None

    def __init__(self, ctx, label: str, parent=None):
        super().__init__(parent)
        self.ctx, self.label = ctx, label
        self.person_id: int | None = None
        self.name = QLineEdit()
        self.name.setReadOnly(True)
        self.name.setAccessibleName(label)
        self.choose = QPushButton("…")
        self.choose.setAccessibleName(self.tr("Choose: %1").replace("%1", label))
        self.choose.setToolTip(self.tr("Choose a person"))
        self.choose.clicked.connect(self._choose)
        self.clear = QPushButton("×")
        self.clear.setAccessibleName(self.tr("Clear: %1").replace("%1", label))
        self.clear.setToolTip(self.tr("Clear"))
        self.clear.clicked.connect(lambda: self._set(None))
        for b in (self.choose, self.clear):
            b.setFixedWidth(32)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.choose)
        layout.addWidget(self.clear)
        self.setFocusProxy(self.choose)

    def set_person(self, person_id: int | None, name: str = "") -> None:
        self.person_id = person_id
        if person_id and not name:
            name = self.ctx.registry.person(person_id, ui_language())["name"]
        self.name.setText(name if person_id else "")

    def setReadOnly(self, read_only: bool) -> None:
        self.choose.setEnabled(not read_only)
        self.clear.setEnabled(not read_only)

    # as a staged field (staging.Binding)
    def field_value(self) -> int | None:
        return self.person_id

    def set_field_value(self, value: int | None, editor) -> None:
        self.set_person(value, editor.person_name(value))

    def _choose(self) -> None:
        chosen = PersonPicker.ask(self.ctx, self, self.label)
        if chosen:
            self._set(chosen)

    def _set(self, person_id: int | None) -> None:
        if person_id != self.person_id:
            self.set_person(person_id)
            self.changed.emit(person_id)


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
