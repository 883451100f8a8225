"""Tilastot as charts: visits, sessions and fathers reached month by month.

The charts draw ``Statistics.by_month_total`` only, so they show the same
numbers as the figures table and the workbook. Their value axes count whole
things (visits, sessions, fathers): the ticks are whole numbers.
"""

from __future__ import annotations

from itertools import count
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ryhmat.domain.statistics import (
    FATHERS_REACHED,
    SESSIONS_CANCELLED,
    SESSIONS_HELD,
    SESSIONS_UNRECORDED,
    MonthTotal,
)
from ryhmat.labels import figure_name
from ryhmat.ui.colors import CANCELLED_COLOUR, HELD_COLOUR, UNRECORDED_COLOUR
from ryhmat.ui.files import file_name, save_file_dialog

CHART_HEIGHT = 260
MOST_TICK_STEPS = 6  # intervals between the ticks of a value axis, at most
CAPTION_MARGIN = 8  # around a saved chart's caption, in pixels


def whole_number_scale(highest: int) -> tuple[int, int]:
    """The top of a count axis that shows ``highest`` and the step between its
    ticks: whole numbers, a step of 1, 2 or 5 times a power of ten, and at most
    MOST_TICK_STEPS steps from 0 to the top."""
    for magnitude in (10**power for power in count()):
        for step in (magnitude, 2 * magnitude, 5 * magnitude):
            steps = max(-(-highest // step), 1)
            if steps <= MOST_TICK_STEPS:
                return steps * step, step
    raise AssertionError("unreachable")  # the powers of ten never end


def _scale(axis: QValueAxis, highest: int) -> None:
    top, step = whole_number_scale(highest)
    axis.setRange(0, top)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setMinorTickCount(0)


def month_label(month: MonthTotal) -> str:
    return f"{month.month.month}/{month.month.year}"


def captioned(picture: QPixmap, caption: str, font: QFont) -> QPixmap:
    """``picture`` with ``caption`` written under it, black on white, wrapped to its
    width: a picture pasted into a report carries what it is of."""
    ratio = picture.devicePixelRatio()
    width = round(picture.width() / ratio)
    text_width = max(1, width - 2 * CAPTION_MARGIN)
    flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
    text = QFontMetrics(font).boundingRect(QRect(0, 0, text_width, 10_000), flags, caption)
    chart_height = round(picture.height() / ratio)
    height = chart_height + text.height() + 2 * CAPTION_MARGIN
    result = QPixmap(round(width * ratio), round(height * ratio))
    result.setDevicePixelRatio(ratio)
    result.fill(QColor("white"))
    painter = QPainter(result)
    try:
        painter.drawPixmap(0, 0, picture)
        painter.setFont(font)
        painter.setPen(QColor("black"))
        below = chart_height + CAPTION_MARGIN
        painter.drawText(QRect(CAPTION_MARGIN, below, text_width, text.height()), flags, caption)
    finally:
        painter.end()
    return result


class ChartsPanel(QWidget):
    """Three charts of the months of the period, each with its own PNG save."""

    VISITS, SESSIONS, FATHERS = "visits", "sessions", "fathers"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = ""  # the period and filter of the months shown: under a saved chart
        self.visits_adults = QBarSet(self.tr("Adults"))
        self.visits_children = QBarSet(self.tr("Children"))
        self.sessions_held = QBarSet(figure_name(SESSIONS_HELD))
        self.sessions_cancelled = QBarSet(figure_name(SESSIONS_CANCELLED))
        self.sessions_unrecorded = QBarSet(figure_name(SESSIONS_UNRECORDED))
        # What took place, what did not, and what waits for someone to record it.
        for bar_set, colour in (
            (self.sessions_held, HELD_COLOUR),
            (self.sessions_cancelled, CANCELLED_COLOUR),
            (self.sessions_unrecorded, UNRECORDED_COLOUR),
        ):
            bar_set.setColor(QColor(colour))
            bar_set.setBorderColor(QColor(colour))
        self.fathers = QLineSeries()
        self.fathers.setName(figure_name(FATHERS_REACHED))
        self.fathers.setPointsVisible(True)

        visits = QStackedBarSeries()
        visits.append(self.visits_adults)
        visits.append(self.visits_children)
        sessions = QBarSeries()
        sessions.append(self.sessions_held)
        sessions.append(self.sessions_cancelled)
        sessions.append(self.sessions_unrecorded)
        self.views: dict[str, QChartView] = {
            self.VISITS: self._view(self.tr("Visits per month"), visits),
            self.SESSIONS: self._view(
                self.tr("Sessions held, cancelled and not recorded"), sessions
            ),
            self.FATHERS: self._view(self.tr("Fathers reached per month"), self.fathers),
        }
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        for name, view in self.views.items():
            layout.addWidget(view)
            button = QPushButton(self.tr("Save as PNG…"), inner)
            button.setAccessibleName(view.chart().title() + " – " + button.text())
            button.clicked.connect(lambda _checked=False, name=name: self._ask_file(name))
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(button)
            layout.addLayout(row)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _view(self, title: str, series: QBarSeries | QStackedBarSeries | QLineSeries) -> QChartView:
        chart = QChart()
        chart.setTitle(title)
        chart.addSeries(series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        months = QBarCategoryAxis(chart)
        counts = QValueAxis(chart)
        counts.setLabelFormat("%d")
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(months)
        series.attachAxis(counts)
        view = QChartView(chart, self)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(CHART_HEIGHT)
        return view

    def set_months(self, months: list[MonthTotal]) -> None:
        for bar_set in (
            self.visits_adults,
            self.visits_children,
            self.sessions_held,
            self.sessions_cancelled,
            self.sessions_unrecorded,
        ):
            bar_set.remove(0, bar_set.count())
        self.fathers.clear()
        for position, month in enumerate(months):
            figures = month.figures
            self.visits_adults.append(figures.adult_visits)
            self.visits_children.append(figures.child_visits)
            self.sessions_held.append(figures.sessions_held)
            self.sessions_cancelled.append(figures.sessions_cancelled)
            self.sessions_unrecorded.append(figures.sessions_unrecorded)
            # Line points sit at the middle of each category: x = its index. A month of
            # headcount groups alone has no fathers known: no point, not a zero.
            if figures.fathers_reached is not None:
                self.fathers.append(position, figures.fathers_reached)
        labels = [month_label(month) for month in months]
        for name, view in self.views.items():
            chart = view.chart()
            axis = chart.axes(Qt.Orientation.Horizontal)[0]
            assert isinstance(axis, QBarCategoryAxis)
            axis.clear()
            axis.append(labels)
            counts = chart.axes(Qt.Orientation.Vertical)[0]
            assert isinstance(counts, QValueAxis)
            _scale(counts, self._highest(name, months))

    def _highest(self, name: str, months: list[MonthTotal]) -> int:
        if name == self.VISITS:
            return max((m.figures.visits for m in months), default=0)
        if name == self.SESSIONS:
            return max(
                (
                    max(
                        m.figures.sessions_held,
                        m.figures.sessions_cancelled,
                        m.figures.sessions_unrecorded,
                    )
                    for m in months
                ),
                default=0,
            )
        return max((m.figures.fathers_reached or 0 for m in months), default=0)

    def save_chart_png(self, name: str, path: Path) -> bool:
        """Save a chart as drawn on the screen, with ``caption`` (its period and filter)
        under it; ``name`` is VISITS, SESSIONS or FATHERS."""
        view = self.views[name]
        return captioned(view.grab(), self.caption, view.font()).save(str(path), "PNG")

    def _ask_file(self, name: str) -> None:
        """Ask where to save, suggesting the chart's title as the file's name."""
        save_file_dialog(
            self,
            self.tr("Save chart as PNG"),
            self.tr("PNG images (*.png)"),
            "png",
            file_name(self.views[name].chart().title()),
            lambda path: self.save_chart_png(name, path),
        )
