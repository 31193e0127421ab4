from datetime import datetime, timedelta
from datetime import time as clock_time

import pytest

from deskstretch.core import hours
from deskstretch.core.breaks import (
    WAKE_GRACE, BreakPlanner, Prompt, Rules, State, next_morning,
)

MIN = timedelta(minutes=1)
HALF_HOUR = 30 * MIN
QUIET = Rules(warning=timedelta(0))  # most tests do not care about the warning


def planner(start, **rules):
    return BreakPlanner(Rules(**{"warning": timedelta(0), **rules}), start)


def test_first_break_is_due_one_interval_after_start(start):
    p = planner(start)
    assert p.next_wakeup(start) == start + HALF_HOUR
    assert p.poll(start + HALF_HOUR - timedelta(seconds=1)) is None
    assert p.poll(start + HALF_HOUR) is Prompt.REMIND
    assert p.status(start + HALF_HOUR).state is State.DUE


def test_warning_comes_first_then_the_reminder(start):
    p = BreakPlanner(Rules(), start)
    warn_at = start + HALF_HOUR - timedelta(seconds=30)
    assert p.next_wakeup(start) == warn_at
    assert p.poll(warn_at) is Prompt.WARN
    assert p.status(warn_at).state is State.SOON
    assert p.poll(warn_at + timedelta(seconds=10)) is None
    assert p.next_wakeup(warn_at) == start + HALF_HOUR
    assert p.poll(start + HALF_HOUR) is Prompt.REMIND
    assert [e.kind for e in p.drain_events()] == ["warned", "due"]


def test_progress_fills_as_the_break_nears(start):
    p = planner(start)
    assert p.status(start).progress == 0.0
    assert p.status(start + 15 * MIN).progress == pytest.approx(0.5)


def test_finished_break_schedules_the_next_a_full_interval_later(start):
    p = planner(start)
    due = start + HALF_HOUR
    p.poll(due)
    p.start_break(due + 2 * MIN)
    assert p.status(due + 2 * MIN).state is State.IN_BREAK
    assert p.next_wakeup(due + 2 * MIN) is None  # no reminder while stretching
    done = due + 3 * MIN
    p.end_break(done, completed=True)
    assert p.status(done).state is State.COUNTING
    assert p.next_wakeup(done) == done + HALF_HOUR


def test_an_ignored_reminder_repeats_after_another_interval_not_sooner(start):
    p = planner(start)
    due = start + HALF_HOUR
    assert p.poll(due) is Prompt.REMIND
    assert p.poll(due + MIN) is None
    assert p.status(due + MIN).state is State.DUE
    assert p.poll(due + HALF_HOUR) is Prompt.REMIND


def test_every_fourth_break_is_long_and_long_breaks_can_be_off(start):
    p = planner(start)
    kinds = []
    now = start
    for _ in range(8):
        now += HALF_HOUR
        p.poll(now)
        kinds.append(p.start_break(now))
        p.end_break(now + MIN, completed=True)
        now += MIN
    assert kinds == [False, False, False, True] * 2
    off = planner(start, long_every=0)
    assert not off.long_next


def test_snooze_is_limited_and_honest_about_it(start):
    p = planner(start, max_snoozes=2, snooze=5 * MIN)
    due = start + HALF_HOUR
    p.poll(due)
    assert p.snooze(due)
    assert p.status(due).snoozes_left == 1
    assert p.next_wakeup(due) == due + 5 * MIN
    assert p.poll(due + 5 * MIN) is Prompt.REMIND
    assert p.snooze(due + 5 * MIN)
    assert not p.snooze(due + 10 * MIN)  # two in a row is the limit
    assert p.status(due + 10 * MIN).snoozes_left == 0
    p.start_break(due + 10 * MIN)
    p.end_break(due + 11 * MIN, completed=True)
    assert p.status(due + 11 * MIN).snoozes_left == 2  # a break resets the count


def test_skip_moves_the_next_break_a_full_interval_and_is_recorded(start):
    p = planner(start)
    p.skip(start + 10 * MIN)
    assert p.next_wakeup(start + 10 * MIN) == start + 40 * MIN
    assert p.drain_events()[-1].kind == "skipped"


def test_no_reminder_while_paused_and_a_full_interval_after_the_pause_ends(start):
    p = planner(start)
    until = start + timedelta(hours=1)
    p.pause(start + 10 * MIN, until)
    assert p.next_wakeup(start + 10 * MIN) == until
    assert p.poll(start + 45 * MIN) is None
    status = p.status(start + 45 * MIN)
    assert status.state is State.PAUSED and status.until == until
    assert p.status(until).state is State.COUNTING  # the pause ends by itself
    assert p.next_wakeup(until) == until + HALF_HOUR


def test_pause_survives_a_restart(start):
    p = planner(start)
    p.pause(start, start + timedelta(hours=2), span=True)
    saved = p.pause_state()
    again = planner(start + MIN)
    again.restore_pause(saved, start + MIN)
    assert again.status(start + MIN).until == start + timedelta(hours=2)
    expired = planner(start + timedelta(hours=3))
    expired.restore_pause(saved, start + timedelta(hours=3))
    assert not expired.paused


def test_resume_restarts_the_interval(start):
    p = planner(start)
    p.pause(start, None)
    later = start + timedelta(hours=3)
    assert p.status(later).until is None
    assert p.next_wakeup(later) is None
    p.resume(later)
    assert p.next_wakeup(later) == later + HALF_HOUR


def test_changing_the_interval_counts_time_already_worked(start):
    p = planner(start)
    now = start + 20 * MIN
    p.set_rules(Rules(interval=45 * MIN, warning=timedelta(0)), now)
    assert p.next_wakeup(now) == start + 45 * MIN
    p.set_rules(Rules(interval=15 * MIN, warning=timedelta(0)), now)
    assert p.next_wakeup(now) == now  # already past: due at once


def test_being_away_as_long_as_a_break_is_a_break(start):
    p = planner(start)
    p.observe_idle(start + 20 * MIN, 5)  # reading: nothing changes
    assert p.status(start + 20 * MIN).state is State.COUNTING
    p.observe_idle(start + 25 * MIN, 120)  # away since 23:00
    assert p.status(start + 25 * MIN).state is State.AWAY
    assert p.poll(start + 40 * MIN) is None  # no reminder while away
    back = start + 50 * MIN
    p.observe_idle(back + timedelta(seconds=10), 10)  # input 10 s ago: back at 50:00
    assert p.status(back + MIN).state is State.COUNTING
    assert p.next_wakeup(back + MIN) == back + HALF_HOUR
    [event] = [e for e in p.drain_events() if e.kind == "natural break"]
    assert event.at == back and event.detail == "away 27 min"


def test_long_sleep_is_a_break_and_no_burst_of_missed_reminders(start):
    p = planner(start)
    wake = start + timedelta(hours=3)
    p.observe_sleep(wake, 3 * 3600 - 10 * 60)
    assert p.poll(wake) is None
    assert p.next_wakeup(wake) == wake + HALF_HOUR


def test_short_sleep_pushes_the_break_and_never_lands_right_after_waking(start):
    p = planner(start)
    wake = start + 29 * MIN + timedelta(seconds=40)
    p.observe_sleep(wake, 30)
    assert p.next_wakeup(wake) == wake + WAKE_GRACE


def test_a_clock_set_forward_or_back_neither_fires_early_nor_skips(start):
    p = planner(start)
    p.observe_clock_jump(start + 10 * MIN + timedelta(hours=1), 3600)  # set an hour ahead
    assert p.poll(start + timedelta(hours=1, minutes=29)) is None
    assert p.poll(start + timedelta(hours=1, minutes=30)) is Prompt.REMIND
    q = planner(start)
    q.observe_clock_jump(start + 10 * MIN - timedelta(hours=1), -3600)  # an hour back
    assert q.next_wakeup(start - 50 * MIN) == start - 30 * MIN


def test_busy_postpones_up_to_the_limit_then_reminds(start):
    p = planner(start, busy_limit=30 * MIN)
    due = start + HALF_HOUR
    assert p.poll(due, busy=lambda: True) is None
    assert p.next_wakeup(due) == due + MIN
    assert p.poll(due + 29 * MIN, busy=lambda: True) is None
    assert p.poll(due + 30 * MIN, busy=lambda: True) is Prompt.REMIND
    assert [e.kind for e in p.drain_events()] == ["postponed", "due"]
    asked = []
    q = planner(start, busy_limit=timedelta(0))
    assert q.poll(due, busy=lambda: asked.append(1) or True) is Prompt.REMIND
    assert asked == []  # never waits, so never asks


def test_busy_ends_and_the_reminder_comes_at_once(start):
    p = planner(start)
    due = start + HALF_HOUR
    p.poll(due, busy=lambda: True)
    assert p.poll(due + MIN, busy=lambda: False) is Prompt.REMIND


WEEKDAYS_9_TO_5 = hours.parse("Mon-Fri 09:00-12:00, 13:00-17:30")


def test_outside_working_hours_nothing_fires_and_status_says_when_it_resumes(start):
    friday_evening = start.replace(day=6, hour=18)  # 2026-03-06 is a Friday
    p = planner(friday_evening, hours=WEEKDAYS_9_TO_5)
    status = p.status(friday_evening)
    assert status.state is State.OFF_HOURS
    monday = start.replace(day=9, hour=9)
    assert status.until == monday
    assert p.next_wakeup(friday_evening) == monday
    assert p.poll(monday) is None
    assert p.next_wakeup(monday) == monday + HALF_HOUR


def test_lunch_break_in_working_hours_stops_reminders(start):
    p = planner(start.replace(hour=11, minute=45), hours=WEEKDAYS_9_TO_5)
    assert p.next_wakeup(start.replace(hour=11, minute=45)) == start.replace(hour=12)
    assert p.poll(start.replace(hour=12, minute=15)) is None
    assert p.status(start.replace(hour=12, minute=15)).until == start.replace(hour=13)


def test_idle_during_a_snooze_counts_as_the_break(start):
    p = planner(start)
    due = start + HALF_HOUR
    p.poll(due)
    p.snooze(due)
    p.observe_idle(due + 4 * MIN, 200)
    p.observe_idle(due + 10 * MIN, 1)
    assert p.status(due + 10 * MIN).snoozes_left == p.rules.max_snoozes
    assert p.next_wakeup(due + 10 * MIN) == due + 10 * MIN - timedelta(seconds=1) + HALF_HOUR


def test_sleep_across_the_end_of_working_hours(start):
    p = planner(start.replace(hour=17), hours=WEEKDAYS_9_TO_5)
    wake = start.replace(day=3, hour=8, minute=30)  # next morning, before hours start
    p.observe_sleep(wake, 15.5 * 3600)
    assert p.status(wake).state is State.OFF_HOURS
    assert p.next_wakeup(wake) == start.replace(day=3, hour=9)


def test_pause_until_tomorrow_across_a_daylight_saving_change(monkeypatch):
    import time

    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        evening = datetime(2026, 3, 28, 22, 0).astimezone()  # clocks go forward tonight
        p = BreakPlanner(QUIET, evening)
        until = next_morning(evening, clock_time(9))
        p.pause(evening, until)
        assert until.astimezone().hour == 9
        assert until - evening == timedelta(hours=10)  # an hour shorter than usual
        assert p.status(until).state is State.COUNTING
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_simulated_workday_gives_exactly_the_expected_reminders(start):
    """09:00-17:00 with a reminder every 30 min: one break taken at once, one ignored, one
    snoozed, a lunch spent away, a laptop closed for a meeting, and the clock set back."""
    p = BreakPlanner(Rules(warning=timedelta(0)), start)
    reminders = []
    now = start
    end = start.replace(hour=17)
    step = timedelta(seconds=30)
    clock_set_back = False
    while now < end:
        hm = (now.hour, now.minute, now.second)
        if (12, 0, 0) <= hm < (13, 0, 0):
            p.observe_idle(now, (now - start.replace(hour=12)).total_seconds() + 1)
        elif hm == (13, 0, 0):
            p.observe_idle(now, 0)  # back from lunch
        if hm == (14, 40, 0):
            p.observe_sleep(now + timedelta(minutes=50), 50 * 60)  # lid closed for 50 min
            now += timedelta(minutes=50)
        if hm == (16, 0, 0) and not clock_set_back:
            clock_set_back = True
            p.observe_clock_jump(now - timedelta(minutes=10), -600)  # NTP sets it back
            now -= timedelta(minutes=10)
        if p.poll(now) is Prompt.REMIND:
            reminders.append(now.strftime("%H:%M"))
            if len(reminders) == 1:
                p.start_break(now)
                p.end_break(now + MIN, completed=True)
            elif len(reminders) == 3:
                p.snooze(now)
        now += step
    # Taken at 09:30 (next 10:01); 10:31 snoozed to 10:36; nothing during lunch and back at
    # 13:00; the 50-minute sleep from 14:40 is a break, so the next is 30 real minutes after
    # waking, which the clock (set back 10 min) shows as 15:50.
    assert reminders == ["09:30", "10:01", "10:31", "10:36", "11:06", "11:36",
                         "13:30", "14:00", "14:30", "15:50", "16:20", "16:50"]
