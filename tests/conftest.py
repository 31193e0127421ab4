"""Shared test set-up: headless Qt, private folders, and failing on unexpected warnings."""

import logging
import os

# Before any Qt import: widget tests run without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests read English words and 24-hour times, whatever the machine's own language; the apps
# that tests start inherit it. Translations are tested with a language chosen explicitly.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)

from datetime import datetime  # noqa: E402

import pytest  # noqa: E402

from tests.fakes import FakeAlarms, FakeClock, FakeIdle, RecordingNotifications  # noqa: E402

GUI_FIXTURES = {"qtbot", "qapp"}


def pytest_collection_modifyitems(items):
    # Tests that need Qt get the gui marker, so `pytest -m "not gui"` runs the core alone.
    for item in items:
        if GUI_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def qapp(qapp):
    """The test QApplication speaks English as the app does on an English desktop: with the
    English translation, which holds the plural forms."""
    from deskstretch.ui import i18n

    i18n.install(qapp, "system")
    return qapp


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


# -- a Controller on fake time, for the wiring tests -------------------------------------------

@pytest.fixture
def paths(tmp_path):
    from deskstretch.storage.paths import resolve

    paths = resolve(str(tmp_path / "config"), str(tmp_path / "data"))
    # The first-use safety note has been read; tests of the note itself remove this file.
    paths.data_dir.mkdir(parents=True)
    (paths.data_dir / "window.json").write_text('{"safety_note_read": true}')
    return paths


@pytest.fixture
def notes():
    return RecordingNotifications()


@pytest.fixture
def idle():
    return FakeIdle()


@pytest.fixture
def make(qtbot, clock, alarms, paths, notes, idle):
    """Builds started Controllers, and takes each down so no timer outlives its test."""
    from deskstretch.controller import Controller

    made = []

    def build(**kw):
        c = Controller(clock, alarms, paths, notes, idle=idle, **kw)
        c.start()
        made.append(c)
        return c

    yield build
    for c in made:
        c._heartbeat.stop()
        c.close_window()  # also stops the session's countdown timer
        for window in (c.window, c.statistics, c.checkin):
            if window is not None:
                window.hide()
                window.deleteLater()
