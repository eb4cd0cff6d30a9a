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
    assert lines[-1] == ("Local priorities: 1. MSHT (facilitated by OIC); 2. County Lines & "
                         "Drugs Supply; 3. CSAE; 4. Cyber Dependent Crime; 5. Fraud")


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


def test_an_areas_model_group_and_theme_are_changed_but_not_its_name(cli):
    init(cli)
    code, out, err = cli("control", "area", "edit", "OIC", "--model", "Force-led",
                         "--theme", "exploitation of the vulnerable")
    assert (code, out) == (0, "threat area OIC changed: force-led, group Vulnerability, "
                              "theme Exploitation of the Vulnerable\n"), err
    code, out, _ = cli("control", "area", "edit", "7", "--group", "Prosperity", "--theme", "")
    assert out == "threat area OIC changed: force-led, group Prosperity, theme none\n"
    oic = cli.json("control", "show")["areas"][6]
    assert (oic["name"], oic["management_model"], oic["group"], oic["theme"]) == (
        "OIC", "force-led", "Prosperity", None)
    code, _, err = cli("control", "area", "edit", "OIC", "--name", "Smuggling")
    assert code != 0 and err.count("\n") == 1 and "--name" in err


def test_priorities_are_added_reworded_and_withdrawn(cli):
    init(cli)
    code, out, err = cli("control", "priority", "add", "Firearms supply")
    assert (code, out) == (0, "local priority 6 added\n"), err
    code, out, _ = cli("control", "priority", "edit", "cyber dependent crime", "Cyber crime")
    assert out == "local priority 4 reworded\n"
    code, out, _ = cli("control", "priority", "withdraw", "1")
    assert out == "local priority 1 withdrawn: 'MSHT (facilitated by OIC)'\n"
    assert cli.json("control", "show")["priorities"] == [
        "County Lines & Drugs Supply", "CSAE", "Cyber crime", "Fraud", "Firearms supply"]
    assert cli("control", "show")[1].splitlines()[-1] == (
        "Local priorities: 1. County Lines & Drugs Supply; 2. CSAE; 3. Cyber crime; "
        "4. Fraud; 5. Firearms supply")


def test_the_strategys_title_aim_and_themes_are_changed(cli):
    init(cli)
    code, out, err = cli("control", "edit", "--title", "Control Strategy 2026",
                         "--themes", "Exploitation of the Vulnerable; Harm to the economy")
    assert (code, out) == (0, "control strategy 'Control Strategy 2026': title and themes "
                              "changed\n"), err
    code, out, _ = cli("control", "edit", "--aim", "")
    assert out == "control strategy 'Control Strategy 2026': aim changed\n"
    data = cli.json("control", "show")
    assert (data["title"], data["aim"], data["themes"]) == (
        "Control Strategy 2026", None, ["Exploitation of the Vulnerable", "Harm to the economy"])
    assert cli("control", "edit", "--themes", "")[0] == 0
    assert cli.json("control", "show")["themes"] == []


def test_bad_edits_are_one_line_and_change_nothing(cli):
    init(cli)
    before = cli.json("control", "show")
    for args, says in [
        (("area", "edit", "OIC", "--model", "county-led"),
         "management model 'county-led' is not one of: force-led"),
        (("area", "edit", "OIC"), "say what to change: --model, --group or --theme"),
        (("area", "edit", "OIC", "--theme", "Cyber"), "'Cyber' is not a theme of the control "
                                                      "strategy"),
        (("priority", "add", "csae"), "the control strategy already has the local priority "
                                      "'CSAE'"),
        (("priority", "add", "x" * 301), "the local priority is 301 characters long"),
        (("priority", "edit", "9", "Nothing"), "the control strategy has no local priority 9 "
                                               "(it has 5)"),
        (("priority", "withdraw", "Firearms"), "no local priority 'Firearms'"),
        (("edit",), "say what to change: --title, --aim or --themes"),
        (("edit", "--title", " "), "the strategy's title must not be empty"),
        (("edit", "--themes", "Harm; ; Greed"), "theme 2 must not be empty"),
        (("edit", "--themes", "Harm; harm"), "the theme 'harm' is listed twice"),
    ]:
        code, out, err = cli("control", *args)
        assert code != 0 and out == "" and err.count("\n") == 1, (args, err)
        assert err.startswith(f"ocgboard: error: {says}"), (args, err)
    assert cli.json("control", "show") == before


def test_edits_reach_the_newest_strategy_and_the_superseded_one_stays_as_it_was(cli):
    init(cli)
    assert cli("control", "adopt", "--title", "Control Strategy 2026", "--date",
               "2026-06-01")[0] == 0
    assert cli("control", "priority", "add", "Firearms supply")[0] == 0
    assert cli("control", "area", "edit", "OIC", "--model", "force-led")[0] == 0
    assert cli("control", "edit", "--aim", "")[0] == 0
    old = cli.json("control", "show", "--on", "2025-01-01")
    assert old["title"] == SEEDED and old["aim"].startswith("Effectively")
    assert "Firearms supply" not in old["priorities"]
    assert old["areas"][6]["management_model"] == "regionally-led"
    new = cli.json("control", "show", "--on", "2026-06-01")
    assert new["aim"] is None and new["priorities"][-1] == "Firearms supply"
