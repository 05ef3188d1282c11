"""The indexes that make the people registry quick to search and sort with 100,000 people.

`person.search_key` (domain.names.search_key, written by the services on every save) is indexed for
substring search: on SQLite by an FTS5 table with the trigram tokenizer over that column, kept in step
by triggers (bulk inserts included); on PostgreSQL by a pg_trgm GIN index, and (migration 0012) by a
narrow copy of the searched and sorted columns, `person_search`, with a GIN index of its own, kept in step
by triggers. The sort orders of the Kazakh and English lists (sort_columns) get expression indexes on both.

The same statements run when a database is created from the models and in migrations 0006 and 0012.

`search` is the search itself, in plain SQL over a DB-API connection (as store.snapshot reads): what a
keystroke in the People list asks is one `search` (the count stopped past CAP, and the ids of one page),
then the page's rows through `snapshot.read_rows`.
"""
from __future__ import annotations

import json
import sqlite3
import warnings
from contextlib import contextmanager

from sqlalchemy import event
from sqlalchemy.exc import SAWarning

from ..domain.models import Person
from .snapshot import in_style

SEARCH_TABLE = "person_search"  # SQLite: the FTS5 trigram table; PostgreSQL: the narrow copy (_PG_TABLE)
TRIGRAM_INDEX = "ix_person_search_key_trgm"
TABLE_TRIGRAM_INDEX = "ix_person_search_trgm"  # the narrow copy's, on PostgreSQL


def _name_order(lang: str) -> tuple[str, str]:
    """The surname and given name in that language, or the Russian where the person has none in it."""
    return (f"coalesce(nullif(surname_{lang}, ''), surname)",  # '' literal: SQLite matches the index's text
            f"(CASE WHEN (surname_{lang} != '') THEN given_name_{lang} ELSE given_name END)")


SORT_INDEXES = {lang: (f"ix_person_sort_{lang}", _name_order(lang)) for lang in ("kk", "en")}


def sort_columns(order: str, lang: str) -> list[str]:
    """The SQL expressions a page of people is sorted by (then by id) in a list shown in `lang`: kk / en sort
    by that language's forms, or the Russian where a person has none (as Person.name_parts and describe)."""
    if lang in SORT_INDEXES and order in ("surname", "given_name"):
        surname, given = _name_order(lang)
        return [surname, given] if order == "surname" else [given]
    if lang in SORT_INDEXES and order in ("degree", "position"):
        return [f"coalesce(nullif({order}_{lang}, ''), {order})"]
    return {"surname": ["surname", "given_name"], "given_name": ["given_name"], "patronymic": ["patronymic"],
            "degree": ["degree"], "position": ["position"], "email": ["email"],
            "organization": ["organization_id"], "id": []}.get(order, ["surname", "given_name"])


# what compare_metadata must not report as missing from the models
OBJECTS = {SEARCH_TABLE, *(f"{SEARCH_TABLE}_{part}" for part in ("data", "idx", "content", "docsize", "config")),
           TRIGRAM_INDEX, TABLE_TRIGRAM_INDEX, *(name for name, _ in SORT_INDEXES.values())}

_SQLITE = [
    f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5(search_key, content='person', content_rowid='id', "
    "tokenize='trigram')",
    f"CREATE TRIGGER {SEARCH_TABLE}_insert AFTER INSERT ON person BEGIN "
    f"INSERT INTO {SEARCH_TABLE}(rowid, search_key) VALUES (new.id, new.search_key); END",
    f"CREATE TRIGGER {SEARCH_TABLE}_delete AFTER DELETE ON person BEGIN "
    f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}, rowid, search_key) VALUES ('delete', old.id, old.search_key); END",
    f"CREATE TRIGGER {SEARCH_TABLE}_update AFTER UPDATE OF search_key ON person BEGIN "
    f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}, rowid, search_key) VALUES ('delete', old.id, old.search_key); "
    f"INSERT INTO {SEARCH_TABLE}(rowid, search_key) VALUES (new.id, new.search_key); END",
    f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('rebuild')",
]


def create(conn) -> None:
    """Everything this module makes (a new database, `council reindex`), in the connection's transaction."""
    create_indexes(conn)
    create_table(conn)


def drop(conn) -> None:
    drop_table(conn)
    drop_indexes(conn)


def create_indexes(conn) -> None:
    """The search and sort indexes over `person` (migration 0006)."""
    name = conn.dialect.name
    if name == "sqlite":
        if _sqlite_has_trigram(conn):  # FTS5 and its trigram tokenizer: SQLite 3.34 and later
            for statement in _SQLITE:
                conn.exec_driver_sql(statement)
    elif name == "postgresql":
        _trigram_index(conn, "person", TRIGRAM_INDEX)
    for index, columns in SORT_INDEXES.values():
        # PostgreSQL wants each expression of an index in its own parentheses
        listed = ", ".join(f"({c})" if name == "postgresql" else c for c in columns)
        conn.exec_driver_sql(f"CREATE INDEX {index} ON person ({listed})")


def drop_indexes(conn) -> None:
    for index, _ in SORT_INDEXES.values():
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {index}")
    if conn.dialect.name == "sqlite":
        for trigger in ("insert", "delete", "update"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {SEARCH_TABLE}_{trigger}")
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {SEARCH_TABLE}")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {TRIGRAM_INDEX}")


def _trigram_index(conn, table: str, index: str) -> None:
    try:
        with conn.begin_nested():  # a server without pg_trgm (or the right to add it) still searches
            conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            conn.exec_driver_sql(f"CREATE INDEX {index} ON {table} USING gin (search_key gin_trgm_ops)")
    except Exception:  # noqa: BLE001 - the index is an optimisation; the search itself is plain LIKE
        pass


# PostgreSQL: a narrow copy of what a search reads of every match (the key, rechecked against LIKE, and the
# surname orders of the three languages), so that a search finding thousands of people visits about 1,900
# pages instead of the 3,200 of `person` (far more where positions and degrees are filled in): ru "к"
# (13,255 matches) sorted in 5.5-5.7 ms instead of 7.0 (benchmarks/README.md). The Kazakh and English forms
# are NULL where a person has none in that language (the Russian sorts in their place, as _name_order says).
_PG_COLUMNS = {"id": "n.id", "search_key": "n.search_key", "surname": "n.surname", "given_name": "n.given_name",
               **{column: value for lang in ("kk", "en") for column, value in (
                   (f"surname_{lang}", f"nullif(n.surname_{lang}, '')"),
                   (f"given_name_{lang}", f"CASE WHEN n.surname_{lang} != '' THEN n.given_name_{lang} END"))}}
_PG_ROW = ", ".join(_PG_COLUMNS.values())
_PG_SYNC = f"{SEARCH_TABLE}_sync"
_PG_TABLE = [
    f"CREATE TABLE {SEARCH_TABLE} (id integer PRIMARY KEY, search_key varchar(1200) NOT NULL, "
    "surname varchar(120) NOT NULL, given_name varchar(120) NOT NULL, surname_kk varchar(120), "
    "given_name_kk varchar(120), surname_en varchar(120), given_name_en varchar(120))",
    # inserts and deletes a statement at a time (an import of 100,000 people is one INSERT of many rows), an
    # update a row at a time (transition tables cannot go with a column list): only where a copied column changed
    f"""CREATE FUNCTION {_PG_SYNC}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO {SEARCH_TABLE} SELECT {_PG_ROW} FROM new_people n;
        ELSIF TG_OP = 'DELETE' THEN
            DELETE FROM {SEARCH_TABLE} s USING old_people o WHERE s.id = o.id;
        ELSIF TG_OP = 'UPDATE' THEN
            DELETE FROM {SEARCH_TABLE} WHERE id = OLD.id;
            INSERT INTO {SEARCH_TABLE} SELECT {_PG_ROW} FROM (SELECT NEW.*) n;
        ELSE
            TRUNCATE {SEARCH_TABLE};
        END IF;
        RETURN NULL;
    END $$""",
    f"CREATE TRIGGER {SEARCH_TABLE}_insert AFTER INSERT ON person REFERENCING NEW TABLE AS new_people "
    f"FOR EACH STATEMENT EXECUTE FUNCTION {_PG_SYNC}()",
    f"CREATE TRIGGER {SEARCH_TABLE}_delete AFTER DELETE ON person REFERENCING OLD TABLE AS old_people "
    f"FOR EACH STATEMENT EXECUTE FUNCTION {_PG_SYNC}()",
    f"CREATE TRIGGER {SEARCH_TABLE}_update AFTER UPDATE OF id, {', '.join(list(_PG_COLUMNS)[1:])} ON person "
    f"FOR EACH ROW EXECUTE FUNCTION {_PG_SYNC}()",
    f"CREATE TRIGGER {SEARCH_TABLE}_truncate AFTER TRUNCATE ON person FOR EACH STATEMENT EXECUTE FUNCTION {_PG_SYNC}()",
    f"INSERT INTO {SEARCH_TABLE} SELECT {_PG_ROW} FROM person n",
]
_PG_TRIGGERS = [f"{SEARCH_TABLE}_{event}" for event in ("insert", "delete", "update", "truncate")]


def create_table(conn) -> None:
    """PostgreSQL: the narrow copy, its triggers and its trigram index, filled (migration 0012). SQLite's
    counterpart is the FTS5 table (create_indexes)."""
    if conn.dialect.name == "postgresql":
        for statement in _PG_TABLE:
            conn.exec_driver_sql(statement)
        _trigram_index(conn, SEARCH_TABLE, TABLE_TRIGRAM_INDEX)
        conn.exec_driver_sql(f"ANALYZE {SEARCH_TABLE}")  # _estimate reads its statistics


def drop_table(conn) -> None:
    if conn.dialect.name == "postgresql":
        for trigger in _PG_TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger} ON person")
        conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {_PG_SYNC}()")
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {SEARCH_TABLE}")


# A keystroke's search counts its matches no further than CAP + 1 (the list says "more than CAP"): an exact
# count visits every match, 23-33 ms for en "s" (33,334 matches) on PostgreSQL, where pg_trgm's LIKE
# rechecks each row; up to CAP + 1 it is about 1-2 ms there.
CAP = 1000
# Walking the sort order's index until a page is full beats sorting every match (each costs about 0.3 µs on
# SQLite, 0.5-0.8 µs on PostgreSQL) when more than FEW match. The walk goes at most SPREAD times as far as
# the page would take if the matches were spread evenly along the order; where they cluster further down
# (ru "к": the К names begin a third of the way), the matches are sorted after all. Where the count stopped
# (PostgreSQL, past CAP) the planner's estimate stands for it. PostgreSQL's planner, left to itself, walks
# for any number of matches (it takes them as spread evenly): 19-34 ms for ru "қ", whose 2,208 matches it
# sorts in 3 ms.
FEW = 20_000
SPREAD = 4
_INDEXED_ORDERS = ("surname", "id")  # the orders an index walks (ix_person_surname, ix_person_sort_kk / _en)


def counted_to(conn) -> int:
    """How far a keystroke's count goes: on SQLite the trigram table counts 20,000 matches in about 1 ms, so
    up to FEW, which the plan needs (the list still says "more than CAP"); pg_trgm rechecks every match, so
    there only to CAP, and the planner's estimate chooses the plan."""
    return max(FEW, CAP) if _is_sqlite(conn) else CAP


def count(conn, terms: list[str], cap: int | None = None) -> int:
    """How many people a search (domain.names.search_terms) finds, over a DB-API connection; with `cap`,
    counted no further than cap + 1 (more than `cap` found)."""
    with _capped_plan(conn, cap):
        return _query(conn, *_counted(conn, terms, cap))[0][0]


def _counted(conn, terms: list[str], cap: int | None, table: str = "person") -> tuple[str, list[str]]:
    """The SQL of `count`, and its parameters; PostgreSQL counts in `table` (person or its narrow copy)."""
    if not terms:
        sql, params = f"SELECT 1 FROM {table}", []
    elif _fts(conn):
        sql, params = f"SELECT 1 FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ?", [fts_query(terms)]
    else:
        where, params = _contains(conn, terms)
        sql = f"SELECT 1 FROM {table} WHERE {where}"
    return f"SELECT count(*) FROM ({sql}{'' if cap is None else f' LIMIT {int(cap) + 1}'}) found", params


@contextmanager
def _capped_plan(conn, cap: int | None):
    """PostgreSQL, shown the LIMIT of a capped count, scans the table to the cap + 1st match, which reads
    15,000 rows for ru "ка" (6,609 matches spread through the table): 6 ms, against 1.3 ms by the trigram
    index's bitmap. Without a table scan it takes the bitmap, or where the matches are dense (en "s") a walk
    of the search key's own index stopping as soon (0.8-1.3 ms). A MATERIALIZED CTE, planned for all its
    rows, would take the bitmap there too (about 2 ms).

    JIT goes off with it: a table scan left in a plan (no trigram index: a server without pg_trgm, or a term
    with no trigram in it) then costs 10^10 more (disable_cost), far past jit_above_cost, and the server
    compiled each such statement (JIT inlining and optimisation) before reading a few hundred rows: 200-250 ms a
    keystroke where the search itself takes 0.3 ms, and the scan test's thousands of searches past its
    timeout."""
    if cap is None or _is_sqlite(conn):
        yield
        return
    _query(conn, "SET LOCAL enable_seqscan = off")
    _query(conn, "SET LOCAL jit = off")
    try:
        yield
    finally:
        _query(conn, "RESET jit")
        _query(conn, "RESET enable_seqscan")


def search(conn, terms: list[str], order: str = "surname", lang: str = "ru", descending: bool = False,
           offset: int = 0, limit: int | None = None, counted: bool = True) -> tuple[int | None, list[int]]:
    """How many people a search finds (counted to counted_to; None unless `counted`) and the ids of one page
    of them, sorted by `order` as the list in `lang` shows it (sort_columns, then the id; all reversed when
    `descending`)."""
    if _is_sqlite(conn):
        found = count(conn, terms, counted_to(conn)) if counted else None
        return found, _find_sqlite(conn, terms, order, lang, descending, offset, limit, found)
    return _search_postgresql(conn, terms, order, lang, descending, offset, limit, counted)


def _order(columns: list[str], descending: bool) -> tuple[str, str, str]:
    """ORDER BY the sort keys (then the id), the keys named k0, k1, … for an outer query, and its ORDER BY."""
    direction = " DESC" if descending else ""
    return (", ".join(f"{c}{direction}" for c in columns),
            ", ".join(f"{c} AS k{n}" for n, c in enumerate(columns)),
            ", ".join(f"k{n}{direction}" for n in range(len(columns))))


def _walk(conn, where, columns, descending, offset, limit, matches) -> tuple[str, int, int]:
    """Walking the sort order's index (see SPREAD): the SQL of the page, how far it walks, and how far there
    is to walk."""
    order_by, keys, walked = _order(columns, descending)
    last = _query(conn, "SELECT max(id) FROM person")[0][0] or 0  # about how many people (as far as a walk goes)
    budget = SPREAD * (offset + limit) * last // max(matches, 1)
    return (f"SELECT k{len(columns) - 1} FROM (SELECT search_key, {keys} FROM person ORDER BY {order_by} "
            f"LIMIT {budget}) w WHERE {where} ORDER BY {walked} LIMIT {int(limit)} OFFSET {int(offset)}", budget, last)


def _find_sqlite(conn, terms, order, lang, descending, offset, limit, matches) -> list[int]:
    columns = [*sort_columns(order, lang), "id"]
    order_by, _, _ = _order(columns, descending)
    page = f" LIMIT {-1 if limit is None else int(limit)} OFFSET {int(offset)}"
    if not terms:
        return _ids(conn, f"SELECT id FROM person ORDER BY {order_by}{page}")
    where, params = _contains(conn, terms)
    fts = _fts(conn)
    if not fts:  # no index to find the matches by: the sort order's, each row checked
        return _ids(conn, f"SELECT id FROM person WHERE {where} ORDER BY {order_by}{page}", params)
    matches = count(conn, terms, counted_to(conn)) if matches is None else matches
    if order in _INDEXED_ORDERS and matches > FEW and limit is not None:
        sql, budget, last = _walk(conn, where, columns, descending, offset, limit, matches)
        found = _ids(conn, sql, params)
        if len(found) == limit or budget >= last:
            return found
    return _ids(conn, f"SELECT id FROM {SEARCH_TABLE} f JOIN person p ON p.id = f.rowid WHERE {SEARCH_TABLE} "
                      f"MATCH ? ORDER BY {order_by}{page}", [fts_query(terms)])


def _search_postgresql(conn, terms, order, lang, descending, offset, limit, counted) -> tuple[int | None, list[int]]:
    """The count and the page's ids in one statement (one round trip), the count read only as far as CAP + 1;
    the plan (walking the sort index or sorting the matches) chosen by the planner's estimate."""
    columns = [*sort_columns(order, lang), "id"]
    order_by, _, _ = _order(columns, descending)
    page = f" LIMIT {'ALL' if limit is None else int(limit)} OFFSET {int(offset)}"
    where, params = _contains(conn, terms)
    walkable = bool(terms) and order in _INDEXED_ORDERS and limit is not None
    matches = _estimate(conn, where, params) if walkable else 0
    walk = walkable and matches > FEW
    # the count: where the matches are dense (a walk) the planner's own plan stops soonest (a table scan, 1 ms
    # for en "s"; the trigram bitmap it takes without one, 2.9 ms); else the narrow copy's trigram bitmap
    # (0.3-0.7 ms less than person's for ru "к", "иван", kk "қ"), the table scan disabled (_capped_plan)
    counter = _counted(conn, terms, CAP, "person" if walk else SEARCH_TABLE) if counted else ("SELECT NULL", [])
    with _capped_plan(conn, CAP if counted and not walk else None):
        if not terms:
            return _with_count(conn, counter, f"SELECT id FROM person ORDER BY {order_by}{page}", [])
        if walk:
            sql, budget, last = _walk(conn, where, columns, descending, offset, limit, matches)
            found, ids = _with_count(conn, counter, sql, params)
            if len(ids) == limit or budget >= last:
                return found, ids
            counter = ("SELECT NULL", []) if found is None else (f"SELECT {int(found)}", [])
        table = SEARCH_TABLE if order in _COPIED_ORDERS else "person"  # the narrow copy where it holds the keys
        if table == SEARCH_TABLE:
            columns = [*_copy_columns(order, lang), "id"]
        _, keys, walked = _order(columns, descending)
        # the matches by the pg_trgm index with their sort keys (OFFSET 0: not merged into the outer query,
        # whose ORDER BY would make the planner walk the sort index again), then sorted
        matched = f"SELECT {keys} FROM {table} WHERE {where}"
        if table == SEARCH_TABLE and counted and not walk and limit is not None and offset + limit <= CAP + 1:
            return _bounded(conn, where, params, columns, descending, offset + limit, matched, walked, page)
        return _with_count(conn, counter, f"SELECT k{len(columns) - 1} FROM ({matched} OFFSET 0) m "
                                          f"ORDER BY {walked}{page}", params)


def _bounded(conn, where, params, columns, descending, needed, matched, walked, page) -> tuple[int, list[int]]:
    """The capped count and the sorted page, only the matches up to a bound sorted: the count's own sample
    (the first CAP + 1 matches the trigram index gives, in no order) holds `needed` matches whose first sort
    key is at most its `needed`-th smallest, so every match the page can hold is too (-0.9 ms for ru "к":
    669 of its 13,255 matches sorted)."""
    first, op, direction = columns[0], *((">=", " DESC") if descending else ("<=", ""))
    sample = (f"SELECT count(*) AS n, (array_agg(k ORDER BY k{direction}))[{int(needed)}] AS b FROM "
              f"(SELECT {first} AS k FROM {SEARCH_TABLE} WHERE {where} LIMIT {CAP + 1}) x")
    found, ids = _query(conn, f"WITH s AS MATERIALIZED ({sample}) SELECT (SELECT n FROM s), ARRAY("
                              f"SELECT k{len(columns) - 1} FROM ({matched} AND ({first} {op} (SELECT b FROM s) OR "
                              f"(SELECT b FROM s) IS NULL) OFFSET 0) m ORDER BY {walked}{page})", [*params, *params])[0]
    return found, ids


def _with_count(conn, counter: tuple[str, list], sql: str, params: list) -> tuple[int | None, list[int]]:
    """The count (`counter`: SQL and parameters) and the ids `sql` reads, in one statement."""
    found, ids = _query(conn, f"SELECT ({counter[0]}), ARRAY({sql})", [*counter[1], *params])[0]
    return found, ids


_COPIED_ORDERS = ("surname", "given_name", "id")  # the sort keys the narrow copy holds


def _copy_columns(order: str, lang: str) -> list[str]:
    """sort_columns over the narrow copy (its Kazakh and English forms are NULL where the Russian sorts)."""
    if lang in SORT_INDEXES:
        surname, given = f"coalesce(surname_{lang}, surname)", f"coalesce(given_name_{lang}, given_name)"
    else:
        surname, given = "surname", "given_name"
    return {"surname": [surname, given], "given_name": [given], "id": []}[order]


def bulk_inserted(conn) -> None:
    """After many people came at once (an import), in its transaction, on PostgreSQL what autoanalyze does
    within a minute or so: the statistics of the table and of its narrow copy taken again (ANALYZE, sampled:
    about 0.1-0.3 s for 100,000 people), which _estimate reads (a new table has none), and the trigram
    indexes' pending lists merged (fast update keeps an import's new entries in a list that each search reads
    through: about 1 ms a keystroke after 100,000 people, 1 MB)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"ANALYZE person, {SEARCH_TABLE}")
        try:
            with conn.begin_nested():  # only the indexes' owner may; autovacuum does it all the same
                conn.exec_driver_sql(
                    "SELECT gin_clean_pending_list(i.indexrelid::regclass) FROM pg_index i "
                    "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam "
                    "WHERE a.amname = 'gin' AND i.indrelid IN ('person'::regclass, %s::regclass)",
                    (SEARCH_TABLE,)).all()
        except Exception:  # noqa: BLE001 - an optimisation: the searches find the same without it
            pass


def _estimate(conn, where: str, params: list) -> int:
    """How many match by PostgreSQL's planner, from its statistics (ANALYZE, autovacuum): it only chooses
    between walking the sort index and sorting the matches, never what is found. Without statistics (a table
    just filled) it guesses few, and the matches are sorted."""
    plan = _query(conn, f"EXPLAIN (FORMAT JSON) SELECT 1 FROM person WHERE {where}", params)[0][0]
    return int((json.loads(plan) if isinstance(plan, str) else plan)[0]["Plan"]["Plan Rows"])


def _ids(conn, sql: str, params: list | tuple = ()) -> list[int]:
    return [r[0] for r in _query(conn, sql, params)]


def _contains(conn, terms: list[str]) -> tuple[str, list[str]]:
    """SQL: the search key holds every term (PostgreSQL: LIKE, which pg_trgm indexes)."""
    if _is_sqlite(conn):
        return " AND ".join(["instr(search_key, ?) > 0"] * len(terms)), terms
    escaped = ["%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" for t in terms]
    return " AND ".join(["search_key LIKE ? ESCAPE '\\'"] * len(terms)), escaped


def _query(conn, sql: str, params: list | tuple = ()) -> list[tuple]:
    cur = conn.cursor()
    try:
        cur.execute(in_style(conn, sql), tuple(params))
        return cur.fetchall() if cur.description else []
    finally:
        cur.close()


def _is_sqlite(conn) -> bool:
    return isinstance(conn, sqlite3.Connection)


def _fts(conn) -> bool:
    return _is_sqlite(conn) and bool(_query(conn, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                            [SEARCH_TABLE]))


def check(conn) -> tuple[bool, str]:
    """For `council check`: every person's search key is their names folded as this version folds them (a
    name written past the program, or folded by an older rule, would not be found), and the indexes and
    triggers are there and the search table (SQLite's FTS5 index, PostgreSQL's narrow copy) holds exactly
    what the people hold."""
    stale = _stale_keys(conn)
    problems = [f"the search keys of {len(stale)} people are not their names folded"] if stale else []
    if conn.dialect.name == "sqlite" and has_fts(conn):
        from sqlalchemy.exc import DatabaseError

        try:  # rank 1: the index compared with the keys in the person table
            conn.exec_driver_sql(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}, rank) VALUES ('integrity-check', 1)")
        except DatabaseError as exc:  # only SQLITE_CORRUPT_VTAB says the index no longer matches the keys
            if getattr(exc.orig, "sqlite_errorcode", None) != _CORRUPT_VTAB:
                raise  # a damaged file: "cannot be checked", with the way forward
            problems.append("the people search index does not match the people")
    elif conn.dialect.name == "sqlite" and _sqlite_has_trigram(conn):
        problems.append("the people search index is missing")
    wanted = {name for name, _ in SORT_INDEXES.values()}
    if conn.dialect.name == "postgresql":
        problems += _check_table(conn)
        wanted |= set(_PG_TRIGGERS)
        if conn.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").first():
            wanted |= {TRIGRAM_INDEX, TABLE_TRIGRAM_INDEX}
        present = set(conn.exec_driver_sql(
            "SELECT indexname FROM pg_indexes WHERE tablename IN ('person', %s) UNION "
            "SELECT tgname FROM pg_trigger WHERE tgrelid = 'person'::regclass", (SEARCH_TABLE,)).scalars())
    else:
        present = set(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'").scalars())
    problems += [f"missing: {name}" for name in sorted(wanted - present)]
    return not problems, "; ".join(problems) + "; run `council reindex`" if problems else ""


_CORRUPT_VTAB = 267  # SQLITE_CORRUPT | 1 << 8


def _check_table(conn) -> list[str]:
    """PostgreSQL: the narrow copy holds exactly each person's row as the triggers write it."""
    if not conn.exec_driver_sql("SELECT to_regclass(%s)", (SEARCH_TABLE,)).scalar():
        return [f"missing: {SEARCH_TABLE}"]
    copied = f"SELECT {_PG_ROW} FROM person n"
    differ = conn.exec_driver_sql(f"SELECT count(*) FROM (({copied} EXCEPT ALL SELECT * FROM {SEARCH_TABLE}) UNION ALL "
                                  f"(SELECT * FROM {SEARCH_TABLE} EXCEPT ALL {copied})) d").scalar()
    return ["the people search table does not match the people"] if differ else []


def rebuild(conn) -> None:
    """The search keys folded again and the indexes made again (`council reindex`), in the connection's
    transaction."""
    stale = _stale_keys(conn)
    if stale:  # on SQLite the triggers carry the new keys into the index
        conn.exec_driver_sql("UPDATE person SET search_key = ? WHERE id = ?" if conn.dialect.name == "sqlite"
                             else "UPDATE person SET search_key = %s WHERE id = %s", [(k, i) for i, k in stale])
    drop(conn)
    create(conn)


def _stale_keys(conn) -> list[tuple[int, str]]:
    """(id, the right key) of each person whose stored search key is not their names folded."""
    from ..domain.models import SEARCHED_PERSON_FIELDS
    from ..domain.names import search_key

    rows = conn.exec_driver_sql(f"SELECT id, search_key, {', '.join(SEARCHED_PERSON_FIELDS)} FROM person")
    return [(r[0], key) for r in rows if (key := search_key(*r[2:])) != r[1]]


def has_fts(conn) -> bool:
    """Whether this SQLite database has the trigram table (a database made where FTS5 was missing has not)."""
    return conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                (SEARCH_TABLE,)).first() is not None


def fts_query(terms: list[str]) -> str:
    """An FTS5 MATCH string: every term as a quoted substring, all required."""
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)


@contextmanager
def quiet_reflection():
    """SQLite's dialect cannot reflect the sort orders' expression indexes (SORT_INDEXES) and warns each time
    `person` is reflected (a migration's batch copy: migrations/env.py; the schema check): expected of these,
    nothing for a user to read.  Any other index it passes over still warns."""
    names = "|".join(name for name, _order in SORT_INDEXES.values())
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", rf"Skipped unsupported reflection of expression-based index ({names})$",
                                SAWarning)
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


@event.listens_for(Person.__table__, "after_create")
def _after_create(target, connection, **kw) -> None:
    create(connection)
