"""Follow-up of assignments across meetings: what is due, what is overdue, what a meeting checked."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import CouncilError
from . import i18n
from .forms import ErrorLabel, SearchField, council_message, date_edit, date_value, fit_columns, named, table_view
from .icons import icon
from .models.assignments import AssignmentsModel
from .models.base import sorting_proxy
from .models.labels import label


class FollowUpView(QWidget):
    """`today` may be fixed (tests, screenshots); otherwise it is the real date."""

    def __init__(self, ctx, parent=None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.responsible = SearchField(self.tr("Responsible person or organisation…"))
        self.body = QComboBox()
        named(self.body, self.tr("Council body"))
        self.body.addItem(self.tr("All council bodies"), None)
        self.status = QComboBox()
        named(self.status, self.tr("Status"))
        self.status.addItem(self.tr("Any status"), None)
        for value in ("open", "overdue", "done", "cancelled"):
            self.status.addItem(label(value), value)
        filters = QHBoxLayout()
        filters.addWidget(self.responsible, 2)
        filters.addWidget(self.body, 1)
        filters.addWidget(self.status, 1)

        self.model = AssignmentsModel(ctx, self, today=today)
        self.proxy = sorting_proxy(self.model, self)
        self.table = table_view(self.tr("Assignments"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        fit_columns(self.table, 0)
        self.summary = QLabel()
        named(self.summary, self.tr("Summary of assignments"), "")

        # marking done: with the meeting that checked it
        box = QGroupBox(self.tr("Follow-up of the selected assignment"))
        form = QFormLayout(box)
        self.checked_meeting = QComboBox()
        named(self.checked_meeting, self.tr("Checked at meeting"))
        self.checked_meeting.addItem(self.tr("(not at a meeting)"), None)
        self._fill_choices()
        # a body or a meeting made, renamed or removed elsewhere is offered here at once (domain/changes.py)
        from .change_signal import follow
        follow(self, ctx, {"council_body", "meeting", "meeting_body"}, lambda _changes: self._fill_choices())
        self.done_on = date_edit(self.tr("Done on"))
        if today:
            self.done_on.setDate(QDate(today.year, today.month, today.day))
        self.report = QLineEdit()
        named(self.report, self.tr("Report on execution"))
        self.done_button = QPushButton(icon("done"), self.tr("Mark done"))
        named(self.done_button, self.tr("Mark the selected assignment done"))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        named(self.reopen_button, self.tr("Open the selected assignment again"))
        self.cancel_button = QPushButton(self.tr("Cancel assignment"))
        named(self.cancel_button, self.tr("Cancel the selected assignment"))
        form.addRow(self.tr("Checked at meeting"), self.checked_meeting)
        form.addRow(self.tr("Done on"), self.done_on)
        form.addRow(self.tr("Report"), self.report)
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.error = ErrorLabel()
        form.addRow(self.error)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(box)

        self.responsible.search.connect(lambda _t: self.apply_filters())
        self.body.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.done_button.clicked.connect(lambda: self.set_status("done"))
        self.reopen_button.clicked.connect(lambda: self.set_status("open"))
        self.cancel_button.clicked.connect(lambda: self.set_status("cancelled"))
        self.model.modelReset.connect(self._summarise)
        self._summarise()

    def _fill_choices(self) -> None:
        """The council bodies to filter by and the meetings an assignment can be checked at, as stored now;
        what was chosen stays chosen (the first entry, "all" or "none", is kept)."""
        for combo, entries in (
                (self.body, [(b["label"], b["id"]) for b in self.ctx.registry.bodies(lang=i18n.current())]),
                (self.checked_meeting, [(f"№ {m['number']} — {i18n.format_date(m['date'])}", m["id"])
                                        for m in self.ctx.views.meetings(i18n.current())])):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for text, ident in entries:
                combo.addItem(text, ident)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        if self.body.currentData() is None and self.model.filters.get("body_id"):  # the body filtered by went
            self.apply_filters()

    def focus_search(self) -> None:
        self.responsible.setFocus()

    def apply_filters(self) -> None:
        self.model.set_filters(self.status.currentData(), self.body.currentData(), self.responsible.text())

    def _summarise(self) -> None:
        rows = self.model.rows
        overdue = sum(1 for r in rows if r["overdue"])
        self.summary.setText(self.tr("%n assignment(s)", "", len(rows)) + " · "
                             + self.tr("%n overdue", "", overdue))

    def selected(self) -> dict | None:
        current = self.table.currentIndex()
        return self.model.row(self.proxy.mapToSource(current)) if current.isValid() else None

    def select_assignment(self, assignment_id: int) -> None:
        r = self.model.row_of(assignment_id)
        if r >= 0:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(r, 0)))

    def set_status(self, status: str) -> bool:
        self.error.show_message("")
        row = self.selected()
        if row is None:
            self.error.show_message(self.tr("Select an assignment first"))
            return False
        try:
            self.ctx.minutes.set_assignment_status(
                row["id"], status, checked_meeting=self.checked_meeting.currentData() if status == "done" else None,
                done_on=date_value(self.done_on) if status == "done" else None,
                report=self.report.text() if status == "done" else None)
        except CouncilError as exc:
            self.error.show_message(council_message(exc))
            return False
        self.model.reload()
        self.select_assignment(row["id"])
        self.report.clear()
        return True

    def has_unsaved_changes(self) -> bool:
        return False
