"""The installed app on a virtual desktop stays one instance, and its command line drives it."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.desktop

APP = Path(sys.executable).with_name("deskstretch")


def warnings_in(log: str) -> list[str]:
    return [line for line in log.splitlines() if re.search(r" (WARNING|ERROR|CRITICAL) ", line)]


def test_a_second_launch_hands_over_to_the_running_app(desktop, tmp_path):
    # desktop.env has a private XDG_RUNTIME_DIR: the socket is the app's default one, and
    # never a real user's.
    folders = ["--config-dir", str(tmp_path / "config"), "--data-dir", str(tmp_path / "data")]
    stderr_path = tmp_path / "stderr.log"
    with stderr_path.open("w") as stderr:
        app = desktop.popen([str(APP), *folders], stdout=subprocess.DEVNULL, stderr=stderr)
    try:
        def alive():
            assert app.poll() is None, f"the app exited early:\n{stderr_path.read_text()}"
            return True

        [icon] = desktop.wait_for(lambda: alive() and desktop.tray_icons(), timeout=20,
                                  what="the tray icon to be embedded")

        def deskstretch(*argv):
            return subprocess.run([str(APP), *argv], env=desktop.env, capture_output=True,
                                  text=True, timeout=20)

        again = deskstretch(*folders)
        assert again.returncode == 0, again.stderr
        assert again.stdout.startswith("DeskStretch is already running.")
        assert alive() and desktop.tray_icons() == [icon]

        status = deskstretch("status")
        assert (status.returncode, status.stdout, status.stderr) == (
            0, "Next break in 30 min\n", "")

        bad = deskstretch("pause", "0")
        assert bad.returncode == 2 and "not '0'" in bad.stderr

        done = deskstretch("quit")
        assert done.returncode == 0, done.stderr
        assert app.wait(timeout=15) == 0
        desktop.wait_for(lambda: not desktop.tray_icons(), what="the tray icon to go")

        gone = deskstretch("status")
        assert (gone.returncode, gone.stderr) == (
            1, "DeskStretch is not running. Start it with: deskstretch\n")
        log = stderr_path.read_text()
        assert "Command: quit" in log
        assert warnings_in(log) == []
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
