import sys
from pathlib import Path

import pytest

from deskstretch.core.breaks import State, Status
from deskstretch.ui.tray import Tray
from deskstretch.ui.tray_art import file_name, file_style

ROOT = Path(__file__).resolve().parents[2]


def status(state, progress=0.0, snoozes_left=2):
    return Status(state, None, None, progress, False, snoozes_left)


def test_menu_offers_pause_or_resume_depending_on_state(qtbot):
    tray = Tray()
    tray.show_state(status(State.COUNTING, 0.1), "Next break in 27 min", "Snooze 5 min")
    assert tray.menu.actions()[0] is tray.stretch_action  # first item: one click to stretch
    assert tray.pause_menu.menuAction().isVisible() and not tray.resume_action.isVisible()
    assert tray.icon.toolTip().endswith("Next break in 27 min")
    assert not tray.snooze_action.isVisible() and tray.skip_action.isVisible()
    tray.show_state(status(State.DUE, 1.0, snoozes_left=1), "Time for a break", "Snooze 5 min")
    assert tray.snooze_action.isVisible() and tray.snooze_action.text() == "Snooze 5 &min (1 left)"
    tray.show_state(status(State.DUE, 1.0, snoozes_left=0), "Time for a break", "Snooze 5 min")
    assert not tray.snooze_action.isEnabled()
    tray.show_state(status(State.PAUSED), "Paused until 14:30", "Snooze 5 min")
    assert not tray.pause_menu.menuAction().isVisible() and tray.resume_action.isVisible()
    assert tray.status_action.text() == "Paused until 14:30"


def test_menu_items_emit_intents(qtbot):
    tray = Tray()
    with qtbot.waitSignal(tray.pause_requested) as got:
        tray.pause_menu.actions()[3].trigger()
    assert got.args == ["tomorrow"]
    with qtbot.waitSignal(tray.pause_requested) as got:
        tray.pause_menu.actions()[4].trigger()
    assert got.args == [None]
    with qtbot.waitSignal(tray.pause_requested) as got:
        tray.pause_menu.actions()[0].trigger()
    assert got.args == [30]
    with qtbot.waitSignal(tray.stretch_requested):
        tray.stretch_action.trigger()
    with qtbot.waitSignal(tray.quit_requested):
        tray.quit_action.trigger()


def test_icon_differs_between_states(qtbot):
    tray = Tray()
    images = []
    for state, progress in ((State.COUNTING, 0.2), (State.COUNTING, 0.8), (State.SOON, 0.99),
                            (State.DUE, 1.0), (State.PAUSED, 0.0), (State.OFF_HOURS, 0.0)):
        tray.show_state(status(state, progress), str(state), "Snooze 5 min")
        images.append(tray.icon.icon().pixmap(32, 32).toImage())
    for i, a in enumerate(images):
        for b in images[i + 1:]:
            assert a != b


def _shape(image) -> list[bool]:
    """Where the icon is drawn at all, whatever the colour: what a monochrome icon shows."""
    return [image.pixelColor(x, y).alpha() > 96 for y in range(image.height())
            for x in range(image.width())]


STATES_BY_SHAPE = ((State.COUNTING, 0.5), (State.SOON, 0.5), (State.DUE, 1.0),
                   (State.IN_BREAK, 1.0), (State.PAUSED, 0.0), (State.OFF_HOURS, 0.0))


@pytest.mark.parametrize("style", ["automatic", "light-panel", "dark-panel", "monochrome"])
def test_states_differ_in_shape_not_only_in_colour_in_every_style(qtbot, style):
    tray = Tray()
    tray.set_icon_style(style)
    shapes = []
    for state, progress in STATES_BY_SHAPE:
        tray.show_state(status(state, progress), str(state), "Snooze 5 min")
        image = tray.icon.icon().pixmap(22, 22).toImage()
        shapes.append(_shape(image))
        assert sum(shapes[-1]) > 40, (style, state)  # something is drawn at 22 px
    for i, a in enumerate(shapes):
        for j in range(i + 1, len(shapes)):
            differing = sum(x != y for x, y in zip(a, shapes[j]))
            assert differing >= 12, (style, STATES_BY_SHAPE[i], STATES_BY_SHAPE[j], differing)


def _ink(image) -> set[str]:
    return {image.pixelColor(x, y).name() for y in range(image.height())
            for x in range(image.width()) if image.pixelColor(x, y).alpha() == 255}


def test_each_style_draws_in_the_colours_of_its_panel(qtbot):
    tray = Tray()
    tray.show_state(status(State.PAUSED, 0.0), "Paused", "Snooze 5 min")
    inks = {}
    for style in ("light-panel", "dark-panel", "monochrome"):
        tray.set_icon_style(style)
        inks[style] = _ink(tray.icon.icon().pixmap(32, 32).toImage())
    # pause bars: dark ink for light panels, light ink for dark panels
    assert "#1f2a30" in inks["light-panel"] and "#e8ecef" in inks["dark-panel"]
    tray.show_state(status(State.DUE, 1.0), "Due", "Snooze 5 min")
    tray.set_icon_style("light-panel")
    assert "#22707e" in _ink(tray.icon.icon().pixmap(32, 32).toImage())  # the accent disc
    tray.set_icon_style("monochrome")
    colours = _ink(tray.icon.icon().pixmap(32, 32).toImage())
    # no hue: every fully drawn pixel is a grey
    assert all(abs(int(c[1:3], 16) - int(c[5:7], 16)) < 24 for c in colours), colours


def test_the_automatic_icon_turns_light_when_the_desktop_turns_dark(qtbot, qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QPalette

    tray = Tray()
    tray.show_state(status(State.PAUSED, 0.0), "Paused", "Snooze 5 min")
    assert "#1f2a30" in _ink(tray.icon.icon().pixmap(32, 32).toImage())  # dark ink
    light = qapp.palette()
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    qapp.setPalette(dark)
    try:
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        qtbot.waitUntil(lambda: "#e8ecef" in _ink(tray.icon.icon().pixmap(32, 32).toImage()))
    finally:
        qapp.setPalette(light)


def test_automatic_and_monochrome_follow_the_colour_scheme():
    assert file_style("automatic", dark_scheme=True) == "dark"
    assert file_style("automatic", dark_scheme=False) == "light"
    assert file_style("monochrome", dark_scheme=True) == "mono-dark"
    assert file_style("light-panel", dark_scheme=True) == "light"
    assert file_style("dark-panel", dark_scheme=False) == "dark"


def test_the_shipped_tray_icons_are_the_ones_the_script_draws():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import tray_icons
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    folder = ROOT / "assets" / "icons" / "tray"
    for name, text in tray_icons.all_icons().items():
        assert (folder / name).read_text() == text, (
            f"{name} is out of date: run .venv/bin/python scripts/make_icons.py")
    shipped = {p.name for p in folder.glob("*.svg")}
    assert shipped == set(tray_icons.all_icons())
    for style in ("light", "dark", "mono-light", "mono-dark"):
        for state in State:
            for progress in (0.0, 0.5, 1.0):
                assert f"{style}-{file_name(state, progress)}.svg" in shipped


def _mnemonic(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else None


def test_every_visible_menu_item_has_its_own_mnemonic_in_every_state(qtbot):
    """Two visible items sharing a letter make that key cycle between them instead of
    choosing one: Resume and Preferences once both answered to R."""
    tray = Tray()
    for state in State:
        tray.show_state(status(state, 0.5), str(state), "Snooze 5 min")
        for menu in (tray.menu, tray.pause_menu, tray.routines_menu):
            letters = [_mnemonic(a.text()) for a in menu.actions()
                       if a.isVisible() and not a.isSeparator() and a.text()]
            letters = [x for x in letters if x]
            assert len(letters) == len(set(letters)), (state, letters)


def test_the_routine_menu_opens_the_routine_chosen(qtbot):
    tray = Tray()
    tray.set_routines([("program", "Back program: Align, 0 of 6 done"),
                       ("stand-up", "Stand-up break · 1 min"), ("mine", "Neck & shoulders")])
    assert tray.menu.actions()[1] is tray.routines_menu.menuAction()  # right under Stretch now
    items = tray.routines_menu.actions()
    # Each has a key of its own; the name's "&" shows as one "&".
    assert [a.text() for a in items] == ["&Back program: Align, 0 of 6 done",
                                         "&Stand-up break · 1 min", "&Neck && shoulders"]
    with qtbot.waitSignal(tray.routine_requested) as got:
        items[2].trigger()
    assert got.args == ["mine"]
    tray.show_state(status(State.IN_BREAK), "In a break", "Snooze 5 min")
    assert not tray.routines_menu.menuAction().isEnabled()
