"""An agency's returned file for the import-preview screenshot.

The chair's board sends DWP its extract by passphrase; a second laptop (its
own OCGBOARD_HOME and keys, as a partner's would be) imports it, moves three
actions on, and sends its return, which the chair's window then previews.
"""

from __future__ import annotations

import os
from pathlib import Path

from ocgboard.core import board, plans, setup, vocab
from ocgboard.paths import home_at
from ocgboard.sync import contacts, export, importer, keys

PASSPHRASE = "marble kettle orchard seventeen"
AGENCY = "Department for Work and Pensions"
NOTES = ("Benefit claims of two subjects suspended pending review; referral made to the "
         "fraud investigation service.",
         "Interviews under caution booked for 2 December.",
         "No claims found for the remaining subjects; nothing further for DWP.")


def agency_return(context) -> Path:
    work = Path(os.environ["OCGBOARD_HOME"]) / "scene-exchange"
    (work / "dwp").mkdir(parents=True)
    extract, returned = work / "dwp-extract.ocgx", work / "dwp-return.ocgx"
    with context.backend.store.session("DCI Hartley") as session:
        export.export(session, extract, agency=AGENCY, passphrase=PASSPHRASE)
    with home_at(work / "dwp"):
        store = setup.open_board(str(work / "dwp" / "board.sqlite"))
        try:
            with store.session("Priya Nair (DWP)") as session:
                board.local_device(session).name = "DWP laptop"
            importer.import_file(store, extract, passphrase=PASSPHRASE,
                                 trust_unknown_signer=True)
            with store.session("Priya Nair (DWP)") as session:
                _move_on(session)
                export.export(session, returned, passphrase=PASSPHRASE)
                info = board.info(session)
                card = keys.card(keys.load(), info.name, info.device_name)
        finally:
            store.close()
    with context.backend.store.session("DCI Hartley") as session:  # the card came by email
        contacts.add(session, keys.parse_card(card), agency=AGENCY)
    return returned


def _move_on(session) -> None:
    live = plans.listing(session, open_only=True)
    for action, note in zip(live, NOTES, strict=False):
        moves = vocab.transitions(action.status)
        status = "completed" if "completed" in moves and note.startswith("No") else None
        if status is None and "in progress" in moves:
            status = "in progress"
        plans.change_status(session, action, status, note)
