"""Helpers for benchmark scripts: a private home folder, a national board, timers."""

from __future__ import annotations

import os
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path


def private_home(name: str) -> Path:
    """A fresh OCGBOARD_HOME under the temp folder, so benches never touch real data."""
    folder = Path(tempfile.mkdtemp(prefix=f"ocgboard-bench-{name}-"))
    os.environ["OCGBOARD_HOME"] = str(folder)
    return folder


@contextmanager
def timed(label: str, bar: float | None = None):
    """Print how long the block took and whether it met the issue's bar."""
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

    cache = Path(tempfile.gettempdir()) / "ocgboard-bench-national.sqlite"
    if not cache.exists():
        part = cache.with_suffix(".part")
        part.unlink(missing_ok=True)
        store = setup.open_board(str(part))
        with store.session("Benchmark") as session:
            demo.generate(session, "national")
        store.close()
        part.rename(cache)
    return cache
