"""Printing a group's season programme for families: the season and the language
chosen, then printed or saved as a PDF (ryhmat/ui/programme_report.py lays it out)."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ryhmat.domain.errors import UserError
from ryhmat.domain.finnish_holidays import FinnishHolidays
from ryhmat.domain.usecases.programme import (
    Programme,
    current_season,
    group_seasons,
    season_programme,
)
from ryhmat.i18n import current_language
from ryhmat.ui.context import AppContext
from ryhmat.ui.files import file_name, save_file_dialog
from ryhmat.ui.formatting import format_date
from ryhmat.ui.messages import ErrorLabel
from ryhmat.ui.printing import pdf_not_saved, print_on_paper
from ryhmat.ui.programme_report import PROGRAMME, programme_paper, save_programme_pdf, words_in

# Each language by its own name: a Swedish-speaking family's programme is chosen as
# "svenska" whatever the app speaks.
LANGUAGE_NAMES = (("fi", "suomi"), ("sv", "svenska"), ("en", "English"))


class ProgrammeDialog(QDialog):
    """The season (the one going on, or the one asked for) and the language, then
    Print… or Save as PDF…."""

    pdf_saved = Signal(str)  # the PDF file's path

    def __init__(
        self,
        context: AppContext,
        group_id: uuid.UUID,
        season_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Programme for families"))
        self._context = context
        self._group_id = group_id
        self.dialog: QDialog | None = None
        self.error = ErrorLabel(self)

        seasons = context.read(lambda uow: group_seasons(uow, group_id))
        self.season = QComboBox(self)
        for season in seasons:
            days = f"{format_date(season.first_day)}–{format_date(season.last_day)}"
            self.season.addItem(f"{season.name} ({days})", season.id)
        chosen = season_id
        if chosen is None and (going := current_season(seasons, context.today())) is not None:
            chosen = going.id
        if chosen is not None:
            self.season.setCurrentIndex(max(self.season.findData(chosen), 0))
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(current_language()), 0))

        form = QFormLayout()
        form.addRow(self.tr("&Season:"), self.season)
        form.addRow(self.tr("&Language:"), self.language)

        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.clicked.connect(self.print_programme)
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"), self)
        self.pdf_button.setDefault(True)
        self.pdf_button.clicked.connect(self.ask_pdf)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        for button in (self.print_button, self.pdf_button):
            button.setEnabled(bool(seasons))
        if not seasons:
            self.error.show_error(self.tr("The group has no seasons yet: plan one first."))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def programme(self) -> Programme | None:
        """The chosen season's programme, its holidays named in the chosen language;
        None, with the reason shown, if the season is gone."""
        season_id = self.season.currentData()
        language = self.chosen_language()
        holidays = FinnishHolidays(lambda: language)
        try:
            return self._context.read(
                lambda uow: season_programme(uow, self._group_id, season_id, holidays)
            )
        except UserError as error:
            self.error.show_error(error)
            return None

    def print_programme(self) -> None:
        programme = self.programme()
        if programme is not None:
            self.dialog = print_on_paper(self, programme_paper(programme, self.chosen_language()))

    def ask_pdf(self) -> None:
        programme = self.programme()
        if programme is None:
            return
        words = words_in(self.chosen_language())
        suggested = file_name(words(PROGRAMME), programme.group, programme.season)
        self.dialog = save_file_dialog(
            self,
            self.tr("Save programme as PDF"),
            self.tr("PDF documents (*.pdf)"),
            "pdf",
            suggested,
            lambda path: self.save_pdf(programme, path),
        )

    def save_pdf(self, programme: Programme, path: Path) -> None:
        try:
            save_programme_pdf(programme, self.chosen_language(), path)
        except OSError as error:
            self.error.show_error(pdf_not_saved(path, error))
            return
        self.error.clear_error()
        self.pdf_saved.emit(str(path))
