"""What happened to each break, and the statistics over it: today at a glance, breaks per
day, streaks, the exercises done most and the comfort trend. Pure functions of records and
``now``."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from deskstretch.core.breaks import Event
from deskstretch.core.routines import PhaseKind
from deskstretch.core.session import StretchSession

STARTED = "started"
COMPLETED = "completed"
ENDED_EARLY = "ended early"
# A break that was still running when the app was killed; recorded on the next start.
INTERRUPTED = "interrupted"
NATURAL = "natural break"
COMFORT = "comfort"  # a back discomfort rating, 0-10, "before" or "after" a long break
BREAK_ENDS = (COMPLETED, ENDED_EARLY, INTERRUPTED)
# A day on which one of these happened is a day the app was reminding the user; only
# such days can keep or break a streak.
ACTIVE_KINDS = ("due", STARTED, "skipped")
# How long a short skip into a hold may be before the exercise counts as done.
MIN_DONE_S = 1.0
RATINGS = range(0, 11)


@dataclass(frozen=True)
class Done:
    """One exercise done during a break, and the seconds spent holding (or moving) in it."""

    exercise: str
    name: str
    seconds: int


@dataclass(frozen=True)
class Record:
    """One line of the history: a break event, with what the break consisted of."""

    kind: str
    at: datetime  # timezone-aware, in the local time of the moment it happened
    detail: str = ""
    routine: str = ""
    exercises: tuple[Done, ...] = ()
    rating: int | None = None  # for COMFORT records

    @property
    def day(self) -> date:
        # The local calendar day as it was when the record was made.
        return self.at.date()

    @property
    def seconds(self) -> int:
        return sum(d.seconds for d in self.exercises)


# -- turning what happened into records ---------------------------------------------------


def exercises_done(session: StretchSession, now: float) -> tuple[Done, ...]:
    """The exercises whose hold phases were played, in routine order, with the seconds
    played in them. Skipped holds do not count; a hold played again after Back counts
    twice toward the seconds but the exercise once."""
    spans = session.played(now)
    seconds: dict[str, float] = {}
    names: dict[str, str] = {}
    for phase in session.phases:
        if phase.kind is not PhaseKind.HOLD:
            continue
        played = sum(max(0.0, min(phase.end, b) - max(phase.start, a)) for a, b in spans)
        ex = phase.exercise
        seconds[ex.id] = seconds.get(ex.id, 0.0) + played
        names[ex.id] = ex.name
    return tuple(Done(key, names[key], round(s)) for key, s in seconds.items() if s >= MIN_DONE_S)


def records(events: Iterable[Event], session: StretchSession | None, now: float) -> list[Record]:
    """History records for planner events; the session (if any) names the routine of a
    break that starts or ends, and says what was done in one that ends."""
    out = []
    for e in events:
        if session is not None and e.kind in (STARTED, COMPLETED, ENDED_EARLY):
            done = exercises_done(session, now) if e.kind != STARTED else ()
            out.append(Record(e.kind, e.at, e.detail, session.routine.id, done))
        else:
            out.append(Record(e.kind, e.at, e.detail))
    return out


def comfort(at: datetime, when: str, rating: int, routine: str = "") -> Record:
    """A discomfort rating given ``when`` ("before" or "after") a break."""
    if rating not in RATINGS:
        raise ValueError(f"a rating is a whole number from 0 to 10, not {rating!r}")
    return Record(COMFORT, at, when, routine, rating=rating)


# -- statistics ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DayTally:
    """One calendar day: stretch breaks taken, and whether the app was reminding at all."""

    day: date
    taken: int = 0
    active: bool = False


def tally(recs: Iterable[Record]) -> dict[date, DayTally]:
    """Per-day tallies in one pass. A break counts as taken when it was started: a break
    ended early or cut off still got the user out of the chair."""
    taken: dict[date, int] = {}
    active: dict[date, bool] = {}
    for r in recs:
        d = r.day
        taken[d] = taken.get(d, 0) + (r.kind == STARTED)
        active[d] = active.get(d, False) or r.kind in ACTIVE_KINDS
    return {d: DayTally(d, taken[d], active[d]) for d in taken}


def per_day(tallies: Mapping[date, DayTally], today: date, days: int) -> list[tuple[date, int]]:
    """Breaks taken on each of the last ``days`` days, oldest first, today last."""
    out = []
    for back in range(days - 1, -1, -1):
        d = today - timedelta(days=back)
        t = tallies.get(d)
        out.append((d, t.taken if t else 0))
    return out


@dataclass(frozen=True)
class Streaks:
    current: int
    best: int


def streaks(tallies: Mapping[date, DayTally], goal: int, today: date) -> Streaks:
    """Runs of days on which at least ``goal`` breaks were taken.

    Days without reminders (weekends, holidays, the app not running) neither extend nor
    break a run. Today counts once its goal is met, and does not end the run before then:
    the day is not over.
    """
    run = best = 0
    for d in sorted(tallies):
        t = tallies[d]
        if d > today or not (t.active or t.taken):
            continue
        if t.taken >= goal:
            run += 1
            best = max(best, run)
        elif d != today:
            run = 0
    return Streaks(run, best)


@dataclass(frozen=True)
class ExerciseCount:
    exercise: str
    name: str
    times: int
    seconds: int


def count_exercises(recs: Iterable[Record]) -> list[ExerciseCount]:
    """How often and how long each exercise was done, most often first."""
    times: dict[str, int] = {}
    seconds: dict[str, int] = {}
    names: dict[str, str] = {}
    for r in recs:
        for d in r.exercises:
            times[d.exercise] = times.get(d.exercise, 0) + 1
            seconds[d.exercise] = seconds.get(d.exercise, 0) + d.seconds
            names[d.exercise] = d.name  # the latest name, should the library rename one
    return rank([ExerciseCount(k, names[k], times[k], seconds[k]) for k in times])


def rank(counts: Iterable[ExerciseCount]) -> list[ExerciseCount]:
    return sorted(counts, key=lambda c: (-c.times, -c.seconds, c.name))


@dataclass(frozen=True)
class Today:
    taken: int
    due: int
    seconds_stretched: int
    # The longest stretch between two breaks today; None before there is any.
    longest_seated: timedelta | None
    natural: int  # times away from the desk long enough to count as a break


_AWAY = re.compile(r"(\d+) min")


def _away_s(r: Record) -> float:
    """How long a natural break lasted; the planner writes it as "away 12 min"."""
    m = _AWAY.search(r.detail)
    return int(m.group(1)) * 60.0 if m else 0.0


def today(recs: Sequence[Record], now: datetime) -> Today:
    """Today at a glance, from the records in time order (other days are ignored).

    Due counts the breaks the schedule asked for: every reminder (a snoozed one that comes
    back is the same break), plus every break taken, skipped or snoozed before its
    reminder came.

    Seated time runs from the end of one break (or of time away, or of a pause) to the
    start of the next, and is cut at a pause. A stretch still running is counted up to the
    latest record that shows the user at the desk (a reminder, a snooze), never up to
    ``now``: after hours or with the app closed nobody may be sitting there. The first
    stretch of the day starts at the day's first record, since nothing earlier is known.
    """
    day = now.date()
    taken = due = seconds = natural = 0
    longest = 0.0
    # Moments as POSIX seconds: elapsed time stays right across a daylight-saving change.
    sitting: float | None = None  # since when, or None when not at the desk
    last_seen: float | None = None
    # A reminder (or a snooze) is out for the break being counted; a snoozed one comes back.
    reminder_pending = snoozed = in_break = paused = False

    def close(at: float) -> None:
        nonlocal longest, sitting
        if sitting is not None:
            longest = max(longest, at - sitting)
        sitting = None

    for r in recs:
        if r.day != day or r.kind == COMFORT:
            continue
        k = r.kind
        at = r.at.timestamp()
        if k == "due":
            due += not snoozed
            reminder_pending, snoozed = True, False
        elif k == "snoozed":
            due += not reminder_pending
            reminder_pending = snoozed = True
        elif k in (STARTED, "skipped"):
            due += not reminder_pending
            reminder_pending = snoozed = False
        elif k in (NATURAL, "paused"):
            reminder_pending = snoozed = False
        if k == STARTED:
            taken += 1
            close(at)
            in_break = True
        elif k in BREAK_ENDS:
            seconds += r.seconds
            in_break = False
            sitting = at
        elif k == NATURAL:
            natural += 1
            close(at - _away_s(r))
            sitting = at
        elif k == "paused":
            close(at)
            paused = True
        elif k == "resumed":
            paused = False
            sitting = at
        elif not in_break and not paused:
            # Anything else (a reminder, a snooze, a skip) shows the user at the desk.
            if sitting is None:
                sitting = at
            last_seen = at
    if last_seen is not None:
        close(last_seen)
    seated = timedelta(seconds=round(longest)) if longest > 0 else None
    return Today(taken, due, seconds, seated, natural)


@dataclass(frozen=True)
class ComfortDay:
    day: date
    before: float | None
    after: float | None


@dataclass(frozen=True)
class Comfort:
    """Average discomfort before and after long breaks, per day and over the period."""

    days: list[ComfortDay] = field(default_factory=list)
    before: float | None = None
    after: float | None = None
    ratings: int = 0


def comfort_trend(recs: Iterable[Record], today_: date, days: int = 30) -> Comfort:
    first = today_ - timedelta(days=days - 1)
    sums: dict[tuple[date, str], list[int]] = {}
    for r in recs:
        if r.kind == COMFORT and r.rating is not None and first <= r.day <= today_:
            sums.setdefault((r.day, r.detail), []).append(r.rating)

    def mean(values: list[int]) -> float | None:
        return sum(values) / len(values) if values else None

    out = []
    for back in range(days - 1, -1, -1):
        d = today_ - timedelta(days=back)
        out.append(ComfortDay(d, mean(sums.get((d, "before"), [])), mean(sums.get((d, "after"), []))))
    every = {w: [v for (_, when), vs in sums.items() if when == w for v in vs]
             for w in ("before", "after")}
    count = sum(len(v) for v in sums.values())
    return Comfort(out, mean(every["before"]), mean(every["after"]), count)


@dataclass(frozen=True)
class Statistics:
    """Everything the statistics window shows."""

    now: datetime
    goal: int
    today: Today
    last_30: list[tuple[date, int]]
    streaks: Streaks
    top: list[ExerciseCount]
    comfort: Comfort
    # Nothing was ever due, taken or skipped: show a welcome instead of empty charts.
    empty: bool

    @property
    def last_7(self) -> list[tuple[date, int]]:
        return self.last_30[-7:]


TOP = 5


def build(today_recs: Sequence[Record], tallies: Mapping[date, DayTally],
          counts: Sequence[ExerciseCount], comfort_recs: Iterable[Record], now: datetime,
          goal: int) -> Statistics:
    """Assemble the statistics from what a store can hand over cheaply: today's records,
    per-day tallies, exercise counts and the recent comfort ratings."""
    d = now.date()
    return Statistics(
        now=now,
        goal=goal,
        today=today(today_recs, now),
        last_30=per_day(tallies, d, 30),
        streaks=streaks(tallies, goal, d),
        top=rank(counts)[:TOP],
        comfort=comfort_trend(comfort_recs, d),
        empty=not any(t.active or t.taken for t in tallies.values()),
    )


def summarise(recs: Sequence[Record], now: datetime, goal: int) -> Statistics:
    """The statistics of a whole history held in memory, records in time order."""
    return build(recs, tally(recs), count_exercises(recs), recs, now, goal)
