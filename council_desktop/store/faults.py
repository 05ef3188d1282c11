"""Conditions of the machine, not faults of ours: a locked, read-only, full or unreachable database or
file, a name too long, an argument that is not text, a search the database cannot run.

`condition(exc)` turns such an exception (sqlite3's, SQLAlchemy's wrapping one, an OSError, a
UnicodeError from an undecodable argument) into a `CouncilError` with one translated line naming
the thing and the way forward; anything else returns None and stays our own fault.  No Qt, no
SQLAlchemy import: the error is recognised by what it carries.
"""
from __future__ import annotations

import errno
import os
import sqlite3

from ..domain.errors import CouncilError

_LOCKED = {"SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_BUSY_SNAPSHOT", "SQLITE_BUSY_RECOVERY", "SQLITE_BUSY_TIMEOUT",
           "SQLITE_LOCKED_SHAREDCACHE"}
_FULL = {"SQLITE_FULL"}
_NO_SPACE = (errno.ENOSPC, errno.EDQUOT)
# what the machine refuses; a missing file of our own (ENOENT from a resource) stays our fault
_REFUSED = (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENAMETOOLONG, errno.EIO, errno.EBUSY, errno.ETXTBSY)


def condition(exc: BaseException, path: str | os.PathLike | None = None) -> CouncilError | None:
    """The user's or the machine's condition behind `exc`, as one message; None when it is ours."""
    if isinstance(exc, CouncilError):
        return exc
    orig = getattr(exc, "orig", None)  # SQLAlchemy's DBAPIError wraps the driver's exception
    if isinstance(orig, BaseException) and orig is not exc:
        return condition(orig, path)
    where = str(path) if path is not None else _database_path(exc)
    if isinstance(exc, sqlite3.Error):
        return _sqlite(exc, where)
    if isinstance(exc, OSError) and exc.errno in _NO_SPACE + _REFUSED:
        target = exc.filename if exc.filename is not None else where
        target = os.fsdecode(target) if isinstance(target, bytes) else str(target)
        if exc.errno in _NO_SPACE:
            return CouncilError("disk_full", path=target)
        from .files import reason

        return CouncilError("file_unwritable", path=target, reason=reason(exc))
    if isinstance(exc, UnicodeError) and _surrogates(exc):
        return CouncilError("argument_undecodable", value=shown(exc.object))
    return None


def _sqlite(exc: sqlite3.Error, where: str) -> CouncilError | None:
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    if name in _LOCKED or "database is locked" in text or "database table is locked" in text:
        return CouncilError("database_locked", path=where)
    if name in _FULL or "database or disk is full" in text:
        return CouncilError("disk_full", path=where)
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return CouncilError("database_cannot_write", path=where, reason="Read-only file system"
                            if name == "SQLITE_READONLY_DIRECTORY" else "the file is read-only")
    if name.startswith("SQLITE_IOERR") or "disk I/O error" in text:
        return CouncilError("database_cannot_write", path=where, reason="disk I/O error")
    if name.startswith("SQLITE_CANTOPEN") or "unable to open database file" in text:
        return CouncilError("database_unreadable", path=where, reason="unable to open the file")
    if name in ("SQLITE_PERM", "SQLITE_AUTH"):
        return CouncilError("database_cannot_write", path=where, reason="Permission denied")
    if name in ("SQLITE_NOTADB", "SQLITE_CORRUPT") or "malformed" in text or "not a database" in text:
        return CouncilError("database_unreadable", path=where, reason="the file is damaged")
    if "pattern too complex" in text:
        return CouncilError("search_too_long")
    return None


def _database_path(exc: BaseException) -> str:
    """The database an error came from, when the caller did not say: the one this process has open."""
    from .files import open_databases

    opened = open_databases()
    return str(opened[-1]) if opened else "?"


def _surrogates(exc: UnicodeError) -> bool:
    obj = getattr(exc, "object", None)
    return isinstance(obj, str) and any("\udc80" <= ch <= "\udcff" for ch in obj)


def undecodable(value: str) -> bool:
    """An argument holding bytes that are not text in this system's encoding (os.fsdecode's surrogates)."""
    return any("\udc80" <= ch <= "\udcff" for ch in value)


def shown(value: str) -> str:
    """Such an argument as it can be printed: its undecodable bytes as \\xNN."""
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
