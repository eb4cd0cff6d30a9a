"""tasking tied to the control strategy: the must-win battle an action serves

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-08

An action of a 4P plan and an item of the strategic action plan may name the
must-win battle of the control strategy it serves (`battle_id`, a reference to
`control_battle`, empty unless the board says). Rows made before this revision
serve none, which is what a replica made from their records says too: no
record sets the field. On SQLite batch mode rebuilds each table to add the
key (foreign keys are off while it does, schema.py); PostgreSQL alters it in
place, and schema.py makes the new key deferrable as it does every other.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

ID = sa.Uuid(native_uuid=False)
TABLES = ("action", "strategy_item")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("battle_id", ID, nullable=True))
            batch_op.create_foreign_key(batch_op.f(f"fk_{table}_battle_id_control_battle"),
                                        "control_battle", ["battle_id"], ["id"])
            batch_op.create_index(batch_op.f(f"ix_{table}_battle_id"), ["battle_id"],
                                  unique=False)


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_battle_id"))
            batch_op.drop_constraint(batch_op.f(f"fk_{table}_battle_id_control_battle"),
                                     type_="foreignkey")
            batch_op.drop_column("battle_id")
