"""Closures in the calendar: a shaded band with the closure's name in the week and month,
for the groups the filters show."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ryhmat.domain.calendar import CalendarFilter
from ryhmat.domain.finnish_holidays import FinnishHolidays
from ryhmat.domain.model import ClosurePeriod, ClosureScope
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.closures import ClosureOnCalendar, calendar_closures, save_closure
from ryhmat.ui.calendar.models import CLOSURE_TINT, MonthModel, WeekModel
from ryhmat.ui.calendar.page import CalendarPage
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from tests.gui.person import choose, show_window

from .helpers import MONDAY

SYYSLOMA = ClosureOnCalendar("Syysloma 2026", date(2026, 10, 12), date(2026, 10, 18), [])
BABIES = "Vauvaryhmä Pikkuiset"


def test_a_closed_week_shows_a_band_named_by_its_closure_and_passes_the_model_tester(
    qtmodeltester: ModelTester,
) -> None:
    week = WeekModel(FinnishHolidays(), MONDAY)
    week.set_week(date(2026, 10, 12), [], MONDAY, [SYYSLOMA])
    qtmodeltester.check(week, force_py=True)
    assert week.rowCount() == 1  # no sessions, yet the band shows
    for column in range(7):
        cell = week.index(0, column)
        assert cell.data() == "Syysloma 2026"
        assert cell.data(Qt.ItemDataRole.BackgroundRole) == CLOSURE_TINT
    tooltip = week.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Syysloma 2026 (12/10–18/10/2026): no group meets" in tooltip

    month = MonthModel(FinnishHolidays(), MONDAY)
    month.set_month(date(2026, 10, 1), [], MONDAY, [SYYSLOMA])
    qtmodeltester.check(month, force_py=True)
    row, column = month.position_of(date(2026, 10, 14)) or (0, 0)
    assert month.month_day(row, column).closure == "Syysloma 2026"
    assert month.index(row, column).data(Qt.ItemDataRole.BackgroundRole) == CLOSURE_TINT
    assert month.index(row, column).data().startswith("14 Syysloma 2026")
    row, column = month.position_of(date(2026, 10, 19)) or (0, 0)
    assert month.month_day(row, column).closure == ""


def _chosen_closure(context: AppContext) -> None:
    def save(uow: UnitOfWork) -> None:
        babies = next(g for g in uow.groups.list() if g.name == BABIES)
        closure = ClosurePeriod(
            name="Pikkuisten tauko",
            first_day=date(2027, 3, 1),
            last_day=date(2027, 3, 7),
            scope=ClosureScope.GROUPS,
            group_ids=[babies.id],
        )
        save_closure(uow, closure)

    context.write(save, Changes.PLACES)


def test_a_closure_of_one_group_shows_only_while_that_group_is_shown(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    _chosen_closure(demo_context)
    page = CalendarPage(demo_context)
    qtbot.addWidget(page)
    show_window(qtbot, page)
    page.set_mode("month")
    page.show_day(date(2027, 3, 3))
    row, column = page.month_model.position_of(date(2027, 3, 3)) or (0, 0)
    assert page.month_model.month_day(row, column).closure == "Pikkuisten tauko"
    tooltip = page.month_model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
    assert f"closed for {BABIES}" in tooltip

    choose(qtbot, page.filters.group, "Perhekahvila Kohtaamo")
    qtbot.waitUntil(lambda: page.month_model.month_day(row, column).closure == "")
    choose(qtbot, page.filters.group, BABIES)
    qtbot.waitUntil(lambda: page.month_model.month_day(row, column).closure != "")


def test_the_filters_choose_the_closures_shown(demo_context: AppContext) -> None:
    _chosen_closure(demo_context)
    first, last = date(2027, 3, 1), date(2027, 3, 7)

    def shown(wanted: CalendarFilter) -> list[str]:
        found = demo_context.read(lambda uow: calendar_closures(uow, first, last, wanted))
        return [c.name for c in found]

    groups = {g: i for i, g in demo_context.read(lambda uow: uow.groups.names()).items()}
    organisations = {
        n: i for i, n in demo_context.read(lambda uow: uow.organisations.names()).items()
    }
    assert shown(CalendarFilter()) == ["Pikkuisten tauko"]
    assert shown(CalendarFilter(group_id=groups[BABIES])) == ["Pikkuisten tauko"]
    assert shown(CalendarFilter(group_id=groups["Perhekahvila Kohtaamo"])) == []
    assert shown(CalendarFilter(organisation_id=organisations["Järvelän neuvola"])) == [
        "Pikkuisten tauko"
    ]
    assert shown(CalendarFilter(organisation_id=organisations["Järvelän seurakunta"])) == []
    babies = demo_context.read(lambda uow: uow.groups.get(groups[BABIES]))
    assert babies is not None
    assert babies.default_place_id is not None
    assert shown(CalendarFilter(place_id=babies.default_place_id)) == ["Pikkuisten tauko"]
    elsewhere = demo_context.read(lambda uow: uow.places.list())
    empty = [p.id for p in elsewhere if p.id != babies.default_place_id]
    assert any(shown(CalendarFilter(place_id=place)) == [] for place in empty)
