"""`ryhmat stats` against the small demo database and the hand-counted world."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, time
from typing import Any

import pytest

from ryhmat.cli import stats
from ryhmat.cli.main import main
from ryhmat.cli.output import jsonable
from ryhmat.cli.stats import statistics_json
from ryhmat.domain.model import CapacityUnit
from ryhmat.domain.statistics import (
    ADULT_VISITS,
    AVERAGE_ATTENDANCE,
    SESSIONS_UNRECORDED,
    VISITS_BY_AGE,
    VISITS_BY_ROLE,
    StatisticsFilter,
)
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.statistics import compute_statistics, statistics_filter
from ryhmat.i18n import chosen_language, load_language, translate
from ryhmat.labels import (
    breakdown_columns,
    breakdown_definitions,
    breakdown_name,
    decimal,
    figure_definitions,
    figure_name,
    unrecorded_note,
)
from ryhmat.storage.database import Database, open_database
from tests.integration.backends import BACKENDS, cases, databases_of, on_sqlite_and_postgresql_for
from tests.integration.cli.in_process import run
from tests.integration.statistics_world import StatisticsWorld, save_statistics_world

TODAY = "2026-11-23"
# When the command runs: the demo's today at noon.
NOW = datetime.combine(date.fromisoformat(TODAY), time(12), HELSINKI)


@pytest.fixture(autouse=True)
def the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stats, "helsinki_now", lambda: NOW)


@pytest.fixture(scope="module", params=BACKENDS)
def demo_database(request: pytest.FixtureRequest) -> Iterator[str]:
    with databases_of(request).empty() as url:
        assert main(["--database", url, "demo", "--scale", "small", "--today", TODAY]) == 0
        yield url


@pytest.fixture
def world_url(database: Database) -> str:
    save_statistics_world(database, StatisticsWorld())
    return database.engine.url.render_as_string(hide_password=False)


def computed(url: str, first_day: date, last_day: date, **names: Any) -> Any:
    """What the use case says, in the JSON shape of the command."""
    database = open_database(url)
    try:
        with database.unit_of_work() as uow:
            wanted = statistics_filter(uow, **names)
            result = compute_statistics(uow, first_day, last_day, wanted, now=NOW)
    finally:
        database.dispose()
    return json.loads(json.dumps(jsonable(statistics_json(result))))


@pytest.mark.parametrize(
    ("options", "names"),
    [
        ((), {}),
        (("--group-type", "father_child"), {"group_type": "father_child"}),
    ],
)
def test_json_equals_the_use_case(
    capsys: pytest.CaptureFixture[str],
    demo_database: str,
    options: tuple[str, ...],
    names: dict[str, Any],
) -> None:
    code, out, err = run(
        capsys,
        "--database",
        demo_database,
        "stats",
        "--from",
        "1.8.2025",
        "--to",
        TODAY,
        *options,
        "--json",
    )
    assert (code, err) == (0, "")
    shown = json.loads(out)
    assert shown == computed(demo_database, date(2025, 8, 1), date(2026, 11, 23), **names)
    assert shown["total"]["sessions_held"] > 10
    assert (
        shown["total"]["visits"]
        == shown["total"]["adult_visits"] + (shown["total"]["child_visits"])
    )


def test_json_of_a_filtered_worker_and_group(
    capsys: pytest.CaptureFixture[str], demo_database: str
) -> None:
    first_day, last_day = date(2025, 8, 1), date(2026, 11, 23)
    database = open_database(demo_database)
    try:
        with database.unit_of_work() as uow:
            group = uow.groups.list()[0]
            session = uow.sessions.between(first_day, last_day, [group.id])[0]
            worker = uow.workers.get(session.leader_ids[0])
            assert worker is not None
    finally:
        database.dispose()
    code, out, err = run(
        capsys,
        "--database",
        demo_database,
        "stats",
        "--from",
        first_day.isoformat(),
        "--to",
        TODAY,
        "--group",
        group.name,
        "--worker",
        worker.name,
        "--json",
    )
    assert (code, err) == (0, "")
    shown = json.loads(out)
    assert shown == computed(
        demo_database, first_day, last_day, groups=[group.name], worker=worker.name
    )
    assert [g["name"] for g in shown["by_group"]] == [group.name]
    assert shown["total"]["sessions_held"] > 0


def test_the_hand_counted_world_in_json(capsys: pytest.CaptureFixture[str], world_url: str) -> None:
    code, out, _ = run(
        capsys,
        "--database",
        world_url,
        "stats",
        "--from",
        "1.9.2025",
        "--to",
        "31.10.2025",
        "--json",
    )
    assert code == 0
    shown = json.loads(out)
    assert shown["first_day"] == "2025-09-01"
    assert shown["filter_text"] == ["Kaikki ryhmät"]
    total = shown["total"]
    assert (total["sessions_held"], total["visits"], total["new_families"]) == (7, 41, 3)
    # A4 (14.10.) was never recorded: beside the figures, not in them.
    assert total["sessions_unrecorded"] == 1
    assert total["average_attendance"] == pytest.approx(41 / 7)
    assert total["fill_rate"] == pytest.approx(32 / 66)
    assert (total["over_capacity"], total["sessions_over_capacity"]) == (False, 0)
    # A: F1, F2 offered A1 and A3, 3 came; C: F1 thrice, F4 twice, 4 came.
    assert (total["places_offered"], total["places_attended"]) == (9, 7)
    assert total["attendance_rate"] == pytest.approx(7 / 9)
    # The headcount-only group's families are unknown (null), not none; the list-only
    # group's first-time visitors likewise.
    by_name = {g["name"]: g for g in shown["by_group"]}
    assert by_name["Avoin päiväkoti Touhula"]["distinct_families"] is None
    # Jussi, Sari, Tiina and Mikko; Aino, Eero, Leo and Onni: none of them from B.
    assert (total["adults_reached"], total["children_reached"]) == (4, 4)
    assert by_name["Avoin päiväkoti Touhula"]["adults_reached"] is None
    assert by_name["Avoin päiväkoti Touhula"]["children_reached"] is None
    assert (
        by_name["Vauvaryhmä Pikkuiset"]["adults_reached"],
        by_name["Vauvaryhmä Pikkuiset"]["children_reached"],
    ) == (3, 3)
    assert by_name["Vauvaryhmä Pikkuiset"]["first_time_visitors"] is None
    assert shown["left_out"] == {
        "headcount_groups_from_families": True,
        "list_groups_from_first_timers": True,
        "headcount_sessions_from_fill_rate": False,
    }
    assert by_name["Vauvaryhmä Pikkuiset"]["sessions_unrecorded"] == 1
    assert by_name["Avoin päiväkoti Touhula"]["sessions_unrecorded"] == 0
    assert [m["month"] for m in shown["by_month"]][:1] == ["2025-09-01"]
    assert [(h["name"], h["hours"]) for h in shown["leader_hours"]] == [
        ("Anna Aalto", 3.0),
        ("Liisa Mäki", 10.5),
        ("Pekka Korhonen", 7.5),
    ]


def test_visits_by_role_and_age_band_in_json_and_text(
    capsys: pytest.CaptureFixture[str], world_url: str
) -> None:
    period = ("--from", "1.9.2025", "--to", "31.10.2025")
    code, out, _ = run(capsys, "--database", world_url, "stats", *period, "--json")
    assert code == 0
    total = json.loads(out)["total"]
    # Hand-counted in statistics_world: Tiina's role and Leo's birth date are not given.
    assert total["adult_visits_by_role"] == {
        "father": 9,
        "mother": 8,
        "other_guardian": 0,
        "grandparent": 1,
        "not_given": 1,
    }
    assert total["child_visits_by_band"] == {
        "0": 3,
        "1-2": 13,
        "3-6": 5,
        "7+": 0,
        "not_given": 1,
    }
    assert sum(total["adult_visits_by_role"].values()) == total["adult_visits"]
    assert sum(total["child_visits_by_band"].values()) == total["child_visits"]

    code, out, _ = run(capsys, "--database", world_url, "stats", *period)
    assert code == 0
    lines = out.splitlines()
    for breakdown, total_row in (
        (VISITS_BY_ROLE, ["9", "8", "0", "1", "1"]),
        (VISITS_BY_AGE, ["3", "13", "5", "0", "1"]),
    ):
        title = lines.index(breakdown_name(breakdown))
        header, *rows = lines[title + 1 : title + 6]
        assert header.split()[-1] == breakdown_columns(breakdown)[-1].split()[-1]
        # A row per group type (baby group, open daycare, father–child), then the total.
        assert rows[-1].startswith(translate("Cli", "Total"))
        assert rows[-1].split()[-5:] == total_row
        assert rows[1].split()[-5:] == (
            ["1", "7", "0", "1", "0"] if breakdown is VISITS_BY_ROLE else ["2", "7", "2", "0", "0"]
        )
    for name, definition in breakdown_definitions():
        assert f"{name}: {definition}." in lines


def test_no_capacity_gives_null(capsys: pytest.CaptureFixture[str], world_url: str) -> None:
    # C1 (13.9.) was at Kirjasto, which has no capacity; no held session: no average.
    code, out, _ = run(
        capsys,
        "--database",
        world_url,
        "stats",
        "--from",
        "13.9.2025",
        "--to",
        "13.9.2025",
        "--json",
    )
    total = json.loads(out)["total"]
    assert code == 0
    assert (total["fill_rate"], total["average_attendance"]) == (None, 7.0)
    _, out, _ = run(
        capsys, "--database", world_url, "stats", "--from", "1.1.2024", "--to", "2.1.2024", "--json"
    )
    assert json.loads(out)["total"]["average_attendance"] is None


def test_the_text_tables(capsys: pytest.CaptureFixture[str], world_url: str) -> None:
    code, out, err = run(
        capsys,
        "--database",
        world_url,
        "stats",
        "--from",
        "1.9.2025",
        "--to",
        "31.10.2025",
        "--organisation",
        "neuvola",
    )
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == translate("Cli", "Statistics {period}").format(period="1.9.2025–31.10.2025")
    assert lines[1] == "Järjestäjä: Neuvola"
    # Neuvola: groups A and C, 10 adult visits; an average of 21 / 5 visits.
    adults = figure_name(ADULT_VISITS)
    assert any(line.startswith(adults) and line.split()[-1:] == ["10"] for line in lines), out
    assert any(line.split()[-1:] == [decimal(21 / 5)] for line in lines), out
    assert "Vauvaryhmä Pikkuiset" in out
    assert "Avoin päiväkoti" not in out
    assert "Pekka Korhonen" in out
    # A4 (14.10.) of Neuvola's group A was never recorded: said before the figures.
    count = translate("Cli", "Sessions not recorded: {count}.").format(count=1)
    assert lines[2:5] == ["", f"{count} {unrecorded_note()}", ""]
    not_recorded = figure_name(SESSIONS_UNRECORDED)
    assert any(line.startswith(not_recorded) and line.split()[-1:] == ["1"] for line in lines)
    # Every family figure is explained once; an unknown one would be "–", never None.
    assert "None" not in out
    for name, definition in figure_definitions():
        assert f"{name}: {definition}." in lines


def test_the_text_says_nothing_of_sessions_not_recorded_when_there_are_none(
    capsys: pytest.CaptureFixture[str], world_url: str
) -> None:
    code, out, _ = run(
        capsys, "--database", world_url, "stats", "--from", "1.9.2025", "--to", "30.9.2025"
    )
    assert code == 0
    assert unrecorded_note() not in out


@pytest.fixture
def language(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    previous = chosen_language()
    yield
    monkeypatch.delenv("RYHMAT_LANGUAGE")
    load_language(previous)


@pytest.mark.parametrize(
    ("code", "all_groups", "group_type", "average"),
    [
        ("fi", "Kaikki ryhmät", "Ryhmätyyppi: isä–lapsi-toiminta", "4,3"),
        ("sv", "Alla grupper", "Grupptyp: pappa–barn-verksamhet", "4,3"),
        ("en", "All groups", "Group type: father–child activity", "4.3"),
    ],
)
def test_the_filter_and_the_numbers_are_in_the_languages_own_words(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    world_url: str,
    language: None,
    code: str,
    all_groups: str,
    group_type: str,
    average: str,
) -> None:
    monkeypatch.setenv("RYHMAT_LANGUAGE", code)
    everything = ("--database", world_url, "stats", "--from", "1.9.2025", "--to", "31.10.2025")
    _, out, _ = run(capsys, *everything, "--json")
    assert json.loads(out)["filter_text"] == [all_groups]
    _, out, _ = run(capsys, *everything, "--group-type", "father_child")
    assert out.splitlines()[1] == group_type
    # Group C: 13 visits in 3 held sessions.
    average_line = next(
        line for line in out.splitlines() if line.startswith(figure_name(AVERAGE_ATTENDANCE))
    )
    assert average_line.split()[-1] == average


def test_the_default_period_is_this_year_so_far(
    capsys: pytest.CaptureFixture[str], world_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        stats, "helsinki_now", lambda: datetime(2025, 10, 31, 12, 0, tzinfo=HELSINKI)
    )
    _, out, _ = run(capsys, "--database", world_url, "stats", "--json")
    shown = json.loads(out)
    assert (shown["first_day"], shown["last_day"]) == ("2025-01-01", "2025-10-31")
    # A0 in August is in the year too: 8 held sessions.
    assert shown["total"]["sessions_held"] == 8


# Only the name looked up reaches the database: that case on PostgreSQL too.
@on_sqlite_and_postgresql_for(
    ("argv", "message"),
    [
        (("--group", "Ei ole"), "Ei ole"),
        (("--group-type", "kerho"), "kerho"),
        (("--worker", "Matti"), "Matti"),
        (("--from", "31.10.2025", "--to", "1.9.2025"), "1.9.2025"),
        (("--from", "32.1.2025"), "32.1.2025"),
        (("--bogus",), "--bogus"),
    ],
    on_postgresql=cases("argv0-Ei ole"),
)
def test_mistakes_exit_2_with_one_line(
    capsys: pytest.CaptureFixture[str], world_url: str, argv: tuple[str, ...], message: str
) -> None:
    code, out, err = run(capsys, "--database", world_url, "stats", *argv)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert message in err


def test_an_empty_filter_is_everything(world_url: str) -> None:
    database = open_database(world_url)
    try:
        with database.unit_of_work() as uow:
            assert statistics_filter(uow) == StatisticsFilter()
    finally:
        database.dispose()


def test_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["stats", "--help"])
    assert exited.value.code == 0
    assert "--group-type" in capsys.readouterr().out


def test_a_rate_over_capacity_is_printed_as_it_is_and_marked(
    capsys: pytest.CaptureFixture[str], database: Database
) -> None:
    world = StatisticsWorld()
    # C's own 3 persons: C1 7 visits and C2 4 over it, C3 2 not: 13 of 9, 144 %.
    world.c.capacity, world.c.capacity_unit = 3, CapacityUnit.PERSONS
    save_statistics_world(database, world)
    url = database.engine.url.render_as_string(hide_password=False)
    code, out, _ = run(
        capsys, "--database", url, "stats", "--from", "1.9.2025", "--to", "31.10.2025"
    )
    assert code == 0
    row = next(line for line in out.splitlines() if line.startswith(world.c.name))
    assert "144 % – ylitäyttö" in row
    assert "Ylitäytettyjä kertoja: 2." in out
    code, out, _ = run(capsys, "--database", url, "stats", "--from", "1.9.2025", "--json")
    shown = {g["name"]: g for g in json.loads(out)["by_group"]}[world.c.name]
    assert (shown["fill_rate"], shown["over_capacity"]) == (pytest.approx(13 / 9), True)
    assert shown["sessions_over_capacity"] == 2


def test_by_organiser_in_text_and_json(capsys: pytest.CaptureFixture[str], world_url: str) -> None:
    period = ("--from", "1.9.2025", "--to", "31.10.2025")
    code, out, _ = run(capsys, "--database", world_url, "stats", *period, "--json")
    assert code == 0
    rows = {o["name"]: o for o in json.loads(out)["by_organisation"]}
    # Neuvola organises A and C, MLL Keskusta B, Seurakunta C with Neuvola.
    assert list(rows) == ["MLL Keskusta", "Neuvola", "Seurakunta"]
    assert [rows[name]["sessions_held"] for name in rows] == [2, 5, 3]
    code, out, _ = run(capsys, "--database", world_url, "stats", *period)
    by_organiser = out[out.index("Järjestäjittäin") :]
    assert by_organiser.splitlines()[1].startswith("Järjestäjä")
    assert "Seurakunta" in by_organiser
    assert "joten järjestäjien rivit eivät summaudu kokonaismäärään" in by_organiser
