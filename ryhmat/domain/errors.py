"""Errors a person can cause. Each carries a message template for translation.

The template is English source text, marked with QT_TRANSLATE_NOOP in the
"Errors" context so that lupdate collects it into the translation files;
``params`` fill its ``{name}`` fields after translation, so the CLI and the
UI show the same message in the user's language.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date, time
from typing import Any

from ryhmat.domain.written import written_count, written_date, written_time

TRANSLATION_CONTEXT = "Errors"

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's own name
    """Marks ``text`` for Qt's lupdate, which finds it by this name; translates nothing."""
    return text


class Term(str):
    """A word inside a message (a field name, say) that is translated with it."""

    __slots__ = ()


class UserError(Exception):
    """A mistake a person can make: shown as one clear message, changes nothing."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(_formatted(template, params, None))

    def message(self, translate: Translate | None = None) -> str:
        """The message in the user's language, given Qt's ``translate(context, text)``;
        without it, the English source text."""
        return _formatted(self.template, self.params, translate)


def _formatted(template: str, params: dict[str, Any], translate: Translate | None) -> str:
    shown = {key: _shown(value, translate) for key, value in params.items()}
    if translate is not None:
        template = translate(TRANSLATION_CONTEXT, template)
    return template.format(**shown)


def _shown(value: Any, translate: Translate | None) -> Any:
    if isinstance(value, Term) and translate is not None:
        return translate(TRANSLATION_CONTEXT, value)
    if isinstance(value, date):
        return written_date(value)
    if isinstance(value, time):
        return written_time(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return written_count(value)
    if isinstance(value, str):
        return _visible(value)
    return value


# Explicit embeddings, overrides and isolates: one would reverse the rest of the line.
_BIDI_CONTROLS = frozenset({"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"})


def _visible(text: str) -> str:
    """Text a person gave, fit for a one-line message: control characters, lone
    surrogates and bidi overrides written as escapes (\\n, \\x00, \\udcff), which
    can neither break the line nor fail to print."""
    return "".join(
        ch.encode("unicode_escape").decode("ascii")
        if unicodedata.category(ch) in ("Cc", "Cs")
        or unicodedata.bidirectional(ch) in _BIDI_CONTROLS
        else ch
        for ch in text
    )


class NotFound(UserError):
    """Something a person named does not exist."""


class InvalidInput(UserError):
    """A value a person gave breaks a rule (end before start, a malformed date…)."""


class ChangedElsewhere(UserError):
    """Someone else saved the same thing first; saving now would overwrite their change.

    Nothing is saved: the person sees the stored state and makes the change again.
    """


# The refusal of a session saved over someone else's change: storage's optimistic
# check says it, and so does a move planned from a calendar shown before that change.
SESSION_CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Errors",
    "Someone else changed this session while you were editing it. Its saved state is "
    "shown now; make your change again if it is still needed.",
)
