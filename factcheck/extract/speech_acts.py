"""A sentence-level fallback: a speech act with a speaker-like subject that no other rule attributed.

PolitiFact's prose reports speech in many shapes, each rare ("points to", "is predicting", "did propose",
"figures indicating", "acknowledged by X", "has been called"), too many to give each a frame rule. So a
sentence that no rule attributed still reports someone's words when it holds a communication or assertion
verb whose subject can speak (a name, a pronoun, a person, organisation or document noun), or a passive with
a "by" agent, or an agentless passive of a naming verb. The writer's own voice ("we found", "PolitiFact
rates"), negated and hypothetical speech ("hasn't said", "if X had said") and link lines are left out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract import lexicon as L

# Communication, assertion and evidence verbs (Levin 37.7, 37.9, 29.4-29.5, 48.1.2 plus evidence verbs).
_LEMMAS = """say tell claim state argue estimate show find report urge recommend dispute deny call describe promise
warn suggest indicate acknowledge cite assert contend insist maintain allege accuse charge blame criticize criticise
announce declare explain note add write tweet post predict project conclude determine reveal confirm admit concede
agree disagree question doubt challenge counter rebut reject dismiss refute label brand characterize characterise
portray attribute credit praise boast brag complain propose pledge vow testify advise caution point mention
emphasize emphasise stress highlight recall repeat reiterate speculate demand document calculate forecast
reference clarify mock dub depict peg place rumor rumour imply defend quote outline decry advocate recap tout lament
give leave create""".split()
# pasts that are not "-ed" (the regular forms, and "admitted", "recapped", come from lexicon.verb_forms)
_IRREGULAR = {"say": {"said"}, "tell": {"told"}, "find": {"found"}, "show": {"showed", "shown"},
              "write": {"wrote", "written"}, "forecast": {"forecast"}, "give": {"gave", "given"}, "leave": {"left"}}


FORM = {f: lem for lem in _LEMMAS for f in L.verb_forms(lem, _IRREGULAR.get(lem, ()), ing=True)}
# "gives the impression that …", "leave a false impression that …": an implied claim, a speech act like "suggest"
IMPRESSION = re.compile(r"\s+(?:the|a|an)\s+(?:\w+\s+)?impression\s+that\b")
# "agree to do" is no statement; "point" reports only as "point(ed|ing) to/out"; "place"/"peg" only with a figure ("placed the rate at")
NEEDS_NEXT = {"point": re.compile(r"\s+(?:us\s+)?(?:to|out)\b"), "place": re.compile(r"\s+(?:the|its|their)\s+\w+(?:\s+\w+)?\s+at\b"),
              "peg": re.compile(r"\s+(?:the|its|their)\s+\w+(?:\s+\w+)?\s+at\b"),
              "add": re.compile(r"\s+(?:that\b|,)"), "post": re.compile(r"\s+(?:that|on)\b"),
              "agree": re.compile(r"(?!\s+to\b)"),
              "give": IMPRESSION, "leave": IMPRESSION, "create": IMPRESSION, "call": re.compile(r"\s+(?:for\b|\w+\s+(?:a|an|the)\b|it\b|him\b|her\b|them\b)")}
# naming and estimating verbs whose agentless passive still reports ("has been called", "is estimated")
# "states" and "added" report words only before a that-clause, a quotation or the end of the clause ("§" masks a quote)
STATES_VERB = re.compile(r"\s+that\b|\s*[:,]?\s*[\"“§]")
ADDED_SPEECH = re.compile(r"\s*(?:that\b|[,;:.!?)\"“”§—–]|--|$)")
# "than he claimed", "more than Paltrow stated": a person's words compared with, already reported where they were
# said ("more narrow than the ad suggests" states what the ad suggests)
THAN_CLAUSE = re.compile(r"\bthan\s+(?:he|she|they|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+(?:\w+ly\s+)?$")
PASSIVE_OK = frozenset("call describe estimate report allege project predict label characterize brand say cite "
                       "criticize accuse charge blame credit praise forecast dub mock depict rumor rumour".split())

# lemmas whose bare and -s forms are also nouns ("a FAIR report estimating", "the group's claims"): as verbs only
# before what a verb takes (a that-clause, an object, a preposition), not before another verb
NOUN_LIKE = frozenset("report claim call post charge state tweet estimate question doubt praise credit challenge "
                      "counter demand promise pledge vow label brand document forecast note point reference place "
                      "boast caution stress highlight repeat attribute mention recall peg blame show find "
                      "rebut reject".split())
VERB_NEXT = re.compile(r"\s*(?:(?:that|the|a|an|his|her|their|its|this|these|those|he|she|they|it|him|them|us|to|"
                       r"about|as|in|on|at|more|less|up|out)\b|[,\"“]|\$?\d)", re.I)
SPEAKER_NOUNS = frozenset("""official officials spokesman spokeswoman spokesperson expert experts researcher researchers
analyst analysts economist economists scientist scientists professor professors critic critics opponent opponents
supporter supporters advocate advocates leader leaders lawmaker lawmakers legislator legislators senator senators
congressman congresswoman governor mayor president candidate candidates campaign campaigns administration agency
agencies department office bureau commission committee council board group groups organization organizations
organisation coalition association union unions party democrats republicans government state county city district
university institute center centre foundation company firm network outlet newspaper magazine website blog post
report reports study studies survey surveys poll polls analysis data statistics figures estimate estimates review
audit investigation memo letter document documents email ad ads advertisement commercial video mailer flier flyer
tweet statement release article book court judge prosecutor attorney lawyer police sheriff authorities officer staff
aide aides adviser advisers director chairman secretary members residents voters teachers doctors journalists
reporter reporters media cbo gao census research records findings sources source editorial columnist host
transcript transcripts comparison comparisons outlook projection projections""".split())
# a one-word aside between commas after the subject ("X, however, says")
ASIDES = frozenset("however though too meanwhile instead also moreover furthermore nonetheless nevertheless "
                   "similarly likewise indeed".split())
PRONOUNS = frozenset("he she they".split())
# the writer's own voice: the fact-checker, "we", "our research"
WRITER = re.compile(r"\b(?:[Ww]e|[Oo]ur|us|I|(?i:politifact|punditfact|truth-o-meter))\b|"
                    r"\b(?i:(?:previous|original|earlier) version)\b")
SKIP_SENTENCE = re.compile(r"^\s*(?:UPDATE|Editor[’']s note|Correction|CLARIFICATION)\b|\bRELATED:|-O-Meter|\bWe rate\b", re.I)
# a negated subject or clause ("neither X nor Y confirmed", "no deaths were reported", "that's not what X claims")
CLAUSE_NEGATION = frozenset("no neither nor none nobody not n't never".split())
# an embedded manner or likeness clause ("the way X explained this", "how he referenced", "sounds like he is denying")
NOT_A_REPORT = frozenset("how way like".split())
# quantifiers that make the next word a noun ("both praise and criticism", "much doubt")
QUANTIFIERS = frozenset("both much some any no more less little".split())
AUX = frozenset("is are was were be been being has have had will would can may might should must did does do also "
                "repeatedly previously recently later then often already still even just once publicly initially "
                "first again".split())
BE = frozenset("is are was were be been being".split())
NEGATION = frozenset("not n’t n't never no".split())
MODAL = frozenset("could would should might may must".split())
RELATIVE = frozenset("that which who".split())
DETERMINERS = frozenset("the a an his her its their our my your this these those s’ s' ’s 's".split())
CAP_STOP = frozenset("""The A An In On At But And So Per For As If When While After Before Since This That These Those
There Then However Still Yet Or Nor Of To By With From According Also Even Such What Why How Where Who Which Its His
Her Their Our My Your We Us Some Many Most All Both Each Every No Not One Two Three Here Although Though Because Until
Unless Whether Like Under Over Into During Between Among Against Without Within About Above Below Through Throughout
Meanwhile Instead Indeed Finally Overall Similarly Furthermore Moreover Besides Today Yesterday Now Last Next Other
Another More Less Few Several I It""".split())
TOKEN = re.compile(r"\w+(?=n[’']t)|n[’']t|[’'](?:s|re|ve|ll|d|m)\b|\$?\d+(?:[.,]\d+)*%?|\w+(?:[-.&]\w+)*|[^\w\s]")


@dataclass
class Act:
    verb: str
    lemma: str
    subject: str | None  # the subject's words, or the "by" agent's; None for an agentless passive
    how: str  # "subject", "relative", "participle", "passive-by", "passive", "comma-participle", "coordinated", "noun"
    start: int  # the verb's offset in the sentence
    end: int = 0  # where the verb group ends: after the verb, or its particle ("pointed to")
    cue_start: int = 0  # where the verb group begins: its auxiliaries and adverbs ("did propose", "has been called")
    subject_start: int | None = None  # where the subject begins (with its determiner)


def _speaker_word(w: str, first: bool) -> bool:
    lw = w.lower()
    if lw in PRONOUNS or lw in SPEAKER_NOUNS:
        return True
    return w[:1].isupper() and w not in CAP_STOP and w.isalpha() and not (first and lw in FORM)


# a determiner kept with the subject, so the registry reads "the governor", "the ad" as the one named before
MENTION_DETERMINERS = frozenset("the this a an".split())


def _mention(toks: list[re.Match], j: int) -> tuple[str, str, int]:
    """The subject's words ending at token j (a run of capitalised words or nouns, with a determiner before
    them), the word before them and the subject's offset."""
    k = j
    while k > 0 and (toks[k - 1].group()[:1].isupper() and toks[k - 1].group() not in CAP_STOP
                     or toks[k - 1].group().lower() in SPEAKER_NOUNS):
        k -= 1
    if k > 0 and toks[k - 1].group().lower() in MENTION_DETERMINERS:
        k -= 1
    return " ".join(t.group() for t in toks[k:j + 1]), toks[k - 1].group() if k > 0 else "", toks[k].start()


def _group_start(toks: list[re.Match], low: list[str], j: int, i: int) -> int:
    """Where the verb group before token i begins: after the subject at j, with a contracted "’s been"."""
    if j >= 0 and low[j] in ("'s", "'ve", "'d", "'ll") and (low[j] != "'s" or low[j + 1] == "been"):
        return toks[j].start()
    return toks[j + 1].start() if j + 1 < i else toks[i].start()


def find(sentence: str) -> list[Act]:
    """The speech acts of a sentence with a subject that can speak, outside the writer's voice."""
    if SKIP_SENTENCE.search(sentence) or sentence.rstrip("\"”’ )").endswith("?"):
        return []
    toks = list(TOKEN.finditer(sentence))
    words = [t.group() for t in toks]
    low = [w.lower().replace("’", "'") for w in words]
    if low and low[0] == "if":
        return []
    acts = []
    for i, w in enumerate(low):
        lem = FORM.get(w)
        if not lem or (words[i][:1].isupper() and i > 0):
            continue
        rest = sentence[toks[i].end():]
        j, passive, negated, modal = i - 1, False, False, False
        while j >= 0 and (low[j] in AUX or low[j] in NEGATION or low[j] in MODAL or (low[j].endswith("ly") and len(low[j]) > 4)):
            passive |= low[j] in BE
            negated |= low[j] in NEGATION
            modal |= low[j] in MODAL
            j -= 1
        aside = j >= 2 and low[j] == "," and low[j - 1] in ASIDES and low[j - 2] == ","
        if aside:
            j -= 3  # "Other research, however, shows": the aside between subject and verb
        c = i - 1
        while c >= 0 and low[c] not in (",", ";", "—", "--", ":", "and", "but"):
            c -= 1
        if negated or (modal and "have" in low[j + 1:i]) or CLAUSE_NEGATION & set(low[c + 1:i]):
            continue
        participle = w.endswith(("ed", "en")) or w in ("said", "told", "found", "shown", "written")
        group_start, verb_end = _group_start(toks, low, j + 3 if aside else j, i), toks[i].end()
        if passive and participle:
            m = re.match(r"\s+by\s+((?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,3})", rest)
            if m and any(_speaker_word(x, False) for x in m.group(1).split()[:4]):
                agent = m.group(1)
                if not WRITER.search(agent):
                    acts.append(Act(w, lem, agent, "passive-by", toks[i].start(), verb_end, group_start,
                                    toks[i].end() + m.start(1)))
                continue
            if lem in PASSIVE_OK and i > 0:
                acts.append(Act(w, lem, None, "passive", toks[i].start(), verb_end, group_start))
            continue
        if w in ("state", "states") and not STATES_VERB.match(rest) or THAN_CLAUSE.search(sentence[:toks[i].start()]):
            continue
        if lem in NEEDS_NEXT and not NEEDS_NEXT[lem].match(rest):
            continue
        if lem in ("point", "give", "leave", "create"):
            verb_end += NEEDS_NEXT[lem].match(rest).end() - (5 if lem != "point" else 0)  # "pointed to", "gives the impression"
        if lem in NOUN_LIKE and not w.endswith(("ed", "ing")) and low[i - 1] not in PRONOUNS and not aside and (
                not VERB_NEXT.match(rest) or low[i - 1] in QUANTIFIERS):
            continue
        if j < 0 or (low[i - 1] in DETERMINERS and not (low[i - 1] == "that" and i > 1 and low[i - 2] not in DETERMINERS)):
            continue
        how, bare = "subject", j == i - 1  # bare: no auxiliary before the verb ("…, citing", not "…, is demanding")
        if low[j] in RELATIVE and j > 0:
            j -= 1
            how = "relative"
        elif w.endswith("ing") and j == i - 1 and low[j] in ('"', "”") and low[j - 1] == "," and acts:
            j -= 2
            how = "comma-participle"  # 'Trump calls it a "tax increase," citing …'
        elif w.endswith("ing") and low[j] == "," and j > 0:
            j -= 1
            how = "comma-participle"  # "X disputed the findings, saying …": X speaks, see claims._speech_acts
        if low[j] in ("'s", "s'") and j > 0:
            j -= 1
        if how == "subject" and w.endswith("ing") and i == j + 1 and low[j] in SPEAKER_NOUNS:
            how = "participle"
        if not _speaker_word(words[j], j == 0) and j >= 3 and "of" in low[j - 3:j] and how == "subject":
            of = j - 3 + low[j - 3:j].index("of")
            if of > 0 and low[of - 1] in SPEAKER_NOUNS:
                j = of - 1  # "Transcripts of the debates show", "Supporters of the measure point to": the head speaks
        if not _speaker_word(words[j], j == 0):
            if how == "comma-participle" and acts and bare:
                # "Jones said it would cost $150, citing an estimate": the earlier act's speaker goes on
                acts.append(Act(w, lem, None, how, toks[i].start(), verb_end, toks[i].start()))
            elif how == "subject" and low[j] in ("and", "but") and acts and acts[-1].how == "subject":
                # "Romney has said … and has promised not to …": a second verb of the same subject
                acts.append(Act(w, lem, None, "coordinated", toks[i].start(), verb_end, group_start))
            continue
        subject, before, subject_start = _mention(toks, j)
        if WRITER.search(subject + " " + before) or before.lower() in NOT_A_REPORT:
            continue
        if how != "subject":
            group_start = toks[i].start()  # "a report estimating", "officials who said": the verb alone
        acts.append(Act(w, lem, subject, how, toks[i].start(), verb_end, group_start, subject_start))
    return acts + _noun_acts(toks, words, low)


# nouns that carry a claim of their owner ("Baker's insistence that …", "information by the CDC that …",
# "calls by X for …"); "statement" is left out: "X's statement that …" restates the claim being checked
CLAIM_NOUNS = frozenset("suggestion insistence contention assertion argument arguments allegation allegations "
                        "advisory warning warnings prediction observation observations belief promise promises "
                        "pledge accusation accusations information call calls".split())
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they"}
POSSESSIVE = frozenset(("'s", "s'", "'"))  # "users’ observations" splits as users + ’


def _noun_acts(toks: list[re.Match], words: list[str], low: list[str]) -> list[Act]:
    """A claim carried by a noun whose owner is named: "X's suggestion that …", "his warning that …" (one adjective
    may come between), or "<noun> by X that/for …"."""
    acts = []
    for i, w in enumerate(low[:-1]):
        if w not in CLAIM_NOUNS:
            continue
        lead = "for" if w.startswith("call") else "that"
        if low[i + 1] == "by":
            k = i + 2
            while k < len(low) and k < i + 7 and low[k] != lead:
                k += 1
            agent = words[i + 2:k]
            if k < len(low) and low[k] == lead and agent and any(_speaker_word(x, False) for x in agent) \
                    and not WRITER.search(" ".join(agent)):
                acts.append(Act(w, w, " ".join(agent), "noun", toks[i].start(), toks[i].end(), toks[i].start(),
                                toks[i].start()))
            continue
        if low[i + 1] != lead or i < 1:
            continue
        p = i - 1 if low[i - 1] in POSSESSIVE or low[i - 1] in POSSESSIVE_PRONOUNS else i - 2
        if p < 0 or not (low[p] in POSSESSIVE or low[p] in POSSESSIVE_PRONOUNS) or (low[p] == "'" and (p == 0 or low[p - 1][-1:] != "s")):
            continue
        if low[p] in POSSESSIVE_PRONOUNS:
            subject, start = POSSESSIVE_PRONOUNS[low[p]], toks[p].start()
        elif p > 0 and _speaker_word(words[p - 1], p == 1):
            subject, _, start = _mention(toks, p - 1)
        else:
            continue
        if not WRITER.search(subject):
            acts.append(Act(w, w, subject, "noun", toks[i].start(), toks[i].end(), toks[i].start(), start))
    return acts
