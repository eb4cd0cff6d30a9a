"""Hybrid logical clock.

An HLC value is an integer: wall-clock milliseconds shifted left 16 bits,
plus a counter. It never runs backwards on one device, and after a device
receives a record it stamps its own later records above it, so a laptop
whose clock is slow cannot make a later edit lose to an earlier one. The
wall time is the store's clock (ocgboard/clock.py), given by the caller.
"""

from __future__ import annotations

import datetime as dt

SHIFT = 16


def tick(last: int, now_ms: int) -> int:
    """The next local timestamp after `last`, at wall time `now_ms`."""
    return max(now_ms << SHIFT, last + 1)


def to_datetime(hlc: int) -> dt.datetime:
    return dt.datetime.fromtimestamp((hlc >> SHIFT) / 1000, tz=dt.UTC)
