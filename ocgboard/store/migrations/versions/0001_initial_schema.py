"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op


revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "agency",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("short_name", sa.String(length=40), nullable=True),
        sa.Column("id", sa.Uuid(native_uuid=False), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agency")),
    )
    with op.batch_alter_table("agency", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agency_name"), ["name"], unique=False)

    op.create_table(
        "board",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("area", sa.String(length=200), nullable=True),
        sa.Column("marking", sa.String(length=100), nullable=False),
        sa.Column("id", sa.Uuid(native_uuid=False), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board")),
    )
    op.create_table(
        "device",
        sa.Column("id", sa.Integer().with_variant(sa.BigInteger(), "postgresql"), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("is_local", sa.Boolean(), nullable=False),
        sa.Column("last_seq", sa.Integer().with_variant(sa.BigInteger(), "postgresql"), nullable=False),
        sa.Column("last_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("last_hlc", sa.Integer().with_variant(sa.BigInteger(), "postgresql"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device")),
        sa.UniqueConstraint("uuid", name=op.f("uq_device_uuid")),
    )
    op.create_table(
        "local_setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_local_setting")),
    )
    op.create_table(
        "strategy_item",
        sa.Column("number", sa.Integer().with_variant(sa.BigInteger(), "postgresql"), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("lead_partners", sa.String(length=300), nullable=True),
        sa.Column("target", sa.String(length=100), nullable=True),
        sa.Column("target_on", sa.Date(), nullable=True),
        sa.Column("deliverables", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("id", sa.Uuid(native_uuid=False), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategy_item")),
    )
    op.create_table(
        "tactic",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("strand", sa.String(length=20), nullable=False),
        sa.Column("lifestyle_area", sa.String(length=20), nullable=False),
        sa.Column("specific", sa.Text(), nullable=False),
        sa.Column("legislation", sa.String(length=300), nullable=True),
        sa.Column("default_owner", sa.String(length=200), nullable=False),
        sa.Column("owner_role", sa.String(length=200), nullable=True),
        sa.Column("measurable", sa.Text(), nullable=True),
        sa.Column("achievable", sa.Text(), nullable=True),
        sa.Column("relevant", sa.Text(), nullable=True),
        sa.Column("guidance_what", sa.Text(), nullable=True),
        sa.Column("guidance_procedure", sa.Text(), nullable=True),
        sa.Column("guidance_help", sa.Text(), nullable=True),
        sa.Column("guidance_watch", sa.Text(), nullable=True),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(native_uuid=False), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tactic")),
    )
    with op.batch_alter_table("tactic", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tactic_code"), ["code"], unique=False)

    op.create_table(
        "change",
        sa.Column("id", sa.Integer().with_variant(sa.BigInteger(), "postgresql"), nullable=False),
        sa.Column("device_id", sa.Integer().with_variant(sa.BigInteger(), "postgresql"), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["device_id"], ["device.id"], name=op.f("fk_change_device_id_device")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change")),
    )
    with op.batch_alter_table("change", schema=None) as batch_op:
        batch_op.create_index("ix_change_row", ["row_id"], unique=False)
        batch_op.create_index("uq_change_device_seq", ["device_id", "seq"], unique=True)

    op.create_table(
        "person",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("agency_id", sa.Uuid(native_uuid=False), nullable=True),
        sa.Column("role", sa.String(length=200), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=60), nullable=True),
        sa.Column("id", sa.Uuid(native_uuid=False), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name=op.f("fk_person_agency_id_agency")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_name"), ["name"], unique=False)

    op.create_table(
        "strategy_update",
        sa.Column("item_id", sa.Uuid(native_uuid=False), nullable=False),
        sa.Column("dated_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Uuid(native_uuid=False), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["strategy_item.id"], name=op.f("fk_strategy_update_item_id_strategy_item")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategy_update")),
    )
    with op.batch_alter_table("strategy_update", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_strategy_update_item_id"), ["item_id"], unique=False)

    op.create_table(
        "threat",
        sa.Column("reference", sa.String(length=60), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("band", sa.String(length=20), nullable=False),
        sa.Column("threat_areas", sa.JSON(), nullable=False),
        sa.Column("management_model", sa.String(length=60), nullable=True),
        sa.Column("extent_corruption", sa.String(length=20), nullable=False),
        sa.Column("extent_awareness", sa.String(length=20), nullable=False),
        sa.Column("extent_violence", sa.String(length=20), nullable=False),
        sa.Column("lro_id", sa.Uuid(native_uuid=False), nullable=True),
        sa.Column("sro_id", sa.Uuid(native_uuid=False), nullable=True),
        sa.Column("lead_agency_id", sa.Uuid(native_uuid=False), nullable=True),
        sa.Column("area", sa.String(length=200), nullable=True),
        sa.Column("mapped_on", sa.Date(), nullable=True),
        sa.Column("last_assessed_on", sa.Date(), nullable=True),
        sa.Column("next_review_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("disseminable", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(native_uuid=False), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["lead_agency_id"], ["agency.id"], name=op.f("fk_threat_lead_agency_id_agency")
        ),
        sa.ForeignKeyConstraint(["lro_id"], ["person.id"], name=op.f("fk_threat_lro_id_person")),
        sa.ForeignKeyConstraint(["sro_id"], ["person.id"], name=op.f("fk_threat_sro_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_threat")),
    )
    with op.batch_alter_table("threat", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_threat_next_review_on"), ["next_review_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_threat_reference"), ["reference"], unique=False)
        batch_op.create_index(batch_op.f("ix_threat_status"), ["status"], unique=False)

    op.create_table(
        "action",
        sa.Column("threat_id", sa.Uuid(native_uuid=False), nullable=False),
        sa.Column("tactic_id", sa.Uuid(native_uuid=False), nullable=True),
        sa.Column("strand", sa.String(length=20), nullable=False),
        sa.Column("specific", sa.Text(), nullable=False),
        sa.Column("measurable", sa.Text(), nullable=True),
        sa.Column("achievable", sa.Text(), nullable=True),
        sa.Column("relevant", sa.Text(), nullable=True),
        sa.Column("timebound", sa.String(length=200), nullable=True),
        sa.Column("owner_agency_id", sa.Uuid(native_uuid=False), nullable=False),
        sa.Column("owner_person_id", sa.Uuid(native_uuid=False), nullable=True),
        sa.Column("raised_on", sa.Date(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("rag_override", sa.String(length=10), nullable=True),
        sa.Column("id", sa.Uuid(native_uuid=False), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_agency_id"], ["agency.id"], name=op.f("fk_action_owner_agency_id_agency")
        ),
        sa.ForeignKeyConstraint(
            ["owner_person_id"], ["person.id"], name=op.f("fk_action_owner_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["tactic_id"], ["tactic.id"], name=op.f("fk_action_tactic_id_tactic")
        ),
        sa.ForeignKeyConstraint(
            ["threat_id"], ["threat.id"], name=op.f("fk_action_threat_id_threat")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action")),
    )
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_due_on"), ["due_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_action_owner_agency_id"), ["owner_agency_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_action_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_threat_id"), ["threat_id"], unique=False)

    op.create_table(
        "member",
        sa.Column("threat_id", sa.Uuid(native_uuid=False), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("standing", sa.String(length=60), nullable=False),
        sa.Column("roles", sa.String(length=500), nullable=True),
        sa.Column("disseminable", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(native_uuid=False), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["threat_id"], ["threat.id"], name=op.f("fk_member_threat_id_threat")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member")),
    )
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_member_threat_id"), ["threat_id"], unique=False)

    op.create_table(
        "action_update",
        sa.Column("action_id", sa.Uuid(native_uuid=False), nullable=False),
        sa.Column("dated_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Uuid(native_uuid=False), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"], ["action.id"], name=op.f("fk_action_update_action_id_action")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_update")),
    )
    with op.batch_alter_table("action_update", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_update_action_id"), ["action_id"], unique=False)

    op.create_table(
        "disruption",
        sa.Column("threat_id", sa.Uuid(native_uuid=False), nullable=False),
        sa.Column("dated_on", sa.Date(), nullable=False),
        sa.Column("agency_id", sa.Uuid(native_uuid=False), nullable=False),
        sa.Column("strand", sa.String(length=20), nullable=False),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("action_id", sa.Uuid(native_uuid=False), nullable=True),
        sa.Column("justification", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(native_uuid=False), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"], ["action.id"], name=op.f("fk_disruption_action_id_action")
        ),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name=op.f("fk_disruption_agency_id_agency")
        ),
        sa.ForeignKeyConstraint(
            ["threat_id"], ["threat.id"], name=op.f("fk_disruption_threat_id_threat")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disruption")),
    )
    with op.batch_alter_table("disruption", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_disruption_dated_on"), ["dated_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_disruption_threat_id"), ["threat_id"], unique=False)

    if op.get_bind().dialect.name == "postgresql":
        # fold(), the search's case- and accent-insensitive form: on SQLite each
        # connection registers it (store/engine.py); here the schema owns it.
        from ocgboard.store import postgres

        op.execute(postgres.create_fold())
        for ddl in postgres.FOLD_INDEXES.values():
            op.execute(ddl)


def downgrade() -> None:

    with op.batch_alter_table("disruption", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_disruption_threat_id"))
        batch_op.drop_index(batch_op.f("ix_disruption_dated_on"))

    op.drop_table("disruption")
    with op.batch_alter_table("action_update", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_update_action_id"))

    op.drop_table("action_update")
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_threat_id"))

    op.drop_table("member")
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_threat_id"))
        batch_op.drop_index(batch_op.f("ix_action_status"))
        batch_op.drop_index(batch_op.f("ix_action_owner_agency_id"))
        batch_op.drop_index(batch_op.f("ix_action_due_on"))

    op.drop_table("action")
    with op.batch_alter_table("threat", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_threat_status"))
        batch_op.drop_index(batch_op.f("ix_threat_reference"))
        batch_op.drop_index(batch_op.f("ix_threat_next_review_on"))

    op.drop_table("threat")
    with op.batch_alter_table("strategy_update", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_strategy_update_item_id"))

    op.drop_table("strategy_update")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_name"))

    op.drop_table("person")
    with op.batch_alter_table("change", schema=None) as batch_op:
        batch_op.drop_index("uq_change_device_seq")
        batch_op.drop_index("ix_change_row")

    op.drop_table("change")
    with op.batch_alter_table("tactic", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tactic_code"))

    op.drop_table("tactic")
    op.drop_table("strategy_item")
    op.drop_table("local_setting")
    op.drop_table("device")
    op.drop_table("board")
    with op.batch_alter_table("agency", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agency_name"))

    op.drop_table("agency")
