"""Meeting mode's records: arrivals and departures with times, the live quorum, item times, the
speakers' list, and votes at a moment (show of hands and roll call), on a real SQLite file."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from council_desktop.domain import rules
from council_desktop.domain.errors import CouncilError, ProtocolLocked
from council_desktop.services.meeting_room import MeetingRoomService
from council_desktop.store.snapshot import load_meeting
from test_postgresql import pg_url  # noqa: F401 - the fixture: a database of its own on the server

T0 = dt.datetime(2026, 3, 12, 10, 0)


def at(minutes: float) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def plan_room_meeting(ctx) -> int:
    """A planned joint meeting of the demo's two bodies: everyone absent, two items, a resolution each."""
    bodies = [b["id"] for b in ctx.registry.bodies("ru")][:2]
    mid = ctx.meetings.plan(bodies, T0.date(), {"start_time": "10:00"})
    first = ctx.meetings.add_item(mid, {"title_ru": "О плане работы", "title_kk": "Жұмыс жоспары туралы",
                                        "title_en": "On the work plan", "planned_minutes": 10})
    second = ctx.meetings.add_item(mid, {"title_ru": "О проектах", "title_kk": "Жобалар туралы",
                                         "title_en": "On the projects", "planned_minutes": 20})
    for item in (first, second):
        ctx.minutes.add_resolution(item, {"ru": "Принять к сведению.", "kk": "Назарға алынсын.",
                                          "en": "To take note."})
    return mid


@pytest.fixture
def room(demo):
    ctx, _ = demo
    mid = plan_room_meeting(ctx)
    return ctx, MeetingRoomService(ctx.sessions), mid


def members(ctx, mid) -> list[int]:
    return [a["person_id"] for a in ctx.views.meeting_record(mid)["attendance"] if a["role"]]


def test_arrivals_and_departures_are_stored_with_their_times_and_move_the_quorum(room, db_path):
    ctx, svc, mid = room
    people = members(ctx, mid)
    assert not svc.quorum_at(mid, at(0)).reached
    for n, person in enumerate(people[:8]):
        assert svc.arrive(mid, person, at(n))
    assert not svc.arrive(mid, people[0], at(9))  # already there: nothing recorded twice
    assert svc.leave(mid, people[1], at(30))
    assert not svc.leave(mid, people[1], at(31))
    con = sqlite3.connect(db_path)
    rows = con.execute("SELECT person_id, arrived, at FROM presence_event WHERE meeting_id = ? ORDER BY id",
                       (mid,)).fetchall()
    assert rows[:2] == [(people[0], 1, "2026-03-12 10:00:00.000000"), (people[1], 1, "2026-03-12 10:01:00.000000")]
    assert rows[-1] == (people[1], 0, "2026-03-12 10:30:00.000000") and len(rows) == 9
    assert con.execute("SELECT count(*) FROM attendance WHERE meeting_id = ? AND status = 'present'",
                       (mid,)).fetchone()[0] == 8  # arriving is attending; leaving early still attended
    before, after = svc.quorum_at(mid, at(20)), svc.quorum_at(mid, at(40))
    assert before.present_members == 8 and after.present_members == 7
    assert svc.quorum_at(mid, at(2.5)).present_members == 3  # the past is read as it was


def test_a_member_marked_present_before_meeting_mode_was_there_until_they_leave(room):
    ctx, svc, mid = room
    person = members(ctx, mid)[0]
    ctx.meetings.set_attendance(mid, person, "present")
    assert svc.quorum_at(mid, at(-60)).present_members == 1
    svc.leave(mid, person, at(15))
    assert svc.quorum_at(mid, at(14)).present_members == 1
    assert svc.quorum_at(mid, at(16)).present_members == 0


def test_a_person_who_is_not_an_attendee_cannot_arrive(room):
    ctx, svc, mid = room
    outsider = ctx.records.create("person", {"surname": "Посторонний", "given_name": "Иван"})
    with pytest.raises(CouncilError):
        svc.arrive(mid, outsider, at(0))


# sequences of arrivals (True) and departures (False) of the meeting's attendees, a minute apart
steps = st.lists(st.tuples(st.integers(min_value=0, max_value=30), st.booleans()), min_size=1, max_size=25)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=steps)
def test_the_live_quorum_is_the_rule_applied_to_who_is_in_the_room(demo, steps):
    """After each arrival and departure, and looking back at every earlier moment, the quorum the
    service shows equals quorum_required over the members a plain model says are in the room."""
    ctx, _ = demo
    svc = MeetingRoomService(ctx.sessions)
    mid = plan_room_meeting(ctx)
    record = ctx.views.meeting_record(mid)
    attendees = [a["person_id"] for a in record["attendance"]]
    bodies = {b["id"]: b for b in ctx.registry.bodies("ru")}
    terms = {b["id"]: {t["id"] for t in ctx.registry.members_on(b["id"], T0.date())} for b in record["bodies"]}
    in_room: set[int] = set()
    history = []
    for n, (who, arriving) in enumerate(steps):
        person = attendees[who % len(attendees)]
        changed = svc.arrive(mid, person, at(n)) if arriving else svc.leave(mid, person, at(n))
        assert changed == ((person in in_room) != arriving)
        (in_room.add if arriving else in_room.discard)(person)
        history.append((at(n), set(in_room)))
        for moment, there in history:
            shown = svc.quorum_at(mid, moment)
            for b in shown.bodies:
                body = bodies[b.body_id]
                expected = rules.quorum(rules.QuorumRule(body["quorum_rule"]), len(terms[b.body_id] & there),
                                        len(terms[b.body_id]), body["quorum_fixed"])
                assert b.quorum == expected
            assert shown.present_members == len(there & set().union(*terms.values()))


def test_items_are_opened_and_closed_at_their_times(room, db_path):
    ctx, svc, mid = room
    first, second = (i["id"] for i in ctx.views.meeting_record(mid)["agenda"])
    svc.open_item(first, at(1))
    svc.open_item(second, at(14))  # the next item closes the one before
    svc.close_item(second, at(40))
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT started_at, ended_at FROM agenda_item WHERE meeting_id = ? ORDER BY position",
                       (mid,)).fetchall() == [("2026-03-12 10:01:00.000000", "2026-03-12 10:14:00.000000"),
                                              ("2026-03-12 10:14:00.000000", "2026-03-12 10:40:00.000000")]


def test_the_speakers_list_is_kept_in_order_and_a_finished_speaker_becomes_a_timed_speech(room, db_path):
    ctx, svc, mid = room
    item = ctx.views.meeting_record(mid)["agenda"][0]["id"]
    a, b, c = members(ctx, mid)[:3]
    ra, rb, rc = (svc.request_floor(item, p) for p in (a, b, c))
    svc.move_request(rc, 1)
    assert [s["person_id"] for s in svc.room(mid, at(0))["agenda"][0]["speakers"]] == [c, a, b]
    svc.withdraw_request(ra)
    speech = svc.finish_speech(rc, at(3), 185, {"ru": "Поддержала проект."})
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT person_id, started_at, duration_seconds, gist_ru FROM speech WHERE id = ?",
                       (speech,)).fetchone() == (c, "2026-03-12 10:03:00.000000", 185, "Поддержала проект.")
    assert [s["person_id"] for s in svc.room(mid, at(5))["agenda"][0]["speakers"]] == [b]
    assert ctx.views.meeting(mid, "ru")["agenda"][0]["speeches"][0]["gist"] == "Поддержала проект."


def test_a_vote_records_who_was_in_the_room_at_that_moment(room, db_path):
    ctx, svc, mid = room
    people = members(ctx, mid)
    resolution = ctx.views.meeting_record(mid)["agenda"][0]["resolutions"][0]["id"]
    for n, p in enumerate(people[:9]):
        svc.arrive(mid, p, at(n))
    svc.leave(mid, people[0], at(20))
    svc.vote_by_show_of_hands(resolution, at(25), unanimous=True)
    svc.arrive(mid, people[0], at(30))  # back after the vote: not counted in it
    con = sqlite3.connect(db_path)
    voters = {r[0] for r in con.execute("SELECT person_id FROM vote_participant WHERE resolution_id = ?",
                                        (resolution,))}
    assert voters == set(people[1:9])
    assert con.execute("SELECT votes_for, unanimous FROM resolution WHERE id = ?", (resolution,)).fetchone() == (8, 1)
    with pytest.raises(CouncilError):  # more hands than members in the room then
        svc.vote_by_show_of_hands(resolution, at(25), 9, 0, 0)


def test_a_roll_call_vote_is_counted_from_the_names_and_judged_per_body(room, db_path):
    ctx, svc, mid = room
    record = ctx.views.meeting_record(mid)
    resolution = record["agenda"][1]["resolutions"][0]["id"]
    terms = {b["id"]: [t["id"] for t in ctx.registry.members_on(b["id"], T0.date())] for b in record["bodies"]}
    first, second = terms.values()
    everyone = list(dict.fromkeys(first + second))
    for p in everyone:
        svc.arrive(mid, p, at(0))
    # the second body's members against, the first body's own members for: a majority of all the
    # members in the room, but not of the second body
    only_first = [p for p in first if p not in second]
    choices = {p: "for" for p in only_first} | {p: "against" for p in second}
    assert len(only_first) * 2 > len(everyone)
    svc.vote_by_roll_call(resolution, at(5), choices)
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT votes_for, votes_against, votes_abstained, roll_call FROM resolution WHERE id = ?",
                       (resolution,)).fetchone() == (len(only_first), len(second), 0, 1)
    stored = dict(con.execute("SELECT person_id, choice FROM vote_participant WHERE resolution_id = ?",
                              (resolution,)).fetchall())
    assert stored == {p: choices.get(p) for p in everyone}
    m = load_meeting(con, mid)
    r = next(x for x in m.agenda[1].resolutions if x.id == resolution)
    one, two = (mb.body for mb in m.bodies)
    assert rules.named_tally(r, one) == rules.Vote(len(only_first), len(first) - len(only_first), 0)
    assert rules.named_tally(r, two) == rules.Vote(0, len(second), 0)
    assert rules.resolution_adopted(r) is False
    assert ctx.views.meeting(mid, "ru")["agenda"][1]["resolutions"][0]["adopted"] is False


def test_a_roll_call_names_only_voters_in_the_room(room):
    ctx, svc, mid = room
    people = members(ctx, mid)
    resolution = ctx.views.meeting_record(mid)["agenda"][0]["resolutions"][0]["id"]
    svc.arrive(mid, people[0], at(0))
    with pytest.raises(CouncilError):
        svc.vote_by_roll_call(resolution, at(1), {people[0]: "for", people[1]: "for"})
    with pytest.raises(CouncilError):
        svc.vote_by_roll_call(resolution, at(1), {people[0]: "maybe"})
    assert ctx.views.meeting(mid, "ru")["agenda"][0]["resolutions"][0]["votes_for"] is None  # nothing half-written


def test_a_signed_meeting_takes_no_arrival(demo):
    ctx, mid = demo
    svc = MeetingRoomService(ctx.sessions)
    ctx.protocols.sign(mid, "ru")
    person = ctx.views.meeting_record(mid)["attendance"][0]["person_id"]
    with pytest.raises(ProtocolLocked):
        svc.leave(mid, person, at(0))


def test_migration_0005_keeps_every_speech_and_assignment_both_ways_with_foreign_keys_on(demo, db_path):
    """Adding the columns must not copy agenda_item or resolution: with foreign keys on, SQLite would
    delete their speeches and assignments as it dropped the old table."""
    from alembic import command
    from sqlalchemy import create_engine, event

    from council_desktop.app import AppContext
    from council_desktop.store.database import alembic_config

    ctx, mid = demo
    tables = ("agenda_item", "speech", "resolution", "assignment", "agenda_rapporteur", "presentation")

    def counts():
        con = sqlite3.connect(db_path)
        try:
            return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
        finally:
            con.close()

    before = counts()
    view = ctx.views.meeting(mid, "ru")
    ctx.close()
    engine = create_engine(f"sqlite:///{db_path}")
    event.listen(engine, "connect", lambda dbapi, _: dbapi.execute("PRAGMA foreign_keys=ON"))
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0004")
    engine.dispose()
    assert counts() == before
    ctx = AppContext.open(db_path)  # upgraded again as the program opens it
    try:
        assert counts() == before
        assert ctx.views.meeting(mid, "ru") == view
    finally:
        ctx.close()


def test_a_short_roll_call_is_named_in_the_protocol_itself_and_a_late_arrival_is_stated(ctx):
    """Up to twelve names follow the vote line (no attachment); an arrival after the opening is stated
    with the item it fell in, in each language."""
    import io

    from pypdf import PdfReader
    from test_documents_long import build_meeting

    def pdf_text(lang):
        pdf = ctx.documents.render("protocol", meeting, lang)
        return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages)

    svc = MeetingRoomService(ctx.sessions)
    meeting = build_meeting(ctx, items=2, people=6, guests=0)
    record = ctx.views.meeting_record(meeting)
    people = [a["person_id"] for a in record["attendance"]]
    ctx.meetings.set_attendance(meeting, people[5], "absent")  # the others were marked present beforehand
    first = record["agenda"][0]
    svc.open_item(first["id"], at(1))
    svc.arrive(meeting, people[5], at(4))
    choices = {people[0]: "for", people[1]: "for", people[2]: "against", people[3]: "abstained", people[4]: None}
    svc.vote_by_roll_call(first["resolutions"][0]["id"], at(3), choices)  # before the late member came
    view = ctx.views.meeting(meeting, "ru")
    named = {p["name"]: p["choice"] for p in view["agenda"][0]["resolutions"][0]["named"]}
    assert sorted(named.values(), key=str) == sorted(["for", "for", "against", "abstained", None], key=str)
    ru = pdf_text("ru")
    assert "Поимённое голосование: «за» — " in ru and "по решению" not in ru  # inline, no attachment
    surname = {a["id"]: a["surname"] for a in view["attendance"]}
    against = ru[ru.index("Поимённое голосование:"):]
    assert against.index(surname[people[2]]) > against.index("«против»") > against.index(surname[people[0]])
    assert "не голосовали — " in against
    assert f"{surname[people[5]]} — прибытие в 10:04, в ходе рассмотрения вопроса 1" in ru
    en = pdf_text("en")
    assert "Roll-call vote: for — " in en and "arrived at 10:04, during item 1" in en


def test_a_roll_call_vote_is_not_typed_over_in_the_minutes_and_its_text_still_edits(room):
    ctx, svc, mid = room
    people = members(ctx, mid)
    resolution = ctx.views.meeting_record(mid)["agenda"][0]["resolutions"][0]["id"]
    for p in people[:5]:
        svc.arrive(mid, p, at(0))
    svc.vote_by_roll_call(resolution, at(2), {people[0]: "for", people[1]: "for", people[2]: "against"})
    with pytest.raises(CouncilError) as refused:
        ctx.minutes.record_vote(resolution, 4, 1, 0)
    assert refused.value.code == "vote_by_roll_call" and "1.1" in refused.value.message("en")
    with pytest.raises(CouncilError):
        ctx.minutes.record_vote(resolution, unanimous=True)
    ctx.minutes.record_vote(resolution, 2, 1, 0)  # the same counts: nothing to refuse
    ctx.minutes.update_resolution(resolution, text={"ru": "Одобрить план."})
    r = ctx.views.meeting(mid, "ru")["agenda"][0]["resolutions"][0]
    assert (r["votes_for"], r["votes_against"], r["text"]) == (2, 1, "Одобрить план.")
    assert [p["choice"] for p in r["named"]].count("for") == 2


def test_a_substitute_votes_for_the_member_they_replace(room):
    """In a roll call the substitute's choice counts in the body of the member they stand for."""
    ctx, svc, mid = room
    record = ctx.views.meeting_record(mid)
    second_body = record["bodies"][1]["id"]
    body_two = {t["id"] for t in ctx.registry.members_on(second_body, T0.date())}
    body_one = {t["id"] for t in ctx.registry.members_on(record["bodies"][0]["id"], T0.date())}
    replaced = next(p for p in body_two if p not in body_one)
    substitute = ctx.records.create("person", {"surname": "Заменяющий", "given_name": "Пётр"})
    ctx.meetings.add_attendee(mid, substitute, status="absent", substitute_for=replaced)
    others = [p for p in body_two if p != replaced]
    for p in others + [substitute]:
        svc.arrive(mid, p, at(0))
    resolution = record["agenda"][0]["resolutions"][0]["id"]
    svc.vote_by_roll_call(resolution, at(1), {substitute: "against", **{p: "for" for p in others}})
    with ctx.sessions() as s:
        from council_desktop.domain.models import Resolution

        r = s.get(Resolution, resolution)
        two = next(mb.body for mb in r.item.meeting.bodies if mb.body_id == second_body)
        assert rules.named_tally(r, two) == rules.Vote(len(others), 1, 0)
        assert rules.vote_quorum(r).bodies[1].quorum.present == len(body_two)


@pytest.mark.postgresql
def test_meeting_mode_on_postgresql_after_migration_0005_both_ways(request):
    """0005 down and up on a server with the demo, then arrivals, a roll call and the live quorum."""
    from test_postgresql import SERVER

    if not SERVER:
        pytest.skip("COUNCIL_TEST_PG_URL is not set: no PostgreSQL server")
    from alembic import command
    from sqlalchemy import create_engine

    from council_desktop.app import AppContext
    from council_desktop.store.database import alembic_config

    pg_url = request.getfixturevalue("pg_url")
    ctx = AppContext.open(pg_url, create=True)
    ctx.demo.load()
    mid = plan_room_meeting(ctx)
    view = ctx.views.meeting(mid, "ru")
    ctx.close()
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0004")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    engine.dispose()
    ctx = AppContext.open(pg_url)
    try:
        assert ctx.views.meeting(mid, "ru") == view
        svc = MeetingRoomService(ctx.sessions)
        people = members(ctx, mid)
        for n, p in enumerate(people[:8]):
            svc.arrive(mid, p, at(n))
        svc.leave(mid, people[0], at(20))
        assert svc.quorum_at(mid, at(10)).present_members == 8 and svc.quorum_at(mid, at(21)).present_members == 7
        resolution = view["agenda"][0]["resolutions"][0]["id"]
        svc.vote_by_roll_call(resolution, at(22), {p: "for" for p in people[1:8]})
        r = ctx.views.meeting(mid, "ru")["agenda"][0]["resolutions"][0]
        assert (r["votes_for"], r["votes_against"], len(r["named"])) == (7, 0, 7)
    finally:
        ctx.close()
