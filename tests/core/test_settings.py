import pytest

from deskstretch.core import settings as decl


def test_defaults_are_a_thirty_minute_stand_up_break():
    s = decl.Settings()
    assert s["interval_minutes"] == 30
    assert s["routine"] == "stand-up"


def test_out_of_range_value_is_refused_with_what_is_allowed():
    with pytest.raises(ValueError) as e:
        decl.Settings().with_value("interval_minutes", 500)
    assert "a whole number from 5 to 180 minutes" in str(e.value)
    assert "Remind me every" in str(e.value)


def test_unknown_routine_is_refused():
    with pytest.raises(ValueError, match='one of "stand-up", "seated"'):
        decl.Settings().with_value("routine", "marathon")


def test_from_document_keeps_valid_values_and_names_each_bad_one():
    doc = {"version": 1, "interval_minutes": 0, "routine": "seated", "morning_hour": "nine",
           "future_option": {"a": 1}}
    settings, problems = decl.from_document(doc)
    assert settings["routine"] == "seated"  # the valid value survives
    assert settings["interval_minutes"] == 30  # the bad one falls back
    assert {p.key for p in problems} == {"interval_minutes", "morning_hour"}
    assert "from 5 to 180" in str(problems[0])
    # Keys this version does not know are kept for the next save.
    assert settings.to_document()["future_option"] == {"a": 1}


def test_booleans_are_not_numbers():
    assert decl.BY_KEY["interval_minutes"].check(True) is not None
