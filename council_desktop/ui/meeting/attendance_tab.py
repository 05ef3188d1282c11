"""Attendance: the members as of the meeting's date, their status, substitutes, guests; the live quorum."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from ..models.meeting_models import ATTENDANCE_STATUSES, AttendanceModel, status_label
from ..staging import ServiceCommand
from .widgets import PersonPicker, named, shortcut, table, ui_language

# keys on the attendance list itself: Ctrl+1…6 are the window's views
STATUS_KEYS = {"present": "1", "remote": "2", "absent": "3", "excused": "4"}
EVERYONE_PRESENT_KEY = "Ctrl+Shift+P"


class StatusDelegate(QStyledItemDelegate):
    """A combo box of the four statuses in the status column."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for s in ATTENDANCE_STATUSES:
            combo.addItem(status_label(s), s)
        combo.setAccessibleName(QCoreApplication.translate("AttendanceTab", "Status"))
        return combo

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class AttendanceTab(QWidget):
    def __init__(self, editor):
        super().__init__()
        self.editor = editor
        self.model = AttendanceModel(self._set_status, self)
        self.view = table("", self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.SelectedClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setItemDelegateForColumn(AttendanceModel.STATUS_COLUMN, StatusDelegate(self.view))
        self.quorum_box = QVBoxLayout()
        self.quorum_labels: list[QLabel] = []
        self.status_buttons: dict[str, QPushButton] = {}
        self.shortcuts: dict[str, QShortcut] = {}
        buttons = QHBoxLayout()
        self.everyone_present = QPushButton()
        self.everyone_present.clicked.connect(self.mark_everyone_present)
        buttons.addWidget(self.everyone_present)
        self.shortcuts["everyone"] = shortcut(EVERYONE_PRESENT_KEY, self, self.mark_everyone_present,
                                              Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for status in ATTENDANCE_STATUSES:
            b = QPushButton()
            b.clicked.connect(lambda _c=False, s=status: self.mark_selected(s))
            self.status_buttons[status] = b
            buttons.addWidget(b)
            self.shortcuts[status] = shortcut(STATUS_KEYS[status], self.view, lambda s=status: self.mark_selected(s),
                                              Qt.ShortcutContext.WidgetShortcut)
        buttons.addStretch(1)
        self.substitute = QPushButton()
        self.substitute.clicked.connect(self.add_substitute)
        self.guest = QPushButton()
        self.guest.clicked.connect(self.add_guest)
        self.remove = QPushButton()
        self.remove.clicked.connect(self.remove_selected)
        people = QHBoxLayout()  # a second row: one row of eight buttons is wider than a laptop in Russian
        self.shortcuts["guest"] = shortcut("Ctrl+Shift+G", self, self.add_guest,
                                           Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addLayout(self.quorum_box)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        people.addWidget(self.hint, 1)
        for b in (self.substitute, self.guest, self.remove):
            people.addWidget(b)
        layout.addLayout(people)

    def retranslate(self) -> None:
        named(self.view, self.tr("Attendance list"))
        texts = {"present": self.tr("Present"), "remote": self.tr("Remote"), "absent": self.tr("Absent"),
                 "excused": self.tr("Excused")}
        for status, b in self.status_buttons.items():
            b.setText(texts[status])
            named(b, self.tr("Mark the selected as %1").replace("%1", texts[status].lower()))
            b.setToolTip(self.tr("%1 (key %2 on the list)").replace("%1", b.accessibleName())
                         .replace("%2", STATUS_KEYS[status]))
            self.shortcuts[status].setWhatsThis(b.accessibleName())
        self.everyone_present.setText(self.tr("Everyone &present"))
        named(self.everyone_present, self.tr("Mark everyone on the list as present"))
        self.everyone_present.setToolTip(f"{self.everyone_present.accessibleName()} ({EVERYONE_PRESENT_KEY})")
        self.shortcuts["everyone"].setWhatsThis(self.everyone_present.accessibleName())
        self.shortcuts["guest"].setWhatsThis(self.tr("Add an invited guest"))
        self.substitute.setText(self.tr("S&ubstitute…"))
        named(self.substitute, self.tr("Add a substitute for the selected member"))
        self.guest.setText(self.tr("Invite &guest…"))
        named(self.guest, self.tr("Add an invited guest (Ctrl+Shift+G)"))
        self.remove.setText(self.tr("&Remove guest"))
        named(self.remove, self.tr("Remove the selected guest or substitute"))
        self.hint.setText(self.tr("Double-click a status to change it, or select people in the list and press "
                                  "1 present, 2 remote, 3 absent, 4 excused; Ctrl+Shift+P marks everyone present."))
        self.model.retranslate()
        self._show_quorum()

    def refresh(self) -> None:
        rows = self._with_bodies(self.editor.record["attendance"])
        selected = self.selected_ids()
        current = self.model.rows[self.view.currentIndex().row()]["person_id"] \
            if self.view.currentIndex().isValid() and self.view.currentIndex().row() < len(self.model.rows) else None
        self.model.read_only = self.editor.locked
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        selection = self.view.selectionModel()
        if current is not None and self.model.row_of_person(current) >= 0:
            # the row the keys were on stays current, so Shift+Down goes on from it
            selection.setCurrentIndex(self.model.index(self.model.row_of_person(current), 0),
                                      selection.SelectionFlag.NoUpdate)
        for pid in selected:
            row = self.model.row_of_person(pid)
            if row >= 0:
                selection.select(self.model.index(row, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
        for w in list(self.status_buttons.values()) + [self.everyone_present, self.substitute, self.guest, self.remove]:
            w.setEnabled(not self.editor.locked)
        self._show_quorum()

    def _with_bodies(self, rows: list[dict]) -> list[dict]:
        """In a joint meeting, each member's bodies as of the meeting's date (short names, the window's language);
        the column is shown only then."""
        record = self.editor.record
        joint = len(record["bodies"]) > 1
        self.view.setColumnHidden(AttendanceModel.BODY_COLUMN, not joint)
        if not joint:
            return rows
        sits: dict[int, list[str]] = {}
        for body in record["bodies"]:
            for member in self.editor.ctx.registry.members_on(body["id"], record["date"], ui_language()):
                sits.setdefault(member["id"], []).append(body["short_name"] or body["name"])
        return [{**row, "bodies": ", ".join(sits.get(row["person_id"], []))} for row in rows]

    def _show_quorum(self) -> None:
        quorum = self.editor.record.get("quorum", [])
        while len(self.quorum_labels) < len(quorum):
            lab = QLabel()
            lab.setObjectName("quorumLine")
            self.quorum_labels.append(lab)
            self.quorum_box.addWidget(lab)
        for lab, q in zip(self.quorum_labels, quorum):
            text = self.tr("%1: %2 of %3 members present — ").replace("%1", q["body"]) \
                .replace("%2", str(q["present"])).replace("%3", str(q["members"]))
            text += self.tr("quorum reached") if q["reached"] else \
                self.tr("no quorum (%1 needed)").replace("%1", str(q["required"]))
            lab.setText(text)
            lab.setProperty("reached", bool(q["reached"]))
            lab.setStyleSheet("QLabel { font-weight: bold; color: %s; }" % ("#1b5e20" if q["reached"] else "#b3261e"))
            named(lab, text)
            lab.show()
        for lab in self.quorum_labels[len(quorum):]:
            lab.hide()

    # --- actions --------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        sel = self.view.selectionModel()
        rows = sorted({i.row() for i in sel.selectedRows()}) if sel else []
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        return [self.model.rows[r]["person_id"] for r in rows if r < len(self.model.rows)]

    def _row(self, person_id: int) -> dict | None:
        return next((r for r in self.editor.record["attendance"] if r["person_id"] == person_id), None)

    def _set_status(self, person_id: int, status: str) -> None:
        self.set_statuses([person_id], status)

    def set_statuses(self, person_ids: list[int], status: str) -> None:
        meetings, mid = self.editor.ctx.meetings, self.editor.meeting_id
        old = {pid: self._row(pid)["status"] for pid in person_ids if self._row(pid)}
        changed = [pid for pid, s in old.items() if s != status]
        if not changed or self.editor.locked:
            return

        before = {pid: old[pid] for pid in changed}

        def do():  # redone only over the statuses it was undone to: refused if someone changed one since
            meetings.set_attendances(mid, dict.fromkeys(changed, status), before if command.done else None)

        def undo():  # refused if someone changed one of them since
            meetings.set_attendances(mid, before, dict.fromkeys(changed, status))
        command = ServiceCommand(self.editor, self.tr("Mark as %1").replace("%1", status_label(status)), do, undo)
        self.editor.undo_stack.push(command)

    def mark_selected(self, status: str) -> None:
        self.set_statuses(self.selected_ids(), status)

    def mark_everyone_present(self) -> None:
        """Everyone on the list present (the usual start); the few who are not are marked after."""
        self.set_statuses([r["person_id"] for r in self.editor.record["attendance"]], "present")

    def add_guest(self) -> None:
        if self.editor.locked:
            return
        pid = PersonPicker.ask(self.editor.ctx, self, self.tr("Invite a guest"))
        if pid:
            self._add_attendee(pid, None, self.tr("Invite a guest"))

    def add_substitute(self) -> None:
        ids = self.selected_ids()
        member = self._row(ids[0]) if ids else None
        if self.editor.locked or member is None or member["guest"] or member["substitute_for_id"]:
            self.editor.message.show_message(self.tr("Select the member who is being replaced first."))
            return
        pid = PersonPicker.ask(self.editor.ctx, self, self.tr("Substitute for %1").replace("%1", member["name"]))
        if pid:
            self._add_attendee(pid, member["person_id"], self.tr("Add a substitute"))

    def _add_attendee(self, person_id: int, substitute_for: int | None, text: str) -> None:
        if self._row(person_id):
            return
        meetings, mid = self.editor.ctx.meetings, self.editor.meeting_id
        self.editor.undo_stack.push(ServiceCommand(
            self.editor, text,
            lambda: meetings.add_attendee(mid, person_id, "present", substitute_for=substitute_for),
            lambda: meetings.remove_attendee(mid, person_id, expected_status="present")))  # as invited

    def remove_selected(self) -> None:
        meetings, mid = self.editor.ctx.meetings, self.editor.meeting_id
        # members stay listed (they are marked absent instead); the guests and substitutes chosen go in one step,
        # put back by one Ctrl+Z, all or none
        rows = [r for r in map(self._row, self.selected_ids())
                if r is not None and (r["guest"] or r["substitute_for_id"])]
        with self.editor.one_step(self.tr("Remove %1").replace("%1", ", ".join(r["name"] for r in rows))):
            for row in rows:
                self.editor.push(ServiceCommand(
                    self.editor, self.tr("Remove %1").replace("%1", row["name"]),
                    lambda r=row: meetings.remove_attendee(mid, r["person_id"], expected_status=r["status"]),
                    lambda r=row: meetings.add_attendee(mid, r["person_id"], r["status"],
                                                        substitute_for=r["substitute_for_id"], note=r["note"])))
