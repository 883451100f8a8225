"""A real Radicale server for the CalDAV publishing tests, and small stand-ins.

``radicale_server`` starts Radicale (a pip package of the ``test`` extras) as a
subprocess on a free port of 127.0.0.1, with its own users and storage in the
test's temporary folder, and stops that very process at the end.
"""

from __future__ import annotations

import http.server
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.keyrings import memory_keyring as memory_keyring
from tests.keyrings import no_keyring as no_keyring
from tests.loopback import HOST, free_port

STARTUP_SECONDS = 30.0
# Tests run in parallel workers: a port probed free may be taken before Radicale binds it.
PORT_ATTEMPTS = 3


@dataclass(frozen=True)
class Server:
    url: str
    user: str
    password: str

    def __iter__(self) -> Iterator[str]:  # url, user, password = server
        return iter((self.url, self.user, self.password))


def _wait_until_listening(port: int, process: subprocess.Popen[bytes], log: Path) -> bool:
    """True once Radicale listens; False if it stopped because another process (another
    test worker) took the port between probing and listening."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            text = log.read_text(errors="replace")
            if "Address already in use" in text:
                return False
            pytest.fail(f"Radicale stopped at start:\n{text}")
        try:
            with socket.create_connection((HOST, port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.05)
    pytest.fail(f"Radicale did not listen on port {port}:\n{log.read_text(errors='replace')}")


def _config(folder: Path, port: int) -> Path:
    users = folder / "users"
    users.write_text("aino:salasana-1\nbob:bobs-password\n", encoding="utf-8")
    config = folder / "config"
    config.write_text(
        f"""\
[server]
hosts = 127.0.0.1:{port}

[auth]
type = htpasswd
htpasswd_filename = {users}
htpasswd_encryption = plain
# Radicale waits after a wrong password; the tests need no such brake.
delay = 0

[storage]
filesystem_folder = {folder / "collections"}

[rights]
type = owner_only

[web]
type = none

[logging]
level = warning
mask_passwords = True
""",
        encoding="utf-8",
    )
    return config


def _started_radicale(folder: Path) -> tuple[subprocess.Popen[bytes], int]:
    for _ in range(PORT_ATTEMPTS):
        port = free_port()
        log = folder / "radicale.log"
        with log.open("wb") as output:
            process = subprocess.Popen(
                [sys.executable, "-m", "radicale", "--config", str(_config(folder, port))],
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
            )
        try:
            listening = _wait_until_listening(port, process, log)
        except BaseException:
            _stop(process)
            raise
        if listening:
            return process, port
    pytest.fail(f"Radicale found no free port in {PORT_ATTEMPTS} attempts")


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


@pytest.fixture
def radicale_server(tmp_path: Path) -> Iterator[Server]:
    """(url, user, password) of a running Radicale; a second user "bob" exists too."""
    folder = tmp_path / "radicale"
    folder.mkdir()
    process, port = _started_radicale(folder)
    try:
        yield Server(f"http://127.0.0.1:{port}/", "aino", "salasana-1")
    finally:
        _stop(process)


class _Answer(http.server.BaseHTTPRequestHandler):
    """Answers every request with the server's ``status``, as a broken server would."""

    server: _StubServer

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        body = b"<html><body>no</body></html>"
        self.send_response(self.server.status)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_PUT = do_DELETE = do_OPTIONS = do_PROPFIND = do_REPORT = do_MKCALENDAR = _answer  # noqa: N815

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass


class _StubServer(http.server.ThreadingHTTPServer):
    status = 500
    daemon_threads = True


@pytest.fixture
def answering_server() -> Iterator[_StubServer]:
    """A local HTTP server that answers everything with ``.status`` (set it first)."""
    server = _StubServer(("127.0.0.1", 0), _Answer)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture
def silent_server() -> Iterator[str]:
    """The URL of a port that accepts connections and never answers."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/"
