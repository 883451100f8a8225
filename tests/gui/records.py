"""What the tests read from and set in a RecordListView, the app's sortable lists."""

from __future__ import annotations

from typing import Any

from ryhmat.ui.records import RECORD_ROLE, RecordListView


def shown(view: RecordListView[Any], column: int = 0) -> list[str]:
    """The texts of a column, as the (sorted, filtered) table shows them."""
    proxy = view.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def choose_row(view: RecordListView[Any], name: str) -> None:
    """Make the one row whose first column reads ``name`` current."""
    proxy = view.proxy
    rows = [row for row, text in enumerate(shown(view)) if text == name]
    assert len(rows) == 1, (name, shown(view))
    view.table.setCurrentIndex(proxy.index(rows[0], 0))
    assert proxy.data(view.table.currentIndex(), RECORD_ROLE) is not None
