"""Word lists the rules share: reporting verbs, titles, organisation and media words.

Generic newsroom vocabulary only. No person, place or outlet from any article in the seed or the
dev set is listed here (tests check that), so the rules stay rules rather than a memorised answer.
"""
from __future__ import annotations

import re

# Verbs that report speech or a stated position: usable for paraphrases and quote frames.
SPEECH = frozenset(
    "said says say saying told tells tell telling added adds adding stated states stating announced announces "
    "announcing claimed claims claim claiming confirmed confirms confirm confirming reported reports reporting "
    "believes believe believed noted notes noting argued argues argue arguing warned warns warning explained "
    "explains explaining insisted insists insisting estimated estimates estimate concluded concludes suggested "
    "suggests acknowledged acknowledges admitted admits denied denies describe describes described describing "
    "wrote writes posted predicted predicts concedes conceded conceding maintained maintains asserted asserts "
    "contended contends emphasised emphasized stressed stresses stressing alleged alleges found "
    # the plain present of a plural subject: "experts acknowledge …", "researchers suggest …", "analysts predict …"
    "acknowledge suggest predict warn insist contend concede admit explain deny conclude maintain assert allege "
    "agreed agrees agree reiterated reiterates reiterate".split()
)


def verb_forms(base: str, irregular: frozenset | set = frozenset(), ing: bool = False) -> set[str]:
    """A regular verb's finite forms ("declare" → declare, declares, declared), its -ing form when asked, and any
    irregular forms given, which replace the regular past ("write" → wrote, written, not "writed")."""
    b = base
    if b.endswith("e"):
        out, stem = {b, b + "s", b + "d"}, b[:-1]
    elif b.endswith("y") and b[-2] not in "aeiou":
        out, stem = {b, b[:-1] + "ies", b[:-1] + "ied"}, b
    elif re.search(r"[^aeiou][aeiou][pt]$", b) and b not in ("credit", "limit", "edit", "visit"):
        out, stem = {b, b + "s", b + b[-1] + "ed"}, b + b[-1]  # "admit" → admitted, admitting
    elif b.endswith(("sh", "ch", "ss", "x", "z")):
        out, stem = {b, b + "es", b + "ed"}, b
    else:
        out, stem = {b, b + "s", b + "ed"}, b
    if irregular:
        out = {f for f in out if not f.endswith(("ed", "d")) or f == b} | set(irregular)
    if ing:
        out.add(stem + "ing")
    return out


def _inflect(bases: str) -> frozenset:
    """Every finite form of regular verbs: plural present, -s, past."""
    return frozenset(f for b in bases.split() for f in verb_forms(b))


# Levin's "say" and "advise" verbs of communication (37.7, 37.9) and "declare"/"conjecture" verbs (29.4, 29.5) that
# take a clause: with a subject that can speak they report what the subject said or holds.
COMMUNICATION = _inflect("declare mention observe remark reveal disclose proclaim assure inform notify caution recount "
                         "testify counter retort respond reply complain boast brag tout speculate recall imply hint "
                         "signal calculate project forecast determine rule assume reckon surmise theorize "
                         "predict acknowledge affirm allege concede contend emphasize emphasise underscore highlight "
                         "explain note insist maintain assert stress warn argue") | frozenset(
                         "thinks forecast foresaw foresees bragged".split())
# Verbs of a stated fear or worry: a paraphrase of the group's position ("Residents fear the plant will close").
STANCE = frozenset("fear fears feared".split())
# "show" verbs report only for a named source ("NCLAN studies show"); unnamed figures showing are "reported".
SHOW = frozenset("show shows showed indicate indicates indicated".split())
_PUT_AT = r"(?:it|them|that|the\s+(?:figure|number|total|cost|rate|share|count|tally|price|toll|gap|increase|rise|drop))\s+at"
# Multi-word reporting verbs (the first word is looked up, the second must follow).
PHRASAL = {"points": "out", "pointed": "out", "point": "out", "pointing": "out",
           # "called for a restructuring", "advocated for cutting": a stated position
           "called": "for", "calls": "for", "call": "for", "advocated": "for", "advocates": "for", "advocate": "for",
           # "puts the figure at 94 percent", "put it at less than a point": a source's estimate
           "puts": _PUT_AT, "put": _PUT_AT}
# Verbs that only report when a quotation follows them directly.
FRAME_ONLY = frozenset("continued continues replied replies answered answers asked asks reads read reasoned "
                       "tweeted quoted cited called calls wrote".split())
# Speech acts that count as a paraphrase only when the subject is a named speaker.
SPEECH_ACTS = frozenset("offers offered proposes proposed urges urged vows vowed promises promised threatens "
                        "threatened demands demanded rejects rejected accuses accused welcomes welcomed "
                        "criticised criticized condemns condemned recommends recommended advises advised "
                        "advocated advocates advocate endorsed endorses endorse pledged pledges pledge "
                        # the evidence a speaker gives or the blame they lay: "Smith cited a 2019 study", "she blamed the agency"
                        "cited cites cite blamed blames".split())
PARTICIPLES = frozenset("claiming saying adding arguing insisting noting warning stressing explaining "
                        "suggesting stating".split())
# the participles as one regex alternation, longest first
PARTICIPLE_ALTERNATION = "|".join(sorted(PARTICIPLES, key=len, reverse=True))
NOT_SPEECH_SUBJECT = frozenset("it this that there which what who".split())

TITLES = frozenset(
    "president vice prime minister secretary senator sen. sen ambassador lieutenant colonel general major captain "
    "commander admiral sergeant dr dr. mr mr. mrs mrs. ms ms. prof prof. professor director ceo chief chairman "
    "chairwoman chair spokesman spokeswoman spokesperson coauthor co-author author campaigner barrister lawyer "
    "attorney judge justice governor mayor deputy undersecretary under-secretary assistant asst asst. special "
    "shadow home foreign defense defence interior finance environment education health policy executive officer "
    "member leader head king queen prince pope cardinal bishop rev rev. reverend councillor mp mep representative "
    "rep. congressman congresswoman premier chancellor acting former soldier analyst researcher scientist "
    "economist coach founder editor reporter correspondent prosecutor crown qc sc kc jr. sir lord lady dame "
    "sheikh emir chairperson commissioner inspector superintendent detective constable officer manager "
    "secretary-general general-secretary president-elect".split()
)
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame".split())
NAME_PARTICLES = frozenset("de del della der van von bin bint al el la le da di du dos das arap ibn".split())

ORG_WORDS = frozenset(
    "government ministry department office agency army navy military police force forces committee commission "
    "council court administration house parliament congress senate embassy company firm corporation bank "
    "university institute union association movement party league organisation organization foundation service "
    "services authority board bureau secretariat cabinet kremlin pentagon municipality city state states "
    "federation fund centre center group coalition alliance network commission regime".split()
)
DOCUMENT_WORDS = frozenset("studies study report reports letter document documents figures statistics data survey "
                           "poll research analysis paper findings results investigation investigations inquiry "
                           "review audit".split())
# What a speaker puts out in their name: "Smith’s ad says …" and "an ABC video says …" speak for Smith and ABC.
AUTHORED_WORDS = frozenset("ad ads advert advertisement commercial video videos statement release website tweet "
                           "mailer flyer leaflet".split())
MEDIA_WORDS = frozenset(
    "news post times herald courier journal magazine newspaper tribune gazette telegraph guardian observer "
    "television tv radio broadcaster press wire afp reuters ap bbc cnn nbc abc cbs fox".split()
)
COUNTRIES = frozenset(
    "afghanistan albania algeria argentina armenia australia austria azerbaijan bangladesh belarus belgium brazil "
    "britain bulgaria canada chile china colombia croatia cuba cyprus denmark egypt eritrea estonia ethiopia "
    "finland france georgia germany greece hungary india indonesia iran iraq ireland israel italy japan jordan "
    "kazakhstan kenya korea kosovo kuwait latvia lebanon libya lithuania malaysia mexico moldova morocco myanmar "
    "netherlands nigeria norway pakistan palestine philippines poland portugal qatar romania russia serbia "
    "singapore slovakia somalia spain sudan sweden switzerland syria taiwan thailand tunisia turkey uganda "
    "ukraine uk us usa venezuela vietnam yemen zimbabwe".split()
)
# Plural nouns for kinds of people: capitalised at a sentence start ("Experts told us …") they are a group, not a name.
GROUP_NOUNS = frozenset(
    "experts analysts critics economists researchers scientists scholars historians residents voters citizens "
    "observers opponents supporters advocates activists officials lawmakers legislators democrats republicans "
    "doctors teachers parents students workers employers investigators prosecutors lawyers academics "
    "environmentalists campaigners protesters protestors locals farmers".split()
)
# Nouns that keep their "of"-phrase in a speaker's name: "a group of 200 legislators", "the authors of the letter".
OF_HEADS = frozenset("group groups coalition authors author members leaders heads majority minority panel team "
                     "sponsors coauthors co-authors signers signatories".split())
# Roles that "the <role>" uses for a person already in the article ("the candidate says …").
GENERIC_PERSON = frozenset("candidate senator governor congressman congresswoman lawmaker president mayor "
                           "incumbent challenger nominee representative".split())
# Nouns for people who speak without a name ("one commander said", "officials tell").
UNNAMED_NOUNS = frozenset(
    "official officials source sources commander commanders aide aides diplomat diplomats officer officers "
    "insider insiders spokesman spokeswoman spokesperson witness witnesses reader readers viewer expert analyst "
    "observer employee staffer".split()
)
PRONOUNS = {"he": "person", "she": "person", "it": "org", "they": "group", "we": "group", "i": "person",
            "him": "person", "her": "person", "them": "group"}
# Sentence-initial connectives left out of a claim's span.
CONNECTIVES = ("Meanwhile, ", "However, ", "Moreover, ", "Furthermore, ", "In addition, ", "Also, ",
               "Still, ", "Nevertheless, ", "Additionally, ")
# A sentence in a quotation that opens like this continues the claim before it.
CONTINUATION_OPENERS = (
    "they ", "they're ", "they’re ", "it ", "it's ", "it’s ", "its ", "he ", "she ", "this ", "that ", "these ",
    "their ", "his ", "her ", "the second", "the other", "the rest", "both ", "but ", "and ", "so ", "also ",
    "in that case", "then ", "however", "indeed", "because ", "yet ", "still ", "instead", "imagine", "remember",
    "look", "consider", "think ", "note ", "[...]", "…", "i ", "i'm ", "i’m ", "we ", "we're ", "we’re ",
)
NEW_CLAIM_OPENERS = ("those who", "anyone who", "everyone who", "people who", "and i ")

# Verbs that report only with a that-clause after them (a communication or conjecture verb, or a commitment or
# challenge): "X declared that …", "the ad assumes that …", "readers informed us that …".
CLAUSE_VERBS = (COMMUNICATION | _inflect("promise pledge vow propose urge recommend advise dispute doubt question charge "
                                         "complain")) - SPEECH - SPEECH_ACTS
# the that-clause, past an indirect object of up to three words ("informed us that"), not "that" as a pronoun
CLAUSE_COMPLEMENT = re.compile(r"(?:\s+(?!that\b|at\b|to\b|in\b|of\b|on\b|for\b|with\b)[A-Za-z][\w’'-]*){0,3}\s+that\s+"
                               r"(?!(?:is|was|are|were|has|had|will|would|can|could|did|does)\b)[\w“\"]")
