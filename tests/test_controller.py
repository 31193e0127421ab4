"""The wiring, driven by a fake clock: a working day passes in microseconds."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from deskstretch.controller import WAKEUP, Controller
from deskstretch.core import settings as decl
from deskstretch.core.breaks import State
from deskstretch.storage import config
from deskstretch.storage.paths import resolve
from tests.fakes import RecordingNotifications

MIN = timedelta(minutes=1)


class FakeIdle:
    """Stands in for the idle probes (tested for real in tests/platform/test_idle.py)."""

    def __init__(self):
        self.seconds = 0.0

    def idle_seconds(self):
        return self.seconds


@pytest.fixture
def paths(tmp_path):
    return resolve(str(tmp_path / "config"), str(tmp_path / "data"))


@pytest.fixture
def notes():
    return RecordingNotifications()


@pytest.fixture
def idle():
    return FakeIdle()


@pytest.fixture
def make(qtbot, clock, alarms, paths, notes, idle):
    made = []

    def build(**kw):
        c = Controller(clock, alarms, paths, notes, idle=idle, **kw)
        c.start()
        made.append(c)
        return c

    yield build
    for c in made:
        c._heartbeat.stop()
        c._tick.stop()  # a break left running must not tick into a later test
        for window in (c.window, c.statistics, c.checkin):
            if window is not None:
                window.hide()
                window.deleteLater()


@pytest.fixture
def controller(make):
    return make()


def titles(notes):
    return [title for title, _, _ in notes.shown]


def test_tooltip_counts_down_minute_by_minute(controller, alarms, start):
    assert controller.tray.status_action.text() == "Next break in 30 min"
    alarms.run_until(start + MIN + timedelta(seconds=1))
    assert controller.tray.status_action.text() == "Next break in 29 min"
    alarms.run_until(start + 29 * MIN)
    assert controller.tray.status_action.text() == "Next break in less than a minute"


def test_a_warning_then_the_reminder_in_the_same_notification(controller, alarms, start, notes):
    alarms.run_until(start + 29 * MIN + timedelta(seconds=29))
    assert notes.shown == []
    alarms.run_until(start + 29 * MIN + timedelta(seconds=30))
    [(title, body, actions)] = notes.shown
    assert title == "Break in 30 s" and "coming up" in body
    assert actions == [("default", "Start now"), ("snooze", "Snooze 5 min"), ("skip", "Skip")]
    assert controller.tray.snooze_action.isVisible()
    alarms.run_until(start + 30 * MIN)
    title, body, _ = notes.shown[-1]
    assert title == "Time to stand up" and "60-second stand-up break" in body
    assert controller.state is State.DUE


def test_clicking_the_notification_runs_the_routine_to_the_end(controller, clock, alarms, start, notes, qtbot):
    alarms.run_until(start + 30 * MIN)
    notes.action_invoked.emit("default")
    assert controller.window.isVisible()
    assert controller.state is State.IN_BREAK
    assert WAKEUP not in alarms.alarms  # no reminder during a break
    assert controller.window.exercise_name.text() == "Overhead reach"
    clock.advance(seconds=20)
    controller._render()
    assert controller.window.detail.text() == "rep 2 of 2"
    clock.advance(seconds=40)
    with qtbot.waitSignal(controller.break_finished):
        controller._render()
    assert controller.window.stack.currentIndex() == 1
    assert "in 30 min" in controller.window.done_detail.text()
    assert controller.planner.next_due == clock.now() + 30 * MIN


def test_snooze_and_skip_from_the_notification(controller, clock, alarms, start, notes):
    alarms.run_until(start + 30 * MIN)
    notes.action_invoked.emit("snooze")
    assert controller.planner.next_due == clock.now() + 5 * MIN
    alarms.run_until(start + 35 * MIN)
    assert titles(notes)[-1] == "Time to stand up"
    notes.action_invoked.emit("snooze")
    alarms.run_until(start + 40 * MIN)
    # Two snoozes in a row used up: the reminder no longer offers one.
    assert [k for k, _ in notes.shown[-1][2]] == ["default", "skip"]
    assert controller.tray.snooze_action.text() == "No snoozes left"
    notes.action_invoked.emit("skip")
    assert controller.state is State.COUNTING
    assert controller.planner.next_due == clock.now() + 30 * MIN


def test_every_fourth_break_is_the_long_routine(controller, clock, alarms, notes):
    for _ in range(3):
        controller.skip()
    alarms.run_until(clock.now() + 30 * MIN)
    assert titles(notes)[-1] == "Time for a longer stretch"
    assert "5-minute" in notes.shown[-1][1]
    controller.start_break()
    assert controller.session.routine.id == "long-break"


def test_closing_the_window_early_ends_the_break(controller, clock):
    controller.start_break()
    clock.advance(seconds=10)
    controller.window.close_requested.emit()
    assert not controller.window.isVisible()
    assert controller.state is State.COUNTING
    assert controller.planner.next_due == clock.now() + 30 * MIN


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
    alarms.run_until(start + 59 * MIN)
    assert notes.shown == []
    alarms.run_until(start + 60 * MIN)
    assert controller.state is State.COUNTING
    controller.pause("tomorrow")
    assert controller.tray.status_action.text() == "Paused until 09:00 tomorrow"
    controller.resume()
    assert controller.tray.status_action.text() == "Next break in 30 min"
    controller.pause(None)
    assert controller.tray.status_action.text() == "Paused until you resume"
    assert WAKEUP not in alarms.alarms


def test_a_pause_survives_a_restart(make, clock, start):
    make().pause("tomorrow")
    clock.advance(hours=2)
    again = make()
    assert again.state is State.PAUSED
    assert again.tray.status_action.text() == "Paused until 09:00 tomorrow"


def test_time_away_counts_as_a_break(controller, clock, alarms, idle, notes):
    clock.advance(minutes=20)
    idle.seconds = 5 * 60
    controller.heartbeat()
    assert controller.tray.status_action.text() == "Away from the desk: that counts as a break"
    alarms.run_until(clock.now() + 30 * MIN)
    assert notes.shown == []  # nobody to remind
    idle.seconds = 2
    controller.heartbeat()
    assert controller.planner.next_due == clock.now() - timedelta(seconds=2) + 30 * MIN


def test_after_a_long_sleep_no_burst_of_reminders(controller, clock, alarms, notes):
    clock.advance(minutes=10)
    controller.heartbeat()
    clock.suspend(hours=3)
    controller.heartbeat()
    alarms.run_until(clock.now() + 29 * MIN)
    assert notes.shown == []
    assert controller.planner.next_due == clock.now() + MIN


def test_a_wall_clock_change_neither_fires_early_nor_skips(controller, clock, alarms, notes, start):
    clock.advance(minutes=10)
    controller.heartbeat()
    clock.set_wall(hours=2)
    controller.heartbeat()
    assert controller.planner.next_due == start + 30 * MIN + timedelta(hours=2)
    assert notes.shown == []


def test_a_full_screen_window_postpones_the_reminder(make, alarms, start, notes):
    busy = [True]
    c = make(busy=lambda: busy[0])
    alarms.run_until(start + 45 * MIN)
    assert titles(notes) == ["Break in 30 s"]  # the warning, but no reminder while busy
    busy[0] = False
    alarms.run_until(start + 46 * MIN)
    assert titles(notes)[-1] == "Time to stand up"
    assert c.state is State.DUE


def test_preferences_are_saved_and_survive_a_restart(make, clock, paths):
    c = make()
    c.apply_settings(decl.Settings().with_value("interval_minutes", 45))
    assert c.tray.status_action.text() == "Next break in 45 min"
    assert make().settings["interval_minutes"] == 45
    assert config.load(paths.config_file, clock.now()).settings["interval_minutes"] == 45


def test_working_hours_from_preferences(make, clock):
    c = make()
    c.apply_settings(decl.Settings().with_value("working_hours", "Sat-Sun 10:00-12:00"))
    assert c.state is State.OFF_HOURS  # a Monday
    assert c.tray.status_action.text() == "Reminders resume Sat 10:00"


def test_bad_config_is_reported_once_and_the_app_still_runs(make, paths, notes, caplog):
    paths.config_dir.mkdir(parents=True)
    paths.config_file.write_text("interval_minutes = 2\n")
    c = make()
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
    alarms.run_until(start + 30 * MIN)
    c._heartbeat.stop()
    assert shown == ["Break in 30 s", "Time to stand up"]


def test_a_routine_can_be_chosen_by_name(controller):
    controller.start_break("seated")
    assert controller.session.routine.id == "seated"


def test_a_failing_reminder_does_not_stop_the_next_ones(controller, alarms, start, notes, monkeypatch):
    shown = notes.show
    calls = []

    def flaky(*args):
        calls.append(args[0])
        if len(calls) == 1:
            raise RuntimeError("notification server fell over")
        return shown(*args)

    monkeypatch.setattr(notes, "show", flaky)
    with pytest.raises(RuntimeError):
        alarms.run_until(start + 30 * MIN)  # the warning fails (the scheduler logs it)
    alarms.run_until(start + 30 * MIN)
    assert titles(notes) == ["Time to stand up"]
    assert WAKEUP in alarms.alarms


def test_without_a_tray_the_user_is_told_and_reminders_still_come(qtbot, clock, alarms, paths, notes, start, caplog):
    c = Controller(clock, alarms, paths, notes)
    c.start(tray_available=False)
    assert titles(notes) == ["DeskStretch is running"]
    assert "no system tray" in notes.shown[0][1]
    assert "No system tray" in caplog.text
    caplog.clear()
    alarms.run_until(start + 30 * MIN)
    c._heartbeat.stop()
    assert titles(notes)[-1] == "Time to stand up"


def test_start_at_login_writes_and_removes_the_autostart_entry(qtbot, clock, alarms, paths, notes, tmp_path):
    from deskstretch.platform.autostart import XdgAutostart

    entry = XdgAutostart(tmp_path / "xdg-config")
    c = Controller(clock, alarms, paths, notes, autostart=entry)
    c.apply_settings(decl.Settings().with_value("start_at_login", True))
    assert entry.is_enabled() and "deskstretch" in entry.path.read_text()
    c.apply_settings(decl.Settings())
    assert not entry.is_enabled()


# -- the break history ------------------------------------------------------------------------


def kinds(c):
    return [r.kind for r in c.history.records()]


def test_a_finished_break_is_kept_in_the_history_with_what_was_done(controller, clock, alarms, start, notes, qtbot):
    alarms.run_until(start + 30 * MIN)
    notes.action_invoked.emit("default")
    clock.advance(seconds=60)
    with qtbot.waitSignal(controller.break_finished):
        controller._render()
    recs = controller.history.records()
    assert [r.kind for r in recs] == ["warned", "due", "started", "completed"]
    started, completed = recs[2], recs[3]
    assert started.routine == completed.routine == "stand-up"
    assert [(d.exercise, d.seconds) for d in completed.exercises] == [
        ("standing_overhead_reach", 20), ("shoulder_roll", 10), ("walking_break", 15)]
    assert controller.window.done_detail.text().startswith("Nice work — 1 break today.\nNext break")


def test_a_break_closed_early_keeps_only_the_exercises_reached(controller, clock):
    controller.start_break()
    clock.advance(seconds=12)  # 5 s getting ready, 7 s into the first hold
    controller._render()
    controller.window.skip_requested.emit()  # on to the shoulder rolls, unheld
    controller.close_window()
    last = controller.history.records()[-1]
    assert last.kind == "ended early"
    assert [(d.exercise, d.seconds) for d in last.exercises] == [("standing_overhead_reach", 7)]


def test_a_break_cut_off_by_a_kill_shows_as_interrupted_and_the_next_is_scheduled(make, clock):
    make().start_break()
    clock.advance(seconds=20)
    # The app is killed mid-break: nothing else is written. It starts again later.
    clock.advance(minutes=5)
    again = make()
    assert kinds(again)[-2:] == ["started", "interrupted"]
    assert again.state is State.COUNTING
    assert again.planner.next_due == clock.now() + 30 * MIN
    assert kinds(make()).count("interrupted") == 1


def test_statistics_open_from_the_tray_and_follow_new_breaks(controller, clock, qtbot):
    actions = controller.tray.menu.actions()
    assert actions.index(controller.tray.statistics_action) == \
        actions.index(controller.tray.preferences_action) + 1
    assert controller.tray.statistics_action.text() == "S&tatistics…"
    controller.tray.statistics_action.trigger()
    window = controller.statistics
    assert window.isVisible() and window.stack.currentIndex() == 0  # nothing yet
    controller.start_break()
    clock.advance(seconds=60)
    controller._render()
    assert window.stack.currentIndex() == 1
    assert window.numbers["taken"].text() == "1"
    assert window.numbers["stretched"].text() == "45 s"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_without_a_writable_data_folder_the_user_is_told_once_and_breaks_go_on(make, paths, notes, clock, caplog):
    paths.data_dir.parent.mkdir(parents=True, exist_ok=True)
    paths.data_dir.write_text("not a folder")
    c = make()
    [(title, body, _)] = notes.shown
    assert title == "Break history" and "Break history is off" in body and str(paths.data_dir) in body
    caplog.clear()
    c.start_break()
    clock.advance(seconds=60)
    c._render()
    assert c.window.done_detail.text().startswith("Nice work.\nNext break")
    assert len(notes.shown) == 1


# -- comfort check-in -------------------------------------------------------------------------


def long_break_with_checkin(make):
    c = make()
    c.apply_settings(decl.Settings().with_value("comfort_checkin", True))
    for _ in range(3):
        c.skip()
    return c


def test_the_comfort_check_in_is_off_unless_turned_on(make):
    c = make()
    for _ in range(3):
        c.skip()
    c.start_break()
    assert c.session.routine.id == "long-break" and c.checkin is None


def test_comfort_is_rated_before_and_after_a_long_break(make, clock, qtbot):
    c = long_break_with_checkin(make)
    c.start_break()
    assert c.checkin.isVisible() and c.checkin.when == "before"
    clock.advance(seconds=30)  # the routine waits for the answer
    assert c.session.position(clock.monotonic()) == 0
    qtbot.mouseClick(c.checkin.buttons[6], Qt.MouseButton.LeftButton)
    assert not c.checkin.isVisible() and not c.session.paused
    clock.advance(seconds=c.session.total)
    c._render()
    assert c.checkin.isVisible() and c.checkin.when == "after"
    qtbot.mouseClick(c.checkin.buttons[2], Qt.MouseButton.LeftButton)
    comfort = [(r.detail, r.rating, r.routine) for r in c.history.records() if r.kind == "comfort"]
    assert comfort == [("before", 6, "long-break"), ("after", 2, "long-break")]
    trend = c.history.statistics(clock.now(), 8).comfort
    assert (trend.before, trend.after) == (6, 2)


def test_a_skipped_first_question_asks_nothing_after(make, clock, qtbot):
    c = long_break_with_checkin(make)
    c.start_break()
    qtbot.keyClick(c.checkin, Qt.Key.Key_Escape)
    assert not c.session.paused
    clock.advance(seconds=c.session.total)
    c._render()
    assert not c.checkin.isVisible()
    assert "comfort" not in kinds(c)


def test_closing_the_break_during_the_question_drops_it(make):
    c = long_break_with_checkin(make)
    c.start_break()
    c.close_window()
    assert not c.checkin.isVisible()
    assert kinds(c)[-1] == "ended early" and "comfort" not in kinds(c)
