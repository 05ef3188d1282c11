"""Minutes: per agenda item what was heard, who spoke, resolutions with their vote, assignments."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.rules import VOTE_COUNTS
from ..forms import date_edit
from ..forms import row as button_row
from ..models.meeting_models import ResolutionAssignmentsRows, ResolutionsModel, SpeechesModel
from ..records import OrganisationCombo
from ..staging import CreateCommand, RemoveCommand
from .widgets import (
    Confirm,
    ErrorLabel,
    PersonPicker,
    TextPrompt,
    fit_columns,
    fit_rows,
    named,
    select_row,
    table,
)


def text_box(height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMaximumHeight(height)
    return box


def vote_spin() -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(-1, 9999)
    spin.setSpecialValueText("—")  # not recorded
    return spin


class BodyCounts(QWidget):
    """A joint meeting's show of hands counted in each body: a line of for / against / abstained per body.

    A field of the resolution like its total (staged, undoable, saved by itself, refused as stale):
    its value is {body id: {"votes_for", "votes_against", "votes_abstained"}}, None while nothing is typed."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.spins: dict[int, tuple[QSpinBox, QSpinBox, QSpinBox]] = {}
        self.labels: dict[int, QLabel] = {}

    def set_bodies(self, bodies: list[dict]) -> bool:
        """A line per body (built anew only when the bodies differ); whether it was built anew."""
        if list(self.spins) == [b["id"] for b in bodies]:
            return False
        for widgets in (*self.spins.values(), *([w] for w in self.labels.values())):
            for w in widgets:
                w.deleteLater()
        self.spins, self.labels = {}, {}
        for row, b in enumerate(bodies):
            self.labels[b["id"]] = QLabel(b["short_name"] or b["name"])
            self.spins[b["id"]] = (vote_spin(), vote_spin(), vote_spin())
            self.grid.addWidget(self.labels[b["id"]], row, 0)
            for col, spin in enumerate(self.spins[b["id"]], start=1):
                spin.valueChanged.connect(lambda _v: self.changed.emit())
                self.grid.addWidget(spin, row, col)
        return True

    def field_value(self) -> dict | None:
        typed = {b: {k: (spin.value() if spin.value() >= 0 else None) for k, spin in zip(VOTE_COUNTS, spins)}
                 for b, spins in self.spins.items()}
        return None if all(v is None for counts in typed.values() for v in counts.values()) else typed

    def set_field_value(self, value: dict | None, _editor) -> None:
        for body_id, spins in self.spins.items():
            mine = (value or {}).get(body_id) or {}
            for key, spin in zip(VOTE_COUNTS, spins):
                spin.blockSignals(True)
                spin.setValue(-1 if mine.get(key) is None else mine[key])
                spin.blockSignals(False)

    def setReadOnly(self, read_only: bool) -> None:
        for spins in self.spins.values():
            for spin in spins:
                spin.setReadOnly(read_only)


class MinutesTab(QWidget):
    def __init__(self, editor):
        super().__init__()
        self._filling = False  # the lists being filled: their selections do not refresh the forms yet
        self.editor = editor
        self._items_list()
        self._heard()
        self._speeches_box()
        self._resolutions_box()
        self._assignments_box()

        # two columns, so that a typical item (heard, two speeches, two resolutions) is seen whole on a laptop:
        # what was heard and said on the left, what was resolved and assigned on the right
        content = QWidget()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self.heard_label)
        left.addWidget(self.heard)
        left.addWidget(self.speeches_box)
        left.addStretch(1)
        right.addWidget(self.resolutions_box)
        right.addWidget(self.assignments_box)
        right.addStretch(1)
        cl = QHBoxLayout(content)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addLayout(left, 1)
        cl.addLayout(right, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        splitter = self.splitter = QSplitter()
        splitter.addWidget(self.items)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 3)
        self._split_once = True
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _items_list(self) -> None:
        """The agenda's items, numbered, beside the minutes of the one chosen."""
        self.items = QListView()
        self.items.setModel(self.editor.agenda.model)
        self.items.setModelColumn(self.editor.agenda.model.NUMBERED_COLUMN)
        self.items.setWordWrap(True)
        self.items.setAlternatingRowColors(True)
        self.items.setSpacing(2)
        self.items.setMinimumWidth(150)  # titles wrap; the minutes beside them need the room
        self.items.selectionModel().currentRowChanged.connect(lambda *_: self._item_changed())

    def _heard(self) -> None:
        item = self.current_item_id
        self.heard = text_box(90)
        self.heard_label = QLabel()
        self.heard_label.setBuddy(self.heard)
        self._bound = [(self.editor.bind(self.heard, "item", item, lambda lang: f"heard_{lang}", "", self), "heard")]

    def _speeches_box(self) -> None:
        """The item's speeches, and the chosen one's speaker and gist."""
        self.speeches_model = SpeechesModel(self)
        self.speeches = table("", self.speeches_model)
        fit_columns(self.speeches, 1)
        self.speeches.selectionModel().currentRowChanged.connect(lambda *_: self._filling or self._refresh_forms())
        self.speaker = PersonPicker(self.editor.ctx, "")
        self.gist = text_box(60)
        speech = self.current_speech_id
        self._bound += [(self.editor.bind(self.speaker, "speech", speech, "person_id", "", self), "speaker"),
                        (self.editor.bind(self.gist, "speech", speech, lambda lang: f"gist_{lang}", "", self), "gist")]
        self.add_speech_button, self.remove_speech_button = QPushButton(), QPushButton()
        self.add_speech_button.clicked.connect(self.add_speech)
        self.remove_speech_button.clicked.connect(self.remove_speech)
        self.speeches_box = QGroupBox()
        self.speaker_label, self.gist_label = QLabel(), QLabel()
        self.speaker_label.setBuddy(self.speaker)
        self.gist_label.setBuddy(self.gist)
        sform = QFormLayout()
        sform.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above in a narrow column
        sform.addRow(self.speaker_label, self.speaker)
        sform.addRow(self.gist_label, self.gist)
        sl = QVBoxLayout(self.speeches_box)
        sl.addWidget(self.speeches)
        sl.addLayout(button_row(self.add_speech_button, self.remove_speech_button))
        sl.addLayout(sform)

    def _resolutions_box(self) -> None:
        """The item's resolutions, and the chosen one's text, vote and the secretary's exception."""
        self.resolutions_model = ResolutionsModel(self)
        self.resolutions = table("", self.resolutions_model)
        fit_columns(self.resolutions, 1)
        self.resolutions.selectionModel().currentRowChanged.connect(
            lambda *_: self._filling or self._resolution_changed())
        res = self.current_resolution_id
        self.resolution_text = text_box(70)
        self.votes_for, self.votes_against, self.votes_abstained = vote_spin(), vote_spin(), vote_spin()
        self.unanimous_button = QPushButton()
        self.unanimous_button.clicked.connect(self.unanimous)
        self.present_label = QLabel()
        self.vote_error = ErrorLabel()
        self.vote_error.setObjectName("voteError")
        self.exception = QComboBox()
        for value in (None, True, False):
            self.exception.addItem("", value)
        self.exception_reason = QLineEdit()
        counts = dict(zip(VOTE_COUNTS, (self.votes_for, self.votes_against, self.votes_abstained)))
        self._bound += [
            (self.editor.bind(self.resolution_text, "resolution", res, lambda lang: f"text_{lang}", "", self), "text"),
            *((self.editor.bind(spin, "resolution", res, column, "", self), column) for column, spin in counts.items()),
            (self.editor.bind(self.exception, "resolution", res, "adopted_override", "", self), "exception"),
            (self.editor.bind(self.exception_reason, "resolution", res, "override_reason", "", self), "reason"),
        ]
        for spin in counts.values():
            spin.valueChanged.connect(self._count_edited)
        self.add_resolution_button, self.remove_resolution_button = QPushButton(), QPushButton()
        self.add_resolution_button.clicked.connect(self.add_resolution)
        self.remove_resolution_button.clicked.connect(self.remove_resolution)
        self.resolutions_box = QGroupBox()
        self.rlabels = {k: QLabel() for k in ("text", *VOTE_COUNTS, "exception", "reason")}
        votes = QHBoxLayout()
        for key, spin in counts.items():
            self.rlabels[key].setBuddy(spin)
            votes.addWidget(self.rlabels[key])
            votes.addWidget(spin)
        votes.addStretch(1)
        present = QHBoxLayout()  # the button beside the count it copies; the row of counts fits half a laptop
        present.addWidget(self.present_label)
        present.addWidget(self.unanimous_button)
        present.addStretch(1)
        self.rlabels["text"].setBuddy(self.resolution_text)
        self.rlabels["exception"].setBuddy(self.exception)
        self.rlabels["reason"].setBuddy(self.exception_reason)
        rform = QFormLayout()
        rform.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above in a narrow column
        rform.addRow(self.rlabels["text"], self.resolution_text)
        rform.addRow(votes)
        rform.addRow(present)
        rform.addRow(self._body_counts_row())
        rform.addRow(self.vote_error)
        rform.addRow(self.rlabels["exception"], self.exception)
        rform.addRow(self.rlabels["reason"], self.exception_reason)
        rl = QVBoxLayout(self.resolutions_box)
        rl.addWidget(self.resolutions)
        rl.addLayout(button_row(self.add_resolution_button, self.remove_resolution_button))
        rl.addLayout(rform)

    def _body_counts_row(self) -> QWidget:
        """A joint meeting: the show-of-hands vote as counted in each body (each needs its own majority), a
        field of the resolution (BodyCounts); its button saves at once what is typed."""
        self.body_counts = QWidget()
        self.body_counts.setObjectName("bodyCounts")
        layout = QVBoxLayout(self.body_counts)
        layout.setContentsMargins(0, 0, 0, 0)
        self.body_counts_label = QLabel()
        self.body_counts_label.setWordWrap(True)
        self.body_field = BodyCounts()
        self._bound.append((self.editor.bind(self.body_field, "resolution", self.current_resolution_id,
                                             "body_counts", "", self), "body_counts"))
        self.body_counts_button = QPushButton()
        self.body_counts_button.clicked.connect(self.record_body_counts)
        layout.addWidget(self.body_counts_label)
        layout.addWidget(self.body_field)
        # under the counts, not beside them: the row fits half a laptop's width in every language
        layout.addWidget(self.body_counts_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.body_counts.hide()
        return self.body_counts

    @property
    def body_spins(self) -> dict[int, tuple[QSpinBox, QSpinBox, QSpinBox]]:
        return self.body_field.spins

    @property
    def body_labels(self) -> dict[int, QLabel]:
        return self.body_field.labels

    def _show_body_counts(self) -> None:
        """The per-body lines, shown for a resolution of a joint meeting (their values are the binding's)."""
        bodies = self.editor.record.get("bodies", []) if self.editor.record else []
        res = self.current_resolution()
        self.body_counts.setVisible(len(bodies) > 1 and res is not None)
        if len(bodies) < 2 or res is None:
            return
        if self.body_field.set_bodies(bodies):
            self._name_body_spins()
        self.body_counts_button.setEnabled(not self.editor.locked)

    def _name_body_spins(self) -> None:
        for body_id, spins in self.body_spins.items():
            body = self.body_labels[body_id].text()
            for spin, what in zip(spins, (self.tr("Votes for"), self.tr("Votes against"), self.tr("Abstained"))):
                named(spin, self.tr("%1: %2").replace("%1", body).replace("%2", what))

    def record_body_counts(self) -> None:
        """Save now what is typed (all left at — : the vote is counted in total only again)."""
        if not self.editor.locked:
            self.editor.save()

    def _assignments_box(self) -> None:
        """The assignments of the chosen resolution."""
        self.assignments_model = ResolutionAssignmentsRows(self)
        self.assignments = table("", self.assignments_model)
        fit_columns(self.assignments, 0)
        self.assignments.selectionModel().currentRowChanged.connect(lambda *_: self._refresh_forms())
        asg = self.current_assignment_id
        self.task = text_box(50)
        self.responsible = PersonPicker(self.editor.ctx, "")
        self.responsible_org = OrganisationCombo(self.editor.ctx, "", "—")
        self.deadline = date_edit("deadline", optional=True)
        self._bound += [
            (self.editor.bind(self.task, "assignment", asg, lambda lang: f"task_{lang}", "", self), "task"),
            (self.editor.bind(self.responsible, "assignment", asg, "responsible_person_id", "", self), "responsible"),
            (self.editor.bind(self.responsible_org, "assignment", asg, "responsible_org_id", "", self), "org"),
            (self.editor.bind(self.deadline, "assignment", asg, "deadline", "", self), "deadline"),
        ]
        self.add_assignment_button, self.remove_assignment_button = QPushButton(), QPushButton()
        self.add_assignment_button.clicked.connect(self.add_assignment)
        self.remove_assignment_button.clicked.connect(self.remove_assignment)
        self.assignments_box = QGroupBox()
        self.alabels = {k: QLabel() for k in ("task", "responsible", "org", "deadline")}
        aform = QFormLayout()
        aform.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above in a narrow column
        for key, widget in (("task", self.task), ("responsible", self.responsible), ("org", self.responsible_org),
                            ("deadline", self.deadline)):
            self.alabels[key].setBuddy(widget)
            aform.addRow(self.alabels[key], widget)
        al = QVBoxLayout(self.assignments_box)
        al.addWidget(self.assignments)
        al.addLayout(button_row(self.add_assignment_button, self.remove_assignment_button))
        al.addLayout(aform)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._split_once:  # a fifth for the item titles, the rest for the minutes, whatever the width
            self._split_once = False
            total = self.splitter.width()
            self.splitter.setSizes([total // 5, total - total // 5])

    # --- language ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        lang = self.editor.language_in_label()
        named(self.items, self.tr("Agenda items"))
        self.heard_label.setText(self.tr("Hea&rd (%1)").replace("%1", lang))
        self.speeches_box.setTitle(self.tr("Speeches"))
        named(self.speeches, self.tr("Speeches"))
        self.speaker_label.setText(self.tr("Spea&ker"))
        self.gist_label.setText(self.tr("Gi&st (%1)").replace("%1", lang))
        self.resolutions_box.setTitle(self.tr("Resolutions"))
        named(self.resolutions, self.tr("Resolutions"))
        self.rlabels["text"].setText(self.tr("Resolu&tion (%1)").replace("%1", lang))
        self.rlabels["votes_for"].setText(self.tr("F&or"))
        self.rlabels["votes_against"].setText(self.tr("A&gainst"))
        self.rlabels["votes_abstained"].setText(self.tr("A&bstained"))
        self.rlabels["exception"].setText(self.tr("Outco&me"))
        self.rlabels["reason"].setText(self.tr("Reason"))
        self.unanimous_button.setText(self.tr("&Unanimous"))
        self.body_counts_label.setText(self.tr("Counted per body (for, against, abstained), where each body "
                                               "needs its own majority:"))
        self.body_counts_button.setText(self.tr("Record per bod&y"))
        named(self.body_counts_button, self.tr("Record the votes counted per body"))
        self._name_body_spins()
        named(self.unanimous_button, self.tr("Unanimous: every member present votes for"))
        for i, text in enumerate((self.tr("as the vote gives"), self.tr("adopted (exception)"),
                                  self.tr("not adopted (exception)"))):
            self.exception.setItemText(i, text)
        self.assignments_box.setTitle(self.tr("Assignments of the resolution"))
        named(self.assignments, self.tr("Assignments"))
        for key, text in (("task", self.tr("T&ask (%1)").replace("%1", lang)), ("responsible", self.tr("Respo&nsible")),
                          ("org", self.tr("Responsible organisation")), ("deadline", self.tr("&Deadline"))):
            self.alabels[key].setText(text)
        names = {"heard": self.tr("Heard"), "speaker": self.tr("Speaker"), "gist": self.tr("Gist"),
                 "text": self.tr("Resolution text"), "votes_for": self.tr("Votes for"),
                 "votes_against": self.tr("Votes against"), "votes_abstained": self.tr("Abstained"),
                 "exception": self.tr("Outcome"), "reason": self.tr("Reason for the exception"),
                 "body_counts": self.tr("Votes per body"),
                 "task": self.tr("Task"), "responsible": self.tr("Responsible person"),
                 "org": self.tr("Responsible organisation"), "deadline": self.tr("Deadline")}
        for binding, key in self._bound:
            binding.label = names[key]
            named(binding.widget, names[key])
        for b, text, name in (
                (self.add_speech_button, self.tr("Add speech…"), self.tr("Add a speaker")),
                (self.remove_speech_button, self.tr("Remove speech"), self.tr("Remove the selected speech")),
                (self.add_resolution_button, self.tr("Add resolution…"), self.tr("Add a resolution")),
                (self.remove_resolution_button, self.tr("Remove resolution"), self.tr("Remove the selected resolution")),
                (self.add_assignment_button, self.tr("Add assignment…"), self.tr("Add an assignment")),
                (self.remove_assignment_button, self.tr("Remove assignment"),
                 self.tr("Remove the selected assignment"))):
            b.setText(text)
            named(b, name)
        self._show_present()
        for m in (self.speeches_model, self.resolutions_model, self.assignments_model):
            m.retranslate()

    # --- state ----------------------------------------------------------------------------
    def current_item(self) -> dict | None:
        return self.editor.agenda.model.row_at(self.items.currentIndex().row())

    def current_item_id(self) -> int | None:
        item = self.current_item()
        return item["id"] if item else None

    def current_speech_id(self) -> int | None:
        row = self.speeches_model.row_at(self.speeches.currentIndex().row())
        return row["id"] if row else None

    def current_resolution(self) -> dict | None:
        return self.resolutions_model.row_at(self.resolutions.currentIndex().row())

    def current_resolution_id(self) -> int | None:
        row = self.current_resolution()
        return row["id"] if row else None

    def current_assignment_id(self) -> int | None:
        row = self.assignments_model.row_at(self.assignments.currentIndex().row())
        return row["id"] if row else None

    def refresh(self) -> None:
        keep = self.editor.wanted_selection("item") or getattr(self, "_item", None)
        row = self.editor.agenda.model.row_of(keep) if keep else -1
        select_row(self.items, max(row, 0))
        locked = self.editor.locked
        for b in (self.add_speech_button, self.remove_speech_button, self.add_resolution_button,
                  self.remove_resolution_button, self.add_assignment_button, self.remove_assignment_button,
                  self.unanimous_button):
            b.setEnabled(not locked)
        self._item_changed()

    def _item_changed(self) -> None:
        item = self.current_item()
        self._item = item["id"] if item else None
        lang = self.editor.text_lang
        keep_speech = self.editor.wanted_selection("speech") or self.current_speech_id()
        keep_res = self.editor.wanted_selection("resolution") or self.current_resolution_id()
        # the forms once, when both lists are filled: between the two, a form would show no resolution (the
        # counts per body hidden, taking the focus out of the editor, which saves what is typed there)
        self._filling = True
        try:
            self.speeches_model.set_rows(item["speeches"] if item else [], lang)
            self.resolutions_model.set_rows(item["resolutions"] if item else [], lang)
            select_row(self.speeches, max(0, self.speeches_model.row_of(keep_speech)) if keep_speech else 0)
            select_row(self.resolutions, max(0, self.resolutions_model.row_of(keep_res)) if keep_res else 0)
        finally:
            self._filling = False
        fit_rows(self.speeches)
        fit_rows(self.resolutions)
        self._resolution_changed()

    def _resolution_changed(self) -> None:
        res = self.current_resolution()
        keep = self.editor.wanted_selection("assignment") or self.current_assignment_id()
        self.assignments_model.set_rows(res["assignments"] if res else [], self.editor.text_lang)
        select_row(self.assignments, max(0, self.assignments_model.row_of(keep)) if keep else 0)
        fit_rows(self.assignments, least=1, most=3)
        self._refresh_forms()

    def _refresh_forms(self) -> None:
        self._show_body_counts()  # its lines before the bindings give them their values
        self.editor.refresh_bindings(owner=self)
        self._show_present()
        self.show_errors(self.editor.errors)

    def _show_present(self) -> None:
        present = self.editor.record.get("present_members", 0) if self.editor.record else 0
        self.present_label.setText(self.tr("members present: %1").replace("%1", str(present)))

    def show_errors(self, errors: dict) -> None:
        rid = self.current_resolution_id()
        self.vote_error.show_message(errors.get(("resolution", rid), "") if rid else "")

    # --- votes ----------------------------------------------------------------------------
    def unanimous(self) -> None:
        rid = self.current_resolution_id()
        if rid is None or self.editor.locked:
            return
        present = self.editor.record["present_members"]
        with self.editor.one_step(self.tr("Unanimous")):  # the vote undone and redone whole
            for field, value in (("unanimous", True), ("votes_for", present), ("votes_against", 0),
                                 ("votes_abstained", 0)):
                self.editor.edit("resolution", rid, field, value, self.tr("Unanimous"))

    def _count_edited(self, _value) -> None:
        rid = self.current_resolution_id()
        if rid is not None and self.editor.value("resolution", rid, "unanimous"):
            self.editor.edit("resolution", rid, "unanimous", False, self.tr("Votes"))

    # --- speeches, resolutions, assignments -----------------------------------------------
    def add_speech(self) -> None:
        item_id = self.current_item_id()
        if item_id is None or self.editor.locked:
            return
        person = PersonPicker.ask(self.editor.ctx, self, self.tr("Who spoke?"))
        if not person:
            return
        minutes = self.editor.ctx.minutes
        self.editor.select_later("item", item_id)
        self.editor.undo_stack.push(CreateCommand(
            self.editor, self.tr("Add a speech"), "speech",
            lambda: minutes.add_speech(self.editor.resolve("item", item_id), person, {}), minutes.remove_speech))

    def remove_speech(self) -> None:
        row = self.speeches_model.row_at(self.speeches.currentIndex().row())
        if row is None or self.editor.locked:
            return
        self.editor.undo_stack.push(RemoveCommand(
            self.editor, self.tr("Remove a speech"), "speech", row["id"], self.editor.ctx.minutes.remove_speech))

    def add_resolution(self) -> None:
        item_id = self.current_item_id()
        if item_id is None or self.editor.locked:
            return
        lang = self.editor.text_lang
        text = TextPrompt.ask(self, self.tr("New resolution"), self.tr("Resolution (%1)").replace(
            "%1", self.editor.language_in_label()))
        if not text:
            return
        minutes = self.editor.ctx.minutes
        self.editor.undo_stack.push(CreateCommand(
            self.editor, self.tr("Add a resolution"), "resolution",
            lambda: minutes.add_resolution(self.editor.resolve("item", item_id), {lang: text}),
            minutes.remove_resolution))

    def remove_resolution(self) -> None:
        row = self.current_resolution()
        if row is None or self.editor.locked:
            return
        if not Confirm.ask(self, self.tr("Remove resolution"),
                           self.tr("Remove resolution %1 with its assignments?").replace("%1", row["number"])):
            return
        self.editor.undo_stack.push(RemoveCommand(self.editor, self.tr("Remove a resolution"), "resolution",
                                                  row["id"], self.editor.ctx.minutes.remove_resolution))

    def add_assignment(self) -> None:
        rid = self.current_resolution_id()
        if rid is None or self.editor.locked:
            return
        lang = self.editor.text_lang
        task = TextPrompt.ask(self, self.tr("New assignment"), self.tr("Task (%1)").replace(
            "%1", self.editor.language_in_label()))
        if not task:
            return
        minutes = self.editor.ctx.minutes
        self.editor.select_later("resolution", rid)
        self.editor.undo_stack.push(CreateCommand(
            self.editor, self.tr("Add an assignment"), "assignment",
            lambda: minutes.add_assignment(self.editor.resolve("resolution", rid), {lang: task}),
            minutes.remove_assignment))

    def remove_assignment(self) -> None:
        row = self.assignments_model.row_at(self.assignments.currentIndex().row())
        if row is None or self.editor.locked:
            return
        self.editor.undo_stack.push(RemoveCommand(
            self.editor, self.tr("Remove an assignment"), "assignment", row["id"],
            self.editor.ctx.minutes.remove_assignment))
