"""Fullscreen and do-not-disturb detection against a real X server, window manager and dunst."""

import os
import subprocess
import sys
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from jeepney import HeaderFields, MessageType, new_error, new_method_return  # noqa: E402
from jeepney.bus_messages import message_bus  # noqa: E402
from jeepney.io.blocking import open_dbus_connection  # noqa: E402

from deskstretch.platform.focus import fullscreen_window_active, notifications_paused  # noqa: E402
from tests.desktop import desktop_or_skip  # noqa: E402

pytestmark = pytest.mark.desktop

WINDOW_SCRIPT = """\
import sys
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
window = QLabel(sys.argv[2])
window.setWindowTitle(sys.argv[2])
if sys.argv[1] == "modal-fullscreen":
    # _NET_WM_STATE holds more than one atom, fullscreen not first (openbox lists modal first).
    window.setWindowModality(Qt.WindowModality.ApplicationModal)
    window.showFullScreen()
elif sys.argv[1] == "fullscreen":
    window.showFullScreen()
else:
    window.resize(320, 200)
    window.show()
app.exec()
"""


@pytest.fixture
def wm_desktop(tmp_path):
    yield from desktop_or_skip(tmp_path, with_wm=True, with_tray=False, with_notifications=False)


@pytest.fixture
def bare_desktop(tmp_path):
    """Xvfb and a bus, and nothing else: no window manager, no notification server."""
    yield from desktop_or_skip(tmp_path / "bare", with_tray=False, with_notifications=False)


@pytest.fixture
def dunst_desktop(tmp_path):
    yield from desktop_or_skip(tmp_path, with_tray=False)


@pytest.fixture
def open_window(wm_desktop, tmp_path):
    """Start a Qt window in its own process on the desktop; wait until the WM has focused it."""
    script = tmp_path / "window.py"
    script.write_text(WINDOW_SCRIPT)
    started = []

    def open_(mode, title):
        log = open(tmp_path / f"{title}.log", "wb")
        proc = wm_desktop.popen([sys.executable, str(script), mode, title],
                                stdin=subprocess.DEVNULL, stdout=log, stderr=log)
        log.close()
        started.append(proc)

        def active_is_ours():
            assert proc.poll() is None, (tmp_path / f"{title}.log").read_text()
            result = wm_desktop.xdotool("getactivewindow", check=False)
            if result.returncode != 0 or not result.stdout.strip():
                return None
            window = result.stdout.strip()
            name = wm_desktop.xdotool("getwindowname", window, check=False).stdout.strip()
            return window if name == title else None

        return int(wm_desktop.wait_for(active_is_ours, timeout=15, what=f"{title} to be active"))

    yield open_
    for proc in started:
        proc.terminate()
        proc.wait(10)


def wm_state(desktop, window):
    return desktop.run("xprop", "-id", str(window), "_NET_WM_STATE").stdout


def test_a_fullscreen_window_in_front_is_reported(wm_desktop, open_window):
    window = open_window("fullscreen", "fullscreen-video")
    # Independent of the code under test: the WM has put the window into fullscreen.
    wm_desktop.wait_for(lambda: "_NET_WM_STATE_FULLSCREEN" in wm_state(wm_desktop, window),
                        what="openbox to mark the window fullscreen")

    assert fullscreen_window_active(wm_desktop.display) is True


def test_fullscreen_is_found_among_other_states(wm_desktop, open_window):
    window = open_window("modal-fullscreen", "presentation")
    wm_desktop.wait_for(lambda: "_NET_WM_STATE_MODAL, _NET_WM_STATE_FULLSCREEN"
                        in wm_state(wm_desktop, window),
                        what="openbox to mark the window modal, then fullscreen")

    assert fullscreen_window_active(wm_desktop.display) is True


def test_a_window_manager_that_quit_is_not_believed(wm_desktop, open_window):
    open_window("fullscreen", "left-behind")
    assert wm_desktop.wait_for(lambda: fullscreen_window_active(wm_desktop.display),
                               what="the fullscreen window to be reported")
    openbox = next(child for child in wm_desktop._children if child.name == "openbox")

    openbox.stop()
    # openbox leaves its root properties behind, naming a check window that no longer exists.
    check = wm_desktop.run("xprop", "-root", "_NET_SUPPORTING_WM_CHECK").stdout.split()[-1]
    assert wm_desktop.run("xprop", "-id", check, check=False).returncode != 0

    assert fullscreen_window_active(wm_desktop.display) is None


def test_a_normal_window_in_front_is_not_fullscreen(wm_desktop, open_window):
    window = open_window("normal", "text-editor")

    assert "_NET_WM_STATE_FULLSCREEN" not in wm_state(wm_desktop, window)
    assert fullscreen_window_active(wm_desktop.display) is False


def test_the_answer_follows_the_focus(wm_desktop, open_window):
    open_window("fullscreen", "first-fullscreen")
    assert wm_desktop.wait_for(lambda: fullscreen_window_active(wm_desktop.display),
                               what="the fullscreen window to be reported")

    open_window("normal", "second-normal")

    assert fullscreen_window_active(wm_desktop.display) is False


def test_the_display_comes_from_the_environment(wm_desktop, open_window, monkeypatch):
    open_window("fullscreen", "env-fullscreen")
    wm_desktop.wait_for(lambda: fullscreen_window_active(wm_desktop.display),
                        what="the fullscreen window to be reported")
    monkeypatch.setenv("DISPLAY", wm_desktop.display)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("XDG_SESSION_TYPE", "x11")

    assert fullscreen_window_active() is True

    # On Wayland, X only knows about X clients: the answer would be about the wrong window.
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    assert fullscreen_window_active() is None


def test_without_a_window_manager_it_cannot_tell(bare_desktop):
    assert fullscreen_window_active(bare_desktop.display) is None


def test_without_an_x_server_it_cannot_tell(monkeypatch):
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)

    assert fullscreen_window_active() is None
    assert fullscreen_window_active(":4711") is None


def test_an_x_server_that_goes_away_does_not_take_the_app_with_it(bare_desktop, wm_desktop,
                                                                  open_window):
    # Two servers, so that the one stopped is not simply started again under the same name.
    open_window("fullscreen", "before-the-crash")
    assert wm_desktop.wait_for(lambda: fullscreen_window_active(wm_desktop.display),
                               what="the fullscreen window to be reported")
    display = bare_desktop.display
    assert fullscreen_window_active(display) is None  # that display is now open and kept

    # Xlib's default I/O error handler would print and exit() this process on the next request.
    bare_desktop.stop()

    assert fullscreen_window_active(display) is None
    assert fullscreen_window_active(wm_desktop.display) is True


# -- do not disturb -------------------------------------------------------------------------

def test_dunst_not_paused(dunst_desktop):
    assert notifications_paused(dunst_desktop.bus_address) is False


def test_dunst_paused_and_resumed(dunst_desktop):
    dunst_desktop.dunstctl("set-paused", "true")
    assert dunst_desktop.dunstctl("is-paused").stdout.strip() == "true"

    assert notifications_paused(dunst_desktop.bus_address) is True

    dunst_desktop.dunstctl("set-paused", "false")
    assert notifications_paused(dunst_desktop.bus_address) is False


def test_the_session_bus_comes_from_the_environment(dunst_desktop, monkeypatch):
    dunst_desktop.dunstctl("set-paused", "true")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", dunst_desktop.bus_address)

    assert notifications_paused() is True


def test_no_notification_server_means_no_answer(bare_desktop):
    assert notifications_paused(bare_desktop.bus_address) is None


def test_no_bus_means_no_answer(tmp_path, monkeypatch):
    assert notifications_paused(f"unix:path={tmp_path}/nobody-listens") is None
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert notifications_paused() is None


class FakePlasmaServer:
    """org.freedesktop.Notifications that answers only the standard "Inhibited" property."""

    def __init__(self, bus_address, value):
        self.conn = open_dbus_connection(bus=bus_address)
        reply = self.conn.send_and_get_reply(
            message_bus.RequestName("org.freedesktop.Notifications"), timeout=5)
        assert reply.body == (1,)  # primary owner
        self.value = value  # the variant: (signature, value)
        self.asked = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self):
        while True:
            try:
                message = self.conn.receive()
            except (OSError, ValueError):
                return
            fields = message.header.fields
            if message.header.message_type != MessageType.method_call:
                continue
            if (fields.get(HeaderFields.member) == "Get"
                    and tuple(message.body) == ("org.freedesktop.Notifications", "Inhibited")):
                self.asked.append(message.body)
                self.conn.send(new_method_return(message, "v", (self.value,)))
            else:
                self.asked.append(message.body)
                self.conn.send(new_error(message, "org.freedesktop.DBus.Error.UnknownInterface"))

    def close(self):
        self.conn.close()


@pytest.mark.parametrize("inhibited", [True, False])
def test_plasma_inhibition_is_read(bare_desktop, inhibited):
    server = FakePlasmaServer(bare_desktop.bus_address, ("b", inhibited))
    try:
        assert notifications_paused(bare_desktop.bus_address) is inhibited
        assert server.asked == [("org.dunstproject.cmd0", "paused"),
                                ("org.freedesktop.Notifications", "Inhibited")]
    finally:
        server.close()


def test_a_property_of_the_wrong_type_means_no_answer(bare_desktop):
    server = FakePlasmaServer(bare_desktop.bus_address, ("s", "yes"))
    try:
        assert notifications_paused(bare_desktop.bus_address) is None
    finally:
        server.close()
