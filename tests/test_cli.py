"""The command line's parsing and validation: what is accepted, and exit 2 with a clear
message for what is not. No Qt."""

import pytest

from deskstretch import __version__, cli


def parse_fails(capsys, *argv) -> str:
    with pytest.raises(SystemExit) as stop:
        cli.parse(list(argv))
    assert stop.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    return err


def test_no_command_means_start():
    args = cli.parse([])
    assert args.command is None
    assert args.time_scale == 1.0


def test_the_folders_stay_options():
    args = cli.parse(["--config-dir", "/c", "--data-dir", "/d", "status"])
    assert (args.config_dir, args.data_dir, args.command) == ("/c", "/d", "status")


@pytest.mark.parametrize("argv, length", [
    (["pause", "30"], 30),
    (["pause", "1"], 1),
    (["pause", "10080"], 10080),
    (["pause", "tomorrow"], "tomorrow"),
    (["pause", "forever"], "forever"),
])
def test_pause_takes_minutes_tomorrow_or_forever(argv, length):
    args = cli.parse(argv)
    assert args.command == "pause" and args.length == length


@pytest.mark.parametrize("argv, routine", [
    (["stretch"], None),
    (["stretch", "stand-up"], "stand-up"),
    (["stretch", "seated"], "seated"),
    (["stretch", "long-break"], "long-break"),
    (["stretch", "lower-back"], "lower-back"),
    (["stretch", "program"], "program"),
])
def test_stretch_takes_an_optional_routine(argv, routine):
    args = cli.parse(argv)
    assert args.command == "stretch" and args.routine == routine


def test_status_plain_and_json():
    assert cli.parse(["status"]).json is False
    assert cli.parse(["status", "--json"]).json is True


@pytest.mark.parametrize("command", ["resume", "skip", "quit"])
def test_commands_without_arguments(command):
    assert cli.parse([command]).command == command


COMMANDS = ("stretch", "pause", "resume", "skip", "status", "quit")


def test_every_command_has_an_action():
    assert set(cli.COMMANDS) == {None, *COMMANDS}


def test_an_unknown_command_lists_the_known_ones(capsys):
    err = parse_fails(capsys, "marathon")
    assert "invalid choice: 'marathon'" in err
    for command in COMMANDS:
        assert f"'{command}'" in err


@pytest.mark.parametrize("value", ["abc", "0", "-5", "1.5", "10081", "99999999999999999999"])
def test_pause_refuses_what_is_not_a_length(capsys, value):
    err = parse_fails(capsys, "pause", value)
    assert err.startswith("usage: deskstretch pause")
    assert f"'tomorrow' or 'forever', not '{value}'" in err


def test_pause_needs_a_length(capsys):
    err = parse_fails(capsys, "pause")
    assert "the following arguments are required: MINUTES|tomorrow|forever" in err


def test_an_unknown_routine_lists_the_allowed_ones(capsys):
    err = parse_fails(capsys, "stretch", "marathon")
    assert err.startswith("usage: deskstretch stretch")
    assert ("deskstretch stretch: error: argument ROUTINE: invalid choice: 'marathon' "
            "(choose from 'stand-up', 'seated', 'long-break', 'lower-back', 'align', "
            "'stabilize', 'maintain', 'program')") in err


MORNING = 'name = "Morning"\n[[steps]]\nexercise = "cat_stretch"\n'


def test_stretch_takes_the_users_own_routines_from_the_config_folder(capsys, tmp_path):
    folder = tmp_path / "mine" / "routines"
    folder.mkdir(parents=True)
    (folder / "morning.toml").write_text(MORNING)
    (folder / "broken.toml").write_text("name = ")
    args = cli.parse(["--config-dir", str(tmp_path / "mine"), "stretch", "morning"])
    assert args.routine == "morning"
    # without the folder it is not known; nor is a file that does not load
    err = parse_fails(capsys, "stretch", "morning")
    assert "invalid choice: 'morning'" in err
    err = parse_fails(capsys, "--config-dir", str(tmp_path / "mine"), "stretch", "broken")
    assert "'program', 'morning')" in err


def test_stretch_reads_the_config_folder_from_the_environment(monkeypatch, tmp_path):
    folder = tmp_path / "env-config" / "routines"
    folder.mkdir(parents=True)
    (folder / "evening.toml").write_text(MORNING)
    monkeypatch.setenv("DESKSTRETCH_CONFIG_DIR", str(tmp_path / "env-config"))
    assert cli.parse(["stretch", "evening"]).routine == "evening"
    assert cli.parse(["stretch", "program"]).routine == "program"


def test_extra_arguments_are_refused(capsys):
    assert "unrecognized arguments: now" in parse_fails(capsys, "skip", "now")


def test_parse_command_raises_instead_of_exiting(capsys):
    with pytest.raises(cli.UsageError) as refused:
        cli.parse_command(["pause", "abc"])
    assert refused.value.parser.prog == "deskstretch pause"
    assert capsys.readouterr() == ("", "")


def test_version(capsys):
    with pytest.raises(SystemExit) as stop:
        cli.parse(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out == f"DeskStretch {__version__}\n"


def test_help_names_every_command_and_the_exit_codes(capsys):
    with pytest.raises(SystemExit) as stop:
        cli.parse(["--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    for command in COMMANDS:
        assert command in out
    assert "--config-dir" in out and "--data-dir" in out
    assert "2 bad" in out


def test_a_bad_time_scale_is_refused(capsys, monkeypatch):
    monkeypatch.setenv(cli.TIME_SCALE_VAR, "fast")
    assert "DESKSTRETCH_TIME_SCALE must be a number" in parse_fails(capsys)


def test_the_command_line_names_the_routines_the_library_has():
    from deskstretch.core.library import ROUTINES
    from deskstretch.core.program import PROGRAM

    assert cli.ROUTINES == tuple(ROUTINES)
    assert cli.PROGRAM == PROGRAM
