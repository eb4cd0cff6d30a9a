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


def test_a_long_conflict_line_is_cut_with_an_ellipsis():
    from ocgboard.store import heads
    from ocgboard.sync.summary import MAX_LINE, Summary

    summary = Summary(describer=None)  # type: ignore[arg-type]  # conflicts never describe
    sides = [heads.Rec("a:1", 1, "a", "x" * 20_000, ()), heads.Rec("b:1", 2, "b", "short", ())]
    summary.conflict("threat", "0" * 32, "summary", sides)
    line = summary.conflicts[0]
    assert len(line) <= MAX_LINE and "…" in line and "'short'" in line
