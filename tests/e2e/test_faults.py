"""The installed app when parts of the desktop are missing (no tray host, no notifications)
and when it is killed in the middle of a break."""

import json
import os
import signal
import sqlite3
from datetime import datetime, timedelta

import pytest

from tests.desktop import desktop_or_skip
from tests.e2e.test_app import APP, RunningApp

pytestmark = pytest.mark.desktop


@pytest.fixture
def bare_desktop(request, tmp_path):
    yield from desktop_or_skip(tmp_path, **request.param)


@pytest.mark.parametrize("bare_desktop", [{"with_tray": False}], indirect=True)
def test_without_a_tray_host_it_reminds_by_notification_and_embeds_when_one_appears(
        bare_desktop, tmp_path, screenshots):
    desktop = bare_desktop
    app = RunningApp(desktop, tmp_path, time_scale=120)
    try:
        desktop.wait_for(lambda: app.alive() and [
            n for n in desktop.shown() if n["summary"] == "DeskStretch is running"],
            timeout=20, what="the no-tray notice")
        desktop.wait_for(lambda: app.alive() and [
            n for n in desktop.shown() if n["summary"] == "Time to stand up"],
            timeout=40, what="the reminder without a tray")
        desktop.dunstctl("action", "0")
        app.wait_window("DeskStretch$")
        desktop.start_tray()
        [icon] = desktop.wait_for(lambda: app.alive() and desktop.tray_icons(), timeout=20,
                                  what="the icon to embed once a tray host appears")
        desktop.screenshot(screenshots / "tray-appeared-later.png")
        assert app.quit_from_menu(icon) == 0
        assert "No system tray was found" in app.log()
    finally:
        app.stop()


@pytest.mark.parametrize("bare_desktop", [{"with_notifications": False}], indirect=True)
def test_without_a_notification_daemon_the_tray_balloon_reminds(bare_desktop, tmp_path, screenshots):
    desktop = bare_desktop
    app = RunningApp(desktop, tmp_path, time_scale=120)
    try:
        icon = app.icon()
        before = set(app._popups())
        balloon = desktop.wait_for(lambda: app.alive() and set(app._popups()) - before,
                                   timeout=40, what="the tray balloon")
        desktop.screenshot(screenshots / "tray-balloon.png")
        assert balloon and icon
        # The balloon sits over the icon, so quit from the command line.
        assert desktop.run(str(APP), "quit").returncode == 0
        assert app.proc.wait(timeout=15) == 0
        log = app.log()
        assert "Traceback" not in log
    finally:
        app.stop()


def test_killed_during_a_break_it_shows_interrupted_and_the_next_break_is_a_full_interval_on(
        desktop, tmp_path):
    app = RunningApp(desktop, tmp_path, time_scale=1)
    try:
        app.icon()
        assert desktop.run(str(APP), "stretch").returncode == 0
        app.wait_window("DeskStretch$")
        os.kill(app.proc.pid, signal.SIGKILL)  # no chance to write anything more
        assert app.proc.wait(timeout=10) == -signal.SIGKILL
    finally:
        app.stop()
    desktop.wait_for(lambda: not desktop.tray_icons(), timeout=10, what="the old icon to go")

    again = RunningApp(desktop, tmp_path, time_scale=1)
    try:
        again.icon()
        status = json.loads(desktop.run(str(APP), "status", "--json").stdout)
        assert status["state"] == "counting"
        left = datetime.fromisoformat(status["next_break"]) - datetime.now().astimezone()
        assert timedelta(minutes=29) < left <= timedelta(minutes=30)
        # Something for the history to keep makes the app open it; the cut-off break is
        # closed then, as interrupted, once.
        assert desktop.run(str(APP), "skip").returncode == 0
        assert desktop.run(str(APP), "quit").returncode == 0
        assert again.proc.wait(timeout=15) == 0
    finally:
        again.stop()
    with sqlite3.connect(app.data_dir / "history.sqlite3") as db:
        kinds = [k for (k,) in db.execute("SELECT kind FROM events ORDER BY id")]
    assert kinds == ["started", "interrupted", "skipped"]
    assert "Traceback" not in again.log()
