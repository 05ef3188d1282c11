"""The Minutes tab of a joint meeting: the show-of-hands vote typed per body, as a secretary would."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from council_desktop.ui.meeting_editor import MeetingEditor


@pytest.fixture
def editor(demo, qtbot):
    ctx, meeting_id = demo
    widget = MeetingEditor(ctx, meeting_id)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.tabs.setCurrentWidget(widget.minutes)
    return widget


def type_count(qtbot, spin, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    assert spin.value() == value


def split(ctx, mid) -> dict:
    return next(r for i in ctx.views.meeting_record(mid)["agenda"] for r in i["resolutions"] if r["votes_against"])


def test_the_vote_of_each_body_is_typed_recorded_refused_and_undone(editor, qtbot):
    ctx, mid = editor.ctx, editor.meeting_id
    tab = editor.minutes
    tab.items.setCurrentIndex(editor.agenda.model.index(3, 0))  # item 4: 9 for, 1 against, 1 abstained
    tab.resolutions.setCurrentIndex(tab.resolutions_model.index(0, 0))
    assert tab.current_resolution_id() == split(ctx, mid)["id"]
    assert tab.body_counts.isVisible()
    council, department = [b["id"] for b in editor.record["bodies"]]
    assert [tab.body_labels[b].text() for b in (council, department)] == ["STC MoH RK", "DLHS NAS RK"]
    assert all(spin.value() == -1 and spin.text() == "—" for spins in tab.body_spins.values() for spin in spins)

    for spin, value in zip((*tab.body_spins[council], *tab.body_spins[department]), (9, 1, 0, 6, 0, 0)):
        type_count(qtbot, spin, value)
    qtbot.mouseClick(tab.body_counts_button, Qt.MouseButton.LeftButton)
    # six for in a body of five present: refused beside the vote, nothing kept
    assert tab.vote_error.isVisible() and "DLHS NAS RK counts 6 votes" in tab.vote_error.text()
    assert split(ctx, mid)["body_counts"] == {}

    for spin, value in zip((*tab.body_spins[council], *tab.body_spins[department]), (9, 1, 0, 4, 0, 1)):
        type_count(qtbot, spin, value)
    qtbot.mouseClick(tab.body_counts_button, Qt.MouseButton.LeftButton)
    assert not tab.vote_error.isVisible()
    assert split(ctx, mid)["body_counts"] == {council: {"votes_for": 9, "votes_against": 1, "votes_abstained": 0},
                                              department: {"votes_for": 4, "votes_against": 0, "votes_abstained": 1}}
    assert [s.value() for s in tab.body_spins[department]] == [4, 0, 1]  # shown as read back

    editor.undo_stack.undo()
    assert split(ctx, mid)["body_counts"] == {}
    assert [s.value() for s in tab.body_spins[council]] == [-1, -1, -1]
    editor.undo_stack.redo()
    assert split(ctx, mid)["body_counts"][department] == {"votes_for": 4, "votes_against": 0, "votes_abstained": 1}

    for spin in (*tab.body_spins[council], *tab.body_spins[department]):  # every count back to —
        spin.setFocus()
        for _ in range(spin.value() + 1):  # Down arrow to the lowest, shown as —
            qtbot.keyClick(spin, Qt.Key.Key_Down)
        assert spin.value() == -1 and spin.text() == "—"
    qtbot.mouseClick(tab.body_counts_button, Qt.MouseButton.LeftButton)
    assert split(ctx, mid)["body_counts"] == {}  # counted in total only again


def test_counts_per_body_typed_are_unsaved_changes_asked_about_on_closing_and_undone_by_ctrl_z(demo, window, qtbot,
                                                                                             monkeypatch):
    from council_desktop.ui import forms

    ctx, meeting_id = demo  # the joint meeting
    assert window.views["meetings"].open_meeting(meeting_id)
    editor = window.meeting_editor()
    tab = editor.minutes
    editor.tabs.setCurrentWidget(tab)
    tab.items.setCurrentIndex(editor.agenda.model.index(3, 0))
    tab.resolutions.setCurrentIndex(tab.resolutions_model.index(0, 0))
    council = editor.record["bodies"][0]["id"]
    assert not editor.has_unsaved_changes()
    type_count(qtbot, tab.body_spins[council][0], 9)
    editor._autosave.stop()  # a moment later it would save by itself
    assert editor.has_unsaved_changes()
    asked = []
    monkeypatch.setattr(forms.UnsavedChanges, "ask", classmethod(lambda cls, *a: asked.append(a) or "cancel"))
    window.close()
    assert len(asked) == 1 and window.isVisible()  # the close waits for the answer about them
    assert window.act_undo.isEnabled()
    qtbot.keyClick(editor.tabs.tabBar(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.body_spins[council][0].value() == -1 and not editor.has_unsaved_changes()
    assert split(ctx, meeting_id)["body_counts"] == {}


def test_one_body_meetings_show_no_counts_per_body(ctx, qtbot):
    org = ctx.records.create("organization", {"name_ru": "Научный центр", "short_name": "НЦ"})
    body = ctx.records.create("council_body", {"name_ru": "Учёный совет", "short_name": "УС", "organization_id": org})
    mid = ctx.meetings.plan([body], "2026-03-12", {"start_time": "10:00"})
    widget = MeetingEditor(ctx, mid)
    qtbot.addWidget(widget)
    widget.show()
    widget.tabs.setCurrentWidget(widget.minutes)
    assert not widget.minutes.body_counts.isVisible()
