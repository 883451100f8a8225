"""What a person does at the keyboard and the mouse, for every GUI test.

A test acts through these as a person would: it clicks into a field or tabs to it,
types into the widget that has the focus, presses Esc, Tab and Enter there, clicks
buttons and answers the questions the app asks. Keys always go to
``QApplication.focusWidget()``, never straight to a widget the test picked, so a
field that does not take the focus, or a key that the dialog eats first, fails the
test as it would fail the person.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStyle,
    QStyleOptionButton,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

NO_MODIFIER = Qt.KeyboardModifier.NoModifier
CONTROL = Qt.KeyboardModifier.ControlModifier
WAIT_MS = 5000


def focused() -> QWidget:
    """The widget that has the keyboard focus; a test that expects none has a bug."""
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def show_window(qtbot: QtBot, window: QWidget) -> None:
    """Show a top-level window and make it the active one, as the window manager does."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Bring a window back to the front (the window manager's job once a dialog closes)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)


def wait_for_focus(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=WAIT_MS)


def click(qtbot: QtBot, widget: QWidget) -> None:
    """A left click in the middle of the widget; a click into another window brings
    that window to the front first, as the window manager does."""
    assert widget.isVisible(), f"{widget!r} is not visible"
    assert widget.isEnabled(), f"{widget!r} is not enabled"
    if not widget.window().isActiveWindow():
        activate(qtbot, widget.window())
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def double_click(qtbot: QtBot, widget: QWidget, area: QRect | None = None) -> None:
    """A double click in the middle of the widget, or of ``area`` in it (a list's row:
    pass the view's viewport and the row's rectangle). The first click comes first,
    as from a real mouse: an item view acts on a double click only where it was pressed."""
    assert widget.isVisible(), f"{widget!r} is not visible"
    point = (area or widget.rect()).center()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=point)


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click a check box on its box, where a person aims (its middle may be empty space
    beside a short text)."""
    assert box.isVisible(), f"{box!r} is not visible"
    assert box.isEnabled(), f"{box!r} is not enabled"
    if not box.window().isActiveWindow():
        activate(qtbot, box.window())
    option = QStyleOptionButton()
    box.initStyleOption(option)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=indicator.center())


def click_tab(qtbot: QtBot, tabs: QTabWidget, text: str) -> None:
    """Click the tab that reads ``text`` (without its mnemonic's ampersand)."""
    bar = tabs.tabBar()
    found = [i for i in range(bar.count()) if bar.tabText(i).replace("&", "") == text]
    assert len(found) == 1, (text, [bar.tabText(i) for i in range(bar.count())])
    if not tabs.window().isActiveWindow():
        activate(qtbot, tabs.window())
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(found[0]).center())
    assert tabs.currentIndex() == found[0]


def click_into(qtbot: QtBot, widget: QWidget) -> None:
    """Click a field so that it takes the focus, and wait until it has it."""
    click(qtbot, widget)
    target = widget.focusProxy() or widget
    wait_for_focus(qtbot, target)


def tab_to(qtbot: QtBot, widget: QWidget, limit: int = 60) -> None:
    """Press Tab until ``widget`` has the focus, as a person reaches a field by keyboard;
    fails if Tab never gets there (the field is out of the tab order, or hidden)."""
    target = widget.focusProxy() or widget
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        tab(qtbot)
    raise AssertionError(f"Tab never reached {widget!r}")


def key_target() -> QWidget:
    """Where a key goes: the focused widget, else the active window itself."""
    widget = QApplication.focusWidget() or QApplication.activeWindow()
    assert widget is not None, "no window is active to take the key"
    return widget


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER, times: int = 1
) -> None:
    """Press a key where the person's keys go (``times`` times)."""
    for _ in range(times):
        qtbot.keyClick(key_target(), key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    """Type ``text`` into the focused widget, key by key: Finnish letters too (QTest's
    own keyClicks takes ASCII only, and aborts on ä, ö or å)."""
    for character in text:
        if character.isascii():
            qtbot.keyClick(focused(), character)
            continue
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, focused(), _key_of(character), character, NO_MODIFIER
        )


def _key_of(character: str) -> Qt.Key:
    """The key that types a Latin-1 letter (Qt numbers them by the capital letter)."""
    try:
        return Qt.Key(ord(character.upper()))
    except ValueError:
        return Qt.Key.Key_unknown


def select_all(qtbot: QtBot) -> None:
    press(qtbot, Qt.Key.Key_A, CONTROL)


def type_over(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Click into a field, select what it shows and type ``text`` over it."""
    click_into(qtbot, widget)
    select_all(qtbot)
    type_text(qtbot, text)


def tab(qtbot: QtBot, times: int = 1) -> None:
    press(qtbot, Qt.Key.Key_Tab, times=times)


def back_tab(qtbot: QtBot, times: int = 1) -> None:
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier, times=times)


def enter(qtbot: QtBot) -> None:
    press(qtbot, Qt.Key.Key_Return)


def escape(qtbot: QtBot) -> None:
    press(qtbot, Qt.Key.Key_Escape)


def choice_index(combo: QComboBox, text: str) -> int:
    """The one item of a combo box that reads ``text``, or else the one that starts so."""
    items = [combo.itemText(i) for i in range(combo.count())]
    exact = [i for i, item in enumerate(items) if item == text]
    matches = exact or [i for i, item in enumerate(items) if item.startswith(text)]
    assert len(matches) == 1, (text, items)
    return matches[0]


def set_choice(combo: QComboBox, text: str) -> None:
    """Make the item that reads ``text`` current, for a form tested without its window
    (a shown window is driven with :func:`choose`); the same item :func:`choose` picks."""
    combo.setCurrentIndex(choice_index(combo, text))
    assert combo.currentText() == combo.itemText(choice_index(combo, text))


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick the item of a combo box that reads ``text`` (or starts so) with the keyboard:
    focus it and step with the arrow keys until that item is current."""
    matches = [choice_index(combo, text)]
    tab_to(qtbot, combo)
    if combo.isEditable():
        select_all(qtbot)
        type_text(qtbot, combo.itemText(matches[0]))
        return
    qtbot.keyClick(focused(), Qt.Key.Key_Home)
    for _ in range(matches[0]):
        press(qtbot, Qt.Key.Key_Down)
    assert combo.currentIndex() == matches[0], combo.currentText()


def listed(table: QAbstractItemView, column: int = 0) -> list[str]:
    """The texts of a column as the table shows them: sorted and filtered."""
    model = table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def click_row(qtbot: QtBot, table: QAbstractItemView, text: str, column: int = 0) -> None:
    """Click the row whose cell in ``column`` reads ``text``, scrolled into view first,
    so that it becomes the current row and the table has the focus."""
    rows = [row for row, shown in enumerate(listed(table, column)) if shown == text]
    assert len(rows) == 1, (text, listed(table, column))
    index = table.model().index(rows[0], column)
    table.scrollTo(index)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )
    assert table.currentIndex().row() == rows[0]
    wait_for_focus(qtbot, table)


def click_item(qtbot: QtBot, view: QAbstractItemView, text: str) -> None:
    """Click the one row that reads ``text`` (a list that acts on the click itself, and
    may close, so nothing is asserted after it)."""
    rows = [row for row, shown in enumerate(listed(view)) if shown == text]
    assert len(rows) == 1, (text, listed(view))
    index = view.model().index(rows[0], 0)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def choose_from_menu(qtbot: QtBot, window: QMainWindow, menu: str, item: str) -> None:
    """Click a menu's title in the window's menu bar, then the item that reads ``item``
    in the menu that drops down (texts as read: without the mnemonics' ampersands)."""
    bar = window.menuBar()
    titles = {button_text_of(action.text()): action for action in bar.actions()}
    assert menu in titles, (menu, list(titles))
    opened = titles[menu].menu()
    assert isinstance(opened, QMenu)
    click_on(qtbot, bar, bar.actionGeometry(titles[menu]))
    qtbot.waitUntil(opened.isVisible, timeout=WAIT_MS)
    items = {button_text_of(action.text()): action for action in opened.actions()}
    assert item in items, (item, list(items))
    click_on(qtbot, opened, opened.actionGeometry(items[item]))


def click_on(qtbot: QtBot, widget: QWidget, area: QRect) -> None:
    """A left click in the middle of ``area`` of the widget (a menu's item, say)."""
    assert widget.isVisible(), f"{widget!r} is not visible"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=area.center())


def toggle_item(qtbot: QtBot, view: QListWidget, text: str) -> None:
    """Check or uncheck the item of a list that reads ``text``, with the keyboard: focus
    the list, step with the arrow keys to the item and press Space."""
    rows = [row for row in range(view.count()) if view.item(row).text() == text]
    assert len(rows) == 1, (text, [view.item(row).text() for row in range(view.count())])
    tab_to(qtbot, view)
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(rows[0]):
        press(qtbot, Qt.Key.Key_Down)
    assert view.currentRow() == rows[0], view.currentItem().text()
    press(qtbot, Qt.Key.Key_Space)


def undo(qtbot: QtBot) -> None:
    """Edit → Undo, by its key (Ctrl+Z) in the focused window."""
    press(qtbot, Qt.Key.Key_Z, CONTROL)


def redo(qtbot: QtBot) -> None:
    """Edit → Redo, by its key (Ctrl+Shift+Z) in the focused window."""
    press(qtbot, Qt.Key.Key_Z, CONTROL | Qt.KeyboardModifier.ShiftModifier)


def visible_dialogs(kind: type[QDialog] = QDialog) -> list[QDialog]:
    """The dialogs of this kind that are showing now, newest last."""
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def wait_for_dialog(qtbot: QtBot, kind: type[QDialog] = QDialog) -> QDialog:
    """Wait until a dialog of this kind shows, and return it."""
    qtbot.waitUntil(lambda: bool(visible_dialogs(kind)), timeout=WAIT_MS)
    return visible_dialogs(kind)[-1]


def question(qtbot: QtBot) -> QMessageBox:
    """The message box the app has just asked, once it shows."""
    box = wait_for_dialog(qtbot, QMessageBox)
    assert isinstance(box, QMessageBox)
    if not box.isActiveWindow():  # the window manager puts a new question in front
        activate(qtbot, box)
    return box


def button_text(button: QAbstractButton) -> str:
    """A button's text as a person reads it: without the mnemonic's ampersand."""
    return button_text_of(button.text())


def button_text_of(text: str) -> str:
    """A button's or a menu's text as a person reads it: without the mnemonic's ampersand."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def alt_key_of(text: str) -> str | None:
    """The key that Alt goes with in a text ("&Save" → "s"); None if it has none."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].casefold() if 0 <= at < len(plain) - 1 else None


def alt_keys(window: QWidget) -> dict[str, list[str]]:
    """The Alt keys of the buttons, labels and group boxes ``window`` shows, each with
    the texts that give it: two texts on one key make Qt move between them instead
    of doing what was pressed."""
    keys: dict[str, list[str]] = {}
    shown_widgets = [w for w in window.findChildren(QWidget) if w.isVisibleTo(window)]
    for widget in shown_widgets:
        if isinstance(widget, QAbstractButton | QLabel):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        key = alt_key_of(text)
        if key is not None:
            keys.setdefault(key, []).append(text)
    return keys


def answer(qtbot: QtBot, box: QMessageBox, text: str) -> None:
    """Click the button of the question that reads ``text`` and wait until it closes."""
    buttons = {button_text(b): b for b in box.buttons()}
    assert text in buttons, (text, list(buttons))
    windows = _windows_from(box.parentWidget())
    click(qtbot, buttons[text])
    qtbot.waitUntil(lambda: not shown(box), timeout=WAIT_MS)
    # The window manager gives a window the focus back once the question has closed.
    _bring_to_front(qtbot, windows)


def _windows_from(widget: QWidget | None) -> list[QWidget]:
    """The widget's window and the windows it was opened over, nearest first: read
    before an action, as the action may delete a window that closes."""
    windows: list[QWidget] = []
    while widget is not None:
        window = widget.window()
        windows.append(window)
        widget = window.parentWidget()
    return windows


def _bring_to_front(qtbot: QtBot, windows: list[QWidget]) -> None:
    """What a window manager does when the active window goes: the nearest window
    still shown comes to the front."""
    if QApplication.activeWindow() is not None:
        return
    front = next((w for w in windows if shown(w)), None)
    if front is not None:
        activate(qtbot, front)


def wait_closed_and_back(qtbot: QtBot, dialog: QWidget) -> None:
    """Wait until a dialog has closed and the window under it is in front again."""
    windows = _windows_from(dialog)
    wait_closed(qtbot, dialog)
    _bring_to_front(qtbot, windows)


def wait_editing_done(qtbot: QtBot, view: QAbstractItemView) -> None:
    """Wait until a cell's editor has given its value to the view and closed, as
    Qt does a moment after Enter (it commits the cell after the key event)."""
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState, timeout=WAIT_MS)


def no_question() -> bool:
    """True when no message box is showing."""
    return not visible_dialogs(QMessageBox)


def wait_closed(qtbot: QtBot, widget: QWidget) -> None:
    """Wait until the widget has closed (or, closed, been deleted already)."""
    qtbot.waitUntil(lambda: not shown(widget), timeout=WAIT_MS)


def shown(widget: QWidget) -> bool:
    """Visible, and not deleted by Qt (a dialog that deletes itself on close)."""
    return shiboken6.isValid(widget) and widget.isVisible()
