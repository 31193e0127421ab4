"""Translations: every visible text goes through Qt's translation system, the shipped
translations are complete and current, and German (the longest) fits the windows."""

import os
import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSpinBox, QComboBox, QLabel, QLineEdit, QMenu, QTabWidget, QWidget,
)

from deskstretch.core import library
from deskstretch.core import settings as decl
from deskstretch.core.routines import Routine, Step
from deskstretch.core.session import StretchSession
from deskstretch.storage.history import History
from deskstretch.ui import i18n
from deskstretch.ui.statistics import StatisticsWindow
from deskstretch.ui.stretch_window import StretchWindow
from deskstretch.ui.window_memory import DEFAULT_SIZE
from tests.sample_history import simulate

ROOT = Path(__file__).resolve().parents[2]
SHOTS = Path(os.environ.get("DESKSTRETCH_SCREENSHOTS", ROOT / "artifacts" / "screenshots"))
MIN = timedelta(minutes=1)
OPEN, CLOSE = "⟦", "⟧"
# Names that are the same in every language: the app's, and each language's own.
AS_WRITTEN = ("DeskStretch", *i18n.LANGUAGE_NAMES.values())


class Marking(QTranslator):
    """Answers every text, Qt's own included, with the source text between marks."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"{OPEN}{source}{CLOSE}"

    def isEmpty(self):
        return False


@pytest.fixture
def language(qapp):
    """Use a language (or the marking translator) for one test; the system's after."""
    def use(choice):
        if isinstance(choice, QTranslator):
            for old in qapp._deskstretch_translators:
                qapp.removeTranslator(old)
            qapp._deskstretch_translators = [choice]
            qapp.installTranslator(choice)
        else:
            i18n.install(qapp, choice)

    yield use
    i18n.install(qapp, "system")


def untranslated(text: str) -> list[str]:
    """The words of ``text`` that did not come out of a translation."""
    rest = text
    while True:
        inner = re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", "", rest)
        if inner == rest:
            break
        rest = inner
    for name in AS_WRITTEN:
        rest = rest.replace(name, "")
    return re.findall(r"[^\W\d_]+", rest)


def texts_of(top: QWidget | QMenu) -> list[tuple[str, str]]:
    """(where, text) for every text a user can see or hear from ``top`` and its children:
    titles, labels, buttons, menu items, tooltips, tabs, choices, placeholders, units and
    what a screen reader says."""
    found = []
    for w in [top, *top.findChildren(QWidget)]:
        where = f"{type(w).__name__} {w.objectName()}".strip()
        if w.isWindow():
            found.append((f"{where} title", w.windowTitle()))
        found += [(f"{where} tooltip", w.toolTip()), (f"{where} name", w.accessibleName()),
                  (f"{where} description", w.accessibleDescription())]
        if isinstance(w, (QLabel, QAbstractButton)):
            found.append((where, w.text()))
        if isinstance(w, QLineEdit):
            found.append((f"{where} placeholder", w.placeholderText()))
        if isinstance(w, QAbstractSpinBox) and hasattr(w, "suffix"):
            found.append((f"{where} unit", w.suffix()))
        if isinstance(w, QComboBox):
            found += [(f"{where} item", w.itemText(i)) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            found += [(f"{where} tab", w.tabText(i)) for i in range(w.count())]
        if isinstance(w, QMenu):
            found.append((f"{where} menu", w.title()))
            found += [(f"{where} item", a.text()) for a in w.actions()]
    return [(where, text) for where, text in found if text]


def not_translated(pairs) -> list[str]:
    return [f"{where}: {text!r}" for where, text in pairs if untranslated(text)]


def test_the_check_finds_a_text_set_without_translation():
    assert untranslated(f"{OPEN}Next: %1{CLOSE}") == []
    assert untranslated(f"{OPEN}Next: {OPEN}Shoulder rolls{CLOSE}{CLOSE} 0:42") == []
    assert untranslated(f"{OPEN}Paused{CLOSE} until you resume") == ["until", "you", "resume"]
    assert untranslated("DeskStretch\nNext break") == ["Next", "break"]


def test_every_visible_text_comes_through_translation(make, language, alarms, clock, start,
                                                      notes, qtbot, tmp_path):
    language(Marking())
    c = make()
    seen = texts_of(c.tray.menu) + [("tray tooltip", c.tray.icon.toolTip())]
    # The warning and the reminder (with their action labels), then the menu near a break.
    alarms.run_until(start + 30 * MIN)
    seen += texts_of(c.tray.menu)
    c.snooze()
    c.snooze()
    alarms.run_until(clock.now() + 10 * MIN)
    c.snooze()  # no snoozes left: says so
    seen += [("notification", text) for title, body, actions in notes.shown
             for text in (title, body, *(label for _, label in actions))]
    seen += texts_of(c.tray.menu)
    c.pause("tomorrow")
    seen += texts_of(c.tray.menu) + [("tray tooltip", c.tray.icon.toolTip())]
    c.resume()

    # The stretch window: the safety note, a one-sided exercise with reps, and the finish.
    c.start_break("long-break")
    c.window.show_safety_note()
    seen += texts_of(c.window)
    c.window._accept_note()
    for seconds in (1, 6, 14, 40):
        clock.advance(seconds=seconds)
        c._render()
        seen += texts_of(c.window)
    c._on_pause_toggled()
    seen += texts_of(c.window)
    c._on_pause_toggled()
    clock.advance(seconds=c.session.total)
    with qtbot.waitSignal(c.break_finished):
        c._render()
    seen += texts_of(c.window)

    c.open_preferences()
    seen += texts_of(c.preferences)
    c.preferences.editors["interval_minutes"].setValue(500)
    c.preferences.accept()
    seen += [("preferences problem", c.preferences.error.text())]
    c.preferences.editors["interval_minutes"].setValue(30)
    c.preferences.editors["working_hours"].setText("Mon-Fri 9-5")
    c.preferences.accept()
    # The reason quotes what was typed and the format, whose day names are English in every
    # language; the sentence around it is translated.
    problem = c.preferences.error.text()
    assert problem.startswith(OPEN) and "not understood" in problem
    c.preferences.reject()

    c._ask_comfort("after")
    seen += texts_of(c.checkin)
    c.checkin.hide()

    c.open_statistics()  # the history has the break above
    seen += texts_of(c.statistics)
    empty = StatisticsWindow(lambda path: 0)
    qtbot.addWidget(empty)
    empty.show_statistics(History.open(tmp_path / "none.sqlite3", clock).statistics(clock.now(), 8))
    seen += texts_of(empty)
    stats = history_statistics(tmp_path)
    c.statistics.show_statistics(stats)
    seen += texts_of(c.statistics)

    assert len(seen) > 300
    assert not_translated(seen) == []


def history_statistics(tmp_path):
    recs = list(simulate(date(2026, 1, 1), 40, seed=2, comfort_from=date(2026, 1, 20)))
    now = recs[-1].at + timedelta(minutes=3)

    class Clock:
        def now(self):
            return now

    store = History.open(tmp_path / "sample.sqlite3", Clock())
    store.add(recs)
    stats = store.statistics(now, 8)
    store.close()
    return stats


def test_translations_are_complete_and_current():
    """Fails when a text in the code or the library is missing from a .ts file, an entry is
    unfinished or empty, or a compiled .qm is older than its .ts."""
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "update_translations.py"),
                             "--check"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("lang", ["de", "es", "fr"])
def test_each_language_is_shipped_and_used(lang, language, qapp):
    language(lang)
    assert QLocale().language() == QLocale(lang).language()
    assert (ROOT / "assets" / "translations" / f"deskstretch_{lang}.qm").is_file()
    translated = QCoreApplication.translate("Tray", "&Stretch now")
    assert translated != "&Stretch now"
    assert i18n.library(library.OVERHEAD_REACH.name) != library.OVERHEAD_REACH.name
    assert i18n.setting(decl.BY_KEY["language"].label) != "Language"
    # Plural forms come out whole.
    one = QCoreApplication.translate("Statistics", "%Ln day(s)", "", 1)
    many = QCoreApplication.translate("Statistics", "%Ln day(s)", "", 5)
    assert "1" in one and "5" in many and one.replace("1", "") != many.replace("5", "")


def test_english_has_plural_forms(language):
    language("en")
    assert QCoreApplication.translate("Statistics", "%Ln day(s)", "", 1) == "1 day"
    assert QCoreApplication.translate("Statistics", "%Ln day(s)", "", 4) == "4 days"


def test_the_language_setting_is_read_without_touching_the_file(tmp_path):
    config = tmp_path / "config.toml"
    assert i18n.configured_language(config) == "system"
    config.write_text('language = "fr"\n')
    assert i18n.configured_language(config) == "fr"
    config.write_text('language = "tlh"\n')
    assert i18n.configured_language(config) == "system"
    config.write_text("not toml [")
    assert i18n.configured_language(config) == "system"
    assert config.read_text() == "not toml ["


def test_preferences_offer_each_language_by_its_own_name(make, language):
    language("de")
    c = make()
    c.open_preferences()
    box = c.preferences.editors["language"]
    assert [box.itemText(i) for i in range(box.count())] == [
        "Wie das System", "English", "Deutsch", "Español", "Français"]
    assert [box.itemData(i) for i in range(box.count())] == list(decl.LANGUAGES)
    c.preferences.reject()


# -- German fits ----------------------------------------------------------------------------


def settle(top: QWidget) -> None:
    """Lay out ``top`` and everything in it now, rather than over turns of the event loop."""
    for _ in range(2):
        for w in [top, *top.findChildren(QWidget)]:
            if w.layout() is not None:
                w.layout().activate()


def clipped(top: QWidget) -> list[str]:
    """Visible labels and buttons whose text needs more room than they have."""
    out = []
    for w in [top, *top.findChildren(QWidget)]:
        if not w.isVisibleTo(top) or w.width() == 0:
            continue
        if isinstance(w, QLabel) and w.text():
            room = w.contentsRect()
            if w.wordWrap():
                need = w.heightForWidth(room.width())
                if need > room.height() + 1:
                    out.append(f"{w.text()!r} needs {need} px of height, has {room.height()}")
            elif w.sizeHint().width() > w.width():
                out.append(f"{w.text()!r} needs {w.sizeHint().width()} px, has {w.width()}")
        elif isinstance(w, QAbstractButton) and w.text() and w.sizeHint().width() > w.width():
            out.append(f"button {w.text()!r} needs {w.sizeHint().width()} px, has {w.width()}")
    return out


def every_exercise() -> Routine:
    steps = tuple(Step.dose(e, reps=2) for e in library.EXERCISES.values())
    return Routine("all", library.LOWER_BACK.name, library.LOWER_BACK.summary, steps)


@pytest.mark.parametrize("lang", ["de", "es", "fr"])
def test_every_exercise_fits_the_stretch_window(lang, language, qtbot):
    """Each step on one line and the caution on two, in the window's default size."""
    language(lang)
    w = StretchWindow()
    qtbot.addWidget(w)
    w.resize(*DEFAULT_SIZE)
    w.show()
    problems = []
    for routine in (*library.ROUTINES.values(), every_exercise()):
        session = StretchSession(routine, 0.0)
        w.follow(session.phases, lambda: None)
        for phase in session.phases:
            snap = session.snapshot(phase.start + 0.5)
            w.show_snapshot(routine.name, snap)
            settle(w)
            problems += [f"{routine.id}/{phase.exercise.id}: {p}" for p in clipped(w)]
            steps = w.instructions.text().split("\n")
            wide = [s for s in steps
                    if w.instructions.fontMetrics().horizontalAdvance(s) > w.instructions.width()]
            problems += [f"{phase.exercise.id}: step wraps: {s!r}" for s in wide]
    assert w.size().toTuple() == DEFAULT_SIZE
    assert w.instructions.width() > 380  # laid out, not measured before it had a size
    assert sorted(set(problems)) == []


def test_german_windows_have_room_for_their_words(make, language, clock, qtbot, tmp_path):
    """Screenshots of the stretch window, the tray menu and each preferences tab in German,
    with no text cut off."""
    language("de")
    c = make()
    c.tray.show_state(c.status(), "Nächste Pause in 12 Min.", "5 Min. später")
    menu = c.tray.menu
    menu.adjustSize()
    assert clipped(menu) == [] and menu.width() < 420
    SHOTS.mkdir(parents=True, exist_ok=True)
    menu.grab().save(str(SHOTS / "tray-menu-de.png"))

    c.start_break("long-break")
    for seconds in (1, 33):
        clock.advance(seconds=seconds)
        c._render()
    settle(c.window)
    assert clipped(c.window) == []
    assert c.window.size().toTuple() == DEFAULT_SIZE
    c.window.grab().save(str(SHOTS / "stretch-window-de.png"))
    c._on_pause_toggled()  # the pause button says "Fortsetzen"
    assert c.window.pause_button.text() == "Fortsetzen"
    settle(c.window)
    assert clipped(c.window) == [] and c.window.size().toTuple() == DEFAULT_SIZE
    c._on_pause_toggled()
    clock.advance(seconds=c.session.total)
    with qtbot.waitSignal(c.break_finished):
        c._render()
    settle(c.window)
    assert clipped(c.window) == []
    c.window.grab().save(str(SHOTS / "stretch-window-done-de.png"))

    c.open_preferences()
    dialog = c.preferences
    settle(dialog)
    for i in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(i)
        settle(dialog)
        assert clipped(dialog) == [], dialog.tabs.tabText(i)
        dialog.grab().save(str(SHOTS / f"preferences-de-{i}.png"))
    bar = dialog.tabs.tabBar()
    assert sum(bar.tabSizeHint(i).width() for i in range(bar.count())) <= bar.width()
    assert dialog.width() <= 760
    dialog.reject()

    c.open_statistics()
    c.statistics.show_statistics(history_statistics(tmp_path))
    settle(c.statistics)
    assert clipped(c.statistics) == []
    c.statistics.grab().save(str(SHOTS / "statistics-de.png"))
    c._ask_comfort("before")
    settle(c.checkin)
    assert clipped(c.checkin) == []
    c.checkin.grab().save(str(SHOTS / "checkin-de.png"))
    c.checkin.hide()
