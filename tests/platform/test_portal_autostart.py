"""Start at login inside Flatpak: PortalAutostart against a stand-in Background portal on a
private D-Bus session bus (a real dbus-daemon; the portal is a jeepney service in a thread)."""

import json
import os
import shutil
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from jeepney import (DBusAddress, HeaderFields, MessageType, new_error,  # noqa: E402
                     new_method_return, new_signal)
from jeepney.bus_messages import message_bus  # noqa: E402
from jeepney.io.blocking import open_dbus_connection  # noqa: E402

from deskstretch import APP_ID  # noqa: E402
from deskstretch.platform import autostart  # noqa: E402
from deskstretch.platform.portal_autostart import PortalAutostart, request_path  # noqa: E402
from tests.desktop import SessionBus  # noqa: E402


@pytest.fixture
def bus_address(tmp_path):
    if shutil.which("dbus-daemon") is None:
        if os.environ.get("CI"):
            pytest.fail("dbus-daemon is not installed (CI is set)", pytrace=False)
        pytest.skip("dbus-daemon is not installed")
    (tmp_path / "run").mkdir()
    bus = SessionBus(tmp_path, tmp_path / "run", tmp_path)
    yield bus.address
    bus.stop()


class Portal:
    """Owns org.freedesktop.portal.Desktop and answers RequestBackground as the real portal
    does: a reply with the Request path, then a Response signal on that path."""

    def __init__(self, bus_address, answer=0, grant=True, missing=False):
        self.answer, self.grant, self.missing = answer, grant, missing
        self.requests = []  # (sender, options) of every RequestBackground
        self.conn = open_dbus_connection(bus=bus_address)
        reply = self.conn.send_and_get_reply(
            message_bus.RequestName("org.freedesktop.portal.Desktop"), timeout=5)
        assert reply.body == (1,)
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while not self._stop.is_set():
            try:
                msg = self.conn.receive(timeout=0.05)
            except TimeoutError:
                continue
            fields = msg.header.fields
            if (msg.header.message_type != MessageType.method_call
                    or fields.get(HeaderFields.member) != "RequestBackground"):
                continue
            if self.missing:
                self.conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod",
                                         "s", ("No such interface",)))
                continue
            sender = fields[HeaderFields.sender]
            parent, options = msg.body
            options = {k: v[1] for k, v in options.items()}
            self.requests.append((sender, options))
            path = request_path(sender, options["handle_token"])
            self.conn.send(new_method_return(msg, "o", (path,)))
            results = {"background": ("b", self.grant),
                       "autostart": ("b", self.grant and options["autostart"])}
            signal = new_signal(DBusAddress(path, interface="org.freedesktop.portal.Request"),
                                "Response", "ua{sv}", (self.answer, results))
            signal.header.fields[HeaderFields.destination] = sender
            self.conn.send(signal)

    def close(self):
        self._stop.set()
        self.thread.join(5)
        self.conn.close()


@pytest.fixture
def portal_factory(bus_address):
    made = []

    def make(**kw):
        portal = Portal(bus_address, **kw)
        made.append(portal)
        return portal

    yield make
    for portal in made:
        portal.close()


def test_enabling_asks_the_portal_to_start_the_app_at_login(qtbot, tmp_path, bus_address,
                                                            portal_factory):
    portal = portal_factory()
    login = PortalAutostart(tmp_path / "state.json", bus_address)
    assert not login.is_enabled()
    with qtbot.waitSignal(login.answered, timeout=5000) as answer:
        login.enable(["deskstretch"])
    assert answer.args == [True] and login.is_enabled()
    [(_, options)] = portal.requests
    assert options["autostart"] is True and options["commandline"] == ["deskstretch"]
    assert options["dbus-activatable"] is False and "log in" in options["reason"]
    # Already on: asking again could show the user a dialog for nothing.
    login.enable(["deskstretch"])
    assert len(portal.requests) == 1

    with qtbot.waitSignal(login.answered, timeout=5000) as answer:
        login.disable()
    assert answer.args == [False] and not login.is_enabled()
    assert portal.requests[-1][1]["autostart"] is False
    # The answer lasts across restarts.
    assert not PortalAutostart(tmp_path / "state.json", bus_address).is_enabled()


@pytest.mark.parametrize("answer, reason", [(0, "denied"), (1, "cancelled")])
def test_a_refusal_or_a_cancelled_dialog_leaves_it_off_and_says_which(
        qtbot, tmp_path, bus_address, portal_factory, answer, reason):
    portal_factory(answer=answer, grant=False)
    login = PortalAutostart(tmp_path / "state.json", bus_address)
    with qtbot.waitSignal(login.refused, timeout=5000) as refused:
        login.enable(["deskstretch"])
    assert refused.args == [reason] and not login.is_enabled()


def test_no_portal_is_an_os_error_the_controller_reports(qtbot, tmp_path, bus_address,
                                                         portal_factory):
    portal_factory(missing=True)
    login = PortalAutostart(tmp_path / "state.json", bus_address)
    with pytest.raises(OSError, match="Background portal"):
        login.enable(["deskstretch"])
    assert not login.is_enabled()


def test_inside_flatpak_the_portal_is_used_and_nothing_is_written_to_autostart(tmp_path):
    env = {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "app-config"),
           "FLATPAK_ID": APP_ID, "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent"}
    chosen = autostart.for_platform("linux", env)
    assert isinstance(chosen, PortalAutostart)
    assert chosen.state_file == tmp_path / "app-config" / "autostart" / f"{APP_ID}.portal.json"
    assert isinstance(autostart.for_platform("linux", {"HOME": str(tmp_path)}),
                      autostart.XdgAutostart)


def test_inside_flatpak_login_starts_the_installed_command(monkeypatch):
    monkeypatch.setenv("FLATPAK_ID", APP_ID)
    assert autostart.launch_command() == ["deskstretch"]
    monkeypatch.delenv("FLATPAK_ID")
    assert autostart.launch_command()[1:] == ["-m", "deskstretch"]


def test_the_state_file_records_what_the_portal_granted(qtbot, tmp_path, bus_address,
                                                        portal_factory):
    portal_factory()
    login = PortalAutostart(tmp_path / "state.json", bus_address)
    with qtbot.waitSignal(login.answered, timeout=5000):
        login.enable(["deskstretch", "--data-dir", "/x"])
    assert json.loads((tmp_path / "state.json").read_text()) == {
        "autostart": True, "commandline": ["deskstretch", "--data-dir", "/x"]}
