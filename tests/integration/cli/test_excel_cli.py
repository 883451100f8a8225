"""`ryhmat export excel` against the small demo database."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from ryhmat.cli import excel
from ryhmat.cli.main import main
from ryhmat.domain.timezone import HELSINKI
from ryhmat.labels import unrecorded_sentence
from tests.integration.backends import BACKENDS, databases_of
from tests.integration.cli.in_process import run

TODAY = "2026-11-23"
PERIOD = ["--from", "1.8.2026", "--to", "23.11.2026"]


@pytest.fixture(autouse=True)
def the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command runs at noon of the demo's today."""
    monkeypatch.setattr(
        excel, "helsinki_now", lambda: datetime(2026, 11, 23, 12, 0, tzinfo=HELSINKI)
    )


@pytest.fixture(scope="module", params=BACKENDS)
def demo_database(request: pytest.FixtureRequest) -> Iterator[str]:
    with databases_of(request).empty() as url:
        assert main(["--database", url, "demo", "--scale", "small", "--today", TODAY]) == 0
        yield url


def summary_row(path: Path, name: str) -> list[object]:
    sheet = openpyxl.load_workbook(path)["Yhteenveto"]
    return next([c.value for c in row] for row in sheet.iter_rows() if row[0].value == name)


def test_one_group_of_a_period(
    capsys: pytest.CaptureFixture[str], demo_database: str, tmp_path: Path
) -> None:
    out = tmp_path / "vauvat.xlsx"
    code, printed, err = run(
        capsys,
        "--database",
        demo_database,
        "export",
        "excel",
        "--out",
        str(out),
        *PERIOD,
        "--group",
        "vauvaryhmä pikkuiset",
    )
    assert (code, err) == (0, "")
    assert printed.strip() == str(out)
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == [
        "Tiivistelmä",
        "Yhteenveto",
        "Vauvaryhmä Pikkuiset",
        "Kävijämäärät",
        "Kuukausittain",
        "Arvioinnit",
    ]
    summary = workbook["Yhteenveto"]
    assert summary["B3"].value == "Ryhmä: Vauvaryhmä Pikkuiset"
    # Sessions held, cancelled, not recorded, adult, child and all visits.
    assert summary_row(out, "Yhteensä")[1:7] == [12, 1, 0, 93, 93, 186]
    assert "Kirjaamatta" not in [row[0].value for row in summary.iter_rows()]
    assert workbook["Kävijämäärät"].max_row == 2  # the header and an empty totals row


def test_two_groups_and_pseudonyms(
    capsys: pytest.CaptureFixture[str], demo_database: str, tmp_path: Path
) -> None:
    out = tmp_path / "koodit.xlsx"
    code, _, err = run(
        capsys,
        "--database",
        demo_database,
        "export",
        "excel",
        "--out",
        str(out),
        *PERIOD,
        "--group",
        "Vauvaryhmä Pikkuiset",
        "--group",
        "Avoin päiväkoti Pikkupesä",
        "--pseudonymise",
    )
    assert (code, err) == (0, "")
    workbook = openpyxl.load_workbook(out)
    sheet = workbook["Vauvaryhmä Pikkuiset"]
    codes = [
        f"{family} {name}"
        for family, name in sheet.iter_rows(min_row=2, max_col=2, values_only=True)
    ][:-1]
    assert len(codes) == 33
    assert all(re.fullmatch(r"F-\d{4} P-\d{4}", code) for code in codes), codes
    assert summary_row(out, "Yhteensä")[6] == 186 + 1029
    # This morning's open daycare (23.11.) is not recorded: said, and not in the visits.
    assert summary_row(out, "Kirjaamatta")[:2] == ["Kirjaamatta", unrecorded_sentence(1)]
    assert summary_row(out, "Avoin päiväkoti Pikkupesä")[3] == 1


def test_an_organisations_groups(
    capsys: pytest.CaptureFixture[str], demo_database: str, tmp_path: Path
) -> None:
    out = tmp_path / "mll.xlsx"
    code, _, err = run(
        capsys,
        "--database",
        demo_database,
        "export",
        "excel",
        "--out",
        str(out),
        *PERIOD,
        "--organisation",
        "MLL:n Järvelän yhdistys",
    )
    assert (code, err) == (0, "")
    assert openpyxl.load_workbook(out)["Yhteenveto"]["B3"].value == (
        "Järjestäjä: MLL:n Järvelän yhdistys"
    )


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--group", "Ei ole"], "Ei ole"),
        (["--organisation", "Ei ole"], "Ei ole"),
        (["--from", "1.12.2026", "--to", "1.8.2026"], ""),
    ],
)
def test_a_mistake_is_one_line_and_writes_nothing(
    capsys: pytest.CaptureFixture[str],
    demo_database: str,
    tmp_path: Path,
    arguments: list[str],
    message: str,
) -> None:
    out = tmp_path / "x.xlsx"
    code, printed, err = run(
        capsys, "--database", demo_database, "export", "excel", "--out", str(out), *arguments
    )
    assert code == 2
    assert printed == ""
    assert len(err.strip().splitlines()) == 1
    assert message in err
    assert list(tmp_path.iterdir()) == []


def test_a_folder_or_a_missing_folder_is_refused(
    capsys: pytest.CaptureFixture[str], demo_database: str, tmp_path: Path
) -> None:
    for out in (tmp_path, tmp_path / "puuttuu" / "x.xlsx"):
        code, _, err = run(
            capsys, "--database", demo_database, "export", "excel", "--out", str(out), *PERIOD
        )
        assert code == 2
        assert str(out) in err
        assert len(err.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["export", "excel", "--help"])
    assert exited.value.code == 0
    help_text = capsys.readouterr().out
    for option in ("--out", "--from", "--to", "--group", "--organisation", "--pseudonymise"):
        assert option in help_text


def test_a_swedish_workbook_on_request(
    capsys: pytest.CaptureFixture[str], demo_database: str, tmp_path: Path
) -> None:
    out = tmp_path / "babygrupp.xlsx"
    group = ["--group", "vauvaryhmä pikkuiset"]
    command = ["--database", demo_database, "export", "excel", "--out", str(out), *PERIOD]
    code, _, err = run(capsys, *command, *group, "--language", "sv")
    assert (code, err) == (0, "")
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == [
        "Sammandrag",
        "Sammanfattning",
        "Vauvaryhmä Pikkuiset",
        "Antal besökare",
        "Per månad",
        "Utvärderingar",
    ]
    assert workbook["Sammanfattning"]["B3"].value == "Grupp: Vauvaryhmä Pikkuiset"
