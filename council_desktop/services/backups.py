"""Backups of the open database and restoring one, for the window and the `council` command.

The work is in `store/backup.py` (SQLite's backup API both ways); this service gives it the
open database.  A server database is backed up by the server's own tools, not here.
"""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import CouncilError
from ..store import backup as store
from ..store import files
from ..store.backup import DEFAULT_KEEP, BackupInfo, BackupPolicy  # noqa: F401  (DEFAULT_KEEP: for the settings)
from ..store.location import HEAD_REVISION  # noqa: F401  (what a restored older backup is upgraded to)

if TYPE_CHECKING:  # SQLAlchemy is not imported with this module: the File menu names it before the ORM loads
    from sqlalchemy import Engine


class BackupService:
    def __init__(self, engine: Engine, url: str, policy: BackupPolicy | None = None, hub=None,
                 feed=lambda: None) -> None:
        self._engine = engine
        self._url = url
        self._hub = hub  # a restore replaces everything: views that are open read everything again
        self._feed = feed  # this context's change feed (store/feed.py), if one is open
        self.policy = policy or BackupPolicy.from_environment()

    @property
    def policy(self) -> BackupPolicy:
        return self._policy

    @policy.setter
    def policy(self, policy: BackupPolicy) -> None:
        self._policy = policy
        from ..store.database import sqlite_path
        database = sqlite_path(self._url)
        if database is not None and policy.folder is not None:  # its backups are never an output either
            files.add_backup_folder(database, policy.folder)

    @property
    def database(self) -> Path:
        from ..store.database import display_location, sqlite_path
        path = sqlite_path(self._url)
        if path is None:
            raise CouncilError("backup_needs_file", path=display_location(self._url))
        return path

    @property
    def folder(self) -> Path:
        return store.backup_folder(self.database, self.policy.folder)

    def backup(self, out: str | os.PathLike) -> Path:
        """A checked copy of the database at `out` (never onto the database or its files)."""
        self.database  # noqa: B018 -- a server is refused before anything is made
        with self._source() as source:
            return store.copy_database(source, out)

    def take(self, folder: str | os.PathLike | None = None, now: dt.datetime | None = None) -> Path:
        """A backup now, named by the time it was taken, in `folder` (else the backup folder)."""
        database = self.database
        now = now or dt.datetime.now()
        target = Path(folder or self.folder) / f"{database.stem}-{now:%Y%m%d-%H%M%S}{database.suffix}"
        with self._source() as source:
            return store.copy_database(source, target, own_backup=True)

    def automatic(self, now: dt.datetime | None = None) -> Path | None:
        """Today's rotating backup, if none was taken today; None when none was due."""
        database = self.database
        if not store.backup_due(database, self.policy, now):  # most closes: no connection opened at all
            return None
        with self._source() as source:
            return store.automatic_backup(source, database, self.policy, now)

    def inspect(self, path: str | os.PathLike) -> BackupInfo:
        """What restoring `path` would bring back; refused when it is not an intact backup of ours."""
        return store.inspect_backup(path, self.database)

    def restore(self, path: str | os.PathLike, now: dt.datetime | None = None) -> tuple[BackupInfo, Path | None]:
        """The database's data replaced by the backup's, the current data kept as a backup first."""
        from ..domain.changes import Changes

        database = self.database
        feed = self._feed()
        with feed.held() if feed is not None else nullcontext():  # our own feed publishes nothing of it
            self._engine.dispose()  # no connection of ours holds a transaction while the data is replaced
            restored = store.restore(database, path, self.policy, now)
        if self._hub is not None:
            self._hub.publish(Changes.all())
        return restored

    @contextmanager
    def _source(self) -> Iterator[sqlite3.Connection]:
        raw = self._engine.raw_connection()
        try:
            yield raw.driver_connection
        finally:
            raw.close()
