"""Migration 0011 (the change feed, store/feed.py) on a real 0010 database with data in it, up and down, on
SQLite and PostgreSQL: the records stay as they were, a write after the upgrade leaves its row in the feed
and another context's feed delivers it; the downgrade takes the table away and nothing else."""
from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text

from council_desktop.app import AppContext
from council_desktop.domain.changes import Changes
from council_desktop.store.database import alembic_config

from test_postgresql import SERVER, pg_url  # noqa: F401 - the fixture: a database of its own on the server


def _migrate(url: str, how, revision: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            how(alembic_config(conn), revision)
    finally:
        engine.dispose()


def _state(url: str) -> tuple[set[str], list]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            people = conn.execute(text("SELECT uuid, surname, version FROM person ORDER BY uuid")).all()
        return set(inspect(engine).get_table_names()), people
    finally:
        engine.dispose()


def _up_and_down(url: str) -> None:
    ctx = AppContext.open(url, create=True)
    ctx.demo.load()
    ctx.close()
    _migrate(url, command.downgrade, "0010")
    tables, people = _state(url)
    assert "change_feed" not in tables and len(people) == 17
    _migrate(url, command.upgrade, "head")
    tables, again = _state(url)
    assert "change_feed" in tables and again == people

    ctx, other = AppContext.open(url), AppContext.open(url)
    try:
        other.feed  # noqa: B018 — watching from before the write
        person = ctx.records.create("person", {"surname": "После"})
        assert other.feed.poll() == Changes.of(created={"person": {person}})
    finally:
        ctx.close()
        other.close()
    _migrate(url, command.downgrade, "0010")
    tables, after = _state(url)
    assert "change_feed" not in tables and len(after) == 18


def test_the_change_feed_migrates_up_and_down_on_sqlite(db_path):
    _up_and_down(f"sqlite:///{db_path}")


@pytest.mark.postgresql
@pytest.mark.skipif(not SERVER, reason="COUNCIL_TEST_PG_URL is not set: no PostgreSQL server")
def test_the_change_feed_migrates_up_and_down_on_postgresql(pg_url):  # noqa: F811
    _up_and_down(pg_url)
