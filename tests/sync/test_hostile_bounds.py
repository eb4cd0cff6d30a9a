"""Bounds paid before trust: a payload that inflates far past its size, more
records than the manifest says, a flood of records that cannot be applied,
a flood of refused ones. Each refused in one line, the store unchanged."""

from __future__ import annotations

import os
import subprocess
import sys
import zlib

from ocgboard.sync import chains, summary
from tests.sync.hostile import ENTITY, FIELDS, SEQ, SUPERSEDES, forge, opened, refused, sealed
from tests.sync.test_hostile_chains import own

# The command line in a process that prints its own peak memory (KB) at the end:
# VmHWM, as getrusage's maxrss also counts the parent's image forked before exec.
PEAK = ("import sys\nfrom ocgboard.cli import main\ncode = main(sys.argv[1:])\n"
        "print(next(line.split()[1] for line in open('/proc/self/status') "
        "if line.startswith('VmHWM')))\nsys.exit(code)")


def test_a_payload_that_inflates_a_thousandfold_costs_no_memory(agency_return, tmp_path):
    """A megabyte that inflates to a gigabyte is read a megabyte at a time, in a
    process of its own here so that its peak memory can be measured."""
    chair, dwp, good = agency_return
    inner, manifest, _packed = opened(good, chair, tmp_path / "w")
    squeeze, zeros = zlib.compressobj(9), bytes(1 << 20)
    bomb = b"".join(squeeze.compress(zeros) for _ in range(1024)) + squeeze.flush()
    assert len(bomb) < 2 << 20
    forged = sealed(inner, manifest, bomb, 1, chair, dwp, tmp_path / "w")
    before = chair.dump()
    env = dict(os.environ, OCGBOARD_HOME=str(chair.home), OCGBOARD_DB=chair.url)
    child = subprocess.run([sys.executable, "-c", PEAK, "import", str(forged), "--yes"],
                           env=env, capture_output=True, text=True)
    assert child.returncode != 0 and "impossibly long record" in child.stderr, child.stderr
    peak_kb = int(child.stdout.split()[-1])
    assert peak_kb < 400_000, f"peak memory {peak_kb / 1000:.0f} MB"
    assert chair.dump() == before


def test_more_records_than_the_manifest_says_are_refused(agency_return, tmp_path):
    chair, dwp, good = agency_return
    inner, manifest, packed = opened(good, chair, tmp_path / "w")
    stated = manifest["counts"]["records"]
    forged = sealed(inner, manifest, packed, stated - 1, chair, dwp, tmp_path / "w")
    refused(chair, forged, says="a different number of records than its manifest says")


def test_a_flood_of_records_that_cannot_be_applied_is_refused(agency_return, tmp_path,
                                                              monkeypatch):
    chair, dwp, good = agency_return
    monkeypatch.setattr(chains, "MAX_HELD", 1)

    def gap(records, manifest):
        for offset, fields in enumerate(own(records, manifest)):
            fields[SEQ] = str(1_000 + offset)
        return records

    refused(chair, forge(good, chair, dwp, tmp_path / "f", gap),
            says="records that cannot be applied yet")


def test_a_flood_of_refused_records_stops_the_reading(agency_return, tmp_path, monkeypatch):
    chair, dwp, good = agency_return
    monkeypatch.setattr(summary, "MAX_REFUSED", 2)

    def owners(records, manifest):
        for fields in own(records, manifest):
            fields[ENTITY], fields[FIELDS], fields[SUPERSEDES] = "threat", '{"name":"x"}', ""
        return records

    refused(chair, forge(good, chair, dwp, tmp_path / "f", owners),
            says="refused: the file makes at least 2 changes its sender may not make")
