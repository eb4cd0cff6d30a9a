"""Edits of the rest of the newest control strategy: a threat area's management
model, group and theme; the local priorities; the strategy's title, aim and themes.

Like the battles' edits (control.py), each goes to the newest strategy only, on a
laptop holding the whole board (control.editable), and each refusal is one line
that leaves the store as it was: every check is made before anything is set.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ocgboard.core import control, validate, vocab
from ocgboard.errors import InputError, NotFound
from ocgboard.store.models import ControlArea, ControlPriority, ControlStrategy

PRIORITY_LIMIT = 300  # the column's
TITLE_LIMIT = 300  # the column's
GROUP_LIMIT = 200  # the column's
THEME_LIMIT = 200  # an area's theme is one of them, and its column holds 200
AIM_LIMIT = 1000  # the aim is the strategy's one sentence of purpose, not its assessment


def edit_area(session: Session, row: ControlArea, *, management_model: str | None = None,
              group: str | None = None, theme: str | None = None) -> ControlArea:
    """A threat area's management model (the vocabulary's), group or theme (one of
    the strategy's, or "" for none); None leaves one as it is.

    Never its name: threats name their areas by the area's words
    (control_areas.py), so a renamed area would leave every threat naming the old
    words, no longer an area of the strategy. A board renames one by adding the
    new area and moving its threats to it."""
    control.edited(session, row.strategy_id)
    model = row.management_model if management_model is None else \
        vocab.canonical("management_models", management_model)
    words = row.group_name if group is None else validate.text(
        group, "the area's group", required=True, max_len=GROUP_LIMIT, multiline=False)
    served = row.theme if theme is None else _area_theme(session, row, theme)
    if (model, words, served) != (row.management_model, row.group_name, row.theme):
        row.management_model, row.group_name, row.theme = model, words, served
        session.flush()
    return row


def _area_theme(session: Session, row: ControlArea, theme: str) -> str | None:
    """One of the strategy's themes in its spelling; the area's own kept as it is,
    though the strategy has since dropped it, as a threat keeps an area."""
    words = validate.text(theme, "the area's theme", max_len=THEME_LIMIT, multiline=False)
    if words is None:
        return None
    strategy = session.get(ControlStrategy, row.strategy_id)
    assert strategy is not None  # a foreign key
    offered = control.themes(strategy) + ([row.theme] if row.theme else [])
    for option in offered:
        if option.casefold() == words.casefold():
            return option
    listed = "; ".join(control.themes(strategy)) or "none"
    raise InputError(f"'{words}' is not a theme of the control strategy (it has: {listed})")


# -- the local priorities ------------------------------------------------------------


def priority(session: Session, which: int | str) -> ControlPriority:
    """A local priority of the newest strategy, by its number (1 is the first) or its
    words (case aside)."""
    found = control.priorities(session, control.newest(session))
    wanted = " ".join(str(which).split()).rstrip(".")
    if wanted.isdigit():
        if 1 <= int(wanted) <= len(found):
            return found[int(wanted) - 1]
        raise NotFound(f"the control strategy has no local priority {int(wanted)} "
                       f"(it has {len(found)})")
    for row in found:
        if row.text.casefold() == wanted.casefold():
            return row
    raise NotFound(f"no local priority '{wanted}' in the control strategy")


def add_priority(session: Session, text: str) -> ControlPriority:
    """A new local priority, last of the newest strategy's."""
    strategy = control.editable(session)
    words = _priority_text(session, strategy, text)
    last = session.scalar(select(func.max(ControlPriority.position))
                          .where(ControlPriority.strategy_id == strategy.id)) or 0
    row = ControlPriority(strategy_id=strategy.id, text=words, position=last + 1)
    session.add(row)
    session.flush()
    return row


def reword_priority(session: Session, row: ControlPriority, text: str) -> ControlPriority:
    strategy = control.edited(session, row.strategy_id)
    words = _priority_text(session, strategy, text, but=row)
    if words != row.text:
        row.text = words
        session.flush()
    return row


def withdraw_priority(session: Session, row: ControlPriority) -> ControlPriority:
    """The priority struck from the strategy (a tombstone: its history stays)."""
    control.edited(session, row.strategy_id)
    row.deleted = True
    session.flush()
    return row


def set_priority_deleted(session: Session, row: ControlPriority, deleted: bool) -> None:
    """A tombstone set (undo of adding it) or lifted (undo of withdrawing it); lifted,
    it must still be no duplicate of one added since."""
    strategy = control.edited(session, row.strategy_id)
    if not deleted:
        _priority_text(session, strategy, row.text, but=row)
    row.deleted = deleted
    session.flush()


def _priority_text(session: Session, strategy: ControlStrategy, text: str,
                   but: ControlPriority | None = None) -> str:
    words = validate.text(text, "the local priority", required=True,
                          max_len=PRIORITY_LIMIT, multiline=False)
    for other in control.priorities(session, strategy):
        if other is not but and other.text.casefold() == words.casefold():
            raise InputError(f"the control strategy already has the local priority "
                             f"'{other.text}'")
    return words


# -- the strategy's own words ----------------------------------------------------------


def edit_strategy(session: Session, *, title: str | None = None, aim: str | None = None,
                  themes: Iterable[str] | None = None) -> ControlStrategy:
    """The newest strategy's title (required), aim ("" clears it) and themes (a list,
    empty clears them); None leaves one as it is."""
    row = control.editable(session)
    words = row.title if title is None else validate.text(
        title, "the strategy's title", required=True, max_len=TITLE_LIMIT, multiline=False)
    purpose = row.aim if aim is None else validate.text(
        aim, "the strategy's aim", max_len=AIM_LIMIT, multiline=False)
    listed = row.themes if themes is None else ("\n".join(theme_list(themes)) or None)
    if (words, purpose, listed) != (row.title, row.aim, row.themes):
        row.title, row.aim, row.themes = words, purpose, listed
        session.flush()
    return row


def theme_list(themes: Iterable[str]) -> list[str]:
    """The strategy's themes, each a single line (stored one a line), none empty, none
    twice (case aside), none holding a ';' (the command line's separator)."""
    found: list[str] = []
    for n, theme in enumerate(themes, 1):
        words = validate.text(theme, f"theme {n}", required=True, max_len=THEME_LIMIT,
                              multiline=False)
        if ";" in words:
            raise InputError(f"theme {n} cannot hold a ';'")
        if words.casefold() in (f.casefold() for f in found):
            raise InputError(f"the theme '{words}' is listed twice")
        found.append(words)
    return found

