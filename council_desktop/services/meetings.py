"""Planning a meeting: its number, bodies, attendance, quorum and agenda."""
from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path
from typing import Any, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain import rules
from ..domain.entities import LANGUAGES
from ..domain.errors import CouncilError, InvalidValue
from ..domain.models import (
    AgendaItem,
    AgendaRapporteur,
    Attendance,
    AttendanceStatus,
    CouncilBody,
    Meeting,
    MeetingBody,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
    Organization,
    Person,
    Presentation,
    PresentationFile,
    Project,
    SpeakerRole,
    utcnow,
)
from ..store import attachments, snapshot
from ..store.audit import serialise
from ..store.snapshot import record_key
from .base import (
    Service,
    driver_connection,
    get,
    get_current,
    new_version,
    non_negative,
    parse_date,
    parse_enum,
    parse_time,
)
from .registry import members_on

MEETING_TEXT_FIELDS = ("place_kk", "place_ru", "place_en", "city_kk", "city_ru", "city_en", "restriction")
ITEM_TEXT_FIELDS = ("title_kk", "title_ru", "title_en", "notes")


PROJECT_FIELDS = ("title_kk", "title_ru", "title_en", "field", "summary", "status", "organization_id", "lead_id")


def apply_project(s, p: Project, values: dict) -> None:
    """What a project may hold: a title in some language, a status, an organisation and a lead that exist."""
    from ..domain.models import ProjectStatus
    for f in ("title_kk", "title_ru", "title_en", "field", "summary"):
        if f in values:
            setattr(p, f, (values[f] or "").strip())
    if not (p.title_kk or p.title_ru or p.title_en):
        raise CouncilError("required", field="title")
    if "status" in values:
        p.status = parse_enum(ProjectStatus, values["status"], "status")
    for key, model, kind in (("organization_id", Organization, "organization"), ("lead_id", Person, "person")):
        if key in values:
            setattr(p, key, get(s, model, values[key], kind).id if values[key] else None)


def project_row(p: Project, lang: str = "ru") -> dict[str, Any]:
    return {"id": p.id, "uuid": p.uuid, "version": p.version, "title": p.title(lang), "field": p.field,
            "status": p.status.value, "summary": p.summary,
            "organization": p.organization.name(lang) if p.organization else "",
            "lead": p.lead.full_name(lang) if p.lead else "",
            "organization_id": p.organization_id, "lead_id": p.lead_id,
            **{f"title_{k}": getattr(p, f"title_{k}") for k in LANGUAGES}}


def follow_attendance(s: Session, m: Meeting) -> None:
    """A unanimous vote is everyone present: it follows the attendance. Other votes are checked at signing."""
    s.flush()
    q = rules.meeting_quorum(m)
    for item in m.agenda:
        for r in item.resolutions:
            present = rules.vote_quorum(r, q).present_members  # a vote in meeting mode: those there then
            if r.unanimous and r.votes_for != present:
                r.votes_for = present


def editable(meeting: Meeting) -> Meeting:
    if meeting.locked:
        from ..domain.errors import ProtocolLocked
        raise ProtocolLocked(meeting.id)
    return meeting


def _lock_numbering(s: Session, body_ids) -> None:
    """Numbers are given one client at a time in each body: two planning at once get consecutive
    numbers, not the same one.  The bodies' rows are locked until the transaction ends, in id order
    (two joint meetings never wait on each other crosswise); FOR NO KEY UPDATE leaves rows that
    merely refer to a body free.  SQLite's write transactions are one at a time already."""
    ids = sorted({record_key(b, "council body") for b in body_ids})
    serialise(s.connection())
    s.execute(select(CouncilBody.id).where(CouncilBody.id.in_(ids)).order_by(CouncilBody.id)
              .with_for_update(key_share=True)).all()


def _attendee(s: Session, m: Meeting, person_id: int) -> Attendance:
    """The meeting's attendance row of a person; refused when they are not on its list."""
    a = next((x for x in m.attendance if x.person_id == int(person_id)), None)
    if a is None:
        raise CouncilError("not_a_member", person=get(s, Person, person_id, "person").full_name())
    return a


class MeetingService(Service):
    # --- planning -------------------------------------------------------------------------
    def suggest_number(self, body_id: int, year: int) -> int:
        with self._read() as s:
            return rules.next_number(s.scalars(select(MeetingBody.number).where(
                MeetingBody.body_id == body_id, MeetingBody.year == year)))

    def plan(self, body_ids: Sequence[int], date: Any, values: dict | None = None,
             numbers: dict[int, int] | None = None) -> int:
        """A new meeting numbered in each of its bodies, with the members as of its date listed."""
        values = values or {}
        with self._tx() as s:
            if not body_ids:
                raise CouncilError("no_body")
            _lock_numbering(s, body_ids)
            meeting_date = parse_date(date, "date")
            if meeting_date is None:
                raise CouncilError("required", field="date")
            m = Meeting(date=meeting_date, status=MeetingStatus.PLANNED)
            s.add(m)
            self._apply(s, m, values)
            if len(body_ids) > 1 and "kind" not in values:
                m.kind = MeetingKind.JOINT
            for pos, body_id in enumerate(body_ids):
                body = get(s, CouncilBody, body_id, "council body")
                number = (numbers or {}).get(body.id)
                self._number(s, m, body, pos, number)
            s.flush()
            self._sync_attendance(s, m)
            return m.id

    def _number(self, s: Session, m: Meeting, body: CouncilBody, pos: int, number: int | None) -> None:
        year = m.date.year
        if number is None:
            number = rules.next_number(s.scalars(select(MeetingBody.number).where(
                MeetingBody.body_id == body.id, MeetingBody.year == year)))
        else:
            number = non_negative(number, "number")
            if not number:
                raise InvalidValue("number", number)
            taken = s.scalar(select(MeetingBody.meeting_id).where(
                MeetingBody.body_id == body.id, MeetingBody.year == year, MeetingBody.number == number))
            if taken is not None and taken != m.id:
                raise CouncilError("number_taken", number=number, year=year, body=body.short_name or body.name_ru)
        existing = next((mb for mb in m.bodies if mb.body_id == body.id), None)
        if existing:
            existing.number, existing.year, existing.position = number, year, pos
        else:
            m.bodies.append(MeetingBody(body=body, body_id=body.id, position=pos, year=year, number=number))

    def _apply(self, s: Session, m: Meeting, values: dict) -> None:
        for f in MEETING_TEXT_FIELDS:
            if f in values:
                setattr(m, f, (values[f] or "").strip())
        if "start_time" in values:
            m.start_time = parse_time(values["start_time"], "start time")
        if "end_time" in values:
            m.end_time = parse_time(values["end_time"], "end time")
        if m.start_time and m.end_time and m.end_time < m.start_time:
            raise CouncilError("date_order", field="time")
        if "format" in values:
            m.format = parse_enum(MeetingFormat, values["format"], "format")
        if "kind" in values:
            m.kind = parse_enum(MeetingKind, values["kind"], "kind")
        for role in ("chair_id", "secretary_id"):
            if role in values:
                pid = values[role]
                setattr(m, role, get(s, Person, pid, "person").id if pid else None)

    def update(self, meeting_id: int, values: dict, numbers: dict[int, int] | None = None,
               expected_version: int | None = None) -> int:
        """Change the meeting (`values` may name its bodies: `body_ids`); refused if it changed since
        `expected_version` (the undo of a change of its bodies, after someone else changed it).  Its new version."""
        with self._tx() as s:
            m = editable(get_current(s, Meeting, meeting_id, "meeting", expected_version))
            self.change(s, m, values, numbers)
            return new_version(s, m)

    def change(self, s: Session, m: Meeting, values: dict, numbers: dict[int, int] | None = None) -> None:
        """`update` inside a caller's transaction (services.records)."""
        if "date" in values or "body_ids" in values or numbers:
            _lock_numbering(s, [mb.body_id for mb in m.bodies] + list(values.get("body_ids") or [])
                            + list(numbers or {}))
        date_changed = False
        if "date" in values:
            new_date = parse_date(values["date"], "date")
            if new_date is None:
                raise CouncilError("required", field="date")
            date_changed = new_date != m.date
            year_changed = new_date.year != m.date.year
            m.date = new_date
            if year_changed:  # a new year starts a new sequence
                for mb in m.bodies:
                    mb.year = new_date.year
                    mb.number = 0
                s.flush()
                for mb in list(m.bodies):
                    self._number(s, m, mb.body, mb.position, None)
        self._apply(s, m, values)
        if "body_ids" in values:
            wanted = [get(s, CouncilBody, b, "council body").id for b in values["body_ids"]]
            if not wanted:
                raise CouncilError("no_body")
            for mb in list(m.bodies):
                if mb.body_id not in wanted:
                    m.bodies.remove(mb)
            s.flush()
            for pos, body_id in enumerate(wanted):
                current = next((mb for mb in m.bodies if mb.body_id == body_id), None)
                self._number(s, m, get(s, CouncilBody, body_id, "council body"), pos,
                             current.number if current else None)
            date_changed = True
            # its bodies are the meeting's: changing them moves its version on, so that an undo made before
            # (this window's, or another's) is refused as stale (the rows are records of their own)
            m.updated_at = utcnow()
        for body_id, number in (numbers or {}).items():
            self._number(s, m, get(s, CouncilBody, body_id, "council body"),
                         next((mb.position for mb in m.bodies if mb.body_id == int(body_id)), 0), number)
        s.flush()
        if date_changed and m.status is MeetingStatus.PLANNED:
            self._sync_attendance(s, m)
            follow_attendance(s, m)

    def set_signatories(self, meeting_id: int, body_id: int, chair_id: int | None, secretary_id: int | None,
                        expected_version: int | None = None, expected: tuple | None = None) -> None:
        """Who signs the protocol for one body of the meeting (a joint meeting's co-chairs and
        secretaries); None: the default of rules.signatories.  Refused if the body's (chair, secretary) is no
        longer `expected` (the undo of a choice, after someone else chose)."""
        with self._tx() as s:
            m = editable(get_current(s, Meeting, meeting_id, "meeting", expected_version))
            body = get(s, CouncilBody, body_id, "council body")
            mb = next((x for x in m.bodies if x.body_id == body.id), None)
            if mb is None:  # a body the meeting is not of: its own named, with the ids a command takes
                raise CouncilError("body_not_in_meeting", ident=meeting_id,
                                   body={lang: body.label(lang) for lang in LANGUAGES},
                                   bodies={lang: ", ".join(f"{x.body_id} {x.body.label(lang)}" for x in m.bodies)
                                           for lang in LANGUAGES})
            if expected is not None and (mb.signing_chair_id, mb.signing_secretary_id) != tuple(expected):
                raise CouncilError("stale_edit", kind="signatories", ident=body.id)
            mb.signing_chair = get(s, Person, chair_id, "person") if chair_id is not None else None
            mb.signing_secretary = get(s, Person, secretary_id, "person") if secretary_id is not None else None
            rules.check_signatories(m)

    def delete(self, meeting_id: int) -> None:
        with self._tx() as s:
            s.delete(editable(get(s, Meeting, meeting_id, "meeting")))

    # --- attendance -----------------------------------------------------------------------
    def _sync_attendance(self, s: Session, m: Meeting) -> None:
        """List the members as of the date; untouched rows of former members go, marked ones stay."""
        members = {}
        for mb in m.bodies:
            for ms in members_on(s, mb.body_id, m.date):
                members.setdefault(ms.person_id, ms)
        listed = {a.person_id: a for a in m.attendance}
        for person_id in members:
            if person_id not in listed:
                m.attendance.append(Attendance(person_id=person_id, status=AttendanceStatus.ABSENT))
            elif listed[person_id].is_guest:
                listed[person_id].is_guest = False
        for person_id, a in listed.items():
            if person_id not in members and not a.is_guest and a.status is AttendanceStatus.ABSENT \
                    and not a.note:
                m.attendance.remove(a)

    def set_attendance(self, meeting_id: int, person_id: int, status: str,
                       substitute_for: int | None = None, note: str | None = None) -> None:
        with self._tx() as s:
            m = editable(get(s, Meeting, meeting_id, "meeting"))
            a = _attendee(s, m, person_id)
            a.status = parse_enum(AttendanceStatus, status, "attendance status")
            if substitute_for is not None:
                a.substitute_for_id = get(s, Person, substitute_for, "person").id if substitute_for else None
            if note is not None:
                a.note = note.strip()
            follow_attendance(s, m)

    def set_attendances(self, meeting_id: int, statuses: dict[int, str], expected: dict[int, str] | None = None) -> None:
        """Several people's attendance in one transaction (the window's Mark as… and its undo and redo); refused
        whole, nothing changed, when someone's status is no longer as `expected` (changed meanwhile by another)."""
        with self._tx() as s:
            m = editable(get(s, Meeting, meeting_id, "meeting"))
            for person_id, status in statuses.items():
                a = _attendee(s, m, person_id)
                if expected is not None and a.status.value != expected[person_id]:
                    raise CouncilError("stale_edit", kind="attendance", ident=a.person_id)
                a.status = parse_enum(AttendanceStatus, status, "attendance status")
            follow_attendance(s, m)

    def add_attendee(self, meeting_id: int, person_id: int, status: str = "present",
                     substitute_for: int | None = None, note: str = "") -> None:
        """An invited guest, or a substitute sent in place of a member."""
        with self._tx() as s:
            m = editable(get(s, Meeting, meeting_id, "meeting"))
            person = get(s, Person, person_id, "person")
            if any(a.person_id == person.id for a in m.attendance):
                return
            m.attendance.append(Attendance(
                person_id=person.id, status=parse_enum(AttendanceStatus, status, "attendance status"),
                is_guest=substitute_for is None,
                substitute_for_id=get(s, Person, substitute_for, "person").id if substitute_for else None,
                note=note))
            follow_attendance(s, m)

    def remove_attendee(self, meeting_id: int, person_id: int, expected_status: str | None = None) -> None:
        """Take a guest or a substitute off the list; refused if their status is no longer `expected_status`
        (the undo of inviting them, after someone else marked them meanwhile)."""
        with self._tx() as s:
            m = editable(get(s, Meeting, meeting_id, "meeting"))
            for a in list(m.attendance):
                if a.person_id == int(person_id):
                    if expected_status is not None and a.status.value != expected_status:
                        raise CouncilError("stale_edit", kind="attendance", ident=a.person_id)
                    m.attendance.remove(a)
            follow_attendance(s, m)

    def quorum(self, meeting_id: int, lang: str = "ru") -> rules.MeetingQuorum:
        with self._read() as s:
            return rules.meeting_quorum(get(s, Meeting, meeting_id, "meeting"), lang)

    # --- agenda ---------------------------------------------------------------------------
    def add_item(self, meeting_id: int, values: dict, rapporteurs: Sequence[int] = (),
                 co_rapporteurs: Sequence[int] = ()) -> int:
        with self._tx() as s:
            m = editable(get(s, Meeting, meeting_id, "meeting"))
            item = AgendaItem(position=len(m.agenda) + 1)
            m.agenda.append(item)
            self._apply_item(s, item, values, rapporteurs, co_rapporteurs)
            s.flush()
            return item.id

    def update_item(self, item_id: int, values: dict, rapporteurs: Sequence[int] | None = None,
                    co_rapporteurs: Sequence[int] | None = None, expected_version: int | None = None) -> int:
        """Returns the item's new version."""
        with self._tx() as s:
            item = get_current(s, AgendaItem, item_id, "agenda item", expected_version)
            editable(item.meeting)
            self._apply_item(s, item, values, rapporteurs, co_rapporteurs)
            return new_version(s, item)

    def _apply_item(self, s: Session, item: AgendaItem, values: dict, rapporteurs, co_rapporteurs) -> None:
        for f in ITEM_TEXT_FIELDS:
            if f in values:
                setattr(item, f, (values[f] or "").strip())
        if "planned_minutes" in values:
            item.planned_minutes = non_negative(values["planned_minutes"], "planned minutes")
        if not (item.title_kk or item.title_ru or item.title_en):
            raise CouncilError("required", field="title")
        if rapporteurs is not None or co_rapporteurs is not None:
            old = {r.role: [x.person_id for x in item.rapporteurs if x.role is r.role] for r in item.rapporteurs}
            wanted = [(SpeakerRole.RAPPORTEUR, rapporteurs if rapporteurs is not None
                       else old.get(SpeakerRole.RAPPORTEUR, [])),
                      (SpeakerRole.CO_RAPPORTEUR, co_rapporteurs if co_rapporteurs is not None
                       else old.get(SpeakerRole.CO_RAPPORTEUR, []))]
            item.rapporteurs.clear()
            s.flush()
            pos = 0
            for role, people in wanted:
                for pid in people:
                    pos += 1
                    item.rapporteurs.append(AgendaRapporteur(
                        person_id=get(s, Person, pid, "person").id, role=role, position=pos))

    def remove_item(self, item_id: int, expected_version: int | None = None) -> None:
        with self._tx() as s:
            item = get_current(s, AgendaItem, item_id, "agenda item", expected_version)
            m = editable(item.meeting)
            m.agenda.remove(item)
            for pos, other in enumerate(m.agenda, start=1):
                other.position = pos

    def move_item(self, item_id: int, new_position: int, expected_position: int | None = None) -> None:
        """Put an item at a 1-based position; the others close up around it.  Refused if the item is no longer
        at `expected_position` (the undo of a move, after someone else reordered the agenda)."""
        with self._tx() as s:
            item = get(s, AgendaItem, item_id, "agenda item")
            m = editable(item.meeting)
            if expected_position is not None and item.position != expected_position:
                raise CouncilError("stale_edit", kind="agenda item", ident=item.id)
            items = [i for i in m.agenda if i.id != item.id]
            target = max(1, min(non_negative(new_position, "position") or 1, len(items) + 1))
            items.insert(target - 1, item)
            for pos, other in enumerate(items, start=1):
                if other.position != pos:
                    other.position = pos

    def reorder(self, meeting_id: int, item_ids: Sequence[int]) -> None:
        with self._tx() as s:
            m = editable(get(s, Meeting, meeting_id, "meeting"))
            by_id = {i.id: i for i in m.agenda}
            if sorted(by_id) != sorted(int(x) for x in item_ids):
                raise InvalidValue("agenda order", list(item_ids))
            for pos, ident in enumerate(item_ids, start=1):
                by_id[int(ident)].position = pos

    # --- projects and presentations -------------------------------------------------------
    def projects(self, lang: str = "ru") -> list[dict]:
        with self._read() as s:
            return [project_row(p, lang) for p in snapshot.read_list(driver_connection(s), "project")]

    def project(self, project_id: int, lang: str = "ru") -> dict:
        with self._read() as s:
            return project_row(snapshot.read_row(driver_connection(s), "project", project_id), lang)

    def add_presentation(self, item_id: int, project_id: int, presenter_id: int | None = None,
                         organization_id: int | None = None) -> int:
        with self._tx() as s:
            item = get(s, AgendaItem, item_id, "agenda item")
            editable(item.meeting)
            project = get(s, Project, project_id, "project")
            pres = Presentation(project_id=project.id, position=len(item.presentations) + 1,
                                presenter_id=get(s, Person, presenter_id, "person").id if presenter_id else None,
                                organization_id=(get(s, Organization, organization_id, "organization").id
                                                 if organization_id else project.organization_id))
            item.presentations.append(pres)
            s.flush()
            return pres.id

    def remove_presentation(self, presentation_id: int, expected_version: int | None = None) -> None:
        with self._tx() as s:
            pres = get_current(s, Presentation, presentation_id, "presentation", expected_version)
            editable(pres.item.meeting)
            s.delete(pres)

    def attach_file(self, presentation_id: int, path: str | Path) -> int:
        """Keep a copy of the file, with its SHA-256 and size, in the database: read twice, a piece at a
        time (once for the hash and size its record states, once into the database), never whole."""
        path = Path(path)
        size, digest = _file_hash(path)
        with self._tx() as s:
            pres = get(s, Presentation, presentation_id, "presentation")
            editable(pres.item.meeting)
            f = PresentationFile(file_name=path.name, size=size, sha256=digest,
                                 media_type=mimetypes.guess_type(path.name)[0] or "application/octet-stream")
            pres.files.append(f)
            pres.updated_at = utcnow()  # its files are the presentation's: its version moves on (remove_file too)
            s.flush()
            check = hashlib.sha256()
            stored = attachments.write_content(s, f.id, _hashed(_file_chunks(path), check))
            if (stored, check.hexdigest()) != (size, digest):  # changed while it was being read
                raise CouncilError("file_unreadable", path=str(path), reason="it changed while being read")
            return f.id

    def file_content(self, file_id: int) -> tuple[str, bytes]:
        with self._read() as s:
            f = get(s, PresentationFile, file_id, "file")
            return f.file_name, attachments.read_content(s, f.id)

    def remove_file(self, file_id: int, expected_version: int | None = None) -> None:
        with self._tx() as s:
            f = get_current(s, PresentationFile, file_id, "file", expected_version)
            editable(f.presentation.item.meeting)
            f.presentation.updated_at = utcnow()
            s.delete(f)

    # --- lists ----------------------------------------------------------------------------
    def meeting_ids(self) -> list[int]:
        with self._read() as s:
            return list(s.scalars(select(Meeting.id).order_by(Meeting.date.desc(), Meeting.id.desc())))

    def count(self) -> int:
        with self._read() as s:
            return s.scalar(select(func.count(Meeting.id)))


def _file_chunks(path: Path):
    """A file on disk a piece at a time; an unreadable one refused with the system's reason."""
    try:
        with open(path, "rb") as f:
            while chunk := f.read(attachments.CHUNK):
                yield chunk
    except OSError as exc:
        raise CouncilError("file_unreadable", path=str(path), reason=exc.strerror or str(exc)) from None


def _hashed(chunks, digest):
    for chunk in chunks:
        digest.update(chunk)
        yield chunk


def _file_hash(path: Path) -> tuple[int, str]:
    digest, size = hashlib.sha256(), 0
    for chunk in _hashed(_file_chunks(path), digest):
        size += len(chunk)
    return size, digest.hexdigest()
