"""`ocgboard control`: the strategy in force, its must-win battles, a new one adopted."""

from __future__ import annotations

SEEDED = "Interim Strategic Assessment; Control Strategy May 2024"


def init(cli):
    assert cli("init", "--board", "Northshire Board", "--area", "Northshire")[0] == 0


def test_show_prints_seed_002_grouped_with_numbered_battles(cli):
    init(cli)
    code, out, err = cli("control", "show")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == f"{SEEDED} (adopted 1 May 2024)"
    assert "Themes: Exploitation of the Vulnerable; Domination of Communities; " \
           "Undermining of the UK Economy" in lines
    at = lines.index("Commodity")
    assert lines[at + 1:at + 6] == [
        "  3. County Lines (force-led, ROCU-assisted)",
        "     1. Common minimum standards to responding to Exploitation risk",
        "  4. Drug Supply (force-led, ROCU-assisted)",
        "     1. Develop mid-market supply intelligence",
        "     2. Disrupt the middle market"]
    assert lines[-1] == ("Local priorities: MSHT (facilitated by OIC); County Lines & Drugs "
                         "Supply; CSAE; Cyber Dependent Crime; Fraud")


def test_show_json_gives_the_areas_battles_and_priorities(cli):
    init(cli)
    data = cli.json("control", "show")
    assert data["title"] == SEEDED and data["in_force"] and data["superseded_on"] is None
    assert data["adopted_on"] == "2024-05-01"
    assert [a["name"] for a in data["areas"]] == [
        "SOC Consistency", "Prison-related SOC", "County Lines", "Drug Supply",
        "CSAE (organised / online)", "MSHT", "OIC", "Cyber Crime", "Fraud"]
    assert [len(a["battles"]) for a in data["areas"]] == [3, 1, 1, 2, 1, 1, 2, 1, 2]
    assert data["areas"][8]["management_model"] == "nationally-led"
    assert len(data["priorities"]) == 5


def test_battles_are_added_reworded_and_withdrawn(cli):
    init(cli)
    code, out, err = cli("control", "battle", "add", "County Lines", "Safeguard the runners")
    assert (code, out) == (0, "must-win battle 2 added to County Lines\n"), err
    code, out, _ = cli("control", "battle", "edit", "county lines", "2",
                       "Safeguard every runner found")
    assert out == "must-win battle 2 of County Lines reworded\n"
    code, out, _ = cli("control", "battle", "withdraw", "3", "1")
    assert out == ("must-win battle 1 of County Lines withdrawn: 'Common minimum standards to "
                   "responding to Exploitation risk'\n")
    battles = cli.json("control", "show")["areas"][2]["battles"]
    assert [(b["number"], b["text"]) for b in battles] == [(1, "Safeguard every runner found")]


def test_mistakes_are_one_line_and_change_nothing(cli):
    init(cli)
    before = cli.json("control", "show")
    code, out, err = cli("control", "battle", "add", "Firearms", "Seize the guns")
    assert code != 0 and out == "" and err.count("\n") == 1
    assert err.startswith("ocgboard: error: no threat area 'Firearms' in the control strategy")
    code, _, err = cli("control", "battle", "edit", "OIC", "9", "Nothing")
    assert code != 0 and err == "ocgboard: error: OIC has no must-win battle 9 (it has 2)\n"
    code, _, err = cli("control", "adopt", "--title", "Old", "--date", "2023-01-01")
    assert code != 0 and "must be after 1 May 2024" in err
    assert cli.json("control", "show") == before


def test_adopt_keeps_the_old_and_show_says_which_was_in_force(cli):
    init(cli)
    code, out, err = cli("control", "adopt", "--title", "Control Strategy 2026",
                         "--date", "1/6/2026")
    assert (code, out) == (0, "control strategy 'Control Strategy 2026' adopted, in force "
                              "from 1 Jun 2026\n"), err
    assert cli.json("control", "show")["title"] == "Control Strategy 2026"
    earlier = cli.json("control", "show", "--on", "2025-12-31")
    assert (earlier["title"], earlier["superseded_on"]) == (SEEDED, "2026-06-01")
    assert not earlier["in_force"]
    listed = cli.json("control", "show", "--all")
    assert [(s["title"], s["superseded_on"]) for s in listed] == [
        (SEEDED, "2026-06-01"), ("Control Strategy 2026", None)]
    code, out, _ = cli("control", "show", "--all")
    assert out == f"1 May 2024 until 1 Jun 2026: {SEEDED}\n1 Jun 2026: Control Strategy 2026\n"
    code, _, err = cli("control", "show", "--on", "2020-01-01")
    assert code != 0 and err == "ocgboard: error: no control strategy was in force on " \
                                "1 Jan 2020\n"


def test_coverage_per_threat_area(cli):
    init(cli)
    assert cli("ocg", "add", "OCG 05/00283", "--name", "Hartley Road network",
               "--mapped", "2024-01-10", "--areas", "county lines")[0] == 0
    assert cli("plan", "add", "OCG 05/00283", "--tactic", "PUR-03", "--due",
               "2026-11-01")[0] == 0
    data = cli.json("control", "coverage", "--to", "2026-11-23")
    assert (data["from"], data["to"]) == ("2026-05-24", "2026-11-23")
    county = data["areas"][2]
    assert (county["name"], county["threats"], county["open_actions"], county["overdue"],
            county["strands"]) == ("County Lines", 1, 1, 1, ["Pursue"])
    code, out, err = cli("control", "coverage")
    assert code == 0, err
    assert out.startswith("Coverage, ") and "County Lines" in out
