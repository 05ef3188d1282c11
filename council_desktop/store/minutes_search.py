"""The full-text index over what the minutes say: agenda titles, what was heard, speeches, resolutions and
assignments, each in Kazakh, Russian and English.

SQLite: one FTS5 table (tokenizer unicode61 with remove_diacritics 0, which folds the case of every Kazakh
and Russian letter and keeps й, ё, ә… apart from и, е, а) holding one row per non-empty text; its rowid says
which text it is (`rowid_of`), so that triggers on the five tables keep it in step by rowid, whatever wrote
(an edit, an undo, a deletion cascading from a meeting, a bundle import, a migration).
PostgreSQL: a GIN index per text column over minutes_search_words(column), the text's words as a tsvector,
split and folded by the same class of letters and the same table as `terms` and `fold` use in Python, so
that neither depends on the server's locale (in a database of the C locale PostgreSQL's own parser and
lower() know no Cyrillic letter; measured).

The same statements run when a database is created from the models and in migration 0007. A later
migration that rebuilds one of these tables on SQLite (batch mode copies and drops it, and its triggers
with it) must call `drop` and `create` again.
"""
from __future__ import annotations

import re

from sqlalchemy import event

from ..domain.models import Base

FTS_TABLE = "minutes_search"
WORDS_FUNCTION = "minutes_search_words"  # PostgreSQL: a text's words as a tsvector
LANGUAGES = ("kk", "ru", "en")
# what is searched: (kind, table, column stem, the agenda item's id as SQL over the row `x`)
SOURCES = (
    ("title", "agenda_item", "title", "x.id"),
    ("heard", "agenda_item", "heard", "x.id"),
    ("speech", "speech", "gist", "x.item_id"),
    ("resolution", "resolution", "text", "x.item_id"),
    ("assignment", "assignment", "task", "(SELECT item_id FROM resolution WHERE resolution.id = x.resolution_id)"),
)
KINDS = tuple(kind for kind, *_ in SOURCES)
_SLOTS = 16  # rowid = source row id × 16 + kind × 3 + language: the five kinds × three languages fit

# the one case fold: capitals of Latin, Greek and Cyrillic (Kazakh's ә ғ қ ң ө ұ ү һ і included) to small
# letters, letter for letter (a snippet's offsets in the folded text are those in the text)
_CAPITALS = "".join(c for c in map(chr, (*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x370, 0x530)))
                    if len(c.lower()) == 1 and c.lower() != c)
_SMALL = "".join(c.lower() for c in _CAPITALS)
_FOLD = str.maketrans(_CAPITALS, _SMALL)
# the letters and digits of a word: the Latin, Greek and Cyrillic alphabets (Kazakh's included), as SQLite's
# unicode61 tokenizer takes them; PostgreSQL splits words by this class itself (its own parser knows no
# Cyrillic letter in a database of the C locale)
WORD_CLASS = "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in (
    (0x30, 0x39), (0x41, 0x5A), (0x61, 0x7A), (0xC0, 0xD6), (0xD8, 0xF6), (0xF8, 0x24F), (0x386, 0x386),
    (0x388, 0x3CE), (0x400, 0x481), (0x48A, 0x52F)))
_WORD = re.compile(f"[{WORD_CLASS}]+")
LONGEST = 200  # letters of a word the PostgreSQL index keeps (a lexeme has at most 2047 bytes)


def fold(text: str) -> str:
    """A text as the index compares it: Kazakh, Russian and Latin capitals made small (same length)."""
    return text.translate(_FOLD)


def terms(query: str) -> list[str]:
    """The words a user typed, folded: letters and digits only, so that nothing typed is syntax; each at
    most LONGEST letters, as PostgreSQL's index keeps them."""
    return [w[:LONGEST] for w in _WORD.findall(fold(query))]


def rowid_of(kind: str, lang: str, source_id) -> str | int:
    code = KINDS.index(kind) * 3 + LANGUAGES.index(lang)
    return source_id * _SLOTS + code if isinstance(source_id, int) else f"{source_id} * {_SLOTS} + {code}"


def decode(rowid: int) -> tuple[str, str, int]:
    """(kind, language, the source row's id) of an index row."""
    source_id, code = divmod(rowid, _SLOTS)
    return KINDS[code // 3], LANGUAGES[code % 3], source_id


def match_sql(dialect: str) -> str:
    """A query of the hits (kind, lang, source_id, item_id) for the bound :q (`query`)."""
    if dialect == "sqlite":
        return (f"SELECT rowid AS rid, item_id FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q")
    parts = []
    for code, (kind, table, stem, item) in enumerate(SOURCES):
        for n, lang in enumerate(LANGUAGES):
            parts.append(f"SELECT x.id * {_SLOTS} + {code * 3 + n} AS rid, {item} AS item_id FROM {table} x "
                         f"WHERE {WORDS_FUNCTION}(x.{stem}_{lang}) @@ CAST(:q AS tsquery)")
    return " UNION ALL ".join(parts)


def query(dialect: str, words: list[str]) -> str:
    """The bound :q for `match_sql`: every word as a quoted prefix, all required."""
    if dialect == "sqlite":
        return " ".join('"' + w.replace('"', '""') + '"*' for w in words)
    return " & ".join("'" + w.replace("'", "''").replace("\\", "\\\\") + "':*" for w in words)


def _pg_index(table: str, column: str) -> str:
    return f"ix_{FTS_TABLE}_{table}_{column}"


def _fill(conn) -> None:
    for kind, table, stem, item in SOURCES:
        for lang in LANGUAGES:
            conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}(rowid, body, item_id) "
                                 f"SELECT {rowid_of(kind, lang, 'x.id')}, x.{stem}_{lang}, {item} "
                                 f"FROM {table} x WHERE x.{stem}_{lang} != ''")


def create(conn) -> None:
    """The index, its triggers and its rows for what is already there, in the connection's transaction."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(body, item_id UNINDEXED, "
                             "tokenize='unicode61 remove_diacritics 0')")
        for statement in _triggers():
            conn.exec_driver_sql(statement)
        _fill(conn)
    elif conn.dialect.name == "postgresql":
        # the words as `terms` takes them, folded as `fold` folds, made lexemes as they are (no dictionary)
        conn.exec_driver_sql(
            f"CREATE FUNCTION {WORDS_FUNCTION}(text) RETURNS tsvector LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE "
            f"AS $$ SELECT array_to_tsvector(ARRAY(SELECT DISTINCT left(w, {LONGEST}) FROM unnest("
            f"regexp_split_to_array(translate($1, '{_CAPITALS}', '{_SMALL}'), '[^{WORD_CLASS}]+')) AS w "
            f"WHERE w != '')) $$")
        for _, table, stem, _ in SOURCES:
            for lang in LANGUAGES:
                column = f"{stem}_{lang}"
                conn.exec_driver_sql(f"CREATE INDEX {_pg_index(table, column)} ON {table} "
                                     f"USING gin ({WORDS_FUNCTION}({column}))")


def drop(conn) -> None:
    if conn.dialect.name == "sqlite":
        for table in dict.fromkeys(t for _, t, _, _ in SOURCES):
            for event_name in ("insert", "delete", "update"):
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {FTS_TABLE}_{table}_{event_name}")
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    elif conn.dialect.name == "postgresql":
        for _, table, stem, _ in SOURCES:
            for lang in LANGUAGES:
                conn.exec_driver_sql(f"DROP INDEX IF EXISTS {_pg_index(table, f'{stem}_{lang}')}")
        conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {WORDS_FUNCTION}(text)")


def _triggers() -> list[str]:
    statements = []
    for table in dict.fromkeys(t for _, t, _, _ in SOURCES):
        mine = [s for s in SOURCES if s[1] == table]
        columns = [f"{stem}_{lang}" for _, _, stem, _ in mine for lang in LANGUAGES]
        insert = "".join(
            f"INSERT INTO {FTS_TABLE}(rowid, body, item_id) SELECT {rowid_of(kind, lang, 'new.id')}, "
            f"new.{stem}_{lang}, {item.replace('x.', 'new.')} WHERE new.{stem}_{lang} != ''; "
            for kind, _, stem, item in mine for lang in LANGUAGES)
        delete = (f"DELETE FROM {FTS_TABLE} WHERE rowid IN ("
                  + ", ".join(str(rowid_of(kind, lang, "old.id")) for kind, *_ in mine for lang in LANGUAGES) + "); ")
        statements += [
            f"CREATE TRIGGER {FTS_TABLE}_{table}_insert AFTER INSERT ON {table} BEGIN {insert}END",
            f"CREATE TRIGGER {FTS_TABLE}_{table}_delete AFTER DELETE ON {table} BEGIN {delete}END",
            f"CREATE TRIGGER {FTS_TABLE}_{table}_update AFTER UPDATE OF {', '.join(columns)} ON {table} "
            f"BEGIN {delete}{insert}END",
        ]
    return statements


def rebuild(conn) -> None:
    """The index made again from the texts (`council reindex`), in the connection's transaction."""
    drop(conn)
    create(conn)


def check(conn) -> tuple[bool, str]:
    """For `council check`: the index is there and holds every non-empty text, and nothing else."""
    if conn.dialect.name == "postgresql":
        wanted = {_pg_index(t, f"{s}_{lang}") for _, t, s, _ in SOURCES for lang in LANGUAGES}
        present = set(conn.exec_driver_sql("SELECT indexname FROM pg_indexes WHERE indexname LIKE "
                                           f"'ix_{FTS_TABLE}_%%'").scalars())
        missing = sorted(wanted - present)
        return not missing, f"missing: {', '.join(missing)}; run `council reindex`" if missing else ""
    if conn.dialect.name != "sqlite":
        return True, ""
    if not conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = ?", (FTS_TABLE,)).first():
        return False, "the minutes search index is missing; run `council reindex`"
    conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('integrity-check')")  # raises if damaged
    texts = " UNION ALL ".join(
        f"SELECT {rowid_of(kind, lang, 'x.id')} AS rid FROM {table} x WHERE x.{stem}_{lang} != ''"
        for kind, table, stem, _ in SOURCES for lang in LANGUAGES)
    texts = f"SELECT rid FROM ({texts})"
    missing = conn.exec_driver_sql(f"SELECT count(*) FROM ({texts} EXCEPT SELECT rowid FROM {FTS_TABLE})").scalar()
    extra = conn.exec_driver_sql(f"SELECT count(*) FROM (SELECT rowid FROM {FTS_TABLE} EXCEPT {texts})").scalar()
    stale = conn.exec_driver_sql(" + ".join(
        f"(SELECT count(*) FROM {FTS_TABLE} f JOIN {table} x ON f.rowid = {rowid_of(kind, lang, 'x.id')} "
        f"WHERE f.body IS NOT x.{stem}_{lang})" for kind, table, stem, _ in SOURCES for lang in LANGUAGES
    ).join(("SELECT ", ""))).scalar()
    if missing or extra or stale:
        return False, (f"the minutes search index misses {missing} texts, keeps {extra} gone and {stale} changed; "
                       "run `council reindex`")
    return True, ""


def objects() -> set[str]:
    """What compare_metadata must not report as missing from the models."""
    shadow = {f"{FTS_TABLE}_{part}" for part in ("data", "idx", "content", "docsize", "config")}
    return {FTS_TABLE, *shadow, *(_pg_index(t, f"{s}_{lang}") for _, t, s, _ in SOURCES for lang in LANGUAGES)}


def include_name(name, type_, parent_names) -> bool:
    """For compare_metadata: these objects are made by this module, not by the models."""
    return name not in objects()


@event.listens_for(Base.metadata, "after_create")
def _after_create(target, connection, tables=None, **kw) -> None:
    if tables is None or {"agenda_item", "speech", "resolution", "assignment"} <= {t.name for t in tables}:
        create(connection)
