"""From the process start to the main window painted, against a bare PySide6 window; and the memory.

    python benchmarks/bench_start.py [--rounds 11] [--people 100000] [--no-xvfb]

Two kinds of fresh process, started alternately, pair by pair, under one QT_QPA_PLATFORM
(offscreen, and xcb under Xvfb when `xvfb-run` is installed):

- bare: a QMainWindow holding a QTableView of 200 rows, shown;
- council: `council-desktop --demo` (the program's own `main`), on a demo database loaded beforehand.

Each child writes one line when its main window has painted its first frame (the window's first
paint event, and the children painted in the same pass); the time is taken in this process,
from just before the child is started to that line. Median of each, the ratio of the medians
and the median of the pairwise ratios are printed (target: at most 3).

Then the peak memory (the child's maximum resident set) of the window opened on a database of
--people people with the People view shown, against 200 MB.  Bytecode is cached, as for an
installed program.  Nothing here is a unit test: the numbers go to benchmarks/README.md.
"""
from __future__ import annotations

import os
import sys
import time

# --- the children: kept before any other import, so that both pay only the interpreter ---------


def _report_first_paint(window, then=None) -> None:
    """Write one line once `window` has painted its first frame (after the paint pass it starts)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if not self.seen and event.type() == QEvent.Type.Paint:
                self.seen = True
                QTimer.singleShot(0, done)  # after this paint pass: the children paint in it
            return False

    def done():
        if then is not None:
            then()
            return
        sys.stdout.write("painted\n")
        sys.stdout.flush()
        os._exit(0)

    window._first_paint_filter = FirstPaint(window)
    window.installEventFilter(window._first_paint_filter)


def child_bare() -> None:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    model = QStandardItemModel(200, 5)
    for r in range(200):
        for c in range(5):
            model.setItem(r, c, QStandardItem(f"row {r} column {c}"))
    table = QTableView()
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1280, 800)
    _report_first_paint(window)
    window.show()
    app.exec()


def child_council(argv: list[str], then=None) -> None:
    """The program's own entry point (`council-desktop`), watched for its first paint."""
    from council_desktop.ui import main as program

    start = program.start

    def watched_start(args=None):
        window = start(args)
        if window is not None:
            _report_first_paint(window, then and (lambda: then(window)))
        return window

    program.start = watched_start
    sys.exit(program.main(argv))


def peak_rss_mb() -> float:
    """This process's peak resident set.  Linux's VmHWM belongs to the program now running; getrusage's
    maximum would carry over the peak of the process that started it (kept across exec)."""
    try:
        with open("/proc/self/status") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmHWM:")) / 1024
    except OSError:
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_memory(db: str) -> None:
    """The window on `db`, the People view shown and filled, every view built: the peak resident set, in MB."""

    def people_shown(window) -> None:
        from PySide6.QtWidgets import QApplication

        window.show_view("people")
        view = window.views["people"]
        deadline = time.monotonic() + 30
        while view.model.rowCount() == 0 and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.005)
        while window.views.unbuilt() and time.monotonic() < deadline:  # and the views built after the paint
            QApplication.processEvents()
            time.sleep(0.005)
        for _ in range(50):  # the page painted, whatever follows on timers
            QApplication.processEvents()
            time.sleep(0.002)
        peak = peak_rss_mb()
        sys.stdout.write(f"memory {peak:.1f} {view.model.rowCount()} {getattr(view.model, 'total', -1)}\n")
        sys.stdout.flush()
        os._exit(0)

    child_council(["--db", db], then=people_shown)


if __name__ == "__main__" and len(sys.argv) > 1 and sys.argv[1] == "--child":
    kind = sys.argv[2]
    if kind == "bare":
        child_bare()
    elif kind == "council":
        sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        child_council(sys.argv[3:])
    elif kind == "memory":
        sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        child_memory(sys.argv[3])
    sys.exit(3)

# --- the parent ----------------------------------------------------------------------------------

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve()
ROOT = HERE.parent.parent


def child_env(folder: Path, qpa: str) -> dict:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # cached bytecode, as an installed program has
    env.update({"QT_QPA_PLATFORM": qpa, "XDG_CONFIG_HOME": str(folder / "config"),
                "XDG_DATA_HOME": str(folder / "data"), "COUNCIL_LANG": "ru",
                "PYTHONPATH": str(ROOT)})
    env.pop("COUNCIL_DB", None)
    return env


def run_child(args: list[str], env: dict, timeout: float = 120) -> tuple[float, str]:
    """Seconds from the start of a fresh process to its first line, and the line."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(HERE), "--child", *args], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        elapsed = time.perf_counter() - start
    finally:
        proc.kill()
        _, err = proc.communicate(timeout=timeout)
    if not line:
        raise SystemExit(f"the {args[0]} child wrote nothing:\n{err[-3000:]}")
    return elapsed, line.strip()


def measure_start(rounds: int, qpa: str, folder: Path) -> dict:
    env = child_env(folder, qpa)
    run_child(["council", "--demo"], env)  # loads the demo database, compiles the bytecode
    run_child(["bare"], env)
    bare, council = [], []
    for n in range(rounds):
        order = (("bare", bare), ("council", council))
        for kind, times in (order if n % 2 == 0 else order[::-1]):  # alternately first
            times.append(run_child(["bare"] if kind == "bare" else ["council", "--demo"], env)[0])
    return {"platform": qpa, "rounds": rounds, "bare": bare, "council": council,
            "bare_median": statistics.median(bare), "council_median": statistics.median(council),
            "ratio_of_medians": statistics.median(council) / statistics.median(bare),
            "median_pairwise_ratio": statistics.median(c / b for b, c in zip(bare, council))}


def measure_memory(people: int, folder: Path) -> dict:
    sys.path.insert(0, str(ROOT))
    from bench_people import insert_people

    from council_desktop.app import AppContext

    db = folder / "people.db"
    ctx = AppContext.open(db, create=True)
    insert_people(ctx, people)
    ctx.close()
    env = child_env(folder, "offscreen")
    _, line = run_child(["memory", str(db)], env, timeout=180)
    _, peak, rows, total = line.split()
    return {"people": people, "peak_rss_mb": float(peak), "rows_loaded": int(rows), "total": int(total)}


def show(result: dict) -> None:
    print(f"QT_QPA_PLATFORM={result['platform']}, {result['rounds']} pairs, alternating:")
    print(f"  bare QMainWindow + 200-row QTableView: median {1000 * result['bare_median']:.0f} ms")
    print(f"  Council Desktop --demo, main window:   median {1000 * result['council_median']:.0f} ms")
    print(f"  ratio of the medians {result['ratio_of_medians']:.2f}, "
          f"median of the pairwise ratios {result['median_pairwise_ratio']:.2f} (target ≤ 3)")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=11)
    p.add_argument("--people", type=int, default=100_000, help="people in the memory measurement (0: none)")
    p.add_argument("--no-xvfb", action="store_true", help="offscreen only")
    p.add_argument("--platform", help=argparse.SUPPRESS)  # the run inside xvfb-run
    p.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="council-bench-start-"))
    try:
        if args.platform:  # inside xvfb-run: the rounds only, as JSON for the outer run
            print(json.dumps(measure_start(args.rounds, args.platform, folder)))
            return 0
        print(f"{platform.node()}: {platform.platform()}, Python {platform.python_version()}, "
              f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}, "
              f"{time.strftime('%Y-%m-%d %H:%M %Z')}")
        show(measure_start(args.rounds, "offscreen", folder))
        if not args.no_xvfb and shutil.which("xvfb-run"):
            out = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", sys.executable, str(HERE),
                                  "--platform", "xcb", "--rounds", str(args.rounds)],
                                 capture_output=True, text=True, check=True, cwd=ROOT)
            show(json.loads(out.stdout.strip().splitlines()[-1]))
        if args.people:
            m = measure_memory(args.people, folder)
            print(f"memory: window on {m['people']:,} people, People view shown ({m['rows_loaded']} rows loaded "
                  f"of {m['total']:,}): peak RSS {m['peak_rss_mb']:.0f} MB (target ≤ 200 MB)")
        return 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
