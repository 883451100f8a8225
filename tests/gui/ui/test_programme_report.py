"""The programme's page: which columns it needs, skipped dates among the sessions, and
its words in the language asked for whatever the app speaks."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ryhmat.domain.scheduling import SkipKind, SkippedDay
from ryhmat.domain.usecases.programme import Programme, ProgrammePlace, ProgrammeSession
from ryhmat.ui.programme_report import programme_paper, save_programme_pdf
from tests.pdf import pdf_pages, pdf_text

HALL = ProgrammePlace("Seurakuntatalo", "Kirkkotie 3")
LIBRARY = ProgrammePlace("Kirjasto", "")


def session(day: date, place: ProgrammePlace | None, leaders: tuple[str, ...]) -> ProgrammeSession:
    return ProgrammeSession(
        day=day,
        start=time(9, 30),
        end=time(11, 0),
        theme="",
        place=place,
        leaders=leaders,
        cancelled=False,
        cancel_reason="",
    )


def programme(sessions: list[ProgrammeSession], skipped: list[SkippedDay]) -> Programme:
    return Programme(
        group="Perhekahvila <Kohtaamo>",
        description="",
        season="Kevät 2027",
        first_day=date(2027, 1, 11),
        last_day=date(2027, 5, 28),
        sessions=tuple(sessions),
        skipped=tuple(skipped),
    )


def test_places_and_leaders_are_columns_only_when_they_differ(qapp: QApplication) -> None:
    shared = programme(
        [session(date(2027, 1, 13), HALL, ("Anna",)), session(date(2027, 1, 20), HALL, ("Anna",))],
        [],
    )
    html = programme_paper(shared, "fi").html
    assert "<th>Paikka</th>" not in html
    assert "<th>Ohjaajat</th>" not in html
    assert "<th>Teema</th>" not in html  # no session has a theme
    assert "<b>Paikka:</b> Seurakuntatalo, Kirkkotie 3" in html
    differing = programme(
        [
            session(date(2027, 1, 13), HALL, ("Anna",)),
            session(date(2027, 1, 20), LIBRARY, ("Anna", "Pekka")),
        ],
        [],
    )
    html = programme_paper(differing, "fi").html
    assert "<th>Paikka</th>" in html
    assert "<th>Ohjaajat</th>" in html
    assert "<td>Kirjasto</td><td>Anna, Pekka</td>" in html
    nowhere = programme([session(date(2027, 1, 13), None, ())], [])
    html = programme_paper(nowhere, "fi").html
    assert "Paikka" not in html
    assert "Ohjaajat" not in html


def test_skipped_dates_sit_among_the_sessions_and_a_run_is_one_line(
    qapp: QApplication, tmp_path: Path
) -> None:
    winter_break = [SkippedDay(date(2027, 3, day), "Talviloma", SkipKind.CLOSURE) for day in (1, 3)]
    page = programme(
        [session(date(2027, 2, 24), HALL, ()), session(date(2027, 3, 10), HALL, ())],
        [*winter_break, SkippedDay(date(2027, 3, 17), "Talviloma", SkipKind.CLOSURE)],
    )
    target = tmp_path / "ohjelma.pdf"
    save_programme_pdf(page, "sv", target)
    assert pdf_pages(target) == 1
    text = pdf_text(target)
    # The group's name as typed, not as HTML.
    assert text.startswith("Perhekahvila <Kohtaamo> Program: Kevät 2027 · 11.1.2027–28.5.2027")
    assert (
        "onsdag 24.2.2027 9.30–11.00 1.3.2027–3.3.2027 Ingen träff: Talviloma "
        "onsdag 10.3.2027 9.30–11.00 onsdag 17.3.2027 Ingen träff: Talviloma"
    ) in text


def test_a_season_without_sessions_says_so(qapp: QApplication) -> None:
    html = programme_paper(programme([], []), "en").html
    assert "No sessions are planned for this period." in html
    assert "<table" not in html
