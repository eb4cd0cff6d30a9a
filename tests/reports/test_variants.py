"""Partner and agency packs: nothing marked non-disseminable, ever; and issued copies."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from sqlalchemy import select

from ocgboard.core import distribution, meetings
from ocgboard.core.withheld.fold import fold
from ocgboard.errors import InputError, NotFound
from ocgboard.reports import pack
from ocgboard.reports.pack_data import WITHHELD
from ocgboard.store.models import Meeting, Member, Person, Threat
from tests.core.withheld.leaks import CORPUS, leaked_words
from tests.reports.conftest import (
    BOARD_ONLY_DISRUPTION,
    BOARD_ONLY_UPDATE,
    LA_ONLY_ACTION,
    POOL_SPELLINGS,
    RECIPIENT,
    SECOND_RECIPIENT,
    SECRET_ALIAS,
    SECRET_MEMBER,
    SECRET_NAME,
    SECRET_PI,
    SECRET_PI_REF,
    SECRET_REF,
    SECRET_SUMMARY,
    TODAY,
    UNICODE_MEMBERS,
    print_pack,
)
from tests.reports.test_pack import MARKING, flat, marking_heights, outline_titles, page_of

SECRET_WORDS = (SECRET_MEMBER, SECRET_ALIAS, SECRET_SUMMARY, "Vantablack", "Marigold",
                "Kestrel lock-up", SECRET_PI)


@pytest.mark.parametrize("variant", ["partner_pack", "agency_pack"])
def test_nothing_non_disseminable_appears_anywhere(variant, request):
    printed = request.getfixturevalue(variant)
    text = flat(printed.text)
    for secret in SECRET_WORDS:
        assert secret.casefold() not in text.casefold(), f"{secret!r} leaked into the {variant}"
    metadata = " ".join(str(v) for v in (printed.reader.metadata or {}).values())
    assert SECRET_MEMBER not in metadata
    assert all(SECRET_MEMBER not in title for _, title, _ in outline_titles(printed.reader))


def pdftotext(path) -> str:
    """The PDF's text as poppler reads it (make test installs poppler-utils)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


@pytest.mark.parametrize("variant", ["partner_pack", "agency_pack"])
def test_no_spelling_that_ever_leaked_is_printed_for_partners(variant, request, chair_pack,
                                                              board):
    pack = request.getfixturevalue(variant)
    printed = flat(pack.text) + " " + flat(pdftotext(pack.path))  # read by two readers
    chair = " ".join(fold(flat(chair_pack.text)).split())
    # Names partners see by the sharing rules: another threat's ("Zieliński line"), a
    # disseminable member's ("Grzegorz Krawczyk"), the board's own people.
    with board[0].reader() as s:
        shown = [*s.scalars(select(Member.name).where(Member.disseminable)),
                 *s.scalars(select(Threat.name)), *s.scalars(select(Person.name))]
    withheld = {name: aliases for name, aliases, _ in [*CORPUS, *POOL_SPELLINGS]}
    for _name, _aliases, text in [*CORPUS, *POOL_SPELLINGS]:
        assert " ".join(fold(text).split()) in chair  # the chair's pack prints every word
    assert not leaked_words([printed], withheld, shown), f"printed in the {variant}"


@pytest.mark.parametrize("variant", ["partner_pack", "agency_pack"])
def test_a_threat_not_for_dissemination_is_shown_by_reference_and_kind_alone(variant, request):
    printed = request.getfixturevalue(variant)
    text = flat(printed.text)
    assert WITHHELD in text
    assert f"{SECRET_REF} · OCG (name withheld)" in text
    assert SECRET_NAME.casefold() not in text.casefold()
    start = page_of(printed, f"{SECRET_REF} · OCG (name withheld)")
    section = flat(printed.pages[start - 1])
    for field in ("OCGM band withheld", "Threat areas withheld", "LRO withheld",
                  "Mapped withheld"):
        assert field in section, field
    assert "2A" not in section and "Jun Zhou" not in section


def test_free_text_naming_a_withheld_member_is_blanked(partner_pack, chair_pack):
    assert f"Visited {SECRET_MEMBER} at home" in flat(chair_pack.text)
    assert "Visited [withheld] at home; [withheld] was present." in flat(partner_pack.text)
    assert "Search warrant at [withheld]'s address" in flat(partner_pack.text)


@pytest.mark.parametrize("variant", ["partner_pack", "agency_pack"])
def test_notes_marked_board_only_are_in_no_partners_pack(variant, request, chair_pack):
    printed = request.getfixturevalue(variant)
    text = flat(pdftotext(printed.path))
    for words in ("Wharfinger", "Larkspur", "Covert deployment"):
        assert words not in text, f"{words!r} is in the {variant}"
    chair = flat(pdftotext(chair_pack.path))
    assert f"(Board only) {BOARD_ONLY_UPDATE}" in chair
    assert f"(Board only) {BOARD_ONLY_DISRUPTION}" in chair


def test_partners_see_the_members_cleared_for_them(partner_pack):
    text = flat(partner_pack.text)
    for name in UNICODE_MEMBERS:
        assert name in text


def test_a_copy_issued_to_a_person_is_stamped_on_every_page(partner_pack):
    for number, page in enumerate(partner_pack.pages, 1):
        assert f"Copy 1 · issued to {RECIPIENT} (Police)" in page, f"page {number} unstamped"
    assert "Partner pack" in partner_pack.pages[0]


def test_the_issue_is_recorded_in_the_distribution_register(board, partner_pack):
    store, meeting_id, _ = board
    with store.reader() as s:
        meeting = s.get(Meeting, meeting_id)
        issued = [(copy.copy_number, person.name, copy.variant)
                  for copy, person in distribution.register(s, meeting)]
    assert (1, RECIPIENT, "partner") in issued
    assert RECIPIENT in flat(partner_pack.pages[0])  # and on the cover's distribution list


def test_a_partners_copy_lists_only_its_own_line_and_counts_the_others(board, partner_pack):
    other = SECOND_RECIPIENT
    second = print_pack(board, "partner-2", variant="partner", copy_for=other)
    cover = flat(second.pages[0])
    assert other in cover and "other numbered cop" in cover
    assert RECIPIENT not in cover
    chair = flat(print_pack(board, "chair-register").pages[0])
    assert RECIPIENT in chair and other in chair  # the chair's pack holds the register


def test_the_agency_pack_holds_only_that_agencys_tasks(agency_pack, chair_pack):
    text = flat(agency_pack.text)
    sheets = {line for page in agency_pack.pages for line in page.splitlines()
              if line.startswith("Tasking sheet: ")}
    assert sheets == {"Tasking sheet: Police"}
    assert LA_ONLY_ACTION in flat(chair_pack.text) and LA_ONLY_ACTION not in text
    assert "Consider DVPN powers" in text
    top = [title for depth, title, _ in outline_titles(agency_pack.reader) if depth == 0]
    assert top == ["Cover and document control", "Agenda", "Minutes of the last meeting",
                   "Action tracker", "Threat summary", "Threat reviews", "Agency tasking sheets"]
    assert "Agency pack for Police" in text


def test_variant_packs_are_marked_and_numbered_like_the_chairs(partner_pack, agency_pack):
    for printed in (partner_pack, agency_pack):
        total = len(printed.pages)
        height = float(printed.reader.pages[0].mediabox.height)
        for number, page in enumerate(printed.reader.pages, 1):
            assert f"Page {number} of {total}" in printed.pages[number - 1]
            heights = marking_heights(page)
            assert any(h > height - 40 for h in heights) and any(h < 40 for h in heights)
        assert MARKING in printed.pages[0]


@pytest.mark.parametrize(("options", "error", "message"), [
    ({"variant": "agency"}, InputError, "needs --agency"),
    ({"variant": "partner", "agency": "Police"}, InputError, "--agency goes with"),
    ({"variant": "board"}, InputError, "is not one of"),
    ({"variant": "agency", "agency": "Ministry of Magic"}, NotFound, "no agency"),
    ({"copy_for": "Nobody Atall"}, NotFound, "no person"),
])
def test_bad_options_are_refused_and_nothing_is_written(board, options, error, message):
    store, meeting_id, folder = board
    target = folder / "refused.pdf"
    with store.session("Chair") as s:
        before = len(distribution.register(s, s.get(Meeting, meeting_id)))
        with pytest.raises(error, match=message):
            pack.build(s, s.get(Meeting, meeting_id), target, today=TODAY, **options)
        assert len(distribution.register(s, s.get(Meeting, meeting_id))) == before
    assert not target.exists()
    assert not list(folder.glob(".refused.pdf.*"))


def test_a_meeting_with_an_empty_agenda_has_no_pack(board):
    store, _, folder = board
    with store.session("Chair") as s:
        empty = meetings.add(s, "Extraordinary meeting", "2027-01-15",
                             with_due_reviews=False)
        for _ in range(len(meetings.agenda.items(s, empty))):
            meetings.agenda.remove(s, empty, 1)
        with pytest.raises(InputError, match="no agenda items"):
            pack.build(s, empty, folder / "empty.pdf", today=TODAY)
        s.rollback()
    assert not (folder / "empty.pdf").exists()
    with store.reader() as s:
        assert s.scalars(select(Meeting).where(Meeting.title == "Extraordinary meeting")).all() \
            == []


def test_the_meeting_date_sets_the_as_at_day(chair_pack):
    assert f"{dt.date(2026, 12, 3).day} Dec 2026 (the meeting date)" in flat(chair_pack.pages[0])


def test_a_withheld_priority_individual_is_named_by_reference_only(partner_pack, chair_pack):
    assert SECRET_PI in flat(chair_pack.text)
    partner = flat(partner_pack.text)
    assert SECRET_PI not in partner
    assert f"{SECRET_PI_REF} · Priority Individual (name withheld)" in partner
