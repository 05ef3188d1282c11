"""The change feed: writes committed by other processes on the same database (the `council` command run
by a script, a second window, a colleague's copy on the office's PostgreSQL server) published on this
context's hub as `Changes`, as its own writes are.

Every write leaves one row in `change_feed` inside its own transaction (store/session.py `_feed`): its
`Changes` as JSON and the `source` of the hub it is published on.  A `ChangeFeed` remembers the newest row
it has seen, and each `poll()` (every second, ui/change_signal.py) publishes the rows after it that other
hubs wrote, merged into one `Changes`; its own were published when they committed, and a rolled-back
write left no row.  A poll is cheap:
- SQLite: `PRAGMA data_version` on the feed's own connection moves only when another connection
  committed; while it stands still nothing else is read (but a stat of the file: a file copied over the
  database leaves the old one open).
- PostgreSQL: one read of the rows from the newest seen on (its primary key).
Writers are one at a time (BEGIN IMMEDIATE; the audit chain's advisory lock, taken here as well), so rows
commit in the order of their ids and none is passed over.  A backup restored replaces the rows and brings
its own last row, `everything` (`note_restore`); the newest row seen gone or another (its token differs)
also means the data was replaced.  Either way everything is read again, once.
"""
from __future__ import annotations

import json
import logging
import os
import secrets
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..domain.changes import ChangeHub, Changes
from . import audit

_log = logging.getLogger(__name__)
KEEP = 10_000  # rows kept: a window polls every second, so only a sleeping one falls that far behind
_ROWS = "SELECT id, source, token, changes FROM change_feed WHERE id >= {} ORDER BY id"
_TAIL = "SELECT id, token FROM change_feed ORDER BY id DESC LIMIT 1"


def write(connection, source: str, changes: Changes) -> None:
    """The feed's row of a write, in its transaction (`connection`: a SQLAlchemy Connection); the rows
    older than the newest KEEP go (a window that far behind finds its newest row seen gone: everything)."""
    from sqlalchemy import delete, insert

    from ..domain.models import ChangeFeedEntry, utcnow

    audit.serialise(connection)
    table = ChangeFeedEntry.__table__
    ident = connection.execute(insert(table).values(
        source=source, token=secrets.token_hex(16), changes=changes.to_json(), at=utcnow())).inserted_primary_key[0]
    connection.execute(delete(table).where(table.c.id <= ident - KEEP))


# what `council check` advises for a damaged feed: its rows only tell the windows what changed, so it can be made anew
REBUILD = "run `council reindex`, which makes the change feed anew (the open windows then read everything again)"


def check(conn) -> tuple[bool, str]:
    """For `council check`: the feed is as the program writes it.  Every write leaves its row there, and every
    open window reads the new rows each second: without the table no write can be saved; a row it cannot
    read stops each window following the others' writes (read again, failing, at every poll); audit entries
    newer than its newest row are writes no window was told of (a feed put back from an older copy)."""
    from sqlalchemy import inspect, text

    from ..domain.models import Base

    if not inspect(conn).has_table("change_feed"):
        return False, f"its table is missing, so no write can be saved; {REBUILD}"
    tables = set(Base.metadata.tables)
    problems = [f"row {ident}: {problem}" for ident, changes in conn.execute(text(
        "SELECT id, changes FROM change_feed ORDER BY id")) if (problem := _unreadable(changes, tables))]
    newest, audited = conn.execute(text("SELECT (SELECT max(at) FROM change_feed), "
                                        "(SELECT max(at) FROM audit_entry)")).one()
    if newest is not None and audited is not None and audited > newest:
        problems.append(f"the audit trail has writes up to {str(audited)[:19]}, its newest row is of "
                        f"{str(newest)[:19]}")
    return not problems, (f"{'; '.join(problems[:10])}{' …' if len(problems) > 10 else ''}; {REBUILD}"
                          if problems else "")


def _unreadable(changes: str, tables: set[str]) -> str:
    """What is wrong with a row's `changes` as a window reads it (Changes.from_json), or ''."""
    try:
        d = json.loads(changes)
        ids = [d[part] for part in ("created", "changed", "deleted")]
        shaped = (set(d) == set(json.loads(Changes().to_json()))
                  and all(isinstance(v, list) and all(type(i) is int for i in v) for m in ids for v in m.values())
                  and all(type(i) is int for i in d["meetings"]) and isinstance(d["everything"], bool))
        named = set().union(*ids, d["wholesale"])
    except (TypeError, ValueError, KeyError, AttributeError):
        shaped = False
    if not shaped:
        return "not a change as the program writes it"
    unknown = sorted(map(str, named - tables))
    return f"names what is no table: {', '.join(unknown)}" if unknown else ""


def rebuild(conn) -> None:
    """`council reindex`: the feed made anew (its table too, if it was lost), with one row saying everything
    changed: each window open on the database finds its newest row seen gone and reads everything again."""
    from ..domain.models import ChangeFeedEntry

    table = ChangeFeedEntry.__table__
    table.create(conn, checkfirst=True)
    conn.execute(table.delete())
    write(conn, "reindex", Changes.all())


def note_restore(staged: Path) -> None:
    """A backup about to be restored (its private copy, `staged`) gets a last row saying everything changed:
    restored with it, it tells every feed on the database to read everything again, also one whose newest
    row seen is in the backup as well (no other sign of the restore would be left)."""
    from ..domain.models import utcnow

    with sqlite3.connect(staged) as conn:
        conn.execute("INSERT INTO change_feed (source, token, changes, at) VALUES ('restore', ?, ?, ?)",
                     (secrets.token_hex(16), Changes.all().to_json(), utcnow().strftime("%Y-%m-%d %H:%M:%S.%f")))
    conn.close()


class ChangeFeed:
    """Other processes' writes, published on `hub` at each `poll()`.

    `path`: the SQLite file (read with its own `sqlite3` connection, no ORM needed), or None for a server,
    read through `engine()`.  `engine()` may also return None (not opened yet); a file replaced under an
    open engine has the engine's connections dropped, as they still read the old file."""

    def __init__(self, hub: ChangeHub, path: Path | None, engine: Callable[[], object | None]) -> None:
        self._hub, self._path, self._engine = hub, path, engine
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._file: tuple[int, int] | None = None  # the SQLite file's (device, inode) as opened
        self._version: int | None = None  # its data_version when last read
        self._seen: tuple[int, str] | None = None  # the newest row seen: id, token
        self.closed = False
        with self._lock:
            self._rebase()

    # --- reading --------------------------------------------------------------------------------
    def poll(self) -> Changes | None:
        """Publish what other processes committed since the last poll; None when nothing.  Waits for no lock:
        a SQLite file held by a writer, a poll already under way on another thread, or a failed read (a
        server gone) is tried again at the next poll, and nothing is lost meanwhile.  (A server that does
        not answer holds up only the worker thread the window polls on.)"""
        if self.closed or not self._lock.acquire(blocking=False):
            return None
        try:
            got = self._read()
        except Exception as exc:  # noqa: BLE001 — busy, gone, unreachable: the next poll tries again
            _log.debug("change feed not read: %s", exc)
            got = None
        finally:
            self._lock.release()
        if got:
            self._hub.publish(got)
        return got or None

    def _read(self) -> Changes | None:
        if self._seen is None:  # not read at the start (locked, unreachable): what came meanwhile is unknown
            self._rebase()
            return Changes.all() if self._seen is not None else None
        if self._path is None:
            return self._take(self._server_rows())
        replaced = self._reopen_if_replaced()
        version = self._connection().execute("PRAGMA data_version").fetchone()[0]
        if version == self._version and not replaced:
            return None
        rows = self._connection().execute(_ROWS.format("?"), (self._seen[0],)).fetchall()
        self._version = version
        if replaced:
            self._rebase()
            return Changes.all()
        return self._take(rows)

    def _server_rows(self) -> list:
        from sqlalchemy import text

        with self._engine().connect() as conn:
            return conn.execute(text(_ROWS.format(":after")), {"after": self._seen[0]}).all()

    def _take(self, rows: list) -> Changes | None:
        """The rows from the newest seen on: what other sources wrote after it, merged."""
        last_id, last_token = self._seen
        if last_id:
            if not rows or (rows[0][0], rows[0][2]) != (last_id, last_token):
                self._rebase()  # the row seen is gone or another: the data was replaced (a backup restored)
                return Changes.all()
            rows = rows[1:]
        if not rows:
            return None
        self._seen = (rows[-1][0], rows[-1][2])
        got = Changes()
        for _id, source, _token, changes in rows:
            if source != self._hub.source:
                got = got.merge(Changes.from_json(changes))
        return got or None

    def _rebase(self) -> None:
        """The newest row as seen, nothing published (the start, or after everything was read again)."""
        try:
            if self._path is None:
                from sqlalchemy import text

                with self._engine().connect() as conn:
                    tail = conn.execute(text(_TAIL)).first()
            else:
                self._reopen_if_replaced()
                self._version = self._connection().execute("PRAGMA data_version").fetchone()[0]
                tail = self._connection().execute(_TAIL).fetchone()
        except Exception as exc:  # noqa: BLE001 — read at the next poll
            _log.debug("change feed not read: %s", exc)
            self._seen = None
            return
        self._seen = (tail[0], tail[1]) if tail else (0, "")

    # --- the SQLite file ------------------------------------------------------------------------
    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            self._version = None  # each connection counts its own data_version: read the rows at least once
            # read-only, in autocommit (no transaction is held between polls, so no checkpoint waits for
            # one), and never waiting for a lock: a busy database is read at the next poll
            self._conn = sqlite3.connect(f"{self._path.resolve().as_uri()}?mode=ro", uri=True, timeout=0,
                                         isolation_level=None, check_same_thread=False)
        return self._conn

    def _reopen_if_replaced(self) -> bool:
        """Whether the file is another than the one open (copied over it): then read from the new one."""
        st = os.stat(self._path)
        now = (st.st_dev, st.st_ino)
        if self._file is None or now == self._file:
            self._file = now
            return False
        self._file = now
        self._close_connection()
        engine = self._engine()
        if engine is not None:
            engine.dispose()
        return True

    def _close_connection(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # --- this context's own restore -------------------------------------------------------------
    @contextmanager
    def held(self) -> Iterator[None]:
        """No poll while this context replaces the data (a backup restored), and the feed's place taken
        again after it: the restore is published by its caller, once."""
        with self._lock:
            yield
            self._rebase()

    def close(self) -> None:
        """No more polls (the context is closed): nothing is opened again."""
        with self._lock:
            self.closed = True
            self._close_connection()
