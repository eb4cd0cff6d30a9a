"""Withdrawing an action is the board's: an agency's return that withdraws one of its
actions, or writes a withdrawal into its trail, is refused in one line."""

from __future__ import annotations

from tests.sync.hostile import ENTITY, forge, refused, sets, setting
from tests.sync.test_hostile_chains import own
from tests.sync.test_hostile_roles import changing


def test_an_agency_cannot_withdraw_its_own_action(agency_return, tmp_path):
    chair, dwp, good = agency_return

    def withdraw(records, manifest):
        for fields in own(records, manifest):
            if fields[ENTITY] == "action" and "status" in sets(fields):
                setting(fields, {**sets(fields), "status": "withdrawn"})
        return records

    refused(chair, forge(good, chair, dwp, tmp_path / "f", withdraw),
            says="cannot become withdrawn")


def test_an_agency_cannot_write_a_withdrawal_into_a_trail(agency_return, tmp_path):
    chair, dwp, good = agency_return
    refused(chair, forge(good, chair, dwp, tmp_path / "f",
                         changing("action_update", "status", "withdrawn")),
            says="only the board withdraws an action")
