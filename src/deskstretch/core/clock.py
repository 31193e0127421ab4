"""Where time comes from: the one place that reads the system clocks."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """What the rest of the app needs to know about time."""

    def now(self) -> datetime:
        """The current local time, timezone-aware."""

    def monotonic(self) -> float:
        """Seconds on a clock that never jumps; only differences are meaningful."""

    def boottime(self) -> float:
        """Like monotonic(), but it also counts time the machine spent suspended."""

    @property
    def scale(self) -> float:
        """How many of this clock's seconds pass in one real second."""

    def real_time(self, moment: datetime) -> datetime:
        """The real wall-clock time at which this clock will read ``moment``."""


def _boottime() -> float:
    # Linux's monotonic clock stops during suspend and its boot-time clock does not, so
    # their difference is time asleep. Elsewhere there is no such pair and none is seen.
    if hasattr(time, "CLOCK_BOOTTIME"):
        return time.clock_gettime(time.CLOCK_BOOTTIME)
    return time.monotonic()


class SystemClock:
    """The machine's own clocks."""

    scale = 1.0

    def now(self) -> datetime:
        return datetime.now().astimezone()

    def monotonic(self) -> float:
        return time.monotonic()

    def boottime(self) -> float:
        return _boottime()

    def real_time(self, moment: datetime) -> datetime:
        return moment


class ScaledClock:
    """A clock that runs ``scale`` times faster than the real one.

    End-to-end tests use it so that a 30-minute reminder arrives in seconds through the
    same code path as in normal use. Both readings start at the real time of creation.
    """

    def __init__(self, scale: float) -> None:
        if not scale > 0:
            raise ValueError(f"time scale must be a positive number, not {scale!r}")
        self.scale = scale
        self._wall0 = datetime.now().astimezone()
        self._mono0 = time.monotonic()
        self._boot0 = _boottime()

    def _elapsed(self) -> float:
        return (time.monotonic() - self._mono0) * self.scale

    def now(self) -> datetime:
        return self._wall0 + timedelta(seconds=self._elapsed())

    def monotonic(self) -> float:
        return self._mono0 + self._elapsed()

    def boottime(self) -> float:
        return self._boot0 + (_boottime() - self._boot0) * self.scale

    def real_time(self, moment: datetime) -> datetime:
        ahead = (moment - self.now()).total_seconds() / self.scale
        return datetime.now().astimezone() + timedelta(seconds=ahead)
