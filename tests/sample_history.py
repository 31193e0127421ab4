"""Realistic break histories for tests and benchmarks, made by running the real break
rules and stretch sessions through simulated working days (no Qt, no clock)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, tzinfo

from deskstretch.core import history
from deskstretch.core.breaks import BreakPlanner, Prompt, Rules
from deskstretch.core.history import Record
from deskstretch.core.library import LONG_BREAK, STAND_UP
from deskstretch.core.session import StretchSession


def _day(rng: random.Random, day: date, tz: tzinfo | None, comfort: bool,
         rules: Rules) -> list[Record]:
    """One working day: arrive, get reminded, take, snooze, skip or ignore breaks, go for
    lunch, sometimes pause for a meeting, leave."""
    def at(hour: float) -> datetime:
        moment = datetime.combine(day, time(0)) + timedelta(hours=hour)
        return moment.replace(tzinfo=tz) if tz else moment.astimezone()

    start = at(rng.uniform(7.5, 9.5))
    end = start + timedelta(hours=rng.uniform(7.5, 10.0))
    lunch = at(rng.uniform(12.0, 13.0))
    meeting = at(rng.uniform(14.0, 16.0)) if rng.random() < 0.3 else None
    planner = BreakPlanner(rules, start)
    out: list[Record] = []
    mono = 0.0
    now = start

    def flush(session=None) -> None:
        out.extend(history.records(planner.drain_events(), session, mono))

    while now < end:
        wake = planner.next_wakeup(now)
        if wake is None or wake > end:
            break
        if lunch and wake > lunch:
            # Away from the desk for lunch: the idle probe notices, coming back ends it.
            back = lunch + timedelta(minutes=rng.uniform(30, 60))
            planner.observe_idle(lunch + timedelta(minutes=2), 120)
            planner.observe_idle(back, 1)
            now, lunch = back, None
            flush()
            continue
        if meeting and wake > meeting:
            planner.pause(meeting, meeting + timedelta(hours=1), span=True)
            now, meeting = meeting + timedelta(hours=1), None
            planner.status(now)  # the pause ends by itself
            flush()
            continue
        now = wake
        prompt = planner.poll(now)
        flush()
        if prompt is not Prompt.REMIND:
            continue
        choice = rng.random()
        if choice < 0.70:
            delay = timedelta(seconds=rng.uniform(2, 90))
            now += delay
            long = planner.start_break(now)
            routine = LONG_BREAK if long else STAND_UP
            session = StretchSession(routine, mono)
            flush(session)
            rated = comfort and long and rng.random() < 0.8
            if rated:
                out.append(history.comfort(now, "before", rng.randint(3, 7), routine.id))
            if rng.random() < 0.85:
                played = session.total
                completed = True
            else:
                played = rng.uniform(5, session.total - 1)
                completed = False
            if rng.random() < 0.1:
                session.skip(mono + 2)
            mono += played
            now += timedelta(seconds=played)
            planner.end_break(now, completed)
            flush(session)
            if rated:
                out.append(history.comfort(now, "after", rng.randint(1, 5), routine.id))
        elif choice < 0.85:
            planner.snooze(now)
            flush()
        elif choice < 0.95:
            planner.skip(now)
            flush()
        # else: ignored; the reminder comes back an interval later
    return out


def simulate(first: date, days: int, seed: int = 1, tz: tzinfo | None = None,
             weekends: float = 0.15, comfort_from: date | None = None,
             interval_minutes: int = 30) -> Iterator[Record]:
    """Records for ``days`` calendar days from ``first``, in time order. Weekend days are
    worked with probability ``weekends``; about one weekday in twenty is a day off."""
    rng = random.Random(seed)
    rules = Rules(interval=timedelta(minutes=interval_minutes))
    for n in range(days):
        day = first + timedelta(days=n)
        if day.weekday() >= 5 and rng.random() >= weekends:
            continue
        if day.weekday() < 5 and rng.random() < 0.05:
            continue
        yield from _day(rng, day, tz, comfort_from is not None and day >= comfort_from, rules)
