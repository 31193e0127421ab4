from PySide6.QtCore import Qt

from deskstretch.core.library import SEATED, STAND_UP
from deskstretch.core.session import StretchSession
from deskstretch.ui.stretch_window import StretchWindow

T0 = 100.0


def window(qtbot):
    w = StretchWindow()
    qtbot.addWidget(w)
    return w


def test_shows_the_exercise_countdown_rep_and_what_comes_next(qtbot):
    w = window(qtbot)
    s = StretchSession(STAND_UP, T0)
    w.show_snapshot("Stand-up break", s.snapshot(T0 + 16.5))  # second rep of the reach
    assert w.exercise_name.text() == "Overhead reach"
    assert w.detail.text() == "rep 2 of 2"
    assert w.ring._seconds == 3 and w.ring._word == "Rest"
    assert w.progress_text.text() == "Stand-up break · step 1 of 3"
    assert w.time_left.text() == "0:44 left"
    assert w.next_up.text() == "Next: Shoulder rolls"
    assert "Raise both arms" in w.instructions.text()
    assert w.safety.text() == "Move slowly; don't bounce. Stop if the pain gets worse."


def test_one_sided_exercise_names_the_side_and_mirrors_the_picture(qtbot):
    w = window(qtbot)
    s = StretchSession(SEATED, T0)
    left = next(p for p in s.phases if p.side == "left" and p.kind.value == "hold")
    w.show_snapshot("Seated break", s.snapshot(T0 + left.start + 1))
    assert w.detail.text() == "Left side"
    assert w.illustration._mirrored
    assert w.next_up.text() == "Last one"


def test_paused_shows_resume(qtbot):
    w = window(qtbot)
    s = StretchSession(STAND_UP, T0)
    s.pause(T0 + 1)
    w.show_snapshot("Stand-up break", s.snapshot(T0 + 1))
    assert w.pause_button.text() == "Resume"
    assert w.ring._word == "Paused"


def test_buttons_and_keys_emit_intents(qtbot):
    w = window(qtbot)
    w.show_snapshot("Stand-up break", StretchSession(STAND_UP, T0).snapshot(T0))
    w.show()
    qtbot.waitExposed(w)
    for key, signal in ((Qt.Key.Key_Space, w.pause_toggled), (Qt.Key.Key_Right, w.skip_requested),
                        (Qt.Key.Key_Left, w.back_requested), (Qt.Key.Key_Escape, w.close_requested)):
        with qtbot.waitSignal(signal):
            qtbot.keyClick(w, key)
    with qtbot.waitSignal(w.skip_requested):
        w.skip_button.click()


def test_finish_screen(qtbot):
    w = window(qtbot)
    w.show_finished("Next break at 10:31, in 30 min.")
    assert w.stack.currentIndex() == 1
    assert w.done_title.text() == "Break done"
    assert "30 min" in w.done_detail.text()


def test_every_phase_fits_the_default_size_without_overlap(qtbot):
    # Qt squeezes widgets on top of each other when their minimum heights exceed the window.
    from deskstretch.core.library import ROUTINES

    w = window(qtbot)
    for routine in ROUTINES.values():
        s = StretchSession(routine, T0)
        for phase in s.phases:
            w.show_snapshot(routine.name, s.snapshot(T0 + phase.start + 0.5))
            assert w.layout().minimumSize().height() <= w.height(), (routine.id, phase)
            width = w.width() - 48  # the margins on both sides
            for line in w.instructions.text().splitlines():
                assert w.instructions.fontMetrics().horizontalAdvance(line) <= width, line
