"""short names of organisations and council bodies in Kazakh and English; the data of a signed protocol

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SHORT_NAMES = {"organization": ("short_name_kk", "short_name_en"), "council_body": ("short_name_kk", "short_name_en")}


def upgrade() -> None:
    # the rows already there get "": no short name in that language yet; a protocol signed before
    # this version has no stored data (its other layouts print from the records, as they did)
    for table, columns in SHORT_NAMES.items():
        with op.batch_alter_table(table) as batch:
            for column in columns:
                batch.add_column(sa.Column(column, sa.String(length=80), nullable=False, server_default=""))
    with op.batch_alter_table("protocol_issue") as batch:
        batch.add_column(sa.Column("content", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("protocol_issue") as batch:
        batch.drop_column("content")
    for table, columns in SHORT_NAMES.items():
        with op.batch_alter_table(table) as batch:
            for column in columns:
                batch.drop_column(column)
