"""verify knows which fields are in conflict from the log alone: a conflict
row deleted behind the app's back (a crafted backup, say) is found, and so
is one left open on a field whose records agree."""

from __future__ import annotations

import pytest


@pytest.fixture
def in_conflict(chair_and_deputy, tmp_path):
    chair, deputy = chair_and_deputy
    ref = chair.json("ocg", "list")[0]["reference"]
    chair.ok("ocg", "edit", ref, "--band", "1A")
    deputy.ok("ocg", "edit", ref, "--band", "3C")
    back = tmp_path / "back.ocgx"
    deputy.ok("export", "--full", "--to", "Chair", "-o", str(back))
    chair.ok("import", str(back), "--yes")
    assert len(chair.json("conflicts", "list")) == 1
    return chair


def tamper(laptop, sql: str) -> None:
    conn = laptop.connect()
    with conn:
        conn.execute(sql)
    conn.close()


def test_an_honest_conflict_verifies(in_conflict):
    assert "OK" in in_conflict.ok("verify")


def test_a_deleted_conflict_row_is_found(in_conflict):
    tamper(in_conflict, "DELETE FROM conflict")
    code, out, _err = in_conflict("verify")
    assert code != 0 and "is in conflict, but no conflict is open for it" in out, out


def test_a_conflict_left_open_on_agreeing_records_is_found(in_conflict):
    tamper(in_conflict, "UPDATE conflict SET field = 'name'")
    code, out, _err = in_conflict("verify")
    assert code != 0 and "has an open conflict, but its records agree" in out, out
