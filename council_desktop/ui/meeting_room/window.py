"""Meeting mode: the meeting as it happens, on one laptop, by keyboard.

The current item large, the clock, planned and actual times with the overrun as it happens;
arrivals and departures with their times and the live quorum per body; the speakers' list with a
timer; votes by show of hands, unanimous or by roll call.  Every action is a service call at
once (the meeting's real data, saved as entered) followed by a reload of what the room shows.
Every action has a key (F1 or ? lists them); the projector view follows what is shown here.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import VoteChoice
from ...domain.errors import CouncilError
from ...domain.rules import VOTE_COUNTS
from ...services.meeting_room import MeetingRoomService
from .. import i18n
from ..forms import named
from ..models.meeting_models import choice_label
from .clock import SpeechTimer, WallClock, mm_ss
from .projector import ROOM_LANGUAGES, ProjectorView, body_vote_line

W = Qt.ShortcutContext.WindowShortcut
ONLY = Qt.ShortcutContext.WidgetShortcut
WITHIN = Qt.ShortcutContext.WidgetWithChildrenShortcut
CHOICES = tuple(c.value for c in VoteChoice)  # a roll call's, keys 1, 2, 3 (a show of hands counts VOTE_COUNTS)
DEFAULT_LIMIT_MINUTES = 3


def _limit_setting(value: int | None = None) -> int:
    """The speaking time limit, remembered between sessions (minutes)."""
    from ..prefs import qsettings

    s = qsettings()
    if value is not None:
        s.setValue("meeting_mode/speech_limit_minutes", int(value))
        return int(value)
    try:
        return max(1, int(s.value("meeting_mode/speech_limit_minutes", DEFAULT_LIMIT_MINUTES)))
    except (TypeError, ValueError):
        return DEFAULT_LIMIT_MINUTES


def hh_mm(value: dt.datetime | None) -> str:
    return value.strftime("%H:%M") if value else ""


# what the room shows: its meeting's records, and the names of people and bodies
ROOM_KINDS = frozenset({"meeting", "meeting_body", "attendance", "presence_event", "agenda_item", "agenda_rapporteur",
                        "presentation", "speech", "speaker_request", "resolution", "vote_participant", "person",
                        "council_body", "resolution_body_vote"})  # the last: an outcome judged per body

class MeetingModeWindow(QWidget):
    """A window of its own; `clock` has `now()` (a test gives one it moves by hand)."""

    changed = Signal()  # after every change that reached the database

    def __init__(self, ctx, meeting_id: int, clock=None, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.clock = clock or WallClock()
        self.service = MeetingRoomService(ctx.sessions)
        self.room: dict = {}
        self.views: dict[str, dict] = {}  # the room in the projector's language(s)
        self.resolution_index = 0
        self.timer = SpeechTimer(self.clock, _limit_setting() * 60)
        self.timed_request: int | None = None  # the speaker the timer runs for
        self.projector: ProjectorView | None = None
        self.blank = False
        self.keys: list[QShortcut] = []
        self._build()
        self._keys()
        self.retranslate()
        self._as_of = 0  # the newest write the room shows (ChangeHub.last_serial when read)
        self.reload()
        from ..change_signal import follow  # what the editor or another window changes, shown here at once
        follow(self, ctx, ROOM_KINDS, self._changes_arrived)
        self.ticker = QTimer(self)
        self.ticker.setInterval(250)
        self.ticker.timeout.connect(self.tick)
        self.ticker.start()

    # --- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        big = QFont(self.font())
        big.setPointSize(22)
        big.setBold(True)
        self.title = QLabel()
        self.title.setObjectName("meetingModeTitle")
        self.clock_label = QLabel()
        self.clock_label.setObjectName("meetingModeClock")
        clock_font = QFont(self.font())
        clock_font.setPointSize(18)
        clock_font.setBold(True)
        self.clock_label.setFont(clock_font)
        self.quorum_label = QLabel()
        self.quorum_label.setObjectName("liveQuorum")
        self.quorum_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.clock_label)

        # the agenda with planned and actual times
        self.agenda = QListWidget()
        self.agenda.setObjectName("meetingModeAgenda")
        self.agenda.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.agenda.setWordWrap(True)

        # the current item, large
        self.item_number = QLabel()
        self.item_title = QLabel()
        self.item_title.setObjectName("currentItem")
        self.item_title.setFont(big)
        self.item_title.setWordWrap(True)
        self.item_people = QLabel()
        self.item_people.setWordWrap(True)
        self.item_times = QLabel()
        self.item_times.setObjectName("itemTimes")
        self.item_title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.item_title.setMinimumHeight(3 * QFontMetrics(big).lineSpacing())
        centre = QVBoxLayout()
        for w, stretch in ((self.item_number, 0), (self.item_title, 1), (self.item_people, 0), (self.item_times, 0)):
            centre.addWidget(w, stretch)

        # the speakers' list and its timer
        self.speakers_box = QGroupBox()
        self.speaker_entry = QLineEdit()
        self.speaker_entry.setObjectName("speakerEntry")
        self.completer = QCompleter(QStringListModel(self))
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.speaker_entry.setCompleter(self.completer)
        self.speaker_entry.returnPressed.connect(self.add_speaker)
        self.speakers = QListWidget()
        self.speakers.setObjectName("speakersList")
        self.timer_label = QLabel()
        self.timer_label.setObjectName("speechTimer")
        self.timer_label.setFont(clock_font)
        self.limit_label = QLabel()
        self.limit = QSpinBox()
        self.limit.setRange(1, 60)
        self.limit.setValue(self.timer.limit // 60)
        self.limit.valueChanged.connect(self._limit_changed)
        self.limit_label.setBuddy(self.limit)
        self.timer_label.setWordWrap(True)
        limit_row = QHBoxLayout()
        limit_row.addStretch(1)
        limit_row.addWidget(self.limit_label)
        limit_row.addWidget(self.limit)
        sp = QVBoxLayout(self.speakers_box)
        sp.addWidget(self.speaker_entry)
        sp.addWidget(self.speakers, 1)
        sp.addWidget(self.timer_label)
        sp.addLayout(limit_row)

        # votes
        self.vote_box = QGroupBox()
        self.vote_target = QLabel()
        self.vote_target.setObjectName("voteTarget")
        self.vote_target.setWordWrap(True)
        self.vote_result = QLabel()
        self.vote_result.setObjectName("voteResult")
        self.vote_result.setWordWrap(True)
        self.hands = QFrame()
        self.hands.setObjectName("showOfHands")
        self.count_labels = [QLabel() for _ in VOTE_COUNTS]
        self.counts = [QSpinBox() for _ in VOTE_COUNTS]
        grid = QGridLayout(self.hands)
        for n, (label, box) in enumerate(zip(self.count_labels, self.counts)):
            box.setRange(0, 10_000)
            label.setBuddy(box)
            grid.addWidget(label, 0, n)
            grid.addWidget(box, 1, n)
        self.hands.hide()
        self.roll = QTableWidget(0, 2)
        self.roll.setObjectName("rollCall")
        self.roll.verticalHeader().hide()
        self.roll.horizontalHeader().setStretchLastSection(True)
        self.roll.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.roll.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.roll.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.roll.hide()
        vb = QVBoxLayout(self.vote_box)
        vb.addWidget(self.vote_target)
        vb.addWidget(self.vote_result)
        vb.addWidget(self.hands)
        vb.addWidget(self.roll, 1)
        vb.addStretch(0)

        # attendees: arrivals and departures
        self.people_box = QGroupBox()
        self.attendees = QListWidget()
        self.attendees.setObjectName("attendeesList")
        pb = QVBoxLayout(self.people_box)
        pb.addWidget(self.quorum_label)
        pb.addWidget(self.attendees, 1)

        # the projector
        self.projector_box = QGroupBox()
        self.screen_label = QLabel()
        self.screen_combo = QComboBox()
        self.screen_label.setBuddy(self.screen_combo)
        self.room_lang_label = QLabel()
        self.room_lang = QComboBox()
        for code in ROOM_LANGUAGES:
            self.room_lang.addItem(code, code)
        document_lang = self.ctx.settings.get().get("document_language") or "ru"
        self.room_lang.setCurrentIndex(max(0, self.room_lang.findData(document_lang)))
        self.room_lang.currentIndexChanged.connect(lambda _i: self.reload())
        self.room_lang_label.setBuddy(self.room_lang)
        self.projector_state_label = QLabel()
        self.projector_state_label.setObjectName("projectorState")
        pj = QGridLayout(self.projector_box)
        pj.addWidget(self.screen_label, 0, 0)
        pj.addWidget(self.screen_combo, 0, 1)
        pj.addWidget(self.room_lang_label, 1, 0)
        pj.addWidget(self.room_lang, 1, 1)
        pj.addWidget(self.projector_state_label, 2, 0, 1, 2)
        self._fill_screens()

        self.message = QLabel()
        self.message.setObjectName("meetingModeMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a00000;")
        self.help_button = QPushButton()
        self.help_button.clicked.connect(self.show_help)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.agenda, 1)
        ll.addWidget(self.projector_box)
        middle = QWidget()
        ml = QVBoxLayout(middle)
        ml.setContentsMargins(0, 0, 0, 0)
        ml.addLayout(centre, 2)
        ml.addWidget(self.speakers_box, 3)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.people_box, 1)
        rl.addWidget(self.vote_box, 1)
        split = QSplitter()
        for w, stretch in ((left, 2), (middle, 4), (right, 3)):
            split.addWidget(w)
            split.setStretchFactor(split.indexOf(w), stretch)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.help_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self.overlay = None

    def _key(self, keys: str, widget: QWidget, slot, context=W) -> QShortcut:
        made = QShortcut(QKeySequence(keys), widget)
        made.setContext(context)
        made.activated.connect(slot)
        self.keys.append(made)
        return made

    def _keys(self) -> None:
        """Every action's key; `retranslate` gives each its description (the help overlay lists them)."""
        k = self._key
        self.k_next = k("PgDown", self, self.next_item)
        self.k_previous = k("PgUp", self, self.previous_item)
        self.k_attendees = k("F2", self, lambda: self.attendees.setFocus())
        self.k_presence = k("Space", self.attendees, self.toggle_presence, ONLY)
        self.k_speaker = k("F3", self, lambda: self.speaker_entry.setFocus())
        self.k_up = k("Alt+Up", self.speakers, lambda: self.move_speaker(-1), ONLY)
        self.k_down = k("Alt+Down", self.speakers, lambda: self.move_speaker(1), ONLY)
        self.k_withdraw = k("Delete", self.speakers, self.withdraw_speaker, ONLY)
        self.k_timer = k("F5", self, self.start_or_pause)
        self.k_finish = k("F6", self, self.finish_speaker)
        self.k_resolution = k("F4", self, self.next_resolution)
        self.k_hands = k("F7", self, self.open_show_of_hands)
        self.k_record_hands = k("Return", self.hands, self.record_show_of_hands, WITHIN)
        self.k_record_hands_enter = k("Enter", self.hands, self.record_show_of_hands, WITHIN)
        self.k_unanimous = k("F8", self, self.record_unanimous)
        self.k_roll = k("F9", self, self.open_roll_call)
        self.k_choices = [k(str(n + 1), self.roll, lambda c=c: self.choose(c), ONLY) for n, c in enumerate(CHOICES)]
        self.k_no_choice = k("0", self.roll, lambda: self.choose(None), ONLY)
        self.k_record_roll = k("Ctrl+Return", self.roll, self.record_roll_call, ONLY)
        self.k_cancel = k("Escape", self, self.cancel)
        self.k_projector = k("F12", self, self.toggle_projector)
        self.k_blank = k("Ctrl+B", self, self.toggle_blank)
        self.k_full = k("F11", self, self.toggle_full_screen)
        self.k_help = k("F1", self, self.show_help)
        self.k_help_mark = k("?", self, self.show_help)
        self.k_close = k("Ctrl+W", self, self.close)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Meeting mode"))
        self.speakers_box.setTitle(self.tr("Speakers' list"))
        named(self.speaker_entry, self.tr("Add a speaker: type a name, Enter"))
        self.speaker_entry.setPlaceholderText(self.tr("Type a name, Enter adds the speaker (F3)"))
        named(self.speakers, self.tr("Speakers waiting, the first speaks next"))
        self.limit_label.setText(self.tr("&Limit, min:"))
        named(self.limit, self.tr("Speaking time limit in minutes"))
        self.vote_box.setTitle(self.tr("Vote"))
        for label, text in zip(self.count_labels, (self.tr("&For"), self.tr("&Against"), self.tr("A&bstained"))):
            label.setText(text)
        for box, text in zip(self.counts, (self.tr("Votes for"), self.tr("Votes against"), self.tr("Abstained"))):
            named(box, text)
        self.roll.setHorizontalHeaderLabels([self.tr("Member"), self.tr("Vote")])
        named(self.roll, self.tr("Roll-call vote: 1 for, 2 against, 3 abstained, 0 none"))
        self.people_box.setTitle(self.tr("In the room"))
        named(self.attendees, self.tr("Attendees: Space marks an arrival or a departure"))
        named(self.agenda, self.tr("Agenda with planned and actual times"))
        self.projector_box.setTitle(self.tr("Projector"))
        self.screen_label.setText(self.tr("&Screen:"))
        named(self.screen_combo, self.tr("Screen the projector view opens on"))
        self.room_lang_label.setText(self.tr("La&nguage:"))
        named(self.room_lang, self.tr("Language of the projector view"))
        self.help_button.setText(self.tr("Keys (F1)"))
        descriptions = {
            self.k_next: self.tr("Next agenda item"), self.k_previous: self.tr("Previous agenda item"),
            self.k_attendees: self.tr("Go to the attendees"),
            self.k_presence: self.tr("Attendees: mark an arrival or a departure"),
            self.k_speaker: self.tr("Add a speaker (type-ahead over the attendees)"),
            self.k_up: self.tr("Speakers: move up"), self.k_down: self.tr("Speakers: move down"),
            self.k_withdraw: self.tr("Speakers: remove from the list"),
            self.k_timer: self.tr("Start or pause the speaker's timer"),
            self.k_finish: self.tr("The speaker has finished: record the speech"),
            self.k_resolution: self.tr("Next resolution to vote on"),
            self.k_hands: self.tr("Vote by show of hands: enter the counts"),
            self.k_record_hands: self.tr("Show of hands: record the counts"),
            self.k_record_hands_enter: self.tr("Show of hands: record the counts"),
            self.k_unanimous: self.tr("Unanimous vote"),
            self.k_roll: self.tr("Roll-call vote: each member by name"),
            self.k_choices[0]: self.tr("Roll call: for"), self.k_choices[1]: self.tr("Roll call: against"),
            self.k_choices[2]: self.tr("Roll call: abstained"), self.k_no_choice: self.tr("Roll call: no vote"),
            self.k_record_roll: self.tr("Roll call: record the vote"),
            self.k_cancel: self.tr("Close the vote entry or the key list"),
            self.k_projector: self.tr("Projector view on or off"),
            self.k_blank: self.tr("Blank the projector, or show it again"),
            self.k_full: self.tr("Full screen on or off"),
            self.k_help: self.tr("List of keys"), self.k_help_mark: self.tr("List of keys"),
            self.k_close: self.tr("Leave meeting mode"),
        }
        for key, text in descriptions.items():
            key.setWhatsThis(text)
        if self.room:
            self.show_room()

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_screens(self) -> None:
        self.screen_combo.clear()
        default = ProjectorView.default_screen()
        for n, screen in enumerate(QGuiApplication.screens()):
            geometry = screen.geometry()
            self.screen_combo.addItem(f"{n + 1}: {screen.name()} {geometry.width()}×{geometry.height()}", n)
            if screen is default:
                self.screen_combo.setCurrentIndex(n)

    # --- reading ------------------------------------------------------------------------------
    def room_languages(self) -> tuple[str, ...]:
        return tuple(self.room_lang.currentData().split("+"))

    def _changes_arrived(self, changes) -> None:
        if changes.serial > self._as_of and (changes.everything or self.meeting_id in changes.meetings
                                             or not changes.kinds.isdisjoint({"person", "council_body"})):
            self.reload()

    def reload(self) -> None:
        self._as_of = self.ctx.hub.last_serial
        now = self.clock.now()
        lang = i18n.current()
        self.room = self.service.room(self.meeting_id, now, lang)
        self.views = {code: (self.room if code == lang else self.service.room(self.meeting_id, now, code))
                      for code in self.room_languages()}
        names = [a["name"] for a in self.room["attendees"]]
        self.completer.model().setStringList(names)
        self.show_room()

    def current(self) -> dict | None:
        ident = self.room.get("current_item_id")
        return next((i for i in self.room.get("agenda", []) if i["id"] == ident), None)

    def resolution(self) -> dict | None:
        item = self.current()
        if not item or not item["resolutions"]:
            return None
        return item["resolutions"][self.resolution_index % len(item["resolutions"])]

    # --- showing ------------------------------------------------------------------------------
    def show_room(self) -> None:
        r = self.room
        self.title.setText(self.tr("Meeting No. %1 of %2 — %3").replace("%1", r["number"])
                           .replace("%2", i18n.format_date(r["date"])).replace("%3", ", ".join(r["bodies"])))
        self._show_quorum()
        self._show_agenda()
        self._show_item()
        self._show_attendees()
        self._show_speakers()
        self._show_vote()
        self.tick()

    def _show_quorum(self) -> None:
        q = self.room["quorum"]
        parts = []
        for b in q["bodies"]:
            state = self.tr("quorum") if b["reached"] else self.tr("NO QUORUM")
            parts.append(self.tr("%1: %2 of %3 present, %4 needed — %5").replace("%1", b["body"])
                         .replace("%2", str(b["present"])).replace("%3", str(b["members"]))
                         .replace("%4", str(b["required"])).replace("%5", state))
        self.quorum_label.setText("\n".join(parts))
        colour = "#0a6b0a" if q["reached"] else "#b00000"
        self.quorum_label.setStyleSheet(f"color: {colour}; font-weight: bold;")

    def _show_agenda(self) -> None:
        self.agenda.clear()
        current = self.room.get("current_item_id")
        for item in self.room["agenda"]:
            times, overran = "", False
            if item["started_at"]:
                times = f"{hh_mm(item['started_at'])}–{hh_mm(item['ended_at'])}"
            if item["started_at"] and item["ended_at"]:  # taken: how long it actually took
                spent = round((item["ended_at"] - item["started_at"]).total_seconds() / 60)
                times += " (" + self.tr("%1 min").replace("%1", str(spent)) + ")"
                overran = bool(item["planned_minutes"]) and spent > item["planned_minutes"]
            planned = self.tr("%1 min").replace("%1", str(item["planned_minutes"])) \
                if item["planned_minutes"] else ""
            text = f"{item['position']}. {item['title']}\n{planned}  {times}".rstrip()
            row = QListWidgetItem(text)
            if overran:
                row.setForeground(QColor("#b00000"))
            row.setData(Qt.ItemDataRole.UserRole, item["id"])
            if item["id"] == current:
                font = row.font()
                font.setBold(True)
                row.setFont(font)
                row.setBackground(QColor("#dde8ff"))
            self.agenda.addItem(row)

    def _show_item(self) -> None:
        item = self.current()
        if item is None:
            self.item_number.setText(self.tr("No item is open: PgDown opens the next one"))
            self.item_title.setText("")
            self.item_people.setText("")
            return
        self.item_number.setText(self.tr("Item %1 of %2").replace("%1", str(item["position"]))
                                 .replace("%2", str(len(self.room["agenda"]))))
        self.item_title.setText(item["title"])
        people = item["rapporteurs"] + [p for p in item["presenters"] if p not in item["rapporteurs"]]
        self.item_people.setText(self.tr("Rapporteur: %1").replace("%1", "; ".join(people)) if people else "")

    def _show_attendees(self) -> None:
        row = max(0, self.attendees.currentRow())
        self.attendees.clear()
        for a in self.room["attendees"]:
            mark = "●" if a["present"] else "○"
            suffix = "" if not a["guest"] else " " + self.tr("(guest)")
            item = QListWidgetItem(f"{mark} {a['name']}{suffix}")
            item.setData(Qt.ItemDataRole.UserRole, a["person_id"])
            item.setForeground(QColor("#000000" if a["present"] else "#777777"))
            self.attendees.addItem(item)
        self.attendees.setCurrentRow(min(row, self.attendees.count() - 1))

    def _show_speakers(self) -> None:
        row = max(0, self.speakers.currentRow())
        self.speakers.clear()
        item = self.current()
        for n, s in enumerate(item["speakers"] if item else []):
            entry = QListWidgetItem(f"{n + 1}. {s['name']}")
            entry.setData(Qt.ItemDataRole.UserRole, s["id"])
            self.speakers.addItem(entry)
        if self.speakers.count():
            self.speakers.setCurrentRow(min(row, self.speakers.count() - 1))
        first = item["speakers"][0]["id"] if item and item["speakers"] else None
        if self.timed_request is not None and self.timed_request != first:
            self.timer.reset()
            self.timed_request = None

    def _show_vote(self) -> None:
        r = self.resolution()
        if r is None:
            self.vote_target.setText(self.tr("No resolution to vote on in this item"))
            self.vote_result.setText("")
            return
        self.vote_target.setText(f"{r['number']}. {r['text']}")
        self.vote_result.setText(self.vote_text(r))

    def vote_text(self, r: dict) -> str:
        if not r["voted"]:
            return self.tr("Not voted yet: F7 show of hands, F8 unanimous, F9 roll call")
        if r["unanimous"]:
            text = self.tr("Unanimous (%1)").replace("%1", str(r["votes_for"]))
        else:
            text = self.tr("For %1, against %2, abstained %3").replace("%1", str(r["votes_for"] or 0)) \
                .replace("%2", str(r["votes_against"] or 0)).replace("%3", str(r["votes_abstained"] or 0))
        if r["roll_call"]:
            text += " · " + self.tr("roll call")
        if r["adopted"] is not None:
            text += " — " + (self.tr("adopted") if r["adopted"] else self.tr("not adopted"))
        lines = [] if r["unanimous"] else r["by_body"]  # a joint meeting's vote, judged in each body
        return "\n".join([text, *(body_vote_line(i18n.current(), b) for b in lines)])

    def tick(self) -> None:
        """What moves with the clock: the clock, the item's running time and overrun, the timer."""
        if not self.room:
            return
        now = self.clock.now()
        self.clock_label.setText(now.strftime("%H:%M:%S"))
        item = self.current()
        if item and item["started_at"]:
            running = (now - item["started_at"]).total_seconds()
            text = self.tr("Started %1, running %2").replace("%1", hh_mm(item["started_at"])) \
                .replace("%2", mm_ss(running))
            overrun = running - (item["planned_minutes"] or 0) * 60
            if item["planned_minutes"]:
                text += " · " + self.tr("planned %1 min").replace("%1", str(item["planned_minutes"]))
                if overrun > 0:
                    text += " · " + self.tr("overrun %1").replace("%1", mm_ss(overrun))
            self.item_times.setText(text)
            self.item_times.setStyleSheet("color: #b00000; font-weight: bold;"
                                          if item["planned_minutes"] and overrun > 0 else "")
        else:
            self.item_times.setText("")
        speaker = self.speaker()
        if speaker:
            state = self.tr("speaking") if self.timer.running else (
                self.tr("paused") if self.timer.used else self.tr("next: F5 starts"))
            self.timer_label.setText(f"{mm_ss(self.timer.remaining())} — {speaker['short_name']} ({state})")
            self.timer_label.setStyleSheet(
                "color: white; background: #c00000;" if self.timer.remaining() < 0 else
                "color: black; background: #ffcc00;" if self.timer.warning() else "")
        else:
            self.timer_label.setText(self.tr("No one is waiting to speak"))
            self.timer_label.setStyleSheet("")
        self._update_projector()

    def speaker(self) -> dict | None:
        item = self.current()
        return item["speakers"][0] if item and item["speakers"] else None

    def say(self, text: str) -> None:
        self.message.setText(text)

    def _do(self, call, *args, **kwargs):
        """A service call; a refusal is said in one line and nothing changes."""
        try:
            result = call(*args, **kwargs)
        except CouncilError as exc:
            self.say(exc.message(i18n.current()))
            return None
        self.say("")
        self.reload()
        self.changed.emit()
        return result

    # --- the agenda ---------------------------------------------------------------------------
    def next_item(self) -> None:
        agenda = self.room["agenda"]
        if not agenda:
            return
        item = self.current()
        if item is None:
            started = [i for i in agenda if i["started_at"]]
            following = agenda[agenda.index(started[-1]) + 1] if started and started[-1] is not agenda[-1] \
                else (agenda[0] if not started else None)
            if following is not None:
                self._open(following)
            return
        n = agenda.index(item)
        if n + 1 < len(agenda):
            self._open(agenda[n + 1])
        else:  # the last item: it closes
            self._do(self.service.close_item, item["id"], self.clock.now())

    def previous_item(self) -> None:
        agenda = self.room["agenda"]
        item = self.current()
        if item is not None and agenda.index(item) > 0:
            self._open(agenda[agenda.index(item) - 1])

    def _open(self, item: dict) -> None:
        self.resolution_index = 0
        self.timer.reset()
        self.timed_request = None
        self._do(self.service.open_item, item["id"], self.clock.now())

    # --- arrivals and departures --------------------------------------------------------------
    def toggle_presence(self) -> None:
        row = self.attendees.currentItem()
        if row is None:
            return
        person = row.data(Qt.ItemDataRole.UserRole)
        present = next(a["present"] for a in self.room["attendees"] if a["person_id"] == person)
        call = self.service.leave if present else self.service.arrive
        self._do(call, self.meeting_id, person, self.clock.now())

    # --- speakers -----------------------------------------------------------------------------
    def add_speaker(self) -> None:
        item = self.current()
        text = self.speaker_entry.text().strip().casefold()
        if item is None or not text:
            if item is None:
                self.say(self.tr("Open an item first (PgDown)"))
            return
        matches = [a for a in self.room["attendees"] if a["name"].casefold() == text] or \
            [a for a in self.room["attendees"] if text in a["name"].casefold()]
        if len(matches) != 1:
            self.say(self.tr("No single attendee matches “%1”").replace("%1", self.speaker_entry.text()))
            return
        if self._do(self.service.request_floor, item["id"], matches[0]["person_id"]) is not None:
            self.speaker_entry.clear()

    def _speaker_row(self) -> int | None:
        row = self.speakers.currentItem()
        return row.data(Qt.ItemDataRole.UserRole) if row else None

    def move_speaker(self, step: int) -> None:
        ident = self._speaker_row()
        if ident is None:
            return
        position = self.speakers.currentRow() + 1 + step
        if 1 <= position <= self.speakers.count():
            self._do(self.service.move_request, ident, position)
            self.speakers.setCurrentRow(position - 1)

    def withdraw_speaker(self) -> None:
        ident = self._speaker_row()
        if ident is not None:
            self._do(self.service.withdraw_request, ident)

    def start_or_pause(self) -> None:
        speaker = self.speaker()
        if speaker is None:
            return
        if self.timed_request != speaker["id"]:
            self.timer.reset()
            self.timed_request = speaker["id"]
        self.timer.start_or_pause()
        self.tick()

    def finish_speaker(self) -> None:
        speaker = self.speaker()
        if speaker is None or self.timed_request != speaker["id"] or not self.timer.used:
            self.say(self.tr("Start the speaker's timer first (F5)"))
            return
        seconds = round(self.timer.elapsed())
        started = self.timer.started_at
        self.timer.reset()
        self.timed_request = None
        self._do(self.service.finish_speech, speaker["id"], started, seconds)

    def _limit_changed(self, minutes: int) -> None:
        self.timer.limit = _limit_setting(minutes) * 60
        self.tick()

    # --- votes --------------------------------------------------------------------------------
    def next_resolution(self) -> None:
        self.resolution_index += 1
        self._show_vote()
        self.tick()

    def open_show_of_hands(self) -> None:
        r = self.resolution()
        if r is None:
            self.say(self.tr("No resolution to vote on in this item"))
            return
        self.roll.hide()
        for box, key in zip(self.counts, VOTE_COUNTS):
            box.setValue(r[key] or 0 if r["voted"] and not r["roll_call"] else 0)
        self.hands.show()
        self.counts[0].setFocus()
        self.counts[0].selectAll()

    def record_show_of_hands(self) -> None:
        r = self.resolution()
        if r is None or not self.hands.isVisible():
            return
        for box in self.counts:
            box.interpretText()
        values = {key: box.value() for key, box in zip(VOTE_COUNTS, self.counts)}
        if self._do(self.service.vote_by_show_of_hands, r["id"], self.clock.now(), **values) is None \
                and self.message.text():
            return
        self.hands.hide()
        self.setFocus()

    def record_unanimous(self) -> None:
        r = self.resolution()
        if r is None:
            self.say(self.tr("No resolution to vote on in this item"))
            return
        self._do(self.service.vote_by_show_of_hands, r["id"], self.clock.now(), unanimous=True)

    def open_roll_call(self) -> None:
        r = self.resolution()
        if r is None:
            self.say(self.tr("No resolution to vote on in this item"))
            return
        self.hands.hide()
        voters = [a for a in self.room["attendees"] if a["present"] and not a["guest"]]
        self.roll.setRowCount(len(voters))
        for n, a in enumerate(voters):
            name = QTableWidgetItem(a["name"])
            name.setData(Qt.ItemDataRole.UserRole, a["person_id"])
            self.roll.setItem(n, 0, name)
            choice = QTableWidgetItem("")
            choice.setData(Qt.ItemDataRole.UserRole, None)
            self.roll.setItem(n, 1, choice)
        self.roll.show()
        self.roll.setFocus()
        if voters:
            self.roll.setCurrentCell(0, 0)

    def _choice_text(self, choice: str | None) -> str:
        return choice_label(choice)

    def choose(self, choice: str | None) -> None:
        row = self.roll.currentRow()
        if row < 0:
            return
        cell = self.roll.item(row, 1)
        cell.setData(Qt.ItemDataRole.UserRole, choice)
        cell.setText(self._choice_text(choice))
        if row + 1 < self.roll.rowCount():
            self.roll.setCurrentCell(row + 1, 0)

    def roll_choices(self) -> dict[int, str | None]:
        return {self.roll.item(n, 0).data(Qt.ItemDataRole.UserRole): self.roll.item(n, 1).data(Qt.ItemDataRole.UserRole)
                for n in range(self.roll.rowCount())}

    def record_roll_call(self) -> None:
        r = self.resolution()
        if r is None or not self.roll.isVisible():
            return
        self._do(self.service.vote_by_roll_call, r["id"], self.clock.now(), self.roll_choices())
        if not self.message.text():
            self.roll.hide()
            self.setFocus()

    def cancel(self) -> None:
        if self.overlay is not None and self.overlay.isVisible():
            self.overlay.hide()
        elif self.hands.isVisible() or self.roll.isVisible():
            self.hands.hide()
            self.roll.hide()
        self.setFocus()

    # --- the projector ------------------------------------------------------------------------
    def toggle_projector(self) -> None:
        if self.projector is not None and self.projector.isVisible():
            self.projector.hide()
        else:
            self.open_projector()
        self._update_projector()

    def open_projector(self, screen=None) -> ProjectorView:
        if self.projector is None:
            self.projector = ProjectorView()
        screens = QGuiApplication.screens()
        screen = screen or screens[min(self.screen_combo.currentData() or 0, len(screens) - 1)]
        self.projector.place_on(screen)
        self.activateWindow()  # the keys stay here
        self._update_projector()
        return self.projector

    def toggle_blank(self) -> None:
        self.blank = not self.blank
        self._update_projector()

    def projector_state(self) -> dict:
        """What the room is shown, per language: chosen here, nothing else."""
        state: dict = {"languages": self.room_languages()}
        speaker = self.speaker()
        state["speaker_shown"] = bool(speaker and self.timer.used)
        state["remaining"] = mm_ss(self.timer.remaining()) if state["speaker_shown"] else None
        state["warning"] = self.timer.warning()
        for lang, room in self.views.items():
            item = next((i for i in room["agenda"] if i["id"] == room["current_item_id"]), None)
            voted = [r for i in room["agenda"] for r in i["resolutions"] if r["voted_at"]]
            last = max(voted, key=lambda r: r["voted_at"]) if voted else None
            people = (item["rapporteurs"] + [p for p in item["presenters"] if p not in item["rapporteurs"]]) \
                if item else []
            state[lang] = {
                "council": " · ".join(room["body_names"]), "number": room["number"],
                "date": i18n.format_date(room["date"], lang),
                "item": item["title"] if item else "", "position": item["position"] if item else "",
                "items": len(room["agenda"]), "rapporteurs": "; ".join(people),
                "speaker": (item["speakers"][0]["name"] if item and item["speakers"] and state["speaker_shown"]
                            else ""),
                "vote": {k: last[k] for k in ("number", "unanimous", "votes_for", "votes_against", "votes_abstained",
                                              "adopted", "by_body")}
                if last else None,
            }
        return state

    def _update_projector(self) -> None:
        shown = self.projector is not None and self.projector.isVisible()
        if shown:
            self.projector.set_blank(self.blank)
            self.projector.show_room(self.projector_state())
        self.projector_state_label.setText(
            (self.tr("Projector: blank (Ctrl+B shows it)") if self.blank else self.tr("Projector: on (F12)"))
            if shown else self.tr("Projector: off (F12)"))

    # --- the window ---------------------------------------------------------------------------
    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def show_help(self) -> None:
        from .help import KeysOverlay
        if self.overlay is None:
            self.overlay = KeysOverlay(self)
        self.overlay.show_over(self)

    def closeEvent(self, event) -> None:
        self.ticker.stop()
        if self.projector is not None:
            self.projector.close()
            self.projector.deleteLater()
            self.projector = None
        super().closeEvent(event)
