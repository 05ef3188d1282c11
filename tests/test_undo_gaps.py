"""The undo steps last left unchecked (issue 10), refused like the others when someone else changed their record
after the step: adding a presentation, a file or a membership term, ending a term, changing a meeting's bodies;
and the version each step left is the one its own write took, never one read after its commit.

As in tests/test_undo_versions.py the other writer is a real process on the same SQLite file (or, to land a
write in the milliseconds right after the window's own commit, a second context of the program injected there),
and the secretary presses Ctrl+Z / Ctrl+Shift+Z on the real widgets."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from test_change_feed import watched  # noqa: F401 - the fixture: the window, every view built, the demo meeting open
from test_postgresql import pg_url  # noqa: F401 - the fixture: a database of its own on the server
from test_undo_versions import CTRL, SHIFT, elsewhere, two_copies, type_at_end  # noqa: F401 - two_copies: fixture

from council_desktop.app import AppContext
from council_desktop.domain.errors import CouncilError
from council_desktop.services.meetings import MeetingService
from council_desktop.services.records import RecordService
from council_desktop.ui.meeting import agenda_tab

KEPT = "was changed by someone else after this step, and their change is kept. Change it by hand if it should be " \
       "different."


def undo(editor) -> None:
    """Ctrl+Z in the meeting editor."""
    QTest.keyClick(editor.tabs.tabBar(), Qt.Key.Key_Z, CTRL)


def presentations(ctx, meeting_id: int, row: int) -> list[dict]:
    return ctx.views.meeting_record(meeting_id, "ru")["agenda"][row]["presentations"]


def with_a_presentation_added(window, meeting_id, monkeypatch) -> tuple[int, dict]:
    """The agenda tab, its first item chosen, a presentation of a project added to it by the secretary."""
    ctx, editor = window.ctx, window.meeting_editor()
    tab = editor.agenda
    editor.tabs.setCurrentWidget(tab)
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    before = [p["id"] for p in presentations(ctx, meeting_id, 0)]
    project = ctx.meetings.projects()[0]
    monkeypatch.setattr(agenda_tab.PresentationDialog, "ask",
                        classmethod(lambda cls, *a, **k: (project["id"], None, None)))
    tab.add_presentation_button.click()
    added = [p for p in presentations(ctx, meeting_id, 0) if p["id"] not in before]
    assert len(added) == 1 and added[0]["project_id"] == project["id"]
    return 0, added[0]


def test_a_presentation_added_then_given_a_file_elsewhere_is_not_removed_by_undo(
        watched, db_path, tmp_path, qtbot, monkeypatch):  # noqa: F811
    window, meeting_id, _reads, _delivered = watched
    ctx, editor = window.ctx, window.meeting_editor()
    row, pres = with_a_presentation_added(window, meeting_id, monkeypatch)
    slides = tmp_path / "theirs.pdf"
    slides.write_bytes(b"%PDF-1.4 theirs")
    elsewhere(db_path, f"ctx.meetings.attach_file({pres['id']}, {str(slides)!r})")
    undo(editor)
    kept = next(p for p in presentations(ctx, meeting_id, row) if p["id"] == pres["id"])
    assert [f["name"] for f in kept["files"]] == ["theirs.pdf"]  # neither it nor their file removed
    shown = next(p for p in editor.record["agenda"][row]["presentations"] if p["id"] == pres["id"])["project"]
    assert editor.message.text() == f"Not undone: the presentation “{shown}” under item 1 {KEPT}"
    assert editor.undo_stack.count() == 0


def test_a_presentation_added_and_undone_with_nobody_else_writing_goes(watched, qtbot, monkeypatch):  # noqa: F811
    """Its own later writes (a file attached and taken off again) do not make the undo refused."""
    window, meeting_id, _reads, _delivered = watched
    ctx, editor = window.ctx, window.meeting_editor()
    row, pres = with_a_presentation_added(window, meeting_id, monkeypatch)
    count = len(presentations(ctx, meeting_id, row))
    undo(editor)
    assert [p["id"] for p in presentations(ctx, meeting_id, row)].count(pres["id"]) == 0
    assert len(presentations(ctx, meeting_id, row)) == count - 1
    assert editor.message.text() == ""
    qtbot.keyClick(editor.tabs.tabBar(), Qt.Key.Key_Z, CTRL | SHIFT)
    assert len(presentations(ctx, meeting_id, row)) == count


def test_a_file_attached_then_removed_elsewhere_is_said_gone_on_undo(
        watched, db_path, tmp_path, qtbot, monkeypatch):  # noqa: F811
    window, meeting_id, _reads, _delivered = watched
    ctx, editor = window.ctx, window.meeting_editor()
    row, pres = with_a_presentation_added(window, meeting_id, monkeypatch)
    tab = editor.agenda
    tab.presentations_view.setCurrentIndex(tab.presentations_model.index(
        next(i for i, p in enumerate(tab.presentations_model.rows) if p["id"] == pres["id"]), 0))
    slides = tmp_path / "mine.pdf"
    slides.write_bytes(b"%PDF-1.4 mine")
    monkeypatch.setattr(agenda_tab.ChooseFiles, "ask", classmethod(lambda cls, parent: [str(slides)]))
    tab.attach_button.click()
    (mine,) = next(p for p in presentations(ctx, meeting_id, row) if p["id"] == pres["id"])["files"]
    elsewhere(db_path, f"ctx.meetings.remove_file({mine['id']})")
    undo(editor)
    assert next(p for p in presentations(ctx, meeting_id, row) if p["id"] == pres["id"])["files"] == []
    assert editor.message.text() == f"file {mine['id']} does not exist"
    assert editor.undo_stack.count() == 1  # the step dropped; adding the presentation stays undoable


def test_a_meetings_bodies_changed_then_the_meeting_changed_elsewhere_are_not_changed_back_by_undo(
        watched, db_path, qtbot):  # noqa: F811
    window, meeting_id, _reads, _delivered = watched
    ctx, editor = window.ctx, window.meeting_editor()
    tab = editor.details
    editor.tabs.setCurrentWidget(tab)
    bodies = [b["id"] for b in ctx.views.meeting_record(meeting_id)["bodies"]]
    assert len(bodies) == 2
    tab.body_checks[bodies[1]].click()  # a joint meeting no more
    assert [b["id"] for b in ctx.views.meeting_record(meeting_id)["bodies"]] == bodies[:1]
    elsewhere(db_path, f"ctx.records.update('meeting', {meeting_id}, {{'place_en': 'Hall 3'}})")
    undo(editor)
    stored = ctx.views.meeting_record(meeting_id, "ru")
    assert ([b["id"] for b in stored["bodies"]], stored["place_en"]) == (bodies[:1], "Hall 3")
    assert editor.message.text() == f"Not undone: the meeting {KEPT}"
    assert editor.undo_stack.count() == 0
    assert not tab.body_checks[bodies[1]].isChecked()


def test_a_meetings_bodies_changed_and_undone_and_redone_with_nobody_else_writing(watched, qtbot):  # noqa: F811
    window, meeting_id, _reads, _delivered = watched
    ctx, editor = window.ctx, window.meeting_editor()
    tab = editor.details
    editor.tabs.setCurrentWidget(tab)
    bodies = [b["id"] for b in ctx.views.meeting_record(meeting_id)["bodies"]]
    tab.body_checks[bodies[1]].click()
    undo(editor)
    assert [b["id"] for b in ctx.views.meeting_record(meeting_id)["bodies"]] == bodies
    qtbot.keyClick(editor.tabs.tabBar(), Qt.Key.Key_Z, CTRL | SHIFT)
    assert [b["id"] for b in ctx.views.meeting_record(meeting_id)["bodies"]] == bodies[:1]
    assert editor.message.text() == ""


def body_with_its_terms(window, meeting_id):
    ctx = window.ctx
    view = window.views["bodies"]
    window.show_view("bodies")
    body = ctx.views.meeting_record(meeting_id, "ru")["bodies"][0]["id"]
    view.open_record(body)
    return view, view.members, body


def term(ctx, body: int, ident: int) -> dict | None:
    return next((t for t in ctx.registry.memberships(body) if t["id"] == ident), None)


def test_a_member_added_then_their_term_changed_elsewhere_is_not_removed_by_undo(watched, db_path, qtbot):  # noqa: F811
    window, meeting_id, _reads, _delivered = watched
    ctx = window.ctx
    view, panel, body = body_with_its_terms(window, meeting_id)
    before = {t["id"] for t in ctx.registry.memberships(body)}
    person = ctx.records.create("person", {"surname": "Жаңабаева", "given_name": "Сая"})
    panel.person.set_person(person)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    (added,) = {t["id"] for t in ctx.registry.memberships(body)} - before
    elsewhere(db_path, f"ctx.records.update('membership', {added}, {{'basis': 'Приказ № 5'}})")
    qtbot.keyClick(view.table, Qt.Key.Key_Z, CTRL)
    assert term(ctx, body, added)["basis"] == "Приказ № 5"  # not removed
    name = ctx.registry.person(person, "en")["name"]
    assert view.editor.error.text() == f"Not undone: the term of {name} {KEPT}"
    assert view.editor.undo_stack.count() == 0


def test_a_term_ended_then_changed_elsewhere_is_not_reopened_by_undo(watched, db_path, qtbot):  # noqa: F811
    window, meeting_id, _reads, _delivered = watched
    ctx = window.ctx
    view, panel, body = body_with_its_terms(window, meeting_id)
    r = next(i for i, row in enumerate(panel.model.rows) if row["end_date"] is None)
    ended = panel.model.rows[r]
    panel.table.setCurrentIndex(panel.proxy.mapFromSource(panel.model.index(r, 0)))
    panel.end_date.setDate(QDate(2026, 12, 31))
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    assert term(ctx, body, ended["id"])["end_date"] == "2026-12-31"
    qtbot.keyClick(view.table, Qt.Key.Key_Z, CTRL)  # nobody else wrote: undone
    assert term(ctx, body, ended["id"])["end_date"] is None
    qtbot.keyClick(view.table, Qt.Key.Key_Z, CTRL | SHIFT)
    assert term(ctx, body, ended["id"])["end_date"] == "2026-12-31"
    elsewhere(db_path, f"ctx.records.update('membership', {ended['id']}, {{'end_date': '2026-11-30'}})")
    qtbot.keyClick(view.table, Qt.Key.Key_Z, CTRL)
    assert term(ctx, body, ended["id"])["end_date"] == "2026-11-30"  # theirs, not reopened
    assert view.editor.error.text() == f"Not undone: the term of {ended['person']} {KEPT}"
    assert view.editor.undo_stack.count() == 0


# --- the services' checks, on SQLite and PostgreSQL ------------------------------------------------------------
def test_the_undos_of_a_presentation_a_term_and_a_meetings_bodies_refuse_a_colleagues_change(
        two_copies, tmp_path):  # noqa: F811
    mine, theirs, meeting = two_copies
    record = mine.views.meeting_record(meeting)
    item = record["agenda"][0]["id"]
    project = mine.meetings.projects()[0]["id"]
    with mine.hub.collect() as got:
        pres = mine.meetings.add_presentation(item, project)
    left = got.changes.versions[("presentation", pres)]
    slides = tmp_path / "theirs.pdf"
    slides.write_bytes(b"%PDF-1.4 theirs")
    file_id = theirs.meetings.attach_file(pres, slides)  # a file of theirs is the presentation's change
    with pytest.raises(CouncilError) as refused:
        mine.meetings.remove_presentation(pres, expected_version=left)
    assert (refused.value.code, refused.value.params["kind"]) == ("stale_edit", "presentation")
    files = [f["id"] for i in mine.views.meeting_record(meeting)["agenda"] for p in i["presentations"]
             if p["id"] == pres for f in p["files"]]
    assert files == [file_id]

    body = record["bodies"][0]["id"]
    person = mine.records.create("person", {"surname": "Жаңабаева", "given_name": "Сая"})
    with mine.hub.collect() as got:
        added = mine.records.create("membership", {"body_id": body, "person_id": person, "role": "member",
                                                   "start_date": "2026-01-01"})
    left = got.changes.versions[("membership", added)]
    theirs.records.update("membership", added, {"end_date": "2026-06-30"})
    for attempt in (lambda: mine.registry.delete_membership(added, expected_version=left),  # undo of adding it
                    lambda: mine.records.update("membership", added, {"end_date": None},  # undo of ending it
                                                expected_version=left)):
        with pytest.raises(CouncilError) as refused:
            attempt()
        assert (refused.value.code, refused.value.params["kind"]) == ("stale_edit", "membership")
    (stored,) = [t for t in mine.registry.memberships(body) if t["id"] == added]
    assert stored["end_date"] == "2026-06-30"

    bodies = [b["id"] for b in record["bodies"]]
    left = mine.meetings.update(meeting, {"body_ids": bodies[:1]})
    assert left == record["version"] + 1  # its bodies changed: the meeting's version moves on
    theirs.records.update("meeting", meeting, {"place_en": "Hall 3"})
    with pytest.raises(CouncilError) as refused:
        mine.meetings.update(meeting, {"body_ids": bodies}, expected_version=left)
    assert (refused.value.code, refused.value.params["kind"]) == ("stale_edit", "meeting")
    assert [b["id"] for b in mine.views.meeting_record(meeting)["bodies"]] == bodies[:1]


def test_a_write_reports_the_versions_its_own_transaction_left(two_copies):  # noqa: F811
    """What the editor takes as its own: the versions in the Changes of its write, not a read after it."""
    mine, theirs, meeting = two_copies
    item = mine.views.meeting_record(meeting)["agenda"][0]
    with mine.hub.collect() as got:
        version = mine.records.update("agenda_item", item["id"], {"title_ru": "Повестка"},
                                      expected_version=item["version"])
    theirs.records.update("agenda_item", item["id"], {"notes": "их заметка"})
    assert version == got.changes.versions[("agenda_item", item["id"])] == item["version"] + 1
    assert next(i for i in mine.views.meeting_record(meeting)["agenda"]
                if i["id"] == item["id"])["version"] == item["version"] + 2


# --- the race closed: another write landing right after the window's own commit ---------------------------------
@pytest.fixture
def colleague(db_path):
    """A second context of the program on the window's file: a colleague's copy, writing when told."""
    ctx = AppContext.open(db_path)
    yield ctx
    ctx.close()


def right_after(monkeypatch, service, name: str, write) -> list:
    """`write()` runs the moment the service's own call has committed, once: before the window reads anything."""
    original, done = getattr(service, name), []

    def wrapped(self, *args, **kw):
        result = original(self, *args, **kw)
        if not done:  # once: the colleague's own call comes through here too
            done.append(self)
            write()
        return result
    monkeypatch.setattr(service, name, wrapped)
    return done


def test_a_colleagues_write_right_after_the_meeting_editors_save_is_not_taken_for_its_own(
        watched, colleague, qtbot, monkeypatch):  # noqa: F811
    window, meeting_id, _reads, _delivered = watched
    ctx, editor = window.ctx, window.meeting_editor()
    editor.tabs.setCurrentWidget(editor.details)
    place = editor.details.place
    original = place.text()
    done = right_after(monkeypatch, RecordService, "update",
                       lambda: colleague.records.update("meeting", meeting_id, {"place_en": "Hall 3"}))
    type_at_end(place, " (зал 2)")
    assert editor.save() and done
    # the editor read the meeting again after its save, their place with it; its own step left the version before
    undo(editor)
    stored = ctx.views.meeting_record(meeting_id, "ru")
    assert (stored["place_ru"], stored["place_en"]) == (original + " (зал 2)", "Hall 3")
    assert editor.message.text() == f"Not undone: the meeting {KEPT}"
    assert editor.undo_stack.count() == 0


def test_a_colleagues_write_right_after_an_item_is_added_makes_its_undo_refused(
        watched, colleague, qtbot, monkeypatch):  # noqa: F811
    window, meeting_id, _reads, _delivered = watched
    ctx, editor = window.ctx, window.meeting_editor()
    editor.tabs.setCurrentWidget(editor.agenda)
    monkeypatch.setattr(agenda_tab.TextPrompt, "ask", classmethod(lambda cls, *a, **k: "О разном"))
    count = len(editor.record["agenda"])

    def retitle():
        added = colleague.views.meeting_record(meeting_id)["agenda"][-1]["id"]
        colleague.records.update("agenda_item", added, {"title_ru": "Разное: бюджет"})
    done = right_after(monkeypatch, MeetingService, "add_item", retitle)
    editor.agenda.add_button.click()
    assert done and len(ctx.views.meeting_record(meeting_id)["agenda"]) == count + 1
    undo(editor)
    agenda = ctx.views.meeting_record(meeting_id, "ru")["agenda"]
    assert (len(agenda), agenda[-1]["title_ru"]) == (count + 1, "Разное: бюджет")
    assert editor.message.text() == f"Not undone: agenda item {count + 1} “Разное: бюджет” {KEPT}"
    assert editor.undo_stack.count() == 0


def test_a_colleagues_write_right_after_a_persons_save_is_caught_on_the_next_save_and_on_undo(
        watched, colleague, qtbot, monkeypatch):  # noqa: F811
    window, meeting_id, _reads, _delivered = watched
    ctx = window.ctx
    view = window.views["people"]
    window.show_view("people")
    chair = ctx.views.meeting_record(meeting_id, "ru")["chair_id"]
    view.open_person(chair)
    editor = view.editor
    surname = editor.fields["surname"]
    before = surname.text()
    done = right_after(monkeypatch, RecordService, "update",
                       lambda: colleague.records.update("person", chair, {"email": "theirs@example.kz"}))
    type_at_end(surname, "-Ли")
    assert editor.save() == chair and done
    type_at_end(editor.fields["phone"], "+7 701 000 00 00")
    assert editor.save() is None  # over their write, which it never showed: refused, kept to restore
    person = ctx.registry.person(chair)
    assert (person["surname"], person["phone"], person["email"]) == (before + "-Ли", "", "theirs@example.kz")
    assert editor.error.text() == ctx_message(ctx, chair)
    qtbot.keyClick(view.table, Qt.Key.Key_Z, CTRL)  # the phone was set aside; then the surname's step
    qtbot.keyClick(view.table, Qt.Key.Key_Z, CTRL)
    assert ctx.registry.person(chair)["surname"] == before + "-Ли"


def ctx_message(ctx, person: int) -> str:
    return CouncilError("stale_edit", kind="person", ident=person).message("en")


# --- a group of steps undone together: all or nothing ---------------------------------------------------------
def with_two_files_attached(window, meeting_id, tmp_path, monkeypatch) -> tuple[int, int, list[dict]]:
    """A presentation added to the first item, then two files attached to it in one step (one dialog)."""
    editor = window.meeting_editor()
    row, pres = with_a_presentation_added(window, meeting_id, monkeypatch)
    tab = editor.agenda
    tab.presentations_view.setCurrentIndex(tab.presentations_model.index(
        next(i for i, p in enumerate(tab.presentations_model.rows) if p["id"] == pres["id"]), 0))
    paths = []
    for name in ("agenda.pdf", "budget.pdf"):
        (tmp_path / name).write_bytes(b"%PDF-1.4 " + name.encode())
        paths.append(str(tmp_path / name))
    monkeypatch.setattr(agenda_tab.ChooseFiles, "ask", classmethod(lambda cls, parent: paths))
    tab.attach_button.click()
    files = next(p for p in presentations(window.ctx, meeting_id, row) if p["id"] == pres["id"])["files"]
    assert [f["name"] for f in files] == ["agenda.pdf", "budget.pdf"]
    assert editor.undo_stack.count() == 2 and editor.undo_stack.undoText() == "Attach files"
    return row, pres["id"], files


def test_files_attached_together_are_undone_and_redone_together(
        watched, tmp_path, qtbot, monkeypatch):  # noqa: F811
    window, meeting_id, _reads, _delivered = watched
    ctx, editor = window.ctx, window.meeting_editor()
    row, pres, _files = with_two_files_attached(window, meeting_id, tmp_path, monkeypatch)

    def names() -> list[str]:
        return [f["name"] for f in next(p for p in presentations(ctx, meeting_id, row) if p["id"] == pres)["files"]]
    undo(editor)
    assert names() == [] and editor.message.text() == ""
    qtbot.keyClick(editor.tabs.tabBar(), Qt.Key.Key_Z, CTRL | SHIFT)
    assert names() == ["agenda.pdf", "budget.pdf"]
    undo(editor)
    assert names() == [] and editor.undo_stack.count() == 2


def test_files_attached_together_one_removed_elsewhere_are_not_half_undone(
        watched, db_path, tmp_path, qtbot, monkeypatch):  # noqa: F811
    window, meeting_id, _reads, _delivered = watched
    ctx, editor = window.ctx, window.meeting_editor()
    row, pres, (agenda_pdf, budget_pdf) = with_two_files_attached(window, meeting_id, tmp_path, monkeypatch)
    elsewhere(db_path, f"ctx.meetings.remove_file({agenda_pdf['id']})")
    undo(editor)  # budget.pdf would go, and agenda.pdf is gone already: neither is undone
    kept = next(p for p in presentations(ctx, meeting_id, row) if p["id"] == pres)["files"]
    assert [f["id"] for f in kept] == [budget_pdf["id"]]
    assert editor.message.text() == f"file {agenda_pdf['id']} does not exist"
    assert editor.undo_stack.count() == 1 and editor.undo_stack.undoText() == "Add a presentation"


def test_a_restored_draft_over_two_records_is_not_half_undone_after_one_changed_elsewhere(
        watched, db_path, qtbot):  # noqa: F811
    """Unsaved edits of an agenda item and of the meeting, restored from the draft as one step and saved; the item
    changed by another process since: Ctrl+Z writes neither back (the meeting's would go first)."""
    from council_desktop.ui import staging

    window, meeting_id, _reads, _delivered = watched
    ctx, editor = window.ctx, window.meeting_editor()
    item = editor.record["agenda"][0]
    before = ctx.views.meeting_record(meeting_id, "ru")
    staging.write_draft(staging.draft_path(ctx.location, f"meeting-{meeting_id}"), {
        "database": str(ctx.location), "editor": f"meeting-{meeting_id}", "saved": "2026-12-01T07:00:00",
        "summary": "", "pending": [["item", item["id"], {"notes": "Смета приложена"}],
                                   ["meeting", meeting_id, {"place_ru": "Малый зал"}]]})
    assert editor.draft_note.offer()
    qtbot.mouseClick(editor.draft_note.restore_button, Qt.MouseButton.LeftButton)
    assert editor.save()
    stored = ctx.views.meeting_record(meeting_id, "ru")
    assert (stored["place_ru"], stored["agenda"][0]["notes"]) == ("Малый зал", "Смета приложена")
    assert editor.undo_stack.undoText() == "Restore unsaved edits"
    count = editor.undo_stack.count()

    elsewhere(db_path, f"ctx.records.update('agenda_item', {item['id']}, {{'title_en': 'Budget'}})")
    undo(editor)
    stored = ctx.views.meeting_record(meeting_id, "ru")
    assert (stored["place_ru"], stored["agenda"][0]["notes"], stored["agenda"][0]["title_en"]) == \
        ("Малый зал", "Смета приложена", "Budget")  # the meeting's place not undone either
    assert stored["version"] == before["version"] + 1
    assert editor.message.text() == f"Not undone: agenda item 1 “{item['title_' + editor.text_lang]}” {KEPT}"
    assert editor.undo_stack.count() == count - 1


def test_calls_made_together_are_written_whole_or_not_at_all(two_copies):  # noqa: F811
    mine, theirs, meeting = two_copies
    first, second = mine.views.meeting_record(meeting, "ru")["agenda"][:2]
    theirs.records.update("agenda_item", second["id"], {"notes": "их"})
    with pytest.raises(CouncilError) as refused, mine.together():
        mine.records.update("agenda_item", first["id"], {"notes": "моё"}, expected_version=first["version"])
        mine.records.update("agenda_item", second["id"], {"notes": "моё"}, expected_version=second["version"])
    assert (refused.value.code, refused.value.params["ident"]) == ("stale_edit", second["id"])
    first_now, second_now = mine.views.meeting_record(meeting, "ru")["agenda"][:2]
    assert (first_now["notes"], first_now["version"]) == (first["notes"], first["version"])
    assert second_now["notes"] == "их"
    with mine.hub.collect() as got, mine.together():
        mine.records.update("agenda_item", first["id"], {"notes": "моё"}, expected_version=first["version"])
        with mine.together():  # a block inside another is part of it: its end commits nothing
            mine.records.update("agenda_item", second["id"], {"notes": "моё"},
                                expected_version=second_now["version"])
        theirs_view = theirs.views.meeting_record(meeting, "ru")["agenda"][:2]
        assert [i["notes"] for i in theirs_view] == [first["notes"], "их"]  # not committed yet
    assert [i["notes"] for i in mine.views.meeting_record(meeting, "ru")["agenda"][:2]] == ["моё", "моё"]
    assert got.changes.versions[("agenda_item", first["id"])] == first["version"] + 1


@pytest.mark.parametrize(("lang", "line"), [
    ("ru", "Не отменено: срок членства ({0}) после этого шага изменил кто-то другой, и его изменение сохранено. "
           "Если нужно иначе, измените вручную."),
    ("kk", "Болдырылмады: осы қадамнан кейін мүшелік мерзімі ({0}) жазбасын басқа біреу өзгертті, оның өзгерісі "
           "сақталды. Басқаша болуы керек болса, қолмен өзгертіңіз.")])
def test_the_refusal_of_a_terms_undo_is_said_in_the_windows_language(
        watched, db_path, qtbot, english_ui, lang, line):  # noqa: F811
    from council_desktop.ui import i18n

    window, meeting_id, _reads, _delivered = watched
    ctx = window.ctx
    view, panel, body = body_with_its_terms(window, meeting_id)
    i18n.install(lang)
    r = next(i for i, row in enumerate(panel.model.rows) if row["end_date"] is None)
    ended = panel.model.rows[r]["id"]
    panel.table.setCurrentIndex(panel.proxy.mapFromSource(panel.model.index(r, 0)))
    panel.end_date.setDate(QDate(2026, 12, 31))
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    elsewhere(db_path, f"ctx.records.update('membership', {ended}, {{'basis': 'Приказ № 7'}})")
    qtbot.keyClick(view.table, Qt.Key.Key_Z, CTRL)
    assert (term(ctx, body, ended)["end_date"], term(ctx, body, ended)["basis"]) == ("2026-12-31", "Приказ № 7")
    name = next(t["person"] for t in ctx.registry.memberships(body, lang) if t["id"] == ended)
    assert view.editor.error.text() == line.format(name)


def test_a_restored_vote_undone_to_counts_todays_attendance_cannot_hold_is_kept_staged_with_its_message(
        watched, db_path, qtbot):  # noqa: F811
    """The group's write refused for its values (more votes than members present now), not for a change of the
    record: nothing written, the old counts staged with the message beside them, as a single field's undo is."""
    from council_desktop.ui import staging

    window, meeting_id, _reads, _delivered = watched
    ctx, editor = window.ctx, window.meeting_editor()
    res = next(r for i in editor.record["agenda"] for r in i["resolutions"]
               if r["votes_against"] and not r["unanimous"])
    old = {k: res[k] for k in ("votes_for", "votes_against", "votes_abstained")}
    staging.write_draft(staging.draft_path(ctx.location, f"meeting-{meeting_id}"), {
        "database": str(ctx.location), "editor": f"meeting-{meeting_id}", "saved": "2026-12-01T07:00:00",
        "summary": "", "pending": [["resolution", res["id"], {"votes_for": 1, "votes_against": 0,
                                                              "votes_abstained": 0}]]})
    assert editor.draft_note.offer()
    qtbot.mouseClick(editor.draft_note.restore_button, Qt.MouseButton.LeftButton)
    assert editor.save()

    def stored() -> dict:
        r = next(r for i in ctx.views.meeting_record(meeting_id)["agenda"] for r in i["resolutions"]
                 if r["id"] == res["id"])
        return {k: r[k] for k in ("votes_for", "votes_against", "votes_abstained", "version")}
    saved = stored()
    assert saved == {"votes_for": 1, "votes_against": 0, "votes_abstained": 0, "version": res["version"] + 1}
    there = [a["person_id"] for a in editor.record["attendance"] if a["status"] not in ("absent", "excused")]
    away = there[:len(there) - sum(old.values()) + 2]  # fewer present than the old counts add up to
    elsewhere(db_path, f"ctx.meetings.set_attendances({meeting_id}, {dict.fromkeys(away, 'absent')!r})")
    qtbot.waitUntil(lambda: editor.record["present_members"] < sum(old.values()), timeout=5000)
    undo(editor)
    assert stored() == saved  # nothing written
    assert editor.pending[("resolution", res["id"])] == old and editor.undo_stack.canRedo()
    with pytest.raises(CouncilError) as refused:
        ctx.records.update("resolution", res["id"], old, expected_version=saved["version"])
    editor.tabs.setCurrentWidget(editor.minutes)
    assert editor.errors[("resolution", res["id"])] == refused.value.message("en")
    editor.discard()


@pytest.mark.parametrize("reused_ids", [False, True])
def test_files_removed_together_are_put_back_together_and_not_half_removed_again(
        watched, db_path, tmp_path, qtbot, monkeypatch, reused_ids):  # noqa: F811
    window, meeting_id, _reads, _delivered = watched
    ctx, editor = window.ctx, window.meeting_editor()
    row, pres, attached = with_two_files_attached(window, meeting_id, tmp_path, monkeypatch)
    monkeypatch.setattr(agenda_tab.Confirm, "ask", classmethod(lambda cls, *a, **k: True))
    if not reused_ids:  # a file after them: the two put back get new ids, not each other's (see below)
        (tmp_path / "other.pdf").write_bytes(b"%PDF-1.4 other")
        ctx.meetings.attach_file(next(p["id"] for i in ctx.views.meeting_record(meeting_id)["agenda"]
                                      for p in i["presentations"] if p["id"] != pres), tmp_path / "other.pdf")

    def files() -> list[dict]:
        return next(p for p in presentations(ctx, meeting_id, row) if p["id"] == pres)["files"]
    tab = editor.agenda
    tab.presentations_view.setCurrentIndex(tab.presentations_model.index(
        next(i for i, p in enumerate(tab.presentations_model.rows) if p["id"] == pres), 0))
    tab.remove_file_button.click()
    assert files() == [] and editor.undo_stack.undoText() == "Remove files"
    undo(editor)  # both put back, under new ids
    back = files()
    assert [f["name"] for f in back] == ["agenda.pdf", "budget.pdf"]
    if reused_ids:  # SQLite gave the two put back each other's freed ids: each step still finds its own file
        assert [f["id"] for f in back] == [f["id"] for f in reversed(attached)]
    else:
        assert not {f["id"] for f in back} & {f["id"] for f in attached}
    elsewhere(db_path, f"ctx.meetings.remove_file({back[1]['id']})")
    qtbot.keyClick(editor.tabs.tabBar(), Qt.Key.Key_Z, CTRL | SHIFT)  # agenda.pdf would go, budget.pdf is gone
    assert [f["id"] for f in files()] == [back[0]["id"]]
    assert editor.message.text() == f"file {back[1]['id']} does not exist"
    assert not editor.undo_stack.canRedo()


def test_guests_removed_together_come_back_together_and_are_not_half_removed_again(
        watched, db_path, qtbot):  # noqa: F811
    from PySide6.QtCore import QItemSelectionModel

    window, meeting_id, _reads, _delivered = watched
    ctx, editor = window.ctx, window.meeting_editor()
    tab = editor.attendance
    editor.tabs.setCurrentWidget(tab)
    guests = [ctx.records.create("person", {"surname": surname, "given_name": "Гүл"})
              for surname in ("Бірінші", "Екінші")]
    for guest in guests:
        ctx.meetings.add_attendee(meeting_id, guest, "present")
    qtbot.waitUntil(lambda: all(tab.model.row_of_person(g) >= 0 for g in guests), timeout=5000)

    def listed() -> dict[int, str]:
        return {a["person_id"]: a["status"] for a in ctx.views.meeting_record(meeting_id)["attendance"]
                if a["person_id"] in guests}
    selection = tab.view.selectionModel()
    selection.clearSelection()
    for guest in guests:
        selection.select(tab.model.index(tab.model.row_of_person(guest), 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    count = editor.undo_stack.count()
    qtbot.mouseClick(tab.remove, Qt.MouseButton.LeftButton)
    assert listed() == {} and editor.undo_stack.count() == count + 1  # one step
    undo(editor)
    assert listed() == dict.fromkeys(guests, "present")  # both back at once
    elsewhere(db_path, f"ctx.meetings.set_attendance({meeting_id}, {guests[1]}, 'remote')")
    qtbot.keyClick(editor.tabs.tabBar(), Qt.Key.Key_Z, CTRL | SHIFT)
    assert listed() == {guests[0]: "present", guests[1]: "remote"}  # neither removed
    assert editor.message.text() == (
        f"Not redone: the attendance of {editor.person_name(guests[1])} was changed by someone else after this step "
        "was undone, and their change is kept. Change it by hand if it should be different.")
    assert editor.undo_stack.count() == count


def test_a_colleagues_write_right_after_a_bodys_save_is_caught_on_the_next_save_and_on_undo(
        watched, colleague, qtbot, monkeypatch):  # noqa: F811
    """The same through a list beside its editor (RecordsView: bodies, organisations, projects), whose list reads
    the record again after the save: the editor keeps the version it wrote."""
    window, meeting_id, _reads, _delivered = watched
    ctx = window.ctx
    view, _panel, body = body_with_its_terms(window, meeting_id)
    editor = view.editor
    name = editor.fields["name_ru"]
    before = ctx.registry.body(body)
    done = right_after(monkeypatch, RecordService, "update",
                       lambda: colleague.records.update("council_body", body, {"name_en": "Their Council"}))
    type_at_end(name, " (созыв 2)")
    assert editor.save() == body and done
    assert editor.versions[("council_body", body)] == before["version"] + 1  # its own, not theirs (+ 2)
    type_at_end(editor.fields["short_name"], "-2")
    assert editor.save() is None  # over their write, which it never showed: refused, kept to restore
    stored = ctx.registry.body(body)
    assert (stored["name_ru"], stored["short_name"], stored["name_en"]) == \
        (before["name_ru"] + " (созыв 2)", before["short_name"], "Their Council")
    assert editor.error.text() == CouncilError("stale_edit", kind="council body", ident=body).message("en")
    qtbot.keyClick(view.table, Qt.Key.Key_Z, CTRL)  # the short name's step, set aside: staged back
    qtbot.keyClick(view.table, Qt.Key.Key_Z, CTRL)  # the name's, saved: refused over theirs
    assert ctx.registry.body(body)["name_ru"] == before["name_ru"] + " (созыв 2)"
    assert editor.error.text() == f"Not undone: «{before['name_kk']}» {KEPT}"
