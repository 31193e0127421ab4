"""Starting DeskStretch at login: an XDG autostart file, a Windows Run value, a LaunchAgent,
or inside Flatpak the Background portal (platform/portal_autostart.py).

    autostart = for_platform()              # the one for this machine
    autostart.enable(launch_command())      # start at the next login
    autostart.is_enabled()                  # True
    autostart.disable()                     # not any more

Every implementation takes its folder (or, on Windows, its registry) as an argument, so
tests never touch the real home.
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from collections.abc import Mapping, Sequence
from configparser import ConfigParser, Error as ConfigParserError
from pathlib import Path
from typing import Protocol
from xml.parsers.expat import ExpatError

from deskstretch import APP_ID
from deskstretch.storage.files import write_atomically

APP_NAME = "DeskStretch"


class Autostart(Protocol):
    """Whether DeskStretch starts when the user logs in."""

    def enable(self, command: Sequence[str]) -> None:
        """Start ``command`` (a program and its arguments) at every login from now on."""

    def disable(self) -> None:
        """Stop starting at login; nothing happens if it was not enabled."""

    def is_enabled(self) -> bool:
        """Whether DeskStretch will start at the next login."""


def _argv(command: Sequence[str]) -> list[str]:
    if isinstance(command, str):
        raise TypeError("command must be a list of a program and its arguments, not a string")
    argv = [str(arg) for arg in command]
    if not argv or not argv[0]:
        raise ValueError("command must name a program to start")
    return argv


def launch_command() -> list[str]:
    """The command that starts this copy of DeskStretch, for enable()."""
    if getattr(sys, "frozen", False):  # a bundled app is its own executable
        return [sys.executable]
    if os.environ.get("FLATPAK_ID"):
        # The portal runs this inside the sandbox, where the manifest installs the command.
        return ["deskstretch"]
    python = Path(sys.executable)
    if sys.platform == "win32" and python.name.lower() == "python.exe":
        # pythonw.exe starts without opening a console window.
        windowless = python.with_name("pythonw.exe")
        if windowless.exists():
            python = windowless
    return [str(python), "-m", "deskstretch"]


# -- Linux and the BSDs: XDG autostart ------------------------------------------------------

# Characters that make an Exec argument need quotes (Desktop Entry specification, "The Exec key").
_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_EXEC_ESCAPED_IN_QUOTES = set('"`$\\')


def desktop_exec(argv: Sequence[str]) -> str:
    """The value of an Exec key that runs ``argv`` exactly, quoted as the spec asks."""
    parts = []
    for arg in _argv(argv):
        if any(c in arg for c in "\n\r\0"):
            raise ValueError(f"an Exec argument cannot contain a line break: {arg!r}")
        if arg and not _EXEC_RESERVED & set(arg):
            quoted = arg
        else:
            quoted = '"' + "".join("\\" + c if c in _EXEC_ESCAPED_IN_QUOTES else c
                                   for c in arg) + '"'
        # '%' starts a field code; and the key file's own escaping doubles every backslash.
        parts.append(quoted.replace("%", "%%").replace("\\", "\\\\"))
    return " ".join(parts)


class XdgAutostart:
    """``$XDG_CONFIG_HOME/autostart/<id>.desktop``, which desktops start at login."""

    def __init__(self, config_home: Path) -> None:
        self.path = Path(config_home) / "autostart" / f"{APP_ID}.desktop"

    def enable(self, command: Sequence[str]) -> None:
        text = (
            "[Desktop Entry]\n"
            "Type=Application\n"
            f"Name={APP_NAME}\n"
            "Comment=Reminds you to stand up and walks you through short stretches\n"
            f"Exec={desktop_exec(command)}\n"
            f"Icon={APP_ID}\n"
            "Terminal=false\n"
            "StartupNotify=false\n"
            "X-GNOME-Autostart-enabled=true\n"
        )
        write_atomically(self.path, text.encode("utf-8"))

    def disable(self) -> None:
        # Ours is the only copy (nothing is installed in /etc/xdg/autostart), so removing
        # it is enough; no Hidden=true entry is needed to mask a system-wide one.
        self.path.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        parser = ConfigParser(interpolation=None, strict=False)
        parser.optionxform = str  # type: ignore[assignment, method-assign]  # keys are case-sensitive
        try:
            with self.path.open(encoding="utf-8") as f:
                parser.read_file(f)
            entry = parser["Desktop Entry"]
        except (OSError, UnicodeDecodeError, ConfigParserError, KeyError):
            return False
        return (entry.get("Hidden", "false").strip() != "true"
                and entry.get("X-GNOME-Autostart-enabled", "true").strip() != "false"
                and bool(entry.get("Exec", "").strip()))


# -- Windows: HKCU\...\Run ------------------------------------------------------------------

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


class RunKey(Protocol):
    """String values under ``HKEY_CURRENT_USER\\<RUN_KEY>``: the seam tests replace."""

    def get(self, name: str) -> str | None:
        """The value named ``name``, or None if there is none."""

    def set(self, name: str, value: str) -> None:
        """Create or replace the string value ``name``."""

    def delete(self, name: str) -> None:
        """Remove the value ``name``; nothing happens if there is none."""


class WinregRunKey:
    """The real Run key, through winreg (Windows only)."""

    def get(self, name: str) -> str | None:
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                value, kind = winreg.QueryValueEx(key, name)
        except FileNotFoundError:
            return None
        return value if kind in (winreg.REG_SZ, winreg.REG_EXPAND_SZ) else None

    def set(self, name: str, value: str) -> None:
        import winreg

        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, RUN_KEY, 0,
                                winreg.KEY_SET_VALUE) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)

    def delete(self, name: str) -> None:
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0,
                                winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, name)
        except FileNotFoundError:
            pass


class WindowsAutostart:
    """The ``DeskStretch`` value under ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``."""

    VALUE_NAME = APP_NAME

    def __init__(self, run_key: RunKey | None = None) -> None:
        self.run_key = run_key if run_key is not None else WinregRunKey()

    def enable(self, command: Sequence[str]) -> None:
        self.run_key.set(self.VALUE_NAME, subprocess.list2cmdline(_argv(command)))

    def disable(self) -> None:
        self.run_key.delete(self.VALUE_NAME)

    def is_enabled(self) -> bool:
        return bool(self.run_key.get(self.VALUE_NAME))


# -- macOS: a LaunchAgent -------------------------------------------------------------------

class LaunchAgentAutostart:
    """``~/Library/LaunchAgents/<id>.plist``, which launchd loads at login."""

    def __init__(self, home: Path) -> None:
        self.path = Path(home) / "Library" / "LaunchAgents" / f"{APP_ID}.plist"

    def enable(self, command: Sequence[str]) -> None:
        agent = {
            "Label": APP_ID,
            "ProgramArguments": _argv(command),
            "RunAtLoad": True,
            # A tray app belongs to the graphical session, not to ssh logins.
            "LimitLoadToSessionType": "Aqua",
            "ProcessType": "Interactive",
        }
        write_atomically(self.path, plistlib.dumps(agent, fmt=plistlib.FMT_XML))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        try:
            with self.path.open("rb") as f:
                agent = plistlib.load(f)
        except (OSError, plistlib.InvalidFileException, ExpatError, ValueError):
            return False
        return (isinstance(agent, dict) and agent.get("RunAtLoad") is True
                and agent.get("Disabled") is not True and bool(agent.get("ProgramArguments")))


# -- choosing one ---------------------------------------------------------------------------

def for_platform(platform: str | None = None, env: Mapping[str, str] | None = None,
                 run_key: RunKey | None = None) -> Autostart:
    """The autostart mechanism of ``platform`` (default: this one), with folders from ``env``.

    ``env`` defaults to os.environ; HOME, XDG_CONFIG_HOME and FLATPAK_ID are read from it.
    """
    platform = sys.platform if platform is None else platform
    env = os.environ if env is None else env
    if platform == "win32":
        return WindowsAutostart(run_key)
    home = Path(env["HOME"]) if env.get("HOME") else Path.home()
    if platform == "darwin":
        return LaunchAgentAutostart(home)
    # Linux and the BSDs. A relative XDG_CONFIG_HOME is invalid and ignored, as the spec says.
    config_home = env.get("XDG_CONFIG_HOME", "")
    if not os.path.isabs(config_home):
        config_home = str(home / ".config")
    if env.get("FLATPAK_ID"):
        # The sandbox cannot write the host's autostart folder; the portal does it for us.
        # Inside Flatpak, XDG_CONFIG_HOME is the app's own folder under ~/.var/app.
        from deskstretch.platform.portal_autostart import PortalAutostart

        return PortalAutostart(Path(config_home) / "autostart" / f"{APP_ID}.portal.json",
                               env.get("DBUS_SESSION_BUS_ADDRESS") or "SESSION")
    return XdgAutostart(Path(config_home))
