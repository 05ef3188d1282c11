"""The search box over the meetings list filters as one types, letters of any alphabet in any case."""
from __future__ import annotations

from PySide6.QtCore import Qt
from ui_typing import type_text

from council_desktop.ui import i18n
from council_desktop.ui.main_window import MainWindow
from council_desktop.ui.models.base import ROW_ID


def shown(view) -> list[int]:
    return sorted(view.proxy.index(r, 0).data(ROW_ID) for r in range(view.proxy.rowCount()))


def test_meetings_are_found_by_body_in_lower_case_kazakh_and_by_date(demo, qtbot):
    ctx, joint = demo
    i18n.install("kk")
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        window.show_view("meetings")
        view = window.views["meetings"]
        everything = shown(view)
        assert len(everything) == 2
        qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        type_text(view.search, "ұға")  # the Academy's department, «ҚР ҰҒА ӨДҒБ», typed in lower case
        view.search.flush()
        assert shown(view) == [joint]
        view.search.clear()
        type_text(view.search, "22.05")
        view.search.flush()
        assert shown(view) == [m for m in everything if m != joint]
        view.search.clear()
        view.search.flush()
        assert shown(view) == everything
    finally:
        i18n.install("en")
