"""minutes search: a full-text index over agenda titles, what was heard, speeches, resolutions and
assignments in every language (SQLite FTS5 kept by triggers and filled with the rows already there;
PostgreSQL GIN indexes over to_tsvector('simple', …)), see store/minutes_search.py

Revision ID: 0007
Revises: 0006
"""
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from council_desktop.store import minutes_search

    minutes_search.create(op.get_bind())


def downgrade() -> None:
    from council_desktop.store import minutes_search

    minutes_search.drop(op.get_bind())
