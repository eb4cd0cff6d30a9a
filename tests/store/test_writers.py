"""One writer at a time, on either database: a second writer waits for the first
to finish, so two can never number the same record of this laptop's chain."""

from __future__ import annotations

import threading
import time

from sqlalchemy import func, select

from ocgboard.store.models import Threat
from ocgboard.store.verify import verify
from tests.helpers import make_threat


def test_a_second_writer_waits_for_the_first_and_the_chain_stays_whole(store):
    events: list[str] = []

    def second() -> None:
        with store.session("Deputy") as s:
            make_threat(s, reference="OCG 05/00002", name="Second")
        events.append("second committed")

    with store.session("Chair") as s:
        make_threat(s, reference="OCG 05/00001", name="First")
        s.flush()  # the first writer's transaction has begun and written
        other = threading.Thread(target=second)
        other.start()
        time.sleep(0.5)
        events.append("first commits")
    other.join(timeout=30)
    assert events == ["first commits", "second committed"]
    with store.engine.connect() as conn:
        report = verify(conn)
    assert report.ok, report.problems


def test_a_reader_reads_beside_a_writer(store):
    with store.session("Chair") as s:
        make_threat(s, reference="OCG 05/00001", name="First")
        s.flush()
        with store.reader() as r:  # not blocked, and does not see the uncommitted row
            assert r.scalar(select(func.count()).select_from(Threat)) == 0
