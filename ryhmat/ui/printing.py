"""Paper for a session: the sign-in sheet of a roster and the tally sheet of a headcount.

Leaders print these before a session and record from them afterwards; the
sheets are plain HTML laid out by QTextDocument, so printing and PDF agree.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, QRectF, QSizeF, Signal
from PySide6.QtGui import (
    QAction,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMenu, QPushButton, QWidget

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, UserError
from ryhmat.domain.model import HEADCOUNT_ROLES, AgeBand, MemberKind, UsageAction
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.attendance import AttendanceSheet, RosterLine, attendance_sheet
from ryhmat.domain.usecases.directory import Directory
from ryhmat.domain.usecases.sessions import SessionView, get_session, session_view
from ryhmat.domain.usecases.usage_log import record_usage
from ryhmat.labels import label, written_age
from ryhmat.scratch import temporary_beside
from ryhmat.ui.context import AppContext
from ryhmat.ui.files import file_name, save_file_dialog
from ryhmat.ui.formatting import format_date, format_time_range, weekday_name

TALLY_BOXES = 10

STYLE = """
<style>
  body { font-family: sans-serif; font-size: 11pt; }
  h1 { font-size: 16pt; margin-bottom: 2pt; }
  h2 { font-size: 13pt; margin-top: 14pt; margin-bottom: 4pt; }
  p.details { margin-top: 0; }
  table { border-collapse: collapse; }
  th { text-align: left; background: #eeeeee; }
  th, td { border: 1px solid #555555; padding: 5px; }
  td.box { width: 18pt; }
  p.page { text-align: right; font-size: 9pt; margin: 0; }
  td.signature { width: 180pt; }
</style>
"""


def _load(session_id: uuid.UUID, uow: UnitOfWork) -> tuple[AttendanceSheet, SessionView]:
    sheet = attendance_sheet(uow, session_id)
    return sheet, session_view(sheet.session, sheet.group.name, Directory.load(uow))


def _row(cells: list[str], tag: str = "td") -> str:
    return "<tr>" + "".join(f"<{tag}>{cell}</{tag}>" for cell in cells) + "</tr>"


def _header(sheet: AttendanceSheet, view: SessionView, title: str) -> str:
    session = sheet.session
    day = f"{weekday_name(session.day, short=False)} {format_date(session.day)}"
    parts = [day, format_time_range(session.start, session.end)]
    if view.place:
        parts.append(view.place)
    details = " · ".join(escape(part) for part in parts)
    lines = ""
    if view.theme:
        caption = QCoreApplication.translate("Printing", "Theme:")
        lines += f"<p class='details'>{escape(caption)} {escape(view.theme)}</p>"
    if view.leaders:
        caption = QCoreApplication.translate("Printing", "Leaders:")
        lines += f"<p class='details'>{escape(caption)} {escape(', '.join(view.leaders))}</p>"
    return (
        f"<h1>{escape(view.group)}</h1>"
        f"<p class='details'><b>{escape(title)}</b> · {details}</p>{lines}"
    )


PageHeader = Callable[[int, int], str]


@dataclass(frozen=True, slots=True)
class Paper:
    """A sheet to print, and the families whose people it names (its printing is logged).

    ``header`` (the page's number and the count of pages) gives the HTML drawn at the
    top of every page, above the page's part of ``html``."""

    html: str
    families: tuple[uuid.UUID, ...] = ()
    header: PageHeader | None = None


# Blank rows at the end of a sign-in sheet, for families who come without being enrolled.
WALK_IN_ROWS = 5


def sign_in_sheet(
    context: AppContext, session_id: uuid.UUID, walk_in_rows: int = WALK_IN_ROWS
) -> Paper:
    """The osallistujalista: the people the group is for of the enrolled families, each
    with a box to tick and a signature, and blank rows for walk-in families; the group,
    the session and its theme on top of every page."""
    sheet, view = context.read(partial(_load, session_id))
    listed = [line for line in sheet.lines if not line.is_guest]
    boxes = "<td class='box'>&nbsp;</td><td class='signature'>&nbsp;</td></tr>"
    rows = "".join(
        f"<tr><td>{escape(line.family_name)}</td><td>{escape(line.name)}</td>"
        f"<td>{escape(_who(line))}</td>{boxes}"
        for line in listed
    )
    walk_ins = f"<tr><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td>{boxes}" * walk_in_rows
    head = _row(
        [
            escape(QCoreApplication.translate("Printing", "Family")),
            escape(QCoreApplication.translate("Printing", "Name")),
            escape(QCoreApplication.translate("Printing", "Role or age")),
            escape(QCoreApplication.translate("Printing", "Here")),
            escape(QCoreApplication.translate("Printing", "Signature")),
        ],
        "th",
    )
    new_families = escape(QCoreApplication.translate("Printing", "Families not on the list"))
    html = (
        f"<html><head>{STYLE}</head><body>"
        f"<table width='100%'><thead>{head}</thead>{rows}"
        f"<tr><th colspan='5'>{new_families}</th></tr>{walk_ins}</table></body></html>"
    )
    title = QCoreApplication.translate("Printing", "Sign-in sheet")
    top = _header(sheet, view, title)
    named = dict.fromkeys(line.family_id for line in listed if not line.is_erased)
    return Paper(html, tuple(named), partial(_page_header, top))


def _who(line: RosterLine) -> str:
    """An adult's role, a child's age ("8 kk", "3 v"); blank when not known."""
    if line.kind is MemberKind.ADULT:
        return label(line.role) if line.role is not None else ""
    return written_age(line.months) if line.months is not None else ""


def _page_header(top: str, page: int, pages: int) -> str:
    """``top`` with the page's number, when there is more than one."""
    template = QCoreApplication.translate("Printing", "Page %1 of %2")
    number = page_number(template, page, pages)
    return f"<html><head>{STYLE}</head><body>{number}{top}</body></html>"


def page_number(template: str, page: int, pages: int) -> str:
    """The page's number ("Sivu 2/3", from ``template`` with %1 and %2) on the right, as
    a paragraph of class "page"; nothing on a paper of one page."""
    if pages == 1:
        return ""
    text = template.replace("%1", str(page)).replace("%2", str(pages))
    return f"<p class='page'>{escape(text)}</p>"


def sign_in_sheet_html(context: AppContext, session_id: uuid.UUID) -> str:
    return sign_in_sheet(context, session_id).html


def tally_sheet(context: AppContext, session_id: uuid.UUID) -> Paper:
    return Paper(tally_sheet_html(context, session_id))


def tally_sheet_html(context: AppContext, session_id: uuid.UUID) -> str:
    """A blank headcount tally: a row for each adult role, child age band and first-timers."""
    sheet, view = context.read(partial(_load, session_id))
    names = [label(role) for role in HEADCOUNT_ROLES]
    names[0] = QCoreApplication.translate(
        "Printing", "%1 (stepfathers and foster fathers too)"
    ).replace("%1", names[0])
    names += [
        QCoreApplication.translate("Printing", "Children: %1").replace("%1", label(band))
        for band in AgeBand
    ]
    names.append(QCoreApplication.translate("Printing", "First-time visitors"))
    boxes = "<td class='box'>&nbsp;</td>" * TALLY_BOXES
    rows = "".join(
        f"<tr><td>{escape(name)}</td>{boxes}<td class='box'>&nbsp;</td></tr>" for name in names
    )
    who = escape(QCoreApplication.translate("Printing", "Who"))
    tally = escape(QCoreApplication.translate("Printing", "Tally"))
    total = escape(QCoreApplication.translate("Printing", "Total"))
    head = f"<tr><th>{who}</th><th colspan='{TALLY_BOXES}'>{tally}</th><th>{total}</th></tr>"
    title = QCoreApplication.translate("Printing", "Headcount tally sheet")
    return (
        f"<html><head>{STYLE}</head><body>{_header(sheet, view, title)}"
        f"<table width='100%'>{head}{rows}</table></body></html>"
    )


def _a4(printer: QPrinter) -> None:
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )


def _print(html: str, printer: QPrinter) -> None:
    document = QTextDocument()
    document.setHtml(html)
    document.print_(printer)


def print_paper(paper: Paper, printer: QPrinter) -> None:
    """The paper on the printer's pages, its header on top of each."""
    if paper.header is None:
        _print(paper.html, printer)
        return
    page = printer.pageRect(QPrinter.Unit.DevicePixel)
    width, height = page.width(), page.height()
    # Laid out once to measure the header, with the most pages it could show.
    room = height - _laid_out(paper.header(1, 99), printer, width).size().height()
    body = QTextDocument()
    body.documentLayout().setPaintDevice(printer)
    body.setPageSize(QSizeF(width, room))
    body.setHtml(paper.html)
    pages = body.pageCount()
    painter = QPainter(printer)
    try:
        for number in range(pages):
            if number:
                printer.newPage()
            header = _laid_out(paper.header(number + 1, pages), printer, width)
            header.drawContents(painter)
            painter.save()
            # Right below the header: a single page's has no page number to make room for.
            painter.translate(0, header.size().height() - number * room)
            body.drawContents(painter, QRectF(0, number * room, width, room))
            painter.restore()
    finally:
        painter.end()


def _laid_out(html: str, device: QPaintDevice, width: float) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setTextWidth(width)
    document.setHtml(html)
    return document


def print_to_pdf(html: str, path: Path) -> None:
    """Whole or not at all, as the workbooks: the sheet (names on it) is printed to a
    short-named temporary file beside ``path`` and renamed over it when complete; one
    left by a crash is removed at the next start."""
    save_paper_pdf(Paper(html), path)


def save_paper_pdf(paper: Paper, path: Path) -> None:
    """``print_to_pdf`` of a paper with a header on every page."""
    _pdf(lambda printer: print_paper(paper, printer), path)


# The type sizes a one-page document tries, largest first, until it fits.
ONE_PAGE_SIZES = (10.0, 9.5, 9.0, 8.5, 8.0, 7.5, 7.0, 6.5, 6.0)


def print_one_page_pdf(html_at: Callable[[float], str], path: Path) -> None:
    """A document that must fit one A4 page (a summary for a board), at the largest
    type size of ``ONE_PAGE_SIZES`` that fits; ``html_at`` lays it out at a size. It is
    laid out for the printer itself, so what was measured is what is drawn. What does
    not fit even at the smallest goes on a second page rather than being cut."""

    def fitted(printer: QPrinter) -> None:
        page = printer.pageRect(QPrinter.Unit.DevicePixel).size()
        document = one_page_document(html_at, page, printer)
        if document.pageCount() > 1:
            document.print_(printer)
            return
        painter = QPainter(printer)
        try:
            document.drawContents(painter)
        finally:
            painter.end()

    _pdf(fitted, path)


def one_page_document(
    html_at: Callable[[float], str], page: QSizeF, device: QPaintDevice
) -> QTextDocument:
    """``html_at`` laid out for ``device`` on pages of ``page`` at the largest type size
    of ``ONE_PAGE_SIZES`` that fits one page, else at the smallest."""
    for size in ONE_PAGE_SIZES:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(device)
        document.setPageSize(page)
        document.setHtml(html_at(size))
        if document.pageCount() == 1:
            break
    return document


def _pdf(write: Callable[[QPrinter], None], path: Path) -> None:
    temporary = temporary_beside(path, ".pdf")
    try:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(temporary))
        _a4(printer)
        write(printer)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def pdf_not_saved(path: Path, error: OSError) -> UserError:
    """What a person is told when a PDF cannot be written (a full disk, a folder
    without the right to write)."""
    return UserError(
        QT_TRANSLATE_NOOP("Errors", "The PDF could not be saved to {path}: {reason}"),
        path=str(path),
        reason=error.strerror or str(error),
    )


def print_html(parent: QWidget | None, html: str) -> QPrintDialog:
    return print_on_paper(parent, Paper(html))


def print_on_paper(parent: QWidget | None, paper: Paper) -> QPrintDialog:
    """Ask for a printer (not blocking) and print once the person accepts."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _a4(printer)
    dialog = QPrintDialog(printer, parent)
    # The connected lambda keeps the printer alive as long as the dialog.
    dialog.accepted.connect(lambda: print_paper(paper, printer))
    QDialog.open(dialog)  # PySide's QPrintDialog.open() wants a receiver and a slot
    return dialog


def _group_and_day(session_id: uuid.UUID, uow: UnitOfWork) -> tuple[str, date]:
    session = get_session(uow, session_id)
    group = uow.groups.get(session.group_id)
    return ("" if group is None else group.name), session.day


class SessionSheets(QObject):
    """Printing or saving a session's paper sheets, for a print button's menu, the
    calendar's context menu and the unrecorded list: the sheet of ``session_id``."""

    pdf_saved = Signal(str)  # the PDF file's path, once a sheet is saved as PDF
    failed = Signal(object)  # a UserError, e.g. the session was deleted meanwhile

    def __init__(self, context: AppContext, session_id: uuid.UUID | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.session_id = session_id
        self.widget = parent  # the dialogs' parent
        self.dialog: QDialog | None = None

    def add_sign_in_actions(self, menu: QMenu) -> tuple[QAction, QAction]:
        return (
            self._action(menu, self.tr("Print &sign-in sheet…"), self.print_sign_in),
            self._action(menu, self.tr("Save sign-in sheet as &PDF…"), self.ask_sign_in_pdf),
        )

    def add_tally_actions(self, menu: QMenu) -> tuple[QAction, QAction]:
        return (
            self._action(menu, self.tr("&Headcount tally sheet…"), self.print_tally),
            self._action(menu, self.tr("Save &tally sheet as PDF…"), self.ask_tally_pdf),
        )

    def _action(self, menu: QMenu, text: str, slot: Callable[[], None]) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        return action

    def _paper(self, make: Callable[[AppContext, uuid.UUID], Paper]) -> Paper | None:
        if self.session_id is None:
            return None
        try:
            paper = make(self.context, self.session_id)
            if paper.families:  # printed, it must be logged
                self.context.refuse_unlogged_read()
            return paper
        except UserError as error:
            self.failed.emit(error)
            return None

    def print_sign_in(self) -> None:
        self._print_paper(sign_in_sheet, UsageAction.SIGN_IN_SHEET_PRINTED)

    def print_tally(self) -> None:
        # A tally sheet names nobody: nothing is logged.
        self._print_paper(tally_sheet, UsageAction.SIGN_IN_SHEET_PRINTED)

    def _print_paper(
        self, make: Callable[[AppContext, uuid.UUID], Paper], action: UsageAction
    ) -> None:
        paper = self._paper(make)
        if paper is not None:
            self.dialog = print_on_paper(self.widget, paper)
            # After the printing, which print_on_paper connected first.
            self.dialog.accepted.connect(lambda: self._log(action, paper))

    def save_sign_in_pdf(self, path: Path) -> None:
        self._save(sign_in_sheet, path)

    def save_tally_pdf(self, path: Path) -> None:
        self._save(tally_sheet, path)

    def _save(self, make: Callable[[AppContext, uuid.UUID], Paper], path: Path) -> None:
        paper = self._paper(make)
        if paper is None:
            return
        try:
            save_paper_pdf(paper, path)
        except OSError as error:
            self.failed.emit(pdf_not_saved(path, error))
            return
        if self._log(UsageAction.SIGN_IN_SHEET_SAVED, paper):
            self.pdf_saved.emit(str(path))

    def _log(self, action: UsageAction, paper: Paper) -> bool:
        """Log the reading of the families a sheet names; False if that failed."""
        if not paper.families:
            return True
        try:
            self.context.read_logged(lambda uow: record_usage(uow, action, paper.families))
        except UserError as error:
            self.failed.emit(error)
            return False
        return True

    def ask_sign_in_pdf(self) -> None:
        self._ask_file(
            self.tr("Save sign-in sheet as PDF"),
            QCoreApplication.translate("Printing", "Sign-in sheet"),
            self.save_sign_in_pdf,
        )

    def ask_tally_pdf(self) -> None:
        self._ask_file(
            self.tr("Save tally sheet as PDF"),
            QCoreApplication.translate("Printing", "Headcount tally sheet"),
            self.save_tally_pdf,
        )

    def _ask_file(self, title: str, sheet: str, save: Callable[[Path], None]) -> None:
        """Ask where to save, suggesting "Osallistujalista <group> <date>.pdf"."""
        session_id = self.session_id
        if session_id is None:
            return
        try:
            group, day = self.context.read(partial(_group_and_day, session_id))
        except UserError as error:
            self.failed.emit(error)
            return
        suggested = file_name(sheet, group, format_date(day))
        self.dialog = save_file_dialog(
            self.widget, title, self.tr("PDF documents (*.pdf)"), "pdf", suggested, save
        )


class SessionPrintButton(QPushButton):
    """A “Print” button whose menu prints or saves the session's paper sheets."""

    def __init__(
        self, context: AppContext, session_id: uuid.UUID | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("P&rint"), parent)
        self.sheets = SessionSheets(context, session_id, self)
        self.pdf_saved = self.sheets.pdf_saved
        self.failed = self.sheets.failed
        menu = QMenu(self)
        self.sign_in_action, self.sign_in_pdf_action = self.sheets.add_sign_in_actions(menu)
        menu.addSeparator()
        self.tally_action, self.tally_pdf_action = self.sheets.add_tally_actions(menu)
        self.setMenu(menu)

    @property
    def session_id(self) -> uuid.UUID | None:
        return self.sheets.session_id

    @session_id.setter
    def session_id(self, session_id: uuid.UUID | None) -> None:
        self.sheets.session_id = session_id

    @property
    def dialog(self) -> QDialog | None:
        return self.sheets.dialog

    def save_sign_in_pdf(self, path: Path) -> None:
        self.sheets.save_sign_in_pdf(path)

    def save_tally_pdf(self, path: Path) -> None:
        self.sheets.save_tally_pdf(path)
