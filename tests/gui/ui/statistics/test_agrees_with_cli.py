"""The Tilastot view shows exactly what `ryhmat stats` prints for the same filters."""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import event
from sqlalchemy.engine import Engine

from ryhmat.cli import excel, stats
from ryhmat.cli.main import main
from ryhmat.i18n import load_language
from ryhmat.ui.context import AppContext
from ryhmat.ui.statistics import StatisticsPage


def test_the_view_and_the_command_give_the_same_figures(
    qtbot: QtBot,
    demo_context: AppContext,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(stats, "helsinki_now", demo_context.now)  # the same moment for both
    page = StatisticsPage(demo_context)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.computed):
        page.first_day.set_day(date(2026, 8, 1))
        page.last_day.set_day(date(2026, 11, 23))
    with qtbot.waitSignal(page.computed):
        page.filters.group.setCurrentIndex(page.filters.group.findText("Perheliikunta Hyppyrit"))

    capsys.readouterr()
    code = main(
        [
            "--database",
            f"sqlite:///{tmp_path / 'demo.sqlite3'}",
            "stats",
            "--from",
            "1.8.2026",
            "--to",
            "23.11.2026",
            "--group",
            "Perheliikunta Hyppyrit",
            "--json",
        ]
    )
    assert code == 0
    printed = json.loads(capsys.readouterr().out)["total"]
    assert page.statistics is not None
    shown = page.statistics.total
    for name in (
        "sessions_held",
        "sessions_cancelled",
        "sessions_unrecorded",
        "adult_visits",
        "child_visits",
        "distinct_families",
        "fathers_reached",
        "new_families",
        "capacity",
        "capacity_filled",
        "sessions_over_capacity",
        "places_offered",
        "places_attended",
        "fill_rate",
        "attendance_rate",
    ):
        assert printed[name] == getattr(shown, name), name
    assert printed["sessions_unrecorded"] == 1  # 18.11.
    headers = [
        page.model.headerData(column, Qt.Orientation.Horizontal)
        for column in range(page.model.columnCount())
    ]
    for header, name in (
        ("Visits in all", "visits"),
        ("Sessions not recorded", "sessions_unrecorded"),
    ):
        assert page.model.index(0, headers.index(header)).data() == str(printed[name])


def workbook_parts(path: Path) -> dict[str, bytes]:
    """The workbook's files, its creation and modification times left out."""
    with zipfile.ZipFile(path) as opened:
        parts = {name: opened.read(name) for name in opened.namelist()}
    parts["docProps/core.xml"] = re.sub(
        rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\1", parts["docProps/core.xml"]
    )
    return parts


def test_the_window_writes_the_commands_workbook_with_the_same_reads(
    qtbot: QtBot,
    demo_context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Same period, same clock, no filter: the same bytes, from the same statements.
    The window's export does no work the command does not."""
    load_language("fi")  # the command's language, as RYHMAT_LANGUAGE says
    monkeypatch.setattr(excel, "helsinki_now", demo_context.now)
    # The command writes in the language the settings choose, Finnish here: so does
    # the window (the english_ui fixture brings English back afterwards).
    load_language("fi")
    database = tmp_path / "demo.sqlite3"
    page = StatisticsPage(demo_context)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.computed):
        page.first_day.set_day(date(2026, 8, 1))
        page.last_day.set_day(date(2026, 11, 23))

    from_window, from_command = tmp_path / "ikkuna.xlsx", tmp_path / "komento.xlsx"
    with counted_statements() as window_reads, qtbot.waitSignal(page.exported, timeout=60_000):
        page.export_to(from_window)
    command = ["--database", f"sqlite:///{database}", "export", "excel", "--out"]
    with counted_statements() as command_reads:
        code = main([*command, str(from_command), "--from", "1.8.2026", "--to", "23.11.2026"])
    assert code == 0
    assert workbook_parts(from_window) == workbook_parts(from_command)
    # The window reads what the command reads, and no more (15 statements here).
    assert 0 < window_reads.count <= command_reads.count, (window_reads.count, command_reads.count)


class StatementCount:
    count = 0


@contextmanager
def counted_statements() -> Iterator[StatementCount]:
    counter = StatementCount()

    def one_more(*_args: object) -> None:
        counter.count += 1

    event.listen(Engine, "before_cursor_execute", one_more)
    try:
        yield counter
    finally:
        event.remove(Engine, "before_cursor_execute", one_more)
