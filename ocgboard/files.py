"""Writing files that hold board data: all or nothing, private to their owner.

A file is written to a temporary name beside its target, flushed to disk and
only then renamed over the target, and the folder is synced so the rename
itself survives a power cut. A failure at any point (bad data, a full disk,
Ctrl-C) leaves no half-written file. Files are created 0600 whatever the
umask: packs, exports and keys all hold names or secrets.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from ocgboard import paths
from ocgboard.errors import InputError


def check_target(path: str | os.PathLike, what: str = "file") -> Path:
    """The output path, refused in one line if the file cannot be written there."""
    if not str(path).strip():
        raise InputError(f"give a file name for the {what} (-o FILE)")
    target = Path(path).expanduser()
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
def private_output(path: str | os.PathLike, what: str = "file") -> Iterator:
    """A binary file to write into; it replaces `path` only if all goes well."""
    target = check_target(path, what)
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
        sync_folder(target.parent)
    except OSError as exc:
        with suppress(OSError):
            os.unlink(temp)
        raise InputError(f"cannot write the {what} {target}: {_reason(exc)}; nothing was "
                         "written") from None
    except BaseException:
        with suppress(OSError):
            os.unlink(temp)
        raise


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full"
    return exc.strerror or str(exc)


def write_private(path: str | os.PathLike, data: bytes, what: str = "file") -> Path:
    with private_output(path, what) as handle:
        handle.write(data)
    return Path(path)


def sync_folder(folder: Path) -> None:
    """Make a rename durable (where the platform allows it)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def private_workdir(prefix: str = "work-") -> Iterator[Path]:
    """A 0700 folder for work in progress, in the data folder's scratch/, removed with
    everything in it afterwards. Its name starts with this process's id, so that
    what a killed process left is removed at the next start (`sweep_scratch`)."""
    with tempfile.TemporaryDirectory(prefix=f"{os.getpid()}-{prefix}",
                                     dir=paths.scratch_dir()) as name:
        os.chmod(name, 0o700)
        yield Path(name)


def sweep_scratch() -> list[Path]:
    """Remove the work folders of processes that are gone (killed during an import:
    they hold decrypted names). Those of running processes are left alone."""
    removed = []
    for entry in paths.scratch_dir().iterdir():
        pid = entry.name.split("-", 1)[0]
        if pid.isdigit() and _running(int(pid)):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
        removed.append(entry)
    return removed


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: not ours to judge
        return True
    return True
