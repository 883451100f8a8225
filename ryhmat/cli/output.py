"""Output of the CLI: JSON that scripts can rely on, and plain text for people."""

from __future__ import annotations

import dataclasses
import enum
import json
import os
import sys
import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, TextIO, TypeVar

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput


def jsonable(value: Any) -> Any:
    """Dates as ISO 8601, date-times as ISO 8601 with their UTC offset, enums as values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("a naive date-time cannot be written as JSON")
        return value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def write_json(stream: TextIO, value: Any) -> None:
    json.dump(jsonable(value), stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def write_table(stream: TextIO, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Columns padded to their widest cell, for a terminal."""
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
    for line in [headers, *rows]:
        cells = (cell.ljust(w) for cell, w in zip(line, widths, strict=True))
        stream.write("  ".join(cells).rstrip() + "\n")


Listed = TypeVar("Listed")


def print_listing(
    as_json: bool,
    records: Sequence[Listed],
    headers: list[str],
    row: Callable[[Listed], list[str]],
    empty: str | None = None,
) -> int:
    """A command's list on standard output: JSON, or a table of the given columns (or,
    when there is nothing and ``empty`` says so, that line instead of an empty table)."""
    if as_json:
        write_json(sys.stdout, records)
    elif not records and empty is not None:
        print(empty)
    else:
        write_table(sys.stdout, headers, [row(record) for record in records])
    return 0


def check_output_file(path: Path) -> None:
    """Refuse a file that cannot be written before anything is read or recorded, so that
    a mistyped path changes nothing (an export records feed sequences and pseudonyms)."""
    if path.is_dir():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder; give a file name."), path=str(path)
        )
    # The message names the whole path: it shows the person what they typed.
    if not path.parent.is_dir():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The folder of {path} does not exist."), path=str(path)
        )
    if not os.access(path.parent, os.W_OK):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The folder of {path} cannot be written to."),
            path=str(path),
        )
