"""A private virtual desktop for tests and headless runs: Xvfb, D-Bus, dunst, trayer, openbox.

Run as a script to start an app on it:  python tests/desktop.py [--wm] -- CMD ARGS...
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

SCREEN = "1280x800x24"
TRAY_HEIGHT = 32
START_TIMEOUT = 15.0
STOP_TIMEOUT = 5.0

BASE_PROGRAMS = ("Xvfb", "dbus-daemon", "xdotool", "xwininfo", "import")
TRAY_PROGRAMS = ("trayer",)
NOTIFICATION_PROGRAMS = ("dunst", "dunstctl", "dbus-send", "busctl")
WM_PROGRAMS = ("openbox", "xprop")
_SETPRIV = shutil.which("setpriv")

# No <servicedir>: a bus built from the stock session.conf would auto-start the system's dunst
# (org.knopwob.dunst.service) on the first Notify, so a "bus without a notification server"
# would silently grow one, with whatever DISPLAY the bus happened to have.
_BUS_CONFIG = """\
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def missing_programs(*, with_tray: bool = True, with_notifications: bool = True,
                     with_wm: bool = False) -> list[str]:
    """The programs a desktop with these parts needs that are not on PATH."""
    wanted = list(BASE_PROGRAMS)
    if with_tray:
        wanted += TRAY_PROGRAMS
    if with_notifications:
        wanted += NOTIFICATION_PROGRAMS
    if with_wm:
        wanted += WM_PROGRAMS
    return [name for name in wanted if shutil.which(name) is None]


def wait_for(predicate: Callable[[], object], timeout: float = 5.0, what: str = "condition",
             interval: float = 0.05, pump: Callable[[], object] | None = None):
    """Poll until predicate() is truthy and return its value; AssertionError naming `what` if not.

    `pump` runs between polls (e.g. QCoreApplication.processEvents) for conditions that need the
    caller's event loop; in Qt tests prefer qtbot.waitUntil/waitSignal.
    """
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")
        if pump is not None:
            pump()
        time.sleep(interval)


class DesktopError(RuntimeError):
    """A part of the virtual desktop did not start."""


class _Child:
    """One process we started, in its own process group so teardown reaches its children too."""

    def __init__(self, name: str, argv: Sequence[str], env: dict[str, str], log_dir: Path,
                 pass_fds: Sequence[int] = ()) -> None:
        self.name = name
        self.log_path = log_dir / f"{name}.log"
        argv = list(argv)
        if _SETPRIV:
            # If this process dies without tearing down (SIGKILL, a crashed test run), the
            # kernel sends the child SIGTERM instead of leaving an X server running forever.
            argv = [_SETPRIV, "--pdeathsig", "TERM", "--", *argv]
        with open(self.log_path, "wb") as log:
            self.proc = subprocess.Popen(
                argv, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                pass_fds=tuple(pass_fds), start_new_session=True)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc.poll() is None

    def log_tail(self, lines: int = 20) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def check_alive(self) -> None:
        if not self.alive():
            raise DesktopError(f"{self.name} exited with status {self.proc.returncode}:\n"
                               f"{self.log_tail()}")

    def stop(self, timeout: float = STOP_TIMEOUT) -> None:
        for sig in (signal.SIGTERM, signal.SIGKILL):
            if self.proc.poll() is not None:
                break
            try:
                os.killpg(self.proc.pid, sig)
            except ProcessLookupError:
                pass
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                continue
        # Helpers the leader spawned (dunst scripts, dmenu) may outlive it in the same group.
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        self.proc.wait()


def _read_line_from_fd(fd: int, deadline: float, child: _Child) -> str:
    """Read one line a child writes to a pipe (Xvfb -displayfd, dbus-daemon --print-address)."""
    data = b""
    while not data.endswith(b"\n"):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise DesktopError(f"{child.name} did not report within {START_TIMEOUT:g} s:\n"
                               f"{child.log_tail()}")
        ready, _, _ = select.select([fd], [], [], min(remaining, 0.2))
        if ready:
            chunk = os.read(fd, 4096)
            if not chunk:
                child.check_alive()
                raise DesktopError(f"{child.name} closed its report pipe:\n{child.log_tail()}")
            data += chunk
        else:
            child.check_alive()
    return data.decode().strip()


class SessionBus:
    """A private dbus-daemon without service activation; its `address` is the session bus."""

    def __init__(self, state_dir: Path, runtime_dir: Path, log_dir: Path) -> None:
        self.socket_path = runtime_dir / "bus"
        self.config_path = state_dir / "session-bus.conf"
        self.config_path.write_text(_BUS_CONFIG.format(socket=self.socket_path))
        read_fd, write_fd = os.pipe()
        try:
            self.child = _Child(
                "dbus-daemon",
                ["dbus-daemon", f"--config-file={self.config_path}", "--nofork", "--nopidfile",
                 f"--print-address={write_fd}"],
                env=_clean_env(), log_dir=log_dir, pass_fds=[write_fd])
            os.close(write_fd)
            write_fd = -1
            try:
                self.address = _read_line_from_fd(read_fd, time.monotonic() + START_TIMEOUT,
                                                  self.child)
            except BaseException:
                self.child.stop()
                raise
        finally:
            os.close(read_fd)
            if write_fd >= 0:
                os.close(write_fd)

    def stop(self) -> None:
        self.child.stop()


def _clean_env() -> dict[str, str]:
    # Children must never find the developer's real display or bus by accident.
    env = dict(os.environ)
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XAUTHORITY"):
        env.pop(var, None)
    return env


class VirtualDesktop:
    """Xvfb + private session bus + dunst + trayer (+ openbox), all children of this process.

    Use as a context manager. `env` is os.environ plus DISPLAY, DBUS_SESSION_BUS_ADDRESS, a
    private XDG_RUNTIME_DIR and QT_QPA_PLATFORM=xcb, minus WAYLAND_DISPLAY; pass it to every
    process that should live on this desktop.
    """

    def __init__(self, tmpdir: str | os.PathLike, *, with_tray: bool = True,
                 with_notifications: bool = True, with_wm: bool = False, screen: str = SCREEN,
                 notification_timeout_s: int = 0, start_timeout: float = START_TIMEOUT) -> None:
        self.root = Path(tmpdir) / "desktop"
        self.with_tray = with_tray
        self.with_notifications = with_notifications
        self.with_wm = with_wm
        self.screen = screen
        self.width, self.height = (int(v) for v in screen.split("x")[:2])
        # 0 = notifications stay until closed, so a slow test never races dunst's expiry.
        self.notification_timeout_s = notification_timeout_s
        self.start_timeout = start_timeout
        self.display = ""
        self.env: dict[str, str] = {}
        self.bus_address = ""
        self.runtime_dir: Path | None = None
        self.dunstrc: Path | None = None
        self.shown_log = self.root / "dunst-shown.jsonl"
        self.menu_choice_file = self.root / "dmenu-choice"
        self.menu_offers_log = self.root / "dmenu-offers.log"
        self.panel: int | None = None
        self.log_dir = self.root / "logs"
        self._children: list[_Child] = []
        self._bus: SessionBus | None = None
        self._xvfb: _Child | None = None
        self._display_number: int | None = None
        self._started = False

    # -- lifecycle -------------------------------------------------------------------------

    def __enter__(self) -> VirtualDesktop:
        self.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def start(self) -> None:
        if self._started:
            return
        self._started = True
        atexit.register(self.stop)
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            self.log_dir.mkdir(exist_ok=True)
            # A short path: unix socket paths are limited to 107 bytes and pytest's tmp_path
            # for a long test name is not.
            self.runtime_dir = Path(tempfile.mkdtemp(prefix="vdesk-"))
            os.chmod(self.runtime_dir, 0o700)
            self._start_xvfb()
            self._bus = SessionBus(self.root, self.runtime_dir, self.log_dir)
            self._children.append(self._bus.child)
            self.bus_address = self._bus.address
            self.env = dict(os.environ)
            # A Wayland session's socket or the offscreen platform the unit tests' conftest puts
            # in os.environ would take a Qt app started here away from this X server.
            self.env.pop("WAYLAND_DISPLAY", None)
            self.env.update(DISPLAY=self.display, DBUS_SESSION_BUS_ADDRESS=self.bus_address,
                            XDG_RUNTIME_DIR=str(self.runtime_dir), QT_QPA_PLATFORM="xcb")
            if self.with_wm:
                self._start_openbox()
            if self.with_notifications:
                self._start_dunst()
            if self.with_tray:
                self._start_trayer()
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        if not self._started:
            return
        self._started = False
        atexit.unregister(self.stop)
        for child in reversed(self._children):
            child.stop()
        self._children.clear()
        self._remove_stale_x_lock()
        if self.runtime_dir is not None:
            shutil.rmtree(self.runtime_dir, ignore_errors=True)
            self.runtime_dir = None

    def _spawn(self, name: str, argv: Sequence[str], env: dict[str, str] | None = None,
               pass_fds: Sequence[int] = ()) -> _Child:
        child = _Child(name, argv, env if env is not None else self.env, self.log_dir, pass_fds)
        self._children.append(child)
        return child

    def _wait_started(self, child: _Child, predicate: Callable[[], object], what: str):
        def ready():
            child.check_alive()
            return predicate()
        return wait_for(ready, self.start_timeout, what)

    def _start_xvfb(self) -> None:
        read_fd, write_fd = os.pipe()
        try:
            # -displayfd: Xvfb picks a free display itself and reports it once it accepts clients,
            # which is both race-free and the readiness signal.
            self._xvfb = self._spawn(
                "Xvfb",
                ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", self.screen,
                 "-nolisten", "tcp", "-noreset"],
                env=_clean_env(), pass_fds=[write_fd])
            os.close(write_fd)
            write_fd = -1
            number = _read_line_from_fd(read_fd, time.monotonic() + self.start_timeout, self._xvfb)
        finally:
            os.close(read_fd)
            if write_fd >= 0:
                os.close(write_fd)
        self._display_number = int(number)
        self.display = f":{number}"
        if shutil.which("xsetroot"):
            # A desktop-like grey instead of black, so dark windows stand out in screenshots.
            subprocess.run(["xsetroot", "-solid", "#5b6b78"],
                           env=dict(_clean_env(), DISPLAY=self.display),
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=10)

    def _remove_stale_x_lock(self) -> None:
        # Xvfb removes these itself on SIGTERM; after a SIGKILL they would block the number.
        if self._display_number is None or self._xvfb is None:
            return
        lock = Path(f"/tmp/.X{self._display_number}-lock")
        try:
            owner = int(lock.read_text().strip())
        except (OSError, ValueError):
            return
        if owner == self._xvfb.pid:
            lock.unlink(missing_ok=True)
            Path(f"/tmp/.X11-unix/X{self._display_number}").unlink(missing_ok=True)

    def _start_openbox(self) -> None:
        child = self._spawn("openbox", ["openbox", "--sm-disable"])
        self._wait_started(
            child, lambda: "window id" in self._run(
                ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], check=False).stdout,
            "openbox to set _NET_SUPPORTING_WM_CHECK")

    def _start_dunst(self) -> None:
        self.dunstrc = self.root / "dunstrc"
        log_script = self.root / "dunst-log-shown.py"
        log_script.write_text(_LOG_SCRIPT.format(python=sys.executable, log=str(self.shown_log)))
        log_script.chmod(0o755)
        menu_script = self.root / "dmenu.sh"
        menu_script.write_text(_MENU_SCRIPT.format(choice=self.menu_choice_file,
                                                   offers=self.menu_offers_log))
        menu_script.chmod(0o755)
        self.dunstrc.write_text(_DUNSTRC.format(
            offset_y=(TRAY_HEIGHT + 12) if self.with_tray else 12,
            dmenu=menu_script, log_script=log_script, timeout=self.notification_timeout_s))
        child = self._spawn("dunst", ["dunst", "-config", str(self.dunstrc)])
        self._wait_started(
            child, lambda: self.dunstctl("count", "displayed", check=False).returncode == 0,
            "dunst to answer dunstctl on the private bus")

    def start_tray(self) -> None:
        """Bring up a tray host on a desktop that started without one."""
        self.with_tray = True
        self._start_trayer()

    def _start_trayer(self) -> None:
        env = dict(self.env, NO_AT_BRIDGE="1")  # GTK2 would look for an accessibility bus
        child = self._spawn("trayer", [
            "trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
            "--height", str(TRAY_HEIGHT), "--iconspacing", "4", "--padding", "4",
            "--transparent", "true", "--alpha", "0", "--tint", "0xdddddd",
            "--SetDockType", "true", "--SetPartialStrut", "true", "--expand", "true"], env=env)
        ids = self._wait_started(child, lambda: self.xdotool("search", "--name", "^panel$",
                                                             check=False).stdout.split(),
                                 "trayer's window named 'panel'")
        self.panel = int(ids[0])

    # -- running things on the desktop -----------------------------------------------------

    def _run(self, argv: Sequence[str], check: bool = True, timeout: float = 10.0,
             input: str | None = None) -> subprocess.CompletedProcess:
        result = subprocess.run(list(argv), env=self.env, capture_output=True, text=True,
                                timeout=timeout, input=input,
                                stdin=None if input is not None else subprocess.DEVNULL)
        if check and result.returncode != 0:
            raise AssertionError(f"{' '.join(map(str, argv))} failed with {result.returncode}: "
                                 f"{result.stderr.strip()}")
        return result

    def run(self, *argv: str, check: bool = True, timeout: float = 10.0
            ) -> subprocess.CompletedProcess:
        """Run a command on this desktop and wait for it."""
        return self._run(argv, check=check, timeout=timeout)

    def popen(self, argv: Sequence[str], **kwargs) -> subprocess.Popen:
        """Start a process on this desktop; the caller owns and stops it."""
        kwargs.setdefault("env", self.env)
        return subprocess.Popen(list(argv), **kwargs)

    def wait_for(self, predicate: Callable[[], object], timeout: float = 5.0,
                 what: str = "condition", pump: Callable[[], object] | None = None):
        """Poll predicate until truthy (returned), else AssertionError naming `what`."""
        return wait_for(predicate, timeout, what, pump=pump)

    def xdotool(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return self._run(["xdotool", *map(str, args)], check=check)

    def click(self, x: int, y: int, button: int = 1) -> None:
        self.xdotool("mousemove", "--sync", str(x), str(y), "click", str(button))

    def key(self, *keys: str) -> None:
        self.xdotool("key", "--delay", "20", *keys)

    def screenshot(self, path: str | os.PathLike, window: int | None = None) -> Path:
        """Save the screen (or one window) as an image a person can open; returns the path."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        target = "root" if window is None else hex(window)
        self._run(["import", "-window", target, str(path)], timeout=30)
        return path

    # -- tray ------------------------------------------------------------------------------

    def tray_icons(self) -> list[int]:
        """X window ids of the icons trayer has embedded: the direct children of `panel`.

        Each is trayer's socket window, with the app's own icon window inside it. trayer also
        keeps an empty 1x1 child of its own, which is not an icon and is left out.
        """
        if self.panel is None:
            raise RuntimeError("this desktop has no tray (with_tray=False)")
        out = self._run(["xwininfo", "-tree", "-id", str(self.panel)]).stdout
        rows = []  # (indent, text) of window and "N children:" lines below the panel
        for line in out.splitlines():
            text = line.strip()
            if text.startswith("0x") or text.endswith((" child:", " children:")):
                rows.append((len(line) - len(line.lstrip()), text))
        if not rows:
            return []
        top = rows[0][0]
        icons = []
        for (indent, text), following in zip(rows, rows[1:] + [(0, "")]):
            hosts_a_client = (following[0] > indent
                              and following[1].endswith(("child:", "children:")))
            if indent == top and text.startswith("0x") and hosts_a_client:
                icons.append(int(text.split()[0], 16))
        return icons

    def tray_icon_center(self, icon: int) -> tuple[int, int]:
        """Root coordinates of the middle of an embedded icon, for click()."""
        x, y, width, height = self.window_geometry(icon)
        return x + width // 2, y + height // 2

    def window_geometry(self, window: int) -> tuple[int, int, int, int]:
        """(x, y, width, height) of a window in root coordinates."""
        out = self.xdotool("getwindowgeometry", "--shell", str(window)).stdout
        values = dict(line.split("=", 1) for line in out.split() if "=" in line)
        return (int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"]))

    # -- notifications ---------------------------------------------------------------------

    def dunstctl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return self._run(["dunstctl", *args], check=check)

    def notifications(self) -> list[dict]:
        """dunst's history, newest first: notifications that were closed, dismissed or expired.

        dunst keeps displayed ones out of its history; see shown() and displayed_count().
        """
        data = json.loads(self.dunstctl("history").stdout)
        rows = data["data"][0] if data.get("data") else []
        return [{key: value.get("data") for key, value in row.items()} for row in rows]

    def displayed_count(self) -> int:
        return int(self.dunstctl("count", "displayed").stdout.strip())

    def waiting_count(self) -> int:
        return int(self.dunstctl("count", "waiting").stdout.strip())

    def shown(self) -> list[dict]:
        """Every notification dunst has put on screen, oldest first, replacements included.

        Keys: id, appname, summary, body, urgency, icon_path, desktop_entry, timeout.
        Written by a dunst rule script, so it lags the screen by a process start.
        """
        try:
            lines = self.shown_log.read_text().splitlines()
        except FileNotFoundError:
            return []
        return [json.loads(line) for line in lines if line.strip()]

    def choose_in_menu(self, text: str) -> None:
        """Make dunst's next context menu (dmenu) pick the first entry containing `text`."""
        self.menu_choice_file.write_text(text)

    def menu_offers(self) -> list[str]:
        """The entries dunst offered in its context menus so far."""
        try:
            return self.menu_offers_log.read_text().splitlines()
        except FileNotFoundError:
            return []


# A readable font, a width for two lines of body text, placed under the tray at the top right.
# Left click runs the default action, as on most desktops, so end-to-end tests can click it.
_DUNSTRC = """\
[global]
    monitor = 0
    follow = none
    width = 440
    height = 300
    origin = top-right
    offset = 12x{offset_y}
    notification_limit = 0
    indicate_hidden = yes
    separator_height = 2
    padding = 12
    horizontal_padding = 14
    frame_width = 2
    frame_color = "#27384a"
    gap_size = 6
    sort = yes
    font = DejaVu Sans 13
    line_height = 2
    markup = full
    format = "<b>%s</b>\\n%b"
    alignment = left
    vertical_alignment = center
    show_age_threshold = -1
    ellipsize = end
    word_wrap = yes
    ignore_newline = no
    stack_duplicates = false
    show_indicators = yes
    icon_position = left
    enable_recursive_icon_lookup = true
    icon_theme = Adwaita
    min_icon_size = 32
    max_icon_size = 48
    sticky_history = yes
    history_length = 100
    dmenu = {dmenu} -p dunst:
    browser = /bin/true
    always_run_script = true
    title = Dunst
    class = Dunst
    ignore_dbusclose = false
    mouse_left_click = do_action, close_current
    mouse_middle_click = close_current
    mouse_right_click = close_all

[urgency_low]
    background = "#f4f4f4"
    foreground = "#333333"
    timeout = {timeout}

[urgency_normal]
    background = "#ffffff"
    foreground = "#1a1a1a"
    timeout = {timeout}

[urgency_critical]
    background = "#fff0f0"
    foreground = "#1a1a1a"
    frame_color = "#cc0000"
    timeout = 0

[record_every_notification]
    summary = "*"
    script = {log_script}
"""

_LOG_SCRIPT = """\
#!{python} -I
import json, os
keys = ("id", "appname", "summary", "body", "urgency", "icon_path", "desktop_entry", "timeout")
env = ("DUNST_ID", "DUNST_APP_NAME", "DUNST_SUMMARY", "DUNST_BODY", "DUNST_URGENCY",
       "DUNST_ICON_PATH", "DUNST_DESKTOP_ENTRY", "DUNST_TIMEOUT")
row = {{key: os.environ.get(var, "") for key, var in zip(keys, env)}}
row["id"] = int(row["id"] or 0)
# One write of one line: appends from concurrent scripts do not interleave.
with open({log!r}, "a") as log:
    log.write(json.dumps(row) + "\\n")
"""

_MENU_SCRIPT = """\
#!/bin/sh
# dunst's dmenu: records what it was offered and picks the entry containing the chosen text.
offers=$(cat)
printf '%s\\n' "$offers" >> '{offers}'
choice=$(cat '{choice}' 2>/dev/null) || exit 1
[ -n "$choice" ] || exit 1
printf '%s\\n' "$offers" | grep -F -m 1 -- "$choice"
"""


def desktop_or_skip(tmp_path, **kw) -> Iterator[VirtualDesktop]:
    """Fixture body: a running VirtualDesktop; skip (fail if $CI is set) if programs are missing."""
    import pytest

    missing = missing_programs(**{k: v for k, v in kw.items()
                                  if k in ("with_tray", "with_notifications", "with_wm")})
    if missing:
        reason = "virtual desktop needs programs that are not installed: " + ", ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(reason + " (CI is set: a skipped desktop test counts as a failure)",
                        pytrace=False)
        pytest.skip(reason)
    with VirtualDesktop(tmp_path, **kw) as desktop:
        yield desktop


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Start a private virtual desktop (Xvfb, D-Bus, dunst, trayer) and run a "
                    "command on it until it exits or Ctrl+C.",
        usage="%(prog)s [options] -- CMD [ARGS...]")
    parser.add_argument("--wm", action="store_true", help="also run openbox")
    parser.add_argument("--no-tray", action="store_true", help="do not run trayer")
    parser.add_argument("--no-notifications", action="store_true", help="do not run dunst")
    parser.add_argument("--screen", default=SCREEN, help="WIDTHxHEIGHTxDEPTH (default %(default)s)")
    parser.add_argument("--dir", help="keep logs and configs here instead of a temporary folder")
    parser.add_argument("--screenshot", metavar="PNG", help="save a screenshot before teardown")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    parts = dict(with_tray=not args.no_tray, with_notifications=not args.no_notifications,
                 with_wm=args.wm)
    missing = missing_programs(**parts)
    if missing:
        print("missing programs: " + ", ".join(missing), file=sys.stderr)
        return 2

    # Teardown must also run when the terminal closes or someone sends SIGTERM.
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, lambda signum, frame: sys.exit(128 + signum))
    with tempfile.TemporaryDirectory(prefix="vdesk-state-") as scratch:
        desktop = VirtualDesktop(args.dir or scratch, screen=args.screen, **parts)
        with desktop:
            print(f"DISPLAY={desktop.display}", flush=True)
            print(f"DBUS_SESSION_BUS_ADDRESS={desktop.bus_address}", flush=True)
            print(f"logs: {desktop.log_dir}", flush=True)
            status = 0
            proc = desktop.popen(command) if command else None
            try:
                if proc is not None:
                    status = proc.wait()
                else:
                    print("no command given; press Ctrl+C to stop", flush=True)
                    signal.pause()
            except KeyboardInterrupt:
                status = 130
            except SystemExit as stop:
                status = stop.code
                if proc is not None and proc.poll() is None:
                    proc.terminate()
            finally:
                if args.screenshot:
                    print(f"screenshot: {desktop.screenshot(args.screenshot)}", flush=True)
                if proc is not None and proc.poll() is None:
                    # Ctrl+C reached the command too; give it time to finish on its own.
                    try:
                        status = proc.wait(STOP_TIMEOUT)
                    except subprocess.TimeoutExpired:
                        proc.terminate()
                        status = proc.wait()
        return status


if __name__ == "__main__":
    sys.exit(main())
