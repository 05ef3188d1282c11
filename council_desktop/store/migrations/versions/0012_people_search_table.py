"""people search table: on PostgreSQL a narrow copy of what a search reads of each person (the search key
and the surname orders of the three languages), kept in step by triggers, with a pg_trgm index of its own,
so that a search finding thousands of people reads fewer pages (store/people_search.py); nothing on SQLite,
whose FTS5 trigram table (0006) does this

Revision ID: 0012
Revises: 0011
"""
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from council_desktop.store import people_search

    people_search.create_table(op.get_bind())


def downgrade() -> None:
    from council_desktop.store import people_search

    people_search.drop_table(op.get_bind())
