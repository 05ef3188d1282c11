"""store/database.wal_synced_ahead: the WAL synced while a bulk write fills it, by a thread that is gone,
with the file it opened closed, when the write ends (committed or not)."""
from __future__ import annotations

import os
import sqlite3
import threading

import pytest

from council_desktop.store.database import wal_synced_ahead


def _ours(names: tuple[str, ...]) -> list[str]:
    """Our threads still running, by name (other tests' threads may come and go meanwhile)."""
    return [t.name for t in threading.enumerate() if t.name in names]


def _open_wal(path) -> list[str]:
    """The descriptors of this process open on the WAL file beside `path`."""
    wal = os.path.realpath(str(path) + "-wal")
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{fd}") == wal:
                found.append(fd)
        except OSError:
            pass
    return found


@pytest.mark.skipif(not hasattr(os, "fdatasync") or not os.path.isdir("/proc/self/fd"),
                    reason="fdatasync and /proc/self/fd (Linux)")
@pytest.mark.parametrize("ends", ["commit", "rollback"])
def test_the_wal_is_synced_during_the_write_and_nothing_is_left_open_after_it(tmp_path, monkeypatch, ends):
    path = tmp_path / "x.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (data BLOB)")
    synced = []
    real = os.fdatasync
    monkeypatch.setattr(os, "fdatasync", lambda fd: (synced.append(os.readlink(f"/proc/self/fd/{fd}")), real(fd)))
    conn.execute("BEGIN IMMEDIATE")
    with wal_synced_ahead(conn):
        for _ in range(40):
            conn.execute("INSERT INTO t VALUES (?)", (os.urandom(1 << 16),))
            threading.Event().wait(0.002)
        while not synced:  # the thread syncs every few milliseconds
            threading.Event().wait(0.005)
        assert len(_open_wal(path)) == 2  # SQLite's own and the syncing thread's
    conn.execute("COMMIT" if ends == "commit" else "ROLLBACK")
    assert set(synced) == {os.path.realpath(str(path) + "-wal")}
    assert _ours(("sync-ahead",)) == [] and len(_open_wal(path)) == 1
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == (40 if ends == "commit" else 0)
    conn.close()


def test_nothing_is_started_for_a_database_not_in_wal_mode(tmp_path):
    conn = sqlite3.connect(tmp_path / "x.db", isolation_level=None)
    conn.execute("CREATE TABLE t (data BLOB)")
    with wal_synced_ahead(conn):
        assert _ours(("sync-ahead",)) == []
    conn.close()

