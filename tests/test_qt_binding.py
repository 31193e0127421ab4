import sys

import pytest
from PySide6.QtCore import QTimer


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_the_installed_pyside6_keeps_its_references_to_none(qapp):
    # PySide6 6.12.0 loses one reference to None per void call, and a tray app that
    # restarts timers for days then aborts. This catches such a build before users do.
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(1000):
        timer.start(1000)
        timer.stop()
    assert sys.getrefcount(None) >= before
