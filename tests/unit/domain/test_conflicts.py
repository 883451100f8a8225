"""Conflicts: one worker in two places at once, one place booked twice at once, one
group with two sessions at once."""

from __future__ import annotations

import itertools
import uuid
from collections import Counter
from datetime import date, time

from hypothesis import given, settings
from hypothesis import strategies as st

from ryhmat.domain.conflicts import Conflict, ConflictKind, find_conflicts
from ryhmat.domain.model import Session, SessionStatus

MONDAY = date(2026, 9, 7)
TUESDAY = date(2026, 9, 8)
FATHERS = uuid.UUID("00000000-0000-0000-0000-00000000000a")
BABIES = uuid.UUID("00000000-0000-0000-0000-00000000000b")
MATTI = uuid.UUID("00000000-0000-0000-0000-0000000000c1")
LIISA = uuid.UUID("00000000-0000-0000-0000-0000000000c2")
PEKKA = uuid.UUID("00000000-0000-0000-0000-0000000000c3")
HALL = uuid.UUID("00000000-0000-0000-0000-0000000000d1")
CAFE = uuid.UUID("00000000-0000-0000-0000-0000000000d2")


def at(hours: float) -> time:
    return time(int(hours), round(hours % 1 * 60))


def session(
    start: float,
    end: float,
    *leaders: uuid.UUID,
    day: date = MONDAY,
    place: uuid.UUID | None = None,
    group: uuid.UUID = FATHERS,
    status: SessionStatus = SessionStatus.PLANNED,
) -> Session:
    return Session(
        group_id=group,
        day=day,
        start=at(start),
        end=at(end),
        leader_ids=list(leaders),
        place_id=place,
        status=status,
    )


def test_worker_in_two_overlapping_sessions_is_one_worker_conflict() -> None:
    morning = session(9.5, 11, MATTI, LIISA, place=HALL)
    overlapping = session(10.5, 12, MATTI, PEKKA, place=CAFE, group=BABIES)
    conflicts = find_conflicts([overlapping, morning])
    assert conflicts == [Conflict(ConflictKind.WORKER, MATTI, morning, overlapping)]


def test_touching_sessions_do_not_conflict() -> None:
    first = session(9.5, 11, MATTI, place=HALL)
    second = session(11, 12.5, MATTI, place=HALL, group=BABIES)
    assert find_conflicts([first, second]) == []


def test_one_minute_of_overlap_conflicts() -> None:
    first = session(9.5, 11, MATTI)
    second = session(10 + 59 / 60, 12.5, MATTI, group=BABIES)
    assert second.start == time(10, 59)
    assert len(find_conflicts([first, second])) == 1


def test_same_time_on_different_days_does_not_conflict() -> None:
    assert (
        find_conflicts(
            [session(9, 11, MATTI, place=HALL), session(9, 11, MATTI, place=HALL, day=TUESDAY)]
        )
        == []
    )


def test_place_booked_twice_at_once_is_a_place_conflict() -> None:
    fathers = session(17, 19, MATTI, place=HALL)
    babies = session(18, 19.5, LIISA, place=HALL, group=BABIES)
    assert find_conflicts([fathers, babies]) == [
        Conflict(ConflictKind.PLACE, HALL, fathers, babies)
    ]


def test_shared_worker_and_place_are_two_conflicts() -> None:
    first = session(9, 11, MATTI, LIISA, place=HALL)
    second = session(10, 12, MATTI, LIISA, place=HALL, group=BABIES)
    found = Counter((c.kind, c.resource_id) for c in find_conflicts([first, second]))
    assert found == Counter(
        {
            (ConflictKind.WORKER, MATTI): 1,
            (ConflictKind.WORKER, LIISA): 1,
            (ConflictKind.PLACE, HALL): 1,
        }
    )


def test_sessions_without_a_place_do_not_conflict_over_places() -> None:
    assert find_conflicts([session(9, 11, MATTI), session(9, 11, LIISA, group=BABIES)]) == []


def test_a_group_with_two_sessions_at_once_is_a_group_conflict() -> None:
    """Even with other leaders and another place: the group cannot meet twice at once."""
    morning = session(9.5, 11, MATTI, place=HALL)
    moved_onto_it = session(10, 11.5, LIISA, place=CAFE)
    assert find_conflicts([moved_onto_it, morning]) == [
        Conflict(ConflictKind.GROUP, FATHERS, morning, moved_onto_it)
    ]
    assert find_conflicts([morning, session(11, 12, LIISA)]) == []


def test_a_worker_listed_twice_in_one_session_does_not_conflict_with_themself() -> None:
    assert find_conflicts([session(9, 11, MATTI, MATTI)]) == []
    other = session(10, 12, MATTI, group=BABIES)
    assert len(find_conflicts([session(9, 11, MATTI, MATTI), other])) == 1


def test_cancelled_sessions_free_their_worker_and_place() -> None:
    cancelled = session(9, 11, MATTI, place=HALL, status=SessionStatus.CANCELLED)
    replacement = session(9, 11, MATTI, place=HALL, group=BABIES)
    assert find_conflicts([cancelled, replacement]) == []
    # A held session still takes its resources.
    held = session(9, 11, MATTI, status=SessionStatus.HELD)
    assert [c.kind for c in find_conflicts([held, replacement])] == [ConflictKind.WORKER]


def test_three_overlapping_sessions_give_three_pairs() -> None:
    a = session(9, 12, MATTI)
    b = session(10, 11, MATTI, group=BABIES)
    c = session(11.5, 13, MATTI, group=BABIES)  # overlaps a only
    d = session(10.5, 11.75, MATTI, group=BABIES)  # overlaps a, b and c
    pairs = {frozenset((x.first.id, x.second.id)) for x in find_conflicts([a, b, c, d])}
    assert pairs == {
        frozenset((a.id, b.id)),
        frozenset((a.id, c.id)),
        frozenset((a.id, d.id)),
        frozenset((b.id, d.id)),
        frozenset((c.id, d.id)),
    }


def test_involving_keeps_only_conflicts_touching_the_given_sessions() -> None:
    a = session(9, 11, MATTI)
    b = session(10, 12, MATTI, group=BABIES)
    c = session(14, 16, LIISA, place=HALL)
    d = session(15, 17, LIISA, place=HALL, group=BABIES)
    everything = [a, b, c, d]
    assert len(find_conflicts(everything)) == 3
    involving_b = find_conflicts(everything, involving={b.id})
    assert involving_b == [Conflict(ConflictKind.WORKER, MATTI, a, b)]
    involving_c = find_conflicts(everything, involving={c.id})
    assert {(x.kind, x.first.id, x.second.id) for x in involving_c} == {
        (ConflictKind.WORKER, c.id, d.id),
        (ConflictKind.PLACE, c.id, d.id),
    }
    assert find_conflicts(everything, involving=set()) == []
    assert find_conflicts(everything, involving={uuid.uuid4()}) == []


def test_conflicts_are_in_time_order() -> None:
    late = [session(14, 16, LIISA), session(15, 17, LIISA, group=BABIES)]
    early = [session(9, 11, MATTI, day=TUESDAY), session(10, 12, MATTI, group=BABIES, day=TUESDAY)]
    earliest = [session(9, 11, PEKKA), session(10, 12, PEKKA, group=BABIES)]
    found = find_conflicts([*late, *early, *earliest])
    assert [(c.first.day, c.first.start, c.resource_id) for c in found] == [
        (MONDAY, time(9), PEKKA),
        (MONDAY, time(14), LIISA),
        (TUESDAY, time(9), MATTI),
    ]


# --- against a brute-force pairwise check ----------------------------------------------------

WORKERS = [MATTI, LIISA, PEKKA]
PLACES = [None, HALL, CAFE]
DAYS = [MONDAY, TUESDAY]


@st.composite
def sessions_strategy(draw: st.DrawFn) -> list[Session]:
    count = draw(st.integers(0, 8))
    result = []
    for _ in range(count):
        start = draw(st.integers(8 * 4, 16 * 4))  # quarter hours
        length = draw(st.integers(1, 12))
        result.append(
            Session(
                group_id=draw(st.sampled_from([FATHERS, BABIES])),
                day=draw(st.sampled_from(DAYS)),
                start=time(*divmod(start * 15, 60)),
                end=time(*divmod((start + length) * 15, 60)),
                leader_ids=draw(st.lists(st.sampled_from(WORKERS), max_size=3)),
                place_id=draw(st.sampled_from(PLACES)),
                status=draw(st.sampled_from(list(SessionStatus))),
            )
        )
    return result


def brute_force(
    sessions: list[Session], involving: set[uuid.UUID] | None
) -> Counter[tuple[ConflictKind, uuid.UUID, frozenset[uuid.UUID]]]:
    found: Counter[tuple[ConflictKind, uuid.UUID, frozenset[uuid.UUID]]] = Counter()
    for a, b in itertools.combinations(sessions, 2):
        if SessionStatus.CANCELLED in (a.status, b.status):
            continue
        if involving is not None and a.id not in involving and b.id not in involving:
            continue
        if a.day != b.day or max(a.start, b.start) >= min(a.end, b.end):
            continue
        pair = frozenset((a.id, b.id))
        for worker in set(a.leader_ids) & set(b.leader_ids):
            found[(ConflictKind.WORKER, worker, pair)] += 1
        if a.place_id is not None and a.place_id == b.place_id:
            found[(ConflictKind.PLACE, a.place_id, pair)] += 1
        if a.group_id == b.group_id:
            found[(ConflictKind.GROUP, a.group_id, pair)] += 1
    return found


@settings(max_examples=300, deadline=None)
@given(sessions_strategy(), st.none() | st.sets(st.integers(0, 7)))
def test_find_conflicts_matches_a_pairwise_check(
    sessions: list[Session], chosen: set[int] | None
) -> None:
    involving = None if chosen is None else {x.id for i, x in enumerate(sessions) if i in chosen}
    found = find_conflicts(sessions, involving)
    assert Counter(
        (c.kind, c.resource_id, frozenset((c.first.id, c.second.id))) for c in found
    ) == (brute_force(sessions, involving))
    for c in found:
        assert c.first.id != c.second.id
        assert (c.first.day, c.first.start) <= (c.second.day, c.second.start)
    keys = [(c.first.day, c.first.start, c.kind, str(c.resource_id)) for c in found]
    assert keys == sorted(keys)
