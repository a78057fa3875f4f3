"""Pattern families of the extractor, on sentences written for these tests."""

import datetime as dt

import pytest

from kg.loaders.extract import EXTRACTOR_VERSION, extract
from kg.loaders.sources import Document

PUB = dt.date(2024, 6, 14)  # a Friday


def run(text, pub=PUB):
    doc = Document(id="t", title=None, published=pub, url=None, publisher=None, text=text, path=None)
    return extract(doc)


def brief(facts):
    return {(f["kind"], f["subject"], f["object"], f["action"], f["designation"] or f["policy"], f["date"]) for f in facts}


def test_version_string():
    assert EXTRACTOR_VERSION.startswith("kg-patterns/")


# ------------------------------------------------------------------ membership
@pytest.mark.parametrize("text, expected", [
    ("Portugal joined the OECD on Thursday.", {("membership_change", "PRT", "OECD", "joined", None, "2024-06-13")}),
    ("Kenya became the 40th member of the Council of Europe on May 2, 2024.",
     {("membership_change", "KEN", "COE", "joined", None, "2024-05-02")}),
    ("Chile left the Organization of American States yesterday.",
     {("membership_change", "CHL", "OAS", "left", None, "2024-06-13")}),
    ("Peru and Ecuador formally applied to join the OECD on Monday.",
     {("membership_change", "PER", "OECD", "applied", None, "2024-06-10"),
      ("membership_change", "ECU", "OECD", "applied", None, "2024-06-10")}),
    ("The African Union suspended Gabon on Wednesday after the coup.",
     {("membership_change", "GAB", "AU", "suspended", None, "2024-06-12")}),
    ("Bolivia was suspended from Mercosur on Tuesday.",
     {("membership_change", "BOL", "MERCOSUR", "suspended", None, "2024-06-11")}),
])
def test_membership(text, expected):
    assert brief(run(text)) == expected


def test_announced_withdrawal_counts_as_leaving():
    facts = run("Nicaragua said on Wednesday it would withdraw from UNESCO.")
    assert brief(facts) == {("membership_change", "NIC", "UNESCO", "left", None, "2024-06-12")}
    facts = run("Honduras will leave the World Health Organization, its foreign minister announced on Monday.")
    assert brief(facts) == {("membership_change", "HND", "WHO", "left", None, "2024-06-10")}


def test_order_withdrawing_a_state():
    facts = run("The president signed a decree on Tuesday withdrawing Venezuela from the OAS.")
    assert brief(facts) == {("membership_change", "VEN", "OAS", "left", None, "2024-06-11")}


def test_three_states_leave_one_bloc():
    facts = run("Chad, Sudan and Eritrea left the African Union on March 3, 2024.")
    assert {f["subject"] for f in facts} == {"TCD", "SDN", "ERI"}
    assert {f["date"] for f in facts} == {"2024-03-03"}


# ------------------------------------------------------------------ traps
@pytest.mark.parametrize("text", [
    "Norway has no plans to leave the European Free Trade Association.",
    "Parliament urged the government to leave the Council of Europe.",
    "Georgia could one day be invited to join NATO.",
    "Armenia may leave the CSTO if the alliance fails to act.",
    "Will Serbia join the European Union?",
    "If Moldova applies to join NATO, Moscow will respond.",
    "Uruguay did not join BRICS and refused to apply.",
    "Kazakhstan is expected to join the WTO next year.",
    "Officials are considering whether to sanction Venezuela.",
    "Lawmakers called on the State Department to designate Nicaragua a state sponsor of terrorism.",
    "Ukraine wants to join NATO.",
    "Finland, which had joined the alliance, hosted the talks.",
])
def test_traps_yield_nothing(text):
    assert run(text) == []


# ------------------------------------------------------------------ sanctions
@pytest.mark.parametrize("text, expected", [
    ("Canada imposed new sanctions on Belarus on Thursday.",
     {("sanction_change", "CAN", "BLR", "imposed", None, "2024-06-13")}),
    ("The European Union adopted its 14th package of sanctions against Russia on June 24, 2024.",
     {("sanction_change", "EU", "RUS", "imposed", None, "2024-06-24")}),
    ("Australia lifted its remaining sanctions on Fiji on Monday.",
     {("sanction_change", "AUS", "FJI", "lifted", None, "2024-06-10")}),
    ("Japan sanctioned three North Korean officials last month.",
     {("sanction_change", "JPN", "PRK", "imposed", None, "2024-05")}),
    ("Washington ended the Myanmar sanctions program on Tuesday.",
     {("sanction_change", "USA", "MMR", "lifted", None, "2024-06-11")}),
])
def test_sanctions(text, expected):
    assert brief(run(text)) == expected


def test_sanctions_passive_with_agent():
    facts = run("Sanctions on Zimbabwe were lifted by the United States on Wednesday.")
    assert brief(facts) == {("sanction_change", "USA", "ZWE", "lifted", None, "2024-06-12")}


# ------------------------------------------------------------------ designations
@pytest.mark.parametrize("text, expected", [
    ("The State Department designated Eritrea a country of particular concern on Monday.",
     {("designation_change", "USA", "ERI", "assigned", "country of particular concern", "2024-06-10")}),
    ("Washington removed Iraq from the list of state sponsors of terrorism on Wednesday.",
     {("designation_change", "USA", "IRQ", "removed", "state sponsor of terrorism", "2024-06-12")}),
    ("The Treasury labelled Vietnam a currency manipulator on Tuesday, the State Department said.",
     {("designation_change", "USA", "VNM", "assigned", "currency manipulator", "2024-06-11")}),
    ("EU leaders granted Moldova candidate status on Thursday.",
     {("designation_change", "EU", "MDA", "assigned", "candidate country", "2024-06-13")}),
    ("The United States rescinded Libya's designation as a state sponsor of terrorism on May 15, 2006.",
     {("designation_change", "USA", "LBY", "removed", "state sponsor of terrorism", "2006-05-15")}),
])
def test_designations(text, expected):
    assert brief(run(text)) == expected


def test_designation_passive_uses_the_labels_designator():
    facts = run("Syria was added to the list of state sponsors of terrorism on December 29, 1979.")
    assert brief(facts) == {("designation_change", "USA", "SYR", "assigned", "state sponsor of terrorism", "1979-12-29")}


def test_designation_passive_nominalisation():
    facts = run("Yemen's designation as a state sponsor of terrorism was rescinded by Washington on Monday.")
    assert brief(facts) == {("designation_change", "USA", "YEM", "removed", "state sponsor of terrorism", "2024-06-10")}


def test_negated_designation_is_dropped():
    assert run("The State Department did not designate Cuba a country of particular concern this year.") == []


# ------------------------------------------------------------------ policies
def test_policy_with_two_designations():
    facts = run("Canada's Defence Policy Review, released on Monday, calls Russia an enduring threat "
                "and describes China as a disruptive challenge.")
    assert brief(facts) == {
        ("policy_issued", "CAN", None, "issued", "Defence Policy Review", "2024-06-10"),
        ("designation_change", "CAN", "RUS", "assigned", "enduring threat", "2024-06-10"),
        ("designation_change", "CAN", "CHN", "assigned", "disruptive challenge", "2024-06-10"),
    }


def test_policy_lower_case_title_and_relative_clause():
    facts = run("On March 2, 2024, the Australian government published a new national defence strategy "
                "that names China the principal strategic competitor.")
    assert ("policy_issued", "AUS", None, "issued", "National Defence Strategy", "2024-03-02") in brief(facts)
    assert ("designation_change", "AUS", "CHN", "assigned", "strategic competitor", "2024-03-02") in brief(facts)


# ------------------------------------------------------------------ reactions
def test_reaction_to_previous_fact():
    facts = run("Britain imposed sanctions on Iran on Monday. Tehran condemned the decision.")
    assert ("reaction", "IRN", "GBR", "negative", None, "2024-06-14") in brief(facts)


def test_reaction_with_explicit_object_and_passive_reaction():
    facts = run("Poland welcomed Ukraine's application on Monday.")
    assert brief(facts) == {("reaction", "POL", "UKR", "positive", None, "2024-06-10")}
    facts = run("Slovenia joined the OECD on Friday, a move welcomed by Croatia.")
    assert ("reaction", "HRV", "SVN", "positive", None, "2024-06-14") in brief(facts)


def test_reaction_needs_an_actor_reacted_to():
    assert run("Rights groups condemned the decision.") == []
    assert run("Egypt condemned the violence.") == []


# ------------------------------------------------------------------ documents
def test_dedupe_keeps_best_dated_mention():
    text = ("Estonia joined the OECD on December 9, 2010. The accession of Estonia was celebrated. "
            "Estonia joined the OECD after years of reforms.")
    facts = run(text, pub=dt.date(2010, 12, 10))
    assert [(f["subject"], f["date"]) for f in facts] == [("EST", "2010-12-09")]


def test_span_and_evidence():
    text = "Intro line here.\n\nMontenegro joined the WTO on April 29, 2012."
    (fact,) = run(text)
    s, e = fact["span"]
    assert text[s:e] == fact["evidence"] == "Montenegro joined the WTO on April 29, 2012."
    assert fact["source"] == "t" and 0 < fact["confidence"] <= 1


def test_leader_term_dates_the_mention():
    text = "Donald Trump withdrew the United States from UNESCO on Thursday."
    assert run(text, pub=dt.date(2017, 10, 13))[0]["subject"] == "USA"


def test_curly_possessive_and_demonym_subject():
    facts = run("Russian officials welcomed Hungary’s decision on Monday.")
    assert brief(facts) == {("reaction", "RUS", "HUN", "positive", None, "2024-06-10")}


def test_no_publication_date_leaves_relative_dates_null():
    (fact,) = run("Panama joined the OAS on Tuesday.", pub=None)
    assert fact["date"] is None


def test_gazetteer_from_a_fixture_directory(tmp_path):
    from kg.loaders.gazetteer import Gazetteer, read_tables

    (tmp_path / "states.csv").write_text(
        "id,iso2,name,official_name,aliases,demonyms,capital,wikidata,un_status\n"
        "ARG,AR,Argentina,Argentine Republic,,Argentine|Argentinian,Buenos Aires,Q414,member\n"
        "USA,US,United States,,U.S.|US,American,Washington,Q30,member\n", encoding="utf-8")
    (tmp_path / "organizations.csv").write_text(
        "id,name,aliases,kind,seat,wikidata\nWHO,World Health Organization,WHO,organization,Geneva,\n", encoding="utf-8")
    (tmp_path / "organs.csv").write_text("name,actor,context\nTreasury,USA,ambiguous\nCasa Rosada,ARG,\n", encoding="utf-8")
    (tmp_path / "leaders.csv").write_text(
        "name,aliases,state,role,start,end\nJavier Milei,Milei,ARG,head_of_state,2023-12-10,\n", encoding="utf-8")
    gaz = Gazetteer(read_tables(tmp_path))
    found = lambda text, when=None: [(text[m.start:m.end], m.actor) for m in gaz.find(text, when)]  # noqa: E731
    assert found("The Treasury acted.") == []  # ambiguous organ without its state named
    assert found("The Treasury acted in line with U.S. law.") == [("Treasury", "USA"), ("U.S.", "USA")]
    assert found("Milei spoke.", dt.date(2022, 1, 1)) == []  # before the term
    assert found("President Javier Milei's spokesman spoke.", dt.date(2025, 2, 5)) == [("Javier Milei", "ARG")]
    assert found("Argentine officials and the Casa Rosada agreed.") == [("Argentine officials", "ARG"), ("Casa Rosada", "ARG")]
