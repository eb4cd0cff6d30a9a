"""Helpers for benchmark scripts: a private home folder, a national board, timers.

Importing this pins the clock (ocgboard/clock.py) of the bench and of every
process it starts to one day, as the test suite does: figures must not depend
on the calendar, and the cached national board is the same board every day.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

BENCH_DAY = "2026-11-23T12:00"
os.environ.setdefault("OCGBOARD_TEST_CLOCK", BENCH_DAY)


def private_home(name: str) -> Path:
    """A fresh OCGBOARD_HOME under the temp folder, so benches never touch real data."""
    folder = Path(tempfile.mkdtemp(prefix=f"ocgboard-bench-{name}-"))
    os.environ["OCGBOARD_HOME"] = str(folder)
    return folder


@contextmanager
def timed(label: str, bar: float | None = None):
    """Print how long the block took and whether it met its bar."""
    started = time.perf_counter()
    result = {}
    yield result
    took = time.perf_counter() - started
    result["seconds"] = took
    verdict = ""
    if bar is not None:
        verdict = f" (bar: < {bar:.3g} s — {'met' if took < bar else 'NOT MET'})"
    print(f"{label}: {took:.2f} s{verdict}", flush=True)


def cached_national_board() -> Path:
    """A national demo board built once per machine and reused by later benches.

    Built into a private file; benches copy it (SQLite backup API) before use so
    that none of them changes what another measures.
    """
    from ocgboard.core import demo, setup
    from ocgboard.store import schema

    day = os.environ["OCGBOARD_TEST_CLOCK"][:10]
    # Named by the schema too: a board cached by an older version would be migrated,
    # and measure the migration's result, not what today's code writes.
    cache = Path(tempfile.gettempdir()) / f"ocgboard-bench-national-{day}-{schema.HEAD}.sqlite"
    if not cache.exists() or not national_keys(cache).exists():
        part = cache.with_suffix(".part")
        part.unlink(missing_ok=True)
        shutil.rmtree(national_keys(cache), ignore_errors=True)
        store = setup.open_board(str(part), keys_folder=national_keys(cache))
        with store.session("Benchmark") as session:
            demo.generate(session, "national")
        store.close()
        part.rename(cache)
    return cache


def national_keys(cache: Path) -> Path:
    """The keys of the laptop that built the cached board: its device id is theirs,
    so a bench that uses the board as its chair's uses these keys too."""
    return cache.with_suffix(".keys")
