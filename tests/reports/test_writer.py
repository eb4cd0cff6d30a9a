"""Writing the PDF: private, all or nothing, and refused in one line when it cannot be."""

from __future__ import annotations

import os
import stat

import pytest

from ocgboard.core import distribution
from ocgboard.errors import InputError
from ocgboard.reports import pack, writer
from ocgboard.store.models import Meeting
from tests.reports.conftest import TODAY


def test_the_pdf_is_private_to_its_owner_whatever_the_umask(tmp_path):
    old = os.umask(0)
    try:
        with writer.safe_output(tmp_path / "pack.pdf") as out:
            out.write(b"%PDF-1.4 test")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "pack.pdf").stat().st_mode) == 0o600


def test_a_failure_half_way_leaves_no_half_written_file(tmp_path):
    target = tmp_path / "pack.pdf"
    with pytest.raises(RuntimeError), writer.safe_output(target) as out:
        out.write(b"%PDF-1.4 half")
        raise RuntimeError("the disk filled up")
    assert list(tmp_path.iterdir()) == []


def test_a_failure_keeps_the_previous_file_as_it_was(tmp_path):
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"the previous pack")
    with pytest.raises(KeyboardInterrupt), writer.safe_output(target) as out:
        out.write(b"%PDF-1.4 half")
        raise KeyboardInterrupt
    assert target.read_bytes() == b"the previous pack"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]


@pytest.mark.parametrize(("name", "message"), [
    ("missing/pack.pdf", "does not exist"),
    (".", "it is a folder"),
    ("", "give a file name"),
])
def test_unwritable_targets_are_refused_in_one_line(tmp_path, name, message):
    with pytest.raises(InputError, match=message) as caught:
        writer.check_target(tmp_path / name if name else name)
    assert "\n" not in str(caught.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder_is_refused(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    with pytest.raises(InputError, match="no permission"):
        writer.check_target(folder / "pack.pdf")


def test_a_pack_that_fails_during_layout_writes_nothing_and_issues_no_copy(board, monkeypatch):
    store, meeting_id, folder = board
    target = folder / "broken.pdf"

    def explode(data, handle):
        handle.write(b"%PDF-1.4 partial")
        raise RuntimeError("layout failed")

    monkeypatch.setattr(pack, "lay_out", explode)
    with pytest.raises(RuntimeError), store.session("Chair") as s:
        pack.build(s, s.get(Meeting, meeting_id), target, copy_for="Jun Zhou", today=TODAY)
    assert not target.exists()
    assert not list(folder.glob(".broken.pdf.*"))
    with store.reader() as s:
        names = [p.name for _, p in distribution.register(s, s.get(Meeting, meeting_id))]
    assert "Jun Zhou" not in names
