"""The plain-SQL snapshot reads what the ORM reads, and the `council` command prints with it alone."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import subprocess
import sys

import pytest
from sqlalchemy import Boolean, Date, DateTime, Enum, LargeBinary, Time, select
from test_documents_long import build_meeting

from council_desktop.domain.errors import NotFound
from council_desktop.domain.models import (
    Assignment,
    AssignmentStatus,
    Base,
    CouncilBody,
    Meeting,
    MeetingBody,
    Membership,
    Organization,
    Person,
    Project,
)
from council_desktop.services.base import driver_connection
from council_desktop.services.meetings import project_row
from council_desktop.services.minutes import assignment_row
from council_desktop.services.readmodel import meeting_record, meeting_summary, meeting_view
from council_desktop.services.registry import body_row, members_on, membership_row, organization_row, person_row
from council_desktop.store import snapshot
from council_desktop.store.location import database_url

# what the snapshot links, per record; the comparison walks these
LINKS = {
    "Meeting": ("chair", "secretary", "bodies", "attendance", "agenda", "protocol_issues", "presence"),
    "MeetingBody": ("body", "signing_chair", "signing_secretary"),
    "CouncilBody": ("organization", "memberships"),
    "Attendance": ("person", "substitute_for"),
    "Person": ("organization",),
    "AgendaItem": ("rapporteurs", "presentations", "speeches", "resolutions"),
    "AgendaRapporteur": ("person",),
    "Presentation": ("project", "presenter", "organization", "files"),
    "Project": ("organization",),
    "Speech": ("person",),
    "Resolution": ("assignments", "participants"),
    "PresenceEvent": ("person",),
    "VoteParticipant": ("person",),
    "Assignment": ("responsible_person", "responsible_org"),
}
READ_TABLES = {"meeting", "meeting_body", "council_body", "membership", "attendance", "agenda_item",
               "agenda_rapporteur", "presentation", "project", "presentation_file", "speech", "resolution",
               "assignment", "protocol_issue", "person", "organization", "presence_event", "vote_participant"}


# what a list's records link, per kind (see snapshot._link)
LIST_LINKS = {
    "meeting": {"Meeting": ("bodies", "agenda"), "MeetingBody": ("body",), "CouncilBody": ("organization",),
                "AgendaItem": ("presentations",), "Presentation": ("project", "presenter", "organization"),
                "Project": ("organization",), "Person": ("organization",)},
    "person": {"Person": ("organization",)},
    "organization": {},
    "council_body": {"CouncilBody": ("organization",)},
    "project": {"Project": ("organization", "lead"), "Person": ("organization",)},
    "assignment": {"Assignment": ("resolution", "responsible_person", "responsible_org"), "Resolution": ("item",),
                   "AgendaItem": ("meeting",), "Meeting": ("bodies",), "MeetingBody": ("body",),
                   "CouncilBody": ("organization",), "Person": ("organization",)},
}
# each list as the services read it through the ORM before the snapshot did
ORM_LISTS = {
    "meeting": lambda: select(Meeting).order_by(Meeting.date.desc(), Meeting.id.desc()),
    "person": lambda: select(Person).order_by(Person.surname, Person.given_name, Person.id),
    "organization": lambda: select(Organization).order_by(Organization.short_name, Organization.id),
    "council_body": lambda: select(CouncilBody).order_by(CouncilBody.id),
    "project": lambda: select(Project).order_by(Project.id),
    "assignment": lambda: select(Assignment).order_by(Assignment.deadline.is_(None), Assignment.deadline,
                                                      Assignment.id),
}


def assert_same_records(snap, orm, path: str = "meeting", links: dict = LINKS) -> int:
    """Every column and every link of the snapshot equals the ORM's; returns how many records were compared."""
    name = type(orm).__name__
    assert type(snap).__name__ == name, path
    table = orm.__table__
    for column in table.columns:
        if column.key in snapshot.LEFT_OUT.get(table.name, ()):
            assert not hasattr(snap, column.key), f"{path}.{column.key} is left in the database"
            continue
        assert getattr(snap, column.key) == getattr(orm, column.key), f"{path}.{column.key}"
    compared = 1
    for link in links.get(name, ()):
        mine, theirs = getattr(snap, link), getattr(orm, link)
        if isinstance(theirs, list):
            assert len(mine) == len(theirs), f"{path}.{link}"
            for n, (a, b) in enumerate(zip(mine, theirs)):
                compared += assert_same_records(a, b, f"{path}.{link}[{n}]", links)
        elif theirs is None:
            assert mine is None, f"{path}.{link}"
        else:
            compared += assert_same_records(mine, theirs, f"{path}.{link}", links)
    return compared


def assert_snapshot_reads_as_the_orm(ctx, meeting_id) -> None:
    with ctx.sessions() as s:
        orm = s.get(Meeting, meeting_id)
        snap = snapshot.load_meeting(driver_connection(s), meeting_id)
        assert assert_same_records(snap, orm) > 20
        for lang in ("ru", "kk", "en"):
            assert meeting_view(snap, lang) == meeting_view(orm, lang)
            assert meeting_record(snap, lang) == meeting_record(orm, lang)
        # the way back from a child to its meeting, as the rules walk it
        for item in snap.agenda:
            assert item.meeting is snap
            for r in item.resolutions:
                assert r.item is item and all(a.resolution is r for a in r.assignments)


def test_columns_the_snapshot_converts_are_those_the_models_type(ctx):
    typed = {"date": set(), "time": set(), "datetime": set(), "bool": set()}
    for table in Base.metadata.sorted_tables:
        if table.name not in READ_TABLES:
            continue
        for c in table.columns:
            if isinstance(c.type, Enum):
                assert snapshot.ENUMS.get((table.name, c.key)) is c.type.enum_class, f"{table.name}.{c.key}"
            elif isinstance(c.type, DateTime):
                typed["datetime"].add(c.key)
            elif isinstance(c.type, Date):
                typed["date"].add(c.key)
            elif isinstance(c.type, Time):
                typed["time"].add(c.key)
            elif isinstance(c.type, Boolean):
                typed["bool"].add(c.key)
            elif isinstance(c.type, LargeBinary):
                assert c.key in snapshot.LEFT_OUT[table.name]
    assert typed == {"date": snapshot.DATES, "time": snapshot.TIMES, "datetime": snapshot.DATETIMES,
                     "bool": snapshot.BOOLEANS}
    assert {t for t, _ in snapshot.ENUMS} <= READ_TABLES


def test_the_demo_meetings_read_the_same_through_the_snapshot_and_the_orm(demo):
    ctx, joint = demo
    for meeting in ctx.views.meetings():
        assert_snapshot_reads_as_the_orm(ctx, meeting["id"])
    ctx.protocols.sign(joint, "kk")  # signed issues, then an amendment under way
    assert_snapshot_reads_as_the_orm(ctx, joint)
    ctx.protocols.amend(joint, "a typo in 2.1")
    assert_snapshot_reads_as_the_orm(ctx, joint)


def test_guests_and_substitutes_read_the_same(ctx):
    meeting = build_meeting(ctx, items=3, people=12, guests=2)
    record = ctx.views.meeting_record(meeting)
    absent, guest = record["attendance"][0]["person_id"], record["attendance"][-1]["person_id"]
    ctx.meetings.set_attendance(meeting, absent, "absent")
    ctx.meetings.set_attendance(meeting, guest, "present", substitute_for=absent)
    assert_snapshot_reads_as_the_orm(ctx, meeting)


def test_meeting_mode_records_read_the_same(ctx):
    """Arrivals and departures, item and speech times, a show-of-hands and a roll-call vote."""
    import datetime as dt

    from council_desktop.services.meeting_room import MeetingRoomService

    room = MeetingRoomService(ctx.sessions)
    meeting = build_meeting(ctx, items=2, people=6, guests=1)
    record = ctx.views.meeting_record(meeting)
    t = dt.datetime(2026, 3, 1, 10, 0)
    people = [a["person_id"] for a in record["attendance"] if not a["guest"]]
    for n, p in enumerate(people):
        room.arrive(meeting, p, t + dt.timedelta(minutes=n))
    room.leave(meeting, people[0], t + dt.timedelta(minutes=30))
    first, second = (i["id"] for i in record["agenda"])
    room.open_item(first, t)
    speaker = room.request_floor(first, people[1])
    room.finish_speech(speaker, t + dt.timedelta(minutes=5), 95)
    room.open_item(second, t + dt.timedelta(minutes=20))
    resolutions = [r["id"] for i in record["agenda"] for r in i["resolutions"]]
    room.vote_by_show_of_hands(resolutions[0], t + dt.timedelta(minutes=10), 3, 1, 0)
    room.vote_by_roll_call(resolutions[-1], t + dt.timedelta(minutes=40),
                           {p: ("for" if n % 2 else "against") for n, p in enumerate(people[1:])})
    assert_snapshot_reads_as_the_orm(ctx, meeting)


# each list's rows, as its service shows them, from the records read by either way
LIST_ROWS = {
    "meeting": lambda m: meeting_summary(m, "kk"), "person": lambda p: person_row(p, "kk"), "organization": organization_row,
    "council_body": lambda b: body_row(b, "en"), "project": lambda p: project_row(p, "kk"),
    "assignment": lambda a: assignment_row(a, "en", dt.date(2026, 6, 1)),
}


def assert_lists_read_as_the_orm(ctx) -> int:
    """Every list (and every part of one reread by ids) has the ORM's records, columns and links, in the
    ORM's order, and its service rows are the rows the ORM's records make; returns the records compared."""
    compared = 0
    with ctx.sessions() as s:
        conn = driver_connection(s)
        for kind in snapshot.LIST_KINDS:
            orm = list(s.scalars(ORM_LISTS[kind]()).unique())
            mine = snapshot.read_list(conn, kind)
            assert [x.id for x in mine] == [x.id for x in orm], kind
            assert len(orm) >= 2, f"the demo has too few {kind} records to compare"
            for a, b in zip(mine, orm):
                compared += assert_same_records(a, b, kind, LIST_LINKS[kind])
                assert LIST_ROWS[kind](a) == LIST_ROWS[kind](b), f"{kind} {b.id}"
            # reread by ids: in the order asked, an unknown (deleted) id left out
            ids = [x.id for x in orm][::-2] + [10**9]
            again = snapshot.read_rows(conn, kind, ids)
            assert [x.id for x in again] == ids[:-1], kind
            by_id = {x.id: x for x in orm}
            for a in again:
                compared += assert_same_records(a, by_id[a.id], kind, LIST_LINKS[kind])
            assert snapshot.read_rows(conn, kind, []) == []
    return compared


def assert_list_services_read_as_the_orm(ctx) -> None:
    """What the services give the lists equals what they gave when they read the ORM."""
    today = dt.date(2026, 6, 1)
    with ctx.sessions() as s:
        def orm(kind, where=None):
            q = ORM_LISTS[kind]()
            return list(s.scalars(q if where is None else q.where(where)).unique())

        meetings = orm("meeting")
        assert ctx.views.meetings("kk") == [meeting_summary(m, "kk") for m in meetings]
        ids = [meetings[-1].id, meetings[0].id]
        assert ctx.views.meeting_rows(ids + [10**9], "en") == [meeting_summary(s.get(Meeting, i), "en") for i in ids]
        assert ctx.registry.bodies("kk") == [body_row(b, "kk") for b in orm("council_body")]
        # a body's membership terms (the body editor's panel), and its composition on a day (attendance, quorum)
        terms = 0
        for b in orm("council_body") + [None]:
            ident = b.id if b else 10**9
            q = select(Membership).where(Membership.body_id == ident).order_by(Membership.start_date, Membership.id)
            expected = list(s.scalars(q))
            mine = snapshot.read_children(driver_connection(s), "membership", ident)
            assert [t.id for t in mine] == [t.id for t in expected]
            for a, o in zip(mine, expected):
                terms += assert_same_records(a, o, "membership", {"Membership": ("person",),
                                                                  "Person": ("organization",)})
            assert ctx.registry.memberships(ident, "kk") == [membership_row(t, "kk") for t in expected]
            for day in (dt.date(2025, 1, 1), dt.date(2026, 2, 20), dt.date(2030, 1, 1)):
                assert ctx.registry.members_on(ident, day, "en") == \
                    [{"membership_id": t.id, "role": t.role.value, **person_row(t.person, "en")}
                     for t in members_on(s, ident, day)], (ident, day)
        assert terms > 10
        assert ctx.meetings.projects("en") == [project_row(p, "en") for p in orm("project")]
        # one record, as its editor reads it
        for kind, read, row in (("person", ctx.registry.person, person_row),
                                ("organization", ctx.registry.organization, organization_row),
                                ("council_body", ctx.registry.body, body_row),
                                ("project", ctx.meetings.project, project_row)):
            for record in orm(kind):
                assert read(record.id, "kk") == row(record, "kk"), f"{kind} {record.id}"
            for ident in (10**9, "x", 0, -1, 2**64):
                with pytest.raises(NotFound) as exc:
                    read(ident)
                assert exc.value.code == "not_found", (kind, ident)
        for text in ("", "университет", "ҰЛТТЫҚ ун", "no such words", "%", "_"):
            q = ORM_LISTS["organization"]()
            for word in text.casefold().split():  # the SQL filter the service had
                q = q.where(Organization.search_key.contains(word, autoescape=True))
            expected = [organization_row(o, "ru") for o in s.scalars(q)]
            assert ctx.registry.organizations(text, "ru") == expected, text
            assert len(expected) == {"": 10, "университет": 2}.get(text, len(expected)), text
        everything = orm("assignment")
        assert ctx.minutes.assignments("kk", today=today) == [assignment_row(a, "kk", today) for a in everything]
        assert ctx.minutes.assignment_rows([everything[1].id, 10**9], "ru", today) == \
            [assignment_row(everything[1], "ru", today)]
        body = orm("council_body")[-1].id
        with_body = set(s.scalars(select(MeetingBody.meeting_id).where(MeetingBody.body_id == body)))
        for status, where in (("open", Assignment.status == AssignmentStatus.OPEN),
                              ("done", Assignment.status == AssignmentStatus.DONE),
                              ("overdue", (Assignment.status == AssignmentStatus.OPEN) & (Assignment.deadline < today))):
            expected = [assignment_row(a, "ru", today) for a in orm("assignment", where)]
            assert ctx.minutes.assignments("ru", status=status, today=today) == expected, status
            assert ctx.minutes.assignments("ru", status=status, body_id=body, today=today) == \
                [r for r in expected if r["meeting_id"] in with_body], status
        someone = everything[0].responsible("ru").split(",")[0][-4:].upper()
        assert ctx.minutes.assignments("ru", responsible=someone, today=today) == \
            [assignment_row(a, "ru", today) for a in everything if someone.casefold() in a.responsible("ru").casefold()]


def test_every_list_reads_the_same_through_the_snapshot_and_the_orm(demo):
    ctx, joint = demo
    assert assert_lists_read_as_the_orm(ctx) > 100
    assert_list_services_read_as_the_orm(ctx)
    # the follow-up changes, a project without its organisation, a signed protocol
    first = ctx.minutes.assignments()[0]["id"]
    ctx.minutes.set_assignment_status(first, "done", checked_meeting=joint, done_on="2026-05-01", report="done")
    ctx.records.create("project", {"title_ru": "Без организации"})
    resolution = ctx.views.meeting_record(joint)["agenda"][0]["resolutions"][0]["id"]
    ctx.minutes.add_assignment(resolution, {"ru": "Без срока"})  # no deadline: last in the list
    ctx.protocols.sign(joint, "ru")
    assert assert_lists_read_as_the_orm(ctx) > 100
    assert_list_services_read_as_the_orm(ctx)


@pytest.mark.parametrize("ident", ["999", "0", "-1", "x", str(2**64)])
def test_an_unknown_meeting_is_not_found(demo, ident):
    ctx, _ = demo
    with ctx.sessions() as s, pytest.raises(NotFound):
        snapshot.load_meeting(driver_connection(s), ident)


def test_quick_reading_is_for_a_sqlite_file_at_this_schema_only(demo, tmp_path):
    ctx, _ = demo
    url = ctx.url
    conn = snapshot.open_sqlite(url)
    assert conn is not None
    conn.close()
    assert snapshot.open_sqlite(database_url(tmp_path / "missing.db")) is None
    assert not (tmp_path / "missing.db").exists()  # not created
    assert snapshot.open_sqlite(url + "?timeout=1") is None
    assert snapshot.open_sqlite("postgresql+psycopg://u@h/db") is None
    (tmp_path / "notes.txt").write_text("not a database")
    assert snapshot.open_sqlite(database_url(tmp_path / "notes.txt")) is None
    with sqlite3.connect(ctx.engine.url.database) as other:
        other.execute("UPDATE alembic_version SET version_num = 'older'")
    assert snapshot.open_sqlite(url) is None  # the full opening migrates, or refuses, with its own message


def test_a_quick_reading_sees_one_moment_while_another_program_writes(demo):
    ctx, joint = demo
    conn = snapshot.open_sqlite(ctx.url)
    before = meeting_view(snapshot.load_meeting(conn, joint), "ru")["place"]
    record = ctx.views.meeting_record(joint)
    ctx.meetings.update(joint, {"place_ru": "Другой зал"}, expected_version=record["version"])
    assert meeting_view(snapshot.load_meeting(conn, joint), "ru")["place"] == before
    conn.close()
    assert ctx.views.meeting(joint, "ru")["place"] == "Другой зал"


def _council_in_a_fresh_process(argv: list[str]) -> tuple[int, bool, str]:
    """Run the command's main() in a new interpreter; report its exit code and whether SQLAlchemy was imported."""
    code = ("import sys; from council_desktop.cli import main; rc = main(sys.argv[1:]); "
            "print(rc, 'sqlalchemy' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "COUNCIL_LANG": "en"})
    rc, imported = done.stdout.split()[-2:]
    return int(rc), imported == "True", done.stderr


@pytest.mark.parametrize("kind, layout, extra", [
    ("protocol", "kk", []), ("protocol", "kk+ru", ["--restriction", "ДСП"]),
    ("agenda", "en", []), ("extract", "ru", ["--item", "2"]),
])
def test_the_command_prints_from_sqlite_without_the_orm_and_the_same_bytes(demo, tmp_path, kind, layout, extra):
    ctx, joint = demo
    out = tmp_path / "doc.pdf"
    head = ["protocol"] if kind == "protocol" else ["document", kind]
    rc, imported, err = _council_in_a_fresh_process(
        ["--db", str(ctx.engine.url.database), *head, str(joint), "--lang", layout, "--out", str(out), *extra])
    assert (rc, imported, err) == (0, False, "")
    options = {"restriction": "ДСП"} if "--restriction" in extra else {"item": 2} if kind == "extract" else {}
    assert out.read_bytes() == ctx.documents.render(kind, joint, layout, **options)


def test_a_signed_protocol_comes_quickly_as_the_very_file_signed(demo, tmp_path):
    ctx, joint = demo
    signed = ctx.protocols.sign(joint, "ru")
    out = tmp_path / "signed.pdf"
    rc, imported, _ = _council_in_a_fresh_process(
        ["--db", str(ctx.engine.url.database), "protocol", str(joint), "--lang", "ru", "--out", str(out)])
    assert (rc, imported) == (0, False)
    assert out.read_bytes() == ctx.protocols.signed_pdf(joint)
    assert hashlib.sha256(out.read_bytes()).hexdigest() == signed["sha256"]


def test_the_register_and_a_database_to_create_take_the_full_way(demo, tmp_path):
    ctx, joint = demo
    rc, imported, _ = _council_in_a_fresh_process(
        ["--db", str(ctx.engine.url.database), "document", "register", str(joint), "--out", str(tmp_path / "r.pdf")])
    assert (rc, imported) == (0, True)
    rc, imported, err = _council_in_a_fresh_process(
        ["--db", str(tmp_path / "new.db"), "protocol", "1", "--out", str(tmp_path / "p.pdf")])
    # a mistyped path is not made into a new database: the full way says so, and nothing is written
    assert (rc, imported) == (2, True) and "new.db does not exist; nothing was created" in err
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(("new", "p."))) == []


def test_an_unknown_meeting_on_the_quick_way_is_one_line_and_exit_2(demo, tmp_path):
    ctx, _ = demo
    rc, imported, err = _council_in_a_fresh_process(
        ["--db", str(ctx.engine.url.database), "protocol", "999", "--out", str(tmp_path / "p.pdf")])
    assert (rc, imported) == (2, False)
    assert err.strip() == "council: meeting 999 does not exist"
    assert list(tmp_path.glob("p.pdf*")) == []


def test_meeting_show_reads_quickly_what_the_view_service_gives(demo):
    ctx, joint = demo
    code = ("import json, sys, io, contextlib; from council_desktop.cli import main; out = io.StringIO()\n"
            "with contextlib.redirect_stdout(out): rc = main(sys.argv[1:])\n"
            "print(json.dumps({'rc': rc, 'orm': 'sqlalchemy' in sys.modules, 'view': json.loads(out.getvalue())}))")
    done = subprocess.run([sys.executable, "-c", code, "--db", str(ctx.engine.url.database), "meeting", "show",
                           str(joint), "--json", "--lang", "kk"], capture_output=True, text=True, timeout=120)
    result = json.loads(done.stdout)
    assert (result["rc"], result["orm"]) == (0, False)
    assert result["view"] == json.loads(json.dumps(ctx.views.meeting(joint, "kk"), default=str))
