"""The statistics window against generated histories: numbers, bars, empty state, export."""

import csv
import os
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel, QWidget

from deskstretch.core import history as core
from deskstretch.storage.history import History
from deskstretch.ui import theme
from deskstretch.ui.statistics import StatisticsWindow
from tests.sample_history import simulate

ROOT = Path(__file__).resolve().parents[2]
SHOTS = Path(os.environ.get("DESKSTRETCH_SCREENSHOTS", ROOT / "artifacts" / "screenshots"))


class Clock:
    def __init__(self, now):
        self._now = now

    def now(self):
        return self._now


@pytest.fixture(scope="module")
def recs():
    # Four months of a working life, with comfort ratings for the last few weeks.
    return list(simulate(date(2025, 11, 1), 110, seed=4, comfort_from=date(2026, 1, 25)))


@pytest.fixture
def now(recs):
    return recs[-1].at + timedelta(minutes=3)


@pytest.fixture
def store(tmp_path, recs, now):
    h = History.open(tmp_path / "history.sqlite3", Clock(now))
    h.add(recs)
    yield h
    h.close()


def window(qtbot, store=None, palette=theme.LIGHT):
    w = StatisticsWindow(store.export_csv if store else (lambda path: 0), palette=palette)
    qtbot.addWidget(w)
    w.show()
    return w


def test_today_and_streak_numbers_match_the_history(qtbot, store, now, recs):
    w = window(qtbot, store)
    stats = store.statistics(now, 8)
    w.show_statistics(stats)
    expected = core.summarise(recs, now, 8)
    t = expected.today
    assert w.stack.currentIndex() == 1
    assert (t.taken, t.due) == (13, 15)  # the generated last day
    assert w.numbers["taken"].text() == "13 of 15"
    assert w.numbers["stretched"].text() == "17 min"  # 991 s
    assert w.numbers["seated"].text() == "1 h 31 min"
    assert w.numbers["streak"].text() == f"{expected.streaks.current} days"
    assert w.numbers["best"].text() == f"{expected.streaks.best} days"
    assert w.numbers["goal"].text() == "8 breaks"
    names = [name.text() for name, _ in w.top_rows]
    assert names == [f"{i + 1}. {c.name}" for i, c in enumerate(expected.top)]
    assert w.top_rows[0][1].text().startswith(f"{QLocale().toString(expected.top[0].times)} times · ")


def test_a_built_in_exercise_renamed_since_shows_under_its_name_now(qtbot):
    # Records made before "Lower back rotation" became "Knee rolls" still carry the old name;
    # one of the user's own exercises keeps the name it was recorded with.
    at = datetime(2026, 3, 2, 10, 0, tzinfo=timezone.utc)
    done = (core.Done("lower_trunk_rotation", "Lower back rotation", 15),
            core.Done("wall_stretch", "Wall stretch", 30))
    recs = [r for h in range(3) for r in (
        core.Record(core.STARTED, at + timedelta(hours=h), routine="lower-back"),
        core.Record(core.COMPLETED, at + timedelta(hours=h, minutes=5), routine="lower-back",
                    exercises=done[:1] if h else done))]
    w = window(qtbot)
    w.show_statistics(core.summarise(recs, at + timedelta(hours=3), 8))
    shown = [name.text() for name, _ in w.top_rows if not name.isHidden()]
    assert shown == ["1. Knee rolls", "2. Wall stretch"]


def test_bar_heights_follow_the_breaks_per_day_and_the_goal_line(qtbot, store, now):
    w = window(qtbot, store)
    stats = store.statistics(now, 8)
    w.show_statistics(stats)
    chart = w.chart
    values = [v for _, v in stats.last_7]
    rects = chart.bar_rects()
    assert len(rects) == 7
    full = chart._plot().height() / chart.top_value()
    for value, rect in zip(values, rects):
        assert rect.height() == pytest.approx(value * full)
        assert rect.bottom() == pytest.approx(chart._plot().bottom())
    assert chart._y(8) == pytest.approx(chart._plot().bottom() - 8 * full)
    assert "Goal 8 a day" in chart.accessibleDescription()
    assert f"today: {values[-1]}" in chart.accessibleDescription()

    qtbot.mouseClick(w.month_button, Qt.MouseButton.LeftButton)
    assert len(chart.bar_rects()) == 30
    assert [v for _, v in chart.days] == [v for _, v in stats.last_30]
    qtbot.mouseClick(w.week_button, Qt.MouseButton.LeftButton)
    assert len(chart.bar_rects()) == 7


def test_a_goal_above_every_day_still_fits_in_the_chart(qtbot, store, now):
    w = window(qtbot, store)
    w.show_statistics(store.statistics(now, 30))
    assert w.chart._y(30) > w.chart._plot().top()
    assert all(r.top() >= w.chart._plot().top() for r in w.chart.bar_rects())


def test_an_empty_history_shows_a_welcome_and_a_way_to_start(qtbot, now):
    w = window(qtbot)
    w.show_statistics(core.summarise([], now, 8))
    assert w.stack.currentIndex() == 0
    assert "Your breaks will show up here" in w.empty_text.text()
    assert not w.export_button.isVisible()
    with qtbot.waitSignal(w.stretch_requested):
        qtbot.mouseClick(w.stretch_button, Qt.MouseButton.LeftButton)


def test_without_a_history_the_empty_state_says_why(qtbot, now):
    w = window(qtbot)
    w.show_statistics(core.summarise([], now, 8), "Break history is off: the disk is read-only.")
    assert w.empty_text.text() == "Break history is off: the disk is read-only."


def test_comfort_trend_shows_only_when_there_are_ratings(qtbot, store, now, recs):
    w = window(qtbot, store)
    stats = store.statistics(now, 8)
    w.show_statistics(stats)
    c = stats.comfort
    assert c.ratings > 0 and c.before > c.after
    assert w.comfort_box.isVisible()
    assert f"{c.before:.1f} before long breaks, {c.after:.1f} after" in w.comfort_text.text()
    assert len(w.comfort_chart.points("after")) == sum(1 for d in c.days if d.after is not None)
    w.show_statistics(core.summarise([r for r in recs if r.kind != "comfort"], now, 8))
    assert not w.comfort_box.isVisible()


def test_export_button_writes_the_chosen_file(qtbot, store, now, tmp_path, monkeypatch):
    w = window(qtbot, store)
    w.show_statistics(store.statistics(now, 8))
    target = tmp_path / "mine.csv"
    asked = []

    def choose(parent, title, suggested, filters):
        asked.append(Path(suggested).name)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    qtbot.mouseClick(w.export_button, Qt.MouseButton.LeftButton)
    assert asked == [f"deskstretch-history-{now.date().isoformat()}.csv"]
    with target.open(newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == store.count()
    assert rows[-1]["time"] == store.records()[-1].at.isoformat()
    # Numbers are written the user's way (here the C locale's, without separators).
    assert w.export_status.text() == f"Saved {QLocale().toString(store.count())} events to {target}."


def test_export_cancelled_or_failing_leaves_a_clear_state(qtbot, store, now, tmp_path, monkeypatch):
    w = window(qtbot, store)
    w.show_statistics(store.statistics(now, 8))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    qtbot.mouseClick(w.export_button, Qt.MouseButton.LeftButton)
    assert w.export_status.text() == ""
    missing = tmp_path / "no such folder" / "out.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(missing), ""))
    qtbot.mouseClick(w.export_button, Qt.MouseButton.LeftButton)
    assert w.export_status.text() == f"Could not save {missing}: No such file or directory."
    assert not missing.exists()


def test_every_control_is_named_and_reachable_by_keyboard_and_esc_closes(qtbot, store, now):
    w = window(qtbot, store)
    w.show_statistics(store.statistics(now, 8))
    buttons = [b for b in w.findChildren(QAbstractButton) if b.isVisibleTo(w)]
    assert buttons and all(b.accessibleName() for b in buttons)
    assert all(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in buttons)
    w.month_button.setFocus()
    qtbot.keyClick(w.month_button, Qt.Key.Key_Space)
    assert len(w.chart.days) == 30
    qtbot.keyClick(w, Qt.Key.Key_Escape)
    assert not w.isVisible()


@pytest.mark.parametrize("name, palette", [("light", theme.LIGHT), ("dark", theme.DARK)])
def test_screenshots_for_a_person_to_look_at(qtbot, store, now, name, palette):
    SHOTS.mkdir(parents=True, exist_ok=True)
    w = window(qtbot, store, palette)

    def shot(suffix):
        # Let the layouts settle, as they do before anything is painted on screen.
        QApplication.processEvents()
        image = w.grab()
        assert image.save(str(SHOTS / f"statistics-{name}{suffix}.png"))
        return image

    w.show_statistics(store.statistics(now, 8))
    assert not shot("").isNull()
    # Nothing is squeezed: every label has the room its text needs.
    labels = [label for label in w.findChildren(QLabel) if label.isVisibleTo(w) and label.text()]
    assert all(label.height() >= label.minimumSizeHint().height() for label in labels)
    # And nothing spills out of the part of the window that holds it.
    shown = [x for x in w.findChildren(QWidget) if x.isVisibleTo(w) and x.parentWidget()]
    outside = [x for x in shown if not x.parentWidget().rect().contains(x.geometry())]
    assert outside == []
    qtbot.mouseClick(w.month_button, Qt.MouseButton.LeftButton)
    shot("-30-days")
    w.show_statistics(core.summarise([], now, 8))
    shot("-empty")
    assert w.empty_text.height() >= w.empty_text.heightForWidth(w.empty_text.width())
