import re

from deskstretch.core import library
from deskstretch.core.library import (
    EXERCISES, LONG_BREAK, LOWER_BACK, ROUTINES, SEATED, STAND_UP, for_reminder,
)
from deskstretch.core.program import STAGES
from deskstretch.core.routines import (
    Equipment, Exercise, PhaseKind, Position, Routine, Step, expand,
)

# The stretch window shows each instruction on one line of its 440 px width, and has room for
# four lines: a step's get-ready hint and the exercise's steps.
MAX_LINE = 50
MAX_LINES = 4


OFFICE = ("stand-up", "seated", "long-break")
# Catalogue rows 1-16 minus the undefined leg raise, the log roll and the good-morning, plus the
# standard exercises the sources only name.
FROM_THE_SOURCES = {
    "knee_to_chest", "lying_knee_twist", "lower_trunk_rotation", "partial_curl", "glute_bridge",
    "lumbar_flexion_rotation_stretch", "prone_back_extension", "kneeling_forearm_plank",
    "quadruped_hip_extension", "kneeling_hip_flexor_stretch", "seated_lower_trunk_rotation",
    "standing_overhead_reach", "walking_break",
    "pelvic_tilt", "cat_stretch", "superman", "lying_lateral_leg_lift",
    "seated_lower_back_rotation", "shoulder_roll", "neck_stretch", "hamstring_stretch",
}


def test_the_library_has_every_exercise_the_sources_give_and_leaves_out_the_others():
    assert FROM_THE_SOURCES <= set(EXERCISES)
    for left_out in ("lying_static_leg_raise", "log_roll_bed_exit", "good_morning", "hip_twist"):
        assert left_out not in EXERCISES


def test_every_exercise_says_where_and_with_what_and_how_much():
    for exercise in EXERCISES.values():
        assert isinstance(exercise.position, Position), exercise.id
        assert isinstance(exercise.equipment, Equipment), exercise.id
        assert 1 <= exercise.hold_s <= 60 and 1 <= exercise.reps <= 10, exercise.id
        assert 0 <= exercise.rest_s <= 30, exercise.id
        assert exercise.illustration == exercise.id
        if exercise.position is Position.FLOOR:
            assert exercise.equipment is Equipment.MAT, exercise.id
        # cautions are plain single lines, short enough for the window
        assert len(exercise.caution) <= 60 and "\n" not in exercise.caution, exercise.id


def test_holds_are_seconds_not_minutes_and_the_plank_is_not_ten_holds():
    # one source's "10 to 20 minutes" per stretch is read as seconds
    assert max(e.hold_s for e in EXERCISES.values()) <= 30
    plank = EXERCISES["kneeling_forearm_plank"]
    assert plank.hold_s == 30 and plank.reps <= 3
    # the two trunk-rotation sources overlap only at 5 s
    assert EXERCISES["lower_trunk_rotation"].hold_s == 5


def test_where_sources_disagree_the_choice_is_written_down():
    for exercise_id in ("knee_to_chest", "lower_trunk_rotation", "glute_bridge",
                        "kneeling_forearm_plank", "kneeling_hip_flexor_stretch", "cat_stretch",
                        "seated_lower_trunk_rotation", "partial_curl"):
        assert EXERCISES[exercise_id].source, exercise_id


def test_the_legs_lifted_seated_rotation_warns_about_the_chair_and_stays_out_of_the_office():
    swing = EXERCISES["seated_lower_trunk_rotation"]
    assert "roll or spin" in swing.caution
    for routine_id in OFFICE:
        assert swing not in ROUTINES[routine_id].exercises


def test_the_stand_up_break_lasts_sixty_seconds_standing():
    assert abs(STAND_UP.seconds - 60) <= 5
    assert STAND_UP.seconds == 60
    assert all(step.exercise.position is Position.STANDING for step in STAND_UP.steps)


def test_the_short_breaks_last_sixty_seconds_give_or_take_five():
    for routine in (STAND_UP, SEATED):
        assert abs(routine.seconds - 60) <= 5, (routine.id, routine.seconds)
        assert routine.summary.startswith("60-second")
    assert all(step.exercise.position is not Position.FLOOR for step in SEATED.steps)


def test_every_built_in_routine_uses_known_exercises():
    for routine in ROUTINES.values():
        for step in routine.steps:
            assert EXERCISES[step.exercise.id] is step.exercise


def test_the_stand_up_break_is_the_default_and_office_routines_never_touch_the_floor():
    from deskstretch.core.settings import BY_KEY

    assert BY_KEY["routine"].default == "stand-up"
    assert BY_KEY["long_routine"].default == "long-break"
    for routine_id in OFFICE:
        routine = ROUTINES[routine_id]
        assert not routine.uses_floor, routine_id
        assert all(e.position is not Position.FLOOR for e in routine.exercises)
    assert all(ROUTINES[r].uses_floor for r in ("lower-back", *STAGES))


def test_the_home_routines_last_about_five_minutes():
    for routine_id in ("lower-back", *STAGES):
        assert 270 <= ROUTINES[routine_id].seconds <= 330, routine_id


def test_the_lower_back_routine_is_three_stretches_and_one_strengthening_move():
    ids = [step.exercise.id for step in LOWER_BACK.steps]
    assert ids == ["knee_to_chest", "lower_trunk_rotation", "glute_bridge",
                   "kneeling_hip_flexor_stretch"]


def test_the_program_stages_are_routines_align_gently_and_stabilize_strengthens():
    for stage in STAGES:
        assert stage in ROUTINES
    align = {e.id for e in ROUTINES["align"].exercises}
    stabilize = {e.id for e in ROUTINES["stabilize"].exercises}
    maintain = {e.id for e in ROUTINES["maintain"].exercises}
    assert "knee_to_chest" in align and "kneeling_forearm_plank" not in align
    assert {"glute_bridge", "kneeling_forearm_plank"} <= stabilize
    assert not align & stabilize
    # maintain mixes the two, and walks
    assert maintain & align and maintain & stabilize and "walking_break" in maintain


def test_a_reminder_in_office_mode_falls_back_to_the_office_routine_of_its_kind():
    assert for_reminder(ROUTINES, "lower-back", long=True, office_mode=True) is LONG_BREAK
    assert for_reminder(ROUTINES, "align", long=False, office_mode=True) is STAND_UP
    assert for_reminder(ROUTINES, "lower-back", long=True, office_mode=False) is LOWER_BACK
    assert for_reminder(ROUTINES, "seated", long=False, office_mode=True) is SEATED
    # a routine that is gone (a deleted file) falls back too
    assert for_reminder(ROUTINES, "morning", long=False, office_mode=False) is STAND_UP
    assert set(library.OFFICE_FALLBACK.values()) <= set(OFFICE)


def test_routine_ids_are_what_a_command_line_takes():
    for routine_id in ROUTINES:
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", routine_id)


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


def test_expansion_gives_the_exact_timeline_and_total():
    ex = Exercise("x", "X", Position.FLOOR, ("Do it.", "Gently."), per_side=True)
    other = Exercise("y", "Y", Position.STANDING, ("Walk.", "Swing."), kind="move")
    routine = Routine("r", "R", "r", (Step(ex, hold_s=20, reps=3, rest_s=5, ready_s=4),
                                      Step(other, hold_s=30)))
    timeline = [(p.kind.value, p.start, p.seconds, p.side, p.rep) for p in expand(routine)]
    assert timeline == [
        ("ready", 0, 4, "right", 1),
        ("hold", 4, 20, "right", 1), ("rest", 24, 5, "right", 2), ("hold", 29, 20, "right", 2),
        ("rest", 49, 5, "right", 3), ("hold", 54, 20, "right", 3),
        ("switch", 74, 3, "left", 1),
        ("hold", 77, 20, "left", 1), ("rest", 97, 5, "left", 2), ("hold", 102, 20, "left", 2),
        ("rest", 122, 5, "left", 3), ("hold", 127, 20, "left", 3),
        ("ready", 147, 3, None, 1), ("hold", 150, 30, None, 1),
    ]
    # ready + 2 sides x (3 holds + 2 rests) + switch, then ready + hold
    assert routine.seconds == 4 + 2 * (3 * 20 + 2 * 5) + 3 + 3 + 30 == 180


def test_a_step_takes_the_exercises_usual_dose_unless_told_otherwise():
    plank = EXERCISES["kneeling_forearm_plank"]
    assert Step.dose(plank) == Step(plank, hold_s=30, reps=2, rest_s=30)
    assert Step.dose(plank, reps=1).reps == 1


def test_one_sided_exercise_does_each_rep_on_the_right_then_switches():
    ex = Exercise("x", "X", Position.SEATED, ("Do it.", "Gently."), per_side=True)
    phases = expand(Routine("r", "R", "r", (Step(ex, hold_s=5, reps=2, rest_s=2),)))
    assert [(p.kind.value, p.side, p.rep) for p in phases] == [
        ("ready", "right", 1), ("hold", "right", 1), ("rest", "right", 2), ("hold", "right", 2),
        ("switch", "left", 1), ("hold", "left", 1), ("rest", "left", 2), ("hold", "left", 2),
    ]
