"""How a feed reads in the views: its kind, its contents, where it goes, when it went."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ryhmat.domain.feeds import Feed, FeedKind
from ryhmat.domain.server_address import shown_address
from ryhmat.domain.usecases.feeds import FeedView
from ryhmat.labels import label
from ryhmat.ui.formatting import format_moment


def contents(view: FeedView) -> str:
    kind = label(view.feed.kind)
    if view.feed.kind is FeedKind.PUBLIC:
        return kind
    if not view.target:  # the organisation, group or worker was removed
        return QCoreApplication.translate("FeedTexts", "%1: no longer exists").replace("%1", kind)
    return f"{kind}: {view.target}"


def file_path(view: FeedView) -> str:
    return str(Path(view.feed.folder) / view.file_name) if view.feed.folder else ""


def destinations(view: FeedView) -> str:
    places = (file_path(view), shown_address(view.feed.caldav_url))
    return ", ".join(place for place in places if place)


def last_published(feed: Feed) -> str:
    moment = feed.last_published_at
    if moment is None:
        return QCoreApplication.translate("FeedTexts", "never")
    return format_moment(moment)
