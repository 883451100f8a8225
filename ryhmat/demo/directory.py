"""Organisations, workers, pairs and places of the fictional municipality."""

from __future__ import annotations

import random
import uuid

from ryhmat.demo.builder import Builder
from ryhmat.domain.model import (
    Organisation,
    OrganisationKind,
    Place,
    Worker,
    WorkerPair,
)
from ryhmat.domain.usecases.workers import suggested_kind

TOWN = "Järvelä"
EMAIL_DOMAIN = "jarvela.example"  # reserved for examples: mail can never reach a real person

ORGANISATIONS = {
    "perhetyo": ("Järvelän kaupungin perhetyö", OrganisationKind.FAMILY_WORK),
    "neuvola": ("Järvelän neuvola", OrganisationKind.CHILD_HEALTH_CLINIC),
    "vaka": ("Järvelän varhaiskasvatus", OrganisationKind.EARLY_CHILDHOOD_EDUCATION),
    "mll": ("MLL:n Järvelän yhdistys", OrganisationKind.NGO),
    "seurakunta": ("Järvelän seurakunta", OrganisationKind.PARISH),
    "kirjasto": ("Järvelän kaupunginkirjasto", OrganisationKind.LIBRARY),
    "perheneuvola": ("Järvelän perheneuvola", OrganisationKind.FAMILY_COUNSELLING),
}

FAMILY_WORKER = "perhetyöntekijä"
NURSE = "terveydenhoitaja"
SOCIAL_INSTRUCTOR = "sosiaaliohjaaja"
TEACHER = "varhaiskasvatuksen opettaja"
VOLUNTEER = "vapaaehtoinen vertaisohjaaja"
PARISH_WORKER = "lapsityönohjaaja"
LIBRARIAN = "kirjastonhoitaja"
COORDINATOR = "perhetyön koordinaattori"

# Which organisation employs (or, for volunteers, trains) each kind of worker.
EMPLOYER = {
    FAMILY_WORKER: "perhetyo",
    NURSE: "neuvola",
    SOCIAL_INSTRUCTOR: "perhetyo",
    TEACHER: "vaka",
    VOLUNTEER: "mll",
    PARISH_WORKER: "seurakunta",
    LIBRARIAN: "kirjasto",
    COORDINATOR: "perhetyo",
}

_ASCII = str.maketrans({"ä": "a", "ö": "o", "å": "a", "é": "e", " ": "", "-": ""})


def organisations(builder: Builder, keys: list[str]) -> dict[str, Organisation]:
    made = {}
    for key in keys:
        name, kind = ORGANISATIONS[key]
        made[key] = Organisation(name=name, kind=kind, id=builder.ids.new())
    builder.data.organisations.extend(made.values())
    return made


class Staff:
    """Hires workers with distinct names and pairs them up."""

    def __init__(self, builder: Builder, orgs: dict[str, Organisation]) -> None:
        self._builder = builder
        self._orgs = orgs
        self._names: set[str] = set()

    def hire(self, title: str, *, male: bool | None = None) -> Worker:
        b = self._builder
        if male is None:
            male = b.rng.random() < 0.15
        while True:
            first, last = b.names.first(b.rng, male=male), b.names.surname(b.rng)
            if f"{first} {last}" not in self._names:
                break
        self._names.add(f"{first} {last}")
        email = "" if title == VOLUNTEER else email_address(first, last)
        employer = self._orgs.get(EMPLOYER[title])
        worker = Worker(
            name=f"{first} {last}",
            title=title,
            organisation_id=employer.id if employer else None,
            email=email,
            kind=suggested_kind(title),
            id=b.ids.new(),
        )
        b.data.workers.append(worker)
        return worker

    def pair(self, first: Worker, second: Worker) -> WorkerPair:
        made = WorkerPair(
            first_worker_id=first.id, second_worker_id=second.id, id=self._builder.ids.new()
        )
        self._builder.data.pairs.append(made)
        return made


def email_address(first: str, last: str) -> str:
    return f"{first.lower().translate(_ASCII)}.{last.lower().translate(_ASCII)}@{EMAIL_DOMAIN}"


def place(builder: Builder, name: str, address: str, capacity: int) -> uuid.UUID:
    made = Place(name=name, address=address, capacity=capacity, id=builder.ids.new())
    builder.data.places.append(made)
    return made.id


def street_address(rng: random.Random, streets: tuple[str, ...], postcode: str) -> str:
    return f"{rng.choice(streets)} {rng.randint(1, 40)}, {postcode} {TOWN}"
