"""Calendar feeds from the command line: list, publish (for cron), export."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ryhmat.cli.commands import opened
from ryhmat.cli.output import check_output_file, write_json, write_table
from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput
from ryhmat.domain.feeds import Feed, FeedKind
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.scheduling import validate_period
from ryhmat.domain.server_address import shown_address
from ryhmat.domain.timezone import helsinki_now
from ryhmat.domain.usecases.feeds import (
    build_feed,
    build_feeds,
    default_feeds,
    feed_of,
    find_feed,
    list_feeds,
    slug,
)
from ryhmat.domain.usecases.publishing import FeedResult, FeedTarget, publish_each
from ryhmat.domain.usecases.sessions import EARLIEST, LATEST
from ryhmat.export.adapters import FeedPublishing
from ryhmat.export.folder import publish_to_folder
from ryhmat.export.ical import render_feed
from ryhmat.i18n import translate
from ryhmat.labels import label

EXIT_PUBLISH_FAILED = 2


def feeds(args: argparse.Namespace) -> int:
    with opened(args) as database, database.unit_of_work() as uow:
        views = list_feeds(uow)
    if args.json:
        write_json(
            sys.stdout,
            [
                {
                    "name": v.feed.name,
                    "kind": v.feed.kind,
                    "target": v.target,
                    "file": v.file_name if v.feed.folder else None,
                    "folder": v.feed.folder or None,
                    "caldav_url": shown_address(v.feed.caldav_url) or None,
                    "last_published_at": v.feed.last_published_at,
                }
                for v in views
            ],
        )
        return 0
    write_table(
        sys.stdout,
        [translate("Cli", "Name"), translate("Cli", "Contents"), translate("Cli", "Published to")],
        [
            [
                v.feed.name,
                f"{label(v.feed.kind)}: {v.target}" if v.target else label(v.feed.kind),
                ", ".join(
                    p
                    for p in (
                        v.feed.folder and str(Path(v.feed.folder) / v.file_name),
                        shown_address(v.feed.caldav_url),
                    )
                    if p
                ),
            ]
            for v in views
        ],
    )
    return 0


def publish(args: argparse.Namespace) -> int:
    """Publish one feed or all; a feed that fails does not stop the others (the use
    case the Calendar feeds page publishes with too)."""
    with opened(args) as database:
        with database.unit_of_work() as uow:
            chosen = [find_feed(uow, args.feed)] if args.feed else [v.feed for v in list_feeds(uow)]
        if not chosen:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "There are no calendar feeds yet."))
        targets = [FeedTarget(feed.id, feed.name) for feed in chosen]
        in_order = iter(chosen)  # publish_each tells of the feeds in the order given
        results = publish_each(
            database.unit_of_work,
            FeedPublishing(),
            targets,
            helsinki_now(),
            each=lambda result: _say(next(in_order), result),
        )
    failed = any(result.error is not None for result in results)
    return EXIT_PUBLISH_FAILED if failed else 0


def _say(feed: Feed, result: FeedResult) -> None:
    """Where one feed went, or why it did not, as soon as it is done."""
    if result.error is not None:
        print(f"{feed.name}: {result.error.message(translate)}", file=sys.stderr)
        return
    outcome = result.outcome
    assert outcome is not None
    places = [str(path) for path in (outcome.file, outcome.page) if path]
    if outcome.server is not None:
        report = outcome.server
        places.append(
            translate("Cli", "{url}: {created} new, {updated} changed, {deleted} removed").format(
                url=feed.caldav_url,
                created=report.created,
                updated=report.updated,
                deleted=report.deleted,
            )
        )
    print(f"{feed.name}: {'; '.join(places)}", flush=True)


def export_ical(args: argparse.Namespace) -> int:
    """One feed to a file, or (with no selector) every feed to a folder."""
    out = Path(args.out)
    window = None
    if args.first_day or args.last_day:
        window = (args.first_day or EARLIEST, args.last_day or LATEST)
        validate_period(*window)  # before a folder is made for nothing
    with opened(args) as database, database.unit_of_work() as uow:
        selected = _selector(args, uow)
        moment = helsinki_now()
        if selected is not None:
            check_output_file(out)
            content = render_feed(build_feed(uow, selected, moment, window))
            print(publish_to_folder(out.parent, out.name, content))
            return 0
        _make_folder(out)
        names: set[str] = set()
        every = default_feeds(uow)
        for feed, document in zip(every, build_feeds(uow, every, moment, window), strict=True):
            name = _unique(f"{feed.kind.value}-{slug(feed.name)}", names)
            print(publish_to_folder(out, f"{name}.ics", render_feed(document)))
    return 0


def _make_folder(path: Path) -> None:
    if path.exists() and not path.is_dir():
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is a file; give a folder, or choose one feed with "
                "--group, --organisation or --worker.",
            ),
            path=str(path),
        )
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The folder {path} cannot be created: {reason}"),
            path=str(path),
            reason=error.strerror or str(error),
        ) from None


def _unique(name: str, taken: set[str]) -> str:
    candidate, number = name, 2
    while candidate in taken:
        candidate, number = f"{name}-{number}", number + 1
    taken.add(candidate)
    return candidate


def _selector(args: argparse.Namespace, uow: UnitOfWork) -> Feed | None:
    for kind, name in (
        (FeedKind.ORGANISATION, args.organisation),
        (FeedKind.GROUP, args.group),
        (FeedKind.WORKER, args.worker),
    ):
        if name:
            return feed_of(uow, kind, name)
    return None
