"""The feed editor: what a feed carries, its window, where it goes, and its password."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from ryhmat.domain.feeds import Feed, FeedKind
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.choices import load_choices
from ryhmat.domain.usecases.feeds import feed_file_name
from ryhmat.export.publishing import publish_feed
from ryhmat.i18n import load_language
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.feeds import FeedEditor
from tests.gui.person import set_choice
from tests.keyrings import MemoryKeyring

from .conftest import add_feed, saved_feeds

SERVER = "https://pilvi.example.fi/remote.php/dav"


def open_editor(qtbot: QtBot, context: AppContext, feed: Feed | None = None) -> FeedEditor:
    editor = FeedEditor(context, feed)
    qtbot.addWidget(editor)
    editor.open()
    return editor


def organisation_id(context: AppContext, name: str) -> uuid.UUID:
    choices = context.read(load_choices).organisations
    return next(c.id for c in choices if c.name == name)


def test_a_new_feed_gets_the_default_window_and_is_named_after_its_contents(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    editor = open_editor(qtbot, demo_context)
    assert editor.windowTitle() == "New calendar feed"
    assert (editor.months_back.value(), editor.months_ahead.value()) == (3, 12)
    assert editor.refresh_hours.value() == 1
    assert editor.show_leaders.isChecked()

    set_choice(editor.kind, "Group")
    assert editor.target_label.text() == "&Group:"
    set_choice(editor.target, "Perhekahvila Kohtaamo")
    assert editor.name.text() == "Perhekahvila Kohtaamo"
    editor.show_leaders.setChecked(False)
    editor.months_ahead.setValue(6)
    editor.refresh_hours.setValue(3)
    editor.folder.setText(str(tmp_path))
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()

    assert not editor.isVisible()
    feed = saved_feeds(demo_context)["Perhekahvila Kohtaamo"].feed
    assert feed.kind is FeedKind.GROUP
    assert (feed.days_back, feed.days_ahead) == (92, 183)  # 3 and 6 months of 30.5 days
    assert not feed.show_leaders
    assert feed.refresh_minutes == 180
    assert feed.folder == str(tmp_path)
    assert feed.token  # the secret part of the file name


def test_a_name_typed_by_the_person_stays_when_the_contents_change(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    editor = open_editor(qtbot, demo_context)
    qtbot.keyClicks(editor.name, "Kumppanit")
    set_choice(editor.target, "Järvelän neuvola")
    set_choice(editor.kind, "All public groups")
    assert editor.name.text() == "Kumppanit"
    assert not editor.target.isVisible()

    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()
    feed = saved_feeds(demo_context)["Kumppanit"].feed
    assert (feed.kind, feed.target_id) == (FeedKind.PUBLIC, None)


def test_an_empty_name_is_shown_inline_and_saves_nothing(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    editor = open_editor(qtbot, demo_context)
    set_choice(editor.target, "MLL:n Järvelän yhdistys")
    editor.name.clear()
    editor.save_button.click()

    assert editor.isVisible()
    assert editor.error.isVisible()
    assert editor.error.text() == "Fill in the field: feed name."
    assert saved_feeds(demo_context) == {}


def test_a_group_feed_without_a_group_is_shown_inline_and_saves_nothing(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    editor = open_editor(qtbot, demo_context)
    set_choice(editor.kind, "Group")
    assert editor.target.currentText() == "Choose…"
    qtbot.keyClicks(editor.name, "Ryhma")
    editor.save_button.click()

    assert editor.isVisible()
    assert editor.error.text() == "Choose the organisation, group or worker of the feed."
    assert saved_feeds(demo_context) == {}


def test_editing_shows_months_and_keeps_exact_days_that_were_not_changed(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    feed = add_feed(
        demo_context,
        Feed(
            name="Neuvola",
            kind=FeedKind.ORGANISATION,
            target_id=organisation_id(demo_context, "Järvelän neuvola"),
            days_back=100,
            days_ahead=200,
            refresh_minutes=90,
        ),
    )
    editor = open_editor(qtbot, demo_context, feed)
    assert editor.windowTitle() == "Edit calendar feed"
    assert editor.target.currentText() == "Järvelän neuvola"
    assert (editor.months_back.value(), editor.months_ahead.value()) == (3, 7)
    assert editor.refresh_hours.value() == 2
    editor.months_ahead.setValue(24)
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()

    saved = saved_feeds(demo_context)["Neuvola"].feed
    assert (saved.days_back, saved.days_ahead, saved.refresh_minutes) == (100, 732, 90)
    assert saved.token == feed.token


def test_a_typed_password_goes_to_the_keyring_and_nowhere_else(
    qtbot: QtBot, demo_context: AppContext, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    editor = open_editor(qtbot, demo_context)
    set_choice(editor.target, "MLL:n Järvelän yhdistys")
    editor.server_url.setText(SERVER)
    qtbot.keyClicks(editor.server_user, "mll-jarvela")
    qtbot.keyClicks(editor.password, "salainen-sana-42")
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()

    assert memory_keyring.passwords == {
        ("ryhmat-caldav", "mll-jarvela@https://pilvi.example.fi:443"): "salainen-sana-42"
    }
    feed = saved_feeds(demo_context)["MLL:n Järvelän yhdistys"].feed
    assert (feed.caldav_url, feed.caldav_username) == (SERVER, "mll-jarvela")
    assert b"salainen-sana-42" not in (tmp_path / "demo.sqlite3").read_bytes()

    again = open_editor(qtbot, demo_context, feed)
    assert again.password.text() == ""
    assert again.password.placeholderText() == "Leave empty to keep the stored password"
    again.months_back.setValue(1)
    with qtbot.waitSignal(again.saved):
        again.save_button.click()
    assert memory_keyring.stores == 1  # nothing typed, nothing stored
    assert saved_feeds(demo_context)["MLL:n Järvelän yhdistys"].feed.days_back == 30


def test_an_address_saved_with_a_password_in_it_is_not_shown_and_is_saved_without_it(
    qtbot: QtBot, demo_context: AppContext, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    # Saved before such addresses were refused: anyone on the team opening the
    # feed would read the team's password in the address field.
    legacy = Feed(
        name="Vanha syöte",
        kind=FeedKind.PUBLIC,
        caldav_url="https://mll-jarvela:salainen-sana-42@pilvi.example.fi/remote.php/dav",
        caldav_username="mll-jarvela",
        caldav_calendar="Ryhmät",
        token="vanha-token",
    )

    def save_as_before(uow: UnitOfWork) -> None:
        uow.feeds.save(legacy)  # not through save_feed, which refuses it now
        uow.commit()

    demo_context.write(save_as_before, Changes.FEEDS)
    feed = saved_feeds(demo_context)["Vanha syöte"].feed

    editor = open_editor(qtbot, demo_context, feed)
    shown_texts = [field.text() for field in editor.findChildren(QLineEdit)]
    assert editor.server_url.text() == SERVER
    assert all("salainen-sana-42" not in text for text in shown_texts)

    editor.months_back.setValue(1)
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()
    assert saved_feeds(demo_context)["Vanha syöte"].feed.caldav_url == SERVER
    assert memory_keyring.stores == 0


@pytest.mark.parametrize(
    ("address", "said"),
    [
        (
            "http://pilvi.example.fi/remote.php/dav",
            "The calendar server address http://pilvi.example.fi/remote.php/dav starts with "
            "http://, which would send the password unencrypted: use https:// (http:// is "
            "allowed only to this computer itself).",
        ),
        (
            "https://mll-jarvela:salainen-sana-42@pilvi.example.fi/dav",
            "The calendar server address must not contain a user name or password: enter "
            "them in their own fields.",
        ),
    ],
)
def test_an_address_that_would_give_the_password_away_is_refused_and_stores_nothing(
    qtbot: QtBot,
    demo_context: AppContext,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    address: str,
    said: str,
) -> None:
    editor = open_editor(qtbot, demo_context)
    set_choice(editor.target, "MLL:n Järvelän yhdistys")
    editor.server_url.setText(address)
    qtbot.keyClicks(editor.server_user, "mll-jarvela")
    qtbot.keyClicks(editor.password, "salainen-sana-42")
    editor.save_button.click()

    assert editor.isVisible()
    assert editor.error.text() == said
    assert memory_keyring.passwords == {}
    assert saved_feeds(demo_context) == {}
    assert b"salainen-sana-42" not in (tmp_path / "demo.sqlite3").read_bytes()


def test_a_password_that_cannot_be_stored_is_shown_inline_and_saves_nothing(
    qtbot: QtBot, demo_context: AppContext, no_keyring: None
) -> None:
    editor = open_editor(qtbot, demo_context)
    set_choice(editor.target, "MLL:n Järvelän yhdistys")
    editor.server_url.setText(SERVER)
    qtbot.keyClicks(editor.server_user, "mll-jarvela")
    qtbot.keyClicks(editor.password, "salainen")
    editor.save_button.click()

    assert editor.isVisible()
    assert "cannot be saved" in editor.error.text()
    assert saved_feeds(demo_context) == {}


def test_a_mistake_in_the_feed_stores_no_password(
    qtbot: QtBot, demo_context: AppContext, memory_keyring: MemoryKeyring
) -> None:
    editor = open_editor(qtbot, demo_context)
    set_choice(editor.target, "MLL:n Järvelän yhdistys")
    editor.server_url.setText("pilvi.example.fi")  # no https://
    qtbot.keyClicks(editor.password, "salainen")
    editor.save_button.click()

    assert editor.error.text() == (
        "The calendar server address pilvi.example.fi must start with https:// and name a server."
    )
    assert memory_keyring.passwords == {}
    assert saved_feeds(demo_context) == {}


def test_a_password_without_a_server_is_a_mistake(
    qtbot: QtBot, demo_context: AppContext, memory_keyring: MemoryKeyring
) -> None:
    editor = open_editor(qtbot, demo_context)
    set_choice(editor.target, "MLL:n Järvelän yhdistys")
    qtbot.keyClicks(editor.password, "salainen")
    editor.save_button.click()

    assert "address" in editor.error.text()
    assert memory_keyring.passwords == {}
    assert saved_feeds(demo_context) == {}


def test_a_long_message_makes_the_editor_grow_instead_of_squeezing_its_texts(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    load_language("fi")  # the longest texts
    editor = open_editor(qtbot, demo_context)
    qtbot.waitExposed(editor)
    set_choice(editor.target, "MLL:n Järvelän yhdistys")
    editor.server_url.setFocus()
    qtbot.keyClicks(editor.server_url, "http://pilvi.example.fi/remote.php/dav")
    qtbot.keyClicks(editor.server_user, "mll-jarvela")
    qtbot.keyClicks(editor.password, "salainen")
    height_before = editor.height()
    qtbot.keyClick(editor.password, Qt.Key.Key_Return)

    assert editor.error.isVisible()
    assert editor.height() > height_before
    for label in editor.findChildren(QLabel):
        if label.isVisible() and label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()


def test_a_feed_moved_to_another_folder_leaves_no_file_at_its_old_address(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    old, new = tmp_path / "vanha", tmp_path / "uusi"
    old.mkdir()
    new.mkdir()
    feed = add_feed(demo_context, Feed(name="Julkiset", kind=FeedKind.PUBLIC, folder=str(old)))
    publish_feed(
        demo_context.services().unit_of_work, feed.id, datetime(2026, 12, 7, 8, 0, tzinfo=UTC)
    )
    assert (old / feed_file_name(feed)).exists()

    editor = open_editor(qtbot, demo_context, saved_feeds(demo_context)["Julkiset"].feed)
    editor.folder.setFocus()
    editor.folder.selectAll()
    qtbot.keyClicks(editor.folder, str(new))
    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(editor.folder, Qt.Key.Key_Return)

    assert saved_feeds(demo_context)["Julkiset"].feed.folder == str(new)
    assert not (old / feed_file_name(feed)).exists()
    assert sorted(p.name for p in old.iterdir()) == ["index.html"]


def test_a_feed_saved_in_its_own_folder_keeps_its_file(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    feed = add_feed(demo_context, Feed(name="Julkiset", kind=FeedKind.PUBLIC, folder=str(tmp_path)))
    publish_feed(
        demo_context.services().unit_of_work, feed.id, datetime(2026, 12, 7, 8, 0, tzinfo=UTC)
    )

    editor = open_editor(qtbot, demo_context, saved_feeds(demo_context)["Julkiset"].feed)
    editor.folder.setFocus()
    editor.folder.selectAll()
    qtbot.keyClicks(editor.folder, f"{tmp_path}/.")  # the same folder, written otherwise
    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(editor.folder, Qt.Key.Key_Return)

    assert (tmp_path / feed_file_name(feed)).exists()
