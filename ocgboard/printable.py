"""Text from outside, made safe to show: control characters escaped, never obeyed.

An agency's comment may hold a terminal escape sequence (colours, a cursor
move that overwrites the line above, a fake prompt) or a right-to-left
override that reverses what follows it. Everything the command line prints
and every cell the desktop shows goes through `escaped`, so such characters
appear as `\\x1b` or `\\u202e` instead of acting. Tabs and line breaks are kept
(the command line lays out its own); the tables fold them into spaces.
"""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls, the bidi embeddings,
# overrides and isolates that reorder what follows them, and the line and
# paragraph separators that start a line a reader takes for another. (The
# left-to-right and right-to-left marks stay: names in Arabic script use them.)
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escaped(text: str) -> str:
    """`text` with every control character written as its escape."""
    return _UNSAFE.sub(_escape, text)


def json_escaped(text: str) -> str:
    """JSON text with the characters JSON itself leaves raw (C1, bidi) as \\u escapes.

    JSON escapes C0 controls already; the rest can only be inside strings."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class EscapingStream:
    """A text stream that writes everything through `escaped` (the CLI's stdout and
    stderr), so no path through the command line prints a control character raw."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(escaped(text))
        return len(text)

    def __getattr__(self, name):
        return getattr(self.stream, name)
