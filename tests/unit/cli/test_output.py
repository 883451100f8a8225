from __future__ import annotations

import enum
import io
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

import pytest

from ryhmat.cli.output import jsonable, write_json, write_table
from ryhmat.domain.timezone import wall_clock


class Colour(enum.StrEnum):
    RED = "red"


@dataclass
class Row:
    day: date
    at: datetime
    colour: Colour
    ident: uuid.UUID


def test_json_writes_dates_iso_and_datetimes_with_their_offset() -> None:
    ident = uuid.UUID(int=7)
    row = Row(date(2026, 10, 13), wall_clock(date(2026, 10, 13), time(9, 30)), Colour.RED, ident)
    stream = io.StringIO()
    write_json(stream, {"rows": [row]})
    assert json.loads(stream.getvalue()) == {
        "rows": [
            {
                "day": "2026-10-13",
                "at": "2026-10-13T09:30:00+03:00",
                "colour": "red",
                "ident": str(ident),
            }
        ]
    }


def test_json_after_the_clock_change_has_the_winter_offset() -> None:
    assert jsonable(wall_clock(date(2026, 10, 27), time(9, 30))) == "2026-10-27T09:30:00+02:00"


def test_json_refuses_a_naive_datetime() -> None:
    with pytest.raises(ValueError, match="naive"):
        jsonable(datetime(2026, 1, 1, 9, 30))  # noqa: DTZ001 - naive on purpose


def test_json_keeps_utc_offsets() -> None:
    assert jsonable(datetime(2026, 1, 1, 9, 30, tzinfo=UTC)) == "2026-01-01T09:30:00+00:00"


def test_table_pads_columns() -> None:
    stream = io.StringIO()
    write_table(stream, ["Nimi", "Tyyppi"], [["Isä–lapsi", "a"], ["B", "pitkä"]])
    assert stream.getvalue().splitlines() == [
        "Nimi       Tyyppi",
        "Isä–lapsi  a",
        "B          pitkä",
    ]
