"""The key list over meeting mode (F1 or ?): every key of the window, read from the window itself."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from ..forms import named


class KeysOverlay(QFrame):
    """A panel laid over the window (not a dialog: the meeting goes on behind it); Esc closes it."""

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("keysOverlay")
        self.setStyleSheet("QFrame#keysOverlay { background: rgba(20, 20, 20, 225); } "
                           "QFrame#keysOverlay QLabel { color: white; font-size: 16pt; font-weight: bold; }")
        self.title = QLabel()
        self.table = QTableWidget(0, 2)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 40, 80, 40)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)

    def rows(self) -> list[tuple[str, str]]:
        return [(self.table.item(r, 0).text(), self.table.item(r, 1).text()) for r in range(self.table.rowCount())]

    def show_over(self, window) -> None:
        self.title.setText(self.tr("Keys of meeting mode (Esc closes this list)"))
        named(self.table, self.tr("Keys of meeting mode"))
        rows: list[tuple[str, str]] = []
        shortcuts = list(getattr(window, "keys", []))  # in the window's own order: by task
        shortcuts += [k for k in window.findChildren(QShortcut) if k not in shortcuts]
        for shortcut in shortcuts:
            if shortcut.key().isEmpty():
                continue
            row = (shortcut.key().toString(QKeySequence.SequenceFormat.NativeText), shortcut.whatsThis())
            if row not in rows:
                rows.append(row)
        rows += [(self.tr("Enter"), self.tr("Speaker field: add the speaker typed")),
                 (self.tr("Letters"), self.tr("Attendees: type the start of a name to go to it")),
                 (self.tr("Alt+letter"), self.tr("The field whose label has that letter underlined"))]
        self.table.setRowCount(len(rows))
        for r, (keys, what) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(keys))
            self.table.setItem(r, 1, QTableWidgetItem(what))
        self.setGeometry(window.rect())
        self.raise_()
        self.show()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
