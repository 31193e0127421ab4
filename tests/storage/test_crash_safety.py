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


HISTORY_WRITER = """
import os, random, signal, sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from deskstretch.core.history import Done, Record
from deskstretch.storage.history import History

path, runs, rng = Path(sys.argv[1]), int(sys.argv[2]), random.Random(int(sys.argv[3]))
T0 = datetime(2026, 3, 2, 9, tzinfo=timezone(timedelta(hours=1)))
EXERCISES = (Done("shoulder_roll", "Shoulder rolls", 10), Done("walking_break", "Walk around", 15))


class Clock:
    def now(self):
        return T0


def batch(n):
    # What one refresh of the app writes: a whole break with its exercises, or one event.
    at = T0 + timedelta(minutes=30 * n)
    if n % 3 == 2:
        return [Record("skipped", at, str(n))]
    return [Record("due", at, str(n)), Record("started", at, str(n), "stand-up"),
            Record("completed", at + timedelta(minutes=1), str(n), "stand-up", EXERCISES)]


def events_before(n):
    # Every three writes hold 3 + 3 + 1 events.
    return 7 * (n // 3) + (0, 3, 6)[n % 3]


def check(known=0):
    # Open the history and return how many writes it holds, checking that they are whole
    # and in order; the first `known` were checked before, so only the rest is read.
    h = History.open(path, Clock())
    assert h.problem == "", h.problem
    total = h.count()
    assert h._conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0] == total
    n = known
    while events_before(n) < total:
        n += 1
    assert events_before(n) == total, f"a write was cut in half: {total} events"
    new = h._read("WHERE id > ?", (events_before(known),))
    assert new == [r for i in range(known, n) for r in batch(i)], "not the writes in order"
    breaks = sum(1 for i in range(n) if i % 3 != 2)
    assert sum(t.taken for t in h.tallies().values()) == breaks
    assert {c.exercise: c.times for c in h.exercise_counts()} == (
        {"shoulder_roll": breaks, "walking_break": breaks} if breaks else {})
    h.close()
    return n


print("ready", flush=True)
before = check()
for run in range(runs):
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        h = History.open(path, Clock())
        n = before
        while True:
            h.add(batch(n))
            n += 1
            os.write(w, b".")
    os.close(w)
    # Mostly after a few acknowledged writes, so the kill lands inside the next one; now
    # and then at once, inside opening the database.
    wanted = rng.choice((0, 1, 1, 2, 3, 5, 8))
    got = 0
    while got < wanted:
        got += len(os.read(r, wanted - got))
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    os.close(r)
    after = check(before)
    assert after >= before + wanted, f"run {run}: acknowledged writes lost ({after} < {before + wanted})"
    print(run, after, flush=True)
    before = after
"""


def test_killed_at_random_moments_while_writing_the_history_it_always_opens_whole(tmp_path):
    # One writer process forks a child per run and kills it with SIGKILL while it writes;
    # after every kill the database must open without complaint and hold a whole prefix
    # of what was written, every acknowledged write included, with running totals that
    # agree with it.
    path = tmp_path / "history.sqlite3"
    runs = 300
    proc = subprocess.run([sys.executable, "-c", HISTORY_WRITER, str(path), str(runs), "2026"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == "ready" and len(lines) == runs + 1
    written = [int(line.split()[1]) for line in lines[1:]]
    assert written == sorted(written) and written[-1] > runs
