"""device ids derived from signing keys; the signed heads of devices' chains

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02

A device's id was a random UUID that a card, a file or a backup could claim;
it is now a hash of the device's signing key. This laptop's id is derived
from its own keys, each contact's from the key on its card; a device whose
key this laptop never saw keeps its old id, and its records are never passed
on (they have no signed head). Every record names its device, and what it
supersedes, in its hash: each chain is hashed again over the new ids, the
same way on every laptop that knows the same keys. Records held back were
never applied; their senders send them again, so they are let go.
signed_head keeps what devices signed of their chains, to pass on with
their records.
"""

import hashlib

import sqlalchemy as sa
from alembic import context, op

from ocgboard.store.identity import device_id, parse_public_key

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

BATCH = 50_000
GENESIS = b"\x00" * 32


def record_digest(prev: bytes, device: str, seq: int, hlc: int, author: str, entity: str,
                  row_id: str, fld: str, old: str | None, new: str | None,
                  supersedes: str | None) -> bytes:
    """The digest of a field record as schema 0006 kept them (0007 replaced them)."""
    content = "\x1f".join((device, str(seq), str(hlc), author, entity, row_id, fld,
                           old or "", new or "", supersedes or ""))
    return hashlib.sha256(prev + content.encode("utf-8", "surrogatepass")).digest()


def upgrade() -> None:
    op.create_table(
        "signed_head",
        sa.Column("device", sa.String(length=32), nullable=False),
        sa.Column("seq", sa.Integer().with_variant(sa.BigInteger(), "postgresql"), nullable=False),
        sa.Column("hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("public_key", sa.LargeBinary(length=32), nullable=False),
        sa.Column("signature", sa.LargeBinary(length=64), nullable=False),
        sa.PrimaryKeyConstraint("device", "seq", name=op.f("pk_signed_head")),
    )
    conn = op.get_bind()
    remap = _new_ids(conn)
    conn.exec_driver_sql("DELETE FROM held_record")
    for old, new in remap.items():
        conn.execute(sa.text("UPDATE device SET uuid = :new WHERE uuid = :old"),
                     {"old": old, "new": new})
        conn.execute(sa.text("UPDATE contact SET device_uuid = :new WHERE device_uuid = :old"),
                     {"old": old, "new": new})
        for table, column in (("change", "supersedes"), ("conflict", "heads")):
            conn.execute(sa.text(
                f"UPDATE {table} SET {column} = replace({column}, :old, :new) "
                f"WHERE instr({column}, :old)"), {"old": old + ":", "new": new + ":"})
    if remap:
        for pk, uuid in conn.execute(sa.text("SELECT id, uuid FROM device")).fetchall():
            _rehash(conn, pk, uuid)


def _new_ids(conn) -> dict[str, str]:
    """Old id → id derived from the key, for every device whose key is known here."""
    remap = {}
    local = conn.execute(sa.text("SELECT uuid FROM device WHERE is_local")).scalar()
    if local is not None:
        keys = context.config.attributes.get("keys")
        if keys is None:
            raise RuntimeError("this migration needs the laptop's keys: open the store "
                               "with ocgboard")
        remap[local] = keys().device_id
    for old, signing_key in conn.execute(sa.text(
            "SELECT device_uuid, signing_key FROM contact")).fetchall():
        remap.setdefault(old, device_id(parse_public_key(signing_key)[1]))
    return {old: new for old, new in remap.items() if old != new}


def _rehash(conn, pk: int, uuid: str) -> None:
    """Hash one device's chain again over its (new) id and its records' new text.
    After a gap (an agency's laptop holds parts of others' chains) the chain
    cannot be checked, and is hashed from nothing, as verify reads it."""
    prev, expected, last_seq = GENESIS, 1, 0
    while True:
        batch = conn.execute(sa.text(
            "SELECT id, seq, hlc, author, entity, row_id, field, old, new, supersedes "
            "FROM change WHERE device_id = :pk AND seq > :after ORDER BY seq LIMIT :n"),
            {"pk": pk, "after": last_seq, "n": BATCH}).fetchall()
        if not batch:
            break
        updates = []
        for rec_id, seq, hlc, author, entity, row_id, fld, old, new, sup in batch:
            if seq != expected:
                prev = b""
            prev = record_digest(prev, uuid, seq, hlc, author, entity, row_id, fld, old,
                                 new, sup)
            updates.append({"id": rec_id, "hash": prev})
            expected, last_seq = seq + 1, seq
        conn.execute(sa.text("UPDATE change SET hash = :hash WHERE id = :id"), updates)
    conn.execute(sa.text("UPDATE device SET last_hash = :hash WHERE id = :pk AND last_seq > 0"),
                 {"hash": prev, "pk": pk})


def downgrade() -> None:
    op.drop_table("signed_head")
