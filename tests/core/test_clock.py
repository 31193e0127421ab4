from datetime import timedelta

import pytest

from deskstretch.core.clock import ScaledClock, SystemClock


def test_scaled_clock_turns_clock_time_into_fewer_real_seconds():
    clock = ScaledClock(60)
    now = clock.now()
    real = clock.real_time(now + timedelta(minutes=30))
    ahead = (real - SystemClock().now()).total_seconds()
    assert 29 <= ahead <= 30.5  # 30 minutes of clock time are 30 real seconds


def test_scale_must_be_positive():
    with pytest.raises(ValueError):
        ScaledClock(0)
