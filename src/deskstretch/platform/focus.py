"""Is now a bad moment to interrupt? A fullscreen window in front, or do-not-disturb on."""

from __future__ import annotations

import ctypes
import logging
import os
import threading

from jeepney import DBusAddress, HeaderFields, MessageFlag, MessageType, new_method_call
from jeepney.io.blocking import open_dbus_connection
from jeepney.wrappers import DBusErrorResponse

log = logging.getLogger(__name__)

# The app asks when a break is due; an unresponsive bus must not hold the tray for longer.
DBUS_TIMEOUT_S = 1.0

_NOTIFICATION_PROPERTIES = DBusAddress("/org/freedesktop/Notifications",
                                       bus_name="org.freedesktop.Notifications",
                                       interface="org.freedesktop.DBus.Properties")
# (interface, property): dunst's pause, then KDE Plasma's inhibition.
_DND_PROPERTIES = (("org.dunstproject.cmd0", "paused"),
                   ("org.freedesktop.Notifications", "Inhibited"))
_BUS_ERRORS = (OSError, ValueError, KeyError, RuntimeError, DBusErrorResponse)


# -- do not disturb -------------------------------------------------------------------------

def notifications_paused(bus_address: str | None = None) -> bool | None:
    """Whether the notification server is in do-not-disturb; None when no server says.

    bus_address None means the session bus. Understands dunst ("paused") and KDE Plasma
    ("Inhibited"). Never raises; each D-Bus step waits at most DBUS_TIMEOUT_S.
    """
    try:
        conn = open_dbus_connection(bus=bus_address or "SESSION", auth_timeout=DBUS_TIMEOUT_S)
    except _BUS_ERRORS as exc:
        log.debug("no session bus to ask about do-not-disturb: %s", exc)
        return None
    try:
        for interface, name in _DND_PROPERTIES:
            message = new_method_call(_NOTIFICATION_PROPERTIES, "Get", "ss", (interface, name))
            # Asking must not start a notification daemon through bus activation.
            message.header.flags |= MessageFlag.no_auto_start
            try:
                reply = conn.send_and_get_reply(message, timeout=DBUS_TIMEOUT_S)
            except TimeoutError:
                log.debug("the notification server did not answer within %g s", DBUS_TIMEOUT_S)
                return None
            if reply.header.message_type == MessageType.error:
                log.debug("no %s.%s: %s", interface, name,
                          reply.header.fields.get(HeaderFields.error_name))
                continue
            signature, value = reply.body[0]
            if signature == "b":
                return bool(value)
        return None
    except _BUS_ERRORS as exc:
        log.debug("asking about do-not-disturb failed: %s", exc)
        return None
    finally:
        conn.close()


# -- fullscreen (X11) -----------------------------------------------------------------------

_Success = 0
_AnyPropertyType = 0
_ErrorHandler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
_IOErrorHandler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p)
_IOErrorExitHandler = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)


class _X11:
    """The few libX11 calls needed here, with X errors trapped instead of ending the process.

    Xlib's default handlers print and exit() on a protocol error (e.g. BadWindow for an
    active window that closed a moment ago) and on a lost server connection.
    """

    def __init__(self) -> None:
        lib = ctypes.CDLL("libX11.so.6")
        lib.XOpenDisplay.restype = ctypes.c_void_p
        lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        lib.XDefaultRootWindow.restype = ctypes.c_ulong
        lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        lib.XInternAtom.restype = ctypes.c_ulong
        lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        lib.XGetWindowProperty.restype = ctypes.c_int
        lib.XGetWindowProperty.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long,
            ctypes.c_int, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p)]
        lib.XFree.argtypes = [ctypes.c_void_p]
        lib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        lib.XSetErrorHandler.restype = ctypes.c_void_p
        lib.XSetErrorHandler.argtypes = [ctypes.c_void_p]
        lib.XSetIOErrorHandler.restype = ctypes.c_void_p
        lib.XSetIOErrorHandler.argtypes = [ctypes.c_void_p]
        self.lib = lib
        self.displays: dict[str, _Display] = {}
        self.error_count = 0
        # Kept referenced: libX11 holds only the C pointers.
        self._on_error = _ErrorHandler(self._record_error)
        # The default I/O error handler exit()s itself; only if it returns does Xlib call
        # the display's exit handler, which may return too.
        self._on_io_error = _IOErrorHandler(lambda display: 0)
        self._on_io_error_exit = _IOErrorExitHandler(self._record_io_error)
        self._has_exit_handler = hasattr(lib, "XSetIOErrorExitHandler")  # libX11 >= 1.7
        if self._has_exit_handler:
            lib.XSetIOErrorExitHandler.argtypes = [ctypes.c_void_p, ctypes.c_void_p,
                                                   ctypes.c_void_p]

    def _record_error(self, display, event) -> int:
        self.error_count += 1
        return 0

    def _record_io_error(self, display, data) -> None:
        # Returning (instead of exit()) leaves the Display marked dead; it is never used again.
        for name, known in list(self.displays.items()):
            if known.handle == display:
                known.dead = True
                del self.displays[name]

    def display(self, name: str) -> _Display | None:
        known = self.displays.get(name)
        if known is not None:
            return known
        if not self._has_exit_handler:
            # Without it a lost X server would exit() the whole app from inside Xlib.
            log.debug("libX11 is older than 1.7; not watching for fullscreen windows")
            return None
        handle = self.lib.XOpenDisplay(name.encode())
        if not handle:
            log.debug("cannot open X display %r", name)
            return None
        self.lib.XSetIOErrorExitHandler(
            handle, ctypes.cast(self._on_io_error_exit, ctypes.c_void_p), None)
        known = self.displays[name] = _Display(self, handle)
        return known


class _Display:
    def __init__(self, x11: _X11, handle: int) -> None:
        self.x11 = x11
        self.lib = x11.lib
        self.handle = handle
        self.dead = False
        self.root = self.lib.XDefaultRootWindow(handle)
        self._atoms: dict[str, int] = {}

    def atom(self, name: str) -> int:
        if name not in self._atoms:
            self._atoms[name] = self.lib.XInternAtom(self.handle, name.encode(), 0)
        return self._atoms[name]

    def cardinals(self, window: int, prop: str) -> list[int] | None:
        """A 32-bit list property (WINDOW, ATOM, CARDINAL): [] if unset, None if unreadable."""
        actual_type = ctypes.c_ulong()
        actual_format = ctypes.c_int()
        n_items = ctypes.c_ulong()
        bytes_after = ctypes.c_ulong()
        data = ctypes.c_void_p()
        x11 = self.x11
        errors_before = x11.error_count
        # Xlib's handlers are process-wide: ours only for the length of this request.
        previous = self.lib.XSetErrorHandler(ctypes.cast(x11._on_error, ctypes.c_void_p))
        previous_io = self.lib.XSetIOErrorHandler(ctypes.cast(x11._on_io_error, ctypes.c_void_p))
        try:
            status = self.lib.XGetWindowProperty(
                self.handle, window, self.atom(prop), 0, 1024, 0, _AnyPropertyType,
                ctypes.byref(actual_type), ctypes.byref(actual_format), ctypes.byref(n_items),
                ctypes.byref(bytes_after), ctypes.byref(data))
            if not self.dead:
                self.lib.XSync(self.handle, 0)
        finally:
            self.lib.XSetIOErrorHandler(previous_io)
            self.lib.XSetErrorHandler(previous)
        try:
            if status != _Success or self.dead or x11.error_count != errors_before:
                return None
            if actual_type.value == 0:  # the property is not set
                return []
            if actual_format.value != 32 or not data.value:
                return None
            # Format 32 arrives as an array of C longs, 8 bytes each on 64-bit systems.
            items = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))
            return [items[i] & 0xFFFFFFFF for i in range(n_items.value)]
        finally:
            if data.value:
                self.lib.XFree(data)


_x11: _X11 | None = None
_lock = threading.Lock()  # one Display, and Xlib's process-wide error handler, at a time


def fullscreen_window_active(display: str | None = None) -> bool | None:
    """Whether the focused window is fullscreen (a video, a game, a presentation).

    None when it cannot tell: no X display, a Wayland session (when `display` is not given),
    or no window manager publishing the active window. Never raises. The X connection is
    opened on first use and kept.
    """
    global _x11
    if display is None:
        if os.environ.get("WAYLAND_DISPLAY") or os.environ.get("XDG_SESSION_TYPE") == "wayland":
            # XWayland only sees X clients; its answer would be about the wrong window.
            return None
        display = os.environ.get("DISPLAY")
    if not display:
        return None
    try:
        with _lock:
            if _x11 is None:
                _x11 = _X11()
            for _attempt in range(2):
                x = _x11.display(display)
                if x is None:
                    return None
                answer = _active_is_fullscreen(x)
                if not x.dead:
                    return answer
                # The X server we had open went away; a new one may have the same name.
            return None
    except (OSError, AttributeError, ValueError) as exc:  # libX11 missing or unusable
        log.debug("cannot ask X about the active window: %s", exc)
        return None


def _active_is_fullscreen(x: _Display) -> bool | None:
    # A window manager proves it is running by a child window that points at itself.
    check = x.cardinals(x.root, "_NET_SUPPORTING_WM_CHECK")
    if not check or x.cardinals(check[0], "_NET_SUPPORTING_WM_CHECK") != check[:1]:
        return None
    active = x.cardinals(x.root, "_NET_ACTIVE_WINDOW")
    if not active:
        return None
    if active[0] == 0:  # nothing has focus
        return False
    state = x.cardinals(active[0], "_NET_WM_STATE")
    if state is None:  # the window has just gone, or the X server has
        return None
    return x.atom("_NET_WM_STATE_FULLSCREEN") in state
