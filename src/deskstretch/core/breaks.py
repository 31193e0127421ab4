"""When the next break is due, and what pausing or taking a break does to that."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import Enum


class State(str, Enum):
    COUNTING = "counting"  # working; a break will be due at next_due
    DUE = "due"  # a reminder went out and no break has started since
    IN_BREAK = "in_break"
    PAUSED = "paused"


@dataclass(frozen=True)
class Status:
    """A plain description of the schedule at one moment, for the tray and the CLI."""

    state: State
    next_due: datetime | None
    paused_until: datetime | None  # None with PAUSED means until resumed
    # How far through the current interval we are: 0.0 just after a break, 1.0 when due.
    progress: float


def next_morning(now: datetime, hour: int) -> datetime:
    """The next time the clock reads ``hour``:00 on a later day than ``now``.

    Built from the local calendar date so a daylight-saving change overnight still lands
    on the right hour.
    """
    day = now.date() + timedelta(days=1)
    return datetime.combine(day, time(hour)).astimezone(now.tzinfo)


class BreakPlanner:
    """The break rules. Every method takes ``now``; nothing here reads a clock."""

    def __init__(self, interval: timedelta, now: datetime) -> None:
        self.interval = interval
        self._period_start = now
        self.next_due = now + interval
        self.due_since: datetime | None = None
        self.in_break = False
        self.paused = False
        self.paused_until: datetime | None = None

    def _restart_interval(self, now: datetime) -> None:
        self._period_start = now
        self.next_due = now + self.interval

    def set_interval(self, interval: timedelta, now: datetime) -> None:
        """Change the interval; time already worked counts toward the new one."""
        self.interval = interval
        if not self.in_break:
            self.next_due = max(now, self._period_start + interval)

    def status(self, now: datetime) -> Status:
        self._expire_pause(now)
        if self.paused:
            return Status(State.PAUSED, None, self.paused_until, 0.0)
        if self.in_break:
            return Status(State.IN_BREAK, None, None, 1.0)
        if self.due_since is not None:
            return Status(State.DUE, self.next_due, None, 1.0)
        span = (self.next_due - self._period_start).total_seconds()
        done = (now - self._period_start).total_seconds()
        progress = min(1.0, max(0.0, done / span)) if span > 0 else 1.0
        return Status(State.COUNTING, self.next_due, None, progress)

    def check_due(self, now: datetime) -> bool:
        """Return True when a reminder should go out now.

        The next reminder is then one interval later, so an ignored reminder repeats
        rather than nagging every minute.
        """
        self._expire_pause(now)
        if self.paused or self.in_break or now < self.next_due:
            return False
        self.due_since = now
        self._restart_interval(now)
        return True

    def break_started(self, now: datetime) -> None:
        self.in_break = True
        self.due_since = None

    def break_ended(self, now: datetime) -> None:
        """A break finished or was closed: the next one is a full interval away."""
        self.in_break = False
        self.due_since = None
        self._restart_interval(now)

    def pause(self, now: datetime, until: datetime | None) -> None:
        """Stop reminding until ``until``, or until resumed when it is None."""
        self.paused = True
        self.paused_until = until
        self.due_since = None

    def resume(self, now: datetime) -> None:
        self.paused = False
        self.paused_until = None
        self._restart_interval(now)

    def _expire_pause(self, now: datetime) -> None:
        if self.paused and self.paused_until is not None and now >= self.paused_until:
            self.resume(self.paused_until)

    def next_wakeup(self, now: datetime) -> datetime | None:
        """When the schedule next needs looking at: a break due or a pause ending."""
        self._expire_pause(now)
        if self.paused:
            return self.paused_until
        if self.in_break:
            return None
        return self.next_due
