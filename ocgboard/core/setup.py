"""Opening the board's store: migrated, with its library, partners and control
strategy (seed 002) seeded.

Seeded rows get name-based UUIDs, so two laptops that each seeded their own
store hold the same tactic and agency rows, and a full exchange between them
merges instead of doubling the library.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from ocgboard import clock, files, paths
from ocgboard.core import agencies, control_seed, library
from ocgboard.store import Store, open_store

SEED_AUTHOR = "ocgboard (library seed)"
NAMESPACE = uuid.UUID("6f1c3a52-9a0e-4b7e-8a55-0c6d8f1e2b47")
# The seed's records come from this pseudo-device on every laptop, with the
# same sequence and clock, so they are the same records everywhere.
SEED_DEVICE = uuid.uuid5(NAMESPACE, "device:library-seed").hex


def seeded_id(kind: str, key: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"{kind}:{key}")


def open_board(db: str | None = None, *, create: bool = True,
               own_clock: clock.Clock | None = None, keys_folder: Path | None = None) -> Store:
    """The board's store; `own_clock` gives it a clock of its own (else the process's);
    `keys_folder` holds this laptop's keys, if they are not in the data folder."""
    files.sweep_scratch()  # what a killed import left behind: decrypted names
    store = open_store(paths.db_url(db), create=create, own_clock=own_clock,
                       keys_folder=keys_folder)
    ensure_seeded(store)
    return store


def ensure_seeded(store: Store) -> None:
    with store.session(SEED_AUTHOR) as session:
        session.info["device"] = SEED_DEVICE
        library.seed(session, seeded_id)
        agencies.seed_agencies(session, seeded_id)
        control_seed.seed(session, seeded_id)
