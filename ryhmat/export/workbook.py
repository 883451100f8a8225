"""The statistics workbook of a period and a filter, assembled once for the
statistics page and for `ryhmat export excel`."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from ryhmat.domain.statistics import StatisticsFilter
from ryhmat.domain.usecases.statistics import compute_statistics
from ryhmat.domain.usecases.workbook import workbook_data
from ryhmat.export.excel import Progress, write_workbook
from ryhmat.export.publishing import UnitOfWorkFactory


def export_workbook(
    unit_of_work: UnitOfWorkFactory,
    path: Path,
    first_day: date,
    last_day: date,
    wanted: StatisticsFilter,
    *,
    pseudonymise: bool,
    now: datetime,
    progress: Progress | None = None,
) -> None:
    """Read the period's figures and rosters in one unit of work (which keeps any
    new pseudonym codes), then write the workbook to ``path`` outside it.

    ``now`` decides which sessions have ended without being recorded.
    """
    with unit_of_work() as uow:
        statistics = compute_statistics(uow, first_day, last_day, wanted, now=now)
        data = workbook_data(uow, first_day, last_day, wanted, pseudonymise, statistics)
    write_workbook(path, statistics, data, progress)
