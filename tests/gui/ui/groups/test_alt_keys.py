"""The Alt keys of the season's and the group's new controls (the monthly rule, leaving
a date out, copying a season, the programme), each given once in every language: two
texts on one key make Qt move between them, and the key no longer does what it says."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ryhmat.domain.usecases.groups import find_group, list_series
from ryhmat.i18n import load_language
from ryhmat.ui.context import AppContext
from ryhmat.ui.groups import GroupEditor
from ryhmat.ui.groups.season_copy import SeasonCopyDialog
from ryhmat.ui.groups.series_editor import SeriesEditor
from tests.gui.person import alt_key_of, alt_keys, show_window

PIKKUISET = "Vauvaryhmä Pikkuiset"


def given_twice(keys: dict[str, list[str]], *texts: str) -> dict[str, list[str]]:
    """Of the keys of ``texts``, those that another text shown gives too."""
    wanted = {alt_key_of(text) for text in texts}
    return {key: given for key, given in keys.items() if key in wanted and len(given) > 1}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_new_season_and_group_controls_have_alt_keys_of_their_own(
    qtbot: QtBot, demo_context: AppContext, language: str
) -> None:
    load_language(language)
    group_id = demo_context.read(lambda uow: find_group(uow, PIKKUISET)).id
    season = demo_context.read(lambda uow: list_series(uow, group_id))[0]

    editor = GroupEditor(demo_context, group_id)
    qtbot.addWidget(editor)
    show_window(qtbot, editor)
    new_texts = (editor.copy_season_button.text(), editor.programme_button.text())
    assert given_twice(alt_keys(editor), *new_texts) == {}

    series_editor = SeriesEditor(demo_context, group_id, season)
    qtbot.addWidget(series_editor)
    show_window(qtbot, series_editor)
    assert {k: v for k, v in alt_keys(series_editor).items() if len(v) > 1} == {}

    copy = SeasonCopyDialog(demo_context, season)
    qtbot.addWidget(copy)
    show_window(qtbot, copy)
    assert {k: v for k, v in alt_keys(copy).items() if len(v) > 1} == {}
