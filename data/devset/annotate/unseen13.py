"""The `unseen13` split: 20 more PolitiFact justifications from LIAR2 test.csv (rule in liar2_select.py:
the justifications of 600 to 799 characters, which the earlier splits never took, skip 0, count 20).

Annotated blind: from the text alone, by the conventions in ../README.md (and the choices of
unseen.py, factdev.py, unseen2.py … unseen12.py), by someone who wrote no extraction rule, never ran
the extractor and saw no other annotation of these texts, and committed before the extractor was run
on any of them (43 attributed claims, 54 figures). These texts are shorter than the earlier sets'
(most are the end of a justification, some begin mid-quote); they are annotated by exactly the same
conventions. Organisations named as speakers ("the Times", "The Washington Post", "NBC News",
"Reuters" / "the news outlet", "the Associated Press", "the Kinder Institute report", "Christie’s
re-election campaign" behind "A new TV ad for Christie’s re-election campaign") are
`official_statement` when indirect and `direct_quote` when quoted whole; "X's ad" / "X's article"
speak for X (`paraphrase` when X is a person: Conway, Corsi), and the man speaking in Conway's ad
speaks for Conway (as unseen4's people shown in "The Republicans' ad"); generic groups ("Experts")
are `paraphrase`; unnamed people are "Unnamed <noun>" with the hedge "unnamed source" ("A tweet"
"Unnamed Twitter user", as unseen8; "A Facebook post", "the Facebook post" and "A Facebook video"
"Unnamed Facebook user"; "a March 24 post" / "The caption" / "it" "Unnamed poster" (the text calls it
only a post); "a spokeswoman for the governor’s office" "Unnamed spokeswoman"). Choices the README
and the earlier specs did not already settle:
- n12: "She said in an email that he should have referred to "…" and that the online posts have been
  corrected." — "She" is never named in the excerpt: speaker null, no "unnamed source" hedge (as
  unseen9's r10), `paraphrase` with the quote; one speech verb with two that-clauses is one claim
  (as unseen11's Kennedy).
- Multi-sentence quotes whose sentences make separately checkable assertions are one claim per
  sentence (the README's rule, as unseen11's One New Jersey ad): the Facebook post's three sentences
  (n11: Bloomberg's $12 million, Toomey's 1.5-point margin, the counterfactual about Kavanaugh), all
  `direct_quote` with cue "said" — although PolitiFact comments on the first and then on "the rest"
  together (least certain: two claims would follow PolitiFact's own division); Christie's ad's four
  sentences (n18: budgets, job growth, 130,000 jobs, merit pay and education funding — the last one
  sentence, so one claim), all cue "claims in part".
- n04: the post's claim is "that the state "announced the end of youth hunting," as the Facebook post
  says, or that the governor "said that no kid under 18 …"" — both that-clauses depend on the one
  "as the Facebook post says" (PolitiFact's "We further didn’t find [evidence]" negates the finding,
  not the saying), so one claim from "the state" to the end of the second quote, with both quoted
  pieces; the governor's words are only relayed by the post (nested, no claim of his). "The bill also
  says …" (a bill whose sponsor the excerpt never names) is `reported`, cue "The bill also says",
  publication date (as unseen11's "a line stating …"); "…," according the proposed legislation"
  (sic, no "to") is `reported` with said_at null (as "according to <data>"), span without the
  leading "However,".
- Implied content of a statement is a claim of its owner when stated (as "gives the impression"):
  n08 "the general impression Conway's ad gives -- and in particular the line where the man says, "…"
  -- is that what Paul wants to do is slap seniors with a $2,000 deductible" (the ad's line is its
  own `direct_quote`; the impression claim, without "We think that" and without PolitiFact's ", even
  though his plan is much more comprehensive", has cue "impression Conway's ad gives", a noun
  reporting speech with its verb, as unseen7's "request … that projected"); n18 "The merit pay
  [claim] comes across as being available statewide" (cue "comes across as", the ad's owner);
  n05 "the full statement implies causation" (cue "implies", as unseen9's "implying that …"; span cut
  before PolitiFact's ", which is unproved"; least certain of these three).
- Noun phrases with a citing verb are claims (as unseen9's "the study they cite", unseen11's "the
  article Abbott referenced"): n01 "the $50,000 cited by Varney" (cue "cited", the verb alone as for
  passives, although it sits in PolitiFact's comparison), n06 "the patents that Corsi identified"
  (cue "identified", as "cited").
- n09: "the Kinder Institute report lists Houston as the most diverse out of …" is the institute's
  claim (a characterisation "lists … as", as unseen11's "rate … as"; cue "report lists", as "data
  show"; the leading "While" left out), but "other metro area rankings, such as the US2010 Project,
  place it high but not at the very top" and "Rankings that compare only cities rank Houston lower"
  give only a rank (as unseen10's "They did generally rank …"): no claims. "Experts acknowledge …"
  keeps its whole sentence (the "which makes it difficult …" clause may be theirs).
- n13: "A 2015 study found that …" (a study never named) is `reported` with said_at null — the text
  gives its year, not a day, and it is not the article's voice (as unseen5's "A 2004 news article
  said"), cue "A 2015 study found".
- n14: "…, NBC News reported ." and "…, Reuters reported." keep the whole sentence with the post-posed
  cue and speaker ("NBC News reported", "Reuters reported", as "advocates said"); the quoted name
  ""Satan 2,"" is no quote of NBC's; "Russian priests "…," the news outlet said." is Reuters'
  `official_statement` with the quote (words outside the quote marks), cue "the news outlet said".
  ""Satan" was a NATO nickname …" (before the cue's sentence) is PolitiFact's voice.
- n17: the post's three statements are three claims (two speech verbs, "says shows" and "The caption
  says", plus the relative "which it says" from "which"), all said_at 2022-03-24 from "a March 24
  post" (the publication's year; the caption and "it" are the same post); "contrasting that with the
  mine" has no content of its own. The caption claim's span ends at "square feet" (without the
  trailing comma inside the quote).
- n20: "Similar [false] claims about sealing the [evidence] also were posted on social media by Jack
  Posobiec and U.S. Rep. Marjorie Taylor Greene , R-Ga." is a claim (topic given, as unseen9's "did
  talk about …"), the two posters one speaker "Jack Posobiec and Marjorie Taylor Greene" (as
  unseen11's "The coalition and the growers’ exchange"), role "U.S. Rep., R-Ga. (Greene)", cue "also
  were posted on social media" (a passive keeps its verb group and adjunct, not the "by" agent). The
  judges' agreement inside the AP quote is nested, no claim of its own.
- Not claims: n01 "This seems to come directly from an article in the Daily Mail" (provenance, as
  "The number comes from …") and "None of the health care experts we reached … found any merit"
  (negation); n03 "The LeadHERship statement also ignores some significant context" (an omission, as
  "The Ohio GOP also ignores"); n10 "Bachmann’s assessment of "over 50 percent" misstates …" (a
  re-mention by a possessive speech noun inside PolitiFact's "Our sense is that", as unseen12's
  "Rauner’s claims about …" and unseen10's "Kettle’s [claim] -- that …", although the excerpt states
  the claim nowhere else — its figure is still annotated) and "We did not hear back from Bachmann";
  n08 "the ad is somewhat [misleading] when it reduces them to …" (PolitiFact's verdict); n14 "We’ve
  previously debunked claims that "Satan 2" is …" (a claim noun whose speaker the excerpt never
  names, with no reporting verb of its own, as unseen10's "The bigger charge -- that …"); n16
  "Sanfelippo misstated the [statistic] he was trying to repeat" (no content); n15 "That’s not
  "most."" (PolitiFact's); n02's opening stray quote mark (no words); the rating boilerplate ("The
  statement contains an element of …").
- Figures: the Providence shooting totals (n03) are one count per year (the years are dates), "the
  subsequent two years of Taveras' tenure" a `years` duration of 2; "half this [claim] … the other
  half" (n05) is no figure (half of a statement, not a share of a counted quantity, as unseen8's "the
  lower half of the … photo"); "four others" (n18, other school districts) is a count (a number with
  a counted pronoun noun, unlike the demonstrative "those two"); "all but two Wisconsin cities" is a
  count of 2; "The best job growth in 12 years" is `years` 12 (a period, as unseen11's "an 11-year
  low"); "the next 10 years", "a 10-year cumulative total", "the next two years", "the last two
  years" are `years` durations, "a single-year snapshot" gives no figure (as unseen12's
  "single-year"); "younger than 21" and "under 18" are `years`, approx, with the hedges "younger
  than" / "under" on the claims that hold them (as unseen8's "older than 55"); "1.5 points" is
  percent 1.5 (as unseen5's "3 points"); "a 50-48 vote" two counts (as "93-6"); "100% organic
  material" is percent 100 (as unseen7's "100% of the loans"); "around 500 to 1000 square feet",
  "thousands of square miles", "billions of gallons", "10 feet" are outside models.UNITS (the hedge
  "around" is kept on the caption claim, as unseen7's "up to" before days); "thousands of "jobs …"",
  "tens of millions of dollars" give no number; "one caveat", "one of Tesla's lithium supply mines",
  "one of the inventors", "one singular conclusion" are determiner or pronoun "one"; "the $50,000 cited
  by Varney" is not approx ("considerably less than" bounds the other figure, not this one); "Satan
  2", "RS-28", "RS-36M", "COVID-19", "US2010 Project", "Nov. 4, 10:40 a.m." are names, dates and
  times; the ratings line "the six PolitiFact ratings" is a count (as the earlier sets).
"""
from helper import build_liar2


def build(name, claims, figures):
    build_liar2(name, claims, figures, split='unseen13')


UNN = ['unnamed source']

build('n01-liar2-9897', [
 dict(span='Varney said that it will cost taxpayers $50,000 per enrollee in Obamacare over the next 10 years.',
      speaker='Varney', attribution='paraphrase', cue='said'),
 dict(span='the $50,000 cited by Varney',
      speaker='Varney', attribution='paraphrase', cue='cited'),
], [
 dict(surface='$50,000', value=50000, unit='USD', quantity='cost to taxpayers per Obamacare enrollee (as said)'),
 dict(surface='10 years', value=10, unit='years', quantity='period over which the cost is counted (as said)'),
 dict(surface='10-year', value=10, unit='years', quantity='period of the cumulative total in the math'),
 dict(surface='$50,000', after='less than the', value=50000, unit='USD', quantity='per-enrollee cost cited by Varney'),
])

build('n02-liar2-22211', [
 dict(span=('The metaverse, the Times said', 'shift of the pandemic. "'),
      quote='a variety of virtual experiences, environmental and assets that gained momentum during the online-everything shift of the pandemic.',
      speaker='Times', attribution='official_statement', cue='the Times said in a separate explainer'),
 dict(span=('The Washington Post, meanwhile, noted', 'a new digital world."'),
      quote='distance itself from a social-media business embroiled in crisis and rebrand itself as a forward-looking creator of a new digital world.',
      speaker='Washington Post', attribution='official_statement', cue='noted'),
], [])

build('n03-liar2-9307', [], [
 dict(surface='108', value=108, unit='count', quantity='shootings in Providence at their 2011 peak'),
 dict(surface='two years', value=2, unit='years', quantity='subsequent years of Taveras’ tenure in which shootings declined'),
 dict(surface='105', value=105, unit='count', quantity='shootings in 2012'),
 dict(surface='100', after='105 in 2012 and', value=100, unit='count', quantity='shootings in 2013'),
 dict(surface='47', value=47, unit='count', quantity='shootings in 2006'),
 dict(surface='58', value=58, unit='count', quantity='shootings in 2007'),
 dict(surface='77', value=77, unit='count', quantity='shootings in 2008'),
 dict(surface='86', value=86, unit='count', quantity='shootings in 2009'),
 dict(surface='90', after='and 90', value=90, unit='count', quantity='shootings in 2010, Cicilline’s final year'),
 dict(surface='108', after='jumping sharply to', value=108, unit='count', quantity='shootings in Taveras’ first year'),
])

build('n04-liar2-16813', [
 dict(span=('a spokeswoman for the governor’s office told the Associated Press', 'affected by this bill. "'),
      quote='a responsible hunter —\xa0regardless of age —\xa0would not be affected by this bill.',
      speaker='Unnamed spokeswoman', role='spokeswoman for the governor’s office', attribution='paraphrase',
      cue='told the Associated Press', hedges=UNN),
 dict(span=('The bill also says', 'anywhere in the Commonwealth."'),
      quote='knowingly and intentionally possess or transport a handgun or assault firearm anywhere in the Commonwealth.',
      attribution='reported', cue='The bill also says', said_at='2019-11-08', hedges=['younger than']),
 dict(span=('that wouldn’t apply to "any person', 'according the proposed legislation.'),
      quote='any person actually engaged in lawful hunting or going to and from a hunting or preserve',
      attribution='reported', cue='according the proposed legislation'),
 dict(span=('the state "announced the end of youth hunting,"', 'allowed to shoot a gun."'),
      quote='announced the end of youth hunting … said that no kid under 18 will be allowed to shoot a gun.',
      speaker='Unnamed Facebook user', attribution='paraphrase', cue='says', hedges=['under', 'unnamed source']),
], [
 dict(surface='younger than 21', value=21, unit='years', quantity='age under which possessing a handgun would be unlawful (bill)', approx=True),
 dict(surface='under 18', value=18, unit='years', quantity='age of kids who would not be allowed to shoot a gun (as said)', approx=True),
])

build('n05-liar2-10705', [
 dict(span='After Texas defunded Planned Parenthood, both the Unintended Pregnancy & Abortion Rates Dropped.', quote='SPAN',
      speaker='Abbott', attribution='direct_quote', cue='said'),
 dict(span='the full statement implies causation',
      speaker='Abbott', attribution='paraphrase', cue='implies'),
], [
 dict(surface='six', after='on the six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('n06-liar2-17641', [
 dict(span='Corsi’s article claims that Fauci’s name appears on four patents for a protein that was used to create the novel coronavirus.',
      speaker='Corsi', attribution='paraphrase', cue='claims'),
 dict(span='the patents that Corsi identified',
      speaker='Corsi', attribution='paraphrase', cue='identified'),
], [
 dict(surface='four', value=4, unit='count', quantity='patents bearing Fauci’s name for the protein (as said)'),
 dict(surface='Three', value=3, unit='count', quantity='patents Corsi identified that are active and owned by HHS'),
])

build('n07-liar2-18798', [
 dict(span='A tweet said that there was scamming taking place at a Pennsylvania poll.',
      speaker='Unnamed Twitter user', attribution='paraphrase', cue='said', hedges=UNN),
], [])

build('n08-liar2-2400', [
 dict(span='Rand Paul wants us to pay $2,000 just to get Medicare?', quote='SPAN',
      speaker='Conway', attribution='direct_quote', cue='says'),
 dict(span=("the general impression Conway's ad gives", 'slap seniors with a $2,000 deductible'),
      speaker='Conway', attribution='paraphrase', cue="impression Conway's ad gives"),
 dict(span='Paul has advocated for a $2,000 deductible in multiple settings',
      speaker='Rand Paul', attribution='paraphrase', cue='has advocated for'),
], [
 dict(surface='$2,000', value=2000, unit='USD', quantity='what Paul wants people to pay to get Medicare (ad, as said)'),
 dict(surface='$2,000', after='slap seniors with a', value=2000, unit='USD', quantity='deductible the ad’s impression ascribes to Paul'),
 dict(surface='$2,000', after='a simple', value=2000, unit='USD', quantity='deductible the ad reduces Paul’s ideas to'),
 dict(surface='$2,000', after='advocated for a', value=2000, unit='USD', quantity='deductible Paul has advocated'),
])

build('n09-liar2-12414', [
 dict(span='Turner tweeted that Houston is the most diverse city in the country.',
      speaker='Turner', attribution='paraphrase', cue='tweeted'),
 dict(span='the Kinder Institute report lists Houston as the most diverse out of the country’s biggest metropolitan areas',
      speaker='Kinder Institute', attribution='official_statement', cue='report lists'),
 dict(span='Experts acknowledge diversity can be calculated in a multitude of ways, which makes it difficult to come to one singular conclusion.',
      speaker='Experts', attribution='paraphrase', cue='acknowledge'),
], [
 dict(surface='six', after='on the six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('n10-liar2-4408', [], [
 dict(surface='44 percent', value=44, unit='percent', quantity='increase in budgeted general-revenue expenditures without adjustments'),
 dict(surface='6 percent', value=6, unit='percent', quantity='decrease in those expenditures adjusted for inflation and population growth'),
 dict(surface='over 50 percent', value=50, unit='percent', quantity='increase in Texas spending under Perry (Bachmann’s assessment)', approx=True),
])

build('n11-liar2-17170', [
 dict(span='Fact: Mike Bloomberg spent $12 million to re-elect a Senate Republican (Toomey) in 2016.', quote='SPAN',
      speaker='Unnamed Facebook user', attribution='direct_quote', cue='said', hedges=UNN),
 dict(span='Toomey beat a Dem (McGinty) by 1.5 points.', quote='SPAN',
      speaker='Unnamed Facebook user', attribution='direct_quote', cue='said', hedges=UNN),
 dict(span='If McGinty had won, Ds would have controlled the Senate after Doug Jones won and could have blocked Kavanaugh from the Supreme Court.', quote='SPAN',
      speaker='Unnamed Facebook user', attribution='direct_quote', cue='said', hedges=UNN),
], [
 dict(surface='$12 million', value=12e6, unit='USD', quantity='what Bloomberg spent to re-elect Toomey in 2016 (as said)'),
 dict(surface='1.5 points', value=1.5, unit='percent', quantity='Toomey’s margin over McGinty (as said)'),
 dict(surface='50', after='a 50-48', value=50, unit='count', quantity='Senate votes to confirm Kavanaugh'),
 dict(surface='48', after='50-48', value=48, unit='count', quantity='Senate votes against confirming Kavanaugh'),
])

build('n12-liar2-4459', [
 dict(span=('She said in an email that he should have referred to', 'online posts have been corrected.'),
      quote='$4 billion in public and private investment, or simply in investment',
      speaker=None, attribution='paraphrase', cue='said in an email'),
 dict(span='Adams spoke of thousands of "jobs created by that $4 billion in private investment" along the current line.',
      quote='jobs created by that $4 billion in private investment',
      speaker='Adams', attribution='paraphrase', cue='spoke of'),
], [
 dict(surface='$4 billion', value=4e9, unit='USD', quantity='public and private investment he should have referred to'),
 dict(surface='$4 billion', after='created by that', value=4e9, unit='USD', quantity='private investment along the streetcar (as said)'),
])

build('n13-liar2-14729', [
 dict(span='Valdez said that after Texas cut family planning spending $73 million, one in four clinics closed their doors.',
      speaker='Valdez', attribution='paraphrase', cue='said'),
 dict(span=('A 2015 study found that after Republicans', 'one in four family-planning clinics closed.'),
      attribution='reported', cue='A 2015 study found'),
], [
 dict(surface='$73 million', value=73e6, unit='USD', quantity='Texas cut in family planning spending (as said)'),
 dict(surface='one in four', value=25, unit='percent', quantity='clinics that closed after the cut (as said)'),
 dict(surface='one in four', after='A 2015 study', value=25, unit='percent', quantity='family-planning clinics that closed after the cut (2015 study)'),
 dict(surface='six', after='on the six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('n14-liar2-21430', [
 dict(span=('"Satan 2," is an RS-28', 'NBC News reported .'),
      speaker='NBC News', attribution='official_statement', cue='NBC News reported'),
 dict(span='Under Russian President Vladimir Putin, the Russian Orthodox Church has developed closer ties with the country’s defense ministry, Reuters reported.',
      speaker='Reuters', attribution='official_statement', cue='Reuters reported'),
 dict(span=('Russian priests "have long appeared', 'the news outlet said.'),
      quote='have long appeared in images sprinkling holy water on submarines, ballistic missiles, Soyuz space rockets and other pieces of hardware as part of rituals to bless them',
      speaker='Reuters', attribution='official_statement', cue='the news outlet said'),
], [])

build('n15-liar2-5780', [
 dict(span='Dewhurst says Cruz has raised most of his money from donors in Washington and out of state.',
      speaker='Dewhurst', attribution='paraphrase', cue='says'),
], [
 dict(surface='less than 10 percent', value=10, unit='percent', quantity='share of Cruz’s itemized contributions from Washington givers', approx=True),
 dict(surface='less than 40 percent', value=40, unit='percent', quantity='share of Cruz’s itemized contributions from outside Texas', approx=True),
])

build('n16-liar2-17110', [
 dict(span=('Arguing for a series of tough-on-crime bills', 'between 2008 and 2017."'),
      quote='increased in all but two Wisconsin cities between 2008 and 2017.',
      speaker='Sanfelippo', attribution='paraphrase', cue='said in a statewide radio address'),
], [
 dict(surface='two', after='all but', value=2, unit='count', quantity='Wisconsin cities where violent crime did not increase (as said)'),
 dict(surface='more than 100', value=100, unit='count', quantity='Wisconsin municipalities where the crime rate did not rise', approx=True),
 dict(surface='more than half', value=50, unit='percent', quantity='share of the communities in the FBI data where crime did not rise', approx=True),
])

build('n17-liar2-21389', [
 dict(span=('a photo it says shows', 'entire mountains are eliminated."'),
      quote="one of Tesla's lithium supply mines where entire mountains are eliminated.",
      speaker='Unnamed poster', attribution='paraphrase', cue='says', said_at='2022-03-24', hedges=UNN),
 dict(span=('The caption says the oil well', '500 to 1000 square feet'),
      quote='100% organic material is pumped out of the ground, taking up around 500 to 1000 square feet',
      speaker='Unnamed poster', attribution='paraphrase', cue='says', said_at='2022-03-24',
      hedges=['around', 'unnamed source']),
 dict(span=('which it says "came at a cost', 'oil and fuel."'),
      quote='came at a cost of entire mountains, thousands of square miles of land and billions of gallons of oil and fuel.',
      speaker='Unnamed poster', attribution='paraphrase', cue='says', said_at='2022-03-24', hedges=UNN),
], [
 dict(surface='two', after='includes two', value=2, unit='count', quantity='images in the post'),
 dict(surface='100%', value=100, unit='percent', quantity='organic share of the material pumped out at the oil well (as said)'),
])

build('n18-liar2-7328', [
 dict(span='Four balanced budgets in a row, with no new taxes for anyone.', quote='SPAN',
      speaker='Christie’s re-election campaign', attribution='direct_quote', cue='claims in part'),
 dict(span='The best job growth in 12 years.', quote='SPAN',
      speaker='Christie’s re-election campaign', attribution='direct_quote', cue='claims in part'),
 dict(span='Nearly 130,000 new private-sector jobs.', quote='SPAN',
      speaker='Christie’s re-election campaign', attribution='direct_quote', cue='claims in part', hedges=['nearly']),
 dict(span='Merit pay to reward New Jersey’s best teachers, and the most education funding ever.', quote='SPAN',
      speaker='Christie’s re-election campaign', attribution='direct_quote', cue='claims in part'),
 dict(span='The merit pay  comes across as being available statewide',
      speaker='Christie’s re-election campaign', attribution='official_statement', cue='comes across as'),
], [
 dict(surface='Four', value=4, unit='count', quantity='balanced budgets in a row (ad)'),
 dict(surface='12 years', value=12, unit='years', quantity='period over which job growth was the best (ad)'),
 dict(surface='Nearly 130,000', value=130000, unit='count', quantity='new private-sector jobs (ad)', approx=True),
 dict(surface='588', value=588, unit='count', quantity='school districts in New Jersey'),
 dict(surface='four', after='588 school districts', value=4, unit='count', quantity='other districts that could offer merit pay eventually'),
])

build('n19-liar2-10689', [
 dict(span=('Pojman said the state of Texas', 'for the next two years."'),
      quote='is funding … women’s health services at historically high levels; they just increased their level another $50 million for the next two years.',
      speaker='Pojman', attribution='paraphrase', cue='said'),
], [
 dict(surface='$50 million', value=50e6, unit='USD', quantity='increase in women’s health funding (as said)'),
 dict(surface='two years', value=2, unit='years', quantity='period of the $50 million increase (as said)'),
 dict(surface='$50 million', after='including the', value=50e6, unit='USD', quantity='bump lawmakers appropriated for women’s health services'),
 dict(surface='six', after='on the six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('n20-liar2-20727', [
 dict(span=('Troves of additional materials', 'should be released publicly'), quote='SPAN',
      speaker='Associated Press', attribution='direct_quote', cue='the Associated Press reported'),
 dict(span=('Similar  claims about sealing the', 'R-Ga.'),
      speaker='Jack Posobiec and Marjorie Taylor Greene', role='U.S. Rep., R-Ga. (Greene)', attribution='paraphrase',
      cue='also were posted on social media'),
 dict(span=('A Facebook video says', 'sex traffic children."'),
      quote='all the  and proof of who helped Ghislaine Maxwell sex traffic children.',
      speaker='Unnamed Facebook user', attribution='paraphrase', cue='says', hedges=UNN),
], [
 dict(surface='two years', value=2, unit='years', quantity='period in which the additional materials were unsealed (AP)'),
])
