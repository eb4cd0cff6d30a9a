"""Three boards' laptops exchange through one hub: each board joined from its
chair's full replica, files taken from the inbox into their own board's store,
answers written for each board laptop, and figures counted across the boards."""

from __future__ import annotations

import json
import shutil

from tests.hub.conftest import board_laptop
from tests.reports.test_variants import pdftotext
from tests.sync.conftest import introduce_boards
from tests.sync.hostile import opened, sealed

BOARDS = {"north": "North Board", "south": "South Board", "east": "East Board"}
SHARED_NAME = ("Dariusz Kowalczyk", "DARIUSZ KOWALCZYK")  # on south's and east's registers


def threat(laptop, reference: str, name: str, lro: str | None = None) -> None:
    laptop.ok("ocg", "add", reference, "--name", name, "--mapped", "2026-01-10", "--band",
              "2B", "--lro", lro or f"DI {laptop.name.title()}")


def three_boards(laptops, hub, board_databases, tmp_path, markings=None):
    chairs = {name: board_laptop(laptops, name, board, hub,
                                 **({"marking": markings[name]} if name in (markings or {})
                                    else {}))
              for name, board in BOARDS.items()}
    threat(chairs["north"], "OCG 01/00001", "Quayside crew")
    threat(chairs["south"], "OCG 01/00001", "Quayside crew (south end)")  # the same reference
    threat(chairs["south"], "OCG 02/00002", "Harbour Lane group")
    threat(chairs["east"], "OCG 03/00003", "Eastgate family")
    chairs["south"].ok("member", "add", "OCG 02/00002", "--name", SHARED_NAME[0])
    chairs["east"].ok("member", "add", "OCG 03/00003", "--name", SHARED_NAME[1])
    chairs["east"].ok("disruption", "add", "OCG 03/00003", "--agency", "Police", "--strand",
                      "Pursue", "--level", "major", "--justification", "Warrants executed")
    for name, chair in chairs.items():
        replica = tmp_path / f"{name}-first.ocgx"
        chair.ok("export", "--full", "--to", "Hub", "-o", str(replica))
        hub.ok("join", str(replica), "--store", board_databases(name), "--yes")
    return chairs


def test_a_hub_serves_three_boards_and_counts_across_them(laptops, hub, board_databases,
                                                          tmp_path):
    chairs = three_boards(laptops, hub, board_databases, tmp_path)
    assert sorted(b["name"] for b in hub.json("boards")) == sorted(BOARDS.values())

    # North's deputy works on a copy of north's board and sends its work to the hub.
    deputy = laptops("north-deputy")
    introduce_boards(chairs["north"], deputy)
    deputy.ok("keys", "import", str(hub.laptop.card()), "--board", "--name", "Hub")
    north = next(b["id"] for b in hub.json("boards") if b["name"] == "North Board")
    first = tmp_path / "deputy-first.ocgx"
    chairs["north"].ok("export", "--full", "--to", "Deputy", "-o", str(first))
    deputy.ok("import", str(first), "--yes")
    threat(deputy, "OCG 04/00004", "Mill Street cell", lro="DI North")
    hub.laptop.ok("--db", _store_of(hub, north), "keys", "import", str(deputy.card()),
                  "--board", "--name", "North deputy")
    deputy.ok("export", "--full", "--since-last", "--to", "Hub", "-o",
              str(hub.inbox / "deputy.ocgx"))
    # East's chair records a second disruption and sends it.
    chairs["east"].ok("disruption", "add", "OCG 03/00003", "--agency", "Police", "--strand",
                      "Pursue", "--level", "moderate", "--justification", "Cash seized")
    chairs["east"].ok("export", "--full", "--since-last", "--to", "Hub", "-o",
                      str(hub.inbox / "east.ocgx"))

    ran = hub.json("run")
    assert [(t["file"], t["board"], t["refused"]) for t in ran["taken"]] == [
        ("deputy.ocgx", "North Board", False), ("east.ocgx", "East Board", False)]
    assert not list(hub.inbox.iterdir())
    answered = {(a["board"], a["laptop"]) for a in ran["answers"]}
    assert ("North Board", "Deputy") not in answered  # the hub names laptops as it knows them
    assert ("North Board", "North deputy") in answered
    # A chair whose own work is all the hub holds of its board is sent nothing back.
    assert {board for board, _laptop in answered} == {"North Board"}
    north_chair = next(a for a in ran["answers"] if a["board"] == "North Board"
                       and a["laptop"] != "North deputy")
    # The chair takes the hub's answer: the deputy's threat, through the hub.
    chairs["north"].ok("import", north_chair["path"], "--yes")
    assert "OCG 04/00004" in chairs["north"].ok("ocg", "list")
    assert "OCG 04/00004" not in chairs["south"].ok("ocg", "list")

    # Run again with nothing new: nothing to take, nothing to answer.
    assert hub.json("run") == {"taken": [], "answers": []}

    figures = hub.json("stats")
    assert set(figures["boards"]) == set(BOARDS.values())
    threats = {name: sum(f["threats_by_status"].values()) for name, f in figures["boards"].items()}
    assert threats == {"North Board": 2, "South Board": 2, "East Board": 1}
    assert sum(figures["total"]["threats_by_status"].values()) == 5
    assert figures["boards"]["East Board"]["disruptions"] == 2
    assert figures["total"]["disruptions"] == 2
    assert figures["total"]["threats_disrupted"] == 1
    crossings = [{(p["board"], p["reference"]) for p in c["places"]}
                 for c in figures["on_two_boards"]]
    assert {("North Board", "OCG 01/00001"), ("South Board", "OCG 01/00001")} in crossings
    assert {("South Board", "OCG 02/00002"), ("East Board", "OCG 03/00003")} in crossings
    assert len(crossings) == 2
    words = hub.ok("stats")
    assert "Threats on two boards (2)" in words and "members in common" in words


def _store_of(hub, board_id: str) -> str:
    listed = json.loads((hub.folder / "hub.json").read_text())["boards"]
    return next(b["url"] for b in listed if b["board_id"] == board_id)


def test_the_hub_refuses_what_it_does_not_serve_and_keeps_the_reason(laptops, hub,
                                                                    board_databases, tmp_path):
    chairs = three_boards(laptops, hub, board_databases, tmp_path)
    stranger = board_laptop(laptops, "west", "West Board", hub)
    threat(stranger, "OCG 09/00009", "Western crew")
    stranger.ok("export", "--full", "--to", "Hub", "-o", str(hub.inbox / "west.ocgx"))
    (hub.inbox / "junk.ocgx").write_bytes(b"not an exchange file at all")
    secret = tmp_path / "not-for-the-hub.txt"
    secret.write_text("the hub must not read files a link in its inbox points at\n")
    (hub.inbox / "link.ocgx").symlink_to(secret)
    # South's chair sends south's file twice: the second changes nothing.
    chairs["south"].ok("export", "--full", "--to", "Hub", "-o", str(hub.inbox / "south.ocgx"))
    shutil.copy(hub.inbox / "south.ocgx", hub.inbox / "south-again.ocgx")

    code, out, err = hub("run")
    assert code == 1
    refused = sorted(p.name for p in (hub.folder / "refused").iterdir())
    assert [n for n in refused if n.endswith(".why")] == [n + ".why" for n in refused
                                                         if not n.endswith(".why")]
    assert len([n for n in refused if not n.endswith(".why")]) == 3
    why = {p.name.split("-", 2)[-1]: p.read_text() for p in (hub.folder / "refused").iterdir()
           if p.name.endswith(".why")}
    assert "does not serve" in why["west.ocgx.why"]
    assert why["junk.ocgx.why"].count("\n") == 1
    assert "not a file but a link" in why["link.ocgx.why"]
    assert secret.read_text().startswith("the hub must not")  # the link moved, not its target
    assert "refused west.ocgx" in out and "refused junk.ocgx" in out
    assert len(list((hub.folder / "taken").iterdir())) == 2
    assert "OCG 09/00009" not in hub.ok("stats")


def test_the_period_report_across_boards_gives_figures_by_board_and_no_name(
        laptops, hub, board_databases, tmp_path):
    three_boards(laptops, hub, board_databases, tmp_path, markings={"south": "SECRET"})
    target = tmp_path / "region.pdf"
    said = hub.ok("report", "--from", "2026-06-01", "--to", "2026-11-30", "-o", str(target))
    assert "pages" in said and target.stat().st_mode & 0o777 == 0o600
    text = " ".join(pdftotext(target).split())
    assert "All 3 boards of the hub" in text and "SECRET" in text
    for name in BOARDS.values():
        assert name in text
    assert "North Board: OCG 01/00001; South Board: OCG 01/00001" in text
    assert "1 member in common" in text
    for name in (*SHARED_NAME, "Quayside crew", "Eastgate family"):
        assert name.casefold() not in text.casefold()  # figures and references only


def test_one_boards_laptop_cannot_write_into_another_board_through_the_hub(
        laptops, hub, board_databases, tmp_path):
    """The hub routes a file by the board it names, before its signature is checked:
    south's chair, naming north's board, must be refused there as a stranger."""
    chairs = three_boards(laptops, hub, board_databases, tmp_path)
    threat(chairs["south"], "OCG 06/00006", "Planted crew")
    honest = tmp_path / "south.ocgx"
    chairs["south"].ok("export", "--full", "--since-last", "--to", "Hub", "-o", str(honest))
    inner, manifest, packed = opened(honest, hub.laptop, tmp_path / "w")
    north = next(b for b in hub.json("boards") if b["name"] == "North Board")
    manifest["board"] = {"id": north["id"], "name": "North Board"}
    forged = sealed(inner, manifest, packed, manifest["counts"]["records"], hub.laptop,
                    chairs["south"], tmp_path / "w")
    shutil.move(forged, hub.inbox / "planted.ocgx")
    before = hub.laptop.ok("--db", _store_of(hub, north["id"]), "ocg", "list")

    code, out, _err = hub("run")
    assert code == 1 and "refused planted.ocgx for North Board" in out
    why = next((hub.folder / "refused").glob("*planted.ocgx.why")).read_text()
    assert "unknown device" in why
    assert hub.laptop.ok("--db", _store_of(hub, north["id"]), "ocg", "list") == before
    assert "OCG 06/00006" not in before
