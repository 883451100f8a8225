from __future__ import annotations

import enum
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from ryhmat.domain.conflicts import ConflictKind
from ryhmat.domain.evaluation import FeedbackQuestion, FeedbackScale, GoalOutcome, LifeCycle
from ryhmat.domain.feeds import FeedKind
from ryhmat.domain.finnish_names import GROUP_TYPE_NAMES
from ryhmat.domain.model import (
    AdultRole,
    AgeBand,
    AttendanceMark,
    AttendanceMode,
    AuditAction,
    EnrolmentStatus,
    GroupType,
    OrganisationKind,
    SessionStatus,
    UsageAction,
)
from ryhmat.domain.scheduling import SkipKind
from ryhmat.domain.statistics import FilterKind, FilterTerm
from ryhmat.i18n import chosen_language, load_language
from ryhmat.labels import (
    NUMBER_STYLES,
    chart_caption,
    decimal,
    filter_lines,
    hours,
    label,
    locale_number,
    percent,
    written_age,
)

CHOICES: list[type[enum.Enum]] = [
    FeedKind,
    AdultRole,
    AgeBand,
    AttendanceMark,
    AttendanceMode,
    EnrolmentStatus,
    GroupType,
    OrganisationKind,
    SessionStatus,
    ConflictKind,
    SkipKind,
    AuditAction,
    UsageAction,
    LifeCycle,
    GoalOutcome,
    FeedbackQuestion,
    FeedbackScale,
]


@pytest.mark.parametrize("choice", [member for kind in CHOICES for member in kind])
def test_every_choice_has_a_label(choice: enum.Enum) -> None:
    assert label(choice).strip()


@pytest.mark.parametrize("kind", CHOICES)
def test_the_choices_of_one_kind_have_distinct_labels(kind: type[enum.Enum]) -> None:
    labels = [label(member) for member in kind]
    assert len(set(labels)) == len(labels)


def test_same_valued_choices_of_different_kinds_keep_their_own_labels() -> None:
    assert GroupType.OTHER.value == OrganisationKind.OTHER.value == "other"
    assert label(GroupType.OTHER) != label(OrganisationKind.OTHER)


@pytest.fixture
def language() -> Iterator[Callable[[str], None]]:
    """Switch the language for a test, and back afterwards."""
    previous = chosen_language()
    yield load_language
    load_language(previous)


@pytest.mark.parametrize(
    ("code", "average", "share", "large"),
    [
        ("fi", "3,5", "35 %", "1\xa0234,5"),
        ("sv", "3,5", "35 %", "1\xa0234,5"),
        ("en", "3.5", "35%", "1,234.5"),
    ],
)
def test_numbers_as_the_language_writes_them(
    language: Callable[[str], None], code: str, average: str, share: str, large: str
) -> None:
    language(code)
    assert decimal(3.5) == average
    assert decimal(3.456, 2) == average.replace("5", "46")
    assert percent(0.354) == share
    assert decimal(1234.5) == large
    assert (decimal(None), percent(None)) == ("–", "–")


@pytest.mark.parametrize(
    ("code", "lines"),
    [
        (
            "fi",
            [
                "Ryhmät: Vauvat, Sählärit",
                "Ryhmätyyppi: vauvaryhmä",
                "Järjestäjä: MLL",
                "Paikka: Kirjasto",
                "Ohjaaja: Anna",
            ],
        ),
        (
            "sv",
            [
                "Grupper: Vauvat, Sählärit",
                "Grupptyp: babygrupp",
                "Arrangör: MLL",
                "Plats: Kirjasto",
                "Ledare: Anna",
            ],
        ),
        (
            "en",
            [
                "Groups: Vauvat, Sählärit",
                "Group type: baby group",
                "Organiser: MLL",
                "Place: Kirjasto",
                "Leader: Anna",
            ],
        ),
    ],
)
def test_a_filter_in_the_languages_own_words(
    language: Callable[[str], None], code: str, lines: list[str]
) -> None:
    language(code)
    described = [
        FilterTerm(FilterKind.GROUPS, ("Vauvat", "Sählärit")),
        FilterTerm(FilterKind.GROUP_TYPE, group_type=GroupType.BABY_GROUP),
        FilterTerm(FilterKind.ORGANISER, ("MLL",)),
        FilterTerm(FilterKind.PLACE, ("Kirjasto",)),
        FilterTerm(FilterKind.LEADER, ("Anna",)),
    ]
    assert filter_lines(described) == lines
    assert filter_lines([]) == [
        {"fi": "Kaikki ryhmät", "sv": "Alla grupper"}.get(code, "All groups")
    ]
    one = filter_lines([FilterTerm(FilterKind.GROUPS, ("Vauvat",))])
    assert one == [{"fi": "Ryhmä: Vauvat", "sv": "Grupp: Vauvat"}.get(code, "Group: Vauvat")]


@pytest.mark.parametrize(
    ("code", "caption"),
    [
        ("fi", "Aikaväli 1.8.2026–31.12.2026 · Ryhmätyyppi: vauvaryhmä · Paikka: Kirjasto"),
        ("sv", "Period 1.8.2026–31.12.2026 · Grupptyp: babygrupp · Plats: Kirjasto"),
        ("en", "Period 1.8.2026–31.12.2026 · Group type: baby group · Place: Kirjasto"),
    ],
)
def test_a_charts_caption_says_its_period_and_its_filter(
    language: Callable[[str], None], code: str, caption: str
) -> None:
    language(code)
    described = [
        FilterTerm(FilterKind.GROUP_TYPE, group_type=GroupType.BABY_GROUP),
        FilterTerm(FilterKind.PLACE, ("Kirjasto",)),
    ]
    assert chart_caption(date(2026, 8, 1), date(2026, 12, 31), described) == caption
    everything = chart_caption(date(2027, 1, 1), date(2027, 1, 31), [])
    assert everything.endswith(" · " + filter_lines([])[0])
    assert "1.1.2027–31.1.2027" in everything


def test_the_fixed_finnish_names_are_the_finnish_labels(
    language: Callable[[str], None],
) -> None:
    language("fi")
    assert {member: label(member) for member in GroupType} == GROUP_TYPE_NAMES


@settings(max_examples=400)
@given(
    value=st.one_of(
        st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12),
        # Ties: a half that the binary float holds exactly (0.25, 2.5).
        st.integers(-(10**6), 10**6).map(lambda n: n / 4),
    ),
    decimals=st.integers(0, 3),
    locale=st.sampled_from(sorted(NUMBER_STYLES)),
)
def test_a_number_reads_as_qlocale_writes_it(value: float, decimals: int, locale: str) -> None:
    assert locale_number(value, decimals, locale) == QLocale(locale).toString(value, "f", decimals)


def test_hours_are_shown_to_the_quarter_with_one_decimal_at_least(
    language: Callable[[str], None],
) -> None:
    language("fi")
    assert [hours(h) for h in (10.5, 0.25, 3, 11.25, 1 / 3)] == [
        "10,5",
        "0,25",
        "3,0",
        "11,25",
        "0,33",
    ]
    language("en")
    assert hours(2.75) == "2.75"


@pytest.mark.parametrize(
    ("code", "baby", "toddler", "child"),
    [
        ("fi", "0 kk", "23 kk", "2 v"),
        ("sv", "0 mån", "23 mån", "2 år"),
        ("en", "0 mo", "23 mo", "2 y"),
    ],
)
def test_an_age_is_in_months_under_two_years_then_in_years(
    language: Callable[[str], None], code: str, baby: str, toddler: str, child: str
) -> None:
    language(code)
    assert written_age(0) == baby
    assert written_age(23) == toddler
    assert written_age(24) == child
    assert written_age(35) == child
    assert written_age(36) == child.replace("2", "3")
