"""The control strategy travels between board laptops like any record, never in an
agency's extract, and an agency's return may not touch it."""

from __future__ import annotations

from tests.sync.conftest import syncable_state
from tests.sync.hostile import forge, refused
from tests.sync.test_hostile_roles import appended

CONTROL = ("control_strategy", "control_area", "control_battle", "control_priority")


def rows(laptop, table: str) -> list:
    return laptop.query(f"SELECT * FROM {table} ORDER BY id")


def test_a_deputy_gets_the_chairs_battles_and_adoption(chair_and_deputy, tmp_path):
    chair, deputy = chair_and_deputy
    assert [rows(chair, t) for t in CONTROL] == [rows(deputy, t) for t in CONTROL]
    chair.ok("control", "battle", "add", "Drug Supply", "Close cuckooed addresses")
    chair.ok("control", "battle", "withdraw", "OIC", "1")
    chair.ok("control", "adopt", "--title", "Control Strategy 2026", "--date", "2026-06-01")
    changes = tmp_path / "changes.ocgx"
    chair.ok("export", "--full", "--since-last", "--to", "Deputy", "-o", str(changes))
    deputy.ok("import", str(changes), "--yes")
    assert syncable_state(chair) == syncable_state(deputy)
    assert deputy.json("control", "show")["title"] == "Control Strategy 2026"
    old = deputy.json("control", "show", "--on", "2026-05-31")
    assert [b["text"] for b in old["areas"][3]["battles"]] == [
        "Develop mid-market supply intelligence", "Disrupt the middle market",
        "Close cuckooed addresses"]
    assert deputy.ok("verify").startswith("verify: OK")


def test_an_agencys_extract_carries_none_of_the_strategy(chair_and_dwp, tmp_path):
    chair, dwp = chair_and_dwp
    chair.ok("control", "battle", "add", "Fraud", "A board-only battle plan")
    extract = tmp_path / "dwp.ocgx"
    chair.ok("export", "--agency", "DWP", "--yes", "-o", str(extract))
    dwp.ok("import", str(extract), "--yes")
    # The agency laptop holds only what every laptop seeds for itself, never the board's.
    battles = [r for r in rows(dwp, "control_battle")]
    assert "A board-only battle plan" not in str(battles)
    assert len(battles) == 14


def test_an_agencys_return_may_not_touch_the_strategy(agency_return, tmp_path):
    chair, dwp, good = agency_return
    battle = rows(chair, "control_battle")[0][0]
    battle = battle.hex() if isinstance(battle, bytes) else battle
    edit = appended(lambda r, m: ("control_battle", battle, {"text": "Stand down"}))
    refused(chair, forge(good, chair, dwp, tmp_path / "f", edit),
            says="outside what an agency may change")
