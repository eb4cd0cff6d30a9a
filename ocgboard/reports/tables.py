"""Tables as the board prints them: header row repeated, nothing ever cut off.

Every table repeats its header on each page and may split a tall row across
pages (a 10,000-character note still prints whole). Cells hold plain strings
only when they are known to fit their column; anything else is a wrapping
paragraph, so the cheap path never costs a cut-off word.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table

from ocgboard.core.rag import Rating
from ocgboard.reports import fonts, styles


def table(rows: list[list], col_widths: list[float], *extra, header_rows: int = 1,
          zebra: bool = True) -> Table:
    return BoardTable(rows, colWidths=col_widths, repeatRows=header_rows, splitInRow=1,
                      hAlign="LEFT",
                      style=styles.grid(*extra, header_rows=header_rows, zebra=zebra))


class BoardTable(Table):
    """Splits between rows; splits inside a row only when the row is taller than a page.

    Reportlab's own in-row splitting would also cut an ordinary row in two at
    the foot of a page, where moving it over reads better.
    """

    def split(self, avail_width, avail_height):
        self._calc(avail_width, avail_height)
        result = self._splitRows(avail_height, doInRowSplit=False)
        if result:
            return result
        first = self.repeatRows if isinstance(self.repeatRows, int) else max(self.repeatRows) + 1
        if first >= len(self._rowHeights):
            return []
        needed = sum(self._rowHeights[:first + 1])
        if needed <= styles.FRAME_HEIGHT and avail_height < styles.FRAME_HEIGHT:
            return []  # it fits on a fresh page: move it there whole
        return self._splitRows(avail_height, doInRowSplit=True)


def fitted(text: str | None, width: float, style: str = "cell"):
    """A plain string when it fits on one line of the column, else a paragraph."""
    value = text or ""
    if "\n" not in value and _width(value) <= width - 2 * styles.PADDING - 1:
        return value
    return styles.cell(value, style)


@cache
def _width(text: str) -> float:
    return stringWidth(text, fonts.REGULAR, styles.CELL_SIZE)


def placed(task) -> list:
    """A cell naming the action's threat and its number in that threat's plan."""
    return [styles.cell(task.label, "cell_bold"), styles.cell(task.threat_name)]


def rating_words(status: str, rating: Rating) -> str:
    """What the swatch means, in words: the status and how it stands against its date."""
    if rating.rag in ("complete", "closed"):
        return rating.label
    return f"{status.capitalize()}: {rating.label}"


class RagMark(Flowable):
    """A RAG swatch followed by its meaning in words (colour is never the only signal)."""

    SWATCH = 7.0

    def __init__(self, rating: Rating, words: str | None = None):
        super().__init__()
        self.rating = rating
        self.words = words or rating.label
        self.lines: list[str] = []

    def wrap(self, avail_width, avail_height):
        room = max(avail_width - self.SWATCH - 4, 20)
        self.lines = _split(self.words, room)
        self.width = avail_width
        self.height = len(self.lines) * styles.CELL_LEADING
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        top = self.height
        canvas.setFillColor(colors.HexColor(self.rating.colour))
        canvas.setStrokeColor(styles.INK)
        canvas.setLineWidth(0.3)
        canvas.rect(0, top - self.SWATCH - 1.2, self.SWATCH, self.SWATCH, fill=1, stroke=1)
        canvas.setFillColor(styles.INK)
        canvas.setFont(fonts.REGULAR, styles.CELL_SIZE)
        for n, line in enumerate(self.lines, 1):
            canvas.drawString(self.SWATCH + 3, top - n * styles.CELL_LEADING + 2.2, line)


@cache
def _split(text: str, room: float) -> list[str]:
    return simpleSplit(text, fonts.REGULAR, styles.CELL_SIZE, room) or [""]
