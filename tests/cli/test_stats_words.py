"""`ocgboard stats` says which figures are of the period and which are as at its end."""

from __future__ import annotations


def test_stats_keep_the_period_apart_from_its_end(board_cli):
    cli = board_cli
    for level in ("minor", "none", "negative"):
        assert cli("disruption", "add", "OCG 05/00283", "--agency", "Police", "--strand",
                   "Pursue", "--level", level, "--justification", level,
                   "--on", "2026-11-01")[0] == 0
    code, out, _ = cli("stats", "--from", "2026-06-01", "--to", "2026-11-23")
    assert code == 0
    assert ("in the period: threats disrupted 0, dismantled 0, frustrated 1; disruptions "
            "(major, moderate or minor) 1, recorded as none 1, as negative 1; actions raised "
            "1, completed 0") in out
    assert ("as at 2026-11-23, on live plans: open actions 1, overdue 0; multi-agency "
            "threats 0; reviews overdue 0") in out
