"""The meeting editor: Details, Attendance, Agenda, Minutes, Lifecycle (and the protocol preview).

How edits reach the database:
- A field typed or picked (a title, a place, a vote count, a deadline…) is *staged*, saved
  by itself a moment later and undoable: the mechanism every editor shares (staging.py),
  drafts of refused edits included.
- An action on the structure (add / remove / move an agenda item, an attendance status, a
  guest, a speech, a resolution, an assignment, a presentation, a file) is a service call at
  once, as a `ServiceCommand` whose undo is the inverse call.
- The lifecycle (held, drafted, signed, amended) is not undoable; it saves first and asks.
A refused save (e.g. more votes than members present) shows the service's message next to the
fields and keeps what was typed; a stale edit (someone else saved meanwhile) shows its message
and reloads.  `changed` is emitted after every change that reached the database.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QToolButton, QVBoxLayout, QWidget

from ..domain.entities import LANGUAGES as TEXT_LANGUAGES
from ..domain.entities import LAYOUTS as PROTOCOL_LAYOUTS
from ..domain.errors import CouncilError
from ..domain.rules import VOTE_WORDS
from . import i18n
from .meeting.widgets import ErrorLabel, named, select_row, ui_language
from .staging import DraftNote, StagedEditor


# what each tab shows (the kinds are tables: domain/changes.py), in the order of MeetingEditor._tabs()
TAB_KINDS = (
    frozenset({"meeting", "meeting_body"}),  # details
    frozenset({"attendance", "presence_event", "meeting"}),  # attendance
    frozenset({"agenda_item", "agenda_rapporteur", "presentation", "presentation_file"}),  # agenda
    frozenset({"agenda_item", "speech", "resolution", "assignment", "vote_participant", "speaker_request",
               "resolution_body_vote"}),  # minutes
    frozenset({"meeting", "protocol_issue"}),  # lifecycle
)
# records it names: a person, an organisation, a body, a presented project renamed shows in it
NAMED = frozenset({"person", "organization", "council_body", "project"})
FOLLOWED = frozenset().union(*TAB_KINDS) | NAMED
# rows of the editor's lists: one coming or going changes the structure, and the meeting is read anew
ROWS = frozenset({"meeting_body", "attendance", "agenda_item", "agenda_rapporteur", "presentation",
                  "presentation_file", "speech", "resolution", "assignment", "resolution_body_vote"})
# the editor's names for the records it stages (`self.records`)
KEY_KINDS = {"meeting": "meeting", "agenda_item": "item", "speech": "speech", "resolution": "resolution",
             "assignment": "assignment"}


class MeetingEditor(StagedEditor):
    changed = Signal()

    def __init__(self, ctx, meeting_id: int, parent=None):
        super().__init__(ctx, parent)
        self.meeting_id = meeting_id
        self.record: dict = {}
        self._names: dict[int, str] = {}
        # one protocol language per meeting, chosen at the top of the editor; the texts are edited in it at first
        layout = ctx.settings.protocol_language(meeting_id)
        self.protocol_layout = layout if layout in PROTOCOL_LAYOUTS else "ru"
        self.text_lang = self.protocol_layout.split("+")[0]
        self._build()
        self._follow_changes()
        self.reload()
        self.retranslate()
        self.draft_note.offer()

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
        self.protocol_label = QLabel()
        self.protocol_combo = QComboBox()
        for code in PROTOCOL_LAYOUTS:
            self.protocol_combo.addItem(code, code)
        self.protocol_combo.setCurrentIndex(PROTOCOL_LAYOUTS.index(self.protocol_layout))
        self.protocol_combo.currentIndexChanged.connect(
            lambda _i: self.set_protocol_layout(self.protocol_combo.currentData()))
        self.protocol_label.setBuddy(self.protocol_combo)
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
        self.title.setWordWrap(True)  # a joint meeting's long title takes two lines rather than the window's width
        # the meetings list is folded away while a meeting is open (the editor takes the width); this brings it back
        self.list_button = QToolButton()
        self.list_button.setCheckable(True)
        self.list_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.list_button.setArrowType(Qt.ArrowType.RightArrow)
        self.list_button.toggled.connect(
            lambda shown: self.list_button.setArrowType(Qt.ArrowType.LeftArrow if shown else Qt.ArrowType.RightArrow))
        top = QHBoxLayout()
        top.addWidget(self.list_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.protocol_label)
        top.addWidget(self.protocol_combo)
        top.addSpacing(12)
        top.addWidget(self.lang_label)
        top.addWidget(self.lang_combo)
        from .meeting_room.launch import meeting_mode_button  # meeting mode, issue 14 (F11)
        top.addWidget(meeting_mode_button(self))

        self.tabs = QTabWidget()
        self.details = DetailsTab(self)
        self.attendance = AttendanceTab(self)
        self.agenda = AgendaTab(self)
        self.minutes = MinutesTab(self)
        self.lifecycle = LifecycleTab(self)
        self.protocol_tab = QWidget()
        self.protocol_tab_layout = QVBoxLayout(self.protocol_tab)
        self.preview = None  # built when its tab is first shown (_ensure_preview)
        for tab in (self.details, self.attendance, self.agenda, self.minutes, self.lifecycle, self.protocol_tab):
            self.tabs.addTab(tab, "")
        self.tabs.currentChanged.connect(self._tab_changed)

        self.draft_note = DraftNote(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.draft_note.box)
        layout.addWidget(self.banner)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

    def retranslate(self) -> None:
        self.protocol_label.setText(self.tr("Protocol in:"))
        named(self.protocol_combo, self.tr("Language of the protocol (printed and signed in it)"))
        names = i18n.language_names()
        for i, code in enumerate(PROTOCOL_LAYOUTS):
            self.protocol_combo.setItemText(i, names[code])
        self.lang_label.setText(self.tr("Texts in:"))
        self.list_button.setText(self.tr("Meetings"))
        named(self.list_button, self.tr("Show or hide the list of meetings"))
        self.list_button.setToolTip(self.list_button.accessibleName())
        named(self.lang_combo, self.tr("Language of the texts being edited"))
        for i, code in enumerate(TEXT_LANGUAGES):
            self.lang_combo.setItemText(i, names[code])
        # no mnemonics on the tabs (Ctrl+PageDown / Ctrl+PageUp go through them): Alt+letters are the fields'
        for i, text in enumerate((self.tr("Details"), self.tr("Attendance"), self.tr("Agenda"),
                                  self.tr("Minutes"), self.tr("Lifecycle"), self.tr("Protocol"))):
            self.tabs.setTabText(i, text)
        self.tabs.setAccessibleName(self.tr("Meeting editor"))
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
        """Read the meeting again and show it anew in every tab; staged edits stay on top of it."""
        self._take(self._read())
        for tab in self._tabs():
            tab.refresh()
        self._select.clear()
        self._show_title()
        self._show_banner()
        self.refresh_bindings()

    def _tabs(self) -> tuple:
        return (self.details, self.attendance, self.agenda, self.minutes, self.lifecycle)  # the agenda before
        # the minutes: the minutes' list of items is the agenda's model

    def _read(self) -> dict:
        self._as_of = self.ctx.hub.last_serial  # every write published before this read is in what it reads
        return self.ctx.views.meeting_record(self.meeting_id, ui_language())

    # --- following writes (domain/changes.py): patch what changed, reread the structure only when it changed
    def _follow_changes(self) -> None:
        from .change_signal import follow

        self._as_of = 0
        follow(self, self.ctx, FOLLOWED, self.changes_arrived)

    def changes_arrived(self, changes) -> None:
        """A committed write (this editor's own, another view's, meeting mode's, an undo's, an import's)."""
        if changes.serial <= self._as_of or not self._concerns(changes):
            return
        try:
            self.show_changes(changes)
        except CouncilError as exc:  # the meeting is gone (a backup without it restored elsewhere): said, not edited
            if (exc.code, exc.params.get("kind"), exc.params.get("ident")) != ("not_found", "meeting", self.meeting_id):
                raise
            self.tabs.setEnabled(False)
            self.message.show_message(exc.message(ui_language()))
            self.lose({key: self.record_name(*key) for key in self.pending})  # what was typed in it is kept
            return
        self.tabs.setEnabled(True)
        self._notify_preview()  # the Protocol tab follows a vote in meeting mode or a person renamed too

    def _concerns(self, changes) -> bool:
        if changes.everything or self.meeting_id in changes.meetings:
            return True
        presented = [p for item in self.record.get("agenda", ()) for p in item["presentations"]]
        shown = {"person": set(self._names), "council_body": {b["id"] for b in self.record.get("bodies", ())},
                 "organization": ({v.get("responsible_org_id") for v in self.records.values()}
                                  | {p["organization_id"] for p in presented}) - {None},
                 "project": {p["project_id"] for p in presented}}
        # rows created in bulk (an import of people) are none of the records it names
        return any(not shown[kind].isdisjoint(changes.ids(kind)) for kind in shown)

    def show_changes(self, changes) -> None:
        """Rows came or went: read the meeting again and rebuild every tab (`reload`).  Only fields changed:
        the meeting is still read once (its record carries derived values, the quorum and each vote's
        outcome, that the changed fields move), but only the tabs that show the changed kinds are refreshed
        and only the changed records' fields set again; the other tabs, and every tab's selection, stay."""
        if changes.structural(ROWS) or self.meeting_id in changes.deleted.get("meeting", ()):
            self.reload()
            return
        before = (self.record.get("status"), self.record.get("locked"), self.record.get("protocol_version"))
        self._take(self._read())
        after = (self.record.get("status"), self.record.get("locked"), self.record.get("protocol_version"))
        named_elsewhere = not changes.kinds.isdisjoint(NAMED)
        for tab, kinds in zip(self._tabs(), TAB_KINDS):
            if before != after or named_elsewhere or changes.touches(kinds):
                tab.refresh()
        self._show_title()
        self._show_banner()
        if before != after:
            self.refresh_bindings()
            return
        for kind, key_kind in KEY_KINDS.items():
            for ident in changes.changed.get(kind, ()):
                self.refresh_bindings((key_kind, ident))

    def _take(self, record: dict) -> None:
        """The record read, as the editor keeps it: versions, field values by record, names."""
        named = {key: self.record_name(*key) for key in self.pending}  # as shown before: they may be gone now
        self.record = r = record
        # a record with staged edits keeps the version they were made on: saved over a change made meanwhile
        # (in another view, by another process), they are refused as stale and offered back, never written
        # over it unseen (StagedEditor.save)
        staged_on = {k: v for k, v in self.versions.items() if k in self.pending}
        # the version each record had when shown: a save of it is refused if someone changed it since
        self.versions = {("meeting", r["id"]): r["version"]}
        for item in r["agenda"]:
            self.versions[("item", item["id"])] = item["version"]
            self.versions.update({("speech", sp["id"]): sp["version"] for sp in item["speeches"]})
            for res in item["resolutions"]:
                self.versions[("resolution", res["id"])] = res["version"]
                self.versions.update({("assignment", a["id"]): a["version"] for a in res["assignments"]})
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
                    **{k: res[k] for k in ("text_kk", "text_ru", "text_en", "votes_for", "votes_against",
                                           "votes_abstained", "unanimous", "adopted_override", "override_reason")},
                    "body_counts": res["body_counts"] or None}
                for a in res["assignments"]:
                    self.records[("assignment", a["id"])] = {
                        k: a[k] for k in ("task_kk", "task_ru", "task_en", "responsible_person_id",
                                          "responsible_org_id", "deadline")}
                    names[a["responsible_person_id"]] = a["responsible_person"]
        self._names = {k: v for k, v in names.items() if k}
        # what is staged in records that are gone (removed elsewhere, a backup restored without them) is kept
        self.lose({k: named[k] for k in self.pending if k not in self.records})
        self.versions.update({k: v for k, v in staged_on.items() if k in self.pending})

    @property
    def locked(self) -> bool:
        return bool(self.record.get("locked")) or super().locked

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
                           .replace("%2", i18n.format_date(self.record["date"])).replace("%3", bodies))

    def _show_banner(self) -> None:
        if not self.record:
            return
        self.protocol_combo.setEnabled(not self.locked)  # a signed version keeps the language it was signed in
        signed = bool(self.record.get("locked"))  # a read-only database is the window's banner
        if signed:
            self.banner.setText(self.tr("The protocol is signed (version %1) and read-only. "
                                        "To change it, use Amend on the Lifecycle tab.")
                                .replace("%1", str(self.record["protocol_version"])))
        self.banner.setVisible(signed)

    # --- languages --------------------------------------------------------------------------
    def language_in_label(self, code: str | None = None) -> str:
        """The texts' language as a field's label names it: «Название (русский)»."""
        return i18n.language_name(code or self.text_lang, "inside a label")

    def set_protocol_layout(self, layout: str) -> None:
        """The one place the protocol's language is chosen: kept for the meeting, the texts follow it, and the
        preview, the documents and signing use it."""
        if layout == self.protocol_layout or layout not in PROTOCOL_LAYOUTS:
            return
        try:
            self.ctx.settings.set_protocol_language(self.meeting_id, layout)
        except CouncilError as exc:
            self.message.show_message(exc.message(ui_language()))
            self.protocol_combo.blockSignals(True)
            self.protocol_combo.setCurrentIndex(PROTOCOL_LAYOUTS.index(self.protocol_layout))
            self.protocol_combo.blockSignals(False)
            return
        self.protocol_layout = layout
        self.protocol_combo.setCurrentIndex(PROTOCOL_LAYOUTS.index(layout))
        self.set_text_language(layout.split("+")[0])
        self.lifecycle.refresh()
        if self.preview is not None:
            self.preview.show_meeting(self.meeting_id, layout)

    # --- staging --------------------------------------------------------------------------
    def set_text_language(self, lang: str) -> None:
        if lang in TEXT_LANGUAGES and lang != self.text_lang:
            self.text_lang = lang
            self.lang_combo.setCurrentIndex(TEXT_LANGUAGES.index(lang))
            for tab in (self.details, self.agenda, self.minutes):
                tab.retranslate()  # the labels name the language: «Название (казахский)»
            for tab in (self.agenda, self.minutes):
                tab.refresh()
            self.refresh_bindings()

    # --- going to a record ----------------------------------------------------------------
    def show_record(self, tab: str, kind: str = "", ident: int | None = None, lang: str | None = None) -> None:
        """The editor at a record, as pre-flight's findings and Find in minutes' hits name it: the tab
        (details, attendance, agenda, minutes), the person, item, speech, resolution or assignment `ident`
        chosen there with the field that holds its text focused, and the texts in `lang` if one is given."""
        if lang:
            self.set_text_language(lang)
        page = {"details": self.details, "attendance": self.attendance, "agenda": self.agenda,
                "minutes": self.minutes}[tab]
        self.tabs.setCurrentWidget(page)
        if kind == "person":
            select_row(page.view, page.model.row_of_person(ident))
            page.view.setFocus()
            return
        owners = self._owners(kind, ident)
        if owners is None:
            page.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        item, resolution = owners
        row = self.agenda.model.row_of(item)
        if page is self.agenda:
            select_row(self.agenda.view, row)
            self.agenda.title.setFocus()
            return
        minutes = self.minutes
        select_row(minutes.items, row)
        focus = minutes.heard
        if kind == "speech":
            select_row(minutes.speeches, minutes.speeches_model.row_of(ident))
            focus = minutes.gist
        if resolution is not None:
            select_row(minutes.resolutions, minutes.resolutions_model.row_of(resolution))
            focus = minutes.resolution_text
        if kind == "assignment":
            select_row(minutes.assignments, minutes.assignments_model.row_of(ident))
            focus = minutes.task
        focus.setFocus()

    def _owners(self, kind: str, ident: int | None) -> tuple[int, int | None] | None:
        """The agenda item and the resolution (or None) a record belongs to; None for no such record."""
        for item in self.record["agenda"]:
            if kind == "item" and item["id"] == ident:
                return item["id"], None
            if kind == "speech" and any(s["id"] == ident for s in item["speeches"]):
                return item["id"], None
            for res in item["resolutions"]:
                if (kind == "resolution" and res["id"] == ident) or \
                        (kind == "assignment" and any(a["id"] == ident for a in res["assignments"])):
                    return item["id"], res["id"]
        return None

    # --- saving ---------------------------------------------------------------------------
    def refresh_errors(self) -> None:
        for tab in (self.details, self.minutes, self.agenda):
            tab.show_errors(self.errors)

    def show_errors(self) -> None:
        # once: beside the fields when their tab is in sight (a meeting's, an item's, a resolution's), else above
        beside = {"meeting": self.details, "item": self.agenda, "resolution": self.minutes}
        self.message.show_message("\n".join(dict.fromkeys(
            text for (kind, _ident), text in self.errors.items() if beside.get(kind) is not self.tabs.currentWidget())))

    def saved_changes(self) -> None:
        self.changed.emit()
        self._notify_preview()
        bar = getattr(self.window(), "statusBar", None)
        if callable(bar):  # a quiet "saved" in the window's status bar
            bar().showMessage(self.tr("Saved %1").replace("%1", dt.datetime.now().strftime("%H:%M")), 5000)

    def draft_name(self) -> str:
        return f"meeting-{self.meeting_id}"

    def restore_target(self, draft: dict) -> None:
        # a draft kept by a version that named the vote counts "for", "against", "abstained": their columns now
        for kind, _ident, values in draft["pending"]:
            if kind == "resolution":
                for column, old in VOTE_WORDS.items():
                    if old in values:
                        values[column] = values.pop(old)
                if values.get("body_counts"):  # the bodies' ids, keys of a JSON object in the file
                    values["body_counts"] = {int(b): counts for b, counts in values["body_counts"].items()}

    def draft_summary(self) -> str:
        return self.title.text()

    def key_kind(self, table: str) -> str | None:
        return "file" if table == "presentation_file" else KEY_KINDS.get(table, table)  # restore.KINDS' name

    def record_name(self, kind: str, ident: int) -> str:
        """«agenda item 2 “Title”», «resolution 4.1», …, as a message names a record of this meeting."""
        text = f"_{self.text_lang}"
        for item in self.record.get("agenda", ()):
            if kind == "item" and item["id"] == ident:
                return self.tr("agenda item %1 “%2”").replace("%1", str(item["position"])).replace(
                    "%2", item["title" + text] or item["title_ru"])
            for pres in item["presentations"]:
                if kind == "presentation" and pres["id"] == ident:
                    return self.tr("the presentation “%1” under item %2").replace("%1", pres["project"]).replace(
                        "%2", str(item["position"]))
                if kind == "file" and any(f["id"] == ident for f in pres["files"]):
                    return self.tr("the file %1 of the presentation “%2”").replace(
                        "%1", next(f["name"] for f in pres["files"] if f["id"] == ident)).replace("%2", pres["project"])
            if kind == "speech" and any(sp["id"] == ident for sp in item["speeches"]):
                speech = next(sp for sp in item["speeches"] if sp["id"] == ident)
                return self.tr("the speech of %1 under item %2").replace("%1", speech["name"]).replace(
                    "%2", str(item["position"]))
            for n, res in enumerate(item["resolutions"], start=1):
                number = f"{item['position']}.{n}"
                if kind == "resolution" and res["id"] == ident:
                    return self.tr("resolution %1").replace("%1", number)
                if kind == "assignment" and any(a["id"] == ident for a in res["assignments"]):
                    return self.tr("an assignment of resolution %1").replace("%1", number)
        if kind == "meeting":
            return self.tr("the meeting")
        if kind == "attendance":
            return self.tr("the attendance of %1").replace("%1", self.person_name(ident))
        if kind == "signatories":
            body = next((b for b in self.record.get("bodies", ()) if b["id"] == ident), None)
            return self.tr("who signs for %1").replace("%1", (body["short_name"] or body["name"]) if body else "")
        return super().record_name(kind, ident)

    def write(self, key: tuple[str, int], values: dict) -> None:
        """One call for any record's staged fields, by their column names (services.records); refused if
        the record changed since it was shown."""
        kind, ident = key
        # a meeting's number in each body is staged as number_<body id>: not a column of the meeting
        numbers = {int(k.split("_")[1]): v for k, v in values.items() if k.startswith("number_")}
        fields = {k: v for k, v in values.items() if not k.startswith("number_")}
        self.versions[key] = self.ctx.records.update("agenda_item" if kind == "item" else kind, ident, fields,
                                                     expected_version=self.versions.get(key), numbers=numbers or None)

    def discard(self) -> None:
        """Forget staged edits (the shell asked and the user chose Discard)."""
        self.forget_staged()
        self.message.show_message("")
        self.reload()

    # --- protocol preview -----------------------------------------------------------------
    def _tab_changed(self, index: int) -> None:
        self.show_errors()
        if self.tabs.widget(index) is self.protocol_tab:
            self._ensure_preview()

    def _ensure_preview(self) -> None:
        if self.preview is not None:
            return
        from .protocol_preview import ProtocolPreview
        self.preview = ProtocolPreview(self.ctx, self.protocol_tab)
        for widget in (self.preview.language, self.preview.language_label):  # chosen at the top, in one place
            widget.hide()
        self.protocol_tab_layout.addWidget(self.preview)
        self.preview.show_meeting(self.meeting_id, self.protocol_layout)

    def _notify_preview(self) -> None:
        if self.preview is not None:
            self.preview.minutes_changed()
