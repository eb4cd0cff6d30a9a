"""The printed typeface: DejaVu Sans, shipped in resources/fonts with its licence.

Reportlab's built-in fonts cover Latin-1 only; board members' names do not
(Łukasz, Ștefan, Đorđević). DejaVu Sans covers them, and reportlab embeds the
glyphs used as a subset with a ToUnicode map, so the names print and also
copy out of the PDF intact.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ocgboard import paths
from ocgboard.errors import BoardError

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
FACES = {
    REGULAR: (0, 0),
    BOLD: (1, 0),
    ITALIC: (0, 1),
    BOLD_ITALIC: (1, 1),
}
LICENCE = "LICENSE-DejaVu.txt"


def folder():
    return paths.resources_dir() / "fonts"


@cache
def register() -> str:
    """Register the family once per process; returns the regular face's name."""
    where = folder()
    for name, (bold, italic) in FACES.items():
        path = where / f"{name}.ttf"
        if not path.is_file():
            raise BoardError(f"the printing font {path.name} is missing from {where}: "
                             "reinstall ocgboard")
        pdfmetrics.registerFont(TTFont(name, str(path)))
        addMapping(REGULAR, bold, italic, name)
    return REGULAR
