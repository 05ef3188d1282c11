"""Pure rules of a council's work: quorum, majority, numbering, membership as of a date, lifecycle.

Nothing here touches a database or Qt.  The rules at the end read a meeting's records
through their attributes only, so they give the same answer on the ORM's objects (when a
service changes them) and on a snapshot (when a document is printed).
"""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Iterable, Optional

from .entities import LANGUAGES
from .enums import AssignmentStatus, MajorityRule, MeetingStatus, QuorumRule
from .errors import RuleViolation


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def is_email(text: str) -> bool:
    """An e-mail address as the registry keeps one: a name, @, a domain with a dot; no space or line break
    anywhere (one would end a mail header or a calendar line early)."""
    return _EMAIL.fullmatch(text) is not None


def quorum_required(rule: QuorumRule, members: int, fixed: Optional[int] = None) -> int:
    """How many members must be present for the body to decide."""
    if rule is QuorumRule.MORE_THAN_HALF:
        return members // 2 + 1
    if rule is QuorumRule.TWO_THIRDS:
        return math.ceil(2 * members / 3)
    if rule is QuorumRule.FIXED:
        if not fixed or fixed < 1:
            raise RuleViolation("quorum_fixed_missing")
        return fixed
    raise ValueError(rule)


@dataclass(frozen=True)
class Quorum:
    present: int
    members: int
    required: int

    @property
    def reached(self) -> bool:
        return self.members > 0 and self.present >= self.required


def quorum(rule: QuorumRule, present: int, members: int, fixed: Optional[int] = None) -> Quorum:
    return Quorum(present=present, members=members, required=quorum_required(rule, members, fixed))


VOTE_COUNTS = ("votes_for", "votes_against", "votes_abstained")  # a vote's counts, by the models' columns
# each count's short word, the one mapping to it: a roll call's choice (enums.VoteChoice), a refusal's field
# ("vote: for"), the `council` command's columns, the printed view's first shape (domain/view_shape.py)
VOTE_WORDS = {column: column.removeprefix("votes_") for column in VOTE_COUNTS}


@dataclass(frozen=True)
class Vote:
    """A vote's counts, named as the models' columns (VOTE_COUNTS)."""
    votes_for: int
    votes_against: int
    votes_abstained: int

    @property
    def cast(self) -> int:
        return self.votes_for + self.votes_against + self.votes_abstained


def validate_vote(vote: Vote, present_members: int) -> None:
    """Refuse a vote that could not have happened."""
    for value in (vote.votes_for, vote.votes_against, vote.votes_abstained):
        if value < 0:
            raise RuleViolation("vote_negative")
    if vote.cast > present_members:
        raise RuleViolation("vote_exceeds_present", cast=vote.cast, present=present_members)


def adopted(rule: MajorityRule, vote: Vote, present_members: int, members: int) -> bool:
    """Whether a resolution passed under the body's majority rule."""
    if rule is MajorityRule.SIMPLE_OF_PRESENT:
        return vote.votes_for * 2 > present_members
    if rule is MajorityRule.OF_ALL_MEMBERS:
        return vote.votes_for * 2 > members
    if rule is MajorityRule.TWO_THIRDS_OF_PRESENT:
        return vote.votes_for * 3 >= present_members * 2 and present_members > 0
    raise ValueError(rule)


def next_number(used: Iterable[int]) -> int:
    """Meetings are numbered 1, 2, 3 … per body and calendar year."""
    return max(used, default=0) + 1


def member_on(start: dt.date, end: Optional[dt.date], on: dt.date) -> bool:
    """A term counts on its first and its last day."""
    return start <= on and (end is None or on <= end)


# the lifecycle; amending a signed protocol returns it to the drafted state
TRANSITIONS: dict[MeetingStatus, tuple[MeetingStatus, ...]] = {
    MeetingStatus.PLANNED: (MeetingStatus.HELD,),
    MeetingStatus.HELD: (MeetingStatus.PROTOCOL_DRAFTED, MeetingStatus.PLANNED),
    MeetingStatus.PROTOCOL_DRAFTED: (MeetingStatus.PROTOCOL_SIGNED, MeetingStatus.HELD),
    MeetingStatus.PROTOCOL_SIGNED: (MeetingStatus.PROTOCOL_DRAFTED,),
}


def check_transition(current: MeetingStatus, target: MeetingStatus, *, has_chair: bool,
                     has_secretary: bool) -> None:
    if target not in TRANSITIONS[current]:
        raise RuleViolation("transition_not_allowed", current=current.value, target=target.value)
    if target is MeetingStatus.PROTOCOL_SIGNED and not (has_chair and has_secretary):
        raise RuleViolation("sign_needs_chair_and_secretary")


# --- over a meeting's records -------------------------------------------------------------------
def terms_on(terms: Iterable, on: dt.date) -> list:
    """The membership terms valid on a date, one per person (overlapping terms count once)."""
    seen: set[int] = set()
    valid = []
    for t in terms:
        if t.person_id not in seen and member_on(t.start_date, t.end_date, on):
            seen.add(t.person_id)
            valid.append(t)
    return valid


def member_roles(meeting) -> dict[int, str]:
    """Each member's role in the (first) body that lists them as of the meeting's date."""
    roles: dict[int, str] = {}
    for mb in meeting.bodies:
        for t in terms_on(mb.body.memberships, meeting.date):
            roles.setdefault(t.person_id, t.role.value)
    return roles


def signatories(meeting, default_for: int | None = None) -> list[tuple[object, object, object]]:
    """(body, chair, secretary) who sign the protocol for each body of the meeting.

    One body: the meeting's chair and secretary.  A joint meeting is each body's document: the
    meeting's chair and secretary sign for the first (convening) body, each other body's chair and
    secretary by its membership as of the date (the deputy chair where it lists no chair); nobody
    signs twice.  Those set for a body of this meeting (its signing chair or secretary) come first,
    and no default takes their place (`default_for`: a body id whose own choice is left out, to name
    who would sign for it by default).  Missing people are None."""
    def chosen(mb) -> tuple[object, object]:
        return (mb.signing_chair, mb.signing_secretary) if mb.body_id != default_for else (None, None)

    result: list[tuple[object, object, object]] = []
    signing: set[int] = {p.id for mb in meeting.bodies for p in chosen(mb) if p is not None}
    for n, mb in enumerate(meeting.bodies):
        if n == 0:
            chair, secretary = meeting.chair, meeting.secretary
        else:
            terms = terms_on(mb.body.memberships, meeting.date)

            def holding(*roles):
                return next((t.person for role in roles for t in terms
                             if t.role.value == role and t.person_id not in signing), None)

            chair, secretary = holding("chair", "deputy_chair"), holding("secretary")
        set_chair, set_secretary = chosen(mb)
        chair, secretary = set_chair or chair, set_secretary or secretary
        signing |= {p.id for p in (chair, secretary) if p is not None}
        result.append((mb.body, chair, secretary))
    return result


def check_signatories(meeting) -> None:
    """Who is chosen to sign for a body (its signing chair or secretary), as every path that changes them
    holds it (choosing them, merging two people, a bundle from another copy): only in a joint meeting (one
    body's protocol is signed by the meeting's chair and secretary), and never one person as both the
    chair and the secretary of a body, whether the other role is chosen too or is its default
    (`signatories`).  A body with nobody chosen is the meeting's chair and secretary's own matter."""
    chosen = [mb.signing_chair is not None or mb.signing_secretary is not None for mb in meeting.bodies]
    if any(chosen) and len(meeting.bodies) < 2:
        raise RuleViolation("signatories_one_body", ident=meeting.id)
    for picked, (body, chair, secretary) in zip(chosen, signatories(meeting)):
        if picked and chair is not None and secretary is not None and chair.id == secretary.id:
            raise RuleViolation("signs_twice", name={lang: chair.full_name(lang) for lang in LANGUAGES},
                                body={lang: body.label(lang) for lang in LANGUAGES})


@dataclass(frozen=True)
class BodyQuorum:
    body_id: int
    body: str
    quorum: Quorum


@dataclass(frozen=True)
class MeetingQuorum:
    bodies: tuple[BodyQuorum, ...]
    present_members: int  # members of any of the bodies present, substitutes counted
    members: int

    @property
    def reached(self) -> bool:
        return all(b.quorum.reached for b in self.bodies) and bool(self.bodies)


def meeting_quorum(meeting, lang: str = "ru", present: set[int] | None = None) -> MeetingQuorum:
    """Quorum per body as of the meeting's date; a substitute stands for the member they replace.

    `present`: only these attendees count (those in the room at a moment, see `present_at`)."""
    stands_for: set[int] = set()
    for a in meeting.attendance:
        if a.status.attends and (present is None or a.person_id in present):
            stands_for.add(a.person_id)
            if a.substitute_for_id:
                stands_for.add(a.substitute_for_id)
    result, all_members, all_present = [], set(), set()
    for mb in meeting.bodies:
        body = mb.body
        members = {t.person_id for t in terms_on(body.memberships, meeting.date)}
        present = members & stands_for
        all_members |= members
        all_present |= present
        result.append(BodyQuorum(body.id, body.label(lang),
                                 quorum(body.quorum_rule, len(present), len(members), body.quorum_fixed)))
    return MeetingQuorum(tuple(result), len(all_present), len(all_members))


def present_at(meeting, at: dt.datetime) -> set[int]:
    """The attendees in the room at a moment, from their arrivals and departures (meeting mode).

    An attendee marked present with no arrival or departure recorded was there throughout; one
    whose first record is an arrival was not there before it, one whose first is a departure was."""
    last: dict[int, bool] = {}
    first: dict[int, bool] = {}
    for e in meeting.presence:
        first.setdefault(e.person_id, e.arrived)
        if e.at <= at:
            last[e.person_id] = e.arrived
    return {a.person_id for a in meeting.attendance if a.status.attends
            and last.get(a.person_id, not first.get(a.person_id, False))}


def quorum_at(meeting, at: dt.datetime, lang: str = "ru") -> MeetingQuorum:
    """The quorum with the members in the room at that moment: the live quorum line."""
    return meeting_quorum(meeting, lang, present_at(meeting, at))


def vote_quorum(r, q: MeetingQuorum | None = None, lang: str = "ru") -> MeetingQuorum:
    """The quorum a vote is judged by: the members recorded present at its moment (meeting mode),
    else those present at the meeting."""
    if r.participants:
        return meeting_quorum(r.item.meeting, lang, {p.person_id for p in r.participants})
    return q or meeting_quorum(r.item.meeting, lang)


def named_tally(r, body) -> Vote:
    """A roll-call vote counted over one body's members (a substitute's choice counts for the member
    they replace; guests have none)."""
    meeting = r.item.meeting
    members = {t.person_id for t in terms_on(body.memberships, meeting.date)}
    stands_for = {a.person_id: {a.person_id, a.substitute_for_id} for a in meeting.attendance}
    counts = dict.fromkeys(VOTE_COUNTS, 0)
    for p in r.participants:
        if p.choice is not None and stands_for.get(p.person_id, {p.person_id}) & members:
            counts[f"votes_{p.choice.value}"] += 1
    return Vote(**counts)


def counted_by_body(r) -> dict[int, Vote]:
    """A show-of-hands vote of a joint meeting as counted in each body (store: resolution_body_vote);
    {} where it was counted only in total."""
    return {c.body_id: Vote(c.votes_for, c.votes_against, c.votes_abstained)
            for c in getattr(r, "body_counts", None) or ()}


def validate_body_counts(total: Vote, counts: dict[int, Vote], q: MeetingQuorum,
                         names: dict[int, dict[str, str]] | None = None) -> None:
    """Refuse per-body counts that could not have come from the total vote.

    Each member present counts in every body they sit on: a body's counts are at most its members
    present; for each choice, no body counts more than the total, and the bodies' counts add up to
    the total, more only by the members present who sit on more than one body.  `names`: each body's
    name per language, for the message (else the quorum's)."""
    bodies = {b.body_id: b for b in q.bodies}
    names = names or {b.body_id: {lang: b.body for lang in ("kk", "ru", "en")} for b in q.bodies}
    if set(counts) != set(bodies):
        raise RuleViolation("body_vote_bodies", bodies={lang: ", ".join(names[b.body_id][lang] for b in q.bodies)
                                                        for lang in ("kk", "ru", "en")})
    for body_id, vote in counts.items():
        if vote.cast > bodies[body_id].quorum.present:  # validate_vote's own words name no body
            raise RuleViolation("body_vote_exceeds_present", body=names[body_id], cast=vote.cast,
                                present=bodies[body_id].quorum.present)
        validate_vote(vote, bodies[body_id].quorum.present)
    both = sum(b.quorum.present for b in q.bodies) - q.present_members  # on more than one body
    totals = [getattr(total, f) for f in VOTE_COUNTS]
    sums = [sum(getattr(v, f) for v in counts.values()) for f in VOTE_COUNTS]
    highest = [max(getattr(v, f) for v in counts.values()) for f in VOTE_COUNTS]
    if any(h > t or s < t for h, s, t in zip(highest, sums, totals)) or sum(sums) - total.cast > both:
        raise RuleViolation("body_vote_total", for_=sums[0], against=sums[1], abstained=sums[2],
                            total_for=totals[0], total_against=totals[1], total_abstained=totals[2], both=both)


def body_counts_agree(r, q: MeetingQuorum | None = None) -> bool | None:
    """Whether a vote's counts per body still agree with its total and the attendance (either may
    have changed since they were counted); None where it has none."""
    counts = counted_by_body(r)
    if not counts:
        return None
    if r.roll_call or r.unanimous or r.votes_for is None:
        return False
    try:
        validate_body_counts(Vote(r.votes_for, r.votes_against or 0, r.votes_abstained or 0), counts,
                             vote_quorum(r, q))
    except RuleViolation:
        return False
    return True


def votes_cast(r) -> int:
    return (r.votes_for or 0) + (r.votes_against or 0) + (r.votes_abstained or 0)


def resolution_adopted(r, q: MeetingQuorum | None = None) -> bool | None:
    """The secretary's exception if recorded, else what the vote gives under the bodies' rules.

    `q` spares recomputing the meeting's quorum for each of its resolutions."""
    if r.adopted_override is not None:
        return r.adopted_override
    if r.votes_for is None and not r.unanimous:
        return None
    meeting = r.item.meeting
    if not meeting.bodies:
        return None
    q = vote_quorum(r, q)
    if r.roll_call:  # the names say how each body voted: each body's rule over its own members
        return all(adopted(mb.body.majority_rule, named_tally(r, mb.body), bq.quorum.present, bq.quorum.members)
                   for mb, bq in zip(meeting.bodies, q.bodies))
    by_body = counted_by_body(r)
    if by_body:  # counted in each body: each body's rule over its own count
        return all(adopted(mb.body.majority_rule, by_body[mb.body_id], bq.quorum.present, bq.quorum.members)
                   for mb, bq in zip(meeting.bodies, q.bodies) if mb.body_id in by_body)
    vote = Vote(r.votes_for or 0, r.votes_against or 0, r.votes_abstained or 0)
    # a joint meeting decides only what every body's own rule lets pass: the order of the bodies is no matter
    return all(adopted(mb.body.majority_rule, vote, q.present_members, q.members) for mb in meeting.bodies)


def body_votes(r, q: MeetingQuorum | None = None) -> list[tuple[object, Vote, bool]]:
    """(body, its vote, whether its own rule passes it) for each body of a joint meeting, where the
    record tells how each body voted: by names (roll call), counted in each body (a show of hands), or
    everyone present for (unanimous, or as many for as members present).  [] for one body, or for a
    split vote counted only in total."""
    meeting = r.item.meeting
    if len(meeting.bodies) < 2:
        return []
    q = vote_quorum(r, q)
    by_body = {} if r.roll_call else counted_by_body(r)
    if not (r.roll_call or by_body or r.unanimous or (r.votes_for or 0) == q.present_members > 0):
        return []
    result = []
    for mb, bq in zip(meeting.bodies, q.bodies):
        if by_body and mb.body_id not in by_body:
            continue
        vote = (named_tally(r, mb.body) if r.roll_call else by_body.get(mb.body_id)
                or Vote(bq.quorum.present, 0, 0))
        result.append((mb.body, vote, adopted(mb.body.majority_rule, vote, bq.quorum.present, bq.quorum.members)))
    return result


def votes_exceeding_attendance(meeting, q: MeetingQuorum | None = None) -> list[tuple[str, int]]:
    """Resolutions whose recorded votes outnumber the members now present (attendance changed after)."""
    q = q or meeting_quorum(meeting)
    # a vote taken in meeting mode is judged by the members in the room at its moment
    return [(f"{item.position}.{r.position}", votes_cast(r)) for item in meeting.agenda for r in item.resolutions
            if votes_cast(r) > vote_quorum(r, q).present_members]


def overdue(a, today: dt.date | None = None) -> bool:
    return a.status is AssignmentStatus.OPEN and a.deadline is not None and a.deadline < (today or dt.date.today())
