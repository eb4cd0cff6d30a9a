"""Places in the document that are only known once it is laid out.

A `Heading` records the page it lands on (for the agenda's page column and
the outline); a `PageRef` in a table cell records where the page number of
another heading must be printed. The canvas prints them when it writes the
pages out (see page.py).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from ocgboard.reports import styles


@dataclass(frozen=True)
class Section:
    """A part of the document a page can continue: its key and how it is named."""

    key: str
    title: str


class Marks:
    def __init__(self):
        self.pages: dict[str, int] = {}
        self.places: dict[int, list] = defaultdict(list)  # every anchor: a link target
        self.outline: dict[int, list] = defaultdict(list)
        self.refs: dict[int, list] = defaultdict(list)
        self.total_pages = 0
        self._last_level = -1
        self.current: Section | None = None  # the section being laid out
        self.fresh: set[int] = set()  # pages whose first line starts a section
        self.items: dict[str, int] = {}  # a section's agenda item number, by key

    def anchor(self, key: str, page: int, top: float, title: str | None, level: int) -> None:
        if key in self.pages:
            return
        self.pages[key] = page
        self.places[page].append((key, top))
        if title:
            level = min(level, self._last_level + 1)  # an outline never skips a level
            self._last_level = level
            self.outline[page].append((key, title, level))

    def ref(self, key: str, page: int, x: float, y: float) -> None:
        self.refs[page].append((key, x, y))

    def enter(self, key: str, title: str, page: int, at_top: bool) -> None:
        """A section starts on `page` (at its top or lower down)."""
        item = self.items.get(key)
        named = f"{title} (agenda item {item})" if item else title
        self.current = Section(key, named)
        if at_top:
            self.fresh.add(page)


class Heading(Paragraph):
    """A heading that is also a bookmark and a page-number target."""

    def __init__(self, marks: Marks, text: str, style: str = "h1", *, key: str,
                 level: int = 0, outline: str | None = None):
        super().__init__(escape(text), styles.sheet()[style])
        self.marks, self.key, self.level, self.text = marks, key, level, text
        self.outline_title = outline if outline is not None else text

    def draw(self):
        _, top = self.canv.absolutePosition(0, self.height)
        page = self.canv.getPageNumber()
        self.marks.anchor(self.key, page, top + 4, self.outline_title, self.level)
        self.marks.enter(self.key, self.text, page,
                         at_top=top >= styles.PAGE[1] - styles.TOP - 8)
        super().draw()


class Anchor(Flowable):
    """An invisible mark: a page-number target (and outline entry) with no printed text."""

    def __init__(self, marks: Marks, key: str, outline: str | None = None, level: int = 0):
        super().__init__()
        self.marks, self.key, self.outline_title, self.level = marks, key, outline, level
        self.width = self.height = 0

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self):
        _, top = self.canv.absolutePosition(0, 0)
        self.marks.anchor(self.key, self.canv.getPageNumber(), top, self.outline_title,
                          self.level)


class PageRef(Flowable):
    """The page on which `key` starts, printed in a table cell after layout."""

    WIDTH = 18

    def __init__(self, marks: Marks, key: str | None):
        super().__init__()
        self.marks, self.key = marks, key
        self.width, self.height = self.WIDTH, styles.CELL_LEADING

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        x, y = self.canv.absolutePosition(0, 0)
        self.marks.ref(self.key or "", self.canv.getPageNumber(), x, y)
