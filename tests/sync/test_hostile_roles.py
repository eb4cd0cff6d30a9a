"""An agency's laptop may add progress to its own actions and move their status
on; each record it sends is held to that, with the app's own vocabularies and
limits. Every case is a validly signed, validly chained return from DWP's
real key, refused in one line with the chair's store byte for byte unchanged.
"""

from __future__ import annotations

import pytest

from tests.sync.hostile import (
    AUTHOR,
    ENTITY,
    HLC,
    ROW,
    SEQ,
    SUPERSEDES,
    forge,
    refused,
    sets,
    setting,
)
from tests.sync.test_hostile_chains import own


def chair_query(chair, sql: str, *args):
    conn = chair.connect()
    try:
        return conn.execute(sql, args).fetchone()
    finally:
        conn.close()


def board_made_update(chair) -> str:
    """A progress update the chair wrote on one of DWP's actions."""
    return chair_query(chair, "SELECT u.id FROM action_update u JOIN action a ON "
                              "a.id = u.action_id JOIN agency g ON g.id = a.owner_agency_id "
                              "WHERE g.short_name = 'DWP' LIMIT 1")[0]


def someone_else(chair) -> str:
    """A person of another agency: a name an agency's laptop must not sign as."""
    return chair_query(chair, "SELECT p.name FROM person p JOIN agency g ON g.id = "
                              "p.agency_id WHERE g.short_name != 'DWP' LIMIT 1")[0]


def appended(make):
    """A return with one more record at the end of DWP's own chain."""
    def edit(records, manifest):
        last = own(records, manifest)[-1]
        extra = list(last)
        extra[SEQ], extra[HLC] = str(int(last[SEQ]) + 1), str(int(last[HLC]) + 1)
        entity, row, values = make(records, manifest)
        extra[ENTITY], extra[ROW], extra[SUPERSEDES] = entity, row, ""
        setting(extra, values)
        return [*records, extra]
    return edit


def changing(entity: str, fld: str, value):
    """The return's own record of `entity` made to set `fld` to `value`."""
    def edit(records, manifest):
        for fields in own(records, manifest):
            if fields[ENTITY] == entity and fld in sets(fields):
                setting(fields, {**sets(fields), fld: value})
        return records
    return edit


def uid(value: str) -> str:
    return value.hex() if isinstance(value, bytes) else value.replace("-", "")


@pytest.mark.parametrize("fld, new", [
    ("deleted", True),  # tombstoned
    ("comment", "Nothing found"),  # rewritten
    ("board_only", False),  # a board-only note made the partners' to read
])
def test_an_agency_cannot_touch_a_board_made_update(agency_return, tmp_path, fld, new):
    chair, dwp, good = agency_return
    row = uid(board_made_update(chair))
    edit = appended(lambda r, m: ("action_update", row, {fld: new}))
    refused(chair, forge(good, chair, dwp, tmp_path / "f", edit),
            says="a progress update the agency did not write")


def test_an_agency_cannot_move_its_own_update_to_another_action(agency_return, tmp_path):
    chair, dwp, good = agency_return
    chair.ok("import", str(good), "--yes")
    other = uid(chair_query(chair, "SELECT a.id FROM action a JOIN agency g ON "
                                   "g.id = a.owner_agency_id WHERE g.short_name = 'DWP' "
                                   "ORDER BY a.id DESC LIMIT 1")[0])

    def move(records, manifest):
        update = next(f for f in own(records, manifest) if f[ENTITY] == "action_update")
        return ("action_update", update[ROW], {"action_id": other})

    refused(chair, forge(good, chair, dwp, tmp_path / "f", appended(move)),
            says="cannot move to another action")


def test_an_agency_cannot_give_its_action_to_another_person(agency_return, tmp_path):
    chair, dwp, good = agency_return
    police = uid(chair_query(chair, "SELECT p.id FROM person p JOIN agency g ON g.id = "
                                    "p.agency_id WHERE g.short_name != 'DWP' LIMIT 1")[0])

    def owner(records, manifest):
        action = next(f for f in own(records, manifest) if f[ENTITY] == "action")
        return ("action", action[ROW], {"owner_person_id": police})

    refused(chair, forge(good, chair, dwp, tmp_path / "f", appended(owner)),
            says="outside what an agency may change")


@pytest.mark.parametrize("new, says", [
    ("pwned<script>", "is not an action status"),
    ("proposed", "cannot become proposed"),  # an action under way never goes back
])
def test_an_action_status_must_move_along_the_vocabulary(agency_return, tmp_path, new, says):
    chair, dwp, good = agency_return

    def move(records, manifest):
        for fields in own(records, manifest):
            if fields[ENTITY] == "action" and "status" in sets(fields):
                setting(fields, {**sets(fields), "status": new})
        return records

    refused(chair, forge(good, chair, dwp, tmp_path / "f", move), says=says)


def test_a_status_move_is_judged_from_what_it_supersedes_not_what_it_claims(agency_return,
                                                                            tmp_path):
    """A record carries no 'old value' to lie with: a move that supersedes nothing
    moves from nothing, which no action status does."""
    chair, dwp, good = agency_return

    def unanchored(records, manifest):
        for fields in own(records, manifest):
            if fields[ENTITY] == "action" and "status" in sets(fields):
                fields[SUPERSEDES] = ""
        return records

    refused(chair, forge(good, chair, dwp, tmp_path / "f", unanchored),
            says="supersedes no status it moves from")


@pytest.mark.parametrize("fld, value, says", [
    ("comment", "x" * 20_000, "the limit is"),
    ("comment", "x" * 20_000_000, "impossibly long record"),
    ("status", "pwned<script>", "is not an action status"),
    ("dated_on", "2099-01-01", "in the future"),
    ("dated_on", "1066-10-14", "before any board kept records"),
    ("recorded_at", "2099-01-01T00:00:00", "recorded in the future"),
    ("board_only", "yes", "not true or false"),
])
def test_an_update_is_held_to_the_apps_own_rules(agency_return, tmp_path, fld, value, says):
    chair, dwp, good = agency_return
    refused(chair, forge(good, chair, dwp, tmp_path / "f", changing("action_update", fld, value)),
            says=says)


def test_an_update_cannot_sign_as_someone_of_another_agency(agency_return, tmp_path):
    chair, dwp, good = agency_return
    name = someone_else(chair)
    refused(chair, forge(good, chair, dwp, tmp_path / "f",
                         changing("action_update", "author", name)),
            says="one of the board's other people")


def test_a_change_record_cannot_name_someone_of_another_agency(agency_return, tmp_path):
    chair, dwp, good = agency_return
    name = someone_else(chair)

    def author(records, manifest):
        for fields in own(records, manifest):
            fields[AUTHOR] = name
        return records

    refused(chair, forge(good, chair, dwp, tmp_path / "f", author),
            says="one of the board's other people")


def test_an_agency_update_never_sits_on_a_board_meeting(agency_return, tmp_path):
    chair, dwp, good = agency_return
    meeting = chair_query(chair, "SELECT id FROM meeting LIMIT 1")
    if meeting is None:
        chair.ok("meeting", "add", "Board", "2026-11-20")
        meeting = chair_query(chair, "SELECT id FROM meeting LIMIT 1")

    def on_meeting(records, manifest):
        update = next(f for f in own(records, manifest) if f[ENTITY] == "action_update")
        return ("action_update", update[ROW], {"meeting_id": uid(meeting[0])})

    refused(chair, forge(good, chair, dwp, tmp_path / "f", appended(on_meeting)),
            says="never names a meeting id")


def test_the_honest_return_passes_every_rule(agency_return):
    chair, _dwp, good = agency_return
    said = chair.ok("import", str(good), "--yes")
    assert "1 progress update" in said and "1 action" in said, said
