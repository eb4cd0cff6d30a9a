"""Writing a PDF safely: all of it or nothing, private to its owner.

The document is written to a temporary file beside the target, flushed to
disk, and only then renamed over the target, so a failure at any point (bad
data, a full disk, Ctrl-C) never leaves a half-written pack behind. Packs
hold names, so the file is created 0600 whatever the umask.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from ocgboard.errors import InputError


def check_target(path: str | os.PathLike) -> Path:
    """The output path, refused in one line if a PDF cannot be written there."""
    target = Path(path).expanduser()
    if not str(path).strip():
        raise InputError("give a file name for the PDF (-o FILE.pdf)")
    if target.is_dir():
        raise InputError(f"cannot write {target}: it is a folder (give a file name)")
    folder = target.parent
    if not folder.is_dir():
        raise InputError(f"cannot write {target}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InputError(f"cannot write {target}: no permission to write in {folder}")
    if target.exists() and not os.access(target, os.W_OK):
        raise InputError(f"cannot write {target}: the file is read-only")
    return target


@contextmanager
def safe_output(path: str | os.PathLike) -> Iterator:
    """A binary file to write the PDF into; it replaces `path` only if all goes well."""
    target = check_target(path)
    try:
        fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                    suffix=".part")
    except OSError as exc:
        raise InputError(f"cannot write {target}: {exc.strerror or exc}") from None
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
        _sync_folder(target.parent)
    except BaseException:
        with suppress(OSError):
            os.unlink(temp)
        raise


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (where the platform allows it)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
