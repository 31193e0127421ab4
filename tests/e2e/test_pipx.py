"""`pipx install .` gives a `deskstretch` command that runs, finds its assets and
translations, and shows its tray icon on a desktop."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from deskstretch import __version__
from tests.e2e.test_app import no_qt_warnings

pytestmark = pytest.mark.desktop

ROOT = Path(__file__).resolve().parents[2]

CHECK = """
import json, deskstretch, deskstretch.assets as a
print(json.dumps({
    "package": deskstretch.__file__,
    "tray": len(list((a.assets_dir() / "icons" / "tray").glob("*.svg"))),
    "icon": a.icon("deskstretch").is_file(),
    "illustrations": len(list((a.assets_dir() / "illustrations").glob("*.svg"))),
    "translations": sorted(p.name for p in a.translations_dir().glob("*.qm")),
}))
"""


@pytest.fixture(scope="module")
def pipx_app(tmp_path_factory):
    """DeskStretch installed with pipx into a temporary PIPX_HOME; pip's own cache is reused."""
    home = tmp_path_factory.mktemp("pipx")
    env = {**os.environ, "PIPX_HOME": str(home / "home"), "PIPX_BIN_DIR": str(home / "bin"),
           "PIPX_MAN_DIR": str(home / "man")}
    env.pop("VIRTUAL_ENV", None)
    env.pop("PYTHONPATH", None)
    result = subprocess.run([sys.executable, "-m", "pipx", "install", "--python", sys.executable,
                             str(ROOT)], env=env, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
    command = home / "bin" / "deskstretch"
    assert command.is_file(), result.stdout
    return command, home / "home" / "venvs" / "deskstretch" / "bin" / "python", env


def test_the_pipx_command_runs_and_finds_its_assets(pipx_app, tmp_path):
    command, python, env = pipx_app
    version = subprocess.run([str(command), "--version"], env=env, capture_output=True,
                             text=True, timeout=60, cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.strip() == f"DeskStretch {__version__}"
    # Run outside the checkout, so nothing can come from the source tree.
    found = json.loads(subprocess.run([str(python), "-c", CHECK], env=env, capture_output=True,
                                      text=True, check=True, cwd=tmp_path).stdout)
    assert "/venvs/deskstretch/" in found["package"]
    assert found["icon"] and found["tray"] == 88 and found["illustrations"] >= 25
    assert found["translations"] == [f"deskstretch_{lang}.qm" for lang in ("de", "en", "es", "fr")]
    # With nothing running, a command says how to start it.
    status = subprocess.run([str(command), "status"], capture_output=True, text=True, timeout=60,
                            env={**env, "XDG_RUNTIME_DIR": str(tmp_path)}, cwd=tmp_path)
    assert status.returncode == 1 and "deskstretch" in status.stderr + status.stdout


def test_the_pipx_command_shows_its_tray_icon_in_german(pipx_app, desktop, tmp_path):
    command, _, pipx_env = pipx_app
    env = {k: v for k, v in desktop.env.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    (tmp_path / "c").mkdir()
    # The German translation comes from the installed copy's assets.
    (tmp_path / "c" / "config.toml").write_text('version = 2\nlanguage = "de"\n')
    log = (tmp_path / "app.log").open("w")
    proc = desktop.popen([str(command), "--config-dir", str(tmp_path / "c"),
                          "--data-dir", str(tmp_path / "d")],
                         env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=log)
    try:
        desktop.wait_for(lambda: proc.poll() is None and desktop.tray_icons(), timeout=30,
                         what="the pipx-installed app's tray icon")
        status = subprocess.run([str(command), "status"], env=env, capture_output=True,
                                text=True, timeout=30)
        assert status.returncode == 0 and status.stdout.startswith("Nächste Pause"), status
        assert subprocess.run([str(command), "quit"], env=env, timeout=30).returncode == 0
        assert proc.wait(timeout=15) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        log.close()
    assert no_qt_warnings((tmp_path / "app.log").read_text()) == []
