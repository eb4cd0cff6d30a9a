"""Wrapping table text, made cheaply: a pack has tens of thousands of cells.

`CellText` is a reportlab Paragraph (it wraps, and splits across pages like
one) with three savings: plain text skips the markup parser, since it has no
markup (its one text fragment is cloned from the style's); a cell is
line-broken once per width, though a table asks for its size more than once;
and the same plain text at the same width (the template's stock Measurable,
Achievable and Relevant wording, a thousand times over) is line-broken once.
The broken lines are only read after wrapping, so sharing them is safe.
"""

from __future__ import annotations

from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus.paraparser import ParaParser

LINE_CACHE_SIZE = 4096


class CellText(Paragraph):
    # The wrapped size: set by reportlab's wrap(), or by ours from the cache.
    width: float
    height: float

    def __init__(self, text, style: ParagraphStyle | None = None, bulletText=None,  # noqa: N803
                 frags=None, **kwargs):
        self._plain = None
        if frags is None and text is not None and "\n" not in text and "\t" not in text:
            super().__init__(text, style, bulletText, frags=[_fragment(style).clone(text=text)])
            self._plain = text
        elif frags is None:
            super().__init__(escape(text or "").replace("\n", "<br/>"), style, bulletText,
                             **kwargs)
        else:
            super().__init__(text, style, bulletText, frags=frags, **kwargs)
        self._wrapped_at = None

    def wrap(self, avail_width, avail_height):
        if avail_width == self._wrapped_at:
            return self.width, self.height
        key = (self._plain, self.style.name, avail_width) if self._plain else None
        known = _LINES.get(key) if key else None
        if known is not None:
            self.width = avail_width
            self._wrapWidths, self.blPara, self.height = known
        else:
            super().wrap(avail_width, avail_height)
            if key and len(_LINES) < LINE_CACHE_SIZE:
                _LINES[key] = (self._wrapWidths, self.blPara, self.height)
        self._wrapped_at = avail_width
        return self.width, self.height


_LINES: dict = {}


@cache
def _fragment(style: ParagraphStyle):
    """The text fragment the markup parser would make for plain text in `style`."""
    _, frags, _ = ParaParser().parse("x", style)
    return frags[0]


def fit(text: str, font: str, size: float, room: float) -> str:
    """Running text shortened with an ellipsis to fit a header slot."""
    if stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "…"
