"""Wires the break rules, the scheduler, the platform probes and the widgets together;
holds no rules itself."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import timedelta
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from deskstretch.core import hours
from deskstretch.core import settings as decl
from deskstretch.core.breaks import BreakPlanner, Prompt, Rules, State, next_morning
from deskstretch.core.clock import Clock
from deskstretch.core import library
from deskstretch.core.library import ROUTINES
from deskstretch.core.program import NAMES as STAGE_NAMES
from deskstretch.core.program import PROGRAM
from deskstretch.core.session import StretchSession
from deskstretch.storage import config
from deskstretch.storage import program as program_file
from deskstretch.storage.files import keep_copy, write_atomically
from deskstretch.storage.paths import Paths
from deskstretch.storage.watcher import FileWatcher, FolderWatcher
from deskstretch.ui import wording
from deskstretch.ui.i18n import fill, library as library_text, translate
from deskstretch.ui.tray import Tray

log = logging.getLogger(__name__)

# One alarm: the next moment either the schedule or the tooltip changes.
WAKEUP = "wakeup"
# How often to look at idle time and at the clocks (for sleep and clock changes).
HEARTBEAT_S = 30
# Clock differences below these are drift or scheduling noise, not sleep or a clock change.
MIN_SLEEP_S = 10
MIN_JUMP_S = 60
# A notification has room for a few problems; the log has all of them.
SHOWN_PROBLEMS = 3


class Alarms(Protocol):
    def set(self, name, when, callback) -> None: ...
    def cancel(self, name) -> None: ...


class Notifications(Protocol):
    action_invoked: Signal

    def show(self, summary: str, body: str, actions: list[tuple[str, str]]) -> bool: ...
    def close(self) -> None: ...


class IdleProbe(Protocol):
    def idle_seconds(self) -> float | None: ...


class Autostart(Protocol):
    def enable(self, command) -> None: ...
    def disable(self) -> None: ...


class Controller(QObject):
    """Turns user intents, alarms and what the machine noticed into calls on the break
    rules, and shows the result."""

    quit_requested = Signal()
    break_finished = Signal()

    def __init__(self, clock: Clock, alarms: Alarms, paths: Paths,
                 notifications: Notifications, tray: Tray | None = None,
                 idle: IdleProbe | None = None, busy: Callable[[], bool] = lambda: False,
                 autostart: Autostart | None = None) -> None:
        super().__init__()
        self.clock = clock
        self.alarms = alarms
        self.paths = paths
        self.notifications = notifications
        self.notifications.action_invoked.connect(self._on_notification_action)
        self.idle = idle
        self.busy = busy
        self.autostart = autostart
        self.tray = tray or Tray(self)
        self.window = None
        self.preferences = None
        self.statistics = None
        self.checkin = None
        # The routine of the long break whose comfort check-in is under way.
        self._comfort_routine: str | None = None
        self.session: StretchSession | None = None
        self._tick = QTimer(self)
        self._tick.setSingleShot(True)
        self._tick.timeout.connect(self._render)
        # A monotonic timer, unlike the wall-clock alarms: it keeps beating when the wall
        # clock is changed, which is what it is there to notice.
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(max(1, round(HEARTBEAT_S / clock.scale * 1000)))
        self._heartbeat.timeout.connect(self.heartbeat)
        self._clocks = self._read_clocks()

        now = clock.now()
        # No settings file yet: the first start, when the user is asked about start at login.
        self._first_run = not paths.config_file.exists()
        self.routine_problems: list[str] = []
        self.routines = dict(ROUTINES)
        if paths.routines_dir.exists():
            # Only then is the routine-file reader imported: most people have none.
            from deskstretch.storage import routines as routine_files

            own = routine_files.load(paths.config_dir)
            for problem in own.problems:
                log.warning("%s", problem)
            self.routine_problems = own.problems
            self.routines.update(own.routines)
        loaded = config.load(paths.config_file, now, tuple(self.routines))
        self.settings = loaded.settings
        self.tray.set_icon_style(self.settings["tray_icon"])
        self.problems = self._report_problems(loaded)
        self.progress, problem = program_file.load(self._program_file, now)
        if problem:
            log.warning("%s", problem)
            self.problems = " ".join(filter(None, (self.problems, problem)))
        self.planner = BreakPlanner(self._rules(), now)
        self.config_watcher = FileWatcher(paths.config_file, loaded.raw, self)
        self.config_watcher.changed.connect(self._on_config_edited)
        self.routine_watcher = FolderWatcher(paths.routines_dir, parent=self)
        self.routine_watcher.changed.connect(self._on_routines_edited)
        self._save_failed = False
        self.planner.restore_pause(self._load_state(), now)
        self._history = None  # opened on first use: see history

        self.tray.stretch_requested.connect(self.start_break)
        self.tray.routine_requested.connect(self.start_break)
        self._show_routines()
        self.tray.snooze_requested.connect(self.snooze)
        self.tray.skip_requested.connect(self.skip)
        self.tray.pause_requested.connect(self.pause)
        self.tray.resume_requested.connect(self.resume)
        self.tray.preferences_requested.connect(self.open_preferences)
        self.tray.statistics_requested.connect(self.open_statistics)
        self.tray.quit_requested.connect(self.quit_requested)

    # -- schedule ---------------------------------------------------------------------------

    def _rules(self) -> Rules:
        short = self._routine(long=False)
        return Rules.from_settings(self.settings, timedelta(seconds=short.seconds))

    def _routine(self, long: bool):
        """The routine a reminder opens: in office mode never one with floor exercises."""
        key = "long_routine" if long else "routine"
        return library.for_reminder(self.routines, self.settings[key], long,
                                    self.settings["office_mode"])

    def _office_note(self) -> str:
        """Why a chosen routine will not open from reminders, or nothing."""
        notes = []
        for long in (False, True):
            chosen = self.routines.get(self.settings["long_routine" if long else "routine"])
            used = self._routine(long)
            if chosen is not None and used is not chosen:
                notes.append(fill(translate(
                    "Controller", "Office mode is on, so reminders open the %1 instead of the "
                    "%2, which is done on the floor."), library_text(used.name),
                    library_text(chosen.name)))
        return " ".join(notes)

    def knows(self, routine_id: str) -> bool:
        return routine_id == PROGRAM or routine_id in self.routines

    def _named(self, routine_id: str):
        if routine_id == PROGRAM:
            return self.progress.routine(self.routines)
        return self.routines[routine_id]

    def _show_routines(self) -> None:
        """The tray's routine menu: the back program's current stage, then every routine."""
        def label(routine):
            minutes = max(1, round(routine.seconds / 60))
            text = (translate("Controller", "%1 · %2 min · on the floor") if routine.uses_floor
                    else translate("Controller", "%1 · %2 min"))
            return fill(text, library_text(routine.name), minutes)

        items = [(PROGRAM, fill(translate("Controller", "Back program: %1"),
                                wording.program_progress(self.progress)))]
        items += [(rid, label(r)) for rid, r in self.routines.items()]
        self.tray.set_routines(items)

    def start(self, tray_available: bool = True) -> None:
        self.refresh()
        self.tray.show()
        self._heartbeat.start()
        if not tray_available:
            log.warning("No system tray was found; the icon appears when one starts")
            self.tell(translate("Controller", "DeskStretch is running"),
                      translate("Controller", "There is no system tray on this desktop yet, so "
                                "there is no icon. Reminders still come as notifications; click "
                                "one to stretch."))
        if self.problems:
            self.tell(translate("Controller", "Some settings were not used"), self.problems)
        if self._first_run and self.autostart is not None:
            self._welcome()
        self._tell_routine_problems(self.routine_problems)
        note = self._office_note()
        if note:
            log.info("%s", note)

    @property
    def history(self):
        """The break history, opened when first needed (a break, the statistics) rather than
        before the tray icon shows: SQLite and the history code are not needed for the icon.
        A break cut off by a crash is marked interrupted then."""
        if self._history is None:
            from deskstretch.storage.history import FILE_NAME, History

            self._history = History.open(self.paths.data_dir / FILE_NAME, self.clock)
            if self._history.problem:
                self.tell(translate("Controller", "Break history"), self._history.problem)
            self._history.on_problem = lambda text: self.tell(
                translate("Controller", "Break history"), text)
        return self._history

    def _welcome(self) -> None:
        """Ask once, on the first start, whether to start at login (off until the user says)."""
        self.apply_settings(self.settings)  # the file now exists: the question is not repeated
        self.tell(translate("Controller", "Welcome to DeskStretch"),
                  translate("Controller", "Every %n minutes a reminder asks you to stand up. "
                            "Start DeskStretch when you log in? You can change this later in "
                            "Preferences.", "", self.settings["interval_minutes"]),
                  [("start-at-login", translate("Controller", "Start at login")),
                   ("not-now", translate("Controller", "Not now"))])

    def _tell_routine_problems(self, problems: list[str]) -> None:
        if not problems:
            return
        shown = problems[:SHOWN_PROBLEMS]
        more = len(problems) - len(shown)
        body = "\n".join(shown)
        if more:
            body += "\n" + translate("Controller", "…and %n more; see the log.", "", more)
        self.tell(translate("Controller", "Some of your routines were not loaded"), body)

    def _on_routines_edited(self) -> None:
        """A file in the routines folder was added, edited or removed: use the folder as it
        is now. A problem is told once, when it first appears."""
        from deskstretch.storage import routines as routine_files

        own = routine_files.load(self.paths.config_dir)
        new = [p for p in own.problems if p not in self.routine_problems]
        for problem in new:
            log.warning("%s", problem)
        self.routine_problems = own.problems
        before, self.routines = self.routines, {**ROUTINES, **own.routines}
        log.info("Routines folder changed: %d routines of your own", len(own.routines))
        self._show_routines()
        self._tell_routine_problems(new)
        # A chosen routine whose file is gone: reminders go back to the built-in default.
        values, gone = dict(self.settings.values), {}
        for key in ("routine", "long_routine"):
            if values[key] not in self.routines:
                values[key] = decl.BY_KEY[key].default
                gone.setdefault(before[self.settings[key]].name, self.routines[values[key]].name)
        settings = decl.Settings(values, self.settings.extra, tuple(self.routines))
        if not gone:
            self.settings = settings
            self.planner.set_rules(self._rules(), self.clock.now())  # its length may differ
            self.refresh()
            return
        for name, instead in gone.items():
            log.warning("The routine %r is gone; using %r", name, instead)
            self.tell(translate("Controller", "Routine not available"),
                      fill(translate("Controller", "Your routine \u201c%1\u201d was removed or "
                                     "can no longer be read, so reminders open the %2 instead."),
                           name, library_text(instead)))
        self._use_settings(settings)

    def tell(self, title: str, body: str, actions: list[tuple[str, str]] = ()) -> None:
        """A desktop notification, or the tray's own balloon when no server answers."""
        if not self.notifications.show(title, body, list(actions)):
            # The tray balloon's click opens the stretch window.
            self.tray.message(title, body)

    def _log_events(self, session: StretchSession | None = None) -> None:
        """Log what the planner did and keep it in the history; ``session`` is the break
        that just ended, if any."""
        events = self.planner.drain_events()
        for event in events:
            log.info("%s%s", event.kind, f" ({event.detail})" if event.detail else "")
        if events:
            from deskstretch.core import history

            self.history.add(history.records(events, session or self.session,
                                             self.clock.monotonic()))
            if self.statistics is not None and self.statistics.isVisible():
                self._show_statistics()

    def refresh(self) -> None:
        """Show the current status and set the alarms for the next change."""
        self._log_events()
        now = self.clock.now()
        status = self.planner.status(now)
        self.tray.show_state(status, wording.status_line(status, now),
                             wording.snooze_label(self.settings["snooze_minutes"]))
        moments = [self.planner.next_wakeup(now)]
        change = wording.seconds_until_status_changes(status, now)
        if change is not None:
            moments.append(now + timedelta(seconds=change))
        moments = [m for m in moments if m is not None]
        if moments:
            self.alarms.set(WAKEUP, min(moments), self._on_alarm)
        else:
            self.alarms.cancel(WAKEUP)

    def _is_busy(self) -> bool:
        busy = bool(self.busy())
        if busy:
            log.info("Busy (full screen or do not disturb): the break waits")
        return busy

    def _on_alarm(self) -> None:
        try:
            prompt = self.planner.poll(self.clock.now(), self._is_busy)
            if prompt is not None:
                self.prompt(prompt)
        finally:
            # Whatever went wrong above (and was logged by the scheduler), the next
            # alarm is still set: one failure must not end all future reminders.
            self.refresh()

    def _break_actions(self) -> list[tuple[str, str]]:
        actions = [("default", translate("Controller", "Start now"))]
        left = self.planner.status(self.clock.now()).snoozes_left
        if left:
            actions.append(("snooze", wording.snooze_label(self.settings["snooze_minutes"])))
        actions.append(("skip", translate("Controller", "Skip")))
        return actions

    def prompt(self, prompt: Prompt) -> None:
        routine = self._routine(self.planner.long_next)
        # A routine of the user's own has no translated summary; its name is quoted instead.
        what = (library_text(routine.summary) if routine.id in ROUTINES else
                fill(translate("Controller", 'routine "%1"'), routine.name))
        if prompt is Prompt.WARN:
            seconds = self.settings["warning_seconds"]
            title = fill(translate("Controller", "Break in %1"), wording.span(seconds, exact=True))
            body = fill(translate("Controller", "Your %1 is coming up."), what)
        else:
            title = (translate("Controller", "Time for a longer stretch") if self.planner.long_next
                     else translate("Controller", "Time to stand up"))
            body = fill(translate("Controller", "Your %1 is ready."), what)
        # One notification, replaced in place: the warning turns into the reminder.
        self.tell(title, body, self._break_actions())
        if prompt is Prompt.WARN:
            # The window's code (QtSvg, the pose model, the window) loads now, once the warning
            # is on screen and while the user finishes a sentence: the break's window then
            # opens at once, and the app does not carry that code (about 3 MiB) through hours
            # without a break.
            self._warm_up()

    def _on_notification_action(self, key: str) -> None:
        # Opened from a reminder, the window leaves the keyboard where the user was typing.
        {"default": lambda: self.start_break(take_focus=False), "snooze": self.snooze,
         "skip": self.skip,
         "start-at-login": lambda: self.apply_settings(
             self.settings.with_value("start_at_login", True)),
         }.get(key, lambda: None)()

    def snooze(self) -> None:
        if not self.planner.snooze(self.clock.now()):
            self.tell(translate("Controller", "No more snoozes"),
                      translate("Controller", "This break has been put off as often as your "
                                "settings allow. Take it now, or skip it."),
                      self._break_actions())
        else:
            self.notifications.close()
        self.refresh()

    def skip(self) -> None:
        self.notifications.close()
        self.planner.skip(self.clock.now())
        self.refresh()

    def pause(self, choice: int | str | None) -> None:
        """Pause for a number of minutes, "tomorrow", or None: until resumed."""
        now = self.clock.now()
        if choice is None:
            self.planner.pause(now, None)
        elif choice == "tomorrow":
            self.planner.pause(now, next_morning(now, hours.parse_time(self.settings["morning_time"])))
        else:
            self.planner.pause(now, now + timedelta(minutes=int(choice)), span=True)
        self.notifications.close()
        self._save_state()
        self.refresh()

    def resume(self) -> None:
        self.planner.resume(self.clock.now())
        self._save_state()
        self.refresh()

    # -- what the machine noticed ----------------------------------------------------------

    def _read_clocks(self) -> tuple:
        return self.clock.now(), self.clock.monotonic(), self.clock.boottime()

    def heartbeat(self) -> None:
        """Look at the clocks and at idle time: sleep, clock changes and time away."""
        now, mono, boot = clocks = self._read_clocks()
        then, mono0, boot0 = self._clocks
        self._clocks = clocks
        slept = (boot - boot0) - (mono - mono0)
        jump = (now - then).total_seconds() - (boot - boot0)
        if abs(jump) >= MIN_JUMP_S:
            log.info("The clock was changed by %+d s", jump)
            self.planner.observe_clock_jump(now, jump)
        if slept >= MIN_SLEEP_S:
            log.info("Woke after %d s asleep", slept)
            if self.session is not None and slept >= self.planner.rules.natural_break.total_seconds():
                self.close_window()
            self.planner.observe_sleep(now, slept)
        if self.idle is not None:
            idle = self.idle.idle_seconds()
            if idle is not None:
                self.planner.observe_idle(now, idle)
        self.refresh()

    # -- the stretch window -----------------------------------------------------------------

    @staticmethod
    def _warm_up() -> None:
        import deskstretch.ui.stretch_window  # noqa: F401

    def _ensure_window(self):
        if self.window is None:
            # Built on first use so that starting the app stays fast.
            from deskstretch.ui.stretch_window import StretchWindow
            from deskstretch.ui.window_memory import WindowMemory

            self.window = StretchWindow(WindowMemory(self.paths.data_dir / "window.json",
                                                      self.clock.now()))
            self.window.configure(self.settings)
            self.window.safety_note_accepted.connect(self._on_safety_note_accepted)
            self.window.pause_toggled.connect(self._on_pause_toggled)
            self.window.back_requested.connect(lambda: self._move(StretchSession.back))
            self.window.skip_requested.connect(lambda: self._move(StretchSession.skip))
            self.window.close_requested.connect(self.close_window)
        return self.window

    def start_break(self, routine_id: str | None = None, take_focus: bool = True) -> None:
        """Open the stretch window with the break that is due, or with ``routine_id``."""
        window = self._ensure_window()
        new = self.session is None
        if new:
            self.notifications.close()
            long = self.planner.start_break(self.clock.now())
            routine = self._named(routine_id) if routine_id else self._routine(long)
            self.session = StretchSession(routine, self.clock.monotonic())
            log.info("Break started: %s (%d s)", self.session.routine.name, self.session.total)
            window.follow(self.session.phases, self._snapshot, self.clock.scale)
            if not window.safety_note_read:
                # The countdown waits until the first-use safety note is read.
                self.session.pause(self.clock.monotonic())
                window.show_safety_note()
            self._render()
            self.refresh()
        window.present(take_focus)
        routine = self.session.routine
        if new and self.settings["comfort_checkin"] and routine.id == self.settings["long_routine"]:
            # The routine waits while the user answers.
            self._comfort_routine = routine.id
            self.session.pause(self.clock.monotonic())
            self._render()
            self._ask_comfort("before")

    def _snapshot(self):
        return self.session.snapshot(self.clock.monotonic()) if self.session else None

    def _on_safety_note_accepted(self) -> None:
        if self.session is not None:
            self.session.resume(self.clock.monotonic())
            self._render()

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
        self.window.show_snapshot(self.session.routine.name, snap)
        wait = self.session.seconds_to_next_change(now)
        if wait is None:
            self._tick.stop()
        else:
            # Land just after the change so the new number is already due.
            self._tick.start(max(1, round(wait / self.clock.scale * 1000) + 5))

    def _end_break(self, completed: bool) -> None:
        self._tick.stop()
        session, self.session = self.session, None
        self.planner.end_break(self.clock.now(), completed)
        self._log_events(session)
        self.refresh()
        if self.checkin is not None and self.checkin.isVisible():
            self.checkin.hide()  # the break ended before the first question was answered
            self._comfort_routine = None
        elif self._comfort_routine is not None:
            self._ask_comfort("after")

    def _finish(self) -> None:
        done = self.session.routine.id
        self._end_break(completed=True)
        log.info("Break done")
        now = self.clock.now()
        status = self.planner.status(now)
        progress = self.history.progress(now, self.settings["daily_goal"])
        if self.history.available and progress is not None:
            headline = fill(translate("Controller", "Nice work — %1."), wording.progress_line(*progress))
        else:
            headline = translate("Controller", "Nice work.")
        next_break = ""
        if status.next_due is not None:
            next_break = fill(translate("Controller", "Next break at %1, in %2."),
                              wording.when(status.next_due, now),
                              wording.span((status.next_due - now).total_seconds()))
        program = self._advance_program(done)
        self.window.show_finished("\n".join(filter(None, (headline, program))), next_break)
        self.break_finished.emit()

    def _advance_program(self, routine_id: str) -> str:
        """Count a completed session of the back program's current stage; a line saying where
        the user now is, or nothing when the routine was not the current stage."""
        before = self.progress
        self.progress = before.completed(routine_id)
        if self.progress == before:
            return ""
        try:
            program_file.save(self._program_file, self.progress)
        except OSError as e:
            log.warning("Could not save %s: %s", self._program_file, e)
        self._show_routines()
        log.info("Back program: %s", self.progress.describe())
        if self.progress.stage != before.stage:
            return fill(translate("Controller", "Back program: %1 complete. Next time: %2."),
                        library_text(STAGE_NAMES[before.stage]),
                        library_text(STAGE_NAMES[self.progress.stage]))
        return fill(translate("Controller", "Back program: %1."),
                    wording.program_progress(self.progress))

    @property
    def _program_file(self):
        return program_file.path(self.paths.data_dir)

    def close_window(self) -> None:
        if self.session is not None:
            self._end_break(completed=False)
        if self.window is not None:
            self.window.hide()

    def shutdown(self) -> None:
        """On quit, however it came: a break in progress ended early, not interrupted."""
        self.close_window()
        if self._history is not None:
            self._history.close()

    # -- comfort check-in ----------------------------------------------------------------------

    def _ask_comfort(self, when: str) -> None:
        if self.checkin is None:
            from deskstretch.ui.checkin import CheckinWindow

            self.checkin = CheckinWindow()
            self.checkin.answered.connect(self._on_comfort)
        self.checkin.ask(when)

    def _on_comfort(self, when: str, rating: int | None) -> None:
        routine = self._comfort_routine
        if rating is not None and routine is not None:
            from deskstretch.core import history

            self.history.add([history.comfort(self.clock.now(), when, rating, routine)])
        # "After" is asked only when "before" was answered, so the two can be compared.
        self._comfort_routine = routine if when == "before" and rating is not None else None
        if when == "before" and self.session is not None:
            self.session.resume(self.clock.monotonic())
            self._render()

    # -- preferences and state ----------------------------------------------------------------

    def open_preferences(self) -> None:
        from deskstretch.ui.preferences import PreferencesDialog

        def name(routine):
            if routine.uses_floor:
                return fill(translate("Controller", "%1 (on the floor)"), library_text(routine.name))
            return library_text(routine.name)

        names = {key: {k: name(r) for k, r in self.routines.items()}
                 for key in ("routine", "long_routine")}
        dialog = PreferencesDialog(self.settings, names)
        dialog.settings_accepted.connect(self.apply_settings)
        dialog.finished.connect(dialog.deleteLater)
        self.preferences = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def open_statistics(self) -> None:
        if self.statistics is None:
            # Built on first use, like the other windows.
            from deskstretch.ui.statistics import StatisticsWindow

            self.statistics = StatisticsWindow(self.history.export_csv)
            self.statistics.stretch_requested.connect(lambda: self.start_break())
        self._show_statistics()
        self.statistics.show()
        self.statistics.raise_()
        self.statistics.activateWindow()

    def _show_statistics(self) -> None:
        stats = self.history.statistics(self.clock.now(), self.settings["daily_goal"])
        self.statistics.show_statistics(stats, "" if self.history.available else self.history.problem)

    def _use_settings(self, settings: decl.Settings) -> None:
        was_on, self.settings = self.settings["start_at_login"], settings
        self.tray.set_icon_style(settings["tray_icon"])
        if self.window is not None:
            self.window.configure(settings)
        self.planner.set_rules(self._rules(), self.clock.now())
        # Off and still off: there is nothing to remove, and the first start's save stays light.
        if was_on or settings["start_at_login"]:
            self._apply_autostart()
        note = self._office_note()
        if note:
            log.info("%s", note)
            self.tray.message(translate("Controller", "Office mode is on"), note)
        if self.statistics is not None and self.statistics.isVisible():
            self._show_statistics()  # the daily goal may have changed
        self.refresh()

    def apply_settings(self, settings: decl.Settings) -> None:
        """Use and save what the preferences window accepted."""
        path = self.paths.config_file
        if self.config_watcher.edited():
            # An edit by hand that has not been picked up yet: keep it rather than overwrite it.
            kept = keep_copy(path, self.clock.now(), "replaced")
            log.warning("%s changed on disk; the edited file was kept as %s", path, kept.name)
            self.tell(translate("Controller", "Settings file replaced"),
                      fill(translate("Controller", "%1 was changed outside DeskStretch while you "
                                     "used Preferences. That version was kept as %2."),
                           path, kept.name))
        try:
            self.config_watcher.remember(config.save(path, settings))
            self._save_failed = False
        except OSError as e:
            log.warning("Could not save %s: %s", path, e)
            if not self._save_failed:  # once, not at every OK while the disk stays full
                self._save_failed = True
                self.tell(translate("Controller", "Settings not saved"),
                          fill(translate("Controller", "%1 could not be written (%2). Your "
                                         "changes apply until DeskStretch quits."),
                               path, e.strerror))
        self._use_settings(settings)

    def _on_config_edited(self) -> None:
        """The config file was saved by someone else, most likely by hand: use it."""
        loaded = config.load(self.paths.config_file, self.clock.now(), tuple(self.routines))
        self.config_watcher.remember(loaded.raw)
        log.info("Using the settings edited in %s", self.paths.config_file)
        problems = self._report_problems(loaded)
        if problems:
            self.tell(translate("Controller", "Some settings were not used"), problems)
        self._use_settings(loaded.settings)

    def _apply_autostart(self) -> None:
        if self.autostart is None:
            return
        from deskstretch.platform.autostart import launch_command

        try:
            if self.settings["start_at_login"]:
                self.autostart.enable(launch_command())
            else:
                self.autostart.disable()
        except OSError as e:
            log.warning("Could not change starting at login: %s", e)
            self.tray.message(translate("Controller", "Start at login not changed"), str(e))

    @property
    def _state_file(self):
        return self.paths.data_dir / "state.json"

    def _load_state(self) -> dict:
        try:
            state = json.loads(self._state_file.read_text())
            return state if isinstance(state, dict) else {}
        except (OSError, ValueError):
            return {}

    def _save_state(self) -> None:
        """Keep the pause across a restart."""
        try:
            write_atomically(self._state_file, json.dumps(self.planner.pause_state()).encode())
        except OSError as e:
            log.warning("Could not save %s: %s", self._state_file, e)

    def _report_problems(self, loaded: config.Loaded) -> str:
        for problem in loaded.problems:
            log.warning("%s", problem)
        if not loaded.problems:
            return ""
        text = " ".join(loaded.problems)
        if loaded.kept_copy:
            text += " " + fill(translate("Controller", "The original was kept as %1."),
                               loaded.kept_copy.name)
        return text

    def status(self):
        return self.planner.status(self.clock.now())

    @property
    def state(self) -> State:
        return self.status().state
