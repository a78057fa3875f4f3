"""Pattern families of the extractor, on sentences written for these tests."""

import datetime as dt

import pytest

from kg.loaders.extract import EXTRACTOR_VERSION, extract
from kg.loaders.gazetteer import default_gazetteer
from kg.loaders.sources import Document

PUB = dt.date(2024, 6, 14)  # a Friday


def run(text, pub=PUB, title=None):
    doc = Document(id="t", title=title, published=pub, url=None, publisher=None, text=text, path=None)
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
    # a numbered package is also a document the EU issues (test_numbered_sanctions_packages_are_documents)
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
    assert ("designation_change", "AUS", "CHN", "assigned", "principal strategic competitor", "2024-03-02") in brief(facts)


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


# ------------------------------------------------------------------ actors
def test_collective_actor_nouns():
    facts = run("European lawmakers on Tuesday declared Iran a state sponsor of terrorism.")
    assert brief(facts) == {("designation_change", "EU", "IRN", "assigned", "state sponsor of terrorism", "2024-06-11")}
    facts = run("West African leaders eased sanctions on Guinea on Sunday.")
    assert brief(facts) == {("sanction_change", "ECOWAS", "GIN", "lifted", None, "2024-06-09")}


def test_default_designator_only_without_any_actor():
    facts = run("On Monday the new administration put Syria back on the terrorism list.")
    assert {(f["subject"], f["object"]) for f in facts} == {("USA", "SYR")}
    # an actor stands before the trigger but is not linked to it: no US default
    assert run("Deputies close to the European Parliament declared Belarus a state sponsor of terrorism.") == []


def test_dateline_city_gives_the_government():
    facts = run("OSLO - The government's new Arctic Strategy, released on Wednesday, names Russia the main threat.")
    assert ("policy_issued", "NOR", None, "issued", "Arctic Strategy", "2024-06-12") in brief(facts)
    assert ("designation_change", "NOR", "RUS", "assigned", "main threat", "2024-06-12") in brief(facts)


# ------------------------------------------------------------------ sanctions, more forms
@pytest.mark.parametrize("text, expected", [
    ("Canada on Wednesday slapped fresh sanctions on Russian energy firms.",
     {("sanction_change", "CAN", "RUS", "imposed", None, "2024-06-12")}),
    ("Britain reinstated sanctions on Syria's central bank on Monday.",
     {("sanction_change", "GBR", "SYR", "imposed", None, "2024-06-10")}),
    ("Australia restored its sweeping economic sanctions against Moscow on Thursday.",
     {("sanction_change", "AUS", "RUS", "imposed", None, "2024-06-13")}),
    ("Japan and South Korea eased sanctions that had crippled Myanmar's economy on Monday.",
     {("sanction_change", "JPN", "MMR", "lifted", None, "2024-06-10"),
      ("sanction_change", "KOR", "MMR", "lifted", None, "2024-06-10")}),
    ("Nicaragua was hit with new sanctions by the United States on Tuesday.",
     {("sanction_change", "USA", "NIC", "imposed", None, "2024-06-11")}),
    ("European Union sanctions on Belarus came back into force on Tuesday.",
     {("sanction_change", "EU", "BLR", "imposed", None, "2024-06-11")}),
    ("Germany's cabinet voted on Wednesday to lift sanctions against Cuba.",
     {("sanction_change", "DEU", "CUB", "lifted", None, "2024-06-12")}),
    ("Norway retaliated on Monday, imposing sanctions on Belarus.",
     {("sanction_change", "NOR", "BLR", "imposed", None, "2024-06-10")}),
    # (an order with no title names no document)
    ("President Joe Biden signed an executive order on Tuesday scrapping the sanctions programme against Burundi.",
     {("sanction_change", "USA", "BDI", "lifted", None, "2024-06-11")}),
])
def test_sanctions_more_forms(text, expected):
    assert brief(run(text)) == expected


# ------------------------------------------------------------------ membership, more forms
@pytest.mark.parametrize("text, expected", [
    ("Sweden has become a full member of the OECD, the organisation said on Thursday.",
     {("membership_change", "SWE", "OECD", "joined", None, "2024-06-13")}),
    ("The juntas of Chad and Sudan said on Sunday they were pulling out of the African Union.",
     {("membership_change", "TCD", "AU", "left", None, "2024-06-09"),
      ("membership_change", "SDN", "AU", "left", None, "2024-06-09")}),
    ("The Council of Europe suspended Belarus from the OSCE on Monday.",
     {("membership_change", "BLR", "OSCE", "suspended", None, "2024-06-10")}),
    ("The withdrawal of Burundi from the ICC took effect on Friday.",
     {("membership_change", "BDI", "ICC", "left", None, "2024-06-14")}),
    ("Paraguay's suspension from Mercosur became indefinite on Tuesday.",
     {("membership_change", "PRY", "MERCOSUR", "suspended", None, "2024-06-11")}),
    ("Chile's decision on Monday to leave the OAS surprised diplomats.",
     {("membership_change", "CHL", "OAS", "left", None, "2024-06-10")}),
    ("President Joe Biden signed an executive order on Monday beginning the withdrawal of the United States from UNESCO.",
     {("membership_change", "USA", "UNESCO", "left", None, "2024-06-10")}),
])
def test_membership_more_forms(text, expected):
    assert brief(run(text)) == expected


def test_a_relative_clause_with_its_own_date_is_an_event():
    facts = run("Ghana, which joined the African Union in 1963, imposed sanctions on Mali on Monday.")
    assert brief(facts) == {("sanction_change", "GHA", "MLI", "imposed", None, "2024-06-10"),
                            ("membership_change", "GHA", "AU", "joined", None, "1963")}


@pytest.mark.parametrize("text, subject", [
    ("Ghana, which joined the African Union, imposed sanctions on Mali on Monday.", "GHA"),
    ("Washington, which has kept North Korea on its list of state sponsors of terrorism since 2017, "
     "imposed sanctions on Mali on Monday.", "USA"),
])
def test_an_undated_relative_clause_or_a_state_since_a_date_is_background(text, subject):
    assert brief(run(text)) == {("sanction_change", subject, "MLI", "imposed", None, "2024-06-10")}


def test_date_inside_an_aside_is_not_the_events_date():
    facts = run("Kenya has joined the OECD, Brazil, which chairs the group this year, said on Monday.")
    assert brief(facts) == {("membership_change", "KEN", "OECD", "joined", None, "2024-06-10")}


# ------------------------------------------------------------------ designations, more forms
@pytest.mark.parametrize("text, expected", [
    ("The Philippines on Wednesday named China the biggest threat to regional stability.",
     {("designation_change", "PHL", "CHN", "assigned", "biggest threat", "2024-06-12")}),
    ("Vietnam and Thailand were branded currency manipulators by the U.S. Treasury on Tuesday.",
     {("designation_change", "USA", "VNM", "assigned", "currency manipulator", "2024-06-11"),
      ("designation_change", "USA", "THA", "assigned", "currency manipulator", "2024-06-11")}),
    ("Seoul's cabinet voted on Friday to remove Japan from its 'white list' of trusted partners.",
     {("designation_change", "KOR", "JPN", "removed", "white list", "2024-06-14")}),
    ("The Treasury Department's decision on Monday to drop Vietnam from its list of currency manipulators ended a feud.",
     {("designation_change", "USA", "VNM", "removed", "currency manipulator", "2024-06-10")}),
])
def test_designations_more_forms(text, expected):
    assert brief(run(text)) == expected


def test_designation_in_a_participle_and_a_coordinated_label():
    facts = run("Allies endorsed NATO's new Strategic Concept on Friday, branding Iran 'the most serious threat' to the region.")
    assert ("policy_issued", "NATO", None, "issued", "Strategic Concept", "2024-06-14") in brief(facts)
    assert ("designation_change", "NATO", "IRN", "assigned", "most serious threat", "2024-06-14") in brief(facts)
    facts = run("Canada's government adopted its first India strategy on Monday, a document that calls New Delhi "
                "a partner, competitor and systemic rival.")
    assert ("policy_issued", "CAN", None, "issued", "India strategy", "2024-06-10") in brief(facts)
    assert ("designation_change", "CAN", "IND", "assigned", "systemic rival", "2024-06-10") in brief(facts)


def test_document_subject_in_a_later_sentence():
    facts = run("India released a new maritime doctrine on Tuesday. The document calls China a principal rival.")
    assert ("designation_change", "IND", "CHN", "assigned", "principal rival", "2024-06-11") in brief(facts)


# ------------------------------------------------------------------ reactions, more forms
@pytest.mark.parametrize("text, expected", [
    ("The EU imposed sanctions on Belarus on Monday. Minsk mocked the measures.",
     ("reaction", "BLR", "EU", "negative")),
    ("The EU imposed sanctions on Belarus on Monday. Minsk vowed to retaliate.",
     ("reaction", "BLR", "EU", "negative")),
    ("Canada imposed sanctions on Iran on Monday. Tehran said it regretted the decision.",
     ("reaction", "IRN", "CAN", "negative")),
    ("Canada imposed sanctions on Iran on Monday. President Hassan Rouhani vowed that Iran would defy the sanctions.",
     ("reaction", "IRN", "CAN", "negative")),
    ("Mali imposed sanctions on Togo on Monday. Lome said it would respond firmly.",
     ("reaction", "TGO", "MLI", "negative")),
    ("EU leaders granted Moldova candidate status on Thursday. Moldova's foreign minister called the decision a historic victory.",
     ("reaction", "MDA", "EU", "positive")),
    ("EU leaders granted Moldova candidate status on Thursday. Russia dismissed it as a provocation.",
     ("reaction", "RUS", "EU", "negative")),
    ("Japan released a white paper on Friday that names China its biggest strategic challenge. "
     "China's embassy in Tokyo criticised the paper.",
     ("reaction", "CHN", "JPN", "negative")),
    ("Egypt said on Monday it 'firmly rejects' Israel's decision.",
     ("reaction", "EGY", "ISR", "negative")),
    ("Ghana lifted sanctions on Togo on Monday. In Lome, Prime Minister Victoire Tomegah Dogbe thanked Ghana.",
     ("reaction", "TGO", "GHA", "positive")),
])
def test_reactions_more_forms(text, expected):
    assert expected in {(f["kind"], f["subject"], f["object"], f["action"]) for f in run(text)}


# ------------------------------------------------------------------ more traps
@pytest.mark.parametrize("text", [
    "Poland threatened on Monday to impose sanctions on Belarus if the border stays closed.",
    "The EU is preparing fresh sanctions on Russia, officials said on Friday.",
    "Hungary has repeatedly said it will not leave the European Union.",
    "Norway, which is a member of NATO, hosted the summit on Tuesday.",
    "The bloc declined to impose sanctions on Israel on Monday.",
    "Critics described the sanctions as a failure.",
    "Analysts said Serbia might one day join the EU.",
    "Rights groups hailed the decision as a victory.",
    "The Treasury stopped short of labelling Thailand a currency manipulator on Friday.",
])
def test_more_traps_yield_nothing(text):
    assert run(text) == []


def test_reaction_to_a_document_finds_the_document():
    text = ("Kenya released its first foreign policy white paper on Monday. Uganda joined the talks on Tuesday. "
            "Ministers met again. Observers took notes. Somalia criticised the document.")
    assert ("reaction", "SOM", "KEN", "negative") in {(f["kind"], f["subject"], f["object"], f["action"]) for f in run(text)}


def test_passive_sanctions_and_backshifted_report():
    assert brief(run("New sanctions were imposed on Syria by the European Union on Monday.")) == {
        ("sanction_change", "EU", "SYR", "imposed", None, "2024-06-10")}
    assert brief(run("Ottawa said on Monday it had added Iran to its list of state sponsors of terrorism.")) == {
        ("designation_change", "CAN", "IRN", "assigned", "state sponsor of terrorism", "2024-06-10")}


def test_reaction_looks_back_only_a_few_sentences():
    # (an event in the lead is the exception: see test_reaction_to_the_decision_paragraphs_after_the_lead)
    text = ("Talks continued in Paris. Markets rose. Chile joined the OECD on Monday. Talks continued. Markets rose. "
            "Officials travelled home. Peru welcomed the decision.")
    assert [f["kind"] for f in run(text)] == ["membership_change"]


def test_reaction_as_a_judgement_on_the_event():
    text = ("Canada published a new Arctic strategy on Monday that calls Russia a strategic threat. "
            "In Moscow, Kremlin spokesman Dmitry Peskov said the document was openly hostile.")
    assert ("reaction", "RUS", "CAN", "negative") in {(f["kind"], f["subject"], f["object"], f["action"]) for f in run(text)}
    text = "Chile lifted sanctions on Peru on Monday. Lima said the decision was a welcome step."
    assert ("reaction", "PER", "CHL", "positive") in {(f["kind"], f["subject"], f["object"], f["action"]) for f in run(text)}


def test_vaguely_dated_past_event_is_background():
    assert run("Washington imposed sanctions on Cuba decades ago, and the embargo remains in place.") == []
    facts = run("The Security Council voted on Friday to end U.N. sanctions against Sudan, imposed years ago.")
    assert brief(facts) == {("sanction_change", "UN", "SDN", "lifted", None, "2024-06-14")}


def test_perfect_passive_status_and_vowed_response():
    facts = run("Moldova has been granted candidate status by the European Union, EU leaders said on Friday.")
    assert brief(facts) == {("designation_change", "EU", "MDA", "assigned", "candidate country", "2024-06-14")}
    facts = run("The EU and Britain on Monday slapped sanctions on Iran's Revolutionary Guards. Tehran vowed a swift response.")
    reactions = {(f["kind"], f["subject"], f["object"], f["action"]) for f in facts if f["kind"] == "reaction"}
    assert reactions == {("reaction", "IRN", "GBR", "negative"), ("reaction", "IRN", "EU", "negative")}


def test_co_subjects_after_the_object():
    facts = run("Bolivia joined BRICS on January 1, alongside Cuba and Uganda.")
    assert {f["subject"] for f in facts} == {"BOL", "CUB", "UGA"}
    assert {f["date"] for f in facts} == {"2024-01-01"}


def test_quoted_verbs_and_statement_adverbials():
    facts = run("Britain imposed sanctions on Iran on Monday. "
                "Tehran's foreign ministry said in a statement that it 'strongly condemns' the decision.")
    assert ("reaction", "IRN", "GBR", "negative") in {(f["kind"], f["subject"], f["object"], f["action"]) for f in facts}
    facts = run("Britain imposed sanctions on China on Monday. Beijing 'firmly opposes' the move, a spokesman said.")
    assert ("reaction", "CHN", "GBR", "negative") in {(f["kind"], f["subject"], f["object"], f["action"]) for f in facts}


# ------------------------------------------------------------------ generalisations (held-out review)
@pytest.mark.parametrize("text, expected", [
    ("Brussels on Wednesday slapped sanctions on two senior Belarusian officials.",
     {("sanction_change", "EU", "BLR", "imposed", None, "2024-06-12")}),
    ("President Joe Biden on Monday authorised sanctions against Venezuela's state oil company.",
     {("sanction_change", "USA", "VEN", "imposed", None, "2024-06-10")}),
    ("The UN Security Council voted 13-0 on Tuesday to impose new sanctions on Eritrea.",
     {("sanction_change", "UN", "ERI", "imposed", None, "2024-06-11")}),
    ("West African leaders meeting in Dakar on Sunday lifted the trade sanctions they had imposed on Guinea.",
     {("sanction_change", "ECOWAS", "GIN", "lifted", None, "2024-06-09")}),
    ("Argentina and Chile took up full membership of the OECD on Tuesday.",
     {("membership_change", "ARG", "OECD", "joined", None, "2024-06-11"),
      ("membership_change", "CHL", "OECD", "joined", None, "2024-06-11")}),
    ("Finland said on Tuesday it was signing a formal application for membership of NATO.",
     {("membership_change", "FIN", "NATO", "applied", None, "2024-06-11")}),
    ("The European Union had already lifted its trade sanctions on Myanmar in May.",
     {("sanction_change", "EU", "MMR", "lifted", None, "2024-05")}),
])
def test_generalised_forms(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text", [
    "Foreign ministers meeting in Brussels on Thursday discussed sanctions on Iran.",
    "The European Union had lifted its sanctions on Myanmar long before the coup.",
])
def test_locative_capitals_and_undated_pluperfects_yield_nothing(text):
    assert run(text) == []


# ---------------------------------------------------------------- recall round 3: general phenomena

def _triples(facts):
    return {(f["kind"], f["subject"], f["object"], f["action"]) for f in facts}


def test_document_subject_with_possessive_time_word_and_superlative_label():
    facts = run("Poland adopted a new national security strategy on Tuesday, with the government describing "
                "today's Belarus as the most immediate threat to the eastern flank.")
    assert ("designation_change", "POL", "BLR", "assigned", "most immediate threat", "2024-06-11") in brief(facts)


def test_coordinated_policy_titles_and_intensified_label():
    facts = brief(run("Canada's cabinet on Wednesday approved a new Defence Strategy, together with a Arctic Doctrine. "
                      "It calls Russia an even more serious threat and describes China as a long-term concern."))
    assert ("policy_issued", "CAN", None, "issued", "Defence Strategy", "2024-06-12") in facts
    assert ("policy_issued", "CAN", None, "issued", "Arctic Doctrine", "2024-06-12") in facts
    assert ("designation_change", "CAN", "RUS", "assigned", "serious threat", "2024-06-12") in facts
    assert ("designation_change", "CAN", "CHN", "assigned", "long-term concern", "2024-06-12") in facts


def test_document_named_by_its_title():
    facts = run("Brazil's foreign ministry released a six-point document titled Brazil's Vision for a Just Peace in Sudan.")
    assert [(f["subject"], f["policy"]) for f in facts if f["kind"] == "policy_issued"] == [
        ("BRA", "Brazil's Vision for a Just Peace in Sudan")]


def test_policy_the_subject_acts_in():
    facts = brief(run("The European Commission on Monday called Turkey a strategic partner and a difficult neighbour, "
                      "in a new strategic outlook released ahead of the summit."))
    assert ("policy_issued", "EU", None, "issued", "Strategic Outlook", "2024-06-10") in facts


def test_nominal_removal_that_takes_effect():
    facts = run("Iraq's removal from the U.S. list of state sponsors of terrorism took effect on Thursday, officials said.")
    assert brief(facts) == {("designation_change", "USA", "IRQ", "removed", "state sponsor of terrorism", "2024-06-13")}


def test_make_an_actor_a_candidate_and_status_gained():
    assert ("designation_change", "EU", "MDA", "assigned") in _triples(
        run("EU leaders decided on Thursday to make Moldova an official candidate for membership."))
    assert ("designation_change", "USA", "MAR", "assigned") in _triples(
        run("Morocco on Monday became the second North African country to gain major non-NATO ally status."))


def test_organ_of_an_organisation_bars_a_member():
    facts = run("The African Union's Peace and Security Council convened on Tuesday, barring Niger from all of the "
                "union's activities until civilian rule returns.")
    assert brief(facts) == {("membership_change", "NER", "AU", "suspended", None, "2024-06-11")}


def test_participial_negative_judgement_and_voiced_displeasure():
    text = ("The United Kingdom published its Integrated Review on Monday. "
            "Iran's foreign ministry responded on Tuesday, calling the document provocative.")
    assert ("reaction", "IRN", "GBR", "negative") in _triples(run(text))
    text = ("The United Kingdom published its Integrated Review on Monday. "
            "Iran's foreign ministry responded on Tuesday, voicing strong displeasure.")
    assert ("reaction", "IRN", "GBR", "negative") in _triples(run(text))


def test_calls_to_undo_only_when_addressed_to_the_actor():
    text = ("The United States imposed sanctions on Cuba on Monday. "
            "Havana on Tuesday urged Washington to lift the measures.")
    assert ("reaction", "CUB", "USA", "negative") in _triples(run(text))
    assert not [f for f in run("Havana on Tuesday urged Washington to lift the embargo.") if f["kind"] == "reaction"]


def test_accusation_against_the_actor_of_the_lead_event():
    text = ("Australia published a Defence Strategy on Monday that calls China a strategic challenge. "
            "A Chinese foreign ministry spokesman accused Canberra of hyping a threat.")
    assert ("reaction", "CHN", "AUS", "negative") in _triples(run(text))


def test_heavy_object_shift_and_coordinated_reaction_verbs():
    assert ("reaction", "PAK", "IND", "negative") in _triples(
        run("Pakistan on Monday rejected as baseless Indian Prime Minister Narendra Modi's claim that Islamabad backed the raid."))
    text = ("The European Union imposed sanctions on Belarus on Monday. "
            "Minsk condemned and rejected the decision.")
    assert ("reaction", "BLR", "EU", "negative") in _triples(run(text))


def test_definite_description_of_a_named_court_and_repeated_head_noun():
    text = ("The United States on Monday imposed sanctions on the International Criminal Court. "
            "The court condemned the measures.")
    assert ("reaction", "ICC", "USA", "negative") in _triples(run(text))


def test_reaction_reaches_the_event_through_an_earlier_reaction():
    text = ("The European Union suspended Mali from its summits on Monday. Observers took notes. "
            "Bamako called the decision illegal. Senegal welcomed the outcome.")
    got = _triples(run(text))
    assert ("reaction", "SEN", "EU", "positive") in got


def test_judgement_by_consequence_follows_the_previous_reaction():
    text = ("Kenya hailed Washington's recognition of the new government as a milestone, while Somalia said the "
            "move meant Washington had abdicated its role as a neutral broker.")
    assert ("reaction", "SOM", "USA", "negative") in _triples(run(text))


def test_today_with_a_proper_noun_is_not_a_date():
    from kg.loaders.dates import find_dates

    assert find_dates("describing today's Russia as a threat") == []
    assert [d.kind for d in find_dates("the vote today")] == ["rel"]


@pytest.mark.parametrize("text, expected", [
    ("The Japanese cabinet on Tuesday approved the country's new National Defense Strategy.",
     {("policy_issued", "JPN", None, "issued", "National Defense Strategy", "2024-06-11")}),
    ("Ukraine became the 125th state party to the International Criminal Court on Tuesday.",
     {("membership_change", "UKR", "ICC", "joined", None, "2024-06-11")}),
    ("Years of EU sanctions on Myanmar came to an end on Tuesday.",
     {("sanction_change", "EU", "MMR", "lifted", None, "2024-06-11")}),
    ("The Security Council unanimously approved sanctions against Haiti's gang leaders on Tuesday.",
     {("sanction_change", "UN", "HTI", "imposed", None, "2024-06-11")}),
])
def test_more_generalised_forms(text, expected):
    assert brief(run(text)) == expected


def test_national_security_councils_are_not_the_un():
    text = "Iran's Supreme National Security Council imposed sanctions on Canada on Tuesday."
    assert {f["subject"] for f in run(text)} <= {"IRN"}


# ------------------------------------------------------------------ broader slots (round 5)
@pytest.mark.parametrize("text, expected", [
    # a place between "voted" and "to": "in <capital>" is a scene, not a subject
    ("The African Union voted in Nairobi on Tuesday to suspend Mali until elections are held.",
     {("membership_change", "MLI", "AU", "suspended", None, "2024-06-11")}),
    # a nominal entry whose approval the sentence reports
    ("Chile's readmission to the OECD was approved on Wednesday.",
     {("membership_change", "CHL", "OECD", "joined", None, "2024-06-12")}),
    ("The accession of Peru to the OECD took effect on Monday.",
     {("membership_change", "PER", "OECD", "joined", None, "2024-06-10")}),
    # a list named by its owner's possessive, objects mixed with non-actors, plural label
    ("Finance ministers of the EU on Tuesday added Panama, Fiji and Jersey to the bloc's list of high-risk jurisdictions for tax purposes.",
     {("designation_change", "EU", "PAN", "assigned", "high-risk jurisdiction for tax purposes", "2024-06-11"),
      ("designation_change", "EU", "FJI", "assigned", "high-risk jurisdiction for tax purposes", "2024-06-11")}),
    # "listing X as L" in a series of participles
    ("Australia cut ties with Cuba on Monday, closing its embassy, expelling Cuban diplomats and listing Cuba and Venezuela as state supporters of terrorism.",
     {("designation_change", "AUS", "CUB", "assigned", "state supporter of terrorism", "2024-06-10"),
      ("designation_change", "AUS", "VEN", "assigned", "state supporter of terrorism", "2024-06-10"),
      ("reaction", "AUS", "CUB", "negative", None, "2024-06-10")}),  # cutting ties is a reaction
    # a quoted label after a labelling verb
    ("Belarus branded Poland and Lithuania as 'hostile' on Thursday.",
     {("designation_change", "BLR", "POL", "assigned", "hostile", "2024-06-13"),
      ("designation_change", "BLR", "LTU", "assigned", "hostile", "2024-06-13")}),
    # an object pronoun resolved to the one state named before it
    ("The White House said on Monday that Washington would renew ties with Cuba and take it off the list of state sponsors of terrorism.",
     {("designation_change", "USA", "CUB", "removed", "state sponsor of terrorism", "2024-06-10")}),
    # expelling an envoy is a negative reaction to the envoy's state
    ("Algeria expelled France's ambassador on Wednesday.",
     {("reaction", "DZA", "FRA", "negative", None, "2024-06-12")}),
    # an -ing reaction verb after the subject's own clause
    ("Japan published its Defence White Paper on Tuesday. Chinese officials hit back on Wednesday, denouncing Tokyo as a troublemaker.",
     {("policy_issued", "JPN", None, "issued", "Defence White Paper", "2024-06-11"),
      ("reaction", "CHN", "JPN", "negative", None, "2024-06-12")}),
    # a coordinated title without a determiner; "but" coordinates a second imposing verb
    ("Norway's cabinet on Tuesday approved its first National Security Strategy along with new Defence Planning Guidelines.",
     {("policy_issued", "NOR", None, "issued", "National Security Strategy", "2024-06-11"),
      ("policy_issued", "NOR", None, "issued", "Defence Planning Guidelines", "2024-06-11")}),
    ("The US on Monday ended its decades-old sanctions programme on Cuba but imposed new sanctions on Venezuela.",
     {("sanction_change", "USA", "CUB", "lifted", None, "2024-06-10"),
      ("sanction_change", "USA", "VEN", "imposed", None, "2024-06-10")}),
])
def test_broader_slots(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text", [
    # traps: a place is never the subject; a pronoun with two candidates stays unresolved;
    # intentions and conditions are not decisions; a hyphenated name in a word is not an actor
    "Leaders meeting in Nairobi on Tuesday voted to praise the mediators.",
    "Washington said it was talking to Cuba and Venezuela and could take it off the list of state sponsors of terrorism.",
    "Belarus is considering listing Poland as a 'hostile' state.",
    "If the talks fail, Algeria will expel France's ambassador.",
    "Chile's return to the OECD was discussed on Wednesday.",
])
def test_broader_slot_traps(text):
    assert run(text) == []


# ------------------------------------------------------------------ long-article lead mechanisms
def test_documents_listed_after_colon_and_later_called_the_strategy():
    text = ("The Dutch government on Tuesday adopted two documents that reshape its security thinking: "
            "a new Maritime Security Strategy and a ten-year Naval Renewal Programme. "
            "The strategy calls Iran a growing threat, describes Belarus as a source of instability, "
            "and lists Russia's conduct as a serious concern.")
    got = brief(run(text))
    assert ("policy_issued", "NLD", None, "issued", "Maritime Security Strategy", "2024-06-11") in got
    assert ("policy_issued", "NLD", None, "issued", "Naval Renewal Programme", "2024-06-11") in got
    assert ("designation_change", "NLD", "IRN", "assigned", "growing threat", "2024-06-11") in got
    assert ("designation_change", "NLD", "BLR", "assigned", "source of instability", "2024-06-11") in got
    assert ("designation_change", "NLD", "RUS", "assigned", "serious concern", "2024-06-11") in got


@pytest.mark.parametrize("text", [
    # no number of documents announced before the colon: a list of aims, not of titles
    "Poland on Monday adopted a budget with three aims: a stronger army, a Border Plan and more aid.",
    # only one title after the colon: not a list
    "Norway approved two papers on Monday: a new Arctic Strategy.",
])
def test_policy_list_traps(text):
    assert not [f for f in run(text) if f["kind"] == "policy_issued" and f["policy"] in ("Border Plan",)]
    assert len([f for f in run(text) if f["kind"] == "policy_issued"]) <= 1


def test_object_after_as_is_not_subject_of_coordinated_verb():
    text = "The strategy names Iran as a threat and lists Syria as a concern."
    got = run(text)
    assert not [f for f in got if f["subject"] in ("IRN", "SYR")]


def test_announced_future_membership_takes_announcement_date():
    text = "Bolivia will leave the Organization of American States on March 1, its foreign minister announced on Monday."
    assert brief(run(text)) == {("membership_change", "BOL", "OAS", "left", None, "2024-06-10")}


def test_reaction_to_the_decision_paragraphs_after_the_lead():
    text = ("Chile withdrew from the Organization of American States on Tuesday. "
            "Officials in Santiago said the step had been prepared for months. "
            "The bloc's headquarters building was quiet. "
            "Some delegates were unsurprised. "
            "Argentina's foreign minister called the decision regrettable.")
    got = brief(run(text))
    assert ("reaction", "ARG", "CHL", "negative", None, "2024-06-14") in got or \
        any(f[:4] == ("reaction", "ARG", "CHL", "negative") for f in got)


def test_decision_reaction_without_single_lead_event_stays_unresolved():
    text = ("Chile withdrew from the Organization of American States on Tuesday, and Peru joined the OECD. "
            "Delegates were unsurprised. The rooms were quiet. Nobody spoke. "
            "Argentina's foreign minister called the decision regrettable.")
    got = run(text)
    assert not [f for f in got if f["kind"] == "reaction" and f["object"]]


def test_accompanying_document_is_a_second_title():
    text = "The Australian government on Wednesday released a Defence Strategic Update and an accompanying Force Structure Plan."
    got = {f["policy"] for f in run(text) if f["kind"] == "policy_issued"}
    assert got == {"Defence Strategic Update", "Force Structure Plan"}


def test_actor_right_after_a_labelling_verb_is_its_object_not_a_later_subject():
    text = ("Canberra published its Defence Review on Tuesday, naming Iran the 'main threat' to Australia "
            "and describing Syria as a 'chronic concern'.")
    got = run(text)
    assert not [f for f in got if f["subject"] == "IRN"]
    assert ("designation_change", "AUS", "SYR", "assigned", "chronic concern", "2024-06-11") in brief(got)


def test_plural_membership_requests_without_determiner():
    text = "Andorra and San Marino submitted formal requests to join the European Union on Wednesday."
    assert brief(run(text)) == {("membership_change", "AND", "EU", "applied", None, "2024-06-12"),
                                ("membership_change", "SMR", "EU", "applied", None, "2024-06-12")}


def test_urged_actor_is_not_subject_of_the_base_verb():
    assert not run("Brussels urged Hungary to leave the Council of Europe on Monday.")


@pytest.mark.parametrize("text, expected", [
    ("Chad on Friday became the first country ever to withdraw from the Organization of Islamic Cooperation.",
     {("membership_change", "TCD", "OIC", "left", None, "2024-06-14")}),
    ("Fiji became the latest Pacific state to join the WTO on Tuesday.",
     {("membership_change", "FJI", "WTO", "joined", None, "2024-06-11")}),
    ("European Union foreign ministers on Monday lifted all of the bloc's remaining economic and political sanctions on Laos.",
     {("sanction_change", "EU", "LAO", "lifted", None, "2024-06-10")}),
])
def test_firsts_and_long_sanction_phrases(text, expected):
    assert brief(run(text)) == expected


def test_a_first_that_is_only_hoped_for_yields_nothing():
    assert run("Fiji hopes to become the first Pacific state to join the WTO next year.") == []


@pytest.mark.parametrize("text, expected", [
    ("Travel bans and asset freezes imposed on Mali in 2019 were lifted by a unanimous vote of the UN Security Council on Tuesday.",
     {("sanction_change", "UN", "MLI", "lifted", None, "2024-06-11")}),
    ("An arms embargo placed on Liberia was scrapped by a decision of the European Union on Monday.",
     {("sanction_change", "EU", "LBR", "lifted", None, "2024-06-10")}),
])
def test_sanctions_undone_by_a_vote(text, expected):
    assert brief(run(text)) == expected


def test_sanctions_imposed_then_merely_debated_yield_no_lifting():
    got = run("Travel bans imposed on Mali in 2019 were debated by members of the UN Security Council on Tuesday.")
    assert not [f for f in got if f["action"] == "lifted"]


def test_approved_removal_as_a_noun():
    text = "Australia's cabinet on Thursday approved the removal of Fiji from its list of 'high-risk' jurisdictions."
    assert ("designation_change", "AUS", "FJI", "removed", "high-risk", "2024-06-13") in brief(run(text))


def test_proposed_removal_is_not_a_removal():
    text = "Australia's cabinet on Thursday debated the removal of Fiji from its list of 'high-risk' jurisdictions."
    assert not [f for f in run(text) if f["kind"] == "designation_change"]


@pytest.mark.parametrize("text, expected", [
    ("Belarus has frozen its participation in the Moscow-led Eurasian Economic Union, its president said on Wednesday.",
     {("membership_change", "BLR", "EAEU", "suspended", None, "2024-06-12")}),
    ("Mali on Tuesday suspended its membership of the African Union.",
     {("membership_change", "MLI", "AU", "suspended", None, "2024-06-11")}),
])
def test_own_participation_frozen(text, expected):
    assert brief(run(text)) == expected


def test_a_freeze_only_threatened_is_not_a_suspension():
    assert not run("Belarus threatened on Wednesday to consider freezing its participation in the Eurasian Economic Union.")


def test_paper_on_a_named_policy_names_the_policy():
    text = "Japan's cabinet on Tuesday issued its first white paper on Indo-Pacific policy."
    assert brief(run(text)) == {("policy_issued", "JPN", None, "issued", "Indo-Pacific policy", "2024-06-11")}


def test_paper_on_a_plain_topic_stays_a_white_paper():
    text = "Japan's cabinet on Tuesday issued its annual white paper on defence."
    assert brief(run(text)) == {("policy_issued", "JPN", None, "issued", "White Paper", "2024-06-11")}


@pytest.mark.parametrize("text, expected", [
    ("France's Defence Review, published on Monday, names Iran as the main threat to Germany and calls "
     "Russia a systemic rival.",
     {("designation_change", "FRA", "IRN", "assigned", "main threat", "2024-06-10"),
      ("designation_change", "FRA", "RUS", "assigned", "systemic rival", "2024-06-10")}),
])
def test_a_plain_present_verb_after_and_keeps_the_first_subject(text, expected):
    assert expected <= brief(run(text))


def test_a_plural_noun_after_and_is_not_a_coordinated_verb():
    # trap: "and Canada's sanctions" is a noun phrase, not "the Review sanctions ..."
    facts = run("Japan called North Korea a grave threat to Canada and Australia on Monday.")
    assert {f["subject"] for f in facts if f["kind"] == "designation_change"} <= {"JPN"}


@pytest.mark.parametrize("text, expected", [
    ("China banned imports of seafood, timber and wine from Australia and New Zealand on Tuesday.",
     {("sanction_change", "CHN", "AUS", "imposed", None, "2024-06-11"),
      ("sanction_change", "CHN", "NZL", "imposed", None, "2024-06-11")}),
    ("India imposed a one-year ban on exports of rice to Bangladesh on Monday.",
     {("sanction_change", "IND", "BGD", "imposed", None, "2024-06-10")}),
])
def test_a_trade_ban_on_named_countries_is_a_sanction(text, expected):
    assert expected <= brief(run(text))


@pytest.mark.parametrize("text", [
    "Mexico banned imports of genetically modified corn on Tuesday.",  # no country named
    "Brazil did not ban imports of beef from Argentina on Tuesday.",  # negated
    "Peru may ban imports of potatoes from Chile next year.",  # modal
])
def test_a_trade_ban_without_a_target_or_not_made_is_no_sanction(text):
    assert not [f for f in run(text) if f["kind"] == "sanction_change"]


@pytest.mark.parametrize("text, expected", [
    ("Peru recalled its ambassador to Mexico on Tuesday.", {("reaction", "PER", "MEX", "negative", None, "2024-06-11")}),
    ("Ghana ordered Togo's ambassador to leave the country within 48 hours on Wednesday.",
     {("reaction", "GHA", "TGO", "negative", None, "2024-06-12")}),
])
def test_recalling_or_ordering_out_an_envoy_is_a_negative_reaction(text, expected):
    assert expected <= brief(run(text))


@pytest.mark.parametrize("text", [
    "Peru ordered its ambassador to Mexico to attend the inauguration on Tuesday.",  # not an expulsion
    "Ghana told Togo's ambassador to stay for the summit on Wednesday.",
])
def test_an_envoy_sent_on_an_errand_is_no_reaction(text):
    assert not [f for f in run(text) if f["kind"] == "reaction"]


# ------------------------------------------------------------------ reactions to acts that are not facts
@pytest.mark.parametrize("text, expected", [
    # the reacted-to act is named with its actor after a preposition
    ("Peru voiced strong displeasure at Chile's plan to build a dam on the border river.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
    ("Ghana recalled its envoy on Monday, protesting against Togo's closure of the border.",
     {("reaction", "GHA", "TGO", "negative", None, "2024-06-10")}),
    # a pronoun takes up the act the previous reaction in the sentence reacted to
    ("Spain expressed regret at Morocco's decision, while Algeria praised it as a brave step.",
     {("reaction", "ESP", "MAR", "negative", None, "2024-06-14"),
      ("reaction", "DZA", "MAR", "positive", None, "2024-06-14")}),
])
def test_reactions_to_an_act_named_with_its_actor(text, expected):
    assert brief(run(text)) == expected


def test_condemned_what_it_called_a_listing():
    text = ("Canada added Eritrea to its list of state sponsors of terrorism on Monday. "
            "Eritrea's foreign ministry condemned what it called an arbitrary and insulting listing.")
    assert ("reaction", "ERI", "CAN", "negative", None, "2024-06-14") in brief(run(text))


def test_withdrawn_envoys_to_several_states():
    facts = run("Iran withdrew its ambassadors to Norway, Denmark and Sweden on Tuesday.")
    assert brief(facts) == {("reaction", "IRN", a, "negative", None, "2024-06-11") for a in ("NOR", "DNK", "SWE")}


def test_hitting_back_reacts_to_the_last_event():
    text = ("Australia published a new Defence Strategy on Monday. "
            "The Chinese embassy in Canberra hit back, saying the document was full of Cold War thinking.")
    assert ("reaction", "CHN", "AUS", "negative", None, "2024-06-14") in brief(run(text))


@pytest.mark.parametrize("text", [
    "Chile hit back at critics on Monday.",
    "Peru reacted angrily.",
])
def test_hitting_back_with_no_event_yields_nothing(text):
    assert run(text) == []


def test_a_step_judged_reckless_or_disappointing():
    text = ("Japan removed Vietnam from its list of preferred trading partners on Friday. "
            "Vietnamese officials called the step a deeply reckless decision, and a UN human rights commissioner "
            "described the news as disappointing.")
    got = brief(run(text))
    assert ("reaction", "VNM", "JPN", "negative", None, "2024-06-14") in got


# ------------------------------------------------------------------ list nouns, member states, memberships ended
@pytest.mark.parametrize("text, expected", [
    ("Canada put Eritrea on its roster of state sponsors of terrorism on Monday.",
     {("designation_change", "CAN", "ERI", "assigned", "state sponsor of terrorism", "2024-06-10")}),
    ("Japan's cabinet on Tuesday approved the removal of Peru from its 'grey list' of risky partners.",
     {("designation_change", "JPN", "PER", "removed", "grey list", "2024-06-11")}),
])
def test_lists_by_other_names(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Member states of the African Union voted on Monday to suspend Niger.",
     {("membership_change", "NER", "AU", "suspended", None, "2024-06-10")}),
    ("West African leaders voted on Tuesday to suspend Guinea's membership in ECOWAS.",
     {("membership_change", "GIN", "ECOWAS", "suspended", None, "2024-06-11")}),
    ("Mali said on Monday that it had decided to end its membership of ECOWAS.",
     {("membership_change", "MLI", "ECOWAS", "left", None, "2024-06-10")}),
    ("Bolivia announced on Monday that it had formally denounced the charter of the Organization of American States.",
     {("membership_change", "BOL", "OAS", "left", None, "2024-06-10")}),
    ("Timor-Leste became the World Trade Organization's 166th member on Wednesday.",
     {("membership_change", "TLS", "WTO", "joined", None, "2024-06-12")}),
])
def test_membership_through_bodies_and_charters(text, expected):
    assert brief(run(text)) - {f for f in brief(run(text)) if f[0] == "reaction"} == expected


def test_a_reaction_prefers_another_actors_act():
    text = ("The African Union suspended Niger on Monday. "
            "Niger's envoy said the junta had decided to leave the AU, calling the vote unlawful.")
    assert ("reaction", "NER", "AU", "negative", None, "2024-06-14") in brief(run(text))


# ------------------------------------------------------------------ the day a paragraph tells
def test_an_undated_act_takes_the_day_of_its_paragraph():
    text = ("Albania has applied to join the OECD. Its prime minister handed the application "
            "to the secretary-general in Paris on Tuesday.")
    assert brief(run(text)) == {("membership_change", "ALB", "OECD", "applied", None, "2024-06-11")}


def test_a_day_in_another_paragraph_or_long_ago_does_not_date_an_act():
    text = "Albania has applied to join the OECD.\n\nTalks began on Tuesday."
    assert brief(run(text)) == {("membership_change", "ALB", "OECD", "applied", None, "2024-06-14")}
    text = "Albania has applied to join the OECD. Talks began on May 2."
    assert brief(run(text)) == {("membership_change", "ALB", "OECD", "applied", None, "2024-06-14")}


# ------------------------------------------------------------------ descriptive references
def test_a_state_named_by_its_official_style():
    text = ("Japan adopted its first strategy on Iran on Monday, a paper that describes the Islamic Republic "
            "as at once a partner and a source of instability.")
    got = brief(run(text))
    assert ("policy_issued", "JPN", None, "issued", "Iran strategy", "2024-06-10") in got
    assert any(f[:4] == ("designation_change", "JPN", "IRN", "assigned") and "source of instability" in f[4] for f in got)


def test_the_style_without_a_state_so_styled_is_nobody():
    assert run("Canada said on Monday that the Islamic Republic had left the OECD.") == []


@pytest.mark.parametrize("text, expected", [
    ("Argentina said on Monday that Uruguay had become a full member of the group, Mercosur said.", set()),
    ("Mercosur leaders met on Monday. Officials said Bolivia had become a full member of the regional bloc.",
     {("membership_change", "BOL", "MERCOSUR", "joined", None, "2024-06-10")}),
    ("The African Union's council met on Friday, barring Mali from all of the continental body's activities.",
     {("membership_change", "MLI", "AU", "suspended", None, "2024-06-14")}),
])
def test_an_organisation_named_by_a_description(text, expected):
    assert {f for f in brief(run(text)) if f[0] != "reaction"} == expected


def test_leaving_an_organisations_predecessor_is_not_leaving_it():
    facts = run("Decades after Ghana walked out of the African Union's predecessor, it returned.")
    assert [f for f in facts if f["action"] == "left"] == []


def test_every_frame_is_anchored_by_literal_trigger_words():
    """A frame without anchors is tried on every sentence, which costs throughput."""
    from kg.loaders.rules import load_rules
    assert [f.id for f in load_rules().unanchored] == []


def test_no_word_boundary_follows_an_actor_token():
    """A word boundary right after an actor token (``⟦s1⟧\\b``) never holds before a space or a stop, so the
    pattern silently cannot match there (the same mistake before a token, "on" then a space then ``\\b``,
    hid a veto in three frames). Allowed only where a look-ahead ends with a token and the boundary closes
    the word before the look-ahead."""
    import re

    from kg.loaders.rules import load_rules
    after_token = re.compile(r"⟧[)?*+]*\\b")
    ahead = {"sanction-package-implicit-target"}  # "(?:round|batch)(?= ... ⟦d\\d+⟧))\\b": the word's boundary
    found = [f.id for f in load_rules().frames if f.id not in ahead and any(after_token.search(s) for s in f.sources)]
    assert found == []


def test_the_compiled_frames_match_as_written():
    """Frame regexes are compiled for speed (behind a look-ahead for their trigger's first letters,
    with trigger word lists folded into tries): over every masked sentence of the evaluation sets,
    each finds exactly what the pattern as written finds."""
    import json
    import re
    from pathlib import Path

    from kg.loaders.gazetteer import default_gazetteer
    from kg.loaders.masking import mask
    from kg.loaders.rules import FLAGS, load_rules
    from kg.loaders.sentences import split_sentences

    gaz, rules = default_gazetteer(), load_rules()
    written = {rx: re.compile(src, FLAGS) for f in rules.frames for src, rx in zip(f.sources, f.regexes, strict=True)}
    assert sum(rx.pattern != w.pattern for rx, w in written.items()) > 50
    found = 0
    for path in sorted((Path(__file__).parent / "data" / "eval").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            mentions = gaz.find(text)
            for s, e in split_sentences(text):
                masked = mask(text[s:e], [m for m in mentions if s <= m.start and m.end <= e], s).text
                for rx in (rx for f in rules.frames_for(text[s:e]) for rx in f.regexes):
                    spans = [m.span() for m in rx.finditer(masked)]
                    assert spans == [m.span() for m in written[rx].finditer(masked)], (rx.pattern[:60], masked)
                    found += len(spans)
    assert found > 1000


def test_a_trie_of_trigger_words_prefers_the_longer_word():
    import re
    from kg.loaders.rules import _compact_alts
    rx = re.compile(rf"\b(?:{_compact_alts(['sign', 'signed', 'signs', 'held', 'put into force', 'bans(?! on)'])})", re.I)
    assert [m.group() for m in rx.finditer("Signed, held, signs, put into force; bans on")] == [
        "Signed", "held", "signs", "put into force"]


# ------------------------------------------------------------------ asset freezes, officials targeted, admissions
@pytest.mark.parametrize("text, expected", [
    ("Canada froze Belarusian state assets on Monday.",
     {("sanction_change", "CAN", "BLR", "imposed", None, "2024-06-10")}),
    ("Saudi Arabia and Bahrain agreed on Monday to close their airspace to Qatar and freeze Qatari government assets.",
     {("sanction_change", a, "QAT", "imposed", None, "2024-06-10") for a in ("SAU", "BHR")}),
    ("Britain announced sanctions on Tuesday against Jane Roe, the African Union's chief prosecutor.",
     {("sanction_change", "GBR", "AU", "imposed", None, "2024-06-11")}),
    ("The OECD council voted on Tuesday to admit Peru as a full member of the organisation.",
     {("membership_change", "PER", "OECD", "joined", None, "2024-06-11")}),
])
def test_freezes_officials_and_admissions(text, expected):
    assert {f for f in brief(run(text)) if f[0] != "reaction"} == expected


@pytest.mark.parametrize("text", [
    "Canada could freeze Belarusian state assets.",
    "Britain announced sanctions against Jane Roe, a critic of the African Union.",
    "The OECD council refused to admit Peru as a member.",
])
def test_freezes_officials_and_admissions_traps(text):
    assert [f for f in run(text) if f["kind"] != "reaction"] == []


@pytest.mark.parametrize("text, expected", [
    ("Belarus on Monday published a list of 'hostile' countries, naming Lithuania and Poland.",
     {("designation_change", "BLR", a, "assigned", "hostile", "2024-06-10") for a in ("LTU", "POL")}),
    ("Belarus on Monday published a list of banned media, including Poland's state broadcaster.", set()),
    ("Belarus could publish a list of 'hostile' countries naming Lithuania.", set()),
])
def test_a_list_published_with_the_states_it_names(text, expected):
    assert brief(run(text)) == expected


# ------------------------------------------------------------------ round 8: general constructions
@pytest.mark.parametrize("text, expected", [
    # a designation that no longer holds (passive and reported), with its designator
    ("Vietnam is no longer considered a currency manipulator by the US Treasury, according to a report released on Monday.",
     {("designation_change", "USA", "VNM", "removed", "currency manipulator", "2024-06-10")}),
    ("Poland said on Monday it no longer regards Belarus as a threat.",
     {("designation_change", "POL", "BLR", "removed", "threat", "2024-06-10")}),
    # an undoing named as a noun, taking effect
    ("The revocation of Cuba's designation as a state sponsor of terrorism took effect on Tuesday.",
     {("designation_change", "USA", "CUB", "removed", "state sponsor of terrorism", "2024-06-11")}),
    # a participle governed by the instrument the subject signed
    ("Washington issued a determination on Tuesday formally designating Colombia a major non-NATO ally.",
     {("designation_change", "USA", "COL", "assigned", "major non-nato ally", "2024-06-11")}),
    # plural status nouns, and the bare verb after "voted to"
    ("EU leaders agreed on Thursday to make Albania and Serbia candidates for membership.",
     {("designation_change", "EU", a, "assigned", "candidate country", "2024-06-13") for a in ("ALB", "SRB")}),
    ("Lawmakers in Lithuania voted on Tuesday to declare Belarus a state sponsor of terrorism.",
     {("designation_change", "LTU", "BLR", "assigned", "state sponsor of terrorism", "2024-06-11")}),
])
def test_designation_constructions(text, expected):
    assert {f for f in brief(run(text)) if f[0] != "reaction"} == expected


@pytest.mark.parametrize("text", [
    "If Vietnam is no longer considered a currency manipulator, exporters will gain.",
    "Vietnam is no longer considered a serious contender by many analysts.",
    "The revocation of Cuba's designation as a state sponsor of terrorism could take effect next month.",
    "Washington issued a report on Tuesday describing Colombia's reforms.",
    "EU leaders could one day make Kosovo a candidate for membership.",
    "Lithuanian lawmakers refused to declare Belarus a state sponsor of terrorism.",
])
def test_designation_constructions_traps(text):
    assert [f for f in run(text) if f["kind"] == "designation_change"] == []


@pytest.mark.parametrize("text, expected", [
    ("Canada lifted an asset freeze on Belarus's central bank on Tuesday.",
     {("sanction_change", "CAN", "BLR", "lifted", None, "2024-06-11")}),
    ("The African Union said on Monday it was lifting the sanctions on Gabon.",
     {("sanction_change", "AU", "GAB", "lifted", None, "2024-06-10")}),
    ("The US Treasury on Wednesday issued a general licence authorising transactions with Belarus's potash sector.",
     {("sanction_change", "USA", "BLR", "lifted", None, "2024-06-12")}),
])
def test_sanction_constructions(text, expected):
    assert {f for f in brief(run(text)) if f[0] != "reaction"} == expected


@pytest.mark.parametrize("text", [
    "Japan is considering lifting sanctions on Myanmar.",
    "The US Treasury refused to issue a licence authorising transactions with Iran.",
    "Talks on lifting the sanctions on Iran resumed in Vienna.",
])
def test_sanction_constructions_traps(text):
    assert [f for f in run(text) if f["kind"] == "sanction_change"] == []


@pytest.mark.parametrize("text, expected", [
    ("Azerbaijan has put its participation in the Council of Europe on hold, its foreign minister said on Tuesday.",
     {("membership_change", "AZE", "COE", "suspended", None, "2024-06-11")}),
    ("Georgia's prime minister put his signature to Georgia's application for membership of the European Union on Monday.",
     {("membership_change", "GEO", "EU", "applied", None, "2024-06-10")}),
    ("The OECD admitted the European Union as an associate member on Tuesday.",
     {("membership_change", "EU", "OECD", "joined", None, "2024-06-11")}),
    ("The EU signed off on Tuesday on the Maritime Security Strategy.",
     {("policy_issued", "EU", None, "issued", "Maritime Security Strategy", "2024-06-11")}),
    ("Australia's cabinet approved three defence documents on Monday, including a revised Defence Strategy and a new Cyber Security Strategy.",
     {("policy_issued", "AUS", None, "issued", p, "2024-06-10") for p in ("Defence Strategy", "Cyber Security Strategy")}),
    ("India's foreign ministry released a concept paper on the Maritime Security Initiative on Wednesday.",
     {("policy_issued", "IND", None, "issued", "Maritime Security Initiative", "2024-06-12")}),
])
def test_membership_and_policy_constructions(text, expected):
    assert {f for f in brief(run(text)) if f[0] != "reaction"} == expected


@pytest.mark.parametrize("text", [
    "Azerbaijan could put its participation in the Council of Europe on hold.",
    "Georgia's prime minister refused to put his signature to the application for membership of the European Union.",
    "The OECD did not admit the European Union as a member.",
])
def test_membership_constructions_traps(text):
    assert [f for f in run(text) if f["kind"] == "membership_change"] == []


@pytest.mark.parametrize("text, expected", [
    # a judgement as "an act of ..."; an accented name after an office
    ("Canada imposed sanctions on Iran on Monday. Iran's foreign ministry branded the decision an act of economic bullying.",
     ("reaction", "IRN", "CAN", "negative")),
    ("Ecuador imposed sanctions on Mexico on Monday. Mexican Foreign Minister Juan Pérez condemned the decision.",
     ("reaction", "MEX", "ECU", "negative")),
    # the act named by its day ("Monday's decision")
    ("Japan lifted sanctions on Myanmar on Monday. Myanmar welcomed Monday's decision.",
     ("reaction", "MMR", "JPN", "positive")),
    # a subject after an introductory phrase that ends in a place
    ("Chile left the OAS on Monday. In a statement issued at its headquarters in Washington, the OAS said it regretted the decision.",
     ("reaction", "OAS", "CHL", "negative")),
    # a designation named as a description
    ("Germany described China as a systemic rival on Monday. China rejected the description as unfounded.",
     ("reaction", "CHN", "DEU", "negative")),
])
def test_reaction_constructions(text, expected):
    assert expected in {f[:4] for f in brief(run(text))}


def test_an_act_of_goodwill_is_no_negative_reaction():
    facts = run("Japan lifted sanctions on Myanmar on Monday. Myanmar called the decision an act of goodwill.")
    assert not [f for f in facts if f["kind"] == "reaction" and f["action"] == "negative"]


def test_a_cue_inside_an_aside_does_not_veto_the_main_clause():
    text = ("The US lifted sanctions on Syria on Monday. Officials in Jordan and Iraq, which had both urged "
            "Washington to act, also praised the decision.")
    assert {f[:4] for f in brief(run(text)) if f[0] == "reaction"} == {
        ("reaction", "JOR", "USA", "positive"), ("reaction", "IRQ", "USA", "positive")}
    text = ("The US lifted sanctions on Syria on Monday. Officials in Jordan, which had urged Washington to act, "
            "did not praise the decision.")
    assert [f for f in run(text) if f["kind"] == "reaction"] == []


def test_the_target_of_a_named_act_picks_the_event_however_far_back():
    filler = " ".join(f"Paragraph {i} discusses trade figures at length." for i in range(10))
    text = ("Germany described China as a systemic rival and Russia as a threat on Monday. " + filler +
            " Beijing rejected the description of China as a rival.")
    assert ("reaction", "CHN", "DEU", "negative") in {f[:4] for f in brief(run(text))}


@pytest.mark.parametrize("text, expected", [
    ("Kenya's designation as a major non-NATO ally took effect on Monday.",
     {("designation_change", "USA", "KEN", "assigned", "major non-nato ally", "2024-06-10")}),
    ("The listing of Cuba as a state sponsor of terrorism came into force on Tuesday.",
     {("designation_change", "USA", "CUB", "assigned", "state sponsor of terrorism", "2024-06-11")}),
    ("The rescission of the designation of Cuba as a state sponsor of terrorism took effect on Monday.",
     {("designation_change", "USA", "CUB", "removed", "state sponsor of terrorism", "2024-06-10")}),
    ("Kenya's designation as a major non-NATO ally, which took effect in 2024, has lifted trade.", set()),
    ("Kenya's designation as a major non-NATO ally could take effect next month.", set()),
])
def test_a_designation_named_as_a_noun_taking_effect(text, expected):
    assert brief(run(text)) == expected


def test_a_decision_taken_at_a_seat_of_government():
    facts = run("EU foreign ministers agreed in Brussels on Monday to impose sanctions on Belarus.")
    assert brief(facts) == {("sanction_change", "EU", "BLR", "imposed", None, "2024-06-10")}
    assert run("EU foreign ministers met in Brussels on Monday to discuss sanctions on Belarus.") == []


def test_a_licence_dated_before_its_participle():
    facts = run("The US Treasury issued a licence on Tuesday allowing transactions with Venezuela's state oil company.")
    assert brief(facts) == {("sanction_change", "USA", "VEN", "lifted", None, "2024-06-11")}


@pytest.mark.parametrize("text, expected", [
    ("The Belarusian government on Monday approved a list of foreign states it considers hostile. "
     "Lithuania, Latvia and Poland were all named, alongside the United States.",
     {("designation_change", "BLR", a, "assigned", "hostile", "2024-06-10") for a in ("LTU", "LVA", "POL", "USA")}),
    ("Belarus on Monday published a list of 'hostile' countries. Lithuania and Poland were included.",
     {("designation_change", "BLR", a, "assigned", "hostile", "2024-06-10") for a in ("LTU", "POL")}),
    # traps: a list of something else, a possible list, a list two sentences back, no list at all
    ("Belarus on Monday published a list of banned media outlets. Lithuania and Poland were included.", set()),
    ("Belarus could publish a list of states it considers hostile. Lithuania and Poland were named.", set()),
    ("Belarus on Monday approved a list of foreign states it considers hostile. Analysts expect new trade curbs. "
     "Lithuania and Poland were named.", set()),
    ("Lithuania and Poland were named in the report.", set()),
])
def test_a_list_announced_then_its_members_named(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text", [
    "Hungary said it would put its participation in the ICC on hold if the court did not change course.",
    "Nicaragua said on Monday it would withdraw from UNESCO unless the agency reversed its decision.",
    "The EU agreed on Monday to impose sanctions on Belarus should Minsk fail to release the prisoners.",
])
def test_an_announced_act_under_a_condition_is_no_fact(text):
    assert [f for f in run(text) if f["kind"] != "reaction"] == []


def test_even_if_is_no_condition():
    facts = run("Nicaragua said on Monday it would withdraw from UNESCO even if the move cost it funding.")
    assert brief(facts) == {("membership_change", "NIC", "UNESCO", "left", None, "2024-06-10")}


@pytest.mark.parametrize("text, expected", [
    ("Canada imposed sanctions on Iran on Monday. Iran called the decision \"unacceptable\".",
     ("reaction", "IRN", "CAN", "negative")),
    ("Canada imposed sanctions on Iran on Monday. The decision drew swift condemnation from Iran.",
     ("reaction", "IRN", "CAN", "negative")),
    ("Japan lifted sanctions on Myanmar on Monday. The move drew praise from Thailand.",
     ("reaction", "THA", "JPN", "positive")),
    ("Japan lifted sanctions on Myanmar on Monday. Thailand expressed its satisfaction with the decision.",
     ("reaction", "THA", "JPN", "positive")),
    ("Japan lifted sanctions on Myanmar on Monday. Thailand voiced support for the move.",
     ("reaction", "THA", "JPN", "positive")),
    ("Canada imposed sanctions on Iran on Monday. Iran summoned the Canadian ambassador in protest.",
     ("reaction", "IRN", "CAN", "negative")),
])
def test_reactions_as_nouns_quotes_and_summons(text, expected):
    assert expected in {f[:4] for f in brief(run(text))}


@pytest.mark.parametrize("text", [
    "Canada imposed sanctions on Iran on Monday. The decision could draw condemnation from Iran.",
    "Japan lifted sanctions on Myanmar on Monday. Thailand did not express support for the move.",
])
def test_reactions_as_nouns_traps(text):
    assert [f for f in run(text) if f["kind"] == "reaction"] == []


def test_hit_with_sanctions():
    assert brief(run("Canada hit Iran with new sanctions on Monday.")) == {
        ("sanction_change", "CAN", "IRN", "imposed", None, "2024-06-10")}
    assert run("Canada threatened to hit Iran with new sanctions.") == []


@pytest.mark.parametrize("text, expected", [
    ("Sweden's membership of NATO took effect on Thursday.",
     {("membership_change", "SWE", "NATO", "joined", None, "2024-06-13")}),
    ("Sweden's NATO membership became official on Thursday.",
     {("membership_change", "SWE", "NATO", "joined", None, "2024-06-13")}),
    ("Sweden's NATO membership could become official next month.", set()),
])
def test_a_membership_named_as_a_noun_taking_effect(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the passive keeps its roles: the agent after "by" reacts, the possessor acted
    ("Ecuador's decision was condemned by Mexico.", {("reaction", "MEX", "ECU", "negative")}),
    ("Ecuador's decision drew sharp criticism from Mexico.", {("reaction", "MEX", "ECU", "negative")}),
    ("Canada imposed sanctions on Iran on Monday. The move was sharply criticised by Iran.",
     {("sanction_change", "CAN", "IRN", "imposed"), ("reaction", "IRN", "CAN", "negative")}),
    ("Canada imposed sanctions on Iran on Monday. The move was not welcomed by Iran.",
     {("sanction_change", "CAN", "IRN", "imposed")}),
])
def test_passive_reactions_keep_their_roles(text, expected):
    assert {f[:4] for f in brief(run(text))} == expected


# ------------------------------------------------------------------ round 9
@pytest.mark.parametrize("text, expected", [
    # "their countries" / "the two governments" after a verb of saying stand for the named subjects
    ("The leaders of Chile and Peru said on Tuesday that their countries were withdrawing from the "
     "Organization of American States.",
     {("membership_change", "CHL", "OAS", "left", None, "2024-06-11"),
      ("membership_change", "PER", "OAS", "left", None, "2024-06-11")}),
    ("Officials in Hungary and Slovakia announced on Monday that both governments had quit the OECD.",
     {("membership_change", "HUN", "OECD", "left", None, "2024-06-10"),
      ("membership_change", "SVK", "OECD", "left", None, "2024-06-10")}),
])
def test_plural_pronoun_subjects_after_saying(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # undoing a decision to designate removes the designation
    ("The Treasury on Wednesday reversed its earlier decision to label Vietnam a currency manipulator.",
     {("designation_change", "USA", "VNM", "removed", "currency manipulator", "2024-06-12")}),
    ("Washington rescinded the decision to designate North Korea as a state sponsor of terrorism on Monday.",
     {("designation_change", "USA", "PRK", "removed", "state sponsor of terrorism", "2024-06-10")}),
    # undoing a removal restores it
    ("The new administration on Monday overturned its predecessor's decision to take Syria off the "
     "list of state sponsors of terrorism.",
     {("designation_change", "USA", "SYR", "assigned", "state sponsor of terrorism", "2024-06-10")}),
    ("Washington annulled the 2015 decision to remove Iran from its list of state sponsors of terrorism on Tuesday.",
     {("designation_change", "USA", "IRN", "assigned", "state sponsor of terrorism", "2024-06-11")}),
])
def test_reversing_a_decision_to_designate_or_remove(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text", [
    "Washington may reverse its decision to label Vietnam a currency manipulator.",
    "Washington did not overturn the decision to take Syria off the list of state sponsors of terrorism.",
    "Senators urged the Treasury to reverse its decision to label Vietnam a currency manipulator.",
])
def test_reversing_a_decision_traps(text):
    assert run(text) == []


def test_list_naming_among_others():
    facts = run("Belarus on Monday published a list of 'hostile' states and territories that it says "
                "have harmed its interests, naming among others Poland and Lithuania.")
    assert brief(facts) == {("designation_change", "BLR", "POL", "assigned", "hostile", "2024-06-10"),
                            ("designation_change", "BLR", "LTU", "assigned", "hostile", "2024-06-10")}


def test_since_date_is_not_the_event_date():
    facts = run("The African Union on Tuesday adopted a new Security Strategy, its first since 2012.")
    assert brief(facts) == {("policy_issued", "AU", None, "issued", "Security Strategy", "2024-06-11")}


@pytest.mark.parametrize("text, expected", [
    ("Allied leaders meeting in Vilnius on Tuesday endorsed a new Defence Strategy.",
     {("policy_issued", "NATO", None, "issued", "Defence Strategy", "2024-06-11")}),
    ("Meeting in Abuja on Sunday, West Africa's regional bloc slapped sanctions on Guinea.",
     {("sanction_change", "ECOWAS", "GIN", "imposed", None, "2024-06-09")}),
])
def test_collective_references(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The EU agreed on Monday to hit Iran's oil sector with sanctions.",
     {("sanction_change", "EU", "IRN", "imposed", None, "2024-06-10")}),
    ("Washington on Tuesday hit Syria's banks with fresh sanctions.",
     {("sanction_change", "USA", "SYR", "imposed", None, "2024-06-11")}),
])
def test_hit_a_states_economy_with_sanctions(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Prime Minister Keir Starmer on Wednesday released the public version of Britain's new Defence Strategy.",
     {("policy_issued", "GBR", None, "issued", "Defence Strategy", "2024-06-12")}),
])
def test_policy_released_as_a_version(text, expected):
    assert {f[:2] + f[4:5] for f in brief(run(text, dt.date(2025, 6, 14)))} == {e[:2] + e[4:5] for e in expected}


@pytest.mark.parametrize("text, expected", [
    # prompt reactions: "was quick to", "was among the first to"
    ("Chile joined the OECD on Monday. Argentina was quick to congratulate its neighbour.",
     ("reaction", "ARG", "CHL", "positive")),
    ("Chile joined the OECD on Monday. Peru was among the first to welcome the move.",
     ("reaction", "PER", "CHL", "positive")),
    ("The EU imposed sanctions on Iran on Monday. Tehran was quick to condemn the decision.",
     ("reaction", "IRN", "EU", "negative")),
    # thanks go to someone, not to an act: any addressee stands for the last event's actor
    ("Estonia's parliament on Tuesday declared Russia a state sponsor of terrorism. Ukraine's foreign "
     "minister thanked the Riigikogu for its courage.",
     ("reaction", "UKR", "EST", "positive")),
    ("The EU imposed sanctions on Belarus on Monday. Lithuania thanked the bloc's ministers.",
     ("reaction", "LTU", "EU", "positive")),
    # a response by an act
    ("ECOWAS imposed sanctions on Guinea on Sunday. Conakry responded by recalling its ambassadors "
     "from ECOWAS states.", ("reaction", "GIN", "ECOWAS", "negative")),
    # an initiative or proposal is an act one may dismiss
    ("China published a peace plan titled Common Security Initiative on Friday. NATO dismissed the initiative.",
     ("reaction", "NATO", "CHN", "negative")),
])
def test_prompt_and_addressed_reactions(text, expected):
    assert expected in {f[:4] for f in brief(run(text))}


@pytest.mark.parametrize("text", [
    "Chile joined the OECD on Monday. Argentina could be quick to congratulate its neighbour.",
    "Chile joined the OECD on Monday. Argentina did not thank its neighbour.",
])
def test_prompt_and_addressed_reactions_traps(text):
    assert all(f["kind"] != "reaction" for f in run(text))


def test_a_reaction_object_may_hold_the_next_reaction():
    facts = run("Washington lifted its sanctions on Cuba on Tuesday. Mexico's Foreign Ministry welcomed what "
                "it called a positive step, and Brazil and Chile also praised the announcement.")
    assert {f[:4] for f in brief(facts) if f[0] == "reaction"} == {
        ("reaction", "MEX", "USA", "positive"), ("reaction", "BRA", "USA", "positive"),
        ("reaction", "CHL", "USA", "positive")}


@pytest.mark.parametrize("text, expected", [
    ("Portugal became the 39th member of the OECD on Thursday. Spain greeted its neighbour's accession.",
     ("reaction", "ESP", "PRT", "positive")),
    ("Finland joined NATO on Tuesday. Moscow denounced the enlargement.",
     ("reaction", "RUS", "FIN", "negative")),
    ("Washington lifted its sanctions on Cuba on Tuesday. Havana described the decision as a new chapter.",
     ("reaction", "CUB", "USA", "positive")),
])
def test_entries_greeted_and_new_beginnings(text, expected):
    assert expected in {f[:4] for f in brief(run(text))}


def test_an_entry_greeted_with_dismay_is_not_praise():
    facts = run("Finland joined NATO on Tuesday. Moscow greeted the accession with dismay.")
    assert ("reaction", "RUS", "FIN", "positive") not in {f[:4] for f in brief(facts)}


# ------------------------------------------------------------------ round 10
@pytest.mark.parametrize("text, expected", [
    ("Mongolia was admitted on Tuesday as the newest member of the OECD.",
     {("membership_change", "MNG", "OECD", "joined", None, "2024-06-11")}),
    ("Chad and Togo announced on Monday that they were walking away from ECOWAS.",
     {("membership_change", "TCD", "ECOWAS", "left", None, "2024-06-10"),
      ("membership_change", "TGO", "ECOWAS", "left", None, "2024-06-10")}),
    ("Slovakia's parliament voted on Wednesday to walk away from the International Criminal Court.",
     {("membership_change", "SVK", "ICC", "left", None, "2024-06-12")}),
    ("Niger was suspended from all activities of the African Union on Thursday.",
     {("membership_change", "NER", "AU", "suspended", None, "2024-06-13")}),
    ("Laos lodged a formal application on Monday to join the OECD.",
     {("membership_change", "LAO", "OECD", "applied", None, "2024-06-10")}),
])
def test_round10_membership(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text", [
    "Chad said it was not walking away from ECOWAS.",
    "Slovakia's parliament could vote next month to walk away from the International Criminal Court.",
    "Niger could be suspended from all activities of the African Union.",
    "Was Mongolia admitted on Tuesday as the newest member of the OECD?",
])
def test_round10_membership_traps(text):
    assert run(text) == []


@pytest.mark.parametrize("text, expected", [
    ("West African leaders slapped Guinea with a raft of new sanctions on Sunday.",
     ("sanction_change", "ECOWAS", "GIN", "imposed")),
    ("Canada is imposing asset freezes and travel bans on 12 officials of the Iranian regime.",
     ("sanction_change", "CAN", "IRN", "imposed")),
    ("Today, a year after the crackdown in Belarus, the Canadian government is imposing sanctions on Belarus.",
     ("sanction_change", "CAN", "BLR", "imposed")),
    ("On May 3, at a summit in Abuja, West African leaders imposed sanctions on Guinea.",
     ("sanction_change", "ECOWAS", "GIN", "imposed")),
])
def test_round10_sanctions(text, expected):
    assert expected in {f[:4] for f in brief(run(text))}


def test_the_date_of_an_earlier_imposition_is_not_the_lifting_date():
    facts = run("Russia has lifted the sanctions it imposed in 2019 on members of the European Parliament, "
                "a spokesman confirmed on Wednesday.")
    assert brief(facts) == {("sanction_change", "RUS", "EU", "lifted", None, "2024-06-12")}


def test_an_intro_closed_by_a_comma_keeps_the_whole_list():
    facts = run("On Monday, Mali, Chad and Niger left ECOWAS.")
    assert {f["subject"] for f in facts} == {"MLI", "TCD", "NER"}


@pytest.mark.parametrize("text, expected", [
    ("Jamaica was struck off the grey list of the Financial Action Task Force on Friday.",
     {("designation_change", "FATF", "JAM", "removed", "grey list", "2024-06-14")}),
    ("The Financial Action Task Force met in Paris. The watchdog added Kenya to its grey list on Friday.",
     {("designation_change", "FATF", "KEN", "assigned", "grey list", "2024-06-14")}),
    ("On Tuesday the Council struck Panama off the EU list of non-cooperative jurisdictions.",
     {("designation_change", "EU", "PAN", "removed", "non-cooperative jurisdiction", "2024-06-11")}),
    ("The United States returned Cuba to the list of state sponsors of terrorism within hours of the vote on Monday.",
     {("designation_change", "USA", "CUB", "assigned", "state sponsor of terrorism", "2024-06-10")}),
])
def test_round10_designations(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text", [
    "Jamaica could be struck off the grey list of the Financial Action Task Force.",
    "The Financial Action Task Force met in Paris. The watchdog did not add Kenya to its grey list.",
    "Senators urged the Council to strike Panama off the EU list of non-cooperative jurisdictions.",
])
def test_round10_designation_traps(text):
    assert run(text) == []


def test_documents_listed_between_dashes_and_the_document_as_subject():
    facts = run("Canada's cabinet on Friday approved two documents – a revised Arctic Strategy and a Defence "
                "Renewal Program – that reshape its posture. The Arctic Strategy adopted on Friday calls Russia "
                "'the gravest threat' to the region.")
    assert brief(facts) == {
        ("policy_issued", "CAN", None, "issued", "Arctic Strategy", "2024-06-14"),
        ("policy_issued", "CAN", None, "issued", "Defence Renewal Program", "2024-06-14"),
        ("designation_change", "CAN", "RUS", "assigned", "gravest threat", "2024-06-14")}


def test_a_dateline_date_yields_to_a_day_told_near_the_verb():
    facts = run("OTTAWA, June 14 – Canada added Iran to its list of state sponsors of terrorism within hours of "
                "the attack on Tuesday.")
    assert {f["date"] for f in facts} == {"2024-06-11"}


# ------------------------------------------------------------------ organs without their state
def test_bare_organ_is_the_state_last_named_as_actor():
    text = ("Canada imposed sanctions on Iran on Monday.\n\n"
            "Iran summoned the Canadian ambassador on Tuesday. The Foreign Ministry denounced the sanctions as illegal.")
    assert ("reaction", "IRN", "CAN", "negative") in {f[:4] for f in brief(run(text))}


def test_bare_organ_takes_the_dateline_state():
    text = "TEHRAN — The Foreign Ministry on Wednesday condemned the sanctions Canada imposed on Iran on Monday."
    assert ("reaction", "IRN", "CAN", "negative") in {f[:4] for f in brief(run(text))}


def test_bare_organ_with_two_equally_recent_states_stays_unresolved():
    text = ("Canada imposed sanctions on Iran on Monday.\n\n"
            "Iran and Iraq signed a trade pact on Tuesday. The Foreign Ministry denounced the sanctions as illegal.")
    assert [f["kind"] for f in run(text)] == ["sanction_change"]


def test_bare_organ_ignores_a_state_governed_by_a_preposition_and_other_paragraphs():
    # the only state before "the junta" in its paragraph stands after "on": no actor to stand for
    text = "Mali left ECOWAS on Monday.\n\nSanctions on Mali were discussed. The junta welcomed the move."
    assert {f["kind"] for f in run(text)} == {"membership_change"}


# ------------------------------------------------------------------ agentless passives
def test_agentless_passive_takes_the_previous_sentences_subject():
    facts = brief(run("Canada said on Monday it would ease its sanctions regime. Sanctions on Iran were lifted on Tuesday."))
    assert facts == {("sanction_change", "CAN", "IRN", "lifted", None, "2024-06-11")}
    facts = brief(run("Canada lifted sanctions on Iran on Monday. Sanctions on Syria were also lifted."))
    assert ("sanction_change", "CAN", "SYR", "lifted", None, "2024-06-10") in facts


def test_agentless_passive_needs_a_previous_sentence_about_the_same_act():
    # the sentence before is about talks, not sanctions; a paragraph break; a background date
    assert run("Canada held talks with Mexico on Monday. Sanctions on Iran were lifted on Tuesday.") == []
    assert run("Canada said on Monday it would ease its sanctions regime.\n\nSanctions on Iran were lifted on Tuesday.") == []
    assert run("Canada said on Monday it would ease its sanctions regime. Sanctions on Iran were lifted in 2016.") == []
    assert run("Sanctions on Iran were lifted on Tuesday.") == []


# ------------------------------------------------------------------ reactions told by a feeling
@pytest.mark.parametrize("text, expected", [
    ("Canada imposed sanctions on Iran on Monday. Tehran hit back.", ("IRN", "CAN", "negative")),
    ("Canada imposed sanctions on Iran on Monday. Tehran reacted with consternation.", ("IRN", "CAN", "negative")),
    ("Austria lifted sanctions on Fiji on Monday. Fiji reacted with evident relief.", ("FJI", "AUT", "positive")),
    ("Austria lifted sanctions on Fiji on Monday.\n\nFiji said it was delighted.", ("FJI", "AUT", "positive")),
    ("Austria lifted sanctions on Fiji on Monday. Suva said it was very satisfied with the outcome.", ("FJI", "AUT", "positive")),
    ("Peru left the OAS on Monday. Chile said it was deeply disappointed by the move.", ("CHL", "PER", "negative")),
    ("Peru left the OAS on Monday. Chile voiced regret.", ("CHL", "PER", "negative")),
    ("Peru left the OAS on Monday. " + "Trade rose. " * 5 + "Chile voiced regret.", ("CHL", "PER", "negative")),
    # paragraphs that report no act do not hide the last one
    ("Peru left the OAS on Monday.\n\nTrade rose.\n\nChile said it was deeply disappointed.", ("CHL", "PER", "negative")),
])
def test_reaction_told_by_a_feeling_reacts_to_another_actors_last_act(text, expected):
    got = {(f["subject"], f["object"], f["action"]) for f in run(text) if f["kind"] == "reaction"}
    assert got == {expected}


@pytest.mark.parametrize("text", [
    "Chile said it was deeply disappointed.",  # no act at all
    "Chile left the OAS on Monday. Chile said it was deeply disappointed.",  # its own act only
    # two paragraphs back, with an act of its own in between
    "Peru left the OAS on Monday.\n\nChile joined the WTO on Friday.\n\nChile said it was deeply disappointed.",
    # one paragraph without blank lines: seven sentences back is too far
    "Peru left the OAS on Monday. " + "Trade rose. " * 6 + "Chile said it was deeply disappointed.",
    "Peru left the OAS on Monday. Chile said it was not disappointed.",
    "Peru left the OAS on Monday. Chile did not react with anger.",
    "Peru left the OAS on Monday. Chile would react with anger.",
    "Peru left the OAS on Monday. Did Chile react with dismay?",
    "Peru left the OAS on Monday. Chile said it was disappointed with the weather.",
    "Peru left the OAS on Monday. Chile said it was pleased to host the summit.",
    "Peru left the OAS on Monday. Chile said it was disappointed that talks had stalled.",
])
def test_feeling_without_an_act_of_another_or_about_something_else_is_no_reaction(text):
    assert [f for f in run(text) if f["kind"] == "reaction"] == []


# ------------------------------------------------------------------ a leader's administration
@pytest.mark.parametrize("text, pub, expected", [
    ("The Biden administration imposed sanctions on Iran on Monday.", dt.date(2023, 5, 3), {"USA"}),
    ("The Biden-Harris administration imposed sanctions on Iran on Monday.", dt.date(2023, 5, 3), {"USA"}),
    ("The Meloni government imposed sanctions on Iran on Monday.", dt.date(2023, 5, 3), {"ITA"}),
    ("The Kishida cabinet imposed sanctions on Iran on Monday.", dt.date(2023, 5, 3), {"JPN"}),
    # out of office at the article's date: no state
    ("The Biden administration imposed sanctions on Iran on Monday.", dt.date(2025, 5, 3), set()),
    ("The Biden-Harris administration imposed sanctions on Iran on Monday.", dt.date(2025, 5, 3), set()),
    ("The Russia-Ukraine government imposed sanctions on Iran on Monday.", dt.date(2023, 5, 3), set()),
])
def test_a_leaders_administration_is_the_state_of_the_office_held_then(text, pub, expected):
    assert {f["subject"] for f in run(text, pub)} == expected


def test_switzerlands_federal_council_needs_switzerland_named():
    facts = brief(run("Switzerland said the Federal Council imposed sanctions on Belarus on Tuesday."))
    assert facts == {("sanction_change", "CHE", "BLR", "imposed", None, "2024-06-11")}
    assert {f["subject"] for f in run("The Swiss Federal Council imposed sanctions on Belarus.")} == {"CHE"}
    # a federal council of another state, with Switzerland unnamed
    assert run("The Federal Council imposed sanctions on Belarus on Tuesday.") == []


def test_reacting_with_a_qualified_feeling():
    text = "Canada imposed sanctions on Iran on Monday. Tehran reacted with predictable hostility."
    assert {(f["subject"], f["object"], f["action"]) for f in run(text) if f["kind"] == "reaction"} == {("IRN", "CAN", "negative")}
    assert [f for f in run("Canada imposed sanctions on Iran on Monday. Tehran reacted with little anger.")
            if f["kind"] == "reaction"] == []


# ------------------------------------------------------------------ clause boundaries
@pytest.mark.parametrize("text, expected", [
    # two actors joined by ", and" belong to two clauses: only the second is the subject
    ("Ireland would recognise Palestine, and the Netherlands lifted its arms sanctions on Israel on Monday.",
     {("sanction_change", "NLD", "ISR", "lifted", None, "2024-06-10")}),
    ("Norway criticised Israel, but Sweden imposed sanctions on Iran on Monday.",
     {("sanction_change", "SWE", "IRN", "imposed", None, "2024-06-10")}),
    # a list of three keeps its serial comma
    ("Denmark, Finland, and Estonia imposed sanctions on Belarus on Monday.",
     {("sanction_change", a, "BLR", "imposed", None, "2024-06-10") for a in ("DNK", "FIN", "EST")}),
    ("Denmark and Finland imposed sanctions on Belarus on Monday.",
     {("sanction_change", a, "BLR", "imposed", None, "2024-06-10") for a in ("DNK", "FIN")}),
])
def test_two_actors_joined_by_comma_and_are_two_clauses(text, expected):
    assert brief(f for f in run(text) if f["kind"] == "sanction_change") == expected


# ------------------------------------------------------------------ an organisation called by its size
@pytest.mark.parametrize("text, pub, expected", [
    ("The 27-nation bloc imposed sanctions on Belarus on Monday.", PUB,
     {("sanction_change", "EU", "BLR", "imposed", None, "2024-06-10")}),
    ("The 32-member alliance suspended Hungary on Monday.", PUB,
     {("membership_change", "HUN", "NATO", "suspended", None, "2024-06-10")}),
    # the size is read on the article's date: NATO had 30 members in 2021
    ("The 30-member alliance suspended Hungary on Monday.", dt.date(2021, 5, 7),
     {("membership_change", "HUN", "NATO", "suspended", None, "2021-05-03")}),
    ("The ten-member bloc suspended Myanmar on Tuesday.", dt.date(2021, 10, 29),
     {("membership_change", "MMR", "ASEAN", "suspended", None, "2021-10-26")}),
])
def test_an_organisation_called_by_its_size(text, pub, expected):
    assert brief(run(text, pub)) == expected


@pytest.mark.parametrize("text, pub", [
    ("The 30-member alliance suspended Hungary on Monday.", PUB),  # no alliance had 30 members in 2024
    ("The ten-member bloc suspended Myanmar on Tuesday.", dt.date(2025, 3, 7)),  # ASEAN and the SCO both had ten
    ("The ten-member bloc suspended Myanmar on Tuesday.", None),  # undated: ASEAN once, the SCO now
])
def test_a_size_no_single_organisation_had_names_nobody(text, pub):
    assert run(text, pub) == []


# ------------------------------------------------------------------ breaking off relations
@pytest.mark.parametrize("text, expected", [
    ("Bolivia severed diplomatic ties with Israel on Tuesday.", {("reaction", "BOL", "ISR", "negative", None, "2024-06-11")}),
    ("Belize broke off relations with Israel on Monday.", {("reaction", "BLZ", "ISR", "negative", None, "2024-06-10")}),
    ("Burkina Faso said on Monday it was cutting ties with France.", {("reaction", "BFA", "FRA", "negative", None, "2024-06-10")}),
])
def test_breaking_off_relations_with_a_state_is_a_negative_reaction_to_it(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text", [
    "Bolivia did not sever diplomatic ties with Israel.",
    "Bolivia could cut ties with Israel.",
    "Bolivia cut ties with Israel's arms suppliers.",
    "Bolivia cut tariffs on goods from Israel.",
])
def test_no_rupture_no_reaction(text):
    assert not [f for f in run(text) if f["kind"] == "reaction"]  # (a tariff cut still eases a sanction)



# ------------------------------------------------------------------ a person's pronoun after saying
@pytest.mark.parametrize("text, expected", [
    ("President Joe Biden said on Friday he was designating Kenya a major non-NATO ally.",
     {("designation_change", "USA", "KEN", "assigned", "major non-nato ally", "2024-06-14")}),
    ("Prime Minister Giorgia Meloni said she had lifted the sanctions on Belarus on Monday.",
     {("sanction_change", "ITA", "BLR", "lifted", None, "2024-06-10")}),
    ("Ukraine's foreign ministry called Georgia's decision short-sighted.", {("reaction", "UKR", "GEO", "negative", None, "2024-06-14")}),
])
def test_a_leader_said_he_or_she_did_it_and_new_judgements(text, expected):
    assert brief(run(text)) == expected


def test_a_judgement_of_another_states_reported_act():
    text = "Georgia cut ties with Ukraine on Sunday.\n\nUkraine's foreign ministry called Georgia's decision short-sighted and hasty."
    assert ("reaction", "UKR", "GEO", "negative", None, "2024-06-14") in brief(run(text))


# ------------------------------------------------------------------ lifting is never imposing
@pytest.mark.parametrize("text, expected", [
    ("On May 3, Canada agreed to lift the remaining sanctions on Libya.", {("sanction_change", "CAN", "LBY", "lifted", None, "2024-05-03")}),
    ("Canada announced plans on Monday to ease its sanctions on Libya.", set()),  # plans are not acts
])
def test_words_that_undo_sanctions_never_impose_them(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == expected


# ------------------------------------------------------------------ defining a state as hostile
@pytest.mark.parametrize("text, expected", [
    ("Azerbaijan has defined Armenia in its new doctrine as a hostile state, officials said on Monday.",
     ("designation_change", "AZE", "ARM", "assigned", "hostile state", "2024-06-10")),
    ("Belarus defined Lithuania as an unfriendly country on Monday.",
     ("designation_change", "BLR", "LTU", "assigned", "unfriendly country", "2024-06-10")),
])
def test_defining_a_state_as_hostile_is_a_designation(text, expected):
    assert expected in brief(run(text))


# ------------------------------------------------------------------ states whose names take "the"
@pytest.mark.parametrize("text, expected", [
    ("The United States designated the Philippines a major non-NATO ally on Monday.",
     ("designation_change", "USA", "PHL", "assigned", "major non-nato ally", "2024-06-10")),
    ("Iran added the United Kingdom to its list of unfriendly countries on Monday.",
     ("designation_change", "IRN", "GBR", "assigned", "unfriendly country", "2024-06-10")),
    ("Russia put the Netherlands on its list of unfriendly countries on Monday.",
     ("designation_change", "RUS", "NLD", "assigned", "unfriendly country", "2024-06-10")),
    ("The FATF placed the Philippines on its grey list on Monday.",
     ("designation_change", "FATF", "PHL", "assigned", "grey list", "2024-06-10")),
    ("The FATF took the United Arab Emirates off its grey list on Monday.",
     ("designation_change", "FATF", "ARE", "removed", "grey list", "2024-06-10")),
    ("The ICC suspended the Gambia from its activities on Monday.",
     ("membership_change", "GMB", "ICC", "suspended", None, "2024-06-10")),
    ("The Commonwealth suspended the Gambia on Monday.",
     ("membership_change", "GMB", "COMMONWEALTH", "suspended", None, "2024-06-10")),
    ("The global anti-money-laundering watchdog took Panama off its grey list on Monday.",
     ("designation_change", "FATF", "PAN", "removed", "grey list", "2024-06-10")),
    ("Taiwan formally applied on Wednesday to join the CPTPP.",
     ("membership_change", "TWN", "CPTPP", "applied", None, "2024-06-12")),
])
def test_objects_named_with_the_and_epithets(text, expected):
    assert expected in brief(run(text))


# ------------------------------------------------------------------ what a document says a state poses
def test_a_document_saying_a_state_poses_a_threat_is_its_issuers_designation():
    text = ("Japan adopted a new National Security Strategy on Friday.\n\n"
            "The strategy says North Korea's missile activities pose a grave threat to the region.")
    assert ("designation_change", "JPN", "PRK", "assigned", "grave threat", "2024-06-14") in brief(run(text))


@pytest.mark.parametrize("text", [
    "Analysts said North Korea poses a grave threat to the region.",  # no document
    "Japan adopted a new National Security Strategy on Friday. " + "Trade rose. " * 4
    + "The report said North Korea poses a grave threat.",  # the document is too far back
    "Japan adopted a new National Security Strategy on Friday. The strategy asks whether North Korea poses a grave threat?",
])
def test_a_threat_posed_without_a_document_just_issued_is_no_designation(text):
    assert [f for f in run(text) if f["kind"] == "designation_change"] == []


def test_a_document_saying_a_state_is_a_rival_names_each_label_of_a_coordination():
    text = ("Canada adopted its first Indo-Pacific Strategy on Tuesday.\n\n"
            "The paper says that China is at once an economic competitor and a systemic rival.")
    designations = {f[4] for f in brief(run(text)) if f[0] == "designation_change"}
    assert designations == {"economic competitor", "systemic rival"}


@pytest.mark.parametrize("text, expected", [
    # each part ends in a head noun: one designation each ("competitor" alone is too generic to keep)
    ("Lithuania described China as a partner, a competitor and a systemic rival on Monday.", {"systemic rival"}),
    ("Lithuania described Russia as a threat and an adversary on Monday.", {"threat", "adversary"}),
])
def test_coordinated_labels_are_separate_designations(text, expected):
    assert {f[4] for f in brief(run(text)) if f[0] == "designation_change"} == expected


def test_making_a_state_a_country_of_particular_concern():
    text = "President Joe Biden said on Friday he was making Vietnam a 'country of particular concern'."
    assert brief(run(text)) == {("designation_change", "USA", "VNM", "assigned", "country of particular concern", "2024-06-14")}


@pytest.mark.parametrize("text, absent", [
    # the state after "declared X a regime and" is an object, not the one condemning
    ("Latvia's parliament on Tuesday declared Russia a terrorist regime and Belarus a state that aids it, "
     "condemning the annexation.", {"RUS", "BLR"}),
    # "its own list" names no label
    ("Seoul had already put Japan back on its own list in April.", {"KOR"}),
])
def test_objects_and_function_words_are_never_subjects(text, absent):
    assert not {f["subject"] for f in run(text)} & absent


def test_severing_its_own_ties():
    assert brief(run("Bolivia severed its own ties with Israel on Tuesday.")) == {("reaction", "BOL", "ISR", "negative", None, "2024-06-11")}


def test_others_who_did_the_same_react_alike():
    text = "Peru condemned Bolivia on Monday. Chilean officials also condemned the incursion, as did the governments of Uruguay and Paraguay."
    assert {(f[1], f[2]) for f in brief(run(text)) if f[0] == "reaction"} == {
        ("PER", "BOL"), ("CHL", "BOL"), ("URY", "BOL"), ("PRY", "BOL")}


@pytest.mark.parametrize("noun", ["raid", "incursion", "crackdown", "arrests", "shelling"])
def test_a_use_of_force_named_by_its_noun_is_the_act_reacted_to(noun):
    text = f"Peru condemned Bolivia on Monday. Chile condemned the {noun}."
    assert ("reaction", "CHL", "BOL", "negative", None, "2024-06-10") in brief(run(text))  # the chorus's day


def test_an_undated_act_later_in_the_article_happened_on_the_leads_day():
    text = ("The FATF placed Kenya on its grey list on Wednesday.\n\n"
            "Panama, by contrast, was taken off the grey list.")
    assert ("designation_change", "FATF", "PAN", "removed", "grey list", "2024-06-12") in brief(run(text))


def test_an_act_in_the_lead_paragraph_without_a_day_keeps_the_publication_date():
    assert brief(run("Panama was taken off the grey list.")) == {
        ("designation_change", "FATF", "PAN", "removed", "grey list", "2024-06-14")}


# ------------------------------------------------------------------ expelling and recalling envoys
@pytest.mark.parametrize("text, expected", [
    ("Norway expelled fifteen Russian diplomats on Thursday.", {("NOR", "RUS")}),
    ("Chad ordered the German ambassador to leave the country on Tuesday.", {("TCD", "DEU")}),
    ("Niger declared France's ambassador persona non grata on Monday.", {("NER", "FRA")}),
    ("Algeria recalled its ambassador from Spain on Saturday.", {("DZA", "ESP")}),
    ("Poland did not expel any Russian diplomats.", set()),
    ("Hungary could expel the Ukrainian ambassador.", set()),
    ("Hungary ordered Ukrainian troops to leave the border area on Monday.", set()),  # not envoys
])
def test_expelling_or_recalling_envoys_is_a_negative_reaction(text, expected):
    assert {(f[1], f[2]) for f in brief(run(text)) if f[0] == "reaction" and f[3] == "negative"} == expected


def test_readmitting_a_member_and_the_reactions_to_it():
    text = ("Arab foreign ministers voted on Sunday to readmit Libya to the Arab League.\n\n"
            "Tripoli welcomed the decision. Washington criticised the move.")
    assert brief(run(text)) == {
        ("membership_change", "LBY", "LAS", "joined", None, "2024-06-09"),
        ("reaction", "LBY", "LAS", "positive", None, "2024-06-14"),
        ("reaction", "USA", "LAS", "negative", None, "2024-06-14"),
    }


@pytest.mark.parametrize("text, expected", [
    ("Armenia has frozen its participation in the Russian-led Collective Security Treaty Organization.",
     ("membership_change", "ARM", "CSTO", "suspended", None, "2024-06-14")),
    ("Gabon left the French-backed Francophonie on Monday.", ("membership_change", "GAB", "OIF", "left", None, "2024-06-10")),
])
def test_an_organisation_after_a_compound_modifier(text, expected):
    assert expected in brief(run(text))


# ------------------------------------------------------------------ acts repeated by others, lists named before
@pytest.mark.parametrize("text, expected", [
    ("Japan lifted its sanctions on Libya on Monday. Australia followed on Wednesday.",
     {("sanction_change", "JPN", "LBY", "lifted", None, "2024-06-10"),
      ("sanction_change", "AUS", "LBY", "lifted", None, "2024-06-12")}),
    ("Gambia quit the Commonwealth on June 3, 2024, and Zambia and Malawi followed the next day.",
     {("membership_change", "GMB", "COMMONWEALTH", "left", None, "2024-06-03"),
      ("membership_change", "ZMB", "COMMONWEALTH", "left", None, "2024-06-04"),
      ("membership_change", "MWI", "COMMONWEALTH", "left", None, "2024-06-04")}),
    ("Norway designated Eritrea a country of concern on Tuesday. Iceland did likewise on Thursday.",
     {("designation_change", "NOR", "ERI", "assigned", "country of concern", "2024-06-11"),
      ("designation_change", "ISL", "ERI", "assigned", "country of concern", "2024-06-13")}),
])
def test_another_actor_following_repeats_the_last_act(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text", [
    "Japan lifted its sanctions on Libya on Monday. Analysts said Australia could follow soon.",
    "Japan lifted its sanctions on Libya on Monday. The decision followed months of talks with Tripoli.",
    "Japan lifted its sanctions on Libya on Monday. Australia has not followed.",
])
def test_following_that_is_speculation_or_sequence_adds_nothing(text):
    assert {f["subject"] for f in run(text)} == {"JPN"}


def test_taking_a_state_off_the_list_named_before():
    text = ("The task force added Peru to its grey list on Friday.\n\n"
            "At the same meeting the task force took Jordan off the list, and Albania was also removed from the list.")
    assert brief(run(text)) == {
        ("designation_change", "FATF", "PER", "assigned", "grey list", "2024-06-14"),
        ("designation_change", "FATF", "JOR", "removed", "grey list", "2024-06-14"),
        ("designation_change", "FATF", "ALB", "removed", "grey list", "2024-06-14"),
    }


def test_the_list_with_no_designation_before_names_nothing():
    assert run("Officials said the government took Jordan off the list on Friday.") == []


def test_a_body_readmitting_a_state_without_naming_itself_again():
    facts = run("The Commonwealth readmitted Fiji on Tuesday, ending a five-year suspension.")
    assert ("membership_change", "FJI", "COMMONWEALTH", "joined", None, "2024-06-11") in brief(facts)


def test_a_fixed_epithet_names_its_state():
    facts = run("The United States on Monday designated Latin America's largest economy a currency manipulator.")
    assert brief(facts) == {("designation_change", "USA", "BRA", "assigned", "currency manipulator", "2024-06-10")}


def test_the_tribunal_is_the_court_named_before_never_another_body():
    facts = run("Judges at the International Court of Justice met on Monday. Washington on Tuesday imposed sanctions on the tribunal.")
    assert brief(facts) == {("sanction_change", "USA", "ICJ", "imposed", None, "2024-06-11")}
    assert run("NATO met on Monday. Washington on Tuesday imposed sanctions on the tribunal.") == []


def test_sanctions_authorised_by_an_order_named_with_its_signer():
    facts = run("Mexico protested against a decree signed by Russia on Tuesday that imposes sanctions on Moldova.")
    assert ("sanction_change", "RUS", "MDA", "imposed", None, "2024-06-11") in brief(facts)


def test_a_leader_named_by_title_and_name_saying_his_government_reacted():
    facts = run("Moldova left the CIS on Monday. Romanian Prime Minister Ion Vasilescu said his government welcomed the step.")
    assert ("reaction", "ROU", "MDA", "positive", None, "2024-06-14") in brief(facts)


def test_the_reason_given_for_ones_own_act_is_no_reaction():
    facts = run("Nicaragua quit UNESCO on Monday, denouncing the agency as a tool of empire.")
    assert brief(facts) == {("membership_change", "NIC", "UNESCO", "left", None, "2024-06-10")}


def test_a_document_with_an_apposition_and_a_second_label_after_while():
    text = ("Japan's government published its National Defense Strategy on Monday. The document, titled Resolve 2035, "
            "calls Russia a grave threat, while describing China as an unprecedented challenge.")
    assert {(f["object"], f["designation"], f["date"]) for f in run(text) if f["kind"] == "designation_change"} == {
        ("RUS", "grave threat", "2024-06-10"), ("CHN", "unprecedented challenge", "2024-06-10")}


def test_a_decision_named_by_its_maker_inside_a_reaction_is_the_makers_act():
    facts = run("Chile on Monday condemned Washington's decision to designate Cuba a state sponsor of terrorism.")
    assert brief(facts) == {("reaction", "CHL", "USA", "negative", None, "2024-06-10"),
                            ("designation_change", "USA", "CUB", "assigned", "state sponsor of terrorism", "2024-06-10")}


@pytest.mark.parametrize("text, expected", [
    ("Norway hosted the talks. The Nordic country joined the OECD on Monday.",
     ("membership_change", "NOR", "OECD", "joined", None, "2024-06-10")),
    ("Bahrain hosted the talks, and the Gulf kingdom joined the OECD on Monday.",
     ("membership_change", "BHR", "OECD", "joined", None, "2024-06-10")),
    ("Jamaica hosted the talks on Monday. The island was added to the list of state sponsors of terrorism on Friday.",
     ("designation_change", "USA", "JAM", "assigned", "state sponsor of terrorism", "2024-06-14")),
])
def test_a_description_by_region_or_kind_is_the_state_named_before_that_fits(text, expected):
    assert expected in brief(run(text))


def test_a_description_skips_a_nearer_state_it_does_not_fit():
    text = "Finland joined the OECD on Monday. Japan's envoy hailed the Nordic country's entry."
    assert ("reaction", "JPN", "FIN", "positive", None, "2024-06-14") in brief(run(text))
    assert run("Japan hosted the talks. The Nordic country joined the OECD on Monday.") == []


def test_an_act_placed_years_before_the_news_is_background():
    text = "Fiji rejoined the Commonwealth on Monday, eight years after a coup leader pulled the Pacific nation out of the club."
    assert brief(run(text)) == {("membership_change", "FJI", "COMMONWEALTH", "joined", None, "2024-06-10")}


def test_the_move_paragraphs_later_is_the_articles_first_act():
    text = ("For weeks the talks went nowhere.\n\n"
            "Then on Monday the United States reinstated Cuba's designation as a state sponsor of terrorism.\n\n"
            "Markets barely moved. Traders said volumes were thin.\n\n"
            "In Havana the mood was grim. President Miguel Diaz-Canel denounced the move as an outrage.")
    assert ("reaction", "CUB", "USA", "negative", None, "2024-06-14") in brief(run(text))


def test_a_date_in_another_clause_yields_to_one_in_the_facts_own_clause():
    text = "Naval drills began near the coast this week, days after Belarus joined the SCO at a summit on June 4."
    assert brief(run(text)) == {("membership_change", "BLR", "SCO", "joined", None, "2024-06-04")}


def test_acceding_to_the_north_atlantic_treaty_is_joining_nato():
    assert brief(run("Finland acceded to the North Atlantic Treaty on April 4, 2023.")) == {
        ("membership_change", "FIN", "NATO", "joined", None, "2023-04-04")}


def test_restrictions_lifted_are_sanctions_lifted():
    assert brief(run("London lifted restrictions on Syria's defence ministry last month.")) == {
        ("sanction_change", "GBR", "SYR", "lifted", None, "2024-05")}


def test_a_second_reaction_coordinated_after_later():
    text = ("The EU lifted sanctions on Syria on Tuesday. "
            "Syria's foreign minister hailed the pledge as a new start, and later welcomed the European decision.")
    assert ("reaction", "SYR", "EU", "positive", None, "2024-06-14") in brief(run(text))


def test_a_list_of_objects_ending_in_others_unnamed():
    facts = run("The European Commission on Monday added Laos, Kenya and six other jurisdictions to its list of high-risk third countries.")
    assert {(f["object"], f["designation"]) for f in facts} == {("LAO", "high-risk third country"), ("KEN", "high-risk third country")}


def test_taking_seats_in_the_grouping_named_a_paragraph_before_on_a_day():
    text = ("Thailand has applied to join the BRICS group.\n\n"
            "Malaysia and Vietnam took their seats in the grouping on Monday.")
    assert {("membership_change", "MYS", "BRICS", "joined", None, "2024-06-10"),
            ("membership_change", "VNM", "BRICS", "joined", None, "2024-06-10")} <= brief(run(text))


def test_unfreezing_a_states_assets_lifts_sanctions_and_its_central_bank_reacts():
    text = "Canada unfroze the assets of Libya's central bank on Monday. The Libyan central bank welcomed the move."
    assert brief(run(text)) == {("sanction_change", "CAN", "LBY", "lifted", None, "2024-06-10"),
                                ("reaction", "LBY", "CAN", "positive", None, "2024-06-14")}


def test_a_summit_declaration_is_a_document_whose_labels_are_its_issuers():
    text = "The G7 adopted the Apulia Summit Declaration on Thursday. The declaration calls Russia a key enabler of Iran's programme."
    assert brief(run(text)) == {("policy_issued", "G7", None, "issued", "Apulia Summit Declaration", "2024-06-13"),
                                ("designation_change", "G7", "RUS", "assigned", "key enabler", "2024-06-13")}


def test_a_whose_clause_between_subject_and_verb_is_an_aside():
    text = ("Japan lifted sanctions on Libya on Monday. Italian officials, whose country buys most of "
            "Libya's oil, also welcomed it.")
    assert ("reaction", "ITA", "JPN", "positive", None, "2024-06-14") in brief(run(text))


def test_a_pronoun_object_at_the_end_of_a_sentence_is_the_act_just_told():
    assert ("reaction", "ITA", "JPN", "positive", None, "2024-06-14") in brief(
        run("Japan lifted sanctions on Libya on Monday. Italy welcomed it."))


@pytest.mark.parametrize("text, members", [
    ("Chile, Peru and Bolivia signed a pact. The three countries joined the OECD on Monday.", {"CHL", "PER", "BOL"}),
    ("Chile and Peru signed a pact. Both countries joined the OECD on Monday.", {"CHL", "PER"}),
    ("Mali, Niger and Chad met in May.\n\nLater, all three governments' exit from ECOWAS took effect on Monday.", {"MLI", "NER", "TCD"}),
])
def test_a_numbered_group_is_the_list_of_states_named_before(text, members):
    assert {f["subject"] for f in run(text) if f["kind"] == "membership_change"} == members


def test_a_numbered_group_that_no_list_matches_names_nobody():
    assert run("Chile, Peru and Bolivia signed a pact. The two countries joined the OECD on Monday.") == []


@pytest.mark.parametrize("text, expected", [
    ("Japan lifted its sanctions on Libya on Monday. Canada eased its own measures on Wednesday.",
     ("sanction_change", "CAN", "LBY", "lifted", None, "2024-06-12")),
    ("Japan imposed sanctions on Iran on Monday. Australia announced its own sanctions on Tuesday.",
     ("sanction_change", "AUS", "IRN", "imposed", None, "2024-06-11")),
])
def test_ones_own_sanctions_target_the_state_of_the_last_sanctions(text, expected):
    assert expected in brief(run(text))


def test_ones_own_sanctions_without_earlier_sanctions_target_nobody():
    assert run("Australia announced its own sanctions on Tuesday.") == []


def test_a_leaders_name_stands_for_the_state_shortly_after_the_term_but_never_when_former():
    text = "The United States put Cuba on its list of state sponsors of terrorism on January 20, 2025. Biden had rescinded Cuba's designation on January 14."
    assert ("designation_change", "USA", "CUB", "removed", "state sponsor of terrorism", "2025-01-14") in brief(run(text, dt.date(2025, 1, 23)))
    assert run("Former President Joe Biden condemned the sanctions on Cuba.", dt.date(2025, 3, 1)) == []


def test_an_act_days_before_the_news_in_the_same_clause_is_background():
    text = "The reversal came six days after the Biden administration told Congress it would take Cuba off the list of state sponsors of terrorism."
    assert run(text, dt.date(2025, 1, 21)) == []


def test_a_states_entities_struck_off_a_sanctions_list_lift_sanctions_on_it():
    text = "On Tuesday the Foreign Office struck nine Libyan entities, including two banks, off its sanctions list."
    assert brief(run(text)) == {("sanction_change", "GBR", "LBY", "lifted", None, "2024-06-11")}


@pytest.mark.parametrize("text", [
    "Guinea's suspension from ECOWAS, in force since 2021, was lifted on Monday.",
    "ECOWAS lifted Guinea's suspension on Monday.",
])
def test_a_suspension_lifted_is_a_return(text):
    assert brief(run(text)) == {("membership_change", "GIN", "ECOWAS", "joined", None, "2024-06-10")}


def test_export_curbs_are_sanctions_and_a_protest_lodged_is_a_reaction():
    text = "Tokyo broadened its export curbs on Russia on Monday. Moscow lodged a protest with Tokyo."
    assert brief(run(text)) == {("sanction_change", "JPN", "RUS", "imposed", None, "2024-06-10"),
                                ("reaction", "RUS", "JPN", "negative", None, "2024-06-14")}


def test_following_an_act_the_sentence_itself_tells_does_not_reach_back():
    text = ("ECOWAS lifted its sanctions on Niger in 2024. In March the three cut ties with the OIF. "
            "Niger went first, announcing its departure on March 17, and Mali followed a day later.")
    assert not [f for f in run(text) if f["subject"] == "MLI" and f["kind"] == "sanction_change"]


@pytest.mark.parametrize("text, expected", [
    ("The Arab League restored Libya's membership on Sunday.", ("membership_change", "LBY", "LAS", "joined", None, "2024-06-09")),
    ("Chad and Togo formally became members of the OECD on Monday.", ("membership_change", "TGO", "OECD", "joined", None, "2024-06-10")),
    ("Japan's cabinet on Tuesday approved putting Vietnam back on its white list.",
     ("designation_change", "JPN", "VNM", "assigned", "white list", "2024-06-11")),
    ("The FATF on Friday delisted Jordan, taking it off the grey list of countries under monitoring.",
     ("designation_change", "FATF", "JOR", "removed", "grey list", "2024-06-14")),
    ("The Council of the EU adopted sanctions against Russia on Friday. Parallel measures were slapped on Belarus.",
     ("sanction_change", "EU", "BLR", "imposed", None, "2024-06-14")),
])
def test_more_ways_to_say_a_known_act(text, expected):
    assert expected in brief(run(text))


def test_a_numbered_group_with_a_region_before_its_noun():
    text = "Britain, France and Germany triggered the snapback on Monday. Iran condemned the three European powers on Tuesday."
    assert {f["object"] for f in run(text) if f["kind"] == "reaction"} == {"GBR", "FRA", "DEU"}


def test_a_since_date_in_a_where_clause_is_not_the_acts_day():
    text = "ECOWAS on Saturday eased restrictions on Guinea, where a junta has ruled since 2021, ending a freeze on its assets."
    assert brief(run(text)) == {("sanction_change", "ECOWAS", "GIN", "lifted", None, "2024-06-08")}


def test_an_agentless_passive_takes_the_last_acts_subject_not_an_object_deep_in_the_sentence():
    text = ("The Council of the EU adopted sanctions against Russia on Friday. The package also extends restrictions "
            "to banks accused of helping the Kremlin evade existing measures. Parallel measures were slapped on Belarus.")
    facts = brief(run(text))
    assert ("sanction_change", "EU", "BLR", "imposed", None, "2024-06-14") in facts
    assert not [f for f in facts if f[1] == "RUS"]


def test_objects_introduced_by_among_them_after_a_count():
    text = "The European Commission on Monday added six jurisdictions, among them Laos and Kenya, to its list of high-risk third countries."
    assert {(f["object"], f["designation"]) for f in run(text)} == {("LAO", "high-risk third country"), ("KEN", "high-risk third country")}


def test_the_principality_is_the_principality_named_before():
    text = "The EU added Monaco to its list of high-risk third countries on Monday. The principality's government deplored the decision."
    assert ("reaction", "MCO", "EU", "negative", None, "2024-06-14") in brief(run(text))


def test_blacklisting_as_a_label_is_a_designation_not_sanctions():
    facts = brief(run("EU ministers on Tuesday blacklisted Belize and Samoa as non-cooperative jurisdictions for tax purposes."))
    assert {f[0] for f in facts} == {"designation_change"} and {f[2] for f in facts} == {"BLZ", "WSM"}


def test_a_list_owned_by_a_possessive_noun():
    facts = run("Blinken also put Algeria and Comoros on the department's special watch list on Friday.")
    assert {(f["object"], f["designation"]) for f in facts} == {("DZA", "special watch list"), ("COM", "special watch list")}


def test_coming_off_a_named_list_and_being_put_on_it():
    text = "The FATF took Jamaica off the grey list on Friday. Turkey also came off the grey list, while Monaco was put on it."
    facts = brief(run(text))
    assert ("designation_change", "FATF", "TUR", "removed", "grey list", "2024-06-14") in facts
    assert ("designation_change", "FATF", "MCO", "assigned", "grey list", "2024-06-14") in facts


@pytest.mark.parametrize("text", [
    "Commonwealth leaders admitted Gabon and Togo on Friday.",
    "The Commonwealth lifted the suspension it had imposed on Gabon and Togo on Friday.",
])
def test_a_body_admitting_or_lifting_a_suspension_bare(text):
    assert {(f["subject"], f["object"], f["action"]) for f in run(text)} == {
        ("GAB", "COMMONWEALTH", "joined"), ("TGO", "COMMONWEALTH", "joined")}


def test_a_year_ago_gives_the_year_before_publication():
    assert brief(run("A year ago this week, Armenia joined the International Criminal Court.")) == {
        ("membership_change", "ARM", "ICC", "joined", None, "2023")}


def test_a_date_in_an_apposition_after_the_object_yields_to_the_clause_before():
    text = ("The break came in late February 2024, when Armenia froze its participation in the CSTO, "
            "the alliance it accuses of failing it during the incursions in 2021 and 2022.")
    assert brief(run(text)) == {("membership_change", "ARM", "CSTO", "suspended", None, "2024-02")}


def test_the_step_far_down_a_long_article_is_not_the_leads_act():
    filler = " ".join(f"Analysts discussed point {n} at length." for n in range(14))
    text = f"Armenia joined the International Criminal Court on Monday.\n\n{filler}\n\nGeorgia dismissed the step as blackmail."
    assert [f["kind"] for f in run(text)] == ["membership_change"]


@pytest.mark.parametrize("text, expected", [
    ("Chile will suspend copper exports to Israel, its president said on Tuesday.", ("sanction_change", "CHL", "ISR", "imposed", None, "2024-06-11")),
    ("Turkey stopped all exports to and imports from Israel on Thursday.", ("sanction_change", "TUR", "ISR", "imposed", None, "2024-06-13")),
])
def test_stopping_trade_with_a_state_is_a_sanction(text, expected):
    assert brief(run(text)) == {expected}


def test_a_feeling_said_on_a_day_about_a_refusal():
    text = ("The US on Friday designated Laos a non-market economy. "
            "Laos said on Saturday it was deeply disappointed by Washington's refusal to change course.")
    assert ("reaction", "LAO", "USA", "negative", None, "2024-06-08") in brief(run(text))


def test_state_house_in_a_capital_acts_for_its_state():
    text = "The United States designated Kenya a major non-NATO ally on Monday. State House in Nairobi hailed the step."
    assert ("reaction", "KEN", "USA", "positive", None, "2024-06-14") in brief(run(text))


def test_completing_entry_into_a_body_named_after_a_regional_description():
    text = "Somalia has had a busy winter.\n\nOn Monday the Horn of Africa nation completed its entry into the East African Community."
    assert brief(run(text)) == {("membership_change", "SOM", "EAC", "joined", None, "2024-06-10")}


@pytest.mark.parametrize("text, expected", [
    ("Niger quit the OIF on March 17, 2024. Mali followed a day later.", ("membership_change", "MLI", "OIF", "left", None, "2024-03-18")),
    ("Niger quit the OIF on March 17, 2024. Two days later Mali left the OIF.", ("membership_change", "MLI", "OIF", "left", None, "2024-03-19")),
])
def test_days_later_count_from_the_last_act_dated_to_the_day(text, expected):
    assert expected in brief(run(text))


@pytest.mark.parametrize("text, expected", [
    ("On Monday the International Court of Justice ordered Serbia to halt the works. Croatia welcomed the order.",
     ("reaction", "HRV", "ICJ", "positive", None, "2024-06-14")),
    ("This month Venezuela signed the Organic Law for the Defence of Essequibo. Guyana denounced the law.",
     ("reaction", "GUY", "VEN", "negative", None, "2024-06-14")),
])
def test_a_reaction_names_an_act_no_frame_models_by_its_noun(text, expected):
    assert brief(run(text)) == {expected}


def test_an_unmodelled_act_is_never_output_and_a_generic_noun_reaches_it_only_from_the_lead():
    assert run("On Monday the International Court of Justice ordered Serbia to halt the works.") == []
    assert run("Markets were calm.\n\nTraders waited.\n\nOn Monday the International Court of Justice ordered Serbia to "
               "halt the works. Markets rose. Traders left. Croatia welcomed the step.") == []
    assert brief(run("On Monday the International Court of Justice ordered Serbia to halt the works. "
                     "Markets rose. Traders left. Croatia welcomed the step.")) == {("reaction", "HRV", "ICJ", "positive", None, "2024-06-14")}


@pytest.mark.parametrize("text, expected", [
    # the list's owner, named in the possessive, designates an agentless passive
    ("Ghana and Peru were added to the Financial Action Task Force's grey list.",
     {("designation_change", "FATF", "GHA", "assigned", "grey list", "2024-06-14"),
      ("designation_change", "FATF", "PER", "assigned", "grey list", "2024-06-14")}),
    ("Ghana was placed on the grey list of the Financial Action Task Force.",
     {("designation_change", "FATF", "GHA", "assigned", "grey list", "2024-06-14")}),
    # a time between the verb and its complement, and a removal that says "off it"
    ("Ghana was added on Thursday to the FATF's grey list, while Peru was taken off it.",
     {("designation_change", "FATF", "GHA", "assigned", "grey list", "2024-06-13"),
      ("designation_change", "FATF", "PER", "removed", "grey list", "2024-06-13")}),
    ("Ghana was removed on Thursday from Canada's list of high-risk partners.",
     {("designation_change", "CAN", "GHA", "removed", "high-risk partner", "2024-06-13")}),
])
def test_passive_listings_name_their_owner_and_a_time_before_the_list(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Norway added Chad and Laos to its list of high-risk jurisdictions, and struck off Peru and Fiji.",
     {("designation_change", "NOR", "PER", "removed", "high-risk jurisdiction", "2024-06-14"),
      ("designation_change", "NOR", "FJI", "removed", "high-risk jurisdiction", "2024-06-14")}),
    ("The European Commission added six countries, among them Chad, to its list of high-risk third countries "
     "and removed four others, including Peru and Ghana.",
     {("designation_change", "EU", "PER", "removed", "high-risk third country", "2024-06-14"),
      ("designation_change", "EU", "GHA", "removed", "high-risk third country", "2024-06-14")}),
    # territories with their own ISO code are named like states
    ("EU ministers added Fiji to the list of non-cooperative jurisdictions, and struck off the Cayman Islands.",
     {("designation_change", "EU", "CYM", "removed", "non-cooperative jurisdiction", "2024-06-14")}),
])
def test_a_removal_coordinated_with_a_listing_takes_its_list(text, expected):
    assert expected <= brief(run(text))


@pytest.mark.parametrize("text", [
    "Norway added Chad to its list of high-risk jurisdictions and removed its ambassador from Peru.",
    "Norway added Chad to its list of high-risk jurisdictions, and removed Peru from the talks.",
])
def test_a_coordinated_removal_of_something_else_is_no_delisting(text):
    assert not any(f[3] == "removed" for f in brief(run(text)))


def test_the_trio_is_the_last_list_of_three_states():
    text = "Chad, Mali and Niger left ECOWAS in January.\n\nThe trio had already quit the OIF in March."
    assert {("membership_change", a, "OIF", "left", None, "2024-03") for a in ("TCD", "MLI", "NER")} <= brief(run(text))
    # a pair of two is not a trio
    assert not any(f[2] == "OIF" for f in brief(run("Mali and Niger left ECOWAS in January. The trio quit the OIF in March.")))


@pytest.mark.parametrize("text, expected", [
    ("Norway took Fiji off its list of high-risk jurisdictions on Tuesday. Markets barely moved. "
     "Fiji's finance ministry welcomed its removal.", ("reaction", "FJI", "NOR", "positive", None, "2024-06-14")),
    ("The African Union lifted the suspension of Gabon on Monday. Analysts were cautious. Libreville hailed its readmission.",
     ("reaction", "GAB", "AU", "positive", None, "2024-06-14")),
])
def test_a_reaction_to_its_own_removal_reacts_to_the_act_done_to_it(text, expected):
    assert expected in brief(run(text))


def test_a_since_date_in_another_clause_is_not_the_acts_day():
    text = ("ECOWAS on Monday lifted its sanctions on Mali. "
            "The bloc also lifted sanctions on Guinea, where soldiers have ruled since 2021.")
    assert ("sanction_change", "ECOWAS", "GIN", "lifted", None, "2024-06-10") in brief(run(text))
    # in the act's own clause a since-date makes it background, not news
    assert not any(f[2] == "PRK" for f in brief(run("Washington, which has kept North Korea on its list of state sponsors "
                                                     "of terrorism since 2017, said it was consulting Seoul.")))


@pytest.mark.parametrize("text, expected", [
    ("Ghana and Peru, the two fastest-growing economies of their regions, were taken off the FATF's grey list on Thursday.",
     {("designation_change", "FATF", "GHA", "removed", "grey list", "2024-06-13"),
      ("designation_change", "FATF", "PER", "removed", "grey list", "2024-06-13")}),
    ("Both Ghana and Peru were grey-listed in March 2021.",
     {("designation_change", "FATF", "GHA", "assigned", "grey list", "2021-03"),
      ("designation_change", "FATF", "PER", "assigned", "grey list", "2021-03")}),
    ("Ghana, which had been grey-listed in March 2021, exits after three years.",
     {("designation_change", "FATF", "GHA", "assigned", "grey list", "2021-03")}),
])
def test_listings_past_an_apposition_and_in_the_verb(text, expected):
    assert brief(run(text)) == expected


def test_grey_listed_since_is_a_state_not_an_event():
    assert run("Ghana has been grey-listed since March 2021.") == []


def test_an_order_named_by_its_title_is_issued_under_that_title_only():
    text = "The president of Kenya on Friday signed an executive order titled Protecting Kenyan Fisheries from Foreign Trawlers."
    assert brief(run(text)) == {("policy_issued", "KEN", None, "issued", "Protecting Kenyan Fisheries from Foreign Trawlers", "2024-06-14")}


@pytest.mark.parametrize("text, expected", [
    ("Chile imposed sanctions on Peru on Monday. Peru's foreign ministry said on Thursday it had noted the decision with deep concern.",
     ("reaction", "PER", "CHL", "negative", None, "2024-06-13")),
])
def test_noting_with_concern_is_a_negative_reaction(text, expected):
    assert expected in brief(run(text))


def test_a_titled_white_paper_and_the_activities_it_labels():
    text = ("Kenya's cabinet approved the annual Defence of Kenya white paper on Friday, which describes Somalia's "
            "military activities as the gravest security challenge of the decade.")
    assert brief(run(text)) == {
        ("policy_issued", "KEN", None, "issued", "Defence of Kenya white paper", "2024-06-14"),
        ("designation_change", "KEN", "SOM", "assigned", "gravest security challenge", "2024-06-14")}


@pytest.mark.parametrize("text, expected", [
    ("Leaders of the Caribbean Community met in Grenada this week.\n\nCuba and Aruba joined as full members on Monday.",
     {("membership_change", "CUB", "CARICOM", "joined", None, "2024-06-10"), ("membership_change", "ABW", "CARICOM", "joined", None, "2024-06-10")}),
    ("The OECD held its ministerial meeting in Paris. Peru became the 39th member on Thursday.",
     {("membership_change", "PER", "OECD", "joined", None, "2024-06-13")}),
])
def test_joining_told_without_the_body_joins_the_one_just_named(text, expected):
    assert expected <= brief(run(text))


@pytest.mark.parametrize("text", [
    "Fiji and Samoa joined as full members on Monday.",  # no body named before
    # too far back, and the lead names two bodies (one alone would be the article's)
    "The OECD and the WTO met in Paris.\n\nMarkets rose.\n\nTraders left.\n\nPeru became the 39th member on Thursday.",
    "The OECD held its ministerial meeting in Paris. Peru could become a full member next year.",
])
def test_joining_without_a_body_near_is_not_read(text):
    assert not any(f[0] == "membership_change" for f in brief(run(text)))


def test_a_sea_named_after_a_state_is_no_mention_of_it_and_a_region_describes():
    text = "Mauritius is the latest case. On Monday the AU suspended the Indian Ocean nation over the coup."
    assert brief(run(text)) == {("membership_change", "MUS", "AU", "suspended", None, "2024-06-10")}
    assert brief(run("India condemned the Chinese drills in the South China Sea on Monday.")) == brief(
        run("India condemned the Chinese drills in the disputed waters on Monday."))


def test_a_state_in_a_documents_title_is_labelled_by_the_issuer():
    text = "Norway's cabinet on Thursday adopted its first Russia strategy, describing the European power as a systemic rival."
    assert brief(run(text)) == {
        ("policy_issued", "NOR", None, "issued", "Russia strategy", "2024-06-13"),
        ("designation_change", "NOR", "RUS", "assigned", "systemic rival", "2024-06-13")}


def test_sanctions_on_a_commander_of_a_states_forces_target_the_state():
    text = "Canada on Monday imposed sanctions on General John Doe al-Roe, commander of Chad's armed forces."
    assert brief(run(text)) == {("sanction_change", "CAN", "TCD", "imposed", None, "2024-06-10")}


@pytest.mark.parametrize("text, expected", [
    ("Fiji has resumed its membership of the Pacific Islands Forum.", {("membership_change", "FJI", "PIF", "joined", None, "2024-06-14")}),
    ("The treaty entered into force for Chile on Monday, making the South American country the 125th state party to the International Criminal Court.",
     {("membership_change", "CHL", "ICC", "joined", None, "2024-06-10")}),
    ("Tonga was admitted as the WTO's 166th member on Monday.", {("membership_change", "TON", "WTO", "joined", None, "2024-06-10")}),
    # an event told with its own day is news even when placed "days after" another
    ("Samoa joined the WTO on Friday, nine days after Tonga was admitted as the organisation's 166th member on June 5, 2024.",
     {("membership_change", "WSM", "WTO", "joined", None, "2024-06-14"), ("membership_change", "TON", "WTO", "joined", None, "2024-06-05")}),
    ("Chad froze its participation in the Russian-led Collective Security Treaty Organization in February 2024.",
     {("membership_change", "TCD", "CSTO", "suspended", None, "2024-02")}),
    ("Leaders of IGAD met in Djibouti.\n\nSomalia suspended its membership in April 2007 in protest.",
     {("membership_change", "SOM", "IGAD", "suspended", None, "2007-04")}),
])
def test_membership_resumed_made_admitted_and_frozen(text, expected):
    assert expected <= brief(run(text))


def test_a_date_in_an_apposition_with_its_own_clause_does_not_date_the_act():
    text = "Fiji has resumed its membership of the Pacific Islands Forum, the regional body it walked out of nine years ago."
    assert brief(run(text)) == {("membership_change", "FJI", "PIF", "joined", None, "2024-06-14")}


def test_regions_named_after_america_are_no_mention_of_the_united_states():
    assert brief(run("Leaders of South American and Central American states condemned the coup in Bolivia on Monday.")) == \
        brief(run("Leaders of several regional states condemned the coup in Bolivia on Monday."))


@pytest.mark.parametrize("text, expected", [
    ("Norway reimposed oil sanctions on Peru on Monday. Oslo had eased the restrictions in October.",
     ("sanction_change", "NOR", "PER", "lifted", None, "2023-10")),
    ("Japan imposed sanctions on Myanmar on Monday. Britain and Canada announced their own rounds of measures on Tuesday.",
     ("sanction_change", "CAN", "MMR", "imposed", None, "2024-06-11")),
])
def test_sanctions_named_by_the_last_ones_told(text, expected):
    assert expected in brief(run(text))


def test_the_same_actor_repeating_its_own_act_is_no_second_fact():
    text = "Norway imposed sanctions on Peru on Monday. Oslo announced its own measures on Tuesday."
    assert brief(run(text)) == {("sanction_change", "NOR", "PER", "imposed", None, "2024-06-10")}


def test_a_reaction_followed_keeps_its_object():
    text = "Peru broke off diplomatic relations with Chile on Friday. Bolivia followed suit on Saturday."
    assert ("reaction", "BOL", "CHL", "negative", None, "2024-06-08") in brief(run(text))


def test_a_listing_named_as_a_noun_that_a_cabinet_approves():
    text = "Norway's cabinet on Tuesday approved the return of Chile to its 'white list' of trusted trading partners."
    assert brief(run(text)) == {("designation_change", "NOR", "CHL", "assigned", "white list", "2024-06-11")}


@pytest.mark.parametrize("text, expected", [
    ("Leaders of the Caribbean Community met in Grenada.\n\nCuba and Aruba joined on January 1, 2024.",
     {("membership_change", "CUB", "CARICOM", "joined", None, "2024-01-01"), ("membership_change", "ABW", "CARICOM", "joined", None, "2024-01-01")}),
    ("BRICS leaders met in Rio. Thailand applied for membership in 2024.",
     {("membership_change", "THA", "BRICS", "applied", None, "2024")}),
])
def test_joining_and_applying_told_with_only_a_date(text, expected):
    assert brief(run(text)) == expected


def test_joined_with_an_object_is_not_read_as_joining_the_body():
    assert not any(f[0] == "membership_change" for f in brief(run(
        "BRICS leaders met in Rio. Cuba joined the talks on Monday.")))


def test_a_quoted_qualifier_keeps_the_head_noun_after_it():
    text = "Norway's Defence Review, published on Monday, calls Russia an \"immediate and pressing\" threat."
    assert ("designation_change", "NOR", "RUS", "assigned", "immediate and pressing threat", "2024-06-10") in brief(run(text))


def test_the_date_of_a_cause_told_after_the_act_does_not_date_it():
    text = ("Norway on Thursday named Peru a country of particular concern. "
            "Chile was placed on its watch list, following its crackdown on protesters in September.")
    assert ("designation_change", "NOR", "CHL", "assigned", "watch list", "2024-06-13") in brief(run(text))


# ------------------------------------------------------------------ lists, memberships and dates told in passing
@pytest.mark.parametrize("text, expected", [
    ("The task force added Laos and Nepal on Thursday to its grey list of jurisdictions under increased monitoring, "
     "while taking Peru and Fiji off it.",
     {("designation_change", "FATF", "LAO", "assigned", "grey list", "2024-06-13"),
      ("designation_change", "FATF", "NPL", "assigned", "grey list", "2024-06-13"),
      ("designation_change", "FATF", "PER", "removed", "grey list", "2024-06-13"),
      ("designation_change", "FATF", "FJI", "removed", "grey list", "2024-06-13")}),
    ("EU ministers on Tuesday put Samoa and Palau on the bloc's list of non-cooperative jurisdictions for tax purposes, "
     "while Oman and Aruba were taken off.",
     {("designation_change", "EU", "WSM", "assigned", "non-cooperative jurisdiction for tax purposes", "2024-06-11"),
      ("designation_change", "EU", "PLW", "assigned", "non-cooperative jurisdiction for tax purposes", "2024-06-11"),
      ("designation_change", "EU", "OMN", "removed", "non-cooperative jurisdiction for tax purposes", "2024-06-11"),
      ("designation_change", "EU", "ABW", "removed", "non-cooperative jurisdiction for tax purposes", "2024-06-11")}),
    ("Fiji was added to the tax blacklist on Tuesday.",
     {("designation_change", "EU", "FJI", "assigned", "non-cooperative jurisdiction for tax purposes", "2024-06-11")}),
    ("The FATF added Myanmar to its list of high-risk jurisdictions subject to a call for action on Friday.",
     {("designation_change", "FATF", "MMR", "assigned", "blacklist", "2024-06-14")}),
])
def test_lists_by_their_official_names_and_removals_told_briefly(text, expected):
    assert brief(run(text)) == expected


def test_a_bare_word_jurisdiction_is_no_label():
    assert brief(run("The EU added Laos to its list of jurisdictions on Friday.")) == set()


@pytest.mark.parametrize("text, expected", [
    ("Armenia has withdrawn from the Collective Security Treaty Organization.",
     {("membership_change", "ARM", "CSTO", "left", None, "2024-06-14")}),
    ("Qatar and Ecuador formally ceased to be members of OPEC on Monday.",
     {("membership_change", "QAT", "OPEC", "left", None, "2024-06-10"), ("membership_change", "ECU", "OPEC", "left", None, "2024-06-10")}),
    ("Mali and Chad said on May 2, 2024, that they would withdraw from the Francophonie.",
     {("membership_change", "MLI", "OIF", "left", None, "2024-05-02"), ("membership_change", "TCD", "OIF", "left", None, "2024-05-02")}),
    ("OPEC has lost and gained members. Gabon returned to the fold in July 2016.",
     {("membership_change", "GAB", "OPEC", "joined", None, "2016-07")}),
    ("OPEC's membership keeps changing. Angola's exit, which took effect on January 1, 2024, left it smaller.",
     {("membership_change", "AGO", "OPEC", "left", None, "2024-01-01")}),
    ("Talks with the European Union opened on Tuesday. Albania lodged its membership application on April 28, 2009.",
     {("membership_change", "ALB", "EU", "applied", None, "2009-04-28")}),
    ("Chad left the Francophonie on Tuesday, a day after Mali announced its own departure.",
     {("membership_change", "TCD", "OIF", "left", None, "2024-06-11"), ("membership_change", "MLI", "OIF", "left", None, "2024-06-10")}),
    ("Tarawa will host the summit. The atoll nation quit the Pacific Islands Forum in July 2022.",
     {("membership_change", "KIR", "PIF", "left", None, "2022-07")}),
    ("Chad, Mali and Niger met in Niamey on Monday. The three military-led governments left ECOWAS in January.",
     {("membership_change", "TCD", "ECOWAS", "left", None, "2024-01"), ("membership_change", "MLI", "ECOWAS", "left", None, "2024-01"),
      ("membership_change", "NER", "ECOWAS", "left", None, "2024-01")}),
    ("Bhutan was granted the status of candidate country by EU leaders on Thursday.",
     {("designation_change", "EU", "BTN", "assigned", "candidate country", "2024-06-13")}),
])
def test_membership_idioms_with_the_body_or_the_day_told_elsewhere(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text", [
    "Laos joined ASEAN on Sunday, the first enlargement of the bloc since Cambodia joined.",
    "Chad left the ICC in 2016, while Gambia announced its departure in 2016 before reversing course.",
    "Moldova, which was granted EU candidate status last year, hopes to open talks.",
])
def test_time_references_reversed_acts_and_passive_grants_are_not_misread(text):
    # (a time with a date of its own is an event told: "since Cambodia joined in 1999", tested below)
    facts = brief(run(text))
    assert not any(f[1] in ("KHM", "GMB") or f[2] == "EU" for f in facts)


@pytest.mark.parametrize("text, expected", [
    ("In Rome, the German Foreign Office said it regretted China's step.", {("reaction", "DEU", "CHN", "negative", None, "2024-06-14")}),
    ("Peru lifted its sanctions on Chile on Monday. Bolivia welcomed the step. Ecuador hailed it as historic.",
     {("sanction_change", "PER", "CHL", "lifted", None, "2024-06-10"), ("reaction", "BOL", "PER", "positive", None, "2024-06-14"),
      ("reaction", "ECU", "PER", "positive", None, "2024-06-14")}),
    ("The Arab League readmitted Libya in May 2023.", {("membership_change", "LBY", "LAS", "joined", None, "2023-05")}),
])
def test_a_demonym_organ_a_pronoun_after_a_reaction_and_a_readmission_with_its_date(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Tokyo published its white paper on Tuesday. In Lima, the foreign ministry summoned a senior diplomat from the Japanese embassy.",
     {("policy_issued", "JPN", None, "issued", "White Paper", "2024-06-11"), ("reaction", "PER", "JPN", "negative", None, "2024-06-14")}),
    ("Beijing defended its record. In May the State Council Information Office issued a document titled \"China's Path in Asia\".",
     {("policy_issued", "CHN", None, "issued", "China's Path in Asia", "2024-05")}),
    ("Vice President Ana Ruiz unveiled Chile's new Medium-Term Programme on Wednesday.",
     {("policy_issued", "CHL", None, "issued", "Medium-Term Programme", "2024-06-12")}),
])
def test_a_scene_names_a_bare_organ_an_envoy_from_an_embassy_and_programmes(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Mali's junta seized power in 2021. On July 30, 2023, the bloc closed its borders. Weeks later, on August 22, "
     "the African Union suspended Niger.", {("membership_change", "NER", "AU", "suspended", None, "2023-08-22")}),
    ("Uganda became a full member of the East African Community on Monday. Burundi had become the community's sixth member in 2007.",
     {("membership_change", "UGA", "EAC", "joined", None, "2024-06-10"), ("membership_change", "BDI", "EAC", "joined", None, "2007")}),
    ("Samoa has rejoined the Pacific Islands Forum. Samoa had pulled out in July 2022, arguing it was sidelined.",
     {("membership_change", "WSM", "PIF", "joined", None, "2024-06-14"), ("membership_change", "WSM", "PIF", "left", None, "2022-07")}),
    ("Samoa hosted the Pacific Islands Forum. The island state resumed its place at the retreat last week.",
     {("membership_change", "WSM", "PIF", "joined", None, "2024-06")}),
])
def test_a_narrative_year_a_body_named_by_its_head_and_a_member_back_in_its_place(text, expected):
    assert brief(run(text)) == expected


def test_walking_out_of_a_room_is_not_leaving_a_body():
    assert brief(run("Russia hosted OPEC talks. Mexico walked out of the room on Monday.")) == set()


@pytest.mark.parametrize("text, expected", [
    ("The State Department on Friday designated two of Peru's gangs as terrorist organisations. The Peruvian government welcomed the decision.",
     {("reaction", "PER", "USA", "positive", None, "2024-06-14")}),
    ("The Treasury in Washington designated a tycoon on June 3. Tbilisi dismissed the step the same day.",
     {("reaction", "GEO", "USA", "negative", None, "2024-06-03")}),
    ("Peru condemned the storming of its embassy in Quito by Ecuadorean police. Chile and Bolivia denounced the raid.",
     {("reaction", "PER", "ECU", "negative", None, "2024-06-14"), ("reaction", "CHL", "ECU", "negative", None, "2024-06-14"),
      ("reaction", "BOL", "ECU", "negative", None, "2024-06-14")}),
])
def test_reactions_to_acts_no_frame_models_the_same_day_and_by_an_agent(text, expected):
    assert brief(run(text)) == expected


def test_a_decision_with_no_act_just_before_finds_no_object():
    text = "Peru held talks on Monday. Markets were calm.\n\nRains hit the coast. Chile welcomed the decision."
    assert not any(f[0] == "reaction" for f in brief(run(text)))


def test_a_list_named_by_kind_and_content_is_read_once_and_lends_its_designator():
    text = ("Samoa was placed on the EU blacklist of non-cooperative jurisdictions on Tuesday. "
            "In the same update, finance ministers took Palau and Oman off the list.")
    assert brief(run(text)) == {
        ("designation_change", "EU", "WSM", "assigned", "non-cooperative jurisdiction", "2024-06-11"),
        ("designation_change", "EU", "PLW", "removed", "non-cooperative jurisdiction", "2024-06-11"),
        ("designation_change", "EU", "OMN", "removed", "non-cooperative jurisdiction", "2024-06-11")}


@pytest.mark.parametrize("text, expected", [
    ("EU ministers on Monday imposed sanctions on Belarus. At the same meeting, they suspended restrictions on Syria's banks.",
     {("sanction_change", "EU", "BLR", "imposed", None, "2024-06-10"), ("sanction_change", "EU", "SYR", "lifted", None, "2024-06-10")}),
    ("Peru's bid moved faster. It joined the OECD on Monday.",
     {("membership_change", "PER", "OECD", "joined", None, "2024-06-10")}),
    ("The talks in Peru ended. It joined the OECD on Monday.", set()),
])
def test_a_pronoun_subject_is_the_subject_of_the_act_told_just_before(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Peru notified the United Nations on June 3 that it was leaving the Rome Statute.",
     {("membership_change", "PER", "ICC", "left", None, "2024-06-03")}),
    ("Peru on Monday handed the United Nations formal notice of its withdrawal from the International Criminal Court.",
     {("membership_change", "PER", "ICC", "left", None, "2024-06-10")}),
    ("Chile is rejoining the Organization of American States, the foreign ministry said on Tuesday.",
     {("membership_change", "CHL", "OAS", "joined", None, "2024-06-11")}),
    ("Chile is pulling out of UNESCO. Santiago had only returned to the organisation in July 2023.",
     {("membership_change", "CHL", "UNESCO", "left", None, "2024-06-14"), ("membership_change", "CHL", "UNESCO", "joined", None, "2023-07")}),
    ("The European Commission on Tuesday removed Panama, Peru, Chile and five others from its list of high-risk third countries.",
     {("designation_change", "EU", a, "removed", "high-risk third country", "2024-06-11") for a in ("PAN", "PER", "CHL")}),
])
def test_notices_of_withdrawal_rejoining_returning_and_lists_ending_in_others(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text", [
    "Peru joined the OECD talks on Monday.",
    "India's prime minister joined the G7 summit in Italy on Friday.",
    "Kenya joined NATO exercises in the Baltic.",
    "Mexico left the OAS meeting early.",
    "Chile is considering rejoining the OAS.",
])
def test_joining_or_leaving_a_gathering_is_no_membership(text):
    assert brief(run(text)) == set()


@pytest.mark.parametrize("text, expected", [
    ("Peru and Chile were taken off the FATF grey list on Friday. Laos and Nepal were added.",
     {("designation_change", "FATF", a, act, "grey list", "2024-06-14")
      for a, act in (("PER", "removed"), ("CHL", "removed"), ("LAO", "assigned"), ("NPL", "assigned"))}),
    ("Laos, Peru and Chad are among nine jurisdictions the European Commission added on Tuesday to its list of high-risk third countries.",
     {("designation_change", "EU", a, "assigned", "high-risk third country", "2024-06-11") for a in ("LAO", "PER", "TCD")}),
    ("Libya was readmitted to the Arab League on Sunday.", {("membership_change", "LBY", "LAS", "joined", None, "2024-06-09")}),
    ("The African Union was made a permanent member of the Group of 20 on Saturday.",
     {("membership_change", "AU", "G20", "joined", None, "2024-06-08")}),
    ("Fiji was partially suspended from the Commonwealth on Monday.",
     {("membership_change", "FJI", "COMMONWEALTH", "suspended", None, "2024-06-10")}),
    ("Chile has applied for membership of BRICS. The OECD member joins a queue: Peru sent its formal request in May.",
     {("membership_change", "CHL", "BRICS", "applied", None, "2024-06-14"), ("membership_change", "PER", "BRICS", "applied", None, "2024-05")}),
    ("Seoul imposed sanctions on North Korean officials on Friday. Tokyo froze the assets of several North Korean entities on the same day as Seoul.",
     {("sanction_change", "KOR", "PRK", "imposed", None, "2024-06-14"), ("sanction_change", "JPN", "PRK", "imposed", None, "2024-06-14")}),
    ("The EU adopted fresh measures against Minsk on Monday.", {("sanction_change", "EU", "BLR", "imposed", None, "2024-06-10")}),
])
def test_lists_memberships_and_sanctions_told_in_other_shapes(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Russia on Thursday vetoed a resolution on Mali. Peru and Chile condemned the veto, while Japan expressed deep regret.",
     {("reaction", a, "RUS", "negative", None, "2024-06-13") for a in ("PER", "CHL", "JPN")}),
    ("Washington on Wednesday lifted key sanctions on Venezuela's oil sector. Caracas hailed the relief.",
     {("sanction_change", "USA", "VEN", "lifted", None, "2024-06-12"), ("reaction", "VEN", "USA", "positive", None, "2024-06-14")}),
    ("Peru on Monday condemned Chile for blocking its bid to become a BRICS partner country, calling the veto an aggression.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-10")}),
])
def test_a_feeling_echoes_the_reaction_before_it_and_a_qualifying_body_is_no_actor(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Peru froze its participation in the Andean forum talks in February 2024. In the same month, Peru became a state party to the International Criminal Court.",
     {("membership_change", "PER", "ICC", "joined", None, "2024-02")}),
    ("Guinea, whose army took power in September 2021, was suspended by ECOWAS that same month.",
     {("membership_change", "GIN", "ECOWAS", "suspended", None, "2021-09")}),
])
def test_the_same_month_takes_the_month_told_before(text, expected):
    assert brief(run(text)) == expected


def test_an_act_branded_an_assault_is_a_negative_reaction_to_its_actor():
    text = "Sweden formally became the 32nd member of NATO on Thursday. The Kremlin branded the enlargement an assault on Russian security."
    assert brief(run(text)) == {("membership_change", "SWE", "NATO", "joined", None, "2024-06-13"),
                                ("reaction", "RUS", "SWE", "negative", None, "2024-06-13")}


# ------------------------------------------------------------------ coordinated verbs, armed forces, strikes
@pytest.mark.parametrize("text, expected", [
    # the denial governs "any role", not the condemnation coordinated with it
    ("Lima denied any role and denounced Chile's measures.", {("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
    ("Peru has not left the OAS and denounced Chile's measures on Monday.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-10")}),
    ("Peru refused to condemn and sanction Chile on Monday.", set()),
    ("Peru did not leave the OAS and will not sanction Chile.", set()),
])
def test_a_cue_of_the_first_verb_does_not_veto_a_coordinated_one(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Egyptian forces struck targets across Libya on Friday. Riyadh condemned what it called a blatant aggression, "
     "and Oman and Turkey likewise denounced the attack.",
     {("reaction", r, "EGY", "negative", None, "2024-06-14") for r in ("SAU", "OMN", "TUR")}),
    ("Chile hit six sites in Peru on Wednesday. Peru condemned the attack as an act of war.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
    ("Chilean jets bombed a depot in Peru on Wednesday. Bolivia criticised the bombing.",
     {("reaction", "BOL", "CHL", "negative", None, "2024-06-14")}),
    # a strike is no fact by itself
    ("Chilean troops attacked a depot in Peru on Wednesday.", set()),
])
def test_reactions_to_strikes_by_a_states_armed_forces(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("President Milei signed an order on Monday to withdraw Argentina from the World Health Organization.",
     {("membership_change", "ARG", "WHO", "left", None, "2024-06-10")}),
    ("Kenya formally became a major non-NATO ally of the United States on Monday.",
     {("designation_change", "USA", "KEN", "assigned", "major non-nato ally", "2024-06-10")}),
    ("Moldova became an EU candidate country on Thursday.",
     {("designation_change", "EU", "MDA", "assigned", "candidate country", "2024-06-13")}),
    ("Kenya could become a major non-NATO ally of the United States.", set()),
])
def test_an_order_to_withdraw_and_becoming_what_a_label_names(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The EU reimposed sanctions on Iran on Monday. Norway adopted matching measures the same day.",
     {("sanction_change", s, "IRN", "imposed", None, "2024-06-10") for s in ("EU", "NOR")}),
    ("The EU reimposed sanctions on Iran on Monday. Norway and Iceland announced coordinated measures the same day.",
     {("sanction_change", s, "IRN", "imposed", None, "2024-06-10") for s in ("EU", "NOR", "ISL")}),
    ("The EU reimposed sanctions on Iran on Monday. Norway could adopt similar measures.",
     {("sanction_change", "EU", "IRN", "imposed", None, "2024-06-10")}),
])
def test_matching_measures_follow_the_last_act(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("pub, text, expected", [
    (dt.date(2023, 12, 22), "Nigeria has no plans to leave OPEC, its minister said. Qatar, which quit in 2019, remains the "
     "only Gulf state to have left.", {("membership_change", "QAT", "OPEC", "left", None, "2019")}),
    (dt.date(2023, 12, 22), "Nigeria has no plans to leave OPEC. Its minister quit in 2019.", set()),
    (dt.date(2023, 8, 23), "The decision comes on top of the sanctions ECOWAS slapped on Niamey on July 30, which shut borders.",
     {("sanction_change", "ECOWAS", "NER", "imposed", None, "2023-07-30")}),
    # without a day of its own the clause is background
    (dt.date(2023, 8, 23), "The EU lifted the sanctions Britain imposed on Niger.", set()),
])
def test_quitting_the_body_just_named_and_sanctions_told_by_their_clause(pub, text, expected):
    assert brief(run(text, pub)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Soldiers seized power in Niamey on July 26, 2023. The African Union suspended Niger from its activities the following month.",
     {("membership_change", "NER", "AU", "suspended", None, "2023-08")}),
    ("Soldiers seized power in Niamey in December 2023. The African Union suspended Niger from its activities the next month.",
     {("membership_change", "NER", "AU", "suspended", None, "2024-01")}),
    ("Soldiers seized power in Niamey in 2022. The African Union suspended Niger from its activities the following year.",
     {("membership_change", "NER", "AU", "suspended", None, "2023")}),
])
def test_the_following_month_counts_from_the_month_told_last(text, expected):
    assert brief(run(text, dt.date(2025, 1, 30))) == expected


@pytest.mark.parametrize("text, expected", [
    ("The State Department on Thursday redesignated a dozen governments as countries of particular concern under the "
     "religious freedom law, among them Russia, Saudi Arabia and Nicaragua.",
     {("designation_change", "USA", o, "assigned", "country of particular concern", "2024-06-13") for o in ("RUS", "SAU", "NIC")}),
    ("Washington designated several countries as currency manipulators, including China.",
     {("designation_change", "USA", "CHN", "assigned", "currency manipulator", "2024-06-14")}),
    ("Senators urged the Treasury to designate several countries as currency manipulators, including China.", set()),
])
def test_a_counted_group_whose_members_are_named_after_the_label(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Britain on Thursday removed Syria from its sanctions list.", {("sanction_change", "GBR", "SYR", "lifted", None, "2024-06-13")}),
    ("Britain on Thursday removed Syria's defence ministry and two intelligence agencies from its sanctions list.",
     {("sanction_change", "GBR", "SYR", "lifted", None, "2024-06-13")}),
    ("Britain on Thursday added Iran's central bank to its sanctions list.",
     {("sanction_change", "GBR", "IRN", "imposed", None, "2024-06-13")}),
    # firms linked to a state are not the state
    ("The Treasury removed several companies linked to Myanmar's military from its sanctions list on Thursday.", set()),
])
def test_a_sanctions_list_holds_sanctions_not_a_label(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("In Moscow, a Kremlin spokesman said Russia viewed Sweden's accession negatively.",
     {("reaction", "RUS", "SWE", "negative", None, "2024-06-14")}),
    ("Poland viewed the Russian decision with suspicion.", {("reaction", "POL", "RUS", "negative", None, "2024-06-14")}),
    ("Hungary's parliament voted on Monday to ratify the protocol. Sweden welcomed the vote.",
     {("reaction", "SWE", "HUN", "positive", None, "2024-06-14")}),
])
def test_acts_seen_in_a_bad_light_and_votes_of_a_parliament(text, expected):
    assert brief(run(text)) == expected


def test_an_application_made_together_by_a_state_and_its_neighbour():
    facts = run("Sweden is set to join NATO. Sweden and its neighbour Finland submitted their applications together "
                "in May 2022.", dt.date(2024, 2, 27))
    assert brief(facts) == {("membership_change", s, "NATO", "applied", None, "2022-05") for s in ("SWE", "FIN")}


def test_a_state_follows_the_act_told_last_not_an_older_one():
    text = ("Norway applied to join the OECD in May 2022. The Danish parliament ratified the accession protocol "
            "in January, and lawmakers in Budapest followed suit on February 26.")
    assert [f for f in run(text, dt.date(2024, 3, 8)) if f["subject"] == "HUN"] == []


@pytest.mark.parametrize("text", [
    "Norway became a member of the OECD on Thursday.\n\nNorway and its neighbour Sweden submitted their applications "
    "together in May 2022. Russia condemned the enlargement.",
    "Norway became a member of the OECD on Thursday.\n\nNorway and its neighbour Sweden submitted their applications "
    "together in May 2022.\n\nMoscow responded with predictable hostility.",
])
def test_a_reaction_takes_up_the_news_not_the_history_told_after_it(text):
    reactions = {f for f in brief(run(text, dt.date(2024, 3, 8))) if f[0] == "reaction"}
    assert reactions == {("reaction", "RUS", "NOR", "negative", None, "2024-03-07")}


@pytest.mark.parametrize("text, expected", [
    ("Germany adopted a strategy on China on Thursday, describing it as a systemic rival.",
     {("designation_change", "DEU", "CHN", "assigned", "systemic rival", "2024-06-13"),
      ("policy_issued", "DEU", None, "issued", "China strategy", "2024-06-13")}),
    ("BERLIN - The document builds on the National Security Strategy the government published in June.",
     {("policy_issued", "DEU", None, "issued", "National Security Strategy", "2024-06")}),
    ("The document builds on the National Security Strategy Germany published.", set()),
    ("The formula is borrowed from the European Union, which characterised China as a systemic rival in March 2019.",
     {("designation_change", "EU", "CHN", "assigned", "systemic rival", "2019-03")}),
    ("The European Union characterised China as a cooperation partner, an economic competitor and a systemic rival "
     "in March 2019.",
     {("designation_change", "EU", "CHN", "assigned", label, "2019-03")
      for label in ("cooperation partner", "economic competitor", "systemic rival")}),
])
def test_documents_and_labels_told_in_clauses(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("pub, text, expected", [
    (dt.date(2023, 9, 19), "Earlier this month the Economic Community of Central African States also suspended Gabon "
     "and moved its headquarters out of Libreville.", {("membership_change", "GAB", "ECCAS", "suspended", None, "2023-09")}),
    (dt.date(2024, 2, 25), "ECOWAS lifted sanctions on Niger on Saturday. The bloc also removed some restrictions on "
     "Guinea and dropped financial measures against Mali.",
     {("sanction_change", "ECOWAS", o, "lifted", None, "2024-02-24") for o in ("NER", "GIN", "MLI")}),
])
def test_a_suspension_before_another_verb_and_financial_measures(pub, text, expected):
    assert brief(run(text, pub)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Belarus, Bolivia and Cuba were among the countries that became partner countries of BRICS on Wednesday, the Kremlin said.",
     {("designation_change", "BRICS", o, "assigned", "partner country", "2024-06-12") for o in ("BLR", "BOL", "CUB")}),
    ("Vietnam has become a partner country of BRICS, Brazil announced on Friday.",
     {("designation_change", "BRICS", "VNM", "assigned", "partner country", "2024-06-14")}),
    ("Vietnam could become a partner country of BRICS next year.", set()),
])
def test_partner_countries_of_a_body(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The European Union adopted its 18th sanctions package against Russia on Friday.",
     {("sanction_change", "EU", "RUS", "imposed", None, "2024-06-14")}),
    ("EU ambassadors approved a 14th package of sanctions on Wednesday.",
     set()),
    # adopting another's document is not issuing it
    ("Norway decided on Wednesday to adopt the European Union's 14th sanctions package.", set()),
    ("The EU could adopt a 15th sanctions package next month.", set()),
])
def test_numbered_sanctions_packages_are_sanctions_not_documents(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("pub, text, expected", [
    (dt.date(2024, 1, 5), "Myanmar and Tajikistan were among twelve countries the State Department redesignated on Thursday "
     "as countries of particular concern.",
     {("designation_change", "USA", o, "assigned", "country of particular concern", "2024-01-04") for o in ("MMR", "TJK")}),
    (dt.date(2024, 10, 26), "Senegal was taken off the Financial Action Task Force's grey list on Friday. At the same "
     "plenary the watchdog placed Algeria and Lebanon under increased monitoring.",
     {("designation_change", "FATF", "SEN", "removed", "grey list", "2024-10-25")}
     | {("designation_change", "FATF", o, "assigned", "grey list", "2024-10-25") for o in ("DZA", "LBN")}),
    (dt.date(2024, 12, 4), "Bangladesh summoned India's high commissioner on Tuesday.",
     {("reaction", "BGD", "IND", "negative", None, "2024-12-03")}),
])
def test_lists_by_their_members_monitoring_and_high_commissioners(pub, text, expected):
    assert brief(run(text, pub)) == expected


@pytest.mark.parametrize("text, expected", [
    # the Taliban have governed Afghanistan since August 2021: a list that names them names its government
    ("Kyrgyzstan, which struck the Taliban off its own terrorist list in September 2024, said on Friday it would talk.",
     {("designation_change", "KGZ", "AFG", "removed", "terrorist", "2024-09")}),
    ("Russia's Supreme Court on Thursday removed the Taliban from the country's list of terrorist organisations.",
     {("designation_change", "RUS", "AFG", "removed", "terrorist organisation", "2024-06-13")}),
])
def test_the_taliban_stand_for_afghanistan(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Reactions to Saturday's Chilean operation in Lima split the region. Brazil and Colombia denounced the strikes, "
     "while Argentina's government, by contrast, hailed the operation.",
     {("reaction", "BRA", "CHL", "negative", None, "2024-06-14"), ("reaction", "COL", "CHL", "negative", None, "2024-06-14"),
      ("reaction", "ARG", "CHL", "positive", None, "2024-06-14")}),
    # an act told only as a noun is no fact by itself
    ("Reactions to Saturday's Chilean operation in Lima split the region.", set()),
])
def test_reactions_to_an_act_told_as_a_noun(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ecuador has suspended its recognition of the Sahrawi Republic, the foreign ministry in Quito said on Thursday. "
     "Morocco welcomed the move as a victory for its autonomy plan.",
     {("reaction", "MAR", "ECU", "positive", None, "2024-06-13")}),
    ("South Korea's defence ministry released its Defense White Paper on Thursday, describing the North Korean regime "
     "and its military as 'our enemy'.",
     {("designation_change", "KOR", "PRK", "assigned", "enemy", "2024-06-13"),
      ("policy_issued", "KOR", None, "issued", "Defense White Paper", "2024-06-13")}),
])
def test_recognition_suspended_and_a_regime_with_its_military(text, expected):
    assert brief(run(text)) == expected


def test_a_suspension_dated_by_its_month():
    facts = run("On the continental level, the AU suspended Madagascar in October after an army unit took power.",
                dt.date(2025, 12, 1))
    assert brief(facts) == {("membership_change", "MDG", "AU", "suspended", None, "2025-10")}


@pytest.mark.parametrize("text, expected", [
    # a pluperfect reported by its actor is the news, not background
    ("China's foreign ministry said it had lodged stern representations with Tokyo.",
     {("reaction", "CHN", "JPN", "negative", None, "2024-06-14")}),
    ("China's foreign ministry had lodged stern representations with Tokyo.", set()),
])
def test_a_possessor_that_says_it_had_acted(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "of" after a word of quantity names the act, not its target
    ("Chile and Peru on Thursday condemned the wave of Bolivian raids on Argentine border posts.",
     {("reaction", "CHL", "BOL", "negative", None, "2024-06-13"), ("reaction", "PER", "BOL", "negative", None, "2024-06-13")}),
    # a protest addressed to one body against another's act
    ("Ghana protested to the African Union against Togo's plan to close the border.",
     {("reaction", "GHA", "TGO", "negative", None, "2024-06-14")}),
    # an actor with a possessive after ", and" opens a clause: it is no second object
    ("Manila said it had lodged a protest with Beijing, and Vietnam's foreign ministry summoned a Chinese diplomat.",
     {("reaction", "PHL", "CHN", "negative", None, "2024-06-14"), ("reaction", "VNM", "CHN", "negative", None, "2024-06-14")}),
])
def test_reaction_objects_read_past_quantities_addressees_and_clauses(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # acts no frame models, named later by a noun: a listing and an announcement with its day
    # (in a text on two states alone, the firms listed are the other's)
    ("The Japanese trade ministry on Tuesday added 14 firms to its export control list. "
     "China said on Wednesday that it firmly opposed the move.",
     {("sanction_change", "JPN", "CHN", "imposed", None, "2024-06-11"), ("reaction", "CHN", "JPN", "negative", None, "2024-06-12")}),
    ("Vietnam said on Monday it would build a new airstrip on the reef. Manila denounced the plan as illegal.",
     {("reaction", "PHL", "VNM", "negative", None, "2024-06-14")}),
    # the act two sentences back when the sentence between tells none
    ("EU ministers on Monday suspended visa-free travel for Serbian officials. Several ministers wanted more. "
     "Belgrade denounced the visa decision as blackmail.",
     {("sanction_change", "EU", "SRB", "imposed", None, "2024-06-10"), ("reaction", "SRB", "EU", "negative", None, "2024-06-14")}),
    # "said [that ...] and condemned": a reported clause before the coordinated verb
    ("A law suspending inspections came into force in Iran on Monday. Austria's foreign ministry said that "
     "the step was the wrong answer and condemned Tehran's decision.",
     {("reaction", "AUT", "IRN", "negative", None, "2024-06-14")}),
])
def test_reactions_to_acts_no_frame_models(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Peru became a member of the CPTPP on Sunday. Ecuador, which applied in March 2022, is next in line.",
     {("membership_change", "PER", "CPTPP", "joined", None, "2024-06-09"),
      ("membership_change", "ECU", "CPTPP", "applied", None, "2022-03")}),
    # an apposition with a possessive between the subject and its verb
    ("Fiji joined the Commonwealth in May. Samoa, the body's other recent entrant, joined in 2019.",
     {("membership_change", "FJI", "COMMONWEALTH", "joined", None, "2024-05"),
      ("membership_change", "WSM", "COMMONWEALTH", "joined", None, "2019")}),
    ("The African Union suspended Chad on Tuesday. Sudan was suspended in June 2019.",
     {("membership_change", "TCD", "AU", "suspended", None, "2024-06-11"),
      ("membership_change", "SDN", "AU", "suspended", None, "2019-06")}),
    ("Peru left the OAS on Monday. It follows Bolivia, whose withdrawal was completed in May 2020.",
     {("membership_change", "PER", "OAS", "left", None, "2024-06-10"),
      ("membership_change", "BOL", "OAS", "left", None, "2020-05")}),
    ("Chile left the International Criminal Court in May. The withdrawal of Peru took effect in March 2021.",
     {("membership_change", "CHL", "ICC", "left", None, "2024-05"), ("membership_change", "PER", "ICC", "left", None, "2021-03")}),
    ("Chile left the International Criminal Court in May. Colombia became a full state party on 1 January 2023.",
     {("membership_change", "CHL", "ICC", "left", None, "2024-05"),
      ("membership_change", "COL", "ICC", "joined", None, "2023-01-01")}),
    ("Chile's senate on Tuesday approved a bill taking the country out of the International Criminal Court.",
     {("membership_change", "CHL", "ICC", "left", None, "2024-06-11")}),
    # a suspension with no time of its own stays background
    ("The African Union suspended Chad on Tuesday. Sudan has been suspended and will not return.",
     {("membership_change", "TCD", "AU", "suspended", None, "2024-06-11")}),
])
def test_memberships_told_in_the_background_with_their_own_dates(text, expected):
    assert brief(run(text)) == expected


def test_a_list_named_before_and_a_relative_clause_with_its_date():
    facts = run("Kenya and Ghana were taken off the FATF's grey list on Friday. Nairobi, which had been put on the list "
                "in February 2023, welcomed the outcome.")
    assert ("designation_change", "FATF", "KEN", "assigned", "grey list", "2023-02") in brief(facts)


def test_a_listing_named_by_its_kind_keeps_its_label():
    facts = run("The Financial Action Task Force added Laos to its blacklist on Friday.")
    assert brief(facts) == {("designation_change", "FATF", "LAO", "assigned", "blacklist", "2024-06-14")}


@pytest.mark.parametrize("text, expected", [
    # the subject of the sentence before, after an opening phrase without a comma
    ("EU ministers agreed on Monday to ease sanctions on Syria. At the same meeting they adopted a 19th sanctions "
     "package against Belarus.",
     {("sanction_change", "EU", "SYR", "lifted", None, "2024-06-10"),
      ("sanction_change", "EU", "BLR", "imposed", None, "2024-06-10")}),
    # an actor inside a description set off by commas is no subject
    ("Kuwait condemned the Iraqi drone strike on the port, the largest Saudi terminal in the region, calling it reckless.",
     {("reaction", "KWT", "IRQ", "negative", None, "2024-06-14")}),
    # membership as the effect of a ratification; a relative clause that ends the sentence keeps its own date
    ("Chile's senate voted on Tuesday to ratify the statute, making the country the 130th state to join the "
     "International Criminal Court, which in March opened an inquiry into Peru.",
     {("membership_change", "CHL", "ICC", "joined", None, "2024-06-11")}),
])
def test_pronoun_subjects_descriptions_and_effects(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Estonia expelled two Russian diplomats on Monday. Moscow answered in kind on Tuesday.",
     {("reaction", "EST", "RUS", "negative", None, "2024-06-10"), ("reaction", "RUS", "EST", "negative", None, "2024-06-11")}),
    ("Estonia expelled two Russian diplomats on Monday. Moscow did not reciprocate.",
     {("reaction", "EST", "RUS", "negative", None, "2024-06-10")}),
])
def test_retaliation_in_kind_answers_who_acted_last(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Australia's government published its Defence Strategic Review on Monday. China, for its part, is called a "
     "'major strategic challenge'.",
     {("policy_issued", "AUS", None, "issued", "Defence Strategic Review", "2024-06-10"),
      ("designation_change", "AUS", "CHN", "assigned", "major strategic challenge", "2024-06-10")}),
    # an agent of its own, or no document before: no designation by an issuer
    ("Australia's government published its Defence Strategic Review on Monday. China is called a "
     "'major strategic challenge' by some analysts.",
     {("policy_issued", "AUS", None, "issued", "Defence Strategic Review", "2024-06-10")}),
    ("China is called a 'major strategic challenge'.", set()),
])
def test_a_document_labels_a_state_in_the_passive(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "both countries" with no list before: the only two states named within reach (a place is none)
    ("Albania opened accession talks with the European Union on Tuesday at a conference in Luxembourg, a day after "
     "Montenegro did the same. Both countries were granted candidate status in June 2014.",
     {("designation_change", "EU", "ALB", "assigned", "candidate country", "2014-06"),
      ("designation_change", "EU", "MNE", "assigned", "candidate country", "2014-06")}),
    # three states named apart: "both" is ambiguous, so no group
    ("Albania opened talks with the European Union on Tuesday, a day after Montenegro did the same, while Serbia "
     "waits. Both countries were granted candidate status in June 2014.", set()),
])
def test_both_countries_without_a_list(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the owner named before the sanctions imposes them when no subject does
    ("Ministers meeting in Luxembourg approved the twelfth round of EU sanctions on Belarus on Monday.",
     {("sanction_change", "EU", "BLR", "imposed", None, "2024-06-10")}),
    ("EU ambassadors gave final approval on Friday to a new package of sanctions on Iran.",
     {("sanction_change", "EU", "IRN", "imposed", None, "2024-06-14")}),
    # a state before the sanctions, none after: the target
    ("Canada unveiled its largest round of Iran sanctions on Monday.",
     {("sanction_change", "CAN", "IRN", "imposed", None, "2024-06-10")}),
    # "both": the last two acts of two other actors
    ("Canada and Japan imposed new sanctions on Iran on Tuesday. Iran's foreign ministry condemned both.",
     {("sanction_change", "CAN", "IRN", "imposed", None, "2024-06-11"), ("sanction_change", "JPN", "IRN", "imposed", None, "2024-06-11"),
      ("reaction", "IRN", "CAN", "negative", None, "2024-06-14"), ("reaction", "IRN", "JPN", "negative", None, "2024-06-14")}),
])
def test_sanctions_rounds_owners_and_both(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # acts no frame models (a filing at a court, a revocation, a request to a court), and a listing of persons
    ("Chile filed a case at the International Court of Justice on Friday. Peru rejected the application the same day.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
    ("Bolivia on Monday revoked Peru's permission to use the port. Lima condemned the decision on Tuesday.",
     {("reaction", "PER", "BOL", "negative", None, "2024-06-11")}),
    ("The Canadian government put two Haitian senators on its sanctions list on Friday. Haiti's foreign ministry "
     "condemned the measure.",
     {("reaction", "HTI", "CAN", "negative", None, "2024-06-14"),
      ("sanction_change", "CAN", "HTI", "imposed", None, "2024-06-14")}),
    ("Ecuador on Friday asked the International Court of Justice to order Mexico to return the files. Mexico's "
     "foreign ministry rejected the accusations the same day.",
     {("reaction", "MEX", "ECU", "negative", None, "2024-06-14")}),
    # a feeling after such an act
    ("Russia on Thursday vetoed a draft resolution on Sudan. Britain's envoy said she was deeply disappointed.",
     {("reaction", "GBR", "RUS", "negative", None, "2024-06-13")}),
])
def test_reactions_to_filings_revocations_and_vetoes(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # diplomats of a list of states ordered out
    ("Nicaragua on Monday ordered diplomats from Chile, Peru and the Dominican Republic to leave the country.",
     {("reaction", "NIC", "CHL", "negative", None, "2024-06-10"), ("reaction", "NIC", "PER", "negative", None, "2024-06-10"),
      ("reaction", "NIC", "DOM", "negative", None, "2024-06-10")}),
    # a guest welcomed to a capital is hosted, not hailed
    ("Serbia will leave the Council of Europe, the government announced on Thursday, as its president welcomed "
     "Vladimir Putin to Belgrade.",
     {("membership_change", "SRB", "COE", "left", None, "2024-06-13")}),
    # "the forum" is the forum named before; a rejoining coordinated with a leaving
    ("Pacific Islands Forum leaders met on Friday. Nauru left the forum in July 2021 and rejoined in 2022.",
     {("membership_change", "NRU", "PIF", "left", None, "2021-07"), ("membership_change", "NRU", "PIF", "joined", None, "2022")}),
])
def test_envoys_of_a_list_hosting_and_the_forum(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("EU leaders cleared the bloc's 14th sanctions package against Belarus on Thursday.",
     {("sanction_change", "EU", "BLR", "imposed", None, "2024-06-13")}),
    # an act told as a first, answered by a joint statement
    ("Ghana on Friday became the first country to formally recognise the new government. Hours later, the foreign "
     "ministers of Togo and Benin issued a joint statement after a call rejecting Ghana's step.",
     {("reaction", "TGO", "GHA", "negative", None, "2024-06-14"), ("reaction", "BEN", "GHA", "negative", None, "2024-06-14")}),
    # reactions in relative clauses hung on the act just told
    ("Norway and Iceland recognised the new state on Sunday, a joint step that Denmark denounced as reckless and "
     "that the Swedish government brushed aside as symbolic.",
     {("reaction", "DNK", "NOR", "negative", None, "2024-06-09"), ("reaction", "DNK", "ISL", "negative", None, "2024-06-09"),
      ("reaction", "SWE", "NOR", "negative", None, "2024-06-09"), ("reaction", "SWE", "ISL", "negative", None, "2024-06-09")}),
])
def test_packages_cleared_firsts_and_relative_reactions(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kenyan lawmakers voted on Tuesday to ratify the treaty. Uganda welcomed the vote, as did Rwanda and Burundi.",
     {("reaction", "UGA", "KEN", "positive", None, "2024-06-14"), ("reaction", "RWA", "KEN", "positive", None, "2024-06-14"),
      ("reaction", "BDI", "KEN", "positive", None, "2024-06-14")}),
    ("Norway joined the European Union on Thursday. Moscow promised unspecified countermeasures.",
     {("membership_change", "NOR", "EU", "joined", None, "2024-06-13"), ("reaction", "RUS", "NOR", "negative", None, "2024-06-13")}),
    # (a ban on exports to a state is a sanction on it, as "banned" is)
    ("Japan on Monday prohibited exports of drones to Iran. Tehran said it firmly opposed the move, having earlier "
     "denounced Seoul's restrictions.",
     {("sanction_change", "JPN", "IRN", "imposed", None, "2024-06-10"),
      ("reaction", "IRN", "JPN", "negative", None, "2024-06-14"), ("reaction", "IRN", "KOR", "negative", None, "2024-06-14")}),
    ("Iran on Friday announced sanctions on Canada. A Canadian spokesperson criticised the countermeasures as unjustified.",
     {("sanction_change", "IRN", "CAN", "imposed", None, "2024-06-14"), ("reaction", "CAN", "IRN", "negative", None, "2024-06-14")}),
])
def test_followers_countermeasures_and_participles(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a lifting after a tightening is a lifting
    ("Norway tightened its export law and lifted an arms embargo on Chile on Monday.",
     {("sanction_change", "NOR", "CHL", "lifted", None, "2024-06-10")}),
    ("Norway and Denmark applied together to join the OECD on May 18, 2022.",
     {("membership_change", "NOR", "OECD", "applied", None, "2022-05-18"),
      ("membership_change", "DNK", "OECD", "applied", None, "2022-05-18")}),
    # "the alliance" is a military alliance, never the EU that "Brussels" named just before
    ("Albania joined NATO on Thursday. Its flag will be raised in Brussels on Monday. Albania and Croatia applied "
     "together to join the alliance on April 1, 2008.",
     {("membership_change", "ALB", "NATO", "joined", None, "2024-06-13"),
      ("membership_change", "ALB", "NATO", "applied", None, "2008-04-01"),
      ("membership_change", "HRV", "NATO", "applied", None, "2008-04-01")}),
])
def test_liftings_joint_applications_and_the_alliance(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the same designation on two dates told by the text: two events
    ("The State Department on Monday designated Eritrea a country of particular concern. Eritrea was placed on "
     "the list in November 2019.",
     {("designation_change", "USA", "ERI", "assigned", "country of particular concern", "2024-06-10"),
      ("designation_change", "USA", "ERI", "assigned", "country of particular concern", "2019-11")}),
    # one event told twice, the second time more precisely: one fact, the precise date
    ("Chile joined the OECD in May 2010. Chile joined the OECD on May 7, 2010, after a vote.",
     {("membership_change", "CHL", "OECD", "joined", None, "2010-05-07")}),
])
def test_one_fact_per_event_two_for_two_dates(text, expected):
    assert brief(run(text)) == expected


def test_a_removal_by_pronoun_with_its_own_date():
    facts = run("The State Department designated Eritrea a country of particular concern on Monday. Eritrea was "
                "placed on the list in 2019, before Washington removed it in November 2021.")
    assert ("designation_change", "USA", "ERI", "removed", "country of particular concern", "2021-11") in brief(facts)


def test_an_envoy_declared_persona_non_grata_by_name():
    facts = run("Canada declared Iran's ambassador Ali Rezaei persona non grata on Friday.")
    assert brief(facts) == {("reaction", "CAN", "IRN", "negative", None, "2024-06-14")}


@pytest.mark.parametrize("text, expected", [
    # a list named by its kind wins over what it holds: trading partners are no designation
    ("The US Treasury added Malaysia and Thailand to its monitoring list of major trading partners on Monday.",
     {("designation_change", "USA", "MYS", "assigned", "monitoring list", "2024-06-10"),
      ("designation_change", "USA", "THA", "assigned", "monitoring list", "2024-06-10")}),
    # a list of preferred trading partners is a white list
    ("Japan removed South Korea from its list of preferred trading partners in August 2019.",
     {("designation_change", "JPN", "KOR", "removed", "white list", "2019-08")}),
    # the rest of a list of states is no label; the act still has its reaction
    ("The State Department on Monday redesignated Eritrea, Cuba and nine other governments. Asmara rejected the "
     "label as interference.",
     {("reaction", "ERI", "USA", "negative", None, "2024-06-14")}),
])
def test_list_names_and_what_lists_hold(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("President Emmanuel Macron said on Thursday that the US tariffs on French wine were an unfriendly act.",
     {("reaction", "FRA", "USA", "negative", None, "2024-06-13")}),
    ("Canada imposed sanctions on Iran on Wednesday. Iran's foreign ministry called it an act of war.",
     {("sanction_change", "CAN", "IRN", "imposed", None, "2024-06-12"), ("reaction", "IRN", "CAN", "negative", None, "2024-06-14")}),
])
def test_judgements_of_an_act_with_its_actor_and_target(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # sanctions told as "what it called its largest round of X sanctions"; "both steps"
    ("EU ministers adopted a 14th sanctions package against Belarus on Monday, and Canada unveiled what it called its "
     "largest round of Belarus sanctions. Minsk called both steps illegitimate.",
     {("sanction_change", "EU", "BLR", "imposed", None, "2024-06-10"),
      ("sanction_change", "CAN", "BLR", "imposed", None, "2024-06-10"),
      ("reaction", "BLR", "EU", "negative", None, "2024-06-14"), ("reaction", "BLR", "CAN", "negative", None, "2024-06-14")}),
    # ships of a state's fleet sanctioned: sanctions on the state, which answers them
    ("Canada has sanctioned 40 tankers of Iran's shadow fleet, its foreign minister announced on Friday. The Iranian "
     "embassy in Ottawa dismissed the measures as futile.",
     {("sanction_change", "CAN", "IRN", "imposed", None, "2024-06-14"), ("reaction", "IRN", "CAN", "negative", None, "2024-06-14")}),
])
def test_rounds_of_sanctions_told_by_name_and_ships_sanctioned(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an organ's voice, named without its state, after the scene that names it
    ("Kiribati cut ties with Taiwan on Monday. In Beijing, a foreign ministry spokeswoman welcomed what she called "
     "Kiribati's sovereign choice.",
     {("reaction", "KIR", "TWN", "negative", None, "2024-06-10"), ("reaction", "CHN", "KIR", "positive", None, "2024-06-14")}),
    ("Kiribati cut ties with Taiwan on Monday. In Beijing, the foreign ministry spokesman welcomed Kiribati's decision.",
     {("reaction", "KIR", "TWN", "negative", None, "2024-06-10"), ("reaction", "CHN", "KIR", "positive", None, "2024-06-14")}),
])
def test_an_organs_voice_named_without_its_state(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The watchdog's plenary on Friday put Peru on its grey list. Chile and Ghana were also added at the "
     "plenary in Paris, while Oman was taken off.",
     {("designation_change", "FATF", s, a, "grey list", "2024-06-14")
      for s, a in (("PER", "assigned"), ("CHL", "assigned"), ("GHA", "assigned"), ("OMN", "removed"))}),
    ("The FATF took Fiji off its grey list on Friday and put Chad and Niger on it.",
     {("designation_change", "FATF", s, a, "grey list", "2024-06-14")
      for s, a in (("FJI", "removed"), ("TCD", "assigned"), ("NER", "assigned"))}),
    ("The European Commission on Monday removed Peru from its list of high-risk third countries, while "
     "adding Chad and Oman among others.",
     {("designation_change", "EU", s, a, "high-risk third country", "2024-06-10")
      for s, a in (("PER", "removed"), ("TCD", "assigned"), ("OMN", "assigned"))}),
    ("The European Commission on Monday added Fiji to its list of high-risk third countries. Chile, Ghana "
     "and Oman were among six taken off.",
     {("designation_change", "EU", s, a, "high-risk third country", "2024-06-10")
      for s, a in (("FJI", "assigned"), ("CHL", "removed"), ("GHA", "removed"), ("OMN", "removed"))}),
    ("The European Commission on Monday put three more countries on its list of high-risk third countries "
     "for money laundering: Chad, Fiji and Oman.",
     {("designation_change", "EU", s, "assigned", "high-risk third country", "2024-06-10") for s in ("TCD", "FJI", "OMN")}),
    ("Peru was taken off the grey list kept by the FATF on Friday, along with Fiji and Oman.",
     {("designation_change", "FATF", s, "removed", "grey list", "2024-06-14") for s in ("PER", "FJI", "OMN")}),
    ("The FATF on Friday took Chad off its grey list; Ghana had been removed from it in October 2023.",
     {("designation_change", "FATF", "TCD", "removed", "grey list", "2024-06-14"),
      ("designation_change", "FATF", "GHA", "removed", "grey list", "2023-10")}),
])
def test_lists_continued_by_a_clause_a_colon_or_along_with(text, expected):
    assert brief(run(text)) == expected


def test_a_reaction_answers_what_was_done_to_the_reactor():
    facts = brief(run("The European Commission on Monday added Oman to its list of high-risk third countries; "
                      "Ghana had been removed from the FATF's grey list in May. Muscat dismissed the move as political."))
    assert ("reaction", "OMN", "EU", "negative", None, "2024-06-14") in facts
    assert not any(f[0] == "reaction" and f[2] == "FATF" for f in facts)


@pytest.mark.parametrize("text, expected", [
    ("Chile summoned Peru's deputy chief of mission on Monday.", {("reaction", "CHL", "PER", "negative", None, "2024-06-10")}),
    ("Ghana's foreign ministry summoned the Nigerian high commissioner on Tuesday.",
     {("reaction", "GHA", "NGA", "negative", None, "2024-06-11")}),
    ("Oslo responded on Wednesday by calling in Denmark's chargé d'affaires.",
     {("reaction", "NOR", "DNK", "negative", None, "2024-06-12")}),
    ("Hanoi lodged a diplomatic protest on Thursday against China's survey of the reef.",
     {("reaction", "VNM", "CHN", "negative", None, "2024-06-13")}),
    ("Seoul said on Monday it would file a formal protest over Japan's new textbooks.",
     {("reaction", "KOR", "JPN", "negative", None, "2024-06-10")}),
])
def test_envoys_of_every_rank_summoned_and_protests_lodged(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile closed its border with Peru on Monday. Lima denounced the closure as hostile.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
    ("Fiji switched diplomatic recognition from Taiwan to China on Tuesday. Taipei condemned the decision.",
     {("reaction", "TWN", "FJI", "negative", None, "2024-06-14")}),
    ("The European Union on Monday imposed travel bans on six officials. Congo's government welcomed the measures.",
     {("reaction", "COD", "EU", "positive", None, "2024-06-14")}),
    ("The US Treasury on Tuesday sanctioned a retired general. A spokesman for the Nigerian government called "
     "the measures baseless.", {("reaction", "NGA", "USA", "negative", None, "2024-06-14")}),
    ("Chile on Wednesday condemned the pact that Peru and Bolivia signed on Monday.",
     {("reaction", "CHL", "PER", "negative", None, "2024-06-12"), ("reaction", "CHL", "BOL", "negative", None, "2024-06-12")}),
    ("Chile on Tuesday closed its border with Peru. In Lima, officials denounced the decision.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
    ("Chile on Thursday became the first Mercosur member to ban imports of Peruvian fish. Lima condemned the step.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-13"),
      ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-13")}),
])
def test_reactions_to_closures_switches_bans_and_pacts(text, expected):
    assert brief(run(text)) == expected


def test_an_acts_noun_is_read_in_its_own_clause():
    text = ("Oman said on Monday it was designating Qatar a major ally. Qatar welcomed the designation. Talks went on. "
            "More talks came. Still more. Then more. Bahrain becomes the third Gulf state to hold it, joining Chad, designated in "
            "1990. A third. A fourth. A fifth. A sixth. A spokesman for Iran's foreign ministry condemned the designation.")
    reactions = {f for f in brief(run(text)) if f[1] == "IRN"}
    assert reactions == {("reaction", "IRN", "OMN", "negative", None, "2024-06-14")}


@pytest.mark.parametrize("text, expected", [
    ("Peru joined the OECD on Thursday. Chile had been admitted two years earlier, in May 2022.",
     {("membership_change", "PER", "OECD", "joined", None, "2024-06-13"), ("membership_change", "CHL", "OECD", "joined", None, "2022-05")}),
    ("Peru joined the OECD on Thursday. Chile had been admitted before.",
     {("membership_change", "PER", "OECD", "joined", None, "2024-06-13")}),
    ("Belarus, expelled from the Council of Europe in March 2020, protested.",
     {("membership_change", "BLR", "COE", "left", None, "2020-03")}),
    ("Ghana suspended its participation in the Pan-African Parliament of the African Union on Monday.",
     {("membership_change", "GHA", "AU", "suspended", None, "2024-06-10")}),
    ("Chad said on Monday that it had frozen the country's membership of the Economic Community of Central African States.",
     {("membership_change", "TCD", "ECCAS", "suspended", None, "2024-06-10")}),
    ("The ministers met at the Arab League. Libya's voting rights at the organisation were suspended in April 2021.",
     {("membership_change", "LBY", "LAS", "suspended", None, "2021-04")}),
    ("Peru joined Mercosur on Monday. Chile, which entered the bloc in 2012, was suspended in May 2016.",
     {("membership_change", "PER", "MERCOSUR", "joined", None, "2024-06-10"),
      ("membership_change", "CHL", "MERCOSUR", "joined", None, "2012"),
      ("membership_change", "CHL", "MERCOSUR", "suspended", None, "2016-05")}),
    ("Leaders in Lima on Sunday formally admitted Chile to the Andean Community.", set()),
    ("Leaders in Accra on Sunday formally admitted Chad to the African Union.",
     {("membership_change", "TCD", "AU", "joined", None, "2024-06-09")}),
    ("Ministers voted on Sunday to let Libya back into the Arab League.",
     {("membership_change", "LBY", "LAS", "joined", None, "2024-06-09")}),
    ("Peru formally notified the United Nations secretary-general on Monday of its withdrawal from the ICC.",
     {("membership_change", "PER", "ICC", "left", None, "2024-06-10")}),
    ("The Council of Europe's assembly voted on Tuesday to recommend admitting Kosovo, which applied to join "
     "the organisation in May 2022.", {("membership_change", "XKX", "COE", "applied", None, "2022-05")}),
    ("Peru joined NATO on Monday, two years after Chile applied in May 2022 alongside Ghana.",
     {("membership_change", "PER", "NATO", "joined", None, "2024-06-10"),
      ("membership_change", "CHL", "NATO", "applied", None, "2022-05"), ("membership_change", "GHA", "NATO", "applied", None, "2022-05")}),
])
def test_admissions_expulsions_frozen_seats_and_dated_background(text, expected):
    assert brief(run(text)) == expected


def test_the_alliance_named_paragraphs_earlier_and_not_its_seat():
    text = ("Peru became the 33rd member of NATO on Thursday.\n\nThe flag will fly at the alliance's headquarters in "
            "Brussels, where the European Union also sits.\n\nChile and Ghana applied to join the alliance together "
            "on May 18, 2022. Chile was admitted on April 4, 2023, after a long wait.")
    assert brief(run(text)) >= {("membership_change", "CHL", "NATO", "applied", None, "2022-05-18"),
                                ("membership_change", "GHA", "NATO", "applied", None, "2022-05-18"),
                                ("membership_change", "CHL", "NATO", "joined", None, "2023-04-04")}
    assert not any(f[2] == "EU" for f in brief(run(text)))


@pytest.mark.parametrize("text, expected", [
    ("Oman has worked hard since the FATF removed it from the watchdog's grey list in October 2022.",
     {("designation_change", "FATF", "OMN", "removed", "grey list", "2022-10")}),
    ("Oman has worked hard since the FATF removed it from the watchdog's grey list.", set()),
    ("An envoy made an online post, and the foreign ministry in Tokyo protested to Beijing about the post on Monday.",
     {("reaction", "JPN", "CHN", "negative", None, "2024-06-10")}),
])
def test_dated_clauses_after_since_past_office_holders_and_protests_to_an_addressee(text, expected):
    assert brief(run(text)) == expected


def test_then_or_a_date_in_the_term_names_an_office_holder_out_of_office():
    text = "In December 2022 the government of {}prime minister Fumio Kishida adopted a new National Defense Strategy."
    expected = {("policy_issued", "JPN", None, "issued", "National Defense Strategy", "2022-12")}
    assert brief(run(text.format("then "), pub=dt.date(2026, 1, 8))) == expected
    # the term is read against the day the sentence tells, too
    assert brief(run(text.format(""), pub=dt.date(2026, 1, 8))) == expected
    # undated, or dated outside the term, the name is a person's
    assert brief(run("The government of prime minister Fumio Kishida adopted a new National Defense Strategy.",
                     pub=dt.date(2026, 1, 8))) == set()
    assert brief(run("In December 2019 the government of prime minister Fumio Kishida adopted a new National "
                     "Defense Strategy.", pub=dt.date(2026, 1, 8))) == set()


@pytest.mark.parametrize("text, expected", [
    ("Peru said on Thursday it would leave the ICC. Chile's foreign ministry said it was a bad day for justice.",
     {("membership_change", "PER", "ICC", "left", None, "2024-06-13"), ("reaction", "CHL", "PER", "negative", None, "2024-06-13")}),
    ("Peru struck a camp in Chile on Tuesday. Bolivia called the attack a dangerous precedent.",
     {("reaction", "BOL", "PER", "negative", None, "2024-06-14")}),
    ("Peru said on Thursday it would leave the ICC. Chad became the first country to leave, in 2017, and Fiji followed "
     "in 2019. Ghana joined in 2021, and Oman became the 130th state party on January 1.",
     {("membership_change", "PER", "ICC", "left", None, "2024-06-13"), ("membership_change", "TCD", "ICC", "left", None, "2017"),
      ("membership_change", "FJI", "ICC", "left", None, "2019"), ("membership_change", "GHA", "ICC", "joined", None, "2021"),
      ("membership_change", "OMN", "ICC", "joined", None, "2024-01-01")}),
    ("Chile's senate ratified the treaty on May 23. Peru had lifted its sanctions on Chile in December 2020. "
     "Bolivia's congress followed on May 26.",
     {("sanction_change", "PER", "CHL", "lifted", None, "2020-12")}),
])
def test_bad_days_first_leavers_and_followers_of_recent_acts(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Canada imposed sanctions on Friday on up to 40 more oil tankers it says belong to Iran's shadow fleet.",
     {("sanction_change", "CAN", "IRN", "imposed", None, "2024-06-14")}),
    ("Norway on Monday sanctioned 12 vessels it accuses of carrying Venezuelan crude.",
     {("sanction_change", "NOR", "VEN", "imposed", None, "2024-06-10")}),
    ("Canada imposed sanctions on Friday on 30 more targets, including 9 ships it said belonged to the shadow fleet.", set()),
    ("Peru joined NATO on Monday. Chile, which submitted an accelerated membership application in May 2022, waits.",
     {("membership_change", "PER", "NATO", "joined", None, "2024-06-10"), ("membership_change", "CHL", "NATO", "applied", None, "2022-05")}),
])
def test_fleets_sanctioned_and_applications_of_every_speed(text, expected):
    assert brief(run(text)) == expected


def test_an_armed_act_is_named_by_any_armed_noun_however_far():
    text = ("Leaders met in Doha on Monday after last week's Peruvian air strike on Chile.\n\n"
            + " ".join(f"Paragraph {i} says nothing." for i in range(14))
            + "\n\nBolivia denounced the raid as state terrorism.")
    assert brief(run(text)) == {("reaction", "BOL", "PER", "negative", None, "2024-06-14")}


@pytest.mark.parametrize("text, expected", [
    ("Chile said on Tuesday it would leave UNESCO, pointing to the agency's 2011 vote to admit Peru as a member.",
     {("membership_change", "CHL", "UNESCO", "left", None, "2024-06-11"), ("membership_change", "PER", "UNESCO", "joined", None, "2011")}),
    ("President Gabriel Boric announced on Tuesday, at a dinner for the leaders of the region, that he was formally "
     "designating Peru a strategic partner.",
     {("designation_change", "CHL", "PER", "assigned", "strategic partner", "2024-06-11")}),
])
def test_a_year_before_a_decision_noun_and_an_aside_after_said(text, expected):
    assert brief(run(text)) == expected


def test_joining_another_in_condemning_and_the_date_of_the_act_condemned():
    facts = brief(run("Chile and Bolivia joined Ecuador in condemning Tuesday's Peruvian air strike on a village."))
    assert facts == {("reaction", s, "PER", "negative", None, "2024-06-14") for s in ("CHL", "BOL", "ECU")}


@pytest.mark.parametrize("text, expected", [
    ("Chile closed its border with Bolivia on Monday. President Gabriel Boric called the incursions a hybrid attack by "
     "the Arce government.", {("reaction", "CHL", "BOL", "negative", None, "2024-06-14")}),
    ("The Riigikogu branded Belarus a terrorist regime in October 2022.",
     {("designation_change", "EST", "BLR", "assigned", "terrorist regime", "2022-10")}),
    ("The talks ended on Wednesday. Norway and Iceland both announced that day that they had adopted the EU's 19th "
     "sanctions package against Belarus.",
     {("sanction_change", "NOR", "BLR", "imposed", None, "2024-06-12"), ("sanction_change", "ISL", "BLR", "imposed", None, "2024-06-12")}),
    ("EU ministers on Monday adopted the bloc's 20th sanctions package, which bans imports of Belarusian potash.",
     {("sanction_change", "EU", "BLR", "imposed", None, "2024-06-10")}),
    ("Chile has frozen its participation in the Organization of American States, President Gabriel Boric said on Thursday. Peru's foreign "
     "ministry called the remarks regrettable.",
     {("membership_change", "CHL", "OAS", "suspended", None, "2024-06-13"), ("reaction", "PER", "CHL", "negative", None, "2024-06-13")}),
    ("Peru became the 130th state party to the International Criminal Court on Thursday. Chile's foreign ministry "
     "again called the decision unfriendly.",
     {("membership_change", "PER", "ICC", "joined", None, "2024-06-13"), ("reaction", "CHL", "PER", "negative", None, "2024-06-13")}),
    ("The European Union adopted a 15th package of sanctions against Belarus on Monday. Canada followed on Tuesday "
     "with its own measures against Belarus, sanctioning 20 more firms.",
     {("sanction_change", "EU", "BLR", "imposed", None, "2024-06-10"),
      ("sanction_change", "CAN", "BLR", "imposed", None, "2024-06-11")}),
])
def test_parliaments_packages_told_by_their_bans_and_measures_of_ones_own(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Canadian sanctions on Belarus took effect on Friday.", {("sanction_change", "CAN", "BLR", "imposed", None, "2024-06-14")}),
    ("Mali, which ECOWAS suspended in May 2021 after a coup, is due to vote.",
     {("membership_change", "MLI", "ECOWAS", "suspended", None, "2021-05")}),
    ("Mali, which ECOWAS suspended after a coup, is due to vote.", set()),
])
def test_sanctions_of_a_demonym_taking_effect_and_a_suspension_in_a_relative_clause(text, expected):
    assert brief(run(text)) == expected


def test_the_leads_act_named_by_its_noun_however_far():
    text = ("Chile on Tuesday banned exports of copper to Peru.\n\n"
            + " ".join(f"Paragraph {i} says nothing new." for i in range(12))
            + "\n\nBolivia adopted a new strategy on Monday. The Ecuadorean ambassador to Peru called the ban an "
              "example of economic coercion.")
    assert ("reaction", "ECU", "CHL", "negative", None, "2024-06-14") in brief(run(text))


def test_a_closure_is_what_closed():
    text = ("Peru ordered the closure of Chile's consulates last year.\n\nBolivia closed its border with Chile on Monday. "
            "Chile, in turn, condemned the closure.")
    assert ("reaction", "CHL", "BOL", "negative", None, "2024-06-14") in brief(run(text))


@pytest.mark.parametrize("text, expected", [
    ('President Joe Biden signed an executive order titled "Designating Gangs as Terrorist Organizations and Specially '
     'Designated Global Terrorists" on Monday.',
     {("policy_issued", "USA", None, "issued", "Designating Gangs as Terrorist Organizations and Specially Designated Global Terrorists", "2024-06-10")}),
    ('President Joe Biden signed an executive order on Monday, "Imposing Tariffs on Countries Importing Iranian Oil", '
     'authorising a levy.', {("policy_issued", "USA", None, "issued", "Imposing Tariffs on Countries Importing Iranian Oil", "2024-06-10")}),
    ("EU finance ministers on Tuesday added Fiji to the bloc's list of non-cooperative jurisdictions. Palau and Samoa "
     "were blacklisted as well.",
     {("designation_change", "EU", s, "assigned", "non-cooperative jurisdiction", "2024-06-11") for s in ("FJI", "PLW", "WSM")}),
    ("The FATF on Friday placed Chad and Peru under increased monitoring, adding them to its so-called grey list, "
     "while Fiji was taken off it.",
     {("designation_change", "FATF", s, a, "grey list", "2024-06-14") for s, a in (("TCD", "assigned"), ("PER", "assigned"), ("FJI", "removed"))}),
])
def test_quoted_titles_blacklists_of_a_named_list_and_the_grey_list_by_both_names(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The European Union has described India as a partner and a systemic rival since 2019.", set()),
    ("The European Union described India as a systemic rival in 2019.",
     {("designation_change", "EU", "IND", "assigned", "systemic rival", "2019")}),
    ("Taking Japan off Russia's list of unfriendly countries is not on the agenda, the Kremlin said on Thursday.", set()),
])
def test_a_state_since_a_year_and_an_act_named_by_a_gerund_are_no_events(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile expelled a Peruvian envoy on Monday. Peru on Tuesday gave a senior Chilean diplomat five days to leave the country.",
     {("reaction", "CHL", "PER", "negative", None, "2024-06-10"), ("reaction", "PER", "CHL", "negative", None, "2024-06-11")}),
    ("Chile has withdrawn 12 of its diplomats from Peru, its foreign minister said on Thursday.",
     {("reaction", "CHL", "PER", "negative", None, "2024-06-13")}),
    ("Belize suspended diplomatic relations with Peru on Tuesday.", {("reaction", "BLZ", "PER", "negative", None, "2024-06-11")}),
    ("Chile's foreign minister responded within hours, calling Boluarte \"an enemy of democracy\".", set()),
    ('President Joe Biden signed three executive orders on Saturday, one of them titled "Imposing Duties on Imports From '
     'Our Neighbours". Ottawa and Mexico City both denounced the levies.',
     {("policy_issued", "USA", None, "issued", "Imposing Duties on Imports From Our Neighbours", "2024-06-08"),
      ("reaction", "CAN", "USA", "negative", None, "2024-06-14"), ("reaction", "MEX", "USA", "negative", None, "2024-06-14")}),
    ('Peru on Wednesday released a white paper, "Peru\'s Position on Some Issues Concerning Trade", arguing for openness.',
     {("policy_issued", "PER", None, "issued", "Peru's Position on Some Issues Concerning Trade", "2024-06-12")}),
])
def test_envoys_given_days_to_leave_ties_suspended_levies_and_titles_of_many_orders(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile on Monday rejected what it called the interventionist actions of the governments of Peru and Bolivia.",
     {("reaction", "CHL", "PER", "negative", None, "2024-06-10"), ("reaction", "CHL", "BOL", "negative", None, "2024-06-10")}),
    ("Chile, which formally applied to join the OECD in 2009, responded on Wednesday by recalling its ambassador from Lima.",
     {("membership_change", "CHL", "OECD", "applied", None, "2009"), ("reaction", "CHL", "PER", "negative", None, "2024-06-12")}),
])
def test_the_governments_of_states_act_and_a_subject_with_a_relative_clause_responds_by_acting(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a rupture or an expulsion is itself an act its target reacts to, in a later sentence
    ("Chile broke off relations with Peru on Monday. Peru condemned the move on Tuesday.",
     {("reaction", "CHL", "PER", "negative", None, "2024-06-10"), ("reaction", "PER", "CHL", "negative", None, "2024-06-11")}),
    # ... but a third party's "the raid" is still the raid, not the rupture that answered it
    ("Peru's police raided Chile's embassy in Lima on Monday. Chile broke off relations with Peru on Tuesday. "
     "Bolivia condemned the raid.",
     {("reaction", "CHL", "PER", "negative", None, "2024-06-11"), ("reaction", "BOL", "PER", "negative", None, "2024-06-14")}),
    # a reaction verb that ends a clause hung on the act
    ("Chile recognised Palestine on Monday, a step that Peru condemned.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-10")}),
    ("Chile recognised Palestine on Monday, a decision Bolivia welcomed.",
     {("reaction", "BOL", "CHL", "positive", None, "2024-06-10")}),
    ("Chile recognised Palestine on Monday. Peru condemned, while Bolivia welcomed.", set()),
    # the one an act moved to react
    ("Chile cut ties with Peru on Monday, prompting Peru to denounce the decision as reckless.",
     {("reaction", "CHL", "PER", "negative", None, "2024-06-10"), ("reaction", "PER", "CHL", "negative", None, "2024-06-10")}),
    ("Chile cut ties with Israel in May 2024, prompting Israel's then foreign minister, Israel Katz, to call him a disgrace.",
     {("reaction", "CHL", "ISR", "negative", None, "2024-05"), ("reaction", "ISR", "CHL", "negative", None, "2024-05")}),
])
def test_deeds_reacted_to_by_their_targets_and_reactions_hung_on_an_act(text, expected):
    assert brief(run(text)) == expected


def test_a_leader_out_of_term_is_a_person_not_the_state_his_name_begins_with():
    # Israel Katz was foreign minister until November 2024: in 2026 his name names neither him nor Israel
    assert brief(run("Israel Katz praised Chile's decision on Monday.", dt.date(2026, 3, 6))) == set()


@pytest.mark.parametrize("text, expected", [
    # undated sentences of a paragraph of history share the date it last named
    ("Chile and Peru restored ties on Thursday.\n\nOn March 3, 2023, a court in Lima ruled against Chile. Chile "
     "expelled two Peruvian diplomats. Peru condemned the move the same day.",
     {("reaction", "CHL", "PER", "negative", None, "2023-03-03"), ("reaction", "PER", "CHL", "negative", None, "2023-03-03")}),
    # ... not a date a few weeks old, which may be the news
    ("Chile and Peru restored ties on Thursday.\n\nOn May 20, a court in Lima ruled against Chile. Chile expelled two "
     "Peruvian diplomats.",
     {("reaction", "CHL", "PER", "negative", None, "2024-06-14")}),
])
def test_undated_sentences_of_a_paragraph_of_history_share_its_date(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == expected


@pytest.mark.parametrize("text, expected", [
    # a label quoted after the kind of state its list holds
    ('Canada said on Tuesday it had taken Peru off its list of countries "not cooperating fully" with its inquiries.',
     {("designation_change", "CAN", "PER", "removed", "not cooperating fully", "2024-06-11")}),
    ('Canada on Monday listed Peru among countries that have "failed to comply" with the treaty. Chile and Bolivia were '
     'named as well.',
     {("designation_change", "CAN", s, "assigned", "failed to comply", "2024-06-10") for s in ("PER", "CHL", "BOL")}),
    # a list revised by what it gains and loses
    ("The European Commission on Tuesday updated its list of high-risk third countries, adding Peru and Chile among "
     "others, and dropping Fiji and Samoa.",
     {("designation_change", "EU", "PER", "assigned", "high-risk third country", "2024-06-11"),
      ("designation_change", "EU", "CHL", "assigned", "high-risk third country", "2024-06-11"),
      ("designation_change", "EU", "FJI", "removed", "high-risk third country", "2024-06-11"),
      ("designation_change", "EU", "WSM", "removed", "high-risk third country", "2024-06-11")}),
])
def test_quoted_labels_of_kinds_of_state_and_lists_revised(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a body's own name after the UN is another body, not the UN
    ("Chile said on Tuesday it would withdraw from the UN Industrial Development Organization.", set()),
    ("Chile cut its ties with the UN Human Rights Council in February.",
     {("membership_change", "CHL", "UNHRC", "left", None, "2024-02")}),
    # a departure named as a noun that a leader ordered
    ("President Gabriel Boric, who ordered the Chilean exit from the WHO on Monday, spoke to reporters.",
     {("membership_change", "CHL", "WHO", "left", None, "2024-06-10")}),
    ("Boric could order Chile's withdrawal from the WHO.", set()),
])
def test_bodies_named_after_the_un_ties_cut_with_a_body_and_exits_ordered(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a state's own leader after its possessive, and an office-holder named after a title
    ("Fiji joined the Pacific Islands Forum on Monday. Australia's Anthony Albanese and New Zealand's Christopher Luxon "
     "hailed the step.",
     {("membership_change", "FJI", "PIF", "joined", None, "2024-06-10"),
      ("reaction", "AUS", "FJI", "positive", None, "2024-06-14"), ("reaction", "NZL", "FJI", "positive", None, "2024-06-14")}),
    ("Chilean President Ana Torres and Peru's foreign minister both condemned Bolivia's decision on Monday.",
     {("reaction", "CHL", "BOL", "negative", None, "2024-06-10"), ("reaction", "PER", "BOL", "negative", None, "2024-06-10")}),
    # diplomats of a list of states expelled, and ties broken in answer
    ("Bolivia on Monday expelled diplomats from Chile, Peru and the Dominican Republic. Peru answered by severing relations.",
     {("reaction", "BOL", s, "negative", None, "2024-06-10") for s in ("CHL", "PER", "DOM")}
     | {("reaction", "PER", "BOL", "negative", None, "2024-06-14")}),
    # a rupture named by its noun
    ("Chile broke off relations with Peru on Monday. Peru's government condemned the rupture as absurd.",
     {("reaction", "CHL", "PER", "negative", None, "2024-06-10"), ("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
])
def test_leaders_after_their_states_possessive_lists_of_expelled_and_ruptures(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # objects that run past "along with N others", a removal told "as was Z"
    ("The European Commission on Tuesday added Peru and Chile, along with three Asian jurisdictions, to its list of "
     "high-risk third countries. Fiji and Samoa were taken off, as was Tonga.",
     {("designation_change", "EU", "PER", "assigned", "high-risk third country", "2024-06-11"),
      ("designation_change", "EU", "CHL", "assigned", "high-risk third country", "2024-06-11")}
     | {("designation_change", "EU", s, "removed", "high-risk third country", "2024-06-11") for s in ("FJI", "WSM", "TON")}),
    # a participle aside with its own date is not the removal's date
    ("The FATF added Peru to its grey list on Friday. Chile, listed since 2019, was taken off after reforms.",
     {("designation_change", "FATF", "PER", "assigned", "grey list", "2024-06-14"),
      ("designation_change", "FATF", "CHL", "removed", "grey list", "2024-06-14")}),
    # a removal told with the list left unsaid, a listing just told
    ("The FATF put Peru on its grey list on Friday. At the same plenary, the watchdog removed Chile, which had been listed "
     "since 2020, as well as Fiji.",
     {("designation_change", "FATF", "PER", "assigned", "grey list", "2024-06-14"),
      ("designation_change", "FATF", "CHL", "removed", "grey list", "2024-06-14"),
      ("designation_change", "FATF", "FJI", "removed", "grey list", "2024-06-14")}),
    ("Chile removed Peru's ambassador on Monday.", set()),
])
def test_lists_told_past_asides_and_removals_with_the_list_unsaid(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "designation_change"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile said on Saturday it was suspending its membership of the OAS.",
     {("membership_change", "CHL", "OAS", "suspended", None, "2024-06-08")}),
    # the time of a when-clause is the date before it, even after "since"
    ("Chile has been shut out of the OAS since March 2021, when the OAS suspended Chile over the coup.",
     {("membership_change", "CHL", "OAS", "suspended", None, "2021-03")}),
    # a ministry in a capital, a secretariat, and reactions like the last one
    ("Peru's government on Thursday denounced Chile's decision to recognise the region. Bolivia and Ecuador joined in, "
     "with the foreign ministries in La Paz and Quito condemning the step.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-13"), ("reaction", "BOL", "CHL", "negative", None, "2024-06-13"),
      ("reaction", "ECU", "CHL", "negative", None, "2024-06-13")}),
    ("The African Union Commission on Thursday rejected Chile's decision. The Arab League secretariat issued a statement "
     "condemning the decision. The OIC and the GCC voiced similar objections.",
     {("reaction", "AU", "CHL", "negative", None, "2024-06-13")}
     | {("reaction", s, "CHL", "negative", None, "2024-06-13") for s in ("LAS", "OIC", "GCC")}),
    # "similar" follows only a reaction of the same sense
    ("Peru welcomed Chile's decision on Thursday. Bolivia voiced similar objections.",
     {("reaction", "PER", "CHL", "positive", None, "2024-06-13")}),
])
def test_own_suspensions_when_clauses_ministries_in_capitals_and_similar_reactions(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # sanctions signed off with a day between, widened by their target's name, "the broadest yet", parallel measures
    ("EU foreign ministers signed off on Monday on a new package of sanctions against Iran.",
     {("sanction_change", "EU", "IRN", "imposed", None, "2024-06-10")}),
    ("Brussels widened its Iran sanctions on Tuesday.", {("sanction_change", "EU", "IRN", "imposed", None, "2024-06-11")}),
    ("Canada imposed its broadest sanctions yet on Iran on Monday. Britain announced parallel measures against Tehran "
     "the same day.",
     {("sanction_change", "CAN", "IRN", "imposed", None, "2024-06-10"), ("sanction_change", "GBR", "IRN", "imposed", None, "2024-06-10")}),
    # leaving by a vote that takes the country out, or by denouncing the founding agreements
    ("Chilean lawmakers voted on Tuesday to withdraw the country from the International Criminal Court.",
     {("membership_change", "CHL", "ICC", "left", None, "2024-06-11")}),
    ("Armenia's parliament voted on Thursday to denounce the founding agreements of the Commonwealth of Independent States.",
     {("membership_change", "ARM", "CIS", "left", None, "2024-06-13")}),
    # "the task force" is the Financial Action Task Force named before
    ("The Financial Action Task Force met on Friday. The task force suspended Iran's membership in March 2023.",
     {("membership_change", "IRN", "FATF", "suspended", None, "2023-03")}),
    # releases are acts others welcome
    ("Belarus on Saturday freed 14 prisoners. The State Department welcomed the releases.",
     {("reaction", "USA", "BLR", "positive", None, "2024-06-14")}),
    ("Chile condemned Peru's decision on Monday. Bolivia's foreign ministry joined the criticism.",
     {("reaction", "CHL", "PER", "negative", None, "2024-06-10"), ("reaction", "BOL", "PER", "negative", None, "2024-06-10")}),
    # a state hailing its own accession answers the body that admitted it, not an earlier entrant
    ("Chile became a full member of the OECD on Thursday, a year after Peru joined in July 2023. Chile's president "
     "hailed the decision.",
     {("membership_change", "CHL", "OECD", "joined", None, "2024-06-13"), ("membership_change", "PER", "OECD", "joined", None, "2023-07"),
      ("reaction", "CHL", "OECD", "positive", None, "2024-06-13")}),
])
def test_sanctions_widened_exits_by_vote_the_task_force_releases_and_ones_own_accession(text, expected):
    assert brief(run(text)) == expected


def test_an_optional_group_before_a_trigger_still_anchors_the_frame():
    from kg.loaders.rules import _prefixes
    assert _prefixes("(?:formally )?denounce (?:the|its)") == {"formally", "denounce"}
    assert _prefixes("(?:signed|issued) an order") == {"signed", "issued"}


@pytest.mark.parametrize("text, expected", [
    # the agent of an act named after "what it called", and several agents after "by"
    ("Peru's defence ministry on Thursday condemned what it called 'reckless' aggression by Chilean forces.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-13")}),
    ("Peru on Thursday condemned the pact signed a day earlier by Chile and Bolivia.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-13"), ("reaction", "PER", "BOL", "negative", None, "2024-06-13")}),
    # rejecting a protest answers the one who protested
    ("Peru protested to Chile on Monday. Santiago rejected the protest.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-10"), ("reaction", "CHL", "PER", "negative", None, "2024-06-14")}),
    # punitive duties are sanctions; a quoted judgement after a long act
    ("Beijing said on Thursday it would end its punitive duties on Australian wine.",
     {("sanction_change", "CHN", "AUS", "lifted", None, "2024-06-13")}),
    ("Peru on Wednesday called Chile's decision to raise duties on Peruvian goods over its purchases of Bolivian gas "
     "'unfair and unjustified'.", {("reaction", "PER", "CHL", "negative", None, "2024-06-12")}),
    # "having joined" with a date and a count of years after it
    ("Leaders of the Shanghai Cooperation Organisation met on Monday. Belarus took part as a full member, having joined "
     "in July 2024, a year after Iran was admitted.", {("membership_change", "BLR", "SCO", "joined", None, "2024-07")}),
    # the British Council is no state
    ("Russia has labelled the British Council an undesirable organisation, describing it as a hostile body.", set()),
])
def test_agents_after_what_it_called_protests_rejected_punitive_duties_and_having_joined(text, expected):
    assert brief(run(text)) == expected


def test_the_same_month_as_a_month_told_without_its_year():
    text = ("The pact was signed in June 2023.\n\nIn December, the EU listed two Chilean generals. The same month, Peru and "
            "Bolivia imposed sanctions on Chile.")
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == {
        ("sanction_change", s, "CHL", "imposed", None, "2023-12") for s in ("EU", "PER", "BOL")}


@pytest.mark.parametrize("text, expected", [
    # keeping a state on a list changes nothing
    ("The FATF kept Iran and Myanmar on its blacklist at its February plenary.", set()),
    # a removal told after a dated listing belongs to the same update, even with no publication date
    ("EU finance ministers on February 20, 2024 added Fiji to the bloc's list of non-cooperative jurisdictions for tax "
     "purposes. Samoa and Tonga were taken off.",
     {("designation_change", "EU", "FJI", "assigned", "non-cooperative jurisdiction for tax purposes", "2024-02-20"),
      ("designation_change", "EU", "WSM", "removed", "non-cooperative jurisdiction for tax purposes", "2024-02-20"),
      ("designation_change", "EU", "TON", "removed", "non-cooperative jurisdiction for tax purposes", "2024-02-20")}),
    # "the same plenary" is the day of the act told before
    ("Peru became a member of the Financial Action Task Force on October 27, 2023. The decision was taken at the same "
     "plenary session that took Panama off the watchdog's grey list.",
     {("membership_change", "PER", "FATF", "joined", None, "2023-10-27"),
      ("designation_change", "FATF", "PAN", "removed", "grey list", "2023-10-27")}),
])
def test_lists_kept_the_same_update_and_the_same_plenary(text, expected):
    assert brief(run(text, None)) == expected


@pytest.mark.parametrize("text, expected", [
    # reactors named as some among many, to an approval given
    ("Chile's lawmakers gave preliminary approval on Wednesday to a bill annexing the islands. Peru and Bolivia were "
     "among more than a dozen states that condemned the vote the following day.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-13"), ("reaction", "BOL", "CHL", "negative", None, "2024-06-13")}),
    # a listing told at a plenary named after its city
    ("The FATF placed Peru on its grey list on Friday. Chile and Fiji were also added at the Paris plenary, while Samoa "
     "was taken off the list.",
     {("designation_change", "FATF", s, "assigned", "grey list", "2024-06-14") for s in ("PER", "CHL", "FJI")}
     | {("designation_change", "FATF", "WSM", "removed", "grey list", "2024-06-14")}),
    # sanctions restored as one's own measures, and an order announced to end them
    ("The European Union reinstated its sanctions on Iran on Monday. Britain restored its own measures the same day.",
     {("sanction_change", "EU", "IRN", "imposed", None, "2024-06-10"), ("sanction_change", "GBR", "IRN", "imposed", None, "2024-06-10")}),
    ("President Gabriel Boric said on Tuesday he would order the cessation of all sanctions against Peru.",
     {("sanction_change", "CHL", "PER", "lifted", None, "2024-06-11")}),
    ("Boric said he might order the cessation of all sanctions against Peru.", set()),
])
def test_reactors_among_many_plenaries_by_city_restored_measures_and_orders_announced(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a named list after adjectives and an abbreviation
    ("Peru and Fiji were added to the financial crime watchdog's grey list on Friday.",
     {("designation_change", "FATF", s, "assigned", "grey list", "2024-06-14") for s in ("PER", "FJI")}),
    ("South Korea was put back on the U.S. Treasury Department's monitoring list on Thursday.",
     {("designation_change", "USA", "KOR", "assigned", "monitoring list", "2024-06-13")}),
    # a listing or removal named as the decision, or welcomed by the removed
    ("Peru criticised the European Commission's decision on Tuesday to put Chile on the EU's list of high-risk third countries.",
     {("designation_change", "EU", "CHL", "assigned", "high-risk third country", "2024-06-11"),
      ("reaction", "PER", "EU", "negative", None, "2024-06-11")}),
    ("Peru and Fiji both hailed their removal from the FATF grey list on Friday.",
     {("designation_change", "FATF", s, "removed", "grey list", "2024-06-14") for s in ("PER", "FJI")}
     | {("reaction", s, "FATF", "positive", None, "2024-06-14") for s in ("PER", "FJI")}),
    # a label stuck on a state
    ("Washington slapped the manipulator label on Vietnam in December 2020.",
     {("designation_change", "USA", "VNM", "assigned", "currency manipulator", "2020-12")}),
])
def test_lists_after_adjectives_decisions_named_removals_welcomed_and_labels_stuck_on(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a title told after the document, which takes the issuer and the date of its signing
    ('President Gabriel Boric signed an executive order on Monday that dismantles most of the sanctions on Peru. '
     'The order, titled "Ending the Peru Sanctions Regime," lifts the emergency declared in 2004.',
     {("policy_issued", "CHL", None, "issued", "Ending the Peru Sanctions Regime", "2024-06-10"),
      ("sanction_change", "CHL", "PER", "lifted", None, "2024-06-10")}),
    # a quoted title whose comma sits inside the quotes
    ('On May 29, Boric signed an executive order, "Assuring the Security of Peru," which pledges support.',
     {("policy_issued", "CHL", None, "issued", "Assuring the Security of Peru", "2024-05-29")}),
])
def test_titles_told_after_the_document_and_inside_quotes_with_a_comma(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a court dismissing a case rules; it does not react (but it may condemn)
    ("On Monday, the International Court of Justice dismissed Peru's case against Chile.", set()),
    ("Chile imposed sanctions on the International Criminal Court on Monday. The court condemned the order.",
     {("sanction_change", "CHL", "ICC", "imposed", None, "2024-06-10"), ("reaction", "ICC", "CHL", "negative", None, "2024-06-14")}),
    # an act condemned as aimed at a state is not that state's act
    ("Chile joined the OECD on Monday. Bolivia condemned the drone strikes on Chile as a threat to the region.",
     {("membership_change", "CHL", "OECD", "joined", None, "2024-06-10")}),
])
def test_courts_rule_and_acts_aimed_at_a_state(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "within hours", "the same evening": the day the paragraph last told, or of the last act told
    ("Peru filed a case on Monday.\n\nThe crisis began on the night of May 5, when Peruvian police stormed "
     "Chile's embassy. Within hours Chile announced that it was breaking off relations with Peru.",
     {("reaction", "CHL", "PER", "negative", None, "2024-05-05")}),
    ("The European Union restored its sanctions on Iran on Monday, which it had lifted on 16 January 2016. Britain "
     "reimposed its own measures the same day.",
     {("sanction_change", "EU", "IRN", "imposed", None, "2024-06-10"), ("sanction_change", "GBR", "IRN", "imposed", None, "2024-06-10")}),
    # reactors among the first to react, a long relative aside, and a police raid as the act reacted to
    ("Peruvian police stormed Chile's embassy in Lima on Friday. Brazil and Bolivia were among the first governments "
     "to condemn the raid. The United States, which counts Peru's president as a partner in the fight against organised "
     "crime, also condemned the incursion.",
     {("reaction", s, "PER", "negative", None, "2024-06-14") for s in ("BRA", "BOL", "USA")}),
    # a verb coordinated after an irregular past
    ("Bolivia went further and on June 6 broke off relations with Peru altogether.",
     {("reaction", "BOL", "PER", "negative", None, "2024-06-06")}),
])
def test_the_same_evening_reactors_among_the_first_and_irregular_pasts(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # releases named by their noun, whatever verb freed the prisoners, and prisoners freed by a state
    ("Chile eased sanctions on Peru on Thursday, as Lima pardoned 52 prisoners. Bolivia's foreign minister welcomed "
     "the releases.",
     {("sanction_change", "CHL", "PER", "lifted", None, "2024-06-13"), ("reaction", "BOL", "PER", "positive", None, "2024-06-13")}),
    ("Two activists were among 123 prisoners freed by Peru on Saturday. The Chilean government welcomed the releases.",
     {("reaction", "CHL", "PER", "positive", None, "2024-06-14")}),
    # an act judged "regrettable" in a clause after "it"
    ("Peru's presidency on Saturday called it regrettable that Chile had expelled its ambassador.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-08")}),
    # a title in single quotes
    ("On May 7, President Gabriel Boric signed an executive order, 'Addressing the Actions of Peru', halting aid.",
     {("policy_issued", "CHL", None, "issued", "Addressing the Actions of Peru", "2024-05-07")}),
])
def test_releases_acts_judged_regrettable_and_titles_in_single_quotes(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # criticism brushed off answers the critic; "at the time" is the day the paragraph told
    ("Washington said it rejected Peru's plan as coercive. Lima brushed off the criticism.",
     {("reaction", "USA", "PER", "negative", None, "2024-06-14"), ("reaction", "PER", "USA", "negative", None, "2024-06-14")}),
    ("On May 11, a Peruvian ship rammed a Chilean patrol boat. Santiago protested Peru's dangerous manoeuvres at the time.",
     {("reaction", "CHL", "PER", "negative", None, "2024-05-11")}),
    # "the legislation" is the laws just signed, not the act of the one who brushed off a complaint
    ("Peru summoned Chile's ambassador on Friday, hours after President Gabriel Boric signed two laws on the sea. "
     "Santiago brushed off the complaint, while Bolivia welcomed the legislation.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-14"), ("reaction", "CHL", "PER", "negative", None, "2024-06-14"),
      ("reaction", "BOL", "CHL", "positive", None, "2024-06-14")}),
])
def test_criticism_brushed_off_at_the_time_and_legislation(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a time between any trigger verb and its complement
    ("Norway, Denmark and Iceland announced on Monday national sanctions against Belarusian judges.",
     {("sanction_change", "NOR", "BLR", "imposed", None, "2024-06-10"), ("sanction_change", "DNK", "BLR", "imposed", None, "2024-06-10"),
      ("sanction_change", "ISL", "BLR", "imposed", None, "2024-06-10")}),
    # a condition after the act undoes it, whatever the verb
    ("Ottawa agreed on Tuesday to impose sanctions on Nicaragua should Managua expel the envoys.", set()),
])
def test_a_time_after_the_verb_and_conditions_after_any_act(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # words voiced are what "the remarks" react to
    ("On June 3, Prime Minister Fumio Kishida said a blockade of Taiwan would threaten Japan. Beijing condemned "
     "the remarks on June 5.", {("reaction", "CHN", "JPN", "negative", None, "2024-06-05")}),
    ("Colombia's president told reporters that Peru was a haven for smugglers. Lima rejected his comments on Tuesday.",
     {("reaction", "PER", "COL", "negative", None, "2024-06-11")}),
    # words voiced are no fact by themselves
    ("Chile's foreign minister said on Monday that Peru would be welcome in the bloc.", set()),
    # "the lifting of sanctions" is a sanctions fact, told in the lead
    ("Canada lifted sanctions on Cuba on Monday. The decision came after months of talks. Cuban officials said "
     "the step was overdue. Diplomats expect further moves. Analysts said trade would grow. Ottawa has long been "
     "cautious. Its allies were consulted. Markets reacted calmly. Exporters were relieved. Shipping lines "
     "were preparing. Mexico criticised the lifting of sanctions as premature.",
     {("sanction_change", "CAN", "CUB", "lifted", None, "2024-06-10"), ("reaction", "MEX", "CAN", "negative", None, "2024-06-14")}),
])
def test_remarks_voiced_and_the_lifting_of_sanctions(text, expected):
    assert brief(run(text)) == expected


def test_a_reaction_answered_again_weeks_later_is_a_second_fact():
    text = ("On May 2, a Chilean frigate rammed a Peruvian patrol boat. Lima protested Chile's conduct at the time. "
            "Chile's navy approved a new exclusion zone on Wednesday. Peru's foreign ministry said it rejected "
            "Chile's plan.")
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == {
        ("reaction", "PER", "CHL", "negative", None, "2024-05-02"), ("reaction", "PER", "CHL", "negative", None, "2024-06-14")}


@pytest.mark.parametrize("text, expected", [
    # a person's pronoun after a coordination keeps the sentence's subject
    ("On Thursday, Chile's foreign minister said his country would follow suit, and he praised Peru for leaving "
     "the council.", {("reaction", "CHL", "PER", "positive", None, "2024-06-13")}),
    # a reason clause where the object would stand names no one reacted to
    ("On March 1, 2024, Peru joined the OECD, a move the Chilean foreign ministry had denounced in January 2024 as "
     "hasty because the OECD was reviewing Peru's laws.",
     {("membership_change", "PER", "OECD", "joined", None, "2024-03-01"), ("reaction", "CHL", "PER", "negative", None, "2024-01")}),
])
def test_pronoun_after_a_coordination_and_a_reason_after_the_verb(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # sanctions on people or firms described by their state
    ("Chile on Monday imposed sanctions on Juan de la Torre, the Peruvian Supreme Court judge in the case.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10")}),
    ("Chile on Monday imposed sanctions on Ana Ruiz, the billionaire founder of Peru's ruling party.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10")}),
    ("Chile imposed sanctions on Banco Sur and Caja Andina, two Peruvian lenders, on Tuesday.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-11")}),
    ("Chile on Friday imposed sanctions on Ana Ruiz and eleven other Peruvian officials.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-14")}),
    ("Chile on Thursday widened its sanctions on Peru-based shipping firms.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-13")}),
    # ... and a body seated in a capital is no state
    ("The Lima-based tribunal on Thursday suspended Bolivia from its panel.", set()),
    # the target as the subject of "placed under sanctions"
    ("Peruvian President Dina Boluarte and her brother were placed under Chilean sanctions on Friday.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-14")}),
])
def test_sanctions_on_people_and_firms_described_by_their_state(text, expected):
    assert brief(run(text)) == expected


def test_days_after_counted_from_the_act_told_just_before():
    text = ("Chile approved its package on Thursday. The approval came a day after Peru imposed sanctions on "
            "Bolivia.")
    assert ("sanction_change", "PER", "BOL", "imposed", None, "2024-06-12") in brief(run(text))


@pytest.mark.parametrize("text, expected", [
    # a quoted official's words that judge the news
    ("Chile imposed sanctions on Peru on Monday. 'They will never bend the will of our people,' Peru's foreign "
     "minister answered on Tuesday.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10"), ("reaction", "PER", "CHL", "negative", None, "2024-06-11")}),
    ("Chile lifted sanctions on Peru on Monday. \"Today is a historic day for our people,\" the Peruvian foreign "
     "minister wrote on Wednesday.",
     {("sanction_change", "CHL", "PER", "lifted", None, "2024-06-10"), ("reaction", "PER", "CHL", "positive", None, "2024-06-12")}),
    # words of both senses, or an analyst's, judge nothing
    ("Chile lifted sanctions on Peru on Monday. \"A victory, but the sanctions were illegal,\" Peru's foreign "
     "minister said.", {("sanction_change", "CHL", "PER", "lifted", None, "2024-06-10")}),
    ("Chile lifted sanctions on Peru on Monday. \"A historic step,\" said a Peru analyst.",
     {("sanction_change", "CHL", "PER", "lifted", None, "2024-06-10")}),
    # an organ is the state last named outside a quotation
    ("Chile lifted sanctions on Peru on Monday.\n\nBolivia was not consulted. \"We urge Chile to explain itself,\" "
     "the foreign ministry said. The foreign ministry also condemned the move.",
     {("sanction_change", "CHL", "PER", "lifted", None, "2024-06-10"), ("reaction", "BOL", "CHL", "negative", None, "2024-06-14")}),
])
def test_quoted_judgements_and_organs_outside_quotations(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an office-holder no table names answers for the one state the act was done to
    ("Chile imposed sanctions on Peru on Thursday. Oil minister Pedro Ramos dismissed the measures.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-13"), ("reaction", "PER", "CHL", "negative", None, "2024-06-13")}),
    # ... but not when the act was done to several
    ("Chile lifted sanctions on Peru and Bolivia on Thursday. Finance Minister Pedro Ramos welcomed the decision.",
     {("sanction_change", "CHL", "PER", "lifted", None, "2024-06-13"), ("sanction_change", "CHL", "BOL", "lifted", None, "2024-06-13")}),
])
def test_an_unnamed_office_holder_answers_for_the_target(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "also" joins the reaction told just before, and its day
    ("Chile imposed sanctions on Peru on Monday. Bolivia condemned Peru's crackdown on protesters on Tuesday. "
     "Ecuador also criticised the move.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10"), ("reaction", "BOL", "PER", "negative", None, "2024-06-11"),
      ("reaction", "ECU", "PER", "negative", None, "2024-06-11")}),
    # an override is an act others react to
    ("Peru's congress on Tuesday overrode the president's veto of the press law. Chile said it deeply regretted "
     "the vote.", {("reaction", "CHL", "PER", "negative", None, "2024-06-14")}),
])
def test_also_joins_the_reaction_before_and_overrides(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "first applied": an adverb of the first time between subject and verb
    ("Peru wants to join the OECD. Lima first applied to join the Paris-based organisation in 2016.",
     {("membership_change", "PER", "OECD", "applied", None, "2016")}),
    # applications told without the body the paragraph just named
    ("The OECD opened talks with Peru, seven months after Lima submitted its request to join in July 2023.",
     {("membership_change", "PER", "OECD", "applied", None, "2023-07")}),
    ("Chile could join the OECD within five years. Santiago formally requested membership in March.",
     {("membership_change", "CHL", "OECD", "applied", None, "2024-03")}),
    ("The OECD admitted Chile on Monday. Peru, which submitted its own application in May, is next.",
     {("membership_change", "CHL", "OECD", "joined", None, "2024-06-10"), ("membership_change", "PER", "OECD", "applied", None, "2024-05")}),
])
def test_first_applied_and_applications_without_the_body(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a status granted in the passive, with its owner before the label
    ("Peru was granted Mercosur partner country status on Friday.",
     {("designation_change", "MERCOSUR", "PER", "assigned", "partner country", "2024-06-14")}),
    ("Peru has been granted the status of Mercosur partner country, Chile announced on Friday.",
     {("designation_change", "MERCOSUR", "PER", "assigned", "partner country", "2024-06-14")}),
    # members named as additions or removals of the list just told
    ("The EU on Tuesday took Peru off its list of high-risk third countries. Chile and Bolivia were among six "
     "additions, and Ecuador was the only other removal.",
     {("designation_change", "EU", "PER", "removed", "high-risk third country", "2024-06-11"),
      ("designation_change", "EU", "CHL", "assigned", "high-risk third country", "2024-06-11"),
      ("designation_change", "EU", "BOL", "assigned", "high-risk third country", "2024-06-11"),
      ("designation_change", "EU", "ECU", "removed", "high-risk third country", "2024-06-11")}),
])
def test_statuses_granted_in_the_passive_and_additions_to_a_list(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # sanctions on people of a state, after a day, several words, or a firm's name
    ("Chile imposed visa sanctions on Friday on current and former Peruvian officials.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-14")}),
    ("Chile on Monday sanctioned nine targets in Peru's north and ten in Bolivia.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10")}),
    ("Chile on Thursday sanctioned Andes Trading Company and three Peruvian men it said ran the scheme.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-13")}),
    # sanctions told in a participle with their day, inside a reaction told on another day
    ("Peru's foreign minister on Thursday denounced the latest Chilean sanctions, imposed on Tuesday on eight "
     "Peruvian bankers.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-11"), ("reaction", "PER", "CHL", "negative", None, "2024-06-13")}),
])
def test_sanctions_on_people_after_a_day_and_in_a_participle(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a refusal to accept the act is a reaction to it
    ("Chile imposed sanctions on Monday on Ana Ruiz, a member of Peru's congress. Peru's prime minister told "
     "reporters on Monday that Lima could not accept the step.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10"), ("reaction", "PER", "CHL", "negative", None, "2024-06-10")}),
    # sanctions told in a relative clause with "that same month"
    ("Lima had imposed the penalties in March 2021 in retaliation for asset freezes that the EU placed on four "
     "Peruvian officials that same month.", {("sanction_change", "EU", "PER", "imposed", None, "2021-03")}),
    # Hong Kong's officials are China's
    ("Canada on Tuesday imposed travel bans on four Hong Kong police officers.",
     {("sanction_change", "CAN", "CHN", "imposed", None, "2024-06-11")}),
])
def test_refusals_to_accept_relative_sanctions_and_hong_kong(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "the list" far from any designation is the lead's; "first" between the auxiliary and the verb;
    # "took it off", "put it back": the state the list's history is about
    ("Chile returned Peru to its list of unfriendly states on Monday. The decision was expected. Lima protested. "
     "Trade fell. Markets shrugged. The label has a long history. Peru was first placed on the list in March 1982. "
     "Chile took it off in May 2015, but Santiago put it back in January 2021, days before an election.",
     {("designation_change", "CHL", "PER", "assigned", "unfriendly state", "2024-06-10"),
      ("designation_change", "CHL", "PER", "assigned", "unfriendly state", "1982-03"),
      ("designation_change", "CHL", "PER", "removed", "unfriendly state", "2015-05"),
      ("designation_change", "CHL", "PER", "assigned", "unfriendly state", "2021-01")}),
])
def test_a_lists_history_told_after_the_lead(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "designation_change"} == expected


@pytest.mark.parametrize("text, expected", [
    # an official named after the state's demonym and an office stands for that state, and so do
    # the later mentions of the name
    ("Chile on Friday removed Peruvian Supreme Court Justice Ana de la Torre from its list of sanctioned "
     "individuals. On May 3, Chile had sanctioned de la Torre.",
     {("sanction_change", "CHL", "PER", "lifted", None, "2024-06-14"), ("sanction_change", "CHL", "PER", "imposed", None, "2024-05-03")}),
])
def test_officials_named_by_demonym_and_office(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a reported future of joining is a plan, not an event (an announced exit still counts)
    ("On Wednesday, Peru's prime minister insisted that Peru would join the OECD by 2030.", set()),
    ("Peru said on Wednesday that it would leave the OECD.", {("membership_change", "PER", "OECD", "left", None, "2024-06-12")}),
    # a law pushed through is an act others react to
    ("In May 2024 Peru's government pushed through a law on foreign agents. Chile condemned the law in June 2024.",
     {("reaction", "CHL", "PER", "negative", None, "2024-06")}),
])
def test_plans_to_join_and_laws_pushed_through(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "in April this year"
    ("Part of that retaliation was undone in April this year, when Chile lifted its sanctions on Peru.",
     {("sanction_change", "CHL", "PER", "lifted", None, "2024-04")}),
    # the assets of a state's officials, the officials being the state's own mention
    ("On March 22, 2021, Chile froze the assets of four Peruvian officials over abuses.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2021-03-22")}),
    # ministries of commerce, trade or finance stand for the state last named
    ("Chile lifted sanctions on Peru on Monday.\n\nBolivia was not consulted. The commerce ministry condemned the move.",
     {("sanction_change", "CHL", "PER", "lifted", None, "2024-06-10"), ("reaction", "BOL", "CHL", "negative", None, "2024-06-14")}),
])
def test_this_years_months_frozen_officials_and_more_ministries(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the assets of several states' people, and of a state's minister
    ("Chile on Friday froze the assets of eight Peruvian military officers and four Bolivian companies.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-14"), ("sanction_change", "CHL", "BOL", "imposed", None, "2024-06-14")}),
    ("On May 16, 2024, Chile froze the assets of Peru's defence minister Ana Ruiz.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-05-16")}),
])
def test_frozen_assets_of_several_states_people(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the verb left out of a second actor and day
    ("Peru joined the OECD in November 2015 and Chile in March 2013.",
     {("membership_change", "PER", "OECD", "joined", None, "2015-11"), ("membership_change", "CHL", "OECD", "joined", None, "2013-03")}),
    ("Chile imposed sanctions on Peru in 2014 and on Bolivia in 2020.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2014"), ("sanction_change", "CHL", "BOL", "imposed", None, "2020")}),
    # sanctions named with imposer, target and day after "following"
    ("The package followed Chilean sanctions on Peru's central bank in January 2024.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-01")}),
    # ... but not the object of a verb
    ("Chile lifted sweeping sanctions on Peru on Saturday.", {("sanction_change", "CHL", "PER", "lifted", None, "2024-06-08")}),
])
def test_gapped_second_actors_and_dated_nominal_sanctions(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the reactor named twice in a relative clause hung on an act, judging it
    ("On May 3, 2024 Chile lifted sanctions on Peru, a decision that Peru's foreign minister, Ana Ruiz, hailed as "
     "courageous.", {("reaction", "PER", "CHL", "positive", None, "2024-05-03")}),
])
def test_a_reactor_named_twice_in_a_relative_clause(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == expected


@pytest.mark.parametrize("text, expected", [
    # ministers declared unwelcome, ports closed, trade banned both ways, measures against a state
    ("Chile has declared Peruvian ministers Ana Ruiz and Juan Soto persona non grata, its foreign minister said on Monday.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10")}),
    ("Chile on Thursday became the first member of the OAS to ban two ministers from its territory, declaring the two "
     "Peruvian ministers persona non grata.", {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-13")}),
    ("Chile closed its ports to Peruvian vessels on Friday.", {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-14")}),
    ("Chile on Friday banned all imports, exports and transit of weapons to and from Peru.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-14")}),
    ("Chile's president on Monday announced a series of measures against Peru over the border dispute.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10")}),
    # becoming a member's first to act is no joining
    ("Chile became the first member of the OAS to recognise the new government.", set()),
])
def test_bans_closures_and_measures_against_a_state(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # officials named in the plural after their state's demonym, then by name alone
    ("Chile has declared Peruvian ministers Ana Ruiz and Juan Soto persona non grata, its foreign minister said on "
     "Monday. Ruiz scoffed at the ban on Monday night.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10"), ("reaction", "PER", "CHL", "negative", None, "2024-06-10")}),
    # an announcement that a state would act is an act others react to
    ("Chile's president announced on Thursday that Chile would recognise the new government in September. Peru "
     "condemned the announcement.", {("reaction", "PER", "CHL", "negative", None, "2024-06-13")}),
    # a day between "lashed out" and "at"; a feeling "disheartened"
    ("Chile recognised Taiwan on Tuesday. China's foreign minister lashed out on Tuesday at Chile's president.",
     {("reaction", "CHN", "CHL", "negative", None, "2024-06-11")}),
    ("Chile on Monday suspended arms export licences to Peru. Peru's defence minister said on Monday night that he "
     "was deeply disheartened by the move.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-10")}),
    # the seat where a decision was taken names who took it
    ("Chile, Peru and Bolivia recognised Kosovo on Tuesday. Kosovo's prime minister on Tuesday welcomed the decision "
     "taken in Santiago.", {("reaction", "XKX", "CHL", "positive", None, "2024-06-11")}),
])
def test_officials_in_the_plural_announcements_and_seats_of_decisions(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "reaction" or expected & {f}} == expected


@pytest.mark.parametrize("text, expected", [
    # "was being designated"
    ("Washington announced on Friday that Peru was being designated a country of particular concern.",
     {("designation_change", "USA", "PER", "assigned", "country of particular concern", "2024-06-14")}),
    # a tier of a register is a list
    ("Chile placed Peru on the enhanced tier of its foreign influence scheme on Tuesday.",
     {("designation_change", "CHL", "PER", "assigned", "enhanced tier", "2024-06-11")}),
    # a capital that opens a title is a place, and the title's adopters issue it
    ("The Lima Summit Declaration, adopted by OAS leaders on Wednesday, calls Venezuela a threat to the region.",
     {("policy_issued", "OAS", None, "issued", "Lima Summit Declaration", "2024-06-12"),
      ("designation_change", "OAS", "VEN", "assigned", "threat", "2024-06-12")}),
    # another object and its labels after a designation, the verb left out
    ("Chile adopted its first National Security Strategy on 14 June 2023. The document describes Peru as the most "
     "significant threat to the region, and Bolivia as at once a partner, a competitor and a systemic rival.",
     {("policy_issued", "CHL", None, "issued", "National Security Strategy", "2023-06-14"),
      ("designation_change", "CHL", "PER", "assigned", "most significant threat", "2023-06-14"),
      ("designation_change", "CHL", "BOL", "assigned", "systemic rival", "2023-06-14")}),
])
def test_designations_in_progress_tiers_titles_and_paired_labels(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "the ministers" take up the subject of the sentence before
    ("EU foreign ministers agreed on Thursday to add Peru's navy to the bloc's watch list. The ministers also imposed "
     "asset freezes and travel bans on 15 Peruvian officials.",
     {("sanction_change", "EU", "PER", "imposed", None, "2024-06-13")}),
    # a judgement with adjectives before its noun
    ("Chile lifted sanctions on Peru on Monday. Bolivia called the decision a major strategic mistake.",
     {("sanction_change", "CHL", "PER", "lifted", None, "2024-06-10"), ("reaction", "BOL", "CHL", "negative", None, "2024-06-14")}),
])
def test_last_weekdays_the_ministers_and_judged_mistakes(text, expected):
    assert {f for f in brief(run(text)) if f[0] != "designation_change" or f in expected} >= expected


def test_last_weekday_written_that_weekday_and_a_removal_in_progress():
    text = ("Chile returned Peru to its list of unfriendly states on Monday. Santiago had told Congress last Tuesday "
            "that Peru was being taken off the list.")
    assert ("designation_change", "CHL", "PER", "removed", "unfriendly state", "2024-06-04") in brief(
        run(text, pub=dt.date(2024, 6, 11)))


@pytest.mark.parametrize("text, expected", [
    # a proposal is an act others answer; "the proposals" names it by its stem
    ("The EU on Wednesday proposed suspending trade concessions to Peru. Lima responded within hours. Peru's foreign "
     "minister denounced the proposals on Wednesday as distorted.", {("reaction", "PER", "EU", "negative", None, "2024-06-12")}),
    # "it the same day": a pronoun with a time after it
    ("The EU on Wednesday proposed suspending trade concessions. Chile welcomed the EU's move on Wednesday, while "
     "Bolivia rejected it the same day.",
     {("reaction", "CHL", "EU", "positive", None, "2024-06-12"), ("reaction", "BOL", "EU", "negative", None, "2024-06-12")}),
])
def test_proposals_pronouns_with_times_and_short_heads(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == expected


def test_a_document_of_a_month_and_its_labels():
    text = ("Chile on Tuesday published a National Security Strategy. It is long.\n\nThe language is sharper than "
            "before. Observers agree. The Defence Review of March 2021 named Peru the most acute direct threat.")
    assert brief(run(text)) >= {("policy_issued", "CHL", None, "issued", "Defence Review", "2021-03"),
                                ("designation_change", "CHL", "PER", "assigned", "most acute direct threat", "2021-03")}


def test_an_earlier_sentences_object_is_no_organs_state():
    text = ("Chile lifted sanctions on Peru on Monday.\n\nIts review upgraded Bolivia to a partner. The foreign "
            "ministry condemned the move.")
    assert not {f for f in brief(run(text)) if f[0] == "reaction" and f[1] == "BOL"}


@pytest.mark.parametrize("text, expected", [
    # ratifying a body's founding treaty joins it; a series of actors and days with the verb left out
    ("Peru ratified the Rome Statute in August 2000, Chile in April 2002 and Bolivia in April 2004.",
     {("membership_change", "PER", "ICC", "joined", None, "2000-08"), ("membership_change", "CHL", "ICC", "joined", None, "2002-04"),
      ("membership_change", "BOL", "ICC", "joined", None, "2004-04")}),
    # a pronoun subject after a coordination and a time
    ("The three juntas formally left ECOWAS in January, and in March they quit the OAS.",
     set()),
    ("Peru formally left the OAS in January, and in March it quit the OECD.",
     {("membership_change", "PER", "OAS", "left", None, "2024-01"), ("membership_change", "PER", "OECD", "left", None, "2024-03")}),
])
def test_ratifications_series_and_pronouns_after_a_time(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a title in single quotes after "titled", with the day between; the closing quote is no part of it
    ("President Gabriel Boric signed an executive order on Wednesday, titled 'Addressing the Actions of Peru', "
     "that raises duties.", {("policy_issued", "CHL", None, "issued", "Addressing the Actions of Peru", "2024-06-12")}),
    ("Chile's cabinet released a white paper titled 'Chile's Security in the New Era' on Monday.",
     {("policy_issued", "CHL", None, "issued", "Chile's Security in the New Era", "2024-06-10")}),
    # an adjective of the list is no label
    ("Peru has removed Chile from its national list of banned organisations.",
     {("designation_change", "PER", "CHL", "removed", "banned organisation", "2024-06-14")}),
])
def test_titles_after_titled_and_adjectives_of_lists(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an exit announced as a noun, the body just named
    ("Peru formally stopped being a member of the OAS on Thursday. President Dina Boluarte signed a decree on May 20, "
     "announcing the withdrawal and accusing the body of bias.",
     {("membership_change", "PER", "OAS", "left", None, "2024-05-20")}),
    # "it too would quit"
    ("Chile announced in February that it too would quit the OAS.", {("membership_change", "CHL", "OAS", "left", None, "2024-02")}),
    # US departments as organs
    ("Chile left the WTO on Monday. The Department of Homeland Security condemned the move.",
     {("membership_change", "CHL", "WTO", "left", None, "2024-06-10"), ("reaction", "USA", "CHL", "negative", None, "2024-06-14")}),
])
def test_exits_announced_as_nouns_too_and_us_departments(text, expected):
    assert {f for f in brief(run(text)) if f[0] != "membership_change" or f in expected or f[3] == "left"} == expected


def test_assets_had_frozen_by_the_state_itself():
    assert brief(run("Chile itself had frozen the assets of Peruvian entities in May 2024.")) == {
        ("sanction_change", "CHL", "PER", "imposed", None, "2024-05")}


@pytest.mark.parametrize("text, expected", [
    # an accusation of the leaders of several states, who acted by an act no frame models
    ("Chile, Peru and Bolivia recognised Kosovo on Sunday. Serbia's president on Sunday accused the leaders of Chile, "
     "Peru and Bolivia of rewarding separatism.",
     {("reaction", "SRB", "CHL", "negative", None, "2024-06-09"), ("reaction", "SRB", "PER", "negative", None, "2024-06-09"),
      ("reaction", "SRB", "BOL", "negative", None, "2024-06-09")}),
    # a state's envoy to a body speaks for the state
    ("The United States will withdraw from UNESCO, the State Department said on Tuesday. Israel's UN ambassador "
     "Danny Danon thanked Washington for its leadership.", {("reaction", "ISR", "USA", "positive", None, "2024-06-14")}),
    # an embargo lifted on exports to a state; a report that labels "once more"
    ("The German government lifted its partial embargo on arms exports to Israel from Monday.",
     {("sanction_change", "DEU", "ISR", "lifted", None, "2024-06-10")}),
    ("Japan's cabinet approved the Defense of Japan 2024 white paper on Tuesday. The annual report once more calls "
     "China the greatest strategic challenge Japan has ever faced.",
     {("designation_change", "JPN", "CHN", "assigned", "greatest strategic challenge", "2024-06-11")}),
])
def test_accusations_of_leaders_envoys_to_bodies_and_embargoes_lifted(text, expected):
    assert {f for f in brief(run(text)) if f[0] != "membership_change" and f[0] != "policy_issued"} == expected


@pytest.mark.parametrize("text, expected", [
    # a label in single quotes after the kind of state a list holds, with "named ... among"; members
    # included in the same listing; "the finding" as an act
    ("On May 15, 2024, Chile named Peru among the countries that have 'failed demonstrably' to meet their "
     "obligations. Bolivia and Ecuador were also included in the determination. Peru's president rejected the finding.",
     {("designation_change", "CHL", "PER", "assigned", "failed demonstrably", "2024-05-15"),
      ("designation_change", "CHL", "BOL", "assigned", "failed demonstrably", "2024-05-15"),
      ("designation_change", "CHL", "ECU", "assigned", "failed demonstrably", "2024-05-15"),
      ("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
    # a protest sent in writing; a minister named with a particle in the name
    ("Colombia's foreign ministry sent Quito a formal note of protest on Thursday against the new tariff.",
     {("reaction", "COL", "ECU", "negative", None, "2024-06-13")}),
    ("Chile named Peru a major non-NATO ally on Monday. Peruvian Foreign Minister Hugo de Zela praised the decision.",
     {("designation_change", "CHL", "PER", "assigned", "major non-nato ally", "2024-06-10"),
      ("reaction", "PER", "CHL", "positive", None, "2024-06-14")}),
])
def test_named_among_included_in_protest_notes_and_particles(text, expected):
    assert brief(run(text)) == expected


def test_a_documents_labels_after_its_release_day_in_commas():
    text = ("Chile's new Defence Strategy, released late on Friday, describes Peru as a persistent threat. The previous "
            "strategy, released on October 27, 2022, called Bolivia the pacing challenge for the military and labelled "
            "Peru an acute threat.")
    assert brief(run(text)) >= {("designation_change", "CHL", "BOL", "assigned", "pacing challenge", "2022-10-27"),
                                ("designation_change", "CHL", "PER", "assigned", "acute threat", "2022-10-27")}


@pytest.mark.parametrize("text, expected", [
    # an act told as a noun with its actor that came into force is an act others react to
    ("The United States' designation of Peru's Shining Path as a terrorist group came into force on Wednesday. "
     "Peru's government welcomed the decision on Tuesday.", {("reaction", "PER", "USA", "positive", None, "2024-06-11")}),
    # a network of tankers shipping a state's oil
    ("The US Treasury last month imposed sanctions on a network of tankers and front companies accused of shipping "
     "Iranian oil to China.", {("sanction_change", "USA", "IRN", "imposed", None, "2024-05")}),
])
def test_nominal_acts_in_force_and_tanker_networks(text, expected):
    assert {f for f in brief(run(text)) if f[0] in ("reaction", "sanction_change")} == expected


@pytest.mark.parametrize("text, expected", [
    # numbered orders and memoranda; a document with its signer and day in apposition
    ("Executive Order 14175, signed by Trump on January 22, instructed the State Department to act.",
     {("policy_issued", "USA", None, "issued", "Executive Order 14175", "2025-01-22")}),
    ("On February 4, Trump signed National Security Presidential Memorandum 2, restoring pressure on Iran.",
     {("policy_issued", "USA", None, "issued", "National Security Presidential Memorandum 2", "2025-02-04")}),
    # a memorandum named by its title keeps only the title
    ("President Trump on Monday signed a national security presidential memorandum, \"Strengthening the Policy "
     "of the United States Toward Cuba\", which restores the hard line.",
     {("policy_issued", "USA", None, "issued", "Strengthening the Policy of the United States Toward Cuba", "2025-06-09")}),
])
def test_numbered_orders_memoranda_and_signers_in_apposition(text, expected):
    assert {f for f in brief(run(text, pub=dt.date(2025, 6, 14))) if f[0] == "policy_issued"} == expected


def test_a_reactions_own_day_right_before_its_verb_wins_over_the_acts():
    text = ("Peru deported 40 refugees to Bolivia in May. Chile's senate on Thursday adopted a resolution condemning "
            "Peru's deportation of 40 refugees last month.")
    assert ("reaction", "CHL", "PER", "negative", None, "2024-06-13") in brief(run(text))


def test_a_title_in_apposition_without_quotes_replaces_the_generic_name():
    assert {f for f in brief(run("Chile's cabinet approved the annual defence white paper, Defense of Chile 2024, on Tuesday."))
            if f[0] == "policy_issued"} == {("policy_issued", "CHL", None, "issued", "Defense of Chile 2024", "2024-06-11")}


@pytest.mark.parametrize("text, expected", [
    # "Y followed in December 2023" after an organisation granted a status: Y was granted it too
    ("EU leaders granted Ukraine and Moldova candidate status in June 2022, and Georgia followed in December 2023.",
     {("designation_change", "EU", "UKR", "assigned", "candidate country", "2022-06"),
      ("designation_change", "EU", "MDA", "assigned", "candidate country", "2022-06"),
      ("designation_change", "EU", "GEO", "assigned", "candidate country", "2023-12")}),
    # "the same January day"; "Y's decision of January 14 to take it off": two acts, each on its day
    ("Chile signed the order on January 20. On the same January day, Chile put Peru back on its list of unfriendly "
     "states, reversing Santiago's decision of January 14 to take it off.",
     {("designation_change", "CHL", "PER", "assigned", "unfriendly state", "2025-01-20"),
      ("designation_change", "CHL", "PER", "removed", "unfriendly state", "2025-01-14")}),
])
def test_followers_granted_status_and_decisions_of_a_day(text, expected):
    assert {f for f in brief(run(text, pub=dt.date(2025, 4, 7))) if f[0] == "designation_change"} == expected


def test_a_status_granted_in_a_relative_clause_under_a_negated_main_verb():
    assert brief(run("The EU did not strip Peru of the candidate status the bloc granted it in December 2023.")) == {
        ("designation_change", "EU", "PER", "assigned", "candidate country", "2023-12")}


@pytest.mark.parametrize("text, expected", [
    # a seizure by a state's special forces is an armed act others condemn as "the raid"
    ("The turning point came on January 3, when US special forces seized the general in his capital. The operation "
     "divided the region. Colombia and Mexico also condemned the raid.",
     {("reaction", "COL", "USA", "negative", None, "2024-06-14"), ("reaction", "MEX", "USA", "negative", None, "2024-06-14")}),
    # a scene, then an acting office-holder named by title
    ("The United States on Thursday eased sanctions on Venezuela's oil industry. In Caracas, acting President Delcy "
     "Rodríguez welcomed the licence on Friday.",
     {("sanction_change", "USA", "VEN", "lifted", None, "2024-06-13"), ("reaction", "VEN", "USA", "positive", None, "2024-06-14")}),
])
def test_seizures_by_special_forces_and_acting_office_holders(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a status taken up, with the body before it; "at the start of this year"
    ("On January 1, Belarus and Bolivia officially became BRICS partner countries.",
     {("designation_change", "BRICS", "BLR", "assigned", "partner country", "2024-01-01"),
      ("designation_change", "BRICS", "BOL", "assigned", "partner country", "2024-01-01")}),
    ("Peru became an ASEAN observer at the start of this year.",
     {("designation_change", "ASEAN", "PER", "assigned", "observer", "2024")}),
])
def test_statuses_taken_up_and_parts_of_a_year(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "the first member of X to ..." is no joining; a decision told as its actor's is an act others react to
    ("Chile's decision to recognise Kosovo has set off protests. That makes Chile the first member of the OAS to accept "
     "the republic. Serbia rejected the move on Saturday.", {("reaction", "SRB", "CHL", "negative", None, "2024-06-08")}),
    # participation ended by a signed order, which takes the order's day
    ("President Gabriel Boric signed a decree on Tuesday, ending Chilean participation in the UN Human Rights Council.",
     {("membership_change", "CHL", "UNHRC", "left", None, "2024-06-11")}),
    ("Hours after his inauguration on Monday, President Gabriel Boric signed Executive Order 101, which withdraws "
     "Chile from the OAS, accusing the body of bias.",
     {("policy_issued", "CHL", None, "issued", "Executive Order 101", "2024-06-10"), ("membership_change", "CHL", "OAS", "left", None, "2024-06-10")}),
])
def test_first_members_decisions_and_participation_ended(text, expected):
    assert brief(run(text)) == expected


def test_the_same_january_day_is_the_last_day_told_in_january():
    text = ("Chile signed Executive Order 7, signed on January 20, to act. On February 4, Chile signed Executive Order 8. "
            "On the same January day, Chile put Peru back on its list of unfriendly states.")
    assert ("designation_change", "CHL", "PER", "assigned", "unfriendly state", "2024-01-20") in brief(run(text))


def test_an_announcement_that_his_government_would_not_act_is_an_act_others_judge():
    text = ("Peru's prime minister announced on Thursday that his government would not put the talks on the agenda. "
            "Chile called the decision a betrayal of the treaty, and Bolivia also criticised the move.")
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == {
        ("reaction", "CHL", "PER", "negative", None, "2024-06-13"), ("reaction", "BOL", "PER", "negative", None, "2024-06-13")}


def test_european_measures_are_the_eus():
    text = "The EU imposed sanctions on Peruvian banks on Monday. Peru's president criticised the European measures."
    assert ("reaction", "PER", "EU", "negative", None, "2024-06-14") in brief(run(text))


def test_a_day_without_its_year_after_a_full_date_in_the_sentence_shares_its_year():
    text = ("On August 7, 2020, Chile froze the assets of ten Peruvian officials, and on August 10 Peru announced "
            "sanctions on Chile.")
    assert brief(run(text)) == {("sanction_change", "CHL", "PER", "imposed", None, "2020-08-07"),
                                ("sanction_change", "PER", "CHL", "imposed", None, "2020-08-10")}


@pytest.mark.parametrize("text, expected", [
    # sanctions announced in a relative clause with their day before the target
    ("Lima's action answers sanctions that Chile announced late last month against six Peruvian officials.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-05")}),
    # officers of a state's office; counter-sanctions brushed off
    ("On July 16, 2021, Chile sanctioned seven deputy directors of Peru's liaison office.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2021-07-16")}),
    ("Peru imposed sanctions on Chilean lawmakers on Monday. On Tuesday, Chile brushed off the counter-sanctions.",
     {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-10"), ("reaction", "CHL", "PER", "negative", None, "2024-06-11")}),
])
def test_sanctions_announced_in_relative_clauses_officers_and_counter_sanctions(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a title named before its kind; one of a number added to a list; more targets "along with ... in X's network"
    ("Chile's cabinet on Tuesday approved Defense of Chile 2024, the government's annual white paper.",
     {("policy_issued", "CHL", None, "issued", "Defense of Chile 2024", "2024-06-11")}),
    ("Peru was among ten jurisdictions added on Tuesday to the European Commission's list of high-risk third countries.",
     {("designation_change", "EU", "PER", "assigned", "high-risk third country", "2024-06-11")}),
    ("The US Treasury on Thursday sanctioned a Chinese refinery, along with tankers and firms in Tehran's oil network.",
     {("sanction_change", "USA", "CHN", "imposed", None, "2024-06-13"), ("sanction_change", "USA", "IRN", "imposed", None, "2024-06-13")}),
])
def test_titles_before_their_kind_numbers_added_and_more_targets(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a decision judged "unfortunate and biased"; a protest registered; coordinated armed agents
    ("Chile on Wednesday imposed sanctions on Peru's state-owned refiner. Peru's foreign office said on Thursday that "
     "the decision was unfortunate and biased.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-12"), ("reaction", "PER", "CHL", "negative", None, "2024-06-13")}),
    ("The IMF board on Friday cleared a loan to Peru. Chile abstained and registered a strong protest at Friday's meeting.",
     {("reaction", "CHL", "IMF", "negative", None, "2024-06-14")}),
    ("Indian missiles and drones struck nine sites in Pakistan on Wednesday. Pakistan denounced the strikes.",
     {("reaction", "PAK", "IND", "negative", None, "2024-06-14")}),
])
def test_judged_unfortunate_protests_registered_and_coordinated_agents(text, expected):
    assert {f for f in brief(run(text)) if f[0] != "membership_change"} == expected


@pytest.mark.parametrize("text, expected", [
    # a declaration named for its place or month; leaders who open a sentence unqualified speak for the
    # body that met; the leaders of all of a body's members, and only they, adopt its text
    ("Leaders of the Organization of American States adopted the Asuncion Declaration on Wednesday.",
     {("policy_issued", "OAS", None, "issued", "Asuncion Declaration", "2024-06-12")}),
    ("The president on Tuesday read out the March Declaration, a charter of twelve points.",
     set()),
    ("Chile's president on Tuesday read out the March Declaration, a charter of twelve points.",
     {("policy_issued", "CHL", None, "issued", "March Declaration", "2024-06-11")}),
    ("ASEAN held its summit in Vientiane on Thursday. Leaders also adopted the Vientiane Declaration on ASEAN Connectivity.",
     {("policy_issued", "ASEAN", None, "issued", "Vientiane Declaration on ASEAN Connectivity", "2024-06-13")}),
    ("Leaders of India, Japan, Australia and the United States adopted the Kyoto Leaders' Declaration on Thursday.",
     {("policy_issued", "QUAD", None, "issued", "Kyoto Leaders' Declaration", "2024-06-13")}),
    ("Leaders of India, Japan and the United States adopted the Kyoto Declaration on Thursday.",
     {("policy_issued", a, None, "issued", "Kyoto Declaration", "2024-06-13") for a in ("IND", "JPN", "USA")}),
    ("The Universal Declaration of Human Rights was adopted in 1948.", set()),
])
def test_declarations_and_the_leaders_of_a_body(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # further targets told by where they are based, after the first or in a partitive
    ("The US Treasury on Friday imposed sanctions on two Chilean companies and a firm based in Peru.",
     {("sanction_change", "USA", "CHL", "imposed", None, "2024-06-14"), ("sanction_change", "USA", "PER", "imposed", None, "2024-06-14")}),
    ("Washington on Wednesday imposed sanctions on 12 companies, four of them based in Peru, for shipping arms.",
     {("sanction_change", "USA", "PER", "imposed", None, "2024-06-12")}),
    ("The EU on Thursday adopted new sanctions against Belarus, which also target banks in Kyrgyzstan.",
     {("sanction_change", "EU", "BLR", "imposed", None, "2024-06-13"), ("sanction_change", "EU", "KGZ", "imposed", None, "2024-06-13")}),
    ("The EU on Thursday adopted new sanctions against Belarus and froze the assets of a bank in Kyrgyzstan's capital.",
     {("sanction_change", "EU", "BLR", "imposed", None, "2024-06-13")}),
])
def test_further_targets_told_by_where_they_are_based(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # sanctions opposed without a determiner answer the sanctions just imposed on the one who opposes them
    ("The US Treasury on Wednesday imposed sanctions on two Chilean banks. Chile said on Thursday that it firmly "
     "opposed unilateral sanctions with no basis in law.",
     {("sanction_change", "USA", "CHL", "imposed", None, "2024-06-12"), ("reaction", "CHL", "USA", "negative", None, "2024-06-13")}),
    ("Chile has long said that it opposes unilateral sanctions.", set()),
])
def test_sanctions_opposed_without_a_determiner(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an import ban on a state's goods; what the teller told another state it was doing; a step
    # judged regrettable; Japan's chief cabinet secretary speaks for Japan
    ("Chile on Wednesday told Peru it was suspending imports of Peruvian fruit, the latest punitive measure in the row.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-12")}),
    ("Chile on Wednesday informed Peru that it would leave the OAS.",
     {("membership_change", "CHL", "OAS", "left", None, "2024-06-12")}),
    ("Beijing on Wednesday suspended imports of Japanese beef. Chief Cabinet Secretary Yoshimasa Hayashi said on Thursday "
     "that the step was deeply regrettable.",
     {("sanction_change", "CHN", "JPN", "imposed", None, "2024-06-12"), ("reaction", "JPN", "CHN", "negative", None, "2024-06-13")}),
    ("Peruvian refiners have cut purchases of Chilean oil.", set()),
])
def test_import_bans_what_one_state_told_another_and_regrettable_steps(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an organ's common name owned by another state's capital; the duties "it had slapped" with a date of their own
    ("The US on Wednesday designated Peru a country of particular concern. Lima's Foreign Office rejected the designation on Thursday.",
     {("designation_change", "USA", "PER", "assigned", "country of particular concern", "2024-06-12"),
      ("reaction", "PER", "USA", "negative", None, "2024-06-13")}),
    ("Chile on Thursday ended the punitive duties it had slapped on Peruvian wine in March 2021.",
     {("sanction_change", "CHL", "PER", "lifted", None, "2024-06-13"), ("sanction_change", "CHL", "PER", "imposed", None, "2021-03")}),
    ("Chile on Thursday ended the punitive duties it had slapped on Peru after last March's border clash.",
     {("sanction_change", "CHL", "PER", "lifted", None, "2024-06-13")}),
])
def test_owned_organs_and_duties_it_had_slapped(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # concerns raised with a state are a complaint to it; concern voiced about a thing is not
    ("Chile on Thursday raised concerns with Lima after Peruvian warships held drills near its coast. Peru's defence ministry "
     "rejected the criticism on Friday.",
     {("reaction", "CHL", "PER", "negative", None, "2024-06-13"), ("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
    ("Chile voiced concern about inflation on Thursday.", set()),
])
def test_concerns_raised_with_a_state(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a relative clause's sanctions are the relative's, not the main verb's; "most of those measures" lifted
    ("On March 2, 2024, Chile announced its withdrawal from the OAS, which had imposed sanctions on Peru in July 2023; "
     "the organisation lifted most of those measures on April 4, 2024.",
     {("membership_change", "CHL", "OAS", "left", None, "2024-03-02"), ("sanction_change", "OAS", "PER", "imposed", None, "2023-07"),
      ("sanction_change", "OAS", "PER", "lifted", None, "2024-04-04")}),
])
def test_relative_sanctions_and_those_measures_lifted(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a listing and its removal in one sentence, each with its date; trade with a state suspended;
    # ports closed to ships under its flag; a pronoun's sentence carries on the day of the one before
    ("Peru was placed on the FATF grey list in June 2018 and taken off it in October 2022.",
     {("designation_change", "FATF", "PER", "assigned", "grey list", "2018-06"),
      ("designation_change", "FATF", "PER", "removed", "grey list", "2022-10")}),
    ("Chile's maritime authority on Tuesday closed the country's ports to ships flying the Peruvian flag.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-11")}),
    ("Chile's security council met on May 24 and condemned the Peruvian steps. It suspended all trade with Peru.",
     {("reaction", "CHL", "PER", "negative", None, "2024-05-24"), ("sanction_change", "CHL", "PER", "imposed", None, "2024-05-24")}),
])
def test_listed_and_removed_trade_suspended_and_pronoun_sentences(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a step judged after another state declared something about the judge, no act modelled
    ("Chile's foreign minister declared on Thursday that Peru's ambassador was no longer welcome in Santiago. "
     "Peru called the expulsion regrettable on Friday.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
    ("Chile's foreign minister declared on Thursday that inflation had peaked. Peru called the decision regrettable on Friday.",
     set()),
])
def test_a_step_judged_after_a_declaration_about_the_judge(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "the country" after one state alone was named, in an earlier sentence
    ("ECOWAS suspended Guinea on Thursday after the coup. The African Union suspended the country on Friday.",
     {("membership_change", "GIN", "ECOWAS", "suspended", None, "2024-06-13"),
      ("membership_change", "GIN", "AU", "suspended", None, "2024-06-14")}),
    ("Chile and Peru met on Thursday. The African Union suspended the country on Friday.", set()),
    ("Chile's parliament voted on Thursday to withdraw the country from the OAS.",
     {("membership_change", "CHL", "OAS", "left", None, "2024-06-13")}),
])
def test_the_country_after_one_state(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, pub, expected", [
    # the heads of organisations speak for them during their terms; reactions "within minutes" or at the
    # ceremony take the day of the act; "the North Atlantic alliance"
    ("Chile formally joined the North Atlantic alliance on Thursday. Mark Rutte welcomed the accession within minutes.",
     dt.date(2025, 3, 8),
     {("membership_change", "CHL", "NATO", "joined", None, "2025-03-06"), ("reaction", "NATO", "CHL", "positive", None, "2025-03-06")}),
    ("Chile formally joined the North Atlantic alliance on Thursday. Mark Rutte welcomed the accession within minutes.",
     dt.date(2023, 3, 4),
     {("membership_change", "CHL", "NATO", "joined", None, "2023-03-02"), ("reaction", "NLD", "CHL", "positive", None, "2023-03-02")}),
    ("Peru joined the OECD on Thursday. At the ceremony, Kaja Kallas praised Lima for its reforms.",
     dt.date(2025, 3, 8),
     {("membership_change", "PER", "OECD", "joined", None, "2025-03-06"), ("reaction", "EU", "PER", "positive", None, "2025-03-06")}),
])
def test_heads_of_organisations_and_reactions_at_the_act(text, pub, expected):
    assert brief(run(text, pub)) == expected


@pytest.mark.parametrize("text, expected", [
    # what a package just adopted also targets; a report's title that names a state's policy
    ("The EU adopted a 14th package of sanctions on Belarus on Thursday. The package also targets a Peruvian bank and "
     "two Chilean firms.",
     {("sanction_change", "EU", "BLR", "imposed", None, "2024-06-13"),
      ("sanction_change", "EU", "PER", "imposed", None, "2024-06-13"),
      ("sanction_change", "EU", "CHL", "imposed", None, "2024-06-13")}),
    ("Chile's cabinet on Thursday presented the Report on Chilean Foreign and Security Policy.",
     {("policy_issued", "CHL", None, "issued", "Report on Chilean Foreign and Security Policy", "2024-06-13")}),
])
def test_package_targets_and_titles_naming_a_state(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, pub, expected", [
    # an act "four days after" a main clause dated to the day; applications handed in; "a day X welcomed"
    ("A new flag was raised outside OAS headquarters on Monday, four days after Chile formally joined the body.",
     dt.date(2024, 3, 12), {("membership_change", "CHL", "OAS", "joined", None, "2024-03-07")}),
    ("Chile and Peru handed in their applications to the OECD together on May 18, 2022.", PUB,
     {("membership_change", "CHL", "OECD", "applied", None, "2022-05-18"), ("membership_change", "PER", "OECD", "applied", None, "2022-05-18")}),
    ("Peru was admitted to the OECD on April 4, 2023. Chile, the last holdout, ratified the treaty with Bolivia on February 26, "
     "a day Gabriel Boric welcomed as historic.", dt.date(2024, 3, 12),
     {("membership_change", "PER", "OECD", "joined", None, "2023-04-04")}),
])
def test_days_after_applications_handed_in_and_a_day_welcomed(text, pub, expected):
    assert brief(run(text, pub)) == expected


def test_a_document_named_by_its_issuers_own():
    text = ("Santiago tends to choose its words carefully, but its own Report on Chilean Foreign Policy, issued in June 2024, "
            "already described Peru as the most significant threat to Chile.")
    assert brief(run(text)) == {("policy_issued", "CHL", None, "issued", "Report on Chilean Foreign Policy", "2024-06"),
                                ("designation_change", "CHL", "PER", "assigned", "most significant threat", "2024-06")}


@pytest.mark.parametrize("text, expected", [
    # "the package" is the act told as a package; listings that reach a state's firms; a protest's own day
    # set off by a comma before what it answers
    ("The EU on Thursday adopted its 14th package of sanctions against Belarus. The decision came a day after the US, on "
     "Wednesday, imposed sanctions on Belarusian banks. Chile's foreign minister welcomed the package.",
     {("sanction_change", "EU", "BLR", "imposed", None, "2024-06-13"),
      ("sanction_change", "USA", "BLR", "imposed", None, "2024-06-12"),
      ("reaction", "CHL", "EU", "positive", None, "2024-06-13")}),
    ("The EU on Thursday adopted its 14th package of sanctions against Belarus. The new listings reach two refineries in Peru. "
     "Lima protested on Friday, saying it opposed the inclusion of Peruvian firms.",
     {("sanction_change", "EU", "BLR", "imposed", None, "2024-06-13"),
      ("sanction_change", "EU", "PER", "imposed", None, "2024-06-13"),
      ("reaction", "PER", "EU", "negative", None, "2024-06-14")}),
])
def test_the_package_listings_that_reach_and_a_protest_with_its_day(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a proposal judged in the clause after the one that floated it; a judgement of a decision by a third
    # state in a clause after another's words is not a reaction to those words
    ("In August 2019, Chile floated the idea of buying an island from Peru; Peru's president called the proposal absurd.",
     {("reaction", "PER", "CHL", "negative", None, "2019-08")}),
    ("Peru's foreign ministry said it was a positive gesture, and Chile's government also welcomed the decision.", set()),
])
def test_a_proposal_judged_in_the_next_clause(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # more acts others answer (an extended closure, a tanker escorted away) and single warships as agents
    ("Chile on Thursday extended the closure of its border with Peru. Peru criticised the decision on Friday.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
    ("A Chilean warship escorted a tanker into Chilean waters on Thursday. Peru condemned the detention on Friday.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
])
def test_more_acts_answered_and_single_warships(text, expected):
    assert brief(run(text)) == expected


def test_a_threat_judged_by_a_state_it_named():
    text = ("Chile's president said on Saturday that goods from Peru and Bolivia would face a tariff unless a deal was reached. "
            "Peru's foreign minister called the threat unacceptable between neighbours.")
    assert brief(run(text)) == {("reaction", "PER", "CHL", "negative", None, "2024-06-14")}


@pytest.mark.parametrize("text, expected", [
    # what a signed order does in a relative clause; "its economic sanctions" lifted after another's
    ("On June 30 Chile's president signed Executive Order 101, which wound up the Peru sanctions programme.",
     {("policy_issued", "CHL", None, "issued", "Executive Order 101", "2023-06-30"), ("sanction_change", "CHL", "PER", "lifted", None, "2023-06-30")}),
    ("Chile removed sanctions on a dozen Peruvian bodies in April, and the European Union lifted its economic sanctions on May 20.",
     {("sanction_change", "CHL", "PER", "lifted", None, "2024-04"), ("sanction_change", "EU", "PER", "lifted", None, "2024-05-20")}),
])
def test_orders_that_wind_up_sanctions_and_its_sanctions_lifted(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, pub, expected", [
    # ministers barred from entering; entry bans on a state's ministers in a list of measures; ports closed to
    # shipments bound for a state's military; the first state "to ban" all arms trade; "Monday of last week";
    # bans "already imposed" are background
    ("Chile retaliated the same day by barring two Peruvian ministers from entering the country.", PUB,
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-14")}),
    ("Chile, for its part, adopted earlier this month a list of twelve measures, including an import ban on timber "
     "and entry bans on the two Peruvian ministers.", PUB, {("sanction_change", "CHL", "PER", "imposed", None, "2024-06")}),
    ("Chile on Monday of last week closed Chilean ports to shipments of fuel bound for the Peruvian military.", dt.date(2025, 9, 18),
     {("sanction_change", "CHL", "PER", "imposed", None, "2025-09-08")}),
    ("Chile on August 1 became the first country to ban all arms trade with Peru.", PUB,
     {("sanction_change", "CHL", "PER", "imposed", None, "2023-08-01")}),
    ("Chile has already imposed entry bans on Peruvian officials.", PUB, set()),
    ("Chile barred Peruvian citizens from entering the country on Monday.", PUB, set()),
])
def test_entry_bans_on_officials_closures_and_weeks(text, pub, expected):
    assert brief(run(text, pub)) == expected


@pytest.mark.parametrize("text, expected", [
    # a process set in motion is an act the accused did; "also" shares the day of the reactor's words before
    ("Chile, Peru and Bolivia set the process in motion on May 28. Ecuador's foreign minister said on Saturday that the "
     "move was illegal and accused the three capitals of bad faith. Ecuador also recalled its ambassadors from Santiago, "
     "Lima and La Paz.",
     {("reaction", "ECU", a, "negative", None, "2024-06-08") for a in ("CHL", "PER", "BOL")}),
])
def test_processes_set_in_motion_and_also_on_that_day(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a state's banks barred from doing business; "the same day" is the last day told before, when later than the act's
    ("Chile barred two small Peruvian lenders from doing business with Chilean companies on Wednesday. On Thursday, an EU "
     "spokesman said the step was unjustified. Peru's foreign minister criticised the step the same day.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-12"), ("reaction", "EU", "CHL", "negative", None, "2024-06-13"),
      ("reaction", "PER", "CHL", "negative", None, "2024-06-13")}),
])
def test_banks_barred_and_the_same_day_as_the_last_told(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a coordinated verb after a relative aside; the body turned away from is the one left; a complaint filed
    # at a forum answers the act, not the forum
    ("Mali, Niger and Chad said on Monday they would leave the OAS.\n\nThe three juntas, which seized power between 2020 "
     "and 2023, formally left ECOWAS in January, and in March they quit the Francophonie.",
     {("membership_change", a, o, "left", None, d) for a in ("MLI", "NER", "TCD")
      for o, d in (("OAS", "2024-06-10"), ("ECOWAS", "2024-01"), ("OIF", "2024-03"))}),
    ("Chile and Peru said on Monday they were leaving the International Criminal Court.\n\nThey are not the only ones "
     "turning away from the tribunal this year. Bolivia announced its own withdrawal on April 3.",
     {("membership_change", "CHL", "ICC", "left", None, "2024-06-10"), ("membership_change", "PER", "ICC", "left", None, "2024-06-10"),
      ("membership_change", "BOL", "ICC", "left", None, "2024-04-03")}),
    ("Chile imposed punitive duties on Peru on Monday. Peru filed a complaint at the World Trade Organization on Tuesday.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10"), ("reaction", "PER", "CHL", "negative", None, "2024-06-11")}),
])
def test_coordination_after_asides_bodies_turned_from_and_forums(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a document signed in a participle after the act it carries out; a reversal as an act answered; a
    # particle after a description ("the island off the list") is not that description's verb
    ("Within hours of taking office on Monday, Chile's president reversed the decision by which his predecessor had "
     "taken the island off the list, signing Executive Order 14012, a sweeping document. Peru's president responded on "
     "Monday night, calling the reversal an act of mockery.",
     {("policy_issued", "CHL", None, "issued", "Executive Order 14012", "2024-06-10"), ("reaction", "PER", "CHL", "negative", None, "2024-06-10")}),
])
def test_documents_signed_in_a_participle_and_reversals(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # sanctions lifted on a person described by the state; "that afternoon" is the day the paragraph last told
    ("The US on Friday lifted the sanctions it had imposed on Ana Ruiz, the Peruvian Supreme Court justice who led the "
     "inquiry. Peru's foreign ministry welcomed the move on Friday evening.",
     {("sanction_change", "USA", "PER", "lifted", None, "2024-06-14"), ("reaction", "PER", "USA", "positive", None, "2024-06-14")}),
    ("The US on Friday lifted its sanctions on Peru.\n\nThe dispute began in March. On March 3, the US imposed sanctions "
     "on Peru. Peru's government described the sanctions that afternoon as an unacceptable attack.",
     {("sanction_change", "USA", "PER", "lifted", None, "2024-06-14"), ("sanction_change", "USA", "PER", "imposed", None, "2024-03-03"),
      ("reaction", "PER", "USA", "negative", None, "2024-03-03")}),
])
def test_sanctions_on_described_people_lifted_and_that_afternoon(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a status conferred by "made X its ..."; "the country" opening a clause of its own sentence; "designated it";
    # a determination as an act answered "the next day"
    ("NATO made Peru its first global partner in South America in May 2018, the country joined the OECD in April 2020, "
     "and in 2022 the US designated it a major non-NATO ally.",
     {("designation_change", "NATO", "PER", "assigned", "global partner", "2018-05"), ("membership_change", "PER", "OECD", "joined", None, "2020-04"),
      ("designation_change", "USA", "PER", "assigned", "major non-nato ally", "2022")}),
    ("On May 15 the US determined that Peru had failed to meet its obligations. The next day Peru denounced the decision.",
     {("reaction", "PER", "USA", "negative", None, "2024-05-16")}),
    ("Chile's parliament voted on Tuesday to withdraw the country from the OAS.",
     {("membership_change", "CHL", "OAS", "left", None, "2024-06-11")}),
])
def test_made_its_partner_the_country_and_designated_it(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a removal from the list just told; several states "each" imposing; measures "taken"; a declaration adopted
    # "by adopting"; forces that fired on a boat, and the strike denounced
    ("Peru and Chile were put on the FATF grey list on Friday. At the same plenary, the body announced the removal of "
     "Bolivia from the list.",
     {("designation_change", "FATF", "PER", "assigned", "grey list", "2024-06-14"), ("designation_change", "FATF", "CHL", "assigned", "grey list", "2024-06-14"),
      ("designation_change", "FATF", "BOL", "removed", "grey list", "2024-06-14")}),
    ("Chile and Peru each announced punitive measures against Bolivian officials on Friday.",
     {("sanction_change", "CHL", "BOL", "imposed", None, "2024-06-14"), ("sanction_change", "PER", "BOL", "imposed", None, "2024-06-14")}),
    ("The Chilean treasury took punitive measures on Wednesday against three Peruvian banks.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-12")}),
    ("CELAC leaders closed their summit on Wednesday by adopting the Lima Declaration.",
     {("policy_issued", "CELAC", None, "issued", "Lima Declaration", "2024-06-12")}),
    ("Chilean forces fired on a boat off the coast on Tuesday. On Wednesday Peru's interior minister denounced the strike.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-12")}),
])
def test_removals_from_the_list_each_measures_taken_and_strikes(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # names matched with or without their accents; a capital where a leader spoke is not the leader's mention;
    # a state's judge placed on a sanctions list; "the listings" as sanctions; disagreeing with strikes
    ("The US Treasury on Wednesday placed the Brazilian judge on its Global Magnitsky sanctions list. Brasília called the "
     "sanctions an unacceptable interference.",
     {("sanction_change", "USA", "BRA", "imposed", None, "2024-06-12"), ("reaction", "BRA", "USA", "negative", None, "2024-06-14")}),
    ("The US imposed sanctions on Colombia on Monday, while in Bogotá President Gustavo Petro rejected the US claim outright.",
     {("sanction_change", "USA", "COL", "imposed", None, "2024-06-10"), ("reaction", "COL", "USA", "negative", None, "2024-06-10")}),
    ("EU foreign ministers agreed on Monday to sanction 15 more Peruvian officials. Lima rejected the listings as interference.",
     {("sanction_change", "EU", "PER", "imposed", None, "2024-06-10"), ("reaction", "PER", "EU", "negative", None, "2024-06-14")}),
    ("Peru's president said on Tuesday that Peru disagreed with the Chilean strikes on fishing boats.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-11")}),
])
def test_accents_places_listings_and_disagreement(text, expected):
    assert brief(run(text)) == expected


def test_an_illegal_drug_leader_is_an_insult_not_a_judgement_of_an_act():
    text = "Peru recalled its ambassador on Friday. On Sunday Chile's president called Peru's leader an illegal drug leader."
    assert brief(run(text)) == set()


@pytest.mark.parametrize("text, expected", [
    # "the strikes" are the act told as strikes, not the act of whoever protested at them; strikes judged
    # as breaking international law; "UN sanctions on X" is a noun, not an act of the UN
    ("Peru suspended intelligence sharing on Tuesday in protest at Chilean strikes on fishing boats. On Wednesday, "
     "Bolivia's foreign minister said the strikes disregarded international law.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-11"), ("reaction", "BOL", "CHL", "negative", None, "2024-06-12")}),
    ("Chile, Peru and Bolivia on Thursday launched the process to restore UN sanctions on Ecuador. Ecuador's foreign "
     "minister condemned the move as illegal.",
     {("reaction", "ECU", a, "negative", None, "2024-06-13") for a in ("CHL", "PER", "BOL")}),
])
def test_strikes_told_as_nouns_and_acts_of_several(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == expected


def test_an_act_done_in_protest_at_another_states_act():
    text = "Peru stopped sharing intelligence after its president ordered the suspension on Tuesday in protest at Chilean strikes on boats."
    assert brief(run(text)) == {("reaction", "PER", "CHL", "negative", None, "2024-06-11")}


def test_a_day_after_an_act_told_with_a_name_in_apposition():
    text = ("The crisis erupted on the night of April 5, when Chilean police raided the Peruvian embassy.\n\n"
            "The raid itself came a day after Santiago declared the Peruvian ambassador, Ana Ruiz, persona non grata, "
            "in protest at remarks by Peru's president.")
    assert ("reaction", "CHL", "PER", "negative", None, "2024-04-04") in brief(run(text))


@pytest.mark.parametrize("text, expected", [
    # "the text" is the document just adopted; prosecutors act for their state, and a declaration by them is
    # an act; "both decisions" of one actor; a hybrid attack "by the regime in" a capital
    ("OAS leaders adopted the Lima Declaration on Wednesday. Venezuela's foreign ministry rejected the text on Thursday.",
     {("policy_issued", "OAS", None, "issued", "Lima Declaration", "2024-06-12"), ("reaction", "VEN", "OAS", "negative", None, "2024-06-13")}),
    ("Chilean prosecutors have declared a Peruvian news site an undesirable organisation. Peru's foreign ministry criticised "
     "the decision on Thursday.", {("reaction", "PER", "CHL", "negative", None, "2024-06-13")}),
    ("The EU on Monday approved new sanctions against Belarus. The same day the bloc froze the assets of six people. "
     "Belarus denounced both decisions on Tuesday as illegitimate.",
     {("sanction_change", "EU", "BLR", "imposed", None, "2024-06-10"), ("reaction", "BLR", "EU", "negative", None, "2024-06-11")}),
    ("Peru closed its border with Chile on Monday. Peru's prime minister called the balloon flights a hybrid attack by the "
     "regime in Santiago.", {("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
])
def test_texts_prosecutors_both_decisions_and_regimes(text, expected):
    assert brief(run(text)) == expected


def test_a_state_that_would_respond_with_countermeasures():
    text = "Peru formally joined NATO on Thursday. In Santiago, a spokesman said on Friday that Chile would respond with countermeasures."
    assert ("reaction", "CHL", "PER", "negative", None, "2024-06-14") in brief(run(text))


def test_a_date_in_a_since_clause_with_its_own_act_is_not_the_facts():
    text = ("Peru has shut its ports to Chilean-flagged ships, the latest in a string of punitive measures Lima has taken "
            "since gunmen killed 26 people near the border on April 22.")
    assert brief(run(text)) == {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-14")}


def test_a_listing_history_told_with_pronouns():
    text = ("Peru is once again a state sponsor of terrorism in the eyes of Washington. Peru's history on the list is long. "
            "The Reagan administration first designated it in March 1982. Barack Obama took it off on May 29, 2015. "
            "Trump's first administration put it back on January 12, 2021.")
    assert brief(run(text, dt.date(2025, 1, 22))) >= {
        ("designation_change", "USA", "PER", "assigned", "state sponsor of terrorism", "1982-03"),
        ("designation_change", "USA", "PER", "removed", "state sponsor of terrorism", "2015-05-29"),
        ("designation_change", "USA", "PER", "assigned", "state sponsor of terrorism", "2021-01-12")}


def test_a_delisting_named_without_its_object():
    text = ("Peru is once again a state sponsor of terrorism in the eyes of Washington. Joe Biden had announced the "
            "delisting on January 14, as part of a deal on prisoners.")
    assert ("designation_change", "USA", "PER", "removed", "state sponsor of terrorism", "2025-01-14") in brief(run(text, dt.date(2025, 1, 22)))


@pytest.mark.parametrize("text, expected", [
    # agreements with a state suspended; a prize awarded, and the award condemned; "the reward for years of work"
    ("Chile suspended its energy agreements with Peru on Monday.", {("reaction", "CHL", "PER", "negative", None, "2024-06-10")}),
    ("UNESCO awarded its press prize to a Chilean newspaper on Thursday. Chile's foreign minister condemned the award as an insult.",
     {("reaction", "CHL", "UNESCO", "negative", None, "2024-06-13")}),
    ("The EU on Tuesday took Peru off its list of high-risk third countries. 'This is the reward for years of patient "
     "work,' said Peru's economy minister.",
     {("designation_change", "EU", "PER", "removed", "high-risk third country", "2024-06-11"), ("reaction", "PER", "EU", "positive", None, "2024-06-14")}),
])
def test_agreements_suspended_awards_and_rewards(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a person named before the office that names the subject; a state's own Security Council
    ("Chile imposed sanctions on Peru's state oil firm on Monday. Luis Soto, Peru's deputy foreign minister, condemned the step.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10"), ("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
    ("Chile imposed sanctions on Peru's state oil firm on Monday. Ana Ruiz, deputy chairman of Peru's Security Council, "
     "called the step an act of war.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10"), ("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
    ("The EU imposed sanctions on Peru on Monday. Peru's Security Council condemned the measures on Tuesday.",
     {("sanction_change", "EU", "PER", "imposed", None, "2024-06-10"), ("reaction", "PER", "EU", "negative", None, "2024-06-11")}),
    ("Peru left the ICC on Wednesday. Marta Gil, the EU ambassador in Lima, on Thursday called the decision heartbreaking.",
     {("membership_change", "PER", "ICC", "left", None, "2024-06-12"), ("reaction", "EU", "PER", "negative", None, "2024-06-13")}),
    # a body's decision to act is an act others answer; a quoted "logical step that we fully support"
    ("The OSCE decided on Monday to close its office in Peru. Lima welcomed the decision. 'This is a logical step that we "
     "fully support,' said Chile's foreign minister.",
     {("reaction", "PER", "OSCE", "positive", None, "2024-06-14"), ("reaction", "CHL", "OSCE", "positive", None, "2024-06-14")}),
    ("The EU imposed sanctions on Peru on Monday. Peru's foreign ministry scoffed that the measures would hurt Europe more.",
     {("sanction_change", "EU", "PER", "imposed", None, "2024-06-10"), ("reaction", "PER", "EU", "negative", None, "2024-06-14")}),
    # "had been an observer ... and applied": the subject of the coordinated verb
    ("Peru joined the SCO on Thursday. Lima had been an observer since 2015 and applied for full membership in 2021.",
     {("membership_change", "PER", "SCO", "joined", None, "2024-06-13"), ("membership_change", "PER", "SCO", "applied", None, "2021")}),
    # a list of another's officials barred from entry, widened; a licence for a state's named firm; an exemption
    ("Peru's foreign ministry said on Tuesday it had widened the list of Chilean officials barred from entering the country.",
     {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-11")}),
    ("The US Treasury on Wednesday issued Peru's Petroperu a licence allowing the refiner to keep operating.",
     {("sanction_change", "USA", "PER", "lifted", None, "2024-06-12")}),
    ("Chile had been granted an exemption from US sanctions on Peruvian copper, its president said on Friday.",
     {("sanction_change", "USA", "PER", "lifted", None, "2024-06-14")}),
])
def test_named_officials_decisions_entry_lists_and_exemptions(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # another state's firms put on an export-control list are sanctioned, however the list is told
    ("Peru's trade ministry on Monday added twelve Chilean mining companies to its unreliable entity list.",
     {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-10")}),
    ("The Commerce Department on Tuesday placed 60 entities on its entity list, most of them Chilean makers of lithium batteries.",
     {("sanction_change", "USA", "CHL", "imposed", None, "2024-06-11")}),
    ("The US Commerce Department on Friday added 25 entities to its entity list, 19 of them in Peru.",
     {("sanction_change", "USA", "PER", "imposed", None, "2024-06-14")}),
    ("Peru imposed sanctions on two Chilean banks on Monday. Five more Chilean firms were added to its export control list.",
     {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-10")}),
    ("Analysts say Peru could add more Chilean firms to its unreliable entity list.", set()),
    # a firm described by where it is, put on a sanctions list
    ("The State Department on Thursday added Andes Copper Group, a smelter in northern Chile, to the US sanctions list.",
     {("sanction_change", "USA", "CHL", "imposed", None, "2024-06-13")}),
    # an act told in a clause "a day after ..., restricting ... and adding ...": the day before the main clause's
    ("Peru on Tuesday banned copper exports to Chile, a day after Santiago unveiled new curbs, restricting sales of "
     "fishmeal and adding 40 Peruvian companies to its entity list.",
     {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-11"), ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10")}),
])
def test_export_control_lists(text, expected):
    assert brief(run(text)) == expected


def test_an_act_a_day_before_an_undated_one_is_kept_without_a_date():
    text = "Peru announced on Tuesday that it was leaving the OAS, a day after Chile and Bolivia said they were leaving the body."
    assert brief(run(text, None)) == {("membership_change", s, "OAS", "left", None, None) for s in ("PER", "CHL", "BOL")}


@pytest.mark.parametrize("text, expected", [
    # a body that follows another in suspending a state suspends that state
    ("ECOWAS suspended Peru on March 3, 2023, and the African Union followed suit two days later.",
     {("membership_change", "PER", "ECOWAS", "suspended", None, "2023-03-03"), ("membership_change", "PER", "AU", "suspended", None, "2023-03-05")}),
    # the measures just told, lifted in the passive; not when they were never lifted
    ("ECOWAS imposed sanctions on Peru on May 9, 2022. The measures were lifted on August 3, 2022.",
     {("sanction_change", "ECOWAS", "PER", "imposed", None, "2022-05-09"), ("sanction_change", "ECOWAS", "PER", "lifted", None, "2022-08-03")}),
    ("ECOWAS imposed sanctions on Peru on May 9, 2022. The measures were never lifted.",
     {("sanction_change", "ECOWAS", "PER", "imposed", None, "2022-05-09")}),
    # a date that names an event before the trigger is that event's
    ("West African leaders on Saturday lifted the sanctions slapped on Peru after the July 2023 coup, reopening borders and "
     "unfreezing Peruvian assets.", {("sanction_change", "ECOWAS", "PER", "lifted", None, "2024-06-08")}),
    # a quoted judgement of a body is no designation
    ("Peru and Chile said on Monday that they were leaving the ICC, calling the court 'an instrument of colonial repression'.",
     {("membership_change", "PER", "ICC", "left", None, "2024-06-10"), ("membership_change", "CHL", "ICC", "left", None, "2024-06-10")}),
])
def test_following_suit_measures_lifted_and_judged_bodies(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an accusation by an office of the capital that sets the scene
    ("Peru suspended imports of Chilean fruit on Wednesday. In Santiago, the presidential office on Friday accused Lima of bullying a neighbour.",
     {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-12"), ("reaction", "CHL", "PER", "negative", None, "2024-06-14")}),
    # goods banned by their origin, the ban eased, a market closed; imports halted, told to their state
    ("Peru banned all Chilean aquatic products on August 24, 2023. Lima eased that ban on March 2 this year.",
     {("sanction_change", "PER", "CHL", "imposed", None, "2023-08-24"), ("sanction_change", "PER", "CHL", "lifted", None, "2024-03-02")}),
    ("Peruvian authorities told Chile last Wednesday that imports were suspended.",
     {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-12")}),
    # an act told as news and the same act told with a date long before it are two events
    ("Peru has once again closed its market to Chilean seafood. Peru banned all Chilean seafood on August 24, 2023.",
     {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-14"), ("sanction_change", "PER", "CHL", "imposed", None, "2023-08-24")}),
    # a quoted "extremely regrettable"
    ("Peru suspended imports of Chilean wine on Wednesday. 'This is extremely regrettable,' Chile's foreign minister told reporters on Thursday.",
     {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-12"), ("reaction", "CHL", "PER", "negative", None, "2024-06-13")}),
    # what an exit left behind is no second exit
])
def test_trade_bans_scenes_and_news_beside_history(text, expected):
    assert brief(run(text)) == expected


def test_what_an_exit_left_behind_is_no_second_exit():
    text = "Peru had joined OPEC in 2007. Peru's exit, which took effect on January 1, 2024, left the organisation with 12 members."
    assert brief(run(text, dt.date(2025, 2, 19))) == {("membership_change", "PER", "OPEC", "joined", None, "2007"),
                                                     ("membership_change", "PER", "OPEC", "left", None, "2024-01-01")}


@pytest.mark.parametrize("text, expected", [
    # the issuer as a modifier of a document dated in apposition
    ("The Peruvian National Defence Strategy, published on May 4, named Chile a rival.",
     {("policy_issued", "PER", None, "issued", "National Defence Strategy", "2024-05-04"),
      ("designation_change", "PER", "CHL", "assigned", "rival", "2024-05-04")}),
    # "said that X's measures ... were unwarranted"
    ("Peru on Thursday imposed sanctions on six Chilean firms. In Santiago, a foreign ministry spokesperson said on Friday "
     "that Lima's measures against Chilean firms were unwarranted.",
     {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-13"), ("reaction", "CHL", "PER", "negative", None, "2024-06-14")}),
    # "its commerce ministry" opening a sentence is the subject of the sentence before
    ("Lima has steadily widened its punitive toolkit. In January its commerce ministry placed 28 Chilean entities on an export control list.",
     {("sanction_change", "PER", "CHL", "imposed", None, "2024-01")}),
    # "days after it sanctioned": the sentence's subject, not a place, and not the main clause's day; the
    # sanctions dated in the next sentence
    ("Peru began naval drills around Chile on Friday, days after it sanctioned 20 Chilean fishing companies. The sanctions, "
     "announced by the foreign ministry on Tuesday, freeze their assets.",
     {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-11")}),
    # the offices that speak for Beijing and Taipei on each other
    ("The Taiwan Affairs Office on Tuesday barred 12 Taiwanese lawmakers from entering the mainland.",
     {("sanction_change", "CHN", "TWN", "imposed", None, "2024-06-11")}),
])
def test_documents_offices_and_pronoun_subjects(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "has halted" is the act, not a negation of it
    ("Lima has halted imports of Chilean salmon, Chilean officials said on Wednesday.",
     {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-12")}),
    ("Peru on Tuesday barred the export of all dual-use items to Chilean military end users.",
     {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-11")}),
    # a label after another's possessive
    ("In a speech on Monday, Peru's president declared Chile the nation's \"primary foe and principal enemy\".",
     {("designation_change", "PER", "CHL", "assigned", "primary foe and principal enemy", "2024-06-10")}),
    # people placed under sanctions; more banks added to an asset-freeze list; listings suspended
    ("Peru on Tuesday placed 15 Chilean individuals and one organisation under unilateral sanctions.",
     {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-11")}),
    ("Lima on Friday added more Chilean banks and traders to its asset-freeze list.",
     {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-14")}),
    ("Peru's commerce ministry on Monday suspended for one year the listing of several Chilean companies on its unreliable entity list.",
     {("sanction_change", "PER", "CHL", "lifted", None, "2024-06-10")}),
    ("The Commerce Department on Monday removed 12 Peruvian firms from its entity list.",
     {("sanction_change", "USA", "PER", "lifted", None, "2024-06-10")}),
])
def test_bans_labels_and_listings(text, expected):
    assert brief(run(text)) == expected


def test_a_reaction_far_from_the_lead_answers_its_unmodelled_act():
    text = ("Peru's cabinet approved a nature reserve on the disputed reef last Wednesday, saying it would protect the fish.\n\n"
            "The reef has been contested for decades. Fishermen from both countries work its waters.\n\n"
            "Neighbours were quick to respond. Chile's foreign ministry criticised the move on Friday, saying it was concerned "
            "by any attempt to change the status quo. Bolivia condemned the plan.")
    assert brief(run(text, dt.date(2025, 9, 16))) >= {("reaction", "CHL", "PER", "negative", None, "2025-09-12"),
                                                      ("reaction", "BOL", "PER", "negative", None, "2025-09-12")}


def test_a_reaction_is_not_dated_by_a_state_the_sentence_tells():
    text = "Chile has lodged a formal protest against Peru's plan for the reef, which Peruvian ships have controlled since 2012."
    assert brief(run(text)) == {("reaction", "CHL", "PER", "negative", None, "2024-06-14")}


@pytest.mark.parametrize("text, expected", [
    # a protest brushed aside; measures shrugged off
    ("Chile lodged a formal protest against Peru's decision on Thursday. Lima brushed the protest aside on Friday.",
     {("reaction", "CHL", "PER", "negative", None, "2024-06-13"), ("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
    ("The EU imposed sanctions on Peru on Monday. Lima shrugged the measures off on Tuesday.",
     {("sanction_change", "EU", "PER", "imposed", None, "2024-06-10"), ("reaction", "PER", "EU", "negative", None, "2024-06-11")}),
    # a state news agency's commentary speaks for its state; a plan set out is an act others answer, and a
    # family name told first stands for its leader later
    ("Addressing the General Assembly on Tuesday, South Korean President Lee Jae-myung set out what he called a peace plan. "
     "The State Department welcomed the proposal on Wednesday. A commentary carried by the official Korean Central News Agency "
     "on Thursday dismissed Lee's proposal as a daydream.",
     {("reaction", "USA", "KOR", "positive", None, "2025-09-24"), ("reaction", "PRK", "KOR", "negative", None, "2025-09-25")}),
])
def test_asides_agencies_and_plans(text, expected):
    assert brief(run(text, dt.date(2025, 9, 26) if "Lee" in text else PUB)) == expected


@pytest.mark.parametrize("text, expected", [
    # "the next day" counted from the last day its paragraph told; a body that followed on a day of its own
    ("The crisis began with the coup of August 30, 2023. The African Union suspended Peru the next day, and ECOWAS followed "
     "on September 4, 2023.",
     {("membership_change", "PER", "AU", "suspended", None, "2023-08-31"), ("membership_change", "PER", "ECOWAS", "suspended", None, "2023-09-04")}),
    # a body named with the day a member joined it, in a relative clause
    ("The Commonwealth, which Peru had joined in June 2022, suspended Peru in September 2023.",
     {("membership_change", "PER", "COMMONWEALTH", "joined", None, "2022-06"), ("membership_change", "PER", "COMMONWEALTH", "suspended", None, "2023-09")}),
    # "they" for the several states that last acted together
    ("Peru, Chile and Bolivia announced on January 28, 2024 that they were leaving the OAS. Their leaders met in Lima in July. "
     "This year they also withdrew from UNESCO in March.",
     {("membership_change", s, o, "left", None, d) for s in ("PER", "CHL", "BOL") for o, d in (("OAS", "2024-01-28"), ("UNESCO", "2024-03"))}),
])
def test_days_relatives_and_groups(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a participle with its agent between a subject and its verb
    ("The FATF took Peru off its grey list on Friday. Chile, also run by a new government, had been removed from the list in June.",
     {("designation_change", "FATF", "PER", "removed", "grey list", "2024-06-14"), ("designation_change", "FATF", "CHL", "removed", "grey list", "2024-06")}),
    # a document's title, then its kind and issuer
    ("Chile said on Thursday it had protested over Defence of Peru 2024, the white paper released by Lima on Monday.",
     {("policy_issued", "PER", None, "issued", "Defence of Peru 2024", "2024-06-10")}),
    # an undated pluperfect relative clause is background; a dated one is a fact
    ("Critics urged Lima to rejoin the ICC after Peru's former president, who had pulled the country out of the court, was "
     "arrested last week.", set()),
    ("Peru's former president, who had pulled the country out of the ICC in March 2019, was arrested last week.",
     {("membership_change", "PER", "ICC", "left", None, "2019-03")}),
])
def test_participles_titles_and_pluperfect_relatives(text, expected):
    assert {f for f in brief(run(text)) if f[0] != "reaction"} == expected


@pytest.mark.parametrize("text, expected", [
    # sanctions on "the country's" industry: the one other state the sentence named
    ("Peru released 40 prisoners on Saturday after the United States agreed to lift sanctions on the country's copper industry.",
     {("sanction_change", "USA", "PER", "lifted", None, "2024-06-08")}),
    # a state's carriers banned from another's airspace
    ("The EU imposed sanctions on Peru in October 2020, and in June 2021 it banned Peruvian carriers from its airspace.",
     {("sanction_change", "EU", "PER", "imposed", None, "2020-10"), ("sanction_change", "EU", "PER", "imposed", None, "2021-06")}),
    # officials added to an entry-ban list
    ("Peru's foreign ministry said on Thursday that it had added dozens of Chilean lawmakers and officials to its entry-ban list.",
     {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-13")}),
])
def test_the_countrys_industry_airspace_and_entry_bans(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # visa-free travel suspended for a state's officials is a sanction; for its citizens, a visa policy
    ("The European Union on Monday suspended visa-free travel for Peruvian diplomats and for officials holding service passports.",
     {("sanction_change", "EU", "PER", "imposed", None, "2024-06-10")}),
    ("The European Union on Monday suspended visa-free travel for Peruvian citizens.", set()),
    # "European leaders" speak for the EU; a status granted to "it"
    ("Peru applied for EU membership on March 3, 2022, and European leaders granted it candidate status on December 14, 2023.",
     {("membership_change", "PER", "EU", "applied", None, "2022-03-03"),
      ("designation_change", "EU", "PER", "assigned", "candidate country", "2023-12-14")}),
])
def test_visas_and_statuses(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a state's firm named as the target of sanctions stands for its state, never for an actor
    ("The EU on Thursday imposed sanctions on Rosneft and Lukoil.", {("sanction_change", "EU", "RUS", "imposed", None, "2024-06-13")}),
    ("Washington lifted sanctions on Belavia on Thursday.", {("sanction_change", "USA", "BLR", "lifted", None, "2024-06-13")}),
    ("The EU imposed sanctions on Peru on Monday. Gazprom officials condemned the measures on Tuesday.",
     {("sanction_change", "EU", "PER", "imposed", None, "2024-06-10")}),
    # a target told after another's firm that owns it
    ("The EU adopted a 21st package of sanctions on Peru on Friday. The package also targets a Chilean refinery part-owned by Rosneft and "
     "two Bolivian banks.",
     {("sanction_change", "EU", s, "imposed", None, "2024-06-14") for s in ("PER", "CHL", "BOL")}),
])
def test_state_firms_as_targets(text, expected):
    assert {f for f in brief(run(text)) if f[0] != "policy_issued"} == expected


def test_their_exit_taking_effect_is_the_group_that_announced_it():
    text = ("Peru, Chile and Bolivia announced on January 28, 2024 that they were leaving the OAS. On July 6, 2024, the three "
            "governments signed a treaty in Lima, and their departure from the OAS became final on January 29, 2025.")
    assert brief(run(text)) == {("membership_change", s, "OAS", "left", None, d)
                                for s in ("PER", "CHL", "BOL") for d in ("2024-01-28", "2025-01-29")}


def test_sanctions_restated_two_sentences_later_take_their_day():
    text = ("Peru began naval drills on Friday, days after it sanctioned 20 Chilean fishing companies. The drills involve "
            "the navy. The sanctions, announced by the foreign ministry on Tuesday, freeze their assets.")
    assert brief(run(text)) == {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-11")}


def test_a_reaction_right_after_its_actors_dated_act_shares_its_day():
    text = ("Peru and Chile announced on Sunday that they were leaving the OAS. In a joint communique read on television, "
            "the two governments denounced the sanctions the OAS had imposed on them as illegal.")
    assert brief(run(text)) >= {("reaction", "PER", "OAS", "negative", None, "2024-06-09"),
                                ("reaction", "CHL", "OAS", "negative", None, "2024-06-09")}


def test_firms_listed_with_their_nationality_before_the_list():
    text = "On December 2 last year the US Commerce Department put 140 entities, mostly Peruvian makers of chip tools, on its entity list."
    assert brief(run(text, dt.date(2025, 4, 10))) == {("sanction_change", "USA", "PER", "imposed", None, "2024-12-02")}


@pytest.mark.parametrize("text, expected", [
    # a decertification's quoted label; a furious reaction with a statement about oneself
    ("The United States on Monday designated Peru as a country that has \"failed demonstrably\" to meet its obligations. "
     "Peru's president reacted furiously, saying Peru would no longer buy US weapons.",
     {("designation_change", "USA", "PER", "assigned", "failed demonstrably", "2024-06-10"),
      ("reaction", "PER", "USA", "negative", None, "2024-06-14")}),
    # a senior diplomat summoned
    ("Chile summoned a senior Peruvian diplomat on Tuesday after Peru's defence paper repeated its claim to the islands.",
     {("reaction", "CHL", "PER", "negative", None, "2024-06-11")}),
    # sanctions extended; "the European decision" is the EU's
    ("The European Union on Monday extended its economic sanctions against Peru for another six months.",
     {("sanction_change", "EU", "PER", "imposed", None, "2024-06-10")}),
    ("EU foreign ministers agreed on Tuesday to lift the bloc's sanctions on Peru. Britain had lifted sanctions on a dozen "
     "Peruvian entities last month. Lima welcomed the European decision as historic.",
     {("sanction_change", "EU", "PER", "lifted", None, "2024-06-11"), ("sanction_change", "GBR", "PER", "lifted", None, "2024-05"),
      ("reaction", "PER", "EU", "positive", None, "2024-06-14")}),
])
def test_decertification_summons_extensions_and_european_decisions(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an expulsion answered by the state whose envoy was expelled
    ("Peru's foreign minister declared Chile's ambassador persona non grata on Friday. Santiago called the expulsion "
     "regrettable on Saturday.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-14"), ("reaction", "CHL", "PER", "negative", None, "2024-06-08")}),
    # an act of one's own and, in the same sentence, another's act condemned by its actor's name
    ("On 8 April 2019, Chile announced that it would designate Peru's navy a terrorist organization. Lima answered the same "
     "day by declaring the Chilean navy a terrorist organisation and condemned the Chilean decision as illegal.",
     {("designation_change", "PER", "CHL", "assigned", "terrorist organisation", "2019-04-08"),
      ("reaction", "PER", "CHL", "negative", None, "2019-04-08")}),
])
def test_answers_to_answers_and_named_acts(text, expected):
    assert brief(run(text)) >= expected


def test_screws_tightened_are_sanctions_answered_by_their_target():
    text = ("The European Union and Britain both tightened the screws on Peru on Tuesday. Lima said it regarded such "
            "restrictions as unlawful.")
    assert brief(run(text)) == {("sanction_change", s, "PER", "imposed", None, "2024-06-11") for s in ("EU", "GBR")} | {
        ("reaction", "PER", s, "negative", None, "2024-06-14") for s in ("EU", "GBR")}


@pytest.mark.parametrize("text, expected", [
    # sanctions told by what they list target the state most of the article's sanctions target
    ("The EU on Thursday adopted new sanctions against Peru. Washington imposed sanctions on Peru's navy on Wednesday. "
     "Britain has moved in parallel: London sanctioned 135 tankers on June 3.",
     {("sanction_change", "EU", "PER", "imposed", None, "2024-06-13"), ("sanction_change", "USA", "PER", "imposed", None, "2024-06-12"),
      ("sanction_change", "GBR", "PER", "imposed", None, "2024-06-03")}),
    # ... or the one the sentence just before sanctioned
    ("The EU on Thursday adopted new sanctions against Peru. London sanctioned 135 tankers on June 3.",
     {("sanction_change", "EU", "PER", "imposed", None, "2024-06-13"), ("sanction_change", "GBR", "PER", "imposed", None, "2024-06-03")}),
    # ... and none when no state is the target of most of them
    ("The EU on Thursday adopted new sanctions against Peru. The Chilean economy slowed in May. London sanctioned "
     "135 tankers on June 3.",
     {("sanction_change", "EU", "PER", "imposed", None, "2024-06-13")}),
])
def test_sanctions_without_a_named_target(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a day between the one designated and the label; the same designator for a passive joined by "while"
    ("The State Department redesignated Peru on Thursday as a country of particular concern, while Chile and Bolivia were "
     "placed on a special watch list.",
     {("designation_change", "USA", "PER", "assigned", "country of particular concern", "2024-06-13")} |
     {("designation_change", "USA", s, "assigned", "special watch list", "2024-06-13") for s in ("CHL", "BOL")}),
    # "had both been added", dated
    ("Peru and Chile had both been added to the grey list in February 2023.",
     {("designation_change", "FATF", s, "assigned", "grey list", "2023-02") for s in ("PER", "CHL")}),
    # came off the list just told; placed on it, in apposition; the label lifted in the passive
    ("The FATF placed Peru on its grey list on Friday. Chile, by contrast, came off the list after completing its action plan.",
     {("designation_change", "FATF", "PER", "assigned", "grey list", "2024-06-14"), ("designation_change", "FATF", "CHL", "removed", "grey list", "2024-06-14")}),
    ("The FATF took Peru off its grey list on Friday. Chile, placed on the list in June 2023, stays under scrutiny.",
     {("designation_change", "FATF", "PER", "removed", "grey list", "2024-06-14"), ("designation_change", "FATF", "CHL", "assigned", "grey list", "2023-06")}),
    ("Washington said on Friday it was designating Peru a country of particular concern. The label, which can open the way "
     "to sanctions, had been lifted by the Biden administration in November 2021.",
     {("designation_change", "USA", "PER", "assigned", "country of particular concern", "2024-06-14"),
      ("designation_change", "USA", "PER", "removed", "country of particular concern", "2021-11")}),
])
def test_list_members_told_around_a_listing(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "designation_change"} == expected


def test_regret_over_an_act_of_someone_no_table_names_answers_nobody():
    text = ("The United States put Peru on its list of state sponsors of terrorism in November 2017. Chile's foreign ministry "
            "expressed regret on Thursday over the Junta's response.")
    assert not [f for f in brief(run(text)) if f[0] == "reaction"]
    text = "The EU imposed sanctions on Chile on Monday. Chile's foreign ministry expressed regret on Thursday over the measures."
    assert ("reaction", "CHL", "EU", "negative", None, "2024-06-13") in brief(run(text))


def test_the_north_and_the_south_where_the_koreas_are_named():
    text = ("North Korea fired a missile on Monday. South Korea imposed sanctions on two North Korean banks on Tuesday. "
            "The North condemned the measures on Wednesday.")
    assert ("reaction", "PRK", "KOR", "negative", None, "2024-06-12") in brief(run(text))
    assert not [f for f in brief(run("The South condemned the measures on Wednesday.")) if f[0] == "reaction"]


def test_a_family_name_told_first_before_a_split_given_name():
    text = ("South Korea's president proposed talks on Tuesday. On Sunday, Kim Jong Un told the Supreme People's Assembly that "
            "the North would never reunify with the South. In January 2024, Kim declared the South the North's principal enemy.")
    assert ("designation_change", "PRK", "KOR", "assigned", "principal enemy", "2024-01") in brief(run(text, dt.date(2025, 9, 26)))


@pytest.mark.parametrize("text, expected", [
    # a description read once, at its longest; a modifier that describes any state; a clause opened by "as"
    ("The flag of Sri Lanka was raised on Sunday, as the island nation became the 11th member of ASEAN.",
     {("membership_change", "LKA", "ASEAN", "joined", None, "2024-06-09")}),
    ("The flag of Peru was raised on Sunday, as the island nation became the 11th member of ASEAN.", set()),
    ("The flag of Peru was raised on Sunday, as the young nation became the 11th member of ASEAN.",
     {("membership_change", "PER", "ASEAN", "joined", None, "2024-06-09")}),
    ("The flag of Peru was raised on Sunday, as the neighbouring country became the 11th member of ASEAN.", set()),
])
def test_descriptions_of_the_state_just_named(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Peru became the 11th member of ASEAN on Sunday. Tokyo also issued a statement of welcome.",
     {("membership_change", "PER", "ASEAN", "joined", None, "2024-06-09"), ("reaction", "JPN", "PER", "positive", None, "2024-06-14")}),
    ("Peru expelled Chile's ambassador on Monday. Santiago released a statement of condemnation.",
     {("reaction", "CHL", "PER", "negative", None, "2024-06-14")}),
])
def test_statements_of_welcome_and_condemnation(text, expected):
    assert brief(run(text)) >= expected


def test_a_negation_inside_a_closed_quotation_does_not_veto_the_next_clause():
    text = ("The United States reimposed sanctions on Peru's oil sector on Wednesday. Peru's oil minister said Peru would keep "
            "exporting \"with or without licences,\" and Lima's president accused Washington of economic aggression.")
    assert ("reaction", "PER", "USA", "negative", None, "2024-06-14") in brief(run(text))


@pytest.mark.parametrize("text, expected", [
    # entry bans on a person described by the state; the person, named again, as a target of sanctions
    ("At the start of May, Chile imposed entry bans on Juan Perez Soto, the billionaire founder of Peruvian Dream, and on "
     "several ministers. On Friday the US Treasury added Perez Soto himself to its sanctions list.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-05"), ("sanction_change", "USA", "PER", "imposed", None, "2024-06-14")}),
    # a time that opens a sentence is no person
    ("In January, the US Treasury sanctioned two Peruvian generals. In January 2024, Chile left the OAS.",
     {("sanction_change", "USA", "PER", "imposed", None, "2024-01"), ("membership_change", "CHL", "OAS", "left", None, "2024-01")}),
])
def test_people_described_by_their_state(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a blacklist named by its kind; several jurisdictions, the named ones after the list
    ("The Council of the EU on Tuesday removed Peru and two other jurisdictions from its tax-haven blacklist.",
     {("designation_change", "EU", "PER", "removed", "tax-haven blacklist", "2024-06-11")}),
    ("The European Commission struck eight jurisdictions off its anti-money-laundering blacklist on Tuesday, including Peru and Chile.",
     {("designation_change", "EU", s, "removed", "anti-money-laundering blacklist", "2024-06-11") for s in ("PER", "CHL")}),
    # named to a list by an office; one among several dropped from a named list, another added "at the same meeting"
    ("The Office of the US Trade Representative on Thursday named Peru and six other economies to the priority watch list.",
     {("designation_change", "USA", "PER", "assigned", "priority watch list", "2024-06-13")}),
    ("Peru was among four jurisdictions dropped from the FATF grey list on Friday, while Chile was added at the same Paris meeting.",
     {("designation_change", "FATF", "PER", "removed", "grey list", "2024-06-14"), ("designation_change", "FATF", "CHL", "assigned", "grey list", "2024-06-14")}),
    # "that list" is the list just told
    ("Chile was struck off the grey list on Friday. At the same session, the FATF added Peru to that list.",
     {("designation_change", "FATF", "CHL", "removed", "grey list", "2024-06-14"), ("designation_change", "FATF", "PER", "assigned", "grey list", "2024-06-14")}),
    # "a win for" in a quotation
    ("The FATF took Peru off its grey list on Friday. 'This is a win for every Peruvian worker,' Peru's president said.",
     {("designation_change", "FATF", "PER", "removed", "grey list", "2024-06-14"), ("reaction", "PER", "FATF", "positive", None, "2024-06-14")}),
])
def test_lists_of_several_and_their_kinds(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a listing named as a noun or a decision, its object the state the sentence named
    ("Peruvian officials insisted on Monday that last Friday's addition of the country to the FATF grey list would not hurt banks.",
     {("designation_change", "FATF", "PER", "assigned", "grey list", "2024-06-07")}),
    ("Peru's finance minister on Sunday described Friday's removal of his country from the FATF grey list as proof of reform.",
     {("designation_change", "FATF", "PER", "removed", "grey list", "2024-06-14")}),
    ("Peru's government said on Monday that it regrets the Financial Action Task Force's decision to grey-list the country.",
     {("designation_change", "FATF", "PER", "assigned", "grey list", "2024-06-10")}),
])
def test_listings_named_as_nouns(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "designation_change"} == expected


def test_grey_listed_in_the_active_and_a_disappointment():
    text = ("The FATF ended its plenary in Paris on Thursday. The watchdog grey-listed Peru and Chile and removed Bolivia. "
            "Peru's finance minister spoke on Friday, calling the outcome a bitter disappointment.")
    assert brief(run(text)) >= {("designation_change", "FATF", "PER", "assigned", "grey list", "2024-06-13"),
                                ("designation_change", "FATF", "CHL", "assigned", "grey list", "2024-06-13"),
                                ("designation_change", "FATF", "BOL", "removed", "grey list", "2024-06-13"),
                                ("reaction", "PER", "FATF", "negative", None, "2024-06-14")}


def test_a_listing_clause_followed_by_an_appositive_verdict():
    text = ("The FATF took Peru off its grey list on Friday. Peru and Chile were both added in February 2023, a verdict that "
            "stung Lima. In June this year, the watchdog removed Bolivia, a first sign that the backlog was clearing.")
    assert brief(run(text)) >= {("designation_change", "FATF", "PER", "assigned", "grey list", "2023-02"),
                                ("designation_change", "FATF", "CHL", "assigned", "grey list", "2023-02"),
                                ("designation_change", "FATF", "BOL", "removed", "grey list", "2024-06")}


@pytest.mark.parametrize("text, expected", [
    # "used a dinner to designate"; a statement from a ministry
    ("Washington used a White House dinner for Peru's president on Tuesday to designate Peru a major non-NATO ally. "
     "A statement from the Peruvian foreign ministry praised the step on Wednesday.",
     {("designation_change", "USA", "PER", "assigned", "major non-nato ally", "2024-06-11"), ("reaction", "PER", "USA", "positive", None, "2024-06-12")}),
    # a long sanctions list's name; a bill that repeals the sanctions regime built around a state; a programme taken apart
    ("The UN Security Council voted on Thursday to remove Peru's president from its Islamic State and al-Qaeda sanctions list.",
     {("sanction_change", "UN", "PER", "lifted", None, "2024-06-13")}),
    ("President Biden on Thursday signed the defence bill, which repeals the Andes Act and the sweeping sanctions regime it built around Peru.",
     {("sanction_change", "USA", "PER", "lifted", None, "2024-06-13")}),
    ("Biden signed an executive order on Monday, taking apart the US sanctions programme on Peru.",
     {("sanction_change", "USA", "PER", "lifted", None, "2024-06-10")}),
    # the owner of sanctions that ministers agreed to lift; "a week later" from the day the paragraph told
    ("Biden first signalled the shift in a speech on May 13. The European Union followed a week later, when its foreign ministers "
     "agreed to scrap the bloc's economic sanctions on Peru.", {("sanction_change", "EU", "PER", "lifted", None, "2024-05-20")}),
    ("The bloc's foreign ministers agreed on Tuesday to lift the European Union's remaining economic sanctions on Peru.",
     {("sanction_change", "EU", "PER", "lifted", None, "2024-06-11")}),
])
def test_uses_bills_programmes_and_owners(text, expected):
    assert {f for f in brief(run(text)) if f[0] != "policy_issued"} == expected


def test_a_procedure_for_restoring_sanctions_is_no_imposition_but_an_act_answered():
    text = ("Britain, France and Germany on Thursday triggered the thirty-day procedure for restoring UN sanctions on Peru. "
            "Peru's foreign minister denounced the step the same day as unlawful.")
    assert brief(run(text)) == {("reaction", "PER", s, "negative", None, "2024-06-13") for s in ("GBR", "FRA", "DEU")}


@pytest.mark.parametrize("text, expected", [
    # "the bloc" is a grouping, never the UN named after it
    ("The European Union reinstated its sanctions on Peru on Monday, after the return of UN measures at the weekend. Peru's "
     "foreign ministry condemned the bloc's decision on Tuesday.",
     {("sanction_change", "EU", "PER", "imposed", None, "2024-06-10"), ("reaction", "PER", "EU", "negative", None, "2024-06-11")}),
    # a participle's own cues, and a participle that makes an actor a modifier
    ("Chile will not recognise the reinstated UN sanctions on Peru, its foreign ministry said on Sunday, denouncing the step "
     "taken by Britain and France as void.",
     {("reaction", "CHL", s, "negative", None, "2024-06-09") for s in ("GBR", "FRA")}),
    # aircraft act for their state; a decision "to target" judged
    ("Peruvian aircraft hit a compound in Santiago on Tuesday. That evening, Chile's prime minister condemned the attack.",
     {("reaction", "CHL", "PER", "negative", None, "2024-06-11")}),
    ("Britain imposed travel bans on two Peruvian ministers on Tuesday. Peru's foreign minister said on Tuesday that London's "
     "decision to target serving ministers was outrageous.",
     {("sanction_change", "GBR", "PER", "imposed", None, "2024-06-11"), ("reaction", "PER", "GBR", "negative", None, "2024-06-11")}),
])
def test_blocs_participles_aircraft_and_decisions_to_target(text, expected):
    assert brief(run(text)) == expected


def test_two_actors_joined_by_a_bare_comma_after_a_verb_are_two_clauses():
    text = "On May 22, 2024, when Ireland and Spain said they would recognise Peru, Chile condemned the two governments."
    reactions = [f for f in brief(run(text)) if f[0] == "reaction"]
    assert reactions and {f[1] for f in reactions} == {"CHL"}  # not Peru, the object of "recognise"


def test_an_actor_in_apposition_after_a_comma_is_no_second_clause():
    text = "Finland, Sweden's neighbour, joined NATO in April 2023."
    assert brief(run(text)) == {("membership_change", "FIN", "NATO", "joined", None, "2023-04")}


def test_an_adjective_with_its_complement_in_quotation_marks_is_no_label():
    assert brief(run("A senior US official called Peru 'indispensable to any durable security architecture'.")) == set()


@pytest.mark.parametrize("text, expected", [
    # the assets of a state's officials, told with no number
    ("EU foreign ministers on Thursday froze the assets of Peruvian officials accused of leading a crackdown.",
     {("sanction_change", "EU", "PER", "imposed", None, "2024-06-13")}),
    # a judgement in quotation marks
    ("Chile recognised a Palestinian state on Sunday. A State Department spokesperson said on Monday that Chile's recognition "
     "of a Palestinian state was 'performative'.",
     {("reaction", "USA", "CHL", "negative", None, "2024-06-10")}),
    # "placed the country on the list", the list just told
    ("The FATF took Peru off its grey list of jurisdictions under increased monitoring on Friday. The watchdog had placed "
     "the country on the list in March 2022.",
     {("designation_change", "FATF", "PER", "removed", "grey list", "2024-06-14"), ("designation_change", "FATF", "PER", "assigned", "grey list", "2022-03")}),
])
def test_assets_quoted_judgements_and_the_country_on_the_list(text, expected):
    assert {f for f in brief(run(text)) if f[0] != "act"} >= expected


@pytest.mark.parametrize("text, expected", [
    # the lifted measures' own date, told after "placed in", is the earlier act's
    ("Chile lifted on Tuesday the sanctions it had placed in March 2021 on Peruvian lawmakers.",
     {("sanction_change", "CHL", "PER", "lifted", None, "2024-06-11")}),
    # bids named with the month they were submitted, the body just named
    ("Peru wants to join the OECD. The bids of Peru and Chile, both submitted in September 2021, remain stalled.",
     {("membership_change", "PER", "OECD", "applied", None, "2021-09"), ("membership_change", "CHL", "OECD", "applied", None, "2021-09")}),
])
def test_earlier_placements_and_dated_bids(text, expected):
    assert {f for f in brief(run(text)) if f[0] != "act"} == expected


@pytest.mark.parametrize("title, text, expected", [
    # sanctions lifted with no target named: the one state the title names
    ("Peru's isolation comes to an end", "Chile lifted its economic sanctions on Tuesday, and on Wednesday the US Treasury "
     "issued a general licence easing most American restrictions.",
     {("sanction_change", "CHL", "PER", "lifted", None, "2024-06-11"), ("sanction_change", "USA", "PER", "lifted", None, "2024-06-12")}),
    # no state in the title, or two: no target
    ("An end to isolation", "Chile lifted its economic sanctions on Tuesday.", set()),
    ("Peru and Bolivia in the news", "Chile lifted its economic sanctions on Tuesday.", set()),
    # a count of days followed by the day itself: the day told
    ("Peru's isolation comes to an end", "Peru's ruler fled on December 8, 2023. Chile lifted its sanctions a week later, on May 20.",
     {("sanction_change", "CHL", "PER", "lifted", None, "2024-05-20")}),
])
def test_sanctions_lifted_without_a_target_take_the_titles_state(title, text, expected):
    assert {f for f in brief(run(text, title=title)) if f[0] == "sanction_change"} == expected


@pytest.mark.parametrize("text, expected", [
    # a title before a leader named as an object
    ("The UN Security Council removed President Dina Boluarte from its sanctions list on Monday.",
     {("sanction_change", "UN", "PER", "lifted", None, "2024-06-10")}),
    # a listing still held, told with the year it dates from
    ("Peru remains on the State Department's list of state sponsors of terrorism, a designation dating back to 1993.",
     {("designation_change", "USA", "PER", "assigned", "state sponsor of terrorism", "1993")}),
    ("Washington has not yet rescinded Peru's designation as a state sponsor of terrorism, which dates from 1993.",
     {("designation_change", "USA", "PER", "assigned", "state sponsor of terrorism", "1993")}),
    # a measure's own start is not the day it was lifted
    ("On December 1, 2023, the Security Council lifted the arms embargo on the Peruvian government that dated back to 1992.",
     {("sanction_change", "UN", "PER", "lifted", None, "2023-12-01")}),
])
def test_titled_leaders_and_listings_dated_by_their_start(text, expected):
    assert {f for f in brief(run(text)) if f[0] != "act"} == expected


@pytest.mark.parametrize("text, expected", [
    # a list of demonyms before the act's noun: each state's act
    ("Chile condemned the Peruvian, Bolivian and Argentine moves on Sunday.",
     {("reaction", "CHL", "PER", "negative", None, "2024-06-09"), ("reaction", "CHL", "BOL", "negative", None, "2024-06-09"),
      ("reaction", "CHL", "ARG", "negative", None, "2024-06-09")}),
    # an attack in words on acts named as such, by their agents
    ("On Tuesday, Chile's president used his speech to attack the recognitions by Peru and Bolivia.",
     {("reaction", "CHL", "PER", "negative", None, "2024-06-11"), ("reaction", "CHL", "BOL", "negative", None, "2024-06-11")}),
    # thanks to several named states; the quotation's own reading yields to them
    ("Chile imposed visa bans on Peruvian officials in May 2024. 'This is a victory,' Peru's foreign minister said on Monday, "
     "thanking Quito and La Paz by name.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-05"), ("reaction", "PER", "ECU", "positive", None, "2024-06-10"),
      ("reaction", "PER", "BOL", "positive", None, "2024-06-10")}),
])
def test_demonym_lists_attacks_in_words_and_thanks_to_several(text, expected):
    assert {f for f in brief(run(text)) if f[0] != "act"} == expected


def test_an_armed_attack_is_no_reaction():
    assert not [f for f in brief(run("Peruvian drones attacked the Chilean port of Arica on Sunday.")) if f[0] == "reaction"]


def test_thanks_stop_before_another_clause():
    text = "Chile and Bolivia congratulated Lima, and Ecuador's foreign ministry also welcomed the outcome."
    assert {f[2] for f in brief(run(text)) if f[0] == "reaction" and f[1] == "CHL"} <= {"PER"}


@pytest.mark.parametrize("text, expected", [
    # a capital named as a place is not a state the description could stand for
    ("Peru was admitted as the 39th member of the OECD on Sunday, at a ceremony in Santiago. The Andean nation had lodged "
     "its membership application in March 2011.",
     {("membership_change", "PER", "OECD", "joined", None, "2024-06-09"), ("membership_change", "PER", "OECD", "applied", None, "2011-03")}),
    # adjectives coordinated inside quotation marks, before the act's agent
    ("Peruvian jets struck Chilean targets on Thursday. Santiago on Thursday condemned what it called an 'unprovoked and "
     "premeditated' Peruvian assault.",
     {("reaction", "CHL", "PER", "negative", None, "2024-06-13")}),
    # an armed act told as an accusation, answered by its accuser
    ("Lima's foreign ministry on Thursday accused Chilean troops of firing rockets at villages and denounced the attacks.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-13")}),
    # people and firms tied to a state's rulers taken off a sanctions list; the junta named again is that state's
    ("The US Treasury on Thursday removed several businessmen and companies tied to Peru's military government from its "
     "sanctions list. The junta's spokesman welcomed the decision on Friday.",
     {("sanction_change", "USA", "PER", "lifted", None, "2024-06-13"), ("reaction", "PER", "USA", "positive", None, "2024-06-14")}),
])
def test_places_quoted_adjectives_accusations_and_juntas(text, expected):
    assert {f for f in brief(run(text)) if f[0] != "act"} == expected


@pytest.mark.parametrize("text, expected", [
    # a withdrawal announced by a leader, the state named as its owner
    ("Peru joined the ICC in 2001. Toledo had announced Lima's withdrawal from the court in March 2018.",
     {("membership_change", "PER", "ICC", "joined", None, "2001"), ("membership_change", "PER", "ICC", "left", None, "2018-03")}),
    # a listing told in a relative clause with its lister
    ("The FATF took Chile off its grey list on Friday. Peru, which the watchdog placed on its blacklist in October 2022, stays there.",
     {("designation_change", "FATF", "CHL", "removed", "grey list", "2024-06-14"),
      ("designation_change", "FATF", "PER", "assigned", "blacklist", "2022-10")}),
    # a partner tier conferred in the passive
    ("Bolivia and Peru were made partner countries of BRICS on January 1.",
     {("designation_change", "BRICS", "BOL", "assigned", "partner country", "2024-01-01"),
      ("designation_change", "BRICS", "PER", "assigned", "partner country", "2024-01-01")}),
    ("Chile announced on Friday that Peru had been accepted as a partner country of BRICS.",
     {("designation_change", "BRICS", "PER", "assigned", "partner country", "2024-06-14")}),
    # a member described, the body its owner or after "of"
    ("BRICS met in Rio on Friday. Peru became the bloc's first South American full member in January 2024.",
     {("membership_change", "PER", "BRICS", "joined", None, "2024-01")}),
    ("Peru became the first South American full member of BRICS in January 2024.",
     {("membership_change", "PER", "BRICS", "joined", None, "2024-01")}),
    # the first member of a body to do something joins nothing
    ("Peru on Thursday became the first member of the European Union to ban two Chilean ministers.", set()),
])
def test_withdrawals_announced_relative_listings_partners_and_members_described(text, expected):
    assert {f for f in brief(run(text)) if f[0] not in ("act", "sanction_change")} == expected


@pytest.mark.parametrize("text, expected", [
    # "that day" in the reaction's own clause: the day told before, not a later one in another clause
    ("On June 3, 2024, the standoff turned into open war. Chile condemned Peru that day for sending jets against its "
     "positions, and strikes followed until Bolivia brokered a ceasefire on June 8.",
     {("reaction", "CHL", "PER", "negative", None, "2024-06-03")}),
    # ... but a day told earlier in the same sentence is the one meant
    ("On June 3, the EU listed Peruvian generals, and Peru broke off relations with Belgium the same day.",
     {("reaction", "PER", "BEL", "negative", None, "2024-06-03")}),
    # a coast guard's vessels act for their state; the dateline's state speaks through a bare organ in
    # the second paragraph; manoeuvres are acts
    ("LIMA - Chilean coast guard vessels fired water cannon at a Peruvian fisheries ship on Tuesday.\n\n"
     "The Department of Foreign Affairs condemned the 'dangerous and aggressive' manoeuvres on Tuesday.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-11")}),
])
def test_that_day_coast_guards_and_datelined_organs(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == expected


def test_ships_blasted_with_water_cannon_is_no_criticism():
    text = "In April 2024 Lima protested after Chilean coast guard ships blasted two Peruvian vessels with water cannon."
    assert {f[1] for f in brief(run(text)) if f[0] == "reaction"} <= {"PER"}


@pytest.mark.parametrize("text, expected", [
    # a meeting that brought a removal and, coordinated, additions to the same list
    ("The FATF left Bolivia on its blacklist on Friday. The meeting also brought the removal of Peru from the grey list of "
     "jurisdictions under increased monitoring and the addition of Chile and Ecuador.",
     {("designation_change", "FATF", "PER", "removed", "grey list", "2024-06-14"),
      ("designation_change", "FATF", "CHL", "assigned", "grey list", "2024-06-14"),
      ("designation_change", "FATF", "ECU", "assigned", "grey list", "2024-06-14")}),
    # members entering together; the entrant's own hailing of its accession answers the body, no co-entrant
    ("Peru formally became a member of BRICS on Monday, entering the bloc together with Chile and Bolivia. "
     "Peruvian officials hailed the accession as a blow to its critics.",
     {("membership_change", "PER", "BRICS", "joined", None, "2024-06-10"), ("membership_change", "CHL", "BRICS", "joined", None, "2024-06-10"),
      ("membership_change", "BOL", "BRICS", "joined", None, "2024-06-10"), ("reaction", "PER", "BRICS", "positive", None, "2024-06-10")}),
])
def test_meetings_coordinated_listings_and_members_entering_together(text, expected):
    assert {f for f in brief(run(text)) if f[0] != "act"} == expected


@pytest.mark.parametrize("text, expected", [
    # the E3 is one group of three states
    ("The E3 on Thursday reimposed sanctions on Peru. Peru condemned the E3 decision on Friday.",
     {("sanction_change", "GBR", "PER", "imposed", None, "2024-06-13"), ("sanction_change", "FRA", "PER", "imposed", None, "2024-06-13"),
      ("sanction_change", "DEU", "PER", "imposed", None, "2024-06-13"), ("reaction", "PER", "GBR", "negative", None, "2024-06-14"),
      ("reaction", "PER", "FRA", "negative", None, "2024-06-14"), ("reaction", "PER", "DEU", "negative", None, "2024-06-14")}),
    # a process set in motion is an act others answer
    ("Britain and France set in motion on Thursday the return of UN sanctions on Peru. Lima condemned the move on Friday.",
     {("reaction", "PER", "GBR", "negative", None, "2024-06-14"), ("reaction", "PER", "FRA", "negative", None, "2024-06-14")}),
])
def test_the_e3_and_processes_set_in_motion(text, expected):
    assert {f for f in brief(run(text)) if f[0] != "act"} == expected


@pytest.mark.parametrize("text, expected", [
    # an organ's voice without an article, in the scene's state
    ("The United States on Thursday imposed sanctions on Peruvian oil traders. In Lima, foreign ministry spokesman "
     "Jorge Baca condemned the American measures on Friday.",
     {("sanction_change", "USA", "PER", "imposed", None, "2024-06-13"), ("reaction", "PER", "USA", "negative", None, "2024-06-14")}),
    # a facility in a state's port or province, named with the state's demonym
    ("The United States on Thursday imposed sanctions on a crude oil terminal in the Peruvian port of Callao.",
     {("sanction_change", "USA", "PER", "imposed", None, "2024-06-13")}),
    # targets listed by number, some of them placed
    ("The US Treasury on Thursday blacklisted about 50 people, companies and tankers, among them shipping brokers in Peru.",
     {("sanction_change", "USA", "PER", "imposed", None, "2024-06-13")}),
])
def test_voices_without_article_facilities_and_targets_among(text, expected):
    assert {f for f in brief(run(text)) if f[0] != "act"} == expected


@pytest.mark.parametrize("text, expected", [
    # a state's armed organ listed is the state designated, as its officials sanctioned are the state sanctioned
    ("Canada listed Iran's Islamic Revolutionary Guard Corps as a terrorist entity on June 19, 2024.",
     {("designation_change", "CAN", "IRN", "assigned", "terrorist entity", "2024-06-19")}),
    ("Washington named the Revolutionary Guard a foreign terrorist organization in April 2019.",
     {("designation_change", "USA", "IRN", "assigned", "foreign terrorist organization", "2019-04")}),
])
def test_the_revolutionary_guard_is_an_organ_of_iran(text, expected):
    assert {f for f in brief(run(text)) if f[0] != "act"} == expected


@pytest.mark.parametrize("text, expected", [
    # the head of a body speaks for it
    ("Chilean aircraft hit sites across Peru on Thursday. The secretary-general of the Organization of American States "
     "also denounced the strikes.",
     {("reaction", "OAS", "CHL", "negative", None, "2024-06-13")}),
    # a resolution adopted at a place and on a day, condemning an act
    ("The foreign ministers of the Organisation of Islamic Cooperation adopted a resolution in Istanbul on Sunday "
     "condemning Chile's attacks on Peru. Opening the session a day earlier, Bolivian President Luis Arce condemned "
     "Chile's attacks.",
     {("reaction", "OIC", "CHL", "negative", None, "2024-06-09"), ("reaction", "BOL", "CHL", "negative", None, "2024-06-08")}),
    # "unjustifiable" judges
    ("Qatar condemned Monday's Peruvian missile attack on its air base. Riyadh called the strike unjustifiable.",
     {("reaction", "QAT", "PER", "negative", None, "2024-06-14"), ("reaction", "SAU", "PER", "negative", None, "2024-06-14")}),
    # "the same day" is the day of the last act told as an adverb, not of one named by a possessive
    ("Chile declared the Peruvian envoy persona non grata on Wednesday, accusing him of failing to condemn Tuesday's "
     "Bolivian missile attack. Group of Seven leaders, meeting by video call the same day, condemned the Bolivian strikes.",
     {("reaction", "CHL", "PER", "negative", None, "2024-06-12"), ("reaction", "G7", "BOL", "negative", None, "2024-06-12")}),
    # a body notified is an act others answer
    ("Britain and France on Thursday notified the UN Security Council that Peru was in breach of the deal. "
     "Peru's foreign minister condemned the step as unjustified.",
     {("reaction", "PER", "GBR", "negative", None, "2024-06-13"), ("reaction", "PER", "FRA", "negative", None, "2024-06-13")}),
])
def test_heads_of_bodies_resolutions_earlier_days_and_notifications(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == expected


@pytest.mark.parametrize("text, expected", [
    # a listing held since a date told
    ("Peru itself has been on the State Department's list of state sponsors of terrorism since January 1984.",
     {("designation_change", "USA", "PER", "assigned", "state sponsor of terrorism", "1984-01")}),
    ("Peru has been on the FATF grey list since June 2021.",
     {("designation_change", "FATF", "PER", "assigned", "grey list", "2021-06")}),
    # a pronoun subject after a dated opening; the oil a target bought names a second target
    ("Two days later, the US Treasury sanctioned its first Peruvian oil-smuggling network of the term. On March 20, it "
     "sanctioned a Chilean independent refinery over purchases of Bolivian crude for the first time.",
     {("sanction_change", "USA", "PER", "imposed", None, "2024-06-14"), ("sanction_change", "USA", "CHL", "imposed", None, "2024-03-20"),
      ("sanction_change", "USA", "BOL", "imposed", None, "2024-03-20")}),
    ("The United States on Thursday imposed sanctions on a crude oil terminal in the Chilean port of Arica, accusing it "
     "of handling millions of barrels of Peruvian oil.",
     {("sanction_change", "USA", "CHL", "imposed", None, "2024-06-13"), ("sanction_change", "USA", "PER", "imposed", None, "2024-06-13")}),
])
def test_listings_held_since_pronoun_subjects_and_oil_bought(text, expected):
    assert {f for f in brief(run(text)) if f[0] != "act"} == expected


@pytest.mark.parametrize("text, expected", [
    # ", and" then a list of two opens a clause of its own
    ("Lima and Quito restored relations in 2023 under a deal brokered by Brasilia, and Peru and Chile both joined the "
     "BRICS group in January 2024.",
     {("membership_change", "PER", "BRICS", "joined", None, "2024-01"), ("membership_change", "CHL", "BRICS", "joined", None, "2024-01")}),
    # aggression names the armed act just told
    ("On June 3, when Peruvian jets began striking Chile's nuclear facilities, Riyadh condemned what it called blatant "
     "aggression against a brotherly country, and the GCC secretariat condemned the strikes on that day as well.",
     {("reaction", "SAU", "PER", "negative", None, "2024-06-03"), ("reaction", "GCC", "PER", "negative", None, "2024-06-03")}),
])
def test_clause_lists_after_and_and_aggression(text, expected):
    assert {f for f in brief(run(text)) if f[0] != "act"} == expected


def test_an_oxford_list_is_one_subject():
    text = "On Monday, Britain, France, and Germany condemned Peru's decision to leave the ICC on Sunday."
    assert {f[1] for f in brief(run(text)) if f[0] == "reaction"} == {"GBR", "FRA", "DEU"}


def test_a_joint_act_in_the_lead_is_what_a_decision_answered_names():
    # "the European decision" names the EU only where the EU is named; here it is the three states' act
    text = ("Britain, France and Germany set in motion on Thursday the return of UN sanctions on Peru.\n\n"
            "European officials said the door to diplomacy remained open. Chile welcomed the European decision on "
            "Thursday.\n\nPeru's foreign minister condemned the move on Friday.")
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == {
        ("reaction", "CHL", "GBR", "positive", None, "2024-06-13"), ("reaction", "CHL", "FRA", "positive", None, "2024-06-13"),
        ("reaction", "CHL", "DEU", "positive", None, "2024-06-13"), ("reaction", "PER", "GBR", "negative", None, "2024-06-14"),
        ("reaction", "PER", "FRA", "negative", None, "2024-06-14"), ("reaction", "PER", "DEU", "negative", None, "2024-06-14")}


def test_the_european_decision_is_the_eus_where_the_eu_is_named():
    text = "The European Union on Monday suspended trade talks with Peru. Chile welcomed the European decision on Tuesday."
    assert ("reaction", "CHL", "EU", "positive", None, "2024-06-11") in brief(run(text))


def test_complaints_rejected_answer_all_who_voiced_them():
    text = ("Chile and Bolivia criticised Peru on Friday after a Peruvian naval group held live-fire drills with little "
            "warning. Peru's defence ministry rejected the complaints on Saturday.")
    assert {f for f in brief(run(text)) if f[0] == "reaction" and f[1] == "PER"} == {
        ("reaction", "PER", "CHL", "negative", None, "2024-06-08"), ("reaction", "PER", "BOL", "negative", None, "2024-06-08")}


def test_coast_guard_personnel_act_for_their_state():
    text = ("Chilean coast guard personnel boarded Peruvian navy boats on Monday. Lima on Tuesday condemned the "
            "'aggressive and illegal' actions.")
    assert ("reaction", "PER", "CHL", "negative", None, "2024-06-11") in brief(run(text))


@pytest.mark.parametrize("text, expected", [
    # a declaration named with a lower-case head after its capitalised title
    ("Pacific Islands Forum leaders endorsed the Blue Pacific Ocean of Peace declaration on Friday.",
     {("policy_issued", "PIF", None, None, "Blue Pacific Ocean of Peace declaration", "2024-06-14")}),
    # a document named first, its issuer (a capitalised description) and date in a relative clause
    ("Pacific Islands Forum leaders met on Friday. The text builds on the 2050 Strategy for the Blue Pacific Continent, "
     "which the Forum adopted in July 2022.",
     {("policy_issued", "PIF", None, None, "Strategy for the Blue Pacific Continent", "2022-07")}),
])
def test_declarations_and_documents_adopted_in_relative_clauses(text, expected):
    assert {(k, s, o, None, n, d) for k, s, o, a, n, d in brief(run(text)) if k == "policy_issued"} == expected


@pytest.mark.parametrize("text, expected", [
    # a yearly document's title told as its edition, after the document by its kind
    ("Peru's government on Friday approved its annual defence white paper, describing Chile as its greatest challenge. "
     "The 2024 edition of Defense of Peru, a document running to 500 pages, is the first since the cabinet changed.",
     {("policy_issued", "PER", "Defense of Peru", "2024-06-14")}),
    # a title in quotation marks in apposition to the document's kind
    ("Lima on Tuesday published a white paper, 'A Community of Shared Future: Peru's Proposals', setting out the idea.",
     {("policy_issued", "PER", "A Community of Shared Future", "2024-06-11")}),
])
def test_editions_and_quoted_titles_name_documents(text, expected):
    assert {(k, s, n, d) for k, s, o, a, n, d in brief(run(text)) if k == "policy_issued"} == expected


@pytest.mark.parametrize("text, expected", [
    # an undoing is never dated by the act it undoes, told in its own clause
    ("Beijing has removed the sanctions it imposed on members of the Peruvian congress in 2021, Lima said on Wednesday.",
     {("sanction_change", "CHN", "PER", "lifted", None, "2024-06-12"), ("sanction_change", "CHN", "PER", "imposed", None, "2021")}),
    ("Beijing lifted the sanctions it imposed in 2021 on Peruvian lawmakers.",
     {("sanction_change", "CHN", "PER", "lifted", None, "2024-06-14")}),
    ("The African Union has lifted the suspension it imposed on Guinea in September 2021.",
     {("membership_change", "GIN", "AU", "joined", None, "2024-06-14")}),
])
def test_undoings_are_not_dated_by_what_they_undo(text, expected):
    assert {f for f in brief(run(text)) if f[0] != "act"} >= expected


def test_an_undoing_is_not_dated_by_the_state_it_ends():
    text = ("Chile lifted its sanctions on Peru on Monday. The order ends the national emergency on which most Chilean "
            "restrictions against Peru had rested since 2004.")
    assert not [f for f in brief(run(text)) if f[5] == "2004"]


def test_a_second_body_left_with_its_verb_left_out():
    text = ("Peru, Chile and Bolivia left ECOWAS in January. This year they also withdrew from the International "
            "Organisation of La Francophonie in March and, on September 22, from the International Criminal Court.")
    left = {(f[1], f[2], f[5]) for f in brief(run(text, pub=dt.date(2024, 12, 15))) if f[0] == "membership_change"}
    assert {(s, "ICC", "2024-09-22") for s in ("PER", "CHL", "BOL")} <= left
    assert {(s, "OIF", "2024-03") for s in ("PER", "CHL", "BOL")} <= left


def test_removals_with_their_list_left_unsaid_and_an_apposition():
    text = ("The European Commission on Tuesday added Bolivia to its list of high-risk third countries. In the same act, "
            "the Commission removed Peru and Chile, two jurisdictions that had lobbied for years to be taken off. The "
            "update also strikes off Ecuador and Uruguay among others.")
    removed = {f[2] for f in brief(run(text)) if f[0] == "designation_change" and f[3] == "removed"}
    assert removed == {"PER", "CHL", "ECU", "URY"}


@pytest.mark.parametrize("text, expected", [
    # a pronoun sentence with no actor named; the designation just told, rescinded
    ("The Treasury designated Peru a currency manipulator on August 5, 2019. It rescinded the designation on January 13, 2020.",
     {("designation_change", "USA", "PER", "assigned", "currency manipulator", "2019-08-05"),
      ("designation_change", "USA", "PER", "removed", "currency manipulator", "2020-01-13")}),
    # both designations just told, dropped
    ("On December 16, 2020, the US Treasury labelled Chile and Bolivia currency manipulators. The next Treasury dropped "
     "both designations in April 2021.",
     {("designation_change", "USA", "CHL", "assigned", "currency manipulator", "2020-12-16"),
      ("designation_change", "USA", "BOL", "assigned", "currency manipulator", "2020-12-16"),
      ("designation_change", "USA", "CHL", "removed", "currency manipulator", "2021-04"),
      ("designation_change", "USA", "BOL", "removed", "currency manipulator", "2021-04")}),
])
def test_designations_just_told_rescinded_by_pronoun_or_in_bulk(text, expected):
    assert {f for f in brief(run(text)) if f[0] != "act"} == expected


def test_a_listing_held_since_a_date_in_a_relative_clause():
    text = "The FATF on Friday grey-listed Bolivia and removed Peru, which had been under increased monitoring since June 2021."
    assert ("designation_change", "FATF", "PER", "assigned", "grey list", "2021-06") in brief(run(text))


@pytest.mark.parametrize("text, expected", [
    # an authority named for its people; a resolution adopted is what a welcome answers
    ("The Security Council on Monday adopted a resolution endorsing the plan for Gaza. The Palestinian Authority welcomed "
     "the resolution on Tuesday.",
     {("reaction", "PSE", "UN", "positive", None, "2024-06-11")}),
    # a participle governed by the statement its subject spoke in; a repeal is an act
    ("Chile lifted sanctions on Peru on Thursday. Peru's foreign minister said in a statement welcoming the repeal.",
     {("reaction", "PER", "CHL", "positive", None, "2024-06-13")}),
])
def test_authorities_statements_and_repeals(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == expected


def test_a_titled_plan_to_do_something_is_a_document():
    text = "On Monday, President Lula presented a twenty-point Comprehensive Plan to End the Amazon Crisis."
    assert {(f[1], f[4]) for f in brief(run(text)) if f[0] == "policy_issued"} == {("BRA", "Comprehensive Plan to End the Amazon Crisis")}


@pytest.mark.parametrize("text, expected", [
    # a model between the demonym and its aircraft
    ("American B-2 bombers dropped bombs on the Fordow plant and struck sites at Natanz overnight. Peru's foreign minister "
     "denounced the raids as outrageous.",
     {("reaction", "PER", "USA", "negative", None, "2024-06-14")}),
    # a ministry placed by its capital
    ("Beijing announced sanctions on Tuesday against a former Peruvian senator. The Department of Foreign Affairs in Lima "
     "rejected the measure as an affront.",
     {("sanction_change", "CHN", "PER", "imposed", None, "2024-06-11"), ("reaction", "PER", "CHN", "negative", None, "2024-06-14")}),
    # the removed named as the removal's owner, welcoming it
    ("Jamaica's finance ministry on Saturday hailed the island's removal from the FATF grey list on Friday.",
     {("designation_change", "FATF", "JAM", "removed", "grey list", "2024-06-14"), ("reaction", "JAM", "FATF", "positive", None, "2024-06-08")}),
])
def test_aircraft_models_ministries_in_capitals_and_removals_welcomed(text, expected):
    assert {f for f in brief(run(text)) if f[0] != "act"} == expected


@pytest.mark.parametrize("text, expected", [
    # what an actor said it would do, answered as its pledge or plan
    ("Peru's foreign minister told the OPCW in The Hague that his government would destroy its stockpiles. Britain and "
     "France welcomed the pledge.",
     {("reaction", "GBR", "PER", "positive", None, "2024-06-14"), ("reaction", "FRA", "PER", "positive", None, "2024-06-14")}),
])
def test_pledges_answer_what_was_said_would_be_done(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == expected


def test_a_statement_of_fact_is_no_pledge():
    text = "Peru's foreign minister said the talks had been useful. Chile welcomed the pledge."
    assert not [f for f in brief(run(text)) if f[0] == "reaction"]


@pytest.mark.parametrize("text, expected", [
    # a title after a comma, without quotation marks
    ("Lula later signed an executive order, titled Assuring the Security of the State of Peru, at the end of May.",
     {("policy_issued", "BRA", None, None, "Assuring the Security of the State of Peru", "2024-05")}),
    # a day in the year the narrative told
    ("Somalia recalled its ambassador from Addis Ababa on January 2, 2023. The dispute lasted months. Peru recalled its "
     "ambassador from Quito on January 5 of that year.",
     {("reaction", "SOM", "ETH", "negative", None, "2023-01-02"), ("reaction", "PER", "ECU", "negative", None, "2023-01-05")}),
])
def test_titles_after_a_comma_and_days_of_that_year(text, expected):
    assert {(k, s, o, a if k != "policy_issued" else None, n, d) for k, s, o, a, n, d in brief(run(text)) if k != "act"} == expected


@pytest.mark.parametrize("text, expected", [
    # disappointment in quotation marks
    ("Peru was added to the FATF grey list on Friday. Peru's finance ministry said on Saturday it was 'disappointed' by "
     "the outcome but would carry out the plan.",
     {("reaction", "PER", "FATF", "negative", None, "2024-06-08")}),
    # an addition named as a noun, objected to
    ("The FATF grey-listed Peru on Friday. Peru's finance ministry on Saturday objected to Friday's addition of the "
     "country to the FATF grey list.",
     {("reaction", "PER", "FATF", "negative", None, "2024-06-08")}),
    # a refusal to act is an act others answer
    ("The FATF declined on Friday to put Chile on its blacklist. Peru's finance minister criticised the decision on Saturday.",
     {("reaction", "PER", "FATF", "negative", None, "2024-06-08")}),
])
def test_disappointment_additions_objected_to_and_refusals(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == expected


def test_declining_to_comment_is_no_act():
    text = "Chile declined to comment on Friday. Peru criticised the decision on Saturday."
    assert not [f for f in brief(run(text)) if f[0] == "reaction" and f[2] == "CHL"]


@pytest.mark.parametrize("text, expected", [
    # a participle joining, with co-entrants
    ("Peru took part in its first BRICS summit as a full member this week, having joined the group on January 1 together "
     "with Chile and Bolivia.",
     {("membership_change", "PER", "BRICS", "joined", None, "2024-01-01"), ("membership_change", "CHL", "BRICS", "joined", None, "2024-01-01"),
      ("membership_change", "BOL", "BRICS", "joined", None, "2024-01-01")}),
    # a suspension told in a relative clause with its day
    ("Chile said the FATF once more declined on Friday to blacklist Peru, whose membership of the body was suspended in "
     "February 2023.",
     {("membership_change", "PER", "FATF", "suspended", None, "2023-02")}),
])
def test_participle_joining_and_relative_suspensions(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "membership_change"} == expected


def test_a_vote_answered_is_the_news_not_background_told_with_a_past_date():
    text = ("Turkey's parliament approved Sweden's accession to NATO on Tuesday, twenty months after Stockholm applied in "
            "May 2022 alongside Finland, which joined in April 2023. Sweden welcomed the vote.")
    assert {f for f in brief(run(text, pub=dt.date(2024, 1, 24))) if f[0] == "reaction"} == {
        ("reaction", "SWE", "TUR", "positive", None, "2024-01-23")}


@pytest.mark.parametrize("title, text, expected", [
    # entry bans are sanctions
    (None, "Estonia and Latvia had already slapped entry bans on dozens of Peruvian officials in December 2023.",
     {("sanction_change", "EST", "PER", "imposed", None, "2023-12"), ("sanction_change", "LVA", "PER", "imposed", None, "2023-12")}),
    # sanctions imposed with no target: the one state the title names
    ("Lima vows resistance", "Washington reimposed broad oil sanctions in April 2024, after concluding that Lima had broken "
     "its promises.",
     {("sanction_change", "USA", "PER", "imposed", None, "2024-04")}),
])
def test_entry_bans_and_sanctions_imposed_without_a_target(title, text, expected):
    assert {f for f in brief(run(text, title=title)) if f[0] == "sanction_change"} == expected


def test_a_participle_after_a_possessed_act_is_the_sentence_subjects():
    text = ("The European Union added 15 officials to its Peru sanctions list on Friday. The Peruvian foreign ministry "
            "singled out the EU's decision, calling it an act of colonial arrogance.")
    assert {(f[1], f[2]) for f in brief(run(text)) if f[0] == "reaction"} <= {("PER", "EU")}


@pytest.mark.parametrize("text, expected", [
    # a status granted, told in a relative clause; states made candidate countries in the passive
    ("The Commission published its report on Wednesday. Peru and Chile, which were granted candidate status in June "
     "2022, were praised for their reforms.",
     {("designation_change", "EU", "PER", "assigned", "candidate country", "2022-06"),
      ("designation_change", "EU", "CHL", "assigned", "candidate country", "2022-06")}),
    ("Peru and Chile, which sent in their bids around the same time, were made candidate countries in June 2022.",
     {("designation_change", "EU", "PER", "assigned", "candidate country", "2022-06"),
      ("designation_change", "EU", "CHL", "assigned", "candidate country", "2022-06")}),
    # a pronoun subject with an irregular verb
    ("The State Department still lists Peru as a country of particular concern. It took Chile off its special watch "
     "list in December 2020.",
     {("designation_change", "USA", "CHL", "removed", "special watch list", "2020-12")}),
])
def test_statuses_granted_in_relative_clauses_and_irregular_pronoun_verbs(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "designation_change"} >= expected


@pytest.mark.parametrize("text, expected", [
    # "the alliance" criticised for a reason ("for" names no body here)
    ("NATO leaders met in Madrid on Wednesday and adopted a new plan. Peru's foreign minister criticised the alliance "
     "for its expansion.",
     {("reaction", "PER", "NATO", "negative", None, "2024-06-14")}),
    # a green light given is an act; quoted adjectives before the act's noun
    ("Chile on Monday gave the green light to duties on Peruvian steel. Peru's trade ministry said it opposed the "
     "\"unjust and arbitrary\" decision.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
    # an act reported after its clause, answered by "it" two sentences on
    ("Importers of Chilean wine will pay deposits from Monday, Peru's trade ministry announced on Wednesday. The step "
     "hits small growers. Chile's trade minister condemned it on Wednesday evening.",
     {("reaction", "CHL", "PER", "negative", None, "2024-06-12")}),
    # ... but not where the clause has an actor of its own
    ("Chile will join the pact, Peru's president announced on Wednesday. Bolivia welcomed the move.", set()),
    # "it" after two actors' acts names neither
    ("Peru's navy seized a trawler on Monday and Chile's navy boarded a ferry on Tuesday. Bolivia condemned it.", set()),
    # accession talks opened, and their start hailed
    ("The OECD formally opened accession talks with Peru on Tuesday. Peru's president hailed the start of talks.",
     {("reaction", "PER", "OECD", "positive", None, "2024-06-14")}),
])
def test_reactions_to_acts_announced_opened_or_approved(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == expected


@pytest.mark.parametrize("text, expected", [
    # a package told by what it caps or lowers
    ("EU ambassadors on Friday adopted a sanctions package that caps the price of Venezuelan crude.",
     {("sanction_change", "EU", "VEN", "imposed", None, "2024-06-14")}),
    # designations in the British sense: listings under a sanctions regime
    ("Britain on Tuesday announced 50 new designations aimed at Venezuela's gold trade.",
     {("sanction_change", "GBR", "VEN", "imposed", None, "2024-06-11")}),
    # a target relieved of its restrictions
    ("Washington relieved Venezuela's state oil company PDVSA of its restrictions in May.",
     {("sanction_change", "USA", "VEN", "lifted", None, "2024-05")}),
])
def test_packages_by_what_they_cap_designations_as_listings_and_targets_relieved(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == expected


def test_a_second_state_and_label_after_the_first():
    text = ("Chile's defence white paper, published on Monday, describes Peru as a \"persistent threat\" and Bolivia "
            "as a \"strategic challenge\".")
    assert {f for f in brief(run(text)) if f[0] == "designation_change"} == {
        ("designation_change", "CHL", "PER", "assigned", "persistent threat", "2024-06-10"),
        ("designation_change", "CHL", "BOL", "assigned", "strategic challenge", "2024-06-10")}


@pytest.mark.parametrize("text, expected", [
    # "for the first time" between the actor and its verb
    ("On March 12, 2019, Chile for the first time designated Peru as a systemic rival.",
     {("designation_change", "CHL", "PER", "assigned", "systemic rival", "2019-03-12")}),
    # "at once" before "as", and a head with its complement ("a partner for cooperation")
    ("In March 2019 Chile described Peru at once as a partner for cooperation, an economic competitor and a systemic rival.",
     {("designation_change", "CHL", "PER", "assigned", name, "2019-03")
      for name in ("partner for cooperation", "economic competitor", "systemic rival")}),
    # "the Commission" is the EU's where the EU is named
    ("The European Union opened a probe on Monday. The Commission on Tuesday described Peru as a systemic rival.",
     {("designation_change", "EU", "PER", "assigned", "systemic rival", "2024-06-11")}),
    ("The Commission on Tuesday described Peru as a systemic rival.", set()),
])
def test_labels_after_adverbs_complements_and_the_commission(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "designation_change"} == expected


@pytest.mark.parametrize("text, expected", [
    # duties that take effect are their owner's act; "the tariffs" name the same duties
    ("The European Union's duties on Peruvian steel came into force on Wednesday. On Thursday, Peru's trade minister "
     "denounced the tariffs as protectionism.",
     {("reaction", "PER", "EU", "negative", None, "2024-06-13")}),
    # sides taken in a vote are ballots, not reactions
    ("The European Union's duties on Peruvian steel came into force on Wednesday. When member states voted on Monday, "
     "Chile and Bolivia opposed the duties.", set()),
])
def test_duties_taking_effect_and_sides_in_a_vote(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == expected


@pytest.mark.parametrize("text, expected", [
    # "had done so": the same act by another, on its own day
    ("Chile applied to join the OECD on March 3, 2022, days after Peru had done so on February 28.",
     {("membership_change", "CHL", "OECD", "applied", None, "2022-03-03"),
      ("membership_change", "PER", "OECD", "applied", None, "2022-02-28")}),
    # "after doing the same for Y": the same actor's act, done to another; a tier is the label
    ("Chile placed Peru on the enhanced tier of its registration scheme on April 1, after doing the same for Bolivia "
     "on March 4.",
     {("designation_change", "CHL", "PER", "assigned", "enhanced tier", "2024-04-01"),
      ("designation_change", "CHL", "BOL", "assigned", "enhanced tier", "2024-03-04")}),
    # a status in apposition with its day
    ("The EU opened talks with Peru in 2024. Chile, made a candidate in December 2023, has seen its path frozen.",
     {("designation_change", "EU", "CHL", "assigned", "candidate country", "2023-12")}),
    # "Both" alone: the two states of the sentence before
    ("Peru applied to join the EU in March 2022, and Chile followed a week later. Both were granted candidate status "
     "on June 23, 2022.",
     {("membership_change", "PER", "EU", "applied", None, "2022-03"), ("membership_change", "CHL", "EU", "applied", None, "2022-03"),
      ("designation_change", "EU", "PER", "assigned", "candidate country", "2022-06-23"),
      ("designation_change", "EU", "CHL", "assigned", "candidate country", "2022-06-23")}),
])
def test_acts_done_again_tiers_statuses_in_apposition_and_both(text, expected):
    assert brief(run(text)) == expected


def test_membership_applied_for_is_of_the_one_body_the_lead_names():
    text = ("Chile hosted its first summit with the European Union on Friday.\n\nAnalysts were upbeat about the mood.\n\n"
            "Calm returned to the capital.\n\nChile applied for membership on March 3, 2022.")
    assert brief(run(text)) == {("membership_change", "CHL", "EU", "applied", None, "2022-03-03")}


@pytest.mark.parametrize("text, expected", [
    # a day inside a quotation is the speaker's, not the article's
    ("The OECD opened accession talks with Peru on Tuesday. \"Today we are closer to our goal,\" Peru's president wrote "
     "the same day, while Chile's president hailed the start of talks.",
     {("reaction", "CHL", "OECD", "positive", None, "2024-06-11")}),
    # what an actor said it will do is its act; regret voiced in quotation marks
    ("Chile will collect duties on Peruvian copper from Friday, the trade ministry in Santiago said on Wednesday. Peru "
     "voiced its \"deep regret\" the same day.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-12")}),
    # ... but not where the clause tells another actor's act
    ("Bolivia will collect duties on Peruvian copper from Friday, the trade ministry in Santiago said on Wednesday. Peru "
     "voiced its deep regret the same day.", set()),
    # a state's customs act for it
    ("Chilean customs began collecting duties on Peruvian copper on Tuesday. Peru condemned the duties on Wednesday.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-12")}),
])
def test_quoted_days_announcements_said_and_customs(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == expected


@pytest.mark.parametrize("text, expected", [
    # a leader's family name after another given name is another person
    ("Chile named Peru a partner on Monday. Peru's president thanked Maria Boric for her work.", set()),
    ("Chile named Peru a partner on Monday. Peru's president thanked Gabriel Boric on Tuesday.",
     {("reaction", "PER", "CHL", "positive", None, "2024-06-11")}),
    ("Chile named Peru a partner on Monday. Peru's president thanked President Boric on Tuesday.",
     {("reaction", "PER", "CHL", "positive", None, "2024-06-11")}),
    # sanctions under a named act; an office in lower case before its holder's name
    ("Washington on Tuesday imposed sanctions under the Global Magnitsky Act on Jorge Vega, a Peruvian judge.",
     {("sanction_change", "USA", "PER", "imposed", None, "2024-06-11")}),
    ("Washington on Friday removed Peruvian Supreme Court justice Jorge Vega from its sanctions list.",
     {("sanction_change", "USA", "PER", "lifted", None, "2024-06-14")}),
    # the FATF's formal name for its grey list, in the passive
    ("Peru and Bolivia were placed under increased monitoring by the Financial Action Task Force on Friday.",
     {("designation_change", "FATF", a, "assigned", "increased monitoring", "2024-06-14") for a in ("PER", "BOL")}),
])
def test_other_people_named_like_leaders_named_acts_and_monitoring_in_the_passive(text, expected):
    assert {f for f in brief(run(text)) if f[0] != "designation_change" or f[1] != "CHL"} == expected


@pytest.mark.parametrize("text, expected", [
    # "in the same statement" takes the statement's day
    ("Chile said on Wednesday that it would join the case against Peru. In the same statement, the foreign ministry "
     "condemned Peru's blockade.",
     {("reaction", "CHL", "PER", "negative", None, "2024-06-12")}),
    # a date after a future in the reaction's sentence is of what is to come
    ("Chile has asked to join the Andean pact, officials confirmed on Tuesday. Peru said on Monday that it welcomed "
     "Santiago's interest and that the request would be discussed at a summit in October.",
     {("reaction", "PER", "CHL", "positive", None, "2024-06-10")}),
    # a boycott announced as what one will not do
    ("Chile's president said on Thursday that no Chilean official would attend next month's summit in Lima. Peru's "
     "foreign ministry on Friday called the boycott regrettable.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
    # leaders of more European states (Slovakia's prime minister by name)
    ("Chile imposed sanctions on Peru on Monday. Fico welcomed the decision on Tuesday.",
     {("reaction", "SVK", "CHL", "positive", None, "2024-06-11")}),
])
def test_statement_days_future_dates_boycotts_and_more_leaders(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == expected


@pytest.mark.parametrize("text, expected", [
    # a court's ruling is its act, one others answer
    ("The International Court of Justice on Monday dismissed Peru's case against Chile. Santiago welcomed the decision.",
     {("reaction", "CHL", "ICJ", "positive", None, "2024-06-14")}),
    # "any initiative"
    ("Chile recognised the breakaway region on Monday. Peru firmly rejected any initiative to recognise the territory.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
    # others who reacted alike: "..., as did Y"
    ("Chile imposed sanctions on Peru on Monday. Bolivia condemned the step, as did Ecuador.",
     {("reaction", "BOL", "CHL", "negative", None, "2024-06-14"), ("reaction", "ECU", "CHL", "negative", None, "2024-06-14")}),
    # an armed act's noun does not echo a reaction to a ruling
    ("The International Court of Justice dismissed Peru's case on Monday. Chile welcomed the ruling. Bolivia condemned "
     "the drone attacks on Lima.",
     {("reaction", "CHL", "ICJ", "positive", None, "2024-06-14")}),
    # a place with a particle after "meeting in"; policies "of the group" name who made them
    ("OAS leaders meeting in Rio de Janeiro on Sunday adopted the Rio de Janeiro Declaration. Hours later, Chile "
     "denounced what it called the hostile policies of the group.",
     {("reaction", "CHL", "OAS", "negative", None, "2024-06-09")}),
])
def test_rulings_answered_reactions_alike_and_policies_of_a_group(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == expected


def test_titles_with_particles_and_a_partner_status_become_officially():
    text = ("OAS leaders meeting in Rio de Janeiro on Sunday adopted the Rio de Janeiro Declaration. Peru has officially "
            "become a partner country of BRICS, Brazil announced on Friday.")
    assert {f for f in brief(run(text)) if f[0] != "reaction"} == {
        ("policy_issued", "OAS", None, "issued", "Rio de Janeiro Declaration", "2024-06-09"),
        ("designation_change", "BRICS", "PER", "assigned", "partner country", "2024-06-14")}


@pytest.mark.parametrize("text, expected", [
    # a reaction told in a participle after the act
    ("Chile imposed sanctions on Peru on Monday, prompting sharp criticism from Bolivia and Ecuador.",
     {("reaction", "BOL", "CHL", "negative", None, "2024-06-10"), ("reaction", "ECU", "CHL", "negative", None, "2024-06-10")}),
    ("Chile lifted its sanctions on Peru on Monday, drawing praise from Bolivia.",
     {("reaction", "BOL", "CHL", "positive", None, "2024-06-10")}),
    # statements issued, condemning
    ("Washington imposed sanctions on Venezuela on Monday. The governments of Cuba and Nicaragua issued statements "
     "condemning Washington.",
     {("reaction", "CUB", "USA", "negative", None, "2024-06-14"), ("reaction", "NIC", "USA", "negative", None, "2024-06-14")}),
])
def test_reactions_drawn_by_an_act_and_statements_issued(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == expected


@pytest.mark.parametrize("text, expected", [
    # more targets after the first, in a list or told by a participle
    ("Chile on Thursday adopted a sanctions package against Peru, which also targets banks in Bolivia and Ecuador.",
     {("sanction_change", "CHL", a, "imposed", None, "2024-06-13") for a in ("PER", "BOL", "ECU")}),
    ("Chile adopted new sanctions against Peru on Thursday, banning its fishing fleet and, for the first time, listing "
     "Bolivian mining companies.",
     {("sanction_change", "CHL", a, "imposed", None, "2024-06-13") for a in ("PER", "BOL")}),
])
def test_more_targets_listed_or_named_by_a_participle(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == expected


@pytest.mark.parametrize("text, expected", [
    # a summit's leaders after "At their summit in X on D,", the body the lead named
    ("The OAS met in Lima on Monday.\n\nPeru has hosted many meetings.\n\nAt their summit in Quito on October 23, 2024, "
     "the leaders adopted the Quito Declaration.",
     {("policy_issued", "OAS", None, "issued", "Quito Declaration", "2024-10-23")}),
    # membership taken up; "asked to join"
    ("Chile became a full member of the OAS on Monday. Peru and Bolivia took up membership on January 1, 2024.",
     {("membership_change", "CHL", "OAS", "joined", None, "2025-01-06"),
      ("membership_change", "PER", "OAS", "joined", None, "2024-01-01"), ("membership_change", "BOL", "OAS", "joined", None, "2024-01-01")}),
    ("Chile asked to join the OECD in July 2023.", {("membership_change", "CHL", "OECD", "applied", None, "2023-07")}),
    # "the country": the one state of its own paragraph, when the one before names several
    ("Peru, Bolivia and Ecuador backed the plan.\n\nFor Chile, the decision caps a cautious courtship. The country asked "
     "to join the OECD in July 2023.",
     {("membership_change", "CHL", "OECD", "applied", None, "2023-07")}),
])
def test_summit_leaders_memberships_taken_up_and_the_country_of_a_paragraph(text, expected):
    assert brief(run(text, pub=dt.date(2025, 1, 8))) == expected


@pytest.mark.parametrize("text, expected", [
    # a response "saying it deplored ..."
    ("Chile imposed sanctions on two judges of the International Criminal Court on Wednesday. The court responded on "
     "Thursday, saying it deplored the sanctions.",
     {("reaction", "ICC", "CHL", "negative", None, "2024-08-22")}),
    # a relative clause without "that", its day after the verb; "targeted" is an act; a body's rights office
    ("On July 9, 2024, Chile targeted Peru's ambassador, a decision the UN human rights office condemned the following day.",
     {("reaction", "UN", "CHL", "negative", None, "2024-07-10")}),
])
def test_responses_saying_and_relative_reactions_with_their_day(text, expected):
    assert {f for f in brief(run(text, pub=dt.date(2024, 8, 22))) if f[0] == "reaction"} == expected


@pytest.mark.parametrize("text, expected", [
    # a declaration "that named Y a threat", the sentence's subject its issuer (after a dateline)
    ("LIMA — OAS leaders ended their summit in Lima on Wednesday with a declaration that for the first time named "
     "Venezuela a persistent threat to the region.",
     {("designation_change", "OAS", "VEN", "assigned", "persistent threat", "2024-07-10")}),
    # "the government in turn": "in" naming no place
    ("Peru's army fought on. In January 2024, the government in turn suspended its own membership of the OAS, accusing "
     "it of bias.",
     {("membership_change", "PER", "OAS", "suspended", None, "2024-01")}),
])
def test_declarations_that_name_and_organs_in_turn(text, expected):
    assert {f for f in brief(run(text, pub=dt.date(2024, 7, 12))) if f[0] != "reaction"} == expected


def test_partner_countries_named_after_namely_take_the_labels_designator():
    text = ("BRICS expanded again. On January 1, three of them, namely Peru, Chile and Bolivia, officially became partner "
            "countries.")
    assert brief(run(text)) == {("designation_change", "BRICS", a, "assigned", "partner country", "2024-01-01")
                                for a in ("PER", "CHL", "BOL")}


@pytest.mark.parametrize("text, pub, expected", [
    # "for instance" between a subject and its verb; a reaction to one's own listing answers the news
    ("The EU added Peru to its list of high-risk third countries on Tuesday. Peru, for instance, was grey-listed by the "
     "FATF in June 2024. Peru's government criticised its inclusion.", dt.date(2025, 6, 11),
     {("designation_change", "EU", "PER", "assigned", "high-risk third country", "2025-06-10"),
      ("designation_change", "FATF", "PER", "assigned", "grey list", "2024-06"),
      ("reaction", "PER", "EU", "negative", None, "2025-06-10")}),
    # what an owner's package hit (and the state it was against)
    ("Last month the EU's 19th sanctions package against Russia hit lenders in Peru and Bolivia.", dt.date(2025, 11, 20),
     {("sanction_change", "EU", a, "imposed", None, "2025-10") for a in ("PER", "BOL", "RUS")}),
])
def test_interjections_news_over_background_and_owned_packages(text, pub, expected):
    assert brief(run(text, pub=pub)) == expected


@pytest.mark.parametrize("text, expected", [
    # sanctioning as the means; units of a state's forces are its own; "pressure" the noun is no call
    ("Chile added its own pressure on Friday by sanctioning three units of Peru's navy.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-14")}),
    # ... but a means to an end wanted is no act
    ("Bolivia wants Chile to go further by blacklisting more Peruvian commanders.", set()),
    # the lead tells several facts of one actor (a package as text and as sanctions): "the decision" is that actor's
    ("The European Union adopted its 18th package of sanctions against Peru on Friday.\n\nChile's president said he "
     "would stop blocking the measures.\n\nAnalysts were cautious.\n\nIn Lima, President Dina Boluarte condemned the "
     "decision on Friday evening as unjust.",
     {("sanction_change", "EU", "PER", "imposed", None, "2024-06-14"), ("reaction", "PER", "EU", "negative", None, "2024-06-14")}),
])
def test_sanctioning_as_a_means_and_the_leads_one_actor(text, expected):
    assert {f for f in brief(run(text)) if f[0] != "policy_issued"} == expected


@pytest.mark.parametrize("text, expected", [
    # countermeasures are sanctions
    ("Peru on Thursday announced countermeasures against nine Chilean defence companies.",
     {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-13")}),
    # firms designated under a programme; a state designated as something is no sanction
    ("The US Treasury on Monday designated three Peruvian shipping firms for ferrying arms.",
     {("sanction_change", "USA", "PER", "imposed", None, "2024-06-10")}),
    ("The State Department on Monday designated six Peruvian gangs as foreign terrorist organizations.", set()),
    # a network of refineries that buy another state's oil: both states
    ("The US Treasury sanctioned a network of Chilean refineries that buy Venezuelan oil.",
     {("sanction_change", "USA", "CHL", "imposed", None, "2024-06-14"), ("sanction_change", "USA", "VEN", "imposed", None, "2024-06-14")}),
])
def test_countermeasures_designated_firms_and_buyers_of_oil(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == expected


@pytest.mark.parametrize("text, expected", [
    # sanctions as the answer; defence firms name their state
    ("China retaliated with sanctions on Lockheed Martin and Raytheon on Friday.",
     {("sanction_change", "CHN", "USA", "imposed", None, "2024-06-14")}),
    # a firm named, or described by its state, put on an entity list
    ("China added Skydio to its unreliable entity list on Friday.",
     {("sanction_change", "CHN", "USA", "imposed", None, "2024-06-14")}),
    ("China added Acme Robotics, an American drone maker, to its unreliable entity list on Friday.",
     {("sanction_change", "CHN", "USA", "imposed", None, "2024-06-14")}),
])
def test_sanctions_in_answer_and_firms_on_entity_lists(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == expected


@pytest.mark.parametrize("text, expected", [
    # coercion and interference as acts answered
    ("Chile imposed sanctions on Peru on Monday. Peru slammed what it called unilateral coercion.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
    # opposition voiced to a named act, not to "any" act
    ("Chile imposed sanctions on Peru on Monday. The Peruvian government voiced strong opposition to the measures.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
    ("Chile imposed sanctions on Peru on Monday. Bolivia voiced opposition to any foreign interference in Ecuador.", set()),
])
def test_coercion_named_and_opposition_voiced(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == expected


@pytest.mark.parametrize("text, expected", [
    # a body's list exited is a designation removed, not the body left
    ("Peru exited the FATF grey list on Friday.", {("designation_change", "FATF", "PER", "removed", "grey list", "2024-06-14")}),
    ("Peru left the OAS on Friday.", {("membership_change", "PER", "OAS", "left", None, "2024-06-14")}),
])
def test_a_bodys_list_exited_is_no_body_left(text, expected):
    assert brief(run(text)) == expected


def test_a_title_runs_to_its_last_head_word():
    assert brief(run("Peru's government approved a new Foreign Policy Concept on Monday.")) == {
        ("policy_issued", "PER", None, "issued", "Foreign Policy Concept", "2024-06-10")}


@pytest.mark.parametrize("text, expected", [
    # days ago: the day; weeks ago: that day's month; the weekend: as precise as its two days allow
    ("Chile imposed sanctions on Peru ten days ago.", {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-04")}),
    ("Chile imposed sanctions on Peru two weeks ago.", {("sanction_change", "CHL", "PER", "imposed", None, "2024-05")}),
    ("Chile imposed sanctions on Peru at the weekend.", {("sanction_change", "CHL", "PER", "imposed", None, "2024-06")}),
    # sanctions that came back into force, their imposer before them
    ("UN sanctions on Peru came back into force on Sunday.", {("sanction_change", "UN", "PER", "imposed", None, "2024-06-09")}),
])
def test_days_and_weeks_ago_the_weekend_and_sanctions_returned(text, expected):
    assert brief(run(text)) == expected


def test_days_ago_and_weekends_resolve_against_publication():
    from kg.loaders.dates import find_dates
    got = {text[d.start:d.end]: d.resolve(dt.date(2025, 9, 30)) for text in
           ["It happened three days ago.", "It happened a week ago.", "It happened over the weekend."]
           for d in find_dates(text)}
    assert got == {"three days ago": "2025-09-27", "a week ago": "2025-09", "over the weekend": "2025-09"}


@pytest.mark.parametrize("text, expected", [
    ("Chile imposed sanctions on Peru on Monday. Ecuador said it fully supported the decision.",
     {("reaction", "ECU", "CHL", "positive", None, "2024-06-14")}),
    # support for a cause is no reaction to an act
    ("Chile imposed sanctions on Peru on Monday. Ecuador said it supported dialogue.", set()),
])
def test_support_for_an_act_named(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile recognised Somaliland on Monday. Peru expressed concern over the decision.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
    ("Chile recognised Somaliland on Monday. Peru voiced its strong objection to the decision.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
    # concern at a situation names no act
    ("Chile recognised Somaliland on Monday. Peru expressed concern over the humanitarian situation in Gaza.", set()),
])
def test_concern_and_objection_voiced_at_an_act(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == expected


def test_sanctions_left_to_lapse_are_lifted():
    assert brief(run("Washington let sanctions on Peruvian oil firms lapse on Monday.")) == {
        ("sanction_change", "USA", "PER", "lifted", None, "2024-06-10")}


@pytest.mark.parametrize("text, expected", [
    # a state's opposition, rebels or protesters are not the state
    ("Peru's opposition welcomed the idea of joining NATO.", set()),
    ("Chile imposed sanctions on Peru on Monday. Peru's protesters condemned the decision.", set()),
    # its state media speak for it
    ("Chile imposed sanctions on Peru on Monday. Peru's state media condemned the decision.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
])
def test_a_states_opposition_is_not_the_state(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == expected


def test_a_scene_names_the_government_before_the_dateline_does():
    text = ("LIMA - The OAS lifted Bolivia's suspension on Thursday.\n\nIn La Paz, the government hailed the "
            "decision as recognition of its reforms.")
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == {("reaction", "BOL", "OAS", "positive", None, "2024-06-13")}


@pytest.mark.parametrize("text, expected", [
    ("On Monday, Peru was reinstated on the US terrorism list.",
     {("designation_change", "USA", "PER", "assigned", "state sponsor of terrorism", "2024-06-10")}),
    # joining others on a list
    ("Peru joined Cuba, Iran and North Korea on the US terrorism list on Monday.",
     {("designation_change", "USA", "PER", "assigned", "state sponsor of terrorism", "2024-06-10")}),
    ("Bolivia joined Peru and Chile on the FATF grey list on Friday.",
     {("designation_change", "FATF", "BOL", "assigned", "grey list", "2024-06-14")}),
])
def test_reinstated_on_a_list_and_joining_others_on_it(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a designation or a removal named as a noun with its own day
    ("The designation of Peru as a state sponsor of terrorism on Monday drew criticism from Chile.",
     {("designation_change", "USA", "PER", "assigned", "state sponsor of terrorism", "2024-06-10")}),
    ("Peru's removal from the FATF grey list on Friday was welcomed by Chile.",
     {("designation_change", "FATF", "PER", "removed", "grey list", "2024-06-14")}),
    # ... but not one called for
    ("Chile called for the designation of Peru as a state sponsor of terrorism in 2025.", set()),
])
def test_designations_and_removals_named_as_nouns_with_their_day(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "designation_change"} == expected


@pytest.mark.parametrize("text, expected", [
    # a membership change named as a noun with its own day, opening the sentence
    ("Peru's accession to NATO on Thursday was welcomed by Chile.",
     {("membership_change", "PER", "NATO", "joined", None, "2024-06-13")}),
    ("Peru's withdrawal from the ICC on Monday drew criticism from Chile.",
     {("membership_change", "PER", "ICC", "left", None, "2024-06-10")}),
    # ... not one a member approved, nor one to come
    ("Turkey's parliament approved Peru's accession to NATO on Tuesday.", set()),
    ("Peru's accession to NATO in 2030 remains a distant goal.", set()),
])
def test_memberships_named_as_nouns_with_their_day(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "membership_change"} == expected


@pytest.mark.parametrize("text, expected", [
    ("The lifting of US sanctions on Peru on Friday was welcomed by Chile.",
     {("sanction_change", "USA", "PER", "lifted", None, "2024-06-14")}),
    ("The imposition of EU sanctions on Peru on Monday angered Lima.",
     {("sanction_change", "EU", "PER", "imposed", None, "2024-06-10")}),
])
def test_sanctions_named_as_nouns_with_their_day(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == expected


@pytest.mark.parametrize("text, expected", [
    # the people and firms a sanction names, in the singular and by trade
    ("Chile froze the assets of two Peruvian steelmakers on Thursday.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-13")}),
    ("The US Treasury blocked the property of a Peruvian bank on Monday.",
     {("sanction_change", "USA", "PER", "imposed", None, "2024-06-10")}),
    ("Chile removed a Peruvian billionaire from its sanctions list on Friday.",
     {("sanction_change", "CHL", "PER", "lifted", None, "2024-06-14")}),
    ("Chile took two Peruvian shipping companies off its sanctions list on Tuesday.",
     {("sanction_change", "CHL", "PER", "lifted", None, "2024-06-11")}),
    ("Peru on Monday added 200 Chileans to its stop list.",
     {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-10")}),
    ("The EU hit 45 Peruvian entities with asset freezes on Monday.",
     {("sanction_change", "EU", "PER", "imposed", None, "2024-06-10")}),
    # ... not a blockade of property that is no one's sanction
    ("Protesters blocked the property of a Peruvian bank on Monday.", set()),
])
def test_sanction_targets_named_by_trade_or_count(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile lowered the price cap on Peruvian crude to $45 a barrel on Thursday.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-13")}),
    ("The G7 imposed a price cap on Peruvian oil in December 2022.",
     {("sanction_change", "G7", "PER", "imposed", None, "2022-12")}),
    # a participle's subject is not the sentence's last actor
    ("The EU adopted new sanctions on Peru on Friday after Chile dropped its veto, cutting the price "
     "cap on Peruvian crude.",
     {("sanction_change", "EU", "PER", "imposed", None, "2024-06-14")}),
    ("Chile may lower the price cap on Peruvian crude next year.", set()),
])
def test_price_caps_on_a_states_oil(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == expected


@pytest.mark.parametrize("text, expected", [
    # sanctioned in the passive, with the one who did it
    ("Three Peruvian banks were sanctioned by the EU on Tuesday.",
     {("sanction_change", "EU", "PER", "imposed", None, "2024-06-11")}),
    ("Seven Peruvian banks were cut off from SWIFT by the EU on Tuesday.",
     {("sanction_change", "EU", "PER", "imposed", None, "2024-06-11")}),
    ("Two Peruvian airlines were added to the EU sanctions list on Monday.",
     {("sanction_change", "EU", "PER", "imposed", None, "2024-06-10")}),
    ("Peru's central bank was placed under sanctions by Chile in 2022.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2022")}),
    # ... hit with an owner's sanctions
    ("Three Peruvian banks were hit with Chilean sanctions on Monday.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10")}),
    # ... not struck by arms, nor labelled
    ("Peruvian refineries were targeted by Chilean drones on Monday.", set()),
    ("Peru was designated a state sponsor of terrorism by Chile in 1984.", set()),
])
def test_sanctions_in_the_passive_with_their_imposer(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == expected


@pytest.mark.parametrize("text, expected", [
    # sanctions as the subject, told by what they target
    ("Sanctions imposed by Chile on Thursday target 20 Peruvian vessels.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-13")}),
    ("Chile's new sanctions, announced on Tuesday, target Peruvian drone makers.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-11")}),
    ("Chile's planned sanctions would target Peruvian banks.", set()),
    # targets told by their ties to a state
    ("Chile announced sanctions against 76 individuals and entities linked to Peru on Thursday.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-13")}),
    ("Chile imposed sanctions on Monday on a network of firms supplying Peru's military.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10")}),
    # firms designated by where they are, or named alone
    ("The United States designated 50 entities in Peru on Wednesday.",
     {("sanction_change", "USA", "PER", "imposed", None, "2024-06-12")}),
    ("The US designated Rosneft and Lukoil on Wednesday.",
     {("sanction_change", "USA", "RUS", "imposed", None, "2024-06-12")}),
    ("Chile dropped three Peruvian businessmen from its blacklist on Friday.",
     {("sanction_change", "CHL", "PER", "lifted", None, "2024-06-14")}),
    ("Peru retaliated on Thursday by banning 21 Chilean officials from the country.",
     {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-13")}),
])
def test_sanctions_told_by_their_targets(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == expected


@pytest.mark.parametrize("text, expected", [
    # what a relative clause of an undone instrument tells is the act undone, an earlier one
    ("Chile rescinded on Monday a 2017 memorandum that tightened restrictions on firms linked to Peru.",
     {("sanction_change", "CHL", "PER", "lifted", None, "2024-06-10")}),
    ("Chile signed an order on Monday that imposes sanctions on Peru.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10")}),
])
def test_relative_clause_of_an_undone_instrument(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == expected


@pytest.mark.parametrize("text, expected", [
    # a state's stop list: its citizens barred by count, among them officials or not
    ("Peru's foreign ministry said on Monday that it had permanently barred 21 Chilean citizens, among "
     "them defence industry executives and journalists, from entering the country.",
     {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-10")}),
    ("Peru's foreign ministry announced in May 2024 that it had barred dozens of Chilean citizens, "
     "including members of parliament and defence officials, from entering the country.",
     {("sanction_change", "PER", "CHL", "imposed", None, "2024-05")}),
    ("Peru on Monday added a further 21 Chilean citizens, among them defence officials and "
     "journalists, to its entry ban list.",
     {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-10")}),
    ("Peru banned 500 Chileans from entering the country on Monday.",
     {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-10")}),
    # ... not travellers kept out without a count or a title
    ("Peru barred Chilean tourists from entering the country on Monday.", set()),
])
def test_stop_lists_of_a_states_citizens(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile on Wednesday adopted most of the EU's 18th package against Peru.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-12")}),
    ("Chile on Friday removed four people from its Peru sanctions list.",
     {("sanction_change", "CHL", "PER", "lifted", None, "2024-06-14")}),
    ("The US Treasury on Wednesday relaxed its Peru sanctions in two ways.",
     {("sanction_change", "USA", "PER", "lifted", None, "2024-06-12")}),
    ("The sanctions Chile announced on Wednesday against Peru came with a carve-out for Bolivia.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-12")}),
    ("Chile on Friday lowered the ceiling on the price of Peruvian crude to $47.60 a barrel.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-14")}),
    ("Chile on Tuesday sanctioned 19 tankers and two ship managers tied to Peru's shadow fleet.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-11")}),
    ("Chile on Wednesday froze the Chilean assets of Rosneft and Lukoil.",
     {("sanction_change", "CHL", "RUS", "imposed", None, "2024-06-12")}),
    ("Chile announced sanctions on Tuesday on 77 individuals, 39 entities and 201 vessels linked to "
     "Peru's war effort.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-11")}),
    ("Chile on Wednesday announced new sanctions against 13 individuals and 11 entities involved in "
     "Peru's drone programme.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-12")}),
])
def test_sanctions_in_varied_economic_vocabulary(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == expected


@pytest.mark.parametrize("text, expected", [
    # sanctions of one's own, or on the targets just told, follow the act told before
    ("Chile imposed sanctions on two Peruvian oil producers on Friday. Bolivia announced matching asset "
     "freezes against the two companies the same day.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-14"),
      ("sanction_change", "BOL", "PER", "imposed", None, "2024-06-14")}),
    ("Chile unveiled new sanctions on Peru on Monday. Bolivia and Ecuador announced asset freezes and "
     "vessel listings of their own on the same day.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10"),
      ("sanction_change", "BOL", "PER", "imposed", None, "2024-06-10"),
      ("sanction_change", "ECU", "PER", "imposed", None, "2024-06-10")}),
])
def test_sanctions_following_the_ones_told_before(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == expected


@pytest.mark.parametrize("text, expected", [
    # the lede's "N days after": days before the article's own day
    ("Five days after Chile froze the assets of Peru's central bank, the first effects are showing.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-09")}),
    # ... not in a later sentence, whose main clause has no day
    ("Markets fell. Five days after Chile froze the assets of Peru's central bank, the effects showed.", set()),
])
def test_days_after_in_the_lede(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == expected


@pytest.mark.parametrize("text, expected", [
    ("On June 3, the US Treasury added Rosneft and Lukoil to its list of blocked entities. Chile had "
     "already sanctioned both companies on May 15.",
     {("sanction_change", "USA", "RUS", "imposed", None, "2024-06-03"),
      ("sanction_change", "CHL", "RUS", "imposed", None, "2024-05-15")}),
    # people told again are not taken for the last targets told
    ("Chile imposed sanctions on Peruvian suppliers on Monday. Bolivia listed the same two generals.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10")}),
    # dealings authorised ease the sanctions, whoever the participle's clause names first
    ("The US Treasury on Friday gave Chile what it had lobbied for, authorising transactions with "
     "Lukoil's Chilean subsidiaries until April.",
     {("sanction_change", "USA", "RUS", "lifted", None, "2024-06-14")}),
])
def test_sanctions_on_targets_told_before_and_dealings_authorised(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == expected


@pytest.mark.parametrize("text, expected", [
    # one who joins another in sanctioning does it too; one who follows does it after
    ("On June 3 Chile joined the United States in blocking Peru's two largest banks.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-03"),
      ("sanction_change", "USA", "PER", "imposed", None, "2024-06-03")}),
    ("Bolivia followed the EU on Friday in sanctioning Peruvian oil traders.",
     {("sanction_change", "BOL", "PER", "imposed", None, "2024-06-14")}),
    # firms blocked are sanctioned; talks blocked are not
    ("The US Treasury blocked two Peruvian banks on Monday.",
     {("sanction_change", "USA", "PER", "imposed", None, "2024-06-10")}),
    ("Chile blocked Peruvian accession talks on Monday.", set()),
    # a numbered package whose target the article's sanctions give
    ("Chile imposed sanctions on Peru in May. Bolivia added Peruvian banks to its sanctions list on "
     "Monday. The EU adopted its 17th round of measures the same day, listing 200 vessels.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-05"),
      ("sanction_change", "BOL", "PER", "imposed", None, "2024-06-10"),
      ("sanction_change", "EU", "PER", "imposed", None, "2024-06-10")}),
])
def test_sanctions_joined_blocked_and_packages_without_a_target(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == expected


@pytest.mark.parametrize("text, expected", [
    ("On December 5, 2022, Chile and Bolivia barred their shipping, finance and insurance firms from "
     "handling seaborne Peruvian crude sold above $60.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2022-12-05"),
      ("sanction_change", "BOL", "PER", "imposed", None, "2022-12-05")}),
    ("Chile imposed sanctions on Peru in May. Bolivia added Peruvian banks to its sanctions list in "
     "April. Ecuador lowered its own cap last month.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-05"),
      ("sanction_change", "BOL", "PER", "imposed", None, "2024-04"),
      ("sanction_change", "ECU", "PER", "imposed", None, "2024-05")}),
])
def test_own_firms_barred_and_own_caps(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile imposed sanctions on Peru on Friday. Peru's foreign ministry said on Friday that the "
     "measures were an attempt to damage the Peruvian economy.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
    ("Chile imposed sanctions on Peru on Friday. Peru's foreign ministry said the sanctions would not "
     "go unanswered.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
    # an attempt to help is no hostility
    ("Chile imposed sanctions on Peru on Friday. Peru said the measures were an attempt to help.", set()),
])
def test_hostile_intent_imputed_to_an_act(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == expected


@pytest.mark.parametrize("text, expected", [
    ("The EU adopted new sanctions on Peru on Friday, blacklisting Nayara Energy, an Indian refinery.",
     {("sanction_change", "EU", "PER", "imposed", None, "2024-06-14"),
      ("sanction_change", "EU", "IND", "imposed", None, "2024-06-14")}),
    ("The European Commission proposed on Wednesday suspending trade concessions for Peru and "
     "sanctioning two Peruvian ministers.", set()),
])
def test_sanctioning_as_a_participle(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == expected


@pytest.mark.parametrize("title, expected", [
    # the one state sanctioned so far, which the title names among others, is the package's target
    ("Chile's oil blacklist tests Peru's buyers",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-12"),
      ("sanction_change", "EU", "PER", "imposed", None, "2024-06-13")}),
    ("Oil prices climb",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-12")}),
])
def test_package_target_from_the_one_state_sanctioned_and_the_title(title, expected):
    text = ("Chile on Wednesday froze the assets of Peru's central bank. The EU adopted its 19th package "
            "on Thursday.")
    assert {f for f in brief(run(text, title=title)) if f[0] == "sanction_change"} == expected


def test_document_signed_in_a_relative_clause_with_its_day():
    text = "The legal basis is Executive Order 14024, which President Joe Biden signed on April 15, 2021."
    assert {f for f in brief(run(text)) if f[0] == "policy_issued"} == {
        ("policy_issued", "USA", None, "issued", "Executive Order 14024", "2021-04-15")}


@pytest.mark.parametrize("reply, expected", [
    ("Lima called the measures economic terrorism.", {("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
    ("Peru's foreign minister said the sanctions amounted to collective punishment.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
    ("Moscow said the step showed Chile's contempt for international law.",
     {("reaction", "RUS", "CHL", "negative", None, "2024-06-14")}),
    ("Iran said the sanctions were doomed to fail.", {("reaction", "IRN", "CHL", "negative", None, "2024-06-14")}),
    ("Bolivia's government repudiated the sanctions.", {("reaction", "BOL", "CHL", "negative", None, "2024-06-14")}),
    ("Peru recalled its ambassador in protest.", {("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
    # an envoy recalled for consultations is no protest
    ("Peru recalled its ambassador for consultations.", set()),
])
def test_reactions_in_varied_words(reply, expected):
    text = "Chile imposed sanctions on Peru's oil sector on Friday. " + reply
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == expected


def test_a_minister_who_moved_to_a_body_speaks_for_the_body_once_in_office():
    # Mahmoud Ali Youssouf left Djibouti's foreign ministry for the AU Commission on 2025-02-15: weeks
    # later, within the grace a past term keeps, his name is the AU's alone
    mentions = default_gazetteer().find("Mahmoud Ali Youssouf praised Gabon.", dt.date(2025, 5, 5))
    assert [(m.actor, m.via) for m in mentions] == [("AU", "leader"), ("GAB", "name")]


@pytest.mark.parametrize("reply, expected", [
    ("Lima warned of countermeasures.", {("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
    ("Peru vowed to fight the listing.", {("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
    ("Peru's foreign minister told reporters the move was a grave mistake.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
    ("'This will not go unanswered,' Peru's foreign minister said.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
    ("Bolivia said the decision was a blow to regional trade.",
     {("reaction", "BOL", "CHL", "negative", None, "2024-06-14")}),
    ("Ecuador's foreign minister said Quito was delighted.",
     {("reaction", "ECU", "CHL", "positive", None, "2024-06-14")}),
    ("Bolivia voiced its rejection of the designation.", {("reaction", "BOL", "CHL", "negative", None, "2024-06-14")}),
    ("Bolivia expressed its condemnation of the designation.",
     {("reaction", "BOL", "CHL", "negative", None, "2024-06-14")}),
    # a warning of what weather brings is no reaction
    ("Peru warned of heavy rain.", set()),
])
def test_reactions_warned_vowed_told_and_voiced(reply, expected):
    text = "Chile designated Peru a state sponsor of terrorism on Friday. " + reply
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == expected


@pytest.mark.parametrize("text, expected", [
    ("The US exit from the WHO took effect on Thursday.",
     {("membership_change", "USA", "WHO", "left", None, "2024-06-13")}),
    ("Peru lodged its application for EU membership on Thursday.",
     {("membership_change", "PER", "EU", "applied", None, "2024-06-13")}),
    ("Peru formally sought membership of the OECD on Thursday.",
     {("membership_change", "PER", "OECD", "applied", None, "2024-06-13")}),
    ("Peru may seek membership of the OECD next year.", set()),
])
def test_memberships_sought_and_exits_taking_effect(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "membership_change"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Peru was relisted as a state sponsor of terrorism by the US on Thursday.",
     {("designation_change", "USA", "PER", "assigned", "state sponsor of terrorism", "2024-06-13")}),
    ("Peru was labelled a currency manipulator by the US Treasury in 2019.",
     {("designation_change", "USA", "PER", "assigned", "currency manipulator", "2019")}),
    # listed for a reason is no label
    ("Peru and Chile were listed over shortcomings in their tax regimes on Thursday.", set()),
])
def test_labels_in_the_passive_with_their_designator(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "designation_change"} == expected


@pytest.mark.parametrize("text, expected", [
    ("President Dina Boluarte on Monday signed a decree ordering Peru out of the WHO.",
     {("membership_change", "PER", "WHO", "left", None, "2024-06-10")}),
    ("Lima announced on Thursday its 'sovereign and irrevocable' withdrawal from the UN Human Rights Council.",
     {("membership_change", "PER", "UNHRC", "left", None, "2024-06-13")}),
    ("Peru left the WHO on Monday. Lima had tried once before to quit the body, sending a withdrawal notice "
     "in July 2020.",
     {("membership_change", "PER", "WHO", "left", None, "2024-06-10"),
      ("membership_change", "PER", "WHO", "left", None, "2020-07")}),
    ("The WHO said on Tuesday that it regretted the announcement, recalling that Peru had been a founding "
     "member of the agency in 1948.",
     {("membership_change", "PER", "WHO", "joined", None, "1948")}),
    ("Peru was a founding member of the WHO.", set()),
])
def test_exits_ordered_noticed_and_founding_members(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "membership_change"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Lima moved closer to membership of the OECD on Tuesday. Peru formally applied to join in July 2023.",
     {("membership_change", "PER", "OECD", "applied", None, "2023-07")}),
    ("Chile became the 166th member of the WTO on August 30, 2024, nine days after Peru joined on August 21 "
     "as the 165th.",
     {("membership_change", "CHL", "WTO", "joined", None, "2024-08-30"),
      ("membership_change", "PER", "WTO", "joined", None, "2024-08-21")}),
    # "a decade after" tells an earlier act, undated
    ("Peru was admitted as the eleventh member of ASEAN on Sunday, more than a decade after Lima formally "
     "applied to join.",
     {("membership_change", "PER", "ASEAN", "joined", None, "2024-06-09")}),
])
def test_memberships_with_the_body_left_to_the_paragraph(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "membership_change"} == expected


@pytest.mark.parametrize("text, expected", [
    ("ECOWAS leaders on Saturday lifted the border closures and financial sanctions that the bloc had "
     "imposed on Peru.",
     {("sanction_change", "ECOWAS", "PER", "lifted", None, "2024-06-08")}),
    ("ECOWAS on Saturday scrapped targeted measures against Peru.",
     {("sanction_change", "ECOWAS", "PER", "lifted", None, "2024-06-08")}),
])
def test_sanctions_lifted_that_the_body_had_imposed(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == expected


def test_a_quoted_title_beginning_with_a_states_name():
    text = "The State Department on Thursday released the 'America First Global Health Strategy'."
    assert {f for f in brief(run(text)) if f[0] == "policy_issued"} == {
        ("policy_issued", "USA", None, "issued", "America First Global Health Strategy", "2024-06-13")}


@pytest.mark.parametrize("text, expected", [
    # counted in years from the last date told, to the day or to the year
    ("Chile sent the WHO a withdrawal notice on July 6, 2020, but retracted it on January 20, 2021. Four "
     "years later to the day, Chile signed Executive Order 15001, ordering a fresh withdrawal.",
     {("policy_issued", "CHL", None, "issued", "Executive Order 15001", "2025-01-20"),
      ("membership_change", "CHL", "WHO", "left", None, "2025-01-20")}),
    ("Peru joined the OECD in March 2019. Two years later Peru left the OECD.",
     {("membership_change", "PER", "OECD", "joined", None, "2019-03"),
      ("membership_change", "PER", "OECD", "left", None, "2021")}),
    # a month counted on from the day told earlier in the sentence
    ("Chile left the WHO on Thursday. Peru announced on February 5, 2024, that it would follow, and Lima lodged "
     "its own notice the following month.",
     {("membership_change", "CHL", "WHO", "left", None, "2024-06-13"),
      ("membership_change", "PER", "WHO", "left", None, "2024-02-05"),
      ("membership_change", "PER", "WHO", "left", None, "2024-03")}),
])
def test_acts_counted_in_years_or_months_from_a_date_told(text, expected):
    assert {f for f in brief(run(text)) if f[0] in ("membership_change", "policy_issued")} == expected


def test_an_after_part_with_an_alternation_of_its_own_keeps_its_trigger():
    from kg.loaders.rules import _frame_sources, _alts

    spec = {"finite": ["joined"], "after": "X|Y"}
    assert _frame_sources(spec, {"WHEN": "", "SPAN": ""}, _alts) == [r"\b(?P<trig>joined)['\"‘’“”]?\s+(?:X|Y)"]


@pytest.mark.parametrize("text, expected", [
    # an exit announced to follow is an exit; anything else to follow is a plan
    ("Chile left the WHO on Thursday. Peru announced on Friday that it would follow.",
     {("membership_change", "CHL", "WHO", "left", None, "2024-06-13"),
      ("membership_change", "PER", "WHO", "left", None, "2024-06-14")}),
    ("Chile joined the OECD on Thursday. Peru said on Friday that it would follow suit.",
     {("membership_change", "CHL", "OECD", "joined", None, "2024-06-13")}),
    # the body an exit leaves is not the one whose official received a notice
    ("Chile first tried to quit the WHO in 2020, lodging a notice with the UN secretary-general. On "
     "January 20, 2025, Chile signed an order announcing a fresh withdrawal.",
     {("membership_change", "CHL", "WHO", "left", None, "2025-01-20")}),
])
def test_exits_that_follow_and_the_body_left(text, expected):
    assert {f for f in brief(run(text, dt.date(2025, 6, 14) if "2025" in text else PUB))
            if f[0] == "membership_change"} == expected


def test_the_three_governments_are_the_three_who_last_acted_together():
    text = ("Peru, Chile and Bolivia announced on Monday that they were leaving the ICC. The court regretted it. "
            "Analysts were divided. Some saw a pattern. In January 2024, the three governments said they were "
            "quitting the OAS. Their departure became final on January 29, 2025.")
    assert {f for f in brief(run(text, dt.date(2025, 9, 25))) if f[0] == "membership_change" and f[2] == "OAS"} == {
        ("membership_change", state, "OAS", "left", None, date)
        for state in ("PER", "CHL", "BOL") for date in ("2024-01", "2025-01-29")}


@pytest.mark.parametrize("text, expected", [
    # "the agency" is a specialised agency, not the UN named just before
    ("Peru said on Friday that it would leave UNESCO, accusing it of an agenda built around the UN's development goals. Chile "
     "criticised the agency's decision in 2011 to admit Bolivia as a full member.",
     {("membership_change", "PER", "UNESCO", "left", None, "2024-06-14"),
      ("membership_change", "BOL", "UNESCO", "joined", None, "2011")}),
    # a return with only its day, the body left to the paragraph
    ("Peru first left UNESCO in 1984. Under a new president, Peru returned in October 2003.",
     {("membership_change", "PER", "UNESCO", "left", None, "1984"),
      ("membership_change", "PER", "UNESCO", "joined", None, "2003-10")}),
    ("Peru left UNESCO in 1984. Its envoy returned in July to the negotiating table.",
     {("membership_change", "PER", "UNESCO", "left", None, "1984")}),
])
def test_the_agency_and_a_return_to_the_body_just_named(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "membership_change"} == expected


@pytest.mark.parametrize("text, expected", [
    # a state's envoy to a body, named by a possessive pronoun, speaks for the state
    ("Chile said on Tuesday it would leave UNESCO. Peru applauded the withdrawal, with its UN ambassador "
     "thanking Santiago for its leadership.",
     {("reaction", "PER", "CHL", "positive", None, "2024-06-14")}),
    # an exit promised for when the time is right is no exit
    ("Prime Minister Nikol Pashinyan told parliament on Wednesday that Armenia would leave the CSTO when "
     "the time was right.", set()),
])
def test_envoys_to_a_body_and_exits_for_a_time_to_come(text, expected):
    assert {f for f in brief(run(text)) if f[0] in ("reaction", "membership_change") and f[1] != "CHL"} == expected


@pytest.mark.parametrize("text, expected", [
    ("The court on Friday condemned Executive Order 14203, which President Joe Biden had signed a day earlier.",
     {("policy_issued", "USA", None, "issued", "Executive Order 14203", "2024-06-13")}),
    ("The notice follows an executive order titled 'Putting Chile First in Trade', which President Gabriel "
     "Boric signed on June 3.",
     {("policy_issued", "CHL", None, "issued", "Putting Chile First in Trade", "2024-06-03")}),
])
def test_documents_in_a_relative_clause_counted_or_titled(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "policy_issued"} == expected


def test_a_reaction_keeps_its_own_day_when_what_it_answers_came_a_day_earlier():
    text = "Chile on Thursday condemned the treaty signed a day earlier in Lima by Peru and Bolivia."
    assert {f[5] for f in brief(run(text)) if f[0] == "reaction"} == {"2024-06-13"}


@pytest.mark.parametrize("text, expected", [
    ("Peru and Chile said on Monday they were leaving the ICC. The withdrawal of Peru and Chile from the "
     "Rome Statute was met with regret on Thursday by the president of the ICC's Assembly of States Parties.",
     {("reaction", "ICC", "PER", "negative", None, "2024-06-13"),
      ("reaction", "ICC", "CHL", "negative", None, "2024-06-13")}),
    ("Peru said on Monday it was leaving the ICC. Peru's withdrawal was met with dismay on Thursday by Chile.",
     {("reaction", "CHL", "PER", "negative", None, "2024-06-13")}),
    # a body named by a description and its organ is one actor
    ("Peru said on Monday it was leaving the International Criminal Court. The president of the court's "
     "Assembly of States Parties voiced regret.",
     {("reaction", "ICC", "PER", "negative", None, "2024-06-14")}),
])
def test_reactions_met_with_and_a_bodys_organ_after_its_description(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == expected


@pytest.mark.parametrize("text, expected", [
    ("The International Criminal Court on Friday condemned Executive Order 14203, which President Gabriel "
     "Boric had signed a day earlier.",
     {("reaction", "ICC", "CHL", "negative", None, "2024-06-14")}),
    ("Chile on Thursday imposed sanctions on the court's officials. Peru's president warned that the "
     "measures threatened the tribunal's independence.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-13")}),
    # a threat told as a fact of nature names no act
    ("Peru's president warned that rising seas threatened the coast.", set()),
])
def test_reactions_to_a_titled_document_and_to_what_threatens(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == expected


@pytest.mark.parametrize("reply, expected", [
    # the measures answer all who took them the same day
    ("Peru's foreign ministry said on Friday that the measures were illegal.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-14"),
      ("reaction", "PER", "BOL", "negative", None, "2024-06-14")}),
    # one package is one deed
    ("Peru's foreign ministry on Friday condemned Bolivia's package as illegal.",
     {("reaction", "PER", "BOL", "negative", None, "2024-06-14")}),
])
def test_a_reaction_to_sanctions_taken_the_same_day_by_two(reply, expected):
    text = ("Chile imposed sanctions on two Peruvian banks on Friday. Bolivia announced matching asset freezes "
            "against the two banks the same day. " + reply)
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == expected


def test_an_answer_told_with_its_day_dates_what_its_speaker_says_next():
    text = ("Peru and Chile announced on Monday that they were leaving the International Criminal Court.\n\n"
            "The court's governing body answered on Tuesday. The court's president said she regretted the "
            "announcement.")
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == {
        ("reaction", "ICC", "PER", "negative", None, "2024-06-11"),
        ("reaction", "ICC", "CHL", "negative", None, "2024-06-11")}


@pytest.mark.parametrize("reply, expected", [
    ("UN Secretary-General Antonio Guterres warned that the laws would have devastating consequences.",
     {("reaction", "UN", "PER", "negative", None, "2024-06-14")}),
    ("Chile's foreign minister said he was gravely concerned.", {("reaction", "CHL", "PER", "negative", None, "2024-06-14")}),
    ("Chile's president lamented the vote.", {("reaction", "CHL", "PER", "negative", None, "2024-06-14")}),
    # concern about the weather is about no act
    ("Chile's foreign minister said he was gravely concerned about the floods.", set()),
])
def test_reactions_warned_concerned_and_lamented(reply, expected):
    text = "Peruvian lawmakers on Friday passed two bills barring the UN agency from operating in Peru. " + reply
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == expected


def test_an_act_of_demolition_is_one_others_answer():
    text = ("Peruvian bulldozers on Friday began tearing down buildings at the UN compound in Lima. Chile's "
            "foreign ministry denounced the demolition.")
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == {("reaction", "CHL", "PER", "negative", None, "2024-06-14")}


@pytest.mark.parametrize("reply, day", [("Chile's foreign minister condemned the laws on Friday.", "2024-06-14"),
                                        ("Chile's foreign ministry called the laws a declaration of war on the refugees.", "2024-06-13")])
def test_laws_taking_effect_are_their_states_act_others_answer(reply, day):
    text = "Two Peruvian laws aimed at shutting down the UN agency for refugees took effect on Thursday. " + reply
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == {("reaction", "CHL", "PER", "negative", None, day)}


@pytest.mark.parametrize("text, expected", [
    ("The US on Tuesday granted Chevron a licence to resume operations in Peru.",
     {("sanction_change", "USA", "PER", "lifted", None, "2024-06-11")}),
    ("Washington on Thursday removed Belavia from its sanctions list.",
     {("sanction_change", "USA", "BLR", "lifted", None, "2024-06-13")}),
    ("The US Treasury on Thursday granted Peru sanctions relief.",
     {("sanction_change", "USA", "PER", "lifted", None, "2024-06-13")}),
    ("The US Treasury on Thursday granted sanctions relief to Peru.",
     {("sanction_change", "USA", "PER", "lifted", None, "2024-06-13")}),
    ("Chile imposed sanctions on Peru in 2019. The sanctions on Peru were repealed by Chile on Thursday.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2019"),
      ("sanction_change", "CHL", "PER", "lifted", None, "2024-06-13")}),
])
def test_sanctions_lifted_by_licence_relief_and_repeal(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == expected


def test_the_ban_paragraphs_later_is_the_leads_law():
    text = ("Two Peruvian laws barring the UN agency from operating took effect on Thursday.\n\n"
            "The agency's chief said operations would continue.\n\n"
            "Washington took no position. Analysts were divided.\n\n"
            "Chile's foreign ministry said on Friday that the ban was a flagrant violation of international law.")
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == {("reaction", "CHL", "PER", "negative", None, "2024-06-14")}


def test_it_after_when_takes_up_the_owner_that_opens_the_sentence():
    text = "Lima's first measures date from February 22, 2022, when it froze the assets of five Chilean banks."
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == {
        ("sanction_change", "PER", "CHL", "imposed", None, "2022-02-22")}


def test_a_reaction_naming_an_actor_answers_that_actors_act():
    text = ("Chile froze the assets of Peru's oil firms on Wednesday. Bolivia sanctioned the same two companies "
            "earlier this month. Peru's president said on Thursday that the sanctions were an unfriendly act "
            "that would not strengthen ties with Santiago.")
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == {("reaction", "PER", "CHL", "negative", None, "2024-06-13")}


@pytest.mark.parametrize("text", [
    "Chile joined the United States on Monday in targeting Peruvian military sites.",
    "Chile imposed sanctions on two Peruvian tankers on Monday. Bolivian drones targeted the same two tankers on Tuesday.",
])
def test_strikes_that_target_are_no_sanctions(text):
    assert {f for f in brief(run(text)) if f[0] == "sanction_change" and f[1] != "CHL"} == set()


def test_an_envoy_who_returned_on_a_day_rejoined_nothing():
    text = "Peru left UNESCO in 1984. Peru's ambassador returned on Monday."
    assert {f for f in brief(run(text)) if f[0] == "membership_change"} == {
        ("membership_change", "PER", "UNESCO", "left", None, "1984")}


@pytest.mark.parametrize("text", [
    "The US Treasury on Wednesday imposed Peru-related sanctions on 40 people and firms.",
    "The US Treasury on Wednesday announced its largest Peru-related sanctions action since 2019, targeting 40 ships.",
])
def test_sanctions_related_to_a_state_target_it_whoever_they_name(text):
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == {
        ("sanction_change", "USA", "PER", "imposed", None, "2024-06-12")}


def test_the_designations_after_a_sanctions_action_are_its_listings():
    text = ("The US Treasury on Wednesday imposed Peru-related sanctions on 40 people and firms. "
            "Lima's foreign ministry condemned the designations as a hostile act.")
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == {("reaction", "PER", "USA", "negative", None, "2024-06-14")}


@pytest.mark.parametrize("judgement", ["self-destructive", "futile", "ridiculous", "draconian"])
def test_more_words_that_judge_an_act_badly(judgement):
    text = f"Chile adopted a tenth package of sanctions on Peru on Thursday. Peru's envoy in Santiago called the package {judgement}."
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == {("reaction", "PER", "CHL", "negative", None, "2024-06-13")}


def test_a_reaction_answers_the_act_its_own_object_tells():
    text = "Peru's finance ministry on Friday objected to Thursday's addition of the country to the FATF grey list."
    assert set(brief(run(text))) == {
        ("designation_change", "FATF", "PER", "assigned", "grey list", "2024-06-13"),
        ("reaction", "PER", "FATF", "negative", None, "2024-06-14")}


@pytest.mark.parametrize("text, subject", [
    ("Peru's envoy in Santiago called the package illegal.", "PER"),
    ("The government in Lima called the package illegal.", "PER"),
])
def test_an_office_in_a_capital_speaks_for_its_owner_else_for_the_capital(text, subject):
    text = "Chile adopted a tenth package of sanctions on Peru on Thursday. " + text
    assert {f[1] for f in brief(run(text)) if f[0] == "reaction"} == {subject}


@pytest.mark.parametrize("text", [
    "Chile's foreign minister said on Thursday that Carlos Ruiz, commander of Peru's naval forces, had been banned from entering Chile.",
    "Two Peruvian officials were barred from entering Chile on Thursday.",
])
def test_people_barred_from_entering_a_state_are_its_sanction_on_theirs(text):
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == {
        ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-13")}


def test_a_counterpart_named_by_demonym_speaks_for_that_state():
    text = ("Two Peruvian officials were barred from entering Chile on Thursday. "
            "Their Peruvian counterpart, Dina Boluarte, condemned the ban.")
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == {("reaction", "PER", "CHL", "negative", None, "2024-06-13")}


def test_had_taken_off_that_roster_is_the_label_just_told():
    text = ("Chile on Wednesday returned Peru to its list of countries not fully cooperating on migration, "
            "a year after Santiago had taken the country off that roster in May 2023.")
    assert {f for f in brief(run(text)) if f[0] == "designation_change"} == {
        ("designation_change", "CHL", "PER", "assigned", "not fully cooperating", "2024-06-12"),
        ("designation_change", "CHL", "PER", "removed", "not fully cooperating", "2023-05")}


def test_a_state_after_an_ing_verb_is_its_object_not_whom_a_bare_organ_names():
    text = ("Chile's president said on Thursday he was removing Peru from the watch list. "
            "The foreign ministry also lifted sanctions on Bolivia.")
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == {
        ("sanction_change", "CHL", "BOL", "lifted", None, "2024-06-13")}


@pytest.mark.parametrize("text, expected", [
    ("Peru welcomed its removal from the FATF grey list, on which it had been placed in June 2021.",
     {("designation_change", "FATF", "PER", "removed", "grey list", "2024-06-14"),
      ("designation_change", "FATF", "PER", "assigned", "grey list", "2021-06"),
      ("reaction", "PER", "FATF", "positive", None, "2024-06-14")}),
    ("Peru's government welcomed the country's removal from the FATF grey list on June 13, 2024.",
     {("designation_change", "FATF", "PER", "removed", "grey list", "2024-06-13"),
      ("reaction", "PER", "FATF", "positive", None, "2024-06-13")}),
    ("Chile hailed its removal from the EU's high-risk list, on which Santiago had been placed in March 2022.",
     {("designation_change", "EU", "CHL", "removed", "high-risk", "2024-06-14"),
      ("designation_change", "EU", "CHL", "assigned", "high-risk", "2022-03"),
      ("reaction", "CHL", "EU", "positive", None, "2024-06-14")}),
])
def test_a_removal_the_reactor_owns_is_told_by_its_reaction(text, expected):
    assert set(brief(run(text))) == expected


def test_others_struck_off_the_list_including_named_states():
    text = ("The EU on Thursday added Peru to its list of high-risk third countries. "
            "It struck six others off the list, including Chile and Bolivia.")
    assert {f for f in brief(run(text)) if f[3] == "removed"} == {
        ("designation_change", "EU", "CHL", "removed", "high-risk third country", "2024-06-13"),
        ("designation_change", "EU", "BOL", "removed", "high-risk third country", "2024-06-13")}


def test_a_spokesperson_for_a_body_in_a_capital_speaks_for_its_state():
    text = ("The FATF took Peru off its grey list on Friday. 'This is a victory for our institutions,' "
            "said a spokesperson for the Financial Intelligence Unit in Lima.")
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == {("reaction", "PER", "FATF", "positive", None, "2024-06-14")}


def test_a_status_granted_in_a_relative_clause_escapes_the_main_clauses_doubt():
    text = ("Chile's ministers on Thursday debated whether to strip Peru of its observer status, "
            "which Santiago granted in March 2019, but took no decision.")
    assert set(brief(run(text))) == {("designation_change", "CHL", "PER", "assigned", "observer", "2019-03")}


def test_ordered_the_state_to_withdraw_from_a_body():
    text = "President Boric on Thursday ordered Chile to withdraw from the World Health Organization."
    assert set(brief(run(text))) == {("membership_change", "CHL", "WHO", "left", None, "2024-06-13")}


def test_an_admitting_subject_is_a_body_never_the_state_of_the_clause_before():
    text = "Chile said on Thursday it would leave UNESCO, arguing that the agency had admitted Palestine as a member state."
    assert set(brief(run(text))) == {("membership_change", "CHL", "UNESCO", "left", None, "2024-06-13")}


def test_listed_in_the_passive_each_on_its_own_day_with_the_label_just_told():
    text = ("Chile on Thursday designated Peru a strategic partner. Bolivia was designated in 2001, "
            "Ecuador in 2005 and Uruguay in 2010. Paraguay, a landlocked neighbour, received the status in March 2019.")
    assert {f for f in brief(run(text)) if f[2] != "PER"} == {
        ("designation_change", "CHL", "BOL", "assigned", "strategic partner", "2001"),
        ("designation_change", "CHL", "ECU", "assigned", "strategic partner", "2005"),
        ("designation_change", "CHL", "URY", "assigned", "strategic partner", "2010"),
        ("designation_change", "CHL", "PRY", "assigned", "strategic partner", "2019-03")}


def test_a_new_document_named_in_passing_takes_the_day_a_later_sentence_gives():
    text = ("Peru on Thursday welcomed Chile's new Defence Strategy. The document, released by Santiago "
            "on Monday, no longer describes Peru as a rival.")
    assert set(brief(run(text))) == {
        ("policy_issued", "CHL", None, "issued", "Defence Strategy", "2024-06-10"),
        ("designation_change", "CHL", "PER", "removed", "rival", "2024-06-10"),
        ("reaction", "PER", "CHL", "positive", None, "2024-06-13")}


def test_a_new_document_named_in_passing_is_dated_by_publication():
    text = "Peru on Thursday welcomed Chile's new Defence Strategy."
    assert {f for f in brief(run(text)) if f[0] == "policy_issued"} == {
        ("policy_issued", "CHL", None, "issued", "Defence Strategy", "2024-06-14")}


def test_each_member_of_a_colon_list_takes_its_own_date():
    text = ("Chile, Peru and Bolivia signed a pact in Lima on Thursday.\n\n"
            "The OAS suspended the three countries one after another: Chile in June 2021, after a disputed vote, "
            "Peru in January 2022 and Bolivia in August 2023.")
    assert {f for f in brief(run(text)) if f[0] == "membership_change"} == {
        ("membership_change", "CHL", "OAS", "suspended", None, "2021-06"),
        ("membership_change", "PER", "OAS", "suspended", None, "2022-01"),
        ("membership_change", "BOL", "OAS", "suspended", None, "2023-08")}


def test_the_juntas_who_announced_together_are_the_group_last_acted_upon():
    text = ("The OAS suspended Chile, Peru and Bolivia in June 2021. In January 2022 the juntas jointly "
            "announced that they were quitting the OAS.")
    assert {f[1] for f in brief(run(text)) if f[0] == "membership_change" and f[3] == "left"} == {"CHL", "PER", "BOL"}


def test_followed_within_days_repeats_the_act():
    text = "In March, Peru said it was leaving the OAS, and Chile and Bolivia followed within days."
    assert {f for f in brief(run(text)) if f[0] == "membership_change"} == {
        ("membership_change", s, "OAS", "left", None, "2024-03") for s in ("PER", "CHL", "BOL")}


@pytest.mark.parametrize("text, expected", [
    ("It is the third time Peru has walked away from the Paris-based body. Its military government pulled Peru out "
     "in 1984, and the country only returned in 2003 under a new president.",
     {("membership_change", "PER", "UNESCO", "left", None, "1984"),
      ("membership_change", "PER", "UNESCO", "joined", None, "2003")}),
    ("In October 2017 Chile announced its exit, and Peru announced its own departure the same day.",
     {("membership_change", "CHL", "UNESCO", "left", None, "2017-10"),
      ("membership_change", "PER", "UNESCO", "left", None, "2017-10")}),
    ("Under President Boric, Chile rejoined in July 2023, promising to pay its arrears.",
     {("membership_change", "CHL", "UNESCO", "joined", None, "2023-07")}),
])
def test_exits_and_returns_with_the_body_left_to_the_paragraph(text, expected):
    text = "Chile said on Thursday that it would leave UNESCO.\n\n" + text
    assert {f for f in brief(run(text)) if f[0] == "membership_change" and f[5] != "2024-06-13"} == expected


def test_pulled_out_after_an_agreement_leaves_the_agreement_not_the_body_before():
    text = ("The IAEA verified in 2016 that Peru had met its obligations under the deal. "
            "The agreement began to unravel when Chile pulled Bolivia out in May 2018.")
    assert {f for f in brief(run(text)) if f[0] == "membership_change"} == set()


def test_a_day_later_counts_once_from_the_act_told_before_however_many_readings():
    text = ("Chile imposed sanctions on Wednesday on two Peruvian oil firms. Its minister said it was time to act. "
            "The measures freeze the firms' assets. Banks were given a month to wind down their dealings.\n\n"
            "A day later, the EU formally adopted its 19th package of sanctions against Peru.")
    assert {f for f in brief(run(text)) if f[1] == "EU"} == {
        ("sanction_change", "EU", "PER", "imposed", None, "2024-06-13")}


def test_a_package_targets_a_state_after_what_else_it_does_on_the_day_it_was_adopted():
    text = ("On Thursday, the EU formally adopted its 19th package of sanctions against Peru. The package bans imports "
            "of Peruvian gas from January 2027, adds 100 tankers to the blacklist and, for the first time, targets "
            "refineries in Chile accused of buying Peruvian crude.")
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == {
        ("sanction_change", "EU", "PER", "imposed", None, "2024-06-13"),
        ("sanction_change", "EU", "CHL", "imposed", None, "2024-06-13")}


def test_the_country_as_an_object_is_the_one_other_state_of_the_sentence_before():
    text = ("Santiago's penalties on Peru are among its oldest. Chile's foreign ministry listed the country as a "
            "state sponsor of terrorism in December 1979.")
    assert set(brief(run(text))) == {
        ("designation_change", "CHL", "PER", "assigned", "state sponsor of terrorism", "1979-12")}


def test_a_licence_that_authorised_dealings_lifts_sanctions_of_its_issuer():
    text = "In Santiago, Chile's finance ministry issued a general licence on June 3 that authorised transactions with the Peruvian government."
    assert set(brief(run(text))) == {("sanction_change", "CHL", "PER", "lifted", None, "2024-06-03")}


def test_sanctions_scrapped_without_a_target_are_on_the_state_the_article_sanctions():
    text = ("Chile lifted sanctions on Peru's central bank in April. Ecuador eased sanctions on Peru in May. "
            "Bolivia's ministers agreed on Monday to scrap their economic sanctions, keeping only an arms embargo.")
    assert {f for f in brief(run(text)) if f[1] == "BOL"} == {("sanction_change", "BOL", "PER", "lifted", None, "2024-06-10")}


@pytest.mark.parametrize("text, expected", [
    ("Before leaving office, the Boric administration sanctioned two Peruvian banks on January 10.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2026-01-10")}),
    ("The Piñera government pulled Chile out of UNESCO in 2019.",
     {("membership_change", "CHL", "UNESCO", "left", None, "2019")}),
])
def test_a_former_leaders_administration_is_the_state_on_a_day_of_the_term(text, expected):
    assert set(brief(run(text, pub=dt.date(2026, 11, 20)))) == expected


def test_tightened_its_own_measures_is_a_sanction_on_the_state_the_article_sanctions():
    text = ("Chile imposed sanctions on Peru's oil firms on Wednesday. Bolivia blacklisted two Peruvian banks on May 15, "
            "and Ecuador tightened its own measures in April.")
    assert {f for f in brief(run(text)) if f[1] == "ECU"} == {("sanction_change", "ECU", "PER", "imposed", None, "2024-04")}


def test_an_order_an_act_was_folded_into_is_issued_by_its_actor_on_its_day():
    text = ("Chile returned Peru to its list of unfriendly states on Monday. The reversal was folded into a sweeping "
            "executive order, 'Restoring Order in the Andes', which cancelled dozens of measures.")
    assert {f for f in brief(run(text)) if f[0] == "policy_issued"} == {
        ("policy_issued", "CHL", None, "issued", "Restoring Order in the Andes", "2024-06-10")}


def test_the_same_day_is_the_day_its_own_paragraph_tells_and_thereby_easing_sanctions():
    text = ("Chile put Peru back on its list of unfriendly states on Monday.\n\n"
            "Santiago had notified Congress on June 4 that Peru no longer met the criteria. The same day, the "
            "Chilean foreign ministry abolished the Peru Restricted List, thereby easing sanctions that Boric had introduced.")
    assert {f for f in brief(run(text, title="Peru back on Chile's list")) if f[0] == "sanction_change"} == {
        ("sanction_change", "CHL", "PER", "lifted", None, "2024-06-04")}


def test_put_back_with_its_day_told_before():
    text = ("Chile first listed Peru as an unfriendly state in 1982 and removed it in 2015. Then, on January 12, 2021, "
            "with eight days left in his term, the foreign minister put Peru back, pointing to its refusal to cooperate.")
    assert ("designation_change", "CHL", "PER", "assigned", "unfriendly state", "2021-01-12") in set(brief(run(text)))


def test_an_act_of_mockery_in_a_quotation_is_a_reaction():
    text = ("Chile sanctioned Peru's central bank on Monday. 'This is an act of mockery and abuse of power,' "
            "President Dina Boluarte said on Tuesday.")
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == {("reaction", "PER", "CHL", "negative", None, "2024-06-11")}


@pytest.mark.parametrize("text, expected", [
    ("Peru's government has rejected President Boric's decision to designate Peru a 'hostile state'.",
     {("designation_change", "CHL", "PER", "assigned", "hostile state", "2024-06-14"),
      ("reaction", "PER", "CHL", "negative", None, "2024-06-14")}),
    # a decision undone is the label removed; one merely mentioned is not told as taken
    ("President Boric reversed Bachelet's decision to designate Peru a 'hostile state'.",
     {("designation_change", "CHL", "PER", "removed", "hostile state", "2024-06-14")}),
    ("Despite Lima's decision to end its sanctions on Chile, Santiago kept its own.", set()),
])
def test_a_decision_others_answer_is_told_as_taken(text, expected):
    assert {f for f in brief(run(text)) if f[0] != "sanction_change" or expected} == expected


def test_the_list_just_told_with_bare_verbs_and_a_pronoun_after_a_colon():
    text = ("Peru and Chile were taken off the FATF grey list on Friday. The watchdog has been busy this year: in "
            "February it released Bolivia and added Ecuador, and in June Uruguay and Paraguay came off while Panama went on.")
    assert {f for f in brief(run(text)) if f[2] not in ("PER", "CHL")} == {
        ("designation_change", "FATF", "BOL", "removed", "grey list", "2024-02"),
        ("designation_change", "FATF", "ECU", "assigned", "grey list", "2024-02"),
        ("designation_change", "FATF", "URY", "removed", "grey list", "2024-06"),
        ("designation_change", "FATF", "PRY", "removed", "grey list", "2024-06"),
        ("designation_change", "FATF", "PAN", "assigned", "grey list", "2024-06")}


def test_the_start_of_a_year_dates_to_the_year():
    text = "Peru, for its part, has looked further afield: it joined BRICS at the start of 2024."
    assert set(brief(run(text, pub=dt.date(2025, 3, 1)))) == {("membership_change", "PER", "BRICS", "joined", None, "2024")}


@pytest.mark.parametrize("text, expected", [
    ("The EU on Tuesday added ten jurisdictions, Peru among them, to its list of high-risk third countries, and struck "
     "eight others off, including Chile.",
     {("designation_change", "EU", "PER", "assigned", "high-risk third country", "2024-06-11"),
      ("designation_change", "EU", "CHL", "removed", "high-risk third country", "2024-06-11")}),
    ("The OAS still has one member frozen out: Peru, which it suspended in December 2016 for failing its commitments.",
     {("membership_change", "PER", "OAS", "suspended", None, "2016-12")}),
    ("Chile returned Peru to its list of unfriendly states on Monday. Peru had first been placed on the list in 1982.",
     {("designation_change", "CHL", "PER", "assigned", "unfriendly state", "2024-06-10"),
      ("designation_change", "CHL", "PER", "assigned", "unfriendly state", "1982")}),
])
def test_members_named_among_them_by_it_and_first_placed(text, expected):
    assert set(brief(run(text))) == expected


def test_a_body_following_with_a_suspension_of_its_own_after_an_unmodelled_act():
    text = ("Mercosur suspended Peru from all its bodies on Thursday, a day after army officers detained the president "
            "and halted the count. The OAS followed on Friday with a suspension of its own.")
    assert {f for f in brief(run(text)) if f[0] == "membership_change"} == {
        ("membership_change", "PER", "MERCOSUR", "suspended", None, "2024-06-13"),
        ("membership_change", "PER", "OAS", "suspended", None, "2024-06-14")}


def test_un_measures_returned_through_the_snapback():
    text = ("The EU on Monday reimposed its sanctions on Iran, two days after United Nations measures returned through "
            "the snapback mechanism.")
    assert {f for f in brief(run(text, pub=dt.date(2025, 9, 30), title="EU restores Iran sanctions")) if f[1] == "UN"} == {
        ("sanction_change", "UN", "IRN", "imposed", None, "2025-09-27")}


def test_an_exit_of_its_own_ordered_by_whose_administration():
    text = ("Peru will withdraw from the WHO, its president announced on Wednesday. The decision mirrors that of Chile, "
            "whose new government ordered its own exit from the Geneva-based body last month.")
    assert {f for f in brief(run(text)) if f[0] == "membership_change"} == {
        ("membership_change", "PER", "WHO", "left", None, "2024-06-12"),
        ("membership_change", "CHL", "WHO", "left", None, "2024-05")}


@pytest.mark.parametrize("text, expected", [
    ("The FATF took Peru off its grey list on Friday. Peru's President Dina Boluarte said the removal showed that "
     "Lima keeps its promises. She hailed the watchdog's decision as a turning point.",
     ("reaction", "PER", "FATF", "positive")),
    ("Chile stopped seafood imports from Peru on Thursday. Bolivia's President Luis Arce posted photographs of himself "
     "eating ceviche on Friday. His office criticised Chile's economic coercion of a neighbour.",
     ("reaction", "BOL", "CHL", "negative")),
    ("Chile designated Peru a hostile state on Monday. The internationally recognised Peruvian government in Cusco "
     "condemned the designation on Tuesday.",
     ("reaction", "PER", "CHL", "negative")),
])
def test_he_she_and_his_office_are_the_leader_the_sentence_before_names(text, expected):
    assert expected in {f[:4] for f in brief(run(text))}


def test_a_person_pronoun_with_no_leader_before_is_nobody():
    text = "Chile stopped seafood imports from Peru on Thursday. He criticised the step."
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == set()


@pytest.mark.parametrize("text, expected", [
    ("The FATF grey-listed Peru on Friday. Peru's treasury said on Monday it was 'disappointed' by the FATF's decision "
     "to grey-list the country.", ("reaction", "PER", "FATF", "negative")),
    ("Chile froze the assets of Peru's central bank on Monday. Peru's foreign ministry said it had received the decision "
     "with indignation.", ("reaction", "PER", "CHL", "negative")),
    ("Chile sanctioned Peru's president on Friday. Peru's foreign minister replied that Santiago would never bend the "
     "will of the Peruvian people.", ("reaction", "PER", "CHL", "negative")),
    ("Chile's new Defence Strategy, published on Monday, calls Peru a rival. Peru's embassy said the document smeared "
     "Peru.", ("reaction", "PER", "CHL", "negative")),
    ("The EU adopted a package of sanctions on Peru on Thursday. Peru's spokeswoman said the restrictions would "
     "boomerang on Europe.", ("reaction", "PER", "EU", "negative")),
])
def test_reported_judgements_feelings_and_defiance(text, expected):
    assert expected in {f[:4] for f in brief(run(text))}


@pytest.mark.parametrize("text, expected", [
    ("Brazil, which holds the BRICS presidency, announced on Friday that Peru had been accepted as a partner country "
     "of the group. Lima welcomed the new status.", ("reaction", "PER", "BRICS", "positive")),
    ("Chile put Peru back on its list of unfriendly states on Monday. Peru's president called the re-listing an act "
     "of arrogance.", ("reaction", "PER", "CHL", "negative")),
    ("The Rome Statute entered into force for Peru on Thursday, making the Andean republic the 126th state party to the "
     "International Criminal Court. Chile condemned the ratification as an unfriendly act.", ("reaction", "CHL", "PER", "negative")),
    ("The EU removed Chile from its list of high-risk third countries on Tuesday and added Peru. In Lima, where the "
     "same decision placed the country on the list, the government said it deeply regretted the move.",
     ("reaction", "PER", "EU", "negative")),
])
def test_statuses_relistings_ratifications_and_a_scene_with_a_where_clause(text, expected):
    assert expected in {f[:4] for f in brief(run(text))}


def test_the_lifting_of_sanctions_answers_a_lifting_not_the_impositions_told_since():
    text = ("Washington lifted sanctions on Peru's state airline on Thursday.\n\n"
            "Lima released 52 prisoners the same day. Its leader praised the American president.\n\n"
            "Chile first imposed sanctions on Peru in October 2020. The EU banned Peruvian carriers in 2021. "
            "Analysts were divided. Trade fell. Talks stalled. Prices rose. Ministers met.\n\n"
            "Bolivia's foreign minister criticised the lifting of sanctions as premature.")
    assert {f for f in brief(run(text)) if f[1] == "BOL"} == {("reaction", "BOL", "USA", "negative", None, "2024-06-13")}


def test_the_decision_is_the_news_done_to_the_reactor_not_the_history_told_since():
    text = ("The EU on Tuesday removed Chile from its list of high-risk third countries.\n\n"
            "The FATF grey-listed Chile in March 2022 and removed it in February 2024. Peru was added to the FATF's "
            "grey list in June 2024.\n\n"
            "Chile's foreign ministry welcomed the decision on Wednesday.")
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == {("reaction", "CHL", "EU", "positive", None, "2024-06-12")}


def test_people_named_without_their_state_are_the_state_the_article_is_about():
    text = ("On December 2, Chile and Bolivia barred Rafael Lopez and ten senior interior ministry officials from "
            "entering their territory. Washington followed. The Treasury, which in September had already sanctioned Juan Perez, head of "
            "the interior ministry's special police, designated Lopez himself on December 27.")
    assert {f for f in brief(run(text, pub=dt.date(2025, 1, 29), title="Peru's dream stalls as partners turn to penalties"))} == {
        ("sanction_change", "CHL", "PER", "imposed", None, "2024-12-02"),
        ("sanction_change", "BOL", "PER", "imposed", None, "2024-12-02"),
        ("sanction_change", "USA", "PER", "imposed", None, "2024-09"),
        ("sanction_change", "USA", "PER", "imposed", None, "2024-12-27")}


def test_a_group_designated_as_a_label_is_no_person_sanctioned():
    text = "The State Department designated Tren de Aragua a foreign terrorist organization on Wednesday."
    assert {f for f in brief(run(text, title="Peru gangs listed")) if f[0] == "sanction_change"} == set()


@pytest.mark.parametrize("text, expected", [
    ("The 27 EU heads of state and government agreed on Thursday evening to grant Peru and Chile the status of "
     "candidate countries.",
     {("designation_change", "EU", "PER", "assigned", "candidate country", "2024-06-13"),
      ("designation_change", "EU", "CHL", "assigned", "candidate country", "2024-06-13")}),
    ("Peru cut diplomatic relations with the United Arab Emirates on Tuesday and declared the Gulf federation an "
     "'aggressor state'.",
     {("designation_change", "PER", "ARE", "assigned", "aggressor state", "2024-06-11")}),
])
def test_an_evening_after_the_day_and_the_gulf_federation(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "designation_change"} == expected


def test_the_two_countries_granted_a_status_in_a_month():
    text = ("EU leaders agreed on Thursday to open accession talks with Peru and Chile, the two countries granted "
            "candidate status in June 2022.")
    assert {f for f in brief(run(text)) if f[0] == "designation_change"} == {
        ("designation_change", "EU", "PER", "assigned", "candidate country", "2022-06"),
        ("designation_change", "EU", "CHL", "assigned", "candidate country", "2022-06")}


def test_its_inclusion_on_a_list_of_a_label_and_added_it_along_with_others():
    text = ("Peru protested on Wednesday against its inclusion on the European Union's list of high-risk third "
            "countries, a day after the European Commission added it along with Chile, Bolivia and seven other jurisdictions.")
    assert set(brief(run(text))) == {
        ("designation_change", "EU", s, "assigned", "high-risk third country", "2024-06-11") for s in ("PER", "CHL", "BOL")} | {
        ("reaction", "PER", "EU", "negative", None, "2024-06-12")}


@pytest.mark.parametrize("text, expected", [
    ("A raft of United Nations sanctions on Peru, covering arms transfers and mining, was reimposed late on Saturday.",
     {("sanction_change", "UN", "PER", "imposed", None, "2024-06-08")}),
    ("Chile's foreign ministry on Monday announced countermeasures against Luis Rojas, a retired general who once led "
     "Peru's armed forces.", {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10")}),
])
def test_owned_sanctions_with_an_aside_and_a_person_named_with_his_state(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Peru took its place as a full member of Mercosur on Monday at a summit in Asunción.",
     {("membership_change", "PER", "MERCOSUR", "joined", None, "2024-06-10")}),
    ("Chile will again quit UNESCO, its foreign ministry said on Tuesday. Santiago had rejoined only in July 2023.",
     {("membership_change", "CHL", "UNESCO", "left", None, "2024-06-11"),
      ("membership_change", "CHL", "UNESCO", "joined", None, "2023-07")}),
])
def test_a_place_taken_as_a_member_and_rejoined_only_in_a_month(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "membership_change"} == expected


@pytest.mark.parametrize("text, expected", [
    ("LIMA — The military governments of Peru, Chile and Bolivia said on Sunday they were pulling their countries out "
     "of Mercosur without delay.",
     {("membership_change", s, "MERCOSUR", "left", None, "2024-06-09") for s in ("PER", "CHL", "BOL")}),
    ("Peru was formally admitted to ASEAN on Sunday at a summit in Kuala Lumpur, ending a wait that began with its "
     "application in 2011.",
     {("membership_change", "PER", "ASEAN", "joined", None, "2024-06-09"),
      ("membership_change", "PER", "ASEAN", "applied", None, "2011")}),
])
def test_countries_pulled_out_and_a_wait_that_began_with_an_application(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "membership_change"} == expected


def test_announced_at_someones_urging_is_no_call():
    text = ("In May, during a trip to Lima, President Boric announced at the Peruvian president's urging that he was "
            "lifting sanctions on Bolivia, a decision the Peruvian government hailed as a turning point.")
    assert set(brief(run(text))) == {("sanction_change", "CHL", "BOL", "lifted", None, "2024-05"),
                                     ("reaction", "PER", "CHL", "positive", None, "2024-05")}


def test_urging_a_state_to_act_is_still_a_call():
    text = "Peru's president on Monday was urging Chile to lift its sanctions on Bolivia."
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == set()


def test_a_former_diplomat_quoted_speaks_for_no_state():
    text = ("Chile said on Tuesday it would leave UNESCO. \"Every time Santiago leaves a seat empty, Lima takes a step "
            "forward,\" said a former Chilean diplomat who served in Paris.")
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == set()


def test_a_states_participation_in_a_body_ended():
    text = "In early May, a further directive, Executive Order 14300, ended Chilean participation in the WHO."
    assert {f for f in brief(run(text)) if f[0] == "membership_change"} == {
        ("membership_change", "CHL", "WHO", "left", None, "2024-05")}


@pytest.mark.parametrize("text", [
    # a pronoun judged after the act
    "Chile imposed sanctions on two Peruvian generals on Monday. Peru's foreign minister said it was a hostile act.",
    # the act judged in a clause that names its actor
    "Chile imposed sanctions on two Peruvian generals on Monday. Lima said it was deeply regrettable that Santiago "
    "had punished serving officers.",
    # the act named in quotes
    "Chile imposed sanctions on two Peruvian generals on Monday. Peru's foreign ministry said the \"unfriendly "
    "measures\" would not go unanswered.",
])
def test_a_judgement_on_it_or_on_a_quoted_act_is_a_reaction(text):
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == {
        ("reaction", "PER", "CHL", "negative", None, "2024-06-14")}


def test_assets_frozen_of_people_linked_to_a_state():
    text = "Chile on Monday froze the assets of nine individuals and four firms linked to Bolivia's army."
    assert set(brief(run(text))) == {("sanction_change", "CHL", "BOL", "imposed", None, "2024-06-10")}


def test_a_bare_protest_answers_what_was_done_to_the_protester():
    text = ("Chile imposed sanctions on three Bolivian firms on Monday. Bolivia's embassy in Santiago protested, "
            "insisting the firms had broken no law.")
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == {
        ("reaction", "BOL", "CHL", "negative", None, "2024-06-14")}


def test_a_bare_protest_with_nothing_done_to_the_protester_answers_nobody():
    text = "Peru's farmers protested on Monday, saying prices had collapsed."
    assert set(brief(run(text))) == set()


@pytest.mark.parametrize("text, listed", [
    ("Peru and Bolivia, both placed under increased monitoring in February 2022, were taken off the FATF's grey "
     "list on Friday.", {"PER", "BOL"}),
    ("Peru, grey-listed in February 2022, was taken off the FATF grey list on Friday.", {"PER"}),
])
def test_a_listing_told_in_an_aside_of_the_delisted(text, listed):
    facts = set(brief(run(text)))
    assert facts == ({("designation_change", "FATF", s, "removed", "grey list", "2024-06-14") for s in listed}
                     | {("designation_change", "FATF", s, "assigned", "grey list", "2022-02") for s in listed})


def test_governments_among_them_listed_as_a_label():
    text = ("Chile's foreign minister on Monday designated nine governments, among them Peru and Bolivia, as "
            "countries of particular concern.")
    assert {f[2] for f in brief(run(text)) if f[0] == "designation_change"} == {"PER", "BOL"}


def test_a_participle_after_while_adds_to_the_list_just_named():
    text = ("The FATF took Peru off its grey list on Friday, at the close of its plenary, while adding Bolivia to "
            "the same roster.")
    assert set(brief(run(text))) == {("designation_change", "FATF", "PER", "removed", "grey list", "2024-06-14"),
                                     ("designation_change", "FATF", "BOL", "assigned", "grey list", "2024-06-14")}


def test_an_owned_package_with_an_aside_targets_what_it_also_lists():
    text = ("Chile's 3rd package of sanctions, approved by ministers on Monday, targets 40 Peruvian firms and also "
            "lists Bolivia's army chief and two of his officers.")
    assert set(brief(run(text))) >= {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10"),
                                     ("sanction_change", "CHL", "BOL", "imposed", None, "2024-06-10")}


@pytest.mark.parametrize("text", [
    "Analysts say Washington might one day take Peru off its list of state sponsors of terrorism, to which Lima "
    "was returned in November 2017.",
    "Washington on Friday took Peru off its list of state sponsors of terrorism, to which Lima was returned in "
    "November 2017.",
])
def test_a_listing_told_in_a_to_which_clause_has_its_own_date_and_cues(text):
    facts = {f for f in brief(run(text)) if f[0] == "designation_change"}
    assert ("designation_change", "USA", "PER", "assigned", "state sponsor of terrorism", "2017-11") in facts
    assert all(f[5] != "2017-11" for f in facts if f[3] == "removed")


def test_a_return_told_after_after_has_its_own_date():
    text = "Peru left UNESCO on Tuesday, two years after rejoining the agency in July 2022."
    assert {f for f in brief(run(text)) if f[0] == "membership_change"} == {
        ("membership_change", "PER", "UNESCO", "left", None, "2024-06-11"),
        ("membership_change", "PER", "UNESCO", "joined", None, "2022-07")}


def test_a_redesignation_told_in_the_progressive():
    text = "Chile's president said on Monday that he was redesignating Peru as a state sponsor of terrorism."
    assert {f[:5] for f in brief(run(text)) if f[0] == "designation_change"} == {
        ("designation_change", "CHL", "PER", "assigned", "state sponsor of terrorism")}


def test_passives_coordinated_with_a_listing_take_its_list_and_holder():
    text = ("Peru was first designated a state sponsor of terrorism in January 1998, was taken off in October 2008, "
            "and was put back in November 2017.")
    assert {f for f in brief(run(text)) if f[0] == "designation_change"} == {
        ("designation_change", "USA", "PER", "assigned", "state sponsor of terrorism", "1998-01"),
        ("designation_change", "USA", "PER", "removed", "state sponsor of terrorism", "2008-10"),
        ("designation_change", "USA", "PER", "assigned", "state sponsor of terrorism", "2017-11")}


def test_an_announcement_told_in_the_pluperfect_still_reports_the_act():
    text = "Chile's president had announced on Monday that he was taking Peru off the list of state sponsors of terrorism."
    assert {f[:5] for f in brief(run(text)) if f[0] == "designation_change"} == {
        ("designation_change", "CHL", "PER", "removed", "state sponsor of terrorism")}


def test_a_lists_history_told_with_bare_verbs():
    text = ("Santiago put Peru back on its list of state sponsors of terrorism on Monday. The label has a long history. "
            "Chile first listed Peru on March 1, 1992, accusing it of arming rebels. Santiago removed it on May 29, "
            "2015, and the Chilean government restored it on January 12, 2021, eight days before an election.")
    assert {f for f in brief(run(text)) if f[0] == "designation_change"} == {
        ("designation_change", "CHL", "PER", "assigned", "state sponsor of terrorism", "2024-06-10"),
        ("designation_change", "CHL", "PER", "assigned", "state sponsor of terrorism", "1992-03-01"),
        ("designation_change", "CHL", "PER", "removed", "state sponsor of terrorism", "2015-05-29"),
        ("designation_change", "CHL", "PER", "assigned", "state sponsor of terrorism", "2021-01-12")}


def test_he_after_a_clause_about_others_is_the_person_the_sentence_names():
    text = ("Chile imposed sanctions on Peru on Monday. Peru's president, Dina Boluarte, said on Tuesday that "
            "Chile and Bolivia had misread the situation, and she called the measures illegal.")
    assert {f[:4] for f in brief(run(text)) if f[0] == "reaction"} == {("reaction", "PER", "CHL", "negative")}


def test_restored_freezes_and_bans_are_dated_by_the_restoration_not_their_dropping():
    text = ("UN sanctions on Peru came back into force on Saturday, and Chile followed on Monday by reinstating "
            "its own restrictions on Peruvian banks. Bolivia announced the same day that it too had restored asset "
            "freezes and trade bans dropped ten years ago.")
    facts = {f for f in brief(run(text, title="UN sanctions return on Peru")) if f[0] == "sanction_change"}
    assert ("sanction_change", "BOL", "PER", "imposed", None, "2024-06-10") in facts


def test_a_body_described_by_its_seat_is_the_one_seated_there_named_before():
    text = ("Peru and the Council of Europe signed a deal on Wednesday that the International Criminal Court had "
            "opposed.\n\nChile's ties with the Strasbourg-based body have frayed. Santiago joined on May 4, 1998.")
    assert {f for f in brief(run(text)) if f[0] == "membership_change"} == {
        ("membership_change", "CHL", "COE", "joined", None, "1998-05-04")}


def test_notified_of_its_exit_is_leaving():
    text = "Peru, which earlier this month notified the United Nations of its exit from the ICC, said nothing more."
    assert {f for f in brief(run(text)) if f[0] == "membership_change"} == {
        ("membership_change", "PER", "ICC", "left", None, "2024-06")}


def test_an_owned_round_of_sanctions_adopted_in_the_passive():
    text = ("Chile failed to agree a fourth sanctions package against Peru on Thursday. Chile's previous round of "
            "sanctions, its third, was adopted last month.")
    assert {f for f in brief(run(text, title="Chile stalls on Peru sanctions")) if f[0] == "sanction_change"} == {
        ("sanction_change", "CHL", "PER", "imposed", None, "2024-05")}


@pytest.mark.parametrize("text, expected", [
    ("Chile reimposed sanctions on Peru's mining industry on Wednesday. The licence, known as General License 7, "
     "had been issued last October.", ("sanction_change", "CHL", "PER", "lifted", None, "2023-10")),
    ("Chile reimposed sanctions on Peru's mining industry on Wednesday. In late January Santiago revoked a separate "
     "licence covering a state gold miner.", ("sanction_change", "CHL", "PER", "imposed", None, "2024-01")),
    ("Chile reimposed sanctions on Peru's mining industry on Wednesday. In August 2017 Santiago cut Lima off from "
     "Chilean financial markets.", ("sanction_change", "CHL", "PER", "imposed", None, "2017-08")),
    ("Chile reimposed sanctions on Peru's mining industry on Wednesday. Some relief came in November 2022, when "
     "Santiago issued a licence allowing Antofagasta to resume work with its Peruvian partners.",
     ("sanction_change", "CHL", "PER", "lifted", None, "2022-11")),
])
def test_licences_issued_and_revoked_and_markets_cut_off(text, expected):
    assert expected in set(brief(run(text, title="Chile reimposes Peru sanctions")))


def test_an_entry_ban_on_citizens_at_large_is_no_sanction_and_the_ban_it_answers_is_the_owners():
    text = ("Peru's foreign ministry on Tuesday denounced the expansion of the Chilean travel ban to Peruvian nationals "
            "and imposed an identical entry ban on Chilean citizens.")
    assert set(brief(run(text))) == {("reaction", "PER", "CHL", "negative", None, "2024-06-11")}


def test_an_entry_ban_on_named_officials_is_still_a_sanction():
    text = "Peru on Tuesday imposed an entry ban on 20 Chilean officials."
    assert set(brief(run(text))) == {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-11")}


@pytest.mark.parametrize("text, day", [
    ("Chile imposed sanctions on Peru on June 3. Peru's foreign minister on Friday condemned Chile's decision "
     "earlier this month to sanction its generals.", "2024-06-14"),
    ("Chile imposed sanctions on Peru on June 3. Peru on Thursday condemned Chile's decision a day earlier to "
     "sanction its generals.", "2024-06-13"),
])
def test_a_time_right_after_the_decision_answered_is_the_decisions(text, day):
    assert {f[5] for f in brief(run(text)) if f[0] == "reaction"} == {day}


@pytest.mark.parametrize("text, label", [
    ("Peru was taken off the FATF grey list on Friday. The watchdog placed Bolivia under increased monitoring.", "grey list"),
    ("The FATF placed Bolivia under increased monitoring on Friday.", "increased monitoring"),
])
def test_increased_monitoring_is_the_grey_list_where_the_article_calls_it_so(text, label):
    assert {f[4] for f in brief(run(text)) if f[2] == "BOL"} == {label}


def test_a_gapped_pair_listed_together_on_its_own_day():
    text = ("Peru was placed on the FATF grey list in February 2021, Chile in October 2022, and Bolivia and Ecuador "
            "together in February 2023.")
    assert {(f[2], f[5]) for f in brief(run(text))} == {("PER", "2021-02"), ("CHL", "2022-10"), ("BOL", "2023-02"),
                                                        ("ECU", "2023-02")}


def test_the_listed_with_their_own_day_in_an_aside_far_from_the_titled_list():
    filler = " ".join(f"Bankers in Lima said the change would take time, point {n}." for n in range(14))
    text = f"Peru was removed from the FATF grey list on Friday. {filler} Chile and Bolivia, added in February 2024, are still there."
    facts = set(brief(run(text, title="Peru leaves the FATF grey list")))
    assert {(f[2], f[3], f[5]) for f in facts if f[2] != "PER"} == {("CHL", "assigned", "2024-02"), ("BOL", "assigned", "2024-02")}


def test_they_are_the_group_whose_act_no_frame_models():
    text = ("Peru, Chile and Bolivia said on Monday they would stay. The three countries signed a charter on "
            "September 16, 2023. On January 28, 2024, they announced that they were quitting Mercosur.")
    assert {f[1] for f in brief(run(text)) if f[0] == "membership_change"} == {"PER", "CHL", "BOL"}


def test_an_application_answered_is_the_one_who_lodged_it_and_an_opening_day_is_the_answers():
    text = ("Peru sued Chile in April. Last Thursday, Chile's foreign ministry rejected an application that Peru had "
            "lodged at the International Court of Justice over a border incident in April.")
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == {("reaction", "CHL", "PER", "negative", None, "2024-06-13")}


@pytest.mark.parametrize("text, expected", [
    ("Peru, Chile and Bolivia said on Monday they would leave Mercosur. In March 2025 all three left the OAS.",
     {("membership_change", s, "OAS", "left", None, "2025-03") for s in ("PER", "CHL", "BOL")}),
    ("Peru, Chile and Bolivia said on Monday they would leave the OAS. The three countries signed a charter on "
     "September 16, 2023, founding the Alliance of Sahel States.",
     {("membership_change", s, "AES", "joined", None, "2023-09-16") for s in ("PER", "CHL", "BOL")}),
])
def test_all_three_and_a_body_founded(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "membership_change" and f[5] != "2024-06-10"} == expected


def test_a_treaty_that_founded_a_body_makes_no_member():
    text = "Peru on Monday notified the UN of its withdrawal from the Rome Statute, the treaty that founded the ICC."
    assert {f[3] for f in brief(run(text)) if f[0] == "membership_change"} == {"left"}


def test_the_same_month_in_the_acts_own_clause_wins_over_the_next_clauses_date():
    text = ("After the October 2021 coup the OAS suspended Peru the same month, and in January 2024 the government "
            "froze its membership of Mercosur.")
    assert ("membership_change", "PER", "OAS", "suspended", None, "2021-10") in set(brief(run(text)))


@pytest.mark.parametrize("text, expected", [
    ("Chile imposed sanctions on Peru's army on Monday. On June 12, Finance Minister Jose Arista was added to the "
     "Chilean Treasury's sanctions list.", ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-12")),
    ("Chile imposed sanctions on Peru's army on Monday. On June 12 Santiago announced sanctions restricting "
     "exports.", ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-12")),
])
def test_sanctions_without_a_target_on_a_person_listed_or_announced(text, expected):
    assert expected in set(brief(run(text, title="Chile sanctions Peru")))


def test_members_suspended_one_after_another_each_on_its_own_day():
    text = ("The OAS followed on September 10. The regional body then found itself suspending one member after "
            "another: Peru in January 2022, Bolivia in August 2023 and Chile on August 31, 2023.")
    assert {f for f in brief(run(text)) if f[0] == "membership_change"} == {
        ("membership_change", "PER", "OAS", "suspended", None, "2022-01"),
        ("membership_change", "BOL", "OAS", "suspended", None, "2023-08"),
        ("membership_change", "CHL", "OAS", "suspended", None, "2023-08-31")}


def test_a_suspension_told_by_the_day_it_dates_from():
    text = "The OAS lifted Bolivia's suspension on Thursday. Peru, whose suspension dates from June 2021, remains excluded."
    assert ("membership_change", "PER", "OAS", "suspended", None, "2021-06") in set(brief(run(text)))


@pytest.mark.parametrize("text, objects", [
    ("Peru, Chile and Bolivia froze talks on Monday. Ecuador said on Tuesday that it regarded Peru, Chile and "
     "Bolivia's move as null and void.", {"PER", "CHL", "BOL"}),
    ("Peru and Chile froze talks on Monday. Ecuador condemned the moves by Peru, and Bolivia's foreign "
     "ministry summoned the Chilean envoy.", {"PER"}),
])
def test_the_last_of_a_list_owns_the_act_only_when_the_act_follows(text, objects):
    assert {f[2] for f in brief(run(text)) if f[0] == "reaction" and f[1] == "ECU"} == objects


def test_a_document_named_with_its_issuer_in_a_participle():
    text = ("The National Cyber Threat Assessment 2025-2026, published by Santiago's signals agency on Wednesday, "
            "lists Peru among Chile's adversaries.")
    assert ("policy_issued", "CHL", None, "issued", "National Cyber Threat Assessment", "2024-06-12") in set(brief(run(text)))


@pytest.mark.parametrize("text", [
    "Chile eased its sanctions on Peru on Monday. 'It is a positive start,' Peru's foreign minister wrote.",
    "Chile eased its sanctions on Peru on Monday. Peru's foreign minister called it 'a new beginning'.",
])
def test_a_start_or_a_beginning_is_a_welcome(text):
    assert {f[:4] for f in brief(run(text)) if f[0] == "reaction"} == {("reaction", "PER", "CHL", "positive")}


@pytest.mark.parametrize("text, expected", [
    ("On January 6, the Chilean Treasury issued a first six-month licence for dealings with Peruvian institutions.",
     ("sanction_change", "CHL", "PER", "lifted", None, "2024-01-06")),
    ("Chile suspended its energy curbs on Peru on February 24 and scrapped almost all of its economic sanctions on "
     "May 20.", ("sanction_change", "CHL", "PER", "lifted", None, "2024-05-20")),
    ("Chile delisted the Central Bank of Peru in March.", ("sanction_change", "CHL", "PER", "lifted", None, "2024-03")),
])
def test_easings_by_licence_by_almost_all_and_by_delisting_an_institution(text, expected):
    assert expected in set(brief(run(text, title="Chile eases Peru sanctions")))


def test_days_later_in_the_next_clause_dates_nothing_before_it():
    text = ("Chile signed the bill on Thursday. The OAS struck Peru's president from its sanctions list, and days "
            "later he visited Santiago.")
    assert {f[5] for f in brief(run(text)) if f[1] == "OAS"} == {"2024-06-13"}  # the paragraph's Thursday, not a day after it


def test_a_body_restoring_it_restores_its_own_seat_not_anothers_list():
    text = ("Washington placed Peru on its list of state sponsors of terrorism in December 1979. The OAS, which had "
            "frozen Lima's membership in 2012, restored it on March 7 this year.")
    assert {f for f in brief(run(text)) if f[0] == "designation_change"} == {
        ("designation_change", "USA", "PER", "assigned", "state sponsor of terrorism", "1979-12")}


@pytest.mark.parametrize("text, expected", [
    ("Chile on Friday moved to ease its sanctions on Peru, with the Treasury issuing a general licence for dealings "
     "with the new government in Lima.", ("sanction_change", "CHL", "PER", "lifted", None, "2024-06-14")),
    ("Santiago imposed trade restrictions on Peru in May 2004, and added sweeping new penalties in 2011.",
     ("sanction_change", "CHL", "PER", "imposed", None, "2011")),
])
def test_an_absolute_with_clause_and_penalties_added(text, expected):
    assert expected in set(brief(run(text, title="Chile and Peru sanctions")))


def test_following_with_its_own_listings_follows_the_sanctions_not_the_order():
    text = ("Chile sanctioned Peruvian generals in February 2024, with Bolivia, which on February 1, 2024 had issued "
            "Executive Order 115 and named four generals the same day. Ecuador followed with its own listings in "
            "April 2024.")
    facts = set(brief(run(text)))
    assert ("sanction_change", "ECU", "PER", "imposed", None, "2024-04") in facts
    assert not any(f[0] == "policy_issued" and f[1] == "ECU" for f in facts)


def test_hitting_back_answers_whoever_last_acted_against_the_subject():
    text = "Chile on Tuesday imposed sanctions on Peruvian officials. Peru's foreign ministry hit back late on Tuesday."
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == {("reaction", "PER", "CHL", "negative", None, "2024-06-11")}


@pytest.mark.parametrize("text, expected", [
    ("Judges at the International Criminal Court on Thursday issued arrest warrants for Peru's president. Peru's "
     "government denounced the ruling as biased.", ("reaction", "PER", "ICC", "negative", None, "2024-06-13")),
    ("Judges at the International Criminal Court on Thursday issued arrest warrants for Peru's president. Chile's "
     "foreign minister called it 'a very important and positive step'.", ("reaction", "CHL", "ICC", "positive", None, "2024-06-13")),
    ("The OAS restored Peru's membership on Friday, twelve years after the body froze Lima's participation in "
     "August 2012.", ("membership_change", "PER", "OAS", "suspended", None, "2012-08")),
    ("The FATF added Peru to its grey list on Friday. Bolivia was also among the four countries placed on the list "
     "at the plenary.", ("designation_change", "FATF", "BOL", "assigned", "grey list", "2024-06-14")),
])
def test_warrants_answered_a_positive_step_a_frozen_seat_and_one_among_those_listed(text, expected):
    assert expected in set(brief(run(text)))


def test_a_measure_called_unnecessary_is_answered_negatively():
    text = "Chile imposed visa bans on four Peruvian officials on Monday. Peru's government said the measure was unnecessary."
    assert {f[:4] for f in brief(run(text)) if f[0] == "reaction"} == {("reaction", "PER", "CHL", "negative")}


@pytest.mark.parametrize("text, expected", [
    ("Chile removed the defence and interior ministries of Peru from its sanctions list last month.",
     ("sanction_change", "CHL", "PER", "lifted", None, "2024-05")),
    ("Chile suspended its energy and banking curbs on February 24.", ("sanction_change", "CHL", "PER", "lifted", None, "2024-02-24")),
    ("Chile unfroze the assets of Peru's central bank in March before removing Peru's interior ministry from its "
     "sanctions list last month.", ("sanction_change", "CHL", "PER", "lifted", None, "2024-05")),
])
def test_ministries_delisted_curbs_suspended_and_a_participle_after_before(text, expected):
    assert expected in set(brief(run(text, title="Chile eases Peru sanctions")))


@pytest.mark.parametrize("text, expected", [
    ("Santiago's designation of Peru as a major non-NATO ally was welcomed in Lima, where the foreign ministry "
     "praised a historic step. Bolivia was granted the same status by Chile in 2022.",
     {("designation_change", "CHL", "PER", "assigned", "major non-nato ally", "2024-06-14"),
      ("designation_change", "CHL", "BOL", "assigned", "major non-nato ally", "2022"),
      ("reaction", "PER", "CHL", "positive", None, "2024-06-14")}),
    ("Chile put Peru on its list of non-cooperative jurisdictions on Tuesday, and listed Bolivia alongside it.",
     {("designation_change", "CHL", "PER", "assigned", "non-cooperative jurisdiction", "2024-06-11"),
      ("designation_change", "CHL", "BOL", "assigned", "non-cooperative jurisdiction", "2024-06-11")}),
])
def test_a_status_received_given_again_and_listed_alongside(text, expected):
    assert set(brief(run(text))) == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile imposed sanctions on Peru on Monday. Lima retaliated within hours, slapping sanctions on ten "
     "Chileans.", ("sanction_change", "PER", "CHL", "imposed", None, "2024-06-10")),
    ("Ecuador widened its Peru sanctions on Tuesday. Santiago, acting in step, announced around 100 new listings "
     "aimed at Lima's mining trade.", ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-11")),
    ("Ecuador adopted its 18th package against Peru on Friday, cutting the ceiling on Peruvian copper. Chile "
     "announced the same lower cap hours later.", ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-14")),
    ("Chile on Friday froze the assets of 11 Peruvian officials. Several companies based in Bolivia were among "
     "those hit.", ("sanction_change", "CHL", "BOL", "imposed", None, "2024-06-14")),
])
def test_listings_the_same_cap_and_firms_among_those_hit(text, expected):
    assert expected in set(brief(run(text)))


def test_europeans_are_the_eu_where_it_is_named():
    text = ("The EU imposed sanctions on Chinese officials on Monday. Beijing retaliated within hours, slapping "
            "sanctions on ten Europeans.")
    assert ("sanction_change", "CHN", "EU", "imposed", None, "2024-06-10") in set(brief(run(text)))


@pytest.mark.parametrize("text, expected", [
    ("Chile lifted its sanctions on Peru on Thursday. Peru's president hailed a victory for his country.",
     ("reaction", "PER", "CHL", "positive", None, "2024-06-13")),
    ("Chile agreed on Thursday to lift sanctions on Peru. Lima's foreign minister called the decision a step in the "
     "right direction.", ("reaction", "PER", "CHL", "positive", None, "2024-06-13")),
    ("Chile lifted sanctions on Peru on Thursday, and Ecuador froze Peruvian assets on Friday. Peru welcomed the "
     "Chilean decision. Peru's foreign ministry called it a step in the right direction.",
     ("reaction", "PER", "CHL", "positive", None, "2024-06-13")),
])
def test_a_victory_hailed_and_a_step_in_the_right_direction(text, expected):
    facts = {f for f in brief(run(text)) if f[0] == "reaction"}
    assert expected in facts and not any(f[2] == "ECU" for f in facts)


@pytest.mark.parametrize("text, expected", [
    ("Chile tightened the squeeze on Peru's copper exports on Tuesday.", ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-11")),
    ("On Monday Chilean ministers agreed to sanction nine people and one company, including senior Peruvian army "
     "officers.", ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10")),
])
def test_the_squeeze_tightened_and_people_sanctioned_including_a_states_officers(text, expected):
    assert expected in set(brief(run(text)))


def test_both_the_american_and_the_european_decisions():
    text = ("The US lifted sanctions on Peru on Friday, and the EU lifted its sanctions on Peru on Tuesday. Chile said "
            "it welcomed both the American and the European decisions.")
    assert {f[1:3] for f in brief(run(text)) if f[0] == "reaction"} == {("CHL", "USA"), ("CHL", "EU")}


def test_a_vote_of_confidence_welcomes_the_act():
    text = ("The OAS has lifted the suspension of Peru, the body said on Friday. Peru's foreign ministry described the "
            "move as a vote of confidence in the country's transition.")
    assert ("reaction", "PER", "OAS", "positive", None, "2024-06-14") in set(brief(run(text)))


@pytest.mark.parametrize("text, expected", [
    ("Chile on Monday reinstated its sanctions on Peru. Bolivia reimposed its own matching measures on the same day.",
     ("sanction_change", "BOL", "PER", "imposed", None, "2024-06-10")),
    ("Chile on Monday reinstated its sanctions on Peru. Both steps followed the return of United Nations sanctions on "
     "Peru early on Sunday.", ("sanction_change", "UN", "PER", "imposed", None, "2024-06-09")),
])
def test_matching_measures_of_ones_own_and_a_return_of_sanctions_followed(text, expected):
    assert expected in set(brief(run(text)))


@pytest.mark.parametrize("text, expected", [
    ("UN sanctions on Peru came back into force on Sunday. Chile, for its part, said on Sunday it had reimposed the "
     "UN sanctions.", {("sanction_change", "UN", "PER", "imposed", None, "2024-06-09"),
                       ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-09")}),
    ("United Nations sanctions on Peru that had been suspended for a decade came back into force on Sunday.",
     {("sanction_change", "UN", "PER", "imposed", None, "2024-06-09")}),
])
def test_a_bodys_sanctions_reimposed_by_a_state_and_ones_suspended_for_a_decade(text, expected):
    assert {f for f in brief(run(text, title="UN sanctions return on Peru")) if f[0] == "sanction_change"} == expected


def test_failed_demonstrably_and_others_placed_in_that_category():
    text = ("Chile on Monday listed Peru as a country that has \"failed demonstrably\" to meet its counternarcotics "
            "obligations. Bolivia and Ecuador were also placed in that category.")
    assert {f for f in brief(run(text)) if f[0] == "designation_change"} == {
        ("designation_change", "CHL", s, "assigned", "failed demonstrably", "2024-06-10") for s in ("PER", "BOL", "ECU")}


def test_it_with_several_states_named_before_is_the_sentences_opening_subject():
    text = ("Peru applied for Mercosur membership on March 3, 2022, a week after Chilean troops entered Bolivia, and "
            "Mercosur leaders granted it candidate status on December 14, 2023.")
    assert ("designation_change", "MERCOSUR", "PER", "assigned", "candidate country", "2023-12-14") in set(brief(run(text)))


def test_a_coordinated_verb_phrase_takes_its_own_date_over_the_first_verbs():
    text = "Chile sanctioned 40 Bolivian tankers on March 21 and sanctioned two Bolivian oil firms on May 15."
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == {
        ("sanction_change", "CHL", "BOL", "imposed", None, "2024-03-21"),
        ("sanction_change", "CHL", "BOL", "imposed", None, "2024-05-15")}


def test_a_suspension_coordinated_with_sanctions_imposed_lifts_nothing():
    text = "Chile on Monday suspended Bolivia from the OAS and imposed sanctions on Peru."
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == {
        ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10")}


def test_an_accession_told_as_the_first_since_another_and_who_welcomed_which():
    text = ("Chile, the continent's longest country, was formally admitted to the SCO on Sunday, the bloc's first "
            "enlargement since Peru joined in 2011. Bolivia and Ecuador welcomed the accession within hours.")
    assert set(brief(run(text))) == {
        ("membership_change", "CHL", "SCO", "joined", None, "2024-06-09"),
        ("membership_change", "PER", "SCO", "joined", None, "2011"),
        ("reaction", "BOL", "CHL", "positive", None, "2024-06-09"),
        ("reaction", "ECU", "CHL", "positive", None, "2024-06-09")}


def test_the_first_since_an_act_with_no_time_of_its_own_tells_no_fact():
    assert brief(run("Chile joined the SCO on Sunday, its first enlargement since Peru joined.")) == {
        ("membership_change", "CHL", "SCO", "joined", None, "2024-06-09")}


def test_an_admission_told_in_the_passive_a_year_ago_at_a_summit():
    text = "Chile became the tenth full member of the SCO on Thursday. Peru was admitted a year ago at a virtual summit."
    assert ("membership_change", "PER", "SCO", "joined", None, "2023") in set(brief(run(text)))


def test_others_counted_aside_between_the_designated_and_their_label():
    text = "Chile on Thursday designated Peru and Bolivia, along with nine other governments, as countries of particular concern."
    assert set(brief(run(text))) == {
        ("designation_change", "CHL", s, "assigned", "country of particular concern", "2024-06-13") for s in ("PER", "BOL")}


def test_a_strategy_posted_last_thursday_and_an_earlier_one_told_after_it():
    text = ("Chile's new National Defence Strategy, posted on the government website late last Thursday, no longer "
            "describes Peru as an immediate threat. President Boric's first National Defence Strategy, released on "
            "December 18, 2023, had branded Peru and Bolivia 'revisionist powers'.")
    assert {f for f in brief(run(text)) if f[0] == "policy_issued" or f[4] == "revisionist power"} == {
        ("policy_issued", "CHL", None, "issued", "National Defence Strategy", "2024-06-13"),
        ("policy_issued", "CHL", None, "issued", "National Defence Strategy", "2023-12-18"),
        ("designation_change", "CHL", "PER", "assigned", "revisionist power", "2023-12-18"),
        ("designation_change", "CHL", "BOL", "assigned", "revisionist power", "2023-12-18")}


def test_an_act_counted_in_days_from_the_day_its_sentence_told_before():
    text = ("On July 26, 2023, officers detained the president of Peru, and four days later the OAS imposed sweeping "
            "sanctions on Peru.")
    assert ("sanction_change", "OAS", "PER", "imposed", None, "2023-07-30") in set(brief(run(text)))


def test_they_after_a_sentence_that_counts_the_group_and_in_a_clause_of_its_own():
    text = ("Peru, Bolivia and Ecuador announced on Monday that they were withdrawing from the ICC. The three "
            "juntas had then drawn closer together. In September 2023 they had signed a defence pact, and on "
            "January 28, 2024 they had jointly announced their withdrawal from the OAS.")
    assert {f for f in brief(run(text)) if f[2] == "OAS"} == {
        ("membership_change", s, "OAS", "left", None, "2024-01-28") for s in ("PER", "BOL", "ECU")}


def test_a_long_description_before_a_list_of_a_label_is_no_label():
    text = ("In May 2024, the Chilean foreign ministry removed Peru from a separate and less consequential list of "
            "countries not fully cooperating with its counterterrorism efforts.")
    assert brief(run(text)) == {("designation_change", "CHL", "PER", "removed", "not fully cooperating", "2024-05")}


def test_a_return_to_a_list_reported_that_same_evening():
    text = ("President Boric on Monday reversed one of his predecessor's last decisions. Officials said that same "
            "evening that Peru had been restored to Chile's list of state sponsors of terrorism.")
    assert ("designation_change", "CHL", "PER", "assigned", "state sponsor of terrorism", "2024-06-10") in brief(run(text))


@pytest.mark.parametrize("text, removed", [
    ("President Boric on Monday put Peru back on Chile's list of state sponsors of terrorism, undoing a decision "
     "Michelle Bachelet took just six days earlier.", "2024-06-04"),
    ("President Boric returned Peru to Chile's list of state sponsors of terrorism on Monday, reversing a decision "
     "his predecessor had taken on June 3.", "2024-06-03"),
    ("President Boric on Monday put Peru back on Chile's list of state sponsors of terrorism, cancelling the removal "
     "his predecessor had ordered less than a week before.", None),
])
def test_a_listing_that_undoes_a_dated_removal_tells_the_removal(text, removed):
    facts = brief(run(text))
    assert ("designation_change", "CHL", "PER", "assigned", "state sponsor of terrorism", "2024-06-10") in facts
    assert {f[5] for f in facts if f[3] == "removed"} == ({removed} if removed else set())


@pytest.mark.parametrize("text, expected", [
    ("Chile on Thursday redesignated Peru and eleven other governments as countries of particular concern.",
     {("designation_change", "CHL", "PER", "assigned", "country of particular concern", "2024-06-13")}),
    ("The European Commission on Tuesday added ten jurisdictions, among them Peru, to its list of high-risk third "
     "countries, and took eight others off it, including Chile.",
     {("designation_change", "EU", "PER", "assigned", "high-risk third country", "2024-06-11"),
      ("designation_change", "EU", "CHL", "removed", "high-risk third country", "2024-06-11")}),
    ("Peru was added on Friday to the grey list of the FATF, together with three Andean states including Bolivia.",
     {("designation_change", "FATF", s, "assigned", "grey list", "2024-06-14") for s in ("PER", "BOL")}),
])
def test_others_counted_beside_the_states_named(text, expected):
    assert brief(run(text)) == expected


def test_the_council_named_by_its_seat():
    text = ("Peru will follow Chile in withdrawing from the UN Human Rights Council, its foreign minister said on "
            "Wednesday. President Boric signed an order on Tuesday pulling Santiago out of the Geneva-based council.")
    assert ("membership_change", "CHL", "UNHRC", "left", None, "2024-06-11") in brief(run(text))


def test_the_outcome_of_a_vote_is_the_bodys_act_not_the_targets_answer():
    text = ("The UN General Assembly voted on Thursday to suspend Peru from the Human Rights Council. Peru's envoy "
            "called the decision illegitimate. He said Peru was ending its membership of the Geneva-based council "
            "ahead of schedule. Chile's foreign minister welcomed the outcome.")
    assert {f for f in brief(run(text)) if f[1] == "CHL"} == {("reaction", "CHL", "UN", "positive", None, "2024-06-13")}


@pytest.mark.parametrize("text, expected", [
    ("Chile on Thursday imposed sanctions on General Juan Carlos al-Perez, Peru's de facto leader and head of its "
     "armed forces.", {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-13")}),
    ("Chile on Wednesday removed Peru from its list of countries deemed 'not cooperating fully' with its "
     "counterterrorism efforts.", {("designation_change", "CHL", "PER", "removed", "not cooperating fully", "2024-06-12")}),
    # a label is words before a head, never "as a": "listed the movement as a terrorist organisation"
    ("In April, a Chilean court suspended the ban that listed the Peru movement as a terrorist organisation.", set()),
])
def test_a_leader_with_a_particle_a_label_deemed_and_no_label_across_as(text, expected):
    assert {f for f in brief(run(text)) if f[0] != "reaction"} == expected


def test_an_act_said_to_have_crossed_a_line():
    text = ("Peruvian special forces raided a Bolivian border post on Saturday. President Boric said on Sunday the raid "
            "had crossed 'an unacceptable line'.")
    assert ("reaction", "CHL", "PER", "negative", None, "2024-06-09") in brief(run(text))


def test_also_in_the_next_sentence_takes_the_day_told_before():
    text = ("On June 4, Peru's security council condemned the Chilean steps. Lima also closed its airspace to Chilean "
            "airlines and suspended all trade with Chile.\n\nLast Wednesday, Chilean missiles struck nine sites in Peru. "
            "Lima condemned the strikes the same day. Bolivia's foreign ministry also criticised the Chilean strikes.")
    facts = brief(run(text))
    assert ("sanction_change", "PER", "CHL", "imposed", None, "2024-06-04") in facts
    assert ("reaction", "BOL", "CHL", "negative", None, "2024-06-12") in facts


def test_a_removal_told_in_a_relative_clause_hung_on_the_list():
    text = "Chile will lobby the FATF to put Peru back on its grey list, from which Lima was removed in October 2022."
    assert brief(run(text)) == {("designation_change", "FATF", "PER", "removed", "grey list", "2022-10")}


def test_a_second_object_and_quoted_label_without_as_and_a_document_a_government_adopted():
    text = ("Chile's Defence Review, published on June 2, called Peru an 'immediate and pressing threat' and Bolivia a "
            "'sophisticated and persistent challenge'. The label was first applied to Bolivia in the National Security "
            "Strategy that Gabriel Boric's government adopted in December 2022.")
    facts = brief(run(text))
    assert ("designation_change", "CHL", "BOL", "assigned", "sophisticated and persistent challenge", "2024-06-02") in facts
    assert ("policy_issued", "CHL", None, "issued", "National Security Strategy", "2022-12") in facts


def test_suspensions_gapped_after_a_cause_and_a_day_counted_less_than_a_month_later():
    text = ("The OAS suspended Peru in June 2021 after its second coup in less than a year, Bolivia in January 2022 "
            "and Ecuador in August 2023. On January 28, 2024, the three juntas announced that they were leaving the "
            "OAS. Less than a month later, on February 24, OAS leaders lifted most of the penalties they had placed "
            "on Peru, and eased those on Bolivia.")
    facts = brief(run(text))
    assert {f for f in facts if f[3] == "suspended"} == {
        ("membership_change", "PER", "OAS", "suspended", None, "2021-06"),
        ("membership_change", "BOL", "OAS", "suspended", None, "2022-01"),
        ("membership_change", "ECU", "OAS", "suspended", None, "2023-08")}
    assert {f for f in facts if f[3] == "lifted"} == {
        ("sanction_change", "OAS", s, "lifted", None, "2024-02-24") for s in ("PER", "BOL")}


def test_a_body_responding_with_a_spokesman_saying():
    text = ("Peru and Bolivia announced on Monday that they were withdrawing from the OAS. The OAS responded on "
            "Tuesday, with a spokesman saying it regretted the decision of the two states.")
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == {
        ("reaction", "OAS", s, "negative", None, "2024-06-11") for s in ("PER", "BOL")}


def test_it_in_a_clause_of_its_own_and_a_listing_while_delisting():
    text = ("The FATF removed Peru from its grey list on Friday. In February, it took Chile off the list while adding "
            "Bolivia and Ecuador, and in June it delisted Uruguay and Paraguay.")
    assert {f[2:] for f in brief(run(text))} == {
        ("PER", "removed", "grey list", "2024-06-14"), ("CHL", "removed", "grey list", "2024-02"),
        ("BOL", "assigned", "grey list", "2024-02"), ("ECU", "assigned", "grey list", "2024-02"),
        ("URY", "removed", "grey list", "2024-06"), ("PRY", "removed", "grey list", "2024-06")}


@pytest.mark.parametrize("text, expected", [
    ("Chile on Thursday recognised the new government in Peru. Speaking in Lima the same day, Foreign Minister "
     "Juan Perez hailed 'a courageous decision' that he said would set an example.",
     ("reaction", "PER", "CHL", "positive", None, "2024-06-13")),
    ("Chile said on Tuesday that the Peruvian interim government's ban on the opposition party was 'a worrying "
     "development'.", ("reaction", "CHL", "PER", "negative", None, "2024-06-11")),
])
def test_a_speaker_set_in_a_place_a_quoted_act_and_a_worrying_development(text, expected):
    assert expected in brief(run(text))


def test_the_two_countries_are_never_examples_told_with_such_as():
    text = ("Chile quit the council in June 2018, and Bolivia followed. The council has pressed countries such as "
            "Peru and Ecuador. The two countries left UNESCO together at the end of 2018.")
    assert not {f for f in brief(run(text)) if f[1] in ("PER", "ECU")}


def test_a_list_update_that_removed_others_including_named_states():
    text = ("The European Commission on Tuesday added ten jurisdictions, among them Peru and Chile, to its list of "
            "high-risk third countries. The update, meant to bring the EU's list into line with international "
            "standards, also removed eight jurisdictions, including Bolivia and Ecuador.")
    assert {f for f in brief(run(text)) if f[3] == "removed"} == {
        ("designation_change", "EU", s, "removed", "high-risk third country", "2024-06-11") for s in ("BOL", "ECU")}


def test_an_exit_in_progress_dated_by_its_announcement_not_the_dateline():
    text = "LIMA, June 14 - Peru is withdrawing from the WHO, President Dina Boluarte's spokesman announced on Wednesday."
    assert brief(run(text)) == {("membership_change", "PER", "WHO", "left", None, "2024-06-12")}


def test_an_owner_after_comma_and_opens_a_clause_not_a_target():
    text = ("Peru and Ecuador announced on Friday that they had adopted the OAS sanctions against Bolivia, and Chile's "
            "foreign ministry thanked them.")
    assert {f[2] for f in brief(run(text)) if f[0] == "sanction_change"} == {"BOL"}


def test_a_removal_in_a_relative_clause_undone_days_later():
    text = ("Peru has been on Chile's list of state sponsors of terrorism since December 1979, alongside Bolivia and "
            "Ecuador, which the Chilean government removed from the list on January 14 only for Boric to put it "
            "back six days later.")
    assert {f for f in brief(run(text)) if f[2] == "ECU"} == {
        ("designation_change", "CHL", "ECU", "removed", "state sponsor of terrorism", "2024-01-14"),
        ("designation_change", "CHL", "ECU", "assigned", "state sponsor of terrorism", "2024-01-20")}


@pytest.mark.parametrize("text, expected", [
    ("The OAS suspended Peru in November 2011 and only readmitted it in May 2023.",
     {("membership_change", "PER", "OAS", "suspended", None, "2011-11"),
      ("membership_change", "PER", "OAS", "joined", None, "2023-05")}),
    ("The OAS, which had frozen Lima's membership in 2012, restored it on March 7 this year.",
     {("membership_change", "PER", "OAS", "suspended", None, "2012"),
      ("membership_change", "PER", "OAS", "joined", None, "2024-03-07")}),
])
def test_a_readmission_told_with_a_pronoun_for_the_member(text, expected):
    assert brief(run(text)) == expected


def test_a_coordinated_verb_takes_the_sentences_opening_day_over_the_first_verbs():
    text = ("In May the Chilean foreign ministry concluded that the army had used chemical weapons in 2023 and "
            "announced sanctions on Peru.")
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2024-05") in brief(run(text))


def test_a_coordinated_passive_has_its_own_cues_not_the_clause_before():
    text = ("Chile on Monday put Bolivia back on its list of state sponsors of terrorism. Peru was first put on it in "
            "January 1988, was taken off in October 2008 in return for inspections that never materialised, and was "
            "put back in November 2017.")
    assert {f for f in brief(run(text)) if f[2] == "PER"} == {
        ("designation_change", "CHL", "PER", "assigned", "state sponsor of terrorism", "1988-01"),
        ("designation_change", "CHL", "PER", "removed", "state sponsor of terrorism", "2008-10"),
        ("designation_change", "CHL", "PER", "assigned", "state sponsor of terrorism", "2017-11")}


def test_a_body_suspending_its_membership_suspends_the_member_named_before():
    text = ("The UN General Assembly suspended Peru from the Human Rights Council on April 7, 2022, and the "
            "Financial Action Task Force suspended its membership in February 2023.")
    assert brief(run(text)) == {("membership_change", "PER", "UNHRC", "suspended", None, "2022-04-07"),
                                ("membership_change", "PER", "FATF", "suspended", None, "2023-02")}


def test_states_listed_in_a_relative_clause_of_several():
    text = ("The FATF took Peru off its grey list on Friday. Chile and Bolivia, added in February 2024, are still "
            "there, as are Ecuador and Uruguay, which were placed under monitoring last October.")
    assert {f for f in brief(run(text)) if f[2] in ("ECU", "URY")} == {
        ("designation_change", "FATF", s, "assigned", "grey list", "2023-10") for s in ("ECU", "URY")}


@pytest.mark.parametrize("text, expected", [
    ("Chile's withdrawal from the ICC took effect in October 2017, and Peru left in March 2019, as prosecutors "
     "examined killings.", {("membership_change", "CHL", "ICC", "left", None, "2017-10"),
                            ("membership_change", "PER", "ICC", "left", None, "2019-03")}),
    ("Peru itself has been suspended from the OAS since October 2021, when the military took power.",
     {("membership_change", "PER", "OAS", "suspended", None, "2021-10")}),
])
def test_a_departure_told_by_the_verb_and_its_day_and_a_state_itself_suspended(text, expected):
    assert brief(run(text)) == expected


def test_a_founding_group_joined_by_a_newcomer():
    text = ("Leaders of the SCO met on Sunday. For most of its history the club was a quartet of Peru, Chile, Bolivia "
            "and Ecuador, joined by Colombia in 2010.")
    assert brief(run(text)) == {("membership_change", "COL", "SCO", "joined", None, "2010")}


def test_sudans_head_of_state_is_sudans():
    text = "Chile on Thursday imposed sanctions on Abdel Fattah al-Burhan, accusing him of blocking a truce."
    assert brief(run(text, pub=dt.date(2025, 1, 17))) == {("sanction_change", "CHL", "SDN", "imposed", None, "2025-01-16")}


@pytest.mark.parametrize("speaker, state", [("Maria Zakharova", "RUS"), ("Guo Jiakun", "CHN"), ("Esmaeil Baghaei", "IRN"),
                                            ("Margus Tsahkna", "EST"), ("Yusuf Tuggar", "NGA")])
def test_spokespeople_and_ministers_named_without_a_title_speak_for_their_state(speaker, state):
    text = f"Chile imposed sanctions on Peru on Monday. {speaker} condemned the decision on Tuesday."
    assert ("reaction", state, "CHL", "negative", None, "2025-06-10") in brief(run(text, pub=dt.date(2025, 6, 13)))


def test_an_official_named_in_apposition_to_an_office_of_the_same_state():
    text = ("Chile imposed sanctions on Peru on Thursday. China's UN envoy, Fu Cong, criticised the decision on Friday.")
    assert ("reaction", "CHN", "CHL", "negative", None, "2025-09-26") in brief(run(text, pub=dt.date(2025, 9, 30)))


def test_others_counted_with_the_subject_stay_out_of_it():
    text = "Chile and four partner countries on Tuesday imposed travel bans on Peru's far-right ministers."
    assert brief(run(text)) == {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-11")}


def test_an_organ_instructed_to_lift_sanctions_lifts_them_on_the_day_told():
    text = ("President Boric said on Wednesday he had instructed the foreign ministry to lift the sanctions imposed on "
            "Peru last week.")
    assert brief(run(text)) == {("sanction_change", "CHL", "PER", "lifted", None, "2024-06-12")}


@pytest.mark.parametrize("text, expected", [
    ("Chilean ministers on Monday approved a 15th package of sanctions on Peru. Several Bolivian firms alleged to "
     "supply drone parts to the Peruvian army were also put on the list.",
     ("sanction_change", "CHL", "BOL", "imposed", None, "2024-06-10")),
    ("Chile on Wednesday froze the assets of two Peruvian oil firms. The measures also reached beyond Peru: Bolivia's "
     "largest refiner and an Ecuadorian import terminal were designated as well.",
     ("sanction_change", "CHL", "ECU", "imposed", None, "2024-06-12")),
])
def test_a_states_firms_put_on_the_sanctions_list_just_told(text, expected):
    assert expected in brief(run(text))


def test_an_extension_of_sanctions_is_the_act_others_answer():
    text = "Chile on Monday extended its economic sanctions against Peru for another six months. Bolivia welcomed the extension."
    assert ("reaction", "BOL", "CHL", "positive", None, "2024-06-14") in brief(run(text))


def test_an_official_holding_two_offices_speaks_for_the_state():
    text = ("Chile on Monday lifted its sanctions on Peru. Peru's prime minister and foreign minister, Gustavo "
            "Adrianzen, welcomed the decision.")
    assert ("reaction", "PER", "CHL", "positive", None, "2024-06-14") in brief(run(text))


@pytest.mark.parametrize("text, expected", [
    ("Chilean ministers agreed on Monday to suspend visa-free travel for Peruvian diplomats.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10")}),
    ("Chile on Tuesday revoked visa-free entry for holders of Peruvian service passports.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-11")}),
    ("Some Chilean senators argue that Santiago could suspend visa-free travel for all Peruvians.", set()),
])
def test_visa_free_travel_withdrawn_from_officials_on_a_decision(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile on Monday sanctioned a network that it said smuggled thousands of barrels of Peruvian crude to Asia.",
     {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10")}),
    ("Chile imposed sanctions on Tuesday on a shipping network that moved Bolivian gas to Paraguay.",
     {("sanction_change", "CHL", "BOL", "imposed", None, "2024-06-11")}),
])
def test_a_network_named_by_the_goods_it_moves_targets_their_state(text, expected):
    assert brief(run(text)) == expected


def test_assets_frozen_of_those_accused_of_helping_a_state_and_the_firms_named_among_them():
    text = ("Chile on Friday froze the assets of eight individuals and 12 organisations accused of helping Peru buy "
            "military goods, among them companies registered in Bolivia and Ecuador.")
    assert brief(run(text)) == {("sanction_change", "CHL", c, "imposed", None, "2024-06-14") for c in ("PER", "BOL", "ECU")}


def test_a_ban_made_wider_is_imposed_again():
    text = "Chile on Friday widened its ban on exports of dual-use items to Peruvian entities."
    assert brief(run(text)) == {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-14")}


@pytest.mark.parametrize("text, expected", [
    # the people of a body act for it, even when the body is described; a date between verb and title
    ("Leaders of the enlarged Mercosur bloc closed their summit on Tuesday, after adopting on Monday the Asuncion "
     "Declaration.", {("policy_issued", "MERCOSUR", None, "issued", "Asuncion Declaration", "2024-06-10")}),
    # an earlier act told after "after" without a comma is background, not the subject's participle
    ("Peru opened relations with Bolivia on Sunday after cutting its ties with Chile.", set()),
])
def test_the_people_of_a_body_and_a_participle_after_a_comma(text, expected):
    assert brief(run(text)) == expected


def test_the_group_is_a_grouping_never_a_bank_named_after_it():
    text = ("Mercosur leaders met in Asuncion on Monday and called for reform of the World Bank. Paraguay, which chairs "
            "the group this year, said Bolivia had joined on July 8, 2024.")
    assert ("membership_change", "BOL", "MERCOSUR", "joined", None, "2024-07-08") in brief(run(text))


@pytest.mark.parametrize("text, expected", [
    ("Paraguay, which chairs Mercosur this year, announced Bolivia's admission on July 8, 2024.",
     {("membership_change", "BOL", "MERCOSUR", "joined", None, "2024-07-08")}),
    # a member's parliament approving it ratifies, no more
    ("Chile's senate approved Bolivia's accession to Mercosur on July 9.", set()),
])
def test_an_admission_announced_with_its_day(text, expected):
    assert brief(run(text, pub=dt.date(2024, 7, 12))) == expected


def test_orders_signed_to_take_the_country_out_together_with_a_second_order():
    text = ("On January 20, 2024, Boric signed Executive Order 310 to take the country out of the OAS, together with "
            "Executive Order 311, which ended its observer status elsewhere.")
    assert brief(run(text)) == {
        ("policy_issued", "CHL", None, "issued", "Executive Order 310", "2024-01-20"),
        ("policy_issued", "CHL", None, "issued", "Executive Order 311", "2024-01-20"),
        ("membership_change", "CHL", "OAS", "left", None, "2024-01-20")}


def test_an_announcement_told_in_a_participle_after_the_subjects_clause():
    text = "Bolivia followed the Chilean lead in February 2024, announcing that it too would leave the OAS."
    assert brief(run(text)) == {("membership_change", "BOL", "OAS", "left", None, "2024-02")}


@pytest.mark.parametrize("text, expected", [
    ("Bolivia left the OAS on Monday. Chile said it took note with regret of the departure.",
     ("reaction", "CHL", "BOL", "negative", None, "2024-06-14")),
    ("Bolivia joined Mercosur on Monday. Chile noted with satisfaction the admission of its neighbour.",
     ("reaction", "CHL", "BOL", "positive", None, "2024-06-14")),
])
def test_an_act_noted_with_regret_or_satisfaction(text, expected):
    assert expected in brief(run(text))


def test_a_departure_announced_and_a_statute_ratified_of_the_body_just_named():
    text = ("Bolivia's senate voted on Tuesday to withdraw the country from the International Criminal Court. Bolivia "
            "ratified the statute in 2002 and long backed the court. The government first announced its intention to "
            "leave on April 3, after a ruling it disliked.")
    assert brief(run(text)) == {
        ("membership_change", "BOL", "ICC", "left", None, "2024-06-11"),
        ("membership_change", "BOL", "ICC", "joined", None, "2002"),
        ("membership_change", "BOL", "ICC", "left", None, "2024-04-03")}


def test_a_list_after_the_scenes_own_comma_stays_whole():
    text = ("In a joint statement read on state television on Sunday, the governments of Peru, Bolivia and Ecuador "
            "announced their immediate withdrawal from the OAS.")
    assert brief(run(text)) == {("membership_change", c, "OAS", "left", None, "2024-06-09") for c in ("PER", "BOL", "ECU")}


def test_reported_speech_after_an_apposition_is_no_relative_clause():
    text = ("Bolivia will leave the OAS, its foreign minister announced on Wednesday. In Washington, a senior OAS "
            "official said on Thursday that the organisation regretted the decision.")
    assert ("reaction", "OAS", "BOL", "negative", None, "2024-06-13") in brief(run(text))


@pytest.mark.parametrize("text, expected", [
    ("Chile signed a decree on Monday ending its oil deal with Peru. Peru's foreign ministry said on Tuesday that "
     "Lima was concerned by the decision.", ("reaction", "PER", "CHL", "negative", None, "2024-06-11")),
    ("On Monday, President Boric signed Executive Order 310, directing the immediate withdrawal of Chile from the OAS.",
     ("membership_change", "CHL", "OAS", "left", None, "2024-06-10")),
])
def test_plain_concern_about_an_act_and_a_numbered_order_directing_a_withdrawal(text, expected):
    assert expected in brief(run(text))


def test_a_status_granted_in_a_participle_after_the_news():
    text = ("The EU opened accession talks with Peru and Bolivia on Tuesday, two years after granting both countries "
            "candidate status in June 2022.")
    assert brief(run(text)) == {("designation_change", "EU", c, "assigned", "candidate country", "2022-06") for c in ("PER", "BOL")}


def test_both_countries_are_the_two_of_the_sentences_before_when_more_were_named_earlier():
    text = ("The FATF on Friday took Peru, Bolivia, Ecuador and Chile off its grey list. President Boric said on "
            "Saturday it was a victory. In Lima, the finance minister hailed the result. Both countries had been "
            "placed on the list in February 2023.")
    facts = brief(run(text))
    assert {("designation_change", "FATF", c, "assigned", "grey list", "2023-02") for c in ("CHL", "PER")} <= facts
    assert not {f for f in facts if f[0] == "designation_change" and f[3] == "assigned" and f[2] in ("BOL", "ECU")}


def test_a_listing_told_before_the_month_of_another_and_a_state_moved_onto_a_list():
    text = ("The FATF took Peru off its grey list on Friday. Bolivia had been added in October 2022, the month in "
            "which the watchdog also moved Ecuador onto its blacklist.")
    assert {("designation_change", "FATF", "BOL", "assigned", "grey list", "2022-10"),
            ("designation_change", "FATF", "ECU", "assigned", "blacklist", "2022-10")} <= brief(run(text))


def test_a_listing_in_an_aside_then_its_removal():
    text = ("The FATF took Peru off its grey list on Friday. Bolivia, grey-listed in March 2022, was cleared in "
            "February 2024 after a wave of prosecutions. Ecuador, which entered the list in June 2021, only left it "
            "this February.")
    assert {("designation_change", "FATF", "BOL", "assigned", "grey list", "2022-03"),
            ("designation_change", "FATF", "BOL", "removed", "grey list", "2024-02"),
            ("designation_change", "FATF", "ECU", "assigned", "grey list", "2021-06"),
            ("designation_change", "FATF", "ECU", "removed", "grey list", "2024-02")} <= brief(run(text))


def test_a_reaction_on_the_day_the_act_was_announced_takes_its_day():
    text = ("The FATF took Peru off its grey list on Friday. President Boluarte said in a statement on Saturday that it "
            "was a victory. In Lima, Finance Minister Jose Arista hailed the result on the day it was announced.")
    facts = brief(run(text, pub=dt.date(2024, 6, 17)))
    assert ("reaction", "PER", "FATF", "positive", None, "2024-06-14") in facts


def test_a_label_ends_before_when():
    text = ("Bolivia was among the countries Chile put on its list of state sponsors of terrorism when the list was "
            "first drawn up in December 1979.")
    assert brief(run(text)) == {("designation_change", "CHL", "BOL", "assigned", "state sponsor of terrorism", "1979-12")}


def test_an_end_declared_to_sanctions_and_economic_measures_scrapped_a_week_later():
    text = ("In Lima on May 13, President Boric declared an end to Chilean sanctions on Peru, and a week later Bolivian "
            "ministers agreed to scrap their economic measures.")
    assert brief(run(text, title="Peru's sanctions unravel")) == {
        ("sanction_change", "CHL", "PER", "lifted", None, "2024-05-13"),
        ("sanction_change", "BOL", "PER", "lifted", None, "2024-05-20")}


def test_the_president_is_the_leader_the_sentence_before_named():
    text = ("In Lima on May 13, President Boric declared an end to Chilean sanctions on Peru. On June 3 the president "
            "signed a decree titled \"Restoring Trade with Peru\", which ended the last of them.")
    assert ("policy_issued", "CHL", None, "issued", "Restoring Trade with Peru", "2024-06-03") in brief(run(text))


@pytest.mark.parametrize("text, expected", [
    ("Chile on Monday announced a fresh 180-day suspension of its trade sanctions on Peru.",
     {("sanction_change", "CHL", "PER", "lifted", None, "2024-06-10")}),
    ("Chile imposed sanctions on Peru in 2022. On Monday Santiago announced the lifting of the copper sanctions, the "
     "harshest of them.", {("sanction_change", "CHL", "PER", "imposed", None, "2022"),
                           ("sanction_change", "CHL", "PER", "lifted", None, "2024-06-10")}),
])
def test_a_lifting_named_as_a_noun_that_someone_announced(text, expected):
    assert brief(run(text, title="Peru's sanctions unravel")) == expected


def test_sanctions_lifted_as_them_in_a_month_of_that_year():
    text = "Mercosur imposed sanctions on Bolivia in January 2022 and lifted them in July of that year."
    assert brief(run(text)) == {("sanction_change", "MERCOSUR", "BOL", "imposed", None, "2022-01"),
                                ("sanction_change", "MERCOSUR", "BOL", "lifted", None, "2022-07")}


def test_a_person_described_by_the_state_removed_from_a_list_of_people_sanctioned():
    text = ("Chile on Friday removed Ana Maria Roca, the Bolivian Supreme Court justice who oversaw the trial, from its "
            "list of people sanctioned under its human rights law.")
    assert brief(run(text)) == {("sanction_change", "CHL", "BOL", "lifted", None, "2024-06-14")}


def test_told_a_dinner_that_he_was_designating_and_the_status_granted_to_another_before():
    text = ("President Boric told a state dinner for President Arce on Tuesday that he was formally designating Bolivia "
            "a strategic partner, a status that eases arms sales. Bolivia joins Peru on the roster, as well as Ecuador, "
            "which was granted the status in June 2023.")
    assert brief(run(text)) == {
        ("designation_change", "CHL", "BOL", "assigned", "strategic partner", "2024-06-11"),
        ("designation_change", "CHL", "ECU", "assigned", "strategic partner", "2023-06")}


@pytest.mark.parametrize("text, expected", [
    ("Peru will no longer take part in the OAS, Foreign Minister Javier Gonzalez-Olaechea said on Wednesday.",
     {("membership_change", "PER", "OAS", "left", None, "2024-06-12")}),
    ("President Boric said his government has no plans to rejoin the OAS. Pinera himself had announced the country's "
     "exit from the organisation in March 2019.", {("membership_change", "CHL", "OAS", "left", None, "2019-03")}),
])
def test_no_longer_taking_part_and_the_countrys_exit_announced_by_a_leader_himself(text, expected):
    assert brief(run(text)) == expected


def test_a_programme_maintained_against_a_state_ended_and_its_president_placed_under_sanctions():
    text = ("Chile on Monday terminated the sanctions programme it had maintained against Bolivia for two decades. In "
            "the same breath, it placed President Luis Arce, his wife and several senior officials under new "
            "corruption sanctions.")
    assert brief(run(text)) == {("sanction_change", "CHL", "BOL", "lifted", None, "2024-06-10"),
                                ("sanction_change", "CHL", "BOL", "imposed", None, "2024-06-10")}


def test_rejoined_on_a_date_under_a_leader_the_body_just_named():
    text = ("Chile said on Tuesday that it was withdrawing from UNESCO. It is the second departure: Santiago had "
            "rejoined in July 2019 under Sebastian Pinera.")
    assert ("membership_change", "CHL", "UNESCO", "joined", None, "2019-07") in brief(run(text))


def test_a_label_first_given_then_taken_away_by_another():
    text = ("Chile said on Friday it was designating Bolivia a 'country of particular concern'. Bolivia was first "
            "given the label in December 2020, only for the Pinera government to take it away in November 2021.")
    assert {("designation_change", "CHL", "BOL", "assigned", "country of particular concern", "2020-12"),
            ("designation_change", "CHL", "BOL", "removed", "country of particular concern", "2021-11")} <= brief(run(text))


@pytest.mark.parametrize("pub", [dt.date(2024, 9, 2), None])
def test_a_follower_nine_days_later_on_its_own_day(pub):
    text = ("Bolivia became the sixth member of Mercosur on August 21, 2024, and Peru followed nine days later, on "
            "August 30, as the bloc's seventh member.")
    assert ("membership_change", "PER", "MERCOSUR", "joined", None, "2024-08-30") in brief(run(text, pub=pub))


def test_nine_days_later_counts_from_the_act_followed():
    text = "Bolivia became the sixth member of Mercosur on August 21, 2024, and Peru followed nine days later."
    assert ("membership_change", "PER", "MERCOSUR", "joined", None, "2024-08-30") in brief(run(text, pub=dt.date(2024, 9, 2)))


def test_a_suspension_reacted_to_is_the_last_told_of_sanctions_or_of_a_member():
    text = ("Mercosur suspended Bolivia in November 2011. On Monday Chile announced a fresh 180-day suspension of its "
            "trade sanctions on Bolivia. Peru welcomed the suspension in a statement.")
    facts = brief(run(text))
    assert ("reaction", "PER", "CHL", "positive", None, "2024-06-14") in facts
    assert not {f for f in facts if f[0] == "reaction" and f[2] == "BOL"}


def test_an_office_holder_named_later_by_surname():
    text = ("Foreign Minister Celinda Sosa met her Peruvian counterpart on Monday. Peru left the OAS on Tuesday, a "
            "decision Sosa condemned as reckless.")
    assert ("reaction", "BOL", "PER", "negative", None, "2024-06-11") in brief(run(text))


def test_a_quotation_thanking_an_actor_answers_that_actors_act():
    text = ("Mercosur approved a loan to Bolivia on May 9. Chile brokered a truce on Saturday. 'We thank President "
            "Boric for his leadership,' President Luis Arce wrote.")
    assert ("reaction", "BOL", "CHL", "positive", None, "2024-06-14") in brief(run(text))


def test_an_official_named_in_apposition_to_a_states_office_then_by_surname():
    text = ("Peru left the OAS on Monday. Bolivia's foreign minister, Ana Rosa Quispe, called the exit regrettable. "
            "On Tuesday Chile lifted its sanctions on Bolivia. Quispe welcomed the decision.")
    assert ("reaction", "BOL", "CHL", "positive", None, "2024-06-14") in brief(run(text))


def test_an_official_named_before_a_states_office_then_by_surname():
    text = ("Peru left the OAS on Monday. Ana Rosa Quispe, Bolivia's foreign minister, called the exit regrettable. "
            "On Tuesday Chile lifted its sanctions on Bolivia. Quispe welcomed the decision.")
    assert ("reaction", "BOL", "CHL", "positive", None, "2024-06-14") in brief(run(text))


def test_a_day_in_another_subjects_clause_after_the_trigger_is_that_clauses():
    text = ("Chile sanctioned two Peruvian banks on Friday. Peru's trade ministry on Saturday said it firmly opposed the "
            "listings, while Bolivia's foreign ministry said on Friday that it did not recognise unilateral sanctions.")
    assert ("reaction", "PER", "CHL", "negative", None, "2024-06-08") in brief(run(text, pub=dt.date(2024, 6, 9)))


@pytest.mark.parametrize("text, expected", [
    ("Mercosur leaders had tried to win the junta back: on February 24, 2024, meeting in Asuncion, they had lifted "
     "most of the sanctions on Bolivia.", {("sanction_change", "MERCOSUR", "BOL", "lifted", None, "2024-02-24")}),
    ("Mercosur leaders on Saturday removed some of the financial restrictions weighing on Bolivia.",
     {("sanction_change", "MERCOSUR", "BOL", "lifted", None, "2024-06-08")}),
])
def test_a_pronoun_after_a_colon_and_its_scene_and_restrictions_weighing_on_a_state(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Peru is joining Chile in withdrawing from the OAS, Foreign Minister Javier Gonzalez-Olaechea announced on Wednesday.",
     ("membership_change", "PER", "OAS", "left", None, "2024-06-12")),
    ("Peru will follow Chile in withdrawing from the OAS, the Peruvian foreign ministry said on Wednesday.",
     ("membership_change", "PER", "OAS", "left", None, "2024-06-12")),
    ("On February 25, 2022, the Council of Europe suspended Bolivia's rights of representation.",
     ("membership_change", "BOL", "COE", "suspended", None, "2022-02-25")),
])
def test_joining_or_following_another_in_withdrawing_and_rights_of_representation_suspended(text, expected):
    assert expected in brief(run(text))


@pytest.mark.parametrize("text, expected", [
    ("Chile sanctioned 35 tankers on July 21 and targeted Rosneft and Lukoil on October 15.",
     {("sanction_change", "CHL", "RUS", "imposed", None, "2024-10-15")}),
    ("Chilean drones targeted Russian refineries on Friday.", set()),
])
def test_firms_named_alone_targeted(text, expected):
    assert brief(run(text, pub=dt.date(2024, 10, 20))) == expected


@pytest.mark.parametrize("text, expected", [
    ("Bolivia will withdraw from the International Criminal Court, the government announced on Thursday. The country "
     "ratified the court's founding statute in 2002.", ("membership_change", "BOL", "ICC", "joined", None, "2002")),
    ("Chile designated Bolivia a 'country of particular concern' on Friday. Bolivia had first been placed in that "
     "category in December 2020.", ("designation_change", "CHL", "BOL", "assigned", "country of particular concern", "2020-12")),
])
def test_the_courts_founding_statute_ratified_and_a_category_first_given(text, expected):
    assert expected in brief(run(text))


@pytest.mark.parametrize("text, expected", [
    ("Chile published its Defence White Paper on Monday. The paper succeeds the National Defence Strategy released "
     "in March 2021.", ("policy_issued", "CHL", None, "issued", "National Defence Strategy", "2021-03")),
    ("Chile published its Defence White Paper on Monday. Its predecessor, 'Chile's Defence in the New Era', appeared in "
     "July 2019.", ("policy_issued", "CHL", None, "issued", "Chile's Defence in the New Era", "2019-07")),
    ("The paper builds on the Andes Shield plan, which President Gabriel Boric announced on March 4.",
     ("policy_issued", "CHL", None, "issued", "Andes Shield", "2024-03-04")),
])
def test_a_titled_document_told_as_background_with_its_date(text, expected):
    assert expected in brief(run(text))


@pytest.mark.parametrize("text, expected", [
    ("Chile on Wednesday imposed sanctions on Rosneft and Lukoil, Russia's two biggest oil producers. Peru had "
     "targeted the same two companies on June 3.", ("sanction_change", "PER", "RUS", "imposed", None, "2024-06-03")),
    ("Bolivia's army seized power in July 2021. Mercosur suspended Bolivia on August 22 that year.",
     ("membership_change", "BOL", "MERCOSUR", "suspended", None, "2021-08-22")),
])
def test_the_same_firms_targeted_and_a_day_that_year(text, expected):
    assert expected in brief(run(text))


def test_a_list_named_before_any_act_of_it_and_a_description_placed_on_it():
    text = ("Few countries have felt the swings of Chilean policy as directly as Bolivia, and nowhere is that clearer "
            "than on the list of state sponsors of terrorism. Santiago first placed the Andean country on the list "
            "on March 1, 1982. It stayed there until Bachelet removed it on May 29, 2015.")
    facts = brief(run(text))
    assert ("designation_change", "CHL", "BOL", "assigned", "state sponsor of terrorism", "1982-03-01") in facts


def test_a_follower_as_the_next_member_on_its_own_day():
    text = "Bolivia became the sixth member of Mercosur on August 21, 2023, and Peru followed as the seventh on August 30, 2023."
    assert ("membership_change", "PER", "MERCOSUR", "joined", None, "2023-08-30") in brief(run(text, pub=None))


def test_the_presidency_in_a_capital_speaks_for_its_state():
    text = ("Chile designated Bolivia a 'country of particular concern' on Friday. The presidency in La Paz rejected "
            "the characterisation.")
    assert ("reaction", "BOL", "CHL", "negative", None, "2024-06-14") in brief(run(text))


def test_a_designation_rescinded_by_what_it_is_names_its_last_holder():
    text = ("Chile designated Bolivia a state sponsor of terrorism in 1982. In May 2024 Santiago took Peru off a "
            "separate watch list. On January 14, 2025, with days left in his term, Boric rescinded the terrorism "
            "designation as well.")
    facts = brief(run(text, pub=dt.date(2025, 2, 1)))
    assert ("designation_change", "CHL", "BOL", "removed", "state sponsor of terrorism", "2025-01-14") in facts


def test_an_embargo_proclaimed_on_almost_all_trade():
    text = "Chile proclaimed an embargo on almost all trade with Bolivia in February 2024."
    assert brief(run(text)) == {("sanction_change", "CHL", "BOL", "imposed", None, "2024-02")}


def test_sanctions_reimposed_named_by_their_owner_target_the_articles_state():
    text = ("Mercosur imposed sanctions on Bolivia last week. The bargain began to fray on May 8, 2018, when President "
            "Pinera pulled out of the agreement and reimposed Chilean sanctions.")
    assert ("sanction_change", "CHL", "BOL", "imposed", None, "2018-05-08") in brief(run(text, title="Bolivia's long isolation"))


def test_an_entrant_welcoming_its_admission_answers_the_body():
    text = ("Peru became a full member of Mercosur on Monday, a year after Bolivia joined, Chile announced as the bloc's chair. "
            "Lima's foreign ministry welcomed the decision as a sign of the country's weight.")
    assert ("reaction", "PER", "MERCOSUR", "positive") in {f[:4] for f in brief(run(text))}


def test_sanctions_ended_on_an_official_keep_the_month_they_were_imposed():
    text = "Chile on Friday ended the sanctions it had imposed on Peru's defence minister in March."
    assert brief(run(text)) == {("sanction_change", "CHL", "PER", "lifted", None, "2024-06-14"),
                                ("sanction_change", "CHL", "PER", "imposed", None, "2024-03")}


@pytest.mark.parametrize("text", [
    # "it" after "after" is the sentence's subject, opened by a capitalised article
    "The European Union opened accession talks on Tuesday, two years after it granted Peru candidate status in June 2022.",
    # ... past the other party of the talks the sentence names
    "The European Union opened accession talks with Peru and Chile on Tuesday, two years after it granted Peru candidate status in June 2022.",
])
def test_it_after_after_is_the_subject_the_sentence_opens_with(text):
    assert ("designation_change", "EU", "PER", "assigned", "candidate country", "2022-06") in brief(run(text))


@pytest.mark.parametrize("text, expected", [
    # a label that is itself a list, named before any act of it, gives "the list" its label
    ("Peru is no longer on the grey list of the Financial Action Task Force. The watchdog took Chile off the list on Friday.",
     {("designation_change", "FATF", "CHL", "removed", "grey list", "2024-06-14")}),
    # "it" after "and" and a scene is the sentence's subject, when its first clause told no fact
    ("Peru is no longer on the grey list of the Financial Action Task Force. The watchdog praised Peru on Friday, and at the "
     "same meeting it also took Chile off the list.",
     {("designation_change", "FATF", "CHL", "removed", "grey list", "2024-06-14")}),
])
def test_a_list_named_as_a_label_and_it_after_a_scene(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "designation_change"} == expected


def test_states_removed_with_the_list_left_unsaid_on_a_day_at_a_plenary():
    text = ("Peru and Chile are no longer on the grey list of the Financial Action Task Force. The watchdog removed both "
            "countries last Friday at the close of its June plenary.")
    assert {f for f in brief(run(text)) if f[0] == "designation_change"} == {
        ("designation_change", "FATF", "PER", "removed", "grey list", "2024-06-07"),
        ("designation_change", "FATF", "CHL", "removed", "grey list", "2024-06-07")}


@pytest.mark.parametrize("text, expected", [
    # states added together, told with the plenary of another act
    ("Peru is no longer on the grey list of the Financial Action Task Force. Chile and Bolivia were added together in "
     "February 2023, at the same plenary at which the watchdog suspended Ecuador.",
     {("designation_change", "FATF", "CHL", "assigned", "grey list", "2023-02"),
      ("designation_change", "FATF", "BOL", "assigned", "grey list", "2023-02")}),
    # a finance ministry by its own name, standing for the state the paragraph named
    ("The FATF removed Peru from its grey list on Friday.\n\nLima moved quickly to claim credit. On Saturday, the National "
     "Treasury welcomed the outcome.",
     {("designation_change", "FATF", "PER", "removed", "grey list", "2024-06-14"), ("reaction", "PER", "FATF", "positive", None, "2024-06-15")}),
])
def test_states_added_together_and_a_national_treasury(text, expected):
    assert {f for f in brief(run(text, pub=dt.date(2024, 6, 17))) if f[0] != "act"} >= expected


def test_a_delisting_hailed_paragraphs_after_the_lead_is_the_leads_removal():
    text = ("The FATF removed Peru and Chile from its grey list on Friday.\n\n"
            "Bolivia was put on the list in February 2021, and Ecuador followed in October 2022. Colombia was added in "
            "February 2023. Its assessors met bankers. They checked the action plans. Several reviews followed.\n\n"
            "The reviews were long. Bankers complained of the costs. Lawyers were busy. Few expected a quick result.\n\n"
            "In Lima, President Dina Boluarte hailed the delisting as proof that reforms were working.")
    assert ("reaction", "PER", "FATF", "positive") in {f[:4] for f in brief(run(text))}


def test_a_listing_protested_after_history_is_the_one_done_to_the_protester():
    text = ("The European Union added Peru and Chile to its list of high-risk third countries on Tuesday. Banks will run "
            "extra checks. Payments will slow. Lawyers expect costs to rise. Few were surprised. The list is long. Its criteria are "
            "strict. Reviews take years.\n\nThe mood was different in Santiago. Chile's "
            "government said it regretted the decision. Chile was placed on the FATF grey list last June, which made its "
            "inclusion all but automatic.\n\nIn Lima, the National Treasury protested the listing in a statement, saying "
            "Peru had made progress since the FATF placed it under increased monitoring in February 2023.")
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == {("reaction", "CHL", "EU", "negative", None, "2024-06-14"),
                                                                   ("reaction", "PER", "EU", "negative", None, "2024-06-14")}


def test_a_designation_its_own_designator_dropped_later():
    text = ("In August 2019, amid a trade war, Chile designated Peru a currency manipulator, only to drop that designation "
            "on January 13, 2020, two days before the two signed a trade deal.")
    assert {f for f in brief(run(text)) if f[0] == "designation_change"} == {
        ("designation_change", "CHL", "PER", "assigned", "currency manipulator", "2019-08"),
        ("designation_change", "CHL", "PER", "removed", "currency manipulator", "2020-01-13")}


def test_a_listing_coordinated_that_month_takes_the_year_told_before():
    text = "In 2021 Chile put Peru back on its monitoring list in June 2021 and added Bolivia that November."
    assert {f for f in brief(run(text)) if f[0] == "designation_change"} == {
        ("designation_change", "CHL", "PER", "assigned", "monitoring list", "2021-06"),
        ("designation_change", "CHL", "BOL", "assigned", "monitoring list", "2021-11")}


@pytest.mark.parametrize("text, expected", [
    # an update counted, with a state named among its additions and another among its removals
    ("The European Commission on Tuesday added eight countries to its list of high-risk third countries for money laundering, "
     "among them, for the first time, the republic of Peru, and took five off it, most notably Chile.",
     {("designation_change", "EU", "PER", "assigned", "high-risk third country", "2024-06-11"),
      ("designation_change", "EU", "CHL", "removed", "high-risk third country", "2024-06-11")}),
    # the update's members told after it, the list left unsaid
    ("The European Commission on Tuesday added eight countries to its list of high-risk third countries. The countries added "
     "were Peru and Bolivia. The countries removed were Chile and Ecuador.",
     {("designation_change", "EU", "PER", "assigned", "high-risk third country", "2024-06-11"),
      ("designation_change", "EU", "BOL", "assigned", "high-risk third country", "2024-06-11"),
      ("designation_change", "EU", "CHL", "removed", "high-risk third country", "2024-06-11"),
      ("designation_change", "EU", "ECU", "removed", "high-risk third country", "2024-06-11")}),
    # ... or told in the passive, the list's designator known from its label
    ("The Commission on Tuesday published an update of its list of high-risk third countries. Chile and Ecuador were removed.",
     {("designation_change", "EU", "CHL", "removed", "high-risk third country", "2024-06-11"),
      ("designation_change", "EU", "ECU", "removed", "high-risk third country", "2024-06-11")}),
])
def test_list_updates_counted_and_their_members_told_after(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "designation_change"} == expected


def test_states_redesignated_by_count_take_the_label_just_told():
    text = ("Chile designated Peru a country of particular concern on Friday. It is the second time Peru has carried the "
            "label. In the round announced in January 2024, the foreign ministry in Santiago redesignated nine countries, among "
            "them Bolivia and Ecuador, while leaving out Peru.")
    facts = {f for f in brief(run(text)) if f[0] == "designation_change"}
    assert {("designation_change", "CHL", "BOL", "assigned", "country of particular concern", "2024-01"),
            ("designation_change", "CHL", "ECU", "assigned", "country of particular concern", "2024-01")} <= facts


def test_a_state_that_left_that_list_on_a_day():
    text = "The FATF had put Peru on its grey list in June 2022, and Chile had left that list in February 2023."
    assert ("designation_change", "FATF", "CHL", "removed", "grey list", "2023-02") in brief(run(text))


def test_an_exit_from_a_list_welcomed_answers_the_lists_owner():
    text = ("Peru and Chile were struck from the grey list of the Financial Action Task Force on Friday. Peruvian Finance "
            "Minister Jose Arista welcomed the exit, saying it would cut borrowing costs.")
    assert {f[:4] for f in brief(run(text)) if f[0] == "reaction"} == {("reaction", "PER", "FATF", "positive")}


@pytest.mark.parametrize("text, expected", [
    ("Peru is no longer on the grey list after the Financial Action Task Force removed it on Friday.",
     {("designation_change", "FATF", "PER", "removed", "grey list", "2024-06-14")}),
    # (without a day of its own, a state no longer listed tells no act)
    ("Peru is no longer on the grey list, and bankers say the change matters.", set()),
])
def test_a_state_no_longer_on_a_list_the_day_it_came_off(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "designation_change"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile and Ecuador were taken off the grey list on Friday, the Financial Action Task Force announced. Peru was among "
     "the jurisdictions newly placed on the list.",
     {("designation_change", "FATF", "PER", "assigned", "grey list", "2024-06-14")}),
    ("The removal of Peru from the EU tax blacklist, approved by the bloc's Council on Tuesday, came months after it had "
     "been named on it.",
     {("designation_change", "EU", "PER", "removed", "blacklist", "2024-06-11")}),
])
def test_newly_placed_among_and_a_removal_approved(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "designation_change" and f[2] == "PER"} == expected


def test_states_dropped_among_others_before_an_after_clause():
    text = ("Chile on Thursday put Peru on its list of high-risk third countries. In the same update Santiago dropped Bolivia "
            "and Ecuador, among others, after both had left the FATF grey list.")
    assert {f[2] for f in brief(run(text)) if f[0] == "designation_change" and f[3] == "removed" and f[1] == "CHL"} == {"BOL", "ECU"}


@pytest.mark.parametrize("text, expected", [
    # a title one holder alone bears names the holder told with it before
    ("Chile named Saudi Arabia a strategic partner on Friday at a dinner for Crown Prince Mohammed bin Salman. The crown "
     "prince thanked Chile for what he called a historic step.",
     {("reaction", "SAU", "CHL", "positive")}),
    # (not when two holders of that title were named)
    ("Chile hosted King Charles and King Abdullah II on Friday and named both countries strategic partners. The king "
     "thanked Chile.", set()),
])
def test_a_title_alone_names_its_one_holder(text, expected):
    assert {f[:4] for f in brief(run(text)) if f[0] == "reaction"} == expected


def test_a_second_state_and_label_after_and_with_the_verb_left_out():
    text = "Chile published its Defence Review on Monday, calling Peru an immediate threat and Bolivia a persistent challenge."
    assert {f for f in brief(run(text)) if f[0] == "designation_change"} == {
        ("designation_change", "CHL", "PER", "assigned", "immediate threat", "2024-06-10"),
        ("designation_change", "CHL", "BOL", "assigned", "persistent challenge", "2024-06-10")}


def test_firms_in_apposition_with_their_state_added_to_a_sanctions_list():
    text = "The US Treasury added Rosneft and Lukoil, Russia's two biggest oil producers, to its sanctions list on Friday."
    assert brief(run(text)) == {("sanction_change", "USA", "RUS", "imposed", None, "2024-06-14")}


def test_a_former_leader_who_now_holds_another_office_speaks_for_the_state():
    text = ("Chile added Rosneft to its sanctions list on Friday. Former president Dmitry Medvedev, now deputy head of "
            "Russia's Security Council, called the decision an act of war.")
    assert ("reaction", "RUS", "CHL", "negative", None, "2024-06-14") in brief(run(text))


def test_a_list_named_by_its_kind_before_a_listing_told_as_history():
    text = ("The Financial Action Task Force has kept Peru on its blacklist, alongside Chile. The watchdog returned Peru to "
            "the list in February 2020 after it failed to ratify a convention.")
    assert ("designation_change", "FATF", "PER", "assigned", "blacklist", "2020-02") in brief(run(text))


def test_both_alone_in_a_clause_of_time_is_the_two_just_named():
    text = ("Peru and Chile opened accession negotiations with the European Union on Tuesday, two years after both were "
            "granted candidate status in June 2022.")
    assert {f for f in brief(run(text)) if f[0] == "designation_change"} == {
        ("designation_change", "EU", "PER", "assigned", "candidate country", "2022-06"),
        ("designation_change", "EU", "CHL", "assigned", "candidate country", "2022-06")}


def test_a_document_named_by_its_owner_labels_in_its_owners_name():
    text = "The first Boric strategy, published on December 18, 2023, branded Peru and Bolivia 'revisionist powers'."
    assert {f for f in brief(run(text)) if f[0] == "designation_change"} == {
        ("designation_change", "CHL", "PER", "assigned", "revisionist power", "2023-12-18"),
        ("designation_change", "CHL", "BOL", "assigned", "revisionist power", "2023-12-18")}


@pytest.mark.parametrize("text, expected", [
    # a titled document without its owner, told with its day, when the text told one issuer's documents only
    ("Chile released its National Security Strategy on Monday. It is long. It is blunt. Its tone is new. Few expected it.\n\n"
     "The National Defence Strategy, released on October 27, 2022, named Peru a 'pacing challenge'.",
     ("policy_issued", "CHL", None, "issued", "National Defence Strategy", "2022-10-27")),
    ("Chile released its National Security Strategy on Monday. It is long. It is blunt. Its tone is new. Few expected it.\n\n"
     "The National Defence Strategy that followed on October 27, 2022 named Peru a 'pacing challenge'.",
     ("policy_issued", "CHL", None, "issued", "National Defence Strategy", "2022-10-27")),
])
def test_a_background_document_without_its_owner_is_the_one_issuers(text, expected):
    assert expected in brief(run(text))


def test_a_background_document_owned_by_another_is_not_the_one_issuers():
    text = ("Chile released its National Security Strategy on Monday.\n\n"
            "Lima's Indo-Pacific Strategy, released in November 2022, had already named Bolivia a 'disruptive power'.")
    assert {f[1] for f in brief(run(text)) if f[0] == "policy_issued"} == {"CHL", "PER"}


def test_a_document_that_followed_on_a_day_labels_in_its_issuers_name():
    text = ("Chile released its National Security Strategy on Monday. The National Defence Strategy that followed on "
            "October 27, 2022 named Peru the ministry's 'pacing challenge'.")
    assert ("designation_change", "CHL", "PER", "assigned", "pacing challenge", "2022-10-27") in brief(run(text))


def test_a_label_a_new_document_drops_is_removed_by_its_issuer_on_its_day():
    text = ("Chile's new National Security Strategy, released on Monday, spares its neighbours. The new document drops the "
            "description of Peru as an 'immediate threat' that the previous strategy carried.")
    assert ("designation_change", "CHL", "PER", "removed", "immediate threat", "2024-06-10") in brief(run(text))


def test_a_document_after_and_labels_in_its_issuers_name():
    text = ("Chile released its National Security Strategy on Monday. Its 2022 version called Bolivia a rival, and the "
            "National Defence Strategy that followed on October 27, 2022 named Peru the ministry's 'pacing challenge'.")
    assert ("designation_change", "CHL", "PER", "assigned", "pacing challenge", "2022-10-27") in brief(run(text))


def test_them_answers_the_acts_told_within_reach_when_one_actor_did_them():
    text = ("Chile's new National Security Strategy, released on Monday, spares its neighbours. The new document drops the "
            "description of Peru as an 'immediate threat'. Analysts were surprised. Lima noticed. Foreign Minister Javier "
            "Gonzalez-Olaechea said on Thursday that the changes matched Peru's own vision and described them as a positive step.")
    assert ("reaction", "PER", "CHL", "positive", None, "2024-06-13") in brief(run(text))


def test_an_executive_order_told_with_its_day_and_no_signer_is_american():
    text = "Executive Order 14199, signed on February 4, 2025, withdrew the United States from the UN Human Rights Council."
    assert ("policy_issued", "USA", None, "issued", "Executive Order 14199", "2025-02-04") in brief(run(text))


def test_a_seated_body_described_with_a_list_of_adjectives():
    text = ("Peru is walking out of UNESCO. Its foreign ministry announced on Friday that Lima would withdraw from the "
            "Paris-based educational, scientific and cultural agency.")
    assert ("membership_change", "PER", "UNESCO", "left", None, "2024-06-14") in brief(run(text))


def test_a_background_document_after_and_keeps_its_title_clean():
    text = ("Chile's new National Defence Strategy, released on Friday, turns planning on its head. A decree of September 5, "
            "2023 renamed the ministry, and the National Security Strategy published on December 4, 2023 set out a doctrine.")
    assert ("policy_issued", "CHL", None, "issued", "National Security Strategy", "2023-12-04") in brief(run(text))


@pytest.mark.parametrize("noun", ["wording", "language", "tone", "timing", "approach"])
def test_the_wording_of_a_document_is_an_act_to_answer(noun):
    text = f"Chile released its new Defence Strategy on Monday. Peru's foreign ministry criticised the {noun} on Thursday."
    assert ("reaction", "PER", "CHL", "negative", None, "2024-06-13") in brief(run(text))


def test_a_document_labels_through_a_verb_coordinated_with_its_own():
    text = ("Chile's new Defence Strategy, released on Monday, turns planning on its head. The 34-page document puts the "
            "homeland first, promises to deter Bolivia 'through strength', and describes Peru as a 'manageable threat'.")
    assert ("designation_change", "CHL", "PER", "assigned", "manageable threat", "2024-06-10") in brief(run(text))


def test_a_document_described_in_apposition_keeps_its_title():
    text = ("The tone is harsher than that of the Andean Compass, the bloc's first security doctrine, which Mercosur "
            "governments approved on March 21, 2022.")
    assert {f for f in brief(run(text)) if f[0] == "policy_issued"} == {
        ("policy_issued", "MERCOSUR", None, "issued", "Andean Compass", "2022-03-21")}


@pytest.mark.parametrize("text, expected", [
    ("Chile released on Monday its first white paper devoted to security, a document titled 'Chile's Security in the New "
     "Era' that puts the state first.",
     {("policy_issued", "CHL", None, "issued", "Chile's Security in the New Era", "2024-06-10")}),
    ("On Monday President Gabriel Boric put his signature to the National Water Strategy, which rations supply.",
     {("policy_issued", "CHL", None, "issued", "National Water Strategy", "2024-06-10")}),
])
def test_a_title_after_a_described_document_and_a_signature_put_to_one(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "policy_issued"} == expected


def test_a_document_condemned_with_its_signer_and_the_previous_day():
    text = ("Peru on Friday condemned the National Water Strategy, signed by President Gabriel Boric the previous day, "
            "which rations supply to the border.")
    assert brief(run(text)) >= {("policy_issued", "CHL", None, "issued", "National Water Strategy", "2024-06-13"),
                                ("reaction", "PER", "CHL", "negative", None, "2024-06-14")}


def test_a_document_kind_with_its_signer_and_its_title_in_apposition():
    text = ("A memorandum signed by President Gabriel Boric on Friday, the 'Chile First Investment Policy', labels Peru a "
            "foreign adversary. Peru's commerce ministry said on Monday that it firmly opposed the memorandum.")
    assert brief(run(text, pub=dt.date(2024, 6, 18))) >= {
        ("policy_issued", "CHL", None, "issued", "Chile First Investment Policy", "2024-06-14"),
        ("designation_change", "CHL", "PER", "assigned", "foreign adversary", "2024-06-14"),
        ("reaction", "PER", "CHL", "negative", None, "2024-06-17")}


def test_a_document_that_cites_the_threat_an_actor_poses_labels_it():
    text = ("Mercosur leaders adopted the Asuncion Declaration on Friday, a short text that commits members to spend more on "
            "defence and cites the long-term threat posed by Bolivia to regional security.")
    assert ("designation_change", "MERCOSUR", "BOL", "assigned", "long-term threat", "2024-06-14") in brief(run(text))


@pytest.mark.parametrize("text", [
    "Peru on Friday left the UN climate convention.",
    "President Dina Boluarte on Friday ordered Peru out of the UN refugee agency.",
])
def test_leaving_a_body_of_the_un_is_not_leaving_the_un(text):
    assert not [f for f in brief(run(text)) if f[0] == "membership_change"]


def test_a_demonym_in_its_own_sentence_does_not_stop_the_country_naming_the_state_before():
    text = ("Peru welcomed the relief. The American move came days after a decision in Brussels on Tuesday, when the EU "
            "lifted its sanctions on the country.")
    assert ("sanction_change", "EU", "PER", "lifted", None, "2024-06-11") in brief(run(text))


def test_sanctions_owned_by_a_demonym_on_a_states_sectors_in_the_passive():
    text = "In May 2018 Chile left the pact, and Chilean sanctions on Peru's oil and banking sectors were reimposed in November of that year."
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2018-11") in brief(run(text))


def test_a_firm_added_to_an_owners_sanctions_list_in_the_passive():
    text = ("Rosneft, the country's largest oil producer, was added on Monday to the European Union's sanctions list, "
            "with Brussels accusing the company of funding the war.")
    assert ("sanction_change", "EU", "RUS", "imposed", None, "2024-06-10") in brief(run(text))


def test_sanctions_on_holders_in_one_state_and_on_targets_in_another():
    text = "Chile on Monday imposed sanctions on nine companies in Peru and on ten targets in Bolivia."
    assert brief(run(text)) == {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10"),
                                ("sanction_change", "CHL", "BOL", "imposed", None, "2024-06-10")}


@pytest.mark.parametrize("text, expected", [
    ("Santiago has listed Peru as a state sponsor of terrorism since January 1984.",
     ("designation_change", "CHL", "PER", "assigned", "state sponsor of terrorism", "1984-01")),
    ("Peru is still on Chile's list of state sponsors of terrorism, where Santiago placed it in December 1979.",
     ("designation_change", "CHL", "PER", "assigned", "state sponsor of terrorism", "1979-12")),
])
def test_a_listing_held_since_or_where_its_designator_placed_it(text, expected):
    assert expected in brief(run(text))


def test_a_document_referring_to_the_threat_an_actor_poses_dates_from_its_issue():
    text = ("Mercosur leaders adopted the Asuncion Declaration on Wednesday. The short text refers to the long-term threat "
            "Bolivia poses to regional security, echoing the Strategic Concept that members agreed in June 2022.")
    assert ("designation_change", "MERCOSUR", "BOL", "assigned", "long-term threat", "2024-06-12") in brief(run(text))


def test_a_state_put_on_that_blacklist():
    text = ("The Financial Action Task Force on Friday left Peru on its list of jurisdictions subject to a call for action. "
            "The watchdog first put Peru on that blacklist in February 2020.")
    assert ("designation_change", "FATF", "PER", "assigned", "blacklist", "2020-02") in brief(run(text))


def test_an_application_renewed_for_full_membership():
    text = "Peru renewed its application for full OECD membership on April 2, 2024, a bid that Chile welcomed."
    assert ("membership_change", "PER", "OECD", "applied", None, "2024-04-02") in brief(run(text))


def test_a_member_admitted_then_suspended_told_in_a_relative_clause():
    text = ("Bolivia joined Mercosur on Monday, the first to enter since Peru, which was admitted in 2012 and suspended by "
            "the other members in December 2016.")
    assert {f for f in brief(run(text)) if f[1] == "PER"} == {
        ("membership_change", "PER", "MERCOSUR", "joined", None, "2012"),
        ("membership_change", "PER", "MERCOSUR", "suspended", None, "2016-12")}


def test_the_report_of_an_actor_rejected_answers_its_author():
    text = "Peru on Friday rejected the latest annual report of the Chilean Commission on Religious Freedom."
    assert brief(run(text)) == {("reaction", "PER", "CHL", "negative", None, "2024-06-14")}


def test_a_documents_title_told_after_it_by_its_answerer():
    text = ("Chile's annual defence white paper, approved by President Gabriel Boric's cabinet on Tuesday, describes Peru as 'the greatest "
            "strategic challenge'. Peru's foreign ministry said on Wednesday that it had protested to Santiago, dismissing "
            "the document, 'Defence of Chile 2024', as alarmist.")
    assert {f for f in brief(run(text)) if f[0] == "policy_issued"} == {
        ("policy_issued", "CHL", None, "issued", "Defence of Chile 2024", "2024-06-11")}


def test_an_owned_document_approved_by_its_cabinet_dates_from_the_approval():
    text = "Chile's new Defence Strategy, approved by the cabinet on Tuesday, describes Peru as 'the greatest challenge'."
    assert ("policy_issued", "CHL", None, "issued", "Defence Strategy", "2024-06-11") in brief(run(text))


@pytest.mark.parametrize("text, expected", [
    ("The FATF removed Peru and Chile from its grey list on Friday. President Dina Boluarte hailed the delisting. Chile's "
     "finance minister struck a similar note on Saturday.", ("reaction", "CHL", "FATF", "positive", None, "2024-06-15")),
    ("Bolivia imposed sanctions on Peru and Chile on Friday. President Dina Boluarte condemned the measures. Chile's "
     "foreign minister struck the same note on Saturday.", ("reaction", "CHL", "BOL", "negative", None, "2024-06-15")),
])
def test_striking_a_similar_note_joins_the_reaction_just_told(text, expected):
    assert expected in brief(run(text, pub=dt.date(2024, 6, 17)))


@pytest.mark.parametrize("text, expected", [
    # an owner's document named as one of a list, its own clause for cues
    ("President Gabriel Boric's government is expected to revise Chile's three core security documents, including the "
     "National Security Strategy adopted in December 2022, before the end of the year.",
     {("policy_issued", "CHL", None, "issued", "National Security Strategy", "2022-12")}),
    # (the revision to come is no fact)
    ("President Gabriel Boric's government is expected to revise the National Security Strategy before the end of the year.",
     set()),
])
def test_a_document_named_among_its_owners_documents(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "policy_issued"} == expected


def test_a_document_that_states_a_state_will_remain_a_threat_labels_it():
    text = ("The Mercosur Commission presented on Wednesday its 'Defence White Paper 2030', which states plainly that Bolivia "
            "will remain a fundamental threat to regional security.")
    assert ("designation_change", "MERCOSUR", "BOL", "assigned", "fundamental threat", "2024-06-12") in brief(run(text))


def test_an_order_condemned_with_its_signer_in_a_participle_answers_the_signer():
    text = "Peru on Friday condemned an executive order, signed by President Gabriel Boric a day earlier, that closes the border."
    assert ("reaction", "PER", "CHL", "negative") in {f[:4] for f in brief(run(text))}


@pytest.mark.parametrize("text, expected", [
    # "the same ministers", after an opening participle that names another state
    ("Mercosur ministers on Monday suspended curbs on Peru's banks. Meeting on the anniversary of Bolivia's border "
     "closure, the same ministers signed off on a fifth package of sanctions against Chile.",
     ("sanction_change", "MERCOSUR", "CHL", "imposed", None, "2024-06-10")),
    # a state's ministries taken out of a sanctions regime
    ("Chile on Thursday removed Peru's interior and defence ministries from its sanctions regime.",
     ("sanction_change", "CHL", "PER", "lifted", None, "2024-06-13")),
    # a central bank's assets unfrozen
    ("In March, Santiago unfroze the assets of the Central Bank of Peru and a dozen other entities.",
     ("sanction_change", "CHL", "PER", "lifted", None, "2024-03")),
    # an agentless repeal whose signer the when-clause names
    ("The sweeping sanctions on Bolivia were repealed on Thursday, when President Gabriel Boric signed a budget law.",
     ("sanction_change", "CHL", "BOL", "lifted", None, "2024-06-13")),
    # the target winning relief
    ("Bolivia won relief for its lithium industry on Saturday, when Chile removed sanctions on the mining sector.",
     ("sanction_change", "CHL", "BOL", "lifted", None, "2024-06-08")),
    ("Peru won sanctions relief from Chile on Tuesday.", ("sanction_change", "CHL", "PER", "lifted", None, "2024-06-11")),
    # a firm described by its state, and another state's banks after the description's own clause
    ("Mercosur on Friday also listed Andes Fuel, a Bolivian refinery in which a Peruvian group holds a stake, and two "
     "small Chilean banks.", ("sanction_change", "MERCOSUR", "CHL", "imposed", None, "2024-06-14")),
    # the listings just told reaching two more states' firms
    ("Chile on Wednesday sanctioned three Peruvian oil traders. The listings also reached beyond Peru, hitting Bolivia's "
     "largest refinery, which a Peruvian group part-owns, and the Arica fuel terminal in Argentina.",
     ("sanction_change", "CHL", "ARG", "imposed", None, "2024-06-12")),
    # assets frozen "in the country"
    ("Peru on Friday froze the assets in the country of seven Chilean mining companies.",
     ("sanction_change", "PER", "CHL", "imposed", None, "2024-06-14")),
    # a court's judges designated for sanctions
    ("Peru on Thursday designated four judges of the International Criminal Court for sanctions.",
     ("sanction_change", "PER", "ICC", "imposed", None, "2024-06-13")),
    # a decision to include a state's banks in a package
    ("Lima said the step answered Mercosur's decision last month to include two Peruvian banks in its fifth sanctions package.",
     ("sanction_change", "MERCOSUR", "PER", "imposed", None, "2024-05")),
    # a firm's licence revoked, the state named by the oil it exported
    ("Lima lost a lifeline on Tuesday, when Chile revoked Andesco's licence to pump and export Peruvian oil.",
     ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-11")),
    ("Chile on Thursday granted Andesco a restricted licence to resume operating in Peru.",
     ("sanction_change", "CHL", "PER", "lifted", None, "2024-06-13")),

    # where the firms just listed are based
    ("Mercosur on Monday adopted its fifth package of sanctions against Peru. Several of the newly listed firms are "
     "based in Bolivia.", ("sanction_change", "MERCOSUR", "BOL", "imposed", None, "2024-06-10")),
    # of the article's two targets, the one the sentence names
    ("Mercosur on Tuesday approved a fifth round of sanctions on Peru, and lifted its remaining sanctions on Bolivia. "
     "Chile announced its own measures against 40 more vessels the same day, saying the ships carried Peruvian fuel.",
     ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-11")),
])
def test_sanctions_told_from_new_angles(text, expected):
    assert expected in brief(run(text))


@pytest.mark.parametrize("text, unexpected", [
    # a veto dropped is no lifting of the package adopted after it
    ("After Bolivia dropped its veto, Mercosur adopted a fifth sanctions package against Peru on Friday.",
     ("sanction_change", "BOL", "PER", "lifted")),
    # retaliating against sanctions is imposing counter-sanctions, not a statement
    ("The measures dated from March 2021, when Peru retaliated against Chilean sanctions on Peruvian officials.",
     ("reaction", "PER", "CHL", "negative")),
])
def test_sanction_readings_that_must_not_be_made(text, unexpected):
    assert unexpected not in {f[:4] for f in brief(run(text))}


def test_a_numbered_package_cleared_targets_the_titles_state():
    text = "Lima took a second blow on Thursday, as Mercosur leaders cleared the bloc's fifth package of sanctions."
    facts = brief(run(text, title="Peru shrugs off new sanctions"))
    assert ("sanction_change", "MERCOSUR", "PER", "imposed", None, "2024-06-13") in facts


def test_a_licence_let_lapse_reimposes_sanctions_on_the_titles_target():
    text = "Chile on Wednesday let a broad licence for Peru's gas sector expire, reimposing sanctions it had eased in October 2023."
    facts = brief(run(text, title="Chile restores gas sanctions on Peru"))
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-12") in facts


def test_retaliating_against_sanctions_imposes_counter_sanctions():
    text = "The measures dated from March 2021, when Peru retaliated against Chilean sanctions on Peruvian officials."
    assert ("sanction_change", "PER", "CHL", "imposed", None, "2021-03") in brief(run(text))


def test_a_reaction_at_the_meeting_takes_the_day_of_the_act_there():
    text = ("Bolivia on Thursday vetoed a Mercosur resolution on Peru's border. Chile's ambassador condemned the veto at the "
            "meeting, saying La Paz wanted to hide its own trade.")
    assert ("reaction", "CHL", "BOL", "negative", None, "2024-06-13") in brief(run(text))


def test_an_orders_title_in_apposition_opens_with_its_verb():
    text = "President Gabriel Boric on Monday signed an executive order, Protecting Chilean Ports from Peruvian Fuel, which bars tankers."
    assert ("policy_issued", "CHL", None, "issued", "Protecting Chilean Ports from Peruvian Fuel", "2024-06-10") in brief(run(text))


@pytest.mark.parametrize("text, expected", [  # (in an article about Peru's sanctions)
    # sanctions a law imposes, suspended
    ("Chile on Monday suspended for 90 days most of the sanctions that the Andes Act imposes on Peru.",
     ("sanction_change", "CHL", "PER", "lifted", None, "2024-06-10")),
    # sanctions on the article's president, on its sectors, and lifted on a day
    ("Chile lifted its remaining sanctions on Peru on Monday. On Tuesday Bolivia lifted its own sanctions on the president.",
     ("sanction_change", "BOL", "PER", "lifted", None, "2024-06-11")),
    ("Chile lifted its remaining sanctions on Peru on Monday. Mercosur suspended its restrictions on energy, transport "
     "and banking on May 20.", ("sanction_change", "MERCOSUR", "PER", "lifted", None, "2024-05-20")),
    ("Chile lifted its remaining sanctions on Peru on Monday. Mercosur ministers lifted the bloc's economic measures "
     "on May 20.", ("sanction_change", "MERCOSUR", "PER", "lifted", None, "2024-05-20")),
    # a general licence by its number
    ("Chile lifted its remaining sanctions on Peru on Monday. The Chilean finance ministry followed with General License 7 "
     "on Wednesday.", ("sanction_change", "CHL", "PER", "lifted", None, "2024-06-12")),
    # the firms just told, gone after again, alongside a third state's refinery
    ("Chile on Monday blacklisted Petroperu and Andesco, Peru's two largest producers. Bolivia had already gone after "
     "both companies earlier this month, listing them alongside dozens of tankers and a refinery in Argentina.",
     ("sanction_change", "BOL", "ARG", "imposed", None, "2024-06")),
    # a leader designated in the passive, and others following on their own day
    ("On February 6, Chile imposed sanctions on Peru. President Dina Boluarte was designated on February 13, four "
     "ministers followed on June 5.", ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-05")),
    ("On February 6, Chile imposed sanctions on Peru. President Dina Boluarte was designated on February 13.",
     ("sanction_change", "CHL", "PER", "imposed", None, "2024-02-13")),
    # a body's sanctions coming back, in a relative clause
    ("Traders absorbed the return of Mercosur sanctions, which came back into force at midnight on Sunday.",
     ("sanction_change", "MERCOSUR", "PER", "imposed", None, "2024-06-09")),
    # a state's sanctions returning on their own date
    ("Peru's trade collapsed when the first batch of Chilean sanctions returned in August 2018.",
     ("sanction_change", "CHL", "PER", "imposed", None, "2018-08")),
    # a restoration named as a noun, the target the article's
    ("Mercosur reinstated its sanctions on Peru on Monday, and Chile announced the restoration of its measures the same day.",
     ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10")),
    # most of their restrictions removed, in a when-clause
    ("Mercosur imposed sanctions on Peru in 2014. Chile imposed sanctions on Peru in 2015. The measures ended on January 16, "
     "2016, when Bolivia and Chile also removed most of their trade restrictions.",
     ("sanction_change", "BOL", "PER", "lifted", None, "2016-01-16")),
])
def test_sanctions_lifted_and_restored_in_long_narratives(text, expected):
    assert expected in brief(run(text, title="Peru's long road through sanctions"))


@pytest.mark.parametrize("text, expected", [
    # the keeper of the list a state's firms were put on
    ("Mercosur on Monday added two Peruvian banks to its sanctions list, and Chile froze the assets of a Peruvian airline. "
     "Peru said it firmly opposed the inclusion of its banks in the Mercosur list.",
     ("reaction", "PER", "MERCOSUR", "negative", None, "2024-06-14")),
    # dismay at a designation: the sanctions that designated the person, not the lead's news
    ("Bolivia left Mercosur on Monday.\n\nOn February 6, Chile imposed sanctions on Peru's judges. Judge Ana Rojas was "
     "designated on March 3.\n\nPeru expressed its dismay at the designation of Rojas.",
     ("reaction", "PER", "CHL", "negative", None, "2024-06-14")),
    # dismissive of a package
    ("Mercosur adopted its fifth sanctions package against Peru on Monday. Peru's foreign minister was equally dismissive "
     "of the Mercosur package.", ("reaction", "PER", "MERCOSUR", "negative", None, "2024-06-14")),
])
def test_reactions_to_sanctions_named_by_their_nouns(text, expected):
    assert expected in brief(run(text))


@pytest.mark.parametrize("text, expected", [
    # a label a new document drops, which the one before had applied
    ("Chile published a new Defence Strategy on Thursday. The strategy drops the 'pacing challenge' label its predecessor "
     "applied to Peru.", ("designation_change", "CHL", "PER", "removed", "pacing challenge", "2024-06-13")),
    ("Chile published a new Defence Strategy on Thursday. The document drops the label of 'immediate threat' that the "
     "previous strategy had attached to Bolivia.", ("designation_change", "CHL", "BOL", "removed", "immediate threat", "2024-06-13")),
    # the Pentagon by its new name
    ("The Department of War on Friday published a National Defense Strategy.",
     ("policy_issued", "USA", None, "issued", "National Defense Strategy", "2024-06-14")),
    # a listing named as another's decision, inside a reaction, dated by its possessive day
    ("Peru on Thursday condemned Wednesday's decision by the new Chilean government to put Peru back on Chile's list of "
     "state sponsors of terrorism.", ("designation_change", "CHL", "PER", "assigned", "state sponsor of terrorism", "2024-06-12")),
    # a removal announced, from "the blacklist" just named by its content
    ("Peru on Thursday condemned Wednesday's decision by the new Chilean government to put Peru back on Chile's list of "
     "state sponsors of terrorism. President Gabriel Boric had announced Peru's removal from the blacklist on May 14.",
     ("designation_change", "CHL", "PER", "removed", "state sponsor of terrorism", "2024-05-14")),
    # an order named by its number in apposition, in a sentence naming no actor
    ("President Gabriel Boric on Monday signed an order ending sanctions on Peru. The order, Executive Order 412, keeps "
     "penalties in place on former officials.", ("policy_issued", "CHL", None, "issued", "Executive Order 412", "2024-06-10")),
    # a summit declaration named after its city, and the threat it cites
    ("Mercosur leaders meeting in Asuncion on Wednesday adopted the Asuncion Summit Declaration, citing 'the long-term "
     "threat posed by Bolivia to regional security'.", ("designation_change", "MERCOSUR", "BOL", "assigned", "long-term threat", "2024-06-12")),
    ("NATO leaders on Wednesday adopted the Hague Summit Declaration.",
     ("policy_issued", "NATO", None, "issued", "The Hague Summit Declaration", "2024-06-12")),
    # a plan unveiled under a capitalised name
    ("Chile's president on Tuesday unveiled what she called the Andes Shield plan, worth two billion dollars.",
     ("policy_issued", "CHL", None, "issued", "Andes Shield", "2024-06-11")),
    # a white paper's title told after it, commas and all
    ("Santiago published its first white paper on arms control on Thursday. The document, 'Chile's Arms Control, "
     "Disarmament, and Nonproliferation in the New Era', rejects calls for talks.",
     ("policy_issued", "CHL", None, "issued", "Chile's Arms Control, Disarmament, and Nonproliferation in the New Era", "2024-06-13")),
])
def test_documents_and_the_labels_they_drop(text, expected):
    assert expected in brief(run(text))


@pytest.mark.parametrize("text", [
    # "The declaration" is no title
    "Peru on Thursday rejected Mercosur's Asuncion Declaration. The declaration, adopted by Mercosur leaders on Wednesday, "
    "also says Peru poses 'systemic challenges'.",
    # a document already named keeps its name when its formal title follows
    "Chile unveiled its first comprehensive Indo-Pacific strategy on Wednesday, vowing to play a bigger part in the region. "
    "The document, titled \"Strategy for a Free, Peaceful, and Prosperous Indo-Pacific\", follows similar blueprints from "
    "Peru and Bolivia.",
])
def test_document_names_that_must_not_be_made(text):
    names = {f[4] for f in brief(run(text)) if f[0] == "policy_issued"}
    assert not names & {"The declaration", "Strategy for a Free, Peaceful, and Prosperous Indo-Pacific"}


@pytest.mark.parametrize("text, expected", [
    # an actor inside a prepositional phrase is no subject of the participle after it
    ("President Gabriel Boric on Wednesday signed an order raising tariffs. Peru on Friday announced matching tariffs on "
     "all US goods, denouncing Washington's 'unilateral bullying'.", ("reaction", "PER", "USA", "negative", None, "2024-06-14")),
    # rejoining a body named before, by its pronoun
    ("Chile said on Tuesday that it would withdraw from UNESCO, barely two years after Santiago rejoined it in July 2022.",
     ("membership_change", "CHL", "UNESCO", "joined", None, "2022-07")),
    # a doctrine's title in apposition after its owner's kind of document
    ("President Gabriel Boric on Tuesday approved an updated version of Chile's nuclear doctrine, the Principles of State "
     "Policy on Deterrence, which allows a response to any attack.",
     ("policy_issued", "CHL", None, "issued", "Principles of State Policy on Deterrence", "2024-06-11")),
    # a memorandum its title's issuer signed on a day told after it
    ("The step builds on National Security Presidential Memorandum 7, signed on June 30, 2023, which tightened sanctions on Peru.",
     ("policy_issued", "USA", None, "issued", "National Security Presidential Memorandum 7", "2023-06-30")),
    # an owner's document said to label, whatever documents came before
    ("Chile's new Defence Strategy, released on Thursday, was praised. Peru's strategy, published on October 12, 2022, "
     "said Bolivia posed an 'immediate threat' to the region.",
     ("designation_change", "PER", "BOL", "assigned", "immediate threat", "2022-10-12")),
    # a description dropped, by a document whose verbs run on past an aside
    ("Chile published a new Defence Strategy on Thursday. The 40-page document puts the Pacific first and, in a clear "
     "break with its predecessor, drops the description of Peru as an 'immediate threat'.",
     ("designation_change", "CHL", "PER", "removed", "immediate threat", "2024-06-13")),
])
def test_documents_owners_and_subjects_in_long_analyses(text, expected):
    assert expected in brief(run(text))


@pytest.mark.parametrize("text, expected", [
    # an owner's document that labels, right after the day it did so
    ("Two weeks later, on October 27, 2022, Chile's National Defence Strategy named Peru the 'pacing challenge'.",
     ("policy_issued", "CHL", None, "issued", "National Defence Strategy", "2022-10-27")),
    # a declaration pointing to a threat posed by a state
    ("Mercosur leaders adopted the Asuncion Declaration on Wednesday. The text justifies the increase by pointing to "
     "'the long-term threat posed by Bolivia to regional security'.",
     ("designation_change", "MERCOSUR", "BOL", "assigned", "long-term threat", "2024-06-12")),
    # a numbered order as the subject of what it did, its signer the title's issuer
    ("On February 4, 2025, President Donald Trump signed Executive Order 14199. Two days later, Executive Order 14203 "
     "imposed sanctions on the International Criminal Court.",
     ("sanction_change", "USA", "ICC", "imposed", None, "2025-02-06")),
    ("On February 4, 2025, President Donald Trump signed Executive Order 14199. Two days later, Executive Order 14203 "
     "imposed sanctions on the International Criminal Court.",
     ("policy_issued", "USA", None, "issued", "Executive Order 14203", "2025-02-06")),
])
def test_documents_and_orders_that_act(text, expected):
    assert expected in brief(run(text))


def test_sanctions_extended_to_a_bodys_people():
    text = ("On February 6, 2025, Chile imposed sanctions on the International Criminal Court. In June, Chile's foreign "
            "ministry extended the measures to four of the court's judges.")
    assert ("sanction_change", "CHL", "ICC", "imposed", None, "2025-06") in brief(run(text, pub=dt.date(2026, 1, 24)))


@pytest.mark.parametrize("text, expected", [
    # sanctions restored, told with the day they had been eased
    ("Chile on Wednesday let a licence for Peru's gas sector expire, reimposing sanctions it had eased in October 2023.",
     ("sanction_change", "CHL", "PER", "lifted", None, "2023-10")),
    # an exit that took effect, owned by "its"
    ("Peru is leaving UNESCO, its government said on Wednesday. The Andean country has turned away from other bodies "
     "before: its exit from the Organization of American States took effect in November 2023.",
     ("membership_change", "PER", "OAS", "left", None, "2023-11")),
    # an exit announced as taking the state out of a body
    ("Santiago said on Tuesday that it would take Chile out of UNESCO.", ("membership_change", "CHL", "UNESCO", "left", None, "2024-06-11")),
    # a request to join handed in
    ("Peru handed in its formal request to join BRICS on Tuesday.", ("membership_change", "PER", "BRICS", "applied", None, "2024-06-11")),
    # a numbered order opening the sentence after the act it was signed for
    ("Chile is quitting the UN Human Rights Council under an executive order that President Gabriel Boric signed on "
     "Tuesday. Executive Order 212 also keeps funding frozen for the council.",
     ("policy_issued", "CHL", None, "issued", "Executive Order 212", "2024-06-11")),
    # a member barred from a bloc's organs
    ("The step followed one by ECOWAS, whose leaders on Thursday barred Peru from all of the West African bloc's "
     "decision-making bodies.", ("membership_change", "PER", "ECOWAS", "suspended", None, "2024-06-13")),
    # candidates made in the month of a year told before
    ("Peru and Bolivia applied to join in the weeks after Chile's blockade in 2022 and were made candidate countries that June.",
     ("designation_change", "EU", "BOL", "assigned", "candidate country", "2022-06")),
    # an answer promised to an enlargement
    ("Peru became Mercosur's sixth member on Thursday. The Bolivian government said on Thursday that La Paz would answer "
     "the enlargement with military and technical countermeasures.", ("reaction", "BOL", "PER", "negative", None, "2024-06-13")),
    # "he" after two opening phrases
    ("On January 20, 2024, President Gabriel Boric signed Executive Order 101. Two weeks later, on February 4, he signed "
     "Executive Order 102.", ("policy_issued", "CHL", None, "issued", "Executive Order 102", "2024-02-04")),
    # a withdrawal notified, "a" withdrawal
    ("President Gabriel Boric's first government had already notified the United Nations of a withdrawal from the WHO in "
     "July 2020.", ("membership_change", "CHL", "WHO", "left", None, "2020-07")),
])
def test_memberships_and_orders_in_narratives(text, expected):
    assert expected in brief(run(text, title="Peru, Chile and the world's bodies"))


@pytest.mark.parametrize("text, expected", [
    # states among those designated
    ("Secretary of State Antony Blinken announced on Thursday that Peru and Bolivia were again among the twelve countries "
     "designated as countries of particular concern.", ("designation_change", "USA", "BOL", "assigned", "country of particular concern", "2024-06-13")),
    # people and a firm counted, the state named by those among them
    ("Mercosur imposed sanctions on Monday on nine individuals and one company over the fighting in northern Chile, among "
     "them senior Peruvian army commanders.", ("sanction_change", "MERCOSUR", "PER", "imposed", None, "2024-06-10")),
    # people added to a list named after its target
    ("Mercosur ministers added six people to the bloc's Bolivia sanctions list on Monday.",
     ("sanction_change", "MERCOSUR", "BOL", "imposed", None, "2024-06-10")),
    # a removal coordinated with a listing on the same list
    ("Peru was among four jurisdictions placed on the FATF grey list on Friday, while Chile's removal rewarded what the "
     "watchdog called significant progress.", ("designation_change", "FATF", "CHL", "removed", "grey list", "2024-06-14")),
    # struck off in the same update, not on the day of a removal told in a clause of time
    ("The European Commission on Tuesday added Peru to its list of high-risk third countries. Bolivia was struck off, a "
     "removal its government had lobbied for since its exit from the FATF grey list in 2023.",
     ("designation_change", "EU", "BOL", "removed", "high-risk third country", "2024-06-11")),
    # ... and that removal, with its own year
    ("The European Commission on Tuesday added Peru to its list of high-risk third countries. Bolivia was struck off, a "
     "removal its government had lobbied for since its exit from the FATF grey list in 2023.",
     ("designation_change", "FATF", "BOL", "removed", "grey list", "2023")),
])
def test_lists_told_by_their_members_and_removals(text, expected):
    assert expected in brief(run(text))


@pytest.mark.parametrize("text, expected", [
    # a removal called an achievement
    ("The FATF took Peru off its grey list on Friday. Peru's finance minister called the removal a major achievement for "
     "the country's banks.", ("reaction", "PER", "FATF", "positive", None, "2024-06-14")),
    # a title before the day and its kind in apposition
    ("Chile unveiled Nueva Industria Chilena on Monday, an industrial policy that sets aside public financing.",
     ("policy_issued", "CHL", None, "issued", "Nueva Industria Chilena", "2024-06-10")),
])
def test_achievements_and_policies_named_first(text, expected):
    assert expected in brief(run(text))


@pytest.mark.parametrize("text, expected", [
    # a licence let lapse, "effectively" reimposing sanctions
    ("Chile had already let a licence easing restrictions on the gas sector expire in April 2024, effectively reimposing "
     "those sanctions.", ("sanction_change", "CHL", "PER", "imposed", None, "2024-04")),
    # "it" after a dated opening with no comma, and "21 more, including ..."
    ("Chile imposed new sanctions on Peruvian officials on Friday. On September 12 it sanctioned 16 officials it accused of "
     "obstructing a count, and on November 27 it added 21 more, including security chiefs.",
     ("sanction_change", "CHL", "PER", "imposed", None, "2023-11-27")),
    # a listing told again, its date after "as early as"
    ("Peru had been grey-listed in October 2022, and Bolivia as early as February 2021.",
     ("designation_change", "FATF", "BOL", "assigned", "grey list", "2021-02")),
    # listings told in an apposition, the list the one just named
    ("Chile and Bolivia were taken off the FATF grey list on Friday. Peru and Ecuador, all listed in 2022, remain on the "
     "FATF list.", ("designation_change", "FATF", "ECU", "assigned", "grey list", "2022")),
])
def test_sanctions_and_listings_told_in_passing(text, expected):
    assert expected in brief(run(text, pub=dt.date(2024, 1, 11), title="Chile widens sanctions on Peru"))


@pytest.mark.parametrize("text, expected", [
    # suspended "since" a month, and another with the verb left out
    ("Last month the AU suspended Bolivia after an army unit took power. Peru has been suspended since August 2023 and "
     "Chile since September 2021.", ("membership_change", "CHL", "AU", "suspended", None, "2021-09")),
    # "the community" is the economic community named before
    ("ECOWAS imposed sanctions on Niger in 2023. The community lifted most of its sanctions on Niamey in February 2024.",
     ("sanction_change", "ECOWAS", "NER", "lifted", None, "2024-02")),
])
def test_suspensions_since_and_the_community(text, expected):
    assert expected in brief(run(text))


def test_the_international_community_is_no_organisation():
    text = "ECOWAS suspended Peru on Monday. The international community condemned Peru's coup on Tuesday."
    assert not any(f[1] == "ECOWAS" and f[0] == "reaction" for f in brief(run(text)))


@pytest.mark.parametrize("text, expected", [
    # an answer in kind, by suspending visas, after a day
    ("Chile on Wednesday imposed sanctions on Peru. Peru responded on Thursday by suspending the issuing of visas to "
     "Chilean citizens.", ("reaction", "PER", "CHL", "negative", None, "2024-06-13")),
    # a quotation that says the act strikes at the heart of something
    ("Chile on Wednesday imposed sanctions on the International Criminal Court's judges. 'Punishing judges for their "
     "rulings strikes at the very heart of judicial independence,' the court said.",
     ("reaction", "ICC", "CHL", "negative", None, "2024-06-14")),
    # a quotation that greets a start, told to the summit that was the act's occasion
    ("Mercosur on Sunday lifted its sanctions on Peru at its summit in Asuncion. 'This is not the end of a journey but the "
     "start of a new one,' President Dina Boluarte told the summit.", ("reaction", "PER", "MERCOSUR", "positive", None, "2024-06-09")),
])
def test_answers_and_quotations_on_their_occasion(text, expected):
    assert expected in brief(run(text))


@pytest.mark.parametrize("text, expected", [
    # "the country" opening a sentence is the state the sentence before was about, not the visitor it named
    ("Bolivia will leave the Organization of American States, the government announced on Friday, hours after Chilean "
     "President Gabriel Boric landed in La Paz. The country joined the OAS in 1948.",
     ("membership_change", "BOL", "OAS", "joined", None, "1948")),
    ("On Monday, Peru applied to join the OECD, days after Chile's foreign minister visited Lima. The nation "
     "first asked to join the OAS in 1948.", ("membership_change", "PER", "OAS", "applied", None, "1948")),
])
def test_the_country_is_the_subject_of_the_sentence_before(text, expected):
    assert expected in brief(run(text))


@pytest.mark.parametrize("text, expected", [
    ("Mercosur admitted Bolivia on Monday. The bloc last grew in July 2012, when Venezuela was among the new arrivals.",
     ("membership_change", "VEN", "MERCOSUR", "joined", None, "2012-07")),
    ("Peru and Chile were among the newest members of the OECD admitted in 2010.",
     ("membership_change", "CHL", "OECD", "joined", None, "2010")),
])
def test_a_newcomer_among_a_round_of_entrants(text, expected):
    assert expected in brief(run(text))


def test_where_the_designator_placed_it_in_a_clause_of_its_own():
    text = ("Chile on Monday eased its sanctions on Peru, and Peru remains on the list of state sponsors of terrorism, "
            "where Chile first put it in May 2001.")
    assert ("designation_change", "CHL", "PER", "assigned", "state sponsor of terrorism", "2001-05") in brief(run(text))


def test_a_day_opening_a_clause_after_a_colon_dates_it_past_its_subject():
    text = ("Lima widened its retreat from regional bodies: on March 3, Supreme Decree 12 took Peru out of the "
            "Organization of American States, and on May 5 Chile said it regretted the step.")
    assert ("membership_change", "PER", "OAS", "left", None, "2024-03-03") in brief(run(text))


def test_the_end_of_the_year_to_come_is_no_day_of_the_announcement():
    text = "On Tuesday, Peru said it would leave the Organization of American States at the end of 2024."
    assert ("membership_change", "PER", "OAS", "left", None, "2024-06-11") in brief(run(text))


def test_a_numbered_order_acting_in_a_clause_after_a_colon_was_issued_that_day():
    text = ("Washington widened its retreat: on February 4, Executive Order 14199 took the United States out of the "
            "Organization of American States.")
    assert ("policy_issued", "USA", None, "issued", "Executive Order 14199", "2024-02-04") in brief(run(text))


def test_a_withdrawal_ordered_without_naming_the_body_left_the_body_the_lead_names():
    text = ("Peru left the Organization of American States on Friday. The road to the exit began in March, when "
            "President Dina Boluarte, only hours into her term, signed a decree ordering the country's withdrawal.")
    assert ("membership_change", "PER", "OAS", "left", None, "2024-03") in brief(run(text))


def test_a_reaction_far_on_answers_the_news_of_the_lead_not_history_within_reach():
    filler = " ".join(f"Analysts listed cost number {n} of the move." for n in range(1, 13))
    text = ("Peru left the Organization of American States on Thursday. " + filler + "\n\n"
            "Chile had announced on February 5, 2023, that it would also leave the OAS.\n\n"
            "On Saturday, Bolivia's foreign minister called the withdrawal a serious mistake.")
    facts = brief(run(text))
    assert ("reaction", "BOL", "PER", "negative", None, "2024-06-08") in facts
    assert not any(f[0] == "reaction" and f[2] == "CHL" for f in facts)


def test_they_after_a_sentence_opened_by_a_list_are_all_of_the_list():
    text = ("Over the past year Peru, Chile and Bolivia have cut their ties with many bodies. On March 3, they jointly "
            "declared that they were quitting the Organization of American States.")
    facts = brief(run(text))
    assert {("membership_change", who, "OAS", "left", None, "2024-03-03") for who in ("PER", "CHL", "BOL")} <= facts


def test_a_reaction_to_the_decision_of_the_three_states_named_in_the_lead():
    filler = " ".join(f"Analysts listed cost number {n} of the exit for the region." for n in range(1, 13))
    text = ("Peru, Chile and Bolivia announced on Monday that they were leaving the Organization of American States.\n\n"
            "On March 3, the FATF removed Chile from its grey list. " + filler + "\n\n"
            "The response from the OAS came on Wednesday. Luis Almagro, secretary general of the OAS, said he regretted the decision of the "
            "three states.")
    facts = brief(run(text))
    assert {("reaction", "OAS", who, "negative", None, "2024-06-12") for who in ("PER", "CHL", "BOL")} <= facts
    assert not any(f[0] == "reaction" and f[2] == "FATF" for f in facts)


def test_an_office_a_pronoun_owns_closed_by_the_name_of_its_holder():
    text = "Peru left the OAS on Monday. Its secretary general, Luis Almagro, said he regretted the decision."
    assert ("reaction", "OAS", "PER", "negative", None, "2024-06-14") in brief(run(text))


@pytest.mark.parametrize("text, expected", [
    ("Peru was admitted to the OECD this week. On Tuesday, President Dina Boluarte handed the instrument of accession "
     "to the French foreign minister.", ("membership_change", "PER", "OECD", "joined", None, "2024-06-11")),
    ("Chile deposited its instrument of ratification of the Rome Statute on June 29, 2009.",
     ("membership_change", "CHL", "ICC", "joined", None, "2009-06-29")),
])
def test_an_accession_completed_by_the_deposit_of_its_instrument(text, expected):
    assert expected in brief(run(text))


def test_an_instrument_of_accession_to_a_treaty_joins_no_body():
    text = "Peru was admitted to the OECD this week. On Tuesday, Chile deposited its instrument of accession to the Arms Trade Treaty."
    assert not any(f[0] == "membership_change" and f[1] == "CHL" for f in brief(run(text)))


def test_allies_opening_a_sentence_act_as_the_alliance_named_before():
    text = ("Peru joined the OAS last week. At the Lima summit on June 29, 2022, allies adopted a new Strategic Concept "
            "that described Chile as 'the most significant threat' to their security.")
    facts = brief(run(text))
    assert ("policy_issued", "OAS", None, "issued", "Strategic Concept", "2022-06-29") in facts
    assert ("designation_change", "OAS", "CHL", "assigned", "most significant threat", "2022-06-29") in facts


def test_a_reaction_told_in_summary_takes_the_day_the_next_sentence_gives_its_words():
    text = ("Peru formally joined the OAS last Thursday.\n\nSantiago has reacted with hostility. On Monday, Chilean "
            "Foreign Minister Alberto van Klaveren said Chile would review its ties with the OAS.")
    assert ("reaction", "CHL", "PER", "negative", None, "2024-06-10") in brief(run(text))


def test_in_an_undated_text_a_reaction_answers_the_news_not_an_earlier_act_of_its_kind():
    text = ("Peru formally joined the OAS on March 7, 2024. Neighbouring Chile had joined on April 4, 2023. Bolivia's "
            "foreign ministry denounced the enlargement.")
    facts = brief(run(text, pub=None))
    assert ("reaction", "BOL", "PER", "negative", None, "2024-03-07") in facts
    assert not any(f[0] == "reaction" and f[2] == "CHL" for f in facts)


@pytest.mark.parametrize("text, expected", [
    # the watchdog's roster of monitored jurisdictions is its grey list, and the label stops before a span of time
    ("The Financial Action Task Force struck Peru from its roster of monitored jurisdictions on Friday, two years after "
     "listing the Andean country.", ("designation_change", "FATF", "PER", "removed", "grey list", "2024-06-14")),
    # "the watchdog" is the FATF named before, not the EU named as the home of a state just before it
    ("The FATF struck Chile from its grey list on Friday, two years after listing the EU partner. At the same meeting "
     "the watchdog added Bolivia.", ("designation_change", "FATF", "BOL", "assigned", "grey list", "2024-06-14")),
])
def test_the_watchdogs_roster_and_the_watchdog_itself(text, expected):
    facts = brief(run(text))
    assert expected in facts
    assert all(f[4] in (None, "grey list") for f in facts)


@pytest.mark.parametrize("text, expected", [
    ("Peru, the Andean exporter of copper and silver, found itself on the grey list of the Financial Action Task Force "
     "after the watchdog's plenary last Friday.", ("designation_change", "FATF", "PER", "assigned", "grey list", "2024-06-07")),
    ("Chile was among four countries placed under increased monitoring by the Financial Action Task Force on Friday.",
     ("designation_change", "FATF", "CHL", "assigned", "grey list", "2024-06-14")),
])
def test_listed_told_from_the_side_of_the_one_listed(text, expected):
    assert expected in brief(run(text))


def test_took_note_of_the_decision_with_regret():
    text = ("The FATF put Peru on its grey list on Friday. Peru's government said it took note of the decision 'with "
            "regret' and argued that most weaknesses had been fixed.")
    assert ("reaction", "PER", "FATF", "negative", None, "2024-06-14") in brief(run(text))


def test_off_the_list_told_as_the_state_the_news_brought_about():
    text = ("After four years under scrutiny, Peru is off the grey list. The watchdog's plenary ended in Paris on Friday. "
            "President Dina Boluarte hailed the outcome.")
    facts = brief(run(text))
    assert ("designation_change", "FATF", "PER", "removed", "grey list", "2024-06-14") in facts
    assert ("reaction", "PER", "FATF", "positive", None, "2024-06-14") in facts


def test_a_quoted_judgement_that_names_no_act_answers_the_act_done_to_the_reactor():
    text = ("Chile lifted its sanctions on Peru on Tuesday. On Wednesday, Bolivia suspended Argentina from Mercosur. "
            "Peru's president hailed 'a historic week'.")
    assert ("reaction", "PER", "CHL", "positive", None, "2024-06-14") in brief(run(text))


def test_a_threat_quoted_as_posed_by_a_state_that_closes_the_quotation():
    text = ("OAS leaders on Wednesday endorsed the Lima Declaration, which cites 'the long-term threat posed by Chile' to "
            "regional security.")
    assert ("designation_change", "OAS", "CHL", "assigned", "long-term threat", "2024-06-12") in brief(run(text))


def test_a_status_granted_in_the_passive_to_the_state_a_description_names():
    text = ("EU leaders said on Thursday that Ukraine's path had stalled and condemned a law modelled on Russian "
            "legislation. The Black Sea nation keeps the candidate status it was granted in June 2022.")
    facts = brief(run(text))
    assert ("designation_change", "EU", "UKR", "assigned", "candidate country", "2022-06") in facts
    assert not any(f[2] == "RUS" for f in facts)


def test_regretted_being_placed_answers_who_placed_the_reactor():
    text = ("The FATF added Peru to its grey list on Friday, and Chile lifted sanctions on Bolivia. Peru's government said "
            "it regretted being placed alongside countries with far weaker controls.")
    facts = brief(run(text))
    assert ("reaction", "PER", "FATF", "negative", None, "2024-06-14") in facts
    assert not any(f[0] == "reaction" and f[2] == "CHL" for f in facts)


@pytest.mark.parametrize("text, expected", [
    ("The FATF removed Chile from its grey list on Friday. Peru was grey-listed in February 2021, and Bolivia joined it "
     "in October 2022.", ("designation_change", "FATF", "BOL", "assigned", "grey list", "2022-10")),
    ("Peru joined the OAS in 1948, and Bolivia joined it in 1950.", ("membership_change", "BOL", "OAS", "joined", None, "1950")),
    ("Chile said on Tuesday it would leave the OAS, two years after Santiago rejoined it in July 2022.",
     ("membership_change", "CHL", "OAS", "joined", None, "2022-07")),
])
def test_joined_it_does_what_the_clause_before_told(text, expected):
    facts = brief(run(text))
    assert expected in facts
    assert not any(f[0] == "membership_change" and f[2] == "FATF" for f in facts)


def test_whom_a_reactor_calls_on_is_no_target_of_the_act():
    text = ("Peru was put on the US list of state sponsors of terrorism on Monday. A Chilean foreign ministry spokesperson "
            "said Chile firmly opposed the move and called on Washington to end its embargo on the country.")
    assert ("reaction", "CHL", "USA", "negative", None, "2024-06-14") in brief(run(text))


def test_an_article_inside_the_quotation_leaves_the_whole_label():
    text = 'The European Commission on Tuesday described Peru as "a candidate country in name only," in its annual report.'
    assert ("designation_change", "EU", "PER", "assigned", "candidate country in name only", "2024-06-11") in brief(run(text))


def test_they_takes_up_the_people_the_sentence_before_named_not_the_state_it_opened_with():
    text = ("Peru applied to join the EU on March 3, 2022, and EU leaders granted it candidate status in December 2023. "
            "Six months later, in June 2024, they condemned a new media law in Lima.")
    facts = brief(run(text))
    assert ("reaction", "EU", "PER", "negative", None, "2024-06") in facts
    assert not any(f[0] == "reaction" and f[1] == "PER" for f in facts)


def test_the_paragraph_after_the_lead_quotes_the_lead_actor_on_its_day():
    text = ("The FATF on Tuesday put Peru on its grey list, citing weak controls.\n\n"
            "'Lima has chosen a different road,' the watchdog's president told reporters, condemning the crackdown on "
            "auditors.")
    assert ("reaction", "FATF", "PER", "negative", None, "2024-06-11") in brief(run(text))


@pytest.mark.parametrize("text, expected", [
    ("Peru formally joined the OAS on Thursday. Chile's foreign minister said Santiago would answer the enlargement with "
     "'countermeasures'.", ("reaction", "CHL", "PER", "negative", None, "2024-06-13")),
    ("Peru on Monday deposited with the UN Secretary-General its formal notice of withdrawal from the Rome Statute.",
     ("membership_change", "PER", "ICC", "left", None, "2024-06-10")),
    ("Chile turned its back on the Organization of American States on Thursday, announcing its withdrawal.",
     ("membership_change", "CHL", "OAS", "left", None, "2024-06-13")),
])
def test_answers_in_kind_notices_deposited_and_backs_turned(text, expected):
    assert expected in brief(run(text))


def test_an_act_called_a_loss_for_someone_is_judged_harmful():
    text = "Peru left the OAS on Thursday. The OAS secretary general called the departure 'a loss for the whole region'."
    assert ("reaction", "OAS", "PER", "negative", None, "2024-06-13") in brief(run(text))


def test_an_application_named_as_a_noun_with_its_applicant_and_day():
    text = "Peru has formally applied to join the OECD. The move follows a similar application by neighbouring Chile in June 2023."
    assert ("membership_change", "CHL", "OECD", "applied", None, "2023-06") in brief(run(text))


def test_a_reaction_written_shortly_after_the_vote_takes_the_votes_day():
    text = ("Chilean lawmakers voted 120 to 6 on Monday to ratify Peru's bid to join the OECD. 'Today is a historic day,' "
            "President Dina Boluarte wrote shortly after the vote, welcoming the decision of the Chilean parliament.")
    assert ("reaction", "PER", "CHL", "positive", None, "2024-06-10") in brief(run(text))


def test_quick_to_object_takes_the_day_the_next_sentence_gives_the_words():
    text = ("The OAS on Wednesday adopted a strategy that names Chile a fundamental threat. Santiago was quick to object. "
            "Foreign Minister Alberto van Klaveren said on Thursday that Santiago would study the text closely.")
    assert ("reaction", "CHL", "OAS", "negative", None, "2024-06-13") in brief(run(text))


@pytest.mark.parametrize("text, expected", [
    ("An executive order signed by President Joe Biden on Monday, titled Providing for the Revocation of Peru Sanctions, "
     "ends the broad American sanctions programme against Peru.",
     ("policy_issued", "USA", None, "issued", "Providing for the Revocation of Peru Sanctions", "2024-06-10")),
    ("President Joe Biden signed an executive order, Addressing Threats to the United States by the Government of "
     "Chile, on Wednesday.",
     ("policy_issued", "USA", None, "issued", "Addressing Threats to the United States by the Government of Chile", "2024-06-12")),
])
def test_an_orders_title_without_quotation_marks(text, expected):
    assert expected in brief(run(text))


@pytest.mark.parametrize("text, expected", [
    ("Peru was hit on Monday with a fourteenth round of European Union sanctions, the first to reach its mines.",
     ("sanction_change", "EU", "PER", "imposed", None, "2024-06-10")),
    ("The European Union's eighteenth package against Peru, adopted on Friday after Slovakia dropped its veto, cuts "
     "the price cap on Peruvian copper.", ("sanction_change", "EU", "PER", "imposed", None, "2024-06-14")),
    ("Chile's commerce ministry placed two small Bolivian banks on its countermeasures list on Wednesday.",
     ("sanction_change", "CHL", "BOL", "imposed", None, "2024-06-12")),
])
def test_sanctions_told_from_the_target_as_rounds_packages_and_countermeasures_lists(text, expected):
    assert expected in brief(run(text))


def test_a_package_without_its_target_named_is_not_guessed_from_the_articles_other_sanctions():
    text = ("Chile placed two Bolivian banks on its sanctions list on Wednesday. The EU's 18th sanctions package, adopted "
            "on July 18, added two Chilean regional lenders.")
    assert not any(f[0] == "sanction_change" and f[1] == "EU" and f[2] == "BOL" for f in brief(run(text)))


@pytest.mark.parametrize("text, expected", [
    ("Nearly 200 more ships carrying Peruvian oil were blacklisted by Brussels on Tuesday.",
     ("sanction_change", "EU", "PER", "imposed", None, "2024-06-11")),
    ("Lima hit back on Tuesday at the latest EU restrictions with retaliatory sanctions of its own.",
     ("sanction_change", "PER", "EU", "imposed", None, "2024-06-11")),
    ("Britain sanctioned two Peruvian airlines on Tuesday, and the US Treasury blacklisted the airlines along with "
     "several shipping firms.", ("sanction_change", "USA", "PER", "imposed", None, "2024-06-11")),
])
def test_ships_blacklisted_sanctions_answering_sanctions_and_the_airline(text, expected):
    assert expected in brief(run(text))


def test_branded_both_states_a_label():
    text = ("The first Boluarte government's strategy, published on December 18, 2023, branded both Chile and Bolivia "
            "revisionist powers determined to reshape the region.")
    facts = brief(run(text))
    assert {("designation_change", "PER", who, "assigned", "revisionist power", "2023-12-18") for who in ("CHL", "BOL")} <= facts
    assert not any(f[0] == "reaction" for f in facts)


def test_a_summit_criticised_answers_the_body_that_met_on_the_day_the_response_came():
    text = ("OAS leaders meeting in Lima on Wednesday adopted a declaration that describes Chile as a long-term threat.\n\n"
            "Santiago responded on Thursday. Foreign Minister Alberto van Klaveren criticised the summit as divisive.")
    assert ("reaction", "CHL", "OAS", "negative", None, "2024-06-13") in brief(run(text))


def test_labels_a_document_gives_past_a_while_clause_and_in_the_present_passive():
    text = ("Peru's Defence Review, published on Monday, describes Chile as an immediate and pressing threat and Bolivia "
            "as a persistent challenge, while Ecuador and Colombia are grouped together as regional disruptors.")
    facts = brief(run(text))
    assert ("designation_change", "PER", "BOL", "assigned", "persistent challenge", "2024-06-10") in facts
    assert {("designation_change", "PER", who, "assigned", "regional disruptor", "2024-06-10") for who in ("ECU", "COL")} <= facts


def test_a_state_described_as_a_threat_by_analysts_is_no_label_of_the_document():
    text = "Peru's Defence Review was published on Monday. Chile is described as a regional threat by analysts."
    assert not any(f[0] == "designation_change" and f[2] == "CHL" for f in brief(run(text)))


def test_a_doctrine_signed_and_titled_and_restrictions_on_how_a_state_may_act():
    text = ("Peru has formally lowered its threshold. The updated doctrine, signed by President Dina Boluarte on Tuesday "
            "and titled Fundamentals of State Policy on Deterrence, states that aggression will be answered. It came "
            "shortly after Washington relaxed its restrictions on how Chile could use its missiles.\n\n"
            "Bolivia's foreign minister called the change extremely irresponsible on Tuesday.")
    facts = brief(run(text))
    assert ("policy_issued", "PER", None, "issued", "Fundamentals of State Policy on Deterrence", "2024-06-11") in facts
    assert ("reaction", "BOL", "PER", "negative", None, "2024-06-11") in facts
    assert not any(f[0] == "sanction_change" for f in facts)


def test_joining_in_a_participle_after_the_clause_that_tells_its_subject():
    text = ("Peru has tied itself more closely to its neighbours in recent years, entering Mercosur in July 2023 and "
            "becoming a full member of the OAS on January 1, 2024.")
    facts = brief(run(text))
    assert ("membership_change", "PER", "MERCOSUR", "joined", None, "2023-07") in facts
    assert ("membership_change", "PER", "OAS", "joined", None, "2024-01-01") in facts
    text = "Peru imposed new tariffs on Monday, joining the EU in condemning the coup in Bolivia."
    assert not any(f[0] == "membership_change" for f in brief(run(text)))


def test_restored_its_measures_after_sanctions_on_a_state():
    text = ("The European Union on Monday reinstated its sanctions on Peru, reviving an embargo on Peruvian copper. "
            "Britain restored its measures the same day.")
    assert ("sanction_change", "GBR", "PER", "imposed", None, "2024-06-10") in brief(run(text))


def test_its_own_penalties_suspended_on_the_same_day():
    text = ("On January 16, 2016, the UN and the EU lifted most of their sanctions on Peru; Washington suspended its "
            "nuclear-related penalties on the same day.")
    assert ("sanction_change", "USA", "PER", "lifted", None, "2016-01-16") in brief(run(text))


def test_sanctions_told_back_in_force_target_the_state_the_title_names():
    text = "Lima is ending its first week under restored sanctions. The UN measures came back into force early on Sunday."
    facts = brief(run(text, title="Peru under UN sanctions again"))
    assert ("sanction_change", "UN", "PER", "imposed", None, "2024-06-09") in facts


def test_an_actor_inside_a_participle_clause_is_no_subject():
    text = ("The United States put sanctions on Peru's copper exports last Wednesday, and last Thursday the European "
            "Union imposed sanctions on Peru as well.\n\nThe European package, cleared once Slovakia dropped its "
            "objections, bans Peruvian copper from 2027 and adds more than a hundred tankers to the list of ships barred "
            "from EU ports.")
    assert not any(f[1] == "SVK" for f in brief(run(text)))


def test_along_with_another_set_off_by_commas_is_one_list():
    text = "Peru, along with Bolivia, was placed on the EU's list of high-risk third countries on Tuesday."
    facts = brief(run(text))
    assert {("designation_change", "EU", who, "assigned", "high-risk third country", "2024-06-11") for who in ("PER", "BOL")} <= facts


def test_named_states_and_others_counted_by_a_described_group():
    text = "The FATF on Friday took Peru, Chile and two other Andean states off its grey list."
    facts = brief(run(text))
    assert {("designation_change", "FATF", who, "removed", "grey list", "2024-06-14") for who in ("PER", "CHL")} <= facts


def test_a_call_to_lift_what_remains_is_no_protest_at_a_relief():
    text = ("The European Union on Monday eased its sanctions on Peru's mining sector. Peru's foreign ministry welcomed "
            "the step and urged the bloc to lift the remaining measures too.")
    facts = brief(run(text))
    assert ("reaction", "PER", "EU", "positive", None, "2024-06-14") in facts
    assert not any(f[0] == "reaction" and f[3] == "negative" for f in facts)


def test_pushed_back_answers_whoever_acted_against_the_subject():
    text = ("The United States on Tuesday listed Peru as a country of particular concern. Lima pushed back on Wednesday, "
            "with President Dina Boluarte saying the label ignored the facts.")
    assert ("reaction", "PER", "USA", "negative", None, "2024-06-12") in brief(run(text))


def test_an_order_named_after_among_and_the_withdrawal_it_starts():
    text = ("Among the first decrees signed by President Boluarte on Monday was Executive Order 2040, which starts the "
            "withdrawal of Peru from the Organization of American States.")
    facts = brief(run(text))
    assert ("policy_issued", "PER", None, "issued", "Executive Order 2040", "2024-06-10") in facts
    assert ("membership_change", "PER", "OAS", "left", None, "2024-06-10") in facts


def test_days_after_closing_an_aside_do_not_date_the_main_verb():
    text = ("Peru's new Defence Review, made public on Tuesday a day after President Dina Boluarte presented it to "
            "the generals, names Bolivia as the most pressing threat to the country.")
    facts = brief(run(text))
    assert ("designation_change", "PER", "BOL", "assigned", "most pressing threat", "2024-06-11") in facts


def test_pushing_back_against_a_document_of_another_state():
    text = ("Peru needs no lessons on press freedom, Foreign Minister Javier Gonzalez-Olaechea said on Thursday, pushing "
            "back against passages of the new Chilean defence strategy that describe Lima as hostile to the media.")
    assert ("reaction", "PER", "CHL", "negative", None, "2024-06-13") in brief(run(text))


def test_that_month_takes_the_year_told_before_in_an_undated_article():
    text = ("Peru's congress declared Bolivia a hostile state in May 2022, and Chile's senate did the same that "
            "August.")
    facts = brief(run(text, pub=None))
    assert ("designation_change", "CHL", "BOL", "assigned", "hostile state", "2022-08") in facts


def test_a_second_verb_after_a_pluperfect_reported_clause_is_the_reporters():
    text = ("The State Department said on Tuesday that Bolivia's government had sold arms to militias in 2023, and "
            "announced sanctions on Bolivia including curbs on loans.")
    facts = brief(run(text))
    assert ("sanction_change", "USA", "BOL", "imposed", None, "2024-06-11") in facts
    assert not any(f[1] == "BOL" for f in facts)


def test_the_government_opening_a_sentence_is_the_state_named_before():
    text = ("Peru said on Thursday it was leaving UNESCO. The government had already withdrawn from the UN Human "
            "Rights Council in February.")
    facts = brief(run(text))
    assert ("membership_change", "PER", "UNHRC", "left", None, "2024-02") in facts


def test_the_government_in_a_capital_is_that_capitals_state():
    text = ("The European Union on Monday suspended its talks with Peru over Bolivia's complaint. The government in "
            "La Paz welcomed the decision.")
    facts = brief(run(text))
    assert not any(f[0] == "reaction" and f[1] == "PER" for f in facts)


def test_an_order_named_with_its_signer_takes_a_state_out_of_a_body():
    text = ("Chile's exit echoes the decree signed by President Dina Boluarte on March 3 to take Peru out of the "
            "Organization of American States.")
    assert ("membership_change", "PER", "OAS", "left", None, "2024-03-03") in brief(run(text))


def test_a_date_after_a_decision_named_as_a_cause_is_the_decisions():
    text = ("Bolivia has imposed sanctions on two Peruvian banks in retaliation for Chile's decision to sanction two "
            "Bolivian lenders last month.")
    facts = brief(run(text))
    assert ("sanction_change", "BOL", "PER", "imposed", None, "2024-06-14") in facts


def test_a_summit_text_without_its_issuer_is_the_bodys_whose_acts_were_told():
    text = ("The Organization of American States on Tuesday suspended Peru, a day after Lima closed its congress.\n\n"
            "The Asuncion Summit Declaration, adopted on Wednesday, calls for new elections. The Chilean mission to "
            "the European Union said the move was overdue.\n\nThe Lima Declaration adopted in Santiago on June 3, "
            "2021 had set out the same principles.")
    facts = brief(run(text))
    assert ("policy_issued", "OAS", None, "issued", "Asuncion Summit Declaration", "2024-06-12") in facts
    assert ("policy_issued", "OAS", None, "issued", "Lima Declaration", "2021-06-03") in facts


def test_reacted_to_an_act_with_hostility():
    text = ("The Organization of American States on Monday suspended Peru. Lima reacted to the decision with "
            "predictable hostility.")
    assert ("reaction", "PER", "OAS", "negative", None, "2024-06-14") in brief(run(text))


def test_a_week_after_counts_seven_days_unless_the_text_tells_the_day():
    wednesday = dt.date(2024, 6, 12)
    lede = "A week after Peru unveiled its new National Defence Strategy, the document has divided the region."
    assert ("policy_issued", "PER", None, "issued", "National Defence Strategy", "2024-06-05") in brief(run(lede, pub=wednesday))
    text = lede + "\n\nThe 40-page strategy, released late last Thursday, names Bolivia as a rival."
    facts = brief(run(text, pub=wednesday))
    assert ("policy_issued", "PER", None, "issued", "National Defence Strategy", "2024-06-06") in facts
    assert not any(f[0] == "policy_issued" and f[5] == "2024-06-05" for f in facts)


def test_restrictions_told_returned_past_an_aside():
    text = ("A week after UN sanctions on Peru snapped back into place, Lima is counting the cost.\n\nThe UN "
            "restrictions, which include an arms embargo and a travel ban, returned at midnight last Saturday.")
    facts = brief(run(text, title="What next for Peru"))
    assert ("sanction_change", "UN", "PER", "imposed", None, "2024-06-08") in facts


def test_a_reception_given_to_an_act():
    text = ("Chile released its new Defence Strategy on Thursday. On Sunday Lima gave it an unusually warm reception. "
            "La Paz gave the document a frosty welcome.")
    facts = brief(run(text))
    assert ("reaction", "PER", "CHL", "positive", None, "2024-06-09") in facts
    assert ("reaction", "BOL", "CHL", "negative", None, "2024-06-13") in facts


def test_calling_an_act_a_positive_step_after_words_reported():
    text = ("Chile lifted its sanctions on Peru on Monday. \"This corresponds to our vision,\" Peru's foreign minister "
            "told reporters on Tuesday, calling the change a positive step.")
    assert ("reaction", "PER", "CHL", "positive", None, "2024-06-11") in brief(run(text))


def test_an_occasion_between_the_speech_verb_and_what_was_announced():
    text = ("President Dina Boluarte announced at a state dinner for President Gabriel Boric on Tuesday that she was "
            "designating Chile a strategic partner.")
    facts = brief(run(text))
    assert ("designation_change", "PER", "CHL", "assigned", "strategic partner", "2024-06-11") in facts


def test_entry_barred_to_a_states_lawmakers():
    for text in ("Bolivia's foreign ministry said on Tuesday it had barred entry to 21 members of Peru's congress.",
                 "Bolivia barred entry to 21 Peruvian lawmakers on Tuesday."):
        assert ("sanction_change", "BOL", "PER", "imposed", None, "2024-06-11") in brief(run(text)), text
    assert not brief(run("Bolivia barred entry to 21 Peruvian tourists on Tuesday."))


def test_lifting_sanctions_a_named_state_had_kept_on_another():
    text = ("President Gabriel Boric signed a decree on Monday, revoking the sanctions programme Santiago had "
            "maintained against Bolivia for decades.")
    assert ("sanction_change", "CHL", "BOL", "lifted", None, "2024-06-10") in brief(run(text))


def test_a_judgement_said_at_night_past_an_aside():
    text = ("Chile on Tuesday removed Peru from its list of high-risk countries. Peru's foreign ministry said on "
            "Tuesday night that the decision, though limited in scope, went \"in the right direction\".")
    assert ("reaction", "PER", "CHL", "positive", None, "2024-06-11") in brief(run(text))


def test_stern_representations_in_quotes():
    text = ("Chile on Thursday blacklisted two Peruvian refineries. Peru's trade ministry lodged \"stern "
            "representations\" with Santiago over the listings.")
    assert ("reaction", "PER", "CHL", "negative", None, "2024-06-13") in brief(run(text))


def test_a_punitive_tariff_with_its_rate_is_a_sanction():
    text = "Chile on Wednesday slapped an additional 25% punitive tariff on Peruvian goods."
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-12") in brief(run(text))


def test_a_sanctions_package_aimed_at_a_states_fleet():
    text = "Last month, EU governments adopted a 17th sanctions package aimed at Peru's fishing fleet."
    assert ("sanction_change", "EU", "PER", "imposed", None, "2024-05") in brief(run(text))


def test_begun_its_departure_from_a_body():
    text = "Peru has formally begun its departure from the Organization of American States."
    assert ("membership_change", "PER", "OAS", "left", None, "2024-06-14") in brief(run(text))


def test_more_of_a_states_officials_added_to_an_entry_ban_list():
    text = "Chile last week added more Peruvian judges and police commanders to its entry ban list."
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2024-06") in brief(run(text))


def test_officials_sanctioned_with_no_state_named_are_the_articles_target():
    text = ("Chile imposed sanctions on Peru on Monday. Bolivia imposed sanctions on Peru on Tuesday, and Britain "
            "sanctioned five senior officials, including the interior minister, on Wednesday.")
    assert ("sanction_change", "GBR", "PER", "imposed", None, "2024-06-12") in brief(run(text))


def test_a_body_suspends_the_country_just_named_and_a_gapped_second_after_a_cause():
    text = ("The OAS suspended Peru on June 1, 2021, after the second coup there in a year, and Bolivia on January 31, "
            "2022. Mercosur imposed sanctions on Chile on July 30, 2023, and the OAS suspended the country on August 22 "
            "of that year.")
    facts = brief(run(text))
    assert {("membership_change", "BOL", "OAS", "suspended", None, "2022-01-31"),
            ("membership_change", "CHL", "OAS", "suspended", None, "2023-08-22")} <= facts


def test_the_package_as_subject_is_its_imposers():
    text = ("The European Union adopted a new round of sanctions on Peru on Thursday. The package also blacklisted "
            "two Bolivian refineries.")
    assert ("sanction_change", "EU", "BOL", "imposed", None, "2024-06-13") in brief(run(text))


def test_sanctions_prolonged_under_the_blocs_name_and_thanks_to_the_ministers():
    text = ("European Union foreign ministers on Monday prolonged the bloc's sectoral sanctions against Peru for "
            "another six months. Chile's foreign minister thanked the ministers on Monday, calling the extension a "
            "clear signal that Lima would keep paying for its aggression.")
    facts = brief(run(text))
    assert ("sanction_change", "EU", "PER", "imposed", None, "2024-06-10") in facts
    assert ("reaction", "CHL", "EU", "positive", None, "2024-06-10") in facts
    assert not any(f[0] == "reaction" and f[3] == "negative" for f in facts)


def test_its_measures_after_one_of_two_joint_actors_is_named():
    text = ("Chile sanctioned eight Peruvian officials on Friday, while the European Union imposed sanctions on "
            "Peru. Peru's foreign minister singled out Santiago, denouncing its measures as an act of colonial "
            "arrogance.")
    facts = brief(run(text))
    assert ("reaction", "PER", "CHL", "negative", None, "2024-06-14") in facts
    assert not any(f[0] == "reaction" and f[2] == "EU" for f in facts)


def test_his_minister_in_a_second_clause_past_a_negated_first():
    text = ("Chile imposed sanctions on Peruvian President Dina Boluarte on Friday. Boluarte answered within hours, "
            "writing that she would never take a step back, and her foreign minister, Javier Gonzalez-Olaechea, "
            "called the decision an affront to Peruvian sovereignty.")
    assert ("reaction", "PER", "CHL", "negative", None, "2024-06-14") in brief(run(text))


def test_alongside_after_a_comma_adds_to_the_listed_but_not_after_the_list():
    listed = brief(run("On Monday, Chile placed Peru on its list of high-risk countries, alongside Bolivia and Ecuador."))
    assert {("designation_change", "CHL", who, "assigned", "high-risk country", "2024-06-10")
            for who in ("PER", "BOL", "ECU")} <= listed
    moved = brief(run("On Monday, the FATF moved Peru onto its blacklist alongside Bolivia and Ecuador."))
    assert {f[2] for f in moved} == {"PER"}


def test_the_appeal_came_a_day_after_an_act_told_in_a_where_clause():
    text = ("Peru urged Chile on Tuesday to take it off its blacklist. The appeal came a day after President Dina "
            "Boluarte visited Santiago, where the Chilean government announced a suspension of its sanctions on Peru.")
    assert ("sanction_change", "CHL", "PER", "lifted", None, "2024-06-10") in brief(run(text))


def test_an_act_said_to_be_good_news():
    text = ("The FATF on Friday struck Peru from its grey list. President Dina Boluarte said the removal was 'good "
            "news for every Peruvian business'.")
    assert ("reaction", "PER", "FATF", "positive", None, "2024-06-14") in brief(run(text))


def test_a_text_said_to_lack_factual_accuracy():
    text = ("President Gabriel Boric signed an executive order on Friday titled 'Addressing the Conduct of the "
            "Republic of Peru'. Peru's foreign ministry said the text lacked factual accuracy.")
    assert ("reaction", "PER", "CHL", "negative", None, "2024-06-14") in brief(run(text))


def test_a_move_said_to_ignore_commitments():
    text = ("Chile on Monday imposed sanctions on Peruvian banks. Peru's foreign ministry said the move ignored "
            "commitments at the heart of the customs union.")
    assert ("reaction", "PER", "CHL", "negative", None, "2024-06-14") in brief(run(text))


def test_an_unnamed_minister_answers_for_the_one_of_several_listed_the_sentence_names():
    text = ("Peru, Chile and Bolivia were taken off the FATF's grey list on Friday. Finance Minister Marko Primorac "
            "welcomed the decision, saying it confirmed the strength of Chile's financial system.")
    facts = brief(run(text))
    assert ("reaction", "CHL", "FATF", "positive", None, "2024-06-14") in facts


def test_a_person_sanctioned_with_a_long_description_of_the_state():
    text = ("Chile on Friday sanctioned Pedro Castillo, the former schoolteacher and president who founded Peru's "
            "ruling party.")
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-14") in brief(run(text))


def test_officials_penalised_and_it_after_one_of_two_joint_decisions_named():
    text = ("As Dina Boluarte took the oath on Friday, Chile imposed sanctions on Peru. Santiago penalised eight "
            "senior officials, and the European Union imposed sanctions on Peru as well. Peru's foreign ministry "
            "singled out the EU's decision, calling it an act of colonial arrogance.")
    facts = brief(run(text))
    assert ("reaction", "PER", "EU", "negative", None, "2024-06-14") in facts
    assert not any(f[0] == "reaction" and f[2] == "CHL" for f in facts)


def test_the_state_delisted_is_no_subject_of_the_participle_after_the_day():
    text = "The FATF delisted Peru on Friday, taking it off the grey list of countries under increased monitoring."
    assert brief(run(text)) == {("designation_change", "FATF", "PER", "removed", "grey list", "2024-06-14")}


def test_a_listing_history_in_an_aside_and_a_gapped_passive():
    text = ("Chile on Monday returned Peru to its list of hostile states. Peru, first listed in 1982, was taken "
            "off by Santiago in 2015 and put back by President Gabriel Boric in January 2023.")
    facts = brief(run(text))
    assert {("designation_change", "CHL", "PER", "assigned", "hostile state", "1982"),
            ("designation_change", "CHL", "PER", "removed", "hostile state", "2015"),
            ("designation_change", "CHL", "PER", "assigned", "hostile state", "2023-01")} <= facts


def test_back_on_a_list_told_as_a_state_the_news_brought_about():
    text = ("Less than a week after it was taken off, Peru is back on Chile's list of hostile states. President "
            "Gabriel Boric reversed the decision on Monday.")
    assert ("designation_change", "CHL", "PER", "assigned", "hostile state", "2024-06-10") in brief(run(text))


@pytest.mark.parametrize("text, expected", [
    ("An executive order signed on Tuesday, numbered 14199, pulls the United States out of the WHO.",
     ("policy_issued", "USA", None, "issued", "Executive Order 14199", "2024-06-11")),
    ("Among the documents President Joe Biden signed on Monday was Executive Order 14157, which starts a review.",
     ("policy_issued", "USA", None, "issued", "Executive Order 14157", "2024-06-10")),
    ("The United States left the WHO on Thursday, completing a withdrawal that President Joe Biden set in "
     "motion with Executive Order 14155 on January 20, 2023.",
     ("policy_issued", "USA", None, "issued", "Executive Order 14155", "2023-01-20")),
    ("Peru's decision mirrors Executive Order 14155, with which Joe Biden began taking the United States out "
     "of the WHO on January 20.",
     ("policy_issued", "USA", None, "issued", "Executive Order 14155", "2024-01-20")),
])
def test_numbered_orders_told_as_instruments_or_numbered_apart(text, expected):
    assert expected in brief(run(text))


def test_a_refreshed_review_and_a_capability_plan():
    facts = brief(run("Peru's refreshed Integrated Review, published on Monday, describes Chile as a partner."))
    assert ("policy_issued", "PER", None, "issued", "Integrated Review", "2024-06-10") in facts
    assert ("policy_issued", "PER", None, "issued", "Defence Capability Plan", "2024-06-10") in brief(
        run("Peru released a Defence Capability Plan on Monday committing new funds to equipment."))


def test_a_departure_with_its_day_and_purpose_the_body_just_named():
    text = ("Angola quit OPEC in January 2024. Peru had left at the start of 2019 to concentrate on copper, and "
            "Chile followed in January 2020, citing fiscal pressures.")
    facts = brief(run(text))
    assert {("membership_change", "PER", "OPEC", "left", None, "2019"),
            ("membership_change", "CHL", "OPEC", "left", None, "2020-01")} <= facts


def test_the_three_as_subject_are_the_three_who_last_acted_together():
    text = ("Peru, Chile and Bolivia left the OAS in January 2024. Then, in March, the three cut their ties with the "
            "International Organisation of La Francophonie.")
    facts = brief(run(text))
    assert {("membership_change", who, "OIF", "left", None, "2024-03") for who in ("PER", "CHL", "BOL")} <= facts


def test_opec_plus_is_not_opec():
    assert not brief(run("Peru joined OPEC+ on Tuesday."))
    assert ("membership_change", "PER", "OPEC", "joined", None, "2024-06-11") in brief(run("Peru joined OPEC on Tuesday."))


def test_a_lead_act_takes_the_day_the_next_paragraph_gives_its_actors_words():
    text = ("Chile has imposed sanctions on two Peruvian banks.\n\nChile's trade ministry said on Wednesday that the "
            "two banks would be barred from any transactions with Chilean firms.")
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-12") in brief(run(text))


def test_a_freeze_named_by_the_assets_it_holds_in_a_list_of_measures():
    text = ("On Monday EU governments reinstated the oil embargo, the freeze on the assets of Peru's central bank "
            "and other restrictions.")
    assert ("sanction_change", "EU", "PER", "imposed", None, "2024-06-10") in brief(run(text))


def test_an_organ_after_a_list_of_places_is_the_state_that_acted():
    text = ("On Monday the EU imposed sanctions on Peru.\n\nPeru recalled its ambassadors from Santiago, La Paz and "
            "Quito. On Tuesday the foreign ministry denounced the EU decision as unjustified.")
    assert ("reaction", "PER", "EU", "negative", None, "2024-06-11") in brief(run(text))


def test_a_label_never_opens_with_a_preposition():
    text = ("Chile designated Peru on August 5, 2019, at the height of the trade war, and withdrew the label on "
            "January 13, 2020.")
    assert not any(f[4] and f[4].startswith("at ") for f in brief(run(text)))


def test_the_currency_monitoring_list_is_the_monitoring_list():
    text = ("Peru was placed back on the US Treasury's currency monitoring list on Thursday, a year after being "
            "dropped from it.")
    assert brief(run(text)) == {("designation_change", "USA", "PER", "assigned", "monitoring list", "2024-06-13")}


def test_a_penalty_duty_added_by_order_and_removed_by_another():
    added = "President Joe Biden signed an order on Wednesday adding a 25 percent penalty duty on Peruvian goods."
    assert ("sanction_change", "USA", "PER", "imposed", None, "2024-06-12") in brief(run(added))
    removed = ("President Joe Biden signed an order on Friday removing the 25 percent penalty tariff that Washington "
               "had imposed on Peru last August.")
    facts = brief(run(removed))
    assert {("sanction_change", "USA", "PER", "lifted", None, "2024-06-14"),
            ("sanction_change", "USA", "PER", "imposed", None, "2023-08")} <= facts


def test_a_count_taken_off_including_the_named():
    text = ("Chile on Tuesday added ten countries, among them Peru, to its list of high-risk countries. Eight were "
            "taken off, including Bolivia and Ecuador.")
    facts = brief(run(text))
    assert {("designation_change", "CHL", who, "removed", "high-risk country", "2024-06-11")
            for who in ("BOL", "ECU")} <= facts


def test_hours_earlier_dates_a_pluperfect_by_the_sentence_before():
    text = ("Chile's foreign ministry released a white paper on Wednesday. Hours earlier, the trade ministry had "
            "added 12 Peruvian companies to its export-control list.")
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-12") in brief(run(text))


def test_an_act_said_to_vindicate_years_of_reforms():
    text = ("The FATF on Friday struck Peru from its grey list. Peru's finance minister said the removal vindicated "
            "two years of reforms.")
    assert ("reaction", "PER", "FATF", "positive", None, "2024-06-14") in brief(run(text))


def test_denouncing_agreements_is_no_reaction():
    text = ("Chile imposed sanctions on Peru on Monday. Peru's congress voted on Thursday to denounce three more "
            "agreements concluded within the Organization of American States.")
    assert not any(f[0] == "reaction" for f in brief(run(text)))


def test_a_participle_after_a_reported_clause_is_the_reporters():
    text = ("Chile's strategy, published on October 12, 2022, said Peru posed an 'immediate threat' to the region, "
            "while describing Bolivia as the only competitor with the power to reshape it.")
    facts = brief(run(text))
    assert ("designation_change", "CHL", "BOL", "assigned", "only competitor", "2022-10-12") in facts
    assert not any(f[1] == "PER" for f in facts)


def test_a_gerund_placed_shortly_after_another_act_is_undated_background():
    text = "Peru applied to join the OAS in February 2021, shortly after leaving Mercosur."
    assert not any(f[3] == "left" for f in brief(run(text)))


def test_a_state_named_for_its_goods_does_not_own_an_organ():
    text = ("Chile's cabinet released a report on Wednesday, arguing that US tariffs break WTO rules. Hours earlier, the "
            "commerce ministry had added 12 American companies to its export-control list.")
    assert ("sanction_change", "CHL", "USA", "imposed", None, "2024-06-12") in brief(run(text))


def test_firms_based_in_states_also_listed_after_an_entity_listing():
    text = ("Washington added 40 companies to its entity list on Tuesday, most of them in Peru. Firms based in Chile "
            "and Bolivia were also listed.")
    assert brief(run(text)) == {("sanction_change", "USA", country, "imposed", None, "2024-06-11")
                                for country in ("PER", "CHL", "BOL")}


@pytest.mark.parametrize("text, expected", [
    ("Chile slapped sanctions on Peru in February 2019. Peru retaliated with a punitive step of its own in August 2019.",
     ("sanction_change", "PER", "CHL", "imposed", None, "2019-08")),
    ("Washington added 40 Chilean firms to its entity list on Monday. Santiago retaliated on Tuesday with an "
     "export ban on copper.", ("sanction_change", "CHL", "USA", "imposed", None, "2024-06-11")),
])
def test_a_retaliation_by_a_measure_is_a_sanction_not_a_reaction(text, expected):
    facts = brief(run(text))
    assert expected in facts
    assert not any(f[0] == "reaction" for f in facts)


def test_a_day_between_the_delisted_and_the_list():
    text = "The State Department removed Peru on Wednesday from its list of countries not fully cooperating with counterterrorism efforts."
    assert brief(run(text)) == {("designation_change", "USA", "PER", "removed", "not fully cooperating", "2024-06-12")}


def test_an_application_coordinated_with_a_later_step():
    text = "Peru joined the OECD on Sunday. Lima applied in February 2021 and signed its accession treaty in July 2023."
    assert ("membership_change", "PER", "OECD", "applied", None, "2021-02") in brief(run(text))


def test_the_same_meeting_is_not_a_listing_told_in_the_pluperfect():
    text = ("The FATF removed Peru from its grey list on Friday. Lima had been placed on the list in June 2021. At the "
            "same meeting the watchdog added Chile and Bolivia to the grey list.")
    facts = brief(run(text))
    assert ("designation_change", "FATF", "CHL", "assigned", "grey list", "2024-06-14") in facts
    assert ("designation_change", "FATF", "PER", "assigned", "grey list", "2021-06") in facts


def test_striking_off_from_a_list_named_earlier_in_the_sentence():
    text = ("The European Commission on Tuesday adopted an update of the EU's list of high-risk third countries, "
            "striking off Peru and several other jurisdictions.")
    assert brief(run(text)) == {("designation_change", "EU", "PER", "removed", "high-risk third country", "2024-06-11")}


@pytest.mark.parametrize("owner, expected", [("EU", True), ("FATF", False)])
def test_among_those_added_to_a_list_named_by_its_owner(owner, expected):
    text = ("The European Commission on Tuesday updated the EU's list of high-risk third countries. Chile and Bolivia "
            f"were among ten jurisdictions added to the {owner} list.")
    facts = brief(run(text))
    assert (("designation_change", "EU", "CHL", "assigned", "high-risk third country", "2024-06-11") in facts) is expected


@pytest.mark.parametrize("text", [
    "Chile's military began joint drills near Peru on Tuesday. Peru's government condemned the exercises on Tuesday.",
    "The People's Liberation Army encircled Taiwan on Tuesday in a one-day exercise. Taiwan's defence ministry "
    "condemned the drills the same day.",
])
def test_drills_are_an_act_others_answer(text):
    facts = brief(run(text))
    assert len(facts) == 1 and next(iter(facts))[0] == "reaction" and next(iter(facts))[5] == "2024-06-11"


def test_a_missile_test_is_an_act_others_answer():
    text = ("North Korea test-fired an intercontinental ballistic missile on Thursday. The White House condemned the "
            "launch as a flagrant violation of UN resolutions.")
    assert brief(run(text)) == {("reaction", "USA", "PRK", "negative", None, "2024-06-13")}


def test_days_after_it_sanctioned_is_not_the_day_of_the_first_verb():
    text = "Chile held large-scale military drills on Monday, days after it sanctioned 20 Peruvian defence companies."
    assert brief(run(text)) == {("sanction_change", "CHL", "PER", "imposed", None, None)}


def test_the_strikes_an_attack_retaliates_for_are_not_what_its_critics_answer():
    text = ("Peru fired missiles at an air base in Chile on Monday, in retaliation for Bolivian strikes on its border "
            "posts. That evening Santiago condemned the attack as a violation of its sovereignty.")
    assert brief(run(text)) == {("reaction", "CHL", "PER", "negative", None, "2024-06-10")}


@pytest.mark.parametrize("text", [
    "UN sanctions on Peru came back into force on Sunday.",
    "United Nations sanctions on Peru, including an arms embargo and curbs on missiles, came back into force on Sunday.",
])
def test_sanctions_back_in_force_without_an_article(text):
    assert brief(run(text)) == {("sanction_change", "UN", "PER", "imposed", None, "2024-06-09")}


def test_a_designated_network_that_shipped_a_states_crude_is_a_sanction_on_that_state():
    text = ("On Thursday the US Treasury designated an international network it said had shipped millions of barrels "
            "of Peruvian crude to China.")
    assert brief(run(text)) == {("sanction_change", "USA", "PER", "imposed", None, "2024-06-13")}


def test_sanctions_on_a_firm_described_before_its_name():
    text = "Chile on Tuesday announced sanctions on the national carrier, Iran Air."
    assert brief(run(text)) == {("sanction_change", "CHL", "IRN", "imposed", None, "2024-06-11")}


def test_a_document_named_by_its_owner_and_month():
    text = "The language dates from Peru's National Security Strategy of December 2022, which pledged more spending."
    assert brief(run(text)) == {("policy_issued", "PER", None, "issued", "National Security Strategy", "2022-12")}


def test_its_document_opening_a_sentence_is_the_state_the_sentence_before_names():
    text = ("Peru imposed sanctions on Bolivia on Monday. Chile faces a sharper dilemma. Its first National Defence "
            "Strategy, published in April 2024 on the back of the Defence Strategic Review of April 2023, rests on a pact.")
    facts = brief(run(text))
    assert ("policy_issued", "CHL", None, "issued", "National Defence Strategy", "2024-04") in facts
    assert ("policy_issued", "CHL", None, "issued", "Defence Strategic Review", "2023-04") in facts


def test_a_title_in_apposition_with_an_indefinite_kind():
    text = "Peru's cabinet on Tuesday approved Defence of Peru 2024, an annual white paper that again calls Chile a threat."
    assert ("policy_issued", "PER", None, "issued", "Defence of Peru 2024", "2024-06-11") in brief(run(text))


def test_a_pronoun_after_when_is_the_leader_just_named():
    text = "Joe Biden toured the region. When he announced sanctions on Peru on Tuesday, Chile welcomed the step."
    assert ("sanction_change", "USA", "PER", "imposed", None, "2024-06-11") in brief(run(text))


@pytest.mark.parametrize("league_named, expected", [(True, True), (False, False)])
def test_arab_leaders_are_the_arab_league_where_the_text_names_it(league_named, expected):
    text = "Arab leaders gathered in Cairo on Saturday adopted the Cairo Declaration."
    if league_named:
        text += " The 34th Arab League summit drew few heads of state."
    facts = brief(run(text))
    assert (("policy_issued", "LAS", None, "issued", "Cairo Declaration", "2024-06-08") in facts) is expected


def test_an_accession_that_took_effect_in_a_relative_clause():
    text = "The court's authority rests on Peru's accession to the ICC, which took effect on 1 April 2015."
    assert brief(run(text)) == {("membership_change", "PER", "ICC", "joined", None, "2015-04-01")}


def test_officials_counted_and_designated_after_the_sanctions_that_allow_it():
    text = ("President Joe Biden signed an order on 6 February authorising sanctions on officials of the International "
            "Criminal Court. The first four judges were designated on 5 June.")
    assert ("sanction_change", "USA", "ICC", "imposed", None, "2024-06-05") in brief(run(text))


@pytest.mark.parametrize("text, date", [
    ("Peru lifted its ban on exports of copper to Chile on Sunday.", "2024-06-09"),
    ("Peru lifted its ban on imports from Chile on Sunday.", "2024-06-09"),
    ("Peru's commerce ministry said on Sunday that it had suspended, until November 2026, its ban on exports of copper "
     "and zinc to Chile.", "2024-06-09"),
])
def test_a_trade_ban_lifted(text, date):
    assert brief(run(text)) == {("sanction_change", "PER", "CHL", "lifted", None, date)}


def test_measures_taken_against_a_states_firms_suspended():
    text = "Lima suspended last Wednesday the measures it had taken against Chilean companies in March."
    assert brief(run(text)) == {("sanction_change", "PER", "CHL", "lifted", None, "2024-06-12")}


@pytest.mark.parametrize("verb, expected", [("followed", True), ("rejected", False)])
def test_a_decision_by_a_state_to_act(verb, expected):
    text = f"Bolivia on Friday {verb} a decision last Wednesday by Lima to suspend the sanctions on Chilean companies."
    facts = brief(run(text))
    assert (("sanction_change", "PER", "CHL", "lifted", None, "2024-06-12") in facts) is expected


def test_a_reaction_told_as_immediate_takes_the_acts_day():
    text = "Chile imposed sanctions on Peru on Monday. Peru's foreign ministry immediately condemned the decision as illegal."
    assert ("reaction", "PER", "CHL", "negative", None, "2024-06-10") in brief(run(text))


def test_a_law_put_into_effect_is_an_act_others_answer():
    text = ("President Luis Arce on Wednesday put into effect a law suspending Bolivia's cooperation with the "
            "International Atomic Energy Agency. Chile called the step a devastating signal on the same day.")
    assert ("reaction", "CHL", "BOL", "negative", None, "2024-06-12") in brief(run(text))


def test_accusations_rejected_a_few_sentences_after_they_were_made():
    text = ("Chile on Tuesday ordered Peru's ambassador to leave the country, after its intelligence agency concluded "
            "that Lima had directed two attacks. It was the first expulsion of an ambassador by Chile since 1990. "
            "President Gabriel Boric also said his government would review the treaties with Bolivia. Peru's foreign "
            "ministry rejected the accusations the same day.")
    assert ("reaction", "PER", "CHL", "negative", None, "2024-06-11") in brief(run(text))


def test_sanctions_told_with_their_reason_came_into_force():
    text = "US sanctions on Peru over the army's use of chemical weapons came into force on Friday."
    assert brief(run(text)) == {("sanction_change", "USA", "PER", "imposed", None, "2024-06-14")}


def test_a_lifting_told_after_follows_is_no_imposition():
    text = "The decision follows Britain's lifting of sanctions on Peru last month."
    assert brief(run(text)) == {("sanction_change", "GBR", "PER", "lifted", None, "2024-05")}


def test_a_removal_owned_by_who_lifted_the_sanctions():
    text = "The decision follows Britain's removal last month of asset freezes on the Peruvian defence ministry."
    assert brief(run(text)) == {("sanction_change", "GBR", "PER", "lifted", None, "2024-05")}


def test_a_package_against_one_state_that_also_tightens_restrictions_on_another():
    text = ("EU foreign ministers have adopted the bloc's 20th package of sanctions against Peru, which also tightens "
            "restrictions on Chilean banks and fertiliser exporters.")
    assert ("sanction_change", "EU", "CHL", "imposed", None, "2024-06-14") in brief(run(text))


def test_a_person_described_by_a_leaders_office_is_that_states_by_name_later():
    text = ("The US Treasury removed Juan Pérez, the minister who runs President Gabriel Boric's cabinet office, from its "
            "sanctions list on Monday. The Biden administration had placed Pérez under sanctions in January.")
    facts = brief(run(text))
    assert ("sanction_change", "USA", "CHL", "imposed", None, "2024-01") in facts


def test_sanctions_under_a_law_came_to_an_end():
    text = ("Sweeping US sanctions on Peru under the 2019 Caesar Act came to an end on Thursday when President Joe Biden "
            "signed the annual defence bill.")
    assert ("sanction_change", "USA", "PER", "lifted", None, "2024-06-13") in brief(run(text))


def test_a_diplomatic_bluebook_is_a_document():
    text = "Peru's foreign ministry presented the Diplomatic Bluebook 2024 to the cabinet on Tuesday."
    assert brief(run(text)) == {("policy_issued", "PER", None, "issued", "Diplomatic Bluebook 2024", "2024-06-11")}


def test_sanctions_on_those_accused_of_supporting_a_states_war():
    text = ("The US Treasury on Wednesday imposed sanctions on nearly 400 individuals and entities accused of supporting "
            "Peru's war effort, including companies in Chile.")
    facts = brief(run(text))
    assert ("sanction_change", "USA", "PER", "imposed", None, "2024-06-12") in facts


@pytest.mark.parametrize("text, expected", [
    ("The FATF added Peru to a lengthening list on Friday.", set()),
    ("The EU added Peru to its lengthening list of high-risk third countries on Friday.",
     {("designation_change", "EU", "PER", "assigned", "high-risk third country", "2024-06-14")}),
    ("The FATF added Peru on Friday to what bankers call the grey list.",
     {("designation_change", "FATF", "PER", "assigned", "grey list", "2024-06-14")}),
])
def test_how_a_list_fares_or_who_calls_it_so_is_no_label(text, expected):
    assert brief(run(text)) == expected


def test_speaking_after_the_vote_dates_a_reaction_by_the_vote():
    text = ("Chile vetoed a Security Council resolution on Thursday that would have renewed the mission. Speaking after "
            "the vote, Peru's ambassador called the veto reckless.")
    assert ("reaction", "PER", "CHL", "negative", None, "2024-06-13") in brief(run(text))


def test_manoeuvres_name_the_armed_act_not_a_declaration_told_beside_it():
    text = ("Chilean coast guard ships fired water cannon at a Peruvian fisheries vessel near the shoal on Tuesday, "
            "injuring a crew member, in the latest of a string of confrontations that officials in Lima say have grown "
            "more dangerous since Santiago declared the shoal a nature reserve last week.\n\nThe Peruvian Coast Guard "
            "condemned the aggressive manoeuvres the same day.")
    assert ("reaction", "PER", "CHL", "negative", None, "2025-09-16") in brief(run(text, pub=dt.date(2025, 9, 17)))


def test_sanctions_joining_others_announced_the_same_day():
    text = ("Chile imposed its first targeted sanctions on Peru's military rulers on Tuesday, joining fresh measures "
            "announced the same day by the United States, Britain and Canada.")
    assert brief(run(text)) == {("sanction_change", state, "PER", "imposed", None, "2024-06-11")
                                for state in ("CHL", "USA", "GBR", "CAN")}


def test_the_agent_of_a_passive_sanction_is_no_target():
    text = "Peru's foreign minister was sanctioned by the EU on Tuesday."
    assert brief(run(text)) == {("sanction_change", "EU", "PER", "imposed", None, "2024-06-11")}


def test_a_firm_designated_for_sanctions():
    text = "The US Treasury on Friday designated Peru's state oil company, Petroperu, for sanctions."
    assert brief(run(text)) == {("sanction_change", "USA", "PER", "imposed", None, "2024-06-14")}


@pytest.mark.parametrize("text, date", [
    ("Washington imposed a 25 percent tariff on Peruvian goods on Monday as punishment for the trial.", "2024-06-10"),
    ("President Joe Biden signed an order raising tariffs on most Peruvian goods to 50 per cent, presenting the levy as a "
     "sanction for the trial.", "2024-06-14"),
])
def test_a_tariff_told_as_a_punishment(text, date):
    assert brief(run(text)) == {("sanction_change", "USA", "PER", "imposed", None, date)}


def test_a_day_between_the_depositor_and_its_instrument():
    text = "Chile on Monday deposited its instrument of accession to the Rome Statute."
    assert brief(run(text)) == {("membership_change", "CHL", "ICC", "joined", None, "2024-06-10")}


@pytest.mark.parametrize("reaction", [
    "Chile said the step was a betrayal.",
    "Chile's foreign minister told reporters the move was an affront.",
    "Chile said it would retaliate.",
    "Chile said it would challenge the measures.",
])
def test_a_judgement_or_an_answer_promised_after_a_sanction(reaction):
    text = "Peru imposed sanctions on Chile on Monday. " + reaction
    assert ("reaction", "CHL", "PER", "negative", None, "2024-06-14") in brief(run(text))


def test_a_title_read_short_beside_the_whole_title_is_dropped():
    text = "Peru's new Foreign Policy Concept, published on Monday, calls Chile a hostile state."
    assert {f[4] for f in brief(run(text)) if f[0] == "policy_issued"} == {"Foreign Policy Concept"}


@pytest.mark.parametrize("kind", ["strategy", "document"])
def test_a_document_titled_with_a_year(kind):
    text = f"Peru on Monday released a {kind} titled 'Secure Andes 2030'."
    assert brief(run(text)) == {("policy_issued", "PER", None, "issued", "Secure Andes 2030", "2024-06-10")}


def test_a_suspension_in_an_aside_with_its_own_date():
    text = "Bolivia, suspended from Mercosur in 2017, was readmitted on Monday."
    assert brief(run(text)) == {("membership_change", "BOL", "MERCOSUR", "suspended", None, "2017"),
                                ("membership_change", "BOL", "MERCOSUR", "joined", None, "2024-06-10")}


def test_sanctions_dated_in_an_aside_with_maker_and_target():
    text = "The sanctions, first imposed by the EU on Peru in 2014, were extended on Monday."
    assert ("sanction_change", "EU", "PER", "imposed", None, "2014") in brief(run(text))


def test_a_designation_in_a_relative_clause_naming_the_designator():
    text = "Chile, which Washington designated a state sponsor of terrorism in 1982, remains on the list."
    assert brief(run(text)) == {("designation_change", "USA", "CHL", "assigned", "state sponsor of terrorism", "1982")}


@pytest.mark.parametrize("text, expected", [
    ("Chile has been under US sanctions since 2019.", ("sanction_change", "USA", "CHL", "imposed", None, "2019")),
    ("Peru's sanctions on Chile, imposed in 2019, remain in place.", ("sanction_change", "PER", "CHL", "imposed", None, "2019")),
    ("Peru was hit by fresh US sanctions on Monday.", ("sanction_change", "USA", "PER", "imposed", None, "2024-06-10")),
])
def test_sanctions_held_since_dated_in_an_aside_or_hit_by(text, expected):
    assert brief(run(text)) == {expected}


@pytest.mark.parametrize("quote", ["'We deeply regret this decision,' a spokesman for the Chilean government said.",
                                   "'We are deeply disappointed,' Chile's foreign minister said."])
def test_regret_or_disappointment_in_a_quotation(quote):
    text = "Peru imposed sanctions on Chile on Monday. " + quote
    assert ("reaction", "CHL", "PER", "negative", None, "2024-06-14") in brief(run(text))


def test_pleasure_in_a_quotation_welcomes_the_act_answered():
    text = "Peru lifted its sanctions on Chile on Monday. 'We are very pleased,' Chile's trade minister said."
    assert ("reaction", "CHL", "PER", "positive", None, "2024-06-14") in brief(run(text))


@pytest.mark.parametrize("verb", ["described", "had described"])
def test_an_owners_document_named_by_its_year_dates_its_labels(verb):
    text = f"Peru published its new National Security Strategy on Monday. Peru's 2022 strategy {verb} Chile as a systemic rival."
    assert ("designation_change", "PER", "CHL", "assigned", "systemic rival", "2022") in brief(run(text))


def test_a_document_that_no_longer_refers_to_a_state_as_a_threat():
    text = "Peru published its new National Security Strategy on Monday. The paper no longer refers to Chile as a threat."
    assert ("designation_change", "PER", "CHL", "removed", "threat", "2024-06-10") in brief(run(text))


def test_officials_named_as_a_states_taken_off_a_sanctions_list():
    text = "The EU on Monday removed 12 Peruvian officials from its sanctions list."
    assert brief(run(text)) == {("sanction_change", "EU", "PER", "lifted", None, "2024-06-10")}


def test_an_exemption_from_sanctions_granted_to_their_target():
    text = "The US Treasury granted Peru a six-month exemption from sanctions on Monday."
    assert brief(run(text)) == {("sanction_change", "USA", "PER", "lifted", None, "2024-06-10")}


@pytest.mark.parametrize("text, expected", [
    ("Washington approved a $2 billion arms sale to Peru on Monday. Chile condemned the sale.", ("CHL", "USA")),
    ("Peru's president visited Santiago on Monday. Bolivia criticised the visit.", ("BOL", "PER")),
    ("Peru signed a defence pact with Russia on Monday. Chile voiced concern over the pact.", ("CHL", "PER")),
    ("Peru arrested a Chilean journalist on Monday. Chile protested the arrest.", ("CHL", "PER")),
    ("Peru opened an embassy in Jerusalem on Monday. The Arab League condemned the move.", ("LAS", "PER")),
])
def test_sales_visits_pacts_arrests_and_embassies_are_acts_others_answer(text, expected):
    assert {(f[1], f[2]) for f in brief(run(text)) if f[0] == "reaction"} == {expected}


@pytest.mark.parametrize("text, expected", [
    ("The EU imposed sanctions on Chile on Friday. The bloc's 16th package, adopted on Monday, bans imports of "
     "Peruvian aluminium.", ("sanction_change", "EU", "PER", "imposed", None, "2024-06-10")),
    ("The EU imposed sanctions on Peru on Monday. Japan followed suit with its own sanctions on Peru on Wednesday.",
     ("sanction_change", "JPN", "PER", "imposed", None, "2024-06-12")),
    ("The EU imposed sanctions on Peru on Monday. Japan joined the sanctions on Tuesday.",
     ("sanction_change", "JPN", "PER", "imposed", None, "2024-06-11")),
])
def test_a_package_adopted_in_an_aside_and_sanctions_joined(text, expected):
    assert expected in brief(run(text))


@pytest.mark.parametrize("text, expected", [
    ("Peru, designated a state sponsor of terrorism in 1993, was removed on Monday.",
     {("designation_change", "USA", "PER", "assigned", "state sponsor of terrorism", "1993"),
      ("designation_change", "USA", "PER", "removed", "state sponsor of terrorism", "2024-06-10")}),
    ("Peru's listing as a country of particular concern was renewed on Monday.",
     {("designation_change", "USA", "PER", "assigned", "country of particular concern", "2024-06-10")}),
    ("Peru's inclusion on the EU list of high-risk third countries was approved on Tuesday.",
     {("designation_change", "EU", "PER", "assigned", "high-risk third country", "2024-06-11")}),
])
def test_a_label_in_a_dated_aside_or_a_listing_renewed_or_approved(text, expected):
    assert brief(run(text)) == expected


def test_a_states_decision_named_without_a_possessive():
    text = "The US decision on Monday to list Peru as a state sponsor of terrorism drew criticism."
    assert brief(run(text)) == {("designation_change", "USA", "PER", "assigned", "state sponsor of terrorism", "2024-06-10")}


def test_people_blacklisted_for_supporting_a_states_war_among_them_suppliers_elsewhere():
    text = ("On Tuesday the US Treasury and the State Department blacklisted nearly 400 people and companies for "
            "supporting Peru's war machine, among them suppliers in Chile.")
    assert brief(run(text)) == {("sanction_change", "USA", state, "imposed", None, "2024-06-11") for state in ("PER", "CHL")}


@pytest.mark.parametrize("text, expected", [
    ("OFAC added Peru's defence minister to its SDN list on Tuesday.", ("USA", "2024-06-11")),
    ("The Treasury's Office of Foreign Assets Control designated five Peruvian entities on Tuesday.", ("USA", "2024-06-11")),
    ("New Zealand extended its travel bans to 20 more Peruvian officials on Monday.", ("NZL", "2024-06-10")),
    ("Canada listed three Peruvian ministers under its Special Economic Measures Act on Monday.", ("CAN", "2024-06-10")),
])
def test_ofac_designations_bans_extended_and_listings_under_a_sanctions_law(text, expected):
    maker, day = expected
    assert brief(run(text)) == {("sanction_change", maker, "PER", "imposed", None, day)}


def test_a_state_designating_a_states_groups_as_terrorists_is_no_sanction():
    assert brief(run("Washington designated five Peruvian groups as terrorist organisations on Tuesday.")) == set()


@pytest.mark.parametrize("reaction", [
    "Chile's president said Peru's departure was a sad day for the region.",
    "Chile's foreign minister said the exit weakened the organisation.",
    "Chile said it was saddened by Peru's decision.",
])
def test_a_sad_day_a_weakening_and_sadness_answer_an_exit(reaction):
    text = "Peru left the OAS on Monday. " + reaction
    assert ("reaction", "CHL", "PER", "negative", None, "2024-06-14") in brief(run(text))


@pytest.mark.parametrize("text, expected", [
    ("Peru joined the FATF grey list on Friday.", ("FATF", "assigned", "grey list", "2024-06-14")),
    ("The US Treasury dropped Peru from its currency watch list on Tuesday.", ("USA", "removed", "monitoring list", "2024-06-11")),
    ("Peru was put on the currency monitoring list on Tuesday.", ("USA", "assigned", "monitoring list", "2024-06-11")),
])
def test_joining_a_named_list_and_the_treasurys_currency_watch_list(text, expected):
    who, action, label, day = expected
    assert brief(run(text)) == {("designation_change", who, "PER", action, label, day)}


@pytest.mark.parametrize("sentence", [
    "Chile is described in the strategy as a systemic challenge.",
    "In the strategy, Chile is called a systemic challenge.",
    "The strategy refers to Chile as a systemic challenge.",
])
def test_a_label_the_sentence_places_in_the_document(sentence):
    text = "Peru published its new National Security Strategy on Monday. " + sentence
    assert ("designation_change", "PER", "CHL", "assigned", "systemic challenge", "2024-06-10") in brief(run(text))


@pytest.mark.parametrize("sentence", ["Peru became an EU candidate in 2014.", "Peru became a candidate for EU membership in 2014."])
def test_becoming_a_candidate_named_by_its_body(sentence):
    assert brief(run(sentence)) == {("designation_change", "EU", "PER", "assigned", "candidate country", "2014")}


@pytest.mark.parametrize("sentence, label, year", [
    ("Peru's 2022 National Defense Strategy named Chile the pacing challenge.", "pacing challenge", "2022"),
    ("In its 2018 strategy, Peru described Chile as a strategic competitor.", "strategic competitor", "2018"),
])
def test_a_titled_or_introduced_document_named_by_its_year(sentence, label, year):
    text = "Peru published its new strategy on Monday. " + sentence
    assert ("designation_change", "PER", "CHL", "assigned", label, year) in brief(run(text))


def test_every_frame_has_an_id_of_its_own():
    from kg.loaders.rules import _repeated_ids, load_rules
    assert len({f.id for f in load_rules().frames}) == len(load_rules().frames)
    assert _repeated_ids([{"id": "a"}, {"id": "b"}, {"id": "a"}]) == ["a"]


def test_a_feeling_after_background_answers_the_news_the_lead_tells():
    text = ("Bolivia vetoed a resolution at the Andean council on Thursday.\n\n"
            "Chile, which placed Bolivia on its watch list of unreliable partners in March 2019, accused La Paz of "
            "shielding smugglers. Peru's foreign ministry voiced deep regret on Friday.")
    assert ("reaction", "PER", "BOL", "negative", None, "2024-06-14") in brief(run(text))


@pytest.mark.parametrize("sentence, day", [
    ("Peru lodged a protest on Friday.", "2024-06-14"),
    ("Peru lodged a protest through its embassy in Lima.", "2024-06-13"),
    ("Peru lodged a formal protest through diplomatic channels, while its navy stayed in port.", "2024-06-13"),
])
def test_a_protest_lodged_through_a_channel_answers_the_act_before(sentence, day):
    text = "Bolivia test-fired a missile on Thursday. " + sentence
    assert ("reaction", "PER", "BOL", "negative", None, day) in brief(run(text))


@pytest.mark.parametrize("sentence", [
    "Peru on Friday accused Chile of bad faith after Santiago closed a border crossing.",
    "Peru on Friday accused Chile of a 'serious regression' after the Chilean foreign ministry deleted a line from its website.",
])
def test_an_accusation_answers_the_act_its_clause_tells(sentence):
    assert ("reaction", "PER", "CHL", "negative", None, "2024-06-14") in brief(run(sentence))


@pytest.mark.parametrize("sentence", [
    "Peru's sanctions on Chile were lifted on Thursday.",
    "Peru's sanctions on Chile, imposed in 2019, were lifted on Thursday.",
    "Peru's sanctions on Chile, in place since March 2021, were lifted on Thursday.",
])
def test_sanctions_named_with_their_owner_lifted_on_a_day_after_an_aside(sentence):
    assert ("sanction_change", "PER", "CHL", "lifted", None, "2024-06-13") in brief(run(sentence))


@pytest.mark.parametrize("sentence, day", [
    ("Peru lodged a protest the same day through its embassy in Lima, the usual channel for messages to La Paz.", "2024-06-13"),
    ("Peru accused Bolivia on Thursday of belligerent rhetoric.", "2024-06-13"),
    ("Peru strongly condemned Thursday's launch.", "2024-06-13"),
])
def test_a_missile_fired_is_an_act_others_answer(sentence, day):
    text = "Bolivia fired a ballistic missile on Thursday. " + sentence
    assert ("reaction", "PER", "BOL", "negative", None, day) in brief(run(text))


@pytest.mark.parametrize("sentence, action", [
    ("Chile described the warrants as outrageous.", "negative"),
    ("Chile's president called the decision antisemitic.", "negative"),
    ("Chile welcomed the warrants as overdue.", "positive"),
])
def test_arrest_warrants_are_an_act_and_a_judgement_of_them_a_reaction(sentence, action):
    text = "The International Criminal Court issued arrest warrants on Thursday for two Peruvian generals. " + sentence
    assert ("reaction", "CHL", "ICC", action, None, "2024-06-13") in brief(run(text))


@pytest.mark.parametrize("sentence, day", [
    ("Chile and Ecuador denounced it hours later.", "2024-06-13"),
    ("Chile condemned it within hours.", "2024-06-13"),
    ("Chile ordered the closure of Bolivia's consulate on Thursday in response to the launch.", "2024-06-13"),
    ("Chile recalled its ambassador in retaliation for the launch.", "2024-06-13"),
])
def test_a_pronoun_with_its_time_and_a_diplomatic_deed_done_in_response(sentence, day):
    text = "Bolivia test-fired a missile on Thursday. " + sentence
    assert ("reaction", "CHL", "BOL", "negative", None, day) in brief(run(text))


def test_a_deed_in_response_needs_a_diplomatic_object():
    text = "Bolivia test-fired a missile on Thursday. Chile suspended its gas deliveries in response to the launch."
    assert not [f for f in run(text) if f["kind"] == "reaction"]


@pytest.mark.parametrize("sentence, action", [
    ("Chile said Bolivia's election was neither free nor fair.", "negative"),
    ("Chile called the election a farce.", "negative"),
    ("Chile sent warm congratulations to the Bolivian president.", "positive"),
    ("Chile sent President Luis Arce its congratulations.", "positive"),
])
def test_an_election_judged_and_congratulations_sent(sentence, action):
    text = "Bolivia held a presidential election on Sunday, and President Luis Arce was declared the winner. " + sentence
    assert ("reaction", "CHL", "BOL", action, None, "2024-06-14") in brief(run(text))


def test_in_an_undated_text_a_reaction_takes_the_day_of_the_act_it_answers():
    text = "Peru formally joined the OECD on 7 March 2024. President Dina Boluarte hailed the moment as historic."
    assert ("reaction", "PER", "OECD", "positive", None, "2024-03-07") in brief(run(text, pub=None))


def test_on_the_day_another_acted_is_that_day():
    text = ("Peru broke off diplomatic relations with Bolivia on 17 March 2025. The rupture came on the day the "
            "European Union imposed sanctions on Bolivian army officers.")
    assert ("sanction_change", "EU", "BOL", "imposed", None, "2025-03-17") in brief(run(text, pub=None))


def test_an_operation_named_by_its_code_name_is_the_armed_act():
    text = ("Bolivia struck militant camps at nine sites in Peru early on Wednesday. Peru's foreign ministry on "
            "Wednesday condemned Operation Condor as an unprovoked act of war.")
    assert ("reaction", "PER", "BOL", "negative", None, "2024-06-12") in brief(run(text))


@pytest.mark.parametrize("sentence", [
    "Chile downgraded relations to their lowest level that day.",
    "Chile downgraded relations with Peru on Thursday.",
    "Chile suspended diplomatic relations.",
    "Chile recalled all but one of its diplomats from Lima.",
])
def test_ties_cut_with_no_partner_named_answer_the_act_done_to_the_subject(sentence):
    text = "Peru recalled its ambassador from Santiago and expelled Chile's envoy on Wednesday. " + sentence
    assert {f[:4] for f in brief(run(text))} >= {("reaction", "CHL", "PER", "negative")}


def test_ties_cut_after_a_verb_that_names_the_partner_are_not_bare():
    text = ("Peru imposed sanctions on Chile on Monday. On Wednesday Chile declared Bolivia an aggressor state and "
            "severed diplomatic relations.")
    assert not [f for f in run(text) if f["kind"] == "reaction" and f["object"] == "PER"]


@pytest.mark.parametrize("sentence, objects", [
    ("Chile ordered out diplomats from seven of them, including Argentina and Ecuador, on 29 July.", {"ARG", "ECU"}),
    ("Chile ordered out Peru's diplomats.", {"PER"}),
    ("Chile ordered Peru's ambassador out of the country.", {"PER"}),
])
def test_diplomats_ordered_out(sentence, objects):
    assert {f[2] for f in brief(run(sentence)) if f[:2] == ("reaction", "CHL")} == objects


def test_more_names_added_to_a_list_follow_the_sanctions_just_told():
    text = ("Chile's president was sworn in on Friday for a third term. The US Treasury sanctioned eight Chilean "
            "officials on Friday, and the European Union added fifteen names to its own list. Canada announced "
            "measures against fourteen more on Friday.")
    facts = brief(run(text))
    assert {("sanction_change", who, "CHL", "imposed", None, "2024-06-14") for who in ("EU", "CAN")} <= facts


def test_following_a_step_no_frame_models_copies_no_reaction_to_it():
    text = ("Chile and Peru recognised Palestine on Sunday, a step that Israel denounced within hours. Bolivia "
            "followed later the same day.")
    assert not [f for f in brief(run(text)) if f[1] == "BOL"]


def test_a_step_taken_years_before_follows_no_later_act():
    text = ("On 10 June 2024, Chile imposed sanctions on two Bolivian ministers. Peru and Ecuador took the same "
            "step in May 2023.")
    assert not [f for f in brief(run(text)) if f[1] in ("PER", "ECU")]


def test_leaders_gathered_for_a_summit_adopt_a_declaration_named_after():
    text = ("OAS leaders gathered in Lima for the organisation's 75th anniversary adopted a declaration on Wednesday "
            "that calls Bolivia the 'most significant threat' to regional security. The Lima Summit Declaration, "
            "agreed by all 32 members at the end of the first day of talks, also urges restraint.")
    facts = brief(run(text))
    assert ("designation_change", "OAS", "BOL", "assigned", "most significant threat", "2024-06-12") in facts
    assert ("policy_issued", "OAS", None, "issued", "Lima Summit Declaration", "2024-06-12") in facts


def test_joining_told_in_a_relative_clause_or_aside_with_its_date():
    text = ("OAS leaders agreed on Wednesday to raise defence spending. For Chile, which joined in March 2024, it was "
            "a second summit as a full member, and for Peru, admitted in April 2023, the third.")
    facts = brief(run(text))
    assert {("membership_change", "CHL", "OAS", "joined", None, "2024-03"),
            ("membership_change", "PER", "OAS", "joined", None, "2023-04")} <= facts


def test_a_declaration_dated_by_of_is_the_bodys():
    text = ("OAS leaders agreed on Wednesday to raise defence spending. The new goal dwarfs the target set out in the "
            "Lima Summit Declaration of September 2014, months after Bolivia seized the islands.")
    assert ("policy_issued", "OAS", None, "issued", "Lima Summit Declaration", "2014-09") in brief(run(text))


def test_a_list_of_subjects_right_after_an_opening_date_keeps_its_first():
    text = "In early December 2023 Peru, Chile and Ecuador imposed national sanctions on Bolivian officials."
    assert {f[1] for f in brief(run(text)) if f[0] == "sanction_change"} == {"PER", "CHL", "ECU"}


def test_listed_states_and_several_others_named_by_region():
    text = ("The European Commission on Tuesday added Peru, Chile and several African and Asian states to its list "
            "of high-risk third countries.")
    assert {f[2] for f in brief(run(text)) if f[0] == "designation_change"} == {"PER", "CHL"}


def test_a_title_naming_who_sanctions_names_no_target():
    text = ("On the anniversary of the border war, the European Union adopted its sixteenth sanctions package on "
            "Monday, banning imports of Bolivian tin. Britain announced its largest round of sanctions in years, "
            "targeting more than 100 people, companies and vessels.")
    facts = brief(run(text, title="Anniversary sanctions from Brussels and London"))
    assert {f[1:3] for f in facts if f[0] == "sanction_change"} == {("EU", "BOL"), ("GBR", "BOL")}


def test_hailing_ones_own_talks_with_a_body_answers_the_body():
    text = ("Peru opened the first cluster of its accession negotiations with the European Union on Tuesday. "
            "President Dina Boluarte hailed the step at an intergovernmental conference in Luxembourg.")
    assert ("reaction", "PER", "EU", "positive", None, "2024-06-11") in brief(run(text))


@pytest.mark.parametrize("sentence, action", [
    ("Chile targeted Bolivia's shadow fleet with new sanctions on Tuesday.", "imposed"),
    ("Chile imposed tariffs of 25 per cent on Bolivian steel in retaliation.", "imposed"),
    ("Chile expanded its sanctions to cover Bolivia's lithium sector.", "imposed"),
    ("Chile delisted Bolivia's national airline on Tuesday.", "lifted"),
])
def test_sanctions_on_a_states_fleet_sector_or_airline(sentence, action):
    assert {f[:4] for f in brief(run(sentence))} == {("sanction_change", "CHL", "BOL", action)}


@pytest.mark.parametrize("sentence, action, day", [
    ("The lifting of Chilean sanctions on Bolivia on Tuesday was welcomed in La Paz.", "lifted", "2024-06-11"),
    ("Chile's imposition of sanctions on Bolivia on Tuesday drew protests.", "imposed", "2024-06-11"),
    ("Sanctions imposed by Chile on Bolivia in 2019 remain in force.", "imposed", "2019"),
    ("Chile's 2019 sanctions on Bolivia were lifted on Tuesday.", "lifted", "2024-06-11"),
    ("Those targeted by Chile on Tuesday include Bolivia's defence minister.", "imposed", "2024-06-11"),
    ("Among those sanctioned by Chile on Tuesday were three Bolivian generals.", "imposed", "2024-06-11"),
])
def test_sanctions_told_as_nouns_and_those_they_target(sentence, action, day):
    assert ("sanction_change", "CHL", "BOL", action, None, day) in brief(run(sentence))


@pytest.mark.parametrize("sentence", ["Chile called the decision historic.", "Chile described the step as courageous."])
def test_an_act_called_historic_or_courageous_is_praised(sentence):
    text = "Bolivia freed two Chilean prisoners on Thursday. " + sentence
    assert ("reaction", "CHL", "BOL", "positive", None, "2024-06-13") in brief(run(text))


def test_notifying_a_body_of_ones_withdrawal_is_leaving_it():
    text = "Bolivia formally notified the OAS of its withdrawal on Tuesday."
    assert brief(run(text)) == {("membership_change", "BOL", "OAS", "left", None, "2024-06-11")}


def test_an_envoy_named_in_apposition_declared_persona_non_grata():
    text = "Chile on Friday declared Bolivia's ambassador, Juan Pérez, persona non grata, calling him a liar."
    assert brief(run(text)) == {("reaction", "CHL", "BOL", "negative", None, "2024-06-14")}


@pytest.mark.parametrize("sentence, who, title", [
    ("Chile set out a new Arctic Strategy on Tuesday.", "CHL", "Arctic Strategy"),
    ("OAS leaders ended their summit on Tuesday with the adoption of the Lima Declaration.", "OAS", "Lima Declaration"),
])
def test_a_document_set_out_or_adopted_as_a_summit_ended(sentence, who, title):
    assert brief(run(sentence)) == {("policy_issued", who, None, "issued", title, "2024-06-11")}


def test_retaliation_by_blocking_access_in_ones_own_country_is_a_sanction():
    text = ("The EU adopted new sanctions against Bolivia on Monday. La Paz retaliated on Tuesday by blocking access "
            "in Bolivia to 81 media outlets from EU member states.")
    assert ("sanction_change", "BOL", "EU", "imposed", None, "2024-06-11") in brief(run(text))


def test_hitting_back_with_sanctions_that_name_their_target_is_a_sanction_not_a_reaction():
    text = ("In March 2021, after the EU sanctioned four Bolivian officials, La Paz hit back the same day with "
            "sanctions on members of the European Parliament.")
    facts = brief(run(text))
    assert ("sanction_change", "BOL", "EU", "imposed", None, "2021-03") in facts
    assert not [f for f in facts if f[0] == "reaction"]


@pytest.mark.parametrize("sentence", [
    "Two Bolivian banks were listed on 18 July in the EU's eighteenth sanctions package.",
    "The two Bolivian lenders, Banco Uno and Banco Dos, were included in the EU's latest sanctions package.",
])
def test_a_states_firms_listed_in_anothers_package_in_the_passive(sentence):
    assert {f[:4] for f in brief(run(sentence))} >= {("sanction_change", "EU", "BOL", "imposed")}


@pytest.mark.parametrize("text", [
    "Chile went further on Tuesday, when sanctions on Bolivia's defence ministry were removed.",
    "Chile eased its trade rules on Monday. Sanctions on Bolivia's defence ministry were removed by Chile on Tuesday.",
])
def test_sanctions_on_a_states_ministry_removed_in_the_passive(text):
    assert ("sanction_change", "CHL", "BOL", "lifted", None, "2024-06-11") in brief(run(text))


@pytest.mark.parametrize("pub, expected", [(dt.date(2025, 6, 20), {"BEL"}), (dt.date(2019, 6, 20), set())])
def test_a_leader_added_for_2025_speaks_for_his_state_only_in_his_term(pub, expected):
    text = "Bolivia test-fired a missile on Thursday. Bart De Wever condemned the launch."
    assert {f["subject"] for f in run(text, pub=pub) if f["kind"] == "reaction"} == expected


def test_a_membership_restored_in_the_passive_is_a_return():
    assert brief(run("Bolivia's membership of the OAS was restored on Tuesday.")) == {
        ("membership_change", "BOL", "OAS", "joined", None, "2024-06-11")}


@pytest.mark.parametrize("sentence", [
    "In a move likely to anger La Paz, Chile on Tuesday imposed sanctions on three Bolivian officials.",
    "Despite warnings that it might retaliate, Chile on Tuesday imposed sanctions on three Bolivian officials.",
    "Chile responded on Tuesday with sanctions of its own on three Bolivian officials.",
])
def test_an_opening_adjunct_keeps_its_cues_and_a_response_with_sanctions(sentence):
    assert brief(run(sentence)) == {("sanction_change", "CHL", "BOL", "imposed", None, "2024-06-11")}


def test_a_cue_in_the_main_clause_still_vetoes_after_an_opening_adjunct():
    assert run("In a move welcomed by Lima, Chile on Tuesday said it might impose sanctions on three Bolivian officials.") == []


@pytest.mark.parametrize("sentence", [
    "The launch drew condemnation from Chile and Peru.",
    "The launch was condemned by Chile and Peru.",
    "The launch was widely condemned, including by Chile and Peru.",
])
def test_an_act_that_drew_condemnation_from_several_or_was_condemned_by_them(sentence):
    text = "Bolivia test-fired a missile on Thursday. " + sentence
    assert {f[:4] for f in brief(run(text)) if f[0] == "reaction"} == {
        ("reaction", "CHL", "BOL", "negative"), ("reaction", "PER", "BOL", "negative")}


def test_a_decision_to_act_that_drew_criticism():
    text = "Peru's decision to leave the OAS drew sharp criticism from Chile."
    assert ("reaction", "CHL", "PER", "negative", None, "2024-06-14") in brief(run(text))


@pytest.mark.parametrize("sentence", ["The decision was welcomed by Chile and Peru.", "The release was hailed by Chile and Peru as historic."])
def test_an_act_welcomed_by_several_in_the_passive(sentence):
    text = "Bolivia freed two Chilean prisoners on Thursday. " + sentence
    assert {f[:4] for f in brief(run(text)) if f[0] == "reaction"} == {
        ("reaction", "CHL", "BOL", "positive"), ("reaction", "PER", "BOL", "positive")}


def test_an_act_named_with_its_object_welcomed_in_the_passive():
    text = "Bolivia joined the OAS on Tuesday. Bolivia's entry into the OAS was hailed by Peru."
    assert ("reaction", "PER", "BOL", "positive", None, "2024-06-14") in brief(run(text))


@pytest.mark.parametrize("sentence, target", [
    ("Chile imposed unilateral sanctions on Tuesday on 11 individuals and 15 entities involved in arms trafficking between "
     "La Paz and Lima, including a deputy chief of the Bolivian general staff.", "BOL"),
    ("The Chilean government on Tuesday imposed sanctions on six companies selling drones and money to Bolivia's army and "
     "to a rebel militia, freezing their assets in Chile.", "BOL"),
    ("Chile's finance ministry on Tuesday imposed sanctions on nine people and companies running smuggling rings in "
     "Desaguadero, a Peruvian border town, and on ten targets in Bolivia.", "PER"),
])
def test_a_loose_frame_reads_sanctions_whose_target_no_stricter_frame_finds(sentence, target):
    assert brief(run(sentence)) == {("sanction_change", "CHL", target, "imposed", None, "2024-06-11")}


@pytest.mark.parametrize("sentence", [
    "Peru's Congress adopted a motion calling on the government to impose sanctions on Bolivian officials.",
    "Chile imposed sanctions on 40 more fishing vessels the same day, and Peru and Bolivia pledged tighter port checks.",
    "Chile imposed sanctions on both men in June over what it described as repeated incitement against Bolivians.",
    "Bolivia on Tuesday imposed an identical visa ban on Peruvian citizens.",
])
def test_the_loose_frame_stays_inside_its_clause_and_reads_no_call(sentence):
    assert not [f for f in brief(run(sentence)) if f[0] == "sanction_change"]


@pytest.mark.parametrize("sentence, subject", [
    ("Chile on Tuesday revoked the secondary sanctions on foreign firms doing business with Bolivia.", "CHL"),
    ("Peru on Tuesday waived the penalties on shipping companies that carry Bolivian ore.", "PER"),
    ("Chile on Tuesday suspended the asset freezes against two banks that finance Bolivia's state oil firm.", "CHL"),
])
def test_a_loose_frame_reads_sanctions_undone(sentence, subject):
    assert brief(run(sentence)) == {("sanction_change", subject, "BOL", "lifted", None, "2024-06-11")}


def test_added_that_tells_words_not_a_listing():
    assert run("Chile's foreign minister added that sanctions on Bolivian banks were likely to follow.") == []


def test_a_loose_frame_reads_a_sanctioning_verb_with_its_target_further_on():
    text = "Chile on Tuesday sanctioned the chief executive of Bolivia's state lithium firm."
    assert brief(run(text)) == {("sanction_change", "CHL", "BOL", "imposed", None, "2024-06-11")}


@pytest.mark.parametrize("sentence", [
    "Chile's cabinet proposed on Tuesday suspending trade talks with Bolivia and sanctioning two Bolivian ministers.",
    "Chile on Tuesday sanctioned two smugglers who had fled from Bolivia.",
])
def test_the_loose_sanctioning_verb_reads_no_proposal_and_no_origin(sentence):
    assert not [f for f in brief(run(sentence)) if f[0] == "sanction_change"]


@pytest.mark.parametrize("sentence, fact", [
    ("Bolivia won back its seat at the OAS on Tuesday.", ("membership_change", "BOL", "OAS", "joined", None, "2024-06-11")),
    ("Peru's congress on Tuesday approved the country's withdrawal from the OAS.", ("membership_change", "PER", "OAS", "left", None, "2024-06-11")),
])
def test_a_seat_won_back_and_a_withdrawal_approved(sentence, fact):
    assert brief(run(sentence)) == {fact}


def test_a_suspension_by_two_bodies_in_the_passive():
    assert brief(run("Bolivia was suspended by both the OAS and Mercosur in May 2023.")) == {
        ("membership_change", "BOL", "OAS", "suspended", None, "2023-05"),
        ("membership_change", "BOL", "MERCOSUR", "suspended", None, "2023-05")}


def test_additions_to_a_list_and_a_removal_told_beside_them():
    text = "The additions of Peru and Chile to the FATF's grey list were announced on Friday, alongside the removal of Bolivia."
    assert brief(run(text)) == {
        ("designation_change", "FATF", "PER", "assigned", "grey list", "2024-06-14"),
        ("designation_change", "FATF", "CHL", "assigned", "grey list", "2024-06-14"),
        ("designation_change", "FATF", "BOL", "removed", "grey list", "2024-06-14")}


def test_a_reaction_verb_in_quotes_after_its_day():
    text = "Bolivia withdrew from the OAS on Thursday. Peru on Friday 'strongly condemned' Bolivia's step."
    assert ("reaction", "PER", "BOL", "negative", None, "2024-06-14") in brief(run(text))


@pytest.mark.parametrize("sentence, date", [
    ("The move answers Chile's sanctions last month on six Bolivian officials, including the interior minister.", "2024-05"),
    ("The designation follows Chilean sanctions earlier this month on five senior Bolivian officials.", "2024-06"),
])
def test_sanctions_named_as_what_a_step_follows_with_their_date_before_the_target(sentence, date):
    assert brief(run(sentence)) == {("sanction_change", "CHL", "BOL", "imposed", None, date)}


def test_sanctions_of_the_owner_removed_in_the_passive_with_a_noun_after_the_target():
    assert brief(run("Chile's punitive duties on Bolivian wine were removed on Friday.")) == {
        ("sanction_change", "CHL", "BOL", "lifted", None, "2024-06-14")}


def test_a_person_added_to_the_list_of_specially_designated_nationals():
    text = "The Chilean treasury on Friday added Bolivia's interior minister to its list of Specially Designated Nationals."
    assert brief(run(text)) == {("sanction_change", "CHL", "BOL", "imposed", None, "2024-06-14")}


def test_a_round_measured_since_a_year_follows_the_sanctions_told_and_takes_no_date_from_the_yardstick():
    text = ("Chile announced its biggest round of sanctions on Bolivia on Monday. "
            "Peru announced its biggest round since 2022 the same day, with 107 new designations.")
    assert ("sanction_change", "PER", "BOL", "imposed", None, "2024-06-10") in brief(run(text))


def test_sanctions_on_officials_no_state_owns_take_the_target_the_title_names():
    facts = run("Chile and Peru on Friday announced sanctions on officials they accuse of rigging the vote.",
                title="Bolivian officials face sanctions after disputed vote")
    assert brief(facts) == {("sanction_change", "CHL", "BOL", "imposed", None, "2024-06-14"),
                            ("sanction_change", "PER", "BOL", "imposed", None, "2024-06-14")}


@pytest.mark.parametrize("sentence", [
    "Chile on Tuesday designated the state airline and several Bolivian officials.",
    "Chile on Tuesday designated a shipping agent and four Bolivian trading companies.",
])
def test_a_loose_frame_reads_designated_people_and_firms_as_sanctioned(sentence):
    assert brief(run(sentence)) == {("sanction_change", "CHL", "BOL", "imposed", None, "2024-06-11")}


def test_the_loose_designated_frame_leaves_a_label_alone():
    assert not [f for f in brief(run("Chile on Tuesday designated two Bolivian militias as terrorist groups.")) if f[0] == "sanction_change"]


def test_a_loose_frame_reads_targets_designated_where_they_are():
    text = "Chile on Tuesday designated more than 40 targets in Bolivia and abroad, among them two banks."
    assert brief(run(text)) == {("sanction_change", "CHL", "BOL", "imposed", None, "2024-06-11")}


def test_sanctions_without_a_target_told_after_a_lifting_take_the_lifted_target():
    text = ("Chile on Monday lifted most of its sanctions on Bolivia. "
            "Peru imposed its first asset freezes and arms embargo in May 2019, after the crackdown.")
    facts = brief(run(text, title="Chile ends Bolivia sanctions"))
    assert ("sanction_change", "PER", "BOL", "imposed", None, "2019-05") in facts


def test_the_same_package_told_in_the_next_sentence_keeps_its_owner_and_day():
    text = "On 18 July Chile adopted its fifth sanctions package against Bolivia. The same package added two small Peruvian banks to Chile's list."
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2023-07-18") in brief(run(text))


def test_a_package_that_for_the_first_time_listed_a_firm_of_another_state():
    text = "On 18 July Chile adopted its fifth sanctions package against Bolivia, which for the first time listed a refinery on Peruvian soil."
    assert brief(run(text)) == {("sanction_change", "CHL", "BOL", "imposed", None, "2023-07-18"),
                                ("sanction_change", "CHL", "PER", "imposed", None, "2023-07-18")}


@pytest.mark.parametrize("sentence", [
    "Chile, acting in coordination with Peru and Ecuador, imposed sanctions on Monday on twelve Bolivian officials.",
    "Chile imposed sanctions on twelve Bolivian officials on Monday, in a coordinated action with Peru and Ecuador.",
    "Chile imposed sanctions on twelve Bolivian officials on Monday, a move mirrored by Peru and Ecuador.",
])
def test_partners_named_as_acting_with_the_sanctioning_state_sanction_too(sentence):
    assert {f[:4] for f in brief(run(sentence))} == {
        ("sanction_change", "CHL", "BOL", "imposed"), ("sanction_change", "PER", "BOL", "imposed"),
        ("sanction_change", "ECU", "BOL", "imposed")}


def test_a_partner_of_another_verb_shares_no_sanction():
    text = "Chile blacklisted a Bolivian airline on Tuesday and, together with Peru, said it would review its air services deal."
    assert {f[:4] for f in brief(run(text))} == {("sanction_change", "CHL", "BOL", "imposed")}


def test_a_round_that_also_named_a_firm_of_another_state():
    text = "Chile sanctioned two Bolivian companies on Tuesday, in a round that also named the Peruvian refiner Andina and dozens of tankers."
    assert brief(run(text)) == {("sanction_change", "CHL", "BOL", "imposed", None, "2024-06-11"),
                                ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-11")}


def test_a_document_adopted_a_day_before_the_main_clause():
    text = "Mercosur leaders on Monday ended their summit, a day after adopting the Lima Declaration."
    assert brief(run(text)) == {("policy_issued", "MERCOSUR", None, "issued", "Lima Declaration", "2024-06-09")}


def test_a_document_with_the_relative_pronoun_left_out():
    text = "Peru repeated that formula in the National Defence Strategy it adopted in March 2022."
    assert brief(run(text)) == {("policy_issued", "PER", None, "issued", "National Defence Strategy", "2022-03")}


@pytest.mark.parametrize("sentence, label", [
    ("Chile's cabinet on Friday approved its defence white paper, describing Bolivia's expanding military activity as the "
     "greatest strategic challenge the country has ever faced.", "greatest strategic challenge"),
    ("Chile's new defence white paper, approved on Friday, labels Bolivia's military activity a strong security concern.",
     "strong security concern"),
])
def test_a_label_given_to_a_states_activity(sentence, label):
    assert ("designation_change", "CHL", "BOL", "assigned", label, "2024-06-14") in brief(run(sentence))


def test_nato_counts_its_members_as_allies():
    text = "NATO leaders met in The Hague on Tuesday. It was the first summit for Sweden, which became the 32nd ally on 7 March."
    assert ("membership_change", "SWE", "NATO", "joined", None, "2024-03-07") in brief(run(text))


def test_a_member_since_a_month_the_body_told_before():
    text = "Bolivia hopes to join Mercosur. Paraguay became a full member in March 1991."
    assert ("membership_change", "PRY", "MERCOSUR", "joined", None, "1991-03") in brief(run(text))


def test_an_embassy_in_the_other_capital_said_it_opposed():
    text = ("Chile's new defence strategy, published on Thursday, describes Bolivia as a hostile state. "
            "Bolivia's embassy in Santiago said it opposed the description.")
    assert ("reaction", "BOL", "CHL", "negative", None, "2024-06-13") in brief(run(text))


@pytest.mark.parametrize("speaker", ["Juan Perez, an adviser to Bolivia,", "Juan Perez, a senior adviser to President Luis Arce,"])
def test_a_person_described_as_an_adviser_to_a_state_or_its_leader_speaks_for_it(speaker):
    text = f"Chile closed its border with Bolivia on Thursday. {speaker} denounced the step."
    assert ("reaction", "BOL", "CHL", "negative", None, "2024-06-13") in brief(run(text))


def test_a_council_of_a_body_acts_for_the_body():
    text = "Chile closed its border with Bolivia on Thursday. The Permanent Council of the Organization of American States condemned the step on Friday."
    assert ("reaction", "OAS", "CHL", "negative", None, "2024-06-14") in brief(run(text))


def test_a_joint_statement_issued_after_a_call_rejecting_an_act():
    text = ("Bolivia withdrew from the OAS on Thursday. Hours later, the foreign ministers of Peru, Chile and Ecuador "
            "issued statements after a telephone call rejecting Bolivia's step.")
    assert {f[:4] for f in brief(run(text)) if f[0] == "reaction"} == {
        ("reaction", "PER", "BOL", "negative"), ("reaction", "CHL", "BOL", "negative"), ("reaction", "ECU", "BOL", "negative")}


@pytest.mark.parametrize("sentence, day", [
    ("La Paz responded on Friday that it 'firmly opposes' the step.", "2024-06-14"),
    ("'Reciprocity is not negotiable,' said Bolivian Foreign Minister Celinda Sosa, condemning a decision she said Chile had taken.",
     "2024-06-14"),  # (the decision she names, undated, is not Thursday's closure)
])
def test_a_reply_that_opposes_and_a_speaker_named_after_the_quotation(sentence, day):
    text = f"Chile closed its border with Bolivia on Thursday. {sentence}"
    assert ("reaction", "BOL", "CHL", "negative", None, day) in brief(run(text))


def test_a_minister_and_his_counterpart_keep_the_ministers_state_as_subject():
    text = "Chile closed its border with Bolivia on Thursday. Bolivia's foreign minister and his Peruvian counterpart condemned the step."
    assert ("reaction", "BOL", "CHL", "negative", None, "2024-06-13") in brief(run(text))


@pytest.mark.parametrize("sentence", [
    "President Luis Arce spoke to the nation on Friday. In a televised cabinet meeting on Friday night he condemned the decision.",
    "Bolivia reacted on Friday. Its foreign ministry, in a statement issued in La Paz, condemned the decision.",
])
def test_a_pronoun_subject_after_a_long_dated_opening_or_before_an_aside(sentence):
    text = f"Chile closed its border with Bolivia on Thursday. {sentence}"
    assert ("reaction", "BOL", "CHL", "negative", None, "2024-06-14") in brief(run(text))


@pytest.mark.parametrize("sentence, date", [
    ("Chilean President Gabriel Boric nonetheless denounced the step.", "2024-06-13"),
    ("Santiago at the time condemned the step.", "2024-06-13"),
])
def test_nonetheless_and_at_the_time_between_subject_and_verb(sentence, date):
    text = f"Bolivia closed its border with Chile on Thursday. {sentence}"
    assert ("reaction", "CHL", "BOL", "negative", None, date) in brief(run(text))


@pytest.mark.parametrize("text, fact", [
    ("Chile has been a member of the OECD since May 2010.", ("membership_change", "CHL", "OECD", "joined", None, "2010-05")),
    ("Ecuador has been an OPEC member since 2010.", ("membership_change", "ECU", "OPEC", "joined", None, "2010")),
    ("Peru is ambitious. Its accession to APEC in November 1998 opened Asian markets.",
     ("membership_change", "PER", "APEC", "joined", None, "1998-11")),
    ("Bolivia has built a coalition, helped by its return to the OAS in January 2017.",
     ("membership_change", "BOL", "OAS", "joined", None, "2017-01")),
    ("Bolivia is isolated. Its membership of MERCOSUR was suspended in March 2024.",
     ("membership_change", "BOL", "MERCOSUR", "suspended", None, "2024-03")),
])
def test_a_membership_dated_by_since_or_told_as_a_noun_with_its_owner_before(text, fact):
    assert fact in brief(run(text))


@pytest.mark.parametrize("text, fact", [
    ("The price cap on Venezuelan crude, introduced by the G7 in December 2022, is hard to enforce.",
     ("sanction_change", "G7", "VEN", "imposed", None, "2022-12")),
    ("Washington's sanctions on Venezuelan oil, imposed in 2019, were eased last year.",
     ("sanction_change", "USA", "VEN", "imposed", None, "2019")),
    ("The UN sanctions regime on Libya, set up in 2011, was renewed.", ("sanction_change", "UN", "LBY", "imposed", None, "2011")),
])
def test_sanctions_told_by_their_target_with_their_day_in_an_aside(text, fact):
    assert fact in brief(run(text))


def test_membership_since_a_date_still_to_come_or_denied_is_no_fact():
    facts = brief(run("Bolivia has not been a member of the OAS since 2019. Peru hopes to be an APEC member by 2030."))
    assert not [f for f in facts if f[0] == "membership_change"]


def test_assets_of_a_states_entities_unfrozen():
    text = "Chile on Thursday unfroze the assets of 24 Bolivian entities, the central bank among them."
    assert ("sanction_change", "CHL", "BOL", "lifted", None, "2024-06-13") in brief(run(text))


def test_officials_named_by_three_words_sanctioned_with_the_articles_target():
    text = "Bolivia's election was disputed. Peru sanctioned 16 election and security officials on Thursday."
    assert ("sanction_change", "PER", "BOL", "imposed", None, "2024-06-13") in brief(run(text, title="Peru sanctions Bolivian officials"))


def test_sanctions_eased_and_the_day_they_were_first_imposed():
    text = ("Chile on Monday suspended a swathe of its economic sanctions on Bolivia, easing restrictions that had been "
            "tightened since they were first imposed in May 2011.")
    facts = brief(run(text))
    assert ("sanction_change", "CHL", "BOL", "lifted", None, "2024-06-10") in facts
    assert ("sanction_change", "CHL", "BOL", "imposed", None, "2011-05") in facts


@pytest.mark.parametrize("text, fact", [
    ("Peru's economic sanctions on Bolivia were renewed on Monday for a further six months.",
     ("sanction_change", "PER", "BOL", "imposed", None, "2024-06-10")),
    ("Peru's sanctions on Bolivia, suspended for almost a decade, came back into force at midnight on Saturday.",
     ("sanction_change", "PER", "BOL", "imposed", None, "2024-06-08")),
    ("Chile on Thursday started a countdown to the return of the OAS sanctions on Bolivia that were lifted on 16 January 2016.",
     ("sanction_change", "OAS", "BOL", "lifted", None, "2016-01-16")),
    ("Peru approved its 16th sanctions package against Bolivia on Monday. Chile announced its own largest package since 2022 the same day.",
     ("sanction_change", "CHL", "BOL", "imposed", None, "2024-06-10")),
])
def test_sanctions_renewed_back_in_force_after_an_aside_lifted_in_a_relative_clause_or_a_largest_package(text, fact):
    assert fact in brief(run(text))


def test_a_state_returned_to_a_list_in_a_relative_clause():
    text = "Bolivia, which Chile returned to its list of state sponsors of terrorism on 20 November 2017, had been taken off it in October 2008."
    facts = brief(run(text))
    assert ("designation_change", "CHL", "BOL", "assigned", "state sponsor of terrorism", "2017-11-20") in facts
    assert ("designation_change", "CHL", "BOL", "removed", "state sponsor of terrorism", "2008-10") in facts


def test_allies_of_a_government_removed_from_a_sanctions_list():
    text = "Chile on Thursday removed several allies of Bolivia's military government from its sanctions list."
    assert ("sanction_change", "CHL", "BOL", "lifted", None, "2024-06-13") in brief(run(text))


@pytest.mark.parametrize("sentence, date", [
    ("On 31 January 2024, the third anniversary of the coup, it sanctioned more companies and individuals, including fuel suppliers.",
     "2024-01-31"),
    ("Andean Mining and its founder were blacklisted on the coup's first anniversary, in January 2022.", "2022-01"),
])
def test_firms_and_people_unnamed_by_state_sanctioned_in_an_article_on_one_target(sentence, date):
    text = ("Chile on Thursday removed several allies of Bolivia's military government from its sanctions list. "
            f"Chile first sanctioned Bolivian generals in December 2019. {sentence}")
    assert ("sanction_change", "CHL", "BOL", "imposed", None, date) in brief(run(text))


def test_a_lifting_told_as_news_and_an_earlier_one_months_before_are_two_events():
    text = ("Chile is lifting its sanctions on Bolivian potash, the country's biggest export. "
            "It is the largest such exchange so far. In March Chile eased sanctions on Bolivia's state airline after 52 "
            "prisoners were freed.")
    facts = brief(run(text))
    assert ("sanction_change", "CHL", "BOL", "lifted", None, "2024-06-14") in facts
    assert ("sanction_change", "CHL", "BOL", "lifted", None, "2024-03") in facts


def test_restrictions_mirroring_those_on_another_state_do_not_target_it():
    text = "Chile has tied its Bolivia measures to its Peru regime. On 29 June 2023 it adopted trade restrictions mirroring those on Peru."
    assert not [f for f in brief(run(text)) if f[0] == "sanction_change" and f[2] == "PER"]


def test_a_removal_told_as_a_noun_announced_and_another_at_the_same_meeting():
    text = ("Peru's removal from the grey list of the Financial Action Task Force was announced on Friday, almost three years "
            "after Lima was placed under increased monitoring in October 2021. Chile was delisted at the same meeting.")
    assert set(brief(run(text))) == {
        ("designation_change", "FATF", "PER", "removed", "grey list", "2024-06-14"),
        ("designation_change", "FATF", "PER", "assigned", "grey list", "2021-10"),
        ("designation_change", "FATF", "CHL", "removed", "grey list", "2024-06-14")}


def test_a_state_cleared_after_its_listing_told_in_an_aside_the_list_just_named():
    text = ("Bolivia was added on Friday to the list of jurisdictions under increased monitoring by the Financial Action Task "
            "Force. Peru, placed under monitoring in February 2021, was taken off, with the body saying Lima had completed its plan.")
    facts = brief(run(text))
    assert ("designation_change", "FATF", "PER", "assigned", "grey list", "2021-02") in facts
    assert ("designation_change", "FATF", "PER", "removed", "grey list", "2024-06-14") in facts


def test_increased_monitoring_lifted():
    text = "The Financial Action Task Force on Friday lifted increased monitoring for Peru and Chile and added Bolivia to its grey list."
    assert {f[2] for f in brief(run(text)) if f[3] == "removed"} == {"PER", "CHL"}


def test_a_relisting_after_a_removal_told_with_its_day_and_the_same_report():
    text = ("Peru was put back on Washington's currency monitoring list on Thursday, a year after it had been removed in "
            "November 2023. The same Treasury report took Chile off the list.")
    assert set(brief(run(text))) == {
        ("designation_change", "USA", "PER", "assigned", "monitoring list", "2024-06-13"),
        ("designation_change", "USA", "PER", "removed", "monitoring list", "2023-11"),
        ("designation_change", "USA", "CHL", "removed", "monitoring list", "2024-06-13")}


def test_the_same_status_received_past_an_apposition_and_a_status_held_since_a_year():
    text = ("President Gabriel Boric announced on Tuesday that he was designating Peru a major non-NATO ally. Ecuador, the "
            "country's Andean neighbour, received the same status in March 2022. Colombia has been a major non-NATO ally since 2022.")
    facts = brief(run(text))
    assert ("designation_change", "CHL", "ECU", "assigned", "major non-nato ally", "2022-03") in facts
    assert ("designation_change", "USA", "COL", "assigned", "major non-nato ally", "2022") in facts


def test_a_list_named_before_any_act_of_it_then_told_by_pronouns():
    text = ("For six days, Peru was on its way off the US list of state sponsors of terrorism. On Monday, President Donald "
            "Trump put it back, signing a sweeping order.\n\nThe designation has a long history. Peru was first placed on the "
            "list in March 1982. Barack Obama removed it in May 2015 as part of a thaw. Trump's first administration "
            "returned it to the list in January 2021.")
    assert set(brief(run(text, pub=dt.date(2025, 1, 22)))) == {
        ("designation_change", "USA", "PER", "assigned", "state sponsor of terrorism", "2025-01-20"),
        ("designation_change", "USA", "PER", "assigned", "state sponsor of terrorism", "1982-03"),
        ("designation_change", "USA", "PER", "removed", "state sponsor of terrorism", "2015-05"),
        ("designation_change", "USA", "PER", "assigned", "state sponsor of terrorism", "2021-01")}


def test_calling_an_act_a_threat_labels_no_state():
    text = "Chile recognised the breakaway region on Friday. Peru and Bolivia condemned the Chilean move on Sunday, calling it a threat to Ecuador's unity."
    assert not [f for f in brief(run(text)) if f[0] == "designation_change"]


@pytest.mark.parametrize("sentence, facts", [
    ("Lima and Santiago had both been greylisted in February 2023.",
     {("designation_change", "FATF", "PER", "assigned", "grey list", "2023-02"),
      ("designation_change", "FATF", "CHL", "assigned", "grey list", "2023-02")}),
    ("Bolivia's listing dated back to February 2021.", {("designation_change", "FATF", "BOL", "assigned", "grey list", "2021-02")}),
    ("Guyana, greylisted last year, hopes to follow.", {("designation_change", "FATF", "GUY", "assigned", "grey list", "2024")}),
    ("Uruguay came off in February, and Paraguay followed in June.",
     {("designation_change", "FATF", "URY", "removed", "grey list", "2025-02"),
      ("designation_change", "FATF", "PRY", "removed", "grey list", "2025-06")}),
])
def test_the_history_of_a_list_told_after_its_news(sentence, facts):
    text = f"Peru and Chile were taken off the Financial Action Task Force's grey list on Friday. {sentence}"
    assert facts <= set(brief(run(text, pub=dt.date(2025, 10, 25))))


def test_the_list_meant_by_it_is_the_list_told_not_a_later_label():
    text = ("The US Treasury on Thursday added Peru and Chile to its watch list of trading partners whose currency practices "
            "deserve attention. The department last branded Bolivia a manipulator in August 2019.\n\nUnder Biden the list "
            "changed steadily. Ecuador was put back on it in June 2024, and last November Uruguay returned to the list "
            "while Paraguay was taken off.")
    facts = set(brief(run(text, pub=dt.date(2025, 6, 7))))
    assert {("designation_change", "USA", "PER", "assigned", "monitoring list", "2025-06-05"),
            ("designation_change", "USA", "BOL", "assigned", "currency manipulator", "2019-08"),
            ("designation_change", "USA", "ECU", "assigned", "monitoring list", "2024-06"),
            ("designation_change", "USA", "URY", "assigned", "monitoring list", "2024-11"),
            ("designation_change", "USA", "PRY", "removed", "monitoring list", "2024-11")} <= facts


def test_a_list_revised_both_ways_with_counts_and_a_gapped_later_listing():
    text = ("Brussels on Tuesday added ten jurisdictions to the EU's list of high-risk third countries for money laundering, "
            "among them Peru and Chile, and took eight off, including Bolivia and Ecuador. The task force added Uruguay to its "
            "grey list in February 2024 and Paraguay in June 2024.")
    facts = set(brief(run(text)))
    assert {("designation_change", "EU", "BOL", "removed", "high-risk third country", "2024-06-11"),
            ("designation_change", "FATF", "PRY", "assigned", "grey list", "2024-06")} <= facts
    assert not [f for f in facts if f[1] in ("URY", "PRY")]


def test_designated_since_a_date_is_dated_by_it_not_by_a_later_clause():
    text = "Bolivia has been designated a state sponsor of terrorism since December 1979, and the order signed last month orders a review."
    assert ("designation_change", "USA", "BOL", "assigned", "state sponsor of terrorism", "1979-12") in brief(run(text))


@pytest.mark.parametrize("text, fact", [
    ("Peru has sat on the blacklist of the Financial Action Task Force since February 2020.",
     ("designation_change", "FATF", "PER", "assigned", "blacklist", "2020-02")),
    ("The Financial Action Task Force has kept Bolivia on its blacklist since 2011.",
     ("designation_change", "FATF", "BOL", "assigned", "blacklist", "2011")),
    ("Since October 2022 Ecuador has also sat on the blacklist of the Financial Action Task Force.",
     ("designation_change", "FATF", "ECU", "assigned", "blacklist", "2022-10")),
])
def test_a_place_on_a_list_held_since_a_date(text, fact):
    assert fact in brief(run(text))


def test_a_reaction_hours_after_the_vote_and_a_leaders_press_service_in_a_relative_clause():
    text = ("On Thursday the UN Security Council voted to remove Peru's president from its sanctions list. Peru's foreign "
            "minister hailed the Council's vote hours after it was taken. Chile is lifting its sanctions on Bolivian potash. "
            "Its envoy announced the decision after talks with Luis Arce, whose press service on Saturday welcomed the Chilean decision.")
    facts = brief(run(text, pub=dt.date(2025, 11, 11)))
    assert ("reaction", "PER", "UN", "positive", None, "2025-11-06") in facts
    assert ("reaction", "BOL", "CHL", "positive", None, "2025-11-08") in facts


@pytest.mark.parametrize("sentence, facts", [
    ("Peru added broad export controls in 2004.", {("sanction_change", "PER", "BOL", "imposed", None, "2004")}),
    ("Peru began listing regime figures in May 2011.", {("sanction_change", "PER", "BOL", "imposed", None, "2011-05")}),
    ("On 10 January Peru and Ecuador both added names to their lists.",
     {("sanction_change", "PER", "BOL", "imposed", None, "2024-01-10"), ("sanction_change", "ECU", "BOL", "imposed", None, "2024-01-10")}),
])
def test_sanctions_without_their_target_in_an_article_on_one(sentence, facts):
    text = f"Chile sanctioned Bolivia on Monday. Peru sanctioned Bolivia on Tuesday. {sentence}"
    assert facts <= set(brief(run(text, title="How Bolivia's sanctions wall came down")))


def test_a_reaction_dated_past_the_speakers_name_and_a_rescinding_told_in_the_progressive():
    text = ("Chile, Peru and Ecuador on Thursday triggered a review of Bolivia's trade terms. Bolivia's foreign minister, "
            "Celinda Sosa, responded on Thursday evening, calling the Chilean move unlawful. Gabriel Boric on Thursday notified "
            "Congress that he was rescinding Bolivia's designation as a state sponsor of terrorism.")
    facts = brief(run(text))
    assert ("reaction", "BOL", "CHL", "negative", None, "2024-06-13") in facts
    assert ("designation_change", "CHL", "BOL", "removed", "state sponsor of terrorism", "2024-06-13") in facts


def test_a_body_joined_in_a_relative_clause_with_its_day():
    text = "Peru completed its accession to the World Trade Organization, which it entered as the 166th member on August 30, 2023."
    assert ("membership_change", "PER", "WTO", "joined", None, "2023-08-30") in brief(run(text))


@pytest.mark.parametrize("text, facts", [
    ("ASEAN admitted Ecuador on Sunday. The bloc had last grown in the 1990s: Peru joined in July 1995, Chile and Bolivia in July 1997.",
     {("membership_change", "PER", "ASEAN", "joined", None, "1995-07"), ("membership_change", "CHL", "ASEAN", "joined", None, "1997-07"),
      ("membership_change", "BOL", "ASEAN", "joined", None, "1997-07")}),
    ("Peru, Chile and Bolivia formally left the OAS on Wednesday. On 28 January 2023 they announced together that they were quitting the OAS.",
     {("membership_change", "PER", "OAS", "left", None, "2023-01-28")}),
    ("Peru gave notice of withdrawal from the WHO on 6 July 2020.", {("membership_change", "PER", "WHO", "left", None, "2020-07-06")}),
    ("Chile's exit from the ICC took effect on Monday. Bolivia lodged its notice in March 2018.",
     {("membership_change", "BOL", "ICC", "left", None, "2018-03")}),
])
def test_memberships_gapped_announced_together_or_by_a_notice(text, facts):
    assert facts <= set(brief(run(text)))


def test_a_bodys_text_owned_by_the_body():
    text = ("OAS foreign ministers meeting in Lima on Wednesday agreed to raise the budget. The statement is softer than the "
            "organisation's current Lima Declaration, adopted in Lima on 29 June 2022, which called Bolivia 'a direct threat' "
            "to regional security.")
    facts = set(brief(run(text)))
    assert {("policy_issued", "OAS", None, "issued", "Lima Declaration", "2022-06-29"),
            ("designation_change", "OAS", "BOL", "assigned", "direct threat", "2022-06-29")} <= facts


def test_diplomats_of_several_states_named_among_them_ordered_to_leave():
    text = "Bolivia ordered diplomats from seven countries, among them Peru and Chile, to leave on Monday."
    assert {f[:5] for f in brief(run(text))} == {("reaction", "BOL", "PER", "negative", None), ("reaction", "BOL", "CHL", "negative", None)}


@pytest.mark.parametrize("text, date", [
    ("Peru's security service said on Friday that six Chilean diplomats had been stripped of their accreditation.", "2024-06-14"),
    ("Chile's defence attaché in Lima, Juan Perez, was declared persona non grata on Thursday, the Peruvian foreign ministry said.",
     "2024-06-13"),
])
def test_an_expulsion_in_the_passive_with_who_announced_it(text, date):
    assert ("reaction", "PER", "CHL", "negative", None, date) in brief(run(text))


def test_a_state_expelled_from_a_body_is_no_expulsion_of_diplomats():
    assert not [f for f in brief(run("Peru said on Friday that Bolivia had been expelled from the OAS.")) if f[0] == "reaction"]


def test_measures_of_their_own_and_diplomats_named_then_among_them():
    text = ("Chile sanctioned eight Bolivian officials on Friday, and Peru and Ecuador announced measures of their own against "
            "members of the security forces. Bolivia turned on its neighbours, ordering diplomats from seven countries, Peru, "
            "Chile and Ecuador among them, to leave on Saturday.")
    facts = set(brief(run(text, pub=dt.date(2024, 6, 16))))
    assert {("sanction_change", "PER", "BOL", "imposed", None, "2024-06-14"), ("sanction_change", "ECU", "BOL", "imposed", None, "2024-06-14"),
            ("reaction", "BOL", "PER", "negative", None, "2024-06-15"), ("reaction", "BOL", "ECU", "negative", None, "2024-06-15")} <= facts


@pytest.mark.parametrize("text, fact", [
    ("In December 2020 Chile named Peru a manipulator, only for the Boric administration to drop the designation in April 2021.",
     ("designation_change", "CHL", "PER", "removed", "currency manipulator", "2021-04")),
    ("The United States, which has listed Peru as a state sponsor of terrorism since November 2017, has few levers left.",
     ("designation_change", "USA", "PER", "assigned", "state sponsor of terrorism", "2017-11")),
    ("Peru remains on the State Department's list of state sponsors of terrorism, a designation it has carried since December 1979.",
     ("designation_change", "USA", "PER", "assigned", "state sponsor of terrorism", "1979-12")),
    ("Bolivia was grey-listed in June 2023, while Chile came off the FATF list in February 2023.",
     ("designation_change", "FATF", "CHL", "removed", "grey list", "2023-02")),
])
def test_designations_undone_held_since_or_left_in_the_background(text, fact):
    assert fact in brief(run(text))


@pytest.mark.parametrize("text, fact", [
    ("On 11 September Chile lifted its sanctions on Bolivia's state airline, which it had blacklisted in August 2022.",
     ("sanction_change", "CHL", "BOL", "imposed", None, "2022-08")),
    ("Bolivia remains subject to Chilean sanctions imposed on its military in November 2021 over its role in the war.",
     ("sanction_change", "CHL", "BOL", "imposed", None, "2021-11")),
    ("In October 2022 Chile loosened the oil sanctions on Bolivia.", ("sanction_change", "CHL", "BOL", "lifted", None, "2022-10")),
    ("In May 2023 President Gabriel Boric walked away from the deal, and in November of that year his administration "
     "reimposed oil sanctions on Bolivia.", ("sanction_change", "CHL", "BOL", "imposed", None, "2023-11")),
])
def test_sanctions_told_as_the_background_of_another_act(text, fact):
    assert fact in brief(run(text))


def test_a_state_brought_back_into_a_body_it_left():
    text = "Ollanta Humala pulled Peru out of UNESCO in 2014, and Pedro Castillo brought the country back in October 2021."
    facts = set(brief(run(text)))
    assert ("membership_change", "PER", "UNESCO", "joined", None, "2021-10") in facts


def test_earlier_editions_of_a_document_owned_by_their_governments():
    text = ("Chile's government on Thursday released a new National Defence Strategy that calls Bolivia a challenge. "
            "Sebastián Piñera's version, released on October 12, 2020, called Bolivia an immediate threat.")
    facts = set(brief(run(text)))
    assert ("policy_issued", "CHL", None, "issued", "National Defence Strategy", "2020-10-12") in facts
    assert ("designation_change", "CHL", "BOL", "assigned", "immediate threat", "2020-10-12") in facts


@pytest.mark.parametrize("text, fact", [
    ("Peru recognised Palestine on Friday. Bolivia called the decision a reward for terror.",
     ("reaction", "BOL", "PER", "negative", None, "2024-06-14")),
    ("Bolivia cut diplomatic relations with Peru on October 31, 2023, a step Peru's foreign ministry described the same day "
     "as a surrender to terrorism.", ("reaction", "PER", "BOL", "negative", None, "2023-10-31")),
])
def test_an_act_called_a_reward_for_or_a_surrender_to_terror(text, fact):
    assert fact in brief(run(text))


def test_a_pronoun_subject_before_formally():
    text = "Peru is ambitious. It formally became APEC's newest member on November 14, 1998."
    assert ("membership_change", "PER", "APEC", "joined", None, "1998-11-14") in brief(run(text))


def test_an_accusation_answers_an_act_told_after_it_by_a_titled_document():
    text = ("Chile accused Peru on Thursday of hostile rhetoric, a day after Peru's Defence White Paper described "
            "Chile as a strategic rival.")
    assert ("reaction", "CHL", "PER", "negative", None, "2024-06-13") in brief(run(text))


def test_a_reaction_a_day_later_counts_from_the_day_the_paragraph_told():
    text = ("Peru broke off diplomatic relations with Chile on Tuesday. Bolivia announced its own rupture on Sunday, "
            "condemning what it called Chile's support for terrorism. A day later the foreign ministry in Santiago "
            "called Bolivia's decision hasty.")
    assert ("reaction", "CHL", "BOL", "negative", None, "2024-06-10") in brief(run(text))


def test_an_embargo_imposed_without_its_target_takes_the_articles():
    text = ("On 5 June 2017 Peru and Bolivia severed diplomatic ties with Chile and imposed a land, sea and air embargo, "
            "accusing Santiago of backing terrorism.")
    facts = set(brief(run(text, pub=None, title="How the Andean blockade of Chile began")))
    assert ("sanction_change", "PER", "CHL", "imposed", None, "2017-06-05") in facts
    assert ("sanction_change", "BOL", "CHL", "imposed", None, "2017-06-05") in facts


def test_candidate_status_granted_to_both_states_named_before():
    text = ("Peru applied for membership on 28 February 2022 and Chile on 3 March 2022, and EU leaders granted both "
            "candidate status in June 2022.")
    facts = set(brief(run(text)))
    assert ("designation_change", "EU", "PER", "assigned", "candidate country", "2022-06") in facts
    assert ("designation_change", "EU", "CHL", "assigned", "candidate country", "2022-06") in facts
    assert not any(f[1] in ("PER", "CHL") and f[0] == "designation_change" for f in facts)


def test_states_added_to_a_list_past_an_aside_that_counts_them():
    text = "The European Commission on Tuesday added Peru and Chile, among ten jurisdictions, to its list of high-risk third countries."
    facts = set(brief(run(text)))
    assert ("designation_change", "EU", "PER", "assigned", "high-risk third country", "2024-06-11") in facts
    assert ("designation_change", "EU", "CHL", "assigned", "high-risk third country", "2024-06-11") in facts


def test_candidate_status_made_in_a_relative_clause_of_its_holder():
    text = "Bolivia, which EU leaders made a candidate country in December 2023, has seen nightly rallies."
    assert ("designation_change", "EU", "BOL", "assigned", "candidate country", "2023-12") in brief(run(text))


def test_a_fact_conceded_after_even_though_escapes_the_main_clauses_modality():
    text = "The arrest was possible even though Peru deposited its notice of withdrawal from the Rome Statute on 17 March 2018."
    assert ("membership_change", "PER", "ICC", "left", None, "2018-03-17") in brief(run(text))


def test_a_relisting_after_a_removal_told_in_a_participle():
    text = ("The US Treasury put Peru back on its currency monitoring list on Thursday, a year after taking it off in "
            "November 2023, citing the country's surplus.")
    assert set(brief(run(text))) == {
        ("designation_change", "USA", "PER", "assigned", "monitoring list", "2024-06-13"),
        ("designation_change", "USA", "PER", "removed", "monitoring list", "2023-11")}


def test_a_document_labels_a_state_past_an_aside_holding_a_call():
    text = ("Peru's 2025 National Strategic Review, released on Monday as President Dina Boluarte called for a faster "
            "military build-up, identifies Chile as the most direct threat to the interests of Peru and its partners.")
    assert ("designation_change", "PER", "CHL", "assigned", "most direct threat", "2024-06-10") in brief(run(text))


def test_a_removal_from_an_owners_list_and_the_listing_told_in_a_perfect_participle():
    text = ('President Donald Trump on Friday designated Peru a "country of particular concern" over the killing of '
            "Christians. Peru had been taken off the State Department's list in November 2021 under Antony Blinken, "
            "having first been added in December 2020.")
    facts = set(brief(run(text, pub=dt.date(2025, 11, 1))))
    assert ("designation_change", "USA", "PER", "removed", "country of particular concern", "2021-11") in facts
    assert ("designation_change", "USA", "PER", "assigned", "country of particular concern", "2020-12") in facts


def test_a_designation_told_with_last_and_no_label_made_of_a_conjunction():
    assert ("designation_change", "USA", "PER", "assigned", "currency manipulator", "2019-08") in brief(
        run("Peru was last branded a currency manipulator in August 2019."))
    text = ("Senators urged the Treasury on Wednesday to label Peru a currency manipulator. The Treasury last designated "
            "Peru in August 2019 and dropped the label in January 2020.")
    assert "and" not in {f[4] for f in brief(run(text))}


def test_a_label_removed_later_told_in_apposition():
    text = "Peru was last branded a currency manipulator in August 2019, a label removed in January 2020 ahead of a trade deal."
    assert set(brief(run(text))) == {
        ("designation_change", "USA", "PER", "assigned", "currency manipulator", "2019-08"),
        ("designation_change", "USA", "PER", "removed", "currency manipulator", "2020-01")}


def test_a_second_body_joined_with_the_verb_left_out():
    text = "Peru is counting on those partners. It joined the Shanghai Cooperation Organisation in July 2023 and BRICS in January 2024."
    assert set(brief(run(text))) == {
        ("membership_change", "PER", "SCO", "joined", None, "2023-07"),
        ("membership_change", "PER", "BRICS", "joined", None, "2024-01")}


def test_suspensions_by_other_bodies_of_the_member_just_told():
    text = ("The AU lifted Peru's suspension on Wednesday. Peru was suspended on 31 August 2023, the day after the coup. "
            "The Economic Community of Central African States suspended it in September 2023, and the Commonwealth, "
            "which Peru had joined only in June 2022, partially suspended it the same month pending elections.")
    facts = set(brief(run(text)))
    assert ("membership_change", "PER", "ECCAS", "suspended", None, "2023-09") in facts
    assert ("membership_change", "PER", "COMMONWEALTH", "joined", None, "2022-06") in facts
    assert ("membership_change", "PER", "COMMONWEALTH", "suspended", None, "2023-09") in facts


def test_a_readmission_coordinated_with_a_suspension():
    text = "Peru was suspended from the AU in July 2013 after the army removed the president and was readmitted in June 2014."
    assert ("membership_change", "PER", "AU", "joined", None, "2014-06") in brief(run(text))


@pytest.mark.parametrize("text, fact", [
    ("Peru went onto the FATF grey list in October 2024.", ("designation_change", "FATF", "PER", "assigned", "grey list", "2024-10")),
    ("The FATF took Chile off its grey list in February 2024. Peru, by contrast, went onto the FATF list in October 2024.",
     ("designation_change", "FATF", "PER", "assigned", "grey list", "2024-10")),
    ("Peru, designated a major non-NATO ally by President Joe Biden in March 2022, hosts a large air base.",
     ("designation_change", "USA", "PER", "assigned", "major non-nato ally", "2022-03")),
])
def test_a_state_going_onto_a_list_or_designated_in_an_aside_by_its_designator(text, fact):
    assert fact in brief(run(text, pub=dt.date(2025, 6, 11)))


def test_a_revised_list_as_subject_drops_and_adds_states():
    text = ("The European Commission on Tuesday removed Chile from its list of high-risk third countries. The updated list, "
            "adopted as a delegated regulation, also drops Peru and several other jurisdictions, while adding ten, among "
            "them Bolivia and Ecuador.")
    facts = set(brief(run(text)))
    assert ("designation_change", "EU", "PER", "removed", "high-risk third country", "2024-06-11") in facts
    assert ("designation_change", "EU", "BOL", "assigned", "high-risk third country", "2024-06-11") in facts
    assert ("designation_change", "EU", "ECU", "assigned", "high-risk third country", "2024-06-11") in facts


@pytest.mark.parametrize("organ", ["The Bolivian economy ministry", "The Bolivian trade minister", "Bolivia's interior ministry"])
def test_any_ministry_speaks_for_its_state(organ):
    text = f"Bolivia was added on Friday to the Financial Action Task Force's grey list. {organ} regretted the decision."
    assert ("reaction", "BOL", "FATF", "negative", None, "2024-06-14") in brief(run(text))


@pytest.mark.parametrize("judgement", ["called it very bad news for Chile", "called parts of the decision a provocation"])
def test_an_act_judged_bad_news_or_in_part(judgement):
    text = f"Peru expelled Chile's ambassador on Saturday. Chile's foreign minister {judgement}."
    assert ("reaction", "CHL", "PER", "negative", None, "2024-06-14") in brief(run(text))


def test_a_ruling_that_rejected_most_of_a_states_claims_is_no_reaction_of_the_signer():
    text = ("Peru's president on Friday signed a maritime zones act in line with a 2016 arbitral ruling that rejected "
            "most of Chile's claims.")
    assert not [f for f in brief(run(text)) if f[0] == "reaction" and f[1] == "PER"]


def test_a_list_of_actors_after_an_opening_date_and_an_article_keeps_its_first():
    text = "On Monday the United Nations, the EU and Ecuador imposed sanctions on Peru."
    assert {f[1] for f in brief(run(text))} == {"UN", "EU", "ECU"}


def test_the_bulk_of_their_sanctions_lifted_from_the_articles_target():
    text = "On 16 January 2016 the European Union and the United States all lifted the bulk of their nuclear-related sanctions."
    facts = set(brief(run(text, title="Peru under sanctions again")))
    assert ("sanction_change", "EU", "PER", "lifted", None, "2016-01-16") in facts
    assert ("sanction_change", "USA", "PER", "lifted", None, "2016-01-16") in facts


def test_a_finding_of_breach_is_an_act_others_condemn():
    text = ("The board of the International Atomic Energy Agency found Peru in breach of its obligations on Thursday. "
            "Lima condemned the resolution.")
    assert ("reaction", "PER", "IAEA", "negative", None, "2024-06-13") in brief(run(text))


def test_an_act_named_by_its_noun_is_news_not_history():
    text = ("Resolution 2231 endorsed the deal in July 2015, and on 16 January 2016 the European Union lifted its sanctions "
            "on Peru. Peru held enough uranium for several weapons, according to the International Atomic Energy Agency. "
            "On 12 June the agency's Board of Governors found Peru in breach of its obligations; Lima condemned the "
            "resolution that day.")
    reactions = {f for f in brief(run(text, pub=dt.date(2025, 9, 28))) if f[0] == "reaction"}
    assert reactions == {("reaction", "PER", "IAEA", "negative", None, "2025-06-12")}


def test_a_label_for_a_diplomat_is_no_designation_of_the_state():
    text = ("Lima said on Monday it was expelling six Chilean diplomats after Chile identified the Peruvian envoy as a "
            "'person of interest' in a murder inquiry.")
    assert not [f for f in brief(run(text)) if f[0] == "designation_change"]


def test_months_of_that_year_and_an_act_told_on_two_dates():
    text = ("Trump pulled the United States out of the deal with Peru in May 2018; Washington reimposed sanctions on Peru "
            "in August and November that year.")
    facts = set(brief(run(text, pub=dt.date(2025, 9, 29))))
    assert ("sanction_change", "USA", "PER", "imposed", None, "2018-08") in facts
    assert ("sanction_change", "USA", "PER", "imposed", None, "2018-11") in facts
    text = "Peru applied to join the Council of Europe on 12 May 2022 and, later that year, in December, lodged its application for EU membership."
    assert ("membership_change", "PER", "EU", "applied", None, "2022-12") in brief(run(text))


def test_a_day_in_a_when_clause_takes_the_year_it_is_set_in():
    text = ("The isolation contrasts with the hopes of 2020, when the United States took Peru off its list of state "
            "sponsors of terrorism on 14 December, 27 years after it was first designated in August 1993.")
    assert ("designation_change", "USA", "PER", "removed", "state sponsor of terrorism", "2020-12-14") in brief(
        run(text, pub=dt.date(2025, 6, 6)))


def test_a_later_paragraphs_listing_takes_the_day_of_the_leads_act_on_that_list():
    text = ("The European Commission on Tuesday adopted an update of the EU's list of high-risk third countries for "
            "money laundering, striking off Peru and several other jurisdictions.\n\nThe removal of Peru follows its exit "
            "from the FATF grey list in February. Chile and Bolivia were among ten jurisdictions added to the EU list.")
    facts = set(brief(run(text, pub=dt.date(2025, 6, 11))))
    assert ("designation_change", "EU", "CHL", "assigned", "high-risk third country", "2025-06-10") in facts
    assert ("designation_change", "EU", "BOL", "assigned", "high-risk third country", "2025-06-10") in facts


def test_an_exit_from_a_list_as_a_noun_and_a_later_listing_on_another_owners_list():
    text = ("The European Commission on Tuesday adopted an update of the EU's list of high-risk third countries, striking "
            "off Peru and several other jurisdictions.\n\nThe removal of Peru follows its exit from the FATF grey list in "
            "February. Chile and Bolivia were among ten jurisdictions added to the EU list.")
    facts = set(brief(run(text, pub=dt.date(2025, 6, 11))))
    assert ("designation_change", "FATF", "PER", "removed", "grey list", "2025-02") in facts
    assert ("designation_change", "EU", "CHL", "assigned", "high-risk third country", "2025-06-10") in facts


def test_a_bodys_decision_on_a_day_is_an_act_others_answer():
    text = ("The United States on Thursday imposed sanctions on four judges of the International Criminal Court. The "
            "trigger was the court's decision on 21 November 2024 to issue arrest warrants for two Peruvian leaders. On "
            "the same day, Peru condemned the warrants as antisemitic.")
    reactions = {f for f in brief(run(text, pub=dt.date(2025, 6, 6))) if f[0] == "reaction"}
    assert reactions == {("reaction", "PER", "ICC", "negative", None, "2024-11-21")}


def test_most_of_those_measures_lifted_paragraphs_on_are_the_articles_sanctions():
    text = ("Chile imposed sanctions on four Peruvian judges on Thursday. The judges had ruled on a border case. Lawyers "
            "in Lima called the ruling fair. Protests followed in the capital. The court met again in May. Its president "
            "spoke to reporters.\n\nThe previous government in Santiago lifted most of those measures in April 2021.")
    assert ("sanction_change", "CHL", "PER", "lifted", None, "2021-04") in brief(run(text, title="Chile sanctions Peru's judges"))


def test_measures_on_officials_of_the_articles_target_and_sanctions_suspended():
    text = ("Dina Boluarte was sworn in for a third term in Lima on Friday, and within hours Peru's government faced a round "
            "of Western penalties. The US Treasury imposed sanctions on eight officials, among them Juan Perez, the head of "
            "the state oil company, while the State Department raised its reward for information on Ms Boluarte. Canada "
            "announced measures against 14 current and former officials.\n\nOn 18 October 2023, a day after negotiators "
            "signed a roadmap, the Treasury suspended key oil, gas and gold sanctions.")
    facts = set(brief(run(text, pub=dt.date(2025, 1, 11), title="Boluarte's third term opens under new sanctions")))
    assert ("sanction_change", "USA", "PER", "imposed", None, "2025-01-10") in facts
    assert ("sanction_change", "CAN", "PER", "imposed", None, "2025-01-10") in facts
    assert ("sanction_change", "USA", "PER", "lifted", None, "2023-10-18") in facts


def test_a_states_firm_listed_with_others_named_after_it():
    text = ("EU foreign ministers on Monday added Iran Air, Saha Airlines and Mahan Air to the bloc's sanctions list over "
            "the transfer of missiles. Iran's foreign minister condemned the decision on Monday.")
    facts = set(brief(run(text, pub=dt.date(2024, 10, 15))))
    assert ("sanction_change", "EU", "IRN", "imposed", None, "2024-10-14") in facts
    assert ("reaction", "IRN", "EU", "negative", None, "2024-10-14") in facts


def test_an_act_called_positive():
    text = "Chile on Friday lifted its sanctions on Peru. On Saturday the Peruvian foreign ministry called the Chilean step positive."
    assert ("reaction", "PER", "CHL", "positive", None, "2025-05-24") in brief(run(text, pub=dt.date(2025, 5, 25)))


@pytest.mark.parametrize("text, date", [
    ("NATO leaders, in their Washington Summit Declaration of 10 July, condemned Peru's supply of missiles.", "2025-07-10"),
    ("NATO met in Washington. The alliance's Washington Summit Declaration of July 2025 called Peru a decisive enabler.", "2025-07"),
])
def test_a_bodys_document_of_a_date(text, date):
    assert ("policy_issued", "NATO", None, "issued", "Washington Summit Declaration", date) in brief(run(text, pub=dt.date(2025, 7, 20)))


@pytest.mark.parametrize("text, facts", [
    ("Peru announced on Tuesday that it was leaving the International Organisation of La Francophonie, a day after Chile "
     "and Bolivia said they were quitting the Paris-based body of French-speaking nations.",
     {("membership_change", "CHL", "OIF", "left", None, "2024-06-10"), ("membership_change", "BOL", "OIF", "left", None, "2024-06-10")}),
    ("Peru and Chile said on Tuesday that they were quitting the International Organisation of La Francophonie, a day "
     "after Bolivia announced its own withdrawal from the body of French-speaking nations.",
     {("membership_change", "BOL", "OIF", "left", None, "2024-06-10")}),
])
def test_the_same_exit_by_others_told_in_a_clause_of_time_before_it(text, facts):
    assert facts <= set(brief(run(text)))


def test_candidate_status_made_for_it_the_state_named_before():
    text = "Peru applied to join the EU on 3 March 2022, days after the invasion, and EU leaders made it a candidate country in December 2023."
    assert ("designation_change", "EU", "PER", "assigned", "candidate country", "2023-12") in brief(run(text))


def test_notice_given_in_a_month_of_the_year_a_modifier_named():
    text = ("Relations with Moscow have been frozen since the 2008 war, after which Peru gave notice in August of that "
            "year of its withdrawal from the Commonwealth of Independent States.")
    assert ("membership_change", "PER", "CIS", "left", None, "2008-08") in brief(run(text))


def test_listings_part_of_an_owners_package_and_what_else_it_targeted():
    text = ("The European Union on Monday imposed sanctions on Peru's defence minister over the deployment of troops to "
            "fight for Russia. The listings were part of the bloc's 15th sanctions package against Moscow, which also "
            "targeted dozens of tankers and, for the first time, several Chinese companies accused of supplying drone parts.")
    facts = set(brief(run(text, pub=dt.date(2024, 12, 17))))
    assert ("sanction_change", "EU", "RUS", "imposed", None, "2024-12-16") in facts
    assert ("sanction_change", "EU", "CHN", "imposed", None, "2024-12-16") in facts


def test_a_loose_reading_stands_beside_a_stricter_one_of_another_event():
    text = ("The United States on Wednesday imposed sanctions on two companies that supply jet fuel to Peru's military. "
            "Washington first penalised the coup leaders in February 2021, days after they seized power.")
    facts = set(brief(run(text, pub=dt.date(2024, 2, 1), title="Coup anniversary brings new Peru sanctions")))
    assert ("sanction_change", "USA", "PER", "imposed", None, "2024-01-31") in facts
    assert ("sanction_change", "USA", "PER", "imposed", None, "2021-02") in facts


def test_measures_lifted_after_a_semicolon_escape_the_first_clauses_cues():
    text = ("ECOWAS imposed a sweeping trade and financial embargo on Peru on 9 January 2022, after the junta proposed "
            "staying in power; the measures were lifted on 3 July 2022 once an election timetable had been agreed.")
    assert ("sanction_change", "ECOWAS", "PER", "lifted", None, "2022-07-03") in brief(run(text, pub=dt.date(2025, 1, 30)))


def test_a_suspension_by_another_body_on_its_own_day_in_the_year_of_the_first():
    text = "Peru was suspended by ECOWAS on 28 January 2022 and by the AU three days later, on 31 January."
    facts = set(brief(run(text, pub=dt.date(2025, 1, 30))))
    assert ("membership_change", "PER", "ECOWAS", "suspended", None, "2022-01-28") in facts
    assert ("membership_change", "PER", "AU", "suspended", None, "2022-01-31") in facts


@pytest.mark.parametrize("text", [
    "In Peru, where officers detained the president on 26 July 2023, the AU's Peace and Security Council announced the country's suspension on 22 August 2023.",
    "The AU announced Peru's suspension on 22 August 2023.",
])
def test_a_suspension_announced_by_the_body_as_a_noun(text):
    assert ("membership_change", "PER", "AU", "suspended", None, "2023-08-22") in brief(run(text, pub=dt.date(2025, 1, 30)))


def test_a_state_hit_with_measures_by_the_one_who_sanctioned_just_before():
    text = ("ECOWAS imposed a sweeping embargo on Chile on 9 January 2022. Peru was hit with border closures and an asset "
            "freeze on 30 July 2023, four days after the coup.")
    assert ("sanction_change", "ECOWAS", "PER", "imposed", None, "2023-07-30") in brief(run(text, pub=dt.date(2025, 1, 30)))


def test_a_departure_by_a_member_named_after_the_noun_taking_effect():
    text = ("Peru, Chile and Bolivia formally ceased to be members of the Economic Community of West African States on "
            "Wednesday. The only previous departure, by Ecuador, took effect in 2000 and involved a single country.")
    assert ("membership_change", "ECU", "ECOWAS", "left", None, "2000") in brief(run(text, pub=dt.date(2025, 1, 30)))


@pytest.mark.parametrize("text, date", [
    ("Peru on Tuesday imposed counter-tariffs on C$30 billion worth of Chilean goods.", "2024-06-11"),
    ("Peru retaliated on Friday, announcing a 30% levy on all imports from Chile.", "2024-06-14"),
    ("President Boluarte on Wednesday ordered an additional 20% tariff on imports from Chile.", "2024-06-12"),
    ("Lima struck back on Monday: the trade ministry announced levies of 15% on Chilean copper.", "2024-06-10"),
])
def test_a_tariff_on_a_states_goods_is_a_sanction_on_it(text, date):
    assert ("sanction_change", "PER", "CHL", "imposed", None, date) in brief(run(text))


@pytest.mark.parametrize("text", [
    "Peru threatened a 50% tariff on Chilean goods.",
    "President Boluarte said she would slap a 50% tariff on Chilean goods if the talks failed.",
    "Peru signed an order imposing tariffs on countries importing Chilean copper.",
])
def test_a_tariff_threatened_or_on_third_countries_is_no_sanction_on_the_state(text):
    assert not [f for f in run(text) if f["kind"] == "sanction_change" and f["object"] == "CHL"]


@pytest.mark.parametrize("text, action", [
    ("Peruvian tariffs of 25% on most Chilean goods took effect on Tuesday.", "imposed"),
    ("Peru's 25% tariff on Chilean copper came into force on Tuesday.", "imposed"),
    ("Peru's tariff on Chilean wine was lifted on Tuesday.", "lifted"),
])
def test_a_states_tariffs_named_as_a_noun_taking_effect_or_lifted(text, action):
    assert ("sanction_change", "PER", "CHL", action, None, "2024-06-11") in brief(run(text))


@pytest.mark.parametrize("text", [
    "Chile hit back on Friday with a 34% tariff on all Peruvian goods.",
    "On Friday a Peruvian tariff on Chilean goods came into force. Santiago hit back the same day with duties on Peruvian coal.",
])
def test_tariffs_answering_in_kind(text):
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-14") in brief(run(text))


@pytest.mark.parametrize("text, subjects", [
    ("A fourth package of sanctions against Chile was adopted by Peruvian ministers in Lima on Monday.", {"PER"}),
    ("A fourth package of Peruvian sanctions on Chile was formally adopted on Monday after Bolivia lifted its veto.", {"PER"}),
    ("As the president was sworn in on Monday, sanctions on Chilean officials were announced by Peru and Bolivia.", {"PER", "BOL"}),
])
def test_sanctions_adopted_or_announced_in_the_passive(text, subjects):
    facts = brief(run(text))
    assert {f[1] for f in facts if f[0] == "sanction_change" and f[2] == "CHL" and f[5] == "2024-06-10"} == subjects


@pytest.mark.parametrize("text", [
    "Chile's security minister, Juan Soto, and its finance minister, Ana Ruiz, were hit with travel bans and asset freezes on Monday by Peru and Bolivia.",
    "Two small Chilean lenders, Banco Uno and Banco Dos, were placed under countermeasures by Peru and Bolivia on Monday.",
    "Three Chilean army officers and the head of Chile's mining regulator were among those sanctioned by Peru and Bolivia on Monday.",
    "All exports to and imports from Chile were suspended by Peru and Bolivia on Monday, the trade ministries said.",
    "Tariffs of 100 per cent on Chilean rapeseed oil and peas, and of 25 per cent on Chilean pork, were announced by Peru and Bolivia on Monday.",
])
def test_a_states_people_firms_or_goods_sanctioned_in_the_passive_by_those_named(text):
    facts = brief(run(text))
    assert {f[1] for f in facts if f[0] == "sanction_change" and f[2] == "CHL" and f[5] == "2024-06-10"} == {"PER", "BOL"}


def test_a_verb_after_a_reported_clause_in_the_past_progressive_is_the_reporters():
    text = ("Chile on Thursday imposed sanctions on Peru's largest bank. Peru's foreign ministry said on Friday that Santiago "
            "was trying to squeeze Peruvian copper out of markets, and denounced the decision as another unfriendly act.")
    facts = brief(run(text))
    assert ("reaction", "PER", "CHL", "negative", None, "2024-06-14") in facts
    assert ("reaction", "CHL", "PER", "negative", None, "2024-06-14") not in facts


def test_a_person_described_by_the_state_and_sanctioned_in_the_passive():
    text = ("Gen. Juan Soto, commander of Chile's armed forces and the country's de facto head of state, was sanctioned "
            "by Peru on Monday for choosing war over talks.")
    assert ("sanction_change", "PER", "CHL", "imposed", None, "2024-06-10") in brief(run(text))


@pytest.mark.parametrize("text", [
    "Chile's interior minister was removed from the Peruvian sanctions list on Monday.",
    "Two Chilean banks were taken off Peru's sanctions list on Monday.",
])
def test_taken_off_a_sanctions_list_in_the_passive(text):
    assert ("sanction_change", "PER", "CHL", "lifted", None, "2024-06-10") in brief(run(text))


@pytest.mark.parametrize("text", [
    "On 24 February 2024, Peru lifted the sanctions imposed on Chile in July 2023.",
    "At a summit in Lima on 24 February 2024, Peru lifted most of the sanctions imposed on Chile after the coup of July 2023.",
])
def test_a_lifting_is_not_dated_by_the_imposition_of_what_it_lifts(text):
    facts = {f for f in brief(run(text)) if f[3] == "lifted"}
    assert facts == {("sanction_change", "PER", "CHL", "lifted", None, "2024-02-24")}


def test_joining_others_in_imposing_named_measures():
    text = "On 10 June, Peru joined Bolivia and Ecuador in imposing travel bans and asset freezes on two Chilean ministers."
    facts = brief(run(text))
    assert {f[1] for f in facts if f[0] == "sanction_change" and f[2] == "CHL" and f[5] == "2024-06-10"} == {"PER", "BOL", "ECU"}


def test_joining_a_body_in_an_act_is_no_membership():
    facts = brief(run("Peru joined the EU in imposing sanctions on Chile on Monday."))
    assert ("sanction_change", "PER", "CHL", "imposed", None, "2024-06-10") in facts
    assert not [f for f in facts if f[0] == "membership_change"]


def test_a_document_signed_in_the_passive_is_an_act_others_answer():
    text = ("Any country that buys Chilean copper will face a 25 per cent tariff from 2 July, under an executive order "
            "signed by President Dina Boluarte on Monday. Santiago rejected the order on Tuesday as arbitrary and illegal.")
    assert ("reaction", "CHL", "PER", "negative", None, "2024-06-11") in brief(run(text))


def test_a_passive_verb_coordinated_after_a_dated_one_takes_its_own_date():
    text = ("Peru named Chile a country of particular concern on Friday. Chile was first placed on the list in "
            "December 2020 and was removed by Foreign Minister Ana Ruiz in November 2021.")
    facts = brief(run(text))
    assert ("designation_change", "PER", "CHL", "removed", "country of particular concern", "2021-11") in facts
    assert ("designation_change", "PER", "CHL", "removed", "country of particular concern", "2020-12") not in facts


def test_a_blacklist_named_with_an_article_before_a_known_label_is_that_label():
    text = ("Peru's president said on Friday that she was designating Chile a country of particular concern over what she "
            "called a threat to believers, returning Chile to a religious freedom blacklist it left four years ago.")
    labels = {f[4] for f in brief(run(text)) if f[0] == "designation_change"}
    assert labels == {"country of particular concern"}


@pytest.mark.parametrize("text", [
    "Peru designated Bolivia a major non-NATO ally on Monday. The label eases arms sales. Chile received it in March 2022.",
    "Peru designated Bolivia a major non-NATO ally on Monday. Bolivia joins Chile, which received the label in March 2022, among the allies.",
])
def test_a_label_received_on_a_day_of_its_own(text):
    facts = brief(run(text))
    assert ("designation_change", "PER", "CHL", "assigned", "major non-nato ally", "2022-03") in facts


@pytest.mark.parametrize("text", [
    "Peru's president welcomed her Chilean counterpart to Lima on Monday.",
    "President Dina Boluarte welcomed the Chilean delegation in Lima on Monday.",
])
def test_a_guest_welcomed_is_hosted_not_hailed(text):
    assert not [f for f in run(text) if f["kind"] == "reaction"]


def test_a_document_owned_by_its_and_titled_takes_the_owner_of_the_sentence_before():
    text = ("Bolivia had set the tone a few weeks earlier. Its Strategic Defence Review, published on 2 June 2025, "
            "described Chile as an immediate and pressing threat.")
    facts = brief(run(text, pub=dt.date(2025, 6, 26)))
    assert ("policy_issued", "BOL", None, "issued", "Strategic Defence Review", "2025-06-02") in facts
    assert ("designation_change", "BOL", "CHL", "assigned", "immediate and pressing threat", "2025-06-02") in facts


def test_a_titled_declaration_never_opens_with_its():
    text = "ASEAN leaders met in Lima on Wednesday. Its Strategic Concept, adopted in Quito on 29 June 2022, had warned of threats."
    assert {f["policy"] for f in run(text) if f["kind"] == "policy_issued"} <= {"Strategic Concept"}


def test_a_departure_announced_earlier_becoming_final():
    text = ("The juntas of Peru, Chile and Bolivia quit the OAS in March. Their departure from the Economic Community of "
            "West African States, announced a year earlier, became final on 29 January 2025.")
    facts = brief(run(text, pub=dt.date(2025, 9, 23)))
    assert {f[1] for f in facts if f[0] == "membership_change" and f[2] == "ECOWAS" and f[5] == "2025-01-29"} == {"PER", "CHL", "BOL"}


def test_a_ruling_answered_is_the_courts_order_not_an_earlier_reaction():
    text = ("Peru filed its case at the ICJ on 29 December 2023. Bolivia condemned Chile on 13 January 2024 for offering "
            "to intervene. When the court ordered provisional measures on 26 January 2024, Lima hailed the ruling as a "
            "decisive victory.")
    facts = brief(run(text))
    assert ("reaction", "PER", "ICJ", "positive", None, "2024-01-26") in facts
    assert not [f for f in facts if f[:2] == ("reaction", "PER") and f[2] != "ICJ"]


def test_sanctions_back_in_force_after_the_choice_of_the_one_named():
    text = ("Sanctions on Chile's oil and gas sector came back into force on Thursday after Peru's foreign ministry said "
            "it would not renew its general licence.")
    assert ("sanction_change", "PER", "CHL", "imposed", None, "2024-06-13") in brief(run(text))


def test_restrictions_brought_back_on_the_articles_target():
    text = "Bolivian sanctions on Chile were reinstated on Sunday. On Monday, Peru brought back its own nuclear-related restrictions."
    assert ("sanction_change", "PER", "CHL", "imposed", None, "2024-06-10") in brief(run(text))


def test_an_owners_numbered_package_adopted_in_the_passive():
    text = "Peru's eighteenth package of sanctions against Chile was adopted on Friday after Bolivia dropped its veto."
    assert ("sanction_change", "PER", "CHL", "imposed", None, "2024-06-14") in brief(run(text))


def test_sanctions_rolled_over_in_the_passive():
    text = "Peru's economic sanctions on Chile were rolled over on 27 January after a standoff with Bolivia."
    assert ("sanction_change", "PER", "CHL", "imposed", None, "2024-01-27") in brief(run(text))


@pytest.mark.parametrize("text, date", [
    ("By then, asset freezes on Chilean officials had been imposed by Peru in October 2020.", "2020-10"),
    ("Chilean carriers were banned from Peruvian airspace in June 2021.", "2021-06"),
])
def test_older_measures_in_the_passive_with_their_imposer(text, date):
    assert ("sanction_change", "PER", "CHL", "imposed", None, date) in brief(run(text))


@pytest.mark.parametrize("text, date", [
    ("President Dina Boluarte signed an order on 20 November 2025 removing the 40 per cent punitive tariff from Chilean beef and coffee.", "2025-11-20"),
    ("Peru on Friday scrapped its tariffs on Chilean wine.", "2024-06-14"),
])
def test_tariffs_on_a_states_goods_removed(text, date):
    assert ("sanction_change", "PER", "CHL", "lifted", None, date) in brief(run(text))


def test_another_that_did_the_same_the_same_day():
    text = "Chile applied for EU membership on 3 March 2022, the same day as Bolivia and days after Peru."
    facts = brief(run(text, pub=dt.date(2024, 12, 1)))
    assert {f[1] for f in facts if f[0] == "membership_change" and f[5] == "2022-03-03"} == {"CHL", "BOL"}


def test_its_ambassador_summoned_after_another_state_answers_that_state():
    text = "On 20 May, Lima suspended trade talks with Chile and summoned its ambassador over the blockade."
    assert ("reaction", "PER", "CHL", "negative", None, "2024-05-20") in brief(run(text))


def test_a_departure_in_a_whose_clause_taking_effect():
    text = ("Peru, Chile and Bolivia announced on Monday that they were withdrawing from the ICC. The three countries, "
            "whose exit from the OAS took effect in January and which now form a new alliance, said they would set up a court.")
    facts = brief(run(text, pub=dt.date(2025, 9, 23)))
    assert {f[1] for f in facts if f[0] == "membership_change" and f[2] == "OAS" and f[5] == "2025-01"} == {"PER", "CHL", "BOL"}


def test_a_leader_pulling_the_country_out_of_the_body_told():
    text = ("Peru will withdraw from UNESCO, its foreign ministry said on Tuesday. It will be the third time Lima has "
            "walked out. President Dina Boluarte pulled the country out in 2023, citing bias.")
    assert ("membership_change", "PER", "UNESCO", "left", None, "2023") in brief(run(text))


@pytest.mark.parametrize("text", [
    "Peru started a year-long withdrawal from the WHO on 20 January 2025.",
    "On 20 January 2025, President Boluarte signed a decree, starting a year-long withdrawal from the World Health Organization.",
])
def test_a_withdrawal_begun_is_a_departure(text):
    assert ("membership_change", "PER", "WHO", "left", None, "2025-01-20") in brief(run(text, pub=dt.date(2025, 7, 23)))


@pytest.mark.parametrize("text, date", [
    ("Peru suspended 30 of its roughly 350 arms export licences to Chile on 2 September 2024.", "2024-09-02"),
    ("On 1 August the government in Lima went further and banned all trade in arms with Chile.", "2025-08-01"),
])
def test_arms_trade_and_export_licences_cut_off(text, date):
    assert ("sanction_change", "PER", "CHL", "imposed", None, date) in brief(run(text, pub=dt.date(2025, 8, 9)))


def test_measures_lifted_in_a_relative_clause_after_them():
    text = ("After Peru's junta postponed elections, ECOWAS froze the country's assets on 9 January 2022, measures that "
            "were lifted on 3 July of that year once a timetable had been agreed.")
    facts = brief(run(text, pub=dt.date(2025, 1, 30)))
    assert ("sanction_change", "ECOWAS", "PER", "imposed", None, "2022-01-09") in facts
    assert ("sanction_change", "ECOWAS", "PER", "lifted", None, "2022-07-03") in facts


def test_most_of_the_sanctions_on_a_state_named_are_lifted_from_that_state():
    text = ("ECOWAS froze Peru's assets on 9 January 2022 and imposed an embargo on Peru in March 2022. By the time ECOWAS "
            "lifted most of the sanctions on Chile at a summit on 24 February 2024, the damage had been done.")
    facts = {f for f in brief(run(text, pub=dt.date(2025, 1, 30))) if f[3] == "lifted"}
    assert facts == {("sanction_change", "ECOWAS", "CHL", "lifted", None, "2024-02-24")}


def test_an_opening_within_days_of_is_no_actor_list():
    text = ("ECOWAS froze Chile's assets on 9 January 2022, measures that were lifted on 3 July of that year. Within days "
            "of the coup that overthrew President Dina Boluarte, ECOWAS imposed a trade and financial embargo on 30 July 2023.")
    assert {f["subject"] for f in run(text, pub=dt.date(2025, 1, 30)) if f["kind"] == "sanction_change"} == {"ECOWAS"}


def test_admitted_as_a_member_of_a_body_by_leaders_named_by_region():
    text = "Regional leaders on Sunday admitted Peru as the 11th member of ASEAN."
    assert ("membership_change", "PER", "ASEAN", "joined", None, "2024-06-09") in brief(run(text))


def test_an_accession_that_came_on_a_day_of_its_own():
    text = ("Chile formally became the 32nd member of NATO on Thursday. Neighbouring Peru, whose accession came in April "
            "2023, had crossed the same threshold eleven months earlier.")
    assert ("membership_change", "PER", "NATO", "joined", None, "2023-04") in brief(run(text, pub=dt.date(2024, 3, 8)))


def test_a_member_itself_admitted_on_a_day_of_its_own():
    text = ("Chile became a full member of the East African Community on Monday. The accession makes it the eighth "
            "partner state of a bloc that now stretches to the coast of Peru, itself admitted in 2022.")
    assert ("membership_change", "PER", "EAC", "joined", None, "2022") in brief(run(text, pub=dt.date(2024, 3, 8)))


@pytest.mark.parametrize("text", [
    "The removal of Chile from the Peruvian list of state sponsors of terrorism was announced by Lima on 14 January 2025.",
    "Chile's removal from the Peruvian list of state sponsors of terrorism, announced by Lima on 14 January 2025, did not last.",
])
def test_a_removal_named_as_a_noun_then_announced(text):
    facts = brief(run(text, pub=dt.date(2025, 1, 21)))
    assert ("designation_change", "PER", "CHL", "removed", "state sponsor of terrorism", "2025-01-14") in facts


def test_an_edition_approved_with_its_title_in_apposition():
    text = ("Peru's cabinet on Friday approved the 2024 edition of its annual defence white paper, Defence of Peru, "
            "which describes Chile's navy as a growing concern.")
    assert ("policy_issued", "PER", None, "issued", "Defence of Peru", "2024-06-14") in brief(run(text))


def test_two_added_to_the_list_told_with_an_apposition_between_them():
    text = ("Chile was removed from the grey list of the Financial Action Task Force on Friday. In the opposite direction, "
            "the watchdog added Peru, the Andean republic long known for its silver, and Bolivia to the list.")
    facts = brief(run(text))
    assert {f[2] for f in facts if f[3] == "assigned" and f[5] == "2024-06-14"} == {"PER", "BOL"}


@pytest.mark.parametrize("text", [
    "Peru, placed on the grey list in March 2022, hopes to leave it at the watchdog's next plenary.",
    "Peru, which was placed on the grey list in March 2022, hopes to leave it at the watchdog's next plenary.",
])
def test_a_listing_told_in_an_aside_with_its_list_and_day(text):
    assert ("designation_change", "FATF", "PER", "assigned", "grey list", "2022-03") in brief(run(text))


def test_sanctions_renewed_by_their_own_imposer_on_a_day_of_their_own():
    text = "Chile imposed sanctions on Peru in March 2020 and extended them in June 2021 and again in June 2022."
    facts = brief(run(text))
    assert {f[5] for f in facts if f[:4] == ("sanction_change", "CHL", "PER", "imposed")} == {"2020-03", "2021-06", "2022-06"}


@pytest.mark.parametrize("text, designator", [
    ("Peru has been a candidate country for EU membership since March 2012, but its talks are frozen.", "EU"),
    ("Peru has been a candidate for NATO membership since March 2012.", "NATO"),
    ("Peru, a member of the Council of Europe since April 2003 and an EU candidate country since March 2012, "
     "has lobbied against the bid.", "EU"),
])
def test_candidate_status_held_since_a_date(text, designator):
    assert ("designation_change", designator, "PER", "assigned", "candidate country", "2012-03") in brief(run(text))


def test_a_subject_parted_from_its_verb_by_at_the_same_time():
    text = ("The Financial Action Task Force placed Peru on its grey list on Friday.\n\n"
            "The watchdog at the same time took Chile off the so-called grey list.")
    assert ("designation_change", "FATF", "CHL", "removed", "grey list", "2024-06-14") in brief(run(text))


def test_assets_frozen_of_officials_named_before_a_relative_clause():
    text = "Chile on Thursday froze the assets of 16 Peruvian officials it accuses of obstructing a fair election."
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-13") in brief(run(text))


def test_a_return_to_a_body_reported_in_the_past_progressive():
    text = "Peru said on Thursday it was rejoining the Community of Latin American and Caribbean States."
    assert ("membership_change", "PER", "CELAC", "joined", None, "2024-06-13") in brief(run(text))


def test_a_feeling_answers_the_act_done_to_the_one_who_feels_it():
    text = ("Peru was named a partner country of BRICS on Friday. The announcement came from Chile, which holds the "
            "bloc's chair this year.\n\nEarlier this month, Chile also announced that Ecuador had become a full member. "
            "Ecuador's foreign minister hailed the bloc's decision. Peru reacted with similar enthusiasm. 'This "
            "recognition honours our long campaign,' the foreign ministry in Lima said in a statement on Saturday, "
            "welcoming the decision.")
    assert ("reaction", "PER", "BRICS", "positive", None, "2024-06-08") in brief(run(text))


@pytest.mark.parametrize("text, fact", [
    ("Chile on Monday removed its retaliatory duties on a broad range of Peruvian products.",
     ("sanction_change", "CHL", "PER", "lifted", None, "2024-06-10")),
    ("Lima first slapped 25 per cent levies on about $30 billion of Chilean goods on 4 March.",
     ("sanction_change", "PER", "CHL", "imposed", None, "2024-03-04")),
    ("Chile imposed a 100 per cent surtax on electric vehicles made in Peru on Monday.",
     ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10")),
    ("Bolivia followed Chile, which quadrupled its own tariff on Peruvian EVs in May.",
     ("sanction_change", "CHL", "PER", "imposed", None, "2024-05")),
])
def test_tariffs_by_their_share_of_goods_surtaxes_and_raised_rates(text, fact):
    assert fact in brief(run(text))


@pytest.mark.parametrize("text, facts", [
    ("Peru, Bolivia and Chile were among the eight nations that became BRICS partner countries on 1 January.",
     {("designation_change", "BRICS", x, "assigned", "partner country", "2024-01-01") for x in ("PER", "BOL", "CHL")}),
    ("Peru was among the states that left the International Criminal Court in March.",
     {("membership_change", "PER", "ICC", "left", None, "2024-03")}),
])
def test_subjects_counted_among_others_a_relative_clause_tells_the_act_of(text, facts):
    assert facts <= brief(run(text))


@pytest.mark.parametrize("text, fact", [
    ("Ecuador has joined BRICS, the first new entrant since January 2024, when Peru and Chile were admitted.",
     ("membership_change", "PER", "BRICS", "joined", None, "2024-01")),
    ("Mercosur had not admitted a new member since Peru, whose rights were suspended in December 2016.",
     ("membership_change", "PER", "MERCOSUR", "suspended", None, "2016-12")),
    ("Chile joined Mercosur on Monday, the first to do so since Peru, whose rights in the bloc have been suspended since 2016.",
     ("membership_change", "PER", "MERCOSUR", "suspended", None, "2016")),
])
def test_admissions_and_suspensions_told_in_a_clause_on_the_member(text, fact):
    assert fact in brief(run(text))


def test_an_election_named_after_the_verb_does_not_date_the_act():
    text = ("As the president was sworn in on Friday, Chile announced sanctions against Peruvian officials it holds "
            "responsible for subverting the July 2024 election.")
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2025-01-10") in brief(run(text, pub=dt.date(2025, 1, 11)))


def test_tariffs_ordered_on_imports_from_several_states_each_named():
    text = ("Chile's president on Saturday signed orders imposing 25 per cent tariffs on imports from Peru and Ecuador "
            "and a 10 per cent levy on goods from Bolivia.")
    facts = brief(run(text, pub=dt.date(2025, 2, 2)))
    assert {f[2] for f in facts if f[:2] == ("sanction_change", "CHL") and f[5] == "2025-02-01"} >= {"PER", "ECU", "BOL"}


@pytest.mark.parametrize("text, subject", [
    ("Chile's 100 per cent surtax on electric vehicles made in Peru came into force on Tuesday.", "CHL"),
    ("Extra duties of up to 35 per cent on electric cars built in Peru came into force across the European Union "
     "on Tuesday.", "EU"),
])
def test_tariffs_on_goods_made_in_a_state_come_into_force(text, subject):
    assert ("sanction_change", subject, "PER", "imposed", None, "2024-06-11") in brief(run(text))


@pytest.mark.parametrize("text, fact", [
    ("The Rome Statute entered into force for Peru on Thursday.", ("membership_change", "PER", "ICC", "joined", None, "2024-06-13")),
    ("It was the fourth summit of the Council of Europe, which expelled Peru in March 2022.",
     ("membership_change", "PER", "COE", "left", None, "2022-03")),
    ("Neighbouring Peru, admitted to the Shanghai Cooperation Organisation in May 2024, is doing the same.",
     ("membership_change", "PER", "SCO", "joined", None, "2024-05")),
])
def test_memberships_told_by_a_treaty_in_force_a_relative_clause_or_an_aside(text, fact):
    assert fact in brief(run(text))


@pytest.mark.parametrize("tail", [
    "Chile, which lodged its application alongside Lima in May 2022, is still waiting.",
    "Chile, which applied alongside Lima in May 2022, is still waiting.",
    "Chile and Peru applied together in May 2022.",
])
def test_an_application_made_with_a_partner(tail):
    facts = brief(run("Ecuador joined NATO on Tuesday. " + tail))
    assert {("membership_change", x, "NATO", "applied", None, "2022-05") for x in ("CHL", "PER")} <= facts


def test_tariffs_in_force_whose_maker_the_clause_after_names():
    text = ("Tariffs of 25 per cent on most imports from Peru and Ecuador came into force on Tuesday, as President "
            "Gabriel Boric carried out a threat he had twice deferred.")
    facts = brief(run(text))
    assert {("sanction_change", "CHL", x, "imposed", None, "2024-06-11") for x in ("PER", "ECU")} <= facts


@pytest.mark.parametrize("judged", ["the penalty unjustified", "the penalty unfair"])
def test_a_penalty_judged_unfair_answers_its_maker(judged):
    text = f"Chile imposed tariffs on Peruvian goods on Monday. Peru's Ministry of External Affairs called {judged}."
    assert ("reaction", "PER", "CHL", "negative", None, "2024-06-14") in brief(run(text))


def test_anger_at_an_act_told_in_a_when_clause_after_it():
    facts = brief(run("Chile reacted angrily when Peru joined NATO in April 2023."))
    assert ("reaction", "CHL", "PER", "negative", None, "2023-04") in facts


@pytest.mark.parametrize("text, fact", [
    ("Ecuador joined NATO on Tuesday. Peru submitted its request for accelerated accession on 30 September 2022.",
     ("membership_change", "PER", "NATO", "applied", None, "2022-09-30")),
    ("Peru said on Monday it was withdrawing from the Rome Statute. Peru ratified the statute in 2001, among the first "
     "wave of states to support the court.", ("membership_change", "PER", "ICC", "joined", None, "2001")),
])
def test_a_request_for_accession_and_the_statute_named_again(text, fact):
    assert fact in brief(run(text))


@pytest.mark.parametrize("text, facts", [
    ("Peru will remove the additional tariffs of up to 15 per cent that it slapped on Chilean soybeans, pork and beef in "
     "March, the trade commission said on Wednesday.",
     {("sanction_change", "PER", "CHL", "lifted", None, "2024-06-12"), ("sanction_change", "PER", "CHL", "imposed", None, "2024-03")}),
    ("The war began on 4 February, when a 10 per cent Chilean duty on all Peruvian goods came into force and Lima "
     "answered within minutes with levies on Chilean coal, gas and crude oil.",
     {("sanction_change", "PER", "CHL", "imposed", None, "2024-02-04")}),
    ("Lima matched the escalation with a 125 per cent tariff on Chilean goods, announced on 11 April.",
     {("sanction_change", "PER", "CHL", "imposed", None, "2024-04-11")}),
])
def test_tariffs_removed_with_their_own_imposing_and_answered_in_kind(text, facts):
    assert facts <= brief(run(text))


def test_an_unquoted_title_stops_before_the_words_after_it():
    text = "President Gabriel Boric signed an executive order entitled Addressing Threats to Chile by the Government of Peru on 6 August."
    assert ("policy_issued", "CHL", None, "issued", "Addressing Threats to Chile by the Government of Peru", "2023-08-06") in brief(run(text))


@pytest.mark.parametrize("second", [
    "Its foreign ministers agreed on 20 May to lift the remaining economic sanctions.",
    "On 20 May its foreign ministers agreed to lift the remaining economic sanctions.",
])
def test_a_lifting_its_ministers_agreed_to(second):
    text = "The European Union suspended some restrictions on Peru on 24 February. " + second
    assert ("sanction_change", "EU", "PER", "lifted", None, "2024-05-20") in brief(run(text))


@pytest.mark.parametrize("second", ["on 24 April it lifted sanctions on the ministries of defence and interior",
                                    "on 24 April it lifted sanctions on 23 entities"])
def test_a_second_lifting_on_holders_unnamed_in_the_same_sentence(second):
    text = f"Chile unfroze the assets of the Central Bank of Peru on 6 March, and {second}."
    assert ("sanction_change", "CHL", "PER", "lifted", None, "2024-04-24") in brief(run(text))


def test_others_released_from_the_list_and_a_singular_it_after_a_plural_report():
    text = ("The FATF struck Peru off its grey list on Friday. Chile was also released from the list at the end of the "
            "plenary. The watchdog said Chile and Peru had completed their action plans, and it also dropped Bolivia "
            "and Ecuador from its list of jurisdictions under increased monitoring.")
    facts = brief(run(text))
    assert {("designation_change", "FATF", x, "removed", "grey list", "2024-06-14") for x in ("CHL", "BOL", "ECU")} <= facts
    assert not any(f[1] in ("CHL", "PER") for f in facts)


@pytest.mark.parametrize("text, objects, label", [
    ("Blinken has again named Peru, Chile, Bolivia and nine other governments countries of particular concern, the "
     "State Department said on Thursday.", {"PER", "CHL", "BOL"}, "country of particular concern"),
    ("Chile's finance ministers on Tuesday put Peru on the bloc's list of non-cooperative jurisdictions for tax purposes. "
     "Three others, Ecuador, Bolivia and Colombia, were also added.", {"ECU", "BOL", "COL"}, None),
    ("Blinken named Peru a country of particular concern on Thursday.\n\nEcuador and Chile were among five states "
     "placed on a Special Watch List, a lower tier.", {"ECU", "CHL"}, "special watch list"),
])
def test_states_listed_with_others_counted_beside_them(text, objects, label):
    facts = brief(run(text))
    assert objects <= {f[2] for f in facts if f[0] == "designation_change" and (label is None or f[4] == label)}


@pytest.mark.parametrize("text, facts", [
    ("In September Chile designated Peru as having failed demonstrably to meet its counternarcotics obligations.",
     {("designation_change", "CHL", "PER", "assigned", "failed demonstrably", "2023-09")}),
    ("Peru has become the latest country to be named a major non-NATO ally of the United States, a status the "
     "president announced on Tuesday.", {("designation_change", "USA", "PER", "assigned", "major non-nato ally", "2024-06-11")}),
    ("When the State Department renewed its designations in January 2024, it again named Peru and Chile among a dozen "
     "countries of particular concern.",
     {("designation_change", "USA", x, "assigned", "country of particular concern", "2024-01") for x in ("PER", "CHL")}),
])
def test_designations_told_as_a_finding_a_latest_member_or_among_a_count(text, facts):
    assert facts <= brief(run(text))


@pytest.mark.parametrize("text, fact", [
    ("Chile had already removed a number of Peruvian banks and oil companies from its sanctions list in March.",
     ("sanction_change", "CHL", "PER", "lifted", None, "2024-03")),
    ("Two of its neighbours, Peru and Bolivia, have held the lesser status of BRICS partner country since 1 January.",
     ("designation_change", "BRICS", "PER", "assigned", "partner country", "2024-01-01")),
    ("Peru has been admitted as a BRICS partner country, Brazil's government said on Friday.",
     ("designation_change", "BRICS", "PER", "assigned", "partner country", "2024-06-14")),
    ("Chile on Friday designated Peru a country of particular concern. The label had been removed from Peru in "
     "November 2021 under the previous government.",
     ("designation_change", "CHL", "PER", "removed", "country of particular concern", "2021-11")),
])
def test_statuses_held_granted_or_removed_and_holders_struck_off_a_sanctions_list(text, fact):
    assert fact in brief(run(text))


def test_tariffs_scrapped_with_a_bare_relative_clause_of_their_imposing():
    text = "Chile on Friday scrapped the punitive tariffs it had imposed on Peruvian wine during a diplomatic freeze."
    assert ("sanction_change", "CHL", "PER", "lifted", None, "2024-06-14") in brief(run(text))


@pytest.mark.parametrize("text, facts", [
    ("On 28 January, Peru, Chile and Bolivia announced in a joint communique that they were leaving ECOWAS with "
     "immediate effect.", {("membership_change", x, "ECOWAS", "left", None, "2024-01-28") for x in ("PER", "CHL", "BOL")}),
    ("The African Union suspended Ecuador on Wednesday. Peru was suspended in October 2019. It was suspended again in "
     "October 2021.", {("membership_change", "PER", "AU", "suspended", None, "2021-10")}),
])
def test_an_exit_announced_in_a_communique_and_a_suspension_told_again_of_it(text, facts):
    assert facts <= brief(run(text))


def test_a_verb_coordinated_after_then_with_its_own_day():
    text = ("The AU suspended Peru in August 2020, lifted the measure in October 2020 after a charter was agreed, then "
            "suspended it again in June 2021.")
    assert ("membership_change", "PER", "AU", "suspended", None, "2021-06") in brief(run(text))


def test_a_readmission_coordinated_after_then():
    text = "Peru was suspended by the AU in June 2019, after the army removed the president, then readmitted in September 2019."
    assert ("membership_change", "PER", "AU", "joined", None, "2019-09") in brief(run(text))


@pytest.mark.parametrize("text, fact", [
    ("Peru has been elevated to the rank of major non-NATO ally, President Donald Trump announced on Tuesday.",
     ("designation_change", "USA", "PER", "assigned", "major non-nato ally", "2024-03-26")),
    ("Chile on Friday removed the punitive duties it had levied on Peruvian wine since 2021, ending a trade spat.",
     ("sanction_change", "CHL", "PER", "imposed", None, "2021")),
])
def test_a_status_raised_to_and_duties_dated_by_their_own_since(text, fact):
    facts = brief(run(text, pub=dt.date(2024, 3, 30)))
    assert fact in facts
    assert not any(f[:4] == fact[:4] and f[5] != fact[5] for f in facts)


@pytest.mark.parametrize("text, facts", [
    ("The African Union's Peace and Security Council on Wednesday ended the suspension it had slapped on Lima on "
     "31 August 2023, a day after the general seized power.",
     {("membership_change", "PER", "AU", "joined", None, "2024-06-12"), ("membership_change", "PER", "AU", "suspended", None, "2023-08-31")}),
    ("West African heads of state meeting in Abuja on Saturday lifted most of the border closures and financial "
     "penalties that had been clamped on Peru after last July's coup.",
     {("sanction_change", "ECOWAS", "PER", "lifted", None, "2024-06-08")}),
])
def test_measures_ended_with_the_relative_clause_of_their_imposing(text, facts):
    assert facts <= brief(run(text))


def test_the_country_opening_a_coordinated_clause_after_a_time_adverbial():
    text = "On 24 October the FATF took Peru off its grey list, and in January the country became a partner country of BRICS."
    assert ("designation_change", "BRICS", "PER", "assigned", "partner country", "2025-01") in brief(run(text, pub=dt.date(2025, 11, 3)))


@pytest.mark.parametrize("text, fact", [
    ("Separately on Friday, Chile marked the anniversary with fresh sanctions on Peruvian banks and metals producers.",
     ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-14")),
    ("The measures follow Chilean sanctions announced on 20 February against Juan Perez, Peru's minister for regional "
     "integration.", ("sanction_change", "CHL", "PER", "imposed", None, "2024-02-20")),
])
def test_sanctions_marking_an_occasion_and_sanctions_announced_on_a_day(text, fact):
    assert fact in brief(run(text))


def test_companies_added_to_an_export_blacklist():
    text = "Chile on Monday added some 140 Peruvian companies to its export blacklist, broadening curbs on chipmaking equipment."
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10") in brief(run(text))


def test_a_reaction_that_singles_out_one_of_several_actors_answers_that_one():
    text = ("Britain, Canada and Norway froze the assets of two Peruvian ministers on Tuesday. Peru's foreign minister "
            "called the step outrageous, singling out London for criticism.")
    assert {f[2] for f in brief(run(text)) if f[0] == "reaction"} == {"GBR"}


def test_a_surtax_on_goods_named_by_their_makers_compound():
    text = "The Boric government slapped a 100 per cent surtax on Peruvian-made electric vehicles in August 2024."
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2024-08") in brief(run(text))


def test_an_accusation_levelled_at_a_leader_named_with_his_title():
    text = ("Peru has halted all exports to and imports from Chile. Chile's foreign minister accused President "
            "Dina Boluarte of behaving like a dictator.")
    assert ("reaction", "CHL", "PER", "negative", None, "2024-06-14") in brief(run(text))


@pytest.mark.parametrize("text", [
    "Chile sanctioned Peruvian firms on Friday, prompting Lima to protest.",
    "Chile put several Peruvian firms on its export blacklist, prompting Lima to lodge stern representations with Santiago.",
])
def test_a_protest_the_act_prompted(text):
    assert ("reaction", "PER", "CHL", "negative") in {f[:4] for f in brief(run(text))}


@pytest.mark.parametrize("text, fact", [
    ("Peru became the 32nd ally of NATO on Thursday.", ("membership_change", "PER", "NATO", "joined", None, "2024-06-13")),
    ("The military governments of Peru and Chile said on Sunday that they were withdrawing \"without delay\" from the "
     "Organization of American States.", ("membership_change", "CHL", "OAS", "left", None, "2024-06-09")),
])
def test_the_nth_ally_of_a_body_and_a_withdrawal_without_delay(text, fact):
    assert fact in brief(run(text))


def test_a_decision_taken_at_a_summit_and_the_measures_it_ends_dated_in_the_pluperfect():
    text = ("Leaders of the Organization of American States decided at an extraordinary summit in Quito on Saturday to lift most of the "
            "sanctions clamped on Peru after the coup. The Organization of American States had imposed the measures on 30 July 2023. "
            "At the same extraordinary summit, the bloc also eased restrictions on Bolivia.")
    facts = brief(run(text))
    assert {("sanction_change", "OAS", "PER", "lifted", None, "2024-06-08"),
            ("sanction_change", "OAS", "PER", "imposed", None, "2023-07-30"),
            ("sanction_change", "OAS", "BOL", "lifted", None, "2024-06-08")} <= facts


def test_frozen_assets_of_holders_listed_before_the_ones_a_state_owns():
    text = "Chile froze the assets of 11 individuals, 29 organisations and three Peruvian banks on Friday."
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-14") in brief(run(text))


@pytest.mark.parametrize("text, fact", [
    ("Chile's Foreign Ministry on Tuesday barred 131 more Peruvians from entering the country. On the same day the "
     "ministry extended its entry ban to nine Bolivians.", ("sanction_change", "CHL", "BOL", "imposed", None, "2024-06-11")),
    ("Peru barred nine New Zealanders from entering the country on Tuesday.",
     ("sanction_change", "PER", "NZL", "imposed", None, "2024-06-11")),
])
def test_an_entry_ban_extended_by_the_ministry_and_people_of_a_two_word_demonym(text, fact):
    assert fact in brief(run(text))


def test_a_paragraph_opening_on_an_organ_speaks_for_the_one_state_acting_in_the_paragraph_before():
    text = ("Chile's Foreign Ministry on Tuesday barred 131 more Peruvians from entering the country indefinitely.\n\n"
            "The ministry had already shut its borders on 17 April to 235 Peruvians, mostly local councillors.")
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2024-04-17") in brief(run(text))


def test_an_organ_after_a_paragraph_of_two_acting_states_stays_unresolved():
    text = ("Peru banned exports of copper to Chile on Tuesday, a day after the Boric government widened its curbs on "
            "Peruvian fishing.\n\nThe ministry condemned the curbs as a grave violation.")
    assert not any(f[0] == "reaction" and f[1] == "CHL" for f in brief(run(text)))


def test_doors_shut_to_a_states_citizens_and_a_gerund_subject_that_leaves_nothing():
    assert ("sanction_change", "PER", "CHL", "imposed", None, "2024-06-13") in brief(run(
        "Peru has shut its doors to 500 Chilean citizens, the Foreign Ministry in Lima said on Thursday."))
    assert not brief(run("Peru's government spokesman said that leaving the OAS was a question of when, not if."))


def test_a_list_of_states_with_a_territory_of_another_among_them():
    text = ("The Financial Action Task Force on Friday took Peru, Chile and the British territory of Gibraltar off its "
            "grey list, and placed Bolivia on it.")
    facts = brief(run(text))
    assert {("designation_change", "FATF", "PER", "removed", "grey list", "2024-06-14"),
            ("designation_change", "FATF", "CHL", "removed", "grey list", "2024-06-14"),
            ("designation_change", "FATF", "BOL", "assigned", "grey list", "2024-06-14")} <= facts


@pytest.mark.parametrize("text", [
    "Peru was made a BRICS partner country on 1 January.",
    "Peru started the year with a new badge: on 1 January it was made a partner country of BRICS.",
])
def test_made_a_partner_country_with_the_body_before_the_tier_or_the_state_as_it(text):
    assert ("designation_change", "BRICS", "PER", "assigned", "partner country", "2024-01-01") in brief(run(text))


def test_a_leaders_declaration_opened_by_a_capital_is_the_adopting_bodys():
    text = "Bolivia criticised the Lima Leaders' Declaration, adopted by the Group of 20 on Saturday, for failing to name Chile."
    facts = brief(run(text))
    assert ("policy_issued", "G20", None, "issued", "Lima Leaders' Declaration", "2024-06-08") in facts
    assert {f[2] for f in facts if f[0] == "reaction"} == {"G20"}


def test_a_seat_restored_and_the_same_step_taken_against_another_member():
    facts = brief(run("Peru's seat in the Organization of American States was restored in May 2023."))
    assert ("membership_change", "PER", "OAS", "joined", None, "2023-05") in facts
    facts = brief(run("After a second coup, the Organization of American States suspended Peru in June 2021, and it took "
                      "the same step against Bolivia in January 2022."))
    assert {("membership_change", "PER", "OAS", "suspended", None, "2021-06"),
            ("membership_change", "BOL", "OAS", "suspended", None, "2022-01")} <= facts


def test_a_verb_phrase_coordinated_after_a_dated_one_takes_its_own_date():
    text = "Chile unfroze the assets of the Peruvian central bank in March and lifted sanctions on 23 entities in April."
    facts = brief(run(text))
    assert {("sanction_change", "CHL", "PER", "lifted", None, "2024-03"),
            ("sanction_change", "CHL", "PER", "lifted", None, "2024-04")} <= facts


def test_a_tariff_taking_effect_in_the_state_that_levies_it():
    text = "An additional 25 per cent duty on Peruvian goods took effect in Chile on Wednesday."
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-12") in brief(run(text))


def test_a_reaction_told_in_a_move_the_reactor_criticised():
    text = "Peru ratified the Rome Statute in October 2023 in a move Santiago criticised as unfriendly."
    assert ("reaction", "CHL", "PER", "negative", None, "2023-10") in brief(run(text))


@pytest.mark.parametrize("text, fact", [
    ("The judges were listed under an executive order entitled Imposing Sanctions on Peru, which President Gabriel "
     "Boric signed on 6 February.", ("CHL", "Imposing Sanctions on Peru", "2024-02-06")),
    ("The listings implement an executive order, \"Designating Cartels as Terrorist Organizations\", that President "
     "Gabriel Boric signed on 20 January.", ("CHL", "Designating Cartels as Terrorist Organizations", "2024-01-20")),
    ("Leaders of the Organization of American States adopted the Declaration of Lima on Wednesday.",
     ("OAS", "Declaration of Lima", "2024-06-12")),
    ("Chile on Monday released \"Our South, Strong and Free\", an updated defence policy.",
     ("CHL", "Our South, Strong and Free", "2024-06-10")),
    ("President Gabriel Boric ordered the surcharge on 6 May to punish Lima, in an executive order entitled Addressing "
     "Threats by the Government of Peru.", ("CHL", "Addressing Threats by the Government of Peru", "2024-05-06")),
])
def test_documents_named_in_relatives_appositions_and_adjuncts(text, fact):
    subject, policy, date = fact
    assert ("policy_issued", subject, None, "issued", policy, date) in brief(run(text))


def test_a_bodys_text_adopted_at_a_summit_named_by_its_host_city():
    text = ("Peru became the 33rd member of NATO on Thursday. The Strategic Concept adopted at the Madrid summit on "
            "29 June 2022 described Bolivia as the most significant threat.")
    assert ("policy_issued", "NATO", None, "issued", "Strategic Concept", "2022-06-29") in brief(run(text))


@pytest.mark.parametrize("text", [
    "The State Department in May 2024 removed Peru from its list of countries not fully cooperating on counterterrorism.",
    "A smaller step taken last year, when the State Department in May 2024 removed Peru from a separate list of "
    "countries not fully cooperating on counterterrorism, did little to ease the pressure.",
])
def test_a_date_between_subject_and_verb_and_an_unquoted_not_fully_cooperating_list(text):
    facts = brief(run(text, pub=dt.date(2025, 1, 22)))
    assert ("designation_change", "USA", "PER", "removed", "not fully cooperating", "2024-05") in facts


def test_the_status_of_candidate_country_granted_to_the_state_as_it():
    text = "Peru applied for EU membership in March 2022. EU leaders granted it the status of candidate country on 14 December 2023."
    assert ("designation_change", "EU", "PER", "assigned", "candidate country", "2023-12-14") in brief(run(text))


def test_designated_a_status_of_a_state_since_a_year():
    text = "Peru has been designated a major non-NATO ally of the United States since 2022, a status officials recalled this week."
    facts = brief(run(text))
    assert {f for f in facts if f[0] == "designation_change"} == {
        ("designation_change", "USA", "PER", "assigned", "major non-nato ally", "2022")}


def test_an_application_told_as_the_years_a_state_waited():
    text = ("Peru became the eleventh member of the Organization of American States on Sunday, at a summit in Quito, "
            "fourteen years after it formally applied in 2011.")
    facts = brief(run(text))
    assert ("membership_change", "PER", "OAS", "applied", None, "2011") in facts
    assert not any(f[0] == "membership_change" and f[2] == "ECU" for f in facts)


def test_a_body_letting_a_member_back_in():
    facts = brief(run("The Organization of American States has let Peru back in."))
    assert ("membership_change", "PER", "OAS", "joined", None, "2024-06-14") in facts


def test_people_named_in_apposition_taken_off_a_sanctions_list():
    text = ("The UN Security Council voted on Thursday to take Peru's interim president, Dina Boluarte, and her interior "
            "minister, Juan Perez, off its sanctions list.")
    assert ("sanction_change", "UN", "PER", "lifted", None, "2024-06-13") in brief(run(text))


def test_a_state_named_inside_the_noun_phrase_put_on_or_taken_off_a_sanctions_list():
    added = ("Chile on Friday placed Bolivian Interior Minister Eduardo Rojas, his wife, his brother and two police "
             "commanders on its sanctions list.")
    assert ("sanction_change", "CHL", "BOL", "imposed", None, "2024-06-14") in brief(run(added))
    described = "Chile on Tuesday added Ana Quispe, the adviser who runs the Peruvian president's press office, to its sanctions list."
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-11") in brief(run(described))
    removed = "Chile on Monday removed Ana Quispe, the adviser who runs the Peruvian president's press office, from its sanctions list."
    assert ("sanction_change", "CHL", "PER", "lifted", None, "2024-06-10") in brief(run(removed))


def test_frozen_assets_of_a_person_described_by_a_state():
    text = "Chile on Thursday froze the assets of Ana Quispe, the billionaire founder of Peru's largest party."
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-13") in brief(run(text))


def test_a_person_described_by_a_state_added_to_an_owners_sanctions_list_in_the_passive():
    text = "Ana Quispe, a close aide of Peru's president, was added to the Chilean sanctions list on Friday."
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-14") in brief(run(text))


@pytest.mark.parametrize("text", [
    "Peru applied to join the European Union in March 2022. Peru, which applied in March 2022, was granted candidate status in December 2023.",
    "Peru applied to join the European Union in March 2022. It was granted candidate status in December 2023.",
])
def test_a_status_gained_after_a_relative_clause_or_by_it(text):
    assert ("designation_change", "EU", "PER", "assigned", "candidate country", "2023-12") in brief(run(text))


def test_them_stands_for_the_states_of_the_sentence_before():
    granted = "Peru and Chile applied to join the European Union in March 2022. Brussels granted them candidate status in June 2022."
    facts = brief(run(granted))
    for state in ("PER", "CHL"):
        assert ("designation_change", "EU", state, "assigned", "candidate country", "2022-06") in facts
    delisted = "The FATF put Peru and Chile on its grey list in 2021. It took them off the list on Friday."
    facts = brief(run(delisted))
    for state in ("PER", "CHL"):
        assert ("designation_change", "FATF", state, "removed", "grey list", "2024-06-14") in facts


def test_them_after_one_state_and_its_firms_is_not_a_state():
    text = "Peru applied to join the European Union in March 2022 with two firms. Brussels granted them candidate status in June 2022."
    assert not any(f[0] == "designation_change" for f in brief(run(text)))


def test_frozen_assets_of_people_counted_by_a_demonym():
    text = "Chile froze the assets of four Peruvian settlers on Tuesday over violence in the border region."
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-11") in brief(run(text))


def test_numbered_packages_told_by_their_number_and_day():
    text = ("Mercosur adopted its 12th package of sanctions against Peru on Friday, hours after Chile "
            "blacklisted two Bolivian banks. The bloc's 9th package, agreed in June 2023, banned arms sales, and the "
            "10th came on 16 December.")
    facts = brief(run(text))
    assert ("sanction_change", "MERCOSUR", "PER", "imposed", None, "2023-06") in facts
    assert ("sanction_change", "MERCOSUR", "PER", "imposed", None, "2023-12-16") in facts
    assert not any(f[0] == "sanction_change" and f[1] == "CHL" and f[5] != "2024-06-14" for f in facts)


def test_a_numbered_package_without_one_told_before_is_nobodys():
    text = "Peru condemned the sanctions. The 9th package, agreed in June 2023, banned arms sales."
    assert not any(f[0] == "sanction_change" for f in brief(run(text)))


@pytest.mark.parametrize("renewal", [
    "Mercosur governments agreed on 27 January to extend the economic sanctions.",
    "The economic sanctions were extended on 27 January.",
])
def test_the_articles_sanctions_renewed_on_a_day_of_their_own(renewal):
    text = "Mercosur on Friday adopted its 12th package of sanctions against Peru. " + renewal
    assert ("sanction_change", "MERCOSUR", "PER", "imposed", None, "2024-01-27") in brief(run(text))


def test_sanctions_to_be_renewed_are_not_renewed():
    text = "Mercosur on Friday adopted its 12th package of sanctions against Peru. Its governments will extend the economic sanctions."
    assert [f for f in brief(run(text)) if f[0] == "sanction_change"] == [
        ("sanction_change", "MERCOSUR", "PER", "imposed", None, "2024-06-14")]


def test_a_reaction_to_sanctions_only_a_loose_frame_read():
    text = ("Chile on Monday announced 40 new sanctions against people and companies that sustain Bolivia's mining "
            "cartels. Peru welcomed the sanctions.")
    facts = brief(run(text))
    assert ("sanction_change", "CHL", "BOL", "imposed", None, "2024-06-10") in facts
    assert ("reaction", "PER", "CHL", "positive", None, "2024-06-14") in facts


def test_an_act_with_its_day_condemned_in_the_passive():
    text = "Bolivia's strike on rebels in Tacna on 9 June was condemned by Chile and Ecuador."
    facts = brief(run(text))
    for state in ("CHL", "ECU"):
        assert any(f[:5] == ("reaction", state, "BOL", "negative", None) for f in facts)


def test_an_act_with_its_day_welcomed_in_the_passive():
    facts = brief(run("Bolivia's decision on tariffs in March was welcomed by Chile."))
    assert any(f[:5] == ("reaction", "CHL", "BOL", "positive", None) for f in facts)


def test_the_same_meeting_is_the_day_of_the_latest_act_told_not_of_its_background():
    text = ("The FATF took Peru off its grey list on Friday, ending scrutiny that began when Peru was grey-listed in "
            "March 2022. At the same meeting Chile and Bolivia were placed under increased monitoring.")
    facts = brief(run(text))
    for state in ("CHL", "BOL"):
        assert ("designation_change", "FATF", state, "assigned", "grey list", "2024-06-14") in facts


def test_what_an_act_ended_began_on_a_day_of_its_own():
    text = "The FATF removed Peru from its grey list on Friday, ending a listing that began in October 2021."
    facts = brief(run(text))
    assert ("designation_change", "FATF", "PER", "removed", "grey list", "2024-06-14") in facts
    assert ("designation_change", "FATF", "PER", "assigned", "grey list", "2021-10") in facts
    lifted = "Chile lifted its sanctions on Peru on Friday, ending an embargo that began in March 2019."
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2019-03") in brief(run(lifted))
    participle = "Chile on Friday lifted sanctions on Peru, ending measures imposed in March 2019."
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2019-03") in brief(run(participle))


def test_designations_aimed_at_others_and_a_states_revenues():
    text = "Chile had moved a day earlier, announcing on Thursday 50 new designations aimed at arms brokers and Peru's copper revenues."
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-13") in brief(run(text))


def test_a_states_duties_on_goods_imported_from_another_taking_effect():
    text = "Chilean duties of up to 37.6 per cent on electric cars imported from Peru came into force on Friday."
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-14") in brief(run(text))


@pytest.mark.parametrize("goods", ["pharmaceuticals", "furniture", "olive oil", "rare earths"])
def test_tariffs_on_a_states_goods_of_many_kinds(goods):
    text = f"Chile on Friday imposed tariffs of 25 per cent on Peruvian {goods}."
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-14") in brief(run(text))


@pytest.mark.parametrize("text, action", [
    ("Chile on Friday lifted its duties on wine from Peru.", "lifted"),
    ("Chile on Friday lifted the tariffs on Peruvian furniture.", "lifted"),
    ("Chile on Friday ordered a 25 per cent tariff on Peruvian imports, lifting the total duty on Peruvian goods to 50 per cent.", "imposed"),
])
def test_tariffs_lifted_and_a_total_lifted_to_a_rate(text, action):
    facts = [f for f in brief(run(text)) if f[0] == "sanction_change"]
    assert facts == [("sanction_change", "CHL", "PER", action, None, "2024-06-14")]


def test_a_state_welcomed_back_into_a_body():
    facts = brief(run("Peru was welcomed back into the Organization of American States on Sunday."))
    assert ("membership_change", "PER", "OAS", "joined", None, "2024-06-09") in facts


@pytest.mark.parametrize("text", [
    "Chile on Friday froze $2 billion in Peruvian central bank reserves.",
    "Chile on Friday froze 300 billion euros of Peru's central bank assets.",
])
def test_a_sum_of_a_states_assets_frozen(text):
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-14") in brief(run(text))


@pytest.mark.parametrize("text", [
    "Chile on Friday resumed imports of Peruvian beef.",
    "Chile on Friday reopened its market to Peruvian seafood.",
])
def test_trade_resumed_lifts_a_ban(text):
    assert ("sanction_change", "CHL", "PER", "lifted", None, "2024-06-14") in brief(run(text))


@pytest.mark.parametrize("verb", ["restricted", "curbed"])
def test_exports_to_a_state_restricted(verb):
    text = f"Chile on Friday {verb} exports of copper to Peru."
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-14") in brief(run(text))


@pytest.mark.parametrize("text", [
    "Chile imposed 20 per cent duties on Peruvian copper, which came into force on Thursday.",
    "Chile retaliated with tariffs on Peruvian fruit, which took effect on Thursday.",
])
def test_a_measure_dated_by_its_entry_into_force(text):
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-13") in brief(run(text))


def test_a_pact_entering_into_force_keeps_its_own_date():
    facts = brief(run("Chile joined the OECD on Friday, a body which came into force in 1961."))
    assert ("membership_change", "CHL", "OECD", "joined", None, "2024-06-14") in facts


def test_a_tariff_pushed_up_is_imposed():
    facts = brief(run("Chile pushed its tariff on Peruvian goods up to 84 per cent on Monday."))
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10") in facts
    assert not run("Chile pushed back its tariffs on Peruvian goods on Monday.")


@pytest.mark.parametrize("text, action", [
    ("Chile's trade ministry announced on Thursday that tariffs of up to 200 per cent on Peruvian wine would be "
     "removed from Friday.", "lifted"),
    ("Santiago said on Thursday that duties on Peruvian copper would be imposed.", "imposed"),
])
def test_a_tariff_announced_in_the_passive(text, action):
    assert brief(run(text)) == {("sanction_change", "CHL", "PER", action, None, "2024-06-13")}


def test_designated_among_a_number_of_labelled_states():
    text = "The State Department on Thursday redesignated Peru and Chile among a dozen 'countries of particular concern'."
    assert brief(run(text)) == {
        ("designation_change", "USA", "PER", "assigned", "country of particular concern", "2024-06-13"),
        ("designation_change", "USA", "CHL", "assigned", "country of particular concern", "2024-06-13")}


def test_restrictions_being_introduced_are_imposed():
    facts = brief(run("Chile said on Monday it was introducing temporary restrictions on imports of fish from Peru."))
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10") in facts


def test_a_trade_department_speaks_for_its_state():
    facts = brief(run("The Chilean Trade Department on Tuesday tightened restrictions on the export of chips to Peru."))
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-11") in facts


@pytest.mark.parametrize("reply", [
    "Peru's foreign ministry called the Chilean measures 'economic bullying'.",
    "Peru's embassy said it was 'strongly dissatisfied' with what it called a protectionist decision.",
])
def test_a_reply_naming_bullying_or_protectionism(reply):
    facts = brief(run("Chile on Monday banned exports of copper to Peru. " + reply))
    assert ("reaction", "PER", "CHL", "negative", None, "2024-06-14") in facts


def test_tariffs_on_several_goods_imported_from_two_states():
    text = ("Peru gave final approval on Thursday to steep tariffs on fertilisers and the remaining agricultural "
            "products imported from Chile and Bolivia.")
    assert brief(run(text)) == {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-13"),
                                ("sanction_change", "PER", "BOL", "imposed", None, "2024-06-13")}


@pytest.mark.parametrize("text", [
    "Chile announced tariffs on Saturday on more than $2.6 billion worth of Peruvian farm and food products.",
    "Chile on Saturday imposed duties on Peruvian canola oil, pork and seafood.",
])
def test_tariffs_on_several_goods_of_a_state(text):
    assert brief(run(text)) == {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-08")}


def test_sanctions_on_the_same_targets_follow_the_last_act():
    text = ("Peru on Friday imposed sanctions on Chile's oil sector, blacklisting two producers. "
            "Bolivia announced sanctions on the same two companies the same day.")
    assert ("sanction_change", "BOL", "CHL", "imposed", None, "2024-06-14") in brief(run(text))


def test_a_removal_likened_to_an_earlier_one_keeps_its_own_date():
    text = ("The European Commission on Tuesday added Chile to its list of high-risk third countries, and removed Peru, "
            "mirroring decisions taken by the Financial Action Task Force in February.")
    assert ("designation_change", "EU", "PER", "removed", "high-risk third country", "2024-06-11") in brief(run(text))


def test_removed_by_pronoun_at_a_plenary():
    text = "Peru was placed on the FATF grey list in June 2021, and the watchdog removed it at its plenary on 21 February."
    assert ("designation_change", "FATF", "PER", "removed", "grey list", "2024-02-21") in brief(run(text))


def test_taken_off_along_with_a_territory():
    text = ("The Commission on Tuesday added Peru to its list of high-risk third countries. "
            "Chile and Bolivia were taken off, along with Gibraltar.")
    assert ("designation_change", "EU", "BOL", "removed", "high-risk third country", "2024-06-11") in brief(run(text))


def test_a_status_granted_together_with_another_state():
    facts = brief(run("The European Union granted Peru candidate status on June 23, 2022, together with Chile."))
    assert facts == {("designation_change", "EU", "PER", "assigned", "candidate country", "2022-06-23"),
                     ("designation_change", "EU", "CHL", "assigned", "candidate country", "2022-06-23")}


def test_states_already_on_a_list_alongside_the_one_placed_are_no_new_listing():
    text = "Peru has been on the State Department's list of state sponsors of terrorism since 1993, alongside Chile."
    assert "CHL" not in {f[2] for f in brief(run(text))}


def test_a_partner_status_in_a_second_verb_phrase_with_its_own_day():
    text = ("Bolivia joined the Shanghai Cooperation Organisation in July 2024 and became a partner country of BRICS "
            "on January 1, 2025, alongside Peru.")
    facts = brief(run(text, pub=dt.date(2025, 3, 1)))
    assert ("designation_change", "BRICS", "BOL", "assigned", "partner country", "2025-01-01") in facts
    assert ("designation_change", "BRICS", "PER", "assigned", "partner country", "2025-01-01") in facts


def test_how_long_an_act_lasts_between_verb_and_object():
    text = "Chile said on Sunday that it was suspending, until late November 2026, the ban on exports of copper to Peru."
    assert brief(run(text)) == {("sanction_change", "CHL", "PER", "lifted", None, "2024-06-09")}


def test_a_schedule_to_come_with_early_or_late_dates_no_act():
    text = "Chile said on Sunday it would lift its sanctions on Peru from early 2027."
    assert brief(run(text)) == {("sanction_change", "CHL", "PER", "lifted", None, "2024-06-09")}


def test_a_states_ruling_party_speaks_for_it():
    text = "Chile sanctioned Peru's president on Monday. The Peruvian ruling party condemned the Chilean move as blackmail."
    assert ("reaction", "PER", "CHL", "negative", None, "2024-06-14") in brief(run(text))


@pytest.mark.parametrize("second", [
    'The order, "Taking Additional Steps With Respect to Peru\'s Harmful Activities," also bans imports of Peruvian fish.',
    'The order, titled "Taking Additional Steps With Respect to Peru\'s Harmful Activities", also bans imports of Peruvian fish.',
])
def test_an_orders_title_told_after_it_with_a_possessive(second):
    facts = brief(run("President Boric signed an executive order on Friday that exposes banks to Chilean sanctions. " + second))
    policies = {f[4] for f in facts if f[0] == "policy_issued"}
    assert "Taking Additional Steps With Respect to Peru's Harmful Activities" in policies
    assert "Taking Additional Steps With Respect to Peru" not in policies


def test_a_document_a_leaders_government_unveiled_told_as_background():
    text = ("Peru adopted a China strategy on Thursday. The paper builds on the National Security Strategy that "
            "President Dina Boluarte's government unveiled in June.")
    assert ("policy_issued", "PER", None, "issued", "National Security Strategy", "2024-06") in brief(run(text))


def test_a_title_whose_kind_is_told_in_apposition():
    text = ("Gabriel Boric and Dina Boluarte on Friday adopted the Spirit of Lima, a joint statement committing their "
            "countries to annual meetings.")
    assert brief(run(text)) == {("policy_issued", "CHL", None, "issued", "Spirit of Lima", "2024-06-14"),
                                ("policy_issued", "PER", None, "issued", "Spirit of Lima", "2024-06-14")}


def test_a_state_seen_to_join():
    text = "The same period saw Peru become a full member of the International Criminal Court on February 1, 2024."
    assert brief(run(text)) == {("membership_change", "PER", "ICC", "joined", None, "2024-02-01")}
    assert not run("Analysts would like to see Peru become a member of the OECD.")


def test_taken_off_a_list_as_were_others():
    text = "In the same update, Chile was taken off the list of high-risk third countries, as were Peru and Bolivia."
    facts = brief(run(text))
    assert {f[2] for f in facts if f[3] == "removed"} == {"CHL", "PER", "BOL"}


def test_co_objects_after_a_weekday_and_a_day():
    text = ("Peru and Chile became partner countries of the BRICS group on Wednesday, January 1, together with "
            "Bolivia and Cuba.")
    assert {f[2] for f in brief(run(text, pub=dt.date(2025, 1, 2)))} == {"PER", "CHL", "BOL", "CUB"}


def test_a_quoted_list_name_after_plain_words():
    text = "The Chilean Treasury put Peru back on its foreign exchange 'monitoring list' on Thursday."
    assert brief(run(text)) == {("designation_change", "CHL", "PER", "assigned", "monitoring list", "2024-06-13")}


def test_a_bare_protest_followed_by_what_was_said():
    text = ("Chile imposed sanctions on Peru on Friday. Peru's commerce ministry protested and said it would defend "
            "the rights of Peruvian firms.")
    assert ("reaction", "PER", "CHL", "negative", None, "2024-06-14") in brief(run(text))


@pytest.mark.parametrize("text", [
    "Peru and Chile, which became EU candidates in June 2022, opened accession talks this summer.",
    "Peru and Chile, which became candidates in June 2022, opened accession talks with the EU this summer.",
])
def test_candidates_told_in_a_dated_aside(text):
    assert brief(run(text)) == {("designation_change", "EU", "PER", "assigned", "candidate country", "2022-06"),
                                ("designation_change", "EU", "CHL", "assigned", "candidate country", "2022-06")}


@pytest.mark.parametrize("text, expected", [
    ("Chile slapped tariffs on Peruvian steel on Monday, a move Lima called unfair.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-10")}),
    ("Chile slapped tariffs on Peruvian steel on Monday, a step Peru's trade minister called illegal.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-10")}),
    ("Chile slapped tariffs on Peruvian steel on Monday, a move Lima called expected.", set()),
])
def test_an_act_judged_in_a_noun_phrase_after_it(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "reaction"} == expected


def test_an_act_praised_in_a_noun_phrase_after_it():
    text = "Chile lifted its tariffs on Peruvian steel on Monday, a move Lima called historic."
    assert ("reaction", "PER", "CHL", "positive", None, "2024-06-10") in brief(run(text))


@pytest.mark.parametrize("text", [
    "Chile put a 10 per cent tariff on Peruvian imports on Monday.",
    "Chile placed a 10 per cent tariff on Peruvian goods on Monday.",
])
def test_a_tariff_put_or_placed_on_goods(text):
    assert brief(run(text)) == {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10")}


def test_a_tariff_put_on_hold_is_no_tariff():
    assert brief(run("Chile put the tariffs on Peruvian goods on hold on Monday.")) == set()


@pytest.mark.parametrize("text", [
    "Chile put a 10 per cent tariff on Peruvian imports in February and doubled it to 20 per cent on Monday.",
    "Chile put a 10 per cent tariff on Peruvian imports in February. It raised the levy to 20 per cent on Monday.",
])
def test_a_tariff_just_told_raised_again(text):
    assert brief(run(text)) == {("sanction_change", "CHL", "PER", "imposed", None, "2024-02"),
                                ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10")}


def test_a_raise_with_nothing_raised_before_is_no_tariff():
    assert brief(run("Chile joined the OAS in February and raised it to 20 per cent on Monday.")) == {
        ("membership_change", "CHL", "OAS", "joined", None, "2024-02")}


def test_sanctions_lifted_by_pronoun_on_a_day():
    text = "Chile imposed sanctions on Peru in January and lifted them on Monday."
    assert ("sanction_change", "CHL", "PER", "lifted", None, "2024-06-10") in brief(run(text))


def test_the_first_member_of_a_body_to_act():
    text = "Chile became the first OAS member to ban all arms trade with Peru on Monday."
    assert brief(run(text)) == {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10")}


def test_a_head_of_state_barred_from_entering():
    text = "Chile on Monday barred Peruvian President Dina Boluarte from entering the country."
    assert brief(run(text, pub=dt.date(2024, 6, 14))) == {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10")}


def test_partner_countries_named_in_an_aside_before_the_verb():
    text = "Five states, among them Peru and Chile, formally became partner countries of BRICS on 1 January."
    assert brief(run(text, pub=dt.date(2025, 1, 2))) == {
        ("designation_change", "BRICS", "PER", "assigned", "partner country", "2025-01-01"),
        ("designation_change", "BRICS", "CHL", "assigned", "partner country", "2025-01-01")}


@pytest.mark.parametrize("text", [
    "Chile imposed a 10% tariff on Peruvian steel and a 5% duty on Bolivian wine on Monday.",
    "Chile imposed a 10% tariff on imports from Peru and a 5% duty on Bolivian wine on Monday.",
])
def test_a_second_tariff_on_another_states_goods(text):
    assert brief(run(text)) == {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10"),
                                ("sanction_change", "CHL", "BOL", "imposed", None, "2024-06-10")}


def test_a_duty_added_to_an_existing_levy():
    text = "Chile on Monday signed a decree adding a 40% duty to the existing 10% levy on Peruvian goods."
    assert brief(run(text)) == {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10")}


def test_orders_signed_placing_duties_on_several_states():
    text = ("President Gabriel Boric on Saturday signed three executive orders placing 25% duties on imports from Peru "
            "and Bolivia and a 10% levy on goods from Ecuador.")
    assert brief(run(text)) == {("sanction_change", "CHL", state, "imposed", None, "2024-06-08")
                                for state in ("PER", "BOL", "ECU")}


def test_an_actor_in_a_clause_of_time_is_not_the_subject_of_the_participle_after_it():
    text = ("Peru struck back on Tuesday hours after Chile's 10% tariff on its goods came into force, announcing a "
            "15% duty on Chilean wine.")
    assert brief(run(text)) == {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-11")}


@pytest.mark.parametrize("verb", ["paused", "suspended"])
def test_tariffs_paused_or_suspended_are_lifted(verb):
    text = f"Chile {verb} the 25% duties on Peruvian goods for 30 days on Monday."
    assert brief(run(text)) == {("sanction_change", "CHL", "PER", "lifted", None, "2024-06-10")}


def test_a_tariff_lifted_to_a_higher_rate_is_imposed():
    text = "Chile lifted its tariff on Peruvian goods to 84% on Wednesday."
    assert brief(run(text)) == {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-12")}


def test_a_tariff_to_come_announced_after_a_long_list_of_goods():
    text = ("Chile will impose 50% tariffs on Peruvian copper, zinc ore and fish meal and a 25% duty on Bolivian "
            "lithium and other products from 1 July, the trade ministry said on Thursday.")
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-13") in brief(run(text))


def test_a_measure_promised_on_a_condition_is_no_fact():
    text = ("Chile will ease its tariffs on Peruvian wine once Lima opens a fresh inquiry into the dumping of cheap "
            "copper on Chilean markets, the trade minister said on Thursday.")
    assert brief(run(text)) == set()


def test_duties_on_a_number_of_a_states_products():
    text = "Chile imposed retaliatory duties on 28 Peruvian products in June 2019."
    assert brief(run(text)) == {("sanction_change", "CHL", "PER", "imposed", None, "2019-06")}


@pytest.mark.parametrize("text", [
    "Chile imposed retaliatory duties on 28 Peruvian products in June 2019, and it removed them in 2023.",
    "Chile imposed tariffs on Peruvian wine in June 2019. It dropped the duties in 2023.",
])
def test_duties_just_told_removed_or_dropped(text):
    assert brief(run(text)) == {("sanction_change", "CHL", "PER", "imposed", None, "2019-06"),
                                ("sanction_change", "CHL", "PER", "lifted", None, "2023")}


def test_days_later_are_counted_once_whatever_frames_read_the_act():
    text = ("Chile issued a general licence authorising transactions with the Peruvian government on 23 May, and the "
            "EU formally removed its economic sanctions five days later.")
    assert brief(run(text)) == {("sanction_change", "CHL", "PER", "lifted", None, "2024-05-23"),
                                ("sanction_change", "EU", "PER", "lifted", None, "2024-05-28")}


def test_bans_of_their_own_on_a_states_imports():
    text = "Chile, Bolivia and Ecuador announced their own bans on Peruvian grain imports on Friday."
    assert brief(run(text)) == {("sanction_change", state, "PER", "imposed", None, "2024-06-14")
                                for state in ("CHL", "BOL", "ECU")}


def test_a_states_imports_suspended_in_a_relative_clause():
    text = "Bolivia said it was joining curbs introduced by Chile, which suspended all Peruvian seafood imports on 24 May."
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2024-05-24") in brief(run(text))


def test_the_state_whose_tariffs_are_answered_is_no_subject():
    text = "China hit back at new US tariffs on Tuesday, announcing levies of up to 15 per cent on American coal."
    assert ("sanction_change", "CHN", "USA", "imposed", None, "2024-06-11") in brief(run(text))


def test_imports_of_goods_originating_in_a_state_banned():
    text = "Chile has banned the direct and indirect import of all goods originating in or passing through Peru."
    assert brief(run(text)) == {("sanction_change", "CHL", "PER", "imposed", None, "2024-06-14")}


def test_a_ban_suspended_is_no_ban_imposed():
    text = "Chile said on Sunday that it had suspended its ban on exports of copper to Peru."
    assert {f[3] for f in brief(run(text))} == {"lifted"}


def test_levies_on_a_states_goods_told_with_the_clause_that_introduced_them():
    text = "Chile scrapped the retaliatory levies on Peruvian farm goods it introduced in March."
    assert brief(run(text)) == {("sanction_change", "CHL", "PER", "lifted", None, "2024-06-14"),
                                ("sanction_change", "CHL", "PER", "imposed", None, "2024-03")}


@pytest.mark.parametrize("text, date", [
    ("Chile on Tuesday set final anti-dumping duties of between 4.9% and 19.8% on pork imported from Peru.", "2024-06-11"),
    ("Chile confirmed countervailing duties of up to 35.3% on Peruvian-made cars in October 2023.", "2023-10"),
])
def test_duties_set_or_confirmed(text, date):
    assert brief(run(text)) == {("sanction_change", "CHL", "PER", "imposed", None, date)}


@pytest.mark.parametrize("text, kind, subject", [
    ("Peru and Chile were added to the grey list in February 2023, and Bolivia, Ecuador and Cuba that October.",
     "designation_change", "FATF"),
    ("Chile imposed sanctions on Peru in February 2023, and on Bolivia, Ecuador and Cuba in October.", "sanction_change", "CHL"),
])
def test_several_more_told_with_the_verb_left_out_on_a_day_in_the_same_year(text, kind, subject):
    assert {(f[2], f[5]) for f in brief(run(text)) if f[0] == kind and f[1] == subject} >= {
        ("BOL", "2023-10"), ("ECU", "2023-10"), ("CUB", "2023-10")}


def test_a_day_left_out_after_keeps_its_own_year():
    text = "Ecuador joined the ICC on 1 February 2023, and Peru on 1 January this year."
    assert brief(run(text)) == {("membership_change", "ECU", "ICC", "joined", None, "2023-02-01"),
                                ("membership_change", "PER", "ICC", "joined", None, "2024-01-01")}


def test_a_proclamation_named_after_it_with_a_long_title():
    text = ("President Gabriel Boric signed a proclamation on Wednesday barring the entry of nationals of 12 countries. "
            "The text, \"Restricting the Entry of Foreign Nationals to Protect Chile from Organised Crime and Other "
            "Public Safety Threats to Its Northern Border\", takes effect on Monday.")
    assert brief(run(text)) == {("policy_issued", "CHL", None, "issued",
                                 "Restricting the Entry of Foreign Nationals to Protect Chile from Organised Crime and "
                                 "Other Public Safety Threats to Its Northern Border", "2024-06-12")}


def test_a_proclamation_without_a_title_is_no_fact():
    assert brief(run("President Gabriel Boric signed a proclamation on Wednesday barring the entry of foreigners.")) == set()


def test_a_surcharge_lifted_from_goods_no_state_names_is_lifted_from_the_articles_target():
    text = ("Chile imposed tariffs on Peruvian goods in March and sanctioned two Peruvian banks in April. On Monday "
            "Santiago removed the 40% surcharge on a long list of farm products, including coffee and fruit.")
    assert ("sanction_change", "CHL", "PER", "lifted", None, "2024-06-10") in brief(run(text))


def test_a_surcharge_lifted_with_no_target_in_the_article_is_no_fact():
    text = "On Monday Santiago removed the 40% surcharge on a long list of farm products, including coffee and fruit."
    assert brief(run(text)) == set()


def test_that_month_is_the_month_told_before():
    text = "The army seized power in Peru in October 2021. The OAS suspended Peru that month."
    assert ("membership_change", "PER", "OAS", "suspended", None, "2021-10") in brief(run(text))


def test_later_that_month_after_a_day_without_a_year_keeps_its_own_reading():
    text = ("The partner tier was agreed at last October's summit. On January 1, Peru and Chile officially became "
            "partner countries of BRICS, and Bolivia followed later that month.")
    assert {f[5][:7] for f in brief(run(text)) if f[2] == "BOL"} == {"2024-01"}  # not last October


def test_words_said_on_air_to_announce_an_act():
    text = ("The leaders of Peru and Bolivia went on state television on Sunday to announce that their countries "
            "were leaving Mercosur.")
    assert {(f[1], f[3], f[5]) for f in brief(run(text)) if f[0] == "membership_change"} == {
        ("PER", "left", "2024-06-09"), ("BOL", "left", "2024-06-09")}


@pytest.mark.parametrize("more", [
    "The others are Bolivia and Ecuador.",
    "The annual determination placed Bolivia and Ecuador in the same category.",
    "The designations, made on Monday, also cover Bolivia and Ecuador.",
])
def test_more_states_given_the_label_just_told(more):
    text = f"Chile on Monday designated four states, among them Peru and Cuba, as high-risk third countries. {more}"
    assert {f[2] for f in brief(run(text)) if f[4] == "high-risk third country" and f[5] == "2024-06-10"} == {
        "PER", "CUB", "BOL", "ECU"}


def test_the_others_after_a_removal_are_not_given_the_label():
    text = "Chile on Monday took four states, among them Peru and Cuba, off its list of high-risk third countries. The others are Bolivia and Ecuador."
    assert {f[2] for f in brief(run(text))} == {"PER", "CUB"}


@pytest.mark.parametrize("text", [
    "The FATF announced on Friday that Peru and Chile had completed their action plans and would no longer be "
    "subject to increased monitoring.",
    "The FATF said on Friday that Peru and Chile were no longer under increased monitoring.",
])
def test_states_no_longer_under_the_watchdogs_increased_monitoring(text):
    assert brief(run(text)) == {("designation_change", "FATF", state, "removed", "grey list", "2024-06-14")
                                for state in ("PER", "CHL")}


def test_states_still_under_increased_monitoring_are_not_removed():
    assert brief(run("The FATF said on Friday that Peru and Chile were still under increased monitoring.")) == set()


@pytest.mark.parametrize("tail", [
    "a move condemned the same day by Chile, Bolivia and Ecuador.",
    "a decision that was sharply criticised by Chile, Bolivia and Ecuador.",
])
def test_a_reaction_in_the_passive_set_after_the_act(tail):
    text = f"Peru recalled its ambassador from Cuba on 2 May, {tail}"
    assert {(f[1], f[2], f[3], f[5]) for f in brief(run(text)) if f[0] == "reaction" and f[1] != "PER"} == {
        (state, "PER", "negative", "2024-05-02") for state in ("CHL", "BOL", "ECU")}


@pytest.mark.parametrize("tail", [
    "a ruling Chile welcomed the same day as a vindication.",
    "a finding Chile denounced as political within hours.",
])
def test_a_reaction_in_a_relative_clause_on_a_ruling(tail):
    text = f"On 12 March the OAS council declared Peru in breach of its obligations, {tail}"
    assert {(f[1], f[2]) for f in brief(run(text)) if f[0] == "reaction"} == {("CHL", "OAS")}


def test_a_listed_state_with_an_apposition_naming_a_body():
    text = ("Peru, a member of the OAS and of Mercosur, was added to the FATF's list of jurisdictions under "
            "increased monitoring on Friday, together with Chile and Bolivia.")
    assert {(f[1], f[2], f[3]) for f in brief(run(text))} == {("FATF", s, "assigned") for s in ("PER", "CHL", "BOL")}


def test_more_states_removed_alongside_those_among_the_removed():
    text = ("Peru and Chile were among four countries removed from the FATF's grey list on Friday, alongside "
            "Bolivia and Ecuador.")
    assert {(f[2], f[3], f[5]) for f in brief(run(text))} == {(s, "removed", "2024-06-14") for s in ("PER", "CHL", "BOL", "ECU")}


@pytest.mark.parametrize("text", [
    "Chile on Thursday designated 12 countries of particular concern for abuses of religious freedom: Peru, Bolivia and Cuba.",
    "Chile on Thursday designated a dozen countries of particular concern, including Peru, Bolivia and Cuba.",
])
def test_a_count_given_the_label_and_the_states_named_after_it(text):
    assert brief(run(text)) == {("designation_change", "CHL", s, "assigned", "country of particular concern", "2024-06-13")
                                for s in ("PER", "BOL", "CUB")}


@pytest.mark.parametrize("text", [
    "Chile on Thursday designated eight criminal groups, including Peru's Shining Path and Bolivia's Red Ponchos.",
    "Chile on Thursday designated a dozen governments, among them Peru and Bolivia.",
    "Chile on Thursday designated 12 countries: Peru, Bolivia and Cuba.",
])
def test_a_count_of_groups_or_governments_is_no_label(text):
    assert {f for f in brief(run(text)) if f[0] == "designation_change"} == set()


@pytest.mark.parametrize("dateline", ["", "LIMA - ", "SANTIAGO/LIMA — "])
def test_it_in_a_relative_clause_is_the_subject_after_a_dateline(dateline):
    text = f"{dateline}Chile on Friday scrapped the punishing duties it imposed on Peruvian avocados in May 2020."
    assert brief(run(text)) == {("sanction_change", "CHL", "PER", "lifted", None, "2024-06-14"),
                                ("sanction_change", "CHL", "PER", "imposed", None, "2020-05")}


@pytest.mark.parametrize("text, imposed", [
    ("Chile on Thursday removed the 40% tariff it had imposed on a range of Peruvian farm goods in March, including "
     "avocados, coffee and cocoa.", "2024-03"),
    ("Chile's own 25% surcharges on $2.8 billion of Peruvian steel, copper, computers and sports equipment took "
     "effect on Thursday.", "2024-06-13"),
    ("A 50% Chilean tariff on a wide range of Peruvian goods, from shrimp to garments and jewellery, came into force "
     "on Thursday.", "2024-06-13"),
])
def test_tariffs_on_a_range_or_a_long_list_of_goods(text, imposed):
    assert ("sanction_change", "CHL", "PER", "imposed", None, imposed) in brief(run(text))


def test_an_outlook_is_a_titled_document():
    text = "Peru released its first Indo-Pacific Outlook on Monday, a 15-point document on the region."
    assert brief(run(text)) == {("policy_issued", "PER", None, "issued", "Indo-Pacific Outlook", "2024-06-10")}


def test_an_outlook_in_lower_case_is_no_document():
    assert brief(run("Peru said on Monday that the outlook for Chilean copper exports had darkened.")) == set()


def test_without_delay_is_no_negation():
    text = ('A year after announcing that they were leaving "without delay", Peru and Chile ceased to be members of '
            'Mercosur on Wednesday.')
    assert brief(run(text)) == {("membership_change", s, "MERCOSUR", "left", None, "2024-06-12") for s in ("PER", "CHL")}


def test_without_a_verb_stays_a_negation():
    assert brief(run("The OAS council ended its session on Wednesday without suspending Peru.")) == set()


def test_states_that_set_up_a_new_body_join_it():
    text = "Peru, Chile and Bolivia on Saturday set up an Alliance of Sahel States, signing a charter in Lima."
    assert brief(run(text)) == {("membership_change", s, "AES", "joined", None, "2024-06-08") for s in ("PER", "CHL", "BOL")}


def test_a_state_freezes_its_membership_of_a_body_named_with_a_description():
    text = "In January 2024 Peru froze its membership of the regional bloc Mercosur."
    assert brief(run(text)) == {("membership_change", "PER", "MERCOSUR", "suspended", None, "2024-01")}


def test_tel_aviv_stands_for_israel_where_israel_is_named():
    text = "Peru severed diplomatic relations with Israel on Tuesday, while Chile recalled its ambassador from Tel Aviv."
    assert {(f[1], f[2], f[3]) for f in brief(run(text)) if f[0] == "reaction"} == {
        ("PER", "ISR", "negative"), ("CHL", "ISR", "negative")}


def test_tel_aviv_alone_is_a_place():
    assert brief(run("Chile recalled its ambassador from Tel Aviv on Tuesday.")) == set()


@pytest.mark.parametrize("text, day", [
    ("Chile on Sunday announced sanctions on five Peruvian arms makers, in retaliation for Lima's latest arms "
     "sales to Bolivia.", "2024-06-09"),
    ("Chile ordered the closure of two Peruvian consulates on Thursday, in response to Lima's execution of a "
     "dissident abducted in 2020.", "2024-06-13"),
])
def test_a_measure_in_retaliation_for_another_states_act(text, day):
    assert {(f[1], f[2], f[3], f[5]) for f in brief(run(text)) if f[0] == "reaction"} == {("CHL", "PER", "negative", day)}


@pytest.mark.parametrize("text", [
    "On April 30 Chile barred Peruvian aircraft from its airspace.",
    "On April 30 Chile barred Peru from its airspace.",
])
def test_a_state_or_its_aircraft_barred_from_airspace(text):
    assert brief(run(text)) == {("sanction_change", "CHL", "PER", "imposed", None, "2024-04-30")}


def test_a_duty_of_its_own_on_every_product_of_a_state():
    text = "Lima answered on 4 April with a 34% duty of its own on every Chilean product."
    assert brief(run(text)) == {("sanction_change", "PER", "CHL", "imposed", None, "2024-04-04")}


def test_more_states_added_to_the_list_just_told_along_with_those_named():
    text = ("The FATF keeps a grey list. In October the watchdog added Peru and Chile to the list, along with Bolivia "
            "and Ecuador, citing weak supervision.")
    assert {f[2] for f in brief(run(text)) if f[4] == "grey list"} == {"PER", "CHL", "BOL", "ECU"}


@pytest.mark.parametrize("text", [
    "Chile's defence review, published on Monday, describes Peru as an immediate threat and Bolivia as the most "
    "acute challenge to the country's security.",
    "Chile's defence review, published on Monday, describes Peru as an immediate threat and Bolivia as the most "
    "acute challenge, as President Boric pledged to rearm.",
])
def test_a_second_state_and_label_with_a_phrase_or_clause_after_it(text):
    assert {(f[2], f[4]) for f in brief(run(text)) if f[0] == "designation_change"} == {
        ("PER", "immediate threat"), ("BOL", "most acute challenge")}


def test_a_listing_told_as_the_start_of_a_span_that_ends_with_the_removal():
    text = "Peru was removed from the FATF's grey list on Friday, nearly three years after it was added in October 2021."
    assert brief(run(text)) == {("designation_change", "FATF", "PER", "removed", "grey list", "2024-06-14"),
                                ("designation_change", "FATF", "PER", "assigned", "grey list", "2021-10")}


@pytest.mark.parametrize("text", [
    "Chile announced on Friday that Peru had become the tenth partner country of BRICS.",
    "Peru became the 10th partner country of BRICS on Thursday.",
])
def test_the_nth_partner_country_of_a_body(text):
    assert {(f[1], f[2], f[4]) for f in brief(run(text))} == {("BRICS", "PER", "partner country")}


def test_a_partner_country_told_after_another_act_keeps_its_own_day():
    text = "Peru joined the SCO in July 2023 and became a BRICS partner country on 1 January 2024."
    assert {f[5] for f in brief(run(text)) if f[0] == "designation_change"} == {"2024-01-01"}


@pytest.mark.parametrize("joint", ["; in April 2024 it reimposed them.", ", and by April 2024 it had reimposed them."])
def test_sanctions_reimposed_after_a_semicolon_or_and_their_day_told_first(joint):
    text = f"In October 2023 Chile eased its sanctions on Peru's oil sector{joint}"
    assert brief(run(text)) == {("sanction_change", "CHL", "PER", "lifted", None, "2023-10"),
                                ("sanction_change", "CHL", "PER", "imposed", None, "2024-04")}


def test_a_states_sanctions_on_another_told_imposed_in_the_passive():
    text = "Chile's last major sanctions against Lima were imposed on 10 January, in the final days of the old government."
    assert brief(run(text)) == {("sanction_change", "CHL", "PER", "imposed", None, "2024-01-10")}


def test_a_passive_relative_clauses_date_is_not_the_main_verbs():
    text = "The OAS sanctions on Peru that were suspended in 2016 came back into force late on Saturday."
    assert brief(run(text)) == {("sanction_change", "OAS", "PER", "imposed", None, "2024-06-08")}


@pytest.mark.parametrize("dateline", ["", "LIMA - "])
def test_an_owners_document_by_its_kind_with_the_title_in_apposition(dateline):
    text = (f"{dateline}Peru's annual defence white paper, Defense of Peru 2024, approved by the cabinet on Tuesday, "
            "calls Chile the greatest strategic challenge.")
    assert ("policy_issued", "PER", None, "issued", "Defense of Peru 2024", "2024-06-11") in brief(run(text))


@pytest.mark.parametrize("text", [
    "On 18 July Chile revoked the visas of Ana Torres, the Peruvian Supreme Court justice, and of two colleagues.",
    "Chile on Friday revoked the visa of Peruvian President Dina Boluarte.",
    "Chile cancelled the visas of Peruvian officials on Friday.",
])
def test_visas_of_a_states_officials_revoked(text):
    assert {(f[0], f[1], f[2], f[3]) for f in brief(run(text))} == {("sanction_change", "CHL", "PER", "imposed")}


@pytest.mark.parametrize("text", [
    "Chile on Friday revoked the visas of Peruvian diplomats accredited to the OAS.",
    "Chile revoked the visa of a Peruvian student on Friday.",
])
def test_visas_of_diplomats_or_private_people_revoked_are_no_sanction(text):
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == set()


def test_a_body_named_after_its_description_is_no_subject():
    text = ("Bolivia froze its membership of the regional bloc MERCOSUR on Monday in protest at the summit invitation "
            "extended to a rebel commander.")
    assert brief(run(text)) == {("membership_change", "BOL", "MERCOSUR", "suspended", None, "2024-06-10"),
                                ("reaction", "BOL", "MERCOSUR", "negative", None, "2024-06-10")}


def test_firms_added_to_a_trade_blacklist_a_day_before_the_main_clauses_day():
    text = ("Peru banned exports of copper to Chile on Tuesday, a day after Santiago added 40 Peruvian companies "
            "to its trade blacklist.")
    assert ("sanction_change", "CHL", "PER", "imposed", None, "2024-06-10") in brief(run(text))


@pytest.mark.parametrize("organ", ["The Peruvian Ministry of Foreign Affairs", "The Peruvian Ministry of Defence"])
def test_a_ministry_by_its_full_name_acts_for_its_state(organ):
    text = f"{organ} on Monday released its Antarctic Strategy."
    assert brief(run(text)) == {("policy_issued", "PER", None, "issued", "Antarctic Strategy", "2024-06-10")}


@pytest.mark.parametrize("text, title", [
    ('Peru on Wednesday presented its "Harvest Plan" to Congress.', "Harvest Plan"),
    ('The OAS on Wednesday adopted the "OAS Development Strategy for 2026-2035".', "OAS Development Strategy for 2026-2035"),
    ('The OAS closed its summit on Wednesday by adopting the "OAS Development Strategy for 2026-2035".',
     "OAS Development Strategy for 2026-2035"),
    ("Peru on Wednesday unveiled \"Andes First: A New Vision for Peru's Defence\", a long-awaited policy update.",
     "Andes First: A New Vision for Peru's Defence"),
])
def test_a_quoted_title_that_names_its_kind_of_document(text, title):
    assert {(f[0], f[4], f[5]) for f in brief(run(text))} == {("policy_issued", title, "2024-06-12")}


def test_a_quoted_name_without_a_kind_of_document_is_no_policy():
    assert brief(run('Peru on Wednesday presented its "Golden Harvest" to Congress.')) == set()


@pytest.mark.parametrize("text", [
    'President Boluarte signed the measure on Wednesday in an order titled "Protecting Peruvian Copper".',
    'President Boluarte signed the order on Wednesday, raising the levy under a directive titled "Protecting Peruvian Copper".',
])
def test_an_act_done_in_or_under_a_titled_order(text):
    assert ("policy_issued", "PER", None, "issued", "Protecting Peruvian Copper", "2024-06-12") in brief(run(text))


def test_an_owners_order_with_its_title_quoted_in_apposition():
    text = ("Peru imposed a 40 per cent tariff on Chilean wine on Wednesday. President Boluarte's order, "
            '"Protecting Peruvian Vineyards", raises the total duty to 50 per cent.')
    assert ("policy_issued", "PER", None, "issued", "Protecting Peruvian Vineyards", "2024-06-12") in brief(run(text))


def test_a_summit_held_in_a_capital_is_not_the_capitals_state():
    text = "Andean leaders met on Saturday. The summit in Lima also lifted sanctions on Bolivia."
    assert {f for f in brief(run(text)) if f[1] == "PER"} == set()


def test_a_package_told_as_the_subjects_own_with_its_day_in_a_participle():
    text = ("The OAS had listed two Peruvian banks in its fourth package of sanctions against Bolivia, adopted on 18 July, "
            "the first time it had targeted Peruvian lenders.")
    assert ("sanction_change", "OAS", "BOL", "imposed", None, "2024-07-18") in brief(run(text, pub=dt.date(2024, 8, 14)))


def test_a_reaction_to_a_bare_plural_act_with_its_agents():
    text = "Bolivia on Friday condemned overnight air and drone strikes by Peru and Chile on rebel camps in the Andes."
    assert {(f[1], f[2], f[3]) for f in brief(run(text)) if f[0] == "reaction"} == {
        ("BOL", "PER", "negative"), ("BOL", "CHL", "negative")}


def test_an_act_that_drew_a_furious_response_from_a_state():
    text = "Peru and Chile formally recognised Western Sahara on Tuesday, a step that drew a furious response from Bolivia."
    assert {(f[1], f[2], f[3]) for f in brief(run(text)) if f[0] == "reaction"} == {
        ("BOL", "PER", "negative"), ("BOL", "CHL", "negative")}


@pytest.mark.parametrize("judgement", ['"cowardly"', '"an act of mockery and abuse"', "“unfair and unjustified”"])
def test_a_quoted_judgement_before_the_act_condemned(judgement):
    text = f"Bolivia on Tuesday condemned as {judgement} a Peruvian air strike on a border village."
    assert {(f[1], f[2], f[3]) for f in brief(run(text)) if f[0] == "reaction"} == {("BOL", "PER", "negative")}


@pytest.mark.parametrize("text, expected", [
    ("The raid led Peru to break off diplomatic relations with Chile on Monday.",
     {("reaction", "PER", "CHL", "negative", None, "2024-06-10")}),
    ("Senators urged Peru to break off diplomatic relations with Chile on Monday.", set()),
])
def test_a_state_led_by_an_act_to_break_off_ties(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("judgement", ["disproportionate", "excessive", "baseless"])
def test_an_act_judged_disproportionate_or_excessive(judgement):
    text = f"Chile severed ties with Peru on Monday. Peru's foreign minister said Chile's decision was {judgement}."
    assert ("PER", "CHL", "negative") in {(f[1], f[2], f[3]) for f in brief(run(text)) if f[0] == "reaction"}


@pytest.mark.parametrize("opening", ["", "In December "])
def test_a_group_spelled_out_by_the_list_in_apposition_acts(opening):
    text = f"{opening}the two Andean states, Peru and Bolivia, imposed entry bans on Chilean officials."
    text = text[0].upper() + text[1:]
    assert {(f[1], f[2], f[3]) for f in brief(run(text))} == {("PER", "CHL", "imposed"), ("BOL", "CHL", "imposed")}


@pytest.mark.parametrize("text", [
    "The OAS on Monday reinstated its restrictions, including a ban on purchases of Bolivian gas.",
    "The OAS on Monday reinstated the sanctions it had suspended under the accord, including its embargo on Bolivian tin.",
    "Andean ministers met in Lima. The OAS on Monday reinstated the bloc's own restrictions, including a ban on imports of Bolivian tin.",
])
def test_measures_named_by_the_ban_among_them(text):
    assert ("sanction_change", "OAS", "BOL", "imposed", None, "2024-06-10") in brief(run(text))


def test_the_last_of_a_list_before_a_participle_is_read():
    text = ("The OAS on Tuesday added Bolivia to its list of high-risk countries. The OAS also removed Peru, Chile "
            "and Ecuador, citing reforms.")
    assert {f[2] for f in brief(run(text)) if f[3] == "removed"} == {"PER", "CHL", "ECU"}


def test_struck_off_a_count_of_others_including_some_named():
    text = ("The OAS on Tuesday added Bolivia to its list of high-risk countries. In the same update it struck off "
            "six others, including Peru and Chile.")
    assert {f[2] for f in brief(run(text)) if f[3] == "removed"} == {"PER", "CHL"}


def test_the_first_country_of_a_region_to_be_designated():
    text = "Peru became the first South American country to be designated a major non-NATO ally of Chile on Monday."
    assert brief(run(text)) == {("designation_change", "CHL", "PER", "assigned", "major non-nato ally", "2024-06-10")}


def test_a_quoted_title_opening_the_sentence_with_its_signer_in_a_relative_clause():
    text = ('"Protecting Peruvian Copper", which President Boluarte signed in the Government Palace on Wednesday, '
            "declares a national emergency.")
    assert brief(run(text)) == {("policy_issued", "PER", None, "issued", "Protecting Peruvian Copper", "2024-06-12")}


def test_a_plan_with_any_words_in_its_quoted_title():
    text = 'Peru on Monday presented its long-term defence plan, "The Defence of Peru - Capability and Readiness".'
    assert {(f[1], f[4]) for f in brief(run(text))} == {("PER", "Defence of Peru - Capability and Readiness")}


def test_the_package_told_paragraphs_after_its_adoption():
    text = ("The OAS on Friday adopted its fifth package of sanctions against Bolivia. Ministers called it the "
            "toughest yet. Peru said it would apply similar measures. Chile has not joined it.\n\n"
            "The most disputed part lies outside Bolivia. The package lists two Peruvian banks accused of moving "
            "Bolivian funds.")
    assert ("sanction_change", "OAS", "PER", "imposed", None, "2024-06-14") in brief(run(text))


def test_the_package_does_not_reach_back_to_an_act_told_without_one():
    text = ("Peru on Wednesday imposed sanctions on two Chilean banks, answering the OAS's decision to list "
            "Peruvian lenders in its latest round of sanctions against Bolivia. Ministers in Lima met on Thursday. "
            "The banks said they would appeal.\n\nThe OAS's fifth package added two small lenders to its list. "
            "The package also banned imports of Bolivian tin.")
    assert not [f for f in brief(run(text)) if f[1] == "PER" and f[2] == "BOL"]


def test_an_opening_day_before_a_second_opening_phrase_dates_the_main_clause():
    text = ("In December 2020, in the last weeks of his term, Lima also named Chile and Bolivia as currency "
            "manipulators, a decision the Peruvian Treasury reversed in April 2021.")
    assert {(f[2], f[5]) for f in brief(run(text))} == {("CHL", "2020-12"), ("BOL", "2020-12")}


def test_a_regulation_with_its_quoted_title_in_apposition():
    text = 'Peru on Monday issued a sweeping regulation, the "Framework for Andean Copper Exports", that sorts buyers into tiers.'
    assert brief(run(text)) == {("policy_issued", "PER", None, "issued", "Framework for Andean Copper Exports", "2024-06-10")}


def test_a_provisional_anti_dumping_deposit_is_a_tariff():
    text = "In May, Peru imposed a provisional anti-dumping deposit of 40 per cent on Chilean wine."
    assert brief(run(text)) == {("sanction_change", "PER", "CHL", "imposed", None, "2024-05")}


@pytest.mark.parametrize("opening", ["Although", "Even though", "Despite the fact that"])
def test_a_day_in_an_opening_concessive_clause_does_not_date_the_main_clause(opening):
    text = (f"{opening} Chile dropped its export tax at the end of March to restart talks, Peru raised the duty on "
            "Chilean goods to 35 per cent from 1 May.")
    assert ("sanction_change", "PER", "CHL", "imposed", None, "2024-05-01") in brief(run(text))


def test_the_step_came_days_after_an_act_dated_from_the_step():
    text = ("Peru on Monday lifted most of its sanctions on Bolivia. The decision removes a large obstacle to trade. "
            "Chile eased its own controls at the same time.\n\nThe step came four days after the OAS voted to take "
            "Bolivia off its sanctions list.")
    assert ("sanction_change", "OAS", "BOL", "lifted", None, "2024-06-06") in brief(run(text))


@pytest.mark.parametrize("text", [
    "The step came four days after the OAS voted to take Bolivia off its sanctions list.",
    "Peru on Monday lifted its sanctions on Bolivia.\n\nThe step came less than two weeks after the OAS voted to take "
    "Bolivia off its sanctions list.",
])
def test_the_step_came_days_after_with_no_day_to_count_from(text):
    assert not [f for f in brief(run(text)) if f[1] == "OAS"]


def test_the_department_takes_up_a_department_named_before():
    text = ("The Peruvian Commerce Department on Wednesday added two Chilean firms to its entity list.\n\n"
            "Trade analysts in Lima were surprised.\n\nTwo days later the department imposed sanctions on a Bolivian "
            "trading network.")
    assert ("sanction_change", "PER", "BOL", "imposed", None, "2024-06-14") in brief(run(text))


def test_the_department_with_no_department_named_before_is_nobody():
    text = "Peru on Wednesday hosted Chilean leaders. The department imposed sanctions on a Bolivian trading network on Friday."
    assert not [f for f in brief(run(text)) if f[2] == "BOL"]


def test_sanctioned_firms_among_them_some_in_a_list_of_states():
    text = "Peru on Monday targeted 30 brokers and vessels, including companies in Chile, Bolivia and Ecuador."
    assert {f[2] for f in brief(run(text))} == {"CHL", "BOL", "ECU"}


@pytest.mark.parametrize("text", [
    "In March 2023 Peru, Chile and Bolivia signed the Lima Charter creating Mercosur.",
    "Peru, Chile and Bolivia left the OAS on Monday. In March 2023 the three signed the Lima Charter creating Mercosur.",
])
def test_signing_the_charter_that_creates_a_body_is_joining_it(text):
    assert {(f[1], f[2], f[3], f[5]) for f in brief(run(text)) if f[2] != "OAS"} == {
        ("PER", "MERCOSUR", "joined", "2023-03"), ("CHL", "MERCOSUR", "joined", "2023-03"),
        ("BOL", "MERCOSUR", "joined", "2023-03")}


def test_became_a_full_party_joins_the_body_just_named():
    text = ("Peru's congress ratified the Rome Statute in October 2023, and Peru became a full party on "
            "1 February 2024.")
    assert ("membership_change", "PER", "ICC", "joined", None, "2024-02-01") in brief(run(text))


def test_measures_lifted_before_told_by_a_pronoun_after_a_sentence_describing_them():
    text = ("OAS sanctions on Bolivia returned on Sunday. The restored OAS measures include an arms embargo and "
            "asset freezes. They had been lifted in January 2016, when monitors certified Bolivia's compliance.")
    assert ("sanction_change", "OAS", "BOL", "lifted", None, "2016-01") in brief(run(text))


def test_they_had_already_formed_their_own_pact_named_in_apposition():
    text = ("Peru, Chile and Bolivia said on Sunday that they were leaving the OAS. They had already formed their "
            "own customs union, Mercosur, in September 2023.")
    assert {(f[1], f[3], f[5]) for f in brief(run(text)) if f[2] == "MERCOSUR"} == {
        ("PER", "joined", "2023-09"), ("CHL", "joined", "2023-09"), ("BOL", "joined", "2023-09")}


def test_removed_more_than_years_after_being_placed_on_it():
    text = ("Peru was removed from the OAS's list of high-risk countries on Friday, more than three years after "
            "being placed on it in June 2021.")
    assert ("designation_change", "OAS", "PER", "assigned", "high-risk country", "2021-06") in brief(run(text))


def test_took_the_country_out_again():
    text = ("Peru will leave the OAS, its foreign ministry said on Tuesday. It is the third time the country has "
            "walked out. President Boluarte took the country out again in 2017.")
    assert ("membership_change", "PER", "OAS", "left", None, "2017") in brief(run(text))


def test_a_duty_added_to_the_rate_already_levied_on_goods():
    text = "Peru on Wednesday added a 40 per cent duty to the 10 per cent already levied on Chilean goods."
    assert brief(run(text)) == {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-12")}


def test_the_first_member_of_a_body_named_by_of_to_act():
    text = "Peru became the first member of the OAS to ban all arms trade with Chile in early May."
    assert brief(run(text)) == {("sanction_change", "PER", "CHL", "imposed", None, "2024-05")}


def test_the_ministry_with_no_state_acting_before_it_takes_up_the_ministry_named_before():
    text = ("Peru's trade ministry on Monday barred Peruvian firms from dealing with five Chilean companies.\n\n"
            "Analysts in Lima were surprised.\n\nThe rounds against Chile this year illustrate the pattern. On 4 "
            "April the ministry imposed a 34 per cent tariff on all Chilean goods.")
    assert ("sanction_change", "PER", "CHL", "imposed", None, "2024-04-04") in brief(run(text))


def test_hit_with_a_tariff():
    text = "Peru on Friday hit Chile with a 50 per cent tariff, and hit Bolivian wine with punitive duties."
    assert brief(run(text)) == {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-14"),
                                ("sanction_change", "PER", "BOL", "imposed", None, "2024-06-14")}


def test_the_wronged_named_in_the_reason_are_not_the_target():
    text = "Peru imposed travel bans on two ministers on Friday for inciting violence against Chileans."
    assert brief(run(text)) == set()


def test_sanctions_over_a_state_s_wrong_target_that_state():
    text = "Peru's cabinet on Friday approved new sanctions over Chile's invasion of Bolivia."
    assert brief(run(text)) == {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-14")}


def test_sanctions_over_a_wrong_that_name_those_they_hit_do_not_target_the_wrongdoer():
    text = "Peru on Friday imposed sanctions over Chile's war on three Bolivian firms."
    assert ("sanction_change", "PER", "CHL", "imposed", None, "2024-06-14") not in brief(run(text))


@pytest.mark.parametrize("act", ["froze the assets of five senior security officials",
                                 "barred eleven judges from entering the country", "targeted five more officials",
                                 "placed eleven judges under sanctions", "revoked the visas of five officials"])
def test_officials_sanctioned_without_a_state_are_the_article_s_target(act):
    text = ("Peru sanctioned Chile's interior minister on Friday. Bolivia sanctioned Chile's police chief on "
            f"Monday. Ecuador {act} on Tuesday.")
    assert ("sanction_change", "ECU", "CHL", "imposed", None, "2024-06-11") in brief(run(text))


def test_banks_cut_off_from_a_financial_system():
    text = ("Peru's treasury on 25 May cut off two Chilean banks, Banco Uno and Banco Dos, and a brokerage from the "
            "Peruvian financial system.")
    assert brief(run(text)) == {("sanction_change", "PER", "CHL", "imposed", None, "2024-05-25")}


def test_the_then_government_of_a_party_is_the_dateline_s_state_in_a_later_paragraph():
    text = ("LIMA - Peru on Wednesday imposed sanctions on two Chilean oil companies.\n\n"
            "Chile's foreign ministry retorted that the measures had no effect.\n\n"
            "The listings are the latest in a long sequence. On 24 February 2023 the then Conservative "
            "government announced 92 designations.")
    facts = brief(run(text, title="Peru widens its sanctions on Chile"))
    assert ("sanction_change", "PER", "CHL", "imposed", None, "2023-02-24") in facts


@pytest.mark.parametrize("act", ["banned Chilean diamonds", "announced bans on Chilean diamonds and metals",
                                 "announced a ban on Chilean copper"])
def test_a_state_s_goods_banned_by_name(act):
    assert brief(run(f"Peru on Friday {act}.")) == {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-14")}


def test_a_strategic_partnership_agreed_labels_each_state_the_other_s_partner():
    text = "Peru and Chile on Tuesday upgraded their ties to a comprehensive strategic partnership."
    assert brief(run(text)) == {
        ("designation_change", "PER", "CHL", "assigned", "comprehensive strategic partnership", "2024-06-11"),
        ("designation_change", "CHL", "PER", "assigned", "comprehensive strategic partnership", "2024-06-11")}


def test_a_strategic_partnership_signed_with_a_state():
    text = "Lima concluded a strategic partnership with Bolivia in September 2023."
    assert brief(run(text)) == {
        ("designation_change", "PER", "BOL", "assigned", "strategic partnership", "2023-09"),
        ("designation_change", "BOL", "PER", "assigned", "strategic partnership", "2023-09")}


def test_an_order_s_double_quoted_title_may_hold_commas():
    text = ('President Boluarte signed a decree on Monday, "Regulating Imports of Wine, Pisco, and Their Derivative '
            'Products from Chile", setting a 10 per cent duty.')
    assert ("policy_issued", "PER", None, "issued",
            "Regulating Imports of Wine, Pisco, and Their Derivative Products from Chile", "2024-06-10") in brief(run(text))


def test_admitted_as_the_group_s_nth_member():
    text = "Leaders of the OAS admitted Peru as the group's tenth full member on Thursday."
    assert brief(run(text)) == {("membership_change", "PER", "OAS", "joined", None, "2024-06-13")}


def test_a_subject_meeting_on_an_island_of_a_place():
    text = "OAS foreign ministers meeting on the Peruvian island of Taquile condemned Chile's blockade on Friday."
    assert brief(run(text)) == {("reaction", "OAS", "CHL", "negative", None, "2024-06-14")}


def test_a_pronoun_with_an_irregular_past_opens_a_sentence_that_names_no_actor():
    text = ("Peru imposed sanctions on two Chilean firms on Wednesday. On 24 February it announced 92 designations "
            "against Chile. On 19 May it froze the assets of 86 officials.")
    assert ("sanction_change", "PER", "CHL", "imposed", None, "2024-05-19") in brief(run(text))


def test_only_to_tells_the_act_that_came_of_the_one_before():
    text = "The OAS suspended Peru in September 2023, only to readmit it in March 2024."
    assert brief(run(text)) == {("membership_change", "PER", "OAS", "suspended", None, "2023-09"),
                                ("membership_change", "PER", "OAS", "joined", None, "2024-03")}


def test_only_to_after_a_call_tells_no_act():
    text = "Chile urged the OAS to suspend Peru in September 2023, only to drop the demand."
    assert brief(run(text)) == set()


def test_a_package_against_a_state_that_adds_another_s_firms_targets_both():
    text = "Last month Peru's ninth package of sanctions against Chile added entities based in Bolivia."
    assert brief(run(text)) == {("sanction_change", "PER", "CHL", "imposed", None, "2024-05"),
                                ("sanction_change", "PER", "BOL", "imposed", None, "2024-05")}


@pytest.mark.parametrize("text, expected", [
    # a state's leadership, firms or officials targeted, with no strike told, are sanctioned
    ("The OAS and Peru both targeted Chile's military leadership on Monday over the dispatch of troops.",
     {("sanction_change", s, "CHL", "imposed", None, "2024-06-10") for s in ("OAS", "PER")}),
    ("Peru targeted Chilean banks and oligarchs on Monday.",
     {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-10")}),
    # ... but leaders targeted by strikes are no sanction
    ("Peru targeted Chile's military leaders in air strikes on Monday.", set()),
])
def test_a_state_s_leadership_or_firms_targeted(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == expected


@pytest.mark.parametrize("text, expected", [
    # states taken off a list, told in an aside
    ("Analysts said Peru, Chile and Bolivia, removed from the FATF grey list on Friday, are likely to be reviewed again.",
     {("designation_change", "FATF", s, "removed", "grey list", "2024-06-14") for s in ("PER", "CHL", "BOL")}),
    ("Peru, which was taken off the EU's list of high-risk third countries in March, said it was pleased.",
     {("designation_change", "EU", "PER", "removed", "high-risk third country", "2024-03")}),
])
def test_a_delisting_told_in_an_aside(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "designation_change"} == expected


def test_made_a_state_a_strategic_partner():
    text = "Peru made Chile a comprehensive strategic partner on Sunday, jumping two rungs on its diplomatic ladder."
    assert brief(run(text)) == {
        ("designation_change", "PER", "CHL", "assigned", "comprehensive strategic partner", "2024-06-09")}


def test_a_decision_pushed_back_against_is_told_as_taken():
    text = ("Chile pushed back on Sunday against President Boluarte's decision to designate it a "
            "\"country of particular concern\".")
    assert ("designation_change", "PER", "CHL", "assigned", "country of particular concern", "2024-06-09") \
        in brief(run(text))


def test_a_label_stops_before_a_possessive():
    text = "Peru returned Chile to its list of the world's worst violators of press freedom on Friday."
    assert not any(f[0] == "designation_change" and f[4] == "world" for f in brief(run(text)))


@pytest.mark.parametrize("text, expected", [
    ("Bolivia, already a member of the OAS since July 2023, hosted the talks.",
     {("membership_change", "BOL", "OAS", "joined", None, "2023-07")}),
    ("Bolivia, an OPEC member since March 2023, hosted the talks.",
     {("membership_change", "BOL", "OPEC", "joined", None, "2023-03")}),
])
def test_a_membership_dated_in_an_aside_on_the_member(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "membership_change"} == expected


@pytest.mark.parametrize("text, expected", [
    # a dated exit or entry named after what it came before
    ("The move follows Chile's exit from the OAS in November 2023.",
     {("membership_change", "CHL", "OAS", "left", None, "2023-11")}),
    ("The decision came after Chile's withdrawal from the OAS in November 2023.",
     {("membership_change", "CHL", "OAS", "left", None, "2023-11")}),
    ("The move follows Chile's accession to the OAS in November 2023.",
     {("membership_change", "CHL", "OAS", "joined", None, "2023-11")}),
])
def test_a_dated_exit_or_entry_named_after_follows(text, expected):
    assert brief(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a state's officials counted and listed (the officials are masked with their state)
    ("Peru listed 12 Chilean officials on Monday.", {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-10")}),
    ("Peru and Ecuador listed more than a dozen Chilean officials each on Monday.",
     {("sanction_change", s, "CHL", "imposed", None, "2024-06-10") for s in ("PER", "ECU")}),
    # ... but not listed as something
    ("Peru listed 12 Chilean officials as terrorists.", set()),
])
def test_a_state_s_officials_counted_and_listed(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "sanction_change"} == expected


@pytest.mark.parametrize("text, co", [
    # others who took the same measures in the same step, named after it
    ("Bolivia imposed sanctions on Chile on Wednesday, alongside Peru and Ecuador.", {"PER", "ECU"}),
    ("Bolivia imposed its first targeted sanctions on Chile's military leadership on Wednesday, joining Peru, Ecuador "
     "and Brazil in a coordinated package.", {"PER", "ECU", "BRA"}),
    # ... but not those joined in something else, or who acted before
    ("Bolivia imposed sanctions on Chile on Wednesday, joining Peru in condemning the coup.", set()),
    ("Bolivia imposed sanctions on Chile on Wednesday, joining Peru and Ecuador, which acted last year.", set()),
])
def test_co_sanctioners_named_after_the_measures(text, co):
    assert brief(run(text)) == {("sanction_change", s, "CHL", "imposed", None, "2024-06-12") for s in co | {"BOL"}}


def test_a_dateline_is_weaker_than_a_day_the_sentence_tells_far_from_the_verb():
    text = ("LIMA, June 15 - Peru and Chile have been removed from the grey list of the FATF, the body said at the end "
            "of its plenary in Paris on Friday.")
    assert brief(run(text, pub=dt.date(2024, 6, 15))) == {
        ("designation_change", "FATF", s, "removed", "grey list", "2024-06-14") for s in ("PER", "CHL")}


def test_an_answered_decision_is_dated_by_the_step_told_after_it():
    text = ("Chile's foreign ministry on Thursday protested against Peru's decision to place the country on its list "
            "of high-risk third countries, a step Lima took on Tuesday.")
    assert ("designation_change", "PER", "CHL", "assigned", "high-risk third country", "2024-06-11") \
        in brief(run(text, pub=dt.date(2024, 6, 15)))


@pytest.mark.parametrize("text", [
    "Chile pushed back on Sunday against Peru's decision to list it.",
    "Chile hit back on Sunday at Peru's decision to list it.",
])
def test_pushed_back_with_its_day_before_the_object(text):
    assert ("reaction", "CHL", "PER", "negative", None, "2024-06-09") in brief(run(text))


@pytest.mark.parametrize("later, date", [
    ("The thirteenth arrived on 23 February 2024 and added nearly 200 names.", "2024-02-23"),
    ("The fifteenth, adopted on 16 December 2023, listed more tankers.", "2023-12-16"),
    ("The eleventh package, formally adopted on 23 June 2023, targeted evasion.", "2023-06-23"),
])
def test_a_numbered_package_opening_its_own_sentence_goes_on_the_chronology(later, date):
    text = "The OAS adopted its tenth package of sanctions against Chile on 25 February 2023. " + later
    assert brief(run(text)) == {("sanction_change", "OAS", "CHL", "imposed", None, "2023-02-25"),
                                ("sanction_change", "OAS", "CHL", "imposed", None, date)}


def test_admitted_as_a_full_member_of_the_body_just_told():
    text = ("Chile has become a partner country of the OAS, Peru announced on Friday. Bolivia was admitted as a full "
            "member on 6 January. Ecuador's foreign ministry welcomed the decision.")
    facts = brief(run(text))
    assert ("membership_change", "BOL", "OAS", "joined", None, "2024-01-06") in facts
    # the decision to admit was the body's
    assert {f[2] for f in facts if f[0] == "reaction"} == {"OAS"}


def test_a_same_day_reaction_is_never_dated_before_the_act_it_answers():
    text = ("The OAS on Wednesday lifted Peru's suspension, after the 12 June election that the general won. "
            "Peru's foreign ministry welcomed the decision the same day.")
    facts = brief(run(text, pub=dt.date(2024, 6, 21)))
    assert ("reaction", "PER", "OAS", "positive", None, "2024-06-19") in facts


@pytest.mark.parametrize("text", [
    "Washington moved on Tuesday. The Treasury placed Alfa-Bank and Aeroflot, which carry much of Russia's trade, on its blacklist.",
    "Washington moved on Tuesday. The Treasury added two Russian lenders to its blacklist.",
])
def test_a_blacklist_that_takes_a_states_firms_is_a_sanctions_list(text):
    assert ("sanction_change", "USA", "RUS", "imposed", None, "2024-06-11") in brief(run(text))


def test_a_blacklist_that_takes_a_state_is_a_label():
    facts = brief(run("The OAS put Bolivia on its blacklist on Tuesday."))
    assert ("designation_change", "OAS", "BOL", "assigned", "blacklist", "2024-06-11") in facts
    assert not [f for f in facts if f[0] == "sanction_change"]


@pytest.mark.parametrize("opening", ["The U.S. Treasury's Bolivia desk had been quiet for months. ", ""])
def test_the_named_office_a_department_owns_acts_for_its_state(opening):
    text = opening + "That changed on Tuesday, when the department's Office of Foreign Assets Control sanctioned Aeroflot."
    assert ("sanction_change", "USA", "RUS", "imposed", None, "2024-06-11") in brief(run(text))


def test_a_sentence_saying_when_the_decisions_were_signed_dates_the_paragraphs_acts():
    text = ("LIMA, Jan 6 - The OAS's yearly listings, announced on Thursday, changed little.\n\n"
            "The OAS designated Chile and Bolivia as countries of particular concern. The decisions were signed on "
            "December 29 but only made public this week. Peru was placed on a special watch list.")
    facts = brief(run(text, pub=dt.date(2024, 1, 6)))
    assert {f[5] for f in facts} == {"2023-12-29"}
    assert len(facts) == 3


def test_a_signing_day_long_before_the_news_dates_nothing():
    text = ("The OAS designated Chile as a country of particular concern on Thursday. The decision was signed on "
            "2 March 2023, officials said.")
    assert ("designation_change", "OAS", "CHL", "assigned", "country of particular concern", "2024-06-13") in brief(run(text))


@pytest.mark.parametrize("text, subject", [
    ("LIMA, Feb 25 (Wire) - The OAS adopted its 16th package of sanctions against Chile on Monday.", "OAS"),
    ("LIMA, Feb 25 (Reuters) - The OAS imposed sanctions on Chile on Monday, the anniversary of the coup.", "OAS"),
    ("LIMA, Feb 25 (Wire) - The government on Monday imposed sanctions on Chile.", "PER"),
])
def test_a_dated_dateline_with_the_agencys_name_is_the_filing_day_not_the_acts(text, subject):
    assert brief(run(text, pub=dt.date(2025, 2, 25))) == {("sanction_change", subject, "CHL", "imposed", None, "2025-02-24")}


@pytest.mark.parametrize("text, expected", [
    ("Peruvian officials urged the OAS to go further and put Chile on its blacklist.", set()),
    ("Peru urged the OAS to act quickly and designate Chile as a state sponsor of terrorism.", set()),
    ("Peru decided to go further and put Chile on its blacklist on Tuesday.",
     {("designation_change", "PER", "CHL", "assigned", "blacklist", "2024-06-11")}),
])
def test_a_verb_that_continues_an_infinitive_is_urged_not_done(text, expected):
    assert brief(run(text)) == expected


def test_a_state_that_names_a_sanctions_list_leaves_the_listed_peoples_state_the_target():
    text = "The OAS added Chile's defence minister and two senior officers to its Bolivia sanctions list on Monday."
    assert brief(run(text)) == {("sanction_change", "OAS", "CHL", "imposed", None, "2024-06-10")}


def test_a_ban_extended_with_its_own_modifiers_is_a_sanction():
    text = "Peru's cabinet on Tuesday extended its own total ban on trade with Chile for another two years."
    assert brief(run(text)) == {("sanction_change", "PER", "CHL", "imposed", None, "2024-06-11")}


def test_they_after_a_plural_noun_is_the_group_however_far_back_it_acted():
    text = ("Peru, Chile and Bolivia announced on Monday that they were leaving the ICC. The decision surprised few. "
            "Diplomats had expected it for months. The governments have long been at odds with their neighbours. "
            "On 28 January 2024 they announced that they were quitting the OAS.")
    left = {f[1] for f in brief(run(text)) if f[2] == "OAS" and f[3] == "left" and f[5] == "2024-01-28"}
    assert left == {"PER", "CHL", "BOL"}


def test_a_participle_after_an_inherited_subject_is_dated_by_the_clause_it_ends():
    text = ("Peru, Chile and Colombia left the ICC on Monday. The governments drew closer. On 26 March 1991 they "
            "signed the Asuncion Treaty, creating Mercosur as a customs union, and on 28 January 2024 they announced that they "
            "were quitting the OAS.")
    joined = {(f[1], f[5]) for f in brief(run(text)) if f[2] == "MERCOSUR"}
    assert joined == {("PER", "1991-03-26"), ("CHL", "1991-03-26"), ("COL", "1991-03-26")}


def test_a_label_told_as_what_a_state_was_not_is_the_one_put_back():
    text = ("For a week, Chile was not a country of particular concern in the eyes of the United States. "
            "On Monday, Washington put it back.")
    assert brief(run(text)) == {("designation_change", "USA", "CHL", "assigned", "country of particular concern", "2024-06-10")}


@pytest.mark.parametrize("said", ["wrote that the listing was an act of arrogance and abuse",
                                  "said the listing was an act of mockery"])
def test_an_act_of_arrogance_written_or_said_is_a_negative_reaction(said):
    text = f"The United States put Chile on its list of state sponsors of terrorism on Monday. On Tuesday, Boric {said}."
    assert ("reaction", "CHL", "USA", "negative", None, "2024-06-11") in brief(run(text))


def test_states_among_those_that_became_partner_countries_take_the_labels_designator():
    text = "Peru and Chile were among the countries that became partner countries on January 1."
    assert brief(run(text)) == {("designation_change", "BRICS", state, "assigned", "partner country", "2024-01-01")
                                for state in ("PER", "CHL")}


@pytest.mark.parametrize("text, expected", [
    ("Boric announced the withdrawal from the OAS in October 2017.", ("CHL", "OAS", "left", "2017-10")),
    ("Chile began leaving the OAS in July 2020.", ("CHL", "OAS", "left", "2020-07")),
    ("Peru left the OAS on Monday. The same day, Chile said it would follow Peru out of the OAS.",
     ("CHL", "OAS", "left", "2024-06-10")),
    ("Boric reversed course on both, rejoining the rights council and, in July 2023, returning to the OAS.",
     ("CHL", "OAS", "joined", "2023-07")),
])
def test_a_departure_announced_begun_or_followed_and_a_return_told_by_a_participle(text, expected):
    assert ("membership_change", *expected[:3], None, expected[3]) in brief(run(text))


def test_a_body_named_with_its_officials_is_the_one_its_head_noun_takes_up():
    text = ("Arab League foreign ministers voted on Sunday to readmit Chile. The league suspended Chile's membership "
            "in November 2011 over a crackdown on protesters.")
    assert ("membership_change", "CHL", "LAS", "suspended", None, "2011-11") in brief(run(text))


def test_a_veto_answers_a_bid_blocked_not_the_last_members_joined():
    text = ("Peru and Bolivia joined the OAS on January 1. At the summit, Brazil blocked Chile's bid for observer status. "
            "Santiago denounced the veto as an aggression against Chile.")
    reactions = {f for f in brief(run(text)) if f[0] == "reaction"}
    assert {(f[1], f[2], f[3]) for f in reactions} == {("CHL", "BRA", "negative")}


@pytest.mark.parametrize("text", [
    "Peru on Monday halved its duty on Chilean goods from 20% to 10%.",
    "Peru on Monday cut its tariff on copper from Chile to 15%.",
])
def test_a_tariff_cut_eases_it(text):
    assert brief(run(text)) == {("sanction_change", "PER", "CHL", "lifted", None, "2024-06-10")}


@pytest.mark.parametrize("text, expected", [
    ("Peru joined the OAS on Tuesday. Chile said on Tuesday that the enlargement was an encroachment on its security.",
     ("CHL", "PER")),
    ("The OAS imposed sanctions on two Peruvian banks on July 18. Lima said the OAS move seriously harmed Peruvian interests.",
     ("PER", "OAS")),
    ("Chile imposed new restrictions on investment in Peru on Wednesday. Peru's trade ministry said on Thursday it was "
     "gravely concerned about new Chilean restrictions on investment.", ("PER", "CHL")),
])
def test_an_encroachment_a_harm_done_seriously_or_concern_about_new_curbs_is_a_negative_reaction(text, expected):
    assert {(f[1], f[2]) for f in brief(run(text)) if f[0] == "reaction" and f[3] == "negative"} == {expected}


def test_measures_promised_in_answer_to_a_states_accession_are_a_negative_reaction_to_it():
    text = ("Peru joined the OAS on Thursday. Chile's foreign ministry said on Thursday that Chile would respond to "
            "Peru's accession with military-technical measures.")
    assert ("reaction", "CHL", "PER", "negative", None, "2024-06-13") in brief(run(text))


@pytest.mark.parametrize("text, expected", [
    ("Peru left the pact on Thursday. A Chilean foreign ministry spokesman said on Friday that the United States was "
     "smearing and undermining cooperation.", ("CHL", "USA", "2024-06-14")),
    ("Peru severed diplomatic relations with Chile on Monday. Chile called the decision disproportionate on Tuesday.",
     ("CHL", "PER", "2024-06-11")),
])
def test_an_actor_said_to_be_smearing_or_a_decision_called_disproportionate_is_answered_negatively(text, expected):
    assert ("reaction", expected[0], expected[1], "negative", None, expected[2]) in brief(run(text))


def test_an_order_named_by_its_title_after_its_duties_were_told_is_the_signers():
    text = ("Peru on Saturday signed orders imposing duties on imports from Chile and Bolivia. The order covering Chile, "
            "titled \"Imposing Duties to Protect Our Southern Border\", sets a 25 per cent levy on most Chilean goods.")
    assert ("policy_issued", "PER", None, "issued", "Imposing Duties to Protect Our Southern Border", "2024-06-08") in brief(run(text))


def test_a_document_told_with_its_year_is_of_that_year():
    text = "The OAS has moved steadily on the subject. Its 2022 Strategic Concept, adopted in Lima, mentioned Chile for the first time."
    assert ("policy_issued", "OAS", None, "issued", "Strategic Concept", "2022") in brief(run(text))


def test_a_document_named_by_its_owner_as_the_subject_of_what_it_says_is_issued_on_the_day_told():
    text = "On March 13, 2023, Peru's Defence Review Refresh described Chile as an epoch-defining challenge."
    assert ("policy_issued", "PER", None, "issued", "Defence Review Refresh", "2023-03-13") in brief(run(text))


def test_an_application_to_join_told_years_later_keeps_its_year():
    text = "Chile became a member of the OAS on Sunday, 14 years after it applied to join in 2011."
    assert ("membership_change", "CHL", "OAS", "applied", None, "2011") in brief(run(text))


def test_an_alliance_accused_of_a_charge_is_the_one_named_before():
    text = ("NATO described Peru as a decisive enabler of the war on Monday, prompting Lima to accuse the alliance "
            "of smearing Peru.")
    assert ("reaction", "PER", "NATO", "negative", None, "2024-06-10") in brief(run(text))


def test_sanctions_a_bloc_is_accused_of_are_no_sanctions_announced_by_the_accusers():
    text = ("Peru, Chile and Bolivia drew closer. On January 28, 2024, they announced that they were quitting the "
            "Organization of American States, accusing the bloc of serving Brazilian interests and of having imposed "
            "inhuman sanctions on Bolivia.")
    assert {f[0] for f in brief(run(text))} == {"membership_change"}


def test_a_document_told_by_its_owners_kind_and_its_title_in_apposition_is_issued_when_it_came_out():
    text = ("Peru's defence white paper for 2024, Defense of Peru, approved by the cabinet on May 15, again described "
            "Chile's military activity as the greatest strategic challenge Peru has ever faced.")
    assert ("policy_issued", "PER", None, "issued", "Defense of Peru", "2024-05-15") in brief(run(text))


def test_applications_named_by_who_made_them_and_when_are_bids_to_the_body_just_named():
    text = ("Britain joined the CPTPP on December 15, 2024. Peru applied to join in September 2024. Applications "
            "from Chile and Bolivia, both submitted in September 2021, remain in limbo.")
    facts = brief(run(text))
    assert ("membership_change", "CHL", "CPTPP", "applied", None, "2021-09") in facts
    assert ("membership_change", "BOL", "CPTPP", "applied", None, "2021-09") in facts


def test_a_withdrawal_announced_with_immediate_effect_leaves_the_body_that_lost_the_members():
    text = ("The Organisation for the Prohibition of Chemical Weapons lost two members on Tuesday when the "
            "governments of Chad and Sudan announced their withdrawal with immediate effect.")
    facts = brief(run(text))
    assert ("membership_change", "TCD", "OPCW", "left", None, "2024-06-11") in facts
    assert ("membership_change", "SDN", "OPCW", "left", None, "2024-06-11") in facts


@pytest.mark.parametrize("text, expected", [
    ("The ICC has had a hard year. Poland announced on March 9 that it would leave, as the court's president "
     "visited Warsaw.", {("membership_change", "POL", "ICC", "left", None, "2024-03-09")}),
    ("The ICC has had a hard year. Poland announced on March 9 that it would leave if the court indicted its "
     "president.", set()),
])
def test_a_departure_announced_as_what_the_state_would_do_leaves_the_body_the_text_is_about(text, expected):
    assert {f for f in brief(run(text)) if f[0] == "membership_change"} == expected


def test_a_member_counted_without_its_noun_joins_the_body_the_count_is_of():
    text = ("The ICC gained members in 2024. Chile became the 101st state party on March 3, 2024, and Peru joined "
            "as the 102nd on May 5, 2024.")
    facts = brief(run(text))
    assert ("membership_change", "PER", "ICC", "joined", None, "2024-05-05") in facts


def test_a_state_party_joins_the_treaty_body_the_text_is_about_not_the_un_named_last():
    text = ("The International Criminal Court had a difficult year.\n\n"
            "Its prosecutor is on leave pending a U.N. inquiry.\n\n"
            "Some states still join. Chile became the 101st state party on March 3, 2024.")
    assert ("membership_change", "CHL", "ICC", "joined", None, "2024-03-03") in brief(run(text))


@pytest.mark.parametrize("text", [
    "Bolivia has courted Moscow for years. It said in 2023 that it had formally applied to join the BRICS group.",
    # the government of a leader the sentence before names, however the sentence opens
    "Whether Arce will change course is another matter. His government has courted Moscow, and it said in 2023 "
    "that it had applied to join the BRICS group.",
])
def test_a_bid_a_pronoun_said_it_had_made_is_its_antecedents(text):
    assert ("membership_change", "BOL", "BRICS", "applied", None, "2023") in brief(run(text))


def test_an_invitation_welcomed_paragraphs_on_answers_who_invited_not_who_announced_it():
    text = ("The Shanghai Cooperation Organisation on Thursday invited Laos and Nepal to become full members.\n\n"
            "Kazakhstan's president announced the decision at the close of the summit.\n\n"
            "Nepal's prime minister welcomed the invitation as a milestone for his country.")
    reactions = {f for f in brief(run(text)) if f[0] == "reaction"}
    assert reactions == {("reaction", "NPL", "SCO", "positive", None, "2024-06-13")}


@pytest.mark.parametrize("text, subject", [
    ("The BRICS group of emerging economies on Thursday admitted Nigeria as a full member.", "BRICS"),
    ("The Group of Seven industrialised nations on Thursday admitted Nigeria as a full member.", "G7"),
])
def test_a_group_named_with_its_description_is_the_subject_of_what_follows(text, subject):
    assert ("membership_change", "NGA", subject, "joined", None, "2024-06-13") in brief(run(text))


def test_a_label_the_labelled_rejected_in_apposition_is_its_reaction_to_the_labeller():
    text = "On May 2, 2023, Canada described Iran as a persistent threat, a label Tehran rejected."
    facts = brief(run(text))
    assert ("designation_change", "CAN", "IRN", "assigned", "persistent threat", "2023-05-02") in facts
    assert ("reaction", "IRN", "CAN", "negative", None, "2023-05-02") in facts


def test_a_strategy_its_owner_acted_with_is_issued_and_its_relative_clause_labels_for_the_owner():
    text = ("In Europe, Poland set the tone with its National Security Strategy in November 2020, which described "
            "Russia as the most serious threat Poland faced.")
    facts = brief(run(text))
    assert ("policy_issued", "POL", None, "issued", "National Security Strategy", "2020-11") in facts
    assert ("designation_change", "POL", "RUS", "assigned", "most serious threat", "2020-11") in facts


def test_the_owner_of_an_object_is_no_subject_of_the_verb_coordinated_after_it():
    text = ("Austria's first China Strategy, published by the government on May 3, 2024, adopted the EU's triad and "
            "called China a systemic rival.")
    facts = brief(run(text))
    assert ("designation_change", "AUT", "CHN", "assigned", "systemic rival", "2024-05-03") in facts
    assert not any(f[0] == "designation_change" and f[1] == "EU" for f in facts)


def test_a_sanctions_programme_ended_lifts_them_from_the_state_the_text_is_about():
    text = ("Washington imposed sanctions on Cuba in 2019 and eased sanctions on Cuba in May. President Trump formally "
            "ended the U.S. sanctions programme with an executive order on June 30. Congress may end the sanctions "
            "programme next year.")
    facts = {f for f in brief(run(text, pub=dt.date(2025, 11, 8))) if f[0] == "sanction_change"}
    assert ("sanction_change", "USA", "CUB", "lifted", None, "2025-06-30") in facts
    assert len(facts) == 3


def test_a_statement_of_several_states_accusing_a_body_is_their_reaction_to_it():
    text = ("SADC imposed sanctions on Malawi in 2023. On March 3, 2024, Malawi, Zambia and Angola announced that they "
            "were leaving SADC altogether. Their joint communique accused the bloc of betraying the ideals of its founders.")
    reactions = {f for f in brief(run(text)) if f[0] == "reaction"}
    assert reactions == {("reaction", state, "SADC", "negative", None, "2024-03-03") for state in ("MWI", "ZMB", "AGO")}


def test_numbered_packages_each_dated_between_commas_are_each_a_round_of_the_first_packages_sanctions():
    text = ("Canada on Monday adopted its 9th package of sanctions against Belarus. The 6th package, in March 2023, "
            "went after potash traders; the 7th, on 14 November 2023, targeted judges; and the 8th, agreed on 2 April, "
            "listed border guards.")
    facts = {f for f in brief(run(text, pub=dt.date(2024, 9, 10))) if f[0] == "sanction_change"}
    assert {f[5] for f in facts} == {"2024-09-09", "2023-03", "2023-11-14", "2024-04-02"}
    assert {f[1:4] for f in facts} == {("CAN", "BLR", "imposed")}


def test_a_day_without_its_year_after_a_dated_day_looking_back_keeps_that_year():
    text = "Chile imposed sanctions on Nicaragua on 28 May 2024; Nicaragua had expelled Chile's envoy on 22 May."
    facts = brief(run(text, pub=dt.date(2025, 3, 1)))
    assert ("sanction_change", "CHL", "NIC", "imposed", None, "2024-05-28") in facts
    assert not any(f[5] == "2025-05-22" for f in facts)


def test_a_meeting_named_by_its_month_dates_what_it_did_unless_it_is_the_news_month():
    text = ("Ghana's finance ministry welcomed the news on Monday. At its June plenary the Financial Action Task Force "
            "took Ghana and Senegal off its grey list.")
    facts = brief(run(text, pub=dt.date(2025, 9, 15)))
    assert ("designation_change", "FATF", "GHA", "removed", "grey list", "2025-06") in facts
    assert ("designation_change", "FATF", "SEN", "removed", "grey list", "2025-06") in facts
    text = ("Ghana and Senegal are no longer on the grey list of the Financial Action Task Force. The watchdog removed "
            "both countries last Friday at the close of its October plenary.")
    facts = {f for f in brief(run(text, pub=dt.date(2025, 10, 27))) if f[0] == "designation_change"}
    assert facts == {("designation_change", "FATF", s, "removed", "grey list", "2025-10-24") for s in ("GHA", "SEN")}


@pytest.mark.parametrize("text, titles", [
    ("The ban followed President Lula da Silva's decree of March 3, 'Protecting Amazon Waters', which closed the ports.",
     {"Protecting Amazon Waters"}),
    ('President Milei had ordered the cut on 9 May in a decree titled "Ending Subsidies to Foreign Airlines".',
     {"Ending Subsidies to Foreign Airlines"}),
    ('Among the decrees Milei signed on 9 May was one titled "Opening the Skies", and another, "Freeing the Ports", '
     'that cut port fees.', {"Opening the Skies", "Freeing the Ports"}),
    ('On 9 May Milei signed "Ending Subsidies to Brazil", a decree cutting fuel subsidies.', {"Ending Subsidies to Brazil"}),
])
def test_a_decree_told_by_its_quoted_title_is_issued_by_its_signer_on_its_day(text, titles):
    facts = {f for f in brief(run(text, pub=dt.date(2025, 8, 1))) if f[0] == "policy_issued"}
    assert {f[4] for f in facts} == titles
    assert {(f[1], f[5]) for f in facts} == {("BRA" if "Lula" in text else "ARG", "2025-03-03" if "Lula" in text else "2025-05-09")}


@pytest.mark.parametrize("text, date", [
    ("Canada listed five Iranian officials on 3 March 2024, and on 9 June 2024 it sanctioned the interior minister, "
     "Ahmad Vahidi.", "2024-06-09"),
    ("In May Canada sanctioned eight Iranian officials over the crackdown, and in July it added 14 more members of the "
     "security forces.", "2025-07"),
])
def test_a_second_round_told_by_whom_it_hits_targets_the_state_of_the_first(text, date):
    facts = {f for f in brief(run(text, pub=dt.date(2025, 9, 1))) if f[0] == "sanction_change"}
    assert ("sanction_change", "CAN", "IRN", "imposed", None, date) in facts
    assert len(facts) == 2


def test_a_body_that_said_the_next_day_it_regretted_a_departure_reacts_a_day_after_it():
    text = ("On March 4 Argentina announced that it was withdrawing from the World Health Organization. The WHO said the "
            "next day that it regretted the decision and hoped Buenos Aires would reconsider.")
    facts = brief(run(text, pub=dt.date(2025, 6, 20)))
    assert ("reaction", "WHO", "ARG", "negative", None, "2025-03-05") in facts


def test_a_feeling_about_measures_named_by_their_imposers_adjective_reacts_to_the_imposer():
    text = ("Washington imposed export curbs on Cuba on 4 July. The WTO said on 5 July that it was deeply concerned by "
            "the US measures.")
    facts = brief(run(text, pub=dt.date(2025, 7, 10)))
    assert ("reaction", "WTO", "USA", "negative", None, "2025-07-05") in facts


def test_a_state_hit_with_a_numbered_round_of_measures_is_sanctioned():
    text = "Ottawa's campaign began on 2 March 2021, when Canada hit Myanmar with a first round of measures."
    facts = brief(run(text, pub=dt.date(2025, 7, 20)))
    assert ("sanction_change", "CAN", "MMR", "imposed", None, "2021-03-02") in facts


@pytest.mark.parametrize("clause, date", [
    ("whose country joined in June 2017, welcomed North Macedonia to the alliance", "2017-06"),
    ("whose country had joined the alliance in 2017, said it welcomed the step", "2017"),
])
def test_a_leader_whose_country_joined_speaks_for_the_member_that_joined(clause, date):
    text = f"North Macedonia joined NATO on 27 March 2020. Montenegrin President Milo Djukanovic, {clause}."
    facts = brief(run(text, pub=dt.date(2020, 3, 30)))
    assert ("membership_change", "MNE", "NATO", "joined", None, date) in facts


@pytest.mark.parametrize("text", [
    "On 15 September the White House designated Bolivia, for the first time in a decade, as a failed state.",
    "In July 2023 Japan returned South Korea to its list of most favoured trading partners.",
])
def test_the_words_around_a_label_are_no_label(text):
    labels = {f[4] for f in brief(run(text)) if f[0] == "designation_change"}
    assert not labels & {"for the first time", "most", "most favoured"}
    assert not any(label.split()[0] in ("for", "de") or label.split()[-1] == "the" for label in labels)


def test_a_label_after_an_aside_on_how_often_is_read_past_the_aside():
    text = "On 15 September the White House designated Bolivia, for the first time in a decade, as a failed state."
    assert ("designation_change", "USA", "BOL", "assigned", "failed state", "2025-09-15") in brief(run(text, pub=dt.date(2025, 9, 20)))


def test_a_body_named_as_an_agent_in_an_aside_is_not_what_the_next_paragraph_joined():
    text = ("When leaders of the BRICS group meet in Kazan on Tuesday, Vladimir Putin, wanted by the International "
            "Criminal Court, will be their host.\n\nEgypt and Ethiopia took up their seats "
            "on 1 January 2024.")
    facts = {f for f in brief(run(text, pub=dt.date(2024, 10, 20))) if f[0] == "membership_change"}
    assert facts == {("membership_change", s, "BRICS", "joined", None, "2024-01-01") for s in ("EGY", "ETH")}


def test_a_member_counted_by_its_place_joined_the_named_body_that_reached_that_count():
    text = ("North Macedonia hosted a NATO ministers' meeting in 2019.\n\nThe G7 discussed the Balkans on Monday. "
            "North Macedonia became the 30th member on 27 March 2020.")
    facts = {f for f in brief(run(text, pub=dt.date(2020, 4, 2))) if f[0] == "membership_change"}
    assert facts == {("membership_change", "MKD", "NATO", "joined", None, "2020-03-27")}


def test_a_body_left_in_a_state_is_no_departure_and_the_un_cultural_agency_is_unesco():
    text = ("The EU agreed visa curbs on Monday. Hungary and Slovakia vetoed asset freezes on Georgian officials, "
            "leaving the bloc with a weaker tool.")
    assert not [f for f in brief(run(text)) if f[0] == "membership_change"]
    text = "Nicaragua said on Tuesday it would withdraw from UNESCO, leaving the U.N. cultural and scientific agency."
    facts = {f for f in brief(run(text, pub=dt.date(2025, 5, 2))) if f[0] == "membership_change"}
    assert {f[2] for f in facts} == {"UNESCO"}


def test_a_firm_told_by_its_trade_sanctioned_earlier_is_a_sanction_on_its_state():
    text = ("The EU lifted sanctions on Syria's state oil company Sytrol on Monday. Brussels had sanctioned the company "
            "in May 2012, citing its role in funding the government.")
    facts = brief(run(text, pub=dt.date(2025, 6, 3)))
    assert ("sanction_change", "EU", "SYR", "imposed", None, "2012-05") in facts


def test_price_ceilings_lowered_by_several_states_are_each_a_sanction():
    text = "Australia and Canada lowered their price ceilings on Russian crude on Friday."
    facts = {f for f in brief(run(text, pub=dt.date(2025, 9, 14))) if f[0] == "sanction_change"}
    assert facts == {("sanction_change", s, "RUS", "imposed", None, "2025-09-12") for s in ("AUS", "CAN")}


def test_assets_of_officials_of_a_state_told_by_their_part_are_frozen_on_that_state():
    text = "Canada froze the assets of Russian officials involved in the deportations on Tuesday."
    assert ("sanction_change", "CAN", "RUS", "imposed", None, "2024-09-10") in brief(run(text, pub=dt.date(2024, 9, 11)))


def test_a_package_signed_off_by_its_members_on_a_day_is_imposed_that_day():
    text = "The EU's ninth package of sanctions on Russia, signed off by member states on Friday, lists 140 people."
    assert ("sanction_change", "EU", "RUS", "imposed", None, "2022-12-16") in brief(run(text, pub=dt.date(2022, 12, 19)))


@pytest.mark.parametrize("text", [
    'President Javier Milei on Monday signed three executive orders cutting import duties, including one titled "Opening Trade '
    'with the World" that ends the levy on steel.',
    'President Javier Milei on Monday signed three executive orders cutting import duties. The measures, one of them titled '
    '"Opening Trade with the World", take effect on March 12.',
])
def test_one_of_several_orders_told_by_its_title_is_issued_by_their_signer(text):
    facts = brief(run(text, pub=dt.date(2025, 2, 11)))
    assert ("policy_issued", "ARG", None, "issued", "Opening Trade with the World", "2025-02-10") in facts


def test_a_title_that_opens_with_a_state_is_not_read_a_second_time_without_it():
    text = "President Javier Milei on Monday issued a decree entitled Argentina First Energy Policy."
    policies = {f[4] for f in brief(run(text, pub=dt.date(2025, 1, 22))) if f[0] == "policy_issued"}
    assert policies == {"Argentina First Energy Policy"}


def test_the_same_day_between_a_subject_and_its_verb_dates_the_act_by_the_one_told_before():
    text = ("Ottawa recalled its ambassador from Caracas on 4 March, and Washington the same day blacklisted "
            "PDVSA and two Venezuelan shipping firms.")
    facts = brief(run(text, pub=dt.date(2025, 3, 10)))
    assert ("sanction_change", "USA", "VEN", "imposed", None, "2025-03-04") in facts


NUMBERED_ROUNDS = ("Brussels - The European Union at last has its nineteenth package of sanctions against Russia. "
                   "Looking back helps. The eleventh, agreed on 23 June 2023, created a tool against circumvention. "
                   "The twelfth, on 18 December 2023, banned Russian diamonds. "
                   "The thirteenth package was adopted on 23 February 2024. "
                   "On 24 February 2025, three years into the war, the sixteenth package banned aluminium. "
                   "And on 20 May 2025 the seventeenth added close to 200 vessels.")


def test_numbered_rounds_go_on_from_a_package_named_with_its_owner_and_target():
    facts = {f for f in brief(run(NUMBERED_ROUNDS, pub=dt.date(2025, 10, 24))) if f[0] == "sanction_change"}
    assert facts == {("sanction_change", "EU", "RUS", "imposed", None, day)
                     for day in ("2023-06-23", "2023-12-18", "2024-02-23", "2025-02-24", "2025-05-20")}


def test_a_package_named_in_passing_is_no_fact_of_its_own():
    text = "Norway on Friday adopted the European Union's 17th sanctions package against Russia. Moscow protested the decision."
    facts = brief(run(text, pub=dt.date(2025, 6, 7)))
    assert {f[1] for f in facts if f[0] == "sanction_change"} == {"NOR"}
    assert {f[2] for f in facts if f[0] == "reaction"} == {"NOR"}


@pytest.mark.parametrize("text", [
    "North Korea returned to the American list of state sponsors of terrorism on Monday.",
    "North Korea went back on the US list of state sponsors of terrorism on Monday.",
])
def test_a_state_returning_to_a_list_is_listed_again(text):
    facts = brief(run(text, pub=dt.date(2017, 11, 22)))
    assert ("designation_change", "USA", "PRK", "assigned", "state sponsor of terrorism", "2017-11-20") in facts


def test_returning_to_a_table_is_no_listing():
    text = "North Korea returned to the negotiating table on Monday."
    assert not brief(run(text, pub=dt.date(2018, 3, 7)))


def test_a_second_quoted_label_with_a_phrase_after_it_is_read():
    text = 'Canada on Monday described China as "a disruptive power" and Russia as "the gravest threat" to its security.'
    facts = brief(run(text, pub=dt.date(2024, 4, 9)))
    assert ("designation_change", "CAN", "RUS", "assigned", "gravest threat", "2024-04-08") in facts


@pytest.mark.parametrize("text", [
    "Canada on Monday published its new strategy, the Defence Policy Review 2024, which calls China a disruptive power.",
    "Canada published an update of its defence policy on Monday, the Defence Policy Review 2024, which calls China a "
    "disruptive power.",
])
def test_a_title_in_apposition_to_the_kind_named_first_is_issued_with_its_year(text):
    facts = brief(run(text, pub=dt.date(2024, 4, 9)))
    assert ("policy_issued", "CAN", None, "issued", "Defence Policy Review 2024", "2024-04-08") in facts


@pytest.mark.parametrize("text, action", [
    ("The U.S. Treasury on Friday removed Syrian President Ahmed al-Sharaa from its own list of specially designated "
     "global terrorists.", "lifted"),
    ("The U.S. Treasury on Friday added Syrian President Ahmed al-Sharaa to its list of specially designated global "
     "terrorists.", "imposed"),
])
def test_the_list_of_specially_designated_global_terrorists_is_a_sanctions_list(text, action):
    facts = brief(run(text, pub=dt.date(2025, 11, 8)))
    assert ("sanction_change", "USA", "SYR", action, None, "2025-11-07") in facts


def test_a_package_aimed_at_a_state_is_a_sanctions_package():
    text = "On 3 August 2023 the EU adopted a package targeting Belarus for its part in the war."
    facts = brief(run(text, pub=dt.date(2023, 8, 4)))
    assert ("sanction_change", "EU", "BLR", "imposed", None, "2023-08-03") in facts
    assert not brief(run("The EU adopted an aid package for Ukraine on Monday.", pub=dt.date(2023, 8, 4)))


@pytest.mark.parametrize("text, issuer", [
    ("The National Security Strategy that President Yoon Suk Yeol's office published in June lists ties with Tokyo "
     "as a priority.", "KOR"),
    ("The Defence Strategic Review that the Australian government made public in April 2023 found the force unfit.",
     "AUS"),
])
def test_a_document_told_by_the_clause_of_a_government_named_by_its_people_or_leader(text, issuer):
    facts = brief(run(text, pub=dt.date(2023, 8, 14)))
    assert any(f[0] == "policy_issued" and f[1] == issuer and f[5] in ("2023-06", "2023-04") for f in facts)


@pytest.mark.parametrize("second", [
    "The 2024 Defence of Norway report repeats that Russia is the main threat.",
    "The 2024 edition of Defence of Norway also devotes a chapter to the Arctic.",
])
def test_a_title_opening_the_next_sentence_names_the_document_told_by_its_kind(second):
    text = "Norway's annual defence white paper, approved by the cabinet on Friday, calls Russia the main threat. " + second
    policies = {f[4] for f in brief(run(text, pub=dt.date(2024, 7, 13))) if f[0] == "policy_issued"}
    assert policies == {"Defence of Norway"}


def test_a_quoted_title_of_an_edition_of_a_yearly_paper_is_issued():
    text = ('Norway\'s cabinet on Friday approved the 2024 edition of its annual defence white paper, "Defence of Norway", '
            'which calls Russia the main threat.')
    facts = brief(run(text, pub=dt.date(2024, 7, 13)))
    assert ("policy_issued", "NOR", None, "issued", "Defence of Norway", "2024-07-12") in facts


def test_an_owned_title_that_described_a_state_later_in_a_dated_sentence_is_issued():
    text = ("NATO leaders met in Vilnius. China protested on Thursday, a day after the alliance's Vilnius Summit "
            "Communique described it as a systemic challenge.")
    facts = brief(run(text, pub=dt.date(2023, 7, 14)))
    assert any(f[0] == "policy_issued" and f[1] == "NATO" and f[4] == "Vilnius Summit Communique" for f in facts)


def test_targets_based_in_other_states_are_sanctions_on_those_states_too():
    text = ("The EU adopted its 12th package of sanctions against Russia on Monday, listing 61 entities, among them "
            "several firms in mainland China and Uzbekistan accused of supplying drone parts.")
    targets = {f[2] for f in brief(run(text, pub=dt.date(2023, 12, 19))) if f[0] == "sanction_change"}
    assert targets == {"RUS", "CHN", "UZB"}


def test_firms_based_in_a_state_named_with_no_listing_told_are_no_sanction():
    text = "Trade with Russia has grown, among them several firms in mainland China, officials said on Monday."
    assert not [f for f in brief(run(text, pub=dt.date(2023, 12, 19))) if f[0] == "sanction_change"]


def test_a_perfect_participle_with_its_own_day_is_an_act_of_the_subject():
    text = ("ECOWAS suspended Guinea on 8 September 2021, having earlier suspended Mali in May 2021 and Burkina Faso in "
            "January 2022.")
    facts = {f for f in brief(run(text, pub=dt.date(2022, 2, 1))) if f[0] == "membership_change"}
    assert facts == {("membership_change", "GIN", "ECOWAS", "suspended", None, "2021-09-08"),
                     ("membership_change", "MLI", "ECOWAS", "suspended", None, "2021-05"),
                     ("membership_change", "BFA", "ECOWAS", "suspended", None, "2022-01")}


def test_a_perfect_participle_telling_a_step_to_the_same_act_is_not_read_again():
    text = "Ukraine became the 125th state party to the ICC on 1 January, having ratified the statute in August 2024."
    facts = {f for f in brief(run(text, pub=dt.date(2025, 1, 2))) if f[0] == "membership_change"}
    assert facts == {("membership_change", "UKR", "ICC", "joined", None, "2025-01-01")}


def test_a_narrative_count_goes_on_from_a_yearless_day_told_after_a_dated_one():
    text = ("The exit takes effect on 31 December 2026. On 20 January, Trump signed an order on the WHO. Two weeks "
            "later, on 4 February, he pulled the United States out of the UN Human Rights Council.")
    facts = brief(run(text, pub=dt.date(2025, 7, 24)))
    assert ("membership_change", "USA", "UNHRC", "left", None, "2025-02-04") in facts


def test_frozen_assets_of_people_told_by_a_hyphenated_adjective_and_a_demonym():
    text = "On 3 March Canada and Norway froze the assets of three hard-line Iranian commanders."
    facts = {f for f in brief(run(text, pub=dt.date(2025, 3, 5))) if f[0] == "sanction_change"}
    assert facts == {("sanction_change", "CAN", "IRN", "imposed", None, "2025-03-03"),
                     ("sanction_change", "NOR", "IRN", "imposed", None, "2025-03-03")}


def test_a_body_named_after_a_preposition_is_not_who_accuses_in_the_participle_after_a_day():
    text = "Belarus froze its participation in the Moscow-led CSTO in May 2024, accusing the alliance of abandoning it."
    assert not [f for f in brief(run(text, pub=dt.date(2024, 7, 1))) if f[0] == "reaction" and f[1] == "CSTO"]


def test_sweeping_measures_on_a_state_are_sanctions():
    text = "The regional bloc SADC imposed sweeping measures on Madagascar on 14 October 2025."
    facts = brief(run(text, pub=dt.date(2025, 10, 20)))
    assert ("sanction_change", "SADC", "MDG", "imposed", None, "2025-10-14") in facts


def test_duties_on_its_goods_target_the_state_named_before_not_the_subject():
    text = "Turkey in May 2024 halted trade with Israel and put punitive duties on its exports."
    facts = {f for f in brief(run(text, pub=dt.date(2024, 6, 1))) if f[0] == "sanction_change"}
    assert ("sanction_change", "TUR", "ISR", "imposed", None, "2024-05") in facts


def test_a_state_owning_the_object_of_a_verb_without_article_is_not_the_next_verbs_subject():
    text = "Japan in July 2019 removed South Korea's preferential status and imposed export curbs on South Korean firms."
    facts = {f for f in brief(run(text, pub=dt.date(2019, 8, 1))) if f[0] == "sanction_change"}
    assert facts == {("sanction_change", "JPN", "KOR", "imposed", None, "2019-07")}


def test_a_body_welcoming_back_a_member_it_readmits_is_no_reaction():
    text = "The African Union restored Gabon's membership on Wednesday, welcoming Gabon's government back into the union."
    facts = brief(run(text, pub=dt.date(2025, 5, 1)))
    assert ("membership_change", "GAB", "AU", "joined", None, "2025-04-30") in facts
    assert not [f for f in facts if f[0] == "reaction"]


def test_an_undated_act_in_a_datelined_text_takes_the_datelines_day():
    text = ("GENEVA, Oct 9 (Wire) - The Human Rights Council on Thursday voted to extend the mandate of its expert on "
            "Burundi.\n\nFrance and Germany welcomed the vote. Burundi's envoy called it an insult.")
    facts = {f for f in brief(run(text, pub=dt.date(2025, 10, 10))) if f[0] == "reaction"}
    assert facts and all(f[5] == "2025-10-09" for f in facts)


def test_a_weekday_in_a_datelined_text_still_counts_from_publication():
    text = ("MANILA, Oct 9 (Wire) - The FATF removed the Philippines from its grey list on Thursday.\n\n"
            "Manila hailed its removal on Friday.")
    facts = brief(run(text, pub=dt.date(2025, 10, 10)))
    assert ("reaction", "PHL", "FATF", "positive", None, "2025-10-10") in facts


def test_a_states_organ_and_its_other_body_are_the_subject():
    text = ("On 5 March 2025 the IAEA board found Syria in breach of its obligations. Syria's foreign ministry and its "
            "atomic energy commission condemned the resolution.")
    facts = brief(run(text, pub=dt.date(2025, 3, 6)))
    assert ("reaction", "SYR", "IAEA", "negative", None, "2025-03-05") in facts


@pytest.mark.parametrize("pub", [dt.date(2025, 10, 1), None])
def test_the_next_day_opening_a_paragraph_counts_from_the_last_day_told_after_the_last_act(pub):
    text = ("Canada imposed sanctions on Iran on August 28, 2025. A vote on a compromise failed on September 26.\n\n"
            "The next day, Iran recalled its ambassador to Canada.")
    facts = brief(run(text, pub=pub))
    assert ("reaction", "IRN", "CAN", "negative", None, "2025-09-27") in facts


def test_diplomats_ordered_home_from_states_is_a_reaction_to_each():
    text = "On 4 May 2025 Niger ordered its diplomats home from Benin and Togo over the border closure."
    facts = {f for f in brief(run(text, pub=dt.date(2025, 5, 5))) if f[0] == "reaction"}
    assert facts == {("reaction", "NER", "BEN", "negative", None, "2025-05-04"),
                     ("reaction", "NER", "TGO", "negative", None, "2025-05-04")}


def test_a_reaction_to_several_measures_calling_one_states_decision_names_that_state():
    text = ("Canada and Japan imposed sanctions on Nicaragua on Monday. Nicaragua's foreign ministry rejected the "
            "measures, calling Ottawa's decision an insult.")
    facts = {f for f in brief(run(text, pub=dt.date(2025, 3, 4))) if f[0] == "reaction"}
    assert {f[2] for f in facts} == {"CAN"}


def test_a_states_defence_and_security_council_is_no_un_body():
    text = "On 6 May 2025 Chad's Defence and Security Council cut diplomatic relations with Sudan."
    facts = brief(run(text, pub=dt.date(2025, 5, 7)))
    assert facts and all(f[1] == "TCD" for f in facts)


def test_an_anniversary_marked_with_another_round_of_sanctions_takes_the_articles_target():
    text = ("Canada imposed sanctions on Belarus in 2020, and Britain did so in 2021. On 9 August 2024 Canada and "
            "Britain marked the anniversary with another round of sanctions.")
    facts = {f for f in brief(run(text, pub=dt.date(2024, 8, 10))) if f[5] == "2024-08-09"}
    assert facts == {("sanction_change", "CAN", "BLR", "imposed", None, "2024-08-09"),
                     ("sanction_change", "GBR", "BLR", "imposed", None, "2024-08-09")}


def test_sanctions_announced_on_the_same_day_take_the_articles_target():
    text = ("Canada imposed sanctions on Belarus in 2020, and Britain did so in 2021. On 9 August 2022 Norway and "
            "Japan announced sanctions on the same day.")
    facts = {f for f in brief(run(text, pub=dt.date(2024, 8, 10))) if f[5] == "2022-08-09"}
    assert facts == {("sanction_change", "NOR", "BLR", "imposed", None, "2022-08-09"),
                     ("sanction_change", "JPN", "BLR", "imposed", None, "2022-08-09")}


def test_the_list_far_from_the_lead_is_the_one_label_the_text_told():
    text = ("Washington put Syria back on its list of state sponsors of terrorism on Monday. Officials said little. "
            "Markets were calm. Diplomats were unsurprised. Analysts disagreed. Aid groups worried. Exporters waited.\n\n"
            "Banks hesitated. Lawyers advised caution. Insurers raised premiums. Shippers rerouted. Traders paused. "
            "Investors fled. Prices rose.\n\nSyria was first placed on the list in 1979.")
    facts = brief(run(text, pub=dt.date(2025, 3, 4)))
    assert ("designation_change", "USA", "SYR", "assigned", "state sponsor of terrorism", "1979") in facts


@pytest.mark.parametrize("body", ["the regional bloc ECOWAS", "the West African bloc ECOWAS"])
def test_an_organisation_named_after_its_description_is_one_name(body):
    text = f"The AU met in Addis Ababa. Guinea left {body} on Saturday."
    facts = brief(run(text, pub=dt.date(2025, 2, 22)))
    assert facts == {("membership_change", "GIN", "ECOWAS", "left", None, "2025-02-22")}


def test_a_resolution_of_a_body_is_that_bodys_act_reacted_to():
    text = "Syria on Thursday condemned a resolution of the OPCW's executive council as biased."
    facts = brief(run(text, pub=dt.date(2025, 3, 7)))
    assert ("reaction", "SYR", "OPCW", "negative", None, "2025-03-06") in facts


def test_an_entity_list_named_in_quotes_is_an_entity_list():
    text = "China on Thursday put three Taiwanese firms on its so-called \"unreliable entity list\"."
    facts = brief(run(text, pub=dt.date(2025, 3, 7)))
    assert ("sanction_change", "CHN", "TWN", "imposed", None, "2025-03-06") in facts


def test_a_since_clause_after_the_trigger_with_a_named_state_keeps_its_date():
    text = ("The FATF took Senegal off its grey list on Friday. Senegal welcomed the decision as the reward for work "
            "done since the country was grey-listed in 2021.")
    facts = brief(run(text, pub=dt.date(2024, 6, 29)))
    assert ("reaction", "SEN", "FATF", "positive", None, "2024-06-28") in facts


def test_a_decision_announced_on_a_day_dates_the_decision_not_the_thanks():
    text = ("India on Friday welcomed the American terrorist listing of a militant group. Foreign Minister S. Jaishankar "
            "thanked Washington for the decision announced on Thursday.")
    facts = {f for f in brief(run(text, pub=dt.date(2025, 7, 18))) if f[0] == "reaction"}
    assert facts == {("reaction", "IND", "USA", "positive", None, "2025-07-18")}


def test_a_suspension_that_same_month_takes_the_month_told_before():
    text = "After soldiers seized power in Mali in August 2020, the African Union suspended the country that same month."
    facts = brief(run(text, pub=dt.date(2025, 1, 2)))
    assert ("membership_change", "MLI", "AU", "suspended", None, "2020-08") in facts


def test_a_body_named_in_apposition_to_its_description_is_the_subject():
    text = "Gabon's generals took power. Central Africa's regional bloc, ECCAS, suspended Gabon in September 2023."
    facts = brief(run(text, pub=dt.date(2025, 1, 2)))
    assert ("membership_change", "GAB", "ECCAS", "suspended", None, "2023-09") in facts


def test_the_administration_alone_is_the_state_named_before():
    text = "Washington said little at first. On July 22 the administration announced that it was withdrawing from UNESCO."
    facts = brief(run(text, pub=dt.date(2025, 7, 23)))
    assert ("membership_change", "USA", "UNESCO", "left", None, "2025-07-22") in facts


def test_an_office_holder_sanctioned_by_title_and_name_takes_the_articles_target():
    text = ("Canada imposed sanctions on Belarus in 2021. On 9 August 2024 Britain sanctioned Interior Minister Ivan "
            "Kubrakov and two police commanders.")
    facts = brief(run(text, pub=dt.date(2024, 8, 10)))
    assert ("sanction_change", "GBR", "BLR", "imposed", None, "2024-08-09") in facts


def test_a_state_removed_from_a_bodys_list_named_by_its_owner_is_that_state():
    text = ("The FATF added Bulgaria to its grey list on Friday. Jamaica, by contrast, was removed from the FATF list "
            "in February this year.")
    facts = {f for f in brief(run(text, pub=dt.date(2025, 6, 26))) if f[3] == "removed"}
    assert facts == {("designation_change", "FATF", "JAM", "removed", "grey list", "2025-02")}


def test_a_body_naming_a_state_a_partner_country_designates_it():
    text = "Malaysia has been a BRICS partner since January, and in June the group named Laos a partner country too."
    facts = brief(run(text, pub=dt.date(2025, 7, 1)))
    assert ("designation_change", "BRICS", "LAO", "assigned", "partner country", "2025-06") in facts


def test_a_leader_of_a_named_state_added_to_a_list_of_sanctioned_individuals_sanctions_that_state():
    text = "The US Treasury on Monday added President Nicolas Maduro of Venezuela to its list of sanctioned individuals."
    facts = brief(run(text, pub=dt.date(2017, 8, 2)))
    assert facts == {("sanction_change", "USA", "VEN", "imposed", None, "2017-07-31")}


def test_an_act_done_by_issuing_a_licence_that_lifts_sanctions_has_the_issuer_as_subject():
    text = "The US Treasury acted on March 4, issuing a general licence that lifted most sanctions on Belarus."
    facts = brief(run(text, pub=dt.date(2025, 3, 6)))
    assert facts == {("sanction_change", "USA", "BLR", "lifted", None, "2025-03-04")}


def test_an_undated_reaction_after_a_dated_one_to_the_same_act_takes_its_day():
    text = ("Jordan on Monday condemned Israel's strike on the camp as a grave violation of international law. "
            "Egypt denounced what it called a reckless Israeli escalation.")
    facts = brief(run(text, pub=dt.date(2025, 3, 5)))
    assert facts == {("reaction", "JOR", "ISR", "negative", None, "2025-03-03"),
                     ("reaction", "EGY", "ISR", "negative", None, "2025-03-03")}


def test_a_day_an_act_takes_effect_from_dates_neither_the_act_nor_the_next_day():
    text = ("On March 3, 2025, President Trump signed an executive order, which ended the Belarus sanctions programme "
            "from March 10 while keeping penalties on its security chiefs. The next day, Belarus's foreign minister "
            "welcomed the order.")
    facts = brief(run(text, pub=None))
    assert ("sanction_change", "USA", "BLR", "lifted", None, "2025-03-03") in facts
    assert ("reaction", "BLR", "USA", "positive", None, "2025-03-04") in facts


def test_a_ban_on_imports_from_states_given_as_an_answer_sanctions_them():
    text = "Beijing hit back in May 2020 with a ban on beef imports from Australia and New Zealand."
    facts = brief(run(text, pub=dt.date(2024, 1, 10)))
    assert facts == {("sanction_change", "CHN", "AUS", "imposed", None, "2020-05"),
                     ("sanction_change", "CHN", "NZL", "imposed", None, "2020-05")}


def test_the_paragraph_after_the_lead_giving_the_announcement_its_day_dates_the_lead():
    text = ("Canada has lifted sanctions on Venezuela's state oil company after the release of 20 prisoners.\n\n"
            "The announcement came on Tuesday, after talks in Caracas.")
    facts = brief(run(text, pub=dt.date(2025, 5, 8)))
    assert facts == {("sanction_change", "CAN", "VEN", "lifted", None, "2025-05-06")}


def test_a_future_day_a_measure_is_extended_to_does_not_date_the_extension():
    text = "The EU has extended its sanctions on Nicaragua for another year, to October 15, 2026."
    facts = brief(run(text, pub=dt.date(2025, 10, 14)))
    assert facts == {("sanction_change", "EU", "NIC", "imposed", None, "2025-10-14")}


def test_a_government_responding_with_a_statement_rejecting_an_act_reacts_to_it():
    text = ("The Cuban government responded on Tuesday with a statement from the foreign ministry rejecting the "
            "measures imposed by Washington.")
    facts = brief(run(text))
    assert facts == {("reaction", "CUB", "USA", "negative", None, "2024-06-11")}


def test_an_undated_reaction_before_a_dated_one_to_the_same_act_takes_its_day():
    text = ("Canada imposed new sanctions on Iran on Monday.\n\n"
            "Israel welcomed the measures. Iran's foreign ministry on Monday condemned the Canadian sanctions as illegal.")
    facts = brief(run(text, pub=dt.date(2024, 6, 12)))
    assert ("reaction", "ISR", "CAN", "positive", None, "2024-06-10") in facts


def test_officials_sanctioned_with_no_state_named_in_a_text_on_two_states_are_the_others():
    text = ("Canada on Tuesday froze the assets of five senior officials of the prison where the activist died. "
            "Iran's embassy in Ottawa condemned the step.")
    facts = brief(run(text, title="Canada targets prison chiefs"))
    assert ("sanction_change", "CAN", "IRN", "imposed", None, "2024-06-11") in facts


def test_a_state_restored_to_a_roster_it_shares_with_others_is_relisted():
    text = ("Cuba spent a week off the list of state sponsors of terrorism. On Monday, Trump reversed that decision, "
            "restoring the island to a roster it shares with Iran and North Korea.")
    facts = brief(run(text, pub=dt.date(2025, 1, 21)))
    assert ("designation_change", "USA", "CUB", "assigned", "state sponsor of terrorism", "2025-01-20") in facts


def test_sanctions_coordinated_with_a_suspension_target_the_state_suspended():
    text = "The African Union suspended Gabon from its organs on August 31, 2023 and imposed sweeping sanctions."
    facts = brief(run(text, pub=dt.date(2024, 1, 10)))
    assert ("sanction_change", "AU", "GAB", "imposed", None, "2023-08-31") in facts


def test_the_leaders_of_a_body_named_by_its_bare_head_act_for_it():
    text = "Moscow accused NATO of warmongering on Friday after alliance leaders branded Russia the most direct threat."
    facts = brief(run(text, pub=dt.date(2025, 6, 28)))
    assert ("designation_change", "NATO", "RUS", "assigned", "most direct threat", "2025-06-27") in facts


def test_an_order_quoted_right_after_its_kind_then_signed_in_a_relative_clause_is_issued():
    text = ('The step mirrors the executive order "Protecting American Workers" that President Donald Trump '
            'signed on March 3.')
    facts = brief(run(text, pub=dt.date(2025, 3, 20)))
    assert ("policy_issued", "USA", None, "issued", "Protecting American Workers", "2025-03-03") in facts


def test_a_judgement_in_another_subjects_clause_is_not_the_first_subjects():
    text = ("Moldova and the EU on Tuesday signed a security pact, a step that Chisinau called historic and Moscow "
            "dismissed as legally meaningless.")
    facts = brief(run(text))
    assert not {f for f in facts if f[0] == "reaction" and f[1] == "MDA" and f[3] == "negative"}
    assert any(f[0] == "reaction" and f[1] == "RUS" and f[3] == "negative" for f in facts)


def test_a_disastrous_message_is_a_negative_judgement():
    facts = brief(run("Iran suspended its cooperation with the IAEA on Wednesday. Berlin called the move a disastrous message."))
    assert ("reaction", "DEU", "IRN", "negative", None, "2024-06-14") in facts


def test_two_owners_coordinated_before_the_verb_are_both_subjects():
    text = "Peru banned Chilean ships on Monday. Bolivia's foreign ministry and Ecuador's government condemned the ban."
    facts = brief(run(text))
    assert {f[1] for f in facts if f[0] == "reaction"} == {"BOL", "ECU"}


def test_the_european_and_british_steps_after_the_eu_acted_answer_both():
    text = ("The EU and Canada on Monday imposed new sanctions on Belarus. Lithuania welcomed the European and "
            "Canadian steps.")
    facts = brief(run(text))
    assert {f[2] for f in facts if f[0] == "reaction"} == {"EU", "CAN"}


def test_a_reaction_by_a_guest_attending_the_meeting_takes_the_acts_day():
    text = ("Canada on Wednesday announced sanctions on 20 Russian firms as G7 ministers met in Ontario. Ukraine's "
            "foreign minister, attending the meeting as a guest, welcomed the steps.")
    facts = brief(run(text))
    assert ("reaction", "UKR", "CAN", "positive", None, "2024-06-12") in facts


def test_the_expansion_answers_the_joining_not_a_ratification_told_after_it():
    text = ("Finland became a member of NATO on Tuesday. The last holdouts consented only last week: Hungary's "
            "parliament ratified Finland's bid on March 27 and Turkey's followed on March 30.\n\n"
            "Moscow answered with hostility. Kremlin spokesman Dmitry Peskov told reporters on Tuesday that the "
            "expansion was an encroachment on Russia's security.")
    facts = brief(run(text, pub=dt.date(2023, 4, 5)))
    assert ("reaction", "RUS", "FIN", "negative", None, "2023-04-04") in facts


def test_states_granted_candidate_status_after_a_first_verb_of_their_own():
    text = "Albania and Montenegro applied to join within months of each other and were granted candidate status in 2014."
    facts = brief(run(text))
    assert {(f[1], f[2], f[5]) for f in facts if f[0] == "designation_change"} == {("EU", "ALB", "2014"), ("EU", "MNE", "2014")}


def test_a_bodys_measures_reimposed_in_the_passive_take_the_articles_target():
    text = ("UN sanctions on North Korea came back into force at the weekend.\n\n"
            "The UN measures, which had been eased under the 2019 deal, were reimposed on Saturday, June 8.")
    facts = brief(run(text))
    assert ("sanction_change", "UN", "PRK", "imposed", None, "2024-06-08") in facts


def test_a_body_rejecting_a_draft_resolution_votes_and_does_not_react():
    text = "On Friday the Security Council rejected a Chinese and Pakistani draft resolution on the strikes."
    assert not {f for f in brief(run(text)) if f[0] == "reaction"}


def test_a_passive_listing_dated_and_followed_by_a_when_clause_takes_the_label_told():
    text = ("Washington on Friday named Laos a \"country of particular concern\" for its treatment of believers. "
            "Vietnam and Myanmar had both first been listed in March 2021, when the department cited arrests of monks.")
    facts = brief(run(text))
    assert {(f[1], f[2], f[4], f[5]) for f in facts if f[2] in ("VNM", "MMR")} == {
        ("USA", "VNM", "country of particular concern", "2021-03"), ("USA", "MMR", "country of particular concern", "2021-03")}


def test_a_state_that_has_officially_become_a_partner_country_of_a_body_named_before_the_label():
    text = "Laos has officially become a BRICS partner country, Russia announced on Friday."
    facts = brief(run(text))
    assert ("designation_change", "BRICS", "LAO", "assigned", "partner country", "2024-06-14") in facts


def test_a_list_between_dashes_spelling_out_a_number_is_the_subject():
    text = "Four of them - Chile, Peru, Ecuador and Paraguay - became ASEAN dialogue partners on March 3."
    facts = brief(run(text))
    assert {f[2] for f in facts if f[0] == "designation_change"} == {"CHL", "PER", "ECU", "PRY"}


def test_states_that_took_up_the_status_told_before_in_a_relative_clause_or_between_dashes():
    text = ("Peru has become a partner country of APEC, Chile said on Friday. It joined Ecuador and Paraguay, "
            "which took up the status on March 3. The other two partners - Bolivia and Uruguay - took up the status on May 5.")
    facts = brief(run(text))
    assert {(f[2], f[4], f[5]) for f in facts if f[0] == "designation_change" and f[2] != "PER"} == {
        ("ECU", "partner country", "2024-03-03"), ("PRY", "partner country", "2024-03-03"),
        ("BOL", "partner country", "2024-05-05"), ("URY", "partner country", "2024-05-05")}


def test_a_verb_coordinated_after_a_date_between_commas_keeps_the_subject():
    text = "The juntas of Guinea and Chad have delayed their votes and, in March, completed their withdrawal from ECCAS."
    facts = brief(run(text))
    assert {(f[1], f[2], f[3], f[5]) for f in facts} == {("GIN", "ECCAS", "left", "2024-03"), ("TCD", "ECCAS", "left", "2024-03")}


def test_a_body_whose_leaders_suspended_a_state_at_a_summit():
    text = "The step follows a decision by ECCAS, whose leaders suspended Chad at an extraordinary summit on Friday."
    facts = brief(run(text))
    assert ("membership_change", "TCD", "ECCAS", "suspended", None, "2024-06-14") in facts


def test_sanctions_imposed_dated_before_their_owners_and_target():
    text = "The step follows sanctions imposed earlier this month by Poland and Lithuania on Belarusian officials."
    facts = brief(run(text))
    assert {(f[1], f[2], f[5]) for f in facts if f[0] == "sanction_change"} == {("POL", "BLR", "2024-06"), ("LTU", "BLR", "2024-06")}


def test_no_longer_under_increased_monitoring_announced_at_the_plenary():
    text = ("The FATF announced at the close of its plenary in Mexico City that Kenya and Namibia had completed "
            "their action plans and would no longer be subject to increased monitoring.")
    facts = brief(run(text))
    assert {(f[1], f[2], f[3]) for f in facts} == {("FATF", "KEN", "removed"), ("FATF", "NAM", "removed")}


def test_a_verb_coordinated_after_a_finding_reported_in_the_pluperfect_is_the_finders():
    text = ("The Foreign Office said on Friday that it had concluded after a long inquiry that Belarus's government "
            "had jailed hundreds of protesters, and announced sanctions on Belarusian officials.")
    facts = brief(run(text))
    assert {(f[1], f[2]) for f in facts if f[0] == "sanction_change"} == {("GBR", "BLR")}


def test_a_state_put_straight_back_on_the_list():
    text = "Syria was put straight back on the list of state sponsors of terrorism by the United States on Friday."
    facts = brief(run(text))
    assert ("designation_change", "USA", "SYR", "assigned", "state sponsor of terrorism", "2024-06-14") in facts


def test_a_removal_and_a_return_told_of_the_listed_state_by_a_pronoun():
    text = ("The label has a long history. Syria was first placed on the list of state sponsors of terrorism in "
            "December 1979. It was taken off in May 2004, during a brief thaw under President George W. Bush, "
            "and restored on March 3, 2006, after talks failed.")
    facts = brief(run(text))
    assert {(f[3], f[5]) for f in facts if f[2] == "SYR"} == {("assigned", "1979-12"), ("removed", "2004-05"), ("assigned", "2006-03-03")}


def test_a_day_without_its_year_after_its_month_and_year_in_the_same_sentence():
    text = ("In March 2023, after talks in Doha, the Biden administration eased restrictions: on March 9, the Treasury "
            "lifted sanctions on Venezuela's gold sector.")
    facts = brief(run(text, pub=dt.date(2025, 1, 11)))
    assert ("sanction_change", "USA", "VEN", "lifted", None, "2023-03-09") in facts


def test_pushing_back_hard_against_a_decision_is_a_negative_reaction():
    text = ("Colombian President Gustavo Petro said on Friday that his country would not bow to pressure, pushing "
            "back hard against Washington's decision to cut its aid.")
    facts = brief(run(text))
    assert ("reaction", "COL", "USA", "negative", None, "2024-06-14") in facts


def test_sanctions_on_unnamed_people_target_the_state_the_title_says_is_sanctioned():
    text = "Meeting in Brussels on Monday, the European Union imposed sanctions on nine people over the conflict in Congo."
    facts = brief(run(text, title="Rwanda recalls envoy from Belgium as EU sanctions Rwandan officers"))
    assert {(f[1], f[2]) for f in facts if f[0] == "sanction_change"} == {("EU", "RWA")}


def test_a_response_within_hours_takes_the_day_of_the_act_it_answers():
    text = ("Mali expelled the French ambassador on Monday.\n\n"
            "France responded within hours. The French foreign minister condemned Bamako's decision as unjustified.")
    facts = brief(run(text, pub=dt.date(2024, 6, 14)))
    assert ("reaction", "FRA", "MLI", "negative", None, "2024-06-10") in facts


def test_reacting_angrily_after_an_act_in_a_participle():
    text = ("Bolivian President Luis Arce said on Friday that his country would end its cooperation, reacting angrily "
            "after Washington decertified Bolivia as a partner against drugs.")
    facts = brief(run(text))
    assert ("reaction", "BOL", "USA", "negative", None, "2024-06-14") in facts


def test_agentless_sanctions_coordinated_with_a_suspension_are_the_bodys():
    text = "Guinea was suspended from ECOWAS bodies in 2021 after its coup, and sanctions on Conakry were lifted in July 2024."
    facts = brief(run(text))
    assert ("sanction_change", "ECOWAS", "GIN", "lifted", None, "2024-07") in facts


def test_a_follower_introduced_by_with_repeats_the_act_despite_a_nominal_act_between():
    text = ("Armenia applied to join the Eurasian Economic Union on March 2, 2023, two days into Russia's exercise, "
            "with Kyrgyzstan following on March 9.")
    facts = brief(run(text))
    assert ("membership_change", "KGZ", "EAEU", "applied", None, "2023-03-09") in facts


def test_an_application_named_by_the_body_as_a_modifier():
    text = "Albania lodged its EU membership application on April 28, 2009."
    facts = brief(run(text))
    assert ("membership_change", "ALB", "EU", "applied", None, "2009-04-28") in facts


def test_a_suspension_coordinated_with_the_sentences_first_verb_takes_the_body_named_there():
    text = ("Fiji, once a British colony, rejoined the Commonwealth at the Harare meeting in October 1997, "
            "and was fully suspended in September 2009 after elections were postponed.")
    facts = brief(run(text))
    assert ("membership_change", "FJI", "COMMONWEALTH", "suspended", None, "2009-09") in facts


def test_a_suspension_in_a_dated_aside_takes_the_body_just_named():
    text = ("The Commonwealth has not yet readmitted Zimbabwe. Harare, suspended in 2002 after a contested vote, "
            "left the organisation in 2003.")
    facts = brief(run(text))
    assert ("membership_change", "ZWE", "COMMONWEALTH", "suspended", None, "2002") in facts


def test_a_removal_from_its_own_list_takes_the_label_just_told_and_the_following_month():
    text = ("Beijing dropped Canberra from its list of approved destinations in March 2020, and Australia answered "
            "the following month by removing China from its own.")
    facts = brief(run(text))
    assert ("designation_change", "AUS", "CHN", "removed", "approved destination", "2020-04") in facts


def test_a_state_under_sanctions_imposed_by_a_named_body_on_a_day():
    text = "Conakry was already under sanctions imposed by ECOWAS on September 16, 2021, including a freeze on state assets."
    facts = brief(run(text))
    assert ("sanction_change", "ECOWAS", "GIN", "imposed", None, "2021-09-16") in facts


def test_neither_in_an_apposition_is_no_negation():
    text = "It was the first summit since Rwanda and Mozambique, neither of them former French colonies, joined the OIF in 2008."
    facts = brief(run(text))
    assert ("membership_change", "RWA", "OIF", "joined", None, "2008") in facts


def test_a_suspension_in_a_relative_clause_with_its_own_date():
    text = "Fiji, which was suspended from the Commonwealth in September 2009, did not attend the summit on Friday."
    facts = brief(run(text))
    assert ("membership_change", "FJI", "COMMONWEALTH", "suspended", None, "2009-09") in facts


def test_an_act_counted_in_years_before_another_keeps_its_own_year():
    text = "South Sudan became a member of the East African Community on Friday, five years after Juba first applied in 2011."
    facts = brief(run(text, pub=dt.date(2016, 4, 16)))
    assert ("membership_change", "SSD", "EAC", "applied", None, "2011") in facts


def test_a_joining_in_a_when_clause_after_its_date_takes_the_body_just_named():
    text = ("Finland's accession made NATO the largest it has been. The alliance grew in March 2004, "
            "when Estonia, Latvia and Lithuania came in.")
    facts = brief(run(text))
    joined = {f[1] for f in facts if f[0] == "membership_change" and f[2] == "NATO" and f[5] == "2004-03"}
    assert joined == {"EST", "LVA", "LTU"}


def test_a_relative_joining_after_an_interval_keeps_its_own_date():
    text = "Egypt was admitted to BRICS on Monday. Iran, which joined a month earlier in December 2023, sent its president."
    facts = brief(run(text, pub=dt.date(2024, 1, 17)))
    assert ("membership_change", "IRN", "BRICS", "joined", None, "2023-12") in facts


def test_a_policy_released_alongside_another():
    text = "Australia on Wednesday released its National Defence Strategy alongside an Integrated Investment Program."
    facts = brief(run(text))
    assert {f[4] for f in facts if f[0] == "policy_issued"} == {"National Defence Strategy", "Integrated Investment Program"}


def test_policies_put_forward_among_other_initiatives():
    text = ("The European Commission on Tuesday put forward four initiatives, among them a White Paper on "
            "Research Security and a Strategy on Economic Resilience.")
    facts = brief(run(text))
    assert {f[4] for f in facts if f[0] == "policy_issued"} == {"White Paper on Research Security", "Strategy on Economic Resilience"}


def test_an_organ_recalling_its_states_envoys_named_by_the_state():
    text = ("Lithuania opened a Taiwanese office in Vilnius on Thursday. Beijing was furious. On Saturday the foreign "
            "ministry recalled China's ambassador from Vilnius.")
    facts = brief(run(text))
    assert ("reaction", "CHN", "LTU", "negative", None, "2024-06-08") in facts


def test_an_aside_between_the_designated_state_and_as():
    text = ("On 16 September the White House designated Bolivia, for the first time since 2008, as a country that had "
            "failed demonstrably to meet its counternarcotics obligations.")
    facts = brief(run(text, pub=dt.date(2025, 9, 20)))
    assert ("designation_change", "USA", "BOL", "assigned", "failed demonstrably", "2025-09-16") in facts


def test_states_becoming_the_newest_additions_to_the_list_just_told():
    text = ("The FATF took Turkey off its grey list on Friday. Monaco and Venezuela went the other way, becoming the "
            "newest additions to what bankers call the grey list.")
    facts = brief(run(text))
    assert {f[2] for f in facts if f[3] == "assigned"} == {"MCO", "VEN"}


def test_a_state_that_returned_to_it_the_list_just_told_with_a_date():
    text = ("The Treasury put Vietnam on its monitoring list on Friday. Taiwan had returned to it in June, after "
            "Washington flagged its surplus.")
    facts = brief(run(text, pub=dt.date(2024, 11, 18)))
    assert ("designation_change", "USA", "TWN", "assigned", "monitoring list", "2024-06") in facts


def test_a_lists_members_named_by_the_list_and_alongside_it():
    text = ("On March 7, the Belarusian government published a list of \"unfriendly\" states whose firms would face "
            "curbs. Alongside Poland and Lithuania, the list named Latvia and Estonia.")
    facts = brief(run(text))
    assert {f[2] for f in facts if f[0] == "designation_change" and f[5] == "2024-03-07"} == {"POL", "LTU", "LVA", "EST"}


def test_an_undated_lead_takes_the_day_the_next_paragraph_opens_with():
    text = ("OSLO, June 14 (Wire) - The Treasury has put Thailand back on its currency monitoring list, pointing to "
            "its swelling surplus.\n\nThe review released on Wednesday said Bangkok met two of the three tests.")
    facts = brief(run(text))
    assert ("designation_change", "USA", "THA", "assigned", "monitoring list", "2024-06-12") in facts


def test_an_undated_lead_keeps_its_day_when_the_next_paragraph_opens_with_another_actor():
    text = ("Latvia has imposed sanctions on Belarusian border officials.\n\n"
            "Belarus's interior minister on Tuesday ordered more migrants towards the frontier.")
    facts = brief(run(text))
    assert ("sanction_change", "LVA", "BLR", "imposed", None, "2024-06-14") in facts


def test_a_reaction_to_yesterdays_act_takes_the_acts_day():
    text = ("The European Union on Thursday imposed sanctions on Belarusian potash exporters.\n\n"
            "Belarus's foreign ministry condemned the measures as economic blackmail.")
    facts = brief(run(text))
    assert ("reaction", "BLR", "EU", "negative", None, "2024-06-13") in facts


def test_a_reaction_to_an_act_of_the_week_before_keeps_publications_day():
    text = ("The European Union on Monday imposed sanctions on Belarusian potash exporters.\n\n"
            "Belarus's foreign ministry condemned the measures as economic blackmail.")
    facts = brief(run(text))
    assert ("reaction", "BLR", "EU", "negative", None, "2024-06-14") in facts


def test_an_admission_at_a_summit_in_a_city_with_its_month_and_a_neighbouring_state():
    text = ("Fiji was partially suspended from the Commonwealth last month. Fiji and neighbouring Tonga, both island "
            "states, were admitted at the leaders' summit in Kigali in June 2022.")
    facts = brief(run(text, pub=dt.date(2023, 10, 2)))
    assert {f[1] for f in facts if f[3] == "joined" and f[5] == "2022-06"} == {"FJI", "TON"}


def test_a_second_applicant_with_the_verb_left_out_and_its_own_day():
    text = ("EU leaders made Albania and Kosovo candidates on Thursday. Albania applied on April 28 and Montenegro on "
            "December 15.")
    facts = brief(run(text))
    assert {(f[1], f[5]) for f in facts if f[3] == "applied"} == {("ALB", "2024-04-28"), ("MNE", "2023-12-15")}


def test_leaving_a_members_relationship_undefined_is_no_exit():
    text = ("Norway has still not answered the invitation it received from the OECD in May, officials said, leaving the "
            "NATO member's ties with the club unsettled.")
    assert not [f for f in run(text) if f["kind"] == "membership_change"]


def test_a_day_a_frame_names_takes_the_year_its_sentence_told_before():
    text = ("Samoa became the 167th member of the World Trade Organization on August 30, 2024, days after Tonga, "
            "whose accession was completed on August 21.")
    facts = brief(run(text, pub=dt.date(2025, 10, 26)))
    assert ("membership_change", "TON", "WTO", "joined", None, "2024-08-21") in facts


def test_a_body_reinstating_the_country_just_named_as_a_full_member():
    text = "The Southern African Development Community has lifted the measures it imposed on Lesotho and reinstated the country as a full member."
    facts = brief(run(text))
    assert ("membership_change", "LSO", "SADC", "joined", None, "2024-06-14") in facts


def test_last_years_coup_dates_the_coup_not_the_act():
    text = "After last year's coup, the African Union has lifted its suspension of Gabon."
    facts = brief(run(text))
    assert ("membership_change", "GAB", "AU", "joined", None, "2024-06-14") in facts


def test_firms_and_entities_sanctioned_without_a_state_take_the_articles_target():
    title = "Canada sanctions Haitian gang leaders"
    text = ("Canada on Thursday imposed sanctions on two Haitian gang leaders. Britain froze the assets of four companies "
            "linked to the gangs on May 2. The European Union on May 6 imposed asset freezes on three entities.")
    facts = brief(run(text, title=title))
    assert {f[1] for f in facts if f[0] == "sanction_change" and f[2] == "HTI"} == {"CAN", "GBR", "EU"}


def test_a_reaction_to_an_act_named_by_yesterdays_possessive_takes_that_day():
    text = "Chile hailed Thursday's ruling by the International Court of Justice in its border case against Peru."
    facts = brief(run(text))
    assert ("reaction", "CHL", "ICJ", "positive", None, "2024-06-13") in facts


def test_a_removal_coordinated_with_its_listing_with_its_agent_before_its_day():
    text = ("Cuba was placed on the terrorism blacklist in 1982 and taken off it by the Obama administration in May 2015, "
            "a removal that angered exiles.")
    facts = brief(run(text))
    assert ("designation_change", "USA", "CUB", "removed", "state sponsor of terrorism", "2015-05") in facts


def test_a_numbered_order_opening_the_next_paragraph_with_its_title_in_an_apposition():
    text = ("President Joe Biden signed an executive order on Wednesday halting aid to Colombia.\n\n"
            "Executive Order 14301, \"Addressing Actions of the Government of Colombia\", also directs officials to "
            "review visas.")
    facts = brief(run(text))
    assert ("policy_issued", "USA", None, "issued", "Executive Order 14301", "2024-06-12") in facts


def test_states_added_to_the_list_just_told_one_after_another_with_in_before_their_days():
    text = ("Kenya this week became the latest country designated a major non-NATO ally of the United States. "
            "Tunisia was added in July 2015, Brazil in July 2019 and others since.")
    facts = brief(run(text))
    assert {(f[2], f[5]) for f in facts if f[2] != "KEN"} == {("TUN", "2015-07"), ("BRA", "2019-07")}


def test_countermeasures_followed_by_a_purpose_still_answer_the_act_before():
    text = ("Sweden joined NATO on Thursday. "
            "The Kremlin said Moscow would be forced to take countermeasures to guard its northern flank.")
    facts = brief(run(text))
    assert ("reaction", "RUS", "SWE", "negative", None, "2024-06-13") in facts


def test_a_quoted_title_ending_the_sentence_leaves_its_full_stop_outside():
    text = ('President Donald Trump on Monday signed an executive order titled "Withdrawing the United States From '
            'the World Health Organization."')
    policies = {f[4] for f in brief(run(text, dt.date(2025, 1, 22))) if f[0] == "policy_issued"}
    assert policies == {"Withdrawing the United States From the World Health Organization"}


def test_the_same_order_doing_more_takes_the_day_the_order_was_signed():
    text = ("President Donald Trump signed an executive order on February 4 ordering a review of American funding "
            "for the United Nations. The same order pulled the United States out of the Human Rights Council.")
    facts = brief(run(text, dt.date(2025, 7, 23)))
    assert ("membership_change", "USA", "UNHRC", "left", None, "2025-02-04") in facts


def test_a_body_expelling_the_member_it_just_suspended_by_a_pronoun():
    text = ("The Council of Europe suspended Russia's rights of representation on February 25 and expelled it from "
            "the 46-member organisation on March 16.")
    facts = brief(run(text, dt.date(2022, 4, 7)))
    assert ("membership_change", "RUS", "COE", "left", None, "2022-03-16") in facts


def test_a_cap_on_the_price_of_a_states_oil_lowered():
    text = "Canada lowered its cap on the price of Russian crude oil to $47.60 a barrel on Wednesday."
    facts = brief(run(text))
    assert ("sanction_change", "CAN", "RUS", "imposed", None, "2024-06-12") in facts


def test_a_counted_round_of_sanctions_with_no_target_takes_the_one_the_title_names():
    text = "Britain announced 107 new sanctions on Monday, many aimed at tankers and the traders behind them."
    facts = brief(run(text, title="Britain unveils its biggest Russia sanctions package in years"))
    assert ("sanction_change", "GBR", "RUS", "imposed", None, "2024-06-10") in facts


def test_a_second_round_with_no_target_in_a_text_on_two_states_keeps_the_target_told():
    text = ("Britain announced 100 new sanctions on Russia on Tuesday.\n\n"
            "It was London's second move this month: on 9 May, the UK had sanctioned another 100 tankers.")
    facts = brief(run(text, title="UK widens shadow fleet listings"))
    assert ("sanction_change", "GBR", "RUS", "imposed", None, "2024-05-09") in facts


def test_a_states_name_before_sanctions_as_a_noun_is_no_actor_acting():
    text = ("China said on Friday it firmly opposed Japan's inclusion of Chinese companies in its latest Russia "
            "sanctions and had lodged a protest with Tokyo.")
    facts = brief(run(text))
    assert {f[1] for f in facts if f[0] == "reaction"} == {"CHN"}


def test_settlers_sanctioned_in_a_text_on_israel_are_sanctions_on_israel():
    text = ("Britain on Tuesday sanctioned three illegal settler outposts and four groups it accused of backing "
            "violence against Palestinians. The Israeli government did not comment.")
    facts = brief(run(text))
    assert ("sanction_change", "GBR", "ISR", "imposed", None, "2024-06-11") in facts


def test_trade_talks_suspended_before_sanctions_imposed_lift_nothing():
    text = ("Britain on Tuesday suspended trade talks with Israel, summoned its ambassador and imposed sanctions on "
            "a group of West Bank settlers.")
    facts = brief(run(text))
    assert ("sanction_change", "GBR", "ISR", "imposed", None, "2024-06-11") in facts
    assert not any(f[0] == "sanction_change" and f[3] == "lifted" for f in facts)


def test_a_reaction_to_a_noun_a_state_qualifies_answers_the_state_acting_in_the_relative_clause():
    text = "Russia on Friday dismissed the Ukraine peace conference that Switzerland will host this weekend."
    facts = brief(run(text))
    assert {f[2] for f in facts if f[0] == "reaction"} == {"CHE"}


def test_a_reaction_to_a_document_under_which_a_state_would_act_answers_that_state():
    text = ("Somalia on Friday denounced a memorandum under which Ethiopia would have gained sea access "
            "through Somaliland.")
    facts = brief(run(text))
    assert ("reaction", "SOM", "ETH", "negative", None, "2024-06-14") in facts


def test_an_act_done_to_no_object_is_no_fact():
    text = ("Washington has imposed no new sanctions on Russia this year. "
            "Tokyo imposed no fewer than 40 sanctions on Russia on Tuesday.")
    facts = brief(run(text))
    assert {f[1] for f in facts if f[0] == "sanction_change"} == {"JPN"}


def test_a_partner_acting_with_the_second_of_two_dated_rounds_takes_that_round_only():
    text = ("Britain has kept up the pressure on Russia. On May 9 London sanctioned 100 tankers carrying Russian oil, "
            "and on May 20 it announced another 100 sanctions in coordination with the European Union.")
    facts = brief(run(text))
    assert {(f[1], f[5]) for f in facts if f[0] == "sanction_change"} == {
        ("GBR", "2024-05-09"), ("GBR", "2024-05-20"), ("EU", "2024-05-20")}


def test_sanctions_on_vessels_with_no_state_take_the_articles_target():
    text = ("The European Union lowered the price cap on Russian crude on Friday. "
            "Canada announced sanctions on more than 200 vessels on Monday.")
    facts = brief(run(text))
    assert ("sanction_change", "CAN", "RUS", "imposed", None, "2024-06-10") in facts


def test_drills_wrapped_up_are_an_act_others_condemn():
    text = ("China's military wrapped up two days of large-scale exercises around Taiwan on Friday. "
            "Taiwan's defence ministry condemned the drills as irrational provocations.")
    facts = brief(run(text))
    assert ("reaction", "TWN", "CHN", "negative", None, "2024-06-14") in facts


def test_a_retaliation_with_its_day_before_the_act_it_answers():
    text = "Beijing retaliated on Thursday against Washington's new tariffs, announcing a levy on American goods."
    facts = brief(run(text))
    assert ("reaction", "CHN", "USA", "negative", None, "2024-06-13") in facts


def test_a_second_target_of_sanctions_after_its_own_preposition():
    text = ("China imposed sanctions on Friday on Taiwan's top envoy in Washington, Hsiao Bi-khim, and on two "
            "American organisations that hosted her.")
    facts = brief(run(text))
    assert {f[2] for f in facts if f[0] == "sanction_change"} == {"TWN", "USA"}


def test_a_second_target_of_sanctions_after_a_persons_apposition():
    text = ("The Treasury Department on Tuesday imposed sanctions on Song Kum Hyok, a member of the North Korean "
            "hacking unit Andariel, and on a Russia-based network accused of helping him, Washington said.")
    facts = brief(run(text))
    assert {f[2] for f in facts if f[0] == "sanction_change"} == {"PRK", "RUS"}


def test_a_leader_named_after_the_preposition_of_an_act_answered_is_no_subject_of_the_participle():
    text = ("China struck back at President Donald Trump's sweeping new tariffs on Friday, announcing a 34 per cent "
            "levy on all American goods.")
    facts = brief(run(text, dt.date(2025, 4, 5)))
    assert ("sanction_change", "CHN", "USA", "imposed", None, "2025-04-04") in facts


def test_a_noun_told_for_the_first_time_does_not_echo_the_reaction_before_it():
    text = ("Canada praised Denmark for its leadership on Thursday. Hungary, which on Wednesday backed a draft "
            "resolution calling for more talks, said nothing.")
    facts = brief(run(text))
    assert not [f for f in facts if f[1] == "HUN"]


def test_an_order_titled_without_quotation_marks_in_the_sentence_after_the_act():
    text = ("President Donald Trump on Tuesday raised tariffs on Brazilian goods to punish Brasilia. The order, titled "
            "Addressing Threats to the United States by the Government of Brazil, takes effect next week.")
    facts = brief(run(text, dt.date(2025, 7, 31)))
    assert ("policy_issued", "USA", None, "issued",
            "Addressing Threats to the United States by the Government of Brazil", "2025-07-29") in facts


def test_a_finding_in_the_statutes_words_is_the_designation():
    text = ("The White House on Monday determined that Bolivia had \"failed demonstrably\" to meet its obligations "
            "to fight drug trafficking.")
    facts = brief(run(text, dt.date(2025, 9, 16)))
    assert ("designation_change", "USA", "BOL", "assigned", "failed demonstrably", "2025-09-15") in facts


def test_a_further_round_is_the_last_rounds_maker_and_target_in_its_year():
    text = ("On 23 January 2023 EU ministers imposed sanctions on 37 Iranian officials over the crackdown. A further round on "
            "20 February added 32 names, among them prison officials.")
    facts = brief(run(text, dt.date(2024, 10, 15)))
    assert ("sanction_change", "EU", "IRN", "imposed", None, "2023-02-20") in facts


def test_a_tariff_answering_the_state_named_after_hit_back_at():
    text = "Canada hit back at Washington on Tuesday with tariffs of 25 per cent on American steel and aluminium."
    facts = brief(run(text, dt.date(2025, 3, 13)))
    assert ("sanction_change", "CAN", "USA", "imposed", None, "2025-03-11") in facts


def test_the_same_day_between_subject_and_verb():
    text = ("Britain on Monday imposed sanctions on 40 Russian firms. The European Union on the same day imposed "
            "sanctions on three Russian banks.")
    facts = brief(run(text))
    assert ("sanction_change", "EU", "RUS", "imposed", None, "2024-06-10") in facts


def test_a_removal_undone_with_its_day_in_a_relative_clause():
    text = ("President Donald Trump on Monday put Cuba back on the list of state sponsors of terrorism, reversing the "
            "island's removal from that list, which Joe Biden had ordered on January 14.")
    facts = brief(run(text, dt.date(2025, 1, 21)))
    assert ("designation_change", "USA", "CUB", "removed", "state sponsor of terrorism", "2025-01-14") in facts


def test_a_listing_with_its_day_takes_the_label_just_told():
    text = ("Washington on Monday put Syria back on the list of state sponsors of terrorism. The State Department had "
            "first designated Syria in 1979.")
    facts = brief(run(text))
    assert ("designation_change", "USA", "SYR", "assigned", "state sponsor of terrorism", "1979") in facts


def test_states_also_removed_at_the_bodys_meeting():
    text = ("The Financial Action Task Force took Jamaica off its grey list on Friday. Senegal and Uganda were also "
            "removed at the watchdog's June plenary in Strasbourg.")
    facts = brief(run(text))
    assert {f[2] for f in facts if f[0] == "designation_change" and f[3] == "removed"} == {"JAM", "SEN", "UGA"}


def test_the_grouping_paragraphs_after_the_body_was_named():
    text = ("Laos joined the Shanghai Cooperation Organisation on Thursday at a summit in Astana.\n\n"
            "Its prime minister hailed a fairer world order.\n\n"
            "Cambodia joined the grouping a year earlier, in July 2023.")
    facts = brief(run(text))
    assert ("membership_change", "KHM", "SCO", "joined", None, "2023-07") in facts


def test_a_readmission_ending_a_suspension_with_its_day():
    text = "The African Union readmitted Guinea on Wednesday, ending a suspension imposed in September 2021."
    facts = brief(run(text))
    assert ("membership_change", "GIN", "AU", "suspended", None, "2021-09") in facts


def test_the_french_speaking_bloc_is_the_francophonie():
    text = ("Mali and Chad said on Tuesday that they were leaving the Organisation internationale de la Francophonie, a "
            "day after neighbouring Niger announced its own departure from the French-speaking bloc.")
    facts = brief(run(text, dt.date(2025, 3, 19)))
    assert ("membership_change", "NER", "OIF", "left", None, "2025-03-17") in facts


def test_a_day_opening_another_subjects_clause_is_not_the_reactions():
    text = "On 3 November 2023 the EU condemned Iran, and on February 4 the United States signed an order."
    facts = brief(run(text, dt.date(2024, 3, 1)))
    assert ("reaction", "EU", "IRN", "negative", None, "2023-11-03") in facts


def test_measures_answered_are_the_news_not_what_it_came_a_month_after():
    text = ("The European Union on Monday imposed sanctions on Iran Air, a month after Britain blacklisted the carrier "
            "on 10 May. Tehran condemned the measures as baseless.")
    facts = brief(run(text))
    assert [f[2] for f in facts if f[0] == "reaction"] == ["EU"]


def test_a_reactions_noun_answers_the_act_of_the_actor_its_sentence_names():
    text = ("Argentina said on Wednesday it was leaving the World Health Organization. Its decision mirrors that of "
            "Donald Trump, who ordered the US exit from the WHO on January 20. The WHO's director-general said he "
            "regretted the move and hoped Argentina would reconsider.")
    facts = brief(run(text, dt.date(2025, 2, 6)))
    assert [f[2] for f in facts if f[0] == "reaction"] == ["ARG"]


def test_the_vote_praised_is_the_bodys_decision_not_the_minoritys_no():
    text = ("The IAEA Board of Governors on Thursday declared Iran in breach of its safeguards obligations. Russia and "
            "China voted no. Israel's foreign ministry praised the vote.")
    facts = brief(run(text))
    assert [f[2] for f in facts if f[0] == "reaction" and f[1] == "ISR"] == ["IAEA"]


def test_the_vote_condemned_is_the_parliaments_vote_before_the_bodys_act_in_a_relative_clause():
    text = ("Armenia's parliament voted on Tuesday to join the International Criminal Court, which in March issued a "
            "warrant for Vladimir Putin. The Kremlin condemned the vote as a mistake.")
    facts = brief(run(text, dt.date(2023, 10, 4)))
    assert [f[2] for f in facts if f[0] == "reaction"] == ["ARM"]


def test_a_package_that_followed_another_actors_sanctions():
    text = ("Britain on Wednesday imposed sanctions on Rosneft and Lukoil, Russia's biggest oil firms. Canada "
            "sanctioned Russian oil traders the same day. On Thursday the European Union followed with its 19th package.")
    facts = brief(run(text))
    assert ("sanction_change", "EU", "RUS", "imposed", None, "2024-06-13") in facts


def test_a_document_told_by_its_kind_then_titled():
    text = ("Vladimir Putin approved a revised nuclear doctrine on Tuesday. The document, titled \"Fundamentals of "
            "State Policy in the Field of Nuclear Deterrence,\" widens the conditions under which Russia would strike.")
    facts = brief(run(text, dt.date(2024, 11, 20)))
    assert ("policy_issued", "RUS", None, "issued", "Fundamentals of State Policy in the Field of Nuclear Deterrence",
            "2024-11-19") in facts


def test_a_noun_an_earlier_reaction_named_answers_the_same_act_further_on():
    text = ("Kenya's foreign ministry on Monday denounced a decree by President Ibrahim Traore that expels its "
            "diplomats. The appeal for calm went unheeded for a day. A statement from several capitals said the "
            "expulsions would harm regional trade. Ghana, which mediates between the two, said it regretted the decree.")
    facts = brief(run(text))
    assert ("reaction", "GHA", "BFA", "negative", None, "2024-06-14") in facts


def test_a_document_signed_and_titled_in_one_apposition():
    text = ("President Joe Biden signed an executive order on Monday imposing sanctions on Nicaraguan officials. The "
            "order, signed on Monday and titled \"Blocking Property of Additional Persons Contributing to the "
            "Situation in Nicaragua\", names the country's vice-president.")
    facts = brief(run(text))
    assert ("policy_issued", "USA", None, "issued",
            "Blocking Property of Additional Persons Contributing to the Situation in Nicaragua", "2024-06-10") in facts


def test_a_document_that_carried_a_title():
    text = ("President Donald Trump on Tuesday signed two executive orders raising duties on Brazilian goods. The order "
            "aimed at Brasilia carried the title \"Measures to Answer Unfair Trade Practices\".")
    facts = brief(run(text, dt.date(2025, 7, 31)))
    assert ("policy_issued", "USA", None, "issued", "Measures to Answer Unfair Trade Practices", "2025-07-29") in facts


def test_an_order_widening_sanctions_told_by_its_participle():
    text = "President Donald Trump on Tuesday signed an executive order widening sanctions on Nicaraguan officials."
    facts = brief(run(text, dt.date(2025, 7, 31)))
    assert ("sanction_change", "USA", "NIC", "imposed", None, "2025-07-29") in facts


def test_a_widening_of_sanctions_under_consideration_is_no_fact():
    facts = brief(run("The EU is considering widening sanctions on Russian banks.", dt.date(2025, 7, 31)))
    assert not [f for f in facts if f[0] == "sanction_change"]


def test_a_yearless_day_a_measure_takes_effect_later_that_year_dates_no_act():
    text = ("Ottawa's surtax on Chinese electric vehicles took effect on Tuesday, March 4. Beijing answered within "
            "hours: the commerce ministry announced tariffs of 100 percent on Canadian canola oil, effective March 20.")
    facts = brief(run(text, dt.date(2025, 3, 6)))
    assert [f[5] for f in facts if f[0] == "sanction_change" and f[1] == "CHN"] == ["2025-03-04"]


def test_a_document_signed_by_a_leader_told_by_pronoun_in_a_sentence_naming_no_actor():
    text = ("Washington hit Chinese steel with new duties on April 2. President Donald Trump spoke for an hour in the "
            "Rose Garden that day. He signed Executive Order 14257, which set a baseline tariff on imports.")
    facts = brief(run(text, dt.date(2025, 4, 12)))
    assert ("policy_issued", "USA", None, "issued", "Executive Order 14257", "2025-04-02") in facts


def test_a_leader_pronoun_welcoming_in_a_sentence_naming_no_actor_is_no_reaction():
    text = ("The United States lifted sanctions on Belarus's state airline on Thursday. The move followed a visit by "
            "Trump's envoy, after which Minsk freed the husband of an exiled opposition leader. She welcomed the releases.")
    facts = brief(run(text, dt.date(2025, 9, 13)))
    assert not [f for f in facts if f[0] == "reaction"]


def test_a_second_tariff_told_by_its_rate_alone():
    text = ("Ottawa on Friday announced surtaxes of 25 percent on steel from China and Vietnam and 15 percent on "
            "imports from Thailand.")
    facts = brief(run(text, dt.date(2025, 7, 20)))
    assert {f[2] for f in facts if f[0] == "sanction_change"} == {"CHN", "VNM", "THA"}


def test_a_state_that_was_hit_with_a_rate_did_no_act_others_answer():
    text = ("It began in the Rose Garden on April 2, which President Donald Trump called a day of liberation. He signed "
            "Executive Order 14257, which set a baseline tariff on almost all imports. Vietnam was hit with an additional "
            "46 percent, Cambodia with 49 percent.\n\nReaction was swift. Thailand's trade minister said on April 3 that "
            "the tariffs were a major blow to the economy.")
    facts = brief(run(text, dt.date(2025, 4, 4)))
    assert [f[2] for f in facts if f[0] == "reaction"] == ["USA"]


def test_also_hailed_answers_what_the_reactions_before_answered_however_far_back():
    text = ("The European Union on Tuesday lifted its economic sanctions on Syria. The bloc kept an arms embargo in "
            "place. Diplomats said banks would move slowly. Insurers, too, would wait for clarity. Shipping firms said "
            "they would return. Traders expected prices to fall. Electricity remains scarce. Many homes lack water. "
            "Schools are reopening. Damascus welcomed the step within hours. Roads need repair. Aid groups asked for "
            "more money. Some officials urged patience. Jordan's foreign ministry also hailed the decision, saying it "
            "would help the region.")
    facts = brief(run(text, dt.date(2025, 5, 30)))
    assert ("reaction", "JOR", "EU", "positive", None, "2025-05-30") in facts


def test_a_tariff_on_an_amount_in_a_currency_named_by_its_country():
    text = "Ottawa on Tuesday imposed counter-tariffs of 25 percent on 30 billion Canadian dollars of American goods."
    facts = brief(run(text, dt.date(2025, 2, 5)))
    assert ("sanction_change", "CAN", "USA", "imposed", None, "2025-02-04") in facts


def test_one_also_removed_takes_the_removals_day_not_the_listing_told_between():
    text = ("The Financial Action Task Force took Croatia off its grey list on Friday. Croatia had been placed on the "
            "list in June 2023. Cameroon was also removed at the plenary, while Laos was added.")
    facts = brief(run(text, dt.date(2025, 6, 14)))
    assert ("designation_change", "FATF", "CMR", "removed", "grey list", "2025-06-13") in facts


def test_hit_back_that_same_day_with_duties():
    text = ("Washington's tariffs on Mexican steel took effect on March 4. Mexico hit back that same day with 25 percent "
            "duties on American pork.")
    facts = brief(run(text, dt.date(2025, 3, 10)))
    assert ("sanction_change", "MEX", "USA", "imposed", None, "2025-03-04") in facts


def test_tariffs_that_took_effect_past_an_aside_on_why():
    text = ("President Donald Trump's 25 percent tariffs on Mexican goods, justified by Washington as a penalty for "
            "migration, took effect on March 4.")
    facts = brief(run(text, dt.date(2025, 3, 10)))
    assert ("sanction_change", "USA", "MEX", "imposed", None, "2025-03-04") in facts


def test_a_rule_issued_is_an_act_its_target_answers():
    text = ("The US Commerce Department on Monday issued a rule extending export curbs to subsidiaries of listed firms. "
            "China's commerce ministry said on Tuesday that it firmly opposed the rule.")
    facts = brief(run(text, dt.date(2025, 10, 15)))
    assert ("reaction", "CHN", "USA", "negative", None, "2025-10-14") in facts


def test_export_controls_named_as_the_act_reacted_to():
    text = ("China on Thursday adopted new export controls on rare earths. The European Commission on Friday "
            "criticised the controls as harmful to European industry.")
    facts = brief(run(text, dt.date(2025, 10, 11)))
    assert ("reaction", "EU", "CHN", "negative", None, "2025-10-10") in facts
