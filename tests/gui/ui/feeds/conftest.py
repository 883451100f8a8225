"""Fixtures and helpers of the calendar feed tests."""

from __future__ import annotations

from ryhmat.domain.feeds import Feed
from ryhmat.domain.usecases.feeds import FeedView, list_feeds, save_feed
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from tests.keyrings import memory_keyring as memory_keyring
from tests.keyrings import no_keyring as no_keyring


def add_feed(context: AppContext, feed: Feed) -> Feed:
    context.write(lambda uow: save_feed(uow, feed), Changes.FEEDS)
    return feed


def saved_feeds(context: AppContext) -> dict[str, FeedView]:
    return {view.feed.name: view for view in context.read(list_feeds)}
