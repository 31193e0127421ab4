from deskstretch.core.library import EXERCISES, ROUTINES, STAND_UP
from deskstretch.core.routines import Exercise, PhaseKind, Position, Routine, Step, expand


def test_the_stand_up_break_lasts_sixty_seconds_standing():
    assert STAND_UP.seconds == 60
    assert all(step.exercise.position is Position.STANDING for step in STAND_UP.steps)


def test_every_built_in_routine_is_about_a_minute_and_uses_known_exercises():
    for routine in ROUTINES.values():
        assert 50 <= routine.seconds <= 75, routine.id
        for step in routine.steps:
            assert EXERCISES[step.exercise.id] is step.exercise
            assert 2 <= len(step.exercise.steps) <= 4


def test_phases_are_back_to_back():
    for routine in ROUTINES.values():
        phases = expand(routine)
        assert phases[0].start == 0
        for a, b in zip(phases, phases[1:]):
            assert a.end == b.start


def test_reps_get_rests_between_them_and_not_after_the_last():
    phases = [p for p in expand(STAND_UP) if p.step == 0]
    assert [(p.kind, p.rep) for p in phases] == [
        (PhaseKind.READY, 1), (PhaseKind.HOLD, 1), (PhaseKind.REST, 2), (PhaseKind.HOLD, 2),
    ]
    assert phases[0].hint  # the opening tells the user to stand up


def test_one_sided_exercise_does_each_rep_on_the_right_then_switches():
    ex = Exercise("x", "X", Position.SEATED, ("Do it.", "Gently."), per_side=True)
    phases = expand(Routine("r", "R", "r", (Step(ex, hold_s=5, reps=2, rest_s=2),)))
    assert [(p.kind.value, p.side, p.rep) for p in phases] == [
        ("ready", "right", 1), ("hold", "right", 1), ("rest", "right", 2), ("hold", "right", 2),
        ("switch", "left", 1), ("hold", "left", 1), ("rest", "left", 2), ("hold", "left", 2),
    ]
