"""The window fits a 1366 x 768 laptop with its taskbar, and a 1920 x 1080 screen at 150 %, in every language:
it opens within the screen, every view and meeting tab is usable at 1366 x 700 without sideways scrolling,
and the minutes of a typical item are seen without scrolling."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from layout_probe import add_typical_item, problems

from council_desktop.ui import i18n
from council_desktop.ui.main_window import MainWindow

PROBE = Path(__file__).with_name("layout_probe.py")


def screen_config(tmp_path, width: int, height: int) -> str:
    """The offscreen platform's screen, as a laptop or a large monitor would give it."""
    path = tmp_path / f"screen-{width}x{height}.json"
    path.write_text(json.dumps({"synchronousWindowSystemEvents": False, "windowFrameMargins": False,
                                "screens": [{"name": "screen", "x": 0, "y": 0, "width": width, "height": height,
                                             "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    return f"offscreen:configfile={path}"


def probe(tmp_path, lang: str, screen: tuple[int, int], scale: float, size: tuple[int, int]) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": screen_config(tmp_path, *screen), "QT_SCALE_FACTOR": str(scale),
           "COUNCIL_LANG": lang}
    out = subprocess.run([sys.executable, str(PROBE), *map(str, size)], env=env, capture_output=True, text=True,
                         timeout=240)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_every_view_and_tab_is_usable_at_1366_by_700(demo, qtbot, lang):
    ctx, meeting_id = demo
    item = add_typical_item(ctx, meeting_id)
    i18n.install(lang)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        window.show_view("meetings")
        window.views["meetings"].open_meeting(meeting_id)
        editor = window.meeting_editor()
        assert not window.views["meetings"].list_pane.isVisible()  # the meeting takes the width
        assert problems(window, editor, 1366, 700, item) == []
    finally:
        i18n.install("en")


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_a_1920_screen_at_150_percent(tmp_path, lang):
    result = probe(tmp_path, lang, screen=(1920, 1080), scale=1.5, size=(1280, 720))
    assert result["opened"]["screen"] == [1280, 720]  # 1920 x 1080 device pixels at 150 %
    assert result["opened"]["width"] <= 1280 and result["opened"]["height"] <= 720
    assert result["problems"] == []


def test_the_window_opens_within_a_1366_by_768_screen(tmp_path):
    result = probe(tmp_path, "ru", screen=(1366, 768), scale=1, size=(1366, 700))
    assert result["opened"]["width"] <= 1366 and result["opened"]["height"] <= 768
    assert result["problems"] == []


def test_the_probe_finds_a_window_that_does_not_fit(tmp_path):
    result = probe(tmp_path, "ru", screen=(1366, 768), scale=1, size=(900, 500))
    assert any("cannot be made smaller" in p for p in result["problems"])


def test_the_meetings_list_comes_back_with_its_button_and_with_ctrl_f(demo, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    ctx, meeting_id = demo
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    view = window.views["meetings"]
    window.show_view("meetings")
    assert view.list_pane.isVisible()  # no meeting open: the list is all there is
    view.open_meeting(meeting_id)
    editor = window.meeting_editor()
    assert not view.list_pane.isVisible() and not editor.list_button.isChecked()
    qtbot.mouseClick(editor.list_button, Qt.MouseButton.LeftButton)
    assert view.list_pane.isVisible() and editor.list_button.isChecked()
    qtbot.mouseClick(editor.list_button, Qt.MouseButton.LeftButton)
    assert not view.list_pane.isVisible()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    editor.tabs.currentWidget().setFocus()
    qtbot.keyClick(editor.tabs, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.list_pane.isVisible()
    assert window.focusWidget() is view.search
