"""A table of dict rows with named columns; headers translated when asked for."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

NO_PARENT = QModelIndex()  # the root: a table's rows have no parent
ROW_ID = Qt.ItemDataRole.UserRole + 1  # the record's id
ROW = Qt.ItemDataRole.UserRole + 2  # the whole row dict
SORT = Qt.ItemDataRole.UserRole + 3  # a value that sorts right (dates, numbers)


class Column:
    def __init__(self, key: str, header: str, display: Callable[[dict], Any] | None = None,
                 sort: Callable[[dict], Any] | None = None, context: str = "Columns") -> None:
        self.key, self.header, self.context = key, header, context
        self.display = display or (lambda row, k=key: row.get(k) if row.get(k) is not None else "")
        self.sort = sort

    def title(self) -> str:
        return QCoreApplication.translate(self.context, self.header)


def date_column(key: str, header: str, context: str = "Columns") -> Column:
    """A date shown as the window's language writes it (20.02.2026, 20 Feb 2026), sorted by the ISO value."""
    from .. import i18n
    return Column(key, header, display=lambda row: i18n.format_date(row.get(key)),
                  sort=lambda row: row.get(key) or "", context=context)


class RowsModel(QAbstractTableModel):
    """Rows given by `load()`; subclasses say which columns and how to fetch."""

    columns: Sequence[Column] = ()
    shows: frozenset[str] = frozenset()  # the kinds (tables) its rows show: a write of one reloads it

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[dict] = []
        self._hub = None
        self._as_of = 0  # the newest write the rows already show (ChangeHub.last_serial when read)

    # subclasses
    def load(self) -> list[dict]:
        return []

    def reload(self) -> None:
        self.beginResetModel()
        self.mark_read()
        self.rows = list(self.load())
        self.endResetModel()

    # --- following writes (domain/changes.py) ---------------------------------------------------
    def follow_changes(self, ctx) -> None:
        """Reload after each write of a kind in `shows`, unless the rows were read after it already."""
        from ..change_signal import follow

        self._hub = ctx.hub
        follow(self, ctx, self.shows, self.changes_arrived)

    def mark_read(self) -> None:
        """Called as a read begins: every write published before it is shown by what it reads."""
        if self._hub is not None:
            self._as_of = self._hub.last_serial

    def changes_arrived(self, changes) -> None:
        if changes.serial <= self._as_of:
            return
        ids = self.rows_to_patch(changes)
        if ids is None:
            self.reload()
        elif ids:
            self.patch_rows(ids)

    def rows_to_patch(self, changes) -> set[int] | None:
        """The listed rows a write changed, to read again in place; None: read the whole list again (rows
        came or went, or what changed is on too many rows).  By default always the whole list."""
        return None

    def load_rows(self, ids: list[int]) -> list[dict]:
        """The rows of these ids as `load` gives them (an id no longer stored left out)."""
        raise NotImplementedError

    def patch_rows(self, ids: set[int]) -> None:
        """Read these listed rows again where they stand: the list keeps its order, selection and scroll."""
        listed = sorted(i for i in ids if self.row_of(i) >= 0)
        if not listed:
            return
        fresh = {row["id"]: row for row in self.load_rows(listed)}
        if len(fresh) < len(listed):  # one was deleted meanwhile: the list changes its rows
            self.reload()
            return
        for ident in listed:
            r = self.row_of(ident)
            self.rows[r] = fresh[ident]
            self.dataChanged.emit(self.index(r, 0), self.index(r, len(self.columns) - 1))

    def rowCount(self, parent=NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def row(self, index: QModelIndex | QPersistentModelIndex | int) -> dict:
        r = index if isinstance(index, int) else index.row()
        return self.rows[r]

    def row_of(self, ident: int) -> int:
        return next((i for i, row in enumerate(self.rows) if row.get("id") == ident), -1)

    def decoration(self, row: dict, column: Column):
        return None

    def foreground(self, row: dict, column: Column):
        return None

    def background(self, row: dict, column: Column):
        return None

    def font(self, row: dict, column: Column):
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)) \
                or not (0 <= index.column() < len(self.columns)):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = column.display(row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{column.title()}: {column.display(row)}"
        if role == SORT:
            value = column.sort(row) if column.sort else column.display(row)
            return "" if value is None else value
        if role == ROW_ID:
            return row.get("id")
        if role == ROW:
            return row
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(row, column)
        if role == Qt.ItemDataRole.FontRole:
            return self.font(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(row, column)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].title()
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def sorting_proxy(model: RowsModel, parent=None):
    """Sort by any column (by the SORT role) and filter as you type, case-insensitive in any alphabet."""
    from PySide6.QtCore import QSortFilterProxyModel

    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setSortLocaleAware(True)
    return proxy
