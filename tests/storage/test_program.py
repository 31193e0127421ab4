"""program.json: saved atomically, read back, and a bad one kept aside."""

from datetime import datetime

from deskstretch.core.program import Progress
from deskstretch.storage import program

NOW = datetime(2026, 3, 4, 10, 5, 6)


def test_progress_is_saved_and_read_back(tmp_path):
    file = program.path(tmp_path / "data")
    assert program.load(file, NOW) == (Progress(), None)  # nothing saved yet
    program.save(file, Progress("stabilize", 2))
    assert file.read_text() == '{"stage": "stabilize", "sessions": 2}\n'
    assert program.load(file, NOW) == (Progress("stabilize", 2), None)
    assert [p.name for p in file.parent.iterdir()] == ["program.json"]  # no temporary left


def test_a_broken_file_starts_over_says_why_and_is_kept(tmp_path):
    file = tmp_path / "program.json"
    file.write_bytes(b'{"stage": "sprint"')
    progress, problem = program.load(file, NOW)
    assert progress == Progress()
    assert problem == (f"{file} was not used: it is not JSON. The back program starts at Align. "
                       "The file was kept as program.json.20260304-100506.bad.")
    assert (tmp_path / "program.json.20260304-100506.bad").read_bytes() == b'{"stage": "sprint"'


def test_a_wrong_stage_is_named(tmp_path):
    file = tmp_path / "program.json"
    file.write_text('{"stage": "sprint", "sessions": 2}')
    _, problem = program.load(file, NOW)
    assert "stage 'sprint' is not one of" in problem
