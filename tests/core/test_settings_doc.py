from pathlib import Path

from deskstretch.core import settings_doc

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_settings_table_matches_the_declaration():
    text = README.read_text()
    assert settings_doc.update(text) == text, (
        "README.md's settings table is out of date: run "
        "`.venv/bin/python -m deskstretch.core.settings_doc README.md`"
    )
    assert "`interval_minutes` | `30` | a whole number from 5 to 180 minutes" in text
