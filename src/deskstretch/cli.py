"""The command line: options and commands, their validation, and what each command does
to a running instance."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable

from deskstretch import __version__

# The built-in routines' ids (core/library.py) and the back program's (core/program.py),
# named here so that a command sent to the running app need not load the exercise library;
# tests/test_cli.py keeps them the same.
ROUTINES = ("stand-up", "seated", "long-break", "lower-back", "align", "stabilize", "maintain")
PROGRAM = "program"

TIME_SCALE_VAR = "DESKSTRETCH_TIME_SCALE"
NOT_RUNNING = "DeskStretch is not running. Start it with: deskstretch"
# A week: long enough for any real pause, short enough that the end is a date.
MAX_PAUSE_MINUTES = 7 * 24 * 60


class UsageError(Exception):
    """Bad arguments; carries the (sub)parser that refused them, for its usage line."""

    def __init__(self, parser: argparse.ArgumentParser, message: str) -> None:
        super().__init__(message)
        self.parser = parser
        self.message = message


class _Parser(argparse.ArgumentParser):
    # Raise instead of exiting, so the running instance can parse what a client sends
    # without printing to its own stderr or exiting; parse() turns it back into exit 2.
    def error(self, message):
        raise UsageError(self, message)


def _pause_length(text: str) -> int | str:
    if text in ("tomorrow", "forever"):
        return text
    try:
        minutes = int(text)
    except ValueError:
        minutes = 0
    if not 1 <= minutes <= MAX_PAUSE_MINUTES:
        raise argparse.ArgumentTypeError(
            f"expected minutes (a whole number from 1 to {MAX_PAUSE_MINUTES}), "
            f"'tomorrow' or 'forever', not {text!r}")
    return minutes


def parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="deskstretch",
        description="Reminds you to stand up and walks you through short stretches. "
                    "Lives in the system tray. Without a command, starts DeskStretch; "
                    "a command goes to the DeskStretch that is running.",
        epilog="Exit status: 0 done, 1 DeskStretch is not running (or did not answer), "
               "2 bad arguments.",
    )
    p.add_argument("--version", action="version", version=f"DeskStretch {__version__}")
    p.add_argument("--config-dir", metavar="DIR",
                   help="keep config.toml here instead of the per-user config folder "
                        "(also $DESKSTRETCH_CONFIG_DIR)")
    p.add_argument("--data-dir", metavar="DIR",
                   help="keep the log here instead of the per-user data folder "
                        "(also $DESKSTRETCH_DATA_DIR)")
    commands = p.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    routines = ", ".join(ROUTINES)
    stretch = commands.add_parser("stretch", help="open the stretch window now",
                                  description="Open the stretch window now.")
    # Checked against the routines there are (the user's own ones too) by check_routine.
    stretch.add_argument("routine", nargs="?", metavar="ROUTINE",
                         help=f"one of {routines}, {PROGRAM} (the back program's current "
                              "stage), or the id of one of your own routines (default: the "
                              "break that is due)")
    pause = commands.add_parser("pause", help="pause reminders",
                                description="Pause reminders for a number of minutes, until "
                                            "tomorrow morning, or until you resume.")
    pause.add_argument("length", type=_pause_length, metavar="MINUTES|tomorrow|forever")
    commands.add_parser("resume", help="resume reminders after a pause",
                        description="Resume reminders after a pause.")
    commands.add_parser("skip", help="skip the coming break",
                        description="Skip the coming break; the next is a full interval away.")
    status = commands.add_parser("status", help="say when the next break is",
                                 description="Say when the next break is.")
    status.add_argument("--json", action="store_true",
                        help='print {"state", "next_break", "paused_until", "long_next", '
                             '"snoozes_left"} as JSON')
    commands.add_parser("quit", help="quit DeskStretch", description="Quit DeskStretch.")
    p.subcommands = commands.choices
    return p


def known_routines(config_dir: str | None) -> list[str]:
    """Every routine id `stretch` takes: the built-in ones, the program, and the user's own
    routines that load (from --config-dir, $DESKSTRETCH_CONFIG_DIR or the usual folder)."""
    from deskstretch.storage import routines
    from deskstretch.storage.paths import resolve

    own = routines.load(resolve(config_dir).config_dir).routines
    return [*ROUTINES, PROGRAM, *own]


def check_routine(args: argparse.Namespace, known: list[str]) -> None:
    """UsageError, worded as argparse words a bad choice, when `stretch` names no routine
    there is."""
    if args.command == "stretch" and args.routine is not None and args.routine not in known:
        choices = ", ".join(repr(k) for k in known)
        raise UsageError(parser().subcommands["stretch"],
                         f"argument ROUTINE: invalid choice: {args.routine!r} "
                         f"(choose from {choices})")


def parse_command(argv: list[str]) -> argparse.Namespace:
    """Parse ``argv``; UsageError when it is not a valid command line."""
    return parser().parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """The `deskstretch` command: starts DeskStretch, or hands the command to the one that
    runs. A command loads no Qt and not the app, so it answers quickly."""
    argv = sys.argv[1:] if argv is None else list(argv)
    args = parse(argv)
    code = _hand_over(argv, args)
    if code is not None:
        return code
    from deskstretch.app import run

    return run(args)


def _hand_over(argv: list[str], args: argparse.Namespace) -> int | None:
    """Send the command to the instance that runs already: its exit code, or None when
    this launch should start the app."""
    from deskstretch import instance

    try:
        reply = instance.send(instance.server_name(), argv)
    except instance.NoAnswer as e:
        print(f"DeskStretch is running but did not answer ({e}).", file=sys.stderr)
        return 1
    if reply is None:
        if args.command is None:
            return None
        print(NOT_RUNNING, file=sys.stderr)
        return 1
    code, out = reply
    if out:
        print(out, file=sys.stdout if code == 0 else sys.stderr)
    return code


def parse(argv: list[str]) -> argparse.Namespace:
    """Parse ``argv``; bad arguments print a message and exit with status 2."""
    try:
        args = parse_command(argv)
        # Built-in names need no look at the user's files.
        if args.command == "stretch" and args.routine not in (None, PROGRAM, *ROUTINES):
            check_routine(args, known_routines(args.config_dir))
    except UsageError as e:
        e.parser.print_usage(sys.stderr)
        e.parser.exit(2, f"{e.parser.prog}: error: {e.message}\n")
    raw = os.environ.get(TIME_SCALE_VAR, "")
    try:
        args.time_scale = float(raw) if raw else 1.0
        if not 0 < args.time_scale <= 10000:
            raise ValueError
    except ValueError:
        p = parser()
        p.print_usage(sys.stderr)
        p.exit(2, f"deskstretch: error: {TIME_SCALE_VAR} must be a number from above 0 "
                  f"to 10000, not {raw!r}\n")
    return args


# -- what each command does in the running instance ------------------------------------------
# Each takes the parsed command and the Controller and returns (exit code, text to print).

def _line(controller, template: str = "") -> str:
    """The status line, in the running app's language, put into ``template``'s %1."""
    # Imported here: wording needs QtCore, which a client never loads.
    from deskstretch.ui import wording
    from deskstretch.ui.i18n import fill

    line = wording.status_line(controller.status(), controller.clock.now())
    return fill(template, line) if template else line


def _start(args, controller):
    from deskstretch.ui.i18n import translate

    return 0, _line(controller, translate("Commands", "DeskStretch is already running. %1"))


def _stretch(args, controller):
    # The client checked the name against its own view of the files; this instance may have
    # read them at another time.
    if args.routine is not None and not controller.knows(args.routine):
        try:
            own = [r for r in controller.routines if r not in ROUTINES]
            check_routine(args, [*ROUTINES, PROGRAM, *own])
        except UsageError as e:
            return 2, f"{e.parser.prog}: error: {e.message}"
    controller.start_break(args.routine)
    return 0, _line(controller)


def _pause(args, controller):
    controller.pause(None if args.length == "forever" else args.length)
    return 0, _line(controller)


def _resume(args, controller):
    from deskstretch.core.breaks import State

    # Resuming restarts the interval, which would throw away the time already worked.
    if controller.status().state is not State.PAUSED:
        from deskstretch.ui.i18n import translate

        return 0, _line(controller, translate("Commands", "Not paused. %1"))
    controller.resume()
    return 0, _line(controller)


def _skip(args, controller):
    from deskstretch.ui.i18n import translate

    controller.skip()
    return 0, _line(controller, translate("Commands", "Skipped. %1"))


def _status(args, controller):
    if not args.json:
        return 0, _line(controller)
    from deskstretch.core.breaks import State

    s = controller.status()

    def iso(moment):
        return moment.isoformat(timespec="seconds") if moment is not None else None

    return 0, json.dumps({
        "state": s.state.value,
        "next_break": iso(s.next_due),
        "paused_until": iso(s.until) if s.state is State.PAUSED else None,
        "long_next": s.long_next,
        "snoozes_left": s.snoozes_left,
    })


def _quit(args, controller):
    from PySide6.QtCore import QTimer

    # Later, from the event loop: the reply is written before the app starts quitting.
    QTimer.singleShot(0, controller.quit_requested.emit)
    from deskstretch.ui.i18n import translate

    return 0, translate("Commands", "DeskStretch is quitting.")


COMMANDS: dict[str | None, Callable[[argparse.Namespace, object], tuple[int, str]]] = {
    None: _start,
    "stretch": _stretch,
    "pause": _pause,
    "resume": _resume,
    "skip": _skip,
    "status": _status,
    "quit": _quit,
}


def dispatch(args: argparse.Namespace, controller) -> tuple[int, str]:
    """Carry out a parsed command on the running app's Controller: (exit code, text)."""
    return COMMANDS[args.command](args, controller)
