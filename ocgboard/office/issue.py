"""The hidden record a tasking sheet carries of whom it was issued to, and its seal.

A tasking sheet goes to an agency by email and comes back unsigned. So that
its return can be mapped back and trusted as far as it deserves, the sheet
carries, on a very hidden sheet, the board's id, the agency's id and name,
the day it was issued and, for each row, the action's id, its number and the
status the agency was shown; and a seal over all of that: an HMAC-SHA256
keyed by a secret this laptop keeps (a local setting, never exported). A
sheet whose agency, rows or statuses were changed, or that another laptop
issued, does not match its seal and is refused. The seal says who the sheet
was issued to; it does not say who filled it in (email cannot), which is
why the chair previews a return and confirms it.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import secrets
import uuid
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from ocgboard.core import board
from ocgboard.errors import InputError

KEY_SETTING = "office.tasking_sheet_key"
FORMAT = "ocgboard tasking sheet 1"


@dataclass(frozen=True)
class IssuedRow:
    action_id: uuid.UUID
    number: int | None
    label: str  # "OCG 05/00283 · 4", as the sheet shows it
    status: str  # what the agency was shown


@dataclass
class Issue:
    board_id: uuid.UUID
    agency_id: uuid.UUID
    agency: str
    issued_on: dt.date
    rows: list[IssuedRow] = field(default_factory=list)
    seal: str = ""

    def canonical(self) -> bytes:
        """What the seal covers, in one spelling."""
        return json.dumps({
            "format": FORMAT, "board": self.board_id.hex, "agency": self.agency_id.hex,
            "agency_name": self.agency, "issued_on": self.issued_on.isoformat(),
            "rows": [[r.action_id.hex, r.number, r.label, r.status] for r in self.rows],
        }, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()

    def row(self, action_id: uuid.UUID) -> IssuedRow | None:
        return next((r for r in self.rows if r.action_id == action_id), None)


def key(session: Session, *, create: bool = False) -> bytes | None:
    """This laptop's sealing key; made the first time a sheet is issued (`create`)."""
    held = board.get_local(session, KEY_SETTING)
    if held is None and create:
        held = base64.b64encode(secrets.token_bytes(32)).decode()
        board.set_local(session, KEY_SETTING, held)
        session.flush()
    return base64.b64decode(held) if held else None


def sealed(issue: Issue, secret: bytes) -> Issue:
    issue.seal = _mac(issue, secret)
    return issue


def check_seal(session: Session, issue: Issue) -> None:
    """Refuses, in one line, a sheet this laptop did not issue or one changed since."""
    if issue.board_id != board.require(session).id:
        raise InputError("this tasking sheet was issued by another board")
    secret = key(session)
    if secret is None:
        raise InputError("this laptop has issued no tasking sheet: take the return on the "
                         "laptop that issued it")
    if not hmac.compare_digest(_mac(issue, secret), issue.seal or ""):
        raise InputError("this tasking sheet does not match the seal it was issued with: "
                         "its hidden record of who it was issued to and which actions it "
                         "holds was changed, or another laptop issued it")


def _mac(issue: Issue, secret: bytes) -> str:
    return hmac.new(secret, issue.canonical(), hashlib.sha256).hexdigest()
