"""The back program: Align, Stabilize, Maintain, moved along by completed sessions."""

import pytest

from deskstretch.core.library import ROUTINES
from deskstretch.core.program import SESSIONS_PER_STAGE, STAGES, Progress


def test_it_starts_at_align_with_the_align_routine():
    progress = Progress()
    assert progress.stage == "align" and progress.sessions == 0
    assert progress.routine(ROUTINES) is ROUTINES["align"]
    assert progress.describe() == f"Align, 0 of {SESSIONS_PER_STAGE} done"


def test_a_fake_run_of_completions_moves_through_the_stages():
    progress = Progress()
    seen = []
    # the user does other routines in between; only the current stage's routine counts
    done = (["align"] * 3 + ["stand-up", "stabilize", "long-break"] + ["align"] * 3
            + ["align"] + ["stabilize"] * SESSIONS_PER_STAGE + ["maintain"] * 4)
    for routine_id in done:
        progress = progress.completed(routine_id)
        seen.append((progress.stage, progress.sessions))
    assert seen[:6] == [("align", 1), ("align", 2), ("align", 3)] + [("align", 3)] * 3
    assert seen[8] == ("stabilize", 0)  # the sixth Align session moves on
    assert seen[9] == ("stabilize", 0)  # Align no longer counts
    assert seen[9 + SESSIONS_PER_STAGE] == ("maintain", 0)
    # Maintain has no end: it keeps counting
    assert seen[-1] == ("maintain", 4)
    assert progress.describe() == "Maintain, 4 done"
    assert progress.routine(ROUTINES) is ROUTINES["maintain"]


def test_each_stage_is_a_routine():
    for stage in STAGES:
        assert Progress(stage).routine(ROUTINES).id == stage


def test_progress_goes_to_a_small_dict_and_back():
    progress = Progress("stabilize", 4)
    assert progress.to_dict() == {"stage": "stabilize", "sessions": 4}
    assert Progress.from_dict(progress.to_dict()) == (progress, None)


@pytest.mark.parametrize("data, reason", [
    ([1, 2], "it does not hold a stage and a number of sessions"),
    ({"stage": "sprint", "sessions": 1},
     "stage 'sprint' is not one of \"align\", \"stabilize\", \"maintain\""),
    ({"stage": "align", "sessions": -1}, "sessions -1 is not a whole number of 0 or more"),
    ({"stage": "align", "sessions": True}, "sessions True is not a whole number of 0 or more"),
    ({"stage": "align"}, "sessions None is not a whole number of 0 or more"),
])
def test_bad_saved_progress_starts_over_and_says_why(data, reason):
    assert Progress.from_dict(data) == (Progress(), reason)


def test_a_count_beyond_the_stage_is_held_just_below_moving_on():
    progress, reason = Progress.from_dict({"stage": "align", "sessions": 99})
    assert reason is None and progress == Progress("align", SESSIONS_PER_STAGE - 1)
    assert progress.completed("align").stage == "stabilize"
