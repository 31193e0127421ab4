"""CPU used by DeskStretch while a real stretch routine runs in the window, with the figure's
animation on and with reduce motion, on a private virtual desktop. Prints a table; asserts nothing.

    .venv/bin/python bench/countdown.py [--routine stand-up]
"""

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

from bench.cpu import TICKS, cpu_seconds  # noqa: E402
from bench.startup import compile_sources, icons, programs, stop  # noqa: E402
from tests.desktop import VirtualDesktop  # noqa: E402


def titles(desktop: VirtualDesktop) -> list[str]:
    out = desktop.xdotool("search", "--onlyvisible", "--name", "DeskStretch$", check=False)
    names = []
    for window in out.stdout.split():
        name = desktop.xdotool("getwindowname", window, check=False).stdout.strip()
        names.append(name)
    return names


def run_routine(desktop: VirtualDesktop, work: Path, routine: str, reduce_motion: bool) -> dict:
    """Start the app, open the routine from the command line and measure until it is done."""
    home = work / ("reduced" if reduce_motion else "animated")
    (home / "config").mkdir(parents=True)
    (home / "data").mkdir(parents=True)
    (home / "config" / "config.toml").write_text(
        f"reduce_motion = {'true' if reduce_motion else 'false'}\n")
    (home / "data" / "window.json").write_text('{"safety_note_read": true}')
    command = programs()["DeskStretch"][0]
    argv = [command, "--config-dir", str(home / "config"), "--data-dir", str(home / "data")]
    before = icons(desktop)
    app = subprocess.Popen(argv, env=desktop.env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 30
        while not icons(desktop) - before and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(3)  # past start-up work and the background start
        subprocess.run([command, "stretch", routine], env=desktop.env, check=True,
                       capture_output=True)
        start_cpu, start = cpu_seconds(app.pid), time.monotonic()
        # Poll the title about once a second: the bench must not be the one that wakes the app.
        while not any(t.startswith("Break done") for t in titles(desktop)):
            if time.monotonic() - start > 600:
                raise RuntimeError("the routine did not finish within 10 minutes")
            time.sleep(1.0)
        used, wall = cpu_seconds(app.pid) - start_cpu, time.monotonic() - start
    finally:
        stop(app)
    return {"wall": wall, "cpu": used}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--routine", default="stand-up")
    args = parser.parse_args()
    compile_sources()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        with VirtualDesktop(work) as desktop:
            for reduce_motion in (False, True):
                result = run_routine(desktop, work, args.routine, reduce_motion)
                rows.append(("reduce motion" if reduce_motion else "animated figure", result))

    print(f"\n{date.today()} · {os.cpu_count()} cores · the {args.routine} routine, "
          "opened with `deskstretch stretch`\n")
    print("| stretch window | routine | CPU time | share of one core |")
    print("|---|---:|---:|---:|")
    for name, r in rows:
        print(f"| {name} | {r['wall']:.0f} s | {r['cpu']:.2f} s | {r['cpu'] / r['wall'] * 100:.1f} % |")
    print(f"\nThe kernel counts CPU time in 1/{TICKS} s ticks.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
