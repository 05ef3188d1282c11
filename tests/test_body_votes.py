"""A joint meeting's show-of-hands vote counted in each body (resolution_body_vote): the rules the
counts must keep, the service that records them, the snapshot, the digest, the migration and the
protocol read back from the PDF."""
from __future__ import annotations

import io
import sqlite3

import pytest
from alembic import command
from pypdf import PdfReader
from sqlalchemy import create_engine

from council_desktop.app import AppContext
from council_desktop.domain import rules
from council_desktop.domain.errors import CouncilError, ProtocolLocked, RuleViolation
from council_desktop.domain.models import Meeting
from council_desktop.services.base import driver_connection
from council_desktop.services.readmodel import meeting_view
from council_desktop.store import snapshot
from council_desktop.store.database import alembic_config

from test_snapshot import LINKS, assert_same_records


def words(pdf: bytes) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def quorum(present: list[int], union: int) -> rules.MeetingQuorum:
    return rules.MeetingQuorum(tuple(rules.BodyQuorum(n + 1, f"B{n + 1}", rules.Quorum(p, p + 1, 1))
                                     for n, p in enumerate(present)), union, sum(present) + len(present))


V = rules.Vote


# --- the rule ------------------------------------------------------------------------------------
def test_without_members_on_both_bodies_the_bodies_add_up_to_the_total():
    q = quorum([10, 5], 15)
    rules.validate_body_counts(V(9, 3, 1), {1: V(6, 3, 1), 2: V(3, 0, 0)}, q)
    for wrong in ({1: V(6, 3, 1), 2: V(2, 0, 0)},   # one «for» lost
                  {1: V(6, 3, 1), 2: V(4, 0, 0)},   # one «for» too many
                  {1: V(7, 2, 1), 2: V(3, 0, 0)}):  # the same sum, but one moved from «against» to «for»
        with pytest.raises(RuleViolation) as exc:
            rules.validate_body_counts(V(9, 3, 1), wrong, q)
        assert exc.value.code == "body_vote_total"


def test_a_member_on_both_bodies_counts_in_each():
    q = quorum([10, 5], 11)  # four members present sit on both bodies
    rules.validate_body_counts(V(9, 1, 1), {1: V(9, 1, 0), 2: V(4, 0, 1)}, q)  # 4 more than the total
    q = quorum([10, 6], 12)  # four on both again
    with pytest.raises(RuleViolation) as exc:  # 5 more: more than the members on both
        rules.validate_body_counts(V(9, 1, 1), {1: V(8, 1, 1), 2: V(6, 0, 0)}, q)
    assert exc.value.code == "body_vote_total" and exc.value.params["both"] == 4
    with pytest.raises(RuleViolation) as exc:  # a body cannot count more «for» than the whole meeting
        rules.validate_body_counts(V(5, 5, 1), {1: V(6, 4, 0), 2: V(3, 1, 1)}, q)
    assert exc.value.code == "body_vote_total"


def test_a_body_counts_at_most_its_members_present_and_every_body_is_counted():
    q = quorum([10, 5], 15)
    with pytest.raises(RuleViolation) as exc:
        rules.validate_body_counts(V(9, 3, 3), {1: V(3, 3, 3), 2: V(6, 0, 0)}, q)
    assert (exc.value.code, exc.value.message("en"), exc.value.params["present"]) == \
        ("body_vote_exceeds_present", "vote by body: B2 counts 6 votes but only 5 of its members are present", 5)
    with pytest.raises(RuleViolation) as exc:
        rules.validate_body_counts(V(9, 0, 0), {1: V(9, 0, 0)}, q)
    assert exc.value.code == "body_vote_bodies" and exc.value.message("kk").endswith(": B1, B2")
    with pytest.raises(RuleViolation) as exc:
        rules.validate_body_counts(V(9, 0, 0), {1: V(10, -1, 0), 2: V(0, 0, 0)}, q)
    assert exc.value.code == "vote_negative"


@pytest.mark.parametrize("code", ["body_vote_not_split", "body_vote_bodies", "body_vote_exceeds_present",
                                  "body_vote_total"])
def test_each_refusal_is_said_in_kazakh_russian_and_english(code):
    err = CouncilError(code, number="4.1", bodies="B1, B2", body="B1", cast=6, present=5, for_=1, against=2,
                       abstained=3, total_for=4, total_against=5, total_abstained=6, both=0)
    texts = {lang: err.message(lang) for lang in ("kk", "ru", "en")}
    assert len(set(texts.values())) == 3 and not any("{" in t or code in t for t in texts.values())


# --- the service -----------------------------------------------------------------------------------
def _split(ctx, mid) -> dict:
    """The demo's split show-of-hands vote (4.1: 9 for, 1 against, 1 abstained; 11 members present,
    ten of the council and five of the department, four of them on both)."""
    return next(r for i in ctx.views.meeting(mid, "ru")["agenda"] for r in i["resolutions"] if r["votes_against"])


def _bodies(ctx, mid) -> list[int]:
    return [b["id"] for b in ctx.views.meeting(mid, "ru")["bodies"]]


def test_counts_per_body_are_kept_and_judged_by_each_bodys_rule(demo):
    ctx, mid = demo
    split = _split(ctx, mid)
    assert (split["votes_for"], split["votes_against"], split["votes_abstained"], split["by_body"]) == (9, 1, 1, [])
    council, department = _bodies(ctx, mid)
    ctx.minutes.set_body_counts(split["id"], {council: {"votes_for": 9, "votes_against": 1, "votes_abstained": 0},
                                              department: {"votes_for": 4, "votes_against": 0, "votes_abstained": 1}})
    split = _split(ctx, mid)
    assert [(b["body"], b["votes_for"], b["votes_against"], b["votes_abstained"], b["adopted"])
            for b in split["by_body"]] == [("НТС МЗ РК", 9, 1, 0, True), ("ОНЖЗ НАН РК", 4, 0, 1, True)]
    assert split["adopted"] is True
    # the department's own majority is not there: the resolution is not adopted, whatever the total says
    ctx.minutes.set_body_counts(split["id"], {council: {"votes_for": 9, "votes_against": 1, "votes_abstained": 0},
                                              department: {"votes_for": 2, "votes_against": 1, "votes_abstained": 1}})
    split = _split(ctx, mid)
    assert [b["adopted"] for b in split["by_body"]] == [True, False] and split["adopted"] is False
    # counted in total only again
    ctx.minutes.set_body_counts(split["id"], None)
    split = _split(ctx, mid)
    assert split["by_body"] == [] and split["adopted"] is True


def test_counts_that_do_not_add_up_are_refused_and_change_nothing(demo):
    ctx, mid = demo
    split = _split(ctx, mid)
    council, department = _bodies(ctx, mid)
    good = {council: {"votes_for": 9, "votes_against": 1, "votes_abstained": 0}, department: {"votes_for": 4, "votes_against": 0, "votes_abstained": 1}}
    ctx.minutes.set_body_counts(split["id"], good)
    before = ctx.views.meeting_record(mid)
    for counts, code in (({council: {"votes_for": 9, "votes_against": 1, "votes_abstained": 0},
                           department: {"votes_for": 6, "votes_against": 0, "votes_abstained": 0}}, "body_vote_exceeds_present"),
                         ({council: {"votes_for": 5, "votes_against": 1, "votes_abstained": 0},
                           department: {"votes_for": 3, "votes_against": 0, "votes_abstained": 1}}, "body_vote_total"),
                         ({council: {"votes_for": 9, "votes_against": 1, "votes_abstained": 1}}, "body_vote_bodies"),
                         ({council: {"votes_for": "много"}, department: {}}, None)):
        with pytest.raises(CouncilError) as exc:
            ctx.minutes.set_body_counts(split["id"], counts)
        assert code is None or exc.value.code == code
        if code == "body_vote_exceeds_present":  # the body named in the message's language
            assert "DLHS NAS RK" in exc.value.message("en") and "ҚР ҰҒА ӨДҒБ" in exc.value.message("kk")
        assert ctx.views.meeting_record(mid) == before
    unanimous = ctx.views.meeting(mid, "ru")["agenda"][0]["resolutions"][0]
    with pytest.raises(CouncilError) as exc:  # counted per body already
        ctx.minutes.set_body_counts(unanimous["id"], good)
    assert exc.value.code == "body_vote_not_split" and "1.1" in exc.value.message("ru")


def test_a_changed_total_keeps_the_counts_only_while_they_agree(demo):
    ctx, mid = demo
    split = _split(ctx, mid)
    council, department = _bodies(ctx, mid)
    ctx.minutes.set_body_counts(split["id"], {council: {"votes_for": 9, "votes_against": 1, "votes_abstained": 0},
                                              department: {"votes_for": 4, "votes_against": 0, "votes_abstained": 1}})
    ctx.minutes.update_resolution(split["id"], text={"ru": split["text"] + " "})  # the text only
    assert len(_split(ctx, mid)["by_body"]) == 2
    ctx.minutes.record_vote(split["id"], 8, 2, 1)  # counted for another vote
    assert _split(ctx, mid)["by_body"] == []


def test_the_counts_of_a_signed_protocol_are_locked(demo):
    ctx, mid = demo
    split = _split(ctx, mid)
    council, department = _bodies(ctx, mid)
    counts = {council: {"votes_for": 9, "votes_against": 1, "votes_abstained": 0}, department: {"votes_for": 4, "votes_against": 0, "votes_abstained": 1}}
    ctx.protocols.sign(mid, "ru")
    with pytest.raises(ProtocolLocked):
        ctx.minutes.set_body_counts(split["id"], counts)
    assert _split(ctx, mid)["by_body"] == []


# --- the protocol ----------------------------------------------------------------------------------
def test_the_protocol_prints_each_bodys_count_and_the_total(demo):
    ctx, mid = demo
    split = _split(ctx, mid)
    council, department = _bodies(ctx, mid)
    ctx.minutes.set_body_counts(split["id"], {council: {"votes_for": 9, "votes_against": 1, "votes_abstained": 0},
                                              department: {"votes_for": 4, "votes_against": 0, "votes_abstained": 1}})
    text = words(ctx.documents.render("protocol", mid, "ru"))
    assert ("«за» — 9, «против» — 1, «воздержались» — 1. Решение принято. НТС МЗ РК: «за» — 9, «против» — 1, "
            "«воздержались» — 0; ОНЖЗ НАН РК: «за» — 4, «против» — 0, «воздержались» — 1.") in text
    kk = words(ctx.documents.render("protocol", mid, "kk"))
    assert "ҚР ДСМ ҒТК: «жақтап» — 9, «қарсы» — 1, «қалыс» — 0; ҚР ҰҒА ӨДҒБ: «жақтап» — 4, «қарсы» — 0, «қалыс» — 1." in kk
    assert "«жақтап» — 9, «қарсы» — 1, «қалыс» — 1." in kk


# --- the snapshot, the digest, the migration ---------------------------------------------------------
def test_the_snapshot_reads_the_counts_as_the_orm(demo):
    ctx, mid = demo
    split = _split(ctx, mid)
    council, department = _bodies(ctx, mid)
    ctx.minutes.set_body_counts(split["id"], {council: {"votes_for": 9, "votes_against": 1, "votes_abstained": 0},
                                              department: {"votes_for": 4, "votes_against": 0, "votes_abstained": 1}})
    links = {**LINKS, "Resolution": (*LINKS["Resolution"], "body_counts"), "ResolutionBodyVote": ()}
    with ctx.sessions() as s:
        orm = s.get(Meeting, mid)
        snap = snapshot.load_meeting(driver_connection(s), mid)
        assert assert_same_records(snap, orm, links=links) > 20
        counted = [r for i in snap.agenda for r in i.resolutions if r.body_counts]
        assert [(c.body_id, c.votes_for, c.votes_against, c.votes_abstained) for c in counted[0].body_counts] == [
            (council, 9, 1, 0), (department, 4, 0, 1)]
        for lang in ("ru", "kk", "en"):
            assert meeting_view(snap, lang) == meeting_view(orm, lang)


def test_the_digest_of_a_meeting_without_counts_per_body_is_as_before(demo):
    ctx, mid = demo
    before_0010 = set(snapshot._LOCKED) - {"resolution_body_vote"}
    with ctx.sessions() as s:
        conn = driver_connection(s)
        assert snapshot.minutes_digest(conn, mid) == snapshot.minutes_digest(conn, mid, only=before_0010)
    split = _split(ctx, mid)
    council, department = _bodies(ctx, mid)
    ctx.minutes.set_body_counts(split["id"], {council: {"votes_for": 9, "votes_against": 1, "votes_abstained": 0},
                                              department: {"votes_for": 4, "votes_against": 0, "votes_abstained": 1}})
    with ctx.sessions() as s:
        conn = driver_connection(s)
        assert snapshot.minutes_digest(conn, mid) != snapshot.minutes_digest(conn, mid, only=before_0010)


def test_the_counts_edited_past_the_program_after_signing_are_found(demo, db_path, capsys):
    from council_desktop.cli import main

    ctx, mid = demo
    split = _split(ctx, mid)
    council, department = _bodies(ctx, mid)
    ctx.minutes.set_body_counts(split["id"], {council: {"votes_for": 9, "votes_against": 1, "votes_abstained": 0},
                                              department: {"votes_for": 4, "votes_against": 0, "votes_abstained": 1}})
    ctx.protocols.sign(mid, "ru")
    ctx.close()
    capsys.readouterr()
    assert main(["--db", str(db_path), "check"]) == 0, capsys.readouterr().out
    con = sqlite3.connect(db_path)
    con.execute("UPDATE resolution_body_vote SET votes_for = 3 WHERE body_id = ?", (department,))
    con.commit()
    con.close()
    assert main(["--db", str(db_path), "check"]) != 0


def test_the_migration_adds_the_table_and_takes_it_away(demo, db_path):
    ctx, mid = demo
    split = _split(ctx, mid)
    council, department = _bodies(ctx, mid)
    ctx.minutes.set_body_counts(split["id"], {council: {"votes_for": 9, "votes_against": 1, "votes_abstained": 0},
                                              department: {"votes_for": 4, "votes_against": 0, "votes_abstained": 1}})
    ctx.close()
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0009")
    engine.dispose()
    con = sqlite3.connect(db_path)
    assert "resolution_body_vote" not in {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    assert con.execute("SELECT votes_for, votes_against, votes_abstained FROM resolution WHERE id = ?",
                       (split["id"],)).fetchone() == (9, 1, 1)  # the total stays
    con.close()
    ctx = AppContext.open(db_path)  # upgraded again: the table is there, empty
    try:
        assert _split(ctx, mid)["by_body"] == []
        ctx.minutes.set_body_counts(split["id"], {council: {"votes_for": 9, "votes_against": 1, "votes_abstained": 0},
                                                  department: {"votes_for": 4, "votes_against": 0, "votes_abstained": 1}})
        assert len(_split(ctx, mid)["by_body"]) == 2
    finally:
        ctx.close()


def test_pre_flight_blocks_counts_per_body_that_no_longer_add_up(demo):
    ctx, mid = demo
    split = _split(ctx, mid)
    council, department = _bodies(ctx, mid)
    ctx.minutes.set_body_counts(split["id"], {council: {"votes_for": 9, "votes_against": 1, "votes_abstained": 0},
                                              department: {"votes_for": 4, "votes_against": 0, "votes_abstained": 1}})
    assert not [f for f in ctx.protocols.preflight(mid, "sign") if f["code"] == "body_vote_mismatch"]
    record = ctx.views.meeting_record(mid)
    member = next(a["person_id"] for a in record["attendance"]
                  if a["status"] == "present" and a["person_id"] not in (record["chair_id"], record["secretary_id"])
                  and not a.get("guest") and not a.get("is_guest"))
    ctx.meetings.set_attendance(mid, member, "absent")  # the attendance changed after the count
    found = [f for f in ctx.protocols.preflight(mid, "sign", lang="en") if f["code"] == "body_vote_mismatch"]
    assert [(f["ident"], f["blocking"], f["tab"]) for f in found] == [(split["id"], True, "minutes")]
    from council_desktop.services.preflight import describe
    assert {lang: describe(found[0], lang)[:len(start)] for lang, start in
            (("en", "Resolution 4.1: the votes counted per body"), ("ru", "Постановление 4.1: голоса"),
             ("kk", "4.1 қаулысы: органдар"))} == {"en": "Resolution 4.1: the votes counted per body",
                                                   "ru": "Постановление 4.1: голоса", "kk": "4.1 қаулысы: органдар"}


def test_the_counts_travel_in_the_exchange_bundle(demo, tmp_path):
    ctx, mid = demo
    split = _split(ctx, mid)
    council, department = _bodies(ctx, mid)
    ctx.minutes.set_body_counts(split["id"], {council: {"votes_for": 9, "votes_against": 1, "votes_abstained": 0},
                                              department: {"votes_for": 4, "votes_against": 0, "votes_abstained": 1}})
    path = tmp_path / "m.council"
    ctx.exchange.export_bundle(mid, path)
    other = AppContext.open(tmp_path / "other.db", create=True)
    try:
        other.exchange.import_bundle(path)
        theirs = other.views.meetings("ru")[0]["id"]
        assert _split(other, theirs)["by_body"] == _split(ctx, mid)["by_body"]
        assert [b["votes_for"] for b in _split(other, theirs)["by_body"]] == [9, 4]
        other.exchange.import_bundle(path)  # twice: nothing doubled
        assert len(_split(other, theirs)["by_body"]) == 2
    finally:
        other.close()


def test_a_protocol_signed_with_counts_per_body_prints_again_as_signed(demo, db_path, tmp_path, capsys):
    import json

    from council_desktop.cli import main

    ctx, mid = demo
    split = _split(ctx, mid)
    council, department = _bodies(ctx, mid)
    ctx.minutes.set_body_counts(split["id"], {council: {"votes_for": 9, "votes_against": 1, "votes_abstained": 0},
                                              department: {"votes_for": 4, "votes_against": 0, "votes_abstained": 1}})
    fingerprint = ctx.protocols.sign(mid, "ru")["fingerprint"]
    ctx.close()
    for layout in ("ru", "kk"):
        copy = tmp_path / f"{layout}.pdf"
        assert main(["--db", str(db_path), "protocol", str(mid), "--lang", layout, "--out", str(copy)]) == 0
        capsys.readouterr()
        assert main(["--db", str(db_path), "verify", str(copy), "--json"]) == 0
        result = json.loads(capsys.readouterr().out)
        assert (result["match"], result["fingerprint"]) == ("file" if layout == "ru" else "print", fingerprint)
        if layout == "ru":
            assert "ОНЖЗ НАН РК: «за» — 4, «против» — 0, «воздержались» — 1." in words(copy.read_bytes())
