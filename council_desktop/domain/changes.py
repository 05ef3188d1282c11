"""What a write changed, and the hub that tells everyone who shows it.

A `Changes` value is collected from the session's own bookkeeping at each flush (store/session.py,
where the audit trail looks too), never listed by hand: the tables ("kinds", as the audit trail
names them) and ids created, changed and deleted, and the meetings whose records or minutes were
touched.  It is published on the `ChangeHub` only after its transaction commits; a rolled-back
one publishes nothing.  No Qt here: the window re-emits it on its GUI thread (ui/change_signal.py).
"""
from __future__ import annotations

import itertools
import json
import logging
import secrets
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field

_serials = itertools.count(1)


def _frozen(d: Mapping[str, Iterable[int]] | None) -> dict[str, frozenset[int]]:
    return {k: frozenset(v) for k, v in (d or {}).items() if v is not None}


@dataclass(frozen=True)
class Changes:
    """One committed write: kinds (table names) → ids, for what was created, changed and deleted.

    `wholesale`: kinds of which rows were created in bulk, ids not known (an import's many-row INSERT):
    a list of them reads them again; a view of records that existed before need not.  `everything`: the whole database was replaced (a backup restored).
    `versions`: (kind, id) -> the version this write left each record it created or changed at, taken in its
    own transaction (what an undo of it expects; a read after the commit could see another's write since).
    Known only to the process that wrote: not carried by the feed, not compared."""

    created: Mapping[str, frozenset[int]] = field(default_factory=dict)
    changed: Mapping[str, frozenset[int]] = field(default_factory=dict)
    deleted: Mapping[str, frozenset[int]] = field(default_factory=dict)
    meetings: frozenset[int] = frozenset()
    wholesale: frozenset[str] = frozenset()
    everything: bool = False
    serial: int = field(default_factory=lambda: next(_serials), compare=False)
    versions: Mapping[tuple[str, int], int] = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, created=None, changed=None, deleted=None, meetings=(), wholesale=(), everything=False,
           versions=None) -> Changes:
        return cls(_frozen(created), _frozen(changed), _frozen(deleted), frozenset(meetings),
                   frozenset(wholesale), everything, versions=dict(versions or {}))

    @classmethod
    def all(cls) -> Changes:
        return cls(everything=True)

    def __bool__(self) -> bool:
        return bool(self.everything or self.wholesale or self.created or self.changed or self.deleted)

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(self.created) | frozenset(self.changed) | frozenset(self.deleted) | self.wholesale

    def touches(self, kinds: Iterable[str]) -> bool:
        """Whether a view of these kinds must show something new."""
        return self.everything or not self.kinds.isdisjoint(kinds)

    def structural(self, kinds: Iterable[str]) -> bool:
        """Records of these kinds came or went (or came in bulk): a list of them changes its rows."""
        kinds = set(kinds)
        return (self.everything or not kinds.isdisjoint(self.created) or not kinds.isdisjoint(self.deleted)
                or not kinds.isdisjoint(self.wholesale))

    def ids(self, kind: str) -> frozenset[int]:
        return self.created.get(kind, frozenset()) | self.changed.get(kind, frozenset()) \
            | self.deleted.get(kind, frozenset())

    def to_json(self) -> str:
        """As another process reads it back (`from_json`); `everything` travels as a restore's own note."""
        def ids(d):
            return {k: sorted(v) for k, v in sorted(d.items())}
        return json.dumps({"created": ids(self.created), "changed": ids(self.changed), "deleted": ids(self.deleted),
                           "meetings": sorted(self.meetings), "wholesale": sorted(self.wholesale),
                           "everything": self.everything}, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Changes:
        d = json.loads(text)
        return cls.of(d.get("created"), d.get("changed"), d.get("deleted"), d.get("meetings", ()),
                      d.get("wholesale", ()), bool(d.get("everything")))

    def merge(self, other: Changes) -> Changes:
        def join(a, b):
            return {k: a.get(k, frozenset()) | b.get(k, frozenset()) for k in set(a) | set(b)}
        gone = {(kind, ident) for kind, ids in other.deleted.items() for ident in ids}
        return Changes(join(self.created, other.created), join(self.changed, other.changed),
                       join(self.deleted, other.deleted), self.meetings | other.meetings,
                       self.wholesale | other.wholesale, self.everything or other.everything,
                       versions={**{k: v for k, v in self.versions.items() if k not in gone}, **other.versions})


class ChangeHub:
    """Subscribe to committed changes; a publish reaches every subscriber in the publishing thread.

    `collect()` is how a caller learns what its own calls changed, whatever the service returns:
        with ctx.hub.collect() as got:
            ctx.minutes.add_assignment(...)
        got.changes  # everything committed by this thread inside the block
    """

    def __init__(self) -> None:
        self._subscribers: list[Callable[[Changes], None]] = []
        self._lock = threading.Lock()
        self._local = threading.local()
        # the newest serial published: a read begun after it sees that write and every one before it
        self.last_serial = 0
        # names the writes published here in the change feed (store/feed.py): another context's feed
        # delivers them, this one's skips them (they were published here already)
        self.source = secrets.token_hex(16)

    def subscribe(self, fn: Callable[[Changes], None]) -> Callable[[], None]:
        """`fn(changes)` after every commit; returns the call that unsubscribes it."""
        with self._lock:
            self._subscribers.append(fn)

        def unsubscribe() -> None:
            with self._lock:
                if fn in self._subscribers:
                    self._subscribers.remove(fn)
        return unsubscribe

    def publish(self, changes: Changes) -> None:
        if not changes:
            return
        self.last_serial = max(self.last_serial, changes.serial)
        for got in getattr(self._local, "collecting", ()):
            got.changes = got.changes.merge(changes)
            got.serials.add(changes.serial)
        with self._lock:
            subscribers = list(self._subscribers)
        for fn in subscribers:
            try:
                fn(changes)
            except Exception:  # noqa: BLE001 — the write is committed: a listener's fault must not undo its caller
                logging.getLogger(__name__).exception("a listener of committed changes failed")

    @contextmanager
    def collect(self) -> Iterator[Collected]:
        got = Collected()
        stack = self._local.__dict__.setdefault("collecting", [])
        stack.append(got)
        try:
            yield got
        finally:
            stack.remove(got)


class Collected:
    """What the calls of one thread inside `ChangeHub.collect()` committed (merged), and their serials."""

    def __init__(self) -> None:
        self.changes = Changes()
        self.serials: set[int] = set()
