"""What a pack cites holds: an action's "OCG 05/00283 · 4" is the number it was given
when raised, in every build; each build issued to someone is the pack's next version,
and the register says which version, variant and agency each copy was."""

from __future__ import annotations

import datetime as dt

import pytest

from ocgboard.core import agencies, distribution, lookup, meetings, plans
from ocgboard.core.rows import plans as plan_rows
from ocgboard.reports import pack
from ocgboard.reports.gather import gather
from ocgboard.store.models import Meeting
from tests.conftest import TODAY
from tests.helpers import make_action, make_threat
from tests.reports.conftest import read

REF = "OCG 05/00283"
RAISED = dt.date(2026, 10, 1)


@pytest.fixture
def planned(store):
    """A threat whose actions were raised Protect first, then Pursue; a meeting on it."""
    with store.session("Chair") as s:
        agencies.add_person(s, "Supt Gary Marsh", "Police")
        agencies.add_person(s, "Jo Bloggs", "DWP")
        threat = make_threat(s, REF)
        for code in ("PRO-01", "PUR-03", "PUR-02"):
            make_action(s, threat, code, due_on="2027-01-10", today=RAISED)
        meeting = meetings.add(s, "December board", "2026-12-03", chair="Supt Gary Marsh",
                               threats=[REF], with_due_reviews=False)
        return store, meeting.id


def labels(store, meeting_id) -> dict[str, str]:
    """Each action's label in the pack, by its specific text."""
    with store.reader() as s:
        found = gather(s, s.get(Meeting, meeting_id), today=TODAY)
    return {t.specific: t.label for part in found.threats for t in part.tasks}


def test_labels_hold_across_builds_when_actions_are_added_and_deleted(planned, tmp_path):
    store, meeting_id = planned
    before = labels(store, meeting_id)
    assert sorted(before.values()) == [f"{REF} · {n}" for n in (1, 2, 3)]
    protect = next(k for k, v in before.items() if v.endswith("· 1"))
    assert "Pursue" not in protect  # numbered as raised, not by strand
    with store.session("Chair") as s:
        threat = lookup.threat(s, REF)
        gone = next(a for a in plans.listing(s, threat=threat) if a.number == 2)
        plan_rows.remove_actions(s, [gone.id.hex])
        gone_text = gone.specific
        added = plans.add_free(s, threat, "Seize the Audi under POCA", "Pursue",
                               owner="Police", today=TODAY)
        assert added.number == 4
    after = labels(store, meeting_id)
    assert {k: v for k, v in after.items() if k != "Seize the Audi under POCA"} == \
        {k: v for k, v in before.items() if k != gone_text}
    assert after["Seize the Audi under POCA"] == f"{REF} · 4"
    target = tmp_path / "pack.pdf"
    with store.session("Chair") as s:
        pack.build(s, s.get(Meeting, meeting_id), target, today=TODAY)
    text = read(target).text
    assert f"{REF} · 4" in text and f"{REF} · 2" not in text


def test_actions_raised_the_same_day_keep_the_order_they_were_raised_in(store):
    with store.session("Chair") as s:
        agencies.add_person(s, "Supt Gary Marsh", "Police")
        threat = make_threat(s, REF)
        steps = [f"Step {n}: visit address {n}" for n in range(1, 9)]
        for step in steps:
            plans.add_free(s, threat, step, "Pursue", owner="Police", due_on="2027-01-10",
                           today=RAISED)
        meeting_id = meetings.add(s, "December board", "2026-12-03", threats=[REF],
                                  with_due_reviews=False).id
    for _build in range(2):
        found = labels(store, meeting_id)
        assert [found[step] for step in steps] == [f"{REF} · {n}" for n in range(1, 9)]


def cover(store, meeting_id, target, **options) -> str:
    with store.session("Chair") as s:
        pack.build(s, s.get(Meeting, meeting_id), target, today=TODAY, **options)
    return " ".join(read(target).pages[0].split())


def test_each_issued_build_is_the_next_version_and_a_draft_is_none(planned, tmp_path):
    store, meeting_id = planned
    assert "Pack version draft, not issued (no version issued yet)" in \
        cover(store, meeting_id, tmp_path / "draft.pdf")
    assert "Pack version 1" in cover(store, meeting_id, tmp_path / "one.pdf",
                                     copy_for="Supt Gary Marsh")
    assert "Pack version 2" in cover(store, meeting_id, tmp_path / "two.pdf",
                                     variant="partner", copy_for="Jo Bloggs")
    assert "the last issued was version 2" in \
        cover(store, meeting_id, tmp_path / "draft-again.pdf")
    assert "Pack version 3" in cover(store, meeting_id, tmp_path / "three.pdf",
                                     variant="agency", agency="DWP", copy_for="Jo Bloggs",
                                     confirm=lambda places: None)
    with store.reader() as s:
        meeting = s.get(Meeting, meeting_id)
        copies = distribution.register(s, meeting)
        names = distribution.agency_names(s, [d for d, _p in copies])
        assert [(d.copy_number, d.version, d.variant, names.get(d.agency_id), p.name)
                for d, p in copies] == [
            (1, 1, "chair", None, "Supt Gary Marsh"),
            (2, 2, "partner", None, "Jo Bloggs"),
            (3, 3, "agency", "Department for Work and Pensions", "Jo Bloggs")]
        assert meeting.pack_version == 3


def test_the_chairs_register_shows_each_copys_version_and_agency(planned, tmp_path):
    store, meeting_id = planned
    cover(store, meeting_id, tmp_path / "one.pdf", copy_for="Supt Gary Marsh")
    cover(store, meeting_id, tmp_path / "dwp.pdf", variant="agency", agency="DWP",
          copy_for="Jo Bloggs", confirm=lambda places: None)
    front = cover(store, meeting_id, tmp_path / "chair.pdf")
    assert "Copy Version Name Agency Variant Issued Status" in front
    assert "1 1 Supt Gary Marsh Police chair" in front
    assert "2 2 Jo Bloggs Department for Work and Pensions agency: Department for Work and " \
           "Pensions" in front
