"""A laptop passing on another's records: it can neither forge nor alter one.

Each device signs the head of its own chain; a replica carries those heads,
and the import checks each device's records against its own signature. Every
attack is made with the relaying laptop's real keys and refused in one line,
the store unchanged.
"""

from __future__ import annotations

import base64
import zlib

import pytest

from ocgboard.core import setup
from tests.sync.conftest import syncable_state
from tests.sync.hostile import HLC, SEQ, forge, opened, refused, sealed, sets, setting


def number_of(manifest: dict, device: str) -> str:
    return next(num for num, uuid in manifest["devices"].items() if uuid == device)


@pytest.fixture
def relayed(chair_and_deputy, laptops, tmp_path):
    """The deputy's edit, imported by the chair, which passes it on to a third board
    laptop in a full replica."""
    chair, deputy = chair_and_deputy
    ref = deputy.json("ocg", "list")[0]["reference"]
    for area in ("Dockside", "Old Town", "Saltmarsh"):
        deputy.ok("ocg", "edit", ref, "--area", area, author="Deputy")
    back = tmp_path / "back.ocgx"
    deputy.ok("export", "--full", "--to", "Chair", "-o", str(back))
    chair.ok("import", str(back), "--yes")
    third = laptops("third")
    chair.ok("keys", "import", str(third.card()), "--board", "--name", "Third")
    third.ok("keys", "import", str(chair.card()), "--board", "--name", "Chair")
    relay = tmp_path / "relay.ocgx"
    chair.ok("export", "--full", "--to", "Third", "-o", str(relay))
    return chair, deputy, third, relay, ref


def test_a_relayed_replica_carries_the_deputys_records_under_its_own_head(relayed):
    chair, deputy, third, relay, ref = relayed
    third.ok("import", str(relay), "--yes")
    assert third.json("ocg", "show", ref)["area"] == "Saltmarsh"
    assert syncable_state(third) == syncable_state(chair)
    assert third.json("verify")["ok"]
    conn = third.connect()
    try:
        kept = {row[0] for row in conn.execute("SELECT device FROM signed_head")}
    finally:
        conn.close()
    assert deputy.device_id in kept  # so that the third laptop may pass them on in turn


def test_the_relayer_cannot_alter_the_deputys_record(relayed, tmp_path):
    chair, deputy, third, relay, _ref = relayed

    def alter(records, manifest):
        num = number_of(manifest, deputy.device_id)
        for fields in records:
            if fields[0] == num and "area" in sets(fields):
                setting(fields, {**sets(fields), "area": "Somewhere else"})
        return records

    forged = forge(relay, third, chair, tmp_path / "f", alter)  # chained and re-signed
    refused(third, forged, says="do not run to that laptop's signed head")


def test_the_relayer_cannot_leave_out_one_of_the_deputys_records(relayed, tmp_path):
    chair, deputy, third, relay, _ref = relayed

    def drop_second(records, manifest):
        num = number_of(manifest, deputy.device_id)
        second = [i for i, fields in enumerate(records) if fields[0] == num][1]
        return records[:second] + records[second + 1:]

    forged = forge(relay, third, chair, tmp_path / "f", drop_second, chained=False)
    refused(third, forged, says="do not run to that laptop's signed head")


def test_the_deputys_records_without_their_start_are_held_back_not_applied(relayed, tmp_path):
    """A file may begin a chain where the receiver's copy of it ends; one that begins
    after it leaves a gap: its records wait, under their own head, for the rest."""
    chair, deputy, third, relay, ref = relayed

    def drop_first(records, manifest):
        num = number_of(manifest, deputy.device_id)
        first = next(i for i, fields in enumerate(records) if fields[0] == num)
        return records[:first] + records[first + 1:]

    forged = forge(relay, third, chair, tmp_path / "f", drop_first, chained=False)
    said = third.ok("import", str(forged), "--yes")
    assert "HELD BACK" in said and "has not arrived" in said, said
    assert third.json("ocg", "show", ref)["area"] != "Saltmarsh"
    third.ok("import", str(relay), "--yes")  # the whole chain: the held records go in
    assert third.json("ocg", "show", ref)["area"] == "Saltmarsh"
    assert syncable_state(third) == syncable_state(chair)


def test_the_relayer_cannot_add_a_record_in_the_deputys_name(relayed, tmp_path):
    chair, deputy, third, relay, _ref = relayed

    def add(records, manifest):
        num = number_of(manifest, deputy.device_id)
        last = [fields for fields in records if fields[0] == num][-1]
        extra = list(last)
        extra[SEQ], extra[HLC] = str(int(last[SEQ]) + 1), str(int(last[HLC]) + 1)
        setting(extra, {"area": "Added on the way"})
        return records + [extra]

    forged = forge(relay, third, chair, tmp_path / "f", add)
    refused(third, forged, says="do not run to that laptop's signed head")


def test_records_of_a_device_without_its_head_are_refused(relayed, tmp_path):
    chair, deputy, third, relay, _ref = relayed

    def drop_head(records, manifest):
        del manifest["heads"][deputy.device_id]
        return records

    forged = forge(relay, third, chair, tmp_path / "f", drop_head)
    refused(third, forged, says="without that laptop's signed head")


def test_a_head_signed_by_another_key_than_the_devices_is_refused(relayed, tmp_path):
    chair, deputy, third, relay, _ref = relayed
    chair_head = None

    def swap_key(records, manifest):
        nonlocal chair_head
        chair_head = manifest["heads"][chair.device_id]
        head = manifest["heads"][deputy.device_id]
        head["key"] = chair_head["key"]
        return records

    forged = forge(relay, third, chair, tmp_path / "f", swap_key)
    refused(third, forged, says="is not that device's")


def test_a_head_whose_signature_does_not_hold_is_refused(relayed, tmp_path):
    chair, deputy, third, relay, _ref = relayed

    def flip(records, manifest):
        head = manifest["heads"][deputy.device_id]
        raw = bytearray(base64.b64decode(head["signature"]))
        raw[0] ^= 1
        head["signature"] = base64.b64encode(bytes(raw)).decode()
        return records

    forged = forge(relay, third, chair, tmp_path / "f", flip)
    refused(third, forged, says="does not hold")


@pytest.mark.parametrize("value", [None, [], "x", {"a": 1}, {"seq": -1}])
def test_malformed_heads_are_refused(relayed, tmp_path, value):
    chair, _deputy, third, relay, _ref = relayed

    def spoil(records, manifest):
        if isinstance(value, dict):
            manifest["heads"][chair.device_id] = value
        else:
            manifest["heads"] = value
        return records

    forged = forge(relay, third, chair, tmp_path / "f", spoil, chained=False)
    refused(third, forged, says="head")


def test_the_librarys_seed_records_never_travel(relayed, tmp_path):
    """Every laptop seeds its own; one in a file was put there."""
    chair, _deputy, third, relay, _ref = relayed
    inner, manifest, packed = opened(relay, third, tmp_path / "s")
    assert setup.SEED_DEVICE not in manifest["heads"]
    conn = chair.connect()
    try:
        seed = conn.execute("SELECT c.seq, c.hlc, c.author, c.entity, c.row_id, c.fields, "
                            "c.supersedes, c.hash FROM change c "
                            "JOIN device d ON d.id = c.device_id WHERE d.uuid = ? "
                            "ORDER BY c.seq LIMIT 1", (setup.SEED_DEVICE,)).fetchone()
    finally:
        conn.close()
    num = str(max(int(n) for n in manifest["devices"]) + 1)
    manifest["devices"][num] = setup.SEED_DEVICE
    seed = (*seed[:-1], bytes(seed[-1]).hex())
    body = zlib.decompress(packed) + ("\t".join([num] + ["" if v is None else str(v)
                                                        for v in seed]) + "\n").encode()
    count = body.count(b"\n")
    forged = sealed(inner, manifest, zlib.compress(body), count, third, chair, tmp_path / "s")
    refused(third, forged, says="library's seed")
