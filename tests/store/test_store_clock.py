"""A store's clock stamps everything it keeps: the log's HLC, updates, backups."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from ocgboard import clock as clocks
from ocgboard.core import board, plans, setup
from ocgboard.store import hlc, restore
from ocgboard.store.models import ActionUpdate, Change, Device
from tests.helpers import make_action, make_threat


def local_records(store) -> list[Change]:
    with store.reader() as s:
        local = s.scalar(select(Device.id).where(Device.is_local))
        return list(s.scalars(select(Change).where(Change.device_id == local)
                              .order_by(Change.seq)))


def test_the_change_log_is_stamped_by_the_pinned_clock(store, clock):
    with store.session("Chair") as s:
        make_threat(s)
    stamped = {hlc.to_datetime(r.hlc).date() for r in local_records(store)}
    assert stamped == {clock.now().date()}


def test_a_store_with_its_own_clock_stamps_by_it(db_path, clock):
    ahead = clocks.PinnedClock(clock.now() + dt.timedelta(days=3))
    store = setup.open_board(str(db_path), own_clock=ahead)
    try:
        with store.session("Chair") as s:
            assert clocks.of(s) is ahead
            board.init(s, "Board")
            action = make_action(s, make_threat(s))
            update = plans.change_status(s, action, "agreed", "Agreed at the board")
            update_id = update.id
        with store.reader() as s:
            recorded = s.get(ActionUpdate, update_id).recorded_at
            dated = s.get(ActionUpdate, update_id).dated_on
        assert dated == ahead.today()
        assert abs(recorded - ahead.stamp()) < dt.timedelta(minutes=1)
        assert hlc.to_datetime(local_records(store)[-1].hlc).date() == ahead.now().date()
    finally:
        store.close()


def test_the_log_never_runs_backwards_when_the_clock_is_put_back(store, clock):
    with store.session("Chair") as s:
        make_threat(s, reference="FIRST")
    clock.advance(days=-30)  # the laptop's clock is corrected
    with store.session("Chair") as s:
        make_threat(s, reference="SECOND")
    stamps = [r.hlc for r in local_records(store)]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)


@pytest.mark.sqlite_only("a backup is a copy of the SQLite file (SQLite's backup API)")
def test_a_backup_is_named_by_the_clocks_local_time(store, clock):
    clock.set(dt.datetime(2028, 2, 29, 23, 59, 58))
    taken = restore.take_backup(store)
    assert taken.name.startswith("board-20280229T235958")
