"""The `unseen7` split: 25 more PolitiFact justifications from LIAR2 test.csv (rule in liar2_select.py).

Annotated blind: from the text alone, by the conventions in ../README.md (and the choices of
unseen.py, factdev.py, unseen2.py, unseen3.py, unseen4.py, unseen5.py and unseen6.py), by someone
who wrote no extraction rule, never ran the extractor and saw no other annotation of these texts,
and committed before the extractor was run on any of them. Organisations named as speakers (a
campaign, an advocacy group, an agency, a foundation, a company, "Deepwater") are
`official_statement` when indirect and `direct_quote` when quoted whole; "X's book" speaks for X
("Trump’s 2000 book stated, "…"" is Trump's `direct_quote`, as unseen5's "X's tweet"); generic
groups ("Experts", "economists", "prominent commentators", "doctors and hospitals", "Catholic
relief workers and a past Homeland Security commissioner", "some experts" with "some" dropped as
unseen6 dropped "Several") are `paraphrase` without a hedge; unnamed people and outlets are
"Unnamed <noun>" with the hedge "unnamed source" ("Social media posts" "Unnamed social media
users", "other websites" "Unnamed websites" — `official_statement`, websites being outlets as
unseen5's news sites —, "The headline and story" of a story shared in those posts "Unnamed
author"). Choices:
- "X said the "<quote>"" (t01), "X said in Texas, "<quote>"" (t25) and "X said Rauner "<quote>""
  (t24) have words of the speaker's sentence outside the quote marks: `paraphrase` (or
  `official_statement` for an organisation) with the quote, as unseen4–6's "X said that, "…"".
  "X said(,) "<whole quote>"" is `direct_quote` (t05, t09, t10, t11, t12, t13, t21; "said simply: "…"" in t06), as are "X published
  a post titled, "<whole headline>"" (cue "published a post titled") and "In his book, Rubio wrote,
  "…"".
- Multi-sentence quotes: Cassidy's two quoted sentences (t24) are two claims — the first, about
  Rauner's bills, `paraphrase` (it opens inside "said Rauner "…"), the second ("Except under our
  constitution, a bill has to be read on 3 different days …") a `direct_quote` with cue "said" (as
  unseen5's Fournier; PolitiFact checks it on its own). Rauner's "declaring that …" inside her quote
  is not a separate claim (as unseen6's Harris inside the posts' quote). Prager's question plus "But
  it would've been inconceivable." (t12) and Trump's book's two sentences (t13, the second a detail
  of the same proposal) are one claim each.
- Two speech acts with two contents in one sentence are two claims: "Jones said … $100 to $150" /
  "citing a Department of Health estimate" (t03); "by saying the Republicans "chose to focus their
  efforts" on …" / "he implied … that this was their intent" (t20); "Deepwater -- which Lynch
  himself cites as a credible source when it comes to the "6 jobs" number -- is also promising …"
  (t15; the relative clause is Lynch's claim, the sentence Deepwater's). "Weatherford defended his
  key role … by pointing to …" (t23) is one (one content).
- Speech acts whose content is stated or clear are claims, following unseen6's generous list:
  "Gallego accurately recapped key elements of the Secure Our Borders First Act" (t02, content: the
  bill's elements just quoted), "Clinton has made this  over and over again" (t10, as unseen4's
  "reiterated that stance"), "other websites offered posts with similar headlines" (t04), "Clinton
  and her staff have painted a picture of …" (t10), "calls by prominent commentators for banning …"
  (t12, a noun reporting speech), "Limbaugh viewed that estimate with suspicion" (t18, as unseen5's
  "It doubted the company’s job estimates"), "Maher is referencing a university report" / "Moise
  points to a report" (t16, t22, as "cited"), "She called her paper a thought experiment" (t19),
  "An independent FBI investigation has found that to be ." (t10, `official_statement`, as
  unseen6's "Public health researchers have found"), "his statement could lead a reader to conclude
  that …" (t05) and "The headline and story use words like … to give the impression that …" (t19)
  speak for the statement's owner (as unseen6's "gives the impression"). "Social media posts  that
  Omarova … is demanding …" (t19) has its verb cut out by LIAR2: still the posts' claim, with cue
  null (no cue word is left in the text).
- Not claims: a number, figure or calculation as subject ("both figures assume businesses are
  applying 100% of the loans toward payroll", t01; "The number subtracts graduation rates from 100
  percent and concludes that the rest are dropouts", t22) — PolitiFact's account of how a figure
  was computed, not a speaker's statement (a report, study, book, ad or post can speak; a number
  cannot); "The figure is based on a calculation from an anti-regulatory group" and "Moise's  is
  based on …" (as unseen6); "the headline’s implication"; "Opinions … likely divide over Isaac’s
  definition of a fetus as a child" (PolitiFact's inference); "jokes about the disease by White
  House officials" (no assertion); "Comey testified before … on July 7" (no content; the content
  follows in its own "Comey said" sentence); "Saying Medicaid expansion will "drastically" enhance
  the deficit is unproven" and "To suggest that …" (generic gerund/infinitive, no speaker);
  "only "a very small number" of her emails" (a quoted phrase with no speaker and no speech verb,
  as unseen5's "VEDP had "grave concerns""); "backed by Hurd", "a group that supports increasing
  the minimum wage" (positions, as unseen6's "backed"); "border security measures called for in the
  legislation" (a bill's provisions, not speech); negations ("didn't question", "he has offered no
  support", "no experts we consulted could find reports", "No one has shown", "She did not demand",
  "didn’t list", "Limbaugh did not return our requests", "which the ad doesn’t mention", "Moise
  didn’t explain"); PolitiFact's "according to the best information we could find" (its own voice).
- "are expected to add nearly as much or more to the debt" (t11) is an agentless projection:
  `reported` with the publication date and the hedge "expected" (as unseen5's "That's estimated …"
  with "estimated"). "expected House action on two other spending acts reportedly put off" and
  "committee members are reportedly introduced" are `reported` (hedge "reportedly"); the t07 span
  is the whole sentence (as heldout's "… reportedly saved 200 more"), the t25 span drops "For
  starters," and keeps both halves of the sentence joined by ";". "a request for contract services
  from early 2014 that projected that …" (t18, a document with no named author), "nonpartisan
  research showing …" (t23), "The report concluded that …" (t16, a university report never named),
  "Studies show …" / "those same studies show …" (t06) are `reported` with the publication date.
  "the $10,200 average the PPP data shows" (t01) names its source (`official_statement`, speaker
  "PPP", as unseen6's "District data shows").
- Spans: the sentence, with leading "But"/"Yet"/"In fact, however,"/"For starters," and a leading
  footnote "*" left out, framing adverbials kept ("In talking about …,", "To make a point about …,",
  "As for receiving public assistance,", "During a January 2021 conference,", "After we published
  this fact check," as unseen5); cut to the attributed clause when the rest is PolitiFact's comment
  (t05 before "when, in fact, …", t13 before ", this has not been his position for years", t22
  before "which provides some interesting data", t23's Kaiser clause without "There’s no doubting
  …", t24's "As Wheeler notes, …" clause without the following "and Madigan and Cullerton used …");
  a paraphrase ending ", he said." keeps the whole sentence (as unseen's "…, he says").
- Cues: the verb with its adjuncts after it ("said in San Antonio", "told the voters guide", "told
  us in an email on April 11", "told us the day after the April 5 filing deadline", "said on May
  31", "said simply") and adverbs right before it ("accurately recapped", "himself cites", "now
  tells us", "is also promising"); a comma-set insertion between speaker or verb and content is left
  out (", meanwhile," in t16: cue "said"; ", with a heavy dose of hyperbole," in t20: cue
  "implied"); a verb that needs its object keeps it ("viewed that estimate with suspicion", "have
  painted a picture of", "offered posts with similar headlines", "published a post titled", as
  unseen6's "placed the rate at"); a noun reporting speech is cue with its noun ("calls",
  "request for contract services from early 2014 that projected", "research showing", as unseen3's
  "flag code that says").
- said_at: "the day after the April 5 filing deadline" resolves to 2012-04-06 and "April 11" to
  2012-04-11 (a note added after publication; the year is the publication's); Comey's two
  statements in the Editor's note get 2016-07-07, the date of the testimony the note's previous
  sentence places them in; "said on May 31" 2016-05-31; "January 2021 conference", "early 2014",
  "Trump’s 2000 book", "now tells us" give no day: null; the UPDATE's "After we published this fact
  check, the Gallego campaign pointed out" is null (as unseen5).
- Roles: "Sen." (Johnson), "Sens." (Dean and Detert), "Cranston Mayor" (Allan Fung), "Republican
  Leader" (Radogno), the appositions of Fontenay, Sheedy, Omarova, Altmire.
- Hedges: "up to" before "90 days" is kept although days are no figure (as unseen6's "more than"
  before acres); "estimate" for "citing a Department of Health estimate"; "probably" is an
  epistemic word; "only 10 days" carries no hedge ("only", like unseen6's "just").
- Figures: "once every five years", "spread out over five years", "Spread over five years", "over
  an eight-year period", "for another 28 years", "over 10 years" and "over the course of a year" (1)
  are durations in years (an interval or period, as unseen6's "over the next five years"; "eight-
  year period" is a length of time, unlike unseen5's "four-year college"), while "for years", "many
  years", "for decades" give no number; "$100 to $150" is a USD range; "as little as $30" is approx
  (as unseen6's "as much as"); "A little more than two-thirds" is percent 66.7, approx;
  "one-third of the year" is percent 33.3 (a share, as "about one-third"); "about half" percent 50;
  "29" (ages of fast food workers) is `years`; "absolutely zero classified information" is no
  figure (a mass noun, "zero" as "no"); miles (200, 192), days (90, 10, 3, five calendar days) and
  months ("more than six months") are outside models.UNITS; "HB 2", "SB 6", "SB 2047", "(c)" are
  names; "the fourth", "a fifth year" are ordinals; "2007-2008", "2010-2011", "1980s", "2016
  spending measures" are dates; "the six PolitiFact ratings" is a count (as the earlier sets).
"""
from helper import build_liar2


def build(name, claims, figures):
    build_liar2(name, claims, figures, split='unseen7')


build('t01-liar2-18063', [
 dict(span='Sen. Johnson said the "PPP on average probably provided a grant of around $11,000 per employee."',
      quote='PPP on average probably provided a grant of around $11,000 per employee.',
      speaker='Johnson', role='Sen.', attribution='paraphrase', cue='said', hedges=['probably', 'around']),
 dict(span='the $10,200 average the PPP data shows',
      speaker='PPP', attribution='official_statement', cue='data shows'),
], [
 dict(surface='around $11,000', value=11000, unit='USD', quantity='average PPP grant per employee (as said)', approx=True),
 dict(surface='$10,200', value=10200, unit='USD', quantity='average PPP grant per employee (PPP data)'),
 dict(surface='100%', value=100, unit='percent', quantity='share of the loans assumed to go toward payroll'),
])

build('t02-liar2-11769', [
 dict(span='Gallego said Hurd "cosponsored a bill that would militarize our border and allow 200 miles of new roads to be built in the Big Bend region -- cutting up our beloved park."',
      quote='cosponsored a bill that would militarize our border and allow 200 miles of new roads to be built in the Big Bend region -- cutting up our beloved park.',
      speaker='Gallego', attribution='paraphrase', cue='said'),
 dict(span='Gallego accurately recapped key elements of the Secure Our Borders First Act backed by Hurd and other Texas Republicans in the House.',
      speaker='Gallego', attribution='paraphrase', cue='accurately recapped'),
 dict(span=('After we published this fact check, the Gallego campaign pointed out', 'called for in the legislation.'),
      speaker='Gallego campaign', attribution='official_statement', cue='pointed out'),
], [
 dict(surface='six', after='more on the six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('t03-liar2-2964', [
 dict(span=('In talking about making changes to a law requiring septic tank inspections', 'unnecessary for many people.'),
      speaker='Dean and Detert', role='Sens.', attribution='paraphrase', cue='argued'),
 dict(span="Jones countered that the cost of the inspection alone isn't that great, especially when spread out over five years.",
      speaker='Jones', attribution='paraphrase', cue='countered'),
 dict(span='Jones said an inspection would cost $100 to $150',
      speaker='Jones', attribution='paraphrase', cue='said'),
 dict(span='citing a Department of Health estimate.',
      speaker='Jones', attribution='paraphrase', cue='citing', hedges=['estimate']),
 dict(span='Experts we talked to said the price of an inspection could cost up to $500 and depends on a number of variables.',
      speaker='Experts', attribution='paraphrase', cue='said', hedges=['up to']),
], [
 dict(surface='five years', value=5, unit='years', quantity='interval between required septic tank inspections'),
 dict(surface='five years', after='spread out over', value=5, unit='years', quantity='period the inspection cost is spread over (as said)'),
 dict(surface='$100 to $150', value=None, low=100, high=150, unit='USD', quantity='cost of a septic inspection (as said)'),
 dict(surface='five years', after='Spread over', value=5, unit='years', quantity='period the inspection cost is spread over'),
 dict(surface='as little as $30', value=30, unit='USD', quantity='yearly cost of the inspection spread over five years', approx=True),
 dict(surface='up to $500', value=500, unit='USD', quantity='price of an inspection (experts)', approx=True),
])

build('t04-liar2-12814', [
 dict(span='Before Leaving, Obama Enacts Rules to Take $3,000 From EVERY American', quote='SPAN',
      speaker='Conservative Tribune', attribution='direct_quote', cue='published a post titled'),
 dict(span='other websites offered posts with similar headlines.',
      speaker='Unnamed websites', attribution='official_statement', cue='offered posts with similar headlines',
      hedges=['unnamed source']),
], [
 dict(surface='$3,000', value=3000, unit='USD', quantity='what Obama’s rules take from every American (headline)'),
 dict(surface='eight-year', value=8, unit='years', quantity='period over which the costs were imposed under Obama'),
 dict(surface='$3,000', after='charged a', value=3000, unit='USD', quantity='fee Americans will not be charged'),
 dict(surface='about three-quarters', value=75, unit='percent', quantity='share of the cost figure balanced out by the estimated benefits', approx=True),
])

build('t05-liar2-9042', [
 dict(span='Our budget funds 100 percent of the local police and fire pension and other retiree benefit costs.', quote='SPAN',
      speaker='Allan Fung', role='Cranston Mayor', attribution='direct_quote', cue='said'),
 dict(span="his statement could lead a reader to conclude that 100 percent of the city’s $231 million debt for the old plans is covered by this year's budget",
      speaker='Allan Fung', attribution='paraphrase', cue='could lead a reader to conclude'),
], [
 dict(surface='100 percent', value=100, unit='percent', quantity='share of pension and retiree benefit costs the budget funds (as said)'),
 dict(surface='100 percent', after='conclude that', value=100, unit='percent', quantity='share of the old plans’ debt a reader could think covered'),
 dict(surface='$231 million', value=231e6, unit='USD', quantity='city debt for the old police and fire pension plans'),
 dict(surface='28 years', value=28, unit='years', quantity='time until the plan retires the debt'),
])

build('t06-liar2-5354', [
 dict(span='Studies show increased ethanol production has driven up the price of corn and other food commodities, such as soybeans, meat, poultry and dairy products.',
      attribution='reported', cue='Studies show', said_at='2012-04-06'),
 dict(span='those same studies show that other factors, particularly energy prices, have an even bigger impact on the cost of food than ethanol production.',
      attribution='reported', cue='those same studies show', said_at='2012-04-06'),
 dict(span="The Tennessee Secretary of State's office now tells us that James Durkan did not file for U.S. Senate and is not a candidate.",
      speaker="Tennessee Secretary of State's office", attribution='official_statement', cue='now tells us'),
 dict(span=('Durkan told us the day after the April 5 filing deadline', "Secretary of State's list of candidates for the office."),
      speaker='James Durkan', attribution='paraphrase', cue='told us the day after the April 5 filing deadline', said_at='2012-04-06'),
 dict(span='Durkan said he could not remember exactly when he filed his paperwork, but thought it was sometime in 2010.',
      speaker='James Durkan', attribution='paraphrase', cue='said'),
 dict(span=('Blake Fontenay, a spokesman', 'before the filing deadline.'),
      speaker='Blake Fontenay', role="spokesman for the Secretary of State's office", attribution='paraphrase',
      cue='told us in an email on\xa0April 11', said_at='2012-04-11', hedges=['up to']),
 dict(span='Fontenay said Durkan missed the deadline to pick up a petition and file.',
      speaker='Blake Fontenay', attribution='paraphrase', cue='said'),
 dict(span='We have no comment, sir.', quote='SPAN',
      speaker='James Durkan', attribution='direct_quote', cue='said simply'),
], [])

build('t07-liar2-10703', [
 dict(span=('Doggett said in San Antonio that House votes on up to six', 'federal building gift shops.'),
      speaker='Doggett', attribution='paraphrase', cue='said in San Antonio', hedges=['up to']),
 dict(span=('During floor debate, a stand-off', 'reportedly put off.'),
      attribution='reported', cue='reportedly', said_at='2015-09-03', hedges=['reportedly']),
], [
 dict(surface='up to six', value=6, unit='count', quantity='federal department budget bills delayed (as said)', approx=True),
 dict(surface='six', after='had yet to vote on', value=6, unit='count', quantity='2016 spending measures the House had yet to vote on'),
 dict(surface='two', after='House action on', value=2, unit='count', quantity='other spending acts reportedly put off'),
 dict(surface='six', after='inaction on the', value=6, unit='count', quantity='spending measures'),
 dict(surface='six', after='more on the six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('t08-liar2-13080', [
 dict(span=('Kolkhorst said her proposed Texas Privacy Act', 'the Texas Privacy Act does not."'),
      quote='is very different from … in that theirs covers a whole list of things that the Texas Privacy Act does not.',
      speaker='Kolkhorst', attribution='paraphrase', cue='said'),
], [
 dict(surface='six', after='more on the six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('t09-liar2-7002', [
 dict(span='In other jurisdictions where this has been enacted, we have seen that fewer people enter into marriage.', quote='SPAN',
      speaker='Sheedy', role='of the Florida Conference of Catholic Bishops', attribution='direct_quote', cue='said'),
], [])

build('t10-liar2-11951', [
 dict(span='I never received nor sent any material that was marked classified.', quote='SPAN',
      speaker='Clinton', attribution='direct_quote', cue='said'),
 dict(span='Clinton has made this  over and over again.',
      speaker='Clinton', attribution='paraphrase', cue='has made this  over and over again'),
 dict(span='An independent FBI investigation has found that to be .',
      speaker='FBI', attribution='official_statement', cue='has found'),
 dict(span=('over the course of a year, Clinton and her staff have painted a picture', 'case closed.'),
      speaker='Clinton and her staff', attribution='paraphrase', cue='have painted a picture of'),
 dict(span='Comey said he believes three emails on Clinton\'s server contained information labeled classified at the time they were sent.',
      speaker='Comey', attribution='paraphrase', cue='said', said_at='2016-07-07'),
 dict(span=('Without the clear classification header', 'classified information, he said.'),
      speaker='Comey', attribution='paraphrase', cue='he said', said_at='2016-07-07'),
], [
 dict(surface='two', after='of her emails, ', value=2, unit='count', quantity='Clinton emails marked classified when first sent'),
 dict(surface='110', value=110, unit='count', quantity='emails classified but unmarked'),
 dict(surface='30,000', value=30000, unit='count', quantity='emails Clinton turned over'),
 dict(surface='a year', after='over the course of', value=1, unit='years', quantity='period over which Clinton and her staff painted their picture'),
 dict(surface='three', after='he believes three', value=3, unit='count', quantity='emails containing information labeled classified when sent (Comey)'),
 dict(surface='three', after='realize these three', value=3, unit='count', quantity='emails containing classified information'),
])

build('t11-liar2-22591', [
 dict(span='The largest contributor to the debt ceiling, or to our deficit, has been the Trump tax cuts.', quote='SPAN',
      speaker='Ocasio-Cortez', attribution='direct_quote', cue='said'),
 dict(span='three other bills are expected to add nearly as much or more to the debt',
      attribution='reported', cue='are expected to', said_at='2023-01-27', hedges=['expected']),
], [
 dict(surface='A little more than two-thirds', value=200 / 3, unit='percent', quantity='share of today’s debt on the books before Trump’s inauguration', approx=True),
 dict(surface='three', after='But three', value=3, unit='count', quantity='other bills expected to add as much or more to the debt'),
])

build('t12-liar2-20539', [
 dict(span=('During the AIDS crisis, can you imagine', "But it would've been inconceivable."), quote='SPAN',
      speaker='Prager', attribution='direct_quote', cue='said'),
 dict(span='calls by prominent commentators for banning HIV-positive people from certain jobs or even tattooing them',
      speaker='prominent commentators', attribution='paraphrase', cue='calls'),
], [])

build('t13-liar2-23011', [
 dict(span='Donald Trump himself wrote a book where he was talking about the need to increase the age of eligibility for Social Security to 70.', quote='SPAN',
      speaker='DeSantis', attribution='direct_quote', cue='said'),
 dict(span=('We can also raise the age for receipt', 'currently retired or about to retire.'), quote='SPAN',
      speaker='Trump', attribution='direct_quote', cue='stated'),
 dict(span='in his book, Trump did propose raising the age for full Social Security benefits to 70',
      speaker='Trump', attribution='paraphrase', cue='did propose'),
], [
 dict(surface='70', value=70, unit='years', quantity='age of eligibility for Social Security Trump wrote about (as said)'),
 dict(surface='seventy', value=70, unit='years', quantity='age for full Social Security benefits (Trump’s book)'),
 dict(surface='70', after='full Social Security benefits to', value=70, unit='years', quantity='age for full Social Security benefits Trump proposed'),
])

build('t14-liar2-14337', [
 dict(span='Isaac told the voters guide that\xa0abortion is "the leading cause of death for black Americans and kills as many as 1,000 black children every day."',
      quote='the leading cause of death for black Americans and kills as many as 1,000 black children every day.',
      speaker='Isaac', attribution='paraphrase', cue='told the voters guide', hedges=['as many as']),
 dict(span=('heart disease was the leading cause of death', 'Centers for Disease Control and Prevention.'),
      speaker='Centers for Disease Control and Prevention', attribution='official_statement',
      cue='according to the Centers for Disease Control and Prevention'),
 dict(span=('PolitiFact Democratic guest columnist', 'cannot be solved by facts or statistics.'),
      speaker='Jason Altmire', role='PolitiFact Democratic guest columnist former U.S. Rep.', attribution='paraphrase', cue='says'),
], [
 dict(surface='as many as 1,000', value=1000, unit='count', quantity='black children killed by abortion every day (as said)', approx=True),
 dict(surface='about 711', value=711, unit='count', quantity='U.S. abortions a day by black women in 2014', approx=True),
 dict(surface='six', after='more on the six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('t15-liar2-2255', [
 dict(span=('Deepwater -- which Lynch himself cites', 'short-term construction jobs.'),
      speaker='Deepwater', attribution='official_statement', cue='is also promising', hedges=['at least']),
 dict(span='which Lynch himself cites as a credible source when it comes to the "6 jobs" number',
      quote='6 jobs', speaker='Lynch', attribution='paraphrase', cue='himself cites'),
 dict(span='Deepwater is predicting at least 600 jobs associated with building those turbines at Quonset Point and many more indirect jobs.',
      speaker='Deepwater', attribution='official_statement', cue='is predicting', hedges=['at least']),
 dict(span='the wind farm will -- as some experts have predicted -- actually cost the state jobs by driving up the cost of electricity',
      speaker='experts', attribution='paraphrase', cue='have predicted'),
], [
 dict(surface='6', value=6, unit='count', quantity='jobs the project creates (Lynch’s number)'),
 dict(surface='at least 35', value=35, unit='count', quantity='short-term construction jobs Deepwater promises', approx=True),
 dict(surface='100', after='larger project of', value=100, unit='count', quantity='wind turbines of the larger project'),
 dict(surface='at least 600', value=600, unit='count', quantity='jobs building the turbines (Deepwater)', approx=True),
])

build('t16-liar2-8013', [
 dict(span=('To make a point about the need to increase the minimum wage, Maher pointed to', 'some form of public assistance.'),
      speaker='Maher', attribution='paraphrase', cue='pointed to'),
 dict(span='which economists say is a more accurate measure than the mean age',
      speaker='economists', attribution='paraphrase', cue='say'),
 dict(span='As for receiving public assistance, Maher is referencing a university report funded by a group that supports increasing the minimum wage.',
      speaker='Maher', attribution='paraphrase', cue='is referencing'),
 dict(span='The report concluded that 52 percent of the families of fast-food workers are receiving some type of public assistance.',
      attribution='reported', cue='The report concluded', said_at='2013-10-25'),
 dict(span=('Experts, meanwhile, said that', 'what constitutes public assistance.'),
      speaker='Experts', attribution='paraphrase', cue='said'),
], [
 dict(surface='29', value=29, unit='years', quantity='average age of fast food workers (as said)'),
 dict(surface='29', after='the mean age, is', value=29, unit='years', quantity='median age of fast food workers'),
 dict(surface='52 percent', value=52, unit='percent', quantity='families of fast-food workers receiving public assistance (report)'),
])

build('t17-liar2-9838', [
 dict(span='If people work and make more money, they lose more in benefits than they would earn in salary.', quote='SPAN',
      speaker='Rubio', attribution='direct_quote', cue='wrote'),
], [])

build('t18-liar2-9013', [
 dict(span='Limbaugh said the Obama administration planned the rapid influx of children attempting to get into the country.',
      speaker='Limbaugh', attribution='paraphrase', cue='said'),
 dict(span='a request for contract services from early 2014 that projected that about 65,000 children would need to be moved to temporary shelters.',
      attribution='reported', cue='request for contract services from early 2014 that projected', said_at='2014-06-24', hedges=['about']),
 dict(span='Limbaugh viewed that estimate with suspicion.',
      speaker='Limbaugh', attribution='paraphrase', cue='viewed that estimate with suspicion'),
 dict(span='Catholic relief workers and a past Homeland Security commissioner said all the data pointed to a continued increase into 2014.',
      speaker='Catholic relief workers and a past Homeland Security commissioner', attribution='paraphrase', cue='said'),
], [
 dict(surface='about 65,000', value=65000, unit='count', quantity='children projected to need temporary shelters', approx=True),
])

build('t19-liar2-20578', [
 dict(span='Social media posts  that Omarova, a Biden administration nominee for comptroller of the currency, is demanding that private bank accounts be eliminated.',
      speaker='Unnamed social media users', attribution='paraphrase', cue=None, hedges=['unnamed source']),
 dict(span=('During a January 2021 conference, Omarova said', 'private banks did not.'),
      speaker='Omarova', role='Biden administration nominee for comptroller of the currency', attribution='paraphrase', cue='said'),
 dict(span='She called her paper a thought experiment.',
      speaker='Omarova', attribution='paraphrase', cue='called'),
 dict(span=('The headline and story use words like', 'as comptroller of the currency.'),
      quote='demand … vowed', speaker='Unnamed author', attribution='paraphrase', cue='give the impression',
      hedges=['unnamed source']),
], [])

build('t20-liar2-4796', [
 dict(span='Cicilline said the Right-to-Carry bill would expand rights of "sex offenders, terrorists, child predators, and abusers to carry concealed weapons across state lines."',
      quote='sex offenders, terrorists, child predators, and abusers to carry concealed weapons across state lines.',
      speaker='Cicilline', attribution='paraphrase', cue='said'),
 dict(span='saying the Republicans "chose to focus their efforts" on expanding the gun rights of "sex offenders, terrorists, child predators, and abusers',
      quote='chose to focus their efforts … sex offenders, terrorists, child predators, and abusers',
      speaker='Cicilline', attribution='paraphrase', cue='saying'),
 dict(span='he implied, with a heavy dose of hyperbole, that this was their intent.',
      speaker='Cicilline', attribution='paraphrase', cue='implied'),
], [
 dict(surface='three', after='In three', value=3, unit='count', quantity='categories where the statement held in narrow exceptions'),
 dict(surface='400,000', value=400000, unit='count', quantity='people on the government’s watchlist'),
])

build('t21-liar2-7594', [
 dict(span='The FL Guard has defended our freedom in Afghanistan, Iraq, and put their lives at risk; now the fed govt is going to cut their pay 20%.', quote='SPAN',
      speaker='Scott', attribution='direct_quote', cue='said'),
], [
 dict(surface='20%', value=20, unit='percent', quantity='pay cut for the Florida Guard (as said)'),
 dict(surface='about 8 percent', value=8, unit='percent', quantity='share of the Florida National Guard affected by furloughs', approx=True),
 dict(surface='about half', value=50, unit='percent', quantity='share of the full-time force affected by furloughs', approx=True),
 dict(surface='20 percent', value=20, unit='percent', quantity='pay cut of furloughed guard members'),
 dict(surface='one-third', value=100 / 3, unit='percent', quantity='share of the year the pay cut lasts'),
 dict(surface='966', value=966, unit='count', quantity='guard members being furloughed'),
 dict(surface='about 40 percent', value=40, unit='percent', quantity='furloughed guard members who have been deployed', approx=True),
])

build('t22-liar2-5525', [
 dict(span='Moise said that his district has a "staggering high school dropout rate of almost 61 percent."',
      quote='staggering high school dropout rate of almost 61 percent.', speaker='Moise', attribution='paraphrase',
      cue='said', hedges=['almost']),
 dict(span='Moise points to a report about graduation rates from the Schott Foundation',
      speaker='Moise', attribution='paraphrase', cue='points to'),
], [
 dict(surface='almost 61 percent', value=61, unit='percent', quantity='dropout rate in Moise’s district (as said)', approx=True),
 dict(surface='100 percent', value=100, unit='percent', quantity='base the graduation rates are subtracted from'),
])

build('t23-liar2-7343', [
 dict(span=('Weatherford defended his key role', 'national deficit and debt.'),
      speaker='Weatherford', attribution='paraphrase', cue='defended'),
 dict(span='Expanding Medicaid would require borrowing more money, drastically expanding our deficit', quote='SPAN',
      speaker='Weatherford', attribution='direct_quote', cue='Weatherford said'),
 dict(span='the government slating about $900 billion over 10 years for each state to expand the program, according to the Kaiser Family Foundation.',
      speaker='Kaiser Family Foundation', attribution='official_statement', cue='according to the Kaiser Family Foundation',
      hedges=['about']),
 dict(span='nonpartisan research showing the cost of expanding Medicaid coverage is offset by other parts of the health care law.',
      attribution='reported', cue='research showing', said_at='2013-05-09'),
], [
 dict(surface='about $900 billion', value=900e9, unit='USD', quantity='federal money slated for Medicaid expansion', approx=True),
 dict(surface='10 years', value=10, unit='years', quantity='period of the Medicaid expansion money'),
])

build('t24-liar2-12151', [
 dict(span=('Cassidy said Rauner "theatrically introduced', 'pass this compromise.'),
      quote='theatrically introduced new bills with stopgap budget language, declaring that we could stay until midnight and pass this compromise.',
      speaker='Cassidy', attribution='paraphrase', cue='said'),
 dict(span="Except under our constitution, a bill has to be read on 3 different days, so that's not possible.", quote='SPAN',
      speaker='Cassidy', attribution='direct_quote', cue='said'),
 dict(span='As Wheeler notes, the use of "shell" or "vehicle" bills is a common practice in Springfield',
      speaker='Wheeler', attribution='paraphrase', cue='notes'),
 dict(span='Where there’s a will there’s a way.', quote='SPAN',
      speaker='Radogno', role='Republican Leader', attribution='direct_quote', cue='said on May 31', said_at='2016-05-31'),
], [])

build('t25-liar2-8878', [
 dict(span=('Texas Right to Life said in Texas, "a faceless hospital panel', 'even if the patient is conscious."'),
      quote='a faceless hospital panel can deny life-sustaining care, giving you only 10 days to find another facility for your mother, dad, or young child, even if the patient is conscious.',
      speaker='Texas Right to Life', attribution='official_statement', cue='said'),
 dict(span='doctors and hospitals insist the law has been carried out in ways not acknowledged here.',
      speaker='doctors and hospitals', attribution='paraphrase', cue='insist'),
 dict(span='the rarely convened review panels aren’t faceless; committee members are reportedly introduced at the reviews.',
      attribution='reported', cue='reportedly', said_at='2014-05-14', hedges=['reportedly']),
], [
 dict(surface='six', after='more on the six', value=6, unit='count', quantity='PolitiFact ratings'),
])
