"""Finnish names drawn once from Faker, then picked with the seeded generator.

Asking Faker for every person would be slow at municipality scale, and the
pools keep the choice of names on the same seeded stream as everything else.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from faker import Faker

POOL_DRAWS = 600


@dataclass(frozen=True, slots=True)
class NamePools:
    male: tuple[str, ...]
    female: tuple[str, ...]
    last: tuple[str, ...]
    streets: tuple[str, ...]

    def first(self, rng: random.Random, *, male: bool) -> str:
        return rng.choice(self.male if male else self.female)

    def surname(self, rng: random.Random) -> str:
        return rng.choice(self.last)


def _distinct(draw: Callable[[], str], count: int) -> tuple[str, ...]:
    return tuple(dict.fromkeys(str(draw()) for _ in range(count)))


def name_pools(seed: int) -> NamePools:
    fake = Faker("fi_FI")
    fake.seed_instance(seed)
    return NamePools(
        male=_distinct(fake.first_name_male, POOL_DRAWS),
        female=_distinct(fake.first_name_female, POOL_DRAWS),
        last=_distinct(fake.last_name, POOL_DRAWS),
        streets=_distinct(fake.street_name, 60),
    )
