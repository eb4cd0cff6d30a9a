"""The history a person reads (core/history_lines.py): one line per operation, in
words, no ids and no machine times, a page at a time, filtered."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from ocgboard.core import (
    agencies,
    board,
    demo,
    history_lines,
    lookup,
    meetings,
    members,
    setup,
    strategy,
)
from ocgboard.core.history_lines import Query
from ocgboard.core.rows import attendance as attendance_rows
from ocgboard.core.rows import decisions as decision_rows
from ocgboard.core.rows import disruptions as disruption_rows
from ocgboard.core.rows import meetings as meeting_rows
from ocgboard.core.rows import members as member_rows
from ocgboard.core.rows import people as people_rows
from ocgboard.core.rows import plans as plan_rows
from ocgboard.core.rows import register as register_rows
from ocgboard.core.rows.tactics import TacticDraft
from tests.conftest import TODAY

HEX_ID = re.compile(r"\b[0-9a-f]{8,}\b")
ISO_TIME = re.compile(r"\d{4}-\d\d-\d\d|\d\d:\d\d:\d\d|T\d\d:\d\d")


def lines(store, **query) -> list[history_lines.Line]:
    with store.reader() as s:
        return list(history_lines.page(s, Query(**query), limit=10_000).lines)


def test_a_status_change_is_one_line_in_the_boards_words(store, clock):
    with store.session("Chair") as s:
        agencies.add_person(s, "Supt Gary Marsh", "Police")
        tid, _reference = register_rows.add_threat(s, "OCG 12/00107", "Kovács line",
                                                   today=TODAY)
        [aid] = plan_rows.add_tactics(s, "OCG 12/00107", [TacticDraft("PUR-03", "Police")],
                                      today=TODAY)
        plan_rows.edit(s, aid, specific="DWP benefit review of the group's claims")
    before = lines(store)
    clock.advance(minutes=10)
    with store.session("Supt Gary Marsh") as s:
        plan_rows.change_status(s, aid, "agreed", "Agreed at the December board", today=TODAY)
    after = lines(store)
    assert len(after) == len(before) + 1
    line = after[0]
    assert line.sentence == ("Supt Gary Marsh moved 'DWP benefit review of the group's claims' "
                             "(OCG 12/00107 · 1) from proposed to agreed: 'Agreed at the "
                             "December board' (board only)")
    with store.reader() as s:
        records = history_lines.field_records(s, line)
    assert len(records) >= 7  # the change log's rows of that one change
    status = next(r for r in records if (r.record, r.field) == ("action", "status"))
    assert (status.was, status.now) == ("proposed", "agreed")
    assert tid not in line.sentence


def ten_minutes_of_work(store, clock) -> list[str]:
    """What a chair and a detective do in ten minutes, through the calls the app
    makes: each operation a session, a little while after the last. Returns the
    kind of line each should make."""
    done: list[str] = []

    def op(kind: str, author: str, fn) -> object:
        clock.advance(seconds=25)
        with store.session(author) as s:
            result = fn(s)
        done.append(kind)
        return result

    op("person", "Chair", lambda s: people_rows.add_person(s, "Supt Gary Marsh", "Police"))
    op("agency", "Chair", lambda s: people_rows.add_agency(s, "Border Force", "BF"))
    tid, _reference = op("threat", "Chair", lambda s: register_rows.add_threat(
        s, "OCG 12/00107", "Kovács line", band="2B", today=TODAY))
    op("threat", "DS Đorđević", lambda s: register_rows.edit_threat(
        s, tid, area="Ashby Wharf", lro_id="Supt Gary Marsh", today=TODAY))
    mid = op("member", "DS Đorđević", lambda s: member_rows.add_member(
        s, tid, "János Kovács", standing="Principal Subject", disseminable=True, today=TODAY))
    op("member", "DS Đorđević", lambda s: member_rows.add_member(s, tid, "J. Smith"))
    op("withholding", "Chair", lambda s: member_rows.edit_member(s, mid, disseminable=False))
    made = op("action", "Chair", lambda s: plan_rows.add_tactics(
        s, "OCG 12/00107", [TacticDraft("PUR-03", "Police"), TacticDraft("PUR-07", "DWP")],
        today=TODAY - dt.timedelta(days=7)))
    op("update", "Supt Gary Marsh", lambda s: plan_rows.change_status(
        s, made[0], "agreed", "Agreed with the LRO", today=TODAY))
    update, _before = op("update", "Supt Gary Marsh", lambda s: plan_rows.change_status(
        s, made[0], "in progress", "Warrant applied for", today=TODAY))
    op("update", "Supt Gary Marsh", lambda s: plan_rows.withdraw_update(s, update, "agreed"))
    op("action", "Chair", lambda s: plan_rows.edit(s, made[1], due_on="2027-03-31"))
    op("update", "Chair", lambda s: plan_rows.change_status(
        s, made[1], None, "DWP asked for the claims list", today=TODAY))
    op("disruption", "DS Đorđević", lambda s: disruption_rows.record_disruption(
        s, tid, agency="Police", strand="Pursue", level="moderate",
        justification="Cash seized at the car wash", on="2026-11-03", action_id=made[0],
        today=TODAY))
    meeting = op("meeting", "Chair", lambda s: meetings.add(
        s, "November board", "2026-11-20").id.hex)
    op("agenda item", "Chair", lambda s: meeting_rows.add_item(
        s, meeting, "any other business", "Car washes on the A61"))
    person = lookup.person  # the attendance form lists people by id
    op("attendance", "Chair", lambda s: attendance_rows.attend(
        s, meeting, [(person(s, "Supt Gary Marsh").id.hex, "present", None)]))
    op("decision", "Chair", lambda s: decision_rows.decide_on_action(
        s, meeting, made[1], "Agreed by the board", status="agreed", today=TODAY))
    op("strategy item", "Chair", lambda s: strategy.add(s, "Publish a county lines plan"))
    op("strategy item", "Chair", lambda s: strategy.update(
        s, strategy.get(s, 1), status="being progressed", comment="Draft out", today=TODAY))
    op("member", "Chair", lambda s: member_rows.remove_member(
        s, members.listing(s)[-1].id.hex))
    return done


def test_ten_minutes_of_work_read_as_a_line_an_operation(store, clock):
    first = len(lines(store))
    done = ten_minutes_of_work(store, clock)
    told = lines(store)[: len(told_since := lines(store)) - first]
    assert len(told_since) - first == len(done) == 21
    assert [line.kind for line in reversed(told)] == done
    with store.reader() as s:
        records = sum(len(history_lines.field_records(s, line)) for line in told)
    assert records > 4 * len(done)  # what the raw change log would have listed


@pytest.fixture
def demo_board(tmp_path):
    opened = setup.open_board(str(tmp_path / "demo.sqlite"))
    with opened.session("Chair") as s:
        board.init(s, "Demo Board")
        demo.generate(s, "small", today=TODAY)
    yield opened
    opened.close()


def test_no_line_holds_an_id_or_a_machine_time(store, clock, demo_board):
    ten_minutes_of_work(store, clock)
    told = lines(store) + lines(demo_board)
    assert len(told) > 150
    for line in told:
        assert not HEX_ID.search(line.sentence), line.sentence
        assert not ISO_TIME.search(line.sentence), line.sentence


def test_pages_go_on_exactly_where_the_last_one_ended(store, clock):
    ten_minutes_of_work(store, clock)
    everything = lines(store)
    with store.reader() as s:
        first = history_lines.page(s, limit=7)
        second = history_lines.page(s, after=first.cursor, limit=7)
        rest = history_lines.page(s, after=second.cursor, limit=1000)
    assert first.cursor is not None and rest.cursor is None
    assert [*first.lines, *second.lines, *rest.lines] == everything


def test_filters_by_author_kind_text_threat_and_days(store, clock):
    ten_minutes_of_work(store, clock)
    assert {line.author for line in lines(store, author="DS Đorđević")} == {"DS Đorđević"}
    assert len(lines(store, author="DS Đorđević")) == 4
    assert [line.kind for line in lines(store, kind="withholding")] == ["withholding"]
    found = lines(store, text="KOVACS")  # as a person types it: no accent, any case
    assert found and all("Kovács" in line.sentence for line in found)
    with store.reader() as s:
        tid = register_rows.threat_id(s, "OCG 12/00107")
    mine = lines(store, threat=tid)
    assert len(mine) == 14 and {line.threat for line in mine} == {"OCG 12/00107"}
    assert lines(store, since=TODAY + dt.timedelta(days=1)) == []
    today = lines(store, since=TODAY, until=TODAY)
    assert today == [line for line in lines(store) if not line.built_in]
    assert lines(store, until=TODAY - dt.timedelta(days=1)) == []


def test_a_new_plan_of_two_tactics_is_one_line(store, clock):
    with store.session("Chair") as s:
        register_rows.add_threat(s, "OCG 12/00107", "Kovács line", today=TODAY)
    clock.advance(minutes=1)
    with store.session("Chair") as s:
        plan_rows.add_tactics(s, "OCG 12/00107", [TacticDraft("PUR-03", "Police"),
                                                  TacticDraft("PUR-07", "DWP")], today=TODAY)
    line = lines(store)[0]
    assert line.words.startswith("added 2 actions to the plan of OCG 12/00107: 1 'Consider "
                                 "DVPN powers under S24 – 33 of…' and 2 '")


def test_the_demo_board_reads_a_threat_and_its_members_as_one_line(demo_board):
    with demo_board.reader() as s:
        threat = lookup.threat(s, "OCG 05/00100")
        held = len(members.listing(s, threat))
    told = lines(demo_board, threat=threat.id.hex)
    added = [line for line in told if line.kind == "threat"]
    assert len(added) == 1
    assert added[0].words.startswith("added OCG 05/00100 ")
    assert added[0].words.endswith(f"with {held} members")


def test_a_page_stops_looking_after_so_many_operations(store, clock):
    ten_minutes_of_work(store, clock)
    with store.reader() as s:
        first = history_lines.page(s, Query(kind="withholding"), limit=5, looked=3)
        assert first.lines == () and first.cursor is not None  # not found yet: look on
        found = history_lines.page(s, Query(kind="withholding"), after=first.cursor, limit=5)
    assert [line.kind for line in found.lines] == ["withholding"]
