"""The indexes that make the people registry quick to search and sort with 100,000 people.

`person.search_key` (domain.names.search_key, written by the services on every save) is indexed for
substring search: on SQLite by an FTS5 table with the trigram tokenizer over that column, kept in step
by triggers (bulk inserts included); on PostgreSQL by a pg_trgm GIN index. The sort orders of the
Kazakh and English lists (services.registry.person_order) get expression indexes on both.

The same statements run when a database is created from the models and in migration 0006.
"""
from __future__ import annotations

import warnings
from contextlib import contextmanager

from sqlalchemy import event

from ..domain.models import Person

FTS_TABLE = "person_search"
TRIGRAM_INDEX = "ix_person_search_key_trgm"
SORT_INDEXES = {
    # the surname and given name in that language, or the Russian where the person has none in it
    lang: (f"ix_person_sort_{lang}",
           f"coalesce(nullif(surname_{lang}, ''), surname), "
           f"(CASE WHEN (surname_{lang} != '') THEN given_name_{lang} ELSE given_name END)")
    for lang in ("kk", "en")
}
# what compare_metadata must not report as missing from the models
OBJECTS = {FTS_TABLE, *(f"{FTS_TABLE}_{part}" for part in ("data", "idx", "content", "docsize", "config")),
           TRIGRAM_INDEX, *(name for name, _ in SORT_INDEXES.values())}

_SQLITE = [
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(search_key, content='person', content_rowid='id', "
    "tokenize='trigram')",
    f"CREATE TRIGGER {FTS_TABLE}_insert AFTER INSERT ON person BEGIN "
    f"INSERT INTO {FTS_TABLE}(rowid, search_key) VALUES (new.id, new.search_key); END",
    f"CREATE TRIGGER {FTS_TABLE}_delete AFTER DELETE ON person BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_key) VALUES ('delete', old.id, old.search_key); END",
    f"CREATE TRIGGER {FTS_TABLE}_update AFTER UPDATE OF search_key ON person BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_key) VALUES ('delete', old.id, old.search_key); "
    f"INSERT INTO {FTS_TABLE}(rowid, search_key) VALUES (new.id, new.search_key); END",
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')",
]


def create(conn) -> None:
    """The search and sort indexes, in the connection's transaction."""
    name = conn.dialect.name
    if name == "sqlite":
        if _sqlite_has_trigram(conn):  # FTS5 and its trigram tokenizer: SQLite 3.34 and later
            for statement in _SQLITE:
                conn.exec_driver_sql(statement)
    elif name == "postgresql":
        try:
            with conn.begin_nested():  # a server without pg_trgm (or the right to add it) still searches
                conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                conn.exec_driver_sql(f"CREATE INDEX {TRIGRAM_INDEX} ON person USING gin (search_key gin_trgm_ops)")
        except Exception:  # noqa: BLE001 - the index is an optimisation; the search itself is plain LIKE
            pass
    for index, columns in SORT_INDEXES.values():
        conn.exec_driver_sql(f"CREATE INDEX {index} ON person ({_parenthesised(columns, name)})")


def drop(conn) -> None:
    for index, _ in SORT_INDEXES.values():
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {index}")
    if conn.dialect.name == "sqlite":
        for trigger in ("insert", "delete", "update"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {FTS_TABLE}_{trigger}")
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {TRIGRAM_INDEX}")


def has_fts(conn) -> bool:
    """Whether this SQLite database has the trigram table (a database made where FTS5 was missing has not)."""
    return conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                (FTS_TABLE,)).first() is not None


def fts_query(terms: list[str]) -> str:
    """An FTS5 MATCH string: every term as a quoted substring, all required."""
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)


@contextmanager
def quiet_reflection():
    """SQLAlchemy cannot reflect the sort orders' expression indexes and warns on stderr each time a table is
    reflected (a migration's batch copy, the schema check): expected, and nothing for a user to read."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index")
        yield


def include_name(name, type_, parent_names) -> bool:
    """For compare_metadata: these objects are made by this module, not by the models."""
    return name not in OBJECTS


def _sqlite_has_trigram(conn) -> bool:
    try:
        conn.exec_driver_sql("CREATE VIRTUAL TABLE temp.trigram_probe USING fts5(x, tokenize='trigram')")
    except Exception:  # noqa: BLE001 - "no such module: fts5" or an unknown tokenizer
        return False
    conn.exec_driver_sql("DROP TABLE temp.trigram_probe")
    return True


def _parenthesised(columns: str, dialect: str) -> str:
    # PostgreSQL wants each expression of an index in its own parentheses
    if dialect != "postgresql":
        return columns
    first, second = columns.split(", (", 1)
    return f"({first}), ({second}"


@event.listens_for(Person.__table__, "after_create")
def _after_create(target, connection, **kw) -> None:
    create(connection)
