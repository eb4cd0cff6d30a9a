"""The checks an Office file passes before python-docx or openpyxl may open it.

A .docx or .xlsx is a zip of XML parts. Before anything reads it as Word or
Excel, this module bounds it as the exchange bounds its files: its size on disk,
the number of parts and the size they declare they inflate to (read from the
zip's directory, nothing inflated), no macros, no encryption, and no XML part
with a document type declaration (entity expansion, external entities: OOXML
never needs one). Each refusal is one line for the person at the keyboard.

`check_office_file(path, kinds)` is shared by the import and the export.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable
from pathlib import Path

from ocgboard.errors import InputError
from ocgboard.office import bounds

MAX_BYTES = 20 * 1024 * 1024  # a board's plan or tracker is well under a megabyte
MAX_INFLATED = 100 * 1024 * 1024  # what all the parts together may declare
MAX_PARTS = 2_000
CHUNK = 64 * 1024

OLE = bytes.fromhex("D0CF11E0A1B11AE1")  # an encrypted OOXML, or an old .doc / .xls
ZIP = b"PK\x03\x04"
MACRO_SUFFIXES = {".docm", ".dotm", ".xlsm", ".xltm", ".xlam", ".xlsb"}
KINDS = {
    "docx": ("Word document", "word/document.xml"),
    "xlsx": ("Excel workbook", "xl/workbook.xml"),
}
_DECLARATION = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def kind_of(path: Path) -> str:
    """'docx' or 'xlsx', from the file's name."""
    return path.suffix.lower().lstrip(".")


def check_office_file(path: str | Path, kinds: Iterable[str]) -> None:
    """Refuse, in one line (InputError), a file that is not a safe Office file of one
    of `kinds` ('docx', 'xlsx'); return quietly when it is."""
    path = Path(path)
    allowed = tuple(kinds)
    name = path.name
    _check_on_disk(path, name)
    if path.suffix.lower() in MACRO_SUFFIXES:
        raise InputError(f"{name} is macro-enabled: save it as a plain .docx or .xlsx "
                         "(macros are never opened)")
    with path.open("rb") as fh:
        head = fh.read(8)
    if head == OLE:
        raise InputError(f"{name} is password-protected or an old .doc/.xls file: open it "
                         "in Word or Excel and save it unprotected as .docx or .xlsx")
    kind = kind_of(path)
    if kind not in allowed:
        wanted = " or ".join(f".{k}" for k in allowed)
        raise InputError(f"{name} is not a Word or Excel file ({wanted})")
    if not head.startswith(ZIP):
        raise InputError(f"{name} is not a Word or Excel file: its content is not Office's")
    try:
        with zipfile.ZipFile(path) as archive:
            _check_archive(archive, name, kind)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise InputError(f"{name} is damaged: {_first_line(exc)}") from None
    except NotImplementedError:
        raise InputError(f"{name} uses a compression Office files do not use") from None


def _check_on_disk(path: Path, name: str) -> None:
    if not path.exists():
        raise InputError(f"no file {path}")
    if not path.is_file():
        raise InputError(f"{name} is not a file")
    size = path.stat().st_size
    if size == 0:
        raise InputError(f"{name} is empty")
    if size > MAX_BYTES:
        raise InputError(f"{name} is too big ({_mb(size)}; a plan or tracker is at most "
                         f"{_mb(MAX_BYTES)})")


def _check_archive(archive: zipfile.ZipFile, name: str, kind: str) -> None:
    parts = archive.infolist()
    if len(parts) > MAX_PARTS:
        raise InputError(f"{name} holds {len(parts):,} parts (at most {MAX_PARTS:,}): refused")
    inflated = sum(part.file_size for part in parts)
    if inflated > MAX_INFLATED:
        raise InputError(f"{name} would inflate to {_mb(inflated)} (at most "
                         f"{_mb(MAX_INFLATED)}): refused as a zip bomb")
    names = {part.filename for part in parts}
    if any(n.lower().endswith("vbaproject.bin") for n in names):
        raise InputError(f"{name} holds macros (a VBA project): save it as a plain .docx or "
                         ".xlsx without them")
    label, main = KINDS[kind]
    if "[Content_Types].xml" not in names or main not in names:
        raise InputError(f"{name} is not a {label} (.{kind})")
    for part in parts:
        if part.filename.lower().endswith((".xml", ".rels", ".vml")):
            _check_xml(archive, part, name)
    if b"macroEnabled" in archive.read("[Content_Types].xml"):
        raise InputError(f"{name} is macro-enabled: save it as a plain .docx or .xlsx")
    bounds.check(archive, name, kind, with_article(label))


def _check_xml(archive: zipfile.ZipFile, part: zipfile.ZipInfo, name: str) -> None:
    """No document type declaration anywhere in the part. The zip reader stops at the
    size the part declares, which was bounded above."""
    tail = b""
    with archive.open(part) as stream:
        while chunk := stream.read(CHUNK):
            window = tail + chunk
            if _DECLARATION.search(window):
                raise InputError(f"{name} has XML with a document type declaration (in "
                                 f"{part.filename}): entity tricks are refused")
            tail = window[-16:]


def with_article(label: str) -> str:
    """'a Word document', 'an Excel workbook'."""
    return f"{'an' if label[:1].lower() in 'aeiou' else 'a'} {label}"


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):,.0f} MB"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
