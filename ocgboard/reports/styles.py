"""The look of everything printed: page size, colours, type styles, table rules.

One landscape A4 page throughout: the 4P plan's six SMART columns need the
width, and a pack that never turns sideways is easier to read and staple.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Paragraph, TableStyle

from ocgboard.core import dates
from ocgboard.reports import fonts
from ocgboard.reports.text import CellText

PAGE = landscape(A4)
MARGIN = 36.0
TOP = 52.0  # room for the marking and the running head
BOTTOM = 44.0  # room for the marking and the page number
FRAME_WIDTH = PAGE[0] - 2 * MARGIN
FRAME_HEIGHT = PAGE[1] - TOP - BOTTOM

INK = colors.HexColor("#1b1b1b")
NAVY = colors.HexColor("#1f3a5f")
RULE = colors.HexColor("#9aa5b1")
HEADER_FILL = colors.HexColor("#dfe6ee")
BAND_FILL = colors.HexColor("#f4f6f8")
MUTED = colors.HexColor("#5a6570")
MARKING_RED = colors.HexColor("#a00000")

# Nothing printed is smaller than 8.5 pt: a pack is read on paper, often photocopied.
SMALLEST = 8.5
CELL_SIZE = SMALLEST
CELL_LEADING = 10.4
PADDING = 3.0
# A section that ends with less than this left on its page starts the next one on a
# new page; otherwise the next one follows on, and no short section has a page of its own.
SECTION_ROOM = FRAME_HEIGHT * 0.3


@cache
def sheet() -> dict[str, ParagraphStyle]:
    """The named paragraph styles, built once the font is registered."""
    regular = fonts.register()
    base = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12.5, textColor=INK,
                          splitLongWords=1, spaceAfter=4)
    styles = {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=SMALLEST, leading=11, textColor=MUTED),
        "title": ParagraphStyle("title", base, fontName=fonts.BOLD, fontSize=24, leading=29,
                                textColor=NAVY, spaceAfter=6),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=14, leading=18, textColor=NAVY,
                                   spaceAfter=4),
        "h1": ParagraphStyle("h1", base, fontName=fonts.BOLD, fontSize=16, leading=20,
                             textColor=NAVY, spaceBefore=2, spaceAfter=8, keepWithNext=1),
        "h2": ParagraphStyle("h2", base, fontName=fonts.BOLD, fontSize=12, leading=15,
                             textColor=NAVY, spaceBefore=8, spaceAfter=4),
        "h3": ParagraphStyle("h3", base, fontName=fonts.BOLD, fontSize=10, leading=13,
                             textColor=INK, spaceBefore=6, spaceAfter=3),
        "cell": ParagraphStyle("cell", base, fontSize=CELL_SIZE, leading=CELL_LEADING,
                               spaceAfter=0),
        "small_cell": ParagraphStyle("small_cell", base, fontSize=CELL_SIZE,
                                     leading=CELL_LEADING, spaceAfter=0, textColor=MUTED),
        "cell_bold": ParagraphStyle("cell_bold", base, fontName=fonts.BOLD, fontSize=CELL_SIZE,
                                    leading=CELL_LEADING, spaceAfter=0),
        "cell_restricted": ParagraphStyle("cell_restricted", base, fontName=fonts.BOLD,
                                          fontSize=SMALLEST, leading=CELL_LEADING,
                                          spaceAfter=0, textColor=MARKING_RED),
        "restricted": ParagraphStyle("restricted", base, fontName=fonts.BOLD, fontSize=SMALLEST,
                                     leading=10.5, textColor=MARKING_RED, spaceAfter=2),
        "withheld": ParagraphStyle("withheld", base, fontName=fonts.ITALIC, textColor=MUTED),
        "head": ParagraphStyle("head", base, fontName=fonts.BOLD, fontSize=CELL_SIZE,
                               leading=CELL_LEADING, spaceAfter=0, textColor=NAVY),
        "notice": ParagraphStyle("notice", base, fontName=fonts.BOLD, fontSize=11, leading=14,
                                 textColor=MARKING_RED, alignment=TA_CENTER, spaceAfter=6),
    }
    return styles


def para(text: str | None, style: str = "body") -> Paragraph:
    """A paragraph of plain text (escaped: '<' and '&' print as typed)."""
    return Paragraph(escape(text or "").replace("\n", "<br/>"), sheet()[style])


def subhead(text: str, style: str = "h2", room: float = 96) -> list:
    """A heading over a table: it moves to a new page unless `room` points remain.

    (keepWithNext would hold the heading to the whole table and push a table
    that could start here onto the next page.)
    """
    return [CondPageBreak(room), para(text, style)]


def section_end() -> CondPageBreak:
    """Where a section of the pack ends: the next starts on this page if it has room."""
    return CondPageBreak(SECTION_ROOM)


def cell(text: str | None, style: str = "cell") -> Paragraph | str:
    """A wrapping table cell: long text grows the row instead of being cut off."""
    if not text:
        return ""
    return CellText(text, sheet()[style])


def heads(*titles: str) -> list[Paragraph]:
    return [CellText(t, sheet()["head"]) for t in titles]


def grid(*extra, header_rows: int = 1, zebra: bool = True) -> TableStyle:
    """The house table: ruled, a tinted header row (repeated on each page), top-aligned."""
    commands = [
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, CELL_SIZE, CELL_LEADING),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands += [("FONT", (0, 0), (-1, header_rows - 1), fonts.BOLD, CELL_SIZE, CELL_LEADING),
                     ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL)]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1),
                         [colors.white, BAND_FILL]))
    return TableStyle(commands + list(extra))


def columns(fixed: dict[str, float], flexible: str) -> list[float]:
    """Column widths in points, in the order given; `flexible` takes what is left."""
    left = FRAME_WIDTH - sum(v for k, v in fixed.items() if k != flexible)
    return [left if k == flexible else v for k, v in fixed.items()]


def table_font() -> tuple:
    """The house font for a table's own text (reportlab would otherwise use Helvetica)."""
    return ("FONT", (0, 0), (-1, -1), fonts.REGULAR, CELL_SIZE, CELL_LEADING)


def widths(*fractions: float) -> list[float]:
    """Column widths as shares of the printable width (they need not sum to 1)."""
    total = sum(fractions)
    return [FRAME_WIDTH * f / total for f in fractions]


def day(value: dt.date | None) -> str:
    """'31 Jan 2027', as the app shows dates; English whatever the laptop's locale."""
    return dates.day(value, "—")


def long_day(value: dt.date | None) -> str:
    return dates.long_day(value, "—")
