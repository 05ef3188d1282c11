"""The one way to run a long job: a function on QThreadPool, its result or error back by signal.

The function runs on a worker thread and must never touch a widget or a Session of the GUI
thread (services open their own sessions, so calling a service is fine). It may accept a
`job` keyword to read `job.cancelled` and report `job.progress(done, total)`. Tests call
`use_pool(ImmediatePool())` so that jobs finish before `run` returns.
"""
from __future__ import annotations

import inspect
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from ..domain.errors import CouncilError


class ImmediatePool:
    """Runs each job at once on the calling thread (for tests)."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()

    def waitForDone(self, msecs: int = -1) -> bool:  # noqa: N802 — QThreadPool's name
        return True


_pool: Any = None
_running: set[Job] = set()  # keeps jobs alive until their signal has been delivered


def use_pool(pool) -> None:
    global _pool
    _pool = pool


def pool():
    return _pool or QThreadPool.globalInstance()


class Job(QObject):
    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception (CouncilError for a user's mistake)
    progressed = Signal(int, int)
    done = Signal()  # after finished, failed or cancel, whichever came

    def __init__(self, cancellable: bool = True) -> None:
        super().__init__()
        self.cancelled = False
        self.cancellable = cancellable

    def progress(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    def cancel(self) -> None:
        self.cancelled = True


class _Runner(QRunnable):
    def __init__(self, job: Job, fn: Callable, args, kwargs) -> None:
        super().__init__()
        self.job, self.fn, self.args, self.kwargs = job, fn, args, kwargs
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(*self.args, **self.kwargs)
        except CouncilError as exc:
            self.job.failed.emit(exc)
        except Exception as exc:  # noqa: BLE001 — any failure is shown as a message, never as a traceback
            exc.details = traceback.format_exc()
            self.job.failed.emit(exc)
        else:
            self.job.finished.emit(result)


def _accepts_job(fn: Callable) -> bool:
    try:
        return "job" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


def run(fn: Callable, *args, parent: QWidget | None = None, owner: QObject | None = None, title: str = "",
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None, progress: bool = True, cancellable: bool = True,
        **kwargs) -> Job:
    """Start `fn(*args, **kwargs)` off the GUI thread; a progress dialog with Cancel shows after 400 ms.
    A job that cannot stop halfway (one transaction, a file renamed into place) is not `cancellable`: its
    dialog has no Cancel, and its result is always delivered (closing the dialog only hides it).
    The result (or error) goes to `owner`'s callbacks only while `owner` (by default `parent`) lives: a
    view closed while its job worked (a meeting left while its protocol was drawn) is not called."""
    job = Job(cancellable)
    owner = parent if owner is None else owner
    if _accepts_job(fn):
        kwargs["job"] = job
    dialog = None
    if progress and parent is not None:
        dialog = QProgressDialog(title or QCoreApplication.translate("Jobs", "Working…"), QCoreApplication.translate("Jobs", "Cancel"), 0, 0, parent)
        dialog.setWindowTitle(title or QCoreApplication.translate("Jobs", "Working…"))
        dialog.setAccessibleName(QCoreApplication.translate("Jobs", "Progress"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setValue(0)  # Qt starts the 400 ms only from a first value: without one it never shows
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if cancellable:
            dialog.canceled.connect(job.cancel)
            dialog.canceled.connect(job.done.emit)
        else:
            dialog.setCancelButton(None)

        def show_progress(done: int, total: int) -> None:
            if not isValid(dialog):  # its window closed while the job works
                return
            dialog.setMaximum(total)
            dialog.setValue(done)
        job.progressed.connect(show_progress)

    def finish(callback, value) -> None:
        if dialog is not None and isValid(dialog):
            dialog.reset()
            dialog.deleteLater()
        if owner is not None and not isValid(owner):
            if isinstance(value, Exception):
                error_text(value)  # nobody is left to tell; a fault of ours still goes to the error log
        elif not job.cancelled and callback is not None:
            callback(value)
        job.done.emit()
        # release the job after the signal handlers have run
        QTimer.singleShot(0, lambda: _running.discard(job))

    job.finished.connect(lambda result: finish(on_result, result))
    job.failed.connect(lambda exc: finish(on_error or (lambda e: show_error(parent, e)), exc))
    _running.add(job)
    pool().start(_Runner(job, fn, args, kwargs))
    return job


def finish_all(timeout_ms: int = 30_000) -> bool:
    """Before a database is closed or the program ends: each job that may stop is told to, and every job is
    waited for (a write that cannot stop halfway ends as it would have), so that none works on a closed
    database or reports to an object already gone (at exit, a crash). False if one still runs after
    `timeout_ms` (a database held by another writer)."""
    for job in list(_running):
        if job.cancellable:
            job.cancel()
    return pool().waitForDone(timeout_ms)


def close_when_idle(ctx) -> None:
    """Close a database the window leaves (another one opened, the program ending) once no job works on it."""
    finish_all()
    ctx.close()


def error_text(exc: Exception) -> str:
    """One line for what a job raised: a user's mistake or the machine's condition said as such, our own
    fault written to the error log (its traceback never on screen)."""
    from ..services.base import condition

    found = condition(exc)  # a locked, full or read-only database is the machine's condition: said as such
    if found is not None:
        from . import i18n
        return found.message(i18n.current())
    return fault_text(exc)


def fault_text(exc: BaseException) -> str:
    """Our fault: the traceback to the error log, the user told that nothing was done and where it is."""
    from ..crashlog import record

    log = record(exc)
    return QCoreApplication.translate(
        "Fault", "Something went wrong and the action was not completed. Your saved work is safe.\n"
                 "Details were written to: %1").replace("%1", str(log) if log else "-")


def show_error(parent: QWidget | None, exc: Exception) -> None:
    from PySide6.QtWidgets import QMessageBox
    QMessageBox.warning(parent, QCoreApplication.translate("Jobs", "Council Desktop"), error_text(exc))
