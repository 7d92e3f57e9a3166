"""Who is speaking: a mention ("Lieutenant Colonel Anna Smith, a spokeswoman of the army",
"the South Korean government in Seoul", "he", "one commander") parsed into name, role and kind,
and the name resolved to the fullest form the article gives ("Smith" → "Anna Smith").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract import lexicon as L

TOKEN = re.compile(r"[\w][\w.’'&-]*|\(|\)")
ADVERBIAL_START = re.compile(
    r"^(?:on|in|during|after|before|since|at|by|with|for|despite|following|until|when|while|as|according|"
    r"meanwhile|however|also|yesterday|today|later|earlier|then|now|and|but|so|speaking|discussing|citing|"
    r"still|yet|indeed|instead|again|overall|finally|similarly|likewise|nevertheless|nonetheless|moreover|furthermore|"
    r"asked|writing|responding|commenting|\w+ing|"
    # "Months later", "Days after X's remarks", "First of all", "Taken literally": time and manner openers
    r"(?:seconds|minutes|hours|days|weeks|months|years|moments|shortly|soon|long)\s+(?:after|before|later|earlier|ago)|"
    r"\w+\s+(?:later|earlier|ago)|first|second|third|further|finally|lastly|additionally|\w+(?:en|ed)\s+\w+ly)\b",
    re.I,
)
# the subject pronoun of a subordinate clause closing the mention ("Biden went too far when he"), or with "’s" ("he's said")
CLAUSE_FINAL_PRONOUN = re.compile(r"(?:.*,\s*)?(?:(?P<pre>[^,\s][^,]*?\s(?:when|where|because|as|if|after|before|since|while|"
                                  r"though|although|until|and|but|so))\s+(?P<p>he|she|they|we)|(?P<c>he|she|they)[’']s)\s*", re.I)
# a subject pronoun closing a longer mention, after a comma or a word that is no conjunction
LAST_PRONOUN = re.compile(r".*\S(?:,\s*|(?<!\band)(?<!\bor)(?<!\bnor)\s+)(?P<p>he|she|they|we)", re.I | re.S)
REFLEXIVE = re.compile(r"\s+(?:himself|herself|itself|themselves)\s*$", re.I)
# conjunctions opening the clause a speaker's mention was cut from: "but when the candidate" → "the candidate"
LEAD_CONJ = re.compile(r"^(?:(?:as|and|but|while|although|though|because|that|so|then|also|when|whenever|if|once|after|"
                       r"before|since|until|unless|even|only|just)\s+)+", re.I)
CLAUSE_HINT = re.compile(r"\b(?:have|has|had|is|are|was|were|will|would|can|could|should|did|does|do|been)\b", re.I)


@dataclass
class Speaker:
    name: str | None
    role: str | None
    kind: str            # person, org, media, group, document, unnamed, pronoun
    mention: str         # the words as written, e.g. "Smith" or "he"

    def as_tuple(self):
        return self.name, self.role, self.kind


def _cap(tok: str) -> bool:
    return tok[:1].isupper()


def _is_title(tok: str) -> bool:
    return tok.lower() in L.TITLES


def _strip_det(s: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", s.strip(), flags=re.I)


def _segments(raw: str) -> list[str]:
    """Comma-separated parts, keeping parenthesised commas together."""
    parts, depth, cur = [], 0, []
    for i, ch in enumerate(raw):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        if ch == "," and depth == 0 and not (cur and cur[-1].isdigit() and raw[i + 1:i + 2].isdigit()):
            parts.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur).strip())
    return [p for p in parts if p]


def name_run(tokens: list[str]) -> tuple[int, list[str]]:
    """The proper name at the end of a token list: (index where it starts, its tokens)."""
    run: list[str] = []
    i = len(tokens)
    while i > 0:
        tok = tokens[i - 1]
        low = tok.lower()
        if low in L.NAME_PARTICLES and run and i - 2 >= 0 and _cap(tokens[i - 2]):
            run.insert(0, tok)
            i -= 1
            continue
        if not _cap(tok) or _is_title(tok) or low in L.ORG_WORDS or tok in ("(", ")") or tok.endswith(("’s", "'s")):
            break
        run.insert(0, tok)
        i -= 1
    return i, run


def _clause_pronoun(cp: re.Match) -> Speaker | None:
    """"Biden went too far when he", "A video shows Cordray speaking where he": he/she refers to the person the
    clause itself names, else it is left to the registry as a pronoun."""
    pron = cp.group("p") or cp.group("c")
    if pron.lower() in ("he", "she") and cp.group("pre"):
        names = [re.sub(r"[’']s?$", "", m.group(0)) for m in MENTION.finditer(cp.group("pre"))]
        names = [n for n in names if not set(n.lower().split()) & (STOPWORDS | NOT_NAMES | L.ORG_WORDS | L.COUNTRIES | L.MEDIA_WORDS)]
        if names:
            return parse_mention(names[-1])
    return Speaker(None, None, "pronoun", pron)


def _possessed_unnamed(raw: str) -> Speaker | None:
    """"Carroll’s spokesman", "Her campaign manager", "a Romney adviser": someone's unnamed staff are
    "Unnamed spokesman" (the convention), their owner kept as the role."""
    m = POSSESSED_UNNAMED.fullmatch(raw)
    if m is None or m.group("noun").lower() not in STAFF_NOUNS or m.group("owner").split()[0].lower() in STOPWORDS - OWNER_WORDS:
        return None
    mods = [w for w in m.group("mods").split() if w.lower() != "own"]
    return Speaker("Unnamed " + " ".join(mods + [m.group("noun").lower()]), m.group("owner"), "unnamed", raw)


def parse_mention(raw: str) -> Speaker | None:
    """A speaker from the words naming them, or None when they do not look like a speaker."""
    raw = raw.strip().strip(",;:—").strip().lstrip("\"“”").strip()  # '," the news outlet said'
    # "UPDATE, May 27: After we published, the campaign": a speaker's mention never spans a colon
    raw = re.split(r":\s+", raw)[-1]
    raw = REFLEXIVE.sub("", raw)  # "Lynch himself"
    raw = TRAILING_DEBRIS.sub("", raw) or raw  # "Toomey didn’t just", "His campaign instead"
    cp = CLAUSE_FINAL_PRONOUN.fullmatch(raw)
    if cp:
        return _clause_pronoun(cp)
    lp = LAST_PRONOUN.fullmatch(raw)
    if lp:
        # "During that time, he", "the context of his remarks shows he": the pronoun is the verb's subject
        return Speaker(None, None, "pronoun", lp.group("p"))
    # "Results of NCLAN studies" speak for the studies
    raw = re.sub(r"^(?:the\s+)?(?:results|findings|data|figures)\s+(?:of|from)\s+(?=\S)", "", raw, flags=re.I)
    if not raw:
        return None
    # "A Brand post", "posts shared on Brand": the platform's unnamed users ("Unnamed Brand user(s)")
    sm = SOCIAL_POST.fullmatch(raw)
    if sm and (sm.group("plat") or "").lower() not in STOPWORDS:  # "The post" names no platform
        plural = (sm.group("post") or sm.group("post2") or "").endswith("s")
        plat = sm.group("plat") or sm.group("plat2")
        plat = plat.lower() if plat.lower().startswith("social") else plat
        return Speaker(f"Unnamed {plat} user{'s' if plural else ''}", None, "unnamed", raw)
    if BARE_POST.fullmatch(raw):
        return Speaker("Unnamed poster", None, "unnamed", raw)
    if CHAIN_EMAIL.fullmatch(raw):
        return Speaker("Unnamed e-mail author", None, "unnamed", raw)
    # "his October comments", "Smith’s May 28 newsletter", "the group’s press release": the owner speaks
    pm = OWNED.fullmatch(raw)
    if pm:
        owner = pm.group("owner")
        if owner.lower() in OWNER_PRONOUNS:
            return Speaker(None, None, "pronoun", OWNER_PRONOUNS[owner.lower()])
        owner = re.sub(r"[’']s?$", "", owner)
        if owner and owner.split()[0].lower() not in STOPWORDS:
            raw = owner
    un = _possessed_unnamed(raw)
    if un is not None:
        return un
    dm = DOC_FROM.fullmatch(raw)
    if dm and dm.group("owner")[:1].isalpha():
        raw = dm.group("owner")
    # "Smith’s ad", "an ABC video": the owner speaks
    om = re.fullmatch(r"(?:(?i:the|a|an)\s+)?(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4}?)(?:[’']s?)?\s+"
                      r"(?:(?:new|latest|recent|own|online|television|tv|campaign|radio)\s+)?(?P<doc>\w+)", raw)
    if om and om.group("doc").lower() in L.AUTHORED_WORDS:
        owner = om.group("owner")
        if owner.lower() not in L.PRONOUNS and owner.split()[0].lower() not in STOPWORDS:
            raw = owner
    po = PERSON_OF.fullmatch(raw)
    if po and not {t.lower() for t in po.group("name").split()} & NOT_PERSON_WORDS:
        # "Lisa Blais of the Ocean State Tea Party": the person speaks, the body they belong to is their role
        return Speaker(po.group("name"), po.group("body"), "person", raw)
    segs = _segments(raw)
    # drop leading adverbial parts ("Speaking in the parents' defence", "On Wednesday")
    while len(segs) > 1 and (ADVERBIAL_START.match(segs[0]) or CLAUSE_HINT.search(segs[0])):
        segs = segs[1:]
    # keep trailing parts that read as a noun phrase
    kept: list[str] = []
    for seg in reversed(segs):
        if kept and (CLAUSE_HINT.search(seg) or len(seg.split()) > 14):
            break
        kept.insert(0, seg)
    segs = kept
    head = segs[0]
    head = LEAD_CONJ.sub("", head)
    head = re.sub(r"^(?:meanwhile|however|also|moreover|later|earlier|yesterday|today)\s*,?\s*", "", head, flags=re.I)
    if not head:
        return None
    low = head.lower()
    if low in L.PRONOUNS and not (low == "i" and head == "i"):
        return Speaker(None, None, "pronoun", head)
    # find the segment holding a proper name: "Malaysia's Prime Minister, Najib Razak"
    name_idx = 0
    for i, seg in enumerate(segs):
        toks = TOKEN.findall(_strip_det(seg))
        _, run = name_run(toks)
        # a lone name closing the mention is the speaker ("attorney general, DeWine"; "The state paid less, $22,242, Graham")
        alone = bool(run) and i == len(segs) - 1 and run == toks and run[0].lower() not in NOT_NAMES
        if run and (len(run) >= 2 or i == 0 or alone or _is_title(toks[0]) if toks else False):
            if not (len(run) == 1 and run[0].isupper() and len(run[0]) <= 3 and i > 0):  # "QC", "SC"
                name_idx = i
                break
    head = segs[name_idx]
    others = [s for j, s in enumerate(segs) if j != name_idx]
    text = _strip_det(LEAD_CONJ.sub("", head))
    toks = TOKEN.findall(text)
    if not toks:
        return None
    lowtoks = [t.lower() for t in toks]
    # unnamed: "one commander", "officials", "a spokesman"
    m = re.fullmatch(r"(?:(?:one|a|an|some|several|two|three|many|senior|other)\s+)*(?:([a-z]+)\s+)?(\w+)", text.strip(), re.I)
    if m is None:
        # "an official with the agency", "a spokeswoman for the group": the body is the unnamed speaker's role
        pm = re.fullmatch(r"((?:(?:one|a|an|some|several|two|three|many|senior|other)\s+)*(?:([a-z]+)\s+)?(\w+))\s+"
                          r"((?:with|from|for|at|of|in)\s+\S.*)", text.strip(), re.I)
        if pm and pm.group(3).lower() in L.UNNAMED_NOUNS and (pm.group(2) is None or pm.group(2).islower()):
            m = re.fullmatch(r"(?:(?:one|a|an|some|several|two|three|many|senior|other)\s+)*(?:([a-z]+)\s+)?(\w+)", pm.group(1), re.I)
            others = [pm.group(4)] + others
    if m and m.group(2).lower() in L.UNNAMED_NOUNS and (m.group(1) is None or m.group(1).islower()):
        # "an industry expert" keeps its one lower-case modifier: "Unnamed industry expert"
        noun = (m.group(1) + " " if m.group(1) else "") + m.group(2).lower()
        return Speaker(f"Unnamed {noun}", ", ".join(others) or None, "unnamed", raw)
    start, run = name_run(toks)
    # a run inside a prepositional phrase ("Ambassador to the United States Hamdullah Mohib") keeps its last two names
    if len(run) > 2 and start > 0 and lowtoks[start - 1] in ("the", "of", "for", "to", "at"):
        run = run[-2:]
        start = len(toks) - 2
    titled = any(_is_title(t) for t in toks[:start])
    prefix_low = lowtoks[:start]
    in_pp = start > 0 and prefix_low[-1] in ("in", "at", "from", "of", "near", "on", "for", "with", "by", "to",
                                             "the", "against") and not titled
    # "Centers for Disease Control and Prevention": "and" inside a name that an of/for-phrase opened
    in_pp = in_pp or (start > 2 and prefix_low[-1] == "and" and toks[start - 2][:1].isupper()
                      and any(t in ("of", "for") and toks[i + 1][:1].isupper() for i, t in enumerate(prefix_low[:-1])))
    if run and run[-1].lower() not in L.ORG_WORDS and not in_pp:
        name = " ".join(run)
        role_words = text[: text.rfind(run[0])].strip().rstrip(",")
        role_words = re.sub(r"\s*\b(?:Mr|Mrs|Ms|Dr)\.?$", "", role_words).strip()
        role_parts = ([role_words] if role_words else []) + others
        role = ", ".join(p for p in role_parts if p) or None
        run_low = [t.lower() for t in run]
        if run_low[-1] in L.COUNTRIES and not titled:
            kind = "org"
        elif titled or (start > 0 and prefix_low[-1] in L.HONORIFICS):
            kind = "person"
        elif len(run) >= 2 and (re.fullmatch(r"[A-Z]{2,6}", run[0]) or re.fullmatch(r"(?!(?:II|III|IV|VI|JR|SR)$)[A-Z]{2,6}", run[-1])):
            kind = "org"  # "ACME Pro-Choice Alliance", "Acme GPS": a name that opens or ends with an acronym is an organisation
        elif any(t in L.MEDIA_WORDS for t in run_low + prefix_low):
            kind = "media"
        elif len(run) >= 2 and start > 0 and re.fullmatch(r"[a-z][a-z-]+", toks[start - 1]) and toks[start - 1] not in L.NAME_PARTICLES \
                and toks[start - 1] not in ("of", "the", "for", "and", "at", "in", "to", "on", "from", "with", "by"):
            kind = "person"  # "Acme University sociologist Anna Berg": a role noun before a full name
        elif any(t in L.ORG_WORDS for t in prefix_low):
            kind = "org"
        elif len(run) >= 2 and (run_low[-1] in L.GROUP_NOUNS or re.match(r"(?i)\s*the\s+" + re.escape(run[0]), raw)):
            kind = "org"  # "Occupy Democrats", "the New Black Panthers": a body of people, not a person's name
        elif len(run) >= 2:
            kind = "person?"  # a two-word name with no title: the registry decides (see Registry.resolve)
        else:
            kind = "name"
        return Speaker(name, role, kind, raw)
    # organisations, groups, documents: "the government in the capital", "soldiers fighting in the north"
    # "for"/"on" before a capital joins a name ("Association for Transgender Health"), else it ends the noun phrase
    cut = re.search(r"\s(?:in|at|from|with|near|fighting|who|that|which|seen|close|including|based)\s|\s(?:for|on)\s(?![A-Z])|"
                    r"\s\w+ing\s", " " + text + " ")
    name = text
    if cut:
        candidate = (" " + text + " ")[: cut.start()].strip()
        if candidate:
            name = candidate
    # "of" joins an organisation's name only before a capital ("Department of Agriculture"), and a group
    # noun to its members ("a group of 200 legislators", "the two authors of the letter")
    of = re.search(r"\s(of)\s+(?![A-Z])", name)
    if of and name[: of.start()].split()[-1].lower() in L.OF_HEADS and len(name.split()) <= 8:
        of = None
    if of:
        name = name[: of.start()]
    role = ", ".join([text] + others) if name != text or others else None
    # "The Home Office letter", "a FAIR report" speak for the Home Office, FAIR ("NCLAN studies" are the studies)
    nt = name.split()
    if (len(nt) >= 3 or len(nt) == 2 and not nt[-1].endswith("s")) and nt[-1].lower() in OWNER_DOCS and nt[-2][:1].isupper():
        name = " ".join(nt[:-1])
    ltoks = [t.lower() for t in TOKEN.findall(name)]
    if any(t in L.MEDIA_WORDS for t in ltoks) and not any(t in ("government", "ministry", "department") for t in ltoks):
        kind = "media"
    elif any(t in L.ORG_WORDS for t in ltoks) or (ltoks and ltoks[-1] in L.COUNTRIES):
        kind = "org"
    elif any(t in L.DOCUMENT_WORDS for t in ltoks) and _head(ltoks) not in L.OF_HEADS:
        kind = "document"  # not "the two main authors of the letter"
    elif ltoks and _head(ltoks).endswith("s") and not (name[:1].isupper() and _head(ltoks) != ltoks[-1]):
        kind = "group"  # "voting rights groups", "Florida Democrats"; not "Blue Cross Blue Shield of Texas"
    else:
        kind = "org" if name[:1].isupper() else "group"
    if len(name.split()) > 8:
        return None
    if kind == "group" and name != text and " " not in name and len(text.split()) <= 8 and not re.search(r"[A-Z]", text[1:]):
        # "Experts in pretrial justice", "Opponents of the plan": a bare common noun keeps what says who they are
        name = text
    return Speaker(name, role if role != name else None, kind, raw)


def _head(ltoks: list[str]) -> str:
    """The head word of a lower-cased name: the last word before its first of/for-phrase."""
    for i, t in enumerate(ltoks[1:], 1):
        if t in ("of", "for"):
            return ltoks[i - 1]
    return ltoks[-1]


class Registry:
    """Resolves short mentions to the fullest name in the article, and pronouns to the last speaker."""

    def __init__(self, text: str):
        self.text = text
        self.last: dict[str, Speaker] = {}
        self.last_any: Speaker | None = None
        self._cache: dict[str, str] = {}
        self.pos = len(text)  # where the article is being read: antecedents are looked for before it

    def fullest(self, name: str) -> str:
        if name not in self._cache:
            self._cache[name] = self._fullest(name)
        return self._cache[name]

    def _fullest(self, name: str) -> str:
        if not name:
            return name
        toks = name.split()
        if len(toks) == 1 and re.fullmatch(r"[A-Z]{2,6}", name):
            m = re.search(r"((?:[A-Z][\w’'-]*\s+){1,6})\(" + re.escape(name) + r"\)", self.text)
            if m:
                words = m.group(1).split()
                run: list[str] = []
                for w in reversed(words):
                    if not w[:1].isupper() or w.endswith(("’s", "'s")) or w.lower() in STOPWORDS:
                        break
                    run.insert(0, w)
                if len(run) >= 2:
                    return " ".join(run)
            spelled = self._spelled_out(name)
            if spelled:
                return spelled
            # "NARAL Pro-Choice America said … NARAL says": an acronym opening a longer name stands for it
            m = re.search(r"\b" + re.escape(name) + r"((?:\s+[A-Z][\w’'-]*){1,4})", self.text)
            if m:
                words = m.group(1).split()
                if not any(_is_title(w) or w.lower() in STOPWORDS or w.endswith(("’s", "'s")) for w in words):
                    return name + m.group(1)
            return name
        if len(toks) == 1:
            # "Crossroads GPS ran an ad … Crossroads suggests": a one-word name the article gives with an acronym after it
            m = re.search(r"\b" + re.escape(name) + r"\s+([A-Z]{2,6})\b", self.text)
            if m and m.group(1).lower() not in NOT_BODIES | L.COUNTRIES:
                return f"{name} {m.group(1)}"
        surname = toks[-1]
        best = name
        for occ in re.finditer(r"\b" + re.escape(surname) + r"\b", self.text):
            m = re.search(r"((?:[A-Z][\w’'.-]*\s+|(?:de|van|von|bin|al|arap|da|di|del)\s+){1,3})$",
                          self.text[max(0, occ.start() - 80):occ.start()])
            if not m:
                continue
            words = m.group(1).split()
            run = []
            for w in reversed(words):
                lw = w.lower()
                if lw in L.NAME_PARTICLES and run:
                    run.insert(0, w)
                    continue
                if not w[:1].isupper() or _is_title(w) or lw in L.ORG_WORDS or w.endswith(("’s", "'s", ".")) \
                        or lw in L.COUNTRIES or lw in STOPWORDS:
                    break
                run.insert(0, w)
                if len(run) == 2:
                    break
            cand = " ".join(run + [surname])
            if len(cand.split()) > len(best.split()) and all(t in cand.split() for t in toks):
                best = cand
        return best

    def _spelled_out(self, acronym: str) -> str | None:
        """"Bureau of Labor Statistics … BLS": a capitalised name whose initials (of/for/and/the left out) are the acronym."""
        for m in SPELLED.finditer(self.text):
            words = [w for w in m.group(0).split() if w[:1].isupper()]
            while len(words) > len(acronym) and words[0].lower() in STOPWORDS:
                words = words[1:]
            if "".join(w[0] for w in words) == acronym:
                return m.group(0)[m.group(0).find(words[0]):]
        return None

    def resolve(self, sp: Speaker) -> Speaker:
        """Fill in the name of a pronoun, lengthen a short name, and remember the speaker."""
        if sp.kind == "pronoun":
            want = L.PRONOUNS.get(sp.mention.lower(), "person")
            prior = self.last.get(want) or (self.last.get("name") if want in ("person", "org") else None)
            if prior is None and want == "org":
                prior = self.last.get("media")
            if prior is None and want == "person":
                name = self.mentioned_person()
                if name:
                    # the person it names is now the last speaker: the next "she said" is her again, not a
                    # capitalised word of the quote in between
                    out = Speaker(self.fullest(name), None, "person", sp.mention)
                    self.last["person"] = self.last_any = out
                    return out
            if prior is None:
                return sp
            return Speaker(prior.name, prior.role, prior.kind, sp.mention)
        name = sp.name
        kind = sp.kind
        if kind in ("org", "group") and name and name.lower() in L.GENERIC_PERSON and re.search(r"(?i)\bthe\s+" + re.escape(name) + r"$", sp.mention.strip()):
            # "the candidate", "the senator": the last person speaking, or failing that the last one named
            prior = self.last.get("person")
            if prior is not None:
                return Speaker(prior.name, prior.role, prior.kind, sp.mention)
            named = self.mentioned_person()
            if named:
                return self.resolve(Speaker(named, None, "person", sp.mention))
        if name and name.lower() in L.AUTHORED_WORDS and re.match(r"(?i)\s*(?:the|this|that)\s+\w+\s*$", sp.mention):
            # "the ad suggests …": the ad speaks for the organisation the article last quoted
            prior = self.last.get("org")
            if prior is not None and prior.name and prior.name.lower() not in L.AUTHORED_WORDS:
                return Speaker(prior.name, prior.role, prior.kind, sp.mention)
            # failing that, whoever the article said made it: "Acme Action’s new ad", "an ad by Acme Action",
            # "Acme Action released an ad"
            owner = self.author_of(name.lower())
            if owner:
                osp = parse_mention(owner)
                if osp is not None and osp.name and osp.kind != "pronoun":
                    osp = self.resolve(osp)
                    return Speaker(osp.name, osp.role, osp.kind, sp.mention)
        noun = _generic_noun(name, sp.mention) if kind in ("org", "group", "media") and name else None
        if noun:
            ante = self.antecedent(noun, media=kind == "media", mention=sp.mention)
            if ante:
                name, kind = ante, "media" if kind == "media" else "org"
        if kind in ("person?", "name") and name and self._said_to_be_body(name):
            kind = "org"
        if kind == "person?":
            # "Saving Ohio said …": a name whose last word never stands alone and that no he/she follows is an
            # organisation when "its" follows it or its first word is a common word (written lower-case elsewhere, or
            # an -ing/-ed form); a person is referred back to by surname or pronoun
            last = name.split()[-1]
            alone = re.search(r"(?<!" + re.escape(name.split()[-2]) + r"\s)\b" + re.escape(last) + r"\b(?![ \t]+[A-Z])", self.text)
            first = name.split()[0]
            pron = self._pronoun_anywhere(name)
            common = re.search(r"\b" + re.escape(first.lower()) + r"\b", self.text) is not None
            kind = "org" if not (alone or pron == "person" or self._seen_as_person(name)) and (
                pron == "org" or re.fullmatch(r"\w{3,}(?:ing|ed)", first) or common) else "person"
        if kind in ("org", "group", "document") and name and re.fullmatch(r"[A-Z]{2,6}", name):
            name = self.fullest(name)  # "according to NCSL data": the acronym as the article spells it out
        if kind in ("person", "name") and name:
            full = self.fullest(name)
            if full != name:
                name = full
                if re.fullmatch(r"[A-Z]{2,6}", sp.name or ""):
                    kind = "media" if any(w.lower() in L.MEDIA_WORDS for w in full.split()) else "org"
                elif len(full.split()) >= 2 and re.search(r"\s[A-Z]{2,6}$", full):
                    kind = "org"  # "Crossroads GPS"
                elif len(full.split()) >= 2 and not re.search(r"\b(?:Agency|News|Service|Office|Council)\b", full):
                    kind = "person"
            if kind == "name":
                acronym = re.fullmatch(r"[A-Z]{2,6}", sp.name or "")
                if " " not in name and not acronym and re.search(r"\b" + re.escape(name.lower()) + r"\b", self.text):
                    # a capitalised common noun opening the sentence ("Residents fear …", "Experts say …")
                    kind = "group"
                elif acronym and full != sp.name:
                    kind = "media" if any(w.lower() in L.MEDIA_WORDS for w in full.split()) else "org"
                elif name.lower() in L.GROUP_NOUNS:
                    kind = "group"
                elif self._seen_as_person(name) or (not acronym and self._gendered_after(name)):
                    kind = "person"
                elif not acronym and self._pronoun_anywhere(name) != "org" and not self._names_a_thing(name):
                    # a lone capitalised name that speaks is a surname ("Pitts said …") unless "its" or a product
                    # name ("Acme Phone") gives it away as an organisation
                    kind = "person"
                else:
                    kind = "org"
        role = sp.role
        for prev in self.last.values():
            if prev.name == name and not role:
                role = prev.role
        out = Speaker(name, role, kind, sp.mention)
        if name:
            self.last[kind if kind in ("person", "org", "group", "media", "name") else "other"] = out
            self.last_any = out
        return out

    def author_of(self, noun: str) -> str | None:
        """The nearest earlier name the article gives as the maker of an ad, video, mailer … ("noun")."""
        nouns = noun + "s?" if not noun.endswith("s") else noun
        mods = r"(?:(?:new|latest|recent|first|second|campaign|television|tv|TV|radio|digital|online|web|attack|political)\s+)*"
        rx = re.compile(rf"(?P<a>{_NAME_RUN})[’']s?\s+{mods}{nouns}\b"
                        rf"|\b{nouns}\s+(?:\w+\s+)?(?:by|from|for|paid\s+for\s+by|sponsored\s+by)\s+(?:the\s+)?(?P<b>{_NAME_RUN})"
                        rf"|(?P<c>{_NAME_RUN})\s+(?:\w+ly\s+)?(?:ran|runs|released|releases|aired|airs|launched|launches|unveiled|"
                        rf"posted|sent|produced|paid\s+for|put\s+out|is\s+running|has\s+released)\s+(?:a|an|the|its|this)\s+"
                        rf"(?:[\w-]+\s+){{0,3}}{nouns}\b"
                        rf"|(?P<d>{_NAME_RUN})\s+(?:\w+ly\s+)?(?:said|says|claimed|claims|argued|argues|stated|states|warned|warns)"
                        rf"\s+(?:\w+\s+){{0,4}}?in\s+(?:a|an|its|their|one)\s+{mods}{nouns}\b")
        best = None
        for m in rx.finditer(self.text, 0, self.pos):
            who = m.group("a") or m.group("b") or m.group("c") or m.group("d")
            words = who.split()
            while words and (words[0].lower() in STOPWORDS or words[0].lower() in NOT_NAMES):
                words = words[1:]
            if words:
                best = " ".join(words)
        return best

    def antecedent(self, noun: str, media: bool = False, mention: str = "") -> str | None:
        """"the company", "the ministry", "the organization": the nearest earlier organisation's fullest name.

        The nearest capitalised name before the reading position whose head word fits the noun ("Acme
        Corporation" for "the company", "Ministry of Health" for "the ministry"); failing that, the nearest
        body named just before ("a review from the EPA, but the agency said"); failing that, for
        "the group"/"the organization", the last organisation that spoke."""
        heads = GENERIC_ORG[noun]
        best = None if media else self._head_named(heads)
        return best or self.nearest_body(media, mention) or self._last_org(noun)

    def _head_named(self, heads: set[str]) -> str | None:
        best = None
        for m in ORG_NAME.finditer(self.text, 0, self.pos):
            words = m.group(0).split()
            while words and words[0].lower() in STOPWORDS:
                words = words[1:]
            if len(words) < 2:
                continue
            head = m.group("head").lower().rstrip(".")
            if head in heads:
                best = " ".join(words)
        return best

    def nearest_body(self, media: bool = False, mention: str = "") -> str | None:
        """The last organisation (or, for "the news outlet", news outlet) named in the 300 characters before the
        mention (in its own sentence too): an acronym ("the EPA", "U.Va.") or a capitalised name with an
        organisation's word."""
        best = None
        at = self.text.find(mention, self.pos) if mention else -1
        end = at if at >= 0 else self.pos
        for m in BODY.finditer(self.text, max(0, end - 300), end):
            words = m.group(0).split()
            while words and words[0].lower() in STOPWORDS:
                words = words[1:]
            low = {w.lower().strip(".").replace(".", "") for w in words}
            if not words or low & (L.COUNTRIES | NOT_NAMES | NOT_BODIES):
                continue
            is_media = bool(low & L.MEDIA_WORDS)
            acronym = len(words) == 1 and ACRONYM.fullmatch(words[0])
            if (media and is_media) or (not media and (acronym or len(words) >= 2 and low & L.ORG_WORDS)):
                best = " ".join(words)
        return best

    def _last_org(self, noun: str) -> str | None:
        best = None
        if noun in ("group", "organization", "organisation"):
            prior = self.last.get("org")
            if prior is not None and prior.name and prior.name.lower() not in GENERIC_ORG:
                best = prior.name
            else:
                # a one-word name read as a surname ("Greenpeace said …") that no he/she confirms is the group
                prior = self.last.get("person")
                if prior is not None and prior.name and " " not in prior.name and self._pronoun_anywhere(prior.name) != "person":
                    best = prior.name
        return best

    def mentioned_person(self) -> str | None:
        """The nearest name before the reading position that can be a person: "he" with no earlier speaker
        refers to the person the article last named ("It's clear that Gemma's position … He went from …")."""
        best = None
        for m in MENTION.finditer(self.text, max(0, self.pos - 600), self.pos):
            words = [w for w in re.sub(r"[’']s?$", "", m.group(0)).split()]
            while words and (words[0].lower() in STOPWORDS or _is_title(words[0])):
                words = words[1:]
            if not words or any(w.lower() in L.ORG_WORDS or w.lower() in L.COUNTRIES or w.lower() in L.MEDIA_WORDS
                                or w.lower() in NOT_NAMES for w in words):
                continue
            if re.fullmatch(r"[A-Z]{2,6}", words[0]) or any(p.name and words[-1] in p.name.split() and p.kind != "person"
                                                           for p in self.last.values()):
                continue
            if self._not_a_person(m, words):
                continue
            best = " ".join(words)
        return best

    def _not_a_person(self, m: re.Match, words: list[str]) -> bool:
        """A place or institution ("in Texas", "the Assembly") or a sentence's capitalised first word written
        lower-case elsewhere ("Just", "Further") is no antecedent for he/she."""
        before = re.search(r"(\w+)\s*$", self.text[max(0, m.start() - 20):m.start()])
        if before and before.group(1).lower() in ("in", "at", "the", "across", "throughout", "within", "of"):
            return True
        return len(words) == 1 and re.search(r"\b" + re.escape(words[0].lower()) + r"\b", self.text) is not None

    def _gendered_after(self, name: str) -> bool:
        """A surname alone ("Smith said …") is a person when "he", "she", "his" or "her" follows it in its own
        sentence or the next, before any "its" (which would make it an organisation)."""
        m = re.compile(r"\b" + re.escape(name) + r"\b").search(self.text, max(0, self.pos - 1))
        if m is None:
            return False
        stops = 0
        end = len(self.text)
        for dm in re.finditer(r"[.!?][\"”’']?\s+(?=[\"“A-Z])", self.text[m.end():]):
            stops += 1
            if stops == 2:
                end = m.end() + dm.start()
                break
        pm = GENDERED.search(self.text, m.end(), end)
        return pm is not None and pm.group(0).lower() not in ("it", "its")

    def _pronoun_anywhere(self, name: str) -> str | None:
        """"person" when he/she/his/her follows any mention of the name in its sentence or the next; "org" when only
        "its" does; else None."""
        found = None
        for m in re.finditer(r"\b" + re.escape(name) + r"\b", self.text):
            stops = list(re.finditer(r"[.!?](?:\s|$)", self.text[m.end():m.end() + 600]))
            end = m.end() + (stops[1].start() if len(stops) > 1 else stops[0].start() if stops else 600)
            pm = re.search(r"\b(?:he|she|his|her|him|its)\b", self.text[m.end():end], re.I)
            if pm:
                if pm.group(0).lower() != "its":
                    return "person"
                found = "org"
        return found

    def _names_a_thing(self, name: str) -> bool:
        """"Acme's Phone 6", "Acme Phone", "Acme Inc": the name opens a longer proper name or is owned like a company."""
        return re.search(r"\b" + re.escape(name) + r"(?:[’']s)?\s+(?:[A-Z][\w-]*\s+)*(?:[A-Z][\w-]*\s*\d|Inc\b|Corp\b|Ltd\b|LLC\b)"
                         r"|\b" + re.escape(name) + r"\s+[A-Z]{2,6}\b",
                         self.text) is not None

    def _said_to_be_body(self, name: str) -> bool:
        """The article calls the name a body: "groups like Acme Action", "the liberal group Acme", "Acme, which",
        "an official with Acme", "an article in Acme", or it is written in one CamelCase word ("AcmeWorks")."""
        if re.fullmatch(r"[A-Z][a-z]{5,}[A-Z][a-z]{2,}", name):  # not "McAuliffe", "DeWine"
            return True
        n = re.escape(name)
        return re.search(rf"\b(?:groups?|organi[sz]ations?|company|companies|nonprofit|PAC|outlets?|website|site|firm|network)"
                         rf"\s+(?:like\s+|such\s+as\s+|called\s+)?{n}\b|\b{n},\s+which\b"
                         rf"|\b(?:official|officials|spokesman|spokeswoman|spokesperson)\s+(?:with|at|for)\s+{n}\b"
                         rf"|\b(?:article|story|report|piece)\s+in\s+{n}\b", self.text) is not None

    def _seen_as_person(self, name: str) -> bool:
        return any(p.name == name and p.kind == "person" for p in self.last.values())


# a capitalised platform with a lower-case "post(s)" ("A Brand post", "viral Brand posts", "a post shared on Brand");
# "The Daily Post" (a capital P) stays a newspaper
# "social media posts", "a social-media meme", "a social media rumor" are "Unnamed social media user(s)" too
SOCIAL_POST = re.compile(r"(?:(?i:a|an|the|one|this|that|these|those|some|many|several|other|two|three)\s+)?"
                         r"(?:(?i:viral|recent|new|popular|widely\s+shared|online|anonymous)\s+)*"
                         r"(?:(?P<plat>[A-Z][\w]*|(?i:social[\s-]media))\s+(?P<post>posts?|memes?|rumou?rs?)"
                         r"|(?P<post2>posts?|memes?)\s+(?:shared|published|"
                         r"circulating|posted|going\s+around|spreading)\s+(?:on|to|across)\s+(?P<plat2>[A-Z][\w]*)(?:\s+and\s+[A-Z]\w*)?)")
# a post with no platform ("The post we're checking", "The viral image") is its unnamed poster's
BARE_POST = re.compile(r"(?i:the|a|an|this|that|one)\s+(?:(?i:viral|recent|new|popular|widely\s+shared|online|anonymous)\s+)*"
                       r"(?:post|meme|image|graphic)(?:\s+we[’']re\s+(?:fact-)?checking|\s+we\s+(?:fact-)?checked|"
                       r"\s+(?:(?:that\s+was|that\s+is|being)\s+)?(?:widely\s+)?(?:shared|circulating|posted|spreading)\b.*)?")
# a chain e-mail speaks for its unnamed author
CHAIN_EMAIL = re.compile(r"(?i:the|a|an|this|that|one)\s+(?:(?i:chain|viral|forwarded|anonymous|widely\s+circulated)\s+)*(?i:e-?mail)")
# what a speaker puts out or says, owned with a possessive: the owner speaks
OWNED_WORDS = r"(?:comments?|remarks|newsletter|press\s+release|news\s+release|release|statement|op-ed|column|letter|ad|ads|" \
              r"advertisement|commercial|video|website|tweet|tweets|post|mailer|flyer|speech|testimony|email|e-mail|blog|" \
              r"book|analysis|report|study|survey|memo|article|story|piece)(?:\s+(?:of|on|about)\s+\S.*)?"
# "A TV ad from Acme Action", "a study by the Wharton Center": the document speaks for its maker
DOC_FROM = re.compile(r"(?:(?i:the|a|an|this|that|one)\s+)?(?:[\w-]+\s+){0,3}?(?:" + "|".join(
    sorted(L.DOCUMENT_WORDS | L.AUTHORED_WORDS | {"book", "memo", "article"})) + r")\s+(?:from|by|(?=in\s+(?:the\s+)?[A-Z])in)\s+"
    r"(?P<owner>\S.*)")
OWNED = re.compile(r"(?:(?i:the)\s+)?(?P<owner>(?i:his|her|their|its)|[A-Z][\w.&-]*(?:\s+(?:[A-Z][\w.&-]*|to|of|for|on|the)){0,5}?[’']s?)"
                   r"\s+(?:(?:[A-Z][a-z]+|\d{1,4}|new|latest|recent|own|earlier|later|online|television|tv|campaign|radio|"
                   r"press|public|written|blanket|official|first|second|final)\s+){0,3}" + OWNED_WORDS)
# someone's staff: the noun a possessive or a name owns ("Carroll’s spokesman", "His own aide", "a Romney adviser")
STAFF_NOUNS = L.UNNAMED_NOUNS | {"adviser", "advisers", "advisor", "advisors", "manager", "consultant", "strategist"}
POSSESSED_UNNAMED = re.compile(r"(?:(?i:the|a|an|one)\s+)?(?P<owner>(?i:his|her|their|its)|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}(?:[’']s?)?)"
                               r"\s+(?P<mods>(?:[a-z][\w-]*\s+){0,2})(?P<noun>[a-z]+)")
# "The KVUE article", "a FAIR report": a document after a capitalised name speaks for it
OWNER_DOCS = L.DOCUMENT_WORDS | {"article", "story"}
OWNER_WORDS = frozenset("his her their its".split())
TRAILING_DEBRIS = re.compile(r"(?:\s+(?:did|does|do|didn[’']t|doesn[’']t|don[’']t|just|instead|now|alike|also|too|again|even|"
                             r"still|only))+$", re.I)
# "Anna Berg of the Acme Tenants League": a two- or three-word name, then the body the person speaks for
PERSON_OF = re.compile(r"(?P<name>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,2}),?\s+(?:of|from|with|at)\s+(?P<body>(?:the\s+)?[A-Z].*)")
NOT_PERSON_WORDS = (L.ORG_WORDS | L.MEDIA_WORDS | L.COUNTRIES | L.TITLES | L.GROUP_NOUNS | L.DOCUMENT_WORDS
                    | frozenset("chamber academy conference institutes centers society club school college church friends "
                                "daughters sons knights sisters citizens americans the national american united u.s.".split()))
OWNER_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
MENTION = re.compile(r"\b[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*)*")
NOT_NAMES = frozenset("january february march april may june july august september october november december monday "
                      "jan feb mar apr jun jul aug sep sept oct nov dec "
                      "tuesday wednesday thursday friday saturday sunday now it's it’s there here what who why how".split())
GENDERED = re.compile(r"\b(?:he|she|his|her|him|himself|herself|its)\b", re.I)
STOPWORDS = frozenset("The A An In On At As But And Since When While After Before According Meanwhile However "
                      "If Then This That These Those It He She They We I Its Their His Her Our".lower().split())

_ORGS = {"organization", "organisation", "movement", "association", "foundation", "institute", "council", "coalition",
         "group", "network", "alliance", "union", "party", "society", "fund", "center", "centre", "committee",
         "commission", "agency", "federation", "league", "trust", "charity", "project", "campaign"}
_COMPANIES = {"company", "corporation", "corp", "inc", "ltd", "co", "plc", "llc", "group", "holdings", "airlines",
              "bank", "industries", "motors", "technologies", "systems", "enterprises"}
# a generic noun ("the company") and the head words of the names it can stand for
GENERIC_ORG: dict[str, set[str]] = {
    "organization": _ORGS, "organisation": _ORGS, "group": _ORGS | {"group"}, "company": _COMPANIES,
    "firm": _COMPANIES, "ministry": {"ministry"}, "department": {"department"}, "agency": {"agency"},
    "campaign": {"campaign"}, "party": {"party"}, "committee": {"committee"}, "commission": {"commission"},
    "association": {"association"}, "union": {"union"}, "movement": {"movement"}, "council": {"council"},
    "charity": {"charity", "trust", "foundation"}, "bank": {"bank"}, "university": {"university"},
    "institute": {"institute"}, "foundation": {"foundation"},
}
GENERIC_ORG["city"] = {"city", "municipality", "council"}
GENERIC_ORG["outlet"] = set()
# "the same agency", "the news organization", "the polling group" refer back as the bare noun does
GENERIC_MODS = frozenset("same news polling research federal state local".split())
ACRONYM = re.compile(r"[A-Z]{3,6}|(?:[A-Z][a-z]?\.){2,4}")  # not "PO" (boxes)
NOT_BODIES = frozenset("covid hiv aids gdp ok tv pm am".split())


def _generic_noun(name: str, mention: str) -> str | None:
    """The generic noun a "the …" mention is ("the agency", "the same agency", "the news outlet"), else None."""
    words = name.lower().split()
    if not words or words[-1] not in GENERIC_ORG or not set(words[:-1]) <= GENERIC_MODS:
        return None
    if len(words) == 1 or re.search(r"(?i)\b(?:the|this|that)\s+" + re.escape(name) + r"\s*$", mention):
        return words[-1]
    return None


_CAPW = r"[A-Z][\w’'&.-]*"
_NAME_RUN = r"[A-Z][\w.&-]*(?:\s+(?:(?:of|for|on|the|and)\s+)?(?:[A-Z][\w.&-]*|\d+))*"
# a capitalised name; "head" is its last word before an "of"-phrase ("Ministry of Health" → Ministry)
ORG_NAME = re.compile(rf"\b(?:{_CAPW}\s+)*(?P<head>{_CAPW})(?:\s+(?:of|for|on)\s+(?:the\s+)?{_CAPW}(?:\s+(?:and\s+)?{_CAPW})*)?")
# a body named in the text: an acronym ("U.Va.") or a capitalised name (its words checked in Registry.nearest_body)
BODY = re.compile(rf"(?<![\w.])(?:(?:[A-Z][a-z]?\.){{2,4}}|{_CAPW}(?:\s+(?:(?:of|for|on|the|and)\s+)?{_CAPW})*)")
# a capitalised name of two to six words, small words inside ("Bureau of Labor Statistics")
SPELLED = re.compile(r"\b[A-Z][a-z][\w’'-]*(?:\s+(?:(?:of|for|and|the|on|&)\s+)*[A-Z][a-z][\w’'-]*){1,5}")
