"""The ways people write a name: each a sequence of folded words.

For "Grzegorz Zieliński" a note may say "Grzegorz Zielinski", "ZIELIŃSKI,
Grzegorz", "G. Zieliński", "Zieliński's car" or just "Grzegorz". The
surname is the last word, with the particles before it ("Ó Súilleabháin",
"ap Rhys", "van der Berg"), and is found with or without them, and by each
part when hyphenated. A given name is found alone unless it is also a common
word ("Will", "Mark", "Van"): there only with the rest of the name. An alias
is found as written, however common its words: "Tank" is someone's name.
"""

from __future__ import annotations

from functools import cache

from ocgboard import paths
from ocgboard.core.withheld.fold import fold, words_of

PARTICLES = frozenset({
    "ap", "ab", "al", "bin", "bint", "da", "das", "de", "del", "della", "der", "des", "di",
    "do", "dos", "du", "el", "ibn", "la", "le", "mac", "mc", "ni", "nic", "o", "ua", "van",
    "von", "ter", "ten", "st", "y", "zu",
})
MAX_GIVEN = 4  # given names kept in the full forms; more would only multiply them


@cache
def common_words() -> frozenset[str]:
    """Words too common to blank alone (resources/common_words.txt), folded."""
    path = paths.resources_dir() / "common_words.txt"
    with open(path, encoding="utf-8") as fh:
        return frozenset(fold(line.strip()) for line in fh
                         if line.strip() and not line.startswith("#"))


def splits(name: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Each way to read a name as (given names, surname), folded: the surname is the
    last word with any particles before it, or fewer of them ("Nguyễn Văn Trần":
    Văn may be a given name, as "van" may start a surname). One word is a surname."""
    words = words_of(name)
    if len(words) <= 1:
        return [((), words)]
    cut = len(words) - 1
    found = [(words[:cut], words[cut:])]
    while cut > 1 and words[cut - 1] in PARTICLES:
        cut -= 1
        found.append((words[:cut], words[cut:]))
    return found


def own_words(name: str) -> frozenset[str]:
    """The given names and initials of a name: next to its surname they are part of it,
    however common ("Mark [Smith]")."""
    return frozenset(w for given, _ in splits(name) for g in given[:MAX_GIVEN]
                     for w in (g, g[0]))


def person_forms(name: str, *, given_alone: bool = True) -> set[tuple[str, ...]]:
    """Every form of a person's name that a text naming them may use; `given_alone`:
    with each uncommon given name alone."""
    forms: set[tuple[str, ...]] = set()
    for given, surname in splits(name):
        if surname:
            forms |= _forms(given[:MAX_GIVEN], surname, given_alone)
    return {form for form in forms if _long_enough(form)}


def _forms(given: tuple[str, ...], surname: tuple[str, ...],
           given_alone: bool) -> set[tuple[str, ...]]:
    core = _core(surname)
    surnames = {surname, core}
    forms: set[tuple[str, ...]] = set(surnames)
    for part in core:  # one part of a hyphenated or double surname
        forms.add((part,))
    for family in surnames:
        for first in _given_runs(given):
            forms.add(first + family)  # Grzegorz Zieliński, Nguyễn Văn Trần
            forms.add(family + first)  # ZIELIŃSKI Grzegorz, "ZIELIŃSKI, Grzegorz"
        for initials in _initial_runs(given):
            forms.add(initials + family)  # G. Zieliński, N. V. Trần
            forms.add(family + initials)  # Zieliński, G.
    if given_alone:
        common = common_words()
        forms |= {(word,) for word in given if word not in common}
    return forms


def phrase_forms(phrase: str) -> set[tuple[str, ...]]:
    """An alias as written; of two words or more ("Tank Kola"), in the forms of a
    person's name too, but for its first words alone ("Little" of "Little Smiler")."""
    words = words_of(phrase)
    if not words or not _long_enough(words):
        return set()
    return {words} | (person_forms(phrase, given_alone=False) if len(words) > 1 else set())


def _core(surname: tuple[str, ...]) -> tuple[str, ...]:
    """The surname without its particles: ("o", "suilleabhain") → ("suilleabhain",)."""
    rest = tuple(w for w in surname if w not in PARTICLES)
    return rest or surname


def _given_runs(given: tuple[str, ...]) -> set[tuple[str, ...]]:
    """The given names as written, and each given name alone before the surname."""
    runs = {given} if given else set()
    runs |= {(g,) for g in given}
    runs |= {given[:k] for k in range(1, len(given) + 1)}
    return runs


def _initial_runs(given: tuple[str, ...]) -> set[tuple[str, ...]]:
    initials = tuple(g[0] for g in given)
    runs = {initials} if initials else set()
    runs |= {(i,) for i in initials}
    return runs


def _long_enough(form: tuple[str, ...]) -> bool:
    """A single letter alone is nobody's name."""
    return len(form) > 1 or len(form[0]) > 1
