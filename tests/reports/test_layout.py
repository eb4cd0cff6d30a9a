"""Layout guarantees on their own: headers repeat, text is never cut, names are blanked."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.platypus import Paragraph, Spacer

from ocgboard import clock
from ocgboard.reports import page, styles, tables
from ocgboard.reports.marks import Marks
from ocgboard.reports.text import CellText


def lay_out(story) -> list[str]:
    out = io.BytesIO()
    furniture = page.Furniture("OFFICIAL", "head", "variant", clock.current().now())
    page.build(story, out, furniture, Marks(), title="t", author="a", subject="s")
    return [p.extract_text() for p in PdfReader(io.BytesIO(out.getvalue())).pages]


def test_a_long_table_repeats_its_header_row_on_every_page():
    rows = [styles.heads("Reference", "Action", "Owner")]
    rows += [[f"OCG {n:05d}", styles.cell(f"Action number {n} " * 6), "Police"]
             for n in range(300)]
    pages = lay_out([tables.table(rows, [100, 400, 100])])
    assert len(pages) > 3
    assert all("Reference" in p and "Action" in p and "Owner" in p for p in pages)
    assert sum(p.count("OCG ") for p in pages) == 300


def test_a_cell_longer_than_a_page_splits_and_loses_no_word():
    words = " ".join(f"w{n}" for n in range(4000))
    rows = [styles.heads("Specific", "Owner"), [styles.cell("before"), "Police"],
            [styles.cell(words), "Police"], [styles.cell("after"), "Police"]]
    pages = lay_out([tables.table(rows, [500, 100])])
    text = " ".join(" ".join(p.split()) for p in pages)
    assert all(f"w{n} " in text + " " for n in range(4000))
    assert "before" in text and "after" in text
    assert all("Specific" in p for p in pages)


def test_an_ordinary_row_moves_to_the_next_page_whole():
    rows = [styles.heads("No.", "Text")]
    rows += [[str(n), styles.cell(f"row {n} first line. " * 30)] for n in range(60)]
    story = [Spacer(1, 130), tables.table(rows, [40, 300])]
    pages = [" ".join(p.split()) for p in lay_out(story)]
    assert len(pages) > 2
    for text in pages:
        for n in range(60):
            if f"row {n} " in text:
                assert text.count(f"row {n} first line.") in (0, 30), f"row {n} was cut"


def test_cell_text_wraps_as_a_paragraph_does_and_keeps_markup_characters():
    style = styles.sheet()["cell"]
    for text in ("short", "Fish & chips <b>not bold</b> " * 9, "x" * 400):
        ours, theirs = CellText(text, style), Paragraph(styles.escape(text), style)
        assert ours.wrap(120, 1000) == theirs.wrap(120, 1000)
    pages = lay_out([tables.table([styles.heads("T"), [styles.cell("A & B <c>")]], [200])])
    assert "A & B <c>" in pages[0]
