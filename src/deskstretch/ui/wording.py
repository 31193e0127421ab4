"""The sentences the app shows about its schedule, built from plain values."""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import QLocale, QTime

from deskstretch.core.breaks import State, Status


def clock_time(moment: datetime) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def when(moment: datetime, now: datetime) -> str:
    """'14:30', '9:00 tomorrow' or 'Mon 9:00', the way people say it."""
    days = (moment.date() - now.date()).days
    if days <= 0:
        return clock_time(moment)
    if days == 1:
        return f"{clock_time(moment)} tomorrow"
    return f"{QLocale().dayName(moment.isoweekday(), QLocale.FormatType.ShortFormat)} {clock_time(moment)}"


def span(seconds: float, exact: bool = False) -> str:
    """'12 min', '1 h 5 min' or 'less than a minute', rounded up to whole minutes;
    ``exact`` says short spans in seconds ('30 s', '1 min 30 s')."""
    if exact and seconds < 600:
        minutes, secs = divmod(round(seconds), 60)
        return " ".join(part for part in (f"{minutes} min" if minutes else "",
                                          f"{secs} s" if secs else "") if part) or "0 s"
    if seconds < 60:
        return "less than a minute"
    minutes = math.ceil(seconds / 60 - 1e-9)
    hours, minutes = divmod(minutes, 60)
    if not hours:
        return f"{minutes} min"
    return f"{hours} h {minutes} min" if minutes else f"{hours} h"


def countdown(seconds: float) -> str:
    """'0:42' style minutes and seconds, rounded up."""
    whole = max(0, math.ceil(seconds - 1e-9))
    return f"{whole // 60}:{whole % 60:02d}"


def snooze_label(minutes: int) -> str:
    return f"Snooze {minutes} min"


def status_line(status: Status, now: datetime) -> str:
    state = status.state
    if state is State.PAUSED:
        if status.until is None:
            return "Paused until you resume"
        return f"Paused until {when(status.until, now)}"
    if state is State.OFF_HOURS:
        return f"Reminders resume {when(status.until, now)}" if status.until else \
            "Outside working hours"
    if state is State.IN_BREAK:
        return "Stretching now"
    if state is State.AWAY:
        return "Away from the desk: that counts as a break"
    if state is State.DUE:
        return "Time for a break — click to stretch"
    left = (status.next_due - now).total_seconds()
    what = "Long break" if status.long_next else "Next break"
    # At exactly 60 s left the next change is the break itself, so say it now.
    if left <= 60:
        return f"{what} in less than a minute"
    return f"{what} in {span(left)}"


def seconds_until_status_changes(status: Status, now: datetime) -> float | None:
    """When the status line reads differently: at the next whole minute of time left."""
    if status.state not in (State.COUNTING, State.SOON):
        return None
    left = (status.next_due - now).total_seconds()
    if left <= 60:
        return max(left, 0.0)
    return left - (math.ceil(left / 60 - 1e-9) - 1) * 60
