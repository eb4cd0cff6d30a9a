"""meetings, agenda, attendance and distribution

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op


revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "meeting",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("venue", sa.String(length=200), nullable=True),
        sa.Column("chair_id", sa.Uuid(native_uuid=False), nullable=True),
        sa.Column("marking", sa.String(length=100), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("next_meeting_on", sa.Date(), nullable=True),
        sa.Column("pack_version", sa.Integer().with_variant(sa.BigInteger(), "postgresql"), nullable=False),
        sa.Column("id", sa.Uuid(native_uuid=False), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["chair_id"], ["person.id"], name=op.f("fk_meeting_chair_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "agenda_item",
        sa.Column("meeting_id", sa.Uuid(native_uuid=False), nullable=False),
        sa.Column("position", sa.Integer().with_variant(sa.BigInteger(), "postgresql"), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("purpose", sa.String(length=20), nullable=False),
        sa.Column("presenter", sa.String(length=200), nullable=True),
        sa.Column("minutes", sa.Integer().with_variant(sa.BigInteger(), "postgresql"), nullable=False),
        sa.Column("threat_id", sa.Uuid(native_uuid=False), nullable=True),
        sa.Column("decision", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(native_uuid=False), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_agenda_item_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["threat_id"], ["threat.id"], name=op.f("fk_agenda_item_threat_id_threat")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_item_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "attendance",
        sa.Column("meeting_id", sa.Uuid(native_uuid=False), nullable=False),
        sa.Column("person_id", sa.Uuid(native_uuid=False), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=True),
        sa.Column("id", sa.Uuid(native_uuid=False), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_attendance_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_attendance_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "distribution",
        sa.Column("meeting_id", sa.Uuid(native_uuid=False), nullable=False),
        sa.Column("person_id", sa.Uuid(native_uuid=False), nullable=False),
        sa.Column("copy_number", sa.Integer().with_variant(sa.BigInteger(), "postgresql"), nullable=False),
        sa.Column("variant", sa.String(length=20), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("returned_on", sa.Date(), nullable=True),
        sa.Column("destroyed_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(native_uuid=False), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_distribution_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_distribution_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_distribution")),
    )
    with op.batch_alter_table("distribution", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_distribution_meeting_id"), ["meeting_id"], unique=False
        )

    with op.batch_alter_table("action_update", schema=None) as batch_op:
        batch_op.add_column(sa.Column("meeting_id", sa.Uuid(native_uuid=False), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_action_update_meeting_id_meeting"), "meeting", ["meeting_id"], ["id"]
        )


def downgrade() -> None:

    with op.batch_alter_table("action_update", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_action_update_meeting_id_meeting"), type_="foreignkey"
        )
        batch_op.drop_column("meeting_id")

    with op.batch_alter_table("distribution", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_distribution_meeting_id"))

    op.drop_table("distribution")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_meeting_id"))

    op.drop_table("attendance")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_meeting_id"))

    op.drop_table("agenda_item")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_starts_at"))

    op.drop_table("meeting")
