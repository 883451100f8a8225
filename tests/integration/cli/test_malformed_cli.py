"""Malformed input through the `ryhmat` command line, on SQLite and PostgreSQL.

A person's mistake ends in exit code 2 and exactly one line on stderr, never a
traceback, and every row of every table stays as it was: the database is
snapshotted before and after each command. The database has a held session
with marks, so a command that recorded feed sequences or pseudonyms before
failing would show in the snapshot.
"""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest

from ryhmat.domain.model import AttendanceMark, Enrolment
from ryhmat.domain.usecases.attendance import AttendanceRecord, record_attendance
from ryhmat.domain.usecases.families import save_enrolment
from ryhmat.storage.database import Database
from tests.integration.backends import cases, no_case, on_sqlite_and_postgresql_for
from tests.integration.cli import in_process
from tests.integration.snapshots import snapshot
from tests.integration.world import World, make_session
from tests.roster_files import FINNISH_HEADER, GOOD_ROWS, write_csv, write_xlsx

pytestmark = pytest.mark.usefixtures("english")

GROUP = "Isä-lapsi-ryhmä"
SESSION_DAY = date(2025, 9, 6)
YEAR_OF_THE_SESSION = ["--from", "1.1.2025", "--to", "31.12.2025"]
# What argparse refuses before the command opens the database: the same on every backend.
ARGPARSE_REFUSALS = (
    "invalid choice",
    "invalid int value",
    "expected one argument",
    "the following arguments are required",
    "one of the arguments",
)


def opens_the_database(case: str) -> bool:
    return not any(refusal in case for refusal in ARGPARSE_REFUSALS)


@pytest.fixture
def url(database_url: str, database: Database, world: World) -> str:
    """The integration world with its family enrolled and marked at a held session."""
    session = make_session(world, SESSION_DAY)
    with database.unit_of_work() as uow:
        uow.sessions.save(session)
        uow.commit()
    with database.unit_of_work() as uow:
        save_enrolment(
            uow,
            Enrolment(
                family_id=world.family.id, group_id=world.group.id, enrolled_on=date(2025, 8, 1)
            ),
        )
    marks = {world.father.id: AttendanceMark.PRESENT, world.child.id: AttendanceMark.PRESENT}
    with database.unit_of_work() as uow:
        record_attendance(uow, session.id, AttendanceRecord(marks=marks), date(2026, 11, 23))
    return database_url


@pytest.fixture
def outputs(tmp_path: Path) -> Path:
    """A folder of its own for what commands write (the SQLite file is in tmp_path)."""
    folder = tmp_path / "outputs"
    folder.mkdir()
    return folder


@pytest.fixture
def files(outputs: Path) -> Path:
    """A folder with an ordinary file and a subfolder for the path mistakes."""
    (outputs / "a file").write_text("not a folder")
    (outputs / "a folder").mkdir()
    return outputs


def run(capsys: pytest.CaptureFixture[str], url: str, *argv: str) -> tuple[int, str, str]:
    return in_process.run(capsys, "--database", url, *argv)


def refused(capsys: pytest.CaptureFixture[str], url: str, *argv: str) -> str:
    """Run a command that must be refused; its one line on stderr."""
    before = snapshot(url)
    code, out, err = run(capsys, url, *argv)
    assert (code, out) == (2, ""), err
    assert "Traceback" not in err
    assert len(err.splitlines()) == 1, err
    assert err.endswith("\n")
    assert snapshot(url) == before
    return err.strip()


IMPOSSIBLE_DATES = [
    "2026-02-30",
    "31.4.2026",
    "2026-13-01",
    "0000-00-00",
    "10000-01-01",
    "1.1.10000",
    "",
    " ",
    "1.2",
    "1.2.3.4",
    "2026/01/01",
    "1 OR 1=1",
    "😀",
    "1\n2",
    "2026-01-01\x00",
]


@on_sqlite_and_postgresql_for(
    "command",
    [
        ["stats", "--from"],
        ["stats", "--to"],
        ["sessions", "--group", GROUP, "--from"],
        ["conflicts", "--to"],
        ["export", "excel", "--out", "never.xlsx", "--from"],
        ["export", "ical", "--out", "never", "--to"],
        ["demo", "--today"],
    ],
    ids=lambda argv: " ".join(argv[:2]),
    on_postgresql=no_case,
)
def test_an_impossible_date_is_one_line(
    capsys: pytest.CaptureFixture[str], url: str, command: list[str]
) -> None:
    for text in IMPOSSIBLE_DATES:
        assert "is not a date" in refused(capsys, url, *command, text)
    assert not Path("never.xlsx").exists()
    assert not Path("never").exists()


@on_sqlite_and_postgresql_for(
    ("argv", "fragment"),
    [
        (["stats", "--from", "31.12.2026", "--to", "1.1.2026"], "is before the start date"),
        (["stats", "--from", "1.1.0001", "--to", "31.12.9999"], "is not between 1.1.1900"),
        (["stats", "--to", "1.1.1800"], "is not between"),
        (["conflicts", "--from", "2.1.2026", "--to", "1.1.2026"], "is before the start date"),
        (
            ["sessions", "--group", GROUP, "--from", "2026-02-01", "--to", "2026-01-01"],
            "The end date 1.1.2026 is before the start date 1.2.2026.",
        ),
        (
            [
                "export",
                "excel",
                "--out",
                "{tmp}/w.xlsx",
                "--from",
                "31.12.2025",
                "--to",
                "1.1.2025",
            ],
            "is before the start date",
        ),
        (
            [
                "export",
                "ical",
                "--out",
                "{tmp}/g.ics",
                "--group",
                GROUP,
                "--from",
                "31.12.2025",
                "--to",
                "1.1.2025",
            ],
            "is before the start date",
        ),
        (["export", "ical", "--out", "{tmp}/feeds", "--from", "1.1.0001"], "is not between"),
        (["export", "ical", "--out", "{tmp}/feeds", "--to", "31.12.9999"], "is not between"),
    ],
    on_postgresql=cases("argv0-is before the start date"),
)
def test_a_period_that_ends_before_it_starts_or_beyond_any_season_is_refused(
    capsys: pytest.CaptureFixture[str], url: str, outputs: Path, argv: list[str], fragment: str
) -> None:
    line = refused(capsys, url, *(a.replace("{tmp}", str(outputs)) for a in argv))
    assert fragment in line
    assert list(outputs.iterdir()) == []


SQL_LOOKING = ["'; DROP TABLE families; --", "Robert'); DELETE FROM groups;--", "1 OR 1=1"]


# Every lookup by name is the one query of the repositories' base: one case on PostgreSQL.
@on_sqlite_and_postgresql_for(
    ("command", "template"),
    [
        (["stats", "--group"], "There is no group called “{name}”."),
        (["sessions", "--group"], "There is no group called “{name}”."),
        (["stats", "--organisation"], "There is no organisation called “{name}”."),
        (["stats", "--place"], "There is no place called “{name}”."),
        (["stats", "--worker"], "There is no worker called “{name}”."),
        (["publish", "--feed"], "There is no calendar feed called “{name}”."),
        (["export", "ical", "--out", "never.ics", "--worker"], "“{name}” was not found."),
        (
            ["export", "excel", "--out", "never.xlsx", "--group"],
            "There is no group called “{name}”.",
        ),
    ],
    ids=lambda value: (
        " ".join(a for a in value if not a.startswith("never")) if isinstance(value, list) else ""
    ),
    on_postgresql=cases("stats --group-"),
)
def test_a_name_of_nothing_that_exists_is_one_line(
    capsys: pytest.CaptureFixture[str], url: str, command: list[str], template: str
) -> None:
    for name in [*SQL_LOOKING, "😀👨‍👩‍👧", "x" * 10_000, "%", "_"]:
        assert refused(capsys, url, *command, name) == template.format(name=name)


@on_sqlite_and_postgresql_for(
    ("argv", "fragment"),
    [
        (["stats", "--group-type", "1 OR 1=1"], "“1 OR 1=1” is not a group type"),
        (["stats", "--group-type", ""], "“” is not a group type"),
        (["stats", "--place", "Perhe\ntalo"], "There is no place called “Perhe talo”."),
        (["stats", "--group", "Isä-lapsi\x00ryhmä"], "invalid character at position 10"),
        # Bytes that are no UTF-8 reach Python's argv as lone surrogates.
        (["stats", "--worker", "Anna \udcff\udcfe"], "invalid character at position 6"),
        (["sessions", "--group", "\udcc3"], "invalid character at position 1"),
        (
            ["stats", "--organisation", "\u202eeloivaS"],
            "There is no organisation called “eloivaS”.",
        ),
        (["demo", "--scale", "huge"], "invalid choice: 'huge'"),
        (["demo", "--scale", ""], "invalid choice: ''"),
        (["demo", "--seed", "1e3"], "invalid int value: '1e3'"),
        (["demo", "--seed", "1 OR 1=1"], "invalid int value"),
        (["demo"], "The database already has groups"),
        (["publish"], "one of the arguments --feed --all is required"),
        (["publish", "--all"], "There are no calendar feeds yet."),
        (["no-such-command"], "invalid choice: 'no-such-command'"),
        (["stats", "--from"], "expected one argument"),
        (["export"], "the following arguments are required: FORMAT"),
        (["import", "roster", "x.csv"], "the following arguments are required: --group"),
    ],
    on_postgresql=opens_the_database,
)
def test_bad_values_and_lookups_are_one_line(
    capsys: pytest.CaptureFixture[str], url: str, argv: list[str], fragment: str
) -> None:
    assert fragment in refused(capsys, url, *argv)


@pytest.mark.parametrize(
    "database",
    [
        "nosuchdb://x",
        "not a url",
        "sqlite:////no/such/folder/ryhmat.sqlite3",
        "postgresql+psycopg://nobody@127.0.0.1:1/ryhmat",
        "'; DROP TABLE families; --",
        "",
        "  ",
    ],
)
def test_a_bad_database_is_one_line_and_creates_nothing(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    database: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, database, "groups")
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1, err
    assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


@on_sqlite_and_postgresql_for(
    ("argv", "fragment"),
    [
        (
            ["export", "excel", "--out", "{files}/a folder"],
            "a folder is a folder; give a file name.",
        ),
        (["export", "excel", "--out", "{files}/no such/w.xlsx"], "The folder of"),
        (["export", "excel", "--out", "{files}/a file/w.xlsx"], "The folder of"),
        (
            [
                "export",
                "excel",
                "--pseudonymise",
                "--out",
                "{files}/no such/w.xlsx",
                "--from",
                "1.1.2025",
            ],
            "The folder of",
        ),
        (
            ["export", "excel", "--out", "{files}/line\nbreak/w.xlsx"],
            "line\\nbreak/w.xlsx does not exist",
        ),
        (
            [
                "export",
                "ical",
                "--out",
                "{files}/no such/g.ics",
                "--group",
                GROUP,
                *YEAR_OF_THE_SESSION,
            ],
            "The folder of",
        ),
        (
            ["export", "ical", "--out", "{files}/a folder", "--group", GROUP, *YEAR_OF_THE_SESSION],
            "is a folder; give a file name.",
        ),
        (["export", "ical", "--out", "{files}/a file", *YEAR_OF_THE_SESSION], "a file is a file"),
        (
            ["export", "ical", "--out", "{files}/a file/feeds", *YEAR_OF_THE_SESSION],
            "cannot be created",
        ),
    ],
    on_postgresql=cases("argv3-The folder of"),
)
def test_an_export_to_a_path_that_cannot_be_written_changes_nothing(
    capsys: pytest.CaptureFixture[str], url: str, files: Path, argv: list[str], fragment: str
) -> None:
    before = sorted(files.rglob("*"))
    line = refused(capsys, url, *(a.replace("{files}", str(files)) for a in argv))
    assert fragment in line
    assert sorted(files.rglob("*")) == before


def test_the_same_exports_to_good_paths_record_feed_sequences_and_pseudonyms(
    capsys: pytest.CaptureFixture[str], url: str, files: Path
) -> None:
    """What the refused exports above would have recorded, had they not checked first."""
    before = snapshot(url)
    workbook = str(files / "w.xlsx")
    assert (
        run(
            capsys,
            url,
            "export",
            "excel",
            "--pseudonymise",
            "--out",
            workbook,
            "--from",
            "1.1.2025",
        )[0]
        == 0
    )
    feed = str(files / "g.ics")
    assert (
        run(capsys, url, "export", "ical", "--out", feed, "--group", GROUP, *YEAR_OF_THE_SESSION)[0]
        == 0
    )
    after = snapshot(url)
    assert len(after["pseudonyms"]) == len(before["pseudonyms"]) + 2
    assert len(after["published_events"]) == len(before["published_events"]) + 1


def _zip_that_is_no_workbook(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hello")
    return path


BAD_FILES = [
    ("missing.csv", None, "There is no file"),
    ("empty.csv", b"", "empty.csv is empty."),
    ("blank.csv", b" \r\n\t\r\n", "blank.csv is empty."),
    ("garbage.xlsx", bytes(range(256)) * 8, "is not an Excel workbook (.xlsx) at all."),
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "old-style or password"),
    ("header only.csv", b"Perhe;Etunimi;Rooli;Syntynyt\r\n", "has no people under"),
    ("no header.csv", b"a;b;c\r\n1;2;3\r\n", "has no header row"),
    ("binary.csv", b"\x00\xff\xfe\x00" * 1000, "is not a spreadsheet"),
    ("utf16.bin", "Perhe;Etunimi\r\n".encode("utf-16-le"), "is not a spreadsheet"),
]


@on_sqlite_and_postgresql_for(
    ("name", "content", "fragment"),
    BAD_FILES,
    ids=[f[0] for f in BAD_FILES],
    on_postgresql=cases("garbage.xlsx"),
)
def test_a_roster_file_that_is_no_roster_is_one_line(
    capsys: pytest.CaptureFixture[str],
    url: str,
    tmp_path: Path,
    name: str,
    content: bytes | None,
    fragment: str,
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    assert fragment in refused(capsys, url, "import", "roster", str(path), "--group", GROUP)


def test_a_roster_that_is_a_zip_but_no_workbook_is_one_line(
    capsys: pytest.CaptureFixture[str], url: str, tmp_path: Path
) -> None:
    path = _zip_that_is_no_workbook(tmp_path / "nimilista.xlsx")
    assert "damaged or incomplete" in refused(
        capsys, url, "import", "roster", str(path), "--group", GROUP
    )


@on_sqlite_and_postgresql_for(
    "group", [*SQL_LOOKING, "", "\udcff"], on_postgresql=cases(SQL_LOOKING[0])
)
def test_a_roster_for_a_group_that_does_not_exist_imports_nothing(
    capsys: pytest.CaptureFixture[str], url: str, tmp_path: Path, group: str
) -> None:
    path = write_csv(tmp_path / "nimilista.csv", GOOD_ROWS)
    line = refused(capsys, url, "import", "roster", str(path), "--group", group)
    assert "There is no group called" in line or "invalid character" in line


def test_malformed_rows_are_each_reported_and_nothing_is_imported(
    capsys: pytest.CaptureFixture[str], url: str, tmp_path: Path
) -> None:
    """The one command whose refusal has a line per bad row, then the verdict."""
    rows = [
        FINNISH_HEADER,
        ["x" * 201, "Aino", "äiti", "", "", ""],
        ["Virtanen", "😀" * 201, "isä", "", "", ""],
        ["Virtanen", "Eino", "lapsi", "13/2024", "", ""],
        ["Virtanen", "Eeva", "lapsi", "0000-00-00", "", ""],
        ["Virtanen", "Olli", "isä", "", "31.2.2026", ""],
        ["Virtanen", "Pia", "1 OR 1=1", "", "", ""],
    ]
    path = write_xlsx(tmp_path / "nimilista.xlsx", rows)
    before = snapshot(url)
    code, out, err = run(capsys, url, "import", "roster", str(path), "--group", GROUP)
    assert (code, out) == (2, "")
    lines = err.splitlines()
    assert [line.split(",")[0] for line in lines[:-1]] == [f"Row {n}" for n in range(2, 8)]
    assert "longer than 200 characters" in lines[0]
    assert "“1 OR 1=1”" in lines[5]
    assert lines[-1].startswith("Rows with problems: 6. Nothing was imported")
    assert snapshot(url) == before


def test_sql_looking_and_emoji_names_in_a_roster_are_stored_verbatim(
    capsys: pytest.CaptureFixture[str], url: str, database: Database, tmp_path: Path
) -> None:
    rows = [
        FINNISH_HEADER,
        ["'; DROP TABLE families; --", "Robert'); DELETE FROM groups;--", "isä", "", "", ""],
        ["'; DROP TABLE families; --", "1 OR 1=1", "lapsi", "5/2024", "", ""],
        ["Perhe 🌈", "Ääliö 😀", "äiti", "", "", ""],
    ]
    path = write_csv(tmp_path / "nimilista.csv", rows, encoding="utf-8")
    before = snapshot(url)
    code, _, err = run(capsys, url, "import", "roster", str(path), "--group", GROUP)
    assert (code, err) == (0, "")
    with database.unit_of_work() as uow:
        families = {f.name: [m.first_name for m in f.members] for f in uow.families.list()}
        groups = [g.name for g in uow.groups.list()]
    assert families == {
        "Mäkinen": ["Jussi", "Aino"],
        "'; DROP TABLE families; --": ["Robert'); DELETE FROM groups;--", "1 OR 1=1"],
        "Perhe 🌈": ["Ääliö 😀"],
    }
    assert groups == [GROUP]
    after = snapshot(url)
    untouched = {"sessions", "attendance", "groups", "series", "workers", "places", "feeds"}
    assert {name: after[name] for name in untouched} == {name: before[name] for name in untouched}
