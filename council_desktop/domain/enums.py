"""The closed lists a council's records choose from; stored as their value strings."""
from __future__ import annotations

import enum


class OrganizationKind(enum.Enum):
    MINISTRY = "ministry"
    CENTRE = "centre"
    UNIVERSITY = "university"
    ACADEMY = "academy"
    HOLDING = "holding"
    HOSPITAL = "hospital"
    OTHER = "other"


class QuorumRule(enum.Enum):
    MORE_THAN_HALF = "more_than_half"
    TWO_THIRDS = "two_thirds"
    FIXED = "fixed"


class MajorityRule(enum.Enum):
    SIMPLE_OF_PRESENT = "simple_of_present"
    OF_ALL_MEMBERS = "of_all_members"
    TWO_THIRDS_OF_PRESENT = "two_thirds_of_present"


class MembershipRole(enum.Enum):
    CHAIR = "chair"
    DEPUTY_CHAIR = "deputy_chair"
    SECRETARY = "secretary"
    MEMBER = "member"


class MeetingFormat(enum.Enum):
    IN_PERSON = "in_person"
    REMOTE = "remote"
    HYBRID = "hybrid"


class MeetingKind(enum.Enum):
    REGULAR = "regular"
    EXTRAORDINARY = "extraordinary"
    JOINT = "joint"


class MeetingStatus(enum.Enum):
    PLANNED = "planned"
    HELD = "held"
    PROTOCOL_DRAFTED = "protocol_drafted"
    PROTOCOL_SIGNED = "protocol_signed"


class AttendanceStatus(enum.Enum):
    PRESENT = "present"
    REMOTE = "remote"
    ABSENT = "absent"
    EXCUSED = "excused"

    @property
    def attends(self) -> bool:
        return self in (AttendanceStatus.PRESENT, AttendanceStatus.REMOTE)


class SpeakerRole(enum.Enum):
    RAPPORTEUR = "rapporteur"
    CO_RAPPORTEUR = "co_rapporteur"


class VoteChoice(enum.Enum):
    """A member's choice in a roll-call (named) vote."""
    FOR = "for"
    AGAINST = "against"
    ABSTAINED = "abstained"


class ProjectStatus(enum.Enum):
    PROPOSED = "proposed"
    ONGOING = "ongoing"
    COMPLETED = "completed"
    SUSPENDED = "suspended"


class AssignmentStatus(enum.Enum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"
