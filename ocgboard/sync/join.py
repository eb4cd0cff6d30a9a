"""Joining a board from the file it sent: a store of its own on this laptop.

A partner's officer is sent the agency's extract, a deputy a full replica.
Joining reads for which board the file is and who sent it (the signature is
checked against the key the file names, and the person confirms that key's
fingerprint with the sender, by phone), then sets up a store for that board
beside any other the laptop holds, names this laptop and the person working
on it, keeps the sender as the board's contact and imports the file. The
store is built under a name of its own and put in place only when all of it
is done: a failure leaves no half-joined board.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ocgboard import files
from ocgboard.core import board, boards, setup
from ocgboard.errors import BoardError, InputError
from ocgboard.sync import admission, contacts, container, envelope, importer, keys, minisig
from ocgboard.sync.keys import Card

KINDS = {"agency": "extract", "full": "full replica"}


@dataclass(frozen=True)
class Invitation:
    """What a file offers: which board, in which part, from whom."""

    board_id: str
    board_name: str
    kind: str  # "agency" (an agency's extract) or "full" (a deputy's replica)
    agency: str | None
    agency_id: str | None
    sender: Card

    def words(self) -> str:
        part = f"{self.agency}'s extract" if self.kind == "agency" else "a full replica"
        return (f"{part} of the board '{self.board_name}', sent by the laptop "
                f"'{self.sender.device}' (fingerprint {self.sender.fingerprint})")


def read(path: Path, *, identities: list | None = None, passphrase: str | None = None,
         me: keys.DeviceKeys | None = None) -> Invitation:
    """The file's offer, its signature checked against the key it names; nothing
    is written but to a private work folder, removed after."""
    me = me or keys.load()
    with _opened(path, identities, passphrase, me) as (inner, signature, manifest):
        sender = keys.sender_card(manifest)
        sig = minisig.parse(signature)
        key_id, public = minisig.parse_public_key(sender.signing_key)
        if sig.key_id != key_id or not minisig.verify(sig, public, minisig.blake2b_file(inner)):
            raise BoardError("the file's signature does not match the key it names: it was "
                             "altered or forged; nothing was joined")
    admission.check_addressed(manifest, me, identities, passphrase is not None,
                              admission.Signer(sender.device, None, trusted=False))
    return _offer(manifest, sender)


def board_of(path: Path, *, identities: list | None = None, passphrase: str | None = None,
             me: keys.DeviceKeys | None = None) -> tuple[str | None, str, str]:
    """(board id, board name, kind) that a file says it is for: to route it to the
    board's store before it is imported (and checked) there."""
    with _opened(path, identities, passphrase, me or keys.load()) as (_inner, _sig, manifest):
        return admission.board_named(manifest)


@contextmanager
def _opened(path: Path, identities: list | None, passphrase: str | None,
            me: keys.DeviceKeys) -> Iterator[tuple[Path, str, dict]]:
    """(the inner container, its signature, its manifest), decrypted into a private
    work folder that goes when the block ends."""
    with files.private_workdir("join-") as work:
        inner, signature = envelope.open_envelope(path, work, identities=identities or
                                                  [me.identity], passphrase=passphrase)
        with open(inner, "rb") as fh:
            _version, manifest = container.read_header(fh)
        yield inner, signature, manifest


def _offer(manifest: dict, sender: Card) -> Invitation:
    scope = manifest.get("scope") or {}
    kind = scope.get("kind")
    if kind == "return":
        raise InputError("this is an agency's return: import it on the board laptop it "
                         "answers; a laptop joins from an extract or a full replica")
    if kind not in KINDS:
        raise BoardError("the file does not say what part of a board it holds: refused")
    found = manifest.get("board") or {}
    board_id, name = found.get("id"), found.get("name")
    if not isinstance(board_id, str) or not admission.HEX32.fullmatch(board_id) \
            or not isinstance(name, str) or not name.strip():
        raise BoardError("the file does not name its board: it cannot be joined")
    agency = next((a.strip()[:100] for a in (scope.get("agency_short"), scope.get("agency"))
                   if isinstance(a, str) and a.strip()), None)
    agency_id = scope.get("agency_id")
    if kind == "agency" and not (isinstance(agency, str) and isinstance(agency_id, str)
                                 and admission.HEX32.fullmatch(agency_id)):
        raise BoardError("the extract does not name its agency: it cannot be joined")
    return Invitation(board_id, name[:200], kind, agency if kind == "agency" else None,
                      agency_id if kind == "agency" else None, sender)


def join(path: Path, offer: Invitation, *, laptop: str, operator: str,
         identities: list | None = None, passphrase: str | None = None,
         me: keys.DeviceKeys | None = None,
         sole_user: bool = False) -> tuple[boards.Held, importer.ImportResult]:
    """Set up the offered board on this laptop and import the file into it."""
    me = me or keys.load()
    held = boards.for_board(offer.board_id)
    if held is not None:
        raise InputError(f"this laptop holds the board '{held.name}' already: import the "
                         "file into it instead")
    target = _target(offer)
    part = target.with_name(f".joining-{offer.board_id[:8]}{boards.SUFFIX}")
    boards.remove(part)
    try:
        store = setup.open_board(str(part))
        try:
            with store.session(operator) as s:
                introduce(s, offer, laptop, operator)
            result = importer.import_file(store, path, identities=identities,
                                          passphrase=passphrase, device_keys=me,
                                          sole_user=sole_user)
        finally:
            store.close()
        boards.remove(target)
        part.replace(target)
    finally:
        boards.remove(part)
    return boards.for_board(offer.board_id) or boards.Held(
        target, offer.board_id, offer.board_name, offer.agency), result


def introduce(session, offer: Invitation, laptop: str, operator: str) -> None:
    """This laptop's name and operator, the board it is for, and the sender's card."""
    board.local_device(session).name = laptop
    board.set_local(session, "operator", operator)
    board.set_local(session, "board_id", offer.board_id)
    board.set_local(session, "board_name", offer.board_name)
    if offer.agency_id:
        board.set_local(session, "agency_id", offer.agency_id)
        board.set_local(session, "agency", offer.agency or "")
    contacts.add(session, offer.sender, board=True, name=offer.sender.device)


def _target(offer: Invitation) -> Path:
    """The first board's file on a laptop that holds none yet, else one of its own."""
    first = boards.first_path()
    if not first.exists() or boards.unused(first):
        return first
    return boards.new_path(offer.board_name, offer.board_id)

