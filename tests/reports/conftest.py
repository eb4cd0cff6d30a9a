"""A small demo board with a meeting whose pack is printed once per test session.

The board gets what the pack must handle with care: a threat whose summary
and one member are not for dissemination (with distinctive words, so a leak
would show), members whose names need more than Latin-1 (Łukasz, Ștefan,
Đorđević, Ó Súilleabháin), and free text naming the secret member.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pypdf import PdfReader

from ocgboard.core import (
    agencies,
    agenda,
    demo,
    disruptions,
    lookup,
    meetings,
    members,
    plans,
    setup,
)
from ocgboard.core import register as threats
from ocgboard.reports import pack, period
from ocgboard.store.models import Meeting
from tests.conftest import TODAY
from tests.core.withheld.leaks import CORPUS, pool_spellings

SECRET_REF = "OCG 05/09999"
SECRET_NAME = "Harbour Lane network"
SECRET_MEMBER = "Quillon Vantablack"
SECRET_ALIAS = "Zephyrine"
SECRET_SUMMARY = "Marigold informant reports the Kestrel lock-up holds the group's firearms."
UNICODE_MEMBERS = ("Łukasz Wróblewski", "Ștefan Drăgulescu", "Milan Đorđević",
                   "Siobhán Ó Súilleabháin")
LA_ONLY_ACTION = "Local Authority to audit the Harbour Lane lock-ups under licence conditions"
RECIPIENT = "Ștefan Ionescu"
SECOND_RECIPIENT = "Aoife Brennan"
LEAKS_REF = "OCG 05/09998"
# Notes on a disseminable threat that their author marked board only.
BOARD_ONLY_UPDATE = "Covert deployment at the Wharfinger Arms approved by the SIO"
BOARD_ONLY_DISRUPTION = "Larkspur handler's tip-off led to the seizure"
POOL_SPELLINGS = pool_spellings(12)  # 12 people of the demo's pool, every form of each


@dataclass
class Printed:
    path: Path
    reader: PdfReader
    pages: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.pages)


# A Priority Individual not for dissemination: the threat's name is a person's.
SECRET_PI = "Radomir Vukašinović"
SECRET_PI_REF = "PI 05/00777"


def read(path: Path) -> Printed:
    reader = PdfReader(str(path))
    return Printed(path, reader, [p.extract_text() for p in reader.pages])


def add_secrets(session) -> None:
    threat = threats.add(session, SECRET_REF, SECRET_NAME, today=TODAY, mapped_on="2025-03-01",
                         band="2A", summary=SECRET_SUMMARY, disseminable=False,
                         lro_id="Jun Zhou", threat_areas="Drug Supply")
    members.add(session, threat, SECRET_MEMBER, aliases=[SECRET_ALIAS],
                standing="Principal Subject", disseminable=False, today=TODAY)
    for name in UNICODE_MEMBERS:
        members.add(session, threat, name, standing="Significant Group Member",
                    disseminable=True, today=TODAY)
    police = plans.add_from_tactic(session, threat, lookup.tactic(session, "PUR-03"),
                                   due_on="2026-10-01", today=dt.date(2026, 9, 1))
    # Shared by their author, although the threat is not disseminable: the redactor's work.
    plans.change_status(session, police, "in progress",
                        f"Visited {SECRET_MEMBER} at home; {SECRET_ALIAS} was present.",
                        on="2026-11-05", today=TODAY, board_only=False)
    plans.add_free(session, threat, LA_ONLY_ACTION, "Protect", owner="Local Authority",
                   due_on="2027-02-01", today=dt.date(2026, 9, 1))
    disruptions.add(session, threat, agency="Police", strand="Pursue", level="moderate",
                    justification=f"Search warrant at {SECRET_MEMBER}'s address; cash seized.",
                    on="2026-11-01", action=police, today=TODAY, board_only=False)
    agencies.add_person(session, RECIPIENT, agency="Police", role="Detective Inspector")
    agencies.add_person(session, SECOND_RECIPIENT, agency="Local Authority",
                        role="Community Safety Manager")
    add_leaked_spellings(session)
    individual = threats.add(session, SECRET_PI_REF, SECRET_PI, kind="Priority Individual",
                             today=TODAY, mapped_on="2025-06-01", disseminable=False)
    plans.add_from_tactic(session, individual, lookup.tactic(session, "PUR-08"),
                          due_on="2027-01-15", today=dt.date(2026, 9, 1))


def add_leaked_spellings(session) -> None:
    """Every spelling that ever leaked (leaks.py), each as a Police action's text on a
    threat of its own, its person a withheld member of it."""
    threat = threats.add(session, LEAKS_REF, "Dockside crew", today=TODAY,
                         mapped_on="2025-04-01", band="2B", disseminable=True)
    people: dict[str, list[str]] = {}
    for name, aliases, _text in CORPUS:
        people.setdefault(name, []).extend(a for a in aliases if a not in people.get(name, []))
    for name, aliases in people.items():
        members.add(session, threat, name, aliases=aliases, standing="Significant Group Member",
                    disseminable=False, today=TODAY)
    for _name, _aliases, text in CORPUS:
        made = plans.add_free(session, threat, text, "Pursue", owner="Police",
                              due_on="2027-01-10", today=dt.date(2026, 9, 1))
    plans.change_status(session, made, "agreed", BOARD_ONLY_UPDATE, on="2026-11-06",
                        today=TODAY, board_only=True)
    disruptions.add(session, threat, agency="Police", strand="Pursue", level="minor",
                    justification=BOARD_ONLY_DISRUPTION, on="2026-11-02", action=made,
                    today=TODAY, board_only=True)
    # People of the demo's pool, each withheld, each in every form in one action's text.
    drawn: dict[str, list[str]] = {}
    for name, _aliases, text in POOL_SPELLINGS:
        drawn.setdefault(name, []).append(text)
    for name, texts in drawn.items():
        members.add(session, threat, name, standing="Peripheral Subject", disseminable=False,
                    today=TODAY)
        plans.add_free(session, threat, "; ".join(texts), "Prevent", owner="Police",
                       due_on="2027-01-10", today=dt.date(2026, 9, 1))


@pytest.fixture(scope="session")
def board(tmp_path_factory):
    """The store and the id of the planned meeting (3 Dec 2026) with the secret threat on it."""
    folder = tmp_path_factory.mktemp("pack-board")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("OCGBOARD_HOME", str(folder / "home"))
        store = setup.open_board(str(folder / "board.sqlite"))
        with store.session("Chair") as s:
            demo.generate(s, "small", today=TODAY)
            add_secrets(s)
            meeting = meetings.get(s, "2026-12-03")
            agenda.add_item(s, meeting, "threat review", threat=SECRET_REF, position=5)
            agenda.add_item(s, meeting, "threat review", threat=SECRET_PI_REF, position=6)
            agenda.add_item(s, meeting, "threat review", threat=LEAKS_REF, position=7)
            meeting_id = meeting.id
        yield store, meeting_id, folder
        store.close()


def print_pack(board, name: str, **options) -> Printed:
    store, meeting_id, folder = board
    target = folder / f"{name}.pdf"
    with store.session("Chair") as s:
        meeting = s.get(Meeting, meeting_id)
        pack.build(s, meeting, target, today=TODAY, **options)
    return read(target)


@pytest.fixture(scope="session")
def chair_pack(board) -> Printed:
    return print_pack(board, "chair")


@pytest.fixture(scope="session")
def partner_pack(board) -> Printed:
    return print_pack(board, "partner", variant="partner", copy_for=RECIPIENT)


@pytest.fixture(scope="session")
def agency_pack(board) -> Printed:
    return print_pack(board, "agency", variant="agency", agency="Police")


@pytest.fixture(scope="session")
def period_report(board) -> Printed:
    store, _, folder = board
    target = folder / "period.pdf"
    with store.session("Chair") as s:
        period.build(s, target, "2026-05-24", "2026-11-23", today=TODAY)
    return read(target)
