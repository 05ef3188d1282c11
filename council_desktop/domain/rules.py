"""Pure rules of a council's work: quorum, majority, numbering, membership as of a date, lifecycle.

Nothing here touches a database or Qt; the services call these with plain values.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Iterable, Optional

from .errors import RuleViolation
from .models import MajorityRule, MeetingStatus, QuorumRule


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


@dataclass(frozen=True)
class Vote:
    votes_for: int
    against: int
    abstained: int

    @property
    def cast(self) -> int:
        return self.votes_for + self.against + self.abstained


def validate_vote(vote: Vote, present_members: int) -> None:
    """Refuse a vote that could not have happened."""
    for value in (vote.votes_for, vote.against, vote.abstained):
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
