"""`python -m bench` (what `make bench` runs): measures every figure of the targets and
writes the tables to bench/RESULTS.md."""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from dataclasses import dataclass

from bench import exports, once_in_tests, views
from bench.commands import CommandTimes, measure_commands
from bench.databases import (
    MUNICIPALITY,
    ROOT,
    SMALL,
    TENTH,
    TODAY,
    WORK,
    DemoDatabase,
    cached,
    working_copy,
)
from bench.machine import describe
from bench.reference import Reference, reference_times
from bench.report import Growth, Row, count, growth_table, seconds, targets_table
from bench.startup import measure_startups
from bench.timing import median

RESULTS = ROOT / "bench" / "RESULTS.md"
FRAME = 1 / 60
INSTANT = 0.100
STATISTICS_BUDGET = 0.200
VIEW_RUNS = 9  # cheap and noisy: a few more runs than the five asked for


@dataclass(slots=True)
class ScaleResult:
    """The in-process figures on one database."""

    week: list[float]
    week_sessions: int
    month: list[float]
    month_sessions: int
    attendance: list[float]
    session: views.ChosenSession
    statistics: list[float]
    year_sessions: int
    ical: exports.IcalResult
    republish: exports.RepublishResult
    excel: exports.ExcelResult
    reference: Reference


def measure_scale(database: DemoDatabase) -> ScaleResult:
    from PySide6.QtWidgets import QApplication

    from ryhmat.storage.database import open_database

    QApplication.instance() or QApplication([])
    opened = open_database(f"sqlite:///{working_copy(database)}")
    folder = WORK / f"{database.name}-exports"
    try:
        context = views.bench_context(opened)
        step(f"{database.name}: reference workload")
        reference = reference_times()
        step(f"{database.name}: calendar")
        week = views.calendar_next_times(context, "week", VIEW_RUNS)
        month = views.calendar_next_times(context, "month", VIEW_RUNS)
        step(f"{database.name}: attendance view")
        session = context.read(views.session_of_about_40)
        attendance = views.attendance_open_times(context, session, VIEW_RUNS)
        step(f"{database.name}: statistics")
        statistics = exports.statistics_times(opened)
        # Taken again after the budgeted figures, so the machine's load while they ran
        # weighs on the reference as on them.
        reference += reference_times()
        step(f"{database.name}: iCalendar export")
        ical = exports.ical_times(opened, folder)
        step(f"{database.name}: republishing a feed")
        republish = exports.republish_times(opened, folder / "feed")
        step(f"{database.name}: Excel export")
        excel = exports.excel_times(opened, folder)
        return ScaleResult(
            week=week,
            week_sessions=views.sessions_next_week(context),
            month_sessions=views.sessions_next_month(context),
            month=month,
            attendance=attendance,
            session=session,
            statistics=statistics,
            year_sessions=exports.sessions_in_year(opened),
            ical=ical,
            republish=republish,
            excel=excel,
            reference=Reference(reference),
        )
    finally:
        opened.dispose()


STARTED = time.perf_counter()


def step(text: str) -> None:
    print(f"[{time.perf_counter() - STARTED:5.0f} s] {text}", flush=True)


def contents(database: DemoDatabase) -> str:
    connection = sqlite3.connect(cached(database))
    try:
        counts = [
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("groups", "sessions", "families", "attendance")
        ]
    finally:
        connection.close()
    size = cached(database).stat().st_size / 1024**2
    groups, sessions, families, marks = (count(number) for number in counts)
    return (
        f"{groups} groups, {sessions} sessions, {families} families, "
        f"{marks} attendance marks ({size:.0f} MB)"
    )


def budget_row(
    figure: str, times: list[float], budget_name: str, budget: float, reference: Reference
) -> Row:
    """A figure against a fixed budget scaled to this machine by the reference workload."""
    return Row(
        figure,
        times,
        f"{budget_name} ({seconds(budget)}) × {reference.factor:.2f}",
        reference.scaled(budget),
        1,
        fixed_budget=budget,
    )


def startup_rows(
    starts: dict[str, list[float]], ready: dict[str, list[float]], commands: CommandTimes
) -> list[Row]:
    """The app's window and the command line against their floors, per install."""
    floor = commands.of("floor")
    rows = [
        Row(
            "start-up to this week's calendar shown (the database open), small demo database",
            ready["small"],
            "a bare PySide6 QMainWindow shown",
            median(starts["bare"]),
            3,
            starts["bare"],
        ),
        Row(
            "the same, municipality database",
            ready["municipality"],
            "a bare PySide6 QMainWindow shown",
            median(starts["bare"]),
            3,
            starts["bare"],
        ),
        *(
            [
                Row(
                    "the same, small demo database, bundle",
                    ready["bundle small"],
                    "a bare PySide6 QMainWindow shown",
                    median(starts["bare"]),
                    3,
                    starts["bare"],
                )
            ]
            if "bundle small" in ready
            else []
        ),
        Row(
            "… what part of it any window pays that shows what SQLAlchemy's ORM reads: a bare "
            "QMainWindow shown after `import sqlalchemy.orm`",
            starts["bare-orm"],
            "a bare PySide6 QMainWindow shown",
            median(starts["bare"]),
            None,
            starts["bare"],
        ),
    ]
    installs = ["source"] + (["bundle"] if commands.bundle is not None else [])
    for install in installs:
        rows += [
            Row(
                f"`ryhmat --version`, {install}",
                commands.of(f"{install} version"),
                '`python -c "import sqlalchemy"`',
                median(floor),
                2,
                floor,
            ),
            Row(
                f"`ryhmat groups`, small demo database, {install}",
                commands.of(f"{install} groups"),
                '`python -c "import sqlalchemy"`',
                median(floor),
                2,
                floor,
            ),
        ]
    return rows


def startup_notes(commands: CommandTimes) -> list[str]:
    bundle = (
        f"the bundle's `{commands.bundle.relative_to(ROOT)}` beside it"
        if commands.bundle is not None
        else "no bundle measured: dist/ryhmat/ryhmat does not exist (`make dist` builds it)"
    )
    return [
        f"- Command line: {len(commands.of('floor'))} separate processes of each kind, taking "
        "turns, in the start-up sandbox, timed from launch to exit: the floor "
        '`python -c "import sqlalchemy"` with this interpreter, the source install\'s '
        f"`ryhmat` script, and {bundle}. `groups` lists the small demo database's groups "
        "in Finnish.",
    ]


def target_rows(
    starts: dict[str, list[float]], ready: dict[str, list[float]], full: ScaleResult
) -> list[Row]:
    excel, ical, republish = full.excel, full.ical, full.republish
    return [
        Row(
            "start-up to main window shown, municipality database",
            starts["municipality"],
            "a bare PySide6 QMainWindow shown",
            median(starts["bare"]),
            3,
            starts["bare"],
        ),
        Row(
            "the same start-up",
            starts["municipality"],
            "start-up with the small demo database",
            median(starts["small"]),
            1.2,
            starts["small"],
        ),
        Row(
            "start-up to this week's calendar shown in the window (the database open), "
            "municipality database",
            ready["municipality"],
            "the same with the small demo database",
            median(ready["small"]),
            1.2,
            ready["small"],
        ),
        budget_row("calendar: next week", full.week, "one 60 Hz frame", FRAME, full.reference),
        budget_row("calendar: next month", full.month, "one 60 Hz frame", FRAME, full.reference),
        budget_row(
            f"open the attendance view of a {full.session.people}-person session",
            full.attendance,
            "feels instant",
            INSTANT,
            full.reference,
        ),
        budget_row(
            "statistics for one year, all groups",
            full.statistics,
            "the budget",
            STATISTICS_BUDGET,
            full.reference,
        ),
        Row(
            f"iCalendar export of all public sessions in a 15-month window ({ical.events} events)",
            ical.app,
            "icalendar alone, same events",
            median(ical.floor),
            1.3,
            ical.floor,
        ),
        Row(
            "… of which rendering and writing the feed",
            ical.render_only,
            "icalendar alone, same events",
            median(ical.floor),
            None,
            ical.floor,
        ),
        Row(
            "republishing the same feed, saved with a folder, unchanged "
            f"({republish.rendered_unchanged} events rendered)",
            republish.unchanged,
            "icalendar alone, same events",
            median(ical.floor),
            0.1,
            ical.floor,
        ),
        Row(
            "… its first publish (every event rendered and written)",
            republish.first,
            "icalendar alone, same events",
            median(ical.floor),
            None,
            ical.floor,
        ),
        Row(
            "… republishing it after one session changed "
            f"({republish.rendered_one_change} event rendered)",
            republish.one_change,
            "icalendar alone, same events",
            median(ical.floor),
            None,
            ical.floor,
        ),
        Row(
            f"Excel export of one year ({excel.sheets} sheets, {count(excel.cells)} cells)",
            excel.app,
            "openpyxl alone, same cells",
            median(excel.floor),
            1.3,
            excel.floor,
        ),
        Row(
            "… of which write_workbook",
            excel.write_only,
            "openpyxl alone, same cells",
            median(excel.floor),
            None,
            excel.floor,
        ),
    ]


def growth_rows(
    starts: dict[str, list[float]],
    ready: dict[str, list[float]],
    full: ScaleResult,
    tenth: ScaleResult,
) -> list[Growth]:
    def flat(figure: str, at_full: list[float], at_tenth: list[float]) -> Growth:
        return Growth(figure, median(at_full), median(at_tenth), "flat")

    return [
        flat("start-up: window shown", starts["municipality"], starts["tenth"]),
        flat("start-up: calendar shown", ready["municipality"], ready["tenth"]),
        # Flat in the years kept; a tenth of the groups also shows a tenth of a week's
        # (a month's) sessions, so the sessions shown are written beside it.
        Growth(
            "calendar: next week",
            median(full.week),
            median(tenth.week),
            "flat",
            full.week_sessions,
            tenth.week_sessions,
            "sessions shown",
        ),
        Growth(
            "calendar: next month",
            median(full.month),
            median(tenth.month),
            "flat",
            full.month_sessions,
            tenth.month_sessions,
            "sessions shown",
        ),
        Growth(
            "attendance view",
            median(full.attendance),
            median(tenth.attendance),
            "flat",
            full.session.people,
            tenth.session.people,
            "people",
        ),
        Growth(
            "statistics for one year",
            median(full.statistics),
            median(tenth.statistics),
            "linear",
            full.year_sessions,
            tenth.year_sessions,
            "sessions",
        ),
        Growth(
            "iCalendar export",
            median(full.ical.app),
            median(tenth.ical.app),
            "linear",
            full.ical.events,
            tenth.ical.events,
            "events",
        ),
        Growth(
            "Excel export of one year",
            median(full.excel.app),
            median(tenth.excel.app),
            "linear",
            full.excel.cells,
            tenth.excel.cells,
            "cells",
        ),
    ]


def megabytes(size: int) -> str:
    return f"{size / 1024**2:.0f} MB"


def document(
    machine: list[tuple[str, str]],
    starts: dict[str, list[float]],
    ready: dict[str, list[float]],
    gave_up: list[str],
    full: ScaleResult,
    tenth: ScaleResult,
    once_in_tests_rows: list[Row],
    commands: CommandTimes,
    minutes: float,
) -> list[str]:
    lines = [
        "# Benchmark results",
        "",
        "Made by `make bench` (bench/), against the targets the README names. Each figure is",
        "the median of the runs shown, each floor measured in the same run or a fixed budget",
        "scaled to this machine by the reference workload (bench/reference.py): the budget times",
        "how much longer the workload took here than on the machine the budgets were set on.",
        "The last column keeps the figure against the fixed budget as it was set.",
        "",
        "Made on:",
        "",
        *(f"- {name}: {value}" for name, value in machine),
        f"- reference workload: {full.reference.describe()}",
        f"- whole run: {minutes:.1f} min; other work on the machine adds noise to every figure",
        "",
        "Databases (the demo generator, today = " + TODAY.isoformat() + "):",
        "",
        f"- municipality: {contents(MUNICIPALITY)}",
        f"- 1/10 scale (every tenth group, same ten years): {contents(TENTH)}",
        f"- small: {contents(SMALL)}",
        "",
        "## Targets",
        "",
        *targets_table(startup_rows(starts, ready, commands)),
        *targets_table(target_rows(starts, ready, full))[2:],
        "",
        "## Growth with the data: full scale against 1/10 scale",
        "",
        "Flat: the figure at full scale is at most 1.5 times the figure at 1/10. Linear: the",
        "cost grows at most 1.3 times as fast as what the figure handles. The 1/10 scale keeps",
        "every tenth group for the same ten years, so its calendar also shows a tenth of the",
        "sessions. The calendar's rows give the sessions shown, which its cost follows; their",
        "verdict still expects them flat.",
        "",
        *growth_table(growth_rows(starts, ready, full, tenth)),
        "",
        "## Once wall-clock limits in the tests",
        "",
        "The tests assert what these make; how long they take is measured here "
        "(bench/once_in_tests.py).",
        "",
        *targets_table(once_in_tests_rows),
        "",
        "## Details",
        "",
        f"- Start-up: {len(starts['bare'])} separate processes of each kind, taking turns, with "
        "QT_QPA_PLATFORM=offscreen and HOME and the XDG folders in a sandbox (fresh default "
        "settings; the user's settings and data untouched), each database a copy of its own. "
        "The app is the source install's `ryhmat` script, and the bundle's program on the "
        "small database when `make dist` has built it, started as a person starts it with "
        "`--database`; it reports its own start (RYHMAT_MEASURE_STARTUP, "
        "ryhmat.ui.startup_report): from the parent launching it to the end of the main "
        "window's first paint (the app shows its window before it opens the database, "
        "saying that it opens it), and on to the calendar's week painted in that window "
        "once the database is open. The floors are bare windows started by "
        "`python -m bench.startup_probe`, which ends at their first paint. Window shown: bare "
        f"{seconds(median(starts['bare']))}, small {seconds(median(starts['small']))}, "
        f"1/10 {seconds(median(starts['tenth']))}, municipality "
        f"{seconds(median(starts['municipality']))}; calendar shown: small "
        f"{seconds(median(ready['small']))}, 1/10 {seconds(median(ready['tenth']))}, "
        f"municipality {seconds(median(ready['municipality']))}.",
        *startup_notes(commands),
        *(
            [
                f"- Measured once, too slow to repeat (over 30 s): {', '.join(gave_up)}.",
            ]
            if gave_up
            else []
        ),
        "- Reference workload (bench/reference.py): an in-memory SQLite join and GROUP BY "
        "read back into Python objects, sorted and counted, and a grid of 240 Qt labels and "
        "buttons laid out and painted into an image; the same code on every machine, none of "
        "it Ryhmät's. Measured before the calendar and again after the statistics, in the "
        "same process; the budgets of the calendar, the attendance view and the statistics "
        "are multiplied by its median here over its median on the reference machine.",
        "- Calendar: the real CalendarPage (1000×700), moved to today, then timed from a click "
        "on Next to the view's viewport painted (events processed until its paint event).",
        f"- Attendance: the real AttendanceDialog of “{full.session.group}” "
        f"({full.session.people} people; at 1/10: “{tenth.session.group}”, "
        f"{tenth.session.people} people), the held roster session of the last three months "
        "nearest to 40 people; timed from construction to its roster painted.",
        f"- Statistics: compute_statistics for {exports.YEAR[0]}–{exports.YEAR[1]}, all groups, "
        "in a unit of work of its own.",
        "- iCalendar: what `ryhmat export ical` does for all public groups (build_feed with the "
        "feed's window, render_feed, publish_to_folder); its first, untimed run records the "
        "published events. Floor: icalendar's Calendar/Event `add` and `to_ical` for the same "
        "events, written to a file.",
        "- Republishing: `publish_feed` (what `ryhmat publish` runs) of a saved feed of all "
        "public groups with a folder: the first publish with no record of a former one "
        "(the record and the file removed before each run), the republish of unchanged data "
        "(its sources digested, the file on disk checked against the record; nothing built, "
        "rendered or written), and the republish after one session's theme changed (built, "
        "one event rendered, the others taken from the file on disk). Beside its file the "
        "feed writes its public programme pages (two per public group and the index, each "
        "group's calendar put together from the file's event blocks); a page whose content "
        "is unchanged is not written, and an unchanged feed leaves them alone.",
        "- Excel: what `ryhmat export excel` does for the year (compute_statistics, "
        "workbook_data, write_workbook). Floor: openpyxl alone putting the same values "
        "(formulas as text) in the same cells of the same sheets and saving. Peak memory "
        f"(tracemalloc, separate untimed run): app {megabytes(full.excel.app_peak)}, openpyxl "
        f"alone {megabytes(full.excel.floor_peak)}; at 1/10: app "
        f"{megabytes(tenth.excel.app_peak)}, openpyxl alone {megabytes(tenth.excel.floor_peak)}.",
        "",
    ]
    return lines


def quiet_offscreen_warning() -> None:
    """The offscreen platform says on every show() that it cannot honour size hints."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def measure_all_startups() -> tuple[dict[str, list[float]], dict[str, list[float]], list[str]]:
    """The window's start-ups: shown and calendar ready by kind, and the kinds given up."""
    step("start-up (separate processes)")
    kinds = measure_startups([SMALL, TENTH, MUNICIPALITY])
    starts = {kind.label: kind.times for kind in kinds}
    ready = {kind.label: kind.ready for kind in kinds if kind.ready}
    gave_up = [kind.label for kind in kinds if kind.gave_up]
    return starts, ready, gave_up


def startups_only() -> None:
    """`python -m bench startup`: the start-up rows alone, printed, RESULTS.md untouched."""
    for database in (MUNICIPALITY, TENTH, SMALL):
        cached(database)
    starts, ready, _gave_up = measure_all_startups()
    step("command line (separate processes)")
    commands = measure_commands()
    print(
        "\n".join(
            [*targets_table(startup_rows(starts, ready, commands)), "", *startup_notes(commands)]
        )
    )


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    quiet_offscreen_warning()
    if sys.argv[1:] == ["startup"]:
        startups_only()
        return
    started = time.perf_counter()
    machine = describe()
    for database in (MUNICIPALITY, TENTH, SMALL):
        cached(database)
    starts, ready, gave_up = measure_all_startups()
    step("command line (separate processes)")
    commands = measure_commands()
    full = measure_scale(MUNICIPALITY)
    tenth = measure_scale(TENTH)
    step("demo generation and roster import")
    limits = once_in_tests.rows(
        once_in_tests.demo_generation_times(),
        once_in_tests.roster_import_times(WORK / "roster"),
        full.reference,
    )
    minutes = (time.perf_counter() - started) / 60
    lines = document(machine, starts, ready, gave_up, full, tenth, limits, commands, minutes)
    RESULTS.write_text("\n".join(lines))
    print("\n".join(lines))
    print(f"Written to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
