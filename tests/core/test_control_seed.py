"""A new board holds seed 002's control strategy, row for row.

The seed's table is read here as the board wrote it (seeds/seed_002_control_strategy.md,
a copy of shared/seeds/002): its groups, threat areas, management models,
must-win battles (run together in the seed: the store holds each as its own
item, and they join back into the seed's words) and local priorities.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ocgboard.core import control, control_seed, setup, vocab
from ocgboard.store.models import ControlArea, ControlBattle, ControlPriority, ControlStrategy

SEED = Path(__file__).parent / "seeds" / "seed_002_control_strategy.md"
# The seed's spelling of each management model, and the vocabulary's.
MODELS = {"Regionally (SGG)-led": "regionally-led",
          "Force-led, ROCU assisted": "force-led, ROCU-assisted",
          "Nationally-led": "nationally-led"}


def seed_table() -> tuple[str, list[tuple[str, str, str, str]], list[str], list[str]]:
    """(title, [(group, area, model, battles as written)], priorities, themes)."""
    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    title = next(line.strip() for line in lines if "Control Strategy" in line)
    rows, priorities, themes, group = [], [], [], ""
    for line in lines:
        if not line.startswith("|") or set(line) <= set("|-"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if cells[0] == "Strategic Policing Requirement":
            themes = [c for c in cells[1:] if c]
        elif cells[0].startswith("Local Policing Priorities"):
            priorities = [c for c in cells[1:] if c]
        elif cells[0] != "SGG":
            group = cells[0] or group
            battles = re.sub(r"<ul[^>]*>", "", cells[4]).strip()
            rows.append((group, cells[1], cells[2], battles))
    return title, rows, priorities, themes


def test_the_seed_file_is_seed_002_row_for_row():
    title, rows, priorities, themes = seed_table()
    data = control_seed.strategy_file()
    assert data["title"] == title == "Interim Strategic Assessment; Control Strategy May 2024"
    assert data["themes"] == themes == ["Exploitation of the Vulnerable",
                                        "Domination of Communities",
                                        "Undermining of the UK Economy"]
    assert len(rows) == len(data["areas"]) == 9
    for (group, name, model, written), area in zip(rows, data["areas"], strict=True):
        assert (area["group"], area["name"], area["as_written"]) == (group, name, model)
        assert area["management_model"] == MODELS[model]
        assert area["management_model"] in vocab.values("management_models")
        # Each battle as its own item, which joined back give the seed's words.
        assert written in {" ".join(area["battles"]), " & ".join(area["battles"])}, name
    assert data["priorities"] == priorities == [
        "MSHT (facilitated by OIC)", "County Lines & Drugs Supply", "CSAE",
        "Cyber Dependent Crime", "Fraud"]
    assert {a["group"] for a in data["areas"]} == {"SOC Management", "Commodity",
                                                   "Vulnerability", "Prosperity"}


def test_the_battles_are_split_where_the_seed_ran_them_together():
    battles = {a["name"]: a["battles"] for a in control_seed.strategy_file()["areas"]}
    assert battles["SOC Consistency"] == [
        "Diagnose issues/Plan/start to improve SOC Master List (OCGs)",
        "Implement greater control over professional enablers",
        "Improve SOC system tasking & roll-out APMIS"]
    assert battles["Drug Supply"] == ["Develop mid-market supply intelligence",
                                      "Disrupt the middle market"]
    assert battles["Fraud"] == ["Improve ML awareness & intel processes",
                                "Develop courier fraud trigger plan"]
    assert battles["OIC"] == ["Significantly improve intelligence picture",
                              "Target harden infrastructure vulnerabilities"]
    # An '&' before a lower-case word joins one battle.
    assert battles["Prison-related SOC"] == [
        "Set minimum standard (CIPRA) & build case for change"]
    assert sum(len(b) for b in battles.values()) == 14


def test_a_new_board_holds_the_seeded_strategy_in_force(store):
    title, rows, priorities, themes = seed_table()
    with store.reader() as s:
        strategy = control.in_force(s)
        assert strategy is not None and strategy.title == title
        assert strategy.adopted_on == dt.date(2024, 5, 1)
        assert control.themes(strategy) == themes
        assert control.superseded_on(s, strategy) is None
        held = [(a.group_name, a.name, a.management_model,
                 [b.text for b in control.battles(s, a)]) for a in control.areas(s, strategy)]
        assert [(g, n, MODELS[m]) for g, n, m, _ in rows] == [h[:3] for h in held]
        for (_g, name, _m, written), (*_, battles) in zip(rows, held, strict=True):
            assert written in {" ".join(battles), " & ".join(battles)}, name
        assert [p.text for p in control.priorities(s, strategy)] == priorities


def test_the_seed_is_made_once_with_the_same_ids_on_every_laptop(store, tmp_path):
    other = setup.open_board(str(tmp_path / "other.sqlite"))
    try:
        setup.ensure_seeded(store)  # again: nothing more
        ids = []
        for each in (store, other):
            with each.reader() as s:
                ids.append({model.__tablename__: sorted(r.id for r in s.query(model))
                            for model in (ControlStrategy, ControlArea, ControlBattle,
                                          ControlPriority)})
        assert ids[0] == ids[1]
        assert [len(v) for v in ids[0].values()] == [1, 9, 14, 5]
    finally:
        other.close()
