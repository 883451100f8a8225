"""Texts that change with a count ("1 session", "2 sessions").

lupdate records a text as having plural forms only when it is passed to a
QObject's own tr() with a count, so such texts are made here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class Plurals(QObject):
    def chosen_dates(self, count: int) -> str:
        return self.tr("%n chosen date(s)", "", count)

    def every_weeks(self, count: int) -> str:
        return self.tr("every %n week(s)", "", count)

    def not_recorded(self, count: int) -> str:
        """The heading of a list of sessions whose attendance is not recorded."""
        return self.tr("Not recorded (%n)", "", count)

    def follow_ups_due(self, count: int) -> str:
        """The heading of the list of follow-ups due (kuulumiset)."""
        return self.tr("Follow-ups due (%n)", "", count)

    def evaluations_due(self, count: int) -> str:
        """The heading of the list of seasons ended without an evaluation."""
        return self.tr("Evaluations due (%n)", "", count)

    def cancelled_by_closure(self, count: int) -> str:
        """Above the planned sessions a new closure cancels; %1 is its name."""
        return self.tr("%n planned session(s) fall on “%1” and will be cancelled:", "", count)

    def planned_again_by_closure(self, count: int) -> str:
        """Above the sessions a closure deleted or narrowed gives back."""
        return self.tr("%n session(s) will be planned again:", "", count)

    def sessions_not_recorded(self, count: int) -> str:
        return self.tr("%n session(s) not recorded", "", count)

    def erased_by_retention(self, count: int) -> str:
        return self.tr(
            "The personal data of %n family(-ies) inactive for the retention period was erased.",
            "",
            count,
        )

    def erased_again_by_restore(self, count: int) -> str:
        return self.tr(
            "%n families erased after this backup was taken were erased again.", "", count
        )

    def erased_again_on_opening(self, count: int) -> str:
        return self.tr(
            "%n families erased after this copy of the database was made were erased again.",
            "",
            count,
        )


plurals = Plurals()
