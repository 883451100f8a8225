"""The bundle of demo objects that ``generate`` returns and ``load`` stores."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from ryhmat.domain.evaluation import SeasonEvaluation
from ryhmat.domain.model import (
    Attendance,
    ClosurePeriod,
    Enrolment,
    Family,
    Group,
    Headcount,
    Organisation,
    Place,
    Series,
    Session,
    SessionStatus,
    Worker,
    WorkerPair,
)

Scale = Literal["small", "municipality"]


@dataclass(slots=True, kw_only=True)
class DemoData:
    scale: Scale
    seed: int
    today: date
    organisations: list[Organisation] = field(default_factory=list)
    workers: list[Worker] = field(default_factory=list)
    pairs: list[WorkerPair] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    closures: list[ClosurePeriod] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    series: list[Series] = field(default_factory=list)
    sessions: list[Session] = field(default_factory=list)
    families: list[Family] = field(default_factory=list)
    enrolments: list[Enrolment] = field(default_factory=list)
    attendance: list[Attendance] = field(default_factory=list)
    headcounts: list[Headcount] = field(default_factory=list)
    evaluations: list[SeasonEvaluation] = field(default_factory=list)

    def summary(self) -> dict[str, int]:
        statuses = dict.fromkeys(SessionStatus, 0)
        for session in self.sessions:
            statuses[session.status] += 1
        return {
            "organisations": len(self.organisations),
            "workers": len(self.workers),
            "pairs": len(self.pairs),
            "places": len(self.places),
            "closures": len(self.closures),
            "groups": len(self.groups),
            "series": len(self.series),
            "sessions": len(self.sessions),
            "sessions_planned": statuses[SessionStatus.PLANNED],
            "sessions_held": statuses[SessionStatus.HELD],
            "sessions_cancelled": statuses[SessionStatus.CANCELLED],
            "families": len(self.families),
            "members": sum(len(f.members) for f in self.families),
            "enrolments": len(self.enrolments),
            "attendance": len(self.attendance),
            "headcounts": len(self.headcounts),
        }
