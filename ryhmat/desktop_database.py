"""The open database as the desktop app and its window use it: storage's side of
``ryhmat.app``. Imported once the window is shown (SQLAlchemy and the mapping of the
tables take a good part of a second to import, and the window does not wait)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from ryhmat.domain.timezone import helsinki_now
from ryhmat.storage.backup import (
    Restored,
    backup_folder,
    backup_sqlite,
    can_back_up,
    check_backup,
    database_file,
    restore_sqlite,
    safety_copies,
)
from ryhmat.storage.backup_names import SAFETY_COPIES_KEPT
from ryhmat.storage.database import Database
from ryhmat.storage.uow import operating_system_user


class OpenDatabase:
    """The window's view of the open database: its name, backups and restoring one.
    The clock dates the copy of the data a restore replaces."""

    def __init__(self, database: Database, clock: Callable[[], datetime] = helsinki_now) -> None:
        self.database = database
        self._clock = clock

    @property
    def display_name(self) -> str:
        return self.database.display_name

    @property
    def can_backup(self) -> bool:
        return can_back_up(self.database.engine)

    def backup_to(self, target: Path) -> None:
        backup_sqlite(self.database.engine, target)

    @property
    def backups_folder(self) -> Path | None:
        source = database_file(self.database.engine)
        return None if source is None else backup_folder(source)

    def check_backup(self, backup: Path) -> datetime:
        return check_backup(self.database.engine, backup)

    def restore_from(self, backup: Path) -> Restored:
        return restore_sqlite(self.database.engine, backup, self._clock())

    @property
    def safety_copies(self) -> list[Path]:
        source = database_file(self.database.engine)
        return [] if source is None else safety_copies(source)

    @property
    def safety_copies_kept(self) -> int:
        return SAFETY_COPIES_KEPT

    @property
    def login_name(self) -> str:
        if self.is_team_database:
            actor = self.database.actor
            return actor if isinstance(actor, str) else actor()
        return operating_system_user()

    @property
    def is_team_database(self) -> bool:
        return self.database.engine.dialect.name == "postgresql"

    def set_actor(self, worker_name: str) -> None:
        self.database.actor = worker_name or operating_system_user()
