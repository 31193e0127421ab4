"""The routine file format, read from text (no files): what each key does and how a problem
is worded. The broken-file corpus is in tests/storage/test_routines.py."""

from deskstretch.core import custom_routines
from deskstretch.core.library import EXERCISES, ROUTINES
from deskstretch.core.routines import Position


def parse(text, routine_id="mine"):
    return custom_routines.parse(routine_id, text, f"routines/{routine_id}.toml", EXERCISES,
                                 ROUTINES)


OWN = '''name = "Own"

[[exercises]]
id = "floor_rest"
name = "Floor rest"
position = "floor"
steps = ["Lie on your back.", "Breathe slowly."]
{extra}

[[steps]]
exercise = "floor_rest"
'''


def test_a_new_exercise_gets_the_neutral_figure_of_its_position_or_a_named_drawing():
    rest = parse(OWN.format(extra="")).routine.steps[0].exercise
    assert rest.position is Position.FLOOR and rest.illustration == "generic_floor"
    assert parse(OWN.format(extra="")).routine.uses_floor
    named = parse(OWN.format(extra='illustration = "glute_bridge"')).routine
    assert named.steps[0].exercise.illustration == "glute_bridge"


def test_a_new_exercise_takes_its_dose_and_side_from_the_file():
    extra = "per_side = true\nhold_seconds = 8\nreps = 3\nrest_seconds = 4\nkind = \"move\""
    step = parse(OWN.format(extra=extra)).routine.steps[0]
    assert step.exercise.per_side and step.exercise.kind == "move"
    assert (step.hold_s, step.reps, step.rest_s) == (8, 3, 4)


def test_a_broken_new_exercise_is_reported_once_not_again_where_it_is_used():
    parsed = parse(OWN.format(extra='per_side = "yes"'))
    assert parsed.routine is None
    assert parsed.problems == ('routines/mine.toml, line 8: exercises[1].per_side: "yes" is not '
                               "true or false",)


def test_a_new_exercise_may_not_take_a_built_in_id():
    parsed = parse(OWN.replace("floor_rest", "cat_stretch").format(extra=""))
    assert parsed.problems[0] == ('routines/mine.toml, line 4: exercises[1].id: "cat_stretch" is '
                                  "already an exercise; to use it, name it in [[steps]], or pick "
                                  "another id")


def test_a_step_line_too_long_for_the_window_is_refused():
    long_line = "Reach slowly across your body with your right hand."
    parsed = parse(OWN.replace('"Breathe slowly."', f'"{long_line}"').format(extra=""))
    assert parsed.problems == ("routines/mine.toml, line 7: exercises[1].steps[2]: is 51 "
                               "characters long; at most 50 fit",)


def test_inline_tables_work_too_and_problems_then_name_the_array_line():
    good = parse('name = "Inline"\nsteps = [{exercise = "neck_stretch", reps = 3}]\n')
    assert good.routine.steps[0].reps == 3
    bad = parse('name = "Inline"\nsteps = [{exercise = "neck_stretch", reps = 30}]\n')
    assert bad.problems == ("routines/mine.toml, line 2: steps[1].reps: 30 is above the maximum; "
                            "use a whole number from 1 to 20",)


def test_unknown_top_level_keys_are_named_with_what_is_allowed():
    parsed = parse('name = "X"\ncolour = "blue"\n[[steps]]\nexercise = "neck_stretch"\n')
    assert parsed.problems == ("routines/mine.toml, line 2: colour: unknown key; allowed: name, "
                               "steps, exercises",)
