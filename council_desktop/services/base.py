"""What every service shares: one transaction per user action, and errors a user can read."""
from __future__ import annotations

import datetime as dt
import threading
from contextlib import contextmanager
from typing import TYPE_CHECKING, Iterator, TypeVar

from ..domain.errors import CouncilError, InvalidValue, NotFound
from ..domain.rules import is_email
from ..store.faults import condition  # noqa: F401  (a locked, full or read-only database, said as such)
from ..store.snapshot import record_key

if TYPE_CHECKING:  # SQLAlchemy is imported on the first write or ORM read, not with the service:
    from sqlalchemy.orm import Session, sessionmaker  # the window shows its first list without it

T = TypeVar("T")


class Service:
    def __init__(self, session_factory: sessionmaker[Session], reader=None):
        self._sessions = session_factory
        # a plain DB-API connection to read from while the ORM is not loaded, or None (AppContext.plain_reader)
        self._plain = reader

    @contextmanager
    def _tx(self, bulk: bool = False) -> Iterator[Session]:
        """One unit of work: committed whole, or rolled back whole with a readable error.  `bulk`: one
        that stores many megabytes (store.database.BULK_WRITE).  Inside `together()` on this thread and
        database: that block's transaction, committed or rolled back with it."""
        from sqlalchemy.exc import IntegrityError
        from sqlalchemy.orm.exc import StaleDataError

        from ..store.database import BULK_WRITE, WRITE

        joined = _joined().get(id(self._sessions))
        if joined is not None:
            yield joined
            return
        try:
            with self._sessions.begin() as session:
                # SQLite: BEGIN IMMEDIATE, the write lock at once
                session.connection(execution_options=BULK_WRITE if bulk else WRITE)
                yield session
        except StaleDataError:
            raise CouncilError("stale_edit", kind="record", ident="") from None
        except IntegrityError as exc:
            raise CouncilError("invalid_value", field="record",
                               value=str(exc.orig).splitlines()[0]) from None

    @contextmanager
    def together(self) -> Iterator[None]:
        """Every service call of this thread on this database inside the block is one transaction: all
        written, or (any of them refused) none (a group of undo steps undone together)."""
        joined = _joined()
        if id(self._sessions) in joined:  # inside another such block: part of its transaction
            yield
            return
        with self._tx() as s:
            joined[id(self._sessions)] = s
            try:
                yield
            finally:
                del joined[id(self._sessions)]

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session


    @contextmanager
    def _reading(self):
        """A DB-API connection to read a view from (store.snapshot), in one transaction: a plain SQLite
        connection while the ORM is not loaded (the window's first list is read without it), else
        the one under a session."""
        conn = self._plain() if self._plain is not None else None
        if conn is None:
            with self._read() as s:
                yield driver_connection(s)
            return
        try:
            yield conn
        finally:
            conn.close()


_threads = threading.local()


def _joined() -> dict:
    """This thread's open `Service.together()` blocks: the id of a session factory -> its session."""
    return _threads.__dict__.setdefault("joined", {})


def driver_connection(s: Session):
    """The DB-API connection under a session, in its transaction: what `store.snapshot` reads from."""
    s.flush()
    return s.connection().connection.driver_connection


def get(session: Session, model: type[T], ident, kind: str | None = None) -> T:
    obj = session.get(model, record_key(ident, kind or model.__name__))
    if obj is None:
        raise NotFound(kind or model.__name__, ident)
    return obj


def get_current(session: Session, model: type[T], ident, kind: str, expected_version: int | None) -> T:
    """A record to change, refused if someone else has changed it since the version the editor
    showed (the shared office's safeguard against overwriting); no version given: no check."""
    obj = get(session, model, ident, kind)
    if expected_version is not None and obj.version != expected_version:
        raise CouncilError("stale_edit", kind=kind, ident=obj.id)
    return obj


def new_version(session: Session, obj) -> int:
    """The version a change gives (after flushing it): what the editor sends with its next change."""
    session.flush()
    return obj.version


def parse_date(value, field: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise InvalidValue(field, value, code="invalid_date") from None


def parse_time(value, field: str) -> dt.time | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.time):
        return value
    try:
        return dt.time.fromisoformat(str(value))
    except ValueError:
        raise InvalidValue(field, value) from None


def parse_enum(enum_type, value, field: str):
    if isinstance(value, enum_type):
        return value
    try:
        return enum_type(value)
    except ValueError:
        raise InvalidValue(field, value) from None


def required(value, field: str) -> str:
    text = (value or "").strip() if isinstance(value, str) or value is None else value
    if not text:
        raise CouncilError("required", field=field)
    return text


def check_email(value: str) -> str:
    value = (value or "").strip()
    if value and not is_email(value):
        raise InvalidValue("e-mail", value, code="invalid_email")
    return value


def non_negative(value, field: str, limit: int = 1_000_000) -> int | None:
    """A count or number a person typed: whole, not negative, and not absurdly large."""
    if value in (None, ""):
        return None
    try:
        n = int(value)
    except (TypeError, ValueError):
        raise InvalidValue(field, value) from None
    if not 0 <= n <= limit:
        raise InvalidValue(field, value)
    return n
