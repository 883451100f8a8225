"""Publishing a feed to a folder: secret file names, rotation, whole files only."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import icalendar
import pytest

from ryhmat.demo import generate, load
from ryhmat.domain.feeds import Feed, FeedKind
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.feeds import feed_file_name, get_feed, save_feed
from ryhmat.export.errors import PublishError
from ryhmat.export.folder import publish_to_folder
from ryhmat.export.publishing import publish_feed, rotate_token
from ryhmat.storage.database import Database

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=HELSINKI)


def saved_feed(database: Database, folder: Path) -> Feed:
    folder.mkdir(exist_ok=True)
    with database.unit_of_work() as uow:
        load(uow, generate("small", seed=1, today=TODAY))
        feed = Feed(name="Kaikki julkiset ryhmät", kind=FeedKind.PUBLIC, folder=str(folder))
        save_feed(uow, feed)
    return feed


def test_a_feed_is_published_under_its_secret_name_and_republished_identically(
    database: Database, tmp_path: Path
) -> None:
    tmp_path = tmp_path / "feeds"
    feed = saved_feed(database, tmp_path)
    outcome = publish_feed(database.unit_of_work, feed.id, NOW)
    assert outcome.file == tmp_path / feed_file_name(feed)
    assert feed.token in outcome.file.name
    assert outcome.file.name.startswith("kaikki-julkiset-ryhmat-")
    first = outcome.file.read_bytes()
    calendar = icalendar.Calendar.from_ical(first)
    assert len(calendar.walk("VEVENT")) > 50
    assert oct(outcome.file.stat().st_mode & 0o777) == oct(0o644)

    publish_feed(database.unit_of_work, feed.id, datetime(2026, 11, 24, 8, 0, tzinfo=HELSINKI))
    assert outcome.file.read_bytes() == first
    assert sorted(p.name for p in tmp_path.iterdir()) == [outcome.file.name]
    with database.unit_of_work() as uow:
        assert get_feed(uow, feed.id).last_published_at == datetime(
            2026, 11, 24, 8, 0, tzinfo=HELSINKI
        )


def test_rotating_the_token_revokes_the_old_url(database: Database, tmp_path: Path) -> None:
    tmp_path = tmp_path / "feeds"
    feed = saved_feed(database, tmp_path)
    old = publish_feed(database.unit_of_work, feed.id, NOW).file
    assert old is not None
    new = rotate_token(database.unit_of_work, feed.id, NOW).file
    assert new is not None
    assert new != old
    assert not old.exists()
    assert [p.name for p in tmp_path.iterdir()] == [new.name]
    with database.unit_of_work() as uow:
        assert feed_file_name(get_feed(uow, feed.id)) == new.name


def test_a_missing_folder_is_a_clear_error_and_the_token_is_kept(
    database: Database, tmp_path: Path
) -> None:
    feed = saved_feed(database, tmp_path / "ei-ole")
    (tmp_path / "ei-ole").rmdir()
    with pytest.raises(PublishError, match="could not be written"):
        rotate_token(database.unit_of_work, feed.id, NOW)
    with database.unit_of_work() as uow:
        assert get_feed(uow, feed.id).token == feed.token


def test_a_failed_write_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    publish_to_folder(tmp_path, "syote.ics", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(PublishError, match="No space left"):
        publish_to_folder(tmp_path, "syote.ics", b"BEGIN:VCALENDAR\r\n...half")
    assert (tmp_path / "syote.ics").read_bytes() == b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
    assert [p.name for p in tmp_path.iterdir()] == ["syote.ics"]
