"""Saving never leaves a broken file: not when killed mid-write, not when the disk is full."""

import errno
import os
import random
import signal
import subprocess
import sys
import tomllib

import pytest

from deskstretch.core import settings as decl
from deskstretch.storage import config

WRITER = """
import sys
from pathlib import Path
from deskstretch.core import settings as decl
from deskstretch.storage import config
path = Path(sys.argv[1])
base = decl.Settings().with_value("working_hours", "Mon-Fri 09:00-12:30, 13:30-17:30")
print("ready", flush=True)
n = 0
while True:
    n += 1
    config.save(path, base.with_value("interval_minutes", 5 + n % 170))
    print(n, flush=True)
"""


def test_killed_at_random_moments_while_saving_the_file_always_loads(tmp_path, start):
    path = tmp_path / "config.toml"
    rng = random.Random(2026)
    for run in range(200):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline() == "ready\n"
        # Kill it right after a random number of finished saves: the writer goes straight
        # on to the next one, so the kill lands somewhere inside a save.
        for _ in range(rng.randint(1, 30)):
            proc.stdout.readline()
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        if not path.exists():
            continue
        loaded = config.load(path, start)
        assert loaded.problems == [], f"run {run}: {loaded.problems}"
        assert loaded.settings["working_hours"] == "Mon-Fri 09:00-12:30, 13:30-17:30"
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "config.toml"]
    # A kill between creating the temporary file and renaming it can leave one behind;
    # it never replaces the real file, which is what matters.
    assert all(name.startswith(".config.toml.") for name in leftovers)


FILL_AND_SAVE = """
import errno, sys
from pathlib import Path
from deskstretch.core import settings as decl
from deskstretch.storage import config
path = Path(sys.argv[1])
config.save(path, decl.Settings())
# Fill what is left of the small file system, then try to save a larger file.
with open(path.parent / "filler", "wb", buffering=0) as filler:
    try:
        while True:
            filler.write(b"x" * 512)
    except OSError as e:
        assert e.errno == errno.ENOSPC, e
try:
    config.save(path, decl.Settings().with_value("working_hours", "Mon-Fri 09:00-17:00; " * 40 + "Sat 10:00-11:00"))
except OSError as e:
    print("refused:", e.errno == errno.ENOSPC)
print(path.read_text())
print("files:", sorted(p.name for p in path.parent.iterdir()))
"""


def test_a_full_disk_leaves_the_existing_file_whole(tmp_path, monkeypatch):
    path = tmp_path / "config.toml"
    if os.geteuid() == 0:
        # A real full disk: a 64 KiB file system of its own, in a private mount namespace.
        argv = ["unshare", "--mount", "sh", "-c",
                'mount -t tmpfs -o size=64k tmpfs "$0" && exec "$@"', str(tmp_path),
                sys.executable, "-c", FILL_AND_SAVE, str(path)]
        out = subprocess.run(argv, capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, out.stderr
        assert "refused: True" in out.stdout
        kept = out.stdout.split("refused: True\n", 1)[1].rsplit("files:", 1)[0]
        assert tomllib.loads(kept)["interval_minutes"] == 30
        assert tomllib.loads(kept)["working_hours"] == ""
        assert "files: ['config.toml', 'filler']" in out.stdout
        return
    # Without root no file system can be mounted to fill; fsync reports ENOSPC the way a
    # full disk makes it.
    config.save(path, decl.Settings())
    before = path.read_bytes()

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError):
        config.save(path, decl.Settings().with_value("interval_minutes", 60))
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["config.toml"]
