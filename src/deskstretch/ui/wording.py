"""The sentences the app shows about its schedule, built from plain values."""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import QLocale, QTime

from deskstretch.core.breaks import State, Status
from deskstretch.core.program import NAMES as STAGE_NAMES
from deskstretch.core.program import SESSIONS_PER_STAGE, Progress
from deskstretch.ui.i18n import fill, library, translate


def clock_time(moment: datetime) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def when(moment: datetime, now: datetime) -> str:
    """'14:30', '9:00 tomorrow' or 'Mon 9:00', the way people say it."""
    days = (moment.date() - now.date()).days
    if days <= 0:
        return clock_time(moment)
    if days == 1:
        return fill(translate("Wording", "%1 tomorrow", "a time of day"), clock_time(moment))
    day = QLocale().dayName(moment.isoweekday(), QLocale.FormatType.ShortFormat)
    return fill(translate("Wording", "%1 %2", "short weekday, time of day"), day, clock_time(moment))


def span(seconds: float, exact: bool = False) -> str:
    """'12 min', '1 h 5 min' or 'less than a minute', rounded up to whole minutes;
    ``exact`` says short spans in seconds ('30 s', '1 min 30 s')."""
    if exact and seconds < 600:
        minutes, secs = divmod(round(seconds), 60)
        if minutes and secs:
            return fill(translate("Wording", "%1 min %2 s"), minutes, secs)
        if minutes:
            return fill(translate("Wording", "%1 min"), minutes)
        return fill(translate("Wording", "%1 s"), secs)
    if seconds < 60:
        return translate("Wording", "less than a minute")
    minutes = math.ceil(seconds / 60 - 1e-9)
    hours, minutes = divmod(minutes, 60)
    if not hours:
        return fill(translate("Wording", "%1 min"), minutes)
    if minutes:
        return fill(translate("Wording", "%1 h %2 min"), hours, minutes)
    return fill(translate("Wording", "%1 h"), hours)


def number(n: int | float) -> str:
    """A number written the user's way ("1,234", "1.234", "1 234")."""
    return QLocale().toString(n)


def countdown(seconds: float) -> str:
    """'0:42' style minutes and seconds, rounded up."""
    whole = max(0, math.ceil(seconds - 1e-9))
    return f"{whole // 60}:{whole % 60:02d}"


def snooze_label(minutes: int) -> str:
    return fill(translate("Wording", "Snooze %1 min"), minutes)


def status_line(status: Status, now: datetime) -> str:
    state = status.state
    if state is State.PAUSED:
        if status.until is None:
            return translate("Wording", "Paused until you resume")
        return fill(translate("Wording", "Paused until %1"), when(status.until, now))
    if state is State.OFF_HOURS:
        if status.until:
            return fill(translate("Wording", "Reminders resume %1"), when(status.until, now))
        return translate("Wording", "Outside working hours")
    if state is State.IN_BREAK:
        return translate("Wording", "Stretching now")
    if state is State.AWAY:
        return translate("Wording", "Away from the desk: that counts as a break")
    if state is State.DUE:
        return translate("Wording", "Time for a break — click to stretch")
    left = (status.next_due - now).total_seconds()
    # At exactly 60 s left the next change is the break itself, so say it now.
    soon = left <= 60
    if status.long_next:
        text = (translate("Wording", "Long break in less than a minute") if soon else
                translate("Wording", "Long break in %1"))
    else:
        text = (translate("Wording", "Next break in less than a minute") if soon else
                translate("Wording", "Next break in %1"))
    return fill(text, span(left))


def seconds_until_status_changes(status: Status, now: datetime) -> float | None:
    """When the status line reads differently: at the next whole minute of time left."""
    if status.state not in (State.COUNTING, State.SOON):
        return None
    left = (status.next_due - now).total_seconds()
    if left <= 60:
        return max(left, 0.0)
    return left - (math.ceil(left / 60 - 1e-9) - 1) * 60


def progress_line(taken: int, streak: int) -> str:
    """The finish screen's line: "3 breaks today · 4-day streak"; a streak counts from 2 days."""
    if streak >= 2:
        return fill(translate("Wording", "%1 · %2", "breaks today, streak"),
                    translate("Wording", "%n break(s) today", "", taken),
                    translate("Wording", "%n-day streak", "", streak))
    return translate("Wording", "%n break(s) today", "", taken)


def program_progress(progress: Progress) -> str:
    """Where the user is in the back program: "Align, 2 of 6 done", "Maintain, 4 done"."""
    name = library(STAGE_NAMES[progress.stage])
    if not progress.last_stage:
        return fill(translate("Wording", "%1, %2 of %3 done", "stage, sessions"), name,
                    progress.sessions, SESSIONS_PER_STAGE)
    if progress.sessions:
        return fill(translate("Wording", "%1, %n done", "stage, sessions", progress.sessions), name)
    return name
