"""Small pieces every view and editor shares: tables, search fields, messages next to a field, questions."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from ..domain.errors import CouncilError
from . import i18n
from .icons import icon


def menu_action(window, text: str, slot, shortcut=None, icon_name: str | None = None, tip: str | None = None,
                menu=None) -> QAction:
    """An action of the window: its text, what it runs, its key (or a list of keys) and icon, and the status
    bar's line (`tip`, else the text without its & and …); added to `menu` when one is given. Every menu
    entry is made here, so that they all look and speak alike and the shortcut-clash test sees them all."""
    action = QAction(icon(icon_name) if icon_name else QIcon(), text, window)
    if shortcut is not None:
        keys = shortcut if isinstance(shortcut, (list, tuple)) else [shortcut]
        action.setShortcuts([QKeySequence(k) for k in keys])
    action.triggered.connect(slot)
    action.setStatusTip(tip or text.replace("&", "").rstrip("…"))
    if menu is not None:
        menu.addAction(action)
    return action


def named(widget: QWidget, name: str, tip: str | None = None) -> QWidget:
    """Give a control its accessible name (screen readers) and a tooltip."""
    widget.setAccessibleName(name)
    if tip is not None or not isinstance(widget, QLabel):
        widget.setToolTip(tip or name)
    return widget


class ErrorLabel(QLabel):
    """A message shown next to the field it is about; hidden while there is nothing to say."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setStyleSheet("color: #b3261e;")
        self.setWordWrap(True)
        self.setAccessibleName(QCoreApplication.translate("Forms", "Error"))
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        self.setAccessibleDescription(text)


def council_message(exc: Exception) -> str:
    if isinstance(exc, CouncilError):
        return exc.message(i18n.current())
    return str(exc)


class WarningBox(QFrame):
    """A yellow note with what to do about it: a text and its buttons; hidden until shown."""

    def __init__(self, name: str, button: QPushButton, *more: QPushButton, parent=None) -> None:
        from .icons import icon
        super().__init__(parent)
        self.setStyleSheet("QFrame { background: #fff4d6; border-radius: 4px; }")
        sign = QLabel()
        sign.setPixmap(icon("warning").pixmap(20, 20))
        self.text = QLabel()
        self.text.setWordWrap(True)
        named(self.text, name, "")
        self.button = button
        layout = QHBoxLayout(self)
        layout.addWidget(sign)
        layout.addWidget(self.text, 1)
        for b in (button, *more):
            layout.addWidget(b)
        self.hide()


class SearchField(QLineEdit):
    """A search box that reports what was typed once typing pauses."""

    search = Signal(str)

    def __init__(self, placeholder: str, parent=None, delay_ms: int = 150) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        named(self, placeholder)
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(lambda: self.search.emit(self.text()))
        self.textChanged.connect(lambda _t: self._timer.start())

    def flush(self) -> None:
        """Search now (Enter, or a test that does not want to wait)."""
        self._timer.stop()
        self.search.emit(self.text())

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.flush()
            return
        super().keyPressEvent(event)


def table_view(name: str, parent=None, sortable: bool = True, multi: bool = False) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(sortable)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    named(view, name)
    return view


def fit_columns(view: QTableView, stretch: int, widest: int = 240) -> None:
    """Columns as wide as their content (at most `widest`), the long text column taking the rest; text too
    long for its cell is elided (the model gives the whole text as the tooltip): no sideways scrolling."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setMaximumSectionSize(max(widest, header.minimumSectionSize()))
    header.setResizeContentsPrecision(0)  # the rows in sight: a list of 100,000 people is not measured whole
    for column in range(view.model().columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)


def fit_rows(view: QTableView, least: int = 2, most: int = 4) -> None:
    """As high as its rows, between `least` and `most` of them: a short list takes no more room than it needs."""
    rows = min(max(view.model().rowCount(), least), most)
    view.setFixedHeight(view.horizontalHeader().sizeHint().height() + rows * view.verticalHeader().defaultSectionSize()
                        + 2 * view.frameWidth() + 2)


def date_edit(name: str, parent=None, optional: bool = False) -> QDateEdit:
    """A date picker; an optional one can be left empty (shown as a blank special value)."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setLocale(i18n.qlocale())
    edit.setDisplayFormat(i18n.date_format())
    edit.setDate(QDate.currentDate())
    if optional:
        edit.setMinimumDate(QDate(1900, 1, 1))
        edit.setSpecialValueText(" ")
    named(edit, name)
    return edit


def date_value(edit: QDateEdit, optional: bool = False) -> str | None:
    if optional and edit.date() == edit.minimumDate():
        return None
    return edit.date().toString("yyyy-MM-dd")


def row(*widgets: QWidget, stretch: bool = True) -> QHBoxLayout:
    layout = QHBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        layout.addWidget(w)
    if stretch:
        layout.addStretch(1)
    return layout


class UnsavedChanges:
    """Save / Discard / Cancel before leaving a record with unsaved changes. Tests patch `ask`."""

    @classmethod
    def ask(cls, parent: QWidget | None, what: str = "") -> str:
        translate = QCoreApplication.translate
        question = translate("Forms", "Save the changes to {what}?").format(what=what) if what \
            else translate("Forms", "Save the changes?")
        buttons = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Question, translate("Forms", "Unsaved changes"), question,
                          buttons.Save | buttons.Discard | buttons.Cancel, parent)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(QMessageBox.StandardButton(answer), "cancel")


class Confirm:
    """A yes/no question. Tests patch `ask`."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes


def leave_editor(editor, parent: QWidget | None, what: str = "") -> bool:
    """True when it is fine to leave `editor`: nothing unsaved, saved now, or discarded on purpose."""
    if editor is None or not editor.has_unsaved_changes():
        return True
    answer = UnsavedChanges.ask(parent, what)
    if answer == "save":
        return bool(editor.save()) or not editor.has_unsaved_changes()
    if answer == "discard":
        if hasattr(editor, "discard"):
            editor.discard()
        return True
    return False
