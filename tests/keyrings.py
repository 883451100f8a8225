"""The password stores the tests run against: one in memory, and none at all.

Both fixtures also forget the CalDAV password, server and user the environment of
whoever runs the tests may hold, so that only what a test sets itself is found."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.backends.fail
import pytest

ENVIRONMENT_CREDENTIALS = ("RYHMAT_CALDAV_PASSWORD", "RYHMAT_CALDAV_SERVER", "RYHMAT_CALDAV_USER")


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A password store that forgets everything when the test ends."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}
        self.stores = 0

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.stores += 1
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.passwords[(service, username)]


def clear_environment_password(monkeypatch: pytest.MonkeyPatch) -> None:
    """No CalDAV password, server or user from the environment of whoever runs the tests."""
    for name in ENVIRONMENT_CREDENTIALS:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    clear_environment_password(monkeypatch)
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A computer without a usable password store."""
    clear_environment_password(monkeypatch)
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)
