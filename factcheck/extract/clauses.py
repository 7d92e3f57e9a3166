"""Claims whose attribution sits in a clause rather than in a reporting verb of the sentence: a
participle (", claiming …", "from saying … to saying …"), a participle hanging off a document ("an
article saying …", "statements the group made … saying"), a stated position ("X's position is that
…") and a self-label ("calls himself …"). Fact-check prose attributes this way far more than news.

A mixin of claims.Extractor: the methods use its text, sentences, claims and speaker registry.
"""
from __future__ import annotations

import re

from factcheck.extract import frames, lexicon as L
from factcheck.extract.sentences import Sentence, strip_span
from factcheck.extract.speakers import Speaker

# ", claiming …", "from saying …", "to saying …" — not a participle introducing a quotation (masked as §)
PARTICIPLE_CLAUSE = re.compile(r"(?:,\s+|\b(?:from|to|by|while|after|before)\s+)(?P<p>" + L.PARTICIPLE_ALTERNATION + r")\b(?!\s*[,:]?\s*[\"“§])")
# "an article saying …", "statements the group made saying …", "the ad shows people saying …": a participle hanging
# off what a speaker wrote, said or showed (no comma needed)
_DOCS = (r"articles?|stor(?:y|ies)|reports?|statements?|ads?|advertisements?|letters?|releases?|posts?|videos?|e-?mails?|"
         r"memos?|op-eds?|columns?|editorials?|mailers?|flyers?|tweets?|speech|comments|remarks|paragraph")
DOC_PARTICIPLE = re.compile(r"\b(?P<doc>" + _DOCS + r")\b(?P<mid>[^,;§.]{0,80}?)\s+(?P<p>" + L.PARTICIPLE_ALTERNATION + r")\b(?!\s*[,:]?\s*[\"“§])")
SHOWS_PARTICIPLE = re.compile(r"\b(?:shows|showed|features|featured)\s+(?:[\w’'-]+\s+){1,4}?(?P<p>" + L.PARTICIPLE_ALTERNATION + r")\b(?!\s*[,:]?\s*[\"“§])")
# the owner of the document: "a St. Petersburg Times story", "Smith’s op-ed"
DOC_OWNER = re.compile(r"(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4})(?:[’']s?)?\s+(?:(?:new|latest|recent|separate|own|"
                       r"online|campaign|television|tv|radio|press|news)\s+)*$")
# the writer of the document in a relative clause: "statements the group made the day before …"
DOC_RELATIVE = re.compile(r"^\s+(?:that\s+|which\s+)?(?P<subj>the\s+[a-z]+|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4}|he|she|they|it)\s+"
                          r"(?:made|issued|released|published|posted|wrote|sent|ran|aired|put\s+out|gave|delivered)\b")
# what follows a reporting participle when it reports a statement: "that …" or a clause with a finite verb
PARTICIPLE_CONTENT = re.compile(r"\s+(?:that\b|(?:he|she|they|it|[A-Z][\w’'-]*)\s+§|(?:he|she|they|it|we|I|the|a|an|[A-Z][\w’'-]*)\b[^,;§]*?\b(?:is|are|was|were|has|"
                                r"have|had|will|would|can|could|should|may|might|must|does|did|\w+ed|\w+s)\b)")
# "Smith's position is that …": a stated position, the owner's claim
POSITION = re.compile(r"(?:(?:But|And|So|Still|However),?\s+)?(?P<owner>(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4}?)[’']s?\s+"
                      r"(?P<cue>(?:position|argument|contention|claim|view|point|stance|case|defense|defence|reasoning)\s+"
                      r"(?:is|was|has been))\s+that\b")
SELF_LABEL = re.compile(r"\b(?:calls|called|calling|describes|described|describing)\s+(?:himself|herself|itself|themselves)\b")
CLAUSE_END = re.compile(r",\s+(?:to|although|though|but|while|whereas|and|even though)\s|;|\s[—–]\s")


class ClauseClaims:
    def _subject_speaker(self, sent: Sentence, upto: int) -> Speaker | None:
        """The speaker named by the subject of the sentence's main clause, when it can speak."""
        subj = frames.clause_subject(self.text[sent.start:upto])
        if not subj or subj.lower() in L.NOT_SPEECH_SUBJECT or subj.lower() in ("we", "you", "i"):
            return None
        sp = self._resolve(subj)
        if sp is None or sp.kind not in ("person", "name", "unnamed", "org", "group"):
            return None
        return sp

    def _document_speaker(self, masked: str, m: re.Match, how: str) -> Speaker | None:
        """Who wrote the document a participle hangs off: its owner ("a Daily Star story about X, saying"), or the
        subject of a relative clause after it ("statements the group made … saying")."""
        if how == "shows":
            return None
        if how == "doc":
            doc_start, mid = m.start("doc"), m.group("mid")
        else:
            dm = None
            for dm in re.finditer(r"\b(?:" + _DOCS + r")\b", masked[max(0, m.start() - 60):m.start()]):
                pass
            if dm is None:
                return None
            doc_start, mid = max(0, m.start() - 60) + dm.start(), ""
        om = DOC_OWNER.search(masked[:doc_start])
        mention = om.group("owner") if om else None
        if mention is None or mention.split()[0].lower() in ("the", "a", "an", "in", "on", "after", "before"):
            rm = DOC_RELATIVE.match(mid)
            mention = rm.group("subj") if rm else None
        if not mention:
            return None
        sp = self._resolve(mention)
        if sp is None or sp.kind == "pronoun" or not sp.name:
            return None
        return sp

    def _clause_end(self, sent: Sentence, start: int) -> int:
        rest = self.text[start:sent.end]
        b = CLAUSE_END.search(rest)
        return strip_span(self.text, start, start + b.start() if b else sent.end)[1]

    def _participle_claims(self, sent: Sentence, masked: str) -> list[dict]:
        """"A reader wrote to us, claiming (that) …", "He went from saying A, to saying B": the participle
        carries the main clause's subject's claim, up to the next clause boundary."""
        out = []
        cands = [(m, "clause") for m in PARTICIPLE_CLAUSE.finditer(masked)]
        seen = {m.start("p") for m, _ in cands}
        for rx, how in ((DOC_PARTICIPLE, "doc"), (SHOWS_PARTICIPLE, "shows")):
            for m in rx.finditer(masked):
                if m.start("p") not in seen:
                    seen.add(m.start("p"))
                    cands.append((m, how))
        cands.sort(key=lambda c: c[0].start("p"))
        for m, how in cands:
            p_start = sent.start + m.start("p")
            if any(c["start"] <= p_start < c["end"] for c in self.claims + out) or not PARTICIPLE_CONTENT.match(masked[m.end("p"):]):
                continue
            sp = self._document_speaker(masked, m, how)
            if sp is None:
                sp = self._subject_speaker(sent, sent.start + (m.start() if how == "clause" else m.start("p")))
            if sp is None:
                if how == "clause":
                    break
                continue
            end = self._clause_end(sent, sent.start + m.end("p"))
            if len(self.text[p_start:end].split()) < 4:
                continue
            out.append(self._add(start=p_start, end=end, attribution=self._attribution_for(sp, m.group("p")), speaker=sp,
                                 cue=m.group("p"), said_at=None, quote=self._fragments(sent, [], p_start, end),
                                 extra_hedges=["unnamed source"] if sp.kind == "unnamed" else []))
            out[-1]["_v_end"] = sent.start + m.end("p")
        return out

    def _self_labels(self, sent: Sentence, masked: str, made: list[dict]) -> list[dict]:
        """"He calls himself a “pro-life Democrat”": how a speaker labels themself is their claim."""
        m = SELF_LABEL.search(masked)
        if not m or any(c["start"] <= sent.start + m.start() < c["end"] for c in made):
            return []
        sp = self._subject_speaker(sent, sent.start + m.start())
        if sp is None:
            return []
        s = strip_span(self.text, sent.start, sent.end)[0]
        end = self._clause_end(sent, sent.start + m.end())
        c = self._add(start=s, end=end, attribution=self._attribution_for(sp, "calls"), speaker=sp, cue=m.group(0),
                      said_at=None, quote=self._fragments(sent, [], s, end),
                      extra_hedges=["unnamed source"] if sp.kind == "unnamed" else [])
        c["_v_end"] = sent.start + m.end()
        return [c]
