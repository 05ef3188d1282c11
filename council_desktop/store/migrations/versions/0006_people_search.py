"""people search: the search key folded by domain.names.search_key (look-alike letters, Kazakh and
Cyrillic case), indexed for substring search (SQLite FTS5 trigram table, or pg_trgm on PostgreSQL), and
expression indexes for the Kazakh and English sort orders

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_FIELDS = ("surname", "given_name", "patronymic", "surname_kk", "given_name_kk", "patronymic_kk",
           "surname_en", "given_name_en", "patronymic_en", "email")


def _rekey(key) -> None:
    conn = op.get_bind()
    person = sa.table("person", sa.column("id"), sa.column("search_key"), *map(sa.column, _FIELDS))
    rows = conn.execute(sa.select(person.c.id, *(person.c[f] for f in _FIELDS))).all()
    if rows:
        conn.execute(person.update().where(person.c.id == sa.bindparam("pid")).values(search_key=sa.bindparam("key")),
                     [{"pid": r[0], "key": key(*r[1:])} for r in rows])


def upgrade() -> None:
    from council_desktop.domain.names import search_key
    from council_desktop.store import people_search

    _rekey(search_key)
    people_search.create_indexes(op.get_bind())


def downgrade() -> None:
    from council_desktop.store import people_search

    people_search.drop_indexes(op.get_bind())
    _rekey(lambda *parts: " ".join(p for p in parts if p).casefold())  # as 0001 to 0005 kept it
