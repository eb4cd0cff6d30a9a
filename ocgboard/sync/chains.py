"""Each device's hash chain, walked as its records arrive.

A device numbers its records 1, 2, 3... and chains each to the one before by
its hash; its clock only moves forward along the chain. An import walks every
device's chain from what the store holds: a record the store holds must be
the very record held (a different one at the same place is a fork, or a
forgery); a new record must come next, hash true, clock later. One that
would leave a gap, or that supersedes a record this laptop has not got, is
held back: stored aside, not applied, and tried again at the next import
(see Merger.release_held). Nothing that arrives later can then find a record
already applied that it should have come before: what a record supersedes
was always there first, so no input can make the heads of a field circular.

Only a laptop that holds the whole board walks chains: an agency's laptop
holds a board-signed subset, in which other devices' chains have gaps.
"""

from __future__ import annotations

from dataclasses import dataclass

from ocgboard.errors import BoardError
from ocgboard.store import record
from ocgboard.store.log import Log
from ocgboard.store.record import (
    AUTHOR,
    DEVICE,
    ENTITY,
    FIELDS,
    GENESIS,
    HASH,
    HLC,
    ROW,
    SEQ,
    SUPERSEDES,
    digest,
)

# Records held back at once, from the file and from before: past this a file is
# not a delivery out of order but a flood, and it is refused.
MAX_HELD = 100_000

__all__ = ["MAX_HELD", "SEQ", "Chains", "Walk", "device_names"]


@dataclass
class Walk:
    """Where one device's chain stands: its last record held or taken."""

    seq: int
    hash: bytes
    hlc: int
    top: int  # the greatest sequence the store held before this import
    blocked: str | None = None  # why the rest of this device's records wait


class Chains:
    def __init__(self, raw, uuid_of: dict[int, str], names: dict[int, str],
                 sender: int | None = None):
        self.raw = raw
        self.log = Log(raw)
        self.sender = sender  # the signing laptop's device: its own fork refuses its file
        self.uuid_of = uuid_of
        self.pk_of = {uuid: pk for pk, uuid in uuid_of.items()}
        self.names = names
        self.walks: dict[int, Walk] = {}
        self.held: list[tuple[tuple, str]] = []  # (record, reason)
        self.gap_ends: dict[int, tuple[int, bytes, int]] = {}
        self.gap_taken: set[tuple[int, int]] = set()
        self.again = False

    def admit(self, window: list[tuple], *, again: bool = False) -> list[tuple]:
        """The window's records that are new and may be applied now, in order.
        Records already held are dropped; records that must wait go to `held`.
        `again`: records held back before, after this import's own are stored."""
        taken = []
        self.again = again
        for pk in {rec[DEVICE] for rec in window}:
            walk = self._start(pk)
            if again:
                walk.top = max(walk.top, walk.seq)
        known = self._held_hashes(window)
        for rec in window:
            if self._admits(rec, known):
                taken.append(rec)
        return taken

    def unblock(self) -> None:
        for walk in self.walks.values():
            walk.blocked = None

    def learn(self, pk: int, uuid: str) -> None:
        self.uuid_of[pk] = uuid
        self.pk_of[uuid] = pk

    def name(self, pk: int) -> str:
        return self._name(pk)

    def holds(self, pk: int | None, seq: int) -> bool:
        """Whether the store holds, or this import has taken, that record."""
        if pk is None:
            return False
        walk = self.walks.get(pk) or self._start(pk)
        if seq <= walk.seq:
            return seq > walk.top or (pk, seq) in self.gap_taken or self.log.holds(pk, seq)
        return False

    # -- one record -----------------------------------------------------------

    def _admits(self, rec: tuple, known: dict[tuple[int, int], tuple[bytes, int]]) -> bool:
        pk, seq = rec[DEVICE], rec[SEQ]
        walk = self.walks[pk]
        held = known.get((pk, seq))
        if held is not None:
            if held[0] == rec[HASH]:
                return False
            if not self.again and (pk == self.sender or self.sender is None):
                raise BoardError(f"the file's record {seq} of {self._name(pk)} differs from "
                                 "the one this laptop holds at that place in its chain: that "
                                 "laptop's log has forked, or the file was forged; nothing "
                                 "was imported")
            # Passed on by another laptop, or held back before: the rest is still good,
            # and one laptop's fork must not stop two honest ones exchanging.
            walk.blocked = (f"that laptop's log has forked at record {seq}: they wait "
                            "until the chair decides")
            return self._hold(rec, walk.blocked)
        if walk.blocked is not None:
            return self._hold(rec, walk.blocked)
        if seq <= walk.top:  # a gap in what the store holds: older versions allowed them
            return self._fills_gap(rec)
        if seq <= walk.seq:
            raise BoardError(f"the file holds the same record twice (record {seq} of "
                             f"{self._name(pk)}): it was tampered with; nothing was imported")
        if seq != walk.seq + 1:
            walk.blocked = f"record {walk.seq + 1} of {self._name(pk)} has not arrived"
            return self._hold(rec, walk.blocked)
        self._check_link(rec, walk.hash, walk.hlc)
        missing = self._missing(rec)
        if missing:
            walk.blocked = f"one supersedes {missing}, which has not arrived"
            return self._hold(rec, walk.blocked)
        walk.seq, walk.hash, walk.hlc = seq, rec[HASH], rec[HLC]
        return True

    def _fills_gap(self, rec: tuple) -> bool:
        pk, seq = rec[DEVICE], rec[SEQ]
        before = self.gap_ends.get(pk)
        if before is None or before[0] != seq - 1:
            before = self.log.at(pk, seq - 1) if seq > 1 else (0, GENESIS, -1)
        if before is None:
            return self._hold(rec, f"record {seq - 1} of {self._name(pk)} has not arrived")
        self._check_link(rec, before[1], before[2])
        missing = self._missing(rec)
        if missing:
            return self._hold(rec, f"one supersedes {missing}, which has not arrived")
        self.gap_ends[pk] = (seq, rec[HASH], rec[HLC])
        self.gap_taken.add((pk, seq))
        return True

    def _hold(self, rec: tuple, reason: str) -> bool:
        self.held.append((rec, reason))
        if len(self.held) > MAX_HELD:
            raise BoardError(f"the file holds over {MAX_HELD:,} records that cannot be applied "
                             f"yet ({reason}): refused, nothing was imported")
        return False

    def _check_link(self, rec: tuple, prev_hash: bytes, prev_hlc: int) -> None:
        pk, seq = rec[DEVICE], rec[SEQ]
        if digest(prev_hash, self.uuid_of[pk], seq, rec[HLC], rec[AUTHOR], rec[ENTITY],
                  rec[ROW], rec[FIELDS], rec[SUPERSEDES]) != rec[HASH]:
            raise BoardError(f"the file's record {seq} of {self._name(pk)} does not match its "
                             "chain (its hash is wrong): it was altered or forged; nothing "
                             "was imported")
        if rec[HLC] <= prev_hlc:
            raise BoardError(f"the file's record {seq} of {self._name(pk)} is stamped no later "
                             "than the record before it in its chain: a laptop's clock never "
                             "runs back along its own log; nothing was imported")

    def _missing(self, rec: tuple) -> str | None:
        """The first record this one supersedes that is neither held nor taken."""
        if not rec[SUPERSEDES]:
            return None
        try:
            replaced = record.replaced(rec[SUPERSEDES], record.values(rec[FIELDS]))
        except record.Malformed as exc:
            raise BoardError(f"a record in the file is malformed ({exc}); nothing was "
                             "imported") from None
        for ref in sorted({ref for refs in replaced.values() for ref in record.ids(refs)}):
            if ref.startswith(record.BY_HASH):  # the board's, as an agency's laptop knows it
                missing = self._missing_by_hash(rec, ref)
                if missing:
                    return missing
                continue
            device, _, seq = ref.rpartition(":")
            try:
                number = int(seq)
            except ValueError:
                raise BoardError("a record in the file names what it supersedes in a "
                                 "malformed way; nothing was imported") from None
            if not self.holds(self.pk_of.get(device), number):
                return f"record {number} of {self._name_of_uuid(device)}"
        return None

    def _missing_by_hash(self, rec: tuple, ref: str) -> str | None:
        digest = record.hashed(ref)
        if digest is None:
            raise BoardError("a record in the file names what it supersedes in a "
                             "malformed way; nothing was imported")
        if self.log.in_row(rec[ROW], digest):
            return None
        return f"a record of the board's that {self._name(rec[DEVICE])} was shown"

    # -- what the store holds ---------------------------------------------------

    def _start(self, pk: int) -> Walk:
        walk = self.walks.get(pk)
        if walk is not None:
            return walk
        top = self.log.top(pk)
        walk = Walk(top[0], top[1], top[2], top[0]) if top else Walk(0, GENESIS, -1, 0)
        self.walks[pk] = walk
        return walk

    def _held_hashes(self, window: list[tuple]) -> dict[tuple[int, int], tuple[bytes, int]]:
        """(hash, clock) of each record of the window the store already holds, by
        one range query a device: a replica sent again costs what it holds."""
        spans: dict[int, list[int]] = {}
        for rec in window:
            if rec[SEQ] <= self.walks[rec[DEVICE]].top:
                spans.setdefault(rec[DEVICE], []).append(rec[SEQ])
        known = {}
        for pk, seqs in spans.items():
            for seq, hashed, clock in self.log.span(pk, min(seqs), max(seqs)):
                known[(pk, seq)] = (hashed, clock)
        return known

    def _name(self, pk: int) -> str:
        return self.names.get(pk) or f"device {self.uuid_of[pk][:8]}"

    def _name_of_uuid(self, device: str) -> str:
        pk = self.pk_of.get(device)
        return self._name(pk) if pk is not None else f"device {device[:8]}"


def device_names(raw) -> dict[int, str]:
    """How a person knows each device: by its contact's name where it has one,
    never by the name a file gave it alone."""
    names = {pk: f"{name} (as it calls itself)" for pk, name in raw.execute(
        "SELECT id, name FROM device WHERE name != '' AND NOT is_local")}
    names.update(raw.execute(
        "SELECT d.id, c.name FROM device d JOIN contact c ON c.device_uuid = d.uuid "
        "WHERE NOT c.removed"))
    names.update(raw.execute("SELECT id, 'this laptop' FROM device WHERE is_local"))
    return names
