"""Test-only: meeting mode and the projector view on a machine with two screens.

Started by tests/test_ui_projector.py as `python tests/projector_child.py DB OUT` with
QT_QPA_PLATFORM=offscreen:configfile=… describing two virtual screens (a laptop and a
projector); plays a few keys and writes what the projector showed after each to OUT (JSON).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def main(db: str, out: str) -> int:
    app = QApplication(sys.argv[:1])
    from council_desktop.app import AppContext
    from council_desktop.ui import i18n
    from council_desktop.ui.meeting_room.clock import FakeClock
    from council_desktop.ui.meeting_room.window import MeetingModeWindow
    from test_meeting_room import T0, plan_room_meeting

    i18n.install("en")
    ctx = AppContext.open(db, create=True)
    ctx.demo.load()
    mid = plan_room_meeting(ctx)
    clock = FakeClock(T0)
    window = MeetingModeWindow(ctx, mid, clock)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    app.processEvents()
    window.room_lang.setCurrentIndex(window.room_lang.findData("kk+ru"))
    steps = {"screens": [s.name() for s in app.screens()],
             "combo": [window.screen_combo.itemText(i) for i in range(window.screen_combo.count())],
             "chosen": window.screen_combo.currentIndex()}

    def key(k, modifier=Qt.KeyboardModifier.NoModifier):
        QTest.keyClick(QApplication.focusWidget() or window, k, modifier)
        app.processEvents()

    def seen(name):
        p = window.projector
        steps[name] = {"visible": p.isVisible(), "screen": p.screen().name(), "full": p.isFullScreen(),
                       "geometry": list(p.geometry().getRect()), "texts": p.texts()}

    key(Qt.Key.Key_F12)
    seen("opened")
    steps["keys_stay"] = window.isActiveWindow()
    for n in range(8):  # members arrive
        window.service.arrive(mid, window.room["attendees"][n]["person_id"], clock.now())
    window.reload()
    key(Qt.Key.Key_PageDown)
    seen("item")
    window.speaker_entry.setText(window.room["attendees"][2]["name"])
    window.add_speaker()
    key(Qt.Key.Key_F5)
    clock.advance(170)
    window.tick()
    seen("speaker")
    key(Qt.Key.Key_F6)
    key(Qt.Key.Key_F8)
    seen("vote")
    key(Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    seen("blank")
    key(Qt.Key.Key_PageDown)
    seen("blank_next")
    key(Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    seen("shown_again")
    if len(sys.argv) > 3:
        window.projector.grab().save(sys.argv[3])
    Path(out).write_text(json.dumps(steps, ensure_ascii=False), encoding="utf-8")
    window.close()
    ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], sys.argv[2]))
