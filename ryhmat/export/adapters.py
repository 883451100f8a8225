"""The export side of the use cases' ports (domain/ports.py), as app.py wires them in.

Each imports its library when first used: the CalDAV client and openpyxl take most
of a second to import, and the window is shown without them.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ryhmat.domain.feeds import Feed
from ryhmat.domain.ports import Progress, UnitOfWorkFactory

if TYPE_CHECKING:
    from ryhmat.domain.statistics import Statistics
    from ryhmat.domain.usecases.workbook import WorkbookData
    from ryhmat.export.publishing import PublishOutcome
    from ryhmat.export.roster_file import RosterFile


class FeedPublishing:
    """The FeedPublisher port: folders and CalDAV servers (export.publishing), the
    passwords in the operating system's password store."""

    def publish(
        self, unit_of_work: UnitOfWorkFactory, feed_id: uuid.UUID, now: datetime
    ) -> PublishOutcome:
        from ryhmat.export.publishing import publish_feed

        return publish_feed(unit_of_work, feed_id, now)

    def rotate(
        self, unit_of_work: UnitOfWorkFactory, feed_id: uuid.UUID, now: datetime
    ) -> PublishOutcome:
        from ryhmat.export.publishing import rotate_token

        return rotate_token(unit_of_work, feed_id, now)

    def withdraw(self, unit_of_work: UnitOfWorkFactory, feed_id: uuid.UUID) -> None:
        from ryhmat.export.publishing import withdraw_feed

        withdraw_feed(unit_of_work, feed_id)

    def withdraw_from_former_folder(self, before: Feed, after: Feed) -> None:
        from ryhmat.export.publishing import withdraw_from_former_folder

        withdraw_from_former_folder(before, after)

    def store_password(self, feed: Feed, password: str) -> None:
        from ryhmat.export.caldav_publish import store_caldav_password
        from ryhmat.export.publishing import caldav_target

        store_caldav_password(caldav_target(feed), password)


def write_workbook(
    path: Path, statistics: Statistics, data: WorkbookData, progress: Progress | None = None
) -> None:
    """The WorkbookWriter port: export.excel's workbook."""
    from ryhmat.export import excel

    excel.write_workbook(path, statistics, data, progress)


def read_roster(path: Path) -> RosterFile:
    """The RosterReader port: export.roster_file's checked reading."""
    from ryhmat.export import roster_file

    return roster_file.read_roster(path)
