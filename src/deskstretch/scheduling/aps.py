"""APScheduler on the Qt event loop, with one persistent timer and jobs on the Qt thread.

The only module that imports APScheduler."""

from __future__ import annotations

import math
import sys
from collections.abc import Callable

from apscheduler.executors.base import BaseExecutor, run_job
from apscheduler.schedulers.base import BaseScheduler
from PySide6.QtCore import QTimer

# QTimer takes a signed 32-bit millisecond count; longer waits are re-armed on wakeup.
MAX_WAIT_MS = 2**31 - 1


class _AfterPassExecutor(BaseExecutor):
    """Runs each job on the Qt thread right after the scheduler's pass over its job stores.

    Running inline (as DebugExecutor does) would let a job that re-arms its own id be
    deleted again by the pass that is still finishing with it.
    """

    def __init__(self, queue: list[Callable[[], None]]) -> None:
        super().__init__()
        self._queue = queue

    def _do_submit_job(self, job, run_times) -> None:
        def call() -> None:
            try:
                events = run_job(job, job._jobstore_alias, run_times, self._logger.name)
            except BaseException:
                self._run_job_error(job.id, *sys.exc_info()[1:])
            else:
                self._run_job_success(job.id, events)

        self._queue.append(call)


class QtJobScheduler(BaseScheduler):
    """A replacement for APScheduler's QtScheduler.

    The stock QtScheduler keeps the return value of the static ``QTimer.singleShot``, which
    is None under PySide6, so it can never stop a pending wakeup: every reschedule leaves
    one more self-re-arming timer chain behind (and deleting that borrowed None can crash
    the interpreter at exit). This one owns a single QTimer that is
    restarted in place, and runs jobs on the Qt thread, where touching widgets is safe.
    """

    def __init__(self, **options) -> None:
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        # Counts passes over the job stores; tests use it to show wakeups stay flat.
        self.wakeups = 0
        self._due: list[Callable[[], None]] = []
        super().__init__(**options)

    def _create_default_executor(self) -> BaseExecutor:
        return _AfterPassExecutor(self._due)

    def shutdown(self, wait: bool = True) -> None:
        super().shutdown(wait)
        self._timer.stop()

    def wakeup(self) -> None:
        self._arm(0)

    def _arm(self, wait_seconds: float | None) -> None:
        if wait_seconds is None:
            self._timer.stop()
            return
        self._timer.start(min(math.ceil(wait_seconds * 1000), MAX_WAIT_MS))

    def _on_timeout(self) -> None:
        self.wakeups += 1
        self._arm(self._process_jobs())
        due, self._due[:] = list(self._due), []
        for call in due:
            call()
