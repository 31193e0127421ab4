"""Wires the break rules, the scheduler and the widgets together; holds no rules itself."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from deskstretch.core import settings as decl
from deskstretch.core.breaks import BreakPlanner, next_morning
from deskstretch.core.clock import Clock
from deskstretch.core.library import ROUTINES
from deskstretch.core.session import StretchSession
from deskstretch.storage import config
from deskstretch.storage.paths import Paths
from deskstretch.ui import wording
from deskstretch.ui.tray import Tray

log = logging.getLogger(__name__)

BREAK_ALARM = "break"
STATUS_ALARM = "status"


class Alarms(Protocol):
    def set(self, name, when, callback) -> None: ...
    def cancel(self, name) -> None: ...


class Notifications(Protocol):
    action_invoked: Signal

    def show(self, summary: str, body: str, actions: list[tuple[str, str]]) -> bool: ...
    def close(self) -> None: ...


class Controller(QObject):
    """Turns user intents and alarms into calls on the break rules, and shows the result."""

    quit_requested = Signal()
    break_finished = Signal()

    def __init__(self, clock: Clock, alarms: Alarms, paths: Paths,
                 notifications: Notifications, tray: Tray | None = None) -> None:
        super().__init__()
        self.clock = clock
        self.alarms = alarms
        self.paths = paths
        self.notifications = notifications
        self.notifications.action_invoked.connect(self._on_notification_action)
        self.tray = tray or Tray(self)
        self.window = None
        self.preferences = None
        self.session: StretchSession | None = None
        self._tick = QTimer(self)
        self._tick.setSingleShot(True)
        self._tick.timeout.connect(self._render)

        now = clock.now()
        loaded = config.load(paths.config_file, now)
        self.settings = loaded.settings
        self.problems = self._report_problems(loaded)
        self.planner = BreakPlanner(self._interval(), now)

        self.tray.stretch_requested.connect(self.start_break)
        self.tray.pause_requested.connect(self.pause)
        self.tray.resume_requested.connect(self.resume)
        self.tray.preferences_requested.connect(self.open_preferences)
        self.tray.quit_requested.connect(self.quit_requested)

    # -- schedule ---------------------------------------------------------------------------

    def _interval(self) -> timedelta:
        return timedelta(minutes=self.settings["interval_minutes"])

    @property
    def routine(self):
        return ROUTINES[self.settings["routine"]]

    def start(self) -> None:
        self.refresh()
        self.tray.show()
        if self.problems:
            self.tell("Some settings were not used", self.problems)

    def tell(self, title: str, body: str) -> None:
        """A desktop notification, or the tray's own balloon when no server answers."""
        if not self.notifications.show(title, body, []):
            self.tray.message(title, body)

    def refresh(self) -> None:
        """Show the current status and set the alarms for the next change."""
        now = self.clock.now()
        status = self.planner.status(now)
        self.tray.show_state(status.state, status.progress, wording.status_line(status, now))
        wakeup = self.planner.next_wakeup(now)
        if wakeup is None:
            self.alarms.cancel(BREAK_ALARM)
        else:
            self.alarms.set(BREAK_ALARM, wakeup, self._on_break_alarm)
        change = wording.seconds_until_status_changes(status, now)
        if change is None or (wakeup is not None and now + timedelta(seconds=change) >= wakeup):
            self.alarms.cancel(STATUS_ALARM)
        else:
            self.alarms.set(STATUS_ALARM, now + timedelta(seconds=change), self.refresh)

    def _on_break_alarm(self) -> None:
        if self.planner.check_due(self.clock.now()):
            self.remind()
        self.refresh()

    def remind(self) -> None:
        log.info("Break due: %s", self.routine.name)
        title = "Time to stand up"
        body = f"Your {self.routine.summary.removeprefix('a ')} is ready."
        if not self.notifications.show(title, body, [("default", "Start now")]):
            # The tray balloon's click opens the stretch window, so say so.
            self.tray.message(title, body + " Click here to start.")

    def _on_notification_action(self, key: str) -> None:
        if key == "default":
            self.start_break()

    def pause(self, choice: int | str) -> None:
        now = self.clock.now()
        if choice == "tomorrow":
            until = next_morning(now, self.settings["morning_hour"])
        else:
            until = now + timedelta(minutes=int(choice))
        self.planner.pause(now, until)
        log.info("Paused until %s", until.isoformat(timespec="minutes"))
        self.refresh()

    def resume(self) -> None:
        self.planner.resume(self.clock.now())
        log.info("Resumed")
        self.refresh()

    # -- the stretch window -----------------------------------------------------------------

    def _ensure_window(self):
        if self.window is None:
            # Built on first use so that starting the app stays fast.
            from deskstretch.ui.stretch_window import StretchWindow

            self.window = StretchWindow()
            self.window.pause_toggled.connect(self._on_pause_toggled)
            self.window.back_requested.connect(lambda: self._move(StretchSession.back))
            self.window.skip_requested.connect(lambda: self._move(StretchSession.skip))
            self.window.close_requested.connect(self.close_window)
        return self.window

    def start_break(self) -> None:
        window = self._ensure_window()
        if self.session is None:
            self.notifications.close()
            self.planner.break_started(self.clock.now())
            self.session = StretchSession(self.routine, self.clock.monotonic())
            log.info("Break started: %s (%d s)", self.routine.name, self.session.total)
            self._render()
            self.refresh()
        window.show()
        window.raise_()
        window.activateWindow()

    def _on_pause_toggled(self) -> None:
        if self.session is not None:
            self.session.toggle_pause(self.clock.monotonic())
            self._render()

    def _move(self, how) -> None:
        if self.session is not None:
            how(self.session, self.clock.monotonic())
            self._render()

    def _render(self) -> None:
        """Show the session as it stands now, and come back when the countdown changes."""
        if self.session is None:
            return
        now = self.clock.monotonic()
        snap = self.session.snapshot(now)
        if snap.finished:
            self._finish()
            return
        self.window.show_snapshot(self.routine.name, snap)
        wait = self.session.seconds_to_next_change(now)
        if wait is None:
            self._tick.stop()
        else:
            # Land just after the change so the new number is already due.
            self._tick.start(max(1, round(wait / self.clock.scale * 1000) + 5))

    def _end_break(self) -> None:
        self._tick.stop()
        self.session = None
        self.planner.break_ended(self.clock.now())
        self.refresh()

    def _finish(self) -> None:
        self._end_break()
        log.info("Break done")
        now = self.clock.now()
        status = self.planner.status(now)
        self.window.show_finished(
            f"Nice work. Next break at {wording.when(status.next_due, now)}, "
            f"in {wording.span((status.next_due - now).total_seconds())}."
        )
        self.break_finished.emit()

    def close_window(self) -> None:
        if self.session is not None:
            log.info("Break closed early")
            self._end_break()
        if self.window is not None:
            self.window.hide()

    # -- preferences ------------------------------------------------------------------------

    def open_preferences(self) -> None:
        from deskstretch.ui.preferences import PreferencesDialog

        names = {"routine": {key: r.name for key, r in ROUTINES.items()}}
        dialog = PreferencesDialog(self.settings, names)
        dialog.settings_accepted.connect(self.apply_settings)
        dialog.finished.connect(dialog.deleteLater)
        self.preferences = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def apply_settings(self, settings: decl.Settings) -> None:
        self.settings = settings
        self.planner.set_interval(self._interval(), self.clock.now())
        try:
            config.save(self.paths.config_file, settings)
        except OSError as e:
            log.warning("Could not save %s: %s", self.paths.config_file, e)
            self.tray.message("Settings not saved",
                              f"{self.paths.config_file} could not be written ({e.strerror}). "
                              "Your changes apply until DeskStretch quits.")
        self.refresh()

    def _report_problems(self, loaded: config.Loaded) -> str:
        for problem in loaded.problems:
            log.warning("%s", problem)
        if not loaded.problems:
            return ""
        kept = f" The original was kept as {loaded.kept_copy.name}." if loaded.kept_copy else ""
        return " ".join(loaded.problems) + kept
