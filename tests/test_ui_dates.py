"""Dates as the reader of each language writes them: 20.02.2026 in Kazakh and Russian, 20 Feb 2026 in English."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from council_desktop.ui import i18n
from council_desktop.ui.forms import date_edit
from council_desktop.ui.models.base import SORT, sorting_proxy
from council_desktop.ui.models.meetings import MeetingsModel


@pytest.fixture
def restore_english(qapp):
    yield
    i18n.install("en")


@pytest.mark.parametrize(("lang", "shown"), [("kk", "20.02.2026"), ("ru", "20.02.2026"), ("en", "20 Feb 2026")])
def test_one_helper_writes_dates_for_each_language(lang, shown, restore_english):
    assert i18n.format_date("2026-02-20", lang) == shown
    assert i18n.format_date(dt.date(2026, 2, 20), lang) == shown
    assert i18n.format_date(dt.datetime(2026, 2, 20, 9, 5), lang) == shown
    assert i18n.format_datetime(dt.datetime(2026, 2, 20, 9, 5), lang) == f"{shown} 09:05"
    assert i18n.format_date(None, lang) == "" and i18n.format_date("soon", lang) == "soon"
    i18n.install(lang)
    edit = date_edit("Date")
    edit.setDate(edit.date().fromString("2026-02-20", "yyyy-MM-dd"))
    assert edit.text() == shown


def test_meeting_list_shows_local_dates_and_sorts_by_the_real_date(demo, qtbot, restore_english):
    ctx, _ = demo
    i18n.install("ru")
    model = MeetingsModel(ctx)
    proxy = sorting_proxy(model)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    shown = [proxy.index(r, 1).data() for r in range(proxy.rowCount())]
    isos = [proxy.index(r, 1).data(SORT) for r in range(proxy.rowCount())]
    assert "20.02.2026" in shown and not any("-" in s for s in shown)
    assert isos == sorted(isos)  # 05.03.2026 after 20.02.2026, though "05" < "20" as text


def test_meeting_editor_title_has_the_local_date(demo, qtbot, restore_english):
    from council_desktop.ui.meeting_editor import MeetingEditor
    ctx, mid = demo
    i18n.install("en")
    editor = MeetingEditor(ctx, mid)
    qtbot.addWidget(editor)
    assert "20 Feb 2026" in editor.title.text() and "2026-02-20" not in editor.title.text()
