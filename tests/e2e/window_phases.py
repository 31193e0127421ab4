"""Show the stretch window on a real X server in every phase and save what the screen shows.

    python tests/e2e/window_phases.py OUT_DIR SUFFIX [--dark]

Run by tests/e2e/test_window_screens.py with QT_SCALE_FACTOR set for the 200 % pictures.
Prints one line per picture: its name, then the window's size in device pixels.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from deskstretch.core.library import ROUTINES, STAND_UP
from deskstretch.core.routines import PhaseKind
from deskstretch.core.session import StretchSession
from deskstretch.ui import theme
from deskstretch.ui.stretch_window import StretchWindow

T0 = 1000.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("suffix")
    parser.add_argument("--dark", action="store_true")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    window = StretchWindow()
    if args.dark:
        window.apply_palette(theme.DARK)
    window.configure({"reduce_motion": False, "sound_cue": False, "sound_volume": 0})
    window.show()
    if not QTest.qWaitForWindowExposed(window, 5000):
        print("the window was never shown", file=sys.stderr)
        return 1
    screen = window.screen()

    def save(name: str) -> None:
        for _ in range(5):
            app.processEvents()
        QTest.qWait(50)  # the X server composes the frame
        picture = screen.grabWindow(window.winId())
        picture.save(str(args.out / f"stretch-{name}-{args.suffix}.png"))
        print(name, picture.width(), picture.height(), flush=True)

    def at(routine, kind: PhaseKind, offset: float, paused: bool = False, **match) -> None:
        session = StretchSession(routine, T0)
        phase = next(p for p in session.phases if p.kind is kind
                     and all(getattr(p, k) == v for k, v in match.items()))
        now = T0 + phase.start + offset
        if paused:
            session.pause(now)
        window.follow(session.phases, lambda: session.snapshot(now))
        window.show_snapshot(routine.name, session.snapshot(now))

    long = ROUTINES["long-break"]
    at(STAND_UP, PhaseKind.READY, 1.1)  # moving into the reach
    save("get-ready")
    at(STAND_UP, PhaseKind.HOLD, 2.2)
    save("hold")
    at(STAND_UP, PhaseKind.REST, 0.6)
    save("rest")
    at(long, PhaseKind.SWITCH, 0.3, step=2)  # the twist, on its way back before the flip
    save("switch-sides")
    at(long, PhaseKind.HOLD, 4.0, step=2, side="left")
    save("left-side")
    at(STAND_UP, PhaseKind.HOLD, 3.4, paused=True, rep=2)
    save("paused")
    window.show_finished("Nice work.", "Next break at 11:30, in 30 min.")
    save("finish")
    window.show_safety_note()
    save("safety-note")
    window.hide()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
