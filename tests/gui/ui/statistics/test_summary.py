"""The one-page summary for a board, saved from Tilastot as a person does: the period
typed the Finnish way, the button, the file dialog, Enter; read back with pdftotext."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from ryhmat.domain.statistics import FIGURES, FilterKind, FilterTerm, StatisticsFilter
from ryhmat.domain.usecases.families import list_families
from ryhmat.domain.usecases.statistics import compute_statistics
from ryhmat.i18n import load_language
from ryhmat.labels import figure_definition, figure_name, figure_text
from ryhmat.summary import summary
from ryhmat.ui.context import AppContext
from ryhmat.ui.statistics import StatisticsPage
from ryhmat.ui.summary_report import save_summary_pdf
from tests.gui.person import (
    choose,
    click,
    click_into,
    enter,
    show_window,
    type_over,
    wait_for_dialog,
)
from tests.pdf import pdf_pages, pdf_text

AUTUMN = ("1.8.2026", "23.11.2026")


def saved_summary(qtbot: QtBot, page: StatisticsPage, folder: Path) -> Path:
    with qtbot.waitSignal(page.computed):
        type_over(qtbot, page.first_day, AUTUMN[0])
        type_over(qtbot, page.last_day, AUTUMN[1])
    click(qtbot, page.summary_button)
    dialog = wait_for_dialog(qtbot, QFileDialog)
    assert isinstance(dialog, QFileDialog)
    dialog.setDirectory(str(folder))
    name_field = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name_field is not None
    click_into(qtbot, name_field)
    with qtbot.waitSignal(page.exported) as saved:
        enter(qtbot)
    return Path(saved.args[0])


def test_a_coordinator_saves_the_summary_of_the_autumn_on_one_page(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    load_language("fi")
    page = StatisticsPage(demo_context)
    qtbot.addWidget(page)
    show_window(qtbot, page)
    path = saved_summary(qtbot, page, tmp_path)

    assert path.name == "Tiivistelmä 1.8.2026–23.11.2026.pdf"
    assert pdf_pages(path) == 1
    text = pdf_text(path)
    assert "Ryhmätoiminta lyhyesti" in text
    assert "Aikaväli: 1.8.2026–23.11.2026" in text
    assert "Rajaukset: Kaikki ryhmät" in text
    # Each figure, its value as the view shows it, and its definition.
    statistics = page.statistics
    assert statistics is not None
    for figure in FIGURES:
        assert f"{figure_name(figure)} {figure_text(figure, statistics.total)} " in text, figure
        assert figure_definition(figure)[:40] in text, figure
    assert "eri perheet, joista joku on ollut paikalla" in text
    assert "Ohjaustunnit" in text
    assert "vauvaryhmä" in text  # the table by group type
    # The seasons' evaluations, a row a group: the autumn's goals are set, not yet evaluated.
    assert "Arvioinnit" in text
    assert "Vauvaryhmä Pikkuiset 0/1 2 asetettu" in text
    # Counts only: no family of the register is named on a page that leaves the team.
    families = demo_context.read(list_families)
    assert families
    assert not [f.name for f in families if f" {f.name} " in f" {text} "]


def test_the_summary_follows_the_filter_and_the_language(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    load_language("sv")
    page = StatisticsPage(demo_context)
    qtbot.addWidget(page)
    show_window(qtbot, page)
    choose(qtbot, page.filters.group, "Vauvaryhmä Pikkuiset")
    path = saved_summary(qtbot, page, tmp_path)

    assert path.name == "Sammandrag 1.8.2026–23.11.2026.pdf"
    text = pdf_text(path)
    assert "Gruppverksamheten i korthet" in text
    assert "Avgränsningar: Grupp: Vauvaryhmä Pikkuiset" in text
    held = page.statistics.total.sessions_held if page.statistics else None
    assert f"Hållna träffar {held} " in text


def test_a_period_typed_wrong_saves_nothing_and_says_why(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    load_language("fi")
    page = StatisticsPage(demo_context)
    qtbot.addWidget(page)
    show_window(qtbot, page)
    type_over(qtbot, page.first_day, "31.2.2026")
    path = tmp_path / "tiivistelmä.pdf"
    assert not page.save_summary_to(path)
    assert not path.exists()
    assert page.error.isVisible()


def test_a_folder_that_cannot_be_written_is_said_calmly(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    page = StatisticsPage(demo_context)
    qtbot.addWidget(page)
    show_window(qtbot, page)
    path = tmp_path / "missing folder" / "summary.pdf"
    assert not page.save_summary_to(path)
    assert "could not be saved" in page.error.text()
    assert not path.parent.exists()


def test_a_long_filter_still_fits_one_page(demo_context: AppContext, tmp_path: Path) -> None:
    """Many groups named in the filter make the page longer; the type gets smaller."""
    statistics = demo_context.read(
        lambda uow: compute_statistics(
            uow,
            demo_context.today().replace(month=1, day=1),
            demo_context.today(),
            StatisticsFilter(),
            now=demo_context.now(),
        )
    )
    names = tuple(f"Ryhmä numero {n} jolla on pitkä nimi" for n in range(60))
    crowded = replace(statistics, described=[FilterTerm(FilterKind.GROUPS, names)])
    path = tmp_path / "pitkä.pdf"
    save_summary_pdf(summary(crowded), path)
    assert pdf_pages(path) == 1
    assert "Ryhmä numero 59" in pdf_text(path)


def test_a_first_day_after_the_last_saves_no_summary_of_the_period_shown_before(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    load_language("fi")
    page = StatisticsPage(demo_context)
    qtbot.addWidget(page)
    show_window(qtbot, page)
    qtbot.waitUntil(lambda: page.statistics is not None)
    assert page.last_day.text() == AUTUMN[1]  # the demo's today
    type_over(qtbot, page.first_day, "6.1.2027")  # after it
    path = tmp_path / "tiivistelmä.pdf"
    assert not page.save_summary_to(path)
    assert not path.exists()
    assert page.error.isVisible()
