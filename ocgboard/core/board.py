"""The board's own settings and this install's identity."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard.core import agencies, dates, lookup, validate, vocab
from ocgboard.errors import InputError, NotFound
from ocgboard.store.models import Board, Device, ExchangeLog, LocalSetting, Person
from ocgboard.store.models.board import DEFAULT_MARKING


@dataclass(frozen=True)
class BoardInfo:
    name: str
    area: str | None
    marking: str
    device_id: str
    device_name: str
    operator: str | None
    agency: str | None = None  # on an agency's laptop: whose (it holds that agency's extract)


def current(session: Session) -> Board | None:
    return session.scalars(select(Board).where(~Board.deleted)).first()


def marking(session: Session) -> str:
    board = current(session)
    return board.marking if board else DEFAULT_MARKING


def check_marking(value: str | None) -> str:
    if value is None:
        return DEFAULT_MARKING
    cleaned = validate.name(value, "protective marking", max_len=100)
    known = {m.casefold(): m for m in vocab.values("markings")}
    return known.get(cleaned.casefold(), cleaned.upper())


def init(session: Session, name: str, area: str | None = None, marking: str | None = None,
         device_name: str | None = None, operator: str | None = None) -> Board:
    """Name the board (once); later calls change its settings instead."""
    board = current(session)
    if board is None:
        board = Board(name=validate.name(name, "board name"))
        session.add(board)
    else:
        board.name = validate.name(name, "board name")
    board.area = validate.text(area, "area", max_len=200, multiline=False)
    board.marking = check_marking(marking or board.marking)
    if device_name is not None:
        name_laptop(session, device_name)
    if operator is not None:
        set_operator(session, operator)
    session.flush()
    return board


def change_settings(session: Session, name: str, area: str | None, marking: str | None,
                    operator: str | None = None) -> Board:
    """The board's name, area and marking as its chair or deputy changes them: a record of
    the change log like any edit, so they reach the other board laptops and the next
    extracts. An agency's laptop holds them as its extract carried them."""
    if is_agency_laptop(session):
        raise InputError("the board's name, area and marking are the chair's to change: "
                         "this laptop holds an agency's extract, and the next one brings "
                         "any change")
    return init(session, name, area=area or None, marking=marking, operator=operator)


def set_operator(session: Session, operator: str) -> str:
    """Who works on this laptop, for the history and as the author of its edits; on a
    laptop that holds the whole board, also one of the board's people."""
    name = validate.name(operator, "operator name")
    set_local(session, "operator", name)
    if not is_agency_laptop(session):
        _operator_as_person(session, name)
    return name


def name_laptop(session: Session, name: str) -> str:
    local_device(session).name = validate.name(name, "device name")
    return name


def _operator_as_person(session: Session, name: str) -> None:
    """The operator is one of the board's people, so that a meeting can have them as its
    chair: the person of that name, or the one the operator was before a correction of
    their name, or someone new."""
    try:
        found = lookup.person(session, name)
    except NotFound:
        known = operator_person(session)
        if known is None:
            found = agencies.add_person(session, name)
        else:
            found, known.name = known, name
    set_local(session, "operator_person", found.id.hex)


def operator_person(session: Session) -> Person | None:
    """The person this laptop's operator is, while they are on the board."""
    key = get_local(session, "operator_person")
    found = session.get(Person, uuid.UUID(key)) if key else None
    return found if found is not None and not found.deleted else None


def require(session: Session) -> Board:
    board = current(session)
    if board is None:
        raise InputError("this store has no board yet: run ocgboard init --board NAME")
    return board


def local_device(session: Session) -> Device:
    return session.scalars(select(Device).where(Device.is_local)).one()


def get_local(session: Session, key: str) -> str | None:
    row = session.get(LocalSetting, key)
    return row.value if row else None


def set_local(session: Session, key: str, value: str) -> None:
    row = session.get(LocalSetting, key)
    if row is None:
        session.add(LocalSetting(key=key, value=value))
    else:
        row.value = value


def last_exchange(session: Session) -> str | None:
    """When and what the last exchange file was, for the status bar."""
    row = session.execute(select(ExchangeLog.at, ExchangeLog.direction, ExchangeLog.scope)
                          .order_by(ExchangeLog.at.desc()).limit(1)).first()
    if row is None:
        return None
    return f"{row.direction} of {row.scope}, {dates.day(row.at.date())} {row.at:%H:%M} UTC"


def info(session: Session) -> BoardInfo:
    board = current(session)
    device = local_device(session)
    return BoardInfo(
        name=board.name if board else "",
        area=board.area if board else None,
        marking=board.marking if board else DEFAULT_MARKING,
        device_id=device.uuid,
        device_name=device.name,
        operator=get_local(session, "operator"),
        agency=(get_local(session, "agency") or "an agency") if is_agency_laptop(session)
        else None,
    )


def is_agency_laptop(session: Session) -> bool:
    """Whether this laptop holds an agency's extract, not the whole board."""
    return get_local(session, "replica") == "partial"
