"""factcheck.extract: attribution rules added in the seventh round, one short made-up sentence each."""
from __future__ import annotations

from datetime import date

from factcheck.extract import extract_article, speech_acts

PUB = date(2025, 1, 13)


def attributed(text: str) -> list[tuple]:
    return [(c["attribution"], c["speaker"], c["cue"]) for c in extract_article(text, PUB)["claims"]
            if c["attribution"] != "unattributed"]


def test_communication_verb_with_that_clause_reports_a_claim():
    # a "say"/"conjecture" verb outside the core list reports a claim when a that-clause follows it
    assert attributed("Senator Mara Quill declared that the new levy would cost families 300 dollars a year.") == [
        ("paraphrase", "Mara Quill", "declared")]
    assert attributed("Several readers informed us that the bridge toll doubled in 2019.")[0][:2] == (
        "paraphrase", "Unnamed readers")


def test_clause_verb_without_a_clause_reports_nothing():
    # "that" as a pronoun or determiner is no complement clause
    assert attributed("The bill Quill supported did not change that.") == []
    assert attributed("Images in the mailer hint at that, but the narration ignores it.") == []


def test_parenthesised_we_is_the_writer():
    assert attributed("(We’ll note that this total is smaller than the cap.)") == []


def test_the_ad_speaks_for_whoever_the_article_says_made_it():
    text = ("A radio ad from Citizens for Lower Fares says bus fares rose 40 percent. "
            "The ad claims that the rise was the largest in a decade.")
    got = attributed(text)
    assert any(speaker == "Citizens for Lower Fares" and cue == "claims" for _, speaker, cue in got)


def test_a_news_outlet_stating_a_finding_is_an_official_statement():
    got = attributed("The Daily Ledger said the plant employs 300 people.")
    assert got and got[0][:2] == ("official_statement", "Daily Ledger")


def test_fallback_speech_act_with_a_speaking_subject_is_a_claim():
    # shapes no frame rule reads: "pointed to", "did propose", a report "estimating", "acknowledged by X"
    assert attributed("Marlowe pointed to $40 worth of bread as what a family eats in a week.")
    assert attributed("In his first budget, the mayor did propose an increase in the parking fee.")
    assert attributed("The plan rests on a 2019 council report estimating repairs cost $12 million a year.")
    assert attributed("The shortage has been repeatedly acknowledged by Dana Whitfield, head of the board.")
    # the writer's voice, negated and hypothetical speech are no claim
    assert attributed("Our research showed that fares rose by 40 percent in a decade.") == []
    assert attributed("Marlowe hasn't said he intends to cut the bus routes at all.") == []
    assert attributed("If Marlowe had said the city leads the region, that would be accurate.") == []


def test_fallback_claim_follows_the_cue_said_at_and_speaker_conventions():
    # the verb group with its auxiliaries; "the governor" is the governor named before; an agentless passive is
    # reported
    text = ("Governor Dana Reyes spoke in May. In her first budget, the governor did propose a rise in the "
            "parking fee. The higher fares have been called unfair to commuters in the suburbs.")
    claims = [c for c in extract_article(text, PUB)["claims"] if c["attribution"] != "unattributed"]
    assert [(c["speaker"], c["attribution"], c["cue"], c["said_at"]) for c in claims] == [
        ("Dana Reyes", "paraphrase", "did propose", None), (None, "reported", "have been called", None)]


def test_a_named_group_report_speaks_for_the_group():
    got = attributed("The plan rests on a 2019 NRDC report estimating repairs cost $12 million a year.")
    assert got and got[0][:2] == ("official_statement", "NRDC")


def test_a_second_speech_act_in_its_own_clause_is_a_second_claim():
    # "…, citing …" and "…, but they added …" after a first speech act: two contents, two claims, the first cut
    text = ("Marlowe said the repairs would cost $150 a year, citing a council estimate. The auditors acknowledged "
            "that the fees rose, but they added that the rise was small.")
    got = [(c["text"], c["cue"]) for c in extract_article(text, PUB)["claims"] if c["attribution"] != "unattributed"]
    assert ("citing a council estimate.", "citing") in got
    assert ("they added that the rise was small.", "added") in got
    assert ("Marlowe said the repairs would cost $150 a year", "said") in got


def test_a_second_verb_of_the_same_subject_is_a_second_claim():
    # "has said … and has promised …": two speech verbs, two contents; the earlier clause's "not" negates only it
    text = "Marlowe has said she would not raise the fares and has promised to keep every bus route open."
    got = [(c["text"], c["speaker"], c["cue"]) for c in extract_article(text, PUB)["claims"]
           if c["attribution"] != "unattributed"]
    assert ("has promised to keep every bus route open.", "Marlowe", "has promised") in got


def test_noun_states_comparisons_and_the_writer_report_nothing():
    # "states" as a noun, "added" with a thing added, a "than X claimed" comparison and the writer's correction
    assert attributed("The tally covers union states, but the rankings put farm states higher.") == []
    assert attributed("Lawmakers in the final hours added a carve-out to the bill for theme parks.") == []
    assert attributed("The fee was 12 dollars, a little higher than Dorrin Vale claimed in the spring.") == []
    assert attributed("A previous version of this item said the fee rose 40 percent in 2019.") == []
    assert attributed("The city charter states that the mayor serves four years.")[0][2] == "states"


def test_giving_the_impression_that_is_an_implied_claim():
    # "X gives/leaves the impression that …" reports what X implies; the boilerplate "would give a different impression" does not
    got = attributed("The Orvel campaign mailer gives the impression that the bridge toll doubled in 2019.")
    assert got and got[0][2] == "gives the impression"
    assert attributed("The statement ignores critical facts that would give a different impression.") == []


def test_lead_ins_infinitives_and_hypotheticals_are_no_claims_but_a_writer_relative_is_no_infinitive():
    # the words between "claimed" and the quote only lead into it; "To suggest", "could argue" report nothing said
    text = 'The Orvel campaign claimed in recent mailers that "the toll doubled in 2019."'
    got = [c["text"] for c in extract_article(text, PUB)["claims"] if c["attribution"] != "unattributed"]
    assert "The Orvel campaign claimed in recent mailers that" not in got and got
    assert attributed("To suggest that the toll doubled in 2019 is wrong.") == []
    assert attributed("Under the new rule, businesses can generally deny entry to customers without a pass.") == []
    assert attributed("Economists we talked to said the toll would rise in 2020.")[0][1] == "Economists"


def test_fallback_reads_asides_of_heads_and_more_speech_verbs():
    # "X, however, shows", "Transcripts of the hearings show", "defended", "pointed us to", "has long been rumored"
    assert attributed("Other research, however, shows that the toll doubled in 2019.")[0][2] == "shows"
    assert attributed("Transcripts of the hearings show that the toll doubled in 2019.")
    assert attributed("Marlowe defended the toll increase by pointing to the repair bill.")[0][1] == "Marlowe"
    assert attributed("Her office pointed us to a county audit of the bridge fund.")[0][2] == "pointed us to"
    assert attributed("It has long been rumored that Marlowe will run for governor in 2026.")[0][0] == "reported"


def test_a_noun_with_a_named_owner_carries_a_claim():
    # "X's insistence that …", "a warning by X that …": the owner said it; "X's statement that …" restates the rated claim
    got = attributed("Marlowe’s insistence that the toll doubled in 2019 ignores the audit.")
    assert got and got[0][1] == "Marlowe" and got[0][2] == "insistence"
    assert attributed("The audit conflicts with a warning by the county board that the bridge fund is empty.")[0][2] == "warning"
    assert attributed("Marlowe’s statement that the toll doubled in 2019 ignores the audit.") == []


def test_irregular_pasts_are_speech_acts_too():
    # "gave"/"left the impression", "wrote that": the irregular past, not a regular "gived"/"writed"
    got = attributed("The Orvel campaign mailer gave the impression that the bridge toll doubled in 2019.")
    assert got and got[0][2] == "gave the impression"
    assert speech_acts.FORM["wrote"] == "write" and speech_acts.FORM["left"] == "leave"
    assert "writed" not in speech_acts.FORM and "gived" not in speech_acts.FORM
