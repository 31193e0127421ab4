"""The comfort check-in: one click rates back discomfort from 0 to 10 before or after a long
break, or skips the question. The answer stays on this computer."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from deskstretch.core.history import RATINGS
from deskstretch.ui import theme
from deskstretch.ui.i18n import fill, translate


def question(when: str) -> str:
    """The question for "before" or "after" the break."""
    if when == "before":
        return translate("Checkin", "Before you start: how does your back feel?")
    return translate("Checkin", "And now, after the stretches?")


def _font(point_size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


class CheckinWindow(QWidget):
    """Asks one question; emits ``answered(when, rating)``, the rating None when skipped."""

    answered = Signal(str, object)

    def __init__(self, palette: theme.Palette | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.palette_ = pal = palette or theme.current()
        self.when = "before"
        self.setObjectName("CheckinWindow")
        self.setWindowTitle(translate("Checkin", "Comfort check-in — DeskStretch"))
        # Over the stretch window, which stays on top too.
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
        self.setStyleSheet(f"""
            #CheckinWindow {{ background: {pal.background}; }}
            QLabel {{ color: {pal.text}; }}
            QLabel[muted="true"] {{ color: {pal.muted}; }}
            QPushButton {{ color: {pal.text}; background: transparent; border: 1px solid {pal.track};
                           border-radius: 6px; padding: 6px 12px; }}
            QPushButton:hover {{ background: {pal.track}; }}
            QPushButton:focus {{ border: 2px solid {pal.accent}; }}
            QPushButton#rating {{ min-width: 30px; max-width: 30px; padding: 8px 0; font-weight: bold; }}
            QPushButton#rating:hover {{ background: {pal.accent}; color: {pal.background}; }}
        """)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self.question = QLabel(self)
        self.question.setFont(_font(13, bold=True))
        layout.addWidget(self.question)
        scale = QLabel(translate(
            "Checkin", "0 means no discomfort at all, 10 the worst you can imagine."), self)
        scale.setProperty("muted", True)
        layout.addWidget(scale)

        row = QHBoxLayout()
        row.setSpacing(4)
        self.buttons: list[QPushButton] = []
        for n in RATINGS:
            button = QPushButton(str(n), self)
            button.setObjectName("rating")
            button.setAccessibleName(fill(translate("Checkin", "Discomfort %1 of 10"), n))
            button.clicked.connect(lambda _=False, n=n: self._answer(n))
            row.addWidget(button)
            self.buttons.append(button)
        layout.addLayout(row)
        layout.addSpacing(4)

        bottom = QHBoxLayout()
        private = QLabel(translate("Checkin", "Kept on this computer, for your statistics."), self)
        private.setProperty("muted", True)
        private.setFont(_font(9))
        bottom.addWidget(private, 1)
        self.skip_button = QPushButton(translate("Checkin", "Skip"), self)
        self.skip_button.setAccessibleName(translate("Checkin", "Skip the question"))
        self.skip_button.setToolTip(translate("Checkin", "Skip (Esc)"))
        self.skip_button.clicked.connect(lambda: self._answer(None))
        bottom.addWidget(self.skip_button)
        layout.addLayout(bottom)

    def ask(self, when: str) -> None:
        """Show the question for ``when``: "before" or "after" the break."""
        self.when = when
        self.question.setText(question(when))
        self.setAccessibleName(question(when))
        self.show()
        self.raise_()
        self.activateWindow()
        # No number is preselected, so none is suggested; the arrow keys start in the middle.
        self.setFocus()

    def _answer(self, rating: int | None) -> None:
        self.hide()
        self.answered.emit(self.when, rating)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        focused = self.focusWidget()
        if key == Qt.Key.Key_Escape:
            self._answer(None)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            if focused not in self.buttons:
                self.buttons[5].setFocus()
                return
            step = -1 if key == Qt.Key.Key_Left else 1
            i = min(len(self.buttons) - 1, max(0, self.buttons.index(focused) + step))
            self.buttons[i].setFocus()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        # Closing the window is a skip; the break goes on either way.
        if self.isVisible():
            self.hide()
            self.answered.emit(self.when, None)
        event.accept()
