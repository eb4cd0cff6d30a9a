"""The chair and the deputy raising actions on the same threats at the same time,
deleting some, and exchanging replicas in any order, stale and repeated, with clocks
that disagree. Two actions may be given one number; every merge settles that alike.

After every import: no two actions of a threat share a number, none lacks one, and
the first action raised in each threat keeps the number it was raised with. Once
both laptops have synced they hold the same numbers, and syncing again changes
nothing: the settling converged.
"""

from __future__ import annotations

import itertools
import os
from collections import Counter
from pathlib import Path

import hypothesis.strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from ocgboard.core import board, lookup, plans, register
from ocgboard.core.rows import plans as plan_rows
from ocgboard.sync import contacts, export, importer
from tests.sync.conftest import syncable_state
from tests.sync.test_merge_machine import Laptop, machine_settings

LAPTOPS = ("chair", "deputy")
THREATS = ("OCG 1", "OCG 2")
_runs = itertools.count()


class NumbersMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.root = Path(os.environ["OCGBOARD_HOME"]) / f"numbers{next(_runs)}"
        self.outbox: list[tuple[str, Path]] = []
        self.delivered: list[tuple[str, Path]] = []
        self.raised: dict[str, int] = {}  # each action's number when it was raised
        self.texts = itertools.count(1)

    @initialize()
    def start(self):
        self.laptops = {n: Laptop(self.root, n) for n in LAPTOPS}
        with self.laptops["chair"].store.session("Chair") as s:
            board.init(s, "Board")
            for reference in THREATS:
                register.add(s, reference, f"Group {reference}", mapped_on="2024-01-01")
        for me, other in (("chair", "deputy"), ("deputy", "chair")):
            with self.laptops[me].store.session(me) as s:
                contacts.add(s, self.laptops[other].card, board=True, name=other)
        self._send("chair", "deputy")
        self._deliver(0)

    # -- rules -----------------------------------------------------------------

    @rule(laptop=st.sampled_from(LAPTOPS), threat=st.sampled_from(THREATS))
    def raise_action(self, laptop, threat):
        with self.laptops[laptop].store.session(laptop) as s:
            made = plans.add_free(s, lookup.threat(s, threat), f"Action {next(self.texts)}",
                                  "Pursue", owner="Police")
            self.raised[made.id.hex] = made.number

    @rule(laptop=st.sampled_from(LAPTOPS), data=st.data())
    def delete_action(self, laptop, data):
        live = self._numbers(laptop, live_only=True)
        if live:
            key = data.draw(st.sampled_from(sorted(live)))
            with self.laptops[laptop].store.session(laptop) as s:
                plan_rows.remove_actions(s, [key])

    @rule(src=st.sampled_from(LAPTOPS))
    def send(self, src):
        self._send(src, next(n for n in LAPTOPS if n != src))

    @precondition(lambda self: self.outbox)
    @rule(data=st.data())
    def deliver(self, data):
        self._deliver(data.draw(st.integers(0, len(self.outbox) - 1)))

    @precondition(lambda self: self.delivered)
    @rule(data=st.data())
    def replay(self, data):
        dst, path = data.draw(st.sampled_from(self.delivered))
        importer.import_file(self.laptops[dst].store, path, device_keys=self.laptops[dst].keys)

    # -- exchanges -------------------------------------------------------------

    def _send(self, src: str, dst: str) -> None:
        lap = self.laptops[src]
        path = self.root / f"{src}-to-{dst}-{next(_runs)}.ocgx"
        with lap.store.session(src) as s:
            export.export(s, path, to=[dst], device_keys=lap.keys)
        self.outbox.append((dst, path))

    def _deliver(self, index: int) -> None:
        dst, path = self.outbox.pop(index)
        importer.import_file(self.laptops[dst].store, path, device_keys=self.laptops[dst].keys)
        self.delivered.append((dst, path))

    # -- what must hold ----------------------------------------------------------

    def _numbers(self, laptop: str, live_only: bool = False) -> dict[str, tuple]:
        """Each action: (threat, number, its first record's clock and device)."""
        with self.laptops[laptop].store.engine.connect() as conn:
            return {row_id: (threat, number, (hlc, device)) for row_id, threat, number, hlc,
                    device in conn.exec_driver_sql(
                        "SELECT a.id, a.threat_id, a.number, min(c.hlc), "
                        "(SELECT d.uuid FROM change f JOIN device d ON d.id = f.device_id "
                        " WHERE f.row_id = a.id ORDER BY f.hlc, d.uuid LIMIT 1) "
                        "FROM action a JOIN change c ON c.row_id = a.id "
                        f"{'WHERE NOT a.deleted ' if live_only else ''}GROUP BY a.id")}

    @invariant()
    def each_threat_numbers_its_actions_once(self):
        for laptop in getattr(self, "laptops", {}):
            held = self._numbers(laptop)
            assert all(number is not None for _t, number, _r in held.values()), \
                f"{laptop}: an action without a number"
            twice = [k for k, n in Counter((t, number) for t, number, _r in held.values())
                     .items() if n > 1]
            assert not twice, f"{laptop}: numbers given twice in a threat: {twice}"
            first: dict = {}
            for row_id, (threat, _number, raised) in held.items():
                if threat not in first or (raised, row_id) < first[threat][0]:
                    first[threat] = ((raised, row_id), row_id)
            for _order, row_id in first.values():
                assert held[row_id][1] == self.raised[row_id], \
                    f"{laptop}: the first action raised in a threat lost its number"

    def teardown(self):
        try:
            if hasattr(self, "laptops"):
                self._everyone_syncs()
        finally:
            for lap in getattr(self, "laptops", {}).values():
                lap.close()

    def _everyone_syncs(self):
        while self.outbox:
            self._deliver(0)
        for src, dst in (("chair", "deputy"), ("deputy", "chair"), ("chair", "deputy")):
            self._send(src, dst)
            self._deliver(len(self.outbox) - 1)
        chair, deputy = (self.laptops[n] for n in LAPTOPS)
        settled = syncable_state(chair)
        assert settled == syncable_state(deputy), "chair and deputy hold different numbers"
        self.each_threat_numbers_its_actions_once()
        for src, dst in (("deputy", "chair"), ("chair", "deputy")):
            self._send(src, dst)
            self._deliver(len(self.outbox) - 1)
        assert syncable_state(chair) == settled, "syncing again changed the numbers"


TestNumbers = NumbersMachine.TestCase
TestNumbers.settings = machine_settings("OCGBOARD_NUMBERS_EXAMPLES", 25, steps=20)


def test_two_actions_raised_at_once_the_first_raised_keeps_the_number():
    """The plain case, step by step: each laptop raises an action on the same threat
    before they exchange, both numbered 1. The one whose first record has the earlier
    clock keeps 1 (the deputy's, whose clock runs behind); the chair's takes 2, on the
    chair's laptop at the import, which says so, and then on the deputy's."""
    machine = NumbersMachine()
    machine.start()
    made = {}
    for laptop in ("deputy", "chair"):
        with machine.laptops[laptop].store.session(laptop) as s:
            action = plans.add_free(s, lookup.threat(s, "OCG 1"), f"Raised on the {laptop}'s",
                                    "Pursue", owner="Police")
            made[laptop] = (action.id.hex, action.number)
    assert made["deputy"][1] == made["chair"][1] == 1
    machine._send("deputy", "chair")
    dst, path = machine.outbox.pop()
    chair = machine.laptops["chair"]
    said = importer.import_file(chair.store, path, device_keys=chair.keys).summary
    held = machine._numbers("chair")
    first, second = sorted(made.values(), key=lambda m: held[m[0]][2])
    assert first[0] == made["deputy"][0]  # its clock is behind the chair's
    assert (held[first[0]][1], held[second[0]][1]) == (1, 2)
    assert said.renumbered == 1
    assert said.lines[0].startswith("renumbered OCG 1 · 1 → OCG 1 · 2: another laptop gave "
                                    "OCG 1 · 1 to another action first")
    machine._send("chair", "deputy")
    machine._deliver(0)
    assert machine._numbers("deputy") == held
    for lap in machine.laptops.values():
        lap.store.close()
