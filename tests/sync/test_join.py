"""A partner's laptop joins a board from the file it was sent, works its own tasks and
sends its return; a laptop holds several boards and each file goes to its own."""

from __future__ import annotations

import pytest

from ocgboard.sync import keys
from tests.sync.conftest import syncable_state
from tests.sync.hostile import rewrap

pytestmark = pytest.mark.sqlite_only(
    "a laptop joins a board into a file of its own in its data folder; a "
    "hub joins a board into a server database (tests/hub)")

JOIN = ("--laptop", "DWP laptop 1", "--operator", "Jo Bloggs (DWP)")


def open_action(laptop) -> dict:
    return next(a for a in laptop.json("action", "list") if a["status"] in ("proposed",
                                                                              "agreed"))


def local_setting(laptop, key: str) -> str | None:
    conn = laptop.connect()
    try:
        found = conn.execute("SELECT value FROM local_setting WHERE key = ?", (key,)).fetchone()
    finally:
        conn.close()
    return found[0] if found else None


@pytest.fixture
def chair(laptops):
    chair = laptops("chair")
    chair.ok("init", "--board", "Eastshire OCG Partnership Board", "--device", "Chair laptop",
             "--operator", "Supt Gary Marsh")
    chair.ok("demo", "--scale", "small")
    return chair


def test_an_agency_joins_by_its_key_works_a_task_and_sends_its_return(chair, laptops,
                                                                       tmp_path, monkeypatch):
    dwp = laptops("dwp")
    monkeypatch.chdir(tmp_path)
    chair.ok("keys", "import", str(dwp.card()), "--agency", "DWP", "--name", "DWP team")
    extract = tmp_path / "dwp.ocgx"
    chair.ok("export", "--agency", "DWP", "--yes", "-o", str(extract))
    code, out, err = dwp("join", str(extract), *JOIN, "--yes")
    assert code == 0, err
    assert "DWP's extract of the board 'Eastshire OCG Partnership Board'" in err
    assert "fingerprint" in err and "by phone" in err
    assert "joined 'Eastshire OCG Partnership Board' as DWP's laptop 'DWP laptop 1'" in out
    assert [b["name"] for b in dwp.json("boards")] == ["Eastshire OCG Partnership Board"]
    assert dwp.json("keys", "list")[0]["name"] == "Chair laptop"
    task = open_action(dwp)
    dwp.ok("action", "update", task["id"][:8], "--status", "in progress", "--comment",
           "Claims pulled for review")
    said = dwp.ok("export", "--return")
    made = tmp_path / "dwp-return-2026-11-23.ocgx"
    assert "DWP's return to the board: 1 action, 1 progress update; for Chair laptop" in said
    assert made.exists()
    said = chair.ok("import", str(made), "--yes")
    assert "file from DWP team" in said
    trail = chair.json("action", "show", task["id"][:8])
    latest = trail["updates"][-1]
    assert latest["author"] == "Jo Bloggs (DWP)" and latest["comment"] == \
        "Claims pulled for review"


def test_an_agency_joins_by_passphrase_and_the_chair_keeps_its_key(chair, laptops, tmp_path):
    dwp = laptops("dwp")
    secret = tmp_path / "pass.txt"
    secret.write_text("correct horse battery staple\n")
    extract = tmp_path / "dwp.ocgx"
    chair.ok("export", "--agency", "DWP", "--yes", "--passphrase-file", str(secret),
             "-o", str(extract))
    dwp.ok("join", str(extract), "--passphrase-file", str(secret), *JOIN, "--yes")
    task = open_action(dwp)
    dwp.ok("action", "update", task["id"][:8], "--comment", "Visit booked")
    back = tmp_path / "return.ocgx"
    dwp.ok("export", "--return", "-o", str(back))
    code, _out, err = chair("import", str(back), "--yes")
    assert code != 0 and "unknown device" in err  # not without the chair's say-so
    code, out, err = chair("import", str(back), "--trust-signer", "--yes")
    assert code == 0, err
    assert "it answers an extract this laptop sent" in err
    kept = chair.json("keys", "list")
    print_ = keys.load(dwp.home / "keys", create=False).fingerprint
    assert [(c["name"], c["role"]) for c in kept] == [(f"DWP laptop {print_}", "agency")]
    # The next extract goes to that key, and DWP takes it as the chair's.
    again = tmp_path / "dwp-2.ocgx"
    chair.ok("export", "--agency", "DWP", "--yes", "-o", str(again))
    said = dwp.ok("import", str(again), "--yes")
    assert "file from Chair laptop" in said
    assert "new action" not in said  # what it held already is not news


def test_a_deputy_joins_from_a_replica_and_the_two_converge(chair, laptops, tmp_path):
    deputy = laptops("deputy")
    chair.ok("keys", "import", str(deputy.card()), "--board", "--name", "Deputy")
    replica = tmp_path / "replica.ocgx"
    chair.ok("export", "--full", "--to", "Deputy", "-o", str(replica))
    deputy.ok("join", str(replica), "--laptop", "Deputy laptop", "--operator", "DI Ann Lee",
              "--yes")
    assert local_setting(deputy, "replica") is None  # a whole board, not an extract
    deputy.ok("keys", "list")
    chair_task, deputy_task = open_action(chair), open_action(deputy)
    chair.ok("action", "update", chair_task["id"][:8], "--comment", "From the chair")
    deputy.ok("action", "update", deputy_task["id"][:8], "--comment", "From the deputy")
    to_chair, to_deputy = tmp_path / "to-chair.ocgx", tmp_path / "to-deputy.ocgx"
    deputy.ok("export", "--full", "--since-last", "--to", "Chair laptop", "-o", str(to_chair))
    chair.ok("export", "--full", "--since-last", "--to", "Deputy", "-o", str(to_deputy))
    chair.ok("import", str(to_chair), "--yes")
    deputy.ok("import", str(to_deputy), "--yes")
    assert syncable_state(chair) == syncable_state(deputy)
    authors = {u["author"] for u in deputy.json("action", "show", chair_task["id"][:8])
               ["updates"]} | {u["author"] for u in chair.json(
                   "action", "show", deputy_task["id"][:8])["updates"]}
    assert {"Supt Gary Marsh", "DI Ann Lee"} <= authors


@pytest.fixture
def two_boards(chair, laptops, tmp_path):
    """DWP's laptop has joined the chair's board and the Westshire board, each from
    its extract (east.ocgx, west.ocgx)."""
    other = laptops("other")
    other.ok("init", "--board", "Westshire Board", "--device", "West chair")
    other.ok("ocg", "add", "OCG 40/00001", "--name", "Westside crew", "--disseminable", "yes")
    other.ok("plan", "add", "OCG 40/00001", "--tactic", "PUR-02", "--owner", "DWP")
    dwp = laptops("dwp")
    for board in (chair, other):
        board.ok("keys", "import", str(dwp.card()), "--agency", "DWP", "--name", "DWP team")
    east, west = tmp_path / "east.ocgx", tmp_path / "west.ocgx"
    chair.ok("export", "--agency", "DWP", "--yes", "-o", str(east))
    other.ok("export", "--agency", "DWP", "--yes", "-o", str(west))
    dwp.ok("join", str(east), *JOIN, "--yes")
    dwp.ok("join", str(west), *JOIN, "--yes")
    return chair, other, dwp, east, west


def test_one_laptop_holds_two_boards_and_each_file_goes_to_its_own(two_boards, laptops,
                                                                    tmp_path):
    chair, other, dwp, east, west = two_boards
    assert [b["name"] for b in dwp.json("boards")] == ["Eastshire OCG Partnership Board",
                                                        "Westshire Board"]
    code, _out, err = dwp("join", str(west), *JOIN, "--yes")
    assert code != 0 and "holds the board 'Westshire Board' already" in err
    # A newer extract of each board goes to that board's store, unasked.
    chair.ok("export", "--agency", "DWP", "--yes", "-o", str(east))
    other.ok("export", "--agency", "DWP", "--yes", "-o", str(west))
    assert "file from Chair laptop" in dwp.ok("import", str(east), "--yes")
    assert "file from West chair" in dwp.ok("import", str(west), "--yes")
    west_tasks = dwp.json("--board", "westshire", "action", "list")
    east_tasks = dwp.json("--board", "Eastshire OCG Partnership Board", "action", "list")
    assert {a["threat"] for a in west_tasks} == {"OCG 40/00001"}
    assert "OCG 40/00001" not in {a["threat"] for a in east_tasks}
    code, _out, err = dwp("--board", "Northshire", "action", "list")
    assert code != 0 and "holds no board 'Northshire'" in err
    # A file of a board this laptop has not joined says so.
    third = laptops("third")
    third.ok("init", "--board", "Northshire Board")
    third.ok("keys", "import", str(dwp.card()), "--agency", "DWP", "--name", "DWP team")
    north = tmp_path / "north.ocgx"
    third.ok("export", "--agency", "DWP", "--yes", "-o", str(north))
    code, _out, err = dwp("import", str(north), "--yes")
    assert code != 0 and "for the board 'Northshire Board', which this laptop does not " \
        "hold: join it" in err


def test_a_return_a_forged_file_or_no_yes_joins_nothing(chair, laptops, tmp_path):
    dwp = laptops("dwp")
    chair.ok("keys", "import", str(dwp.card()), "--agency", "DWP", "--name", "DWP team")
    extract = tmp_path / "dwp.ocgx"
    chair.ok("export", "--agency", "DWP", "--yes", "-o", str(extract))
    before = sorted(p.name for p in dwp.home.rglob("*") if p.is_file())
    code, _out, err = dwp("join", str(extract), *JOIN)
    assert code != 0 and "add --yes to join" in err
    forged = rewrap(extract, tmp_path / "forged.ocgx", dwp, chair, tmp_path / "w",
                    inner_edit=lambda data: data.replace(b"Eastshire", b"Westshire"))
    code, _out, err = dwp("join", str(forged), *JOIN, "--yes")
    assert code != 0 and "signature does not match" in err
    assert sorted(p.name for p in dwp.home.rglob("*") if p.is_file()) == before
    dwp.ok("join", str(extract), *JOIN, "--yes")
    task = open_action(dwp)
    dwp.ok("action", "update", task["id"][:8], "--comment", "Visit booked")
    secret = tmp_path / "pass.txt"
    secret.write_text("correct horse battery staple\n")
    back = tmp_path / "return.ocgx"
    dwp.ok("export", "--return", "--passphrase-file", str(secret), "-o", str(back))
    newcomer = laptops("newcomer")
    code, _out, err = newcomer("join", str(back), "--passphrase-file", str(secret), *JOIN,
                               "--yes")
    assert code != 0 and "this is an agency's return" in err


def test_a_backup_of_one_board_is_never_restored_into_another(two_boards):
    """One laptop, one identity, several boards: the identity check alone would let
    one board's backup replace another's."""
    dwp = two_boards[2]
    saved = dwp.ok("--board", "Westshire", "backup").split("backup written to ")[1].strip()
    assert "westshire-board-" in saved  # named for its board
    before = dwp.dump()
    code, _out, err = dwp("--board", "Eastshire", "restore", saved, "--yes")
    assert code != 0 and "a backup of another board" in err
    assert dwp.dump() == before
    dwp.ok("--board", "Westshire", "restore", saved, "--yes")
