"""Writing an exchange file: a full replica or an agency's extract.

The records are selected and serialised by SQLite itself (json_array), in
row order, compressed, wrapped with a manifest, signed and encrypted; the
file appears under its name only when complete. Contacts remember the last
record they were sent, for --since-last.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard import clock, files
from ocgboard.core import board, lookup, setup, withheld
from ocgboard.errors import InputError
from ocgboard.store import raw as rawdb
from ocgboard.store import schema
from ocgboard.store.base import syncable_tables
from ocgboard.store.log import Log
from ocgboard.store.models import Agency, Contact, Device, ExchangeLog
from ocgboard.store.record import BOARD
from ocgboard.sync import (
    contacts,
    container,
    describe,
    envelope,
    keys,
    minisig,
    payload_sql,
    projection,
    replace,
    scope,
    signed_heads,
)
from ocgboard.sync.compressor import Compressor


@dataclass
class ExportResult:
    path: Path
    records: int
    scope: str
    recipients: list[str]
    size: int
    contents: dict[str, int] = field(default_factory=dict)  # rows it carries, by kind

    def words(self) -> str:
        """'3 threats, 12 actions, 40 progress updates': what it carries, as rows."""
        shown = [describe.counted(n, kind) for kind, n in sorted(
            self.contents.items(), key=lambda item: (-item[1], item[0]))]
        return ", ".join(shown) or "nothing new"


def export(session: Session, output: str | Path, *, agency: str | None = None,
           to: Sequence[str] = (), passphrase: str | None = None, since_last: bool = False,
           device_keys: keys.DeviceKeys | None = None,
           confirm: Callable[[list[withheld.Place]], None] | None = None) -> ExportResult:
    """`confirm` is shown the places where an extract withholds a name, before the
    file is written, and raises to stop it."""
    target = files.check_target(output, "exchange file")
    me = device_keys or keys.load()
    owner = lookup.agency(session, agency) if agency else None
    sent_to = _recipients(session, owner, list(to), passphrase)
    if since_last and not sent_to:
        raise InputError("--since-last needs contacts (--to or an agency's contacts): "
                         "a passphrase file has no memory of what was sent")
    # An agency's extract replaces what the agency holds: it is always whole.
    since = min((c.sent_upto for c in sent_to), default=0) if since_last and not owner else 0
    conn = session.connection()
    # An agency's laptop holds only an extract: what it sends back is its own
    # work, never other laptops' records passed on (the board would refuse them).
    own_only = owner is None and board.get_local(session, "replica") == "partial"
    current = board.current(session)
    heads = None if owner else signed_heads.for_export(
        rawdb.of(conn), me, current.id.hex if current else "", own_only=own_only)
    with files.private_workdir() as work:
        payload = work / "payload"
        review = withheld.Review(withheld.redactor(session)) if owner else None
        count, top, digest, size, used = _write_payload(conn, payload, owner, since, heads,
                                                        review)
        contents = _contents(rawdb.of(conn), projected=owner is not None,
                             whole=not since and not own_only, since=since)
        if confirm is not None and review is not None and review.places:
            confirm(review.places)
        manifest = _manifest(session, me, owner, sent_to, passphrase, since, count, digest, size,
                             own_only, used if owner else None)
        manifest["heads"] = {head.device: head.entry() for head in (heads or {}).values()}
        if owner is not None:  # which of two extracts is the newer (replace.py)
            manifest["as_of"] = replace.as_of(rawdb.of(conn), clock.of(session))
        inner = work / envelope.INNER
        container.write(inner, manifest, payload)
        payload.unlink()
        comment = (f"ocgboard export {manifest['export_id']} from {manifest['sender']['name']} "
                   f"({me.fingerprint}) at {manifest['created']}")
        signature = minisig.sign(me.signer, me.key_id, minisig.blake2b_file(inner), comment)
        recipients = [c.age_recipient for c in sent_to] + [me.recipient]
        with files.private_output(target, "exchange file") as out:
            envelope.seal(inner, signature, out, recipients=None if passphrase else recipients,
                          made_at=dt.datetime.fromisoformat(manifest["created"]),
                          passphrase=passphrase, workdir=work)
    for contact in sent_to:
        contact.sent_upto = max(contact.sent_upto, top)
    scope_text = (f"agency extract for {owner.name}" if owner else
                  f"{board.get_local(session, 'agency') or 'an agency'}'s return to the board"
                  if own_only else "full replica")
    session.add(ExchangeLog(direction="export", export_id=manifest["export_id"],
                            contact_id=sent_to[0].id if len(sent_to) == 1 else None,
                            scope=scope_text + (" (since last)" if since else ""),
                            file_name=target.name, records=count,
                            at=clock.of(session).stamp(), agency_id=owner.id if owner else None))
    session.flush()
    return ExportResult(target, count, scope_text, [c.name for c in sent_to] or ["passphrase"],
                        target.stat().st_size, contents)


def _contents(raw, *, projected: bool, whole: bool, since: int) -> dict[str, int]:
    """How many rows of each kind the file carries records of (for the person who
    sends it: threats, actions and updates, never "records")."""
    if projected:
        return dict(raw.execute("SELECT kind, count(*) FROM x_rows GROUP BY kind"))
    if whole:  # the whole board: its rows, counted where they are kept
        found = {name: raw.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
                 for name in syncable_tables()}
        return {name: n for name, n in found.items() if n}
    return dict(raw.execute("SELECT c.entity, count(DISTINCT c.row_id) FROM change c JOIN "
                            "x_heads h ON h.device_id = c.device_id AND c.seq <= h.top "
                            "WHERE c.id > ? GROUP BY c.entity", (since,)))


def _recipients(session: Session, owner: Agency | None, names: list[str],
                passphrase: str | None) -> list[Contact]:
    chosen = [contacts.get(session, name) for name in names]
    if owner is not None:
        for contact in chosen:
            if contact.agency_id != owner.id:
                raise InputError(f"{contact.name} is not a contact of {owner.name}: an "
                                 "agency's extract goes only to that agency")
        chosen = chosen or contacts.for_agency(session, owner)
        if not chosen and passphrase is None:
            raise InputError(f"no contact for {owner.name}: import its card first "
                             f"(ocgboard keys import CARD --agency ...) or use a passphrase")
        return chosen
    for contact in chosen:
        if contact.role != "board":
            raise InputError(f"{contact.name} is an agency's laptop: send it its agency's "
                             "extract (--agency), never a full replica")
    if not chosen and passphrase is None:
        raise InputError("a full replica needs --to CONTACT (another board laptop) "
                         "or --passphrase-file")
    return chosen


WINDOW = 50_000


def _selection(conn, heads: dict[int, signed_heads.Head] | None) -> tuple[str, str]:
    """What to write of each record, and the FROM and WHERE of the records to send,
    for a window of change ids: of each device, up to the head it signed."""
    raw = rawdb.of(conn)
    raw.execute("CREATE TEMP TABLE IF NOT EXISTS x_heads (device_id INTEGER PRIMARY KEY, "
                "top INTEGER)")
    raw.execute("DELETE FROM x_heads")
    raw.executemany("INSERT INTO x_heads VALUES (?, ?)",
                    [(pk, head.seq) for pk, head in (heads or {}).items()])
    where = ("FROM change c JOIN x_heads h ON h.device_id = c.device_id "
             "AND c.seq <= h.top WHERE c.id > ? AND c.id <= ?")
    return payload_sql.lines(raw, "c.id"), where


def _write_payload(conn, path: Path, owner, since: int,
                   heads: dict[int, signed_heads.Head] | None,
                   redact: withheld.Review | None) -> tuple[int, int, str, int, set[int]]:
    """SQLite serialises windows of the log in the log's own order (a row's
    records mostly sit together; the importer rebuilds the few that do not),
    while a worker thread compresses and hashes: both cores work. An agency's
    extract is its projection instead (projection.py). Also which devices'
    records it wrote."""
    raw = rawdb.of(conn)
    last = Log(raw).size()
    with open(path, "wb") as out, Compressor(out) as squeeze:
        if owner is not None:
            count, used = projection.write(
                raw, squeeze, scope.extract_rows(conn, owner.id),
                redact or withheld.Review(withheld.Redactor()), _kept_devices(conn, owner))
            top = last
        else:
            count, top, used = _write_log(raw, squeeze, *_selection(conn, heads), since, last)
            count += _held_tails(raw, squeeze, heads or {})
    return count, top, squeeze.digest.hexdigest(), squeeze.size, used


def _write_log(raw, squeeze: Compressor, lines: str, where: str, since: int,
               last: int) -> tuple[int, int, set[int]]:
    count = top = 0
    used: set[int] = set()
    for low in range(since, last, WINDOW):
        text, n, high, devices = raw.execute(
            f"SELECT {lines}, count(*), max(c.id), {payload_sql.device_list(raw)} {where}",
            (low, low + WINDOW)).fetchone()
        if n:
            squeeze.put((text + "\n").encode())
            count, top = count + n, max(top, high)
            used |= {int(pk) for pk in str(devices).split(",")}
    return count, top, used


def _kept_devices(conn, owner: Agency) -> set[str]:
    """The devices whose records an agency's laptop holds itself: its own, and the
    library's seed."""
    own = conn.execute(select(Contact.device_uuid).where(Contact.agency_id == owner.id))
    return {setup.SEED_DEVICE, *own.scalars()}


def _held_tails(raw, squeeze: Compressor, heads: dict[int, signed_heads.Head]) -> int:
    """After the log: the records this laptop holds back that run on from a device's
    log to its signed head (signed_heads.held_tail), so that the receiver holds
    back the same and can take that device's log before them."""
    count = 0
    for pk, head in heads.items():
        tail = signed_heads.held_tail(raw, pk, head)
        if tail is None:
            continue
        text, n = raw.execute(
            f"SELECT {payload_sql.lines(raw, 'c.seq')}, count(*) FROM (SELECT "
            "? AS device_id, seq, hlc, author, entity, row_id, fields, supersedes, hash "
            "FROM held_record WHERE device = ? AND seq BETWEEN ? AND ? ORDER BY seq) c",
            (pk, head.device, *tail)).fetchone()
        if n:
            squeeze.put((text + "\n").encode())
            count += n
    return count


def _manifest(session: Session, me: keys.DeviceKeys, owner, sent_to, passphrase, since,
              count, digest, size, own_only: bool = False,
              only_devices: set[int] | None = None) -> dict:
    """`only_devices`: an extract names only the devices whose records it carries
    (and this laptop), never how many records any of them has made."""
    device = board.local_device(session)
    current = board.current(session)
    return {
        "export_id": uuid.uuid4().hex,
        "created": clock.of(session).now().isoformat(timespec="seconds"),
        "sender": {"device": device.uuid, "name": device.name, "fingerprint": me.fingerprint,
                   "key_id": me.key_id.hex(), "signing_key": me.signing_key,
                   "age_recipient": me.recipient},
        "board": {"id": current.id.hex if current else None,
                  "name": current.name if current else None},
        "scope": {"kind": "agency" if owner else "return" if own_only else "full",
                  "agency_id": owner.id.hex if owner else None,
                  "agency": owner.name if owner else None,
                  "agency_short": (owner.short_name or owner.name) if owner else None,
                  "since": since},
        "recipients": ["passphrase"] if passphrase else [c.fingerprint for c in sent_to],
        # Whom the file is for, by the age keys it is encrypted to: signed, so that a
        # holder who encrypts it again to someone else cannot change whom it is for.
        "recipient_keys": [] if passphrase else sorted(
            {c.age_recipient for c in sent_to} | {me.recipient}),
        "schema": schema.head_revision(),
        "counts": {"records": count},
        "payload": {"encoding": container.ENCODING, "sha256": digest, "bytes": size},
        "devices": {str(pk): uuid_ for pk, uuid_ in session.execute(
            select(Device.id, Device.uuid)) if only_devices is None
            or pk in only_devices or uuid_ == device.uuid}
        | ({str(projection.AS_BOARD): BOARD} if projection.AS_BOARD in (only_devices or ())
           else {}),
        # A return names the extract it answers: a board that does not know this
        # laptop's key holds it to that extract's agency.
        "answers": board.get_local(session, "extract_id") if own_only else None,
    }
