import pytest

from deskstretch.core.library import STAND_UP
from deskstretch.core.routines import PhaseKind
from deskstretch.core.session import StretchSession

T0 = 500.0


def session():
    return StretchSession(STAND_UP, T0)


def test_starts_with_get_ready_and_counts_down_from_the_clock():
    s = session()
    snap = s.snapshot(T0)
    assert snap.phase.kind is PhaseKind.READY
    assert snap.shown_seconds == 5
    assert snap.step_number == 1 and snap.step_count == 3
    assert snap.next_exercise.id == "shoulder_roll"
    assert s.snapshot(T0 + 4.2).shown_seconds == 1
    hold = s.snapshot(T0 + 5.5)
    assert hold.phase.kind is PhaseKind.HOLD and hold.phase.rep == 1
    assert hold.shown_seconds == 10
    assert hold.total_left == pytest.approx(54.5)


def test_a_stalled_caller_does_not_lengthen_a_hold():
    # Nobody asked for 40 seconds: the position still follows the clock.
    snap = session().snapshot(T0 + 40)
    assert snap.phase.exercise.id == "shoulder_roll"
    assert snap.progress == pytest.approx(40 / 60)


def test_finishes_after_the_whole_routine():
    s = session()
    assert not s.snapshot(T0 + 59.9).finished
    done = s.snapshot(T0 + 60)
    assert done.finished and done.progress == 1.0


def test_pause_freezes_the_countdown_and_resume_continues():
    s = session()
    s.pause(T0 + 7)
    assert s.snapshot(T0 + 100).shown_seconds == s.snapshot(T0 + 7).shown_seconds
    assert s.snapshot(T0 + 100).paused
    assert s.seconds_to_next_change(T0 + 100) is None
    s.resume(T0 + 100)
    assert s.position(T0 + 103) == pytest.approx(10)


def test_skip_goes_to_the_next_exercise_and_past_the_last_one_finishes():
    s = session()
    s.skip(T0 + 3)
    assert s.snapshot(T0 + 3).phase.exercise.id == "shoulder_roll"
    s.skip(T0 + 3)
    assert s.snapshot(T0 + 3).phase.exercise.id == "walking_break"
    assert s.snapshot(T0 + 3).next_exercise is None
    s.skip(T0 + 3)
    assert s.snapshot(T0 + 3).finished


def test_back_restarts_the_exercise_or_goes_to_the_previous_one_right_after_its_start():
    s = session()
    s.skip(T0)  # at shoulder rolls
    s.back(T0 + 5)  # 5 s in: start of shoulder rolls again
    assert s.snapshot(T0 + 5).phase.exercise.id == "shoulder_roll"
    assert s.snapshot(T0 + 5).phase.kind is PhaseKind.READY
    s.back(T0 + 6)  # 1 s after its start: previous exercise
    assert s.snapshot(T0 + 6).phase.exercise.id == "standing_overhead_reach"


def test_next_change_is_when_the_shown_second_ticks_over():
    s = session()
    assert s.seconds_to_next_change(T0) == pytest.approx(1.0)
    assert s.seconds_to_next_change(T0 + 0.25) == pytest.approx(0.75)
