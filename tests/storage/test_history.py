"""history.sqlite3 on a real SQLite file: round trips, totals, migrations, damage, no disk."""

import csv
import os
import sqlite3
import stat
from datetime import date, datetime, timedelta, timezone

import pytest

from deskstretch.core import history as core
from deskstretch.core.history import Done, Record
from deskstretch.storage import history as store
from deskstretch.storage.history import History
from tests.sample_history import simulate

UTC1 = timezone(timedelta(hours=1))
T = datetime(2026, 3, 2, 9, 0, tzinfo=UTC1)


class Clock:
    def __init__(self, now=T):
        self._now = now

    def now(self):
        return self._now


@pytest.fixture
def path(tmp_path):
    return tmp_path / "data" / "history.sqlite3"


def open_(path, clock=None):
    return History.open(path, clock or Clock())


def sample():
    return [
        Record("due", T, "short"),
        Record("started", T + timedelta(seconds=20), "short", "stand-up"),
        Record("completed", T + timedelta(seconds=80), "", "stand-up",
               (Done("standing_overhead_reach", "Overhead reach", 20),
                Done("shoulder_roll", "Shoulder rolls", 10))),
        core.comfort(T + timedelta(seconds=90), "after", 3, "stand-up"),
    ]


def test_records_round_trip_with_their_exercises_offsets_and_ratings(path):
    h = open_(path)
    assert h.available and h.problem == ""
    h.add(sample())
    h.close()
    again = open_(path)
    assert again.records() == sample()
    assert again.records()[2].at.utcoffset() == timedelta(hours=1)


def test_the_file_is_private_in_wal_mode_at_the_current_schema_version(path):
    h = open_(path)
    h.add(sample())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    wal = path.with_name("history.sqlite3-wal")
    assert wal.exists() and stat.S_IMODE(wal.stat().st_mode) == 0o600
    h.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert db.execute("PRAGMA user_version").fetchone() == (store.VERSION,)


def test_a_file_others_could_read_is_made_private(path):
    open_(path).close()
    path.chmod(0o644)
    open_(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_running_totals_agree_with_the_statistics_of_the_records(path):
    recs = list(simulate(date(2026, 1, 5), 50, seed=5, comfort_from=date(2026, 2, 1)))
    h = open_(path)
    # As the app writes: a few records at a time.
    for i in range(0, len(recs), 7):
        h.add(recs[i:i + 7])
    assert h.count() == len(recs)
    assert h.tallies() == core.tally(recs)
    assert h.exercise_counts() == core.count_exercises(recs)
    now = recs[-1].at + timedelta(minutes=1)
    assert h.statistics(now, 8) == core.summarise(recs, now, 8)
    assert h.statistics(now, 8).comfort.ratings > 0


def test_progress_reads_today_and_the_streak(path):
    h = open_(path)
    recs = []
    for back in (2, 1, 0):
        day = T - timedelta(days=back)
        recs += [Record("started", day + timedelta(hours=n)) for n in range(2)]
    h.add(recs)
    assert h.progress(T + timedelta(hours=3), goal=2) == (2, 3)


# -- migrations ----------------------------------------------------------------------------


def test_an_empty_file_becomes_a_current_database(path):
    path.parent.mkdir()
    path.write_bytes(b"")
    h = open_(path)
    assert h.problem == "" and h.available
    h.add(sample())
    assert len(h.records()) == 4


def test_a_database_at_version_0_with_other_tables_is_brought_up_to_date(path):
    path.parent.mkdir()
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE notes (text TEXT)")
        db.execute("INSERT INTO notes VALUES ('kept')")
    db.close()
    h = open_(path)
    h.add(sample())
    h.close()
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT text FROM notes").fetchall() == [("kept",)]
        assert db.execute("PRAGMA user_version").fetchone() == (store.VERSION,)
    db.close()


def test_a_later_version_adds_a_step_and_old_histories_are_migrated_with_their_data(path, monkeypatch):
    h = open_(path)
    h.add(sample())
    h.close()
    step = "ALTER TABLE events ADD COLUMN mood TEXT NOT NULL DEFAULT 'calm'"
    monkeypatch.setattr(store, "MIGRATIONS", (*store.MIGRATIONS, step))
    monkeypatch.setattr(store, "VERSION", store.VERSION + 1)
    h = open_(path)
    assert h.records() == sample()
    h.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (store.VERSION,)
        assert db.execute("SELECT DISTINCT mood FROM events").fetchall() == [("calm",)]
    db.close()


def test_a_failing_step_leaves_the_database_at_its_old_version(path, monkeypatch, caplog):
    open_(path).close()
    monkeypatch.setattr(store, "MIGRATIONS", (*store.MIGRATIONS, "CREATE TABLE x (a); SELEC nonsense"))
    monkeypatch.setattr(store, "VERSION", store.VERSION + 1)
    h = open_(path)
    assert not h.available and "cannot be written" in h.problem
    caplog.clear()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (store.VERSION - 1,)
        assert db.execute("SELECT name FROM sqlite_master WHERE name = 'x'").fetchall() == []
    db.close()


def test_a_history_from_a_newer_version_is_left_alone(path, caplog):
    open_(path).close()
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {store.VERSION + 1}")
    db.close()
    before = path.read_bytes()
    h = open_(path)
    assert not h.available
    assert "newer version of DeskStretch" in h.problem and str(path) in h.problem
    assert "newer version" in caplog.text
    caplog.clear()
    h.add(sample())
    assert path.read_bytes() == before


# -- damage and trouble --------------------------------------------------------------------


def kept_files(path):
    return sorted(p for p in path.parent.iterdir() if p.name.startswith(path.name + ".") and ".bad" in p.name)


@pytest.mark.parametrize("damage", ["garbage", "truncated", "text", "scrambled"])
def test_a_damaged_database_is_kept_aside_and_a_new_one_started(path, damage, caplog):
    h = open_(path)
    h.add(list(simulate(date(2026, 1, 5), 30, seed=2)))
    h.close()
    good = path.read_bytes()
    bad = {"garbage": os.urandom(len(good)), "truncated": good[:len(good) // 3],
           "text": b"interval_minutes = 30\n",
           # A valid header over ruined pages: only SQLite itself can tell.
           "scrambled": good[:100] + os.urandom(len(good) - 100)}[damage]
    path.write_bytes(bad)
    h = open_(path, Clock(datetime(2026, 3, 4, 10, 5, 6, tzinfo=UTC1)))
    [kept] = kept_files(path)
    assert kept.name == "history.sqlite3.20260304-100506.bad"
    assert kept.read_bytes() == bad
    assert str(path) in h.problem and kept.name in h.problem and "new history" in h.problem
    assert "could not be read" in caplog.text
    caplog.clear()
    assert h.available and h.records() == []
    h.add(sample())
    assert h.records() == sample()


def test_a_log_left_beside_a_damaged_database_is_kept_with_it(path, caplog):
    h = open_(path)
    h.add(sample())
    h.close()
    # A crash left a write-ahead log behind, and the database itself is ruined. A log
    # left in place would be replayed into the new database.
    wal = path.with_name("history.sqlite3-wal")
    wal.write_bytes(b"stale log " * 100)
    path.with_name("history.sqlite3-shm").write_bytes(b"\0" * 32768)
    path.write_bytes(os.urandom(8192))
    h = open_(path)
    caplog.clear()
    [kept, kept_log] = kept_files(path)
    assert kept_log.name == kept.name + "-wal" and kept_log.read_bytes() == b"stale log " * 100
    assert h.records() == []
    h.add(sample())
    assert h.records() == sample()


def test_damage_found_while_writing_is_reported_and_the_breaks_still_recorded(path, caplog):
    h = open_(path)
    told = []
    h.on_problem = told.append
    h.add(sample())
    h._conn.close()
    # The file is ruined behind the app's back while it runs.
    garbage = os.urandom(8192)
    path.write_bytes(garbage)
    h._conn = sqlite3.connect(path, isolation_level=None)
    h.add([Record("skipped", T + timedelta(hours=1))])
    [message] = told
    assert "was damaged" in message and ".bad" in message
    caplog.clear()
    assert [r.kind for r in h.records()] == ["skipped"]
    [kept] = kept_files(path)
    assert kept.read_bytes() == garbage


def test_without_a_writable_data_folder_the_history_is_off_and_says_so(tmp_path, caplog):
    (tmp_path / "data").write_text("a file where the folder should be")
    h = open_(tmp_path / "data" / "history.sqlite3")
    assert not h.available
    assert h.problem.startswith("Break history is off:") and "breaks are not recorded" in h.problem
    caplog.clear()
    h.add(sample())  # nothing happens, nothing raises
    assert h.records() == [] and h.count() == 0
    assert h.statistics(T, 8).empty
    assert h.progress(T, 8) == (0, 0)


def test_a_full_disk_is_reported_once_and_the_breaks_are_written_when_there_is_room(path, caplog):
    h = open_(path)
    told = []
    h.on_problem = told.append
    h.add(sample())
    pages = h._conn.execute("PRAGMA page_count").fetchone()[0]
    # SQLite reports a database that may not grow as a full disk (SQLITE_FULL).
    h._conn.execute(f"PRAGMA max_page_count = {pages}")
    many = [Record("due", T + timedelta(minutes=n), "x" * 500) for n in range(50)]
    h.add(many)
    h.add([Record("skipped", T + timedelta(hours=2))])
    assert len(told) == 1 and "cannot be written" in told[0] and "full" in told[0]
    caplog.clear()
    assert h.count() == 4
    h._conn.execute("PRAGMA max_page_count = 1000000")
    h.add([])
    assert h.count() == 4 + 50 + 1
    assert [r.kind for r in h.records()][-1] == "skipped"


# -- interrupted breaks ----------------------------------------------------------------------


def test_a_break_cut_off_by_a_kill_shows_as_interrupted_once(path):
    h = open_(path)
    h.add(sample()[:2])  # started, never ended
    h.close()  # as good as a kill: everything committed is on disk
    h = open_(path)
    kinds = [r.kind for r in h.records()]
    assert kinds == ["due", "started", "interrupted"]
    interrupted = h.records()[-1]
    assert interrupted.routine == "stand-up" and interrupted.at == sample()[1].at
    assert "closed during the break" in interrupted.detail
    h.close()
    assert [r.kind for r in open_(path).records()] == kinds


def test_a_finished_break_is_not_marked_interrupted(path):
    h = open_(path)
    h.add(sample())
    h.add([Record("paused", T + timedelta(hours=1))])
    h.close()
    assert "interrupted" not in [r.kind for r in open_(path).records()]


# -- export ------------------------------------------------------------------------------------


def test_export_writes_every_event_as_csv_with_iso_times(path, tmp_path):
    h = open_(path)
    h.add(sample())
    target = tmp_path / "out.csv"
    assert h.export_csv(target) == 4
    with target.open(newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == list(store.CSV_COLUMNS)
    assert [r["kind"] for r in rows] == ["due", "started", "completed", "comfort"]
    assert rows[0]["time"] == "2026-03-02T09:00:00+01:00"
    assert datetime.fromisoformat(rows[2]["time"]) == T + timedelta(seconds=80)
    assert rows[2]["routine"] == "stand-up" and rows[2]["stretched_seconds"] == "30"
    assert rows[2]["exercises"] == "standing_overhead_reach=20; shoulder_roll=10"
    assert rows[3]["rating"] == "3" and rows[3]["detail"] == "after"
    assert rows[0]["stretched_seconds"] == "" and rows[0]["rating"] == ""
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []
