"""Publishing feeds where they go, through the FeedPublisher port: one feed's failure
does not stop the others, and a feed's new settings are saved before its old file goes."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from ryhmat.domain.errors import UserError
from ryhmat.domain.feeds import Feed
from ryhmat.domain.ports import FeedPublisher, PublishedFeed, UnitOfWorkFactory
from ryhmat.domain.usecases.feeds import save_feed, validate_feed


@dataclass(frozen=True, slots=True)
class FeedTarget:
    id: uuid.UUID
    name: str


@dataclass(frozen=True, slots=True)
class FeedResult:
    """What became of one feed: where it went, or why it did not."""

    name: str
    outcome: PublishedFeed | None = None
    error: UserError | None = None


def publish_each(
    unit_of_work: UnitOfWorkFactory,
    publisher: FeedPublisher,
    feeds: Sequence[FeedTarget],
    now: datetime,
    rotate: bool = False,
    each: Callable[[FeedResult], object] = lambda _result: None,
) -> list[FeedResult]:
    """Publish (or give a new secret address to) every feed in turn; ``each`` hears of
    every feed as soon as it is done, so that a long run can be followed."""
    results: list[FeedResult] = []
    for feed in feeds:
        try:
            if rotate:
                outcome = publisher.rotate(unit_of_work, feed.id, now)
            else:
                outcome = publisher.publish(unit_of_work, feed.id, now)
        except UserError as error:  # a folder or server the person can fix
            result = FeedResult(feed.name, error=error)
        else:
            result = FeedResult(feed.name, outcome=outcome)
        results.append(result)
        each(result)
    return results


def save_feed_settings(
    unit_of_work: UnitOfWorkFactory,
    publisher: FeedPublisher,
    before: Feed,
    feed: Feed,
    password: str,
) -> UserError | None:
    """Save an edited feed: checked first, so that a mistake stores no password; then
    the password (if one was typed) to the password store, the feed, and last the file
    left in a folder the feed no longer has. The feed is saved even if that file
    cannot be removed: that problem is returned, to be said, not hidden."""
    with unit_of_work() as uow:
        validate_feed(uow, feed)
    if password:
        publisher.store_password(feed, password)
    with unit_of_work() as uow:
        save_feed(uow, feed)
    try:
        publisher.withdraw_from_former_folder(before, feed)
    except UserError as error:
        return error
    return None
