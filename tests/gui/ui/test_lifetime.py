"""A signal a widget's children give while the widget is deleted reaches none of its methods."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from ryhmat.ui.lifetime import while_alive


class Page(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.shown: list[int] = []
        self.tabs = QTabWidget(self)
        for name in ("Ryhmät", "Paikat", "Sulkuajat"):
            self.tabs.addTab(QWidget(), name)
        self.tabs.currentChanged.connect(while_alive(self, self.tab_changed))

    def tab_changed(self, index: int) -> None:
        self.shown.append(index)


def test_the_signal_reaches_the_method_while_the_page_lives(qtbot: QtBot) -> None:
    page = Page()
    qtbot.addWidget(page)
    page.tabs.setCurrentIndex(2)
    page.tabs.setCurrentIndex(1)
    assert page.shown == [2, 1]


def test_once_the_page_is_being_deleted_the_method_is_not_called() -> None:
    page = Page()
    shown = page.shown
    announce = while_alive(page, page.tab_changed)
    shiboken6.delete(page)  # what deleting it does first: its Python half lets go of Qt's
    announce(1)
    assert shown == []
