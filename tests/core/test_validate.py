"""Text typed or brought in: what the board refuses to store, in one line."""

from __future__ import annotations

import pytest

from ocgboard.core import validate
from ocgboard.errors import InputError


@pytest.mark.parametrize("sneaky", ["\u202e", "\u202a", "\u202b", "\u202c", "\u202d",
                                    "\u2066", "\u2067", "\u2068", "\u2069"])
def test_a_character_that_reverses_the_text_is_refused(sneaky):
    with pytest.raises(InputError) as refused:
        validate.text(f"Paid {sneaky}0001£ in cash", "comment")
    assert str(refused.value) == "comment contains characters that reverse the text's direction"


def test_right_to_left_names_and_their_plain_marks_are_kept():
    for name in ("\u0645\u062d\u0645\u062f \u0639\u0644\u064a", "Ali \u200fمحمد\u200f",
                 "\u05d3\u05d5\u05d3 \u05db\u05d4\u05df", "Đorđević"):
        assert validate.text(name, "name") == name


def test_control_characters_are_refused_and_tabs_and_lines_kept():
    with pytest.raises(InputError, match="contains control characters"):
        validate.text("bell\x07", "comment")
    assert validate.text("one\ttwo\nthree", "comment") == "one\ttwo\nthree"
