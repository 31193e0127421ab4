"""Loading the user's own routine files: good ones load, every broken one is named with the
line, the key and what is allowed, none stops the others, and none is ever changed."""

import shutil
from pathlib import Path

from deskstretch.core.library import EXERCISES, ROUTINES
from deskstretch.storage import routines

CORPUS = Path(__file__).resolve().parents[1] / "data" / "routines"
KNOWN = ", ".join(sorted(EXERCISES))

# One message per broken file in tests/data/routines/, exactly as the user is told.
EXPECTED = {
    "Bad Name.toml": "routines/Bad Name.toml: the file name is the routine's id, so it must be "
                     "lowercase letters, digits and dashes, e.g. morning-stretch.toml",
    "bad-position.toml": 'routines/bad-position.toml, line 6: exercises[1].position: "lying" is '
                         'not one of "standing", "seated", "floor"',
    "empty.toml": "routines/empty.toml: the file is empty; a routine needs a name and at least "
                  "one [[steps]]",
    "exercise-without-steps.toml": "routines/exercise-without-steps.toml, line 3: "
                                   "exercises[1].steps: missing; give 1 to 4 short lines of "
                                   "instructions",
    "garbage.toml": "routines/garbage.toml: not a text file; a routine file is TOML text in UTF-8",
    "hold-too-long.toml": "routines/hold-too-long.toml, line 5: steps[1].hold_seconds: 900 is "
                          "above the maximum; use a whole number from 1 to 300 seconds",
    "missing-name.toml": 'routines/missing-name.toml: name: missing; give the routine a name, '
                         'e.g. name = "Morning stretch"',
    "negative-hold.toml": "routines/negative-hold.toml, line 5: steps[1].hold_seconds: -5 is "
                          "below the minimum; use a whole number from 1 to 300 seconds",
    "not-toml.toml": "routines/not-toml.toml, line 5, column 14: not valid TOML: expected '=' "
                     "after a key in a key/value pair",
    "program.toml": 'routines/program.toml: "program" is the name of the back program; rename '
                    "the file",
    "stand-up.toml": 'routines/stand-up.toml: "stand-up" is already the id of a built-in '
                     "routine; rename the file",
    "steps-not-tables.toml": "routines/steps-not-tables.toml, line 2: steps: must be a list of "
                             "step tables, each starting with [[steps]]",
    "too-long.toml": "routines/too-long.toml, line 3: steps: the routine lasts 36 min 5 s; at "
                     "most 30 min is allowed",
    "unknown-exercise.toml": 'routines/unknown-exercise.toml, line 8: steps[2].exercise: '
                             f'"knee_hug" is not a known exercise; known: {KNOWN}',
    "unknown-key.toml": "routines/unknown-key.toml, line 5: steps[1].hold: unknown key; "
                        "allowed: exercise, hold_seconds, reps, rest_seconds",
    "wrong-types.toml": 'routines/wrong-types.toml, line 5: steps[1].reps: "three" is not a whole '
                        "number; use a whole number from 1 to 20\n"
                        "routines/wrong-types.toml, line 6: steps[1].rest_seconds: 2.5 is not a "
                        "whole number; use a whole number from 0 to 120 seconds",
    "zero-reps.toml": "routines/zero-reps.toml, line 5: steps[1].reps: 0 is below the minimum; "
                      "use a whole number from 1 to 20",
}

GOOD = '''# Before lunch
name = "Before lunch"

[[exercises]]
id = "wall_push"
name = "Wall push"
position = "standing"
equipment = "wall"
steps = ["Stand an arm's length from a wall.", "Put both hands flat on the wall.",
         "Bend your elbows and lean in slowly."]
purpose = "Stretches the chest and wakes up the arms."
hold_seconds = 15

[[steps]]
exercise = "standing_overhead_reach"

[[steps]]
exercise = "wall_push"
reps = 2
rest_seconds = 5

[[steps]]
exercise = "neck_stretch"
hold_seconds = 12
'''


def config_with(tmp_path, files: dict[str, bytes]) -> Path:
    config = tmp_path / "config"
    folder = routines.folder(config)
    folder.mkdir(parents=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return config


def test_the_corpus_has_a_case_for_every_message():
    assert {p.name for p in CORPUS.iterdir()} == set(EXPECTED)
    assert len(EXPECTED) >= 10


def test_each_broken_file_gets_its_exact_message(tmp_path):
    for name, message in EXPECTED.items():
        config = config_with(tmp_path / name.replace(" ", "_"),
                             {name: (CORPUS / name).read_bytes()})
        loaded = routines.load(config)
        assert loaded.routines == {}, name
        assert "\n".join(loaded.problems) == message, name


def test_broken_files_never_stop_the_good_ones_and_are_never_changed(tmp_path):
    config = tmp_path / "config"
    shutil.copytree(CORPUS, routines.folder(config))
    (routines.folder(config) / "before-lunch.toml").write_text(GOOD)
    before = {p.name: p.read_bytes() for p in routines.folder(config).iterdir()}

    loaded = routines.load(config)

    assert list(loaded.routines) == ["before-lunch"]
    # every broken file is reported, in file-name order, and nothing else
    assert loaded.problems == "\n".join(EXPECTED[n] for n in sorted(EXPECTED)).split("\n")
    after = {p.name: p.read_bytes() for p in routines.folder(config).iterdir()}
    assert after == before


def test_a_good_file_gives_the_routine_it_describes(tmp_path):
    loaded = routines.load(config_with(tmp_path, {"before-lunch.toml": GOOD.encode()}))
    assert loaded.problems == []
    routine = loaded.routines["before-lunch"]
    assert routine.name == "Before lunch"
    reach, push, neck = routine.steps
    # a built-in exercise at its usual dose, one of the file's own, and one with a new hold
    assert reach.exercise is EXERCISES["standing_overhead_reach"]
    assert (reach.hold_s, reach.reps, reach.rest_s) == (10, 2, 4)
    assert push.exercise.name == "Wall push" and push.exercise.equipment.value == "wall"
    assert (push.hold_s, push.reps, push.rest_s) == (15, 2, 5)
    assert push.exercise.illustration == "generic_standing"
    assert (neck.hold_s, neck.reps) == (12, 2) and neck.exercise.per_side
    # the expanded timeline is exactly what the file asks for: get ready, holds and rests,
    # and for the neck both sides with a switch between
    reach_s = 5 + 10 + 4 + 10
    push_s = 3 + 15 + 5 + 15
    neck_s = 3 + (12 + 3 + 12) + 3 + (12 + 3 + 12)
    assert routine.seconds == reach_s + push_s + neck_s == 127


def test_no_folder_means_no_routines_and_no_problems(tmp_path):
    assert routines.load(tmp_path / "nowhere") == routines.Loaded()


def test_a_file_where_the_folder_should_be_is_reported(tmp_path):
    (tmp_path / "routines").write_text("not a folder")
    loaded = routines.load(tmp_path)
    assert loaded.routines == {}
    assert loaded.problems == [f"{tmp_path / 'routines'} is a file, not a folder; no routines "
                               "of your own were read"]


def test_other_files_in_the_folder_are_left_alone(tmp_path):
    config = config_with(tmp_path, {"notes.txt": b"\xff\xfe", "morning.toml.bak": b"junk",
                                    "morning.toml": GOOD.encode()})
    (routines.folder(config) / "old.toml").mkdir()
    loaded = routines.load(config)
    assert list(loaded.routines) == ["morning"] and loaded.problems == []


def test_a_byte_order_mark_is_fine(tmp_path):
    loaded = routines.load(config_with(tmp_path, {"bom.toml": b"\xef\xbb\xbf" + GOOD.encode()}))
    assert list(loaded.routines) == ["bom"]


def test_a_huge_file_is_not_read(tmp_path):
    loaded = routines.load(config_with(tmp_path, {"huge.toml": b"#" * (routines.MAX_BYTES + 1)}))
    assert loaded.problems == ["routines/huge.toml: is 64 KiB; a routine file is at most 64 KiB"]


def test_built_in_routines_are_untouched_by_the_users_files(tmp_path):
    routines.load(config_with(tmp_path, {"morning.toml": GOOD.encode()}))
    assert "morning" not in ROUTINES


README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_example_is_a_routine_that_loads(tmp_path):
    text = README.read_text()
    example = text.split("```toml\n", 1)[1].split("```", 1)[0]
    loaded = routines.load(config_with(tmp_path, {"before-lunch.toml": example.encode()}))
    assert loaded.problems == [] and loaded.routines["before-lunch"].name == "Before lunch"
    # and it lists every built-in exercise id
    for exercise_id in EXERCISES:
        assert f"`{exercise_id}`" in text, exercise_id


def test_the_readme_routines_table_gives_each_routines_length():
    lines = README.read_text().splitlines()
    for routine in ROUTINES.values():
        [row] = [line for line in lines if line.startswith(f"| {routine.name} (`{routine.id}`")]
        minutes, seconds = divmod(routine.seconds, 60)
        length = f"{routine.seconds} s" if routine.seconds <= 60 else (
            f"{minutes} min {seconds} s" if seconds else f"{minutes} min")
        assert row.endswith(f"| {length} |"), (routine.id, row)
