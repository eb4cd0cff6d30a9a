"""contacts, conflicts and the exchange log

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op


revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "conflict",
        sa.Column("id", sa.Integer().with_variant(sa.BigInteger(), "postgresql"), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=32), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("heads", sa.Text(), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflict")),
    )
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.create_index("uq_conflict_field", ["row_id", "field"], unique=True)

    op.create_table(
        "contact",
        sa.Column("id", sa.Integer().with_variant(sa.BigInteger(), "postgresql"), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("agency_id", sa.Uuid(native_uuid=False), nullable=True),
        sa.Column("board_name", sa.String(length=200), nullable=True),
        sa.Column("device_uuid", sa.String(length=32), nullable=False),
        sa.Column("age_recipient", sa.String(length=100), nullable=False),
        sa.Column("signing_key", sa.String(length=100), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("fingerprint", sa.String(length=40), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("removed", sa.Boolean(), nullable=False),
        sa.Column("sent_upto", sa.Integer().with_variant(sa.BigInteger(), "postgresql"), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name=op.f("fk_contact_agency_id_agency")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_key_id"), ["key_id"], unique=False)

    op.create_table(
        "exchange_log",
        sa.Column("id", sa.Integer().with_variant(sa.BigInteger(), "postgresql"), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("export_id", sa.String(length=32), nullable=False),
        sa.Column("contact_id", sa.Integer().with_variant(sa.BigInteger(), "postgresql"), nullable=True),
        sa.Column("scope", sa.String(length=200), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("records", sa.Integer().with_variant(sa.BigInteger(), "postgresql"), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_exchange_log_contact_id_contact")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_log")),
    )


def downgrade() -> None:

    op.drop_table("exchange_log")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_key_id"))

    op.drop_table("contact")
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.drop_index("uq_conflict_field")

    op.drop_table("conflict")
