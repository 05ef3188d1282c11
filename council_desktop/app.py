"""The one context object built at start: database, sessions and the services on them.

Windows and commands receive it as their first argument instead of reaching for globals.
Services are made, and their modules imported, on first use: a command that prints a
protocol need not import the demo loader, and one that lists people need not import
ReportLab (a tenth of a second at every start of the `council` command).
"""
from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from .domain.changes import ChangeHub
from .domain.errors import CouncilError
from .store import files
from .store.database import display_location, open_database, read_only_reason, sqlite_path
from .store.location import database_url
from .store.session import hub_of, make_session_factory

if TYPE_CHECKING:
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


@dataclass
class AppContext:
    url: str
    engine: Engine
    sessions: sessionmaker[Session] = field(repr=False)

    @property
    def hub(self) -> ChangeHub:
        """What every committed write changed (domain/changes.py): views subscribe here, through
        ui/change_signal.py on the GUI thread."""
        return hub_of(self.sessions)

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
        return ViewService(self.sessions)

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
        return BackupService(self.engine, self.url, hub=self.hub)

    @classmethod
    def open(cls, db: str | os.PathLike | None = None, create: bool = False) -> AppContext:
        """The context on a database; a missing file is made only when `create` is given (see
        `store.database.open_database`)."""
        url = database_url(db)
        engine = open_database(url, create=create)
        ctx = cls(url=url, engine=engine, sessions=make_session_factory(engine))
        if ctx.database_file is not None:  # no output may land on it while it is open (store/files.py)
            files.watch(ctx.database_file)
            ctx._watched = ctx.database_file
        return ctx

    @property
    def database_file(self) -> Path | None:
        """The SQLite file, or None for a server."""
        return sqlite_path(self.url)

    @property
    def read_only(self) -> str | None:
        """Why the database is open for viewing and printing only ("the file is read-only", "its folder
        is read-only"); None when it can be changed.  Every change through a service is then refused."""
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
        return display_location(self.url)

    def close(self) -> None:
        if self.database_file is not None:
            self._automatic_backup()
        self.engine.dispose()
        watched = self.__dict__.pop("_watched", None)
        if watched is not None:
            files.unwatch(watched)
