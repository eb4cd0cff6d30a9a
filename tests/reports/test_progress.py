"""Building a pack with a progress callback: it hears each section, and stopping it
half-way leaves no file and no copy in the distribution register."""

from __future__ import annotations

import pytest

from ocgboard.core import distribution
from ocgboard.reports import pack
from ocgboard.store.models import Meeting
from tests.reports.conftest import RECIPIENT, TODAY, print_pack


class Stop(Exception):
    """What a Cancel button raises inside the callback."""


def test_progress_hears_every_section_in_order_and_changes_nothing_printed(board, chair_pack):
    heard = []
    printed = print_pack(board, "with-progress", progress=lambda p, t: heard.append((p, t)))
    texts = [section_of(text) for _, text in heard]
    pages = [int(text.rsplit(" ", 1)[1]) for _, text in heard if ", page " in text]
    assert pages == sorted(pages) and pages[0] == 1 and pages[-1] > 10  # seen to move
    assert texts[0] == "Gathering the pack's content"
    for section in ("cover", "agenda", "minutes of the last meeting", "action tracker",
                    "threat summary", "threat sections", "agency tasking sheets",
                    "strategic plan", "statistics"):
        assert f"Laying out the {section}" in texts
    assert texts[-1] == "Numbering the pages and writing the file"
    percents = [percent for percent, _ in heard]
    assert percents == sorted(percents) and percents[0] == 0 and percents[-1] == 92
    assert len(set(percents)) > 20  # the bar moves through the long sections too
    # The marks are zero-size: the pack is page for page the one built without them.
    assert printed.pages == chair_pack.pages


def section_of(said: str) -> str:
    """'Laying out the agenda' of 'Laying out the agenda, page 3'."""
    return said.split(", page ")[0]


def stop_at(text: str):
    def callback(percent: int, said: str) -> None:
        if section_of(said) == text:
            raise Stop(said)
    return callback


@pytest.mark.parametrize("where", ["Gathering the pack's content",
                                   "Laying out the threat sections",
                                   "Numbering the pages and writing the file"])
def test_stopping_leaves_no_file_behind(board, tmp_path, where):
    store, meeting_id, _ = board
    target = tmp_path / "pack.pdf"
    with pytest.raises(Stop), store.session("Chair") as s:
        pack.build(s, s.get(Meeting, meeting_id), target, today=TODAY, progress=stop_at(where))
    assert list(tmp_path.iterdir()) == []


def test_stopping_keeps_the_previous_pack_and_issues_no_copy(board, tmp_path):
    store, meeting_id, _ = board
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"the pack printed yesterday")
    with store.reader() as s:
        before = len(distribution.register(s, s.get(Meeting, meeting_id)))
    with pytest.raises(Stop), store.session("Chair") as s:
        pack.build(s, s.get(Meeting, meeting_id), target, variant="partner",
                   copy_for=RECIPIENT, today=TODAY,
                   progress=stop_at("Laying out the threat summary"))
    assert target.read_bytes() == b"the pack printed yesterday"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]
    with store.reader() as s:
        assert len(distribution.register(s, s.get(Meeting, meeting_id))) == before
