"""Each kind of change, done through the services as the app does it, reads as one
line in the board's words (core/history_words.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from ocgboard.core import (
    agencies,
    agenda,
    board,
    control,
    control_adopt,
    control_areas,
    control_edit,
    disruptions,
    history_lines,
    lookup,
    meetings,
    members,
    plans,
    register,
    setup,
    strategy,
)
from ocgboard.core.history_lines import Query
from ocgboard.core.rows import plans as plan_rows
from ocgboard.store.models import ControlPriority, Tactic
from tests.conftest import TODAY
from tests.helpers import make_action, make_threat

SPECIFIC = "'Consider DVPN powers under S24 – 33 of…'"  # PUR-03's, as a line names it
RAISED = dt.date(2026, 11, 2)


@pytest.fixture
def done(store, clock):
    """Do one operation as `author`, a minute after the last, and return its line."""
    def run(author, fn, **query):
        clock.advance(minutes=1)
        with store.session(author) as s:
            fn(s)
        with store.reader() as s:
            lines = history_lines.page(s, Query(**query), limit=2).lines
        assert lines[0].author == author
        return lines[0]
    return run


@pytest.fixture
def threat(store, done):
    with store.session("Chair") as s:
        agencies.add_person(s, "DI Ayesha Khan", "Police")
    done("Chair", lambda s: make_threat(s, band="2B", lro_id="DI Ayesha Khan"))
    return "OCG 05/00283"


@pytest.fixture
def action(store, threat, done):
    done("Chair", lambda s: make_action(s, lookup.threat(s, threat), due_on="2027-01-31",
                                        today=RAISED))
    with store.reader() as s:
        return plans.listing(s)[0].id


def test_a_new_threat(threat, store):
    with store.reader() as s:
        line = history_lines.page(s, limit=1).lines[0]
    assert (line.kind, line.threat) == ("threat", "OCG 05/00283")
    assert line.words == ("added OCG 05/00283 'Hartley Road network' to the register "
                          "(band 2B), withheld from partners")


def test_a_threat_edited_and_archived(threat, done):
    line = done("DS Đorđević", lambda s: register.edit(s, lookup.threat(s, threat), band="1A",
                                                       area="Ashby Wharf", today=TODAY))
    assert line.words == ("changed OCG 05/00283 'Hartley Road network': band from 2B to 1A; "
                          "area to 'Ashby Wharf'")
    line = done("Chair", lambda s: register.archive(s, lookup.threat(s, threat), today=TODAY))
    assert line.words.startswith("archived OCG 05/00283 'Hartley Road network'")


def test_a_member_added_and_removed(threat, done):
    line = done("DS Ó Súilleabháin", lambda s: members.add(
        s, lookup.threat(s, threat), "Ștefan Rădulescu", standing="Principal Subject"))
    assert (line.kind, line.threat) == ("member", "OCG 05/00283")
    assert line.words == ("added member 'Ștefan Rădulescu' to OCG 05/00283 as a Principal "
                          "Subject, withheld from partners")
    line = done("Chair", lambda s: members.remove(s, members.listing(s)[0]))
    assert line.words == "removed member 'Ștefan Rădulescu' from OCG 05/00283"


def test_a_member_withheld_from_partners_and_shared_again(threat, done):
    done("Chair", lambda s: members.add(s, lookup.threat(s, threat), "J. Smith",
                                        disseminable=True))
    line = done("Chair", lambda s: members.edit(s, members.listing(s)[0], disseminable=False))
    assert (line.kind, line.words) == ("withholding", "withheld member 'J. Smith' from partners")
    line = done("Chair", lambda s: members.edit(s, members.listing(s)[0], disseminable=True))
    assert line.words == "shared member 'J. Smith' with partners"


def test_an_action_added_to_the_plan(action, store):
    with store.reader() as s:
        line = history_lines.page(s, limit=1).lines[0]
    assert line.kind == "action"
    assert line.words == (f"added action 1 {SPECIFIC} to the Pursue strand of OCG 05/00283, "
                          "owned by Police, due 31 Jan 2027")


def test_a_status_change_and_a_progress_note(action, store, done):
    line = done("Supt Gary Marsh", lambda s: plans.change_status(
        s, lookup.row(s, type(plans.listing(s)[0]), action.hex, "action"), "agreed",
        "Agreed at the December board", today=TODAY))
    assert line.kind == "update"
    assert line.words == (f"moved {SPECIFIC} (OCG 05/00283 · 1) from proposed to agreed: "
                          "'Agreed at the December board' (board only)")
    line = done("Supt Gary Marsh", lambda s: plans.change_status(
        s, plans.listing(s)[0], None, "Licensing panel on the 18th", today=TODAY))
    assert line.words.startswith(f"noted progress on {SPECIFIC} (OCG 05/00283 · 1): "
                                 "'Licensing panel on the 18th'")


def test_an_update_withdrawn_by_undo_and_an_action_deleted(action, store, done):
    done("Chair", lambda s: plans.change_status(s, plans.listing(s)[0], "agreed", "Agreed",
                                                today=TODAY))
    with store.reader() as s:
        update = plans.trail(s, plans.listing(s)[0])[-1].id.hex
    line = done("Chair", lambda s: plan_rows.withdraw_update(s, update, "proposed"))
    assert line.words == (f"withdrew the update of 23 Nov 2026 on {SPECIFIC} "
                          "(OCG 05/00283 · 1), which is proposed again")
    line = done("Chair", lambda s: plan_rows.remove_actions(s, [action.hex]))
    assert (line.kind, line.words) == ("action", f"deleted action {SPECIFIC} (OCG 05/00283 · 1)")


def test_a_disruption(threat, done):
    line = done("DS Ó Súilleabháin", lambda s: disruptions.add(
        s, lookup.threat(s, threat), agency="Police", strand="Pursue", level="moderate",
        justification="Cash seizure at the car wash", on="2026-11-03", today=TODAY))
    assert (line.kind, line.threat) == ("disruption", "OCG 05/00283")
    assert line.words == ("recorded a moderate disruption by Police on 3 Nov 2026 against "
                          "OCG 05/00283: 'Cash seizure at the car wash' (board only)")


def test_a_meeting_with_its_agenda(store, done):
    line = done("Chair", lambda s: meetings.add(s, "December board", "2026-12-03",
                                                venue="Riverside House"))
    assert line.kind == "meeting"
    assert line.words.startswith("scheduled the meeting 'December board' for 3 Dec 2026 at "
                                 "10:00 at Riverside House, with ")
    assert line.words.endswith("items on its agenda")


def test_agenda_items_added_and_moved(store, done):
    done("Chair", lambda s: meetings.add(s, "December board", "2026-12-03"))
    line = done("Chair", lambda s: agenda.add_item(s, meetings.get(s, "2026-12-03"),
                                                   "any other business", "Car washes"))
    count = int(line.words.split()[2])
    assert line.kind == "agenda item"
    assert line.words == (f"added item {count} 'Car washes' to the agenda of "
                          "'December board' (3 Dec 2026)")
    line = done("Chair", lambda s: agenda.move(s, meetings.get(s, "2026-12-03"), count, 1))
    assert line.words == "reordered the agenda of 'December board' (3 Dec 2026)"


def test_attendance(store, done):
    with store.session("Chair") as s:
        agencies.add_person(s, "DI Ayesha Khan", "Police")
        agencies.add_person(s, "Jo Bloggs", "DWP")
    done("Chair", lambda s: meetings.add(s, "November board", "2026-11-20"))

    def came(s):
        meeting = meetings.get(s, "2026-11-20")
        meetings.attend(s, meeting, "DI Ayesha Khan", "present")
        meetings.attend(s, meeting, "Jo Bloggs", "apologies")

    line = done("Chair", came)
    assert (line.kind, line.words) == ("attendance", "recorded attendance at 'November board' "
                                       "(20 Nov 2026): DI Ayesha Khan present and Jo Bloggs "
                                       "apologies")


def test_decisions_on_an_item_and_on_an_action(action, store, done):
    done("Chair", lambda s: meetings.add(s, "November board", "2026-11-20"))
    line = done("Chair", lambda s: agenda.decide(
        s, agenda.items(s, meetings.get(s, "2026-11-20"))[0], "Apologies noted"))
    assert line.kind == "decision"
    assert line.words.startswith("recorded the board's decision on '")
    assert line.words.endswith("of 'November board' (20 Nov 2026): 'Apologies noted'")
    line = done("Chair", lambda s: meetings.decide_on_action(
        s, meetings.get(s, "2026-11-20"), plans.listing(s)[0], "Agreed by the board",
        status="agreed", today=TODAY))
    assert line.kind == "decision"
    assert line.words == (f"moved {SPECIFIC} (OCG 05/00283 · 1) from proposed to agreed at "
                          "'November board' (20 Nov 2026): 'Agreed by the board' (board only)")


def test_an_agency_and_a_person(store, done):
    line = done("Chair", lambda s: agencies.add_agency(s, "Border Force", "BF"))
    assert (line.kind, line.words) == ("agency", "added the agency Border Force (BF)")
    line = done("Chair", lambda s: agencies.add_person(s, "Supt Gary Marsh", "Police",
                                                       role="Chair of the board"))
    assert (line.kind, line.words) == ("person", "added Supt Gary Marsh of Police, Chair of "
                                       "the board")


def test_the_library_seed_and_a_tactic_edited(store, done):
    with store.reader() as s:
        seeded = history_lines.page(s, Query(author=setup.SEED_AUTHOR)).lines
    assert [line.kind for line in seeded] == ["control strategy", "agency", "tactic"]
    assert all(line.built_in for line in seeded)
    assert seeded[0].words == ("adopted the control strategy 'Interim Strategic Assessment; "
                               "Control Strategy May 2024', in force from 1 May 2024, with 9 "
                               "threat areas, 14 must-win battles, 5 local priorities")
    assert seeded[1].words.startswith("added 16 agencies: ")
    assert seeded[2].words.startswith("added 27 tactics to the library: PRE-01, PRE-02, ")

    def edit(s):
        s.scalars(select(Tactic).where(Tactic.code == "PUR-03")).one().legislation = "CSA 1968"

    line = done("Chair", edit)
    assert line.kind == "tactic"
    assert line.words == ("changed tactic PUR-03 'Consider DVPN powers under S24 – 33 of…': "
                          "legislation from 'Crime and Security Act 2010, ss.24–33' to "
                          "'CSA 1968'")


def test_the_strategic_plan(store, done):
    line = done("Chair", lambda s: strategy.add(s, "Publish a modern slavery strategy"))
    assert (line.kind, line.words) == ("strategy item", "added strategic action 1 'Publish a "
                                       "modern slavery strategy'")
    line = done("Chair", lambda s: strategy.update(s, strategy.get(s, 1),
                                                   status="being progressed",
                                                   comment="Draft with partners", today=TODAY))
    assert line.words == ("moved strategic action 1 'Publish a modern slavery strategy' from "
                          "awaiting review to being progressed: 'Draft with partners'")


def test_the_boards_settings(store, done):
    line = done("Chair", lambda s: board.init(s, "Test Board", area="Northshire",
                                              marking="OFFICIAL"))
    assert (line.kind, line.words) == ("board", "changed the board's protective marking from "
                                       "OFFICIAL-SENSITIVE to OFFICIAL")
    with store.reader() as s:
        first = history_lines.page(s, Query(kind="board"), limit=5).lines[-1]
    assert first.words == "set up the board 'Test Board' for Northshire"


def test_the_control_strategy(store, done):
    line = done("Chair", lambda s: control.add_battle(s, "Drug Supply",
                                                      "Close the cuckooing addresses"))
    assert (line.kind, line.words) == ("control strategy", "added the must-win battle 'Close "
                                       "the cuckooing addresses' to the threat area 'Drug "
                                       "Supply'")
    line = done("Chair", lambda s: control.edit_battle(s, control.battle(s, "fraud", 2),
                                                       "Run the courier fraud trigger plan"))
    assert line.words == ("reworded a must-win battle of the threat area 'Fraud' from "
                          "'Develop courier fraud trigger plan' to 'Run the courier fraud "
                          "trigger plan'")
    line = done("Chair", lambda s: control.withdraw_battle(s, control.battle(s, "OIC", 1)))
    assert line.words == ("withdrew the must-win battle 'Significantly improve intelligence "
                          "picture' from the threat area 'OIC'")
    line = done("Chair", lambda s: control_adopt.adopt(s, "Control Strategy 2026", "2026-06-01"))
    assert line.words == ("adopted the control strategy 'Control Strategy 2026', in force from "
                          "1 Jun 2026, with 9 threat areas, 14 must-win battles, 5 local "
                          "priorities")
    line = done("Chair", lambda s: control_areas.add_area(s, "Firearms", "commodity",
                                                         "force-led"))
    assert (line.kind, line.words) == ("control strategy", "added the threat area "
                                       "'Firearms' (force-led) to the control strategy")


def test_the_control_strategys_areas_priorities_and_own_words(store, done):
    line = done("Chair", lambda s: control_edit.edit_area(s, control.area(s, "OIC"),
                                                          management_model="force-led"))
    assert (line.kind, line.words) == ("control strategy", "changed the management model of "
                                       "the threat area 'OIC' from regionally-led to "
                                       "force-led")
    line = done("Chair", lambda s: control_edit.edit_area(
        s, control.area(s, "OIC"), group="Prosperity", theme="Domination of Communities"))
    assert line.words == ("changed the group of the threat area 'OIC' from 'Vulnerability' to "
                          "'Prosperity'; its theme to 'Domination of Communities'")
    line = done("Chair", lambda s: control_edit.edit_area(s, control.area(s, "OIC"), theme=""))
    assert line.words == ("changed the theme of the threat area 'OIC' from 'Domination of "
                          "Communities' to none")
    line = done("Chair", lambda s: control_edit.add_priority(s, "Firearms supply"))
    assert (line.kind, line.words) == ("control strategy",
                                       "added the local priority 'Firearms supply'")
    line = done("Chair", lambda s: control_edit.reword_priority(
        s, control_edit.priority(s, "Firearms supply"), "Firearms"))
    assert line.words == "reworded the local priority 'Firearms supply' to 'Firearms'"
    line = done("Chair", lambda s: control_edit.withdraw_priority(s, control_edit.priority(s, 1)))
    assert line.words == "withdrew the local priority 'MSHT (facilitated by OIC)'"
    line = done("Chair", lambda s: control_edit.set_priority_deleted(
        s, control.priorities(s, control.newest(s))[0], True))
    assert line.words == "withdrew the local priority 'County Lines & Drugs Supply'"
    line = done("Chair", lambda s: control_edit.set_priority_deleted(s, s.scalars(
        select(ControlPriority).where(ControlPriority.text == "County Lines & Drugs Supply")
    ).one(), False))
    assert line.words == "restored the local priority 'County Lines & Drugs Supply'"
    line = done("Chair", lambda s: control_edit.edit_strategy(s, aim="Reduce the harm"))
    assert line.words == "changed the control strategy's aim to 'Reduce the harm'"
    line = done("Chair", lambda s: control_edit.edit_strategy(s, aim=""))
    assert line.words == "cleared the control strategy's aim"
    line = done("Chair", lambda s: control_edit.edit_strategy(s, themes=["Harm", "Greed"]))
    assert line.words == "changed the control strategy's themes to 'Harm'; 'Greed'"
    line = done("Chair", lambda s: control_edit.edit_strategy(s, title="Control Strategy 2026"))
    assert line.words == ("renamed the control strategy 'Interim Strategic Assessment; Control "
                          "Strategy May 2024' to 'Control Strategy 2026'")


def test_the_battle_an_action_or_item_serves(action, store, done):
    line = done("Chair", lambda s: plans.edit(s, plans.listing(s)[0], battle="4.2"))
    assert (line.kind, line.words) == ("action", (
        f"changed {SPECIFIC} (OCG 05/00283 · 1): the must-win battle it serves to the "
        "must-win battle 'Disrupt the middle market'"))
    line = done("Chair", lambda s: strategy.add(s, "Schools", battle="courier"))
    assert line.words.endswith("serving the must-win battle 'Develop courier fraud "
                               "trigger plan'")
    line = done("Chair", lambda s: plans.edit(s, plans.listing(s)[0], battle="none"))
    assert line.words == (f"changed {SPECIFIC} (OCG 05/00283 · 1): the must-win battle it "
                          "serves from the must-win battle 'Disrupt the middle market' to "
                          "nothing")
    line = done("Chair", lambda s: plans.edit(s, plans.listing(s)[0], battle="4.2"))
    line = done("Chair", lambda s: control_adopt.adopt(s, "Control Strategy 2026", "2026-06-01"))
    assert line.words == ("adopted the control strategy 'Control Strategy 2026', in force from "
                          "1 Jun 2026, with 9 threat areas, 14 must-win battles, 5 local "
                          "priorities, and moved 1 action and 1 strategic action on to its "
                          "must-win battles")
