"""Double bookings as a person reads them: a line per clash, and the question before saving."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ryhmat.domain.conflicts import ConflictKind
from ryhmat.domain.usecases.bookings import Clash
from ryhmat.labels import label
from ryhmat.ui.formatting import format_date, format_time_range, weekday_name
from ryhmat.ui.messages import open_box


def clash_text(clash: Clash) -> str:
    """Who or where, and the other session: "Anna Virtanen (worker): Vauvaryhmä
    Pikkuiset, Tue 8.12.2026 9.30–11.00"; for the group itself, "The group already has
    a session on Tue 8.12.2026 9.30–11.00"."""
    if clash.kind is ConflictKind.GROUP:
        return (
            QCoreApplication.translate(
                "DoubleBooking", "The group already has a session on %1 %2 %3"
            )
            .replace("%1", weekday_name(clash.other_day))
            .replace("%2", format_date(clash.other_day))
            .replace("%3", format_time_range(clash.other_start, clash.other_end))
        )
    return (
        QCoreApplication.translate("DoubleBooking", "%1 (%2): %3, %4 %5 %6")
        .replace("%1", clash.resource)
        .replace("%2", label(clash.kind))
        .replace("%3", clash.other_group)
        .replace("%4", weekday_name(clash.other_day))
        .replace("%5", format_date(clash.other_day))
        .replace("%6", format_time_range(clash.other_start, clash.other_end))
    )


def ask_to_double_book(
    parent: QWidget | None,
    intro: str,
    clashes: list[Clash],
    confirm: str,
    on_confirmed: Callable[[], object],
) -> QMessageBox:
    """Ask, without blocking, whether to go on although ``clashes`` book someone or
    something twice; ``on_confirmed`` runs only if the person says so. "Go back" (also
    Esc, and the default) does nothing, so the edits stay where they were."""
    box = QMessageBox(parent)
    box.setObjectName("doubleBookingQuestion")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("DoubleBooking", "Double booking"))
    box.setText(intro)
    box.setInformativeText("\n".join(clash_text(clash) for clash in clashes))
    confirm_button = box.addButton(confirm, QMessageBox.ButtonRole.AcceptRole)
    back = box.addButton(
        QCoreApplication.translate("DoubleBooking", "&Go back"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(back)
    box.setEscapeButton(back)

    def answered() -> None:
        if box.clickedButton() is confirm_button:
            on_confirmed()

    box.finished.connect(answered)
    return open_box(box)
