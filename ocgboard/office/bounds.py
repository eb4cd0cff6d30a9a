"""What an Office file's XML asks python-docx and openpyxl to build, bounded before they
build it.

The guard bounds the bytes (file size, parts, declared inflated size). That is not
enough: a few kilobytes of XML can ask for billions of objects. openpyxl makes a
cell object for every cell a merged range, a hyperlink or a comment covers
(`A1:XFD1048576` is 17 billion); python-docx makes a list entry for every grid
column a Word cell spans or a row skips (`w:gridSpan w:val="900000000"`); and
a million tiny cells of a repetitive sheet compress to almost nothing. So every
XML part is read once as a stream (elements cleared as they go, nothing kept)
and refused, in one line, when it holds:

- more elements than a board's paper ever does (all parts together), or an
  attribute value longer than any Office writes;
- in Word, a cell spanning, or a row skipping, more columns than Word allows (63);
- in Excel, more cells than a tracker's limit (all sheets together), or merged
  ranges, hyperlinks or comments covering more cells than that.

Each limit stops the read where it is passed, so the work is bounded by the
limits, not by what the file claims.
"""

from __future__ import annotations

import zipfile

from lxml import etree  # type: ignore[import-untyped]  # python-docx's own parser
from openpyxl.utils.cell import range_boundaries

from ocgboard.errors import InputError

MAX_ELEMENTS = 1_000_000  # all XML parts together; a 5,000-row tracker is ~100,000
MAX_ATTRIBUTE = 64 * 1024  # characters in one attribute value
MAX_SPAN = 63  # Word's widest table, in grid columns
MAX_CELLS = 250_000  # a workbook's cells, all sheets: 5,000 rows of 40 columns and more
MAX_COVERED = 250_000  # cells that merged ranges, hyperlinks and comments cover
SPANNING = {"gridSpan", "gridBefore", "gridAfter"}
COVERING = {"mergeCell", "hyperlink", "comment"}  # openpyxl makes each cell they cover


class _Count:
    def __init__(self, name: str, label: str):
        self.name, self.label = name, label
        self.elements = self.cells = self.covered = 0


def check(archive: zipfile.ZipFile, name: str, kind: str, label: str) -> None:
    """Refuse (InputError, one line) a file whose XML asks for more than a board's paper
    holds, or is not XML. `kind` is 'docx' or 'xlsx', `label` what people call it ('Word
    document'); parts other than XML are not read."""
    count = _Count(name, label)
    for part in archive.infolist():
        if part.filename.lower().endswith((".xml", ".rels")):
            _part(archive, part, count, kind)


def _part(archive: zipfile.ZipFile, part: zipfile.ZipInfo, count: _Count, kind: str) -> None:
    with archive.open(part) as stream:
        events = etree.iterparse(stream, events=("end",), resolve_entities=False,
                                 no_network=True, load_dtd=False, huge_tree=False,
                                 remove_comments=True, remove_pis=True)
        try:
            for _, element in events:
                _element(element, part.filename, count, kind)
                element.clear(keep_tail=False)
                while element.getprevious() is not None:
                    del element.getparent()[0]
        except etree.XMLSyntaxError as exc:
            said = " ".join(str(exc).split())[:120]
            raise InputError(f"{count.name} cannot be read as {count.label}: "
                             f"{part.filename} is not well-formed XML ({said})") from None


def _element(element, part: str, count: _Count, kind: str) -> None:
    count.elements += 1
    if count.elements > MAX_ELEMENTS:
        raise InputError(f"{count.name} holds more than {MAX_ELEMENTS:,} XML elements: far "
                         "more than a board's paper; refused")
    for key, value in element.attrib.items():
        if len(value) > MAX_ATTRIBUTE:
            raise InputError(f"{count.name} has an XML attribute of {len(value):,} "
                             f"characters (in {part}): refused")
        if kind == "docx" and _local(key) == "val" and _local(element.tag) in SPANNING:
            _span(value, _local(element.tag), part, count)
    if kind == "xlsx":
        _excel(element, count)


def _span(value: str, tag: str, part: str, count: _Count) -> None:
    try:
        columns = int(value)
    except ValueError:
        raise InputError(f"{count.name} has a table {tag} of '{value[:20]}' (in {part}): "
                         "not a number of columns") from None
    if not 0 <= columns <= MAX_SPAN:
        raise InputError(f"{count.name} has a table {tag} of {columns:,} columns (in {part}); "
                         f"Word allows at most {MAX_SPAN}: refused")


def _excel(element, count: _Count) -> None:
    tag = _local(element.tag)
    if tag == "c":
        count.cells += 1
        if count.cells > MAX_CELLS:
            raise InputError(f"{count.name} holds more than {MAX_CELLS:,} cells: far more "
                             "than a tracker; refused")
    elif tag in COVERING and element.get("ref"):
        count.covered += _area(element.get("ref"), tag, count)
        if count.covered > MAX_COVERED:
            raise InputError(f"{count.name} has merged cells, hyperlinks or comments over "
                             f"more than {MAX_COVERED:,} cells: refused")


def _area(ref: str, tag: str, count: _Count) -> int:
    try:
        min_col, min_row, max_col, max_row = range_boundaries(ref.replace("$", ""))
    except (ValueError, TypeError):
        raise InputError(f"{count.name} has a {tag} over '{ref[:30]}', which is no range of "
                         "cells: refused") from None
    if None in (min_col, min_row, max_col, max_row):  # a whole row or column: A:A, 1:1
        return MAX_COVERED + 1
    return (abs(max_col - min_col) + 1) * (abs(max_row - min_row) + 1)


def _local(tag) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""
