"""Office files from outside are refused before they are trusted: one line saying why,
nothing written, and python-docx and openpyxl never asked to open what the guard
refuses."""

from __future__ import annotations

import zipfile

import pytest

from ocgboard.errors import InputError
from ocgboard.office import guard, reading
from tests.cli.conftest import Runner
from tests.conftest import dump
from tests.office import papers


@pytest.fixture
def board(capsys, db_path):
    """A board with OCG 05/00283 and one action on its plan."""
    return papers.set_up_board(Runner(capsys, db_path))


def _refused(path, kinds=("docx", "xlsx")) -> str:
    with pytest.raises(InputError) as caught:
        guard.check_office_file(path, kinds)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_a_good_plan_and_tracker_pass(tmp_path):
    guard.check_office_file(papers.word_plan(tmp_path / "plan.docx"), ("docx",))
    guard.check_office_file(papers.action_tracker(tmp_path / "t.xlsx"), ("xlsx",))


def test_a_file_that_is_not_office(tmp_path):
    text = tmp_path / "plan.docx"
    text.write_text("Pursue: visit the car wash\n")
    assert "not a Word or Excel file" in _refused(text)
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    assert "not a Word or Excel file" in _refused(pdf)


def test_a_zip_that_is_not_office(tmp_path):
    path = tmp_path / "plan.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "hello")
    assert "not a Word document" in _refused(path)


def test_the_wrong_kind_for_the_name(tmp_path):
    book = papers.action_tracker(tmp_path / "t.xlsx")
    renamed = tmp_path / "t.docx"
    book.rename(renamed)
    assert "not a Word document" in _refused(renamed)


def test_a_password_protected_file(tmp_path):
    message = _refused(papers.encrypted(tmp_path / "plan.docx"))
    assert "password-protected" in message


def test_macro_enabled_by_name(tmp_path):
    path = papers.word_plan(tmp_path / "plan.docx").rename(tmp_path / "plan.docm")
    assert "macro" in _refused(path)
    book = papers.action_tracker(tmp_path / "t.xlsx").rename(tmp_path / "t.xlsm")
    assert "macro" in _refused(book)


def test_macro_enabled_by_content(tmp_path):
    plan = papers.word_plan(tmp_path / "plain.docx")
    path = papers.rezip(plan, tmp_path / "plan.docx", add={"word/vbaProject.bin": b"\0" * 64})
    assert "macro" in _refused(path)


def test_an_empty_file(tmp_path):
    path = tmp_path / "plan.docx"
    path.write_bytes(b"")
    assert "empty" in _refused(path)


def test_a_file_of_fifty_megabytes(tmp_path):
    path = tmp_path / "plan.docx"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    assert "too big" in _refused(path)


def test_a_zip_bomb_is_refused_by_its_declared_size(tmp_path, monkeypatch):
    path = papers.zip_bomb(tmp_path / "plan.docx")
    assert path.stat().st_size < 2 * 1024 * 1024

    def never(*args, **kwargs):
        raise AssertionError("a part was inflated before the declared sizes were checked")
    monkeypatch.setattr(zipfile.ZipFile, "open", never)
    assert "inflate" in _refused(path)


def test_too_many_parts(tmp_path):
    assert "parts" in _refused(papers.many_parts(tmp_path / "plan.docx"))


def test_xml_with_entity_tricks(tmp_path):
    plan = papers.word_plan(tmp_path / "plain.docx")
    path = papers.rezip(plan, tmp_path / "plan.docx", replace={"word/document.xml":
                                                              papers.LAUGHS})
    assert "document type" in _refused(path)


def test_xml_with_an_external_entity(tmp_path):
    book = papers.action_tracker(tmp_path / "plain.xlsx")
    evil = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row>'
            b'</sheetData></worksheet>')
    path = papers.rezip(book, tmp_path / "t.xlsx", replace={"xl/worksheets/sheet1.xml": evil})
    assert "document type" in _refused(path)


def test_xml_that_is_not_xml_is_one_line_from_the_reader(tmp_path):
    plan = papers.word_plan(tmp_path / "plain.docx")
    path = papers.rezip(plan, tmp_path / "plan.docx",
                        replace={"word/document.xml": b"<w:document><w:body>"})
    with pytest.raises(InputError, match="cannot be read as a Word document"):
        reading.read(path)


def test_a_sheet_that_is_not_xml_is_one_line_from_the_reader(tmp_path):
    book = papers.action_tracker(tmp_path / "plain.xlsx")
    path = papers.rezip(book, tmp_path / "t.xlsx",
                        replace={"xl/worksheets/sheet1.xml": b"<worksheet><sheetData>"})
    with pytest.raises(InputError, match="cannot be read as an? Excel workbook"):
        reading.read(path)


def test_a_missing_file(tmp_path):
    assert "no file" in _refused(tmp_path / "nothing.docx")


def test_a_folder(tmp_path):
    folder = tmp_path / "plan.docx"
    folder.mkdir()
    assert "not a file" in _refused(folder)


# -- through the command: one line on stderr, nothing written ---------------------------


HOSTILE = {
    "encrypted": lambda d: papers.encrypted(d / "plan.docx"),
    "macro": lambda d: papers.word_plan(d / "p.docx").rename(d / "plan.docm"),
    "empty": lambda d: (d / "plan.xlsx").write_bytes(b"") or d / "plan.xlsx",
    "bomb": lambda d: papers.zip_bomb(d / "plan.docx"),
    "entities": lambda d: papers.rezip(papers.word_plan(d / "p.docx"), d / "plan.docx",
                                       replace={"word/document.xml": papers.LAUGHS}),
    "not office": lambda d: (d / "plan.docx").write_text("hello") or d / "plan.docx",
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_the_command_refuses_in_one_line_and_writes_nothing(board, db_path, tmp_path,
                                                            kind, monkeypatch):
    path = HOSTILE[kind](tmp_path)
    import docx
    import openpyxl
    monkeypatch.setattr(docx, "Document", _never)
    monkeypatch.setattr(openpyxl, "load_workbook", _never)
    before = dump(db_path)
    code, out, err = board("office", "import", str(path), "--yes")
    assert code != 0
    assert err.count("\n") == 1 and err.startswith("ocgboard: error: "), err
    assert dump(db_path) == before


def _never(*args, **kwargs):
    raise AssertionError("the guard let a hostile file through to the Office reader")
