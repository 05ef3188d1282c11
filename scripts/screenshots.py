"""Render each main view on the demo database into docs/screenshots/{view}_{lang}.png.

    xvfb-run -a -s "-screen 0 1400x900x24" python scripts/screenshots.py
    python scripts/screenshots.py --offscreen          # no X server at all
    python scripts/screenshots.py --every-tab --out /tmp/look   # every meeting tab in every language

Besides the six views, each language shows two tabs of the demo meeting (the six tabs across
the three languages) and the Settings dialog.

The program runs as a new user would meet it: a fresh demo database, fresh settings
(in a temporary folder, never the user's own), window 1366 x 768 (a laptop's screen; --size to change).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
VIEWS = ("meetings", "people", "organisations", "bodies", "projects", "assignments")
TABS = ("details", "attendance", "agenda", "minutes", "lifecycle", "protocol")
# which meeting tabs each language shows (all six across the three)
TABS_BY_LANG = {"kk": ("minutes", "lifecycle"), "ru": ("attendance", "protocol"), "en": ("details", "agenda")}
TODAY = dt.date(2026, 3, 1)  # a day between the demo meeting and the next: one assignment overdue


def shrink(png: Path) -> None:
    """256 colours (ImageMagick, when installed): a third of the bytes, the same to the eye for a window."""
    if shutil.which("convert"):  # a convert that fails (not ImageMagick's) leaves the PNG as it is
        subprocess.run(["convert", str(png), "-dither", "None", "-colors", "256", f"PNG8:{png}"],
                       check=False, capture_output=True)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--offscreen", action="store_true", help="render without an X server")
    p.add_argument("--lang", action="append", choices=("kk", "ru", "en"), help="only these languages")
    p.add_argument("--out", type=Path, default=OUT)
    p.add_argument("--every-tab", action="store_true", help="every meeting tab in every language (to review)")
    p.add_argument("--size", default="1366x768", help="the window's size, WIDTHxHEIGHT")
    args = p.parse_args(argv)
    # a fixed folder, so the status bar (which names the database) is the same on every run
    scratch = Path(tempfile.gettempdir()) / "CouncilDesktop"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")  # fresh settings, not the user's
    os.environ["XDG_DATA_HOME"] = str(scratch / "data")
    if args.offscreen or not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtWidgets import QApplication

    from council_desktop.app import AppContext
    from council_desktop.ui import i18n
    from council_desktop.ui.jobs import close_when_idle
    from council_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Council Desktop")
    ctx = AppContext.open(scratch / "demo.db", create=True)
    meeting_id = ctx.demo.load()
    args.out.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(5):
            QCoreApplication.processEvents()

    def save(widget, name: str) -> None:
        target = args.out / f"{name}.png"
        widget.grab().save(str(target), "PNG")
        shrink(target)
        print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)

    for lang in args.lang or ("kk", "ru", "en"):
        i18n.install(lang)
        window = MainWindow(ctx, today=TODAY)
        window.resize(*(int(n) for n in args.size.lower().split("x")))
        window.show()
        settle()
        ctx.settings.set_protocol_language(meeting_id, lang)  # as that language's secretary would choose it
        window.views["meetings"].open_meeting(meeting_id)
        people = window.views["people"]
        people.table.setCurrentIndex(people.model.index(people.model.rowCount() - 1, 0))
        for name in ("organisations", "projects"):
            view = window.views[name]
            view.table.setCurrentIndex(view.proxy.index(0, 0))
        followup = window.views["assignments"]
        # a row other than the overdue one is selected, so its highlight shows
        on_time = next((r["id"] for r in followup.model.rows if not r["overdue"]), None)
        if on_time:
            followup.select_assignment(on_time)
        for name in VIEWS:
            window.show_view(name)
            settle()
            save(window, f"{name}_{lang}")
        window.show_view("meetings")
        editor = window.meeting_editor()
        for tab in TABS if args.every_tab else TABS_BY_LANG[lang]:
            editor.tabs.setCurrentIndex(TABS.index(tab))
            settle()
            if tab == "protocol" and editor.preview is not None:
                while editor.preview.rendering():  # a script may wait for the render; the window never does
                    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
                settle()
            save(window, f"meeting_{tab}_{lang}")
        from council_desktop.ui.settings_dialog import SettingsDialog
        dialog = SettingsDialog(ctx, window)
        dialog.show()
        settle()
        save(dialog, f"settings_{lang}")
        dialog.reject()
        window.close()
        window.deleteLater()
        settle()
    close_when_idle(ctx)
    return 0


if __name__ == "__main__":
    sys.exit(main())
