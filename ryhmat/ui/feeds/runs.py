"""Publishing feeds off the GUI thread: one feed's failure does not stop the others."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from ryhmat.domain.errors import UserError
from ryhmat.export.publishing import (
    PublishOutcome,
    UnitOfWorkFactory,
    publish_feed,
    rotate_token,
)


@dataclass(frozen=True, slots=True)
class FeedTarget:
    id: uuid.UUID
    name: str


@dataclass(frozen=True, slots=True)
class FeedResult:
    """What became of one feed: where it went, or why it did not."""

    name: str
    outcome: PublishOutcome | None = None
    error: UserError | None = None


def publish_each(
    unit_of_work: UnitOfWorkFactory,
    feeds: Sequence[FeedTarget],
    now: datetime,
    rotate: bool = False,
) -> list[FeedResult]:
    """Publish (or give a new secret address to) every feed in turn."""
    results: list[FeedResult] = []
    for feed in feeds:
        try:
            if rotate:
                outcome = rotate_token(unit_of_work, feed.id, now)
            else:
                outcome = publish_feed(unit_of_work, feed.id, now)
        except UserError as error:  # a folder or server the person can fix
            results.append(FeedResult(feed.name, error=error))
        else:
            results.append(FeedResult(feed.name, outcome=outcome))
    return results
