"""Meeting mode: what happens in the room, recorded as it happens.

Arrivals and departures with their times, the current item's start and end, the speakers' list
(finished speakers become the item's speeches, timed), and votes taken at a moment: the members
present then are recorded with the vote, and a roll-call vote names each one's choice.  Every
call is one transaction; the times come from the caller (meeting mode's clock, a test's fake one).
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Mapping

from sqlalchemy.orm import Session

from ..domain import rules
from ..domain.entities import LANGUAGES
from ..domain.errors import CouncilError, InvalidValue
from ..domain.models import (
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Meeting,
    Person,
    PresenceEvent,
    Resolution,
    SpeakerRequest,
    Speech,
    VoteChoice,
    VoteParticipant,
)
from ..store.session import lock_meeting
from .base import Service, get, non_negative, parse_enum
from .meetings import editable, follow_attendance
from .minutes import _counts
from .readmodel import by_body, quorum_rows


def _attendee(s: Session, m: Meeting, person_id: int) -> Attendance:
    a = next((x for x in m.attendance if x.person_id == int(person_id)), None)
    if a is None:
        raise CouncilError("not_a_member", person=get(s, Person, person_id, "person").full_name())
    return a


def _moment(at: dt.datetime) -> dt.datetime:
    if not isinstance(at, dt.datetime):
        raise InvalidValue("time", at)
    return at.replace(tzinfo=None, microsecond=0)


def current_item(m: Meeting) -> AgendaItem | None:
    """The item under discussion: the last one opened and not closed; else none."""
    running = [i for i in m.agenda if i.started_at is not None and i.ended_at is None]
    return max(running, key=lambda i: i.started_at) if running else None


def voters_at(m: Meeting, at: dt.datetime) -> list[Attendance]:
    """Who can vote at a moment: members and substitutes in the room (guests do not vote)."""
    present = rules.present_at(m, at)
    return [a for a in m.attendance if a.person_id in present and not a.is_guest]


class MeetingRoomService(Service):
    def _meeting(self, s: Session, meeting_id: int) -> Meeting:
        m = get(s, Meeting, meeting_id, "meeting")
        lock_meeting(s, m.id)  # the status is read under the lock: nothing lands in a signed meeting
        s.refresh(m, ["status"])
        return editable(m)

    # --- arrivals and departures ------------------------------------------------------------
    def arrive(self, meeting_id: int, person_id: int, at: dt.datetime) -> bool:
        """An attendee enters the room; False when they were already there (nothing recorded)."""
        return self._presence(meeting_id, person_id, at, arrived=True)

    def leave(self, meeting_id: int, person_id: int, at: dt.datetime) -> bool:
        """An attendee leaves the room; False when they were not there (nothing recorded)."""
        return self._presence(meeting_id, person_id, at, arrived=False)

    def _presence(self, meeting_id: int, person_id: int, at: dt.datetime, arrived: bool) -> bool:
        at = _moment(at)
        with self._tx() as s:
            m = self._meeting(s, meeting_id)
            a = _attendee(s, m, person_id)
            if (a.person_id in rules.present_at(m, at)) == arrived:
                return False
            if arrived and not a.status.attends:
                # an arrival is attendance; one marked absent before this was there only from now
                a.status = AttendanceStatus.PRESENT
            m.presence.append(PresenceEvent(person_id=a.person_id, arrived=arrived, at=at))
            follow_attendance(s, m)
            return True

    def quorum_at(self, meeting_id: int, at: dt.datetime, lang: str = "ru") -> rules.MeetingQuorum:
        with self._read() as s:
            return rules.quorum_at(get(s, Meeting, meeting_id, "meeting"), _moment(at), lang)

    # --- the agenda as it is taken ----------------------------------------------------------
    def open_item(self, item_id: int, at: dt.datetime) -> None:
        """The chair opens an item: the one under discussion closes at that moment."""
        at = _moment(at)
        with self._tx() as s:
            item = get(s, AgendaItem, item_id, "agenda item")
            m = self._meeting(s, item.meeting_id)
            running = current_item(m)
            if running is item:
                return
            if running is not None:
                running.ended_at = at
            if item.started_at is None:
                item.started_at = at
            item.ended_at = None  # taken up again: it ends when it is left the next time

    def close_item(self, item_id: int, at: dt.datetime) -> None:
        at = _moment(at)
        with self._tx() as s:
            item = get(s, AgendaItem, item_id, "agenda item")
            self._meeting(s, item.meeting_id)
            if item.started_at is not None and item.ended_at is None:
                item.ended_at = at

    # --- the speakers' list -----------------------------------------------------------------
    def request_floor(self, item_id: int, person_id: int) -> int:
        """Put a person on the item's speakers' list (last); returns the request's id."""
        with self._tx() as s:
            item = get(s, AgendaItem, item_id, "agenda item")
            m = self._meeting(s, item.meeting_id)
            person = get(s, Person, person_id, "person")
            if not any(a.person_id == person.id for a in m.attendance):
                raise CouncilError("not_a_member", person=person.full_name())
            req = SpeakerRequest(person_id=person.id, position=len(item.speaker_requests) + 1)
            item.speaker_requests.append(req)
            s.flush()
            return req.id

    def move_request(self, request_id: int, new_position: int) -> None:
        with self._tx() as s:
            req = get(s, SpeakerRequest, request_id, "speaker")
            item = req.item
            self._meeting(s, item.meeting_id)
            queue = [r for r in item.speaker_requests if r is not req]
            queue.insert(max(0, min(int(new_position) - 1, len(queue))), req)
            for pos, r in enumerate(queue, start=1):
                r.position = pos

    def withdraw_request(self, request_id: int) -> None:
        with self._tx() as s:
            req = get(s, SpeakerRequest, request_id, "speaker")
            item = req.item
            self._meeting(s, item.meeting_id)
            item.speaker_requests.remove(req)
            for pos, r in enumerate(item.speaker_requests, start=1):
                r.position = pos

    def finish_speech(self, request_id: int, started_at: dt.datetime, seconds: int,
                      gist: Mapping[str, str] | None = None) -> int:
        """The speaker has finished: they leave the list and their speech joins the item's, with
        when it began and how long it took; returns the speech's id."""
        started_at = _moment(started_at)
        seconds = non_negative(seconds, "duration", limit=24 * 3600)
        with self._tx() as s:
            req = get(s, SpeakerRequest, request_id, "speaker")
            item = req.item
            self._meeting(s, item.meeting_id)
            sp = Speech(person_id=req.person_id, position=len(item.speeches) + 1, started_at=started_at,
                        duration_seconds=seconds,
                        **{f"gist_{k}": (v or "").strip() for k, v in (gist or {}).items() if k in LANGUAGES})
            item.speeches.append(sp)
            item.speaker_requests.remove(req)
            for pos, r in enumerate(item.speaker_requests, start=1):
                r.position = pos
            s.flush()
            return sp.id

    # --- votes at a moment ------------------------------------------------------------------
    def _take_vote(self, s: Session, resolution_id: int, at: dt.datetime) -> tuple[Resolution, list[Attendance]]:
        r = get(s, Resolution, resolution_id, "resolution")
        m = self._meeting(s, r.item.meeting_id)
        voters = voters_at(m, at)
        r.participants.clear()
        r.body_counts.clear()  # counted for the vote taken before
        s.flush()
        r.voted_at = at
        return r, voters

    def vote_by_show_of_hands(self, resolution_id: int, at: dt.datetime, votes_for: Any = None,
                              votes_against: Any = None, votes_abstained: Any = None, unanimous: bool = False) -> None:
        """Counts by show of hands, judged against the members in the room at that moment."""
        at = _moment(at)
        with self._tx() as s:
            r, voters = self._take_vote(s, resolution_id, at)
            r.roll_call = False
            r.participants.extend(VoteParticipant(person_id=a.person_id) for a in voters)
            s.flush()
            present = rules.vote_quorum(r).present_members
            if unanimous:
                r.unanimous, r.votes_for, r.votes_against, r.votes_abstained = True, present, 0, 0
                return
            counts = [c or 0 for c in _counts({"votes_for": votes_for, "votes_against": votes_against,
                                                "votes_abstained": votes_abstained})]
            rules.validate_vote(rules.Vote(*counts), present)
            r.unanimous = False
            r.votes_for, r.votes_against, r.votes_abstained = counts

    def vote_by_roll_call(self, resolution_id: int, at: dt.datetime,
                          choices: Mapping[int, str | VoteChoice | None]) -> None:
        """A named vote: each voter in the room at that moment with their choice (None: did not
        vote); the tallies are counted from the names."""
        at = _moment(at)
        with self._tx() as s:
            r, voters = self._take_vote(s, resolution_id, at)
            there = {a.person_id for a in voters}
            for person_id in choices:
                if int(person_id) not in there:
                    person = get(s, Person, person_id, "person")
                    raise CouncilError("not_a_member", person=person.full_name())
            chosen = {int(k): (parse_enum(VoteChoice, v, "vote") if v is not None else None)
                      for k, v in choices.items()}
            r.participants.extend(VoteParticipant(person_id=a.person_id, choice=chosen.get(a.person_id))
                                  for a in voters)
            r.roll_call, r.unanimous = True, False
            tally = {c: sum(1 for v in chosen.values() if v is c) for c in VoteChoice}
            r.votes_for, r.votes_against, r.votes_abstained = (
                tally[VoteChoice.FOR], tally[VoteChoice.AGAINST], tally[VoteChoice.ABSTAINED])

    # --- what meeting mode and the projector show -------------------------------------------
    def room(self, meeting_id: int, at: dt.datetime, lang: str = "ru") -> dict[str, Any]:
        """The meeting as the room sees it at a moment: items with their times, the current one, who
        is in the room, the live quorum, the speakers' list and the votes of each item."""
        at = _moment(at)
        with self._read() as s:
            m = get(s, Meeting, meeting_id, "meeting")
            present = rules.present_at(m, at)
            q = rules.meeting_quorum(m, lang, present)
            roles = rules.member_roles(m)
            current = current_item(m)
            return {
                "id": m.id, "number": m.number_label, "date": m.date.isoformat(), "locked": m.locked,
                "bodies": [mb.body.label(lang) for mb in m.bodies],
                "body_names": [mb.body.name(lang) for mb in m.bodies],
                "current_item_id": current.id if current else None,
                "quorum": {"reached": q.reached, "present_members": q.present_members, "members": q.members,
                           "bodies": quorum_rows(q)},
                "attendees": [{
                    "person_id": a.person_id, "name": a.person.full_name(lang),
                    "short_name": a.person.short_name(lang), "guest": a.is_guest,
                    "member": a.person_id in roles or a.substitute_for_id is not None,
                    "present": a.person_id in present, "status": a.status.value,
                } for a in sorted(m.attendance, key=lambda a: (a.is_guest, a.person.name_parts(lang)[0].casefold(),
                                                               a.person_id))],
                "agenda": [{
                    "id": item.id, "position": item.position, "title": item.title(lang),
                    "planned_minutes": item.planned_minutes,
                    "started_at": item.started_at, "ended_at": item.ended_at,
                    "rapporteurs": [r.person.full_name(lang) for r in item.rapporteurs],
                    "presenters": [p.presenter.full_name(lang) for p in item.presentations if p.presenter],
                    "speakers": [{"id": req.id, "person_id": req.person_id, "name": req.person.full_name(lang),
                                  "short_name": req.person.short_name(lang)} for req in item.speaker_requests],
                    "speeches": [{"id": sp.id, "name": sp.person.full_name(lang),
                                  "seconds": sp.duration_seconds} for sp in item.speeches],
                    "resolutions": [{
                        "id": r.id, "number": f"{item.position}.{r.position}", "text": r.text(lang),
                        "voted": r.voted_at is not None or r.votes_for is not None or r.unanimous,
                        "voted_at": r.voted_at, "roll_call": r.roll_call, "unanimous": r.unanimous,
                        "votes_for": r.votes_for, "votes_against": r.votes_against,
                        "votes_abstained": r.votes_abstained,
                        "adopted": rules.resolution_adopted(r), "by_body": by_body(r, None, lang),
                        "named": [{"person_id": p.person_id, "name": p.person.full_name(lang),
                                   "choice": p.choice.value if p.choice else None} for p in r.participants],
                    } for r in item.resolutions],
                } for item in m.agenda],
            }
