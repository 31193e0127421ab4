"""Where DeskStretch's start-up time and memory go: one process on a private virtual desktop
loads the app's parts in the order the app does and reads its RSS after each. Prints a
table; asserts nothing.

    .venv/bin/python bench/breakdown.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.startup import compile_sources  # noqa: E402
from tests.desktop import VirtualDesktop  # noqa: E402

CHILD = r"""
import json, sys, time
from pathlib import Path

steps = []
t = time.perf_counter()


def rss():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])


def step(name):
    global t
    now = time.perf_counter()
    steps.append((name, now - t, rss()))
    t = time.perf_counter()


step("Python itself")
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
app = QApplication(sys.argv[:1])
step("PySide6 and a QApplication")
pixmap = QPixmap(32, 32)
pixmap.fill(QColor("#2A7F8F"))
tray = QSystemTrayIcon(QIcon(pixmap))
tray.show()
app.processEvents()
step("a tray icon (where the bare program ends)")
import deskstretch.controller, deskstretch.ui.notifications, deskstretch.command_server
import deskstretch.scheduling.alarms, deskstretch.core.clock, deskstretch.ui.i18n
step("DeskStretch's code for the icon and its menu")
from deskstretch.scheduling.alarms import Alarms
from deskstretch.core.clock import SystemClock
alarms = Alarms(SystemClock())
alarms.start()
step("APScheduler, started (1 s after the icon)")
from deskstretch.platform import idle, sleep
probe = idle.detect()
step("idle time and sleep probes (jeepney, ctypes)")
from PySide6.QtCore import Qt
step("PySide6's Qt namespace: all its enums, built on first use (by the windows)")
import deskstretch.ui.stretch_window
step("the stretch window's code (when a break is announced)")
import deskstretch.storage.history
step("the break history's code (first break or statistics)")
print(json.dumps(steps))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    compile_sources()
    runs = []
    with tempfile.TemporaryDirectory() as tmp, VirtualDesktop(Path(tmp)) as desktop:
        for _ in range(args.runs):
            out = subprocess.run([sys.executable, "-c", CHILD], env=desktop.env, check=True,
                                 capture_output=True, text=True).stdout
            runs.append(json.loads(out.splitlines()[-1]))
    print(f"\n{os.cpu_count()} cores · median of {args.runs} runs on Xvfb · RSS of one process\n")
    print("| part | time | RSS added | RSS after |")
    print("|---|---:|---:|---:|")
    previous = 0.0
    for i, (name, _, _) in enumerate(runs[0]):
        seconds = statistics.median(r[i][1] for r in runs)
        after = statistics.median(r[i][2] for r in runs) / 1024
        # The interpreter's own start-up happens before the first reading can be taken.
        shown = f"{seconds * 1000:.0f} ms" if i else "–"
        print(f"| {name} | {shown} | {after - previous:+.1f} MiB | {after:.1f} MiB |")
        previous = after
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
