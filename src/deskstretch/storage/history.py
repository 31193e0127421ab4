"""history.sqlite3: every break event, safe from kills, damage and full disks, and the
queries the statistics need."""

from __future__ import annotations

import csv
import logging
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path

from deskstretch.core import history as core
from deskstretch.core.clock import Clock
from deskstretch.core.history import DayTally, Done, ExerciseCount, Record, Statistics
from deskstretch.storage.files import ensure_private_dir, keep_copy

log = logging.getLogger(__name__)

FILE_NAME = "history.sqlite3"

# Each step takes the database from version n to n + 1 (PRAGMA user_version); a new
# version of the app appends steps and never edits old ones.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,      -- insertion order is the order things happened in
        at TEXT NOT NULL,            -- ISO 8601 local time with its UTC offset
        day TEXT NOT NULL,           -- the local calendar date then, YYYY-MM-DD
        kind TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        routine TEXT NOT NULL DEFAULT '',
        rating INTEGER               -- comfort ratings only, 0-10
    );
    CREATE INDEX events_day ON events(day);
    CREATE INDEX events_kind_day ON events(kind, day);
    CREATE TABLE exercises (
        event_id INTEGER NOT NULL REFERENCES events(id),
        exercise TEXT NOT NULL,
        name TEXT NOT NULL,
        seconds INTEGER NOT NULL
    );
    CREATE INDEX exercises_event ON exercises(event_id);
    -- Running totals, updated in the same transaction as the rows they count, so the
    -- statistics never read years of events (core.history.tally and count_exercises
    -- say what they hold).
    CREATE TABLE days (
        day TEXT PRIMARY KEY,
        taken INTEGER NOT NULL,
        active INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE exercise_totals (
        exercise TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        times INTEGER NOT NULL,
        seconds INTEGER NOT NULL
    ) WITHOUT ROWID;
    """,
)
VERSION = len(MIGRATIONS)

# SQLite's primary result codes for a damaged file and for something that is no database.
_CORRUPT = (11, 26)
# Records kept in memory while the disk refuses them, to be written once it accepts again.
MAX_PENDING = 10_000
INTERRUPTED_DETAIL = "DeskStretch was closed during the break"
CSV_COLUMNS = ("time", "kind", "detail", "routine", "stretched_seconds", "exercises", "rating")


class Damaged(Exception):
    """The database file is not a (whole) SQLite database. ``conn`` is the connection that
    found out, still open: closing it may write to the file, so its bytes are kept first."""

    def __init__(self, reason: str, conn: sqlite3.Connection | None = None) -> None:
        super().__init__(reason)
        self.conn = conn


class NewerVersion(Exception):
    pass


def _is_damage(e: sqlite3.Error) -> bool:
    code = getattr(e, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in _CORRUPT


def _check_header(path: Path) -> None:
    """Raise Damaged for a file that is no SQLite database or is cut short, before SQLite
    opens it (and perhaps writes a log into it)."""
    with path.open("rb") as f:
        head = f.read(100)
    if not head:
        return  # a new, empty file
    if len(head) < 100 or not head.startswith(b"SQLite format 3\0"):
        raise Damaged("file is not a database")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    # The page count in the header holds when it was written by the same change.
    if head[92:96] == head[24:28] and path.stat().st_size < pages * page_size:
        raise Damaged("the file is cut short")


def _connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) and bring the schema up to date; raises Damaged."""
    if not path.exists():
        # Created here, so it is private from the first byte; SQLite gives its -wal and
        # -shm files the same permissions.
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    elif path.stat().st_mode & 0o077:
        path.chmod(0o600)
    _check_header(path)
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        # With WAL, NORMAL loses no committed transaction when the app is killed; only a
        # power cut may lose the last few, and the file stays whole either way.
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > VERSION:
            raise NewerVersion(version)
        for n in range(version, VERSION):
            conn.executescript(f"BEGIN IMMEDIATE; {MIGRATIONS[n]}; PRAGMA user_version = {n + 1}; COMMIT;")
        # Touch every table's first page: damage found now is damage not found mid-write.
        for table in ("events", "exercises", "days", "exercise_totals"):
            conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM {table} LIMIT 1)").fetchone()
    except sqlite3.DatabaseError as e:
        if _is_damage(e):
            raise Damaged(str(e), conn) from e
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.close()
        raise
    except BaseException:
        conn.close()
        raise
    return conn


def _keep_aside(path: Path, now: datetime, conn: sqlite3.Connection | None) -> Path:
    """Keep a damaged database and its write-ahead log byte for byte under a timestamped
    name, and clear the way for a new one."""
    target = keep_copy(path, now)
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        shutil.copy2(wal, target.with_name(target.name + "-wal"))
    if conn is not None:
        conn.close()
    # A log left beside the new database would be replayed into it.
    for name in (path, wal, path.with_name(path.name + "-shm")):
        name.unlink(missing_ok=True)
    return target


class History:
    """The break history on disk. Never raises for disk or file trouble: it logs a sentence
    for the user, hands it to ``on_problem`` (``problem`` for what opening found), and
    carries on."""

    def __init__(self, path: Path, clock: Clock, conn: sqlite3.Connection | None,
                 problem: str = "") -> None:
        self.path = path
        self.clock = clock
        self._conn = conn
        # Said once to the user after opening: damage found, or no history at all.
        self.problem = problem
        # Until someone listens, the latest problem waits in ``problem``.
        self.on_problem: Callable[[str], None] = self._keep_problem
        self._pending: list[Record] = []
        self._failing = False

    @property
    def available(self) -> bool:
        return self._conn is not None

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, clock: Clock) -> History:
        problem = ""
        try:
            ensure_private_dir(path.parent)
            try:
                conn = _connect(path)
            except Damaged as e:
                kept = _keep_aside(path, clock.now(), e.conn)
                problem = (f"Your break history {path} could not be read ({e}). It was kept "
                           f"as {kept.name} and a new history was started.")
                log.warning("%s", problem)
                conn = _connect(path)
        except NewerVersion as e:
            problem = (f"{path} was written by a newer version of DeskStretch (history "
                       f"version {e}; this one knows {VERSION}). It is left as it is, and "
                       "this version does not record breaks.")
            log.warning("%s", problem)
            return cls(path, clock, None, problem)
        except (OSError, sqlite3.Error, Damaged) as e:
            if isinstance(e, Damaged) and e.conn is not None:
                e.conn.close()
            reason = getattr(e, "strerror", None) or str(e)
            problem = (f"Break history is off: {path} cannot be written ({reason}). "
                       "DeskStretch runs as usual, but breaks are not recorded.")
            log.warning("%s", problem)
            return cls(path, clock, None, problem)
        store = cls(path, clock, conn, problem)
        try:
            store._close_interrupted_break()
        except sqlite3.DatabaseError as e:
            store._read_failed(e)
        return store

    def _close_interrupted_break(self) -> None:
        """A break that started and never ended was cut off by a kill or a crash: say so
        in the history, once."""
        row = self._conn.execute(
            # "+kind": walk back from the newest row instead of sorting every break by id.
            "SELECT at, routine, kind FROM events WHERE +kind IN (?, ?, ?, ?) "
            "ORDER BY id DESC LIMIT 1", (core.STARTED, *core.BREAK_ENDS)).fetchone()
        if row and row[2] == core.STARTED:
            at = datetime.fromisoformat(row[0])
            log.info("The break started at %s was interrupted", row[0])
            self.add([Record(core.INTERRUPTED, at, INTERRUPTED_DETAIL, row[1])])

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # -- writing -----------------------------------------------------------------------------

    def _keep_problem(self, message: str) -> None:
        self.problem = message

    def _report(self, message: str) -> str:
        log.warning("%s", message)
        self.on_problem(message)
        return message

    def add(self, recs: Iterable[Record]) -> None:
        """Store records in one transaction. What cannot be written now is kept in memory
        and written with the next records."""
        if self._conn is None:
            return
        self._pending.extend(recs)
        if not self._pending:
            return
        try:
            self._insert(self._pending)
        except sqlite3.DatabaseError as e:
            if _is_damage(e):
                self._report(self._recover(e))
            else:
                self._write_failed(e)
            return
        self._pending.clear()
        if self._failing:
            self._failing = False
            log.info("Break history is being written again")

    def _insert(self, recs: Sequence[Record]) -> None:
        c = self._conn
        c.execute("BEGIN IMMEDIATE")
        try:
            for r in recs:
                cur = c.execute(
                    "INSERT INTO events (at, day, kind, detail, routine, rating) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (r.at.isoformat(), r.day.isoformat(), r.kind, r.detail, r.routine, r.rating))
                c.execute(
                    "INSERT INTO days VALUES (?, ?, ?) ON CONFLICT (day) DO UPDATE SET "
                    "taken = taken + excluded.taken, active = max(active, excluded.active)",
                    (r.day.isoformat(), int(r.kind == core.STARTED),
                     int(r.kind in core.ACTIVE_KINDS)))
                for d in r.exercises:
                    c.execute("INSERT INTO exercises VALUES (?, ?, ?, ?)",
                              (cur.lastrowid, d.exercise, d.name, d.seconds))
                    c.execute(
                        "INSERT INTO exercise_totals VALUES (?, ?, 1, ?) ON CONFLICT (exercise) "
                        "DO UPDATE SET name = excluded.name, times = times + 1, "
                        "seconds = seconds + excluded.seconds",
                        (d.exercise, d.name, d.seconds))
            c.execute("COMMIT")
        except BaseException:
            if c.in_transaction:
                c.execute("ROLLBACK")
            raise

    def _write_failed(self, e: sqlite3.Error) -> None:
        del self._pending[:-MAX_PENDING]
        if not self._failing:
            # Once, not on every break: a full disk stays full for a while.
            self._failing = True
            self._report(f"Breaks cannot be written to {self.path} ({e}). They are kept "
                         "until DeskStretch can write again or quits.")

    def _recover(self, e: sqlite3.Error) -> str:
        """Keep the damaged file, start a new one, and say so (the caller reports it)."""
        conn, self._conn = self._conn, None
        try:
            kept = _keep_aside(self.path, self.clock.now(), conn)
            self._conn = _connect(self.path)
        except (OSError, sqlite3.Error, Damaged, NewerVersion) as again:
            if isinstance(again, Damaged) and again.conn is not None:
                again.conn.close()
            self._pending.clear()
            return (f"Your break history {self.path} is damaged ({e}) and no new one could "
                    f"be started ({again}). Breaks are not recorded until DeskStretch "
                    "restarts.")
        if self._pending:
            self.add([])
        return (f"Your break history {self.path} was damaged ({e}). It was kept as "
                f"{kept.name} and a new history was started.")

    # -- reading -----------------------------------------------------------------------------

    def _read(self, sql: str, args: Sequence = (), exercises: bool = True) -> list[Record]:
        if self._conn is None:
            return []
        rows = self._conn.execute(
            f"SELECT id, at, kind, detail, routine, rating FROM events {sql} ORDER BY id",
            args).fetchall()
        done: dict[int, list[Done]] = {}
        if rows and exercises:
            for event_id, exercise, name, seconds in self._conn.execute(
                    "SELECT event_id, exercise, name, seconds FROM exercises "
                    "WHERE event_id BETWEEN ? AND ? ORDER BY rowid", (rows[0][0], rows[-1][0])):
                done.setdefault(event_id, []).append(Done(exercise, name, seconds))
        return [Record(kind, datetime.fromisoformat(at), detail, routine,
                       tuple(done.get(i, ())), rating)
                for i, at, kind, detail, routine, rating in rows]

    def records(self) -> list[Record]:
        """The whole history, in the order it happened."""
        return self._read("")

    def records_on(self, day: date) -> list[Record]:
        return self._read("WHERE day = ?", (day.isoformat(),))

    def count(self) -> int:
        if self._conn is None:
            return 0
        return self._conn.execute("SELECT count(*) FROM events").fetchone()[0]

    def tallies(self) -> dict[date, DayTally]:
        """What core.history.tally makes of the whole history, from the running totals."""
        if self._conn is None:
            return {}
        tallies = {}
        for d, taken, active in self._conn.execute("SELECT day, taken, active FROM days"):
            day = date.fromisoformat(d)
            tallies[day] = DayTally(day, taken, bool(active))
        return tallies

    def exercise_counts(self) -> list[ExerciseCount]:
        """What core.history.count_exercises makes of the whole history, from the totals."""
        if self._conn is None:
            return []
        return core.rank(ExerciseCount(*row) for row in self._conn.execute(
            "SELECT exercise, name, times, seconds FROM exercise_totals"))

    def statistics(self, now: datetime, goal: int) -> Statistics:
        """Everything the statistics window shows, without reading the whole history."""
        today = now.date()
        first = date.fromordinal(today.toordinal() - 29)
        try:
            return core.build(self.records_on(today), self.tallies(), self.exercise_counts(),
                              self._read("WHERE kind = ? AND day >= ?",
                                         (core.COMFORT, first.isoformat()), exercises=False),
                              now, goal)
        except sqlite3.DatabaseError as e:
            self._read_failed(e)
            return core.build([], {}, [], [], now, goal)

    def _read_failed(self, e: sqlite3.DatabaseError) -> None:
        if _is_damage(e):
            self._report(self._recover(e))
        else:
            log.warning("Could not read the break history %s: %s", self.path, e)

    def progress(self, now: datetime, goal: int) -> tuple[int, int] | None:
        """For the finish screen: breaks taken today and the current streak in days; None
        when the history cannot be read."""
        try:
            tallies = self.tallies()
            today = core.today(self.records_on(now.date()), now)
        except sqlite3.DatabaseError as e:
            self._read_failed(e)
            return None
        return today.taken, core.streaks(tallies, goal, now.date()).current

    # -- export ------------------------------------------------------------------------------

    def _csv_rows(self) -> Iterator[tuple]:
        if self._conn is None:
            return
        yield from self._conn.execute(
            "SELECT e.at, e.kind, e.detail, e.routine, sum(x.seconds), "
            "       group_concat(x.exercise || '=' || x.seconds, '; '), e.rating "
            "FROM events e LEFT JOIN exercises x ON x.event_id = e.id "
            "GROUP BY e.id ORDER BY e.id")

    def export_csv(self, target: Path) -> int:
        """Write every event to ``target`` as CSV (times in ISO 8601); returns the number of
        events. The file appears whole or not at all; any failure is an OSError."""
        target = Path(target)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        n = 0
        try:
            with os.fdopen(fd, "w", newline="", encoding="utf-8") as f:
                writer = csv.writer(f)
                writer.writerow(CSV_COLUMNS)
                for at, kind, detail, routine, seconds, exercises, rating in self._csv_rows():
                    writer.writerow((at, kind, detail, routine,
                                     "" if seconds is None else seconds, exercises or "",
                                     "" if rating is None else rating))
                    n += 1
            os.replace(tmp, target)
        except sqlite3.Error as e:
            Path(tmp).unlink(missing_ok=True)
            raise OSError(f"the history could not be read ({e})") from e
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return n
