"""Whom a group is for: which of a family's people its sign-in sheets, its attendance
list and its named workbooks list (a father–child group: the fathers, and the children
of its target ages). The one home of the rule; a person with a mark is listed anyway,
so that nothing recorded is hidden."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from ryhmat.domain.model import ChildrenListed, Group, Member, MemberKind
from ryhmat.domain.target_ages import is_of_target_ages


def is_listed(group: Group, member: Member, day: date) -> bool:
    """Is the group for this person on ``day``? A child's age is counted in whole months
    from the first of its birth month (``Member.months_old_on``); a child of unknown age
    is listed."""
    if member.kind is MemberKind.ADULT:
        return member.role is None or member.role in group.listed_roles
    if group.listed_children is ChildrenListed.ALL:
        return True
    if group.listed_children is ChildrenListed.NONE:
        return False
    months = member.months_old_on(day)
    if months is None:
        return True
    return is_of_target_ages(months, group.target_age_min_months, group.target_age_max_months)


def is_listed_on_any(group: Group, member: Member, days: Iterable[date]) -> bool:
    """Is the group for this person on one of ``days`` (a workbook's sessions)?"""
    return any(is_listed(group, member, day) for day in days)
