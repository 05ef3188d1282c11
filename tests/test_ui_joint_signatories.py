"""The Details tab of a joint meeting: who signs for each body, chosen with the person picker, saved
at once and undone, printed on the protocol (read back from the PDF)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_typing import type_text

from council_desktop.ui.meeting_editor import MeetingEditor

from test_documents_records_office import words


@pytest.fixture
def editor(demo, qtbot):
    ctx, meeting_id = demo
    widget = MeetingEditor(ctx, meeting_id)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def test_choosing_the_second_bodys_chair_signs_the_protocol_and_undo_puts_the_default_back(editor, qtbot):
    ctx, mid = editor.ctx, editor.meeting_id
    tab = editor.details
    editor.tabs.setCurrentWidget(tab)
    assert tab.signing.isVisible()
    second = editor.record["bodies"][1]["id"]
    chair, secretary = tab.signing.pickers[second]
    assert chair.text() == "" and "Lokshin" in chair.placeholderText()  # the default, shown greyed
    assert "Sadykova" in secretary.placeholderText()

    chair.setFocus()
    type_text(chair, "Akshulakov")
    qtbot.waitUntil(chair.found.isVisible)
    qtbot.keyClick(chair, Qt.Key.Key_Return)
    akshulakov = ctx.registry.people("Акшулаков")[0]["id"]
    qtbot.waitUntil(lambda: ctx.views.meeting_record(mid)["bodies"][1]["signing_chair_id"] == akshulakov)
    assert editor.undo_stack.count() == 1 and editor.undo_stack.undoText() == "Who signs for DLHS NAS RK"
    text = words(ctx.documents.render("protocol", mid, "ru"))
    assert "Председатель ОНЖЗ НАН РК С. Акшулаков" in text and "Председатель ОНЖЗ НАН РК В. Локшин" not in text

    editor.undo_stack.undo()
    assert ctx.views.meeting_record(mid)["bodies"][1]["signing_chair_id"] is None
    assert chair.text() == "" and "Lokshin" in chair.placeholderText()
    assert "Председатель ОНЖЗ НАН РК В. Локшин" in words(ctx.documents.render("protocol", mid, "ru"))
    editor.undo_stack.redo()
    assert ctx.views.meeting_record(mid)["bodies"][1]["signing_chair_id"] == akshulakov
    assert "Akshulakov" in chair.text()


def test_the_chair_picked_again_as_the_same_bodys_secretary_is_refused_with_one_line_and_nothing_saved(
        editor, qtbot):
    ctx, mid = editor.ctx, editor.meeting_id
    tab = editor.details
    editor.tabs.setCurrentWidget(tab)
    second = editor.record["bodies"][1]["id"]
    chair, secretary = tab.signing.pickers[second]
    for picker in (chair, secretary):  # the same person picked in both fields of the body
        picker.setFocus()
        type_text(picker, "Akshulakov")
        qtbot.waitUntil(picker.found.isVisible)
        qtbot.keyClick(picker, Qt.Key.Key_Return)
    akshulakov = ctx.registry.people("Акшулаков")[0]["id"]
    qtbot.waitUntil(editor.message.isVisible)
    assert editor.message.text() == ("Serik Akshulakov cannot sign both as chair and as secretary (DLHS NAS RK): "
                                     "choose another person for one of them.")
    body = ctx.views.meeting_record(mid)["bodies"][1]
    assert (body["signing_chair_id"], body["signing_secretary_id"]) == (akshulakov, None)  # the chair alone saved
    assert editor.undo_stack.count() == 1  # the refused choice is no step to undo
    assert "Akshulakov" in chair.text()
    assert secretary.text() == "" and "Sadykova" in secretary.placeholderText()  # back to the default, greyed
    text = words(ctx.documents.render("protocol", mid, "ru"))
    assert "Председатель ОНЖЗ НАН РК С. Акшулаков" in text and "Секретарь ОНЖЗ НАН РК Ш.Н. Садыкова" in text


def test_a_one_body_meeting_shows_no_signing_per_body(demo, qtbot):
    ctx, _ = demo
    body = ctx.registry.bodies("ru")[0]["id"]
    mid = ctx.meetings.plan([body], "2026-04-02", {})
    editor = MeetingEditor(ctx, mid)
    qtbot.addWidget(editor)
    editor.show()
    editor.tabs.setCurrentWidget(editor.details)
    assert not editor.details.signing.isVisible()
