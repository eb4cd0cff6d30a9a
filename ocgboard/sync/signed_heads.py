"""Each device's signed head, sent with its records and checked before any is applied.

A device signs, for one board, the sequence number and hash of the last
record of its chain (store/identity.py). A full replica or a return carries,
for every device whose records it holds, that device's own signed head: the
exporter's own, signed now, and for the devices it passes on the best head
it received from them. The import checks that the head's key is the
device's (its id is the key's hash), that the signature holds, and that the
file's records of that device run without a gap up to that head, the last
one bearing the signed hash. As each record's hash covers the one before, a
relayer can neither forge nor alter another device's records: it would need
that device's secret key. A device whose head this laptop never received
(one known only from before ids were derived from keys) is never passed on.

The library's seed records are made by every laptop for itself: they never
travel, and a file that carries one is refused.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from dataclasses import dataclass

from ocgboard.errors import BoardError
from ocgboard.store import identity
from ocgboard.store.identity import DeviceKeys
from ocgboard.store.log import Log
from ocgboard.store.record import DEVICE, HASH, SEQ

MAX_HEADS = 10_000


@dataclass(frozen=True)
class Head:
    device: str
    seq: int
    hash: bytes
    public: bytes
    signature: bytes

    def entry(self) -> dict:
        return {"seq": self.seq, "hash": self.hash.hex(),
                "key": base64.b64encode(self.public).decode("ascii"),
                "signature": base64.b64encode(self.signature).decode("ascii")}


# -- exporting ----------------------------------------------------------------

def for_export(raw, me: DeviceKeys, board_id: str, *, own_only: bool) -> dict[int, Head]:
    """The head to send for each device pk whose records may go in the file."""
    local = raw.execute("SELECT id, uuid, last_seq, last_hash FROM device "
                        "WHERE is_local").fetchone()
    if local[1] != me.device_id:
        raise BoardError("this board's store belongs to another laptop's keys (its device "
                         "id is not this laptop's): it was copied from another laptop; "
                         "export from that laptop")
    heads: dict[int, Head] = {}
    if local[2]:
        heads[local[0]] = Head(me.device_id, local[2], local[3], me.public,
                               me.sign_head(board_id, local[2], local[3]))
    if own_only:
        return heads
    for pk, device, seq, digest, public, signature in raw.execute(
            "SELECT d.id, h.device, h.seq, h.hash, h.public_key, h.signature "
            "FROM signed_head h JOIN device d ON d.uuid = h.device AND NOT d.is_local "
            "ORDER BY h.seq"):
        head = Head(device, seq, digest, public, signature)
        if _in_log(raw, pk, head) or held_tail(raw, pk, head) is not None:
            heads[pk] = head  # the greatest wins
    return heads


def held_tail(raw, pk: int, head: Head) -> tuple[int, int] | None:
    """The records of a device this laptop holds back, as (first, last) seq, when they
    follow its log without a gap up to the signed head: passed on with the head, the
    next laptop holds back the same records, and can pass on what the log holds
    before them. None when the head's record is not among them so."""
    found = raw.execute("SELECT hash FROM held_record WHERE device = ? AND seq = ?",
                        (head.device, head.seq)).fetchone()
    if found is None or found[0] != head.hash:
        return None
    top = Log(raw).top(pk)
    first = (top[0] if top else 0) + 1
    low, high, count = raw.execute(
        "SELECT min(seq), max(seq), count(*) FROM held_record WHERE device = ? AND seq >= ? "
        "AND seq <= ?", (head.device, first, head.seq)).fetchone()
    if low != first or high != head.seq or count != high - low + 1:
        return None
    return first, head.seq


def _in_log(raw, pk: int, head: Head) -> bool:
    found = Log(raw).at(pk, head.seq)
    return found is not None and found[1] == head.hash


# -- importing ----------------------------------------------------------------

def read(manifest: dict, board_id: str) -> dict[str, Head]:
    """The manifest's heads, each checked against its device's own key."""
    given = manifest.get("heads")
    if not isinstance(given, dict) or len(given) > MAX_HEADS:
        raise BoardError("the file's manifest does not carry its devices' signed heads: it "
                         "was made by an older ocgboard or altered; refused")
    return {device: _head(device, entry, board_id) for device, entry in given.items()}


def _head(device, entry, board_id: str) -> Head:
    try:
        if not isinstance(device, str) or not isinstance(entry, dict):
            raise ValueError
        seq = entry["seq"]
        if not isinstance(seq, int) or isinstance(seq, bool) or not 0 < seq < 1 << 62:
            raise ValueError
        head = Head(device, seq, bytes.fromhex(entry["hash"]),
                    base64.b64decode(entry["key"], validate=True),
                    base64.b64decode(entry["signature"], validate=True))
        if len(head.hash) != 32 or len(head.public) != 32 or len(head.signature) != 64:
            raise ValueError
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise BoardError("a signed head in the file's manifest is malformed: refused") from None
    if identity.device_id(head.public) != device:
        raise BoardError(f"the file's head for device {device[:8]} is signed with a key that "
                         "is not that device's: its records were forged; nothing was imported")
    if not identity.head_holds(head.public, head.signature, board_id, device, seq, head.hash):
        raise BoardError(f"the signed head of device {device[:8]} in the file does not hold "
                         "(its signature is wrong, or it is another board's): refused")
    return head


@dataclass
class Span:
    """One device's records in the file so far: they must come one after another."""

    last: int
    end: bytes
    broken: bool = False  # a record came out of its place: another missing, or one twice


class HeadCheck:
    """Watches every record of the file go by; `finish` says whether each device's
    records run without a gap to its signed head. `heads` is None for a file that
    needs none (an agency's extract: the board vouches for it as a whole)."""

    def __init__(self, heads: dict[str, Head] | None, pk_of: Callable[[str], int | None],
                 names: dict[int, str], seed_pk: int | None):
        self.given = heads or {}
        self.heads = None if heads is None else {
            pk: head for pk, head in ((pk_of(device), head) for device, head in heads.items())
            if pk is not None}
        self.names = names
        self.seed_pk = seed_pk
        self.spans: dict[int, Span] = {}

    @classmethod
    def of(cls, manifest: dict, pk_of: Callable[[str], int | None], names: dict[int, str],
           seed_pk: int | None) -> HeadCheck:
        """The check a file needs: a replica or a return carries its devices' own
        signed heads; an agency's extract is a board-signed subset of chains,
        vouched for whole."""
        if (manifest.get("scope") or {}).get("kind") == "agency":
            return cls(None, pk_of, names, seed_pk)
        board_id = (manifest.get("board") or {}).get("id")
        return cls(read(manifest, board_id if isinstance(board_id, str) else ""), pk_of,
                   names, seed_pk)

    def checked(self, windows):
        for window in windows:
            self.see(window)
            yield window

    def see(self, window: list[tuple]) -> None:
        spans = self.spans
        for rec in window:
            span = spans.get(rec[DEVICE])
            if span is None:
                spans[rec[DEVICE]] = self._first(rec)
                continue
            seq = rec[SEQ]
            if seq != span.last + 1:
                span.broken = True
            span.last, span.end = max(span.last, seq), rec[HASH]

    def _first(self, rec: tuple) -> Span:
        pk = rec[DEVICE]
        if pk == self.seed_pk:
            raise BoardError("the file carries records of the library's seed, which every "
                             "laptop makes for itself: it was altered; nothing was imported")
        head = self.heads.get(pk) if self.heads is not None else None
        if self.heads is not None and head is None:
            raise BoardError(f"the file carries records of {self._name(pk)} without that "
                             "laptop's signed head: they could be forged; nothing was imported")
        return Span(rec[SEQ], rec[HASH])

    def finish(self) -> None:
        if self.heads is None:
            return
        for pk, span in self.spans.items():
            head = self.heads[pk]
            if span.broken or span.last != head.seq or span.end != head.hash:
                raise BoardError(f"the file's records of {self._name(pk)} do not run to that "
                                 "laptop's signed head: one was left out, added or altered "
                                 "on the way; nothing was imported")

    def _name(self, pk: int) -> str:
        return self.names.get(pk) or "a device"


    def keep(self, raw, local: str) -> None:
        """After the merge: remember the file's heads (see `keep`)."""
        keep(raw, self.given, local)


def keep(raw, heads: dict[str, Head], local: str) -> None:
    """Remember each head whose record this laptop now holds as signed, the best
    one of each device, to pass its records on with it."""
    for head in heads.values():
        if head.device == local:
            continue
        held = raw.execute("SELECT 1 FROM change c JOIN device d ON d.id = c.device_id "
                           "WHERE d.uuid = ? AND c.seq = ? AND c.hash = ?",
                           (head.device, head.seq, head.hash)).fetchone() \
            or raw.execute("SELECT 1 FROM held_record WHERE device = ? AND seq = ? AND hash = ?",
                           (head.device, head.seq, head.hash)).fetchone()
        if held:
            raw.execute("INSERT INTO signed_head (device, seq, hash, public_key, "
                        "signature) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                        (head.device, head.seq, head.hash, head.public, head.signature))
    # Heads the log has passed are of no more use than its best one.
    raw.execute("DELETE FROM signed_head WHERE seq < (SELECT max(h.seq) FROM signed_head h "
                "JOIN device d ON d.uuid = h.device JOIN change c ON c.device_id = d.id "
                "AND c.seq = h.seq WHERE h.device = signed_head.device)")
