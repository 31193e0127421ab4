"""How long the user has been away from keyboard and mouse, asked of whatever the desktop offers."""

from __future__ import annotations

import ctypes
import logging
import os
import sys
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from jeepney import DBusAddress, HeaderFields, Message, MessageType, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection

log = logging.getLogger(__name__)

# The app asks on the Qt thread: a hung session bus may freeze the tray this long, no longer.
DBUS_TIMEOUT_S = 0.5

# What jeepney and the socket raise when the bus is missing, refuses us, or hangs up
# (TimeoutError is an OSError).
_DBUS_ERRORS = (OSError, ValueError, KeyError, RuntimeError)

Libraries = tuple[Any, Any]


class IdleProbe(Protocol):
    name: str

    def idle_seconds(self) -> float | None:
        """Seconds since the last keyboard or mouse input; None if it cannot tell right now."""

    def close(self) -> None:
        """Let go of the X display, bus connection or system handles this probe holds."""


# -- X11 -------------------------------------------------------------------------------------


class _XScreenSaverInfo(ctypes.Structure):
    _fields_ = [("window", ctypes.c_ulong), ("state", ctypes.c_int), ("kind", ctypes.c_int),
                ("til_or_since", ctypes.c_ulong), ("idle", ctypes.c_ulong),
                ("event_mask", ctypes.c_ulong)]


def _x11_libraries() -> Libraries:
    xlib, xss = ctypes.CDLL("libX11.so.6"), ctypes.CDLL("libXss.so.1")
    # Without restypes ctypes would cut the 64-bit Display pointer down to an int.
    xlib.XOpenDisplay.argtypes, xlib.XOpenDisplay.restype = [ctypes.c_char_p], ctypes.c_void_p
    xlib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    xlib.XDefaultRootWindow.restype = ctypes.c_ulong
    xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    xlib.XFree.argtypes = [ctypes.c_void_p]
    xss.XScreenSaverQueryExtension.argtypes = [
        ctypes.c_void_p, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int)]
    xss.XScreenSaverAllocInfo.argtypes = []
    xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(_XScreenSaverInfo)
    xss.XScreenSaverQueryInfo.argtypes = [
        ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(_XScreenSaverInfo)]
    return xlib, xss


class X11IdleProbe:
    """The X server's own idle counter (MIT-SCREEN-SAVER), over one Xlib connection kept open.

    Xlib ends the process if the X server goes away under an open connection, as it does for
    Qt's own connection: close() this before a server you started yourself stops.
    Xlib reads XAUTHORITY from the process environment, not from `display`.
    """

    name = "x11"

    def __init__(self, display: str, load: Callable[[], Libraries] = _x11_libraries) -> None:
        self._xlib, self._xss = load()
        self._info = None
        self._display = self._xlib.XOpenDisplay(os.fsencode(display))
        if not self._display:
            raise OSError(f"cannot open X display {display!r}")
        try:
            event_base, error_base = ctypes.c_int(), ctypes.c_int()
            if not self._xss.XScreenSaverQueryExtension(self._display, ctypes.byref(event_base),
                                                        ctypes.byref(error_base)):
                raise OSError(f"X display {display!r} has no MIT-SCREEN-SAVER extension")
            self._info = self._xss.XScreenSaverAllocInfo()
            if not self._info:
                raise MemoryError("XScreenSaverAllocInfo failed")
            self._root = self._xlib.XDefaultRootWindow(self._display)
        except BaseException:
            self.close()
            raise

    def idle_seconds(self) -> float | None:
        if not self._display:
            return None
        if not self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info):
            return None
        return self._info.contents.idle / 1000

    def close(self) -> None:
        if self._info:
            self._xlib.XFree(self._info)
            self._info = None
        if self._display:
            self._xlib.XCloseDisplay(self._display)
            self._display = None


# -- D-Bus (GNOME, freedesktop ScreenSaver) --------------------------------------------------


class _SessionBus:
    """A session bus connection opened on first use, and again after it broke."""

    def __init__(self, address: str, timeout: float) -> None:
        self._address = address
        self._timeout = timeout
        self._conn: DBusConnection | None = None

    def call(self, message: Message, signature: str) -> Any:
        """The reply's single value, or None (debug-logged) on any failure or unexpected reply."""
        fields = message.header.fields
        what = f"{fields[HeaderFields.destination]} {fields[HeaderFields.member]}"
        try:
            if self._conn is None:
                self._conn = open_dbus_connection(bus=self._address, auth_timeout=self._timeout)
            reply = self._conn.send_and_get_reply(message, timeout=self._timeout)
        except _DBUS_ERRORS as exc:
            # Reconnect next time: a late reply or half-read message must not confuse the next call.
            self.close()
            log.debug("idle time: %s failed: %r", what, exc)
            return None
        if reply.header.message_type == MessageType.error:
            log.debug("idle time: %s answered %s", what,
                      reply.header.fields.get(HeaderFields.error_name))
            return None
        if reply.header.fields.get(HeaderFields.signature) != signature:
            log.debug("idle time: %s answered with signature %r, not %r", what,
                      reply.header.fields.get(HeaderFields.signature), signature)
            return None
        return reply.body[0]

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


class GnomeIdleProbe:
    """Mutter's idle monitor, which sees input on both Wayland and X11 GNOME sessions."""

    name = "gnome-mutter"
    _MONITOR = DBusAddress("/org/gnome/Mutter/IdleMonitor/Core",
                           bus_name="org.gnome.Mutter.IdleMonitor",
                           interface="org.gnome.Mutter.IdleMonitor")

    def __init__(self, bus_address: str, timeout: float = DBUS_TIMEOUT_S) -> None:
        self._bus = _SessionBus(bus_address, timeout)

    def idle_seconds(self) -> float | None:
        milliseconds = self._bus.call(new_method_call(self._MONITOR, "GetIdletime"), "t")
        return None if milliseconds is None else milliseconds / 1000

    def close(self) -> None:
        self._bus.close()


class ScreenSaverIdleProbe:
    """org.freedesktop.ScreenSaver's GetSessionIdleTime, which KDE Plasma serves on X11.

    The unit is taken to be milliseconds: KDE's screen locker returns KIdleTime::idleTime(),
    which KIdleTime documents in milliseconds. (Plasma on Wayland refuses the call with
    NotSupported, and GNOME Shell does not implement it, so there this probe is never chosen.)
    """

    name = "freedesktop-screensaver"
    _SERVICE = "org.freedesktop.ScreenSaver"
    _PATHS = ("/org/freedesktop/ScreenSaver", "/ScreenSaver")  # KDE serves both; others one

    def __init__(self, bus_address: str, timeout: float = DBUS_TIMEOUT_S) -> None:
        self._bus = _SessionBus(bus_address, timeout)
        self._path: str | None = None  # the path that answered; only it is asked after that

    def idle_seconds(self) -> float | None:
        for path in (self._path,) if self._path else self._PATHS:
            address = DBusAddress(path, bus_name=self._SERVICE, interface=self._SERVICE)
            milliseconds = self._bus.call(new_method_call(address, "GetSessionIdleTime"), "u")
            if milliseconds is not None:
                self._path = path
                return milliseconds / 1000
        return None

    def close(self) -> None:
        self._bus.close()


# -- Windows ---------------------------------------------------------------------------------


class _LastInputInfo(ctypes.Structure):
    _fields_ = [("cbSize", ctypes.c_uint32), ("dwTime", ctypes.c_uint32)]


def _windows_libraries(open_library: Callable[[str], Any] | None = None) -> Libraries:
    open_library = open_library or ctypes.WinDLL
    user32, kernel32 = open_library("user32"), open_library("kernel32")
    user32.GetLastInputInfo.argtypes = [ctypes.POINTER(_LastInputInfo)]
    user32.GetLastInputInfo.restype = ctypes.c_int
    # ctypes' default int result would wrap GetTickCount64 after 24.8 days of uptime.
    kernel32.GetTickCount64.argtypes = []
    kernel32.GetTickCount64.restype = ctypes.c_uint64
    return user32, kernel32


class WindowsIdleProbe:
    """GetLastInputInfo: the tick count of the session's last input."""

    name = "windows"

    def __init__(self, load: Callable[[], Libraries] = _windows_libraries) -> None:
        self._user32, self._kernel32 = load()

    def idle_seconds(self) -> float | None:
        # The call fails unless cbSize says which version of the struct we pass.
        info = _LastInputInfo(cbSize=ctypes.sizeof(_LastInputInfo))
        if not self._user32.GetLastInputInfo(ctypes.pointer(info)):
            return None
        # dwTime is a 32-bit tick count that wraps every 49.7 days; the difference modulo 2**32
        # is right across a wrap (for absences shorter than that).
        elapsed_ms = (self._kernel32.GetTickCount64() - info.dwTime) & 0xFFFF_FFFF
        return elapsed_ms / 1000

    def close(self) -> None:
        pass


# -- macOS -----------------------------------------------------------------------------------

_IOKIT = "/System/Library/Frameworks/IOKit.framework/IOKit"
_CORE_FOUNDATION = "/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation"
_MAIN_PORT_DEFAULT = 0  # kIOMasterPortDefault / kIOMainPortDefault: MACH_PORT_NULL
_CF_STRING_ENCODING_UTF8 = 0x08000100
_CF_NUMBER_SINT64 = 4


def _mac_libraries(open_library: Callable[[str], Any] | None = None) -> Libraries:
    open_library = open_library or ctypes.CDLL
    iokit, cf = open_library(_IOKIT), open_library(_CORE_FOUNDATION)
    pointer, port = ctypes.c_void_p, ctypes.c_uint32
    # Every CF reference is a pointer; ctypes' default int result would cut it to 32 bits.
    iokit.IOServiceMatching.argtypes, iokit.IOServiceMatching.restype = [ctypes.c_char_p], pointer
    iokit.IOServiceGetMatchingService.argtypes = [port, pointer]
    iokit.IOServiceGetMatchingService.restype = port
    iokit.IORegistryEntryCreateCFProperty.argtypes = [port, pointer, pointer, ctypes.c_uint32]
    iokit.IORegistryEntryCreateCFProperty.restype = pointer
    iokit.IOObjectRelease.argtypes = [port]
    cf.CFStringCreateWithCString.argtypes = [pointer, ctypes.c_char_p, ctypes.c_uint32]
    cf.CFStringCreateWithCString.restype = pointer
    cf.CFGetTypeID.argtypes, cf.CFGetTypeID.restype = [pointer], ctypes.c_ulong
    cf.CFNumberGetTypeID.argtypes, cf.CFNumberGetTypeID.restype = [], ctypes.c_ulong
    cf.CFNumberGetValue.argtypes = [pointer, ctypes.c_long, ctypes.POINTER(ctypes.c_int64)]
    cf.CFNumberGetValue.restype = ctypes.c_bool
    cf.CFRelease.argtypes, cf.CFRelease.restype = [pointer], None
    return iokit, cf


class MacIdleProbe:
    """IOHIDSystem's HIDIdleTime: nanoseconds since the last HID event."""

    name = "macos"

    def __init__(self, load: Callable[[], Libraries] = _mac_libraries) -> None:
        self._iokit, self._cf = load()
        self._key = None
        # IOServiceGetMatchingService consumes the matching dictionary: it is not ours to release.
        self._service = self._iokit.IOServiceGetMatchingService(
            _MAIN_PORT_DEFAULT, self._iokit.IOServiceMatching(b"IOHIDSystem"))
        if not self._service:
            raise OSError("no IOHIDSystem service")
        self._key = self._cf.CFStringCreateWithCString(None, b"HIDIdleTime",
                                                       _CF_STRING_ENCODING_UTF8)
        if not self._key:
            self.close()
            raise MemoryError("CFStringCreateWithCString failed")

    def idle_seconds(self) -> float | None:
        if not self._service:
            return None
        value = self._iokit.IORegistryEntryCreateCFProperty(self._service, self._key, None, 0)
        if not value:
            return None
        try:
            # CFNumberGetValue on anything but a CFNumber is undefined behaviour, not an error.
            if self._cf.CFGetTypeID(value) != self._cf.CFNumberGetTypeID():
                return None
            nanoseconds = ctypes.c_int64()
            if not self._cf.CFNumberGetValue(value, _CF_NUMBER_SINT64, ctypes.pointer(nanoseconds)):
                return None
            return nanoseconds.value / 1e9
        finally:
            self._cf.CFRelease(value)  # a "Create" function's result is ours to release

    def close(self) -> None:
        if self._key:
            self._cf.CFRelease(self._key)
            self._key = None
        if self._service:
            self._iokit.IOObjectRelease(self._service)
            self._service = 0


# -- choosing one ----------------------------------------------------------------------------


def _candidates(env: Mapping[str, str], system: str) -> list[tuple[type, tuple]]:
    """(probe class, its arguments) in the order worth trying on this system."""
    if system == "win32":
        return [(WindowsIdleProbe, ())]
    if system == "darwin":
        return [(MacIdleProbe, ())]
    found: list[tuple[type, tuple]] = []
    bus, display = env.get("DBUS_SESSION_BUS_ADDRESS"), env.get("DISPLAY")
    if bus:
        found.append((GnomeIdleProbe, (bus,)))
    # Under Wayland, XWayland's counter only sees input to X clients: a user typing in a native
    # Wayland window would look idle.
    if display and not env.get("WAYLAND_DISPLAY"):
        found.append((X11IdleProbe, (display,)))
    if bus:
        found.append((ScreenSaverIdleProbe, (bus,)))
    return found


def detect(env: Mapping[str, str] = os.environ, system: str = sys.platform) -> IdleProbe | None:
    """The first probe that answers on this desktop, or None; never raises, logs the outcome."""
    for probe_class, args in _candidates(env, system):
        probe = None
        try:
            probe = probe_class(*args)
            if probe.idle_seconds() is not None:
                log.info("Idle time comes from %s.", probe.name)
                return probe
            log.debug("idle time: %s did not answer", probe.name)
        # Any failure only means this desktop lacks that backend; the next one may work.
        except Exception as exc:
            log.debug("idle time: %s is unavailable: %r", probe_class.name, exc)
        if probe is not None:
            probe.close()
    log.info("No idle time on this desktop: time away from the computer will not count as a break.")
    return None
