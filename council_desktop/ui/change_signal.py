"""The change hub (domain/changes.py) as a Qt signal, always delivered on the GUI thread.

A write committed on a worker thread (ui/jobs.py) or on the GUI thread itself arrives through
the event loop, once the call that wrote has returned: a view never refreshes in the middle of
another widget's save.  Views follow only the kinds they show (`follow`).

Writes by other processes on the same database come the same way: `watch` polls the context's change
feed (store/feed.py) every POLL_MS on a worker thread, and what it publishes on the hub arrives here.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ..domain.changes import Changes

POLL_MS = 1000  # how soon another process's write shows; a poll with nothing new costs microseconds


class ChangeSignal(QObject):
    changed = Signal(object)  # a Changes, on the GUI thread
    _arrived = Signal(object)  # emitted in whichever thread committed

    def __init__(self, hub) -> None:
        super().__init__()  # made on the GUI thread, so it lives there: queued deliveries come to it
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = hub.subscribe(self._arrived.emit)

    def _deliver(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def watch(self, feed) -> None:
        """Poll `feed` (the context's ChangeFeed) every POLL_MS, one poll at a time, off the GUI thread:
        a database locked by a writer or a slow server never holds up the window."""
        if getattr(self, "_timer", None) is not None:
            return
        from . import jobs

        self._polling = False

        def done(_result=None) -> None:
            self._polling = False

        def tick() -> None:
            if feed.closed:  # its context was closed
                self._timer.stop()
            elif not self._polling:
                self._polling = True
                jobs.run(feed.poll, on_result=done, on_error=done, progress=False)
        self._timer = QTimer(self)
        self._timer.timeout.connect(tick)
        self._timer.start(POLL_MS)

    def close(self) -> None:
        self._unsubscribe()
        timer = getattr(self, "_timer", None)
        if timer is not None:
            timer.stop()


def change_signal(ctx) -> ChangeSignal:
    """The one ChangeSignal of a context (made on first use, on the GUI thread)."""
    found = ctx.__dict__.get("_change_signal")
    if found is None:
        found = ctx.__dict__["_change_signal"] = ChangeSignal(ctx.hub)
    return found


class _Follower(QObject):
    """A child of the view: the connection ends with the view."""

    def __init__(self, owner: QObject, kinds: frozenset[str], slot: Callable[[Changes], None]) -> None:
        super().__init__(owner)
        self.kinds, self.slot = kinds, slot

    def arrived(self, changes: Changes) -> None:
        if changes.touches(self.kinds):
            self.slot(changes)


def watch_other_processes(ctx) -> None:
    """From now on, writes committed by other processes on the context's database reach the views too."""
    change_signal(ctx).watch(ctx.feed)


def follow(owner: QObject, ctx, kinds: Iterable[str], slot: Callable[[Changes], None]) -> QObject:
    """Call `slot(changes)` after each committed write touching one of `kinds` (table names), while `owner` lives."""
    follower = _Follower(owner, frozenset(kinds), slot)
    change_signal(ctx).changed.connect(follower.arrived)
    return follower
