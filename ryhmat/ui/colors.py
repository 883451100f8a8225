"""A calm, stable colour for each group, so a group looks the same every week, and
the colours of what became of the sessions."""

from __future__ import annotations

import uuid

from PySide6.QtGui import QColor

# Soft tones that keep black text readable; enough for a team's groups.
PALETTE = (
    "#cfe3f7",
    "#d5ecd4",
    "#fbe3c3",
    "#e7d8f3",
    "#f8d3d8",
    "#d3eeee",
    "#efe8c2",
    "#dcdcf5",
    "#f3dccb",
    "#d9e8c9",
    "#f2d6ec",
    "#cde1e6",
)


def group_colour(group_id: uuid.UUID) -> QColor:
    return QColor(PALETTE[group_id.int % len(PALETTE)])


# Sessions in the charts: held in a calm green, cancelled in a grey that claims no
# success, not recorded in the amber of something left to do.
HELD_COLOUR = "#5a9e6f"
CANCELLED_COLOUR = "#a0a0a0"
UNRECORDED_COLOUR = "#e0a030"
