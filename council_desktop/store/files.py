"""Every file the program writes goes through here: never onto the database, never half-written.

`write_file` (or `replacing`, for a writer that needs a path, such as SQLite's backup API)
refuses a target that is an open database or one of its side files — its `-wal`, `-shm`,
`-journal`, its pre-migration copies (`NAME.before-*.db`) and its backups (`NAME-*.db` in a
backup folder) — by the file's identity (same device and inode, so a hard link or a symlink
is caught) and by its resolved path with names compared case-blind (a side file SQLite has
not created yet, on a file system that ignores case).  Then it writes to a temporary name in
the target's own folder, flushes, fsyncs and renames: a failure leaves the old file as it was
and no temporary file behind.  No Qt and no SQLAlchemy: the quick `council` path uses it too.
"""
from __future__ import annotations

import errno
import os
import tempfile
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from ..domain.errors import CouncilError

SIDE_SUFFIXES = ("", "-wal", "-shm", "-journal")
BACKUP_FOLDER = "backups"  # beside the database, unless the user chose another
_TEMP_STEM = 40  # characters of the target's name kept in the temporary name (a long name stays legal)

_lock = threading.Lock()
_open: Counter[Path] = Counter()  # SQLite files this process has open (AppContext, the quick reader)
_backup_folders: dict[Path, set[Path]] = {}  # database -> backup folders besides the default


def watch(database: str | os.PathLike, backup_folder: str | os.PathLike | None = None) -> None:
    """Mark a SQLite file as open in this process: no output may land on it or its files."""
    db = _resolved(database)
    with _lock:
        _open[db] += 1
        if backup_folder:
            _backup_folders.setdefault(db, set()).add(_resolved(backup_folder))


def add_backup_folder(database: str | os.PathLike, folder: str | os.PathLike) -> None:
    """Another folder whose `NAME-*.db` files are backups of an open database (the one chosen in Settings)."""
    db = _resolved(database)
    with _lock:
        if db in _open:
            _backup_folders.setdefault(db, set()).add(_resolved(folder))


def unwatch(database: str | os.PathLike) -> None:
    db = _resolved(database)
    with _lock:
        _open[db] -= 1
        if _open[db] <= 0:
            del _open[db]
            _backup_folders.pop(db, None)


def open_databases() -> list[Path]:
    with _lock:
        return list(_open)


def _resolved(path: str | os.PathLike) -> Path:
    return Path(os.path.abspath(Path(path).expanduser())).resolve()


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.normcase(a) == os.path.normcase(b)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist
        return False


def database_of(target: str | os.PathLike, databases: list[Path] | None = None,
                *, backups_allowed: bool = False) -> Path | None:
    """The open database that `target` is, or is a file of; None when it is neither."""
    out = _resolved(target)
    name = out.name.casefold()
    for db in (open_databases() if databases is None else [_resolved(d) for d in databases]):
        stem, suffix = db.stem.casefold(), db.suffix.casefold()
        sides = [db.with_name(db.name + s) for s in SIDE_SUFFIXES]
        if any(_same_file(out, side) for side in sides):
            return db
        folders = [db.parent]
        if _same_folder(out.parent, db.parent):
            if name in {side.name.casefold() for side in sides}:
                return db
            if not backups_allowed and name.startswith(f"{stem}.before-"):
                return db
        if backups_allowed:
            continue
        folders += [db.parent / BACKUP_FOLDER, *_backup_folders.get(db, ())]
        if any(_same_folder(out.parent, f) for f in folders[1:]) and name.startswith(f"{stem}-") \
                and any(name.endswith(suffix + s) for s in SIDE_SUFFIXES):
            return db
        # a hard link to one of its backups under another name
        if out.exists():
            for folder in folders:
                try:
                    entries = list(folder.iterdir())
                except OSError:
                    continue
                for entry in entries:
                    n = entry.name.casefold()
                    if (n.startswith(f"{stem}.before-") or (folder != db.parent and n.startswith(f"{stem}-"))) \
                            and _same_file(out, entry):
                        return db
    return None


def refuse_database(target: str | os.PathLike, *, backups_allowed: bool = False) -> None:
    """Raise `output_is_database` when `target` is an open database or one of its files."""
    db = database_of(target, backups_allowed=backups_allowed)
    if db is not None:
        raise CouncilError("output_is_database", path=str(target), database=str(db))


@contextmanager
def replacing(target: str | os.PathLike, *, backups_allowed: bool = False) -> Iterator[Path]:
    """A temporary path beside `target` to write the new file to; when the block ends without an
    error it is fsynced and renamed onto `target`, else removed.  OS errors become one
    `file_unwritable` line naming the file and the system's reason."""
    refuse_database(target, backups_allowed=backups_allowed)
    out = _resolved(target)  # a symlink's target is replaced, not the link
    if out.is_dir():
        raise CouncilError("file_unwritable", path=str(target), reason="Is a directory")
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name[:_TEMP_STEM]}.", suffix=".part", dir=out.parent)
        os.close(fd)
        yield Path(tmp)
        _fsync(tmp)
        os.chmod(tmp, _mode(out))
        os.replace(tmp, out)
        tmp = None
        _fsync_folder(out.parent)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise CouncilError("disk_full", path=str(target)) from None
        raise CouncilError("file_unwritable", path=str(target), reason=reason(exc)) from None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def write_file(target: str | os.PathLike, content: bytes | Callable[[BinaryIO], None]) -> Path:
    """Write `content` (bytes, or a function writing to a binary file) to `target` as a whole or
    not at all.  Returns the path as given (made absolute only by the caller's wish)."""
    with replacing(target) as tmp:
        with open(tmp, "wb") as f:
            if callable(content):
                content(f)
            else:
                f.write(content)
    return Path(target)


def reason(exc: OSError) -> str:
    """The system's reason for a file error, as `domain.errors` translates it."""
    if exc.errno == errno.ENAMETOOLONG:
        return "File name too long"
    return exc.strerror or str(exc)


def _fsync(path: str) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; not possible on every system (Windows), so best effort."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _mode(out: Path) -> int:
    """The old file's permissions, else an ordinary file's (mkstemp makes it private)."""
    try:
        return out.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask
