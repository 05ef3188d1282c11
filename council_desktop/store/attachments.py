"""Presentation files' contents, written and read a piece at a time (`PresentationFileChunk`).

A file is stored as numbered pieces of at most `CHUNK` bytes in a table of its own, so that it
goes into the database and comes out of it without ever being whole in memory, on SQLite and on
PostgreSQL alike (one row, one piece: no incremental blob API needed, none of SQLite's filling of a
blob in memory).  Each function works on a SQLAlchemy session or connection, inside its
transaction.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator

from sqlalchemy import bindparam, insert, select
from sqlalchemy.orm import Session

from ..domain.models import PresentationFileChunk

CHUNK = 1 << 20

_T = PresentationFileChunk.__table__
# one piece by its file and number: compiled once, then only the parameters change
_INSERT_SQLITE = f"INSERT INTO {_T.name} (file_id, seq, data) VALUES (?, ?, ?)"
_ROWIDS_SQLITE = f"SELECT rowid FROM {_T.name} WHERE file_id = ? ORDER BY seq"
_PIECE = select(_T.c.data).where(_T.c.file_id == bindparam("file_id"), _T.c.seq == bindparam("seq"))


def write_content(conn, file_id: int, chunks: Iterable[bytes]) -> int:
    """Store `chunks`, in order, as the content of the new file `file_id`; returns its size.  (The
    caller hashes what it passes through when it needs to: an import has checked it already.)
    On SQLite one `executemany` over a generator: the pieces still pass one at a time, without
    SQLAlchemy's processing of each statement."""
    size = 0

    def pieces() -> Iterator[tuple[int, int, bytes]]:
        nonlocal size
        seq = 0
        for chunk in chunks:
            for start in range(0, len(chunk), CHUNK):
                piece = chunk[start:start + CHUNK] if len(chunk) > CHUNK else chunk
                size += len(piece)
                yield file_id, seq, piece
                seq += 1

    connection, raw = _connections(conn)
    if isinstance(raw, sqlite3.Connection):
        raw.executemany(_INSERT_SQLITE, pieces())  # consumes the generator lazily, a row at a time
    else:  # psycopg's executemany may gather its rows first: one statement per piece
        stmt = insert(_T)
        for fid, seq, piece in pieces():
            connection.execute(stmt, {"file_id": fid, "seq": seq, "data": piece})
    return size


def read_chunks(conn, file_id: int) -> Iterator[bytes]:
    """The content of the file `file_id`, a piece at a time (nothing for a file without content).  On
    SQLite one query whose rows are stepped through one at a time; elsewhere one query per piece (a
    driver's cursor may fetch a whole result at once).  The connection is taken here, in the caller's
    thread: the pieces may then be read in another (store/streams.ahead), the caller waiting meanwhile."""
    connection, raw = _connections(conn)
    if isinstance(raw, sqlite3.Connection):
        return _sqlite_pieces(raw, file_id)
    return _pieces(connection, file_id)


def _sqlite_pieces(raw: sqlite3.Connection, file_id: int) -> Iterator[bytes]:
    """Each piece through SQLite's blob API, whose reads let go of the interpreter's lock (a row's blob
    fetched by a cursor is copied holding it): a thread reading ahead then overlaps its caller's work."""
    rows = [rowid for (rowid,) in raw.execute(_ROWIDS_SQLITE, (file_id,))]
    for rowid in rows:
        with raw.blobopen(_T.name, "data", rowid, readonly=True) as blob:
            yield blob.read()


def _pieces(connection, file_id: int) -> Iterator[bytes]:
    seq = 0
    while True:
        piece = connection.execute(_PIECE, {"file_id": file_id, "seq": seq}).scalar()
        if piece is None:
            return
        yield piece if isinstance(piece, bytes) else bytes(piece)
        seq += 1


def _connections(conn):
    """The SQLAlchemy connection of a session or connection, in its transaction, and the driver's under it."""
    connection = conn.connection() if isinstance(conn, Session) else conn
    return connection, connection.connection.driver_connection


def read_content(conn, file_id: int) -> bytes:
    """The whole content of a file: only for what must hold it (opening it in another program, undo)."""
    return b"".join(read_chunks(conn, file_id))
