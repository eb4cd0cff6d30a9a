"""`ocgboard office export`."""

from __future__ import annotations


def register(verbs) -> None:
    pass
