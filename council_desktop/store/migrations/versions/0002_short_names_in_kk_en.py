"""short names of organisations and council bodies in Kazakh and English

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TABLES = ("organization", "council_body")
COLUMNS = ("short_name_kk", "short_name_en")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            for column in COLUMNS:
                # the rows already there get "": no short name in that language yet
                batch.add_column(sa.Column(column, sa.String(length=80), nullable=False, server_default=""))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            for column in COLUMNS:
                batch.drop_column(column)
