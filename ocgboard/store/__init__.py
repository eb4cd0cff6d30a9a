"""The local SQLite store: models, engine, schema, change log, backups."""

from ocgboard.store.session import Store, open_store

__all__ = ["Store", "open_store"]
