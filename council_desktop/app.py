"""The one context object built at start: database, sessions and the services on them.

Windows and commands receive it as their first argument instead of reaching for globals.
Services are made, and their modules imported, on first use: a command that prints a
protocol need not import the demo loader, and one that lists people need not import
ReportLab (a tenth of a second at every start of the `council` command).
"""
from __future__ import annotations

import os
import sqlite3
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from .domain.changes import ChangeHub
from .domain.errors import CouncilError
from .store import files
from .store.location import database_url, plain_sqlite_file, read_only_reason_of

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from .services.backups import BackupService
    from .services.demo import DemoService
    from .services.documents import DocumentService
    from .services.exchange import ExchangeService, PeopleImport
    from .services.first_run import FirstRunService
    from .services.meetings import MeetingService
    from .services.minutes import MinutesService
    from .services.protocols import ProtocolService
    from .services.records import RecordService
    from .services.registry import RegistryService
    from .services.restore import RestoreService
    from .services.settings import SettingsService
    from .services.views import ViewService
    from .store.feed import ChangeFeed


class _Sessions:
    """The context's session factory, made on first use: what a service built before the ORM holds."""

    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx

    def __call__(self, **kw):
        return self._ctx.sessions(**kw)

    def __getattr__(self, name: str):
        return getattr(self._ctx.sessions, name)


class AppContext:
    """The database, its sessions and the services.  On a SQLite file already at this version's
    schema the engine, and with it SQLAlchemy and the ORM, is opened on first use, not at `open`:
    the window shows its first list, read with plain SQL (`plain_reader`), without them."""

    def __init__(self, url: str, engine: Engine | None = None, read_only: str | None = None) -> None:
        self.url = url
        self._hub = ChangeHub()
        self._read_only = read_only  # as found at `open`, while the engine waits
        if engine is not None:
            self.__dict__["engine"] = engine

    def __repr__(self) -> str:
        return f"AppContext(url={self.url!r})"

    @cached_property
    def engine(self) -> Engine:
        """Opened when first needed (see the class); the file was found at this version's schema."""
        from .store.database import open_database
        return open_database(self.url)

    @cached_property
    def sessions(self) -> sessionmaker[Session]:
        from .store.session import make_session_factory
        return make_session_factory(self.engine, hub=self._hub)

    @property
    def orm_loaded(self) -> bool:
        """Whether the engine (and so SQLAlchemy's ORM) has been opened yet."""
        return "engine" in self.__dict__

    def plain_reader(self) -> sqlite3.Connection | None:
        """A plain `sqlite3` connection in a read transaction (the caller closes it) while the engine is
        not open and the database is a SQLite file at this version's schema; else None: read through
        a session."""
        if self.orm_loaded or plain_sqlite_file(self.url) is None:
            return None
        from .store.snapshot import open_sqlite
        return open_sqlite(self.url)

    def preload(self) -> None:
        """Import what the engine, the sessions and the registry's services need (SQLAlchemy, the models,
        their mappers configured) without opening anything: what the window runs on a worker thread
        after its first paint, so that the views built next do not hold it up."""
        from sqlalchemy.orm import configure_mappers

        from .services import meetings, registry  # noqa: F401
        from .store import database, session  # noqa: F401

        configure_mappers()

    def together(self):
        """Every service write of this thread inside the block is one transaction: all or none
        (services.base.Service.together; a group of undo steps)."""
        from .services.base import Service
        return Service(self.sessions).together()

    @property
    def hub(self) -> ChangeHub:
        """What every committed write changed (domain/changes.py): views subscribe here, through
        ui/change_signal.py on the GUI thread."""
        return self._hub

    @cached_property
    def registry(self) -> RegistryService:
        from .services.registry import RegistryService
        return RegistryService(self.sessions)

    @cached_property
    def meetings(self) -> MeetingService:
        from .services.meetings import MeetingService
        return MeetingService(self.sessions)

    @cached_property
    def minutes(self) -> MinutesService:
        from .services.minutes import MinutesService
        return MinutesService(self.sessions)

    @cached_property
    def records(self) -> RecordService:
        """Any editable field of a record, by its column name, in one call (the meeting editor's)."""
        from .services.records import RecordService
        return RecordService(self.sessions)

    @cached_property
    def restore(self) -> RestoreService:
        from .services.restore import RestoreService
        return RestoreService(self.sessions)

    @cached_property
    def protocols(self) -> ProtocolService:
        from .services.protocols import ProtocolService
        return ProtocolService(self.sessions)

    @cached_property
    def views(self) -> ViewService:
        from .services.views import ViewService
        return ViewService(_Sessions(self), reader=self.plain_reader)  # the first list needs no ORM

    @cached_property
    def settings(self) -> SettingsService:
        from .services.settings import SettingsService
        return SettingsService(self.sessions)

    @cached_property
    def demo(self) -> DemoService:
        from .services.demo import DemoService
        return DemoService(self.sessions)

    @cached_property
    def documents(self) -> DocumentService:
        from .services.documents import DocumentService
        return DocumentService(self.sessions)

    @cached_property
    def exchange(self) -> ExchangeService:
        from .services.exchange import ExchangeService
        return ExchangeService(self.sessions)

    @cached_property
    def first_run(self) -> FirstRunService:
        from .services.first_run import FirstRunService
        return FirstRunService(self.sessions)

    @cached_property
    def people_import(self) -> PeopleImport:
        from .services.exchange import PeopleImport
        return PeopleImport(self.sessions)

    @cached_property
    def backups(self) -> BackupService:
        """Backups and restore of a SQLite database; automatic ones as `backups.policy` says."""
        from .services.backups import BackupService
        return BackupService(self.engine, self.url, hub=self.hub, feed=lambda: self.__dict__.get("feed"))

    @cached_property
    def feed(self) -> ChangeFeed:
        """Writes committed by other processes on this database, published on `hub` at each `poll()` (the
        window polls every second, ui/change_signal.py).  Made when the window starts watching: what it
        reads from then on is followed.  On a SQLite file it needs no ORM."""
        from .store.feed import ChangeFeed
        path = self.database_file
        return ChangeFeed(self.hub, path, lambda: self.engine if path is None else self.__dict__.get("engine"))

    @classmethod
    def open(cls, db: str | os.PathLike | None = None, create: bool = False) -> AppContext:
        """The context on a database; a missing file is made only when `create` is given (see
        `store.database.open_database`)."""
        url = database_url(db)
        path = plain_sqlite_file(url)
        from .store.snapshot import open_sqlite
        quick = open_sqlite(url) if path is not None else None
        if quick is not None:  # ours, at this version's schema: nothing to create or migrate, the engine can wait
            quick.close()
            ctx = cls(url, read_only=read_only_reason_of(path))
        else:
            from .store.database import open_database
            ctx = cls(url, engine=open_database(url, create=create))
        if ctx.database_file is not None:  # no output may land on it while it is open (store/files.py)
            files.watch(ctx.database_file)
            ctx._watched = ctx.database_file
        return ctx

    @property
    def database_file(self) -> Path | None:
        """The SQLite file, or None for a server."""
        path = plain_sqlite_file(self.url)
        if path is not None:
            return path
        from .store.database import sqlite_path
        return sqlite_path(self.url)

    @property
    def read_only(self) -> str | None:
        """Why the database is open for viewing and printing only ("the file is read-only", "its folder
        is read-only"); None when it can be changed.  Every change through a service is then refused."""
        if not self.orm_loaded:
            return self._read_only
        from .store.database import read_only_reason
        return read_only_reason(self.engine)

    def _automatic_backup(self) -> None:
        """Today's rotating backup on close (store/backup.py).  Its failure (a full disk, a read-only
        folder, a busy database) loses nothing that is stored: it is logged, and the next close tries again."""
        from sqlalchemy.exc import SQLAlchemyError

        try:
            self.backups.automatic()
        except (CouncilError, OSError, sqlite3.Error, SQLAlchemyError) as exc:
            from .crashlog import record

            record(exc)

    @property
    def location(self) -> str:
        """The database as a user recognises it: a file path, or a URL without its password."""
        path = plain_sqlite_file(self.url)
        if path is not None:
            return str(path)
        from .store.database import display_location
        return display_location(self.url)

    def checkpoint(self) -> None:
        """What a large write left in SQLite's WAL copied into the database file now (store.database.
        checkpoint): for a worker thread after an import, so that the next save does not do it."""
        from .store.database import checkpoint

        checkpoint(self.engine)

    def close(self) -> None:
        feed = self.__dict__.pop("feed", None)
        if feed is not None:
            feed.close()
        if self.database_file is not None:
            self._automatic_backup()
        self.engine.dispose()
        watched = self.__dict__.pop("_watched", None)
        if watched is not None:
            files.unwatch(watched)
