"""A throwaway PostgreSQL server for the tests, started from the installed binaries.

``running_postgresql_server()`` runs ``initdb`` in a new temporary folder, starts
the cluster with ``pg_ctl`` on a free port of 127.0.0.1 (its socket inside that
folder, so it touches nothing of the machine's own PostgreSQL), and at the end
stops that very cluster with ``pg_ctl stop -m fast`` and removes the folder. A
small watcher process does the same if the test run dies without cleaning up.

PostgreSQL refuses to run as root, so as root the folder is handed to the
``postgres`` user and every command runs through ``runuser -u postgres``.
Authentication is ``trust``: the server listens on the loopback only and lives
as long as the test run. Durability is switched off for speed; nothing in a
test cluster needs to survive a crash of the machine.
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import URL

from tests.loopback import HOST, free_port

POSTGRESQL_ROOT = Path("/usr/lib/postgresql")
SERVICE_USER = "postgres"
SUPERUSER = "postgres"
START_SECONDS = 60
STOP_SECONDS = 30
PORT_ATTEMPTS = 3
SETTINGS = {
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    # A fresh database per test makes many small checkpoints pointless.
    "checkpoint_timeout": "1h",
    "max_wal_size": "1GB",
    "max_connections": "100",
    "log_min_messages": "warning",
    "lc_messages": "C",
}
WATCH = "--watch"
INSTALL_HINT = "install the Debian package 'postgresql' (`./scripts/system-packages test`)"


class PostgresqlServerError(RuntimeError):
    """The test server could not be found, set up or started."""


@dataclass(frozen=True)
class PostgresqlServer:
    """A running server that any database may be created on."""

    host: str
    port: int
    user: str
    # Stops the server before the block ends: a server gone while the app is open.
    stop: Callable[[], None] = field(default=lambda: None, compare=False, repr=False)

    def url(self, database: str = "postgres") -> str:
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            host=self.host,
            port=self.port,
            database=database,
        ).render_as_string(hide_password=False)

    def new_database(self, name: str) -> str:
        """Create an empty database ``name`` on this server; its URL, as the superuser."""
        _as_superuser(self, f'CREATE DATABASE "{name}"')
        return self.url(name)


def find_bin_dir() -> Path:
    """The ``bin`` folder of the newest installed PostgreSQL that has initdb and pg_ctl."""
    versions = sorted(
        (folder for folder in POSTGRESQL_ROOT.glob("*/bin") if folder.parent.name.isdigit()),
        key=lambda folder: int(folder.parent.name),
        reverse=True,
    )
    for folder in versions:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(on_path).parent
    raise PostgresqlServerError(f"No initdb and pg_ctl in {POSTGRESQL_ROOT}/*/bin: {INSTALL_HINT}")


@contextmanager
def running_postgresql_server() -> Iterator[PostgresqlServer]:
    """A started server; stopped and its folder removed when the block ends, however it ends."""
    cluster = _Cluster(find_bin_dir(), Path(tempfile.mkdtemp(prefix="ryhmat-postgresql-")))
    with _watched(cluster):
        cluster.initialise()
        port = cluster.start()
        yield PostgresqlServer(HOST, port, SUPERUSER, stop=cluster.stop)


class _Cluster:
    def __init__(self, bin_dir: Path, folder: Path) -> None:
        self.bin_dir = bin_dir
        self.folder = folder
        self.data = folder / "data"
        self.sockets = folder / "sockets"
        self.log = folder / "server.log"
        self._as_service_user = os.geteuid() == 0

    def initialise(self) -> None:
        self.sockets.mkdir()
        if self._as_service_user:
            self._hand_over(self.folder, self.sockets)
        self._run(
            "initdb",
            "--pgdata",
            str(self.data),
            "--username",
            SUPERUSER,
            "--auth",
            "trust",
            "--encoding",
            "UTF8",
            # Code-point order and Unicode case folding, as SQLite (with the app's
            # lower()) has them, whatever locale the machine runs in.
            "--locale",
            "C.UTF-8",
            "--no-sync",
        )

    def start(self) -> int:
        for attempt in range(PORT_ATTEMPTS):
            port = free_port()
            self._write_settings(port)
            done = self._run(
                "pg_ctl",
                "start",
                "--pgdata",
                str(self.data),
                "--log",
                str(self.log),
                "--wait",
                "--timeout",
                str(START_SECONDS),
                check=False,
            )
            if done.returncode == 0:
                return port
            # Another process may have taken the port between probing and listening.
            if attempt == PORT_ATTEMPTS - 1 or not self._lost_the_port():
                raise PostgresqlServerError(
                    f"pg_ctl start failed ({done.returncode}):\n{done.stdout}\n{self._log_text()}"
                )
        raise AssertionError("unreachable")

    def remove(self) -> None:
        """Stop the server if it runs and delete its folder."""
        try:
            self.stop()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def stop(self) -> None:
        if not (self.data / "postmaster.pid").exists():
            return
        done = self._run(
            "pg_ctl",
            "stop",
            "--pgdata",
            str(self.data),
            "--mode",
            "fast",
            "--wait",
            "--timeout",
            str(STOP_SECONDS),
            check=False,
        )
        if done.returncode != 0:
            self._kill_postmaster()

    def _write_settings(self, port: int) -> None:
        settings = {
            **SETTINGS,
            "listen_addresses": f"'{HOST}'",
            "port": str(port),
            "unix_socket_directories": f"'{self.sockets}'",
        }
        # The auto file wins over postgresql.conf and is rewritten whole on each attempt.
        auto = self.data / "postgresql.auto.conf"
        auto.write_text("".join(f"{name} = {value}\n" for name, value in settings.items()))

    def _lost_the_port(self) -> bool:
        return "could not bind" in self._log_text() or "Address already in use" in self._log_text()

    def _log_text(self) -> str:
        try:
            return self.log.read_text(errors="replace")
        except OSError:
            return ""

    def _kill_postmaster(self) -> None:
        # The first line of postmaster.pid is the pid of the server this cluster started.
        with suppress(OSError, ValueError, IndexError):
            pid = int((self.data / "postmaster.pid").read_text().splitlines()[0])
            os.kill(pid, signal.SIGKILL)

    def _hand_over(self, *paths: Path) -> None:
        try:
            service = pwd.getpwnam(SERVICE_USER)
        except KeyError as error:
            raise PostgresqlServerError(
                f"PostgreSQL refuses root and there is no user {SERVICE_USER!r}: {INSTALL_HINT}"
            ) from error
        for path in paths:
            os.chown(path, service.pw_uid, service.pw_gid)

    def _run(
        self, program: str, *arguments: str, check: bool = True
    ) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin_dir / program), *arguments]
        if self._as_service_user:
            command = ["runuser", "-u", SERVICE_USER, "--", *command]
        try:
            done = subprocess.run(
                command,
                cwd=self.folder,  # the service user may not enter the caller's folder
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                check=False,
            )
        except OSError as error:
            raise PostgresqlServerError(f"Cannot run {program}: {error}; {INSTALL_HINT}") from error
        if check and done.returncode != 0:
            raise PostgresqlServerError(f"{program} failed ({done.returncode}):\n{done.stdout}")
        return done


@contextmanager
def _watched(cluster: _Cluster) -> Iterator[None]:
    """A watcher that removes the cluster once this process is gone, however it ended.

    A test run that is killed (SIGKILL, SIGTERM, a crash in Qt) runs no cleanup of
    its own; the watcher waits for the end of a pipe that only this process holds.
    It runs in a session of its own, so a Ctrl-C at the terminal leaves it be.
    """
    watcher = subprocess.Popen(
        [sys.executable, __file__, WATCH, str(cluster.bin_dir), str(cluster.folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        yield
    finally:
        try:
            cluster.remove()
        finally:
            assert watcher.stdin is not None
            watcher.stdin.close()
            watcher.wait(timeout=STOP_SECONDS)


def _watch(bin_dir: str, folder: str) -> None:
    sys.stdin.buffer.read()  # returns when the test run's end of the pipe closes
    _Cluster(Path(bin_dir), Path(folder)).remove()


if __name__ == "__main__" and sys.argv[1:2] == [WATCH]:
    _watch(*sys.argv[2:])


def require_passwords(server: PostgresqlServer, *logins: str) -> None:
    """Make ``server`` check the passwords of ``logins`` (everyone else stays trusted), as
    a team's server does: a wrong or missing password is then refused."""
    rules = "".join(
        f"host all {login} {address} scram-sha-256\n"
        for login in logins
        for address in ("127.0.0.1/32", "::1/128")
    )
    hba = Path(str(_as_superuser(server, "SHOW hba_file")))
    hba.write_text(rules + hba.read_text(encoding="utf-8"), encoding="utf-8")
    _as_superuser(server, "SELECT pg_reload_conf()")


def _as_superuser(server: PostgresqlServer, statement: str) -> object:
    """Run one statement outside a transaction as the superuser; its first value, if any."""
    from sqlalchemy import create_engine, text

    engine = create_engine(server.url(), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            result = connection.execute(text(statement))
            return result.scalar() if result.returns_rows else None
    finally:
        engine.dispose()
