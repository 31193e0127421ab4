"""What the app has loaded when its tray icon shows: only what the icon and the schedule need.
Everything else (windows, the history database, the pose model, autostart, QtNetwork) loads
on first use, so start-up time and memory stay close to a bare tray icon."""

import json
import os
import subprocess
import sys

import pytest

from deskstretch import cli, instance

pytestmark = pytest.mark.gui

PROBE = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])  # the app takes this one over


def report():
    print(json.dumps(sorted(sys.modules)))
    app.quit()


QTimer.singleShot(0, report)  # the first turn of the event loop: the icon is up
from deskstretch.cli import main

raise SystemExit(main(sys.argv[1:]))
"""

LATER = [
    "PySide6.QtNetwork",
    "PySide6.QtSvg",
    "apscheduler",
    "asyncio",
    "sqlite3",
    "deskstretch.storage.history",
    "deskstretch.storage.routines",
    "deskstretch.core.poses",
    "deskstretch.platform.autostart",
    "deskstretch.ui.stretch_window",
    "deskstretch.ui.statistics",
    "deskstretch.ui.preferences",
]


def loaded_at_start(tmp_path, config_dir):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           instance.INSTANCE_VAR: str(tmp_path / "s")}
    env.pop(cli.TIME_SCALE_VAR, None)
    proc = subprocess.run([sys.executable, "-c", PROBE, "--config-dir", str(config_dir),
                           "--data-dir", str(tmp_path / "data")],
                          env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return set(json.loads(proc.stdout.splitlines()[-1]))


def test_the_tray_icon_shows_before_anything_it_does_not_need_is_loaded(tmp_path):
    modules = loaded_at_start(tmp_path, tmp_path / "config")
    assert "deskstretch.controller" in modules  # the probe did run inside the app
    assert [m for m in LATER if m in modules] == []
    # Nothing was written to the data folder either: the history opens on first use.
    assert not (tmp_path / "data" / "history.sqlite3").exists()


def test_routines_of_ones_own_are_read_at_start_when_there_are_any(tmp_path):
    (tmp_path / "config" / "routines").mkdir(parents=True)
    assert "deskstretch.storage.routines" in loaded_at_start(tmp_path, tmp_path / "config")


def test_the_d_bus_code_loads_with_the_first_notification_not_at_start():
    # (The probe above runs without a tray, so it shows a notification at start and loads
    # jeepney for it; with a tray, most starts show none.)
    code = ("import sys\nfrom deskstretch.ui import notifications\n"
            "print('jeepney' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.stdout.split() == ["False"], proc.stderr


def test_a_command_loads_neither_qt_nor_the_app(tmp_path):
    # `deskstretch stretch` opens the window through the running app; the command's own
    # start-up is most of the wait, so it loads only the parser and the socket client.
    code = ("import sys\nfrom deskstretch import cli\ncode = cli.main(['status'])\n"
            "print(sorted(sys.modules))")
    env = {**os.environ, instance.INSTANCE_VAR: str(tmp_path / "none")}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, env=env)
    assert "not running" in proc.stderr
    loaded = set(eval(proc.stdout))
    assert {"deskstretch.cli", "deskstretch.instance"} <= loaded
    assert [m for m in ("PySide6", "deskstretch.app", "deskstretch.core.library", "logging")
            if m in loaded] == []
