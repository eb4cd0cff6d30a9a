"""Names sort as a person looks for them: accents, case and particles aside."""

from __future__ import annotations

import pytest

from ocgboard.core import collation

# As a British board expects them; a code-point sort puts the last four at the end.
EXPECTED = ["adams", "Brennan", "Cole", "de la Cruz", "Đorđević", "Evans", "Nash",
            "Ó Súilleabháin", "Patel", "Zubair"]


@pytest.fixture
def plain_locale(monkeypatch):
    """The tests' locale (C) has no collation of its own: names fold as the search does."""
    monkeypatch.setattr(collation, "_collate", lambda: None)


def test_names_sort_with_their_letter_whatever_the_accent_or_case(plain_locale):
    assert sorted(EXPECTED) != EXPECTED  # what Python alone would do
    assert collation.sort(reversed(EXPECTED), name=str) == EXPECTED


def test_runs_of_spaces_and_no_name_at_all_sort_sensibly(plain_locale):
    assert collation.key("de  la   Cruz") == collation.key("de la Cruz")
    assert collation.sort(["Nash", None, ""], name=lambda n: n) == [None, "", "Nash"]


def test_a_locale_with_a_collation_of_its_own_decides_the_order(monkeypatch):
    # A Swede expects Å after Z: the locale's order is used where it has one.
    monkeypatch.setattr(collation, "_collate", lambda: lambda text: text.replace("Å", "\uffff"))
    assert collation.sort(["Åberg", "Zetterlund", "Andersson"], name=str) == [
        "Andersson", "Zetterlund", "Åberg"]


def test_a_plain_c_locale_is_not_taken_for_a_collation(monkeypatch):
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    collation._collate.cache_clear()
    try:
        assert collation._collate() is None
    finally:
        collation._collate.cache_clear()
