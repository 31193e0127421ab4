from datetime import datetime, timedelta

from PySide6.QtCore import QThread

from deskstretch.core.clock import ScaledClock, SystemClock
from deskstretch.scheduling.alarms import Alarms


def started(clock):
    alarms = Alarms(clock)
    alarms.start()
    return alarms


def soon(ms):
    return datetime.now().astimezone() + timedelta(milliseconds=ms)


def test_alarm_runs_once_on_the_qt_thread(qtbot):
    alarms = started(SystemClock())
    ran = []
    alarms.set("break", soon(30), lambda: ran.append(QThread.currentThread()))
    qtbot.waitUntil(lambda: len(ran) == 1)
    assert ran[0] is QThread.currentThread()  # the main (Qt) thread
    assert alarms.pending() == []
    alarms.close()


def test_ten_thousand_reschedules_leave_one_job_and_one_wakeup(qtbot):
    alarms = started(SystemClock())
    scheduler = alarms.scheduler
    ran = []
    for i in range(10_000):
        alarms.set("break", soon(200), lambda: ran.append(1))
    assert alarms.pending() == ["break"]
    qtbot.waitUntil(lambda: ran == [1])
    # One pass to pick up the change, one when the job is due: no leftover timer chains.
    assert scheduler.wakeups <= 3
    assert scheduler._timer.isActive() is False
    alarms.close()


def test_a_job_that_rearms_itself_keeps_its_new_alarm(qtbot):
    alarms = started(SystemClock())
    ran = []

    def again():
        ran.append(1)
        if len(ran) < 3:
            alarms.set("break", soon(10), again)

    alarms.set("break", soon(10), again)
    qtbot.waitUntil(lambda: len(ran) == 3)
    alarms.close()


def test_very_long_waits_are_capped_to_what_qtimer_takes(qtbot):
    alarms = started(SystemClock())
    alarms.set("far", soon(1000 * 86400 * 60), lambda: None)  # 60 days away
    qtbot.waitUntil(lambda: alarms.scheduler.wakeups >= 1)
    assert alarms.scheduler._timer.remainingTime() <= 2**31 - 1
    assert alarms.scheduler._timer.isActive()
    alarms.close()


def test_scaled_clock_alarm_arrives_in_scaled_time(qtbot):
    clock = ScaledClock(600)  # ten minutes per real second
    alarms = started(clock)
    ran = []
    due = clock.now() + timedelta(minutes=1)
    alarms.set("break", due, lambda: ran.append(clock.now()))
    qtbot.waitUntil(lambda: bool(ran), timeout=2000)  # a minute of clock time, 0.1 s real
    assert ran[0] >= due - timedelta(seconds=1)
    alarms.close()


def test_failing_job_is_logged_and_later_alarms_still_run(qtbot, caplog):
    alarms = started(SystemClock())
    ran = []

    def broken():
        raise RuntimeError("boom")

    alarms.set("a", soon(5), broken)
    alarms.set("b", soon(20), lambda: ran.append(1))
    qtbot.waitUntil(lambda: ran == [1])
    assert "boom" in caplog.text
    caplog.clear()
    alarms.close()


def test_alarms_set_before_start_are_kept_and_run_after(qtbot):
    alarms = Alarms(SystemClock())
    ran = []
    alarms.set("status", soon(10), lambda: ran.append("status"))
    alarms.set("break", soon(5), lambda: ran.append("first"))
    alarms.set("break", soon(5), lambda: ran.append("break"))  # replaces the first
    alarms.cancel("status")
    assert alarms.pending() == ["break"]
    alarms.start()
    qtbot.waitUntil(lambda: ran == ["break"])
    alarms.close()
