"""The clock meeting mode reads: the wall clock in the program, a clock a test moves by hand."""
from __future__ import annotations

import datetime as dt


class WallClock:
    def now(self) -> dt.datetime:
        return dt.datetime.now()


class FakeClock:
    """Stands still until moved: timers and overruns are tested without waiting."""

    def __init__(self, start: dt.datetime):
        self.current = start

    def now(self) -> dt.datetime:
        return self.current

    def advance(self, seconds: float) -> None:
        self.current += dt.timedelta(seconds=seconds)


def mm_ss(seconds: float) -> str:
    """4:05, or −0:12 past the limit."""
    sign = "−" if seconds < 0 else ""
    whole = int(abs(seconds))
    return f"{sign}{whole // 60}:{whole % 60:02d}"


class SpeechTimer:
    """The current speaker's time: started, paused and resumed on the clock; pauses do not count."""

    def __init__(self, clock, limit_seconds: int):
        self.clock = clock
        self.limit = limit_seconds
        self.started_at: dt.datetime | None = None  # when the speaker first began
        self._running_since: dt.datetime | None = None
        self._banked = 0.0

    @property
    def running(self) -> bool:
        return self._running_since is not None

    @property
    def used(self) -> bool:
        return self.started_at is not None

    def start_or_pause(self) -> None:
        now = self.clock.now()
        if self._running_since is not None:
            self._banked += (now - self._running_since).total_seconds()
            self._running_since = None
        else:
            self.started_at = self.started_at or now
            self._running_since = now

    def elapsed(self) -> float:
        running = (self.clock.now() - self._running_since).total_seconds() if self._running_since else 0.0
        return self._banked + running

    def remaining(self) -> float:
        return self.limit - self.elapsed()

    def warning(self) -> bool:
        """Near the end: the last fifth of the limit, at most the last minute."""
        return self.used and self.remaining() <= min(60, self.limit / 5)

    def reset(self) -> None:
        self.started_at, self._running_since, self._banked = None, None, 0.0
