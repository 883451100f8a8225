"""Copying a season to a new period: the person types the new season's name, first and
last day; the copy then opens in the season editor, previewed and saved only there."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ryhmat.domain.errors import UserError
from ryhmat.domain.model import Series
from ryhmat.domain.usecases.series import SeasonCopy, copy_season
from ryhmat.ui.context import AppContext
from ryhmat.ui.fields import DateField
from ryhmat.ui.messages import ErrorLabel


def following_period(series: Series) -> tuple[timedelta, timedelta]:
    """Where the copy starts by default, counted from the original's first day: the
    first of its weekdays after it ended, and as long; the person types the real one."""
    length = series.last_day - series.first_day
    weeks = length.days // 7 + 1
    return timedelta(weeks=weeks), timedelta(weeks=weeks) + length


class SeasonCopyDialog(QDialog):
    """Asks for the period of a copy of ``series``; ``copy()`` is the new, unsaved season."""

    def __init__(self, context: AppContext, series: Series, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._series = series
        self._copy: SeasonCopy | None = None
        self.setWindowTitle(self.tr("Copy season %1 to a new period").replace("%1", series.name))
        start, end = following_period(series)
        explanation = QLabel(
            self.tr(
                "The new season repeats as %1 does, at the same times, with the same place "
                "and leaders; its dates move to the period typed here. It is saved only "
                "once you have seen its dates and saved it."
            ).replace("%1", series.name),
            self,
        )
        explanation.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Kevätkausi 2027"))
        self.first_day = DateField(series.first_day + start, self)
        self.last_day = DateField(series.first_day + end, self)
        self.error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.preview_button = self.buttons.addButton(
            self.tr("&Preview the copy…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.preview_button.setDefault(True)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(explanation)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&First day:"), self.first_day)
        form.addRow(self.tr("&Last day:"), self.last_day)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        try:
            first, last = self.first_day.day(), self.last_day.day()
            name, series = self.name.text(), self._series
            self._copy = self._context.read(lambda uow: copy_season(uow, series, name, first, last))
        except UserError as error:
            self.error.show_error(error)
            return
        super().accept()

    def copy(self) -> SeasonCopy | None:
        """The copy for the period typed (without archived leaders and place); None until
        the person goes on to preview it."""
        return self._copy
