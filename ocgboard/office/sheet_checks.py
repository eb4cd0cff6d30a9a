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
    guard.check_office_file(source, ["xlsx"])
    size = source.stat().st_size
    if size > MAX_BYTES:
        raise InputError(f"{source.name} is {size / 1024 / 1024:.1f} MB; a tasking sheet "
                         f"is at most {MAX_BYTES // 1024 // 1024} MB")
    with zipfile.ZipFile(source) as archive:
        names = [i.filename.lower() for i in archive.infolist()]
    if any(n.startswith(MACRO_PARTS) for n in names):
        raise InputError(f"{source.name} holds Excel 4 macro sheets or controls: save it "
                         "as a plain .xlsx (macros are never opened)")
    return source
