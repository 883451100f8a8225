"""The Calendar feeds page: the list, publishing in the background, new secret addresses."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ryhmat.domain.feeds import Feed, FeedKind
from ryhmat.domain.usecases.choices import load_choices
from ryhmat.domain.usecases.feeds import feed_file_name
from ryhmat.export.programme_site import page_files
from ryhmat.ui.context import AppContext
from ryhmat.ui.feeds import FeedEditor, FeedsPage
from ryhmat.ui.formatting import format_date, format_time
from tests.gui.conftest import NOW, TODAY
from tests.gui.person import answer, click, click_row, press, question, set_choice, show_window
from tests.gui.records import choose_row, shown
from tests.keyrings import MemoryKeyring
from tests.recording_server import running_recording_server

from .conftest import add_feed, saved_feeds

MLL = "MLL:n Järvelän yhdistys"
PUBLISH_TIMEOUT_MS = 15000
NAME, CONTENTS, LAST_PUBLISHED, PUBLISHED_TO = range(4)


def make_page(qtbot: QtBot, context: AppContext) -> FeedsPage:
    page = FeedsPage(context)
    qtbot.addWidget(page)
    page.show()
    return page


def mll_feed(context: AppContext, folder: Path, name: str = "MLL") -> Feed:
    organisations = context.read(load_choices).organisations
    target = next(c.id for c in organisations if c.name == MLL)
    return add_feed(
        context,
        Feed(name=name, kind=FeedKind.ORGANISATION, target_id=target, folder=str(folder)),
    )


def publish(qtbot: QtBot, page: FeedsPage, button: QWidget, presses: int = 1) -> None:
    with qtbot.waitSignal(page.published, timeout=PUBLISH_TIMEOUT_MS):
        for _ in range(presses):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        # The work runs off the GUI thread; meanwhile nothing can start it twice.
        assert page.progress.isVisible()
        assert not page.publish_button.isEnabled()
        assert not page.publish_all_button.isEnabled()
        assert not page.rotate_button.isEnabled()
        assert not page.list.edit_button.isEnabled()
    assert not page.progress.isVisible()


def test_the_list_model_passes_the_model_tester_with_real_feeds(
    qtbot: QtBot,
    model_tester: ModelTester,
    windows: list[QWidget],
    demo_context: AppContext,
    tmp_path: Path,
) -> None:
    mll_feed(demo_context, tmp_path)
    add_feed(demo_context, Feed(name="Julkiset", kind=FeedKind.PUBLIC))
    page = FeedsPage(demo_context)
    windows.append(page)
    assert page.list.model.rowCount() == 2
    model_tester.check(page.list.model, force_py=True)


def test_a_feed_made_in_the_editor_appears_in_the_list(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    page = make_page(qtbot, demo_context)
    assert not page.publish_all_button.isEnabled()  # nothing to publish yet
    page.list.add_button.click()
    editor = page.editor
    assert isinstance(editor, FeedEditor)
    assert editor.isVisible()
    set_choice(editor.kind, "Partner organisation")
    set_choice(editor.target, MLL)
    editor.folder.setText(str(tmp_path))
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()

    assert shown(page.list) == [MLL]
    assert shown(page.list, CONTENTS) == [f"Partner organisation: {MLL}"]
    assert shown(page.list, LAST_PUBLISHED) == ["never"]
    view = saved_feeds(demo_context)[MLL]
    assert shown(page.list, PUBLISHED_TO) == [str(tmp_path / view.file_name)]
    # The new feed is the chosen one, its address ready to copy.
    assert page.file_address.text() == str(tmp_path / view.file_name)
    assert page.file_address.isReadOnly()
    assert page.publish_button.isEnabled()


def test_publishing_writes_the_file_under_its_secret_name_and_notes_the_time(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    feed = mll_feed(demo_context, tmp_path)
    page = make_page(qtbot, demo_context)
    choose_row(page.list, "MLL")
    publish(qtbot, page, page.publish_button)

    published = tmp_path / feed_file_name(feed)
    assert feed.token in published.name
    assert [p.name for p in tmp_path.glob("*.ics")] == [published.name]
    content = published.read_text(encoding="utf-8")
    assert content.startswith("BEGIN:VCALENDAR")
    assert "Isä–lapsi-ryhmä Karhunpojat" in content  # a group MLL co-organises
    assert "Perhekahvila Kohtaamo" not in content  # one it does not
    assert page.status.text() == f"“MLL” published to {published}"
    assert not page.error.isVisible()
    assert shown(page.list, LAST_PUBLISHED) == [f"{format_date(TODAY)} {format_time(NOW)}"]
    assert saved_feeds(demo_context)["MLL"].feed.last_published_at == NOW
    assert page.publish_button.isEnabled()


def test_publish_all_publishes_every_feed(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    first = mll_feed(demo_context, tmp_path, "MLL")
    public = add_feed(
        demo_context, Feed(name="Julkiset", kind=FeedKind.PUBLIC, folder=str(tmp_path))
    )
    page = make_page(qtbot, demo_context)
    publish(qtbot, page, page.publish_all_button)

    feeds = [p.name for p in tmp_path.glob("*.ics") if p.name not in page_files(tmp_path)]
    assert sorted(feeds) == sorted([feed_file_name(first), feed_file_name(public)])
    # The feed of all public groups wrote its programme pages beside its file.
    assert (tmp_path / "index.sv.html").is_file()
    assert shown(page.list, LAST_PUBLISHED) == [f"{format_date(TODAY)} {format_time(NOW)}"] * 2
    assert page.status.text().splitlines() == [  # as the list orders them
        f"“Julkiset” published to {tmp_path / feed_file_name(public)}",
        f"“MLL” published to {tmp_path / feed_file_name(first)}",
    ]


def test_a_new_secret_address_replaces_the_old_file(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    feed = mll_feed(demo_context, tmp_path)
    page = make_page(qtbot, demo_context)
    choose_row(page.list, "MLL")
    publish(qtbot, page, page.publish_button)
    old_file = tmp_path / feed_file_name(feed)
    assert old_file.exists()
    assert "old address stops working" in page.rotate_button.toolTip()

    publish(qtbot, page, page.rotate_button, presses=2)  # the second press confirms

    new_token = saved_feeds(demo_context)["MLL"].feed.token
    assert new_token != feed.token
    new_file = tmp_path / feed_file_name(Feed(name="MLL", kind=feed.kind, token=new_token))
    assert not old_file.exists()
    assert new_file.exists()
    assert page.file_address.text() == str(new_file)
    assert shown(page.list, PUBLISHED_TO) == [str(new_file)]
    assert "The old address no longer works." in page.status.text()


def test_a_single_press_does_not_change_the_address(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    feed = mll_feed(demo_context, tmp_path)
    add_feed(demo_context, Feed(name="Julkiset", kind=FeedKind.PUBLIC))
    page = make_page(qtbot, demo_context)
    choose_row(page.list, "MLL")
    page.rotate_button.click()
    assert page.task is None
    assert page.rotate_button.armed
    choose_row(page.list, "Julkiset")  # another feed: the question no longer stands
    assert not page.rotate_button.armed
    assert saved_feeds(demo_context)["MLL"].feed.token == feed.token


def test_publishing_to_a_missing_folder_is_shown_on_the_page(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    missing = tmp_path / "not-there"
    mll_feed(demo_context, missing)
    page = make_page(qtbot, demo_context)
    choose_row(page.list, "MLL")
    publish(qtbot, page, page.publish_button)

    assert page.error.isVisible()
    assert page.error.text().startswith(f"“MLL”: The feed could not be written to {missing}")
    assert "Traceback" not in page.error.text()
    assert page.status.text() == ""
    assert shown(page.list, LAST_PUBLISHED) == ["never"]
    assert not missing.exists()
    assert page.publish_button.isEnabled()


def test_one_failing_feed_does_not_stop_the_others(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    mll_feed(demo_context, tmp_path / "not-there", "MLL")
    public = add_feed(
        demo_context, Feed(name="Julkiset", kind=FeedKind.PUBLIC, folder=str(tmp_path))
    )
    page = make_page(qtbot, demo_context)
    publish(qtbot, page, page.publish_all_button)

    assert (tmp_path / feed_file_name(public)).exists()
    assert page.status.text() == f"“Julkiset” published to {tmp_path / feed_file_name(public)}"
    assert page.error.text().startswith("“MLL”: The feed could not be written")
    feeds = saved_feeds(demo_context)
    assert feeds["MLL"].feed.last_published_at is None
    assert feeds["Julkiset"].feed.last_published_at == NOW


def test_a_feed_on_another_server_gets_no_password_and_the_page_says_why(
    qtbot: QtBot,
    demo_context: AppContext,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("RYHMAT_CALDAV_PASSWORD", "tiimin-salasana")
    monkeypatch.setenv("RYHMAT_CALDAV_SERVER", "https://pilvi.example.fi")
    monkeypatch.setenv("RYHMAT_CALDAV_USER", "perhetyo")
    memory_keyring.passwords[("ryhmat-caldav", "perhetyo@https://pilvi.example.fi:443")] = "x"
    with running_recording_server() as harvester:
        add_feed(
            demo_context,
            Feed(
                name="Harava",
                kind=FeedKind.PUBLIC,
                caldav_url=harvester.url(),
                caldav_username="perhetyo",
            ),
        )
        page = make_page(qtbot, demo_context)
        choose_row(page.list, "Harava")
        publish(qtbot, page, page.publish_button)

    assert harvester.requests == []
    assert page.error.text() == (
        f"“Harava”: No password for perhetyo at {harvester.url()}: RYHMAT_CALDAV_PASSWORD "
        "is for perhetyo at https://pilvi.example.fi:443, so it is not sent to this server "
        "or user."
    )
    assert saved_feeds(demo_context)["Harava"].feed.last_published_at is None


def test_a_feed_with_nowhere_to_go_says_so(qtbot: QtBot, demo_context: AppContext) -> None:
    add_feed(demo_context, Feed(name="Julkiset", kind=FeedKind.PUBLIC))
    page = make_page(qtbot, demo_context)
    choose_row(page.list, "Julkiset")
    assert page.file_address.text() == ""
    assert page.file_address.placeholderText() == "Not published to a folder"
    publish(qtbot, page, page.publish_button)
    assert page.error.text() == (
        "“Julkiset”: The feed “Julkiset” has no folder or calendar server to publish to."
    )


def test_the_server_address_is_shown_for_copying(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    url = "https://pilvi.example.fi/remote.php/dav"
    add_feed(
        demo_context,
        Feed(name="Julkiset", kind=FeedKind.PUBLIC, caldav_url=url, caldav_username="x"),
    )
    page = make_page(qtbot, demo_context)
    choose_row(page.list, "Julkiset")
    assert page.server_address.text() == url
    assert page.server_address.isReadOnly()
    assert shown(page.list, PUBLISHED_TO) == [url]


def test_editing_from_the_list_opens_the_feed(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    mll_feed(demo_context, tmp_path)
    page = make_page(qtbot, demo_context)
    choose_row(page.list, "MLL")
    page.list.edit_button.click()
    editor = page.editor
    assert isinstance(editor, FeedEditor)
    assert editor.name.text() == "MLL"
    assert editor.target.currentText() == MLL
    editor.name.setText("MLL-kumppani")
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()
    assert shown(page.list) == ["MLL-kumppani"]


def test_deleting_a_feed_asks_and_withdraws_what_it_published(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    feed = mll_feed(demo_context, tmp_path)
    page = make_page(qtbot, demo_context)
    show_window(qtbot, page)
    choose_row(page.list, "MLL")
    publish(qtbot, page, page.publish_button)
    published = tmp_path / feed_file_name(feed)
    assert published.exists()
    question_text = (
        "Delete the calendar feed “MLL”? Its published file and its events on the calendar "
        "server are removed, so partners no longer see it. This cannot be undone."
    )

    click_row(qtbot, page.list.table, "MLL")
    click(qtbot, page.delete_button)
    box = question(qtbot)
    assert box.text() == question_text
    answer(qtbot, box, "Cancel")
    assert "MLL" in saved_feeds(demo_context)

    click_row(qtbot, page.list.table, "MLL")
    with qtbot.waitSignal(page.published, timeout=PUBLISH_TIMEOUT_MS):
        press(qtbot, Qt.Key.Key_Delete)
        answer(qtbot, question(qtbot), "Delete")
    assert saved_feeds(demo_context) == {}
    assert not published.exists()
    assert shown(page.list) == []
    assert page.status.text() == "“MLL” is deleted."
