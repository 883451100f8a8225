"""Draws a month cell (the day's number and a coloured chip per session) and sizes a week cell."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ryhmat.ui.calendar.models import (
    CANCELLED_TEXT,
    SESSION_TEXT,
    MonthDay,
    MonthModel,
    WeekModel,
)

AnyIndex = QModelIndex | QPersistentModelIndex
PADDING = 3
SPACING = 2
MIN_CHIPS = 3
# Sizes a week delegate remembers before it starts afresh: a few seasons of sessions.
REMEMBERED_SIZES = 5000


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


class ChipFonts:
    """The cell's font, not bold, struck through for a cancelled session; made once
    per cell and only when needed."""

    def __init__(self, font: QFont) -> None:
        self._font = font
        self._made: dict[bool, tuple[QFont, QFontMetrics]] = {}

    def of(self, cancelled: bool) -> tuple[QFont, QFontMetrics]:
        if cancelled not in self._made:
            chip_font = QFont(self._font)
            chip_font.setBold(False)
            chip_font.setStrikeOut(cancelled)
            self._made[cancelled] = (chip_font, QFontMetrics(chip_font))
        return self._made[cancelled]


class MonthDayDelegate(QStyledItemDelegate):
    """Reads the cell's day and chips from the MonthModel itself: a day's sessions
    passed through a QVariant would be converted to Qt and back for every paint."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        model = index.model()
        assert isinstance(model, MonthModel), "the month's cells come from a MonthModel"
        month_day = model.month_day(index.row(), index.column())
        font: QFont = item.font
        layout = ChipLayout(option.rect, QFontMetrics(font), len(month_day.sessions))
        painter.save()
        self._paint_day_number(painter, item, month_day, layout)
        if layout.chips:
            self._paint_chips(painter, font, layout, month_day)
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
        month_day: MonthDay,
        layout: ChipLayout,
    ) -> None:
        # initStyleOption put the cell's foreground, if it has one, in the palette's Text.
        palette: QPalette = item.palette
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        text = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(text))
        painter.setFont(item.font)
        painter.drawText(
            layout.day_number,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            str(month_day.day.day),
        )

    def _paint_chips(
        self, painter: QPainter, font: QFont, layout: ChipLayout, month_day: MonthDay
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fonts = ChipFonts(font)
        chips = zip(
            layout.chips,
            month_day.sessions,
            month_day.chip_texts,
            month_day.chip_colours,
            strict=False,
        )
        for rect, entry, chip_text, colour in chips:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(rect, 3, 3)
            chip_font, metrics = fonts.of(entry.is_cancelled)
            painter.setFont(chip_font)
            painter.setPen(CANCELLED_TEXT if entry.is_cancelled else SESSION_TEXT)
            text_rect = rect.adjusted(PADDING, 0, -PADDING, 0)
            text = metrics.elidedText(chip_text, Qt.TextElideMode.ElideRight, text_rect.width())
            painter.drawText(
                text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
            )

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return ChipLayout.size_hint(QFontMetrics(option.font))


class WeekCellDelegate(QStyledItemDelegate):
    """Draws a week cell as Qt does; remembers how big each text is at each width.

    A group meets at the same time and place week after week, so most cells of
    a week have been measured before, and measuring wraps and shapes the whole
    text. The view calls forget_sizes() when its font or style changes.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sizes: dict[tuple[object, int], QSize] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        model = index.model()
        assert isinstance(model, WeekModel), "the week's cells come from a WeekModel"
        # The view gives a cell's column width when text wraps; the height is not used.
        key = (model.size_key(index.row(), index.column()), option.rect.width())
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) >= REMEMBERED_SIZES:
                self._sizes.clear()
            size = self._sizes[key] = super().sizeHint(option, index)
        return size

    def forget_sizes(self) -> None:
        self._sizes.clear()
