"""Names of the app's copies of a database and which of them rotation removes."""

from __future__ import annotations

from datetime import datetime

from ryhmat.domain.timezone import HELSINKI
from ryhmat.storage.backup_names import (
    BEFORE_RESTORE,
    BEFORE_UPGRADE,
    automatic_backups,
    backup_name,
    backups_beyond,
    before_upgrade_name,
    copies_of,
    taken_at,
)


def names(*stamps: str, stem: str = "ryhmat") -> list[str]:
    return [f"{stem}-backup-{stamp}.sqlite3" for stamp in stamps]


def test_a_name_carries_the_database_and_the_moment_to_the_second() -> None:
    moment = datetime(2026, 11, 23, 9, 5, 7, tzinfo=HELSINKI)
    assert backup_name("ryhmat", moment) == "ryhmat-backup-20261123-090507.sqlite3"
    assert (
        backup_name("tiimi", moment, BEFORE_RESTORE)
        == "tiimi-before-restore-20261123-090507.sqlite3"
    )
    assert taken_at(backup_name("tiimi", moment, BEFORE_RESTORE)) == moment


def test_the_newest_n_are_kept_and_the_oldest_removed_first() -> None:
    folder = names("20261123-090000", "20261121-090000", "20261122-090000", "20261120-235959")
    assert backups_beyond(folder, "ryhmat", 2) == [
        "ryhmat-backup-20261120-235959.sqlite3",
        "ryhmat-backup-20261121-090000.sqlite3",
    ]
    assert backups_beyond(folder, "ryhmat", 4) == []
    assert backups_beyond(folder, "ryhmat", 10) == []


def test_the_order_is_the_time_in_the_name_not_the_listing_order() -> None:
    # Listed newest first, across a new year: the order comes from the time in the name.
    folder = names("20270101-000000", "20261231-235959", "20261231-235958")
    assert [name for _moment, name in automatic_backups(reversed(folder), "ryhmat")] == [
        "ryhmat-backup-20261231-235958.sqlite3",
        "ryhmat-backup-20261231-235959.sqlite3",
        "ryhmat-backup-20270101-000000.sqlite3",
    ]
    assert backups_beyond(folder, "ryhmat", 1) == [
        "ryhmat-backup-20261231-235958.sqlite3",
        "ryhmat-backup-20261231-235959.sqlite3",
    ]


def test_files_that_are_not_this_databases_automatic_backups_are_never_removed() -> None:
    ours = names("20261120-090000", "20261121-090000")
    foreign = [
        "ryhmat-backup-20261101-090000.sqlite3.bak",  # renamed by a person
        "ryhmat-backup-20261101-090000.sqlite3-wal",
        ".ryhmat-backup-20261101-090000.sqlite3.abc.partial",  # being written
        "ryhmat-before-restore-20261101-090000.sqlite3",
        "ryhmat-before-upgrade-20261101-090000.sqlite3",
        "tiimi-backup-20261101-090000.sqlite3",  # another database's
        "ryhmat-backup-20261399-090000.sqlite3",  # no such date
        "ryhmat-backup-2026112-090000.sqlite3",
        "oma kopio.sqlite3",
        "ryhmat.sqlite3",
    ]
    assert backups_beyond(foreign + ours, "ryhmat", 1) == ["ryhmat-backup-20261120-090000.sqlite3"]
    assert backups_beyond(foreign, "ryhmat", 1) == []


def test_a_stem_with_pattern_characters_matches_only_itself() -> None:
    folder = names("20261120-090000", stem="a.b") + names("20261121-090000", stem="axb")
    assert backups_beyond(folder, "a.b", 0) == ["a.b-backup-20261120-090000.sqlite3"]


def test_the_moment_is_read_from_any_kind_of_backup_name() -> None:
    assert taken_at("tiimi-before-restore-20260301-120000.sqlite3") == datetime(
        2026, 3, 1, 12, tzinfo=HELSINKI
    )
    assert taken_at("ryhmat.sqlite3.before-upgrade-0003-20260301T120000.sqlite3") == datetime(
        2026, 3, 1, 12, tzinfo=HELSINKI
    )
    assert taken_at("oma kopio.sqlite3") is None


def test_two_databases_with_one_stem_have_backups_of_their_own() -> None:
    moment = datetime(2026, 11, 23, 9, 5, 7, tzinfo=HELSINKI)
    folder = [backup_name("work.sqlite3", moment), backup_name("work.db", moment)]
    assert folder == [
        "work.sqlite3-backup-20261123-090507.sqlite3",
        "work.db-backup-20261123-090507.sqlite3",
    ]
    assert backups_beyond(folder, "work.sqlite3", 0) == [folder[0]]
    assert backups_beyond(folder, "work.db", 0) == [folder[1]]
    assert backups_beyond(folder, "work", 0) == []


def test_each_kind_of_copy_is_rotated_apart() -> None:
    moment = datetime(2026, 11, 23, 9, 5, 7, tzinfo=HELSINKI)
    folder = [
        backup_name("work.db", moment),
        backup_name("work.db", moment, BEFORE_RESTORE),
        before_upgrade_name("work.db", "0009", moment),
    ]
    assert [name for _m, name in copies_of(folder, "work.db", BEFORE_RESTORE)] == [folder[1]]
    assert [name for _m, name in copies_of(folder, "work.db", BEFORE_UPGRADE)] == [folder[2]]
    assert folder[2] == "work.db.before-upgrade-0009-20261123T090507.sqlite3"


def test_a_copy_of_a_database_with_a_name_of_255_bytes_has_a_name_of_at_most_255() -> None:
    moment = datetime(2026, 11, 23, 9, 5, 7, tzinfo=HELSINKI)
    long_names = ["ä" * 120 + ".sqlite3", "x" * 245 + ".db", "x" * 245 + ".sqlite3"]
    made = [
        name
        for database in long_names
        for name in (
            backup_name(database, moment),
            backup_name(database, moment, BEFORE_RESTORE),
            before_upgrade_name(database, "0010", moment),
        )
    ]
    assert max(len(name.encode()) for name in made) <= 255
    assert len(set(made)) == len(made)  # alike at the start, still apart
    for database in long_names:
        assert backups_beyond(made, database, 0) == [backup_name(database, moment)]
