"""A SECOND, independent reading of the `unseen7` split (25 PolitiFact justifications from LIAR2 test.csv).

Written by a second annotator who saw neither the first annotation of these texts (unseen7.py and
annotations/t*-liar2-*.json) nor the extractor (its code, its output on any text, its git history).
Annotated blind, from the texts alone, by the conventions in ../README.md and the choices recorded
in unseen.py, factdev.py, unseen2.py … unseen6.py. The JSON goes to ../second_reading/ (helper's
build_liar2(..., second=True)); it is scored against the first annotation to show how far two
readers agree. Choices the README and the earlier specs did not already settle:

Claims
- "X said the "<quote>"" (t01: "the" outside the quote) and "X said in Texas, "<quote>"" (t25) have a
  word of the writer's outside the quote marks, so they are "X said <clause with a quoted part>":
  `paraphrase` (person) / `official_statement` (organisation) with the quote, span the sentence.
  "X said(,) "<whole quote>"" stays `direct_quote` (Fung, Clinton, Ocasio-Cortez, Prager, DeSantis,
  Scott, Sheedy, Rubio "wrote").
- "published a post titled, "<headline>"" (Conservative Tribune) is a `direct_quote` of the headline
  (an organisation quoted whole), cue "published a post titled"; "other websites offered posts with
  similar headlines" is a claim whose content is given by reference (as unseen6's "The ad even cites
  sources"), speaker "Unnamed websites", `paraphrase`, hedge "unnamed source".
- "the $10,200 average the PPP data shows": PPP is a programme, not an institution, so this is
  `reported` with the publication date (as "The data show"), cue "the PPP data shows".
- "Jones said an inspection would cost $100 to $150, citing a Department of Health estimate" is two
  claims (the "citing" clause on its own, as unseen5's "cited" and unseen6's "cites sources").
  "Sens. Dean and Detert didn't question … but argued that …" is one claim, span the whole sentence
  (its leading "In talking about …" framing kept), speaker "Dean and Detert", role "Sens.".
- Re-mentions with a speech verb whose content was just stated are claims (as unseen4's "Trump
  reiterated that stance"): "Clinton has made this  over and over again" (cue "has made").
  "An independent FBI investigation has found that to be ." is the FBI's `official_statement` (as
  unseen6's "Transcripts … show that this is wholly ."). "Clinton and her staff have painted a
  picture of …" is a paraphrase (cue "have painted a picture of").
- Editor's note of t10: "Comey testified … on July 7. Comey said he believes …" — said_at 2016-07-07
  for Comey's "said" and "he said" (the testimony is dated in the sentence before); the sentence
  between them ("This information was not properly marked …") has no reporting verb and is left out.
- t06 footnote: "told us the day after the April 5 filing deadline" resolves to 2012-04-06; "told us
  in an email on April 11" to 2012-04-11 although that is after the row's date (the footnote was
  added later; the text dates it). "up to 90 days" keeps the hedge "up to" though days are no figure
  (as unseen6's "more than" before acres). "Durkan said simply: "We have no comment, sir."" is a
  `direct_quote` (cue "said simply").
- Projections without a speaker are `reported` with the publication date: "three other bills are
  expected to add nearly as much or more to the debt" (cue "are expected to"; "expected" is not
  taken as a hedge word), "a request for contract services from early 2014 that projected that about
  65,000 children …" (cue "projected", as unseen6's amendment that "advocated"), "nonpartisan
  research showing …" (cue "research showing"), "The report concluded …" (a university report the
  text does not name), "reportedly put off", "are reportedly introduced" (hedge "reportedly").
- Noun phrases and stances that report speech are claims: "calls by prominent commentators for
  banning HIV-positive people …" (speaker "prominent commentators", cue "calls"); "jokes about the
  disease by White House officials" is not (no content stated). "Limbaugh viewed that estimate with
  suspicion" is a claim (as unseen5's "doubted"; cue "viewed … with suspicion" written "viewed").
  "Maher pointed to …", "Moise points to a report …", "Maher is referencing a university report …"
  (as unseen6's "pointed to", unseen5's "refers to"), "Weatherford defended his key role … by pointing
  to …" (cue "defended"), "Deepwater … is also promising …", "Deepwater is predicting …", "which Lynch
  himself cites as a credible source when it comes to the "6 jobs" number" (cue "himself cites", quote
  "6 jobs"), "as some experts have predicted", "doctors and hospitals insist …", "She called her paper
  a thought experiment" are claims.
- "his statement could lead a reader to conclude that …" speaks for Fung (as "gives the
  impression"); "The headline and story use words like "demand," and "vowed," to give the impression
  that …" is one claim of the posts' owner ("Unnamed social media users", quote "demand … vowed", cue
  "to give the impression"). "Social media posts  that …" has lost its verb to LIAR2's cut: cue null.
- Cicilline's "by saying the Republicans "chose …" on … "sex offenders, …,"" and "he implied … that
  this was their intent" are two claims (two speech verbs, two contents).
- Multi-sentence quotes kept as one claim: Trump's 2000 book (the second sentence only details the
  proposal), Cassidy's two sentences (the second, "Except …", completes the first's argument); a
  statement nested in a quote ("declaring that we could stay until midnight …", Rauner inside
  Cassidy's quote) is the outer speaker's, not a claim of its own (as unseen4's World Net Daily).
- A group mixing a generic group and an unnamed person ("Catholic relief workers and a past Homeland
  Security commissioner") keeps the phrase as speaker, `paraphrase`, hedge "unnamed source".
- Not claims: "Gallego accurately recapped key elements of …" (no content stated), "measures called
  for in the legislation" (a bill's provisions), "The figure is based on a calculation from an
  anti-regulatory group" / "the number is drawn from …" (as unseen6's "is based on"), "the headline's
  implication" under a negation, "The number subtracts graduation rates from 100 percent and
  concludes …" (PolitiFact describing a method), "The agency didn't list …" (negated), "only "a very
  small number" of her emails" (a quoted phrase with no speech verb), "Saying Medicaid expansion will
  "drastically" enhance …" (generic re-mention), "backed by Hurd" (backing), RELATED headlines.
- Cues: "As Wheeler notes, …" is cue "notes", span with its "As Wheeler notes," (as unseen3's
  Wintemute); "As Republican Leader Radogno said on May 31, "…"" cue "said on May 31" (said_at
  2016-05-31); "Experts we talked to said" / "Experts, meanwhile, said" cue "said".

Figures
- "once every five years" and "spread (out) over five years" are durations (5 years); "an eight-year
  period" is 8 years; "over the course of a year" is 1 year; "for another 28 years", "over 10 years"
  durations.
- "as little as $30" is approx (as unseen6's "as much as"); "as many as 1,000" approx with the hedge
  "as many as"; "A little more than two-thirds" is percent 66.67, approx; "one-third of the year" is
  percent 33.33; "about half" percent 50.
- Ages "on average are 29", "is 29", "to 70", "to seventy" are `years`.
- Not figures: "absolutely zero classified information" (no counted unit), "200 miles"/"192 miles",
  "90 days", "10 days", "3 different days", "five calendar days", "more than six months" (units
  outside models.UNITS), "SB 2047", "HB 2", "SB 6", the sharethefacts URL, years and dates, "first
  phase", "the fourth", "a fifth year", "a single phrase". "the six measures" and "two other spending
  acts" are counts (a noun follows); "the six PolitiFact ratings" is a count (as the earlier sets).
"""
from helper import build_liar2


def build(name, claims, figures):
    build_liar2(name, claims, figures, split='unseen7', second=True)


build('t01-liar2-18063', [
 dict(span='Sen. Johnson said the "PPP on average probably provided a grant of around $11,000 per employee."',
      quote='PPP on average probably provided a grant of around $11,000 per employee.',
      speaker='Johnson', role='Sen.', attribution='paraphrase', cue='said', hedges=['probably', 'around']),
 dict(span='the $10,200 average the PPP data shows',
      attribution='reported', cue='the PPP data shows', said_at='2020-07-01'),
], [
 dict(surface='around $11,000', value=11000, unit='USD', quantity='average PPP grant per employee (as said)', approx=True),
 dict(surface='$10,200', value=10200, unit='USD', quantity='average PPP grant per employee (PPP data)'),
 dict(surface='100%', value=100, unit='percent', quantity='share of the loans applied toward payroll (assumed)'),
])

build('t02-liar2-11769', [
 dict(span='Gallego said Hurd "cosponsored a bill that would militarize our border and allow 200 miles of new roads to be built in the Big Bend region -- cutting up our beloved park."',
      quote='cosponsored a bill that would militarize our border and allow 200 miles of new roads to be built in the Big Bend region -- cutting up our beloved park.',
      speaker='Gallego', attribution='paraphrase', cue='said'),
 dict(span=('After we published this fact check, the Gallego campaign pointed out', 'called for in the legislation.'),
      speaker='Gallego campaign', attribution='official_statement', cue='pointed out'),
], [
 dict(surface='six', after='more on the six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('t03-liar2-2964', [
 dict(span=('In talking about making changes to a law', 'was unnecessary for many people.'),
      speaker='Dean and Detert', role='Sens.', attribution='paraphrase', cue='argued'),
 dict(span='Jones countered that the cost of the inspection alone isn\'t that great, especially when spread out over five years.',
      speaker='Jones', attribution='paraphrase', cue='countered'),
 dict(span='Jones said an inspection would cost $100 to $150',
      speaker='Jones', attribution='paraphrase', cue='said'),
 dict(span='citing a Department of Health estimate.',
      speaker='Jones', attribution='paraphrase', cue='citing'),
 dict(span='Experts we talked to said the price of an inspection could cost up to $500 and depends on a number of variables.',
      speaker='Experts', attribution='paraphrase', cue='said', hedges=['up to']),
], [
 dict(surface='five years', value=5, unit='years', quantity='interval between required septic inspections'),
 dict(surface='five years', after='spread out over', value=5, unit='years', quantity='period over which the inspection cost is spread (as said)'),
 dict(surface='$100 to $150', low=100, high=150, unit='USD', quantity='cost of an inspection (as said, Department of Health estimate)'),
 dict(surface='five years', after='Spread over', value=5, unit='years', quantity='period over which the inspection cost is spread'),
 dict(surface='as little as $30', value=30, unit='USD', quantity='yearly cost of the inspection spread over five years', approx=True),
 dict(surface='up to $500', value=500, unit='USD', quantity='price of an inspection (experts)', approx=True),
])

build('t04-liar2-12814', [
 dict(span='Before Leaving, Obama Enacts Rules to Take $3,000 From EVERY American', quote='SPAN',
      speaker='Conservative Tribune', attribution='direct_quote', cue='published a post titled'),
 dict(span='other websites offered posts with similar headlines',
      speaker='Unnamed websites', attribution='paraphrase', cue='offered', hedges=['unnamed source']),
], [
 dict(surface='$3,000', value=3000, unit='USD', quantity='taken from every American by Obama’s rules (as said in the headline)'),
 dict(surface='eight-year', value=8, unit='years', quantity='period over which the costs under Obama occurred'),
 dict(surface='$3,000', after='charged a', value=3000, unit='USD', quantity='fee Americans will not be charged'),
 dict(surface='about three-quarters', value=75, unit='percent', quantity='share of the cost figure balanced out by the estimated benefits', approx=True),
])

build('t05-liar2-9042', [
 dict(span='Our budget funds 100 percent of the local police and fire pension and other retiree benefit costs.', quote='SPAN',
      speaker='Allan Fung', role='Cranston Mayor', attribution='direct_quote', cue='said'),
 dict(span='his statement could lead a reader to conclude that 100 percent of the city’s $231 million debt for the old plans is covered by this year\'s budget',
      speaker='Allan Fung', attribution='paraphrase', cue='could lead a reader to conclude'),
], [
 dict(surface='100 percent', value=100, unit='percent', quantity='share of police and fire pension and retiree benefit costs funded by the budget (as said)'),
 dict(surface='100 percent', after='conclude that', value=100, unit='percent', quantity='share of the city’s old-plan debt a reader might think covered'),
 dict(surface='$231 million', value=231e6, unit='USD', quantity='city’s debt for the old pension plans'),
 dict(surface='28 years', value=28, unit='years', quantity='time the plan needs to retire the debt'),
])

build('t06-liar2-5354', [
 dict(span='Studies show increased ethanol production has driven up the price of corn and other food commodities, such as soybeans, meat, poultry and dairy products.',
      attribution='reported', cue='Studies show', said_at='2012-04-06'),
 dict(span='those same studies show that other factors, particularly energy prices, have an even bigger impact on the cost of food than ethanol production.',
      attribution='reported', cue='those same studies show', said_at='2012-04-06'),
 dict(span="The Tennessee Secretary of State's office now tells us that James Durkan did not file for U.S. Senate and is not a candidate.",
      speaker="Tennessee Secretary of State's office", attribution='official_statement', cue='now tells us'),
 dict(span="Durkan told us the day after the April 5 filing deadline that he had indeed filed and didn't understand why his name was not on the Secretary of State's list of candidates for the office.",
      speaker='James Durkan', attribution='paraphrase', cue='told us the day after the April 5 filing deadline', said_at='2012-04-06'),
 dict(span='Durkan said he could not remember exactly when he filed his paperwork, but thought it was sometime in 2010.',
      speaker='James Durkan', attribution='paraphrase', cue='said'),
 dict(span="Blake Fontenay, a spokesman for the Secretary of State's office, told us in an email on\xa0April 11 that candidates can start filing qualifying petitions up to 90 days before the filing deadline.",
      speaker='Blake Fontenay', role="spokesman for the Secretary of State's office", attribution='paraphrase',
      cue='told us in an email on\xa0April 11', said_at='2012-04-11', hedges=['up to']),
 dict(span='Fontenay said Durkan missed the deadline to pick up a petition and file.',
      speaker='Blake Fontenay', attribution='paraphrase', cue='said'),
 dict(span='We have no comment, sir.', quote='SPAN',
      speaker='James Durkan', attribution='direct_quote', cue='said simply'),
], [])

build('t07-liar2-10703', [
 dict(span='Doggett said in San Antonio that House votes on up to six federal department budget bills had been delayed because of opposition to amendments that would ban Confederate battle flag sales at federal building gift shops.',
      speaker='Doggett', attribution='paraphrase', cue='said in San Antonio', hedges=['up to']),
 dict(span='expected House action on two other spending acts reportedly put off.',
      attribution='reported', cue='reportedly', said_at='2015-09-03', hedges=['reportedly']),
], [
 dict(surface='up to six', value=6, unit='count', quantity='federal department budget bills delayed (as said)', approx=True),
 dict(surface='six', after='yet to vote on', value=6, unit='count', quantity='2016 spending measures the House had yet to vote on'),
 dict(surface='two', after='action on', value=2, unit='count', quantity='other spending acts reportedly put off'),
 dict(surface='six', after='inaction on the', value=6, unit='count', quantity='spending measures'),
 dict(surface='six', after='more on the six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('t08-liar2-13080', [
 dict(span='Kolkhorst said her proposed Texas Privacy Act "is very different from" North Carolina’s law "in that theirs covers a whole list of things that the Texas Privacy Act does not."',
      quote='is very different from … in that theirs covers a whole list of things that the Texas Privacy Act does not.',
      speaker='Kolkhorst', attribution='paraphrase', cue='said'),
], [
 dict(surface='six', after='more on the six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('t09-liar2-7002', [
 dict(span='In other jurisdictions where this has been enacted, we have seen that fewer people enter into marriage.', quote='SPAN',
      speaker='Sheedy', role='Florida Conference of Catholic Bishops', attribution='direct_quote', cue='said'),
], [])

build('t10-liar2-11951', [
 dict(span='I never received nor sent any material that was marked classified.', quote='SPAN',
      speaker='Clinton', attribution='direct_quote', cue='said'),
 dict(span='Clinton has made this  over and over again.',
      speaker='Clinton', attribution='paraphrase', cue='has made'),
 dict(span='An independent FBI investigation has found that to be .',
      speaker='FBI', attribution='official_statement', cue='has found'),
 dict(span='over the course of a year, Clinton and her staff have painted a picture of an email setup where absolutely zero classified information slipped through the cracks, case closed.',
      speaker='Clinton and her staff', attribution='paraphrase', cue='have painted a picture of'),
 dict(span="Comey said he believes three emails on Clinton's server contained information labeled classified at the time they were sent.",
      speaker='Comey', attribution='paraphrase', cue='said', said_at='2016-07-07'),
 dict(span="Without the clear classification header, it's reasonable to infer that Clinton did not realize these three emails contained classified information, he said.",
      speaker='Comey', attribution='paraphrase', cue='he said', said_at='2016-07-07'),
], [
 dict(surface='two', after='of her emails, ', value=2, unit='count', quantity='Clinton emails marked classified when first sent'),
 dict(surface='110', value=110, unit='count', quantity='emails classified but unmarked'),
 dict(surface='30,000', value=30000, unit='count', quantity='emails Clinton turned over'),
 dict(surface='a year', after='over the course of', value=1, unit='years', quantity='period over which Clinton and her staff painted the picture'),
 dict(surface='three', after='he believes', value=3, unit='count', quantity='emails containing information labeled classified when sent (Comey)'),
 dict(surface='three', after='did not realize these', value=3, unit='count', quantity='emails containing classified information'),
])

build('t11-liar2-22591', [
 dict(span='The largest contributor to the debt ceiling, or to our deficit, has been the Trump tax cuts.', quote='SPAN',
      speaker='Ocasio-Cortez', attribution='direct_quote', cue='said'),
 dict(span='three other bills are expected to add nearly as much or more to the debt',
      attribution='reported', cue='are expected to', said_at='2023-01-27'),
], [
 dict(surface='A little more than two-thirds', value=200 / 3, unit='percent', quantity='share of today’s debt on the books before Trump’s 2017 inauguration', approx=True),
 dict(surface='three', after='But three', value=3, unit='count', quantity='other bills expected to add nearly as much or more to the debt'),
])

build('t12-liar2-20539', [
 dict(span="During the AIDS crisis, can you imagine if gay men and intravenous drug users … had they been pariahs the way the non-vaccinated are? But it would've been inconceivable.", quote='SPAN',
      speaker='Prager', attribution='direct_quote', cue='said'),
 dict(span='calls by prominent commentators for banning HIV-positive people from certain jobs or even tattooing them',
      speaker='prominent commentators', attribution='paraphrase', cue='calls'),
], [])

build('t13-liar2-23011', [
 dict(span='Donald Trump himself wrote a book where he was talking about the need to increase the age of eligibility for Social Security to 70.', quote='SPAN',
      speaker='DeSantis', attribution='direct_quote', cue='said'),
 dict(span='We can also raise the age for receipt of full Social Security benefits to seventy. This proposal would not include anyone who is currently retired or about to retire.', quote='SPAN',
      speaker='Trump', attribution='direct_quote', cue='stated'),
 dict(span='in his book, Trump did propose raising the age for full Social Security benefits to 70',
      speaker='Trump', attribution='paraphrase', cue='did propose'),
], [
 dict(surface='70', value=70, unit='years', quantity='Social Security eligibility age Trump wanted (as said)'),
 dict(surface='seventy', value=70, unit='years', quantity='age for full Social Security benefits proposed in Trump’s 2000 book'),
 dict(surface='70', after='Trump did propose', value=70, unit='years', quantity='age for full Social Security benefits Trump proposed'),
])

build('t14-liar2-14337', [
 dict(span='Isaac told the voters guide that\xa0abortion is "the leading cause of death for black Americans and kills as many as 1,000 black children every day."',
      quote='the leading cause of death for black Americans and kills as many as 1,000 black children every day.',
      speaker='Isaac', attribution='paraphrase', cue='told the voters guide', hedges=['as many as']),
 dict(span='heart disease was the leading cause of death for black and other Americans in 2015, according to the Centers for Disease Control and Prevention.',
      speaker='Centers for Disease Control and Prevention', attribution='official_statement',
      cue='according to the Centers for Disease Control and Prevention'),
 dict(span='PolitiFact Democratic guest columnist former U.S. Rep. Jason Altmire says we should have realized that some disagreements go beyond politics and cannot be solved by facts or statistics.',
      speaker='Jason Altmire', role='PolitiFact Democratic guest columnist former U.S. Rep.', attribution='paraphrase', cue='says'),
], [
 dict(surface='as many as 1,000', value=1000, unit='count', quantity='black children killed by abortion every day (as said)', approx=True),
 dict(surface='about 711', value=711, unit='count', quantity='U.S. abortions a day by black women in 2014', approx=True),
 dict(surface='six', after='more on the six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('t15-liar2-2255', [
 dict(span='Deepwater -- which Lynch himself cites as a credible source when it comes to the "6 jobs" number -- is also promising at least 35 short-term construction jobs.',
      speaker='Deepwater', attribution='official_statement', cue='is also promising', hedges=['at least']),
 dict(span='which Lynch himself cites as a credible source when it comes to the "6 jobs" number', quote='6 jobs',
      speaker='Lynch', attribution='paraphrase', cue='himself cites'),
 dict(span='Deepwater is predicting at least 600 jobs associated with building those turbines at Quonset Point and many more indirect jobs.',
      speaker='Deepwater', attribution='official_statement', cue='is predicting', hedges=['at least']),
 dict(span='the wind farm will -- as some experts have predicted -- actually cost the state jobs by driving up the cost of electricity',
      speaker='experts', attribution='paraphrase', cue='have predicted'),
], [
 dict(surface='6', after='the "', value=6, unit='count', quantity='jobs Deepwater said it would create (as cited by Lynch)'),
 dict(surface='at least 35', value=35, unit='count', quantity='short-term construction jobs Deepwater promises', approx=True),
 dict(surface='100', value=100, unit='count', quantity='wind turbines in the larger project'),
 dict(surface='at least 600', value=600, unit='count', quantity='jobs Deepwater predicts from building the turbines', approx=True),
])

build('t16-liar2-8013', [
 dict(span='To make a point about the need to increase the minimum wage, Maher pointed to the plight of fast food workers, who, on average are 29 and receiving some form of public assistance.',
      speaker='Maher', attribution='paraphrase', cue='pointed to'),
 dict(span='The median age, which economists say is a more accurate measure than the mean age',
      speaker='economists', attribution='paraphrase', cue='say'),
 dict(span='As for receiving public assistance, Maher is referencing a university report funded by a group that supports increasing the minimum wage.',
      speaker='Maher', attribution='paraphrase', cue='is referencing'),
 dict(span='The report concluded that 52 percent of the families of fast-food workers are receiving some type of public assistance.',
      attribution='reported', cue='The report concluded', said_at='2013-10-25'),
 dict(span='Experts, meanwhile, said that while the methodology behind the report appears credible, there is some matter of opinion of what constitutes public assistance.',
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
      attribution='reported', cue='projected', said_at='2014-06-24', hedges=['about']),
 dict(span='Limbaugh viewed that estimate with suspicion.',
      speaker='Limbaugh', attribution='paraphrase', cue='viewed'),
 dict(span='Catholic relief workers and a past Homeland Security commissioner said all the data pointed to a continued increase into 2014.',
      speaker='Catholic relief workers and a past Homeland Security commissioner', attribution='paraphrase', cue='said',
      hedges=['unnamed source']),
], [
 dict(surface='about 65,000', value=65000, unit='count', quantity='children projected to need moving to temporary shelters', approx=True),
])

build('t19-liar2-20578', [
 dict(span='Social media posts  that Omarova, a Biden administration nominee for comptroller of the currency, is demanding that private bank accounts be eliminated.',
      speaker='Unnamed social media users', attribution='paraphrase', cue=None, hedges=['unnamed source']),
 dict(span='During a January 2021 conference, Omarova said that she wrote a paper exploring what would happen if the Federal Reserve system offered deposit accounts, and private banks did not.',
      speaker='Omarova', attribution='paraphrase', cue='said'),
 dict(span='She called her paper a thought experiment.',
      speaker='Omarova', attribution='paraphrase', cue='called'),
 dict(span='The headline and story use words like "demand," and "vowed," to give the impression that she said that she would eliminate private bank accounts in her position as comptroller of the currency.',
      quote='demand … vowed', speaker='Unnamed social media users', attribution='paraphrase',
      cue='to give the impression', hedges=['unnamed source']),
], [])

build('t20-liar2-4796', [
 dict(span='Cicilline said the Right-to-Carry bill would expand rights of "sex offenders, terrorists, child predators, and abusers to carry concealed weapons across state lines."',
      quote='sex offenders, terrorists, child predators, and abusers to carry concealed weapons across state lines.',
      speaker='Cicilline', attribution='paraphrase', cue='said'),
 dict(span='saying the Republicans "chose to focus their efforts" on expanding the gun rights of "sex offenders, terrorists, child predators, and abusers,"',
      quote='chose to focus their efforts … sex offenders, terrorists, child predators, and abusers',
      speaker='Cicilline', attribution='paraphrase', cue='saying'),
 dict(span='he implied, with a heavy dose of hyperbole, that this was their intent.',
      speaker='Cicilline', attribution='paraphrase', cue='implied'),
], [
 dict(surface='three', after='In three', value=3, unit='count', quantity='categories in which the statement held in narrow exceptions'),
 dict(surface='400,000', value=400000, unit='count', quantity='people on the government’s watchlist'),
])

build('t21-liar2-7594', [
 dict(span='The FL Guard has defended our freedom in Afghanistan, Iraq, and put their lives at risk; now the fed govt is going to cut their pay 20%.', quote='SPAN',
      speaker='Scott', attribution='direct_quote', cue='said'),
], [
 dict(surface='20%', value=20, unit='percent', quantity='pay cut for the Florida Guard (as said)'),
 dict(surface='about 8 percent', value=8, unit='percent', quantity='share of the Florida National Guard affected by furloughs', approx=True),
 dict(surface='about half', value=50, unit='percent', quantity='share of the full-time force affected by furloughs', approx=True),
 dict(surface='20 percent', value=20, unit='percent', quantity='pay cut'),
 dict(surface='one-third', value=100 / 3, unit='percent', quantity='share of the year the pay cut lasts'),
 dict(surface='966', value=966, unit='count', quantity='guard members being furloughed'),
 dict(surface='about 40 percent', value=40, unit='percent', quantity='furloughed guard members who have been deployed', approx=True),
])

build('t22-liar2-5525', [
 dict(span='Moise said that his district has a "staggering high school dropout rate of almost 61 percent."',
      quote='staggering high school dropout rate of almost 61 percent.',
      speaker='Moise', attribution='paraphrase', cue='said', hedges=['almost']),
 dict(span='Moise points to a report about graduation rates from the Schott Foundation which provides some interesting data.',
      speaker='Moise', attribution='paraphrase', cue='points to'),
], [
 dict(surface='almost 61 percent', value=61, unit='percent', quantity='high school dropout rate in Moise’s district (as said)', approx=True),
 dict(surface='100 percent', value=100, unit='percent', quantity='base from which graduation rates are subtracted'),
])

build('t23-liar2-7343', [
 dict(span='Weatherford defended his key role in blocking federal money to help insure more low-income Floridians by pointing to the effect of all that extra health care spending on the country’s national deficit and debt.',
      speaker='Weatherford', attribution='paraphrase', cue='defended'),
 dict(span='Expanding Medicaid would require borrowing more money, drastically expanding our deficit', quote='SPAN',
      speaker='Weatherford', attribution='direct_quote', cue='Weatherford said'),
 dict(span='the government slating about $900 billion over 10 years for each state to expand the program, according to the Kaiser Family Foundation.',
      speaker='Kaiser Family Foundation', attribution='official_statement', cue='according to the Kaiser Family Foundation',
      hedges=['about']),
 dict(span='nonpartisan research showing the cost of expanding Medicaid coverage is offset by other parts of the health care law.',
      attribution='reported', cue='research showing', said_at='2013-05-09'),
], [
 dict(surface='about $900 billion', value=900e9, unit='USD', quantity='federal money slated for states to expand Medicaid', approx=True),
 dict(surface='10 years', value=10, unit='years', quantity='period of the Medicaid expansion spending'),
])

build('t24-liar2-12151', [
 dict(span=('Cassidy said Rauner "theatrically introduced', 'so that\'s not possible."'),
      quote="theatrically introduced new bills with stopgap budget language, declaring that we could stay until midnight and pass this compromise. Except under our constitution, a bill has to be read on 3 different days, so that's not possible.",
      speaker='Cassidy', attribution='paraphrase', cue='said'),
 dict(span='As Wheeler notes, the use of "shell" or "vehicle" bills is a common practice in Springfield',
      speaker='Wheeler', attribution='paraphrase', cue='notes'),
 dict(span='Where there’s a will there’s a way.', quote='SPAN',
      speaker='Radogno', role='Republican Leader', attribution='direct_quote', cue='said on May 31', said_at='2016-05-31'),
], [])

build('t25-liar2-8878', [
 dict(span='Texas Right to Life said in Texas, "a faceless hospital panel can deny life-sustaining care, giving you only 10 days to find another facility for your mother, dad, or young child, even if the patient is conscious."',
      quote='a faceless hospital panel can deny life-sustaining care, giving you only 10 days to find another facility for your mother, dad, or young child, even if the patient is conscious.',
      speaker='Texas Right to Life', attribution='official_statement', cue='said'),
 dict(span='doctors and hospitals insist the law has been carried out in ways not acknowledged here.',
      speaker='doctors and hospitals', attribution='paraphrase', cue='insist'),
 dict(span='committee members are reportedly introduced at the reviews.',
      attribution='reported', cue='reportedly', said_at='2014-05-14', hedges=['reportedly']),
], [
 dict(surface='six', after='more on the six', value=6, unit='count', quantity='PolitiFact ratings'),
])
