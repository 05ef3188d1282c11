"""The exchange's speed targets, measured side by side in one run.

    python benchmarks/bench_exchange.py [--people 10000] [--megabytes 50] [--runs 5] [--only people|bundle]

1. People from CSV: a 10,000-row file (Kazakh and Russian names, organisations, e-mails, phones)
   read, validated (confusables, e-mails, duplicates against the registry) and inserted in bulk
   into an empty database, through `PeopleImport.run`; the median of `--runs` runs, each into a
   fresh database.  Target: at most 0.5 s.  Beside each run, the floor under it: the database alone
   inserting the rows that import wrote (organisations, people, audit entries, as stored) into a new
   database with the same indexes and pragmas, and committing.
2. A bundle with `--megabytes` of presentation files (five files, incompressible): exported and
   imported (into an empty database), against `cp` of the same files in the same folder (then an fsync
   of each copy: `sync FILE…`), each run started with nothing left to write (`os.sync()`); and the
   peak memory of each, in a fresh process (`ru_maxrss`), against the same with a tenth of the
   attachments: streamed files keep it flat.  Target: each at least half as fast as `cp`
   (ratio ≤ 2), peak memory not growing with the attachments.  CPU time beside each wall time: on a
   shared machine the wall time is mostly the load.  Beside each run, the same export and import
   without the overlap (store/streams.THREADED off: each piece read, hashed and written in turn, in
   one thread): the threads gain only where a core is free, so on a loaded machine the plain figures
   may be the better ones.  And the floor under the import: the database alone writing the same bytes
   as 1 MiB rows of a bare table, with the import's pragmas, and committing.
3. Apart from copying bytes: a signed protocol proven on arrival (rendered again from the bundle's
   data and compared byte for byte with its PDF), and the whole import of the signed demo meeting
   without files.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SURNAMES = ["Қасымова", "Әлназарова", "Сейітқазина", "Ахметов", "Иванов", "Нұрмұхамбетов", "Оспанов",
            "Жұмабекова", "Смагулов", "Петрова", "Байжанов", "Төлегенова", "Серікбаев", "Ким", "Ли"]
GIVEN = ["Айгүл", "Нұрлан", "Ержан", "Динара", "Гүлмира", "Серік", "Анна", "Мария", "Асхат", "Бауыржан"]
ORGS = [f"Ұлттық ғылыми орталық № {i}" for i in range(40)]


def people_csv(path: Path, n: int) -> None:
    rnd = random.Random(7)
    lines = ["Тегі;Аты;Әкесінің аты;Ұйым;Лауазымы;E-mail;Телефон"]
    for i in range(n):
        lines.append(f"{rnd.choice(SURNAMES)}{i};{rnd.choice(GIVEN)};;{rnd.choice(ORGS)};ғылыми қызметкер;"
                     f"p{i}@example.kz;+7 701 {i:07d}")
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")


def bench_people(n: int, runs: int, folder: Path) -> tuple[list[float], list[float], list[float]]:
    from sqlalchemy.orm import configure_mappers

    from council_desktop.app import AppContext

    source = folder / "people.csv"
    people_csv(source, n)
    times, cpus, alone = [], [], []
    for run in range(runs):
        ctx = AppContext.open(folder / f"people-{run}.db", create=True)
        try:
            # the service made and the ORM configured, as in the window, before timing
            ctx.people_import
            ctx.registry.people("", limit=1, lang="ru")
            configure_mappers()  # the registry's list no longer needs them: the window does it after its first paint
            from council_desktop.exchange import people  # noqa: F401
            started, cpu = time.perf_counter(), time.process_time()
            done = ctx.people_import.run(source)
            times.append(time.perf_counter() - started)
            cpus.append(time.process_time() - cpu)
            assert done["added"] == n, done
        finally:
            ctx.close()
        alone.append(database_alone(folder / f"people-{run}.db", folder / f"alone-{run}.db"))
    return times, cpus, alone


def database_alone(imported: Path, fresh: Path) -> float:
    """SQLite's own share, the floor under the import: the rows that import wrote (its organisations, people
    and audit entries, as stored) inserted into a new database through the program's engine, in one bulk
    transaction as the import's (the same pragmas, the same indexes, search table and triggers), as INSERTs
    of 2,000 rows each, and committed. No reading, checking, keys or hashes: only the database's work."""
    import sqlite3

    from council_desktop.app import AppContext
    from council_desktop.store.database import BULK_WRITE

    with sqlite3.connect(imported) as source:
        tables = {table: ([c[1] for c in source.execute(f"PRAGMA table_info({table})")],
                          source.execute(f"SELECT * FROM {table} ORDER BY id").fetchall())
                  for table in ("organization", "person", "audit_entry")}
    source.close()
    ctx = AppContext.open(fresh, create=True)
    try:
        with ctx.engine.connect().execution_options(**BULK_WRITE) as conn:
            started = time.perf_counter()
            with conn.begin():
                for table, (columns, rows) in tables.items():
                    # the import's rows only: what a new database holds already (its own audit entries) is here
                    last = conn.exec_driver_sql(f"SELECT max(id) FROM {table}").scalar() or 0
                    rows = [row for row in rows if row[columns.index("id")] > last]
                    head = f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                    one = "(" + ", ".join("?" * len(columns)) + ")"
                    for start in range(0, len(rows), 2000):
                        part = rows[start:start + 2000]
                        conn.exec_driver_sql(head + ", ".join([one] * len(part)),
                                             tuple(v for row in part for v in row))
            return time.perf_counter() - started
    finally:
        ctx.close()


# --- the bundle, in child processes so that each peak memory is its own ---------------------------
CHILD = r"""
import json, os, sys, time
sys.path.insert(0, sys.argv[1])
from council_desktop.app import AppContext
what, db, bundle = sys.argv[2], sys.argv[3], sys.argv[4]
if sys.argv[6] == "plain":  # one piece after another, in one thread
    from council_desktop.store import streams
    streams.THREADED = False
ctx = AppContext.open(db, create=what == "import")
ctx.exchange
ctx.views.meetings("ru")
ctx.preload()  # the ORM's mappers configured, as the window does after its first paint


def high_water():
    # VmHWM: this process's peak resident memory (ru_maxrss would carry the parent's over from the fork)
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmHWM:"))


os.sync()  # what earlier runs and the opening left to write is written now, not inside the timed sync
with open("/proc/self/clear_refs", "w") as f:
    f.write("5")  # the peak starts again from what is resident now
opened = high_water()
started, cpu = time.perf_counter(), time.process_time()
if what == "export":
    ctx.exchange.export_bundle(int(sys.argv[5]), bundle)
else:
    ctx.exchange.import_bundle(bundle)
took, cpu = time.perf_counter() - started, time.process_time() - cpu
peak = high_water()
started = time.perf_counter()
ctx.close()  # an import's WAL checkpointed into the database file (what it left to a later writer)
closed = time.perf_counter() - started
print(json.dumps({"seconds": took, "cpu": cpu, "peak_kib": peak, "opened_kib": opened, "close": closed}))
"""


def make_source(folder: Path, megabytes: int) -> tuple[Path, int, list[Path]]:
    """A demo database whose first presentation carries `megabytes` of files, written by streaming."""
    from council_desktop.app import AppContext
    from council_desktop.domain.models import Presentation, PresentationFile

    db = folder / f"source-{megabytes}.db"
    files_dir = folder / f"files-{megabytes}"
    files_dir.mkdir()
    ctx = AppContext.open(db, create=True)
    meeting_id = ctx.demo.load()
    files = []
    per = megabytes * (1 << 20) // 5
    for k in range(5):
        path = files_dir / f"slides-{k}.pptx"
        with open(path, "wb") as f:
            for _ in range(per // (1 << 20)):
                f.write(os.urandom(1 << 20))
            f.write(os.urandom(per % (1 << 20)))
        files.append(path)
    from council_desktop.store import attachments

    def pieces(path):
        with open(path, "rb") as f:
            while chunk := f.read(attachments.CHUNK):
                yield chunk

    with ctx.sessions.begin() as s:
        p = s.query(Presentation).order_by(Presentation.id).first()
        for path in files:
            digest = hashlib.sha256()
            for chunk in pieces(path):
                digest.update(chunk)
            row = PresentationFile(file_name=path.name, media_type="application/vnd.ms-powerpoint",
                                   size=path.stat().st_size, sha256=digest.hexdigest())
            p.files.append(row)
            s.flush()
            attachments.write_content(s, row.id, pieces(path))
    ctx.close()
    return db, meeting_id, files


def settled() -> None:
    """What earlier runs left to write (a closed database's checkpoint, a bundle) written out before the
    next timed run, so that its own sync does not wait for it (ext4 commits its journal for all files)."""
    os.sync()


def child(what: str, db: Path, bundle: Path, meeting_id: int = 0, mode: str = "overlapped") -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, str(ROOT), what, str(db), str(bundle), str(meeting_id),
                          mode], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def cp_seconds(files: list[Path], folder: Path) -> tuple[float, float]:
    """Wall and CPU time (of cp and sync, from their rusage) of copying the files and syncing them: each
    copy and its folder (`sync FILE…`: their own fsync, as the export's and the import's are theirs), not
    the whole file system (`sync -f` would wait for every other program's writes too)."""
    target = folder / "cp-target"
    if target.exists():
        shutil.rmtree(target)
    target.mkdir()
    settled()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(["cp", *map(str, files), str(target)], check=True)
    subprocess.run(["sync", *(str(target / f.name) for f in files), str(target)], check=True)
    took = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return took, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def database_alone_seconds(files: list[Path], db: Path) -> float:
    """SQLite's own share, the floor under the import: the same files' bytes, as 1 MiB rows of a bare table,
    written into a new database through the program's engine in one bulk transaction (the import's pragmas:
    WAL, synchronous=FULL at the commit, the page cache narrowed to 2 MiB) and committed. No bundle read, no
    hash, no records: only the database's writing."""
    from council_desktop.app import AppContext
    from council_desktop.store.database import BULK_WRITE

    ctx = AppContext.open(db, create=True)
    try:
        with ctx.engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE piece (id INTEGER PRIMARY KEY, data BLOB NOT NULL)")
        settled()
        with ctx.engine.connect().execution_options(**BULK_WRITE) as conn:
            with conn.begin():
                conn.exec_driver_sql("PRAGMA cache_size=-2048")
                started = time.perf_counter()
                for path in files:
                    with open(path, "rb") as f:
                        while piece := f.read(1 << 20):
                            conn.exec_driver_sql("INSERT INTO piece (data) VALUES (?)", (piece,))
            return time.perf_counter() - started
    finally:
        ctx.close()


def bench_bundle(megabytes: int, runs: int, folder: Path) -> dict:
    db, meeting_id, files = make_source(folder, megabytes)
    exports, imports, cps, closes, alone, cpus = [], [], [], [], [], {"export": [], "import": [], "cp": []}
    peaks = {"export": 0, "import": 0, "export_open": 0, "import_open": 0}
    plain: dict[str, list] = {"export": [], "import": [], "export_cpu": [], "import_cpu": []}
    for run in range(runs):
        bundle = folder / f"m-{megabytes}-{run}.council"
        e = child("export", db, bundle, meeting_id)
        i = child("import", folder / f"target-{megabytes}-{run}.db", bundle)
        # the same without the overlap (store/streams.THREADED off), side by side
        pe = child("export", db, folder / f"p-{megabytes}-{run}.council", meeting_id, "plain")
        pi = child("import", folder / f"plain-{megabytes}-{run}.db", bundle, mode="plain")
        for what, r in (("export", pe), ("import", pi)):
            plain[what].append(r["seconds"])
            plain[f"{what}_cpu"].append(r["cpu"])
        wall, cpu = cp_seconds(files, folder)
        alone.append(database_alone_seconds(files, folder / f"alone-{megabytes}-{run}.db"))
        cps.append(wall)
        cpus["cp"].append(cpu)
        exports.append(e["seconds"])
        imports.append(i["seconds"])
        closes.append(i["close"])
        cpus["export"].append(e["cpu"])
        cpus["import"].append(i["cpu"])
        peaks["export"] = max(peaks["export"], e["peak_kib"])
        peaks["import"] = max(peaks["import"], i["peak_kib"])
        peaks["export_open"] = max(peaks["export_open"], e["opened_kib"])
        peaks["import_open"] = max(peaks["import_open"], i["opened_kib"])
    return {"export": statistics.median(exports), "import": statistics.median(imports), "cp": statistics.median(cps),
            # each run's against the cp measured beside it, then their median: the load moves both together
            "export_ratio": statistics.median(e / c for e, c in zip(exports, cps)),
            "import_ratio": statistics.median(i / c for i, c in zip(imports, cps)),
            "alone": statistics.median(alone), "alone_ratio": statistics.median(a / c for a, c in zip(alone, cps)),
            "export_cpu": statistics.median(cpus["export"]), "import_cpu": statistics.median(cpus["import"]),
            "cp_cpu": statistics.median(cpus["cp"]),
            "checkpoint": statistics.median(closes),
            "runs": {"export": exports, "import": imports, "cp": cps, "close after import": closes},
            "peak_export_mib": peaks["export"] / 1024, "peak_import_mib": peaks["import"] / 1024,
            "opened_export_mib": peaks["export_open"] / 1024, "opened_import_mib": peaks["import_open"] / 1024,
            "plain": {k: statistics.median(v) for k, v in plain.items()},
            "plain_ratios": [statistics.median(x / c for x, c in zip(plain[w], cps)) for w in ("export", "import")]}


def bench_proof(runs: int, folder: Path) -> tuple[float, float]:
    """The part of an import that is not copying bytes: a signed protocol proven on arrival (its data
    rendered again and compared with the PDF in the bundle), timed on its own; and the import of the
    same meeting with no files, for the fixed part."""
    from council_desktop.app import AppContext
    from council_desktop.exchange import bundle as fmt

    source = AppContext.open(folder / "signed.db", create=True)
    meeting_id = source.demo.load()
    source.protocols.sign(meeting_id, "kk+ru")
    path = folder / "signed.council"
    source.exchange.export_bundle(meeting_id, path)
    source.close()
    proofs, imports = [], []
    for run in range(runs):
        target = AppContext.open(folder / f"signed-target-{run}.db", create=True)
        try:
            target.exchange
            target.views.meetings("ru")
            with fmt.open_bundle(path) as b:
                started = time.perf_counter()
                checked = [target.exchange._check_protocol(b, row) for row in b.tables["protocol_issue"]]
                proofs.append(time.perf_counter() - started)
                assert all(c["verified"] for c in checked), checked
            started = time.perf_counter()
            target.exchange.import_bundle(path)
            imports.append(time.perf_counter() - started)
        finally:
            target.close()
    return statistics.median(proofs), statistics.median(imports)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--people", type=int, default=10_000)
    p.add_argument("--megabytes", type=int, default=50)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--only", choices=("people", "bundle"), help="measure only this part")
    args = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="council-bench-") as tmp:
        folder = Path(tmp)
        if args.only != "bundle":
            times, cpus, alone = bench_people(args.people, args.runs, folder)
            print(f"people from CSV, {args.people} rows: median {statistics.median(times):.3f} s "
                  f"(runs: {', '.join(f'{t:.3f}' for t in times)}; CPU median {statistics.median(cpus):.3f} s); "
                  f"target ≤ 0.5 s; load average {os.getloadavg()[0]:.1f}")
            print(f"  the database alone inserting the same rows and committing, beside each run: median "
                  f"{statistics.median(alone):.3f} s (runs: {', '.join(f'{t:.3f}' for t in alone)}); "
                  f"the import's own share above it: median {statistics.median(t - a for t, a in zip(times, alone)):.3f} s")
        if args.only == "people":
            return
        small = bench_bundle(max(1, args.megabytes // 10), max(1, args.runs // 2), folder)
        big = bench_bundle(args.megabytes, args.runs, folder)
        for name, r in ((f"{max(1, args.megabytes // 10)} MB", small), (f"{args.megabytes} MB", big)):
            print(f"bundle with {name} of files: export {r['export']:.3f} s (CPU {r['export_cpu']:.3f}), "
                  f"import {r['import']:.3f} s (CPU {r['import_cpu']:.3f}; then closing the database, "
                  f"which checkpoints its WAL: {r['checkpoint']:.3f} s), "
                  f"cp {r['cp']:.3f} s (CPU {r['cp_cpu']:.3f}; ratios of the medians {r['export'] / r['cp']:.2f} / "
                  f"{r['import'] / r['cp']:.2f}, median of each run's ratio {r['export_ratio']:.2f} / "
                  f"{r['import_ratio']:.2f}; "
                  f"target ≤ 2); peak memory export {r['peak_export_mib']:.0f} MiB (after opening the database: "
                  f"{r['opened_export_mib']:.0f}), import {r['peak_import_mib']:.0f} MiB (after opening: "
                  f"{r['opened_import_mib']:.0f}); runs: " + "; ".join(
                      f"{k} " + ", ".join(f"{t:.3f}" for t in v) for k, v in r["runs"].items())
                  + f"; load average {os.getloadavg()[0]:.1f}")
            p = r["plain"]
            print(f"  the same without the overlap (each piece read, hashed and written in turn, in one thread): "
                  f"export {p['export']:.3f} s (CPU {p['export_cpu']:.3f}), import {p['import']:.3f} s "
                  f"(CPU {p['import_cpu']:.3f}); median of each run's ratio to cp "
                  f"{r['plain_ratios'][0]:.2f} / {r['plain_ratios'][1]:.2f}")
            print(f"  the database alone writing the same bytes as 1 MiB rows and committing, beside each run: "
                  f"{r['alone']:.3f} s; median of each run's ratio to cp {r['alone_ratio']:.2f}")
        proof, signed_import = bench_proof(args.runs, folder)
        print(f"a signed protocol proven on arrival (rendered again, compared byte for byte): median {proof:.3f} s; "
              f"the whole import of the signed demo meeting without files: median {signed_import:.3f} s")
        print(f"peak memory growth from {max(1, args.megabytes // 10)} MB to {args.megabytes} MB of files: "
              f"export {big['peak_export_mib'] - small['peak_export_mib']:+.0f} MiB, "
              f"import {big['peak_import_mib'] - small['peak_import_mib']:+.0f} MiB")


if __name__ == "__main__":
    main()
