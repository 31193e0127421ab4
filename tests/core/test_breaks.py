from datetime import datetime, timedelta

import pytest

from deskstretch.core.breaks import BreakPlanner, State, next_morning

HALF_HOUR = timedelta(minutes=30)


def test_first_break_is_due_one_interval_after_start(start):
    planner = BreakPlanner(HALF_HOUR, start)
    assert planner.next_wakeup(start) == start + HALF_HOUR
    assert not planner.check_due(start + timedelta(minutes=29, seconds=59))
    assert planner.check_due(start + HALF_HOUR)
    assert planner.status(start + HALF_HOUR).state is State.DUE


def test_progress_fills_as_the_break_nears(start):
    planner = BreakPlanner(HALF_HOUR, start)
    assert planner.status(start).progress == 0.0
    assert planner.status(start + timedelta(minutes=15)).progress == pytest.approx(0.5)


def test_finished_break_schedules_the_next_a_full_interval_later(start):
    planner = BreakPlanner(HALF_HOUR, start)
    due = start + HALF_HOUR
    planner.check_due(due)
    planner.break_started(due + timedelta(minutes=2))
    assert planner.status(due + timedelta(minutes=2)).state is State.IN_BREAK
    assert planner.next_wakeup(due) is None  # no reminder while stretching
    done = due + timedelta(minutes=3)
    planner.break_ended(done)
    assert planner.status(done).state is State.COUNTING
    assert planner.next_wakeup(done) == done + HALF_HOUR


def test_an_ignored_reminder_repeats_after_another_interval_not_sooner(start):
    planner = BreakPlanner(HALF_HOUR, start)
    due = start + HALF_HOUR
    assert planner.check_due(due)
    assert not planner.check_due(due + timedelta(minutes=1))
    assert planner.status(due + timedelta(minutes=1)).state is State.DUE
    assert planner.check_due(due + HALF_HOUR)


def test_no_reminder_while_paused_and_a_full_interval_after_the_pause_ends(start):
    planner = BreakPlanner(HALF_HOUR, start)
    until = start + timedelta(hours=1)
    planner.pause(start + timedelta(minutes=10), until)
    assert planner.next_wakeup(start + timedelta(minutes=10)) == until
    assert not planner.check_due(start + timedelta(minutes=45))
    status = planner.status(start + timedelta(minutes=45))
    assert status.state is State.PAUSED and status.paused_until == until
    # The pause ends by itself at `until`.
    assert planner.status(until).state is State.COUNTING
    assert planner.next_wakeup(until) == until + HALF_HOUR


def test_resume_restarts_the_interval(start):
    planner = BreakPlanner(HALF_HOUR, start)
    planner.pause(start, None)
    later = start + timedelta(hours=3)
    assert planner.status(later).paused_until is None
    assert planner.next_wakeup(later) is None
    planner.resume(later)
    assert planner.next_wakeup(later) == later + HALF_HOUR


def test_changing_the_interval_counts_time_already_worked(start):
    planner = BreakPlanner(HALF_HOUR, start)
    now = start + timedelta(minutes=20)
    planner.set_interval(timedelta(minutes=45), now)
    assert planner.next_wakeup(now) == start + timedelta(minutes=45)
    planner.set_interval(timedelta(minutes=15), now)
    assert planner.next_wakeup(now) == now  # already past: due at once


def test_next_morning_is_tomorrow_at_the_hour(start):
    evening = start.replace(hour=22, minute=15)
    morning = next_morning(evening, 9)
    assert (morning.date() - evening.date()).days == 1
    assert (morning.hour, morning.minute) == (9, 0)


def test_next_morning_keeps_the_hour_across_a_daylight_saving_change(monkeypatch):
    import time

    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        # Clocks go forward in the night of 28-29 March 2026 in Berlin.
        evening = datetime(2026, 3, 28, 22, 0).astimezone()
        morning = next_morning(evening, 9)
        assert morning.astimezone().hour == 9
        assert morning - evening == timedelta(hours=10)  # an hour shorter than usual
    finally:
        monkeypatch.undo()
        time.tzset()
