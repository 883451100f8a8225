"""Date and time fields that take what a person types, as Finns type it.

Qt's QDateEdit and QTimeEdit edit a date in sections: a typed dot jumps to the
next section and a digit too many rolls over, so "6.1.2027" typed over a date can
become 6.12.2026. These fields are line edits instead: the text is read whole by
``ryhmat.domain.typed_values`` when the person leaves the field or presses Enter
(6.1.2027, 06.01.2027, 6.1.27; 9.30, 09.30, 930), and then written back as the app
writes dates and times. A text that names no date or time — 31.2.2027 — is marked
in the field, its reason is told, and reading the field raises that reason as an
``InvalidInput``, so a form can never save some other day in its place.

The date field keeps its calendar pop-up (the button at its end, Alt+Down or F4);
Up and Down step a day, Page Up and Page Down a week; in the time field Up and Down
step a quarter of an hour.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Generic, TypeVar

from PySide6.QtCore import QDate, QPoint, QRegularExpression, QSize, Qt, QTime, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFocusEvent,
    QIcon,
    QKeyEvent,
    QPainter,
    QPalette,
    QPixmap,
    QRegularExpressionValidator,
)
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ryhmat.domain.errors import UserError
from ryhmat.domain.typed_values import read_date, read_time
from ryhmat.ui.formatting import format_date, format_time, from_qdate, to_qdate, to_qtime
from ryhmat.ui.lifetime import while_alive
from ryhmat.ui.messages import error_text

V = TypeVar("V", date, time)

# Digits and what may separate them; letters never get in.
_TYPABLE = QRegularExpression(r"[0-9 .,:/-]{0,16}")
_INVALID_BASE = QColor("#fde7e9")
_INVALID_TEXT = QColor("#a4262c")
QUARTER_HOUR = 15
# A key and the step it takes: how many, and whether a big one (a week, an hour).
_STEP_KEYS = (
    (Qt.Key.Key_Up, (1, False)),
    (Qt.Key.Key_Down, (-1, False)),
    (Qt.Key.Key_PageUp, (1, True)),
    (Qt.Key.Key_PageDown, (-1, True)),
)
MINUTES_PER_DAY = 24 * 60


class _TypedField(QLineEdit, Generic[V]):
    """A line edit holding one value; the shared part of the date and time fields.

    ``problem_changed(text)`` tells a form what is wrong with the typed text (empty
    once it is right again), so the form can show it where it shows its errors.
    """

    problem_changed = Signal(str)  # what is wrong with the typed text; "" once right

    def __init__(self, value: V, sample: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: V = value
        self._problem = ""
        self._sample = sample
        self._normal_palette = QPalette(self.palette())
        self.setValidator(QRegularExpressionValidator(_TYPABLE, self))
        # As wide as a date or a time, not as the form: the value reads at a glance.
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        # A focused field deleted with its form says so too (ryhmat/ui/lifetime.py).
        self.editingFinished.connect(while_alive(self, self.commit))
        self.textEdited.connect(self._typing)
        self._show(value)

    # -- reading and writing ----------------------------------------------------------

    def _read(self, text: str) -> V:
        raise NotImplementedError

    def _written(self, value: V) -> str:
        raise NotImplementedError

    def _announce(self, value: V) -> None:
        """Emit the subclass's changed signal."""
        raise NotImplementedError

    def value(self) -> V:
        """What the field says now, typed or chosen; InvalidInput if it says no date
        or time (the field is then marked, and a form must save nothing)."""
        if self.text() == self._written(self._value):
            return self._value
        return self._read(self.text())

    def set_value(self, value: V) -> None:
        """Show ``value`` (a value from the program, not a person's typing)."""
        self._show(value)
        self._change(value)

    @property
    def problem(self) -> str:
        """What is wrong with the typed text, or empty."""
        return self._problem

    def commit(self) -> None:
        """Read what was typed: write it back as the app writes it, or mark it wrong."""
        try:
            value = self._read(self.text())
        except UserError as error:
            self._mark(error_text(error))
            return
        self._show(value)
        self._change(value)

    def _show(self, value: V) -> None:
        self.setText(self._written(value))
        self._mark("")

    def _change(self, value: V) -> None:
        if value != self._value:
            self._value = value
            self._announce(value)

    def _typing(self) -> None:
        # The mark goes while the person corrects the text; leaving the field reads it again.
        if self._problem:
            self._mark("")

    def _mark(self, problem: str) -> None:
        if problem == self._problem:
            return
        self._problem = problem
        palette = QPalette(self._normal_palette)
        if problem:
            palette.setColor(QPalette.ColorRole.Base, _INVALID_BASE)
            palette.setColor(QPalette.ColorRole.Text, _INVALID_TEXT)
        self.setPalette(palette)
        self.setToolTip(problem)
        self.setAccessibleDescription(problem)
        self.problem_changed.emit(problem)

    # -- keys ------------------------------------------------------------------------

    def _stepped(self, value: V, steps: int, big: bool) -> V:
        raise NotImplementedError

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = next((s for key, s in _STEP_KEYS if event.key() == key), None)
        if step is None or event.modifiers() & Qt.KeyboardModifier.AltModifier:
            super().keyPressEvent(event)
            return
        try:
            start = self.value()
        except UserError:
            start = self._value
        self.set_value(self._stepped(start, *step))
        self.selectAll()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Typing over the whole value is what a person coming with Tab expects.
        if event.reason() in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
            Qt.FocusReason.ShortcutFocusReason,
        ):
            self.selectAll()

    def sizeHint(self) -> QSize:
        """Room for the widest value and a digit to spare, and for a button at the end
        (as wide as the field is tall, as Qt draws it)."""
        hint = super().sizeHint()
        text = self.textMargins()
        contents = self.contentsMargins()
        frame = self.style().pixelMetric(self.style().PixelMetric.PM_DefaultFrameWidth)
        metrics = self.fontMetrics()
        width = (
            metrics.horizontalAdvance(self._sample + "0")
            + text.left()
            + text.right()
            + contents.left()
            + contents.right()
            + 2 * frame
            + 4  # the line edit's own margin around its text, 2 pixels a side
            + len(self.actions()) * (hint.height() + 2)
        )
        return QSize(width, hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


def _calendar_icon(colour: QColor) -> QIcon:
    """A small calendar sheet, drawn so it needs no icon theme."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(colour)
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(1, 2, 14, 4, colour)
    for row in (8, 11):
        for column in (4, 7, 10):
            painter.fillRect(column, row, 2, 2, colour)
    painter.end()
    return QIcon(pixmap)


class CalendarPopup(QFrame):
    """The month calendar under a date field: Monday first, ISO week numbers shown."""

    chosen = Signal(QDate)  # the day clicked or chosen by Enter in the pop-up

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.calendar.clicked.connect(self._choose)
        self.calendar.activated.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)

    def show_at(self, place: QPoint, day: QDate) -> None:
        self.calendar.setSelectedDate(day)
        self.move(place)
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _choose(self, day: QDate) -> None:
        self.hide()
        self.chosen.emit(day)


class DateField(_TypedField[date]):
    """A date typed as 6.1.2027 or picked from the calendar pop-up."""

    # A new date, typed, stepped, chosen in the pop-up or set; never from a wrong text.
    dateChanged = Signal(QDate)  # noqa: N815 - the name QDateEdit's users connect to

    def __init__(self, day: date, parent: QWidget | None = None) -> None:
        super().__init__(day, format_date(date(2000, 12, 30)), parent)
        self.popup: CalendarPopup | None = None
        self.pick_action = QAction(
            _calendar_icon(self.palette().color(QPalette.ColorRole.Text)),
            self.tr("Choose from the calendar (Alt+Down)"),
            self,
        )
        self.pick_action.triggered.connect(self.open_calendar)
        self.addAction(self.pick_action, QLineEdit.ActionPosition.TrailingPosition)
        self.setPlaceholderText(self.tr("e.g. 6.1.2027"))

    def _read(self, text: str) -> date:
        return read_date(text)

    def _written(self, value: date) -> str:
        return format_date(value)

    def _announce(self, value: date) -> None:
        self.dateChanged.emit(to_qdate(value))

    def _stepped(self, value: date, steps: int, big: bool) -> date:
        return value + timedelta(weeks=steps) if big else value + timedelta(days=steps)

    def day(self) -> date:
        return self.value()

    def set_day(self, day: date) -> None:
        self.set_value(day)

    def open_calendar(self) -> None:
        if self.popup is None:
            self.popup = CalendarPopup(self)
            self.popup.chosen.connect(self._picked)
        try:
            shown = self.value()
        except UserError:
            shown = self._value
        self.popup.show_at(self.mapToGlobal(QPoint(0, self.height())), to_qdate(shown))

    def _picked(self, day: QDate) -> None:
        self.set_value(from_qdate(day))
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            return
        super().keyPressEvent(event)


class OptionalDateField(DateField):
    """A date field that may be left empty: "not yet" (e.g. a notice not given).

    Empty text is no mistake here (select the date and delete it); Up, Down and the
    pop-up start from ``anchor``.
    """

    def __init__(self, anchor: date, parent: QWidget | None = None) -> None:
        super().__init__(anchor, parent)
        self.setText("")
        # Empty, it shows its example: wide enough for that too.
        self._sample = max(self._sample, self.placeholderText(), key=len)

    def optional_day(self) -> date | None:
        """The day typed or chosen; None when the field is empty; InvalidInput (and the
        field marked) when it names no date."""
        if not self.text().strip():
            return None
        return self.day()

    def set_optional_day(self, day: date | None) -> None:
        if day is None:
            self.setText("")
            self._mark("")
        else:
            self.set_day(day)

    def commit(self) -> None:
        if not self.text().strip():
            self.setText("")
            self._mark("")
            return
        super().commit()


class TimeField(_TypedField[time]):
    """A wall-clock time typed as 9.30, 09.30 or 930."""

    # A new time, typed, stepped or set; never from a wrong text.
    timeChanged = Signal(QTime)  # noqa: N815 - the name QTimeEdit's users connect to

    def __init__(self, moment: time, parent: QWidget | None = None) -> None:
        super().__init__(moment, format_time(time(23, 59)), parent)
        self.setPlaceholderText(self.tr("e.g. 9.30"))

    def _read(self, text: str) -> time:
        return read_time(text)

    def _written(self, value: time) -> str:
        return format_time(value)

    def _announce(self, value: time) -> None:
        self.timeChanged.emit(to_qtime(value))

    def _stepped(self, value: time, steps: int, big: bool) -> time:
        minutes = (value.hour * 60 + value.minute + steps * (60 if big else QUARTER_HOUR)) % (
            MINUTES_PER_DAY
        )
        return time(minutes // 60, minutes % 60)

    def moment(self) -> time:
        return self.value()

    def set_moment(self, moment: time) -> None:
        self.set_value(moment)


def buddy_label(text: str, field: QWidget) -> QLabel:
    """A form label whose mnemonic (the letter after "&") focuses ``field``.

    QFormLayout makes such a label only for a row whose field is one widget; a row
    of several widgets needs this, or the "&" shows as it is typed.
    """
    label = QLabel(text, field.parentWidget())
    label.setBuddy(field)
    return label
