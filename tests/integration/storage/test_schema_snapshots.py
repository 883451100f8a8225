"""The stored schema snapshots are the migrations' own, revision by revision."""

from __future__ import annotations

from ryhmat.storage.database import known_revisions
from ryhmat.storage.schema_snapshot import stale_revisions
from ryhmat.storage.sqlite_schema import REGENERATE, snapshot_path


def test_every_revision_has_a_current_snapshot() -> None:
    """A new or changed migration needs its snapshot: files opened at that revision
    are compared with it, and without it every such file would be refused."""
    missing = [r for r in known_revisions() if not snapshot_path(r).is_file()]
    stale = stale_revisions()
    assert (missing, stale) == ([], []), f"run: {REGENERATE}"
