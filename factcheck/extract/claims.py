"""Claims: quotations, paraphrases, official statements, reported and unattributed statements.

The article is read in order so that "he added" and "Smith said" resolve against the speakers seen
so far. Quotations come first in each sentence, then the sentence's own reporting verb, then
"reportedly"-style markers; a sentence no attribution covers becomes an unattributed claim when it
names an actor, a figure or a date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from factcheck.extract import dates, frames, hedges, lexicon as L, speech_acts
from factcheck.extract.quotes import Quote
from factcheck.extract.clauses import POSITION, SELF_LABEL, ClauseClaims
from factcheck.extract.fallback import SpeechActClaims
from factcheck.extract.sentences import Sentence, strip_span
from factcheck.extract.speakers import Registry, Speaker, parse_mention

QUOTE_GAP = " … "
LABEL_VERB = re.compile(r"(?:\b(?:previously|once|often|widely|commonly|sometimes|\w+ly)\s+)?\b(?:dubbed|branded|labell?ed|nicknamed|described as|called)\s+$", re.I)
REPORTED = re.compile(r"\b(reportedly|allegedly|purportedly|(?:is|are|was|were) said to)\b", re.I)
MEDIA_REPORTED = re.compile(
    r"\bmedia\s+(?:reports?|have said|has said|say|said)\b|"
    r"(?:\b(?:the|new|recent|official)\s+)?\b(?:reports?|estimates|figures|data|statistics|records?|studies|study|research|"
    r"surveys?|polls?|analys[ie]s)\b[^.,;\"“”]{0,40}?\b(?:show|shows|showed|suggest|suggests|indicate|indicates)\b",
    re.I,
)
NESTED = re.compile(r"^As\s+(?P<mention>(?:one|a|an|another|the)\s+\w+|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)\s+(?:said|put it|told me|says)\s*,\s*", re.I)
# a word before "states", "reports", "estimate" … that makes it a noun: a number, a quantifier, "news", a superlative
NOUN_BEFORE = re.compile(r"(?:\b(?:\d(?:[\d,.]*\d)?|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|some|many|"
                         r"several|other|all|both|few|most|various|multiple|more|fewer|news|the\s+(?:most|least)\s+\w+)"
                         r"|\b(?:in|of|for|across|among)\s+(?:the\s+)?(?:\w+\s+)?)\s+$", re.I)
# "experts we talked to said": the "to" ends a relative clause about the subject, not an infinitive
SPOKE_TO = re.compile(r"\b(?:talked|spoke|spoken|talking|speaking|reached\s+out|wrote|written|turned|listened)\s+to\s+$")
# the words between a frame verb and its quote that only lead into it: a preposition or "that" first
LEAD_IN = re.compile(r"\s*(?:that|in|on|at|about|to|during|for|with|from|of|by|via|through|after|before)\b", re.I)
# "supporters could argue that …", "businesses can deny …": what someone might say, not what was said
HYPOTHETICAL = re.compile(r"\b(?:could|might|can|may|would|should)\s+(?:\w+ly\s+)?$", re.I)
COUNTERFACTUAL = re.compile(r"\b(?:could|would|should|might|must|may)(?:\s+not|n[’']t)?\s+have\s+(?:\w+ly\s+)?$", re.I)
GENERIC_EVIDENCE = re.compile(r"(?:(?:the|new|recent|official|these|those|some|other|latest|academic|available)\s+)*"
                              r"(?:estimates|figures|data|statistics|records|studies|research|surveys|polls|reports)", re.I)
# reporting verbs that are also nouns: after a determiner and an adjective, or before an auxiliary, they are nouns
NOUN_LIKE = frozenset("states claims reports notes estimates estimate findings statements".split())
# "experts we spoke to", "the analysts that we interviewed": the writer's relative clause after a subject
WRITER_RELATIVE = re.compile(r"\s+(?:that\s+|whom\s+|who\s+)?(?:we|I)(?:[’']ve)?\s+(?:(?:have|had|also)\s+)*(?:\w+ed|spoke|talked|"
                             r"consulted|interviewed|asked|reached|contacted|checked)(?:\s+(?:with|to|out\s+to))?$")
# a lower-case noun, then a pronoun or a name ending the subject: "aid it (says)", "homeowners Smith (said)"
RELATIVE_SUBJECT = re.compile(r"(?:^|\s)(?P<prev>[a-z][\w’'-]*)\s+(?P<subj>he|she|they|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})$")
REL_NOT_NOUN = frozenset("and but or nor so then now that which who whom when where while as if because since though although "
                         "of in on at by for with from to into about after before than also even just only still yet "
                         "said says say told is are was were be been has have had do does did will would can could "
                         "should may might must not never the a an this these those its their his her our my your what whatever how why whose".split())
# "It", "Then it", "And it": a bare "it" subject, before a reporting verb of IT_VERBS
IT_SUBJECT = re.compile(r"(?:(?:Then|And|But|So|Yet|Still|Instead|Also|then|and|but|so|yet|also)\s+)?(?:It|it)")
IT_VERBS = frozenset("said says tells told adds added claims claimed states stated notes noted suggests suggested argues "
                     "argued warns warned found finds concluded concludes estimated estimates".split())
# "While X says A, Y puts it at B": after a subordinate clause a comma and a new named subject open the main clause
SUBORDINATE_OPENER = re.compile(r"\s*(?:While|Although|Though|Whereas)\b")
SECOND_SUBJECT = re.compile(r",\s+(?:the\s+)?[A-Z][\w.’'/-]*(?:\s+[A-Z][\w.’'/-]*){0,4}\s+$")
# "…, not early March, as the new poll said": a short "as"-clause after a comma reports a second source
CONTRAST_SECOND = re.compile(r",\s+as\s+(?:the\s+|a\s+|an\s+)?(?:[\w/’'.-]+\s+){1,5}$")
ADDED = re.compile(r"\b(?:added|adds|continued|continues|went on)\b", re.I)


@dataclass
class Unit:
    """A full quotation and what attributes it."""
    quote: Quote
    frame: frames.Frame | None
    frame_kind: str          # post, pre, joined, same_sentence, continuation
    speaker: Speaker | None = None
    said_at: date | None = None
    joined_to: "Unit | None" = None
    pieces: list = field(default_factory=list)


def _sentence_of(sents: list[Sentence], pos: int) -> Sentence | None:
    for s in sents:
        if s.start <= pos < s.end:
            return s
    return None


def _is_full(text: str, q: Quote, sents: list[Sentence], prev_full: Quote | None) -> bool:
    """A quotation that stands as a statement, not a phrase inside the reporter's sentence."""
    s_open = _sentence_of(sents, q.open)
    s_close = _sentence_of(sents, max(q.open, q.after - 1)) or s_open
    if s_open is None:
        return False
    pre = text[s_open.start:q.open].rstrip()
    content = text[q.start:q.end]
    words = len(content.split())
    lead = (
        not pre
        or pre.endswith(":")
        or bool(re.search(r"\b(?:" + frames.VERB_RX + r"|points out|pointed out)(?:\s+(?:it|that|this))?" + frames.ADJUNCT + r"?\s*[,:]?\s*(?:that\s*)?$", pre))
        or bool(re.search(r"\b(?:told|tells)\s+[^,:;\"“”]{1,60}[,:]$", pre))
        or bool(re.search(r"\bin the words of\b[^\"“”]*,$", pre, re.I))
        or (prev_full is not None and prev_full.after <= q.open and prev_full.after >= s_open.start
            and re.search(r"[,;]$", pre) is not None and re.search(frames.VERB_RX, text[prev_full.after:q.open]) is not None)
    )
    if not lead:
        return False
    post = text[q.after:s_close.end if s_close else q.after]
    post_s = re.sub(r"^\s*\(\([a-z]{2}\)\)", "", post).strip()
    # '… says, "I vow to …," he is trying …': a comma inside the closing mark ends the quotation too
    comma_inside = q.closed and text[q.start:q.close].rstrip().endswith(",")
    ends = (not post_s or post_s[0] in ".!?;" or post_s.startswith(",") or post_s.startswith(":") or comma_inside
            or frames.parse_post(text, q.after, s_close.end if s_close else q.after) is not None)
    if not ends:
        return False
    if words < 3 and not (pre.endswith(":") or not pre):
        return False
    return True


def _segments(text: str, sents: list[Sentence], s: int, e: int) -> list[tuple[int, int]]:
    """The sentences of a quotation, clipped to it."""
    out = []
    for se in sents:
        a, b = max(se.start, s), min(se.end, e)
        if a < b:
            while a < b and text[a] in " \"“”":
                a += 1
            while b > a and (text[b - 1] in " ,\"“”"):
                b -= 1
            if a < b:
                out.append((a, b))
    return out


def _continues(piece: str, previous: str = "") -> bool:
    low = piece.lower()
    if previous.rstrip().endswith(("[...]", "…", "...")):
        return True
    if low.startswith(L.NEW_CLAIM_OPENERS):
        return False
    return low.startswith(L.CONTINUATION_OPENERS)


def _group_pieces(text: str, pieces: list[tuple[int, int]]) -> list[dict]:
    """Sentences of a quote grouped into claims; a nested "As one commander said," stands alone."""
    groups: list[dict] = []
    for a, b in pieces:
        piece = text[a:b]
        nm = NESTED.match(piece)
        if nm:
            groups.append({"pieces": [(a, b)], "nested": nm})
            continue
        prev_text = text[groups[-1]["pieces"][-1][0]:groups[-1]["pieces"][-1][1]] if groups else ""
        if groups and not groups[-1].get("nested") and _continues(piece, prev_text):
            groups[-1]["pieces"].append((a, b))
        else:
            groups.append({"pieces": [(a, b)], "nested": None})
    return groups


class Extractor(ClauseClaims, SpeechActClaims):
    def __init__(self, text: str, published: date | None, sents: list[Sentence], quotes: list[Quote], figures: list[dict]):
        self.text = text
        self.published = published
        self.sents = sents
        self.quotes = quotes
        self.figures = figures
        self.reg = Registry(text)
        self.claims: list[dict] = []
        self.first_paragraph_single = self._headline()

    def _headline(self) -> bool:
        paras = {s.paragraph for s in self.sents}
        first = [s for s in self.sents if s.paragraph == 0]
        return len(paras) > 2 and len(first) == 1

    # ---- helpers -------------------------------------------------------------------------------
    def _resolve(self, mention: str | None) -> Speaker | None:
        if not mention:
            return None
        sp = parse_mention(mention)
        if sp is None:
            return None
        sp = self.reg.resolve(sp)
        return sp if sp.name else None

    def _date(self, words: str) -> date | None:
        return dates.resolve(words, self.published) if words else None

    def _said(self, lead: str, cue: str) -> date | None:
        """The statement is dated by an opening time adverbial (the words before its subject) or by the cue itself."""
        when = cue
        if re.match(r"^\s*(?:On|During|In|At|Last|Yesterday|Today|Earlier|Later)\b[^,]*,\s*$", lead):
            when = lead + " " + cue
        return self._date(when)

    @staticmethod
    def _named_source(sp: Speaker) -> bool:
        """"NCLAN studies show …" speaks for a named source; "figures show …" has no speaker (reported)."""
        return sp.kind in ("document", "org", "group") and re.search(r"[A-Z]", sp.name[1:]) is not None

    @staticmethod
    def _writer(name: str) -> bool:
        """The writer's voice with no one else named: "our original analysis", "A previous version of this item"
        ("Our colleagues at Factcheck.org" are another newsroom)."""
        return bool(speech_acts.WRITER.search(name)) and not re.search(r"\s[A-Z]|\b(?:colleagues|partners)\b", name)

    def _figs_in(self, s: int, e: int) -> list[dict]:
        return [f for f in self.figures if s <= f["start"] and f["end"] <= e]

    def _next_sentence(self, pos: int) -> str | None:
        cur = _sentence_of(self.sents, pos)
        if cur is None:
            return None
        for s in self.sents:
            if s.start >= cur.end and s.paragraph == cur.paragraph:
                return self.text[s.start:s.end]
        return None

    def _add(self, *, start, end, attribution, speaker: Speaker | None, cue, said_at, quote=None,
             extra_hedges=(), hedge_cue=None, approx_all=False) -> dict:
        figs = self._figs_in(start, end)
        if approx_all:
            for f in figs:
                f["approx"] = True
        claim_text = self.text[start:end]
        nxt = self._next_sentence(end - 1)
        hs = hedges.collect(claim_text, figs, next_sentence=nxt, extra=list(extra_hedges), cue=hedge_cue)
        claim = {
            "_extra": list(extra_hedges),
            "text": claim_text if quote is None else quote,
            "quote": quote,
            "speaker": speaker.name if speaker else None,
            "speaker_role": speaker.role if speaker else None,
            "speaker_kind": speaker.kind if speaker else None,
            "attribution": attribution,
            "cue": cue,
            "said_at": said_at,
            "hedges": hs,
            "start": start,
            "end": end,
        }
        self.claims.append(claim)
        return claim

    def _attribution_for(self, sp: Speaker | None, verb: str | None, according: bool = False) -> str:
        if sp is None:
            return "reported"
        if sp.kind == "unnamed":
            # an unnamed speaker still says it (the caveat is the "unnamed source" hedge); officials speak officially
            return "official_statement" if sp.name.lower().startswith("unnamed official") else "paraphrase"
        if sp.kind == "media" and (according or (verb or "").lower() in ("reported", "reports", "reporting", "cited", "quotes")):
            return "reported"
        if sp.kind in ("org", "media"):
            # an outlet's own finding or estimate ("the Daily Ledger put it at …") is its institutional statement
            return "official_statement"
        return "paraphrase"

    # ---- quotations ----------------------------------------------------------------------------
    def quote_units(self) -> list[Unit]:
        units: list[Unit] = []
        prev_full: Quote | None = None
        for q in self.quotes:
            if not _is_full(self.text, q, self.sents, prev_full):
                continue
            content = self.text[q.start:q.end].strip()
            if content.endswith("?") and len(_segments(self.text, self.sents, q.start, q.end)) == 1:
                prev_full = q
                continue
            s_open = _sentence_of(self.sents, q.open)
            s_close = _sentence_of(self.sents, max(q.open, q.after - 1)) or s_open
            post = frames.parse_post(self.text, q.after, s_close.end) if q.closed else None
            pre = frames.parse_pre(self.text, s_open.start, q.open)
            if post and post.mention and parse_mention(post.mention) is None and not post.according:
                post = None
            if pre and pre.mention is not None and parse_mention(pre.mention) is None:
                pre = None
            if post:
                units.append(Unit(q, post, "post"))
            elif pre:
                units.append(Unit(q, pre, "pre"))
            else:
                units.append(Unit(q, None, "none"))
            prev_full = q
        return units

    def run(self) -> list[dict]:
        units = self.quote_units()
        by_sentence: dict[int, list[Unit]] = {}
        for u in units:
            s = _sentence_of(self.sents, u.quote.open)
            by_sentence.setdefault(s.start, []).append(u)
        self._label_quotes()
        last_unit: Unit | None = None
        for sent in self.sents:
            self.reg.pos = sent.start
            sent_units = by_sentence.get(sent.start, [])
            for u in sent_units:
                self._quote_claims(u, last_unit, sent)
                last_unit = u
            self._sentence_claims(sent, sent_units)
        self._speech_acts()
        self._unattributed()
        self._headline_dates()
        return self.claims

    def _quote_claims(self, u: Unit, prev: Unit | None, sent: Sentence) -> None:
        q = u.quote
        text = self.text
        joined = False
        if u.frame is None:
            s_open = _sentence_of(self.sents, q.open)
            pre = text[s_open.start:q.open].strip()
            if (prev is not None and prev.frame_kind == "post" and prev.quote.paragraph == q.paragraph and not pre
                    and prev.quote.end < len(text) and text[prev.quote.end] == "," and prev.quote.end < prev.quote.close):
                u.frame, u.speaker, u.said_at, u.frame_kind = prev.frame, prev.speaker, prev.said_at, "joined"
                u.joined_to = prev
                joined = True
            elif prev is not None and prev.quote.paragraph == q.paragraph and _sentence_of(self.sents, prev.quote.after - 1) is s_open:
                u.frame, u.speaker, u.said_at, u.frame_kind = prev.frame, prev.speaker, prev.said_at, "same_sentence"
            else:
                sp = self.reg.last_any
                u.speaker, u.frame_kind = sp, "continuation"
                u.said_at = None
        else:
            sp = self._resolve(u.frame.mention) if not u.frame.according else self._according_speaker(u.frame.mention)
            u.speaker = sp
            u.said_at = self._date(u.frame.when)
            if u.said_at is None and ADDED.search(u.frame.verb or "") and prev is not None and prev.speaker and sp and prev.speaker.name == sp.name:
                u.said_at = prev.said_at
        if u.speaker is None and u.frame is not None and u.frame_kind in ("pre", "post") and not u.frame.according:
            # '"…," she said.' with no one named before: still a quotation, its speaker unknown
            ment = parse_mention(u.frame.mention) if u.frame.mention else None
            if ment is not None and ment.kind == "pronoun" and ment.mention.lower() in ("he", "she", "they"):
                u.speaker = Speaker(None, None, "pronoun", ment.mention)
        if u.speaker is None:
            return
        pieces = _segments(text, self.sents, q.start, q.end)
        if not pieces:
            return
        groups = _group_pieces(text, pieces)
        cue = u.frame.cue if u.frame and u.frame_kind in ("post", "pre", "joined", "same_sentence") else None
        attribution = "direct_quote"
        indirect = (u.frame is not None and u.frame_kind == "pre" and not u.frame.according
                    and re.search(r"\bthat\s*$", text[sent.start:q.open]) is not None)
        if indirect:
            # 'A post said that "…"': the quotation is part of indirect speech, a paraphrase of the whole sentence
            attribution = "paraphrase" if u.speaker.kind != "org" else "official_statement"
        for gi, g in enumerate(groups):
            a, b = g["pieces"][0][0], g["pieces"][-1][1]
            quote = text[a:b]
            start, end = a, b
            if joined and gi == 0 and u.joined_to is not None and u.joined_to.pieces:
                prev_claim = u.joined_to.pieces[-1]
                start = prev_claim["start"]
                quote = prev_claim["quote"] + QUOTE_GAP + quote
                self.claims.remove(prev_claim)
                u.joined_to.pieces.pop()
            if g["nested"] is not None:
                nm = g["nested"]
                inner = self._resolve(nm.group("mention"))
                if inner is not None:
                    outer = u.frame.mention.strip() if u.frame and u.frame.mention else (u.speaker.name or "")
                    outer_short = outer.split(",")[0].split()[-1] if outer else ""
                    ncue = nm.group(0).strip().rstrip(",") + (f" (quoted by {outer_short})" if outer_short else "")
                    extra = (["unnamed source"] if inner.kind == "unnamed" else []) + ["second-hand"]
                    qtext = text[a + nm.end():b]
                    self._add(start=a, end=b, attribution="reported", speaker=inner, cue=ncue, said_at=None,
                              quote=qtext, extra_hedges=extra)
                    # the outer speaker is still the one speaking next
                    self.reg.resolve(u.speaker) if u.speaker.name else None
                    continue
            extra = ["unnamed source"] if u.speaker.kind == "unnamed" else []
            if indirect and gi == 0 and len(groups) == 1:
                start, end = strip_span(text, sent.start, sent.end)
                quote = text[a:b]
            claim = self._add(start=start, end=end, attribution=attribution, speaker=u.speaker, cue=cue,
                              said_at=u.said_at.isoformat() if u.said_at else None, quote=quote, extra_hedges=extra)
            u.pieces.append(claim)
        # a trailing participle after the frame: '," Smith said, claiming that …'
        if u.frame and u.frame.tail is not None and u.frame_kind == "post":
            self._tail_claim(u.frame.tail, u.frame.tail_cue, u.speaker)

    def _according_speaker(self, mention: str) -> Speaker | None:
        sp = self._resolve(mention)
        return sp

    def _tail_claim(self, tail_start: int, tail_cue: str, sp: Speaker) -> None:
        sent = _sentence_of(self.sents, tail_start)
        if sent is None:
            return
        s, e = strip_span(self.text, tail_start, sent.end)
        if e - s < 10:
            return
        self._add(start=s, end=e, attribution=self._attribution_for(sp, tail_cue), speaker=sp, cue=tail_cue,
                  said_at=None)

    # ---- statements in the reporter's words ----------------------------------------------------
    def _masked(self, sent: Sentence, units: list[Unit]) -> str:
        chars = list(self.text[sent.start:sent.end])
        for q in self.quotes:
            if any(u.quote is q for u in units) or (q.open < sent.end and q.after > sent.start and
                                                     any(u.quote is q for u in self._all_units_cache)):
                a, b = max(q.open, sent.start) - sent.start, min(q.after, sent.end) - sent.start
                for i in range(a, b):
                    chars[i] = "§"
        return "".join(chars)

    def _sentence_claims(self, sent: Sentence, units: list[Unit]) -> None:
        text = self.text
        if not hasattr(self, "_all_units_cache"):
            self._all_units_cache = []
        self._all_units_cache.extend(units)
        masked = self._masked(sent, units)
        if masked.count("§") > 0.6 * len(masked):
            return
        if re.match(r"\s*RELATED\s*:", masked):
            return  # a "RELATED:" list of headlines links other articles; it states nothing
        frame_verbs = {u.frame.verb for u in units if u.frame and u.frame_kind in ("pre", "post")}
        made: list[dict] = []
        # according to X
        for m in re.finditer(r"\b[Aa]ccording to\s+(?P<src>[^,.;§]+)", masked):
            if any(u.frame and u.frame.according for u in units):
                break
            if self._reporting_verbs(sent, masked, after=m.end()):
                break
            sp = self._resolve(m.group("src"))
            if sp is None:
                continue
            s, e = strip_span(text, sent.start, sent.end)
            att = self._attribution_for(sp, "according", according=True)
            made.append(self._add(start=s, end=e, attribution=att, speaker=sp, cue=masked[m.start():m.end()].strip(),
                                  said_at=None, quote=self._fragments(sent, units)))
            break
        if not made:
            prev_sp = None
            for v_start, v_end, verb in self._reporting_verbs(sent, masked):
                if verb in frame_verbs and any(u.frame_kind in ("pre", "post") for u in units):
                    continue
                if made and v_start < made[-1]["_v_end"]:
                    continue
                claim = self._paraphrase(sent, masked, v_start, v_end, verb, prev_sp, made[-1] if made else None)
                if claim:
                    made.append(claim)
                    prev_sp = claim.get("_sp")
        if made:
            wm = re.search(r",\s+with\s+(?P<subj>[^,§]{1,40}?)\s+(?P<verb>reporting|saying|adding|claiming|noting|stating)\b", masked)
            if wm and sent.start + wm.start() > made[-1]["_v_end"]:
                sp = self._resolve(wm.group("subj"))
                if sp is not None:
                    s0 = sent.start + wm.start() + 2
                    e0 = strip_span(text, sent.start, sent.end)[1]
                    prev = made[-1]
                    prev["end"] = sent.start + wm.start()
                    prev["text"] = text[prev["start"]:prev["end"]] if prev["quote"] is None else prev["text"]
                    made.append(self._add(start=s0, end=e0, attribution=self._attribution_for(sp, wm.group("verb")),
                                          speaker=sp, cue=wm.group("verb"), said_at=None,
                                          quote=self._fragments(sent, units, s0, e0)))
        for u in units:
            # "X told Sky News any process “must be well thought out”: “…”": the words before the quote are a claim too
            if u.frame_kind != "pre" or u.speaker is None or u.frame.according:
                continue
            pre = text[sent.start:u.quote.open]
            vm = None
            for vm in re.finditer(r"\b" + re.escape(u.frame.verb) + r"\b", pre):
                pass
            if vm is None:
                continue
            content = pre[vm.end():]
            om = frames.TOLD_OBJECT.match(content) if u.frame.verb in ("told", "tells", "tell") else None
            if om:
                content = content[om.end():]
            if LEAD_IN.match(content):
                continue  # "X claimed in recent ads that “…”": adjuncts and "that" lead into the quote, no words of their own
            if len(re.findall(r"[A-Za-z]\w*", content)) >= 3:
                s0, _ = strip_span(text, sent.start, sent.end)
                e0 = u.quote.open
                while e0 > s0 and text[e0 - 1] in " :,":
                    e0 -= 1
                made.append(self._add(start=s0, end=e0, attribution=self._attribution_for(u.speaker, u.frame.verb),
                                      speaker=u.speaker, cue=u.frame.cue, said_at=u.said_at.isoformat() if u.said_at else None,
                                      quote=self._fragments(sent, units, s0, e0)))
        if not made:
            pm = POSITION.match(masked)
            if pm:
                sp = self._resolve(pm.group("owner"))
                if sp is not None and sp.kind != "pronoun":
                    s0, e0 = strip_span(text, sent.start, sent.end)
                    made.append(self._add(start=s0, end=e0, attribution=self._attribution_for(sp, "says"), speaker=sp,
                                          cue=pm.group("cue"), said_at=None, quote=self._fragments(sent, units, s0, e0),
                                          extra_hedges=["unnamed source"] if sp.kind == "unnamed" else []))
                    made[-1]["_v_end"] = sent.start + pm.end()
        if not made:
            made.extend(self._participle_claims(sent, masked))
        made.extend(self._self_labels(sent, masked, made))
        m = REPORTED.search(masked) or MEDIA_REPORTED.search(masked)
        if m and re.search(r"\b(?:our|my|we)\s+$", masked[:m.start()], re.I):
            m = None  # "our research showed": the writer's own finding
        if m and not units and not any(c["attribution"] == "reported" for c in made):
            inside = any(c["start"] <= sent.start + m.start() < c["end"] and c["speaker"] for c in made)
            # 'X tweeted that "…" were "reportedly patrolling …"': the marker is in the speaker's quoted words
            quoted = any(q.start <= sent.start + m.start() < q.end for q in self.quotes)
            if not inside or (REPORTED.search(masked) and not quoted):
                s, e = strip_span(text, sent.start, sent.end)
                self._add(start=s, end=e, attribution="reported", speaker=None, cue=m.group(0),
                          said_at=self.published.isoformat() if self.published else None,
                          quote=self._fragments(sent, units), hedge_cue=m.group(0))

    def _it_antecedent(self, sent: Sentence) -> Speaker | None:
        """"The group released an ad. It says …": "it" is the subject of the sentence before, when that is no person."""
        prev = None
        for s in self.sents:
            if s.end <= sent.start and s.paragraph == sent.paragraph:
                prev = s
        if prev is None:
            return None
        subj = frames.clause_subject(re.sub(r"^\s*[A-Z]{2,}\s*:\s*", "", self.text[prev.start:prev.end]))
        if not subj or subj.lower() in L.NOT_SPEECH_SUBJECT or subj.lower() in L.PRONOUNS or len(subj.split()) > 6:
            return None
        sp = parse_mention(subj)
        if sp is None or sp.kind in ("pronoun", "unnamed", "person") or not sp.name:
            return None
        sp = self.reg.resolve(sp)
        return sp if sp.name and sp.kind != "person" else None

    def _fragments(self, sent: Sentence, units: list[Unit], start: int | None = None, end: int | None = None) -> str | None:
        lo = sent.start if start is None else start
        hi = sent.end if end is None else end
        frags = [q for q in self.quotes if lo <= q.open < hi and not any(u.quote is q for u in units)
                 and not LABEL_VERB.search(self.text[max(0, q.open - 40):q.open])]
        frags = [q for q in frags if not any(c["attribution"] == "unattributed" and c.get("quote") and c["start"] <= q.open < c["end"] for c in self.claims)]
        if not frags:
            return None
        return QUOTE_GAP.join(self.text[q.start:q.end] for q in frags)

    def _reporting_verbs(self, sent: Sentence, masked: str, after: int = 0) -> list[tuple[int, int, str]]:
        out = []
        for m in re.finditer(r"\b[a-z]+\b", masked):
            if m.start() < after:
                continue
            w = m.group(0)
            if SELF_LABEL.match(masked, m.start()):
                continue  # "calls himself …": _self_labels
            speech = (w in L.SPEECH or w in L.SPEECH_ACTS or (w in L.PHRASAL and re.match(r"\s+" + L.PHRASAL[w] + r"\b", masked[m.end():])))
            # "called the sentence “dangerous”", "cited “her contribution …”": a frame verb before a quoted phrase
            # "tweeted that …", "replied that …": a frame verb with a that-clause reports speech too
            if not speech and w in L.FRAME_ONLY and not w.startswith("call") and re.match(r"\s+that\b", masked[m.end():]):
                speech = True
            if not speech and w in L.FRAME_ONLY and re.match(r"(?:\s+[\w’'-]+){0,4}\s+[\"“]", self.text[sent.start + m.end():sent.end]):
                speech = True
            before = masked[:m.start()]
            if w == "concerned":
                # "X are concerned (that) the government will …": a stated worry; the cue keeps the copula
                cm = re.search(r"\b(?:is|are|was|were)\s+(?:\w+ly\s+)?$", before)
                if cm and re.match(r"\s+(?:that\s+)?(?:(?:the|a|an|it|they|he|she|this|its|their)\b|[A-Z])", masked[m.end():]):
                    out.append((sent.start + cm.start(), sent.start + m.end(), w))
                continue
            if w in L.STANCE and re.search(r"\b(?:amid|over|of|about|with|despite|raised?|raising|allay\w*|spark\w*|"
                                            r"fuel\w*|ease[sd]?|easing|calm\w*)\s+$", before, re.I):
                continue
            if not speech and w in L.CLAUSE_VERBS and L.CLAUSE_COMPLEMENT.match(masked, m.end()):
                speech = True  # "X declared that …", "the ad assumes that …", "readers informed us that …"
            speech = speech or w in L.STANCE or w in L.SHOW
            if not speech or w.endswith("ing"):
                continue
            if frames.PASSIVE.search(before):
                continue
            if re.search(r"\b(?i:the|a|an|his|her|its|their|media|these|those|every|each|any|no|our|your|my)\s+$", before):
                continue
            if not w.endswith("ed") and NOUN_BEFORE.search(before):
                continue  # "21 states that …", "some states", "news reports show", "the most cautious estimate"
            if w in NOUN_LIKE and (re.match(r"\s+(?:are|were|is|was|may|might|can|could|will|would|should|must|have|had|do|did)\b", following_raw := masked[m.end():])
                                   or re.search(r"\b[a-z]+ing\s+$", before)
                                   or re.match(r"\s*[,;:]", following_raw)
                                   or (re.match(r"\s*\.", following_raw) and re.search(
                                       r"\b(?:a|an|this|that|these|those)\s+[a-z]+\s+$", before))):
                continue  # "the claims are correct", "nearby states may face", "a national estimate", "participating states,"
            if w in NOUN_LIKE and re.search(r"\bto\s+[a-z]+\s+$", before):
                continue  # "to open states": the object of an infinitive
            if re.search(r"\b(?:the way|how|what|why|where|whatever|whether)\s+(?!(?:he|she|it|they|I)\s)(?:[\w’'-]+\s+){1,6}(?:\w+ly\s+)?$", before, re.I) \
                    and not re.search(r"[,;]", before[-60:]):
                continue  # "the way Biden explained this figure conflicts …", "what a bill actually said": a noun clause
            if re.search(r"\bIf\s+[^,;]{1,40}\bhad\s+$", before):
                continue  # "If Smith had said …": a counterfactual
            if re.match(r"\s+(?:nothing|little)\s+about\b", masked[m.end():]):
                continue  # "the figure says nothing about …"
            if (re.search(r"\b(?i:to)\s+$", before) and not SPOKE_TO.search(before)) or COUNTERFACTUAL.search(before) \
                    or HYPOTHETICAL.search(before):
                continue  # "impossible to tell", "To suggest that …", "could have called it …": nothing was said
            following = masked[m.end():]
            if w.endswith("ed") and re.match(r"\s+by\s+(?!\d)(?:the|a|an|his|her|its|their|[A-Z])", following):
                continue  # "the interpretation claimed by the governor": a participle, not the sentence's verb
            if w in ("states", "state") and not speech_acts.STATES_VERB.match(following):
                continue  # "right-to-work states, but", "includes states with": the noun; the verb takes a clause or quote
            if w in ("added", "adds", "add") and not speech_acts.ADDED_SPEECH.match(following):
                continue  # "added a carve-out", "have added more to the debt": adding a thing, not words
            if speech_acts.THAN_CLAUSE.search(before):
                continue  # "much less than Castro suggests": a comparison with the words, not a report of them
            if w.startswith("agree") and re.match(r"\s+(?:to|on|upon)\b", following):
                continue  # "agreed to pay", "agree on a date": a commitment, not a statement
            if w == "found" and re.match(r"\s+(?:no|nothing|none)\b", following):
                continue  # "found no mention of …": an absence the writer reports
            out.append((sent.start + m.start(), sent.start + m.end(), w))
        return out

    def _paraphrase(self, sent: Sentence, masked: str, v_start: int, v_end: int, verb: str,
                    prev_sp: Speaker | None = None, prev_claim: dict | None = None) -> dict | None:
        text = self.text
        second = None
        as_second = CONTRAST_SECOND.search(text[sent.start if prev_claim is None else prev_claim["_v_end"]:v_start])
        if prev_claim is not None:
            between = text[prev_claim["_v_end"]:v_start]
            if SUBORDINATE_OPENER.match(text[sent.start:prev_claim["start"] + 12]):
                second = SECOND_SUBJECT.search(between)
            if not re.search(r",\s+(?:and|but|with|while|whereas)\s|;\s|\bwhich\s|,\s*and\s+(?:\w+ly\s+)?$|"
                             r"\b(?:and|but)\s+(?:(?:in|on|at|during|since|by|last|this|later)\s+[^,;]{1,30}?\s+)?"
                             r"(?:he|she|they|[A-Z][\w’'-]+)\s+(?:(?:\w+ly|also|later|then|has|have|had)\s+)*$", between) \
                    and not as_second and not second:
                return None
        subj = frames.subject_before(text, sent.start if prev_claim is None else prev_claim["_v_end"], v_start)
        coordinated = False
        if subj is None or not subj[0]:
            # "X said A, and said B": the second verb shares the subject
            am = re.search(r"\s+and\s+(?:\w+ly\s+)?$", text[sent.start:v_start])
            if prev_sp is not None and re.search(r"(?:,\s*)?\band\s+(?:\w+ly\s+)?$", text[:v_start]):
                subj = ("", v_start)
                coordinated = True
            elif am and prev_claim is None:
                # "an official contacted us and said that …": the subject of the first verb says it
                head0 = text[sent.start:sent.start + am.start()]
                cs = frames.clause_subject(head0)
                at = head0.find(cs) if cs else -1
                if at < 0 or cs.lower() in ("we", "i", "you") or re.search(r"[,;:—–]", head0[at:]):
                    return None
                subj = (cs, sent.start + at)
            else:
                return None
        mention, subj_start = subj
        if second:
            # "While X says A, the Daily Y put it at B": the new subject after the comma
            mention = second.group(0).lstrip(", ").rstrip()
            subj_start = prev_claim["_v_end"] + second.start() + (len(second.group(0)) - len(second.group(0).lstrip(", ")))
        if not coordinated:
            # "experts we have checked with agreed": the writer's relative clause is no part of the subject
            wm = WRITER_RELATIVE.search(mention)
            if wm and wm.start() > 0:
                mention = mention[: wm.start()]
            # "the 9 million homeowners Smith said …", "the trend he points out": an object relative clause
            # without "that" — its subject is the pronoun or name right before the verb
            rm = RELATIVE_SUBJECT.search(mention)
            if rm and rm.group("prev").lower() not in REL_NOT_NOUN and rm.group("prev").lower() not in L.TITLES \
                    and not rm.group("prev").lower().endswith("ly") and len(mention[: rm.start("subj")].split()) >= 2:
                subj_start += rm.start("subj")
                mention = rm.group("subj")
        if "§" in masked[max(0, subj_start - sent.start):v_start - sent.start]:
            return None
        # "It said …", "Then it tells voters …": "it" speaks for the organisation, outlet or ad last named
        it_subject = not coordinated and bool(IT_SUBJECT.fullmatch(mention or "")) and verb in IT_VERBS \
            and not re.match(r"\s+(?:nothing|little|much|more|a\s+lot)\b", text[v_end:v_end + 12])
        if it_subject:
            subj_start += len(mention) - 2
            mention = mention[-2:]
        if not coordinated and not it_subject and (not mention or mention.lower() in L.NOT_SPEECH_SUBJECT):
            return None
        # "we found …" is the writer; "you take the most …" is a clause, not a subject
        after_verb0 = text[v_end:sent.end]
        late = not coordinated and "," in mention and bool(frames.TIME_ADJUNCT.match(after_verb0.rstrip(".!? \"”")))
        # "…, but it is having some effect, analysts said.": a clause before a post-posed speaker is not its subject
        if late and 0 < len(mention.rsplit(",", 1)[1].split()) <= 6:
            mention = mention.rsplit(",", 1)[1].strip()
        if not coordinated and (re.search(r"(?:^|,\s*|[(\[])(?:we|us)$", mention, re.I) or re.match(r"(?:i|you|we|he|she|they|it)\s+[a-z]", mention, re.I)):
            return None
        if prev_claim is not None and not coordinated and len(mention.split()) > 8:
            return None
        # "Estimates suggest …", "new figures show …": an unnamed body of evidence, left to the reported rule
        if not coordinated and GENERIC_EVIDENCE.fullmatch(mention.strip()):
            return None
        if re.match(r"(?:neither|no|nobody|none|not)\b", mention, re.I) or \
                re.search(r"\b(?:neither|nor|not|never|nobody|cannot)\b[^,;]*$|n[’']t\s+(?:\w+ly\s+)?$", text[max(sent.start, v_start - 80, subj_start - 10):v_start], re.I):
            return None
        after_verb = text[v_end:sent.end]
        post_posed = not coordinated and not as_second and (bool(frames.TIME_ADJUNCT.match(after_verb.rstrip(".!? \"”"))) or bool(
            re.match(r"^\s+(?:on|in|at)\b(?![^,;]*\bthat\b)(?:\s+[^\s,;]+){1,6}[.!?]?\s*$", after_verb)))
        if coordinated:
            sp = prev_sp
        elif post_posed:
            # "…, the South Korean government in Seoul said on Monday."
            whole = text[sent.start:v_start]
            adv = frames.AUX.search(whole)
            whole = whole[: adv.start()] if adv else whole
            # "The state paid less, $22,242, Graham said.": the speaker is the last segment, when it is short
            last_seg = re.split(r"[,;:]\s+|\s[—–-]+\s|\b(?:as|than)\s+", whole.rstrip())[-1].strip()
            sp = None
            if last_seg != whole.strip() and 0 < len(last_seg.split()) <= 6:
                sp = self._resolve(last_seg)
            if sp is None:
                sp = self._resolve(whole)
        elif it_subject:
            sp = self._it_antecedent(sent) or self._resolve(mention)
        else:
            sp = self._resolve(mention)
        if sp is None or sp.kind == "pronoun" or not sp.name or self._writer(sp.name):
            return None
        if verb in L.SPEECH_ACTS and not (sp.kind == "person" or (sp.kind == "org" and sp.name[:1].isupper())):
            return None
        if verb == "found" and sp.kind not in ("group", "person", "document", "org"):
            return None
        # "NCLAN studies show …" speaks for a named source; "figures show …" is left to the reported rule
        if verb in L.SHOW and not self._named_source(sp):
            return None
        head = text[sent.start:v_start]
        cue, cue_words = frames.verb_cue(text, v_start, v_end, sent.end, head)
        if post_posed:
            cue_start = v_start - (len(frames.AUX.search(head).group(0)) if frames.AUX.search(head) else 0)
            cue = re.sub(r"\s+", " ", text[cue_start:sent.end].strip().rstrip(".!?\"”").strip())
            if cue == verb:
                # "…, the reader argued.": a verb standing alone after the statement keeps its speaker's mention
                seg = re.split(r"[,;:—–]\s*", text[sent.start:cue_start].rstrip())[-1].strip()
                prefix = text[sent.start:cue_start].rstrip()[: -len(seg)] if seg else ""
                # "On that point, even the union agreed.": no statement before the subject, the verb is the cue
                opener = re.fullmatch(r"\s*(?:(?:On|In|At|For|By|To|With|Of|From|After|Before|During|Since|As for|"
                                      r"Here|There|Again|Still|Yet|Also)\b[^,]*,\s*)?", prefix)
                if seg and len(seg.split()) <= 6 and not opener:
                    cue = f"{seg} {verb}"
        s, e = strip_span(text, sent.start, sent.end)
        if coordinated:
            s = v_start
        elif not post_posed and subj_start > s + 1 and (
                re.search(r"\b(?:and|but|although|though|whereas|because|which|with)\s*$|;\s*$", text[s:subj_start])
                or prev_claim is not None):
            s = subj_start
        if not post_posed and re.search(r"\bwhich\s*$", text[max(sent.start, subj_start - 8):subj_start]):
            comma = text.find(",", v_end, e)
            if comma > 0:
                e = comma
        if verb in L.FRAME_ONLY and verb not in L.SPEECH_ACTS:
            qm = re.search(r"[\"“]", text[v_end:sent.end])
            if qm:
                cue_start = v_start - (len(frames.AUX.search(head).group(0)) if frames.AUX.search(head) else 0)
                cue = text[cue_start:v_end + qm.start()].strip()
        if prev_claim is not None:
            # the earlier claim of this sentence ends where this one's clause begins
            cut = text[prev_claim["start"]:s].rstrip()
            cut = re.sub(r"\s+(?:and|but)\s+(?:in|on|at|during|since|by|last|this|later)\s+[^,;]{1,30}$", "", cut)
            cut = re.sub(r"(?:,?\s*(?:and|but|with|while|whereas)|[,;])$", "", cut).rstrip()
            if len(cut) > 10:
                prev_claim["end"] = prev_claim["start"] + len(cut)
                prev_claim["text"] = text[prev_claim["start"]:prev_claim["end"]] if prev_claim["quote"] is None else prev_claim["text"]
                prev_claim["quote"] = self._fragments(sent, [], prev_claim["start"], prev_claim["end"])
                prev_claim["hedges"] = hedges.collect(text[prev_claim["start"]:prev_claim["end"]],
                                                      self._figs_in(prev_claim["start"], prev_claim["end"]),
                                                      extra=prev_claim.get("_extra", []))
        said = self._said(text[sent.start:subj_start], cue)
        # "media have said …": reported, no speaker
        if not coordinated and re.fullmatch(r"(?:the\s+|local\s+|some\s+)?(?:media|reports|news reports)", mention.strip(), re.I):
            claim = self._add(start=s, end=e, attribution="reported", speaker=None, cue=f"{mention.strip()} {cue}",
                              said_at=self.published.isoformat() if self.published else None,
                              quote=self._fragments(sent, [], s, e))
            claim["_v_end"] = v_end
            claim["_sp"] = None
            return claim
        att = self._attribution_for(sp, verb)
        estimated = verb.startswith("estimat")
        claim = self._add(start=s, end=e, attribution=att, speaker=sp, cue=cue,
                          said_at=said.isoformat() if said else None,
                          quote=self._fragments(sent, [], s, e), hedge_cue=cue if estimated else None,
                          approx_all=estimated,
                          extra_hedges=["unnamed source"] if sp.kind == "unnamed" else [])
        claim["_v_end"] = v_end
        claim["_sp"] = sp
        tail = re.search(r",\s+(?:by\s+)?(?P<p>" + L.PARTICIPLE_ALTERNATION + r"|pointing out)\b", text[v_end:sent.end])
        if tail:
            self._tail_claim(v_end + tail.start("p"), tail.group("p"), sp)
        return claim

    def _label_quotes(self) -> None:
        """"previously dubbed “cannon fodder” that will “defect …”": words quoted without a source."""
        text = self.text
        used = set()
        for i, q in enumerate(self.quotes):
            if i in used:
                continue
            m = LABEL_VERB.search(text[max(0, q.open - 40):q.open])
            if not m:
                continue
            start = q.open - (len(text[max(0, q.open - 40):q.open]) - m.start())
            sent = _sentence_of(self.sents, q.open)
            stop = sent.end if sent else q.after
            dash = re.search(r"\s[—–]\s|[.;]", text[q.after:stop])
            chunk_end = q.after + dash.start() if dash else stop
            group = [q]
            for j in range(i + 1, len(self.quotes)):
                q2 = self.quotes[j]
                if q2.open < chunk_end and q2.after <= chunk_end + 1:
                    group.append(q2)
                    used.add(j)
                else:
                    break
            if re.match(r"\s+by\s", text[group[-1].after:group[-1].after + 5]):
                continue
            end = group[-1].after
            quote = QUOTE_GAP.join(text[g.start:g.end] for g in group)
            self._add(start=start, end=end, attribution="unattributed", speaker=None, cue=None, said_at=None,
                      quote=quote, extra_hedges=["source not named"])

    def _unattributed(self) -> None:
        text = self.text
        attributed = [c for c in self.claims]
        units = getattr(self, "_all_units_cache", [])
        for sent in self.sents:
            if any(u.quote.open < sent.end and u.quote.after > sent.start for u in units):
                continue
            s, e = strip_span(text, sent.start, sent.end)
            if e - s < 20:
                continue
            body = text[s:e]
            words = re.findall(r"[A-Za-z][\w’'-]*", body)
            if len(words) < 5 or body.rstrip("\"”").endswith("?"):
                continue
            covered = 0
            for c in attributed:
                if c["attribution"] == "unattributed" and c.get("quote"):
                    continue
                ov = min(e, c["end"]) - max(s, c["start"])
                if ov > 0:
                    covered += ov
            if covered >= 0.5 * (e - s):
                continue
            has_fig = bool(self._figs_in(s, e))
            has_date = bool(dates.date_spans(body)) or bool(re.search(r"\b(?:on|in|since|by)\s+(?:[A-Z][a-z]+|\d{4})\b|\b(?:today|yesterday)\b", body))
            has_actor = any(w[:1].isupper() for w in words[1:])
            if not (has_fig or has_date or has_actor):
                continue
            self._add(start=s, end=e, attribution="unattributed", speaker=None, cue=None,
                      said_at=self.published.isoformat() if self.published else None)

    def _headline_dates(self) -> None:
        """A headline states what the body reports: it takes the date of the same speaker's statement."""
        if not self.first_paragraph_single:
            return
        first = [s for s in self.sents if s.paragraph == 0][0]
        for c in self.claims:
            if c["start"] >= first.end or c["said_at"] or not c["speaker"]:
                continue
            dated = sorted((o for o in self.claims if o["speaker"] == c["speaker"] and o["said_at"] and o is not c),
                           key=lambda o: o["start"])
            if dated:
                c["said_at"] = dated[0]["said_at"]
