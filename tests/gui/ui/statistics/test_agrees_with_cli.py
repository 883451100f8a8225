"""The Tilastot view shows exactly what `ryhmat stats` prints for the same filters."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ryhmat.cli import stats
from ryhmat.cli.main import main
from ryhmat.ui.context import AppContext
from ryhmat.ui.statistics import StatisticsPage


def test_the_view_and_the_command_give_the_same_figures(
    qtbot: QtBot,
    demo_context: AppContext,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(stats, "now", demo_context.now)  # the same moment for both
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
    ):
        assert printed[name] == getattr(shown, name), name
    assert printed["sessions_unrecorded"] == 1  # 18.11.
    headers = [
        page.model.headerData(column, Qt.Orientation.Horizontal)
        for column in range(page.model.columnCount())
    ]
    for header, name in (("Visits", "visits"), ("Not recorded", "sessions_unrecorded")):
        assert page.model.index(0, headers.index(header)).data() == str(printed[name])
