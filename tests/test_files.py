"""Work in progress lives in the data folder and does not outlive its process."""

from __future__ import annotations

import errno
import subprocess
import sys

import pytest

from ocgboard import files, paths
from ocgboard.errors import InputError


def test_a_work_folder_is_private_inside_the_data_folder_and_gone_afterwards(home):
    with files.private_workdir("import-") as work:
        (work / "decrypted.bin").write_bytes(b"names")
        assert work.parent == paths.scratch_dir() and work.is_relative_to(home)
        assert work.stat().st_mode & 0o777 == 0o700
        assert paths.scratch_dir().stat().st_mode & 0o777 == 0o700
    assert not work.exists()


def test_what_a_killed_process_left_is_swept_and_a_running_ones_is_kept(home):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    left = paths.scratch_dir() / f"{dead}-import-abc"
    left.mkdir()
    (left / "ocgboard-exchange.bin").write_bytes(b"decrypted names")
    stray = paths.scratch_dir() / "not-ours"
    stray.write_text("x")
    with files.private_workdir() as mine:
        removed = files.sweep_scratch()
        assert mine.exists()
    assert set(removed) == {left, stray} and not left.exists() and not stray.exists()


def test_a_full_disk_is_one_line_and_leaves_neither_file_nor_part(home, tmp_path, monkeypatch):
    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    target = tmp_path / "out" / "replica.ocgx"
    target.parent.mkdir()
    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(InputError) as refused, \
            files.private_output(target, "exchange file") as out:
        out.write(b"x" * 1000)
    assert str(refused.value) == (f"cannot write the exchange file {target}: the disk is "
                                  "full; nothing was written")
    assert list(target.parent.iterdir()) == []
