
import pytest

from ocgboard.core import disruptions, strategy
from ocgboard.errors import InputError, NotFound
from tests.conftest import TODAY
from tests.helpers import make_action, make_threat


def test_disruption_with_linked_action(store):
    with store.session("Chair") as s:
        threat = make_threat(s)
        action = make_action(s, threat)
        d = disruptions.add(s, threat, agency="Police", strand="pursue", level="Major",
                            justification="Line holder charged.", on="2026-11-02",
                            action=action, today=TODAY)
    assert (d.level, d.strand, d.action_id) == ("major", "Pursue", action.id)
    with store.reader() as s:
        assert len(disruptions.listing(s, start="2026-11-01", end="2026-11-30")) == 1
        assert disruptions.listing(s, start="2026-11-03") == []


@pytest.mark.parametrize("kwargs, error, text", [
    ({"level": "huge"}, InputError, "disruption level 'huge'"),
    ({"agency": "Nobody"}, NotFound, "no agency"),
    ({"on": "2030-01-01"}, InputError, "in the future"),
    ({"on": "2020-01-01"}, InputError, "before"),
    ({"justification": ""}, InputError, "must not be empty"),
])
def test_bad_disruptions(store, kwargs, error, text):
    fields = {"agency": "Police", "strand": "Pursue", "level": "minor",
              "justification": "Warning letters", **kwargs}
    with pytest.raises(error, match=text), store.session("Chair") as s:
        disruptions.add(s, make_threat(s), today=TODAY, **fields)


def test_disruption_linked_to_another_threats_action(store):
    with store.session("Chair") as s:
        other = make_action(s, make_threat(s, reference="OTHER"))
        with pytest.raises(InputError, match="another threat"):
            disruptions.add(s, make_threat(s), agency="Police", strand="Pursue",
                            level="minor", justification="x", action=other, today=TODAY)


def test_strategic_plan_numbering_and_status_trail(store):
    with store.session("Chair") as s:
        first = strategy.add(s, "Publish a new Modern Slavery Strategy", lead_partners="DoJ",
                             target="Summer 2024", target_on="2024-08-31")
        second = strategy.add(s, "Deliver professional development")
        strategy.update(s, first, status="being progressed", comment="Draft out", today=TODAY)
        strategy.update(s, first, status="Complete", comment=None, today=TODAY)
    assert (first.number, second.number, first.status) == (1, 2, "complete")
    with store.reader() as s:
        assert [u.status for u in strategy.trail(s, strategy.get(s, "1."))] == [
            "being progressed", "complete"]
    with pytest.raises(InputError, match="already exists"), store.session("Chair") as s:
        strategy.add(s, "Dup", number=2)
    with pytest.raises(NotFound), store.reader() as s:
        strategy.get(s, 7)
    with pytest.raises(InputError, match="comment"), store.session("Chair") as s:
        strategy.update(s, strategy.get(s, 2), status=None, comment="")
    with pytest.raises(InputError, match="strategy status"), store.session("Chair") as s:
        strategy.update(s, strategy.get(s, 2), status="done", comment="x")


def test_the_boards_disruption_log(store):
    with store.session("Chair") as s:
        threat = make_threat(s)
        for level, on in (("major", "2026-11-01"), ("minor", "2026-06-01"),
                          ("minor", "2025-01-01")):
            disruptions.add(s, threat, agency="Police", strand="Pursue", level=level,
                            justification=f"{level} {on}", on=on, today=TODAY)
    with store.reader() as s:
        recent = disruptions.log(s, start="2026-05-25", end="2026-11-23")
        minor = disruptions.log(s, level="Minor")
    assert [(r.level, r.dated_on.isoformat()) for r in recent] == [
        ("major", "2026-11-01"), ("minor", "2026-06-01")]
    assert [r.justification for r in minor] == ["minor 2026-06-01", "minor 2025-01-01"]
    assert recent[0].threat == "OCG 05/00283" and recent[0].agency == "Police"
