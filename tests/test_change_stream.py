"""Every write says what it changed (issue 10, item 1): the `Changes` a commit publishes on the hub,
and every open view that shows a kind following an edit of it, without the others reading again."""
from __future__ import annotations

import threading

import pytest

from council_desktop.domain.changes import Changes
from council_desktop.domain.errors import CouncilError
from council_desktop.ui.models.base import RowsModel


def _first_resolution(ctx, meeting_id):
    record = ctx.views.meeting_record(meeting_id, "ru")
    for item in record["agenda"]:
        if item["resolutions"]:
            return item, item["resolutions"][0]
    raise AssertionError("the demo meeting has a resolution")


# --- the value, from the session's bookkeeping ------------------------------------------------------
def test_a_write_publishes_what_it_created_changed_and_deleted_after_commit(demo):
    ctx, meeting_id = demo
    seen: list[Changes] = []
    ctx.hub.subscribe(seen.append)
    item, res = _first_resolution(ctx, meeting_id)

    new = ctx.minutes.add_assignment(res["id"], {"ru": "Подготовить отчёт"})
    assert len(seen) == 1
    assert seen[0].created == {"assignment": frozenset({new})}
    assert seen[0].deleted == {}
    assert seen[0].meetings == frozenset({meeting_id})

    ctx.minutes.update_assignment(new, task={"ru": "Подготовить отчёт к маю"})
    assert seen[1].changed == {"assignment": frozenset({new})}
    assert seen[1].created == {} and seen[1].meetings == frozenset({meeting_id})

    ctx.minutes.remove_assignment(new)
    assert seen[2].deleted["assignment"] == frozenset({new})
    assert seen[2].meetings == frozenset({meeting_id})

    person = ctx.records.create("person", {"surname": "Нұрланов", "given_name": "Ерлан"})
    assert seen[3].created == {"person": frozenset({person})} and seen[3].meetings == frozenset()


def test_a_refused_write_publishes_nothing(demo):
    ctx, meeting_id = demo
    seen: list[Changes] = []
    ctx.hub.subscribe(seen.append)
    _item, res = _first_resolution(ctx, meeting_id)
    with pytest.raises(CouncilError):  # flushed, then refused: the deadline is before the meeting
        ctx.minutes.add_assignment(res["id"], {"ru": "Задача"}, deadline="1990-01-01")
    assert seen == []
    # and what the rolled-back flush noted does not leak into the next transaction's changes
    person = ctx.records.create("person", {"surname": "Ахметова"})
    assert seen == [Changes.of(created={"person": {person}})]


def test_a_transaction_rolled_back_after_its_flush_publishes_nothing(demo):
    ctx, _meeting_id = demo
    seen: list[Changes] = []
    ctx.hub.subscribe(seen.append)
    from council_desktop.domain.models import Person

    with pytest.raises(RuntimeError):
        with ctx.sessions.begin() as s:
            s.add(Person(surname="Призрак"))
            s.flush()  # the INSERT reached the database, inside the transaction
            raise RuntimeError("the power went")
    assert seen == []
    assert ctx.registry.count_people("Призрак") == 0


def test_a_failing_listener_neither_fails_the_committed_write_nor_keeps_the_others_from_hearing(demo, caplog):
    ctx, _meeting_id = demo
    heard: list[Changes] = []

    def broken(_changes):
        raise RuntimeError("a view that was closed badly")
    ctx.hub.subscribe(broken)
    ctx.hub.subscribe(heard.append)
    person = ctx.records.create("person", {"surname": "Надёжный"})  # returns: the write is committed
    assert ctx.registry.person(person)["surname"] == "Надёжный"
    assert heard[0].created == {"person": frozenset({person})}
    assert "a listener of committed changes failed" in caplog.text


def test_an_unsubscribed_listener_hears_nothing_more(demo):
    ctx, _meeting_id = demo
    heard: list[Changes] = []
    stop = ctx.hub.subscribe(heard.append)
    ctx.records.create("person", {"surname": "Первый"})
    stop()
    ctx.records.create("person", {"surname": "Второй"})
    assert len(heard) == 1


def test_collect_gives_a_caller_what_its_own_calls_changed_and_only_those(demo):
    ctx, _meeting_id = demo
    other = threading.Thread(target=lambda: ctx.records.create("person", {"surname": "Другой"}))
    with ctx.hub.collect() as got:
        first = ctx.records.create("person", {"surname": "Первый"})
        other.start()
        other.join()
        org = ctx.records.create("organization", {"name_ru": "Центр"})
    assert got.changes.created == {"person": frozenset({first}), "organization": frozenset({org})}
    assert len(got.serials) == 2


def test_a_bulk_import_says_which_kinds_it_wrote(demo, tmp_path):
    ctx, _meeting_id = demo
    seen: list[Changes] = []
    ctx.hub.subscribe(seen.append)
    path = tmp_path / "people.csv"
    path.write_text("Фамилия;Имя;Организация\nСейітов;Арман;Новый центр\n", encoding="utf-8")
    report = ctx.people_import.run(path)
    assert report["added"] == 1
    assert len(seen) == 1 and seen[0].wholesale == frozenset({"person", "organization"})
    assert seen[0].structural({"person"}) and not seen[0].touches({"assignment"})


def test_undoing_a_removal_through_restore_publishes_the_records_it_brings_back(demo):
    ctx, meeting_id = demo
    _item, res = _first_resolution(ctx, meeting_id)
    new = ctx.minutes.add_assignment(res["id"], {"ru": "Вернётся"})
    saved = ctx.restore.snapshot("assignment", new)
    ctx.minutes.remove_assignment(new)
    with ctx.hub.collect() as got:
        back = ctx.restore.restore(saved)
    assert got.changes.created == {"assignment": frozenset({back})}
    assert got.changes.meetings == frozenset({meeting_id})


def test_a_backup_restored_tells_every_view_to_read_everything_again(demo, tmp_path):
    ctx, _meeting_id = demo
    copy = ctx.backups.backup(tmp_path / "copy.db")
    person = ctx.records.create("person", {"surname": "Позднее"})
    seen: list[Changes] = []
    ctx.hub.subscribe(seen.append)
    ctx.backups.restore(copy)
    assert len(seen) == 1 and seen[0].everything and seen[0].touches({"person"}) and seen[0].structural({"meeting"})
    with pytest.raises(CouncilError):
        ctx.registry.person(person)  # gone with the restore: what the views read again


# --- on the GUI thread ------------------------------------------------------------------------------
def test_a_write_on_a_worker_thread_arrives_on_the_gui_thread(demo, qtbot):
    from PySide6.QtCore import QThread

    from council_desktop.ui import jobs
    from council_desktop.ui.change_signal import change_signal

    ctx, _meeting_id = demo
    jobs.use_pool(None)  # the real QThreadPool: the write happens on a worker thread
    arrived, writers = [], []

    def write():
        writers.append(QThread.currentThread())
        return ctx.records.create("person", {"surname": "Фоновый"})

    change_signal(ctx).changed.connect(lambda c: arrived.append((c, QThread.currentThread())))
    done = []
    jobs.run(write, on_result=done.append, progress=False)
    qtbot.waitUntil(lambda: bool(arrived) and bool(done), timeout=10_000)
    gui = qtbot_gui_thread()
    assert writers[0] is not gui
    changes, thread = arrived[0]
    assert thread is gui
    assert changes.created == {"person": frozenset({done[0]})}


def qtbot_gui_thread():
    from PySide6.QtCore import QCoreApplication
    return QCoreApplication.instance().thread()


# --- the views of the window ----------------------------------------------------------------------
LISTS = ("meetings", "people", "organisations", "bodies", "members", "projects", "assignments")


def _models(window) -> dict:
    views = window.views
    return {"meetings": views["meetings"].model, "people": views["people"].model,
            "organisations": views["organisations"].model, "bodies": views["bodies"].model,
            "members": views["bodies"].members.model, "projects": views["projects"].model,
            "assignments": views["assignments"].model}


class Reads:
    """How often each list read its rows again, and how the open meeting editor took each write."""

    def __init__(self, window, monkeypatch) -> None:
        self.counts: dict[str, int] = {}
        self._monkeypatch = monkeypatch
        for name, model in _models(window).items():
            self._count(monkeypatch, model, "reload", name)
            if type(model).load_rows is not RowsModel.load_rows:  # it rereads changed rows in place
                self._count(monkeypatch, model, "load_rows", f"{name}: rows")
        editor = window.meeting_editor()
        if editor is not None:
            self._count(monkeypatch, editor, "reload", "editor: reread")
            self._count(monkeypatch, editor, "show_changes", "editor: changes shown")

    def count(self, obj, attr: str, name: str) -> None:
        """Count the calls of one more method, as `name`."""
        self._count(self._monkeypatch, obj, attr, name)

    def _count(self, monkeypatch, obj, attr, name) -> None:
        original = getattr(obj, attr)
        self.counts[name] = 0

        def counted(*args, **kwargs):
            self.counts[name] += 1
            return original(*args, **kwargs)
        monkeypatch.setattr(obj, attr, counted)

    def settle(self, qtbot) -> dict[str, int]:
        qtbot.wait(30)  # the queued deliveries of ui/change_signal.py
        got = {k: v for k, v in self.counts.items() if v}
        for k in self.counts:
            self.counts[k] = 0
        return got


@pytest.fixture
def open_window(demo, window, qtbot, monkeypatch):
    """The window with every view built and the demo meeting open in the editor; reads counted."""
    meeting_id = demo[1]
    _models(window)  # every view built (the window may build them when first shown)
    assert window.views["meetings"].open_meeting(meeting_id)
    qtbot.wait(30)
    return window, meeting_id, Reads(window, monkeypatch)


def test_issue_example_an_assignment_added_in_the_minutes_tab_is_in_the_follow_up_at_once(open_window, qtbot,
                                                                                          monkeypatch):
    from PySide6.QtCore import Qt

    from council_desktop.ui.meeting import minutes_tab

    window, _meeting_id, reads = open_window
    follow_up = window.views["assignments"]
    before = len(follow_up.model.rows)
    editor = window.meeting_editor()
    tab = editor.minutes
    editor.tabs.setCurrentWidget(tab)
    tab.items.setCurrentIndex(editor.agenda.model.index(0, 0))
    assert tab.current_resolution_id() is not None
    monkeypatch.setattr(minutes_tab.TextPrompt, "ask", classmethod(lambda cls, *a, **k: "Внести в план работы"))
    qtbot.mouseClick(tab.add_assignment_button, Qt.MouseButton.LeftButton)
    assert reads.settle(qtbot) == {"assignments": 1, "editor: reread": 1}
    assert len(follow_up.model.rows) == before + 1
    assert "Внести в план работы" in [r["task"] for r in follow_up.model.rows]
    window.show_view("assignments")
    assert follow_up.summary.text().startswith(f"{before + 1} ")

    editor.undo_stack.undo()  # the assignment goes again, from every view
    assert reads.settle(qtbot) == {"assignments": 1, "editor: reread": 1}
    assert len(follow_up.model.rows) == before
    editor.undo_stack.redo()
    assert reads.settle(qtbot) == {"assignments": 1, "editor: reread": 1}
    assert "Внести в план работы" in [r["task"] for r in follow_up.model.rows]


# --- the matrix: each kind of edit, every open view that shows it, and no other --------------------
def _meeting_people(ctx, meeting_id) -> set[int]:
    record = ctx.views.meeting_record(meeting_id, "ru")
    return {a["person_id"] for a in record["attendance"]} | {record["chair_id"]}


def _listed(model, ident) -> bool:
    return model.row_of(ident) >= 0


def test_a_person_edited_shows_in_the_views_of_people_only(open_window, qtbot):
    window, meeting_id, reads = open_window
    ctx = window.ctx
    chair = ctx.views.meeting_record(meeting_id, "ru")["chair_id"]
    people = window.views["people"].model
    assert _listed(people, chair)
    reads.count(people, "refresh_row", "people: rows")
    before = window.meeting_editor().person_name(chair)
    ctx.records.update("person", chair, {"surname": "Жаңаұлы", "surname_kk": "Жаңаұлы", "surname_en": "Zhanauly"})
    assert reads.settle(qtbot) == {"people: rows": 1, "members": 1, "projects": 1,
                                   "editor: changes shown": 1}
    assert people.rows[people.row_of(chair)]["surname"] == "Жаңаұлы"
    from council_desktop.ui.i18n import current
    now = window.meeting_editor().person_name(chair)
    assert now != before and now == ctx.registry.person(chair, current())["name"]
    # the chair is no one's responsible person: the follow-up read nothing; one who is, has their rows read again
    follow_up = window.views["assignments"].model
    assert all(r["responsible_person_id"] != chair for r in follow_up.rows)
    row = next(r for r in follow_up.rows if r["responsible_person_id"])
    ctx.records.update("person", row["responsible_person_id"],
                       {"surname": "Ответственный", "surname_kk": "Ответственный", "surname_en": "Ответственный"})
    counts = reads.settle(qtbot)
    assert counts["assignments: rows"] == 1 and "assignments" not in counts
    assert "Ответственный" in follow_up.rows[follow_up.row_of(row["id"])]["responsible"]


def test_an_organisation_edited_shows_in_the_views_of_organisations_only(open_window, qtbot):
    window, meeting_id, reads = open_window
    ctx = window.ctx
    named = {v.get("responsible_org_id") for v in window.meeting_editor().records.values()}
    org = next(o for o in ctx.registry.organizations() if o["id"] not in named)
    ctx.records.update("organization", org["id"], {"name_ru": "Переименованный центр",
                                                   "name_kk": "Переименованный центр",
                                                   "name_en": "Переименованный центр"})
    assert reads.settle(qtbot) == {"people": 1, "organisations": 1, "projects": 1}
    orgs = window.views["organisations"].model
    assert orgs.rows[orgs.row_of(org["id"])]["name"] == "Переименованный центр"


def test_a_council_body_edited_shows_in_the_meetings_bodies_follow_up_and_the_editor(open_window, qtbot):
    window, meeting_id, reads = open_window
    ctx = window.ctx
    body = ctx.views.meeting_record(meeting_id, "ru")["bodies"][0]
    ctx.records.update("council_body", body["id"],
                       {"short_name": "НТС-2", "short_name_kk": "НТС-2", "short_name_en": "НТС-2"})
    assert reads.settle(qtbot) == {"meetings": 1, "bodies": 1, "assignments": 1, "editor: changes shown": 1}
    assert "НТС-2" in window.meeting_editor().title.text()


def test_a_meeting_edited_in_the_details_tab_shows_in_the_list_without_rereading_the_editor(open_window, qtbot):
    from ui_typing import type_text

    window, meeting_id, reads = open_window
    editor = window.meeting_editor()
    editor.tabs.setCurrentWidget(editor.details)
    type_text(editor.details.place, " (зал 2)")
    assert editor.save()
    assert reads.settle(qtbot) == {"meetings: rows": 1, "assignments: rows": 1, "editor: changes shown": 1}
    meetings = window.views["meetings"].model
    assert meetings.rows[meetings.row_of(meeting_id)]["place_ru"].endswith(" (зал 2)")

    editor.undo_stack.undo()  # undone in the field, then saved: the list follows again
    assert editor.save()
    assert reads.settle(qtbot) == {"meetings: rows": 1, "assignments: rows": 1, "editor: changes shown": 1}
    assert not meetings.rows[meetings.row_of(meeting_id)]["place_ru"].endswith(" (зал 2)")
    editor.undo_stack.redo()
    assert editor.save()
    assert reads.settle(qtbot) == {"meetings: rows": 1, "assignments: rows": 1, "editor: changes shown": 1}
    assert meetings.rows[meetings.row_of(meeting_id)]["place_ru"].endswith(" (зал 2)")


def test_an_agenda_item_edited_elsewhere_is_patched_into_the_open_editor(open_window, qtbot):
    window, meeting_id, reads = open_window
    ctx = window.ctx
    editor = window.meeting_editor()
    item = editor.record["agenda"][0]
    ctx.meetings.update_item(item["id"], {"title_ru": "Новое название пункта"})
    assert reads.settle(qtbot) == {"assignments: rows": 1, "editor: changes shown": 1}
    assert editor.value("item", item["id"], "title_ru") == "Новое название пункта"
    assert editor.agenda.model.row_at(0)["title_ru"] == "Новое название пункта"


def test_a_resolution_edited_elsewhere_shows_in_the_follow_up_and_the_editor(open_window, qtbot):
    window, meeting_id, reads = open_window
    ctx = window.ctx
    editor = window.meeting_editor()
    res = next(r for i in editor.record["agenda"] for r in i["resolutions"])
    ctx.minutes.update_resolution(res["id"], text={"ru": "Одобрить в новой редакции"})
    assert reads.settle(qtbot) == {"assignments: rows": 1, "editor: changes shown": 1}
    assert editor.value("resolution", res["id"], "text_ru") == "Одобрить в новой редакции"


def test_an_assignment_added_elsewhere_is_read_into_the_editor_and_the_follow_up(open_window, qtbot):
    window, meeting_id, reads = open_window
    ctx = window.ctx
    editor = window.meeting_editor()
    res = next(r for i in editor.record["agenda"] for r in i["resolutions"])
    new = ctx.minutes.add_assignment(res["id"], {"ru": "Из другого окна"})
    # a row came: the editor's changes are shown by reading the meeting again (once)
    assert reads.settle(qtbot) == {"assignments": 1, "editor: changes shown": 1, "editor: reread": 1}
    assert ("assignment", new) in editor.records
    assert _listed(window.views["assignments"].model, new)


def test_an_assignment_marked_done_in_the_follow_up_is_read_once_there_and_patched_in_the_editor(open_window,
                                                                                                 qtbot):
    from PySide6.QtCore import Qt

    window, meeting_id, reads = open_window
    follow_up = window.views["assignments"]
    window.show_view("assignments")
    row = next(r for r in follow_up.model.rows if r["meeting_id"] == meeting_id and r["status"] == "open")
    follow_up.select_assignment(row["id"])
    qtbot.mouseClick(follow_up.done_button, Qt.MouseButton.LeftButton)
    assert reads.settle(qtbot) == {"assignments": 1, "editor: changes shown": 1}
    assert follow_up.model.rows[follow_up.model.row_of(row["id"])]["status"] == "done"


def test_attendance_changed_is_patched_into_the_editor_and_only_the_follow_up_reads(open_window, qtbot):
    window, meeting_id, reads = open_window
    ctx = window.ctx
    editor = window.meeting_editor()
    someone = next(a for a in editor.record["attendance"] if a["status"] == "present")
    with ctx.hub.collect() as got:
        ctx.meetings.set_attendance(meeting_id, someone["person_id"], "excused")
    # fewer present: the unanimous vote of the demo's resolution follows (services.meetings.follow_attendance),
    # and the follow-up list shows resolutions
    assert set(got.changes.changed) == {"attendance", "resolution"}
    assert reads.settle(qtbot) == {"assignments: rows": 1, "editor: changes shown": 1}
    assert next(a for a in editor.record["attendance"]
                if a["person_id"] == someone["person_id"])["status"] == "excused"


def test_a_write_to_another_meeting_leaves_the_open_editor_alone(open_window, qtbot):
    window, meeting_id, reads = open_window
    ctx = window.ctx
    other = next(m for m in ctx.meetings.meeting_ids() if m != meeting_id)
    ctx.meetings.update(other, {"place_ru": "Другой зал"})
    assert reads.settle(qtbot) == {"meetings: rows": 1}


def test_a_list_read_again_after_a_write_elsewhere_keeps_the_record_in_its_editor_selected(open_window, qtbot):
    window, _meeting_id, reads = open_window
    ctx = window.ctx
    orgs = window.views["organisations"]
    window.show_view("organisations")
    chosen = orgs.model.rows[1]["id"]
    orgs.open_record(chosen)
    ctx.records.create("organization", {"name_ru": "Ещё одна организация"})  # a new one, from elsewhere
    assert reads.settle(qtbot)["organisations"] == 1
    current = orgs.table.currentIndex()
    assert current.isValid() and orgs.model.row(orgs.proxy.mapToSource(current))["id"] == chosen
    assert orgs.editor.record_id == chosen


def test_a_meeting_planned_elsewhere_is_offered_at_once_in_the_follow_up(open_window, qtbot):
    window, meeting_id, reads = open_window
    ctx = window.ctx
    follow_up = window.views["assignments"]
    body = ctx.views.meeting_record(meeting_id, "ru")["bodies"][0]
    follow_up.checked_meeting.setCurrentIndex(follow_up.checked_meeting.findData(meeting_id))
    new = ctx.meetings.plan([body["id"]], "2026-06-05")
    assert reads.settle(qtbot) == {"meetings": 1}  # a new meeting has no assignments: the follow-up's rows stay
    assert follow_up.checked_meeting.findData(new) > 0
    assert follow_up.checked_meeting.currentData() == meeting_id  # what was chosen stays chosen
    ctx.records.update("council_body", body["id"],
                       {"short_name": "НТС-3", "short_name_kk": "НТС-3", "short_name_en": "НТС-3"})
    reads.settle(qtbot)
    assert follow_up.body.itemText(follow_up.body.findData(body["id"])).startswith("НТС-3")


def test_meeting_mode_and_the_editor_follow_each_other_through_the_hub(open_window, qtbot, monkeypatch):
    from council_desktop.ui.meeting_room.launch import open_meeting_mode

    window, meeting_id, reads = open_window
    editor = window.meeting_editor()
    room = open_meeting_mode(editor)
    qtbot.addWidget(room)
    reads._count(monkeypatch, room, "reload", "meeting mode")
    someone = next(a for a in editor.record["attendance"] if a["status"] == "present")
    # marked in the editor's Attendance tab (a service call on the GUI thread, as its combo makes)
    window.ctx.meetings.set_attendance(meeting_id, someone["person_id"], "excused")
    assert reads.settle(qtbot) == {"meeting mode": 1, "assignments: rows": 1, "editor: changes shown": 1}
    assert next(a for a in room.room["attendees"] if a["person_id"] == someone["person_id"])["status"] == "excused"
    other = next(m for m in window.ctx.meetings.meeting_ids() if m != meeting_id)
    window.ctx.meetings.update(other, {"place_ru": "Другой зал"})  # another meeting: the room reads nothing
    assert "meeting mode" not in reads.settle(qtbot)
    room.close()


def test_a_person_edited_in_the_people_editor_and_undone_follows_in_the_other_views(open_window, qtbot):
    from ui_typing import type_text

    window, meeting_id, reads = open_window
    ctx = window.ctx
    view = window.views["people"]
    window.show_view("people")
    chair = ctx.views.meeting_record(meeting_id, "ru")["chair_id"]
    view.open_person(chair)
    surname = view.editor.fields["surname"]
    original = surname.text()
    reads.count(view.model, "refresh_row", "people: rows")
    surname.setFocus()
    surname.end(False)
    type_text(surname, "-Жаңа")
    assert view.editor.save()
    # the people list shows the row once (its own save), not again when the change comes back through the hub
    assert reads.settle(qtbot) == {"people: rows": 1, "members": 1, "projects": 1, "editor: changes shown": 1}
    assert view.model.rows[view.model.row_of(chair)]["surname"] == original + "-Жаңа"
    view.editor.undo_stack.undo()
    assert view.editor.save()
    assert reads.settle(qtbot) == {"people: rows": 1, "members": 1, "projects": 1, "editor: changes shown": 1}
    assert view.model.rows[view.model.row_of(chair)]["surname"] == original
    view.editor.undo_stack.redo()
    assert view.editor.save()
    assert reads.settle(qtbot) == {"people: rows": 1, "members": 1, "projects": 1, "editor: changes shown": 1}
    assert ctx.registry.person(chair)["surname"] == original + "-Жаңа"


def test_an_assignment_removed_in_the_minutes_tab_and_put_back_by_undo_follows_in_the_follow_up(open_window,
                                                                                                  qtbot):
    from PySide6.QtCore import Qt

    window, _meeting_id, reads = open_window
    follow_up = window.views["assignments"].model
    editor = window.meeting_editor()
    tab = editor.minutes
    editor.tabs.setCurrentWidget(tab)
    item_row = next(n for n, i in enumerate(editor.record["agenda"]) if any(r["assignments"] for r in i["resolutions"]))
    tab.items.setCurrentIndex(editor.agenda.model.index(item_row, 0))
    res_row = next(n for n, r in enumerate(editor.record["agenda"][item_row]["resolutions"]) if r["assignments"])
    tab.resolutions.setCurrentIndex(tab.resolutions_model.index(res_row, 0))
    tab.assignments.setCurrentIndex(tab.assignments_model.index(0, 0))
    gone = follow_up.rows[follow_up.row_of(tab.assignments_model.row_at(0)["id"])]
    qtbot.mouseClick(tab.remove_assignment_button, Qt.MouseButton.LeftButton)
    assert reads.settle(qtbot) == {"assignments": 1, "editor: reread": 1}
    assert not _listed(follow_up, gone["id"])
    editor.undo_stack.undo()  # put back exactly, under a new id (services/restore.py)
    assert reads.settle(qtbot) == {"assignments": 1, "editor: reread": 1}
    back = [r for r in follow_up.rows if r["uuid"] == gone["uuid"]]
    assert len(back) == 1 and (back[0]["task"], back[0]["deadline"]) == (gone["task"], gone["deadline"])


def test_the_protocol_tab_renders_again_after_a_write_elsewhere_to_its_meeting_only(open_window, qtbot,
                                                                                     monkeypatch):
    window, meeting_id, reads = open_window
    editor = window.meeting_editor()
    editor.tabs.setCurrentWidget(editor.protocol_tab)  # the preview is built when its tab is first shown
    assert editor.preview is not None
    qtbot.waitUntil(lambda: bool(editor.preview.pdf), timeout=30_000)  # its first render done (a worker thread)
    asked = []
    monkeypatch.setattr(editor.preview, "minutes_changed", lambda: asked.append(True))
    res = next(r for i in editor.record["agenda"] for r in i["resolutions"])
    window.ctx.minutes.update_resolution(res["id"], text={"ru": "Одобрить (из режима заседания)"})
    reads.settle(qtbot)
    assert asked == [True]
    other = next(m for m in window.ctx.meetings.meeting_ids() if m != meeting_id)
    window.ctx.meetings.update(other, {"place_ru": "Другой зал"})
    reads.settle(qtbot)
    assert asked == [True]


def test_two_people_merged_leave_one_in_every_view_that_lists_people(open_window, qtbot):
    window, meeting_id, reads = open_window
    ctx = window.ctx
    attendee = next(a for a in window.meeting_editor().record["attendance"] if not a["guest"])
    double = ctx.records.create("person", {"surname": "Двойник"})
    reads.settle(qtbot)
    with ctx.hub.collect() as got:
        kept = ctx.registry.merge_people(double, attendee["person_id"])
    assert got.changes.deleted["person"] == frozenset({attendee["person_id"]})
    assert meeting_id in got.changes.meetings
    # a person went: the lists of people read again, the open meeting patches its attendance; the follow-up
    # reads nothing, as no assignment of it names either of them
    assert not {attendee["person_id"], double} & {r["responsible_person_id"]
                                                  for r in window.views["assignments"].model.rows}
    assert reads.settle(qtbot) == {"people": 1, "members": 1, "projects": 1, "editor: changes shown": 1}
    people = window.views["people"].model
    assert not _listed(people, attendee["person_id"]) and _listed(people, kept)
    assert kept in {a["person_id"] for a in window.meeting_editor().record["attendance"]}


def test_people_imported_appear_in_the_lists_of_people_and_organisations_and_nowhere_else(open_window, qtbot,
                                                                                         tmp_path):
    window, _meeting_id, reads = open_window
    path = tmp_path / "people.csv"
    path.write_text("Фамилия;Имя;Организация\nСейітов;Арман;Новый центр\n", encoding="utf-8")
    assert window.ctx.people_import.run(path)["added"] == 1
    # new people and a new organisation: the lists of them read again; nothing open names them yet
    assert reads.settle(qtbot) == {"people": 1, "organisations": 1, "members": 1, "projects": 1}
    assert any(r["surname"] == "Сейітов" for r in window.views["people"].model.rows)


# --- the registry editors write through the one generic call (issue 10, item 2) ---------------------
def _stored(ctx, table: str, ident: int, column: str):
    """What the SQLite file itself holds, read past the program."""
    import sqlite3
    conn = sqlite3.connect(ctx.location)
    try:
        return conn.execute(f"SELECT {column} FROM {table} WHERE id = ?", (ident,)).fetchone()[0]
    finally:
        conn.close()


def _calls_of_the_generic_write(monkeypatch) -> list:
    from council_desktop.services.records import RecordService
    calls = []
    update = RecordService.update

    def spied(self, kind, ident, values, *args, **kwargs):
        calls.append((kind, ident, dict(values)))
        return update(self, kind, ident, values, *args, **kwargs)
    monkeypatch.setattr(RecordService, "update", spied)
    return calls


def current():
    from council_desktop.ui.i18n import current
    return current()


def _presented_project(window, meeting_id):
    return next(p for item in window.meeting_editor().record["agenda"] for p in item["presentations"])


def _in_meeting_editor(window, project_id):
    return {p["project"] for item in window.meeting_editor().record["agenda"] for p in item["presentations"]
            if p["project_id"] == project_id}


def _in(field: str):
    """The column of `field` in the window's language (the Russian one has no suffix but a title's)."""
    from council_desktop.ui.i18n import current
    lang = current()
    return f"{field}_{lang}" if lang != "ru" or field == "title" else field


# view, table, column typed into, the record (window, meeting), what another open view shows of it
REGISTRY_EDITS = [
    ("organisations", "organization", "short_name",
     lambda w, m: next(o["id"] for o in w.ctx.registry.organizations()
                       if any(p["organization_id"] == o["id"] for p in w.views["people"].model.rows)),
     lambda w, ident: {r["organization"] for r in w.views["people"].model.rows if r["organization_id"] == ident}),
    ("bodies", "council_body", "short_name",
     lambda w, m: w.ctx.views.meeting_record(m, "ru")["bodies"][0]["id"],
     lambda w, ident: {b["abbreviation"] for r in w.views["meetings"].model.rows for b in r["bodies"]
                       if b["id"] == ident}),
    ("projects", "project", "title", lambda w, m: _presented_project(w, m)["project_id"], _in_meeting_editor),
]


@pytest.mark.parametrize("view_name, table, column, record, shown_elsewhere", REGISTRY_EDITS,
                         ids=[e[0] for e in REGISTRY_EDITS])
def test_a_registry_record_typed_saved_and_undone_in_its_editor_is_in_the_file_and_the_other_views(
        open_window, qtbot, monkeypatch, view_name, table, column, record, shown_elsewhere):
    from ui_typing import type_text

    window, meeting_id, _reads = open_window
    ctx = window.ctx
    column = _in(column)
    ident = record(window, meeting_id)
    view = window.views[view_name]
    window.show_view(view_name)
    view.open_record(ident)
    assert view.editor.record_id == ident
    calls = _calls_of_the_generic_write(monkeypatch)
    edit = view.editor.fields[column]
    original = edit.text()
    edit.setFocus()
    edit.end(False)
    type_text(edit, "-Жаңа")
    assert view.editor.save() == ident
    assert calls == [(table, ident, {column: original + "-Жаңа"})]  # only what was typed, by its column
    assert _stored(ctx, table, ident, column) == original + "-Жаңа"
    qtbot.wait(30)
    assert original + "-Жаңа" in next(iter(shown_elsewhere(window, ident)))

    view.editor.undo_stack.undo()
    assert edit.text() == original
    assert view.editor.save() == ident
    assert calls[1] == (table, ident, {column: original})
    assert _stored(ctx, table, ident, column) == original
    qtbot.wait(30)
    assert all("-Жаңа" not in shown for shown in shown_elsewhere(window, ident))
    view.editor.undo_stack.redo()
    assert view.editor.save() == ident
    assert _stored(ctx, table, ident, column) == original + "-Жаңа"


def test_a_new_organisation_typed_in_its_editor_is_created_by_its_columns_and_offered_in_the_other_views(
        open_window, qtbot, monkeypatch):
    from ui_typing import type_text

    from council_desktop.services.records import RecordService

    window, _meeting_id, _reads = open_window
    created = []
    create = RecordService.create

    def spied(self, kind, values):
        created.append((kind, dict(values)))
        return create(self, kind, values)
    monkeypatch.setattr(RecordService, "create", spied)
    view = window.views["organisations"]
    window.show_view("organisations")
    view.new()
    type_text(view.editor.fields["name_ru"], "Институт генетики")
    type_text(view.editor.fields["short_name"], "ИГ")
    ident = view.editor.save()
    assert created == [("organization", {"name_ru": "Институт генетики", "short_name": "ИГ", "kind": "other"})]
    assert _stored(window.ctx, "organization", ident, "name_ru") == "Институт генетики"
    qtbot.wait(30)
    people_editor = window.views["people"].editor
    people_editor.organization.reload()
    assert people_editor.organization.findData(ident) > 0


def test_a_membership_term_ended_in_the_body_editor_and_undone_is_in_the_file(open_window, qtbot, monkeypatch):
    from PySide6.QtCore import QDate, Qt

    window, meeting_id, _reads = open_window
    ctx = window.ctx
    view = window.views["bodies"]
    window.show_view("bodies")
    body = ctx.views.meeting_record(meeting_id, "ru")["bodies"][0]["id"]
    view.open_record(body)
    panel = view.members
    r = next(i for i, row in enumerate(panel.model.rows) if row["end_date"] is None)
    term = panel.model.rows[r]["id"]
    panel.table.setCurrentIndex(panel.proxy.mapFromSource(panel.model.index(r, 0)))
    panel.end_date.setDate(QDate(2026, 12, 31))
    calls = _calls_of_the_generic_write(monkeypatch)
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    assert calls == [("membership", term, {"end_date": "2026-12-31"})]
    assert _stored(ctx, "membership", term, "end_date") == "2026-12-31"
    qtbot.wait(30)
    assert panel.model.rows[panel.model.row_of(term)]["end_date"] == "2026-12-31"
    view.editor.undo_stack.undo()
    assert _stored(ctx, "membership", term, "end_date") is None
    assert panel.model.rows[panel.model.row_of(term)]["end_date"] is None
