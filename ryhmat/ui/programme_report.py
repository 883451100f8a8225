"""A group's programme on paper for families: its season's sessions and the dates it does
not meet, in one calm list by date, in Finnish, Swedish or English whatever the app
speaks; the group's name on top of every page. The content is
ryhmat/domain/usecases/programme.py's ``Programme``; it names no family."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from datetime import date
from functools import partial
from html import escape
from pathlib import Path

from PySide6.QtCore import QLocale

from ryhmat.domain.errors import QT_TRANSLATE_NOOP
from ryhmat.domain.scheduling import SkippedDay
from ryhmat.domain.usecases.programme import Programme, ProgrammePlace, ProgrammeSession
from ryhmat.domain.written import written_date, written_time
from ryhmat.i18n import translator
from ryhmat.ui.printing import Paper, page_number, save_paper_pdf

CONTEXT = "Programme"
PROGRAMME = QT_TRANSLATE_NOOP("Programme", "Programme")
PAGE = QT_TRANSLATE_NOOP("Programme", "Page %1 of %2")
DAY = QT_TRANSLATE_NOOP("Programme", "Day")
TIME = QT_TRANSLATE_NOOP("Programme", "Time")
THEME = QT_TRANSLATE_NOOP("Programme", "Theme")
PLACE = QT_TRANSLATE_NOOP("Programme", "Place")
LEADERS = QT_TRANSLATE_NOOP("Programme", "Leaders")
CANCELLED = QT_TRANSLATE_NOOP("Programme", "Cancelled")
NO_MEETING = QT_TRANSLATE_NOOP("Programme", "No meeting")
NO_SESSIONS = QT_TRANSLATE_NOOP("Programme", "No sessions are planned for this period.")

STYLE = """
<style>
  body { font-family: sans-serif; font-size: 11pt; color: #222222; }
  h1 { font-size: 18pt; margin-bottom: 2pt; }
  p { margin-top: 0; margin-bottom: 4pt; }
  p.season { font-size: 12pt; color: #444444; margin-bottom: 8pt; }
  p.page { text-align: right; font-size: 9pt; color: #666666; margin: 0; }
  table { border-collapse: collapse; }
  th { text-align: left; border-bottom: 1px solid #888888; padding: 4px 6px; }
  td { border-bottom: 1px solid #dddddd; padding: 5px 6px; vertical-align: top; }
  td.when { white-space: nowrap; }
  td.quiet { color: #666666; font-style: italic; }
</style>
"""

Words = Callable[[str], str]


def words_in(language: str) -> Words:
    """The programme's words in ``language``."""
    return partial(translator(language), CONTEXT)


def programme_paper(programme: Programme, language: str) -> Paper:
    """The programme in ``language`` (fi, sv or en), the group's name and the season on
    top of every page. It names no family: printing it is not logged."""
    words = words_in(language)
    return Paper(
        f"<html><head>{STYLE}</head><body>{_body(programme, words, language)}</body></html>",
        header=partial(_header, programme, words),
    )


def save_programme_pdf(programme: Programme, language: str, path: Path) -> None:
    """Write the programme as an A4 PDF, whole or not at all."""
    save_paper_pdf(programme_paper(programme, language), path)


def _header(programme: Programme, words: Words, page: int, pages: int) -> str:
    number = page_number(words(PAGE), page, pages)
    period = f"{written_date(programme.first_day)}–{written_date(programme.last_day)}"
    season = f"{programme.season} · {period}" if programme.season else period
    return (
        f"<html><head>{STYLE}</head><body>{number}<h1>{escape(programme.group)}</h1>"
        f"<p class='season'>{escape(words(PROGRAMME))}: {escape(season)}</p></body></html>"
    )


def _body(programme: Programme, words: Words, language: str) -> str:
    parts = [
        f"<p>{escape(line)}</p>" for line in programme.description.splitlines() if line.strip()
    ]
    place, leaders = programme.shared_place, programme.shared_leaders
    if place is not None:
        parts.append(f"<p><b>{escape(words(PLACE))}:</b> {escape(_place(place))}</p>")
    if leaders:
        parts.append(f"<p><b>{escape(words(LEADERS))}:</b> {escape(', '.join(leaders))}</p>")
    if not programme.sessions and not programme.skipped:
        parts.append(f"<p><i>{escape(words(NO_SESSIONS))}</i></p>")
        return "".join(parts)
    # A column of themes only when a session has one (or is cancelled, said there).
    themes = any(s.theme or s.cancelled for s in programme.sessions)
    columns = [DAY, TIME, THEME] if themes else [DAY, TIME]
    # A column of places when the sessions meet at different ones.
    places = place is None and any(s.place for s in programme.sessions)
    if places:
        columns.append(PLACE)
    if leaders is None:
        columns.append(LEADERS)
    head = "".join(f"<th>{escape(words(column))}</th>" for column in columns)
    rows: list[tuple[date, int, str]] = [
        (s.day, 0, _session_row(s, words, language, themes, places, leaders is None))
        for s in programme.sessions
    ]
    rows += [
        (
            first.day,
            1,
            f"<tr><td class='when'>{escape(_days(first.day, last.day, language))}</td>"
            f"<td class='quiet' colspan='{len(columns) - 1}'>"
            f"{escape(words(NO_MEETING))}: {escape(first.reason)}</td></tr>",
        )
        for first, last in _runs(programme)
    ]
    body = "".join(row for _, _, row in sorted(rows, key=lambda row: row[:2]))
    # Qt's rich text keeps no margin above a table: a small empty line instead.
    parts.append("<p style='font-size: 4pt'>&nbsp;</p>")
    parts.append(f"<table width='100%'><thead><tr>{head}</tr></thead>{body}</table>")
    return "".join(parts)


def _session_row(
    session: ProgrammeSession,
    words: Words,
    language: str,
    themes: bool,
    place: bool,
    leaders: bool,
) -> str:
    times = f"{written_time(session.start)}–{written_time(session.end)}"
    if session.cancelled:
        reason = f": {session.cancel_reason}" if session.cancel_reason else ""
        what = f"<td class='quiet'>{escape(words(CANCELLED) + reason)}</td>"
    else:
        what = f"<td>{escape(session.theme)}</td>"
    cells = [
        f"<td class='when'>{escape(_day(session.day, language))}</td>",
        f"<td class='when'>{escape(times)}</td>",
    ]
    if themes:
        cells.append(what)
    if place:
        cells.append(f"<td>{escape(_place(session.place) if session.place else '')}</td>")
    if leaders:
        cells.append(f"<td>{escape(', '.join(session.leaders))}</td>")
    return "<tr>" + "".join(cells) + "</tr>"


def _runs(programme: Programme) -> list[tuple[SkippedDay, SkippedDay]]:
    """The skipped dates as runs of one reason with no session between them (the
    weekdays of a syysloma): the first and the last of each."""
    between = sorted(session.day for session in programme.sessions)
    runs: list[tuple[SkippedDay, SkippedDay]] = []
    for day in programme.skipped:
        if runs:
            first, last = runs[-1]
            after = bisect_right(between, last.day)  # the first session after the run
            met = after < len(between) and between[after] < day.day
            if day.reason == first.reason and not met:
                runs[-1] = (first, day)
                continue
        runs.append((day, day))
    return runs


def _days(first: date, last: date, language: str) -> str:
    """One skipped date as a session's, a run of them from the first to the last."""
    if first == last:
        return _day(first, language)
    return f"{written_date(first)}–{written_date(last)}"


def _day(day: date, language: str) -> str:
    """The weekday written out and the date: "tiistai 1.9.2026", "tisdag 1.9.2026"."""
    weekday = QLocale(f"{language}_FI").standaloneDayName(
        day.isoweekday(), QLocale.FormatType.LongFormat
    )
    return f"{weekday} {written_date(day)}"


def _place(place: ProgrammePlace) -> str:
    return f"{place.name}, {place.address}" if place.address else place.name
