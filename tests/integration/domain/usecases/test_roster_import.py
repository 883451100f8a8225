"""Importing a roster into a group: families recognised, all or nothing, valid rows only."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select, table

from ryhmat.domain.errors import NotFound
from ryhmat.domain.model import (
    AdultRole,
    Attendance,
    AttendanceMark,
    EnrolmentStatus,
    MemberKind,
    Permission,
    SessionStatus,
    UsageAction,
)
from ryhmat.domain.statistics import StatisticsFilter
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.families import family_enrolments, list_families
from ryhmat.domain.usecases.roster_import import (
    ImportPlan,
    ImportRejected,
    ImportResult,
    RosterRow,
    apply_import,
    plan_import,
)
from ryhmat.domain.usecases.statistics import compute_statistics
from ryhmat.domain.usecases.usage_log import usage_actors
from ryhmat.export.roster_file import RosterFile, read_roster
from ryhmat.storage.database import Database
from tests.integration.world import World, make_session
from tests.roster_files import GOOD_ROWS, big_rows, write_csv, write_xlsx

TODAY = date(2026, 11, 23)
GROUP = "Isä-lapsi-ryhmä"
AFTER = datetime(2026, 11, 23, 12, 0, tzinfo=HELSINKI)


def row_counts(database: Database) -> dict[str, int]:
    """Every table's row count: an import that is refused must change none."""
    names = inspect(database.engine).get_table_names()
    with database.engine.connect() as connection:
        return {
            name: connection.execute(select(func.count()).select_from(table(name))).scalar_one()
            for name in names
        }


def plan(database: Database, path: Path) -> ImportPlan:
    roster = read_roster(path)
    with database.unit_of_work() as uow:
        return plan_import(uow, GROUP, roster.rows, roster.problems, TODAY, roster.headers)


def run_import(database: Database, path: Path, valid_only: bool = False) -> ImportResult:
    return import_rows(database, read_roster(path), valid_only)


def import_rows(database: Database, roster: RosterFile, valid_only: bool) -> ImportResult:
    with database.unit_of_work() as uow:
        made = plan_import(uow, GROUP, roster.rows, roster.problems, TODAY, roster.headers)
        return apply_import(uow, made, valid_only)


def families(database: Database) -> dict[str, list[str]]:
    with database.unit_of_work() as uow:
        return {f.name: f.adults + f.children for f in list_families(uow)}


def statuses(database: Database) -> dict[str, EnrolmentStatus]:
    with database.unit_of_work() as uow:
        return {
            f.name: view.status
            for f in list_families(uow)
            for view in family_enrolments(uow, f.id)
            if view.group == GROUP
        }


@pytest.mark.usefixtures("world")
def test_the_plan_counts_what_the_import_will_do(database: Database, tmp_path: Path) -> None:
    before = row_counts(database)
    made = plan(database, write_xlsx(tmp_path / "r.xlsx", GOOD_ROWS))
    assert (
        made.families_to_create,
        made.families_recognised,
        made.members_to_add,
        made.enrolments_to_create,
        made.problems,
    ) == (3, 1, 7, 4, ())
    assert row_counts(database) == before  # planning writes nothing


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
@pytest.mark.usefixtures("world")
def test_a_good_file_makes_families_and_enrolments(
    database: Database, tmp_path: Path, kind: str
) -> None:
    path = (
        write_xlsx(tmp_path / "r.xlsx", GOOD_ROWS)
        if kind == "xlsx"
        else write_csv(tmp_path / "r.csv", GOOD_ROWS)
    )
    result = run_import(database, path)
    assert result == ImportResult(
        families_created=3,
        families_recognised=1,
        members_added=7,
        enrolments_created=4,
        families_skipped=0,
        rows_skipped=0,
        bad_rows=0,
    )
    assert families(database) == {
        "Korhonen": ["Liisa Korhonen", "Veeti Korhonen"],
        # The world's family, recognised by Jussi: Eino joins it, nobody is doubled.
        "Mäkinen": ["Jussi Mäkinen", "Aino Mäkinen", "Eino Mäkinen"],
        "Virtanen": ["Matti Virtanen", "Aino Virtanen"],
        "Åström": ["Sören Åström", "Märta Åström"],
    }
    assert statuses(database) == {
        "Korhonen": EnrolmentStatus.WAITING,
        "Mäkinen": EnrolmentStatus.ENROLLED,
        "Virtanen": EnrolmentStatus.ENROLLED,
        "Åström": EnrolmentStatus.ENROLLED,
    }
    with database.unit_of_work() as uow:
        (virtanen,) = [f for f in uow.families.list() if f.name == "Virtanen"]
        (enrolment,) = uow.enrolments.for_family(virtanen.id)
        matti, aino = virtanen.members
    assert enrolment.enrolled_on == date(2026, 9, 1)
    assert (matti.kind, matti.role, matti.last_name) == (
        MemberKind.ADULT,
        AdultRole.FATHER,
        "Virtanen",
    )
    assert (aino.kind, aino.birth_year, aino.birth_month) == (MemberKind.CHILD, 2024, 5)


@pytest.mark.usefixtures("world")
def test_importing_the_same_file_twice_creates_nothing_new(
    database: Database, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", GOOD_ROWS)
    run_import(database, path)
    after_first = row_counts(database)
    again = run_import(database, path)
    assert again == ImportResult(
        families_created=0,
        families_recognised=4,
        members_added=0,
        enrolments_created=0,
        families_skipped=0,
        rows_skipped=0,
        bad_rows=0,
    )
    now = row_counts(database)
    # Only the log grows: the second import read the four families again.
    assert now.pop("usage_log") == after_first.pop("usage_log") + 4
    assert now == after_first


def test_an_import_logs_the_families_it_matched_the_file_against(
    database: Database, world: World, tmp_path: Path
) -> None:
    run_import(database, write_xlsx(tmp_path / "r.xlsx", GOOD_ROWS))
    with database.unit_of_work() as uow:
        (actor,) = usage_actors(uow)
        (event,) = uow.usage_log.for_actor(actor)
        enrolled = {e.family_id for e in uow.enrolments.for_group(world.group.id)}
    assert event.action is UsageAction.ROSTER_IMPORTED
    assert len(event.family_ids) == 4
    assert set(event.family_ids) <= enrolled


@pytest.mark.usefixtures("world")
def test_recognising_needs_a_shared_first_name(database: Database, tmp_path: Path) -> None:
    rows = [GOOD_ROWS[0], ["MÄKINEN", "Pirjo", "äiti", "", "", ""]]
    result = run_import(database, write_csv(tmp_path / "r.csv", rows))
    assert (result.families_created, result.families_recognised) == (1, 0)
    assert sorted(n for n in families(database) if n.casefold() == "mäkinen") == [
        "MÄKINEN",
        "Mäkinen",
    ]


@pytest.mark.usefixtures("world")
def test_a_family_that_left_is_recorded_once(database: Database, tmp_path: Path) -> None:
    rows = [GOOD_ROWS[0], ["Laine", "Ville", "isä", "", "1.9.2026", "lopettanut"]]
    path = write_csv(tmp_path / "r.csv", rows)
    assert run_import(database, path).enrolments_created == 1
    assert run_import(database, path).enrolments_created == 0
    with database.unit_of_work() as uow:
        (laine,) = [f for f in uow.families.list() if f.name == "Laine"]
        (enrolment,) = uow.enrolments.for_family(laine.id)
    assert (enrolment.status, enrolment.enrolled_on, enrolment.left_on) == (
        EnrolmentStatus.LEFT,
        date(2026, 9, 1),
        TODAY,
    )


BAD_ROWS: list[list[object]] = [
    *GOOD_ROWS,
    ["Nieminen", "Olli", "isä", "", "", ""],
    ["Nieminen", "", "lapsi", "4/2024", "", ""],  # row 11: no first name
    ["Lahti", "Pia", "äiti", "", "", ""],
    ["Lahti", "Peppi", "lapsi", "1/2030", "", ""],  # row 13: born in the future
    ["Lahti", "Pia", "äiti", "", "", ""],  # row 14: Pia twice
    ["", "Orpo", "isä", "", "", ""],  # row 15: no family
]


@pytest.mark.usefixtures("world")
def test_a_file_with_problems_imports_nothing(database: Database, tmp_path: Path) -> None:
    before = row_counts(database)
    path = write_xlsx(tmp_path / "r.xlsx", BAD_ROWS)
    made = plan(database, path)
    assert [(p.row, p.column, p.message()) for p in made.problems] == [
        (11, "Etunimi", "Fill in the field: first name."),
        (13, "Syntynyt", "The birth month 1/2030 of Peppi is not possible."),
        (14, "Etunimi", "Pia is on row 12 already."),
        (15, "Perhe", "Fill in the field: family name."),
    ]
    with pytest.raises(ImportRejected) as rejected:
        run_import(database, path)
    assert rejected.value.message() == (
        "Rows with problems: 4. Nothing was imported; correct the rows, "
        "or import only the valid rows."
    )
    assert row_counts(database) == before


@pytest.mark.usefixtures("world")
def test_valid_only_leaves_out_whole_families_with_a_bad_row(
    database: Database, tmp_path: Path
) -> None:
    result = run_import(database, write_xlsx(tmp_path / "r.xlsx", BAD_ROWS), valid_only=True)
    assert result == ImportResult(
        families_created=3,
        families_recognised=1,
        members_added=7,
        enrolments_created=4,
        families_skipped=2,
        rows_skipped=6,  # Nieminen's two, Lahti's three and the one without a family
        bad_rows=4,
    )
    assert "Nieminen" not in families(database)
    assert "Lahti" not in families(database)


def test_an_unknown_group_changes_nothing(database: Database, tmp_path: Path) -> None:
    roster = read_roster(write_xlsx(tmp_path / "r.xlsx", GOOD_ROWS))
    with database.unit_of_work() as uow, pytest.raises(NotFound, match="no group called"):
        plan_import(uow, "Ei ole", roster.rows, roster.problems, TODAY)


@pytest.mark.usefixtures("world")
def test_the_database_changing_between_check_and_import(database: Database) -> None:
    rows = [
        RosterRow(
            row=2,
            family_name="Kivi",
            first_name="Kai",
            kind=MemberKind.ADULT,
            role=AdultRole.FATHER,
        )
    ]
    with database.unit_of_work() as uow:
        checked = plan_import(uow, GROUP, rows, [], TODAY)
    with database.unit_of_work() as uow:  # someone else imports the same family meanwhile
        apply_import(uow, plan_import(uow, GROUP, rows, [], TODAY), valid_only=False)
    with database.unit_of_work() as uow:
        result = apply_import(uow, checked, valid_only=False)
    assert (result.families_created, result.families_recognised) == (0, 1)
    assert list(families(database)).count("Kivi") == 1


@pytest.mark.usefixtures("world")
def test_ten_thousand_rows_with_one_bad_row(database: Database, tmp_path: Path) -> None:
    """How long it takes is measured by `make bench` (bench/once_in_tests.py)."""
    roster = read_roster(write_xlsx(tmp_path / "iso.xlsx", big_rows(5000, bad_family=1234)))
    before = row_counts(database)
    with pytest.raises(ImportRejected, match=r"Rows with problems: 1\."):
        import_rows(database, roster, valid_only=False)
    assert row_counts(database) == before

    result = import_rows(database, roster, valid_only=True)
    assert result == ImportResult(
        families_created=4999,
        families_recognised=0,
        members_added=9998,
        enrolments_created=4999,
        families_skipped=1,
        rows_skipped=2,
        bad_rows=1,
    )
    after = row_counts(database)
    assert after["families"] == before["families"] + 4999
    assert after["family_members"] == before["family_members"] + 9998
    assert after["enrolments"] == before["enrolments"] + 4999
    assert "Perhe 01234" not in families(database)


# The world's family Mäkinen (the father Jussi and the child Aino), written as a roster
# written on a Mac, pasted from a web page, or typed in capitals may have them.
SAME_PEOPLE_WRITTEN_OTHERWISE = [
    ["Perhe", "Etunimi", "Rooli", "Syntynyt"],
    ["Ma\u0308kinen", "Jussi", "isä", ""],  # a and a combining diaeresis
    ["MÄKINEN ", "Ai\u200bno", "lapsi", "5/2022"],  # a zero-width space in Aino
    ["mäki\u00adnen", "Eino", "lapsi", "3/2025"],  # a soft hyphen; Eino is new
]


@pytest.mark.usefixtures("world")
def test_names_written_otherwise_are_the_same_family(database: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", SAME_PEOPLE_WRITTEN_OTHERWISE)
    result = run_import(database, path)
    assert (result.families_created, result.families_recognised, result.members_added) == (
        0,
        1,
        1,
    )
    assert families(database) == {"Mäkinen": ["Jussi Mäkinen", "Aino Mäkinen", "Eino Mäkinen"]}


@pytest.mark.usefixtures("world")
def test_an_adult_of_a_childs_name_is_another_person(database: Database, tmp_path: Path) -> None:
    rows = [["Perhe", "Etunimi", "Rooli", "Syntynyt"], ["Mäkinen", "Aino", "äiti", ""]]
    result = run_import(database, write_xlsx(tmp_path / "r.xlsx", rows))
    assert (result.families_created, result.families_recognised) == (1, 0)
    with database.unit_of_work() as uow:
        mothers = [f for f in list_families(uow) if f.adults == ["Aino Mäkinen"]]
    assert len(mothers) == 1


@pytest.mark.usefixtures("world")
def test_the_same_person_twice_in_a_file_however_written_is_a_problem(
    database: Database, tmp_path: Path
) -> None:
    rows = [
        ["Perhe", "Etunimi", "Rooli", "Syntynyt"],
        ["Lahti", "Pia", "äiti", ""],
        ["Lahti", "PI\u200bA", "äiti", ""],
        ["Lahti", "Pia", "lapsi", "1/2024"],  # a child Pia is another person
    ]
    made = plan(database, write_xlsx(tmp_path / "r.xlsx", rows))
    assert [(p.row, p.message()) for p in made.problems] == [(3, "PI\u200bA is on row 2 already.")]


CONSENT_ROWS: list[list[object]] = [
    [
        "Perhe",
        "Etunimi",
        "Rooli",
        "Syntynyt",
        "Tietosuojaseloste annettu",
        "Valokuvauslupa",
        "Yhteydenottolupa",
    ],
    ["Virtanen", "Matti", "isä", "", "", "", ""],
    ["Virtanen", "Aino", "lapsi", "5/2024", "1.9.2026", "kyllä", "ei"],
    # The world's family, recognised by Jussi: it is given the notice day from the file.
    ["Mäkinen", "Jussi", "isä", "", "2.9.2026", "", "kyllä"],
]


def consents(database: Database) -> dict[str, tuple[date | None, Permission, Permission]]:
    with database.unit_of_work() as uow:
        return {
            f.name: (f.privacy_notice_on, f.photo_permission, f.contact_permission)
            for f in uow.families.list()
        }


@pytest.mark.usefixtures("world")
def test_the_notice_day_and_permissions_come_from_any_row_of_the_family(
    database: Database, tmp_path: Path
) -> None:
    result = run_import(database, write_xlsx(tmp_path / "r.xlsx", CONSENT_ROWS))
    assert (result.families_created, result.families_recognised) == (1, 1)
    assert consents(database) == {
        "Virtanen": (date(2026, 9, 1), Permission.YES, Permission.NO),
        "Mäkinen": (date(2026, 9, 2), Permission.NOT_ASKED, Permission.YES),
    }
    # Importing again changes nothing but the usage log (the two families read again); a
    # file without the columns keeps what is stored.
    after = row_counts(database)
    run_import(database, write_xlsx(tmp_path / "r.xlsx", CONSENT_ROWS))
    now = row_counts(database)
    assert now.pop("usage_log") == after.pop("usage_log") + 2
    assert now == after
    run_import(database, write_xlsx(tmp_path / "g.xlsx", GOOD_ROWS))
    assert consents(database)["Virtanen"] == (date(2026, 9, 1), Permission.YES, Permission.NO)


@pytest.mark.usefixtures("world")
def test_a_notice_day_to_come_is_a_problem_of_its_row(database: Database, tmp_path: Path) -> None:
    before = row_counts(database)
    rows = [*CONSENT_ROWS[:2], ["Virtanen", "Aino", "lapsi", "5/2024", "24.11.2026", "", ""]]
    made = plan(database, write_xlsx(tmp_path / "r.xlsx", rows))
    assert [(p.row, p.column) for p in made.problems] == [(3, "Tietosuojaseloste annettu")]
    with pytest.raises(ImportRejected):
        run_import(database, write_xlsx(tmp_path / "r.xlsx", rows))
    assert row_counts(database) == before


def test_a_swedish_pappa_is_a_father_reached(
    database: Database, world: World, tmp_path: Path
) -> None:
    rows = [
        ["Familj", "Förnamn", "Roll", "Född"],
        ["Lindqvist", "Johan", "pappa", ""],
        ["Lindqvist", "Bo", "morfar", ""],
        ["Lindqvist", "Elsa", "barn", "3/2024"],
    ]
    path = write_csv(tmp_path / "namnlista.csv", rows, encoding="utf-8-sig")
    assert run_import(database, path).members_added == 3
    session = make_session(world, date(2026, 11, 21), status=SessionStatus.HELD)
    with database.unit_of_work() as uow:
        (lindqvist,) = [f for f in uow.families.list() if f.name == "Lindqvist"]
        assert [m.role for m in lindqvist.members] == [
            AdultRole.FATHER,
            AdultRole.GRANDPARENT,
            None,
        ]
        uow.sessions.add_many([session])
        uow.attendance.add_many(
            [
                Attendance(session_id=session.id, member_id=m.id, mark=AttendanceMark.PRESENT)
                for m in lindqvist.members
            ]
        )
        uow.commit()
    with database.unit_of_work() as uow:
        figures = compute_statistics(
            uow, date(2026, 11, 1), date(2026, 11, 30), StatisticsFilter(), now=AFTER
        ).total
    assert (figures.fathers_reached, figures.adult_visits, figures.child_visits) == (1, 2, 1)


@pytest.mark.usefixtures("world")
def test_a_finnish_pappa_is_not_imported_as_anyone(database: Database, tmp_path: Path) -> None:
    rows = [["Perhe", "Etunimi", "Rooli"], ["Laine", "Ville", "isä"], ["Laine", "Pentti", "pappa"]]
    before = row_counts(database)
    made = plan(database, write_csv(tmp_path / "nimilista.csv", rows, encoding="utf-8-sig"))
    assert [(p.row, p.column) for p in made.problems] == [(3, "Rooli")]
    with pytest.raises(ImportRejected):
        run_import(database, tmp_path / "nimilista.csv")
    assert row_counts(database) == before
