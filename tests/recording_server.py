"""A loopback HTTP server that records every request it receives: the place a
password must never reach, or the server that sends a request on elsewhere."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass(frozen=True)
class Recorded:
    """One request as a server received it."""

    method: str
    path: str
    headers: dict[str, str]

    @property
    def authorization(self) -> str | None:
        return next((v for k, v in self.headers.items() if k.lower() == "authorization"), None)


class _Recorder(http.server.BaseHTTPRequestHandler):
    """Records the request; asks for a password until one comes, then refuses it, or
    (with ``redirect_to`` set) sends the authenticated request on to another address."""

    server: RecordingServer

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        recorded = Recorded(self.command, self.path, dict(self.headers.items()))
        self.server.requests.append(recorded)
        if recorded.authorization is None:
            self.send_response(401)
            for challenge in self.server.challenges:
                self.send_header("WWW-Authenticate", challenge)
        elif self.server.redirect_to is not None:
            self.send_response(307)
            self.send_header("Location", self.server.redirect_to + self.path.lstrip("/"))
        else:
            self.send_response(403)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_PUT = do_DELETE = do_OPTIONS = do_PROPFIND = do_REPORT = do_MKCALENDAR = _answer  # noqa: N815

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass


BASIC_CHALLENGE = 'Basic realm="ryhmat-test"'
DIGEST_CHALLENGE = 'Digest realm="ryhmat-test", nonce="3f9a1c", qop="auth", algorithm=MD5'


class RecordingServer(http.server.ThreadingHTTPServer):
    """An HTTP server on a loopback address that records every request it receives."""

    daemon_threads = True

    def __init__(self, host: str) -> None:
        super().__init__((host, 0), _Recorder)
        self.requests: list[Recorded] = []
        self.challenges: tuple[str, ...] = (BASIC_CHALLENGE,)
        self.redirect_to: str | None = None

    def url(self, host: str | None = None) -> str:
        return f"http://{host or self.host}:{self.port}/"

    @property
    def host(self) -> str:
        return str(self.server_address[0])

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    @property
    def authorizations(self) -> list[str]:
        return [r.authorization for r in self.requests if r.authorization is not None]


@contextmanager
def running_recording_server(host: str = "127.0.0.1") -> Iterator[RecordingServer]:
    """A recording server on ``host`` (127.0.0.1, 127.0.0.2, ...), stopped at the end."""
    server = RecordingServer(host)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
