"""Five years of break history (about 200,000 events) in a scratch data folder: how long
"Statistics…" takes from the click to the window's first paint, and how long the numbers
behind it take. Runs on Qt's offscreen platform (no display needed). Prints a table;
asserts nothing."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from deskstretch.controller import Controller  # noqa: E402
from deskstretch.core import history as core  # noqa: E402
from deskstretch.storage.history import FILE_NAME, History  # noqa: E402
from deskstretch.storage.paths import Paths  # noqa: E402
from tests.fakes import FakeAlarms, FakeClock, RecordingNotifications  # noqa: E402
from tests.sample_history import simulate  # noqa: E402

GOAL = 8


class PaintWatch(QObject):
    """Notes when a widget is first painted."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.painted = False
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def generate(data: Path, years: int) -> tuple[int, object]:
    """A busy desk worker's history: 12-minute interval, most weekdays and more than half the
    weekends, comfort ratings in the last months. Written 500 records per transaction."""
    first = date(2021, 11, 23)
    recs = list(simulate(first, 365 * years, seed=11, weekends=0.6, interval_minutes=12,
                         comfort_from=first + timedelta(days=365 * years - 120)))
    store = History.open(data / FILE_NAME, FakeClock(recs[-1].at))
    for i in range(0, len(recs), 500):
        store.add(recs[i:i + 500])
    store.close()
    return len(recs), recs[-1].at + timedelta(minutes=5)


def first_paint(controller: Controller, app: QApplication) -> float:
    """From "Statistics…" to the bars painted, with the window built anew."""
    if controller.statistics is not None:
        controller.statistics.close()
        controller.statistics.deleteLater()
        controller.statistics = None
        app.processEvents()
    start = time.perf_counter()
    controller.open_statistics()
    watch = PaintWatch(controller.statistics.chart)
    while not watch.painted:
        app.processEvents()
    return time.perf_counter() - start


def median(values) -> float:
    # Not statistics.median: this file's own name hides that module.
    values = sorted(values)
    mid = len(values) // 2
    return values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2


def timed(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return median(times)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 0.1 else f"{seconds * 1000:.0f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--years", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])

    with tempfile.TemporaryDirectory() as tmp:
        paths = Paths(Path(tmp) / "config", Path(tmp) / "data")
        print(f"Writing {args.years} years of history …", file=sys.stderr)
        start = time.perf_counter()
        events, now = generate(paths.data_dir, args.years)
        written = time.perf_counter() - start
        size = (paths.data_dir / FILE_NAME).stat().st_size

        clock = FakeClock(now)
        controller = Controller(clock, FakeAlarms(clock), paths, RecordingNotifications())
        store = controller.history
        cold = first_paint(controller, app)  # the first in the process imports the window
        warm = median(first_paint(controller, app) for _ in range(args.runs))

        rows = [
            ("“Statistics…” → first paint, first time (imports the window)", ms(cold), 1),
            ("“Statistics…” → first paint, window built anew", ms(warm), args.runs),
            ("numbers behind the window (store.statistics)",
             ms(timed(lambda: store.statistics(now, GOAL), args.runs * 3)), args.runs * 3),
            ("finish screen line (store.progress)",
             ms(timed(lambda: store.progress(now, GOAL), args.runs * 3)), args.runs * 3),
            ("opening the history on first use (History.open)",
             ms(timed(lambda: History.open(paths.data_dir / FILE_NAME, clock).close(), args.runs)),
             args.runs),
        ]
        everything = store.records()
        rows += [
            ("for comparison: reading every event (store.records)",
             ms(timed(store.records, 3)), 3),
            ("for comparison: core statistics over every event in memory (one pass)",
             ms(timed(lambda: core.summarise(everything, now, GOAL), 3)), 3),
            ("exporting every event as CSV",
             ms(timed(lambda: store.export_csv(Path(tmp) / "export.csv"), 3)), 3),
        ]
        controller.statistics.close()
        store.close()

    print(f"\n{date.today()} · {os.cpu_count()} cores · Qt platform "
          f"{app.platformName()} · {events:,} events over {args.years} years · "
          f"{size / 2**20:.0f} MiB database, written in {written:.1f} s\n")
    print("| step | median | runs |")
    print("|---|---:|---:|")
    for name, value, runs in rows:
        print(f"| {name} | {value} | {runs} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
