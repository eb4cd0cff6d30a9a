"""The control strategy travels between board laptops like any record, never in an
agency's extract, and an agency's return may not touch it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.sync.conftest import syncable_state
from tests.sync.hostile import ENTITY, ROW, forge, refused, sets, setting
from tests.sync.test_hostile_chains import own
from tests.sync.test_hostile_roles import appended, uid

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


# -- The must-win battle an action serves is the board's, never an agency's ----------

def serve_battles(laptop) -> str:
    """Every action and strategic plan item of the board made to serve a battle; the
    battle's id."""
    from ocgboard.core import control, setup
    from ocgboard.store.models import Action, StrategyItem

    with laptop.on():
        store = setup.open_board(laptop.url)
        try:
            with store.session("Chair") as s:
                battle = control.battle(s, "Fraud", 2)
                for row in [*s.scalars(select(Action)), *s.scalars(select(StrategyItem))]:
                    row.battle_id = battle.id
                return battle.id.hex
        finally:
            store.close()


def test_a_deputy_gets_the_battles_the_chairs_tasking_serves_and_their_carrying_over(
        chair_and_deputy, tmp_path):
    chair, deputy = chair_and_deputy
    action = next(a for a in chair.json("action", "list") if a["status"] == "agreed")["id"]
    chair.ok("action", "edit", action[:8], "--battle", "4.2")
    chair.ok("strategy", "edit", "1", "--battle", "courier")
    chair.ok("control", "adopt", "--title", "Control Strategy 2026", "--date", "2026-06-01")
    changes = tmp_path / "changes.ocgx"
    chair.ok("export", "--full", "--since-last", "--to", "Deputy", "-o", str(changes))
    deputy.ok("import", str(changes), "--yes")
    assert syncable_state(chair) == syncable_state(deputy)
    assert deputy.json("action", "show", action[:8])["battle"] == \
        "4.2 Drug Supply: Disrupt the middle market"
    served = deputy.json("control", "coverage")["battles"]
    assert served["title"] == "Control Strategy 2026"
    assert [b["number"] for b in served["battles"] if not b["no_live_action"]] == ["4.2", "9.2"]
    assert deputy.ok("verify").startswith("verify: OK")


def test_an_agencys_extract_never_says_which_battle_its_tasks_serve(chair_and_dwp, tmp_path):
    from ocgboard.sync import scope

    assert all("battle_id" not in shown for shown in scope.extract_fields().values())
    chair, dwp = chair_and_dwp
    serve_battles(chair)
    extract = tmp_path / "dwp.ocgx"
    chair.ok("export", "--agency", "DWP", "--yes", "-o", str(extract))
    dwp.ok("import", str(extract), "--yes")
    held = dwp.query("SELECT battle_id FROM action")
    assert held and {b for (b,) in held} == {None}
    assert not [f for (f,) in dwp.query("SELECT fields FROM change") if "battle_id" in f]
    assert dwp.query("SELECT count(*) FROM strategy_item") == [(0,)]
    assert dwp.ok("verify").startswith("verify: OK")


@pytest.mark.parametrize("entity", ["action", "strategy_item"])
def test_an_agencys_return_may_not_say_which_battle_a_task_serves(agency_return, tmp_path,
                                                                  entity):
    chair, dwp, good = agency_return
    battle = uid(chair.query("SELECT id FROM control_battle")[0][0])

    def serve(records, manifest):
        if entity == "action":  # its own action
            row = next(f for f in own(records, manifest) if f[ENTITY] == "action")[ROW]
        else:
            row = uid(chair.query("SELECT id FROM strategy_item")[0][0])
        return (entity, row, {"battle_id": battle})

    refused(chair, forge(good, chair, dwp, tmp_path / "f", appended(serve)),
            says="outside what an agency may change")


def test_an_agencys_status_move_that_also_names_a_battle_is_refused(agency_return, tmp_path):
    chair, dwp, good = agency_return
    battle = uid(chair.query("SELECT id FROM control_battle")[0][0])

    def move(records, manifest):
        for fields in own(records, manifest):
            if fields[ENTITY] == "action" and "status" in sets(fields):
                setting(fields, {**sets(fields), "battle_id": battle})
        return records

    refused(chair, forge(good, chair, dwp, tmp_path / "f", move),
            says="battle_id: outside what an agency may change")
