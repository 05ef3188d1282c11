"""What the window's poll of the change feed costs (store/feed.py; every second, ui/change_signal.py).

    python benchmarks/bench_feed.py [--runs 2000] [--rows 100000] [--postgresql URL]

On the demo database, with --rows rows already in the feed (a long-used office database), one context
watches and another writes.  It prints, median of --runs, wall and CPU time:
- a poll when nothing was written (the usual second): SQLite's `PRAGMA data_version` and a stat of the file;
- a poll after another context's write of one record (the row read, parsed and published);
- side by side, for scale: `SELECT 1` on a plain sqlite3 connection, and a stat of the file;
- on PostgreSQL (--postgresql, a server URL; a database of its own is made and dropped): the same two polls.
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def timed(fn, runs: int, before=None) -> tuple[float, float]:
    """Median wall and CPU time of `fn()` in microseconds; `before()` runs untimed before each call."""
    walls, cpus = [], []
    for _ in range(runs):
        if before is not None:
            before()
        w, c = time.perf_counter(), time.process_time()
        fn()
        cpus.append(time.process_time() - c)
        walls.append(time.perf_counter() - w)
    return statistics.median(walls) * 1e6, statistics.median(cpus) * 1e6


def fill(ctx, rows: int) -> None:
    from sqlalchemy import insert

    from council_desktop.domain.changes import Changes
    from council_desktop.domain.models import ChangeFeedEntry, utcnow
    from council_desktop.store.database import WRITE

    text = Changes.of(changed={"person": {1}}).to_json()
    with ctx.engine.execution_options(**WRITE).begin() as conn:
        conn.execute(insert(ChangeFeedEntry.__table__), [
            {"source": "old", "token": uuid.uuid4().hex, "changes": text, "at": utcnow()} for _ in range(rows)])


def measure(url: str, runs: int, rows: int, label: str) -> None:
    from council_desktop.app import AppContext

    writer = AppContext.open(url, create=True)
    writer.demo.load()
    fill(writer, rows)
    watcher = AppContext.open(url)
    feed = watcher.feed
    n = iter(range(10**9))
    assert feed.poll() is None
    idle = timed(feed.poll, runs)
    def write() -> None:  # the demo's first person, a phone number changed
        writer.records.update("person", 1, {"phone": f"+7 700 {next(n)}"})
    one = timed(lambda: feed.poll(), max(runs // 10, 50), before=write)
    print(f"{label}: poll, nothing new: {idle[0]:.1f} µs wall, {idle[1]:.1f} µs CPU; "
          f"after one write elsewhere: {one[0]:.1f} µs wall, {one[1]:.1f} µs CPU")
    watcher.close()
    writer.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=2000)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--postgresql", default=None)
    args = parser.parse_args()
    print(f"{platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.2f}; {args.rows} rows in the feed, median of {args.runs}")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "council.db"
        measure(f"sqlite:///{path}", args.runs, args.rows, "SQLite")
        import sqlite3

        plain = sqlite3.connect(path, isolation_level=None)
        select = timed(lambda: plain.execute("SELECT 1").fetchone(), args.runs)
        stat = timed(lambda: os.stat(path), args.runs)
        plain.close()
        print(f"for scale: SELECT 1 on plain sqlite3 {select[0]:.1f} µs wall; os.stat of the file {stat[0]:.1f} µs")
    if args.postgresql:
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        name = f"council_bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(args.postgresql, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            url = make_url(args.postgresql).set(database=name).render_as_string(hide_password=False)
            measure(url, max(args.runs // 4, 100), args.rows, "PostgreSQL")
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


if __name__ == "__main__":
    main()
