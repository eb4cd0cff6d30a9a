"""Validly signed records that no honest laptop writes: each refused in one line, the
store byte for byte as it was.

DWP's laptop runs its own code here: it signs with its real key whatever
records it likes (tests/sync/hostile.forge). The import must not trust them.
"""

from __future__ import annotations

import json

import pytest

from tests.sync.conftest import introduce_boards
from tests.sync.hostile import FIELDS, HLC, SEQ, SUPERSEDES, forge, refused, sets, text_of

HASH = 8
YEAR_9999_MS = 253_402_300_799_000
YEAR_3000_MS = 32_503_680_000_000
TWO_DAYS_MS = 2 * 86_400_000


def setting(index: int, value: str, *, where=lambda fields: True):
    def edit(records, _manifest):
        for fields in records:
            if where(fields):
                fields[index] = value
                break
        return records
    return edit


def in_field(name: str):
    return lambda fields: name in sets(fields)


def valued(name: str, value):
    """The first record setting `name` made to set it to `value`, the rest kept."""
    def edit(records, _manifest):
        for fields in records:
            if name in sets(fields):
                fields[FIELDS] = text_of({**sets(fields), name: value})
                break
        return records
    return edit


CASES = {
    "a sequence number past SQLite's integers": (setting(SEQ, str(2**63)), "malformed"),
    "a negative sequence number": (setting(SEQ, "-5"), "malformed"),
    "sequence number 0": (setting(SEQ, "0"), "malformed"),
    "a clock past SQLite's integers": (setting(HLC, str(2**70)), "malformed"),
    "a clock in the year 9999": (setting(HLC, str(YEAR_9999_MS << 16)), "malformed"),
    "a clock in the year 3000": (setting(HLC, str(YEAR_3000_MS << 16)), "ahead of this laptop"),
    "fields that are not JSON": (setting(FIELDS, '{"comment": not json',
                                         where=in_field("comment")), "malformed record"),
    "fields that are not an object": (setting(FIELDS, '["comment"]', where=in_field("comment")),
                                      "malformed record"),
    "a record that sets nothing": (setting(FIELDS, "{}", where=in_field("comment")),
                                   "malformed record"),
    "a value of the wrong type": (valued("comment", 5), ".comment: not a valid value"),
    "a lone surrogate in a value": (setting(FIELDS, json.dumps({"comment": "\ud800 claims"}),
                                            where=in_field("comment")),
                                    "comment is not valid UTF-8"),
    "supersedes that are not JSON": (setting(SUPERSEDES, "{oops", where=in_field("status")),
                                     "malformed"),
    "supersedes for a field it does not set": (
        setting(SUPERSEDES, json.dumps({"owner_agency_id": "ab" * 16 + ":1"}),
                where=in_field("status")), "malformed"),
    "a hash that is not hex": (setting(HASH, "zz" * 32), "malformed"),
    "a board record named by a hash that is not hex": (
        setting(SUPERSEDES, json.dumps({"status": "h:zz"}), where=in_field("status")),
        "supersedes in a malformed way"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_signed_but_impossible_record_is_refused_whole(agency_return, tmp_path, case):
    chair, dwp, good = agency_return
    edit, says = CASES[case]
    # Every other record's hash is made to hold, so that the check behind it is reached.
    refused(chair, forge(good, chair, dwp, tmp_path / "forged", edit,
                         chained=case != "a hash that is not hex"), says=says)


def test_the_honest_return_still_imports(agency_return, tmp_path):
    chair, dwp, good = agency_return
    again = forge(good, chair, dwp, tmp_path / "same", lambda records, _m: records)
    chair.ok("import", str(again), "--yes")


def test_a_clock_two_days_ahead_of_this_laptop_is_refused(agency_return, tmp_path, clock):
    chair, dwp, good = agency_return

    def ahead(records, _manifest):
        for fields in records:
            fields[HLC] = str((clock.wall_ms() + TWO_DAYS_MS) << 16)
        return records

    refused(chair, forge(good, chair, dwp, tmp_path / "ahead", ahead),
            says="more than a day ahead of this laptop's clock")


def written(name: str, text: str):
    """The first record setting `name` made to say, in its JSON text, `text` for it."""
    def edit(records, _manifest):
        for fields in records:
            if name in sets(fields):
                values = {**sets(fields), name: "\0"}
                fields[FIELDS] = text_of(values).replace('"\\u0000"', text)
                break
        return records
    return edit


# What a board laptop sends is held to the same values as anything typed: no
# reader may see one thing where another sees a second.
BOARD_CASES = {
    "a date with a line break after it": (valued("dated_on", "2026-12-01\n"), "dated_on"),
    "a date in other digits": (valued("dated_on", "２０２６-12-01"), "dated_on"),
    "a row id with a line break after it": (valued("action_id", "ab" * 16 + "\n"),
                                            "action_id"),
    "a field given twice": (written("comment", '"Started","comment":"Dropped"'),
                            "a record in the file is malformed"),
    "NaN for a value": (written("comment", "NaN"), "a record in the file is malformed"),
    "Infinity for a value": (written("comment", "-Infinity"),
                             "a record in the file is malformed"),
}


@pytest.fixture
def first_replica(laptops, tmp_path):
    """The chair's whole board, on its way to a new deputy's laptop."""
    chair, deputy = laptops("chair"), laptops("deputy")
    chair.ok("demo", "--scale", "small")
    introduce_boards(chair, deputy)
    replica = tmp_path / "replica.ocgx"
    chair.ok("export", "--full", "--to", "Deputy", "-o", str(replica))
    return chair, deputy, replica


@pytest.mark.parametrize("case", list(BOARD_CASES))
def test_a_board_laptops_impossible_value_is_refused_whole(first_replica, tmp_path, case):
    chair, deputy, replica = first_replica
    edit, says = BOARD_CASES[case]
    refused(deputy, forge(replica, deputy, chair, tmp_path / "forged", edit), says=says)
