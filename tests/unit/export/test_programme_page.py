"""The public programme pages as HTML: names for their files, words in each language, and
every text of the database as text, whatever it holds."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta
from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

from ryhmat.domain.feeds import FeedDocument
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.feeds import PageGroup, PageSession, PublicProgramme
from ryhmat.export.ical import clean_text
from ryhmat.export.programme_page import group_stems, render_group, render_index

TODAY = date(2027, 1, 11)
# The elements a page is made of; anything else came from a text.
OWN_TAGS = {
    "html", "head", "meta", "title", "link", "body", "header", "nav", "a", "main", "h1",
    "h2", "p", "ul", "ol", "li", "time", "span", "strong", "br",
}  # fmt: skip


class Read(HTMLParser):
    def __init__(self, page: bytes) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.texts: list[str] = []
        self.feed(page.decode("utf-8"))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)

    def handle_data(self, data: str) -> None:
        self.texts.append(data)

    @property
    def text(self) -> str:
        return "".join(self.texts)


def session(day: date, theme: str = "", cancelled: bool = False, reason: str = "") -> PageSession:
    return PageSession(
        starts_at=datetime.combine(day, time(9, 30), HELSINKI),
        ends_at=datetime.combine(day, time(11, 0), HELSINKI),
        theme=theme,
        place="Perhekeskus Majakka",
        address="Keskuskatu 12",
        cancelled=cancelled,
        cancel_reason=reason,
    )


def group(
    name: str = "Vauvaryhmä",
    description: str = "",
    ages: tuple[int | None, int | None] = (0, 12),  # months
    sessions: tuple[PageSession, ...] = (),
) -> PageGroup:
    return PageGroup(
        id=uuid.uuid4(),
        name=name,
        description=description,
        age_min_months=ages[0],
        age_max_months=ages[1],
        organisers=("MLL Järvelä",),
        sessions=sessions,
        feed=FeedDocument(name=name, refresh=timedelta(hours=1), events=[]),
    )


def programme(*groups: PageGroup) -> PublicProgramme:
    return PublicProgramme(TODAY, TODAY + timedelta(days=183), groups)


def test_each_group_gets_file_names_of_its_own_never_the_index_or_the_calendar_of_all() -> None:
    groups = [group("Index"), group("Kaikki ryhmät"), group("Isä–lapsi"), group("Isa lapsi")]

    stems = group_stems(groups)

    assert [stems[g.id] for g in groups] == [
        "index-2",
        "kaikki-ryhmat-2",
        "isa-lapsi",
        "isa-lapsi-2",
    ]


def test_the_weekday_date_and_time_are_written_the_finnish_and_the_swedish_way() -> None:
    baby = group(sessions=(session(TODAY + timedelta(days=1), "Vauvan uni"),))
    shown = programme(baby)

    finnish = Read(render_group(shown, baby, "vauva", "fi")).text
    swedish = Read(render_group(shown, baby, "vauva", "sv")).text

    assert "Tiistai 12.1.2027 klo 9.30–11.00" in finnish
    assert "Tisdag 12.1.2027 kl. 9.30–11.00" in swedish
    assert "Ryhmäkerrat 13.7.2027 asti." in finnish
    assert "Träffar till och med 13.7.2027." in swedish


def test_a_cancelled_session_says_so_in_words() -> None:
    baby = group(sessions=(session(TODAY, cancelled=True, reason="Ohjaaja sairastui"),))

    page = render_group(programme(baby), baby, "vauva", "fi")

    assert b"<strong>Peruttu</strong> Ohjaaja sairastui" in page
    assert "Peruttu Ohjaaja sairastui Maanantai 11.1.2027" in " ".join(Read(page).text.split())


def test_the_index_says_the_next_session_that_is_not_cancelled_and_the_ages() -> None:
    groups = (
        group("Vauvat", sessions=(session(TODAY, cancelled=True), session(TODAY + timedelta(7)))),
        group("Kaikki", ages=(None, None)),
        group("Isommat", ages=(36, None)),
        group("Pienet", ages=(None, 6)),
    )
    shown = programme(*groups)

    text = " ".join(Read(render_index(shown, group_stems(groups), "fi")).text.split())

    assert "Vauvat Lasten ikä: 0–12 kk Seuraava kerta: maanantai 18.1.2027" in text
    assert "Kaikki Tulevia ryhmäkertoja ei ole vielä suunniteltu." in text
    assert "Isommat Lasten ikä: vähintään 3 v" in text
    assert "Pienet Lasten ikä: enintään 6 kk" in text


def test_without_public_groups_the_index_says_so() -> None:
    text = Read(render_index(programme(), {}, "sv")).text

    assert "Inga grupper är publicerade just nu." in text


def test_a_description_keeps_its_paragraphs_and_lines() -> None:
    baby = group(description="Ensimmäinen rivi\nToinen rivi\n\n\nUusi kappale")

    page = render_group(programme(baby), baby, "vauva", "fi")

    assert b'<p class="description">Ensimm\xc3\xa4inen rivi<br>Toinen rivi</p>' in page
    assert b'<p class="description">Uusi kappale</p>' in page


@given(name=st.text(), theme=st.text(), description=st.text(), reason=st.text())
def test_any_text_of_the_database_is_text_on_the_page(
    name: str, theme: str, description: str, reason: str
) -> None:
    shown = group(
        name,
        description,
        sessions=(session(TODAY, theme), session(TODAY, theme, cancelled=True, reason=reason)),
    )
    for language in ("fi", "sv"):
        page = render_group(programme(shown), shown, "ryhma", language)
        read = Read(page)
        assert read.tags <= OWN_TAGS
        for text in (name, theme, reason):
            assert " ".join(clean_text(text).split()) in " ".join(read.text.split())
        index = Read(render_index(programme(shown), {shown.id: "ryhma"}, language))
        assert index.tags <= OWN_TAGS
