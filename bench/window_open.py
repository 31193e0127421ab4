"""How long the stretch window takes to appear: importing and building it on first use, and
show() → first paint of the figure, the first time and again. Runs on a private virtual
desktop (Xvfb); prints a table; asserts nothing.

    .venv/bin/python bench/window_open.py [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.startup import compile_sources  # noqa: E402
from tests.desktop import VirtualDesktop  # noqa: E402

# Runs in a fresh process on the virtual desktop, so every import is counted once.
CHILD = r"""
import json, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
t0 = time.perf_counter()
from deskstretch.core.library import STAND_UP
from deskstretch.core.session import StretchSession
from deskstretch.ui.stretch_window import StretchWindow
t1 = time.perf_counter()
window = StretchWindow()
window.configure({"reduce_motion": False, "sound_cue": False, "sound_volume": 60})
session = StretchSession(STAND_UP, 0.0)
window.follow(session.phases, lambda: session.snapshot(0.0))
window.show_snapshot(STAND_UP.name, session.snapshot(0.0))
t2 = time.perf_counter()


class FirstPaint(QObject):
    def __init__(self):
        super().__init__()
        self.at = None

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter()
        return False


def show_and_wait():
    spy = FirstPaint()
    window.figure.installEventFilter(spy)
    start = time.perf_counter()
    window.present(True)
    while spy.at is None:
        app.processEvents()
        if time.perf_counter() - start > 5:
            raise SystemExit("the window never painted")
    window.figure.removeEventFilter(spy)
    return spy.at - start


first = show_and_wait()
window.hide()
app.processEvents()
window.show_snapshot(STAND_UP.name, session.snapshot(6.0))
again = show_and_wait()
print(json.dumps({"import": t1 - t0, "build": t2 - t1, "first": first, "again": again}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    compile_sources()
    results = []
    with tempfile.TemporaryDirectory() as tmp, \
            VirtualDesktop(tmp, with_tray=False, with_notifications=False) as desktop:
        for _ in range(args.runs):
            out = subprocess.run([sys.executable, "-c", CHILD], env=desktop.env, check=True,
                                 capture_output=True, text=True, timeout=60)
            results.append(json.loads(out.stdout.strip().splitlines()[-1]))

    def ms(key: str) -> str:
        return f"{statistics.median(r[key] for r in results) * 1000:.0f} ms"

    print(f"\n{date.today()} · {os.cpu_count()} cores · median of {args.runs} runs on Xvfb\n")
    print("| step | time |")
    print("|---|---:|")
    print(f"| import the window's modules (first use) | {ms('import')} |")
    print(f"| build the window and its first snapshot | {ms('build')} |")
    print(f"| show() → first paint, first opening | {ms('first')} |")
    print(f"| show() → first paint, opened again | {ms('again')} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
