"""The wiring, driven by a fake clock: a 30-minute day passes in microseconds."""

from datetime import timedelta

import pytest

from deskstretch.controller import BREAK_ALARM, Controller
from deskstretch.core import settings as decl
from deskstretch.core.breaks import State
from deskstretch.storage import config
from deskstretch.storage.paths import resolve
from tests.fakes import RecordingNotifications


@pytest.fixture
def paths(tmp_path):
    return resolve(str(tmp_path / "config"), str(tmp_path / "data"))


@pytest.fixture
def notes():
    return RecordingNotifications()


@pytest.fixture
def controller(qtbot, clock, alarms, paths, notes):
    c = Controller(clock, alarms, paths, notes)
    c.start()
    yield c
    if c.window is not None:
        c.window.hide()
        c.window.deleteLater()


def state(c):
    return c.planner.status(c.clock.now()).state


def test_tooltip_counts_down_minute_by_minute(controller, clock, alarms, start):
    assert controller.tray.status_action.text() == "Next break in 30 min"
    alarms.run_until(start + timedelta(minutes=1, seconds=1))
    assert controller.tray.status_action.text() == "Next break in 29 min"
    alarms.run_until(start + timedelta(minutes=29, seconds=30))
    assert controller.tray.status_action.text() == "Next break in less than a minute"


def test_reminder_after_thirty_minutes_names_the_break(controller, alarms, start, notes):
    alarms.run_until(start + timedelta(minutes=29, seconds=59))
    assert notes.shown == []
    alarms.run_until(start + timedelta(minutes=30))
    [(summary, body, actions)] = notes.shown
    assert summary == "Time to stand up"
    assert "60-second stand-up break" in body
    assert actions == [("default", "Start now")]
    assert state(controller) is State.DUE


def test_clicking_the_notification_runs_the_routine_to_the_end(controller, clock, alarms, start, notes, qtbot):
    alarms.run_until(start + timedelta(minutes=30))
    notes.action_invoked.emit("default")
    assert controller.window.isVisible()
    assert state(controller) is State.IN_BREAK
    assert BREAK_ALARM not in alarms.alarms  # no reminder during a break
    assert controller.window.exercise_name.text() == "Overhead reach"
    clock.advance(seconds=20)
    controller._render()
    assert controller.window.detail.text() == "rep 2 of 2"
    clock.advance(seconds=40)
    with qtbot.waitSignal(controller.break_finished):
        controller._render()
    assert controller.window.stack.currentIndex() == 1
    assert "in 30 min" in controller.window.done_detail.text()
    # The next reminder is 30 minutes after the break ended.
    assert alarms.alarms[BREAK_ALARM][0] == clock.now() + timedelta(minutes=30)


def test_closing_the_window_early_ends_the_break(controller, clock, alarms):
    controller.start_break()
    clock.advance(seconds=10)
    controller.window.close_requested.emit()
    assert not controller.window.isVisible()
    assert state(controller) is State.COUNTING
    assert alarms.alarms[BREAK_ALARM][0] == clock.now() + timedelta(minutes=30)


def test_pause_and_skip_controls_act_on_the_session(controller, clock):
    controller.start_break()
    controller.window.pause_toggled.emit()
    clock.advance(seconds=30)
    controller._render()
    assert controller.window.ring._word == "Paused"
    assert controller.session.position(clock.monotonic()) == 0
    controller.window.pause_toggled.emit()
    controller.window.skip_requested.emit()
    assert controller.window.exercise_name.text() == "Shoulder rolls"


def test_pause_for_an_hour_and_until_tomorrow_then_resume(controller, alarms, start, notes):
    controller.pause(60)
    assert controller.tray.resume_action.isVisible()
    assert controller.tray.status_action.text().startswith("Paused until ")
    alarms.run_until(start + timedelta(minutes=59))
    assert notes.shown == []
    alarms.run_until(start + timedelta(minutes=60))
    assert state(controller) is State.COUNTING
    controller.pause("tomorrow")
    assert controller.tray.status_action.text() == "Paused until 09:00 tomorrow"
    controller.resume()
    assert controller.tray.status_action.text() == "Next break in 30 min"


def test_preferences_are_saved_and_survive_a_restart(qtbot, clock, alarms, paths, notes, controller):
    controller.apply_settings(decl.Settings().with_value("interval_minutes", 45))
    assert controller.tray.status_action.text() == "Next break in 45 min"
    again = Controller(clock, alarms, paths, notes)
    assert again.settings["interval_minutes"] == 45
    assert config.load(paths.config_file, clock.now()).settings["interval_minutes"] == 45


def test_bad_config_is_reported_once_and_the_app_still_runs(qtbot, clock, alarms, paths, notes, caplog):
    paths.config_dir.mkdir(parents=True)
    paths.config_file.write_text("interval_minutes = 2\n")
    c = Controller(clock, alarms, paths, notes)
    c.start()
    [(summary, body, _)] = notes.shown
    assert "interval_minutes" in body and "from 5 to 180" in body and ".bad" in body
    assert "interval_minutes" in caplog.text
    caplog.clear()
    assert c.settings["interval_minutes"] == 30


def test_without_a_notification_server_the_tray_balloon_reminds(qtbot, clock, alarms, paths, start, monkeypatch):
    c = Controller(clock, alarms, paths, RecordingNotifications(available=False))
    shown = []
    monkeypatch.setattr(c.tray, "message", lambda title, body: shown.append(title))
    c.start()
    alarms.run_until(start + timedelta(minutes=30))
    assert shown == ["Time to stand up"]
