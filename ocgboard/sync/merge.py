"""Merging received change records into the store.

Records arrive in windows, mostly grouped by row. Each new record is stored
as it was signed; each row it touches is rebuilt from all the records held
for it (rows.py). The result depends only on which records are held, never
on the order they came in: replicas that hold the same records hold the same
rows. A row met again later in the file, or already held, is rebuilt from
the store once every record is in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import groupby
from operator import itemgetter

from sqlalchemy import Connection

from ocgboard import clock
from ocgboard.errors import BoardError, StoreError
from ocgboard.store import hlc, record
from ocgboard.store import raw as rawdb
from ocgboard.store.log import Log, Repeated
from ocgboard.store.record import DEVICE, ENTITY, HLC, ROW, SEQ
from ocgboard.sync import held, holdback
from ocgboard.sync.chains import Chains, device_names
from ocgboard.sync.plan import Plan
from ocgboard.sync.roles import AgencyReturn
from ocgboard.sync.rows import RowWriter
from ocgboard.sync.staged_log import StagedLog
from ocgboard.sync.summary import Summary

FUTURE_SLACK_MS = 24 * 3600 * 1000  # a change stamped more than a day ahead is refused
by_row = itemgetter(ROW)
device_of, seq_of, hlc_of, entity_of = itemgetter(DEVICE), itemgetter(SEQ), itemgetter(HLC), \
    itemgetter(ENTITY)
REPEATED = "the file holds the same record twice: it was tampered with"

ScopeCheck = Callable[[tuple, bool], str | None]


class Merger:
    def __init__(self, conn: Connection, wall: clock.Clock, plan: Plan, *,
                 devices: dict[int, tuple[str, str | None]] | None = None,
                 sender: str | None = None):
        """`devices` maps the file's device numbers to (device id, name); `wall`
        is the importing store's clock, which bounds the file's clocks; `plan`
        says how this import runs (plan.py)."""
        self.conn = conn
        self.wall = wall
        self.raw = rawdb.of(conn)
        self.log = Log(self.raw)
        self.small_store = held.is_small(self.raw)
        self.local_rows = held.LocalRows(self.raw, preload=self.small_store,
                                         in_tables=plan.replaces)
        self.summary = Summary.of(self.raw)
        self.local_pk = self.raw.execute("SELECT id FROM device WHERE is_local").fetchone()[0]
        self.device_map = {num: self._device_pk(uuid, name)
                           for num, (uuid, name) in (devices or {}).items()}
        self.uuid_of = dict(self.raw.execute("SELECT id, uuid FROM device"))
        self.chains = Chains(self.raw, self.uuid_of, device_names(self.raw),
                             self.pk_of(sender) if sender else None) \
            if plan.walk_chains else None
        self.scope_check: ScopeCheck | None = None if plan.role is None else AgencyReturn(
            conn, plan.role.agency_id, self.pk_of(plan.role.device), wall)
        self.held_scoped = 0  # how many of chains.held the scope check has seen
        self.rows = RowWriter(self.raw, conn, self.summary, self.uuid_of, wall)
        self.rows.may_write = self._may_write
        self.rows.barrier = self.summary.barrier = self._barrier
        # Without chains (an agency's laptop), which records are held already.
        self.known = {} if plan.walk_chains else {
            pk: held.KnownSeqs(self.raw, pk, preload=self.small_store)
            for pk in set(self.device_map.values())}
        self.top_seq: dict[int, int] = {}
        self.entities: set[str] = set()
        self.pending: list[tuple] = []
        self.row_id: str | None = None
        self.group: list[tuple] = []
        self.written: set[str] = set()
        self.recompute: dict[str, str] = {}
        self.max_hlc = 0
        self.index_dropped = False
        self.staged: StagedLog | None = None
        if plan.staged_from is not None and plan.store_path is not None:
            self.staged = StagedLog(plan.staged_from, plan.store_path, plan.staged_from.parent,
                                    self.device_map, StagedLog.ddl_of(self.raw))
            self.rows.without_indexes()
        elif plan.indexes_once:
            self._without_log_indexes()

    def pk_of(self, uuid: str) -> int | None:
        found = self.raw.execute("SELECT id FROM device WHERE uuid = ?", (uuid,)).fetchone()
        return found[0] if found else None

    def _device_pk(self, uuid: str, name: str | None) -> int:
        found = self.raw.execute("SELECT id FROM device WHERE uuid = ?", (uuid,)).fetchone()
        if found:
            return found[0]
        if uuid == record.BOARD:
            name = "the board"
        made = self.raw.execute("INSERT INTO device (uuid, name, is_local, last_seq, last_hash, "
                                "last_hlc) VALUES (?, ?, FALSE, 0, ?, 0) RETURNING id",
                                (uuid, name or f"device {uuid[:8]}", b"")).fetchone()
        if made is None:
            raise StoreError(f"the store did not number the new device {uuid}")
        return made[0]

    def _without_log_indexes(self) -> None:
        """For a big import into a small store: build the log's indexes once at the
        end instead of maintaining them record by record (a record repeated in the
        file then fails the unique one). Inside the transaction, so a failure (or a
        kill) rolls the drop back too."""
        self.log.drop_indexes()
        self.index_dropped = True

    def _may_write(self) -> bool:
        """Rows wait in memory while the staged log is being copied in."""
        return self.staged is None or not self.staged.moving

    def _barrier(self) -> None:
        """Before anything else uses the connection: the copy must be over."""
        if self.staged is not None and self.staged.mover is not None:
            self.staged.moved(self.raw)

    # -- feeding records ----------------------------------------------------

    def feed(self, windows: Iterable[list[tuple]]) -> None:
        ceiling = (self.wall.wall_ms() + FUTURE_SLACK_MS) << hlc.SHIFT
        for window in windows:
            if window and max(map(hlc_of, window)) > ceiling:
                self._refuse_ahead(window, ceiling)
            for entity in set(map(entity_of, window)) - self.entities:
                self._check_entity(entity)
            if self.chains is not None:
                given, waiting = len(window), len(self.chains.held)
                window = self.chains.admit(window)
                self.summary.records_known += \
                    given - len(window) - (len(self.chains.held) - waiting)
                self._scope_held()
                if not window:
                    continue
            devices = set(map(device_of, window))
            if self.scope_check is None and (self.chains is not None or all(
                    self.known[pk].top == 0 for pk in devices)):
                # Nothing of these devices was held before: every record is new (a
                # record repeated within the file trips the log's unique index).
                self._take_all(window, devices)
            else:
                self._take_each(window)
            if self.staged is not None and self.staged.mover is None and self.staged.ready():
                self.staged.move_in_background(self.raw)

    def _scope_held(self) -> None:
        """A record held back is still the sender's: its role is checked now."""
        if self.scope_check is None or self.chains is None:
            return
        fresh = self.chains.held[self.held_scoped:]
        self.held_scoped = len(self.chains.held)
        for rec, _reason in fresh:
            problem = self.scope_check(rec, rec[ROW] in self.local_rows)
            if problem:
                self.summary.refuse(problem)

    def _refuse_ahead(self, window: list[tuple], ceiling: int) -> None:
        """A clock far ahead would head every field it touches for ever after."""
        stamped = hlc.to_datetime(max(map(hlc_of, window)))
        raise BoardError(f"the file holds a change stamped {stamped:%Y-%m-%d %H:%M} UTC, more "
                         "than a day ahead of this laptop's clock: check the sending "
                         "laptop's date and time; nothing was imported")

    def _take_all(self, window: list[tuple], devices: set[int]) -> None:
        if self.staged is None:
            self.pending.extend(window)
        self.summary.records_new += len(window)
        self.max_hlc = max(self.max_hlc, max(map(hlc_of, window)))
        self._note_seqs(window, devices)
        for row_id, recs in groupby(window, key=by_row):
            if row_id != self.row_id:
                self._close_group()
                self.row_id = row_id
            self.group.extend(recs)
        self._flush_records()

    def _note_seqs(self, window: list[tuple], devices: set[int]) -> None:
        """The top sequence of each device, and which records arrived, for _take_each
        to recognise one given again. Staged, the staged log's unique index refuses
        a record given twice, so the second is not needed."""
        groups: Iterable[tuple[int, Iterable[tuple]]]
        if len(devices) == 1:
            groups = [(next(iter(devices)), window)]
        else:
            groups = groupby(sorted(window, key=device_of), key=device_of)
        for pk, recs in groups:
            seqs = list(map(seq_of, recs))
            if self.staged is None and self.chains is None:  # chains know it themselves
                self.known[pk].added.update(seqs)
            self.top_seq[pk] = max(self.top_seq.get(pk, 0), max(seqs))

    def _take_each(self, window: list[tuple]) -> None:
        summary, scope_check, local_rows = self.summary, self.scope_check, self.local_rows
        walked = self.chains is not None  # then every record given here is new
        for rec in window:
            if not walked:
                known = self.known[rec[0]]
                if rec[SEQ] in known:
                    summary.records_known += 1
                    continue
            if scope_check is not None:
                problem = scope_check(rec, rec[ROW] in local_rows)
                if problem:
                    summary.refuse(problem)
                    continue
            if not walked:
                known.add(rec[SEQ])
            self.top_seq[rec[0]] = max(self.top_seq.get(rec[0], 0), rec[SEQ])
            if self.staged is None:
                self.pending.append(rec)
            summary.records_new += 1
            self.max_hlc = max(self.max_hlc, rec[HLC])
            if rec[ROW] != self.row_id:
                self._close_group()
                self.row_id = rec[ROW]
            self.group.append(rec)
        self._flush_records()

    def _check_entity(self, entity: str) -> None:
        if entity not in self.rows.tables:
            raise BoardError(f"the file changes {entity[:60]} rows, which this version of "
                             "ocgboard does not know: the sender runs a newer version")
        self.entities.add(entity)

    def _close_group(self) -> None:
        if not self.group:
            return
        row_id, entity = self.row_id, self.group[0][ENTITY]
        if row_id is None or len(row_id) != 32 or row_id.strip("0123456789abcdef"):
            raise BoardError("the file holds a record for a malformed row id")
        if row_id in self.written or row_id in self.local_rows \
                or len(set(map(entity_of, self.group))) > 1:
            self.recompute[row_id] = entity
        else:
            self.rows.write(entity, row_id, self.group, existed=None)
            self.written.add(row_id)
        self.group = []

    def _flush_records(self) -> None:
        if self.pending:
            try:
                self.log.insert(self.pending)
            except Repeated:
                raise BoardError(REPEATED) from None
            self.pending = []

    # -- finishing ----------------------------------------------------------

    def finish(self) -> Summary:
        self._close_group()
        if self.summary.refused:
            return self.summary
        if self.staged is not None:
            self.staged.moved(self.raw)  # before any row is rebuilt from the log
            if self.chains is not None:
                holdback.unstage(self.raw, self.chains)
        self._flush_records()
        if self.index_dropped:
            try:
                self.log.build_indexes()
            except Repeated:
                raise BoardError(REPEATED) from None
        if self.chains is not None:
            self._release_held()
        self.rows.flush()
        for row_id, entity in self.recompute.items():
            self.rows.rebuild(entity, row_id, counted=row_id in self.written)
        self.rows.flush()
        self.rows.with_indexes()
        # Within a day of our own clock: feed refused the rest.
        self.log.advance(self.top_seq, self.local_pk, self.max_hlc)
        return self.summary

    # -- records held back (holdback.py) --------------------------------------

    def _release_held(self) -> None:
        chains = self.chains
        assert chains is not None
        earlier = [(self._learn_device(uuid), *rest)
                   for uuid, *rest in holdback.take_earlier(self.raw)]
        released = holdback.release(self.raw, chains, [rec for rec, _ in chains.held] + earlier)
        for rec in released:
            self.recompute[rec[ROW]] = rec[ENTITY]
            self.top_seq[rec[0]] = max(self.top_seq.get(rec[0], 0), rec[SEQ])
            self.max_hlc = max(self.max_hlc, rec[HLC])
        self.summary.records_new += len(released)
        self.summary.records_held, self.summary.held = holdback.keep(self.raw, chains)

    def _learn_device(self, uuid: str) -> int:
        pk = self._device_pk(uuid, None)
        assert self.chains is not None
        self.chains.learn(pk, uuid)
        return pk
