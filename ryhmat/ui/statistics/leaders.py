"""Tilastot, Ohjaajat ja perumiset: each leader's hours and planning time, the hours of staff,
volunteers and students, and the cancelled sessions by reason."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ryhmat.domain.model import CancelReason
from ryhmat.domain.statistics import SESSIONS_CANCELLED, KindHours, LeaderHours, Statistics
from ryhmat.labels import (
    CANCEL_CATEGORY,
    CANCELLED_BY_REASON,
    HOURS_IN_ALL,
    LEADER,
    LEADER_HOURS,
    LEADER_HOURS_BY_KIND,
    LEADERS,
    PLANNING_HOURS,
    WORKER_KIND,
    figure_name,
    hours,
    kind_total_name,
    label,
    leader_time_definition,
    leader_time_name,
)
from ryhmat.ui.records import Column, RecordTableModel

H = TypeVar("H", LeaderHours, KindHours)
ReasonCount = tuple[CancelReason, int]


def _hour_columns(kind: type[H]) -> list[Column[H]]:
    def column(name: str, value: Callable[[H], float], explained: str = "") -> Column[H]:
        return Column[H](
            leader_time_name(name),
            lambda r: hours(value(r)),
            sort_key=value,
            explanation=leader_time_definition(explained) if explained else "",
        )

    return [
        column(LEADER_HOURS, lambda r: r.hours, LEADER_HOURS),
        column(PLANNING_HOURS, lambda r: r.planning_hours, PLANNING_HOURS),
        column(HOURS_IN_ALL, lambda r: r.total_hours),
    ]


class LeadersPanel(QWidget):
    """Three tables of the statistics shown: leaders, kinds of leaders, reasons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.leaders_model: RecordTableModel[LeaderHours] = RecordTableModel(
            [
                Column[LeaderHours](leader_time_name(LEADER), lambda r: r.name),
                Column[LeaderHours](leader_time_name(WORKER_KIND), lambda r: label(r.kind)),
                *_hour_columns(LeaderHours),
            ],
            self,
        )
        self.kinds_model: RecordTableModel[KindHours] = RecordTableModel(
            [
                Column[KindHours](
                    leader_time_name(LEADER_HOURS_BY_KIND),
                    lambda r: kind_total_name(r.kind),
                    explanation=leader_time_definition(LEADER_HOURS_BY_KIND),
                ),
                Column[KindHours](
                    leader_time_name(LEADERS),
                    lambda r: str(r.leaders),
                    sort_key=lambda r: r.leaders,
                ),
                *_hour_columns(KindHours),
            ],
            self,
        )
        self.reasons_model: RecordTableModel[ReasonCount] = RecordTableModel(
            [
                Column[ReasonCount](
                    leader_time_name(CANCEL_CATEGORY),
                    lambda r: label(r[0]),
                    explanation=leader_time_definition(CANCELLED_BY_REASON),
                ),
                Column[ReasonCount](
                    figure_name(SESSIONS_CANCELLED), lambda r: str(r[1]), sort_key=lambda r: r[1]
                ),
            ],
            self,
        )
        self.leaders_table = statistics_table(self.leaders_model, self)
        self.kinds_table = statistics_table(self.kinds_model, self)
        self.reasons_table = statistics_table(self.reasons_model, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.leaders_table, 3)
        layout.addWidget(_note(PLANNING_HOURS, self))
        layout.addWidget(self.kinds_table, 2)
        layout.addWidget(QLabel(leader_time_name(CANCELLED_BY_REASON), self))
        layout.addWidget(self.reasons_table, 2)

    def show_statistics(self, statistics: Statistics) -> None:
        self.leaders_model.set_records(statistics.leader_hours)
        self.kinds_model.set_records(statistics.hours_by_kind)
        self.reasons_model.set_records(list(statistics.cancelled_by_reason.items()))


def statistics_table(model: QAbstractItemModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    # Tab leaves the table for the next control rather than walking its cells.
    view.setTabKeyNavigation(False)
    view.setModel(model)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


def _note(name: str, parent: QWidget) -> QLabel:
    note = QLabel(f"{leader_time_name(name)}: {leader_time_definition(name)}.", parent)
    note.setWordWrap(True)
    return note
