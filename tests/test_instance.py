"""One instance: the server runs in this test's Qt loop on a real Controller; the clients are
real `python -m deskstretch` processes, pointed at a private socket."""

import json
import logging
import os
import socket
import stat
import subprocess
import sys
from datetime import timedelta

import pytest

from deskstretch import cli, command_server, instance
from deskstretch.controller import Controller
from deskstretch.core.breaks import State
from deskstretch.storage.paths import resolve
from tests.fakes import RecordingNotifications

MIN = timedelta(minutes=1)


@pytest.fixture
def name(tmp_path, monkeypatch):
    # Short: a Unix socket path has to fit in about 100 bytes.
    path = tmp_path / "s"
    monkeypatch.setenv(instance.INSTANCE_VAR, str(path))
    monkeypatch.delenv(cli.TIME_SCALE_VAR, raising=False)
    return str(path)


@pytest.fixture
def controller(qtbot, clock, alarms, tmp_path):
    paths = resolve(str(tmp_path / "config"), str(tmp_path / "data"))
    c = Controller(clock, alarms, paths, RecordingNotifications())
    c.start()
    yield c
    c._heartbeat.stop()
    c.close_window()  # also stops the session's countdown timer
    if c.window is not None:
        c.window.hide()
        c.window.deleteLater()


@pytest.fixture
def server(controller, name):
    s = command_server.serve(controller, name)
    assert s is not None and s.is_listening()
    yield s
    command_server.stop(s)


def run(qtbot, *argv):
    """Run a client to the end while this test's event loop keeps serving it."""
    proc = subprocess.Popen([sys.executable, "-m", "deskstretch", *argv],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20000)
    out, err = proc.communicate()
    return proc.returncode, out, err


def run_python(qtbot, code):
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20000)
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    return out


def commands_received(caplog):
    return [r.getMessage() for r in caplog.records if r.getMessage().startswith("Command:")]


def test_the_socket_is_for_this_user_only(server, name):
    assert server.name == name
    mode = os.stat(name).st_mode
    assert stat.S_ISSOCK(mode)
    assert mode & 0o077 == 0


def test_status_prints_the_status_line(qtbot, server):
    assert run(qtbot, "status") == (0, "Next break in 30 min\n", "")


def test_status_json(qtbot, server, start):
    code, out, err = run(qtbot, "status", "--json")
    assert (code, err) == (0, "")
    assert json.loads(out) == {
        "state": "counting",
        "next_break": (start + 30 * MIN).isoformat(timespec="seconds"),
        "paused_until": None,
        "long_next": False,
        "snoozes_left": 2,
    }


def test_pause_for_minutes_then_resume(qtbot, server, controller, start):
    code, out, err = run(qtbot, "pause", "45")
    assert (code, err) == (0, "")
    assert out.startswith("Paused until ")
    status = controller.status()
    assert status.state is State.PAUSED and status.until == start + 45 * MIN

    code, out, _ = run(qtbot, "status", "--json")
    reply = json.loads(out)
    assert reply["state"] == "paused" and reply["next_break"] is None
    assert reply["paused_until"] == (start + 45 * MIN).isoformat(timespec="seconds")

    assert run(qtbot, "resume") == (0, "Next break in 30 min\n", "")
    assert controller.status().state is State.COUNTING


def test_pause_forever_and_until_tomorrow(qtbot, server, controller, start):
    assert run(qtbot, "pause", "forever") == (0, "Paused until you resume\n", "")
    assert controller.status().state is State.PAUSED and controller.status().until is None

    code, out, _ = run(qtbot, "pause", "tomorrow")
    assert code == 0 and out.startswith("Paused until ") and "tomorrow" in out
    until = controller.status().until
    assert until.date() == start.date() + timedelta(days=1) and until.hour == 9


def test_resume_when_not_paused_keeps_the_time_worked(qtbot, server, controller, clock):
    clock.advance(minutes=10)
    controller.refresh()
    assert run(qtbot, "resume") == (0, "Not paused. Next break in 20 min\n", "")


def test_skip_the_coming_break(qtbot, server, controller, clock):
    clock.advance(minutes=10)
    controller.refresh()
    assert run(qtbot, "skip") == (0, "Skipped. Next break in 30 min\n", "")


def test_stretch_opens_the_window(qtbot, server, controller):
    assert run(qtbot, "stretch") == (0, "Stretching now\n", "")
    assert controller.window.isVisible()
    assert controller.session.routine.id == "stand-up"


def test_stretch_a_named_routine(qtbot, server, controller):
    assert run(qtbot, "stretch", "seated")[0] == 0
    assert controller.window.isVisible()
    assert controller.session.routine.id == "seated"


def test_quit_replies_then_asks_the_app_to_quit(qtbot, server, controller):
    with qtbot.waitSignal(controller.quit_requested, timeout=20000):
        assert run(qtbot, "quit") == (0, "DeskStretch is quitting.\n", "")


def test_a_second_start_says_so_and_exits_0(qtbot, server):
    assert run(qtbot) == (0, "DeskStretch is already running. Next break in 30 min\n", "")


def test_bad_arguments_never_reach_the_instance(qtbot, server, controller, caplog):
    for argv in (["pause", "abc"], ["pause", "0"], ["stretch", "marathon"], ["frobnicate"]):
        code, out, err = run(qtbot, *argv)
        assert (code, out) == (2, "")
        assert "error: " in err
    assert controller.status().state is State.COUNTING and controller.window is None
    assert commands_received(caplog) == []


def test_the_instance_checks_what_it_is_sent_too(qtbot, server, controller, name):
    # Another program on the socket, not our client, sends a bad command line.
    out = run_python(qtbot, "from deskstretch import instance\n"
                            f"print(instance.send({name!r}, ['pause', 'abc']))")
    code, text = eval(out)
    assert code == 2 and "not 'abc'" in text
    assert controller.status().state is State.COUNTING


def test_not_running_exits_1_and_says_how_to_start(qtbot, name):
    for argv in (["status"], ["pause", "5"], ["quit"]):
        assert run(qtbot, *argv) == (1, "", cli.NOT_RUNNING + "\n")
    assert cli.NOT_RUNNING == "DeskStretch is not running. Start it with: deskstretch"
    # Bad arguments are bad whether or not it runs.
    assert run(qtbot, "pause", "0")[0] == 2


def test_a_stale_socket_is_replaced(qtbot, controller, name, caplog):
    caplog.set_level(logging.INFO, logger="deskstretch")
    # What a crashed instance leaves: a socket file nobody listens on.
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(name)
    stale.close()
    assert os.path.exists(name)
    assert run(qtbot, "status")[0] == 1

    server = command_server.serve(controller, name)
    try:
        assert server is not None and server.is_listening()
        assert "Removing a stale instance socket" in caplog.text
        assert run(qtbot, "status") == (0, "Next break in 30 min\n", "")
    finally:
        command_server.stop(server)
    assert not os.path.exists(name)


def test_a_second_instance_backs_off_and_the_first_keeps_answering(qtbot, server, controller,
                                                                    name):
    assert command_server.serve(controller, name) is None
    assert server.is_listening()
    assert run(qtbot, "status")[0] == 0


def test_after_stop_the_next_instance_takes_over(server, controller, name):
    command_server.stop(server)
    assert not os.path.exists(name)
    again = command_server.serve(controller, name)
    try:
        assert again is not None and again.is_listening()
    finally:
        command_server.stop(again)


def test_in_a_flatpak_the_socket_lives_in_the_apps_own_runtime_folder(monkeypatch, tmp_path):
    # The sandbox may create files only under $XDG_RUNTIME_DIR/app/$FLATPAK_ID/.
    monkeypatch.delenv(instance.INSTANCE_VAR, raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    monkeypatch.setenv("FLATPAK_ID", "io.github.deskstretch.DeskStretch")
    assert instance.server_name() == str(
        tmp_path / "app" / "io.github.deskstretch.DeskStretch" / f"deskstretch-{os.getuid()}")
    monkeypatch.delenv("FLATPAK_ID")
    assert instance.server_name() == str(tmp_path / f"deskstretch-{os.getuid()}")


def test_a_missing_app_runtime_folder_is_made_for_this_user_only(qtbot, controller, tmp_path,
                                                                monkeypatch):
    monkeypatch.delenv(cli.TIME_SCALE_VAR, raising=False)
    name = str(tmp_path / "app" / "x" / "s")
    server = command_server.serve(controller, name)
    try:
        assert server.is_listening()
        assert os.stat(tmp_path / "app" / "x").st_mode & 0o077 == 0
        assert os.stat(name).st_mode & 0o077 == 0
        out = run_python(qtbot, "from deskstretch import instance\n"
                                f"print(instance.send({name!r}, ['status']))")
        assert eval(out) == (0, "Next break in 30 min")
        # Nothing is left beside the socket but its lock.
        assert sorted(os.listdir(tmp_path / "app" / "x")) == ["s", "s.lock"]
    finally:
        command_server.stop(server)


def test_a_client_that_hangs_up_or_sends_too_much_does_not_stop_the_server(qtbot, server, name):
    quiet = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    quiet.connect(name)
    quiet.close()
    flood = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    flood.connect(name)
    flood.sendall(b"x" * (command_server.MAX_LINE + 10))

    def hung_up():
        try:
            return flood.recv(10, socket.MSG_DONTWAIT) == b""
        except BlockingIOError:
            return False

    qtbot.waitUntil(hung_up, timeout=5000)  # the server closed its end without a reply
    flood.close()
    assert run(qtbot, "status") == (0, "Next break in 30 min\n", "")


def test_the_client_loads_no_qt(qtbot, server):
    out = run_python(qtbot, "import sys\nfrom deskstretch.cli import main\n"
                            "code = main(['status'])\n"
                            "print(code, sorted(m for m in sys.modules if 'PySide6' in m))")
    assert out.splitlines()[-1] == "0 []"


def test_the_app_does_not_load_qtnetwork_for_its_socket(server):
    # QtNetwork costs several MiB and milliseconds at every start, for one small socket.
    assert "PySide6.QtNetwork" not in sys.modules
