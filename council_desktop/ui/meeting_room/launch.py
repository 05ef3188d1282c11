"""Meeting mode opened from the meeting editor: one button with its key (F11), nothing else there."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolButton

KEY = "F11"


def _text() -> str:
    return QCoreApplication.translate("MeetingModeLauncher", "Meeting mode")


def _tip() -> str:
    return QCoreApplication.translate("MeetingModeLauncher",
                                      "Open meeting mode: the meeting as it happens, by keyboard (F11)")


class _Retranslate(QObject):
    def __init__(self, button: QToolButton, action: QAction):
        super().__init__(button)
        self.button, self.action = button, action

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate(self.action)
        return False


def retranslate(action: QAction) -> None:
    action.setText(_text())
    action.setToolTip(_tip())
    action.setStatusTip(_tip())


def meeting_mode_button(editor) -> QToolButton:
    """A button for the editor's top row; F11 anywhere in the editor opens meeting mode."""
    action = QAction(editor)
    action.setObjectName("openMeetingMode")
    action.setShortcut(QKeySequence(KEY))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda: open_meeting_mode(editor))
    editor.addAction(action)
    retranslate(action)
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.installEventFilter(_Retranslate(button, action))
    return button


def open_meeting_mode(editor, clock=None):
    """The meeting's meeting-mode window (one per editor), shown and brought forward; each follows the
    changes made in the other through the change hub (ui/change_signal.py)."""
    from .window import MeetingModeWindow

    window = getattr(editor, "meeting_mode_window", None)
    if window is None or window.meeting_id != editor.meeting_id:
        if window is not None:
            window.close()
        window = MeetingModeWindow(editor.ctx, editor.meeting_id, clock)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        editor.meeting_mode_window = window
    window.show()
    window.raise_()
    window.activateWindow()
    return window
