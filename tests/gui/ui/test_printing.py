"""Paper sheets of a session: what the printed PDF says."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, timedelta
from functools import partial
from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from ryhmat.domain.model import (
    AdultRole,
    Enrolment,
    EnrolmentStatus,
    Family,
    Member,
    MemberKind,
)
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.attendance import AttendanceSheet, attendance_sheet
from ryhmat.domain.usecases.calendar import calendar_entries
from ryhmat.domain.usecases.sessions import get_session, update_session
from ryhmat.i18n import load_language
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.printing import (
    WALK_IN_ROWS,
    SessionPrintButton,
    print_html,
    save_paper_pdf,
    sign_in_sheet,
    sign_in_sheet_html,
    tally_sheet_html,
)
from ryhmat.ui.sessions import AttendanceView
from tests.gui.person import click_into, enter, show_window
from tests.pdf import pdf_pages, pdf_text

GROUP = "Vauvaryhmä Pikkuiset"


def _sheet(session_id: uuid.UUID, uow: UnitOfWork) -> AttendanceSheet:
    return attendance_sheet(uow, session_id)


def pikkuiset_session(context: AppContext) -> uuid.UUID:
    entries = context.read(lambda uow: calendar_entries(uow, date(2026, 9, 1), context.today()))
    return next(e.session_id for e in entries if e.group_name == GROUP and not e.is_cancelled)


def test_the_sign_in_sheet_lists_the_enrolled_people(
    qapp: QApplication, demo_context: AppContext, tmp_path: Path
) -> None:
    session_id = pikkuiset_session(demo_context)
    sheet = demo_context.read(partial(_sheet, session_id))
    enrolled = [line for line in sheet.lines if not line.is_guest]
    assert enrolled
    target = tmp_path / "lista.pdf"
    save_paper_pdf(sign_in_sheet(demo_context, session_id), target)
    text = pdf_text(target)
    assert GROUP in text
    assert "Sign-in sheet" in text
    for line in enrolled:
        assert line.name in text
    for guest in (line for line in sheet.lines if line.is_guest):
        assert guest.name not in text


def test_names_are_escaped(qapp: QApplication, demo_context: AppContext) -> None:
    session_id = pikkuiset_session(demo_context)
    html = sign_in_sheet_html(demo_context, session_id)
    assert "<script" not in html.casefold()
    assert html.count("<tr><td>&nbsp;</td>") == WALK_IN_ROWS
    # The heading, the people, the heading of the walk-ins' rows and their rows.
    assert html.count("<tr>") == 2 + WALK_IN_ROWS + sum(
        not line.is_guest for line in demo_context.read(partial(_sheet, session_id)).lines
    )


def test_the_tally_sheet_has_a_row_for_each_kind_of_visitor(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    session_id = pikkuiset_session(demo_context)
    button = SessionPrintButton(demo_context, session_id)
    qtbot.addWidget(button)
    target = tmp_path / "tukkimiehen kirjanpito.pdf"
    with qtbot.waitSignal(button.pdf_saved) as saved:
        button.save_tally_pdf(target)
    assert saved.args == [str(target)]
    text = pdf_text(target)
    for row in ("father", "mother", "other guardian", "grandparent", "First-time visitors"):
        assert row in text
    assert "Children: 7 years or older" in text
    assert "Headcount tally sheet" in text
    assert "tally" in tally_sheet_html(demo_context, session_id).casefold()


def test_a_sheet_saved_to_a_245_character_name_is_whole_and_leaves_nothing_beside(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    button = SessionPrintButton(demo_context, pikkuiset_session(demo_context))
    qtbot.addWidget(button)
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"{'x' * 241}.pdf"
    with qtbot.waitSignal(button.pdf_saved):
        button.save_sign_in_pdf(target)
    assert "Sign-in sheet" in pdf_text(target)
    assert [path.name for path in out.iterdir()] == [target.name]


def test_a_sheet_that_cannot_be_saved_is_a_message_and_nothing_is_written(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    button = SessionPrintButton(demo_context, pikkuiset_session(demo_context))
    qtbot.addWidget(button)
    target = tmp_path / "no such folder" / "lista.pdf"
    with qtbot.waitSignal(button.failed) as failed:
        button.save_sign_in_pdf(target)
    assert "could not be saved" in failed.args[0].message()
    assert not target.parent.exists()


def test_the_attendance_view_offers_the_sheets_from_its_print_menu(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    session_id = pikkuiset_session(demo_context)
    view = AttendanceView(demo_context, session_id)
    qtbot.addWidget(view)
    view.show()
    button = view.print_button
    assert button.text() == "P&rint"
    assert button.focusPolicy() != 0
    texts = [action.text() for action in button.menu().actions() if action.text()]
    assert texts == [
        "Print &sign-in sheet…",
        "Save sign-in sheet as &PDF…",
        "&Headcount tally sheet…",
        "Save &tally sheet as PDF…",
    ]
    button.sign_in_pdf_action.trigger()
    dialog = button.dialog
    assert dialog is not None
    assert dialog.isVisible()
    dialog.reject()
    target = tmp_path / "lista.pdf"
    button.save_sign_in_pdf(target)
    assert GROUP in pdf_text(target)


def test_printing_asks_for_a_printer_without_blocking(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    session_id = pikkuiset_session(demo_context)
    dialog = print_html(None, sign_in_sheet_html(demo_context, session_id))
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    dialog.reject()
    assert not dialog.isVisible()


def test_the_pdf_dialog_speaks_finnish_suggests_a_name_and_saves_where_told(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    load_language("fi")
    session_id = pikkuiset_session(demo_context)
    day = demo_context.read(partial(_sheet, session_id)).session.day
    view = AttendanceView(demo_context, session_id)
    qtbot.addWidget(view)
    show_window(qtbot, view)
    view.print_button.sign_in_pdf_action.trigger()
    dialog = view.print_button.dialog
    assert isinstance(dialog, QFileDialog)
    show_window(qtbot, dialog)
    dialog.setDirectory(str(tmp_path))
    name = f"Osallistujalista {GROUP} {day.day}.{day.month}.{day.year}.pdf"
    name_field = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name_field is not None
    assert name_field.text() == name
    shown = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Kansio:", "Tiedosto&nimi:", "Tiedosto&tyyppi:"} <= shown
    buttons = {button.text() for button in dialog.findChildren(QPushButton)}
    assert {"&Tallenna", "Peruuta"} <= buttons
    click_into(qtbot, name_field)
    enter(qtbot)
    qtbot.waitUntil(lambda: (tmp_path / name).exists())
    assert GROUP in pdf_text(tmp_path / name)


def _enrol_many(context: AppContext, session_id: uuid.UUID, families: int) -> None:
    """``families`` more families in the session's group, each a mother, a baby of 8
    months and a child of 3 years, enrolled before its day."""

    def enrol(uow: UnitOfWork) -> None:
        session = uow.sessions.get(session_id)
        assert session is not None
        born = session.day.year * 12 + session.day.month - 1 - 8  # 8 months before
        for number in range(families):
            family = Family(
                name=f"Perhe{number:02d}",
                members=[
                    Member(
                        first_name=f"Äiti{number:02d}", kind=MemberKind.ADULT, role=AdultRole.MOTHER
                    ),
                    Member(
                        first_name=f"Vauva{number:02d}",
                        kind=MemberKind.CHILD,
                        birth_year=born // 12,
                        birth_month=born % 12 + 1,
                    ),
                    Member(
                        first_name=f"Esikko{number:02d}",
                        kind=MemberKind.CHILD,
                        birth_year=session.day.year - 3,
                        birth_month=session.day.month,
                    ),
                ],
            )
            uow.families.save(family)
            uow.enrolments.save(
                Enrolment(
                    family_id=family.id,
                    group_id=session.group_id,
                    status=EnrolmentStatus.ENROLLED,
                    enrolled_on=session.day - timedelta(days=30),
                )
            )
        uow.commit()

    context.write(enrol, Changes.FAMILIES)


def test_a_long_sign_in_sheet_has_its_header_on_every_page_and_rows_for_walk_ins(
    qapp: QApplication, demo_context: AppContext, tmp_path: Path
) -> None:
    load_language("fi")
    session_id = pikkuiset_session(demo_context)
    demo_context.write(
        lambda uow: update_session(
            uow, replace(get_session(uow, session_id), theme="Vauvahieronta")
        ),
        Changes.SESSIONS,
    )
    _enrol_many(demo_context, session_id, 30)
    day = demo_context.read(partial(_sheet, session_id)).session.day
    paper = sign_in_sheet(demo_context, session_id, walk_in_rows=7)
    target = tmp_path / "lista.pdf"
    save_paper_pdf(paper, target)
    pages = pdf_pages(target)
    assert pages >= 3
    written_day = f"{day.day}.{day.month}.{day.year}"
    for page in range(1, pages + 1):
        text = pdf_text(target, page)
        assert text.startswith(f"Sivu {page}/{pages} {GROUP} Osallistujalista ·")
        assert written_day in text
        assert "Teema: Vauvahieronta" in text
        # The columns' headings too, above the rows of each page.
        assert "Perhe Nimi Rooli tai ikä Paikalla Allekirjoitus" in text
    text = pdf_text(target)
    assert "Perhe00 Äiti00" in text
    assert "Perhe29 Vauva29 8 kk" in text
    # pdftotext reads the narrow gap before a "v" as none.
    assert "Perhe29 Esikko29 3v" in text.replace("3 v", "3v")
    assert text.count("Esikko") == 30
    assert text.rstrip().endswith("Muut perheet")
    assert paper.html.count("<tr><td>&nbsp;</td>") == 7
