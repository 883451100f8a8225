"""The one-page summary for a board or a funder as a PDF: the content of
ryhmat/summary.py laid out by QTextDocument on one A4 page, as the sign-in
sheets are."""

from __future__ import annotations

from html import escape
from pathlib import Path

from ryhmat.i18n import translate
from ryhmat.summary import Summary, SummaryFigure, SummaryTable, Value
from ryhmat.ui.printing import print_one_page_pdf


def _style(size: float) -> str:
    return f"""
<style>
  body {{ font-family: sans-serif; font-size: {size}pt; }}
  h1 {{ font-size: {round(size * 1.5)}pt; margin-top: 0; margin-bottom: 2pt; }}
  p {{ margin-top: 0; margin-bottom: 1pt; }}
  p.title {{ font-size: {round(size * 1.1)}pt; font-weight: bold; }}
  table {{ border-collapse: collapse; }}
  th {{ text-align: left; background: #eeeeee; font-size: {size * 0.85:.1f}pt; }}
  th, td {{ border: 1px solid #777777; padding: 1px 3px; vertical-align: top; }}
  td.number {{ text-align: right; white-space: nowrap; }}
  td.definition {{ color: #333333; }}
</style>
"""


def summary_html(page: Summary, size: float = 10.0) -> str:
    """The summary at type size ``size`` (points)."""
    period = translate("Summary", "Period: {period}").format(period=page.period)
    filters = translate("Summary", "Filters: {filters}").format(filters="; ".join(page.filters))
    lines = f"<p>{escape(period)}</p><p>{escape(filters)}</p>"
    notes = "".join(f"<p><i>{escape(text)}</i></p>" for text in page.notes)
    figures = "".join(_figure(f) for f in page.figures)
    tables = "".join(_table(table, size) for table in page.tables)
    quotes = "".join(
        f"<p style='margin-top: 6pt'><b>{escape(quote.season)}</b></p>"
        + "".join(f"<p><i>{escape(q)}</i> {escape(a)}</p>" for q, a in quote.answers)
        for quote in page.quotes
    )
    return (
        f"<html><head>{_style(size)}</head><body>"
        f"<h1>{escape(page.title)}</h1>{lines}{notes}"
        f"<table width='100%' style='margin-top: 6pt'>{figures}</table>"
        f"{tables}{quotes}</body></html>"
    )


def _figure(figure: SummaryFigure) -> str:
    if not figure.value.text:
        # Counts in words, no value of its own (the visits by role and age band): the
        # whole width, so that it takes fewer lines.
        return (
            f"<tr><td colspan='3' class='definition'><b>{escape(figure.name)}:</b> "
            f"{escape(figure.definition)}</td></tr>"
        )
    return (
        f"<tr><td width='28%'>{escape(figure.name)}</td>"
        f"<td class='number' width='10%'>{escape(figure.value.text)}</td>"
        f"<td class='definition'>{escape(figure.definition)}</td></tr>"
    )


def _table(table: SummaryTable, size: float) -> str:
    # The rows' names take a quarter of the page, wide enough for "vanhempainryhmä"; each
    # figure up to a fifth of the rest. Cells are sized in parts of their own table.
    first, *others = table.headers
    figure_width = min(76 // max(len(others), 1), 19)
    table_width = 24 + figure_width * len(others)
    head = f"<th width='{round(2400 / table_width)}%'>{escape(first)}</th>" + "".join(
        f"<th width='{round(figure_width * 100 / table_width)}%'>{escape(text)}</th>"
        for text in others
    )
    rows = "".join(
        f"<tr><td>{escape(row.name)}</td>" + "".join(_cell(value) for value in row.values) + "</tr>"
        for row in table.rows
    )
    # Qt's rich text gives a paragraph after a table no top margin: an empty line instead.
    space = f"<p style='font-size: {round(size * 0.6)}pt'>&nbsp;</p>"
    title = f"{space}<p class='title'>{escape(table.title)}</p>"
    return f"{title}<table width='{table_width}%'><tr>{head}</tr>{rows}</table>"


def _cell(value: Value) -> str:
    """A number right-aligned, a text as text reads."""
    kind = " class='number'" if value.number is not None else ""
    return f"<td{kind}>{escape(value.text)}</td>"


def save_summary_pdf(page: Summary, path: Path) -> None:
    """Write the summary as a one-page PDF, whole or not at all."""
    print_one_page_pdf(lambda size: summary_html(page, size), path)
