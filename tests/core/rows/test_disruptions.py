
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
    assert logged.action.startswith("Pursue · ")
