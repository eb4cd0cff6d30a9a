"""Blanking out names that may not leave the chair's hands.

Free text (progress notes, justifications, decisions) is typed by people and
may name a subject whose record is not for dissemination. In a partner or
agency pack every such name and alias is replaced, whole words only and
regardless of case, before the text reaches the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

BLANK = "[withheld]"


class Redactor:
    def __init__(self, names: Iterable[str] = (), keep: Iterable[str] = ()):
        """`names` are blanked; `keep` are names the pack prints anyway (threat names)."""
        kept = {k.casefold() for k in keep}
        wanted = sorted({n.strip() for n in names if n and len(n.strip()) > 1
                         and n.strip().casefold() not in kept}, key=len, reverse=True)
        self.pattern = None
        if wanted:
            alternatives = "|".join(re.escape(n) for n in wanted)
            self.pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)

    def __call__(self, text: str | None) -> str:
        if not text:
            return text or ""
        if self.pattern is None:
            return text
        return self.pattern.sub(BLANK, text)


def nothing(text: str | None) -> str:
    """The chair's pack: every word as written."""
    return text or ""
