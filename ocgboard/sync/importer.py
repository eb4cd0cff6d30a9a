"""Reading an exchange file: check everything, then merge it in one transaction.

Order: size and format; decrypt; unpack; the signer must be a contact (or
this laptop) and the signature must hold; the container's format, schema
and board must be ones we accept (`sync/admission.py`). Only then are records merged, inside one
transaction guarded by an undo point: a backup of the store, or, for a small
file into a big store, an undo file of what the import changes
(`store/undo.py`). A preview runs the same merge and rolls
it back. An agency's file is held to its extract, and refused whole if it
reaches beyond it.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pyrage
from sqlalchemy.orm import Session

from ocgboard import clock
from ocgboard.core import keeping, setup
from ocgboard.errors import BoardError, InputError
from ocgboard.files import private_workdir
from ocgboard.store import Store, backup, journal, pruning, undo
from ocgboard.store import raw as rawdb
from ocgboard.store.models import Agency, Contact, ExchangeLog
from ocgboard.sync import (
    admission,
    contacts,
    container,
    envelope,
    keys,
    numbers,
    plan,
    references,
    replace,
    signed_heads,
)
from ocgboard.sync.chains import device_names
from ocgboard.sync.merge import Merger
from ocgboard.sync.summary import Summary

MAX_LISTED = 20
IMPORT_CACHE = -262_144  # KiB: a big page cache while merging (the default is 2 MB)


@dataclass
class ImportResult:
    summary: Summary
    manifest: dict
    signer: admission.Signer
    applied: bool
    backup: Path | None = None
    warnings: list[str] = field(default_factory=list)


def kept_words(kept: Path | str) -> str:
    """What the import's undo point is, in a sentence for the chair."""
    if str(kept).endswith(undo.SUFFIX):
        return (f"This import can be undone with `ocgboard restore {kept}` until anything "
                "else changes the board.")
    return f"The board was backed up first to {kept}."


def read_identities(path: Path) -> list:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        found = [pyrage.x25519.Identity.from_str(line.strip()) for line in lines
                 if line.strip().startswith("AGE-SECRET-KEY-")]
    except (OSError, UnicodeDecodeError, pyrage.IdentityError) as exc:
        raise InputError(f"cannot read the identity file {path.name}: {exc}") from None
    if not found:
        raise InputError(f"{path.name} holds no age identity (AGE-SECRET-KEY-...)")
    return found


def import_file(store: Store, path: Path, *, identities: list | None = None,
                passphrase: str | None = None, preview: bool = False,
                trust_unknown_signer: bool = False,
                device_keys: keys.DeviceKeys | None = None,
                sole_user: bool = False) -> ImportResult:
    """`sole_user`: nothing else uses the store while this runs (the command
    line), so that a big load may leave WAL mode and be written once."""
    me = device_keys or keys.load()
    with private_workdir("import-") as work:
        inner, signature = envelope.open_envelope(
            path, work, identities=identities or [me.identity], passphrase=passphrase)
        with open(inner, "rb") as fh:
            _version, manifest = container.read_header(fh)
        try:
            signer, warnings = admission.signed_by(store, me, inner, signature, manifest,
                                                   passphrase is not None,
                                                   trust_unknown_signer)
        except BoardError:
            # Its signer is unknown here when the file is another board's: say so, so
            # that it is taken to that board's store, which checks it all.
            admission.check_board(store, manifest)
            raise
        admission.check_addressed(manifest, me, identities, passphrase is not None, signer)
        admission.check_compatible(store, manifest)
        with open(inner, "rb") as fh:
            container.read_header(fh)
            return _merge(store, fh, manifest, signer, preview, warnings, inner,
                          sole_user)


def _merge(store, fh, manifest, signer, preview, warnings, inner: Path,
           sole_user: bool) -> ImportResult:
    with store.engine.connect() as conn:
        chosen = plan.decide(conn, manifest, signer, inner=inner, store_path=store.path,
                             sole_user=sole_user)
        conn.rollback()  # it only read: the merge's transaction begins afresh
        snapshot = None if preview or store.path is None or chosen.undo_journal else (
            backup.before(store.path, "before-import", store.clock,
                          alongside=not chosen.written_once))
        try:
            with _merging(rawdb.of(conn), once=chosen.written_once):
                summary, kept = _merge_in(store, conn, fh, manifest, signer, preview, chosen,
                                          snapshot)
        except BaseException:
            if snapshot is not None:
                snapshot.abandon()
            raise
    if kept is not None and store.path is not None:
        with store.reader() as s:
            pruning.prune(store.path, store.clock.local_now(), keeping.policy(s))
    return ImportResult(summary, manifest, signer, not preview, kept, warnings)


def _merge_in(store, conn, fh, manifest, signer, preview, chosen: plan.Plan,
              snapshot: backup.Snapshot | None) -> tuple[Summary, Path | None]:
    """The merge in one transaction: committed, or rolled back for a preview, a
    file that changes nothing, or any failure. Returns the undo point kept."""
    transaction = conn.begin()
    if conn.dialect.name == "postgresql":
        # Checked before commit (references.py), as on SQLite with foreign keys off.
        conn.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")
    merger = None
    point: backup.Snapshot | undo.Journal | None = snapshot
    try:
        if chosen.undo_journal and not preview:
            point = _journal(conn, manifest, store)
        replacing = replace.begin(rawdb.of(conn), manifest, chosen.role, signer.name,
                                  store.clock)
        merger = _merger(store, conn, manifest, chosen)
        summary = _fed(merger, fh, manifest)
        _refuse_out_of_scope(summary, signer)
        if replacing:
            summary.withdrawn = replace.end(merger.raw, manifest)
        elif chosen.walk_chains:  # a laptop of the board's: an agency's takes its numbers
            for done in numbers.settle(conn, store.clock, merger.written | set(merger.recompute)):
                summary.numbered_again(done.row_id, done.threat_id, done.old, done.new)
        references.check(conn, None if replacing else merger.rows.touched)
        if preview or not summary.changes_anything:
            transaction.rollback()  # a file already imported changes nothing at all
            if point is not None:
                point.abandon()
        else:
            if not signer.trusted:
                signer.contact = _keep_signer(conn, manifest, chosen.role, store.clock)
                signer.name = signer.contact.name  # trusted still False: kept just now
            _log(conn, manifest, signer, summary, store.clock)
            if point is not None:
                point.wait()  # the undo point is whole before the import counts
            transaction.commit()
        return summary, point.kept if point is not None else None
    except BaseException:
        if merger is not None and merger.staged is not None:
            merger.staged.halt()  # no copy may run on the connection being rolled back
        if transaction.is_active:
            transaction.rollback()
        if isinstance(point, undo.Journal):
            point.abandon()
        raise
    finally:
        if merger is not None and merger.staged is not None:
            merger.staged.close(merger.raw)
        if isinstance(point, undo.Journal):
            point.close()


def _keep_signer(conn, manifest: dict, role: plan.Role | None,
                 wall: clock.Clock) -> Contact:
    """A laptop trusted once is kept in the address book, in the import's own
    transaction: an agency's, by the extract its return answers, as that agency's
    contact (its next extract goes to its key); the board laptop whose extract this
    agency's laptop took by passphrase, as the board's (its return goes to that key)."""
    card = keys.sender_card(manifest)
    with Session(bind=conn, info={"clock": wall}) as session:
        agency = session.get(Agency, role.agency_id) if role is not None else None
        # Named by whose it is and by its key, never by the name it gives itself.
        whose = (agency.short_name or agency.name) if agency else "board"
        contact = contacts.add(session, card, agency=agency.name if agency else None,
                               board=agency is None,
                               name=f"{whose} laptop {card.fingerprint}"[:200])
        session.expunge(contact)
    return contact


def _journal(conn, manifest: dict, store: Store) -> undo.Journal:
    """The undo file's journal, saying which import it undoes."""
    return undo.Journal(rawdb.of(conn), backup.backup_name(
        "before-import", store.clock, undo.SUFFIX, of=store.path), {
        "export_id": str(manifest.get("export_id", ""))[:32],
        "sender": str((manifest.get("sender") or {}).get("name", ""))[:200],
        "made": store.clock.stamp().isoformat()})


def _merger(store, conn, manifest: dict, chosen: plan.Plan) -> Merger:
    sender = manifest.get("sender") or {}
    return Merger(conn, store.clock, chosen, devices={
        num: (uuid, sender.get("name") if uuid == sender.get("device") else None)
        for num, uuid in container.devices(manifest).items()},
        sender=sender.get("device"))


def _fed(merger: Merger, fh, manifest: dict) -> Summary:
    """The file's records merged, each device's checked against the head it signed."""
    check = signed_heads.HeadCheck.of(manifest, merger.pk_of, device_names(merger.raw),
                                      merger.pk_of(setup.SEED_DEVICE))
    with _no_cyclic_gc():
        merger.feed(check.checked(container.records(fh, manifest, merger.device_map)))
        check.finish()
        summary = merger.finish()
    check.keep(merger.raw, merger.uuid_of[merger.local_pk])
    return summary


@contextmanager
def _merging(raw, *, once: bool):
    """The connection's settings for a merge, put back afterwards. Foreign keys are
    checked once, before commit (references.py): checked row by row,
    every new person or agency would scan the plans. A big load into a small
    store, by the store's only user, is written once (journal.written_once)."""
    if not rawdb.is_sqlite(raw):  # a server's keys are deferred in the transaction
        yield
        return
    raw.execute("PRAGMA foreign_keys = OFF")
    raw.execute(f"PRAGMA cache_size = {IMPORT_CACHE}")
    try:
        with journal.written_once(raw, once):
            yield
    finally:
        raw.execute("PRAGMA cache_size = -2000")
        raw.execute("PRAGMA foreign_keys = ON")


@contextmanager
def _no_cyclic_gc():
    """Millions of short-lived records make Python's cycle collector rescan every
    live object again and again; nothing a merge builds holds a cycle."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _refuse_out_of_scope(summary: Summary, signer: admission.Signer) -> None:
    if not summary.refused:
        return
    listed = "; ".join(summary.refused[:MAX_LISTED])
    more = len(summary.refused) - MAX_LISTED
    raise BoardError(f"refused: {signer.name}'s file makes {len(summary.refused)} change(s) "
                     f"an agency's laptop may not make: {listed}"
                     + (f"; and {more} more" if more > 0 else "") + "; nothing was imported")


def _log(conn, manifest: dict, signer: admission.Signer, summary: Summary,
         wall: clock.Clock) -> None:
    scope = manifest.get("scope") or {}
    label = container.scope_words(manifest)
    conn.execute(ExchangeLog.__table__.insert().values(
        direction="import", export_id=str(manifest.get("export_id", ""))[:32],
        contact_id=signer.contact.id if signer.contact else None,
        scope=f"{label} from {signer.name}", file_name="", records=summary.records_new,
        at=wall.stamp()))
    if scope.get("kind") == "agency":
        settings = {"replica": "partial", "extract_id": str(manifest.get("export_id"))}
        agency = scope.get("agency_short") or scope.get("agency")
        if isinstance(agency, str) and agency.strip():
            settings["agency"] = agency.strip()[:100]
        raw = rawdb.of(conn)
        for key, value in settings.items():
            raw.execute(replace.SET_SQL, (key, value))
