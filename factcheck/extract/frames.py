"""Attribution frames: the words around a quotation or a statement that say who said it and how.

After a quote:  `,” Lieutenant Colonel X, a spokesman of the army, told Reuters on Monday.`,
`,” he added.`, `", said the agency.`, `", according to the Daily Herald.`
Before a quote: `Jeff Smith, a spokesman, said, "`, `told GB News: "`, `in the words of the prosecutor, X, "`
In a sentence:  `X said (that) …`, `…, the government said on Monday.`, `according to X, …`,
`…, claiming that …` (a trailing participle carries the last speaker's claim).
Each parser returns the mention (to be resolved in speakers.py), the cue as the seed writes it, and
the text that may date the statement.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract import lexicon as L

_VERBS = sorted(L.SPEECH | L.FRAME_ONLY, key=len, reverse=True)
VERB_RX = r"(?:" + "|".join(_VERBS) + r")"
ADJUNCT = r"(?:\s+(?:on|in|at|during|via|through|last|this|earlier|late|later|yesterday|today|tonight|overnight)\b[^,;:.\"“”]*(?<!\ba)(?<!\ban)(?<!\bthe))"
# time or place adjuncts ending a clause ("on Monday", "in a statement on Friday"): a few words each, no "that" clause
TIME_ADJUNCT = re.compile(r"^(?:\s+(?:on|in|at|during|last|this|earlier|late|later|yesterday|today)\b"
                          r"(?:\s+(?!that\b)[^\s,;:\"“”]+){0,5})*\s*$", re.I)
PASSIVE = re.compile(r"\b(?:was|were|been|be|being|is|are|not|n't|never)\s+(?:\w+ly\s+)?$", re.I)
BOUNDARY = re.compile(r"(?:,\s+(?:and|but|although|though|while|whereas|because|so|with)\s+|;\s+|\s+—\s+|"
                      r"\b(?:and|but|although|though|whereas|because|which|that)\s+|^(?:As|While|When|If)\s+|"
                      # "…, as Smith’s camp points out", "more narrow than the ad suggests": a short subject after as/than
                      r"\b(?:as|than)\s+(?=(?:[\w’'.-]+\s*){1,4}$))", re.I)
TOLD_OBJECT = re.compile(r"^\s+((?:the\s+)?[A-Z][\w.&’'-]*(?:\s+(?:(?:of|the|and)\s+)*[A-Z][\w.&’'-]*)*|the\s+\w+|me|us|him|her|them|reporters|journalists)")
AUX = re.compile(r"(?:\b(?:also|later|then|previously|once|again|has|have|had|will|would|repeatedly|recently|earlier|today|yesterday|"
                 # "he even conceded", "Smith, Jones and Lee have all proposed", "long ago said"; a capital is a name's
                 # ("O’Reilly said", "Florida for All said"), not an adverb's
                 r"(?-i:[a-z]\w*ly|all|both|each)|even|long\s+ago)\s+|[’'](?:ve|d|ll)\s+)+$", re.I)


INVERTED_OF = re.compile(r"\s+(?:of|for|at|from)\s+[^,;.!?\"“”]*?[A-Z][\w’'-]*\s+[A-Z][\w’'-]*(?=\s*(?:[,;.!?]|$))")
# 'Name Surname:' or 'Name (role):' alone before a quotation
NAME_COLON = re.compile(r"(?P<mention>[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|de|van|von|al|bin|da|di)){0,4})"
                        r"(?:\s*\((?P<role>[^()]{1,80})\))?:")
NOT_NAME_LABELS = frozenset("update updated note correction related source sources photo video warning disclaimer "
                            "background summary read see watch listen question answer q a editor editor's editor’s "
                            "transcript excerpt quote headline subject title caption tags".split())


@dataclass
class Frame:
    mention: str | None
    verb: str
    cue: str | None
    when: str              # words that may say when (for dates.resolve)
    tail: int | None = None  # where a trailing participle claim starts ("claiming that …"), absolute offset
    tail_cue: str | None = None
    inverted: bool = False
    according: bool = False


def _participle_tail(rest: str, base: int) -> tuple[str, int | None, str | None]:
    m = re.search(r",\s+(?:(?:by|while|before|after)\s+)?(?P<p>" + L.PARTICIPLE_ALTERNATION
                  + r"|pointing out)\b", rest)
    if not m:
        return rest, None, None
    return rest[: m.start()], base + m.start("p"), m.group("p")


def parse_post(text: str, start: int, end: int) -> Frame | None:
    """The attribution right after a closing quote mark: text[start:end] runs to the sentence end."""
    raw = text[start:end]
    m0 = re.match(r"^[\s,.;!?]*(?:\(\([a-z]{2}\)\)\s*)?[,]?\s*", raw)
    off = start + m0.end()
    p = text[off:end]
    if not p or p[0] in "\"“":
        return None
    m = re.match(r"(?i)(according to)\s+(?P<src>[^,.;]+)", p)
    if m:
        return Frame(m.group("src"), "according to", p[: m.end()].strip(), p[: m.end()], according=True)
    m = re.match(r"(?P<verb>" + VERB_RX + r")\s+(?P<mention>(?:he|she|it|they|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,5}))(?P<rest>[^.;!?]*)", p)
    if m:
        rest, tail, tail_cue = _participle_tail(m.group("rest"), off + m.start("rest"))
        mention = m.group("mention")
        # "said University of Acme sociologist Anna Berg": the mention runs on through an of-phrase to the name
        om = INVERTED_OF.match(rest)
        if om and re.match(r"[A-Z]", mention):
            mention += om.group(0)
            rest = rest[om.end():]
        rest_s = rest.strip().rstrip(",")
        if mention.endswith(".") and not re.search(r"\b(?:Jr|Sr|Inc|Ltd|Co)\.$", mention):
            mention = mention[:-1]
        cue = f"{m.group('verb')} {mention}" + (f" {rest_s}" if rest_s and not rest_s.startswith(",") else "")
        return Frame(mention, m.group("verb"), cue, p[: m.end()], tail, tail_cue, inverted=True)
    # "…," he is saying / she was telling voters: the auxiliary belongs to the verb, not to the mention
    m = re.match(r"(?P<mention>[^.;!?\"“”]{1,160}?)\s+(?P<adv>(?:(?:also|later|then|once|again|had|has|have|is|was|are|were)\s+)*)(?P<verb>" + VERB_RX
                 + r")\b(?P<rest>[^.;!?\"“”]*)", p)
    if m and not re.search(r"\b(?:that|which|who)\b", m.group("mention")):
        mention = m.group("mention")
        rest, tail, tail_cue = _participle_tail(m.group("rest"), off + m.start("rest"))
        rest_s = rest.strip()
        if rest_s.startswith(","):
            rest_s = ""
        rest_s = rest_s.split(",")[0].strip() if rest_s else ""
        verb = (m.group("adv") or "") + m.group("verb")
        if rest_s:
            cue = f"{verb} {rest_s}"
        elif "," in mention.strip().rstrip(","):
            cue = verb
        else:
            cue = f"{mention.strip()} {verb}"
        return Frame(mention, m.group("verb"), cue, p[: m.end()], tail, tail_cue)
    return None


def parse_pre(text: str, start: int, end: int) -> Frame | None:
    """The attribution before an opening quote mark: text[start:end] is the sentence up to the mark."""
    pre = text[start:end]
    p = pre.rstrip()
    if not p:
        return None
    m = re.search(r"\bin the words of\s+(?P<mention>.+?),?$", p, re.I)
    if m:
        return Frame(m.group("mention"), "in the words of", "in the words of", p)
    m = re.search(r"(?P<verb>\b" + VERB_RX + r"|points out|pointed out)(?P<obj>(?:\s+(?:it|that|this))?" + ADJUNCT + r"?)\s*(?:,|:)?\s*(?:that\s*)?$", p)
    obj = None
    if not m:
        m = re.search(r"(?P<verb>\b(?:told|tells|tell|telling))(?P<obj>\s+[^,:;\"“”]{1,60}?)\s*[,:]?\s*$", p)
        if m:
            obj = m.group("obj")
            if not TOLD_OBJECT.match(obj):
                m = None
    if m:
        head = p[: m.start()]
        adv = AUX.search(head)
        verb = m.group("verb")
        if adv:
            head = head[: adv.start()]
            verb = adv.group(0) + verb
        seg = _last_clause(head)
        if verb.endswith("ing"):
            # "The video quotes him stating "…"": the object speaks; "Smith defended it, saying, "…"": the subject does
            om = re.search(r"\b(?:quotes|quoted|quoting|cites|cited|shows|showed|features|featured)\s+(?P<obj>him|her|them|"
                           r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s*,?\s*$", head)
            if om:
                seg = om.group("obj")
            elif head.rstrip().endswith(","):
                seg = clause_subject(head.rstrip().rstrip(",")) or seg
        cue = (verb + (m.group("obj") or "")).strip()
        cue = re.sub(r"\s+(?:that|it|this)$", "", cue)
        return Frame(seg, m.group("verb"), cue, head + " " + cue)
    m = NAME_COLON.fullmatch(p)
    if m and m.group("mention").split()[0].lower() not in NOT_NAME_LABELS:
        # 'Anna Berg: "…"' (interviews, e-mails, transcripts): the name alone attributes the quote, with no cue
        return Frame(m.group("mention") + (f", {m.group('role')}" if m.group("role") else ""), "", None, "")
    if p.endswith(":"):
        masked = re.sub(r"[\"“][^\"“”]*[\"”]", lambda q: "§" * len(q.group(0)), p)
        verbs = list(re.finditer(r"\b(?P<verb>" + VERB_RX + r")\b", masked))
        if verbs:
            vm = verbs[-1]
            head = p[: vm.start()]
            obj = ""
            if vm.group("verb") in ("told", "tells", "tell"):
                om = TOLD_OBJECT.match(p[vm.end():])
                obj = om.group(0) if om else ""
            adv = AUX.search(head)
            verb = (adv.group(0) if adv else "") + vm.group("verb")
            if adv:
                head = head[: adv.start()]
            return Frame(_last_clause(head), vm.group("verb"), (verb + obj).strip(), head + " " + verb + obj)
        m = re.search(r"(?:^|,\s+|\b(?:As|When)\s+)(?P<mention>(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w.’'-]*)\s+(?P<verb>[a-z]+(?:ed|s))\b(?P<obj>[^,:\"“]*)", p)
        if m:
            obj = re.split(r"\s+(?:whilst|while|and|as|after|before|by)\s+", m.group("obj"))[0]
            return Frame(m.group("mention"), m.group("verb"), (m.group("verb") + obj).strip(), p)
    return None


def _last_clause(head: str) -> str:
    """The words before a verb that can be its subject: after the last clause boundary."""
    h = head.rstrip().rstrip(",")
    cut = 0
    for m in BOUNDARY.finditer(h):
        cut = m.end()
    return h[cut:].strip()


def subject_before(text: str, sent_start: int, verb_start: int) -> tuple[str, int] | None:
    """The subject of a reporting verb and where it starts."""
    head = text[sent_start:verb_start]
    adv = AUX.search(head)
    if adv:
        head = head[: adv.start()]
    h = head.rstrip()
    if not h:
        return None
    cut = 0
    for m in BOUNDARY.finditer(h + " "):
        cut = min(m.end(), len(h))
    # "again in October 2022, Smith …", "in August 2022 he …": a time adverbial before the subject is no part of it
    lead = LEAD_TIME.match(h[cut:])
    if lead and h[cut + lead.end():].strip():
        cut += lead.end()
    return h[cut:].strip(), sent_start + cut + (len(h[cut:]) - len(h[cut:].lstrip()))


LEAD_TIME = re.compile(r"\s*(?:\w+ly|first|second|third|also|still|now|instead|again|however|meanwhile|too)\s*,\s+|"
                       r"\s*(?:(?:again|also|then|later|earlier)\s+)?(?:(?:in|on|at|during|since|by|last|this|over)\s+"
                       r"[^,]*?(?:\d|\b(?:year|month|week|spring|summer|fall|autumn|winter)\b)[^,]*?,\s+|"
                       r"(?:in|on|during|since|by)\s+(?:[A-Z][a-z]+\s+)?\d{1,4}(?:,\s*\d{4})?\s+(?=(?:he|she|they|it|we|I)\b))")


def verb_cue(text: str, verb_start: int, verb_end: int, sent_end: int, head: str) -> tuple[str, str]:
    """The cue of a paraphrase: adverbs, the verb, a told-object and time or medium adjuncts."""
    adv = AUX.search(head)
    cue_start = verb_start - len(adv.group(0)) if adv else verb_start
    after = text[verb_end:sent_end]
    ext = 0
    particle = L.PHRASAL.get(text[verb_start:verb_end].lower())
    if particle:
        pm = re.match(r"\s+" + particle + r"\b", after)
        ext = pm.end() if pm else 0
    rest = after[ext:]
    if re.match(r"\s+(?:told|tells|tell)\b", text[verb_start - 1:verb_end + 1]) or text[verb_start:verb_end].lower() in ("told", "tells", "tell"):
        om = TOLD_OBJECT.match(rest)
        if om:
            ext += om.end()
            rest = after[ext:]
    while True:
        am = re.match(r"(?:\s+(?:on|in|at|during|last|this|yesterday|today)\b(?:\s+(?:a|an|the|his|her|its|their))?\s+(?:[A-Z][\w.]*|statement|post|interview|speech|letter|week|month|year|morning|afternoon|evening|night|\d+)(?:\s+(?:on|to)\s+[A-Z][\w.]*)?|\s+(?:yesterday|today))", rest)
        if not am:
            # "recommends in its latest Standards of Care guidelines": a named document the statement is in
            am = re.match(r"\s+in\s+(?:its|their|his|her|the|a)\s+(?:(?:latest|new|recent|annual|updated|own|final)\s+)?"
                          r"[A-Z][\w.-]*(?:\s+(?:of|for|on|and)?\s*[A-Z][\w.-]*)*\s+(?:guidelines|guidance|report|"
                          r"statement|letter|filing|testimony|paper|review|recommendations|standards)\b(?=\s*[,.;])", rest)
        if not am:
            break
        ext += am.end()
        rest = after[ext:]
    cue = text[cue_start:verb_end + ext].strip()
    return cue, text[cue_start:verb_end + ext]


IRREGULAR_PAST = frozenset("went came made took gave sent got put set held kept left told wrote spoke began ran brought "
                           "bought thought felt found met paid read said saw stood won lost became did".split())
AUXILIARIES = frozenset("is are was were has have had will would can could should may might must does do did "
                        "isn't wasn't hasn't hadn't won't doesn't didn't".split())
LEADING_ADVERBIAL = re.compile(r"^(?:[A-Z]{2,}\s*:\s*)?(?:(?:In|On|At|After|Before|During|Since|When|While|Later|Earlier|Then|Now|Still|Yet|"
                               r"But|And|So|However|Meanwhile)\b[^,]*,\s*|(?:But|And|So|Yet)\s+)")


def clause_subject(head: str) -> str | None:
    """The subject at the start of a clause: "A reader" in "A reader reached out to us, …", "He" in "He went from …".

    The words before the first finite-looking verb (an -ed form, a common irregular past, an auxiliary, a
    reporting verb or an -s form after a noun), at most five of them; a head of up to four words with no verb is
    the subject itself; else None."""
    h = LEADING_ADVERBIAL.sub("", head.strip(), count=1)
    toks = h.split()
    for i, t in enumerate(toks[:10]):
        if i == 0:
            continue
        if i > 5 and not all(w[:1].isupper() for w in toks[:i]):
            break  # a subject longer than five words is a titled name ("North Carolina Republican Rep. Ann Berg")
        low = t.lower().strip(",")
        if not t[:1].islower():
            continue
        if (low.endswith("ed") or low in IRREGULAR_PAST or low in AUXILIARIES or low in L.SPEECH or low in L.FRAME_ONLY
                or (low.endswith("s") and not low.endswith("ss") and toks[i - 1].lower() not in ("the", "a", "an"))):
            subj = " ".join(toks[:i]).rstrip(",")
            return subj or None
    # the head is the subject alone ("He" before "calls himself")
    return h.rstrip(", ") if 0 < len(toks) <= 4 else None
