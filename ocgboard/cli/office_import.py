"""`ocgboard office import`."""

from __future__ import annotations


def register(verbs) -> None:
    pass
