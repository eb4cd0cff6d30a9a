"""Between a change record's JSON text and the value SQLite stores for a column.

Imported records come from another laptop: every value is checked against
its column's type before it is written, so a malformed record is refused
with a message instead of landing as a string where a date belongs.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, Uuid

from ocgboard.store import record
from ocgboard.store.engine import to_json

_HEX32 = re.compile(r"[0-9a-f]{32}")  # fullmatch: no "\n" after it, as $ allows


class BadValue(ValueError):
    pass


def _uuid(value):
    if not isinstance(value, str) or not _HEX32.fullmatch(value):
        raise BadValue
    return value


_ISO_DATE = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])")  # ASCII digits


def _date(value):
    if type(value) is not str or not _ISO_DATE.fullmatch(value):
        raise BadValue
    if value[8:] > "28":  # only the last days of a month need the calendar
        dt.date.fromisoformat(value)
    return value


def _datetime(value):
    if not isinstance(value, str):
        raise BadValue
    moment = dt.datetime.fromisoformat(value)
    if len(value) == 26 and value[10] == "T" and moment.year >= 1000 and not moment.tzinfo:
        return f"{value[:10]} {value[11:]}"  # as ocgboard writes them: no need to reformat
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _bool(value):
    if not isinstance(value, bool):
        raise BadValue
    return value  # sqlite3 stores it as 1 or 0; PostgreSQL as a boolean


def _int(value):
    if not isinstance(value, int) or isinstance(value, bool) or not -1 << 63 <= value < 1 << 63:
        raise BadValue  # SQLite's integers are 64-bit
    return value


def _json(value):
    return _encodable(_plain_json(value))


def text_form(value):
    return _encodable(_plain_text(value))


def _encodable(text: str) -> str:
    """JSON can spell a lone surrogate ("\\ud800"), which no UTF-8 store can hold."""
    text.encode("utf-8")  # UnicodeEncodeError is a ValueError: the caller's BadValue
    return text


def _plain_text(value):
    if not isinstance(value, str):
        raise BadValue
    return value


def _plain_json(value):
    if not isinstance(value, list | dict):
        raise BadValue
    return to_json(value)


_PLAIN = {text_form: _plain_text, _json: _plain_json}


def plain_form(column) -> Callable[[object], object]:
    """stored_form for a value decoded from JSON text with no \\u escape in it, so
    with no lone surrogate: text need not be tried as UTF-8."""
    convert = stored_form(column)
    return _PLAIN.get(convert, convert)


def stored_form(column) -> Callable[[object], object]:
    """The function turning a decoded log value into what SQLite stores."""
    kind = column.type
    for sql_type, convert in ((Uuid, _uuid), (DateTime, _datetime), (Date, _date),
                              (Boolean, _bool), (Integer, _int), (JSON, _json)):
        if isinstance(kind, sql_type):
            return convert
    return text_form


def absent(column) -> object:
    """What a column holds when no record has set it: a partial replica (an agency's
    extract) leaves fields out, so its rows hold these, and the log says nothing."""
    default = column.default
    if default is not None and default.is_scalar and not column.nullable:
        return default.arg
    if not column.nullable and stored_form(column) is text_form:
        return ""  # a name withheld from an extract
    if not column.nullable and stored_form(column) is _json:
        return []  # a threat's areas, withheld with the rest of its profile
    return None


_LITERALS = {"true": True, "false": False, "null": None}


def decode(text: str | None):
    """The log's JSON text as a value; plain strings and literals skip the parser."""
    if text is None:
        return None
    if text[:1] == '"' and text[-1:] == '"' and "\\" not in text and len(text) > 1:
        inner = text[1:-1]
        if '"' not in inner:
            return inner
    if text in _LITERALS:
        return _LITERALS[text]
    return record.decoded(text)


def to_stored(convert, text: str | None):
    """Raises BadValue when the text is not a value of the column's type."""
    if text is None:
        return None
    try:
        return stored(convert, decode(text))
    except (ValueError, TypeError) as exc:
        raise BadValue(str(exc)) from None


def stored(convert, value):
    """A decoded value as SQLite stores it; BadValue when it is not of the column's type."""
    if value is None:
        return None
    try:
        return convert(value)
    except (ValueError, TypeError) as exc:
        raise BadValue(str(exc)) from None
