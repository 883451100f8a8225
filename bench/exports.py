"""Statistics and the two exports, each the app's own path, beside its floor.

The floors use the libraries alone: icalendar building and serialising the same
events, openpyxl writing the same cells into the same sheets.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from icalendar import Calendar, Event
from openpyxl import Workbook, load_workbook

from bench.databases import TODAY
from bench.timing import peak_memory, run_times
from ryhmat.domain.feeds import Feed, FeedDocument, FeedKind
from ryhmat.domain.statistics import Statistics, StatisticsFilter
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.feeds import build_feed, default_feeds, save_feed
from ryhmat.domain.usecases.sessions import get_session, update_session
from ryhmat.domain.usecases.statistics import compute_statistics
from ryhmat.domain.usecases.workbook import WorkbookData, workbook_data
from ryhmat.export.excel import write_workbook
from ryhmat.export.folder import publish_to_folder
from ryhmat.export.ical import render_feed
from ryhmat.export.publishing import publish_feed
from ryhmat.storage.database import Database

# The last whole calendar year before the demo's today.
YEAR = (date(TODAY.year - 1, 1, 1), date(TODAY.year - 1, 12, 31))
ALL = StatisticsFilter()
NOW = datetime.combine(TODAY, time(12), HELSINKI)
Cells = list[tuple[str, list[tuple[int, int, Any]]]]  # per sheet: (row, column, value)


def statistics_times(database: Database) -> list[float]:
    def one_year() -> Statistics:
        with database.unit_of_work() as uow:
            return compute_statistics(uow, *YEAR, ALL, now=NOW)

    return run_times(one_year)


def sessions_in_year(database: Database) -> int:
    with database.unit_of_work() as uow:
        return len(uow.sessions.between(*YEAR))


# -- iCalendar ---------------------------------------------------------------------------


@dataclass(slots=True)
class IcalResult:
    app: list[float]
    render_only: list[float]
    floor: list[float]
    events: int


def public_feed(database: Database) -> FeedDocument:
    """What `ryhmat export ical` builds for all public groups: the feed's own window,
    three months back and twelve ahead."""
    with database.unit_of_work() as uow:
        return build_feed(uow, default_feeds(uow)[0], NOW)


def ical_times(database: Database, folder: Path) -> IcalResult:
    folder.mkdir(parents=True, exist_ok=True)

    def app_export() -> None:
        publish_to_folder(folder, "public.ics", render_feed(public_feed(database)))

    app = run_times(app_export)  # the warm-up records the published events, once
    document = public_feed(database)
    render_only = run_times(lambda: publish_to_folder(folder, "public.ics", render_feed(document)))
    floor = run_times(lambda: (folder / "floor.ics").write_bytes(icalendar_alone(document)))
    return IcalResult(app, render_only, floor, len(document.events))


@dataclass(slots=True)
class RepublishResult:
    first: list[float]
    unchanged: list[float]
    one_change: list[float]
    rendered_unchanged: int
    rendered_one_change: int


def republish_times(database: Database, folder: Path) -> RepublishResult:
    """`ryhmat publish` of a saved feed of all public groups to a folder: the first
    publish (no record: every event rendered and written), a republish of unchanged
    data, and a republish after one session's theme changed."""
    folder.mkdir(parents=True, exist_ok=True)
    with database.unit_of_work() as uow:
        feed = Feed(name="Bench: kaikki julkiset", kind=FeedKind.PUBLIC, folder=str(folder))
        save_feed(uow, feed)
        public = {group.id for group in uow.groups.list() if group.is_public}
        ahead = uow.sessions.between(TODAY + timedelta(days=1), TODAY + timedelta(days=60))
        session = next(s for s in ahead if s.group_id in public)
    rendered: list[int] = []
    themes = iter(range(1_000_000))

    def publish() -> None:
        rendered.append(publish_feed(database.unit_of_work, feed.id, NOW).rendered)

    def forget() -> None:
        with database.unit_of_work() as uow:
            uow.feed_publications.forget(feed.id)
            uow.commit()
        for published in folder.glob("bench-*.ics"):
            published.unlink()

    first = run_times(publish, prepare=forget)
    unchanged = run_times(publish)
    rendered_unchanged = max(rendered[-len(unchanged) :])
    rendered.clear()

    def edit() -> None:
        with database.unit_of_work() as uow:
            edited = replace(get_session(uow, session.id), theme=f"Teema {next(themes)}")
            update_session(uow, edited)

    one_change = run_times(publish, prepare=edit)
    rendered_one_change = max(rendered)
    return RepublishResult(first, unchanged, one_change, rendered_unchanged, rendered_one_change)


def icalendar_alone(document: FeedDocument) -> bytes:
    """The same events written the plain way with the icalendar library."""
    calendar = Calendar()
    calendar.add("prodid", "-//bench//icalendar alone//FI")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", document.name)
    for item in document.events:
        event = Event()
        event.add("uid", item.uid)
        event.add("sequence", item.sequence)
        event.add("dtstamp", item.stamp)
        event.add("last-modified", item.stamp)
        event.add("dtstart", item.start.astimezone(UTC))
        event.add("dtend", item.end.astimezone(UTC))
        event.add("summary", item.summary)
        event.add("location", item.location)
        event.add("description", item.description)
        event.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
        event.add("transp", "OPAQUE")
        calendar.add_component(event)
    content: bytes = calendar.to_ical()
    return content


# -- Excel -------------------------------------------------------------------------------


@dataclass(slots=True)
class ExcelResult:
    app: list[float]
    write_only: list[float]
    floor: list[float]
    sheets: int
    cells: int
    app_peak: int
    floor_peak: int


def year_workbook(database: Database) -> tuple[Statistics, WorkbookData]:
    """What `ryhmat export excel` reads for a year of all groups."""
    with database.unit_of_work() as uow:
        statistics = compute_statistics(uow, *YEAR, ALL, now=NOW)
        return statistics, workbook_data(uow, *YEAR, ALL, False, statistics)


def excel_times(database: Database, folder: Path) -> ExcelResult:
    folder.mkdir(parents=True, exist_ok=True)
    app_path, floor_path = folder / "year.xlsx", folder / "floor.xlsx"

    def app_export() -> None:
        write_workbook(app_path, *year_workbook(database))

    app = run_times(app_export)
    statistics, data = year_workbook(database)
    write_only = run_times(lambda: write_workbook(app_path, statistics, data))
    cells = cells_of(app_path)
    floor = run_times(lambda: openpyxl_alone(cells, floor_path))
    return ExcelResult(
        app=app,
        write_only=write_only,
        floor=floor,
        sheets=len(cells),
        cells=sum(len(sheet) for _, sheet in cells),
        app_peak=peak_memory(app_export),
        floor_peak=peak_memory(lambda: openpyxl_alone(cells, floor_path)),
    )


def cells_of(path: Path) -> Cells:
    """Every value the app's workbook holds (formulas as their text), sheet by sheet."""
    workbook = load_workbook(path, read_only=True)
    try:
        return [
            (
                sheet.title,
                [
                    (cell.row, cell.column, cell.value)
                    for row in sheet.iter_rows()
                    for cell in row
                    if cell.value is not None and cell.row is not None
                ],
            )
            for sheet in workbook.worksheets
        ]
    finally:
        workbook.close()


def openpyxl_alone(cells: Cells, path: Path) -> None:
    """The same values in the same sheets and places, written by openpyxl alone."""
    workbook = Workbook()
    if workbook.active is not None:
        workbook.remove(workbook.active)
    for title, values in cells:
        sheet = workbook.create_sheet(title)
        for row, column, value in values:
            sheet.cell(row=row, column=column, value=value)
    workbook.save(path)
