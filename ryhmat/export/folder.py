"""Publishing feeds as files in a folder that a web server serves.

Each file is written whole or not at all: a web server never serves half a
feed. The file name carries the feed's secret token, so a URL cannot be
guessed; rotating the token removes the old file and with it the old URL.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ryhmat.domain.errors import QT_TRANSLATE_NOOP
from ryhmat.export.errors import PublishError

# Readable by the web server, writable only by the app's user.
PUBLISHED_MODE = 0o644


def write_atomically(path: Path, content: bytes) -> None:
    """Write to a temporary file beside ``path``, then rename it over ``path``."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, PUBLISHED_MODE)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def publish_to_folder(folder: Path, file_name: str, content: bytes) -> Path:
    target = folder / file_name
    try:
        if not folder.is_dir():
            raise FileNotFoundError(f"{folder} is not a folder")
        write_atomically(target, content)
    except OSError as error:
        raise _folder_error(folder, error) from error
    return target


def remove_published(folder: Path, file_name: str) -> None:
    """Withdraw a published file, e.g. the one under a rotated token's name."""
    try:
        (folder / file_name).unlink(missing_ok=True)
    except OSError as error:
        raise _folder_error(folder, error) from error


def _folder_error(folder: Path, error: OSError) -> PublishError:
    return PublishError(
        QT_TRANSLATE_NOOP("Errors", "The feed could not be written to {folder}: {reason}"),
        folder=str(folder),
        reason=error.strerror or str(error),
    )
