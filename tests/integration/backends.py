"""Databases for the integration tests on each backend: empty, migrated, or copies.

``BACKENDS`` parametrises a fixture over SQLite and PostgreSQL; ``databases_of``
gives the fixture the maker of databases for its backend. The PostgreSQL
databases are created and dropped on the test server, the SQLite ones are files
in the test's (or module's) temporary folder.
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import make_url, text

from ryhmat.storage.database import create_database_engine, open_database

READY_DATABASES = 2
# For what only an SQLite file has (backups, file locks, page limits): the SQLite half alone.
SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgresql),
]


def on_sqlite_and_postgresql_for(
    argnames: str | tuple[str, ...],
    argvalues: Sequence[object],
    *,
    on_postgresql: Callable[[str], bool],
    ids: Sequence[str] | Callable[[Any], str] | None = None,
    fixture: str = "database_url",
) -> pytest.MarkDecorator:
    """Parametrises ``fixture`` (``database_url`` or ``empty_database_url``) with the test's
    own cases: every case on SQLite, and on PostgreSQL only the cases whose id
    ``on_postgresql`` accepts.

    For cases that differ only in what the command line or the domain parses before the
    database sees anything: PostgreSQL would repeat SQLite's run of the same code. The ids
    are those the two parametrisations made together (``sqlite-<case>``).
    """
    names = [n.strip() for n in argnames.split(",")] if isinstance(argnames, str) else [*argnames]
    cases = [(_case_id(names, value, index, ids), value) for index, value in enumerate(argvalues)]
    params = [
        pytest.param("sqlite", *_values(names, value), id=f"sqlite-{id_}") for id_, value in cases
    ]
    params += [
        pytest.param(
            "postgresql",
            *_values(names, value),
            id=f"postgresql-{id_}",
            marks=pytest.mark.postgresql,
        )
        for id_, value in cases
        if on_postgresql(id_)
    ]
    return pytest.mark.parametrize((fixture, *names), params, indirect=[fixture])


def cases(*ids: str) -> Callable[[str], bool]:
    """The cases of these ids (for ``on_postgresql``): e.g. one case to represent the rest."""
    return lambda case: case in ids


def no_case(case: str) -> bool:
    """No case (for ``on_postgresql``): the database sees nothing of what the cases vary."""
    return False


def _values(names: list[str], value: object) -> tuple[object, ...]:
    if len(names) == 1:
        return (value,)
    assert isinstance(value, tuple | list), value
    assert len(value) == len(names), value
    return tuple(value)


def _case_id(
    names: list[str],
    value: object,
    index: int,
    ids: Sequence[str] | Callable[[Any], str] | None,
) -> str:
    """The id pytest gives the case: the one given, else each plain value, or name+index."""
    if isinstance(ids, Sequence):
        return ids[index]
    parts = []
    for name, part in zip(names, _values(names, value), strict=True):
        if ids is not None:
            parts.append(ids(part))
        elif isinstance(part, str | int | float | bool) or part is None:
            parts.append(str(part))
        else:
            parts.append(f"{name}{index}")
    return "-".join(parts)


class PostgresqlDatabases:
    """Creates and drops the tests' databases on one server, through one admin engine.

    Copying the template and dropping a test's database take most of a small
    test's time, so a worker thread does both in the background: it keeps the
    next migrated databases ready and drops the used ones while tests run.
    """

    def __init__(self, admin_url: str) -> None:
        self._admin_url = make_url(admin_url)
        self._engine = create_database_engine(admin_url)
        # CREATE and DROP DATABASE cannot run inside a transaction.
        self._admin = self._engine.execution_options(isolation_level="AUTOCOMMIT")
        self._numbers = itertools.count()  # next() on it is atomic; a generator's is not
        self._template: str | None = None
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="test-databases")
        self._ready: deque[Future[str]] = deque()
        self._dropping: list[Future[None]] = []

    def url(self, name: str) -> str:
        return self._admin_url.set(database=name).render_as_string(hide_password=False)

    @contextmanager
    def empty(self) -> Iterator[str]:
        with self._used(self._create("template0")) as url:
            yield url

    @contextmanager
    def at_head(self) -> Iterator[str]:
        template = self._migrated_template()
        name = self._ready.popleft().result() if self._ready else self._create(template)
        while len(self._ready) < READY_DATABASES:
            self._ready.append(self._worker.submit(self._create, template))
        with self._used(name) as url:
            yield url

    @contextmanager
    def copy_of(self, url: str) -> Iterator[str]:
        """A copy of a database made on this server; nothing may be connected to it."""
        source = make_url(url).database
        assert source is not None
        with self._used(self._create(source)) as copy:
            yield copy

    def close(self) -> None:
        """Drop every database made here; raises what went wrong in the background."""
        try:
            unused = [future.result() for future in self._ready]
            for future in self._dropping:
                future.result()
            for name in [*unused, *([self._template] if self._template else [])]:
                self._drop(name)
        finally:
            self._worker.shutdown(wait=True)
            self._engine.dispose()

    @contextmanager
    def _used(self, name: str) -> Iterator[str]:
        try:
            yield self.url(name)
        finally:
            self._dropping.append(self._worker.submit(self._drop, name))

    def _create(self, template: str) -> str:
        name = f"ryhmat_test_{os.getpid()}_{next(self._numbers)}"
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return name

    def _migrated_template(self) -> str:
        if self._template is None:
            name = self._create("template0")
            try:
                open_database(self.url(name)).dispose()
            except BaseException:
                self._drop(name)
                raise
            self._template = name
        return self._template

    def _drop(self, name: str) -> None:
        # FORCE ends the connections a failed test left open; they must not keep the database.
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _execute(self, statement: str) -> None:
        with self._admin.connect() as connection:
            connection.execute(text(statement))


class SqliteDatabases:
    """SQLite files in one folder; a migrated one is a copy of the run's migrated template."""

    def __init__(self, folder: Path, template: Path) -> None:
        self._folder = folder
        self._template = template
        self._names = itertools.chain(
            ["ryhmat.sqlite3"], (f"ryhmat-{n}.sqlite3" for n in itertools.count(1))
        )

    @contextmanager
    def empty(self) -> Iterator[str]:
        yield sqlite_url(self._folder / next(self._names))

    @contextmanager
    def at_head(self) -> Iterator[str]:
        with self.copy_of(sqlite_url(self._template)) as url:
            yield url

    @contextmanager
    def copy_of(self, url: str) -> Iterator[str]:
        """A copy of a database file that nothing is connected to, with the file's mode."""
        path = self._folder / next(self._names)
        shutil.copy(sqlite_path(url), path)
        yield sqlite_url(path)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def sqlite_path(url: str) -> Path:
    database = make_url(url).database
    assert database, url
    return Path(database)


def databases_of(request: pytest.FixtureRequest) -> PostgresqlDatabases | SqliteDatabases:
    """The maker of databases of the backend a fixture is parametrised with (from BACKENDS).

    For a test module's own fixtures, e.g. a demo database made once per module::

        @pytest.fixture(scope="module", params=BACKENDS)
        def demo_url(request):
            with databases_of(request).empty() as url:
                ...fill it...
                yield url
    """
    backend: str = request.param
    if backend == "postgresql":
        databases: PostgresqlDatabases = request.getfixturevalue("postgresql_databases")
        return databases
    if backend == "sqlite":
        # A test's files go to its own folder, where it may look for files beside them.
        folder: Path = (
            request.getfixturevalue("tmp_path")
            if request.scope == "function"
            else request.getfixturevalue("tmp_path_factory").mktemp("sqlite")
        )
        return SqliteDatabases(folder, request.getfixturevalue("sqlite_template"))
    raise ValueError(f"unknown backend {backend!r}")
