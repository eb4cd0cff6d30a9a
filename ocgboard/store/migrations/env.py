"""Alembic environment: always batch mode, always on the connection we are given."""

from alembic import context
from sqlalchemy import create_engine

import ocgboard.store.models  # noqa: F401  (fills the metadata)
from ocgboard.store.base import Base
from ocgboard.store.postgres import include_object

config = context.config


def run_with(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_with(connection)
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        run_with(conn)
