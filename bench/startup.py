"""Exec → icon embedded in the tray, and memory once settled: DeskStretch against a bare
PySide6 tray icon and the peers, on a private virtual desktop. Prints a table; asserts nothing."""

from __future__ import annotations

import argparse
import os
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.system_bus import SystemBus  # noqa: E402
from tests.desktop import VirtualDesktop  # noqa: E402

VENV_BIN = Path(sys.executable).parent


def programs() -> dict[str, list[str] | None]:
    """Name → command line; None when the program is not installed here."""
    return {
        "bare PySide6 tray icon": [sys.executable, str(ROOT / "bench" / "bare_tray.py")],
        "DeskStretch": [str(VENV_BIN / "deskstretch")],
        "Workrave": ["workrave"] if shutil.which("workrave") else None,
        "Safe Eyes": ["safeeyes"] if shutil.which("safeeyes") else None,
    }


def compile_sources() -> None:
    """Byte-compile DeskStretch as an installed wheel is. A source checkout run with
    PYTHONDONTWRITEBYTECODE (or from a read-only folder) would otherwise compile every module
    at every start, which no installed copy does."""
    import compileall

    compileall.compile_dir(ROOT / "src" / "deskstretch", quiet=1)


def version(package: str) -> str:
    """The installed Debian package's upstream version, or "" when unknown."""
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package],
                             capture_output=True, text=True).stdout
    except OSError:
        return ""
    return out.split(":")[-1].split("-")[0]


def label(name: str) -> str:
    """The program's name as the tables show it: peers with their version."""
    package = {"Workrave": "workrave", "Safe Eyes": "safeeyes"}.get(name)
    return f"{name} {version(package)}".strip() if package else name


def scratch_home(desktop: VirtualDesktop, work: Path, system_bus: SystemBus) -> None:
    """Every program finds its folders the usual way, in a scratch home with the standard
    layout (Safe Eyes 2.1.5 mixes $HOME/.config and $XDG_CONFIG_HOME), and the private
    system bus."""
    dirs = {"XDG_CONFIG_HOME": ".config", "XDG_DATA_HOME": ".local/share",
            "XDG_STATE_HOME": ".local/state", "XDG_CACHE_HOME": ".cache"}
    for var, sub in dirs.items():
        (work / sub).mkdir(parents=True, exist_ok=True)
        desktop.env[var] = str(work / sub)
    desktop.env["HOME"] = str(work)
    desktop.env["DBUS_SYSTEM_BUS_ADDRESS"] = system_bus.address


def tree(pid: int) -> list[int]:
    """pid and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo += children.get(p, [])
    return out


def memory_kib(pid: int) -> tuple[int, int]:
    """(RSS, PSS) in KiB, summed over the process tree."""
    rss = pss = 0
    for p in tree(pid):
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Rss:"):
                    rss += int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1])
        except OSError:
            pass
    return rss, pss


def icons(desktop: VirtualDesktop) -> set[int]:
    """The embedded icons; asked again when one vanishes while the tree is being read."""
    for _ in range(5):
        try:
            return set(desktop.tray_icons())
        except AssertionError:
            continue
    return set(desktop.tray_icons())


class PanelEvents:
    """Tells when the tray panel's windows change, from one `xev` listening to it, so that
    waiting for an icon costs nothing while the program starts. Asking `xwininfo` over and
    over instead would start a process every few milliseconds on the same two cores as the
    program being timed, and slow it down by a varying amount."""

    def __init__(self, desktop: VirtualDesktop) -> None:
        self._xev = subprocess.Popen(["xev", "-id", str(desktop.panel), "-event", "substructure"],
                                     env=desktop.env, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL)
        os.set_blocking(self._xev.stdout.fileno(), False)

    def wait(self, timeout: float) -> bool:
        """Whether the panel changed within `timeout` seconds (or since last asked)."""
        ready, _, _ = select.select([self._xev.stdout], [], [], max(timeout, 0.0))
        if ready:
            self._xev.stdout.read()  # every event so far: one look at the tree covers them
        return bool(ready)

    def close(self) -> None:
        self._xev.kill()
        self._xev.wait()


def measure(desktop: VirtualDesktop, events: PanelEvents, argv: list[str],
            settle: float) -> tuple[float, int, int]:
    events.wait(0)
    before = icons(desktop)
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=desktop.env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = start + 30
        while True:
            # Timed when the panel changed, before the look at it; the icon is in place by
            # then. The timeout only notices a program that died or never shows an icon.
            changed = events.wait(0.5)
            seen = time.perf_counter()
            if changed and icons(desktop) - before:
                break
            if proc.poll() is not None or seen > deadline:
                raise RuntimeError(f"{argv[0]} showed no tray icon")
        to_icon = seen - start
        time.sleep(settle)
        rss, pss = memory_kib(proc.pid)
        return to_icon, rss, pss
    finally:
        stop(proc)


def stop(proc: subprocess.Popen) -> None:
    """End the program and everything it started."""
    try:
        os.killpg(proc.pid, 15)
        proc.wait(10)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)
    proc.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--settle", type=float, default=3.0,
                        help="seconds to wait after the icon appears before reading memory")
    args = parser.parse_args()
    if shutil.which("Xvfb") is None or shutil.which("trayer") is None:
        print("needs Xvfb, trayer and dunst (see .ci/run for the Debian packages)")
        return 1
    compile_sources()
    results: dict[str, list[tuple[float, int, int]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        with VirtualDesktop(work) as desktop, SystemBus(work / "system-bus") as bus:
            cmds = programs()
            scratch_home(desktop, work, bus)
            events = PanelEvents(desktop)
            try:
                for run in range(args.runs):
                    for name, argv in cmds.items():
                        if argv is None:
                            continue
                        try:
                            results.setdefault(name, []).append(
                                measure(desktop, events, argv, args.settle))
                        except RuntimeError as e:
                            print(f"  {name}: {e}", file=sys.stderr)
            finally:
                events.close()

    base = results.get("bare PySide6 tray icon")
    print(f"\n{date.today()} · {os.cpu_count()} cores · median of {args.runs} runs · "
          f"memory {args.settle:g} s after the icon appeared, whole process tree\n")
    print("| program | exec → tray icon | ratio | RSS | ratio | PSS | ratio |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, argv in programs().items():
        rows = results.get(name)
        if not rows:
            print(f"| {name} | not installed | | | | | |" if argv is None else
                  f"| {label(name)} | did not start | | | | | |")
            continue
        t, rss, pss = (statistics.median(col) for col in zip(*rows))
        bt, brss, bpss = (statistics.median(col) for col in zip(*base)) if base else (t, rss, pss)
        print(f"| {label(name)} | {t * 1000:.0f} ms | {t / bt:.2f}× | {rss / 1024:.0f} MiB | "
              f"{rss / brss:.2f}× | {pss / 1024:.0f} MiB | {pss / bpss:.2f}× |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
