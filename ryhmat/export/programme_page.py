"""The public programme pages: static HTML and one style sheet, in Finnish and Swedish.

Families find a group and its coming sessions there, and the link that adds the group's
sessions to their own calendar. The pages need no script and load nothing from
elsewhere; every text of the database is escaped (a group called ``<script>`` is text).
They show what the public feed shows (``public_programme``), never anything of the
families, and their own words come from the translation files (context
"ProgrammePage"), as the workbook's do.

The calendars the pages link to are the pages' own files beside them: each group's own
feed, and the public feed's calendar under a name of its own, so that no page shows a
feed's secret file name (rotating the public feed's secret does not move the pages'
calendars). The feeds do not know the address they are served from, so the links are
relative to the page: a browser hands the file to the calendar app. A ``webcal:`` link
needs the whole address and is not written.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from ryhmat.domain.errors import QT_TRANSLATE_NOOP
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.feeds import PageGroup, PageSession, PublicProgramme, slug
from ryhmat.export.ical import clean_text
from ryhmat.i18n import Translate, translator
from ryhmat.labels import target_ages_text

CONTEXT: Final = "ProgrammePage"
PAGE_LANGUAGES: Final = ("fi", "sv")
INDEX_STEM: Final = "index"
STYLE_SHEET_NAME: Final = "ohjelma.css"
# The calendar of all public groups the index links to: the public feed's file under a
# name of the pages' own, so that the feed's secret name is never on a page.
ALL_GROUPS_STEM: Final = "kaikki-ryhmat"
# Marks a page as the app's own: only such a page is replaced or removed by a publish.
GENERATOR: Final = "Ryhmät programme pages"
GENERATOR_MARK: Final = f'<meta name="generator" content="{GENERATOR}">'.encode()

# The link to the page in the other language, in that language.
_OTHER_LANGUAGE: Final = {"fi": ("sv", "På svenska"), "sv": ("fi", "Suomeksi")}

_WEEKDAYS: Final = (
    QT_TRANSLATE_NOOP("ProgrammePage", "Monday"),
    QT_TRANSLATE_NOOP("ProgrammePage", "Tuesday"),
    QT_TRANSLATE_NOOP("ProgrammePage", "Wednesday"),
    QT_TRANSLATE_NOOP("ProgrammePage", "Thursday"),
    QT_TRANSLATE_NOOP("ProgrammePage", "Friday"),
    QT_TRANSLATE_NOOP("ProgrammePage", "Saturday"),
    QT_TRANSLATE_NOOP("ProgrammePage", "Sunday"),
)
TITLE = QT_TRANSLATE_NOOP("ProgrammePage", "Groups' programme")
INTRODUCTION = QT_TRANSLATE_NOOP(
    "ProgrammePage", "The groups' coming sessions, and links that add them to your calendar."
)
LANGUAGE = QT_TRANSLATE_NOOP("ProgrammePage", "Language")
ALL_GROUPS = QT_TRANSLATE_NOOP("ProgrammePage", "All groups")
ADD_GROUP = QT_TRANSLATE_NOOP("ProgrammePage", "Add to my calendar")
ADD_ALL = QT_TRANSLATE_NOOP("ProgrammePage", "Add all groups to my calendar")
ADD_HINT = QT_TRANSLATE_NOOP(
    "ProgrammePage",
    "The link opens the sessions as a calendar file (.ics) in your calendar app. "
    "To see changes and cancellations there too, subscribe to the link's address "
    "in your calendar.",
)
UPCOMING = QT_TRANSLATE_NOOP("ProgrammePage", "Upcoming sessions")
NO_SESSIONS = QT_TRANSLATE_NOOP("ProgrammePage", "No upcoming sessions are planned yet.")
NO_GROUPS = QT_TRANSLATE_NOOP("ProgrammePage", "No groups are published at the moment.")
NEXT_SESSION = QT_TRANSLATE_NOOP("ProgrammePage", "Next session:")
CANCELLED = QT_TRANSLATE_NOOP("ProgrammePage", "Cancelled")
CLOCK = QT_TRANSLATE_NOOP("ProgrammePage", "at %1–%2")
ORGANISERS = QT_TRANSLATE_NOOP("ProgrammePage", "Organisers:")
AGES = QT_TRANSLATE_NOOP("ProgrammePage", "Children's ages: %1")
SHOWN_UNTIL = QT_TRANSLATE_NOOP("ProgrammePage", "Sessions up to %1.")


def page_name(stem: str, language: str) -> str:
    """``index.html`` in Finnish, ``index.sv.html`` in Swedish."""
    return f"{stem}.html" if language == PAGE_LANGUAGES[0] else f"{stem}.{language}.html"


def feed_name(stem: str) -> str:
    """The group's own feed beside its pages."""
    return f"{stem}.ics"


def group_stems(groups: Sequence[PageGroup]) -> dict[uuid.UUID, str]:
    """Each group's file names without their ends: its name as a file name, numbered
    when two names read alike; never the index's or the style sheet's."""
    taken = {INDEX_STEM, ALL_GROUPS_STEM, STYLE_SHEET_NAME.split(".", 1)[0]}
    stems: dict[uuid.UUID, str] = {}
    for group in groups:
        base = slug(group.name)
        stem, number = base, 2
        while stem in taken:
            stem, number = f"{base}-{number}", number + 1
        taken.add(stem)
        stems[group.id] = stem
    return stems


@dataclass(frozen=True, slots=True)
class _Words:
    """The page's words in one language."""

    language: str
    said: Translate

    def __call__(self, source: str) -> str:
        return _escaped(self.said(CONTEXT, source))

    def day(self, moment: datetime, capital: bool = False) -> str:
        """The day as "tiistai 12.1.2027" (Swedish: "tisdag 12.1.2027"), with ``capital``
        for the start of a line "Tiistai 12.1.2027"."""
        local = moment.astimezone(HELSINKI)
        weekday = self.said(CONTEXT, _WEEKDAYS[local.weekday()])
        if capital:
            weekday = weekday[:1].upper() + weekday[1:]
        return _escaped(f"{weekday} {local.day}.{local.month}.{local.year}")

    def clock(self, session: PageSession) -> str:
        start, end = (_time(m) for m in (session.starts_at, session.ends_at))
        return _escaped(self.said(CONTEXT, CLOCK).replace("%1", start).replace("%2", end))


def _time(moment: datetime) -> str:
    local = moment.astimezone(HELSINKI)
    return f"{local.hour}.{local.minute:02}"


def _escaped(text: str) -> str:
    return html.escape(clean_text(text), quote=True)


def _words(language: str) -> _Words:
    return _Words(language, translator(language))


def render_index(programme: PublicProgramme, stems: dict[uuid.UUID, str], language: str) -> bytes:
    """The page of all public groups: each with its ages and next session, a link to its
    own page (named by ``group_stems``) and calendar; the calendar of all of them."""
    words = _words(language)
    body = [
        f"<h1>{words(TITLE)}</h1>",
        f"<p>{words(INTRODUCTION)}</p>",
        _add_link(words, feed_name(ALL_GROUPS_STEM), words(ADD_ALL)),
    ]
    if not programme.groups:
        body.append(f"<p>{words(NO_GROUPS)}</p>")
    else:
        body.append('<ul class="groups">')
        body.extend(_group_card(words, group, stems[group.id]) for group in programme.groups)
        body.append("</ul>")
    body.append(_horizon(words, programme))
    return _page(words, words(TITLE), INDEX_STEM, body)


def render_group(programme: PublicProgramme, group: PageGroup, stem: str, language: str) -> bytes:
    """A public group's page (named ``stem``): what it is and for whom, its calendar, its
    coming sessions."""
    words = _words(language)
    name = _escaped(group.name)
    body = [
        f'<p class="back"><a href="{page_name(INDEX_STEM, language)}">{words(ALL_GROUPS)}</a></p>',
        f"<h1>{name}</h1>",
        *_about(words, group),
        _add_link(words, feed_name(stem), words(ADD_GROUP)),
        f"<h2>{words(UPCOMING)}</h2>",
    ]
    if group.sessions:
        body.append('<ol class="sessions">')
        body.extend(_session(words, session) for session in group.sessions)
        body.append("</ol>")
    else:
        body.append(f"<p>{words(NO_SESSIONS)}</p>")
    body.append(_horizon(words, programme))
    return _page(words, f"{name} – {words(TITLE)}", stem, body)


def _page(words: _Words, title: str, stem: str, body: Iterable[str]) -> bytes:
    other, other_name = _OTHER_LANGUAGE[words.language]
    other_page = page_name(stem, other)
    lines = [
        "<!DOCTYPE html>",
        f'<html lang="{words.language}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        GENERATOR_MARK.decode(),
        f"<title>{title}</title>",
        f'<link rel="stylesheet" href="{STYLE_SHEET_NAME}">',
        f'<link rel="alternate" hreflang="{other}" href="{other_page}">',
        "</head>",
        "<body>",
        "<header>",
        f'<nav aria-label="{words(LANGUAGE)}">',
        f'<a href="{other_page}" hreflang="{other}" lang="{other}">{other_name}</a>',
        "</nav>",
        "</header>",
        "<main>",
        *body,
        "</main>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(lines).encode("utf-8")


def _about(words: _Words, group: PageGroup) -> list[str]:
    about = []
    ages = _ages(words, group)
    if ages:
        about.append(f'<p class="ages">{ages}</p>')
    about.extend(_paragraphs(group.description))
    if group.organisers:
        organisers = _escaped(", ".join(group.organisers))
        about.append(f'<p class="organisers">{words(ORGANISERS)} {organisers}</p>')
    return about


def _ages(words: _Words, group: PageGroup) -> str:
    """ "Lasten ikä: 0–6 kk", written as the app writes a group's ages."""
    ages = target_ages_text(group.age_min_months, group.age_max_months, words.said)
    return words(AGES).replace("%1", _escaped(ages)) if ages else ""


def _paragraphs(text: str) -> list[str]:
    """A text a person typed: a paragraph per blank-line-separated part, its lines kept."""
    parts = [part.strip() for part in clean_text(text).split("\n\n")]
    return [
        f'<p class="description">{"<br>".join(_escaped(line) for line in part.splitlines())}</p>'
        for part in parts
        if part
    ]


def _add_link(words: _Words, feed_file: str, text: str) -> str:
    return (
        f'<p class="add"><a class="calendar" href="{html.escape(feed_file, quote=True)}"'
        f' type="text/calendar">{text}</a></p>\n<p class="hint">{words(ADD_HINT)}</p>'
    )


def _group_card(words: _Words, group: PageGroup, stem: str) -> str:
    page = page_name(stem, words.language)
    lines = [
        '<li class="group">',
        f'<h2><a href="{page}">{_escaped(group.name)}</a></h2>',
    ]
    ages = _ages(words, group)
    if ages:
        lines.append(f'<p class="ages">{ages}</p>')
    coming = next((s for s in group.sessions if not s.cancelled), None)
    if coming is not None:
        lines.append(
            f'<p class="next">{words(NEXT_SESSION)} {_when(words, coming)}'
            f"{', ' if _place(coming) else ''}{_place(coming)}</p>"
        )
    else:
        lines.append(f'<p class="next">{words(NO_SESSIONS)}</p>')
    # Each link names its group to a screen reader, which may list the links alone.
    hidden = f'<span class="visually-hidden">: {_escaped(group.name)}</span>'
    lines.append(
        f'<p class="add"><a href="{feed_name(stem)}" type="text/calendar">'
        f"{words(ADD_GROUP)}{hidden}</a></p>"
    )
    lines.append("</li>")
    return "\n".join(lines)


def _when(words: _Words, session: PageSession, capital: bool = False) -> str:
    moment = session.starts_at.astimezone(HELSINKI)
    return (
        f'<time datetime="{moment.strftime("%Y-%m-%dT%H:%M")}">{words.day(moment, capital)}</time>'
        f' <span class="clock">{words.clock(session)}</span>'
    )


def _place(session: PageSession) -> str:
    return _escaped(", ".join(part for part in (session.place, session.address) if part))


def _session(words: _Words, session: PageSession) -> str:
    lines = ['<li class="session cancelled">' if session.cancelled else '<li class="session">']
    if session.cancelled:
        reason = f" {_escaped(session.cancel_reason)}" if session.cancel_reason else ""
        lines.append(f'<p class="status"><strong>{words(CANCELLED)}</strong>{reason}</p>')
    lines.append(f'<p class="when">{_when(words, session, capital=True)}</p>')
    if session.theme.strip():
        lines.append(f'<p class="theme">{_escaped(session.theme)}</p>')
    place = _place(session)
    if place:
        lines.append(f'<p class="place">{place}</p>')
    lines.append("</li>")
    return "\n".join(lines)


def _horizon(words: _Words, programme: PublicProgramme) -> str:
    last = programme.last_day
    until = words(SHOWN_UNTIL).replace("%1", f"{last.day}.{last.month}.{last.year}")
    return f'<p class="horizon">{until}</p>'


STYLE_SHEET: Final = b"""\
/* The public programme pages of Ryhmat: readable on a phone and on a desktop. */
:root { color-scheme: light; }
* { box-sizing: border-box; }
body {
  margin: 0; background: #f6f4ef; color: #1d1d1b;
  font: 1.0625rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  /* A web address in a description, or a long word, wraps rather than widen the page. */
  overflow-wrap: break-word; overflow-wrap: anywhere;
}
header, main { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
header { display: flex; justify-content: flex-end; padding-top: 0.75rem; }
main { padding-bottom: 2rem; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0.5rem 0 0.75rem; }
h2 { font-size: 1.25rem; margin: 1.5rem 0 0.5rem; }
a { color: #0b4f8a; }
a:focus-visible { outline: 3px solid #1d1d1b; outline-offset: 2px; }
p { margin: 0.4rem 0; }
ul.groups, ol.sessions { list-style: none; margin: 1rem 0; padding: 0; }
li.group, li.session {
  background: #fff; border: 1px solid #c9c4b8; border-radius: 0.5rem;
  padding: 0.75rem 1rem; margin: 0 0 0.75rem;
}
li.group h2 { margin: 0 0 0.25rem; }
.ages { font-weight: 600; }
.when { font-weight: 600; }
.clock { white-space: nowrap; }
.hint, .horizon { color: #4a4843; font-size: 0.95rem; }
p.add a.calendar {
  display: inline-block; padding: 0.55rem 1rem; border-radius: 0.4rem;
  background: #0b4f8a; color: #fff; font-weight: 600; text-decoration: none;
}
p.add a.calendar:hover { background: #083a66; }
li.session.cancelled { background: #f3f1ec; border-style: dashed; }
li.session.cancelled .when, li.session.cancelled .theme { text-decoration: line-through; }
.status strong {
  display: inline-block; padding: 0 0.4rem; border: 2px solid #8a1c12; border-radius: 0.3rem;
  color: #8a1c12; text-transform: uppercase; letter-spacing: 0.03em; margin-right: 0.3rem;
}
.visually-hidden {
  position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap;
}
"""
