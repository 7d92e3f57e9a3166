"""Claims found by the speech-act fallback (speech_acts.find): a sentence no other rule attributed that
holds a speech act with a speaking subject, and a second speech act in its own clause beside an
earlier claim ("…, while a Harvard study placed …", "…, citing …").

Chosen on validation sets nobody had read, it is the largest gain on never-seen text of any rule
(data/devset/README.md, rounds 8-11). A mixin of claims.Extractor: the methods use its text,
sentences, quotes, claims and speaker registry.
"""
from __future__ import annotations

import re

from factcheck.extract import frames, hedges, lexicon as L, speech_acts
from factcheck.extract.sentences import Sentence, strip_span

# a clause of its own after another: ", while", ", but", "; ", ", and" right before a subject
SECOND_CLAUSE = re.compile(r"(?:,\s*(?:and|but|while|whereas|though|although)|;\s*(?:and|but)?|\s(?:but|while|whereas))\s*$")


class SpeechActClaims:
    def _speech_acts(self) -> None:
        """The fallback: a sentence no rule attributed that holds a speech act with a speaking subject; and a second
        speech act in its own clause ("…, while a Harvard study placed …", "…, citing …") beside an earlier claim."""
        text = self.text
        for sent in self.sents:
            s, e = strip_span(text, sent.start, sent.end)
            if e - s < 20:
                continue
            acts = [a for a in speech_acts.find(text[s:e])
                    if not any(q.open <= s + a.start < q.after for q in self.quotes)]
            if not acts:
                continue
            self.reg.pos = sent.start
            held = [c for c in self.claims if c["start"] < e and s < c["end"]]
            if not held:
                a0 = acts[0]
                held = [self._act_claim(sent, s + a0.subject_start if a0.how == "noun" else s, e, a0)]
            for k, a in enumerate(acts):
                b = self._second_clause(s, a)
                if b is None or k == 0:
                    continue
                # a clause of its own after another speech act's clause, saying something; a quotation stays whole
                inside = [c for c in held if c["start"] + 10 < b < c["end"] and s <= c["start"] and c["end"] <= e]
                if e - (s + a.end) < 15 or not inside or any(c["start"] >= b for c in held) \
                        or any(c["attribution"] == "direct_quote" for c in inside):
                    continue
                for c in inside:
                    self._cut(c, b)
                held.append(self._act_claim(sent, b, e, a, owner=inside[-1]))

    def _second_clause(self, s: int, a: speech_acts.Act) -> int | None:
        """Where a speech act's own clause begins when it follows another clause: the participle after a comma, or
        the subject after ", while", ", but", "; " — else None."""
        if a.how == "comma-participle":
            return s + a.start
        if a.how == "coordinated":
            return s + a.cue_start
        if a.how != "subject" or a.subject_start is None:
            return None
        before = self.text[s:s + a.subject_start]
        return s + a.subject_start if SECOND_CLAUSE.search(before) else None

    def _cut(self, c: dict, b: int) -> None:
        """An earlier claim of the sentence ends where the next clause begins."""
        cut = re.sub(r"(?:,?\s*(?:and|but|while|whereas)|[,;])$", "", self.text[c["start"]:b].rstrip()).rstrip()
        c["end"] = c["start"] + len(cut)
        if c["quote"] is None:
            c["text"] = self.text[c["start"]:c["end"]]
        c["hedges"] = hedges.collect(self.text[c["start"]:c["end"]], self._figs_in(c["start"], c["end"]),
                                     extra=c.get("_extra", []))

    def _act_claim(self, sent: Sentence, s: int, e: int, a: speech_acts.Act, owner: dict | None = None) -> dict:
        """A claim of the fallback: the act's clause from s, its speaker, cue and date."""
        text = self.text
        base = strip_span(text, sent.start, sent.end)[0]  # the act's offsets count from here
        sp = self._resolve(a.subject) if a.subject else None
        if a.how in ("comma-participle", "coordinated"):
            # "School district officials disputed the findings, saying …": the clause's subject says it
            if owner is not None and owner.get("_sp") is not None:
                sp = owner["_sp"]
            else:
                cs = frames.clause_subject(text[base:base + a.start])
                sp = (self._resolve(cs) if cs and cs != text[base:base + a.start].strip() else None) or sp
        if sp is not None and not self._named_source(sp) and (
                sp.kind == "document" or (a.verb in L.SHOW and sp.kind not in ("org", "media", "person"))):
            sp = None  # "Studies show …", "many reports that cite …": unnamed evidence, reported
        cue = re.sub(r"\s+", " ", text[base + a.cue_start:base + a.start] + frames.verb_cue(text, base + a.start, base + a.end, e, "")[1]).strip()
        if sp is None:
            # no date: the publication date fits a claim that is truly reported, but a fallback claim without a
            # speaker is as often a speaker's words this rule missed (validation said_at fell 109 -> 108 of 117)
            said = None
        else:
            said = self._said(text[sent.start:base + a.subject_start] if a.subject_start is not None else "", cue)
        claim = self._add(start=s, end=e, attribution=self._attribution_for(sp, a.verb), speaker=sp, cue=cue,
                          said_at=said.isoformat() if said else None)
        claim["_sp"] = sp
        return claim
