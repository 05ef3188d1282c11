"""Two offices' files imported at the same moment by two processes (two windows, or two secretaries on one
server): each import plans on what the other has committed, so nothing comes in twice.

SQLite's BEGIN IMMEDIATE makes a write wait for the other from its start; on PostgreSQL the writers' lock
(store/audit.serialise) must be taken as early, before the import reads what is here already.
"""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from council_desktop.app import AppContext

from test_postgresql import SERVER, pg_url  # noqa: F401 - the fixture: a database of its own on the server

ROOT = Path(__file__).resolve().parent.parent

IMPORTER = textwrap.dedent("""
    import os, sys, time
    from council_desktop.app import AppContext
    url, kind, path, go = sys.argv[1:5]
    ctx = AppContext.open(url)
    ctx.registry.people("", limit=1)  # connected and ready before the start
    print("ready", flush=True)
    while not os.path.exists(go):
        time.sleep(0.001)
    done = ctx.exchange.import_bundle(path) if kind == "bundle" else ctx.people_import.run(path)
    print(sum(done["add"].values()) if kind == "bundle" else done["added"], flush=True)
    ctx.close()
""")


def at_once(url: str, kind: str, path: Path, tmp_path: Path) -> list[str]:
    """Two processes importing `path` started together; what each printed (what it added)."""
    go = tmp_path / "go"
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    children = [subprocess.Popen([sys.executable, "-c", IMPORTER, url, kind, str(path), str(go)], env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for child in children:  # both started and connected (however slow the machine), then both at once
        assert child.stdout.readline() == "ready\n", child.stderr.read()[-2000:]
    go.touch()
    results = []
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err[-2000:]
        results.append(out.strip())
    return results


def people_list(path: Path, n: int) -> None:
    rows = ["Фамилия;Имя;Организация;E-mail"] + [f"Сотрудник{i};Айгүл;Ұлттық орталық № {i % 7};p{i}@example.kz"
                                                  for i in range(n)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def count(ctx, sql: str) -> int:
    with ctx.engine.connect() as conn:
        return conn.exec_driver_sql(sql).scalar()


def _same_list_twice(url: str, tmp_path: Path) -> None:
    AppContext.open(url, create=True).close()
    path = tmp_path / "list.csv"
    people_list(path, 2000)
    added = at_once(url, "people", path, tmp_path)
    assert sorted(added) == ["0", "2000"]  # the second found them all in the registry: likely duplicates
    ctx = AppContext.open(url)
    try:
        assert count(ctx, "SELECT count(*) FROM person") == 2000
        assert count(ctx, "SELECT count(*) FROM organization") == 7
    finally:
        ctx.close()


def _same_bundle_twice(url: str, tmp_path: Path) -> None:
    source = AppContext.open(tmp_path / "source.db", create=True)
    try:
        bundle = tmp_path / "m.council"
        source.exchange.export_bundle(source.demo.load(), bundle)
        people = count(source, "SELECT count(*) FROM person")
    finally:
        source.close()
    AppContext.open(url, create=True).close()
    added = at_once(url, "bundle", bundle, tmp_path)
    assert added[0] == "0" or added[1] == "0"  # the second found everything here already
    ctx = AppContext.open(url)
    try:
        assert count(ctx, "SELECT count(*) FROM meeting") == 1
        assert count(ctx, "SELECT count(*) FROM person") == people
    finally:
        ctx.close()


def test_the_same_list_of_people_imported_twice_at_once_comes_in_once_on_sqlite(tmp_path):
    _same_list_twice(str(tmp_path / "council.db"), tmp_path)


def test_the_same_bundle_imported_twice_at_once_comes_in_once_on_sqlite(tmp_path):
    _same_bundle_twice(str(tmp_path / "council.db"), tmp_path)


@pytest.mark.postgresql
@pytest.mark.skipif(not SERVER, reason="COUNCIL_TEST_PG_URL is not set: no PostgreSQL server")
def test_the_same_list_of_people_imported_twice_at_once_comes_in_once_on_postgresql(pg_url, tmp_path):  # noqa: F811
    _same_list_twice(pg_url, tmp_path)


@pytest.mark.postgresql
@pytest.mark.skipif(not SERVER, reason="COUNCIL_TEST_PG_URL is not set: no PostgreSQL server")
def test_the_same_bundle_imported_twice_at_once_comes_in_once_on_postgresql(pg_url, tmp_path):  # noqa: F811
    _same_bundle_twice(pg_url, tmp_path)
