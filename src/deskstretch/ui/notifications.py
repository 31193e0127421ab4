"""Desktop notifications over D-Bus, with the user's clicks on them delivered on the Qt loop."""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from deskstretch import APP_ID
from deskstretch.platform.bus import read_ready

if TYPE_CHECKING:
    from jeepney import DBusAddress, MatchRule, Message
    from jeepney.io.blocking import DBusConnection

log = logging.getLogger(__name__)

# Long enough for a busy server to answer, short enough that a missing one never freezes the tray.
CALL_TIMEOUT_S = 2.0
URGENCY_NORMAL = 1


# jeepney is loaded with the first notification rather than at start: most starts show none,
# and the tray icon need not wait for it.
@cache
def _server() -> DBusAddress:
    from jeepney import DBusAddress

    return DBusAddress("/org/freedesktop/Notifications", bus_name="org.freedesktop.Notifications",
                       interface="org.freedesktop.Notifications")


@cache
def _server_signals() -> MatchRule:
    from jeepney import MatchRule

    return MatchRule(type="signal", interface=_server().interface, path=_server().object_path)


# What jeepney and the socket raise when the bus is missing, refuses us, or hangs up.
# TimeoutError is an OSError too; callers that care test for it first.
_BUS_ERRORS = (OSError, ValueError, KeyError, RuntimeError)


class Notifier(QObject):
    """Shows one notification at a time for this app and reports what the user did with it.

    show() returns False when nobody serves notifications, so the caller can fall back to
    QSystemTrayIcon.showMessage. Nothing here raises on D-Bus trouble. Servers run the action
    keyed "default" when the notification itself is clicked.
    """

    action_invoked = Signal(str)  # the action key, e.g. "default"; only for our notification
    closed = Signal()  # our notification was closed, dismissed or expired

    def __init__(self, app_name: str, icon: str = "", parent: QObject | None = None, *,
                 call_timeout: float = CALL_TIMEOUT_S) -> None:
        super().__init__(parent)
        self._app_name = app_name
        self._icon = icon
        self._timeout = call_timeout
        self._conn: DBusConnection | None = None
        self._watch: QSocketNotifier | None = None
        self._inbox: deque[Message] = deque()
        self._filter = None
        self._capabilities: list[str] | None = None
        self._id = 0
        self._server_name: str | None = None
        self._warned = False
        # A method call may read signals off the socket while it waits for its reply; they sit
        # in jeepney's buffers where the socket notifier cannot see them, so look again soon.
        self._drain_soon = QTimer(self)
        self._drain_soon.setSingleShot(True)
        self._drain_soon.setInterval(0)
        self._drain_soon.timeout.connect(self._on_readable)

    # -- public ----------------------------------------------------------------------------

    def show(self, summary: str, body: str, actions: Sequence[tuple[str, str]] = (),
             timeout_ms: int = -1) -> bool:
        """Show or replace our notification; actions are (key, label) pairs. False: unavailable."""
        capabilities = self._fetch_capabilities()
        if capabilities is None:
            return False
        from jeepney import HeaderFields, new_method_call

        flat_actions: list[str] = []
        if "actions" in capabilities:
            for key, label in actions:
                flat_actions += [key, label]
        hints = {"desktop-entry": ("s", APP_ID), "urgency": ("y", URGENCY_NORMAL)}
        # replaces_id: a reminder that is still on screen is updated, never stacked under a new one.
        reply = self._call(new_method_call(
            _server(), "Notify", "susssasa{sv}i",
            (self._app_name, self._id, self._icon, summary, body, flat_actions, hints,
             int(timeout_ms))))
        if reply is None:
            return False
        self._id = reply.body[0]
        self._server_name = reply.header.fields.get(HeaderFields.sender)
        self._warned = False
        return True

    def close(self) -> None:
        """Take our notification off the screen, if there is one."""
        if self._id and self._conn is not None:
            from jeepney import new_method_call

            self._call(new_method_call(_server(), "CloseNotification", "u", (self._id,)))

    def server_capabilities(self) -> list[str]:
        """What the server supports (e.g. "actions", "body-markup"); [] when none answers."""
        return list(self._fetch_capabilities() or [])

    def shutdown(self) -> None:
        """Leave the session bus; the next show() connects again."""
        self._disconnect()

    # -- connection ------------------------------------------------------------------------

    def _fetch_capabilities(self) -> list[str] | None:
        if self._capabilities is None and self._connect():
            from jeepney import new_method_call

            reply = self._call(new_method_call(_server(), "GetCapabilities"))
            if reply is not None:
                self._capabilities = list(reply.body[0])
        return self._capabilities

    def _connect(self) -> bool:
        if self._conn is not None:
            return True
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        try:
            conn = open_dbus_connection(bus="SESSION", auth_timeout=self._timeout)
        except KeyError:
            self._unavailable("no session bus: DBUS_SESSION_BUS_ADDRESS is not set")
            return False
        except _BUS_ERRORS as exc:
            self._unavailable(f"cannot connect to the session bus: {exc}")
            return False
        self._conn = conn
        # Signals are queued here by jeepney whenever it reads them, during a call or not.
        self._filter = conn.filter(_server_signals(), queue=self._inbox)
        if self._call(message_bus.AddMatch(_server_signals())) is None:
            self._disconnect()
            return False
        self._watch = QSocketNotifier(conn.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._watch.activated.connect(self._on_readable)
        return True

    def _disconnect(self) -> None:
        self._drain_soon.stop()
        if self._watch is not None:
            # Disabled before the socket closes (Qt warns about a dead fd), deleted later
            # because this may run inside the notifier's own activated signal.
            self._watch.setEnabled(False)
            self._watch.deleteLater()
            self._watch = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self._filter = None
        self._inbox.clear()
        self._capabilities = None
        self._id = 0
        self._server_name = None

    def _call(self, message: Message) -> Message | None:
        """Send a method call and wait at most the call timeout; None (logged) on any failure."""
        from jeepney import HeaderFields, MessageType

        member = message.header.fields.get(HeaderFields.member)
        try:
            reply = self._conn.send_and_get_reply(message, timeout=self._timeout)
        except TimeoutError:
            self._unavailable(f"{member} got no answer within {self._timeout:g} s")
            return None
        except _BUS_ERRORS as exc:
            self._disconnect()
            self._unavailable(f"lost the session bus during {member}: {exc}")
            return None
        finally:
            if self._conn is not None:
                self._drain_soon.start()
        if reply.header.message_type == MessageType.error:
            name = reply.header.fields.get(HeaderFields.error_name, "unknown error")
            detail = reply.body[0] if reply.body and isinstance(reply.body[0], str) else ""
            self._unavailable(f"{member} failed: {name} {detail}".rstrip())
            return None
        return reply

    def _unavailable(self, reason: str) -> None:
        # Once per outage: a reminder every 30 minutes must not repeat the same warning all day.
        if self._warned:
            log.debug("desktop notifications unavailable: %s", reason)
        else:
            self._warned = True
            log.warning("Desktop notifications are unavailable (%s); "
                        "falling back to tray messages.", reason)

    # -- incoming signals ------------------------------------------------------------------

    def _on_readable(self) -> None:
        conn = self._conn
        if conn is None:
            return
        try:
            read_ready(conn)
        except _BUS_ERRORS as exc:
            log.info("Lost the session bus: %s", exc)
            self._disconnect()
            return
        while self._inbox:
            self._dispatch(self._inbox.popleft())

    def _dispatch(self, message: Message) -> None:
        from jeepney import HeaderFields

        fields = message.header.fields
        if not self._id or fields.get(HeaderFields.sender) != self._server_name:
            return
        member, signature = fields.get(HeaderFields.member), fields.get(HeaderFields.signature)
        # The server broadcasts these for every app's notifications; only ours count.
        if member == "ActionInvoked" and signature == "us" and message.body[0] == self._id:
            self.action_invoked.emit(message.body[1])
        elif member == "NotificationClosed" and signature == "uu" and message.body[0] == self._id:
            self._id = 0
            self.closed.emit()
