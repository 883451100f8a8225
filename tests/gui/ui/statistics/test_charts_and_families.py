"""Tilastot's charts and families: the same numbers as the statistics use cases."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCharts import QBarSet
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ryhmat.domain.statistics import Statistics, StatisticsFilter
from ryhmat.domain.usecases.family_visits import family_visit_report
from ryhmat.ui.context import AppContext
from ryhmat.ui.statistics import StatisticsPage
from ryhmat.ui.statistics.charts import ChartsPanel

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
    fathers = [charts.fathers.at(i).y() for i in range(charts.fathers.count())]
    assert fathers == [m.figures.fathers_reached for m in months]
    assert months, "compute_statistics fills by_month_total"
    assert [m.month.month for m in months] == [8, 9, 10, 11]
    total = statistics.total
    assert sum(values(charts.visits_adults)) == total.adult_visits > 0
    assert sum(values(charts.visits_children)) == total.child_visits
    assert sum(values(charts.sessions_held)) == total.sessions_held
    assert sum(values(charts.sessions_cancelled)) == total.sessions_cancelled
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
