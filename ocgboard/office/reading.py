"""A board's paper read from its file: checked by the guard first, then read by the
reader for its kind, whatever python-docx or openpyxl raise on a damaged file
turned into one line."""

from __future__ import annotations

import zipfile
from pathlib import Path

from ocgboard.errors import InputError
from ocgboard.office import docx_plan, guard, xlsx_tracker
from ocgboard.office.paper import Paper

READERS = {"docx": docx_plan.read, "xlsx": xlsx_tracker.read}


def read(path: str | Path) -> Paper:
    path = Path(path)
    guard.check_office_file(path, tuple(READERS))
    kind = guard.kind_of(path)
    try:
        return READERS[kind](path)
    except InputError:
        raise
    except (KeyError, ValueError, TypeError, AttributeError, IndexError, zipfile.BadZipFile,
            OSError, SyntaxError) as exc:  # lxml's XMLSyntaxError is a SyntaxError
        label = guard.with_article(guard.KINDS[kind][0])
        detail = " ".join(str(exc).split())[:120] or type(exc).__name__
        raise InputError(f"{path.name} cannot be read as {label}: {detail}") from None
