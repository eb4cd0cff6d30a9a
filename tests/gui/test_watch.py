"""One staleness rule for every view: reload for what it shows, when it is shown."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ocgboard.core.rows import chase as chase_rows
from ocgboard.core.rows import plans as plan_rows
from ocgboard.gui.plans.actions_page import ActionsPage
from ocgboard.gui.watch import Watch
from ocgboard.store.changes import EVERYTHING, Changes


def watched(qtbot, context, tables=("action",), relevant=None):
    view = QWidget()
    qtbot.addWidget(view)
    calls = []
    watch = Watch(view, context.backend, tables, calls.append, relevant=relevant)
    return view, watch, calls


def action_change(aid: str = "a" * 32) -> Changes:
    return Changes({"action": frozenset({aid})})


def test_a_hidden_view_waits_and_a_shown_one_catches_up_at_once(qtbot, context):
    view, watch, calls = watched(qtbot, context)
    watch.catch_up()
    assert calls == [None]  # the first showing loads in full
    context.backend.announce(action_change())
    assert calls == [None]  # not on screen: nothing read yet
    view.show()
    qtbot.waitExposed(view)
    watch.catch_up()
    assert calls[1] == action_change()
    context.backend.announce(action_change("b" * 32))
    assert calls[2].ids("action") == {"b" * 32}  # on screen: at once


def test_what_a_view_does_not_show_never_reloads_it(qtbot, context):
    view, watch, calls = watched(qtbot, context, relevant=lambda c: "a" * 32 in c.ids("action"))
    view.show()
    qtbot.waitExposed(view)
    watch.loaded()
    context.backend.announce(Changes({"threat": frozenset({"t"})}))
    context.backend.announce(action_change("b" * 32))
    assert calls == []
    context.backend.announce(EVERYTHING)  # an import: in full, whatever it is about
    assert calls == [None]


def test_changes_made_while_hidden_add_up(qtbot, context):
    view, watch, calls = watched(qtbot, context)
    watch.loaded()
    context.backend.announce(action_change("a" * 32))
    context.backend.announce(action_change("b" * 32))
    view.show()
    qtbot.waitExposed(view)
    watch.catch_up()
    assert len(calls) == 1 and calls[0].ids("action") == {"a" * 32, "b" * 32}


def test_an_edit_of_one_action_reads_only_that_row_of_the_chase_list(window, context, qtbot,
                                                                     monkeypatch):
    qtbot.waitUntil(lambda: not context.runner.tasks)
    window.show_page(window.pages.index(window.page(ActionsPage)))
    page = window.current_page()
    key = next(row.id for row in page.model.rows if row.status == "proposed")
    asked = []
    real = chase_rows.action_rows
    monkeypatch.setattr(chase_rows, "action_rows",
                        lambda session, ids=None, **kw: asked.append(ids) or real(
                            session, ids=ids, **kw))
    context.backend.write(plan_rows.edit, key, rag_override="green")
    assert asked == [frozenset({key})]
    assert page.model.rows[page.model.find(key)].rating.rag == "green"
