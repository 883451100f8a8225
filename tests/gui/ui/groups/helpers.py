"""Shared helpers of the group tests: find demo things by name."""

from __future__ import annotations

import uuid

from ryhmat.domain.usecases.choices import Choice, load_choices
from ryhmat.domain.usecases.workers import list_pairs
from ryhmat.ui.context import AppContext


def choice_id(choices: list[Choice], name: str) -> uuid.UUID:
    return next(c.id for c in choices if c.name == name)


def pair_id(context: AppContext, label: str) -> uuid.UUID:
    return next(p.id for p in context.read(list_pairs) if p.label == label)


def organisation_id(context: AppContext, name: str) -> uuid.UUID:
    return choice_id(context.read(load_choices).organisations, name)


def pair_workers(context: AppContext, label: str) -> tuple[uuid.UUID, uuid.UUID]:
    pair = next(p for p in context.read(list_pairs) if p.label == label)
    return pair.first_worker_id, pair.second_worker_id


def worker_id(context: AppContext, name: str) -> uuid.UUID:
    return choice_id(context.read(load_choices).workers, name)
