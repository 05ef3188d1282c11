"""The change hub (domain/changes.py) as a Qt signal, always delivered on the GUI thread.

A write committed on a worker thread (ui/jobs.py) or on the GUI thread itself arrives through
the event loop, once the call that wrote has returned: a view never refreshes in the middle of
another widget's save.  Views follow only the kinds they show (`follow`).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Qt, Signal

from ..domain.changes import Changes


class ChangeSignal(QObject):
    changed = Signal(object)  # a Changes, on the GUI thread
    _arrived = Signal(object)  # emitted in whichever thread committed

    def __init__(self, hub) -> None:
        super().__init__()  # made on the GUI thread, so it lives there: queued deliveries come to it
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = hub.subscribe(self._arrived.emit)

    def _deliver(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def close(self) -> None:
        self._unsubscribe()


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


def follow(owner: QObject, ctx, kinds: Iterable[str], slot: Callable[[Changes], None]) -> QObject:
    """Call `slot(changes)` after each committed write touching one of `kinds` (table names), while `owner` lives."""
    follower = _Follower(owner, frozenset(kinds), slot)
    change_signal(ctx).changed.connect(follower.arrived)
    return follower
