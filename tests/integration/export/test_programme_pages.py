"""The public programme pages as the folder publisher writes them with the public feed:
what they show and in which language, that every text is text, that nothing of a family
or of a group that is not public reaches them, and that a reader never meets a link to
a file that is not there, while they are written, replaced or removed."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import icalendar
import pytest

from ryhmat.domain.feeds import Feed, FeedKind
from ryhmat.domain.usecases.feeds import build_feed, feed_file_name, get_feed, save_feed
from ryhmat.domain.usecases.groups import save_group
from ryhmat.export import programme_site
from ryhmat.export.folder import INDEX_PAGE
from ryhmat.export.ical import render_feed
from ryhmat.export.publishing import (
    PublishOutcome,
    publish_feed,
    withdraw_feed,
    withdraw_from_former_folder,
)
from ryhmat.storage.database import Database
from tests.integration.export.programme_world import (
    BABY_GROUP,
    CANCEL_REASON,
    HOSTILE_GROUP,
    HOSTILE_THEME,
    NOW,
    PRIVATE_GROUP,
    SECRETS,
    ProgrammeWorld,
    build_programme_world,
)


class Page(HTMLParser):
    """A page read as a browser reads it: its language, links, text and elements."""

    def __init__(self, path: Path) -> None:
        super().__init__(convert_charrefs=True)
        self.language = ""
        self.links: list[str] = []
        self.tags: list[str] = []
        self.texts: list[str] = []
        self.feed(path.read_text(encoding="utf-8"))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        values = dict(attrs)
        if tag == "html":
            self.language = values.get("lang") or ""
        for attribute in ("href", "src"):
            if values.get(attribute):
                self.links.append(values[attribute] or "")

    def handle_data(self, data: str) -> None:
        self.texts.append(data)

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.texts).split())


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "julkaisu"
    made.mkdir()
    return made


@pytest.fixture
def world(database: Database, folder: Path) -> ProgrammeWorld:
    return build_programme_world(database, folder)


def publish(database: Database, world: ProgrammeWorld) -> PublishOutcome:
    return publish_feed(database.unit_of_work, world.feed.id, NOW)


def pages(folder: Path) -> dict[str, Page]:
    return {path.name: Page(path) for path in sorted(folder.glob("*.html"))}


def test_the_public_feed_writes_an_index_and_a_page_per_public_group_in_two_languages(
    database: Database, world: ProgrammeWorld, folder: Path
) -> None:
    outcome = publish(database, world)

    assert outcome.page == folder / "index.html"
    index, swedish = Page(folder / "index.html"), Page(folder / "index.sv.html")
    assert (index.language, swedish.language) == ("fi", "sv")
    assert "index.sv.html" in index.links
    assert "index.html" in swedish.links
    assert "Ryhmien ohjelma" in index.text
    assert "Gruppernas program" in swedish.text
    assert "Lisää kaikki ryhmät kalenteriini" in index.text
    # All public groups at once: the public feed's file, under a name that is no secret.
    assert "kaikki-ryhmat.ics" in index.links
    assert outcome.file is not None
    assert (folder / "kaikki-ryhmat.ics").read_bytes() == outcome.file.read_bytes()
    assert BABY_GROUP in index.text
    assert PRIVATE_GROUP not in index.text
    group_pages = [link for link in index.links if link.endswith(".html") and "index" not in link]
    assert len(group_pages) == 9  # the demo's eight public groups and the hostile one
    for link in group_pages:
        page, other = Page(folder / link), Page(folder / link.replace(".html", ".sv.html"))
        assert (page.language, other.language) == ("fi", "sv")
        assert link.replace(".html", ".sv.html") in page.links
        assert link in other.links
        assert "Lisää kalenteriini" in page.text
        assert "Lägg till i min kalender" in other.text
        assert "Tulevat ryhmäkerrat" in page.text
        assert "Kommande träffar" in other.text
        assert link.replace(".html", ".ics") in page.links
        assert page.tags.count("script") == 0
        assert "ohjelma.css" in page.links


def test_a_groups_page_shows_its_sessions_the_finnish_and_swedish_way(
    database: Database, world: ProgrammeWorld, folder: Path
) -> None:
    publish(database, world)

    finnish = Page(folder / "vauvaryhma-pikkuiset.html")
    swedish = Page(folder / "vauvaryhma-pikkuiset.sv.html")
    assert finnish.text.startswith(
        "Vauvaryhmä Pikkuiset – Ryhmien ohjelma På svenska Kaikki ryhmät Vauvaryhmä Pikkuiset"
    )
    assert "Lasten ikä: 0–12 kk" in finnish.text
    assert "Barnens ålder: 0–12 mån" in swedish.text
    # The baby group meets on Tuesdays at 9.30; its second coming session is cancelled.
    assert "Tiistai 24.11.2026 klo 9.30–11.00 Vauvan uni Perhekeskus Majakka" in finnish.text
    assert "Tisdag 24.11.2026 kl. 9.30–11.00 Vauvan uni Perhekeskus Majakka" in swedish.text
    assert f"Peruttu {CANCEL_REASON} Tiistai 1.12.2026" in finnish.text
    assert f"Inställd {CANCEL_REASON} Tisdag 1.12.2026" in swedish.text
    html = (folder / "vauvaryhma-pikkuiset.html").read_text()
    assert html.count('class="session cancelled"') == 1


def test_a_groups_own_feed_holds_the_public_feeds_events_of_that_group(
    database: Database, world: ProgrammeWorld, folder: Path
) -> None:
    publish(database, world)

    with database.unit_of_work() as uow:
        baby = uow.groups.by_name(BABY_GROUP)
        assert baby is not None
        as_a_group_feed = render_feed(
            build_feed(uow, Feed(name=BABY_GROUP, kind=FeedKind.GROUP, target_id=baby.id), NOW)
        )
    # Put together from the public file's blocks, the same bytes as the group's feed.
    assert (folder / "vauvaryhma-pikkuiset.ics").read_bytes() == as_a_group_feed
    public = icalendar.Calendar.from_ical((folder / feed_file_name(world.feed)).read_bytes())
    own = icalendar.Calendar.from_ical((folder / "vauvaryhma-pikkuiset.ics").read_bytes())
    public_events = {str(e["UID"]): e.to_ical() for e in public.walk("VEVENT")}
    own_events = {str(e["UID"]): e.to_ical() for e in own.walk("VEVENT")}
    assert len(own_events) > 10
    assert all(public_events[uid] == event for uid, event in own_events.items())
    summaries = [str(e["SUMMARY"]) for e in own.walk("VEVENT")]
    cancelled = [summary for summary in summaries if CANCEL_REASON in summary]
    assert len(cancelled) == 1
    assert cancelled[0].startswith(f"PERUTTU: {BABY_GROUP}")
    assert cancelled[0].endswith(f"({CANCEL_REASON})")


def test_every_text_of_the_database_is_text_on_the_pages(
    database: Database, world: ProgrammeWorld, folder: Path
) -> None:
    publish(database, world)

    for name, page in pages(folder).items():
        assert {"script", "img", "i", "b"}.isdisjoint(page.tags), name
    index = Page(folder / "index.html")
    assert HOSTILE_GROUP in index.text
    hostile = next(Page(folder / link) for link in index.links if link.startswith("script-"))
    assert HOSTILE_THEME in hostile.text
    assert 'Perhetalo <Aurinko>, Puistotie 1 "A"' in hostile.text
    assert 'Kaikille "perheille" <i>tervetuloa</i> Toinen kappale & loppu' in hostile.text


def test_nothing_of_a_family_a_note_a_group_not_public_or_a_secret_reaches_the_folder(
    database: Database, world: ProgrammeWorld, folder: Path
) -> None:
    publish(database, world)

    written = list(folder.iterdir())
    assert len(written) > 20
    for path in written:
        text = path.read_text(encoding="utf-8").replace("\r\n ", "").casefold()
        for secret in SECRETS:
            assert secret.casefold() not in text, (path.name, secret)
    # Nor the public feed's secret file name, which only partners are given.
    for path in folder.glob("*.html"):
        assert world.feed.token not in path.read_text(encoding="utf-8"), path.name


def test_a_reader_never_meets_a_link_to_a_file_that_is_not_there(
    database: Database, world: ProgrammeWorld, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Checked after every file the pages' writer writes or removes: publishing, a group
    no longer public, a group renamed, a new secret address, and withdrawing the feed.
    No page names a feed or style sheet that is not there; the index pages name no page
    that is not there (a group's new pages are found only once the index names them)."""
    checked: list[str] = []

    def links_hold() -> None:
        for name, page in pages(folder).items():
            for link in page.links:
                if name.startswith("index.") or not link.endswith(".html"):
                    assert (folder / link).is_file(), f"{name} links to {link}, not there"
        checked.append("checked")

    def checking(function: Callable[..., object]) -> Callable[..., object]:
        def checked_call(*args: object, **kwargs: object) -> object:
            result = function(*args, **kwargs)
            links_hold()
            return result

        return checked_call

    for name in ("publish_to_folder", "remove_published"):
        monkeypatch.setattr(programme_site, name, checking(getattr(programme_site, name)))

    publish(database, world)
    with database.unit_of_work() as uow:
        hostile = uow.groups.get(world.hostile_group)
        baby = uow.groups.by_name(BABY_GROUP)
        assert hostile is not None
        assert baby is not None
        hostile.is_public = False
        save_group(uow, hostile)
        baby.name = "Vauvaryhmä Pikkuiset ja Taaperot"
        save_group(uow, baby)
    publish(database, world)
    links_hold()
    assert not list(folder.glob("script-*"))
    assert not list(folder.glob("vauvaryhma-pikkuiset.*"))
    assert (folder / "vauvaryhma-pikkuiset-ja-taaperot.sv.html").is_file()
    assert (folder / "vauvaryhma-pikkuiset-ja-taaperot.ics").is_file()

    old_file = feed_file_name(world.feed)
    rotated = publish_feed(database.unit_of_work, world.feed.id, NOW, rotate=True)
    assert rotated.file is not None
    assert rotated.file.name != old_file
    assert not (folder / old_file).exists()
    assert (folder / "kaikki-ryhmat.ics").read_bytes() == rotated.file.read_bytes()

    withdraw_feed(database.unit_of_work, world.feed.id)
    links_hold()
    assert sorted(path.name for path in folder.iterdir()) == ["index.html"]
    assert (folder / "index.html").read_bytes() == INDEX_PAGE
    assert len(checked) > 40


def test_a_page_of_ones_own_stays_and_the_swedish_pages_are_written_beside_it(
    database: Database, world: ProgrammeWorld, folder: Path
) -> None:
    own = b"<!DOCTYPE html><title>Perhepalvelut</title><p>Oma sivu</p>\n"
    (folder / "index.html").write_bytes(own)

    publish(database, world)
    withdraw_feed(database.unit_of_work, world.feed.id)

    assert (folder / "index.html").read_bytes() == own
    assert not (folder / "index.sv.html").exists()


def test_a_public_feed_moved_to_another_folder_takes_its_pages_along(
    database: Database, world: ProgrammeWorld, folder: Path, tmp_path: Path
) -> None:
    publish(database, world)
    elsewhere = tmp_path / "muualla"
    elsewhere.mkdir()
    with database.unit_of_work() as uow:
        before = get_feed(uow, world.feed.id)
        after = dataclasses.replace(before, folder=str(elsewhere))
        save_feed(uow, after)
    withdraw_from_former_folder(before, after)
    publish(database, dataclasses.replace(world, feed=after))

    assert sorted(path.name for path in folder.iterdir()) == ["index.html"]
    assert (folder / "index.html").read_bytes() == INDEX_PAGE
    assert Page(elsewhere / "index.html").language == "fi"


def test_a_public_feed_made_a_groups_feed_takes_its_pages_away(
    database: Database, world: ProgrammeWorld, folder: Path
) -> None:
    publish(database, world)
    with database.unit_of_work() as uow:
        before = get_feed(uow, world.feed.id)
        baby = uow.groups.by_name(BABY_GROUP)
        assert baby is not None
        after = dataclasses.replace(before, kind=FeedKind.GROUP, target_id=baby.id)
        save_feed(uow, after)
    withdraw_from_former_folder(before, after)
    publish(database, dataclasses.replace(world, feed=after))

    assert sorted(path.name for path in folder.iterdir()) == sorted(
        [feed_file_name(after), "index.html"]
    )
    assert (folder / "index.html").read_bytes() == INDEX_PAGE


def test_publishing_again_unchanged_leaves_every_page_as_it_was(
    database: Database, world: ProgrammeWorld, folder: Path
) -> None:
    publish(database, world)
    before = {path.name: path.stat().st_mtime_ns for path in folder.iterdir()}

    assert publish(database, world).rendered == 0  # the feed was not even built

    assert {path.name: path.stat().st_mtime_ns for path in folder.iterdir()} == before


def test_what_only_the_pages_show_is_published_when_it_changes(
    database: Database, world: ProgrammeWorld, folder: Path
) -> None:
    """A group's description and ages are not in any feed, but a change to them is
    published to its pages; pages removed by hand come back at the next publish."""
    publish(database, world)
    with database.unit_of_work() as uow:
        baby = uow.groups.by_name(BABY_GROUP)
        assert baby is not None
        baby.description = "Uusi kuvaus vauvaperheille"
        baby.target_age_max_months = 6
        save_group(uow, baby)

    publish(database, world)

    page = Page(folder / "vauvaryhma-pikkuiset.html")
    assert "Uusi kuvaus vauvaperheille" in page.text
    assert "Lasten ikä: 0–6 kk" in page.text
    for path in folder.glob("*.html"):
        path.unlink()
    publish(database, world)
    assert Page(folder / "vauvaryhma-pikkuiset.sv.html").language == "sv"
    assert Page(folder / "index.html").language == "fi"


def test_a_name_whose_letters_grow_when_spelt_plainly_still_gets_its_page(
    database: Database, world: ProgrammeWorld, folder: Path
) -> None:
    # "½" is spelt "1⁄2": 200 of them would make a file name no file system takes.
    with database.unit_of_work() as uow:
        baby = uow.groups.by_name(BABY_GROUP)
        assert baby is not None
        baby.name = "½" * 200
        save_group(uow, baby)

    outcome = publish(database, world)

    assert outcome.page == folder / "index.html"
    long_pages = list(folder.glob("1-2*.html"))
    assert len(long_pages) == 2
    assert all(len(page.name.encode()) <= 255 for page in long_pages)
