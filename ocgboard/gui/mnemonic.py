"""Text for Qt's menus, buttons and tabs, where '&' marks the Alt-letter and '&&'
stands for an '&' shown as such."""

from __future__ import annotations

import re

_MARK = re.compile(r"&(.?)", re.S)


def literal(text: str) -> str:
    """`text` shown as written: a page title's '&' ("Agencies & people") is not a mark."""
    return text.replace("&", "&&")


def plain(text: str) -> str:
    """What a person reads on the control: the marks gone, each '&&' one '&'."""
    return _MARK.sub(r"\1", text)
