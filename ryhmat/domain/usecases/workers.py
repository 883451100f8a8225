"""Workers and the pairs they lead in."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, Term
from ryhmat.domain.model import Worker, WorkerKind, WorkerPair
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.removal import archived_as_stored
from ryhmat.domain.validation import MAX_EMAIL_LENGTH, clean_line, clean_name

TITLES = (
    "perhetyöntekijä",
    "terveydenhoitaja",
    "sosiaaliohjaaja",
    "varhaiskasvatuksen opettaja",
    "vapaaehtoinen vertaisohjaaja",
)
# The kind a usual title suggests for a new worker; the others are staff.
TITLE_KINDS = {"vapaaehtoinen vertaisohjaaja": WorkerKind.VOLUNTEER}


def suggested_kind(title: str) -> WorkerKind:
    """The kind a new worker of ``title`` most likely is."""
    return TITLE_KINDS.get(title.strip().casefold(), WorkerKind.STAFF)


@dataclass(frozen=True, slots=True)
class WorkerView:
    id: uuid.UUID
    name: str
    title: str
    organisation: str
    email: str
    archived: bool
    kind: WorkerKind = WorkerKind.STAFF


@dataclass(frozen=True, slots=True)
class PairView:
    id: uuid.UUID
    first_worker_id: uuid.UUID
    second_worker_id: uuid.UUID
    first: str
    second: str
    first_archived: bool
    second_archived: bool

    @property
    def archived(self) -> bool:
        """One of the two is archived: the pair is no longer offered as leaders."""
        return self.first_archived or self.second_archived

    @property
    def label(self) -> str:
        return f"{self.first} + {self.second}"


def list_workers(uow: UnitOfWork, include_archived: bool = False) -> list[WorkerView]:
    organisations = uow.organisations.names()
    return [
        WorkerView(
            id=w.id,
            name=w.name,
            title=w.title,
            organisation=organisations.get(w.organisation_id, "") if w.organisation_id else "",
            email=w.email,
            archived=w.archived,
            kind=w.kind,
        )
        for w in uow.workers.list()
        if include_archived or not w.archived
    ]


def get_worker(uow: UnitOfWork, worker_id: uuid.UUID) -> Worker:
    worker = uow.workers.get(worker_id)
    if worker is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The worker no longer exists."))
    return worker


def save_worker(uow: UnitOfWork, worker: Worker) -> None:
    worker.name = clean_name(worker.name, Term(QT_TRANSLATE_NOOP("Errors", "name")))
    worker.title = clean_name(worker.title, Term(QT_TRANSLATE_NOOP("Errors", "title")))
    worker.email = clean_line(
        worker.email, Term(QT_TRANSLATE_NOOP("Errors", "email")), MAX_EMAIL_LENGTH
    )
    if worker.email and ("@" not in worker.email or " " in worker.email):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "“{email}” is not an email address."), email=worker.email
        )
    if worker.organisation_id is not None and uow.organisations.get(worker.organisation_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The organisation no longer exists."))
    worker.archived = archived_as_stored(uow.workers, worker.id)
    uow.workers.save(worker)
    uow.commit()


def list_pairs(uow: UnitOfWork, include_archived: bool = False) -> list[PairView]:
    """The pairs by name; those with an archived worker only when asked for."""
    names = uow.workers.names()
    archived = uow.workers.archived_ids()
    views = [
        PairView(
            id=p.id,
            first_worker_id=p.first_worker_id,
            second_worker_id=p.second_worker_id,
            first=names.get(p.first_worker_id, "?"),
            second=names.get(p.second_worker_id, "?"),
            first_archived=p.first_worker_id in archived,
            second_archived=p.second_worker_id in archived,
        )
        for p in uow.pairs.list()
    ]
    views = [v for v in views if include_archived or not v.archived]
    return sorted(views, key=lambda v: v.label.casefold())


def save_pair(uow: UnitOfWork, pair: WorkerPair) -> None:
    """Two different workers, not already a pair in either order."""
    if pair.first_worker_id == pair.second_worker_id:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A pair needs two different workers."))
    for worker_id in pair.worker_ids:
        get_worker(uow, worker_id)
    same = {frozenset(p.worker_ids) for p in uow.pairs.list() if p.id != pair.id}
    if frozenset(pair.worker_ids) in same:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "These two already are a pair."))
    uow.pairs.save(pair)
    uow.commit()
