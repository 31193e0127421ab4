"""The stretch window on a real X server: every phase, light and dark, at 100 % and 200 %."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.desktop import desktop_or_skip

pytestmark = pytest.mark.desktop

SCRIPT = Path(__file__).with_name("window_phases.py")
PHASES = ["get-ready", "hold", "rest", "switch-sides", "left-side", "paused", "finish",
          "safety-note"]


@pytest.fixture(scope="module")
def bare_desktop(tmp_path_factory):
    # Room for the 200 % window, which is 1200 device pixels tall.
    yield from desktop_or_skip(tmp_path_factory.mktemp("screens"), with_tray=False,
                               with_notifications=False, screen="2560x1600x24")


@pytest.mark.parametrize("scale", [1, 2])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_phase_is_saved_at_its_scale(bare_desktop, screenshots, scheme, scale):
    suffix = f"{scheme}-{scale * 100}"
    env = dict(bare_desktop.env, QT_SCALE_FACTOR=str(scale))
    argv = [sys.executable, str(SCRIPT), str(screenshots), suffix]
    if scheme == "dark":
        argv.append("--dark")
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    shown = {line.split()[0]: tuple(map(int, line.split()[1:])) for line in done.stdout.splitlines()}
    assert list(shown) == PHASES
    for name, (width, height) in shown.items():
        # The whole window, in device pixels: twice the size at 200 %.
        assert (width, height) == (440 * scale, 600 * scale), name
        assert (screenshots / f"stretch-{name}-{suffix}.png").stat().st_size > 5000
    assert "Warning" not in done.stderr and "WARNING" not in done.stderr, done.stderr
