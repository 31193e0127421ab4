"""Ten thousand break cycles through the real wiring with a fake clock: nothing piles up,
and the history keeps every one of them exactly once."""

import random
from collections import Counter
from datetime import timedelta

from PySide6.QtCore import QTimer

from deskstretch.controller import Controller
from deskstretch.core.breaks import State
from deskstretch.core.library import ROUTINES
from deskstretch.storage.paths import resolve
from tests.fakes import FakeIdle, RecordingNotifications


def test_ten_thousand_cycles_keep_one_alarm_and_a_fixed_set_of_timers(qtbot, clock, alarms, tmp_path):
    notes = RecordingNotifications()
    idle = FakeIdle()
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "window.json").write_text('{"safety_note_read": true}')  # read already
    c = Controller(clock, alarms, resolve(str(tmp_path / "c"), str(tmp_path / "d")), notes,
                   idle=idle)
    c.start()
    c._heartbeat.stop()  # the test beats by hand
    timers = len(c.findChildren(QTimer))
    # Everything the planner hands over, to compare with what the history holds.
    handed = []
    drain = c.planner.drain_events

    def drain_and_note():
        events = drain()
        handed.extend(events)
        return events

    c.planner.drain_events = drain_and_note
    rng = random.Random(7)
    reminders = 0
    actions = Counter()
    for _ in range(10_000):
        before = len(notes.shown)
        alarms.run_until(c.planner.next_due)
        reminders += sum(1 for t, _, _ in notes.shown[before:] if t.startswith("Time"))
        action = rng.choice(("take", "skip", "snooze", "idle", "sleep"))
        actions[action] += 1
        if action == "take":
            c.start_break()
            clock.advance(seconds=c.session.total)
            c._render()
        elif action == "skip":
            c.skip()
        elif action == "snooze":
            c.snooze()
        elif action == "idle":
            idle.seconds = 600
            c.heartbeat()
            clock.advance(minutes=10)
            idle.seconds = 1
            c.heartbeat()
        else:
            c.heartbeat()
            clock.suspend(hours=1)
            c.heartbeat()
        assert len(alarms.alarms) <= 1
        assert len(c.findChildren(QTimer)) == timers
        notes.shown.clear() if len(notes.shown) > 100 else None
    assert c.session is None and c.state in (State.COUNTING, State.DUE)
    assert reminders >= 5_000
    events = drain()
    assert events == []  # every event was handed to the log as it happened

    recs = c.history.records()
    assert [(r.kind, r.at, r.detail) for r in recs] == [(e.kind, e.at, e.detail) for e in handed]
    kinds = Counter(r.kind for r in recs)
    assert kinds["started"] == kinds["completed"] == actions["take"]
    assert kinds["skipped"] == actions["skip"]
    assert kinds["natural break"] == actions["idle"] + actions["sleep"]
    # A completed break did every exercise of its routine.
    assert all(len(r.exercises) == len(ROUTINES[r.routine].steps)
               for r in recs if r.kind == "completed")
    assert c.history._conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    stats = c.history.statistics(clock.now(), 8)
    assert sum(t.taken for t in c.history.tallies().values()) == actions["take"]
    # Shoulder rolls and the walk are in the short and in the long routine.
    assert stats.top[0].times == actions["take"]
