"""Qt's compiled translation files (.qm) read without Qt, for the command line.

A command such as `ryhmat groups` would otherwise load PySide6 (a tenth of a second,
and its import hook slows every later import) only to look its texts up. The lookup
here is QTranslator's own (qtranslator.cpp): the ELF hash of the source text and
comment, a binary search in the file's hash table, and the first message there whose
context, source text and comment match, retried without the comment. The GUI installs
Qt's QTranslator on the same file; tests/unit/test_qm_catalogue.py checks that both
give the same answer for every message of every language.
"""

from __future__ import annotations

import bisect
import struct
from pathlib import Path

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

# The sections of the file and the tags of a message record (qtranslator.cpp).
_HASHES = 0x42
_MESSAGES = 0x69
_TAG_END = 1
_TAG_TRANSLATION = 3
_TAG_OBSOLETE1 = 5
_TAG_SOURCE_TEXT = 6
_TAG_CONTEXT = 7
_TAG_COMMENT = 8
_NULL_LENGTH = 0xFFFFFFFF

_U32 = struct.Struct(">I")


def elf_hash(*parts: bytes) -> int:
    """Qt's hash of a message's source text and comment (as C strings, one after the other)."""
    h = 0
    for part in parts:
        for byte in part:
            if byte == 0:  # a C string ends at its first NUL
                break
            h = (h << 4) + byte
            g = h & 0xF0000000
            if g:
                h ^= g >> 24
            h &= ~g & 0xFFFFFFFF
    return h or 1


class QmCatalogue:
    """The messages of one .qm file, looked up as QTranslator looks them up."""

    def __init__(self, data: bytes) -> None:
        if not data.startswith(QM_MAGIC):
            raise ValueError("not a Qt translation file")
        sections: dict[int, memoryview] = {}
        view = memoryview(data)
        position = len(QM_MAGIC)
        while position + 5 <= len(data):
            tag = data[position]
            (length,) = _U32.unpack_from(data, position + 1)
            sections[tag] = view[position + 5 : position + 5 + length]
            position += 5 + length
        hashes = sections.get(_HASHES, memoryview(b""))
        # (hash, offset of its message) pairs, sorted by hash.
        pairs = len(hashes) // 8
        numbers = struct.unpack(f">{2 * pairs}I", hashes[: 8 * pairs])
        self._hashes = list(numbers[0::2])
        self._offsets = list(numbers[1::2])
        self._messages = bytes(sections.get(_MESSAGES, b""))
        self._found: dict[tuple[str, str, str], str | None] = {}

    @classmethod
    def load(cls, path: Path) -> QmCatalogue | None:
        """The file's catalogue, or None when it is missing or no translation file
        (as QTranslator.load then answers False)."""
        try:
            return cls(path.read_bytes())
        except (OSError, ValueError, struct.error):
            return None

    def translate(self, context: str, source_text: str, comment: str = "") -> str | None:
        """The translation, "" for one left empty, or None when the file has none."""
        # Remembered: a workbook asks for the same few words once per row, and the file
        # never changes once loaded.
        key = (context, source_text, comment)
        if key not in self._found:
            self._found[key] = self._look_up(context, source_text, comment)
        return self._found[key]

    def _look_up(self, context: str, source_text: str, comment: str) -> str | None:
        wanted_context = context.encode()
        wanted_source = source_text.encode()
        wanted_comment = comment.encode()
        while True:
            h = elf_hash(wanted_source, wanted_comment)
            index = bisect.bisect_left(self._hashes, h)
            while index < len(self._hashes) and self._hashes[index] == h:
                found = self._message(
                    self._offsets[index], wanted_context, wanted_source, wanted_comment
                )
                if found is not None:
                    return found
                index += 1
            if not wanted_comment:
                return None
            wanted_comment = b""

    def _message(self, offset: int, context: bytes, source: bytes, comment: bytes) -> str | None:
        """The record at ``offset`` if it is the message asked for (getMessage)."""
        data = self._messages
        translation: bytes | None = None
        numerus = 0  # the singular form: the app's translate() has no count
        position = offset
        while True:
            tag = data[position] if position < len(data) else 0
            position += 1
            if tag == _TAG_END:
                break
            if tag == _TAG_OBSOLETE1:
                position += 4
                continue
            if tag not in (_TAG_TRANSLATION, _TAG_SOURCE_TEXT, _TAG_CONTEXT, _TAG_COMMENT):
                return None
            (length,) = _U32.unpack_from(data, position)
            position += 4
            if tag == _TAG_TRANSLATION:
                if length & 1:  # also the null translation, 0xFFFFFFFF
                    return None
                if numerus == 0:
                    translation = data[position : position + length]
                numerus -= 1
            else:
                wanted = {_TAG_SOURCE_TEXT: source, _TAG_CONTEXT: context}.get(tag, comment)
                if not _matches(data[position : position + length], wanted):
                    return None
            position += length
        return None if translation is None else translation.decode("utf-16-be")


def _matches(found: bytes, wanted: bytes) -> bool:
    # A stored string may carry its terminating NUL; Qt compares without it.
    if found.endswith(b"\0"):
        found = found[:-1]
    return found == wanted.split(b"\0", 1)[0]
