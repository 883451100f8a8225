"""The season editor: its live preview of dates, skipped days and conflicts, and saving."""

from __future__ import annotations

import uuid
from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ryhmat.domain.model import Group, GroupType, MonthlyRule, SessionStatus
from ryhmat.domain.usecases.groups import find_group, list_series, save_group
from ryhmat.domain.usecases.series import get_series
from ryhmat.domain.usecases.sessions import list_group_sessions
from ryhmat.i18n import load_language
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.groups import SeriesEditor
from ryhmat.ui.groups.series_editor import recurrence_text
from tests.gui.person import (
    choose,
    click,
    click_item,
    enter,
    focused,
    press,
    show_window,
    tab,
    tab_to,
    toggle_item,
    type_over,
    type_text,
)

from .helpers import pair_id, pair_workers, worker_id

SUNDAY, SATURDAY, FRIDAY = 6, 5, 4
KARHUNPOJAT = "Isä–lapsi-ryhmä Karhunpojat"
KARHUNPOJAT_PAIR = "Esa Räsänen + Veeti Huhtala"


def make_group(context: AppContext, pair: str | None = None) -> uuid.UUID:
    group = Group(
        name="Lauantaikerho",
        type=GroupType.OTHER,
        default_pair_id=pair_id(context, pair) if pair else None,
    )
    context.write(lambda uow: save_group(uow, group), Changes.GROUPS)
    return group.id


@pytest.fixture
def group_id(demo_context: AppContext) -> uuid.UUID:
    return make_group(demo_context)


def open_editor(qtbot: QtBot, context: AppContext, group: uuid.UUID) -> SeriesEditor:
    editor = SeriesEditor(context, group, None)
    qtbot.addWidget(editor)
    editor.open()
    return editor


def plan_saturdays(
    editor: SeriesEditor, first: date, last: date, start: time = time(10), end: time = time(12)
) -> None:
    editor.name.setText("Syyskausi 2026")
    editor.first_day.set_day(first)
    editor.last_day.set_day(last)
    row = editor.weekday_rows[SATURDAY]
    row.check.setChecked(True)
    row.start.set_moment(start)
    row.end.set_moment(end)


def texts(editor: SeriesEditor, model_name: str) -> list[str]:
    model = getattr(editor, f"{model_name}_model")
    return [
        " ".join(model.index(r, c).data() for c in range(model.columnCount())).strip()
        for r in range(model.rowCount())
    ]


def test_a_new_season_starts_weekly_from_today_with_nothing_to_save(
    qtbot: QtBot, demo_context: AppContext, group_id: uuid.UUID
) -> None:
    editor = open_editor(qtbot, demo_context, group_id)
    assert editor.windowTitle() == "New season of Lauantaikerho"
    assert editor.weekly.isChecked()
    assert editor.first_day.day() == date(2026, 11, 23)
    assert editor.first_day.text() == "23/11/2026"  # as English in Finland writes it
    assert not editor.save_button.isEnabled()
    assert editor.preview_error.text() == "Fill in the field: season name."


def test_the_preview_names_the_skipped_holidays_and_closures_and_lists_the_dates(
    qtbot: QtBot,
    demo_context: AppContext,
    group_id: uuid.UUID,
    windows: list[QWidget],
    model_tester: ModelTester,
) -> None:
    editor = SeriesEditor(demo_context, group_id, None)
    windows.append(editor)
    editor.open()
    with qtbot.waitSignal(editor.preview_updated):
        plan_saturdays(editor, date(2026, 8, 1), date(2026, 12, 31))

    skipped = {(s.day, s.reason) for s in editor.skipped_model.records}
    assert skipped == {
        (date(2026, 10, 17), "Syysloma 2026"),
        (date(2026, 10, 31), "All Saints' Day"),  # in the UI's language
        (date(2026, 12, 26), "Second Day of Christmas"),
    }
    assert "Sat 31/10/2026 All Saints' Day (public holiday)" in texts(editor, "skipped")
    assert "Sat 17/10/2026 Syysloma 2026 (closure)" in texts(editor, "skipped")
    dates = [o.day for o in editor.dates_model.records]
    assert len(dates) == 22 - 3
    assert dates[0] == date(2026, 8, 1)
    assert dates[-1] == date(2026, 12, 19)
    assert all(d.weekday() == SATURDAY for d in dates)
    assert texts(editor, "dates")[0] == "Sat 01/08/2026 10.00–12.00"
    assert editor.summary.text() == (
        "Sessions to create: 19, to update: 0, to remove: 0, to keep: 0"
    )
    assert editor.conflicts_model.rowCount() == 0
    assert editor.conflicts_heading.text() == "No conflicts."
    assert not editor.accept_conflicts.isVisible()
    assert editor.save_button.isEnabled()
    for model in (editor.dates_model, editor.skipped_model, editor.conflicts_model):
        model_tester.check(model, force_py=True)


def test_a_weekly_time_in_the_hour_the_clocks_go_back_skips_that_night(
    qtbot: QtBot, demo_context: AppContext, group_id: uuid.UUID
) -> None:
    """On 31.10.2027 the clocks show 3.00-3.59 twice: that Sunday is left out, said why."""
    editor = open_editor(qtbot, demo_context, group_id)
    with qtbot.waitSignal(editor.preview_updated):
        editor.name.setText("Yökerho")
        editor.first_day.set_day(date(2027, 10, 17))
        editor.last_day.set_day(date(2027, 11, 7))
        row = editor.weekday_rows[SUNDAY]
        row.check.setChecked(True)
        row.start.set_moment(time(3, 30))
        row.end.set_moment(time(5))
    assert [o.day for o in editor.dates_model.records] == [
        date(2027, 10, 17),
        date(2027, 10, 24),
        date(2027, 11, 7),
    ]
    assert texts(editor, "skipped") == [
        "Sun 31/10/2027 the clocks change that night",
    ]


def test_changing_the_weekday_and_time_updates_the_preview_once_the_person_pauses(
    qtbot: QtBot, demo_context: AppContext, group_id: uuid.UUID
) -> None:
    editor = open_editor(qtbot, demo_context, group_id)
    plan_saturdays(editor, date(2026, 8, 1), date(2026, 12, 31))
    editor.refresh_preview()
    refreshes: list[None] = []
    editor.preview_updated.connect(lambda: refreshes.append(None))

    with qtbot.waitSignal(editor.preview_updated):
        qtbot.mouseClick(editor.weekday_rows[SATURDAY].check, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(editor.weekday_rows[FRIDAY].check, Qt.MouseButton.LeftButton)
        editor.weekday_rows[FRIDAY].start.set_moment(time(17, 30))
        editor.weekday_rows[FRIDAY].end.set_moment(time(19))

    assert len(refreshes) == 1
    occurrences = editor.dates_model.records
    assert {o.day.weekday() for o in occurrences} == {FRIDAY}
    assert {(o.start, o.end) for o in occurrences} == {(time(17, 30), time(19))}
    assert texts(editor, "dates")[0] == "Fri 07/08/2026 17.30–19.00"
    skipped = {(s.day, s.reason) for s in editor.skipped_model.records}
    assert (date(2026, 10, 16), "Syysloma 2026") in skipped
    assert (date(2026, 12, 25), "Christmas Day") in skipped


def test_a_swedish_ui_names_the_skipped_holidays_in_swedish(
    qtbot: QtBot, demo_context: AppContext, group_id: uuid.UUID, windows: list[QWidget]
) -> None:
    load_language("sv")  # the english_ui fixture brings English back afterwards
    editor = SeriesEditor(demo_context, group_id, None)
    windows.append(editor)
    editor.open()
    with qtbot.waitSignal(editor.preview_updated):
        plan_saturdays(editor, date(2026, 8, 1), date(2026, 12, 31))

    assert {(s.day, s.reason) for s in editor.skipped_model.records} >= {
        (date(2026, 10, 31), "Alla helgons dag"),
        (date(2026, 12, 26), "Annandag jul"),
    }
    assert any("Alla helgons dag" in row for row in texts(editor, "skipped"))


def test_a_conflict_with_another_groups_session_blocks_saving_until_accepted(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    group = make_group(demo_context, pair=KARHUNPOJAT_PAIR)
    editor = open_editor(qtbot, demo_context, group)
    with qtbot.waitSignal(editor.preview_updated):
        plan_saturdays(editor, date(2026, 11, 23), date(2026, 12, 6), start=time(11), end=time(13))

    # Conflicts come in date order; the two workers of a day in no promised order.
    assert sorted(texts(editor, "conflicts")) == sorted(
        f"{who} (worker) {KARHUNPOJAT} Sat {day}/2026 10.00–12.00"
        for who in ("Esa Räsänen", "Veeti Huhtala")
        for day in ("28/11", "05/12")
    )
    assert [c.other.day for c in editor.conflicts_model.records] == [
        date(2026, 11, 28),
        date(2026, 11, 28),
        date(2026, 12, 5),
        date(2026, 12, 5),
    ]
    assert editor.conflicts_heading.text() == "Conflicts: 4"
    assert editor.accept_conflicts.isVisible()
    assert not editor.save_button.isEnabled()

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert demo_context.read(lambda uow: list_series(uow, group)) == []

    editor.accept_conflicts.setFocus()
    qtbot.keyClick(editor.accept_conflicts, Qt.Key.Key_Space)
    assert editor.save_button.isEnabled()
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    listing = demo_context.read(
        lambda uow: list_group_sessions(uow, "Lauantaikerho", demo_context.holidays)
    )
    assert [(s.start.date(), s.start.hour, s.end.hour) for s in listing.sessions] == [
        (date(2026, 11, 28), 11, 13),
        (date(2026, 12, 5), 11, 13),
    ]
    assert all(s.leaders == ["Esa Räsänen", "Veeti Huhtala"] for s in listing.sessions)
    assert all(s.status is SessionStatus.PLANNED for s in listing.sessions)


def test_an_acceptance_does_not_carry_over_to_new_conflicts(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    group = make_group(demo_context, pair=KARHUNPOJAT_PAIR)
    editor = open_editor(qtbot, demo_context, group)
    plan_saturdays(editor, date(2026, 11, 23), date(2026, 11, 29))
    editor.refresh_preview()
    editor.accept_conflicts.setChecked(True)
    assert editor.save_button.isEnabled()

    with qtbot.waitSignal(editor.preview_updated):
        editor.last_day.set_day(date(2026, 12, 6))

    assert editor.conflicts_model.rowCount() == 4
    assert not editor.accept_conflicts.isChecked()
    assert not editor.save_button.isEnabled()


def test_an_end_before_the_start_is_shown_in_the_preview_and_disables_saving(
    qtbot: QtBot, demo_context: AppContext, group_id: uuid.UUID
) -> None:
    editor = open_editor(qtbot, demo_context, group_id)
    show_window(qtbot, editor)
    plan_saturdays(editor, date(2026, 8, 1), date(2026, 12, 31))
    editor.refresh_preview()
    assert editor.save_button.isEnabled()

    with qtbot.waitSignal(editor.preview_updated):
        type_over(qtbot, editor.last_day, "31.7.26")
        tab(qtbot)

    assert editor.preview_error.isVisible()
    assert editor.preview_error.text() == (
        "The end date 31.7.2026 is before the start date 1.8.2026."
    )
    assert editor.dates_model.rowCount() == 0
    assert editor.summary.text() == ""
    assert not editor.save_button.isEnabled()

    with qtbot.waitSignal(editor.preview_updated):
        type_over(qtbot, editor.last_day, "31.2.2027")
        tab(qtbot)
    assert editor.last_day.text() == "31.2.2027"
    assert editor.preview_error.text() == "“31.2.2027” is not a date: month 2/2027 has 28 days."
    assert not editor.save_button.isEnabled()

    with qtbot.waitSignal(editor.preview_updated):
        type_over(qtbot, editor.last_day, "31.12.2026")
        tab(qtbot)
        editor.weekday_rows[SATURDAY].check.setChecked(False)
    assert editor.preview_error.text() == "Choose at least one weekday, or chosen dates."
    assert not editor.save_button.isEnabled()

    with qtbot.waitSignal(editor.preview_updated):
        editor.weekday_rows[SATURDAY].check.setChecked(True)
        type_over(qtbot, editor.weekday_rows[SATURDAY].end, "9")
        tab(qtbot)
    assert editor.preview_error.text() == "The end time 9.00 is not after the start time 10.00."
    assert not editor.save_button.isEnabled()


def test_a_season_on_chosen_dates_previews_and_saves_those_dates(
    qtbot: QtBot, demo_context: AppContext, group_id: uuid.UUID
) -> None:
    editor = open_editor(qtbot, demo_context, group_id)
    editor.name.setText("Joulupajat")
    editor.first_day.set_day(date(2026, 12, 1))
    editor.last_day.set_day(date(2026, 12, 31))
    qtbot.mouseClick(editor.on_dates, Qt.MouseButton.LeftButton)
    assert editor.pages.currentIndex() == 2
    for day in (date(2026, 12, 3), date(2026, 12, 10), date(2026, 12, 24)):
        editor.date_to_add.set_day(day)
        qtbot.mouseClick(editor.add_date_button, Qt.MouseButton.LeftButton)
    editor.dates_list.setCurrentRow(1)
    qtbot.mouseClick(editor.remove_date_button, Qt.MouseButton.LeftButton)
    assert editor.dates_list.count() == 2
    editor.chosen_start.set_moment(time(13))
    editor.chosen_end.set_moment(time(15))
    editor.refresh_preview()

    assert [o.day for o in editor.dates_model.records] == [date(2026, 12, 3)]
    assert [(s.day, s.reason) for s in editor.skipped_model.records] == [
        (date(2026, 12, 24), "Christmas Eve")
    ]
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    (series,) = demo_context.read(lambda uow: list_series(uow, group_id))
    assert series.chosen_dates == [date(2026, 12, 3), date(2026, 12, 24)]
    assert (series.chosen_start, series.chosen_end) == (time(13), time(15))
    listing = demo_context.read(
        lambda uow: list_group_sessions(uow, "Lauantaikerho", demo_context.holidays)
    )
    assert [s.start.date() for s in listing.sessions] == [date(2026, 12, 3)]


def test_editing_a_demo_season_moves_its_planned_sessions_and_keeps_the_recorded_ones(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    group = demo_context.read(lambda uow: find_group(uow, KARHUNPOJAT))
    autumn = demo_context.read(lambda uow: list_series(uow, group.id))[0]
    editor = SeriesEditor(demo_context, group.id, autumn)
    qtbot.addWidget(editor)
    editor.open()
    assert editor.name.text() == "Syyskausi 2026"
    saturday = editor.weekday_rows[SATURDAY]
    assert saturday.check.isChecked()
    assert saturday.start.moment() == time(10)
    assert editor.leaders.currentText() == f"Group's default: {KARHUNPOJAT_PAIR}"
    assert editor.summary.text().startswith("Sessions to create: 0, to update: 0")

    with qtbot.waitSignal(editor.preview_updated):
        saturday.start.set_moment(time(10, 30))
    changes = editor.summary.text()
    assert "to update: 0," not in changes
    assert "to keep: 0" not in changes
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    listing = demo_context.read(
        lambda uow: list_group_sessions(
            uow, KARHUNPOJAT, demo_context.holidays, date(2026, 8, 1), date(2026, 12, 31)
        )
    )
    starts = {s.start.date(): s.start.time() for s in listing.sessions}
    assert starts[date(2026, 11, 21)] == time(10)  # already held: kept as it was
    assert starts[date(2026, 11, 28)] == time(10, 30)


def test_in_finnish_the_labels_focus_their_fields_and_the_interval_reads_naturally(
    qtbot: QtBot, demo_context: AppContext, group_id: uuid.UUID
) -> None:
    load_language("fi")
    editor = open_editor(qtbot, demo_context, group_id)
    show_window(qtbot, editor)
    click(qtbot, editor.on_dates)
    page = editor.pages.currentWidget()
    assert page is not None
    dates_form = page.layout()
    assert isinstance(dates_form, QFormLayout)
    labels = [
        item.widget()
        for row in range(dates_form.rowCount())
        if (item := dates_form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
    ]
    assert {label.text(): label.buddy() for label in labels if isinstance(label, QLabel)} == {
        "Päivämää&rä:": editor.date_to_add,
        "&Kellonaika:": editor.chosen_start,
    }
    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert focused() is editor.date_to_add

    click(qtbot, editor.weekly)
    assert editor.interval.text() == "joka viikko"
    tab_to(qtbot, editor.interval)
    press(qtbot, Qt.Key.Key_Up)
    assert editor.interval.text() == "joka 2. viikko"
    assert editor.cancel_button.text() == "Peruuta"


def test_other_leaders_beside_the_pair_lead_every_session_and_are_checked_for_conflicts(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    group = make_group(demo_context)
    editor = open_editor(qtbot, demo_context, group)
    show_window(qtbot, editor)
    with qtbot.waitSignal(editor.preview_updated):
        plan_saturdays(editor, date(2026, 11, 23), date(2026, 12, 6), start=time(11), end=time(13))
    pairs = [editor.leaders.itemText(i) for i in range(1, editor.leaders.count())]
    pair = next(p for p in pairs if "Esa" not in p and "Veeti" not in p)
    choose(qtbot, editor.leaders, pair)
    # Esa leads Karhunpojat on Saturdays 10–12: as a third leader he is booked twice.
    with qtbot.waitSignal(editor.preview_updated):
        toggle_item(qtbot, editor.other_leaders, "Esa Räsänen")
    assert sorted(texts(editor, "conflicts")) == [
        f"Esa Räsänen (worker) {KARHUNPOJAT} Sat {day}/2026 10.00–12.00"
        for day in ("05/12", "28/11")
    ]
    assert not editor.save_button.isEnabled()
    tab_to(qtbot, editor.accept_conflicts)
    press(qtbot, Qt.Key.Key_Space)
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor.save_button)

    listing = demo_context.read(
        lambda uow: list_group_sessions(uow, "Lauantaikerho", demo_context.holidays)
    )
    first, second = pair.split(" + ")
    assert len(listing.sessions) == 2
    assert all(s.leaders == [first, second, "Esa Räsänen"] for s in listing.sessions)

    # Opened again, the season shows its pair and the one ticked beside it.
    [season] = demo_context.read(lambda uow: list_series(uow, group))
    again = SeriesEditor(demo_context, group, season)
    qtbot.addWidget(again)
    assert again.leaders.currentText() == pair
    ticked = [
        again.other_leaders.item(row).text()
        for row in range(again.other_leaders.count())
        if again.other_leaders.item(row).checkState() == Qt.CheckState.Checked
    ]
    assert ticked == ["Esa Räsänen"]
    assert again.series().leader_ids == season.leader_ids


def test_other_leaders_beside_the_groups_default_pair_keep_that_pair(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    group = make_group(demo_context, pair=KARHUNPOJAT_PAIR)
    editor = open_editor(qtbot, demo_context, group)
    plan_saturdays(editor, date(2027, 1, 4), date(2027, 1, 17), start=time(14), end=time(15))
    assert editor.series().leader_ids == []  # the group's default, followed if it changes
    item = editor.other_leaders.findItems("Kirsti Tuovinen", Qt.MatchFlag.MatchExactly)[0]
    item.setCheckState(Qt.CheckState.Checked)
    assert editor.series().leader_ids == [
        *pair_workers(demo_context, KARHUNPOJAT_PAIR),
        worker_id(demo_context, "Kirsti Tuovinen"),
    ]


def test_a_monthly_season_typed_by_keyboard_previews_its_days_and_saves_its_rule(
    qtbot: QtBot, demo_context: AppContext, group_id: uuid.UUID, model_tester: ModelTester
) -> None:
    editor = open_editor(qtbot, demo_context, group_id)
    show_window(qtbot, editor)
    type_over(qtbot, editor.name, "Vauvakahvila kevät 2027")
    type_over(qtbot, editor.first_day, "1.1.2027")
    type_over(qtbot, editor.last_day, "31.5.2027")
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(editor.monthly.isChecked)  # a button's Alt key clicks it on a timer
    assert editor.pages.currentIndex() == 1
    press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert focused() is editor.ordinal
    choose(qtbot, editor.ordinal, "last")
    choose(qtbot, editor.month_weekday, "Wednesday")
    tab_to(qtbot, editor.monthly_start)
    type_over(qtbot, editor.monthly_start, "17.30")
    with qtbot.waitSignal(editor.preview_updated):
        type_over(qtbot, editor.monthly_end, "19")
    assert editor.monthly_words.text() == "The last Wednesday of the month"
    assert texts(editor, "dates") == [
        "Wed 27/01/2027 17.30–19.00",
        "Wed 31/03/2027 17.30–19.00",
        "Wed 28/04/2027 17.30–19.00",
        "Wed 26/05/2027 17.30–19.00",
    ]
    assert texts(editor, "skipped") == ["Wed 24/02/2027 Talviloma 2027 (closure)"]
    model_tester.check(editor.dates_model, force_py=True)
    model_tester.check(editor.skipped_model, force_py=True)
    with qtbot.waitSignal(editor.preview_updated):
        choose(qtbot, editor.ordinal, "first")
    # The first Wednesday of 2027 is Loppiainen (6.1.): left out and named.
    assert texts(editor, "skipped") == ["Wed 06/01/2027 Epiphany (public holiday)"]
    assert editor.monthly_words.text() == "The first Wednesday of every month"
    tab_to(qtbot, editor.save_button)
    with qtbot.waitSignal(editor.saved):
        press(qtbot, Qt.Key.Key_Space)

    (season,) = demo_context.read(lambda uow: list_series(uow, group_id))
    assert season.monthly == MonthlyRule(1, 2, time(17, 30), time(19))
    assert season.slots == []
    assert recurrence_text(season) == "the first Wednesday of every month, 17.30–19.00"
    listing = demo_context.read(
        lambda uow: list_group_sessions(uow, "Lauantaikerho", demo_context.holidays)
    )
    assert [s.start.date() for s in listing.sessions] == [
        date(2027, 2, 3),
        date(2027, 3, 3),
        date(2027, 4, 7),
        date(2027, 5, 5),
    ]


def test_in_finnish_the_monthly_rule_reads_as_a_finn_says_it(
    qtbot: QtBot, demo_context: AppContext, group_id: uuid.UUID
) -> None:
    load_language("fi")
    editor = open_editor(qtbot, demo_context, group_id)
    show_window(qtbot, editor)
    click(qtbot, editor.monthly)
    choose(qtbot, editor.ordinal, "ensimmäinen")
    choose(qtbot, editor.month_weekday, "lauantai")
    assert editor.monthly_words.text() == "Joka kuukauden ensimmäinen lauantai"
    choose(qtbot, editor.ordinal, "viimeinen")
    choose(qtbot, editor.month_weekday, "keskiviikko")
    assert editor.monthly_words.text() == "Kuukauden viimeinen keskiviikko"


def test_a_date_left_out_with_a_reason_cancels_its_planned_session_and_keeps_held_ones(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    group = demo_context.read(lambda uow: find_group(uow, KARHUNPOJAT))
    autumn = demo_context.read(lambda uow: list_series(uow, group.id))[0]
    editor = SeriesEditor(demo_context, group.id, autumn)
    qtbot.addWidget(editor)
    editor.open()
    show_window(qtbot, editor)
    press(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    assert focused() is editor.skip_day
    type_over(qtbot, editor.skip_day, "5.12.2026")
    tab_to(qtbot, editor.skip_reason)
    type_text(qtbot, "työpari koulutuksessa")
    tab_to(qtbot, editor.skip_button)
    press(qtbot, Qt.Key.Key_Space)
    # 21.11. is held already: skipping it leaves it as it is.
    type_over(qtbot, editor.skip_day, "21.11.2026")
    tab_to(qtbot, editor.skip_reason)
    type_text(qtbot, "retki")
    # Enter in the reason leaves the date out; it does not save the season without it.
    with qtbot.waitSignal(editor.preview_updated):
        enter(qtbot)
    assert editor.isVisible()
    assert [editor.skipped_list.item(i).text() for i in range(editor.skipped_list.count())] == [
        "Sat 21/11/2026 – retki",
        "Sat 05/12/2026 – työpari koulutuksessa",
    ]
    lines = texts(editor, "skipped")
    assert "Sat 05/12/2026 työpari koulutuksessa (left out this season) is cancelled" in lines
    assert "Sat 21/11/2026 retki (left out this season) held: left as it is" in lines
    assert editor.summary.text().endswith(", to cancel: 1")
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor.save_button)

    listing = demo_context.read(
        lambda uow: list_group_sessions(
            uow, KARHUNPOJAT, demo_context.holidays, date(2026, 11, 1), date(2026, 12, 31)
        )
    )
    by_day = {s.start.date(): s for s in listing.sessions}
    assert by_day[date(2026, 12, 5)].status is SessionStatus.CANCELLED
    assert by_day[date(2026, 12, 5)].cancel_reason == "työpari koulutuksessa"
    assert by_day[date(2026, 11, 21)].status is SessionStatus.HELD
    stored = demo_context.read(lambda uow: get_series(uow, autumn.id))
    assert [(s.day, s.reason) for s in stored.skipped_dates] == [
        (date(2026, 11, 21), "retki"),
        (date(2026, 12, 5), "työpari koulutuksessa"),
    ]

    # The training is moved after all: undoing the skip plans the session again.
    again = SeriesEditor(demo_context, group.id, stored)
    qtbot.addWidget(again)
    again.open()
    show_window(qtbot, again)
    assert "Sat 05/12/2026 työpari koulutuksessa (left out this season) cancelled already" in (
        texts(again, "skipped")
    )
    click_item(qtbot, again.skipped_list, "Sat 05/12/2026 – työpari koulutuksessa")
    tab_to(qtbot, again.unskip_button)
    with qtbot.waitSignal(again.preview_updated):
        press(qtbot, Qt.Key.Key_Space)
    assert again.summary.text().endswith(", to plan again: 1")
    with qtbot.waitSignal(again.saved):
        click(qtbot, again.save_button)
    listing = demo_context.read(
        lambda uow: list_group_sessions(
            uow, KARHUNPOJAT, demo_context.holidays, date(2026, 12, 5), date(2026, 12, 5)
        )
    )
    assert [(s.status, s.cancel_reason) for s in listing.sessions] == [(SessionStatus.PLANNED, "")]


def test_a_date_the_season_does_not_meet_on_cannot_be_left_out(
    qtbot: QtBot, demo_context: AppContext, group_id: uuid.UUID
) -> None:
    editor = open_editor(qtbot, demo_context, group_id)
    show_window(qtbot, editor)
    plan_saturdays(editor, date(2026, 8, 1), date(2026, 12, 31))
    type_over(qtbot, editor.skip_day, "14.10.2026")
    tab_to(qtbot, editor.skip_button)
    press(qtbot, Qt.Key.Key_Space)
    assert editor.preview_error.text().startswith("Write the reason")
    assert editor.skipped_list.count() == 0
    tab_to(qtbot, editor.skip_reason)
    type_text(qtbot, "työpari koulutuksessa")
    tab_to(qtbot, editor.skip_button)
    with qtbot.waitSignal(editor.preview_updated):
        press(qtbot, Qt.Key.Key_Space)
    assert editor.preview_error.text() == (
        "The season does not meet on 14.10.2026, so it cannot be skipped."
    )
    assert not editor.save_button.isEnabled()
    click_item(qtbot, editor.skipped_list, "Wed 14/10/2026 – työpari koulutuksessa")
    tab_to(qtbot, editor.unskip_button)
    with qtbot.waitSignal(editor.preview_updated):
        press(qtbot, Qt.Key.Key_Space)
    assert editor.skipped_list.count() == 0
    assert editor.save_button.isEnabled()
