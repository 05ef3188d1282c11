"""Who signs a joint meeting's protocol for each body, as set per meeting: the default (the meeting's
chair and secretary for the first body, the others' by membership on the date) until someone is
chosen; the choice is printed on the protocol, read back from the PDF; refused once signed; kept
apart from what a signed version was signed with."""
from __future__ import annotations

import json
import sqlite3

import pytest
from alembic import command
from sqlalchemy import create_engine

from council_desktop.app import AppContext
from council_desktop.domain.errors import CouncilError, NotFound, ProtocolLocked
from council_desktop.store.database import alembic_config

from test_documents_records_office import words
from test_snapshot import assert_snapshot_reads_as_the_orm


def person(ctx, surname: str) -> int:
    return ctx.registry.people(surname)[0]["id"]


def second_body(ctx, mid) -> dict:
    return ctx.views.meeting_record(mid)["bodies"][1]


def test_the_default_until_a_body_chair_is_chosen_then_the_choice_on_the_protocol(demo):
    ctx, mid = demo
    body = second_body(ctx, mid)
    assert (body["signing_chair_id"], body["signing_secretary_id"]) == (None, None)
    assert "Локшин" in body["default_chair"] and "Садыкова" in body["default_secretary"]
    before = words(ctx.documents.render("protocol", mid, "ru"))
    assert "Председатель ОНЖЗ НАН РК В. Локшин" in before

    akshulakov = person(ctx, "Акшулаков")
    ctx.meetings.set_signatories(mid, body["id"], akshulakov, None)
    body = second_body(ctx, mid)
    assert body["signing_chair_id"] == akshulakov and body["signing_secretary_id"] is None
    assert "Локшин" in body["default_chair"]  # the default is still named beside the choice
    signing = ctx.views.meeting(mid, "ru")["signatories"]
    assert [(s["chair"]["surname"], s["secretary"]["surname"]) for s in signing] == [
        ("Альназарова", "Жумабекова"), ("Акшулаков", "Садыкова")]
    text = words(ctx.documents.render("protocol", mid, "ru"))
    assert "Председатель ОНЖЗ НАН РК С. Акшулаков" in text
    assert "Председатель ОНЖЗ НАН РК В. Локшин" not in text
    assert text.index("Председатель НТС МЗ РК") < text.index("Председатель ОНЖЗ НАН РК") \
        < text.index("Секретарь ОНЖЗ НАН РК Ш.Н. Садыкова")

    ctx.meetings.set_signatories(mid, body["id"], None, None)  # back to the default
    assert "Председатель ОНЖЗ НАН РК В. Локшин" in words(ctx.documents.render("protocol", mid, "ru"))


def test_a_person_chosen_for_one_body_is_not_the_default_of_another(demo):
    ctx, mid = demo
    bodies = ctx.views.meeting_record(mid)["bodies"]
    lokshin = person(ctx, "Локшин")
    ctx.meetings.set_signatories(mid, bodies[0]["id"], lokshin, None)  # he chairs for the council
    signing = ctx.views.meeting(mid, "ru")["signatories"]
    assert signing[0]["chair"]["surname"] == "Локшин"
    assert signing[1]["chair"] is None  # nobody signs twice: the department lists no deputy chair
    assert second_body(ctx, mid)["default_chair"] == ""  # and the greyed default says so


def test_choosing_is_refused_once_signed_and_for_a_body_or_person_not_there(demo):
    ctx, mid = demo
    body = second_body(ctx, mid)
    with pytest.raises(NotFound):
        ctx.meetings.set_signatories(mid, body["id"], 10 ** 6, None)
    with pytest.raises(NotFound):
        ctx.meetings.set_signatories(mid, 10 ** 6, None, None)
    other = ctx.records.create("council_body",
                               {"name_kk": "Кеңес", "name_ru": "Совет", "name_en": "Council", "short_name": "С"})
    with pytest.raises(CouncilError):
        ctx.meetings.set_signatories(mid, other, None, None)
    assert second_body(ctx, mid)["signing_chair_id"] is None  # nothing changed

    akshulakov = person(ctx, "Акшулаков")
    ctx.meetings.set_signatories(mid, body["id"], akshulakov, None)
    ctx.protocols.sign(mid, "ru")
    signed = ctx.protocols.signed_pdf(mid)
    with pytest.raises(ProtocolLocked):
        ctx.meetings.set_signatories(mid, body["id"], None, None)
    assert second_body(ctx, mid)["signing_chair_id"] == akshulakov
    assert "Председатель ОНЖЗ НАН РК С. Акшулаков" in words(signed)
    with pytest.raises(CouncilError):  # he signed: he can no longer be deleted, which would unsign him
        ctx.registry.delete_person(akshulakov)


def test_one_person_as_both_chair_and_secretary_of_a_body_is_refused_in_one_line_and_nothing_changes(demo):
    ctx, mid = demo
    body = second_body(ctx, mid)
    akshulakov = person(ctx, "Акшулаков")
    with pytest.raises(CouncilError) as exc:  # both at once
        ctx.meetings.set_signatories(mid, body["id"], akshulakov, akshulakov)
    assert exc.value.code == "signs_twice"
    assert [exc.value.message(lang) for lang in ("ru", "kk", "en")] == [
        "Акшулаков Серик не может подписать протокол и как председатель, и как секретарь (ОНЖЗ НАН РК): "
        "выберите на одну из ролей другого человека.",
        "Ақшолақов Серік хаттамаға әрі төраға, әрі хатшы ретінде қол қоя алмайды (ҚР ҰҒА ӨДҒБ): "
        "бір рөлге басқа адамды таңдаңыз.",
        "Serik Akshulakov cannot sign both as chair and as secretary (DLHS NAS RK): "
        "choose another person for one of them."]
    assert (second_body(ctx, mid)["signing_chair_id"], second_body(ctx, mid)["signing_secretary_id"]) == (None, None)

    ctx.meetings.set_signatories(mid, body["id"], akshulakov, None)  # the chair chosen, then the same as secretary
    with pytest.raises(CouncilError) as exc:
        ctx.meetings.set_signatories(mid, body["id"], akshulakov, akshulakov)
    assert exc.value.code == "signs_twice"
    assert (second_body(ctx, mid)["signing_chair_id"], second_body(ctx, mid)["signing_secretary_id"]) == (
        akshulakov, None)
    sadykova = person(ctx, "Садыкова")  # another person as secretary is taken
    ctx.meetings.set_signatories(mid, body["id"], akshulakov, sadykova)
    assert second_body(ctx, mid)["signing_secretary_id"] == sadykova


def test_a_chosen_signatory_merged_into_another_record_signs_as_that_record(demo):
    ctx, mid = demo
    body = second_body(ctx, mid)
    twin = ctx.records.create("person", {"surname": "Акшулаков", "given_name": "Серик"})
    ctx.meetings.set_signatories(mid, body["id"], twin, None)
    kept = person(ctx, "Тулегенова")
    ctx.registry.merge_people(kept, twin)
    assert second_body(ctx, mid)["signing_chair_id"] == kept


def everything(ctx) -> list[str]:
    """Every row of the database, to tell that a refusal changed nothing."""
    conn = sqlite3.connect(ctx.url.removeprefix("sqlite:///"))
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def merge_refused(ctx, keep: int, drop: int) -> CouncilError:
    before = everything(ctx)
    with pytest.raises(CouncilError) as exc:
        ctx.registry.merge_people(keep, drop)
    assert everything(ctx) == before
    return exc.value


def test_a_merge_that_would_make_one_person_both_signatories_of_a_body_is_refused_and_nothing_changes(demo):
    """The rule set_signatories holds (domain.rules.check_signatories) holds for a merge too: the chosen chair
    merged into the chosen secretary would sign twice."""
    ctx, mid = demo
    body = second_body(ctx, mid)
    twin = ctx.records.create("person", {"surname": "Садыкова", "given_name": "Шолпан"})
    sadykova, akshulakov = person(ctx, "Садыкова"), person(ctx, "Акшулаков")
    ctx.meetings.set_signatories(mid, body["id"], twin, akshulakov)
    exc = merge_refused(ctx, akshulakov, twin)
    number, date = ctx.views.meeting(mid, "ru")["number"], ctx.views.meeting_record(mid)["date"]
    assert exc.code == "merge_signs_twice"
    assert [exc.message(lang) for lang in ("en", "ru", "kk")] == [
        f"cannot merge: Serik Akshulakov would sign the protocol of meeting No. {number} of {date} both as chair "
        "and as secretary (DLHS NAS RK); choose another signatory there first, then merge",
        f"объединить нельзя: Акшулаков Серик подписал(а) бы протокол заседания № {number} от {date} и как "
        "председатель, и как секретарь (ОНЖЗ НАН РК); сначала выберите там другого подписанта, затем объедините",
        f"біріктіруге болмайды: Ақшолақов Серік {date} күнгі № {number} отырыстың хаттамасына әрі төраға, әрі "
        "хатшы ретінде қол қояр еді (ҚР ҰҒА ӨДҒБ); алдымен онда басқа қол қоюшыны таңдаңыз, содан кейін "
        "біріктіріңіз"]
    assert [(p["surname"], p["id"]) for p in ctx.registry.people("Садыкова")] == [
        ("Садыкова", sadykova), ("Садыкова", twin)]
    ctx.registry.merge_people(sadykova, twin)  # into another record: signs as that one, once
    assert (second_body(ctx, mid)["signing_chair_id"], second_body(ctx, mid)["signing_secretary_id"]) == (
        sadykova, akshulakov)


@pytest.mark.parametrize("role", ["chair", "secretary"])
def test_a_chosen_signatory_merged_into_the_other_roles_default_is_refused(demo, role):
    """For the first body the default chair and secretary are the meeting's: a chosen chair merged into the
    meeting's secretary (or a chosen secretary into its chair) would sign twice, and the merge is refused."""
    ctx, mid = demo
    first = ctx.views.meeting_record(mid)["bodies"][0]
    meeting = ctx.views.meeting_record(mid)
    default = meeting["secretary_id" if role == "chair" else "chair_id"]
    twin = ctx.records.create("person", {"surname": "Двойник", "given_name": "Тест"})
    ctx.meetings.set_signatories(mid, first["id"], *((twin, None) if role == "chair" else (None, twin)))
    exc = merge_refused(ctx, default, twin)
    assert exc.code == "merge_signs_twice"
    assert exc.params["body"]["en"] == "STC MoH RK"
    assert exc.params["name"]["ru"] == ctx.registry.person(default)["name"]
    # the same choice made straight away is refused by the same rule
    with pytest.raises(CouncilError) as direct:
        ctx.meetings.set_signatories(mid, first["id"], *((default, None) if role == "chair" else (None, default)))
    assert (direct.value.code, direct.value.params) == ("signs_twice", {k: exc.params[k] for k in ("name", "body")})


def test_the_snapshot_reads_the_signatories_as_the_orm(demo):
    ctx, mid = demo
    body = second_body(ctx, mid)
    ctx.meetings.set_signatories(mid, body["id"], person(ctx, "Акшулаков"), person(ctx, "Тулегенова"))
    assert_snapshot_reads_as_the_orm(ctx, mid)


def test_the_migration_adds_the_columns_and_takes_them_away_with_the_rest_kept(demo, db_path):
    ctx, mid = demo
    body = second_body(ctx, mid)
    akshulakov = person(ctx, "Акшулаков")
    ctx.meetings.set_signatories(mid, body["id"], akshulakov, None)
    ctx.close()
    con = sqlite3.connect(db_path)
    before = con.execute("SELECT id, meeting_id, body_id, number, year FROM meeting_body ORDER BY id").fetchall()
    con.close()

    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0008")
    engine.dispose()
    con = sqlite3.connect(db_path)
    assert {"signing_chair_id", "signing_secretary_id"}.isdisjoint(
        r[1] for r in con.execute("PRAGMA table_info(meeting_body)"))
    assert con.execute("SELECT id, meeting_id, body_id, number, year FROM meeting_body ORDER BY id").fetchall() == before
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()

    ctx = AppContext.open(db_path)  # upgraded again: the columns are back, empty: the default signs
    try:
        record = second_body(ctx, mid)
        assert record["signing_chair_id"] is None and "Локшин" in record["default_chair"]
        ctx.meetings.set_signatories(mid, record["id"], akshulakov, None)
        assert second_body(ctx, mid)["signing_chair_id"] == akshulakov
    finally:
        ctx.close()
    con = sqlite3.connect(db_path)
    fks = {(r[3], r[2], r[6]) for r in con.execute("PRAGMA foreign_key_list(meeting_body)")}
    con.close()
    assert {("signing_chair_id", "person", "SET NULL"), ("signing_secretary_id", "person", "SET NULL")} <= fks


def test_a_version_signed_with_a_chosen_chair_prints_again_the_same_and_a_later_edit_is_found(demo, db_path,
                                                                                              tmp_path, capsys):
    from council_desktop.cli import main

    ctx, mid = demo
    body = second_body(ctx, mid)
    ctx.meetings.set_signatories(mid, body["id"], person(ctx, "Акшулаков"), None)
    first = ctx.protocols.sign(mid, "ru")
    ctx.close()
    capsys.readouterr()
    assert main(["--db", str(db_path), "check"]) == 0, capsys.readouterr().out
    for layout in ("ru", "kk"):  # every print of the signed data is recognised as it: the same bytes
        copy = tmp_path / f"{layout}.pdf"
        assert main(["--db", str(db_path), "protocol", str(mid), "--lang", layout, "--out", str(copy)]) == 0
        capsys.readouterr()
        assert main(["--db", str(db_path), "verify", str(copy), "--json"]) == 0
        result = json.loads(capsys.readouterr().out)
        assert (result["match"], result["fingerprint"]) == ("file" if layout == "ru" else "print", first["fingerprint"])
    assert "Председатель ОНЖЗ НАН РК С. Акшулаков" in words((tmp_path / "ru.pdf").read_bytes())
    # the chair changed past the program: `council check` finds the signed minutes changed
    con = sqlite3.connect(db_path)
    con.execute("UPDATE meeting_body SET signing_chair_id = NULL WHERE meeting_id = ? AND body_id = ?",
                (mid, body["id"]))
    con.commit()
    con.close()
    capsys.readouterr()
    assert main(["--db", str(db_path), "check"]) == 1
    assert [line.split()[1] for line in capsys.readouterr().out.splitlines() if line.startswith("FAIL")] == [
        "signed_minutes_unchanged"]


def test_a_meeting_signed_before_the_migration_keeps_its_digest_and_passes_the_check(demo, db_path, capsys):
    from council_desktop.cli import main
    from council_desktop.store.snapshot import minutes_digest

    ctx, mid = demo
    ctx.protocols.sign(mid, "ru")
    ctx.close()
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0008")
    engine.dispose()
    con = sqlite3.connect(db_path)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    before = minutes_digest(con, mid, tables)  # as a 0008 database has it: no signatories' columns at all
    con.close()
    capsys.readouterr()
    assert main(["--db", str(db_path), "check"]) == 0, capsys.readouterr().out  # upgraded first
    con = sqlite3.connect(db_path)
    assert "signing_chair_id" in {r[1] for r in con.execute("PRAGMA table_info(meeting_body)")}
    assert minutes_digest(con, mid, tables) == before  # the empty columns count for nothing
    con.close()
