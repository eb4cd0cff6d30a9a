"""Text as a reader takes it: without case or accents, in words.

"ZIELIŃSKI", "Zielinski" and "zieliński" are one name to a reader, and must
be one to the redactor. Folding maps each character of the text to what it
reads as (Ł to l, ß to ss, Ș to s, ’ to '), and remembers where each folded
character came from, so that a name found in the folded text is cut from the
text as it was written. Letters from another script that look like Latin
ones read as those, and invisible characters (a zero-width space, a soft
hyphen) as nothing. Words are runs of letters and digits; what lies between
two words (spaces, a full stop, a comma, an apostrophe) is their gap.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Letters that Unicode does not decompose into a base letter and an accent.
LETTERS = {
    "ł": "l", "đ": "d", "ð": "d", "ø": "o", "ħ": "h", "ŧ": "t", "ı": "i", "ŀ": "l",
    "æ": "ae", "œ": "oe", "þ": "th", "ß": "ss", "ĸ": "k", "ŋ": "n", "ſ": "s",
}
# Cyrillic and Greek letters that look like Latin ones, as a pasted name may hold.
LOOKALIKES = {
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j",
    "ѕ": "s", "ԁ": "d", "ӏ": "l", "һ": "h", "ԛ": "q", "ԝ": "w", "ο": "o", "α": "a", "ε": "e",
    "ι": "i", "κ": "k", "ν": "v", "ρ": "p", "τ": "t", "υ": "u", "χ": "x",
}
APOSTROPHES = "'’‘ʼ′`´"
DASHES = "‐‑‒–—―−-"
WORD = re.compile(r"[^\W_]+")


# How else people write these letters, beside their folded form ("Đorđe" is
# "Djordje" as often as "Dorde"; "Müller" is "Mueller").
OTHER_SPELLINGS = {
    "đ": ("dj",), "ð": ("dh",), "ä": ("ae",), "ö": ("oe",), "ü": ("ue",), "ø": ("oe",),
    "å": ("aa",), "æ": ("e",), "ß": ("s",), "š": ("sh",), "ž": ("zh",), "č": ("ch",),
    "ć": ("ch",), "ş": ("sh",), "ș": ("sh",), "ţ": ("ts",), "ț": ("ts",), "ç": ("ch",),
    "ğ": ("",), "ñ": ("ny",),
}
MAX_SPELLINGS = 16  # of one word: a name with many such letters keeps the likeliest


# fold_char of every ASCII character that lower() leaves as it is not.
ASCII_FOLD = str.maketrans({"`": "'", "\t": " ", "\n": " ", "\r": " ", "\x0b": " ",
                            "\x0c": " ", "\x1c": " ", "\x1d": " ", "\x1e": " ",
                            "\x1f": " "})


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """What one character reads as, lower case and without accents."""
    if char in APOSTROPHES:
        return "'"
    if char in DASHES:
        return "-"
    if char.isspace():
        return " "
    if unicodedata.category(char) == "Cf":
        return ""  # a zero-width space or soft hyphen inside a name hides nothing
    lower = char.casefold()
    out = []
    for part in unicodedata.normalize("NFKD", lower):
        if unicodedata.combining(part):
            continue
        out.append(LETTERS.get(part) or LOOKALIKES.get(part, part))
    return "".join(out)


def fold(text: str) -> str:
    return "".join(fold_char(c) for c in text)


@dataclass(frozen=True)
class Word:
    text: str  # folded
    start: int  # in the text as written
    end: int


class Folded:
    """A text's words, folded, with where each lies in the text as written."""

    def __init__(self, text: str):
        self.text = text
        self.origin: list[int] | None = None  # None: one folded character a character
        if text.isascii():  # the usual note: folded character for character, in C
            self.folded = text.lower().translate(ASCII_FOLD)
        else:
            chars: list[str] = []
            self.origin = []
            for i, char in enumerate(text):
                folded = fold_char(char)
                chars.append(folded)
                self.origin.extend([i] * len(folded))
            self.folded = "".join(chars)
        self.texts = WORD.findall(self.folded)  # the words alone, for a quick look
        self._words: list[Word] | None = None

    @property
    def words(self) -> list[Word]:
        if self._words is None:
            origin = self.origin
            self._words = [
                Word(m.group(), m.start(), m.end()) if origin is None
                else Word(m.group(), origin[m.start()], origin[m.end() - 1] + 1)
                for m in WORD.finditer(self.folded)]
        return self._words

    def gap(self, i: int) -> str:
        """The text as written between word i and word i + 1."""
        return self.text[self.words[i].end:self.words[i + 1].start]


def words_of(text: str) -> tuple[str, ...]:
    """A name's folded words: "Ó Súilleabháin" is ("o", "suilleabhain")."""
    return tuple(WORD.findall(fold(text)))


def spellings(word: str) -> set[str]:
    """A word as written, folded, in the other ways people spell its letters."""
    found = [""]
    for char in word.casefold():
        ways = (fold_char(char), *OTHER_SPELLINGS.get(char, ()))
        found = [start + way for start in found for way in ways][:MAX_SPELLINGS]
    return set(found)
