"""Asetukset → Team (a team database, for an admin): the people who sign in, their
roles; adding a person (or one removed earlier, again), changing a role, giving a new
password, removing a person (who stays in the list and in the change history). The
database refuses anyone else, whatever this shows. Asetukset → Your account, for
everyone on a team database: changing one's own password."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ryhmat.domain.errors import UserError
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.team import TeamMember, TeamRole
from ryhmat.domain.usecases.places import list_organisations
from ryhmat.domain.usecases.team import (
    add_team_member,
    change_own_password,
    remove_team_member,
    reset_team_password,
    set_team_role,
    team_members,
)
from ryhmat.domain.usecases.workers import list_workers
from ryhmat.domain.written import written_date
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.messages import ErrorLabel, open_box
from ryhmat.ui.records import Column, RecordListView


def role_label(role: TeamRole) -> str:
    labels = {
        TeamRole.ADMIN: QCoreApplication.translate("Team", "Admin"),
        TeamRole.COORDINATOR: QCoreApplication.translate("Team", "Coordinator"),
        TeamRole.LEADER: QCoreApplication.translate("Team", "Group leader"),
        TeamRole.VOLUNTEER: QCoreApplication.translate("Team", "Volunteer"),
    }
    return labels[role]


def _save_or_cancel(dialog: QDialog, save: Callable[[], None]) -> QDialogButtonBox:
    """Save (Enter) and Cancel (Esc) for one of the team's dialogs."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _role_choice(parent: QWidget, role: TeamRole = TeamRole.LEADER) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName("teamRole")
    for each in TeamRole:
        combo.addItem(role_label(each), each)
    combo.setCurrentIndex(combo.findData(role))
    return combo


class TeamSettings(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.list = RecordListView[TeamMember](
            [
                Column[TeamMember](self.tr("Login"), lambda m: m.login),
                Column[TeamMember](self.tr("Name"), lambda m: m.full_name),
                Column[TeamMember](self.tr("Organisation"), lambda m: m.organisation),
                Column[TeamMember](self.tr("Role"), lambda m: role_label(m.role)),
                Column[TeamMember](self.tr("Worker"), lambda m: m.worker or ""),
                Column[TeamMember](
                    self.tr("Removed"),
                    lambda m: "" if m.removed_at is None else written_date(m.removed_at.date()),
                ),
            ],
            self,
        )
        self.list.setObjectName("teamMembers")
        # Several people at a glance; the settings page scrolls.
        self.list.table.setMinimumHeight(220)
        self.list.add_button.setText(self.tr("Add a person…"))
        self.list.edit_button.setText(self.tr("Change…"))
        self.list.add_requested.connect(self.add_person)
        self.list.edit_requested.connect(self.change_person)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self.refresh()
        context.when_changed(self, Changes.SETTINGS, self.refresh)

    def refresh(self) -> None:
        self.list.set_records(self.context.read(team_members))

    def add_person(self) -> QDialog:
        dialog = AddPersonDialog(self.context, self)
        dialog.open()
        return dialog

    def change_person(self, member: TeamMember) -> QDialog | None:
        if not member.active:
            return None
        dialog = ChangePersonDialog(self.context, member, self)
        dialog.open()
        return dialog


class AddPersonDialog(QDialog):
    """A new person's login, name, organisation, role and worker; once saved, their
    password is shown once, to be handed to them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Add a person to the team"))
        self.login = QLineEdit(self)
        self.login.setObjectName("teamLogin")
        self.full_name = QLineEdit(self)
        self.full_name.setObjectName("teamFullName")
        self.organisation = QComboBox(self)
        self.organisation.setObjectName("teamOrganisation")
        for organisation in context.read(list_organisations):
            self.organisation.addItem(organisation.name, organisation.name)
        self.role = _role_choice(self)
        self.worker = QComboBox(self)
        self.worker.setObjectName("teamWorker")
        self.worker.addItem(self.tr("(none)"), None)
        for worker in context.read(list_workers):
            self.worker.addItem(worker.name, worker.name)
        self.error = ErrorLabel(self)
        buttons = _save_or_cancel(self, self.save)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)

        form = QFormLayout(self)
        # A text with '&' makes the row's label, the field its buddy.
        for text, field in (
            (self.tr("&Login:"), self.login),
            (self.tr("&Full name:"), self.full_name),
            (self.tr("&Organisation:"), self.organisation),
            (self.tr("&Role:"), self.role),
            (self.tr("&Worker in the plan:"), self.worker),
        ):
            form.addRow(text, field)
        form.addRow(self.error)
        form.addRow(buttons)
        self.password_box: QMessageBox | None = None

    def save(self) -> None:
        login = self.login.text().strip()
        name, organisation = self.full_name.text(), str(self.organisation.currentData() or "")
        role, worker = TeamRole(self.role.currentData()), self.worker.currentData()
        now = self.context.now()
        try:
            password = self.context.write(
                lambda uow: add_team_member(
                    uow, login, name, organisation, role, now, worker=worker
                ),
                Changes.SETTINGS,
                self,
            )
        except UserError as error:
            self.error.show_error(error)
            return
        self.accept()
        self.password_box = _show_password(
            self.parentWidget(),
            self.tr("Added to the team"),
            self.tr("%1 signs in as %2 with this password, shown only now:")
            .replace("%1", name.strip())
            .replace("%2", login),
            password,
        )


def _show_password(parent: QWidget | None, title: str, text: str, password: str) -> QMessageBox:
    """A password given to a person, shown once to be handed to them."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    box.setObjectName("teamPassword")
    box.setInformativeText(password)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return open_box(box)


class ChangePersonDialog(QDialog):
    """A person's role, or their removal from the team."""

    def __init__(self, context: AppContext, member: TeamMember, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.member = member
        self.setWindowTitle(self.tr("%1 in the team").replace("%1", member.full_name))
        self.role = _role_choice(self, member.role)
        self.new_password = QPushButton(self.tr("Give a &new password"), self)
        self.new_password.setObjectName("teamNewPassword")
        self.new_password.clicked.connect(self.give_new_password)
        self.remove = QPushButton(self.tr("&Remove from the team"), self)
        self.remove.setObjectName("teamRemove")
        self.remove.clicked.connect(self.remove_person)
        self.password_box: QMessageBox | None = None
        self.error = ErrorLabel(self)
        buttons = _save_or_cancel(self, self.save)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        form = QFormLayout(self)
        form.addRow(self.tr("&Role:"), self.role)
        note = QLabel(
            self.tr(
                "A person removed can no longer sign in; their name stays in the list and in "
                "the change history."
            ),
            self,
        )
        note.setWordWrap(True)
        form.addRow(self.new_password)
        form.addRow(self.remove)
        form.addRow(note)
        form.addRow(self.error)
        form.addRow(buttons)

    def save(self) -> None:
        role = TeamRole(self.role.currentData())
        if role is not self.member.role:
            login = self.member.login
            if not self._written(lambda uow: set_team_role(uow, login, role)):
                return
        self.accept()

    def give_new_password(self) -> None:
        """For one who has forgotten theirs: the old one stops working at once."""
        login = self.member.login
        given: list[str] = []
        if not self._written(lambda uow: given.append(reset_team_password(uow, login))):
            return
        self.accept()
        self.password_box = _show_password(
            self.parentWidget(),
            self.tr("A new password"),
            self.tr("%1 signs in as %2 with this password from now on, shown only now:")
            .replace("%1", self.member.full_name)
            .replace("%2", login),
            given[0],
        )

    def remove_person(self) -> None:
        login, now = self.member.login, self.context.now()
        if self._written(lambda uow: remove_team_member(uow, login, now)):
            self.accept()

    def _written(self, use_case: Callable[[UnitOfWork], object]) -> bool:
        try:
            self.context.write(use_case, Changes.SETTINGS, self)
        except UserError as error:
            self.error.show_error(error)
            return False
        return True


class OwnAccount(QWidget):
    """Who this person signs in as, and changing their own password."""

    def __init__(self, context: AppContext, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.login = login
        about = QLabel(
            self.tr("You sign in to the team database as %1.").replace("%1", login), self
        )
        about.setWordWrap(True)
        self.change = QPushButton(self.tr("Change my &password…"), self)
        self.change.setObjectName("changeOwnPassword")
        self.change.clicked.connect(self.change_password)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(about)
        layout.addWidget(self.change, 0, Qt.AlignmentFlag.AlignLeft)

    def change_password(self) -> QDialog:
        dialog = OwnPasswordDialog(self.context, self)
        dialog.open()
        return dialog


class OwnPasswordDialog(QDialog):
    """The new password twice; this computer's keyring keeps it once the server has it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Change my password"))
        self.setMinimumWidth(420)
        self.password = QLineEdit(self)
        self.password.setObjectName("newPassword")
        self.repeated = QLineEdit(self)
        self.repeated.setObjectName("newPasswordAgain")
        for field in (self.password, self.repeated):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = ErrorLabel(self)
        buttons = _save_or_cancel(self, self.save)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        form = QFormLayout(self)
        # A text with '&' makes the row's label, the field its buddy.
        for text, field in (
            (self.tr("&New password:"), self.password),
            (self.tr("The &same again:"), self.repeated),
        ):
            form.addRow(text, field)
        hint = QLabel(
            self.tr("At least 12 characters: a few words of your own are easy to remember."), self
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        form.addRow(self.error)
        form.addRow(buttons)

    def save(self) -> None:
        password, repeated = self.password.text(), self.repeated.text()
        try:
            self.context.write(
                lambda uow: change_own_password(uow, password, repeated), Changes.SETTINGS, self
            )
        except UserError as error:
            self.error.show_error(error)
            return
        self.accept()
