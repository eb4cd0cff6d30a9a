"""Every page of the pack earns its place: type a reader can read, a running head
that fits, continuation pages that say what they continue, the template's
boilerplate once, old history in a line, and no page left mostly empty."""

from __future__ import annotations

import math

from ocgboard.reports import styles
from tests.reports.conftest import print_pack
from tests.reports.test_pack import flat, outline_titles

SMALLEST = 8.5  # points
MEASURABLE = ("The success of this tactic will be measured through the Local OCG "
              "Partnership Board")  # seed 003's, on every tactic of the library


def sizes(page) -> list[tuple[float, str]]:
    """(size in points, text) of every piece of text on the page, as printed."""
    found = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            scale = math.hypot(tm[0], tm[1]) * math.hypot(cm[0], cm[1])
            found.append((size * scale, text.strip()))

    page.extract_text(visitor_text=visit)
    return found


def test_no_type_is_smaller_than_eight_and_a_half_points(chair_pack):
    small = [(n, round(size, 2), text[:30])
             for n, page in enumerate(chair_pack.reader.pages, 1)
             for size, text in sizes(page) if size < SMALLEST - 0.01]
    assert small == []


def test_the_running_head_is_printed_whole(chair_pack):
    board = chair_pack.reader.metadata.author
    for text in chair_pack.pages[1:]:
        heads = [line for line in text.splitlines() if line.startswith(f"{board} · ")]
        assert heads and "…" not in heads[0], text


def threat_spans(printed) -> list[tuple[str, int, int]]:
    """(title, first page, last page) of each threat section, from the outline."""
    entries = outline_titles(printed.reader)
    spans = []
    for n, (depth, title, first) in enumerate(entries):
        if depth == 1 and title.startswith(("OCG ", "PI ", "UG ")):
            after = entries[n + 1][2] if n + 1 < len(entries) else len(printed.pages) + 1
            spans.append((title, first, max(first, after - 1)))
    return spans


def test_a_continuation_page_names_the_threat_it_continues(chair_pack):
    spans = [s for s in threat_spans(chair_pack) if s[2] > s[1]]
    assert spans, "no threat section runs over a page in the test board"
    for title, first, last in spans:
        reference = " ".join(title.split()[:2])
        for number in range(first + 1, last + 1):
            text = flat(chair_pack.pages[number - 1])
            if text.count("Continued:") == 0 and f"{reference} ·" in text.split("Members")[0]:
                continue  # the next section starts at the top of this page
            assert f"Continued: {reference}" in text, f"page {number} of {title}"


def test_the_template_s_boilerplate_is_printed_once_per_strand_not_per_action(chair_pack):
    sections = len(threat_spans(chair_pack))
    text = flat(chair_pack.text)
    assert text.count(MEASURABLE) <= 4 * sections
    assert "The same for every action in this strand" in text


def test_actions_closed_before_the_last_meeting_take_a_line_each(board, chair_pack):
    text = flat(chair_pack.text)
    assert "Closed before the last meeting" in text
    full = print_pack(board, "full-history.pdf", full_history=True)
    assert "Closed before the last meeting" not in flat(full.text)
    assert len(full.pages) > len(chair_pack.pages)


def used(page, height: float) -> float:
    """The share of the page's body that its text reaches down to."""
    top, bottom = height - styles.TOP, styles.BOTTOM
    lowest = [top]

    def visit(text, cm, tm, font, size):
        y = cm[5] + tm[5] if cm[5] == 0 else cm[5]
        if text.strip() and bottom - 2 <= y <= top + 2:
            lowest[0] = min(lowest[0], y)

    page.extract_text(visitor_text=visit)
    return (top - lowest[0]) / (top - bottom)


def test_no_page_is_left_mostly_empty_but_where_a_sheet_must_end(chair_pack):
    reader = chair_pack.reader
    ends = {1, len(reader.pages)}  # the cover, and the end of the pack
    for n, text in enumerate(chair_pack.pages, 1):
        if "Tasking sheet:" in text:  # sheets are torn off and handed out: each ends a page
            ends.update((n - 1, n))
    short = [(n, round(used(page, float(page.mediabox.height)), 2))
             for n, page in enumerate(reader.pages, 1)
             if n not in ends and used(page, float(page.mediabox.height)) < 0.5]
    assert short == []


def test_the_statuses_of_the_stacked_chart_differ_in_greyscale_and_carry_their_counts():
    from reportlab.graphics.shapes import String

    from ocgboard.reports import charts

    greys = sorted(charts._lightness(c) for c in charts.STATUS_COLOURS.values())
    assert min(b - a for a, b in zip(greys, greys[1:], strict=False)) >= 0.13
    table = {"Pursue": {"proposed": 12, "in progress": 30, "completed": 25},
             "Protect": {"agreed": 9, "not pursued": 14}}
    drawing = charts.stacked_bars(table, ["Pursue", "Protect"], list(charts.STATUS_COLOURS),
                                  400, 220)
    printed = {s.text for s in drawing.getContents() if isinstance(s, String)}
    assert {"12", "30", "25", "9", "14", "67", "23"} <= printed


def test_every_band_fits_its_column_in_the_threat_summary():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from ocgboard.core import vocab
    from ocgboard.reports import fonts
    from ocgboard.reports.threat_summary import FIXED

    fonts.register()
    room = FIXED["Band"] - 2 * styles.PADDING - 1
    for band in [*vocab.values("bands"), "unscored"]:
        assert stringWidth(band, fonts.REGULAR, styles.CELL_SIZE) <= room, band
