"""Pre-flight before marking held and signing: each finding is raised by a meeting that has it, not by the
demo meeting; blocking ones stop the step, the others pass only when accepted with a reason, which the
audit trail keeps; in the window, the list links each finding to where it is fixed."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text
from ui_dialogs import DialogScript
from ui_typing import type_text

from council_desktop.domain.errors import CouncilError
from council_desktop.ui.meeting_editor import MeetingEditor

LAYOUTS = ("ru", "kk", "en", "kk+ru")


def codes(ctx, mid, step, layout="ru", today=None):
    return [(f["code"], f["blocking"]) for f in ctx.protocols.preflight(mid, step, layout, today)]


def first_item(ctx, mid):
    return ctx.views.meeting_record(mid)["agenda"][0]


@pytest.mark.parametrize("step", ["held", "sign"])
def test_the_demo_meeting_has_no_findings_in_any_layout(demo, step):
    ctx, mid = demo
    for layout in LAYOUTS:
        assert ctx.protocols.preflight(mid, step, layout) == [], layout


def test_a_meeting_dated_after_today_blocks_held_and_signing(demo):
    ctx, _ = demo
    today = dt.date.today()
    mid = ctx.meetings.plan([1], (today + dt.timedelta(days=7)).isoformat(), {"chair_id": 1, "secretary_id": 3})
    assert ("future_date", True) in codes(ctx, mid, "held")
    assert ("future_date", True) not in codes(ctx, mid, "held", today=today + dt.timedelta(days=7))
    with pytest.raises(CouncilError) as refused:
        ctx.protocols.mark_held(mid, accepted={"codes": ["future_date"], "reason": "so be it"})
    assert refused.value.code == "preflight_blocked"
    assert ctx.views.meeting_record(mid)["status"] == "planned"


def test_no_chair_or_secretary_is_a_warning_when_held_and_blocks_signing(demo):
    ctx, _ = demo
    mid = ctx.meetings.plan([1], "2026-03-02", {"chair_id": None, "secretary_id": None})
    assert codes(ctx, mid, "held") == [("no_chair", False), ("no_secretary", False)]
    assert {("no_chair", True), ("no_secretary", True)} <= set(codes(ctx, mid, "sign"))


def test_a_signatory_marked_absent_blocks_signing(demo):
    ctx, mid = demo
    ctx.meetings.set_attendance(mid, 3, "excused")  # the secretary
    found = [f for f in ctx.protocols.preflight(mid, "sign", lang="en") if f["code"] == "signatory_absent"]
    assert [(f["blocking"], f["tab"], f["kind"], f["ident"], f["params"]["role"], f["params"]["name"])
            for f in found] == [(True, "attendance", "person", 3, "secretary", "Dinara Zhumabekova")]
    assert [f["code"] for f in ctx.protocols.preflight(mid, "held")] == ["signatory_absent"]
    assert not ctx.protocols.preflight(mid, "held")[0]["blocking"]  # a warning when held: who signs may change


def test_an_item_without_heard_or_resolution_and_votes_that_do_not_add_up(demo):
    ctx, mid = demo
    item = ctx.meetings.add_item(mid, {"title_ru": "Разное", "title_kk": "Әртүрлі", "title_en": "Other business"})
    assert codes(ctx, mid, "sign") == [("no_heard", False), ("no_resolution", False)]
    ctx.minutes.set_heard(item, {"ru": "Информация", "kk": "Ақпарат", "en": "Information"})
    res = ctx.minutes.add_resolution(item, {"ru": "Принять к сведению.", "kk": "Назарға алынсын.",
                                            "en": "To take note."})
    assert codes(ctx, mid, "sign") == [("no_vote", False)]
    ctx.minutes.update_resolution(res, vote={"votes_for": 5, "votes_against": 1, "votes_abstained": 0, "unanimous": False})
    found = ctx.protocols.preflight(mid, "sign")
    assert [(f["code"], f["params"]["cast"], f["params"]["present"]) for f in found] == [("vote_short", 6, 11)]
    # someone is marked absent after the vote: eleven votes of ten members present now, which blocks
    ctx.meetings.set_attendance(mid, 4, "absent")
    exceeding = [f for f in ctx.protocols.preflight(mid, "sign") if f["code"] == "vote_exceeds"]
    assert [(f["blocking"], f["params"]["number"], f["params"]["cast"], f["params"]["present"])
            for f in exceeding] == [(True, n, 11, 10) for n in ("2.1", "2.2", "3.1", "4.1")]


def test_texts_missing_in_the_protocols_language_block_signing_in_that_language_only(demo):
    ctx, mid = demo
    item = first_item(ctx, mid)
    ctx.minutes.set_heard(item["id"], {"ru": "", "kk": item["heard_kk"], "en": item["heard_en"]})
    found = ctx.protocols.preflight(mid, "sign", "ru")
    assert [(f["code"], f["blocking"], f["params"]["what"], f["params"]["lang"], f["ident"]) for f in found] == [
        ("text_missing", True, "heard", "ru", item["id"])]
    assert ctx.protocols.preflight(mid, "sign", "kk") == []
    assert [f["params"]["lang"] for f in ctx.protocols.preflight(mid, "sign", "kk+ru")] == ["ru"]
    with pytest.raises(CouncilError) as refused:
        ctx.protocols.sign(mid, "ru", accepted={"codes": ["text_missing"], "reason": "later"})
    assert refused.value.code == "preflight_blocked"
    ctx.protocols.sign(mid, "kk", accepted={"codes": [], "reason": ""})
    assert ctx.views.meeting_record(mid)["status"] == "protocol_signed"


def audit_notes(ctx):
    with ctx.engine.connect() as c:
        return [json.loads(r[0]) for r in c.execute(text(
            "SELECT changes FROM audit_entry WHERE action = 'note' AND table_name = 'meeting' ORDER BY id"))]


def test_warnings_pass_only_accepted_with_a_reason_which_the_audit_trail_keeps(demo):
    ctx, mid = demo
    ctx.meetings.add_item(mid, {"title_ru": "Разное", "title_kk": "Әртүрлі", "title_en": "Other business"})
    with pytest.raises(CouncilError) as changed:  # what was accepted is not what is found now
        ctx.protocols.sign(mid, "ru", accepted={"codes": ["no_heard"], "reason": "r"})
    assert changed.value.code == "preflight_changed"
    with pytest.raises(CouncilError) as no_reason:
        ctx.protocols.sign(mid, "ru", accepted={"codes": ["no_heard", "no_resolution"], "reason": "  "})
    assert no_reason.value.code == "required"
    assert ctx.views.meeting_record(mid)["status"] == "protocol_drafted" and audit_notes(ctx) == []
    ctx.protocols.sign(mid, "ru", accepted={"codes": ["no_resolution", "no_heard"],
                                            "reason": "Вопрос снят с обсуждения"})
    [note] = audit_notes(ctx)
    assert note["step"] == "sign" and note["reason"] == "Вопрос снят с обсуждения"
    assert [f["code"] for f in note["accepted"]] == ["no_heard", "no_resolution"]
    assert ctx.views.meeting_record(mid)["status"] == "protocol_signed"


# --- in the window ---------------------------------------------------------------------------------
@pytest.fixture
def editor(demo, qtbot, english_ui):
    ctx, mid = demo
    widget = MeetingEditor(ctx, mid)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    return widget


def test_signing_lists_the_findings_and_goes_where_one_is_fixed(editor, qtbot, monkeypatch):
    ctx, mid = editor.ctx, editor.meeting_id
    ctx.meetings.set_attendance(mid, 1, "absent")  # the chair
    item = first_item(ctx, mid)
    ctx.minutes.set_heard(item["id"], {"ru": "", "kk": item["heard_kk"], "en": item["heard_en"]})
    editor.reload()
    editor.tabs.setCurrentWidget(editor.lifecycle)
    script = DialogScript(monkeypatch, qtbot)
    seen = {}

    missing = ("Blocks: Item 1: what was heard is not written in Russian, a language of the protocol (it would "
               "print in another language).")

    def look(dialog):
        seen["lines"] = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        seen["accept"] = dialog.accept_button.isVisible()
        dialog.list.setCurrentRow(seen["lines"].index(missing))
        qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)

    script.expect("PreflightDialog", look)
    qtbot.mouseClick(editor.lifecycle.sign, Qt.MouseButton.LeftButton)
    script.done()
    assert seen["lines"][0] == \
        "Blocks: Akmaral Alnazarova, the chair, signs the protocol but is marked absent (Attendance)."
    assert "Blocks: Resolution 2.1: 11 votes cast, but 10 members are present." in seen["lines"]
    assert missing in seen["lines"]
    assert not seen["accept"]  # blocking: nothing to accept
    assert ctx.views.meeting_record(mid)["status"] == "protocol_drafted"
    assert editor.tabs.currentWidget() is editor.minutes and editor.minutes.current_item_id() == item["id"]
    assert editor.minutes.heard.isVisible()


@pytest.mark.parametrize("kind", ["resolution", "speech", "assignment"])
def test_going_to_a_text_missing_in_a_language_shows_it_in_that_language(editor, qtbot, monkeypatch, kind):
    """A Kazakh and Russian protocol edited in Kazakh: a resolution's, a speech's or an assignment's missing
    Russian text is shown in Russian, its item and record chosen and the field that holds it focused."""
    ctx, mid = editor.ctx, editor.meeting_id
    item = ctx.views.meeting_record(mid)["agenda"][1]  # item 2: a speech, resolution 2.1 with an assignment
    resolution = item["resolutions"][0]
    texts = {"ru": "", "kk": "Бекітілсін.", "en": "Approved."}
    if kind == "resolution":
        ident = resolution["id"]
        ctx.minutes.update_resolution(ident, text=texts)
    elif kind == "speech":
        ident = item["speeches"][0]["id"]
        ctx.minutes.update_speech(ident, texts)
    else:
        ident = resolution["assignments"][0]["id"]
        ctx.minutes.update_assignment(ident, task=texts)
    editor.reload()
    editor.set_protocol_layout("kk+ru")
    assert editor.text_lang == "kk"
    editor.tabs.setCurrentWidget(editor.lifecycle)
    script = DialogScript(monkeypatch, qtbot)
    what = {"resolution": "resolution 2.1", "assignment": "an assignment of resolution 2.1",
            "speech": "the speech of Akmaral Alnazarova"}[kind]
    seen = {}

    def go(dialog):
        row = next(n for n, f in enumerate(dialog.findings) if f["code"] == "text_missing" and f["kind"] == kind)
        seen["line"] = dialog.list.item(row).text()
        dialog.list.setCurrentRow(row)
        qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)

    script.expect("PreflightDialog", go)
    qtbot.mouseClick(editor.lifecycle.sign, Qt.MouseButton.LeftButton)
    script.done()
    assert seen["line"] == (f"Blocks: Item 2: {what} is not written in Russian, a language of the protocol (it "
                            "would print in another language).")
    assert editor.text_lang == "ru" and editor.lang_combo.currentText() == "Russian"
    assert editor.tabs.currentWidget() is editor.minutes and editor.minutes.current_item_id() == item["id"]
    minutes = editor.minutes
    chosen = {"resolution": minutes.resolutions, "speech": minutes.speeches, "assignment": minutes.assignments}[kind]
    model = {"resolution": minutes.resolutions_model, "speech": minutes.speeches_model,
             "assignment": minutes.assignments_model}[kind]
    assert model.rows[chosen.currentIndex().row()]["id"] == ident
    field = {"resolution": minutes.resolution_text, "speech": minutes.gist, "assignment": minutes.task}[kind]
    assert editor.focusWidget() is field and field.toPlainText() == ""


def test_warnings_accepted_in_the_window_with_a_reason(editor, qtbot, monkeypatch):
    ctx, mid = editor.ctx, editor.meeting_id
    ctx.meetings.add_item(mid, {"title_ru": "Разное", "title_kk": "Әртүрлі", "title_en": "Other business"})
    editor.reload()
    editor.tabs.setCurrentWidget(editor.lifecycle)
    script = DialogScript(monkeypatch, qtbot)

    def accept(dialog):
        assert dialog.accept_button.isVisible() and not dialog.accept_button.isEnabled()
        type_text(dialog.reason, "Вопрос снят с обсуждения")
        assert dialog.accept_button.isEnabled()
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)

    script.expect("PreflightDialog", accept)
    qtbot.mouseClick(editor.lifecycle.sign, Qt.MouseButton.LeftButton)
    script.done()
    assert ctx.views.meeting_record(mid)["status"] == "protocol_signed"
    [note] = audit_notes(ctx)
    assert note["reason"] == "Вопрос снят с обсуждения"
    assert sorted(f["code"] for f in note["accepted"]) == ["no_heard", "no_resolution"]


# --- every caller: a script, the command -----------------------------------------------------------
def test_a_script_that_accepts_nothing_is_refused_on_any_finding_and_nothing_changes(demo):
    ctx, mid = demo
    ctx.meetings.add_item(mid, {"title_ru": "Разное", "title_kk": "Әртүрлі", "title_en": "Other business"})
    with pytest.raises(CouncilError) as refused:
        ctx.protocols.sign(mid, "ru")
    assert refused.value.code == "preflight_found"
    assert refused.value.message("en") == (
        "pre-flight: 2 finding(s) before this step, 0 of them blocking — fix them, or accept those that do not "
        "block with a reason (council: --accept REASON): Item 5: nothing is written under Heard.")
    assert ctx.views.meeting_record(mid)["status"] == "protocol_drafted" and audit_notes(ctx) == []
    assert ctx.views.meeting_record(mid)["protocol_version"] == 0


def council(capsys, *argv):
    from council_desktop.cli import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def meeting_status(db, mid):
    import sqlite3

    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT status, protocol_version FROM meeting WHERE id = ?", (mid,)).fetchone()
    finally:
        con.close()


def test_the_command_marks_held_only_with_what_does_not_block_accepted(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COUNCIL_LANG", "kk")  # the command's messages in Kazakh, names too (--lang)
    db = str(tmp_path / "council.db")
    assert council(capsys, "--db", db, "demo")[0] == 0
    planned = 2  # the demo's next meeting: its chair and secretary are marked absent
    code, out, err = council(capsys, "--db", db, "--lang", "kk", "meeting", "held", str(planned))
    assert code == 2 and out == ""
    assert err.splitlines()[:2] == [
        "тексеріңіз: Әлназарова Ақмарал (төраға) хаттамаға қол қояды, бірақ «қатыспайды» деп белгіленген (Қатысу).",
        "тексеріңіз: Жұмабекова Динара Серікқызы (хатшы) хаттамаға қол қояды, бірақ «қатыспайды» деп белгіленген "
        "(Қатысу)."]
    assert err.splitlines()[2].startswith("council: қадам алдындағы тексеру: 2 табылды, оның 0 кедергі")
    assert meeting_status(db, planned) == ("planned", 0)

    code, out, err = council(capsys, "--db", db, "--json", "meeting", "held", str(planned),
                             "--accept", "Председатель и секретарь сменятся до подписания")
    assert (code, err) == (0, "")
    assert [f["code"] for f in json.loads(out)["accepted"]] == ["signatory_absent", "signatory_absent"]
    assert meeting_status(db, planned) == ("held", 0)
    from council_desktop.app import AppContext

    ctx = AppContext.open(db)
    try:
        [note] = audit_notes(ctx)
    finally:
        ctx.close()
    assert (note["step"], note["reason"]) == ("held", "Председатель и секретарь сменятся до подписания")


def test_the_command_refuses_what_blocks_even_with_a_reason_and_signs_a_clean_meeting(tmp_path, capsys,
                                                                                      monkeypatch):
    monkeypatch.setenv("COUNCIL_LANG", "en")
    db = str(tmp_path / "council.db")
    assert council(capsys, "--db", db, "demo")[0] == 0
    code, out, _ = council(capsys, "--db", db, "--json", "meeting", "preflight", "1", "--step", "sign")
    assert code == 0 and json.loads(out)["findings"] == []
    from council_desktop.app import AppContext

    ctx = AppContext.open(db)
    try:
        item = first_item(ctx, 1)
        ctx.minutes.set_heard(item["id"], {"ru": "", "kk": item["heard_kk"], "en": item["heard_en"]})
    finally:
        ctx.close()
    code, out, err = council(capsys, "--db", db, "--lang", "en", "meeting", "sign", "1", "--layout", "ru",
                             "--accept", "sign anyway")
    assert code == 2
    assert err.splitlines() == [
        "blocks: Item 1: what was heard is not written in Russian, a language of the protocol (it would print in "
        "another language).",
        "council: pre-flight: something found blocks this step — check the meeting again and fix it first: Item 1: "
        "what was heard is not written in Russian, a language of the protocol (it would print in another language)."]
    assert meeting_status(db, 1) == ("protocol_drafted", 0)
    # in Kazakh the text is there: the same meeting signs, and the signed version is stored
    code, out, err = council(capsys, "--db", db, "--json", "meeting", "sign", "1", "--layout", "kk")
    assert (code, err) == (0, "") and json.loads(out)["revision"] == 1
    assert meeting_status(db, 1) == ("protocol_signed", 1)


def test_a_vote_taken_in_the_room_is_judged_by_who_was_there_then_a_vote_entered_later_by_attendance(demo):
    from test_meeting_room import at, members, plan_room_meeting

    from council_desktop.services.meeting_room import MeetingRoomService

    ctx, _ = demo
    mid = plan_room_meeting(ctx)
    room = MeetingRoomService(ctx.sessions)
    people = members(ctx, mid)
    for n, p in enumerate(people[:9]):
        room.arrive(mid, p, at(n))
    room.leave(mid, people[0], at(20))  # out of the room for the first vote only
    first, second = [i["resolutions"][0]["id"] for i in ctx.views.meeting_record(mid)["agenda"]]
    room.vote_by_show_of_hands(first, at(25), 8, 0, 0)  # every hand of the eight in the room then
    room.arrive(mid, people[0], at(30))
    ctx.minutes.update_resolution(second, vote={"votes_for": 8, "votes_against": 0, "votes_abstained": 0, "unanimous": False})
    short = [(f["params"]["number"], f["params"]["cast"], f["params"]["present"])
             for f in ctx.protocols.preflight(mid, "sign") if f["code"] in ("vote_short", "vote_exceeds")]
    assert short == [("2.1", 8, 9)]


def test_other_texts_missing_in_the_protocols_language_are_listed_before_signing_and_pass_only_accepted(demo):
    """The language check (services/language_check.py) before signing, not only beside the preview: a place
    without its Kazakh text would print in Russian in the Kazakh protocol."""
    ctx, mid = demo
    ctx.meetings.update(mid, {"place_kk": ""})
    assert ctx.protocols.preflight(mid, "sign", "ru") == []
    [gap] = ctx.protocols.preflight(mid, "sign", "kk")
    assert (gap["code"], gap["blocking"], gap["tab"]) == ("language_gap", False, "details")
    from council_desktop.services.preflight import describe

    assert describe(gap, "en") == ("warning: meeting place № 1/1 has no Kazakh text: the document prints another "
                                   "language's or nothing")
    with pytest.raises(CouncilError) as refused:
        ctx.protocols.sign(mid, "kk")
    assert refused.value.code == "preflight_found"
    ctx.protocols.sign(mid, "kk", accepted={"codes": ["language_gap"], "reason": "Орны кейін жазылады"})
    assert ctx.views.meeting_record(mid)["status"] == "protocol_signed"
    [note] = audit_notes(ctx)
    assert [f["params"]["what"] for f in note["accepted"]] == ["meeting place"]
