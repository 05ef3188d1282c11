"""The one read path for views: records read with plain SQL into plain objects.

Lists, editors, documents and the `council` command all read here; writes go through the
services (the ORM).  Every function takes a DB-API connection (the standard library's `sqlite3`
from `open_sqlite`, or the one under a SQLAlchemy session: `services.base.driver_connection`,
psycopg included) and returns objects whose attributes are the columns of `domain.models`,
named as there (no renaming on the way), linked as the models link them:

    read_meeting(conn, id)         one meeting with everything its editor and documents show
    read_list(conn, kind)          every record of a kind (LIST_KINDS: meeting, person, organization,
                                   council_body, project, assignment), in its list's order (LIST_ORDER)
    read_rows(conn, kind, ids)     the same records for only these ids, in the order given; deleted
                                   ones left out (what a view rereads after a change)
    read_row(conn, kind, id)       one of them (a record's editor), NotFound when there is none
    read_children(conn, kind, id)  the records of a kind under one record (CHILD_ORDER: a council body's
                                   membership terms), in their list's order

For a meeting, about fifteen SELECTs return it with everything its views print.  Through
`domain.entities` the objects have the models' methods too, so `services.readmodel` (the thin
layer that turns them into a view's rows: names in a language, a vote's outcome) reads them
exactly as it would read the ORM's objects.  This lets the `council` command print a protocol
without importing SQLAlchemy, whose import alone takes longer than the whole PDF.

`tests/test_snapshot.py` keeps this in step with `domain.models`: the typed columns below
against the models' column types, and every view of a snapshot against the view of the
ORM's objects.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from typing import Any

from ..domain.entities import (
    AgendaItemEntity,
    AssignmentEntity,
    MeetingEntity,
    NamedEntity,
    PersonEntity,
    ProjectEntity,
    ResolutionEntity,
    SpeechEntity,
)
from ..domain.enums import (
    AssignmentStatus,
    AttendanceStatus,
    MajorityRule,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
    MembershipRole,
    OrganizationKind,
    ProjectStatus,
    QuorumRule,
    SpeakerRole,
    VoteChoice,
)
from ..domain.errors import NotFound
from .identity import is_ours_at_head
from .location import HEAD_REVISION, plain_sqlite_file

# what a database integer holds (SQLite and PostgreSQL bigint alike)
MAX_INT = 2**63 - 1


class Row:
    def __init__(self, values: dict[str, Any]):
        self.__dict__.update(values)


class Organization(Row, NamedEntity):
    pass


class Person(Row, PersonEntity):
    pass


class CouncilBody(Row, NamedEntity):
    pass


class Membership(Row):
    pass


class Meeting(Row, MeetingEntity):
    pass


class MeetingBody(Row):
    pass


class Attendance(Row):
    pass


class AgendaItem(Row, AgendaItemEntity):
    pass


class AgendaRapporteur(Row):
    pass


class Project(Row, ProjectEntity):
    pass


class Presentation(Row):
    pass


class PresentationFile(Row):
    pass


class Speech(Row, SpeechEntity):
    pass


class Resolution(Row, ResolutionEntity):
    pass


class Assignment(Row, AssignmentEntity):
    pass


class ProtocolIssue(Row):
    pass


class PresenceEvent(Row):
    pass


class VoteParticipant(Row):
    pass


class ResolutionBodyVote(Row):
    pass


# SQLite returns these as text or integers; PostgreSQL's driver already as Python values
DATES = {"date", "start_date", "end_date", "deadline", "done_on"}
TIMES = {"start_time", "end_time"}
DATETIMES = {"created_at", "updated_at", "issued_at", "started_at", "ended_at", "voted_at", "at"}
BOOLEANS = {"is_guest", "unanimous", "adopted_override", "roll_call", "arrived"}
ENUMS: dict[tuple[str, str], type] = {
    ("organization", "kind"): OrganizationKind,
    ("council_body", "quorum_rule"): QuorumRule, ("council_body", "majority_rule"): MajorityRule,
    ("membership", "role"): MembershipRole,
    ("meeting", "format"): MeetingFormat, ("meeting", "kind"): MeetingKind, ("meeting", "status"): MeetingStatus,
    ("attendance", "status"): AttendanceStatus, ("agenda_rapporteur", "role"): SpeakerRole,
    ("project", "status"): ProjectStatus, ("assignment", "status"): AssignmentStatus,
    ("vote_participant", "choice"): VoteChoice,
}
# left in the database until asked for: signed PDFs and the data they were signed with (attached files'
# contents are in a table of their own, store/attachments.py)
LEFT_OUT = {"protocol_issue": ("pdf", "content", "letterhead")}


def _date(v):
    return v if v is None or isinstance(v, dt.date) else dt.date.fromisoformat(v)


def _time(v):
    return v if v is None or isinstance(v, dt.time) else dt.time.fromisoformat(v)


def _datetime(v):
    return v if v is None or isinstance(v, dt.datetime) else dt.datetime.fromisoformat(v)


def _bool(v):
    return v if v is None else bool(v)


def _converters(table: str, columns: Iterable[str]) -> list:
    result = []
    for c in columns:
        enum_type = ENUMS.get((table, c))
        result.append(enum_type or (_date if c in DATES else _time if c in TIMES else
                                    _datetime if c in DATETIMES else _bool if c in BOOLEANS else None))
    return result


def record_key(ident, kind: str) -> int:
    """A record's id as a user typed it; anything that cannot be one is "not found"."""
    try:
        key = int(ident)
    except (TypeError, ValueError):
        raise NotFound(kind, ident) from None
    if not 0 < key <= MAX_INT:
        raise NotFound(kind, ident)
    return key


def in_style(conn, sql: str) -> str:
    """`sql` written with `?` parameters, in the connection's own style (psycopg's `%s`)."""
    return sql if isinstance(conn, sqlite3.Connection) else sql.replace("?", "%s")


class _Reader:
    def __init__(self, conn):
        self._conn = conn

    def rows(self, table: str, sql: str, params: Iterable = ()) -> list[dict[str, Any]]:
        """`sql` selects from `table` (alias t); `{cols}` stands for its columns."""
        sql = in_style(self._conn, sql.replace("{cols}", self._columns(table)))
        cur = self._conn.cursor()
        try:
            cur.execute(sql, tuple(params))
            names = [d[0] for d in cur.description]
            convert = list(zip(names, _converters(table, names)))
            return [{n: (f(v) if f and v is not None else v) for (n, f), v in zip(convert, row)}
                    for row in cur.fetchall()]
        finally:
            cur.close()

    def _columns(self, table: str) -> str:
        skip = LEFT_OUT.get(table)
        if not skip:
            return "t.*"
        cur = self._conn.cursor()
        try:
            cur.execute(f"SELECT * FROM {table} WHERE 1 = 0")
            return ", ".join(f"t.{d[0]}" for d in cur.description if d[0] not in skip)
        finally:
            cur.close()

    def by_ids(self, table: str, cls, ids: set) -> dict[int, Any]:
        ids = sorted(i for i in ids if i is not None)
        found: dict[int, Any] = {}
        for start in range(0, len(ids), 500):  # well inside SQLite's limit on parameters
            chunk = ids[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            for row in self.rows(table, f"SELECT {{cols}} FROM {table} t WHERE t.id IN ({marks})", chunk):
                found[row["id"]] = cls(row)
        return found


_OF_ITEMS = "JOIN agenda_item i ON i.id = t.item_id WHERE i.meeting_id = ? ORDER BY i.position, i.id"


def load_meeting(conn, ident) -> Meeting:
    """The meeting `ident` with its bodies (and their terms), attendance, agenda, minutes and signed issues."""
    key = record_key(ident, "meeting")
    r = _Reader(conn)
    found = r.rows("meeting", "SELECT {cols} FROM meeting t WHERE t.id = ?", (key,))
    if not found:
        raise NotFound("meeting", ident)
    m = Meeting(found[0])
    of_meeting = "SELECT body_id FROM meeting_body WHERE meeting_id = ?"
    bodies = {row["id"]: CouncilBody(row) for row in
              r.rows("council_body", f"SELECT {{cols}} FROM council_body t WHERE t.id IN ({of_meeting})", (key,))}
    for b in bodies.values():
        b.memberships = []
    for row in r.rows("membership", f"SELECT {{cols}} FROM membership t WHERE t.body_id IN ({of_meeting}) "
                                    "ORDER BY t.id", (key,)):
        term = Membership(row)
        term.body = bodies[term.body_id]
        term.body.memberships.append(term)
    m.bodies = [MeetingBody(row) for row in r.rows(
        "meeting_body", "SELECT {cols} FROM meeting_body t WHERE t.meeting_id = ? ORDER BY t.position, t.id", (key,))]
    m.attendance = [Attendance(row) for row in r.rows(
        "attendance", "SELECT {cols} FROM attendance t WHERE t.meeting_id = ? ORDER BY t.id", (key,))]
    m.agenda = [AgendaItem(row) for row in r.rows(
        "agenda_item", "SELECT {cols} FROM agenda_item t WHERE t.meeting_id = ? ORDER BY t.position, t.id", (key,))]
    m.protocol_issues = [ProtocolIssue(row) for row in r.rows(
        "protocol_issue", "SELECT {cols} FROM protocol_issue t WHERE t.meeting_id = ? ORDER BY t.revision, t.id",
        (key,))]
    items = {i.id: i for i in m.agenda}
    for i in m.agenda:
        i.meeting, i.rapporteurs, i.presentations, i.speeches, i.resolutions = m, [], [], [], []

    def children(table: str, cls, attr: str) -> list:
        rows = [cls(row) for row in r.rows(table, f"SELECT {{cols}} FROM {table} t {_OF_ITEMS}, t.position, t.id",
                                          (key,))]
        for child in rows:
            child.item = items[child.item_id]
            getattr(child.item, attr).append(child)
        return rows

    rapporteurs = children("agenda_rapporteur", AgendaRapporteur, "rapporteurs")
    presentations = children("presentation", Presentation, "presentations")
    speeches = children("speech", Speech, "speeches")
    resolutions = {x.id: x for x in children("resolution", Resolution, "resolutions")}
    for x in resolutions.values():
        x.assignments = []
    assignments = [Assignment(row) for row in r.rows(
        "assignment", "SELECT {cols} FROM assignment t JOIN resolution x ON x.id = t.resolution_id "
                      "JOIN agenda_item i ON i.id = x.item_id WHERE i.meeting_id = ? ORDER BY t.position, t.id",
        (key,))]
    for a in assignments:
        a.resolution = resolutions[a.resolution_id]
        a.resolution.assignments.append(a)
    # meeting mode: arrivals and departures, and who was present at each vote
    m.presence = [PresenceEvent(row) for row in r.rows(
        "presence_event", "SELECT {cols} FROM presence_event t WHERE t.meeting_id = ? ORDER BY t.at, t.id", (key,))]
    for x in resolutions.values():
        x.participants = []
    participants = [VoteParticipant(row) for row in r.rows(
        "vote_participant", "SELECT {cols} FROM vote_participant t JOIN resolution x ON x.id = t.resolution_id "
                            "JOIN agenda_item i ON i.id = x.item_id WHERE i.meeting_id = ? ORDER BY t.id", (key,))]
    for v in participants:
        v.resolution = resolutions[v.resolution_id]
        v.resolution.participants.append(v)
    # a joint meeting's show-of-hands vote as counted in each body
    for x in resolutions.values():
        x.body_counts = []
    for row in r.rows("resolution_body_vote", "SELECT {cols} FROM resolution_body_vote t JOIN resolution x "
                      "ON x.id = t.resolution_id JOIN agenda_item i ON i.id = x.item_id WHERE i.meeting_id = ? "
                      "ORDER BY t.id", (key,)):
        v = ResolutionBodyVote(row)
        v.resolution = resolutions[v.resolution_id]
        v.resolution.body_counts.append(v)
    shown = {p.id: p for p in presentations}
    for p in presentations:
        p.files = []
    for row in r.rows("presentation_file", "SELECT {cols} FROM presentation_file t JOIN presentation p "
                                           "ON p.id = t.presentation_id JOIN agenda_item i ON i.id = p.item_id "
                                           "WHERE i.meeting_id = ? ORDER BY t.file_name, t.id", (key,)):
        f = PresentationFile(row)
        f.presentation = shown[f.presentation_id]
        f.presentation.files.append(f)
    projects = r.by_ids("project", Project, {p.project_id for p in presentations})

    people = r.by_ids("person", Person, {m.chair_id, m.secretary_id}
                      | {a.person_id for a in m.attendance} | {a.substitute_for_id for a in m.attendance}
                      | {x.person_id for x in rapporteurs} | {x.person_id for x in speeches}
                      | {p.presenter_id for p in presentations} | {a.responsible_person_id for a in assignments}
                      | {e.person_id for e in m.presence} | {v.person_id for v in participants}
                      | {t.person_id for b in bodies.values() for t in b.memberships}  # who signs for a body
                      | {mb.signing_chair_id for mb in m.bodies} | {mb.signing_secretary_id for mb in m.bodies})
    orgs = r.by_ids("organization", Organization, {p.organization_id for p in people.values()}
                    | {b.organization_id for b in bodies.values()} | {p.organization_id for p in presentations}
                    | {p.organization_id for p in projects.values()} | {a.responsible_org_id for a in assignments})
    for obj in [*people.values(), *bodies.values(), *projects.values(), *presentations]:
        obj.organization = orgs.get(obj.organization_id)
    m.chair, m.secretary = people.get(m.chair_id), people.get(m.secretary_id)
    for mb in m.bodies:
        mb.meeting, mb.body = m, bodies[mb.body_id]
        mb.signing_chair, mb.signing_secretary = people.get(mb.signing_chair_id), people.get(mb.signing_secretary_id)
    for b in bodies.values():
        for t in b.memberships:
            t.person = people[t.person_id]
    for a in m.attendance:
        a.meeting, a.person, a.substitute_for = m, people[a.person_id], people.get(a.substitute_for_id)
    for x in [*rapporteurs, *speeches, *participants]:
        x.person = people[x.person_id]
    for e in m.presence:
        e.meeting, e.person = m, people[e.person_id]
    for p in presentations:
        p.project, p.presenter = projects[p.project_id], people.get(p.presenter_id)
    for a in assignments:
        a.responsible_person, a.responsible_org = people.get(a.responsible_person_id), orgs.get(a.responsible_org_id)
    for issue in m.protocol_issues:
        issue.meeting = m
    return m

# --- lists: one kind at a time, every record of it or only some ids ---------------------------------
# what each list shows, in the order it shows them (the same ORDER BY as the services' ORM queries were)
LIST_ORDER = {
    "meeting": "t.date DESC, t.id DESC",
    "person": "t.surname, t.given_name, t.id",
    "organization": "t.short_name, t.id",
    "council_body": "t.id",
    "project": "t.id",
    "assignment": "t.deadline IS NULL, t.deadline, t.id",
}
# records listed under one other: the column that names it, and the order
CHILD_ORDER = {"membership": ("body_id", "t.start_date, t.id")}
_CLASSES = {"meeting": Meeting, "person": Person, "organization": Organization, "council_body": CouncilBody,
            "project": Project, "assignment": Assignment, "membership": Membership}
LIST_KINDS = tuple(LIST_ORDER)


def read_list(conn, kind: str) -> list:
    """Every record of `kind` (one of LIST_KINDS), in its list's order, with the records its list row
    names linked (see `_link`)."""
    r = _Reader(conn)
    found = [_CLASSES[kind](row) for row in r.rows(kind, f"SELECT {{cols}} FROM {kind} t ORDER BY {LIST_ORDER[kind]}")]
    return _link(r, kind, found)


def read_rows(conn, kind: str, ids: Iterable[int]) -> list:
    """The records of `kind` with these ids, as `read_list` gives them, in the order the ids were
    given; an id no longer stored (deleted) is left out.  What a view rereads after a change."""
    ids = list(dict.fromkeys(ids))
    r = _Reader(conn)
    found = r.by_ids(kind, _CLASSES[kind], set(ids))
    return _link(r, kind, [found[i] for i in ids if i in found])


def read_row(conn, kind: str, ident, label: str | None = None):
    """One record of `kind` as `read_rows` gives it (what a record's editor shows); "not found" when
    there is none, named `label` ("council body")."""
    found = read_rows(conn, kind, [record_key(ident, label or kind)])
    if not found:
        raise NotFound(label or kind, ident)
    return found[0]


def read_children(conn, kind: str, parent_id: int) -> list:
    """The records of `kind` under the record `parent_id` (CHILD_ORDER), in their order, linked as
    `read_rows` links them."""
    column, order = CHILD_ORDER[kind]
    r = _Reader(conn)
    found = [_CLASSES[kind](row) for row in r.rows(
        kind, f"SELECT {{cols}} FROM {kind} t WHERE t.{column} = ? ORDER BY {order}", (parent_id,))]
    return _link(r, kind, found)


def read_meeting(conn, ident) -> Meeting:
    """One meeting with everything its editor, its documents and the command line show (`load_meeting`)."""
    return load_meeting(conn, ident)


def _children(r: _Reader, table: str, cls, parent: str, parents: dict, attr: str, order: str = "t.position, t.id"):
    """The `table` rows whose `parent` column names one of `parents`, appended to each parent's `attr`."""
    for p in parents.values():
        setattr(p, attr, [])
    found = []
    keys = sorted(parents)
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        marks = ", ".join("?" * len(chunk))
        found += [cls(row) for row in r.rows(
            table, f"SELECT {{cols}} FROM {table} t WHERE t.{parent} IN ({marks}) ORDER BY {order}", chunk)]
    for child in found:
        getattr(parents[getattr(child, parent)], attr).append(child)
    return found


def _link(r: _Reader, kind: str, found: list) -> list:
    """What a list row of `kind` shows besides its own columns:
    meeting: bodies (.body), agenda (.presentations with .project, .organization, .presenter);
    person, council_body: .organization; project: .organization, .lead; membership: .person (.organization);
    assignment: .resolution (.item, .item.meeting with its bodies), .responsible_person, .responsible_org."""
    if kind == "meeting":
        _meeting_parts(r, {m.id: m for m in found})
    elif kind in ("person", "council_body"):
        orgs = r.by_ids("organization", Organization, {x.organization_id for x in found})
        for x in found:
            x.organization = orgs.get(x.organization_id)
    elif kind == "project":
        people = _with_organizations(r, r.by_ids("person", Person, {p.lead_id for p in found}))
        orgs = r.by_ids("organization", Organization, {p.organization_id for p in found})
        for p in found:
            p.organization, p.lead = orgs.get(p.organization_id), people.get(p.lead_id)
    elif kind == "assignment":
        resolutions = r.by_ids("resolution", Resolution, {a.resolution_id for a in found})
        items = r.by_ids("agenda_item", AgendaItem, {x.item_id for x in resolutions.values()})
        meetings = r.by_ids("meeting", Meeting, {i.meeting_id for i in items.values()})
        _meeting_bodies(r, meetings)
        people = _with_organizations(r, r.by_ids("person", Person, {a.responsible_person_id for a in found}))
        orgs = r.by_ids("organization", Organization, {a.responsible_org_id for a in found})
        for i in items.values():
            i.meeting = meetings[i.meeting_id]
        for x in resolutions.values():
            x.item = items[x.item_id]
        for a in found:
            a.resolution = resolutions[a.resolution_id]
            a.responsible_person = people.get(a.responsible_person_id)
            a.responsible_org = orgs.get(a.responsible_org_id)
    elif kind == "membership":
        people = _with_organizations(r, r.by_ids("person", Person, {t.person_id for t in found}))
        for t in found:
            t.person = people[t.person_id]
    elif kind != "organization":
        raise ValueError(kind)
    return found


def _with_organizations(r: _Reader, people: dict) -> dict:
    orgs = r.by_ids("organization", Organization, {p.organization_id for p in people.values()})
    for p in people.values():
        p.organization = orgs.get(p.organization_id)
    return people


def _meeting_bodies(r: _Reader, meetings: dict) -> None:
    parts = _children(r, "meeting_body", MeetingBody, "meeting_id", meetings, "bodies")
    bodies = r.by_ids("council_body", CouncilBody, {mb.body_id for mb in parts})
    orgs = r.by_ids("organization", Organization, {b.organization_id for b in bodies.values()})
    for b in bodies.values():
        b.organization = orgs.get(b.organization_id)
    for mb in parts:
        mb.meeting, mb.body = meetings[mb.meeting_id], bodies[mb.body_id]


def _meeting_parts(r: _Reader, meetings: dict) -> None:
    """A meetings list's: the bodies and numbers, and the agenda with its presentations."""
    _meeting_bodies(r, meetings)
    items = {i.id: i for i in _children(r, "agenda_item", AgendaItem, "meeting_id", meetings, "agenda")}
    for i in items.values():
        i.meeting = meetings[i.meeting_id]
    shown = _children(r, "presentation", Presentation, "item_id", items, "presentations")
    projects = r.by_ids("project", Project, {p.project_id for p in shown})
    people = _with_organizations(r, r.by_ids("person", Person, {p.presenter_id for p in shown}))
    orgs = r.by_ids("organization", Organization, {p.organization_id for p in shown}
                    | {p.organization_id for p in projects.values()})
    for p in projects.values():
        p.organization = orgs.get(p.organization_id)
    for p in shown:
        p.item, p.project = items[p.item_id], projects[p.project_id]
        p.presenter, p.organization = people.get(p.presenter_id), orgs.get(p.organization_id)


def signed(conn, issue: ProtocolIssue, column: str):
    """A signed issue's file ("pdf"), data ("content") or letterhead, not loaded with the meeting: they
    can be large."""
    if column not in LEFT_OUT["protocol_issue"]:
        raise ValueError(column)
    rows = _Reader(conn).rows("protocol_issue", f"SELECT t.{column} FROM protocol_issue t WHERE t.id = ?",
                              (issue.id,))
    return rows[0][column] if rows else None


# the records a signed protocol locks, and the columns of theirs that may still change (bookkeeping,
# the lifecycle, an assignment's follow-up): see store.session's guard
_LOCKED = {
    "meeting": "WHERE t.id = ?",
    "meeting_body": "WHERE t.meeting_id = ?", "attendance": "WHERE t.meeting_id = ?",
    "agenda_item": "WHERE t.meeting_id = ?",
    **{table: "JOIN agenda_item i ON i.id = t.item_id WHERE i.meeting_id = ?"
       for table in ("agenda_rapporteur", "presentation", "speech", "resolution")},
    "presentation_file": "JOIN presentation p ON p.id = t.presentation_id JOIN agenda_item i ON i.id = p.item_id "
                         "WHERE i.meeting_id = ?",
    "assignment": "JOIN resolution x ON x.id = t.resolution_id JOIN agenda_item i ON i.id = x.item_id "
                  "WHERE i.meeting_id = ?",
    "presence_event": "WHERE t.meeting_id = ?",
    "vote_participant": "JOIN resolution x ON x.id = t.resolution_id JOIN agenda_item i ON i.id = x.item_id "
                        "WHERE i.meeting_id = ?",
    "resolution_body_vote": "JOIN resolution x ON x.id = t.resolution_id JOIN agenda_item i ON i.id = x.item_id "
                            "WHERE i.meeting_id = ?",
}
# locked since meeting mode (migration 0005): in the digest only when they hold rows, so that versions
# signed before keep the digest they were signed with
_LOCKED_WHEN_USED = {"presence_event", "vote_participant", "resolution_body_vote"}  # the last since 0010
_ADDED_IN_0005 = {"started_at", "ended_at", "duration_seconds", "voted_at", "roll_call"}  # likewise, when set
_ADDED_IN_0009 = {"signing_chair_id", "signing_secretary_id"}  # a joint meeting's signatories, likewise
_ADDED_LATER = _ADDED_IN_0005 | _ADDED_IN_0009
BOOKKEEPING = {"created_at", "updated_at", "version", "search_key"}  # say nothing about what a user changed
LIFECYCLE = {"status", "protocol_version", "amendment_reason"}  # a signed meeting may still change these
FOLLOW_UP = {"status", "done_on", "checked_meeting_id", "report"}  # an assignment's, after signing too
_UNLOCKED = {"meeting": BOOKKEEPING | LIFECYCLE, "assignment": BOOKKEEPING | FOLLOW_UP}


def minutes_digest(conn, meeting_id: int, only: Iterable[str] | None = None) -> str:
    """SHA-256 of the records a signed protocol locks, as stored: taken at signing, and again by
    `council check`, which so finds an edit made past the program (the views would also follow the
    registry, which may change).  `only`: the tables a migration's schema has (those added later
    count only when they hold rows, so the digest is the same)."""
    import hashlib
    import json

    r = _Reader(conn)
    tables = {}
    for table, where in _LOCKED.items():
        if only is not None and table not in only:
            continue
        rows = r.rows(table, f"SELECT t.* FROM {table} t {where} ORDER BY t.id", (meeting_id,))
        if not rows and table in _LOCKED_WHEN_USED:
            continue
        tables[table] = [{k: hashlib.sha256(v).hexdigest() if isinstance(v, (bytes, memoryview)) else v
                          for k, v in row.items() if k not in _UNLOCKED.get(table, BOOKKEEPING)
                          and not (k in _ADDED_LATER and not v)} for row in rows]
    canonical = json.dumps(tables, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def protocol_issues(conn) -> list[ProtocolIssue]:
    """Every signed issue of every meeting, without its file and data (see `signed`)."""
    return [ProtocolIssue(row) for row in _Reader(conn).rows(
        "protocol_issue", "SELECT {cols} FROM protocol_issue t ORDER BY t.meeting_id, t.revision, t.id")]


def read_settings(conn) -> dict[str, str]:
    """The office's settings as stored: key → JSON text."""
    return {row["key"]: row["value"] for row in _Reader(conn).rows("setting", "SELECT t.key, t.value FROM setting t")}


def open_sqlite(url: str) -> sqlite3.Connection | None:
    """A connection for reading a SQLite file that is already at this version's schema, in one
    transaction (a consistent view while another program writes); None when the file needs
    the full opening (missing, older or newer, unreadable, or not a file at all)."""
    path = plain_sqlite_file(url)
    if path is None or not path.is_file() or not is_ours_at_head(path):
        return None
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True, timeout=5)
    except sqlite3.Error:
        return None
    try:
        conn.execute("BEGIN")
        if conn.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD_REVISION,):
            return conn
    except sqlite3.Error:
        pass
    conn.close()
    return None
