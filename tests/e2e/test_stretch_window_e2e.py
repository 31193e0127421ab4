"""The stretch window of the installed app on a virtual desktop: the keyboard stays where the
user was typing when a reminder opens it, and the first-use safety note."""

import json

import pytest

from tests.desktop import desktop_or_skip
from tests.e2e.test_app import RunningApp, no_qt_warnings

pytestmark = pytest.mark.desktop


@pytest.fixture
def wm_desktop(tmp_path):
    """A desktop with a window manager, which is what decides who gets the keyboard."""
    yield from desktop_or_skip(tmp_path, with_wm=True)


@pytest.fixture
def apps():
    running = []
    yield running
    for app in running:
        app.stop()


def active_window(desktop) -> int:
    return int(desktop.xdotool("getactivewindow").stdout)


def test_a_reminder_opens_the_window_on_top_without_taking_the_keyboard(
        wm_desktop, tmp_path, apps, screenshots):
    desktop = wm_desktop
    editor = desktop.popen(["xmessage", "-title", "Editor", "Typing a letter here"])
    try:
        [editor_id] = desktop.wait_for(
            lambda: [int(w) for w in desktop.xdotool("search", "--onlyvisible", "--name",
                                                      "^Editor$", check=False).stdout.split()],
            what="the editor window")
        desktop.xdotool("windowactivate", "--sync", str(editor_id))
        assert active_window(desktop) == editor_id

        # A 5-minute interval at 120 times real speed: the reminder comes in 2.5 s.
        app = RunningApp(desktop, tmp_path, 120,
                         config="interval_minutes = 5\nwarning_seconds = 0\n")
        apps.append(app)
        desktop.wait_for(lambda: app.alive() and any(
            n["summary"] == "Time to stand up" for n in desktop.shown()),
            timeout=30, what="the reminder")
        desktop.dunstctl("action", "0")  # "Start now"
        window = app.wait_window("DeskStretch$")
        desktop.wait_for(lambda: "IsViewable" in desktop.run(
            "xwininfo", "-id", str(window)).stdout, what="the stretch window on screen")
        # The window manager has placed the new window; the keyboard is still the editor's.
        assert active_window(desktop) == editor_id
        state = desktop.run("xprop", "-id", str(window), "_NET_WM_STATE").stdout
        assert "_NET_WM_STATE_ABOVE" in state  # and it stays on top of the editor
        desktop.screenshot(screenshots / "stretch-window-over-editor.png")

        # Asked for from the command line, the window may take the keyboard.
        desktop.run(str(app.proc.args[0]), "stretch", timeout=30)
        desktop.wait_for(lambda: active_window(desktop) == window,
                         what="the stretch window to take the keyboard")
        assert no_qt_warnings(app.log()) == []
    finally:
        editor.kill()
        editor.wait()


def test_the_safety_note_comes_before_the_first_routine_only(desktop, tmp_path, apps,
                                                              screenshots):
    app = RunningApp(desktop, tmp_path, 1, note_read=False)
    apps.append(app)
    icon = app.icon()
    app.open_menu(icon)
    desktop.key("s")  # "&Stretch now"
    window = app.wait_window("^Before your first stretch")
    app.screenshot(screenshots / "stretch-window-safety-note.png", window)
    desktop.key("Return")  # "OK, let's start" has the keyboard
    # The countdown starts only now, from the top of the routine.
    app.wait_window("^Overhead reach · Get ready")
    saved = json.loads((app.data_dir / "window.json").read_text())
    assert saved["safety_note_read"] is True
    desktop.key("Escape")  # ends this break
    desktop.wait_for(lambda: not app.windows("DeskStretch$"), what="Escape to close the window")

    app.open_menu(icon)
    desktop.key("s")
    app.wait_window("^Overhead reach · Get ready")  # straight to the routine this time
    assert not app.windows("^Before your first stretch")
    assert app.quit_from_menu(icon) == 0
    assert no_qt_warnings(app.log()) == []
