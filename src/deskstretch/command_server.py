"""The running DeskStretch's end of the command socket: one instance per user, and the
commands later launches send it, carried out on the Qt event loop."""

from __future__ import annotations

import fcntl
import json
import logging
import os
import shutil
import socket
import tempfile

from deskstretch.instance import server_name

log = logging.getLogger(__name__)

MAX_LINE = 64 * 1024
REPLY_SEND_TIMEOUT_S = 2.0


def serve(controller, name: str | None = None, parent=None):
    """Listen for commands on ``name`` and carry them out on ``controller``.

    Returns the Server, or None when another instance holds the name (running, or starting
    at this very moment). A socket file left by a crash is replaced.
    """
    name = name or server_name()
    # A lock held for the app's lifetime decides who is the instance. Checking for a server
    # is not enough: two launches at once would both find none, and the socket is renamed
    # into place over an existing one, so both would listen. The kernel drops the lock when
    # a process dies, so a crash never leaves it behind.
    lock = None
    try:
        os.makedirs(os.path.dirname(name), mode=0o700, exist_ok=True)
        lock = os.open(name + ".lock", os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    except OSError as e:
        # Without a lock file the app still runs, as before there was a command line.
        log.warning("Cannot create %s.lock (%s); later launches may not find this one",
                    name, e.strerror)
    if lock is not None:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(lock)
            return None
    server = Server(name, controller, lock, parent)
    if os.path.lexists(name):
        # We hold the lock, so whoever made this socket is gone.
        log.info("Removing a stale instance socket at %s", name)
    try:
        server.listen()
    except OSError as e:
        log.warning("Cannot listen on %s (%s); later launches will not find this one",
                    name, e.strerror or e)
    else:
        log.info("Listening for commands on %s", name)
    return server


def stop(server) -> None:
    """Stop listening (removing the socket file) and let the next instance take over."""
    server.close()


def _bind_private(name: str) -> socket.socket:
    """A listening socket at ``name`` that only this user can connect to.

    Bound inside a fresh owner-only folder and renamed into place, so there is never a
    moment when the socket exists with wider permissions (the process umask is left alone).
    """
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM | socket.SOCK_CLOEXEC)
    staging = tempfile.mkdtemp(prefix=".deskstretch-", dir=os.path.dirname(name))
    try:
        temp = os.path.join(staging, "s")
        sock.bind(temp)
        os.chmod(temp, 0o600)
        sock.listen(8)
        os.replace(temp, name)
    except OSError:
        sock.close()
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    sock.setblocking(False)
    return sock


class Server:
    """A Unix socket served on the Qt event loop.

    Plain ``socket`` watched by QSocketNotifier rather than QLocalServer: QtNetwork would
    add several MiB and milliseconds to every start for one small socket. Waiting costs
    nothing; the loop wakes only when a client connects or writes.
    """

    def __init__(self, name, controller, lock, parent=None) -> None:
        self._parent = parent  # the notifiers' parent: they go with the app
        self.name = name
        self._controller = controller
        self._lock = lock
        self._sock: socket.socket | None = None
        self._watch = None
        self._clients: dict[socket.socket, tuple[object, bytearray]] = {}

    def listen(self) -> None:
        from PySide6.QtCore import QSocketNotifier

        self._sock = _bind_private(self.name)
        self._watch = QSocketNotifier(self._sock.fileno(), QSocketNotifier.Type.Read, self._parent)
        self._watch.activated.connect(self._accept)

    def is_listening(self) -> bool:
        return self._sock is not None

    def close(self) -> None:
        for conn in list(self._clients):
            self._drop(conn)
        if self._sock is not None:
            self._watch.setEnabled(False)
            self._watch.deleteLater()
            self._sock.close()
            self._sock = self._watch = None
            try:
                os.unlink(self.name)
            except OSError:
                pass
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None

    def _accept(self) -> None:
        from PySide6.QtCore import QSocketNotifier

        while self._sock is not None:
            try:
                conn, _ = self._sock.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as e:
                log.warning("Could not accept a command connection: %s", e)
                return
            conn.setblocking(False)
            watch = QSocketNotifier(conn.fileno(), QSocketNotifier.Type.Read, self._parent)
            watch.activated.connect(lambda *_, conn=conn: self._read(conn))
            self._clients[conn] = (watch, bytearray())

    def _read(self, conn: socket.socket) -> None:
        if conn not in self._clients:
            return
        buffer = self._clients[conn][1]
        try:
            chunk = conn.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            chunk = b""
        if not chunk:  # the client hung up
            self._drop(conn)
            return
        buffer += chunk
        if b"\n" not in buffer:
            if len(buffer) > MAX_LINE:
                self._drop(conn)
            return
        line = bytes(buffer[:buffer.index(b"\n")]).decode("utf-8", "replace")
        code, out = _answer(line, self._controller)
        try:
            # The reply is a few lines; a client that stops reading is not waited for long.
            conn.settimeout(REPLY_SEND_TIMEOUT_S)
            conn.sendall(json.dumps({"code": code, "out": out}).encode() + b"\n")
        except OSError as e:
            log.info("Could not send a command's reply: %s", e)
        self._drop(conn)

    def _drop(self, conn: socket.socket) -> None:
        watch, _ = self._clients.pop(conn)
        # Disabled before the socket closes (Qt warns about a dead descriptor), deleted
        # later because this may run inside the notifier's own signal.
        watch.setEnabled(False)
        watch.deleteLater()
        conn.close()


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
