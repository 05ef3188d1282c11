"""Nothing lost: a kill at any SQL statement of creating or migrating a database, or at any moment of
loading the demo, leaves a database that opens and passes `council check`, holding all or nothing.

The commands run in children forked from `tests/fault_child.py` (the program imported once), two
at a time; a child is killed with SIGKILL just before its Nth statement (a statement hook, set
only in that child), or at a random moment by its parent.
"""
from __future__ import annotations

import hashlib
import json
import os
import queue
import random
import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from council_desktop.app import AppContext
from council_desktop.domain.models import Base
from council_desktop.store.database import alembic_config, head_revision
from council_desktop.store.identity import APPLICATION_ID

TESTS = Path(__file__).parent
KILLED = -9


class Zygote:
    """One `fault_child.py` process: runs `council` commands in forked children, one at a time."""

    def __init__(self, home: Path):
        env = dict(os.environ, COUNCIL_LANG="en", HOME=str(home), XDG_DATA_HOME=str(home / "data"),
                   XDG_CONFIG_HOME=str(home / "config"))
        env.pop("COUNCIL_DB", None)
        self.proc = subprocess.Popen([sys.executable, str(TESTS / "fault_child.py")], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, env=env, cwd=str(TESTS.parent))
        assert json.loads(self.proc.stdout.readline()) == {"ready": True}

    def run(self, *argv: str, kill_at: int | None = None, kill_after: float | None = None) -> dict:
        self.proc.stdin.write(json.dumps({"argv": list(argv), "kill_at": kill_at, "kill_after": kill_after}) + "\n")
        self.proc.stdin.flush()
        return json.loads(self.proc.stdout.readline())

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


@pytest.fixture(scope="module")
def zygotes(tmp_path_factory):
    home = tmp_path_factory.mktemp("fault-home")
    pair = [Zygote(home), Zygote(home)]
    yield pair
    for z in pair:
        z.close()


def two_at_a_time(zygotes, jobs) -> list:
    """Each job is a function of a Zygote; the results in the jobs' order; the first failure re-raised."""
    todo: queue.Queue = queue.Queue()
    for i, job in enumerate(jobs):
        todo.put((i, job))
    results: dict[int, object] = {}
    errors: list[BaseException] = []

    def worker(z: Zygote) -> None:
        while not errors:
            try:
                i, job = todo.get_nowait()
            except queue.Empty:
                return
            try:
                results[i] = job(z)
            except BaseException as exc:  # noqa: BLE001 - re-raised in the test's thread
                errors.append(exc)

    threads = [threading.Thread(target=worker, args=(z,)) for z in zygotes]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return [results[i] for i in range(len(jobs))]


def sqlite_state(path: Path) -> dict:
    """What a file holds, read with plain sqlite3 (recovering a hot journal or WAL as any reader would)."""
    con = sqlite3.connect(path)
    try:
        tables = sorted(r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'"))
        return {
            "integrity": con.execute("PRAGMA integrity_check").fetchone()[0],
            "schema": sorted(r[0] for r in con.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")),
            "revision": (con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
                         if "alembic_version" in tables else None),
            "counts": {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables
                       if t != "alembic_version"},
            "marks": tuple(con.execute(f"PRAGMA {mark}").fetchone()[0] for mark in ("application_id", "user_version")),
            "dump": hashlib.sha256("\n".join(sorted(_normalised(con.iterdump()))).encode()).hexdigest(),
        }
    finally:
        con.close()


def _normalised(dump):
    """A dump's statements with each CREATE statement's lines in a fixed order (the caller sorts the
    statements too): a rebuilt table's constraints, and indexes, come in an order that varies from
    process to process (hash order)."""
    for statement in dump:
        if statement.startswith("CREATE TABLE"):
            yield "\n".join(sorted(line.strip().rstrip(",") for line in statement.splitlines()))
        else:
            yield statement


def passes_check(z: Zygote, db: Path) -> None:
    done = z.run("--db", str(db), "check")
    assert done["status"] == 0, (db, done["out"], done["err"])
    assert "FAIL" not in done["out"] and done["err"] == ""


# --- creation ----------------------------------------------------------------------------------
def test_a_kill_at_any_statement_of_creation_leaves_no_database_or_the_whole_one(zygotes, tmp_path):
    probe = zygotes[0].run("--db", str(tmp_path / "probe.db"), "init")
    assert probe["status"] == 0 and probe["statements"] > 40
    whole = sqlite_state(tmp_path / "probe.db")
    assert whole["marks"] == (APPLICATION_ID, int(head_revision()))

    def kill_at(n: int):
        def job(z: Zygote) -> bool:
            folder = tmp_path / f"kill-{n}"
            folder.mkdir()
            db = folder / "council.db"
            assert z.run("--db", str(db), "init", kill_at=n)["status"] == KILLED
            if not db.exists():
                # nothing under the name; a reading command still finds nothing and makes nothing
                missing = z.run("--db", str(db), "meetings", "list")
                assert missing["status"] == 2 and "does not exist" in missing["err"] and not db.exists()
                if n % 10 == 0:  # and what a killed start left behind keeps no later one from making it
                    assert z.run("--db", str(db), "init")["status"] == 0
                    assert sqlite_state(db)["schema"] == whole["schema"]
                return False
            state = sqlite_state(db)
            assert (state["integrity"], state["schema"], state["revision"], state["marks"]) == \
                (whole["integrity"], whole["schema"], whole["revision"], whole["marks"]), n
            passes_check(z, db)
            return True

        return job

    made = two_at_a_time(zygotes, [kill_at(n) for n in range(1, probe["statements"] + 1)])
    # both outcomes were met: killed before the rename (nothing), and after it (the whole file)
    assert not made[0] and made[-1]
    assert made == sorted(made)  # once there, the file stays: no kill point undoes it


def test_what_a_killed_creation_left_is_removed_by_a_later_one_once_it_is_old(zygotes, tmp_path):
    db = tmp_path / "council.db"
    assert zygotes[0].run("--db", str(db), "init", kill_at=20)["status"] == KILLED
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left and all(name.startswith(".council.db.") and ".new" in name for name in left) and not db.exists()
    assert zygotes[0].run("--db", str(db), "init", kill_at=20)["status"] == KILLED
    young = {p.name for p in tmp_path.iterdir()} - set(left)
    for name in left:  # the first ones are an hour old; the second are as young as a start still at work
        os.utime(tmp_path / name, (os.path.getmtime(tmp_path / name) - 3600,) * 2)
    assert zygotes[0].run("--db", str(db), "init")["status"] == 0
    assert {p.name for p in tmp_path.iterdir()} - {"backups"} == young | {"council.db"}


# --- migration ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def era_files(tmp_path_factory):
    """A real database of every earlier schema revision, with the demo data: built at the newest
    revision, taken down by the migrations' own downgrade, and without the identity marks, which
    the earlier versions did not write."""
    folder = tmp_path_factory.mktemp("eras")
    head = folder / "head.db"
    ctx = AppContext.open(head, create=True)
    ctx.demo.load()
    ctx.close()
    files = {}
    revisions = [f"{n:04d}" for n in range(1, int(head_revision()))]
    for rev in revisions:
        path = folder / f"council-{rev}.db"
        shutil.copy(head, path)
        engine = create_engine(f"sqlite:///{path}")
        with engine.begin() as conn:
            command.downgrade(alembic_config(conn), rev)
        engine.dispose()
        con = sqlite3.connect(path)
        con.execute("PRAGMA application_id = 0")
        con.execute("PRAGMA user_version = 0")
        con.commit()
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
        files[rev] = path
    return files


def test_a_database_of_the_0002_era_is_backed_up_marked_and_migrated(era_files, tmp_path):
    db = tmp_path / "council.db"
    shutil.copy(era_files["0002"], db)
    before = sqlite_state(db)
    assert before["revision"] == "0002" and before["marks"] == (0, 0)
    assert "short_name_kk" in " ".join(before["schema"])  # 0002's columns are there
    ctx = AppContext.open(db)
    try:
        assert ctx.read_only is None
        assert len(ctx.views.meetings("ru")) == 2
    finally:
        ctx.close()
    after = sqlite_state(db)
    assert after["revision"] == head_revision() and after["integrity"] == "ok"
    assert after["marks"] == (APPLICATION_ID, int(head_revision()))
    assert {t: n for t, n in after["counts"].items() if t in before["counts"] and t != "audit_entry"} == \
        {t: n for t, n in before["counts"].items() if t != "audit_entry"}
    backups = sorted(tmp_path.glob("council.before-*.db"))
    assert [b.name for b in backups] == [f"council.before-{head_revision()}.db"]
    assert sqlite_state(backups[0])["dump"] == before["dump"]  # the backup is the file as it was


def test_a_kill_at_any_statement_of_a_migration_leaves_the_old_schema_or_the_new(zygotes, era_files, tmp_path):
    """From the oldest revision the upgrade runs every migration, so every statement of each is a kill point.
    A backup of an earlier start is already there under the first name: it is never written over."""
    old = era_files["0001"]
    pristine = sqlite_state(old)
    backup_name = f"council.before-{head_revision()}.db"

    def prepare(folder: Path) -> tuple[Path, Path]:
        folder.mkdir()
        db = folder / "council.db"
        shutil.copy(old, db)
        earlier = folder / backup_name
        earlier.write_bytes(b"a backup made by an earlier start")
        return db, earlier

    db, _ = prepare(tmp_path / "pristine")
    passes_check(zygotes[0], db)  # what an old file killed before its migration committed is
    db, _ = prepare(tmp_path / "probe")
    probe = zygotes[0].run("--db", str(db), "meetings", "list")
    assert probe["status"] == 0, probe["err"]
    migrated = sqlite_state(db)
    assert migrated["revision"] == head_revision() and migrated["integrity"] == "ok"
    passes_check(zygotes[0], db)

    def kill_at(n: int):
        def job(z: Zygote) -> str:
            db, earlier = prepare(tmp_path / f"kill-{n}")
            assert z.run("--db", str(db), "meetings", "list", kill_at=n)["status"] == KILLED
            assert earlier.read_bytes() == b"a backup made by an earlier start"
            for copy in db.parent.glob("council.before-*.db"):
                if copy != earlier:  # a backup that was kept is whole and is the file as it was
                    assert sqlite_state(copy)["dump"] == pristine["dump"], (n, copy)
            state = sqlite_state(db)
            assert state["integrity"] == "ok", n
            # exactly the old database or exactly the migrated one: schema, data and marks
            if state["dump"] == pristine["dump"]:
                assert state["marks"] == (0, 0) and state["revision"] == "0001"
                outcome = "old"
            else:
                assert state["dump"] == migrated["dump"], n
                assert state["marks"] == migrated["marks"]
                outcome = "new"
            if outcome == "new" or n % 8 == 0 or n == total:
                # it opens (and is migrated now, if it was not) and is sound; the other old ones are
                # byte for byte (in every row) the database the probe opened and checked
                passes_check(z, db)
            return outcome

        return job

    # every statement up to the migration's COMMIT, and up to two after it (the list itself is read on a
    # plain sqlite3 connection, which the log does not see); the rest only read
    log = probe["log"]
    begin = log.index("BEGIN IMMEDIATE")
    total = min(log.index("COMMIT", begin) + 3, len(log))
    assert total > log.index("COMMIT", begin) + 1  # at least one kill after the migration committed
    assert total - begin > 50  # the migrations' statements are all in the sweep
    outcomes = two_at_a_time(zygotes, [kill_at(n) for n in range(1, total + 1)])
    assert outcomes[0] == "old" and outcomes[-1] == "new"
    assert outcomes == sorted(outcomes, key=["old", "new"].index)


# --- a people import, killed at each of its statements ----------------------------------------------
def test_a_kill_at_any_statement_of_a_people_import_up_to_its_commit_leaves_the_file_as_it_was(zygotes, tmp_path):
    """Its people go in by a few INSERTs of many rows each, the search index filled by them: a kill between
    two of them, or before the COMMIT, leaves the database as it was, row for row and in its index."""
    from council_desktop.services.exchange import _SQLITE_ROWS

    count = _SQLITE_ROWS + 5  # two INSERTs of people, three of audit entries (the organisations', then each's)
    table = tmp_path / "people.csv"
    table.write_text("\n".join(["Фамилия;Имя;Организация"]
                               + [f"Импортов{i};Имя;Центр {i % 3}" for i in range(count)]), encoding="utf-8")
    empty = tmp_path / "empty.db"
    assert zygotes[0].run("--db", str(empty), "init")["status"] == 0
    before = sqlite_state(empty)
    probe_db = tmp_path / "probe.db"
    shutil.copy(empty, probe_db)
    probe = zygotes[0].run("--db", str(probe_db), "import", "people", str(table), "--yes")
    assert probe["status"] == 0, probe["err"]
    whole = sqlite_state(probe_db)
    assert whole["counts"]["person"] == count and whole["counts"]["organization"] == 3
    log = probe["log"]
    inserts = [w for w in log if w.startswith("INSERT INTO")]
    assert inserts.count("INSERT INTO person") == 2 and inserts.count("INSERT INTO audit_entry") == 3
    total = log.index("COMMIT", log.index("INSERT INTO person")) + 1

    def kill_at(n: int):
        def job(z: Zygote) -> str:
            db = tmp_path / f"kill-{n}.db"
            shutil.copy(empty, db)
            assert z.run("--db", str(db), "import", "people", str(table), "--yes", kill_at=n)["status"] == KILLED
            state = sqlite_state(db)
            assert state["integrity"] == "ok", n
            assert state["dump"] == before["dump"], n  # killed at the COMMIT at the latest: nothing of it
            return n

        return job

    assert two_at_a_time(zygotes, [kill_at(n) for n in range(1, total + 1)]) == list(range(1, total + 1))
    for db in (tmp_path / f"kill-{log.index('INSERT INTO audit_entry') + 1}.db", probe_db):
        passes_check(zygotes[0], db)
        con = sqlite3.connect(db)  # the search index holds exactly the people there are
        try:
            con.execute("INSERT INTO person_search(person_search, rank) VALUES ('integrity-check', 1)")
        finally:
            con.close()


# --- the demo, killed at random moments ---------------------------------------------------------
@pytest.mark.slow
def test_200_random_kills_while_loading_the_demo_into_a_new_file_leave_all_or_nothing(zygotes, tmp_path):
    reference = tmp_path / "reference.db"
    import time

    started = time.monotonic()
    assert zygotes[0].run("--db", str(reference), "demo")["status"] == 0
    duration = time.monotonic() - started
    whole = sqlite_state(reference)["counts"]
    assert whole["meeting"] > 0
    assert zygotes[0].run("--db", str(tmp_path / "empty.db"), "init")["status"] == 0
    empty = sqlite_state(tmp_path / "empty.db")
    passes_check(zygotes[0], tmp_path / "empty.db")
    rng = random.Random(8)  # the same moments on every run

    def kill_after(i: int, delay: float):
        def job(z: Zygote) -> str:
            folder = tmp_path / f"kill-{i}"
            folder.mkdir()
            db = folder / "council.db"
            z.run("--db", str(db), "demo", kill_after=delay)
            if not db.exists():
                return "none"
            state = sqlite_state(db)
            assert state["integrity"] == "ok" and state["revision"] == head_revision(), i
            # the records' tables: a search index's own tables (FTS5's _data, _config) hold rows in an empty file
            filled = {t for t, n in state["counts"].items() if n and t in Base.metadata.tables}
            if not filled:  # nothing of the demo: row for row the new database checked above
                assert state["dump"] == empty["dump"], (i, delay)
                return "empty"
            assert state["counts"] == whole, (i, delay)  # the whole demo
            passes_check(z, db)
            return "demo"

        return job

    # the last few come long after the load would end, however slow the machine is meanwhile: the whole demo
    moments = [rng.uniform(0, duration * 1.2) if i < 196 else duration * 20 for i in range(200)]
    outcomes = two_at_a_time(zygotes, [kill_after(i, delay) for i, delay in enumerate(moments)])
    assert set(outcomes) == {"none", "empty", "demo"}, outcomes


# --- transactions are SQLite's own ---------------------------------------------------------------
def test_a_write_holds_the_write_lock_from_its_start_and_a_read_does_not(ctx, db_path):
    from sqlalchemy import text

    from council_desktop.services.base import Service

    service = Service(ctx.sessions)
    other = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    try:
        with service._tx():
            # nothing read or written yet, and already no one else can begin writing
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        with service._read() as session:
            session.execute(text("SELECT count(*) FROM person")).scalar()
            other.execute("BEGIN IMMEDIATE")  # a reader does not keep a writer out
            other.execute("ROLLBACK")
    finally:
        other.close()


def test_a_write_waits_for_another_writer_instead_of_failing(ctx, db_path):
    other = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    committed = threading.Event()

    def commit():
        other.execute("COMMIT")
        committed.set()
    releaser = threading.Timer(0.5, commit)
    releaser.start()
    try:
        person = ctx.records.create("person", {"surname": "Ожидающий"})  # busy_timeout: it waits, then writes
        assert committed.is_set()  # it returned only after the other writer let go
    finally:
        releaser.join()
        other.close()
    assert ctx.registry.person(person)["surname"] == "Ожидающий"


def test_schema_changes_roll_back_with_their_transaction(ctx, db_path):
    from council_desktop.store.database import WRITE

    with pytest.raises(RuntimeError):
        with ctx.engine.execution_options(**WRITE).begin() as conn:
            conn.exec_driver_sql("CREATE TABLE half_done (x INTEGER)")
            conn.exec_driver_sql("ALTER TABLE person ADD COLUMN half_done TEXT")
            raise RuntimeError("killed here")
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
        assert "half_done" not in {r[1] for r in con.execute("PRAGMA table_info(person)")}
    finally:
        con.close()
