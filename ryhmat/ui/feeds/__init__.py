"""Calendar feeds: what each partner's calendar carries, and publishing it."""

from ryhmat.ui.feeds.editor import FeedEditor
from ryhmat.ui.feeds.page import FeedsPage

__all__ = ["FeedEditor", "FeedsPage"]
