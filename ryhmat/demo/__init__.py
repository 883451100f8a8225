"""Realistic, deterministic demo data for a fictional Finnish municipality.

``generate`` builds the objects in memory, ``load`` stores them through a
unit of work. The same seed and the same ``today`` give the same data, down
to the UUIDs, so screenshots, bug reports and benchmarks can be repeated.
"""

from __future__ import annotations

from datetime import date

from ryhmat.demo.builder import Builder
from ryhmat.demo.data import DemoData, Scale
from ryhmat.demo.evaluations import add_evaluations
from ryhmat.demo.loading import load, load_into_empty
from ryhmat.demo.municipality import REUSE_RATE as MUNICIPALITY_REUSE
from ryhmat.demo.municipality import build_municipality
from ryhmat.demo.names import name_pools
from ryhmat.demo.small import REUSE_RATE as SMALL_REUSE
from ryhmat.demo.small import build_small
from ryhmat.domain.ports import UnitOfWorkFactory
from ryhmat.domain.timezone import helsinki_now

__all__ = ["DemoData", "Scale", "generate", "load", "load_into_empty", "load_small_demo"]


def generate(
    scale: Scale, seed: int = 1, today: date | None = None, share: float = 1.0
) -> DemoData:
    """Demo data for one school year ("small") or ten ("municipality") up to ``today``.

    Sessions before ``today`` are recorded (held, with attendance or
    headcounts), the rest are planned. ``share`` runs only that part of the
    municipality's groups (0.1: every tenth), so a benchmark can compare the
    same ten years at a tenth of the size.
    """
    if scale not in ("small", "municipality"):
        raise ValueError(f"Unknown demo scale {scale!r}: use 'small' or 'municipality'.")
    if not 0 < share <= 1:
        raise ValueError(f"The share of the groups must be in (0, 1], not {share}.")
    data = DemoData(scale=scale, seed=seed, today=today or helsinki_now().date())
    names = name_pools(seed)
    if scale == "small":
        build_small(Builder(data, names, reuse_rate=SMALL_REUSE))
    else:
        build_municipality(Builder(data, names, reuse_rate=MUNICIPALITY_REUSE), share)
    add_evaluations(data)
    return data


def load_small_demo(unit_of_work: UnitOfWorkFactory, today: date) -> None:
    """The window's demo data: the small municipality's school year up to ``today``,
    into an empty database (refused otherwise), in one unit of work."""
    data = generate("small", today=today)
    with unit_of_work() as uow:
        load_into_empty(uow, data)
