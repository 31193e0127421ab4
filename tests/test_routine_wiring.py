"""The user's own routines, office mode and the back program, wired through the Controller and
the tray, driven by a fake clock."""

import json
from datetime import timedelta

import pytest

from deskstretch.core import settings as decl
from deskstretch.core.program import SESSIONS_PER_STAGE
from deskstretch.storage import config

MIN = timedelta(minutes=1)
MORNING = '''name = "Morning"

[[steps]]
exercise = "cat_stretch"
reps = 1
'''


def write_routine(paths, name, text):
    folder = paths.config_dir / "routines"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text)


def run_to_the_end(controller, clock, qtbot):
    clock.advance(seconds=controller.session.total + 1)
    with qtbot.waitSignal(controller.break_finished):
        controller._render()


def test_own_routines_can_be_chosen_for_reminders_and_by_name(make, paths, clock, alarms,
                                                               start, notes):
    write_routine(paths, "morning.toml", MORNING)
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    paths.config_file.write_text('routine = "morning"\noffice_mode = false\n')
    c = make()
    assert c.settings["routine"] == "morning" and notes.shown == []
    # the preferences offer it next to the built-in ones, and accept it
    assert c.settings.with_value("long_routine", "morning")["long_routine"] == "morning"
    alarms.run_until(start + 30 * MIN)
    assert "Morning" in notes.shown[-1][1]
    c.start_break("morning")
    assert c.session.routine.name == "Morning"


def test_broken_routine_files_are_told_once_and_logged(make, paths, notes, caplog):
    write_routine(paths, "morning.toml", MORNING)
    write_routine(paths, "knees.toml", 'name = "Knees"\n[[steps]]\nexercise = "knee_hug"\n')
    c = make()
    [(title, body, _)] = notes.shown
    assert title == "Some of your routines were not loaded"
    assert body.startswith('routines/knees.toml, line 3: steps[1].exercise: "knee_hug" is not '
                           "a known exercise")
    assert "knee_hug" in caplog.text
    caplog.clear()
    assert "morning" in c.routines and "knees" not in c.routines


def test_a_setting_naming_a_routine_that_is_gone_falls_back_and_says_so(make, paths, notes,
                                                                        caplog):
    paths.config_dir.mkdir(parents=True)
    paths.config_file.write_text('routine = "morning"\n')
    c = make()
    assert c.settings["routine"] == "stand-up"
    assert "routine: 'morning' is not one of" in notes.shown[0][1]
    caplog.clear()


def test_office_mode_never_opens_a_floor_routine_from_a_reminder(make, paths, alarms, start,
                                                                   notes, caplog):
    caplog.set_level("INFO")
    paths.config_dir.mkdir(parents=True)
    paths.config_file.write_text('routine = "lower-back"\n')
    c = make()
    assert c.settings["office_mode"] is True
    assert "Office mode is on, so reminders open the Stand-up break" in caplog.text
    alarms.run_until(start + 30 * MIN)
    assert "60-second stand-up break" in notes.shown[-1][1]
    notes.action_invoked.emit("default")
    assert c.session.routine.id == "stand-up"
    c.close_window()
    # by hand it opens, and with office mode off reminders use it
    c.start_break("lower-back")
    assert c.session.routine.id == "lower-back"
    c.close_window()
    c.apply_settings(c.settings.with_value("office_mode", False))
    assert c._routine(long=False).id == "lower-back"


def test_choosing_a_floor_routine_in_office_mode_explains_the_fallback(make, monkeypatch):
    c = make()
    told = []
    monkeypatch.setattr(c.tray, "message", lambda title, body: told.append((title, body)))
    c.apply_settings(c.settings.with_value("long_routine", "stabilize"))
    assert told == [("Office mode is on",
                     "Office mode is on, so reminders open the Long stretch break instead of the "
                     "Back program: Stabilize, which is done on the floor.")]
    assert config.load(c.paths.config_file, c.clock.now()).settings["long_routine"] == "stabilize"


def test_completing_the_programs_stage_counts_and_is_saved(make, paths, clock, qtbot):
    c = make()
    for n in range(1, SESSIONS_PER_STAGE + 1):
        c.start_break("program")
        assert c.session.routine.id == "align"
        run_to_the_end(c, clock, qtbot)
        c.close_window()
    saved = json.loads((paths.data_dir / "program.json").read_text())
    assert saved == {"stage": "stabilize", "sessions": 0}
    assert "Align complete. Next time: Stabilize." in c.window.done_detail.text()
    # a new start remembers where the user is
    again = make()
    again.start_break("program")
    assert again.session.routine.id == "stabilize"
    assert again.tray.routines_menu.actions()[0].iconText().startswith("Back program: Stabilize, 0 of")


def test_a_stopped_session_or_another_routine_does_not_count(make, paths, clock, qtbot):
    c = make()
    c.start_break("align")
    c.close_window()  # ended early
    c.start_break("stand-up")
    run_to_the_end(c, clock, qtbot)
    assert not (paths.data_dir / "program.json").exists()
    c.close_window()
    c.start_break("align")
    run_to_the_end(c, clock, qtbot)
    assert "Back program: Align, 1 of 6 done." in c.window.done_detail.text()


def test_the_tray_lists_every_routine_and_opens_the_one_chosen(make, paths, qtbot):
    write_routine(paths, "morning.toml", MORNING)
    c = make()
    labels = [a.iconText() for a in c.tray.routines_menu.actions()]
    assert labels[0] == "Back program: Align, 0 of 6 done"
    assert labels[1:4] == ["Stand-up break · 1 min", "Seated break · 1 min",
                           "Long stretch break · 5 min"]
    assert "Lower-back routine · 5 min · on the floor" in labels
    assert labels[-1] == "Morning · 1 min · on the floor"
    c.tray.routines_menu.actions()[-1].trigger()
    assert c.session.routine.id == "morning"


def test_the_cli_refuses_a_routine_the_running_app_does_not_know(make):
    from deskstretch import cli

    c = make()
    code, out = cli.dispatch(cli.parse_command(["stretch", "marathon"]), c)
    assert code == 2 and "invalid choice: 'marathon'" in out and c.session is None
    code, _ = cli.dispatch(cli.parse_command(["stretch", "program"]), c)
    assert code == 0 and c.session.routine.id == "align"


def test_settings_refuse_an_unknown_routine_with_the_users_own_listed():
    settings = decl.Settings(routines=("stand-up", "morning"))
    with pytest.raises(ValueError, match='Short break: .* is not one of "stand-up", "morning"'):
        settings.with_value("routine", "marathon")


EVENING = MORNING.replace("Morning", "Evening")


def menu_labels(c):
    # Without the key letters' "&": which letter an item gets depends on the others.
    return [a.text().replace("&", "") for a in c.tray.routines_menu.actions()]


def test_the_routines_folder_reloads_live(make, paths, notes, qtbot, caplog):
    write_routine(paths, "morning.toml", MORNING)
    c = make()
    assert any(label.startswith("Morning ·") for label in menu_labels(c))

    # added: in the menu without a restart, and it opens
    with qtbot.waitSignal(c.routine_watcher.changed, timeout=5000):
        write_routine(paths, "evening.toml", EVENING)
    assert any(label.startswith("Evening ·") for label in menu_labels(c))
    [evening] = [a for a in c.tray.routines_menu.actions()
                  if a.text().replace("&", "").startswith("Evening")]
    evening.trigger()
    assert c.session.routine.name == "Evening"
    c.close_window()

    # edited: the new name shows
    with qtbot.waitSignal(c.routine_watcher.changed, timeout=5000):
        write_routine(paths, "evening.toml", EVENING.replace("Evening", "Late evening"))
    assert any(label.startswith("Late evening ·") for label in menu_labels(c))
    assert not any(label.startswith("Evening ·") for label in menu_labels(c))

    # deleted: gone from the menu
    with qtbot.waitSignal(c.routine_watcher.changed, timeout=5000):
        (paths.config_dir / "routines" / "evening.toml").unlink()
    assert not any("evening" in label.lower() for label in menu_labels(c))
    assert "evening" not in c.routines and "morning" in c.routines
    assert notes.shown == []
    caplog.clear()


def test_a_broken_routine_file_is_told_once_per_change_and_the_others_still_load(
        make, paths, notes, qtbot, caplog):
    c = make()
    with qtbot.waitSignal(c.routine_watcher.changed, timeout=5000):
        write_routine(paths, "knees.toml", 'name = "Knees"\n[[steps]]\nexercise = "knee_hug"\n')
        write_routine(paths, "morning.toml", MORNING)
    [(title, body, _)] = notes.shown
    assert title == "Some of your routines were not loaded"
    assert body.startswith("routines/knees.toml, line 3:")
    assert "morning" in c.routines and "knees" not in c.routines

    # another file changes: the broken one, unchanged, is not told again
    with qtbot.waitSignal(c.routine_watcher.changed, timeout=5000):
        write_routine(paths, "evening.toml", EVENING)
    assert len(notes.shown) == 1 and "evening" in c.routines

    # the broken file is edited and still broken, differently: told once more
    with qtbot.waitSignal(c.routine_watcher.changed, timeout=5000):
        write_routine(paths, "knees.toml", 'name = "Knees"\n[[steps]]\nexercise = "knee_pull"\n')
    assert len(notes.shown) == 2 and "knee_pull" in notes.shown[-1][1]

    # fixed: it loads, and nothing is told
    with qtbot.waitSignal(c.routine_watcher.changed, timeout=5000):
        write_routine(paths, "knees.toml", MORNING.replace("Morning", "Knees"))
    assert "knees" in c.routines and len(notes.shown) == 2
    caplog.clear()


def test_a_hand_edit_may_choose_one_of_the_users_own_routines(make, paths, notes, qtbot,
                                                              caplog):
    write_routine(paths, "morning.toml", MORNING)
    c = make()
    with qtbot.waitSignal(c.config_watcher.changed, timeout=5000):
        paths.config_file.write_text('routine = "morning"\noffice_mode = false\n')
    assert c.settings["routine"] == "morning"
    assert notes.shown == []
    assert c._routine(long=False).name == "Morning"
    assert [p.name for p in paths.config_dir.iterdir() if "toml." in p.name] == []  # no copy
    caplog.clear()


def test_removing_the_chosen_routines_file_falls_back_to_the_default_and_says_so_once(
        make, paths, notes, qtbot, alarms, start, caplog):
    write_routine(paths, "morning.toml", MORNING)
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    paths.config_file.write_text('routine = "morning"\nlong_routine = "morning"\n'
                                 'office_mode = false\n')
    c = make()
    assert c.settings["routine"] == "morning" and notes.shown == []
    with qtbot.waitSignal(c.routine_watcher.changed, timeout=5000):
        (paths.config_dir / "routines" / "morning.toml").unlink()
    assert c.settings["routine"] == "stand-up" and c.settings["long_routine"] == "long-break"
    [(title, body, _)] = notes.shown
    assert title == "Routine not available"
    assert body == ("Your routine \u201cMorning\u201d was removed or can no longer be read, so "
                    "reminders open the Stand-up break instead.")
    # the preferences no longer offer it, and the next reminder opens the default
    assert "morning" not in c.settings.routines
    alarms.run_until(start + 30 * MIN)
    c.start_break()
    assert c.session.routine.id == "stand-up"
    # a later change in the folder does not tell it again
    with qtbot.waitSignal(c.routine_watcher.changed, timeout=5000):
        write_routine(paths, "evening.toml", EVENING)
    assert [title for title, _, _ in notes.shown].count("Routine not available") == 1
    caplog.clear()
