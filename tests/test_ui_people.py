"""People and organisations as the secretary uses them: search, validation, look-alike letters, merging."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_typing import type_text

from council_desktop.ui.people import MergeDialog, OrganisationsView, PeopleView, PersonEditor

pytestmark = pytest.mark.usefixtures("english_ui")


@pytest.fixture
def people_view(demo, qtbot):
    ctx, _ = demo
    view = PeopleView(ctx)
    qtbot.addWidget(view)
    view.show()
    return view


def test_typing_in_search_filters_the_list_in_any_case(people_view, qtbot):
    assert people_view.model.rowCount() == 17
    type_text(people_view.search, "ҚАСЫМ")
    qtbot.waitUntil(lambda: people_view.model.rowCount() == 1)
    assert people_view.model.rows[0]["surname"] == "Касымова"
    assert "1" in people_view.count.text()
    people_view.search.clear()
    type_text(people_view.search, "нұрлан")  # Kazakh given name, lower case
    qtbot.waitUntil(lambda: people_view.model.rowCount() == 3)  # two Nurlans and a Nurlanovna


def test_invalid_email_is_refused_next_to_the_field(demo, qtbot):
    ctx, _ = demo
    editor = PersonEditor(ctx)
    qtbot.addWidget(editor)
    editor.show()
    before = ctx.registry.count_people()
    type_text(editor.fields["surname"], "Иванов")
    type_text(editor.fields["email"], "ivanov-at-example")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.email_error.isVisible()
    assert "not an e-mail address" in editor.email_error.text()
    assert ctx.registry.count_people() == before
    editor.fields["email"].selectAll()
    type_text(editor.fields["email"], "ivanov@example.kz")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.email_error.isVisible()
    assert ctx.registry.count_people() == before + 1


def test_surname_is_required(demo, qtbot):
    ctx, _ = demo
    editor = PersonEditor(ctx)
    qtbot.addWidget(editor)
    editor.show()
    type_text(editor.fields["given_name"], "Иван")
    assert editor.save() is None
    assert editor.surname_error.isVisible()


def test_look_alike_letters_are_flagged_and_fixed(demo, qtbot):
    ctx, _ = demo
    editor = PersonEditor(ctx)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.script_box.isVisible()
    type_text(editor.fields["given_name_en"], "Anаr")  # the third letter is a Cyrillic а
    assert editor.script_box.isVisible()
    assert "Anаr" in editor.script_warning.text()
    qtbot.mouseClick(editor.fix_button, Qt.MouseButton.LeftButton)
    assert editor.fields["given_name_en"].text() == "Anar"
    assert editor.fields["given_name_en"].text().isascii()
    assert not editor.script_box.isVisible()


def test_a_duplicate_spelt_with_a_latin_letter_is_found(demo, qtbot):
    ctx, _ = demo
    editor = PersonEditor(ctx)
    qtbot.addWidget(editor)
    editor.show()
    type_text(editor.fields["surname"], "Турмухамбетовa")  # Latin a at the end
    type_text(editor.fields["given_name"], "Анар")
    editor.check_duplicates()
    assert editor.dup_box.isVisible()
    assert "Turmukhambetova" in editor.dup_warning.text()  # named in the window's language
    qtbot.mouseClick(editor.fix_button, Qt.MouseButton.LeftButton)
    assert editor.fields["surname"].text() == "Турмухамбетова"


def test_merging_keeps_attendance_and_memberships(demo, people_view, qtbot, monkeypatch):
    ctx, meeting_id = demo
    original = ctx.registry.people("Турмухамбетова")[0]
    body_id = ctx.registry.bodies()[0]["id"]
    copy = ctx.records.create("person", {"surname": "Турмухамбетова", "given_name": "А.", "email": "anar@amu.kz"})
    ctx.records.create("membership", {"body_id": body_id, "person_id": copy, "start_date": "2020-01-01",
                                      "end_date": "2021-01-01", "basis": "old order"})
    # the copy, not the original, is on the attendance list of the next meeting
    next_meeting = next(m["id"] for m in ctx.views.meetings() if m["id"] != meeting_id)
    ctx.meetings.remove_attendee(next_meeting, original["id"])
    ctx.meetings.add_attendee(next_meeting, copy, "present")
    people_view.model.reload()
    people_view.search.setText("Турмухамбетова")
    people_view.search.flush()
    qtbot.waitUntil(lambda: people_view.model.rowCount() == 2)
    people_view.table.selectAll()
    monkeypatch.setattr(MergeDialog, "choose", classmethod(lambda cls, parent, c, a, b: (original["id"], copy)))
    qtbot.mouseClick(people_view.merge_button, Qt.MouseButton.LeftButton)
    assert people_view.model.rowCount() == 1
    merged = ctx.registry.person(original["id"])
    assert merged["email"] == "anar@amu.kz"
    terms = [m for m in ctx.registry.memberships(body_id) if m["person_id"] == original["id"]]
    assert {m["basis"] for m in terms} >= {"old order"}
    assert [a for a in ctx.views.meeting(meeting_id)["attendance"] if a["id"] == original["id"]]
    moved = [a for a in ctx.views.meeting(next_meeting)["attendance"] if a["id"] == original["id"]]
    assert moved and moved[0]["status"] == "present"
    assert not [a for a in ctx.views.meeting(next_meeting)["attendance"] if a["id"] == copy]


def test_organisation_needs_a_name(demo, qtbot):
    ctx, _ = demo
    view = OrganisationsView(ctx)
    qtbot.addWidget(view)
    view.show()
    count = view.model.rowCount()
    view.new()
    type_text(view.editor.fields["short_name"], "ҰҒА")
    qtbot.mouseClick(view.editor.save_button, Qt.MouseButton.LeftButton)
    assert view.editor.error.isVisible()
    assert view.model.rowCount() == count
    type_text(view.editor.fields["name_kk"], "Ұлттық ғылым академиясы")
    qtbot.mouseClick(view.editor.save_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == count + 1
    type_text(view.search, "ұлттық ҒЫЛЫМ")
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 1)


def test_person_picker_offers_matches_once_typing_pauses(demo, qtbot):
    from council_desktop.ui.person_picker import PersonPicker
    ctx, _ = demo
    picker = PersonPicker(ctx, "Chair")
    qtbot.addWidget(picker)
    picker.show()
    type_text(picker, "ҚАСЫМ")
    qtbot.waitUntil(lambda: picker.found.isVisible())
    assert [r["id"] for r in picker.model.rows] == [ctx.registry.people("Касымова")[0]["id"], -1]  # and New person…
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert picker.value() == ctx.registry.people("Касымова")[0]["id"]


def test_people_are_sorted_and_shown_by_the_surname_in_the_window_language(ctx, qtbot):
    from council_desktop.ui import i18n
    from council_desktop.ui.models.people import PeopleModel
    ctx.records.create("person", {"surname": "Абаев", "given_name": "Арман", "surname_en": "Zhabayev",
                                  "given_name_en": "Arman", "surname_kk": "Абаев", "given_name_kk": "Арман"})
    ctx.records.create("person", {"surname": "Борисов", "given_name": "Олег"})  # no kk / en spelling: the Russian
    ctx.records.create("person", {"surname": "Яковлев", "given_name": "Ян", "surname_en": "Akovlev",
                                  "given_name_en": "Yan", "surname_kk": "Әкімов", "given_name_kk": "Ян"})
    model = PeopleModel(ctx)
    # by the English surname (Latin before Cyrillic), the Russian one where there is none
    assert [r["list_name"] for r in model.rows] == ["Akovlev, Yan", "Zhabayev, Arman", "Борисов, Олег"]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [r["list_name"] for r in model.rows] == ["Борисов, Олег", "Zhabayev, Arman", "Akovlev, Yan"]
    i18n.install("kk")
    model = PeopleModel(ctx)
    # Ә comes after А and Б in the Kazakh alphabet, and the query sorts it so too (Unicode order)
    assert [r["list_name"] for r in model.rows] == ["Абаев Арман", "Борисов Олег", "Әкімов Ян"]
    i18n.install("ru")
    model = PeopleModel(ctx)
    assert [r["list_name"] for r in model.rows] == ["Абаев Арман", "Борисов Олег", "Яковлев Ян"]


def test_degree_title_and_position_are_kept_in_kazakh_and_english(demo, qtbot):
    ctx, _ = demo
    editor = PersonEditor(ctx)
    qtbot.addWidget(editor)
    editor.show()
    type_text(editor.fields["surname"], "Сейтқали")
    for key, text in (("degree", "д.м.н."), ("degree_kk", "м.ғ.д."), ("degree_en", "MD, DSc"),
                      ("title", "профессор"), ("title_kk", "профессор"), ("title_en", "Professor"),
                      ("position", "директор"), ("position_kk", "директоры"), ("position_en", "Director")):
        type_text(editor.fields[key], text)
    pid = editor.save()
    row = ctx.registry.person(pid, lang="en")
    assert (row["degree_en"], row["title_en"], row["position_kk"]) == ("MD, DSc", "Professor", "директоры")
    assert row["position_text"] == "Director"
    assert editor.fields["degree_kk"].accessibleName() == "Degree (Kazakh)"


def test_an_organisation_added_elsewhere_is_offered_and_shown_not_taken_for_none(demo, qtbot):
    ctx, _ = demo
    editor = PersonEditor(ctx)
    qtbot.addWidget(editor)
    editor.show()
    person = ctx.registry.people("Касымова")[0]["id"]
    editor.load(person, ctx.registry.person(person))
    combo = editor.organization
    # another window adds an organisation: it is in the list the next time the list opens
    centre = ctx.records.create("organization", {"name_ru": "Центр ядерной медицины", "short_name": "ЦЯМ",
                                                 "short_name_en": "NMC"})
    assert combo.findData(centre) == -1
    combo.showPopup()
    combo.hidePopup()
    assert combo.itemText(combo.findData(centre)) == "NMC"  # the window speaks English
    # and a person given a newer organisation elsewhere shows it when read again, not "(none)"
    oncology = ctx.records.create("organization", {"name_ru": "Онкологический центр", "short_name": "ОЦ"})  # no en
    version = ctx.registry.person(person)["version"]
    ctx.records.update("person", person, {"organization_id": oncology}, expected_version=version)
    editor.load(person, ctx.registry.person(person))
    assert combo.currentText() == "Онкологический центр" and combo.currentData() == oncology
    assert not editor.has_unsaved_changes()


def test_a_merge_that_would_make_one_person_both_signatories_is_refused_in_the_window(demo, people_view, qtbot,
                                                                                     monkeypatch):
    """Merge… on two selected people, the real dialog answered by a click on the record to keep and OK: the
    service's refusal (domain.rules.check_signatories) is said in one line, and both records stay."""
    from PySide6.QtWidgets import QMessageBox, QRadioButton
    from test_joint_signatories import everything
    from ui_dialogs import DialogScript

    ctx, meeting_id = demo
    body = ctx.views.meeting_record(meeting_id)["bodies"][1]
    akshulakov = ctx.registry.people("Акшулаков")[0]["id"]
    twin = ctx.records.create("person", {"surname": "Акшулаков", "given_name": "С."})
    # the twin chairs for the second body, and merged into its chosen secretary would sign twice
    ctx.meetings.set_signatories(meeting_id, body["id"], twin, akshulakov)
    people_view.model.reload()
    people_view.search.setText("Акшулаков")
    people_view.search.flush()
    qtbot.waitUntil(lambda: people_view.model.rowCount() == 2)
    people_view.table.selectAll()
    before = everything(ctx)
    script = DialogScript(monkeypatch, qtbot)

    def keep_akshulakov(dialog) -> None:
        radio = next(r for r in dialog.findChildren(QRadioButton) if r.text().endswith(f"(№ {akshulakov})"))
        qtbot.mouseClick(radio, Qt.MouseButton.LeftButton)
        assert radio.isChecked()
        script.click_ok(dialog)

    script.expect("MergeDialog", keep_akshulakov)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: shown.append(text)))
    qtbot.mouseClick(people_view.merge_button, Qt.MouseButton.LeftButton)
    script.done()
    number, date = ctx.views.meeting(meeting_id, "en")["number"], ctx.views.meeting_record(meeting_id)["date"]
    assert shown == [f"cannot merge: Serik Akshulakov would sign the protocol of meeting No. {number} of {date} "
                     "both as chair and as secretary (DLHS NAS RK); choose another signatory there first, then merge"]
    assert everything(ctx) == before
    assert people_view.model.rowCount() == 2
