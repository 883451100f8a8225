"""Where the database lives, how to open it, and migrating it to the current schema.

The schema comes only from the Alembic migrations, run on every start, so an
old database file is brought up to date before anything reads it.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import platformdirs
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import StaticPool

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, UserError
from ryhmat.storage.uow import SqlAlchemyUnitOfWork

APP_NAME = "Ryhmat"
DATABASE_FILE = "ryhmat.sqlite3"
DATABASE_URL_VARIABLE = "RYHMAT_DATABASE_URL"
MIGRATIONS = Path(__file__).with_name("migrations")
SQLITE_BUSY_TIMEOUT_MS = 10_000
POSTGRESQL_CONNECT_TIMEOUT_S = 10


class DatabaseError(UserError):
    """The database cannot be opened: a bad URL, a missing server, a broken file."""


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_url() -> str:
    """The SQLite file in the user's data folder, created with the folder if needed."""
    directory = data_dir()
    directory.mkdir(parents=True, exist_ok=True)
    return URL.create("sqlite+pysqlite", database=str(directory / DATABASE_FILE)).render_as_string()


def resolve_database_url(cli_value: str | None) -> str:
    """The command line wins over ``RYHMAT_DATABASE_URL``, which wins over the default."""
    return cli_value or os.environ.get(DATABASE_URL_VARIABLE) or default_database_url()


class Database:
    """An open database: hands out units of work; ``dispose`` closes its connections."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._session_factory = sessionmaker(engine)

    @property
    def display_name(self) -> str:
        """What to show a person: the SQLite file's path, or the URL without its password."""
        url = self.engine.url
        if url.get_backend_name() == "sqlite" and not _is_memory(url):
            return str(url.database)
        return url.render_as_string(hide_password=True)

    def unit_of_work(self) -> SqlAlchemyUnitOfWork:
        return SqlAlchemyUnitOfWork(self._session_factory)

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


def open_database(url: str) -> Database:
    """Connect, migrate to the newest schema and return the database.

    Raises ``DatabaseError`` with a readable reason instead of a traceback.
    """
    engine = create_database_engine(url)
    try:
        upgrade_to_head(engine)
    except CommandError as error:
        # The only revision Alembic cannot place is one from a newer Ryhmät.
        engine.dispose()
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors", "The database {url} was made by a newer version of Ryhmät: {reason}"
            ),
            url=_safe_url(url),
            reason=_reason(error),
        ) from error
    except (SQLAlchemyError, OSError) as error:
        engine.dispose()
        raise _cannot_open(url, error) from error
    return Database(engine)


def create_database_engine(url: str) -> Engine:
    try:
        parsed = _with_default_driver(make_url(url))
        engine = create_engine(parsed, **_engine_options(parsed))
    except (ArgumentError, ImportError, ValueError) as error:
        raise _cannot_open(url, error) from error
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _configure_sqlite(is_memory=_is_memory(parsed)))
    return engine


def upgrade_to_head(engine: Engine) -> None:
    """Run every migration the database has not had yet, in one transaction."""
    with engine.begin() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def _alembic_config() -> Config:
    # Built in code: an installed app has no alembic.ini next to it.
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _with_default_driver(url: URL) -> URL:
    # "postgresql://" means psycopg2 to SQLAlchemy; Ryhmät ships psycopg 3.
    if url.drivername == "postgresql":
        return url.set(drivername="postgresql+psycopg")
    return url


def _is_memory(url: URL) -> bool:
    return url.database in (None, "", ":memory:") or url.query.get("mode") == "memory"


def _engine_options(url: URL) -> dict[str, Any]:
    if url.get_backend_name() == "postgresql":
        return {"connect_args": {"connect_timeout": POSTGRESQL_CONNECT_TIMEOUT_S}}
    if url.get_backend_name() == "sqlite" and _is_memory(url):
        # Every connection to ":memory:" is a new empty database; share one.
        return {"poolclass": StaticPool}
    return {}


def _configure_sqlite(*, is_memory: bool) -> Any:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # SQLite's lower() folds ASCII only; Python's folds Ä and Ö as PostgreSQL does.
        dbapi_connection.create_function("lower", 1, _lower, deterministic=True)
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
            if not is_memory:
                # Readers (the calendar, a feed export) do not block the writer.
                cursor.execute("PRAGMA journal_mode=WAL")
        finally:
            cursor.close()

    return on_connect


def _lower(text: str | None) -> str | None:
    return None if text is None else text.lower()


def _cannot_open(url: str, error: BaseException) -> DatabaseError:
    return DatabaseError(
        QT_TRANSLATE_NOOP("Errors", "Cannot open the database {url}: {reason}"),
        url=_safe_url(url),
        reason=_reason(error),
    )


def _safe_url(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _reason(error: BaseException) -> str:
    original = getattr(error, "orig", None)
    text = str(original if original is not None else error)
    return text.strip().splitlines()[0] if text.strip() else type(error).__name__
