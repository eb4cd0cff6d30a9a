"""Notes marked board only: a threat's own marking sets the default, its author decides."""

from __future__ import annotations

import pytest

from ocgboard.core import agenda, disruptions, lookup, meetings, plans
from ocgboard.core.rows import common as common_rows
from ocgboard.store.models import Action, Threat
from tests.conftest import TODAY
from tests.helpers import make_action, make_threat


@pytest.fixture
def two_threats(store):
    """A threat partners may see (SHARED) and one they may not (HELD), an action on each."""
    with store.session("Chair") as s:
        shared = make_threat(s, reference="SHARED", disseminable=True)
        held = make_threat(s, reference="HELD", name="Ashdown line", disseminable=False)
        ids = {"SHARED": (shared.id.hex, make_action(s, shared).id.hex),
               "HELD": (held.id.hex, make_action(s, held).id.hex)}
    return store, ids


@pytest.mark.parametrize("reference, expected", [("SHARED", False), ("HELD", True)])
def test_a_note_follows_its_threats_marking_unless_its_author_says(two_threats, reference,
                                                                   expected):
    store, ids = two_threats
    threat_id, action_id = ids[reference]
    with store.session("Chair") as s:
        action = lookup.row(s, Action, action_id, "action")
        threat = s.get(Threat, action.threat_id)
        assert plans.change_status(s, action, None, "Noted", today=TODAY).board_only is expected
        assert plans.change_status(s, action, None, "Said", today=TODAY,
                                   board_only=not expected).board_only is (not expected)
        made = disruptions.add(s, threat, agency="Police", strand="Pursue", level="minor",
                               justification="Seized", today=TODAY)
        assert made.board_only is expected
        assert common_rows.board_only_default(s, "action", action_id) is expected
        assert common_rows.board_only_default(s, "threat", threat_id) is expected


def test_a_plans_first_entry_and_a_decision_on_an_item_without_a_threat_are_shared(store):
    with store.session("Chair") as s:
        held = make_threat(s, reference="HELD", disseminable=False)
        action = make_action(s, held)
        first = plans.trail(s, action)[0]
        meeting = meetings.add(s, "Board", "2026-11-02", threats=["HELD"],
                               with_due_reviews=False)
        items = agenda.items(s, meeting)
        plain = next(i for i in items if i.threat_id is None)
        on_threat = next(i for i in items if i.threat_id == held.id)
        agenda.decide(s, plain, "Minutes agreed")
        agenda.decide(s, on_threat, "Keep going")
        assert not first.board_only and not plain.board_only and on_threat.board_only
        # An item marked board only stays so when its decision is edited
        agenda.decide(s, plain, "Minutes agreed as amended", board_only=True)
        agenda.decide(s, plain, "Minutes agreed as amended twice")
        assert plain.board_only
        assert common_rows.board_only_default(s, "agenda_item", plain.id.hex)
