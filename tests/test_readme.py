"""What the README promises stays true: its sections, commands, paths and examples."""

import re
import shlex
from pathlib import Path

import pytest

from deskstretch import APP_ID, cli
from deskstretch.core import custom_routines, settings
from deskstretch.core.library import EXERCISES, ROUTINES
from deskstretch.platform.autostart import LaunchAgentAutostart, XdgAutostart
from deskstretch.storage.paths import APP_NAME

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    """The text under a `## title` heading, up to the next heading of that level."""
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.M | re.S)
    assert match, f"the README has no '## {title}' section"
    return match.group(1)


def indented_commands(text: str) -> list[str]:
    """Command lines shown as code (indented four spaces), without their comments."""
    return [line.strip().split("  #")[0].strip() for line in text.splitlines()
            if line.startswith("    ") and line.strip() and not line.strip().startswith("#")]


@pytest.mark.parametrize("title", ["Install", "First run", "Using it", "Settings",
                                   "Where files live", "Command line", "Uninstall"])
def test_the_readme_has_the_sections_a_user_looks_for(title):
    assert section(title).strip()


def test_the_settings_table_lists_every_setting_once_with_its_default():
    rows = [line for line in section("Settings").splitlines() if line.startswith("| `")]
    keys = [re.match(r"\| `(\w+)`", row).group(1) for row in rows]
    assert keys == [s.key for s in settings.SETTINGS]
    for row, s in zip(rows, settings.SETTINGS):
        assert s.help in row


def test_every_command_in_the_command_line_section_is_one_the_parser_takes():
    shown = indented_commands(section("Command line"))
    subcommands = set(cli.parser().subcommands)
    named = {line.split()[1] for line in shown if len(line.split()) > 1
             and not line.split()[1].startswith("[")} - {"--version", "--help"}
    assert named == subcommands  # every command is explained, and none that does not exist
    examples = {"stretch [ROUTINE]": ["stretch", "seated"],
                "pause MINUTES|tomorrow|forever": ["pause", "30"], "status [--json]":
                ["status", "--json"]}
    for line in shown:
        words = line.split(None, 1)[1] if " " in line else ""
        argv = examples.get(words, shlex.split(words))
        if argv and not argv[0].startswith(("[", "--version", "--help")):
            cli.parse_command(argv)  # raises SystemExit(2) when the README is wrong
    for word in ("tomorrow", "forever", "30"):
        assert cli.parse_command(["pause", word]).command == "pause"


def test_the_routine_ids_named_are_the_built_in_ones():
    text = section("Command line")
    for routine_id in ROUTINES:
        assert f"`{routine_id}`" in text


def test_the_routine_file_example_loads_as_written():
    match = re.search(r"```toml\n# ~/.config/deskstretch/routines/([\w-]+)\.toml\n(.*?)```",
                      README, re.S)
    assert match, "the README's routine example is missing"
    parsed = custom_routines.parse(match.group(1), match.group(2), "example", EXERCISES,
                                   tuple(ROUTINES))
    assert parsed.problems == () and parsed.routine is not None
    assert parsed.routine.name == "Before lunch"


def test_the_paths_named_are_where_the_app_writes(tmp_path):
    files = section("Where files live")
    assert f"~/.config/{APP_NAME}/config.toml" in files
    assert f"~/.local/share/{APP_NAME}/history.sqlite3" in files
    xdg = XdgAutostart(Path("~/.config")).path
    assert f"`{xdg}`" in files
    mac = LaunchAgentAutostart(Path("~")).path
    assert mac.name in files and "~/Library/LaunchAgents" in files
    assert str(xdg) in section("Uninstall")
    assert f"~/.var/app/{APP_ID}/" in files


def test_the_uninstall_steps_use_commands_that_exist():
    text = section("Uninstall")
    assert "pipx uninstall deskstretch" in text
    assert "scripts/install-desktop-files --uninstall" in text
    assert "--uninstall" in (ROOT / "scripts" / "install-desktop-files").read_text()
    assert f"flatpak uninstall --delete-data {APP_ID}" in text
    assert "rm -r ~/.config/deskstretch ~/.local/share/deskstretch" in text


def test_the_install_commands_point_at_files_that_exist():
    text = section("Install")
    assert "pipx install ." in text
    for path in re.findall(r"\b((?:packaging|scripts)/[\w./-]+)", text):
        assert (ROOT / path.rstrip(".")).exists(), path
    assert re.search(r"^run:", (ROOT / "Makefile").read_text(), re.M)


def test_every_file_and_picture_the_readme_names_exists():
    for path in re.findall(r"\]\(((?:docs|packaging)/[^)]+)\)", README):
        assert (ROOT / path).is_file(), path
    for path in re.findall(r"`((?:scripts|packaging|src|tests|bench|docs|translations)/"
                           r"[\w./-]*\w)`", README):
        assert (ROOT / path).exists() or "*" in path, path
