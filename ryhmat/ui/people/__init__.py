"""Workers, pairs, organisations and families: the people the groups are for and by."""

from ryhmat.ui.people.families_page import FamiliesPage
from ryhmat.ui.people.family_editor import FamilyEditor
from ryhmat.ui.people.workers_page import WorkersPage

__all__ = ["FamiliesPage", "FamilyEditor", "WorkersPage"]
