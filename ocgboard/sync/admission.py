"""Whether an exchange file may be imported at all, before any record is read:
who signed it (a contact, this laptop, or an unknown signer trusted by
passphrase), whether it is addressed to this laptop, and whether its schema
and board are ones this laptop takes."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ocgboard.core import board
from ocgboard.errors import BoardError
from ocgboard.store import Store, schema
from ocgboard.store.models import Board, Contact
from ocgboard.sync import contacts, keys, minisig


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


def check_compatible(store: Store, manifest: dict) -> None:
    revision = manifest.get("schema")
    if revision not in schema.known_revisions():
        raise BoardError(f"the sender's ocgboard is newer (schema {revision}): upgrade "
                         "this laptop to import its files")
    theirs = (manifest.get("board") or {}).get("id")
    with store.reader() as s:
        ours = s.scalar(select(Board.id).where(~Board.deleted).order_by(Board.id))
    if theirs and ours and ours.hex != theirs:
        name = (manifest.get("board") or {}).get("name")
        raise BoardError(f"this file belongs to another board ('{name}'), not this one")
    if (manifest.get("scope") or {}).get("kind") == "agency" and ours is not None:
        with store.reader() as s:
            partial = board.get_local(s, "replica") == "partial"
        if not partial:
            raise BoardError("this is an agency's extract, and this laptop holds the whole "
                             "board: import it on that agency's laptop")
