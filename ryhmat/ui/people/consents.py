"""The choice of a permission a family was asked for (photos, being contacted)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from ryhmat.domain.model import Permission
from ryhmat.labels import label
from ryhmat.ui.people.widgets import fill_combo, select_data


class PermissionCombo(QComboBox):
    """Yes, no or not asked: a permission the family gave, refused, or was not asked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fill_combo(self, ((label(p), p) for p in Permission))

    def permission(self) -> Permission:
        # Qt hands a StrEnum back as its plain string.
        chosen = self.currentData()
        return Permission.NOT_ASKED if chosen is None else Permission(chosen)

    def set_permission(self, permission: Permission) -> None:
        select_data(self, permission)
