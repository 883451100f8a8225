"""Publishing a feed to a folder: secret file names, rotation, whole files only."""

from __future__ import annotations

import functools
import http.server
import os
import signal
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
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
from ryhmat.export.programme_site import page_files
from ryhmat.export.publishing import publish_feed, rotate_token
from ryhmat.storage.database import Database

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=HELSINKI)


def feed_files(folder: Path) -> list[str]:
    """The folder's files in order, but the public feed's programme pages and their own
    calendars (tests/integration/export/test_programme_pages.py)."""
    pages = page_files(folder)
    return sorted(p.name for p in folder.iterdir() if p.name == "index.html" or p.name not in pages)


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
    assert feed_files(tmp_path) == sorted([outcome.file.name, "index.html"])
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
    assert feed_files(tmp_path) == ["index.html", new.name]
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


# --- the folder on a web server ---------------------------------------------------


class _QuietFiles(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def web_server(tmp_path: Path) -> Iterator[str]:
    """A real HTTP server on loopback serving the folder ``tmp_path/feeds`` as a web
    server with directory listing on does (Python's, which honours If-Modified-Since)."""
    folder = tmp_path / "feeds"
    folder.mkdir()
    handler = functools.partial(_QuietFiles, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def fetch(url: str, **headers: str) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as answer:
        with answer:
            return answer.code, dict(answer.headers), answer.read()


def published_earlier(path: Path, seconds: int = 600) -> int:
    """Date the file back, as if published some minutes ago; its new mtime in ns."""
    moment = path.stat().st_mtime_ns - seconds * 1_000_000_000
    os.utime(path, ns=(moment, moment))
    return moment


def test_an_unchanged_feed_is_left_untouched_and_subscribers_get_304(
    database: Database, tmp_path: Path, web_server: str
) -> None:
    feed = saved_feed(database, tmp_path / "feeds")
    file = publish_feed(database.unit_of_work, feed.id, NOW).file
    assert file is not None
    mtime = published_earlier(file)
    inode = file.stat().st_ino
    status, headers, first = fetch(web_server + file.name)
    assert status == 200
    assert first == file.read_bytes()

    publish_feed(database.unit_of_work, feed.id, NOW.replace(minute=30))

    assert (file.stat().st_mtime_ns, file.stat().st_ino) == (mtime, inode)
    status, _, body = fetch(
        web_server + file.name, **{"If-Modified-Since": headers["Last-Modified"]}
    )
    assert (status, body) == (304, b"")


def test_a_changed_feed_is_rewritten_whole_and_served_again(
    database: Database, tmp_path: Path, web_server: str
) -> None:
    feed = saved_feed(database, tmp_path / "feeds")
    file = publish_feed(database.unit_of_work, feed.id, NOW).file
    assert file is not None
    published_earlier(file)
    _, headers, first = fetch(web_server + file.name)
    with database.unit_of_work() as uow:
        feed = get_feed(uow, feed.id)
        feed.refresh_minutes = 24 * 60  # written in the file as REFRESH-INTERVAL
        save_feed(uow, feed)

    with file.open("rb") as reader_before:  # a subscriber's download in progress
        publish_feed(database.unit_of_work, feed.id, NOW.replace(minute=30))
        assert reader_before.read() == first  # the old file stays whole for it

    status, _, body = fetch(
        web_server + file.name, **{"If-Modified-Since": headers["Last-Modified"]}
    )
    assert status == 200
    assert body == file.read_bytes() != first
    assert b"REFRESH-INTERVAL;VALUE=DURATION:P1D" in body
    assert oct(file.stat().st_mode & 0o777) == oct(0o644)


def test_a_directory_listing_shows_no_feed_file_name(
    database: Database, tmp_path: Path, web_server: str
) -> None:
    feed = saved_feed(database, tmp_path / "feeds")
    publish_feed(database.unit_of_work, feed.id, NOW)
    rotate_token(database.unit_of_work, feed.id, NOW)
    with database.unit_of_work() as uow:
        token = get_feed(uow, feed.id).token

    status, _, page = fetch(web_server)

    assert status == 200
    assert page == (tmp_path / "feeds" / "index.html").read_bytes()
    # The public feed's programme page: it links to calendars of its own, no secret name.
    assert b"kaikki-ryhmat.ics" in page
    assert token.encode() not in page
    assert feed.token.encode() not in page


def test_a_persons_own_index_page_is_kept(database: Database, tmp_path: Path) -> None:
    feed = saved_feed(database, tmp_path / "feeds")
    own = tmp_path / "feeds" / "index.html"
    own.write_bytes(b"<h1>Perhetyo</h1>")
    publish_feed(database.unit_of_work, feed.id, NOW)
    assert own.read_bytes() == b"<h1>Perhetyo</h1>"


KILLED_BEFORE_RENAME = """
import os, signal, sys
from pathlib import Path
from ryhmat.export import folder
os.replace = lambda *_: os.kill(os.getpid(), signal.SIGKILL)
folder.publish_to_folder(Path(sys.argv[1]), sys.argv[2], b"BEGIN:VCALENDAR\\r\\n" * 1000)
"""


def test_a_killed_write_leaves_no_secret_name_and_is_swept_later(
    database: Database, tmp_path: Path, web_server: str
) -> None:
    feed = saved_feed(database, tmp_path / "feeds")
    folder = tmp_path / "feeds"
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_BEFORE_RENAME, str(folder), feed_file_name(feed)],
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert killed.returncode == -signal.SIGKILL
    [leftover] = list(folder.iterdir())
    assert leftover.name.startswith(".ryhmat-")
    assert feed.token not in leftover.name

    publish_feed(database.unit_of_work, feed.id, NOW)
    assert leftover.exists()  # young: it might be another run's write in progress
    published_earlier(leftover, seconds=2 * 3600)
    publish_feed(database.unit_of_work, feed.id, NOW)
    assert not leftover.exists()
    assert feed_files(folder) == sorted([feed_file_name(feed), "index.html"])


def test_a_renamed_feed_leaves_no_stale_file_under_its_former_name(
    database: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "feeds"
    feed = saved_feed(database, folder)
    former = publish_feed(database.unit_of_work, feed.id, NOW).file
    assert former is not None
    (folder / "toisen-syotteen-tiedosto.ics").write_bytes(b"not ours")
    with database.unit_of_work() as uow:
        feed = get_feed(uow, feed.id)
        feed.name = "Julkiset ryhmät"
        save_feed(uow, feed)

    now = publish_feed(database.unit_of_work, feed.id, NOW).file

    assert now is not None
    assert now.name.startswith("julkiset-ryhmat-")
    assert not former.exists()
    assert feed_files(folder) == sorted([now.name, "index.html", "toisen-syotteen-tiedosto.ics"])
