"""The meeting editor: Details, Attendance, Agenda, Minutes, Lifecycle (and the protocol preview).

How edits reach the database:
- A field typed or picked (a title, a place, a vote count, a deadline…) is *staged*: a
  `FieldEdit` on `undo_stack` records it, `has_unsaved_changes()` reports it, and `save()`
  writes each changed record with one service call.  The editor saves by itself after
  1.5 s without typing, when the focus leaves it and when it is hidden, so a crash loses at
  most the field being typed.
- An action on the structure (add / remove / move an agenda item, an attendance status, a
  guest, a speech, a resolution, an assignment, a presentation, a file) is a service call at
  once, as a `ServiceCommand` whose undo is the inverse call.
- The lifecycle (held, drafted, signed, amended) is not undoable; it saves first and asks.
A refused save (e.g. more votes than members present) shows the service's message next to the
fields and keeps what was typed; a stale edit (someone else saved meanwhile) shows its message
and reloads.  `changed` is emitted after every change that reached the database.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import CouncilError
from .meeting.commands import FieldEdit
from .meeting.widgets import ErrorLabel, PeopleListField, PersonField, named, ui_language

AUTOSAVE_MS = 1500
TEXT_LANGUAGES = ("ru", "kk", "en")


class Binding:
    """A widget showing one field of the record a tab has selected (or of the meeting)."""

    def __init__(self, widget, kind: str, ident: Callable[[], int | None], field: Callable[[str], str],
                 label: str, owner):
        self.widget, self.kind, self.ident, self.field, self.label, self.owner = \
            widget, kind, ident, field, label, owner

    def key(self, lang: str):
        ident = self.ident()
        return None if ident is None else (self.kind, ident, self.field(lang))

    # reading and writing the widget, whatever it is
    def get(self) -> Any:
        w = self.widget
        if isinstance(w, QLineEdit):
            return w.text()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QSpinBox):
            return None if w.specialValueText() and w.value() == w.minimum() else w.value()
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QDateEdit):
            return None if w.specialValueText() and w.date() == w.minimumDate() else w.date().toString(Qt.DateFormat.ISODate)
        if isinstance(w, QTimeEdit):
            return "" if w.specialValueText() and w.time() == w.minimumTime() else w.time().toString("HH:mm")
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, PersonField):
            return w.person_id
        if isinstance(w, PeopleListField):
            return w.ids
        raise TypeError(w)

    def set(self, value: Any, editor) -> None:
        w = self.widget
        if self.get() == value and not isinstance(w, (PersonField, PeopleListField)):
            return
        w.blockSignals(True)
        try:
            if isinstance(w, QLineEdit):
                w.setText(value or "")
            elif isinstance(w, QPlainTextEdit):
                w.setPlainText(value or "")
            elif isinstance(w, QSpinBox):
                w.setValue(w.minimum() if value is None else int(value))
            elif isinstance(w, QComboBox):  # compared in Python: None and booleans are values too
                w.setCurrentIndex(next((i for i in range(w.count()) if w.itemData(i) == value), 0))
            elif isinstance(w, QDateEdit):
                w.setDate(w.minimumDate() if not value else QDate.fromString(value, Qt.DateFormat.ISODate))
            elif isinstance(w, QTimeEdit):
                w.setTime(w.minimumTime() if not value else QTime.fromString(value, "HH:mm"))
            elif isinstance(w, QCheckBox):
                w.setChecked(bool(value))
            elif isinstance(w, PersonField):
                w.set_person(value, editor.person_name(value))
            elif isinstance(w, PeopleListField):
                w.set_people([{"person_id": p, "name": editor.person_name(p)} for p in value or ()])
        finally:
            w.blockSignals(False)

    def signal(self):
        w = self.widget
        if isinstance(w, QLineEdit):
            return w.textEdited
        if isinstance(w, QPlainTextEdit):
            return w.textChanged
        if isinstance(w, QSpinBox):
            return w.valueChanged
        if isinstance(w, QComboBox):
            return w.currentIndexChanged
        if isinstance(w, QDateEdit):
            return w.dateChanged
        if isinstance(w, QTimeEdit):
            return w.timeChanged
        if isinstance(w, QCheckBox):
            return w.toggled
        return w.changed

    def set_enabled(self, enabled: bool, read_only: bool) -> None:
        w = self.widget
        if isinstance(w, (QLineEdit, QPlainTextEdit, PersonField, PeopleListField)):
            w.setEnabled(enabled)
            w.setReadOnly(read_only)
        else:
            w.setEnabled(enabled and not read_only)


class MeetingEditor(QWidget):
    changed = Signal()

    def __init__(self, ctx, meeting_id: int, parent=None):
        super().__init__(parent)
        self.ctx, self.meeting_id = ctx, meeting_id
        self.undo_stack = QUndoStack(self)
        self.record: dict = {}
        self.records: dict[tuple[str, int], dict] = {}
        self.pending: dict[tuple[str, int], dict[str, Any]] = {}
        self.errors: dict[tuple[str, int], str] = {}
        self.bindings: list[Binding] = []
        self._aliases: dict[tuple[str, int], int] = {}
        self._select: dict[str, int] = {}
        self._names: dict[int, str] = {}
        # texts are edited in the window's language at first (a Kazakh-speaking secretary types Kazakh)
        self.text_lang = next(code for code in (ui_language(), ctx.settings.get().get("document_language"), "ru")
                              if code in TEXT_LANGUAGES)
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self._build()
        self.reload()
        self.retranslate()

    # --- building -------------------------------------------------------------------------
    def _build(self) -> None:
        from .meeting.agenda_tab import AgendaTab
        from .meeting.attendance_tab import AttendanceTab
        from .meeting.details_tab import DetailsTab
        from .meeting.lifecycle import LifecycleTab
        from .meeting.minutes_tab import MinutesTab

        self.banner = QLabel()
        self.banner.setObjectName("lockedBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel#lockedBanner { background: #fff3cd; color: #5c4400; "
                                  "border: 1px solid #e0c36a; padding: 6px; font-weight: bold; }")
        self.banner.hide()
        self.message = ErrorLabel()
        self.message.setObjectName("editorMessage")
        self.lang_label = QLabel()
        self.lang_combo = QComboBox()
        for code in TEXT_LANGUAGES:
            self.lang_combo.addItem(code, code)
        self.lang_combo.setCurrentIndex(TEXT_LANGUAGES.index(self.text_lang))
        self.lang_combo.currentIndexChanged.connect(lambda _i: self.set_text_language(self.lang_combo.currentData()))
        self.lang_label.setBuddy(self.lang_combo)
        self.title = QLabel()
        self.title.setObjectName("meetingTitle")
        self.title.setStyleSheet("QLabel#meetingTitle { font-size: 13pt; font-weight: bold; }")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.lang_label)
        top.addWidget(self.lang_combo)

        self.tabs = QTabWidget()
        self.details = DetailsTab(self)
        self.attendance = AttendanceTab(self)
        self.agenda = AgendaTab(self)
        self.minutes = MinutesTab(self)
        self.lifecycle = LifecycleTab(self)
        self.protocol_tab = QWidget()
        self.protocol_layout = QVBoxLayout(self.protocol_tab)
        self.protocol_placeholder = QLabel()
        self.protocol_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.protocol_layout.addWidget(self.protocol_placeholder)
        self.preview = None
        for tab in (self.details, self.attendance, self.agenda, self.minutes, self.lifecycle, self.protocol_tab):
            self.tabs.addTab(tab, "")
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

    def retranslate(self) -> None:
        self.lang_label.setText(self.tr("Texts in:"))
        named(self.lang_combo, self.tr("Language of the texts being edited"))
        names = {"ru": self.tr("Russian"), "kk": self.tr("Kazakh"), "en": self.tr("English")}
        for i, code in enumerate(TEXT_LANGUAGES):
            self.lang_combo.setItemText(i, names[code])
        for i, text in enumerate((self.tr("&Details"), self.tr("A&ttendance"), self.tr("A&genda"),
                                  self.tr("&Minutes"), self.tr("&Lifecycle"), self.tr("&Protocol"))):
            self.tabs.setTabText(i, text)
        self.tabs.setAccessibleName(self.tr("Meeting editor"))
        self.protocol_placeholder.setText(self.tr("The protocol preview is not available yet."))
        for tab in (self.details, self.attendance, self.agenda, self.minutes, self.lifecycle):
            tab.retranslate()
        self._show_title()
        self._show_banner()

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- the record -----------------------------------------------------------------------
    def reload(self) -> None:
        """Read the meeting again; staged edits stay on top of it."""
        self.record = self.ctx.views.meeting_record(self.meeting_id, ui_language())
        r = self.record
        self.records = {("meeting", r["id"]): {
            **{k: r[k] for k in ("date", "start_time", "end_time", "place_kk", "place_ru", "place_en",
                                 "city_kk", "city_ru", "city_en", "format", "kind", "chair_id", "secretary_id",
                                 "restriction")},
            **{f"number_{b['id']}": b["number"] for b in r["bodies"]}}}
        names = {r["chair_id"]: r["chair"], r["secretary_id"]: r["secretary"]}
        for a in r["attendance"]:
            names[a["person_id"]] = a["name"]
        for item in r["agenda"]:
            self.records[("item", item["id"])] = {
                **{k: item[k] for k in ("title_kk", "title_ru", "title_en", "heard_kk", "heard_ru", "heard_en",
                                        "notes", "planned_minutes")},
                "rapporteurs": tuple(x["person_id"] for x in item["rapporteurs"] if x["role"] == "rapporteur"),
                "co_rapporteurs": tuple(x["person_id"] for x in item["rapporteurs"]
                                        if x["role"] == "co_rapporteur")}
            for x in item["rapporteurs"]:
                names[x["person_id"]] = x["name"]
            for sp in item["speeches"]:
                self.records[("speech", sp["id"])] = {k: sp[k] for k in ("gist_kk", "gist_ru", "gist_en",
                                                                         "person_id")}
                names[sp["person_id"]] = sp["name"]
            for res in item["resolutions"]:
                self.records[("resolution", res["id"])] = {
                    k: res[k] for k in ("text_kk", "text_ru", "text_en", "for", "against", "abstained",
                                        "unanimous", "adopted_override", "override_reason")}
                for a in res["assignments"]:
                    self.records[("assignment", a["id"])] = {
                        k: a[k] for k in ("task_kk", "task_ru", "task_en", "responsible_person_id",
                                          "responsible_org_id", "deadline")}
                    names[a["responsible_person_id"]] = a["responsible_person"]
        self._names = {k: v for k, v in names.items() if k}
        # staged edits of records that are gone (removed elsewhere) are dropped
        self.pending = {k: v for k, v in self.pending.items() if k in self.records}
        for tab in (self.details, self.attendance, self.agenda, self.minutes, self.lifecycle):
            tab.refresh()
        self._select.clear()
        self._show_title()
        self._show_banner()
        self.refresh_bindings()

    @property
    def locked(self) -> bool:
        return bool(self.record.get("locked"))

    def person_name(self, person_id: int | None) -> str:
        if not person_id:
            return ""
        if person_id not in self._names:
            self._names[person_id] = self.ctx.registry.person(person_id, ui_language())["name"]
        return self._names[person_id]

    def _show_title(self) -> None:
        if not self.record:
            return
        bodies = ", ".join(b["short_name"] or b["name"] for b in self.record["bodies"])
        number = "/".join(str(b["number"]) for b in self.record["bodies"])
        self.title.setText(self.tr("Meeting No. %1 of %2 — %3").replace("%1", number)
                           .replace("%2", self.record["date"]).replace("%3", bodies))

    def _show_banner(self) -> None:
        if not self.record:
            return
        if self.locked:
            self.banner.setText(self.tr("The protocol is signed (version %1) and read-only. "
                                        "To change it, use Amend on the Lifecycle tab.")
                                .replace("%1", str(self.record["protocol_version"])))
        self.banner.setVisible(self.locked)

    # --- staging --------------------------------------------------------------------------
    def resolve(self, kind: str, ident: int) -> int:
        seen = set()
        while (kind, ident) in self._aliases and ident not in seen:
            seen.add(ident)
            ident = self._aliases[(kind, ident)]
        return ident

    def alias(self, kind: str, old: int, new: int) -> None:
        if old != new:
            self._aliases[(kind, old)] = new

    def select_later(self, kind: str, ident: int) -> None:
        self._select[kind] = ident

    def wanted_selection(self, kind: str) -> int | None:
        return self._select.get(kind)

    def value(self, kind: str, ident: int, field: str) -> Any:
        ident = self.resolve(kind, ident)
        staged = self.pending.get((kind, ident), {})
        if field in staged:
            return staged[field]
        return self.records.get((kind, ident), {}).get(field)

    def stage(self, kind: str, ident: int, field: str, value: Any) -> None:
        """Called by FieldEdit (do and undo): the value waits in the editor until saved."""
        ident = self.resolve(kind, ident)
        key = (kind, ident)
        base = self.records.get(key, {}).get(field)
        staged = self.pending.setdefault(key, {})
        if value == base or (value in (None, "") and base in (None, "")):
            staged.pop(field, None)
        else:
            staged[field] = value
        if not staged:
            self.pending.pop(key, None)
        self.refresh_bindings(key)
        self._autosave.start()

    def edit(self, kind: str, ident: int, field: str, value: Any, label: str) -> None:
        """A user's edit of a field: undoable, staged."""
        if self.locked:
            return
        old = self.value(kind, ident, field)
        if old == value or (old in (None, "") and value in (None, "")):
            return
        self.undo_stack.push(FieldEdit(self, kind, ident, field, old, value, self.tr("Edit %1").replace("%1", label)))

    def bind(self, widget, kind: str, ident: Callable[[], int | None], field, label: str, owner) -> Binding:
        field_fn = field if callable(field) else (lambda _lang, f=field: f)
        b = Binding(widget, kind, ident, field_fn, label, owner)
        self.bindings.append(b)

        def on_change(*_args):
            key = b.key(self.text_lang)
            if key is not None:
                self.edit(key[0], key[1], key[2], b.get(), b.label)
        b.signal().connect(on_change)
        return b

    def refresh_bindings(self, key: tuple[str, int] | None = None, owner=None) -> None:
        for b in self.bindings:
            if owner is not None and b.owner is not owner:
                continue
            k = b.key(self.text_lang)
            if key is not None and (k is None or k[:2] != key):
                continue
            if k is None:
                b.set_enabled(False, True)
                continue
            b.set(self.value(*k), self)
            b.set_enabled(True, self.locked)

    def set_text_language(self, lang: str) -> None:
        if lang in TEXT_LANGUAGES and lang != self.text_lang:
            self.text_lang = lang
            self.lang_combo.setCurrentIndex(TEXT_LANGUAGES.index(lang))
            for tab in (self.agenda, self.minutes):
                tab.refresh()
            self.refresh_bindings()

    # --- saving ---------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return bool(self.pending)

    def save(self) -> bool:
        """Write every staged record (one service call each); False, with the message shown, if refused."""
        self._autosave.stop()
        if not self.pending:
            return True
        ok, wrote, stale = True, False, False
        self.errors.clear()
        for key in list(self.pending):
            values = self.pending.get(key)
            if not values:
                continue
            try:
                self._write(key, values)
            except CouncilError as exc:
                ok = False
                self.errors[key] = exc.message(ui_language())
                if exc.code == "stale_edit":
                    stale = True
                    self.pending.pop(key, None)
                continue
            wrote = True
            self.pending.pop(key, None)
        self.message.show_message("\n".join(dict.fromkeys(self.errors.values())))
        if wrote or stale:
            self.reload()
        else:
            self.refresh_errors()
        if wrote:
            self.changed.emit()
            self._notify_preview()
        return ok

    def flush_quietly(self) -> None:
        """Before a structural change: save what is staged; a refusal stays staged and shown."""
        if self.pending:
            self.save()

    def refresh_errors(self) -> None:
        for tab in (self.details, self.minutes, self.agenda):
            tab.show_errors(self.errors)

    def _write(self, key: tuple[str, int], values: dict) -> None:
        kind, ident = key
        if kind == "meeting":
            numbers = {int(k.split("_")[1]): v for k, v in values.items() if k.startswith("number_")}
            fields = {k: v for k, v in values.items() if not k.startswith("number_")}
            self.ctx.meetings.update(ident, fields, numbers=numbers or None,
                                     expected_version=self.record.get("version"))
        elif kind == "item":
            heard = {k[len("heard_"):]: v for k, v in values.items() if k.startswith("heard_")}
            fields = {k: v for k, v in values.items()
                      if not k.startswith("heard_") and k not in ("rapporteurs", "co_rapporteurs")}
            if fields or "rapporteurs" in values or "co_rapporteurs" in values:
                self.ctx.meetings.update_item(ident, fields, rapporteurs=values.get("rapporteurs"),
                                              co_rapporteurs=values.get("co_rapporteurs"))
            if heard:
                self.ctx.minutes.set_heard(ident, heard)
        elif kind == "speech":
            gist = {k[len("gist_"):]: v for k, v in values.items() if k.startswith("gist_")}
            self.ctx.minutes.update_speech(ident, gist, person_id=values.get("person_id"))
        elif kind == "resolution":
            text = {k[len("text_"):]: v for k, v in values.items() if k.startswith("text_")}
            vote = None
            if any(k in values for k in ("for", "against", "abstained", "unanimous")):
                vote = {k: self.value(kind, ident, k) for k in ("for", "against", "abstained", "unanimous")}
            if text or vote:
                self.ctx.minutes.update_resolution(ident, text=text or None, vote=vote)
            if "adopted_override" in values or "override_reason" in values:
                self.ctx.minutes.set_exception(ident, self.value(kind, ident, "adopted_override"),
                                               self.value(kind, ident, "override_reason") or "")
        elif kind == "assignment":
            task = {k[len("task_"):]: v for k, v in values.items() if k.startswith("task_")}
            self.ctx.minutes.update_assignment(
                ident, task=task or None,
                responsible_person=values.get("responsible_person_id", ...),
                responsible_org=values.get("responsible_org_id", ...),
                deadline=values.get("deadline", ...))
        else:
            raise ValueError(kind)

    def discard(self) -> None:
        """Forget staged edits (the shell asked and the user chose Discard)."""
        self._autosave.stop()
        self.pending.clear()
        self.errors.clear()
        self.message.show_message("")
        self.undo_stack.clear()
        self.reload()

    def report(self, exc: CouncilError) -> None:
        self.message.show_message(exc.message(ui_language()))

    def after_change(self) -> None:
        """A service call succeeded: show the new state and tell the others."""
        self.message.show_message("")
        self.reload()
        self.changed.emit()
        self._notify_preview()

    def _focus_changed(self, old, new) -> None:
        """Leaving the editor (another view, another window) saves what was typed."""
        if self.pending and old is not None and self.isAncestorOf(old) \
                and (new is None or not self.isAncestorOf(new)):
            self.save()

    def hideEvent(self, event) -> None:
        if self.pending:
            self.save()
        super().hideEvent(event)

    # --- protocol preview -----------------------------------------------------------------
    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.protocol_tab:
            self._ensure_preview()

    def _ensure_preview(self) -> None:
        if self.preview is not None:
            return
        try:
            from .protocol_preview import ProtocolPreview
        except ImportError:
            return  # not built yet: the placeholder stays, and we try again next time
        self.preview = ProtocolPreview(self.ctx, self.protocol_tab)
        self.protocol_placeholder.hide()
        self.protocol_layout.addWidget(self.preview)
        self.preview.show_meeting(self.meeting_id, self.lifecycle.layout_choice())

    def _notify_preview(self) -> None:
        if self.preview is not None:
            self.preview.minutes_changed()
