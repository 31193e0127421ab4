"""Working hours: when reminders are welcome, per weekday, in one or more ranges a day."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
FORMAT_HELP = 'like "Mon-Fri 09:00-12:30, 13:30-17:30; Sat 10:00-12:00", or empty for always'

_RANGE = re.compile(r"^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$")


@dataclass(frozen=True)
class WorkingHours:
    """Time ranges per ISO weekday (0 = Monday); a range never crosses midnight."""

    ranges: tuple[tuple[tuple[time, time], ...], ...]

    def contains(self, now: datetime) -> bool:
        t = now.time()
        return any(start <= t < end for start, end in self.ranges[now.weekday()])

    def next_start(self, now: datetime) -> datetime | None:
        """The next moment, after ``now``, at which a range begins."""
        for offset in range(8):
            day = now.date() + timedelta(days=offset)
            for start, _ in self.ranges[day.weekday()]:
                moment = datetime.combine(day, start).astimezone(now.tzinfo)
                if moment > now:
                    return moment
        return None

    def current_end(self, now: datetime) -> datetime | None:
        """When the range that contains ``now`` ends."""
        t = now.time()
        for start, end in self.ranges[now.weekday()]:
            if start <= t < end:
                return datetime.combine(now.date(), end).astimezone(now.tzinfo)
        return None


def _day_set(text: str) -> list[int]:
    days: list[int] = []
    for part in text.split(","):
        bounds = part.strip().lower().split("-")
        if not all(b in DAYS for b in bounds) or len(bounds) > 2:
            raise ValueError(f'"{part.strip()}" is not a day or a range of days such as Mon-Fri')
        first, last = DAYS.index(bounds[0]), DAYS.index(bounds[-1])
        if last < first:
            raise ValueError(f'"{part.strip()}" runs backwards; write the earlier day first')
        days += range(first, last + 1)
    return days


def _clock(h: str, m: str, whole: str) -> time:
    hour, minute = int(h), int(m)
    if hour == 24 and minute == 0:
        return time.max
    if hour > 23 or minute > 59:
        raise ValueError(f'"{whole}" is not a time of day')
    return time(hour, minute)


_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")


def parse_time(text: str) -> time:
    """Read a time of day such as "08:30". Raises ValueError saying what is wrong."""
    match = _TIME.match(text.strip())
    if not match:
        raise ValueError(f'"{text}" is not a time of day such as 08:30')
    moment = _clock(match.group(1), match.group(2), text.strip())
    if moment == time.max:
        raise ValueError(f'"{text}" is not a time of day such as 08:30')
    return moment


def parse(text: str) -> WorkingHours | None:
    """Read a schedule; None for an empty one. Raises ValueError saying what is wrong."""
    if not text.strip():
        return None
    per_day: list[list[tuple[time, time]]] = [[] for _ in DAYS]
    for clause in filter(str.strip, text.split(";")):
        match = re.match(r"^\s*([A-Za-z,\s-]+?)\s+(\d.*)$", clause)
        if not match:
            raise ValueError(f'"{clause.strip()}" needs days and then times, {FORMAT_HELP}')
        days = _day_set(match.group(1))
        for chunk in match.group(2).split(","):
            m = _RANGE.match(chunk.strip())
            if not m:
                raise ValueError(f'"{chunk.strip()}" is not a time range such as 09:00-17:30')
            start = _clock(m.group(1), m.group(2), chunk.strip())
            end = _clock(m.group(3), m.group(4), chunk.strip())
            if end <= start:
                raise ValueError(f'"{chunk.strip()}" ends before it starts')
            for day in days:
                per_day[day].append((start, end))
    return WorkingHours(tuple(tuple(sorted(day)) for day in per_day))
