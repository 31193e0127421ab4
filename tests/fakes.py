"""Test doubles for time: a clock that moves only when told, and alarms fired by hand."""

from __future__ import annotations

import sys
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Signal


class FakeClock:
    scale = 1.0

    def __init__(self, start: datetime) -> None:
        self._now = start
        self._mono = 1000.0
        self._boot = 1000.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def boottime(self) -> float:
        return self._boot

    def real_time(self, moment: datetime) -> datetime:
        return moment

    def advance(self, **delta) -> None:
        step = timedelta(**delta)
        self._now += step
        self._mono += step.total_seconds()
        self._boot += step.total_seconds()

    def suspend(self, **delta) -> None:
        """The machine sleeps: wall and boot time pass, the monotonic clock stands still."""
        step = timedelta(**delta)
        self._now += step
        self._boot += step.total_seconds()

    def set_wall(self, **delta) -> None:
        """Someone sets the wall clock; no time passes."""
        self._now += timedelta(**delta)


class FakeAlarms:
    """Records alarms; ``run_until`` moves the clock from alarm to alarm and fires them,
    as a real scheduler would over that stretch of time."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.alarms: dict[str, tuple[datetime, object]] = {}

    def set(self, name, when, callback) -> None:
        self.alarms[name] = (when, callback)

    def cancel(self, name) -> None:
        self.alarms.pop(name, None)

    def run_until(self, end: datetime) -> None:
        while self.alarms:
            name, (when, callback) = min(self.alarms.items(), key=lambda kv: kv[1][0])
            if when > end:
                break
            del self.alarms[name]
            if when > self.clock.now():
                self.clock.advance(seconds=(when - self.clock.now()).total_seconds())
            callback()
        if end > self.clock.now():
            self.clock.advance(seconds=(end - self.clock.now()).total_seconds())


class RecordingNotifications(QObject):
    """Stands in for the desktop notification server in widget-level tests; the real one
    (dunst on a private bus) is exercised in tests/ui/test_notifications.py and tests/e2e."""

    action_invoked = Signal(str)

    def __init__(self, available: bool = True) -> None:
        super().__init__()
        self.available = available
        self.shown: list[tuple[str, str, list]] = []
        self.closed = 0

    def show(self, summary, body, actions=()) -> bool:
        if self.available:
            self.shown.append((summary, body, list(actions)))
        return self.available

    def close(self) -> None:
        self.closed += 1


class FakeIdle:
    """Stands in for the idle probes (tested for real in tests/platform/test_idle.py)."""

    def __init__(self):
        self.seconds = 0.0

    def idle_seconds(self):
        return self.seconds


class RecordingPlayer:
    """A sound player command that notes which file it was asked to play."""

    def __init__(self, tmp_path):
        self.log = tmp_path / "played.txt"
        self.command = tmp_path / "player"
        self.command.write_text(f"#!{sys.executable}\nimport sys\n"
                                f"open({str(self.log)!r}, 'a').write(sys.argv[-1] + '\\n')\n")
        self.command.chmod(0o755)

    def played(self):
        return self.log.read_text().splitlines() if self.log.exists() else []
