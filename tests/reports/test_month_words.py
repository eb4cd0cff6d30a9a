"""A meeting's title is printed as it was written: 'December board' is not made
'december board' when a sentence carries it."""

from pypdf import PdfReader

from ocgboard.core import meetings
from ocgboard.reports import cover, pack
from tests.conftest import TODAY


def test_a_title_in_a_sentence_keeps_its_month_and_its_names():
    assert cover.in_sentence("December board") == "December board"
    assert cover.in_sentence("Thursday board") == "Thursday board"
    assert cover.in_sentence("LOCPB, December") == "LOCPB, December"
    assert cover.in_sentence("Local organised crime partnership board") == \
        "local organised crime partnership board"
    assert cover.in_sentence("Extraordinary meeting in March") == "extraordinary meeting in March"


def test_the_covers_handling_instructions_name_the_meeting_as_titled(store, tmp_path):
    with store.session("Chair") as s:
        meeting = meetings.add(s, "December board", "2026-12-03", with_due_reviews=False)
        pack.build(s, meeting, tmp_path / "pack.pdf", today=TODAY)
    cover = " ".join(PdfReader(tmp_path / "pack.pdf").pages[0].extract_text().split())
    assert "issued for the December board of" in cover
