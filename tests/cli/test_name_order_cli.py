"""The command line lists people, agencies and members as a person looks for them."""

from __future__ import annotations

import pytest

from ocgboard.core import collation

NAMES = ["Zubair Ahmed", "Ó Súilleabháin Niamh", "de la Cruz Maria", "Đorđević Marko",
         "adams Tom", "Evans Rhys", "Cole Amy"]
IN_ORDER = ["adams Tom", "Cole Amy", "de la Cruz Maria", "Đorđević Marko", "Evans Rhys",
            "Ó Súilleabháin Niamh", "Zubair Ahmed"]


@pytest.fixture(autouse=True)
def plain_locale(monkeypatch):
    monkeypatch.setattr(collation, "_collate", lambda: None)


def test_people_are_listed_with_their_letter(cli):
    assert cli("init", "--board", "Northshire Board", "--area", "Northshire")[0] == 0
    for name in NAMES:
        assert cli("person", "add", name)[0] == 0
    listed = [row["name"] for row in cli.json("person", "list")]
    assert [n for n in listed if n in NAMES] == IN_ORDER
    code, out, _err = cli("person", "list")
    assert code == 0
    shown = [n for line in out.splitlines() for n in NAMES if line.startswith(n)]
    assert shown == IN_ORDER


def test_agencies_and_members_are_listed_with_their_letter(cli):
    assert cli("init", "--board", "Northshire Board", "--area", "Northshire")[0] == 0
    for agency in ("Ōtautahi Trust", "école Saint-Marc", "Dundee Council"):
        assert cli("agency", "add", agency)[0] == 0
    names = [row["name"] for row in cli.json("agency", "list")]
    assert names.index("Dundee Council") < names.index("école Saint-Marc") < \
        names.index("Ōtautahi Trust") < names.index("Police")
    assert cli("ocg", "add", "OCG 05/00283", "--name", "Hartley Road network")[0] == 0
    for name in NAMES:
        assert cli("member", "add", "OCG 05/00283", "--name", name)[0] == 0
    assert [row["name"] for row in cli.json("member", "list", "OCG 05/00283")] == IN_ORDER
