"""A withdrawn action stays in its plan in the pack, said to be withdrawn and why, with
its number; it is no longer open work to chase."""

import datetime as dt

from pypdf import PdfReader

from ocgboard.core import meetings, plans
from ocgboard.reports import pack
from tests.conftest import TODAY
from tests.helpers import make_action, make_threat


def test_the_plan_prints_a_withdrawn_action_as_withdrawn_with_its_reason(store, tmp_path):
    with store.session("Chair") as s:
        threat = make_threat(s, next_review_on="2026-12-01")
        kept = make_action(s, threat, "PUR-03", today=dt.date(2026, 11, 1))
        gone = make_action(s, threat, "PRO-01", today=dt.date(2026, 11, 1))
        plans.change_status(s, kept, "agreed", "Agreed by the board", today=TODAY)
        plans.withdraw(s, gone, "Raised in error: the NCA leads on this", today=TODAY)
        meeting = meetings.add(s, "December board", "2026-12-03", threats=[threat])
        pack.build(s, meeting, tmp_path / "pack.pdf", today=TODAY)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "pack.pdf").pages)
                    .split())
    assert "Withdrawn" in text
    assert "Protect: no actions, 1 withdrawn" in text and "Pursue: 1 action " in text
    assert "Raised in error: the NCA leads on this" in text
    tracker = text.split("Action tracker", 1)[1].split("Threat summary", 1)[0]
    assert "Agreed" in tracker and "Withdrawn" not in tracker
