"""free-text records marked board only

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02

A progress update, a disruption and an agenda item (its decision and notes)
can be marked by their author as the board's alone: absent from every pack,
extract or file a partner receives. Records made before this revision set
no such field; they stay shared, as they always were, which is what a
replica made from those records says too (the column's default).
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TABLES = ("action_update", "disruption", "agenda_item")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("board_only", sa.Boolean(), nullable=False,
                                          server_default=sa.false()))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("board_only")
