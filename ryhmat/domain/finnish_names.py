"""The Finnish names of group types, which the command line accepts whatever its
language: a group type given by name (``--type vauvaryhmä``).

They are the Finnish translations of ``ryhmat.labels``' texts, written out here
because the domain cannot load Qt's translations; a unit test keeps both the same.
"""

from __future__ import annotations

from ryhmat.domain.model import GroupType

GROUP_TYPE_NAMES: dict[GroupType, str] = {
    GroupType.FATHER_CHILD: "isä–lapsi-toiminta",
    GroupType.OPEN_DAYCARE: "avoin päiväkoti",
    GroupType.FAMILY_CAFE: "perhekahvila",
    GroupType.BABY_GROUP: "vauvaryhmä",
    GroupType.PEER_GROUP: "vertaisryhmä",
    GroupType.PARENT_GROUP: "vanhempainryhmä",
    GroupType.OTHER: "muu",
}
