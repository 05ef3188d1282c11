"""Where the database is, and which schema this version expects: no SQLAlchemy needed to know.

The `council` command reads a SQLite file through the standard library when that is all a
command needs (see `snapshot.py`), so these answers must not cost an import of the ORM.
"""
from __future__ import annotations

import os
from pathlib import Path

from ..paths import user_data_folder

# the newest migration; a database already there opens without importing Alembic (a tenth of a
# second at every start of the `council` command). tests/test_store.py keeps it true.
HEAD_REVISION = "0012"
_SQLITE = "sqlite:///"


def default_database_path() -> Path:
    return user_data_folder() / "council.db"


def database_url(db: str | os.PathLike | None = None) -> str:
    """A path or URL from the caller, else COUNCIL_DB, else the default file; an empty path is refused
    (it would name the current folder, or fall back to another database unnoticed)."""
    if db is not None and not str(db).strip():
        from ..domain.errors import CouncilError
        raise CouncilError("database_path_empty")
    target = db or os.environ.get("COUNCIL_DB") or default_database_path()
    target = str(target)
    if "://" in target:
        return target
    return _SQLITE + str(Path(target).expanduser().resolve())


def read_only_reason_of(path: Path) -> str | None:
    """Why a SQLite file can only be read ("its folder is read-only", "the file is read-only"), or None."""
    # the folder first: on a read-only disk both are, and it is the folder the user would change
    if not os.access(path.parent, os.W_OK):
        return "its folder is read-only"
    if not os.access(path, os.W_OK):
        return "the file is read-only"
    return None


def plain_sqlite_file(url: str) -> Path | None:
    """The file of a `sqlite:///` URL without options; None for anything else (a server, memory)."""
    if not url.startswith(_SQLITE) or "?" in url:
        return None
    path = url[len(_SQLITE):]
    return Path(path) if path and path != ":memory:" else None
