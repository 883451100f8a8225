"""Renders the calendar, the group and season editors, the attendance view and the
one-page summary for a board from the small demo data into docs/screenshots/*.png,
headless. Run it with `make screenshots`.

The demo's "today" and the app's clock are fixed, so the pictures change only when
the app does.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QWidget

from ryhmat.app import export_adapters
from ryhmat.demo import generate, load
from ryhmat.desktop_database import OpenDatabase
from ryhmat.domain.finnish_holidays import FinnishHolidays
from ryhmat.domain.model import AttendanceMode, SessionStatus
from ryhmat.domain.statistics import StatisticsFilter
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.calendar import calendar_entries
from ryhmat.domain.usecases.evaluations import evaluations_for
from ryhmat.domain.usecases.groups import find_group, list_groups, list_series
from ryhmat.domain.usecases.programme import season_programme
from ryhmat.domain.usecases.statistics import compute_statistics
from ryhmat.i18n import install_into, load_language
from ryhmat.preferences import Preferences
from ryhmat.storage.database import open_database
from ryhmat.summary import summary
from ryhmat.ui.context import AppContext
from ryhmat.ui.groups import GroupEditor
from ryhmat.ui.main_window import MainWindow
from ryhmat.ui.printing import one_page_document
from ryhmat.ui.programme_report import save_programme_pdf
from ryhmat.ui.sessions import AttendanceDialog
from ryhmat.ui.summary_report import summary_html

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=HELSINKI)
FATHER_CHILD_GROUP = "Isä–lapsi-ryhmä Karhunpojat"
BABY_GROUP = "Vauvaryhmä Pikkuiset"
CLOSURES_MONTH = date(2026, 12, 14)
OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
# The summary of a school year whose seasons have ended and been evaluated, the last but one.
SCHOOL_YEAR = (date(2026, 8, 1), date(2027, 6, 15))
A4 = (794, 1123)  # pixels at 96 dpi
MARGIN = 57  # 15 mm, as printed


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(app: QApplication, widget: QWidget, name: str) -> None:
    settle(app)
    path = OUT / name
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def main() -> int:
    app = QApplication(sys.argv)
    load_language("fi")
    install_into(app)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(f"sqlite:///{Path(folder) / 'demo.sqlite3'}")
        try:
            with database.unit_of_work() as uow:
                load(uow, generate("small", seed=1, today=TODAY))
            context = AppContext(
                database.unit_of_work, clock=lambda: NOW, adapters=export_adapters()
            )
            settings = Preferences.in_file(Path(folder) / "settings.ini")
            window = MainWindow(context, OpenDatabase(database), settings, "fi")
            window.resize(1280, 800)
            window.show()
            window.calendar.show_day(TODAY)
            save(app, window, "calendar.png")
            # December: the school's joululoma and the clinic's own break, as closures.
            window.calendar.set_mode("month")
            window.calendar.show_day(CLOSURES_MONTH)
            save(app, window, "calendar-closures.png")
            window.calendar.set_mode("week")
            window.calendar.show_day(TODAY)
            save_move_question(app, context, window)

            group = context.read(lambda uow: find_group(uow, FATHER_CHILD_GROUP))
            editor = GroupEditor(context, group.id, window)
            editor.open()
            save(app, editor, "group-editor.png")
            autumn = context.read(lambda uow: list_series(uow, group.id))[0]
            editor.edit_season(autumn)
            season = editor.series_editor
            assert season is not None
            season.refresh_preview()
            save(app, season, "season-editor.png")
            season.close()
            editor.close()
            save_programme(context, Path(folder))

            roster_groups = {
                g.id
                for g in context.read(list_groups)
                if g.attendance_mode is AttendanceMode.BOTH
                or g.attendance_mode is AttendanceMode.ROSTER
            }
            recent = [
                e
                for e in context.read(lambda uow: calendar_entries(uow, date(2026, 11, 9), TODAY))
                if e.group_id in roster_groups and e.status is SessionStatus.HELD
            ]
            attendance = AttendanceDialog(context, recent[-1].session_id, window)
            attendance.resize(1000, 640)
            attendance.open()
            save(app, attendance, "attendance.png")
            attendance.close()
            window.close()
        finally:
            database.dispose()
        save_summary(folder)
    return 0


def save_move_question(app: QApplication, context: AppContext, window: MainWindow) -> None:
    """The question a session dragged a day later and half an hour on asks, over the
    week it is dragged in (drawn into one picture: offscreen, a dialog is a window of
    its own)."""
    week = context.read(lambda uow: calendar_entries(uow, TODAY, TODAY + timedelta(days=6)))
    entry = next(e for e in week if e.group_name == BABY_GROUP)
    window.calendar.mover.move(entry, entry.day + timedelta(days=1), time(10, 0))
    box = window.calendar.mover.question
    assert box is not None
    settle(app)
    picture = window.grab()
    question = box.grab()
    painter = QPainter(picture)
    try:
        corner = picture.rect().center() - question.rect().center()
        painter.drawPixmap(corner, question)
    finally:
        painter.end()
    box.reject()
    path = OUT / "moving.png"
    if not picture.save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def save_programme(context: AppContext, folder: Path) -> None:
    """The first page of the baby group's printed autumn programme, in Finnish."""
    group = context.read(lambda uow: find_group(uow, BABY_GROUP))
    autumn = context.read(lambda uow: list_series(uow, group.id))[0]
    holidays = FinnishHolidays(lambda: "fi")
    programme = context.read(lambda uow: season_programme(uow, group.id, autumn.id, holidays))
    pdf = folder / "programme.pdf"
    save_programme_pdf(programme, "fi", pdf)
    document = QPdfDocument()
    document.load(str(pdf))
    size = document.pagePointSize(0)
    image = document.render(0, QSize(A4[0], round(A4[0] * size.height() / size.width())))
    document.close()
    path = OUT / "programme.png"
    if not image.save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def save_summary(folder: str) -> None:
    """The one-page summary of the demo's school year, drawn as its PDF page is."""
    database = open_database(f"sqlite:///{Path(folder) / 'year.sqlite3'}")
    try:
        first, last = SCHOOL_YEAR
        with database.unit_of_work() as uow:
            load(uow, generate("small", seed=1, today=last))
        with database.unit_of_work() as uow:
            now = datetime(last.year, last.month, last.day, 12, 0, tzinfo=HELSINKI)
            statistics = compute_statistics(uow, first, last, StatisticsFilter(), now=now)
            page = summary(statistics, evaluations_for(uow, first, last, StatisticsFilter()))
    finally:
        database.dispose()
    image = QImage(*A4, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    inner = QSizeF(A4[0] - 2 * MARGIN, A4[1] - 2 * MARGIN)
    document = one_page_document(lambda size: summary_html(page, size), inner, image)
    painter = QPainter(image)
    try:
        painter.translate(MARGIN, MARGIN)
        document.drawContents(painter)
    finally:
        painter.end()
    path = OUT / "summary.png"
    if not image.save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


if __name__ == "__main__":
    sys.exit(main())
