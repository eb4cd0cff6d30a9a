"""A threat's areas are the control strategy's: the names a threat may give, as the
strategy spells them, and a threat area the board adds to its strategy.

The areas offered are the newest strategy's (the one the board works to, or
will). A threat's areas are matched to them as coverage matches them
(control.key: case aside, a bracketed qualifier dropped), so 'county
lines' or 'CSAE' are taken and kept as the strategy says them. An area a
threat already names that the strategy no longer has (an old board's 'firearms'
when seed 002 has none) stays on the threat, kept as it is, until someone
unticks it: nothing is lost by an edit of another field. A new one must be
added to the strategy first (add_area), which is the board's decision, made on
the board's laptops only.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ocgboard.core import control, validate, vocab
from ocgboard.errors import InputError
from ocgboard.store.models import ControlArea

NAME_LIMIT = 200  # the column's


def names(session: Session) -> list[str]:
    """The threat areas a threat may name, in the strategy's order; the vocabulary's
    where the store holds no strategy at all."""
    found = control.strategies(session)
    if not found:
        return vocab.values("threat_areas")
    return [a.name for a in control.areas(session, found[-1])]


def chosen(session: Session, value, kept: Iterable[str] = ()) -> list[str]:
    """A threat's areas from text ('county lines, CSAE') or a list: each the
    strategy's own spelling, or one the threat already names (`kept`); once each."""
    items = value.split(",") if isinstance(value, str) else list(value or [])
    offered = names(session)
    by_key = {control.key(n): n for n in offered}
    by_key |= {" ".join(n.split()).casefold(): n for n in offered}
    held = {" ".join(str(k).split()).casefold(): k for k in kept}
    found: list[str] = []
    for item in (str(i) for i in items if str(i).strip()):
        folded = " ".join(item.split()).casefold()
        name = by_key.get(folded) or held.get(folded) or by_key.get(control.key(item))
        if name is None:
            raise InputError(f"'{item.strip()}' is not a threat area of the control strategy "
                             f"(it has: {'; '.join(offered)}); the board adds one to its "
                             "strategy first (control area add)")
        if name not in found:
            found.append(name)
    return found


def add_area(session: Session, name: str, group: str, management_model: str,
             theme: str | None = None) -> ControlArea:
    """A new threat area, last in the newest strategy."""
    strategy = control.editable(session)
    words = validate.text(name, "the threat area", required=True, max_len=NAME_LIMIT,
                          multiline=False)
    if "," in words:  # a threat's areas are typed comma-separated
        raise InputError("a threat area's name cannot hold a comma")
    taken = {control.key(a.name) for a in control.areas(session, strategy)}
    if control.key(words) in taken:
        raise InputError(f"the control strategy already has the threat area '{words}'")
    last = session.scalar(select(func.max(ControlArea.position))
                          .where(ControlArea.strategy_id == strategy.id)) or 0
    row = ControlArea(
        strategy_id=strategy.id, name=words, position=last + 1,
        group_name=validate.text(group, "the area's group", required=True, max_len=200,
                                 multiline=False),
        theme=validate.text(theme, "the area's theme", max_len=200, multiline=False) or None,
        management_model=vocab.canonical("management_models", management_model))
    session.add(row)
    session.flush()
    return row
