"""Council bodies, their rules, and their membership terms (who sat when, by which decision)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from ..domain.enums import MajorityRule, MembershipRole, QuorumRule
from ..domain.errors import CouncilError
from . import i18n
from .forms import ErrorLabel, council_message, date_edit, date_value, fit_columns, named, table_view
from .icons import icon
from .models.base import sorting_proxy
from .models.bodies import BodiesModel, MembershipsModel
from .models.labels import fill_combo
from .person_picker import PersonPicker
from .records import RecordEditor, RecordsView, organisation_combo
from .staging import CreateCommand, ServiceCommand


class BodyEditor(RecordEditor):
    kind = "council_body"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.add_name_fields()
        self.organization = organisation_combo(ctx, self.tr("Organisation"))
        self.bind_field("organization_id", self.organization, self.tr("Organisation"))
        self.form.addRow(self.tr("Organisation"), self.organization)
        self.quorum_rule = QComboBox()
        named(self.quorum_rule, self.tr("Quorum rule"))
        fill_combo(self.quorum_rule, [r.value for r in QuorumRule])
        self.bind_field("quorum_rule", self.quorum_rule, self.tr("Quorum rule"))
        self.quorum_fixed = QSpinBox()
        self.quorum_fixed.setRange(0, 999)
        self.quorum_fixed.setSpecialValueText("—")
        named(self.quorum_fixed, self.tr("Fixed quorum (members)"))
        self.bind_field("quorum_fixed", self.quorum_fixed, self.tr("Fixed quorum (members)"))
        quorum = QHBoxLayout()
        quorum.addWidget(self.quorum_rule, 1)
        quorum.addWidget(self.quorum_fixed)
        self.form.addRow(self.tr("Quorum"), quorum)
        self.majority_rule = QComboBox()
        named(self.majority_rule, self.tr("Majority rule"))
        fill_combo(self.majority_rule, [r.value for r in MajorityRule])
        self.bind_field("majority_rule", self.majority_rule, self.tr("Majority rule"))
        self.form.addRow(self.tr("Majority"), self.majority_rule)
        self.add_save_row(self.tr("Save"), self.tr("Save the council body"))
        self.load(None, {})

    def defaults(self) -> dict:
        return {"organization_id": None, "quorum_rule": self.ctx.settings.get()["default_quorum_rule"],
                "quorum_fixed": None, "majority_rule": "simple_of_present"}

    def load_more(self, row: dict) -> None:
        self.staged((self.kind, self.ident))

    def staged(self, key) -> None:
        # a number of members only means something for a fixed quorum
        self.quorum_fixed.setEnabled(self.quorum_rule.currentData() == "fixed")

    def fetch(self, record_id: int) -> dict | None:
        return self.ctx.registry.body(record_id, lang=i18n.current())

    def record_name(self, kind: str, ident: int) -> str:
        """A membership term (an undo of adding or ending one refused) by its member: «the term of Ivanov I.»."""
        if kind != "membership":
            return super().record_name(kind, ident)
        term = next((t for t in self.ctx.registry.memberships(self.record_id, i18n.current()) if t["id"] == ident),
                    None) if self.record_id else None
        return self.tr("the term of %1").replace("%1", term["person"]) if term else self.tr("a membership term")


class MembershipPanel(QGroupBox):
    """The terms of the chosen body; add a member or end a term."""

    def __init__(self, ctx, editor: BodyEditor, parent=None) -> None:
        super().__init__(self.tr("Membership"), parent)
        self.ctx = ctx
        self.editor = editor  # its undo stack takes the terms added and ended too
        self.model = MembershipsModel(ctx, self)
        self.proxy = sorting_proxy(self.model, self)
        self.table = table_view(self.tr("Membership terms"))
        self.table.setModel(self.proxy)
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        fit_columns(self.table, 0)
        self.person = PersonPicker(ctx, self.tr("New member"))
        self.role = QComboBox()
        named(self.role, self.tr("Role"))
        fill_combo(self.role, [r.value for r in MembershipRole])
        self.role.setCurrentIndex(self.role.findData("member"))
        self.start = date_edit(self.tr("Member from"))
        self.end = date_edit(self.tr("Member until"), optional=True)
        self.end.setDate(self.end.minimumDate())
        self.basis = QLineEdit()
        named(self.basis, self.tr("Basis (decision, order)"))
        self.basis.setPlaceholderText(self.tr("Basis (decision, order)"))
        self.add_button = QPushButton(icon("new"), self.tr("Add member"))
        named(self.add_button, self.tr("Add member"))
        self.end_date = date_edit(self.tr("End of term"))
        self.end_button = QPushButton(self.tr("End term"))
        named(self.end_button, self.tr("End the selected term on this date"))
        self.error = ErrorLabel()
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Person")), 0, 0)
        grid.addWidget(self.person, 0, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Role")), 1, 0)
        grid.addWidget(self.role, 1, 1)
        grid.addWidget(QLabel(self.tr("From")), 2, 0)
        grid.addWidget(self.start, 2, 1)
        grid.addWidget(QLabel(self.tr("To")), 2, 2)
        grid.addWidget(self.end, 2, 3)
        grid.addWidget(QLabel(self.tr("Basis")), 3, 0)
        grid.addWidget(self.basis, 3, 1, 1, 3)
        grid.addWidget(self.add_button, 4, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        ending = QHBoxLayout()
        ending.addStretch(1)
        ending.addWidget(QLabel(self.tr("Selected term ends on")))
        ending.addWidget(self.end_date)
        ending.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(ending)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        self.add_button.clicked.connect(self.add_member)
        self.end_button.clicked.connect(self.end_term)

    def set_body(self, body_id: int | None) -> None:
        self.model.set_body(body_id)
        self.setEnabled(body_id is not None)

    def _report(self, exc: CouncilError) -> None:
        self.error.show_message(council_message(exc))

    def _push(self, command) -> bool:
        """Run an undoable action on the body editor's stack; False (message shown) when refused."""
        self.error.show_message("")
        self.editor.undo_stack.push(command)  # a refused command is dropped (and deleted) by the stack
        self.model.reload()
        return not self.error.text()

    def add_member(self) -> bool:
        self.error.show_message("")
        person = self.person.value()
        if not person:
            self.error.show_message(self.tr("Choose a person from the list"))
            return False
        body, role, start = self.model.body_id, self.role.currentData(), date_value(self.start)
        end, basis = date_value(self.end, optional=True), self.basis.text().strip()
        name = self.person.text()
        ok = self._push(CreateCommand(
            self.editor, self.tr("Add member %1").replace("%1", name), "membership",
            lambda: self.ctx.records.create("membership", {"body_id": body, "person_id": person, "role": role,
                                                           "start_date": start, "end_date": end, "basis": basis}),
            self.ctx.registry.delete_membership, report=self._report))
        if ok:
            self.person.set_person(None)
        return ok

    def end_term(self) -> bool:
        self.error.show_message("")
        current = self.table.currentIndex()
        if not current.isValid():
            self.error.show_message(self.tr("Select a term first"))
            return False
        row = self.model.row(self.proxy.mapToSource(current))
        term, end, before = row["id"], date_value(self.end_date), row["end_date"]
        editor = self.editor

        def set_end(value, undo: bool):
            def run():  # ended as shown; undone and redone only over the version the step left the term at
                ident = editor.resolve("membership", term)
                self.ctx.records.update("membership", ident, {"end_date": value}, expected_version=editor.left.get(
                    ("membership", ident)) if undo or command.done else row["version"])
            return run
        command = ServiceCommand(editor, self.tr("End the term of %1").replace("%1", row["person"]),
                                 set_end(end, False), set_end(before, True), report=self._report)
        command.kind, command.ident = "membership", term
        return self._push(command)


class BodiesView(RecordsView):
    def __init__(self, ctx, parent=None) -> None:
        editor = BodyEditor(ctx)
        members = MembershipPanel(ctx, editor)
        super().__init__(BodiesModel(ctx), editor, self.tr("Council bodies"), self.tr("New council body"),
                         side=members, parent=parent)
        self.ctx, self.members = ctx, members
        fit_columns(self.table, 1)
        self.members.set_body(None)
        if self.model.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def chosen(self, row: dict | None) -> None:
        self.members.set_body(row["id"] if row else None)
