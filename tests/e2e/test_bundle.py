"""The PyInstaller one-folder build starts on a desktop, shows its tray icon and its window."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.test_app import no_qt_warnings

pytestmark = pytest.mark.desktop

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "pyinstaller" / "deskstretch.spec"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run([str(pyinstaller), "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
                    str(SPEC)], check=True, capture_output=True, cwd=work, timeout=600)
    app = work / "dist" / "deskstretch" / "deskstretch"
    assert app.is_file()
    yield app
    shutil.rmtree(work)


def test_the_bundled_app_shows_its_tray_icon_and_runs_a_break(desktop, bundle, tmp_path, screenshots):
    # Nothing from the source tree or the virtual environment: only the bundle.
    env = {k: v for k, v in desktop.env.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    log = (tmp_path / "bundle.log").open("w")
    proc = desktop.popen([str(bundle), "--config-dir", str(tmp_path / "c"),
                          "--data-dir", str(tmp_path / "d")],
                         env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=log)
    try:
        desktop.wait_for(lambda: proc.poll() is None and desktop.tray_icons(), timeout=30,
                         what="the bundled app's tray icon")
        run = subprocess.run([str(bundle), "stretch"], env=env, capture_output=True, text=True,
                             timeout=30)
        assert run.returncode == 0 and run.stdout.strip() == "Stretching now", run.stderr
        found = desktop.wait_for(
            lambda: desktop.xdotool("search", "--onlyvisible", "--name", "DeskStretch$",
                                    check=False).stdout.split(), timeout=15,
            what="the stretch window")
        desktop.screenshot(screenshots / "bundle-stretch-window.png", int(found[0]))
        quit_ = subprocess.run([str(bundle), "quit"], env=env, capture_output=True, timeout=30)
        assert quit_.returncode == 0
        assert proc.wait(timeout=15) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        log.close()
    text = (tmp_path / "bundle.log").read_text()
    assert "Break started: Stand-up break" in text
    assert no_qt_warnings(text) == []
