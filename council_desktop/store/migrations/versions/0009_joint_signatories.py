"""joint meetings: who signs the protocol for each body (its chair and secretary), as set per meeting;
empty means the default (domain/rules.py signatories())

Revision ID: 0009
Revises: 0008
"""
import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

COLUMNS = ("signing_chair_id", "signing_secretary_id")


# a batch: SQLite can neither name nor drop a column's reference in place. Nothing refers to
# meeting_body, so its copy (on SQLite) drops no one's rows; on PostgreSQL these are plain ALTERs
def upgrade() -> None:
    with op.batch_alter_table("meeting_body") as batch:
        for column in COLUMNS:
            batch.add_column(sa.Column(column, sa.Integer(), nullable=True))
            batch.create_foreign_key(f"fk_meeting_body_{column}_person", "person", [column], ["id"],
                                     ondelete="SET NULL")


def downgrade() -> None:
    with op.batch_alter_table("meeting_body") as batch:
        for column in reversed(COLUMNS):
            batch.drop_constraint(f"fk_meeting_body_{column}_person", type_="foreignkey")
            batch.drop_column(column)
