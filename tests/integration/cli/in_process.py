"""The command run inside the test's own process, its output captured by pytest."""

from __future__ import annotations

import pytest

from ryhmat.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """The command's exit code, standard output and standard error."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err
