"""A returned tasking sheet, checked before openpyxl opens it.

First the checks every Office file from outside passes (`guard.py`: size,
parts and their inflated size, VBA macros, encryption, XML declarations);
then what a tasking sheet must also be: small (one agency's actions), and
free of the older kinds of macro a workbook can carry without a VBA project
(Excel 4 macro sheets, dialog sheets, ActiveX controls).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from ocgboard.errors import InputError
from ocgboard.office import guard

MAX_BYTES = 5 * 1024 * 1024  # a tasking sheet of a thousand actions is under 200 KB
MACRO_PARTS = ("xl/macrosheets/", "xl/dialogsheets/", "xl/activex/")


def check_workbook(path: str | Path) -> Path:
    """The returned sheet's path once it passes; InputError, one line, if not."""
    source = Path(path)
    size = source.stat().st_size if source.is_file() else 0
    if MAX_BYTES < size <= guard.MAX_BYTES:  # beyond the guard's limit, the guard says so
        raise InputError(f"{source.name} is {size / 1024 / 1024:.1f} MB; a tasking sheet "
                         f"is at most {MAX_BYTES // 1024 // 1024} MB")
    _no_macro_parts(source)  # first: the guard reads every XML part, these are never read
    guard.check_office_file(source, ["xlsx"])
    return source


def _no_macro_parts(source: Path) -> None:
    if not source.is_file() or not zipfile.is_zipfile(source):
        return  # the guard says what it is
    try:
        with zipfile.ZipFile(source) as archive:
            names = [i.filename.lower() for i in archive.infolist()]
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    if any(n.startswith(MACRO_PARTS) for n in names):
        raise InputError(f"{source.name} holds Excel 4 macro sheets or controls: save it "
                         "as a plain .xlsx (macros are never opened)")
