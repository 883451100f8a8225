"""File names the app suggests: what they say, and that every file system takes them."""

from __future__ import annotations

from ryhmat.ui.files import MAX_NAME_LENGTH, file_name


def test_a_file_name_says_what_the_file_is() -> None:
    assert file_name("Osallistujalista", "Isä–lapsi-ryhmä Karhunpojat", "12.12.2026") == (
        "Osallistujalista Isä–lapsi-ryhmä Karhunpojat 12.12.2026"
    )


def test_what_a_file_system_refuses_becomes_a_dash() -> None:
    assert file_name('Perhe/kahvila "Kohtaamo"?', "1.1.2027") == (
        "Perhe-kahvila -Kohtaamo- 1.1.2027"
    )
    assert file_name(r"back\slash", "a:b", "tab\there") == "back-slash a-b tab-here"


def test_a_file_name_is_never_empty_nor_too_long() -> None:
    assert file_name("..", "") == "Ryhmat"
    assert len(file_name("x" * 500)) == MAX_NAME_LENGTH
