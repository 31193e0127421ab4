from PySide6.QtWidgets import QComboBox

from deskstretch.core import settings as decl
from deskstretch.ui.preferences import PreferencesDialog

NAMES = {"routine": {"stand-up": "Stand-up break", "seated": "Seated break"}}


def test_working_hours_are_checked_and_named_in_the_message(qtbot):
    d = dialog(qtbot)
    d.editors["working_hours"].setText("Mon-Fri 9-5")
    d.accept()
    assert "is not a time range such as 09:00-17:30" in d.error.text()
    d.editors["working_hours"].setText("Mon-Fri 09:00-17:00")
    with qtbot.waitSignal(d.settings_accepted) as got:
        d.accept()
    assert got.args[0]["working_hours"] == "Mon-Fri 09:00-17:00"


def dialog(qtbot, settings=None):
    d = PreferencesDialog(settings or decl.Settings(), NAMES)
    qtbot.addWidget(d)
    return d


def test_every_setting_has_a_labelled_control_showing_its_value(qtbot):
    d = dialog(qtbot, decl.Settings().with_value("interval_minutes", 45))
    assert set(d.editors) == {s.key for s in decl.SETTINGS}
    assert d.editors["interval_minutes"].value() == 45
    assert d.editors["routine"].currentText() == "Stand-up break"
    for key, editor in d.editors.items():
        assert editor.accessibleName() == decl.BY_KEY[key].label


def test_ok_emits_the_changed_settings(qtbot):
    d = dialog(qtbot)
    d.editors["interval_minutes"].setValue(20)
    combo: QComboBox = d.editors["routine"]
    combo.setCurrentIndex(combo.findData("seated"))
    with qtbot.waitSignal(d.settings_accepted) as got:
        d.accept()
    assert got.args[0]["interval_minutes"] == 20 and got.args[0]["routine"] == "seated"


def test_out_of_range_is_refused_with_what_is_allowed(qtbot):
    d = dialog(qtbot)
    d.editors["interval_minutes"].setValue(500)
    with qtbot.assertNotEmitted(d.settings_accepted):
        d.accept()
    assert not d.error.isHidden()
    assert "from 5 to 180 minutes" in d.error.text()
    assert d.result() == 0  # still open


def test_restore_defaults(qtbot):
    d = dialog(qtbot, decl.Settings().with_value("interval_minutes", 90))
    d.restore_defaults()
    assert d.values() == decl.defaults()


def test_every_hint_fits_on_its_line(qtbot):
    d = dialog(qtbot)
    d.show()
    qtbot.waitExposed(d)
    for key, hint in d.hints.items():
        assert hint.sizeHint().width() <= hint.width(), key


def _other_value(setting: decl.Setting):
    """A valid value that is not the default, for any kind of setting."""
    if setting.kind is bool:
        return not setting.default
    if setting.choices:
        return next(c for c in setting.choices if c != setting.default)
    if setting.time_of_day:
        return "07:15"
    if setting.kind is str:
        return "Mon-Fri 09:00-17:00"
    return setting.maximum if setting.default != setting.maximum else setting.minimum


def _set(editor, value) -> None:
    from PySide6.QtCore import QTime
    from PySide6.QtWidgets import QCheckBox, QLineEdit, QTimeEdit

    if isinstance(editor, QComboBox):
        editor.setCurrentIndex(editor.findData(value))
    elif isinstance(editor, QCheckBox):
        editor.setChecked(value)
    elif isinstance(editor, QTimeEdit):
        editor.setTime(QTime.fromString(value, "HH:mm"))
    elif isinstance(editor, QLineEdit):
        editor.setText(value)
    else:
        editor.setValue(value)


def test_every_control_changes_the_value_that_is_saved(qtbot):
    for setting in decl.SETTINGS:
        d = dialog(qtbot)
        value = _other_value(setting)
        _set(d.editors[setting.key], value)
        with qtbot.waitSignal(d.settings_accepted) as got:
            d.accept()
        changed = {k for k, v in got.args[0].values.items() if v != decl.defaults()[k]}
        assert changed == {setting.key} and got.args[0][setting.key] == value


def test_every_bound_is_enforced_and_the_tab_with_the_problem_is_shown(qtbot):
    bounded = [s for s in decl.SETTINGS if s.kind is int]
    assert bounded
    for setting in bounded:
        for wrong in (setting.minimum - 1, setting.maximum + 1):
            d = dialog(qtbot)
            d.tabs.setCurrentIndex(0 if d.tabs.indexOf(
                d.editors[setting.key].parentWidget()) else d.tabs.count() - 1)
            d.editors[setting.key].setValue(wrong)
            with qtbot.assertNotEmitted(d.settings_accepted):
                d.accept()
            assert setting.allowed() in d.error.text() and setting.label in d.error.text()
            assert d.tabs.currentWidget() is d.editors[setting.key].parentWidget()


def test_settings_are_grouped_in_tabs_in_the_declared_order(qtbot):
    d = dialog(qtbot)
    titles = [d.tabs.tabText(i) for i in range(d.tabs.count())]
    # Shown as written: "&&" is a literal ampersand, a lone "&" would underline a letter.
    assert "Notifications && sound" in titles
    assert [t.replace("&&", "&") for t in titles] == [g for g in decl.GROUPS if any(s.group == g for s in decl.SETTINGS)]
    assert {s.group for s in decl.SETTINGS} <= set(decl.GROUPS)
    page = d.editors["morning_time"].parentWidget()
    assert d.tabs.tabText(d.tabs.indexOf(page)) == "Schedule"


def test_morning_time_is_edited_as_a_time(qtbot):
    d = dialog(qtbot, decl.Settings().with_value("morning_time", "08:30"))
    assert d.editors["morning_time"].time().toString("HH:mm") == "08:30"
