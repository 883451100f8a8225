"""Families with members whose ages fit the groups they join."""

from __future__ import annotations

import enum
import random
from dataclasses import dataclass
from datetime import date

from ryhmat.demo.ids import IdSource
from ryhmat.demo.names import NamePools
from ryhmat.domain.model import AdultRole, Family, Member, MemberKind, Permission

MOTHER, FATHER = AdultRole.MOTHER, AdultRole.FATHER
GRANDPARENT, GUARDIAN = AdultRole.GRANDPARENT, AdultRole.OTHER_GUARDIAN

# Who the adults of a family are, with rough weights: most families have two parents.
COMPOSITIONS: tuple[tuple[tuple[AdultRole, ...], int], ...] = (
    ((MOTHER, FATHER), 66),
    ((MOTHER,), 14),
    ((FATHER,), 4),
    ((MOTHER, MOTHER), 3),
    ((MOTHER, GRANDPARENT), 5),
    ((GUARDIAN,), 3),
    ((MOTHER, GUARDIAN), 2),
    ((MOTHER, FATHER, GRANDPARENT), 3),
)
WITH_FATHER = tuple((roles, w) for roles, w in COMPOSITIONS if FATHER in roles)
NOTES = (
    "Ilmoittautui neuvolan kautta",
    "Ohjattu perhetyön kotikäynniltä",
    "Toivoo tekstiviestimuistutuksen",
    "Puhuu ruotsia",
    "Tuli mukaan kaverin vinkistä",
)


class Participation(enum.Enum):
    """Which members of a family take part in a group."""

    FATHER = enum.auto()  # the father with the children
    ONE_ADULT = enum.auto()  # one parent, mostly the mother, with the children
    ADULTS = enum.auto()  # both parents with the children


@dataclass(frozen=True, slots=True)
class Need:
    """What a group asks of a family: a child aged min..max months on ``day``."""

    day: date
    min_months: int
    max_months: int
    father: bool = False
    multiples: bool = False


def age_in_months(member: Member, day: date) -> int:
    assert member.birth_year is not None
    return (day.year - member.birth_year) * 12 + day.month - (member.birth_month or 1)


def born_months_before(day: date, months: int) -> tuple[int, int]:
    """The birth year and month of a child who is ``months`` old on ``day``."""
    index = day.year * 12 + day.month - 1 - months
    return index // 12, index % 12 + 1


# How families answer when asked (photos, being contacted), with rough weights.
PHOTO_ANSWERS = ((Permission.YES, 70), (Permission.NO, 20), (Permission.NOT_ASKED, 10))
CONTACT_ANSWERS = ((Permission.YES, 80), (Permission.NO, 10), (Permission.NOT_ASKED, 10))


class FamilyFactory:
    def __init__(self, rng: random.Random, ids: IdSource, names: NamePools, today: date) -> None:
        self._rng = rng
        self._ids = ids
        self._names = names
        self._today = today

    def make(self, need: Need) -> Family:
        rng = self._rng
        last = self._names.surname(rng)
        compositions = WITH_FATHER if need.father else COMPOSITIONS
        roles = rng.choices([c[0] for c in compositions], [c[1] for c in compositions])[0]
        adults = [self._adult(role, last, has_father=FATHER in roles) for role in roles]
        children = self._children(need, last)
        notes = rng.choice(NOTES) if rng.random() < 0.08 else ""
        family = Family(name=last, members=adults + children, notes=notes, id=self._ids.new())
        self._consents(family, need)
        return family

    def _consents(self, family: Family, need: Need) -> None:
        """The privacy notice given when the family joined, and its answers: drawn from
        the family's own id, so the rest of the demo stays as it was without them."""
        rng = random.Random(family.id.int)
        if rng.random() < 0.9:
            family.privacy_notice_on = min(need.day, self._today)
        family.photo_permission = _answer(rng, PHOTO_ANSWERS)
        family.contact_permission = _answer(rng, CONTACT_ANSWERS)

    def _adult(self, role: AdultRole, last: str, *, has_father: bool) -> Member:
        rng = self._rng
        male = role is FATHER or (role in (GRANDPARENT, GUARDIAN) and rng.random() < 0.35)
        # Mothers in two-parent families keep their own surname now and then.
        own_surname = (role is MOTHER and has_father and rng.random() < 0.25) or (
            role is GRANDPARENT and rng.random() < 0.5
        )
        return Member(
            first_name=self._names.first(rng, male=male),
            last_name=self._names.surname(rng) if own_surname else last,
            kind=MemberKind.ADULT,
            role=role,
            id=self._ids.new(),
        )

    def _children(self, need: Need, last: str) -> list[Member]:
        rng = self._rng
        months = rng.randint(need.min_months, need.max_months)
        count = 1
        if need.multiples:
            count = 3 if rng.random() < 0.05 else 2
        ages = [months] * count
        draw = rng.random()
        if draw < 0.45:
            ages.append(months + rng.randint(20, 80))
        if draw < 0.1:
            ages.append(months + rng.randint(84, 130))
        if months >= 24 and rng.random() < 0.15:
            ages.append(rng.randint(0, months - 15))
        ages.sort(reverse=True)
        return [self._child(need.day, age, last) for age in ages]

    def _child(self, day: date, months: int, last: str) -> Member:
        year, month = born_months_before(day, months)
        return Member(
            first_name=self._names.first(self._rng, male=self._rng.random() < 0.51),
            last_name=last,
            kind=MemberKind.CHILD,
            birth_year=year,
            birth_month=month,
            id=self._ids.new(),
        )


def target_children(family: Family, need: Need) -> list[Member]:
    return [
        child
        for child in family.children
        if need.min_months <= age_in_months(child, need.day) <= need.max_months
    ]


def fits(family: Family, need: Need) -> bool:
    if need.father and not any(a.role is FATHER for a in family.adults):
        return False
    targets = target_children(family, need)
    if need.multiples:
        births = [(c.birth_year, c.birth_month) for c in targets]
        return len(births) > len(set(births))
    return bool(targets)


def participants(
    family: Family, need: Need, how: Participation, rng: random.Random
) -> list[Member]:
    """The members who usually come: the adults the group is for, and the children."""
    adults = family.adults
    parents = [a for a in adults if a.role is not GRANDPARENT] or adults
    if how is Participation.FATHER:
        chosen = [next(a for a in adults if a.role is FATHER)]
    elif how is Participation.ADULTS:
        chosen = parents
    else:
        mothers = [a for a in parents if a.role is MOTHER]
        grandparents = [a for a in adults if a.role is GRANDPARENT]
        if grandparents and rng.random() < 0.15:
            chosen = grandparents[:1]
        elif mothers and rng.random() < 0.85:
            chosen = mothers[:1]
        else:
            chosen = [rng.choice(parents)]
    return chosen + target_children(family, need)


def _answer(rng: random.Random, answers: tuple[tuple[Permission, int], ...]) -> Permission:
    return rng.choices([a for a, _ in answers], [w for _, w in answers])[0]
