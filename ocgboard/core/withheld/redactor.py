"""Finding withheld names in free text, and blanking them whole.

A name is found in any of its forms (forms.py), word by word on the folded
text (fold.py), whatever the case, accents or spacing. The words of one form
may be parted by spaces, a full stop, a comma, an apostrophe or a hyphen, and
nothing else. Names that
follow one another ("Wojciech [Zieliński]", "GRIGORE SECRETESCU") become one
mark, so that nothing of a name is left beside it to give it away; a
possessive stays after the mark ("[withheld]'s car").

A phrase the output prints anyway (a threat's name that partners may see)
is left as it is where it is longer than any withheld name found there: as
long, the withheld name wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ocgboard.core.withheld.fold import WORD, Folded, fold, spellings, words_of
from ocgboard.core.withheld.forms import own_words, person_forms, phrase_forms

MARK = "[withheld]"
JOINS = re.compile(r"[\s.,'’‘ʼ‐‑‒–—―−-]{1,4}")  # what may part the words of one name
BETWEEN = re.compile(r"[\s,.]*")  # what may part two names to make them one mark
SEEN = 20_000  # texts whose finds are remembered

Form = tuple[str, ...]
END = None  # the key that marks, in Forms' tree, the end of a form


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    subject: str  # whose name it is, as the board wrote it

    def text(self, text: str) -> str:
        return text[self.start:self.end]


class Forms:
    """Forms as a tree of words: from a text's word, the longest form there is found
    in as many steps as it has words, however many names share that word."""

    def __init__(self):
        self.root: dict = {}

    def add(self, forms: Iterable[Form], subject: str) -> None:
        for form in forms:
            node = self.root
            for word in form:
                node = node.setdefault(word, {})
            node.setdefault(END, subject)  # two people with one form: the first names it

    def longest_at(self, folded: Folded, words: list[str], i: int) -> tuple[int, str] | None:
        """(how many words, whose) of the longest form starting at word i; `words`:
        the folded text's words, each as its name's usual spelling."""
        node, best, k = self.root.get(words[i]), None, i
        while node is not None:
            if END in node:
                best = (k - i + 1, node[END])
            k += 1
            if k >= len(words):
                break
            node = node.get(words[k])
            if node is not None and not JOINS.fullmatch(folded.gap(k - 1)):
                break  # the next word fits, but something else stands between them
        return best


class Redactor:
    def __init__(self, people: Iterable[str] = (), aliases: Iterable[str] = (),
                 keep: Iterable[str] = (), phrases: Iterable[str] = ()):
        """`people`: withheld names (every form of each is found); `aliases`: names
        found as written, and as a person's when they are one; `phrases`: found
        whole only (a group's name); `keep`: phrases the output prints anyway."""
        self.withheld = Forms()
        self.own: dict[str, frozenset[str]] = {}  # a person's given names and initials
        for name in people:
            self.withheld.add(person_forms(name), name)
            self.own[name] = self.own.get(name, frozenset()) | own_words(name)
        for alias in aliases:
            self.withheld.add(phrase_forms(alias), alias)
        for phrase in phrases:
            words = words_of(phrase)
            if words:
                self.withheld.add([words], phrase)
        self.usual = _usual_spellings([*people, *aliases, *phrases])
        self.kept = Forms()
        for phrase in keep:
            words = words_of(phrase)
            if words:
                self.kept.add([words], phrase)
        self.empty = not self.withheld.root
        self.starts = self.withheld.root.keys() | self.kept.root.keys()  # words a form begins
        self._seen: dict[str, tuple[Found, ...]] = {}  # texts repeat: a tactic's wording

    def find(self, text: str | None) -> list[Found]:
        """Every withheld name in the text, as one span each, in order."""
        if not text or self.empty:
            return []
        known = self._seen.get(text)
        if known is None:
            known = self._find(text)
            if len(self._seen) >= SEEN:
                self._seen.clear()
            self._seen[text] = known
        return list(known)

    def _find(self, text: str) -> tuple[Found, ...]:
        folded = Folded(text)
        if self.withheld.root.keys().isdisjoint(folded.texts) \
                and self.usual.keys().isdisjoint(folded.texts):
            return ()  # no word of it starts a name: most texts
        found: list[Found] = []
        words = [self.usual.get(w, w) for w in folded.texts]
        i, floor = 0, 0
        starts = self.starts
        while i < len(words):
            if words[i] not in starts:
                i += 1
                continue
            name = self.withheld.longest_at(folded, words, i)
            kept = self.kept.longest_at(folded, words, i)
            if kept is not None and (name is None or kept[0] > name[0]):
                i += kept[0]
                continue
            if name is None:
                i += 1
                continue
            first, last = self._widened(folded, words, i, i + name[0] - 1, name[1], floor)
            found.append(Found(folded.words[first].start, folded.words[last].end, name[1]))
            i = floor = last + 1
        return tuple(_joined(found, text))

    def _widened(self, folded: Folded, words: list[str], first: int, last: int,
                 subject: str, floor: int) -> tuple[int, int]:
        """The name with the given names and initials of that person beside it:
        "Mark [Smith]", "[Smith], Mark"."""
        own = self.own.get(subject, frozenset())
        while first > floor and words[first - 1] in own \
                and JOINS.fullmatch(folded.gap(first - 1)):
            first -= 1
        while last + 1 < len(words) and words[last + 1] in own \
                and JOINS.fullmatch(folded.gap(last)) and not _possessive(folded, last):
            last += 1
        return first, last

    def __call__(self, text: str | None, where: str = "") -> str:
        """The text with every withheld name blanked; `where`: what the text is, for
        a review (review.py)."""
        if not text:
            return text or ""
        return blanked(text, self.find(text))

    def names(self, text: str | None) -> list[str]:
        """Whose names the text holds, each once, as the board wrote them."""
        return list(dict.fromkeys(f.subject for f in self.find(text)))


def blanked(text: str, found: list[Found]) -> str:
    out, at = [], 0
    for span in found:
        out.append(text[at:span.start])
        out.append(MARK)
        at = span.end
    out.append(text[at:])
    return "".join(out)


def _possessive(folded: Folded, i: int) -> bool:
    """Word i + 1 is the 's of word i: it stays, after the mark ("[withheld]'s car")."""
    return folded.words[i + 1].text == "s" and fold(folded.gap(i)) == "'"


def _usual_spellings(names: list[str]) -> dict[str, str]:
    """Other spellings of the names' words ("djordjevic"), each to the folded word
    the forms use ("dordevic"); never a word that is itself some name's."""
    usual: dict[str, str] = {}
    plain = {w for name in names for w in words_of(name)}
    for name in names:
        for word in WORD.findall(name):
            folded = fold(word)
            for other in spellings(word) - plain:
                usual.setdefault(other, folded)
    return usual


def _joined(found: list[Found], text: str) -> list[Found]:
    joined: list[Found] = []
    for span in found:
        if joined and BETWEEN.fullmatch(text[joined[-1].end:span.start]):
            joined[-1] = Found(joined[-1].start, span.end, joined[-1].subject)
        else:
            joined.append(span)
    return joined
