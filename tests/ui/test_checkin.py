"""The comfort check-in window: eleven one-click ratings, a skip, and the keyboard."""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from deskstretch.ui import theme
from deskstretch.ui.checkin import CheckinWindow

ROOT = Path(__file__).resolve().parents[2]
SHOTS = Path(os.environ.get("DESKSTRETCH_SCREENSHOTS", ROOT / "artifacts" / "screenshots"))


def window(qtbot, palette=theme.LIGHT):
    w = CheckinWindow(palette)
    qtbot.addWidget(w)
    return w


def test_one_click_rates_and_closes(qtbot):
    w = window(qtbot)
    w.ask("before")
    assert w.question.text() == "Before you start: how does your back feel?"
    assert [b.text() for b in w.buttons] == [str(n) for n in range(11)]
    assert w.buttons[7].accessibleName() == "Discomfort 7 of 10"
    with qtbot.waitSignal(w.answered) as got:
        qtbot.mouseClick(w.buttons[7], Qt.MouseButton.LeftButton)
    assert got.args == ["before", 7]
    assert not w.isVisible()


def test_skip_and_escape_answer_nothing(qtbot):
    w = window(qtbot)
    w.ask("after")
    with qtbot.waitSignal(w.answered) as got:
        qtbot.mouseClick(w.skip_button, Qt.MouseButton.LeftButton)
    assert got.args == ["after", None]
    w.ask("after")
    with qtbot.waitSignal(w.answered) as got:
        qtbot.keyClick(w, Qt.Key.Key_Escape)
    assert got.args == ["after", None] and not w.isVisible()


def test_arrow_keys_move_along_the_scale_and_space_answers(qtbot):
    w = window(qtbot)
    w.ask("before")
    assert w.focusWidget() not in w.buttons  # no number suggested
    qtbot.keyClick(w, Qt.Key.Key_Right)
    assert w.focusWidget() is w.buttons[5]
    qtbot.keyClick(w.buttons[5], Qt.Key.Key_Left)
    qtbot.keyClick(w.buttons[4], Qt.Key.Key_Left)
    assert w.focusWidget() is w.buttons[3]
    with qtbot.waitSignal(w.answered) as got:
        qtbot.keyClick(w.buttons[3], Qt.Key.Key_Space)
    assert got.args == ["before", 3]


@pytest.mark.parametrize("name, palette", [("light", theme.LIGHT), ("dark", theme.DARK)])
def test_screenshot_for_a_person_to_look_at(qtbot, name, palette):
    SHOTS.mkdir(parents=True, exist_ok=True)
    w = window(qtbot, palette)
    w.ask("before")
    QApplication.processEvents()
    assert w.grab().save(str(SHOTS / f"checkin-{name}.png"))
    assert all(b.width() >= b.fontMetrics().horizontalAdvance("10") for b in w.buttons)
