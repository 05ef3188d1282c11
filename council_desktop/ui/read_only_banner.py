"""The banner over the window when the database is open read-only: what the secretary can do, and why."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel

# the reasons store/database.py gives (AppContext.read_only)
_REASONS = ("the file is read-only", "its folder is read-only")


class ReadOnlyBanner(QLabel):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("readOnlyBanner")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#readOnlyBanner { background: #fde2e1; color: #6b1410; "
                           "border: 1px solid #e3a19c; padding: 6px; font-weight: bold; }")
        self.retranslate()

    def retranslate(self) -> None:
        reason = self.ctx.read_only
        self.setVisible(reason is not None)
        if reason is None:
            return
        why = {_REASONS[0]: self.tr("the file cannot be written (it is read-only, or on a read-only disk)"),
               _REASONS[1]: self.tr("its folder cannot be written (a read-only folder or disk)")}.get(reason, reason)
        self.setText(self.tr("This database is open read-only: %1. You can view and print; nothing can be "
                             "changed. To edit, copy the file to a folder you can write to and open the copy.")
                     .replace("%1", why))
        self.setAccessibleName(self.text())
