import tomllib

from deskstretch.storage.toml_writer import dumps


def test_round_trips_what_settings_files_hold():
    doc = {"a": 1, "b": "quote \" and \\ and ünïcode\nline", "c": True, "d": 1.5,
           "e": ["x", 2], "odd key": "v", "t": {"k": "v", "n": {"deep": 1}}}
    text = dumps(doc, header="Title\n\nMore")
    assert text.startswith("# Title\n#\n# More\n")
    assert tomllib.loads(text) == doc
