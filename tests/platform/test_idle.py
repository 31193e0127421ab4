"""Idle time: X11 and the D-Bus services for real on a virtual desktop; Windows/macOS with fakes."""

import ctypes
import shutil
import tempfile
import threading
import time
import types
from pathlib import Path

import pytest
from jeepney import HeaderFields, MessageType, new_error, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

from deskstretch.platform import idle
from tests.desktop import SessionBus, desktop_or_skip

MUTTER = dict(bus_name="org.gnome.Mutter.IdleMonitor", interface="org.gnome.Mutter.IdleMonitor",
              method="GetIdletime", signature="t", paths=["/org/gnome/Mutter/IdleMonitor/Core"])
SCREENSAVER = dict(bus_name="org.freedesktop.ScreenSaver", interface="org.freedesktop.ScreenSaver",
                   method="GetSessionIdleTime", signature="u",
                   paths=["/org/freedesktop/ScreenSaver", "/ScreenSaver"])


@pytest.fixture
def desktop(tmp_path, monkeypatch):
    # Probes must use the display and bus they are given, never the test process's own.
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"):
        monkeypatch.delenv(var, raising=False)
    yield from desktop_or_skip(tmp_path, with_tray=False, with_notifications=False)


@pytest.fixture
def closing(desktop):
    """Closes the probes a test made while their X server and bus still run."""
    probes = []

    def keep(probe):
        if probe is not None:
            probes.append(probe)
        return probe

    yield keep
    for probe in probes:
        probe.close()


# -- X11 ---------------------------------------------------------------------------------------


@pytest.mark.desktop
def test_x11_idle_grows_without_input_and_a_mouse_move_resets_it(desktop, closing):
    probe = closing(idle.X11IdleProbe(desktop.display))

    for x, y in ((100, 200), (640, 400), (1000, 90)):
        desktop.wait_for(lambda: probe.idle_seconds() >= 1.0, timeout=5,
                         what="X idle time to pass one second")
        assert probe.idle_seconds() < 30, "seconds, not milliseconds"
        desktop.xdotool("mousemove", x, y)  # xdotool syncs with the server before it exits
        assert probe.idle_seconds() < 0.5


@pytest.mark.desktop
def test_x11_probe_refuses_a_display_it_cannot_open(desktop):
    with pytest.raises(OSError, match="cannot open X display"):
        idle.X11IdleProbe(desktop.display + "7")


# -- D-Bus services ------------------------------------------------------------------------------


class FakeIdleService(threading.Thread):
    """Owns a bus name and answers one idle-time method at its paths with `value`."""

    def __init__(self, bus_address, bus_name, interface, method, signature, paths, value=0):
        super().__init__(name=f"fake-{bus_name}", daemon=True)
        self.interface, self.method, self.signature = interface, method, signature
        self.paths = list(paths)
        self.value = value
        self.calls = []  # the object path of every call that was answered with the value
        self._stopping = threading.Event()
        self._conn = open_dbus_connection(bus=bus_address)
        reply = self._conn.send_and_get_reply(message_bus.RequestName(bus_name), timeout=2)
        assert reply.body == (1,), f"could not own {bus_name}"

    def run(self):
        while not self._stopping.is_set():
            try:
                message = self._conn.receive(timeout=0.02)
            except TimeoutError:
                continue
            if message.header.message_type == MessageType.method_call:
                self._answer(message)

    def _answer(self, call):
        fields = call.header.fields
        if (fields.get(HeaderFields.path) in self.paths
                and fields.get(HeaderFields.interface) == self.interface
                and fields.get(HeaderFields.member) == self.method):
            self.calls.append(fields[HeaderFields.path])
            self._conn.send(new_method_return(call, self.signature, (self.value,)))
        else:
            self._conn.send(new_error(call, "org.freedesktop.DBus.Error.UnknownMethod"))

    def stop(self):
        self._stopping.set()
        self.join()
        self._conn.close()


@pytest.fixture
def serve(desktop):
    """serve(MUTTER, value=...) starts a fake service on the desktop's session bus."""
    services = []

    def start(kind, **overrides):
        service = FakeIdleService(desktop.bus_address, **{**kind, **overrides})
        service.start()
        services.append(service)
        return service

    yield start
    for service in services:
        service.stop()


@pytest.mark.desktop
def test_gnome_probe_reports_mutters_milliseconds_as_seconds(desktop, serve, closing):
    mutter = serve(MUTTER, value=12_345)
    probe = closing(idle.GnomeIdleProbe(desktop.bus_address))

    assert probe.idle_seconds() == pytest.approx(12.345)
    mutter.value = 250
    assert probe.idle_seconds() == pytest.approx(0.25), "asked each time, never cached"


@pytest.mark.desktop
@pytest.mark.parametrize("path", SCREENSAVER["paths"])
def test_screensaver_probe_reads_milliseconds_at_either_path(desktop, serve, closing, path):
    screensaver = serve(SCREENSAVER, paths=[path], value=42_000)
    probe = closing(idle.ScreenSaverIdleProbe(desktop.bus_address))

    assert probe.idle_seconds() == pytest.approx(42.0)
    screensaver.value = 1_500
    assert probe.idle_seconds() == pytest.approx(1.5)
    assert screensaver.calls == [path, path]


@pytest.mark.desktop
def test_a_service_that_leaves_gives_none_until_one_is_back(desktop, serve, closing):
    probe = closing(idle.GnomeIdleProbe(desktop.bus_address))
    serve(MUTTER, value=3_000).stop()

    assert probe.idle_seconds() is None
    serve(MUTTER, value=4_000)
    assert probe.idle_seconds() == pytest.approx(4.0)


@pytest.mark.desktop
def test_a_probe_reconnects_after_the_session_bus_restarts(desktop, tmp_path):
    runtime = Path(tempfile.mkdtemp(prefix="idle-bus-"))  # short: socket paths are limited
    try:
        first = SessionBus(tmp_path, runtime, tmp_path)
        probe = idle.GnomeIdleProbe(first.address)
        service = FakeIdleService(first.address, **MUTTER, value=1_000)
        service.start()
        assert probe.idle_seconds() == pytest.approx(1.0)
        service.stop()
        first.stop()

        second = SessionBus(tmp_path, runtime, tmp_path)  # the same address as the first
        service = FakeIdleService(second.address, **MUTTER, value=2_000)
        service.start()
        try:
            desktop.wait_for(lambda: probe.idle_seconds() == pytest.approx(2.0), timeout=3,
                             what="the probe to reach the restarted bus")
        finally:
            probe.close()
            service.stop()
            second.stop()
    finally:
        shutil.rmtree(runtime, ignore_errors=True)


def test_a_bus_that_is_not_there_gives_none(tmp_path):
    probe = idle.GnomeIdleProbe(f"unix:path={tmp_path}/no-such-bus")
    assert probe.idle_seconds() is None
    probe.close()


# -- detect() ----------------------------------------------------------------------------------


def desktop_env(desktop, **extra):
    return {"DISPLAY": desktop.display, "DBUS_SESSION_BUS_ADDRESS": desktop.bus_address, **extra}


@pytest.mark.desktop
def test_detect_picks_gnome_first_when_it_answers(desktop, serve, closing):
    serve(MUTTER, value=7_000)
    serve(SCREENSAVER, value=9_000)

    probe = closing(idle.detect(desktop_env(desktop), "linux"))

    assert probe.name == "gnome-mutter"
    assert probe.idle_seconds() == pytest.approx(7.0)


@pytest.mark.desktop
def test_detect_falls_back_to_x11_when_nothing_answers_on_the_bus(desktop, closing):
    probe = closing(idle.detect(desktop_env(desktop), "linux"))

    assert probe.name == "x11"
    assert 0 <= probe.idle_seconds() < 60


@pytest.mark.desktop
def test_detect_falls_back_to_x11_promptly_when_mutter_hangs(desktop, closing):
    # Owns Mutter's name but never reads its messages, like a compositor that is stuck.
    with open_dbus_connection(bus=desktop.bus_address) as hung:
        hung.send_and_get_reply(message_bus.RequestName(MUTTER["bus_name"]), timeout=2)
        started = time.monotonic()
        probe = closing(idle.detect(desktop_env(desktop), "linux"))
        # The app asks on the Qt thread: a stuck service may cost it a second, not more.
        assert time.monotonic() - started < 1.5

    assert probe.name == "x11"


@pytest.mark.desktop
def test_detect_uses_the_screensaver_service_when_there_is_no_x11(desktop, serve, closing):
    serve(SCREENSAVER, paths=["/ScreenSaver"], value=5_000)

    probe = closing(idle.detect({"DBUS_SESSION_BUS_ADDRESS": desktop.bus_address}, "linux"))

    assert probe.name == "freedesktop-screensaver"
    assert probe.idle_seconds() == pytest.approx(5.0)


@pytest.mark.desktop
def test_detect_does_not_trust_xwayland_under_wayland(desktop, closing):
    env = desktop_env(desktop, WAYLAND_DISPLAY="wayland-0")
    assert closing(idle.detect(env, "linux")) is None


def test_detect_finds_nothing_in_an_empty_environment():
    assert idle.detect({}, "linux") is None


@pytest.mark.parametrize("system", ["win32", "darwin"])
def test_detect_on_a_system_whose_libraries_are_missing_finds_nothing(system):
    assert idle.detect({}, system) is None


# -- Windows and macOS, with fakes ---------------------------------------------------------------
#
# These systems cannot run here, so the fakes below stand in for their ctypes functions: they
# take and fill in the same ctypes structs and pointers the real ones would.


class FakeUser32:
    def __init__(self, last_input_tick):
        self.last_input_tick = last_input_tick

    def GetLastInputInfo(self, info):
        # Like Windows: fails unless cbSize names the struct's size.
        if info.contents.cbSize != ctypes.sizeof(idle._LastInputInfo):
            return 0
        info.contents.dwTime = self.last_input_tick
        return 1


class FakeKernel32:
    def __init__(self, tick64):
        self.tick64 = tick64

    def GetTickCount64(self):
        return self.tick64


def windows_probe(tick64, last_input_tick):
    return idle.WindowsIdleProbe(load=lambda: (FakeUser32(last_input_tick), FakeKernel32(tick64)))


@pytest.mark.parametrize(("tick64", "last_input", "seconds"), [
    (90_000, 87_500, 2.5),
    (2**32 + 500, 2**32 - 1_500, 2.0),  # dwTime from just before the 32-bit wrap, now just after
    (5 * 2**32 + 10_000, 4_000, 6.0),  # the fifth time round: dwTime keeps only the low 32 bits
    (1_000, 1_000, 0.0),
])
def test_windows_idle_is_the_tick_difference_across_the_32_bit_wrap(tick64, last_input, seconds):
    """Fakes: GetLastInputInfo and GetTickCount64 cannot run here."""
    assert windows_probe(tick64, last_input).idle_seconds() == pytest.approx(seconds)


def test_windows_probe_says_none_when_get_last_input_info_fails():
    """Fakes: GetLastInputInfo and GetTickCount64 cannot run here."""
    user32 = types.SimpleNamespace(GetLastInputInfo=lambda info: 0)
    probe = idle.WindowsIdleProbe(load=lambda: (user32, FakeKernel32(5_000)))
    assert probe.idle_seconds() is None


class FakeLibrary:
    """Stands in for a ctypes library: every function is an object ctypes declarations can set."""

    def __init__(self, path):
        self.path = path
        self.functions = {}

    def __getattr__(self, name):
        return self.functions.setdefault(name, types.SimpleNamespace())


def test_windows_and_macos_declare_pointer_and_64_bit_results():
    """Fakes: user32, kernel32, IOKit and CoreFoundation cannot be loaded here.

    ctypes assumes a C int result: a 64-bit tick count or pointer would be cut short.
    """
    user32, kernel32 = idle._windows_libraries(FakeLibrary)
    assert (user32.path, kernel32.path) == ("user32", "kernel32")
    assert kernel32.GetTickCount64.restype is ctypes.c_uint64
    assert user32.GetLastInputInfo.argtypes == [ctypes.POINTER(idle._LastInputInfo)]

    iokit, cf = idle._mac_libraries(FakeLibrary)
    assert iokit.path.endswith("IOKit.framework/IOKit")
    assert cf.path.endswith("CoreFoundation.framework/CoreFoundation")
    for function in (iokit.IOServiceMatching, iokit.IORegistryEntryCreateCFProperty,
                     cf.CFStringCreateWithCString):
        assert function.restype is ctypes.c_void_p
    assert cf.CFNumberGetValue.argtypes[2] == ctypes.POINTER(ctypes.c_int64)


class FakeMac:
    """IOKit and CoreFoundation as seen through ctypes: CF objects are integers, tracked."""

    TYPE_IDS = {"number": 22, "string": 7, "data": 20, "dictionary": 18}
    SERVICE = 0x3403

    def __init__(self, idle_ns, kind="number"):
        self.idle_ns = idle_ns
        self.kind = kind
        self.live = {}  # CF object -> (kind, content) for every object not yet released
        self.released_services = []
        self._next = 0x1000

    def _create(self, kind, content=None):
        self._next += 16
        self.live[self._next] = (kind, content)
        return self._next

    # IOKit
    def IOServiceMatching(self, name):
        return self._create("dictionary", name)

    def IOServiceGetMatchingService(self, port, matching):
        assert port == 0 and self.live[matching] == ("dictionary", b"IOHIDSystem")
        del self.live[matching]  # consumed by the call, as on macOS
        return self.SERVICE

    def IORegistryEntryCreateCFProperty(self, service, key, allocator, options):
        assert (service, self.live[key]) == (self.SERVICE, ("string", "HIDIdleTime"))
        return None if self.idle_ns is None else self._create(self.kind, self.idle_ns)

    def IOObjectRelease(self, service):
        self.released_services.append(service)
        return 0

    # CoreFoundation
    def CFStringCreateWithCString(self, allocator, text, encoding):
        assert encoding == 0x08000100  # kCFStringEncodingUTF8
        return self._create("string", text.decode())

    def CFGetTypeID(self, obj):
        return self.TYPE_IDS[self.live[obj][0]]

    def CFNumberGetTypeID(self):
        return self.TYPE_IDS["number"]

    def CFNumberGetValue(self, number, number_type, value):
        kind, content = self.live[number]
        assert kind == "number" and number_type == 4  # kCFNumberSInt64Type
        value.contents.value = content
        return True

    def CFRelease(self, obj):
        del self.live[obj]  # a double release raises KeyError here


def mac_probe(fake):
    return idle.MacIdleProbe(load=lambda: (fake, fake))


def test_macos_nanoseconds_become_seconds_and_every_cf_object_is_released():
    """Fakes: IOKit and CoreFoundation cannot run here."""
    fake = FakeMac(idle_ns=2_500_000_000)
    probe = mac_probe(fake)

    assert probe.idle_seconds() == pytest.approx(2.5)
    fake.idle_ns = 12_000_000
    assert probe.idle_seconds() == pytest.approx(0.012)
    assert list(fake.live.values()) == [("string", "HIDIdleTime")], "properties released"

    probe.close()
    assert fake.live == {}
    assert fake.released_services == [FakeMac.SERVICE]
    assert probe.idle_seconds() is None


def test_macos_without_the_property_or_with_another_type_says_none():
    """Fakes: IOKit and CoreFoundation cannot run here."""
    fake = FakeMac(idle_ns=None)
    probe = mac_probe(fake)
    assert probe.idle_seconds() is None

    fake.idle_ns, fake.kind = 5, "data"
    assert probe.idle_seconds() is None
    assert list(fake.live.values()) == [("string", "HIDIdleTime")], "released though unread"
    probe.close()
