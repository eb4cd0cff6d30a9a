"""Writing a PDF safely: all of it or nothing, private to its owner.

Packs hold names, so they go through the same atomic, fsync'd, 0600 writer
as every other file of board data (ocgboard/files.py).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ocgboard import files


def check_target(path: str | os.PathLike) -> Path:
    """The output path, refused in one line if a PDF cannot be written there."""
    return files.check_target(path, "PDF")


@contextmanager
def safe_output(path: str | os.PathLike) -> Iterator:
    """A binary file to write the PDF into; it replaces `path` only if all goes well."""
    with files.private_output(path, "PDF") as handle:
        yield handle
