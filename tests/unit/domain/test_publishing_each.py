"""Publishing several feeds: each is told of as soon as it is done, and one that
fails does not stop the others."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput
from ryhmat.domain.feeds import Feed
from ryhmat.domain.ports import PublishCounts, UnitOfWorkFactory
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.publishing import FeedResult, FeedTarget, publish_each


@dataclass(frozen=True)
class _Published:
    file: Path | None
    server: PublishCounts | None = None
    page: Path | None = None


class _RecordingPublisher:
    """Publishes nothing: notes the order of calls, and fails for the feeds it is told to."""

    def __init__(self, log: list[str], failing: set[str]) -> None:
        self._log = log
        self._failing = failing
        self.names: dict[uuid.UUID, str] = {}

    def publish(
        self, unit_of_work: UnitOfWorkFactory, feed_id: uuid.UUID, now: datetime
    ) -> _Published:
        name = self.names[feed_id]
        self._log.append(f"publish {name}")
        if name in self._failing:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "There are no calendar feeds yet."))
        return _Published(Path(f"/feeds/{name}.ics"))

    def rotate(
        self, unit_of_work: UnitOfWorkFactory, feed_id: uuid.UUID, now: datetime
    ) -> _Published:
        self._log.append(f"rotate {self.names[feed_id]}")
        return _Published(None)

    def withdraw(self, unit_of_work: UnitOfWorkFactory, feed_id: uuid.UUID) -> None:
        raise AssertionError("not called when publishing")

    def withdraw_from_former_folder(self, before: Feed, after: Feed) -> None:
        raise AssertionError("not called when publishing")

    def store_password(self, feed: Feed, password: str) -> None:
        raise AssertionError("not called when publishing")


def _no_database() -> object:
    raise AssertionError("the publisher opens its own units of work")


def test_each_feed_is_told_of_before_the_next_is_published_and_a_failure_does_not_stop_them() -> (
    None
):
    log: list[str] = []
    publisher = _RecordingPublisher(log, failing={"Neuvola"})
    targets = [FeedTarget(uuid.uuid4(), name) for name in ("Isä-lapsi", "Neuvola", "Kaikki")]
    publisher.names = {target.id: target.name for target in targets}

    def heard(result: FeedResult) -> None:
        log.append(f"heard {result.name} {'failed' if result.error else result.outcome.file}")  # type: ignore[union-attr]

    results = publish_each(
        _no_database,  # type: ignore[arg-type]
        publisher,
        targets,
        datetime(2027, 1, 6, 9, 30, tzinfo=HELSINKI),
        each=heard,
    )

    assert log == [
        "publish Isä-lapsi",
        "heard Isä-lapsi /feeds/Isä-lapsi.ics",
        "publish Neuvola",
        "heard Neuvola failed",
        "publish Kaikki",
        "heard Kaikki /feeds/Kaikki.ics",
    ]
    assert [result.name for result in results] == ["Isä-lapsi", "Neuvola", "Kaikki"]
    assert isinstance(results[1].error, InvalidInput)
