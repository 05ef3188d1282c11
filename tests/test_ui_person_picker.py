"""The one person picker, driven from the keyboard in a real dialog in Kazakh, Russian and English:
part of a name typed (a Kazakh one, a Russian one in the other case, one with a Latin look-alike
letter), Enter picks, Esc puts back; what was chosen is read back from the database. A person
registered in place gets the names typed in the fields of the window's language."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from ui_dialogs import DialogScript, pick
from ui_typing import type_text

from council_desktop.ui import i18n
from council_desktop.ui.new_meeting_dialog import NewMeetingDialog
from council_desktop.ui.person_picker import NEW


@pytest.fixture(params=["kk", "ru", "en"])
def lang(request, qapp):
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def _plan(ctx, qtbot) -> NewMeetingDialog:
    dialog = NewMeetingDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    body = ctx.registry.bodies()[0]["id"]
    dialog.body_checks[body].setChecked(True)
    dialog.date.setDate(QDate(2026, 5, 14))
    return dialog


def _save(dialog, qtbot) -> dict:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == NewMeetingDialog.DialogCode.Accepted
    return dialog.ctx.views.meeting_record(dialog.meeting_id)


def retype(qtbot, picker, text: str) -> None:
    """What the field showed selected and deleted by key, then `text` typed."""
    picker.setFocus()
    picker.selectAll()
    qtbot.keyClick(picker, Qt.Key.Key_Delete)
    type_text(picker, text)


def _by_surname(ctx, surname: str) -> dict:
    found = [p for p in ctx.registry.people("", limit=None, lang="ru") if p["surname"] == surname]
    assert len(found) == 1, surname
    return found[0]


def test_typed_in_any_case_or_with_a_look_alike_letter_and_picked_with_enter(demo, qtbot, lang):
    ctx, _ = demo
    kassymova, lokshin, ospanov = (_by_surname(ctx, s) for s in ("Касымова", "Локшин", "Оспанов"))
    dialog = _plan(ctx, qtbot)
    picked = []
    dialog.chair.changed.connect(picked.append)

    retype(qtbot, dialog.chair, "қасым")  # part of the Kazakh surname, in whatever the window's language
    qtbot.waitUntil(dialog.chair.found.isVisible)
    assert [r["id"] for r in dialog.chair.model.rows] == [kassymova["id"], NEW]
    qtbot.keyClick(dialog.chair, Qt.Key.Key_Return)
    # the default chair's name deleted said "nobody" first
    assert picked == [None, kassymova["id"]] and not dialog.chair.found.isVisible()
    assert dialog.chair.text() == ctx.registry.person(kassymova["id"], lang)["name"]  # in the window's language

    pick(qtbot, dialog.secretary, "ЛОКШ", ctx.registry.person(lokshin["id"], lang)["name"])  # Russian, capitals
    assert dialog.secretary.person_id == lokshin["id"]
    assert _save(dialog, qtbot)["chair_id"] == kassymova["id"]
    assert ctx.views.meeting_record(dialog.meeting_id)["secretary_id"] == lokshin["id"]

    dialog = _plan(ctx, qtbot)
    retype(qtbot, dialog.chair, "Оспaн")  # a Latin "a" inside the Cyrillic surname
    qtbot.waitUntil(dialog.chair.found.isVisible)
    assert [r["id"] for r in dialog.chair.model.rows] == [ospanov["id"], NEW]
    qtbot.keyClick(dialog.chair, Qt.Key.Key_Return)
    assert _save(dialog, qtbot)["chair_id"] == ospanov["id"]


def test_arrows_move_and_escape_puts_back_what_was_chosen(demo, qtbot, lang):
    ctx, _ = demo
    kassymova = _by_surname(ctx, "Касымова")
    dialog = _plan(ctx, qtbot)
    dialog.chair.set_person(kassymova["id"])
    shown = dialog.chair.text()
    changes = []
    dialog.chair.changed.connect(changes.append)
    dialog.chair.setFocus()
    dialog.chair.selectAll()
    type_text(dialog.chair, "а")  # typed over the name selected  # one letter: every name with a word starting with it
    qtbot.waitUntil(dialog.chair.found.isVisible)
    rows = dialog.chair.model.rows
    assert len(rows) > 3 and rows[-1]["id"] == NEW
    qtbot.keyClick(dialog.chair, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.chair, Qt.Key.Key_Down)
    assert dialog.chair.found.current_row() == 2
    qtbot.keyClick(dialog.chair, Qt.Key.Key_Escape)
    assert not dialog.chair.found.isVisible() and dialog.chair.text() == shown
    assert changes == [] and dialog.chair.person_id == kassymova["id"]
    assert _save(dialog, qtbot)["chair_id"] == kassymova["id"]


def test_a_name_missing_in_the_windows_language_is_shown_as_entered_and_says_so(demo, qtbot, lang):
    ctx, _ = demo
    only_russian = ctx.records.create("person", {"surname": "Тимофеева", "given_name": "Ольга"})
    dialog = _plan(ctx, qtbot)
    retype(qtbot, dialog.chair, "тимоф")
    qtbot.waitUntil(dialog.chair.found.isVisible)
    row = dialog.chair.model.rows[0]
    assert row["id"] == only_russian
    name = ctx.registry.person(only_russian, lang)["name"]  # the Russian names, in the language's order
    assert name in ("Тимофеева Ольга", "Ольга Тимофеева")
    expected = {"ru": name, "kk": f"{name} (орысша)", "en": f"{name} (in Russian)"}
    assert row["name"] == expected[lang]
    qtbot.keyClick(dialog.chair, Qt.Key.Key_Return)
    assert dialog.chair.text() == expected[lang]
    person = ctx.registry.person(_save(dialog, qtbot)["chair_id"], lang)
    assert (person["surname"], person["given_name"], person["surname_kk"], person["surname_en"]) == \
        ("Тимофеева", "Ольга", "", "")  # the names themselves untouched


def test_a_new_person_is_registered_in_place_with_the_kazakh_names_typed(demo, qtbot, monkeypatch):
    ctx, _ = demo
    i18n.install("kk")
    try:
        script = DialogScript(monkeypatch, qtbot)
        dialog = _plan(ctx, qtbot)

        def new_person(form) -> None:
            assert "қазақша" in form.note.text()  # it says where the names go
            assert (form.surname.text(), form.given_name.text(), form.patronymic.text()) == \
                ("Сәрсенбаев", "Әлібек", "Жомартұлы")
            assert form.surname.accessibleName() == "Тегі (қазақша)"
            type_text(form.position, "Бас маман")
            script.click_ok(form)  # no Russian surname: refused and said, nothing saved
            assert form.isVisible() and form.error.isVisible()
            type_text(form.surname_ru, "Сарсенбаев")
            script.click_ok(form)

        script.expect("NewPersonDialog", new_person)
        count = ctx.registry.count_people()
        retype(qtbot, dialog.chair, "Сәрсенбаев Әлібек Жомартұлы")
        qtbot.waitUntil(dialog.chair.found.isVisible)
        assert [r["id"] for r in dialog.chair.model.rows] == [NEW]
        qtbot.keyClick(dialog.chair, Qt.Key.Key_Return)
        script.done()
        assert ctx.registry.count_people() == count + 1
        assert dialog.chair.text() == "Сәрсенбаев Әлібек Жомартұлы"
        chair = ctx.registry.person(_save(dialog, qtbot)["chair_id"], "kk")
        assert (chair["surname_kk"], chair["given_name_kk"], chair["patronymic_kk"], chair["position_kk"]) == \
            ("Сәрсенбаев", "Әлібек", "Жомартұлы", "Бас маман")
        # the Russian fields hold only what was typed for them: nothing copied over
        assert (chair["surname"], chair["given_name"], chair["patronymic"], chair["position"]) == \
            ("Сарсенбаев", "", "", "")
    finally:
        i18n.install("en")
