"""The names of the app's own backup files, and which of them rotation removes.

Pure: names in, names out. The date-time in a name (local time, to the second)
orders the backups, so copying a folder or touching a file does not change which
backup counts as the oldest. Only names of this exact shape are ever removed;
anything else in the folder (a person's own copy, another database's backups,
a copy taken before a restore) is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

BACKUP_FOLDER = "backups"
SUFFIX = ".sqlite3"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
AUTOMATIC = "backup"
BEFORE_RESTORE = "before-restore"
_STAMP = r"(?P<stamp>\d{8}-\d{6})"


def backup_name(database_stem: str, moment: datetime, kind: str = AUTOMATIC) -> str:
    """``ryhmat-backup-20261123-120000.sqlite3`` for the database ``ryhmat.sqlite3``."""
    return f"{database_stem}-{kind}-{moment.strftime(STAMP_FORMAT)}{SUFFIX}"


def taken_at(name: str) -> datetime | None:
    """The date-time written in a backup's name (any kind, any database), if it has one;
    also in the copies taken before a migration (``…before-upgrade-0003-20261123T120000…``)."""
    found = re.search(rf"-(?P<stamp>\d{{8}}[-T]\d{{6}}){re.escape(SUFFIX)}$", name)
    return _parse(found.group("stamp").replace("T", "-")) if found else None


def automatic_backups(names: Iterable[str], database_stem: str) -> list[tuple[datetime, str]]:
    """The automatic backups of one database among ``names``, oldest first."""
    pattern = re.compile(
        rf"{re.escape(database_stem)}-{AUTOMATIC}-{_STAMP}{re.escape(SUFFIX)}", re.ASCII
    )
    found: list[tuple[datetime, str]] = []
    for name in names:
        match = pattern.fullmatch(name)
        moment = _parse(match.group("stamp")) if match else None
        if moment is not None:
            found.append((moment, name))
    return sorted(found)


def backups_beyond(names: Iterable[str], database_stem: str, keep: int) -> list[str]:
    """The automatic backups to remove so that the newest ``keep`` remain, oldest first."""
    backups = automatic_backups(names, database_stem)
    surplus = len(backups) - max(keep, 0)
    return [name for _moment, name in backups[: max(surplus, 0)]]


def _parse(stamp: str) -> datetime | None:
    try:
        return datetime.strptime(stamp, STAMP_FORMAT)
    except ValueError:  # 20261399-…: the shape of a stamp, but no date
        return None
