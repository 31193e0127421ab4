"""The break rules: when the next break is due, and what pausing, snoozing, being away,
sleeping, working hours and busy moments do to that. Every method takes ``now``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import Enum

from deskstretch.core import hours
from deskstretch.core.hours import WorkingHours

# After waking the machine, give the user a few minutes before any break.
WAKE_GRACE = timedelta(minutes=5)
# While the user is busy (full screen, do not disturb), look again this often.
BUSY_RETRY = timedelta(minutes=1)


class State(str, Enum):
    COUNTING = "counting"  # working; a break is due at next_due
    SOON = "soon"  # the warning went out; the break is moments away
    DUE = "due"  # a reminder went out and no break has started since
    IN_BREAK = "in_break"
    AWAY = "away"  # no input for longer than a break: that is a break
    PAUSED = "paused"
    OFF_HOURS = "off_hours"  # outside the working hours


class Prompt(str, Enum):
    """What the user should be shown now."""

    WARN = "warn"
    REMIND = "remind"


@dataclass(frozen=True)
class Rules:
    interval: timedelta = timedelta(minutes=30)
    long_every: int = 4  # 0: no long breaks
    warning: timedelta = timedelta(seconds=30)  # 0: no warning
    snooze: timedelta = timedelta(minutes=5)
    max_snoozes: int = 2
    hours: WorkingHours | None = None
    busy_limit: timedelta = timedelta(minutes=30)  # 0: never wait
    # Away (or asleep) at least this long counts as having taken the break.
    natural_break: timedelta = timedelta(seconds=60)

    @classmethod
    def from_settings(cls, settings, natural_break: timedelta) -> Rules:
        """The rules a (valid) Settings asks for."""
        return cls(
            interval=timedelta(minutes=settings["interval_minutes"]),
            long_every=settings["long_break_every"],
            warning=timedelta(seconds=settings["warning_seconds"]),
            snooze=timedelta(minutes=settings["snooze_minutes"]),
            max_snoozes=settings["max_snoozes"],
            hours=hours.parse(settings["working_hours"]),
            busy_limit=timedelta(minutes=settings["busy_postpone_minutes"]),
            natural_break=natural_break,
        )


@dataclass(frozen=True)
class Event:
    """Something that happened to a break, for the log and the history."""

    kind: str  # due, warned, started, completed, ended early, skipped, snoozed, postponed,
    # natural break, paused, resumed
    at: datetime
    detail: str = ""


@dataclass(frozen=True)
class Status:
    """A plain description of the schedule at one moment, for the tray and the CLI."""

    state: State
    next_due: datetime | None
    # PAUSED: when the pause ends (None: until resumed); OFF_HOURS: when the hours start.
    until: datetime | None
    # How far through the current interval we are: 0.0 just after a break, 1.0 when due.
    progress: float
    long_next: bool
    snoozes_left: int


def next_morning(now: datetime, morning: time) -> datetime:
    """The next time the clock reads ``morning`` on a later day than ``now``.

    Built from the local calendar date so a daylight-saving change overnight still lands
    on the right hour.
    """
    day = now.date() + timedelta(days=1)
    return datetime.combine(day, morning).astimezone(now.tzinfo)


class BreakPlanner:
    """The break rules. Every method takes ``now``; nothing here reads a clock."""

    def __init__(self, rules: Rules, now: datetime) -> None:
        self.rules = rules
        self.events: list[Event] = []
        self.breaks_done = 0
        self.snoozes = 0
        self.in_break = False
        self.due_since: datetime | None = None
        self.warned = False
        self.busy_since: datetime | None = None
        self.away_since: datetime | None = None
        self.paused = False
        self.paused_until: datetime | None = None
        # A pause "for 30 minutes" moves with a clock change; "until 9:00" does not.
        self._pause_is_span = False
        self.off_hours = False
        self._restart(now)
        self._sync(now)

    # -- bookkeeping ------------------------------------------------------------------------

    def _record(self, kind: str, at: datetime, detail: str = "") -> None:
        self.events.append(Event(kind, at, detail))

    def drain_events(self) -> list[Event]:
        events, self.events = self.events, []
        return events

    def _restart(self, now: datetime) -> None:
        """A fresh interval of work starts at ``now``."""
        self.period_start = now
        self.next_due = now + self.rules.interval
        self.due_since = None
        self.warned = False
        self.busy_since = None

    def _took_break(self, now: datetime) -> None:
        self.breaks_done += 1
        self.snoozes = 0
        self.away_since = None
        self._restart(now)

    @property
    def long_next(self) -> bool:
        every = self.rules.long_every
        return bool(every) and (self.breaks_done + 1) % every == 0

    def set_rules(self, rules: Rules, now: datetime) -> None:
        """New settings; time already worked counts toward the new interval."""
        self.rules = rules
        if not self.in_break and self.due_since is None:
            self.next_due = max(now, self.period_start + rules.interval)
        self._sync(now)

    def _sync(self, now: datetime) -> None:
        """Apply what the passing of time alone changes: a pause ending, working hours."""
        if self.paused and self.paused_until is not None and now >= self.paused_until:
            self.resume(self.paused_until)
        hours = self.rules.hours
        inside = hours is None or hours.contains(now)
        if not inside and not self.off_hours:
            self.off_hours = True
            self.due_since = None
            self.warned = False
        elif inside and self.off_hours:
            self.off_hours = False
            self._restart(now)

    # -- what is going on ------------------------------------------------------------------

    def status(self, now: datetime) -> Status:
        self._sync(now)

        def make(state, until=None, progress=0.0):
            next_due = None if state in (State.PAUSED, State.OFF_HOURS, State.IN_BREAK) \
                else self.next_due
            return Status(state, next_due, until, progress, self.long_next,
                          max(0, self.rules.max_snoozes - self.snoozes))

        if self.paused:
            return make(State.PAUSED, self.paused_until)
        if self.off_hours:
            return make(State.OFF_HOURS, self.rules.hours.next_start(now))
        if self.in_break:
            return make(State.IN_BREAK, progress=1.0)
        if self.away_since is not None:
            return make(State.AWAY)
        if self.due_since is not None:
            return make(State.DUE, progress=1.0)
        span = (self.next_due - self.period_start).total_seconds()
        done = (now - self.period_start).total_seconds()
        progress = min(1.0, max(0.0, done / span)) if span > 0 else 1.0
        return make(State.SOON if self.warned else State.COUNTING, progress=progress)

    def next_wakeup(self, now: datetime) -> datetime | None:
        """When the schedule next needs looking at, or None when only the user can move it."""
        self._sync(now)
        if self.paused:
            return self.paused_until
        if self.off_hours:
            return self.rules.hours.next_start(now)
        if self.in_break or self.away_since is not None:
            return None
        moments = [self.next_due]
        warn_at = self.next_due - self.rules.warning
        if self.rules.warning and not self.warned and warn_at > now:
            moments.append(warn_at)
        if self.rules.hours is not None:
            moments.append(self.rules.hours.current_end(now))
        return min(m for m in moments if m is not None)

    def poll(self, now: datetime, busy: Callable[[], bool] = lambda: False) -> Prompt | None:
        """Say whether to warn or remind now. ``busy`` is asked only when a break is due."""
        self._sync(now)
        if self.paused or self.off_hours or self.in_break or self.away_since is not None:
            return None
        if now >= self.next_due:
            if self.rules.busy_limit and busy():
                if self.busy_since is None:
                    self.busy_since = now
                    self._record("postponed", now, "busy")
                if now - self.busy_since < self.rules.busy_limit:
                    self.next_due = now + BUSY_RETRY
                    return None
            kind = "long" if self.long_next else "short"
            self._restart(now)
            # An ignored reminder comes back one interval later, not every minute.
            self.due_since = now
            self._record("due", now, kind)
            return Prompt.REMIND
        if self.rules.warning and not self.warned and now >= self.next_due - self.rules.warning:
            self.warned = True
            self._record("warned", now)
            return Prompt.WARN
        return None

    # -- what the user did -------------------------------------------------------------------

    def start_break(self, now: datetime) -> bool:
        """A break starts; returns whether it is the long one."""
        long = self.long_next
        self.in_break = True
        self.due_since = None
        self.warned = False
        self.busy_since = None
        self._record("started", now, "long" if long else "short")
        return long

    def end_break(self, now: datetime, completed: bool) -> None:
        """The break finished or was closed: the next one is a full interval away."""
        self.in_break = False
        self._record("completed" if completed else "ended early", now)
        self._took_break(now)

    def snooze(self, now: datetime) -> bool:
        """Put the break off; False when the snoozes in a row are used up."""
        if self.snoozes >= self.rules.max_snoozes or self.in_break:
            return False
        self.snoozes += 1
        self.due_since = None
        self.busy_since = None
        self.next_due = now + self.rules.snooze
        # The snooze was the user's own choice: no second warning before it ends.
        self.warned = True
        self._record("snoozed", now, f"{self.snoozes} of {self.rules.max_snoozes}")
        return True

    def skip(self, now: datetime) -> None:
        """Skip the coming (or due) break; the next is a full interval away."""
        self._record("skipped", now)
        self._took_break(now)

    def pause(self, now: datetime, until: datetime | None, span: bool = False) -> None:
        """Stop reminding until ``until``, or until resumed when it is None.

        ``span``: the pause was asked for as a length of time, so it moves with clock changes.
        """
        self.paused = True
        self.paused_until = until
        self._pause_is_span = span
        self.due_since = None
        self.warned = False
        self._record("paused", now, until.isoformat(timespec="minutes") if until else "")

    def resume(self, now: datetime) -> None:
        self.paused = False
        self.paused_until = None
        self._record("resumed", now)
        self.snoozes = 0
        self._restart(now)

    # -- what the machine noticed ---------------------------------------------------------------

    def observe_idle(self, now: datetime, idle_seconds: float) -> None:
        """No input for ``idle_seconds``. Away long enough is a break; short idle (reading)
        changes nothing."""
        if self.paused or self.off_hours or self.in_break:
            return
        last_input = now - timedelta(seconds=idle_seconds)
        if idle_seconds >= self.rules.natural_break.total_seconds():
            if self.away_since is None:
                self.away_since = last_input
                self.due_since = None
                self.warned = False
        elif self.away_since is not None:
            away = last_input - self.away_since
            self._record("natural break", last_input, f"away {round(away.total_seconds() / 60)} min")
            self._took_break(last_input)

    def observe_sleep(self, now: datetime, slept_seconds: float) -> None:
        """The machine was asleep for ``slept_seconds`` until ``now``."""
        slept = timedelta(seconds=slept_seconds)
        if self.paused or self.off_hours:
            return
        if slept >= self.rules.natural_break and not self.in_break:
            self._record("natural break", now, f"asleep {round(slept_seconds / 60)} min")
            self._took_break(now)
            return
        # A short nap: the time asleep was not spent sitting, and no break right on waking.
        self.period_start += slept
        self.next_due = max(self.next_due + slept, now + WAKE_GRACE)

    def observe_clock_jump(self, now: datetime, jump_seconds: float) -> None:
        """The wall clock was set by ``jump_seconds`` without time passing: move every
        moment that was measured from the old clock, so nothing fires early or is skipped."""
        jump = timedelta(seconds=jump_seconds)
        self.period_start += jump
        self.next_due += jump
        for name in ("due_since", "busy_since", "away_since"):
            if getattr(self, name) is not None:
                setattr(self, name, getattr(self, name) + jump)
        if self.paused_until is not None and self._pause_is_span:
            self.paused_until += jump

    # -- surviving a restart ----------------------------------------------------------------------

    def pause_state(self) -> dict:
        if not self.paused:
            return {}
        return {"paused_until": self.paused_until.isoformat() if self.paused_until else "",
                "span": self._pause_is_span}

    def restore_pause(self, state: dict, now: datetime) -> None:
        """Take up a pause saved by pause_state(), unless it has ended meanwhile."""
        if "paused_until" not in state:
            return
        until = datetime.fromisoformat(state["paused_until"]) if state["paused_until"] else None
        if until is None or until > now:
            self.pause(now, until, bool(state.get("span")))
