"""Publishing a feed where it is meant to go: a folder, a CalDAV server, or both."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ryhmat.domain.errors import QT_TRANSLATE_NOOP
from ryhmat.domain.feeds import Feed, FeedDocument
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.feeds import (
    build_feed,
    change_token,
    delete_feed,
    feed_file_name,
    get_feed,
    mark_published,
    new_token,
)
from ryhmat.export.caldav_publish import (
    CalDavTarget,
    PublishReport,
    caldav_password,
    publish_events,
)
from ryhmat.export.errors import PublishError
from ryhmat.export.folder import (
    keep_index,
    publish_to_folder,
    remove_former_names,
    remove_published,
)
from ryhmat.export.ical import render_event, render_feed

UnitOfWorkFactory = Callable[[], UnitOfWork]
PasswordSource = Callable[[CalDavTarget], str]


@dataclass(frozen=True, slots=True)
class PublishOutcome:
    feed: str
    file: Path | None
    server: PublishReport | None


def caldav_target(feed: Feed) -> CalDavTarget:
    return CalDavTarget(
        url=feed.caldav_url,
        username=feed.caldav_username,
        calendar=feed.caldav_calendar or feed.name,
    )


def events_by_uid(document: FeedDocument) -> dict[str, bytes]:
    """Each event as a calendar object of its own, as CalDAV stores them, by UID."""
    return {event.uid: render_event(event) for event in document.events}


def publish_feed(
    unit_of_work: UnitOfWorkFactory,
    feed_id: uuid.UUID,
    now: datetime,
    rotate: bool = False,
    password: PasswordSource = caldav_password,
) -> PublishOutcome:
    """Build the feed, write it to its folder and/or server, and note when.

    With ``rotate`` the file gets a new secret name: the new file is written
    first, the new name saved, and only then the old file removed, so a failure
    at any step leaves a working URL behind.
    """
    with unit_of_work() as uow:
        feed = get_feed(uow, feed_id)
        if not feed.folder and not feed.caldav_url:
            raise PublishError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The feed “{name}” has no folder or calendar server to publish to."
                ),
                name=feed.name,
            )
        document = build_feed(uow, feed, now)
    old_file = feed_file_name(feed)
    if rotate:
        feed.token = new_token()
    file = None
    if feed.folder:
        file = publish_to_folder(Path(feed.folder), feed_file_name(feed), render_feed(document))
        keep_index(Path(feed.folder))
    report = None
    if feed.caldav_url:
        target = caldav_target(feed)
        report = publish_events(target, password(target), events_by_uid(document))
    with unit_of_work() as uow:
        mark_published(uow, feed_id, now, feed.token)
    if feed.folder and rotate:
        remove_published(Path(feed.folder), old_file)
    if feed.folder:
        remove_former_names(Path(feed.folder), feed_file_name(feed), f"-{feed.token}.ics")
    return PublishOutcome(feed.name, file, report)


def rotate_token(
    unit_of_work: UnitOfWorkFactory,
    feed_id: uuid.UUID,
    now: datetime,
    password: PasswordSource = caldav_password,
) -> PublishOutcome:
    """A new secret in the file name, revoking the old URL: the old file is removed."""
    with unit_of_work() as uow:
        feed = get_feed(uow, feed_id)
        if not feed.folder and not feed.caldav_url:
            change_token(uow, feed_id)
            return PublishOutcome(feed.name, None, None)
    return publish_feed(unit_of_work, feed_id, now, rotate=True, password=password)


def withdraw_from_former_folder(before: Feed, after: Feed) -> None:
    """After a feed's folder was changed or cleared: remove the file it published in
    the folder it had, which would otherwise stay at its secret address, never
    updated again. Raises PublishError if that folder cannot be written."""
    if not before.folder or _same_folder(before.folder, after.folder):
        return
    remove_published(Path(before.folder), feed_file_name(before))


def _same_folder(one: str, other: str) -> bool:
    return bool(other) and Path(one).expanduser().resolve() == Path(other).expanduser().resolve()


def withdraw_feed(
    unit_of_work: UnitOfWorkFactory,
    feed_id: uuid.UUID,
    password: PasswordSource = caldav_password,
) -> None:
    """Delete a feed and what it published: its file, and its events on the server.

    The feed is deleted only once both are gone, so a server that cannot be
    reached leaves the feed in place to withdraw again later.
    """
    with unit_of_work() as uow:
        feed = get_feed(uow, feed_id)
    if feed.folder:
        remove_published(Path(feed.folder), feed_file_name(feed))
    if feed.caldav_url:
        target = caldav_target(feed)
        publish_events(target, password(target), {})
    with unit_of_work() as uow:
        delete_feed(uow, feed_id)
