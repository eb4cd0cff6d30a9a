"""Each device's chain, walked by the import: forged links, forks, gaps and
records that supersede what has not arrived.

DWP's laptop signs with its real key whatever records it likes
(tests/sync/hostile.forge hashes each forged record into its chain, as the
device's own code would). A broken chain or a fork is refused whole; a record
that cannot be applied yet is held back, never applied blind, and applied
when what it waits for arrives.
"""

from __future__ import annotations

import json

import pytest

from tests.sync.conftest import introduce_boards, syncable_state
from tests.sync.hostile import (
    DEVICE,
    ENTITY,
    HLC,
    SEQ,
    SUPERSEDES,
    forge,
    refused,
    sets,
    setting,
    text_of,
)


@pytest.fixture
def two_returns(chair_and_dwp, tmp_path):
    """DWP has sent two returns, one after the other, each moving an action on."""
    chair, dwp = chair_and_dwp
    extract = tmp_path / "dwp.ocgx"
    chair.ok("export", "--agency", "DWP", "--yes", "-o", str(extract))
    dwp.ok("import", str(extract), "--yes")
    open_actions = [a for a in dwp.json("action", "list")
                    if a["status"] in ("proposed", "agreed")]
    returns = []
    for number, action in enumerate(open_actions[:2], 1):
        dwp.ok("action", "update", action["id"][:8], "--status", "in progress", "--comment",
               f"Claims under review {number}", author="Jo Bloggs (DWP)")
        path = tmp_path / f"return-{number}.ocgx"
        dwp.ok("export", "--full", "--to", "Chair", "--since-last", "-o", str(path))
        returns.append(path)
    return chair, dwp, returns


def held_records(laptop) -> list[tuple]:
    conn = laptop.connect()
    try:
        return conn.execute("SELECT seq, reason FROM held_record ORDER BY seq").fetchall()
    finally:
        conn.close()


def comments(laptop) -> list[str]:
    conn = laptop.connect()
    try:
        return [c for (c,) in conn.execute("SELECT comment FROM action_update")]
    finally:
        conn.close()


def own(records, manifest):
    """The sender's own records (its device number in the file)."""
    sender = manifest["sender"]["device"]
    number = next(k for k, v in manifest["devices"].items() if v == sender)
    return [fields for fields in records if fields[DEVICE] == number]


def chairs_last_record(chair) -> tuple[str, int]:
    """The chair's device id and the number of its last record."""
    conn = chair.connect()
    try:
        return conn.execute("SELECT uuid, last_seq FROM device WHERE is_local").fetchone()
    finally:
        conn.close()


def also_supersedes(fields: list[str], name: str, ref: str) -> None:
    """A record in a file made to supersede `ref` too, in field `name`."""
    replaced = json.loads(fields[SUPERSEDES] or "{}")
    replaced[name] = " ".join(filter(None, [replaced.get(name), ref]))
    fields[SUPERSEDES] = text_of(replaced)


def test_a_record_whose_hash_does_not_follow_its_chain_is_refused(two_returns, tmp_path):
    chair, dwp, (first, _second) = two_returns

    def altered(records, manifest):
        last = own(records, manifest)[-1]
        setting(last, {**sets(last), "status": "completed"})
        return records

    refused(chair, forge(first, chair, dwp, tmp_path / "f", altered, chained=False),
            says="does not match its chain")


def test_a_clock_that_runs_back_along_the_chain_is_refused(two_returns, tmp_path):
    chair, dwp, (first, _second) = two_returns

    def back(records, manifest):
        mine = own(records, manifest)
        mine[-1][HLC] = str(int(mine[-2][HLC]) - 1)
        return records

    refused(chair, forge(first, chair, dwp, tmp_path / "f", back),
            says="stamped no later than the record before it")


def test_a_different_record_where_one_is_held_is_a_fork_and_refused(two_returns, tmp_path):
    chair, dwp, (first, _second) = two_returns
    chair.ok("import", str(first), "--yes")

    def forked(records, manifest):
        for fields in own(records, manifest):
            if "comment" in sets(fields):
                setting(fields, {**sets(fields), "comment": "Claims closed, nothing found"})
        return records

    refused(chair, forge(first, chair, dwp, tmp_path / "f", forked), says="has forked")


def test_a_jump_in_sequence_is_held_back_not_applied(two_returns, tmp_path):
    chair, dwp, (first, _second) = two_returns
    before = syncable_state(chair)

    def jump(records, manifest):
        for offset, fields in enumerate(own(records, manifest)):
            fields[SEQ] = str(1_000_000_000 + offset)
        return records

    said = chair.ok("import", str(forge(first, chair, dwp, tmp_path / "f", jump)), "--yes")
    assert "HELD BACK" in said and "record 1 of DWP team has not arrived" in said, said
    assert syncable_state(chair) == before
    assert held_records(chair) and held_records(chair)[0][0] == 1_000_000_000
    assert "OK" in chair.ok("verify")


def test_a_return_that_arrives_first_waits_for_the_one_before(two_returns):
    chair, dwp, (first, second) = two_returns
    said = chair.ok("import", str(second), "--yes")
    assert "HELD BACK" in said, said
    assert "Claims under review 2" not in comments(chair)
    chair.ok("import", str(first), "--yes")
    assert held_records(chair) == []
    assert {"Claims under review 1", "Claims under review 2"} <= set(comments(chair))
    assert "OK" in chair.ok("verify")


def test_a_record_that_supersedes_by_hash_what_the_board_never_held_is_held_back(
        two_returns, tmp_path):
    """An agency names the board's records by their hash (record.py): a hash of no
    record of that row waits, as any record whose forebear has not arrived."""
    chair, dwp, (first, _second) = two_returns

    def unheard_of(records, manifest):
        for fields in own(records, manifest):
            if fields[ENTITY] == "action" and "status" in sets(fields):
                also_supersedes(fields, "status", "h:" + "ab" * 32)
        return records

    statuses = {a["id"]: a["status"] for a in chair.json("action", "list")}
    said = chair.ok("import", str(forge(first, chair, dwp, tmp_path / "f", unheard_of)),
                    "--yes")
    assert "HELD BACK" in said and "a record of the board's that DWP team was shown" in said
    assert held_records(chair)
    assert {a["id"]: a["status"] for a in chair.json("action", "list")} == statuses
    assert "OK" in chair.ok("verify")


def test_a_record_that_supersedes_what_has_not_arrived_is_held_back(
        two_returns, laptops, tmp_path):
    """The poison: a return claims to supersede the chair's next record. Applied
    blind, the chair's next edit of that field would supersede it back, and
    every later import of the chair's replica would crash on circular heads."""
    chair, dwp, (first, _second) = two_returns
    deputy = laptops("deputy")
    introduce_boards(chair, deputy)
    local, top = chairs_last_record(chair)

    def poison(records, manifest):
        for fields in own(records, manifest):
            if fields[ENTITY] == "action" and "status" in sets(fields):
                also_supersedes(fields, "status", f"{local}:{top + 1}")
        return records

    said = chair.ok("import", str(forge(first, chair, dwp, tmp_path / "f", poison)), "--yes")
    assert "HELD BACK" in said and f"record {top + 1} of" in said, said
    action = next(a for a in chair.json("action", "list", "--agency", "DWP")
                  if a["status"] == "in progress")
    chair.ok("action", "update", action["id"][:8], "--status", "completed", "--comment",
             "Closed at the board")
    replica = tmp_path / "replica.ocgx"
    chair.ok("export", "--full", "--to", "Deputy", "-o", str(replica))
    deputy.ok("import", str(replica), "--yes")
    assert "OK" in chair.ok("verify")
    assert "OK" in deputy.ok("verify")


def test_the_chair_sees_what_waits_and_may_discard_it(two_returns):
    chair, _dwp, (_first, second) = two_returns
    chair.ok("import", str(second), "--yes")
    waiting = chair.json("held", "list")
    assert len(waiting) == 1 and waiting[0]["records"] == len(held_records(chair))
    assert "has not arrived" in chair.ok("held", "list")
    chair.ok("held", "discard", waiting[0]["device"][:8])
    assert held_records(chair) == [] and chair.json("held", "list") == []
    assert "OK" in chair.ok("verify")


def test_a_laptop_that_tells_two_stories_is_quarantined_not_a_stop(two_returns, laptops,
                                                                   tmp_path):
    """DWP sends the chair one return and the deputy another with the same record
    numbers. The deputy's next replica from the chair carries the chair's story:
    the deputy holds DWP's other records back as a fork and takes the rest."""
    chair, dwp, (first, _second) = two_returns
    deputy = laptops("deputy")
    introduce_boards(chair, deputy)
    deputy.ok("keys", "import", str(dwp.card()), "--agency", "DWP", "--name", "DWP team")
    replica = tmp_path / "replica.ocgx"
    chair.ok("export", "--full", "--to", "Deputy", "-o", str(replica))
    deputy.ok("import", str(replica), "--yes")
    chair.ok("import", str(first), "--yes")

    def other_story(records, manifest):
        for fields in own(records, manifest):
            if "comment" in sets(fields):
                setting(fields, {**sets(fields), "comment": "Nothing to report"})
        return records

    told = forge(first, chair, dwp, tmp_path / "f", other_story, to=deputy)
    deputy.ok("import", str(told), "--yes")
    ref = chair.json("ocg", "list")[0]["reference"]
    chair.ok("ocg", "edit", ref, "--area", "Saltmarsh")
    again = tmp_path / "again.ocgx"
    chair.ok("export", "--full", "--to", "Deputy", "--since-last", "-o", str(again))
    said = deputy.ok("import", str(again), "--yes")
    assert "HELD BACK" in said and "forked" in said, said
    assert deputy.json("ocg", "show", ref)["area"] == "Saltmarsh"
    assert "Nothing to report" in comments(deputy)
    assert "forked" in deputy.ok("held", "list")


@pytest.fixture
def held_at_the_chair(two_returns, laptops, tmp_path):
    """DWP's last record supersedes a record of the chair's that does not exist yet:
    the chair holds it back and takes DWP's earlier records. A deputy has just met
    the chair. Returns the three laptops, a way to send the poisoned return again,
    and what the chair holds back."""
    chair, dwp, (first, _second) = two_returns
    deputy = laptops("deputy")
    introduce_boards(chair, deputy)
    local, top = chairs_last_record(chair)

    def poison_last(records, manifest):
        last = own(records, manifest)[-1]
        also_supersedes(last, next(iter(json.loads(last[SUPERSEDES] or "{}") or sets(last))),
                        f"{local}:{top + 1}")
        return records

    def send(name: str):
        chair.ok("import", str(forge(first, chair, dwp, tmp_path / name, poison_last)), "--yes")

    send("f")
    return chair, dwp, deputy, send


def test_what_one_laptop_holds_back_of_a_device_the_next_holds_back_too(
        held_at_the_chair, tmp_path):
    """Passed on to the deputy, the two board laptops must hold the same board."""
    chair, dwp, deputy, _send = held_at_the_chair
    assert held_records(chair) and len(own_applied(chair, dwp)) >= 1
    replica = tmp_path / "replica.ocgx"
    chair.ok("export", "--full", "--to", "Deputy", "-o", str(replica))
    deputy.ok("import", str(replica), "--yes")
    assert syncable_state(deputy) == syncable_state(chair)


def own_applied(laptop, sender) -> list:
    conn = laptop.connect()
    try:
        return conn.execute("SELECT c.seq FROM change c JOIN device d ON d.id = c.device_id "
                            "WHERE d.uuid = ?", (sender.device_id,)).fetchall()
    finally:
        conn.close()


def test_records_held_back_and_passed_on_are_released_on_both_board_laptops(
        held_at_the_chair, tmp_path):
    """The chair passes on what it holds back, again with each file while it waits;
    once the record it waits for exists, both board laptops apply it alike."""
    chair, _dwp, deputy, send = held_at_the_chair
    for number in (1, 2):  # the second file brings the records held back once more
        changes = tmp_path / f"changes-{number}.ocgx"
        chair.ok("export", "--full", "--since-last", "--to", "Deputy", "-o", str(changes))
        deputy.ok("import", str(changes), "--yes")
        assert [seq for seq, _ in held_records(deputy)] == [seq for seq, _ in held_records(chair)]
        assert syncable_state(deputy) == syncable_state(chair)
    # The chair's next record is the one DWP's record supersedes: it can go in now.
    action = chair.json("action", "list", "--agency", "Police")[0]
    chair.ok("action", "edit", action["id"][:8], "--measurable", "Reviewed at the board")
    send("f2")
    assert held_records(chair) == []
    changes = tmp_path / "changes-3.ocgx"
    chair.ok("export", "--full", "--since-last", "--to", "Deputy", "-o", str(changes))
    deputy.ok("import", str(changes), "--yes")
    assert held_records(deputy) == []
    assert syncable_state(deputy) == syncable_state(chair)
    assert "OK" in chair.ok("verify") and "OK" in deputy.ok("verify")
