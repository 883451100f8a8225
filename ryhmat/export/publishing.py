"""Publishing a feed where it is meant to go: a folder, a CalDAV server, or both."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ryhmat.domain.errors import QT_TRANSLATE_NOOP
from ryhmat.domain.feeds import Feed, FeedDocument, FeedKind, FeedPublication
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.feeds import (
    build_feed,
    build_public_feed,
    change_token,
    delete_feed,
    feed_file_name,
    feed_sources,
    get_feed,
    mark_published,
    new_token,
    settings_digest,
    sources_after,
)
from ryhmat.export.caldav_publish import (
    CalDavTarget,
    PublishReport,
    ServerCopy,
    caldav_password,
    publish_events,
    send_changes,
    synchronise_events,
)
from ryhmat.export.errors import PublishError
from ryhmat.export.folder import (
    INDEX_NAME,
    folder_error,
    keep_index,
    keep_published_mode,
    publish_to_folder,
    remove_former_names,
    remove_published,
)
from ryhmat.export.ical import render_event
from ryhmat.export.programme_site import pages_present, publish_pages, withdraw_pages
from ryhmat.export.republishing import (
    Plan,
    Renderer,
    holds_recorded_file,
    plan,
    record,
    trusted_record,
)

UnitOfWorkFactory = Callable[[], UnitOfWork]
PasswordSource = Callable[[CalDavTarget], str]


@dataclass(frozen=True, slots=True)
class PublishOutcome:
    feed: str
    file: Path | None
    server: PublishReport | None
    rendered: int = 0  # events rendered: those that changed, or all in a whole publish
    page: Path | None = None  # the public feed's programme page, beside its file


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

    Only what changed since the last publish is rendered, written and sent (see
    ``republishing``); a feed that has not changed is not even built.

    The feed of all public groups writes its programme pages beside its file
    (``programme_site``), built from the same reading of the sessions.

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
        # Read before building: a change made meanwhile makes the next publish look again.
        sources = feed_sources(uow, feed, now)
        known = uow.feed_publications.get(feed_id)
        if not rotate and _unchanged(feed, sources.digest(), known):
            assert known is not None
            return _republished_unchanged(uow, feed, now, known)
        programme = None
        if feed.folder and feed.kind is FeedKind.PUBLIC:
            document, programme = build_public_feed(uow, feed, now)
        else:
            document = build_feed(uow, feed, now)
    built_from = sources_after(sources, document).digest()
    old_file = feed_file_name(feed)
    if rotate:
        feed.token = new_token()
    settings = settings_digest(feed)
    trusted = trusted_record(known, settings)
    changes = plan(document, trusted)
    renderer = Renderer(changes)
    file = content = page = None
    if feed.folder:
        path = Path(feed.folder) / feed_file_name(feed)
        content = renderer.file(document, path, trusted)
        file = publish_to_folder(Path(feed.folder), feed_file_name(feed), content)
        keep_index(Path(feed.folder))
        if programme is not None:
            page = publish_pages(Path(feed.folder), programme, document, content)
    report, calendar_url = None, ""
    copies: dict[str, ServerCopy] = {}
    if feed.caldav_url:
        report, calendar_url, copies = _send(
            unit_of_work, feed, password, trusted, changes, renderer
        )
    with unit_of_work() as uow:
        uow.feed_publications.save(
            record(feed_id, settings, built_from, content, calendar_url, changes, copies)
        )
        mark_published(uow, feed_id, now, feed.token)
    if feed.folder and rotate:
        remove_published(Path(feed.folder), old_file)
    if feed.folder:
        remove_former_names(Path(feed.folder), feed_file_name(feed), f"-{feed.token}.ics")
    return PublishOutcome(feed.name, file, report, renderer.rendered, page)


def _publish_missing_pages(uow: UnitOfWork, feed: Feed, now: datetime) -> Path:
    """The public feed's pages, where they are missing beside its unchanged file."""
    folder = Path(feed.folder)
    document, programme = build_public_feed(uow, feed, now)
    try:
        content = (folder / feed_file_name(feed)).read_bytes()
    except OSError as error:
        raise folder_error(folder, error) from error
    return publish_pages(folder, programme, document, content)


def _unchanged(feed: Feed, sources: str, known: FeedPublication | None) -> bool:
    """Is everything the feed published as recorded: sources, settings, file and server?"""
    trusted = trusted_record(known, settings_digest(feed))
    if trusted is None or trusted.sources != sources:
        return False
    if feed.caldav_url and not trusted.calendar_url:
        return False
    return not feed.folder or holds_recorded_file(Path(feed.folder) / feed_file_name(feed), trusted)


def _republished_unchanged(
    uow: UnitOfWork, feed: Feed, now: datetime, known: FeedPublication
) -> PublishOutcome:
    """Nothing rendered, written or sent: the folder's housekeeping and the time noted.
    The public feed's pages are as they were too: what they show is in the feed's
    sources (its days, its groups' descriptions and ages among them); they are written
    only when they are missing."""
    mark_published(uow, feed.id, now)
    file = page = None
    if feed.folder:
        folder = Path(feed.folder)
        keep_published_mode(folder, feed_file_name(feed))
        keep_index(folder)
        if feed.kind is FeedKind.PUBLIC:
            page = folder / INDEX_NAME
            if not pages_present(folder):
                page = _publish_missing_pages(uow, feed, now)
        remove_former_names(folder, feed_file_name(feed), f"-{feed.token}.ics")
        file = folder / feed_file_name(feed)
    report = PublishReport(unchanged=len(known.events)) if feed.caldav_url else None
    return PublishOutcome(feed.name, file, report, 0, page)


def _send(
    unit_of_work: UnitOfWorkFactory,
    feed: Feed,
    password: PasswordSource,
    trusted: FeedPublication | None,
    changes: Plan,
    renderer: Renderer,
) -> tuple[PublishReport, str, dict[str, ServerCopy]]:
    """The feed's events to its calendar server: only the changed ones when the record
    of the server's copy is trusted, else all of them, comparing with what is there."""
    target = caldav_target(feed)
    if trusted is None or not trusted.calendar_url or not trusted.events:
        synchronised = synchronise_events(
            target, password(target), renderer.objects(changes.events)
        )
        return synchronised.report, synchronised.calendar_url, synchronised.copies
    calendar_url = trusted.calendar_url
    changed = [event for event in changes.events if changes.changed(event)]
    removed = changes.removed
    copies = {
        uid: ServerCopy(copy.url, copy.etag)
        for uid, copy in changes.before.items()
        if uid in changes.digests and copy.url
    }
    if changed or removed:
        with unit_of_work() as uow:
            # A run stopped half way leaves the server's copy unknown: the next is whole.
            uow.feed_publications.forget(feed.id)
            uow.commit()
        objects = renderer.objects(changed)
        sent = send_changes(
            target,
            password(target),
            calendar_url,
            {event.uid: (objects[event.uid], copies.get(event.uid)) for event in changed},
            [ServerCopy(copy.url, copy.etag) for copy in removed],
        )
        copies.update(sent)
    created = sum(1 for event in changed if event.uid not in changes.before)
    report = PublishReport(
        created=created,
        updated=len(changed) - created,
        deleted=len(removed),
        unchanged=len(changes.events) - len(changed),
    )
    return report, calendar_url, copies


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
    if not before.folder:
        return
    moved = not _same_folder(before.folder, after.folder)
    if before.kind is FeedKind.PUBLIC and (moved or after.kind is not FeedKind.PUBLIC):
        withdraw_pages(Path(before.folder))
    if moved:
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
        if feed.kind is FeedKind.PUBLIC:
            withdraw_pages(Path(feed.folder))  # its programme pages and their calendars
        remove_published(Path(feed.folder), feed_file_name(feed))
    if feed.caldav_url:
        target = caldav_target(feed)
        publish_events(target, password(target), {})
    with unit_of_work() as uow:
        delete_feed(uow, feed_id)
