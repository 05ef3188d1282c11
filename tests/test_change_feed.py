"""Writes committed by other processes reach the open window (issue 10, item 1): the `council` command run
by a script, a second window on the same SQLite file, a colleague's copy on the same PostgreSQL server.

Each write leaves its `Changes` in the change feed (store/feed.py); the window polls it every second
(ui/change_signal.py) and the views follow as they follow the window's own writes, reading only what
changed.  The tests wait for the poll with qtbot.waitUntil (no sleep is an assertion)."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import Qt
from test_change_stream import Reads, _models

from council_desktop.app import AppContext
from council_desktop.domain.changes import Changes

WAIT = 10_000  # ms: the poll comes every second; a slow machine gets room, a broken feed never arrives


def council(db, *args: str) -> subprocess.CompletedProcess:
    """The `council` command in a process of its own, as a script runs it while the window is open."""
    done = subprocess.run([sys.executable, "-m", "council_desktop.cli", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done


def python(code: str, *args: str, **kw) -> subprocess.Popen:
    """Another program of ours (a second window's writes) in a process of its own."""
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), *args], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def people_csv(tmp_path, surname: str):
    path = tmp_path / f"{surname}.csv"
    path.write_text(f"Фамилия;Имя;Организация\n{surname};Арман;Центр {surname}\n", encoding="utf-8")
    return path


@pytest.fixture
def watched(demo, window, qtbot, monkeypatch):
    """The window with every view built, the demo meeting open, reads and deliveries counted."""
    ctx, meeting_id = demo
    _models(window)
    assert window.views["meetings"].open_meeting(meeting_id)
    qtbot.wait(30)
    delivered: list[Changes] = []
    ctx.hub.subscribe(delivered.append)
    return window, meeting_id, Reads(window, monkeypatch), delivered


def _shows_person(window, surname: str) -> bool:
    return any(r["surname"] == surname for r in window.views["people"].model.rows)


# --- SQLite: another process on the same file -----------------------------------------------------------
def test_people_imported_by_the_council_command_appear_in_the_open_window_once(watched, db_path, tmp_path, qtbot):
    window, _meeting_id, reads, delivered = watched
    council(db_path, "import", "people", str(people_csv(tmp_path, "Сыртқы")), "--yes")
    qtbot.waitUntil(lambda: _shows_person(window, "Сыртқы"), timeout=WAIT)
    # the lists of people and organisations read again, as for an import in this window; nothing else
    assert reads.settle(qtbot) == {"people": 1, "organisations": 1, "members": 1, "projects": 1}
    assert len(delivered) == 1 and delivered[0].wholesale == frozenset({"person", "organization"})
    assert window.ctx.feed.poll() is None  # nothing more to deliver: exactly once
    assert len(delivered) == 1


def test_a_meeting_marked_held_by_the_council_command_shows_in_the_list_and_the_open_editor(watched, db_path,
                                                                                             qtbot, monkeypatch):
    window, demo_meeting, _reads, delivered = watched
    meeting_id = next(m for m in window.ctx.meetings.meeting_ids() if m != demo_meeting)  # the planned one
    assert window.views["meetings"].open_meeting(meeting_id)
    qtbot.wait(30)
    reads = Reads(window, monkeypatch)
    editor = window.meeting_editor()
    meetings = window.views["meetings"].model
    assert editor.record["status"] == "planned"
    council(db_path, "meeting", "held", str(meeting_id), "--accept", "проверено")
    qtbot.waitUntil(lambda: editor.record["status"] == "held", timeout=WAIT)
    # the list rereads that one row (the follow-up none: the meeting has no assignment); the editor patches
    # its tabs without reading the meeting's structure again
    assert reads.settle(qtbot) == {"meetings: rows": 1, "editor: changes shown": 1}
    assert meetings.rows[meetings.row_of(meeting_id)]["status"] == "held"
    assert [(c.changed, c.meetings) for c in delivered] == [({"meeting": frozenset({meeting_id})},
                                                             frozenset({meeting_id}))]


def test_the_windows_own_write_is_delivered_once_not_again_by_the_feed(watched, qtbot):
    window, _meeting_id, reads, delivered = watched
    ctx = window.ctx
    person = ctx.records.create("person", {"surname": "Өзіміздікі"})
    assert [c.created for c in delivered] == [{"person": frozenset({person})}]
    assert ctx.feed.poll() is None  # its row in the feed is this window's own
    assert reads.settle(qtbot)["people"] == 1
    assert len(delivered) == 1


def test_a_write_another_window_rolled_back_is_never_delivered(watched, db_path, qtbot):
    window, _meeting_id, reads, delivered = watched
    child = python("""
        import sys
        from council_desktop.app import AppContext
        from council_desktop.domain.models import Person
        ctx = AppContext.open(sys.argv[1])
        try:
            with ctx.sessions.begin() as s:
                s.add(Person(surname="Призрак"))
                s.flush()  # in the database, inside the transaction: then the power goes
                raise RuntimeError("rolled back")
        except RuntimeError:
            pass
        ctx.records.create("person", {"surname": "Настоящий"})
        ctx.close()
        """, str(db_path))
    assert child.wait(timeout=120) == 0, child.stderr.read()
    qtbot.waitUntil(lambda: _shows_person(window, "Настоящий"), timeout=WAIT)
    assert not _shows_person(window, "Призрак")
    assert len(delivered) == 1 and set(delivered[0].created) == {"person"}
    assert len(delivered[0].created["person"]) == 1


def test_a_writer_holding_the_file_for_a_while_neither_freezes_the_window_nor_loses_its_write(watched, db_path,
                                                                                              qtbot):
    """A long write in another process (an import holding SQLite's write lock): the polls go on, the window
    turns its event loop meanwhile, nothing uncommitted shows, and the write shows once it commits."""
    from council_desktop.ui import jobs

    window, _meeting_id, reads, delivered = watched
    jobs.use_pool(None)  # polls on a worker thread, as in the program
    polls = []
    feed = window.ctx.feed
    original = feed.poll
    feed.poll = lambda: polls.append(1) or original()
    child = python("""
        import sys
        from council_desktop.app import AppContext
        ctx = AppContext.open(sys.argv[1])
        with ctx.sessions.begin() as s:  # BEGIN IMMEDIATE: the write lock, held until the line comes
            from council_desktop.domain.models import Person
            s.add(Person(surname="Долгий"))
            s.flush()
            print("locked", flush=True)
            sys.stdin.readline()
        ctx.close()
        """, str(db_path))
    try:
        assert child.stdout.readline() == "locked\n"
        before = len(polls)
        qtbot.waitUntil(lambda: len(polls) >= before + 3, timeout=WAIT)  # the timer keeps firing: no freeze
        assert delivered == [] and not _shows_person(window, "Долгий")
        child.stdin.write("\n")
        child.stdin.flush()
        assert child.wait(timeout=120) == 0, child.stderr.read()
    finally:
        child.kill()
    qtbot.waitUntil(lambda: _shows_person(window, "Долгий"), timeout=WAIT)
    assert len(delivered) == 1


def exclusive_locker(db_path) -> subprocess.Popen:
    """A program that holds the file whole (SQLite's exclusive locking mode) after writing a person's phone
    and its feed row, until it reads a line."""
    child = python("""
        import sqlite3, sys
        from council_desktop.domain.changes import Changes
        c = sqlite3.connect(sys.argv[1], isolation_level=None)
        c.execute("PRAGMA locking_mode=EXCLUSIVE")
        c.execute("BEGIN EXCLUSIVE")
        c.execute("UPDATE person SET phone = '+7 700 1' WHERE id = 1")
        c.execute("INSERT INTO change_feed (source, token, changes, at) VALUES ('another', 'a1', ?, '2026-11-30')",
                  (Changes.of(changed={"person": {1}}).to_json(),))
        c.execute("COMMIT")
        print("locked", flush=True)
        sys.stdin.readline()
        c.close()
        """, str(db_path))
    assert child.stdout.readline() == "locked\n", child.stderr.read()
    return child


def release(child: subprocess.Popen) -> None:
    child.stdin.write("\n")
    child.stdin.flush()
    assert child.wait(timeout=60) == 0, child.stderr.read()


def test_a_file_locked_exclusively_is_read_at_a_later_poll(demo, db_path):
    """A poll gives up at once instead of waiting for the lock, and a later one delivers what was written."""
    ctx, _meeting_id = demo
    feed = ctx.feed
    heard: list[Changes] = []
    ctx.hub.subscribe(heard.append)
    feed._close_connection()  # opened again at the next poll, which finds the file locked
    ctx.engine.dispose()
    child = exclusive_locker(db_path)
    try:
        assert feed.poll() is None and heard == []
        release(child)
    finally:
        child.kill()
    assert feed.poll() == Changes.of(changed={"person": {1}})
    assert heard == [Changes.of(changed={"person": {1}})]


def test_a_feed_that_could_not_read_the_file_at_the_start_reads_everything_once_it_can(demo, db_path):
    ctx, _meeting_id = demo
    ctx.engine.dispose()
    heard: list[Changes] = []
    ctx.hub.subscribe(heard.append)
    child = exclusive_locker(db_path)
    try:
        feed = ctx.feed  # the window starts watching while the file is held: where it starts is unknown
        assert feed.poll() is None and feed.poll() is None and heard == []
        release(child)
    finally:
        child.kill()
    assert feed.poll() == Changes.all() and feed.poll() is None
    assert heard == [Changes.all()]


def test_a_backup_restored_by_another_process_makes_every_view_read_everything_once(watched, db_path, tmp_path,
                                                                                    qtbot):
    window, _meeting_id, reads, delivered = watched
    council(db_path, "backup", "--out", str(tmp_path / "copy.db"))
    window.ctx.records.create("person", {"surname": "Позднее"})
    qtbot.waitUntil(lambda: _shows_person(window, "Позднее"), timeout=WAIT)
    delivered.clear()
    reads.settle(qtbot)
    council(db_path, "restore", str(tmp_path / "copy.db"), "--yes")
    qtbot.waitUntil(lambda: not _shows_person(window, "Позднее"), timeout=WAIT)
    assert [c.everything for c in delivered] == [True]
    counts = reads.settle(qtbot)
    assert {k: counts.get(k) for k in ("meetings", "people", "organisations", "assignments", "editor: reread")} \
        == {"meetings": 1, "people": 1, "organisations": 1, "assignments": 1, "editor: reread": 1}
    assert window.ctx.feed.poll() is None
    # and the next write elsewhere comes as usual
    council(db_path, "import", "people", str(people_csv(tmp_path, "Кейінгі")), "--yes")
    qtbot.waitUntil(lambda: _shows_person(window, "Кейінгі"), timeout=WAIT)
    assert [c.everything for c in delivered] == [True, False]


def test_a_restore_in_this_window_is_published_once_and_the_other_window_sees_it(demo, db_path, tmp_path):
    ctx, _meeting_id = demo
    other = AppContext.open(db_path)
    try:
        mine, theirs = [], []
        ctx.hub.subscribe(mine.append)
        other.hub.subscribe(theirs.append)
        ctx.feed, other.feed  # noqa: B018 — both windows watching
        copy = ctx.backups.backup(tmp_path / "copy.db")
        ctx.records.create("person", {"surname": "Позднее"})
        assert other.feed.poll().created["person"]
        ctx.backups.restore(copy)
        assert ctx.feed.poll() is None and [c.everything for c in mine] == [False, True]
        assert other.feed.poll() == Changes.all() and other.feed.poll() is None
    finally:
        other.close()


def test_a_database_file_copied_over_the_open_one_is_read_again_whole(demo, db_path, tmp_path):
    ctx, _meeting_id = demo
    heard: list[Changes] = []
    ctx.hub.subscribe(heard.append)
    feed = ctx.feed
    copy = ctx.backups.backup(tmp_path / "copy.db")
    person = ctx.records.create("person", {"surname": "Позднее"})
    ctx.engine.dispose()
    import sqlite3
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # as a program that copies a file over it would do first
    con.close()
    os.replace(copy, db_path)  # another program put another file in its place
    assert feed.poll() == Changes.all()
    assert heard[-1].everything and ctx.registry.count_people("Позднее") == 0  # read from the new file
    with pytest.raises(Exception):
        ctx.registry.person(person)


def test_the_feed_keeps_its_newest_rows_and_a_window_left_behind_reads_everything(demo, db_path, monkeypatch):
    import sqlite3

    from council_desktop.store import feed as feed_module

    ctx, _meeting_id = demo
    monkeypatch.setattr(feed_module, "KEEP", 3)
    other = AppContext.open(db_path)
    try:
        other.feed  # noqa: B018 — watching
        first = ctx.records.create("person", {"surname": "Первый"})
        assert other.feed.poll() == Changes.of(created={"person": {first}})
        for n in range(4):  # more than KEEP since the newest row it saw
            ctx.records.create("person", {"surname": f"Следующий {n}"})
        con = sqlite3.connect(db_path)
        assert con.execute("SELECT count(*) FROM change_feed").fetchone() == (3,)
        con.close()
        assert other.feed.poll() == Changes.all()
    finally:
        other.close()


def test_an_unsaved_edit_in_the_open_editor_is_kept_over_another_processs_change_and_not_saved_over_it(
        watched, db_path, qtbot):
    """What the secretary is typing stays in the field when another process changes the meeting; saving it
    then is refused as stale and offered back (the yellow note), never written over the other change unseen."""
    from ui_typing import type_text

    window, meeting_id, reads, delivered = watched
    editor = window.meeting_editor()
    editor.tabs.setCurrentWidget(editor.details)
    place = editor.details.place
    type_text(place, " (зал 2)")
    editor._autosave.stop()  # still being typed: not saved yet
    typed = place.text()
    council(db_path, "meeting", "held", str(meeting_id), "--accept", "проверено")
    qtbot.waitUntil(lambda: editor.record["status"] == "held", timeout=WAIT)
    assert place.text() == typed and editor.has_unsaved_changes()
    assert not editor.save()  # refused: the meeting changed since the edit was begun
    assert editor.draft_note.box.isVisibleTo(editor)
    stored = window.ctx.views.meeting_record(meeting_id, "ru")
    assert stored["status"] == "held" and not stored["place_ru"].endswith(" (зал 2)")
    editor.draft_note.restore()  # put over it on purpose: saved now
    assert editor.save()
    assert window.ctx.views.meeting_record(meeting_id, "ru")["place_ru"].endswith(" (зал 2)")


def rename_elsewhere(db_path, person: int, surname: str) -> None:
    child = python("""
        import sys
        from council_desktop.app import AppContext
        ctx = AppContext.open(sys.argv[1])
        ctx.records.update("person", int(sys.argv[2]),
                           {"surname": sys.argv[3], "surname_kk": sys.argv[3], "surname_en": sys.argv[3]})
        ctx.close()
        """, str(db_path), str(person), surname)
    assert child.wait(timeout=120) == 0, child.stderr.read()


def test_a_person_renamed_by_another_process_is_read_again_only_in_its_rows(watched, db_path, qtbot):
    """As for a rename in this window (test_change_stream): the people list rereads that row, the lists that
    name people read again, the open meeting editor shows the chair's new name; nothing else reads."""
    window, meeting_id, reads, delivered = watched
    chair = window.ctx.views.meeting_record(meeting_id, "ru")["chair_id"]
    people = window.views["people"].model
    reads.count(people, "refresh_row", "people: rows")
    rename_elsewhere(db_path, chair, "Сырттан")
    qtbot.waitUntil(lambda: people.rows[people.row_of(chair)]["surname"] == "Сырттан", timeout=WAIT)
    assert reads.settle(qtbot) == {"people: rows": 1, "members": 1, "projects": 1, "editor: changes shown": 1}
    assert window.meeting_editor().person_name(chair).endswith("Сырттан")  # in the window's language
    assert [c.changed for c in delivered] == [{"person": frozenset({chair})}]


def test_the_person_open_in_the_people_editor_shows_another_processs_change_unless_something_is_typed(
        watched, db_path, qtbot):
    from ui_typing import type_text

    window, meeting_id, _reads, _delivered = watched
    view = window.views["people"]
    window.show_view("people")
    chair = window.ctx.views.meeting_record(meeting_id, "ru")["chair_id"]
    view.open_person(chair)
    surname = view.editor.fields["surname"]
    rename_elsewhere(db_path, chair, "Сырттан")  # nothing typed: the form shows it
    qtbot.waitUntil(lambda: surname.text() == "Сырттан", timeout=WAIT)
    assert not view.editor.has_unsaved_changes()

    phone = view.editor.fields["phone"]
    phone.setFocus()
    type_text(phone, "+7 701 555 55 55")
    view.editor._autosave.stop()  # still being typed: not saved yet
    rename_elsewhere(db_path, chair, "Екінші")
    qtbot.waitUntil(lambda: view.model.rows[view.model.row_of(chair)]["surname"] == "Екінші", timeout=WAIT)
    assert (surname.text(), phone.text()) == ("Сырттан", "+7 701 555 55 55")  # as the secretary left them
    assert view.editor.save() is None  # refused: the person changed since it was shown
    assert view.editor.draft_note.box.isVisibleTo(view.editor)
    assert window.ctx.registry.person(chair)["surname"] == "Екінші"


# --- PostgreSQL: two copies of the program on one server --------------------------------------------------
PG = os.environ.get("COUNCIL_TEST_PG_URL")


@pytest.mark.postgresql
@pytest.mark.skipif(not PG, reason="COUNCIL_TEST_PG_URL is not set: no PostgreSQL server")
def test_on_postgresql_a_colleagues_writes_reach_the_open_window_once(request, qtbot, monkeypatch):
    from council_desktop.ui.main_window import MainWindow

    url = request.getfixturevalue("pg_url")
    ours = AppContext.open(url, create=True)
    theirs = AppContext.open(url)  # a colleague's copy: another engine, another hub
    try:
        meeting_id = ours.demo.load()
        window = MainWindow(ours)
        qtbot.addWidget(window)
        window.show()
        _models(window)
        assert window.views["meetings"].open_meeting(meeting_id)
        reads = Reads(window, monkeypatch)
        delivered: list[Changes] = []
        ours.hub.subscribe(delivered.append)

        person = theirs.records.create("person", {"surname": "Әріптес"})
        qtbot.waitUntil(lambda: _shows_person(window, "Әріптес"), timeout=WAIT)
        assert [c.created for c in delivered] == [{"person": frozenset({person})}]
        assert reads.settle(qtbot)["people"] == 1

        theirs.meetings.update(meeting_id, {"place_ru": "Зал коллеги"})
        editor = window.meeting_editor()
        qtbot.waitUntil(lambda: editor.value("meeting", meeting_id, "place_ru") == "Зал коллеги", timeout=WAIT)
        assert reads.settle(qtbot) == {"meetings: rows": 1, "assignments: rows": 1, "editor: changes shown": 1}
        meetings = window.views["meetings"].model
        assert meetings.rows[meetings.row_of(meeting_id)]["place_ru"] == "Зал коллеги"

        ours.records.create("person", {"surname": "Свой"})  # ours: delivered once, by the hub
        assert ours.feed.poll() is None and len(delivered) == 3
        with pytest.raises(RuntimeError):  # theirs, rolled back: nothing
            with theirs.sessions.begin() as s:
                from council_desktop.domain.models import Person
                s.add(Person(surname="Призрак"))
                s.flush()
                raise RuntimeError("rolled back")
        assert ours.feed.poll() is None and len(delivered) == 3
    finally:
        theirs.close()
        ours.close()


if PG:
    from test_postgresql import pg_url  # noqa: E402,F401 - the fixture: a database of its own on the server


@pytest.mark.postgresql
@pytest.mark.skipif(not PG, reason="COUNCIL_TEST_PG_URL is not set: no PostgreSQL server")
def test_on_postgresql_a_write_that_leaves_no_audit_entry_takes_the_writers_lock_at_its_flush(request):
    """Its feed row needs the writers' lock at commit: taken then, after the flush's row locks, two writers
    could wait for each other.  So it is taken before them, at the flush, as a write with audit entries does."""
    from sqlalchemy import create_engine, text

    from council_desktop.domain.models import Person
    from council_desktop.store.audit import CHAIN_LOCK

    url = request.getfixturevalue("pg_url")
    ctx = AppContext.open(url, create=True)
    probe = create_engine(url)
    try:
        person = ctx.records.create("person", {"surname": "Тихий"})
        with ctx.sessions.begin() as s, probe.connect() as other:
            s.get(Person, person).search_key = "тихий (bookkeeping only)"
            s.flush()
            assert other.execute(text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": CHAIN_LOCK}).scalar() is False
            other.rollback()
    finally:
        probe.dispose()
        ctx.close()


def test_counts_per_body_being_typed_stay_over_another_processs_counts_and_are_not_recorded_over_them_unseen(
        watched, db_path, qtbot):
    """The Minutes tab's per-body counts are staged like every field of the resolution: typed and not yet
    saved they stay in their fields when another process records the same vote's counts per body; saving
    them then is refused as stale (the other counts stay stored) and they are offered back in the yellow
    note; restored, they are saved over the other's on purpose; undone, the other's come back."""
    window, meeting_id, reads, delivered = watched
    editor = window.meeting_editor()
    tab = editor.minutes
    editor.tabs.setCurrentWidget(tab)
    tab.items.setCurrentIndex(editor.agenda.model.index(3, 0))  # item 4: a show of hands, 9 / 1 / 1
    tab.resolutions.setCurrentIndex(tab.resolutions_model.index(0, 0))
    spins = [spin for spins in tab.body_spins.values() for spin in spins]
    for spin, value in zip(spins, (9, 1, 0, 4, 0, 1)):
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, str(value))
    editor._autosave.stop()  # still being typed: not saved yet
    assert editor.has_unsaved_changes()

    def stored() -> list[dict]:
        return list(window.ctx.views.meeting_record(meeting_id)["agenda"][3]["resolutions"][0]["body_counts"].values())

    council(db_path, "meeting", "body-votes", str(meeting_id), "4.1", "--count", "1=9/1/0", "--count", "2=2/1/1")
    qtbot.waitUntil(lambda: bool(editor.record["agenda"][3]["resolutions"][0]["body_counts"]), timeout=WAIT)
    assert [spin.value() for spin in spins] == [9, 1, 0, 4, 0, 1] and editor.has_unsaved_changes()
    theirs = [{"votes_for": 9, "votes_against": 1, "votes_abstained": 0},
              {"votes_for": 2, "votes_against": 1, "votes_abstained": 1}]
    qtbot.mouseClick(tab.body_counts_button, Qt.MouseButton.LeftButton)
    assert tab.vote_error.isVisibleTo(editor) and "was changed meanwhile by someone else" in tab.vote_error.text()
    assert stored() == theirs and [spin.value() for spin in spins] == [9, 1, 0, 2, 1, 1]  # theirs, as stored
    assert editor.draft_note.box.isVisibleTo(editor)
    qtbot.mouseClick(editor.draft_note.restore_button, Qt.MouseButton.LeftButton)  # mine over theirs, knowingly
    assert [spin.value() for spin in spins] == [9, 1, 0, 4, 0, 1]
    qtbot.mouseClick(tab.body_counts_button, Qt.MouseButton.LeftButton)
    assert not tab.vote_error.isVisibleTo(editor) and not editor.has_unsaved_changes()
    assert stored() == [{"votes_for": 9, "votes_against": 1, "votes_abstained": 0},
                        {"votes_for": 4, "votes_against": 0, "votes_abstained": 1}]
    qtbot.keyClick(editor.tabs.tabBar(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # theirs back
    assert stored() == theirs and [spin.value() for spin in spins] == [9, 1, 0, 2, 1, 1]


def test_the_open_meeting_gone_with_a_backup_restored_elsewhere_is_said_not_a_crash(watched, db_path, tmp_path,
                                                                                   qtbot):
    """A backup taken before the meeting open in the window was planned, restored by the council command: the
    editor says the meeting does not exist and takes no more input (it read it again and failed before)."""
    window, meeting_id, reads, delivered = watched
    council(db_path, "backup", "--out", str(tmp_path / "copy.db"))
    body = window.ctx.views.meeting_record(meeting_id)["bodies"][0]["id"]
    planned = window.ctx.meetings.plan([body], "2026-06-12", {"start_time": "10:00"})
    assert window.views["meetings"].open_meeting(planned)
    editor = window.meeting_editor()
    assert editor.meeting_id == planned and editor.tabs.isEnabled()
    from ui_typing import type_text
    type_text(editor.details.place, "Зал 5")  # being typed when the restore comes
    editor._autosave.stop()
    council(db_path, "restore", str(tmp_path / "copy.db"), "--yes")
    qtbot.waitUntil(lambda: not editor.tabs.isEnabled(), timeout=WAIT)
    assert editor.message.isVisibleTo(editor) and editor.message.text() == f"meeting {planned} does not exist"
    assert window.views["meetings"].model.row_of(planned) == -1
    # what was typed is kept, to copy: not lost with the meeting, and no question about saving it on leaving
    assert editor.draft_note.box.isVisibleTo(editor) and editor.draft_note.box.text.text().startswith(
        "The meeting no longer exists (a backup was restored")
    assert editor.draft_note.kept.toPlainText() == "Place (ru): Зал 5" and not editor.has_unsaved_changes()


# --- what was typed in a record another process's restore removed ----------------------------------------
def test_text_typed_in_an_item_that_a_restore_elsewhere_removes_is_kept_to_copy(watched, db_path, tmp_path, qtbot,
                                                                                 monkeypatch):
    """An agenda item added after the backup, its heard text being typed: `council restore` of that backup
    removes the item; the text is not dropped with it but named and shown in the yellow note, to copy (and
    kept in the draft file); Discard forgets it."""
    from ui_typing import type_text

    from council_desktop.ui.meeting import agenda_tab

    window, meeting_id, reads, delivered = watched
    council(db_path, "backup", "--out", str(tmp_path / "copy.db"))
    editor = window.meeting_editor()
    monkeypatch.setattr(agenda_tab.TextPrompt, "ask", classmethod(lambda cls, *a, **k: "Разное"))
    editor.tabs.setCurrentWidget(editor.agenda)
    editor.agenda.add_button.click()
    position = editor.record["agenda"][-1]["position"]
    tab = editor.minutes
    editor.tabs.setCurrentWidget(tab)
    tab.items.setCurrentIndex(editor.agenda.model.index(position - 1, 0))
    type_text(tab.heard, "Заслушали казначея")
    editor._autosave.stop()  # still being typed: not saved yet
    assert editor.has_unsaved_changes()

    council(db_path, "restore", str(tmp_path / "copy.db"), "--yes")
    qtbot.waitUntil(lambda: editor.draft_note.box.isVisibleTo(editor), timeout=WAIT)
    note = editor.draft_note
    assert note.box.text.text() == (
        f"Agenda item {position} “Разное” no longer exists (a backup was restored, or it was removed elsewhere), "
        "so what you typed in it could not be saved. It is kept here to copy where it belongs; Discard forgets it.")
    assert note.kept.isVisibleTo(editor) and note.kept.isReadOnly()
    assert note.kept.toPlainText() == "Heard (ru): Заслушали казначея"
    assert not note.restore_button.isVisibleTo(editor) and not editor.has_unsaved_changes()
    assert "Заслушали казначея" in editor._draft_file().read_text("utf-8")  # should the program stop now
    assert len(window.ctx.views.meeting_record(meeting_id)["agenda"]) == position - 1
    note.kept.selectAll()
    note.kept.copy()
    from PySide6.QtWidgets import QApplication
    assert QApplication.clipboard().text() == "Heard (ru): Заслушали казначея"
    qtbot.mouseClick(note.discard_button, Qt.MouseButton.LeftButton)
    assert not note.box.isVisibleTo(editor) and not editor._draft_file().exists()


def test_a_person_typed_into_whom_a_restore_elsewhere_removes_is_named_and_the_text_kept(watched, db_path, tmp_path,
                                                                                        qtbot):
    from ui_typing import type_text

    window, _meeting_id, _reads, _delivered = watched
    council(db_path, "backup", "--out", str(tmp_path / "copy.db"))
    person = window.ctx.records.create("person", {"surname": "Жаңаев", "given_name": "Ерлан"})
    view = window.views["people"]
    window.show_view("people")
    qtbot.waitUntil(lambda: view.model.row_of(person) >= 0, timeout=WAIT)
    view.open_person(person)
    editor = view.editor
    type_text(editor.fields["phone"], "+7 701 222 33 44")
    editor._autosave.stop()
    council(db_path, "restore", str(tmp_path / "copy.db"), "--yes")
    qtbot.waitUntil(lambda: editor.draft_note.box.isVisibleTo(editor), timeout=WAIT)
    assert editor.draft_note.box.text.text().startswith("«Жаңаев» no longer exists (a backup was restored")
    assert editor.draft_note.kept.toPlainText() == "Phone: +7 701 222 33 44"
    assert not editor.has_unsaved_changes() and view.model.row_of(person) == -1
