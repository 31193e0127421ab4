"""Every benchmark in one run, with the peers side by side where they have an equivalent:
start-up and memory, CPU while idle, the stretch window, a countdown, statistics over five
years of history and a soak with the real event loop. Prints tables; asserts nothing.

    make bench                       # everything, about 15 minutes
    .venv/bin/python bench/run.py --quick   # fewer repetitions and shorter spells, ~3 minutes
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name, script, arguments for a full run, arguments for --quick
BENCHMARKS = [
    ("Start-up and memory", "startup.py", ["--runs", "7"], ["--runs", "3"]),
    ("Where DeskStretch's start-up time and memory go", "breakdown.py", ["--runs", "7"],
     ["--runs", "3"]),
    ("CPU while idle, the stretch window and a countdown", "cpu.py",
     ["--seconds", "60", "--countdown", "45"], ["--seconds", "20", "--countdown", "15"]),
    ("The stretch window, step by step", "window_open.py", ["--runs", "7"], ["--runs", "3"]),
    ("A whole routine's CPU", "countdown.py", [], None),
    ("Statistics over years of history", "history_window.py", ["--runs", "7", "--years", "5"],
     ["--runs", "3", "--years", "5"]),
    ("Soak with the real event loop", "soak.py", ["--cycles", "1000"], ["--cycles", "100"]),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help="fewer repetitions and shorter spells: a check, not figures to quote")
    parser.add_argument("--only", action="append", default=[],
                        help="run only the benchmark in this script (e.g. startup.py); repeatable")
    args = parser.parse_args()
    missing = [p for p in ("Xvfb", "trayer", "dunst", "dbus-daemon", "xdotool")
               if shutil.which(p) is None]
    if missing:
        print(f"Missing: {', '.join(missing)}. Install them with: scripts/system-packages bench",
              file=sys.stderr)
        return 1
    peers = [name for name, cmd in (("Workrave", "workrave"), ("Safe Eyes", "safeeyes"))
             if shutil.which(cmd) is None]
    print(f"# DeskStretch benchmarks, {date.today()}")
    print(f"\n{platform.platform()} · Python {platform.python_version()} · "
          f"{os.cpu_count()} cores{' · quick run' if args.quick else ''}")
    if peers:
        print(f"\nNot installed, so not compared: {', '.join(peers)} "
              "(scripts/system-packages bench installs them).")
    failed = []
    for title, script, full, quick in BENCHMARKS:
        if args.only and script not in args.only:
            continue
        if args.quick and quick is None:
            continue
        print(f"\n## {title}\n", flush=True)
        start = time.monotonic()
        proc = subprocess.run([sys.executable, str(HERE / script), *(quick if args.quick else full)])
        if proc.returncode:
            failed.append(script)
            print(f"\n{script} failed (exit {proc.returncode})")
        print(f"\n({script}: {time.monotonic() - start:.0f} s)", flush=True)
    if failed:
        print(f"\nFailed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
