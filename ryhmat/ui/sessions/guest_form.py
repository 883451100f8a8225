"""A family that came without enrolling: found in the register, or entered on the spot."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ryhmat.domain.errors import UserError
from ryhmat.domain.model import AdultRole, Family, Member, MemberKind, RosterFamily
from ryhmat.domain.usecases.attendance import guest_family
from ryhmat.domain.usecases.families import (
    EARLIEST_BIRTH_YEAR,
    FamilySummary,
    validate_family,
)
from ryhmat.labels import label
from ryhmat.ui.context import AppContext
from ryhmat.ui.fields import buddy_label
from ryhmat.ui.formatting import format_date
from ryhmat.ui.messages import ErrorLabel
from ryhmat.ui.people.family_search import FamilySearch


class MemberRow(QWidget):
    """One adult (first name, role) or one child (first name, birth year and month)."""

    remove_requested = Signal(QWidget)  # this person's row, whose Remove button was pressed

    def __init__(self, kind: MemberKind, this_year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.first_name = QLineEdit(self)
        self.role = QComboBox(self)
        self.birth_year = QSpinBox(self)
        self.birth_month = QSpinBox(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.first_name, 1)
        if kind is MemberKind.ADULT:
            self.first_name.setPlaceholderText(self.tr("Adult's first name"))
            for role in AdultRole:
                self.role.addItem(label(role), role)
            self.role.setAccessibleName(self.tr("Role"))
            layout.addWidget(self.role)
            self.birth_year.hide()
            self.birth_month.hide()
        else:
            self.first_name.setPlaceholderText(self.tr("Child's first name"))
            # The value below the range reads "birth year": nothing chosen yet.
            self.birth_year.setRange(EARLIEST_BIRTH_YEAR - 1, this_year)
            self.birth_year.setSpecialValueText(self.tr("birth year"))
            self.birth_year.setValue(EARLIEST_BIRTH_YEAR - 1)
            self.birth_month.setRange(0, 12)
            self.birth_month.setSpecialValueText(self.tr("month"))
            self.birth_year.setAccessibleName(self.tr("Birth year"))
            self.birth_month.setAccessibleName(self.tr("Birth month"))
            layout.addWidget(self.birth_year)
            layout.addWidget(self.birth_month)
            self.role.hide()
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove this person"))
        self.remove_button.setAutoDefault(True)  # Return on it removes, not adds the family
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        layout.addWidget(self.remove_button)
        self.setFocusProxy(self.first_name)

    def member(self) -> Member:
        if self.kind is MemberKind.ADULT:
            return Member(
                first_name=self.first_name.text(),
                kind=MemberKind.ADULT,
                # Qt hands a StrEnum back as a plain str.
                role=AdultRole(self.role.currentData()),
            )
        year, month = self.birth_year.value(), self.birth_month.value()
        return Member(
            first_name=self.first_name.text(),
            kind=MemberKind.CHILD,
            birth_year=year if year >= EARLIEST_BIRTH_YEAR else None,
            birth_month=month or None,
        )


@dataclass(frozen=True, slots=True)
class GuestFamily:
    """A family that came to the session: one found in the register, or a new one made
    here (``is_new``); with ``enrol`` it joins the group from the session's day."""

    family: Family | RosterFamily  # a family of the register as its roster names it
    is_new: bool
    enrol: bool


class GuestFamilyForm(QGroupBox):
    """Inline: find the family by any of its names and choose it, or ask for a new one
    and give its name and people; it is added to the list, not saved yet.

    A new family is made only when asked ("New family: …" under the families found),
    so a family in the register is never made twice by a hurried leader.
    """

    family_added = Signal(object)  # a GuestFamily; a new one is validated, not saved
    closed = Signal()  # the form was hidden, after adding a family or being cancelled

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Guest family"), parent)
        self.context = context
        self.rows: list[MemberRow] = []
        # A team's volunteer marks the families of the register: adding a family, or
        # enrolling one, is for the group's workers (the database refuses it them).
        self.adds_families = not context.reads_rosters_only()
        self.search = FamilySearch(context, offer_new=self.adds_families, parent=self)
        self.search.field.setPlaceholderText(self.tr("A family name or a person's first name"))
        self.search.chosen.connect(self.choose_family)
        self.search.new_requested.connect(self.start_new_family)
        self.family_name = QLineEdit(self)
        self.members = QVBoxLayout()
        self.enrol = QCheckBox(self)
        self.error = ErrorLabel(self)

        self.add_adult = QPushButton(self.tr("Add a&dult"), self)
        self.add_adult.clicked.connect(lambda: self.add_row(MemberKind.ADULT))
        self.add_child = QPushButton(self.tr("Add &child"), self)
        self.add_child.clicked.connect(lambda: self.add_row(MemberKind.CHILD))
        self.add_button = QPushButton(self.tr("Add to the &list"), self)
        self.add_button.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.close_form)

        for button in (self.add_adult, self.add_child, self.add_button, cancel):
            button.setAutoDefault(True)
        self.form = QFormLayout()
        self.form.addRow(buddy_label(self.tr("&Find the family:"), self.search.field), self.search)
        self.form.addRow(self.tr("Family &name"), self.family_name)
        self.form.addRow(self.tr("People"), self.members)
        people_buttons = QHBoxLayout()
        people_buttons.addWidget(self.add_adult)
        people_buttons.addWidget(self.add_child)
        people_buttons.addStretch(1)
        self.form.addRow("", people_buttons)
        self._new_family_rows = (self.family_name, self.members, people_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.enrol, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._making_new = False
        self._show_new_family(False)
        self.enrol.setVisible(self.adds_families)

    @property
    def making_new(self) -> bool:
        """True once the person asked for a new family; until then the form searches."""
        return self._making_new

    def start(self, day: date, listed: frozenset[uuid.UUID] = frozenset()) -> None:
        """Show the form empty, ready to type a name; ``listed`` are the families on the
        session's list already, and ``day`` the session's, from which one may enrol."""
        self.search.listed = listed
        self.search.clear()
        self.family_name.clear()
        for row in list(self.rows):
            self.remove_row(row)
        self.enrol.setChecked(False)
        self.enrol.setText(
            self.tr("&Enrol the family in the group from %1").replace("%1", format_date(day))
        )
        self.error.clear_error()
        self._show_new_family(False)
        self.show()
        self.search.setFocus()

    def _show_new_family(self, making_new: bool) -> None:
        self._making_new = making_new
        self.form.setRowVisible(self.search, not making_new)
        for row in self._new_family_rows:
            self.form.setRowVisible(row, making_new)
        self.add_button.setVisible(making_new)

    def start_new_family(self, name: str) -> None:
        """The person asked for a new family: its name as typed, and one adult to fill in."""
        if not self.adds_families:
            return
        self.family_name.setText(name)
        self._show_new_family(True)
        if not self.rows:
            self.add_row(MemberKind.ADULT)
        self.rows[0].setFocus()

    def choose_family(self, found: FamilySummary) -> None:
        """A family of the register came: its people are added, nothing new is made."""
        try:
            family = self.context.read(lambda uow: guest_family(uow, found.id))
        except UserError as error:  # erased or removed since the search
            self.error.show_error(error)
            return
        self.family_added.emit(
            GuestFamily(family=family, is_new=False, enrol=self.enrol.isChecked())
        )
        self.close_form()

    def add_row(self, kind: MemberKind) -> MemberRow:
        row = MemberRow(kind, self.context.today().year, self)
        row.remove_requested.connect(self.remove_row)
        self.rows.append(row)
        self.members.addWidget(row)
        if self.isVisible():
            row.show()  # now, not when the layout gets round to it: Tab must find it
            row.setFocus()
        return row

    def remove_row(self, row: QWidget) -> None:
        if isinstance(row, MemberRow) and row in self.rows:
            self.rows.remove(row)
            self.members.removeWidget(row)
            row.deleteLater()

    def has_content(self) -> bool:
        """True once a new family's name or a person's first name is typed (a search
        alone is nothing to keep)."""
        return self._making_new and (
            bool(self.family_name.text().strip())
            or any(row.first_name.text().strip() for row in self.rows)
        )

    def family(self) -> Family:
        """The new family as typed; its people have the family's name, as in the editor."""
        name = self.family_name.text()
        members = [r.member() for r in self.rows]
        for member in members:
            member.last_name = name
        return Family(name=name, members=members)

    def submit(self) -> None:
        if not self._making_new:
            return
        family = self.family()
        try:
            validate_family(family, self.context.today())
        except UserError as error:
            self.error.show_error(error)
            return
        self.family_added.emit(
            GuestFamily(family=family, is_new=True, enrol=self.enrol.isChecked())
        )
        self.close_form()

    def close_form(self) -> None:
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Line edits and spin boxes pass Return on; here it adds the family, not saves all.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif event.key() == Qt.Key.Key_Escape:
            self.close_form()
        else:
            super().keyPressEvent(event)
