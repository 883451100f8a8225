"""The one-page summary for a board or a funder as a PDF: the content of
ryhmat/summary.py laid out by QTextDocument on one A4 page, as the sign-in
sheets are."""

from __future__ import annotations

from html import escape
from pathlib import Path

from ryhmat.i18n import translate
from ryhmat.summary import Summary
from ryhmat.ui.printing import print_one_page_pdf


def _style(size: float) -> str:
    return f"""
<style>
  body {{ font-family: sans-serif; font-size: {size}pt; }}
  h1 {{ font-size: {size * 1.6:.1f}pt; margin-bottom: 2pt; }}
  h2 {{ font-size: {size * 1.2:.1f}pt; margin-top: {size:.1f}pt; margin-bottom: 3pt; }}
  p {{ margin-top: 0; margin-bottom: 2pt; }}
  table {{ border-collapse: collapse; }}
  th {{ text-align: left; background: #eeeeee; font-size: {size * 0.85:.1f}pt; }}
  th, td {{ border: 1px solid #777777; padding: 3px; vertical-align: top; }}
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
    figures = "".join(
        f"<tr><td width='28%'>{escape(f.name)}</td>"
        f"<td class='number' width='10%'>{escape(f.text)}</td>"
        f"<td class='definition'>{escape(f.definition)}</td></tr>"
        for f in page.figures
    )
    return (
        f"<html><head>{_style(size)}</head><body>"
        f"<h1>{escape(page.title)}</h1>{lines}{notes}"
        f"<table width='100%' style='margin-top: 6pt'>{figures}</table>"
        f"{_by_type(page)}</body></html>"
    )


def _by_type(page: Summary) -> str:
    if not page.by_type:
        return ""
    # The type's name wide enough for "vanhempainryhmä"; the figures share the rest.
    first, *others = page.type_headers
    width = 76 // max(len(others), 1)
    head = f"<th width='24%'>{escape(first)}</th>" + "".join(
        f"<th width='{width}%'>{escape(text)}</th>" for text in others
    )
    rows = "".join(
        f"<tr><td>{escape(row.name)}</td>"
        + "".join(f"<td class='number'>{escape(text)}</td>" for text in row.texts)
        + "</tr>"
        for row in page.by_type
    )
    return f"<table width='100%' style='margin-top: 8pt'><tr>{head}</tr>{rows}</table>"


def save_summary_pdf(page: Summary, path: Path) -> None:
    """Write the summary as a one-page PDF, whole or not at all."""
    print_one_page_pdf(lambda size: summary_html(page, size), path)
