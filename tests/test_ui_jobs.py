"""Long jobs run on the thread pool and report back by signal; a user's mistake arrives as an error."""
from __future__ import annotations

import threading

from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

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


def _progress_windows(parent) -> list[QProgressDialog]:
    return [w for w in parent.findChildren(QProgressDialog) if w.isVisible()]


def test_a_long_job_shows_its_progress_window_after_400_ms_even_without_a_report(qtbot):
    """A job that never reports progress (one transaction, a file written) still gets its window: Qt starts
    the dialog's 400 ms only from a first value.  A job that cannot stop halfway offers no Cancel."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    for cancellable in (True, False):
        release, results = threading.Event(), []
        job = jobs.run(release.wait, 10, parent=parent, title="Busy", cancellable=cancellable,
                       on_result=results.append)
        try:
            qtbot.wait(200)
            assert not _progress_windows(parent)  # not for what ends in a blink
            qtbot.waitUntil(lambda: bool(_progress_windows(parent)), timeout=3000)
            [window] = _progress_windows(parent)
            assert window.labelText() == "Busy"
            assert [b.text() for b in window.findChildren(QPushButton)] == (["Cancel"] if cancellable else [])
            if not cancellable:  # closing it only hides it: the job's result still arrives
                window.close()
        finally:
            with qtbot.waitSignal(job.done, timeout=5000):
                release.set()
        assert results == [True]
        qtbot.waitUntil(lambda: not _progress_windows(parent), timeout=3000)


def test_a_fault_of_ours_in_a_job_is_logged_and_said_in_one_line_without_its_traceback(qtbot):
    """A bug on the worker thread reaches the dialog that ran the job as the window's one line for our
    fault (nothing was done, saved work is safe, where the details are); its traceback is in the log."""
    from council_desktop.crashlog import crash_log_path

    def work():
        raise ZeroDivisionError("a fault of ours on the worker")

    errors = []
    jobs.run(work, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    text = jobs.error_text(errors[0])
    assert text.startswith("Something went wrong and the action was not completed.") and str(crash_log_path()) in text
    assert "ZeroDivisionError" not in text and "Traceback" not in text
    logged = crash_log_path().read_text()
    assert "a fault of ours on the worker" in logged and "in work" in logged  # the worker's own frame
