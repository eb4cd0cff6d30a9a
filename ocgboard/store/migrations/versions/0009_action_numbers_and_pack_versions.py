"""action numbers that hold; the version and agency of each issued copy

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03

An action's number in its threat's plan was worked out whenever a pack was
printed (by strand, then as raised), so adding an action renumbered the
others. It is now stored, given once. Every action held is numbered here as
the packs printed so far showed it: the live actions of a threat by strand,
then as raised, ties by id; then its deleted ones, which no pack showed, in
the same order. Each number is a change record of this laptop, so it
replicates like any edit; two board laptops upgrading the same board number
it alike. An agency's laptop numbers nothing: its next extract says.

The distribution register keeps the version of each copy and, for an agency
copy, the agency. Every copy issued before this revision was printed as
"Pack version" its meeting's pack_version (never anything but 1): that is
its version, recorded the same way. Which agency an agency copy was for was
never kept.
"""

import hashlib

import sqlalchemy as sa
from alembic import context, op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

AUTHOR = "ocgboard (schema upgrade)"
GENESIS = b"\x00" * 32
SHIFT = 16  # the hybrid logical clock's counter bits (store/hlc.py)
STRANDS = ("Pursue", "Protect", "Prepare", "Prevent")  # resources/vocab.json, at 0008


def digest(prev: bytes, device: str, seq: int, hlc: int, author: str, entity: str,
           row_id: str, fields: str, supersedes: str | None) -> bytes:
    """The digest of a record as schema 0009 keeps them (store/record.py)."""
    content = "\x1f".join((device, str(seq), str(hlc), author, entity, row_id, fields,
                           supersedes or ""))
    return hashlib.sha256(prev + content.encode("utf-8", "surrogatepass")).digest()


def upgrade() -> None:
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.add_column(sa.Column("number", sa.Integer().with_variant(sa.BigInteger(), "postgresql"), nullable=True))
    with op.batch_alter_table("distribution", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer().with_variant(sa.BigInteger(), "postgresql"), nullable=True))
        batch_op.add_column(sa.Column("agency_id", sa.Uuid(native_uuid=False), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_distribution_agency_id_agency"), "agency",
                                    ["agency_id"], ["id"])
    conn = op.get_bind()
    partial = conn.execute(sa.text(
        "SELECT value FROM local_setting WHERE key = 'replica'")).scalar() == "partial"
    device = conn.execute(sa.text(
        "SELECT id, uuid, last_seq, last_hash, last_hlc FROM device WHERE is_local")).first()
    if partial or device is None:
        return
    values = [("action", row_id, "number", n) for row_id, n in _action_numbers(conn)]
    values += [("distribution", row_id, "version", v) for row_id, v in _copy_versions(conn)]
    if values:
        _record(conn, device, values)


def _action_numbers(conn) -> list[tuple[str, int]]:
    """Each action's number: in its threat, live ones first, by strand, as raised, by id."""
    rank = " ".join(f"WHEN '{s}' THEN {n}" for n, s in enumerate(STRANDS))
    rows = conn.execute(sa.text(
        f"SELECT id, threat_id FROM action ORDER BY threat_id, deleted, "
        f"CASE strand {rank} ELSE 9 END, raised_on, id")).all()
    numbers, threat, n = [], None, 0
    for row_id, threat_id in rows:
        n = n + 1 if threat_id == threat else 1
        threat = threat_id
        numbers.append((row_id, n))
    return numbers


def _copy_versions(conn) -> list[tuple[str, int]]:
    return [(row_id, version) for row_id, version in conn.execute(sa.text(
        "SELECT d.id, coalesce(m.pack_version, 1) FROM distribution d "
        "JOIN meeting m ON m.id = d.meeting_id ORDER BY d.id"))]


def _record(conn, device, values: list[tuple[str, str, str, int]]) -> None:
    """Set each value, in the row and as one record of this laptop's chain."""
    pk, uuid, seq, prev, clock = device
    prev = prev or GENESIS
    wall = context.config.attributes.get("clock")
    if wall is not None:
        clock = max(clock, wall.wall_ms() << SHIFT)
    records = []
    for entity, row_id, field, value in values:
        seq, clock = seq + 1, clock + 1
        fields = f'{{"{field}":{value}}}'
        prev = digest(prev, uuid, seq, clock, AUTHOR, entity, row_id, fields, None)
        records.append({"device": pk, "seq": seq, "hlc": clock, "author": AUTHOR,
                        "entity": entity, "row": row_id, "fields": fields, "hash": prev})
    conn.execute(sa.text(
        "INSERT INTO change (device_id, seq, hlc, author, entity, row_id, fields, supersedes, "
        "hash) VALUES (:device, :seq, :hlc, :author, :entity, :row, :fields, NULL, :hash)"),
        records)
    for entity, field in {(entity, field) for entity, _row, field, _value in values}:
        conn.execute(sa.text(f"UPDATE {entity} SET {field} = :value WHERE id = :row"),
                     [{"value": value, "row": row_id} for kind, row_id, named, value in values
                      if (kind, named) == (entity, field)])
    conn.execute(sa.text("UPDATE device SET last_seq = :seq, last_hash = :hash, "
                         "last_hlc = :hlc WHERE id = :pk"),
                 {"seq": seq, "hash": prev, "hlc": clock, "pk": pk})


def downgrade() -> None:
    with op.batch_alter_table("distribution", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_distribution_agency_id_agency"),
                                 type_="foreignkey")
        batch_op.drop_column("agency_id")
        batch_op.drop_column("version")
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_column("number")
