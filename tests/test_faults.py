"""Faults inside the app's own code: an exception in a scheduled job or in a Qt slot is logged
with its traceback, and the reminders after it still come."""

import sys

import pytest
from PySide6.QtCore import QTimer

from deskstretch import app
from deskstretch.controller import Controller
from deskstretch.core.clock import ScaledClock
from deskstretch.scheduling.alarms import Alarms
from deskstretch.storage.paths import resolve
from tests.fakes import RecordingNotifications

pytestmark = pytest.mark.gui


def reminders(notes):
    return [title for title, _, _ in notes.shown if title == "Time to stand up"]


def test_an_exception_in_a_scheduled_job_is_logged_with_its_traceback_and_reminders_go_on(
        qtbot, tmp_path, caplog):
    # The real scheduler on the Qt loop, with time running 3600 times faster: the 30-minute
    # reminder is half a second away.
    clock = ScaledClock(3600)
    alarms = Alarms(clock)
    alarms.start()
    notes = RecordingNotifications()
    c = Controller(clock, alarms, resolve(str(tmp_path / "c"), str(tmp_path / "d")), notes)
    polls = []
    poll = c.planner.poll

    def first_poll_fails(now, busy):
        polls.append(now)
        if len(polls) == 1:
            raise RuntimeError("injected fault in a scheduled job")
        return poll(now, busy)

    c.planner.poll = first_poll_fails
    try:
        c.start()
        qtbot.waitUntil(lambda: len(polls) >= 1, timeout=5000)
        qtbot.waitUntil(lambda: bool(reminders(notes)), timeout=10000)
    finally:
        c._heartbeat.stop()
        alarms.close()
    failures = [r for r in caplog.records if r.exc_info and "injected fault" in str(r.exc_info[1])]
    assert len(failures) == 1
    assert "Traceback (most recent call last)" in caplog.text
    assert "first_poll_fails" in caplog.text  # the traceback names where it happened
    caplog.clear()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_qt_slot_is_logged_with_its_traceback_and_reminders_go_on(
        qtbot, make, alarms, start, notes, caplog, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    app.log_uncaught_exceptions()
    c = make()

    def broken_skip(now):
        raise RuntimeError("injected fault in a slot")

    monkeypatch.setattr(c.planner, "skip", broken_skip)
    # "Skip" chosen in the tray menu: the slot runs from the event loop and raises there.
    QTimer.singleShot(0, c.tray.skip_requested.emit)
    qtbot.waitUntil(lambda: "injected fault in a slot" in caplog.text, timeout=5000)
    [record] = [r for r in caplog.records if r.exc_info]
    assert record.getMessage() == "Uncaught exception; DeskStretch carries on"
    assert "Traceback (most recent call last)" in caplog.text and "broken_skip" in caplog.text
    caplog.clear()
    # The app goes on: the break that was due comes as usual.
    alarms.run_until(start + c.planner.rules.interval)
    assert reminders(notes) == ["Time to stand up"]
