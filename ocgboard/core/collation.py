"""Names in the order a person looks for them.

A list of people, agencies, members or threats is read by eye: 'Ó Súilleabháin'
belongs with the O's, 'Đorđević' with the D's, 'de la Cruz' with the D's and not
after 'Zubair' because it begins with a small letter. Python and SQLite compare
code points, which puts every accented or lower-case first letter at the end.

`key` gives a string whose plain order is the order wanted, so that both Python's
sorted() and a Qt sort proxy (which compares the strings it is given) can use it.
Where the laptop's locale has a collation of its own (en_GB, de_DE, sv_SE), that
is the order: a Swede expects 'Å' after 'Z'. Where it has none (C, POSIX: a
server, a bare container, the tests), names fold as the search does, case and
accents aside, so the order is still the one a British board expects.
"""

from __future__ import annotations

import functools
import locale
from collections.abc import Callable, Iterable
from typing import TypeVar

from ocgboard.store.engine import fold

T = TypeVar("T")
PLAIN = ("C", "POSIX")


@functools.cache
def _collate() -> Callable[[str], str] | None:
    """The locale's own sort key, or None where the locale only compares code points."""
    try:
        # Python sets only LC_CTYPE from the environment: the collation is asked for here.
        name = locale.setlocale(locale.LC_COLLATE, "")
    except locale.Error:  # a LANG naming a locale this machine has not got
        return None
    if name.split(".")[0] in PLAIN:
        return None
    return locale.strxfrm


def key(text: str | None) -> str:
    """A sort key for a name: runs of spaces count as one, an empty name sorts first."""
    flat = " ".join((text or "").split())
    collate = _collate()
    if collate is None:
        return fold(flat)
    return collate(flat)


def sort(items: Iterable[T], name: Callable[[T], str | None]) -> list[T]:
    """`items` in the order of their names; equal names keep their order (stable)."""
    return sorted(items, key=lambda item: key(name(item)))
