"""What an output will withhold, shown to the chair before it leaves.

A review is a redactor that remembers each place it blanked a name: what the
text was (a progress update, an action's text), the words around the name,
and whose name it is. The chair reads the list and confirms, or stops the
output and rewords the text; nothing is written until then.
"""

from __future__ import annotations

from dataclasses import dataclass

from ocgboard.core.withheld.redactor import Found, Redactor, blanked

AROUND = 40  # characters of context on each side of a name


@dataclass(frozen=True)
class Place:
    where: str  # what the text is: "progress update", "action · specific"
    subject: str  # whose name, as the board wrote it
    context: str  # the words around it, the name between « »

    def line(self) -> str:
        where = f"{self.where}: " if self.where else ""
        return f"{where}{self.context} — {self.subject}"


class Review:
    """A redactor (called alike, blanking alike) that lists where it withheld something."""

    def __init__(self, redactor: Redactor):
        self.redactor = redactor
        self.places: list[Place] = []
        self._seen: set[Place] = set()

    @property
    def empty(self) -> bool:
        return self.redactor.empty

    def __call__(self, text: str | None, where: str = "") -> str:
        if not text:
            return text or ""
        found = self.redactor.find(text)
        for span in found:
            place = Place(where, span.subject, context(text, span))
            if place not in self._seen:
                self._seen.add(place)
                self.places.append(place)
        return blanked(text, found)


def context(text: str, span: Found) -> str:
    start, end = max(0, span.start - AROUND), span.end + AROUND
    shown = f"{text[start:span.start]}«{span.text(text)}»{text[span.end:end]}"
    return ("…" if start else "") + " ".join(shown.split()) + ("…" if end < len(text) else "")
