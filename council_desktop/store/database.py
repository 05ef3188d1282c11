"""Where the data lives and how it is opened.

The default is one SQLite file in the user's data folder; `--db PATH`, `COUNCIL_DB`
or any SQLAlchemy URL (PostgreSQL included) chooses another.  Opening a database
runs the packaged Alembic migrations: a new file is created from the models and
stamped, an older one is backed up and upgraded, a newer one is refused untouched.
"""
from __future__ import annotations

import os
import secrets
import sqlite3
import time
import weakref
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError

from ..domain.errors import CouncilError
from ..domain.models import Base
from .identity import APPLICATION_ID, identify, revision_number
from .location import HEAD_REVISION, database_url
from .location import read_only_reason_of as _read_only_reason
from .people_search import create as _people_search  # noqa: F401 - its indexes follow create_all
from .minutes_search import create as _minutes_search  # noqa: F401 - its index follows create_all

MIGRATIONS = Path(__file__).with_name("migrations")


def sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


# What a writing transaction asks of its connection.  On SQLite it begins with BEGIN IMMEDIATE, which
# takes the write lock at once: a read-then-write (signing) is atomic, and no lock upgrade fails with
# SQLITE_BUSY halfway; a read begins with a plain, deferred BEGIN.  On PostgreSQL it begins by taking the
# writers' lock (store/audit.serialise) the same way: what a write reads before writing (the people of a
# list already in the registry, the records of a bundle already here) is what the writer before it
# committed.  Every writer uses it: Service._tx, and here creation, migration and the identity marks.  On
# a read-only database it is refused.
WRITE = {"council_write": True}
# A write that stores many megabytes (a bundle's files).  On SQLite it is made durable at its commit by
# syncing the WAL (synchronous=FULL) instead of by the checkpoint that committing so many pages runs at
# once, which copies them into the database file a second time and syncs that too: the checkpoint is
# left to the next writer past SQLite's threshold, or to the last connection's close; the window runs it
# at once on a worker thread (checkpoint), lest the secretary's next save wait for it.  The connection
# is as it was again when it goes back to the pool.
BULK_WRITE = {**WRITE, "council_bulk": True}
_BULK_PRAGMAS = {"synchronous": "FULL", "wal_autocheckpoint": "0"}


def checkpoint(engine: Engine) -> None:
    """Copy what SQLite's WAL holds into the database file now (PASSIVE: readers and writers carry on,
    and what a reader still needs is left for later); nothing to do on another server.  After a bulk
    write this is the 0.3 s (50 MB) the next commit past SQLite's threshold would otherwise spend."""
    if engine.dialect.name != "sqlite":  # a server has no WAL of ours to copy
        return
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

# why an engine's database is read-only, when it is (see read_only_reason)
_READ_ONLY: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _sqlite_connect(read_only: str | None):
    def connect(dbapi_connection, _record) -> None:
        # pysqlite would begin and commit by itself, and around DML only (DDL ran outside any
        # transaction): the transaction is ours, begun in _sqlite_begin
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA foreign_keys=ON")
        # 32 MB of pages instead of 2: a search sorting thousands of people reads their rows from memory
        cursor.execute("PRAGMA cache_size=-32768")
        if read_only is None:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()
    return connect


def _sqlite_begin(read_only: str | None, location: str):
    def begin(conn) -> None:
        if conn.get_execution_options().get("council_write"):
            if read_only is not None:
                raise CouncilError("database_read_only", path=location, reason=read_only)
            if conn.get_execution_options().get("council_bulk"):
                raw = conn.connection.driver_connection
                # neither may change inside a transaction: set before it begins, put back at check-in
                conn.connection.info["council_bulk"] = {
                    name: raw.execute(f"PRAGMA {name}").fetchone()[0] for name in _BULK_PRAGMAS}
                for name, value in _BULK_PRAGMAS.items():
                    raw.execute(f"PRAGMA {name}={value}")
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")
    return begin


def _server_begin(conn) -> None:
    """A write on a server waits for the other writers from its start, as BEGIN IMMEDIATE makes it on SQLite."""
    if conn.get_execution_options().get("council_write"):
        from .audit import serialise
        serialise(conn)


def _sqlite_checkin(dbapi_connection, record) -> None:
    """A connection back in the pool after a bulk write: its pragmas as they were."""
    saved = record.info.pop("council_bulk", None)
    if saved and dbapi_connection is not None:
        for name, value in saved.items():
            dbapi_connection.execute(f"PRAGMA {name}={int(value)}")


def read_only_reason(engine: Engine) -> str | None:
    """Why the database behind `engine` is open read-only ("the file is read-only", "its folder is
    read-only"), None when it can be written."""
    return _READ_ONLY.get(engine)


def make_engine(url: str, read_only: str | None = None) -> Engine:
    try:
        return _make_engine(url, read_only)
    except (ArgumentError, ImportError) as exc:  # a malformed URL, an unknown dialect, a missing driver
        raise CouncilError("database_unreadable", path=url_for_display(url), reason=str(exc).splitlines()[0]) from None


def url_for_display(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _make_engine(url: str, read_only: str | None = None) -> Engine:
    path = sqlite_path(url)
    if path is None:
        engine = create_engine(url, pool_pre_ping=True)
        event.listen(engine, "begin", _server_begin)
        return engine
    if path.is_dir():
        raise CouncilError("database_unreadable", path=str(path), reason="Is a directory")
    options = {}
    if read_only is not None:
        uri = f"{path.resolve().as_uri()}?{_read_only_uri(path)}"
        options["creator"] = lambda: sqlite3.connect(uri, uri=True, timeout=5, check_same_thread=False)
    engine = create_engine(url, connect_args={"timeout": 5}, **options)
    event.listen(engine, "connect", _sqlite_connect(read_only))
    event.listen(engine, "begin", _sqlite_begin(read_only, str(path)))
    event.listen(engine, "checkin", _sqlite_checkin)
    if read_only is not None:
        _READ_ONLY[engine] = read_only
    return engine


def _read_only_uri(path: Path) -> str:
    """mode=ro when SQLite can keep its side files (-wal, -shm) beside the file; where it cannot
    make them (a read-only folder), immutable=1: read as it is, no locks, no journal."""
    side = [path.with_name(path.name + s) for s in ("-wal", "-shm")]
    if os.access(path.parent, os.W_OK) or all(s.exists() for s in side):
        return "mode=ro"
    return "immutable=1"


def alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def open_database(db: str | os.PathLike | None = None, create: bool = False) -> Engine:
    """Engine on a database at the schema of this version, migrated if need be.

    A SQLite file is identified from its header before anything is written to it; one that is
    not ours, or is newer, is refused untouched.  A missing file is created (whole, then renamed
    into place) only when `create` is given: `council init`, `council demo`, the window's New and
    its first start; a mistyped path creates nothing.  A file that cannot be written opens
    read-only (see `read_only_reason`)."""
    url = database_url(db)
    path = sqlite_path(url)
    read_only = None
    if path is not None:
        if identify(path).state == "new":
            if not create:
                raise CouncilError("database_missing", path=str(path))
            _create_sqlite(path)
        read_only = _read_only_reason(path)
    engine = make_engine(url, read_only)
    try:
        _migrate(engine, url, read_only)
    except CouncilError:
        engine.dispose()
        raise
    except (OperationalError, DatabaseError) as exc:
        engine.dispose()
        reason = str(getattr(exc, "orig", exc)).splitlines()[0]
        raise CouncilError("database_unreadable", path=display_location(url), reason=reason) from None
    return engine


def display_location(url: str) -> str:
    path = sqlite_path(url)
    return str(path) if path else url_for_display(url)


def _marks(conn) -> tuple[int, int]:
    return tuple(conn.exec_driver_sql(f"PRAGMA {mark}").scalar() for mark in ("application_id", "user_version"))


def _mark(conn, revision: str) -> None:
    """SQLite's own identity marks: whose file this is, and its schema revision (in the transaction)."""
    conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.exec_driver_sql(f"PRAGMA user_version = {revision_number(revision)}")


def _create_sqlite(path: Path) -> None:
    """A new database built whole (schema, stamp, marks) under a temporary name in its folder, then
    renamed into place: a kill or a full disk leaves no database, or the complete one."""
    from alembic import command

    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.new")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _remove_leftovers(path.parent, f".{path.name}.*.new*")
        engine = make_engine(f"sqlite:///{tmp}")
        try:
            with engine.execution_options(**WRITE).begin() as conn:
                _mark(conn, HEAD_REVISION)
                Base.metadata.create_all(conn)
                command.stamp(alembic_config(conn), "head")
        finally:
            engine.dispose()  # the last connection checkpoints the journal into the file and removes it
        _fsync(tmp)
        _link_into_place(tmp, path)
        _fsync(path.parent)
    except OSError as exc:
        raise CouncilError("database_unreadable", path=str(path), reason=exc.strerror or str(exc)) from None
    except (OperationalError, DatabaseError) as exc:
        reason = str(getattr(exc, "orig", exc)).splitlines()[0]
        raise CouncilError("database_unreadable", path=str(path), reason=reason) from None
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
            leftover.unlink(missing_ok=True)


# a temporary file older than this was left by a start that was killed, not one still at work
LEFTOVER_AGE = 600


def _remove_leftovers(folder: Path, pattern: str) -> None:
    """Temporary files of ours (a new database, a copy before an upgrade) that a killed start left."""
    now = time.time()
    for leftover in folder.glob(pattern):
        try:
            if now - leftover.stat().st_mtime > LEFTOVER_AGE:
                leftover.unlink()
        except OSError:
            pass


def _link_into_place(tmp: Path, path: Path) -> None:
    """`tmp` under the name `path`, never over a database someone made there meanwhile."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        if path.stat().st_size == 0:  # an empty file stands for a new database
            os.replace(tmp, path)
        # else: made by another start meanwhile; that one is opened
    except OSError:  # a file system without hard links
        if path.exists() and path.stat().st_size:
            return
        os.replace(tmp, path)


def _fsync(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:  # a folder on some systems
        pass
    finally:
        os.close(fd)


def _migrate(engine: Engine, url: str, read_only: str | None) -> None:
    path = sqlite_path(url)
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        current = (conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                   if "alembic_version" in tables else None)
        marks = _marks(conn) if path is not None else None
    if current == HEAD_REVISION and (path is None or marks == (APPLICATION_ID, revision_number(HEAD_REVISION))):
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    known = {rev.revision for rev in script.walk_revisions()}
    location = display_location(url)
    if current is not None and current not in known:
        raise CouncilError("database_too_new", path=location, revision=current)
    if current is None:
        if path is not None or tables & set(Base.metadata.tables):
            raise CouncilError("database_not_ours", path=location)
        # an empty database on a server: the schema is made there
        with engine.execution_options(**WRITE).begin() as conn:
            Base.metadata.create_all(conn)
            command.stamp(alembic_config(conn), "head")
        return
    if current == head:
        if read_only is None:  # ours from before the marks: marked now
            with engine.execution_options(**WRITE).begin() as conn:
                _mark(conn, head)
        return
    if read_only is not None:
        raise CouncilError("database_read_only_old", path=location, reason=read_only)
    if path is not None:
        backup_before_migration(engine, path, head)
    # one transaction: a kill or a full disk leaves the old schema or the new one, never half
    with engine.connect() as conn:
        sqlite = conn.connection.driver_connection if path is not None else None
        if sqlite is not None:
            # SQLite changes a table by copying it, dropping the old one and renaming the copy: with
            # foreign keys on, the drop would delete (ON DELETE CASCADE) or orphan the rows that refer
            # to it.  So they are off while the migration runs (it cannot change inside a transaction),
            # and every link is checked before the commit.
            sqlite.execute("PRAGMA foreign_keys=OFF")
        try:
            conn.execution_options(**WRITE)
            with conn.begin():
                command.upgrade(alembic_config(conn), "head")
                if sqlite is not None:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise CouncilError("database_unreadable", path=location,
                                           reason=f"the upgrade would break {len(broken)} links between "
                                                  f"records (first in {broken[0][0]}); it was not made")
                    _mark(conn, head)
        finally:
            if sqlite is not None:
                sqlite.execute("PRAGMA foreign_keys=ON")


def backup_before_migration(engine: Engine, path: Path, head: str) -> Path:
    """The database as it was, copied before it is upgraded to `head`, under a name no later start
    reuses (council.before-0003.db, then council.before-0003-2.db, …), and checked before the
    migration may begin."""
    n = 1
    while True:
        target = path.with_name(f"{path.stem}.before-{head}{'' if n == 1 else f'-{n}'}{path.suffix}")
        if not target.exists():
            break
        n += 1
    tmp = path.with_name(f".{target.name}.{secrets.token_hex(6)}.part")
    _remove_leftovers(path.parent, f".{path.stem}.before-*.part")
    try:
        raw = engine.raw_connection()
        try:
            dest = sqlite3.connect(tmp)
            try:
                raw.driver_connection.backup(dest)
                result = [r[0] for r in dest.execute("PRAGMA integrity_check")]
            finally:
                dest.close()
        finally:
            raw.close()
        if result != ["ok"]:
            raise CouncilError("database_unreadable", path=str(path),
                               reason=f"its copy before the upgrade is damaged ({'; '.join(result)[:200]})")
        _fsync(tmp)
        while True:
            try:
                os.link(tmp, target)  # never over an existing backup, even one made meanwhile
                break
            except FileExistsError:
                n += 1
                target = path.with_name(f"{path.stem}.before-{head}-{n}{path.suffix}")
        _fsync(path.parent)
    except OSError as exc:
        raise CouncilError("database_unreadable", path=str(path),
                           reason=f"no copy could be kept before the upgrade: {exc.strerror or exc}") from None
    finally:
        tmp.unlink(missing_ok=True)
    return target

