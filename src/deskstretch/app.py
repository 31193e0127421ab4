"""Composition root: builds the application, its parts and its event loop."""

from __future__ import annotations

import logging
import signal
import socket
import sys

from deskstretch import APP_ID

log = logging.getLogger("deskstretch")

BACKGROUND_START_MS = 1000


def _setup_logging(log_file) -> None:
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    try:
        log_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handlers.append(logging.FileHandler(log_file, encoding="utf-8"))
    except OSError:
        pass  # a log file is a convenience; the app runs without one
    logging.basicConfig(level=logging.INFO, handlers=handlers,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # APScheduler reports every job it adds and runs at INFO; only its problems matter here.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)


def log_uncaught_exceptions() -> None:
    """Log every exception nobody caught, with its traceback, and carry on.

    PySide6 hands an exception raised in a slot (a menu click, a timer, a notification's
    button) to sys.excepthook and returns to the event loop; the default hook prints to
    stderr, which a tray app started at login has nowhere to show. In the log it can be
    found and reported, and the loop keeps running, so later reminders still come.
    """
    def hook(kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log.error("Uncaught exception; DeskStretch carries on", exc_info=(kind, value, tb))

    sys.excepthook = hook


def _route_qt_messages() -> None:
    """Send Qt's own warnings through Python logging, so they land in the same log."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    qt_log = logging.getLogger("qt")
    qInstallMessageHandler(lambda kind, context, text: qt_log.log(levels.get(kind, 30), "%s", text))


def _quit_on_signals(app) -> None:
    """Quit cleanly on SIGTERM and Ctrl+C.

    Python only runs signal handlers between bytecodes, which never happens while Qt's loop
    waits; a socket written by the C-level handler wakes the loop instead of a polling timer.
    """
    from PySide6.QtCore import QSocketNotifier

    reader, writer = socket.socketpair()
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda: (reader.recv(64), app.quit()))
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: None)
    app._signal_sockets = (reader, writer)  # kept alive as long as the app


def _busy() -> bool:
    """A moment not to interrupt: a full-screen window, or notifications paused."""
    from deskstretch.platform import focus

    return bool(focus.fullscreen_window_active() or focus.notifications_paused())


def _start_background(controller, alarms) -> None:
    from deskstretch.platform import idle
    from deskstretch.platform.sleep import SleepWatcher

    alarms.start()
    controller.idle = idle.detect()
    watcher = SleepWatcher(parent=controller)
    # After a resume, look at the clocks at once rather than at the next heartbeat.
    watcher.sleeping.connect(lambda asleep: None if asleep else controller.heartbeat())
    watcher.start()


class _Autostart:
    """The platform's autostart, loaded when the setting is first applied: most starts never
    change it, and the module (with its plist and INI readers) is not needed for the icon."""

    def __init__(self, on_refused) -> None:
        self._chosen = None
        self._on_refused = on_refused

    def _platform(self):
        if self._chosen is None:
            from deskstretch.platform import autostart

            self._chosen = autostart.for_platform()
            if hasattr(self._chosen, "refused"):  # the Flatpak portal, which may ask the user
                self._chosen.refused.connect(lambda _why: self._on_refused())
        return self._chosen

    def enable(self, command) -> None:
        self._platform().enable(command)

    def disable(self) -> None:
        self._platform().disable()


def run(args) -> int:
    """Start DeskStretch with the parsed command line (cli.main decided this launch starts it)
    and run it until it quits; the exit code."""
    from deskstretch.storage.paths import resolve

    paths = resolve(args.config_dir, args.data_dir)
    _setup_logging(paths.log_file)
    log_uncaught_exceptions()
    _route_qt_messages()

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    from deskstretch import assets
    from deskstretch.controller import Controller
    from deskstretch.core.clock import ScaledClock, SystemClock
    from deskstretch.scheduling.alarms import Alarms
    from deskstretch.ui.notifications import Notifier

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("DeskStretch")
    app.setDesktopFileName(APP_ID)
    app.setQuitOnLastWindowClosed(False)
    icon_path = str(assets.icon("deskstretch"))
    app.setWindowIcon(QIcon(icon_path))
    _quit_on_signals(app)
    # Before any widget is built: every text is translated as it is set.
    from deskstretch.ui import i18n

    locale = i18n.install(app, i18n.configured_language(paths.config_file))
    log.info("Language: %s", locale.name())

    clock = SystemClock() if args.time_scale == 1 else ScaledClock(args.time_scale)
    if args.time_scale != 1:
        log.info("Time runs %g times faster than real time", args.time_scale)
    alarms = Alarms(clock)
    controller = Controller(clock, alarms, paths, Notifier("DeskStretch", icon_path),
                            busy=_busy, autostart=_Autostart(lambda: controller.tell(
                                i18n.translate("App", "Start at login not allowed"),
                                i18n.translate("App", "The system did not allow DeskStretch to "
                                               "start at login. You can allow it in your "
                                               "desktop's settings for background apps."))))
    controller.quit_requested.connect(app.quit)
    # Listen before the tray icon shows: a second launch racing this one finds us, or we
    # find it and leave without ever showing a second icon.
    from deskstretch import command_server

    server = command_server.serve(controller, parent=app)
    if server is None:
        print(i18n.translate("Commands", "DeskStretch is already running."))
        return 0
    controller.start(tray_available=QSystemTrayIcon.isSystemTrayAvailable())
    # The scheduler and the probes start a moment after the tray icon is up: nothing is due
    # sooner, alarms set meanwhile are kept, and the icon appears without waiting for them.
    QTimer.singleShot(BACKGROUND_START_MS, lambda: _start_background(controller, alarms))
    log.info("DeskStretch started; config in %s", paths.config_dir)

    code = app.exec()
    controller.shutdown()
    command_server.stop(server)  # removes the socket file, so the next start finds no stale one
    alarms.close()
    controller.tray.hide()
    log.info("DeskStretch quit")
    return code
