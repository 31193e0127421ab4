"""Starting at login from inside Flatpak, through the Background portal.

A sandboxed app cannot write ~/.config/autostart; it asks xdg-desktop-portal instead
(org.freedesktop.portal.Background.RequestBackground with autostart=true), which writes the
file on the host. The portal may first ask the user, so the answer arrives later as a
Response signal, on the Qt loop. Nothing can read the host's file back, so the last answer
is kept in a small file of our own, for is_enabled().
"""

from __future__ import annotations

import json
import logging
import secrets
from collections import deque
from collections.abc import Sequence
from pathlib import Path

from jeepney import DBusAddress, HeaderFields, MatchRule, Message, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.wrappers import DBusErrorResponse, unwrap_msg
from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from deskstretch.platform.bus import read_ready
from deskstretch.storage.files import write_atomically

log = logging.getLogger(__name__)

PORTAL = DBusAddress("/org/freedesktop/portal/desktop", bus_name="org.freedesktop.portal.Desktop",
                     interface="org.freedesktop.portal.Background")
REQUEST_INTERFACE = "org.freedesktop.portal.Request"
CALL_TIMEOUT_S = 2.0
# The reason the portal shows the user when it asks; the portal has no translation for it,
# and the app's own language is applied by the caller passing `reason`.
REASON = "DeskStretch reminds you to take breaks from the moment you log in."
_BUS_ERRORS = (OSError, ValueError, KeyError, RuntimeError, DBusErrorResponse)


def request_path(unique_name: str, token: str) -> str:
    """Where the portal puts the Request object for a call with this handle_token."""
    sender = unique_name.lstrip(":").replace(".", "_")
    return f"/org/freedesktop/portal/desktop/request/{sender}/{token}"


class PortalAutostart(QObject):
    """The Autostart interface (platform/autostart.py) for an app running in Flatpak.

    `answered(enabled)` is emitted when the portal replies; `refused(reason)` when the user or
    the portal said no to starting at login.
    """

    answered = Signal(bool)
    refused = Signal(str)

    def __init__(self, state_file: Path, bus_address: str = "SESSION", reason: str = REASON,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state_file = Path(state_file)
        self._address = bus_address
        self.reason = reason
        self._conn: DBusConnection | None = None
        self._watch: QSocketNotifier | None = None
        self._inbox: deque[Message] = deque()
        self._filter = None
        self._pending: tuple[str, bool, list[str]] | None = None  # path, wanted, command
        # A Response read while the call waited for its reply sits in jeepney's buffer,
        # where the socket notifier cannot see it.
        self._drain_soon = QTimer(self)
        self._drain_soon.setSingleShot(True)
        self._drain_soon.setInterval(0)
        self._drain_soon.timeout.connect(self._on_readable)

    # -- the Autostart interface -------------------------------------------------------------

    def enable(self, command: Sequence[str]) -> None:
        self._want(True, [str(a) for a in command])

    def disable(self) -> None:
        self._want(False, [])

    def is_enabled(self) -> bool:
        return bool(self._recorded().get("autostart"))

    # -- asking the portal -------------------------------------------------------------------

    def _recorded(self) -> dict:
        try:
            state = json.loads(self.state_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return state if isinstance(state, dict) else {}

    def _want(self, enabled: bool, command: list[str]) -> None:
        recorded = self._recorded()
        if self._pending is not None and self._pending[1:] == (enabled, command):
            return  # asked already; the answer is on its way
        if self._pending is None and bool(recorded.get("autostart")) == enabled and (
                not enabled or recorded.get("commandline") == command):
            return  # nothing to change: asking again could put a dialog in front of the user
        if not enabled and "autostart" not in recorded:
            return  # never asked to start at login, so there is nothing to take back
        self._request(enabled, command)

    def _request(self, enabled: bool, command: list[str]) -> None:
        """Send RequestBackground; raises OSError when there is no portal to ask."""
        try:
            conn = self._connect()
            token = "deskstretch_" + secrets.token_hex(6)
            path = request_path(conn.unique_name, token)
            # Subscribe before calling: the portal may answer before the call returns.
            rule = MatchRule(type="signal", interface=REQUEST_INTERFACE, member="Response",
                             path=path)
            self._call(message_bus.AddMatch(rule))
            options = {"handle_token": ("s", token), "reason": ("s", self.reason),
                       "autostart": ("b", enabled), "dbus-activatable": ("b", False)}
            if command:
                options["commandline"] = ("as", command)
            handle = self._call(new_method_call(PORTAL, "RequestBackground", "sa{sv}",
                                                ("", options)))[0]
        except _BUS_ERRORS as exc:
            self._close()
            raise OSError(f"the Background portal did not answer: {exc}") from exc
        # An older portal returns its own path rather than the one the token asks for.
        self._pending = (handle, enabled, command)
        log.info("Asked the Background portal to %s starting at login",
                 "allow" if enabled else "stop")
        self._drain_soon.start()

    def _connect(self) -> DBusConnection:
        if self._conn is None:
            conn = open_dbus_connection(bus=self._address, auth_timeout=CALL_TIMEOUT_S)
            self._conn = conn
            self._filter = conn.filter(MatchRule(type="signal", interface=REQUEST_INTERFACE,
                                                 member="Response"), queue=self._inbox)
            self._watch = QSocketNotifier(conn.sock.fileno(), QSocketNotifier.Type.Read, self)
            self._watch.activated.connect(self._on_readable)
        return self._conn

    def _call(self, message: Message) -> tuple:
        return unwrap_msg(self._conn.send_and_get_reply(message, timeout=CALL_TIMEOUT_S))

    def _close(self) -> None:
        self._drain_soon.stop()
        if self._watch is not None:
            # Deleted later: this may run inside the notifier's own activated signal.
            self._watch.setEnabled(False)
            self._watch.deleteLater()
            self._watch = None
        if self._filter is not None:
            self._filter.close()
            self._filter = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self._inbox.clear()

    def _on_readable(self) -> None:
        conn = self._conn
        if conn is None:
            return
        try:
            read_ready(conn)
        except _BUS_ERRORS as exc:
            log.warning("Lost the session bus while waiting for the Background portal: %s", exc)
            self._pending = None
            self._close()
            return
        while self._inbox:
            self._on_response(self._inbox.popleft())

    def _on_response(self, message: Message) -> None:
        path = message.header.fields.get(HeaderFields.path)
        if self._pending is None or path != self._pending[0] or message.header.fields.get(
                HeaderFields.signature) != "ua{sv}":
            return
        _, wanted, command = self._pending
        self._pending = None
        code, results = message.body
        granted = code == 0 and bool(results.get("autostart", ("b", False))[1])
        write_atomically(self.state_file, json.dumps(
            {"autostart": granted, "commandline": command if granted else []}).encode())
        log.info("The Background portal answered %d: starting at login is %s", code,
                 "on" if granted else "off")
        self.answered.emit(granted)
        if wanted and not granted:
            self.refused.emit("cancelled" if code == 1 else "denied")
        # One request at a time, and none most of the time: no connection kept open idle.
        self._close()
