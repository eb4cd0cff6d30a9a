"""Hybrid logical clock.

An HLC value is an integer: wall-clock milliseconds shifted left 16 bits,
plus a counter. It never runs backwards on one device, and after a device
receives a record it stamps its own later records above it, so a laptop
whose clock is slow cannot make a later edit lose to an earlier one.
"""

from __future__ import annotations

import datetime as dt
import time

SHIFT = 16


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


def tick(last: int, now_ms: int | None = None) -> int:
    """The next local timestamp after `last`."""
    physical = (wall_ms() if now_ms is None else now_ms) << SHIFT
    return max(physical, last + 1)


def observe(last: int, received: int) -> int:
    """The clock after seeing a record stamped `received`."""
    return max(last, received)


def to_datetime(hlc: int) -> dt.datetime:
    return dt.datetime.fromtimestamp((hlc >> SHIFT) / 1000, tz=dt.UTC)


def from_datetime(moment: dt.datetime) -> int:
    return int(moment.timestamp() * 1000) << SHIFT
