"""A Byzantine agency laptop against two honest board laptops.

The Byzantine laptop holds DWP's real keys and its real extract. It takes the
last honest return it made and rewrites it as its own code could: any field
of any record, records dropped, repeated, moved or added, hashes made to hold
or not, and signs the result with its real key. It sends such files to the
chair in any order, between honest edits and full exchanges with the deputy.

Whatever it sends, an honest laptop must never crash (a refusal is one line,
a BoardError), must change nothing when it refuses, must never hold a record
of the Byzantine device outside an agency's role, must pass its own verify,
and chair and deputy must hold the same board once they have exchanged.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import zlib
from pathlib import Path

import hypothesis.strategies as st
from hypothesis import event
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule
from sqlalchemy import select, text

from ocgboard import clock
from ocgboard.core import board, lookup, plans, register
from ocgboard.errors import BoardError
from ocgboard.store.models import Action, Threat
from ocgboard.store.verify import verify
from ocgboard.sync import contacts, container, envelope, export, importer, minisig
from tests.sync.conftest import syncable_state
from tests.sync.hostile import (
    AUTHOR,
    ENTITY,
    FIELDS,
    HLC,
    ROW,
    SEQ,
    SUPERSEDES,
    rechain,
    resign_heads,
    text_of,
)
from tests.sync.test_merge_machine import Laptop, machine_settings

NAMES = ["status", "comment", "deleted", "owner_person_id", "name", "meeting_id", "action_id",
         "dated_on"]
_ids = itertools.count()
AGENCY_FIELDS = {("action", "status")} | {("action_update", f) for f in (
    "action_id", "dated_on", "status", "comment", "author", "recorded_at", "deleted",
    "board_only")}


def values(draw_from):
    return st.one_of(
        st.sampled_from(["proposed", "in progress", "completed", "pwned<script>", "", "x" * 300]),
        st.sampled_from([None, True, 0, -1, 2**63, "2099-01-01", "1066-10-14",
                         "2026-11-23T12:00:00"]),
        st.sampled_from(draw_from))


class ByzantineMachine(RuleBasedStateMachine):
    @initialize()
    def start(self):
        self.root = Path(os.environ["OCGBOARD_HOME"]) / f"byz{next(_ids)}"
        names = ("chair", "deputy", "byzantine")
        self.laptops = {n: Laptop(self.root, n) for n in names}
        chair, deputy, byz = (self.laptops[n] for n in names)
        with chair.store.session("Chair") as s:
            board.init(s, "Board")
            threat = register.add(s, "T1", "Alpha", band="1A", mapped_on="2024-01-01")
            for code, owner in (("PUR-02", "DWP"), ("PUR-13", "DWP"), ("PUR-03", "Police")):
                plans.add_from_tactic(s, threat, lookup.tactic(s, code), owner=owner)
        for me, other, agency in ((chair, deputy, None), (deputy, chair, None),
                                  (chair, byz, "DWP"), (deputy, byz, "DWP"),
                                  (byz, chair, None), (byz, deputy, None)):
            with me.store.session(me.name) as s:
                contacts.add(s, other.card, agency=agency, board=agency is None,
                             name=other.name)
        self._deliver(chair, deputy, self._export(chair, deputy))
        self._deliver(chair, byz, self._export(chair, byz, agency="DWP"))
        self.forged_taken = False
        self._honest_return()

    # -- honest work -----------------------------------------------------------

    @rule(laptop=st.sampled_from(("chair", "deputy")), band=st.sampled_from(["1A", "2B", "3C"]))
    def edit_threat(self, laptop, band):
        lap = self.laptops[laptop]
        with lap.store.session(laptop) as s:
            register.edit(s, s.scalars(select(Threat)).first(), band=band)

    @rule(owner=st.sampled_from(["Police", "DWP"]))
    def chair_gives_an_action(self, owner):
        """The board moves the action DWP works on to the police and back: what DWP
        did on it meanwhile is still DWP's to return."""
        chair = self.laptops["chair"]
        with chair.store.session("Chair") as s:
            plans.edit(s, _worked_on(s), owner=owner)

    @rule()
    def byzantine_returns_honestly(self):
        """An honest return imports, whatever the board did meanwhile, unless a forged
        file took the place of the honest laptop's own records (a fork)."""
        self.byzantine_works_honestly()
        chair, byz = self.laptops["chair"], self.laptops["byzantine"]
        path = self._export(byz, chair)
        try:
            importer.import_file(chair.store, path, device_keys=chair.keys)
        except BoardError as refusal:
            assert self.forged_taken, f"an honest return was refused: {refusal.message}"

    @rule()
    def boards_exchange(self):
        chair, deputy = self.laptops["chair"], self.laptops["deputy"]
        to_deputy, to_chair = self._export(chair, deputy), self._export(deputy, chair)
        self._deliver(chair, deputy, to_deputy)
        self._deliver(deputy, chair, to_chair)
        self._deliver(chair, deputy, self._export(chair, deputy))
        assert syncable_state(chair) == syncable_state(deputy), \
            "chair and deputy differ after exchanging both ways"

    @rule()
    def byzantine_works_honestly(self):
        byz = self.laptops["byzantine"]
        with byz.store.session("Jo Bloggs") as s:
            plans.change_status(s, _worked_on(s), None, "Progress noted")
        self._honest_return()

    # -- the attack --------------------------------------------------------------

    @rule(data=st.data())
    def byzantine_sends(self, data):
        """To the chair, as an agency's returns go: a Byzantine laptop that told the
        deputy another story would be a fork, which only the chair can settle."""
        victim = self.laptops["chair"]
        self.byzantine_works_honestly()  # fresh records to rewrite
        records, manifest = [list(r) for r in self.records], json.loads(self.manifest)
        refs = [f"{victim.device}:{n}" for n in (1, 5, 10_000)] + [f"{'0' * 32}:1"]
        rows = sorted({r[ROW] for r in records})
        for _ in range(data.draw(st.integers(1, 4), label="mutations")):
            records = data.draw(_mutation(records, rows, refs), label="mutation")
        if data.draw(st.booleans(), label="rechained"):  # and its own head signed again
            records = rechain(records, manifest)
            resign_heads(records, manifest, self.laptops["byzantine"].keys)
        path = self._sealed(records, manifest, victim)
        before = syncable_state(victim)
        try:
            result = importer.import_file(victim.store, path, device_keys=victim.keys)
        except BoardError as refusal:
            event("refused")
            assert "\n" not in refusal.message
            assert syncable_state(victim) == before, "a refused file changed the store"
        else:
            event("held back" if result.summary.records_held else
                  "applied" if result.summary.records_new else "nothing new")
            self.forged_taken |= bool(result.summary.records_held or result.summary.records_new)
        self._holds_only_what_an_agency_may(victim)

    def _holds_only_what_an_agency_may(self, lap: Laptop) -> None:
        with lap.store.engine.connect() as conn:
            pk = conn.execute(text("SELECT id FROM device WHERE uuid = :uuid"),
                              {"uuid": self.laptops["byzantine"].device}).scalar()
            dwp = conn.execute(text("SELECT id FROM agency WHERE short_name = 'DWP'")).scalar()
            dwp_actions = {row for row, fields in conn.execute(text(  # ever given to DWP
                "SELECT row_id, fields FROM change WHERE entity = 'action'"))
                if json.loads(fields).get("owner_agency_id") == dwp}
            for entity, row, fields in conn.execute(
                    text("SELECT entity, row_id, fields FROM change WHERE device_id = :pk"),
                    {"pk": pk}):
                for fld in json.loads(fields):
                    assert (entity, fld) in AGENCY_FIELDS, f"{lap.name} holds {entity}.{fld} " \
                        "from the agency's laptop"
                if entity == "action":
                    assert row in dwp_actions, f"{lap.name}: the agency moved another's action"
            report = verify(conn)
            assert report.ok, report.problems

    # -- files ---------------------------------------------------------------------

    def _honest_return(self):
        byz = self.laptops["byzantine"]
        path = self._export(byz, self.laptops["chair"])
        mine = self.laptops["chair"].keys
        work = self.root / f"open{next(_ids)}"
        work.mkdir()
        inner, _sig = envelope.open_envelope(path, work, identities=[mine.identity])
        with open(inner, "rb") as fh:
            fh.readline()
            self.manifest = fh.readline().decode()
            text = zlib.decompress(fh.read()).decode()
        self.records = [line.split("\t") for line in text.split("\n") if line]

    def _sealed(self, records, manifest, victim: Laptop) -> Path:
        body = "".join("\t".join(r) + "\n" for r in records).encode("utf-8", "surrogatepass")
        packed = zlib.compress(body)
        manifest["payload"].update(sha256=hashlib.sha256(packed).hexdigest(), bytes=len(packed))
        manifest["counts"]["records"] = len(records)
        manifest["recipient_keys"] = [victim.keys.recipient]
        work = self.root / f"forge{next(_ids)}"
        work.mkdir()
        (work / "payload").write_bytes(packed)
        inner = work / envelope.INNER
        container.write(inner, manifest, work / "payload")
        byz = self.laptops["byzantine"].keys
        signature = minisig.sign(byz.signer, byz.key_id, minisig.blake2b_file(inner), "byz")
        path = work / "forged.ocgx"
        with open(path, "wb") as out:
            envelope.seal(inner, signature, out, recipients=[victim.keys.recipient],
                          workdir=work, made_at=clock.current().now())
        return path

    def _export(self, src: Laptop, dst: Laptop, agency: str | None = None) -> Path:
        path = self.root / f"{src.name}-{dst.name}-{next(_ids)}.ocgx"
        with src.store.session(src.name) as s:
            if agency:
                export.export(s, path, agency=agency, device_keys=src.keys)
            else:
                export.export(s, path, to=[dst.name], device_keys=src.keys)
        return path

    def _deliver(self, _src: Laptop, dst: Laptop, path: Path) -> None:
        importer.import_file(dst.store, path, device_keys=dst.keys)

    def teardown(self):
        for lap in getattr(self, "laptops", {}).values():
            lap.close()


def _worked_on(session) -> Action:
    """DWP's action from the tactic PUR-02, on the board's laptops and on DWP's."""
    return session.scalars(select(Action).where(
        Action.tactic_id == lookup.tactic(session, "PUR-02").id)).one()


@st.composite
def _mutation(draw, records, rows, refs):
    records = [list(r) for r in records]
    kind = draw(st.sampled_from(["field", "drop", "repeat", "move", "add"]))
    if not records:
        return records
    at = draw(st.integers(0, len(records) - 1))
    if kind == "drop":
        del records[at]
    elif kind == "repeat":
        records.insert(draw(st.integers(0, len(records))), list(records[at]))
    elif kind == "move":
        records.insert(draw(st.integers(0, len(records) - 1)), records.pop(at))
    else:
        target = list(records[at]) if kind == "add" else records[at]
        index = draw(st.sampled_from([SEQ, HLC, AUTHOR, ENTITY, ROW, FIELDS, SUPERSEDES,
                                      "value"]))
        if index == "value":  # one field of the record set to another value
            try:
                fields = json.loads(target[FIELDS])
            except ValueError:
                fields = None
            if isinstance(fields, dict):
                fields[draw(st.sampled_from(NAMES))] = draw(values(rows))
                target[FIELDS] = text_of(fields)
        else:
            target[index] = draw(_value(index, records, rows, refs))
        if kind == "add":
            target[SEQ] = str(int(records[-1][SEQ]) + 1) if records[-1][SEQ].isdigit() else "1"
            records.append(target)
    return records


def _value(index, records, rows, refs):
    if index == SEQ:
        return st.sampled_from(["0", "-5", "1", "2", "7", "1000000000"])
    if index == HLC:
        top = max(int(r[HLC]) for r in records if r[HLC].isdigit()) if records else 0
        return st.sampled_from([str(top - 1), str(top + 1), "0", str(top + (3 << 42))])
    if index == AUTHOR:
        return st.sampled_from(["Jo Bloggs", "Chair", ""])
    if index == ENTITY:
        return st.sampled_from(["action", "action_update", "threat", "member", "person"])
    if index == ROW:
        return st.sampled_from(rows + ["f" * 32])
    if index == FIELDS:
        return st.one_of(
            st.dictionaries(st.sampled_from(NAMES), values(rows), min_size=1,
                            max_size=3).map(text_of),
            st.sampled_from(["{}", "[]", "{", '{"status":"a","status":"b"}']))
    return st.one_of(
        st.sampled_from(["", "{", '{"status":5}']),
        st.dictionaries(st.sampled_from(NAMES), st.sampled_from([*refs, " ".join(refs)]),
                        min_size=1, max_size=2).map(text_of))



TestByzantine = ByzantineMachine.TestCase
TestByzantine.settings = machine_settings("OCGBOARD_BYZANTINE_EXAMPLES", 25, steps=12)
