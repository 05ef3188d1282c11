"""Every write says what it changed (issue 10, item 1): the `Changes` a commit publishes on the hub,
and every open view that shows a kind following an edit of it, without the others reading again."""
from __future__ import annotations

import threading

import pytest

from council_desktop.domain.changes import Changes
from council_desktop.domain.errors import CouncilError


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

    person = ctx.registry.save_person({"surname": "Нұрланов", "given_name": "Ерлан"})
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
    person = ctx.registry.save_person({"surname": "Ахметова"})
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


def test_collect_gives_a_caller_what_its_own_calls_changed_and_only_those(demo):
    ctx, _meeting_id = demo
    other = threading.Thread(target=lambda: ctx.registry.save_person({"surname": "Другой"}))
    with ctx.hub.collect() as got:
        first = ctx.registry.save_person({"surname": "Первый"})
        other.start()
        other.join()
        org = ctx.registry.save_organization({"name_ru": "Центр"})
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
        return ctx.registry.save_person({"surname": "Фоновый"})

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
        for name, model in _models(window).items():
            self._count(monkeypatch, model, "reload", name)
        editor = window.meeting_editor()
        if editor is not None:
            self._count(monkeypatch, editor, "reload", "editor: reread")
            self._count(monkeypatch, editor, "show_changes", "editor: changes shown")

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
