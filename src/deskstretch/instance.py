"""One DeskStretch per user: the app listens on a local socket; later launches send it commands."""

from __future__ import annotations

import fcntl
import json
import logging
import os
import socket
from pathlib import Path

log = logging.getLogger(__name__)

INSTANCE_VAR = "DESKSTRETCH_INSTANCE"
# Most replies are instant; the first "stretch" builds the window, which takes a moment.
REPLY_TIMEOUT_S = 10.0
MAX_LINE = 64 * 1024


def server_name() -> str:
    """The socket's path: $DESKSTRETCH_INSTANCE, else in $XDG_RUNTIME_DIR, else in the
    temporary folder, named with the user id.

    Always an absolute path, so the client (plain ``socket``, no Qt) and QLocalServer agree
    on it without knowing where Qt would put a bare name.
    """
    override = os.environ.get(INSTANCE_VAR)
    if override:
        return str(Path(override).absolute())
    name = f"deskstretch-{os.getuid()}"
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and os.path.isdir(runtime):
        return os.path.join(runtime, name)
    return os.path.join(os.environ.get("TMPDIR") or "/tmp", name)


# -- client: standard library only, so a command costs no Qt start-up --------------------------

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


# -- server: on the app's Qt event loop -----------------------------------------------------------

def serve(controller, name: str | None = None, parent=None):
    """Listen for commands on ``name`` and carry them out on ``controller``.

    Returns the QLocalServer, or None when another instance holds the name (running, or
    starting at this very moment). A socket file left by a crash is replaced.
    """
    from PySide6.QtNetwork import QLocalServer

    name = name or server_name()
    # A lock held for the app's lifetime decides who is the instance. Checking for a server
    # is not enough: two launches at once would both find none, and QLocalServer with socket
    # options renames its socket over an existing one, so both would listen. The kernel
    # drops the lock when a process dies, so a crash never leaves it behind.
    try:
        lock = os.open(name + ".lock", os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    except OSError as e:
        # Without a lock file the app still runs, as before there was a command line.
        log.warning("Cannot create %s.lock (%s); later launches may not find this one",
                    name, e.strerror)
        lock = None
    if lock is not None:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(lock)
            return None
    server = QLocalServer(parent)
    server.setProperty("deskstretch_lock", lock)
    # Owner-only permissions: another user on the machine must not drive this instance.
    server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
    if os.path.lexists(name):
        # We hold the lock, so whoever made this socket is gone.
        log.info("Removing a stale instance socket at %s", name)
        QLocalServer.removeServer(name)
    if server.listen(name):
        server.newConnection.connect(lambda: _accept(server, controller))
        log.info("Listening for commands on %s", server.fullServerName())
    else:
        log.warning("Cannot listen on %s (%s); later launches will not find this one",
                    name, server.errorString())
    return server


def stop(server) -> None:
    """Stop listening (removing the socket file) and let the next instance take over."""
    server.close()
    lock = server.property("deskstretch_lock")
    if lock is not None:
        server.setProperty("deskstretch_lock", None)
        os.close(lock)


def _accept(server, controller) -> None:
    while server.hasPendingConnections():
        conn = server.nextPendingConnection()
        conn.disconnected.connect(conn.deleteLater)
        conn.readyRead.connect(lambda conn=conn: _read(conn, controller))


def _read(conn, controller) -> None:
    if not conn.canReadLine():
        if conn.bytesAvailable() > MAX_LINE:
            conn.abort()
        return
    line = bytes(conn.readLine(MAX_LINE)).decode("utf-8", "replace")
    code, out = _answer(line, controller)
    conn.write(json.dumps({"code": code, "out": out}).encode() + b"\n")
    conn.flush()
    conn.disconnectFromServer()


def _answer(line: str, controller) -> tuple[int, str]:
    from deskstretch import cli

    try:
        argv = json.loads(line)["argv"]
        if not (isinstance(argv, list) and all(isinstance(a, str) for a in argv)):
            raise TypeError
    except (ValueError, KeyError, TypeError):
        return 2, "deskstretch: error: unreadable request"
    try:
        args = cli.parse_command(argv)
    except cli.UsageError as e:
        # The client validates first; this only guards against other senders.
        return 2, f"{e.parser.prog}: error: {e.message}"
    except SystemExit:
        # --help and --version exit from inside argparse; they are answered by the client.
        return 2, "deskstretch: error: ask --help and --version without a running instance"
    log.info("Command: %s", " ".join(argv) or "(start)")
    try:
        return cli.dispatch(args, controller)
    except Exception:
        log.exception("Command %r failed", argv)
        return 1, "DeskStretch could not carry out that command; see its log."
