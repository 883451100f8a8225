"""The words of a roster file: its column headers and the values of its cells, in Finnish,
Swedish and English, and the language a file is written in.

Most words mean one thing whatever the file's language ("isä", "far" and "father" are a
father), so a file may mix them. A few mean different things in different languages:
"pappa" is a father in Swedish but a grandfather, or either, in Finnish. Such a word is read
in the file's language, which its headers decide; where that language does not settle it,
the row is reported for the person to decide, never guessed.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping

from ryhmat.domain.model import AdultRole, EnrolmentStatus, MemberKind, Permission


class Language(enum.StrEnum):
    FINNISH = "fi"
    SWEDISH = "sv"
    ENGLISH = "en"


class Column:
    """The columns a roster may have; several map to one RosterField."""

    FAMILY = "family"
    LAST_NAME = "last_name"
    FIRST_NAME = "first_name"
    ROLE = "role"
    BORN = "born"
    BIRTH_YEAR = "birth_year"
    BIRTH_MONTH = "birth_month"
    ENROLLED_ON = "enrolled_on"
    STATUS = "status"
    PRIVACY_NOTICE = "privacy_notice"
    PHOTO_PERMISSION = "photo_permission"
    CONTACT_PERMISSION = "contact_permission"


def normalise(text: str) -> str:
    """Lower case, no accents, single spaces: "Äiti " and "aiti" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = re.sub(r"[_\-–]", " ", plain.casefold())
    return " ".join(plain.strip(" .:*").split())


FI, SV, EN = Language.FINNISH, Language.SWEDISH, Language.ENGLISH

# Each language's headers, normalised. "status" is Swedish and English alike.
HEADERS: Mapping[Language, Mapping[str, tuple[str, ...]]] = {
    FI: {
        Column.FAMILY: ("perhe", "perheen nimi", "perhenimi"),
        Column.LAST_NAME: ("sukunimi",),
        Column.FIRST_NAME: ("etunimi", "etunimet", "nimi"),
        Column.ROLE: ("rooli", "asema"),
        Column.BORN: ("syntynyt", "syntymaaika"),
        Column.BIRTH_YEAR: ("syntymavuosi",),
        Column.BIRTH_MONTH: ("syntymakuukausi",),
        Column.ENROLLED_ON: ("ilmoittautunut", "ilmoittautumispaiva"),
        Column.STATUS: ("tila",),
        Column.PRIVACY_NOTICE: (
            *("tietosuojaseloste", "tietosuojaseloste annettu"),
            "tietosuojaselosteen antopaiva",
        ),
        Column.PHOTO_PERMISSION: ("valokuvauslupa", "kuvauslupa"),
        Column.CONTACT_PERMISSION: ("yhteydenottolupa",),
    },
    SV: {
        Column.FAMILY: ("familj", "familjens namn", "familjenamn"),
        Column.LAST_NAME: ("efternamn",),
        Column.FIRST_NAME: ("fornamn", "namn"),
        Column.ROLE: ("roll",),
        Column.BORN: ("fodd", "fodelsedatum", "fodelsetid"),
        Column.BIRTH_YEAR: ("fodelsear",),
        Column.BIRTH_MONTH: ("fodelsemanad",),
        Column.ENROLLED_ON: ("anmald", "anmalningsdatum", "anmalningsdag"),
        Column.STATUS: ("status",),
        Column.PRIVACY_NOTICE: (
            *("dataskyddsbeskrivning", "dataskyddsbeskrivning given"),
            "dataskyddsbeskrivning den",
        ),
        Column.PHOTO_PERMISSION: ("fotolov", "fototillstand", "tillstand att fotografera"),
        Column.CONTACT_PERMISSION: ("kontaktlov", "kontakttillstand", "tillstand att kontakta"),
    },
    EN: {
        Column.FAMILY: ("family", "family name"),
        Column.LAST_NAME: ("last name", "surname"),
        Column.FIRST_NAME: ("first name", "given name", "name"),
        Column.ROLE: ("role",),
        Column.BORN: ("born", "birth date", "date of birth"),
        Column.BIRTH_YEAR: ("birth year", "year of birth"),
        Column.BIRTH_MONTH: ("birth month", "month of birth"),
        Column.ENROLLED_ON: ("enrolled", "enrolled on", "enrolment date"),
        Column.STATUS: ("status",),
        Column.PRIVACY_NOTICE: ("privacy notice", "privacy notice given"),
        Column.PHOTO_PERMISSION: ("photo permission",),
        Column.CONTACT_PERMISSION: ("contact permission",),
    },
}


def _languages_of_headers() -> dict[str, tuple[str, frozenset[Language]]]:
    """Each header's column and the languages that write it (a test checks that no
    header names two columns)."""
    found: dict[str, tuple[str, set[Language]]] = {}
    for language, columns in HEADERS.items():
        for column, names in columns.items():
            for name in names:
                found.setdefault(name, (column, set()))[1].add(language)
    return {name: (column, frozenset(languages)) for name, (column, languages) in found.items()}


_HEADER = _languages_of_headers()


def column_of_header(text: str) -> str | None:
    """The column a header cell names, in any language."""
    found = _HEADER.get(normalise(text))
    return None if found is None else found[0]


def language_of_headers(headers: Iterable[str]) -> Language | None:
    """The language most of the known headers are written in; None when none is, or two
    languages are written as much (a header of two languages, like "status", counts for
    neither)."""
    counts: Counter[Language] = Counter()
    for header in headers:
        found = _HEADER.get(normalise(header))
        if found is not None and len(found[1]) == 1:
            counts.update(found[1])
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


Role = tuple[MemberKind, AdultRole | None]
FATHER: Role = (MemberKind.ADULT, AdultRole.FATHER)
MOTHER: Role = (MemberKind.ADULT, AdultRole.MOTHER)
OTHER_GUARDIAN: Role = (MemberKind.ADULT, AdultRole.OTHER_GUARDIAN)
GRANDPARENT: Role = (MemberKind.ADULT, AdultRole.GRANDPARENT)
STEPFATHER: Role = (MemberKind.ADULT, AdultRole.STEPFATHER)
FOSTER_FATHER: Role = (MemberKind.ADULT, AdultRole.FOSTER_FATHER)
CHILD: Role = (MemberKind.CHILD, None)

# Each language's role words, normalised. Finnish "pappa" is not here: it is a grandfather
# to some and a father to others, so a Finnish file's "pappa" is for the person to decide.
ROLE_WORDS: Mapping[Language, Mapping[str, Role]] = {
    FI: {
        **dict.fromkeys(("isa", "iska"), FATHER),
        **dict.fromkeys(("aiti", "mamma"), MOTHER),
        **dict.fromkeys(("muu huoltaja", "huoltaja"), OTHER_GUARDIAN),
        **dict.fromkeys(("isapuoli", "bonusisa"), STEPFATHER),
        "sijaisisa": FOSTER_FATHER,
        **dict.fromkeys(
            ("isovanhempi", "isoaiti", "isoisa", "mummo", "mummi", "vaari", "ukki"), GRANDPARENT
        ),
        "lapsi": CHILD,
    },
    SV: {
        **dict.fromkeys(("far", "pappa"), FATHER),
        **dict.fromkeys(("mor", "mamma"), MOTHER),
        **dict.fromkeys(("annan vardnadshavare", "vardnadshavare"), OTHER_GUARDIAN),
        **dict.fromkeys(("styvfar", "styvpappa", "bonuspappa"), STEPFATHER),
        **dict.fromkeys(("fosterfar", "fosterpappa"), FOSTER_FATHER),
        **dict.fromkeys(
            (
                *("mor eller farforalder", "far eller morforalder", "farforalder"),
                *("morforalder", "mormor", "farmor", "morfar", "farfar"),
            ),
            GRANDPARENT,
        ),
        "barn": CHILD,
    },
    EN: {
        **dict.fromkeys(("father", "dad"), FATHER),
        **dict.fromkeys(("mother", "mum", "mom"), MOTHER),
        **dict.fromkeys(("other guardian", "guardian"), OTHER_GUARDIAN),
        **dict.fromkeys(("stepfather", "stepdad"), STEPFATHER),
        **dict.fromkeys(("foster father", "foster dad"), FOSTER_FATHER),
        **dict.fromkeys(("grandparent", "grandmother", "grandfather"), GRANDPARENT),
        **dict.fromkeys(("child", "kid"), CHILD),
    },
}

# Words another language reads otherwise: read only in a file of the language that knows
# them. (Finnish "pappa" means a grandfather to some and a father to others.)
AMBIGUOUS_ROLE_WORDS: frozenset[str] = frozenset({"pappa"})


class RoleReading(enum.Enum):
    """Why a role word could not be read."""

    UNKNOWN = "unknown"
    AMBIGUOUS = "ambiguous"


def role_of_word(word: str, language: Language | None) -> Role | RoleReading:
    """A role word in a file of the language: a word of any language is read, except
    one of ``AMBIGUOUS_ROLE_WORDS`` in a file not of the language that knows it."""
    key = normalise(word)
    if key in AMBIGUOUS_ROLE_WORDS:
        if language is None or key not in ROLE_WORDS[language]:
            return RoleReading.AMBIGUOUS
        return ROLE_WORDS[language][key]
    own = ROLE_WORDS[language].get(key) if language is not None else None
    if own is not None:
        return own
    for words in ROLE_WORDS.values():
        if key in words:
            return words[key]
    return RoleReading.UNKNOWN


STATUSES: Mapping[str, EnrolmentStatus] = {
    **dict.fromkeys(
        ("ilmoittautunut", "mukana", "anmald", "med", "enrolled"), EnrolmentStatus.ENROLLED
    ),
    **dict.fromkeys(
        (
            *("jonossa", "jono", "jonotuslista", "i ko", "ko", "vantelista"),
            *("waiting", "waiting list"),
        ),
        EnrolmentStatus.WAITING,
    ),
    **dict.fromkeys(("lopettanut", "lopettaneet", "slutat", "left"), EnrolmentStatus.LEFT),
}

PERMISSIONS: Mapping[str, Permission] = {
    **dict.fromkeys(("kylla", "k", "joo", "on", "ja", "yes", "y"), Permission.YES),
    **dict.fromkeys(("ei", "e", "nej", "no", "n"), Permission.NO),
    **dict.fromkeys(
        (
            *("ei kysytty", "kysymatta", "ei kysytta"),
            *("inte fragat", "inte tillfragad", "ej tillfragad"),
            "not asked",
        ),
        Permission.NOT_ASKED,
    ),
}
