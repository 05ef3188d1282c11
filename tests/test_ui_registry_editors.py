"""The registry editors (person, organisation, council body and membership, project): undo and redo,
autosave, and a draft of what could not be saved that survives a crash."""
from __future__ import annotations

import json

import pytest
import shiboken6
from PySide6.QtCore import Qt
from ui_typing import type_text

from council_desktop.ui import staging
from council_desktop.ui.bodies import BodiesView
from council_desktop.ui.people import OrganisationsView, PeopleView
from council_desktop.ui.projects import ProjectsView

pytestmark = pytest.mark.usefixtures("english_ui")


@pytest.fixture
def window(demo, qtbot):
    from council_desktop.ui.main_window import MainWindow
    w = MainWindow(demo[0])
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def open_view(qtbot, view):
    qtbot.addWidget(view)
    view.show()
    return view


def select(view, record_id):
    model = view.model
    r = model.row_of(record_id)
    index = model.index(r, 0) if not hasattr(view, "proxy") else view.proxy.mapFromSource(model.index(r, 0))
    view.table.setCurrentIndex(index)


def test_person_edit_is_undone_and_redone_in_the_widget_and_the_database(demo, qtbot):
    ctx, _ = demo
    view = open_view(qtbot, PeopleView(ctx))
    person = ctx.registry.people("Касымова")[0]
    select(view, person["id"])
    editor = view.editor
    position = editor.fields["position_en"]
    assert position.text() == person["position_en"]
    position.end(False)
    type_text(position, ", deputy chair")
    assert editor.undo_stack.count() == 1  # the whole word is one edit
    assert editor.save() == person["id"]
    assert ctx.registry.person(person["id"])["position_en"] == person["position_en"] + ", deputy chair"

    editor.undo_stack.undo()  # a saved step undone is written at once
    assert position.text() == person["position_en"]
    assert not editor.has_unsaved_changes()
    assert ctx.registry.person(person["id"])["position_en"] == person["position_en"]
    editor.undo_stack.redo()
    assert position.text() == person["position_en"] + ", deputy chair"
    assert not editor.has_unsaved_changes()
    assert ctx.registry.person(person["id"])["position_en"] == person["position_en"] + ", deputy chair"
    # the list shows the saved person where they were
    assert view.model.rows[view.model.row_of(person["id"])]["position_en"].endswith("deputy chair")


def test_a_person_edit_is_saved_by_itself_after_a_pause(demo, qtbot):
    ctx, _ = demo
    view = open_view(qtbot, PeopleView(ctx))
    person = ctx.registry.people("Касымова")[0]
    select(view, person["id"])
    type_text(view.editor.fields["phone"], "+7 701 000 00 00")
    assert view.editor.has_unsaved_changes()
    qtbot.waitUntil(lambda: not view.editor.has_unsaved_changes(), timeout=5000)
    assert ctx.registry.person(person["id"])["phone"] == "+7 701 000 00 00"
    assert view.editor.undo_stack.canUndo()  # saving keeps the history of the record


def test_fixing_letters_is_one_undoable_step(demo, qtbot):
    ctx, _ = demo
    view = open_view(qtbot, PeopleView(ctx))
    view.new()
    editor = view.editor
    type_text(editor.fields["surname"], "Турмухамбетовa")  # Latin a at the end
    qtbot.mouseClick(editor.fix_button, Qt.MouseButton.LeftButton)
    assert editor.fields["surname"].text() == "Турмухамбетова"
    editor.undo_stack.undo()
    assert editor.fields["surname"].text() == "Турмухамбетовa"


def test_undo_in_the_main_window_acts_on_the_editor_in_view(window, demo, qtbot):
    ctx, _ = demo
    window.show_view("organisations")
    view = window.views["organisations"]
    org = view.model.rows[0]
    select(view, org["id"])
    short = view.editor.fields["short_name"]
    short.end(False)
    type_text(short, " (HQ)")
    assert window.undo_group.activeStack() is view.editor.undo_stack
    view.table.setFocus()  # leaving the form saves it
    saved = next(o for o in ctx.registry.organizations() if o["id"] == org["id"])
    assert saved["short_name"] == org["short_name"] + " (HQ)"
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert short.text() == org["short_name"]
    assert view.editor.save()
    saved = next(o for o in ctx.registry.organizations() if o["id"] == org["id"])
    assert saved["short_name"] == org["short_name"]
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert short.text() == org["short_name"] + " (HQ)"
    assert view.editor.save()


def test_council_body_rule_and_membership_are_undone(demo, qtbot):
    ctx, _ = demo
    view = open_view(qtbot, BodiesView(ctx))
    body = view.model.rows[0]
    select(view, body["id"])
    editor, panel = view.editor, view.members
    rule = editor.quorum_rule
    rule.setCurrentIndex(rule.findData("fixed"))
    assert editor.quorum_fixed.isEnabled()
    editor.quorum_fixed.setValue(12)
    assert editor.save()
    stored = next(b for b in ctx.registry.bodies() if b["id"] == body["id"])
    assert (stored["quorum_rule"], stored["quorum_fixed"]) == ("fixed", 12)
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert rule.currentData() == body["quorum_rule"] and not editor.quorum_fixed.isEnabled()
    assert editor.save()
    stored = next(b for b in ctx.registry.bodies() if b["id"] == body["id"])
    assert stored["quorum_rule"] == body["quorum_rule"] and stored["quorum_fixed"] == body["quorum_fixed"]

    before = panel.model.rowCount()
    person = ctx.registry.people("Нурмухамбетов")[0]["id"]
    panel.person.set_person(person)
    assert panel.add_member()
    assert panel.model.rowCount() == before + 1
    editor.undo_stack.undo()  # the term entered by mistake goes
    assert panel.model.rowCount() == before
    assert len(ctx.registry.memberships(body["id"])) == before
    editor.undo_stack.redo()
    assert panel.model.rowCount() == before + 1


def test_project_title_is_undone(demo, qtbot):
    ctx, _ = demo
    view = open_view(qtbot, ProjectsView(ctx))
    project = view.model.rows[0]
    select(view, project["id"])
    title = view.editor.fields["title_en"]
    title.selectAll()
    type_text(title, "Renamed")
    assert view.editor.save()
    assert next(p for p in ctx.meetings.projects() if p["id"] == project["id"])["title_en"] == "Renamed"
    view.editor.undo_stack.undo()
    assert title.text() == project["title_en"]


def test_a_new_person_without_surname_survives_a_crash_as_a_draft(demo, qtbot):
    ctx, _ = demo
    before = ctx.registry.count_people()
    view = PeopleView(ctx)
    view.show()
    view.new()
    type_text(view.editor.fields["given_name"], "Арман")
    type_text(view.editor.fields["position"], "профессор")
    # the autosave cannot store a person without a surname: it says so and keeps a draft
    qtbot.waitUntil(lambda: view.editor.surname_error.isVisible(), timeout=5000)
    draft = staging.draft_path(ctx.location, "person")
    assert draft.is_file()
    assert json.loads(draft.read_text("utf-8"))["pending"][0][2]["given_name"] == "Арман"
    assert ctx.registry.count_people() == before

    shiboken6.delete(view)  # the program stops: no close, no question

    again = open_view(qtbot, PeopleView(ctx))
    note = again.editor.draft_note
    assert note.box.isVisible() and "Арман" in note.box.text.text()
    qtbot.mouseClick(note.restore_button, Qt.MouseButton.LeftButton)
    editor = again.editor
    assert editor.fields["given_name"].text() == "Арман" and editor.fields["position"].text() == "профессор"
    assert editor.person_id is None and editor.has_unsaved_changes()
    type_text(editor.fields["surname"], "Жаңабаев")
    assert editor.save()
    saved = ctx.registry.person(editor.person_id)
    assert (saved["surname"], saved["given_name"], saved["position"]) == ("Жаңабаев", "Арман", "профессор")
    assert not draft.exists()  # saved: nothing left to restore


def test_a_draft_can_be_discarded(demo, qtbot):
    ctx, _ = demo
    view = open_view(qtbot, OrganisationsView(ctx))
    view.new()
    type_text(view.editor.fields["short_name"], "ҰҒА")
    assert view.editor.save() is None  # a name is required
    draft = staging.draft_path(ctx.location, "organization")
    assert draft.is_file()
    shiboken6.delete(view)
    again = open_view(qtbot, OrganisationsView(ctx))
    assert again.editor.draft_note.box.isVisible()
    qtbot.mouseClick(again.editor.draft_note.discard_button, Qt.MouseButton.LeftButton)
    assert not draft.exists() and not again.editor.draft_note.box.isVisible()
    assert not again.editor.has_unsaved_changes()


def test_a_draft_kept_under_the_editors_old_name_is_offered_and_restored(demo, qtbot):
    # before the registry editors were named by their tables, a body's draft was "body" and its kind too
    ctx, _ = demo
    body = ctx.registry.bodies()[0]
    old = staging.draft_path(ctx.location, "body")
    staging.write_draft(old, {"database": str(ctx.location), "editor": "body", "saved": "2026-11-30T10:00:00",
                              "summary": "НТС", "pending": [["body", body["id"], {"name_en": "Kept council"}]]})
    view = open_view(qtbot, BodiesView(ctx))
    note = view.editor.draft_note
    assert note.box.isVisible()
    assert not old.exists() and staging.draft_path(ctx.location, "council_body").is_file()
    qtbot.mouseClick(note.restore_button, Qt.MouseButton.LeftButton)
    assert view.editor.record_id == body["id"] and view.editor.fields["name_en"].text() == "Kept council"
    assert view.editor.save()
    assert ctx.registry.body(body["id"])["name_en"] == "Kept council"
    assert not staging.draft_path(ctx.location, "council_body").exists()


def test_a_refused_vote_survives_a_crash_in_the_meeting_editor(demo, qtbot):
    from council_desktop.ui.meeting_editor import MeetingEditor
    ctx, mid = demo
    editor = MeetingEditor(ctx, mid)
    editor.show()
    tab = editor.minutes
    editor.tabs.setCurrentWidget(tab)
    rid, too_many = tab.current_resolution_id(), editor.record["present_members"] + 5
    tab.votes_for.setValue(too_many)
    tab.votes_against.setValue(1)
    assert editor.save() is False
    shiboken6.delete(editor)
    again = MeetingEditor(ctx, mid)
    qtbot.addWidget(again)
    again.show()
    assert again.draft_note.box.isVisible()
    qtbot.mouseClick(again.draft_note.restore_button, Qt.MouseButton.LeftButton)
    assert again.value("resolution", rid, "votes_for") == too_many and again.has_unsaved_changes()
    again.tabs.setCurrentWidget(again.minutes)
    assert again.minutes.votes_for.value() == too_many
    again.discard()  # nothing left to ask about when the test closes it
    assert not staging.draft_path(ctx.location, f"meeting-{mid}").exists()


@pytest.mark.parametrize("make_view, field, rows, save_elsewhere", [
    (OrganisationsView, "name_en", lambda ctx: ctx.registry.organizations(),
     lambda ctx, ident: ctx.records.update("organization", ident, {"short_name": "Other office"})),
    (BodiesView, "name_en", lambda ctx: ctx.registry.bodies(),
     lambda ctx, ident: ctx.records.update("council_body", ident, {"short_name": "Other office"})),
    (ProjectsView, "title_en", lambda ctx: ctx.meetings.projects(),
     lambda ctx, ident: ctx.records.update("project", ident, {"field": "Other office"})),
])
def test_an_edit_on_a_copy_changed_elsewhere_is_refused_not_written_over(demo, qtbot, make_view, field, rows,
                                                                         save_elsewhere):
    ctx, _ = demo
    view = open_view(qtbot, make_view(ctx))
    record = rows(ctx)[0]
    select(view, record["id"])
    edit = view.editor.fields[field]
    for text in ("First edit", "Second edit"):  # saving twice in a row is no conflict with oneself
        edit.selectAll()
        type_text(edit, text)
        assert view.editor.save()
    assert next(r for r in rows(ctx) if r["id"] == record["id"])[field] == "Second edit"
    save_elsewhere(ctx, record["id"])  # another secretary, on the shared database
    edit.selectAll()
    type_text(edit, "Third edit")
    assert not view.editor.save()
    assert "changed meanwhile" in view.editor.error.text()
    stored = next(r for r in rows(ctx) if r["id"] == record["id"])
    assert stored[field] == "Second edit"
    # the refused edit is kept aside and offered back; restoring it puts it over the other change
    assert view.editor.draft_note.box.isVisible()
    view.editor.draft_note.restore_button.click()
    assert edit.text() == "Third edit" and view.editor.save()
    assert next(r for r in rows(ctx) if r["id"] == record["id"])[field] == "Third edit"
