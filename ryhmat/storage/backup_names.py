"""The names of the app's own copies of a database, and which of them rotation removes.

Pure: names in, names out. A name begins with the database's WHOLE file name
(``work.sqlite3-backup-…`` and ``work.db-backup-…`` are two databases' backups,
never one's), then the kind of copy and the date-time (Helsinki time, to the
second) that orders the copies, so copying a folder or touching a file does not
change which copy counts as the oldest. Only names of these exact shapes are
ever removed, and only after the file itself has shown that it belongs to the
database (``backup`` checks the database id inside); anything else in the folder
(a person's own copy, another database's backups) is left alone.

Three kinds, each rotated by a rule of its own: the automatic backups (the
newest N, as set in Asetukset), and the safety copies taken before a restore and
before an upgrade (the newest ``SAFETY_COPIES_KEPT`` of each).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from datetime import datetime
from enum import Enum

from ryhmat.domain.timezone import HELSINKI

BACKUP_FOLDER = "backups"
SUFFIX = ".sqlite3"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
UPGRADE_STAMP_FORMAT = "%Y%m%dT%H%M%S"
# Enough to step back over a restore or an upgrade, and a mistaken second one.
SAFETY_COPIES_KEPT = 3
_STAMP = r"(?P<stamp>\d{8}-\d{6})"
# The longest ending a copy's name adds is ".before-upgrade-0003-20261123T120000.sqlite3".
LONGEST_NAME_IN_COPIES = 255 - 48
DIGEST_LENGTH = 12


class CopyKind(Enum):
    AUTOMATIC = "backup"
    BEFORE_RESTORE = "before-restore"
    BEFORE_UPGRADE = "before-upgrade"


AUTOMATIC = CopyKind.AUTOMATIC
BEFORE_RESTORE = CopyKind.BEFORE_RESTORE
BEFORE_UPGRADE = CopyKind.BEFORE_UPGRADE


def backup_name(database_name: str, moment: datetime, kind: CopyKind = AUTOMATIC) -> str:
    """``ryhmat.sqlite3-backup-20261123-120000.sqlite3`` for the database ``ryhmat.sqlite3``."""
    return f"{_named(database_name)}-{kind.value}-{_stamp(moment, STAMP_FORMAT)}{SUFFIX}"


def before_upgrade_name(database_name: str, revision: str, moment: datetime) -> str:
    """``ryhmat.sqlite3.before-upgrade-0003-20261123T120000.sqlite3``: why and when."""
    stamp = _stamp(moment, UPGRADE_STAMP_FORMAT)
    return f"{_named(database_name)}.{BEFORE_UPGRADE.value}-{revision}-{stamp}{SUFFIX}"


def _stamp(moment: datetime, format: str) -> str:
    """The moment as Helsinki clocks showed it, whatever zone it is given in."""
    return moment.astimezone(HELSINKI).strftime(format)


def _named(database_name: str) -> str:
    """The database's name as copies' names begin: whole, or for a name so long that
    the copy's would pass the file system's limit of 255 bytes, its beginning and a
    digest of the whole (two long names alike at the start stay apart)."""
    if len(database_name.encode()) <= LONGEST_NAME_IN_COPIES:
        return database_name
    digest = hashlib.sha256(database_name.encode()).hexdigest()[:DIGEST_LENGTH]
    start = database_name.encode()[: LONGEST_NAME_IN_COPIES - DIGEST_LENGTH - 1]
    return f"{start.decode(errors='ignore')}~{digest}"


def taken_at(name: str) -> datetime | None:
    """The date-time written in a copy's name (any kind, any database), if it has one."""
    found = re.search(rf"-(?P<stamp>\d{{8}}[-T]\d{{6}}){re.escape(SUFFIX)}$", name)
    return _parse(found.group("stamp").replace("T", "-")) if found else None


def copies_of(
    names: Iterable[str], database_name: str, kind: CopyKind
) -> list[tuple[datetime, str]]:
    """The copies of one kind of one database among ``names``, oldest first."""
    pattern = re.compile(_pattern(database_name, kind), re.ASCII)
    found: list[tuple[datetime, str]] = []
    for name in names:
        match = pattern.fullmatch(name)
        moment = _parse(match.group("stamp").replace("T", "-")) if match else None
        if moment is not None:
            found.append((moment, name))
    return sorted(found)


def automatic_backups(names: Iterable[str], database_name: str) -> list[tuple[datetime, str]]:
    """The automatic backups of one database among ``names``, oldest first."""
    return copies_of(names, database_name, AUTOMATIC)


def beyond(copies: list[str], keep: int) -> list[str]:
    """Of ``copies`` (oldest first), those to remove so that the newest ``keep`` remain."""
    surplus = len(copies) - max(keep, 0)
    return copies[: max(surplus, 0)]


def backups_beyond(names: Iterable[str], database_name: str, keep: int) -> list[str]:
    """The automatic backups to remove so that the newest ``keep`` remain, oldest first."""
    return beyond([name for _moment, name in automatic_backups(names, database_name)], keep)


def _pattern(database_name: str, kind: CopyKind) -> str:
    name = re.escape(_named(database_name))
    if kind is BEFORE_UPGRADE:
        return rf"{name}\.{kind.value}-\d{{4}}-(?P<stamp>\d{{8}}T\d{{6}}){re.escape(SUFFIX)}"
    return rf"{name}-{kind.value}-{_STAMP}{re.escape(SUFFIX)}"


def _parse(stamp: str) -> datetime | None:
    try:
        return datetime.strptime(stamp, STAMP_FORMAT).replace(tzinfo=HELSINKI)
    except ValueError:  # 20261399-…: the shape of a stamp, but no date
        return None
