"""What the command-line tests share."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ryhmat.i18n import chosen_language, load_language


@pytest.fixture
def english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The command's messages compared as their English source texts (the command
    loads its language from the environment); the language loaded before comes back."""
    previous = chosen_language()
    monkeypatch.setenv("RYHMAT_LANGUAGE", "en")
    load_language("en")
    yield
    load_language(previous)
