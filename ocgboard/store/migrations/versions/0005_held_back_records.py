"""records held back until what they depend on arrives; the agency of an extract

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02

A received record that follows a record its device's chain has not shown
this laptop yet, or that supersedes a record this laptop does not hold, is
no longer applied blind: it waits in held_record and is tried again at each
import. The exchange log remembers which agency an extract was for, so that
a return from a signer outside the address book is held to that agency's
powers.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "held_record",
        sa.Column("id", sa.Integer().with_variant(sa.BigInteger(), "postgresql"), nullable=False),
        sa.Column("device", sa.String(length=32), nullable=False),
        sa.Column("seq", sa.Integer().with_variant(sa.BigInteger(), "postgresql"), nullable=False),
        sa.Column("hlc", sa.Integer().with_variant(sa.BigInteger(), "postgresql"), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=32), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("old", sa.Text(), nullable=True),
        sa.Column("new", sa.Text(), nullable=True),
        sa.Column("supersedes", sa.Text(), nullable=True),
        sa.Column("hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_held_record")),
    )
    with op.batch_alter_table("held_record", schema=None) as batch_op:
        batch_op.create_index("uq_held_device_seq", ["device", "seq"], unique=True)
    with op.batch_alter_table("exchange_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("agency_id", sa.Uuid(native_uuid=False), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("exchange_log", schema=None) as batch_op:
        batch_op.drop_column("agency_id")
    with op.batch_alter_table("held_record", schema=None) as batch_op:
        batch_op.drop_index("uq_held_device_seq")
    op.drop_table("held_record")
