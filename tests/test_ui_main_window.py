"""The main window as a user meets it: navigation, status bar, remembered view, shortcuts, languages."""
from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from ui_typing import type_text

from council_desktop.ui.forms import UnsavedChanges
from council_desktop.ui.main_window import VIEWS, MainWindow
from council_desktop.ui.prefs import Prefs

pytestmark = pytest.mark.usefixtures("english_ui")


def click_nav(qtbot, window, name: str) -> None:
    item = window.nav.item(VIEWS.index(name))
    rect = window.nav.visualItemRect(item)
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_navigation_by_clicking_shows_each_view(window, qtbot):
    for name in VIEWS:
        click_nav(qtbot, window, name)
        assert window.current_view_name() == name
        assert window.stack.currentWidget() is window.views[name]


def test_status_bar_names_the_open_database(window, db_path):
    assert str(db_path) in window.database_label.text()
    assert str(db_path) in window.windowTitle()


def test_last_view_is_restored(demo, qtbot):
    ctx, _ = demo
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    click_nav(qtbot, first, "bodies")
    first.close()
    prefs = Prefs()
    assert prefs.last_view == "bodies"
    assert prefs.s.format() == prefs.s.Format.IniFormat
    assert os.path.isfile(prefs.s.fileName()) and prefs.s.fileName().startswith(os.environ["XDG_CONFIG_HOME"])
    assert prefs.s.fileName().endswith(".ini")
    assert prefs.s.value("version") is not None
    assert prefs.geometry == first.saveGeometry()  # restored by the next window (the screen permitting)
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    assert second.current_view_name() == "bodies"


def test_ctrl_f_focuses_search_and_ctrl_n_starts_a_new_person(window, qtbot):
    window.show_view("people")
    people = window.views["people"]
    people.table.setCurrentIndex(people.model.index(0, 0))
    assert people.editor.person_id is not None
    window.activateWindow()
    people.table.setFocus()
    qtbot.keyClick(people.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is people.search
    qtbot.keyClick(people.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert people.editor.person_id is None
    assert people.editor.heading.text() == "New person"


def test_closing_with_unsaved_changes_asks(window, qtbot, monkeypatch):
    window.show_view("people")
    editor = window.views["people"].editor
    type_text(editor.fields["surname"], "Жаңабаев")
    asked = []
    monkeypatch.setattr(UnsavedChanges, "ask", classmethod(lambda cls, parent, what="": asked.append(what) or "cancel"))
    window.close()
    assert asked and window.isVisible()
    monkeypatch.setattr(UnsavedChanges, "ask", classmethod(lambda cls, parent, what="": asked.append(what) or "save"))
    window.close()
    assert not window.isVisible()
    assert window.ctx.registry.count_people("Жаңабаев") == 1


def test_switching_language_translates_the_window(window, qtbot):
    window.show_view("people")
    assert window.nav.item(0).text() == "Meetings"
    assert window.set_language("kk")
    assert window.nav.item(0).text() == "Отырыстар"
    assert window.nav.item(1).text() == "Тұлғалар"
    assert window.views["people"].new_button.text() == "Жаңа тұлға"
    assert window.menuBar().actions()[0].text() == "&Файл"
    assert window.current_view_name() == "people"
    assert Prefs().language == "kk"
    assert window.set_language("ru")
    assert window.views["people"].editor.fields["surname"].accessibleName() == "Фамилия (Русский)"
    assert window.views["people"].model.headerData(0, Qt.Orientation.Horizontal) == "ФИО"


def test_every_control_has_an_accessible_name(window):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
        QWidget,
    )
    unnamed = []
    for name in VIEWS:
        if name == "meetings":
            continue  # the meeting editor is checked by its own tests
        window.show_view(name)
        for w in window.views[name].findChildren(QWidget):
            if not isinstance(w, (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QPlainTextEdit)):
                continue
            inner = isinstance(w, QLineEdit) and isinstance(w.parent(), (QComboBox, QAbstractSpinBox))
            if isinstance(w, QHeaderView) or inner:
                continue
            if type(w).__name__ in ("QCalendarWidget", "QToolButton", "QCalendarView") or not w.isVisibleTo(window):
                continue
            if not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text())):
                unnamed.append(f"{name}: {type(w).__name__} {w.objectName()}")
    assert not unnamed, unnamed


def test_opening_a_meeting_shows_its_editor_and_routes_undo(window, demo, qtbot):
    _, meeting_id = demo
    meetings = window.views["meetings"]
    row = meetings.proxy.mapFromSource(meetings.model.index(meetings.model.row_of(meeting_id), 0))
    meetings.table.setCurrentIndex(row)
    meetings.table.setFocus()
    qtbot.keyClick(meetings.table, Qt.Key.Key_Return)
    editor = meetings.editor
    assert editor is not None and meetings.right.currentWidget() is editor
    assert window.undo_group.activeStack() is editor.undo_stack
    editor.undo_stack.push(QUndoCommand("edit"))
    assert window.act_undo.isEnabled()
    window.show_view("people")  # Undo does not reach into a meeting that is out of sight
    people_stack = window.views["people"].editor.undo_stack
    assert window.undo_group.activeStack() is people_stack and not window.act_undo.isEnabled()
    window.show_view("meetings")
    window.act_undo.trigger()
    assert editor.undo_stack.index() == 0 and window.act_redo.isEnabled()


def test_switching_meetings_with_unsaved_changes_asks(window, demo, monkeypatch):
    ctx, meeting_id = demo
    other = next(m["id"] for m in ctx.views.meetings() if m["id"] != meeting_id)
    meetings = window.views["meetings"]
    assert meetings.open_meeting(meeting_id)
    editor = meetings.editor
    monkeypatch.setattr(editor, "has_unsaved_changes", lambda: True)
    asked = []
    monkeypatch.setattr(UnsavedChanges, "ask", classmethod(lambda cls, parent, what="": asked.append(1) or "cancel"))
    assert not meetings.open_meeting(other)
    assert asked and meetings.editor is editor


def test_ctrl_p_prints_the_open_meetings_protocol(window, demo, qtbot, monkeypatch):
    from council_desktop.ui.protocol_preview import ProtocolPreview
    _, meeting_id = demo
    printed = []
    monkeypatch.setattr(ProtocolPreview, "print_dialog", lambda self: printed.append(self.pdf))
    window.show_view("meetings")
    window.act_print.trigger()
    assert printed == []  # no meeting open: nothing to print
    assert window.views["meetings"].open_meeting(meeting_id)
    window.views["meetings"].table.setFocus()
    qtbot.keyClick(window.views["meetings"].table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed == []  # the window does not wait for the render: the print dialog comes with it
    qtbot.waitUntil(lambda: len(printed) == 1, timeout=10000)
    assert printed[0].startswith(b"%PDF")


def test_open_database_switches_and_remembers_it(window, tmp_path, monkeypatch):
    from council_desktop.ui.main_window import DatabaseChooser
    other = tmp_path / "other.db"
    monkeypatch.setattr(DatabaseChooser, "new_path", classmethod(lambda cls, parent: str(other)))
    old_location = window.ctx.location
    window.new_database()
    assert window.ctx.location == str(other)
    assert str(other) in window.database_label.text()
    assert window.views["people"].model.total == 0
    assert Prefs().recent[:2] == [str(other), old_location]
    recent = [a.text() for a in window.recent_menu.actions()]
    assert recent[:2] == [str(other), old_location]
    window.recent_menu.actions()[1].trigger()
    assert window.ctx.location == old_location
    assert window.views["people"].model.total == 17


def test_language_chosen_in_settings_applies_to_the_window(window, monkeypatch):
    from council_desktop.ui.settings_dialog import SettingsDialog
    monkeypatch.setattr(SettingsDialog, "ask", classmethod(lambda cls, ctx, parent=None: {"language": "ru"}))
    window.act_settings.trigger()
    assert window.nav.item(5).text() == "Решения и поручения"
    assert window.act_print.text() == "&Печать протокола…"
    assert window.database_label.text().startswith("База данных:")


def test_new_body_starts_with_the_office_default_quorum_rule(window):
    window.ctx.settings.update({"default_quorum_rule": "two_thirds"})
    bodies = window.views["bodies"]
    bodies.new()
    assert bodies.editor.quorum_rule.currentData() == "two_thirds"


def test_keyboard_only_finding_and_opening_a_person(window, qtbot):
    window.activateWindow()
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_name() == "people"
    people = window.views["people"]
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is people.search
    type_text(people.search, "пя")
    qtbot.waitUntil(lambda: people.model.rowCount() == 1)
    qtbot.keyClick(people.search, Qt.Key.Key_Tab)
    assert window.focusWidget() is people.table
    qtbot.keyClick(people.table, Qt.Key.Key_Down)
    assert people.editor.fields["surname"].text() == "Пя"
    qtbot.keyClick(people.table, Qt.Key.Key_Return)
    assert window.focusWidget() is people.editor.fields["surname"]


def test_ctrl_n_in_meetings_plans_a_meeting_and_opens_it(window, demo, qtbot, monkeypatch):
    from council_desktop.ui.new_meeting_dialog import NewMeetingDialog
    ctx, _ = demo
    body = ctx.registry.bodies()[0]["id"]
    monkeypatch.setattr(NewMeetingDialog, "ask", classmethod(
        lambda cls, c, parent=None: c.meetings.plan([body], "2026-12-10")))
    window.show_view("meetings")
    meetings = window.views["meetings"]
    meetings.table.setFocus()
    qtbot.keyClick(meetings.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert meetings.model.rowCount() == 3
    assert meetings.editor is not None
    assert ctx.views.meeting(meetings.editor.meeting_id)["date"] == "2026-12-10"


def test_icons_are_scalable_svg_drawn_sharp_at_200_percent(qapp):
    from PySide6.QtCore import QSize

    from council_desktop.paths import resource
    from council_desktop.ui.icons import icon
    names = [*VIEWS, "new", "find", "print", "undo", "redo", "help", "settings", "app"]
    for name in names:
        assert resource("icons", f"{name}.svg").read_text().startswith("<svg"), name
        pixmap = icon(name).pixmap(QSize(22, 22), 2.0)
        assert pixmap.deviceIndependentSize().toSize() == QSize(22, 22), name
        assert (pixmap.width(), pixmap.height()) == (44, 44), name  # drawn at 44 px, not scaled up from 22


def test_file_menu_checks_a_copy_of_a_signed_protocol(window, demo, qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from council_desktop.ui.main_window import CopyChooser

    ctx, mid = demo
    draft = tmp_path / "draft.pdf"
    ctx.documents.write("protocol", mid, "ru", draft)
    ctx.protocols.sign(mid, "ru")
    signed, kazakh = tmp_path / "signed.pdf", tmp_path / "kk.pdf"
    ctx.documents.write("protocol", mid, "ru", signed)
    ctx.documents.write("protocol", mid, "kk", kazakh)
    shown = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(
            lambda parent, title, text, kind=kind: shown.append((kind, title, text))))
    chosen = iter([str(signed), str(kazakh), str(draft), None])
    monkeypatch.setattr(CopyChooser, "pdf_path", classmethod(lambda cls, parent: next(chosen)))
    file_menu = window.menuBar().actions()[0].menu()
    assert window.act_verify in file_menu.actions()
    for _ in range(4):
        window.act_verify.trigger()
    assert [k for k, _, _ in shown] == ["information", "information", "warning"]
    assert shown[0][2].startswith("This is the very file signed: protocol No. 1/1 of 20.02.2026, version 1")
    assert shown[1][2].startswith("This is another print of the signed data")
    assert shown[2][2] == "This file is not a protocol signed in this database."
    assert all(title == "Check a protocol copy" for _, title, _ in shown)


def test_every_menu_entry_says_in_the_status_bar_what_it_does(window):
    """Every entry of the menus is made one way (forms.menu_action): the status bar's line is its text
    without & and …, or a line of its own where it has one."""
    own = {"Find in &minutes…": "Find in minutes", "&Keyboard shortcuts": "Every key of the window"}
    undo = {window.act_undo, window.act_redo}  # made by the undo group, their text follows the command
    seen = {}

    def walk(menu):
        for act in menu.actions():
            if act.menu() is not None and act.menu() is not window.recent_menu:
                walk(act.menu())
            elif not act.isSeparator() and act not in undo and act.menu() is None:
                seen[act.text()] = act.statusTip()
    for top in window.menuBar().actions():
        walk(top.menu())
    assert len(seen) == 29 and "&Agenda (invitation)…" in seen and "&Import…" in seen
    assert {text: tip for text, tip in seen.items() if tip != own.get(text, text.replace("&", "").rstrip("…"))} == {}
