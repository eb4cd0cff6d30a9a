"""The change log: one record a row change, hash-chained per device.

Every create, update and tombstone of a syncable row becomes one record of the
fields it sets (record.py), written by the session's before_flush hook (ORM
writes) or by the bulk writer (demo generation), both through one Recorder so
that a record is encoded and chained the same way whichever path wrote it.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from json.encoder import encode_basestring
from typing import Any

from sqlalchemy import Connection, select, text, update

from ocgboard import clock
from ocgboard.errors import StoreError
from ocgboard.store import hlc
from ocgboard.store.engine import is_sqlite, raw_sqlite
from ocgboard.store.log import Log
from ocgboard.store.models import Device
from ocgboard.store.record import GENESIS, digest, fields_text, supersedes_text

_ENCODERS: dict[type, Callable[[Any], str]] = {
    str: encode_basestring,  # the C encoder json.dumps(ensure_ascii=False) uses
    bool: lambda v: "true" if v else "false",
    int: str,
    uuid.UUID: lambda v: '"' + v.hex + '"',
    dt.date: lambda v: '"' + v.isoformat() + '"',
    dt.datetime: lambda v: '"' + v.isoformat(timespec="microseconds") + '"',
}


def encode(value) -> str | None:
    """A field value as the log stores it: JSON text, or None for SQL NULL."""
    if value is None:
        return None
    encoder = _ENCODERS.get(type(value))
    if encoder is not None:
        return encoder(value)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


@dataclass
class Recorder:
    """Stamps records for the local device and writes them in one batch."""

    device_pk: int
    device: str
    seq: int
    prev: bytes
    hlc: int
    author: str
    wall: clock.Clock  # the store's clock: the HLC's wall time
    rows: list[tuple] = field(default_factory=list)

    # Records stamped by the seed device use its sequence as their clock, so
    # every laptop that seeds the same library writes identical records.
    deterministic: bool = False

    @classmethod
    def for_session(cls, session) -> Recorder:
        """The recorder for a session's writes: the local device, or the one named."""
        author = session.info.get("author", "")
        if not author or not author.strip():
            raise StoreError("a change was made with no author: open sessions with an author")
        device = session.info.get("device")
        conn, wall = session.connection(), clock.of(session)
        if device is None:
            return cls._load(conn, Device.is_local, author, wall)
        _ensure_device(conn, device)
        return cls._load(conn, Device.uuid == device, author, wall, deterministic=True)

    @classmethod
    def for_local_device(cls, conn: Connection, author: str, wall: clock.Clock) -> Recorder:
        if not author or not author.strip():
            raise StoreError("a change was made with no author: open sessions with an author")
        return cls._load(conn, Device.is_local, author, wall)

    @classmethod
    def _load(cls, conn: Connection, where, author: str, wall: clock.Clock,
              deterministic: bool = False):
        dev = conn.execute(
            select(Device.id, Device.uuid, Device.last_seq, Device.last_hash, Device.last_hlc)
            .where(where)
        ).one_or_none()
        if dev is None:
            raise StoreError("this store has no local device identity")
        return cls(dev.id, dev.uuid, dev.last_seq, dev.last_hash or GENESIS, dev.last_hlc,
                   author, wall, deterministic=deterministic)

    def add(self, entity: str, row_id: str, values: dict[str, str],
            supersedes: dict[str, str | None] | None = None, *,
            same_moment: bool = False) -> None:
        """Stamp one record of a row: the fields it sets, each value in its JSON form
        (encode), and per field the ids of the records it supersedes. `same_moment`
        skips the wall clock (a bulk load's rows)."""
        if not values:
            return
        self.seq += 1
        if same_moment or self.deterministic:
            self.hlc += 1
        else:
            self.hlc = hlc.tick(self.hlc, self.wall.wall_ms())
        fields, replaced = fields_text(values), supersedes_text(supersedes or {})
        self.prev = digest(self.prev, self.device, self.seq, self.hlc, self.author, entity,
                           row_id, fields, replaced)
        self.rows.append((self.device_pk, self.seq, self.hlc, self.author, entity, row_id,
                          fields, replaced, self.prev))

    def write(self, conn: Connection) -> int:
        """Insert the pending records and move the device's chain head."""
        count = len(self.rows)
        if not count:
            return 0
        if is_sqlite(conn):
            Log(raw_sqlite(conn)).insert(self.rows)
        else:
            Log.insert_portable(conn, self.rows)
        conn.execute(
            update(Device).where(Device.id == self.device_pk)
            .values(last_seq=self.seq, last_hash=self.prev, last_hlc=self.hlc)
        )
        self.rows = []
        return count


def _ensure_device(conn: Connection, device: str) -> None:
    conn.execute(text(
        "INSERT INTO device (uuid, name, is_local, last_seq, last_hash, last_hlc) "
        "VALUES (:uuid, :name, false, 0, :nothing, 0) ON CONFLICT DO NOTHING"),
        {"uuid": device, "name": "ocgboard library", "nothing": b""})
