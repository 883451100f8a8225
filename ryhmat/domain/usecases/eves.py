"""The eves groups do not meet on: chosen for the whole team, and per group.

The team's choice is kept in the database's settings, beside the retention period:
everyone who plans on the database must plan the same days, so it cannot be one
person's preference on one laptop. A group may choose otherwise (a parish group
that does meet on kiirastorstai); its seasons then skip its own choice.
"""

from __future__ import annotations

from collections.abc import Collection

from ryhmat.domain.finnish_holidays import Eve
from ryhmat.domain.model import Group
from ryhmat.domain.ports import UnitOfWork

SKIPPED_EVES_SETTING = "skipped_eves"


def team_skipped_eves(uow: UnitOfWork) -> list[Eve]:
    """The eves the team's groups do not meet on, in the year's order; none until chosen."""
    stored = uow.settings.get(SKIPPED_EVES_SETTING) or ""
    chosen = {value for value in stored.split(",") if value in Eve.__members__.values()}
    return [eve for eve in Eve if eve.value in chosen]


def set_team_skipped_eves(uow: UnitOfWork, eves: Collection[Eve]) -> None:
    uow.settings.put(SKIPPED_EVES_SETTING, ",".join(eve for eve in Eve if eve in eves))
    uow.commit()


def eves_skipped_by(group: Group, team: Collection[Eve]) -> frozenset[Eve]:
    """The eves ``group``'s seasons skip: its own choice, else the team's."""
    return frozenset(team if group.skipped_eves is None else group.skipped_eves)


def group_skipped_eves(uow: UnitOfWork, group: Group) -> frozenset[Eve]:
    return eves_skipped_by(group, team_skipped_eves(uow))
