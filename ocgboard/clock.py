"""The one source of "now" and "today" for the whole app.

Every date a person sees or the store keeps comes from a Clock: the system's
by default, or one pinned to a moment (tests, benchmarks, demos). A Store may
carry its own clock (a laptop whose clock runs fast, in the sync tests);
sessions carry their store's, and services read it with `of(session)`.
Nothing outside this module asks the operating system for the date; a test
keeps it so.

OCGBOARD_TEST_CLOCK pins the clock of a whole process to a local date or
time (`2026-11-23`, `2026-11-23T12:00`, or with an offset). It exists for the
test suite's subprocesses and the benchmarks, so that their "today" is the
suite's; it is not a setting for users, and a laptop's records stamped under
it would carry the pinned dates.
"""

from __future__ import annotations

import datetime as dt
import os
import time

from ocgboard.errors import BoardError

TEST_CLOCK = "OCGBOARD_TEST_CLOCK"
_NOON = dt.time(12, 0)


class Clock:
    """The operating system's clock."""

    def now(self) -> dt.datetime:
        """This moment, timezone-aware, in UTC."""
        return dt.datetime.now(dt.UTC)

    def today(self) -> dt.date:
        """The date on this laptop's calendar (its local time zone)."""
        return self.now().astimezone().date()

    def stamp(self) -> dt.datetime:
        """This moment as the store keeps times: naive UTC, to the microsecond."""
        return self.now().replace(tzinfo=None)

    def local_now(self) -> dt.datetime:
        """This moment in the laptop's time zone, for what a person reads as a time."""
        return self.now().astimezone()

    def wall_ms(self) -> int:
        """Milliseconds since the Unix epoch: the hybrid logical clock's wall time."""
        moment = self.now()
        return (moment - _EPOCH) // dt.timedelta(milliseconds=1)


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


class PinnedClock(Clock):
    """A clock set to a moment, which runs on from there at the real pace.

    Running on (rather than standing still) keeps records made one after the
    other in order, as on a real laptop; a test is over long before the pinned
    day ends. `set` and `advance` move it, for a test that needs another day."""

    def __init__(self, moment: dt.datetime | dt.date):
        self.set(moment)

    def set(self, moment: dt.datetime | dt.date) -> None:
        self._start = _aware(moment)
        self._started = time.monotonic()

    def advance(self, **delta: float) -> None:
        """Move the clock on, e.g. `advance(days=1)`."""
        self._start += dt.timedelta(**delta)

    def now(self) -> dt.datetime:
        elapsed = dt.timedelta(seconds=time.monotonic() - self._started)
        return self._start + elapsed

    def __repr__(self) -> str:
        return f"PinnedClock({self.now().isoformat()})"


def _aware(moment: dt.datetime | dt.date) -> dt.datetime:
    """A moment in UTC; a date means noon there, a naive time is local time."""
    if not isinstance(moment, dt.datetime):
        moment = dt.datetime.combine(moment, _NOON)
    if moment.tzinfo is None:
        moment = moment.astimezone()  # a naive moment is the laptop's wall time
    return moment.astimezone(dt.UTC)


def parse(text: str) -> dt.datetime:
    """A moment written as an ISO date or date and time (local unless an offset is given)."""
    try:
        if len(text.strip()) == 10:
            return _aware(dt.date.fromisoformat(text.strip()))
        return _aware(dt.datetime.fromisoformat(text.strip()))
    except ValueError:
        raise BoardError(f"{TEST_CLOCK} must be an ISO date or date and time, "
                         f"not {text!r}") from None


def from_environment() -> Clock:
    """The process's clock: pinned when the test variable says so, else the system's."""
    pinned = os.environ.get(TEST_CLOCK, "").strip()
    return PinnedClock(parse(pinned)) if pinned else Clock()


_current: Clock | None = None


def current() -> Clock:
    """The process's clock: what a store without a clock of its own uses."""
    global _current
    if _current is None:
        _current = from_environment()
    return _current


def use(clock: Clock | None) -> Clock | None:
    """Make `clock` the process's clock (None: back to the environment's); the old one."""
    global _current
    before, _current = _current, clock
    return before


def of(session) -> Clock:
    """The clock of a session's store (its `info["clock"]`), or the process's."""
    found = session.info.get("clock") if session is not None else None
    return found if found is not None else current()
