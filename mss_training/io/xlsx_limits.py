"""Limits a workbook's ZIP archive is held to before openpyxl reads it ("zip bombs").

An XLSX file is a ZIP of XML parts. A small file can unpack to gigabytes: an 869 KB
workbook held one 889 MB cell, which took 96 s and 9.8 GB before it was refused. So each
part's stated size is checked against a limit of its own, each part is then unpacked once,
as a stream, to check its real size and that no text in it is longer than a cell can be,
and only then does openpyxl read it (through the same ``zipfile``, which never unpacks a
part beyond its stated size).
"""

import html
import zipfile
from typing import BinaryIO

from mss_training.errors import InputError
from mss_training.messages import _

MAX_CELL_CHARACTERS = 32_767  # the most a cell of Excel or LibreOffice holds
MAX_XLSX_UNPACKED = 300_000_000
MAX_SHEET_PART = 200_000_000  # xl/worksheets/sheet1.xml and the like, read as a stream
MAX_STRINGS_PART = 50_000_000  # xl/sharedStrings.xml, which openpyxl holds whole
MAX_OTHER_PART = 20_000_000  # styles, workbook, relations, pictures
# Bytes of XML between two "<": a cell's text, with every character escaped (&amp;) at worst.
MAX_XML_TEXT = 6 * MAX_CELL_CHARACTERS
_CHUNK = 1 << 20


def _part_limit(name: str) -> int:
    if name.startswith("xl/worksheets/") and name.endswith(".xml"):
        return MAX_SHEET_PART
    if name.endswith("sharedStrings.xml"):
        return MAX_STRINGS_PART
    return MAX_OTHER_PART


def check_workbook_archive(handle: BinaryIO, name: str) -> None:
    """Refuse, in one sentence, a workbook whose parts are larger than any real sheet's.

    Raises zipfile.BadZipFile (or OSError, ValueError) for an archive that cannot be read,
    for the caller to word like any other unreadable workbook.
    """
    with zipfile.ZipFile(handle) as archive:
        members = archive.infolist()
        total = 0
        for member in members:
            if member.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                # Excel deflates; bzip2 and LZMA parts unpack without a bound per read.
                raise InputError(
                    _(
                        "{name} is not a workbook as Excel or LibreOffice writes it (its part "
                        "{filename} is compressed in an unusual way)."
                    ).format(name=name, filename=member.filename)
                )
            limit = _part_limit(member.filename)
            if member.file_size > limit:
                raise _too_large(name, member.filename, limit)
            total += member.file_size
        if total > MAX_XLSX_UNPACKED:
            raise InputError(
                _(
                    "{name} unpacks to more than {limit:,} bytes, more than any "
                    "roster or results sheet."
                ).format(name=name, limit=MAX_XLSX_UNPACKED)
            )
        for member in members:
            if member.filename.endswith((".xml", ".rels")):
                _check_part(archive, member, name)
    handle.seek(0)


def _check_part(archive: zipfile.ZipFile, member: zipfile.ZipInfo, name: str) -> None:
    """Unpack one XML part as a stream: no more than its limit, no text longer than a cell
    (openpyxl would cut such a text short without a word)."""
    limit = _part_limit(member.filename)
    size = 0
    tail = b""  # what follows the last "<" read so far
    with archive.open(member) as stream:
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            if size > limit:
                raise _too_large(name, member.filename, limit)
            *pieces, tail = (tail + chunk).split(b"<")
            for piece in pieces:
                if len(piece) > MAX_CELL_CHARACTERS and _text_length(piece) > MAX_CELL_CHARACTERS:
                    raise _long_text(name)
            if len(tail) > MAX_XML_TEXT:
                raise _long_text(name)
    if len(tail) > MAX_CELL_CHARACTERS and _text_length(tail) > MAX_CELL_CHARACTERS:
        raise _long_text(name)


def _text_length(piece: bytes) -> int:
    """Characters of the text in ``piece``, what follows a tag up to the next "<", once its
    entities (&amp;) are read: done only for pieces long enough to matter."""
    text = piece.partition(b">")[2] or piece
    return len(html.unescape(text.decode("utf-8", errors="replace")))


def _too_large(name: str, part: str, limit: int) -> InputError:
    return InputError(
        _(
            "{name} holds a part ({part}) that unpacks to more than {limit:,} bytes, "
            "more than any roster or results sheet."
        ).format(name=name, part=part, limit=limit)
    )


def _long_text(name: str) -> InputError:
    return InputError(
        _(
            "{name} holds a text longer than {MAX_CELL_CHARACTERS:,} characters, "
            "more than a spreadsheet cell holds."
        ).format(name=name, MAX_CELL_CHARACTERS=MAX_CELL_CHARACTERS)
    )
