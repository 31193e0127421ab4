"""One DeskStretch per user: where its command socket is, and the client that later launches
use to send it commands (standard library only; the server is command_server.py)."""

from __future__ import annotations

import json
import os
import socket

INSTANCE_VAR = "DESKSTRETCH_INSTANCE"
# Most replies are instant; the first "stretch" builds the window, which takes a moment.
REPLY_TIMEOUT_S = 10.0


def server_name() -> str:
    """The socket's path: $DESKSTRETCH_INSTANCE, else in $XDG_RUNTIME_DIR, else in the
    temporary folder, named with the user id.

    Inside a Flatpak sandbox the runtime folder itself is read-only; the sandbox may create
    files only in its own $XDG_RUNTIME_DIR/app/$FLATPAK_ID/, which every process of the
    same app sees.
    """
    override = os.environ.get(INSTANCE_VAR)
    if override:
        return os.path.abspath(override)
    name = f"deskstretch-{os.getuid()}"
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and os.path.isdir(runtime):
        flatpak = os.environ.get("FLATPAK_ID")
        if flatpak:
            return os.path.join(runtime, "app", flatpak, name)
        return os.path.join(runtime, name)
    return os.path.join(os.environ.get("TMPDIR") or "/tmp", name)


class NoAnswer(Exception):
    """Something holds the socket but did not reply in time."""


def _connect(name: str) -> socket.socket | None:
    """A connection to the running instance, or None when no server answers (no socket
    file, or one left behind by an instance that crashed)."""
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.connect(name)
    except (FileNotFoundError, ConnectionRefusedError, PermissionError, NotADirectoryError):
        sock.close()
        return None
    return sock


def send(name: str, argv: list[str], timeout: float = REPLY_TIMEOUT_S) -> tuple[int, str] | None:
    """Hand ``argv`` to the running instance: its (exit code, text), or None when none runs.

    NoAnswer when an instance is there but does not reply within ``timeout``.
    """
    sock = _connect(name)
    if sock is None:
        return None
    with sock:
        sock.settimeout(timeout)
        try:
            sock.sendall(json.dumps({"argv": argv}).encode() + b"\n")
            data = b""
            while not data.endswith(b"\n"):
                chunk = sock.recv(65536)
                if not chunk:
                    break
                data += chunk
        except (TimeoutError, OSError) as e:
            raise NoAnswer(str(e)) from e
    try:
        reply = json.loads(data)
        return int(reply["code"]), str(reply.get("out", ""))
    except (ValueError, KeyError, TypeError) as e:
        raise NoAnswer(f"unreadable reply {data[:200]!r}") from e
