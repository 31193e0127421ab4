from deskstretch.core.library import EXERCISES, LONG_BREAK, ROUTINES, SEATED, STAND_UP
from deskstretch.core.routines import Exercise, PhaseKind, Position, Routine, Step, expand

# The stretch window shows each instruction on one line of its 440 px width, and has room for
# four lines: a step's get-ready hint and the exercise's steps.
MAX_LINE = 50
MAX_LINES = 4


def test_the_stand_up_break_lasts_sixty_seconds_standing():
    assert STAND_UP.seconds == 60
    assert all(step.exercise.position is Position.STANDING for step in STAND_UP.steps)


def test_the_short_breaks_are_about_a_minute():
    for routine in (STAND_UP, SEATED):
        assert 50 <= routine.seconds <= 75, routine.id


def test_every_built_in_routine_uses_known_exercises():
    for routine in ROUTINES.values():
        for step in routine.steps:
            assert EXERCISES[step.exercise.id] is step.exercise


def test_every_exercise_has_two_to_four_short_steps_and_a_purpose():
    for exercise in EXERCISES.values():
        assert 2 <= len(exercise.steps) <= 4, exercise.id
        for line in exercise.steps:
            assert len(line) <= MAX_LINE, (exercise.id, line)
            assert line == line.strip() and "\n" not in line, (exercise.id, line)
            # hold and rep numbers are the window's job, not the text's
            assert not any(ch.isdigit() for ch in line), (exercise.id, line)
        assert exercise.purpose, exercise.id
        assert exercise.kind in ("hold", "move"), exercise.id


def test_every_get_ready_screen_fits_the_window():
    for routine in ROUTINES.values():
        for step in routine.steps:
            assert len(step.ready_hint) <= MAX_LINE, (routine.id, step.ready_hint)
            lines = len(step.exercise.steps) + (1 if step.ready_hint else 0)
            assert lines <= MAX_LINES, (routine.id, step.exercise.id)


def test_the_long_break_lasts_about_five_minutes():
    assert "long-break" in ROUTINES
    assert 270 <= LONG_BREAK.seconds <= 330


def test_the_long_break_is_office_safe_standing_or_seated_only():
    positions = [step.exercise.position for step in LONG_BREAK.steps]
    assert Position.FLOOR not in positions
    assert set(positions) <= {Position.STANDING, Position.SEATED}


def test_the_long_break_follows_the_sources_dosage():
    for step in LONG_BREAK.steps:
        if step.exercise.kind == "hold":
            assert 2 <= step.reps <= 5, step.exercise.id  # repeat a stretch 2-5 times
            assert 10 <= step.hold_s <= 30, step.exercise.id  # seconds, not minutes
        assert step.rest_s < step.hold_s, step.exercise.id


def test_the_long_break_starts_at_the_neck_and_ends_with_a_walk():
    assert LONG_BREAK.steps[0].exercise.id == "neck_stretch"
    assert LONG_BREAK.steps[-1].exercise.id == "walking_break"


def test_the_long_break_stretches_one_side_at_a_time():
    one_sided = [step for step in LONG_BREAK.steps if step.exercise.per_side]
    assert len(one_sided) >= 2
    for step in one_sided:
        index = LONG_BREAK.steps.index(step)
        sides = [p.side for p in expand(LONG_BREAK)
                 if p.step == index and p.kind is PhaseKind.HOLD]
        assert sides == ["right"] * step.reps + ["left"] * step.reps


def test_the_long_break_stands_up_once():
    # It starts in the chair and, once standing, does not sit down again. Shoulder rolls and
    # walking work either way, so only the stretches that need a position count.
    needs = [step.exercise.position for step in LONG_BREAK.steps
             if step.exercise.kind == "hold"]
    first_standing = needs.index(Position.STANDING)
    assert Position.SEATED in needs[:first_standing]
    assert Position.SEATED not in needs[first_standing:]


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
