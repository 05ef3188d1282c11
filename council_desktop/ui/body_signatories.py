"""A joint meeting's Details: who signs the protocol for each body (its chair and secretary), chosen
with the person picker; an empty field shows, greyed, who signs by default (rules.signatories).
A choice is saved at once and undone like the meeting's bodies."""
from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel

from .forms import named
from .person_picker import PersonPicker
from .staging import ServiceCommand

ROLES = ("chair", "secretary")


class BodySignatories(QGroupBox):
    def __init__(self, editor) -> None:
        super().__init__()
        self.editor = editor
        self.grid = QGridLayout(self)
        self.labels: dict[int, QLabel] = {}
        self.pickers: dict[int, tuple[PersonPicker, PersonPicker]] = {}
        self.heads = (QLabel(), QLabel())
        for column, head in enumerate(self.heads):
            self.grid.addWidget(head, 0, column + 1)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Who signs the protocol for each body"))
        self.heads[0].setText(self.tr("Chair"))
        self.heads[1].setText(self.tr("Secretary"))
        for bid, (chair, secretary) in self.pickers.items():
            body = self.labels[bid].text()
            named(chair, self.tr("Chair signing for %1").replace("%1", body))
            named(secretary, self.tr("Secretary signing for %1").replace("%1", body))

    def show_bodies(self, bodies: list[dict], locked: bool) -> None:
        """The people set for each body, or the default as the empty field's grey text."""
        if list(self.pickers) != [b["id"] for b in bodies]:
            self._rebuild(bodies)
        self.setVisible(len(bodies) > 1)  # one body: the meeting's chair and secretary sign
        for body in bodies:
            for role, picker in zip(ROLES, self.pickers[body["id"]]):
                chosen = body[f"signing_{role}_id"]
                if chosen != picker.value() or (chosen and not picker.text()):
                    picker.set_person(chosen, body[f"signing_{role}"])
                default = body[f"default_{role}"]
                picker.setPlaceholderText(self.tr("Default: %1").replace("%1", default) if default
                                          else self.tr("Default: nobody"))
                picker.setReadOnly(locked)

    def _rebuild(self, bodies: list[dict]) -> None:
        for widget in [*self.labels.values(), *(p for pair in self.pickers.values() for p in pair)]:
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.labels.clear()
        self.pickers.clear()
        for row, body in enumerate(bodies, start=1):
            label = QLabel(body["short_name"] or body["name"])
            label.setToolTip(body["name"])
            pickers = (PersonPicker(self.editor.ctx, ""), PersonPicker(self.editor.ctx, ""))
            for column, (role, picker) in enumerate(zip(ROLES, pickers)):
                picker.changed.connect(lambda pid, b=body["id"], r=role: self._choose(b, r, pid))
                self.grid.addWidget(picker, row, column + 1)
            label.setBuddy(pickers[0])
            self.grid.addWidget(label, row, 0)
            self.labels[body["id"]] = label
            self.pickers[body["id"]] = pickers
        self.retranslate()

    def _choose(self, body_id: int, role: str, person_id: int | None) -> None:
        """One body's signing chair or secretary, saved at once (an undoable step)."""
        current = next(b for b in self.editor.record["bodies"] if b["id"] == body_id)
        old = (current["signing_chair_id"], current["signing_secretary_id"])
        new = (person_id, old[1]) if role == "chair" else (old[0], person_id)
        if new == old:
            return
        meetings, mid = self.editor.ctx.meetings, self.editor.meeting_id
        # undone and redone only over the choice the step left (refused if someone else chose meanwhile)
        command = ServiceCommand(
            self.editor, self.tr("Who signs for %1").replace("%1", self.labels[body_id].text()),
            lambda: meetings.set_signatories(mid, body_id, *new, expected=old if command.done else None),
            lambda: meetings.set_signatories(mid, body_id, *old, expected=new))
        self.editor.undo_stack.push(command)
