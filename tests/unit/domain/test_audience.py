"""Whom a group is for: the rule over roles, ages and days (domain/audience.py)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from ryhmat.domain.audience import is_listed, is_listed_on_any
from ryhmat.domain.model import AdultRole, ChildrenListed, Group, GroupType, Member, MemberKind

days = st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31))
births = st.tuples(st.integers(1990, 2040), st.integers(1, 12))
ages = st.one_of(st.none(), st.integers(0, 18))
roles = st.lists(st.sampled_from(list(AdultRole)), unique=True)


def group(low: int | None = None, high: int | None = None, **fields: object) -> Group:
    """A group for the children of ``low`` to ``high`` whole years."""
    made = Group(name="Karhunpojat", type=GroupType.FATHER_CHILD)
    made.target_age_min_months = None if low is None else 12 * low
    made.target_age_max_months = None if high is None else 12 * high + 11
    for name, value in fields.items():
        setattr(made, name, value)
    return made


def child(year: int, month: int) -> Member:
    return Member(first_name="Eeli", kind=MemberKind.CHILD, birth_year=year, birth_month=month)


def whole_years(born: date, day: date) -> int:
    """The age as a person counts it, from the first of the birth month: a reference."""
    years = day.year - born.year - ((day.month, day.day) < (born.month, born.day))
    return max(years, 0)


@given(births, days, ages, ages)
def test_a_child_is_listed_exactly_while_of_the_target_ages(
    birth: tuple[int, int], day: date, low: int | None, high: int | None
) -> None:
    the_group = group(low, high, listed_children=ChildrenListed.TARGET_AGES)
    age = whole_years(date(*birth, 1), day)
    expected = (low is None or low <= age) and (high is None or age <= high)
    assert is_listed(the_group, child(*birth), day) is expected


@given(births, ages, ages)
def test_a_child_joins_the_list_on_the_first_of_the_month_it_turns_the_lowest_age(
    birth: tuple[int, int], low: int | None, high: int | None
) -> None:
    if low is None or low < 1 or (high is not None and high < low):
        return
    year, month = birth
    turns = date(year + low, month, 1)
    the_group = group(low, high, listed_children=ChildrenListed.TARGET_AGES)
    assert is_listed(the_group, child(year, month), turns)
    assert not is_listed(the_group, child(year, month), turns - timedelta(days=1))


@given(births, days, ages, ages)
def test_every_child_or_none_when_the_group_says_so(
    birth: tuple[int, int], day: date, low: int | None, high: int | None
) -> None:
    assert is_listed(group(low, high), child(*birth), day)  # by default everyone
    nobody = group(low, high, listed_children=ChildrenListed.NONE)
    assert not is_listed(nobody, child(*birth), day)


@given(roles, st.sampled_from(list(AdultRole)), days)
def test_an_adult_is_listed_by_role_whatever_the_day(
    listed: list[AdultRole], role: AdultRole, day: date
) -> None:
    adult = Member(first_name="Jussi", kind=MemberKind.ADULT, role=role)
    assert is_listed(group(listed_roles=listed), adult, day) is (role in listed)


@given(births, st.lists(days, max_size=6), ages, ages)
def test_listed_on_any_day_is_listed_on_one_of_them(
    birth: tuple[int, int], some_days: list[date], low: int | None, high: int | None
) -> None:
    the_group = group(low, high, listed_children=ChildrenListed.TARGET_AGES)
    member = child(*birth)
    assert is_listed_on_any(the_group, member, some_days) is any(
        is_listed(the_group, member, d) for d in some_days
    )


def whole_months(born: date, day: date) -> int:
    """The months from the first of the birth month, as a person counts them: a reference."""
    months = (day.year - born.year) * 12 + day.month - born.month - (day.day < born.day)
    return max(months, 0)


@given(births, days, st.integers(0, 23), st.integers(0, 23))
def test_a_baby_is_listed_exactly_while_of_the_target_months(
    birth: tuple[int, int], day: date, low: int, high: int
) -> None:
    the_group = group(listed_children=ChildrenListed.TARGET_AGES)
    the_group.target_age_min_months, the_group.target_age_max_months = low, high
    months = whole_months(date(*birth, 1), day)
    assert is_listed(the_group, child(*birth), day) is (low <= months <= high)


def test_a_child_of_unknown_age_is_listed() -> None:
    unknown = Member(first_name="Eeli", kind=MemberKind.CHILD)
    the_group = group(1, 3, listed_children=ChildrenListed.TARGET_AGES)
    assert is_listed(the_group, unknown, date(2026, 1, 1))
