"""`council meeting signatories` and `council meeting body-votes`: a joint meeting's signatories for each
body and a split show of hands counted per body, set from the command line into the real SQLite file, read
back from it; a refusal is one translated line, exit 2, and changes nothing."""
from __future__ import annotations

import json
import sqlite3

import pytest

from test_cli import db_state, run

JOINT = "1"  # the demo's joint meeting: bodies 1 (the council) and 2 (the department)


@pytest.fixture
def db(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COUNCIL_LANG", "en")
    path = tmp_path / "joint.db"
    assert run(capsys, "--db", str(path), "demo")[0] == 0
    return path


def rows(db, sql: str) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def signing(db) -> list[tuple]:
    return rows(db, f"SELECT body_id, signing_chair_id, signing_secretary_id FROM meeting_body "
                    f"WHERE meeting_id = {JOINT} ORDER BY body_id")


def body_votes(db) -> list[tuple]:
    return rows(db, "SELECT r.id, v.body_id, v.votes_for, v.votes_against, v.votes_abstained "
                    "FROM resolution_body_vote v JOIN resolution r ON r.id = v.resolution_id ORDER BY v.body_id")


# --- signatories -----------------------------------------------------------------------------------
def test_signatories_are_listed_with_the_defaults_in_the_chosen_language(db, capsys):
    code, out, err = run(capsys, "--db", str(db), "meeting", "signatories", JOINT, "--lang", "ru")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "body id  body         chair                          secretary",
        "1        НТС МЗ РК    Альназарова Акмарал (default)  Жумабекова Динара Сериковна (default)",
        "2        ОНЖЗ НАН РК  Локшин Вячеслав (default)      Садыкова Шолпан Нурлановна (default)"]


def test_a_bodys_signatory_is_set_and_set_back_to_the_default(db, capsys):
    code, out, err = run(capsys, "--db", str(db), "meeting", "signatories", JOINT, "--body", "2", "--chair", "3",
                         "--json", "--lang", "en")
    assert (code, err) == (0, "")
    assert json.loads(out)[1] == {"body_id": 2, "body": "DLHS NAS RK", "chair_id": 3, "chair": "Dinara Zhumabekova",
                                  "chair_default": False, "secretary_id": None,
                                  "secretary": "Sholpan Sadykova", "secretary_default": True}
    assert signing(db) == [(1, None, None), (2, 3, None)]
    # the secretary set: the chair chosen before stays
    assert run(capsys, "--db", str(db), "meeting", "signatories", JOINT, "--body", "2", "--secretary", "1")[0] == 0
    assert signing(db) == [(1, None, None), (2, 3, 1)]
    assert run(capsys, "--db", str(db), "meeting", "signatories", JOINT, "--body", "2", "--chair", "default")[0] == 0
    assert signing(db) == [(1, None, None), (2, None, 1)]


@pytest.mark.parametrize("argv, lang, line", [
    (["--chair", "3"], "en", "council: --body (a body's id): a value is required"),
    (["--secretary", "3"], "kk", "council: --body (органның id-і): толтыру қажет"),
    (["--body", "2", "--chair", "9999"], "ru", "council: лицо 9999 не найден(а)"),
    (["--body", "2", "--chair", "три"], "kk",
     "council: --chair (тұлғаның id-і немесе default): 'три' — сан емес; 0–9 цифрларын қолданыңыз"),
    (["--body", "2", "--chair", "4", "--secretary", "4"], "ru",
     "council: Локшин Вячеслав не может подписать протокол и как председатель, и как секретарь (ОНЖЗ НАН РК): "
     "выберите на одну из ролей другого человека."),
    (["--body", "77", "--secretary", "1"], "en", "council: council body 77 does not exist"),
    # the council's secretary signs for it by default: chosen as its chair too, she would sign twice
    (["--body", "1", "--chair", "3"], "en",
     "council: Dinara Zhumabekova cannot sign both as chair and as secretary (STC MoH RK): "
     "choose another person for one of them."),
    (["--body", "2", "--chair", "0"], "en", "council: person 0 does not exist"),  # not the default
    (["--body", "2", "--secretary", "x"], "en",
     "council: --secretary (a person's id or default): 'x' is not a number; use the digits 0–9"),
])
def test_a_refused_signatory_is_one_translated_line_and_changes_nothing(db, capsys, monkeypatch, argv, lang, line):
    monkeypatch.setenv("COUNCIL_LANG", lang)
    before = db_state(db)
    code, out, err = run(capsys, "--db", str(db), "meeting", "signatories", JOINT, *argv)
    assert (code, out, err) == (2, "", line + "\n")
    assert db_state(db) == before


def test_a_body_the_meeting_is_not_of_is_named_with_the_meetings_bodies(db, capsys, monkeypatch):
    from council_desktop.app import AppContext

    ctx = AppContext.open(db)
    other = ctx.records.create("council_body",
                               {"name_kk": "Кеңес", "name_ru": "Совет", "name_en": "Council", "short_name": "С"})
    ctx.close()
    before = db_state(db)
    for lang, line in (("en", "council: signatories: Council is not a body of meeting 1; its bodies: 1 STC MoH RK, "
                              "2 DLHS NAS RK"),
                       ("ru", "council: подписанты: С не входит в органы заседания 1; его органы: 1 НТС МЗ РК, "
                              "2 ОНЖЗ НАН РК")):
        monkeypatch.setenv("COUNCIL_LANG", lang)
        code, out, err = run(capsys, "--db", str(db), "meeting", "signatories", JOINT, "--body", str(other),
                             "--chair", "3")
        assert (code, out, err) == (2, "", line + "\n")
    assert db_state(db) == before


@pytest.mark.parametrize("lang, line", [
    ("en", "council: signatories: meeting 2 is of one body, whose protocol the meeting's chair and secretary "
           "sign: choose them as the meeting's chair and secretary"),
    ("kk", "council: қол қоюшылар: 2 отырысын бір орган өткізеді, оның хаттамасына отырыстың төрағасы мен хатшысы "
           "қол қояды: оларды отырыстың төрағасы мен хатшысы ретінде таңдаңыз"),
])
def test_a_meeting_of_one_body_has_no_signatories_of_its_own(db, capsys, monkeypatch, lang, line):
    monkeypatch.setenv("COUNCIL_LANG", lang)
    before = db_state(db)
    code, out, err = run(capsys, "--db", str(db), "meeting", "signatories", "2", "--body", "1", "--chair", "3")
    assert (code, out, err) == (2, "", line + "\n")
    assert db_state(db) == before
    assert rows(db, "SELECT signing_chair_id, signing_secretary_id FROM meeting_body WHERE meeting_id = 2") == [
        (None, None)]


@pytest.mark.parametrize("argv", [["signatories", JOINT, "--body", "2", "--chair", "3"],
                                  ["body-votes", JOINT, "4.1", "--count", "1=9/1/0", "--count", "2=4/0/1"],
                                  ["body-votes", JOINT, "4.1", "--clear"]])
def test_a_signed_protocols_signatories_and_counts_are_refused(db, capsys, argv):
    assert run(capsys, "--db", str(db), "meeting", "sign", JOINT, "--accept", "checked")[0] == 0
    before = db_state(db)
    code, out, err = run(capsys, "--db", str(db), "meeting", *argv)
    assert (code, out, err) == (2, "", "council: the protocol of meeting 1 is signed and read-only; amend it to change it\n")
    assert db_state(db) == before


# --- counts per body -------------------------------------------------------------------------------
def test_a_split_show_of_hands_is_counted_per_body_and_judged_by_each(db, capsys):
    code, out, err = run(capsys, "--db", str(db), "meeting", "body-votes", JOINT, "4.1",
                         "--count", "1=9/1/0", "--count", "2=4/0/1", "--lang", "ru")
    assert (code, err) == (0, "")
    assert out.splitlines() == ["             for  against  abstained  adopted",
                                "4.1          9    1        1          adopted",
                                "НТС МЗ РК    9    1        0          adopted",
                                "ОНЖЗ НАН РК  4    0        1          adopted"]
    [(resolution, *_), _] = body_votes(db)
    assert body_votes(db) == [(resolution, 1, 9, 1, 0), (resolution, 2, 4, 0, 1)]
    # the department's own majority is not there: not adopted, whatever the total says
    code, out, _ = run(capsys, "--db", str(db), "meeting", "body-votes", JOINT, "4.1",
                       "--count", "1=9/1/0", "--count", "2=2/1/1", "--json", "--lang", "en")
    assert json.loads(out) == {
        "meeting_id": 1, "resolution_id": resolution, "number": "4.1",
        "votes_for": 9, "votes_against": 1, "votes_abstained": 1, "adopted": False, "by_body": [
            {"body": "STC MoH RK", "votes_for": 9, "votes_against": 1, "votes_abstained": 0, "adopted": True},
            {"body": "DLHS NAS RK", "votes_for": 2, "votes_against": 1, "votes_abstained": 1, "adopted": False}]}
    code, out, _ = run(capsys, "--db", str(db), "meeting", "body-votes", JOINT, "4.1", "--clear", "--json")
    assert (code, json.loads(out)["by_body"], json.loads(out)["adopted"]) == (0, [], True)
    assert body_votes(db) == []


@pytest.mark.parametrize("argv, lang, line", [
    (["4.1", "--count", "1=9/1/0", "--count", "2=6/0/0"], "ru",
     "council: голосование по органам: у ОНЖЗ НАН РК подано 6 голосов, а присутствует его членов только 5"),
    (["4.1", "--count", "1=9/1/1"], "en", "council: vote by body: give the counts of each body of the meeting: "
                                          "STC MoH RK, DLHS NAS RK"),
    (["9.9", "--count", "1=9/1/0"], "kk", "council: қаулы 9.9 табылмады"),
    (["4.1", "--count", "1=9/1"], "en", "council: --count (BODY=FOR/AGAINST/ABSTAINED): invalid value '1=9/1'"),
    (["4.1", "--count", "1=9"], "ru", "council: --count (ОРГАН=ЗА/ПРОТИВ/ВОЗДЕРЖАЛИСЬ): недопустимое значение '1=9'"),
    (["4.1", "--count", "1=9/1/0", "--clear"], "en",
     "council meeting body-votes: argument --clear: not allowed with argument --count"),
    (["4.1", "--count", "1=9/1/0", "--count", "3=4/0/1"], "en",  # a body the meeting is not of
     "council: vote by body: give the counts of each body of the meeting: STC MoH RK, DLHS NAS RK"),
    (["4.1", "--count", "1=9/1/0", "--count", "1=4/0/1"], "en",  # one body twice, the other missing
     "council: vote by body: give the counts of each body of the meeting: STC MoH RK, DLHS NAS RK"),
    (["4.1", "--count", "1=-9/1/0", "--count", "2=4/0/1"], "en",
     "council: --count (BODY=FOR/AGAINST/ABSTAINED): invalid value '1=-9/1/0'"),
    (["4.1", "--count", "1=9/один/0", "--count", "2=4/0/1"], "en",
     "council: --count (BODY=FOR/AGAINST/ABSTAINED): invalid value '1=9/один/0'"),
    (["1.1", "--count", "1=9/0/0", "--count", "2=5/0/0"], "en",
     "council: vote by body: resolution 1.1 needs no count per body: only a show-of-hands vote of a joint meeting "
     "with its total recorded is counted per body (a roll-call or unanimous one already is)"),
])
def test_refused_counts_are_one_translated_line_and_change_nothing(db, capsys, monkeypatch, argv, lang, line):
    assert run(capsys, "--db", str(db), "meeting", "body-votes", JOINT, "4.1", "--count", "1=9/1/0",
               "--count", "2=4/0/1")[0] == 0
    monkeypatch.setenv("COUNCIL_LANG", lang)
    before = db_state(db)
    code, out, err = run(capsys, "--db", str(db), "meeting", "body-votes", JOINT, *argv)
    assert (code, out, err) == (2, "", line + "\n")
    assert db_state(db) == before
