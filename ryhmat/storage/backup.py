"""Copies of an SQLite database made with SQLite's online backup API, and restoring one.

A copy is consistent even while the app writes: the backup API reads one snapshot
(in WAL mode a reader neither waits for nor blocks the writer). It is written to
a hidden file beside the target, readable by its owner only, and renamed over the
target when whole, so a backup file is either complete or absent. Backups are
single files (journal mode DELETE), so copying one elsewhere takes everything.

Automatic backups and the copies taken before a restore go to a ``backups`` folder
beside the database file, the copies taken before an upgrade beside the file itself;
their names and rotation are in ``backup_names``. A copy is only offered for restore
or removed by rotation after the database id inside it (``identity``) has shown
that it is this database's: a name alone proves nothing.

Restoring carries the open database's id and erasure log into the restored data,
and erases there again every family erased since the backup was taken.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, UserError
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.erasure import reapply_erasures
from ryhmat.scratch import SQLITE_SIDE_FILES, temporary_beside
from ryhmat.storage.backup_names import (
    AUTOMATIC,
    BACKUP_FOLDER,
    BEFORE_RESTORE,
    BEFORE_UPGRADE,
    SAFETY_COPIES_KEPT,
    CopyKind,
    backup_name,
    beyond,
    copies_of,
    taken_at,
)
from ryhmat.storage.failures import failure_reason
from ryhmat.storage.identity import DATABASE_ID_SETTING, database_id, file_database_id
from ryhmat.storage.locations import (
    make_private_folder,
    read_only_connection,
    sqlite_file,
    sqlite_file_url,
)

# How long a restore waits for another program (a scheduled `ryhmat publish`) to finish writing.
RESTORE_BUSY_TIMEOUT_S = 10.0


class BackupError(UserError):
    """A backup could not be written or restored; the database itself is untouched."""


@dataclass(frozen=True)
class Restored:
    """What a restore did: where the replaced data was saved, and how many families
    erased after the backup was taken were erased again in the restored data."""

    saved: Path
    erased_again: int


def can_back_up(engine: Engine) -> bool:
    return database_file(engine) is not None


def database_file(engine: Engine) -> Path | None:
    """The SQLite file behind ``engine``; None for PostgreSQL and in-memory databases."""
    path = sqlite_file(engine.url)
    return None if path is None else path.resolve()


def backup_folder(database: Path) -> Path:
    """Where the automatic backups of the database file ``database`` are kept."""
    return database.parent / BACKUP_FOLDER


# -- writing a backup -------------------------------------------------------------------


def backup_sqlite(engine: Engine, target: Path) -> int:
    """Copy the open database to ``target`` (replacing it); returns the copy's size in bytes."""
    if not can_back_up(engine):
        raise _not_a_file_error()
    target = target.resolve()
    try:
        raw = engine.raw_connection()
        try:
            source = raw.driver_connection
            assert isinstance(source, sqlite3.Connection)
            _write_copy(source, target)
        finally:
            raw.close()
        return target.stat().st_size
    except (OSError, sqlite3.Error, SQLAlchemyError) as error:
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "The backup could not be written to {path}: {reason}"),
            path=str(target),
            reason=failure_reason(error),
        ) from error


def back_up_database(url: str, target: Path, *, replace: bool = False) -> int:
    """`ryhmat backup`: copy the SQLite database at ``url`` to ``target``; returns the size.

    Every refusal comes before anything is written. The database is not migrated
    first: a backup keeps the file as it is, even one from another version.
    """
    from ryhmat.storage.database import create_database_engine  # database imports this module

    source = _sqlite_file_of(url)
    _check_target(source, target, replace=replace)
    # A copy runs nothing the file holds: a newer Ryhmät's database may be copied too.
    engine = create_database_engine(url, accept_newer=True)
    try:
        return backup_sqlite(engine, target)
    finally:
        engine.dispose()


def write_automatic_backup(engine: Engine, keep: int, now: datetime) -> Path | None:
    """The start-up backup: a dated copy in the backups folder, keeping the newest ``keep``.

    Nothing is written when ``keep`` is 0 (automatic backups are off) or the database
    is not an SQLite file.
    """
    source = database_file(engine)
    if keep <= 0 or source is None:
        return None
    folder = backup_folder(source)
    _make_backup_folder(folder)
    target = folder / backup_name(source.name, now)
    backup_sqlite(engine, target)
    remove_old_backups(folder, source, keep, database_id(engine))
    return target


def remove_old_backups(folder: Path, database: Path, keep: int, owner: str | None) -> list[Path]:
    """Delete the automatic backups of ``database`` (whose id is ``owner``) beyond the
    newest ``keep``; a file named like one but holding another database is not one."""
    try:
        return _rotate(folder, database.name, AUTOMATIC, keep, owner)
    except OSError as error:
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "Old backups in {folder} could not be removed: {reason}"),
            folder=str(folder),
            reason=failure_reason(error),
        ) from error


def copy_aside_before_upgrade(engine: Engine, database: Path, revision: str, now: datetime) -> Path:
    """Keep the file as it was before a migration (for a failed upgrade or the old
    app), beside it, and only the newest few such copies."""
    from ryhmat.storage.database import copy_aside_path

    saved = copy_aside_path(database, revision, now)
    backup_sqlite(engine, saved)
    _remove_old_safety_copies(database, BEFORE_UPGRADE, file_database_id(database))
    return saved


def safety_copies(database: Path) -> list[Path]:
    """The copies taken before a restore or an upgrade of ``database``, newest first."""
    found = [
        (moment, folder / name)
        for kind, folder in _safety_folders(database).items()
        for moment, name in copies_of(_names_in(folder), database.name, kind)
    ]
    return [path for _moment, path in sorted(found, reverse=True)]


def _remove_old_safety_copies(database: Path, kind: CopyKind, owner: str | None) -> None:
    """Safety copies have a rule of their own: the newest few of each kind stay. One
    that cannot be removed now is tried again after the next restore or upgrade."""
    folder = _safety_folders(database)[kind]
    with contextlib.suppress(OSError):
        _rotate(folder, database.name, kind, SAFETY_COPIES_KEPT, owner)


def _safety_folders(database: Path) -> dict[CopyKind, Path]:
    return {BEFORE_RESTORE: backup_folder(database), BEFORE_UPGRADE: database.parent}


def _rotate(
    folder: Path, database_name: str, kind: CopyKind, keep: int, owner: str | None
) -> list[Path]:
    if owner is None:
        return []  # a database older than its id cannot prove any copy its own
    named = copies_of(_names_in(folder), database_name, kind)
    ours = [name for _moment, name in named if file_database_id(folder / name) == owner]
    removed = [folder / name for name in beyond(ours, keep)]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def _names_in(folder: Path) -> list[str]:
    """The names in ``folder``; none if there is no such folder (or a file in its place)."""
    try:
        return os.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return []


# -- restoring --------------------------------------------------------------------------


def check_backup(engine: Engine, backup: Path) -> datetime:
    """Check that ``backup`` can replace the open database; returns when it was taken.

    The file itself is only read: the checks run on a private copy of it.
    """
    database = _restorable_database(engine, backup)
    with _checked_copy(backup, beside=database):
        pass
    return backup_taken_at(backup)


def restore_sqlite(engine: Engine, backup: Path, now: datetime) -> Restored:
    """Replace the open database's data with the backup's.

    The backup is checked first and, in the checked copy, given this database's id
    and erasure log, and every family erased since it was taken erased again. Then
    the current data is copied to the backups folder ("before-restore" in the name),
    the engine closed and the copy written into the database file with the backup
    API in one transaction, so the file and its WAL stay consistent and a failure
    leaves the old data in place. Reopen the database afterwards.
    """
    database = _restorable_database(engine, backup)
    with _checked_copy(backup, beside=database) as checked:
        owner = database_id(engine)
        erased_again = _carry_over(engine, checked, owner)
        folder = backup_folder(database)
        _make_backup_folder(folder)
        saved = folder / backup_name(database.name, now, BEFORE_RESTORE)
        backup_sqlite(engine, saved)
        _remove_old_safety_copies(database, BEFORE_RESTORE, owner)
        engine.dispose()
        try:
            with (
                closing(sqlite3.connect(checked)) as source,
                closing(sqlite3.connect(database, timeout=RESTORE_BUSY_TIMEOUT_S)) as target,
            ):
                source.backup(target)
                target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as error:
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The backup could not be restored, the data is unchanged: {reason}"
                ),
                reason=failure_reason(error),
            ) from error
    return Restored(saved, erased_again)


def _carry_over(engine: Engine, checked: Path, owner: str | None) -> int:
    """Make the checked copy this database again: its id, and every erasure the open
    database knows, applied; its feeds' records of what they published forgotten.
    How many families were erased again."""
    from ryhmat.storage.database import Database, open_database

    with Database(engine).unit_of_work() as uow:
        erasures = uow.erasures.entries()
    url = sqlite_file_url(checked)
    with open_database(url) as restored, restored.unit_of_work() as uow:
        if owner is not None:
            uow.settings.put(DATABASE_ID_SETTING, owner)
        # The backup's record of what the feeds published is older than what the
        # folders and servers hold now: each feed's next publish is a whole one.
        uow.feed_publications.forget_all()
        erased_again = reapply_erasures(uow, erasures)  # commits
    return erased_again


def backup_taken_at(backup: Path) -> datetime:
    """The date-time in the app's backup names, else the time the file was last written."""
    return taken_at(backup.name) or datetime.fromtimestamp(backup.stat().st_mtime, HELSINKI)


def _restorable_database(engine: Engine, backup: Path) -> Path:
    database = database_file(engine)
    if database is None:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Only an SQLite database file can be restored here; "
                "restore a PostgreSQL database with pg_restore.",
            )
        )
    if not backup.is_file():
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "{path} is not a file."), path=str(backup))
    if _same_file(backup, database):
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is the open database itself; choose a backup of it."
            ),
            path=str(backup),
        )
    # A backup older than database ids (it has none) can only be told by its date.
    owner, theirs = database_id(engine), file_database_id(backup)
    if owner is not None and theirs is not None and theirs != owner:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is a copy of another database, not of this one, and was not "
                "restored. Open it with File → Open database to see it.",
            ),
            path=str(backup),
        )
    return database


@contextmanager
def _checked_copy(backup: Path, beside: Path) -> Iterator[Path]:
    """A private copy of ``backup``, brought to this version's schema, beside ``beside``
    (so personal data never lands in a shared temporary folder); removed afterwards,
    and swept at the next start if the process is killed meanwhile."""
    from ryhmat.storage.database import (
        DatabaseError,
        known_revisions,
        open_database,
        refuse_foreign_schema,
    )

    try:
        copy = temporary_beside(beside, ".restore")
    except OSError as error:
        raise _unreadable(backup, error) from error
    try:
        try:
            with (
                closing(read_only_connection(backup)) as source,
                closing(sqlite3.connect(copy)) as dst,
            ):
                # Before the copy: nothing the file holds may run, nor in the copy.
                revisions = refuse_foreign_schema(source, backup)
                source.backup(dst)
                healthy = dst.execute("PRAGMA quick_check").fetchone() == ("ok",)
        except sqlite3.Error as error:
            raise _unreadable(backup, error) from error
        if not healthy:
            raise BackupError(
                QT_TRANSLATE_NOOP("Errors", "{path} is damaged and cannot be restored."),
                path=str(backup),
            )
        if not revisions:
            raise BackupError(
                QT_TRANSLATE_NOOP("Errors", "{path} is not a Ryhmät database."), path=str(backup)
            )
        if any(revision not in known_revisions() for revision in revisions):
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path} was made by a newer version of Ryhmät; update Ryhmät to restore it.",
                ),
                path=str(backup),
            )
        try:
            # An older backup is migrated; the file chosen stays as it was, so its
            # private copy needs no safety copy (one would outlive it, unerased).
            open_database(sqlite_file_url(copy), copy_before_upgrade=False).dispose()
        except DatabaseError as error:
            raise _unreadable(backup, error) from error
        yield copy
    finally:
        _remove_with_side_files(copy)


def _remove_with_side_files(path: Path) -> None:
    for candidate in (path, *(Path(f"{path}{side}") for side in SQLITE_SIDE_FILES)):
        with contextlib.suppress(OSError):
            candidate.unlink(missing_ok=True)


def _unreadable(backup: Path, error: BaseException) -> BackupError:
    return BackupError(
        QT_TRANSLATE_NOOP("Errors", "{path} cannot be restored: {reason}"),
        path=str(backup),
        reason=failure_reason(error),
    )


# -- the pieces -------------------------------------------------------------------------


def _write_copy(source: sqlite3.Connection, target: Path) -> None:
    # A short name (a target's name may be as long as the file system allows), made
    # 0600; SQLite writes into it from here.
    partial = temporary_beside(target, ".partial")
    try:
        with closing(sqlite3.connect(partial)) as copy:
            source.backup(copy)
            # One self-contained file, with no -wal beside it to forget when copying it on.
            copy.execute("PRAGMA journal_mode=DELETE")
        _sync(partial)
        os.replace(partial, target)
        _sync_folder(target.parent)
    except BaseException:
        _remove_with_side_files(partial)
        raise


def _check_target(source: Path, target: Path, *, replace: bool) -> None:
    if target.is_dir():
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder; give a file name."), path=str(target)
        )
    if any(_same_file(target, Path(f"{source}{side}")) for side in ("", *SQLITE_SIDE_FILES)):
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is the database itself; write the backup to another file."
            ),
            path=str(target),
        )
    if not target.parent.is_dir():
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "There is no folder {path}."), path=str(target.parent)
        )
    if target.exists() and not replace:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} exists already; give another name, or --force to replace it."
            ),
            path=str(target),
        )


def _sqlite_file_of(url: str) -> Path:
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "Cannot open the database {url}: {reason}"),
            url=url,
            reason=failure_reason(error),
        ) from error
    if parsed.get_backend_name() == "postgresql":
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{url} is a PostgreSQL database: back it up with pg_dump "
                "(see “Backups” in the README).",
            ),
            url=parsed.render_as_string(hide_password=True),
        )
    source = sqlite_file(parsed)
    if source is None:
        raise _not_a_file_error()
    source = source.resolve()
    if not source.is_file():
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "The database file {path} does not exist."),
            path=str(source),
        )
    return source


def _not_a_file_error() -> BackupError:
    return BackupError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Only an SQLite database file can be backed up here; "
            "back up a PostgreSQL database with pg_dump.",
        )
    )


def _same_file(one: Path, other: Path) -> bool:
    if one.resolve() == other.resolve():
        return True
    try:
        return one.exists() and other.exists() and os.path.samefile(one, other)
    except OSError:
        return False


def _make_backup_folder(folder: Path) -> None:
    try:
        make_private_folder(folder)
    except OSError as error:
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "The backup folder {folder} could not be made: {reason}"),
            folder=str(folder),
            reason=failure_reason(error),
        ) from error


def _sync(path: Path) -> None:
    with path.open("rb") as stream:
        os.fsync(stream.fileno())


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; Windows cannot open a folder, and needs not."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
