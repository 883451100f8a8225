"""Roster files built to cost: each is small on disk and asks for much when read.

A workbook is a real one (openpyxl's, with the good rows) whose parts are swapped
for crafted ones, streamed into the zip so that building a file of hundreds of
unpacked megabytes costs the test little memory.
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from tests.roster_files import GOOD_ROWS, write_xlsx

SHEET = "xl/worksheets/sheet1.xml"
STRINGS = "xl/sharedStrings.xml"
SHEET_START = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
SHEET_END = b"</sheetData></worksheet>"
HEADER_ROW = (
    b'<row r="1"><c r="A1" t="inlineStr"><is><t>Perhe</t></is></c>'
    b'<c r="B1" t="inlineStr"><is><t>Etunimi</t></is></c>'
    b'<c r="C1" t="inlineStr"><is><t>Rooli</t></is></c></row>'
)
EMPTY_STRINGS = b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'
STRINGS_TYPE = (
    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
)
STRINGS_RELATION = (
    b'<Relationship Id="rIdStrings" Type="http://schemas.openxmlformats.org/'
    b'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
)
CHUNK = 1024 * 1024

Parts = Iterable[bytes]


def sheet(rows: Parts) -> Parts:
    yield SHEET_START + HEADER_ROW
    yield from rows
    yield SHEET_END


def workbook(
    path: Path,
    parts: Mapping[str, Parts],
    extra: Mapping[str, Parts] = {},
    sheet_part: str = SHEET,
) -> Path:
    """The good roster with the named parts replaced, and extra parts added; the sheet
    stored as ``sheet_part``, which the workbook's relationships name."""
    source = write_xlsx(path.with_name(f"source-{path.name}"), GOOD_ROWS)
    with (
        zipfile.ZipFile(source) as original,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as crafted,
    ):
        for info in original.infolist():
            content = parts.get(info.filename, [_with_shared_strings(info, original.read(info))])
            if sheet_part != SHEET:
                content = [_renamed(b"".join(content), sheet_part)]
            name = sheet_part if info.filename == SHEET else info.filename
            _stream(crafted, name, content)
        _stream(crafted, STRINGS, parts.get(STRINGS, [EMPTY_STRINGS]))
        for name, content in extra.items():
            _stream(crafted, name, content)
    source.unlink()
    return path


def _with_shared_strings(info: zipfile.ZipInfo, content: bytes) -> bytes:
    """openpyxl writes its texts inline; Excel writes a shared strings part, named here."""
    if info.filename == "[Content_Types].xml":
        return content.replace(b"</Types>", STRINGS_TYPE + b"</Types>")
    if info.filename == "xl/_rels/workbook.xml.rels":
        return content.replace(b"</Relationships>", STRINGS_RELATION + b"</Relationships>")
    return content


def _renamed(content: bytes, sheet_part: str) -> bytes:
    old = SHEET.removeprefix("xl/").encode()
    return content.replace(old, sheet_part.removeprefix("xl/").encode())


def _stream(archive: zipfile.ZipFile, name: str, content: Parts) -> None:
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    with archive.open(info, "w", force_zip64=True) as member:
        for chunk in content:
            member.write(chunk)


def repeated(piece: bytes, times: int) -> Parts:
    """``piece`` ``times`` times, in chunks of about a megabyte."""
    per_chunk = max(CHUNK // len(piece), 1)
    while times > 0:
        count = min(per_chunk, times)
        yield piece * count
        times -= count


# -- the hostile workbooks ------------------------------------------------------------------


def enormous_cell(path: Path, megabytes: int) -> Path:
    """One inline-string cell of ``megabytes`` of text."""
    cell = [b'<row r="2"><c r="A2" t="inlineStr"><is><t>']
    text = repeated(b"x" * 1024, megabytes * 1024)
    end = [b"</t></is></c></row>"]
    return workbook(path, {SHEET: sheet([*cell, *text, *end])})


def long_cell(path: Path, characters: int) -> Path:
    """One shared string longer than any cell Excel holds, well under the size limits."""
    strings = (
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + b"<si><t>"
        + b"y" * characters
        + b"</t></si></sst>"
    )
    return workbook(path, {STRINGS: [strings]})


def shared_strings(path: Path, count: int) -> Path:
    start = b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    return workbook(path, {STRINGS: [start, *repeated(b"<si><t/></si>", count), b"</sst>"]})


def blank_rows(path: Path, count: int) -> Path:
    """Rows that look empty: a style and nothing else, as formatting a range leaves them."""
    rows = (b'<row r="%d" s="1" customFormat="1"/>' % r for r in range(2, count + 2))
    return workbook(path, {SHEET: sheet(_chunked(rows))})


def blank_rows_elsewhere(path: Path, count: int) -> Path:
    """The blank rows in a sheet stored under a name that is no .xml, its root renamed."""
    rows = (b'<row r="%d" s="1" customFormat="1"/>' % r for r in range(2, count + 2))
    content = (part.replace(b"worksheet", b"notes") for part in sheet(_chunked(rows)))
    return workbook(path, {SHEET: content}, sheet_part="xl/worksheets/sheet1.bin")


def last_row_cell(path: Path) -> Path:
    """One cell on Excel's last row: openpyxl yields every row up to it."""
    row = b'<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    return workbook(path, {SHEET: sheet([row])})


def wide_rows(path: Path, count: int) -> Path:
    """Rows with one cell in Excel's last column: openpyxl fills each with 16,384 cells."""
    rows = (
        b'<row r="%d"><c r="XFD%d" t="inlineStr"><is><t>x</t></is></c></row>' % (r, r)
        for r in range(2, count + 2)
    )
    return workbook(path, {SHEET: sheet(_chunked(rows))})


def many_styles(path: Path, count: int) -> Path:
    """Cell formats by the hundred thousand: openpyxl makes an object of each."""
    source = write_xlsx(path.with_name(f"styles-{path.name}"), GOOD_ROWS)
    with zipfile.ZipFile(source) as original:
        styles = original.read("xl/styles.xml")
    source.unlink()
    xf = b'<xf numFmtId="14" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/>'
    start, end = styles.index(b"<cellXfs"), styles.index(b"</cellXfs>") + len(b"</cellXfs>")
    formats = [b'<cellXfs count="%d">' % count, *repeated(xf, count), b"</cellXfs>"]
    return workbook(path, {"xl/styles.xml": [styles[:start], *formats, styles[end:]]})


def encoded(parts: Parts, codec: str, before: str = "") -> Parts:
    """XML parts in another encoding a parser guesses without being told: no
    declaration, no byte order mark; ``before`` is white space ahead of the first tag."""
    text = b"".join(parts).decode()
    if text.startswith("<?xml"):
        text = text[text.index("?>") + 2 :].lstrip()
    yield (before + text).encode(codec)


def blank_rows_encoded(path: Path, count: int, codec: str, before: str = "") -> Path:
    """The blank rows, in a sheet that is not UTF-8."""
    rows = repeated(b"<row/>", count)
    return workbook(path, {SHEET: encoded(sheet(rows), codec, before)})


def many_styles_encoded(path: Path, count: int, codec: str) -> Path:
    """The cell formats, in a styles part that is not UTF-8 (openpyxl reads it with lxml)."""
    plain = many_styles(path.with_name(f"plain-{path.name}"), count)
    with zipfile.ZipFile(plain) as original:
        styles = original.read("xl/styles.xml")
    plain.unlink()
    return workbook(path, {"xl/styles.xml": encoded([styles], codec)})


def long_markup(path: Path, start: bytes, filler: bytes, end: bytes, megabytes: int) -> Path:
    """One piece of markup (a tag, an attribute, a comment) of ``megabytes`` in a row
    of the sheet: expat scans an unfinished one again with every block it reads."""
    pieces = [b'<row r="2">' + start, *repeated(filler * 1024, megabytes * 1024), end + b"</row>"]
    return workbook(path, {SHEET: sheet(pieces)})


def many_members(path: Path, count: int) -> Path:
    return workbook(path, {}, {f"xl/media/image{n}.bin": [b"x"] for n in range(count)})


def entity_expansion(path: Path) -> Path:
    """The billion laughs, in the shared strings."""
    entities = ['<!ENTITY e0 "ha">'] + [
        f'<!ENTITY e{n} "{f"&e{n - 1};" * 10}">' for n in range(1, 10)
    ]
    strings = (
        f'<?xml version="1.0"?><!DOCTYPE sst [{"".join(entities)}]>'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<si><t>&e9;</t></si></sst>"
    )
    return workbook(path, {STRINGS: [strings.encode()]})


def _chunked(pieces: Iterable[bytes]) -> Parts:
    batch: list[bytes] = []
    size = 0
    for piece in pieces:
        batch.append(piece)
        size += len(piece)
        if size >= CHUNK:
            yield b"".join(batch)
            batch, size = [], 0
    yield b"".join(batch)


# -- packing a spreadsheet program never writes ---------------------------------------------

LOCAL_HEADER = b"PK\x03\x04"
CENTRAL_HEADER = b"PK\x01\x02"
DEFLATE64 = 9
BZIP2 = 12
LZMA = 14
AES = 99  # WinZip AE-x marks its members with method 99
ENCRYPTED = 0x0001  # ZipCrypto
STRONG_ENCRYPTION = 0x0041  # PKWARE strong encryption sets bit 6 with bit 0


def repacked(path: Path, *, method: int | None = None, flags: int = 0) -> Path:
    """The good roster with every member's method and flag bits set by hand, in both the
    local headers and the central directory, as another packer would write them."""
    data = bytearray(write_xlsx(path, GOOD_ROWS).read_bytes())
    _patch_headers(data, LOCAL_HEADER, flags_at=6, method_at=8, method=method, flags=flags)
    _patch_headers(data, CENTRAL_HEADER, flags_at=8, method_at=10, method=method, flags=flags)
    path.write_bytes(bytes(data))
    return path


def _patch_headers(
    data: bytearray,
    signature: bytes,
    *,
    flags_at: int,
    method_at: int,
    method: int | None,
    flags: int,
) -> None:
    start = data.find(signature)
    while start != -1:
        (old_flags,) = struct.unpack_from("<H", data, start + flags_at)
        struct.pack_into("<H", data, start + flags_at, old_flags | flags)
        if method is not None:
            struct.pack_into("<H", data, start + method_at, method)
        start = data.find(signature, start + 4)


def lying_directory(path: Path) -> Path:
    """A sheet of 60 MB whose directory entries and local header say 2 KB."""
    rows = repeated(b"<row/>", 10 * 1024 * 1024)
    data = bytearray(workbook(path, {SHEET: sheet(rows)}).read_bytes())
    for signature, at in ((LOCAL_HEADER, 22), (CENTRAL_HEADER, 24)):
        start = data.find(signature)
        while start != -1:
            name_length = struct.unpack_from("<H", data, start + (26 if at == 22 else 28))[0]
            name_at = start + (30 if at == 22 else 46)
            if bytes(data[name_at : name_at + name_length]) == SHEET.encode():
                _say_small(data, start, at, name_at + name_length)
            start = data.find(signature, start + 4)
    path.write_bytes(bytes(data))
    return path


def _say_small(data: bytearray, header: int, size_at: int, extra_at: int) -> None:
    """Sizes of 0xFFFFFFFF mean "in the zip64 extra field": the lie is written there."""
    struct.pack_into("<I", data, header + size_at, 2048)
    if data[extra_at : extra_at + 2] == b"\x01\x00":  # the zip64 extra field
        struct.pack_into("<I", data, header + size_at, 0xFFFFFFFF)
        struct.pack_into("<Q", data, extra_at + 4, 2048)


# -- CSV ------------------------------------------------------------------------------------

Writer = Callable[[Path], Path]


def csv_file(path: Path, chunks: Parts) -> Path:
    with path.open("wb") as out:
        out.write("Perhe;Etunimi;Rooli\r\n".encode("cp1252"))
        for chunk in chunks:
            out.write(chunk)
    return path
