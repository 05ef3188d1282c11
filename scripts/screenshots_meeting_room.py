"""Render meeting mode and the projector view during the demo meeting into docs/screenshots.

    python scripts/screenshots_meeting_room.py            # offscreen, two virtual screens
    python scripts/screenshots_meeting_room.py --out /tmp/look

Writes meeting_mode_{kk,ru,en}.png (the laptop's window, 1366 x 768), projector_{kk,ru,en}.png
(the second screen, 1920 x 1080, shown at 1280 x 720) and meeting_mode_keys_en.png (the key list).
The demo meeting is played on a fresh database in a temporary folder with a clock set by hand:
a member arrives late, item 1 is voted unanimously, item 2 is under discussion and its first
speaker has 30 seconds left.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SCREENS = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768},
                       {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080}]}


def play(lang: str, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from council_desktop.app import AppContext
    from council_desktop.ui import i18n
    from council_desktop.ui.meeting_room.clock import FakeClock
    from council_desktop.ui.meeting_room.window import MeetingModeWindow
    from scripts.screenshots import shrink

    app = QApplication.instance()
    i18n.install(lang)
    with tempfile.TemporaryDirectory() as tmp:
        ctx = AppContext.open(Path(tmp) / "demo.db", create=True)
        mid = ctx.demo.load()
        day = dt.date.fromisoformat(ctx.views.meeting(mid, "en")["date"])
        clock = FakeClock(dt.datetime.combine(day, dt.time(10, 0)))
        window = MeetingModeWindow(ctx, mid, clock)
        window.resize(1366, 768)
        window.room_lang.setCurrentIndex(window.room_lang.findData(lang))
        window.show()
        app.processEvents()
        room = window.service
        absent = next(a for a in window.room["attendees"] if a["member"] and not a["present"])
        window.next_item()  # item 1 opens at 10:00
        clock.advance(10 * 60)
        window.record_unanimous()
        clock.advance(2 * 60)
        room.arrive(mid, absent["person_id"], clock.now())  # late, at 10:12
        clock.advance(3 * 60)
        window.next_item()  # item 2 at 10:15
        item = window.current()["id"]
        for a in [a for a in window.room["attendees"] if a["member"] and a["present"]][2:5]:
            room.request_floor(item, a["person_id"])
        window.reload()
        clock.advance(15 * 60)
        window.start_or_pause()  # the first speaker at 10:30
        clock.advance(150)  # 0:30 left: the warning colour
        window.reload()
        window.open_projector(QApplication.screens()[-1])
        app.processEvents()
        shot = out / f"meeting_mode_{lang}.png"
        window.grab().save(str(shot))
        shrink(shot)
        projector = out / f"projector_{lang}.png"
        window.projector.grab().scaled(1280, 720, Qt.AspectRatioMode.KeepAspectRatio,
                                       Qt.TransformationMode.SmoothTransformation).save(str(projector))
        shrink(projector)
        if lang == "en":
            window.show_help()
            app.processEvents()
            keys = out / "meeting_mode_keys_en.png"
            window.grab().save(str(keys))
            shrink(keys)
        window.close()
        ctx.close()
        print("wrote", shot, projector)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=OUT)
    args = p.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        config = Path(home) / "screens.json"
        config.write_text(json.dumps(SCREENS), encoding="utf-8")
        # settings in a temporary home, never the user's; Qt offscreen with a laptop and a projector
        os.environ.update(HOME=home, XDG_CONFIG_HOME=f"{home}/config", XDG_DATA_HOME=f"{home}/data",
                          QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR="1")
        sys.path.insert(0, str(ROOT))
        from PySide6.QtWidgets import QApplication

        app = QApplication(sys.argv[:1])  # noqa: F841
        for lang in ("kk", "ru", "en"):
            play(lang, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
