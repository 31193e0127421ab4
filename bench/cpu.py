"""CPU time while idle (a break 30 minutes away) for DeskStretch, a bare PySide6 tray icon
and the peers, side by side on one virtual desktop; and DeskStretch's CPU while a stretch
countdown runs. Prints a table; asserts nothing."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.startup import (compile_sources, icons, label, programs, scratch_home,  # noqa: E402
                           stop, tree)
from bench.system_bus import SystemBus  # noqa: E402
from deskstretch.storage.paths import APP_NAME  # noqa: E402
from tests.desktop import VirtualDesktop  # noqa: E402

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of the process tree, in seconds."""
    total = 0
    for p in tree(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except (OSError, IndexError, ValueError):
            pass
    return total / TICKS


def visible_windows(desktop: VirtualDesktop) -> list[str]:
    return desktop.xdotool("search", "--onlyvisible", "--name", "DeskStretch$",
                           check=False).stdout.split()


def open_window(desktop: VirtualDesktop) -> float:
    """Seconds from `deskstretch stretch` to the stretch window mapped on screen."""
    trigger = time.perf_counter()
    subprocess.run([programs()["DeskStretch"][0], "stretch"], env=desktop.env,
                   check=True, capture_output=True)
    while not visible_windows(desktop):
        time.sleep(0.002)
    return time.perf_counter() - trigger


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--reopen", type=int, default=5,
                        help="times to close and reopen the window; the median is shown")
    parser.add_argument("--countdown", type=float, default=45,
                        help="seconds of the stretch countdown to measure")
    args = parser.parse_args()
    compile_sources()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        with VirtualDesktop(work) as desktop, SystemBus(work / "system-bus") as bus:
            scratch_home(desktop, work, bus)
            # The first-use safety note has been read: the countdown runs as soon as the
            # window opens, as at every break after the first.
            data = work / ".local" / "share" / APP_NAME
            data.mkdir(parents=True)
            (data / "window.json").write_text('{"safety_note_read": true}')
            procs = {}
            for name, argv in programs().items():
                if argv is None:
                    continue
                before = icons(desktop)
                procs[name] = subprocess.Popen(argv, env=desktop.env, stdout=subprocess.DEVNULL,
                                               stderr=subprocess.DEVNULL, start_new_session=True)
                deadline = time.monotonic() + 30
                while not icons(desktop) - before and time.monotonic() < deadline:
                    time.sleep(0.05)
            time.sleep(5)  # past start-up work
            start = {name: cpu_seconds(p.pid) for name, p in procs.items()}
            time.sleep(args.seconds)
            for name, p in procs.items():
                used = cpu_seconds(p.pid) - start[name]
                rows.append((name, used / args.seconds * 60))

            # The countdown: open the stretch window from the command line, as a script or a
            # keyboard shortcut would, and measure most of the 60-second routine.
            ds = procs["DeskStretch"]
            cold = open_window(desktop)
            before = cpu_seconds(ds.pid)
            time.sleep(args.countdown)
            counting = (cpu_seconds(ds.pid) - before) / args.countdown * 100
            # Closed with Escape, as a person would, then opened again: now the window's
            # code is loaded, as it is when a break was announced by its warning first.
            warm_runs = []
            for _ in range(args.reopen):
                [window] = visible_windows(desktop)
                # Focused first: Qt ignores keys sent to a window that lacks the focus.
                desktop.xdotool("windowfocus", "--sync", window)
                desktop.xdotool("key", "Escape")
                deadline = time.monotonic() + 10
                while visible_windows(desktop):
                    if time.monotonic() > deadline:
                        raise RuntimeError("the stretch window did not close on Escape")
                    time.sleep(0.01)
                time.sleep(0.5)
                warm_runs.append(open_window(desktop))
            warm = statistics.median(warm_runs)
            for p in procs.values():
                stop(p)

    base = dict(rows).get("bare PySide6 tray icon")
    print(f"\n{date.today()} · {os.cpu_count()} cores · idle for {args.seconds:g} s with the "
          "next break 30 minutes away\n")
    print("| program | CPU while idle, per minute | ratio |")
    print("|---|---:|---:|")
    resolution = 1 / TICKS / args.seconds * 60
    for name, per_min in rows:
        # The kernel counts CPU time in clock ticks; below one tick there is nothing to tell.
        shown = f"{per_min:.3f} s" if per_min else f"< {resolution:.3f} s"
        ratio = f"{per_min / base:.2f}×" if base and per_min else "–"
        print(f"| {label(name)} | {shown} | {ratio} |")
    print("\n| DeskStretch | figure |")
    print("|---|---:|")
    print(f"| `deskstretch stretch` → window on screen, first break since start | "
          f"{cold * 1000:.0f} ms |")
    print(f"| `deskstretch stretch` → window on screen, window code loaded "
          f"(median of {args.reopen}) | {warm * 1000:.0f} ms |")
    print(f"| CPU while a stretch countdown runs ({args.countdown:g} s, animation on) | "
          f"{counting:.1f} % of one core |")
    print("\nBoth window timings include the command's own Python start-up.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
