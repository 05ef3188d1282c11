"""meeting mode: arrivals and departures with times, item start and end, timed speeches, the speakers'
list, and who was present at each vote with their choice where it was named

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _record_columns(table: str) -> list:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        sa.UniqueConstraint("uuid", name=op.f(f"uq_{table}_uuid")),
    ]


def upgrade() -> None:
    op.create_table(
        "presence_event",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("arrived", sa.Boolean(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE",
                                name=op.f("fk_presence_event_meeting_id_meeting")),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE",
                                name=op.f("fk_presence_event_person_id_person")),
        *_record_columns("presence_event"),
    )
    op.create_index(op.f("ix_presence_event_meeting_id"), "presence_event", ["meeting_id"])
    op.create_table(
        "speaker_request",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["agenda_item.id"], ondelete="CASCADE",
                                name=op.f("fk_speaker_request_item_id_agenda_item")),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE",
                                name=op.f("fk_speaker_request_person_id_person")),
        *_record_columns("speaker_request"),
    )
    op.create_index(op.f("ix_speaker_request_item_id"), "speaker_request", ["item_id"])
    op.create_table(
        "vote_participant",
        sa.Column("resolution_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("choice", sa.Enum("for", "against", "abstained", name="votechoice", native_enum=False,
                                    length=32), nullable=True),
        sa.ForeignKeyConstraint(["resolution_id"], ["resolution.id"], ondelete="CASCADE",
                                name=op.f("fk_vote_participant_resolution_id_resolution")),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE",
                                name=op.f("fk_vote_participant_person_id_person")),
        sa.UniqueConstraint("resolution_id", "person_id", name="uq_vote_participant_person"),
        *_record_columns("vote_participant"),
    )
    op.create_index(op.f("ix_vote_participant_resolution_id"), "vote_participant", ["resolution_id"])
    # plain ALTER TABLE ADD / DROP COLUMN: a batch copy of agenda_item or resolution would drop the
    # table, and with foreign keys on, SQLite would delete what refers to it (speeches, assignments)
    op.add_column("agenda_item", sa.Column("started_at", sa.DateTime(), nullable=True))
    op.add_column("agenda_item", sa.Column("ended_at", sa.DateTime(), nullable=True))
    op.add_column("speech", sa.Column("started_at", sa.DateTime(), nullable=True))
    op.add_column("speech", sa.Column("duration_seconds", sa.Integer(), nullable=True))
    op.add_column("resolution", sa.Column("voted_at", sa.DateTime(), nullable=True))
    # '0' is false for SQLite and PostgreSQL alike, and a constant, which ADD COLUMN needs
    op.add_column("resolution", sa.Column("roll_call", sa.Boolean(), nullable=False, server_default="0"))


def downgrade() -> None:
    for table, column in (("resolution", "roll_call"), ("resolution", "voted_at"), ("speech", "duration_seconds"),
                          ("speech", "started_at"), ("agenda_item", "ended_at"), ("agenda_item", "started_at")):
        op.drop_column(table, column)
    op.drop_index(op.f("ix_vote_participant_resolution_id"), table_name="vote_participant")
    op.drop_table("vote_participant")
    op.drop_index(op.f("ix_speaker_request_item_id"), table_name="speaker_request")
    op.drop_table("speaker_request")
    op.drop_index(op.f("ix_presence_event_meeting_id"), table_name="presence_event")
    op.drop_table("presence_event")
