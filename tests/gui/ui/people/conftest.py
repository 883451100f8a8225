"""Helpers of the people views' tests."""

from __future__ import annotations

from typing import Any

from ryhmat.ui.records import RECORD_ROLE, RecordListView


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
