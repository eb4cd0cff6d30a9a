"""recorded_at in every store

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01

The first released 0001 made action_update and strategy_update without
recorded_at; the column was then added to 0001 itself, so a store stamped
0001 by that first release reached 0003 without it and could not read a
trail. This adds it where it is missing. The older updates keep no value: their
change records never held one, and the log, not a guess, is what every
replica agrees on. Stores that have the column are left as they are.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TABLES = ("action_update", "strategy_update")


def upgrade() -> None:
    bind = op.get_bind()
    for table in TABLES:
        columns = {column["name"] for column in sa.inspect(bind).get_columns(table)}
        if "recorded_at" not in columns:
            with op.batch_alter_table(table, schema=None) as batch_op:
                batch_op.add_column(sa.Column("recorded_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    """Nothing to undo: the column belongs to revision 0001."""
