"""The minutes: the pack's paper for "Minutes of the last meeting", and on their own.

The board is the packs' own (demo, secrets) with the last held meeting (12 Oct)
given what minutes must handle with care: an attendance note, a decision on
an item and one on an action naming the withheld member, and a decision the
board keeps to itself.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from ocgboard.core import agenda, lookup, meetings, minutes, setup
from ocgboard.core import demo as demo_board
from ocgboard.core.rows import decisions as decision_rows
from ocgboard.core.rows import meetings as meeting_rows
from ocgboard.errors import InputError
from ocgboard.reports import minutes as minutes_pdf
from ocgboard.reports import pack
from ocgboard.store.models import Action, Meeting, Member, Person, Threat
from tests.conftest import TODAY
from tests.core.withheld.leaks import CORPUS, leaked_words
from tests.reports.conftest import (
    LA_ONLY_ACTION,
    POOL_SPELLINGS,
    SECRET_ALIAS,
    SECRET_MEMBER,
    SECRET_REF,
    add_secrets,
    read,
)
from tests.reports.test_pack import agenda_lines, flat, outline_titles, page_of
from tests.reports.test_variants import pdftotext

HELD, NEXT = "2026-10-12", "2026-12-03"
NOTE = f"Left at 11:00 to brief the SIO on {SECRET_MEMBER}"
ITEM_DECISION = f"Agreed: {SECRET_ALIAS} to be referred to the ROCU; Łukasz Wróblewski noted"
ACTION_DECISION = f"Warrant for {SECRET_MEMBER}'s lock-up agreed at the board"
COUNCIL_DECISION = "Council to report on the licence audit in January"
BOARD_ONLY = "Covert tasking at Ravenscar Quay to continue"
# Every spelling of a withheld name that ever reached a partner, as minuted.
LEAKS = "\n".join(text for _name, _aliases, text in [*CORPUS, *POOL_SPELLINGS])
SECRETS = (SECRET_MEMBER, SECRET_ALIAS, "Vantablack", "Quillon", "Ravenscar")


@pytest.fixture(scope="module")
def board(tmp_path_factory):
    folder = tmp_path_factory.mktemp("minutes-board")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("OCGBOARD_HOME", str(folder / "home"))
        store = setup.open_board(str(folder / "board.sqlite"))
        with store.session("Chair") as s:
            demo_board.generate(s, "small", today=TODAY)
            add_secrets(s)
            _minute_secrets(s, meetings.get(s, HELD))
        yield store, folder
        store.close()


def _minute_secrets(s, held: Meeting) -> None:
    person, _entry = next((p, a) for p, a in meetings.attendance(s, held)
                          if a.status == "present")
    meetings.attend(s, held, person, "present", NOTE)
    items = agenda.items(s, held)
    threat_item = next(i for i in items if i.kind == "threat review")
    agenda.decide(s, threat_item, ITEM_DECISION, board_only=False)
    other = next(i for i in items if i.kind == "any other business")
    agenda.decide(s, other, LEAKS, board_only=False)
    tracker_item = next(i for i in items if i.kind == "action tracker review")
    agenda.decide(s, tracker_item, BOARD_ONLY, board_only=True)
    secret = lookup.threat(s, SECRET_REF)
    police = s.scalars(select(Action).where(Action.threat_id == secret.id)
                       .order_by(Action.specific)).all()
    action = next(a for a in police if a.specific.startswith("Consider"))
    meetings.decide_on_action(s, held, action, ACTION_DECISION, today=TODAY, board_only=False)
    council = next(a for a in police if a.specific == LA_ONLY_ACTION)
    meetings.decide_on_action(s, held, council, COUNCIL_DECISION, "agreed", today=TODAY,
                              board_only=False)


def print_pack(board, name: str, **options):
    store, folder = board
    target = folder / f"{name}.pdf"
    with store.session("Chair") as s:
        built = pack.build(s, meetings.get(s, NEXT), target, today=TODAY, **options)
    return read(target), built


def print_minutes(board, name: str, **options):
    store, folder = board
    target = folder / f"{name}.pdf"
    with store.session("Chair") as s:
        written = minutes_pdf.build(s, meetings.get(s, HELD), target, **options)
    return read(target), written


def minutes_pages(printed) -> str:
    """The paper's text: from its heading to the action tracker after it."""
    first = page_of(printed, "inutes of the meeting held on")
    last = page_of(printed, "Action tracker Open actions")
    text = flat("\n".join(printed.pages[first - 1:last]))
    held = text.index("inutes of the meeting held on")
    start = text.rindex("Minutes of the last meeting", 0, held)
    return text[start:text.index("Action tracker Open actions", held)]


def the_record(board):
    """What the store holds of the held meeting: who came, who sent apologies, decisions."""
    with board[0].reader() as s:
        held = meetings.get(s, HELD)
        people = {status: [p.name for p, a in meetings.attendance(s, held) if a.status == status]
                  for status in ("present", "apologies", "absent")}
        decided = decision_rows.decision_rows(s, held.id.hex)
    return people, decided


def test_the_pack_of_the_next_meeting_holds_the_last_meetings_minutes(board):
    printed, built = print_pack(board, "chair")
    text = minutes_pages(printed)
    people, decided = the_record(board)
    assert "DRAFT minutes of the meeting held on Monday 12 Oct 2026" in text
    assert people["present"] and people["apologies"]
    for name in people["present"] + people["apologies"] + people["absent"]:
        assert name in text, name
    assert NOTE in text
    for row in decided:
        if row.decision != LEAKS:  # (run over pages, broken where a name is disguised)
            assert flat(row.decision) in text, row.decision
    assert flat(LEAKS.splitlines()[0]) in text
    assert f"(Board only) {BOARD_ONLY}" in text
    assert "Actions agreed" in text and ACTION_DECISION in text and f"{SECRET_REF} ·" in text
    assert "Date of next meeting: Monday 23 Nov 2026." in text
    # The agenda's item points at the paper; the outline has it.
    paper = page_of(printed, "Minutes of the last meeting: draft")
    assert ("Minutes of the last meeting", paper) in [(t, p) for _d, t, p in
                                                      outline_titles(printed.reader)]
    assert ("Minutes of the last meeting and matters arising", str(paper)) in \
        agenda_lines(printed)
    print(f"chair pack with minutes: {built.pages} pages")


@pytest.mark.parametrize("variant", ["partner", "agency"])
def test_a_partner_packs_minutes_hold_no_withheld_name(board, variant):
    options = {"agency": "Police"} if variant == "agency" else {}
    places = []
    printed, _ = print_pack(board, variant, variant=variant, confirm=places.extend, **options)
    text = minutes_pages(printed)
    whole = flat(printed.text).casefold()
    for secret in SECRETS:
        assert secret.casefold() not in whole, f"{secret!r} in the {variant} pack"
    assert BOARD_ONLY not in text
    assert "Agreed: [withheld] to be referred to the ROCU; Łukasz Wróblewski noted" in text
    assert "Left at 11:00 to brief the SIO on [withheld]" in text
    assert "Warrant for [withheld]'s lock-up agreed at the board" in text
    assert any(p.where.startswith("minutes of 12/10/2026") for p in places)
    with board[0].reader() as s:  # names partners see by the sharing rules
        shown = [*s.scalars(select(Member.name).where(Member.disseminable)),
                 *s.scalars(select(Threat.name)), *s.scalars(select(Person.name))]
    withheld = {name: aliases for name, aliases, _ in [*CORPUS, *POOL_SPELLINGS]}
    assert not leaked_words([text, flat(pdftotext(printed.path))], withheld, shown)


@pytest.mark.parametrize(("agency", "own", "other"), [
    ("Police", ACTION_DECISION.replace(SECRET_MEMBER, "[withheld]"), COUNCIL_DECISION),
    ("Local Authority", COUNCIL_DECISION, "Warrant for")])
def test_an_agency_packs_minutes_list_only_its_own_actions(board, agency, own, other):
    printed, _ = print_pack(board, f"agency-{agency}", variant="agency", agency=agency)
    text = minutes_pages(printed)
    assert own in text and other not in text
    assert "Plan approved with the additional Protect tactics discussed." in text  # items


def test_minutes_on_their_own_are_a_draft_on_every_page_until_approved(board):
    printed, written = print_minutes(board, "draft")
    assert written.draft and written.pages == len(printed.pages)
    for number, page_text in enumerate(printed.pages, 1):
        assert "DRAFT" in page_text, f"page {number} does not say DRAFT"
    assert printed.reader.metadata.title.startswith("DRAFT minutes of the meeting of")
    assert "DRAFT minutes of the meeting of Monday 12 Oct 2026" in flat(printed.text)
    assert ACTION_DECISION in flat(printed.text)
    print(f"draft minutes: {written.pages} pages")
    store = board[0]
    with store.session("Chair") as s:
        later = meetings.get(s, NEXT)
        minutes.approve(s, later, today=dt.date(2026, 12, 3))
        item_id, meeting_id = minutes.item(s, later).id.hex, later.id.hex
    try:
        approved, written = print_minutes(board, "approved")
        assert not written.draft
        assert "draft" not in flat(approved.text).casefold()
        assert "draft" not in approved.reader.metadata.title.casefold()
        assert ("Approved at the meeting of Thursday 3 Dec 2026: “Minutes of the meeting "
                "of 12 October 2026 approved as a true record”") in flat(approved.text)
        in_pack, _ = print_pack(board, "after")
        assert "Minutes of the last meeting: draft" not in flat(in_pack.text)
        assert "Approved at the meeting of Thursday 3 Dec 2026" in flat(in_pack.text)
    finally:
        with store.session("Chair") as s:
            meeting_rows.decide_item(s, meeting_id, item_id, None)


def test_partners_minutes_on_their_own_are_reviewed_and_redacted(board):
    places = []
    printed, written = print_minutes(board, "partner", variant="partner", confirm=places.extend)
    text = flat(printed.text)
    assert places and written.variant == "partner"
    for secret in SECRETS:
        assert secret.casefold() not in text.casefold()
    assert "Minutes for partners" in text


def test_a_meeting_with_none_held_before_it_has_no_minutes_paper(board):
    store, folder = board
    with store.session("Chair") as s:
        first = s.scalars(select(Meeting).order_by(Meeting.starts_at)).first()
        target = folder / "first.pdf"
        pack.build(s, first, target, today=TODAY)
        s.rollback()
    text = flat(read(target).text)
    assert "Minutes of the last meeting: draft" not in text
    assert "Minutes of the meeting held on" not in text


def test_an_unknown_variant_is_refused(board):
    store, folder = board
    with store.reader() as s, pytest.raises(InputError, match="minutes variant 'agency'"):
        minutes_pdf.build(s, meetings.get(s, HELD), folder / "x.pdf", variant="agency")
    assert not (folder / "x.pdf").exists()
