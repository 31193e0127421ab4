import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

import pytest

from deskstretch.core import settings as decl
from deskstretch.storage import config


@pytest.fixture
def path(tmp_path):
    return tmp_path / "cfg" / "config.toml"


def test_missing_file_gives_defaults_without_complaint(path, start):
    loaded = config.load(path, start)
    assert loaded.settings == decl.Settings() and not loaded.problems


def test_saved_settings_load_back_and_the_file_is_private(path, start):
    settings = decl.Settings().with_value("interval_minutes", 45).with_value("routine", "seated")
    config.save(path, settings)
    assert config.load(path, start).settings == settings
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    doc = tomllib.loads(path.read_text())
    assert doc["version"] == decl.SCHEMA_VERSION
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


def test_bad_value_names_file_and_key_keeps_the_rest_and_the_original(path, start):
    path.parent.mkdir()
    original = b'version = 1\ninterval_minutes = 999\nroutine = "seated"\n'
    path.write_bytes(original)
    loaded = config.load(path, start)
    assert loaded.settings["routine"] == "seated"
    assert loaded.settings["interval_minutes"] == 30
    [problem] = loaded.problems
    assert str(path) in problem and "interval_minutes" in problem and "from 5 to 180" in problem
    assert loaded.kept_copy.read_bytes() == original
    assert "20260302-0900" in loaded.kept_copy.name


@pytest.mark.parametrize("content", [b"interval_minutes = = 3", b"\xff\xfe\x00binary", b"[[[["])
def test_unparseable_file_is_kept_byte_for_byte_and_defaults_are_used(path, start, content):
    path.parent.mkdir()
    path.write_bytes(content)
    loaded = config.load(path, start)
    assert loaded.settings == decl.Settings()
    assert str(path) in loaded.problems[0]
    assert loaded.kept_copy.read_bytes() == content
    assert path.read_bytes() == content  # untouched until the user saves


def test_a_folder_where_the_file_should_be_is_reported(path, start):
    path.mkdir(parents=True)
    loaded = config.load(path, start)
    assert "is a folder" in loaded.problems[0] and loaded.settings == decl.Settings()


def test_unknown_keys_survive_a_save(path, start):
    path.parent.mkdir()
    path.write_text('version = 1\nfuture = "yes"\n[later]\nx = [1, 2]\n')
    loaded = config.load(path, start)
    config.save(path, loaded.settings.with_value("interval_minutes", 20))
    doc = tomllib.loads(path.read_text())
    assert doc["future"] == "yes" and doc["later"] == {"x": [1, 2]}
    assert doc["interval_minutes"] == 20


SAVE_SIXTY = """
import sys
from pathlib import Path
from deskstretch.core import settings as decl
from deskstretch.storage import config
try:
    config.save(Path(sys.argv[1]), decl.Settings().with_value("interval_minutes", 60))
except OSError as e:
    print(e)
    sys.exit(3)
"""


def _save_into_read_only_folder(path) -> subprocess.CompletedProcess:
    """Save from a child process that cannot write to ``path``'s folder.

    Permissions do not stop root, so as root the folder is bind-mounted read-only in a private
    mount namespace (as a read-only file system would be); otherwise it is made read-only.
    """
    argv = [sys.executable, "-c", SAVE_SIXTY, str(path)]
    if os.geteuid() == 0:
        folder = str(path.parent)
        argv = ["unshare", "--mount", "sh", "-c",
                'mount --bind -o ro "$0" "$0" && exec "$@"', folder, *argv]
        return subprocess.run(argv, capture_output=True, text=True, timeout=60)
    path.parent.chmod(0o500)
    try:
        return subprocess.run(argv, capture_output=True, text=True, timeout=60)
    finally:
        path.parent.chmod(0o700)


def test_unwritable_folder_raises_and_leaves_the_old_file(path, start):
    config.save(path, decl.Settings())
    before = path.read_bytes()
    result = _save_into_read_only_folder(path)
    assert result.returncode == 3, result.stderr
    assert "Read-only file system" in result.stdout or "Permission denied" in result.stdout
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir()] == ["config.toml"]


def test_a_hand_written_version_1_file_is_migrated_and_saved_as_version_2(path, start):
    original = (Path(__file__).parents[1] / "data" / "config-v1.toml").read_bytes()
    path.parent.mkdir()
    path.write_bytes(original)
    loaded = config.load(path, start)
    assert loaded.problems == [] and loaded.kept_copy is None
    s = loaded.settings
    assert (s["interval_minutes"], s["routine"], s["long_break_every"], s["warning_seconds"],
            s["snooze_minutes"], s["max_snoozes"], s["busy_postpone_minutes"]) == (
        45, "seated", 0, 60, 10, 3, 15)
    assert s["working_hours"] == "Mon-Thu 08:00-16:00" and s["morning_time"] == "07:00"
    config.save(path, s)
    doc = tomllib.loads(path.read_text())
    assert doc["version"] == 2 and doc["morning_time"] == "07:00" and "morning_hour" not in doc
    assert doc["my_notes"] == {"desk": "by the window"}
    assert config.load(path, start).settings == s


def _load_without_permission(path, start) -> config.Loaded:
    """Load ``path`` as a user who may not read it.

    Root reads any file, so as root a forked child drops to ``nobody`` first; the file sits in
    a folder that anyone may enter, so what stops the read is the file's own permissions.
    """
    path.chmod(0o600)
    if os.geteuid() != 0:
        path.chmod(0o000)
        try:
            return config.load(path, start)
        finally:
            path.chmod(0o600)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: no pytest, no Qt, only the load
        try:
            os.setgid(65534)
            os.setuid(65534)
            loaded = config.load(path, start)
            os.write(write, json.dumps([loaded.problems, loaded.settings.values]).encode())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        problems, values = json.loads(pipe.read() or b"[[], {}]")
    os.waitpid(pid, 0)
    return config.Loaded(decl.Settings(values), problems)


def test_a_file_that_cannot_be_read_is_reported_and_left_alone(start):
    folder = Path(tempfile.mkdtemp(prefix="deskstretch-"))
    try:
        folder.chmod(0o711)
        path = folder / "config.toml"
        path.write_bytes(b"version = 2\ninterval_minutes = 45\n")
        loaded = _load_without_permission(path, start)
        assert loaded.problems == [
            f"{path} cannot be read (Permission denied); using the defaults."]
        assert loaded.settings.values == decl.defaults()
        assert path.read_bytes() == b"version = 2\ninterval_minutes = 45\n"
        assert sorted(p.name for p in folder.iterdir()) == ["config.toml"]
    finally:
        shutil.rmtree(folder)


@pytest.mark.parametrize("content", [b"", b"\n\n# nothing but a comment\n"])
def test_an_empty_file_gives_the_defaults_and_is_left_alone(path, start, content):
    path.parent.mkdir()
    path.write_bytes(content)
    loaded = config.load(path, start)
    assert loaded.settings == decl.Settings() and loaded.problems == []
    assert path.read_bytes() == content
