"""Plan a new meeting: its bodies (two for a joint meeting), date, number in each body, time, place, people."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import CouncilError
from . import i18n
from .forms import ErrorLabel, date_edit, named
from .meeting.details_tab import time_edit
from .meeting.widgets import ui_language
from .person_picker import PersonPicker
from .models.labels import fill_combo


class NewMeetingDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.setWindowTitle(self.tr("New meeting"))
        lang = ui_language()

        self.bodies_box = QGroupBox(self.tr("Council bodies (choose two or more for a joint meeting)"))
        bodies_layout = QVBoxLayout(self.bodies_box)
        self.body_checks: dict[int, QCheckBox] = {}
        self.number_spins: dict[int, QSpinBox] = {}
        self._typed_numbers: set[int] = set()
        numbers = QWidget()
        self.numbers_layout = QHBoxLayout(numbers)
        self.numbers_layout.setContentsMargins(0, 0, 0, 0)
        for body in ctx.registry.bodies(lang):
            name = body["label"]
            check = named(QCheckBox(name), self.tr("Body: %1").replace("%1", body["name"]))
            check.setToolTip(body["name"])
            check.toggled.connect(self._suggest)
            bodies_layout.addWidget(check)
            self.body_checks[body["id"]] = check
            spin = named(QSpinBox(), self.tr("Number in %1").replace("%1", name))
            spin.setRange(1, 9999)
            spin.setPrefix(f"{name} № ")
            spin.valueChanged.connect(lambda _v, b=body["id"]: self._typed_numbers.add(b))
            self.number_spins[body["id"]] = spin
            self.numbers_layout.addWidget(spin)
        self.numbers_layout.addStretch(1)

        self.date = date_edit(self.tr("Date"))
        self.date.dateChanged.connect(lambda _d: self._suggest())
        self.start = named(time_edit(), self.tr("Start time"))
        self.place = {code: named(QLineEdit(), self.tr("Place (%1)").replace("%1", name))
                      for code, name in i18n.language_names("inside a label").items()}
        self.format = named(QComboBox(), self.tr("Format"))
        fill_combo(self.format, ("in_person", "remote", "hybrid"))
        self.kind = named(QComboBox(), self.tr("Kind"))
        fill_combo(self.kind, ("regular", "extraordinary", "joint"))
        self.chair = PersonPicker(ctx, self.tr("Chair"))
        self.secretary = PersonPicker(ctx, self.tr("Secretary"))
        defaults = ctx.settings.get()
        for field, key in ((self.chair, "default_chair_id"), (self.secretary, "default_secretary_id")):
            if defaults.get(key):
                try:
                    field.set_person(int(defaults[key]))
                except CouncilError:  # the default person was deleted since
                    field.set_person(None)
        self.error = ErrorLabel()

        form = QFormLayout(self)
        self.start.setMaximumWidth(120)
        form.addRow(self.bodies_box)
        form.addRow(self._label(self.tr("&Date"), self.date), self.date)
        form.addRow(self._label(self.tr("N&umber"), numbers), numbers)
        form.addRow(self._label(self.tr("&Start time"), self.start), self.start)
        form.addRow(self._label(self.tr("&Place (Russian)"), self.place["ru"]), self.place["ru"])
        form.addRow(self._label(self.tr("Place (&Kazakh)"), self.place["kk"]), self.place["kk"])
        form.addRow(self._label(self.tr("Place (&English)"), self.place["en"]), self.place["en"])
        form.addRow(self._label(self.tr("&Format"), self.format), self.format)
        form.addRow(self._label(self.tr("K&ind"), self.kind), self.kind)
        form.addRow(self._label(self.tr("&Chair"), self.chair), self.chair)
        form.addRow(self._label(self.tr("Sec&retary"), self.secretary), self.secretary)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.resize(640, self.sizeHint().height())
        if self.body_checks:  # the first body (the council itself) is the usual choice
            next(iter(self.body_checks.values())).setChecked(True)
        self._suggest()

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        lab = QLabel(text)
        lab.setBuddy(buddy)
        return lab

    def chosen_bodies(self) -> list[int]:
        return [bid for bid, check in self.body_checks.items() if check.isChecked()]

    def _suggest(self) -> None:
        """Each chosen body's next number in the date's year, unless the user typed one."""
        year = self.date.date().year()
        chosen = self.chosen_bodies()
        for bid, spin in self.number_spins.items():
            spin.setVisible(bid in chosen)
            if bid in chosen and bid not in self._typed_numbers:
                spin.blockSignals(True)
                spin.setValue(self.ctx.meetings.suggest_number(bid, year))
                spin.blockSignals(False)
        if len(chosen) > 1:
            self.kind.setCurrentIndex(self.kind.findData("joint"))
        elif self.kind.currentData() == "joint":
            self.kind.setCurrentIndex(self.kind.findData("regular"))

    def values(self) -> dict:
        values = {"format": self.format.currentData(), "kind": self.kind.currentData(),
                  "chair_id": self.chair.person_id, "secretary_id": self.secretary.person_id}
        start = self.start.time()
        if start != self.start.minimumTime():
            values["start_time"] = start.toString("HH:mm")
        for code, edit in self.place.items():
            values[f"place_{code}"] = edit.text()
        return values

    def accept(self) -> None:
        bodies = self.chosen_bodies()
        try:
            self.meeting_id = self.ctx.meetings.plan(
                bodies, self.date.date().toString("yyyy-MM-dd"), self.values(),
                numbers={bid: self.number_spins[bid].value() for bid in bodies})
        except CouncilError as exc:
            self.error.show_message(exc.message(ui_language()))
            return
        super().accept()

    @classmethod
    def ask(cls, ctx, parent=None) -> int | None:
        dialog = cls(ctx, parent)
        return dialog.meeting_id if dialog.exec() == QDialog.DialogCode.Accepted else None

