"""The hand-counted statistics world with leaders' time and cancellation reasons.

``statistics_world`` as it is, and besides (every figure below counted by hand):

- Kinds: Anna and Pekka are staff, Liisa a volunteer (vertaisohjaaja) and Olli, a
  student, leads C2 as its third leader.
- Planning and debrief: A 30 min per session, C 15 min, B none.
- Cancelled: A2 (9.9.) "leader ill"; C4 (25.10.) "closure", led by Pekka and Liisa;
  B3 (10.10.) cancelled before categories were kept, so "not given".

Leader minutes in held sessions of 1.9.–31.10.2025, and planning minutes:

- Anna: A1, A3 = 2 x 90 = 180; planning 2 x 30 = 60.
- Pekka: A1, A3 = 180 and C1–C3 = 3 x 90 = 270: 450; planning 60 + 3 x 15 = 105.
- Liisa: B1, B2 = 2 x 180 = 360 and C1–C3 = 270: 630; planning 3 x 15 = 45.
- Olli: C2 = 90; planning 15.

By kind: staff (Anna, Pekka) 630 min = 10.5 h, planning 165 min = 2.75 h; volunteers
(Liisa) 10.5 h, planning 0.75 h; students (Olli) 1.5 h, planning 0.25 h.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

from ryhmat.domain.model import CancelReason, Session, SessionStatus, Worker, WorkerKind
from ryhmat.domain.statistics import LeaderMinutes
from ryhmat.storage.database import Database
from tests.integration.statistics_world import StatisticsWorld, save_statistics_world

CANCELLED = SessionStatus.CANCELLED


class LeaderTimeWorld(StatisticsWorld):
    def __post_init__(self) -> None:
        super().__post_init__()
        self.liisa.kind = WorkerKind.VOLUNTEER
        self.olli = Worker(
            name="Olli Opiskelija", title="sosionomiopiskelija", kind=WorkerKind.STUDENT
        )
        self.c2.leader_ids.append(self.olli.id)
        self.a.planning_minutes = 30
        self.c.planning_minutes = 15
        self.a2.cancel_category = CancelReason.LEADER_ILL
        self.c4 = replace(
            self._c(date(2025, 10, 25), [self.pekka.id, self.liisa.id]),
            status=CANCELLED,
            cancel_reason="Syysloma",
            cancel_category=CancelReason.CLOSURE,
        )
        self.b3 = replace(
            self._b(date(2025, 10, 10)), status=CANCELLED, cancel_reason="Ei ohjaajaa"
        )

    @property
    def sessions(self) -> list[Session]:
        return [*super().sessions, self.c4, self.b3]

    def leader_minutes(self) -> dict[uuid.UUID, LeaderMinutes]:
        return {
            self.anna.id: LeaderMinutes(180, 60),
            self.pekka.id: LeaderMinutes(450, 105),
            self.liisa.id: LeaderMinutes(630, 45),
            self.olli.id: LeaderMinutes(90, 15),
        }


CANCELLED_BY_REASON = {
    CancelReason.LEADER_ILL: 1,
    CancelReason.CLOSURE: 1,
    CancelReason.NOT_GIVEN: 1,
}


def save_leader_time_world(database: Database, world: LeaderTimeWorld) -> None:
    with database.unit_of_work() as uow:
        uow.workers.save(world.olli)
        uow.commit()
    save_statistics_world(database, world)
