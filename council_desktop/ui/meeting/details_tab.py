"""Details: numbers per body, date and time, place, format, kind, bodies (joint meetings), chair, secretary."""
from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ..body_signatories import BodySignatories
from ..forms import date_edit
from ..models.labels import fill_combo, label
from ..staging import ServiceCommand
from .widgets import ErrorLabel, PersonPicker, named, ui_language


def time_edit() -> QTimeEdit:
    """A time that may be left empty (shown as —)."""
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    edit.setMinimumTime(QTime(0, 0))
    edit.setSpecialValueText("—")
    return edit


class DetailsTab(QWidget):
    def __init__(self, editor):
        super().__init__()
        self.editor = editor
        ctx = editor.ctx
        mid = lambda: editor.meeting_id
        self.form = QFormLayout()
        self.numbers_box = QWidget()
        self.numbers_layout = QHBoxLayout(self.numbers_box)
        self.numbers_layout.setContentsMargins(0, 0, 0, 0)
        self.number_spins: dict[int, QSpinBox] = {}
        self.number_labels: dict[int, QLabel] = {}
        self.date = date_edit("date")
        self.start = time_edit()
        self.end = time_edit()
        self.place = QLineEdit()
        self.city = QLineEdit()
        self.format = QComboBox()
        fill_combo(self.format, ("in_person", "remote", "hybrid"))
        self.kind = QComboBox()
        fill_combo(self.kind, ("regular", "extraordinary", "joint"))
        self.chair = PersonPicker(ctx, "")
        self.secretary = PersonPicker(ctx, "")
        self.restriction = QLineEdit()
        self.bodies_box = QGroupBox()
        self.bodies_layout = QVBoxLayout(self.bodies_box)
        self.body_checks: dict[int, QCheckBox] = {}
        for body in ctx.registry.bodies(ui_language()):
            check = QCheckBox(body["label"])
            check.setToolTip(body["name"])
            check.toggled.connect(lambda on, b=body["id"]: self._toggle_body(b, on))
            self.body_checks[body["id"]] = check
            self.bodies_layout.addWidget(check)
        self.signing = BodySignatories(editor)  # a joint meeting: who signs for each body
        self.error = ErrorLabel()

        times = QHBoxLayout()
        self.start_label, self.end_label = QLabel(), QLabel()
        times.addWidget(self.start)
        times.addWidget(self.end_label)
        times.addWidget(self.end)
        times.addStretch(1)
        self.labels = {w: QLabel() for w in ("numbers", "date", "time", "place", "city", "format", "kind",
                                             "chair", "secretary", "restriction")}
        for key, widget in (("numbers", self.numbers_box), ("date", self.date), ("time", times),
                            ("place", self.place), ("city", self.city), ("format", self.format),
                            ("kind", self.kind), ("chair", self.chair), ("secretary", self.secretary),
                            ("restriction", self.restriction)):
            self.form.addRow(self.labels[key], widget)
            self.labels[key].setBuddy(widget if isinstance(widget, QWidget) else self.start)
        self.form.addRow(self.bodies_box)
        self.form.addRow(self.signing)
        self.form.addRow(self.error)
        outer = QVBoxLayout(self)
        outer.addLayout(self.form)
        outer.addStretch(1)

        self._fields = []
        for widget, field, name in ((self.date, "date", "date"), (self.start, "start_time", "start"),
                                    (self.end, "end_time", "end"), (self.format, "format", "format"),
                                    (self.kind, "kind", "kind"), (self.chair, "chair_id", "chair"),
                                    (self.secretary, "secretary_id", "secretary"),
                                    (self.restriction, "restriction", "restriction")):
            self._fields.append((editor.bind(widget, "meeting", mid, field, name, self), name))
        self._fields.append((editor.bind(self.place, "meeting", mid, lambda lang: f"place_{lang}", "place", self),
                             "place"))
        self._fields.append((editor.bind(self.city, "meeting", mid, lambda lang: f"city_{lang}", "city", self),
                             "city"))
        QWidget.setTabOrder(self.date, self.start)
        QWidget.setTabOrder(self.start, self.end)

    def retranslate(self) -> None:
        lang = self.editor.language_in_label()
        texts = {"numbers": self.tr("&Number"), "date": self.tr("D&ate"), "time": self.tr("&Time"),
                 "place": self.tr("&Place (%1)").replace("%1", lang), "city": self.tr("C&ity (%1)").replace("%1", lang),
                 "format": self.tr("F&ormat"), "kind": self.tr("&Kind"), "chair": self.tr("&Chair"),
                 "secretary": self.tr("&Secretary"), "restriction": self.tr("&Restriction mark")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.end_label.setText(self.tr("to"))
        names = {"date": self.tr("Date"), "start": self.tr("Start time"), "end": self.tr("End time"),
                 "format": self.tr("Format"), "kind": self.tr("Kind"), "chair": self.tr("Chair"),
                 "secretary": self.tr("Secretary"), "restriction": self.tr("Restriction mark"),
                 "place": self.tr("Place"), "city": self.tr("City")}
        for binding, key in self._fields:
            binding.label = names[key]
            widget = binding.widget
            named(widget, names[key])
        self.restriction.setPlaceholderText(self.tr("e.g. For official use"))
        self.bodies_box.setTitle(self.tr("Council bodies (two or more for a joint meeting)"))
        for combo, values in ((self.format, ("in_person", "remote", "hybrid")),
                              (self.kind, ("regular", "extraordinary", "joint"))):
            for i, v in enumerate(values):
                combo.setItemText(i, label(v))
        for bid, spin in self.number_spins.items():
            named(spin, self.tr("Number in %1").replace("%1", self.number_labels[bid].text()))
        self.signing.retranslate()

    def refresh(self) -> None:
        record = self.editor.record
        bodies = [b["id"] for b in record["bodies"]]
        if list(self.number_spins) != bodies:
            self._rebuild_numbers(record["bodies"])
        self.signing.show_bodies(record["bodies"], self.editor.locked)
        for bid, check in self.body_checks.items():
            check.blockSignals(True)
            check.setChecked(bid in bodies)
            check.setEnabled(not self.editor.locked)
            check.blockSignals(False)
        self.retranslate()

    def _rebuild_numbers(self, bodies: list[dict]) -> None:
        self.editor.bindings = [b for b in self.editor.bindings
                                if not (b.owner is self and b.widget in self.number_spins.values())]
        while self.numbers_layout.count():
            w = self.numbers_layout.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self.number_spins.clear()
        self.number_labels.clear()
        mid = lambda: self.editor.meeting_id
        for body in bodies:
            lab = QLabel(body["short_name"] or body["name"])
            spin = QSpinBox()
            spin.setRange(1, 9999)
            lab.setBuddy(spin)
            self.numbers_layout.addWidget(lab)
            self.numbers_layout.addWidget(spin)
            self.number_labels[body["id"]] = lab
            self.number_spins[body["id"]] = spin
            self.editor.bind(spin, "meeting", mid, f"number_{body['id']}", self.tr("number"), self)
        self.numbers_layout.addStretch(1)

    def _toggle_body(self, body_id: int, on: bool) -> None:
        old = [b["id"] for b in self.editor.record["bodies"]]
        new = old + [body_id] if on else [b for b in old if b != body_id]
        editor, meetings, mid = self.editor, self.editor.ctx.meetings, self.editor.meeting_id

        def change(ids, undo: bool):  # undone and redone only over the version the step left the meeting at
            return lambda: meetings.update(mid, {"body_ids": ids}, expected_version=editor.left.get(("meeting", mid))
                                           if undo or command.done else None)
        command = ServiceCommand(editor, self.tr("Change the bodies"), change(new, False), change(old, True))
        command.kind, command.ident = "meeting", mid
        editor.undo_stack.push(command)
        self.refresh()

    def show_errors(self, errors: dict) -> None:
        self.error.show_message(errors.get(("meeting", self.editor.meeting_id), ""))
