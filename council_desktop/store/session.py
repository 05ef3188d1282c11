"""Sessions, the audit trail and the lock on signed protocols.

Both are session events so that no code path can forget them: every flushed
insert, update or delete leaves an `AuditEntry`, and a change to the minutes of a
meeting whose protocol is signed is refused before it reaches the database.
"""
from __future__ import annotations

import datetime as dt
import enum
import getpass
import json

from sqlalchemy import Engine, bindparam, event, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from ..domain.changes import ChangeHub, Changes
from ..domain.errors import CouncilError, ProtocolLocked
from ..domain.models import (
    AgendaItem,
    AgendaRapporteur,
    Assignment,
    Attendance,
    AuditEntry,
    Meeting,
    MeetingBody,
    MeetingStatus,
    Membership,
    Presentation,
    PresenceEvent,
    PresentationFile,
    Record,
    Resolution,
    ResolutionBodyVote,
    SpeakerRequest,
    Speech,
    VoteParticipant,
    new_uuid,
    utcnow,
)
from . import audit, feed
from .snapshot import BOOKKEEPING, FOLLOW_UP, LIFECYCLE

_QUIET, _FOLLOW_UP, _LIFECYCLE = BOOKKEEPING, FOLLOW_UP, LIFECYCLE


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some service contexts
        return "unknown"


def _plain(value):
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.date, dt.time, dt.datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def _changes(obj) -> dict:
    state = inspect(obj)
    changed = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _QUIET:
            continue
        hist = state.attrs[attr.key].history
        if hist.has_changes():
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if old != new:
                changed[attr.key] = [_plain(old), _plain(new)]
    return changed


def _values(obj) -> str:
    state = inspect(obj)
    return inserted({a.key: getattr(obj, a.key) for a in state.mapper.column_attrs if a.key in state.dict})


def inserted(values: dict) -> str:
    """What the audit entry of a record inserted with these column values says: each given, but bookkeeping
    (also for records inserted past the ORM: a bundle's)."""
    return _json({k: [None, _plain(v)] for k, v in values.items() if k not in _QUIET and k != "id"})


def _meeting_of(obj) -> Meeting | None:
    if isinstance(obj, (Attendance, AgendaItem, MeetingBody, PresenceEvent)):
        return _parent(obj, "meeting", Meeting)
    if isinstance(obj, (AgendaRapporteur, Presentation, Speech, Resolution, SpeakerRequest)):
        item = _parent(obj, "item", AgendaItem)
    elif isinstance(obj, PresentationFile):
        presentation = _parent(obj, "presentation", Presentation)
        item = presentation and _parent(presentation, "item", AgendaItem)
    elif isinstance(obj, (Assignment, VoteParticipant, ResolutionBodyVote)):
        resolution = _parent(obj, "resolution", Resolution)
        item = resolution and _parent(resolution, "item", AgendaItem)
    else:
        return None
    return item and _parent(item, "meeting", Meeting)


def _parent(obj, name: str, model):
    """The record a record hangs under: its relationship, else its key (a record new in the session given
    only the key has no relationship loaded, and was let past the lock)."""
    parent = getattr(obj, name)
    key = getattr(obj, f"{name}_id")
    if parent is None and key is not None:
        with inspect(obj).session.no_autoflush:
            parent = inspect(obj).session.get(model, key)
    return parent


def _signed_before(meeting: Meeting) -> bool:
    return _before(meeting, "status") is MeetingStatus.PROTOCOL_SIGNED


def lock_meeting(session: Session, meeting_id: int) -> MeetingStatus | None:
    """Lock a meeting's row until the transaction ends and read its status under the lock, so that
    signing and every change to its minutes happen one after the other: an edit is wholly before a
    signing (and in what is signed) or refused after it.  PostgreSQL: FOR NO KEY UPDATE (rows that
    merely refer to the meeting are not held up); SQLite: its write transactions are already one at
    a time, and the clause is left out.  None: no such meeting."""
    audit.serialise(session.connection())
    with session.no_autoflush:
        return session.execute(select(Meeting.status).where(Meeting.id == meeting_id)
                               .with_for_update(key_share=True)).scalar()


def _status(session: Session, meeting: Meeting, seen: dict[int, MeetingStatus | None]) -> MeetingStatus | None:
    """The status a change to this meeting's minutes is judged by: the one this transaction sets,
    else the one stored, read under the meeting's lock (not the one loaded earlier, which may be stale)."""
    if meeting in session.new or inspect(meeting).attrs["status"].history.has_changes():
        return meeting.status
    if meeting.id not in seen:
        seen[meeting.id] = lock_meeting(session, meeting.id)
    return seen[meeting.id]


def _guard_locked(session: Session) -> None:
    seen: dict[int, MeetingStatus | None] = {}
    for obj in list(session.new) + list(session.dirty) + list(session.deleted):
        if isinstance(obj, Meeting):
            if obj in session.new or not _signed_before(obj):
                continue
            if obj in session.deleted or set(_changes(obj)) - _LIFECYCLE:
                raise ProtocolLocked(obj.id)
            continue
        meeting = _meeting_of(obj)
        if meeting is None or _status(session, meeting, seen) is not MeetingStatus.PROTOCOL_SIGNED:
            continue
        if isinstance(obj, Assignment) and obj in session.dirty and not set(_changes(obj)) - _FOLLOW_UP:
            continue
        if obj in session.dirty and not _changes(obj):
            continue
        raise ProtocolLocked(meeting.id)


TERM = {"person_id", "body_id", "role", "start_date", "end_date"}  # what makes a term (term_spans)


def _before(obj, key: str):
    """An attribute's value as the database still holds it."""
    hist = inspect(obj).attrs[key].history
    return hist.deleted[0] if hist.deleted else getattr(obj, key)


def _term_spans(obj: Membership, session: Session) -> list[tuple[int, dt.date, dt.date | None]]:
    """The stretches of time whose composition a new, changed or deleted term alters."""
    now = {k: getattr(obj, k) for k in TERM}
    if obj in session.new or obj in session.deleted:
        return [(now["body_id"], now["start_date"], now["end_date"])]
    return term_spans({k: _before(obj, k) for k in TERM}, now)


def term_spans(was: dict, now: dict) -> list[tuple[int, dt.date, dt.date | None]]:
    """The stretches of time whose composition changing a term from `was` to `now` (its person_id, body_id,
    role, start_date and end_date) alters: (body, first day, last day or None)."""
    changed = {k for k in TERM if was[k] != now[k]}
    if not changed:
        return []
    if changed & {"person_id", "body_id", "role"}:
        return [(now["body_id"], now["start_date"], now["end_date"]),
                (was["body_id"], was["start_date"], was["end_date"])]
    # only the dates moved: what changed is the time between the old and the new start, or end
    day, spans = dt.timedelta(days=1), []
    if now["start_date"] != was["start_date"]:
        spans.append((now["body_id"], min(now["start_date"], was["start_date"]),
                      max(now["start_date"], was["start_date"]) - day))
    if now["end_date"] != was["end_date"]:
        ends = [e or dt.date.max for e in (now["end_date"], was["end_date"])]
        spans.append((now["body_id"], min(ends) + day, None if max(ends) == dt.date.max else max(ends)))
    return spans


def _guard_signed_compositions(session: Session) -> None:
    """A signed protocol counted its quorum from the terms of its date: those terms no longer change."""
    for obj in list(session.new) + list(session.dirty) + list(session.deleted):
        if not isinstance(obj, Membership):
            continue
        for body_id, start, end in _term_spans(obj, session):
            guard_composition(session, body_id, start, end)


def guard_composition(session: Session, body_id: int | None, start: dt.date | None, end: dt.date | None) -> None:
    """Refused: a term of `body_id` from `start` to `end` (None: open) made, changed or ended over the date
    of a signed meeting of the body (also for terms written past the ORM: a bundle's)."""
    if body_id is None or start is None:
        return
    with session.no_autoflush:
        found = session.scalar(_SIGNED_FROM if end is None else _SIGNED_BETWEEN, {"body": body_id, "start": start,
                                                                                "end": end})
        if found is not None:
            signed = session.get(Meeting, found)
            raise CouncilError("composition_locked", number=signed.number_label, date=signed.date.isoformat())


def signed_bodies(session: Session) -> set[int]:
    """The bodies with a signed meeting: the only ones whose terms `guard_composition` can refuse (a
    writer of many terms asks once, then guards only theirs)."""
    with session.no_autoflush:
        return set(session.scalars(_SIGNED_BODIES))


_SIGNED_BODIES = select(MeetingBody.body_id).join(Meeting).where(
    Meeting.status == MeetingStatus.PROTOCOL_SIGNED).distinct()
# the first signed meeting of a body from a date on (made once: only its parameters change from call to call)
_SIGNED_FROM = (select(Meeting.id).join(MeetingBody).where(
    MeetingBody.body_id == bindparam("body"), Meeting.status == MeetingStatus.PROTOCOL_SIGNED,
    Meeting.date >= bindparam("start")).order_by(Meeting.date).limit(1))
_SIGNED_BETWEEN = _SIGNED_FROM.where(Meeting.date <= bindparam("end"))


def _audit(session: Session, _ctx, _instances) -> None:
    _guard_locked(session)
    _guard_signed_compositions(session)
    user = os_user()
    entries = []
    for obj in session.new:
        if isinstance(obj, Record):
            if obj.uuid is None:
                obj.uuid = new_uuid()
            entries.append(AuditEntry(os_user=user, action="insert", table_name=obj.__tablename__,
                                      record_uuid=obj.uuid, changes=_values(obj)))
    for obj in session.dirty:
        if isinstance(obj, Record) and session.is_modified(obj, include_collections=False):
            changes = _changes(obj)
            if changes:
                entries.append(AuditEntry(os_user=user, action="update", table_name=obj.__tablename__,
                                          record_uuid=obj.uuid, changes=_json(changes)))
    for obj in session.deleted:
        if isinstance(obj, Record):
            entries.append(AuditEntry(os_user=user, action="delete", table_name=obj.__tablename__,
                                      record_uuid=obj.uuid, changes="{}"))
    # what a service asked to be noted with its change (findings accepted with a reason before a step)
    for obj, note in session.info.pop("audit_notes", []):
        entries.append(AuditEntry(os_user=user, action="note", table_name=obj.__tablename__,
                                  record_uuid=obj.uuid, changes=_json(note)))
    if entries:
        _chain(session, entries)
    elif any(isinstance(o, Record) for o in (*session.new, *session.dirty, *session.deleted)):
        # no entry (bookkeeping only), but a row in the change feed at commit: the writers' lock before the
        # flush's row locks, as always (store/audit.py serialise)
        audit.serialise(session.connection())
    session.add_all(entries)


def _chain(session: Session, entries: list[AuditEntry]) -> None:
    """Link the new entries onto the trail's hash chain, in the order they are inserted (by id)."""
    prev = audit.last_hash(session.connection())
    now = utcnow()
    for e in entries:
        e.at, e.prev_hash = now, prev
        e.entry_hash = prev = audit.entry_hash(prev, e.at, e.os_user, e.action, e.table_name, e.record_uuid,
                                               e.changes)


def _json(d: dict) -> str:
    return json.dumps(d, ensure_ascii=False, sort_keys=True, default=str)


# --- what a transaction changed (domain/changes.py), from the same bookkeeping as the audit trail ------
_PENDING, _FLUSHING, _MEETINGS_OF = "changes_pending", "changes_flushing", "changes_meetings_of"


def _pending(session: Session) -> dict:
    return session.info.setdefault(_PENDING, {"created": {}, "changed": {}, "deleted": {}, "meetings": set(),
                                              "wholesale": set(), "versions": {}})


def _meeting_id(session: Session, obj) -> int | None:
    if isinstance(obj, Meeting):
        return obj.id
    with session.no_autoflush:
        try:
            meeting = _meeting_of(obj)
        except Exception:  # noqa: BLE001 — a record half-way out of the session: its meeting is not needed
            return None
    return meeting.id if meeting is not None else None


def _note_before_flush(session: Session, _ctx, _instances) -> None:
    """Changed records are noted before the flush, and the meeting of each record that may go (deleted,
    or an orphan taken out of its parent's list) while its parents are still loaded."""
    seen, meetings_of = [], session.info.setdefault(_MEETINGS_OF, {})
    for obj in session.dirty:
        if not isinstance(obj, Record):
            continue
        if session.is_modified(obj, include_collections=False):
            seen.append(("changed", obj, _meeting_id(session, obj)))
        state = inspect(obj)
        for rel in state.mapper.relationships:
            if rel.cascade.delete_orphan:
                for gone in state.attrs[rel.key].history.deleted:
                    if isinstance(gone, Record) and gone.id is not None:
                        meetings_of[(gone.__tablename__, gone.id)] = _meeting_id(session, obj) \
                            if not isinstance(obj, Meeting) else obj.id
    for obj in session.deleted:
        if isinstance(obj, Record):
            meetings_of[(obj.__tablename__, obj.id)] = _meeting_id(session, obj)
    session.info[_FLUSHING] = seen


def _note_after_flush(session: Session, _ctx) -> None:
    """The flush went through: what it did joins the transaction's changes (new records have ids now)."""
    seen = session.info.pop(_FLUSHING, [])
    seen += [("created", obj, _meeting_id(session, obj)) for obj in session.new if isinstance(obj, Record)]
    pending = _pending(session)
    for action, obj, meeting in seen:
        key = (obj.__tablename__, obj.id)
        pending[action].setdefault(key[0], set()).add(key[1])
        if meeting is not None:
            pending["meetings"].add(meeting)
        # the version the flush left it at, as this transaction wrote it (Changes.versions), from the object's
        # state (set by the flush's own UPDATE or INSERT), never loaded again
        version = inspect(obj).dict.get("version")
        if version is not None:
            pending["versions"][key] = version


def _note_deleted(session: Session, obj) -> None:
    """A record deleted by the flush: asked for, cascaded from its parent, or an orphan."""
    if not isinstance(obj, Record):
        return
    pending, key = _pending(session), (obj.__tablename__, obj.id)
    pending["deleted"].setdefault(key[0], set()).add(key[1])
    pending["versions"].pop(key, None)
    meeting = session.info.get(_MEETINGS_OF, {}).get(key)
    if meeting is not None:
        pending["meetings"].add(meeting)


def note_created(session: Session, kind: str, ids, meetings=()) -> None:
    """Records of a kind (table name) created past the ORM, by id, and the meetings they belong to: noted as
    the ORM's flush notes its own (`_note_after_flush`)."""
    pending = _pending(session)
    pending["created"].setdefault(kind, set()).update(ids)
    pending["meetings"].update(meetings)


def note_bulk(session: Session, *kinds: str) -> None:
    """Rows of these kinds (table names) created past the ORM (a many-row INSERT of an import): no ids
    are known, so a list of them reads them again.  Only for such writes: the ORM's are noted by
    themselves."""
    _pending(session)["wholesale"].update(kinds)


def _forget(session: Session, *_args) -> None:
    for key in (_PENDING, _FLUSHING, _MEETINGS_OF):
        session.info.pop(key, None)


def _changes_of(pending: dict | None) -> Changes:
    if not pending:
        return Changes()
    return Changes.of(pending["created"], pending["changed"], pending["deleted"], pending["meetings"],
                      pending["wholesale"], versions=pending["versions"])


def _feed(session: Session) -> None:
    """Before the commit, in its transaction: what it changed goes into the change feed, for the windows of
    other processes (store/feed.py).  Flushed first, so that the last flush's records are in it."""
    if _PENDING not in session.info and not (session.new or session.dirty or session.deleted):
        return
    session.flush()
    changes, hub = _changes_of(session.info.get(_PENDING)), session.info.get("hub")
    if changes and hub is not None:
        feed.write(session.connection(), hub.source, changes)


def _publish(session: Session) -> None:
    """After the commit, and only then: a rolled-back transaction tells nobody anything."""
    pending = session.info.pop(_PENDING, None)
    session.info.pop(_MEETINGS_OF, None)
    hub = session.info.get("hub")
    if pending and hub is not None:
        hub.publish(_changes_of(pending))


def hub_of(factory: sessionmaker[Session]) -> ChangeHub:
    """The hub the sessions of this factory publish their committed changes on."""
    return factory.kw["info"]["hub"]


def make_session_factory(engine: Engine, hub: ChangeHub | None = None) -> sessionmaker[Session]:
    factory = sessionmaker(engine, expire_on_commit=False, info={"hub": hub or ChangeHub()})
    event.listen(factory, "before_flush", _audit)
    event.listen(factory, "before_flush", _note_before_flush)
    event.listen(factory, "after_flush", _note_after_flush)
    event.listen(factory, "persistent_to_deleted", _note_deleted)
    event.listen(factory, "before_commit", _feed)
    event.listen(factory, "after_commit", _publish)
    event.listen(factory, "after_soft_rollback", _forget)
    event.listen(factory, "after_rollback", _forget)
    return factory
