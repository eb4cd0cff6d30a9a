import datetime as dt

from ocgboard.core import plans
from ocgboard.core.rows import chase as chase_rows
from ocgboard.core.rows import plans as plan_rows
from ocgboard.core.rows import tactics as tactic_rows
from tests.conftest import TODAY


def test_action_rows_join_threat_owner_officer_and_rating(store, plan_board):
    with store.reader() as s:
        rows = {r.id: r for r in chase_rows.action_rows(s, today=TODAY)}
    assert set(rows) == {plan_board["late"], plan_board["soon"], plan_board["done"],
                         plan_board["other"]}
    late = rows[plan_board["late"]]
    assert (late.threat_ref, late.threat_name, late.strand, late.owner, late.officer) == (
        "OCG 05/00283", "Hartley Road network", "Pursue", "Police", "DS Ana Kowalczyk")
    assert late.due_on == dt.date(2026, 11, 1)
    assert (late.rating.rag, late.rating.label) == ("red", "Overdue by 22 days")
    assert "OCG 05/00283" in late.specific
    assert rows[plan_board["done"]].rating.label == "Completed"
    assert rows[plan_board["other"]].owner == "DWP" and rows[plan_board["other"]].officer is None


def test_action_rows_for_some_ids_skip_the_deleted(store, plan_board):
    with store.session("Chair") as s:
        plan_rows.remove_actions(s, [plan_board["soon"]])
    with store.reader() as s:
        rows = chase_rows.action_rows(s, ids=[plan_board["late"], plan_board["soon"]], today=TODAY)
    assert [r.id for r in rows] == [plan_board["late"]]


def test_filters_in_memory_match_the_services_listing(store, plan_board):
    with store.reader() as s:
        rows = chase_rows.action_rows(s, today=TODAY)
        police = next(a for a in tactic_rows.agencies(s) if a.short_name == "Police")

        def ids(**kw):
            return {r.id for r in chase_rows.ActionFilter(**kw).apply(rows)}

        def listed(**kw):
            return {a.id.hex for a in plans.listing(s, today=TODAY, **kw)}

        assert ids(overdue=True) == listed(overdue=True) == {plan_board["late"]}
        assert ids(agency_id=police.id) == listed(agency="Police")
        assert ids(strand="Protect") == listed(strand="Protect") == {plan_board["soon"]}
        assert ids(status="completed") == {plan_board["done"]}
        assert ids(open_only=True) == listed(open_only=True)
        assert ids(due_before=dt.date(2026, 12, 31)) == listed(due_before="2026-12-31")
        assert ids(agency_id=police.id, overdue=True, strand="Pursue") == {plan_board["late"]}
        assert ids() == {r.id for r in rows}
