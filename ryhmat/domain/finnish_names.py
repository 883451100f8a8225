"""The Finnish names of group types and adult roles where Finnish is fixed, whatever
the interface's language: the statistics workbook (a report in the municipality's
language) and a group type given by name on the command line.

They are the Finnish translations of ``ryhmat.labels``' texts, written out here
because the domain cannot load Qt's translations; a unit test keeps both the same.
"""

from __future__ import annotations

from ryhmat.domain.model import AdultRole, GroupType

GROUP_TYPE_NAMES: dict[GroupType, str] = {
    GroupType.FATHER_CHILD: "isä–lapsi-toiminta",
    GroupType.OPEN_DAYCARE: "avoin päiväkoti",
    GroupType.FAMILY_CAFE: "perhekahvila",
    GroupType.BABY_GROUP: "vauvaryhmä",
    GroupType.PEER_GROUP: "vertaisryhmä",
    GroupType.PARENT_GROUP: "vanhempainryhmä",
    GroupType.OTHER: "muu",
}

ROLE_NAMES: dict[AdultRole, str] = {
    AdultRole.FATHER: "isä",
    AdultRole.MOTHER: "äiti",
    AdultRole.OTHER_GUARDIAN: "muu huoltaja",
    AdultRole.GRANDPARENT: "isovanhempi",
    AdultRole.STEPFATHER: "isäpuoli",
    AdultRole.FOSTER_FATHER: "sijaisisä",
}
