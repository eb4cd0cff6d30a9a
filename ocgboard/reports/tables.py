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
from ocgboard.reports.text import fit


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


PLACED_WIDTH = 124  # "OCG 05/00849 · 21" on one line, in bold


def placed(task) -> list:
    """A cell naming the action's threat, its number in that threat's plan, and its
    strand: one column, not three, so the action itself gets the width."""
    return [styles.cell(task.label, "cell_bold"),
            styles.cell(f"{task.threat_name} · {task.strand}", "small_cell")]


def owned(task, width: float):
    """The owning agency (its short name where it has one) with its officer beneath."""
    owner = task.owner_short or task.owner
    return fitted(owner + (f"\n{task.officer}" if task.officer else ""), width)


def standing(task) -> RagMark:
    """The RAG swatch, its meaning in words, and the due date beneath."""
    due = f"Due {styles.day(task.due_on)}" if task.due_on else "No due date"
    return RagMark(task.rating, f"{rating_words(task.status, task.rating)}\n{due}")


def due_words(task) -> str:
    """The RAG's meaning and the due date in one line:
    'In progress: Overdue by 55 days · 9 Oct 2026'."""
    due = styles.day(task.due_on) if task.due_on else "no due date"
    return f"{rating_words(task.status, task.rating)} · {due}"


def one_line(text: str, width: float, bold: bool = False) -> str | Flowable:
    """`text` on one line of a column of `width`, cut short with an ellipsis: for rows
    whose full text is printed elsewhere in the pack."""
    font = fonts.BOLD if bold else fonts.REGULAR
    short = fit(" ".join(text.split()), font, styles.CELL_SIZE, width - 2 * styles.PADDING - 1)
    return styles.cell(short, "cell_bold") if bold else short


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
