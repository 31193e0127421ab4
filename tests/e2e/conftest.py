"""Real-desktop fixtures: a virtual X desktop with a tray and a notification daemon."""

import os
from pathlib import Path

import pytest

from tests.desktop import desktop_or_skip

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def desktop(tmp_path):
    yield from desktop_or_skip(tmp_path)


@pytest.fixture(scope="session")
def screenshots():
    """Where the end-to-end tests leave their screenshots for a person to look at."""
    path = Path(os.environ.get("DESKSTRETCH_SCREENSHOTS", ROOT / "artifacts" / "screenshots"))
    path.mkdir(parents=True, exist_ok=True)
    return path
