"""Where the database lives, how to open it, and migrating it to the current schema.

The schema comes only from the Alembic migrations, run on every start that finds
the database behind, so an old database file is brought up to date before anything
reads it; one already at the newest revision opens without importing Alembic. Before
anything is written, an existing database is looked at without changing it: a
file that is not a Ryhmät database, a damaged one or one from a newer Ryhmät
is refused untouched, and an SQLite file about to be upgraded is first copied
aside. A database opened read-only (another window of the app is its writer) is
neither created, upgraded nor written: every connection refuses to write.
"""

from __future__ import annotations

import os
import re
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import platformdirs
from sqlalchemy import URL, Engine, create_engine, event, inspect, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import StaticPool

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, UserError
from ryhmat.domain.timezone import helsinki_now
from ryhmat.storage.backup_names import before_upgrade_name
from ryhmat.storage.failures import BUSY, DISK_FULL, failure_reason, storage_failure
from ryhmat.storage.locations import (
    PRIVATE_FILE_MODE,
    has_journal,
    is_memory,
    make_private_folder,
    read_only_connection,
    sqlite_file,
    sqlite_file_url,
)
from ryhmat.storage.locations import DatabaseError as DatabaseError
from ryhmat.storage.sqlite_schema import verified_revisions
from ryhmat.storage.uow import SqlAlchemyUnitOfWork, operating_system_user

if TYPE_CHECKING:
    from alembic.config import Config

    from ryhmat.storage.audit import Actor

APP_NAME = "Ryhmat"
DATABASE_FILE = "ryhmat.sqlite3"
DATABASE_URL_VARIABLE = "RYHMAT_DATABASE_URL"
MIGRATIONS = Path(__file__).with_name("migrations")
# Each migration's file begins with its revision (tests/integration/storage holds them
# together), so the revisions are known without importing Alembic.
MIGRATION_FILE = re.compile(r"(\d{4})_\w+\.py")
# The migration that gives each database its id (``identity``).
IDENTITY_REVISION = "0010"
SQLITE_BUSY_TIMEOUT_MS = 10_000
# A year of a municipality's marks and their indexes fit; SQLite's default is 2 MB.
SQLITE_CACHE_KIB = 64 * 1024
POSTGRESQL_CONNECT_TIMEOUT_S = 10
SQLITE_HEADER = b"SQLite format 3\x00"
SQLITE_HEADER_SIZE = 100
# Checking every page of this much takes a few tens of milliseconds.
FULL_CHECK_MAX_BYTES = 8 * 1024 * 1024
ALEMBIC_TABLE = "alembic_version"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_url() -> str:
    """The SQLite file in the user's data folder, created with the folder if needed."""
    directory = data_dir()
    make_private_folder(directory)
    return sqlite_file_url(directory / DATABASE_FILE)


def resolve_database_url(cli_value: str | None) -> str:
    """The command line wins over ``RYHMAT_DATABASE_URL``, which wins over the default.

    An empty ``--database ""`` is a mistake (an unset shell variable, say), not a
    request for the default database: quietly writing there would surprise.
    """
    if cli_value is not None and not cli_value.strip():
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "The database URL is empty; give one or leave it out.")
        )
    return cli_value or os.environ.get(DATABASE_URL_VARIABLE) or default_database_url()


class Database:
    """An open database: hands out units of work; ``dispose`` closes its connections."""

    def __init__(
        self, engine: Engine, *, identified_now: bool = False, read_only: bool = False
    ) -> None:
        self.engine = engine
        # Opened so that nothing can be written (another window of the app is its writer).
        self.read_only = read_only
        # A database older than database ids got its id as it was opened: nothing in
        # it says whose copy it is (``erasure_register`` then reads every register).
        self.identified_now = identified_now
        self._session_factory = sessionmaker(engine)
        self._actor: Actor = operating_system_user()
        self._connected_login: str | None = None

    @property
    def actor(self) -> Actor:
        """Who the audit trail names: on PostgreSQL the role connected (its policies
        accept no other name), else the worker configured, or the login name."""
        if self.engine.dialect.name == "postgresql":
            return self._connected_role
        return self._actor

    @actor.setter
    def actor(self, actor: Actor) -> None:
        self._actor = actor

    def _connected_role(self) -> str:
        if self._connected_login is None:
            with self.engine.connect() as connection:
                self._connected_login = str(
                    connection.exec_driver_sql("SELECT session_user").scalar_one()
                )
        return self._connected_login

    @property
    def display_name(self) -> str:
        """What to show a person: the SQLite file's path, or the URL without its password."""
        url = self.engine.url
        path = sqlite_file(url)
        if path is not None:
            return str(path)
        return url.render_as_string(hide_password=True)

    def unit_of_work(self) -> SqlAlchemyUnitOfWork:
        return SqlAlchemyUnitOfWork(self._session_factory, self.actor)

    def dispose(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.dispose()


def open_database(
    url: str, *, copy_before_upgrade: bool = True, read_only: bool = False
) -> Database:
    """Check, migrate to the newest schema and return the database.

    Raises ``DatabaseError`` with a readable reason instead of a traceback (a busy
    or full database the ``StorageFailure`` every save gives); a
    database refused that way has not been written to. An SQLite file is copied
    aside before it is upgraded, unless it is a private copy of another file
    (``copy_before_upgrade`` False): a copy of that would outlive it. A
    ``read_only`` database must exist and be at the newest schema already (it is
    not created or upgraded), and nothing can be written through it.
    """
    engine = create_database_engine(url, read_only=read_only)
    try:
        revisions = _prepare_for_upgrade(engine, copy_before_upgrade, read_only=read_only)
        if revisions != [head_revision()]:
            if read_only:
                raise _not_ready_for_reading(_safe_url(url))
            _upgrade_or_refuse(engine, url)
    except UserError:
        engine.dispose()
        raise
    except (SQLAlchemyError, OSError) as error:
        engine.dispose()
        raise _cannot_open(url, error) from error
    older_than_ids = min(revisions, default=IDENTITY_REVISION) < IDENTITY_REVISION
    return Database(engine, identified_now=older_than_ids, read_only=read_only)


def create_database_engine(
    url: str, *, accept_newer: bool = False, read_only: bool = False
) -> Engine:
    """An engine whose every new SQLite connection first checks the file's schema.

    The checks before opening read the file through a connection of their own;
    another process could change the file after them. ``accept_newer`` lets a
    newer Ryhmät's file through (its schema cannot be known): for copying it only.
    Every connection of a ``read_only`` engine refuses to write (SQLite's
    ``query_only``, PostgreSQL's read-only transactions), whatever runs on it.
    """
    try:
        parsed = _with_default_driver(make_url(url))
        path = sqlite_file(parsed)
        if path is not None:
            # The driver opens exactly the file the checks looked at, whatever the
            # working folder is by then.
            parsed = parsed.set(database=str(path))
        engine = create_engine(parsed, **_engine_options(parsed))
    except (ArgumentError, ImportError, ValueError) as error:
        raise _cannot_open(url, error) from error
    if engine.dialect.name == "sqlite":
        configure = _configure_sqlite(
            path, is_memory(parsed), accept_newer=accept_newer, read_only=read_only
        )
        event.listen(engine, "connect", configure)
    elif read_only:
        event.listen(engine, "connect", _refuse_writes_on_server)
    return engine


def _upgrade_or_refuse(engine: Engine, url: str) -> None:
    from alembic.util.exc import CommandError

    try:
        upgrade_to_head(engine)
    except CommandError as error:
        # Alembic cannot place a revision the checks before it let through.
        raise _made_by_newer_version(_safe_url(url)) from error


def upgrade_to_head(engine: Engine) -> None:
    """Run every migration the database has not had yet, in one transaction."""
    upgrade_to(engine, "head")


def upgrade_to(engine: Engine, revision: str) -> None:
    """Run the migrations up to ``revision``, in one transaction."""
    from alembic import command

    with engine.begin() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    known = known_revisions()
    return known[-1] if known else None


def known_revisions() -> list[str]:
    """Every revision this version of Ryhmät has, oldest first."""
    found = (MIGRATION_FILE.fullmatch(path.name) for path in (MIGRATIONS / "versions").iterdir())
    return sorted(match.group(1) for match in found if match)


def copy_aside_path(path: Path, revision: str, now: datetime) -> Path:
    """Where a file at ``revision`` is copied before it is upgraded, and why and when."""
    return path.with_name(before_upgrade_name(path.name, revision, now))


def _prepare_for_upgrade(
    engine: Engine, copy_before_upgrade: bool, *, read_only: bool = False
) -> list[str]:
    """Refuse what must not be migrated, before anything is written; return the
    revisions the database has (none if it is new: not made if ``read_only``).

    An SQLite file is read through a read-only connection of its own: the
    engine's connections turn on WAL, which rewrites the file's header.
    """
    path = sqlite_file(engine.url)
    if path is None:
        name = engine.url.render_as_string(hide_password=True)
        revisions = _stored_revisions(engine)
        _refuse_newer(revisions, name)
        if engine.dialect.name == "postgresql":
            _check_postgresql_schema(engine, revisions, name)
        return revisions
    if not path.exists() and not path.is_symlink():
        _check_folder(path)
        if read_only:
            raise _not_ready_for_reading(str(path))
        create_private_file(path)
        return []
    revisions = _inspect_sqlite_file(path)
    _refuse_newer(revisions, str(path))
    if copy_before_upgrade and not read_only and revisions and head_revision() not in revisions:
        _copy_aside(engine, path, revisions[0])
    return revisions


def _stored_revisions(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        if not inspect(connection).has_table(ALEMBIC_TABLE):
            return []
        rows = connection.exec_driver_sql(f"SELECT version_num FROM {ALEMBIC_TABLE}")
        return [str(row[0]) for row in rows]


def _check_postgresql_schema(engine: Engine, revisions: list[str], name: str) -> None:
    from ryhmat.storage.postgresql_schema import check_postgresql_schema

    with engine.connect() as connection:
        check_postgresql_schema(connection, revisions, name)


def _refuse_newer(revisions: list[str], name: str) -> None:
    known = set(known_revisions())
    if any(revision not in known for revision in revisions):
        raise _made_by_newer_version(name)


def _check_folder(path: Path) -> None:
    if not path.parent.is_dir():
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors", "Cannot open the database {path}: the folder {folder} does not exist."
            ),
            path=str(path),
            folder=str(path.parent),
        )


def create_private_file(path: Path) -> None:
    """Create an empty file only its owner may read, unless there is one already."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
    except FileExistsError:
        return  # made meanwhile by someone else: theirs, with their permissions
    # Set the mode after creating: a umask could have taken bits away, not added them.
    os.chmod(path, PRIVATE_FILE_MODE)


def _inspect_sqlite_file(path: Path) -> list[str]:
    """The revisions an existing SQLite file holds, [] for an empty database.

    Raises ``DatabaseError`` for a folder, an unreadable file, a file that is
    not a Ryhmät database and a damaged one. Writes nothing, not even side files.

    Opening must not take longer on ten years of data than on a week's. Every
    page is checked (``PRAGMA quick_check``, which reads the whole file) only
    when that is cheap (a file of a few megabytes), before a migration rewrites
    the file, and when the small reads below already met a damaged page. A
    larger file is otherwise judged by its header and length (a file cut short
    is found), its schema and its revisions; a damaged page that these do not
    read shows as a "damaged" error where it is read later.
    """
    if path.is_dir():
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors", "Cannot open the database {path}: it is a folder, not a database file."
            ),
            path=str(path),
        )
    if path.exists() and not path.is_file():
        # A named pipe would keep the read below waiting forever, a device reads as anything.
        raise _not_a_ryhmat_database(path)
    header = _read_header(path)
    if not header:
        return []  # SQLite takes an empty file for an empty database
    if not header.startswith(SQLITE_HEADER):
        raise _not_a_ryhmat_database(path)
    if not _size_agrees_with_header(path, header):
        raise _damaged(path)
    try:
        with closing(read_only_connection(path)) as connection:
            try:
                revisions = _stored_sqlite_revisions(connection, path)
            except sqlite3.DatabaseError:
                _check_every_page(connection, path)
                raise
            migrating = bool(revisions) and head_revision() not in revisions
            if migrating or path.stat().st_size <= FULL_CHECK_MAX_BYTES:
                _check_every_page(connection, path)
            return revisions
    except sqlite3.DatabaseError as error:
        if error.sqlite_errorname.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
            raise _damaged(path) from error
        raise _cannot_open(str(path), error) from error


def refuse_foreign_schema(connection: sqlite3.Connection, path: Path) -> list[str] | None:
    """Raise ``DatabaseError`` if the file's schema is not the app's for its revision;
    return its revisions (None: not a Ryhmät database, unchecked: a newer app's)."""
    return verified_revisions(connection, str(path), known_revisions())


def _stored_sqlite_revisions(connection: sqlite3.Connection, path: Path) -> list[str]:
    revisions = refuse_foreign_schema(connection, path)
    if revisions is None:
        raise _not_a_ryhmat_database(path)
    return revisions


def _check_every_page(connection: sqlite3.Connection, path: Path) -> None:
    if connection.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
        raise _damaged(path)


def _size_agrees_with_header(path: Path, header: bytes) -> bool:
    """Is the file as long as its header says? A cut file is not, nor one whose
    page size is impossible. Without a journal beside it the file holds every
    page; with one, the header may be older than the pages, and SQLite sorts it out."""
    if len(header) < SQLITE_HEADER_SIZE:
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return False
    size = path.stat().st_size
    if size % page_size:
        return False
    page_count = int.from_bytes(header[28:32], "big")
    count_is_current = header[24:28] == header[92:96]
    if not count_is_current or page_count == 0 or has_journal(path):
        return True
    return size == page_count * page_size


def _read_header(path: Path) -> bytes:
    try:
        with path.open("rb") as file:
            return file.read(SQLITE_HEADER_SIZE)
    except PermissionError as error:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors", "Cannot open the database {path}: you do not have permission to read it."
            ),
            path=str(path),
        ) from error


def _copy_aside(engine: Engine, path: Path, revision: str) -> None:
    """Keep the file as it was, in case the upgrade goes wrong or the old app is needed."""
    # Imported here: the backup module may come to need this one (the data folder).
    from ryhmat.storage.backup import copy_aside_before_upgrade

    copy_aside_before_upgrade(engine, path, revision, helsinki_now())


def _alembic_config() -> Config:
    from alembic.config import Config

    # Built in code: an installed app has no alembic.ini next to it.
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _with_default_driver(url: URL) -> URL:
    # "postgresql://" means psycopg2 to SQLAlchemy; Ryhmät ships psycopg 3.
    if url.drivername == "postgresql":
        return url.set(drivername="postgresql+psycopg")
    return url


def _engine_options(url: URL) -> dict[str, Any]:
    # A statement's values are families' personal data: no error message may carry them.
    options: dict[str, Any] = {"hide_parameters": True}
    if url.get_backend_name() == "postgresql":
        options["connect_args"] = {"connect_timeout": POSTGRESQL_CONNECT_TIMEOUT_S}
        # A server restarted, or idle connections ended by an administrator or a
        # firewall while the app stays open: a dead connection is replaced, unseen.
        options["pool_pre_ping"] = True
    if is_memory(url):
        # Every connection to ":memory:" is a new empty database; share one.
        options["poolclass"] = StaticPool
    return options


def _configure_sqlite(
    path: Path | None, is_memory: bool, *, accept_newer: bool, read_only: bool
) -> Any:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA trusted_schema=OFF")
            if path is not None:
                _check_connected_file(dbapi_connection, path, accept_newer=accept_newer)
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
            cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
            if not is_memory:
                # Readers (the calendar, a feed export) do not block the writer.
                cursor.execute("PRAGMA journal_mode=WAL")
            if read_only:
                # Last: setting WAL above may write the file's header (once, if ever).
                cursor.execute("PRAGMA query_only=ON")
        finally:
            cursor.close()

    return on_connect


def _refuse_writes_on_server(dbapi_connection: Any, _record: Any) -> None:
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    dbapi_connection.commit()


def _check_connected_file(
    connection: sqlite3.Connection, path: Path, *, accept_newer: bool
) -> None:
    revisions = _stored_sqlite_revisions(connection, path)
    if not accept_newer:
        _refuse_newer(revisions, str(path))


def _made_by_newer_version(name: str) -> DatabaseError:
    return DatabaseError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database {name} was made by a newer version of Ryhmät. "
            "Update Ryhmät to open it; the database was not changed.",
        ),
        name=name,
    )


def _not_ready_for_reading(name: str) -> DatabaseError:
    return DatabaseError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database {name} cannot be opened read-only: it must first be set up or "
            "upgraded for this version of Ryhmät. Close the other Ryhmät window and open "
            "the database again; the database was not changed.",
        ),
        name=name,
    )


def _not_a_ryhmat_database(path: Path) -> DatabaseError:
    return DatabaseError(
        QT_TRANSLATE_NOOP(
            "Errors", "The file {path} is not a Ryhmät database. The file was not changed."
        ),
        path=str(path),
    )


def _damaged(path: Path) -> DatabaseError:
    return DatabaseError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database file {path} is damaged and cannot be opened. "
            "The file was not changed; restore the database from a backup copy.",
        ),
        path=str(path),
    )


def _cannot_open(url: str, error: BaseException) -> UserError:
    """What a person is told when a database cannot be opened: a busy or full one (an
    upgrade writes) in the words every save uses; anything else, an unreachable server
    too, names the database with the driver's reason."""
    from ryhmat.storage.credentials import PasswordRefused, is_authentication_failure

    if is_authentication_failure(error):
        return PasswordRefused(make_url(url).username or "")
    failure = storage_failure(error)
    if failure is not None and failure.template in (BUSY, DISK_FULL):
        return failure
    return DatabaseError(
        QT_TRANSLATE_NOOP("Errors", "Cannot open the database {url}: {reason}"),
        url=_safe_url(url),
        reason=failure_reason(error),
    )


def _safe_url(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url
