from datetime import datetime, time

import pytest

from deskstretch.core import hours


def test_parses_days_ranges_and_several_ranges_a_day():
    wh = hours.parse("Mon-Fri 09:00-12:30, 13:30-17:30; Sat 10:00-12:00")
    assert wh.ranges[0] == ((time(9), time(12, 30)), (time(13, 30), time(17, 30)))
    assert wh.ranges[5] == ((time(10), time(12)),)
    assert wh.ranges[6] == ()


def test_empty_means_always():
    assert hours.parse("  ") is None


@pytest.mark.parametrize("text, message", [
    ("Mon-Fri", "needs days and then times"),
    ("Fri-Mon 09:00-10:00", "runs backwards"),
    ("Mon 9-5", "is not a time range"),
    ("Mon 17:00-09:00", "ends before it starts"),
    ("Mon 25:00-26:00", "is not a time of day"),
    ("Funday 09:00-10:00", "is not a day"),
])
def test_bad_schedules_say_what_is_wrong(text, message):
    with pytest.raises(ValueError, match=message):
        hours.parse(text)


def test_next_start_skips_the_weekend():
    wh = hours.parse("Mon-Fri 09:00-17:00")
    friday = datetime(2026, 3, 6, 18, 0).astimezone()
    assert wh.next_start(friday) == datetime(2026, 3, 9, 9, 0).astimezone()
    assert wh.current_end(friday.replace(hour=10)) == friday.replace(hour=17)
