"""A long run of the real app on its real event loop: many break reminders with time running
1200 times faster (the test-only time scale), each taken, skipped or snoozed. Samples the
process as it goes: RSS, live Qt timers, scheduler jobs, threads and open files should stay
flat. Runs on a private virtual desktop; prints a table; asserts nothing.

    .venv/bin/python bench/soak.py [--cycles 1000] [--scale 1200]

(tests/test_soak.py runs 10,000 cycles with a fake clock and asserts; this is the same
with real timers, a real scheduler, real windows and a real notification server.)
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.startup import compile_sources  # noqa: E402
from tests.desktop import VirtualDesktop  # noqa: E402

# Runs inside the app's process: the app is built by its own main(); a timer on the same
# loop plays the user.
CHILD = r"""
import gc, json, os, random, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

cycles, sample_every, config_dir, data_dir = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
app = QApplication(sys.argv[:1])  # main() takes this one over
rng = random.Random(7)
done = {"take": 0, "skip": 0, "snooze": 0}
samples = []
state = {"controller": None, "acted": 0, "t0": time.monotonic()}


def controller():
    if state["controller"] is None:
        from deskstretch.controller import Controller
        found = [o for o in gc.get_objects() if isinstance(o, Controller)]
        state["controller"] = found[0] if found else None
    return state["controller"]


def sample():
    c = controller()
    status = Path("/proc/self/status").read_text()
    value = lambda key: int(next(l for l in status.splitlines() if l.startswith(key)).split()[1])
    gc.collect()
    samples.append({
        "cycle": state["acted"],
        "seconds": time.monotonic() - state["t0"],
        "rss_kib": value("VmRSS:"),
        "timers": sum(1 for o in gc.get_objects() if isinstance(o, QTimer)),
        "jobs": len(c.alarms.pending()),
        "wakeups": c.alarms.scheduler.wakeups if c.alarms.scheduler else 0,
        "threads": value("Threads:"),
        "fds": len(os.listdir("/proc/self/fd")),
        # Counted in the database: reading every record here would itself grow the heap.
        "events": c.history._conn.execute("SELECT count(*) FROM events").fetchone()[0],
    })


def tick():
    from deskstretch.core.breaks import State

    c = controller()
    if c is None or c.alarms.scheduler is None:
        return  # not built yet, or the scheduler starts a second after the icon
    if c.session is not None:
        return  # a break is running; it ends by itself
    if c.window is not None and c.window.isVisible():
        c.close_window()  # "Break done": closed, as a person would
        return
    if c.state is not State.DUE:
        return
    action = rng.choice(("take", "take", "skip", "snooze"))
    done[action] += 1
    if action == "take":
        c.start_break(take_focus=False)
    elif action == "skip":
        c.skip()
    else:
        c.snooze()
    state["acted"] += 1
    if state["acted"] == 1 or state["acted"] % sample_every == 0:
        sample()
    if state["acted"] >= cycles:
        print(json.dumps({"samples": samples, "done": done}), flush=True)
        app.quit()


driver = QTimer()
driver.timeout.connect(tick)
driver.start(10)
from deskstretch.cli import main
main(["--config-dir", config_dir, "--data-dir", data_dir])
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=1000)
    parser.add_argument("--scale", type=float, default=1200)
    args = parser.parse_args()
    compile_sources()
    every = max(1, args.cycles // 6)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        config, data = work / "config", work / "data"
        config.mkdir()
        data.mkdir()
        # Five-minute intervals: a reminder every quarter second of real time.
        config.joinpath("config.toml").write_text("interval_minutes = 5\n")
        data.joinpath("window.json").write_text('{"safety_note_read": true}')
        with VirtualDesktop(work / "desktop") as desktop:
            env = dict(desktop.env, DESKSTRETCH_TIME_SCALE=f"{args.scale:g}")
            proc = subprocess.Popen(
                [sys.executable, "-c", CHILD, str(args.cycles), str(every), str(config), str(data)],
                env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
            started = time.monotonic()
            while proc.poll() is None:
                # Idle time is real time; a moving mouse keeps the reminders coming from
                # the schedule rather than from time away.
                desktop.xdotool("mousemove", str(100 + int(time.monotonic()) % 50), "100",
                                check=False)
                time.sleep(2)
            out = proc.stdout.read()
            wall = time.monotonic() - started
    if proc.returncode != 0 or not out.strip():
        print(f"the app ended with exit code {proc.returncode} before the soak finished")
        return 1
    result = json.loads(out.strip().splitlines()[-1])
    samples, done = result["samples"], result["done"]
    hours = args.cycles * 5 / 60
    print(f"\n{date.today()} · {os.cpu_count()} cores · {args.cycles} reminders "
          f"({done['take']} taken, {done['skip']} skipped, {done['snooze']} snoozed) · "
          f"time ×{args.scale:g}: about {hours:.0f} hours of app time in {wall:.0f} s\n")
    print("| after reminder | RSS | live QTimers | scheduler jobs | threads | open files | "
          "history events |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for s in samples:
        print(f"| {s['cycle']} | {s['rss_kib'] / 1024:.1f} MiB | {s['timers']} | {s['jobs']} | "
              f"{s['threads']} | {s['fds']} | {s['events']} |")
    first, second, last = samples[0], samples[min(1, len(samples) - 1)], samples[-1]
    print(f"\nRSS from reminder {second['cycle']} to {last['cycle']}: "
          f"{(last['rss_kib'] - second['rss_kib']) / 1024:+.1f} MiB "
          f"(from the first: {(last['rss_kib'] - first['rss_kib']) / 1024:+.1f} MiB, which "
          "includes loading the stretch window and the history on first use)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
