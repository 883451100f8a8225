"""Tilastot's charts and families: the same numbers as the statistics use cases."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCharts import QBarSet, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage, QPixmap
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ryhmat.domain.model import GroupType
from ryhmat.domain.statistics import Statistics, StatisticsFilter
from ryhmat.domain.usecases.family_visits import family_visit_report
from ryhmat.labels import chart_caption
from ryhmat.ui.context import AppContext
from ryhmat.ui.statistics import StatisticsPage
from ryhmat.ui.statistics.charts import (
    MOST_TICK_STEPS,
    ChartsPanel,
    captioned,
    whole_number_scale,
)

AUTUMN = (date(2026, 8, 1), date(2026, 11, 23))


def shown_page(qtbot: QtBot, context: AppContext, windows: list[QWidget]) -> StatisticsPage:
    page = StatisticsPage(context)
    windows.append(page)
    page.resize(1200, 760)
    page.show()
    with qtbot.waitSignal(page.computed):
        page.first_day.set_day(AUTUMN[0])
        page.last_day.set_day(AUTUMN[1])
    return page


def values(bar_set: QBarSet) -> list[float]:
    return [bar_set.at(i) for i in range(bar_set.count())]


def test_the_charts_draw_the_months_of_the_statistics(
    qtbot: QtBot, demo_context: AppContext, windows: list[QWidget]
) -> None:
    page = shown_page(qtbot, demo_context, windows)
    statistics = page.statistics
    assert isinstance(statistics, Statistics)
    months = statistics.by_month_total
    charts = page.charts
    assert values(charts.visits_adults) == [m.figures.adult_visits for m in months]
    assert values(charts.visits_children) == [m.figures.child_visits for m in months]
    assert values(charts.sessions_held) == [m.figures.sessions_held for m in months]
    assert values(charts.sessions_cancelled) == [m.figures.sessions_cancelled for m in months]
    assert values(charts.sessions_unrecorded) == [m.figures.sessions_unrecorded for m in months]
    fathers = [charts.fathers.at(i).y() for i in range(charts.fathers.count())]
    assert fathers == [m.figures.fathers_reached for m in months]
    assert months, "compute_statistics fills by_month_total"
    assert [m.month.month for m in months] == [8, 9, 10, 11]
    total = statistics.total
    assert sum(values(charts.visits_adults)) == total.adult_visits > 0
    assert sum(values(charts.visits_children)) == total.child_visits
    assert sum(values(charts.sessions_held)) == total.sessions_held
    assert sum(values(charts.sessions_cancelled)) == total.sessions_cancelled
    assert sum(values(charts.sessions_unrecorded)) == total.sessions_unrecorded == 3
    axis = charts.views[ChartsPanel.VISITS].chart().axes()[0]
    assert axis.categories()[0] == "8/2026"  # type: ignore[attr-defined]


def test_a_chart_is_saved_as_png(
    qtbot: QtBot, demo_context: AppContext, windows: list[QWidget], tmp_path: Path
) -> None:
    page = shown_page(qtbot, demo_context, windows)
    page.tabs.setCurrentWidget(page.charts)
    target = tmp_path / "kaynnit.png"
    assert page.charts.save_chart_png(ChartsPanel.VISITS, target)
    assert target.read_bytes().startswith(b"\x89PNG")
    assert target.stat().st_size > 1000


def test_a_saved_chart_carries_its_period_and_filter_under_it(
    qtbot: QtBot, demo_context: AppContext, windows: list[QWidget], tmp_path: Path
) -> None:
    page = shown_page(qtbot, demo_context, windows)
    with qtbot.waitSignal(page.computed):
        page.group_type.setCurrentIndex(page.group_type.findData(GroupType.BABY_GROUP))
    page.tabs.setCurrentWidget(page.charts)
    assert page.statistics is not None
    assert page.charts.caption == chart_caption(*AUTUMN, page.statistics.described)
    assert "1.8.2026–23.11.2026" in page.charts.caption
    view = page.charts.views[ChartsPanel.SESSIONS]
    target = tmp_path / "kerrat.png"
    assert page.charts.save_chart_png(ChartsPanel.SESSIONS, target)
    saved = QImage(str(target))
    drawn = view.grab()
    assert saved.width() == drawn.width()
    assert saved.height() > drawn.height()  # the caption's lines below the chart
    below = saved.copy(0, drawn.height(), saved.width(), saved.height() - drawn.height())
    colours = {below.pixel(x, y) for x in range(below.width()) for y in range(below.height())}
    assert len(colours) > 1  # written on, not a blank strip


def test_a_long_caption_wraps_to_the_charts_width(qtbot: QtBot) -> None:
    picture = QPixmap(200, 100)
    picture.fill(QColor("white"))
    font = QFont()
    one_line = captioned(picture, "Period", font)
    many_lines = captioned(
        picture, "Period 1.1.2026–31.12.2026 · " + "Group: Pikkuiset, " * 8, font
    )
    assert one_line.width() == many_lines.width() == 200
    assert 100 < one_line.height() < many_lines.height()


def test_the_families_tab_shows_the_family_visit_report(
    qtbot: QtBot, demo_context: AppContext, windows: list[QWidget], model_tester: ModelTester
) -> None:
    page = shown_page(qtbot, demo_context, windows)
    panel = page.families
    expected = demo_context.read(
        lambda uow: family_visit_report(uow, *AUTUMN, StatisticsFilter(), demo_context.today(), 4)
    )
    assert panel.weeks.value() == 4
    assert panel.model.records == list(expected.rows)
    assert panel.model.rowCount() > 0
    model_tester.check(panel.model, force_py=True)
    row = panel.model.record(0)
    assert panel.model.index(0, 0).data() == row.name
    assert panel.model.index(0, 2).data() == f"{row.sessions_attended} / {row.sessions_offered}"
    assert panel.not_seen.count() == len(expected.not_seen)

    longer = demo_context.read(
        lambda uow: family_visit_report(uow, *AUTUMN, StatisticsFilter(), demo_context.today(), 8)
    )
    with qtbot.waitSignal(panel.changed):
        panel.weeks.setValue(8)
    assert panel.not_seen.count() == len(longer.not_seen)


def value_axis(charts: ChartsPanel, name: str) -> QValueAxis:
    axis = charts.views[name].chart().axes(Qt.Orientation.Vertical)[0]
    assert isinstance(axis, QValueAxis)
    return axis


def test_value_axes_count_in_whole_numbers(
    qtbot: QtBot, demo_context: AppContext, windows: list[QWidget]
) -> None:
    page = shown_page(qtbot, demo_context, windows)
    # One group: no father came to Perheliikunta Hyppyrit, and a month has a
    # single session not recorded; Qt's own scale showed 0, 0, 0, 0, 1 there.
    with qtbot.waitSignal(page.computed):
        page.filters.group.setCurrentIndex(page.filters.group.findText("Perheliikunta Hyppyrit"))
    for name in (ChartsPanel.VISITS, ChartsPanel.SESSIONS, ChartsPanel.FATHERS):
        axis = value_axis(page.charts, name)
        assert axis.tickType() is QValueAxis.TickType.TicksDynamic, name
        assert axis.tickAnchor() == 0
        step = axis.tickInterval()
        assert step >= 1, (name, step)
        assert step == int(step), (name, step)
        assert axis.min() == 0
        assert axis.max() % step == 0, (name, axis.max(), step)
        assert axis.max() / step <= MOST_TICK_STEPS
    assert value_axis(page.charts, ChartsPanel.FATHERS).max() == 1
    assert value_axis(page.charts, ChartsPanel.SESSIONS).tickInterval() == 1


@given(st.integers(min_value=0, max_value=10**9))
def test_a_whole_number_scale_holds_the_highest_in_few_round_steps(highest: int) -> None:
    top, step = whole_number_scale(highest)
    assert top >= max(highest, 1)
    assert top % step == 0
    assert 1 <= top // step <= MOST_TICK_STEPS
    assert top - step < max(highest, 1)  # no empty step at the top
    leading = int(str(step)[0])
    assert leading in (1, 2, 5)
    assert step == leading * 10 ** (len(str(step)) - 1)


def saturation(colour: QColor) -> float:
    return colour.hsvSaturationF()


def test_cancelled_sessions_are_not_drawn_in_a_good_colour(qtbot: QtBot) -> None:
    charts = ChartsPanel()
    qtbot.addWidget(charts)
    held, cancelled, unrecorded = (
        charts.sessions_held.color(),
        charts.sessions_cancelled.color(),
        charts.sessions_unrecorded.color(),
    )
    assert 90 <= held.hsvHue() <= 160  # green: what took place
    assert saturation(cancelled) < 0.1  # grey: no colour of success
    assert 25 <= unrecorded.hsvHue() <= 50  # amber: left to do
    assert len({held.name(), cancelled.name(), unrecorded.name()}) == 3
