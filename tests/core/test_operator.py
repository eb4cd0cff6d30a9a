"""The operator named when a laptop is set up is one of the board's people, so that a
meeting can name them as its chair."""

from sqlalchemy import select

from ocgboard.core import agencies, board
from ocgboard.store.models import Person


def people(store) -> list[str]:
    with store.reader() as s:
        return sorted(p.name for p in s.scalars(select(Person).where(~Person.deleted)))


def test_the_operator_becomes_a_person_once(store):
    with store.session("Chair") as s:
        board.init(s, "Test Board", operator="Supt Gary Marsh")
    with store.session("Supt Gary Marsh") as s:
        board.init(s, "Test Board", area="Northshire", operator="Supt Gary Marsh")
        assert board.operator_person(s).name == "Supt Gary Marsh"
    assert people(store) == ["Supt Gary Marsh"]


def test_a_person_of_that_name_already_on_the_board_is_the_operator(store):
    with store.session("Chair") as s:
        known = agencies.add_person(s, "Supt Gary Marsh", "Police").id
        board.init(s, "Test Board", operator="supt  gary marsh")
    with store.reader() as s:
        assert board.operator_person(s).id == known
    assert people(store) == ["Supt Gary Marsh"]


def test_correcting_the_operators_name_corrects_the_person(store):
    with store.session("Chair") as s:
        board.init(s, "Test Board", operator="Supt Gary Marhs")
        board.init(s, "Test Board", operator="Supt Gary Marsh")
    assert people(store) == ["Supt Gary Marsh"]


def test_no_operator_no_person(store):
    with store.reader() as s:
        assert board.operator_person(s) is None
    assert people(store) == []
