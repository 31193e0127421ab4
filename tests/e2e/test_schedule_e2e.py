"""The installed app's break rules on a real desktop: pause and resume from the tray menu, the
tooltip in each state, a full-screen window holding a reminder back, and time away."""

import json
import re
import subprocess
import sys
from datetime import datetime, timedelta

import pytest

from tests.desktop import desktop_or_skip
from tests.e2e.test_app import APP, RunningApp, no_qt_warnings
from tests.platform.test_focus import WINDOW_SCRIPT  # a window: full screen or not

pytestmark = pytest.mark.desktop

@pytest.fixture
def desktop(tmp_path):
    """With a window manager: active windows and full screen exist only with one."""
    yield from desktop_or_skip(tmp_path, with_wm=True)


@pytest.fixture
def launch(desktop, tmp_path):
    apps = []

    def start(time_scale=1, **settings):
        config = tmp_path / "config"
        config.mkdir(exist_ok=True)
        lines = [f"{key} = {json.dumps(value)}" for key, value in settings.items()]
        (config / "config.toml").write_text("version = 1\n" + "\n".join(lines) + "\n")
        app = RunningApp(desktop, tmp_path, time_scale)
        apps.append(app)
        return app

    yield start
    for app in apps:
        app.stop()


@pytest.fixture
def open_window(desktop, tmp_path):
    """Start a window in its own process and wait until the window manager made it active."""
    script = tmp_path / "window.py"
    script.write_text(WINDOW_SCRIPT)
    procs = {}

    def open_(mode: str, title: str) -> subprocess.Popen:
        proc = desktop.popen([sys.executable, str(script), mode, title],
                             stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
        procs[title] = proc
        desktop.wait_for(lambda: active_title(desktop) == title, timeout=15,
                         what=f"{title} to be the active window")
        return proc

    yield open_
    for proc in procs.values():
        proc.terminate()
        proc.wait(10)


def active_title(desktop) -> str:
    window = desktop.xdotool("getactivewindow", check=False).stdout.strip()
    if not window:
        return ""
    return desktop.xdotool("getwindowname", window, check=False).stdout.strip()


def status(desktop, *args: str) -> str:
    result = subprocess.run([str(APP), "status", *args], env=desktop.env, capture_output=True,
                            text=True, timeout=20)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def status_json(desktop) -> dict:
    return json.loads(status(desktop, "--json"))


def show_tooltip(app, icon, path) -> None:
    """Hover over the tray icon until its tooltip is up, and keep a picture of it."""
    desktop = app.desktop
    before = set(app._popups())
    x, y = desktop.tray_icon_center(icon)
    desktop.xdotool("mousemove", x - 3, y)
    desktop.xdotool("mousemove", x, y)
    desktop.wait_for(lambda: set(app._popups()) - before, timeout=10, what="the tooltip")
    desktop.screenshot(path)
    desktop.xdotool("mousemove", x - 200, y + 300)
    desktop.wait_for(lambda: not set(app._popups()) - before, timeout=10,
                     what="the tooltip to go away")


def test_pause_and_resume_from_the_tray_menu_and_the_tooltip_in_each_state(
        desktop, launch, screenshots):
    app = launch()
    icon = app.icon()
    assert status(desktop) == "Next break in 30 min"
    show_tooltip(app, icon, screenshots / "tooltip-counting.png")

    app.open_menu(icon)
    desktop.key("p", "1")  # "&Pause reminders" ▸ "For &1 hour"
    desktop.wait_for(lambda: status_json(desktop)["state"] == "paused", what="the pause")
    paused = status_json(desktop)
    until = datetime.fromisoformat(paused["paused_until"])
    assert timedelta(minutes=59) < until - datetime.now().astimezone() <= timedelta(hours=1)
    assert status(desktop).startswith("Paused until ")
    show_tooltip(app, icon, screenshots / "tooltip-paused.png")

    # A paused app offers Resume in place of Pause.
    app.open_menu(icon)
    desktop.screenshot(screenshots / "tray-menu-paused.png")
    desktop.key("r")  # "&Resume reminders"
    desktop.wait_for(lambda: status_json(desktop)["state"] == "counting", what="the resume")
    assert status(desktop) == "Next break in 30 min"

    assert app.quit_from_menu(icon) == 0
    assert no_qt_warnings(app.log()) == []


def test_outside_working_hours_the_tooltip_says_when_reminders_resume(desktop, launch, screenshots):
    tomorrow = (datetime.now().astimezone() + timedelta(days=1)).strftime("%a")
    app = launch(working_hours=f"{tomorrow} 09:00-17:00")
    icon = app.icon()
    desktop.wait_for(lambda: status_json(desktop)["state"] == "off_hours", what="off hours")
    assert re.fullmatch(r"Reminders resume 0?9:00 tomorrow", status(desktop))
    show_tooltip(app, icon, screenshots / "tooltip-off-hours.png")
    assert app.quit_from_menu(icon) == 0


def test_a_full_screen_window_holds_the_reminder_back_until_it_closes(
        desktop, launch, open_window, screenshots):
    editor = open_window("normal", "Editor")
    slides = open_window("fullscreen", "Slides")
    # 60 times faster, and a break every 5 minutes: due 5 seconds after start; while busy the
    # planner looks again every (app) minute, once a real second.
    app = launch(time_scale=60, interval_minutes=5, warning_seconds=0)
    app.icon()
    desktop.wait_for(lambda: app.log().count("the break waits") >= 3, timeout=30,
                     what="the due break to wait three times for the full-screen window")
    assert [n for n in desktop.shown() if n["summary"] == "Time to stand up"] == []
    assert active_title(desktop) == "Slides"
    desktop.screenshot(screenshots / "fullscreen-holds-the-reminder.png")

    slides.terminate()
    slides.wait(10)
    desktop.wait_for(lambda: active_title(desktop) == "Editor", what="the editor in front")
    desktop.wait_for(lambda: [n for n in desktop.shown() if n["summary"] == "Time to stand up"],
                     timeout=15, what="the reminder once the full-screen window closed")
    desktop.screenshot(screenshots / "reminder-after-fullscreen.png")
    # The reminder is a notification: typing goes on in the editor.
    assert active_title(desktop) == "Editor"
    assert editor.poll() is None
    assert "postponed (busy)" in app.log()


def test_time_away_counts_as_a_break_and_the_next_one_is_a_full_interval_after_return(
        desktop, launch, screenshots):
    # Idle time is the X server's own, in real seconds, and a natural break needs as long
    # away as the 60-second routine takes: this test waits a real minute. The app runs four
    # times faster so that it looks at idle time every 7.5 seconds and the next break
    # (10 app minutes) stays well clear of the wait.
    app = launch(time_scale=4, interval_minutes=10)
    icon = app.icon()
    desktop.xdotool("mousemove", 10, 10)
    before = datetime.fromisoformat(status_json(desktop)["next_break"])

    desktop.wait_for(lambda: status_json(desktop)["state"] == "away", timeout=100,
                     what="the app to notice the user is away")
    assert status(desktop) == "Away from the desk: that counts as a break"
    show_tooltip(app, icon, screenshots / "tooltip-away.png")  # the hover is the return

    desktop.wait_for(lambda: status_json(desktop)["state"] == "counting", timeout=20,
                     what="the app to notice the user is back")
    after = datetime.fromisoformat(status_json(desktop)["next_break"])
    # About 70 real seconds passed before the return, 280 app seconds: the new interval
    # runs from the return, not from the start.
    assert after - before > timedelta(minutes=4)
    assert [n for n in desktop.shown() if "Break" in n["summary"] or "stand" in n["summary"]] == []
    assert "natural break" in app.log()
    assert app.quit_from_menu(icon) == 0
