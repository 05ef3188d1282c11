"""The window fits a 1280 x 800 laptop screen in every language, whichever view or meeting tab is shown."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QScrollArea

from council_desktop.ui import i18n
from council_desktop.ui.main_window import VIEWS, MainWindow


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_every_view_and_meeting_tab_fits_1280_pixels(demo, qtbot, lang):
    ctx, meeting_id = demo
    i18n.install(lang)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        window.views["meetings"].open_meeting(meeting_id)
        editor = window.meeting_editor()
        too_wide = []

        def check(what: str) -> None:
            qtbot.wait(20)  # layouts settle; a window whose content needs more grows by itself
            width = max(window.width(), window.minimumSizeHint().width())
            if width > 1280:
                too_wide.append((what, width))
            for area in window.findChildren(QScrollArea):  # nor is anything cut off at the right
                if area.isVisible() and area.widget() is not None \
                        and area.widget().minimumSizeHint().width() > area.viewport().width():
                    too_wide.append((what, type(area.widget()).__name__, area.widget().minimumSizeHint().width(),
                                     area.viewport().width()))
        for name in VIEWS:
            window.show_view(name)
            check(name)
        window.show_view("meetings")
        for tab in range(editor.tabs.count() - 1):  # the protocol preview is drawn at any width
            editor.tabs.setCurrentIndex(tab)
            check(editor.tabs.tabText(tab))
        assert not too_wide
    finally:
        i18n.install("en")
