"""Each database's erasures, kept outside it as well: what opening an older copy erases again.

A copy of a database made outside the app (a file manager, a nightly rsync, an old
backup put back by hand) knows nothing of the erasures made after it was taken. So
every erasure is also written, once its transaction has committed, to a small file in
the user's data folder named by the database's id (``identity``): family ids and
days, nothing else, readable by the user only. Opening a database (the app, every
command) erases again what that file lists and the database has not erased yet.
Family ids are random UUIDs, never given twice, so an entry can only ever name the
family that was erased.

Only erasures this app committed are registered, never the log an opened file brings
with it: a crafted file claiming another database's id cannot have that database's
families erased.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ryhmat.domain.usecases.erasure import reapply_erasures
from ryhmat.storage.identity import database_id

if TYPE_CHECKING:
    from ryhmat.storage.database import Database

REGISTER_FOLDER = "erasures"
PRIVATE_FOLDER_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def reconcile_erasures(database: Database) -> int:
    """Erase again in ``database`` what was erased in its copies; how many families that
    was. A register that cannot be read changes nothing."""
    owner = database_id(database.engine)
    if database.identified_now:
        # A copy older than database ids (the one kept before the upgrade that gave them,
        # an old backup opened as it is) may be any database's: family ids are never
        # given twice, so every register's erasures can only ever name its own families.
        registered = read_every_register()
    else:
        registered = read_register(owner) if owner is not None else {}
    if not registered:
        return 0
    with database.unit_of_work() as uow:
        own = uow.erasures.entries()
        later = {family: day for family, day in registered.items() if family not in own}
        return reapply_erasures(uow, later) if later else 0


def read_register(owner: str) -> dict[uuid.UUID, date]:
    """The erasures registered for the database ``owner``; a line that does not read as
    one (a cut write) is passed over."""
    entries: dict[uuid.UUID, date] = {}
    try:
        text = _register(owner).read_text(encoding="ascii", errors="replace")
    except OSError:
        return entries
    for line in text.splitlines():
        with contextlib.suppress(ValueError):
            family, day = line.split()
            entries.setdefault(uuid.UUID(family), date.fromisoformat(day))
    return entries


def read_every_register() -> dict[uuid.UUID, date]:
    """The erasures registered for every database this user's app has erased in."""
    from ryhmat.storage.database import data_dir  # database imports this module's callers

    entries: dict[uuid.UUID, date] = {}
    try:
        owners = [path.stem for path in (data_dir() / REGISTER_FOLDER).glob("*.txt")]
    except OSError:
        return entries
    for owner in owners:
        for family, day in read_register(owner).items():
            entries.setdefault(family, day)
    return entries


def add_to_register(owner: str, erasures: Mapping[uuid.UUID, date]) -> None:
    """Append the erasures the register does not hold yet. One write of whole lines in
    append mode: two processes adding at once both land, and a duplicate is harmless."""
    known = read_register(owner)
    lines = "".join(
        f"{family} {day.isoformat()}\n" for family, day in erasures.items() if family not in known
    )
    if not lines:
        return
    with contextlib.suppress(OSError):
        path = _register(owner)
        path.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER_MODE)
        handle = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, PRIVATE_FILE_MODE)
        try:
            os.write(handle, lines.encode("ascii"))
        finally:
            os.close(handle)


def _register(owner: str) -> Path:
    from ryhmat.storage.database import data_dir  # database imports this module's callers

    # The id comes from a file anyone could have made: only hex digits name a file.
    if not owner.isalnum() or not owner.isascii():
        raise OSError(f"not a database id: {owner!r}")
    return data_dir() / REGISTER_FOLDER / f"{owner}.txt"
