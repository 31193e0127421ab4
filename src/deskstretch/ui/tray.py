"""The tray icon and its menu."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from deskstretch.core.breaks import State, Status
from deskstretch.ui import theme
from deskstretch.ui.i18n import fill, translate
from deskstretch.ui.tray_art import file_style, tray_icon


def pause_choices() -> tuple[tuple[str, int | str | None], ...]:
    """What each Pause item says and asks for: minutes, "tomorrow", or None for until resumed."""
    return ((translate("Tray", "For &30 minutes"), 30), (translate("Tray", "For &1 hour"), 60),
            (translate("Tray", "For &2 hours"), 120),
            (translate("Tray", "Until &tomorrow"), "tomorrow"),
            (translate("Tray", "Until I &resume"), None))


def mnemonic(text: str) -> str | None:
    """The key letter of a menu text ("S&kip" -> "k"), or None."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else None


def with_mnemonic(label: str, used: set[str]) -> str:
    """The label with "&" before its first letter not yet in `used` (which it joins), so each
    item has a key of its own; a lone "&" in a name is doubled so that it shows."""
    text = label.replace("&", "&&")
    # Prefer the start of a word, as menus usually do; any free letter otherwise.
    starts = [i for i in range(len(text)) if i == 0 or not text[i - 1].isalnum()]
    for i in starts + list(range(len(text))):
        if text[i].isalpha() and text[i].lower() not in used:
            used.add(text[i].lower())
            return text[:i] + "&" + text[i:]
    return text


class Tray(QObject):
    stretch_requested = Signal()
    routine_requested = Signal(str)  # a routine chosen by name
    snooze_requested = Signal()
    skip_requested = Signal()
    pause_requested = Signal(object)
    resume_requested = Signal()
    preferences_requested = Signal()
    statistics_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = QMenu()
        self.stretch_action = self.menu.addAction(translate("Tray", "&Stretch now"))
        self.stretch_action.triggered.connect(self.stretch_requested)
        self.routines_menu = self.menu.addMenu(translate("Tray", "&Choose a routine"))
        self.status_action = self.menu.addAction("")
        self.status_action.setEnabled(False)
        self.snooze_action = self.menu.addAction(translate("Tray", "S&nooze"))
        self.snooze_action.triggered.connect(self.snooze_requested)
        self.skip_action = self.menu.addAction(translate("Tray", "S&kip this break"))
        self.skip_action.triggered.connect(self.skip_requested)
        self.menu.addSeparator()
        self.pause_menu = self.menu.addMenu(translate("Tray", "&Pause reminders"))
        for text, choice in pause_choices():
            action = self.pause_menu.addAction(text)
            action.triggered.connect(lambda _=False, c=choice: self.pause_requested.emit(c))
        self.resume_action = self.menu.addAction(translate("Tray", "&Resume reminders"))
        self.resume_action.triggered.connect(self.resume_requested)
        self.menu.addSeparator()
        self.preferences_action = self.menu.addAction(translate("Tray", "Pre&ferences…"))
        self.preferences_action.triggered.connect(self.preferences_requested)
        self.statistics_action = self.menu.addAction(translate("Tray", "S&tatistics…"))
        self.statistics_action.triggered.connect(self.statistics_requested)
        self.quit_action = self.menu.addAction(translate("Tray", "&Quit"))
        self.quit_action.triggered.connect(self.quit_requested)

        self.icon = QSystemTrayIcon(self)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self.icon.messageClicked.connect(self.stretch_requested)
        self._icon = None
        self._style = "automatic"  # the "tray_icon" setting
        self._status: Status | None = None
        app = QGuiApplication.instance()
        if app is not None:
            # "automatic" and "monochrome" follow the scheme, also when it changes; they read
            # the palette, which Qt may update after it reports the new scheme.
            app.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # One click to stretch; the menu stays on the right button.
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.stretch_requested.emit()

    def _on_scheme_changed(self) -> None:
        QTimer.singleShot(0, self, self._redraw)

    def set_icon_style(self, style: str) -> None:
        """Use the icons of a "tray_icon" setting: automatic, light-panel, dark-panel or
        monochrome."""
        if style != self._style:
            self._style = style
            self._redraw()

    def _redraw(self) -> None:
        if self._status is None:
            return
        style = file_style(self._style, theme.palette_is_dark())
        # The ring fills in eighths; smaller changes would show nothing new.
        icon = tray_icon(self._status.state, round(self._status.progress * 8) / 8, style)
        if icon is not self._icon:
            self._icon = icon
            self.icon.setIcon(icon)

    def show_state(self, status: Status, text: str, snooze_text: str) -> None:
        """Reflect the schedule: icon, tooltip, and which menu items make sense."""
        state = status.state
        self._status = status
        self._redraw()
        self.icon.setToolTip(f"DeskStretch\n{text}")
        self.status_action.setText(text)
        paused = state is State.PAUSED
        self.pause_menu.menuAction().setVisible(not paused)
        self.resume_action.setVisible(paused)
        self.stretch_action.setEnabled(state is not State.IN_BREAK)
        self.routines_menu.menuAction().setEnabled(state is not State.IN_BREAK)
        near = state in (State.SOON, State.DUE)
        snooze = (fill(translate("Tray", "%1 (%n left)", "snoozes", status.snoozes_left),
                       snooze_text)
                  if status.snoozes_left else translate("Tray", "No snoozes left"))
        if status.snoozes_left and "&" not in snooze.replace("&&", ""):
            # The text is made at run time, so its key is too: one no other item uses.
            taken = {mnemonic(a.text()) for a in self.menu.actions()
                     if a is not self.snooze_action} - {None}
            snooze = with_mnemonic(snooze, taken)
        self.snooze_action.setText(snooze)
        self.snooze_action.setVisible(near)
        self.snooze_action.setEnabled(status.snoozes_left > 0)
        self.skip_action.setVisible(state in (State.COUNTING, State.SOON, State.DUE))

    def set_routines(self, items: list[tuple[str, str]]) -> None:
        """Fill the routine menu with (routine id, label) pairs, in order."""
        self.routines_menu.clear()
        used: set[str] = set()
        for routine_id, label in items:
            action = self.routines_menu.addAction(with_mnemonic(label, used))
            action.triggered.connect(
                lambda _=False, r=routine_id: self.routine_requested.emit(r))

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def message(self, title: str, body: str) -> None:
        self.icon.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 15000)
