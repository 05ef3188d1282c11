"""The meeting editor driven like a secretary would, on the demo meeting in a real database."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QTextCursor
from ui_typing import type_text

from council_desktop.domain.errors import CouncilError
from council_desktop.ui.meeting import agenda_tab, attendance_tab, lifecycle, minutes_tab
from council_desktop.ui.meeting_editor import MeetingEditor


@pytest.fixture
def editor(demo, qtbot):
    ctx, meeting_id = demo
    widget = MeetingEditor(ctx, meeting_id)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.set_text_language("ru")  # the tests type Russian texts; the window speaks English
    assert widget.details.place.text() == widget.record["place_ru"]
    return widget


def agenda_order(ctx, meeting_id):
    return [i["id"] for i in ctx.views.meeting_record(meeting_id)["agenda"]]


def select_people(tab, person_ids):
    tab.view.clearSelection()
    sel = tab.view.selectionModel()
    for pid in person_ids:
        sel.select(tab.model.index(tab.model.row_of_person(pid), 0),
                   QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


# --- attendance and quorum ------------------------------------------------------------------
def test_marking_members_absent_turns_a_bodys_quorum_line_red(editor, qtbot):
    ctx, mid = editor.ctx, editor.meeting_id
    tab = editor.attendance
    editor.tabs.setCurrentWidget(tab)
    academy = editor.record["quorum"][1]
    line = tab.quorum_labels[1]
    assert line.property("reached") is True
    assert f"{academy['present']} of {academy['members']} members present — quorum reached" in line.text()
    assert "#1b5e20" in line.styleSheet()

    # the Academy's department loses members until it has no quorum
    members = {m["id"] for m in ctx.registry.members_on(academy["body_id"], ctx.views.meeting_record(mid)["date"])}
    present = [r["person_id"] for r in editor.record["attendance"]
               if r["person_id"] in members and r["status"] == "present"]
    drop = present[:academy["present"] - academy["required"] + 1]
    select_people(tab, drop)
    qtbot.mouseClick(tab.status_buttons["absent"], Qt.MouseButton.LeftButton)

    after = ctx.meetings.quorum(mid).bodies[1].quorum
    assert not after.reached and after.present == academy["present"] - len(drop)
    assert line.property("reached") is False
    assert "no quorum" in line.text() and f"{after.present} of {after.members}" in line.text()
    assert "#b3261e" in line.styleSheet()
    assert tab.quorum_labels[0].property("reached") is True  # the other body still decides

    # undo puts them back, in the window and in the database
    editor.undo_stack.undo()
    assert ctx.meetings.quorum(mid).bodies[1].quorum.reached
    assert line.property("reached") is True


def test_status_edited_in_the_table_and_a_guest_invited(editor, qtbot, monkeypatch):
    ctx, mid = editor.ctx, editor.meeting_id
    tab = editor.attendance
    first = tab.model.rows[0]
    index = tab.model.index(0, tab.model.STATUS_COLUMN)
    assert tab.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert tab.model.setData(index, "excused")
    row = next(a for a in ctx.views.meeting_record(mid)["attendance"] if a["person_id"] == first["person_id"])
    assert row["status"] == "excused"

    guest = ctx.records.create("person", {"surname": "Гостева", "given_name": "Алия"})
    monkeypatch.setattr(attendance_tab.PersonPicker, "ask", classmethod(lambda cls, *a, **k: guest))
    qtbot.mouseClick(tab.guest, Qt.MouseButton.LeftButton)
    listed = {a["person_id"]: a for a in ctx.views.meeting_record(mid)["attendance"]}
    assert listed[guest]["guest"] and listed[guest]["status"] == "present"
    assert [r["person_id"] for r in tab.model.rows].count(guest) == 1


# --- agenda -------------------------------------------------------------------------------
def test_agenda_reordered_by_drag_and_drop(editor):
    ctx, mid = editor.ctx, editor.meeting_id
    model = editor.agenda.model
    before = agenda_order(ctx, mid)
    # drag the first item and drop it before the fourth row (what the view does on a drop)
    data = model.mimeData([model.index(0, 0)])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert agenda_order(ctx, mid) == [before[1], before[2], before[0], before[3]]
    assert [r["id"] for r in model.rows] == agenda_order(ctx, mid)
    # and the model's moveRows (the last item to the top)
    assert model.moveRows(QModelIndex(), 3, 1, QModelIndex(), 0)
    assert agenda_order(ctx, mid) == [before[3], before[1], before[2], before[0]]


def test_agenda_reordered_by_alt_down_and_undone(editor, qtbot):
    ctx, mid = editor.ctx, editor.meeting_id
    tab = editor.agenda
    editor.tabs.setCurrentWidget(tab)
    before = agenda_order(ctx, mid)
    tab.view.setCurrentIndex(tab.model.index(1, 0))
    qtbot.keyClick(tab.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert agenda_order(ctx, mid) == [before[0], before[2], before[1], before[3]]
    assert tab.current_id() == before[1]  # the moved item stays selected, so Alt+Down again moves it on
    qtbot.keyClick(tab.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert agenda_order(ctx, mid) == [before[0], before[2], before[3], before[1]]
    qtbot.keyClick(tab.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert agenda_order(ctx, mid) == [before[0], before[2], before[1], before[3]]

    editor.undo_stack.undo()
    assert agenda_order(ctx, mid) == [before[0], before[2], before[3], before[1]]
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert agenda_order(ctx, mid) == before
    assert [r["id"] for r in tab.model.rows] == before


def rapporteurs_of(ctx, mid, item_id):
    item = next(i for i in ctx.views.meeting_record(mid)["agenda"] if i["id"] == item_id)
    return [(r["person_id"], r["role"]) for r in item["rapporteurs"]]


def test_rapporteurs_and_co_rapporteurs_added_and_removed_are_saved_and_undone(editor, qtbot, monkeypatch):
    from ui_dialogs import DialogScript

    ctx, mid = editor.ctx, editor.meeting_id
    tab = editor.agenda
    editor.tabs.setCurrentWidget(tab)
    tab.view.setCurrentIndex(tab.model.index(1, 0))
    item_id = tab.current_id()
    before = rapporteurs_of(ctx, mid, item_id)
    people = {p["surname_en"]: p["id"] for p in ctx.registry.people("", limit=100, lang="en")}
    script = DialogScript(monkeypatch, qtbot)
    script.expect("PersonPicker", script.pick_person("Ibrayev"))
    script.expect("PersonPicker", script.pick_person("Kassymova"))
    qtbot.mouseClick(tab.rapporteurs.add, Qt.MouseButton.LeftButton)
    assert tab.rapporteurs.field_value()[-1] == people["Ibrayev"]
    assert editor.undo_stack.count() == 1 and editor.undo_stack.undoText() == "Rapporteurs"
    qtbot.mouseClick(tab.co_rapporteurs.add, Qt.MouseButton.LeftButton)
    script.done()
    assert editor.save()
    after = rapporteurs_of(ctx, mid, item_id)
    def role(rows, r):
        return [p for p, x in rows if x == r]
    assert role(after, "rapporteur") == role(before, "rapporteur") + [people["Ibrayev"]]
    assert role(after, "co_rapporteur") == role(before, "co_rapporteur") + [people["Kassymova"]]
    # the list shows the names in the window's language
    shown = [tab.rapporteurs.model.rows[i]["name"] for i in range(tab.rapporteurs.model.rowCount())]
    assert shown[-1] == "Nurlan Ibrayev"

    # removed: the one selected goes, saved, and the removal is undone
    rows = tab.rapporteurs.model.rowCount()
    tab.rapporteurs.view.setCurrentIndex(tab.rapporteurs.model.index(rows - 1, 0))
    qtbot.mouseClick(tab.rapporteurs.remove, Qt.MouseButton.LeftButton)
    assert editor.save()
    assert (people["Ibrayev"], "rapporteur") not in rapporteurs_of(ctx, mid, item_id)
    editor.undo_stack.undo()
    assert editor.save()
    assert (people["Ibrayev"], "rapporteur") in rapporteurs_of(ctx, mid, item_id)
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert editor.save()
    assert rapporteurs_of(ctx, mid, item_id) == before
    assert tab.rapporteurs.field_value() == tuple(p for p, role in before if role == "rapporteur")


def test_item_added_then_removed_and_the_removal_undone_with_its_minutes(editor, monkeypatch):
    ctx, mid = editor.ctx, editor.meeting_id
    tab = editor.agenda
    monkeypatch.setattr(agenda_tab.TextPrompt, "ask", classmethod(lambda cls, *a, **k: "О разном"))
    monkeypatch.setattr(agenda_tab.Confirm, "ask", classmethod(lambda cls, *a, **k: True))
    tab.add_item()
    record = ctx.views.meeting_record(mid)
    assert record["agenda"][-1]["title_ru"] == "О разном"
    assert tab.current_id() == record["agenda"][-1]["id"]

    second = record["agenda"][1]  # has speeches, resolutions, presentations
    tab.view.setCurrentIndex(tab.model.index(1, 0))
    tab.remove_item()
    assert second["id"] not in agenda_order(ctx, mid)
    editor.undo_stack.undo()
    restored = ctx.views.meeting_record(mid)["agenda"][1]
    assert restored["title_ru"] == second["title_ru"]
    assert [r["text_ru"] for r in restored["resolutions"]] == [r["text_ru"] for r in second["resolutions"]]
    assert [r["votes_for"] for r in restored["resolutions"]] == [r["votes_for"] for r in second["resolutions"]]
    assert len(restored["speeches"]) == len(second["speeches"])
    assert [p["project_id"] for p in restored["presentations"]] == [p["project_id"] for p in second["presentations"]]
    # a move recorded before the removal still finds the re-created item
    editor.undo_stack.redo()
    editor.undo_stack.undo()
    assert ctx.views.meeting_record(mid)["agenda"][1]["title_ru"] == second["title_ru"]


def test_files_attached_to_a_presentation_by_drop_or_dialog(editor, tmp_path, monkeypatch):
    ctx, mid = editor.ctx, editor.meeting_id
    tab = editor.agenda
    row = next(i for i, item in enumerate(tab.model.rows) if item["presentations"])
    tab.view.setCurrentIndex(tab.model.index(row, 0))
    tab.presentations_view.setCurrentIndex(tab.presentations_model.index(0, 0))
    slides = tmp_path / "slides.pdf"
    slides.write_bytes(b"%PDF-1.4 demo")
    monkeypatch.setattr(agenda_tab.ChooseFiles, "ask", classmethod(lambda cls, parent: [str(slides)]))
    tab.attach_button.click()
    pres = ctx.views.meeting_record(mid)["agenda"][row]["presentations"][0]
    assert "slides.pdf" in [f["name"] for f in pres["files"]]
    assert "slides.pdf" in tab.presentations_model.data(tab.presentations_model.index(0, 3))
    editor.undo_stack.undo()
    pres = ctx.views.meeting_record(mid)["agenda"][row]["presentations"][0]
    assert "slides.pdf" not in [f["name"] for f in pres["files"]]


# --- minutes: votes -------------------------------------------------------------------------
def test_impossible_vote_shows_the_message_and_keeps_the_entered_values(editor, qtbot):
    ctx, mid = editor.ctx, editor.meeting_id
    tab = editor.minutes
    editor.tabs.setCurrentWidget(tab)
    present = editor.record["present_members"]
    rid = tab.current_resolution_id()
    before = ctx.views.meeting_record(mid)["agenda"][0]["resolutions"][0]
    assert before["id"] == rid
    tab.votes_for.setValue(present + 5)
    tab.votes_against.setValue(1)
    assert editor.has_unsaved_changes()
    assert editor.save() is False
    assert tab.vote_error.isVisible()
    assert f"{present + 6}" in tab.vote_error.text() and str(present) in tab.vote_error.text()
    assert not editor.message.isVisible()  # said once, beside the vote
    editor.tabs.setCurrentWidget(editor.details)  # out of sight there, it is said above the tabs
    assert editor.message.isVisible() and editor.message.text() == tab.vote_error.text()
    editor.tabs.setCurrentWidget(tab)
    assert tab.votes_for.value() == present + 5 and tab.votes_against.value() == 1  # kept as typed
    after = ctx.views.meeting_record(mid)["agenda"][0]["resolutions"][0]
    assert (after["votes_for"], after["votes_against"], after["unanimous"]) == \
        (before["votes_for"], before["votes_against"], before["unanimous"])
    assert editor.has_unsaved_changes()

    # a possible vote clears the message and is written
    tab.votes_for.setValue(present - 2)
    assert editor.save() is True
    assert not tab.vote_error.isVisible()
    after = ctx.views.meeting_record(mid)["agenda"][0]["resolutions"][0]
    assert (after["votes_for"], after["votes_against"], after["votes_abstained"]) == (present - 2, 1, 0)


def test_unanimous_fills_the_counts(editor, qtbot):
    ctx, mid = editor.ctx, editor.meeting_id
    tab = editor.minutes
    editor.tabs.setCurrentWidget(tab)
    tab.items.setCurrentIndex(editor.agenda.model.index(1, 0))
    tab.resolutions.setCurrentIndex(tab.resolutions_model.index(1, 0))
    rid = tab.current_resolution_id()
    present = editor.record["present_members"]
    qtbot.mouseClick(tab.unanimous_button, Qt.MouseButton.LeftButton)
    assert (tab.votes_for.value(), tab.votes_against.value(), tab.votes_abstained.value()) == (present, 0, 0)
    assert editor.save()
    saved = next(r for r in ctx.views.meeting_record(mid)["agenda"][1]["resolutions"] if r["id"] == rid)
    assert saved["unanimous"] and saved["votes_for"] == present


def test_speech_and_assignment_added_and_edited(editor, monkeypatch):
    ctx, mid = editor.ctx, editor.meeting_id
    tab = editor.minutes
    speaker = editor.record["attendance"][0]["person_id"]
    monkeypatch.setattr(minutes_tab.PersonPicker, "ask", classmethod(lambda cls, *a, **k: speaker))
    monkeypatch.setattr(minutes_tab.TextPrompt, "ask", classmethod(lambda cls, *a, **k: "Доложить совету"))
    tab.add_speech()
    assert tab.speeches_model.rows[-1]["person_id"] == speaker
    tab.speeches.setCurrentIndex(tab.speeches_model.index(len(tab.speeches_model.rows) - 1, 0))
    type_text(tab.gist, "Поддержал проект")
    tab.add_assignment()  # saves the staged gist first
    item = ctx.views.meeting_record(mid)["agenda"][0]
    assert item["speeches"][-1]["gist_ru"] == "Поддержал проект"
    assert item["resolutions"][0]["assignments"][-1]["task_ru"] == "Доложить совету"


# --- undo, unsaved changes, autosave, conflicts -----------------------------------------------
def test_field_edit_is_undone_in_the_widget_and_the_database(editor):
    ctx, mid = editor.ctx, editor.meeting_id
    place = editor.details.place
    original = place.text()
    type_text(place, " (корпус Б)")
    assert editor.has_unsaved_changes()
    assert editor.save()
    assert ctx.views.meeting_record(mid)["place_ru"] == original + " (корпус Б)"
    assert not editor.has_unsaved_changes()

    editor.undo_stack.undo()  # a saved step undone is written at once (over the version it left)
    assert place.text() == original
    assert not editor.has_unsaved_changes()
    assert ctx.views.meeting_record(mid)["place_ru"] == original
    editor.undo_stack.redo()
    assert place.text() == original + " (корпус Б)"
    assert ctx.views.meeting_record(mid)["place_ru"] == original + " (корпус Б)"
    assert (editor.undo_stack.count(), editor.undo_stack.index()) == (1, 1)


def test_staged_edit_is_autosaved_after_a_pause(editor, qtbot):
    ctx, mid = editor.ctx, editor.meeting_id
    tab = editor.agenda
    tab.view.setCurrentIndex(tab.model.index(2, 0))
    item_id = tab.current_id()
    type_text(tab.notes, "Позвать экспертов")
    assert editor.has_unsaved_changes()
    changed = []
    editor.changed.connect(lambda: changed.append(True))
    qtbot.waitUntil(lambda: not editor.has_unsaved_changes(), timeout=5000)
    item = next(i for i in ctx.views.meeting_record(mid)["agenda"] if i["id"] == item_id)
    assert item["notes"].endswith("Позвать экспертов")
    assert changed == [True]


def test_text_language_switch_edits_the_kazakh_text(editor):
    ctx, mid = editor.ctx, editor.meeting_id
    editor.set_text_language("kk")
    assert editor.details.place.text() == editor.record["place_kk"]
    editor.details.place.clear()
    type_text(editor.details.place, "Астана қ., Министрлер үйі")
    assert editor.save()
    record = ctx.views.meeting_record(mid)
    assert record["place_kk"] == "Астана қ., Министрлер үйі"
    assert record["place_ru"].startswith("Национальный центр")


def test_stale_edit_shows_the_message_and_reloads(editor):
    ctx, mid = editor.ctx, editor.meeting_id
    type_text(editor.details.restriction, "ДСП")
    ctx.meetings.update(mid, {"place_en": "Changed elsewhere"})  # someone else saves meanwhile
    assert editor.save() is False
    # said once, beside the fields of the tab in sight (Details), not again above the tabs
    assert "changed meanwhile" in editor.details.error.text()
    assert not editor.message.isVisible()
    assert editor.record["place_en"] == "Changed elsewhere"
    assert ctx.views.meeting_record(mid)["restriction"] == ""


def type_at_end(widget, text: str) -> None:
    widget.setFocus()
    widget.end(False) if hasattr(widget, "end") else widget.moveCursor(QTextCursor.MoveOperation.End)
    type_text(widget, text)


def test_minutes_changed_elsewhere_meanwhile_are_not_overwritten(editor):
    """Two windows on one database (a shared office): a resolution, a heard text, a speech and an
    assignment changed elsewhere after this editor showed them are refused here, not overwritten."""
    ctx, mid = editor.ctx, editor.meeting_id
    tab = editor.minutes
    editor.tabs.setCurrentWidget(tab)
    tab.items.setCurrentIndex(editor.agenda.model.index(1, 0))
    tab.resolutions.setCurrentIndex(tab.resolutions_model.index(0, 0))
    tab.speeches.setCurrentIndex(tab.speeches_model.index(0, 0))
    tab.assignments.setCurrentIndex(tab.assignments_model.index(0, 0))
    item = editor.record["agenda"][1]
    resolution, speech = item["resolutions"][0], item["speeches"][0]
    assignment = resolution["assignments"][0]
    for widget in (tab.resolution_text, tab.heard, tab.gist, tab.task):
        type_at_end(widget, " (мой вариант)")
    # meanwhile, in the other window
    ctx.minutes.update_resolution(resolution["id"], text={"ru": "Текст другого секретаря"})
    ctx.minutes.set_heard(item["id"], {"ru": "Заслушано в другом окне"})
    ctx.minutes.update_speech(speech["id"], {"ru": "Речь из другого окна"})
    ctx.minutes.update_assignment(assignment["id"], task={"ru": "Поручение из другого окна"})
    assert editor.save() is False
    assert "changed meanwhile" in editor.message.text()

    def stored():
        it = ctx.views.meeting_record(mid)["agenda"][1]
        res = it["resolutions"][0]
        return res["text_ru"], it["heard_ru"], it["speeches"][0]["gist_ru"], res["assignments"][0]["task_ru"]
    assert stored() == ("Текст другого секретаря", "Заслушано в другом окне", "Речь из другого окна",
                        "Поручение из другого окна")

    # not lost either: set aside (in the draft file too, should the program stop) and offered back
    assert editor.draft_note.box.isVisible()
    assert "Someone else changed this meanwhile" in editor.draft_note.box.text.text()
    draft = editor._draft_file().read_text("utf-8")
    assert "(мой вариант)" in draft and not editor.has_unsaved_changes()
    assert tab.resolution_text.toPlainText() == "Текст другого секретаря"  # theirs, as stored
    editor.draft_note.restore_button.click()  # the secretary puts theirs over it, knowingly
    assert not editor.draft_note.box.isVisible()
    assert tab.resolution_text.toPlainText().endswith("(мой вариант)")
    assert editor.save() is True
    assert stored()[0] == resolution["text_ru"] + " (мой вариант)"
    assert all(text.endswith(" (мой вариант)") for text in stored())
    assert not editor._draft_file().exists()

    # an edit on the versions now shown is saved at once
    for widget in (tab.resolution_text, tab.heard, tab.gist, tab.task):
        type_at_end(widget, " Согласовано.")
    assert editor.save() is True
    assert all(text.endswith(" (мой вариант) Согласовано.") for text in stored())
    # one save that writes an item twice (its notes, then what was heard) goes on the version it made
    type_at_end(editor.agenda.notes, " Заметка.")
    type_at_end(tab.heard, " Ещё.")
    assert editor.save() is True
    assert ctx.views.meeting_record(mid)["agenda"][1]["heard_ru"].endswith("Согласовано. Ещё.")


def test_edits_set_aside_can_be_discarded_and_leave_the_other_change(editor):
    ctx, mid = editor.ctx, editor.meeting_id
    type_text(editor.details.restriction, "ДСП")
    ctx.meetings.update(mid, {"restriction": "Для служебного пользования"})
    assert editor.save() is False and editor.draft_note.box.isVisible()
    editor.draft_note.discard_button.click()
    assert not editor.draft_note.box.isVisible() and not editor._draft_file().exists()
    assert editor.details.restriction.text() == "Для служебного пользования"
    assert ctx.views.meeting_record(mid)["restriction"] == "Для служебного пользования"


# --- lifecycle ------------------------------------------------------------------------------
def test_signed_meeting_is_read_only_with_a_banner_and_amend_makes_a_new_version(editor, monkeypatch):
    ctx, mid = editor.ctx, editor.meeting_id
    asked = []
    monkeypatch.setattr(lifecycle.Confirm, "ask", classmethod(lambda cls, parent, title, text: asked.append(text)
                                                              or True))
    assert not editor.banner.isVisible()
    editor.tabs.setCurrentWidget(editor.lifecycle)
    editor.lifecycle.sign.click()
    assert asked, "signing asks first"
    record = ctx.views.meeting_record(mid)
    assert record["status"] == "protocol_signed" and record["protocol_version"] == 1
    assert editor.banner.isVisible() and "read-only" in editor.banner.text()
    assert editor.details.place.isReadOnly()
    assert not editor.agenda.add_button.isEnabled()
    assert not editor.minutes.votes_for.isEnabled()
    assert not editor.attendance.status_buttons["present"].isEnabled()
    assert not editor.agenda.model.flags(editor.agenda.model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    with pytest.raises(CouncilError) as refused:
        ctx.meetings.update(mid, {"place_ru": "другое"})
    assert refused.value.code == "protocol_locked"
    # an attempt through the window changes nothing either
    editor.agenda.move_current(+1)
    assert ctx.views.meeting_record(mid)["agenda"] == record["agenda"]

    monkeypatch.setattr(lifecycle.TextPrompt, "ask", classmethod(lambda cls, *a, **k: "Опечатка в фамилии"))
    editor.lifecycle.amend.click()
    assert ctx.views.meeting_record(mid)["status"] == "protocol_drafted"
    assert not editor.banner.isVisible() and not editor.details.place.isReadOnly()
    editor.lifecycle.sign.click()
    record = ctx.views.meeting_record(mid)
    assert record["protocol_version"] == 2
    assert [p["revision"] for p in record["protocol_issues"]] == [1, 2]
    assert record["protocol_issues"][1]["reason"] == "Опечатка в фамилии"


def test_lifecycle_steps_wait_for_confirmation(demo, qtbot, monkeypatch):
    ctx, _ = demo
    mid = ctx.meetings.plan([1], "2026-10-01", {"chair_id": 1, "secretary_id": 3})
    for person in (1, 3):  # nothing for the pre-flight to find: the question is asked at once
        ctx.meetings.set_attendance(mid, person, "present")
    widget = MeetingEditor(ctx, mid)
    qtbot.addWidget(widget)
    answers = [False, True]
    monkeypatch.setattr(lifecycle.Confirm, "ask", classmethod(lambda cls, *a: answers.pop(0)))
    assert widget.lifecycle.mark_held() is False
    assert ctx.views.meeting_record(mid)["status"] == "planned"
    assert widget.lifecycle.mark_held() is True
    assert ctx.views.meeting_record(mid)["status"] == "held"
    assert widget.lifecycle.status.text() == "held"


# --- languages ------------------------------------------------------------------------------
@pytest.fixture
def kazakh(qapp):
    from council_desktop.ui import i18n
    yield i18n.install("kk")
    i18n.install("en")


def test_switching_to_kazakh_retranslates_the_open_editor(editor, kazakh):
    # the loader installed the translators after the editor was built: Qt's LanguageChange retranslates it
    assert kazakh == "kk"
    assert [editor.tabs.tabText(i) for i in range(3)] == ["Мәліметтер", "Қатысу", "Күн тәртібі"]
    assert editor.minutes.rlabels["votes_for"].text() == "&Жақтап"
    assert editor.minutes.unanimous_button.text() == "&Бірауыздан"
    assert editor.minutes.heard_label.text().startswith("Т&ыңдалды")
    assert editor.attendance.quorum_labels[0].text().endswith("кворум бар")
    assert editor.lifecycle.sign.text() == "&Қол қойып, бекіту"
    assert editor.agenda.model.headerData(1, Qt.Orientation.Horizontal) == "Мәселе"


def test_an_editor_built_in_kazakh_speaks_kazakh(demo, qtbot, kazakh):
    ctx, mid = demo
    widget = MeetingEditor(ctx, mid)
    qtbot.addWidget(widget)
    assert widget.details.labels["chair"].text() == "&Төраға"
    assert widget.details.labels["secretary"].text() == "&Хатшы"
    assert widget.attendance.status_buttons["present"].text() == "Қатысады"
    assert widget.agenda.labels["rapporteurs"].text() == "&Баяндамашылар"
    assert widget.agenda.labels["co_rapporteurs"].text() == "&Қосымша баяндамашылар"
    assert widget.title.text().startswith("20.02.2026 күнгі № 1/1 отырыс")


def test_leaving_the_editor_saves_what_was_typed(editor, qtbot):
    from PySide6.QtWidgets import QLineEdit
    ctx, mid = editor.ctx, editor.meeting_id
    elsewhere = QLineEdit()  # a field of another view
    qtbot.addWidget(elsewhere)
    type_text(editor.details.restriction, "ДСП")
    assert editor.has_unsaved_changes()
    editor._focus_changed(editor.details.restriction, elsewhere)  # what QApplication reports on a focus move
    assert not editor.has_unsaved_changes()
    assert ctx.views.meeting_record(mid)["restriction"] == "ДСП"


def test_a_substitute_counts_for_the_absent_member(editor, qtbot, monkeypatch):
    ctx, mid = editor.ctx, editor.meeting_id
    tab = editor.attendance
    absent = next(r for r in editor.record["attendance"] if r["status"] == "absent" and not r["guest"])
    before = ctx.meetings.quorum(mid).present_members
    stand_in = ctx.records.create("person", {"surname": "Заменов", "given_name": "Арман"})
    monkeypatch.setattr(attendance_tab.PersonPicker, "ask", classmethod(lambda cls, *a, **k: stand_in))
    select_people(tab, [absent["person_id"]])
    qtbot.mouseClick(tab.substitute, Qt.MouseButton.LeftButton)
    row = next(a for a in ctx.views.meeting_record(mid)["attendance"] if a["person_id"] == stand_in)
    assert row["substitute_for_id"] == absent["person_id"] and not row["guest"]
    assert ctx.meetings.quorum(mid).present_members == before + 1
    shown = tab.model.rows[tab.model.row_of_person(stand_in)]
    assert shown["substitute_for"] == absent["name"]


def test_files_dropped_from_the_file_manager_onto_a_presentation_are_attached(editor, tmp_path, qtbot):
    import hashlib

    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    ctx, mid = editor.ctx, editor.meeting_id
    tab = editor.agenda
    editor.tabs.setCurrentWidget(tab)
    row = next(i for i, item in enumerate(tab.model.rows) if len(item["presentations"]) >= 2)
    tab.view.setCurrentIndex(tab.model.index(row, 0))
    qtbot.wait(20)
    second = tab.presentations_view.visualRect(tab.presentations_model.index(1, 0)).center()
    files = [tmp_path / "genome.pdf", tmp_path / "поток.xlsx"]
    for i, f in enumerate(files):
        f.write_bytes(bytes([i]) * (1000 + i))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    viewport = tab.presentations_view.viewport()
    enter = QDragEnterEvent(QPointF(second), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)  # QPointF: the QPoint form is deprecated
    assert QApplication.sendEvent(viewport, enter) and enter.isAccepted()  # the list takes files
    drop = QDropEvent(QPointF(second), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    # offscreen there is no drag session for Qt to route a drop through: hand it to the filter as Qt would
    assert tab._file_drop.eventFilter(viewport, drop) and drop.isAccepted()
    pres = ctx.views.meeting_record(mid)["agenda"][row]["presentations"]
    assert pres[0]["files"] == []  # the one under the drop point gets them, not the first
    stored = {f["name"]: f for f in pres[1]["files"]}
    assert set(stored) == {"genome.pdf", "поток.xlsx"}
    view_files = ctx.views.meeting(mid)["agenda"][row]["presentations"][1]["files"]
    assert {f["sha256"] for f in view_files} == {hashlib.sha256(f.read_bytes()).hexdigest() for f in files}


def test_resolution_1_1_removed_and_undone_comes_back_as_1_1_with_its_follow_up(editor, qtbot, monkeypatch):
    ctx, mid = editor.ctx, editor.meeting_id
    item = ctx.views.meeting(mid)["agenda"][0]
    first = item["resolutions"][0]
    later = next(m["id"] for m in ctx.views.meetings() if m["id"] != mid)
    task = ctx.minutes.add_assignment(first["id"], {"ru": "Подготовить приказ"}, deadline="2026-04-01")
    ctx.minutes.set_assignment_status(task, "done", checked_meeting=later, done_on="2026-03-20",
                                      report="Приказ № 112 подписан")
    other = ctx.minutes.add_resolution(item["id"], {"ru": "Принять к сведению"})
    editor.reload()

    def follow_up():
        return [(a["uuid"], a["status"], a["done_on"], a["checked_meeting_id"], a["report"], a["resolution"])
                for a in ctx.minutes.assignments() if a["meeting_id"] == mid and a["task"] == "Подготовить приказ"]

    def numbers():
        return [(r["number"], r["uuid"]) for r in ctx.views.meeting(mid)["agenda"][0]["resolutions"]]

    before, tasks = numbers(), follow_up()
    assert before[0] == ("1.1", first["uuid"]) and len(before) == 2
    assert tasks and tasks[0][1:] == ("done", "2026-03-20", later, "Приказ № 112 подписан", "1.1")

    tab = editor.minutes
    editor.tabs.setCurrentWidget(tab)
    tab.items.setCurrentIndex(editor.agenda.model.index(0, 0))
    tab.resolutions.setCurrentIndex(tab.resolutions_model.index(0, 0))
    assert tab.current_resolution()["number"] == "1.1"
    monkeypatch.setattr(minutes_tab.Confirm, "ask", classmethod(lambda cls, *a, **k: True))
    qtbot.mouseClick(tab.remove_resolution_button, Qt.MouseButton.LeftButton)
    assert [n for n, _uuid in numbers()] == ["1.1"]
    assert ctx.views.meeting_record(mid)["agenda"][0]["resolutions"][0]["id"] == other
    assert follow_up() == []

    editor.undo_stack.undo()
    assert numbers() == before
    assert follow_up() == tasks
    assert tab.current_resolution()["number"] == "1.1"
    assert [r["number"] for r in tab.resolutions_model.rows] == ["1.1", "1.2"]
    assert [a["task_ru"] for a in tab.assignments_model.rows] == ["Подготовить приказ"]
    # redo removes it again; another undo brings it back again, still as 1.1
    editor.undo_stack.redo()
    assert [n for n, _uuid in numbers()] == ["1.1"]
    editor.undo_stack.undo()
    assert numbers() == before and follow_up() == tasks


def test_one_protocol_language_per_meeting_chosen_at_the_top(editor, qtbot):
    ctx, mid = editor.ctx, editor.meeting_id
    assert editor.protocol_layout == "ru" and editor.lifecycle.layout_choice() == "ru"
    editor.protocol_combo.setCurrentIndex(editor.protocol_combo.findData("kk+ru"))
    assert ctx.settings.protocol_language(mid) == "kk+ru"
    assert editor.text_lang == "kk"  # the texts follow, in the protocol's first language
    assert editor.lifecycle.layout_value.text().startswith("Kazakh and Russian")
    editor.tabs.setCurrentWidget(editor.protocol_tab)
    assert editor.preview.layout_code() == "kk+ru" and not editor.preview.language.isVisible()
    # kept for this meeting only: another opening finds it, another meeting has the office's default
    again = MeetingEditor(ctx, mid)
    qtbot.addWidget(again)
    assert again.protocol_layout == "kk+ru" and again.text_lang == "kk"
    assert ctx.settings.protocol_language(ctx.meetings.plan([1], "2026-03-02")) == "ru"
    with pytest.raises(CouncilError):
        ctx.settings.set_protocol_language(mid, "de")


def test_a_quiet_saved_note_in_the_status_bar(demo, qtbot):
    from council_desktop.ui.main_window import MainWindow

    ctx, mid = demo
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_view("meetings")
    window.views["meetings"].open_meeting(mid)
    editor = window.meeting_editor()
    window.statusBar().clearMessage()
    type_text(editor.details.restriction, "ДСП")
    assert window.statusBar().currentMessage() == ""
    assert editor.save()
    assert window.statusBar().currentMessage().startswith("Saved ")


def test_the_person_picker_gives_positions_in_the_windows_language(demo, qtbot, kazakh):
    from council_desktop.ui.person_picker import PersonPicker

    ctx, _ = demo
    picker = PersonPicker(ctx)
    qtbot.addWidget(picker)
    picker.show()
    person = next(p for p in ctx.registry.people("", limit=100, lang="kk")
                  if p["position_kk"] and p["position_kk"] != p["position"])
    type_text(picker, person["surname_kk"])
    qtbot.waitUntil(picker.found.isVisible)
    assert (picker.model.row_at(0)["id"], picker.model.index(0, 2).data()) == (person["id"], person["position_kk"])


@pytest.mark.parametrize("lang", ["kk", "en"])
def test_a_new_person_is_saved_in_the_windows_language_and_says_so(demo, qtbot, monkeypatch, lang):
    from ui_dialogs import DialogScript

    from council_desktop.ui import i18n
    from council_desktop.ui.person_picker import PersonPicker

    ctx, _ = demo
    i18n.install(lang)
    try:
        script = DialogScript(monkeypatch, qtbot)
        typed = {"kk": ("Сәрсенбаев", "Әлібек", "Жомартұлы", "Бас маман"),
                 "en": ("Sarsenbayev", "Alibek", "", "Chief specialist")}[lang]

        def new_person(dialog):
            assert ("қазақша" if lang == "kk" else "English") in dialog.note.text()
            assert dialog.surname.text() == typed[0]  # what was searched for
            type_text(dialog.given_name, typed[1])
            type_text(dialog.patronymic, typed[2])
            type_text(dialog.position, typed[3])
            script.click_ok(dialog)  # no Russian surname yet: refused, said, nothing saved
            assert dialog.isVisible() and dialog.error.isVisible()
            type_text(dialog.surname_ru, "Сарсенбаев")
            script.click_ok(dialog)

        def picker(dialog):
            type_text(dialog.picker, typed[0])
            qtbot.waitUntil(dialog.picker.found.isVisible)
            assert [r["id"] for r in dialog.picker.model.rows] == [-1]  # nobody found: New person… only
            qtbot.keyClick(dialog.picker, Qt.Key.Key_Return)

        script.expect("PersonPicker", picker)
        script.expect("NewPersonDialog", new_person)
        chosen = PersonPicker.ask(ctx, None, "")
        script.done()
        person = ctx.registry.person(chosen, lang)
        suffix = f"_{lang}"
        assert (person[f"surname{suffix}"], person[f"given_name{suffix}"], person[f"patronymic{suffix}"],
                person[f"position{suffix}"]) == typed
        assert person["surname"] == "Сарсенбаев" and person["given_name"] == "" and person["position"] == ""
    finally:
        i18n.install("en")


def test_undo_says_what_it_undoes_in_a_short_sentence(demo, qtbot):
    from council_desktop.ui import i18n
    from council_desktop.ui.main_window import MainWindow

    ctx, mid = demo
    i18n.install("ru")
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        window.show_view("meetings")
        window.views["meetings"].open_meeting(mid)
        editor = window.meeting_editor()
        editor.tabs.setCurrentWidget(editor.minutes)
        editor.minutes.items.setCurrentIndex(editor.agenda.model.index(1, editor.agenda.model.NUMBERED_COLUMN))
        editor.minutes.votes_for.setValue(editor.minutes.votes_for.value() - 1)
        assert window.act_undo.text() == "&Отменить: голоса «за»"
        window.act_undo.trigger()
        assert window.act_redo.text() == "&Повторить: голоса «за»"
    finally:
        i18n.install("en")


def test_language_names_are_capitalised_one_way(demo, qtbot, kazakh):
    """Standing alone (a drop-down) with a capital, inside a label in lower case; and the labels follow."""
    ctx, mid = demo
    widget = MeetingEditor(ctx, mid)
    qtbot.addWidget(widget)
    assert [widget.lang_combo.itemText(i) for i in range(3)] == ["Орысша", "Қазақша", "Ағылшынша"]
    assert widget.protocol_combo.itemText(3) == "Қазақша және орысша"
    assert widget.agenda.labels["title"].text() == "А&тауы (орысша)"
    widget.lang_combo.setCurrentIndex(1)
    assert widget.agenda.labels["title"].text() == "А&тауы (қазақша)"
    assert widget.minutes.heard_label.text() == "Т&ыңдалды (қазақша)"


def test_a_joint_meetings_attendance_says_which_body_each_member_sits_for(editor):
    tab = editor.attendance
    model = tab.model
    assert not tab.view.isColumnHidden(model.BODY_COLUMN)
    bodies = {b["id"]: b["short_name"] for b in editor.record["bodies"]}
    shown = {model.row_at(r)["person_id"]: model.index(r, model.BODY_COLUMN).data() for r in range(model.rowCount())}
    for body_id, short in bodies.items():
        members = {t["person_id"] for t in editor.ctx.registry.memberships(body_id)
                   if t["start_date"] <= editor.record["date"]
                   and (t["end_date"] is None or t["end_date"] >= editor.record["date"])}
        assert members and all(short in shown[p] for p in members if p in shown)
    guests = [model.row_at(r)["person_id"] for r in range(model.rowCount()) if model.row_at(r)["guest"]]
    assert guests and all(shown[g] == "" for g in guests)
    assert any("," in text for text in shown.values())  # someone sits for both bodies
    single = MeetingEditor(editor.ctx, editor.ctx.meetings.plan([1], "2026-03-02"))
    assert single.attendance.view.isColumnHidden(model.BODY_COLUMN)
    single.deleteLater()
