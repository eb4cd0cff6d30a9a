"""An agency's extract carries no form of a withheld name: not in today's text, not in
an old value, not in the agency's laptop afterwards."""

from __future__ import annotations

import zlib

from tests.core.withheld.leaks import CORPUS, leaked_words, pool_spellings
from tests.sync.hostile import opened

WITHHELD = "Grzegorz Zieliński"
SPELLINGS = [*CORPUS, *pool_spellings(8, seed=15)]
OLD_TEXT = "Benefit claims of Zieliński's partner traced"


def spelled(texts, chair) -> set[str]:
    """Every withheld name's words that the texts hold, but for the names the extract
    shows by the sharing rules (a disseminable member's, a threat's, the board's people)."""
    conn = chair.connect()
    try:
        shown = [n for (n,) in conn.execute(
            "SELECT name FROM member WHERE disseminable UNION SELECT name FROM threat "
            "UNION SELECT name FROM person")]
    finally:
        conn.close()
    names = {WITHHELD: ["Grzes"]} | {name: aliases for name, aliases, _ in SPELLINGS}
    return leaked_words(texts, names, shown)


def database_text(laptop) -> list[str]:
    """Every text value in every table of a laptop's store."""
    tables = laptop.query("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                          if laptop.server_url else
                          "SELECT name FROM sqlite_master WHERE type = 'table'")
    return [value for (table,) in tables for row in laptop.query(f'SELECT * FROM "{table}"')
            for value in row if isinstance(value, str)]


def test_no_spelling_reaches_the_agency_in_its_extract_or_its_database(chair_and_dwp,
                                                                       tmp_path):
    chair, dwp = chair_and_dwp
    action = chair.json("action", "list", "--agency", "DWP")[0]
    chair.ok("member", "add", action["threat"], "--name", WITHHELD, "--aliases", "Grzes",
             "--disseminable", "no")
    people = {name: aliases for name, aliases, _text in SPELLINGS}
    for name, aliases in people.items():
        chair.ok("member", "add", action["threat"], "--name", name, "--disseminable", "no",
                 *(["--aliases", ",".join(aliases)] if aliases else []))
    for _name, _aliases, text in SPELLINGS:
        chair.ok("action", "update", action["id"][:8], "--comment", text)
    # A SMART text that once named him, then scrubbed: the old value travels too.
    chair.ok("action", "edit", action["id"][:8], "--measurable", OLD_TEXT)
    chair.ok("action", "edit", action["id"][:8], "--measurable", "Benefit claims traced")
    shown = chair.ok("action", "show", action["id"][:8])
    assert "Kučera's car" in shown  # the chair's own laptop keeps every word

    extract = tmp_path / "dwp.ocgx"
    code, _out, err = chair("export", "--agency", "DWP", "-o", str(extract))
    assert code != 0 and not extract.exists()  # the chair reviews it first
    assert "withholds a name in" in err and "«G. Secretescu»" in err
    assert err.strip().splitlines()[-1].endswith("run the command again with --yes")
    chair.ok("export", "--agency", "DWP", "-o", str(extract), "--yes")
    _inner, _manifest, packed = opened(extract, dwp, tmp_path / "open")
    payload = zlib.decompress(packed).decode("utf-8")
    assert "[withheld]" in payload
    assert not spelled([payload], chair), "a withheld name travels in the extract"
    dwp.ok("import", str(extract), "--yes")
    assert not spelled(database_text(dwp), chair), "a withheld name is in the agency's store"
    if dwp.server_url is None:  # nor in free pages of its file
        raw = dwp.db.read_bytes().decode("utf-8", "ignore")
        assert not spelled([raw], chair), "a withheld name is in the agency's store file"
    trail = dwp.ok("action", "show", action["id"][:8])
    assert "[withheld]'s car" in trail



def test_a_threat_not_for_dissemination_reaches_the_agency_as_its_reference_alone(
        chair_and_dwp, tmp_path):
    chair, dwp = chair_and_dwp
    action = chair.json("action", "list", "--agency", "DWP")[0]
    threat = chair.json("ocg", "show", action["threat"])
    chair.ok("ocg", "edit", action["threat"], "--disseminable", "no")
    extract = tmp_path / "dwp.ocgx"
    chair.ok("export", "--agency", "DWP", "-o", str(extract), "--yes")
    dwp.ok("import", str(extract), "--yes")
    conn = dwp.connect()
    try:
        held = conn.execute("SELECT reference, name, band, threat_areas, summary, lro_id, area "
                            "FROM threat WHERE reference = ?", (action["threat"],)).fetchone()
        texts = [f for (f,) in conn.execute("SELECT fields FROM change WHERE entity = 'threat'")]
    finally:
        conn.close()
    assert held == (action["threat"], "", "unscored", "[]", None, None, None)
    assert not any(threat["name"] in text for text in texts)  # nor in an old record
    shown = next(t for t in dwp.json("ocg", "list") if t["reference"] == action["threat"])
    assert shown["name"] == f"{threat['kind']} (name withheld)"


def test_an_extract_names_only_the_devices_it_carries_records_of(chair_and_deputy, laptops,
                                                                   tmp_path):
    chair, deputy = chair_and_deputy
    dwp = laptops("dwp")
    chair.ok("keys", "import", str(dwp.card()), "--agency", "DWP", "--name", "DWP team")
    # The deputy's edit of a threat DWP does not see: its laptop is none of DWP's business.
    other = next(t for t in deputy.json("ocg", "list")
                 if t["reference"] not in {a["threat"] for a in
                                           deputy.json("action", "list", "--agency", "DWP")})
    deputy.ok("ocg", "edit", other["reference"], "--area", "Eastgate")
    back = tmp_path / "back.ocgx"
    deputy.ok("export", "--full", "--to", "Chair", "-o", str(back))
    chair.ok("import", str(back), "--yes")
    extract = tmp_path / "dwp.ocgx"
    chair.ok("export", "--agency", "DWP", "-o", str(extract), "--yes")
    _inner, manifest, _packed = opened(extract, dwp, tmp_path / "open")
    assert deputy.device_id not in manifest["devices"].values()
    assert chair.device_id in manifest["devices"].values()
    assert "seen" not in manifest
    dwp.ok("keys", "import", str(chair.card()), "--board", "--name", "Chair")
    dwp.ok("import", str(extract), "--yes")


BOARD_ONLY_NOTE = "Informant met at the Quayside; source graded B2"


def test_a_note_marked_board_only_reaches_neither_the_extract_nor_the_agency(chair_and_dwp,
                                                                            tmp_path):
    chair, dwp = chair_and_dwp
    action = chair.json("action", "list", "--agency", "DWP")[0]
    said = chair.ok("action", "update", action["id"][:8], "--comment", BOARD_ONLY_NOTE,
                    "--board-only")
    assert said.rstrip().endswith("(board only)")
    chair.ok("action", "update", action["id"][:8], "--comment", "Claims traced", "--shared")
    extract = tmp_path / "dwp.ocgx"
    chair.ok("export", "--agency", "DWP", "-o", str(extract), "--yes")
    _inner, _manifest, packed = opened(extract, dwp, tmp_path / "open")
    payload = zlib.decompress(packed).decode("utf-8")
    assert "Claims traced" in payload
    assert "Quayside" not in payload and "B2" not in payload
    dwp.ok("import", str(extract), "--yes")
    assert not any("Quayside" in text for text in database_text(dwp))
    assert "Claims traced" in dwp.ok("action", "show", action["id"][:8])


def test_an_agency_marks_its_own_note_board_only_and_the_board_keeps_it_so(chair_and_dwp,
                                                                          tmp_path):
    chair, dwp = chair_and_dwp
    extract = tmp_path / "dwp.ocgx"
    chair.ok("export", "--agency", "DWP", "-o", str(extract), "--yes")
    dwp.ok("import", str(extract), "--yes")
    action = dwp.json("action", "list")[0]
    dwp.ok("action", "update", action["id"][:8], "--comment", "Claimant's landlord spoken to",
           "--board-only", author="Jo Bloggs (DWP)")
    back = tmp_path / "back.ocgx"
    dwp.ok("export", "--full", "--to", "Chair", "-o", str(back))
    chair.ok("import", str(back), "--yes")
    conn = chair.connect()
    try:
        marked = conn.execute("SELECT board_only FROM action_update WHERE comment = ?",
                              ("Claimant's landlord spoken to",)).fetchone()
    finally:
        conn.close()
    assert marked == (1,)


def test_a_threat_named_after_a_withheld_subject_reaches_the_agency_with_no_name(
        chair_and_dwp, tmp_path):
    chair, dwp = chair_and_dwp
    action = chair.json("action", "list", "--agency", "DWP")[0]
    chair.ok("ocg", "edit", action["threat"], "--name", "Secretescu line",
             "--disseminable", "yes")
    chair.ok("member", "add", action["threat"], "--name", "Grigore Secretescu",
             "--disseminable", "no")
    extract = tmp_path / "dwp.ocgx"
    code, _out, err = chair("export", "--agency", "DWP", "-o", str(extract))
    assert code != 0 and "threat · name: «Secretescu» line" in err
    chair.ok("export", "--agency", "DWP", "-o", str(extract), "--yes")
    _inner, _manifest, packed = opened(extract, dwp, tmp_path / "open")
    assert "Secretescu" not in zlib.decompress(packed).decode("utf-8")
    dwp.ok("import", str(extract), "--yes")
    assert not any("Secretescu" in text for text in database_text(dwp))
    shown = next(t for t in dwp.json("ocg", "list") if t["reference"] == action["threat"])
    assert shown["name"].endswith("(name withheld)")
