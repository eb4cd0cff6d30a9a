"""The demo board's threat areas: seed 002's strategy, and the three its threats name
that the seed lacks, which the demo board adds as a board would (control area add)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ocgboard.core import control_areas, vocab

ADDED_AREAS = (("Money Laundering", "Prosperity", "regionally-led"),
               ("Firearms", "Commodity", "force-led"),
               ("Organised Acquisitive Crime", "Commodity", "force-led"))


def add_to_strategy(session: Session) -> int:
    """The areas the strategy lacks, added; how many (a change record each)."""
    added = 0
    for name, group, model in ADDED_AREAS:
        if name not in control_areas.names(session):
            control_areas.add_area(session, name, group, model)
            added += 1
    session.flush()
    return added


def drawn_from(session: Session) -> list[tuple[str, str]]:
    """(the word a summary uses, the strategy's area) for each of the vocabulary's
    areas, in its order: the same seed draws the same areas as before the areas came
    from the strategy."""
    return [(word, control_areas.chosen(session, word)[0])
            for word in vocab.values("threat_areas")]
