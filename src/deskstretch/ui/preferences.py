"""The preferences dialog, built from the settings declaration."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, QTime
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox,
    QTabWidget, QTimeEdit, QVBoxLayout, QWidget,
)

from deskstretch.core import settings as decl
from deskstretch.ui import theme
from deskstretch.ui.i18n import (fill, language_names, setting as setting_text, translate,
                                 tray_icon_names)


class PreferencesDialog(QDialog):
    """Edits a Settings; emits the accepted values only when every one of them is allowed."""

    settings_accepted = Signal(object)  # decl.Settings

    def __init__(self, settings: decl.Settings, choice_names: dict[str, dict[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Preferences", "DeskStretch Preferences"))
        self.setMinimumWidth(600)
        self._settings = settings
        self._choice_names = choice_names
        self.editors: dict[str, QWidget] = {}
        self.hints: dict[str, QLabel] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        # One tab a group, in the declared order: the whole list no longer fits one screen.
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(translate("Preferences", "Groups of settings"))
        pages: dict[str, QFormLayout] = {}
        self._page_of: dict[str, int] = {}
        for group in decl.GROUPS:
            members = [s for s in decl.SETTINGS if s.group == group]
            if not members:
                continue
            page = QWidget()
            form = pages[group] = QFormLayout(page)
            form.setContentsMargins(16, 16, 16, 16)
            form.setVerticalSpacing(4)
            # A lone & would make the next letter a shortcut: "Notifications _sound".
            index = self.tabs.addTab(page, setting_text(group).replace("&", "&&"))
            for setting in members:
                self._page_of[setting.key] = index
                self._add_row(form, setting)
        layout.addWidget(self.tabs)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #C0392B;")
        self.error.setAccessibleName(translate("Preferences", "Problem"))
        self.error.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.restore_defaults)
        self.buttons = buttons

        layout.addWidget(self.error)
        layout.addStretch()
        layout.addWidget(buttons)
        self._show_values(settings.values)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # The button box orders its buttons by the desktop's convention (Restore Defaults
        # on the left, say) but tabs through them in the order they were added; Tab should
        # go the way the eye reads.
        row = sorted(self.buttons.buttons(), key=lambda b: b.x())
        for before, after in zip(row, row[1:]):
            QWidget.setTabOrder(before, after)

    def _add_row(self, form: QFormLayout, setting: decl.Setting) -> None:
        editor = self._editor(setting)
        self.editors[setting.key] = editor
        name, help_text = setting_text(setting.label), setting_text(setting.help)
        label = QLabel(fill(translate("Preferences", "%1:", "a setting's label"), name))
        label.setBuddy(editor)
        editor.setAccessibleName(name)
        editor.setAccessibleDescription(help_text)
        editor.setToolTip(help_text)
        form.addRow(label, editor)
        # One short line: wrapped labels in a form are squeezed when the dialog is sized.
        hint = QLabel(self._hint(setting))
        self.hints[setting.key] = hint
        hint.setStyleSheet(f"color: {theme.current().muted};")
        form.addRow("", hint)

    def _hint(self, setting: decl.Setting) -> str:
        if setting.kind is int:
            return fill(translate("Preferences", "%1 (%2–%3)", "help text, smallest, largest"),
                        setting_text(setting.help), setting.minimum, setting.maximum)
        return setting_text(setting.help)

    def _editor(self, setting: decl.Setting) -> QWidget:
        if setting.kind is bool:
            return QCheckBox(self)
        if setting.time_of_day:
            edit = QTimeEdit(self)
            edit.setDisplayFormat("HH:mm")
            return edit
        if setting.kind is str and not setting.choices:
            line = QLineEdit(self)
            # The day names stay as written: they are what the setting understands.
            line.setPlaceholderText(translate(
                "Preferences", "always, or e.g. Mon-Fri 09:00-12:30, 13:30-17:30"))
            line.setMinimumWidth(300)
            return line
        if setting.choices:
            box = QComboBox(self)
            if setting.key == "language":
                names = language_names()
            elif setting.key == "tray_icon":
                names = tray_icon_names()
            else:
                names = self._choice_names.get(setting.key, {})
            # the names given are every routine there is, the user's own ones included
            for choice in names or setting.choices:
                box.addItem(names.get(choice, choice), choice)
            return box
        spin = QSpinBox(self)
        # Wider than allowed, so an out-of-range entry reaches validation and gets a
        # message instead of being silently clamped.
        spin.setRange(-999999, 999999)
        if setting.unit:
            spin.setSuffix(f" {setting_text(setting.unit)}")
        return spin

    def _show_values(self, values: dict[str, Any]) -> None:
        for key, editor in self.editors.items():
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(editor.findData(values[key]))
            elif isinstance(editor, QCheckBox):
                editor.setChecked(values[key])
            elif isinstance(editor, QTimeEdit):
                editor.setTime(QTime.fromString(values[key], "HH:mm"))
            elif isinstance(editor, QLineEdit):
                editor.setText(values[key])
            else:
                editor.setValue(values[key])

    def values(self) -> dict[str, Any]:
        def value(editor):
            if isinstance(editor, QComboBox):
                return editor.currentData()
            if isinstance(editor, QCheckBox):
                return editor.isChecked()
            if isinstance(editor, QTimeEdit):
                return editor.time().toString("HH:mm")
            if isinstance(editor, QLineEdit):
                return editor.text().strip()
            return editor.value()

        return {key: value(editor) for key, editor in self.editors.items()}

    @staticmethod
    def _problem(setting: decl.Setting, value: Any, error: ValueError) -> str:
        """What is wrong with a value, in the user's language."""
        name = setting_text(setting.label)
        if setting.kind is int and setting.unit:
            return fill(translate("Preferences", "%1: use a whole number from %2 to %3 %4."),
                        name, setting.minimum, setting.maximum, setting_text(setting.unit))
        if setting.kind is int:
            return fill(translate("Preferences", "%1: use a whole number from %2 to %3."),
                        name, setting.minimum, setting.maximum)
        # The reason quotes what was typed and the format, whose day names stay English.
        reason = str(error).removeprefix(f"{setting.label}: ")
        return fill(translate("Preferences", "%1 not understood: %2"), name, reason)

    def restore_defaults(self) -> None:
        self._show_values(decl.defaults())
        self.error.hide()

    def accept(self) -> None:
        settings = self._settings
        for key, value in self.values().items():
            try:
                settings = settings.with_value(key, value)
            except ValueError as e:
                self.error.setText(self._problem(decl.BY_KEY[key], value, e))
                self.error.show()
                self.tabs.setCurrentIndex(self._page_of[key])
                self.editors[key].setFocus()
                return
        self._settings = settings
        self.settings_accepted.emit(settings)
        super().accept()
