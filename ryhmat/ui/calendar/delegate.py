"""Draws a month cell: the day's number and a coloured chip per session."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ryhmat.domain.usecases.calendar import CalendarEntry
from ryhmat.ui.calendar.dates import session_chip_text
from ryhmat.ui.calendar.models import (
    CANCELLED_TEXT,
    DAY_ROLE,
    SESSION_TEXT,
    SESSIONS_ROLE,
)
from ryhmat.ui.colors import group_colour

AnyIndex = QModelIndex | QPersistentModelIndex
PADDING = 3
SPACING = 2
MIN_CHIPS = 3


class ChipLayout:
    """Where the day number, the chips and the "+N more" line go inside a cell."""

    def __init__(self, cell: QRect, metrics: QFontMetrics, count: int) -> None:
        inner = cell.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        line = metrics.height()
        self.day_number = QRect(inner.left(), inner.top(), inner.width(), line)
        chip_height = line + 2
        top = inner.top() + line + SPACING
        room = max(0, (inner.bottom() + 1 - top + SPACING) // (chip_height + SPACING))
        shown = count if count <= room else max(room - 1, 0)
        self.chips = [
            QRect(inner.left(), top + i * (chip_height + SPACING), inner.width(), chip_height)
            for i in range(shown)
        ]
        self.hidden = count - shown
        more_top = top + shown * (chip_height + SPACING)
        self.more = QRect(inner.left(), more_top, inner.width(), line) if self.hidden else None

    def chip_at(self, point: QPoint) -> int | None:
        for number, rect in enumerate(self.chips):
            if rect.contains(point):
                return number
        return None

    @staticmethod
    def size_hint(metrics: QFontMetrics) -> QSize:
        line = metrics.height()
        height = 2 * PADDING + line + MIN_CHIPS * (line + 2 + SPACING)
        return QSize(metrics.horizontalAdvance("0") * 14, height)


class MonthDayDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        sessions: list[CalendarEntry] = index.data(SESSIONS_ROLE) or []
        cell: QRect = option.rect
        font: QFont = item.font
        layout = ChipLayout(cell, QFontMetrics(font), len(sessions))
        painter.save()
        self._paint_day_number(painter, item, index, layout)
        for rect, entry in zip(layout.chips, sessions, strict=False):
            self._paint_chip(painter, font, rect, entry)
        if layout.more is not None:
            painter.setFont(font)
            painter.drawText(
                layout.more,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                QCoreApplication.translate("Calendar", "+%1 more").replace(
                    "%1", str(layout.hidden)
                ),
            )
        painter.restore()

    def _paint_day_number(
        self,
        painter: QPainter,
        item: QStyleOptionViewItem,
        index: AnyIndex,
        layout: ChipLayout,
    ) -> None:
        palette: QPalette = item.palette
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if selected:
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        elif foreground is not None:
            painter.setPen(foreground)
        else:
            painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.setFont(item.font)
        painter.drawText(
            layout.day_number,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            str(index.data(DAY_ROLE).day),
        )

    def _paint_chip(
        self, painter: QPainter, font: QFont, rect: QRect, entry: CalendarEntry
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(group_colour(entry.group_id))
        painter.drawRoundedRect(rect, 3, 3)
        chip_font = QFont(font)
        chip_font.setBold(False)
        chip_font.setStrikeOut(entry.is_cancelled)
        painter.setFont(chip_font)
        painter.setPen(CANCELLED_TEXT if entry.is_cancelled else SESSION_TEXT)
        text_rect = rect.adjusted(PADDING, 0, -PADDING, 0)
        text = QFontMetrics(chip_font).elidedText(
            session_chip_text(entry), Qt.TextElideMode.ElideRight, text_rect.width()
        )
        painter.drawText(
            text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return ChipLayout.size_hint(QFontMetrics(option.font))
