from ocgboard.core import plural


def test_a_count_says_its_noun_in_the_singular_only_for_one():
    assert plural.count(1, "threat") == "1 threat"
    assert [plural.count(n, "threat") for n in (0, 2)] == ["0 threats", "2 threats"]
    assert plural.count(1204, "action") == "1,204 actions"
    assert plural.count(1, "apology", "apologies") == "1 apology"
    assert plural.count(3, "apology", "apologies") == "3 apologies"
    assert (plural.noun(1, "place"), plural.noun(2, "place")) == ("place", "places")


def test_a_name_ending_in_s_takes_the_apostrophe_alone():
    assert plural.possessive("Police") == "Police's"
    assert plural.possessive("Department for Work and Pensions") == (
        "Department for Work and Pensions'")
    assert plural.possessive("HM Revenue & Customs") == "HM Revenue & Customs'"
