"""Every spelling of a withheld name that ever reached a partner, and the text it
was in: each must be blanked whole, whatever else changes. Add to it, never
take away."""

from __future__ import annotations

import random
from collections.abc import Iterable

from ocgboard.core.demo.names import data
from ocgboard.core.withheld import MARK
from ocgboard.core.withheld.fold import WORD, fold, spellings
from ocgboard.core.withheld.forms import common_words, splits

# (withheld person, their aliases, text as a partner once received it)
CORPUS = [
    ("Grigore Secretescu", [], "Secretescu's partner also claiming"),
    ("Grigore Secretescu", [], "Seen with G. Secretescu at the yard"),
    ("Grigore Secretescu", [], "GRIGORE was not at the address"),
    ("Grigore Secretescu", [], "Secretescu, Grigore: arrested"),
    ("Wojciech Zieliński", [], "Wojciech Zielinski drove the van"),
    ("Wojciech Zieliński", [], "ZIELIŃSKI, Wojciech"),
    ("Wojciech Zieliński", [], "W. Zieliński signed the lease"),
    ("Wojciech Zieliński", [], "W Zielinski"),
    ("Grzegorz Zieliński", [], "Grzegorz Zieliński named by informant as the supplier"),
    ("Besnik Bajrami", [], "Besnik  Bajrami (two spaces)"),
    ("Besnik Bajrami", [], "Besnik\u00a0Bajrami at the car wash"),
    ("Jiří Kučera", [], "Kučera's car was stopped"),
    ("Jiří Kučera", [], "Kučera’s car was stopped"),
    ("Jiří Kučera", [], "KUCERA-linked accounts"),
    ("Radek Novák", ["Šedý"], "known as Sedy on the estate"),
    ("Radek Novák", ["Šedý"], "known as ŠEDÝ"),
    ("Seán Ó Súilleabháin", [], "O Suilleabhain was present"),
    ("Seán Ó Súilleabháin", [], "Súilleabháin's brother"),
    ("Nguyễn Văn Trần", [], "TRẦN, N. V. at the nail bar"),
    ("Nguyễn Văn Trần", [], "Nguyen Van Tran"),
    ("Mark Smith-Jones", [], "Mark Smith was at the meeting"),
    ("Mark Smith-Jones", [], "Smith-Jones, M."),
    ("Łukasz Dąbrowski", [], "Lukasz Dabrowski"),
    ("Ștefan Țurcanu", [], "Stefan Turcanu"),
    ("Đorđe Đorđević", [], "Dorde Dordevic"),
    ("Đorđe Đorđević", [], "Djordje Djordjevic"),
    ("Hans Müller", [], "Mr Mueller's lorry"),
    ("Ayşe Şahin", [], "Ayse Sahin and Ayshe Shahin"),
    ("Mehmet Doğan", [], "DOAN, Mehmet"),
    ("Grigore Secretescu", [], "Secre\u200btescu was there"),
    ("Grigore Secretescu", [], "Sесrеtеscu, pasted with Cyrillic е and с"),
    ("Besnik Bajrami", [], "Baj\u00adrami"),
    ("Gëzim Çela", [], "gezim cela"),
    ("Hüseyin Yılmaz", [], "Huseyin Yilmaz"),
]


def name_words(name: str, aliases: Iterable[str]) -> set[str]:
    """The folded words of a name and its aliases that would give it away: all but
    single letters and common words."""
    words = {w for given, surname in splits(name) for w in (*given, *surname)}
    words |= {w for a in aliases for w in fold(a).split()}
    words |= {w for text in (name, *aliases) for word in WORD.findall(text)
              for w in spellings(word)}  # Djordjevic, Mueller
    common = common_words()
    return {w for w in words if len(w) > 1 and w not in common}


def words_in(text: str) -> set[str]:
    cleaned = fold(text).replace(fold(MARK), " ")
    for mark in ",.'-;:()\"[]{}\\\t":
        cleaned = cleaned.replace(mark, " ")
    return set(cleaned.split())


def leaked_words(texts: Iterable[str], withheld: dict[str, list[str]],
                 shown: Iterable[str] = ()) -> set[str]:
    """The words of withheld names (name: aliases) that the texts hold, once the names
    an output shows by the sharing rules (`shown`) are taken out."""
    phrases = sorted({" ".join(fold(n).split()) for n in shown if n}, key=len, reverse=True)
    found: set[str] = set()
    for text in texts:
        folded = " ".join(fold(text).split())
        for phrase in phrases:
            folded = folded.replace(phrase, " ")
        found |= words_in(folded)
    return found & {w for name, aliases in withheld.items() for w in name_words(name, aliases)}


# -- the demo's name pool, in every form people write a name --------------------------

POOL = [(given, family) for origin in data()["people"].values()
        for given in origin["given"] for family in origin["family"]]


def other_spelling(name: str) -> str:
    """The name as someone without its letters types it: Đorđević as Djordjevic."""
    return " ".join(max(spellings(word), key=len) for word in name.split())


def _forms(given: str, family: str) -> list[str]:
    return [
        f"{given} {family}", f"{family}, {given}", f"{family.upper()}, {given}",
        f"{given[0]}. {family}", f"{family}'s", f"{family}", f"{given}  {family}",
        f"{fold(given)} {fold(family)}", f"{fold(family).upper()} {given}",
        f"{family}’s", f"{family}-linked", f"{other_spelling(given)} {other_spelling(family)}",
    ]


FORMS = len(_forms("A", "B"))


def written(given: str, family: str, how: int, case=str) -> str:
    """One way a person writes someone's name."""
    return case(_forms(given, family)[how % FORMS])


def pool_spellings(count: int, seed: int = 14) -> list[tuple[str, list[str], str]]:
    """`count` people drawn from the pool, each in every form, in a sentence: as CORPUS."""
    rng = random.Random(seed)
    drawn = rng.sample(POOL, count)
    cases = (str, str.upper, str.lower, str.title)
    return [(f"{given} {family}", [],
             f"Note {n}.{how}: {written(given, family, how, rng.choice(cases))} at the yard")
            for n, (given, family) in enumerate(drawn) for how in range(FORMS)]
