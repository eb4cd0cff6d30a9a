"""A threat's areas are the board's own words now, and travel as text: a withheld
name in one never reaches an agency; an agency's laptop never edits the strategy."""

from __future__ import annotations

import zlib

from tests.sync.hostile import opened


def test_a_withheld_name_in_a_threat_area_is_blanked_in_the_extract(chair_and_dwp,
                                                                    tmp_path):
    chair, dwp = chair_and_dwp
    action = chair.json("action", "list", "--agency", "DWP")[0]
    chair.ok("member", "add", action["threat"], "--name", "Grigore Secretescu",
             "--disseminable", "no")
    chair.ok("control", "area", "add", "Secretescu network", "--group", "commodity",
             "--model", "force-led")
    chair.ok("ocg", "edit", action["threat"], "--disseminable", "yes",
             "--areas", "secretescu network, county lines")
    extract = tmp_path / "dwp.ocgx"
    chair.ok("export", "--agency", "DWP", "-o", str(extract), "--yes")
    _inner, _manifest, packed = opened(extract, dwp, tmp_path / "open")
    payload = zlib.decompress(packed).decode("utf-8")
    assert "County Lines" in payload  # the threat's areas do travel
    assert "Secretescu" not in payload
    dwp.ok("import", str(extract), "--yes")
    shown = next(t for t in dwp.json("ocg", "list") if t["reference"] == action["threat"])
    assert "Secretescu" not in str(shown) and "County Lines" in shown["threat_areas"]


def test_an_agency_laptop_cannot_change_the_control_strategy(setup):
    _chair, dwp, _return = setup
    before = dwp.ok("control", "show")
    for attempt in (("area", "add", "Firearms", "--group", "commodity", "--model",
                     "force-led"),
                    ("battle", "add", "OIC", "Close the car washes"),
                    ("battle", "edit", "OIC", "1", "Something else"),
                    ("battle", "withdraw", "OIC", "1"),
                    ("adopt", "--title", "Ours", "--date", "2030-01-01")):
        code, _out, err = dwp("control", *attempt)
        assert code != 0, attempt
        assert err.strip().splitlines() == [
            "ocgboard: error: the control strategy is the board's to change: this laptop "
            "holds an agency's extract"], attempt
    assert dwp.ok("control", "show") == before
