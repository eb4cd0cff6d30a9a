"""An action's number is the board's to give: an agency's return can neither set nor
change one, whichever way its records try, and an agency's laptop never numbers an
action itself (a number of its own would make its whole return the board's to refuse).

Each attack is a validly signed, validly chained return from DWP's real key, refused
in one line with the chair's store byte for byte unchanged.
"""

from __future__ import annotations

import json

from tests.sync.hostile import ENTITY, ROW, forge, refused, sets, setting
from tests.sync.test_hostile_chains import own
from tests.sync.test_hostile_roles import appended


def dwp_action(records, manifest) -> str:
    """One of DWP's own actions, which its return moved on."""
    return next(f[ROW] for f in own(records, manifest)
                if f[ENTITY] == "action" and "status" in sets(f))


def test_an_agency_cannot_set_its_own_actions_number(agency_return, tmp_path):
    chair, dwp, good = agency_return
    edit = appended(lambda r, m: ("action", dwp_action(r, m), {"number": 1}))
    refused(chair, forge(good, chair, dwp, tmp_path / "f", edit),
            says="outside what an agency may change")


def test_an_agency_cannot_slip_a_number_into_a_status_move(agency_return, tmp_path):
    chair, dwp, good = agency_return

    def renumbered(records, manifest):
        for fields in own(records, manifest):
            if fields[ENTITY] == "action" and "status" in sets(fields):
                setting(fields, {**sets(fields), "number": 99})
        return records

    refused(chair, forge(good, chair, dwp, tmp_path / "f", renumbered),
            says="outside what an agency may change")


def test_an_agency_cannot_raise_a_numbered_action_of_its_own(agency_return, tmp_path):
    chair, dwp, good = agency_return

    def raised(records, manifest):
        threat = chair_value(chair, "SELECT threat_id FROM action WHERE id = ?",
                             dwp_action(records, manifest))
        return ("action", "c" * 32, {"threat_id": threat, "number": 1, "strand": "Pursue",
                                     "specific": "x", "status": "proposed"})

    refused(chair, forge(good, chair, dwp, tmp_path / "f", appended(raised)),
            says="outside what an agency may change")


def chair_value(chair, sql: str, *args):
    conn = chair.connect()
    try:
        value = conn.execute(sql, args).fetchone()[0]
    finally:
        conn.close()
    return value.hex() if isinstance(value, bytes) else value


def test_an_agency_laptop_shows_the_boards_numbers_and_sends_none_back(agency_return):
    chair, dwp, good = agency_return
    board = {a["id"]: a["number"] for a in chair.json("action", "list")}
    shown = {a["id"]: a["number"] for a in dwp.json("action", "list")}
    assert shown and all(shown[key] == board[key] for key in shown)
    own = dwp.query("SELECT c.fields FROM change c JOIN device d ON d.id = c.device_id "
                    "WHERE d.is_local")
    assert own and not any("number" in json.loads(fields) for (fields,) in own)
    said = chair.ok("import", str(good), "--yes")
    assert "1 action" in said, said
