"""How one import runs, decided once, before a record is read.

The file and the store decide everything about an import: whether this laptop
walks every device's chain (it holds the whole board) or holds the board's
signed subset (an agency's laptop), what the sender may change, and how a
big load is written. The merger is given the plan and asks nothing again.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, select, text

from ocgboard.errors import BoardError
from ocgboard.store import raw as rawdb
from ocgboard.store.log import Log
from ocgboard.store.models import ExchangeLog
from ocgboard.sync import held

BIG_IMPORT = 10_000  # records; above this a big load is written differently


@dataclass(frozen=True)
class Role:
    """An agency's powers: its own actions' status and progress updates (roles.py),
    for the sender's device."""

    agency_id: uuid.UUID
    device: str


@dataclass(frozen=True)
class Plan:
    walk_chains: bool  # check every device's chain and hold back what must wait
    role: Role | None  # None: a board laptop, which may change anything
    staged_from: Path | None = None  # the file's records, stored by a second process
    store_path: Path | None = None
    indexes_once: bool = False  # the log's indexes built at the end, not record by record
    written_once: bool = False  # the load leaves the WAL (journal.written_once)
    undo_journal: bool = False  # its undo point: what it changes (store/undo.py), not a copy
    replaces: bool = False  # an agency's extract, taken in place of the last (replace.py)


def decide(conn: Connection, manifest: dict, signer, *, inner: Path,
           store_path: Path | None, sole_user: bool) -> Plan:
    """`signer`: the importer's Signer (who signed the file, as this laptop knows it)."""
    raw = rawdb.of(conn)
    role = _role(conn, signer, manifest)
    walk = _walks_chains(conn, manifest)
    big = (manifest.get("counts") or {}).get("records", 0) >= BIG_IMPORT
    small = held.is_small(raw)
    # A new laptop set up from a replica: a second process stores the log while
    # this one builds the rows. Otherwise, into a small store, the log's indexes
    # are built once at the end.
    staged = big and small and role is None and store_path is not None
    # A small file into a big store: a copy of the store would cost far more
    # than the import, so its undo point is what it changes.
    return Plan(walk_chains=walk, role=role,
                staged_from=inner if staged else None, store_path=store_path,
                # Not on a server: its foreign keys, deferred, queue events on the
                # log that forbid building an index until they are checked.
                indexes_once=big and small and not staged and store_path is not None,
                written_once=big and small and sole_user and store_path is not None,
                undo_journal=not big and not small and store_path is not None,
                replaces=not walk and (manifest.get("scope") or {}).get("kind") == "agency")


def _walks_chains(conn: Connection, manifest: dict) -> bool:
    """A laptop that holds the whole board holds every device's chain whole; an
    agency's laptop holds a board-signed subset, with gaps in other chains."""
    if (manifest.get("scope") or {}).get("kind") == "agency":
        return False
    return conn.execute(text("SELECT value FROM local_setting WHERE key = 'replica'")
                        ).scalar() != "partial"


def _role(conn: Connection, signer, manifest: dict) -> Role | None:
    contact = signer.contact
    extract = (manifest.get("scope") or {}).get("kind") == "agency"  # the board's own view
    if contact is None and not signer.is_self and not extract:
        return _unknown_signer(conn, manifest)
    if contact is None or contact.role != "agency":
        return None
    return Role(contact.agency_id, contact.device_uuid)


def _unknown_signer(conn: Connection, manifest: dict) -> Role:
    """A signer trusted only by passphrase has an agency's powers at most: those of
    the agency whose extract it answers, on a device this board has never met."""
    answers = manifest.get("answers")
    agency_id = conn.execute(select(ExchangeLog.agency_id).where(
        ExchangeLog.direction == "export", ExchangeLog.export_id == str(answers)[:32],
        ExchangeLog.agency_id.is_not(None))).scalar() if isinstance(answers, str) else None
    if agency_id is None:
        raise BoardError("a file from a signer not in your address book may only answer an "
                         "agency extract this laptop sent; this one does not: refused")
    device = str((manifest.get("sender") or {}).get("device", ""))
    raw = rawdb.of(conn)
    found = raw.execute("SELECT id, is_local FROM device WHERE uuid = ?", (device,)).fetchone()
    if found is not None and (found[1] or Log(raw).any_of(found[0])):
        raise BoardError("a file from a signer not in your address book claims the id of a "
                         "laptop this board already knows: refused")
    return Role(agency_id, device)
