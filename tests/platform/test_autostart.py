"""Starting at login: XDG autostart file, Windows Run value (fake registry), macOS LaunchAgent."""

import os
import plistlib
import shutil
import subprocess
from configparser import ConfigParser
from pathlib import Path

import pytest

from deskstretch.platform.autostart import (
    APP_ID,
    LaunchAgentAutostart,
    WindowsAutostart,
    XdgAutostart,
    desktop_exec,
    for_platform,
    launch_command,
)

COMMAND = ["/opt/desk stretch/bin/python", "-m", "deskstretch", "--config-dir", "/home/a/my cfg"]


def parse_exec(value: str) -> list[str]:
    """Split an Exec value back into arguments, following the Desktop Entry spec."""
    # The key file's string escapes come first, then the Exec quoting.
    unescaped, i = [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            unescaped.append({"s": " ", "n": "\n", "t": "\t", "r": "\r"}.get(value[i + 1],
                                                                           value[i + 1]))
            i += 2
        else:
            unescaped.append(value[i])
            i += 1
    text = "".join(unescaped)
    args, current, quoted, started, i = [], [], False, False, 0
    while i < len(text):
        c = text[i]
        if quoted:
            if c == "\\":
                current.append(text[i + 1])
                i += 1
            elif c == '"':
                quoted = False
            else:
                current.append(c)
        elif c == '"':
            quoted = started = True
        elif c == " ":
            if started:
                args.append("".join(current))
            current, started = [], False
        else:
            current.append(c)
            started = True
        i += 1
    if started:
        args.append("".join(current))
    return [arg.replace("%%", "%") for arg in args]


def read_entry(path: Path):
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


# -- Linux: an XDG autostart file -----------------------------------------------------------

def test_xdg_enable_writes_an_autostart_file(tmp_path):
    autostart = XdgAutostart(tmp_path / "config")
    assert not autostart.is_enabled()

    autostart.enable(COMMAND)

    path = tmp_path / "config" / "autostart" / f"{APP_ID}.desktop"
    assert autostart.path == path and autostart.is_enabled()
    entry = read_entry(path)
    assert entry["Type"] == "Application"
    assert entry["X-GNOME-Autostart-enabled"] == "true"
    assert parse_exec(entry["Exec"]) == COMMAND
    # Written atomically: no temporary file is left next to it.
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def test_xdg_autostart_file_validates(tmp_path):
    program = shutil.which("desktop-file-validate")
    if program is None:
        if os.environ.get("CI"):
            pytest.fail("desktop-file-validate is not installed; CI must run this check")
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    autostart = XdgAutostart(tmp_path)
    autostart.enable(COMMAND)
    result = subprocess.run([program, str(autostart.path)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.parametrize("argv", [
    ["deskstretch"],
    ["/usr/bin/deskstretch", "--data-dir", "/tmp/x y"],
    ["/p/python", "100%", 'say "hi"', "back\\slash", "$HOME", "`tick`", "", "it's;&|<>*?#()~"],
])
def test_exec_quoting_round_trips(argv):
    assert parse_exec(desktop_exec(argv)) == argv


def test_exec_value_is_plain_when_nothing_needs_quoting():
    assert desktop_exec(["/usr/bin/deskstretch", "--config-dir", "/a/b"]) == (
        "/usr/bin/deskstretch --config-dir /a/b")


def test_xdg_disable_removes_the_file_and_is_harmless_twice(tmp_path):
    autostart = XdgAutostart(tmp_path)
    autostart.enable(["deskstretch"])
    autostart.disable()
    assert not autostart.path.exists() and not autostart.is_enabled()
    autostart.disable()


def test_xdg_a_file_the_desktop_disabled_is_not_enabled(tmp_path):
    autostart = XdgAutostart(tmp_path)
    autostart.enable(["deskstretch"])
    text = autostart.path.read_text(encoding="utf-8")
    autostart.path.write_text(text.replace("X-GNOME-Autostart-enabled=true",
                                           "X-GNOME-Autostart-enabled=false"), encoding="utf-8")
    assert not autostart.is_enabled()
    autostart.path.write_text(text + "Hidden=true\n", encoding="utf-8")
    assert not autostart.is_enabled()
    autostart.path.write_text("not a desktop file", encoding="utf-8")
    assert not autostart.is_enabled()


def test_command_must_be_a_list_of_arguments(tmp_path):
    autostart = XdgAutostart(tmp_path)
    with pytest.raises(TypeError):
        autostart.enable("deskstretch --config-dir x")
    with pytest.raises(ValueError):
        autostart.enable([])
    with pytest.raises(ValueError):
        autostart.enable(["deskstretch", "two\nlines"])
    assert not autostart.path.exists()


# -- Windows: the Run key, through a fake registry ------------------------------------------

class FakeRunKey:
    """A dict standing in for HKCU\\...\\CurrentVersion\\Run.

    It is a fake because Windows (and winreg) cannot run here; the real WinregRunKey is a
    thin wrapper over winreg.SetValueEx / QueryValueEx / DeleteValue.
    """

    def __init__(self):
        self.values = {}

    def get(self, name):
        return self.values.get(name)

    def set(self, name, value):
        self.values[name] = value

    def delete(self, name):
        self.values.pop(name, None)


def test_windows_enable_sets_the_run_value():
    registry = FakeRunKey()
    autostart = WindowsAutostart(registry)
    assert not autostart.is_enabled()

    autostart.enable([r"C:\Program Files\Python311\pythonw.exe", "-m", "deskstretch"])

    assert registry.values == {
        "DeskStretch": r'"C:\Program Files\Python311\pythonw.exe" -m deskstretch'}
    assert autostart.is_enabled()


def test_windows_disable_removes_only_its_value():
    registry = FakeRunKey()
    registry.values["OtherApp"] = r"C:\other.exe"
    autostart = WindowsAutostart(registry)
    autostart.enable(["deskstretch.exe"])
    autostart.disable()
    autostart.disable()
    assert registry.values == {"OtherApp": r"C:\other.exe"}
    assert not autostart.is_enabled()


# -- macOS: a LaunchAgent plist (written for real; only launchd cannot run here) ------------

def test_launch_agent_round_trips(tmp_path):
    autostart = LaunchAgentAutostart(tmp_path)
    assert not autostart.is_enabled()

    autostart.enable(["/Applications/DeskStretch.app/Contents/MacOS/DeskStretch", "--x"])

    path = tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    assert autostart.path == path and autostart.is_enabled()
    with path.open("rb") as f:
        agent = plistlib.load(f)
    assert agent["Label"] == APP_ID
    assert agent["ProgramArguments"] == [
        "/Applications/DeskStretch.app/Contents/MacOS/DeskStretch", "--x"]
    assert agent["RunAtLoad"] is True

    autostart.disable()
    assert not path.exists() and not autostart.is_enabled()
    autostart.disable()


def test_launch_agent_disabled_or_broken_is_not_enabled(tmp_path):
    autostart = LaunchAgentAutostart(tmp_path)
    autostart.enable(["deskstretch"])
    with autostart.path.open("rb") as f:
        agent = plistlib.load(f)
    autostart.path.write_bytes(plistlib.dumps({**agent, "Disabled": True}))
    assert not autostart.is_enabled()
    autostart.path.write_bytes(b"<plist>broken")
    assert not autostart.is_enabled()


# -- choosing one ---------------------------------------------------------------------------

@pytest.mark.parametrize("platform", ["linux", "freebsd14", "openbsd7"])
def test_linux_and_bsd_use_xdg_config_home(tmp_path, platform):
    autostart = for_platform(platform, {"HOME": str(tmp_path / "home"),
                                        "XDG_CONFIG_HOME": str(tmp_path / "cfg")})
    assert isinstance(autostart, XdgAutostart)
    assert autostart.path == tmp_path / "cfg" / "autostart" / f"{APP_ID}.desktop"


def test_xdg_config_home_defaults_to_dot_config(tmp_path):
    for env in ({"HOME": str(tmp_path)}, {"HOME": str(tmp_path), "XDG_CONFIG_HOME": "rel"}):
        autostart = for_platform("linux", env)
        assert autostart.path == tmp_path / ".config" / "autostart" / f"{APP_ID}.desktop"


def test_macos_uses_launch_agents_in_home(tmp_path):
    autostart = for_platform("darwin", {"HOME": str(tmp_path)})
    assert isinstance(autostart, LaunchAgentAutostart)
    assert autostart.path == tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist"


def test_windows_uses_the_run_key():
    registry = FakeRunKey()
    autostart = for_platform("win32", {}, run_key=registry)
    assert isinstance(autostart, WindowsAutostart) and autostart.run_key is registry


def test_launch_command_starts_this_python_with_the_package():
    command = launch_command()
    assert command[1:] == ["-m", "deskstretch"] and Path(command[0]).is_absolute()
