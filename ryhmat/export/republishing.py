"""Republishing at the cost of what changed.

A feed keeps what it last published (``FeedPublication``): the digests of its
settings, of what it was built from and of its file, and each event's digest and
place on the calendar server. With those:

- a feed whose sources, settings, file and server copy are as recorded is not built,
  rendered, written or sent at all;
- otherwise it is built, and only the events whose digest changed are rendered: the
  file is put together from the blocks of the file on disk for the others, and the
  server gets a PUT for each changed event and a DELETE for each removed one, nothing
  else, not even a read;
- what cannot be trusted is published whole: no record, a record of another format
  or other settings, a file on disk that is not the one recorded, a server copy a
  run did not finish (the record of it is forgotten before a request is sent), and
  after restoring a backup (``forget_all``).

The result is the same, byte for byte, as a whole publish of the same data.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ryhmat.domain.feeds import FeedDocument, FeedEvent, FeedPublication, PublishedCopy
from ryhmat.domain.usecases.feeds import event_digest
from ryhmat.export.caldav_publish import ServerCopy
from ryhmat.export.ical import (
    RENDERING,
    assemble_feed,
    event_block,
    event_blocks,
    event_object,
    feed_head,
    in_order,
)

# The record's shape and the renderer's together: a change to either is a whole publish.
FORMAT = 1_000 + RENDERING


@dataclass(frozen=True, slots=True)
class Plan:
    """A feed's events now, in the file's order, and which of them differ from the
    record trusted for them (all of them without one)."""

    events: list[FeedEvent]
    digests: dict[str, str]
    before: dict[str, PublishedCopy]

    def changed(self, event: FeedEvent) -> bool:
        known = self.before.get(event.uid)
        return known is None or known.digest != self.digests[event.uid]

    @property
    def removed(self) -> list[PublishedCopy]:
        return [copy for uid, copy in self.before.items() if uid not in self.digests]


def plan(document: FeedDocument, trusted: FeedPublication | None) -> Plan:
    events = in_order(document.events)
    before = {copy.uid: copy for copy in trusted.events} if trusted is not None else {}
    return Plan(events, {event.uid: event_digest(event) for event in events}, before)


def trusted_record(known: FeedPublication | None, settings: str) -> FeedPublication | None:
    """The record, if it was made by this version for the feed's present settings."""
    if known is None or known.format != FORMAT or known.settings != settings:
        return None
    return known


def file_digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def holds_recorded_file(path: Path, known: FeedPublication) -> bool:
    """Is the file on disk the one the record says was written?"""
    return _recorded_content(path, known) is not None


class Renderer:
    """Renders a feed's changed events, once each, and counts them."""

    def __init__(self, plan: Plan) -> None:
        self._plan = plan
        self._blocks: dict[str, bytes] = {}

    @property
    def rendered(self) -> int:
        return len(self._blocks)

    def block(self, event: FeedEvent) -> bytes:
        block = self._blocks.get(event.uid)
        if block is None:
            block = self._blocks[event.uid] = event_block(event)
        return block

    def file(self, document: FeedDocument, path: Path, known: FeedPublication | None) -> bytes:
        """The feed's file: the blocks of unchanged events taken from the file on disk
        when it is the one recorded, the others rendered."""
        kept = _recorded_blocks(path, known) if known is not None else None
        if kept is None:
            blocks = [self.block(event) for event in self._plan.events]
        else:
            blocks = [
                self.block(event) if self._plan.changed(event) else kept[event.uid]
                for event in self._plan.events
            ]
        return assemble_feed(feed_head(document), blocks)

    def objects(self, events: Sequence[FeedEvent]) -> dict[str, bytes]:
        """The events as CalDAV calendar objects, by UID."""
        return {event.uid: event_object(self.block(event)) for event in events}


def record(
    feed_id: uuid.UUID,
    settings: str,
    sources: str,
    content: bytes | None,
    calendar_url: str,
    plan: Plan,
    copies: dict[str, ServerCopy],
) -> FeedPublication:
    """What was published now, to be trusted by the next publish."""
    return FeedPublication(
        feed_id=feed_id,
        format=FORMAT,
        settings=settings,
        sources=sources,
        file="" if content is None else file_digest(content),
        calendar_url=calendar_url,
        events=tuple(
            PublishedCopy(
                event.uid,
                plan.digests[event.uid],
                copies[event.uid].url if event.uid in copies else "",
                copies[event.uid].etag if event.uid in copies else "",
            )
            for event in plan.events
        ),
    )


def _recorded_blocks(path: Path, known: FeedPublication) -> dict[str, bytes] | None:
    """The file's event blocks by UID, if it is the file recorded; else None."""
    content = _recorded_content(path, known)
    if content is None:
        return None
    blocks = event_blocks(content)
    if blocks is None or len(blocks) != len(known.events):
        return None
    return {copy.uid: block for copy, block in zip(known.events, blocks, strict=True)}


def _recorded_content(path: Path, known: FeedPublication) -> bytes | None:
    """The file's content, if it is the file the record says was written; else None."""
    try:
        content = path.read_bytes()
    except OSError:
        return None
    return content if known.file and file_digest(content) == known.file else None
