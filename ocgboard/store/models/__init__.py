"""All mapped classes, imported together so that metadata is complete."""

from ocgboard.store.models.board import Board
from ocgboard.store.models.changes import Change, Device, HeldRecord, LocalSetting, SignedHead
from ocgboard.store.models.control import (
    ControlArea,
    ControlBattle,
    ControlPriority,
    ControlStrategy,
)
from ocgboard.store.models.exchange import Conflict, Contact, ExchangeLog
from ocgboard.store.models.meetings import AgendaItem, Attendance, Distribution, Meeting
from ocgboard.store.models.plans import Action, ActionUpdate, Disruption, Tactic
from ocgboard.store.models.register import Agency, Member, Person, Threat
from ocgboard.store.models.strategy import StrategyItem, StrategyUpdate

__all__ = [
    "Action",
    "ActionUpdate",
    "AgendaItem",
    "Agency",
    "Attendance",
    "Board",
    "Change",
    "Conflict",
    "Contact",
    "ControlArea",
    "ControlBattle",
    "ControlPriority",
    "ControlStrategy",
    "Device",
    "Disruption",
    "Distribution",
    "ExchangeLog",
    "HeldRecord",
    "SignedHead",
    "LocalSetting",
    "Meeting",
    "Member",
    "Person",
    "StrategyItem",
    "StrategyUpdate",
    "Tactic",
    "Threat",
]
