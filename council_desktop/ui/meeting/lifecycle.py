"""Lifecycle: planned → held → protocol drafted → signed and locked (→ amended, a new version)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import CouncilError
from .. import i18n
from ..models.labels import label
from .preflight import PreflightDialog
from .widgets import Confirm, ErrorLabel, TextPrompt, named, ui_language


class LifecycleTab(QWidget):
    def __init__(self, editor):
        super().__init__()
        self.editor = editor
        self.status = QLabel()
        self.status.setObjectName("meetingStatus")
        self.status.setStyleSheet("QLabel#meetingStatus { font-weight: bold; }")
        self.layout_value = QLabel()  # chosen once, at the top of the editor ("Protocol in")
        self.held = QPushButton()
        self.draft = QPushButton()
        self.sign = QPushButton()
        self.amend = QPushButton()
        self.reopen = QPushButton()
        self.held.clicked.connect(self.mark_held)
        self.draft.clicked.connect(self.draft_protocol)
        self.sign.clicked.connect(self.sign_protocol)
        self.amend.clicked.connect(self.amend_protocol)
        self.reopen.clicked.connect(self.step_back)
        self.error = ErrorLabel()
        self.versions = QLabel()
        self.versions.setWordWrap(True)
        self.layout_label, self.status_label = QLabel(), QLabel()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.status_label, self.status)
        form.addRow(self.layout_label, self.layout_value)
        steps = QHBoxLayout()
        for b in (self.held, self.draft, self.sign, self.amend, self.reopen):
            steps.addWidget(b)
        steps.addStretch(1)
        self.versions_box = QGroupBox()
        QVBoxLayout(self.versions_box).addWidget(self.versions)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(steps)
        layout.addWidget(self.error)
        layout.addWidget(self.versions_box)
        layout.addStretch(1)

    def layout_choice(self) -> str:
        return self.editor.protocol_layout

    def retranslate(self) -> None:
        self.status_label.setText(self.tr("Status"))
        self.layout_label.setText(self.tr("Protocol language"))
        for b, text, name in ((self.held, self.tr("&Mark as held"), self.tr("Mark the meeting as held")),
                              (self.draft, self.tr("&Draft protocol"), self.tr("Mark the protocol as drafted")),
                              (self.sign, self.tr("&Sign and lock"), self.tr("Sign the protocol and lock it")),
                              (self.amend, self.tr("&Amend…"), self.tr("Amend the signed protocol (a new version)")),
                              (self.reopen, self.tr("Step &back"), self.tr("Return to the previous status"))):
            b.setText(text)
            named(b, name)
        self.versions_box.setTitle(self.tr("Signed versions"))
        self.refresh()

    def refresh(self) -> None:
        r = self.editor.record
        if not r:
            return
        status = r["status"]
        self.status.setText(label(status))
        self.held.setEnabled(status == "planned")
        self.draft.setEnabled(status == "held")
        self.sign.setEnabled(status == "protocol_drafted")
        self.amend.setEnabled(status == "protocol_signed")
        self.reopen.setEnabled(status in ("held", "protocol_drafted"))
        names = i18n.language_names()
        self.layout_value.setText(self.tr("%1 (chosen at the top, “Protocol in”)").replace(
            "%1", names.get(self.layout_choice(), self.layout_choice())))
        lines = [self.tr("Version %1, %2, %3").replace("%1", str(p["revision"])).replace("%2", p["language"])
                 .replace("%3", p["issued_at"].replace("T", " ")) + (f" — {p['reason']}" if p["reason"] else "")
                 for p in r["protocol_issues"]]
        if r["amendment_reason"] and not r["locked"]:
            lines.append(self.tr("Being amended: %1").replace("%1", r["amendment_reason"]))
        self.versions.setText("\n".join(lines) or self.tr("No signed version yet."))

    # --- steps ----------------------------------------------------------------------------
    def _step(self, question: str | None, action) -> bool:
        if not self.editor.save():
            return False
        if question is not None and not Confirm.ask(self, self.tr("Please confirm"), question):
            return False
        try:
            action()
        except CouncilError as exc:
            self.error.show_message(exc.message(ui_language()))
            return False
        self.error.show_message("")
        self.editor.undo_stack.clear()  # earlier edits cannot be undone across a change of status
        self.editor.after_change()
        return True

    def _checked_step(self, step: str, question: str, action) -> bool:
        """Pre-flight first: nothing found, the usual question; findings, their list (go there, or accept
        them with a reason); `action(accepted)` makes the step, which the service checks again."""
        if not self.editor.save():
            return False
        found = self.editor.ctx.protocols.preflight(self.editor.meeting_id, step, self.layout_choice(),
                                                    dt.date.today(), ui_language())
        if not found:
            return self._step(question, lambda: action({"codes": [], "reason": ""}))
        answer = PreflightDialog.ask(found, step, self)
        if answer is None:
            return False
        if answer[0] == "goto":
            f = answer[1]  # the texts in the language a missing text is to be written in
            self.editor.show_record(f["tab"], f["kind"], f["ident"], f["params"].get("lang"))
            return False
        return self._step(None, lambda: action({"codes": [f["code"] for f in found], "reason": answer[1]}))

    def mark_held(self) -> bool:
        return self._checked_step("held", self.tr("Mark the meeting as held?"),
                                  lambda accepted: self.editor.ctx.protocols.mark_held(self.editor.meeting_id,
                                                                                       accepted=accepted))

    def draft_protocol(self) -> bool:
        return self._step(self.tr("Mark the protocol as drafted?"),
                          lambda: self.editor.ctx.protocols.draft(self.editor.meeting_id))

    def sign_protocol(self) -> bool:
        return self._checked_step("sign", self.tr("Sign the protocol and lock the meeting? After signing, changes "
                                                  "need an amendment and a new version."),
                                  lambda accepted: self.editor.ctx.protocols.sign(
                                      self.editor.meeting_id, self.layout_choice(), accepted=accepted))

    def step_back(self) -> bool:
        return self._step(self.tr("Return the meeting to its previous status?"),
                          lambda: self.editor.ctx.protocols.reopen(self.editor.meeting_id))

    def amend_protocol(self) -> bool:
        reason = TextPrompt.ask(self, self.tr("Amend the protocol"), self.tr("Reason for the amendment"))
        if not reason:
            return False
        return self._step(self.tr("Unlock the signed protocol for a new version (%1)?").replace("%1", reason),
                          lambda: self.editor.ctx.protocols.amend(self.editor.meeting_id, reason))
