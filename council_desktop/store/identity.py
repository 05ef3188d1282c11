"""Is a file a Council Desktop database?  Told from its header before anything writes to it.

A SQLite file starts with "SQLite format 3\\0"; SQLite keeps two numbers of ours in the header:
`PRAGMA application_id` (bytes 68–71) says whose file it is, `PRAGMA user_version` (bytes 60–63)
its schema revision.  Both are read here with plain file reads, because opening the file the
usual way would already write to it (setting the WAL journal rewrites header bytes 18–19).
A file made before the marks existed is recognised by its `alembic_version` table, read through
an immutable read-only connection (no lock, no journal, no side file).  No SQLAlchemy import:
the `council` command's quick path asks this too.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import CouncilError
from .location import HEAD_REVISION

SQLITE_MAGIC = b"SQLite format 3\x00"
APPLICATION_ID = 0x43444442  # "CDDB": Council Desktop database
HEAD_NUMBER = int(HEAD_REVISION)


def revision_number(revision: str) -> int:
    """The schema revision as SQLite's user_version: migrations are numbered 0001, 0002, …"""
    return int(revision)


@dataclass(frozen=True)
class Identity:
    state: str  # "new" (no file, or an empty one), "ours" (marked), "unmarked" (ours, before the marks)
    revision: int | None = None


def identify(path: Path) -> Identity:
    """What the file at `path` is; CouncilError when it is not ours or is too new (nothing written)."""
    try:
        with open(path, "rb") as f:
            header = f.read(100)
    except FileNotFoundError:
        return Identity("new")
    except IsADirectoryError:
        raise CouncilError("database_unreadable", path=str(path), reason="Is a directory") from None
    except OSError as exc:
        raise CouncilError("database_unreadable", path=str(path), reason=exc.strerror or str(exc)) from None
    if not header:
        return Identity("new")  # SQLite too takes an empty file for a new database
    marks = _marks(header)
    if marks is None:
        raise CouncilError("database_not_ours", path=str(path))
    application_id, user_version = marks
    if application_id == APPLICATION_ID:
        if user_version > HEAD_NUMBER:
            raise CouncilError("database_too_new", path=str(path), revision=f"{user_version:04d}")
        return Identity("ours", user_version)
    if application_id != 0:
        raise CouncilError("database_not_ours", path=str(path))
    revision = _alembic_revision(path, wal=header[18:20] == b"\x02\x02")
    if revision is None:
        raise CouncilError("database_not_ours", path=str(path))
    if not revision.isdigit() or revision_number(revision) > HEAD_NUMBER:
        raise CouncilError("database_too_new", path=str(path), revision=revision)
    return Identity("unmarked", revision_number(revision))


def is_ours_at_head(path: Path) -> bool:
    """Marked as ours and at this version's schema, by the header alone (the quick read path's test)."""
    try:
        with open(path, "rb") as f:
            return _marks(f.read(100)) == (APPLICATION_ID, HEAD_NUMBER)
    except OSError:
        return False


def _marks(header: bytes) -> tuple[int, int] | None:
    """(application_id, user_version) from a SQLite header; None if the bytes are not one."""
    if len(header) < 100 or header[:16] != SQLITE_MAGIC:
        return None
    return int.from_bytes(header[68:72], "big"), int.from_bytes(header[60:64], "big")


def _alembic_revision(path: Path, wal: bool) -> str | None:
    """The revision in a file's alembic_version table, None if it has none; read without a write."""
    revision = _peek(f"{path.resolve().as_uri()}?immutable=1")
    side = path.with_name(path.name + "-wal")
    if revision is None and wal and side.exists():
        # the table may still be in the journal only: its side files are there already, read through them
        revision = _peek(f"{path.resolve().as_uri()}?mode=ro")
    return revision


def _peek(uri: str) -> str | None:
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row and row[0] is not None else None
    except sqlite3.Error:
        return None
    finally:
        conn.close()
