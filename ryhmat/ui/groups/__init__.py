"""Groups, their seasons, places and closure periods."""

from ryhmat.ui.groups.group_editor import GroupEditor
from ryhmat.ui.groups.page import GroupsPage
from ryhmat.ui.groups.series_editor import SeriesEditor

__all__ = ["GroupEditor", "GroupsPage", "SeriesEditor"]
