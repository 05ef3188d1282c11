"""The people registry, fetched a page at a time: the database filters and sorts, never all rows at once."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal

from .. import i18n
from .base import NO_PARENT, Column, RowsModel

PAGE = 200
# a keystroke's search reads what a tall window shows at once; the rest comes as the view scrolls
FIRST_SEARCH_PAGE = 60


class PeopleModel(RowsModel):
    shows = frozenset({"person", "organization"})
    searched = Signal(str)  # a search asked by request_search is shown
    counted = Signal()  # scrolling reached the end of a list whose count had stopped (`more`)
    columns = (
        # surname first, in the window's language: the list is sorted so (store.people_search.sort_columns)
        Column("list_name", QT_TRANSLATE_NOOP("Columns", "Full name")),
        Column("degree_text", QT_TRANSLATE_NOOP("Columns", "Degree")),
        Column("position_text", QT_TRANSLATE_NOOP("Columns", "Position")),
        Column("organization", QT_TRANSLATE_NOOP("Columns", "Organisation")),
        Column("email", QT_TRANSLATE_NOOP("Columns", "E-mail")),
    )
    # the query's sort key for each column
    ORDER = ("surname", "degree", "position", "organization", "email")

    def __init__(self, ctx, parent=None, page: int = PAGE) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.follow_changes(ctx)
        self.page = page
        self.text = ""
        self.order, self.descending = "surname", False
        self.total = 0
        self.more = False  # more than `total` match: the count stopped there; the end is found by scrolling
        self._asked = 0
        self._row_read: dict[int, int] = {}  # person id -> ChangeHub.last_serial when their row was last read
        self._announcing_reset = False
        self.reload()

    def endResetModel(self) -> None:
        # no page is fetched while the reset is announced: a listener told after the one that asks
        # (a proxy, a view) would see rows inserted before it has seen the reset
        self._announcing_reset = True
        try:
            super().endResetModel()
        finally:
            self._announcing_reset = False

    def reload(self) -> None:
        self.beginResetModel()
        self.mark_read()
        self.total, self.more, self.rows = self.ctx.registry.search_people(
            self.text, 0, self.page, self.order, self.descending, lang=i18n.current())
        self.endResetModel()

    def _page(self, offset: int) -> list[dict]:
        return self.ctx.registry.people(self.text, offset, self.page, self.order, self.descending,
                                        lang=i18n.current())

    def set_search(self, text: str) -> None:
        if text.strip() != self.text:
            self.text = text.strip()
            self.reload()

    def request_search(self, text: str) -> None:
        """Search on a worker thread (the window stays free to take the next keystroke); the newest wins."""
        from .. import jobs
        self._asked += 1
        asked, text = self._asked, text.strip()
        registry, page, order, descending, lang = self.ctx.registry, min(self.page, FIRST_SEARCH_PAGE), self.order, \
            self.descending, i18n.current()

        def query():  # runs off the GUI thread: services only, no Qt objects
            return registry.search_people(text, 0, page, order, descending, lang=lang)

        def show(result) -> None:
            if asked != self._asked:
                return  # a later keystroke's search is on its way
            self.beginResetModel()
            self.text = text
            self.total, self.more, self.rows = result
            self.endResetModel()
            self.searched.emit(text)
        jobs.run(query, on_result=show, progress=False, owner=self)

    def changes_arrived(self, changes) -> None:
        """People only changed (none came or went): their rows are read again where they stand, keeping
        the list's order and scroll; anything else (a new person, an organisation renamed) rereads the page."""
        if changes.serial <= self._as_of:
            return
        if changes.structural(self.shows) or "organization" in changes.kinds:
            self.reload()
            return
        for person_id in changes.changed.get("person", ()):
            if self._row_read.get(person_id, 0) < changes.serial:  # not read since (the view's own save)
                self.refresh_row(person_id)

    def refresh_row(self, person_id: int) -> bool:
        """Show a saved person's new values in place (the list keeps its order and scroll); False if not listed."""
        r = self.row_of(person_id)
        if r < 0:
            return False
        if self._hub is not None:
            self._row_read[person_id] = self._hub.last_serial
        self.rows[r] = self.ctx.registry.person(person_id, lang=i18n.current())
        self.dataChanged.emit(self.index(r, 0), self.index(r, len(self.columns) - 1))
        return True

    def canFetchMore(self, parent=NO_PARENT) -> bool:
        return not parent.isValid() and (self.more or len(self.rows) < self.total) and not self._announcing_reset

    def fetchMore(self, parent=NO_PARENT) -> None:
        if not self.canFetchMore(parent):
            return
        more = self._page(len(self.rows))
        ended = len(more) < self.page
        if ended:  # the end of the list: its count is now known
            self.total, self.more = len(self.rows) + len(more), False
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()
        if ended:
            self.counted.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.ORDER):
            return
        self.order = self.ORDER[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        # a new first page in the new order; the rest comes as the view scrolls
        self.beginResetModel()
        self.rows = self._page(0)
        self.endResetModel()
