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
    doc = {"version": 2, "interval_minutes": 0, "routine": "seated", "morning_time": "nine",
           "future_option": {"a": 1}}
    settings, problems = decl.from_document(doc)
    assert settings["routine"] == "seated"  # the valid value survives
    assert settings["interval_minutes"] == 30  # the bad one falls back
    assert {p.key for p in problems} == {"interval_minutes", "morning_time"}
    assert "from 5 to 180" in str(problems[0])
    # Keys this version does not know are kept for the next save.
    assert settings.to_document()["future_option"] == {"a": 1}


def test_booleans_are_not_numbers():
    assert decl.BY_KEY["interval_minutes"].check(True) is not None


def test_a_version_1_morning_hour_becomes_a_morning_time():
    settings, problems = decl.from_document({"version": 1, "morning_hour": 7})
    assert problems == [] and settings["morning_time"] == "07:00"
    assert "morning_hour" not in settings.to_document()
    assert settings.to_document()["version"] == decl.SCHEMA_VERSION == 2


def test_a_bad_version_1_morning_hour_is_named_and_the_default_used():
    settings, problems = decl.from_document({"version": 1, "morning_hour": 25})
    assert settings["morning_time"] == "09:00"
    assert [str(p) for p in problems] == [
        "morning_hour: 25 is not a whole hour from 0 to 23; using the default morning time 09:00"]


def test_a_file_without_a_version_is_read_whichever_keys_it_uses():
    assert decl.from_document({"morning_hour": 6})[0]["morning_time"] == "06:00"
    assert decl.from_document({"morning_time": "06:45"})[0]["morning_time"] == "06:45"


@pytest.mark.parametrize("version", [3, 0, "2", True, 1.5])
def test_an_unknown_version_is_named_and_the_known_values_still_used(version):
    settings, problems = decl.from_document({"version": version, "interval_minutes": 40})
    assert settings["interval_minutes"] == 40
    assert [p.key for p in problems] == ["version"]
    assert "a whole number from 1 to 2" in str(problems[0])


def test_every_older_version_has_a_migration():
    assert sorted(decl.MIGRATIONS) == list(range(1, decl.SCHEMA_VERSION))


@pytest.mark.parametrize("text", ["8:30", "24:00", "08:60", "morning", "8"])
def test_morning_time_takes_a_time_of_day(text):
    reason = decl.BY_KEY["morning_time"].check(text)
    assert (reason is None) == (text == "8:30"), reason
