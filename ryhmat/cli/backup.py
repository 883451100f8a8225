"""`ryhmat backup --out FILE`: a copy of the SQLite database, safe while the app is open."""

from __future__ import annotations

import argparse
from pathlib import Path

from ryhmat.i18n import translate
from ryhmat.labels import finland_number

KILOBYTE = 1000
MEGABYTE = 1000 * KILOBYTE


def backup(args: argparse.Namespace) -> int:
    from ryhmat.storage.backup import back_up_database
    from ryhmat.storage.database import resolve_database_url

    out = Path(args.out)
    size = back_up_database(resolve_database_url(args.database), out, replace=args.force)
    print(
        translate("Cli", "Backed up to {path} ({size}).").format(
            path=out.resolve(), size=file_size(size)
        )
    )
    return 0


def file_size(size: int) -> str:
    """1,2 Mt in Finnish, 1.2 MB in English: one decimal, in the user's language."""
    if size < MEGABYTE:
        return translate("Cli", "{size} kB").format(
            size=finland_number(max(size / KILOBYTE, 0.1), 1)
        )
    return translate("Cli", "{size} MB").format(size=finland_number(size / MEGABYTE, 1))
