"""The one control that chooses a person, wherever a person is chosen.

Type part of a name: the people found drop down under the field (names and positions in the window's
language; a name the registry holds only in another language is shown as entered there, and says
which), Up and Down move, Enter picks, Esc puts back what was there. The last line, "New person…",
registers one on the spot with the names typed, in the fields of the window's language.
`PersonPicker.ask` puts the same control in a small dialog, for adding someone to a list.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
)

from ..domain.errors import CouncilError
from . import i18n
from .forms import ErrorLabel, named
from .models.meeting_models import FoundPeopleRows
from .records import OrganisationCombo

FOUND = 20  # people shown under the field at once: typing more narrows them
NEW = -1  # the id of the "New person…" line


def shown_name(row: dict, lang: str) -> str:
    """The name in the window's language; one held only in Russian is shown as entered, marked so."""
    if lang != "ru" and not row.get(f"surname_{lang}"):
        return QCoreApplication.translate("PersonPicker", "%1 (in Russian)").replace("%1", row["name"])
    return row["name"]


class PersonPicker(QLineEdit):
    """Type a few letters of a name and choose: the registry is searched, never loaded whole."""

    picked = Signal(object)  # person id, when one is chosen
    changed = Signal(object)  # person id or None, whenever the choice changes (a staged field)

    def __init__(self, ctx, name: str = "", parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id: int | None = None
        self._label = ""  # what the field shows for the person chosen: Esc puts it back
        self.setPlaceholderText(self.tr("Type part of a name…"))
        self.setClearButtonEnabled(True)
        named(self, name or self.tr("Person"))
        self.model = FoundPeopleRows(self)
        self.found = _Found(self)
        self._timer = QTimer(self, singleShot=True, interval=80)  # look up once typing pauses
        self._timer.timeout.connect(self.search)
        self.textEdited.connect(self._edited)

    # --- the value ------------------------------------------------------------------------------
    def set_person(self, person_id: int | None, name: str = "") -> None:
        self.person_id = person_id or None
        if self.person_id and not name:
            lang = i18n.current()
            name = shown_name(self.ctx.registry.person(self.person_id, lang), lang)
        self._label = name if self.person_id else ""
        self.setText(self._label)
        self.setCursorPosition(0)

    def value(self) -> int | None:
        return self.person_id

    # as a staged field (staging.Binding)
    def field_value(self) -> int | None:
        return self.person_id

    def set_field_value(self, value: int | None, editor) -> None:
        if value != self.person_id or (value and not self.text()):
            name = getattr(editor, "person_name", None)
            self.set_person(value, name(value) if name and value else "")

    # --- typing and choosing --------------------------------------------------------------------
    def _edited(self, text: str) -> None:
        if not text.strip():
            self._timer.stop()
            self.found.hide()
            if self.person_id is not None:  # the name cleared: nobody chosen
                self._choose(None)
            return
        self._timer.start()

    def search(self) -> None:
        """The people matching what is typed, under the field, the first one current."""
        text, lang = self.text().strip(), i18n.current()
        if not text or self.isReadOnly():
            return
        rows = [dict(r, name=shown_name(r, lang)) for r in self.ctx.registry.people(text, 0, FOUND, lang=lang)]
        rows.append({"id": NEW, "name": self.tr("New person…"), "organization": "",
                     "position_text": self.tr("register “%1”").replace("%1", text)})
        self.model.set_rows(rows)
        self.found.show_under(self)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if self.found.isVisible() and key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown,
                                               Qt.Key.Key_PageUp):
            self.found.move_current(key)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (self.found.isVisible() or self._timer.isActive()):
            if self._timer.isActive():  # Enter before the pause: search now, then take the first found
                self._timer.stop()
                self.search()
            self.pick_row(self.found.current_row())
            return
        if key == Qt.Key.Key_Escape and (self.found.isVisible() or self.text() != self._label):
            self.cancel()
            return
        super().keyPressEvent(event)

    def pick_row(self, row: int) -> None:
        found = self.model.row_at(row)
        self.found.hide()
        if found is None:
            return
        if found["id"] == NEW:
            self.new_person()
        else:
            self.set_person(found["id"], found["name"])
            self._choose(found["id"])

    def cancel(self) -> None:
        """Esc: the list closes and the field shows the person chosen before."""
        self._timer.stop()
        self.found.hide()
        self.setText(self._label)

    def new_person(self) -> None:
        created = NewPersonDialog.ask(self.ctx, self.window(), self.text().strip() if self.text() != self._label else "")
        if created:
            self.set_person(created)
            self._choose(created)
        else:
            self.cancel()

    def _choose(self, person_id: int | None) -> None:
        self.person_id = person_id
        if person_id:
            self.picked.emit(person_id)
        self.changed.emit(person_id)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason and not self.found.underMouse():
            self.cancel()

    def setReadOnly(self, read_only: bool) -> None:
        super().setReadOnly(read_only)
        self.setClearButtonEnabled(not read_only)
        if read_only:
            self.cancel()

    # --- in a dialog, for adding someone to a list -------------------------------------------
    @classmethod
    def ask(cls, ctx, parent=None, title: str = "") -> int | None:
        dialog = QDialog(parent)
        dialog.setObjectName("PersonPicker")  # what tests/ui_dialogs.py expects it by
        title = title or QCoreApplication.translate("PersonPicker", "Choose a person")
        dialog.setWindowTitle(title)
        picker = cls(ctx, title, dialog)
        picker.setMinimumWidth(520)
        dialog.picker = picker
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(title))
        layout.addWidget(picker)
        layout.addStretch(1)
        layout.addWidget(buttons)
        picker.picked.connect(lambda _id: dialog.accept())
        picker.setFocus()
        return picker.person_id if dialog.exec() == QDialog.DialogCode.Accepted else None


class _Found(QFrame):
    """The people found, dropped down under the field. It never takes the focus: the keys stay in the field."""

    def __init__(self, picker: PersonPicker) -> None:
        super().__init__(picker, Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFrameShape(QFrame.Shape.Box)
        self.picker = picker
        self.table = QTableView(self)
        self.table.setModel(picker.model)
        self.table.setAccessibleName(QCoreApplication.translate("PersonPicker", "People found"))
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.clicked.connect(lambda index: picker.pick_row(index.row()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def show_under(self, field: QLineEdit) -> None:
        self.table.selectRow(0)
        rows = min(self.picker.model.rowCount(), 9)
        height = self.table.horizontalHeader().height() + rows * self.table.verticalHeader().defaultSectionSize() + 4
        screen = field.screen().availableGeometry()
        width = min(max(field.width(), 560), screen.width())
        below = field.mapToGlobal(field.rect().bottomLeft())
        x = max(screen.left(), min(below.x(), screen.right() - width))
        y = below.y() if below.y() + height <= screen.bottom() else field.mapToGlobal(field.rect().topLeft()).y() - height
        self.setGeometry(x, y, width, height)
        self.show()

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else 0

    def move_current(self, key) -> None:
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8, Qt.Key.Key_PageUp: -8}[key]
        last = self.picker.model.rowCount() - 1
        self.table.selectRow(max(0, min(last, self.current_row() + step)))


class NewPersonDialog(QDialog):
    """A person registered on the spot from the picker; the People view completes the record later.

    The names typed go into the fields of the window's language, and the dialog says so; the registry
    needs a Russian surname, asked for apart in a Kazakh or English window (never copied silently)."""

    def __init__(self, ctx, parent=None, typed: str = ""):
        super().__init__(parent)
        self.ctx = ctx
        self.person_id: int | None = None
        self.lang = i18n.current()
        language = i18n.language_name(self.lang, "inside a label")
        self.setWindowTitle(self.tr("New person"))
        form = QFormLayout(self)
        self.note = QLabel(self.tr("Names and position are saved in %1, the window's language; the People view "
                                   "holds the other languages.").replace("%1", language))
        self.note.setWordWrap(True)
        labels = {"surname": self.tr("Surname (%1)"), "given_name": self.tr("Given name (%1)"),
                  "patronymic": self.tr("Patronymic (%1)"), "position": self.tr("Position (%1)")}
        labels = {k: v.replace("%1", language) for k, v in labels.items()}
        # what was typed into the picker, word by word: surname, given name, patronymic
        words = typed.split(maxsplit=2) + ["", "", ""]
        self.surname = named(QLineEdit(words[0]), labels["surname"])
        self.given_name = named(QLineEdit(words[1]), labels["given_name"])
        self.patronymic = named(QLineEdit(words[2]), labels["patronymic"])
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
            self.person_id = self.ctx.records.create("person", values)
        except CouncilError as exc:
            self.error.show_message(exc.message(i18n.current()))
            return
        self.accept()

    @classmethod
    def ask(cls, ctx, parent=None, typed: str = "") -> int | None:
        dialog = cls(ctx, parent, typed)
        return dialog.person_id if dialog.exec() == QDialog.DialogCode.Accepted else None
