"""Edit → Find in minutes… through the widgets: Ctrl+Shift+F, words typed in Kazakh, in Russian in another case
and in English, Enter, and the meeting open at the hit (its tab, its item, the speech / resolution / assignment
chosen, the texts in the language that matched); hostile text typed is only text; the dialog fits 1366 × 700."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from ui_typing import type_text

from council_desktop.ui import i18n, jobs
from council_desktop.ui.find_dialog import FindDialog


@pytest.fixture
def finder(window, qtbot):
    """The dialog as Ctrl+Shift+F opens it on the demo window (jobs run at once)."""
    jobs.use_pool(jobs.ImmediatePool())
    window.resize(1366, 700)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    # the window's views built after its first paint are all there (none is left to a later test's loop)
    qtbot.waitUntil(lambda: not getattr(window.views, "unbuilt", list)())
    table = window.views["meetings"].table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.find_dialog
    qtbot.waitExposed(dialog)
    yield window, dialog
    dialog.close()
    jobs.use_pool(None)


def type_and_enter(qtbot, dialog: FindDialog, text: str) -> None:
    dialog.query.selectAll()
    qtbot.keyClick(dialog.query, Qt.Key.Key_Backspace)
    type_text(dialog.query, text)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)


def test_ctrl_shift_f_opens_the_dialog_with_the_query_box_in_focus(finder):
    window, dialog = finder
    assert dialog.isVisible() and dialog.query.hasFocus()
    assert window.act_find_minutes.shortcut().toString() == "Ctrl+Shift+F"
    assert window.act_find_minutes in window.menuBar().actions()[1].menu().actions()  # under Edit


def test_a_kazakh_word_in_capitals_opens_the_agenda_at_the_item_titled_with_it(finder, qtbot):
    window, dialog = finder
    ctx = window.ctx
    meeting, item = next((m["id"], i) for m in ctx.views.meetings("ru")
                         for i in ctx.views.meeting_record(m["id"], "kk")["agenda"] if "құрамын" in i["title_kk"])
    type_and_enter(qtbot, dialog, "ҚҰРАМЫН")
    assert not dialog.isVisible()  # opened: the dialog steps aside
    editor = window.meeting_editor()
    assert editor is not None and editor.meeting_id == meeting
    assert editor.tabs.currentWidget() is editor.agenda
    assert editor.agenda.model.rows[editor.agenda.view.currentIndex().row()]["id"] == item["id"]
    assert editor.text_lang == "kk"
    assert "құрамын" in editor.agenda.title.toPlainText()  # the Kazakh title is what is shown


def test_a_russian_word_in_another_case_opens_the_minutes_at_the_resolution(finder, qtbot):
    window, dialog = finder
    ctx = window.ctx
    # a word of a resolution (not of any title or heard): the first hit is that resolution
    meeting = ctx.views.meetings("ru")[-1]["id"]
    record = ctx.views.meeting_record(meeting, "ru")
    item = record["agenda"][-1]
    resolution = item["resolutions"][-1]
    ctx.minutes.update_resolution(resolution["id"], {"ru": "Рекомендовать Тестогенному центру продолжить работу"})
    type_and_enter(qtbot, dialog, "ТЕСТОГЕНН")
    editor = window.meeting_editor()
    assert editor.meeting_id == meeting
    assert editor.tabs.currentWidget() is editor.minutes
    minutes = editor.minutes
    assert minutes.current_item_id() == item["id"]
    assert minutes.current_resolution_id() == resolution["id"]
    assert editor.text_lang == "ru"
    assert minutes.resolution_text.toPlainText().startswith("Рекомендовать Тестогенному")


def test_an_english_word_opens_the_minutes_at_the_speech_and_at_the_assignment(finder, qtbot):
    window, dialog = finder
    ctx = window.ctx
    meeting = ctx.views.meetings("ru")[-1]["id"]
    record = ctx.views.meeting_record(meeting, "en")
    item = next(i for i in record["agenda"] if i["speeches"] and any(r["assignments"] for r in i["resolutions"]))
    speech = item["speeches"][-1]
    resolution = next(r for r in item["resolutions"] if r["assignments"])
    assignment = resolution["assignments"][-1]
    ctx.minutes.update_speech(speech["id"], {"en": "Supported the zygomorphic approach"})
    ctx.minutes.update_assignment(assignment["id"], {"en": "Report on the xylographic archive by June"})

    type_and_enter(qtbot, dialog, "Zygomorph")
    editor = window.meeting_editor()
    assert editor.tabs.currentWidget() is editor.minutes and editor.text_lang == "en"
    assert editor.minutes.current_item_id() == item["id"]
    assert editor.minutes.current_speech_id() == speech["id"]
    assert "zygomorphic" in editor.minutes.gist.toPlainText()

    window.act_find_minutes.trigger()  # the same dialog again, the last words selected
    assert window.find_dialog is dialog and dialog.query.selectedText() == "Zygomorph"
    type_and_enter(qtbot, dialog, "XYLO")
    assert editor is window.meeting_editor()  # the same meeting stays open
    assert editor.minutes.current_resolution_id() == resolution["id"]
    assert editor.minutes.current_assignment_id() == assignment["id"]
    assert "xylographic" in editor.minutes.task.toPlainText()


def test_the_list_shows_meeting_item_place_and_the_text_around_the_word_and_double_click_opens(finder, qtbot):
    window, dialog = finder
    type_text(dialog.query, "состав")
    dialog.query.flush()
    rows = dialog.model.rowCount()
    assert rows >= 2 and dialog.status.text() == f"Found: {rows}"
    hits = dialog.model.rows
    assert {h["lang"] for h in hits} == {"ru"} and {h["kind"] for h in hits} >= {"title", "heard"}
    for row, hit in enumerate(hits):
        shown = [dialog.model.index(row, c).data() for c in range(4)]
        assert shown[0].startswith(f"No. {hit['meeting_number']} of ") and hit["bodies"] in shown[0]
        assert shown[1] == f"{hit['item_number']}. {hit['item_title']}"
        assert shown[2].endswith("(Russian)")
        assert "состав" in shown[3].lower()
    # Down into the list, the second hit, double-click
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    assert dialog.view.hasFocus()
    second = hits[1]
    rect = dialog.view.visualRect(dialog.model.index(1, 3))
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = window.meeting_editor()
    assert editor.meeting_id == second["meeting_id"]
    tab = editor.agenda if second["kind"] == "title" else editor.minutes
    assert editor.tabs.currentWidget() is tab


@pytest.mark.parametrize("text", ['"', '"состав', "состав*", "NEAR(состав", "-состав", "(", ")", "состав AND OR NOT",
                                  "col:состав", "^состав", "{состав}", "'", "\\", "состав\"*)"])
def test_hostile_text_is_only_text(finder, qtbot, text):
    window, dialog = finder
    type_text(dialog.query, text)
    dialog.query.flush()
    words = [w for w in ("состав",) if w in text]
    expected = "Nothing found." if not words else None
    if expected:
        assert dialog.status.text() == expected and dialog.model.rowCount() == 0
    else:
        # the same hits as the word alone (NOT, AND, OR, col and NEAR are words to find: nothing has them all)
        alone = window.find_dialog.service.find_in_minutes("состав", "en")[0]
        found = [(h["kind"], h["record_id"], h["lang"]) for h in dialog.model.rows]
        if any(w in text for w in ("NEAR", "AND", "col")):
            assert found == [] and dialog.status.text() == "Nothing found."
        else:
            assert found == [(h.kind, h.record_id, h.lang) for h in alone] and found


def test_the_dialog_and_its_list_fit_1366_by_700(finder, qtbot):
    window, dialog = finder
    type_text(dialog.query, "а")
    dialog.query.flush()
    assert dialog.model.rowCount() > 5
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700
    assert dialog.frameGeometry().width() <= 1366 and dialog.frameGeometry().height() <= 700
    assert dialog.view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    header = dialog.view.horizontalHeader()
    assert sum(header.sectionSize(c) for c in range(4)) <= dialog.view.viewport().width()
    assert dialog.view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_dialog_speaks_the_windows_language(window, qtbot, lang):
    jobs.use_pool(jobs.ImmediatePool())
    i18n.install(lang)
    try:
        window.rebuild()
        window.act_find_minutes.trigger()
        dialog = window.find_dialog
        type_text(dialog.query, "состав")
        dialog.query.flush()
        assert dialog.windowTitle() == {"kk": "Хаттамалардан іздеу", "ru": "Поиск по протоколам"}[lang]
        place = dialog.model.index(0, 2).data()
        assert place.endswith({"kk": "(орысша)", "ru": "(русский)"}[lang])
        assert dialog.status.text().startswith({"kk": "Табылды", "ru": "Найдено"}[lang])
        dialog.close()
    finally:
        i18n.install("en")
        jobs.use_pool(None)


def test_enter_before_the_search_has_answered_opens_the_first_hit_when_it_does(window, qtbot):
    """With the real thread pool: typing and Enter at once, the search still under way on a worker thread."""
    jobs.use_pool(None)
    try:
        window.act_find_minutes.trigger()
        dialog = window.find_dialog
        type_text(dialog.query, "compos")
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.meeting_editor() is not None and not dialog.isVisible(), timeout=10000)
        first = dialog.model.rows[0]
        editor = window.meeting_editor()
        assert (editor.meeting_id, editor.text_lang) == (first["meeting_id"], "en")
        assert dialog.searched == "compos" and all(h["lang"] == "en" for h in dialog.model.rows)
    finally:
        jobs.use_pool(None)
