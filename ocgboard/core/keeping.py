"""How many automatic backups a store keeps: its pruning policy, a local setting
of each store (every laptop keeps its own backups)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ocgboard.core import board
from ocgboard.errors import InputError
from ocgboard.store.pruning import Policy

KEEP_LAST, KEEP_WEEKS = "backups_keep_last", "backups_keep_weeks"


def policy(session: Session) -> Policy:
    default = Policy()
    return Policy(_number(session, KEEP_LAST, default.keep_last),
                  _number(session, KEEP_WEEKS, default.keep_weeks))


def set_policy(session: Session, keep_last: int | None = None,
               keep_weeks: int | None = None) -> Policy:
    current = policy(session)
    try:
        chosen = Policy(current.keep_last if keep_last is None else keep_last,
                        current.keep_weeks if keep_weeks is None else keep_weeks)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    board.set_local(session, KEEP_LAST, str(chosen.keep_last))
    board.set_local(session, KEEP_WEEKS, str(chosen.keep_weeks))
    return chosen


def _number(session: Session, key: str, default: int) -> int:
    try:
        return int(board.get_local(session, key) or default)
    except ValueError:
        return default
