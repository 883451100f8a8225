"""Everything held about one family on paper (PDF), for its access request
(tiedonsaantipyyntö): laid out by QTextDocument as the sign-in sheets are."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ryhmat.domain.model import Family, Member, MemberKind
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.family_record import FamilyRecord
from ryhmat.labels import label
from ryhmat.ui.files import file_name
from ryhmat.ui.formatting import format_date, format_time
from ryhmat.ui.people.history import HistorySentences
from ryhmat.ui.printing import STYLE, print_to_pdf


def _tr(text: str) -> str:
    """Escaped for HTML: ``text`` comes translated (a literal call lupdate finds)."""
    return escape(text)


def _table(head: Sequence[str], rows: Sequence[Sequence[str]], empty: str) -> str:
    """A table of already escaped cells, or the sentence that there is nothing."""
    if not rows:
        return f"<p>{empty}</p>"
    header = "".join(f"<th>{cell}</th>" for cell in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table width='100%'><tr>{header}</tr>{body}</table>"


def _details(family: Family) -> str:
    notice = (
        format_date(family.privacy_notice_on)
        if family.privacy_notice_on
        else QCoreApplication.translate("FamilyReport", "not given")
    )
    notes = "<br>".join(escape(line) for line in family.notes.splitlines()) or "–"
    rows = [
        (_tr(QCoreApplication.translate("FamilyReport", "Family name")), escape(family.name)),
        (_tr(QCoreApplication.translate("FamilyReport", "Phone")), escape(family.phone) or "–"),
        (_tr(QCoreApplication.translate("FamilyReport", "Privacy notice given")), escape(notice)),
        (
            _tr(QCoreApplication.translate("FamilyReport", "Photo permission")),
            escape(label(family.photo_permission)),
        ),
        (
            _tr(QCoreApplication.translate("FamilyReport", "Contact permission")),
            escape(label(family.contact_permission)),
        ),
        (_tr(QCoreApplication.translate("FamilyReport", "Notes")), notes),
    ]
    body = "".join(f"<tr><th>{name}</th><td>{value}</td></tr>" for name, value in rows)
    return f"<table width='100%'>{body}</table>"


def _who(member: Member) -> str:
    if member.kind is MemberKind.CHILD:
        return QCoreApplication.translate("FamilyReport", "child")
    return (
        label(member.role) if member.role else QCoreApplication.translate("FamilyReport", "adult")
    )


def _born(member: Member) -> str:
    if member.birth_year is None:
        return ""
    if member.birth_month is None:
        return str(member.birth_year)
    return f"{member.birth_month}/{member.birth_year}"


def family_report_html(record: FamilyRecord) -> str:
    """The family's record as HTML: every section, each saying when it holds nothing."""
    family = record.family
    members = _table(
        [
            _tr(QCoreApplication.translate("FamilyReport", "Name")),
            _tr(QCoreApplication.translate("FamilyReport", "Role")),
            _tr(QCoreApplication.translate("FamilyReport", "Born (month/year)")),
        ],
        [(escape(m.full_name), escape(_who(m)), escape(_born(m))) for m in family.members],
        _tr(QCoreApplication.translate("FamilyReport", "No members.")),
    )
    enrolments = _table(
        [
            _tr(QCoreApplication.translate("FamilyReport", "Group")),
            _tr(QCoreApplication.translate("FamilyReport", "Status")),
            _tr(QCoreApplication.translate("FamilyReport", "Enrolled on")),
            _tr(QCoreApplication.translate("FamilyReport", "Left on")),
        ],
        [
            (
                escape(e.group),
                escape(label(e.status)),
                escape(format_date(e.enrolled_on)) if e.enrolled_on else "",
                escape(format_date(e.left_on)) if e.left_on else "",
            )
            for e in record.enrolments
        ],
        _tr(QCoreApplication.translate("FamilyReport", "No enrolments.")),
    )
    guest = QCoreApplication.translate("FamilyReport", "as a guest")
    marks = _table(
        [
            _tr(QCoreApplication.translate("FamilyReport", "Day")),
            _tr(QCoreApplication.translate("FamilyReport", "Group")),
            _tr(QCoreApplication.translate("FamilyReport", "Person")),
            _tr(QCoreApplication.translate("FamilyReport", "Mark")),
        ],
        [
            (
                escape(format_date(m.day)),
                escape(m.group),
                escape(m.person),
                escape(f"{label(m.mark)}, {guest}" if m.is_guest else label(m.mark)),
            )
            for m in record.marks
        ],
        _tr(QCoreApplication.translate("FamilyReport", "No attendance marks.")),
    )
    sentences = HistorySentences()
    history = _table(
        [
            _tr(QCoreApplication.translate("FamilyReport", "When")),
            _tr(QCoreApplication.translate("FamilyReport", "Who")),
            _tr(QCoreApplication.translate("FamilyReport", "What")),
        ],
        [
            (
                escape(
                    f"{format_date(line.at.astimezone(HELSINKI).date())} "
                    f"{format_time(line.at.astimezone(HELSINKI))}"
                ),
                escape(line.actor),
                escape(sentences.sentence(line)),
            )
            for line in record.history
        ],
        _tr(QCoreApplication.translate("FamilyReport", "No changes recorded.")),
    )
    title = QCoreApplication.translate("FamilyReport", "Everything recorded about the family %1")
    made = QCoreApplication.translate(
        "FamilyReport",
        "Made on %1 from the Ryhmät database, for the family's request to see its data.",
    )
    sections = [
        (_tr(QCoreApplication.translate("FamilyReport", "The family")), _details(family)),
        (_tr(QCoreApplication.translate("FamilyReport", "Members")), members),
        (_tr(QCoreApplication.translate("FamilyReport", "Enrolments in groups")), enrolments),
        (_tr(QCoreApplication.translate("FamilyReport", "Attendance")), marks),
        (_tr(QCoreApplication.translate("FamilyReport", "Change history")), history),
    ]
    body = "".join(f"<h2>{heading}</h2>{content}" for heading, content in sections)
    return (
        f"<html><head>{STYLE}</head><body>"
        f"<h1>{escape(title.replace('%1', family.name))}</h1>"
        f"<p class='details'>{escape(made.replace('%1', format_date(record.made_on)))}</p>"
        f"{body}</body></html>"
    )


def family_report_name(record: FamilyRecord) -> str:
    """The suggested file name (no suffix): "Tiedot perheestä Virtanen 7.12.2026"."""
    what = QCoreApplication.translate("FamilyReport", "Data of the family")
    return file_name(what, record.family.name, format_date(record.made_on))


def save_family_report(record: FamilyRecord, path: Path) -> None:
    """Write the record as a PDF, whole or not at all (see print_to_pdf)."""
    print_to_pdf(family_report_html(record), path)
