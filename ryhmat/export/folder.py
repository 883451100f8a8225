"""Publishing feeds as files in a folder that a web server serves.

Each file is written whole or not at all: a web server never serves half a
feed. The file name carries the feed's secret token, so a URL cannot be
guessed; rotating the token removes the old file and with it the old URL.

What a web server shows of the folder tells nothing of those names:

- a file whose content has not changed is left untouched, so its modification
  time (the server's Last-Modified) stays, and subscribers' conditional requests
  get "304 Not Modified" instead of the whole feed again;
- the folder of published feeds carries an empty ``index.html``, which a server
  with directory listing on shows in place of the listing (the README says to
  turn listing off too); a person's own ``index.html`` there is kept as it is;
- the temporary file of a write is named ``.ryhmat-<random>.tmp``, not after the
  secret file, and one that a killed run left behind is removed by a later
  publish once it is old enough not to be another run's write in progress.
"""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path
from typing import Final

from ryhmat.domain.errors import QT_TRANSLATE_NOOP
from ryhmat.export.errors import PublishError
from ryhmat.scratch import PREFIX, temporary_beside

# Readable by the web server, writable only by the app's user.
PUBLISHED_MODE = 0o644
INDEX_NAME: Final = "index.html"
INDEX_PAGE: Final = (
    b'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title></title></head>'
    b"<body></body></html>\n"
)
TEMPORARY_PREFIX: Final = PREFIX
TEMPORARY_SUFFIX: Final = ".tmp"
# A temporary file older than this is a killed run's, not a write in progress.
LEFTOVER_SECONDS: Final = 3600


def write_atomically(path: Path, content: bytes) -> None:
    """Write to a temporary file beside ``path``, then rename it over ``path``."""
    temporary = temporary_beside(path, TEMPORARY_SUFFIX)
    try:
        with temporary.open("wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, PUBLISHED_MODE)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def publish_to_folder(folder: Path, file_name: str, content: bytes) -> Path:
    """Write ``content`` as ``folder/file_name`` unless the file holds it already."""
    target = folder / file_name
    try:
        if not folder.is_dir():
            raise FileNotFoundError(f"{folder} is not a folder")
        unchanged = _stat_if_holding(target, content)
        if unchanged is None:
            write_atomically(target, content)
        elif stat.S_IMODE(unchanged.st_mode) != PUBLISHED_MODE:
            os.chmod(target, PUBLISHED_MODE)  # and the content's time stays
    except OSError as error:
        raise folder_error(folder, error) from error
    return target


def keep_published_mode(folder: Path, file_name: str) -> None:
    """Give a published file left as it was (its content unchanged) the mode of a
    published file, as ``publish_to_folder`` does; its content's time stays."""
    target = folder / file_name
    try:
        if stat.S_IMODE(target.stat().st_mode) != PUBLISHED_MODE:
            os.chmod(target, PUBLISHED_MODE)
    except OSError as error:
        raise folder_error(folder, error) from error


def keep_index(folder: Path) -> None:
    """Give the folder of published feeds an empty index page, if it has none, and
    remove the temporary files that killed runs left there."""
    try:
        if not (folder / INDEX_NAME).exists():
            write_atomically(folder / INDEX_NAME, INDEX_PAGE)
        _remove_leftovers(folder)
    except OSError as error:
        raise folder_error(folder, error) from error


def remove_published(folder: Path, file_name: str) -> None:
    """Withdraw a published file, e.g. the one under a rotated token's name."""
    try:
        (folder / file_name).unlink(missing_ok=True)
    except OSError as error:
        raise folder_error(folder, error) from error


def remove_former_names(folder: Path, file_name: str, mark: str) -> None:
    """Remove the files in ``folder`` whose names end with ``mark`` (a feed's secret
    token) but are not ``file_name``: the same feed published under a former name,
    whose file would otherwise stay at its old address, never updated again."""
    try:
        for former in folder.iterdir():
            if former.name.endswith(mark) and former.name != file_name:
                former.unlink(missing_ok=True)
    except OSError as error:
        raise folder_error(folder, error) from error


def _stat_if_holding(path: Path, content: bytes) -> os.stat_result | None:
    """The file's status if it holds exactly ``content``, else None."""
    try:
        status = path.stat()
        if status.st_size == len(content) and path.read_bytes() == content:
            return status
    except FileNotFoundError:
        pass
    return None


def _remove_leftovers(folder: Path) -> None:
    old_enough = time.time() - LEFTOVER_SECONDS
    for leftover in folder.glob(f"{TEMPORARY_PREFIX}*{TEMPORARY_SUFFIX}"):
        try:
            if leftover.stat().st_mtime < old_enough:
                leftover.unlink()
        except FileNotFoundError:
            pass  # removed by another run meanwhile


def folder_error(folder: Path, error: OSError) -> PublishError:
    return PublishError(
        QT_TRANSLATE_NOOP("Errors", "The feed could not be written to {folder}: {reason}"),
        folder=str(folder),
        reason=error.strerror or str(error),
    )
