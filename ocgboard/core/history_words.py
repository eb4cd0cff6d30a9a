"""One line per operation, in the board's words.

"Supt Gary Marsh moved 'DWP benefit review' (OCG 12/00107 · 4) from proposed to
agreed: 'Agreed at the December board'" is one operation: a status change and
its dated update, two records of seven fields. `word` takes the row changes of
one operation (history_change.RowChange) and says them: first what goes
together (a new threat and its members, a meeting and its agenda, a status
move and its update), then each remaining row. The command line and the
desktop both speak through it.
"""

from __future__ import annotations

from ocgboard.core import history_words_board as board
from ocgboard.core import history_words_control as control
from ocgboard.core import history_words_plans as plans
from ocgboard.core.history_change import Combiner, Phrase, RowChange, Said, edited
from ocgboard.core.history_names import Names

# What one line may be about, as the history's filter offers them.
KINDS = {
    "threat": "Threats", "member": "Members", "action": "Actions",
    "update": "Progress updates", "disruption": "Disruptions", "meeting": "Meetings",
    "agenda item": "Agenda items", "attendance": "Attendance", "decision": "Decisions",
    "pack copy": "Pack copies", "agency": "Agencies", "person": "People",
    "tactic": "Tactics", "strategy item": "Strategic plan", "control strategy": "Control strategy",
    "withholding": "Withheld from or shared with partners", "board": "Board settings",
}

COMBINERS: tuple[Combiner, ...] = (
    plans.threat_made, plans.members_made, plans.disruptions_made, *board.COMBINERS,
    *control.COMBINERS,
    plans.actions_made, plans.actions_gone, plans.updates)
PHRASES: dict[str, Phrase] = {**plans.PHRASES, **board.PHRASES, **control.PHRASES}


def word(changes: list[RowChange], names: Names) -> Said:
    """One operation's changes as one line: its kind and its words."""
    left = list(changes)
    said: list[Said] = []
    for combine in COMBINERS:
        said += combine(left, names)
    for change in left:
        said += PHRASES.get(change.entity, edited)(change, names)
    said = [s for s in said if s.words]
    if not said:
        return Said("board", "changed nothing a person would see")
    return Said(said[0].kind, "; ".join(s.words for s in said))
