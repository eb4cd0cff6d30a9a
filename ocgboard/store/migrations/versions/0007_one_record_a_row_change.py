"""one change record a row change, carrying the fields it sets

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02

A record was one field of one row: its field, old and new value, and the
records of that field it superseded. It is now one change of a row: a JSON
object of the fields it sets and, per field, what it supersedes; the old
value is what the superseded records said. Every record held becomes a
record of one field, with the same device, number and clock, so that every
laptop holding the same records converts them alike and nothing that names
a record (what supersedes it, an open conflict, what a contact was sent)
changes. Each chain is hashed again over the new text, the same way on
every laptop; the heads devices signed are of the old hashes and are let
go, as are records held back, which their senders send again.
"""

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

BATCH = 50_000
GENESIS = b"\x00" * 32


def digest(prev: bytes, device: str, seq: int, hlc: int, author: str, entity: str,
           row_id: str, fields: str, supersedes: str | None) -> bytes:
    """The digest of a record as schema 0007 keeps them (store/record.py)."""
    content = "\x1f".join((device, str(seq), str(hlc), author, entity, row_id, fields,
                           supersedes or ""))
    return hashlib.sha256(prev + content.encode("utf-8", "surrogatepass")).digest()


def upgrade() -> None:
    conn = op.get_bind()
    conn.exec_driver_sql("DELETE FROM signed_head")
    postgres = conn.dialect.name == "postgresql"
    # PostgreSQL's key names are the schema's, not the table's: the new one is
    # named for the old once that is gone.
    _records_table("change_v7", pk="pk_change_v7" if postgres else "pk_change")
    # Field names are column names and record ids are hex and digits: json_quote
    # spells both as ocgboard's own writer does; a value is already JSON text.
    quote = "to_json({}::text)::text" if postgres else "json_quote({})"
    field, superseded = quote.format("field"), quote.format("supersedes")
    conn.exec_driver_sql(
        "INSERT INTO change_v7 (id, device_id, seq, hlc, author, entity, row_id, fields, "
        "supersedes, hash) SELECT id, device_id, seq, hlc, author, entity, row_id, "
        f"'{{' || {field} || ':' || coalesce(new, 'null') || '}}', "
        "CASE WHEN supersedes IS NULL OR supersedes = '' THEN NULL ELSE "
        f"'{{' || {field} || ':' || {superseded} || '}}' END, hash "
        "FROM change ORDER BY id")
    with op.batch_alter_table("change", schema=None) as batch_op:
        batch_op.drop_index("uq_change_device_seq")
        batch_op.drop_index("ix_change_row")
    op.drop_table("change")
    op.rename_table("change_v7", "change")
    if postgres:
        op.execute("ALTER TABLE change RENAME CONSTRAINT pk_change_v7 TO pk_change")
        # ids kept from the old log: the new table's sequence starts after them
        op.execute("ALTER SEQUENCE change_v7_id_seq RENAME TO change_id_seq")
        op.execute("SELECT setval('change_id_seq', coalesce(max(id), 0) + 1, false) "
                   "FROM change")
    with op.batch_alter_table("change", schema=None) as batch_op:
        batch_op.create_index("ix_change_row", ["row_id"], unique=False)
        batch_op.create_index("uq_change_device_seq", ["device_id", "seq"], unique=True)
    _held_records_again()
    for pk, uuid in conn.execute(sa.text("SELECT id, uuid FROM device")).fetchall():
        _rehash(conn, pk, uuid)


def _record_columns() -> list[sa.Column]:
    """A record's own columns, as the log and the records held back keep them."""
    return [
        sa.Column("seq", sa.Integer().with_variant(sa.BigInteger(), "postgresql"), nullable=False),
        sa.Column("hlc", sa.Integer().with_variant(sa.BigInteger(), "postgresql"), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=32), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("supersedes", sa.Text(), nullable=True),
        sa.Column("hash", sa.LargeBinary(length=32), nullable=False),
    ]


def _records_table(name: str, pk: str) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.Integer().with_variant(sa.BigInteger(), "postgresql"), nullable=False),
        sa.Column("device_id", sa.Integer().with_variant(sa.BigInteger(), "postgresql"), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(["device_id"], ["device.id"],
                                name="fk_change_device_id_device"),
        sa.PrimaryKeyConstraint("id", name=pk),
    )


def _held_records_again() -> None:
    with op.batch_alter_table("held_record", schema=None) as batch_op:
        batch_op.drop_index("uq_held_device_seq")
    op.drop_table("held_record")
    op.create_table(
        "held_record",
        sa.Column("id", sa.Integer().with_variant(sa.BigInteger(), "postgresql"), nullable=False),
        sa.Column("device", sa.String(length=32), nullable=False),
        *_record_columns(),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_held_record")),
    )
    with op.batch_alter_table("held_record", schema=None) as batch_op:
        batch_op.create_index("uq_held_device_seq", ["device", "seq"], unique=True)


def _rehash(conn, pk: int, uuid: str) -> None:
    """Hash one device's chain again over its records' new text. After a gap (an
    agency's laptop holds parts of others' chains) the chain cannot be checked,
    and is hashed from nothing."""
    prev, expected, last_seq = GENESIS, 1, 0
    while True:
        batch = conn.execute(sa.text(
            "SELECT id, seq, hlc, author, entity, row_id, fields, supersedes "
            "FROM change WHERE device_id = :pk AND seq > :after ORDER BY seq LIMIT :n"),
            {"pk": pk, "after": last_seq, "n": BATCH}).fetchall()
        if not batch:
            break
        updates = []
        for rec_id, seq, hlc, author, entity, row_id, fields, sup in batch:
            if seq != expected:
                prev = b""
            prev = digest(prev, uuid, seq, hlc, author, entity, row_id, fields, sup)
            updates.append({"id": rec_id, "hash": prev})
            expected, last_seq = seq + 1, seq
        conn.execute(sa.text("UPDATE change SET hash = :hash WHERE id = :id"), updates)
    conn.execute(sa.text("UPDATE device SET last_hash = :hash WHERE id = :pk AND last_seq > 0"),
                 {"hash": prev, "pk": pk})


def downgrade() -> None:
    raise NotImplementedError("a store is never taken back to field records")
