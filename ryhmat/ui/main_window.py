"""The main window. Until the full views land it shows the database and offers demo data."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ryhmat.domain.ports import UnitOfWork

UnitOfWorkFactory = Callable[[], UnitOfWork]


class DemoLoader(QObject):
    """Builds and saves the small demo data off the GUI thread."""

    finished = Signal()
    failed = Signal(str)

    def __init__(self, unit_of_work: UnitOfWorkFactory) -> None:
        super().__init__()
        self._unit_of_work = unit_of_work

    @Slot()
    def run(self) -> None:
        from ryhmat.demo import generate, load

        try:
            with self._unit_of_work() as uow:
                load(uow, generate("small"))
        except Exception as error:  # shown to the person; the app keeps running
            self.failed.emit(str(error))
            return
        self.finished.emit()


class MainWindow(QMainWindow):
    demo_loaded = Signal()

    def __init__(self, unit_of_work: UnitOfWorkFactory, database_label: str) -> None:
        super().__init__()
        self._unit_of_work = unit_of_work
        self._thread: QThread | None = None
        self._loader: DemoLoader | None = None
        self.setWindowTitle(self.tr("Ryhmät"))
        self.resize(1100, 720)

        central = QWidget(self)
        outer = QHBoxLayout(central)
        panel = QWidget(central)
        panel.setMaximumWidth(560)
        layout = QVBoxLayout(panel)
        heading = QLabel(self.tr("Ryhmät"), panel)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        heading.setFont(font)
        self.summary = QLabel(panel)
        self.summary.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Load demo data"), panel)
        self.demo_button.clicked.connect(self.load_demo)
        self.progress = QProgressBar(panel)
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout.addStretch(1)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.progress)
        layout.addStretch(2)
        outer.addStretch(1)
        outer.addWidget(panel, 3)
        outer.addStretch(1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("Database: %1").replace("%1", database_label))
        self.refresh()

    def refresh(self) -> None:
        with self._unit_of_work() as uow:
            group_count = len(uow.groups.list())
        empty = group_count == 0
        self.demo_button.setVisible(empty)
        if empty:
            self.summary.setText(
                self.tr(
                    "The database is empty. You can start with demo data of a "
                    "fictional municipality, or add your own groups."
                )
            )
        else:
            self.summary.setText(self.tr("The database has %n group(s).", "", group_count))

    @Slot()
    def load_demo(self) -> None:
        self.demo_button.setEnabled(False)
        self.progress.show()
        self.statusBar().showMessage(self.tr("Creating demo data…"))
        self._thread = QThread(self)
        self._loader = DemoLoader(self._unit_of_work)
        self._loader.moveToThread(self._thread)
        self._thread.started.connect(self._loader.run)
        self._loader.finished.connect(self._demo_done)
        self._loader.failed.connect(self._demo_failed)
        self._thread.start()

    def _stop_thread(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None
            self._loader = None
        self.progress.hide()
        self.demo_button.setEnabled(True)

    @Slot()
    def _demo_done(self) -> None:
        self._stop_thread()
        self.statusBar().showMessage(self.tr("Demo data created."), 5000)
        self.refresh()
        self.demo_loaded.emit()

    @Slot(str)
    def _demo_failed(self, message: str) -> None:
        self._stop_thread()
        self.statusBar().showMessage(
            self.tr("Demo data could not be created: %1").replace("%1", message)
        )
