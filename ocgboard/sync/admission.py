"""Whether an exchange file may be imported at all, before any record is read:
who signed it (a contact, this laptop, or an unknown signer trusted by
passphrase), whether it is addressed to this laptop, and whether its schema
and board are ones this laptop takes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from ocgboard.core import board
from ocgboard.errors import BoardError
from ocgboard.store import Store, schema
from ocgboard.store.models import Board, Contact
from ocgboard.sync import contacts, keys, minisig

HEX32 = re.compile(r"[0-9a-f]{32}")  # a board's or an agency's id, as files give it


class ForAnotherBoard(BoardError):
    """The file is for a board other than this store's: which one, as the file
    says (unchecked, for routing only: that board's store checks it all)."""

    def __init__(self, board_id: str | None, name: str, kind: str):
        super().__init__(f"this file belongs to another board ('{name}'), not this one")
        self.board_id, self.name, self.kind = board_id, name, kind


def board_named(manifest: dict) -> tuple[str | None, str, str]:
    """(board id, board name, kind of file) as the manifest states them, each
    bounded: an id that is not 32 hex digits is none."""
    found, scope = _part(manifest, "board"), _part(manifest, "scope")
    board_id, name = found.get("id"), found.get("name")
    return (board_id if isinstance(board_id, str) and HEX32.fullmatch(board_id) else None,
            str(name)[:200] if name else "an unnamed board", str(scope.get("kind"))[:20])


def _part(manifest: dict, name: str) -> dict:
    value = manifest.get(name)
    return value if isinstance(value, dict) else {}


@dataclass
class Signer:
    name: str
    contact: Contact | None
    is_self: bool = False
    trusted: bool = True



def signed_by(store, me, inner, signature, manifest, by_passphrase, trust_unknown):
    sig = minisig.parse(signature)
    sender = manifest.get("sender") or {}
    warnings = []
    if sig.key_id == me.key_id:
        signer, public = Signer("this laptop", None, is_self=True), me.public
    else:
        with store.reader() as s:
            contact = contacts.by_key_id(s, sig.key_id)
        if contact is not None:
            signer = Signer(contact.name, contact)
            public = minisig.parse_public_key(contact.signing_key)[1]
            if sender.get("device") != contact.device_uuid:
                raise BoardError(f"the file is signed with {contact.name}'s key but claims "
                                 "to come from another device: refused")
        elif trust_unknown:
            claimed = sender.get("signing_key", "")
            key_id, public = minisig.parse_public_key(claimed)
            if key_id != sig.key_id or sender.get("device") != keys.device_id(public):
                raise BoardError("the file's signature does not match its sender: refused")
            # Named by its key, never by the name it gives itself in its own manifest.
            print_ = keys.fingerprint(str(sender.get("age_recipient", "")), claimed)
            signer = Signer(f"an unknown signer ({print_})", None, trusted=False)
            why = "you know the passphrase" if by_passphrase else \
                "it answers an extract this laptop sent"
            warnings.append(f"WARNING: signed by a device not in your address book "
                            f"({print_}); you chose to trust it because {why}")
        else:
            raise BoardError(f"the file is signed by an unknown device (key "
                             f"{sig.key_id.hex()}): import the sender's contact card first")
    if not minisig.verify(sig, public, minisig.blake2b_file(inner)):
        raise BoardError("the file's signature does not match its contents: it was altered "
                         "or forged; nothing was imported")
    return signer, warnings


def check_addressed(manifest: dict, me: keys.DeviceKeys, identities: list | None,
                     by_passphrase: bool, signer: Signer) -> None:
    """The signed manifest says whom the file is for; a file encrypted again to
    another laptop, or with a passphrase, is still not for it."""
    names = manifest.get("recipients")
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise BoardError("the file's manifest does not say whom it is for: refused")
    if by_passphrase:
        if names != ["passphrase"]:
            raise BoardError("this file is not addressed to this laptop: it was made for "
                             "named laptops and has been encrypted again with a passphrase")
        return
    if signer.is_self:  # this laptop's own file, brought back
        return
    wanted = manifest.get("recipient_keys")
    if isinstance(wanted, list):
        mine = {str(i.to_public()) for i in (identities or [me.identity])}
        addressed = bool(mine & {k for k in wanted if isinstance(k, str)})
    else:  # written before files named their keys: by this laptop's fingerprint
        addressed = bool(identities) or me.fingerprint in names
    if not addressed:
        raise BoardError("this file is not addressed to this laptop: it was made for "
                         f"{len(names)} other laptop{'s' if len(names) != 1 else ''} and "
                         "encrypted again to this one; refused")


def check_board(store: Store, manifest: dict):
    """This store's board id (None before it holds one); ForAnotherBoard if the
    file says it is for another."""
    theirs, name, kind = board_named(manifest)
    with store.reader() as s:
        ours = s.scalar(select(Board.id).where(~Board.deleted).order_by(Board.id))
    if _part(manifest, "board").get("id") and ours and ours.hex != theirs:
        raise ForAnotherBoard(theirs, name, kind)
    return ours


def check_compatible(store: Store, manifest: dict) -> None:
    revision = manifest.get("schema")
    if revision not in schema.known_revisions():
        raise BoardError(f"the sender's ocgboard is newer (schema {revision}): upgrade "
                         "this laptop to import its files")
    ours = check_board(store, manifest)
    if board_named(manifest)[2] == "agency" and ours is not None:
        with store.reader() as s:
            partial = board.get_local(s, "replica") == "partial"
        if not partial:
            raise BoardError("this is an agency's extract, and this laptop holds the whole "
                             "board: import it on that agency's laptop")
