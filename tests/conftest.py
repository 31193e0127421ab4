"""Shared test set-up: headless Qt, private folders, and failing on unexpected warnings."""

import logging
import os

# Before any Qt import: widget tests run without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import datetime  # noqa: E402

import pytest  # noqa: E402

from tests.fakes import FakeAlarms, FakeClock  # noqa: E402

GUI_FIXTURES = {"qtbot", "qapp"}


def pytest_collection_modifyitems(items):
    # Tests that need Qt get the gui marker, so `pytest -m "not gui"` runs the core alone.
    for item in items:
        if GUI_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def private_dirs(tmp_path, monkeypatch):
    """No test touches the real home: every folder the app could use points into tmp_path."""
    for var, sub in (("DESKSTRETCH_CONFIG_DIR", "config"), ("DESKSTRETCH_DATA_DIR", "data"),
                     ("XDG_CONFIG_HOME", "xdg-config"), ("XDG_DATA_HOME", "xdg-data"),
                     ("XDG_STATE_HOME", "xdg-state"), ("XDG_CACHE_HOME", "xdg-cache")):
        monkeypatch.setenv(var, str(tmp_path / sub))
    return tmp_path


@pytest.fixture(autouse=True)
def fail_on_unexpected_warnings(caplog):
    """A warning nobody asserted on is a bug; tests that expect one clear caplog."""
    yield
    unexpected = [r for r in caplog.get_records("call") if r.levelno >= logging.WARNING]
    if unexpected:
        pytest.fail("unexpected log warnings:\n" + "\n".join(r.getMessage() for r in unexpected))


@pytest.fixture
def start():
    # A Monday morning, in local time.
    return datetime(2026, 3, 2, 9, 0).astimezone()


@pytest.fixture
def clock(start):
    return FakeClock(start)


@pytest.fixture
def alarms(clock):
    return FakeAlarms(clock)
