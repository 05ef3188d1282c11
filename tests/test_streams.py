"""store/streams.ahead: a stream produced in a thread of its own, a few pieces ahead, as the bundle's files
are read and hashed while the database writes the piece before (and the other way round on export)."""
from __future__ import annotations

import threading

import pytest

from council_desktop.store.streams import ahead


def _ours(names: tuple[str, ...]) -> list[str]:
    """Our threads still running, by name (other tests' threads may come and go meanwhile)."""
    return [t.name for t in threading.enumerate() if t.name in names]


class Pieces:
    """A producer that records how far it got and whether it was closed, and can fail at a piece."""

    def __init__(self, n: int, fail_at: int | None = None) -> None:
        self.n, self.fail_at, self.produced, self.closed, self.thread = n, fail_at, 0, False, None

    def __iter__(self):
        self.thread = threading.current_thread()
        try:
            for k in range(self.n):
                if k == self.fail_at:
                    raise ValueError(f"piece {k} is not what the manifest says")
                self.produced += 1
                yield k
        finally:
            self.closed = True


def test_the_items_come_in_order_from_another_thread_and_it_is_gone_at_the_end():
    source = Pieces(50)
    assert list(ahead(iter(source))) == list(range(50))
    assert source.thread is not threading.current_thread() and source.closed
    assert _ours(("read-ahead",)) == []


def test_the_producer_is_never_more_than_depth_pieces_ahead_of_the_consumer():
    source = Pieces(100)
    stream = ahead(iter(source), depth=2)
    seen = []
    for piece in stream:
        seen.append(piece)
        # what waits in the queue (2) and the one the producer holds while the queue is full (1)
        assert source.produced <= len(seen) + 3, (source.produced, len(seen))
    assert seen == list(range(100))


def test_what_the_producer_raises_is_raised_where_the_consumer_asks_for_the_next_piece():
    source = Pieces(10, fail_at=7)
    stream = ahead(iter(source))
    got = [next(stream) for _ in range(7)]
    with pytest.raises(ValueError, match="piece 7 is not what the manifest says"):
        next(stream)
    assert got == list(range(7)) and source.closed


def test_a_consumer_that_leaves_early_stops_the_producer_and_waits_for_its_clean_up():
    source = Pieces(1000)
    stream = ahead(iter(source), depth=2)
    assert [next(stream) for _ in range(3)] == [0, 1, 2]
    stream.close()  # as when the database's write fails in the middle of a file
    assert source.closed and source.produced < 10 and _ours(("read-ahead",)) == []
