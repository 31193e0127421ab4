"""The stretch window as a user sees it: every phase, control, key, the moving figure and sound."""

import json
import sys
import wave
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from deskstretch.core import motion, poses
from deskstretch.core.library import ROUTINES, SAFETY, SEATED, STAND_UP
from deskstretch.core.routines import PhaseKind
from deskstretch.core.session import StretchSession
from deskstretch.ui import theme
from deskstretch.ui.chime import Chime
from deskstretch.ui.stretch_window import FINISHED, FRAME_MS, NOTE, RUNNING, StretchWindow
from deskstretch.ui.window_memory import WindowMemory
from tests.fakes import RecordingPlayer

T0 = 100.0
NOW = datetime(2026, 3, 4, 10, 5, 6)  # when a damaged window.json is found


class Clock:
    """Monotonic seconds that move only when told."""

    def __init__(self):
        self.now = T0

    def __call__(self):
        return self.now


def window(qtbot, **kw):
    w = StretchWindow(**kw)
    qtbot.addWidget(w)
    return w


class Live:
    """A window following a session on a fake clock, as the controller wires it."""

    def __init__(self, qtbot, routine=STAND_UP, reduce_motion=False, **kw):
        self.clock = Clock()
        self.session = StretchSession(routine, self.clock())
        self.w = window(qtbot, **kw)
        self.w.configure({"reduce_motion": reduce_motion, "sound_cue": False, "sound_volume": 60})
        self.w.follow(self.session.phases, lambda: self.session.snapshot(self.clock()))
        self.qtbot = qtbot

    def render(self):
        self.w.show_snapshot(self.session.routine.name, self.session.snapshot(self.clock()))

    def at(self, position):
        self.clock.now = T0 + position
        self.render()

    def next_frame(self):
        """Let the window's own frame timer fire, as the event loop would."""
        assert self.w.frames.isActive()
        with self.qtbot.waitSignal(self.w.frames.timeout, timeout=2000):
            pass


def pose_at(exercise_id, t, mirrored=False):
    start, end = poses.POSES[exercise_id]
    if mirrored:
        start, end = poses.mirror(start), poses.mirror(end)
    return poses.interpolate(start, end, t)


def same_pose(a, b):
    """Equal but for rounding in the easing curve."""
    return (a.view, a.facing) == (b.view, b.facing) and all(
        abs(a.angles[j] - b.angles[j]) < 1e-6 for j in b.angles) and abs(a.x - b.x) < 1e-6 and \
        abs(a.y - b.y) < 1e-6


# -- what it shows ---------------------------------------------------------------------------


def test_shows_the_exercise_countdown_rep_and_what_comes_next(qtbot):
    w = window(qtbot)
    s = StretchSession(STAND_UP, T0)
    w.show_snapshot("Stand-up break", s.snapshot(T0 + 16.5))  # the rest before rep 2
    assert w.exercise_name.text() == "Overhead reach"
    assert w.detail.text() == "rep 2 of 2"
    assert w.ring._seconds == 3 and w.ring._word == "Rest"
    assert w.ring._colour == w.palette_.rest
    assert w.progress_text.text() == "Stand-up break · step 1 of 3"
    assert w.time_left.text() == "0:44 left"
    assert w.progress.value() == round(16.5 / 60 * 1000)
    assert w.next_up.text() == "Next: Shoulder rolls"
    assert "Raise both arms" in w.instructions.text()
    assert w.caution.text() == SAFETY
    assert w.windowTitle() == "Overhead reach · Rest — DeskStretch"


def test_each_phase_has_its_word_and_colour(qtbot):
    w = window(qtbot)
    long = ROUTINES["long-break"]
    s = StretchSession(long, T0)
    pal = w.palette_
    seen = {}
    for phase in s.phases[:6]:
        w.show_snapshot(long.name, s.snapshot(T0 + phase.start + 0.5))
        seen[phase.kind] = (w.ring._word, w.ring._colour, w.ring._label_colour)
    assert seen[PhaseKind.READY] == ("Get ready", pal.muted, pal.muted)
    assert seen[PhaseKind.HOLD] == ("Hold", pal.accent, pal.accent_text)
    assert seen[PhaseKind.REST] == ("Rest", pal.rest, pal.rest_text)
    assert seen[PhaseKind.SWITCH] == ("Switch sides", pal.warning, pal.warning)


def test_get_ready_hint_takes_the_place_of_the_first_step(qtbot):
    w = window(qtbot)
    s = StretchSession(STAND_UP, T0)
    w.show_snapshot("Stand-up break", s.snapshot(T0 + 1))
    lines = w.instructions.text().splitlines()
    assert lines[0] == s.phases[0].hint
    assert lines[1:] == list(STAND_UP.steps[0].exercise.steps[1:])


def test_an_exercise_with_a_caution_shows_it_instead_of_the_general_line(qtbot):
    from dataclasses import replace

    from deskstretch.core.routines import Routine, Step

    careful = replace(STAND_UP.steps[0].exercise, caution="Keep your elbows soft.")
    routine = Routine("x", "Test", "a test", (Step(careful, 10),))
    w = window(qtbot)
    w.show_snapshot("Test", StretchSession(routine, T0).snapshot(T0 + 4))
    assert w.caution.text() == "Keep your elbows soft."


def test_one_sided_exercise_names_the_side_and_mirrors_the_picture(qtbot):
    w = window(qtbot)
    s = StretchSession(SEATED, T0)
    left = next(p for p in s.phases if p.side == "left" and p.kind is PhaseKind.HOLD)
    w.show_snapshot("Seated break", s.snapshot(T0 + left.start + 1))
    assert w.detail.text() == "Left side"
    assert w.figure.frame.mirrored
    assert same_pose(w.figure.pose, pose_at("neck_stretch", 1.0, mirrored=True))
    assert w.next_up.text() == "Last one"


def test_paused_shows_resume(qtbot):
    w = window(qtbot)
    s = StretchSession(STAND_UP, T0)
    s.pause(T0 + 1)
    w.show_snapshot("Stand-up break", s.snapshot(T0 + 1))
    assert w.pause_button.text() == "Resume"
    assert w.pause_button.accessibleName() == "Resume"
    assert w.ring._word == "Paused"


def test_finish_screen(qtbot):
    w = window(qtbot)
    w.show_finished("3 breaks today · 4-day streak", "Next break at 10:31, in 30 min.")
    assert w.stack.currentIndex() == FINISHED
    assert w.done_title.text() == "Break done"
    assert w.done_detail.text() == "3 breaks today · 4-day streak"
    assert w.done_next.text() == "Next break at 10:31, in 30 min."
    assert w.windowTitle() == "Break done — DeskStretch"


def test_every_phase_fits_the_default_size_without_overlap(qtbot):
    # Qt squeezes widgets on top of each other when their minimum heights exceed the window.
    w = window(qtbot)
    for routine in ROUTINES.values():
        s = StretchSession(routine, T0)
        for phase in s.phases:
            w.show_snapshot(routine.name, s.snapshot(T0 + phase.start + 0.5))
            assert w.layout().minimumSize().height() <= w.height(), (routine.id, phase)
            width = w.width() - 48  # the margins on both sides
            lines = w.instructions.text().splitlines()
            assert len(lines) <= 4, (routine.id, phase)
            for line in lines:
                assert w.instructions.fontMetrics().horizontalAdvance(line) <= width, line
            caution = w.caution.fontMetrics().boundingRect(
                0, 0, width, 1000, Qt.TextFlag.TextWordWrap, w.caution.text())
            assert caution.height() <= w.caution.height(), w.caution.text()
    # and the figure keeps a size that reads at a glance
    assert min(w.figure.width(), w.figure.height()) >= 160


# -- controls and keys -----------------------------------------------------------------------


def test_buttons_and_keys_emit_intents_and_every_control_has_a_name(qtbot):
    w = window(qtbot)
    w.show_snapshot("Stand-up break", StretchSession(STAND_UP, T0).snapshot(T0))
    w.show()
    qtbot.waitExposed(w)
    for key, signal in ((Qt.Key.Key_Space, w.pause_toggled), (Qt.Key.Key_Right, w.skip_requested),
                        (Qt.Key.Key_Left, w.back_requested), (Qt.Key.Key_Escape, w.close_requested)):
        with qtbot.waitSignal(signal):
            qtbot.keyClick(w, key)
    for button, signal, name in ((w.back_button, w.back_requested, "Back"),
                                 (w.pause_button, w.pause_toggled, "Pause"),
                                 (w.skip_button, w.skip_requested, "Skip"),
                                 (w.close_button, w.close_requested, "Close")):
        assert button.accessibleName() == name
        assert button.accessibleDescription()
        with qtbot.waitSignal(signal):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    for control in (w.done_button, w.note_button, w.progress, w.ring, w.figure):
        assert control.accessibleName(), control


def test_on_the_finish_screen_only_escape_and_the_button_act(qtbot):
    w = window(qtbot)
    w.show_finished("Nice work.")
    w.show()
    qtbot.waitExposed(w)
    with qtbot.assertNotEmitted(w.pause_toggled), qtbot.assertNotEmitted(w.skip_requested):
        qtbot.keyClick(w, Qt.Key.Key_Right)
    with qtbot.waitSignal(w.close_requested):
        qtbot.keyClick(w, Qt.Key.Key_Escape)
    with qtbot.waitSignal(w.close_requested):
        w.done_button.click()
    with qtbot.waitSignal(w.close_requested):
        qtbot.keyClick(w.done_button, Qt.Key.Key_Return)


def test_closing_the_window_asks_to_end_the_break(qtbot):
    w = window(qtbot)
    w.show()
    with qtbot.waitSignal(w.close_requested):
        w.close()


# -- the moving figure -----------------------------------------------------------------------


def test_the_figure_moves_from_start_to_end_pose_as_the_clock_runs(qtbot):
    live = Live(qtbot)
    live.w.show()
    live.at(0.0)
    assert same_pose(live.w.figure.pose, pose_at("standing_overhead_reach", 0.0))
    # Still for a moment, with one wakeup set for when the move begins.
    assert live.w.frames.isActive() and live.w.frames.isSingleShot()
    assert live.w.frames.remainingTime() > FRAME_MS

    mid = motion.LEAD_S + motion.MOVE_S / 2
    live.clock.now = T0 + mid
    live.next_frame()  # no snapshot from outside: the frame timer reads the clock itself
    assert same_pose(live.w.figure.pose, pose_at("standing_overhead_reach", 0.5))
    assert live.w.figure.frame.moving and live.w.frames.isActive()

    live.clock.now = T0 + motion.LEAD_S + motion.MOVE_S + 0.1
    live.next_frame()
    assert same_pose(live.w.figure.pose, pose_at("standing_overhead_reach", 1.0))
    assert not live.w.frames.isActive()  # at rest: nothing more to draw


def test_a_stalled_loop_does_not_put_the_figure_out_of_step(qtbot):
    live = Live(qtbot)
    live.w.show()
    live.at(0.0)
    # The loop was busy for a long time: the next frame shows where the routine is now.
    live.clock.now = T0 + 15.75  # halfway back to the start pose in the rest
    live.next_frame()
    assert same_pose(live.w.figure.pose, pose_at("standing_overhead_reach", 0.5))


def test_no_frame_timer_while_a_hold_counts_down(qtbot):
    live = Live(qtbot)
    live.w.show()
    for second in range(6, 15):
        live.at(second + 0.01)
        assert same_pose(live.w.figure.pose, pose_at("standing_overhead_reach", 1.0))
        assert not live.w.frames.isActive(), second
    qtbot.waitUntil(lambda: live.w.figure.paints > 0)
    paints = live.w.figure.paints
    live.at(14.01)
    QApplication.processEvents()  # the new number is painted ...
    assert live.w.ring._seconds == 1
    assert live.w.figure.paints == paints  # ... and the figure is not redrawn for it


def test_paused_figure_stands_still_and_no_frames_run(qtbot):
    live = Live(qtbot)
    live.w.show()
    live.clock.now = T0 + 1.0
    live.session.pause(live.clock())
    live.render()
    assert live.w.figure.frame.moving  # caught mid-move ...
    assert not live.w.frames.isActive()  # ... but nothing runs while paused


def test_the_left_side_uses_the_mirror_image_and_flips_at_switch_sides(qtbot):
    live = Live(qtbot, routine=SEATED)
    live.w.show()
    right = next(p for p in live.session.phases if p.side == "right" and p.kind is PhaseKind.HOLD)
    switch = next(p for p in live.session.phases if p.kind is PhaseKind.SWITCH)
    live.at(right.start + 2)
    right_image = live.w.figure.grab().toImage()
    assert same_pose(live.w.figure.pose, pose_at("neck_stretch", 1.0))

    live.at(switch.start + motion.BACK_S + motion.FLIP_S / 2)
    assert live.w.figure.frame.width < 0.1 and live.w.frames.isActive()

    live.at(switch.start + switch.seconds - 0.01)
    assert live.w.figure.frame.mirrored
    assert same_pose(live.w.figure.pose, pose_at("neck_stretch", 1.0, mirrored=True))
    left_image = live.w.figure.grab().toImage()
    assert _mirror_difference(right_image, left_image) < 0.02


def _mirror_difference(a: QImage, b: QImage) -> float:
    """Share of pixels where `b` is not `a` flipped left to right (antialiasing aside)."""
    flipped = a.flipped(Qt.Orientation.Horizontal)
    differ = 0
    for y in range(0, a.height(), 2):
        for x in range(0, a.width(), 2):
            p, q = QColor(flipped.pixel(x, y)), QColor(b.pixel(x, y))
            if abs(p.lightness() - q.lightness()) > 60:
                differ += 1
    return differ / ((a.width() // 2) * (a.height() // 2))


def test_reduce_motion_shows_the_end_pose_only_and_runs_no_frame_timer(qtbot):
    live = Live(qtbot, reduce_motion=True)
    live.w.show()
    for position in (0.0, 0.5, 1.0, 15.5, 19.5):  # get ready, the rest, back into rep 2
        live.at(position)
        assert same_pose(live.w.figure.pose, pose_at("standing_overhead_reach", 1.0)), position
        assert not live.w.frames.isActive(), position


def test_turning_reduce_motion_on_mid_move_stops_the_animation(qtbot):
    live = Live(qtbot)
    live.w.show()
    live.at(1.0)
    assert live.w.frames.isActive()
    live.w.configure({"reduce_motion": True, "sound_cue": False, "sound_volume": 60})
    assert same_pose(live.w.figure.pose, pose_at("standing_overhead_reach", 1.0))
    assert not live.w.frames.isActive()


def test_the_dark_scheme_draws_the_figure_in_light_ink(qtbot):
    w = window(qtbot)
    w.apply_palette(theme.DARK)
    w.show_snapshot("Stand-up break", StretchSession(STAND_UP, T0).snapshot(T0 + 6))
    image = w.figure.grab().toImage()
    colours = {image.pixel(x, y) for y in range(0, image.height(), 2)
               for x in range(0, image.width(), 2)}
    assert QColor(theme.DARK.text).rgb() in colours
    assert QColor(theme.LIGHT.text).rgb() not in colours


def test_the_window_follows_a_change_of_colour_scheme(qtbot, monkeypatch, qapp):
    w = window(qtbot)
    monkeypatch.setattr(theme, "current", lambda: theme.DARK)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert w.palette_ is theme.DARK
    assert theme.DARK.background in w.styleSheet()


# -- remembering, the safety note and sound --------------------------------------------------


def test_size_is_remembered_across_runs_and_a_bad_file_is_kept(qtbot, tmp_path, caplog):
    path = tmp_path / "window.json"
    w = window(qtbot, memory=WindowMemory(path, NOW))
    assert (w.width(), w.height()) == (440, 600)
    w.show()
    w.resize(500, 640)
    w.hide()
    assert json.loads(path.read_text())["width"] == 500
    again = window(qtbot, memory=WindowMemory(path, NOW))
    assert (again.width(), again.height()) == (500, 640)

    path.write_text('{"width": "wide"}')
    memory = WindowMemory(path, NOW)
    assert memory.state.width == 440
    [record] = caplog.records
    assert str(path) in record.getMessage() and '"width"' in record.getMessage()
    assert "from 200 to 10000" in record.getMessage()
    assert (tmp_path / "window.json.20260304-100506.bad").read_text() == '{"width": "wide"}'
    caplog.clear()


def test_safety_note_shows_until_accepted_and_is_remembered(qtbot, tmp_path):
    path = tmp_path / "window.json"
    w = window(qtbot, memory=WindowMemory(path, NOW))
    assert not w.safety_note_read
    w.show_safety_note()
    w.show()
    qtbot.waitExposed(w)
    assert w.focusWidget() is w.note_button  # Space or Enter reads "OK, let's start"
    # Snapshots coming in meanwhile do not take the note away.
    w.show_snapshot("Stand-up break", StretchSession(STAND_UP, T0).snapshot(T0))
    assert w.stack.currentIndex() == NOTE
    assert "physiotherapist or doctor" in " ".join(label.text() for label in w.note_lines)
    with qtbot.waitSignal(w.safety_note_accepted):
        qtbot.keyClick(w.note_button, Qt.Key.Key_Return)
    assert w.stack.currentIndex() == RUNNING
    assert WindowMemory(path, NOW).state.safety_note_read



def peak(path):
    import array

    with wave.open(str(path)) as f:
        return max(abs(s) for s in array.array("h", f.readframes(f.getnframes())))


def test_sound_cue_plays_the_chime_at_each_phase_change_at_the_chosen_volume(qtbot, tmp_path):
    player = RecordingPlayer(tmp_path)
    live = Live(qtbot, chime=None)
    live.w.chime = Chime(live.w, player=[str(player.command)])
    live.w.configure({"reduce_motion": False, "sound_cue": True, "sound_volume": 50})
    live.at(4.5)
    assert player.played() == []  # opening the window is not a phase change
    with qtbot.waitSignal(live.w.phase_started) as started:
        live.at(5.01)  # get ready -> hold
    assert started.args == ["hold"]
    qtbot.waitUntil(lambda: len(player.played()) == 1 and not live.w.chime.running)
    [played] = player.played()
    from deskstretch.ui.chime import chime_file

    assert peak(played) == pytest.approx(peak(chime_file()) * 0.25, abs=2)

    # Skipping is the user's own doing: no chime.
    with qtbot.assertNotEmitted(live.w.phase_started):
        live.session.skip(live.clock())
        live.render()


def test_no_chime_when_the_sound_cue_is_off(qtbot, tmp_path):
    player = RecordingPlayer(tmp_path)
    live = Live(qtbot)
    live.w.chime = Chime(live.w, player=[str(player.command)])
    live.at(4.5)
    with qtbot.waitSignal(live.w.phase_started):
        live.at(5.01)
    assert live.w.chime.running == [] and player.played() == []


def test_a_missing_sound_player_is_logged_once(qtbot, caplog, monkeypatch):
    monkeypatch.setattr("deskstretch.ui.chime.find_player", lambda: None)
    monkeypatch.setattr(sys, "platform", "linux")
    chime = Chime(multimedia=lambda: None)
    chime.play(60)
    chime.play(60)
    [record] = caplog.records
    assert "no sound player was found" in record.getMessage()
    caplog.clear()


def test_opens_again_where_it_was_left_within_a_run(qtbot):
    w = window(qtbot)
    w.present(take_focus=True)
    qtbot.waitExposed(w)
    screen = w.screen().availableGeometry()
    assert screen.contains(w.geometry().center())
    w.move(screen.x() + 7, screen.y() + 5)
    left_at = w.geometry()
    w.hide()
    w.present(take_focus=False)
    assert w.geometry() == left_at
    assert w.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
