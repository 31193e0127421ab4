"""System suspend and resume, as logind announces them (PrepareForSleep) on the system bus."""

from __future__ import annotations

import logging
from collections import deque

from jeepney import DBusAddress, HeaderFields, MatchRule, Message
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.wrappers import DBusErrorResponse, unwrap_msg
from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from deskstretch.platform.bus import read_ready

log = logging.getLogger(__name__)

CALL_TIMEOUT_S = 1.0
LOGIN1 = "org.freedesktop.login1"
_MANAGER = DBusAddress("/org/freedesktop/login1", bus_name=LOGIN1,
                       interface="org.freedesktop.login1.Manager")
_BUS = DBusAddress("/org/freedesktop/DBus", bus_name="org.freedesktop.DBus",
                   interface="org.freedesktop.DBus")
# The bus delivers only logind's own PrepareForSleep (sender is checked by the bus)...
_SLEEP_RULE = MatchRule(type="signal", sender=LOGIN1, interface=_MANAGER.interface,
                        member="PrepareForSleep", path=_MANAGER.object_path)
_OWNER_RULE = MatchRule(type="signal", sender="org.freedesktop.DBus", interface=_BUS.interface,
                        member="NameOwnerChanged", path=_BUS.object_path)
_OWNER_RULE.add_arg_condition(0, LOGIN1)
# ...but jeepney compares the sender field with the unique name messages carry, so its local
# filters leave the sender out and _dispatch checks it against logind's current owner.
_LOCAL_RULES = (
    MatchRule(type="signal", interface=_MANAGER.interface, member="PrepareForSleep",
              path=_MANAGER.object_path),
    MatchRule(type="signal", interface=_BUS.interface, member="NameOwnerChanged",
              path=_BUS.object_path),
)
_BUS_ERRORS = (OSError, ValueError, KeyError, RuntimeError, DBusErrorResponse)


class SleepWatcher(QObject):
    """Emits `sleeping(True)` just before the system suspends and `sleeping(False)` after resume.

    Listens on the system bus (or `bus_address`) on the Qt loop; nothing here raises or blocks
    for longer than CALL_TIMEOUT_S per D-Bus call.
    """

    sleeping = Signal(bool)

    def __init__(self, bus_address: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._address = bus_address
        self._conn: DBusConnection | None = None
        self._watch: QSocketNotifier | None = None
        self._inbox: deque[Message] = deque()
        self._filters: list = []
        self._owner: str | None = None
        self._told_unavailable = False
        # Signals read off the socket while a call waited for its reply sit in jeepney's
        # buffers, where the socket notifier cannot see them.
        self._drain_soon = QTimer(self)
        self._drain_soon.setSingleShot(True)
        self._drain_soon.setInterval(0)
        self._drain_soon.timeout.connect(self._on_readable)

    def start(self) -> bool:
        """Subscribe to logind; False when there is no system bus or no logind on it."""
        if self._conn is not None:
            return True
        try:
            conn = open_dbus_connection(bus=self._address or "SYSTEM",
                                        auth_timeout=CALL_TIMEOUT_S)
        except _BUS_ERRORS as exc:
            self._unavailable(f"cannot connect to the system bus: {exc}")
            return False
        self._conn = conn
        self._filters = [conn.filter(rule, queue=self._inbox) for rule in _LOCAL_RULES]
        try:
            for rule in (_OWNER_RULE, _SLEEP_RULE):
                self._call(message_bus.AddMatch(rule))
            # After AddMatch, so that a logind (re)starting in between is seen either way.
            self._owner = self._call(message_bus.GetNameOwner(LOGIN1))[0]
        except _BUS_ERRORS as exc:
            self.stop()
            self._unavailable(f"logind is not on the system bus: {exc}")
            return False
        self._watch = QSocketNotifier(conn.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._watch.activated.connect(self._on_readable)
        self._drain_soon.start()
        return True

    def stop(self) -> None:
        """Stop listening; start() may be called again."""
        self._drain_soon.stop()
        if self._watch is not None:
            # Disabled before the socket closes; deleted later, as this may run inside the
            # notifier's own activated signal.
            self._watch.setEnabled(False)
            self._watch.deleteLater()
            self._watch = None
        for handle in self._filters:
            handle.close()
        self._filters = []
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self._inbox.clear()
        self._owner = None

    def _call(self, message: Message) -> tuple:
        """The reply's body; raises one of _BUS_ERRORS (TimeoutError included) on failure."""
        return unwrap_msg(self._conn.send_and_get_reply(message, timeout=CALL_TIMEOUT_S))

    def _unavailable(self, reason: str) -> None:
        # Most machines either have logind or never will: say so once, quietly.
        if self._told_unavailable:
            log.debug("Not watching for system sleep: %s", reason)
        else:
            self._told_unavailable = True
            log.info("Not watching for system sleep: %s", reason)

    def _on_readable(self) -> None:
        conn = self._conn
        if conn is None:
            return
        try:
            read_ready(conn)
        except _BUS_ERRORS as exc:
            log.info("Lost the system bus; no longer watching for sleep: %s", exc)
            self.stop()
            return
        while self._inbox:
            self._dispatch(self._inbox.popleft())

    def _dispatch(self, message: Message) -> None:
        fields = message.header.fields
        member, signature = fields.get(HeaderFields.member), fields.get(HeaderFields.signature)
        sender = fields.get(HeaderFields.sender)
        if member == "NameOwnerChanged" and signature == "sss":
            name, _old, new = message.body
            if name == LOGIN1 and sender == "org.freedesktop.DBus":
                self._owner = new or None
        elif member == "PrepareForSleep" and signature == "b":
            # Signals sent straight to us bypass match rules; only logind's count.
            if self._owner is not None and sender == self._owner:
                self.sleeping.emit(bool(message.body[0]))
