"""Draws a month cell (the day's number and a coloured chip per session) and sizes a week cell."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QSize,
    Qt,
    QTextBoundaryFinder,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QPainter,
    QPalette,
    QStaticText,
    QTextOption,
    QTransform,
)
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ryhmat.ui.calendar.models import (
    CANCELLED_TEXT,
    CONFLICT_MARK,
    SESSION_TEXT,
    MonthDay,
    MonthModel,
    WeekModel,
)

AnyIndex = QModelIndex | QPersistentModelIndex
PADDING = 3
SPACING = 2
ELLIPSIS = "\N{HORIZONTAL ELLIPSIS}"
CONFLICT_BAR = 3  # the width of a double-booked session's red edge, within the padding
MIN_CHIPS = 3
LEFT_CENTRED = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
ENABLED = QStyle.StateFlag.State_Enabled
ACTIVE = QStyle.StateFlag.State_Active
SELECTED = QStyle.StateFlag.State_Selected
# Sizes and layouts a week delegate remembers before it starts afresh: a few seasons
# of sessions.
REMEMBERED_LAYOUTS = 5000


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
    passed through a QVariant would be converted to Qt and back for every paint.

    A chip's text, shortened to the chip and laid out, is remembered, and so are
    the day numbers and "+N more" lines: the same groups meet at the same times
    all month, and shortening and shaping each text was most of a month's paint.
    The view calls forget_layouts() when its font or style changes.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._chip_texts: dict[tuple[str, int], QStaticText] = {}
        self._lines: dict[tuple[str, bool], QStaticText] = {}
        # The cell font it was made from, the closure names' italic font and its metrics.
        self._closure_font: tuple[QFont, QFont, QFontMetrics] | None = None
        self._closure_texts: dict[tuple[str, int], QStaticText] = {}

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
        metrics = QFontMetrics(font)
        layout = ChipLayout(option.rect, metrics, len(month_day.sessions))
        painter.save()
        self._paint_day_number(painter, item, month_day, layout, metrics)
        if layout.chips:
            self._paint_chips(painter, font, layout, month_day)
        if layout.more is not None:
            more = QCoreApplication.translate("Calendar", "+%1 more").replace(
                "%1", str(layout.hidden)
            )
            painter.setFont(font)
            self._paint_line(painter, layout.more, self._line(more, font), metrics)
        painter.restore()

    def _line(self, text: str, font: QFont) -> QStaticText:
        """A day number or a "+N more" line, laid out once; only a bold font (today's)
        differs among the cells' fonts until the view's font changes."""
        key = (text, font.bold())
        laid_out = self._lines.get(key)
        if laid_out is None:
            forget_if_full(self._lines)
            laid_out = self._lines[key] = one_line_text(text, font)
        return laid_out

    @staticmethod
    def _paint_line(
        painter: QPainter,
        rect: QRect,
        laid_out: QStaticText,
        metrics: QFontMetrics,
        right_aligned: bool = False,
    ) -> None:
        """Where drawText() would put the line with AlignVCenter, on the left or right."""
        top = rect.top() + (rect.height() - metrics.height()) / 2
        left = (
            rect.left() + rect.width() - laid_out.size().width() if right_aligned else rect.left()
        )
        painter.drawStaticText(QPointF(left, top), laid_out)

    def _paint_day_number(
        self,
        painter: QPainter,
        item: QStyleOptionViewItem,
        month_day: MonthDay,
        layout: ChipLayout,
        metrics: QFontMetrics,
    ) -> None:
        # initStyleOption put the cell's foreground, if it has one, in the palette's Text.
        palette: QPalette = item.palette
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        text = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(text))
        painter.setFont(item.font)
        number = self._line(str(month_day.day.day), item.font)
        self._paint_line(painter, layout.day_number, number, metrics, right_aligned=True)
        if month_day.closure:
            # On the selected day the name takes the selection's text colour, as its number.
            colour = palette.color(text) if selected else CANCELLED_TEXT
            self._paint_closure(
                painter, item.font, layout.day_number, month_day.closure, number, colour
            )

    def _paint_closure(
        self,
        painter: QPainter,
        font: QFont,
        line: QRect,
        name: str,
        number: QStaticText,
        colour: QColor,
    ) -> None:
        """The closure's name in the day's band, left of the day number, in italics;
        shortened and laid out once for each width, as a closure spans many days."""
        room = line.width() - int(number.size().width()) - 2 * SPACING
        if room <= 0:
            return
        if self._closure_font is None or self._closure_font[0] != font:
            italic = QFont(font)
            italic.setBold(False)
            italic.setItalic(True)
            self._closure_font = (QFont(font), italic, QFontMetrics(italic))
            self._closure_texts.clear()
        _, italic, metrics = self._closure_font
        key = (name, room)
        laid_out = self._closure_texts.get(key)
        if laid_out is None:
            forget_if_full(self._closure_texts)
            shortened = metrics.elidedText(name, Qt.TextElideMode.ElideRight, room)
            laid_out = self._closure_texts[key] = one_line_text(shortened, italic)
        painter.setFont(italic)
        painter.setPen(colour)
        self._paint_line(painter, line, laid_out, metrics)

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
            if entry.in_conflict:
                painter.fillRect(conflict_edge(rect), CONFLICT_MARK)
            chip_font, metrics = fonts.of(entry.is_cancelled)
            painter.setFont(chip_font)
            painter.setPen(CANCELLED_TEXT if entry.is_cancelled else SESSION_TEXT)
            text_rect = rect.adjusted(PADDING, 0, -PADDING, 0)
            if entry.is_cancelled:
                # Struck through: QStaticText would put the line in the wrong place.
                shortened = metrics.elidedText(
                    chip_text, Qt.TextElideMode.ElideRight, text_rect.width()
                )
                painter.drawText(text_rect, LEFT_CENTRED, shortened)
                continue
            key = (chip_text, text_rect.width())
            laid_out = self._chip_texts.get(key)
            if laid_out is None:
                forget_if_full(self._chip_texts)
                shortened = metrics.elidedText(
                    chip_text, Qt.TextElideMode.ElideRight, text_rect.width()
                )
                laid_out = self._chip_texts[key] = one_line_text(shortened, chip_font)
            self._paint_line(painter, text_rect, laid_out, metrics)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return ChipLayout.size_hint(QFontMetrics(option.font))

    def forget_layouts(self) -> None:
        self._chip_texts.clear()
        self._lines.clear()
        self._closure_texts.clear()
        self._closure_font = None


class WordWrapDelegate(QStyledItemDelegate):
    """Qt's delegate, wrapping a cell's text only where a line may break (between
    words, after a hyphen); a word wider than the cell is shortened with "…" rather
    than broken inside it."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        text: str = option.text
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        width = option.rect.width() - 2 * text_margin(style, widget)
        if text and width > 0:
            option.text = self.fitted(text, option.font, width)

    def fitted(self, text: str, font: QFont, width: int) -> str:
        return words_fitted(text, QFontMetricsF(font), width)


class WeekCellDelegate(WordWrapDelegate):
    """Draws a week cell as Qt's style does, words wrapped as WordWrapDelegate says,
    with a red edge on a double-booked session; remembers each text's size and
    laid-out lines at each width.

    A group meets at the same time and place week after week, so most cells of a
    week have been measured and laid out before, and wrapping and shaping the
    whole text was most of a week's paint. The view calls forget_layouts() when
    its font or style changes.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sizes: dict[tuple[object, int], QSize] = {}
        self._texts: dict[tuple[object, int], QStaticText] = {}
        self._fitted: dict[tuple[str, int], str] = {}

    def fitted(self, text: str, font: QFont, width: int) -> str:
        # The cells' fonts differ only in their strike-out line until forget_layouts().
        key = (text, width)
        fitted = self._fitted.get(key)
        if fitted is None:
            forget_if_full(self._fitted)
            fitted = self._fitted[key] = super().fitted(text, font, width)
        return fitted

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        # The view gives a cell's column width when text wraps; the height is not used.
        key = (week_model_of(index).size_key(index.row(), index.column()), option.rect.width())
        size = self._sizes.get(key)
        if size is None:
            forget_if_full(self._sizes)
            size = self._sizes[key] = super().sizeHint(option, index)
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        model = week_model_of(index)
        text_key = model.size_key(index.row(), index.column())
        if text_key is None or text_key[1]:
            # An empty cell has no text; a cancelled one is struck through, and
            # QStaticText puts the line in the wrong place. (Neither is in conflict.)
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        # Qt's own: the text as the model gives it, fitted below only when laid out anew.
        QStyledItemDelegate.initStyleOption(self, item, index)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        text, font = item.text, item.font
        # A week cell has no icon or check box, so its text has the whole cell. (The
        # style's subElementRect() would say so too, after laying the text out once more.)
        text_rect = QRect(option.rect)
        # The style draws the background, the selection and the focus; the text is ours.
        item.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        entry = model.entry(index.row(), index.column())
        if entry is not None and entry.in_conflict:
            painter.fillRect(conflict_edge(option.rect), CONFLICT_MARK)
        margin = text_margin(style, widget)
        text_rect.adjust(margin, 0, -margin, 0)
        key = (text_key, text_rect.width())
        laid_out = self._texts.get(key)
        if laid_out is None:
            forget_if_full(self._texts)
            width = text_rect.width()
            laid_out = self._texts[key] = wrapped_text(self.fitted(text, font, width), font, width)
        painter.save()
        painter.setClipRect(option.rect)
        painter.setFont(font)
        painter.setPen(text_colour(item))
        # The model aligns a week cell's text to the top left, so no alignment is worked out.
        painter.drawStaticText(text_rect.topLeft(), laid_out)
        painter.restore()

    def forget_layouts(self) -> None:
        self._sizes.clear()
        self._texts.clear()
        self._fitted.clear()


def text_margin(style: QStyle, widget: QWidget | None) -> int:
    """The space the style leaves between a cell's edge and its text, on either side."""
    return style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1


def conflict_edge(rect: QRect) -> QRect:
    return QRect(rect.left(), rect.top(), CONFLICT_BAR, rect.height())


def words_fitted(text: str, metrics: QFontMetricsF, width: int) -> str:
    """``text`` with every word wider than ``width`` shortened with "…" to fit: wrapped
    at ``width``, its lines then break only where a line may break, never inside a
    word ("vanhemmuutee/n")."""
    lines = []
    for line in text.split("\n"):
        units = []
        for unit in break_units(line):
            word = unit.rstrip()
            # A pixel to spare: the layout rounds its widths, and a word that fits to
            # the fraction of a pixel may still be wrapped inside.
            room = width - 1
            if metrics.horizontalAdvance(word) > room:
                # Narrower than "…" itself, the cell still shows that a word is there.
                shortened = metrics.elidedText(word, Qt.TextElideMode.ElideRight, room) or ELLIPSIS
                unit = shortened + unit[len(word) :]
            units.append(unit)
        lines.append("".join(units))
    return "\n".join(lines)


def break_units(line: str) -> list[str]:
    """``line`` cut where a line may break (Unicode's rules, as Qt wraps): each piece a
    word with the spaces after it, or a part of a word ending in a hyphen."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, line)
    # Qt counts UTF-16 code units; a name may hold characters that take two.
    code_units = line.encode("utf-16-le")
    units, start = [], 0
    while (end := finder.toNextBoundary()) != -1:
        units.append(code_units[2 * start : 2 * end].decode("utf-16-le"))
        start = end
    return [unit for unit in units if unit]


def week_model_of(index: AnyIndex) -> WeekModel:
    model = index.model()
    assert isinstance(model, WeekModel), "the week's cells come from a WeekModel"
    return model


def forget_if_full(remembered: dict[Any, Any]) -> None:
    if len(remembered) >= REMEMBERED_LAYOUTS:
        remembered.clear()


def wrapped_text(text: str, font: QFont, width: int) -> QStaticText:
    """``text`` laid out once, wrapped at ``width`` as the style wraps a cell's text."""
    laid_out = QStaticText(text)
    laid_out.setTextFormat(Qt.TextFormat.PlainText)
    laid_out.setTextWidth(width)
    wrapping = QTextOption()
    wrapping.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    laid_out.setTextOption(wrapping)
    laid_out.prepare(QTransform(), font)
    return laid_out


def one_line_text(text: str, font: QFont) -> QStaticText:
    laid_out = QStaticText(text)
    laid_out.setTextFormat(Qt.TextFormat.PlainText)
    laid_out.prepare(QTransform(), font)
    return laid_out


def text_colour(item: QStyleOptionViewItem) -> QColor:
    """The colour Qt's style draws a cell's text in."""
    state = item.state
    if not state & ENABLED:
        group = QPalette.ColorGroup.Disabled
    elif not state & ACTIVE:
        group = QPalette.ColorGroup.Inactive
    else:
        group = QPalette.ColorGroup.Normal
    role = QPalette.ColorRole.HighlightedText if state & SELECTED else QPalette.ColorRole.Text
    return item.palette.color(group, role)
