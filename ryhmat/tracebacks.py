"""Tracebacks without messages: where an error happened, never what it said.

An error's message may quote a family's name, phone or notes (a database's own
message can: "Key (name)=(Virtanen) already exists"), so what is written for a
developer names the frames and the error types only.
"""

from __future__ import annotations

import traceback
from types import TracebackType


def withheld_traceback(error: BaseException, tb: TracebackType | None) -> str:
    """Where the error happened (every frame, every chained error's type) without any
    error's message: a message may quote a family's name, phone or notes."""
    lines = []
    for link in _chain(error):
        trace = link.__traceback__ if link is not error else tb
        lines.append("Traceback (most recent call last):\n")
        lines += traceback.format_list(traceback.extract_tb(trace))
        lines.append(f"{type(link).__module__}.{type(link).__qualname__} (message withheld)\n")
    return "".join(lines)


def _chain(error: BaseException) -> list[BaseException]:
    """The error and those it arose from, the earliest first, as Python prints them."""
    chain: list[BaseException] = []
    seen: set[int] = set()
    link: BaseException | None = error
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        chain.append(link)
        link = link.__cause__ or (None if link.__suppress_context__ else link.__context__)
    return chain[::-1]
