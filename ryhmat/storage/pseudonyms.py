"""Stable codes of family members for pseudonymised exports (P-0042)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Integer, Select, delete, func, insert, select
from sqlalchemy.orm import Session as DbSession

from ryhmat.storage.orm import FamilyMemberRow, PseudonymRow
from ryhmat.storage.repositories.base import IN_CHUNK, chunks, table_of

CODE_PREFIX = "P-"


def member_code(number: int) -> str:
    return f"{CODE_PREFIX}{number:04d}"


class SqlPseudonymRepository:
    """Numbers are handed out from the largest one so far upwards, the first time a
    member is asked for, and kept: the same person has the same code in every export.

    New members are numbered in the order of their ids, which are random, so that
    the numbers say nothing about names or the order of any list. Ids of members
    that do not exist get no code.
    """

    def __init__(self, db: DbSession) -> None:
        self._db = db

    def codes_for(self, member_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
        self._db.flush()
        numbers, uncoded = self._known(set(member_ids))
        if uncoded:
            numbers.update(self._assign(sorted(uncoded)))
        return {member_id: member_code(number) for member_id, number in numbers.items()}

    def forget(self, member_ids: Iterable[uuid.UUID]) -> None:
        codes = table_of(PseudonymRow)
        self._db.flush()
        for chunk in chunks(list(set(member_ids)), IN_CHUNK):
            self._db.execute(delete(codes).where(codes.c.member_id.in_(chunk)))

    def _known(self, wanted: set[uuid.UUID]) -> tuple[dict[uuid.UUID, int], set[uuid.UUID]]:
        """The numbers of the wanted members that have one, and the members without."""
        members, codes = table_of(FamilyMemberRow), table_of(PseudonymRow)
        numbers: dict[uuid.UUID, int] = {}
        uncoded: set[uuid.UUID] = set()
        for chunk in chunks(list(wanted), IN_CHUNK):
            query = (
                select(members.c.id, codes.c.number)
                .outerjoin(codes, codes.c.member_id == members.c.id)
                .where(members.c.id.in_(chunk))
            )
            for member_id, number in self._db.execute(query):
                if number is None:
                    uncoded.add(member_id)
                else:
                    numbers[member_id] = number
        return numbers, uncoded

    def _largest_number(self) -> Select[Any]:
        # On a team database the other organisations' codes are hidden from most people
        # (row-level security), yet a new number must not be one of theirs: the
        # database's own function (migration 0016) tells the largest of all.
        if self._db.get_bind().dialect.name == "postgresql":
            return select(func.ryhmat_largest_pseudonym(type_=Integer))
        return select(func.max(table_of(PseudonymRow).c.number))

    def _assign(self, member_ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
        codes = table_of(PseudonymRow)
        largest = self._db.scalar(self._largest_number()) or 0
        numbers = {member_id: largest + i for i, member_id in enumerate(member_ids, start=1)}
        self._db.execute(insert(codes), [{"member_id": m, "number": n} for m, n in numbers.items()])
        return numbers
