"""Long jobs run on the thread pool and report back by signal; a user's mistake arrives as an error."""
from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from council_desktop.domain.errors import CouncilError
from council_desktop.ui import jobs


def test_result_arrives_on_the_gui_thread(qtbot):
    seen = {}

    def work(n):
        seen["thread"] = threading.current_thread()
        return n * 2

    with qtbot.waitSignal(jobs.run(work, 21, on_result=lambda r: seen.update(result=r)).done, timeout=5000):
        pass
    assert seen["result"] == 42
    assert seen["thread"] is not threading.main_thread()


def test_error_is_delivered_not_raised(qtbot):
    errors = []

    def work():
        raise CouncilError("required", field="surname")

    job = jobs.run(work, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], CouncilError)
    assert "surname" in jobs.error_text(errors[0])
    del job


def test_cancel_drops_the_result_and_the_job_can_see_it(qtbot):
    started, release = threading.Event(), threading.Event()
    results, saw_cancel = [], []

    def work(job):
        started.set()
        release.wait(5)
        saw_cancel.append(job.cancelled)
        return "late"

    parent = QWidget()
    qtbot.addWidget(parent)
    job = jobs.run(work, parent=parent, on_result=results.append)
    assert started.wait(5)
    job.cancel()
    with qtbot.waitSignal(job.done, timeout=5000):
        release.set()
    assert saw_cancel == [True]
    assert results == []


def test_immediate_pool_finishes_before_run_returns():
    jobs.use_pool(jobs.ImmediatePool())
    try:
        results = []
        jobs.run(lambda: "now", on_result=results.append)
        assert results == ["now"]
    finally:
        jobs.use_pool(None)
