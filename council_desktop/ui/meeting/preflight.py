"""Before a meeting is marked held or its protocol signed: what is wrong, each finding linked to where it is fixed.

Blocking findings (a meeting dated in the future, an absent signatory, texts missing in the protocol's
language…) stop the step; the rest can be accepted with a reason, which the service writes into the
audit trail with the step (services.preflight, ProtocolService._accept).
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
)

from ...services import preflight
from .. import i18n
from .widgets import named


class PreflightDialog(QDialog):
    def __init__(self, findings: list[dict], step: str, parent=None):
        super().__init__(parent)
        self.findings = findings
        self.answer: tuple | None = None
        blocking = any(f["blocking"] for f in findings)
        self.setWindowTitle(self.tr("Before marking the meeting held") if step == "held"
                            else self.tr("Before signing the protocol"))
        intro = QLabel(self.tr("Fix what blocks this step; the rest may be accepted with a reason, which is kept "
                               "in the audit trail. Double-click a line to go where it is fixed.") if blocking
                       else self.tr("These may be accepted with a reason, which is kept in the audit trail. "
                                    "Double-click a line to go where it is fixed."))
        intro.setWordWrap(True)
        self.list = named(QListWidget(), self.tr("Findings"))
        style = self.style()
        for f in findings:
            icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical if f["blocking"]
                                      else QStyle.StandardPixmap.SP_MessageBoxWarning)
            prefix = self.tr("Blocks: ") if f["blocking"] else self.tr("Check: ")
            item = QListWidgetItem(icon, prefix + self.describe(f))
            item.setToolTip(item.text())
            self.list.addItem(item)
        self.list.setWordWrap(True)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.go_there())
        self.reason = named(QLineEdit(), self.tr("Reason for accepting"))
        self.reason.setPlaceholderText(self.tr("Why the protocol may go ahead as it is"))
        self.reason_label = QLabel(self.tr("&Reason for accepting:"))
        self.reason_label.setBuddy(self.reason)
        self.go_button = QPushButton(self.tr("&Go there"))
        self.go_button.clicked.connect(self.go_there)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button = self.buttons.addButton(self.tr("&Accept and continue"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.go_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept_findings)
        self.buttons.rejected.connect(self.reject)
        for w in (self.reason, self.reason_label, self.accept_button):
            w.setVisible(not blocking)
        self.accept_button.setEnabled(False)
        self.reason.textChanged.connect(lambda text: self.accept_button.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.resize(620, 360)

    def describe(self, f: dict) -> str:
        return preflight.describe(f, i18n.current(), i18n.format_date)

    def current(self) -> dict | None:
        row = self.list.currentRow()
        return self.findings[row] if 0 <= row < len(self.findings) else None

    def go_there(self) -> None:
        if self.current() is not None:
            self.answer = ("goto", self.current())
            super().accept()

    def accept_findings(self) -> None:
        if any(f["blocking"] for f in self.findings) or not self.reason.text().strip():
            return
        self.answer = ("accept", self.reason.text().strip())
        super().accept()

    @classmethod
    def ask(cls, findings: list[dict], step: str, parent=None) -> tuple | None:
        """("goto", finding), ("accept", reason), or None (cancelled)."""
        dialog = cls(findings, step, parent)
        return dialog.answer if dialog.exec() == QDialog.DialogCode.Accepted else None
