"""A person's password for a team database: in the operating system's password store.

The database URL names the server, the database and the person's login, without the
password. The app asks for the password once and keeps it in the keyring under that
server, port, database and login, so that it is given to no other; it is never written
to the settings, the database or a log. Without a stored password libpq's own ways
apply (``PGPASSWORD``, ``~/.pgpass``).
"""

from __future__ import annotations

from typing import Any, Final

from sqlalchemy import Engine, event, make_url
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, DBAPIError

from ryhmat.domain.errors import QT_TRANSLATE_NOOP
from ryhmat.storage.locations import DatabaseError

KEYRING_SERVICE: Final = "ryhmat-database"
# A password the server did not accept, or one it wanted and did not get: as an SQLSTATE,
# or, while connecting, only in libpq's words (psycopg gives no SQLSTATE then).
_AUTHENTICATION_STATES = ("28P01", "28000")
_NO_PASSWORD = "no password supplied"
_WRONG_PASSWORD = "password authentication failed"


class PasswordRefused(DatabaseError):
    """The server wanted a password it did not get, or did not accept the one given."""

    def __init__(self, login: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "The database server did not accept the password of {login}."
            ),
            login=login,
        )


def keyring_user(url: URL) -> str:
    """The password's key: the login and where it signs in."""
    return f"{url.username}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def _team_url(url: str) -> URL | None:
    """The URL if it is a PostgreSQL database's with a login and no password."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "postgresql" or not parsed.username or parsed.password:
        return None
    return parsed


def with_stored_password(url: str) -> str:
    """``url`` with the password the keyring keeps for it, if it has none of its own."""
    parsed = _team_url(url)
    if parsed is None:
        return url
    password = stored_password(parsed)
    if password is None:
        return url
    return parsed.set(password=password).render_as_string(hide_password=False)


def with_password(url: str, password: str) -> str:
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def stored_password(url: URL) -> str | None:
    import keyring
    import keyring.errors

    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_user(url))
    except (keyring.errors.KeyringError, RuntimeError):
        # No password store, a locked or broken one: the password is asked again.
        return None


def store_password(url: str) -> None:
    """Keep the password ``url`` carries in the keyring for its login and server; a
    computer without a password store keeps nothing (the password is asked next time)."""
    import keyring
    import keyring.errors

    parsed = make_url(url)
    if parsed.password is None:
        return
    try:
        keyring.set_password(KEYRING_SERVICE, keyring_user(parsed), str(parsed.password))
    except (keyring.errors.KeyringError, RuntimeError):
        return


def sign_in_with(engine: Engine, password: str) -> None:
    """Connect to ``engine``'s database with ``password`` from now on (the person has
    just changed theirs), and keep it in the keyring in place of the old one."""

    def give_password(_dialect: Any, _record: Any, _args: Any, options: dict[str, Any]) -> None:
        options["password"] = password

    event.listen(engine, "do_connect", give_password)
    # Whatever opens this database again (a restore, another language) takes it from here.
    engine.url = engine.url.set(password=password)
    store_password(engine.url.render_as_string(hide_password=False))


def needs_password(url: str) -> bool:
    """Whether a password may be asked for this URL: a PostgreSQL login's without one."""
    return _team_url(url) is not None


def is_authentication_failure(error: BaseException | None) -> bool:
    if isinstance(error, DBAPIError):
        error = error.orig
    sqlstate = getattr(error, "sqlstate", None)
    if sqlstate in _AUTHENTICATION_STATES:
        return True
    said = str(error) if error is not None else ""
    return _NO_PASSWORD in said or _WRONG_PASSWORD in said
