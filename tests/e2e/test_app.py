"""The installed app on a virtual desktop: tray icon, reminder, stretch window, clean quit."""

import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.desktop

APP = Path(sys.executable).with_name("deskstretch")


class RunningApp:
    def __init__(self, desktop, tmp_path, time_scale, note_read=True, config=""):
        self.desktop = desktop
        self.data_dir = tmp_path / "data"
        if note_read:  # the first-use safety note has its own test
            self.data_dir.mkdir(parents=True, exist_ok=True)
            (self.data_dir / "window.json").write_text('{"safety_note_read": true}')
        if config:
            (tmp_path / "config").mkdir(parents=True, exist_ok=True)
            (tmp_path / "config" / "config.toml").write_text(config)
        env = dict(desktop.env, DESKSTRETCH_TIME_SCALE=str(time_scale))
        self.stderr_path = tmp_path / "stderr.log"
        self.stderr = self.stderr_path.open("w")
        self.started = time.monotonic()
        self.proc = desktop.popen(
            [str(APP), "--config-dir", str(tmp_path / "config"), "--data-dir", str(self.data_dir)],
            env=env, stdout=subprocess.DEVNULL, stderr=self.stderr)

    def log(self) -> str:
        return self.stderr_path.read_text()

    def alive(self):
        assert self.proc.poll() is None, f"the app exited early:\n{self.log()}"
        return True

    def icon(self) -> int:
        [icon] = self.desktop.wait_for(lambda: self.alive() and self.desktop.tray_icons(),
                                       timeout=20, what="the tray icon to be embedded")
        return icon

    def windows(self, name: str) -> list[int]:
        found = self.desktop.xdotool("search", "--onlyvisible", "--name", name, check=False)
        return [int(w) for w in found.stdout.split()]

    def wait_window(self, name: str, timeout=10) -> int:
        return self.desktop.wait_for(lambda: self.alive() and self.windows(name), timeout=timeout,
                                     what=f"a window titled like {name!r}")[0]

    def open_menu(self, icon: int) -> None:
        x, y = self.desktop.tray_icon_center(icon)
        before = set(self._popups())

        def opened():
            return set(self._popups()) - before

        self.desktop.xdotool("mousemove", x, y, "click", 3)
        try:
            self.desktop.wait_for(opened, timeout=2, what="the tray menu to open")
        except AssertionError:
            # On a bare X server (no window manager) the first click right after one of
            # the app's windows closes can be swallowed; a person would click again.
            self.desktop.xdotool("click", 3)
            self.desktop.wait_for(opened, what="the tray menu to open on a second click")

    def _popups(self) -> list[str]:
        out = self.desktop.xdotool("search", "--onlyvisible", "--pid", str(self.proc.pid),
                                   check=False).stdout
        return out.split()

    def screenshot(self, path: Path, window: int) -> None:
        """Save one window: a crop of the whole screen, because asking ImageMagick for the
        window itself disturbs the app's windows afterwards when no window manager runs."""
        x, y, w, h = self.desktop.window_geometry(window)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.desktop.run("import", "-window", "root", "-crop", f"{w}x{h}+{x}+{y}", "+repage",
                         str(path), timeout=30)

    def look_and_close(self, icon: int, key: str, title: str, shot: Path) -> None:
        """Open a window from the tray menu by its letter, keep a picture, close it with Esc."""
        self.open_menu(icon)
        self.desktop.key(key)
        window = self.wait_window(f"^{title}$")
        self.screenshot(shot, window)
        self.desktop.key("Escape")
        self.desktop.wait_for(lambda: not self.windows(f"^{title}$"),
                              what=f"Escape to close {title}")

    def quit_from_menu(self, icon: int) -> int:
        self.open_menu(icon)
        self.desktop.key("q")
        return self.proc.wait(timeout=15)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self.stderr.close()


@pytest.fixture
def launch(desktop, tmp_path):
    apps = []

    def start(time_scale=1, **kw):
        app = RunningApp(desktop, tmp_path, time_scale, **kw)
        apps.append(app)
        return app

    yield start
    for app in apps:
        app.stop()


def no_qt_warnings(log: str) -> list[str]:
    return [line for line in log.splitlines() if re.search(r" (WARNING|ERROR|CRITICAL) ", line)]


def colours(image: Path) -> int:
    """How many different colours the image holds."""
    out = subprocess.run(["identify", "-format", "%k", str(image)], capture_output=True,
                         text=True, check=True)
    return int(out.stdout)


def test_reminder_reaches_the_notification_daemon_and_opens_the_stretch_window(
        desktop, launch, screenshots, tmp_path):
    # 120 times faster: the 30-minute reminder comes after 15 real seconds.
    app = launch(time_scale=120)
    icon = app.icon()
    print(f"tray icon embedded {time.monotonic() - app.started:.2f} s after exec")
    # Embedded comes a moment before painted: the picture must show the icon, not a blank.
    desktop.wait_for(lambda: colours(desktop.screenshot(tmp_path / "icon.png", window=icon)) > 1,
                     what="the tray icon to be painted")
    desktop.screenshot(screenshots / "tray-icon.png")

    app.open_menu(icon)
    desktop.screenshot(screenshots / "tray-menu.png")
    desktop.key("Escape")

    [note] = desktop.wait_for(
        lambda: app.alive() and [n for n in desktop.shown() if n["summary"] == "Time to stand up"],
        timeout=40, what="the reminder notification in dunst")
    assert note["appname"] == "DeskStretch"
    assert "60-second stand-up break" in note["body"]
    # The warning came first, and the reminder replaced it rather than stacking.
    [warning] = [n for n in desktop.shown() if n["summary"] == "Break in 30 s"]
    assert warning["id"] == note["id"]
    desktop.wait_for(lambda: desktop.displayed_count() == 1, what="the reminder on screen")
    desktop.screenshot(screenshots / "notification.png")

    # Clicking the notification invokes its default action: the stretch window opens.
    desktop.dunstctl("action", "0")
    app.wait_window("DeskStretch$")
    # At this speed the minute-long routine is over in half a second.
    app.wait_window("^Break done", timeout=15)
    desktop.screenshot(screenshots / "break-done.png")

    assert app.quit_from_menu(icon) == 0
    log = app.log()
    assert "Break started: Stand-up break" in log and "Break done" in log
    assert no_qt_warnings(log) == []


def test_stretch_now_from_the_tray_menu_runs_the_routine_to_the_end(desktop, launch, screenshots):
    app = launch(time_scale=4)  # the 60-second routine takes 15 seconds
    icon = app.icon()
    app.open_menu(icon)
    desktop.key("s")  # "&Stretch now"
    window = app.wait_window("Overhead reach · Hold")
    app.screenshot(screenshots / "stretch-window-hold.png", window)
    app.wait_window("Shoulder rolls · Keep moving", timeout=15)
    app.screenshot(screenshots / "stretch-window-moving.png", window)
    app.wait_window("^Break done", timeout=20)
    app.screenshot(screenshots / "stretch-window-done.png", window)

    app.look_and_close(icon, "f", "DeskStretch Preferences",  # "Pre&ferences…"
                       screenshots / "preferences.png")

    assert app.quit_from_menu(icon) == 0
    log = app.log()
    assert "Break done" in log
    assert no_qt_warnings(log) == []


def test_a_break_shows_up_in_the_statistics_window(desktop, launch, screenshots):
    app = launch(time_scale=8)  # the 60-second routine takes under 8 seconds
    icon = app.icon()
    app.open_menu(icon)
    desktop.key("s")  # "&Stretch now"
    window = app.wait_window("DeskStretch$|Overhead reach")
    app.wait_window("^Break done", timeout=20)
    desktop.key("Escape")
    desktop.wait_for(lambda: not app.windows("^Break done"), what="the stretch window to close")

    app.look_and_close(icon, "t", "DeskStretch Statistics",  # "S&tatistics…"
                       screenshots / "statistics.png")

    assert app.quit_from_menu(icon) == 0
    history = app.data_dir / "history.sqlite3"
    assert history.stat().st_mode & 0o777 == 0o600
    import sqlite3

    with sqlite3.connect(history) as db:
        kinds = [k for (k,) in db.execute("SELECT kind FROM events ORDER BY id")]
    db.close()
    assert kinds[-2:] == ["started", "completed"]
    assert no_qt_warnings(app.log()) == []
    assert window
