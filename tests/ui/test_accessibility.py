"""Every window can be used without a mouse and read by a screen reader, and the stretch
window's text stays readable, in the high-contrast palettes too (measured in its pixels)."""

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QApplication, QComboBox,
                               QLabel, QLineEdit, QTabBar, QWidget)

from deskstretch.core import settings as decl
from deskstretch.core.breaks import State, Status
from deskstretch.core.library import ROUTINES
from deskstretch.core.routines import PhaseKind
from deskstretch.core.session import StretchSession
from deskstretch.ui import theme
from deskstretch.ui.checkin import CheckinWindow
from deskstretch.ui.preferences import PreferencesDialog
from deskstretch.ui.statistics import StatisticsWindow
from deskstretch.ui.stretch_window import StretchWindow
from deskstretch.ui.tray import Tray
from tests.sample_history import simulate

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
T0 = 100.0
CONTROLS = (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QTabBar)


def controls(window: QWidget) -> list[QWidget]:
    """The controls a user can operate, as they are now (visible and enabled); the parts
    inside a control (a spin box's line edit) are not controls of their own."""
    found = []
    for w in window.findChildren(QWidget):
        if not isinstance(w, CONTROLS) or not w.isVisibleTo(window) or not w.isEnabled():
            continue
        parent = w.parentWidget()
        while parent is not None and parent is not window and not isinstance(parent, CONTROLS):
            parent = parent.parentWidget()
        if parent is None or parent is window:
            found.append(w)
    return found


def accessible_name(w: QWidget) -> str:
    """What a screen reader announces for a control: its accessible name, or for a combo box
    (whose name on Linux is its current value) the label it is labelled by."""
    iface = QAccessible.queryAccessibleInterface(w)
    if isinstance(w, QComboBox):
        labels = [other.text(QAccessible.Text.Name)
                  for other, _ in iface.relations(QAccessible.Relation.Label)]
        return labels[0].replace("&", "").rstrip(": \u00a0\u202f") if labels else ""
    return iface.text(QAccessible.Text.Name).strip()


def show(qtbot, window: QWidget) -> QWidget:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def tab_cycle(window: QWidget) -> list[QWidget]:
    """The controls Tab visits, in order, until it comes round again."""
    visited: list[QWidget] = []
    for _ in range(100):
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if visited and focus is visited[-1]:
            continue  # a time edit takes Tab from its hours to its minutes first
        if focus in visited:
            break
        visited.append(focus)
    return [w for w in visited if w is not window]


def reading_key(window: QWidget, w: QWidget) -> tuple[int, int]:
    centre = w.mapTo(window, w.rect().center())
    return (centre.y() // 16, centre.x())  # rows within half a line count as one


def check_keyboard_and_names(window: QWidget, where: str) -> list[str]:
    wanted = controls(window)
    assert wanted, where
    for w in wanted:
        name = accessible_name(w)
        # A name is words, not an arrow or a symbol.
        assert sum(c.isalpha() for c in name) >= 2, (where, type(w).__name__, name)
    visited = tab_cycle(window)
    for w in wanted:
        group = getattr(w, "group", lambda: None)()
        if w not in visited and group is not None and group.exclusive():
            # A set of options is one stop for Tab; the arrow keys choose within it.
            mate = next(b for b in group.buttons() if b in visited)
            mate.setFocus()
            for _ in group.buttons():
                if QApplication.focusWidget() is w:
                    break
                QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
            assert QApplication.focusWidget() is w, (where, accessible_name(w))
            QTest.keyClick(w, Qt.Key.Key_Space)
            assert w.isChecked(), (where, accessible_name(w))
    missing = [accessible_name(w) for w in wanted if w not in visited and not (
        getattr(w, "group", lambda: None)() is not None and w.group().exclusive())]
    assert not missing, (where, "Tab never reaches", missing)
    # In reading order: top to bottom, left to right, starting anywhere in the cycle.
    keys = [reading_key(window, w) for w in visited]
    start = keys.index(min(keys))
    rotated = keys[start:] + keys[:start]
    names = [accessible_name(w) for w in visited[start:] + visited[:start]]
    assert rotated == sorted(rotated), (where, names)
    return names


def test_preferences_every_tab_by_keyboard(qtbot):
    d = show(qtbot, PreferencesDialog(decl.Settings(), {}))
    seen = set()
    for i in range(d.tabs.count()):
        # Ctrl+Tab goes to the next page, as in every tabbed dialog.
        if i:
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab,
                           Qt.KeyboardModifier.ControlModifier)
        assert d.tabs.currentIndex() == i
        names = check_keyboard_and_names(d, d.tabs.tabText(i))
        seen |= set(names)
    # Every setting is reached on its page, and the buttons on every page.
    assert {s.label for s in decl.SETTINGS} <= seen
    assert {"OK", "Cancel", "Restore Defaults"} <= seen


def test_statistics_by_keyboard_empty_and_full(qtbot, tmp_path):
    from datetime import date, timedelta

    from deskstretch.storage.history import History
    from tests.ui.test_statistics import Clock

    w = show(qtbot, StatisticsWindow(lambda path: 0))
    assert "Take a break now" in check_keyboard_and_names(w, "no history")
    recs = list(simulate(date(2026, 1, 5), 40, seed=2, comfort_from=date(2026, 1, 20)))
    now = recs[-1].at + timedelta(minutes=3)
    store = History.open(tmp_path / "history.sqlite3", Clock(now))
    store.add(recs)
    w.show_statistics(store.statistics(now, 8))
    names = check_keyboard_and_names(w, "a history")
    assert "Export the history as CSV" in names and "Close statistics" in names
    ranges = {accessible_name(c) for c in controls(w)}
    assert {"Show the last 7 days", "Show the last 30 days"} <= ranges
    store.close()


def test_checkin_by_keyboard(qtbot):
    w = CheckinWindow()
    w.ask("before")
    show(qtbot, w)
    names = check_keyboard_and_names(w, "check-in")
    assert [n for n in names if n.startswith("Discomfort")] == [
        f"Discomfort {n} of 10" for n in range(11)]


def stretch_states():
    """(name, how to put a window in it) for every state of the stretch window."""
    routine = ROUTINES["long-break"]
    session = StretchSession(routine, T0)

    def at(kind):
        phase = next(p for p in session.phases if p.kind is kind)
        return lambda w: w.show_snapshot(routine.name, session.snapshot(T0 + phase.start + 0.5))

    def paused(w):
        s = StretchSession(routine, T0)
        s.pause(T0 + 12)
        w.show_snapshot(routine.name, s.snapshot(T0 + 13))

    return [("get ready", at(PhaseKind.READY)), ("hold", at(PhaseKind.HOLD)),
            ("rest", at(PhaseKind.REST)), ("switch sides", at(PhaseKind.SWITCH)),
            ("paused", paused), ("safety note", lambda w: w.show_safety_note()),
            ("done", lambda w: w.show_finished("3 breaks today", "Next break at 10:30"))]


def stretch_window(qtbot, state, palette=None, monkeypatch=None):
    w = StretchWindow()
    if palette is not None:
        w.apply_palette(palette)
    w.configure({"reduce_motion": True, "sound_cue": False, "sound_volume": 60})
    state(w)
    return show(qtbot, w)


@pytest.mark.parametrize("name,state", stretch_states(), ids=[s[0] for s in stretch_states()])
def test_stretch_window_by_keyboard_in_every_state(qtbot, name, state):
    w = stretch_window(qtbot, state)
    names = check_keyboard_and_names(w, name)
    if name in ("hold", "rest", "get ready", "switch sides"):
        assert names == ["Back", "Pause", "Skip", "Close"]
    if name == "paused":
        assert "Resume" in names


def test_stretch_window_keys_work_without_tab(qtbot):
    routine = ROUTINES["long-break"]
    w = stretch_window(qtbot, stretch_states()[1][1])
    for key, signal in ((Qt.Key.Key_Space, w.pause_toggled), (Qt.Key.Key_Right, w.skip_requested),
                        (Qt.Key.Key_Left, w.back_requested)):
        with qtbot.waitSignal(signal, timeout=1000):
            QTest.keyClick(w, key)
    assert routine.name


def test_every_tray_menu_item_has_a_mnemonic(qtbot):
    tray = Tray()
    tray.set_routines([("program", "Back program: Align, 0 of 6 done")]
                      + [(r, ROUTINES[r].name) for r in ROUTINES])
    for state in State:
        tray.show_state(Status(state, None, None, 0.5, False, 2), "status", "Snooze 5 min")
        for menu in (tray.menu, tray.pause_menu, tray.routines_menu):
            items = [a for a in menu.actions() if a.isVisible() and not a.isSeparator()
                     and a.isEnabled() and a.text()]
            letters = []
            for action in items:
                text = action.text().replace("&&", "")
                assert "&" in text, (state, action.text())
                letters.append(text[text.index("&") + 1].lower())
            assert len(letters) == len(set(letters)), (state, [a.text() for a in items])


# -- contrast, measured in the pixels --------------------------------------------------------


def measured_contrast(image: QImage, widget: QWidget, window: QWidget) -> float:
    """The contrast between a widget's background (its commonest colour) and the pixel
    that differs from it most: for text, the colour of a fully covered glyph stem."""
    ratio = window.devicePixelRatioF()
    top_left = widget.mapTo(window, QPoint(0, 0))
    colours = Counter()
    for y in range(int(top_left.y() * ratio), int((top_left.y() + widget.height()) * ratio)):
        for x in range(int(top_left.x() * ratio), int((top_left.x() + widget.width()) * ratio)):
            colours[image.pixelColor(x, y).name()] += 1
    background = colours.most_common(1)[0][0]
    return max(theme.contrast(c, background) for c in colours)


def texts(window: QWidget) -> list[QWidget]:
    labels = [w for w in window.findChildren(QLabel)
              if w.isVisibleTo(window) and w.text().strip() and not w.pixmap()]
    buttons = [w for w in window.findChildren(QAbstractButton) if w.isVisibleTo(window)]
    return labels + buttons


PALETTES = [("light", theme.LIGHT, 4.5), ("dark", theme.DARK, 4.5),
            ("high-contrast-light", theme.HIGH_CONTRAST_LIGHT, 7.0),
            ("high-contrast-dark", theme.HIGH_CONTRAST_DARK, 7.0)]


@pytest.mark.parametrize("label,palette,least", PALETTES, ids=[p[0] for p in PALETTES])
def test_stretch_window_text_contrast_in_its_screenshots(qtbot, label, palette, least):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for name, state in stretch_states():
        w = stretch_window(qtbot, state, palette)
        image = w.grab().toImage()
        image.save(str(SCREENSHOTS / f"contrast-{label}-{name.replace(' ', '-')}.png"))
        measured = {(type(t).__name__, t.text()[:30]): measured_contrast(image, t, w)
                    for t in texts(w)}
        low = {k: round(v, 2) for k, v in measured.items() if v < least}
        assert not low, (label, name, low)
        w.close()


@pytest.mark.parametrize("palette", [theme.HIGH_CONTRAST_LIGHT, theme.HIGH_CONTRAST_DARK],
                         ids=["light", "dark"])
def test_high_contrast_palettes_reach_seven_to_one(palette):
    for role, (text, background) in theme.text_pairs(palette).items():
        assert theme.contrast(text, background) >= 7.0, (role, text, background)
    for role, (colour, background) in theme.graphic_pairs(palette).items():
        assert theme.contrast(colour, background) >= 3.0, (role, colour, background)
    assert theme.contrast(palette.track, palette.background) >= 3.0  # button outlines


def test_the_window_follows_a_request_for_high_contrast(qtbot, monkeypatch):
    w = stretch_window(qtbot, stretch_states()[1][1])
    assert w.palette_ in (theme.LIGHT, theme.DARK)
    monkeypatch.setattr(theme, "high_contrast", lambda: True)
    w.on_colour_scheme_changed()
    assert w.palette_ in (theme.HIGH_CONTRAST_LIGHT, theme.HIGH_CONTRAST_DARK)
