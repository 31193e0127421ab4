"""The Notifier against a real notification server (dunst) on a private D-Bus session bus."""

import logging
import os
import queue
import socket
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from jeepney import (  # noqa: E402
    DBusAddress, HeaderFields, MessageType, new_error, new_method_return, new_signal,
)
from jeepney.bus_messages import message_bus  # noqa: E402
from jeepney.io.blocking import open_dbus_connection  # noqa: E402
from PySide6.QtCore import QCoreApplication  # noqa: E402

from deskstretch import APP_ID  # noqa: E402
from deskstretch.ui.notifications import CALL_TIMEOUT_S, Notifier  # noqa: E402
from tests.desktop import desktop_or_skip  # noqa: E402

pytestmark = [pytest.mark.gui, pytest.mark.desktop]

SUMMARY = "Time to stand up"
BODY = "Your 60-second stand-up break is ready."
ACTIONS = [("default", "Start now"), ("stretch", "Start now"), ("snooze", "Snooze")]
LOGGER = "deskstretch.ui.notifications"


@pytest.fixture
def desktop(tmp_path):
    yield from desktop_or_skip(tmp_path, with_tray=False)


@pytest.fixture
def bare_bus(tmp_path):
    """A session bus on which nobody serves notifications."""
    yield from desktop_or_skip(tmp_path, with_tray=False, with_notifications=False)


@pytest.fixture
def make_notifier(qapp, monkeypatch):
    made = []

    def make(bus_address, app_name="DeskStretch", **kw):
        # The Notifier finds the bus the way the app does: through the environment.
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus_address)
        notifier = Notifier(app_name, **kw)
        made.append(notifier)
        return notifier

    yield make
    for notifier in made:
        notifier.shutdown()


@pytest.fixture
def notifier(desktop, make_notifier):
    return make_notifier(desktop.bus_address)


def wait_until_shown(desktop, summary):
    shown = desktop.wait_for(
        lambda: [row for row in desktop.shown() if row["summary"] == summary],
        what=f"dunst to show {summary!r}")[-1]
    # Let the Notifier's own follow-up work run now, so that a signal arriving later can only
    # be picked up by its socket notifier.
    QCoreApplication.processEvents()
    return shown


def test_a_notification_reaches_the_server_with_our_text_and_name(desktop, notifier):
    assert notifier.show(SUMMARY, BODY, ACTIONS)

    shown = wait_until_shown(desktop, SUMMARY)
    assert shown["body"] == BODY
    assert shown["appname"] == "DeskStretch"
    assert shown["desktop_entry"] == APP_ID
    assert shown["urgency"] == "NORMAL"
    assert desktop.displayed_count() == 1
    assert "actions" in notifier.server_capabilities()


def test_a_second_reminder_replaces_the_first_instead_of_stacking(desktop, notifier):
    assert notifier.show(SUMMARY, BODY, ACTIONS)
    first = wait_until_shown(desktop, SUMMARY)
    assert notifier.show("Still time to stand up", "Snoozed for 5 minutes.", ACTIONS)
    second = wait_until_shown(desktop, "Still time to stand up")

    assert second["id"] == first["id"]
    assert desktop.displayed_count() == 1
    assert desktop.waiting_count() == 0


def test_invoking_the_default_action_emits_it_on_the_qt_loop(desktop, notifier, qtbot):
    assert notifier.show(SUMMARY, BODY, ACTIONS)
    wait_until_shown(desktop, SUMMARY)

    with qtbot.waitSignal(notifier.action_invoked, timeout=5000) as blocker:
        desktop.dunstctl("action", "0")
    assert blocker.args == ["default"]


def test_an_action_picked_from_the_servers_menu_emits_its_key(desktop, notifier, qtbot):
    assert notifier.show(SUMMARY, BODY, [("stretch", "Start now"), ("snooze", "Snooze")])
    wait_until_shown(desktop, SUMMARY)
    desktop.choose_in_menu("Snooze")

    with qtbot.waitSignal(notifier.action_invoked, timeout=5000) as blocker:
        desktop.dunstctl("context")
    assert blocker.args == ["snooze"]
    assert any("Start now" in offer for offer in desktop.menu_offers())


def test_actions_on_another_apps_notification_are_not_ours(desktop, make_notifier, qtbot):
    theirs = make_notifier(desktop.bus_address, app_name="Other app")
    ours = make_notifier(desktop.bus_address)
    ours_invoked, theirs_invoked = [], []
    ours.action_invoked.connect(ours_invoked.append)
    theirs.action_invoked.connect(theirs_invoked.append)
    assert theirs.show("Something else", "Not a break.", [("default", "Open")])
    wait_until_shown(desktop, "Something else")
    assert ours.show(SUMMARY, BODY, ACTIONS)
    wait_until_shown(desktop, SUMMARY)

    # dunst lists the oldest first, so position 0 is theirs. (dunst 1.9.0 refuses
    # `dunstctl action N` for any N > 0, so ours cannot be the one invoked.)
    with qtbot.waitSignal(theirs.action_invoked, timeout=5000):
        desktop.dunstctl("action", "0")
    # The bus keeps the server's signals in order: once ours has seen its own notification
    # close, it has also seen the action on theirs.
    with qtbot.waitSignal(ours.closed, timeout=5000):
        ours.close()
    assert theirs_invoked == ["default"]
    assert ours_invoked == []


def test_close_takes_it_off_the_screen_and_reports_it(desktop, notifier, qtbot):
    assert notifier.show(SUMMARY, BODY, ACTIONS)
    wait_until_shown(desktop, SUMMARY)

    with qtbot.waitSignal(notifier.closed, timeout=5000):
        notifier.close()
    desktop.wait_for(lambda: desktop.displayed_count() == 0, what="dunst to hide it")
    assert [n["summary"] for n in desktop.notifications()] == [SUMMARY]


def test_dismissing_it_reports_closed_and_the_next_reminder_is_new(desktop, notifier, qtbot):
    assert notifier.show(SUMMARY, BODY, ACTIONS)
    first = wait_until_shown(desktop, SUMMARY)

    with qtbot.waitSignal(notifier.closed, timeout=5000):
        desktop.dunstctl("close")
    assert notifier.show("Time to stand up again", BODY, ACTIONS)
    second = wait_until_shown(desktop, "Time to stand up again")
    assert second["id"] != first["id"]
    assert desktop.displayed_count() == 1


def assert_unavailable_promptly(notifier, caplog, limit=CALL_TIMEOUT_S):
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        started = time.monotonic()
        assert notifier.show(SUMMARY, BODY, ACTIONS) is False
        assert time.monotonic() - started < limit
        assert notifier.show(SUMMARY, BODY, ACTIONS) is False
        notifier.close()
        assert notifier.server_capabilities() == []
    warnings = [r for r in caplog.records if r.name == LOGGER and r.levelno >= logging.WARNING]
    assert len(warnings) == 1, "one warning per outage, not one per reminder"
    assert "unavailable" in warnings[0].getMessage()
    caplog.clear()


def test_no_server_on_the_bus_returns_false_promptly(bare_bus, make_notifier, caplog):
    assert_unavailable_promptly(make_notifier(bare_bus.bus_address), caplog)


def test_a_bus_address_pointing_nowhere_returns_false_promptly(tmp_path, make_notifier, caplog):
    assert_unavailable_promptly(make_notifier(f"unix:path={tmp_path}/no-such-bus"), caplog)


def test_no_session_bus_at_all_returns_false_promptly(make_notifier, monkeypatch, caplog):
    notifier = make_notifier("unix:path=/nonexistent")
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS")
    assert_unavailable_promptly(notifier, caplog)


def test_a_bus_that_never_answers_does_not_hang_the_ui(tmp_path, make_notifier, caplog):
    # A socket that accepts connections but never speaks: the worst case for a blocking client.
    path = tmp_path / "mute-bus"
    with socket.socket(socket.AF_UNIX) as mute:
        mute.bind(str(path))
        mute.listen()
        notifier = make_notifier(f"unix:path={path}", call_timeout=0.3)
        assert_unavailable_promptly(notifier, caplog, limit=0.3 + 0.5)


def test_a_server_that_never_replies_does_not_hang_the_ui(bare_bus, make_notifier, caplog):
    # Owns the server's name but never reads its messages, like a hung notification daemon.
    with open_dbus_connection(bus=bare_bus.bus_address) as hung:
        hung.send_and_get_reply(message_bus.RequestName("org.freedesktop.Notifications"),
                                timeout=CALL_TIMEOUT_S)
        notifier = make_notifier(bare_bus.bus_address, call_timeout=0.3)
        assert_unavailable_promptly(notifier, caplog, limit=0.3 + 0.5)


class BroadcastingServer(threading.Thread):
    """A minimal notification server that broadcasts its signals to every client.

    GNOME Shell and Plasma broadcast ActionInvoked/NotificationClosed; dunst sends them only to
    the notification's owner, so only a server like this one shows that the Notifier filters.
    """

    def __init__(self, bus_address, capabilities):
        super().__init__(name="fake-notification-server", daemon=True)
        self.capabilities = capabilities
        self.calls = []  # (member, body) of every method call, in order
        self._next_id = 41
        self._outbox = queue.Queue()
        self._stopping = threading.Event()
        self._conn = open_dbus_connection(bus=bus_address)
        self._conn.send_and_get_reply(message_bus.RequestName("org.freedesktop.Notifications"),
                                      timeout=CALL_TIMEOUT_S)
        self._path = DBusAddress("/org/freedesktop/Notifications",
                                 interface="org.freedesktop.Notifications")

    def broadcast(self, member, signature, body):
        self._outbox.put(new_signal(self._path, member, signature, body))

    def run(self):
        while not self._stopping.is_set():
            while not self._outbox.empty():
                self._conn.send(self._outbox.get())
            try:
                message = self._conn.receive(timeout=0.02)
            except TimeoutError:
                continue
            if message.header.message_type == MessageType.method_call:
                self._answer(message)

    def _answer(self, call):
        member = call.header.fields[HeaderFields.member]
        self.calls.append((member, call.body))
        if member == "GetCapabilities":
            self._conn.send(new_method_return(call, "as", (self.capabilities,)))
        elif member == "Notify":
            notification_id = call.body[1] or self._next_id
            self._next_id += 1
            self._conn.send(new_method_return(call, "u", (notification_id,)))
        elif member == "CloseNotification":
            self._conn.send(new_method_return(call))
        else:
            self._conn.send(new_error(call, "org.freedesktop.DBus.Error.UnknownMethod"))

    def stop(self):
        self._stopping.set()
        self.join()
        self._conn.close()


@pytest.fixture
def broadcasting_server(bare_bus):
    servers = []

    def start(capabilities=("actions", "body")):
        server = BroadcastingServer(bare_bus.bus_address, list(capabilities))
        server.start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


def test_broadcast_signals_about_other_notifications_are_ignored(
        bare_bus, broadcasting_server, make_notifier, qtbot):
    server = broadcasting_server()
    notifier = make_notifier(bare_bus.bus_address)
    invoked, closed = [], []
    notifier.action_invoked.connect(invoked.append)
    notifier.closed.connect(lambda: closed.append(True))
    assert notifier.show(SUMMARY, BODY, ACTIONS)
    ours = 41

    # Someone else on the bus pretending to be the server; the round trip to the bus after it
    # makes sure the impostor's signal is queued to us before the real server's.
    with open_dbus_connection(bus=bare_bus.bus_address) as impostor:
        impostor.send(new_signal(server._path, "ActionInvoked", "us", (ours, "impostor")))
        impostor.send_and_get_reply(message_bus.GetId(), timeout=CALL_TIMEOUT_S)
    server.broadcast("ActionInvoked", "us", (ours + 7, "default"))
    server.broadcast("NotificationClosed", "uu", (ours + 7, 2))
    server.broadcast("ActionInvoked", "us", (ours, "stretch"))
    with qtbot.waitSignal(notifier.closed, timeout=5000):
        server.broadcast("NotificationClosed", "uu", (ours, 2))

    assert invoked == ["stretch"]
    assert closed == [True]


def test_actions_are_left_out_when_the_server_cannot_show_them(
        bare_bus, broadcasting_server, make_notifier):
    server = broadcasting_server(capabilities=["body"])
    notifier = make_notifier(bare_bus.bus_address, icon="/opt/deskstretch/deskstretch.svg")

    assert notifier.show(SUMMARY, BODY, ACTIONS, timeout_ms=15000)
    assert notifier.show("Still time to stand up", BODY, ACTIONS)

    notifies = [body for member, body in server.calls if member == "Notify"]
    app_name, replaces_id, icon, summary, body, actions, hints, timeout = notifies[0]
    assert (app_name, replaces_id, icon, summary, body) == (
        "DeskStretch", 0, "/opt/deskstretch/deskstretch.svg", SUMMARY, BODY)
    assert actions == []
    assert hints == {"desktop-entry": ("s", APP_ID), "urgency": ("y", 1)}
    assert timeout == 15000
    assert notifies[1][1] == 41, "the second reminder replaces the first"
    assert [member for member, _ in server.calls].count("GetCapabilities") == 1, "cached"
