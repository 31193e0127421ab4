"""Reading a jeepney D-Bus connection from the Qt event loop without ever blocking it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jeepney.io.blocking import DBusConnection


def read_ready(conn: DBusConnection) -> None:
    """Take in every message that is buffered or readable now; the connection's filters
    collect them. A lost bus raises the connection's own error for the caller to handle."""
    try:
        while True:
            conn.recv_messages(timeout=0)
    except TimeoutError:
        pass
