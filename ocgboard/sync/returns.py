"""An agency's laptop sends its work back to the board.

It holds an extract: what it sends is its own records only (export.py decides
that from the laptop's replica), to the board laptops in its address book,
in a file named for what it is, whose and when.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from ocgboard import clock
from ocgboard.core import board
from ocgboard.errors import InputError
from ocgboard.sync import contacts, keys
from ocgboard.sync.export import ExportResult, export


def send(session: Session, output: str | Path | None = None, *, to: Sequence[str] = (),
         passphrase: str | None = None,
         device_keys: keys.DeviceKeys | None = None) -> ExportResult:
    """An agency's laptop sends its work back: to the board laptops in its address
    book (or those named, or by passphrase), in a file named for what it is."""
    if board.get_local(session, "replica") != "partial":
        raise InputError("only an agency's laptop sends a return: a board laptop sends "
                         "other board laptops a full replica (--full)")
    names = list(to) or ([] if passphrase else [
        c.name for c in contacts.listing(session) if c.role == "board"])
    if not names and passphrase is None:
        raise InputError("this laptop knows no board laptop to send its return to: import "
                         "the chair's contact card first, or use a passphrase")
    return export(session, output or return_name(session), to=names, passphrase=passphrase,
                  device_keys=device_keys)


def return_name(session: Session) -> Path:
    """'dwp-return-2026-12-01.ocgx': whose, what, and the day."""
    agency = board.get_local(session, "agency") or board.local_device(session).name
    slug = "-".join("".join(c if c.isalnum() else " " for c in agency.lower()).split())
    return Path(f"{slug or 'agency'}-return-{clock.of(session).today().isoformat()}.ocgx")
