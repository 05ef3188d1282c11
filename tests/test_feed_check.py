"""`council check` looks at the change feed (store/feed.py `check`): its table missing, a row a window cannot
read, writes newer than its newest row; each a FAIL line with the way forward, `council reindex`, which makes
the feed anew.  Damaged in a real SQLite file, checked by the `council` command in a process of its own."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from council_desktop.app import AppContext
from council_desktop.cli import main
from council_desktop.domain.changes import Changes
from council_desktop.store.feed import REBUILD, ChangeFeed
from council_desktop.store.integrity import check
from test_postgresql import pg_url  # noqa: F401 - the fixture


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    db = tmp_path_factory.mktemp("feed") / "council.db"
    ctx = AppContext.open(db, create=True)
    ctx.demo.load()
    ctx.records.create("person", {"surname": "Последний"})
    ctx.close()
    return db


@pytest.fixture
def db(demo_file, tmp_path):
    """A copy of the demo database for each test (SQLite's backup API: the WAL's pages too)."""
    copy = tmp_path / "council.db"
    with sqlite3.connect(demo_file) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    source.close()
    target.close()
    return copy


def council(db, *args: str) -> tuple[int, list[str]]:
    done = subprocess.run([sys.executable, "-m", "council_desktop.cli", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120)
    assert done.stderr == ""
    return done.returncode, done.stdout.splitlines()


def fails(lines: list[str]) -> list[str]:
    return [line for line in lines if line.startswith("FAIL")]


def sql(db, statement: str, *params):
    con = sqlite3.connect(db)
    with con:
        rows = con.execute(statement, params).fetchall()
    con.close()
    return rows


def test_a_sound_feed_passes(db):
    rc, lines = council(db, "check")
    assert (rc, fails(lines)) == (0, [])
    assert "ok   change_feed" in lines


def test_a_feed_without_its_table_fails_and_reindex_makes_it_anew(db):
    sql(db, "DROP TABLE change_feed")
    ctx = AppContext.open(db)
    with pytest.raises(OperationalError, match="no such table: change_feed"):
        ctx.records.create("person", {"surname": "Несохранённый"})
    ctx.close()
    assert sql(db, "SELECT count(*) FROM person WHERE surname = 'Несохранённый'") == [(0,)]
    rc, lines = council(db, "check")
    assert rc == 1
    assert f"FAIL change_feed its table is missing, so no write can be saved; {REBUILD}" in fails(lines)
    assert council(db, "reindex") == (0, ["ok"])
    rc, lines = council(db, "check")
    assert (rc, fails(lines)) == (0, [])
    ctx = AppContext.open(db)  # writes are saved again, each with its row
    person = ctx.records.create("person", {"surname": "После"})
    ctx.close()
    rows = sql(db, "SELECT source, changes FROM change_feed ORDER BY id")
    assert [r[0] for r in rows] == ["reindex", rows[1][0]] and len(rows) == 2
    assert Changes.from_json(rows[0][1]) == Changes.all()
    assert Changes.from_json(rows[1][1]).created == {"person": frozenset({person})}


def test_rows_a_window_cannot_read_fail_each_named(db):
    first, last = sql(db, "SELECT min(id), max(id) FROM change_feed")[0]
    sql(db, "UPDATE change_feed SET changes = '{\"created\": {' WHERE id = ?", first)  # cut short
    sql(db, "UPDATE change_feed SET changes = ? WHERE id = ?",
        Changes.of(changed={"nonsense": [1], "person": [1]}).to_json(), last)
    rc, lines = council(db, "check")
    assert rc == 1
    assert (f"FAIL change_feed row {first}: not a change as the program writes it; row {last}: names what is no "
            f"table: nonsense; {REBUILD}") in fails(lines)
    assert council(db, "reindex") == (0, ["ok"])
    assert council(db, "check")[0] == 0


def test_writes_newer_than_the_feed_fail(db):
    """A feed put back from an older copy: the windows were never told of the writes after it."""
    audited = sql(db, "SELECT max(at) FROM audit_entry")[0][0]
    sql(db, "UPDATE change_feed SET at = '2001-02-03 04:05:06.000000'")
    rc, lines = council(db, "check")
    assert rc == 1
    assert (f"FAIL change_feed the audit trail has writes up to {audited[:19]}, its newest row is of "
            f"2001-02-03 04:05:06; {REBUILD}") in fails(lines)


def test_a_window_open_while_the_feed_is_made_anew_reads_everything_once(db):
    ctx = AppContext.open(db)
    try:
        feed = ChangeFeed(ctx.hub, db, lambda: ctx.engine)
        assert feed.poll() is None
        assert council(db, "reindex") == (0, ["ok"])
        assert feed.poll() == Changes.all()
        assert feed.poll() is None
        feed.close()
    finally:
        ctx.close()


@pytest.mark.postgresql
@pytest.mark.skipif(not os.environ.get("COUNCIL_TEST_PG_URL"), reason="COUNCIL_TEST_PG_URL is not set")
def test_on_postgresql_a_feed_with_a_bad_row_or_without_its_table_fails(pg_url):  # noqa: F811
    ctx = AppContext.open(pg_url)
    try:
        ctx.demo.load()
        assert {f["check"]: f for f in check(ctx.engine)}["change_feed"] == {"check": "change_feed", "ok": True,
                                                                              "detail": ""}
        with ctx.engine.begin() as conn:
            last = conn.execute(text("SELECT max(id) FROM change_feed")).scalar()
            conn.execute(text("UPDATE change_feed SET changes = 'null' WHERE id = :i"), {"i": last})
        assert {f["check"]: f for f in check(ctx.engine)}["change_feed"]["detail"] == \
            f"row {last}: not a change as the program writes it; {REBUILD}"
        with ctx.engine.begin() as conn:
            conn.execute(text("DROP TABLE change_feed"))
        findings = {f["check"]: f for f in check(ctx.engine)}
        assert findings["change_feed"] == {"check": "change_feed", "ok": False,
                                           "detail": f"its table is missing, so no write can be saved; {REBUILD}"}
        assert [name for name, f in findings.items() if not f["ok"]] == ["schema_matches_models", "change_feed"]
        assert main(["--db", pg_url, "reindex"]) == 0
        assert all(f["ok"] for f in check(ctx.engine))
    finally:
        ctx.close()
