"""The import summary counts things in the board's words."""

from ocgboard.store.base import syncable_tables
from ocgboard.sync.describe import counted


def test_every_kind_of_record_is_counted_in_plain_english():
    assert counted(9, "agency") == "9 agencies"
    assert counted(2, "person") == "2 people"
    assert counted(1, "agency") == "1 agency"
    assert counted(3, "action_update") == "3 progress updates"
    assert counted(1_200, "disruption") == "1,200 disruptions"
    for table in syncable_tables():
        plural = counted(2, table)
        assert not plural.endswith(("ys", "ss", "_")), plural
        assert "_" not in plural, plural
