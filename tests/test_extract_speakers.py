"""One small test per rule in speakers.py, on sentences written for the test (not from the dev texts)."""
from datetime import date

from factcheck.extract import extract_article, frames
from factcheck.extract.speakers import Registry, parse_mention


def _resolve(text: str, mention: str):
    return Registry(text).resolve(parse_mention(mention))


def test_opening_adverbial_and_header_are_not_the_speaker():
    assert parse_mention("Weeks after the vote, the Navy").name == "Navy"
    assert parse_mention("Viewed narrowly, she").kind == "pronoun"
    assert parse_mention("NOTE, June 3: After the story ran, the Ortega campaign").name == "Ortega campaign"


def test_clause_final_pronoun_names_the_person_in_its_clause():
    assert parse_mention("Okafor overstated things when he").name == "Okafor"
    assert parse_mention("she's").mention == "she"
    assert parse_mention("Okafor himself").name == "Okafor"


def test_lone_name_closing_the_mention_is_the_speaker():
    assert parse_mention("the state treasurer, Okafor").name == "Okafor"


def test_posts_without_a_named_author_are_their_unnamed_posters():
    assert parse_mention("Social media posts").name == "Unnamed social media users"
    assert parse_mention("A social media rumor").name == "Unnamed social media user"
    assert parse_mention("The viral graphic").name == "Unnamed poster"
    assert parse_mention("The post we’re checking").name == "Unnamed poster"
    assert parse_mention("The Daily Post").name != "Unnamed poster"


def test_a_document_speaks_for_its_maker():
    assert parse_mention("A radio ad from Citizens for Clean Water").name == "Citizens for Clean Water"
    assert parse_mention("Okafor’s 2009 book").name == "Okafor"
    assert parse_mention("the Ledger's latest analysis of its own sales").name == "Ledger"


def test_he_skips_places_and_capitalised_common_words():
    text = "Okafor spent years in Lagos. Further cuts came, and further delays. He said the levy was fair."
    reg = Registry(text)
    reg.pos = text.index("He said")
    assert reg.resolve(parse_mention("he")).name == "Okafor"


def test_a_post_with_a_determiner_names_no_platform():
    assert parse_mention("The post").name == "Unnamed poster"
    assert parse_mention("A Brand post").name == "Unnamed Brand user"


def test_a_capitalised_word_before_the_verb_is_no_adverb():
    assert frames.AUX.search("O’Reilly ") is None
    assert frames.AUX.search("Parents for All ") is None
    assert frames.AUX.search("they have all ").group(0) == "have all "


def test_someones_staff_are_unnamed_and_trailing_debris_is_no_name():
    assert parse_mention("Okafor’s spokeswoman").name == "Unnamed spokeswoman"
    assert parse_mention("Her campaign manager").name == "Unnamed campaign manager"
    assert parse_mention("an Okafor adviser").kind == "unnamed"
    assert parse_mention("Okafor didn’t just").name == "Okafor"


def test_a_pronoun_closing_a_mention_is_the_subject():
    assert parse_mention("During that season, she").kind == "pronoun"
    assert parse_mention("the record of his Nov. 3 remarks shows he").kind == "pronoun"
    assert parse_mention("Okafor and he").name == "Okafor"


def test_a_person_of_a_body_and_names_around_an_acronym():
    sp = parse_mention("Anna Berg of the Okafor Tenants Union")
    assert (sp.name, sp.kind) == ("Anna Berg", "person")
    assert parse_mention("Lagos State housing economist Anna Berg").kind == "person"
    assert parse_mention("Tenants GPS").kind == "org"


def test_an_inverted_mention_runs_through_its_of_phrase():
    t = '"It was minor," said University of Acme-Irvine sociologist Anna Berg. Next.'
    f = frames.parse_post(t, t.index("said") - 1, t.index("Next"))
    assert f.mention == "University of Acme-Irvine sociologist Anna Berg"
    assert f.cue == "said University of Acme-Irvine sociologist Anna Berg"


def test_org_names_with_of_and_and_and_unnamed_authors():
    assert parse_mention("Acme Cross Blue Shield of Texas").kind == "org"
    assert parse_mention("the Centers for Okafor Control and Prevention").name == "Centers for Okafor Control and Prevention"
    assert parse_mention("Okafor and Berg").name == "Berg"
    assert parse_mention("The image widely shared on Brand").name == "Unnamed poster"
    assert parse_mention("the chain e-mail").name == "Unnamed e-mail author"


def test_a_document_in_an_outlet_speaks_for_it_and_authors_of_a_letter_are_people():
    assert parse_mention("a May 2020 report in the Okafor Ledger").name == "Okafor Ledger"
    assert parse_mention("the two authors of the letter").kind != "document"


def test_a_progressive_verb_after_a_quote_leaves_its_auxiliary_out_of_the_speaker():
    text = 'Ann Okafor spoke first. "Taxes fell," she is saying in the ad. "Rents rose," she was telling voters.'
    claims = [c for c in extract_article(text, date(2020, 1, 1))["claims"] if c["attribution"] == "direct_quote"]
    assert [c["speaker"] for c in claims] == ["Ann Okafor", "Ann Okafor"]
    assert [c["cue"] for c in claims] == ["is saying in the ad", "was telling voters"]


def test_a_generic_noun_refers_to_the_body_named_just_before():
    text = "Okafor relied on a review by the FTRB, but the agency later said it lacked the facts."
    assert _resolve(text, "the agency").name == "FTRB"
    assert _resolve("The Okafor Herald ran it first. The same news outlet said more.", "the same news outlet").name == "Okafor Herald"
    assert parse_mention('" the news outlet').name == "news outlet"


def test_an_owned_article_speaks_for_its_owner():
    assert parse_mention("Okafor’s article").name == "Okafor"
    assert parse_mention("The KWTB article").name == "KWTB"


def test_an_acronym_takes_the_name_the_article_spells_out():
    text = "The Bureau of Okafor Statistics counts them. BOS figures show a rise."
    assert _resolve(text, "BOS").name == "Bureau of Okafor Statistics"
    assert _resolve(text, "BOS data").name == "Bureau of Okafor Statistics"


def test_a_bare_common_noun_keeps_what_says_who_they_are():
    assert parse_mention("Opponents of the toll plan").name == "Opponents of the toll plan"
    assert parse_mention("Experts in rail safety").name == "Experts in rail safety"


def test_a_one_word_name_takes_the_acronym_the_article_gives_after_it():
    text = "Okaforway GPS ran an ad. Okaforway suggests rents rose."
    sp = _resolve(text, "Okaforway")
    assert (sp.name, sp.kind) == ("Okaforway GPS", "org")


def test_a_name_the_article_calls_a_body_is_an_organisation():
    text = "Conservative groups like Okafor Trust attacked him. Okafor Trust claims rents rose. Ranfield, which owns it, agreed."
    assert _resolve(text, "Okafor Trust").kind == "org"
    assert _resolve(text, "Ranfield").kind == "org"
    assert _resolve("BrightWorks said rents rose.", "BrightWorks").kind == "org"
