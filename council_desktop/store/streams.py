"""A stream of pieces produced in a thread of its own, a few pieces ahead of the one using them.

A bundle's file is read and hashed while SQLite writes the piece before it (import): file reads,
hashlib and SQLite let go of the interpreter's lock while they work, so with a core free the two halves
overlap instead of taking turns (on a machine whose cores are busy the thread only adds switching:
benchmarks/README.md).  Memory stays flat: at most `depth` pieces wait.
"""
from __future__ import annotations

import queue
import threading
from collections.abc import Iterator

_END = object()
THREADED = True  # False: `ahead` produces in the caller's thread (benchmarks/bench_exchange.py compares both)


def ahead(pieces: Iterator, depth: int = 2) -> Iterator:
    """The items of `pieces`, produced in another thread at most `depth` ahead.  What `pieces` raises is
    raised here, where the next item was asked for (a check at its end fails the caller's transaction as
    it would without the thread).  Left early (an error downstream, closed), the producer stops at its
    next piece and is waited for, its own clean-up done, before this returns."""
    if not THREADED:
        yield from pieces
        return
    waiting: queue.Queue = queue.Queue(depth)
    stop = threading.Event()

    def produce() -> None:
        try:
            for piece in pieces:
                if stop.is_set():
                    break
                waiting.put((piece, None))
            else:
                waiting.put((_END, None))
        except BaseException as exc:  # handed to the consumer, raised there
            waiting.put((_END, exc))
        finally:
            close = getattr(pieces, "close", None)
            if close is not None:
                close()

    worker = threading.Thread(target=produce, name="read-ahead", daemon=True)
    worker.start()
    try:
        while True:
            piece, exc = waiting.get()
            if piece is _END:
                if exc is not None:
                    raise exc
                return
            yield piece
    finally:
        stop.set()
        while worker.is_alive():  # a producer blocked on a full queue is let go
            try:
                waiting.get_nowait()
            except queue.Empty:
                worker.join(0.001)
