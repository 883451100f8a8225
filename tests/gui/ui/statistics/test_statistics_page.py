"""Tilastot: the page shows the statistics use case's figures and exports the workbook."""

from __future__ import annotations

import io
import threading
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ryhmat.cli.stats import write_statistics
from ryhmat.domain.model import CapacityUnit
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.statistics import BREAKDOWNS, FIGURES, StatisticsFilter
from ryhmat.domain.usecases.groups import find_group, save_group
from ryhmat.domain.usecases.statistics import compute_statistics
from ryhmat.domain.usecases.workbook import WorkbookData
from ryhmat.export import excel
from ryhmat.export.excel import write_workbook
from ryhmat.i18n import load_language
from ryhmat.labels import breakdown_columns, breakdown_definition, figure_name
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.statistics import StatisticsPage
from tests.gui.person import (
    choose,
    click,
    click_tab,
    focused,
    press,
    show_window,
    tab,
    tick,
    type_over,
    type_text,
    wait_for_dialog,
)

AUTUMN = (date(2026, 8, 1), date(2026, 11, 23))


def shown_page(qtbot: QtBot, context: AppContext) -> StatisticsPage:
    page = StatisticsPage(context)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.computed):
        page.first_day.set_day(AUTUMN[0])
        page.last_day.set_day(AUTUMN[1])
    return page


def test_the_figures_are_the_statistics_use_cases_own(
    qtbot: QtBot, demo_context: AppContext, model_tester: ModelTester, windows: list[QWidget]
) -> None:
    page = StatisticsPage(demo_context)
    windows.append(page)
    page.show()
    with qtbot.waitSignal(page.computed):
        page.first_day.set_day(AUTUMN[0])
        page.last_day.set_day(AUTUMN[1])
    expected = demo_context.read(
        lambda uow: compute_statistics(uow, *AUTUMN, StatisticsFilter(), now=demo_context.now())
    )
    assert page.statistics == expected
    total = page.model.record(0)
    assert total.figures == expected.total
    assert page.model.index(0, 6).data() == str(expected.total.visits)
    assert page.model.rowCount() == (
        1 + len(expected.by_type) + len(expected.by_group) + len(expected.by_organisation)
    )
    # The organisers last, named so; a shared group is in each of its organisers' rows.
    last = page.model.rowCount() - 1
    assert page.model.index(last, 0).data() == f"Organiser: {expected.by_organisation[-1].name}"
    assert "do not add up to the total" in page.left_out_note.text()
    model_tester.check(page.model, force_py=True)


def test_a_group_filter_narrows_the_figures(qtbot: QtBot, demo_context: AppContext) -> None:
    page = shown_page(qtbot, demo_context)
    combo = page.filters.group
    index = combo.findText("Vauvaryhmä Pikkuiset")
    with qtbot.waitSignal(page.computed):
        combo.setCurrentIndex(index)
    assert [g.name for g in page.statistics.by_group] == ["Vauvaryhmä Pikkuiset"]  # type: ignore[union-attr]


def test_the_workbook_is_exported_off_the_gui_thread(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    writers: list[threading.Thread] = []

    def write_noting_the_thread(*args: Any, **kwargs: Any) -> None:
        writers.append(threading.current_thread())
        write_workbook(*args, **kwargs)

    monkeypatch.setattr(excel, "write_workbook", write_noting_the_thread)
    page = shown_page(qtbot, demo_context)
    target = tmp_path / "tilastot.xlsx"
    with qtbot.waitSignal(page.exported, timeout=60_000) as exported:
        page.export_to(target)
        assert not page.export_button.isEnabled()  # the page waits, not the GUI thread
        assert page.progress.isVisible()
    assert exported.args == [str(target)]
    assert len(writers) == 1
    assert writers[0] is not threading.main_thread()
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames[:2] == ["At a glance", "Summary"]  # the window's language
    assert page.export_button.isEnabled()
    assert not page.progress.isVisible()


def sheet_rows(path: Path, sheet: str) -> list[tuple[object, ...]]:
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:  # a read-only workbook keeps its file open until closed
        return list(workbook[sheet].iter_rows(values_only=True))
    finally:
        workbook.close()


def test_a_pseudonymised_export_keeps_its_codes_for_the_next_one(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    """The codes the first export made are saved: a later export of one group shows its
    people with the codes the export of all groups gave them, not numbered afresh."""
    page = shown_page(qtbot, demo_context)
    tick(qtbot, page.pseudonymise)
    everyone, one_group = tmp_path / "kaikki.xlsx", tmp_path / "pikkuiset.xlsx"
    with qtbot.waitSignal(page.exported, timeout=60_000):
        page.export_to(everyone)
    combo = page.filters.group
    with qtbot.waitSignal(page.computed):
        combo.setCurrentIndex(combo.findText("Vauvaryhmä Pikkuiset"))
    with qtbot.waitSignal(page.exported, timeout=60_000):
        page.export_to(one_group)
    shown = sheet_rows(one_group, "Vauvaryhmä Pikkuiset")
    assert any(isinstance(cell, str) and cell.startswith("P-") for row in shown for cell in row)
    assert shown == sheet_rows(everyone, "Vauvaryhmä Pikkuiset")


def test_an_end_before_the_start_is_a_clear_message(qtbot: QtBot, demo_context: AppContext) -> None:
    page = shown_page(qtbot, demo_context)
    page.last_day.set_day(date(2026, 1, 1))
    page.refresh()
    assert page.error.isVisible()
    assert "before" in page.error.text()


def column(page: StatisticsPage, header: str) -> int:
    headers = [
        page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())
    ]
    return headers.index(header)


def test_english_numbers_and_words(qtbot: QtBot, demo_context: AppContext) -> None:
    page = shown_page(qtbot, demo_context)
    average = page.model.index(0, column(page, "Average attendance")).data()
    fill_rate = page.model.index(0, column(page, "Fill rate")).data()
    assert average == "17.0"
    assert fill_rate == "64%"
    assert page.period_text.text() == "All groups"
    with qtbot.waitSignal(page.computed):
        page.filters.group.setCurrentIndex(page.filters.group.findText("Vauvaryhmä Pikkuiset"))
    assert page.period_text.text() == "Group: Vauvaryhmä Pikkuiset"


def test_finnish_numbers_and_words(qtbot: QtBot, demo_context: AppContext) -> None:
    load_language("fi")  # the english_ui fixture brings English back afterwards
    page = shown_page(qtbot, demo_context)
    assert page.model.index(0, column(page, "Osallistujia keskimäärin")).data() == "17,0"
    assert page.model.index(0, column(page, "Täyttöaste")).data() == "64 %"
    assert page.model.index(0, column(page, "Osallistumisaste")).data() == "64 %"
    assert page.period_text.text() == "Kaikki ryhmät"
    assert page.unrecorded_button.text() == "3 ryhmäkertaa kirjaamatta"


def test_the_view_the_cli_and_the_workbook_name_a_figure_alike(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    load_language("fi")
    page = shown_page(qtbot, demo_context)
    headers = [
        page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())
    ][1:]  # after the group's name
    # All three take the figures and their names from one list.
    assert headers == [figure_name(figure) for figure in FIGURES]
    statistics = page.statistics
    assert statistics is not None
    cli_text = io.StringIO()
    write_statistics(cli_text, statistics)
    assert all(f"\n{header} " in cli_text.getvalue() for header in headers)
    path = tmp_path / "tilastot.xlsx"
    empty = WorkbookData(statistics.first_day, statistics.last_day, False, [], [])
    write_workbook(path, statistics, empty)
    summary = openpyxl.load_workbook(path)["Yhteenveto"]
    workbook_headers = next(list(row) for row in summary.values if row[0] == "Ryhmä")
    assert workbook_headers[1 : len(headers) + 1] == headers
    assert "Uudet perheet" in headers
    assert "Ensikertalaiset" in headers
    assert "Tavoitetut isät" in headers
    assert "Käyntikerrat yhteensä" in headers
    charts = page.charts
    sessions = [charts.sessions_held, charts.sessions_cancelled, charts.sessions_unrecorded]
    assert [bar_set.label() for bar_set in sessions] == headers[:3]


def test_the_file_dialog_suggests_a_name_of_the_period(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = shown_page(qtbot, demo_context)
    # English in Finland writes 01/08/2026; a file name cannot hold the "/".
    assert page.suggested_file_name() == "Statistics 01-08-2026–23-11-2026"
    click(qtbot, page.export_button)
    dialog = wait_for_dialog(qtbot, QFileDialog)
    assert isinstance(dialog, QFileDialog)
    assert Path(dialog.selectedFiles()[0]).name == "Statistics 01-08-2026–23-11-2026.xlsx"
    dialog.reject()
    load_language("fi")
    assert page.suggested_file_name() == "Tilastot 1.8.2026–23.11.2026"


def test_the_period_is_typed_as_finns_type_dates_and_a_wrong_day_is_told(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    load_language("fi")
    page = shown_page(qtbot, demo_context)
    show_window(qtbot, page)
    with qtbot.waitSignal(page.computed):
        type_over(qtbot, page.first_day, "1.9.26")
        tab(qtbot)
        type_text(qtbot, "30.11.2026")  # Tab chose the shown last day: typing replaces it
        tab(qtbot)
    september_to_november = (date(2026, 9, 1), date(2026, 11, 30))
    expected = demo_context.read(
        lambda uow: compute_statistics(
            uow, *september_to_november, StatisticsFilter(), now=demo_context.now()
        )
    )
    assert page.statistics == expected

    with qtbot.waitSignal(page.computed, raising=False, timeout=1000):
        type_over(qtbot, page.last_day, "31.11.2026")
        tab(qtbot)
    assert page.error.text() == "”31.11.2026” ei ole päivämäärä: kuussa 11/2026 on 30 päivää."
    assert page.statistics == expected  # the figures shown are still those of a real period


def test_an_unknown_count_is_a_dash_and_the_family_figures_say_what_they_count(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = shown_page(qtbot, demo_context)
    headers = [
        page.model.headerData(column, Qt.Orientation.Horizontal)
        for column in range(page.model.columnCount())
    ]
    families, first_timers = headers.index("Families"), headers.index("First-time visitors")
    explanation = page.model.headerData(
        headers.index("New families"), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert "first visit ever" in explanation
    rows = {page.model.index(row, 0).data(): row for row in range(page.model.rowCount())}
    # The open daycare keeps only a headcount: its families are unknown, not none.
    headcount_only = rows["Avoin päiväkoti Pikkupesä"]
    assert page.model.index(headcount_only, families).data() == "–"
    assert page.model.index(headcount_only, first_timers).data() != "–"
    # The total counts what is known and says which groups it leaves out.
    assert page.model.index(rows["All"], families).data() != "–"
    assert page.left_out_note.isVisible()
    assert "headcount alone" in page.left_out_note.text()


def test_the_leaders_tab_shows_hours_by_kind_and_cancellations_by_reason(
    qtbot: QtBot, demo_context: AppContext, model_tester: ModelTester, windows: list[QWidget]
) -> None:
    # Kept by ``windows`` rather than qtbot, so the model tester lets go of it first.
    page = StatisticsPage(demo_context)
    windows.append(page)
    page.show()
    with qtbot.waitSignal(page.computed):
        page.first_day.set_day(AUTUMN[0])
        page.last_day.set_day(AUTUMN[1])
    statistics = page.statistics
    assert statistics is not None
    panel = page.leaders
    assert panel.leaders_model.records == statistics.leader_hours
    assert panel.kinds_model.records == statistics.hours_by_kind
    assert panel.reasons_model.records == list(statistics.cancelled_by_reason.items())
    assert panel.kinds_model.rowCount() == 3
    for model in (panel.leaders_model, panel.kinds_model, panel.reasons_model):
        model_tester.check(model, force_py=True)


def test_the_roles_and_ages_tab_shows_the_visits_by_role_and_age_band(
    qtbot: QtBot, demo_context: AppContext, model_tester: ModelTester, windows: list[QWidget]
) -> None:
    page = StatisticsPage(demo_context)
    windows.append(page)
    page.show()
    with qtbot.waitSignal(page.computed):
        page.first_day.set_day(AUTUMN[0])
        page.last_day.set_day(AUTUMN[1])
    statistics = page.statistics
    assert statistics is not None
    click_tab(qtbot, page.tabs, "Roles and ages")
    assert page.tabs.currentWidget() is page.visits
    for breakdown, model, table in zip(
        BREAKDOWNS, page.visits.models, page.visits.tables, strict=True
    ):
        assert table.isVisible()
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(1, 6)]
        assert headers == breakdown_columns(breakdown)
        # A row per group type, then all groups.
        assert model.rowCount() == len(statistics.by_type) + 1
        last = model.rowCount() - 1
        assert model.index(last, 0).data() == "All"
        assert [model.index(last, c).data() for c in range(1, 6)] == [
            str(n) for n in breakdown.values(statistics.total)
        ]
        # Where the roles and ages come from, on the column's tooltip.
        assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
            breakdown_definition(breakdown)
        )
        model_tester.check(model, force_py=True)
    assert sum(statistics.total.adult_visits_by_role) == statistics.total.adult_visits > 0
    assert sum(statistics.total.child_visits_by_band) == statistics.total.child_visits > 0


def test_a_group_over_capacity_shows_its_rate_as_it_is_and_says_so(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    def three_families(uow: UnitOfWork) -> None:
        group = find_group(uow, "Isä–lapsi-ryhmä Karhunpojat")
        group.capacity, group.capacity_unit = 3, CapacityUnit.FAMILIES
        save_group(uow, group)
        uow.commit()

    demo_context.write(three_families, Changes.GROUPS)
    page = shown_page(qtbot, demo_context)
    assert page.statistics is not None
    figures = next(
        g.figures for g in page.statistics.by_group if g.name == "Isä–lapsi-ryhmä Karhunpojat"
    )
    assert figures.fill_rate is not None
    assert figures.fill_rate > 1
    row = next(
        r
        for r in range(page.model.rowCount())
        if page.model.index(r, 0).data() == "Isä–lapsi-ryhmä Karhunpojat"
    )
    cell = page.model.index(row, column(page, "Fill rate"))
    # Never capped: the families present over the three places, and marked.
    assert cell.data() == f"{round(figures.fill_rate * 100)}% – over capacity"
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == (
        "Over capacity: more came than the capacity had room for. "
        f"Sessions over capacity: {figures.sessions_over_capacity}."
    )
    over = page.model.index(row, column(page, "Sessions over capacity")).data()
    assert int(over) == figures.sessions_over_capacity > 0
    assert "Sessions over capacity:" in page.left_out_note.text()


def test_a_preset_chosen_by_keyboard_fills_the_period_which_stays_editable(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = StatisticsPage(demo_context)
    qtbot.addWidget(page)
    show_window(qtbot, page)
    assert page.preset.currentText() == "Days as typed"  # 1.1. to today is no preset
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Pre&set
    assert focused() is page.preset
    with qtbot.waitSignal(page.computed):
        choose(qtbot, page.preset, "This season")
    assert (page.first_day.day(), page.last_day.day()) == (date(2026, 8, 1), date(2026, 12, 31))
    assert page.statistics is not None
    assert (page.statistics.first_day, page.statistics.last_day) == (
        date(2026, 8, 1),
        date(2026, 12, 31),
    )
    with qtbot.waitSignal(page.computed):
        choose(qtbot, page.preset, "Last month")
    assert (page.first_day.day(), page.last_day.day()) == (date(2026, 10, 1), date(2026, 10, 31))
    with qtbot.waitSignal(page.computed):
        type_over(qtbot, page.last_day, "15.10.2026")
        tab(qtbot)
    assert page.statistics.last_day == date(2026, 10, 15)
    assert page.preset.currentText() == "Days as typed"
    with qtbot.waitSignal(page.computed):
        type_over(qtbot, page.last_day, "31.10.2026")
        tab(qtbot)
    assert page.preset.currentText() == "Last month"  # the days typed are the month's
