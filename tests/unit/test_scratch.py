"""The sweep reads a gone process's list of temporary files, and does not trust it."""

from __future__ import annotations

from pathlib import Path

from ryhmat.scratch import LIST_FILE, LOCK_FILE, scratch_root, sweep


def test_only_files_of_the_apps_own_shape_are_removed_from_a_gone_processs_list(
    tmp_path: Path,
) -> None:
    own = tmp_path / ".ryhmat-0123456789ab.tmp"
    journal = tmp_path / ".ryhmat-0123456789ab.tmp-journal"
    mine = tmp_path / "oma taulukko.xlsx"  # a person's file, named in a crafted list
    for path in (own, journal, mine):
        path.write_bytes(b"x")
    gone = scratch_root() / "pgone"
    gone.mkdir(parents=True)
    (gone / LOCK_FILE).write_bytes(b"")  # nobody holds it
    (gone / LIST_FILE).write_text(f"{own}\n{mine}\n{tmp_path}\nnot a path\n", encoding="utf-8")
    (gone / "t1.xml").write_text("<sheet/>", encoding="utf-8")

    assert sweep() == 3
    assert [path.name for path in tmp_path.iterdir()] == [mine.name]
    assert not gone.exists()
