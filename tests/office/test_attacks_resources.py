"""Attacks on resources past the guard's byte limits: a few kilobytes of XML that ask
python-docx or openpyxl for billions of objects, or a repetitive part that compresses
to almost nothing. Each is refused in one line within a second or two (an alarm fails
the test instead of hanging the suite), or, where it is a shape a board could write,
read in linear time."""

from __future__ import annotations

import re
import signal
import zipfile
from pathlib import Path

import pytest

from ocgboard.errors import InputError
from ocgboard.office import guard, reading
from tests.office import papers
from tests.office.test_tasking_return import board, cli, refused, sheet  # noqa: F401

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SECONDS = 20  # far above what each takes once bounded; without the bounds, each hangs


@pytest.fixture(autouse=True)
def _alarm():
    def hung(*_):
        raise TimeoutError(f"still reading after {SECONDS} s: the attack was not bounded")
    old = signal.signal(signal.SIGALRM, hung)
    signal.alarm(SECONDS)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def _read_refused(path: Path, *words: str) -> str:
    with pytest.raises(InputError) as caught:
        reading.read(path)
    message = caught.value.message
    assert "\n" not in message
    for word in words:
        assert word in message, message
    return message


def _part(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as z:
        return z.read(name)


def _sheet_with(tmp_path: Path, name: str, before: bytes, extra: bytes) -> Path:
    """The seed-shaped tracker with `extra` written before `before` in its sheet."""
    source = papers.action_tracker(tmp_path / "plain.xlsx")
    xml = _part(source, "xl/worksheets/sheet1.xml")
    assert before in xml
    xml = xml.replace(before, extra + before, 1)
    return papers.rezip(source, tmp_path / name, replace={"xl/worksheets/sheet1.xml": xml})


# -- Excel ----------------------------------------------------------------------------


def test_a_merged_range_over_the_whole_sheet(tmp_path):
    """openpyxl makes a cell object for every cell of a merged range: 17 billion here,
    from a 6 KB file."""
    source = papers.action_tracker(tmp_path / "plain.xlsx")
    xml = _part(source, "xl/worksheets/sheet1.xml").replace(
        b'<mergeCell ref="B4:B6"/>', b'<mergeCell ref="C20:XFD1048576"/>')
    path = papers.rezip(source, tmp_path / "merged.xlsx",
                        replace={"xl/worksheets/sheet1.xml": xml})
    assert path.stat().st_size < 10_000
    _read_refused(path, "merged cells", "refused")


def test_a_whole_column_merged(tmp_path):
    source = papers.action_tracker(tmp_path / "plain.xlsx")
    xml = _part(source, "xl/worksheets/sheet1.xml").replace(
        b'<mergeCell ref="B4:B6"/>', b'<mergeCell ref="H:H"/>')
    path = papers.rezip(source, tmp_path / "column.xlsx",
                        replace={"xl/worksheets/sheet1.xml": xml})
    _read_refused(path, "refused")


def test_a_hyperlink_over_a_million_rows(tmp_path):
    """openpyxl copies a hyperlink onto every cell of its range, making each."""
    link = b'<hyperlinks><hyperlink ref="A1:Z1048576" display="x"/></hyperlinks>'
    path = _sheet_with(tmp_path, "link.xlsx", b"<pageMargins", link)
    _read_refused(path, "hyperlinks", "refused")


def test_many_small_merged_ranges_add_up(tmp_path):
    ranges = b"".join(b'<mergeCell ref="A%d:AN%d"/>' % (r, r + 9) for r in range(20, 8020, 10))
    source = papers.action_tracker(tmp_path / "plain.xlsx")
    xml = _part(source, "xl/worksheets/sheet1.xml").replace(
        b'<mergeCell ref="B4:B6"/>', ranges)
    xml = re.sub(rb'<mergeCells count="\d+">', b'<mergeCells count="800">', xml)
    path = papers.rezip(source, tmp_path / "ranges.xlsx",
                        replace={"xl/worksheets/sheet1.xml": xml})
    _read_refused(path, "merged cells", "refused")


def test_three_hundred_thousand_tiny_cells(tmp_path):
    """1.5 MB on disk, 13 MB of XML: openpyxl would build every cell before the reader
    could count rows (seconds and hundreds of MB; 100 MB of them would take minutes
    and gigabytes)."""
    rows = b"".join(b'<row r="%d"><c r="H%d"><v>1</v></c></row>' % (r, r)
                    for r in range(20, 300_020))
    path = _sheet_with(tmp_path, "cells.xlsx", b"</sheetData>", rows)
    _read_refused(path, "cells", "refused")


def test_a_styles_part_of_a_million_elements(tmp_path):
    source = papers.action_tracker(tmp_path / "plain.xlsx")
    styles = _part(source, "xl/styles.xml")
    fonts = b"<font/>" * 1_100_000
    styles = re.sub(rb"(<fonts[^>]*>)", lambda m: m[1] + fonts, styles, count=1)
    path = papers.rezip(source, tmp_path / "styles.xlsx", replace={"xl/styles.xml": styles})
    assert path.stat().st_size < 1_000_000
    _read_refused(path, "XML elements", "refused")


def test_an_attribute_of_a_megabyte(tmp_path):
    """A sqref of 100,000 ranges: openpyxl makes an object of each."""
    sqref = " ".join(f"A{r}" for r in range(1, 100_000)).encode()
    validation = (b'<dataValidations count="1"><dataValidation type="list" sqref="' + sqref
                  + b'"><formula1>"a,b"</formula1></dataValidation></dataValidations>')
    path = _sheet_with(tmp_path, "attribute.xlsx", b"<pageMargins", validation)
    _read_refused(path, "attribute", "refused")


def test_a_sheet_that_claims_to_be_the_whole_grid_is_read(tmp_path):
    """A dimension of A1:XFD1048576 is a claim, not cells: the tracker is read."""
    source = papers.action_tracker(tmp_path / "plain.xlsx")
    xml = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>',
                 _part(source, "xl/worksheets/sheet1.xml"))
    path = papers.rezip(source, tmp_path / "claims.xlsx",
                        replace={"xl/worksheets/sheet1.xml": xml})
    assert len(reading.read(path).rows) == 6


def test_a_returned_sheet_with_a_merged_range_bomb(cli, sheet, tmp_path, db_path):  # noqa: F811
    xml = _part(sheet, "xl/worksheets/sheet1.xml")
    bomb = b'<mergeCell ref="K1:XFD1048576"/>'
    if b"<mergeCells" in xml:
        xml = re.sub(rb"<mergeCells[^>]*>", lambda m: m[0] + bomb, xml, count=1)
    else:
        xml = xml.replace(b"<pageMargins", b"<mergeCells>" + bomb + b"</mergeCells>"
                          b"<pageMargins", 1)
    path = papers.rezip(sheet, tmp_path / "back.xlsx", replace={"xl/worksheets/sheet1.xml": xml})
    refused(cli, db_path, path, "merged cells")


# -- Word -----------------------------------------------------------------------------


def _plan_with(tmp_path: Path, name: str, change) -> Path:
    source = papers.word_plan(tmp_path / "plain.docx")
    xml = change(_part(source, "word/document.xml"))
    return papers.rezip(source, tmp_path / name, replace={"word/document.xml": xml})


def test_a_cell_spanning_two_hundred_million_columns(tmp_path):
    path = _plan_with(tmp_path, "span.docx", lambda xml: xml.replace(
        b"<w:tcPr>", b'<w:tcPr><w:gridSpan w:val="200000000"/>', 1))
    _read_refused(path, "gridSpan", "63")


def test_a_row_that_skips_nine_hundred_million_columns(tmp_path):
    path = _plan_with(tmp_path, "before.docx", lambda xml: re.sub(
        rb"(<w:tr[ >][^>]*>|<w:tr>)",
        lambda m: m[1] + b'<w:trPr><w:gridBefore w:val="900000000"/></w:trPr>', xml, count=1))
    _read_refused(path, "gridBefore")


def test_a_span_that_is_no_number(tmp_path):
    path = _plan_with(tmp_path, "nan.docx", lambda xml: xml.replace(
        b"<w:tcPr>", b'<w:tcPr><w:gridSpan w:val="many"/>', 1))
    _read_refused(path, "gridSpan")


def _cell(text: str, merge: str | None = None) -> str:
    props = {"restart": '<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>',
             "continue": "<w:tcPr><w:vMerge/></w:tcPr>"}.get(merge or "", "")
    return f"<w:tc>{props}<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


def _owner_merged_down(rows: int) -> bytes:
    """A Pursue table of `rows` actions whose OWNER cell is one cell merged down them all."""
    head = "<w:tr>" + "".join(_cell(h) for h in papers.SMART) + "</w:tr>"
    body = [f"<w:tr>{_cell(f'Visit number {n}')}{_cell('m') * 4}"
            f"{_cell('Police' if n == 0 else '', 'restart' if n == 0 else 'continue')}</w:tr>"
            for n in range(rows)]
    grid = "<w:tblGrid>" + "<w:gridCol/>" * 6 + "</w:tblGrid>"
    return (f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>OCG 05/00283 plan</w:t></w:r>'
            f"</w:p><w:p><w:r><w:t>Pursue:</w:t></w:r></w:p><w:tbl>{grid}{head}"
            + "".join(body) + "</w:tbl></w:body></w:document>").encode()


def test_an_owner_merged_down_three_thousand_rows_is_read_in_linear_time(tmp_path):
    """python-docx walks a merged column up from each of its cells (quadratic: 400 rows
    took 10 s, 1,500 never finished); the reader builds the grid in one pass."""
    path = _plan_with(tmp_path, "vmerge.docx", lambda _: _owner_merged_down(3000))
    paper = reading.read(path)
    assert len(paper.rows) == 3000
    assert {row.owner for row in paper.rows} == {"Police"}
    assert paper.rows[-1].specific == "Visit number 2999"


def test_tables_nested_a_thousand_deep(tmp_path):
    nested = (f'<w:document xmlns:w="{W}"><w:body>'
              + "<w:tbl><w:tr><w:tc>" * 1000 + "<w:p/>" + "</w:tc></w:tr></w:tbl>" * 1000
              + "</w:body></w:document>").encode()
    path = _plan_with(tmp_path, "nested.docx", lambda _: nested)
    _read_refused(path, "not well-formed XML")


def test_the_bounds_pass_what_the_board_writes(tmp_path):
    guard.check_office_file(papers.word_plan(tmp_path / "plan.docx"), ("docx",))
    guard.check_office_file(papers.recommendation_tracker(tmp_path / "r.xlsx"), ("xlsx",))
