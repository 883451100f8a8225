"""A family that came without enrolling, entered on the spot: its name and its people."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
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
from ryhmat.domain.model import AdultRole, Family, Member, MemberKind
from ryhmat.domain.usecases.families import EARLIEST_BIRTH_YEAR, validate_family
from ryhmat.labels import label
from ryhmat.ui.context import AppContext
from ryhmat.ui.messages import ErrorLabel


class MemberRow(QWidget):
    """One adult (first name, role) or one child (first name, birth year and month)."""

    remove_requested = Signal(QWidget)

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
        remove = QPushButton(self.tr("Remove"), self)
        remove.setAccessibleName(self.tr("Remove this person"))
        remove.setAutoDefault(True)  # Return on it removes, not adds the family
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        layout.addWidget(remove)
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


class GuestFamilyForm(QGroupBox):
    """Inline: a family name, adults and children; Return adds the family to the list."""

    family_added = Signal(object)  # a validated Family, not saved yet
    closed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Guest family"), parent)
        self.context = context
        self.rows: list[MemberRow] = []
        self.family_name = QLineEdit(self)
        self.members = QVBoxLayout()
        self.error = ErrorLabel(self)

        add_adult = QPushButton(self.tr("Add a&dult"), self)
        add_adult.clicked.connect(lambda: self.add_row(MemberKind.ADULT))
        add_child = QPushButton(self.tr("Add &child"), self)
        add_child.clicked.connect(lambda: self.add_row(MemberKind.CHILD))
        self.add_button = QPushButton(self.tr("Add to the &list"), self)
        self.add_button.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.close_form)

        for button in (add_adult, add_child, self.add_button, cancel):
            button.setAutoDefault(True)
        form = QFormLayout()
        form.addRow(self.tr("Family &name"), self.family_name)
        form.addRow(self.tr("People"), self.members)
        people_buttons = QHBoxLayout()
        people_buttons.addWidget(add_adult)
        people_buttons.addWidget(add_child)
        people_buttons.addStretch(1)
        form.addRow("", people_buttons)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def start(self) -> None:
        """Show an empty form with one adult, ready to type the family name."""
        self.family_name.clear()
        for row in list(self.rows):
            self.remove_row(row)
        self.add_row(MemberKind.ADULT)
        self.error.clear_error()
        self.show()
        self.family_name.setFocus()

    def add_row(self, kind: MemberKind) -> MemberRow:
        row = MemberRow(kind, self.context.today().year, self)
        row.remove_requested.connect(self.remove_row)
        self.rows.append(row)
        self.members.addWidget(row)
        if self.isVisible():
            row.setFocus()
        return row

    def remove_row(self, row: QWidget) -> None:
        if isinstance(row, MemberRow) and row in self.rows:
            self.rows.remove(row)
            self.members.removeWidget(row)
            row.deleteLater()

    def has_content(self) -> bool:
        """True once anything is typed: a family name or a person's first name."""
        return bool(self.family_name.text().strip()) or any(
            row.first_name.text().strip() for row in self.rows
        )

    def family(self) -> Family:
        return Family(name=self.family_name.text(), members=[r.member() for r in self.rows])

    def submit(self) -> None:
        family = self.family()
        try:
            validate_family(family, self.context.today())
        except UserError as error:
            self.error.show_error(error)
            return
        self.family_added.emit(family)
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
