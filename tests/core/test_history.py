"""The statistics over a break history, with plain datetimes: no Qt, no clock, no disk."""

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from deskstretch.core import history as h
from deskstretch.core.breaks import BreakPlanner, Event, Rules
from deskstretch.core.history import DayTally, Done, Record
from deskstretch.core.library import LONG_BREAK, STAND_UP
from deskstretch.core.session import StretchSession
from tests.sample_history import simulate

UTC1 = timezone(timedelta(hours=1))
MON = date(2026, 3, 2)


def at(hour: float, day: date = MON, tz=UTC1) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=tz) + timedelta(hours=hour)


def rec(kind, hour, detail="", day=MON, seconds=0, **kw):
    done = (Done("shoulder_roll", "Shoulder rolls", seconds),) if seconds else ()
    return Record(kind, at(hour, day), detail, exercises=done, **kw)


# -- what a break consisted of ------------------------------------------------------------


def test_a_whole_routine_counts_every_exercise_with_its_hold_seconds():
    s = StretchSession(STAND_UP, 0.0)
    done = h.exercises_done(s, s.total)
    assert [(d.exercise, d.seconds) for d in done] == [
        ("standing_overhead_reach", 20), ("shoulder_roll", 10), ("walking_break", 15)]
    assert done[0].name == "Overhead reach"


def test_a_skipped_exercise_is_not_counted_as_done():
    s = StretchSession(STAND_UP, 0.0)
    s.skip(2.0)  # still getting ready for the overhead reach
    done = h.exercises_done(s, s.total)
    assert [d.exercise for d in done] == ["shoulder_roll", "walking_break"]


def test_a_break_ended_early_counts_only_the_holds_reached():
    s = StretchSession(STAND_UP, 0.0)
    # 5 s getting ready, then 7 s into the first 10-second hold.
    assert [(d.exercise, d.seconds) for d in h.exercises_done(s, 12.0)] == [
        ("standing_overhead_reach", 7)]
    assert h.exercises_done(s, 5.5) == ()  # half a second is not an exercise done


def test_going_back_counts_the_repeated_hold_toward_the_time_stretched():
    s = StretchSession(STAND_UP, 0.0)
    s.back(13.0)  # 8 s into the hold: start the exercise again
    done = h.exercises_done(s, 13.0 + 15.0)
    assert [(d.exercise, d.seconds) for d in done] == [("standing_overhead_reach", 8 + 10)]


def test_planner_events_become_records_with_the_routine_and_what_was_done():
    s = StretchSession(LONG_BREAK, 0.0)
    events = [Event("due", at(9), "long"), Event("started", at(9.01), "long"),
              Event("completed", at(9.1))]
    recs = h.records(events, s, s.total)
    assert [(r.kind, r.routine) for r in recs] == [
        ("due", ""), ("started", "long-break"), ("completed", "long-break")]
    assert recs[1].exercises == ()
    assert len(recs[2].exercises) == 8 and recs[2].seconds == sum(
        p.seconds for p in s.phases if p.kind.value == "hold")
    assert h.records(events[:1], None, 0.0) == [Record("due", at(9), "long")]


def test_a_comfort_rating_is_a_whole_number_from_0_to_10():
    assert h.comfort(at(9), "before", 7).rating == 7
    with pytest.raises(ValueError, match="from 0 to 10"):
        h.comfort(at(9), "before", 11)


# -- today at a glance --------------------------------------------------------------------


def test_today_counts_breaks_taken_against_breaks_due():
    recs = [
        rec("due", 9.5), rec("started", 9.51), rec("completed", 9.53, seconds=45),
        rec("due", 10.0), rec("snoozed", 10.0), rec("due", 10.1), rec("skipped", 10.1),
        # Taken before its reminder came: still a break the schedule asked for.
        rec("started", 10.4), rec("ended early", 10.41, seconds=10),
        # A reminder left unanswered.
        rec("due", 11.0),
        rec("started", 8.0, day=MON - timedelta(days=1)),  # another day
    ]
    t = h.today(recs, at(12))
    assert (t.taken, t.due, t.seconds_stretched) == (2, 4, 55)


def test_longest_seated_runs_between_breaks_and_ends_where_time_away_began():
    recs = [
        rec("warned", 9.0),  # the first sign of the user today
        rec("started", 9.5), rec("completed", 9.52),
        # Back from lunch at 13:00 after 60 minutes away: seated 9:52 → 12:00.
        rec("natural break", 13.0, "away 60 min"),
        rec("due", 13.5), rec("started", 13.6), rec("completed", 13.62),
    ]
    t = h.today(recs, at(14))
    assert t.longest_seated == timedelta(hours=12 - 9.52)
    assert t.natural == 1


def test_a_pause_cuts_the_seated_time_and_an_open_stretch_counts_to_the_last_record():
    recs = [
        rec("started", 9.0), rec("completed", 9.0),
        rec("paused", 9.5, "2026-03-02T10:30"), rec("resumed", 10.5),
        rec("due", 11.0), rec("snoozed", 11.0), rec("due", 11.25),
    ]
    t = h.today(recs, at(17))
    # 10:30 → 11:15, the last reminder; not up to 17:00, when nobody may be there.
    assert t.longest_seated == timedelta(minutes=45)


def test_a_day_with_nothing_recorded_has_no_seated_time():
    t = h.today([], at(12))
    assert t == h.Today(0, 0, 0, None, 0)


def test_natural_break_wording_from_the_planner_is_understood():
    planner = BreakPlanner(Rules(), at(9))
    planner.observe_idle(at(10), 30 * 60)  # away since 9:30
    planner.observe_idle(at(10.5), 0)  # back at 10:30
    recs = h.records(planner.drain_events(), None, 0.0)
    t = h.today([rec("due", 9.0), *recs], at(11))
    assert recs[0].kind == "natural break"
    assert t.longest_seated == timedelta(minutes=30)  # 9:00 → 9:30, not to 10:30


def test_seated_time_across_the_spring_daylight_saving_change_is_real_time():
    berlin = ZoneInfo("Europe/Berlin")
    day = date(2026, 3, 29)  # clocks go from 02:00 to 03:00
    recs = [Record("completed", datetime(2026, 3, 29, 1, 30, tzinfo=berlin)),
            Record("started", datetime(2026, 3, 29, 3, 30, tzinfo=berlin))]
    t = h.today(recs, datetime(2026, 3, 29, 12, tzinfo=berlin))
    assert t.longest_seated == timedelta(hours=1)
    assert h.tally(recs)[day].taken == 1


# -- days, streaks and exercises ------------------------------------------------------------


def test_days_are_local_calendar_days_whatever_the_utc_time():
    berlin = ZoneInfo("Europe/Berlin")
    late = Record("started", datetime(2026, 10, 24, 23, 30, tzinfo=berlin))  # 21:30 UTC
    early = Record("started", datetime(2026, 10, 25, 0, 30, tzinfo=berlin))  # 23:30 UTC the 24th
    tallies = h.tally([late, early])
    assert {d: t.taken for d, t in tallies.items()} == {date(2026, 10, 24): 1, date(2026, 10, 25): 1}


def test_per_day_fills_days_without_breaks_and_ends_today():
    tallies = {MON: DayTally(MON, 3, True), MON - timedelta(days=2): DayTally(MON, 5, True)}
    week = h.per_day(tallies, MON, 7)
    assert [v for _, v in week] == [0, 0, 0, 0, 5, 0, 3]
    assert week[-1][0] == MON and week[0][0] == MON - timedelta(days=6)
    assert len(h.per_day(tallies, MON, 30)) == 30


def days(*taken, last=MON, active=True):
    """Tallies for consecutive days ending on ``last``; None is a day without reminders."""
    out = {}
    for back, n in enumerate(reversed(taken)):
        d = last - timedelta(days=back)
        out[d] = DayTally(d, n or 0, active and n is not None)
    return out


def test_streak_counts_days_meeting_the_goal_and_today_only_once_met():
    assert h.streaks(days(8, 9, 8, 3), goal=8, today=MON) == h.Streaks(3, 3)
    assert h.streaks(days(8, 9, 8, 8), goal=8, today=MON) == h.Streaks(4, 4)


def test_a_day_short_of_the_goal_ends_the_streak_and_best_remembers_the_longest():
    assert h.streaks(days(8, 8, 8, 8, 2, 8, 8, 0), goal=8, today=MON) == h.Streaks(2, 4)


def test_days_without_reminders_neither_extend_nor_break_a_streak():
    # Friday, Saturday and Sunday off, Monday done: the streak carries over the weekend.
    assert h.streaks(days(8, 8, None, None, 8), goal=8, today=MON) == h.Streaks(3, 3)


def test_a_day_with_a_reminder_and_no_break_breaks_the_streak():
    tallies = days(8, 8, 0, 8)
    assert h.streaks(tallies, goal=8, today=MON) == h.Streaks(1, 2)


def test_days_after_today_are_ignored_after_the_clock_went_back():
    tallies = {**days(8, 8), MON + timedelta(days=3): DayTally(MON + timedelta(days=3), 0, True)}
    assert h.streaks(tallies, goal=8, today=MON).current == 2


def test_exercises_done_most_are_ranked_by_times_then_seconds():
    recs = [
        Record("completed", at(9), exercises=(Done("a", "Alpha", 10), Done("b", "Beta", 20))),
        Record("ended early", at(10), exercises=(Done("b", "Beta", 5),)),
        Record("completed", at(11), exercises=(Done("c", "Gamma", 30), Done("a", "Alpha new", 10))),
    ]
    counts = h.count_exercises(recs)
    assert [(c.exercise, c.name, c.times, c.seconds) for c in counts] == [
        ("b", "Beta", 2, 25), ("a", "Alpha new", 2, 20), ("c", "Gamma", 1, 30)]


def test_comfort_trend_averages_before_and_after_over_the_last_30_days():
    recs = [h.comfort(at(9), "before", 6), h.comfort(at(9.1), "after", 2),
            h.comfort(at(15), "before", 4), h.comfort(at(15.1), "after", 3),
            h.comfort(at(9, MON - timedelta(days=40)), "before", 10)]  # too long ago
    trend = h.comfort_trend(recs, MON)
    assert (trend.before, trend.after, trend.ratings) == (5.0, 2.5, 4)
    assert trend.days[-1] == h.ComfortDay(MON, 5.0, 2.5)
    assert trend.days[0].before is None and len(trend.days) == 30


# -- all together over a simulated history --------------------------------------------------


def test_summary_of_a_simulated_quarter_agrees_with_its_records():
    recs = list(simulate(date(2026, 1, 1), 61, seed=3))
    now = recs[-1].at + timedelta(minutes=5)
    stats = h.summarise(recs, now, goal=8)
    started = [r for r in recs if r.kind == "started"]
    first = now.date() - timedelta(days=29)
    assert sum(v for _, v in stats.last_30) == sum(1 for r in started if r.day >= first)
    assert stats.last_7 == stats.last_30[-7:]
    assert stats.today.taken == sum(1 for r in started if r.day == now.date())
    assert stats.top[0].times == max(c.times for c in h.count_exercises(recs))
    assert 0 < len(stats.top) <= 5
    assert not stats.empty
    assert h.summarise([], now, 8).empty
