"""Automatic backups are pruned as the stated policy says: the last few, then the
newest of each week for a while; what a person asked for is never pruned."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ocgboard.store.pruning import Policy, to_remove
from tests.sync.conftest import Laptop

NOW = dt.datetime(2026, 11, 23, 12, 0)


def made(days_ago: list[float]) -> list[tuple[dt.datetime, Path]]:
    found = [(NOW - dt.timedelta(days=d), Path(f"b{i}.sqlite")) for i, d in enumerate(days_ago)]
    return sorted(found, reverse=True)


def test_the_last_five_then_one_a_week_for_thirteen_weeks():
    # Ten today, then two a week for twenty weeks.
    found = made([0.01 * i for i in range(10)] + [7 * w + d for w in range(1, 21)
                                                   for d in (1, 3)])
    kept = [when for when, path in found if path not in to_remove(found, NOW, Policy())]
    assert kept[:5] == [when for when, _ in found[:5]]
    weekly = kept[5:]
    assert len({w.isocalendar()[:2] for w in weekly}) == len(weekly)  # one a week
    assert all(NOW - w <= dt.timedelta(weeks=13) for w in weekly)
    assert len(weekly) >= 12


@given(st.lists(st.floats(0, 400), max_size=60, unique=True), st.integers(1, 8),
       st.integers(0, 30))
def test_the_newest_are_always_kept_and_at_most_one_older_a_week(days, last, weeks):
    found = made(days)
    gone = set(to_remove(found, NOW, Policy(last, weeks)))
    kept = [(when, path) for when, path in found if path not in gone]
    assert kept[:last] == found[:last]
    older = [when for when, _ in kept[last:]]
    assert all(NOW - when <= dt.timedelta(weeks=weeks) for when in older)
    assert len({when.isocalendar()[:2] for when in older}) == len(older)


@pytest.mark.sqlite_only("laptops on SQLite files, whose backups are copies of the file")
def test_imports_prune_the_automatic_backups_and_leave_manual_ones(tmp_path, capsys, clock):
    chair, deputy = Laptop(tmp_path, "chair", capsys), Laptop(tmp_path, "deputy", capsys)
    chair.ok("demo", "--scale", "small")
    chair.ok("keys", "import", str(deputy.card()), "--board", "--name", "Deputy")
    deputy.ok("keys", "import", str(chair.card()), "--board", "--name", "Chair")
    said = deputy.ok("backup", "--keep-last", "2", "--keep-weeks", "0")
    assert "the last 2, then one a week for 0 weeks" in said
    deputy.ok("backup")  # asked for: never pruned
    for band in ("1A", "2A", "3A", "4A"):
        clock.advance(hours=1)
        chair.ok("ocg", "edit", "OCG 05/00102", "--band", band)
        replica = tmp_path / f"{band}.ocgx"
        chair.ok("export", "--full", "--to", "Deputy", "--since-last", "-o", str(replica))
        deputy.ok("import", str(replica), "--yes")
    backups = sorted(p.name for p in (deputy.home / "backups").iterdir())
    assert len([n for n in backups if n.endswith("-before-import.sqlite")]) == 2
    assert len([n for n in backups if n.endswith("-manual.sqlite")]) == 1
