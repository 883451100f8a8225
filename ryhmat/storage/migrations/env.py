"""Alembic environment of Ryhmät.

At runtime ``upgrade_to_head`` passes its open connection in
``config.attributes["connection"]`` (so an in-memory SQLite database migrates
the very connection the app then uses). From the command line, for writing
new revisions, the URL comes from ``-x url=...``, ``RYHMAT_DATABASE_URL`` or
``sqlalchemy.url`` of the ini file.
"""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import Connection, create_engine, pool

from ryhmat.storage.orm import metadata

config = context.config
target_metadata = metadata


def run_on(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def command_line_url() -> str:
    url = (
        context.get_x_argument(as_dictionary=True).get("url")
        or os.environ.get("RYHMAT_DATABASE_URL")
        or config.get_main_option("sqlalchemy.url")
    )
    if not url:
        raise SystemExit("give the database with -x url=... or RYHMAT_DATABASE_URL")
    return url


def run_offline() -> None:
    context.configure(url=command_line_url(), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run_on(connection)
        return
    # Hidden parameters: a failed data migration's message must not carry families' data.
    engine = create_engine(command_line_url(), poolclass=pool.NullPool, hide_parameters=True)
    try:
        with engine.connect() as new_connection:
            run_on(new_connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
