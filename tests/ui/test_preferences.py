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


def test_group_titles_show_as_declared(qtbot):
    from PySide6.QtWidgets import QGroupBox

    d = dialog(qtbot)
    shown = [box.title().replace("&&", "&") for box in d.findChildren(QGroupBox)]
    assert shown == list(dict.fromkeys(s.group for s in decl.SETTINGS))
    assert "Notifications && sound" in [box.title() for box in d.findChildren(QGroupBox)]
