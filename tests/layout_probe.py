"""What does not fit: every view and meeting tab of the window at a given size, checked as a user sees it.

Used in process by tests/test_ui_fit.py, and run by it as a script in a fresh process for another
screen or scale (Qt reads QT_SCALE_FACTOR and the offscreen platform's screen only at start):

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json QT_SCALE_FACTOR=1.5 python tests/layout_probe.py 1280 720

prints a JSON object: the window's size as opened, and the list of problems found.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

TYPICAL = {  # a typical item: what was heard, two speeches, two resolutions
    "title": "О ходе исполнения поручений предыдущего заседания",
    "heard": "Докладчик сообщил о ходе исполнения поручений предыдущего заседания и о сроках их выполнения.",
    "speeches": ["Предложила продлить срок по второму поручению.", "Поддержал предложение."],
    "resolutions": ["Информацию принять к сведению.", "Продлить срок исполнения второго поручения до 1 июня."],
}


def add_typical_item(ctx, meeting_id: int) -> int:
    item = ctx.meetings.add_item(meeting_id, {"title_ru": TYPICAL["title"]})
    ctx.minutes.set_heard(item, {"ru": TYPICAL["heard"]})
    people = [p["id"] for p in ctx.registry.people("", limit=3)]
    for person, gist in zip(people, TYPICAL["speeches"]):
        ctx.minutes.add_speech(item, person, {"ru": gist})
    for text in TYPICAL["resolutions"]:
        ctx.minutes.add_resolution(item, {"ru": text})
    return item


def problems(window, editor, width: int, height: int, typical_item: int) -> list[str]:
    from PySide6.QtCore import QCoreApplication, QPoint
    from PySide6.QtPdfWidgets import QPdfView
    from PySide6.QtWidgets import QAbstractScrollArea, QScrollArea

    from council_desktop.ui.main_window import VIEWS

    found: list[str] = []
    window.resize(width, height)

    def settle():
        for _ in range(5):
            QCoreApplication.processEvents()

    def check(where: str) -> None:
        settle()
        hint = window.minimumSizeHint()
        if hint.width() > width or hint.height() > height:
            found.append(f"{where}: the window cannot be made smaller than {hint.width()}x{hint.height()}")
        if window.width() > width or window.height() > height:
            found.append(f"{where}: the window grew to {window.width()}x{window.height()}")
        for area in window.findChildren(QAbstractScrollArea):
            if isinstance(area, QPdfView) or not area.isVisible():
                continue  # the protocol's pages are drawn at any width, and scroll as a PDF does
            if area.horizontalScrollBar().isVisible():
                found.append(f"{where}: {type(area).__name__} {area.accessibleName()!r} scrolls sideways")
            if isinstance(area, QScrollArea) and area.widget() is not None \
                    and area.widget().minimumSizeHint().width() > area.viewport().width():
                found.append(f"{where}: {type(area.widget()).__name__} is cut off at the right")

    for name in VIEWS:
        window.show_view(name)
        check(name)
    window.show_view("meetings")
    for tab in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(tab)
        check(f"meeting tab {editor.tabs.tabText(tab)}")

    # the minutes of a typical item are seen whole: nothing of them below the fold
    minutes = editor.minutes
    editor.tabs.setCurrentWidget(minutes)
    model = editor.agenda.model
    minutes.items.setCurrentIndex(model.index(model.row_of(typical_item), model.NUMBERED_COLUMN))
    settle()
    scroll = next(a for a in minutes.findChildren(QScrollArea) if a.isVisible())
    bottom = scroll.viewport().height()
    for widget in (minutes.heard, minutes.speeches, minutes.gist, minutes.resolutions, minutes.resolution_text,
                   minutes.votes_for, minutes.unanimous_button):
        low = widget.mapTo(scroll.viewport(), QPoint(0, widget.height())).y()
        if low > bottom or not widget.isVisible():
            found.append(f"minutes: {widget.accessibleName()!r} is below the fold ({low} > {bottom})")
    for view, rows in ((minutes.speeches, 2), (minutes.resolutions, 2)):
        last = view.visualRect(view.model().index(rows - 1, 0))
        if view.model().rowCount() != rows or last.bottom() > view.viewport().height():
            found.append(f"minutes: {view.accessibleName()!r} does not show its {rows} rows")
    return found


def main(width: int, height: int) -> dict:
    os.environ.setdefault("COUNCIL_LANG", "ru")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    from council_desktop.app import AppContext
    from council_desktop.ui import i18n
    from council_desktop.ui.jobs import close_when_idle
    from council_desktop.ui.main_window import MainWindow

    folder = Path(tempfile.mkdtemp())
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    i18n.install(os.environ["COUNCIL_LANG"])
    ctx = AppContext.open(folder / "council.db", create=True)
    meeting = ctx.demo.load()
    item = add_typical_item(ctx, meeting)
    window = MainWindow(ctx)
    window.show()
    app.processEvents()
    opened = {"width": window.frameGeometry().width(), "height": window.frameGeometry().height(),
              "screen": [window.screen().availableGeometry().width(), window.screen().availableGeometry().height()]}
    window.show_view("meetings")
    window.views["meetings"].open_meeting(meeting)
    found = problems(window, window.meeting_editor(), width, height, item)
    window.close()
    close_when_idle(ctx)  # as the program does: its preview may still be drawn on a worker thread
    return {"opened": opened, "problems": found}


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(json.dumps(main(int(sys.argv[1]), int(sys.argv[2])), ensure_ascii=False))
