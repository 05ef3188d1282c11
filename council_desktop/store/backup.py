"""Backups of a SQLite database and restoring one: SQLite's online backup API, both ways.

A backup is a consistent snapshot taken while others may write (a copied file of a WAL database
without its `-wal` can miss commits), made self-contained (rollback journal, no side files),
checked with `PRAGMA integrity_check` and only then renamed into place (`files.replacing`).
Automatic backups go to `backups/` beside the database (or the folder the user chose), at most
one a day, the newest `keep` kept.  Restoring checks the file first on a private copy (SQLite,
ours, intact, its schema revision; an older one is migrated), keeps the current database as a
backup, then copies the checked data into the live database with the backup API: one write
transaction, so every other connection sees the old data or the new, never a mix, and no file is
swapped under a program that has it open.  No Qt, no SQLAlchemy at import.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import CouncilError
from . import feed, files
from .location import HEAD_REVISION

DEFAULT_KEEP = 7
LOCK_TIMEOUT = 5.0  # seconds to wait for another program's write to finish, as the program's connections do
_AUTO = re.compile(r"-auto-(\d{8})-(\d{6})$")


@dataclass(frozen=True)
class BackupPolicy:
    """Where automatic backups go and how many are kept (0: none are made)."""
    folder: Path | None = None
    keep: int = DEFAULT_KEEP

    @classmethod
    def from_environment(cls) -> BackupPolicy:
        """COUNCIL_BACKUP_KEEP (a number, 0 for none) and COUNCIL_BACKUP_FOLDER, for the command line;
        the window takes its own from the user's settings."""
        keep = os.environ.get("COUNCIL_BACKUP_KEEP", "")
        folder = os.environ.get("COUNCIL_BACKUP_FOLDER") or None
        return cls(Path(folder) if folder else None,
                   int(keep) if keep.isascii() and keep.isdigit() else DEFAULT_KEEP)


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file holds, told before anything is restored from it."""
    path: Path
    meetings: int
    taken: dt.datetime  # when the file was last written
    revision: str  # its schema revision
    migrated: bool  # older than this version: migrated on restore

    def as_dict(self) -> dict:
        return {"file": str(self.path), "meetings": self.meetings, "date": self.taken.isoformat(timespec="seconds"),
                "revision": self.revision, "migrated_to": HEAD_REVISION if self.migrated else None}


def backup_folder(database: Path, folder: str | os.PathLike | None = None) -> Path:
    return Path(folder) if folder else Path(database).parent / files.BACKUP_FOLDER


# --- taking a backup --------------------------------------------------------------------------
def copy_database(source: sqlite3.Connection, target: str | os.PathLike, *, own_backup: bool = False) -> Path:
    """A consistent, checked, self-contained copy of `source` at `target`, whole or not at all.
    `own_backup`: the program names a new backup of the open database (else a backup's name is refused
    like the database's own)."""
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CouncilError("file_unwritable", path=str(target), reason=files.reason(exc)) from None
    with files.replacing(target, backups_allowed=own_backup) as tmp:
        dest = sqlite3.connect(tmp)
        try:
            try:
                _backup(source, dest)
                dest.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal beside it
                ok = dest.execute("PRAGMA integrity_check").fetchone()
            except sqlite3.Error as exc:
                raise _as_condition(exc, target) from None
            if ok != ("ok",):
                raise CouncilError("backup_damaged", path=str(target), reason=str(ok[0]))
        finally:
            dest.close()
    return target


def automatic_backup(source: sqlite3.Connection, database: Path, policy: BackupPolicy,
                     now: dt.datetime | None = None) -> Path | None:
    """Today's backup unless there is one; then only the newest `policy.keep` automatic ones remain.
    None when none was due (or the policy makes none)."""
    if not backup_due(database, policy, now):
        return None
    now = now or dt.datetime.now()
    folder = backup_folder(database, policy.folder)
    made = copy_database(source, folder / f"{database.stem}-auto-{now:%Y%m%d-%H%M%S}{database.suffix}",
                         own_backup=True)
    for _, old in automatic_backups(database, folder)[:-policy.keep]:
        old.unlink(missing_ok=True)
    return made


def backup_due(database: Path, policy: BackupPolicy, now: dt.datetime | None = None) -> bool:
    """No automatic backup of today yet (and the policy makes them): a look at the folder, nothing opened."""
    if policy.keep <= 0:
        return False
    today = (now or dt.datetime.now()).strftime("%Y%m%d")
    return not any(day == today for day, _ in automatic_backups(database, backup_folder(database, policy.folder)))


def automatic_backups(database: Path, folder: Path) -> list[tuple[str, Path]]:
    """(day, path) of the automatic backups of `database` in `folder`, oldest first."""
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for p in entries:
        if p.suffix == database.suffix and p.stem.startswith(f"{database.stem}-auto-"):
            m = _AUTO.search(p.stem)
            if m:
                found.append((m.group(1) + m.group(2), m.group(1), p))
    return [(day, p) for _, day, p in sorted(found)]


# --- restoring --------------------------------------------------------------------------------
def inspect_backup(path: str | os.PathLike, database: Path | None = None) -> BackupInfo:
    """What `path` would restore; CouncilError when it is not an intact Council Desktop database
    that this version can read.  Nothing is written to it."""
    with staged_copy(path, database) as (info, _staged):
        return info


@contextmanager
def staged_copy(path: str | os.PathLike, database: Path | None = None) -> Iterator[tuple[BackupInfo, Path]]:
    """A private, checked copy of the backup at this version's schema, beside `database` (same
    file system), removed afterwards."""
    source = Path(path)
    # the database itself (or its -wal…) is no backup; its backups and pre-migration copies are
    if database is not None and files.database_of(source, [database], backups_allowed=True) is not None:
        raise CouncilError("restore_same_file", path=str(source))
    _check_ours(source)
    folder = Path(tempfile.mkdtemp(prefix=".restore-", dir=database.parent if database else None))
    try:
        staged = folder / "staged.db"
        try:
            src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        except sqlite3.Error as exc:
            raise _as_condition(exc, source) from None
        try:
            dest = sqlite3.connect(staged)
            try:
                src.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")
            except sqlite3.Error as exc:
                raise _unreadable(source, exc) from None
            finally:
                dest.close()
        finally:
            src.close()
        revision = _check(staged, source)
        migrated = revision != HEAD_REVISION
        if migrated:
            _migrate(staged, source)
            _check(staged, source)
        with sqlite3.connect(staged) as conn:
            meetings = conn.execute("SELECT count(*) FROM meeting").fetchone()[0]
        conn.close()
        taken = dt.datetime.fromtimestamp(source.stat().st_mtime).replace(microsecond=0)
        yield BackupInfo(source, meetings, taken, revision, migrated), staged
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def restore(database: Path, path: str | os.PathLike, policy: BackupPolicy | None = None,
            now: dt.datetime | None = None) -> tuple[BackupInfo, Path | None]:
    """Replace the data of `database` by the backup at `path`, after keeping the current data as a
    backup (returned; None when there was no database yet).  All of it or nothing."""
    from .identity import identify

    policy = policy or BackupPolicy()
    now = now or dt.datetime.now()
    database = Path(database)
    identify(database)  # another program's file, or a newer one, is refused before anything is written
    with staged_copy(path, database) as (info, staged):
        feed.note_restore(staged)  # the windows open on the database read everything again
        kept = None
        if database.exists() and database.stat().st_size:
            live = _connect(database)
            try:
                target = (backup_folder(database, policy.folder)
                          / f"{database.stem}-before-restore-{now:%Y%m%d-%H%M%S}{database.suffix}")
                try:
                    kept = copy_database(live, target, own_backup=True)
                except CouncilError as exc:
                    if exc.code not in ("backup_damaged", "database_unreadable"):
                        raise
                    kept = _keep_as_it_is(database, target)  # damaged: the very reason to restore
                src = sqlite3.connect(staged)
                try:
                    _match_page_size(src, live)
                    _backup(src, live)  # one write transaction on the live database
                except sqlite3.Error as exc:
                    kept.unlink(missing_ok=True)  # nothing was restored: no copy to explain either
                    raise _as_condition(exc, database) from None
                finally:
                    src.close()
            finally:
                live.close()
        else:
            with files.replacing(database, backups_allowed=True) as tmp:
                shutil.copyfile(staged, tmp)
    return info, kept


class _Busy(Exception):
    pass


def _backup(source: sqlite3.Connection, dest: sqlite3.Connection) -> None:
    """All pages in one step (one transaction on `dest`).  Python retries a busy step for ever; after
    the connections' own busy timeout has run out once, give up instead: the database is locked."""
    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise _Busy

    try:
        source.backup(dest, progress=progress)
    except _Busy:
        raise sqlite3.OperationalError("database is locked") from None


def _keep_as_it_is(database: Path, target: Path) -> Path:
    """A damaged database, which SQLite cannot copy page by page, kept byte for byte with its -wal."""
    with files.replacing(target, backups_allowed=True) as tmp:
        shutil.copyfile(database, tmp)
    wal = database.with_name(database.name + "-wal")
    if wal.exists():
        with files.replacing(target.with_name(target.name + "-wal"), backups_allowed=True) as tmp:
            shutil.copyfile(wal, tmp)
    return target


def _connect(database: Path) -> sqlite3.Connection:
    try:
        return sqlite3.connect(database, timeout=LOCK_TIMEOUT)
    except sqlite3.Error as exc:
        raise _as_condition(exc, database) from None


def _match_page_size(src: sqlite3.Connection, live: sqlite3.Connection) -> None:
    """The backup API cannot change a WAL database's page size: give the copy the live one's."""
    want = live.execute("PRAGMA page_size").fetchone()[0]
    if src.execute("PRAGMA page_size").fetchone()[0] != want:
        src.execute(f"PRAGMA page_size={int(want)}")
        src.execute("VACUUM")


def _check_ours(source: Path) -> None:
    """Told from the header before SQLite opens it (store/identity.py): ours, and not newer."""
    from .identity import identify

    if source.is_dir():
        raise CouncilError("file_unreadable", path=str(source), reason="Is a directory")
    if not source.exists():
        raise CouncilError("file_unreadable", path=str(source), reason="No such file or directory")
    if identify(source).state == "new":  # an empty file
        raise CouncilError("backup_not_ours", path=str(source))


def _check(staged: Path, source: Path) -> str:
    """The staged copy is intact and ours: its schema revision."""
    conn = sqlite3.connect(staged)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()
        if ok != ("ok",):
            raise CouncilError("backup_damaged", path=str(source), reason=str(ok[0]))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"alembic_version", "meeting", "person"} <= tables:
            raise CouncilError("backup_not_ours", path=str(source))
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise _unreadable(source, exc) from None
    finally:
        conn.close()
    if row is None or not str(row[0]).isdigit():
        raise CouncilError("backup_not_ours", path=str(source))
    revision = str(row[0])
    if int(revision) > int(HEAD_REVISION):
        raise CouncilError("database_too_new", path=str(source), revision=revision)
    return revision


def _migrate(staged: Path, source: Path) -> None:
    """An older backup brought to this version's schema by the packaged migrations."""
    from .database import open_database

    try:
        open_database(str(staged)).dispose()
    except CouncilError as exc:
        raise CouncilError("backup_damaged", path=str(source), reason=exc.message()) from None


def _unreadable(source: Path, exc: sqlite3.Error) -> CouncilError:
    if getattr(exc, "sqlite_errorname", "") in ("SQLITE_NOTADB", "SQLITE_CORRUPT"):
        return CouncilError("backup_damaged", path=str(source), reason=str(exc))
    return _as_condition(exc, source)


def _as_condition(exc: sqlite3.Error, path: Path) -> CouncilError:
    from .faults import condition

    return condition(exc, path) or CouncilError("database_unreadable", path=str(path), reason=str(exc))
