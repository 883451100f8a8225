"""Identities drawn from a seeded generator, so that the same seed gives the same UUIDs."""

from __future__ import annotations

import random
import uuid


class IdSource:
    """Version-4 UUIDs from a private stream of a seeded generator.

    The stream is separate from the one that makes every other choice, so a
    change in how many random numbers some choice consumes does not shift
    every id after it (and the other way round).
    """

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(f"ryhmat-demo-ids-{seed}")

    def new(self) -> uuid.UUID:
        return uuid.UUID(int=self._rng.getrandbits(128), version=4)
