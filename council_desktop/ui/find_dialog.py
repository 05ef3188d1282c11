"""Edit → Find in minutes… (Ctrl+Shift+F): words looked for, as one types, in the agenda titles, what was heard,
the speeches, resolutions and assignments of every meeting in Kazakh, Russian and English; Enter or a
double-click opens the meeting at the hit (its tab, the item and the speech, resolution or assignment chosen,
the texts shown in the language that matched). The dialog is kept: opened again, it shows the last search."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMenu, QPushButton, QVBoxLayout

from ..domain.errors import CouncilError
from . import i18n, jobs
from .forms import SearchField, fit_columns, menu_action, named, table_view
from .meeting.widgets import select_row
from .models.base import Column, RowsModel

SHORTCUT = "Ctrl+Shift+F"
LIMIT = 200
KIND_NAMES = {"title": QT_TRANSLATE_NOOP("FindDialog", "Agenda item"),
              "heard": QT_TRANSLATE_NOOP("FindDialog", "Heard"),
              "speech": QT_TRANSLATE_NOOP("FindDialog", "Speech"),
              "resolution": QT_TRANSLATE_NOOP("FindDialog", "Resolution"),
              "assignment": QT_TRANSLATE_NOOP("FindDialog", "Assignment")}


translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return translate("FindDialog", text)


def _meeting(hit: dict) -> str:
    return translate("FindDialog", "No. %1 of %2, %3").replace("%1", hit["meeting_number"]).replace(
        "%2", i18n.format_date(hit["meeting_date"])).replace("%3", hit["bodies"])


def _place(hit: dict) -> str:
    return translate("FindDialog", "%1 (%2)").replace("%1", _tr(KIND_NAMES[hit["kind"]])).replace(
        "%2", i18n.language_name(hit["lang"], "inside a label"))


class HitsModel(RowsModel):
    """The hits of one search, in the service's order (newest meeting first, then agenda order)."""

    columns = (Column("meeting", QT_TRANSLATE_NOOP("FindDialog", "Meeting"), _meeting, context="FindDialog"),
               Column("item", QT_TRANSLATE_NOOP("FindDialog", "Item"),
                      lambda h: f"{h['item_number']}. {h['item_title']}", context="FindDialog"),
               Column("place", QT_TRANSLATE_NOOP("FindDialog", "Found in"), _place, context="FindDialog"),
               Column("snippet", QT_TRANSLATE_NOOP("FindDialog", "Text"), context="FindDialog"))

    def show_hits(self, hits: list[dict]) -> None:
        self.beginResetModel()
        self.rows = hits
        self.endResetModel()


class QueryField(SearchField):
    """The words; Enter opens the hit chosen (the first one unless another is), Down goes into the list."""

    def __init__(self, dialog: FindDialog) -> None:
        super().__init__(translate("FindDialog", "Words to find (the beginnings of words are enough)"), dialog)
        self.dialog = dialog

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.dialog.open_when_found()
            return
        if event.key() == Qt.Key.Key_Down and self.dialog.model.rowCount():
            self.dialog.view.setFocus()
            return
        super().keyPressEvent(event)


class FindDialog(QDialog):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.language = i18n.current()  # made again after the window's language changed
        from ..services.search import SearchService

        self.service = SearchService(window.ctx.sessions)
        self.searched: str | None = None  # the text the hits shown are for
        self._asked = 0  # searches started; a slower earlier one's answer is dropped
        self._open_pending = False
        self.setWindowTitle(translate("FindDialog", "Find in minutes"))
        self.query = QueryField(self)
        self.query.search.connect(self.search)
        self.status = QLabel()
        self.status.setObjectName("findStatus")
        self.model = HitsModel(self)
        self.view = table_view(translate("FindDialog", "Found"), self, sortable=False)
        self.view.setModel(self.model)
        fit_columns(self.view, 3, widest=190)  # the text found keeps the most room
        self.view.activated.connect(lambda index: self.open_hit(index.row()))  # Enter or double-click
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(translate("FindDialog", "&Open"))
        self.open_button.setAutoDefault(False)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(lambda: self.open_hit(max(self.view.currentIndex().row(), 0)))
        buttons.rejected.connect(self.reject)
        for b in buttons.buttons():
            b.setAutoDefault(False)  # Enter belongs to the query box and the list
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        named(self.view, translate("FindDialog", "Found"))
        self.resize(900, 480)  # at most 1366 × 700 with the window's frame
        self._show_status()

    # --- searching ------------------------------------------------------------------------------------
    def search(self, text: str) -> None:
        self._asked += 1
        asked = self._asked
        jobs.run(self.service.find_in_minutes, text, i18n.current(), LIMIT, progress=False, owner=self,
                 on_result=lambda found: self._found(asked, text, found),
                 on_error=lambda exc: self._failed(asked, exc))

    def _found(self, asked: int, text: str, found) -> None:
        if asked != self._asked:
            return
        hits, more = found
        self.searched = text
        self.model.show_hits([h.as_dict() for h in hits])
        if hits:
            select_row(self.view, 0)
        self._show_status(more)
        if self._open_pending:
            self._open_pending = False
            self.open_hit(max(self.view.currentIndex().row(), 0))

    def _failed(self, asked: int, exc: Exception) -> None:
        if asked == self._asked:
            self._open_pending = False
            self.status.setText(exc.message(i18n.current()) if isinstance(exc, CouncilError) else jobs.error_text(exc))

    def _show_status(self, more: bool = False) -> None:
        n = self.model.rowCount()
        if not self.query.text().strip() or self.searched is None:
            text = translate("FindDialog", "Words of a title, heard, speech, resolution or assignment, any language.")
        elif more:
            text = translate("FindDialog", "The first %1 found; add a word to narrow the search.")
            text = text.replace("%1", str(n))
        elif n:
            text = translate("FindDialog", "Found: %1").replace("%1", str(n))
        else:
            text = translate("FindDialog", "Nothing found.")
        self.status.setText(text)

    def open_when_found(self) -> None:
        """Enter in the query box: the hit chosen now if the list is for this text, else the first one found."""
        if self.searched == self.query.text() and self.model.rowCount():
            self.open_hit(max(self.view.currentIndex().row(), 0))
            return
        self._open_pending = True
        self.query.flush()

    # --- opening --------------------------------------------------------------------------------------
    def open_hit(self, row: int) -> None:
        hit = self.model.rows[row] if 0 <= row < len(self.model.rows) else None
        if hit is not None and show_hit(self.window_, hit):
            self.accept()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.query.setFocus()
        self.query.selectAll()


def show_hit(window, hit: dict) -> bool:
    """The meeting open at the hit: Agenda with the item chosen for a title, else Minutes with the item and
    the speech, resolution or assignment chosen, the texts in the hit's language. False if the meeting open
    now could not be left (its unsaved edit kept)."""
    window.show_view("meetings")
    if not window.views["meetings"].open_meeting(hit["meeting_id"]):
        return False
    kind = hit["kind"]
    if kind in ("title", "heard"):
        window.meeting_editor().show_record("agenda" if kind == "title" else "minutes", "item", hit["item_id"],
                                            hit["lang"])
    else:
        window.meeting_editor().show_record("minutes", kind, hit["record_id"], hit["lang"])
    return True


def add_to_menu(window, menu: QMenu) -> QAction:
    """Edit → Find in minutes…"""
    return menu_action(window, translate("FindDialog", "Find in &minutes…"), lambda: open_dialog(window), SHORTCUT,
                       tip=translate("FindDialog", "Find in minutes"), menu=menu)


def open_dialog(window) -> FindDialog:
    dialog = getattr(window, "find_dialog", None)
    if dialog is None or dialog.language != i18n.current():
        dialog = window.find_dialog = FindDialog(window)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
