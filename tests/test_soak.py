"""Ten thousand break cycles through the real wiring with a fake clock: nothing piles up."""

import random
from datetime import timedelta

from PySide6.QtCore import QTimer

from deskstretch.controller import Controller
from deskstretch.core.breaks import State
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
    rng = random.Random(7)
    reminders = 0
    for _ in range(10_000):
        before = len(notes.shown)
        alarms.run_until(c.planner.next_due)
        reminders += sum(1 for t, _, _ in notes.shown[before:] if t.startswith("Time"))
        action = rng.choice(("take", "skip", "snooze", "idle", "sleep"))
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
    events = c.planner.drain_events()
    assert events == []  # every event was handed to the log as it happened
