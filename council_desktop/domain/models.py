"""The secretariat's records, as SQLAlchemy 2.x typed declarative models.

Every table carries a stable UUID besides its integer key (other offices
import by it), created/updated timestamps, and a version column that
SQLAlchemy uses for optimistic locking.  Texts that an official document
prints exist in Kazakh, Russian and English (`*_kk`, `*_ru`, `*_en`);
`localized()` picks one with a sensible fallback.  What the records say in a
language lives in `entities.py`; the closed lists in `enums.py`.
"""
from __future__ import annotations

import datetime as dt
import enum
import os
import uuid as uuidlib
from typing import Optional

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, deferred, mapped_column, relationship

from .entities import (
    AgendaItemEntity,
    AssignmentEntity,
    MeetingEntity,
    Multilingual,
    NamedEntity,
    PersonEntity,
    ProjectEntity,
    ResolutionEntity,
    SpeechEntity,
)
from .enums import (
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
from .names import search_key


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def new_uuid() -> str:
    return str(uuidlib.uuid4())


def new_uuids(count: int) -> list[str]:
    """`count` UUIDs as new_uuid makes them (version 4: 122 random bits), without a UUID object each (a
    bulk import's 10,000 took a quarter of its Python time): the version nibble set to 4, the variant's
    two bits to 10 (the nibble after the third dash is 8, 9, a or b)."""
    digits = os.urandom(16 * count).hex()
    return [f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"
            for h in (digits[j:j + 32] for j in range(0, 32 * count, 32))]


class Base(DeclarativeBase):
    # named constraints let Alembic's batch mode alter them on SQLite later
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )


class Record(Multilingual):
    """Columns every record has."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=utcnow, onupdate=utcnow, nullable=False
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        # optimistic locking: a stale edit raises instead of overwriting another's
        return {"version_id_col": cls.__table__.c.version}


def _enum(e: type[enum.Enum]) -> Enum:
    # store the value strings, not the names; non-native so SQLite and PostgreSQL agree
    return Enum(e, values_callable=lambda x: [m.value for m in x], native_enum=False, length=32,
                validate_strings=True, name=e.__name__.lower())


class Organization(NamedEntity, Record, Base):
    __tablename__ = "organization"
    name_kk: Mapped[str] = mapped_column(String(400), default="")
    name_ru: Mapped[str] = mapped_column(String(400), default="")
    name_en: Mapped[str] = mapped_column(String(400), default="")
    short_name: Mapped[str] = mapped_column(String(80), default="")  # Russian, as the registry began
    short_name_kk: Mapped[str] = mapped_column(String(80), default="")
    short_name_en: Mapped[str] = mapped_column(String(80), default="")
    kind: Mapped[OrganizationKind] = mapped_column(_enum(OrganizationKind), default=OrganizationKind.OTHER)
    search_key: Mapped[str] = mapped_column(String(1300), default="", index=True)

# what a person is found by (Person.search_key)
SEARCHED_PERSON_FIELDS = ("surname", "given_name", "patronymic", "surname_kk", "given_name_kk", "patronymic_kk",
                          "surname_en", "given_name_en", "patronymic_en", "email")


class Person(PersonEntity, Record, Base):
    __tablename__ = "person"
    # the Russian form is the one the registry sorts by; kk / en where they differ
    surname: Mapped[str] = mapped_column(String(120))
    given_name: Mapped[str] = mapped_column(String(120), default="")
    patronymic: Mapped[str] = mapped_column(String(120), default="")
    surname_kk: Mapped[str] = mapped_column(String(120), default="")
    given_name_kk: Mapped[str] = mapped_column(String(120), default="")
    patronymic_kk: Mapped[str] = mapped_column(String(120), default="")
    surname_en: Mapped[str] = mapped_column(String(120), default="")
    given_name_en: Mapped[str] = mapped_column(String(120), default="")
    patronymic_en: Mapped[str] = mapped_column(String(120), default="")
    # degree, title and position in Russian, and in kk / en where a document in that language needs them
    degree: Mapped[str] = mapped_column(String(200), default="")  # e.g. doctor of medical sciences
    degree_kk: Mapped[str] = mapped_column(String(200), default="")
    degree_en: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(200), default="")  # e.g. academician of NAS RK
    title_kk: Mapped[str] = mapped_column(String(200), default="")
    title_en: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[str] = mapped_column(String(400), default="")
    position_kk: Mapped[str] = mapped_column(String(400), default="")
    position_en: Mapped[str] = mapped_column(String(400), default="")
    organization_id: Mapped[Optional[int]] = mapped_column(ForeignKey("organization.id", ondelete="SET NULL"))
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    # the names of every language and the e-mail, folded (domain.names.search_key); SQLite's LIKE folds
    # ASCII only. Indexed by store.people_search (an FTS5 trigram table, or pg_trgm on PostgreSQL).
    search_key: Mapped[str] = mapped_column(String(1200), default="", index=True)

    organization: Mapped[Optional[Organization]] = relationship(lazy="joined")

    __table_args__ = (Index("ix_person_surname", "surname", "given_name"),)

    def refresh_search_key(self) -> None:
        self.search_key = search_key(*(getattr(self, f) for f in SEARCHED_PERSON_FIELDS))


class CouncilBody(NamedEntity, Record, Base):
    __tablename__ = "council_body"
    name_kk: Mapped[str] = mapped_column(String(400), default="")
    name_ru: Mapped[str] = mapped_column(String(400), default="")
    name_en: Mapped[str] = mapped_column(String(400), default="")
    short_name: Mapped[str] = mapped_column(String(80), default="")  # Russian, as the registry began
    short_name_kk: Mapped[str] = mapped_column(String(80), default="")
    short_name_en: Mapped[str] = mapped_column(String(80), default="")
    organization_id: Mapped[Optional[int]] = mapped_column(ForeignKey("organization.id", ondelete="SET NULL"))
    quorum_rule: Mapped[QuorumRule] = mapped_column(_enum(QuorumRule), default=QuorumRule.MORE_THAN_HALF)
    quorum_fixed: Mapped[Optional[int]] = mapped_column(Integer)
    majority_rule: Mapped[MajorityRule] = mapped_column(_enum(MajorityRule),
                                                        default=MajorityRule.SIMPLE_OF_PRESENT)

    organization: Mapped[Optional[Organization]] = relationship(lazy="joined")
    memberships: Mapped[list["Membership"]] = relationship(
        back_populates="body", cascade="all, delete-orphan", order_by="Membership.id")

class Membership(Record, Base):
    __tablename__ = "membership"
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("council_body.id", ondelete="CASCADE"), index=True)
    role: Mapped[MembershipRole] = mapped_column(_enum(MembershipRole), default=MembershipRole.MEMBER)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[Optional[dt.date]] = mapped_column(Date)
    basis: Mapped[str] = mapped_column(String(400), default="")  # the decision that changed the composition

    person: Mapped[Person] = relationship(lazy="joined")
    body: Mapped[CouncilBody] = relationship(back_populates="memberships")


class Meeting(MeetingEntity, Record, Base):
    __tablename__ = "meeting"
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    start_time: Mapped[Optional[dt.time]] = mapped_column(Time)
    end_time: Mapped[Optional[dt.time]] = mapped_column(Time)
    place_kk: Mapped[str] = mapped_column(String(400), default="")
    place_ru: Mapped[str] = mapped_column(String(400), default="")
    place_en: Mapped[str] = mapped_column(String(400), default="")
    city_kk: Mapped[str] = mapped_column(String(100), default="")
    city_ru: Mapped[str] = mapped_column(String(100), default="")
    city_en: Mapped[str] = mapped_column(String(100), default="")
    format: Mapped[MeetingFormat] = mapped_column(_enum(MeetingFormat), default=MeetingFormat.IN_PERSON)
    kind: Mapped[MeetingKind] = mapped_column(_enum(MeetingKind), default=MeetingKind.REGULAR)
    status: Mapped[MeetingStatus] = mapped_column(_enum(MeetingStatus), default=MeetingStatus.PLANNED)
    chair_id: Mapped[Optional[int]] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    secretary_id: Mapped[Optional[int]] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    restriction: Mapped[str] = mapped_column(String(100), default="")  # e.g. ДСП, printed on every page
    protocol_version: Mapped[int] = mapped_column(Integer, default=0)  # last signed version
    amendment_reason: Mapped[str] = mapped_column(Text, default="")  # why the next version is made

    chair: Mapped[Optional[Person]] = relationship(foreign_keys=[chair_id])
    secretary: Mapped[Optional[Person]] = relationship(foreign_keys=[secretary_id])
    bodies: Mapped[list["MeetingBody"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="MeetingBody.position")
    attendance: Mapped[list["Attendance"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Attendance.id")
    agenda: Mapped[list["AgendaItem"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.position")
    protocol_issues: Mapped[list["ProtocolIssue"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="ProtocolIssue.revision")
    presence: Mapped[list["PresenceEvent"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="(PresenceEvent.at, PresenceEvent.id)")

class MeetingBody(Record, Base):
    """A body a meeting belongs to, with the meeting's number in that body's sequence."""

    __tablename__ = "meeting_body"
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("council_body.id", ondelete="RESTRICT"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    # who signs the protocol for this body, as set for this meeting; None: rules.signatories' default
    signing_chair_id: Mapped[Optional[int]] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    signing_secretary_id: Mapped[Optional[int]] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))

    meeting: Mapped[Meeting] = relationship(back_populates="bodies")
    body: Mapped[CouncilBody] = relationship(lazy="joined")
    signing_chair: Mapped[Optional[Person]] = relationship(foreign_keys=[signing_chair_id])
    signing_secretary: Mapped[Optional[Person]] = relationship(foreign_keys=[signing_secretary_id])

    __table_args__ = (
        UniqueConstraint("body_id", "year", "number", name="uq_meeting_body_number"),
        UniqueConstraint("meeting_id", "body_id", name="uq_meeting_body_meeting"),
    )


class Attendance(Record, Base):
    __tablename__ = "attendance"
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    status: Mapped[AttendanceStatus] = mapped_column(_enum(AttendanceStatus), default=AttendanceStatus.ABSENT)
    is_guest: Mapped[bool] = mapped_column(Boolean, default=False)  # invited, not a member
    substitute_for_id: Mapped[Optional[int]] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(String(400), default="")

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")
    person: Mapped[Person] = relationship(foreign_keys=[person_id], lazy="joined")
    substitute_for: Mapped[Optional[Person]] = relationship(foreign_keys=[substitute_for_id])

    __table_args__ = (UniqueConstraint("meeting_id", "person_id", name="uq_attendance_person"),)


class PresenceEvent(Record, Base):
    """An attendee arriving at or leaving the room, and when (meeting mode): who was present at a
    moment — a vote, an item — follows from these; an attendee without any was there throughout."""

    __tablename__ = "presence_event"
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    arrived: Mapped[bool] = mapped_column(Boolean)  # False: left
    at: Mapped[dt.datetime] = mapped_column(DateTime)

    meeting: Mapped[Meeting] = relationship(back_populates="presence")
    person: Mapped[Person] = relationship(lazy="joined")


class AgendaItem(AgendaItemEntity, Record, Base):
    __tablename__ = "agenda_item"
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title_kk: Mapped[str] = mapped_column(Text, default="")
    title_ru: Mapped[str] = mapped_column(Text, default="")
    title_en: Mapped[str] = mapped_column(Text, default="")
    planned_minutes: Mapped[Optional[int]] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")  # internal, for the chair's script
    # when the chair opened and closed the item (meeting mode)
    started_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime)
    ended_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime)
    # minutes: what was heard
    heard_kk: Mapped[str] = mapped_column(Text, default="")
    heard_ru: Mapped[str] = mapped_column(Text, default="")
    heard_en: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="agenda")
    rapporteurs: Mapped[list["AgendaRapporteur"]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="AgendaRapporteur.position")
    presentations: Mapped[list["Presentation"]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="Presentation.position")
    speeches: Mapped[list["Speech"]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="Speech.position")
    resolutions: Mapped[list["Resolution"]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="Resolution.position")
    speaker_requests: Mapped[list["SpeakerRequest"]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="SpeakerRequest.position")

class AgendaRapporteur(Record, Base):
    __tablename__ = "agenda_rapporteur"
    item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    role: Mapped[SpeakerRole] = mapped_column(_enum(SpeakerRole), default=SpeakerRole.RAPPORTEUR)
    position: Mapped[int] = mapped_column(Integer, default=0)

    item: Mapped[AgendaItem] = relationship(back_populates="rapporteurs")
    person: Mapped[Person] = relationship(lazy="joined")


class Project(ProjectEntity, Record, Base):
    __tablename__ = "project"
    title_kk: Mapped[str] = mapped_column(Text, default="")
    title_ru: Mapped[str] = mapped_column(Text, default="")
    title_en: Mapped[str] = mapped_column(Text, default="")
    organization_id: Mapped[Optional[int]] = mapped_column(ForeignKey("organization.id", ondelete="SET NULL"))
    lead_id: Mapped[Optional[int]] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    field: Mapped[str] = mapped_column(String(200), default="")  # genomics, organoids, 3D-printed implants
    summary: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ProjectStatus] = mapped_column(_enum(ProjectStatus), default=ProjectStatus.ONGOING)

    organization: Mapped[Optional[Organization]] = relationship(lazy="joined")
    lead: Mapped[Optional[Person]] = relationship()

class Presentation(Record, Base):
    __tablename__ = "presentation"
    item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="RESTRICT"))
    presenter_id: Mapped[Optional[int]] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    organization_id: Mapped[Optional[int]] = mapped_column(ForeignKey("organization.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer, default=0)

    item: Mapped[AgendaItem] = relationship(back_populates="presentations")
    project: Mapped[Project] = relationship(lazy="joined")
    presenter: Mapped[Optional[Person]] = relationship()
    organization: Mapped[Optional[Organization]] = relationship()
    files: Mapped[list["PresentationFile"]] = relationship(
        back_populates="presentation", cascade="all, delete-orphan", order_by="PresentationFile.file_name")


class PresentationFile(Record, Base):
    __tablename__ = "presentation_file"
    presentation_id: Mapped[int] = mapped_column(ForeignKey("presentation.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[str] = mapped_column(String(400))
    media_type: Mapped[str] = mapped_column(String(120), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    # the content is kept in the database (so that a copy of the file travels with it), in
    # PresentationFileChunk: streamed in and out a piece at a time (store/attachments.py)

    presentation: Mapped[Presentation] = relationship(back_populates="files")


class PresentationFileChunk(Base):
    """A piece of a presentation file's content, at most store.attachments.CHUNK bytes, numbered from 0.

    The pieces of a file, in order, are its content: a file is written and read one piece at a time,
    so no file is ever held whole in memory (a blob in the file's own row would be: SQLite fills a
    blob that is not its row's last column in memory before it can be written in place)."""

    __tablename__ = "presentation_file_chunk"
    file_id: Mapped[int] = mapped_column(ForeignKey("presentation_file.id", ondelete="CASCADE"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class Speech(SpeechEntity, Record, Base):
    """Who spoke on an item, and the gist of what they said."""

    __tablename__ = "speech"
    item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    gist_kk: Mapped[str] = mapped_column(Text, default="")
    gist_ru: Mapped[str] = mapped_column(Text, default="")
    gist_en: Mapped[str] = mapped_column(Text, default="")
    # timed in meeting mode: when the speaker began and how long they spoke (pauses left out)
    started_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime)
    duration_seconds: Mapped[Optional[int]] = mapped_column(Integer)

    item: Mapped[AgendaItem] = relationship(back_populates="speeches")
    person: Mapped[Person] = relationship(lazy="joined")


class SpeakerRequest(Record, Base):
    """A person waiting for the floor on an item (meeting mode's speakers' list)."""

    __tablename__ = "speaker_request"
    item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)

    item: Mapped[AgendaItem] = relationship(back_populates="speaker_requests")
    person: Mapped[Person] = relationship(lazy="joined")

class Resolution(ResolutionEntity, Record, Base):
    __tablename__ = "resolution"
    item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text_kk: Mapped[str] = mapped_column(Text, default="")
    text_ru: Mapped[str] = mapped_column(Text, default="")
    text_en: Mapped[str] = mapped_column(Text, default="")
    unanimous: Mapped[bool] = mapped_column(Boolean, default=False)
    votes_for: Mapped[Optional[int]] = mapped_column(Integer)
    votes_against: Mapped[Optional[int]] = mapped_column(Integer)
    votes_abstained: Mapped[Optional[int]] = mapped_column(Integer)
    # the secretary's recorded exception to what the vote and the rule give
    adopted_override: Mapped[Optional[bool]] = mapped_column(Boolean)
    override_reason: Mapped[str] = mapped_column(Text, default="")
    # a vote taken in meeting mode: when, and each member present then (with their choice if named)
    voted_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime)
    roll_call: Mapped[bool] = mapped_column(Boolean, default=False)

    item: Mapped[AgendaItem] = relationship(back_populates="resolutions")
    assignments: Mapped[list["Assignment"]] = relationship(
        back_populates="resolution", cascade="all, delete-orphan", order_by="Assignment.position")
    participants: Mapped[list["VoteParticipant"]] = relationship(
        back_populates="resolution", cascade="all, delete-orphan", order_by="VoteParticipant.id")
    body_counts: Mapped[list["ResolutionBodyVote"]] = relationship(
        back_populates="resolution", cascade="all, delete-orphan", order_by="ResolutionBodyVote.id")


class VoteParticipant(Record, Base):
    """An attendee present at a vote's moment, with their choice where the vote was named."""

    __tablename__ = "vote_participant"
    resolution_id: Mapped[int] = mapped_column(ForeignKey("resolution.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    choice: Mapped[Optional[VoteChoice]] = mapped_column(_enum(VoteChoice))

    resolution: Mapped["Resolution"] = relationship(back_populates="participants")
    person: Mapped[Person] = relationship(lazy="joined")

    __table_args__ = (UniqueConstraint("resolution_id", "person_id", name="uq_vote_participant_person"),)

class ResolutionBodyVote(Record, Base):
    """A joint meeting's show-of-hands vote as counted in one body (each body needs its own majority)."""

    __tablename__ = "resolution_body_vote"
    resolution_id: Mapped[int] = mapped_column(ForeignKey("resolution.id", ondelete="CASCADE"), index=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("council_body.id", ondelete="CASCADE"))
    votes_for: Mapped[int] = mapped_column(Integer)
    votes_against: Mapped[int] = mapped_column(Integer)
    votes_abstained: Mapped[int] = mapped_column(Integer)

    resolution: Mapped["Resolution"] = relationship(back_populates="body_counts")

    __table_args__ = (UniqueConstraint("resolution_id", "body_id", name="uq_resolution_body_vote_body"),)


class Assignment(AssignmentEntity, Record, Base):
    __tablename__ = "assignment"
    resolution_id: Mapped[int] = mapped_column(ForeignKey("resolution.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    task_kk: Mapped[str] = mapped_column(Text, default="")
    task_ru: Mapped[str] = mapped_column(Text, default="")
    task_en: Mapped[str] = mapped_column(Text, default="")
    responsible_person_id: Mapped[Optional[int]] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    responsible_org_id: Mapped[Optional[int]] = mapped_column(ForeignKey("organization.id", ondelete="SET NULL"))
    deadline: Mapped[Optional[dt.date]] = mapped_column(Date, index=True)
    status: Mapped[AssignmentStatus] = mapped_column(_enum(AssignmentStatus), default=AssignmentStatus.OPEN)
    done_on: Mapped[Optional[dt.date]] = mapped_column(Date)
    checked_meeting_id: Mapped[Optional[int]] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    report: Mapped[str] = mapped_column(Text, default="")

    resolution: Mapped[Resolution] = relationship(back_populates="assignments")
    responsible_person: Mapped[Optional[Person]] = relationship(lazy="joined")
    responsible_org: Mapped[Optional[Organization]] = relationship(lazy="joined")
    checked_meeting: Mapped[Optional[Meeting]] = relationship(foreign_keys=[checked_meeting_id])

class ProtocolIssue(Record, Base):
    """One signed version of a meeting's protocol."""

    __tablename__ = "protocol_issue"
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(8))
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    issued_by: Mapped[str] = mapped_column(String(120), default="")
    sha256: Mapped[str] = mapped_column(String(64), default="")  # of the PDF file
    content_sha256: Mapped[str] = mapped_column(String(64), default="")  # of the data, printed on it
    pdf: Mapped[Optional[bytes]] = deferred(mapped_column(LargeBinary))
    reason: Mapped[str] = mapped_column(Text, default="")  # why an amendment was made
    # the protocol's data as signed, in every language (JSON): what copies in other layouts print,
    # whatever the registry says of its people later
    content: Mapped[str] = deferred(mapped_column(Text, default="", nullable=False))
    # what else its print was made with (the letterhead as JSON, the restriction mark): every layout
    # re-renders to the bytes of a print made at signing, which is how a copy is recognised
    letterhead: Mapped[str] = deferred(mapped_column(Text, default="", nullable=False))
    restriction: Mapped[str] = mapped_column(String(100), default="", nullable=False)
    # SHA-256 of the locked records themselves (store.snapshot.minutes_digest): `council check`
    # finds a direct edit of the minutes of a signed meeting by it
    minutes_sha256: Mapped[str] = mapped_column(String(64), default="", nullable=False)

    meeting: Mapped[Meeting] = relationship(back_populates="protocol_issues")

    __table_args__ = (UniqueConstraint("meeting_id", "revision", "language",
                                       name="uq_protocol_issue_version"),)


class AuditEntry(Base):
    """Append-only: when, which OS user, which record, what changed."""

    __tablename__ = "audit_entry"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    os_user: Mapped[str] = mapped_column(String(120), default="")
    action: Mapped[str] = mapped_column(String(16))  # insert / update / delete
    table_name: Mapped[str] = mapped_column(String(64))
    record_uuid: Mapped[str] = mapped_column(String(36), index=True)
    changes: Mapped[str] = mapped_column(Text, default="{}")  # JSON: field -> [old, new]
    # a hash chain (store.audit): each entry's hash covers it and the hash of the one before,
    # so that an entry edited or deleted is found by `council check`
    prev_hash: Mapped[str] = mapped_column(String(64), default="", nullable=False)
    entry_hash: Mapped[str] = mapped_column(String(64), default="", nullable=False)


class Setting(Base):
    """Office-wide settings that travel with the database (letterhead, defaults)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class ChangeFeedEntry(Base):
    """What one committed write changed (domain/changes.py `Changes`, as JSON), written in the same
    transaction: how the windows of other processes on the same database learn of it (store/feed.py).
    `source` names the writing context, so that it skips its own; `token` tells this row from one that
    took its id after a backup was restored."""

    __tablename__ = "change_feed"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(32))
    token: Mapped[str] = mapped_column(String(32))
    changes: Mapped[str] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ImportedRecord(Base):
    """A record as the last bundle imported said it (services.exchange): a later bundle that differs
    from it changed the record there; this copy's record that differs from it was changed here."""

    __tablename__ = "imported_record"
    record_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64))
    fields_sha256: Mapped[str] = mapped_column(String(64))
    bundle_sha256: Mapped[str] = mapped_column(String(64))  # of the bundle file it came in
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
