"""Writing the public programme pages into the public feed's folder, with its feed.

Each file is written atomically (``publish_to_folder``: a temporary file renamed over
the old one, left untouched when its content has not changed), and in an order in which
a reader never follows a link to what is not there: first the calendars (each group's,
and all groups' under a name of the pages' own) and the style sheet, then the groups'
pages, then the index pages that link to them (the Swedish before the Finnish, the
folder's front page); only then the pages of groups that are no longer public (or whose
name changed) are removed, the index pages first, and after them their calendars.

The app's pages are known by their generator mark. An ``index.html`` of a person's own
there (one without the mark, not the empty page the folder publisher keeps) is left as
it is, and the Finnish index is then not written.
"""

from __future__ import annotations

from pathlib import Path

from ryhmat.domain.feeds import FeedDocument
from ryhmat.domain.usecases.feeds import PublicProgramme
from ryhmat.export.folder import (
    INDEX_NAME,
    INDEX_PAGE,
    folder_error,
    publish_to_folder,
    remove_published,
)
from ryhmat.export.ical import assemble_feed, event_blocks, feed_head, in_order, render_feed
from ryhmat.export.programme_page import (
    ALL_GROUPS_STEM,
    GENERATOR_MARK,
    INDEX_STEM,
    PAGE_LANGUAGES,
    STYLE_SHEET,
    STYLE_SHEET_NAME,
    feed_name,
    group_stems,
    page_name,
    render_group,
    render_index,
)

# The generator mark is in a page's head, well within its first bytes.
_MARK_WITHIN = 1024


def publish_pages(
    folder: Path, programme: PublicProgramme, public: FeedDocument, all_groups: bytes
) -> Path:
    """Write the pages of ``programme`` in ``folder``, with the calendar of all its
    groups (``all_groups``, the public feed's file, written from ``public``) and each
    group's own, and remove the app's pages no group has now. Returns the index page.
    Raises PublishError when the folder cannot be written."""
    stems = group_stems(programme.groups)
    blocks = _blocks_by_uid(public, all_groups)
    for group in programme.groups:
        publish_to_folder(folder, feed_name(stems[group.id]), _group_calendar(group.feed, blocks))
    publish_to_folder(folder, feed_name(ALL_GROUPS_STEM), all_groups)
    publish_to_folder(folder, STYLE_SHEET_NAME, STYLE_SHEET)
    written = set()
    for group in programme.groups:
        for language in PAGE_LANGUAGES:
            name = page_name(stems[group.id], language)
            publish_to_folder(
                folder, name, render_group(programme, group, stems[group.id], language)
            )
            written.add(name)
    # The Finnish index is the folder's front page: written last, once the Swedish is there.
    for language in reversed(PAGE_LANGUAGES):
        name = page_name(INDEX_STEM, language)
        written.add(name)
        if name == INDEX_NAME and not _index_is_ours(folder):
            continue
        publish_to_folder(folder, name, render_index(programme, stems, language))
    _remove_pages(folder, keep=written, kept_feeds={feed_name(s) for s in stems.values()})
    return folder / INDEX_NAME


def _blocks_by_uid(public: FeedDocument, content: bytes) -> dict[str, bytes]:
    """The public feed's file's event blocks by UID: a group's calendar is put together
    from them, not rendered again."""
    blocks = event_blocks(content)
    events = in_order(public.events)
    if blocks is None or len(blocks) != len(events):
        return {}
    return {event.uid: block for event, block in zip(events, blocks, strict=True)}


def _group_calendar(document: FeedDocument, blocks: dict[str, bytes]) -> bytes:
    """``render_feed(document)``, byte for byte, of the blocks the public file has."""
    events = in_order(document.events)
    if not all(event.uid in blocks for event in events):
        return render_feed(document)
    return assemble_feed(feed_head(document), [blocks[event.uid] for event in events])


def pages_present(folder: Path) -> bool:
    """Are the app's pages in ``folder``? The Swedish index, written after every group's
    pages, stands for them all."""
    return _carries_mark(folder / page_name(INDEX_STEM, PAGE_LANGUAGES[1]))


def withdraw_pages(folder: Path) -> None:
    """Remove the app's pages from ``folder`` (the public feed goes, or goes elsewhere),
    then their feeds and the style sheet; the index becomes the empty page again, so
    that a server with directory listing on still shows no names."""
    if (folder / INDEX_NAME).exists() and _index_is_ours(folder):
        publish_to_folder(folder, INDEX_NAME, INDEX_PAGE)
    _remove_pages(folder, keep={INDEX_NAME}, kept_feeds=set())
    remove_published(folder, feed_name(ALL_GROUPS_STEM))
    remove_published(folder, STYLE_SHEET_NAME)


def page_files(folder: Path) -> set[str]:
    """The names of the files in ``folder`` that the pages' writer wrote: its pages,
    their calendars and the style sheet."""
    pages = _app_pages(folder)
    names = {page.name for page in pages}
    names |= {feed_name(page.name.split(".", 1)[0]) for page in pages}
    names |= {feed_name(ALL_GROUPS_STEM), STYLE_SHEET_NAME}
    names.discard(feed_name(INDEX_STEM))
    return {name for name in names if (folder / name).is_file()}


def _remove_pages(folder: Path, keep: set[str], kept_feeds: set[str]) -> None:
    # The index first: it links to the groups' pages.
    gone = sorted(
        (page for page in _app_pages(folder) if page.name not in keep),
        key=lambda page: (not page.name.startswith(f"{INDEX_STEM}."), page.name),
    )
    for page in gone:
        remove_published(folder, page.name)
    for page in gone:
        stem = page.name.split(".", 1)[0]
        if stem != INDEX_STEM and feed_name(stem) not in kept_feeds:
            remove_published(folder, feed_name(stem))


def _app_pages(folder: Path) -> list[Path]:
    try:
        return [page for page in folder.glob("*.html") if _carries_mark(page)]
    except OSError as error:
        raise folder_error(folder, error) from error


def _index_is_ours(folder: Path) -> bool:
    index = folder / INDEX_NAME
    try:
        return index.read_bytes() == INDEX_PAGE or _carries_mark(index)
    except FileNotFoundError:
        return True
    except OSError:  # not ours to read, so not ours to replace
        return False


def _carries_mark(page: Path) -> bool:
    try:
        with page.open("rb") as stream:
            return GENERATOR_MARK in stream.read(_MARK_WITHIN)
    except OSError:
        return False
