"""verify on an agency's laptop: what its extract left out is not a tampered field."""

from __future__ import annotations

import json


def verify(laptop) -> dict:
    _code, out, _err = laptop("verify", "--json")
    return json.loads(out)


def test_an_agency_laptop_verifies_and_still_sees_a_change_behind_the_logs_back(
        chair_and_dwp, tmp_path):
    chair, dwp = chair_and_dwp
    extract = tmp_path / "dwp.ocgx"
    chair.ok("export", "--agency", "DWP", "--yes", "-o", str(extract))
    dwp.ok("import", str(extract), "--yes")
    report = verify(dwp)
    assert report["ok"], report["problems"]  # fields left out hold their absent values
    conn = dwp.connect()
    try:
        with conn:  # a field the extract left out, changed behind the log's back
            conn.execute("UPDATE threat SET extent_violence = 'high' WHERE id = "
                         "(SELECT min(id) FROM threat)")
    finally:
        conn.close()
    report = verify(dwp)
    assert not report["ok"]
    assert any('extent_violence holds "high" but its extract left it out, so it should '
               'hold "unknown"' in p
               for p in report["problems"]), report["problems"]
