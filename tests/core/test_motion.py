"""The figure's movement through a routine, as a function of the position in it."""

import pytest

from deskstretch.core import motion
from deskstretch.core.library import ROUTINES, STAND_UP
from deskstretch.core.motion import Plan
from deskstretch.core.routines import PhaseKind, expand


def phases_of(routine, kind, **match):
    return [p for p in expand(routine) if p.kind is kind
            and all(getattr(p, k) == v for k, v in match.items())]


@pytest.fixture
def stand_up():
    return Plan(expand(STAND_UP))


def test_get_ready_waits_on_the_start_pose_then_moves_into_the_end_pose(stand_up):
    [ready] = phases_of(STAND_UP, PhaseKind.READY, step=0)
    first = stand_up.frame(ready, 0.0)
    assert first.t == 0.0 and not first.moving
    assert first.still_for == pytest.approx(motion.LEAD_S)
    mid = stand_up.frame(ready, motion.LEAD_S + motion.MOVE_S / 2)
    assert mid.t == pytest.approx(0.5) and mid.moving
    early = stand_up.frame(ready, motion.LEAD_S + 0.2)
    assert 0.0 < early.t < 0.1  # eased: starts slowly
    done = stand_up.frame(ready, motion.LEAD_S + motion.MOVE_S + 0.01)
    assert done.t == 1.0 and not done.moving and done.still_for is None


def test_a_hold_after_get_ready_stands_still_in_the_end_pose(stand_up):
    hold = phases_of(STAND_UP, PhaseKind.HOLD, step=0, rep=1)[0]
    for elapsed in (0.0, 3.0, 9.9):
        frame = stand_up.frame(hold, elapsed)
        assert frame.t == 1.0 and not frame.moving and frame.still_for is None


def test_a_rest_goes_back_to_the_start_pose_and_the_next_rep_moves_in_again(stand_up):
    [rest] = phases_of(STAND_UP, PhaseKind.REST)
    assert stand_up.frame(rest, 0.0).t == 1.0
    assert stand_up.frame(rest, 0.75).moving
    assert stand_up.frame(rest, 0.75).t == pytest.approx(0.5)
    assert stand_up.frame(rest, 2.0).t == 0.0 and not stand_up.frame(rest, 2.0).moving
    rep2 = phases_of(STAND_UP, PhaseKind.HOLD, step=0, rep=2)[0]
    assert stand_up.frame(rep2, 0.0).t == 0.0
    assert stand_up.frame(rep2, 0.75).t == pytest.approx(0.5)
    assert stand_up.frame(rep2, 1.6).t == 1.0 and not stand_up.frame(rep2, 1.6).moving


def test_reps_without_a_rest_between_them_stay_in_the_end_pose():
    rep2 = phases_of(STAND_UP, PhaseKind.HOLD, step=0, rep=2)[0]
    # The same phase, told it follows a hold directly.
    assert motion.frame(rep2, 0.0, PhaseKind.HOLD).t == 1.0


def test_the_left_side_is_the_mirror_image_and_switching_flips_over():
    long = ROUTINES["long-break"]
    plan = Plan(expand(long))
    right = phases_of(long, PhaseKind.HOLD, step=0, side="right")[0]
    left = phases_of(long, PhaseKind.HOLD, step=0, side="left")[0]
    assert not plan.frame(right, 1.0).mirrored
    assert plan.frame(left, 1.0).mirrored
    [switch] = phases_of(long, PhaseKind.SWITCH, step=0)
    start = plan.frame(switch, 0.0)
    assert (start.t, start.mirrored, start.width) == (1.0, False, 1.0)
    back = plan.frame(switch, motion.BACK_S)
    assert back.t == pytest.approx(0.0) and not back.mirrored
    # Halfway through the flip the figure is edge-on; after it, it is the other side.
    edge_on = plan.frame(switch, motion.BACK_S + motion.FLIP_S / 2)
    assert edge_on.width == pytest.approx(motion.MIN_WIDTH, abs=0.02) and edge_on.moving
    turning = plan.frame(switch, motion.BACK_S + motion.FLIP_S * 0.75)
    assert turning.mirrored and 0.1 < turning.width < 1.0
    end = plan.frame(switch, switch.seconds - 0.01)
    assert (end.t, end.mirrored, end.width, end.moving) == (1.0, True, 1.0, False)
    # The hold on the new side starts where the switch left off.
    assert plan.frame(left, 0.0).t == 1.0


def test_reduce_motion_shows_only_the_end_pose():
    plan = Plan(expand(ROUTINES["long-break"]), reduce_motion=True)
    for phase in expand(ROUTINES["long-break"]):
        for elapsed in (0.0, 0.5, 1.0, phase.seconds / 2):
            frame = plan.frame(phase, elapsed)
            assert frame.t == 1.0 and frame.width == 1.0
            assert not frame.moving and frame.still_for is None
            assert frame.mirrored == (phase.side == "left")


@pytest.mark.parametrize("routine", list(ROUTINES.values()), ids=lambda r: r.id)
def test_every_phase_ends_still_so_a_countdown_never_runs_a_frame_timer(routine):
    plan = Plan(expand(routine))
    for phase in expand(routine):
        end = plan.frame(phase, phase.seconds - 0.05)
        assert not end.moving and end.still_for is None, phase
        # and the moving part of every phase is short
        moving = [e / 10 for e in range(phase.seconds * 10) if plan.frame(phase, e / 10).moving]
        assert len(moving) / 10 <= motion.MOVE_S + motion.BACK_S + motion.FLIP_S, phase
