"""Table models of the meeting editor: attendance, agenda, speeches, resolutions, assignments.

Each shows rows of `ViewService.meeting_record(...)` (plain dicts); none writes to the
database itself.  Edits a user makes in a table are handed to a callback, which the
editor turns into an undoable command calling a service.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QMimeData, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from .base import ROW_ID, Column, RowsModel, date_column
from .labels import label

AGENDA_MIME = "application/x-council-agenda-row"
ATTENDANCE_STATUSES = ("present", "remote", "absent", "excused")


def status_label(status: str) -> str:
    return {"present": QCoreApplication.translate("MeetingModels", "present"), "remote": QCoreApplication.translate("MeetingModels", "remote"), "absent": QCoreApplication.translate("MeetingModels", "absent"),
            "excused": QCoreApplication.translate("MeetingModels", "excused")}.get(status, status)


def choice_label(choice: str | None) -> str:
    """A member's choice in a roll-call vote ("" for none yet)."""
    return {"for": QCoreApplication.translate("MeetingModels", "for"),
            "against": QCoreApplication.translate("MeetingModels", "against"),
            "abstained": QCoreApplication.translate("MeetingModels", "abstained")}.get(choice or "", choice or "")


def role_label(role: str) -> str:
    """A member's role (the shared value labels), or a speaker's on an agenda item."""
    return {"rapporteur": QCoreApplication.translate("MeetingModels", "rapporteur"), "co_rapporteur": QCoreApplication.translate("MeetingModels", "co-rapporteur")}.get(role) or label(role)


def pick(row: dict, field: str, lang: str) -> str:
    """A text in the chosen language, else the first other one that is filled (as documents do)."""
    for code in (lang, "ru", "kk", "en"):
        value = row.get(f"{field}_{code}")
        if value:
            return value
    return ""


def col(key: str, header: str, display=None) -> Column:
    return Column(key, header, display, context="MeetingModels")


class EditorRows(RowsModel):
    """Rows the editor hands over (from one read of the meeting) rather than loads itself."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lang = "ru"  # the language of multilingual texts shown

    def set_rows(self, rows: list[dict], lang: str | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.lang = lang or self.lang
        self.endResetModel()

    def row_at(self, row: int) -> dict | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def retranslate(self) -> None:
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))


class AttendanceModel(EditorRows):
    """The attendance list; the status column is edited in place (a combo box delegate)."""

    STATUS_COLUMN = 3

    def __init__(self, on_status: Callable[[int, str], None] | None = None, parent=None):
        super().__init__(parent)
        self.on_status = on_status
        self.read_only = False
        self.columns = (
            col("name", QT_TRANSLATE_NOOP("MeetingModels", "Name")),
            col("organization", QT_TRANSLATE_NOOP("MeetingModels", "Organisation")),
            col("role", QT_TRANSLATE_NOOP("MeetingModels", "Role"), attendance_role),
            col("status", QT_TRANSLATE_NOOP("MeetingModels", "Status"), lambda r: status_label(r["status"])),
            col("substitute_for", QT_TRANSLATE_NOOP("MeetingModels", "Substitute for")),
            # a joint meeting: which body (or bodies) each member sits for
            col("bodies", QT_TRANSLATE_NOOP("MeetingModels", "Body")),
        )

    BODY_COLUMN = 5

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index.row()) if index.isValid() else None
        if row is not None:
            if role == Qt.ItemDataRole.EditRole and index.column() == self.STATUS_COLUMN:
                return row["status"]
            if role == Qt.ItemDataRole.ForegroundRole and row["status"] in ("absent", "excused"):
                return QBrush(QColor("#6b6b6b"))
            if role == Qt.ItemDataRole.FontRole and row.get("guest"):
                font = QFont()
                font.setItalic(True)
                return font
            if role == ROW_ID:
                return row["person_id"]
        return super().data(index, role)

    def row_of_person(self, person_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r["person_id"] == person_id), -1)

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and index.column() == self.STATUS_COLUMN and not self.read_only:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or index.column() != self.STATUS_COLUMN \
                or value not in ATTENDANCE_STATUSES or self.read_only:
            return False
        row = self.rows[index.row()]
        if value != row["status"] and self.on_status:
            self.on_status(row["person_id"], value)
        return True


def attendance_role(row: dict) -> str:
    if row.get("substitute_for_id"):
        return QCoreApplication.translate("MeetingModels", "substitute")
    return QCoreApplication.translate("MeetingModels", "invited") if row.get("guest") else role_label(row.get("role") or "member")


class AgendaModel(EditorRows):
    """The agenda; rows move by drag and drop (or moveRows), which asks the editor to reorder."""

    NUMBERED_COLUMN = 4

    def __init__(self, on_move: Callable[[int, int], None] | None = None, parent=None):
        super().__init__(parent)
        self.on_move = on_move  # (item id, new 1-based position)
        self.read_only = False
        self.columns = (
            col("position", QT_TRANSLATE_NOOP("MeetingModels", "No.")),
            col("title", QT_TRANSLATE_NOOP("MeetingModels", "Item"), lambda r: pick(r, "title", self.lang)),
            col("rapporteurs", QT_TRANSLATE_NOOP("MeetingModels", "Rapporteurs"),
                lambda r: ", ".join(x["name"] for x in r.get("rapporteurs", ()))),
            col("planned_minutes", QT_TRANSLATE_NOOP("MeetingModels", "Min."),
                lambda r: r.get("planned_minutes") or ""),
            # "2. Title": what the Minutes tab lists (the agenda table hides this column)
            col("numbered", QT_TRANSLATE_NOOP("MeetingModels", "Item"),
                lambda r: f"{r['position']}. {pick(r, 'title', self.lang)}"),
        )

    def flags(self, index):
        base = super().flags(index)
        if self.read_only:
            return base
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self):
        return [AGENDA_MIME]

    def mimeData(self, indexes):
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(AGENDA_MIME, QByteArray(",".join(str(self.rows[r]["id"]) for r in rows).encode()))
        return data

    def canDropMimeData(self, data, action, row, column, parent):
        return not self.read_only and data.hasFormat(AGENDA_MIME)

    def dropMimeData(self, data, action, row, column, parent):
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = [int(x) for x in bytes(data.data(AGENDA_MIME).data()).decode().split(",") if x]
        if len(ids) != 1:
            return False
        if row < 0:  # dropped onto a row: it goes before that row
            row = parent.row() if parent.isValid() else len(self.rows)
        return self._move(self.row_of(ids[0]), row)

    def moveRows(self, source_parent, source_row, count, destination_parent, destination_child):
        if count != 1 or source_parent.isValid() or destination_parent.isValid():
            return False
        return self._move(source_row, destination_child)

    def _move(self, source: int, destination: int) -> bool:
        """`destination` is the row before which the item goes, as Qt's moveRows counts."""
        if self.read_only or source < 0 or source >= len(self.rows):
            return False
        target = destination if destination <= source else destination - 1
        target = max(0, min(target, len(self.rows) - 1))
        if target == source:
            return False
        if self.on_move:
            self.on_move(self.rows[source]["id"], target + 1)
        return True


def vote_text(row: dict) -> str:
    if row.get("unanimous"):
        return QCoreApplication.translate("MeetingModels", "unanimously")
    if row.get("votes_for") is None:
        return ""
    return QCoreApplication.translate("MeetingModels", "for %1, against %2, abstained %3") \
        .replace("%1", str(row["votes_for"] or 0)).replace("%2", str(row["votes_against"] or 0)) \
        .replace("%3", str(row["votes_abstained"] or 0))


def adopted_text(row: dict) -> str:
    adopted = row.get("adopted")
    return "" if adopted is None else (QCoreApplication.translate("MeetingModels", "adopted") if adopted else QCoreApplication.translate("MeetingModels", "not adopted"))


def responsible_text(row: dict) -> str:
    return ", ".join(x for x in (row.get("responsible_person"), row.get("responsible_org")) if x)


class SpeechesModel(EditorRows):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns = (col("name", QT_TRANSLATE_NOOP("MeetingModels", "Speaker")),
                        col("gist", QT_TRANSLATE_NOOP("MeetingModels", "Gist"), lambda r: pick(r, "gist", self.lang)))


class ResolutionsModel(EditorRows):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns = (col("number", QT_TRANSLATE_NOOP("MeetingModels", "No.")),
                        col("text", QT_TRANSLATE_NOOP("MeetingModels", "Resolution"),
                            lambda r: pick(r, "text", self.lang)),
                        col("vote", QT_TRANSLATE_NOOP("MeetingModels", "Vote"), vote_text),
                        col("adopted", QT_TRANSLATE_NOOP("MeetingModels", "Outcome"), adopted_text))


class ResolutionAssignmentsRows(EditorRows):
    """The assignments of the resolution chosen in the Minutes tab (ui.models.assignments follows them all up)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns = (col("task", QT_TRANSLATE_NOOP("MeetingModels", "Assignment"),
                            lambda r: pick(r, "task", self.lang)),
                        col("responsible", QT_TRANSLATE_NOOP("MeetingModels", "Responsible"), responsible_text),
                        date_column("deadline", QT_TRANSLATE_NOOP("MeetingModels", "Deadline"), "MeetingModels"))


class PresentationsModel(EditorRows):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns = (col("project", QT_TRANSLATE_NOOP("MeetingModels", "Project")),
                        col("presenter", QT_TRANSLATE_NOOP("MeetingModels", "Presenter")),
                        col("organization", QT_TRANSLATE_NOOP("MeetingModels", "Organisation")),
                        col("files", QT_TRANSLATE_NOOP("MeetingModels", "Files"),
                            lambda r: ", ".join(f["name"] for f in r.get("files", ()))))

    def flags(self, index):
        # local files dropped onto a presentation are attached to it
        return super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled


class FoundPeopleRows(EditorRows):
    """People found by the picker's search (one page: the registry service limits it)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns = (col("name", QT_TRANSLATE_NOOP("MeetingModels", "Name")),
                        col("organization", QT_TRANSLATE_NOOP("MeetingModels", "Organisation")),
                        # the position in the language the registry was asked in (the window's), not the Russian field
                        col("position_text", QT_TRANSLATE_NOOP("MeetingModels", "Position")))
