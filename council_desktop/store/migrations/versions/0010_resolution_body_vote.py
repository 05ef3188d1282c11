"""joint meetings: a show-of-hands vote counted per body (for, against, abstained), where each body
needs its own majority; no rows: the vote is counted only in total (domain/rules.py body_votes)

Revision ID: 0010
Revises: 0009
"""
import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "resolution_body_vote",
        sa.Column("resolution_id", sa.Integer(), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column("votes_for", sa.Integer(), nullable=False),
        sa.Column("votes_against", sa.Integer(), nullable=False),
        sa.Column("votes_abstained", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["resolution_id"], ["resolution.id"], ondelete="CASCADE",
                                name=op.f("fk_resolution_body_vote_resolution_id_resolution")),
        sa.ForeignKeyConstraint(["body_id"], ["council_body.id"], ondelete="CASCADE",
                                name=op.f("fk_resolution_body_vote_body_id_council_body")),
        sa.UniqueConstraint("resolution_id", "body_id", name="uq_resolution_body_vote_body"),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resolution_body_vote")),
        sa.UniqueConstraint("uuid", name=op.f("uq_resolution_body_vote_uuid")),
    )
    op.create_index(op.f("ix_resolution_body_vote_resolution_id"), "resolution_body_vote", ["resolution_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_resolution_body_vote_resolution_id"), table_name="resolution_body_vote")
    op.drop_table("resolution_body_vote")
