"""store/database.wal_synced_ahead: the WAL synced while a bulk write fills it, by a thread that is gone,
with the file it opened closed, when the write ends (committed or not)."""
from __future__ import annotations

import os
import sqlite3
import threading

import pytest

from council_desktop.store.database import wal_synced_ahead


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
    before = threading.active_count()
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
    assert threading.active_count() == before and len(_open_wal(path)) == 1
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == (40 if ends == "commit" else 0)
    conn.close()


def test_nothing_is_started_for_a_database_not_in_wal_mode(tmp_path):
    conn = sqlite3.connect(tmp_path / "x.db", isolation_level=None)
    conn.execute("CREATE TABLE t (data BLOB)")
    before = threading.active_count()
    with wal_synced_ahead(conn):
        assert threading.active_count() == before
    conn.close()


@pytest.mark.skipif(not hasattr(os, "fdatasync"), reason="fdatasync")
def test_a_bundle_being_written_is_synced_as_it_grows_and_then_renamed_whole(demo, tmp_path, monkeypatch):
    """The export writes the bundle to a temporary name in the target's folder, synced as it grows (while the
    pieces are read), then synced once more and renamed: the bundle is whole, no thread or temporary file
    is left."""
    import hashlib
    import zipfile

    from council_desktop.exchange import bundle as fmt

    ctx, meeting_id = demo
    synced, once = [], threading.Event()
    real, put = os.fdatasync, fmt._put

    def fdatasync(fd):
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real(fd)
        once.set()

    def first_entry_then_a_sync(*args, **kwargs):  # a small bundle would be written before the first sync
        listed = put(*args, **kwargs)
        assert once.wait(10)
        return listed

    monkeypatch.setattr(os, "fdatasync", fdatasync)
    monkeypatch.setattr(fmt, "_put", first_entry_then_a_sync)
    before = threading.active_count()
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "m.council"
    manifest = ctx.exchange.export_bundle(meeting_id, out)
    assert synced and {os.path.dirname(p) for p in synced} == {str(tmp_path / "out")}
    assert all(os.path.basename(p).startswith(".m.council.") and p.endswith(".part") for p in synced)
    assert os.listdir(tmp_path / "out") == ["m.council"] and threading.active_count() == before
    with zipfile.ZipFile(out) as z:
        assert {f["path"]: f["sha256"] for f in manifest["files"]} == {
            f["path"]: hashlib.sha256(z.read(f["path"])).hexdigest() for f in manifest["files"]}
