"""The statistics window: today at a glance, breaks per day against the goal, streaks,
the exercises done most, the comfort trend, and exporting the history as CSV."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QButtonGroup, QFileDialog, QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QStackedWidget, QToolTip, QVBoxLayout, QWidget,
)

from deskstretch.core.history import Comfort, Statistics
from deskstretch.core.library import EXERCISES
from deskstretch.ui import theme, wording
from deskstretch.ui.i18n import fill, library, translate


def _font(point_size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def _weekday(d: date) -> str:
    return QLocale().dayName(d.isoweekday(), QLocale.FormatType.ShortFormat)


def _short_date(d: date) -> str:
    """Day and month the user's way ("2 Mar", "2. März", "2 mars")."""
    day_month = translate("Statistics", "d MMM", "a date format: day and short month")
    return QLocale().toString(QDate(d.year, d.month, d.day), day_month)


def _duration(seconds: float) -> str:
    """Time spent, to the nearest minute once it is long: '45 s', '4 min 30 s', '2 h 5 min'.
    (wording.span rounds up, which suits time still to wait, not time already spent.)"""
    if seconds < 600:
        return wording.span(seconds, exact=True)
    return wording.span(round(seconds / 60) * 60)


def _days(n: int) -> str:
    return translate("Statistics", "%Ln day(s)", "", n)


def _breaks(n: int) -> str:
    return translate("Statistics", "%Ln break(s)", "", n)


class BarChart(QWidget):
    """Breaks taken per day as bars, with the daily goal as a dashed line."""

    LEFT, RIGHT, TOP, BOTTOM = 8.0, 56.0, 22.0, 26.0

    def __init__(self, palette: theme.Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette = palette
        self.days: list[tuple[date, int]] = []
        self.goal = 1
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(560, 200)

    def set_days(self, days: list[tuple[date, int]], goal: int) -> None:
        self.days = list(days)
        self.goal = goal
        n = len(days)
        self.setAccessibleName(translate("Statistics", "Breaks per day, last %n day(s)", "", n))
        parts = [fill(translate("Statistics", "%1: %2", "day: breaks"), wording_day(d, days[-1][0]), v)
                 for d, v in days]
        self.setAccessibleDescription(fill(translate("Statistics", "Goal %1 a day. %2"), goal,
                                           translate("Statistics", ", ", "list separator").join(parts)))
        self.update()

    def top_value(self) -> int:
        return max([self.goal, *(v for _, v in self.days)]) + 1

    def _plot(self) -> QRectF:
        return QRectF(self.LEFT, self.TOP, self.width() - self.LEFT - self.RIGHT,
                      self.height() - self.TOP - self.BOTTOM)

    def _y(self, value: float) -> float:
        plot = self._plot()
        return plot.bottom() - plot.height() * value / self.top_value()

    def bar_rects(self) -> list[QRectF]:
        """Where each day's bar is drawn (zero-height for a day without breaks)."""
        plot = self._plot()
        n = len(self.days) or 1
        slot = plot.width() / n
        width = slot * (0.56 if n <= 7 else 0.7)
        rects = []
        for i, (_, value) in enumerate(self.days):
            x = plot.left() + slot * i + (slot - width) / 2
            top = self._y(value)
            rects.append(QRectF(x, top, width, plot.bottom() - top))
        return rects

    def paintEvent(self, event) -> None:
        pal = self._palette
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self._plot()
        small = _font(9)
        p.setFont(small)
        # The baseline.
        p.setPen(QPen(QColor(pal.track), 1))
        p.drawLine(QPointF(plot.left(), plot.bottom() + 0.5), QPointF(plot.right(), plot.bottom() + 0.5))

        many = len(self.days) > 7
        today = self.days[-1][0] if self.days else None
        rects = self.bar_rects()
        for (d, value), rect in zip(self.days, rects):
            colour = QColor(pal.accent)
            if value < self.goal:
                # Days short of the goal are drawn lighter, so the goal days stand out.
                colour.setAlphaF(0.55)
            if value:
                # Rounded at the top only: the bottom corners are clipped off.
                path = QPainterPath()
                radius = min(4.0, rect.width() / 3)
                path.addRoundedRect(rect.adjusted(0, 0, 0, radius), radius, radius)
                p.save()
                p.setClipRect(rect.adjusted(-1, -1, 1, 0))
                p.fillPath(path, colour)
                p.restore()
            label = ""
            if not many:
                label = translate("Statistics", "Today", "a chart label") if d == today else _weekday(d)
            elif (today - d).days % 7 == 0:
                label = (translate("Statistics", "Today", "a chart label") if d == today
                         else _short_date(d))
            if label:
                p.setPen(QColor(pal.text if d == today else pal.muted))
                p.drawText(QRectF(rect.center().x() - 40, plot.bottom() + 4, 80, 18),
                           Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)

        # The goal, over the bars so it stays visible where a bar reaches it.
        y = round(self._y(self.goal)) + 0.5
        p.setPen(QPen(QColor(pal.rest), 1.5, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(QColor(pal.rest))
        p.setFont(_font(9, bold=True))
        p.drawText(QRectF(plot.right() + 6, y - 9, self.RIGHT - 6, 18),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   fill(translate("Statistics", "goal %1"), self.goal))

        if not many:
            # Each day's number over its bar, on the background so the goal line does not
            # run through it.
            p.setFont(small)
            metrics = p.fontMetrics()
            for (_, value), rect in zip(self.days, rects):
                text = str(value)
                box = QRectF(0, 0, metrics.horizontalAdvance(text) + 6, metrics.height())
                box.moveCenter(QPointF(rect.center().x(), rect.top() - 3 - box.height() / 2))
                p.fillRect(box, QColor(pal.background))
                p.setPen(QColor(pal.text if value else pal.muted))
                p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        p.end()

    def mouseMoveEvent(self, event) -> None:
        pos = event.position()
        for (d, value), rect in zip(self.days, self.bar_rects()):
            if rect.left() - 2 <= pos.x() <= rect.right() + 2:
                QToolTip.showText(event.globalPosition().toPoint(),
                                  fill(translate("Statistics", "%1 %2: %3", "weekday, date, breaks"),
                                       _weekday(d), _short_date(d), _breaks(value)), self)
                return
        QToolTip.hideText()


def wording_day(d: date, today: date) -> str:
    if d == today:
        return translate("Statistics", "today")
    return fill(translate("Statistics", "%1 %2", "weekday, date"), _weekday(d), _short_date(d))


class ComfortChart(QWidget):
    """Average back discomfort before and after long breaks, day by day (0-10)."""

    LEFT, RIGHT, TOP, BOTTOM = 24.0, 8.0, 22.0, 10.0

    def __init__(self, palette: theme.Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette = palette
        self.comfort = Comfort()
        self.setMinimumHeight(110)
        self.setAccessibleName(
            translate("Statistics", "Back discomfort before and after long breaks, last 30 days"))

    def sizeHint(self) -> QSize:
        return QSize(260, 120)

    def set_comfort(self, comfort: Comfort) -> None:
        self.comfort = comfort
        self.update()

    def points(self, which: str) -> list[QPointF]:
        """Where each day's average for ``which`` ("before" or "after") is drawn."""
        plot = QRectF(self.LEFT, self.TOP, self.width() - self.LEFT - self.RIGHT,
                      self.height() - self.TOP - self.BOTTOM)
        days = self.comfort.days
        step = plot.width() / max(1, len(days) - 1)
        out = []
        for i, day in enumerate(days):
            value = getattr(day, which)
            if value is not None:
                out.append(QPointF(plot.left() + step * i, plot.bottom() - plot.height() * value / 10))
        return out

    def paintEvent(self, event) -> None:
        pal = self._palette
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setFont(_font(8))
        for value in (0, 5, 10):
            y = self.TOP + (self.height() - self.TOP - self.BOTTOM) * (1 - value / 10)
            p.setPen(QPen(QColor(pal.track), 1))
            p.drawLine(QPointF(self.LEFT, y), QPointF(self.width() - self.RIGHT, y))
            p.setPen(QColor(pal.muted))
            p.drawText(QRectF(0, y - 8, self.LEFT - 6, 16),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))
        # A legend in the top corner, in the colours of the lines.
        p.setFont(_font(8.5, bold=True))
        metrics = p.fontMetrics()
        x = self.width() - self.RIGHT
        for word, colour in ((translate("Statistics", "after", "a chart legend"), pal.accent),
                             (translate("Statistics", "before", "a chart legend"), pal.warning)):
            width = metrics.horizontalAdvance(word)
            x -= width
            p.setPen(QColor(colour))
            p.drawText(QPointF(x, self.TOP + metrics.ascent()), word)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(colour))
            p.drawEllipse(QPointF(x - 8, self.TOP + metrics.ascent() / 2 + 1), 3.5, 3.5)
            p.setBrush(Qt.BrushStyle.NoBrush)
            x -= 24
        for which, colour in (("before", pal.warning), ("after", pal.accent)):
            points = self.points(which)
            p.setPen(QPen(QColor(colour), 1.5))
            if len(points) > 1:
                p.drawPolyline(points)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(colour))
            for point in points:
                p.drawEllipse(point, 3.5, 3.5)
            p.setBrush(Qt.BrushStyle.NoBrush)
        p.end()


class EmptyChart(QWidget):
    """A few faint bars under a goal line: the picture for a history still to come."""

    def __init__(self, palette: theme.Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette = palette
        self.setFixedSize(176, 112)

    def paintEvent(self, event) -> None:
        pal = self._palette
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(pal.track))
        for i, height in enumerate((34, 58, 44, 82, 70)):
            p.drawRoundedRect(QRectF(12 + i * 32, 108 - height, 24, height), 4, 4)
        p.setPen(QPen(QColor(pal.rest), 2, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(4, 44), QPointF(self.width() - 4, 44))
        p.end()


class StatisticsWindow(QWidget):
    """Shows a Statistics; exporting goes through ``export(path) -> number of events``."""

    closed = Signal()
    stretch_requested = Signal()

    def __init__(self, export: Callable[[Path], int], palette: theme.Palette | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._export = export
        self.palette_ = pal = palette or theme.current()
        self.stats: Statistics | None = None
        self.setWindowTitle(translate("Statistics", "DeskStretch Statistics"))
        self.setObjectName("StatisticsWindow")
        self.resize(680, 720)
        self.setStyleSheet(f"""
            #StatisticsWindow {{ background: {pal.background}; }}
            QLabel {{ color: {pal.text}; }}
            QLabel[muted="true"] {{ color: {pal.muted}; }}
            QLabel[problem="true"] {{ color: {pal.warning}; }}
            QFrame#card {{ background: {pal.track}; border-radius: 10px; }}
            QPushButton {{ color: {pal.text}; background: transparent; border: 1px solid {pal.track};
                           border-radius: 6px; padding: 6px 14px; }}
            QPushButton:hover {{ background: {pal.track}; }}
            QPushButton:focus {{ border: 2px solid {pal.accent}; }}
            QPushButton#primary {{ background: {pal.accent}; color: {pal.background}; border: none;
                                   padding: 8px 20px; }}
            QPushButton#primary:focus {{ border: 2px solid {pal.text}; }}
            QPushButton#segment {{ border-radius: 0; padding: 5px 12px; }}
            QPushButton#segment:first {{ border-top-left-radius: 6px; border-bottom-left-radius: 6px; }}
            QPushButton#segment:last {{ border-top-right-radius: 6px; border-bottom-right-radius: 6px; }}
            QPushButton#segment:checked {{ background: {pal.accent}; color: {pal.background};
                                           border-color: {pal.accent}; }}
            QPushButton#segment:checked:focus {{ border: 2px solid {pal.text}; }}
        """)

        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        outer.setSpacing(12)
        outer.addWidget(self.stack, 1)
        self.stack.addWidget(self._build_empty())
        self.stack.addWidget(self._build_stats())

        bottom = QHBoxLayout()
        self.export_status = self._label(_font(10), muted=True, wrap=True)
        self.export_status.setAccessibleName(translate("Statistics", "Export result"))
        bottom.addWidget(self.export_status, 1)
        self.export_button = QPushButton(translate("Statistics", "Export CSV…"), self)
        self.export_button.setAccessibleName(translate("Statistics", "Export the history as CSV"))
        self.export_button.setToolTip(translate("Statistics", "Save every break event to a CSV file"))
        self.export_button.clicked.connect(self.on_export)
        self.close_button = QPushButton(translate("Statistics", "Close"), self)
        self.close_button.setAccessibleName(translate("Statistics", "Close statistics"))
        self.close_button.setToolTip(translate("Statistics", "Close (Esc)"))
        self.close_button.clicked.connect(self.close)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.close_button)
        outer.addLayout(bottom)
        # The window holds the focus at first, so no control looks selected until Tab.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # -- building ------------------------------------------------------------------------------

    def _label(self, font: QFont, muted: bool = False, wrap: bool = False, text: str = "") -> QLabel:
        label = QLabel(text, self)
        label.setFont(font)
        label.setProperty("muted", muted)
        label.setWordWrap(wrap)
        return label

    def _heading(self, text: str) -> QLabel:
        label = self._label(_font(12, bold=True), text=text)
        label.setAccessibleName(text)
        return label

    def _card(self, caption: str) -> tuple[QFrame, QLabel, QLabel]:
        card = QFrame(self)
        card.setObjectName("card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(0)
        number = self._label(_font(20, bold=True))
        number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        words = self._label(_font(10), muted=True, text=caption)
        layout.addWidget(number)
        layout.addWidget(words)
        card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        number.setAccessibleName(caption)
        return card, number, words

    def _build_empty(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        layout.addStretch(2)
        layout.addWidget(EmptyChart(self.palette_, self), 0, Qt.AlignmentFlag.AlignHCenter)
        title = self._label(_font(18, bold=True), text=translate("Statistics", "No breaks yet"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        self.empty_text = self._label(_font(11), muted=True, wrap=True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setAccessibleName(translate("Statistics", "No breaks yet"))
        # A fixed width lets the wrapped text claim the height it needs.
        self.empty_text.setFixedWidth(420)
        layout.addWidget(self.empty_text, 0, Qt.AlignmentFlag.AlignHCenter)
        self.stretch_button = QPushButton(translate("Statistics", "Take a break now"), self)
        self.stretch_button.setObjectName("primary")
        self.stretch_button.setAccessibleName(self.stretch_button.text())
        self.stretch_button.clicked.connect(self.stretch_requested)
        layout.addSpacing(4)
        layout.addWidget(self.stretch_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        return page

    def _build_stats(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)

        self.numbers: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for heading, row in (
                (translate("Statistics", "Today"),
                 (("taken", translate("Statistics", "breaks taken")),
                  ("stretched", translate("Statistics", "stretched")),
                  ("seated", translate("Statistics", "longest seated")))),
                (translate("Statistics", "Streak"),
                 (("streak", translate("Statistics", "current", "streak")),
                  ("best", translate("Statistics", "best", "streak")),
                  ("goal", translate("Statistics", "daily goal"))))):
            layout.addWidget(self._heading(heading))
            cards = QHBoxLayout()
            cards.setSpacing(8)
            for key, caption in row:
                card, number, words = self._card(caption)
                self.numbers[key] = number
                self.captions[key] = words
                cards.addWidget(card, 1)
            layout.addLayout(cards)
            layout.addSpacing(4)

        layout.addSpacing(8)
        header = QHBoxLayout()
        header.addWidget(self._heading(translate("Statistics", "Breaks per day")))
        header.addStretch()
        self.range_buttons = QButtonGroup(self)
        self.week_button = QPushButton(translate("Statistics", "Last 7 days"), self)
        self.month_button = QPushButton(translate("Statistics", "Last 30 days"), self)
        segments = QHBoxLayout()
        segments.setSpacing(0)
        for n, button in ((7, self.week_button), (30, self.month_button)):
            button.setCheckable(True)
            button.setObjectName("segment")
            button.setAccessibleName(translate("Statistics", "Show the last %n day(s)", "", n))
            self.range_buttons.addButton(button, n)
            segments.addWidget(button)
        header.addLayout(segments)
        self.week_button.setChecked(True)
        self.range_buttons.idToggled.connect(lambda n, on: on and self._show_range())
        layout.addLayout(header)
        self.chart = BarChart(self.palette_, self)
        layout.addWidget(self.chart, 1)

        layout.addSpacing(8)
        lower = QHBoxLayout()
        lower.setSpacing(24)
        top = QVBoxLayout()
        top.setSpacing(4)
        top.addWidget(self._heading(translate("Statistics", "Exercises done most")))
        self.top_rows: list[tuple[QLabel, QLabel]] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        for i in range(5):
            name = self._label(_font(11))
            count = self._label(_font(10), muted=True)
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(name, i, 0)
            grid.addWidget(count, i, 1)
            self.top_rows.append((name, count))
        top.addLayout(grid)
        self.no_exercises = self._label(_font(10), muted=True,
                                        text=translate("Statistics", "None yet: they are counted as you stretch."))
        top.addWidget(self.no_exercises)
        top.addStretch()
        lower.addLayout(top, 1)

        self.comfort_box = QWidget(self)
        comfort = QVBoxLayout(self.comfort_box)
        comfort.setContentsMargins(0, 0, 0, 0)
        comfort.setSpacing(4)
        comfort.addWidget(self._heading(translate("Statistics", "Back comfort, last 30 days")))
        self.comfort_text = self._label(_font(10), muted=True)
        self.comfort_text.setAccessibleName(translate("Statistics", "Back comfort summary"))
        comfort.addWidget(self.comfort_text)
        self.comfort_chart = ComfortChart(self.palette_, self)
        comfort.addWidget(self.comfort_chart)
        lower.addWidget(self.comfort_box, 1)
        layout.addLayout(lower)
        return page

    # -- showing -------------------------------------------------------------------------------

    def show_statistics(self, stats: Statistics, note: str = "") -> None:
        """Show ``stats``; ``note`` explains an empty history (for instance, no history)."""
        self.stats = stats
        self.export_status.clear()
        if stats.empty:
            self.stack.setCurrentIndex(0)
            self.empty_text.setText(note or translate(
                "Statistics", "Your breaks will show up here: today at a glance, the last 7 "
                "and 30 days, your streak and the exercises you do most. Everything stays on "
                "this computer."))
            # The stack does not ask its pages for height-for-width: reserve the lines.
            self.empty_text.setMinimumHeight(self.empty_text.heightForWidth(420))
            self.stack.currentWidget().layout().activate()
            self.export_button.hide()
            return
        self.stack.setCurrentIndex(1)
        self.export_button.show()
        t = stats.today
        self.numbers["taken"].setText(
            fill(translate("Statistics", "%1 of %2", "breaks taken of due"), t.taken, t.due)
            if t.due > t.taken else wording.number(t.taken))
        # The caption goes with the larger number: "3 of 4 breaks taken", "1 break taken".
        self.captions["taken"].setText(
            translate("Statistics", "break(s) taken", "", max(t.taken, t.due)))
        self.numbers["taken"].setAccessibleName(
            fill(translate("Statistics", "Breaks taken today: %1 of %2 due"), t.taken, t.due))
        self.numbers["stretched"].setText(_duration(t.seconds_stretched) if t.seconds_stretched
                                          else wording.span(0, exact=True))
        self.numbers["seated"].setText(
            "—" if t.longest_seated is None else _duration(t.longest_seated.total_seconds()))
        self.numbers["streak"].setText(_days(stats.streaks.current))
        self.numbers["best"].setText(_days(stats.streaks.best))
        self.numbers["goal"].setText(_breaks(stats.goal))
        self._show_range()

        for i, (name, count) in enumerate(self.top_rows):
            if i < len(stats.top):
                c = stats.top[i]
                # the history keeps the name an exercise had when it was done; a built-in one
                # renamed since shows as the library calls it now
                known = EXERCISES.get(c.exercise)
                name.setText(fill(translate("Statistics", "%1. %2", "rank, exercise"), i + 1,
                                  library(known.name if known else c.name)))
                count.setText(fill(translate("Statistics", "%1 · %2", "times, duration"),
                                   translate("Statistics", "%Ln time(s)", "", c.times),
                                   _duration(c.seconds)))
                name.show()
                count.show()
            else:
                name.hide()
                count.hide()
        self.no_exercises.setVisible(not stats.top)

        comfort = stats.comfort
        self.comfort_box.setVisible(comfort.ratings > 0)
        if comfort.ratings:
            def avg(v):
                return "–" if v is None else QLocale().toString(float(v), "f", 1)
            # Two short lines rather than wrapping, which layouts measure unreliably.
            self.comfort_text.setText(
                fill(translate("Statistics", "%1 before long breaks, %2 after"),
                     avg(comfort.before), avg(comfort.after)) + "\n"
                + translate("Statistics", "average of %Ln rating(s), 0 to 10", "", comfort.ratings))
            self.comfort_chart.set_comfort(comfort)
        # Sections shown or hidden above change what fits: lay the page out again now,
        # inside out, rather than over several turns of the event loop.
        for widget in (self.comfort_box, self.stack.currentWidget(), self):
            widget.layout().activate()

    def _show_range(self) -> None:
        if self.stats is None:
            return
        days = self.stats.last_7 if self.range_buttons.checkedId() == 7 else self.stats.last_30
        self.chart.set_days(days, self.stats.goal)

    # -- acting --------------------------------------------------------------------------------

    def suggested_path(self) -> Path:
        return Path.home() / f"deskstretch-history-{self.stats.now.date().isoformat()}.csv"

    def on_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, translate("Statistics", "Export break history"), str(self.suggested_path()),
            translate("Statistics", "CSV files (*.csv)"))
        if not name:
            return
        path = Path(name)
        try:
            n = self._export(path)
        except OSError as e:
            self.export_status.setProperty("problem", True)
            self.export_status.setText(fill(translate("Statistics", "Could not save %1: %2."),
                                            path, e.strerror or e))
        else:
            self.export_status.setProperty("problem", False)
            self.export_status.setText(fill(translate("Statistics", "Saved %Ln event(s) to %1.", "", n),
                                            path))
        self.export_status.style().polish(self.export_status)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.setFocus()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        self.closed.emit()
        event.accept()
