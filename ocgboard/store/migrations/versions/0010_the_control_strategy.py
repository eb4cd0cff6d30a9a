"""the control strategy: dated, its threat areas, must-win battles, local priorities

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07

The board's control strategy (seed 002) was a fixed list of threat areas and
management models in resources/vocab.json. It is now the board's own record,
syncable like the strategic plan: a dated strategy (a later one adopted keeps
the earlier for the record), its threat areas under their groups and themes,
each area's must-win battles, and the local priorities. Four new tables; no
existing row changes. A store opened after this revision is seeded with seed
002's strategy by the library seed (core/setup.py), as a new board is.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

ID = sa.Uuid(native_uuid=False)
INT = sa.Integer().with_variant(sa.BigInteger(), "postgresql")


def _row(table: str, *columns: sa.Column, parents: tuple[tuple[str, str], ...] = ()) -> None:
    op.create_table(
        table,
        *columns,
        sa.Column("id", ID, nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        *(sa.ForeignKeyConstraint([column], [f"{parent}.id"],
                                  name=op.f(f"fk_{table}_{column}_{parent}"))
          for column, parent in parents),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    )
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column, _parent in parents:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def upgrade() -> None:
    _row("control_strategy",
         sa.Column("title", sa.String(length=300), nullable=False),
         sa.Column("adopted_on", sa.Date(), nullable=False),
         sa.Column("aim", sa.Text(), nullable=True),
         sa.Column("themes", sa.Text(), nullable=True))
    with op.batch_alter_table("control_strategy", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_control_strategy_adopted_on"), ["adopted_on"],
                              unique=False)
    _row("control_area",
         sa.Column("strategy_id", ID, nullable=False),
         sa.Column("theme", sa.String(length=200), nullable=True),
         sa.Column("group_name", sa.String(length=200), nullable=False),
         sa.Column("name", sa.String(length=200), nullable=False),
         sa.Column("management_model", sa.String(length=60), nullable=False),
         sa.Column("position", INT, nullable=False),
         parents=(("strategy_id", "control_strategy"),))
    _row("control_battle",
         sa.Column("area_id", ID, nullable=False),
         sa.Column("text", sa.Text(), nullable=False),
         sa.Column("position", INT, nullable=False),
         parents=(("area_id", "control_area"),))
    _row("control_priority",
         sa.Column("strategy_id", ID, nullable=False),
         sa.Column("text", sa.String(length=300), nullable=False),
         sa.Column("position", INT, nullable=False),
         parents=(("strategy_id", "control_strategy"),))


def downgrade() -> None:
    for table in ("control_priority", "control_battle", "control_area", "control_strategy"):
        op.drop_table(table)
