"""SleepWatcher against a stand-in logind on a private D-Bus bus."""

import logging
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from jeepney import DBusAddress, HeaderFields, new_signal  # noqa: E402
from jeepney.bus_messages import message_bus  # noqa: E402
from jeepney.io.blocking import open_dbus_connection  # noqa: E402

from deskstretch.platform.sleep import CALL_TIMEOUT_S, SleepWatcher  # noqa: E402
from tests.desktop import desktop_or_skip  # noqa: E402

pytestmark = pytest.mark.desktop

LOGIN1 = "org.freedesktop.login1"
MANAGER = DBusAddress("/org/freedesktop/login1", interface="org.freedesktop.login1.Manager")
LOGGER = "deskstretch.platform.sleep"


@pytest.fixture
def bus_address(tmp_path):
    """The harness's private session bus, standing in for the system bus."""
    for desktop in desktop_or_skip(tmp_path, with_tray=False, with_notifications=False):
        yield desktop.bus_address


class Logind:
    """A connection that owns org.freedesktop.login1 and can announce sleep."""

    def __init__(self, bus_address):
        self.conn = open_dbus_connection(bus=bus_address)
        reply = self.conn.send_and_get_reply(message_bus.RequestName(LOGIN1), timeout=5)
        assert reply.body == (1,), reply.body  # primary owner

    def prepare_for_sleep(self, starting, destination=None):
        message = new_signal(MANAGER, "PrepareForSleep", "b", (starting,))
        if destination is not None:
            message.header.fields[HeaderFields.destination] = destination
        self.conn.send(message)

    def barrier(self):
        """Return once the bus has routed everything this connection sent before."""
        self.conn.send_and_get_reply(message_bus.GetId(), timeout=5)

    def close(self):
        self.conn.close()


@pytest.fixture
def connections():
    opened = []
    yield opened
    for conn in opened:
        conn.close()


@pytest.fixture
def logind(bus_address, connections):
    fake = Logind(bus_address)
    connections.append(fake)
    return fake


@pytest.fixture
def watcher(qapp, bus_address, logind):
    watcher = SleepWatcher(bus_address)
    assert watcher.start()
    yield watcher
    watcher.stop()


def test_suspend_then_resume_arrive_on_the_qt_loop(qtbot, logind, watcher):
    with qtbot.waitSignal(watcher.sleeping, timeout=5000) as before:
        logind.prepare_for_sleep(True)
    assert before.args == [True]

    with qtbot.waitSignal(watcher.sleeping, timeout=5000) as after:
        logind.prepare_for_sleep(False)
    assert after.args == [False]


def test_signals_that_arrive_together_are_all_delivered(qtbot, logind, watcher):
    seen = []
    watcher.sleeping.connect(seen.append)

    logind.prepare_for_sleep(True)
    logind.prepare_for_sleep(False)
    logind.prepare_for_sleep(True)

    qtbot.waitUntil(lambda: len(seen) >= 3, timeout=5000)
    assert seen == [True, False, True]


def test_only_logind_is_believed(qtbot, bus_address, logind, watcher, connections):
    impostor = Logind.__new__(Logind)
    impostor.conn = open_dbus_connection(bus=bus_address)
    connections.append(impostor)
    seen = []
    watcher.sleeping.connect(seen.append)

    # Broadcast (filtered by the bus's match rule) and sent straight to the watcher's
    # connection (which match rules do not filter).
    impostor.prepare_for_sleep(True)
    impostor.prepare_for_sleep(True, destination=watcher._conn.unique_name)
    # The bus queues each client's messages in order: after this, the impostor's signals are
    # ahead of anything logind sends next.
    impostor.barrier()
    with qtbot.waitSignal(watcher.sleeping, timeout=5000) as real:
        logind.prepare_for_sleep(False)

    assert real.args == [False]
    assert seen == [False]


def test_a_restarted_logind_is_followed(qtbot, bus_address, logind, watcher, connections):
    logind.close()
    connections.remove(logind)
    restarted = Logind(bus_address)
    connections.append(restarted)

    with qtbot.waitSignal(watcher.sleeping, timeout=5000) as blocker:
        restarted.prepare_for_sleep(True)
    assert blocker.args == [True]


def test_no_bus_is_reported_once_and_promptly(qapp, tmp_path, caplog):
    caplog.set_level(logging.INFO, logger=LOGGER)
    watcher = SleepWatcher(f"unix:path={tmp_path}/nobody-listens")

    began = time.monotonic()
    assert watcher.start() is False
    assert watcher.start() is False
    assert time.monotonic() - began < CALL_TIMEOUT_S

    infos = [r for r in caplog.records if r.name == LOGGER and r.levelno == logging.INFO]
    assert len(infos) == 1, [r.getMessage() for r in infos]
    assert "sleep" in infos[0].getMessage()


def test_a_bus_without_logind_is_not_watched(qapp, bus_address, caplog):
    caplog.set_level(logging.INFO, logger=LOGGER)
    watcher = SleepWatcher(bus_address)

    assert watcher.start() is False
    assert any("logind" in r.getMessage() for r in caplog.records if r.name == LOGGER)
