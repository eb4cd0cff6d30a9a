"""A count with its noun, as a person says it: "1 threat", "2 threats", "1,204 actions"."""

from __future__ import annotations


def count(n: int, noun: str, plural: str | None = None) -> str:
    """`plural` where an added 's' is wrong ("apology", "apologies")."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


def noun(n: int, singular: str, plural: str | None = None) -> str:
    """The noun alone, for a count written apart from it."""
    return singular if n == 1 else plural or singular + "s"
