"""Repeating a piece of work and taking the median, so one noisy run does not decide."""

from __future__ import annotations

import statistics
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

# Every figure is the median of at least this many runs (five at least, for a stable median).
RUNS = 5


def nothing() -> None:
    pass


def run_times(
    work: Callable[[], Any],
    runs: int = RUNS,
    warmups: int = 1,
    prepare: Callable[[], Any] = nothing,
    clean_up: Callable[[], Any] = nothing,
) -> list[float]:
    """Seconds of each of ``runs`` calls of ``work``, after ``warmups`` untimed ones
    (the first run fills caches and, for a feed, records what it publishes);
    ``prepare`` and ``clean_up`` run untimed around every call."""
    times = []
    for run in range(warmups + runs):
        prepare()
        started = time.perf_counter()
        work()
        elapsed = time.perf_counter() - started
        clean_up()
        if run >= warmups:
            times.append(elapsed)
    return times


def median(times: list[float]) -> float:
    return statistics.median(times)


def peak_memory(work: Callable[[], Any]) -> int:
    """The most bytes Python held at once during ``work`` (tracemalloc; untimed, as
    tracing slows the work down several times)."""
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
