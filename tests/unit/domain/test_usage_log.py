"""The usage log's rules without a database: what a reloaded view logs, and a
retention cutoff that never asks the database for an entry it refuses to delete."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from ryhmat.domain.model import Family, Member, MemberKind, UsageAction
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.erasure import LONGEST_RETENTION_YEARS
from ryhmat.domain.usecases.usage_log import (
    delete_expired_usage,
    open_family,
    set_usage_log_retention_years,
    usage_by,
    usage_log_cutoff,
    usage_of_family,
)
from tests.unit.demo.fake_uow import FakeUnitOfWork, FakeUsageLog


def years_before(moment: datetime, years: int) -> datetime:
    """``moment`` less whole years as the databases count them: PostgreSQL's interval
    makes 29 February the 28th, SQLite's modifier the 1st of March; the earlier."""
    try:
        return moment.replace(year=moment.year - years)
    except ValueError:
        return moment.replace(year=moment.year - years, day=28)


@given(
    # Hypothesis takes naive bounds and gives the times their zone from ``timezones``.
    now=st.datetimes(
        min_value=datetime(2001, 1, 1),  # noqa: DTZ001
        max_value=datetime(2999, 12, 31),  # noqa: DTZ001
        timezones=st.just(UTC),
    ),
    years=st.integers(min_value=1, max_value=LONGEST_RETENTION_YEARS),
)
def test_the_cutoff_is_before_the_one_the_database_checks(now: datetime, years: int) -> None:
    today = now.astimezone(HELSINKI).date()  # the day the app's clock says
    cutoff = usage_log_cutoff(today, years)
    assert cutoff <= years_before(now, years)
    # And no more than two days short of the whole years.
    assert years_before(now, years) - cutoff < timedelta(days=3)


def test_opening_a_family_logs_it_and_the_log_names_it() -> None:
    uow = FakeUnitOfWork()
    family = Family(name="Virtanen", members=[Member(first_name="Aino", kind=MemberKind.ADULT)])
    uow.families.save(family)
    open_family(uow, family.id)
    (line,) = usage_of_family(uow, family.id)
    assert (line.action, line.families) == (UsageAction.FAMILY_OPENED, ("Virtanen",))
    assert usage_by(uow, FakeUsageLog.actor) == [line]
    assert uow.commits == 1


def test_nothing_is_deleted_while_the_period_is_off() -> None:
    uow = FakeUnitOfWork()
    family = Family(name="Virtanen")
    uow.families.save(family)
    uow.usage_log.at = datetime(2020, 1, 1, tzinfo=UTC)  # type: ignore[attr-defined]
    open_family(uow, family.id)
    assert delete_expired_usage(uow, date(2030, 1, 1)) == 0
    set_usage_log_retention_years(uow, 1)
    assert delete_expired_usage(uow, date(2030, 1, 1)) == 1
