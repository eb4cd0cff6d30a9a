
import pytest

from ocgboard.core.rows import disruptions as disruption_rows
from ocgboard.errors import InputError
from tests.conftest import TODAY


def test_disruption_rows_name_the_linked_action_and_refuse_the_future(disrupted):
    store, tid, aid = disrupted
    with pytest.raises(InputError, match="future"), store.session("Chair") as s:
        disruption_rows.record_disruption(s, tid, agency="Police", strand="Pursue",
                                          level="minor", justification="x", on="2027-01-01",
                                          today=TODAY)
    with store.reader() as s:
        (logged,) = disruption_rows.disruption_rows(s, tid)
        assert disruption_rows.threat_actions(s, tid)[0][0] == aid
    assert (logged.dated_on, logged.strand, logged.level) == ("2026-11-01", "Pursue", "major")
    assert logged.action.startswith("1 · Pursue · ")


def test_a_disruption_links_to_live_actions_named_by_number_and_keeps_a_withdrawn_link(
        disrupted):
    from ocgboard.core import lookup, plans
    from tests.helpers import make_action

    store, tid, aid = disrupted
    with store.session("Chair") as s:
        threat = lookup.threat(s, "OCG 05/00283")
        other = make_action(s, threat, "PRO-01")
        number, other_id = other.number, other.id.hex
        plans.withdraw(s, lookup.row(s, type(other), aid, "action"), "Raised in error",
                       today=TODAY)
    with store.reader() as s:
        offered = dict(disruption_rows.threat_actions(s, tid))
        kept = dict(disruption_rows.threat_actions(s, tid, keep=aid))
        (logged,) = disruption_rows.disruption_rows(s, tid)
    assert aid not in offered and offered[other_id].startswith(f"{number} · Protect · ")
    assert aid in kept  # editing the disruption linked to it does not lose the link
    assert logged.action.startswith("1 · Pursue · ")
