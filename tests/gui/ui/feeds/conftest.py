"""Fixtures and helpers of the calendar feed tests."""

from __future__ import annotations

from typing import Any

from ryhmat.domain.feeds import Feed
from ryhmat.domain.usecases.feeds import FeedView, list_feeds, save_feed
from ryhmat.ui.context import AppContext
from ryhmat.ui.records import RECORD_ROLE, RecordListView
from tests.keyrings import memory_keyring as memory_keyring
from tests.keyrings import no_keyring as no_keyring


def add_feed(context: AppContext, feed: Feed) -> Feed:
    context.write(lambda uow: save_feed(uow, feed))
    return feed


def saved_feeds(context: AppContext) -> dict[str, FeedView]:
    return {view.feed.name: view for view in context.read(list_feeds)}


def shown(view: RecordListView[Any], column: int = 0) -> list[str]:
    """The texts of a column, as the (sorted, filtered) table shows them."""
    proxy = view.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def choose_row(view: RecordListView[Any], name: str) -> None:
    """Make the row whose first column reads ``name`` current."""
    proxy = view.proxy
    rows = [r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == name]
    assert rows, name
    view.table.setCurrentIndex(proxy.index(rows[0], 0))
    assert proxy.data(view.table.currentIndex(), RECORD_ROLE) is not None
