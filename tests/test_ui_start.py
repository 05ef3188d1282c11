"""The window opens at once: shown with the meetings list before anything else is loaded or built.

What is attacked here is behaviour, not time (the times are in benchmarks/bench_start.py): that the
program really paints its window before SQLAlchemy is imported, in a process of its own; that a view
not yet built is built when it is asked for, in its place, with the right data; that the rest is built
after the first paint; and that this holds on a read-only database, a first run and PostgreSQL.
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from council_desktop.app import AppContext
from council_desktop.ui.main_window import VIEWS, MainWindow

LATER = [name for name in VIEWS if name != "meetings"]

# The program's own entry point, watched: at its window's first paint, what was built and imported;
# then each view is shown in turn, the rows it shows counted, and the deferred building awaited.
CHILD = textwrap.dedent("""
    import json, os, sys, time
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication
    from council_desktop.ui import first_run, main as program

    report = {}
    first_run.FirstRunWizard.ask = classmethod(lambda cls, ctx, *a: report.setdefault("wizard_asked", True))
    start = program.start

    def watched(argv=None):
        window = start(argv)

        def rows(view):
            model = view.model
            return getattr(model, "total", None) if hasattr(model, "total") else model.rowCount()

        def after_paint():
            for name in ("people", "organisations", "bodies", "projects", "assignments", "meetings"):
                window.show_view(name)
                QApplication.processEvents()
                view = window.views[name]
                report.setdefault("shown", {})[name] = (window.stack.currentWidget() is view, rows(view))
            deadline = time.monotonic() + 60
            while window.views.unbuilt() and time.monotonic() < deadline:
                QApplication.processEvents()
                time.sleep(0.01)
            report["unbuilt_at_end"] = window.views.unbuilt()
            report["read_only"] = window.ctx.read_only
            report["banner"] = window.read_only_banner.isVisible()
            print("REPORT " + json.dumps(report), flush=True)
            os._exit(0)

        class FirstPaint(QObject):
            def eventFilter(self, obj, event):
                if event.type() == QEvent.Type.Paint and "painted" not in report:
                    report["painted"] = True
                    report["unbuilt_at_paint"] = window.views.unbuilt()
                    report["sqlalchemy_at_paint"] = any(m.split(".")[0] == "sqlalchemy" for m in sys.modules)
                    report["reportlab_at_paint"] = "reportlab" in sys.modules
                    report["meetings_at_paint"] = window.views["meetings"].model.rowCount()
                    QTimer.singleShot(0, after_paint)
                return False

        window._watch = FirstPaint(window)
        window.installEventFilter(window._watch)
        return window

    program.start = watched
    sys.exit(program.main(sys.argv[1:]))
""")


def run_window(folder: Path, *argv: str, wrap: list[str] | None = None, env: dict | None = None) -> dict:
    """The program started in a process of its own on `argv`; what the watching child reported."""
    home = folder / "home"
    home.mkdir(exist_ok=True, mode=0o777)
    environment = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home), "XDG_CONFIG_HOME": str(home),
                   "XDG_STATE_HOME": str(home), "COUNCIL_LANG": "en", "QT_QPA_PLATFORM": "offscreen",
                   "COUNCIL_BACKUP_KEEP": "0", "PYTHONPATH": str(Path(__file__).resolve().parent.parent),
                   **(env or {})}
    environment.pop("COUNCIL_DB", None) if "COUNCIL_DB" not in (env or {}) else None
    p = subprocess.run([*(wrap or []), sys.executable, "-c", CHILD, *argv], capture_output=True, text=True,
                       env=environment, timeout=120, cwd=folder)
    lines = [line for line in p.stdout.splitlines() if line.startswith("REPORT ")]
    assert lines, f"no report (exit {p.returncode}):\n{p.stdout}\n{p.stderr[-3000:]}"
    return json.loads(lines[-1][len("REPORT "):])


def counts(db: Path) -> dict[str, int]:
    """What each view lists, counted in the file itself."""
    con = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        return {name: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for name, table in (("meetings", "meeting"), ("people", "person"),
                                    ("organisations", "organization"), ("bodies", "council_body"),
                                    ("projects", "project"), ("assignments", "assignment"))}
    finally:
        con.close()


@pytest.fixture
def demo_file(tmp_path) -> Path:
    """A demo database on disk, closed: the next open is a start of the program."""
    db = tmp_path / "council.db"
    ctx = AppContext.open(db, create=True)
    ctx.demo.load()
    ctx.close()
    shutil.rmtree(tmp_path / "backups", ignore_errors=True)
    return db


@pytest.fixture
def fresh(demo_file, qtbot):
    """The context as the program's start opens it (the engine not yet opened)."""
    ctx = AppContext.open(demo_file)
    yield ctx
    ctx.close()


def shown_rows(view) -> int:
    model = view.model
    return model.total if hasattr(model, "total") else model.rowCount()


# --- a real start, in a process of its own ---------------------------------------------------------
def test_the_program_paints_its_meetings_before_sqlalchemy_reportlab_or_another_view(demo_file, tmp_path):
    report = run_window(tmp_path, "--db", str(demo_file))
    expected = counts(demo_file)
    assert report["painted"] and report["unbuilt_at_paint"] == LATER
    assert report["sqlalchemy_at_paint"] is False and report["reportlab_at_paint"] is False
    assert report["meetings_at_paint"] == expected["meetings"] == 2
    # then every view, asked for or built after the paint, shows what the file holds
    assert report["shown"] == {name: [True, n] for name, n in expected.items()}
    assert report["unbuilt_at_end"] == [] and report["read_only"] is None and report["banner"] is False


def test_a_first_run_on_the_default_database_opens_the_window_on_an_empty_registry(tmp_path):
    db = tmp_path / "first" / "council.db"
    report = run_window(tmp_path, env={"COUNCIL_DB": str(db)})
    assert db.is_file() and report["wizard_asked"] is True  # the guided start was offered
    assert report["meetings_at_paint"] == 0 and report["unbuilt_at_paint"] == LATER
    assert report["shown"] == {name: [True, 0] for name in VIEWS}
    assert report["unbuilt_at_end"] == []


def test_a_read_only_disk_opens_the_window_for_reading_with_its_banner(demo_file, tmp_path):
    from test_faults import digest, in_namespace

    ro = tmp_path / "ro"
    ro.mkdir(mode=0o777)
    shutil.copy(demo_file, ro / "council.db")
    before = digest(ro / "council.db")
    wrap = in_namespace(f"mount --bind {ro} {ro} && mount -o remount,bind,ro {ro}")
    report = run_window(tmp_path, "--db", str(ro / "council.db"), wrap=wrap)
    expected = counts(demo_file)  # the same data (counted in the copy: a reader would leave -shm in ro/)
    assert report["read_only"] == "its folder is read-only" and report["banner"] is True
    assert report["meetings_at_paint"] == 2 and report["unbuilt_at_paint"] == LATER
    assert report["shown"] == {name: [True, n] for name, n in expected.items()}
    assert digest(ro / "council.db") == before and sorted(p.name for p in ro.iterdir()) == ["council.db"]


# --- in this process: the views built on demand, and after the first paint ----------------------------
def test_a_view_asked_for_before_it_is_built_is_built_in_its_place_with_its_data(fresh, demo_file, qtbot):
    window = MainWindow(fresh)
    qtbot.addWidget(window)
    assert window.views.unbuilt() == LATER and not fresh.orm_loaded  # the meetings list read with plain SQL
    assert window.views["meetings"].model.rowCount() == 2
    expected = counts(demo_file)
    for name in reversed(LATER):  # through the View menu's keys, last first: each lands in its own place
        window.view_actions[name].trigger()
        view = window.views[name]
        assert window.stack.currentWidget() is view and window.current_view_name() == name
        assert shown_rows(view) == expected[name]
    assert window.views.unbuilt() == [] and window.stack.count() == len(VIEWS)
    assert [window.stack.widget(i) for i in range(len(VIEWS))] == [window.views[n] for n in VIEWS]


def test_looking_a_view_up_builds_it_and_leaving_builds_none(fresh, qtbot):
    window = MainWindow(fresh)
    qtbot.addWidget(window)
    assert window.leave_all() and window.views.unbuilt() == LATER  # nothing unsaved in a view never built
    people = window.views["people"]  # a lookup, as tests and the guide do
    assert window.stack.indexOf(people) == VIEWS.index("people") and window.current_view_name() == "meetings"
    assert window.views.unbuilt() == [n for n in LATER if n != "people"]
    with pytest.raises(KeyError):
        window.views["nonsense"]


def test_after_the_first_paint_every_view_is_built_one_turn_at_a_time(fresh, qtbot):
    window = MainWindow(fresh)
    qtbot.addWidget(window)
    built = []
    original = window._build_view
    window._build_view = lambda name: built.append(name) or original(name)
    window.views._build = window._build_view
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.views.unbuilt(), timeout=30000)
    assert built == LATER  # each once, in the navigation's order
    assert not any(type(window.stack.widget(i)) is QWidget for i in range(window.stack.count()))
    assert window.current_view_name() == "meetings" and fresh.orm_loaded


def test_a_language_switch_before_the_views_are_built_rebuilds_them_lazily(fresh, qtbot, english_ui):
    window = MainWindow(fresh)
    qtbot.addWidget(window)
    window.show_view("bodies")
    assert window.set_language("kk")
    assert window.current_view_name() == "bodies" and window.views.unbuilt() == [n for n in LATER if n != "bodies"]
    assert window.nav.item(VIEWS.index("people")).text() != "People"
    window.show_view("people")
    assert shown_rows(window.views["people"]) == counts(fresh.database_file)["people"]


def test_the_keys_of_a_view_built_on_demand_are_those_of_one_built_after_the_paint(fresh, demo_file, qtbot):
    from council_desktop.ui.shortcuts import clashes, collect

    def keys_of_each_view(window) -> dict[str, list[tuple[str, str]]]:
        found = {}
        for name in VIEWS:
            window.view_actions[name].trigger()  # Ctrl+1 … Ctrl+6
            keys = collect(window)
            assert clashes(keys) == [], name
            found[name] = sorted((k.text, k.what) for k in keys)
        return found

    lazy = MainWindow(fresh)  # each view built by its key
    qtbot.addWidget(lazy)
    lazy.show()
    assert lazy.views.unbuilt() == LATER
    on_demand = keys_of_each_view(lazy)
    other = AppContext.open(demo_file)
    try:
        built = MainWindow(other)
        qtbot.addWidget(built)
        built.show()
        qtbot.waitUntil(lambda: not built.views.unbuilt(), timeout=30000)  # every view built after the paint
        assert keys_of_each_view(built) == on_demand
        assert all(len(found) > 15 for found in on_demand.values())  # the menus' keys and mnemonics at least
    finally:
        other.close()


def test_the_first_list_read_without_the_orm_is_the_list_read_through_it(fresh):
    plain = fresh.views.meetings("ru")
    assert not fresh.orm_loaded and fresh.views.is_empty() is False
    fresh.engine  # opened now: the same service reads through a session from here on
    assert fresh.orm_loaded and fresh.plain_reader() is None
    assert fresh.views.meetings("ru") == plain and len(plain) == 2


def test_writes_after_a_quick_start_go_through_the_orm_and_are_seen(fresh):
    before = fresh.views.meetings("en")
    person = fresh.records.create("person", {"surname": "Start", "given_name": "Quick"})
    assert fresh.orm_loaded and person
    assert fresh.views.meetings("en") == before and not fresh.views.is_empty()
    assert fresh.read_only is None


# --- PostgreSQL ----------------------------------------------------------------------------------------
def test_the_window_on_postgresql_builds_its_views_on_demand(request, qtbot):
    if not os.environ.get("COUNCIL_TEST_PG_URL"):
        pytest.skip("COUNCIL_TEST_PG_URL is not set: no PostgreSQL server")
    pg_url = request.getfixturevalue("pg_url")
    ctx = AppContext.open(pg_url, create=True)
    try:
        ctx.demo.load()
        assert ctx.plain_reader() is None  # a server: everything through sessions
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        assert window.views.unbuilt() == LATER and window.views["meetings"].model.rowCount() == 2
        for name in LATER:
            window.show_view(name)
            assert window.stack.currentWidget() is window.views[name]
            assert shown_rows(window.views[name]) > 0
    finally:
        ctx.close()


from test_postgresql import pg_url  # noqa: E402,F401 - the fixture: a database of its own on the server
