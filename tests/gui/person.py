"""What a person does at the keyboard and the mouse, for every GUI test.

A test acts through these as a person would: it clicks into a field or tabs to it,
types into the widget that has the focus, presses Esc, Tab and Enter there, clicks
buttons and answers the questions the app asks. Keys always go to
``QApplication.focusWidget()``, never straight to a widget the test picked, so a
field that does not take the focus, or a key that the dialog eats first, fails the
test as it would fail the person.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QListWidget,
    QMessageBox,
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


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER, times: int = 1
) -> None:
    """Press a key in the focused widget (``times`` times)."""
    for _ in range(times):
        qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    """Type ``text`` into the focused widget, key by key."""
    qtbot.keyClicks(focused(), text)


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


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick the item of a combo box that reads ``text`` (or starts so) with the keyboard:
    focus it and step with the arrow keys until that item is current."""
    matches = [i for i in range(combo.count()) if combo.itemText(i).startswith(text)]
    assert len(matches) == 1, (text, [combo.itemText(i) for i in range(combo.count())])
    tab_to(qtbot, combo)
    if combo.isEditable():
        select_all(qtbot)
        type_text(qtbot, combo.itemText(matches[0]))
        return
    qtbot.keyClick(focused(), Qt.Key.Key_Home)
    for _ in range(matches[0]):
        press(qtbot, Qt.Key.Key_Down)
    assert combo.currentIndex() == matches[0], combo.currentText()


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
    return box


def button_text(button: QAbstractButton) -> str:
    """A button's text as a person reads it: without the mnemonic's ampersand."""
    return button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def answer(qtbot: QtBot, box: QMessageBox, text: str) -> None:
    """Click the button of the question that reads ``text`` and wait until it closes."""
    buttons = {button_text(b): b for b in box.buttons()}
    assert text in buttons, (text, list(buttons))
    click(qtbot, buttons[text])
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=WAIT_MS)


def no_question() -> bool:
    """True when no message box is showing."""
    return not visible_dialogs(QMessageBox)


def wait_closed(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.waitUntil(lambda: not widget.isVisible(), timeout=WAIT_MS)
