import json

import pytest

from ocgboard.cli import main


class Runner:
    def __init__(self, capsys, db_path):
        self.capsys = capsys
        self.db_path = db_path

    def __call__(self, *argv, author: str = "Chair"):
        code = main(["--db", str(self.db_path), "--author", author, *argv])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *argv):
        code, out, err = self(*argv, "--json")
        assert code == 0, err
        return json.loads(out)


@pytest.fixture
def cli(capsys, db_path):
    return Runner(capsys, db_path)


@pytest.fixture
def board_cli(cli):
    """A named board with one threat and one action on its plan."""
    assert cli("init", "--board", "Northshire Board", "--area", "Northshire")[0] == 0
    assert cli("person", "add", "DI Ayesha Khan", "--agency", "Police")[0] == 0
    assert cli("ocg", "add", "OCG 05/00283", "--name", "Hartley Road network",
               "--mapped", "2024-01-10", "--band", "2B", "--lro", "DI Ayesha Khan")[0] == 0
    assert cli("plan", "add", "OCG 05/00283", "--tactic", "PUR-03", "--due", "2027-01-31")[0] == 0
    return cli
