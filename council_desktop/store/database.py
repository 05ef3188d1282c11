"""Where the data lives and how it is opened.

The default is one SQLite file in the user's data folder; `--db PATH`, `COUNCIL_DB`
or any SQLAlchemy URL (PostgreSQL included) chooses another.  Opening a database
runs the packaged Alembic migrations: a new file is created from the models and
stamped, an older one is backed up and upgraded, a newer one is refused untouched.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError

from ..domain.errors import CouncilError
from ..domain.models import Base
from .location import HEAD_REVISION, database_url

MIGRATIONS = Path(__file__).with_name("migrations")


def sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: str) -> Engine:
    try:
        return _make_engine(url)
    except (ArgumentError, ImportError) as exc:  # a malformed URL, an unknown dialect, a missing driver
        raise CouncilError("database_unreadable", path=url_for_display(url), reason=str(exc).splitlines()[0]) from None
    except OSError as exc:  # its folder cannot be made
        raise CouncilError("database_unreadable", path=url_for_display(url), reason=exc.strerror or str(exc)) from None


def url_for_display(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _make_engine(url: str) -> Engine:
    path = sqlite_path(url)
    if path is not None:
        if path.exists() and path.is_dir():
            raise CouncilError("database_unreadable", path=str(path), reason="is a folder")
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 5})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def _stored_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def open_database(db: str | os.PathLike | None = None) -> Engine:
    """Engine on a database at the schema of this version, migrated if need be."""
    url = database_url(db)
    engine = make_engine(url)
    try:
        _migrate(engine, url)
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


def _migrate(engine: Engine, url: str) -> None:
    if _stored_revision(engine) == HEAD_REVISION:
        return
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        tables = set(inspect(conn).get_table_names())
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise CouncilError("database_too_new", path=display_location(url), revision=current)
    if current == head:
        return
    if current is None:
        if tables & set(Base.metadata.tables):
            raise CouncilError("database_unreadable", path=display_location(url),
                               reason="not a Council Desktop database")
        with engine.begin() as conn:
            Base.metadata.create_all(conn)
            command.stamp(alembic_config(conn), "head")
        return
    path = sqlite_path(url)
    if path is not None:
        backup_sqlite(engine, path.with_name(f"{path.stem}.before-{head}{path.suffix}"))
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")


def backup_sqlite(engine: Engine, target: Path) -> Path:
    """A consistent copy through SQLite's backup API, written to a temporary name first."""
    import sqlite3

    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    raw = engine.raw_connection()
    try:
        dest = sqlite3.connect(tmp)
        try:
            raw.driver_connection.backup(dest)
        finally:
            dest.close()
    finally:
        raw.close()
    shutil.move(tmp, target)
    return target
