"""The one context object built at start: database, sessions and the services on them.

Windows and commands receive it as their first argument instead of reaching for globals.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from .services.demo import DemoService
from .services.documents import DocumentService
from .services.meetings import MeetingService
from .services.minutes import MinutesService
from .services.protocols import ProtocolService
from .services.registry import RegistryService
from .services.settings import SettingsService
from .services.views import ViewService
from .store.database import display_location, database_url, open_database
from .store.session import make_session_factory


@dataclass
class AppContext:
    url: str
    engine: Engine
    sessions: sessionmaker[Session] = field(repr=False)

    def __post_init__(self) -> None:
        self.registry = RegistryService(self.sessions)
        self.meetings = MeetingService(self.sessions)
        self.minutes = MinutesService(self.sessions)
        self.protocols = ProtocolService(self.sessions)
        self.views = ViewService(self.sessions)
        self.settings = SettingsService(self.sessions)
        self.demo = DemoService(self.sessions)
        self.documents = DocumentService(self.sessions)

    @classmethod
    def open(cls, db: str | os.PathLike | None = None) -> "AppContext":
        url = database_url(db)
        engine = open_database(url)
        return cls(url=url, engine=engine, sessions=make_session_factory(engine))

    @property
    def location(self) -> str:
        """The database as a user recognises it: a file path, or a URL without its password."""
        return display_location(self.url)

    def close(self) -> None:
        self.engine.dispose()
