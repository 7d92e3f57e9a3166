"""Figures: numbers that state a quantity, with value, unit, what is counted and whether hedged.

A number is a figure only when it measures something in one of models.UNITS. Dates, clock times,
years, ordinals, ranks, version and model numbers, "one" used as a pronoun or determiner, and
quantities in other units (hours, days, months, miles, kronor) are left out on purpose: a reviewer
checks amounts, and a false figure costs them more time than a missed calendar date.
"""
from __future__ import annotations

import re

from factcheck.extract.dates import date_spans

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "quadrillion": 1e15, "quintillion": 1e18, "dozen": 12,
          "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}
FRACTIONS = {"half": 50.0, "third": 100 / 3, "thirds": 100 / 3, "quarter": 25.0, "quarters": 25.0}

_ONES = "|".join(sorted(ONES, key=len, reverse=True))
_TENS = "|".join(TENS)
WORD_NUMBER = rf"(?:(?:{_TENS})(?:[- ](?:{_ONES}))?|{_ONES})(?:\s+hundred)?"
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
CURRENCY = r"USD\s?\$|US\$|USD\s|A\$|C\$|\$|£|€|EUR\s|GBP\s"
SCALE = r"[\s-]?(?i:thousand|million|billion|trillion|quadrillion|quintillion|dozen)\b|(?:bn|mn|mln|m|k|tn)\b"
NUMBER = re.compile(
    rf"(?<![\w#$£€.,-])(?P<cur>{CURRENCY})?(?P<num>{DIGITS}|(?i:{WORD_NUMBER})\b|(?i:a)(?=\s(?i:thousand|million|billion|trillion|dozen)\b(?!-))|(?i:a)(?=\s+percentage[-\s]points?\b))"
    rf"(?P<scale>{SCALE})?"
)
HALF_UNIT_AFTER = re.compile(r"\s+(?:an?\s+)?(year|decade|century)\b(?!-)", re.I)
SCALED_FRACTION = re.compile(r"\s+(?:of\s+)?a\s+(?P<scale>thousand|million|billion|trillion|dozen)\b(?P<cur>\s+(?:US\s+)?dollars?\b)?", re.I)
FRACTION = re.compile(r"\b(?P<frac>(?:a|one)[- ]half|half|(?:a|one)[- ]third|two[- ]thirds|(?:a|one)[- ]quarter|three[- ]quarters)\b", re.I)

APPROX_BEFORE = re.compile(
    r"(?:\b(?:some|about|around|roughly|approximately|nearly|almost|over|more than|up to|at least|less than|"
    r"fewer than|under|above|below|closer to|close to|as many as|as much as|upwards of|in excess of|just over|just under|"
    r"well over|an estimated|estimated|reportedly|circa|in the (?:neighbou?rhood|region|order|vicinity) of)\s+)$",
    re.I,
)
EXCEEDS_BEFORE = re.compile(r"\b(?:exceed(?:ed|s|ing)?|surpass(?:ed|es)?|top(?:ped|s)?)\s+$", re.I)
APPROX_AFTER = re.compile(r"^(?:\s+or so\b|\s+or more\b|\s+and counting\b|-plus\b|\+)", re.I)
SYMMETRIC = {"some", "about", "around", "roughly", "approximately", "nearly", "almost", "close to", "an estimated",
             "estimated", "circa"}

UNIT_AFTER = [
    (re.compile(r"^(?:[^\S\n]{0,2}|-)(?:%|per[\s-]?cent\b|percent\b|pc\b)", re.I), "percent"),
    (re.compile(r"^(?:[^\S\n]{0,2}|-)(?:square\s+kilomet(?:er|re)s?\b|sq\.?\s?km\b|km2\b|km²)", re.I), "km2"),
    (re.compile(r"^(?:[^\S\n]{0,2}|-)(?:kilomet(?:er|re)s?\b|km\b)", re.I), "km"),
    (re.compile(r"^-year(?:s)?(?:-old)?\b|^\s+years?(?:[- ]old)?\b(?!\s+ago)", re.I), "years"),
]
CURRENCY_AFTER = [
    (re.compile(r"^\s+euros?\b", re.I), "EUR"),
    (re.compile(r"^\s+(?:US\s+)?dollars?\b", re.I), "USD"),
    (re.compile(r"^\s+pounds?(?:\s+sterling)?\b(?!\s+(?:of|per)\b)", re.I), "GBP"),
]
# "79 cents": a dollar amount in cents
CENTS_AFTER = re.compile(r"^[^\S\n]?(?:cents?\b|¢)", re.I)
# "9/11", "24/7", "9-9-9": a date, a slogan or a code, not a quantity
CODE_AROUND = re.compile(r"^(?:/\d|-\d+-\d)")
# a web address ("…/share/26108662-dcbd…") or a code glued to a bracket ("501(c)3"): a name, not a quantity
URL_TOKEN = re.compile(r"(?:://|www\.|\.(?:com|org|gov|net|edu|co|us)/)\S*$|\)$", re.I)
# "Feb, 27, 2017", "27, 2017": the day of a date
DAY_BEFORE_YEAR = re.compile(r"^,?\s(?:1[7-9]|20)\d\d\b")
# "absolutely zero information", "zero-tolerance", "weights are zero": "zero" as "no", not a count
ZERO_AS_NO = re.compile(r"\babsolutely\s+$", re.I)
ZERO_NOT_COUNT_AFTER = re.compile(r"^(?:-|\s*[.,;:!?)”\"]|\s*$)")
CURRENCY_UNIT = {"$": "USD", "US$": "USD", "USD": "USD", "USD$": "USD", "£": "GBP", "€": "EUR", "EUR": "EUR",
                 "GBP": "GBP", "A$": None, "C$": None}
# Units outside models.UNITS, or time: a number measured in these is not a figure.
OTHER_UNITS = re.compile(
    r"^[- ]?(?:\w+\s)?(?:hours?|days?|weeks?|months?|minutes?|seconds?|decades?|centur(?:y|ies)|miles?|"
    r"metres?|meters?|kilograms?|kg|tonnes?|tons?|litres?|liters?|kronor|krona|kroner|yen|yuan|rupees?|"
    r"roubles?|rubles?|francs?|pesos?|lira|lire|won|baht|ringgit|rand|hryvnias?|years?\s+ago|o'clock|"
    r"gallons?|barrels?|acres?|feet|foot|inch(?:es)?|yards?|ounces?|bushels?|calories|megawatts?|kilowatts?|degrees?|mph|mpg|kph|grams?|milligrams?|mg|ppm|ppb|watts?|volts?|"
    r"gigawatts?|terawatts?|bytes?|gigabytes?|megabytes?|pixels?|mm|cm|millimet(?:er|re)s?|centimet(?:er|re)s?|lbs?|"
    r"(?<=-)pounds?|pounds?(?=\s+(?:of|per)\b))\b",
    re.I,
)
# "one" counts after a verb or "only" ("fired one shell", "only one ranking"), not as a determiner ("One
# Rohingya") or pronoun ("one of the", "one day", "one another")
ONE_COUNTED = re.compile(r"\b(?:(?i:only|just|exactly)|[a-z]+ed|ha[sd]|have|won|lost|got|took|made|sent|saw|"
                         r"hit|shot|built|bought|sold|held|kept|gave|scored|fought|caught|drew)\s+$")
# "passed by one vote", "owed to one individual", "two amendments and one motion": a preposition or "and", then
# "one" and a lower-case noun, counts
ONE_PREP_BEFORE = re.compile(r"\b(?:by|to|and|against)\s+$")
ONE_NOUN_AFTER = re.compile(r"^\s+(?![a-z]+ed\b|(?:made|held|built|run|led|left|set|put|known|given|taken|seen|done|won|lost|who|that|which)\b)[a-z]{3,}\b(?!\s+(?:of|or|another)\b)(?![’'-])")
ONE_NOT_COUNT = re.compile(r"^(?:\s+(?:of|another|day|time|way|point|side|hand|thing|or|and|who|that|which)\b|\s*[^\w\s]|\s+[A-Z])")
DECADES_AFTER = re.compile(r"^\s+decades?\b", re.I)
# "at age 65", "aged 71", and a life event "at" a bare number: "died at 100", "retired at 62"
AGE_BEFORE = re.compile(r"\b(?:aged|ages?|age of|(?:older|younger)\s+than|(?:died|dies|retired|retires|married|graduated|enlisted|started|began|"
                        r"became|turned|debuted|passed away)\s+at)\s+$", re.I)
# "five-figure donations", "a six-digit salary": a magnitude, not a count
MAGNITUDE_AFTER = re.compile(r"^-(?:figures?|digits?)\b", re.I)
# "Maria Lopez, 37," — a person's name, a comma, a bare number, a comma: an age
NAME_COMMA_BEFORE = re.compile(r"\b[A-Z][a-z][\w’'-]*(?<!January)(?<!February)(?<!March)(?<!April)(?<!June)(?<!July)"
                               r"(?<!August)(?<!September)(?<!October)(?<!November)(?<!December),\s$")
ID_NOUNS = re.compile(
    r"\b(?:posts?|no\.?|nos\.?|numbers?|section|article|version|flight|route|room|grade|level|page|chapter|"
    r"paragraph|item|line|unit|phase|stage|channel|highway|road|act|resolution|platform|gate|ward|district|"
    r"block|lot|bus|train|model|series|size|episode|season|volume|vol\.?|issue|word)\s+$",
    re.I,
)
# "ranging from a measly $156 to a whopping $24,000": a range, with a word of colour before each end
RANGING_BEFORE = re.compile(r"\brang(?:e|es|ed|ing)\s+from\s+(?:an?\s+[a-z]+\s+)?$", re.I)
# "one in five", "1 out of 4", "two in three": a ratio, the share as a percent (the annotation convention)
RATIO_AFTER = re.compile(rf"^\s+(?:in|out\s+of)\s+(?P<den>{DIGITS}|(?i:{WORD_NUMBER})\b)(?P<scale>{SCALE})?(?![\d,]|\s*-)")
# "5 percentage points" is a percent; "20 points" too where the sentence speaks of shares, polls or ratings
POINTS_AFTER = re.compile(r"^[-\s]+percentage[-\s]points?\b|^(?:\s+|-)points?\b", re.I)
SHARE_CONTEXT = re.compile(r"%|\bper\s?cent|\bpercentage|\bpoll(?:s|ed|ing|sters?)?\b|\bratings?\b|\bapproval\b|"
                           r"\bfavorab|\bsurvey|\bunemployment rate|\bmargin\b", re.I)
# "1.6 times more likely", "three times that of": a multiplier, not a quantity ("toured 80 times" counts)
TIMES_RATIO = re.compile(r"^\s+times\s+(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|as|that|those|the|"
                         r"what|than|over|\w+er\b)", re.I)
# "three of those years", "their 35 highest-paid years": a count of years is a duration in years
YEARS_COUNTED = re.compile(r"^(?:\s+of\s+(?:the|those|these|its|their|his|her)|\s+[a-z][\w]*-[\w-]+|\s+[a-z]+est)\s+years\b(?!\s+(?:ago|old))", re.I)
# a point in time, not a duration: "16 years earlier", "one year into his term", "almost two years after …"
TIME_POINT_AFTER = re.compile(r"^\s*(?:ago|earlier|later|after|before|into|prior|since|from\s+now|hence)\b", re.I)
# "a four-year college": a kind of school, not a duration
KIND_OF_SCHOOL = re.compile(r"^\s*(?:colleges?|universit(?:y|ies)|schools?|institutions?)\b", re.I)
# "people under 18", "children younger than 5", "an age range of 16 to 21": ages in years
AGE_GROUP_BEFORE = re.compile(r"\b(?:people|persons|children|kids|adults|teens|teenagers|youths?|those|anyone|residents|"
                              r"individuals|women|men|girls|boys|seniors|americans|voters|drivers|workers|patients)\s+"
                              r"(?:(?:who\s+are\s+)?(?:under|over|above|below|younger\s+than|older\s+than|aged|ages))\s+$"
                              r"|\bage\s+(?:range|group|bracket)\s+(?:of|from)\s+$", re.I)
# "workers 16 and older", "ages 18 and up", "children 5 or younger": an age limit, in years, with its words
AGE_LIMIT_AFTER = re.compile(r"^(?:\s+years?)?\s+(?:and|or)\s+(?:older|younger)\b", re.I)
AGE_LIMIT_LOOSE = re.compile(r"^(?:\s+years?)?\s+(?:and|or)\s+(?:over|up|above|under)\b", re.I)
# "from 44 percent to 72": the bare second number of a change in percent is a percent too
FROM_PERCENT_TO = re.compile(r"\bfrom\s+(?:\S+\s+){0,2}?\d[\d.,]*[^\S\n]?(?:%|percent|per\s?cent)\s+to\s+$", re.I)
AGE_GROUP_NOUN_BEFORE = re.compile(r"\b(?:people|persons|children|kids|adults|teens|teenagers|youths?|residents|individuals|"
                                   r"women|men|girls|boys|seniors|americans|voters|drivers|workers|patients|ages?|aged)\s+$", re.I)
# "making six figures", "hit the six-figures": a salary or sum with that many digits (the plural noun; "five-figure
# donations", an adjective, stays a magnitude)
DIGIT_FIGURES = re.compile(r"^[- ]figures\b", re.I)
DIGIT_WORDS = {"five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
# "between those two.", "These two, each …": a pronoun, not a count
PRONOUN_NUMBER = re.compile(r"\b(?:these|those)\s+$", re.I)
# "a 60-39 vote", "the 93-6 tally": both sides of the tally are counts
TALLY_AFTER = re.compile(r"^\s*(?:vote|votes|tally|margin|decision|majority|ruling|count|split|win|victory|loss|defeat)\b", re.I)
TALLY_BEFORE = re.compile(r"\b(?:passed|failed|approved|rejected|adopted|defeated|voted|confirmed|won|lost|tally|vote)"
                          r"\s+(?:(?:by|of|on)\s+)?(?:an?\s+)?$", re.I)
ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b|^[A-Za-z(]")
STOP = frozenset(
    "a an the and or but of in on at to for from by with as than that which who whom whose what when where "
    "have has had having is are was were be been being will would can could may might must shall should do "
    "does did not no so said says say told reportedly also both each more most less than this these those "
    "it its they them their he she his her we our you your i me my".split()
)


def _word_value(words: str) -> float:
    words = words.lower().replace("-", " ")
    total = 0.0
    parts = words.split()
    for w in parts:
        if w in ONES:
            total += ONES[w]
        elif w in TENS:
            total += TENS[w]
        elif w == "hundred":
            total = (total or 1) * 100
    return total


def parse_number(num: str) -> float:
    """12,000 → 12000; 1.5 → 1.5; 'twenty-five' → 25."""
    if num[0].isdigit():
        return float(num.replace(",", ""))
    if num.lower() == "a":  # "a billion dollars"
        return 1.0
    return _word_value(num)


def _fmt(v: float) -> str:
    if v == int(v):
        return f"{int(v):,}"
    return f"{v:,.2f}".rstrip("0").rstrip(".")


UNIT_SYMBOL = {"km2": " km²", "km": " km", "percent": "%", "years": " years", "count": "", "USD": " USD",
               "GBP": " GBP", "EUR": " EUR"}


def _quantity(text: str, pos: int, limit: int) -> str:
    """The noun phrase after a figure: up to five words, stopping at function words and verbs."""
    words = []
    for m in re.finditer(r"[\w’'-]+", text[pos:limit]):
        if m.start() > 0 and not text[pos:pos + m.start()].strip() == "" and re.search(r"[,.;:()“”\"—]", text[pos:pos + m.start()]):
            break
        w = m.group(0)
        low = w.lower()
        if low in STOP or low.endswith("ly") or (words and re.fullmatch(r"\w+ed", low)):
            break
        words.append(w)
        pos_end = pos + m.end()
        if len(words) == 5:
            break
        pos, limit = pos_end, limit
        continue
    return " ".join(words)


# "raise the age … to 70", "the median age … is 29": a bare number after "to" or a copula, with no noun after it
BARE_AFTER_LINK = re.compile(r"\b(?:to|is|are|was|were|be)\s+$", re.I)
BARE_END = re.compile(r"^\s*(?:[.,;:!?)”\"]|and\b|or\b|$)")
AGE_WORD = re.compile(r"\bages?\b", re.I)


def _bare_age(text: str, s: int, e: int) -> bool:
    """A bare number where the age is the topic: a linking word before, nothing counted after, "age" nearby."""
    if not (BARE_AFTER_LINK.search(text[max(0, s - 6):s]) and BARE_END.match(text[e:e + 6])):
        return False
    ps, pe = _sentence_bounds(text, s)
    return bool(AGE_WORD.search(text[max(ps, s - 200):min(pe, e + 120)]))


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    s = max(text.rfind("\n", 0, pos) + 1, 0)
    e = text.find("\n", pos)
    return s, (len(text) if e < 0 else e)


def _is_sentence_initial(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \"“‘'(")
    return not before or before[-1] in ".!?\n:—"


def extract(text: str) -> list[dict]:
    """Every figure in `text`, in order of position, derived figures after the ones they use."""
    blocked = date_spans(text)

    def in_date(s: int, e: int) -> bool:
        return any(bs <= s < be or bs < e <= be for bs, be in blocked)

    raw: list[dict] = []
    for m in NUMBER.finditer(text):
        s, e = m.start(), m.end()
        num = m.group("num")
        is_word = not num[0].isdigit()
        if in_date(s, e):
            continue
        after = text[e:e + 40]
        before = text[max(0, s - 40):s]
        if not m.group("scale") and ORDINAL_AFTER.match(after) and not re.match(r"^-", after):
            continue
        if re.fullmatch(r"\d\d", num) and re.search(r"(?:^|[\s(-])['’]$", before) and not re.match(r"^\s?(?:%|percent)", after):
            continue  # "'08", "the ’16 race", "2013-’15": a year
        if re.search(r"#\s*$", before) or re.search(r"\d/$", before) or CODE_AROUND.match(after):
            continue
        if URL_TOKEN.search(text[text.rfind(" ", 0, s) + 1:s]) \
                or (num.isdigit() and int(num) <= 31 and not m.group("cur") and DAY_BEFORE_YEAR.match(after)):
            continue
        if num.lower() == "zero" and (ZERO_AS_NO.search(before) or ZERO_NOT_COUNT_AFTER.match(after)):
            continue
        raw.append({"m": m, "s": s, "e": e, "num": num, "is_word": is_word})

    figures: list[dict] = []
    skip_until = -1
    last_identifier_end = -10
    for i, r in enumerate(raw):
        m, s, e, num = r["m"], r["s"], r["e"], r["num"]
        if s < skip_until:
            continue
        if r["is_word"] and re.match(r"^[- ](?:halves|thirds|quarters|fifths|tenths)\b", text[e:e + 12], re.I):
            continue  # "three-quarters of": a share, read by _fractions
        value = parse_number(num)
        scale = (m.group("scale") or "").strip(" -").lower()
        if scale:
            value *= SCALES[scale]
        cur = (m.group("cur") or "").replace(" ", "")
        unit = CURRENCY_UNIT.get(cur, "count") if cur else "count"
        if cur and unit is None:
            continue
        end = e
        after = text[end:end + 60]
        # a range: "10-20", "ten to 32", "between 10 and 20"
        low = high = None
        tally = None
        age_limit = False
        rng = re.match(r"^\s?(?:-|–|to|or(?=\s))\s?(?P<cur>" + CURRENCY + r")?(?P<num>" + DIGITS + r"|(?i:" + WORD_NUMBER + r")\b)(?P<scale>" + SCALE + r")?", after)
        between = re.search(r"\bbetween\s+$", text[max(0, s - 10):s], re.I)
        if between:
            rng = re.match(r"^\s+and\s+(?P<cur>" + CURRENCY + r")?(?P<num>" + DIGITS + r"|(?i:" + WORD_NUMBER + r")\b)(?P<scale>" + SCALE + r")?", after)
        if not rng and not between and RANGING_BEFORE.search(text[max(0, s - 40):s]):
            rng = re.match(r"^\s+to\s+(?:an?\s+[a-z]+\s+)?(?P<cur>" + CURRENCY + r")?(?P<num>" + DIGITS + r"|(?i:" + WORD_NUMBER + r")\b)(?P<scale>" + SCALE + r")?", after)
        if rng and scale == "dozen" and not rng.group("scale"):
            rng = None  # "from a dozen to two": a change, the second number unscaled
        if rng and not re.match(r"^-", after[rng.end():]):
            hv = parse_number(rng.group("num"))
            hs = (rng.group("scale") or "").strip(" -").lower() or scale
            if hs:
                hv *= SCALES[hs]
                if not scale:
                    value *= SCALES[hs]
            if hv > value:
                low, high = value, hv
                end = end + rng.end()
                after = text[end:end + 60]
            elif hv < value and not r["is_word"] and not cur and rng.group("num")[0].isdigit() \
                    and re.match(r"^[-–]", after) and (TALLY_AFTER.match(after[rng.end():])
                                                       or TALLY_BEFORE.search(text[max(0, s - 30):s])):
                tally = (e + rng.start("num"), e + rng.end("num"), hv)
        # a ratio "one in five": the share in percent
        ratio = RATIO_AFTER.match(after) if not cur and not scale and low is None else None
        if ratio:
            den = parse_number(ratio.group("den")) * (SCALES[ratio.group("scale").strip(" -").lower()] if ratio.group("scale") else 1)
            if den > value > 0 and not (re.fullmatch(r"\d{4}", ratio.group("den")) and 1000 <= den <= 2100):
                value = value * 100 / den
                unit = "percent"
                end += ratio.end()
                after = text[end:end + 60]
        pm = POINTS_AFTER.match(after) if unit == "count" and not cur and not scale else None
        if pm:
            ps0, pe0 = _sentence_bounds(text, s)
            sent0 = re.split(r"(?<=[.!?])\s+", text[ps0:s])[-1] + text[s:pe0].split(". ")[0]
            if "percentage" in pm.group(0).lower() or SHARE_CONTEXT.search(sent0):
                unit = "percent"
                end += pm.end()
                after = text[end:end + 60]
        if unit == "count" and not cur and TIMES_RATIO.match(after):
            continue
        ym = YEARS_COUNTED.match(after) if unit == "count" and not cur and not scale and low is None else None
        if ym:
            unit = "years"
        # unit after the number
        for rx, u in UNIT_AFTER:
            um = rx.match(after)
            if um:
                unit = u if not cur else unit
                end += um.end()
                after = text[end:end + 60]
                break
        else:
            if not cur:
                for rx, u in CURRENCY_AFTER:
                    um = rx.match(after)
                    if um:
                        unit = u
                        end += um.end()
                        after = text[end:end + 60]
                        break
        cm = CENTS_AFTER.match(after) if unit == "count" and not cur and not scale else None
        if cm:
            unit = "USD"
            value /= 100
            if low is not None:
                low, high = low / 100, high / 100
            end += cm.end()
            after = text[end:end + 60]
        # durations in decades: "nearly two decades" is 20 years ("two decades ago" is a time, not a figure)
        dm = DECADES_AFTER.match(after) if unit == "count" and not cur and not scale else None
        if dm:
            if TIME_POINT_AFTER.match(after[dm.end():]):
                continue
            unit = "years"
            value *= 10
            if low is not None:
                low, high = low * 10, high * 10
            end += dm.end()
            after = text[end:end + 60]
        # ages: "Thomas Sam, 42,", "at age 65", "aged 18 to 24"
        if unit == "count" and not cur and not scale and not r["is_word"] and 0 < (high or value) <= 120 \
                and (AGE_BEFORE.search(text[max(0, s - 20):s]) or AGE_GROUP_BEFORE.search(text[max(0, s - 40):s])
                     or (NAME_COMMA_BEFORE.search(text[max(0, s - 40):s]) and re.match(r"^,", text[end:end + 1]))):
            unit = "years"
        elif unit == "count" and not cur and not scale and low is None and 0 < value <= 120 and _bare_age(text, s, end):
            unit = "years"
        if unit in ("count", "years") and not cur and not scale and low is None and 0 < value <= 120 \
                and not r["is_word"] or unit == "years" and (AGE_BEFORE.search(text[max(0, s - 20):s])
                                                            or AGE_GROUP_BEFORE.search(text[max(0, s - 40):s])):
            al = AGE_LIMIT_AFTER.match(text[e:e + 40])
            if not al and (unit == "years" or AGE_GROUP_NOUN_BEFORE.search(text[max(0, s - 30):s])):
                al = AGE_LIMIT_LOOSE.match(text[e:e + 40])
            if al and e + al.end() > end:
                unit = "years"
                age_limit = True
                end = e + al.end()
                after = text[end:end + 60]
        if unit == "count" and not cur and not scale and low is None and FROM_PERCENT_TO.search(text[max(0, s - 60):s]) \
                and re.match(r"^\s*(?:[.,;:!?)”\"]|$|\s(?:and|in|by|for|over|after|before|during)\b)", after):
            unit = "percent"
        dg = DIGIT_FIGURES.match(after) if unit == "count" and r["is_word"] and num.lower() in DIGIT_WORDS else None
        if dg:
            n = DIGIT_WORDS[num.lower()]
            unit, low, high = "USD", float(10 ** (n - 1)), float(10 ** n - 1)
            end += dg.end()
            after = text[end:end + 60]
        if unit == "count" and (OTHER_UNITS.match(after) or MAGNITUDE_AFTER.match(after)):
            continue
        if unit == "years" and (TIME_POINT_AFTER.match(after) or (text[e:e + 1] == "-" and KIND_OF_SCHOOL.match(after))):
            continue
        if r["is_word"] and unit == "count" and not scale and PRONOUN_NUMBER.search(text[max(0, s - 12):s]) \
                and re.match(r"^\s*(?:[.,;:!?)]|(?:are|were|is|was|have|had|will|would|can|could|did|do|each|both)\b)", after):
            continue
        lowv = (low if low is not None else value)
        # years as dates: 1000-2100, written plainly
        if unit == "count" and not cur and not scale and re.fullmatch(r"\d{4}", num) and 1000 <= value <= 2100:
            if low is None or (low is not None and 1000 <= high <= 2100):
                continue
        if low is not None and unit == "count" and re.fullmatch(r"\d{4}", num) and 1000 <= lowv <= 2100:
            continue
        before = text[max(0, s - 40):s]
        # identifiers: "Explorer 9", "posts 542", "542 and 543"
        if not r["is_word"]:
            prev = re.search(r"([A-Za-z][\w.’'-]*)\s+$", before)
            if prev and prev.group(1)[0].isupper() and not _is_sentence_initial(text, s - len(prev.group(0))) \
                    and not re.search(r"[’']s$", prev.group(1)) \
                    and not APPROX_BEFORE.search(before) and not cur:
                last_identifier_end = end
                continue
            if ID_NOUNS.search(before) and not cur:
                last_identifier_end = end
                continue
            if re.fullmatch(r"\s*(?:,|and|or|to|-)\s*", text[last_identifier_end:s]):
                last_identifier_end = end
                continue
        # "one" is a figure only with a unit, a hedge or in a range
        approx_m = APPROX_BEFORE.search(before)
        if approx_m and unit == "years" and approx_m.group(0).strip().lower() == "over" \
                and not re.search(r"\bfor\s+$", before[:len(before) - len(approx_m.group(0))]):
            approx_m = None  # "rose 38 percent over two years": the time span, not a hedge ("for over 50 years" is one)
        if num.lower() == "one" and unit == "count" and not scale and not approx_m and low is None \
                and not ONE_COUNTED.search(before) and not (ONE_PREP_BEFORE.search(before) and ONE_NOUN_AFTER.match(after)) \
                or (num.lower() == "one" and low is None and ONE_NOT_COUNT.match(text[e:e + 40])):
            continue
        start = s
        if between:
            start = s - len(between.group(0))
        approx = False
        hedge = None
        if approx_m:
            approx = True
            start = s - len(approx_m.group(0))
            hedge = approx_m.group(0).strip().lower()
            if hedge.startswith("an "):
                hedge = hedge[3:]
        elif EXCEEDS_BEFORE.search(before):
            approx = True
            hedge = EXCEEDS_BEFORE.search(before).group(0).strip().lower()
        am = APPROX_AFTER.match(text[end:end + 14])
        if age_limit:
            approx = True  # "16 and older": an open bound, like "or more"
            hedge = hedge or text[e:end].split()[-1].lower()
        if am:
            approx = True
            hedge = hedge or am.group(0).strip().lower()
        ps, pe = _sentence_bounds(text, s)
        qstart = end
        hy = re.match(r"^-(?=[A-Za-z])", text[end:end + 2]) or re.match(r"^\s-\s(?=[a-z])", text[end:end + 4])
        if hy:
            qstart = end + hy.end()
        if unit == "percent":
            of = re.match(r"^\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?", text[end:end + 30])
            if of:
                qstart = end + of.end()
        quantity = _quantity(text, qstart, pe)
        fig = {
            "surface": text[start:end], "value": None if low is not None else value, "low": low, "high": high,
            "unit": unit, "quantity": quantity, "approx": approx, "speaker": None,
            "start": start, "end": end, "derivation": None, "hedge": hedge,
        }
        figures.append(fig)
        skip_until = end
        if tally:
            ts, te, tv = tally
            figures.append({"surface": text[ts:te], "value": tv, "low": None, "high": None, "unit": "count",
                            "quantity": _quantity(text, end, pe), "approx": False, "speaker": None, "start": ts, "end": te,
                            "derivation": None, "hedge": None})
    _fractions(text, figures, in_date)
    _coordinated_approx(text, figures)
    figures.sort(key=lambda f: (f["start"], f["derivation"] is not None))
    _derived(text, figures)
    figures.sort(key=lambda f: (f["start"], f["derivation"] is not None))
    return figures


def _fractions(text: str, figures: list[dict], in_date) -> None:
    """"half" and friends as percentages, when used as a share: "about half", "half of"."""
    for m in FRACTION.finditer(text):
        s, e = m.start(), m.end()
        if any(f["start"] <= s < f["end"] for f in figures):
            continue
        frac = m.group("frac").lower().replace("-", " ")
        word = frac.split()[-1]
        value = FRACTIONS[word] * (2 if frac.startswith("two") else 3 if frac.startswith("three") else 1)
        before = text[max(0, s - 40):s]
        after = text[e:e + 20]
        approx_m = APPROX_BEFORE.search(before)
        sm = SCALED_FRACTION.match(text, e)
        if sm:
            # "three quarters of a million dollars", "half a billion": the fraction of the scale, one amount
            end = sm.end()
            figures[:] = [f for f in figures if not (s <= f["start"] < end)]
            start = s - len(approx_m.group(0)) if approx_m else s
            figures.append({
                "surface": text[start:end], "value": round(value / 100 * SCALES[sm.group("scale").lower()], 2),
                "low": None, "high": None, "unit": "USD" if sm.group("cur") else "count",
                "quantity": "" if sm.group("cur") else _quantity(text, end, _sentence_bounds(text, s)[1]),
                "approx": bool(approx_m), "speaker": None, "start": start, "end": end, "derivation": None,
                "hedge": approx_m.group(0).strip().lower() if approx_m else None,
            })
            continue
        um = HALF_UNIT_AFTER.match(text, e)
        if um and word in ("half", "quarter") and not re.search(r"\b(?:and|or)\s+$", before[-8:]):
            # "half a year", "more than a quarter century": a duration in years
            if not TIME_POINT_AFTER.match(text[um.end():um.end() + 20]):
                start = s - len(approx_m.group(0)) if approx_m else s
                figures.append({
                    "surface": text[start:um.end()], "low": None, "high": None, "unit": "years",
                    "value": round(value / 100 * {"year": 1, "decade": 10, "century": 100}[um.group(1).lower()], 4),
                    "quantity": "", "approx": bool(approx_m), "speaker": None, "start": start, "end": um.end(),
                    "derivation": None, "hedge": approx_m.group(0).strip().lower() if approx_m else None,
                })
            continue
        if not (approx_m or re.match(r"^\s+of\b", after)):
            continue
        if re.search(r"\b(?:second|first|latter|former|lower|upper|top|bottom|back|front|other)\s+$", before, re.I) or re.match(r"^-", after):
            continue
        start = s - len(approx_m.group(0)) if approx_m else s
        hedge = approx_m.group(0).strip().lower() if approx_m else None
        ps, pe = _sentence_bounds(text, s)
        of = re.match(r"^\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?", after)
        quantity = _quantity(text, e + (of.end() if of else 0), pe)
        figures.append({
            "surface": text[start:e], "value": round(value, 2), "low": None, "high": None, "unit": "percent",
            "quantity": ("share of " + quantity) if quantity else "share", "approx": bool(approx_m), "speaker": None,
            "start": start, "end": e, "derivation": None, "hedge": hedge,
        })


def _coordinated_approx(text: str, figures: list[dict]) -> None:
    """"Around 300 killed and 2,700 wounded": the hedge carries to the bare number after "and"."""
    ordered = sorted(figures, key=lambda f: f["start"])
    for prev, cur in zip(ordered, ordered[1:]):
        if cur["approx"] or not prev["approx"] or prev["unit"] != cur["unit"]:
            continue
        if (prev.get("hedge") or "") not in SYMMETRIC:
            continue
        between = text[prev["end"]:cur["start"]]
        if re.search(r"\band\s+$", between) and not re.search(r"[.;:!?]", between) and len(between.split()) <= 10:
            cur["approx"] = True


def _derived(text: str, figures: list[dict]) -> None:
    """"about half of the 1,250 square kilometers" → a derived ~625 km² with its arithmetic."""
    for f in list(figures):
        if f["unit"] != "percent" or f["value"] is None or f["derivation"]:
            continue
        gap = re.match(r"^\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|a\s+total\s+of\s+)?", text[f["end"]:f["end"] + 30])
        if not gap:
            continue
        base_start = f["end"] + gap.end()
        base = next((b for b in figures if b["start"] == base_start and b["derivation"] is None
                     and b["unit"] != "percent" and b["value"] is not None), None)
        if base is None:
            continue
        value = round(base["value"] * f["value"] / 100, 6)
        f["quantity"] = "share of " + (base["quantity"] or base["surface"])
        approx = f["approx"] or base["approx"]
        sym = UNIT_SYMBOL[base["unit"]]
        derivation = (f"{f['surface']} ({_fmt(f['value'])}%) × {_fmt(base['value'])}{sym} = "
                      f"{'~' if approx else ''}{_fmt(value)}{sym}")
        figures.append({
            "surface": text[f["start"]:base["end"]], "value": value, "low": None, "high": None,
            "unit": base["unit"], "quantity": base["quantity"] or base["surface"], "approx": approx, "speaker": None,
            "start": f["start"], "end": base["end"], "derivation": derivation, "hedge": f.get("hedge"),
        })


def public(fig: dict) -> dict:
    """The figure as the API returns it (internal keys dropped)."""
    return {k: fig[k] for k in ("surface", "value", "low", "high", "unit", "quantity", "approx", "speaker",
                                "start", "end", "derivation")}
