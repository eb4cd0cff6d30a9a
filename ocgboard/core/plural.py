"""Counts and names as a person says them: "1 threat", "2 threats", "1,204 actions",
"Police's", "Department for Work and Pensions'"."""

from __future__ import annotations


def count(n: int, noun: str, plural: str | None = None) -> str:
    """`plural` where an added 's' is wrong ("apology", "apologies")."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


def noun(n: int, singular: str, plural: str | None = None) -> str:
    """The noun alone, for a count written apart from it."""
    return singular if n == 1 else plural or singular + "s"


def possessive(name: str) -> str:
    """"Police's", but "Department for Work and Pensions'": a name ending in s takes
    the apostrophe alone, as plural names do."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"
