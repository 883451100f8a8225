"""Tilastot → Arvioinnit: the evaluations of the period's seasons, as a page to read."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from ryhmat.domain.usecases.evaluations import EvaluationReport
from ryhmat.labels import (
    ANSWERED,
    AVERAGE_ANSWER,
    EVALUATED_ON,
    FEEDBACK,
    FEEDBACK_NOTE,
    GOALS,
    NOT_EVALUATED,
    QUESTION,
    decimal,
    evaluation_questions,
    evaluation_text,
    goal_line,
    label,
    scale_value,
)
from ryhmat.ui.formatting import format_date


class EvaluationsPanel(QWidget):
    """Each season of the period with its goals and their outcomes, the worker pair's
    answers and the participants' feedback; a season not evaluated says so."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        self.setFocusProxy(self.text)
        self.reports: list[EvaluationReport] = []

    def show_reports(self, reports: Sequence[EvaluationReport]) -> None:
        self.reports = list(reports)
        if not reports:
            self.text.setHtml(f"<p>{escape(self.tr('No season of the period and filter.'))}</p>")
            return
        self.text.setHtml("".join(_season(report) for report in reports))


def _season(report: EvaluationReport) -> str:
    days = f"{format_date(report.first_day)}–{format_date(report.last_day)}"
    parts = [f"<h3>{escape(report.group_name)}: {escape(report.season_name)} ({days})</h3>"]
    if report.evaluated_on is None:
        parts.append(f"<p><i>{escape(evaluation_text(NOT_EVALUATED))}</i></p>")
    else:
        when = format_date(report.evaluated_on)
        parts.append(f"<p>{escape(evaluation_text(EVALUATED_ON))}: {when}</p>")
    if report.goals:
        items = "".join(f"<li>{escape(goal_line(goal))}</li>" for goal in report.goals)
        parts.append(f"<p><b>{escape(evaluation_text(GOALS))}</b></p><ul>{items}</ul>")
    texts = (report.answers.works_well, report.answers.to_improve, report.answers.carries_on)
    for question, text in zip(evaluation_questions(), texts, strict=True):
        if text:
            shown = escape(text).replace("\n", "<br>")
            parts.append(f"<p><b>{escape(question)}</b><br>{shown}</p>")
    if report.tallies:
        parts.append(_feedback(report))
    return "".join(parts)


def _feedback(report: EvaluationReport) -> str:
    head = "".join(
        f"<th>{escape(evaluation_text(word))}</th>" for word in (QUESTION, ANSWERED, AVERAGE_ANSWER)
    )
    rows = []
    for tally in report.tallies:
        spread = ", ".join(
            f"{escape(scale_value(tally.question.scale, value))}: {n}"
            for value, n in tally.counts
            if n
        )
        rows.append(
            f"<tr><td>{escape(label(tally.question))}</td><td>{tally.answered}</td>"
            f"<td>{decimal(tally.average)}</td><td>{spread}</td></tr>"
        )
    note = escape(evaluation_text(FEEDBACK_NOTE))
    return (
        f"<p><b>{escape(evaluation_text(FEEDBACK))}</b><br><small>{note}</small></p>"
        f"<table cellpadding='3'><tr>{head}<th></th></tr>{''.join(rows)}</table>"
    )
