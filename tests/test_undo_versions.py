"""Undo and redo carry the version the step left (issue 10): a step undone or redone after another process
changed its record is refused with one line naming the record, writes nothing and leaves the stack
(the refused step dropped: the record has moved on, it could never apply again; the steps under it stay).

The other process is a real one writing to the same SQLite file while the window is open (as in
tests/test_change_feed.py); the secretary types and presses Ctrl+Z / Ctrl+Shift+Z on the real widgets.
A subprocess blocks the window's event loop while it runs, so the undo pressed right after it comes
before the window's feed has polled: the refusal is the database's own check, not the window's copy."""
from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from test_change_feed import WAIT, council, python, rename_elsewhere
from test_change_feed import watched  # noqa: F401 - the fixture: the window, every view built, the demo meeting open
from test_postgresql import pg_url  # noqa: F401 - the fixture: a database of its own on the server
from ui_typing import type_text

from council_desktop.app import AppContext
from council_desktop.domain.errors import CouncilError
from council_desktop.ui.meeting import agenda_tab

PG = os.environ.get("COUNCIL_TEST_PG_URL")
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def elsewhere(db_path, call: str) -> None:
    """One service call by another program of ours on the same file (`ctx` is its context)."""
    child = python(f"""
        import sys
        from council_desktop.app import AppContext
        ctx = AppContext.open(sys.argv[1])
        {call}
        ctx.close()
        """, str(db_path))
    assert child.wait(timeout=120) == 0, child.stderr.read()


def type_at_end(widget, text: str) -> None:
    widget.setFocus()
    widget.end(False) if hasattr(widget, "end") else widget.moveCursor(QTextCursor.MoveOperation.End)
    type_text(widget, text)


def chair_in_the_people_view(watched):  # noqa: F811
    """The window showing the people view with the demo meeting's chair open in its editor."""
    window, meeting_id, _reads, _delivered = watched
    view = window.views["people"]
    window.show_view("people")
    chair = window.ctx.views.meeting_record(meeting_id, "ru")["chair_id"]
    view.open_person(chair)
    return window, view, chair


def test_a_surname_undone_after_another_process_renamed_the_person_is_refused_and_their_name_stays(
        watched, db_path, qtbot):  # noqa: F811
    window, view, chair = chair_in_the_people_view(watched)
    editor, surname = view.editor, view.editor.fields["surname"]
    before = surname.text()
    type_at_end(surname, "-Ли")
    assert editor.save() == chair
    assert window.ctx.registry.person(chair)["surname"] == before + "-Ли"

    rename_elsewhere(db_path, chair, "Сырттан")
    qtbot.waitUntil(lambda: surname.text() == "Сырттан", timeout=WAIT)  # nothing typed: shown as it is now
    assert editor.undo_stack.canUndo()
    qtbot.keyClick(view.table, Qt.Key.Key_Z, CTRL)
    assert window.ctx.registry.person(chair)["surname"] == "Сырттан"  # theirs, not written over
    assert editor.error.text() == ("Not undone: «Сырттан» was changed by someone else after this step, and their "
                                   "change is kept. Change it by hand if it should be different.")
    assert (surname.text(), editor.has_unsaved_changes()) == ("Сырттан", False)
    assert (editor.undo_stack.count(), editor.undo_stack.canRedo()) == (0, False)  # the step dropped


def test_a_surname_undone_with_nobody_else_writing_is_written_at_once(watched, qtbot):  # noqa: F811
    window, view, chair = chair_in_the_people_view(watched)
    surname = view.editor.fields["surname"]
    before = surname.text()
    type_at_end(surname, "-Ли")
    assert view.editor.save() == chair
    type_at_end(view.editor.fields["phone"], "+7 701 000 00 00")
    assert view.editor.save() == chair  # a second own write of the same person: undo goes over it
    qtbot.keyClick(view.table, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(view.table, Qt.Key.Key_Z, CTRL)
    person = window.ctx.registry.person(chair)
    assert (person["surname"], person["phone"], surname.text()) == (before, "", before)
    assert view.editor.error.text() == "" and not view.editor.has_unsaved_changes()
    qtbot.keyClick(view.table, Qt.Key.Key_Z, CTRL | SHIFT)
    assert window.ctx.registry.person(chair)["surname"] == before + "-Ли"


def test_the_meetings_place_undone_and_redone_after_the_council_command_changed_the_meeting(
        watched, db_path, qtbot):  # noqa: F811
    """Ctrl+Z pressed before the window has seen the other write: refused by the version it left; a redo
    refused the same way after an undo that went through."""
    window, meeting_id, _reads, _delivered = watched
    editor = window.meeting_editor()
    editor.tabs.setCurrentWidget(editor.details)
    place = editor.details.place
    original = place.text()
    type_at_end(place, " (зал 2)")
    assert editor.save()
    elsewhere(db_path, f"ctx.records.update('meeting', {meeting_id}, {{'place_en': 'Hall 3'}})")  # another field
    qtbot.keyClick(editor.tabs.tabBar(), Qt.Key.Key_Z, CTRL)
    assert window.ctx.views.meeting_record(meeting_id, "ru")["place_ru"] == original + " (зал 2)"
    assert editor.message.isVisibleTo(editor) and editor.message.text() == (
        "Not undone: the meeting was changed by someone else after this step, and their change is kept. "
        "Change it by hand if it should be different.")
    assert (place.text(), editor.has_unsaved_changes(), editor.undo_stack.count()) == \
        (original + " (зал 2)", False, 0)

    qtbot.waitUntil(lambda: editor.record["place_en"] == "Hall 3", timeout=WAIT)  # the window sees theirs
    type_at_end(place, " у окна")
    assert editor.save()
    qtbot.keyClick(editor.tabs.tabBar(), Qt.Key.Key_Z, CTRL)  # nobody wrote since: undone, written
    assert window.ctx.views.meeting_record(meeting_id, "ru")["place_ru"] == original + " (зал 2)"
    council(db_path, "meeting", "held", str(meeting_id), "--accept", "проверено")
    qtbot.keyClick(editor.tabs.tabBar(), Qt.Key.Key_Z, CTRL | SHIFT)
    stored = window.ctx.views.meeting_record(meeting_id, "ru")
    assert (stored["place_ru"], stored["status"]) == (original + " (зал 2)", "held")
    assert editor.message.text() == (
        "Not redone: the meeting was changed by someone else after this step was undone, and their change is "
        "kept. Change it by hand if it should be different.")
    assert (editor.undo_stack.count(), editor.undo_stack.canRedo()) == (0, False)
    qtbot.waitUntil(lambda: editor.record["status"] == "held", timeout=WAIT)
    assert place.text() == original + " (зал 2)"


def test_an_item_added_then_retitled_by_another_process_is_not_removed_by_undo(
        watched, db_path, qtbot, monkeypatch):  # noqa: F811
    window, meeting_id, _reads, _delivered = watched
    editor = window.meeting_editor()
    editor.tabs.setCurrentWidget(editor.agenda)
    monkeypatch.setattr(agenda_tab.TextPrompt, "ask", classmethod(lambda cls, *a, **k: "О разном"))
    count = len(editor.record["agenda"])
    editor.agenda.add_button.click()
    added = editor.record["agenda"][-1]
    assert (len(editor.record["agenda"]), added["title_ru"]) == (count + 1, "О разном")
    elsewhere(db_path, f"ctx.records.update('agenda_item', {added['id']}, {{'title_ru': 'Разное: бюджет'}})")
    qtbot.keyClick(editor.tabs.tabBar(), Qt.Key.Key_Z, CTRL)
    agenda = window.ctx.views.meeting_record(meeting_id, "ru")["agenda"]
    assert (len(agenda), agenda[-1]["title_ru"]) == (count + 1, "Разное: бюджет")
    assert editor.message.text() == (
        f"Not undone: agenda item {count + 1} “О разном” was changed by someone else after this step, and their "
        "change is kept. Change it by hand if it should be different.")
    assert editor.undo_stack.count() == 0


def test_the_windows_own_later_writes_do_not_make_its_undo_refused(watched, qtbot, monkeypatch):  # noqa: F811
    """An item added, titled and moved up by this window (each write moves its version on): undone step by
    step to nothing, as the window's own writes are the versions its steps left."""
    window, meeting_id, _reads, _delivered = watched
    editor = window.meeting_editor()
    tab = editor.agenda
    editor.tabs.setCurrentWidget(tab)
    monkeypatch.setattr(agenda_tab.TextPrompt, "ask", classmethod(lambda cls, *a, **k: "О разном"))
    before = [i["id"] for i in window.ctx.views.meeting_record(meeting_id)["agenda"]]
    tab.add_button.click()
    type_at_end(tab.title, " и бюджете")
    assert editor.save()
    qtbot.keyClick(tab.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.ctx.views.meeting_record(meeting_id)["agenda"][-2]["title_ru"] == "О разном и бюджете"
    for _step in range(3):
        qtbot.keyClick(editor.tabs.tabBar(), Qt.Key.Key_Z, CTRL)
    assert [i["id"] for i in window.ctx.views.meeting_record(meeting_id)["agenda"]] == before
    assert editor.message.text() == "" and not editor.undo_stack.canUndo()


def test_a_removed_speech_put_back_and_changed_elsewhere_is_not_removed_again_by_redo(
        watched, db_path, qtbot):  # noqa: F811
    window, meeting_id, _reads, _delivered = watched
    editor = window.meeting_editor()
    tab = editor.minutes
    editor.tabs.setCurrentWidget(tab)
    tab.items.setCurrentIndex(editor.agenda.model.index(1, 0))
    tab.speeches.setCurrentIndex(tab.speeches_model.index(0, 0))
    speech = editor.record["agenda"][1]["speeches"][0]
    count = len(editor.record["agenda"][1]["speeches"])
    tab.remove_speech_button.click()
    assert len(window.ctx.views.meeting_record(meeting_id)["agenda"][1]["speeches"]) == count - 1
    qtbot.keyClick(editor.tabs.tabBar(), Qt.Key.Key_Z, CTRL)  # put back, under a new id
    back = window.ctx.views.meeting_record(meeting_id, "ru")["agenda"][1]["speeches"][0]
    assert (back["gist_ru"], back["person_id"]) == (speech["gist_ru"], speech["person_id"])
    elsewhere(db_path, f"ctx.minutes.update_speech({back['id']}, {{'ru': 'Уточнено другим секретарём'}})")
    qtbot.keyClick(editor.tabs.tabBar(), Qt.Key.Key_Z, CTRL | SHIFT)
    speeches = window.ctx.views.meeting_record(meeting_id, "ru")["agenda"][1]["speeches"]
    assert (len(speeches), speeches[0]["gist_ru"]) == (count, "Уточнено другим секретарём")
    assert editor.message.text() == (
        f"Not redone: the speech of {editor.person_name(back['person_id'])} under item 2 was changed by someone "
        "else after this step was undone, and their change is kept. Change it by hand if it should be different.")
    assert (editor.undo_stack.count(), editor.undo_stack.canRedo()) == (0, False)


def test_everyone_marked_present_then_one_excused_elsewhere_is_not_undone_over_it(watched, db_path, qtbot):  # noqa: F811
    """Everyone present marks the list present (one step over several people); undone and redone with nobody else
    writing, it goes through; after another process excuses one of them, Ctrl+Z is refused whole."""
    window, meeting_id, _reads, _delivered = watched
    editor = window.meeting_editor()
    tab = editor.attendance
    editor.tabs.setCurrentWidget(tab)

    def statuses() -> dict[int, str]:
        return {a["person_id"]: a["status"] for a in window.ctx.views.meeting_record(meeting_id)["attendance"]}
    before = statuses()
    marked = [pid for pid, status in before.items() if status != "present"]
    assert marked
    qtbot.mouseClick(tab.everyone_present, Qt.MouseButton.LeftButton)
    assert set(statuses().values()) == {"present"}
    qtbot.keyClick(editor.tabs.tabBar(), Qt.Key.Key_Z, CTRL)
    assert statuses() == before
    qtbot.keyClick(editor.tabs.tabBar(), Qt.Key.Key_Z, CTRL | SHIFT)
    assert set(statuses().values()) == {"present"}

    elsewhere(db_path, f"ctx.meetings.set_attendance({meeting_id}, {marked[0]}, 'excused')")
    qtbot.keyClick(editor.tabs.tabBar(), Qt.Key.Key_Z, CTRL)
    assert statuses() == {**dict.fromkeys(before, "present"), marked[0]: "excused"}  # nothing undone, theirs kept
    assert editor.message.text() == (
        f"Not undone: the attendance of {editor.person_name(marked[0])} was changed by someone else after this "
        "step, and their change is kept. Change it by hand if it should be different.")
    assert (editor.undo_stack.count(), editor.undo_stack.canUndo()) == (0, False)


def test_an_item_moved_then_moved_elsewhere_is_not_moved_back_by_undo(watched, db_path, qtbot):  # noqa: F811
    window, meeting_id, _reads, _delivered = watched
    editor = window.meeting_editor()
    tab = editor.agenda
    editor.tabs.setCurrentWidget(tab)
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    first = editor.record["agenda"][0]
    qtbot.keyClick(tab.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    order = [i["id"] for i in window.ctx.views.meeting_record(meeting_id)["agenda"]]
    assert order.index(first["id"]) == 1
    elsewhere(db_path, f"ctx.meetings.move_item({first['id']}, 4)")
    qtbot.keyClick(editor.tabs.tabBar(), Qt.Key.Key_Z, CTRL)
    order = [i["id"] for i in window.ctx.views.meeting_record(meeting_id)["agenda"]]
    assert order.index(first["id"]) == 3  # where the other put it
    title = first[f"title_{editor.text_lang}"]
    assert editor.message.text() == (
        f"Not undone: agenda item 2 “{title}” was changed by someone else after this step, and their change is "
        "kept. Change it by hand if it should be different.")
    assert editor.undo_stack.count() == 0


def test_a_bodys_signing_chair_chosen_then_chosen_elsewhere_is_not_undone_over_it(watched, db_path, qtbot):  # noqa: F811
    window, meeting_id, _reads, _delivered = watched
    ctx, editor = window.ctx, window.meeting_editor()
    tab = editor.details
    editor.tabs.setCurrentWidget(tab)
    second = editor.record["bodies"][1]
    chair = tab.signing.pickers[second["id"]][0]
    type_text(chair, "Akshulakov")
    qtbot.waitUntil(chair.found.isVisible)
    qtbot.keyClick(chair, Qt.Key.Key_Return)
    akshulakov = ctx.registry.people("Акшулаков")[0]["id"]
    qtbot.waitUntil(lambda: ctx.views.meeting_record(meeting_id)["bodies"][1]["signing_chair_id"] == akshulakov)
    theirs = next(p["id"] for p in ctx.registry.people("Локшин"))
    council(db_path, "meeting", "signatories", str(meeting_id), "--body", str(second["id"]), "--chair", str(theirs))
    qtbot.keyClick(editor.tabs.tabBar(), Qt.Key.Key_Z, CTRL)
    assert ctx.views.meeting_record(meeting_id)["bodies"][1]["signing_chair_id"] == theirs
    assert editor.message.text() == (
        f"Not undone: who signs for {second['short_name']} was changed by someone else after this step, and their "
        "change is kept. Change it by hand if it should be different.")
    assert editor.undo_stack.count() == 0


def test_a_guest_invited_then_marked_elsewhere_is_not_taken_off_the_list_by_undo(watched, db_path, qtbot,  # noqa: F811
                                                                                 monkeypatch):
    from council_desktop.ui.meeting import attendance_tab

    window, meeting_id, _reads, _delivered = watched
    ctx, editor = window.ctx, window.meeting_editor()
    tab = editor.attendance
    editor.tabs.setCurrentWidget(tab)
    guest = ctx.records.create("person", {"surname": "Гостева", "given_name": "Алия"})
    monkeypatch.setattr(attendance_tab.PersonPicker, "ask", classmethod(lambda cls, *a, **k: guest))
    qtbot.mouseClick(tab.guest, Qt.MouseButton.LeftButton)

    def listed() -> dict[int, str]:
        return {a["person_id"]: a["status"] for a in ctx.views.meeting_record(meeting_id)["attendance"]}
    assert listed()[guest] == "present"
    elsewhere(db_path, f"ctx.meetings.set_attendance({meeting_id}, {guest}, 'remote')")
    qtbot.keyClick(editor.tabs.tabBar(), Qt.Key.Key_Z, CTRL)
    assert listed()[guest] == "remote"  # still invited, as the other marked them
    assert editor.message.text() == (
        f"Not undone: the attendance of {editor.person_name(guest)} was changed by someone else after this step, "
        "and their change is kept. Change it by hand if it should be different.")
    assert editor.undo_stack.count() == 0


# --- the services' checks, on SQLite and PostgreSQL: two copies of the program on one database ------------------
@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=[
    pytest.mark.postgresql, pytest.mark.skipif(not PG, reason="COUNCIL_TEST_PG_URL is not set: no PostgreSQL server")])])
def two_copies(request, tmp_path):
    """This window's context and a colleague's, each with its own engine, on one database (the demo loaded)."""
    url = str(tmp_path / "council.db") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    mine = AppContext.open(url, create=True)
    meeting = mine.demo.load()
    theirs = AppContext.open(url)
    yield mine, theirs, meeting
    theirs.close()
    mine.close()


def test_an_undo_that_deletes_or_records_counts_over_a_colleagues_change_is_refused_and_writes_nothing(two_copies):
    mine, theirs, meeting = two_copies
    item = mine.meetings.add_item(meeting, {"title_ru": "О разном"})
    version = next(i for i in mine.views.meeting_record(meeting)["agenda"] if i["id"] == item)["version"]
    theirs.records.update("agenda_item", item, {"title_ru": "Разное: бюджет"})
    with pytest.raises(CouncilError) as refused:
        mine.meetings.remove_item(item, expected_version=version)  # the undo of adding it
    assert refused.value.code == "stale_edit"
    assert next(i for i in mine.views.meeting_record(meeting, "ru")["agenda"] if i["id"] == item)["title_ru"] == \
        "Разное: бюджет"

    res = next(r for i in mine.views.meeting_record(meeting)["agenda"] for r in i["resolutions"]
               if r["votes_against"])
    bodies = [b["id"] for b in mine.views.meeting_record(meeting)["bodies"]]
    counts = {bodies[0]: {"votes_for": 9, "votes_against": 1, "votes_abstained": 0},
              bodies[1]: {"votes_for": 2, "votes_against": 1, "votes_abstained": 1}}
    after = theirs.minutes.set_body_counts(res["id"], counts)
    assert after == res["version"] + 1  # counts per body move the resolution's version on
    with pytest.raises(CouncilError) as refused:
        mine.records.update("resolution", res["id"], {"body_counts": None}, expected_version=res["version"])
    assert refused.value.code == "stale_edit"
    stored = next(r for i in mine.views.meeting_record(meeting)["agenda"] for r in i["resolutions"]
                  if r["id"] == res["id"])
    assert stored["body_counts"] == counts and stored["version"] == after
    assert mine.records.update("resolution", res["id"], {"body_counts": None}, expected_version=after) == after + 1
