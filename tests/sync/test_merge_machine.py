"""Three replicas — chair, deputy, one agency — editing, deleting and exchanging
files in any order, duplicated and stale, with clocks that disagree.

The oracle is a model independent of the store: which edits each laptop
knows, and for each edit which earlier edits its author had seen. From that
alone it predicts, for every field, one value or a conflict. An agency's
laptop knows what its latest extract showed: the heads of each field in its
scope when the extract was made, of no action then deleted. The machine
checks every laptop against the prediction after every import, that a
replayed file changes nothing, and at the end that chair and deputy hold
identical data once everyone has synced.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from dataclasses import dataclass
from pathlib import Path

import hypothesis.strategies as st
from hypothesis import HealthCheck, settings
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from sqlalchemy import select

from ocgboard import clock
from ocgboard.core import board, lookup, plans, register, setup
from ocgboard.errors import BoardError
from ocgboard.store import raw as rawdb
from ocgboard.store.models import Action, Conflict, Threat
from ocgboard.sync import contacts, export, importer, keys
from tests import pg
from tests.sync.conftest import read_store, syncable_state

BOARD_LAPTOPS = ("chair", "deputy")
VALUES = {"band": ["1A", "2B", "3C"], "name": ["Alpha", "Beta"],
          "measurable": ["m1", "m2", "m3"], "timebound": ["t1", "t2"]}
# Clocks that disagree, each pair by less than the day ahead an import accepts.
SKEW = {"chair": dt.timedelta(0), "deputy": dt.timedelta(hours=-10),
        "agency": dt.timedelta(hours=12)}
_ids = itertools.count()


@dataclass(frozen=True)
class Edit:
    id: int
    key: tuple  # (row, field)
    value: object
    seen: frozenset
    author: str = "chair"


class SkewedClock(clock.Clock):
    """A laptop whose clock is off by `skew` from the suite's."""

    def __init__(self, skew: dt.timedelta):
        self.skew = skew

    def now(self) -> dt.datetime:
        return clock.current().now() + self.skew


class Laptop:
    """One laptop of a machine: its own store, keys and (skewed) clock."""

    def __init__(self, root: Path, name: str):
        self.name = name
        self.home = root / name
        self.home.mkdir(parents=True)
        self.keys = keys.load(self.home / "keys")
        on_server = pg.fresh_database()  # with --db-backend=postgresql
        self.server_url, self.drop = on_server if on_server else (None, lambda: None)
        self.store = setup.open_board(self.server_url or str(self.db),
                                      keys_folder=self.home / "keys",
                                      own_clock=SkewedClock(SKEW.get(name, dt.timedelta(0))))
        with self.store.reader() as s:
            self.device = board.local_device(s).uuid
        self.card = keys.parse_card(keys.card(self.keys, "Board", name))

    @property
    def db(self) -> Path:
        return self.home / "board.sqlite"

    def query(self, sql: str) -> list[tuple]:
        return read_store(self.server_url or self.db, sql)

    def close(self) -> None:
        self.store.close()
        self.drop()


class ExchangeMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.root = Path(os.environ["OCGBOARD_HOME"]) / f"run{next(_ids)}"
        self.edits: dict[int, Edit] = {}
        self.know: dict[str, set[int]] = {}
        self.outbox: list[tuple[str, Path, frozenset]] = []
        self.delivered: list[tuple[str, Path, frozenset]] = []

    # -- set-up ----------------------------------------------------------------

    @initialize()
    def start(self):
        self.laptops = {n: Laptop(self.root, n) for n in ("chair", "deputy", "agency")}
        chair = self.laptops["chair"]
        with chair.store.session("Chair") as s:
            board.init(s, "Board")
            t = register.add(s, "T1", "Alpha", band="1A", mapped_on="2024-01-01",
                             disseminable=True)  # the agency sees its name and band
            rows = {"threat": t.id.hex}
            for name, code, owner in (("a1", "PUR-02", "DWP"), ("a2", "PUR-13", "DWP"),
                                      ("a3", "PUR-03", "Police")):
                action = plans.add_from_tactic(s, t, lookup.tactic(s, code), owner=owner,
                                               measurable="m1", timebound="t1")
                rows[name] = action.id.hex
        self.rows = rows
        self.fields = [(rows["threat"], "band"), (rows["threat"], "name")] + [
            (rows[a], f) for a in ("a1", "a2", "a3") for f in ("measurable", "timebound")] + [
            (rows[a], "deleted") for a in ("a1", "a3")]
        initial = {"band": "1A", "name": "Alpha", "measurable": "m1", "timebound": "t1",
                   "deleted": False}
        for key in self.fields:
            edit = Edit(next(_ids), key, initial[key[1]], frozenset())
            self.edits[edit.id] = edit
        everything = set(self.edits)
        self.know = {"chair": set(everything), "deputy": set(), "agency": set()}
        self._introduce()
        self._export_and_deliver("chair", "deputy")
        self._export_and_deliver("chair", "agency")

    def _introduce(self):
        lap = self.laptops
        for me, other, agency in (("chair", "deputy", None), ("deputy", "chair", None),
                                  ("chair", "agency", "DWP"), ("deputy", "agency", "DWP"),
                                  ("agency", "chair", None), ("agency", "deputy", None)):
            with lap[me].store.session(me) as s:
                contacts.add(s, lap[other].card, agency=agency, board=agency is None,
                             name=other)

    # -- the model -------------------------------------------------------------

    def agency_scope(self, key) -> bool:
        row, fld = key
        return row in (self.rows["a1"], self.rows["a2"]) or (
            row == self.rows["threat"] and fld in ("band", "name"))

    def heads(self, laptop: str, key) -> list[Edit]:
        known = [self.edits[i] for i in self.know[laptop] if self.edits[i].key == key]
        replaced = {old for e in known for old in e.seen}
        return [e for e in known if e.id not in replaced]

    def _edit(self, laptop: str, key, value):
        edit = Edit(next(_ids), key, value,
                    frozenset(e.id for e in self.heads(laptop, key)), laptop)
        self.edits[edit.id] = edit
        self.know[laptop].add(edit.id)

    # -- rules -----------------------------------------------------------------

    @rule(laptop=st.sampled_from(BOARD_LAPTOPS), fld=st.sampled_from(["band", "name"]),
          data=st.data())
    def edit_threat(self, laptop, fld, data):
        value = data.draw(st.sampled_from(VALUES[fld]))
        with self.laptops[laptop].store.session(laptop) as s:
            threat = s.get(Threat, _uuid(self.rows["threat"]))
            held = getattr(threat, fld)
            register.edit(s, threat, **{fld: value})
        self._record_if_changed(laptop, (self.rows["threat"], fld), value, held)

    @rule(laptop=st.sampled_from(BOARD_LAPTOPS), action=st.sampled_from(("a1", "a2", "a3")),
          fld=st.sampled_from(["measurable", "timebound"]), data=st.data())
    def edit_action(self, laptop, action, fld, data):
        value = data.draw(st.sampled_from(VALUES[fld]))
        with self.laptops[laptop].store.session(laptop) as s:
            row = s.get(Action, _uuid(self.rows[action]))
            if row is None:
                return
            held = getattr(row, fld)
            plans.edit(s, row, **{fld: value})
        self._record_if_changed(laptop, (self.rows[action], fld), value, held)

    @rule(action=st.sampled_from(("a1", "a2")))
    def agency_reports_progress(self, action):
        """What an agency's laptop may do: add progress to its own actions (the
        plan's text is the board's). No field the model follows changes."""
        with self.laptops["agency"].store.session("agency") as s:
            row = s.get(Action, _uuid(self.rows[action]))
            if row is not None and not row.deleted:
                plans.change_status(s, row, None, "Progress noted")

    @rule(laptop=st.sampled_from(BOARD_LAPTOPS), action=st.sampled_from(("a1", "a3")))
    def delete_action(self, laptop, action):
        with self.laptops[laptop].store.session(laptop) as s:
            row = s.get(Action, _uuid(self.rows[action]))
            held = row.deleted
            row.deleted = True
        self._record_if_changed(laptop, (self.rows[action], "deleted"), True, held)

    def _record_if_changed(self, laptop, key, value, held):
        # The store records nothing when the value it holds is already the new
        # one, even in a conflict: saving the value a conflict shows is not a
        # decision, and the conflict stays open for the chair to resolve.
        if held != value:
            self._edit(laptop, key, value)

    @rule(src=st.sampled_from(("chair", "deputy", "agency")),
          dst=st.sampled_from(("chair", "deputy", "agency")))
    def send(self, src, dst):
        if src == dst:
            return
        self._export(src, dst)

    @precondition(lambda self: self.outbox)
    @rule(data=st.data())
    def deliver(self, data):
        index = data.draw(st.integers(0, len(self.outbox) - 1))
        dst, path, carried = self.outbox.pop(index)
        self._import(dst, path, carried)

    @precondition(lambda self: self.delivered)
    @rule(data=st.data())
    def replay(self, data):
        dst, path, carried = data.draw(st.sampled_from(self.delivered))
        latest = dst != "agency" or self._latest_extract() == path
        before = syncable_state(self.laptops[dst])
        self._import(dst, path, carried if dst == "agency" else frozenset())
        if latest:
            assert syncable_state(self.laptops[dst]) == before, "a replay changed data"

    def _latest_extract(self) -> Path | None:
        return next((path for dst, path, _c in reversed(self.delivered) if dst == "agency"),
                    None)

    @rule()
    def chair_resolves_a_conflict(self):
        with self.laptops["chair"].store.session("chair") as s:
            open_conflict = s.scalars(select(Conflict).order_by(Conflict.id)).first()
            if open_conflict is None:
                return
            key = (open_conflict.row_id, open_conflict.field)
            from ocgboard.sync import conflicts

            kept = conflicts.resolve(s, open_conflict, keep="mine")
        self._edit("chair", key, kept)

    # -- exchanges -------------------------------------------------------------

    def _export(self, src: str, dst: str) -> Path:
        lap = self.laptops[src]
        path = self.root / f"{src}-to-{dst}-{next(_ids)}.ocgx"
        with lap.store.session(src) as s:
            if dst == "agency":
                export.export(s, path, agency="DWP", device_keys=lap.keys)
            else:
                export.export(s, path, to=[dst], device_keys=lap.keys)
        if dst == "agency":  # what it shows: the heads now, of actions not deleted
            gone = self._deleted_rows(src)
            carried = {e.id for key in self.fields if self.agency_scope(key)
                       and key[0] not in gone for e in self.heads(src, key)}
        elif src == "agency":  # an agency returns its own work only
            carried = {i for i in self.know[src] if self.edits[i].author == "agency"}
        else:
            carried = set(self.know[src])
        self.outbox.append((dst, path, frozenset(carried)))
        return path

    def _deleted_rows(self, laptop: str) -> set[str]:
        with self.laptops[laptop].store.engine.connect() as conn:
            return {r for (r,) in conn.exec_driver_sql("SELECT id FROM action WHERE deleted")}

    def _import(self, dst: str, path: Path, carried: frozenset):
        if dst == "agency":
            self._take_extract(path, carried)
            return
        importer.import_file(self.laptops[dst].store, path,
                             device_keys=self.laptops[dst].keys)
        self.know[dst] |= carried
        self.delivered.append((dst, path, carried))
        self.check(dst)

    def _take_extract(self, path: Path, carried: frozenset):
        """An extract takes the place of the one held, unless it is older."""
        lap = self.laptops["agency"]
        before = syncable_state(lap)
        try:
            importer.import_file(lap.store, path, device_keys=lap.keys)
        except BoardError as exc:
            assert "made before the one this laptop holds" in str(exc), exc
            assert syncable_state(lap) == before, "a refused extract changed data"
            return
        own = {i for i in self.know["agency"] if self.edits[i].author == "agency"}
        self.know["agency"] = set(carried) | own
        if (("agency", path, carried)) not in self.delivered:
            self.delivered.append(("agency", path, carried))
        self.check("agency")

    def _export_and_deliver(self, src, dst):
        self._export(src, dst)
        dst_, path, carried = self.outbox.pop()
        self._import(dst_, path, carried)

    # -- the oracle ------------------------------------------------------------

    def expected(self, laptop: str, key):
        top = self.heads(laptop, key)
        if not top:
            return ("absent", None)
        values = {repr(e.value) for e in top}
        if len(values) == 1:
            return ("value", top[0].value)
        return ("conflict", sorted(values))

    def check(self, laptop: str):
        store = self.laptops[laptop].store
        with store.engine.connect() as conn:
            for key in self.fields:
                if laptop == "agency" and not self.agency_scope(key):
                    continue
                want = self.expected(laptop, key)
                row, fld = key
                entity = "threat" if row == self.rows["threat"] else "action"
                raw = rawdb.of(conn)  # values as SQLite gives them, on either database
                held = raw.execute(f"SELECT {fld} FROM {entity} WHERE id = ?",
                                   (row,)).fetchone()
                conflict = raw.execute("SELECT heads FROM conflict WHERE row_id = ? AND "
                                       "field = ?", (row, fld)).fetchone()
                where = f"{laptop}: {entity}.{fld}"
                if want[0] == "absent":
                    continue
                value = _python(fld, held[0]) if held else None
                if want[0] == "value":
                    assert value == want[1], f"{where} shows {value!r}, expected {want[1]!r}"
                    assert conflict is None, f"{where} has a conflict where none is due"
                else:
                    assert conflict is not None, f"{where}: concurrent edits {want[1]} but " \
                        "no conflict: an edit was lost silently"
                    assert repr(value) in want[1], f"{where} shows {value!r}, not one of them"

    @invariant()
    def laptops_hold_what_the_model_says(self):
        if hasattr(self, "laptops"):
            for name in self.laptops:
                self.check(name)

    def teardown(self):
        try:
            if hasattr(self, "laptops"):
                self._everyone_syncs()
        finally:
            for lap in getattr(self, "laptops", {}).values():
                lap.close()

    def _everyone_syncs(self):
        while self.outbox:
            dst, path, carried = self.outbox.pop(0)
            self._import(dst, path, carried)
        for src, dst in (("agency", "chair"), ("chair", "deputy"), ("deputy", "chair"),
                         ("chair", "agency"), ("deputy", "agency")):
            self._export_and_deliver(src, dst)
        chair, deputy = (self.laptops[n] for n in BOARD_LAPTOPS)
        assert syncable_state(chair) == syncable_state(deputy), "chair and deputy differ"
        for key in self.fields:  # every edit reached the chair
            assert {i for i in self.edits if self.edits[i].key == key} <= self.know["chair"]


def _uuid(hex_id: str):
    import uuid

    return uuid.UUID(hex_id)


def _python(fld: str, stored):
    if fld == "deleted":
        return bool(stored)
    return stored



def machine_settings(examples_variable: str, examples: int, steps: int):
    """The same examples on every run, so that a submission's CI is reproducible;
    OCGBOARD_EXPLORE=1 searches afresh (with the examples variable set high, to hunt)."""
    return settings(max_examples=int(os.environ.get(examples_variable, str(examples))),
                    derandomize=not os.environ.get("OCGBOARD_EXPLORE"),
                    stateful_step_count=steps, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


TestExchange = ExchangeMachine.TestCase
TestExchange.settings = machine_settings("OCGBOARD_MACHINE_EXAMPLES", 30, steps=25)
