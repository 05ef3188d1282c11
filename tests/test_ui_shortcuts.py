"""Keyboard first: no two keys of a window can be pressed for different things at the same moment,
the attendance keys mark people, everyone is marked present with one key, and Help lists every key."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from council_desktop.ui import i18n
from council_desktop.ui.main_window import VIEWS, MainWindow
from council_desktop.ui.meeting.widgets import shortcut
from council_desktop.ui.shortcuts import ShortcutsDialog, clashes, collect


@pytest.fixture
def window(demo, qtbot, qapp):
    ctx, meeting_id = demo
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 700)
    w.show()
    qtbot.waitExposed(w)
    yield w
    i18n.install("en")


def open_meeting(window, meeting_id: int):
    window.show_view("meetings")
    assert window.views["meetings"].open_meeting(meeting_id)
    return window.meeting_editor()


def show_everything(editor) -> None:
    """The item with the most in it, and in Minutes a speech, a resolution and an assignment chosen, so that
    every field of every tab is enabled (a disabled field's key does not count)."""
    record = editor.record
    richest = max(record["agenda"], key=lambda i: (len(i["speeches"]) > 0,
                                                   sum(len(r["assignments"]) for r in i["resolutions"])))
    editor.agenda.view.setCurrentIndex(editor.agenda.model.index(editor.agenda.model.row_of(richest["id"]), 0))
    minutes = editor.minutes
    minutes.items.setCurrentIndex(editor.agenda.model.index(editor.agenda.model.row_of(richest["id"]),
                                                            editor.agenda.model.NUMBERED_COLUMN))
    for view in (minutes.speeches, minutes.resolutions, minutes.assignments):
        if view.model().rowCount():
            view.setCurrentIndex(view.model().index(0, 0))
    assert minutes.gist.isEnabled() and minutes.task.isEnabled() and minutes.resolution_text.isEnabled()


def describe(pairs) -> list[str]:
    return [f"{a.text}: {a.what!r} ({type(a.widget).__name__}) / {b.what!r} ({type(b.widget).__name__})"
            for a, b in pairs]


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_no_key_of_any_view_or_tab_is_ambiguous(demo, qtbot, qapp, lang):
    i18n.install(lang)
    try:
        ctx, meeting_id = demo
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1366, 700)
        window.show()
        editor = open_meeting(window, meeting_id)
        show_everything(editor)
        seen = 0
        for name in VIEWS:
            window.show_view(name)
            tabs = range(editor.tabs.count()) if name == "meetings" else [None]
            for tab in tabs:
                if tab is not None:
                    editor.tabs.setCurrentIndex(tab)
                QApplication.processEvents()
                keys = collect(window)
                seen += len(keys)
                assert not clashes(keys), (lang, name, tab, describe(clashes(keys)))
        assert seen > 100  # the menus, the views' keys, the tabs' keys and mnemonics were all seen
    finally:
        i18n.install("en")


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_no_key_of_the_meeting_dialogs_is_ambiguous(demo, qtbot, qapp, lang):
    from council_desktop.ui.meeting.agenda_tab import PresentationDialog
    from council_desktop.ui.meeting.widgets import TextPrompt
    from council_desktop.ui.person_picker import NewPersonDialog, PersonPicker
    from council_desktop.ui.new_meeting_dialog import NewMeetingDialog

    i18n.install(lang)
    try:
        ctx, _ = demo
        for dialog in (NewMeetingDialog(ctx), PersonPicker(ctx), NewPersonDialog(ctx), PresentationDialog(ctx),
                       TextPrompt(None, "t", "&Text")):
            qtbot.addWidget(dialog)
            dialog.show()
            QApplication.processEvents()
            keys = collect(dialog)
            assert not clashes(keys), (lang, type(dialog).__name__, describe(clashes(keys)))
    finally:
        i18n.install("en")


def test_a_shortcut_of_a_tab_works_in_that_tab_only(window):
    editor = open_meeting(window, 1)
    for tab, shortcuts in ((editor.agenda, (editor.agenda.add_shortcut, editor.agenda.remove_shortcut)),
                           (editor.attendance, [editor.attendance.shortcuts[k] for k in ("everyone", "guest")])):
        assert {s.context() for s in shortcuts} == {Qt.ShortcutContext.WidgetWithChildrenShortcut}
        assert {s.parent() for s in shortcuts} == {tab}
    assert {editor.attendance.shortcuts[s].context() for s in ("present", "remote", "absent", "excused")} == {
        Qt.ShortcutContext.WidgetShortcut}


def test_a_key_registered_twice_is_found(window):
    """The check can fail: the attendance tab's old Ctrl+1 against the views' Ctrl+1."""
    editor = open_meeting(window, 1)
    editor.tabs.setCurrentWidget(editor.attendance)
    QApplication.processEvents()
    assert not clashes(collect(window))
    clash = shortcut("Ctrl+1", editor.attendance, lambda: None, Qt.ShortcutContext.WidgetWithChildrenShortcut)
    found = clashes(collect(window))
    assert [(a.text, b.text) for a, b in found] == [("Ctrl+1", "Ctrl+1")]
    # hidden with its tab, it cannot be pressed, so it does not clash
    editor.tabs.setCurrentWidget(editor.agenda)
    QApplication.processEvents()
    assert not clashes(collect(window))
    clash.setParent(None)


def test_views_and_attendance_keys_work_from_the_attendance_list(window, qtbot):
    ctx = window.ctx
    editor = open_meeting(window, 1)
    editor.tabs.setCurrentWidget(editor.attendance)
    tab = editor.attendance
    view = tab.view
    view.setFocus()
    members = [r["person_id"] for r in tab.model.rows if not r["guest"] and not r["substitute_for_id"]]

    def status(pid):
        return next(a["status"] for a in ctx.views.meeting_record(1)["attendance"] if a["person_id"] == pid)

    rect = view.visualRect(tab.model.index(tab.model.row_of_person(members[1]), 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(view, Qt.Key.Key_3)
    assert status(members[1]) == "absent"
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)  # two people selected
    qtbot.keyClick(view, Qt.Key.Key_4)
    assert [status(p) for p in tab.selected_ids()] == ["excused", "excused"]
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert {status(p) for p in tab.selected_ids()} == {"remote"}
    qtbot.keyClick(view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert {a["status"] for a in ctx.views.meeting_record(1)["attendance"]} == {"present"}
    assert editor.undo_stack.undoText() == "Mark as present"
    editor.undo_stack.undo()
    assert {status(p) for p in tab.selected_ids()} == {"remote"}
    # the window's view keys still work with the focus in the list: Ctrl+2 is People
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_name() == "people"
    qtbot.keyClick(window.views["people"], Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_name() == "meetings"


def test_everyone_present_button_marks_the_whole_list(window, qtbot):
    ctx = window.ctx
    editor = open_meeting(window, 1)
    editor.tabs.setCurrentWidget(editor.attendance)
    before = {a["person_id"]: a["status"] for a in ctx.views.meeting_record(1)["attendance"]}
    assert set(before.values()) != {"present"}  # the demo meeting has people absent or excused
    qtbot.mouseClick(editor.attendance.everyone_present, Qt.MouseButton.LeftButton)
    assert {a["status"] for a in ctx.views.meeting_record(1)["attendance"]} == {"present"}
    editor.undo_stack.undo()
    assert {a["person_id"]: a["status"] for a in ctx.views.meeting_record(1)["attendance"]} == before


def test_help_lists_every_key_of_the_window(window, qtbot, monkeypatch):
    editor = open_meeting(window, 1)
    shown = []
    monkeypatch.setattr(ShortcutsDialog, "ask", classmethod(lambda cls, w: shown.append(cls(w))))
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    action = next(a for a in help_menu.actions() if a.text() == "&Keyboard shortcuts")
    assert action.shortcut().toString() == "Ctrl+F1"
    qtbot.keyClick(window, Qt.Key.Key_F1, Qt.KeyboardModifier.ControlModifier)
    [dialog] = shown
    qtbot.addWidget(dialog)
    rows = dialog.rows()
    keys = {(k, what) for k, what, _where in rows}
    for key in collect(window, mnemonics=False):
        assert (key.text, key.what) in keys
    # the keys of every tab of the open meeting, not only the tab in sight
    assert editor.tabs.currentWidget() is not editor.attendance
    assert ("Ctrl+Shift+P", "Mark everyone on the list as present", "Attendance") in rows
    assert ("3", "Mark the selected as absent", "Attendance") in rows
    assert ("Ctrl+Shift+A", "Add an agenda item", "Agenda") in rows
    assert ("Ctrl+2", "People", "Everywhere") in rows
    assert all(what for _k, what, _w in rows), [r for r in rows if not r[1]]
