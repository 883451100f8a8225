from __future__ import annotations

import itertools
import uuid
from collections.abc import Sequence
from datetime import date

import pytest

from ryhmat.demo import DemoData, generate
from tests.unit.demo.conftest import TODAY
from tests.unit.demo.fake_uow import HasId


def all_ids(data: DemoData) -> list[uuid.UUID]:
    collections: tuple[Sequence[HasId], ...] = (
        data.organisations,
        data.workers,
        data.pairs,
        data.places,
        data.closures,
        data.groups,
        data.series,
        data.sessions,
        data.families,
        data.enrolments,
        data.attendance,
    )
    members = [m.id for f in data.families for m in f.members]
    return [item.id for item in itertools.chain(*collections)] + members


def test_the_same_seed_and_day_give_identical_data(small: DemoData) -> None:
    again = generate("small", seed=1, today=TODAY)

    assert again == small
    assert all_ids(again) == all_ids(small)


def test_another_seed_gives_other_people_and_ids(small: DemoData) -> None:
    other = generate("small", seed=2, today=TODAY)

    assert set(all_ids(other)).isdisjoint(all_ids(small))
    assert [w.name for w in other.workers] != [w.name for w in small.workers]


def test_every_id_is_unique(small: DemoData) -> None:
    ids = all_ids(small)

    assert len(ids) == len(set(ids))


def test_ids_are_version_4_uuids(small: DemoData) -> None:
    assert {s.id.version for s in small.sessions} == {4}


def test_an_unknown_scale_is_refused() -> None:
    with pytest.raises(ValueError, match="huge"):
        generate("huge", today=TODAY)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("today", "autumn_year"),
    [(date(2026, 11, 23), 2026), (date(2027, 3, 1), 2026), (date(2027, 7, 31), 2026)],
)
def test_small_covers_the_school_year_containing_today(today: date, autumn_year: int) -> None:
    data = generate("small", today=today)

    assert min(s.first_day for s in data.series) == date(autumn_year, 8, 17)
    assert max(s.last_day for s in data.series).year == autumn_year + 1
