"""The team's use cases on the fake unit of work: what they check before storage."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ryhmat.domain.errors import InvalidInput, NotFound
from ryhmat.domain.model import Organisation
from ryhmat.domain.team import TeamRole, checked_login
from ryhmat.domain.usecases.team import (
    add_team_member,
    remove_team_member,
    set_team_role,
    team_members,
)
from tests.unit.demo.fake_uow import FakeUnitOfWork

NOW = datetime(2026, 12, 7, tzinfo=UTC)


@pytest.mark.parametrize("login", ["maija", "m.makinen", "m_2", "anna-liisa"])
def test_plain_logins_are_accepted(login: str) -> None:
    assert checked_login(login) == login


@pytest.mark.parametrize(
    "login", ["", "Maija", "maija mäkinen", "2maija", "pg_monitor", "ryhmat_admin", "a" * 64, 'x"y']
)
def test_other_logins_are_refused(login: str) -> None:
    with pytest.raises(InvalidInput):
        checked_login(login)


def test_a_person_is_added_with_a_new_password_changed_and_removed() -> None:
    uow = FakeUnitOfWork()
    uow.organisations.save(Organisation(name="Perhetyö"))
    password = add_team_member(uow, "maija", " Maija M ", "perhetyö", TeamRole.LEADER, NOW)
    assert len(password) >= 12
    assert uow.stored_team.passwords == {"maija": password}
    with pytest.raises(InvalidInput):
        add_team_member(uow, "maija", "Maija", "Perhetyö", TeamRole.LEADER, NOW)
    set_team_role(uow, "maija", TeamRole.COORDINATOR)
    remove_team_member(uow, "maija", NOW)
    (member,) = team_members(uow)
    assert (member.full_name, member.role, member.active) == (
        "Maija M",
        TeamRole.COORDINATOR,
        False,
    )
    with pytest.raises(NotFound):
        remove_team_member(uow, "maija", NOW)


def test_an_unknown_organisation_or_worker_adds_no_one() -> None:
    uow = FakeUnitOfWork()
    uow.organisations.save(Organisation(name="Perhetyö"))
    with pytest.raises(NotFound):
        add_team_member(uow, "maija", "Maija", "MLL", TeamRole.LEADER, NOW)
    with pytest.raises(NotFound):
        add_team_member(uow, "maija", "Maija", "Perhetyö", TeamRole.LEADER, NOW, worker="Ei")
    assert team_members(uow) == []
