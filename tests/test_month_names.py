"""Month and day names are written from core/dates.py, never by the laptop's locale.

Qt sets the C library's locale from the desktop's, so strftime's %b, %B, %a and %A
write "déc." or "décembre" on a French laptop: a month in lower case in a pack, in
the minutes' approval the store keeps, in the running head. Every date in words
goes through dates.day, dates.long_day or dates.MONTHS instead.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAMED = re.compile(r"%[-#]?[aAbB]")  # a directive that writes a name from the locale


def test_no_date_is_put_in_words_by_the_locale():
    found = [f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
             for path in sorted((ROOT / "ocgboard").rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if NAMED.search(line.split("#")[0])]
    assert found == []
