"""Named one-shot alarms at times on the app's clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from deskstretch.core.clock import Clock


class Alarms:
    """Named one-shot alarms at times on the app's clock, run on the Qt thread.

    APScheduler is imported by start(), which the app calls once its event loop runs: no
    alarm is due in the first moments, and the tray icon appears sooner without the wait.
    Alarms set before then are kept and handed over.

    The app's clock may run faster than real time (the end-to-end tests' time scale), so
    each time is translated to the real moment APScheduler waits for.
    """

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self.scheduler = None
        self._early: dict[str, tuple[datetime, Callable[[], None]]] = {}

    def start(self) -> None:
        from apscheduler.triggers.date import DateTrigger

        from deskstretch.scheduling.aps import QtJobScheduler

        self._trigger = DateTrigger
        self.scheduler = QtJobScheduler(
            # Always run a late job (after sleep, for instance) once: the break rules
            # decide what a late wakeup means, not the scheduler.
            job_defaults={"misfire_grace_time": None, "coalesce": True, "max_instances": 1},
        )
        self.scheduler.start()
        early, self._early = self._early, {}
        for name, (when, callback) in early.items():
            self.set(name, when, callback)

    def set(self, name: str, when: datetime, callback: Callable[[], None]) -> None:
        """Call ``callback`` at ``when``, replacing any alarm of the same name."""
        if self.scheduler is None:
            self._early[name] = (when, callback)
            return
        # A trigger object rather than the "date" alias: resolving an alias scans the
        # entry points of every installed package.
        self.scheduler.add_job(callback, self._trigger(self._clock.real_time(when)), id=name,
                               replace_existing=True)

    def cancel(self, name: str) -> None:
        if self.scheduler is None:
            self._early.pop(name, None)
        elif self.scheduler.get_job(name) is not None:
            self.scheduler.remove_job(name)

    def pending(self) -> list[str]:
        if self.scheduler is None:
            return list(self._early)
        return [job.id for job in self.scheduler.get_jobs()]

    def close(self) -> None:
        if self.scheduler is not None:
            self.scheduler.shutdown(wait=False)
