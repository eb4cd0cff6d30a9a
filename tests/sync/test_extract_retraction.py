"""An agency's extract is what it may see now, and its laptop keeps nothing else: what
the board withdraws (a member made non-disseminable, an action given to another
agency, a threat closed, an old value) goes from the agency's laptop at the next
extract, while the agency's own work on what it still holds stays, and its own
records of what was withdrawn stay unshown in the chain it signed."""

from __future__ import annotations

import json
import zlib

import pytest

from ocgboard.core import members, setup
from tests.sync.conftest import introduce_boards, syncable_state
from tests.sync.hostile import forge, opened, refused
from tests.sync.test_extract_withheld import database_text

SUBJECT = "Piotr Nowakowski"


def extract_to(chair, dwp, path) -> str:
    chair.ok("export", "--agency", "DWP", "--yes", "-o", str(path))
    return dwp.ok("import", str(path), "--yes")


def payload_of(extract, dwp, work) -> str:
    _inner, _manifest, packed = opened(extract, dwp, work)
    return zlib.decompress(packed).decode("utf-8")


def dwp_action(chair) -> dict:
    return chair.json("action", "list", "--agency", "DWP")[0]


def held_text(dwp) -> str:
    return "\n".join(database_text(dwp))


def edit_member(chair, name: str, **fields) -> None:
    with chair.on():
        store = setup.open_board(chair.url)
        try:
            with store.session("Chair") as s:
                member = next(m for m in members.listing(s) if m.name == name)
                members.edit(s, member, **fields)
        finally:
            store.close()


@pytest.fixture
def dwp_holds(chair_and_dwp, tmp_path):
    """DWP holds its first extract, with a disseminable member on its action's threat."""
    chair, dwp = chair_and_dwp
    action = dwp_action(chair)
    chair.ok("member", "add", action["threat"], "--name", SUBJECT, "--disseminable", "yes")
    extract_to(chair, dwp, tmp_path / "first.ocgx")
    assert SUBJECT in held_text(dwp)
    return chair, dwp, action


def test_a_member_made_non_disseminable_leaves_the_agency(dwp_holds, tmp_path):
    chair, dwp, _action = dwp_holds
    edit_member(chair, SUBJECT, disseminable=False)
    out = extract_to(chair, dwp, tmp_path / "second.ocgx")
    assert "withdrawn by the board: 1" in out
    assert SUBJECT not in held_text(dwp)
    assert dwp.ok("verify").strip()


def test_an_action_given_to_another_agency_leaves_with_the_agencys_own_work(dwp_holds,
                                                                             tmp_path):
    chair, dwp, action = dwp_holds
    dwp.ok("action", "update", action["id"][:8], "--status", "in progress", "--comment",
           "Claims pulled for review", author="Jo Bloggs (DWP)")
    other = next(a["name"] for a in chair.json("agency", "list") if a["name"] != "DWP")
    chair.ok("action", "edit", action["id"][:8], "--owner", other)
    extract_to(chair, dwp, tmp_path / "second.ocgx")
    ids = {a["id"] for a in dwp.json("action", "list")}
    assert action["id"] not in ids
    # DWP's own records stay in the chain it signed, but no row shows them.
    conn = dwp.connect()
    try:
        assert not conn.execute("SELECT 1 FROM action_update WHERE comment = ?",
                                ("Claims pulled for review",)).fetchall()
    finally:
        conn.close()
    code, out, err = dwp("verify")
    assert code == 0, out + err
    assert "withdrawn by the board" in out


def return_to(chair, dwp, path) -> str:
    dwp.ok("export", "--full", "--to", "Chair", "-o", str(path))
    return chair.ok("import", str(path), "--yes")


@pytest.mark.parametrize("returned_before_it_knew", [True, False])
def test_work_on_an_action_given_away_meanwhile_reaches_the_board(dwp_holds, tmp_path,
                                                                  returned_before_it_knew):
    """DWP moved its action on before it heard the board gave it to another agency: the
    work is the board's to see, and never stops DWP's later returns."""
    chair, dwp, action = dwp_holds
    dwp.ok("action", "update", action["id"][:8], "--status", "in progress", "--comment",
           "Claims pulled for review", author="Jo Bloggs (DWP)")
    other = next(a["name"] for a in chair.json("agency", "list") if a["name"] != "DWP")
    chair.ok("action", "edit", action["id"][:8], "--owner", other)
    if returned_before_it_knew:
        return_to(chair, dwp, tmp_path / "first-return.ocgx")
    extract_to(chair, dwp, tmp_path / "second.ocgx")
    still = dwp_action(chair)
    dwp.ok("action", "update", still["id"][:8], "--comment", "Visit booked",
           author="Jo Bloggs (DWP)")
    return_to(chair, dwp, tmp_path / "return.ocgx")
    given_away = next(a for a in chair.json("action", "list") if a["id"] == action["id"])
    assert given_away["status"] == "in progress"
    trail = chair.json("action", "show", action["id"][:8])
    assert "Claims pulled for review" in str(trail)
    assert "Visit booked" in str(chair.json("action", "show", still["id"][:8]))


def test_an_agency_still_may_not_touch_an_action_it_never_held(chair_and_dwp, tmp_path):
    chair, dwp = chair_and_dwp
    extract_to(chair, dwp, tmp_path / "first.ocgx")
    never = next(a for a in chair.json("action", "list") if a["owner"] != "DWP")

    def on_another(records, manifest):
        dwp_device = next(n for n, d in manifest["devices"].items() if d == dwp.device_id)
        for fields in records:
            if fields[0] == dwp_device and '"action_id"' in fields[6]:
                fields[6] = fields[6].replace(
                    json.loads(fields[6])["action_id"], never["id"])
        return records

    dwp.ok("action", "update", dwp_action(chair)["id"][:8], "--comment", "Visit booked",
           author="Jo Bloggs (DWP)")
    good = tmp_path / "return.ocgx"
    dwp.ok("export", "--full", "--to", "Chair", "-o", str(good))
    refused(chair, forge(good, chair, dwp, tmp_path / "forged", on_another),
            says="an update to an action outside the agency's extract")


def test_a_closed_threat_leaves_the_agency(dwp_holds, tmp_path):
    chair, dwp, action = dwp_holds
    chair.ok("ocg", "archive", action["threat"])
    extract_to(chair, dwp, tmp_path / "second.ocgx")
    assert not [a for a in dwp.json("action", "list") if a["threat"] == action["threat"]]
    assert SUBJECT not in held_text(dwp)


def test_no_old_value_travels_or_stays(dwp_holds, tmp_path):
    chair, dwp, action = dwp_holds
    chair.ok("action", "edit", action["id"][:8], "--measurable", "Claims of the old address")
    extract_to(chair, dwp, tmp_path / "second.ocgx")
    assert "Claims of the old address" in held_text(dwp)
    chair.ok("action", "edit", action["id"][:8], "--measurable", "Claims traced")
    third = tmp_path / "third.ocgx"
    extract_to(chair, dwp, third)
    assert "Claims of the old address" not in payload_of(third, dwp, tmp_path / "open")
    assert "Claims of the old address" not in held_text(dwp)
    assert "Claims traced" in held_text(dwp)


def test_the_agencys_own_work_not_yet_returned_stays(dwp_holds, tmp_path):
    chair, dwp, action = dwp_holds
    dwp.ok("action", "update", action["id"][:8], "--status", "in progress", "--comment",
           "Claims pulled for review", author="Jo Bloggs (DWP)")
    chair.ok("action", "edit", action["id"][:8], "--measurable", "Claims traced")
    extract_to(chair, dwp, tmp_path / "second.ocgx")
    mine = next(a for a in dwp.json("action", "list") if a["id"] == action["id"])
    assert mine["status"] == "in progress"
    assert "Claims pulled for review" in held_text(dwp)
    assert "Claims traced" in held_text(dwp)
    # And it still goes back to the board, which takes it.
    back = tmp_path / "return.ocgx"
    dwp.ok("export", "--full", "--to", "Chair", "-o", str(back))
    chair.ok("import", str(back), "--yes")
    board_side = next(a for a in chair.json("action", "list") if a["id"] == action["id"])
    assert board_side["status"] == "in progress"


def test_a_returned_and_accepted_move_is_no_conflict_after_the_next_extract(dwp_holds,
                                                                            tmp_path):
    chair, dwp, action = dwp_holds
    dwp.ok("action", "update", action["id"][:8], "--status", "in progress", "--comment",
           "Claims pulled for review", author="Jo Bloggs (DWP)")
    back = tmp_path / "return.ocgx"
    dwp.ok("export", "--full", "--to", "Chair", "-o", str(back))
    chair.ok("import", str(back), "--yes")
    chair.ok("action", "update", action["id"][:8], "--status", "completed", "--comment",
             "Closed at the board")
    extract_to(chair, dwp, tmp_path / "second.ocgx")
    mine = next(a for a in dwp.json("action", "list") if a["id"] == action["id"])
    assert mine["status"] == "completed"
    assert dwp.json("conflicts", "list") == []


def deputy_holding(chair, laptops, tmp_path):
    """A deputy's laptop, cards exchanged, holding the chair's full replica."""
    deputy = laptops("deputy")
    introduce_boards(chair, deputy)
    replica = tmp_path / "replica.ocgx"
    chair.ok("export", "--full", "--to", "Deputy", "-o", str(replica))
    deputy.ok("import", str(replica), "--yes")
    return deputy


def test_the_extract_names_no_laptop_whose_work_it_does_not_show(chair_and_dwp, laptops,
                                                                  tmp_path):
    """The deputy's edit, since superseded by the chair's, does not travel, and with it
    the deputy's device id and how many records it has made."""
    chair, dwp = chair_and_dwp
    deputy = deputy_holding(chair, laptops, tmp_path)
    action = dwp_action(chair)
    deputy.ok("action", "edit", action["id"][:8], "--measurable", "Claims traced by the deputy")
    back = tmp_path / "back.ocgx"
    deputy.ok("export", "--full", "--since-last", "--to", "Chair", "-o", str(back))
    chair.ok("import", str(back), "--yes")
    chair.ok("action", "edit", action["id"][:8], "--measurable", "Claims traced")
    extract = tmp_path / "dwp.ocgx"
    extract_to(chair, dwp, extract)
    _inner, manifest, _packed = opened(extract, dwp, tmp_path / "open")
    assert "Claims traced by the deputy" not in held_text(dwp)
    assert deputy.device_id not in set(manifest["devices"].values())
    assert deputy.device_id not in payload_of(extract, dwp, tmp_path / "open2")
    assert deputy.device_id not in held_text(dwp)


def test_the_board_answers_an_agency_as_one_and_its_moves_follow_cleanly(chair_and_dwp,
                                                                         laptops, tmp_path):
    """The deputy's edits that DWP sees travel as the board's, under no laptop's id or
    number; DWP's move on top of one still follows it on every board laptop, with no
    conflict, and chair and deputy agree."""
    chair, dwp = chair_and_dwp
    deputy = deputy_holding(chair, laptops, tmp_path)
    action = next(a for a in chair.json("action", "list", "--agency", "DWP")
                  if a["status"] == "proposed")
    deputy.ok("action", "update", action["id"][:8], "--status", "agreed", "--comment",
              "Agreed at the board", author="Deputy Chair")
    deputy.ok("action", "edit", action["id"][:8], "--measurable", "Claims traced by the deputy")
    back = tmp_path / "back.ocgx"
    deputy.ok("export", "--full", "--since-last", "--to", "Chair", "-o", str(back))
    chair.ok("import", str(back), "--yes")
    extract = tmp_path / "dwp.ocgx"
    extract_to(chair, dwp, extract)
    payload = payload_of(extract, dwp, tmp_path / "open")
    _inner, manifest, _packed = opened(extract, dwp, tmp_path / "open2")
    assert "Claims traced by the deputy" in held_text(dwp)
    for laptop in (deputy, chair):  # the chair signs it, and DWP holds its card
        assert laptop.device_id not in set(manifest["devices"].values()) - {
            manifest["sender"]["device"]}
        assert laptop.device_id not in payload
    assert deputy.device_id not in held_text(dwp)
    dwp.ok("action", "update", action["id"][:8], "--status", "in progress", "--comment",
           "Claims pulled for review", author="Jo Bloggs (DWP)")
    return_to(chair, dwp, tmp_path / "return.ocgx")
    to_deputy = tmp_path / "to-deputy.ocgx"
    chair.ok("export", "--full", "--since-last", "--to", "Deputy", "-o", str(to_deputy))
    deputy.ok("import", str(to_deputy), "--yes")
    for laptop in (chair, deputy, dwp):
        assert laptop.json("conflicts", "list") == [], laptop.name
        moved = next(a for a in laptop.json("action", "list") if a["id"] == action["id"])
        assert moved["status"] == "in progress", laptop.name
    assert syncable_state(chair) == syncable_state(deputy)
    for laptop in (chair, deputy, dwp):
        code, out, err = laptop("verify")
        assert code == 0, out + err


def test_an_extract_from_an_agencys_laptop_is_refused(chair_and_dwp, laptops, tmp_path):
    """Another agency's laptop, holding its own extract, is sent a file DWP made look
    like an extract: it would take the place of what that laptop holds."""
    chair, dwp = chair_and_dwp
    other = laptops("other")
    name = next(a["name"] for a in chair.json("agency", "list")
                if a["name"] != "DWP" and chair.json("action", "list", "--agency", a["name"]))
    chair.ok("keys", "import", str(other.card()), "--agency", name, "--name", "Other team")
    other.ok("keys", "import", str(chair.card()), "--board", "--name", "Chair")
    other.ok("keys", "import", str(dwp.card()), "--agency", "DWP", "--name", "DWP team")
    chair.ok("export", "--agency", name, "--yes", "-o", str(tmp_path / "other.ocgx"))
    other.ok("import", str(tmp_path / "other.ocgx"), "--yes")
    extract_to(chair, dwp, tmp_path / "dwp.ocgx")
    back = tmp_path / "return.ocgx"
    dwp.ok("export", "--full", "--to", "Chair", "-o", str(back))

    def as_extract(records, manifest):
        manifest["scope"]["kind"] = "agency"
        return records

    forged = forge(back, chair, dwp, tmp_path / "forge", as_extract, chained=False, to=other)
    refused(other, forged, says="comes only from a board laptop")


def test_an_extract_imported_twice_changes_nothing_the_second_time(dwp_holds, tmp_path):
    chair, dwp, _action = dwp_holds
    again = tmp_path / "again.ocgx"
    extract_to(chair, dwp, again)
    before = syncable_state(dwp)
    dwp.ok("import", str(again), "--yes")
    assert syncable_state(dwp) == before


def test_an_older_extract_is_refused_once_a_newer_one_is_held(dwp_holds, tmp_path):
    """Imported late, an old extract would bring back the member the board withdrew."""
    chair, dwp, _action = dwp_holds
    old = tmp_path / "old.ocgx"
    chair.ok("export", "--agency", "DWP", "--yes", "-o", str(old))
    edit_member(chair, SUBJECT, disseminable=False)
    extract_to(chair, dwp, tmp_path / "new.ocgx")
    refused(dwp, old, says="made before the one this laptop holds")
    assert SUBJECT not in held_text(dwp)


def test_an_extract_whose_clock_is_out_of_bounds_is_refused(dwp_holds, tmp_path):
    chair, dwp, _action = dwp_holds
    good = tmp_path / "good.ocgx"
    chair.ok("export", "--agency", "DWP", "--yes", "-o", str(good))
    for bad in (2 ** 62, -1, "soon", True):
        def clocked(records, manifest, bad=bad):
            manifest["as_of"] = bad
            return records

        forged = forge(good, dwp, chair, tmp_path / f"f{bad}", clocked, chained=False)
        refused(dwp, forged, says="clock is not one ocgboard writes")
