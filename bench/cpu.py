"""CPU time while idle (a break 30 minutes away) for DeskStretch, a bare PySide6 tray icon
and the peers, side by side on one virtual desktop; and DeskStretch's CPU while a stretch
countdown runs. Prints a table; asserts nothing."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.startup import icons, programs, stop, tree  # noqa: E402
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        with VirtualDesktop(work) as desktop:
            for var, sub in {"XDG_CONFIG_HOME": ".config", "XDG_DATA_HOME": ".local/share",
                             "XDG_STATE_HOME": ".local/state", "XDG_CACHE_HOME": ".cache"}.items():
                (work / sub).mkdir(parents=True)
                desktop.env[var] = str(work / sub)
            desktop.env["HOME"] = str(work)
            if Path("/usr/bin/safeeyes").exists() and not Path("/run/dbus/system_bus_socket").exists():
                Path("/run/dbus").mkdir(parents=True, exist_ok=True)
                subprocess.run(["dbus-daemon", "--system", "--fork"], check=False)
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
            trigger = time.perf_counter()
            subprocess.run([programs()["DeskStretch"][0], "stretch"], env=desktop.env,
                           check=True, capture_output=True)
            while not desktop.xdotool("search", "--onlyvisible", "--name", "DeskStretch$",
                                      check=False).stdout.split():
                time.sleep(0.002)
            to_window = time.perf_counter() - trigger
            before = cpu_seconds(ds.pid)
            time.sleep(45)
            counting = (cpu_seconds(ds.pid) - before) / 45 * 100
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
        print(f"| {name} | {shown} | {ratio} |")
    print(f"\nDeskStretch, `deskstretch stretch` → stretch window on screen: "
          f"{to_window * 1000:.0f} ms (the command's own start-up included)")
    print(f"DeskStretch while a stretch countdown runs: {counting:.1f} % of one core")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
