"""The redactor: withheld names in every form people write them, blanked whole."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ocgboard.core.withheld import MARK, Redactor
from ocgboard.core.withheld.fold import Folded, fold
from tests.core.withheld.leaks import CORPUS, FORMS, POOL, leaked_words, written


def leftovers(name: str, aliases: list[str], text: str) -> set[str]:
    """The words of a name, folded, that a redacted text still holds."""
    return leaked_words([Redactor([name], aliases)(text)], {name: aliases})


@pytest.mark.parametrize(("name", "aliases", "text"), CORPUS)
def test_no_spelling_that_ever_leaked_survives(name, aliases, text):
    redacted = Redactor([name], aliases)(text)
    assert MARK in redacted
    assert not leftovers(name, aliases, text), redacted


def test_the_mark_takes_the_whole_name_and_leaves_nothing_of_it_beside():
    redact = Redactor(["Grigore Secretescu", "Mark Smith-Jones"])
    assert redact("Met G. Secretescu, then Secretescu, Grigore.") == f"Met {MARK}, then {MARK}."
    assert redact("Mark Smith and Smith, Mark") == f"{MARK} and {MARK}"
    assert redact("GRIGORE SECRETESCU's van") == f"{MARK}'s van"


def test_common_words_stay_unless_they_stand_beside_the_name():
    redact = Redactor(["Mark Smith", "Nguyễn Văn Trần"])
    assert redact("mark the date in the van") == "mark the date in the van"
    assert redact("Mark Smith drove the van") == f"{MARK} drove the van"


def test_names_inside_other_words_are_left():
    redact = Redactor(["Zeph Kola"])
    assert redact("Zephyrine bought cola and a Kolanut") == "Zephyrine bought cola and a Kolanut"
    assert redact("Kola-linked; pro-Kola") == f"{MARK}-linked; pro-{MARK}"


def test_an_alias_is_found_however_common_its_words():
    redact = Redactor(["Dean Marsh"], aliases=["Tank", "Little Smiler"])
    assert redact("Tank and little smiler") == f"{MARK} and {MARK}"
    assert redact("a little smile") == "a little smile"


def test_a_name_is_found_in_any_case_and_only_whole():
    redact = Redactor(["Quillon Vantablack", "Zeph"])
    assert redact("Met quillon VANTABLACK and Zeph.") == f"Met {MARK} and {MARK}."
    assert redact("Zephyrine is someone else") == "Zephyrine is someone else"
    assert redact(None) == ""


def test_a_longer_phrase_the_pack_prints_anyway_is_kept_but_not_an_equal_one():
    redact = Redactor(["Ion Popescu"], keep=["Ana Popescu", "Ion Popescu"])
    assert redact("Ana Popescu (council) met Ion Popescu") == f"Ana Popescu (council) met {MARK}"
    redact = Redactor(["Wojciech Zieliński"], keep=["Zieliński network"])
    assert redact("the Zielinski network grew; Zieliński left") == \
        f"the Zielinski network grew; {MARK} left"


def test_finding_names_says_whose_they_are():
    redact = Redactor(["Wojciech Zieliński", "Besnik Bajrami"], aliases=["Tank"])
    assert redact.names("W. Zielinski met Tank and BAJRAMI") == \
        ["Wojciech Zieliński", "Tank", "Besnik Bajrami"]
    assert Redactor().names("anything") == []
    assert Redactor()("anything") == "anything"


# -- every name of the demo's pool, in every form, in any text ------------------------

FILLER = st.sampled_from(["Met", "at the yard.", "and", "(see log)", "drove to", "—", "named by",
                          "informant:", "car", "the van", "on 3 May"])


@settings(max_examples=300, deadline=None)
@given(person=st.sampled_from(POOL), how=st.integers(0, FORMS - 1),
       case=st.sampled_from([str, str.upper, str.lower, str.title]),
       before=st.lists(FILLER, max_size=3), after=st.lists(FILLER, max_size=3))
def test_no_form_of_a_pool_name_survives(person, how, case, before, after):
    given_name, family = person
    name = f"{given_name} {family}"
    text = " ".join([*before, written(given_name, family, how, case), *after])
    redacted = Redactor([name])(text)
    assert MARK in redacted
    assert not leftovers(name, [], text), (text, redacted)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.characters(max_codepoint=0x24F), max_size=60))
def test_words_are_found_where_they_were_written(text):
    folded = Folded(text)
    assert folded.folded == fold(text)
    for word in folded.words:
        written = fold(text[word.start:word.end])
        # One character may read as several ("¼" as "1⁄4"); in ASCII, as itself.
        assert written == word.text if text.isascii() else word.text in written
