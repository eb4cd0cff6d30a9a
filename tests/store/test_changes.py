"""What a unit of work changed, as the views hear it (store.changes)."""

from __future__ import annotations

from types import SimpleNamespace

from ocgboard.core import plans, register
from ocgboard.store.changes import EVERYTHING, NOTHING, Changes, note
from ocgboard.sync import contacts, keys
from tests.helpers import make_action, make_threat


def changes_of(store, fn) -> Changes:
    with store.session("Chair") as s:
        fn(s)
    return Changes.of(s)


def test_an_edit_names_its_row_and_nothing_else(store):
    with store.session("Chair") as s:
        tid = make_threat(s).id.hex
    changed = changes_of(store, lambda s: register.edit(s, register.lookup.threat(
        s, "OCG 05/00283"), band="2C"))
    assert dict(changed.rows) == {"threat": {tid}}
    assert changed.touches("threat") and not changed.touches("action", "member")
    assert changed.within("threat", tid) and not changed.within("threat", "0" * 32)


def test_an_update_names_its_action_and_the_actions_threat(store):
    with store.session("Chair") as s:
        threat = make_threat(s)
        action = make_action(s, threat)
        tid, aid = threat.id.hex, action.id.hex

    def move_on(s):
        plans.change_status(s, s.get(type(action), action.id), "agreed", "Agreed at the board")

    changed = changes_of(store, move_on)
    assert changed.touches("action_update") and aid in changed.rows["action"]
    assert aid in changed.ids("action") and changed.within("threat", tid)
    assert "threat" not in changed.rows  # the threat's own row was not written


def test_a_read_changes_nothing_and_a_contact_is_a_change_too(store, tmp_path):
    with store.reader() as s:
        register.listing(s)
    assert not Changes.of(s) and Changes.of(s) == NOTHING
    card = keys.parse_card(keys.card(keys.load(tmp_path / "keys"), "Board", "Deputy"))
    changed = changes_of(store, lambda s: contacts.add(s, card, board=True, name="Deputy"))
    assert changed.touches("contact")


def test_changes_add_up_and_an_import_changes_everything():
    first, second = Changes(), Changes()
    with_rows = Changes({"action": frozenset({"a"})}, {"threat": frozenset({"t"})})
    assert not (first | second)
    both = with_rows | Changes({"action": frozenset({"b"})})
    assert both.ids("action") == {"a", "b"} and both.within("threat", "t")
    assert (both | EVERYTHING) is EVERYTHING
    assert EVERYTHING.touches("anything") and EVERYTHING.within("threat", "x")


def test_a_write_outside_the_orm_is_noted_by_hand():
    session = SimpleNamespace(info={})
    note(session, "threat", ["t1"])
    assert Changes.of(session).rows == {"threat": {"t1"}}
