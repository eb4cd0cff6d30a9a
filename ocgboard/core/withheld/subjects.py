"""Who is withheld from partners, board-wide: the redactor every partner output uses.

A name withheld anywhere is withheld everywhere: a note on one threat may
name a subject of another. Withheld are the members not marked disseminable
(their names and aliases, deleted members too, since old text still names
them), and the names of threats partners may not see: a Priority
Individual's in every form of a person's name, a group's as written. Kept,
where longer than any withheld name found in the same place, are the names
partners see anyway: disseminable members', the board's own people and
agencies ("Ana Popescu" of the council stays when a withheld Ion Popescu
does not). A threat's name is not kept: a group named after a withheld
subject ("the Zieliński line") would name him, so the withheld name wins
and partners see the threat by its reference.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard.core import sharing
from ocgboard.core.withheld.redactor import Redactor
from ocgboard.store.models import Agency, Member, Person, Threat


def redactor(session: Session) -> Redactor:
    people: list[str] = []
    aliases: list[str] = []
    keep: list[str] = []
    for name, also, shown in session.execute(select(Member.name, Member.aliases,
                                                    Member.disseminable)):
        names = [name, *(a for a in (also or []) if isinstance(a, str))]
        if shown:
            keep += names
        else:
            people.append(name)
            aliases += names[1:]
    phrases = []
    for threat in session.scalars(select(Threat)):
        if sharing.shareable(threat):
            if sharing.personal(threat):
                keep.append(threat.name)  # a person partners may know, as a member
            continue  # a group's name, printed unless it holds a withheld one (sharing)
        if sharing.personal(threat):
            people.append(threat.name)
        else:
            phrases.append(threat.name)  # "Harbour Lane network", never "network" alone
    keep += session.scalars(select(Person.name)).all()
    for name, short in session.execute(select(Agency.name, Agency.short_name)):
        keep += [name, short or ""]
    return Redactor(people, aliases, keep=keep, phrases=phrases)
