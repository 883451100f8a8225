"""The week and month models over the demo data, checked by the model tester."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, Qt
from PySide6.QtGui import QColor, QFont
from pytestqt.modeltest import ModelTester

from ryhmat.domain.finnish_holidays import FinnishHolidays
from ryhmat.domain.usecases.calendar import calendar_entries
from ryhmat.i18n import current_language, load_language
from ryhmat.ui.calendar.models import (
    DAY_ROLE,
    SESSION_ROLE,
    SESSIONS_ROLE,
    MonthModel,
    WeekModel,
)
from ryhmat.ui.colors import group_colour
from ryhmat.ui.context import AppContext

from .helpers import MONDAY, cancelled_entry

SUNDAY = date(2026, 11, 29)


def test_both_models_pass_the_model_tester_with_real_data(
    qtmodeltester: ModelTester, demo_context: AppContext
) -> None:
    holidays = FinnishHolidays()
    week = WeekModel(holidays, MONDAY)
    entries = demo_context.read(lambda uow: calendar_entries(uow, MONDAY, SUNDAY))
    week.set_week(MONDAY, entries, MONDAY)
    assert week.rowCount() == 3
    qtmodeltester.check(week, force_py=True)
    week.set_week(date(2026, 7, 6), [], MONDAY)  # the summer break: no sessions at all
    assert week.rowCount() == 0
    qtmodeltester.check(week, force_py=True)

    month = MonthModel(holidays, MONDAY)
    first, last = date(2026, 10, 26), date(2026, 12, 6)
    entries = demo_context.read(lambda uow: calendar_entries(uow, first, last))
    month.set_month(date(2026, 11, 1), entries, MONDAY)
    assert (month.first_day, month.last_day) == (first, last)
    qtmodeltester.check(month, force_py=True)


def assert_many_roles_at_once_as_each_alone(model: WeekModel | MonthModel) -> None:
    roles = [*Qt.ItemDataRole, SESSION_ROLE, SESSIONS_ROLE, DAY_ROLE]
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in roles:
                slot = QModelRoleData(role)
                slot.setData("stale")  # Qt's delegate reuses its slots from cell to cell
                model.multiData(index, QModelRoleDataSpan(slot))
                assert slot.data() == index.data(role), (row, column, role)


def test_both_models_give_the_same_values_for_many_roles_at_once_as_for_each_alone(
    demo_context: AppContext,
) -> None:
    week = WeekModel(FinnishHolidays(), MONDAY)
    entries = demo_context.read(lambda uow: calendar_entries(uow, MONDAY, SUNDAY))
    week.set_week(MONDAY, entries, MONDAY)
    assert_many_roles_at_once_as_each_alone(week)

    month = MonthModel(FinnishHolidays(), MONDAY)
    first, last = date(2026, 10, 26), date(2026, 12, 6)
    entries = demo_context.read(lambda uow: calendar_entries(uow, first, last))
    month.set_month(date(2026, 11, 1), entries, MONDAY)
    assert_many_roles_at_once_as_each_alone(month)


def test_a_cancelled_session_is_struck_through_greyed_and_explained(
    demo_context: AppContext,
) -> None:
    cancelled = cancelled_entry(demo_context)
    monday = date(2026, 11, 16)
    assert monday <= cancelled.day <= date(2026, 11, 22)
    week = WeekModel(FinnishHolidays(), MONDAY)
    entries = demo_context.read(lambda uow: calendar_entries(uow, monday, date(2026, 11, 22)))
    week.set_week(monday, entries, MONDAY)

    cells = [
        week.index(row, column)
        for row in range(week.rowCount())
        for column in range(week.columnCount())
        if week.index(row, column).data(SESSION_ROLE) is not None
    ]
    (struck,) = [i for i in cells if i.data(SESSION_ROLE).session_id == cancelled.session_id]
    font = struck.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont)
    assert font.strikeOut()
    assert struck.column() == cancelled.day.weekday()
    assert "Ohjaaja sairastunut" in struck.data(Qt.ItemDataRole.ToolTipRole)
    assert struck.data().endswith("(cancelled)")
    assert struck.data(Qt.ItemDataRole.BackgroundRole) == group_colour(cancelled.group_id)
    others = [i for i in cells if i != struck]
    assert others
    assert not any(i.data(Qt.ItemDataRole.FontRole).strikeOut() for i in others)
    assert struck.data(Qt.ItemDataRole.ForegroundRole) != others[0].data(
        Qt.ItemDataRole.ForegroundRole
    )


def test_the_week_headers_name_the_days_in_finnish_and_mark_today() -> None:
    load_language("fi")
    week = WeekModel(FinnishHolidays(), MONDAY)
    week.set_week(date(2026, 12, 2), [], MONDAY)  # any day of the week of Independence Day
    headers = [week.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers[0] == "ma 30.11."
    assert headers[6] == "su 6.12.\nItsenäisyyspäivä"

    week.set_week(MONDAY, [], MONDAY)
    assert week.headerData(0, Qt.Orientation.Horizontal) == "ma 23.11."
    today_font = week.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
    assert today_font.bold()
    assert week.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole) is None


def test_holidays_are_named_in_the_ui_language_it_has_now() -> None:
    week = WeekModel(FinnishHolidays(current_language), MONDAY)
    for language, name in [
        ("sv", "Självständighetsdagen"),
        ("en", "Independence Day"),
        ("fi", "Itsenäisyyspäivä"),
    ]:
        load_language(language)
        week.set_week(date(2026, 12, 2), [], MONDAY)
        header = week.headerData(6, Qt.Orientation.Horizontal)
        assert header.endswith(f"6.12.\n{name}") or header.endswith(f"/12\n{name}"), header


def test_the_month_has_iso_week_rows_monday_first_and_dims_other_months(
    demo_context: AppContext,
) -> None:
    month = MonthModel(FinnishHolidays(), MONDAY)
    first, last = date(2026, 10, 26), date(2026, 12, 6)
    entries = demo_context.read(lambda uow: calendar_entries(uow, first, last))
    month.set_month(date(2026, 11, 15), entries, MONDAY)

    weeks = [month.headerData(r, Qt.Orientation.Vertical) for r in range(month.rowCount())]
    assert weeks == ["Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48", "Wk 49"]
    assert month.headerData(0, Qt.Orientation.Horizontal) == "Mon"
    assert month.headerData(6, Qt.Orientation.Horizontal) == "Sun"
    assert month.index(0, 0).data(DAY_ROLE) == date(2026, 10, 26)
    assert month.index(5, 6).data(DAY_ROLE) == date(2026, 12, 6)

    dimmed = month.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(dimmed, QColor)
    assert month.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None  # 2.11.

    tuesday = month.index(4, 1)  # 24.11.
    sessions = tuesday.data(SESSIONS_ROLE)
    assert [e.group_name for e in sessions] == [
        "Avoin päiväkoti Pikkupesä",
        "Vauvaryhmä Pikkuiset",
        "Kaksos- ja monikkoperheiden vertaisryhmä",
    ]
    assert tuesday.data().split("\n") == [
        "24",
        "9.00 Avoin päiväkoti Pikkupesä",
        "9.30 Vauvaryhmä Pikkuiset",
        "17.30 Kaksos- ja monikkoperheiden vertaisryhmä",
    ]
    assert month.index(4, 0).data(Qt.ItemDataRole.FontRole).bold()  # today, 23.11.
