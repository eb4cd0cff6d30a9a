"""A change record: one change of one row by one device.

A record carries the fields it sets, as one JSON object of their values, and
for each field it changes the records of that field it supersedes (their ids,
"device:seq", separated by spaces), as a second JSON object; a record that
supersedes nothing carries none. So one edit of a row is one record, and the
merge still decides field by field (heads.py).

A record is a plain tuple in the change table's column order, its id left
out: (device, seq, clock, author, entity, row id, fields, supersedes, hash).
Its device is the store's number for it in the log, its id in a digest.

An agency's laptop is shown the board as one: the records of its extract
come from no board laptop it could name (BOARD), and it knows each one by
its hash, "h:<hex>", which is also how its own records supersede them. A
board laptop holds the same record under its real id and finds it by that
hash among the records of its row (heads.by_field).
"""

from __future__ import annotations

import hashlib
import json
from json.encoder import encode_basestring

DEVICE, SEQ, HLC, AUTHOR, ENTITY, ROW, FIELDS, SUPERSEDES, HASH = range(9)
COLUMNS = ("device_id", "seq", "hlc", "author", "entity", "row_id", "fields", "supersedes",
           "hash")
SEP = "\x1f"
GENESIS = b"\x00" * 32


class Malformed(ValueError):
    """A record's fields or supersedes are not what ocgboard writes."""


def fields_text(values: dict[str, str]) -> str:
    """The fields a record sets, each value already in its JSON form (changelog.encode)."""
    return "{" + ",".join(f"{encode_basestring(k)}:{v}" for k, v in values.items()) + "}"


def supersedes_text(replaced: dict[str, str | None]) -> str | None:
    """Per field, the ids of the records it supersedes; None when there are none."""
    kept = {k: v for k, v in replaced.items() if v}
    if not kept:
        return None
    return "{" + ",".join(f"{encode_basestring(k)}:{encode_basestring(v)}"
                          for k, v in kept.items()) + "}"


def digest(prev: bytes, device: str, seq: int, hlc: int, author: str, entity: str,
           row_id: str, fields: str, supersedes: str | None) -> bytes:
    content = SEP.join((device, str(seq), str(hlc), author, entity, row_id, fields,
                        supersedes or ""))
    return hashlib.sha256(prev + content.encode("utf-8", "surrogatepass")).digest()


def _object(pairs: list[tuple[str, object]]) -> dict[str, object]:
    found = dict(pairs)
    if len(found) != len(pairs):
        raise Malformed("it names one field twice")
    return found


def _constant(name: str) -> object:
    raise Malformed(f"it holds {name}, which JSON has not")


# Strict JSON. A field given twice would be one value to Python (the last) and
# another to SQLite's JSON functions (the first); NaN and Infinity are no JSON
# at all, and no other reader takes them. A record holding either is malformed.
_DECODER = json.JSONDecoder(object_pairs_hook=_object, parse_constant=_constant)


def decoded(text: str) -> object:
    """One JSON text, read strictly; Malformed where it is not."""
    try:
        return _DECODER.decode(text)
    except (ValueError, TypeError, RecursionError):
        raise Malformed("its fields are not JSON") from None


def values(fields: str) -> dict[str, object]:
    """The fields a record sets, decoded."""
    found = decoded(fields)
    if not isinstance(found, dict) or not found:
        raise Malformed("it sets no field")
    return found


def replaced(supersedes: str | None, fields: dict | None = None) -> dict[str, str]:
    """Per field, the ids of the records it supersedes, as written."""
    if not supersedes:
        return {}
    try:
        found = json.loads(supersedes)
    except (ValueError, TypeError, RecursionError):
        raise Malformed("what it supersedes is not JSON") from None
    if not isinstance(found, dict) or not all(isinstance(v, str) for v in found.values()):
        raise Malformed("it names what it supersedes in a malformed way")
    if fields is not None and not found.keys() <= fields.keys():
        raise Malformed("it supersedes records of a field it does not set")
    return found


def ids(text: str | None) -> tuple[str, ...]:
    """Record ids, "device:seq", separated by spaces."""
    return tuple(text.split()) if text else ()


def record_id(device: str, seq: int) -> str:
    return f"{device}:{seq}"


BOARD = "b0a7d" + "0" * 27  # the device an agency's extract names for every board laptop
BY_HASH = "h:"


def known_as(device: str, seq: int, digest: bytes) -> str:
    """A record's id where it is held: by its hash on an agency's laptop, for what
    the board sent it, else "device:seq"."""
    return BY_HASH + bytes(digest).hex() if device == BOARD else record_id(device, seq)


def hashed(rec_id: str) -> bytes | None:
    """The hash an "h:<hex>" id names; None for a "device:seq" id (or a malformed one)."""
    if not rec_id.startswith(BY_HASH):
        return None
    try:
        found = bytes.fromhex(rec_id[len(BY_HASH):])
    except ValueError:
        return None
    return found if len(found) == 32 else None
