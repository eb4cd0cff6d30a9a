"""Every page's furniture, laid out in one pass.

The marking at top and bottom, the running head, the copy stamp, and "page N
of M". M is only known once the last page is laid out, so the canvas keeps
each finished page back (the NumberedCanvas pattern) and writes them all out
at the end, when it also fills in what had to wait for M: the page numbers in
the agenda and the PDF outline (bookmarks need the page's final place).
"""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial

from reportlab import rl_config
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from ocgboard.reports import fonts, pdf_meta, styles
from ocgboard.reports.marks import Marks, PageRef, Section
from ocgboard.reports.text import fit


@dataclass(frozen=True)
class Furniture:
    """What is printed on every page."""

    marking: str
    running_head: str
    variant_line: str
    made_at: dt.datetime  # the PDF's creation date, from the board's clock
    copy_stamp: str | None = None


class PackCanvas(Canvas):
    """A canvas that holds pages back until it knows how many there are."""

    def __init__(self, furniture: Furniture, marks: Marks, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _date_document(self._doc._timeStamp, furniture.made_at)
        pdf_meta.describe(self, furniture.marking, furniture.made_at)
        self.furniture = furniture
        self.marks = marks
        self.held_pages: list[dict] = []
        self.opening: Section | None = None  # the section a page opens in, kept with it

    def showPage(self):  # noqa: N802 (reportlab's name)
        self.held_pages.append(dict(self.__dict__))
        self._startPage()
        self.opening = self.marks.current

    def save(self):
        total = len(self.held_pages)
        self.marks.total_pages = total
        self.showOutline()
        with binary_streams():
            for state in self.held_pages:
                self.__dict__.update(state)
                self.finish_page(total)
                Canvas.showPage(self)
            Canvas.save(self)

    def finish_page(self, total: int) -> None:
        number = self.getPageNumber()
        self.draw_furniture(number, total)
        self.draw_page_refs(number)
        self.add_bookmarks(number)

    def draw_furniture(self, number: int, total: int) -> None:
        width, height = self._pagesize
        f = self.furniture
        size = styles.SMALLEST
        self.saveState()
        self.setFillColor(styles.MARKING_RED)
        self.setFont(fonts.BOLD, 10)
        self.drawCentredString(width / 2, height - 24, f.marking)
        self.drawCentredString(width / 2, 16, f.marking)
        self.setStrokeColor(styles.RULE)
        self.setLineWidth(0.5)
        self.line(styles.MARGIN, height - 32, width - styles.MARGIN, height - 32)
        self.line(styles.MARGIN, 30, width - styles.MARGIN, 30)
        # Either side of the marking, up to a little short of it.
        room = width / 2 - styles.MARGIN - stringWidth(f.marking, fonts.BOLD, 10) / 2 - 14
        self.setFillColor(styles.MUTED)
        self.setFont(fonts.REGULAR, size)
        self.drawString(styles.MARGIN, height - 24, fit(f.running_head, fonts.REGULAR, size, room))
        self.drawString(styles.MARGIN, 16, fit(f.variant_line, fonts.REGULAR, size, room))
        self.draw_continuation(number, height)
        self.setFillColor(styles.INK)
        self.setFont(fonts.BOLD, size)
        self.drawRightString(width - styles.MARGIN, 16, f"Page {number} of {total}")
        if f.copy_stamp:
            self.drawRightString(width - styles.MARGIN, height - 24,
                                 fit(f.copy_stamp, fonts.BOLD, size, room))
        self.restoreState()

    def draw_continuation(self, number: int, height: float) -> None:
        """Under the head of a page that carries on a section started earlier, which
        section it is: a page read on its own still says what it belongs to."""
        section = self.opening
        if section is None or number in self.marks.fresh:
            return
        self.setFont(fonts.ITALIC, styles.SMALLEST)
        self.drawString(styles.MARGIN, height - 44,
                        fit(f"Continued: {section.title}", fonts.ITALIC, styles.SMALLEST,
                            styles.FRAME_WIDTH))

    def draw_page_refs(self, number: int) -> None:
        refs = self.marks.refs.get(number)
        if not refs:
            return
        self.saveState()
        self.setFont(fonts.BOLD, styles.CELL_SIZE)
        self.setFillColor(styles.INK)
        for place, (key, x, y) in enumerate(refs):
            found = self.marks.pages.get(key)
            self.drawString(x, y + 2, str(found) if found else "—")
            if found:  # the number is also a link to its page, as in any contents list
                # Named by page and place: each held page replays the canvas's own
                # annotation counter, which would give every page the same names.
                self.linkAbsolute("", key, name=f"ref-{number}-{place}",
                                  Rect=(x, y, x + PageRef.WIDTH, y + styles.CELL_LEADING))
        self.restoreState()

    def add_bookmarks(self, number: int) -> None:
        for key, top in self.marks.places.get(number, ()):
            self.bookmarkPage(key, fit="XYZ", left=0, top=top)
        for key, title, level in self.marks.outline.get(number, ()):
            self.addOutlineEntry(title, key, level=level)


def _date_document(stamp, moment: dt.datetime) -> None:
    """Give reportlab's timestamp the board's moment: it would ask the system clock."""
    local = moment.astimezone()
    # astimezone() with no zone gives the local zone: the offset is never None.
    offset = int((local.utcoffset() or dt.timedelta(0)).total_seconds()) // 60
    stamp.t, stamp.lt = local.timestamp(), tuple(local.timetuple())
    stamp.YMDhms = stamp.lt[:6]
    stamp.dhh, stamp.dmm = int(offset / 60), abs(offset) % 60
    stamp.tzname = local.tzname()


@contextmanager
def binary_streams():
    """Compressed page streams without the ASCII85 wrapping: smaller, and quicker to write."""
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


def build(story: list, target, furniture: Furniture, marks: Marks, *, title: str,
          author: str, subject: str) -> int:
    """Lay the story out on marked pages into `target` (a path or binary file)."""
    fonts.register()
    doc = BaseDocTemplate(
        target, pagesize=styles.PAGE, leftMargin=styles.MARGIN, rightMargin=styles.MARGIN,
        topMargin=styles.TOP, bottomMargin=styles.BOTTOM, title=title, author=author,
        subject=subject, creator="ocgboard", initialFontName=fonts.REGULAR,
        lang=pdf_meta.LANGUAGE)
    frame = Frame(styles.MARGIN, styles.BOTTOM, styles.FRAME_WIDTH, styles.FRAME_HEIGHT,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate("page", [frame])])
    doc.build(story, canvasmaker=partial(PackCanvas, furniture, marks))
    return marks.total_pages
