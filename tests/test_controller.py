"""The wiring, driven by a fake clock: a working day passes in microseconds."""

import shutil
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from deskstretch.controller import WAKEUP, Controller
from deskstretch.core import settings as decl
from deskstretch.core.breaks import State
from deskstretch.storage import config
from tests.fakes import RecordingNotifications

MIN = timedelta(minutes=1)


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
    assert "in 30 min" in controller.window.done_next.text()
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


def test_a_hand_edit_while_running_is_picked_up(make, paths, qtbot):
    c = make()
    c.apply_settings(decl.Settings().with_value("interval_minutes", 45))
    assert not c.config_watcher.edited()  # its own save is not an edit
    text = paths.config_file.read_text().replace("interval_minutes = 45", "interval_minutes = 50")
    paths.config_file.write_text(text)
    qtbot.waitUntil(lambda: c.settings["interval_minutes"] == 50, timeout=5000)
    assert c.tray.status_action.text() == "Next break in 50 min"


def test_a_bad_hand_edit_is_named_kept_and_the_rest_used(make, paths, notes, qtbot, caplog):
    c = make()
    c.apply_settings(decl.Settings())
    edited = b"version = 2\ninterval_minutes = 3\nsnooze_minutes = 7\n"
    # Written the way editors save: a new file renamed over the old one.
    (paths.config_dir / "config.toml.new").write_bytes(edited)
    (paths.config_dir / "config.toml.new").replace(paths.config_file)
    qtbot.waitUntil(lambda: c.settings["snooze_minutes"] == 7, timeout=5000)
    assert c.settings["interval_minutes"] == 30
    [(summary, body, _)] = [n for n in notes.shown if n[0] == "Some settings were not used"]
    assert "interval_minutes" in body and "from 5 to 180" in body
    [kept] = paths.config_dir.glob("config.toml.*.bad")
    assert kept.read_bytes() == edited
    assert kept.name in body
    assert "interval_minutes" in caplog.text
    caplog.clear()


def test_an_edit_not_yet_picked_up_is_kept_when_preferences_save(make, paths, notes, caplog):
    c = make()
    c.apply_settings(decl.Settings())
    edited = paths.config_file.read_bytes() + b"# my note\n"
    paths.config_file.write_bytes(edited)
    # Preferences' OK comes before the watcher has settled on the edit.
    c.apply_settings(decl.Settings().with_value("interval_minutes", 25))
    [kept] = paths.config_dir.glob("config.toml.*.replaced")
    assert kept.read_bytes() == edited
    assert any(kept.name in body for _, body, _ in notes.shown)
    assert kept.name in caplog.text
    caplog.clear()
    assert config.load(paths.config_file, c.clock.now()).settings["interval_minutes"] == 25


# (what the file holds, what the message must name, a valid value that must survive)
MALFORMED = {
    "not TOML": (b"snooze_minutes = 7\ninterval_minutes = = 3\n", "is not valid TOML", None),
    "wrong type": (b'snooze_minutes = 7\ninterval_minutes = "thirty"\n',
                   "interval_minutes: 'thirty' is not a whole number", 7),
    "out of range": (b"snooze_minutes = 7\nmax_snoozes = 99\n", "max_snoozes: 99 is above", 7),
    "binary": (b"\x00\xff\xfe\x89PNG\r\n", "is not a text file", None),
    "bad version": (b'version = "two"\nsnooze_minutes = 7\n', "version: 'two' is not a version", 7),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_a_malformed_config_never_stops_the_app(make, paths, notes, caplog, case):
    content, named, snooze = MALFORMED[case]
    paths.config_dir.mkdir(parents=True)
    paths.config_file.write_bytes(content)
    c = make()
    assert c.state is State.COUNTING
    [(summary, body, _)] = notes.shown
    assert summary == "Some settings were not used" and named in body
    [kept] = paths.config_dir.glob("config.toml.*.bad")
    assert kept.read_bytes() == content and kept.name in body
    assert c.settings["snooze_minutes"] == (snooze or 5)
    assert named in caplog.text
    caplog.clear()


def test_a_folder_in_place_of_the_config_file_never_stops_the_app(make, paths, notes, caplog):
    paths.config_file.mkdir(parents=True)
    c = make()
    assert c.state is State.COUNTING and c.settings == decl.Settings()
    [(_, body, _)] = notes.shown
    assert "is a folder" in body
    caplog.clear()


@pytest.mark.parametrize("content", [b"", b'snooze_minutes = 7\nfrom_a_newer_version = "x"\n'])
def test_an_empty_config_or_unknown_keys_start_quietly(make, paths, notes, content):
    paths.config_dir.mkdir(parents=True)
    paths.config_file.write_bytes(content)
    c = make()
    assert notes.shown == [] and c.state is State.COUNTING
    assert paths.config_file.read_bytes() == content


def test_a_config_that_cannot_be_saved_is_said_once_and_the_settings_still_apply(
        make, paths, notes, monkeypatch, caplog):
    import errno

    c = make()
    c.apply_settings(decl.Settings())
    before = paths.config_file.read_bytes()

    def full(path, settings):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(config, "save", full)
    c.apply_settings(decl.Settings().with_value("interval_minutes", 40))
    c.apply_settings(decl.Settings().with_value("interval_minutes", 50))
    assert [t for t in titles(notes) if t == "Settings not saved"] == ["Settings not saved"]
    assert c.tray.status_action.text() == "Next break in 50 min"  # kept in memory
    assert paths.config_file.read_bytes() == before
    assert caplog.text.count("Could not save") == 2
    caplog.clear()


def test_the_safety_note_comes_once_and_holds_the_countdown_until_read(make, clock, paths, qtbot):
    from PySide6.QtCore import Qt

    from deskstretch.ui.stretch_window import NOTE, RUNNING

    (paths.data_dir / "window.json").unlink()
    controller = make()
    controller.start_break()
    window = controller.window
    assert window.stack.currentIndex() == NOTE
    clock.advance(seconds=30)
    controller._render()
    # Half a minute with the note open: the routine has not moved.
    assert controller.session.position(clock.monotonic()) == 0
    assert window.ring._seconds == 5 and not controller._tick.isActive()
    qtbot.waitExposed(window)
    qtbot.mouseClick(window.note_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == RUNNING and controller._tick.isActive()
    clock.advance(seconds=2)
    controller._render()
    assert window.ring._seconds == 3
    controller.close_window()

    # The next break, and the next run of the app, go straight to the routine.
    controller.start_break()
    assert window.stack.currentIndex() == RUNNING
    controller.close_window()
    again = make()
    again.start_break()
    assert again.window.stack.currentIndex() == RUNNING


def test_a_reminder_opens_the_window_without_taking_the_keyboard(controller, alarms, start, notes):
    from PySide6.QtCore import Qt

    alarms.run_until(start + 30 * MIN)
    notes.action_invoked.emit("default")
    assert controller.window.isVisible()
    assert controller.window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    controller.close_window()
    controller.start_break()  # the tray icon or the command line: the user asked for it
    assert not controller.window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)


def test_appearance_and_sound_settings_reach_the_open_window(controller):
    controller.start_break()
    assert not controller.window.reduce_motion
    new = controller.settings.with_value("reduce_motion", True).with_value("sound_cue", True)
    controller.apply_settings(new.with_value("sound_volume", 30))
    assert controller.window.reduce_motion
    assert controller.window.sound_cue and controller.window.sound_volume == 30
    assert controller.window.figure.frame.t == 1.0


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
    assert controller.window.done_detail.text() == "Nice work — 1 break today."
    assert controller.window.done_next.text().startswith("Next break at ")


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
    shutil.rmtree(paths.data_dir)
    paths.data_dir.write_text("not a folder")
    c = make()
    # The history opens when there is something to keep, and says then that it cannot.
    assert [n for n in notes.shown if n[0] == "Break history"] == []
    c.start_break()
    [(_, body, _)] = [n for n in notes.shown if n[0] == "Break history"]
    assert "Break history is off" in body and str(paths.data_dir) in body
    told = len(notes.shown)
    caplog.clear()
    c.window.note_button.click()  # nowhere to remember the note was read: it shows again
    clock.advance(seconds=60)
    c._render()
    assert c.window.done_detail.text() == "Nice work."
    assert c.window.done_next.text().startswith("Next break")
    assert len(notes.shown) == told
    assert "window.json" in caplog.text  # the window's size and the note are not kept either
    caplog.clear()


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


def test_quitting_during_a_break_ends_it_early_rather_than_leaving_it_interrupted(make, clock):
    first = make()
    first.start_break()
    clock.advance(seconds=20)
    first.shutdown()  # what the app does once its event loop has ended, however it quit
    assert kinds(make())[-2:] == ["started", "ended early"]


def test_the_first_start_asks_about_start_at_login_once(make, paths, notes, tmp_path):
    from deskstretch.platform.autostart import XdgAutostart

    entry = XdgAutostart(tmp_path / "xdg-config")
    c = make(autostart=entry)
    [(title, body, actions)] = [n for n in notes.shown if n[0] == "Welcome to DeskStretch"]
    assert "Every 30 minutes" in body and "log in" in body
    assert [key for key, _ in actions] == ["start-at-login", "not-now"]
    assert not entry.is_enabled()  # off until the user says yes
    assert paths.config_file.exists()  # so the question is not asked again
    c.notifications.action_invoked.emit("start-at-login")
    assert entry.is_enabled() and c.settings["start_at_login"]
    assert "start_at_login = true" in paths.config_file.read_text()
    c.shutdown()
    notes.shown.clear()
    make(autostart=entry)
    assert not [n for n in notes.shown if n[0] == "Welcome to DeskStretch"]


def test_not_now_leaves_start_at_login_off(make, paths, notes, tmp_path):
    from deskstretch.platform.autostart import XdgAutostart

    entry = XdgAutostart(tmp_path / "xdg-config")
    c = make(autostart=entry)
    c.notifications.action_invoked.emit("not-now")
    assert not entry.is_enabled() and not c.settings["start_at_login"]
