"""The `unseen15` split: 30 more PolitiFact justifications from LIAR2 test.csv (rule in liar2_select.py:
the shorter justifications, 600 to 799 characters, skip 40, count 30).

Annotated blind: from the text alone, by the conventions in ../README.md (and the choices of
unseen.py, factdev.py, unseen2.py … unseen14.py), by someone who wrote no extraction rule, never ran
the extractor and saw no other annotation of these texts, and committed before the extractor was run
on any of them (68 attributed claims, 52 figures). These texts are short (most are the end of a
justification, two begin with a quote); they are annotated by exactly the same conventions.
Organisations named as speakers ("The National Republican Senatorial Committee", "Majority PAC",
"Protasiewicz’s campaign", "Chivukula’s campaign", "USA Today", "ExxonMobil", "State" behind "State
data show" — the state, a definite organisation the excerpt never names, as unseen5/unseen6's "The
state") are `official_statement` when indirect and `direct_quote` when quoted whole; "the ad" speaks
for its owner (Majority PAC's, Protasiewicz’s campaign's), "his statement" / "Obama's words" for
the person; generic groups ("Experts", "Republicans", "scientists" for "An overwhelming majority of
scientists", the quantifier dropped as unseen6/unseen7 dropped "Several"/"some") are `paraphrase`;
unnamed people are "Unnamed <noun>" with the hedge "unnamed source" ("A Facebook post" "Unnamed
Facebook user", "Claims on the internet" "Unnamed internet users", as unseen6's "Social media posts"
"Unnamed social media users"; "Two economic advisers" "Unnamed economic advisers"). Choices the
README and the earlier specs did not already settle:
- Poll and survey respondents who "said" something are unnamed people: l14's "Forty percent said
  they'd vote against" (the excerpt opens mid-paragraph, the poll is not named) is a `paraphrase` of
  "Unnamed poll respondents" (span without the comma of the comma splice), and l23's relative clause
  "who said they knew of someone who sold drugs in school" (the survey's subset of students) one of
  "Unnamed students" (from "who", as unseen10's "who said …"); least certain of the speakers. What
  poll respondents "favored" (l14's "70 percent favored the act", "52 percent of those voters favored
  the act") is a position, not speech (as "backed"/"supported"): no claims, but figures.
- Opening quotes: l26's opening fragment ("Rather, his role, among other things, is …") has speaker
  and cue null (the excerpt never names the speaker, as unseen2/unseen5/unseen6); l13's opening
  quoted question ""In 1969, who would have imagined … paying tribute to Ronald Reagan?"" is
  Brokaw's — the excerpt names him two sentences later as the one who "summarized this as paying
  tribute" (as unseen11's auditor and unseen14's mayor, named later) — a `direct_quote` with cue null
  (no cue word); least certain.
- Multi-sentence quotes: Chivukula's two quoted sentences (l04: "… he was not for guns." / "Now he
  has gone too far to the right, saying …") are two claims, both cue "said" (PolitiFact checks the
  2009 vote and "not for guns" separately, as unseen5's Fournier and unseen8's Trump); the internet
  claims' two quoted sentences around "…" (l16: the CDC can detain anyone with a fever indefinitely /
  vaccination as a way out) are two claims, both cue "said" (PolitiFact checks the fever and the
  vaccination parts separately, as unseen9's Instagram post); Perez's "in 1950, two out of three … .
  Today, it's one out of three …" (l07) and Lahren's unvaccinated / vaccinated "over 99%" pair (l11)
  are one claim each (one contrast, as unseen9's Bush). The NRSC's quote (l10: "knew the  about" …
  "she could have called …, but didn’t…Gideon knew for months, using her power to cover up.") is one
  claim (one speech verb, as unseen8's Bost). Nested speech stays inside its claim: Lance's "saying
  that you can carry concealed weapons" in Chivukula's quote, Obama's alleged "said unemployment was
  never gonna go over 8 percent" in Christie's (l20), the surveys that "reveal" in Crowley's quote
  (l23), ExxonMobil's "reported to the SEC" in Sanders' (l06), McCain's endorsement in Dillard's
  saying (l30).
- l02: "A Facebook post claimed: "" COVID-19 case count by Orlando Health "explains the 'outbreak' in
  Florida."" — the rating word "Wrong" is cut out at the start, leaving "" ; the post's whole
  statement after the colon is one `direct_quote` (as unseen6's "X claimed …: "<whole quote>""), span
  from "COVID-19" to the final "Florida." (the quote mark inside it kept, the hole and the closing
  quote mark left out), quote = span.
- l06: "Sanders did make that distinction in a June 9, 2010, speech , saying that ExxonMobil "…"" is
  one claim (a framing speech act around the content, as unseen7/unseen9's "Weatherford defended …
  by …"), cue "did make that distinction in a June 9, 2010, speech", said_at 2010-06-09; "We can't
  verify the company's  that its net tax was $500 million in 2009" (the noun cut out by LIAR2) is
  ExxonMobil's claim with cue null (new content, not a re-mention: as unseen14's "Ryan’s statements
  that …" and unseen7's "Social media posts  that …" with its verb cut out; the negation covers the
  verifying, not the claiming; least certain). But "saying that the company "paid zero in taxes" in
  2009 was eye-catching" and "it's  for Sanders to say "paid zero in taxes."" are PolitiFact's
  gerund/infinitive re-mentions of the rated claim inside its verdict: no claims (as unseen12's "to
  say he "did little or nothing"").
- Speech acts whose content is stated or clear are claims, following the earlier generous lists:
  "The survey Chivukula’s campaign cited" (l04, cue "cited", as unseen14's "A study Margulis cited
  as") and the survey's own "… shows Lance … favored enforcing New Jersey’s current laws" (`reported`,
  cue "shows", the survey never named); "the data he offers" (l07, as "the study they cite"); "Gideon
  called on the lawmaker to resign" (l10, a public call, as "called for"; whole sentence with its
  time clause); "Dance, as Morrissey points out, has voted for …" (l12, cue "points out", as unseen's
  Spelman’s camp); "…, she says, she supported many other priorities …" (l12, whole sentence, cue
  "she says", as unseen12's "advocates said" inside a sentence); "what she did was single out what
  she saw as his appreciation for …" (l13, Clinton, cue "single out", span without "In fact,") and
  "Brokaw summarized this as paying tribute" (l13, inside PolitiFact's "It's  that", as unseen10's
  "Obama specifically proposes" inside "it is right that"; cue "summarized this as"); "Republicans
  have gone so far as to say they will use taxpayer money …" (l17); "Christie repeated the GOP talking
  point that Obama "…"" (l20, one claim, Christie's, cue "repeated the GOP talking point", the
  adverbial "During his "Face the Nation" interview," kept in the span; "Face the Nation" is a name,
  not a quoted piece); "Two economic advisers offered that projection, but stressed repeatedly that
  …" (l20, two speech verbs, two claims, the second's span from "stressed"; "offered that projection"
  as unseen4's "reiterated that stance"); "he could only cite one survey" and "his statement suggests
  that …" (l23); "Obama's words could have left the impression that …" (l25, as unseen7's "his
  statement could lead a reader to conclude that …"); "the "millions" claimed in the ad" (l26,
  Majority PAC's, cue "claimed in the ad", as unseen13's "the $50,000 cited by Varney"); "Palin's Aug.
  29 statement was pretty clear: she doesn't attribute global warming to man-made causes" (l27, cue
  "statement", the content after the colon, as unseen11's "one cautionary note, from Mitchell: …";
  span cut before PolitiFact's ", despite …"); "The ad leaves voters thinking Kelly ultimately voted
  in favor of the donors" (l29, as "leaves the impression that", span cut before PolitiFact's "when
  …"); "despite saying that as a loyal Republican, he has endorsed Sen. John McCain …" (l30, span from
  "saying", cut before "--a fact that he did not mention in the ad").
- Documents, data and consensus without a named speaker are `reported` with the publication date:
  the presentation's relative clause "which indicates that since 2008 …" (l05, from "which"; "the
  presentation he relied on" itself is provenance, as unseen10's "Rubio pulled his number from …",
  no claim), "Mortality data shows that some 99% … do not result in death" (l11, cut before
  PolitiFact's "but …"), "Preliminary data indicate that …" (l11), "polling consistently shows …"
  (l14), "News stories reveal …" (l18), "epidemiological and laboratory  showing that …" (l21, the
  noun cut out, cue "showing", as unseen7's "research showing"), "one widely cited estimate found
  that …" (l25, without PolitiFact's "Still, we found that", hedge "estimate"), "a broad, global
  scientific consensus that human activity is responsible for climate change" (l27, a noun
  reporting a collective position with no speaker noun, cue "consensus", as unseen10's "the
  consensus among the experts we reached"; least certain). l22's Correction "to clarify that 97.1
  percent of the studies that took a position on global warming agreed that …" gives the studies'
  `reported` claim (from "97.1 percent", cue "agreed") with said_at null (a correction made after
  publication, as unseen5/unseen8); the correction itself and "the story clarifies that …" are
  PolitiFact's own.
- Not claims: "Bowser has directed the city’s Homeland Security and Emergency Management Agency to
  help coordinate a response" (l28, an executive action, as unseen14's "Uline had already committed
  to …" and l27's "she created a "climate change subcabinet""; unlike the public call "called on"
  and the statement's "asked"; least certain); "Palin's nod … would suggest she's not entirely closed
  off to the idea …" (l27, PolitiFact's reading of her mind, as unseen6's "was referring to");
  "Critics may say that effort is a  exercise" (l17, hypothetical, as unseen9's "Supporters of the law
  could argue"); "As Speaker Wright and some fellow Texans could attest" (l18, hypothetical); "some
  small labs have reported only positive tests to the state" (l02, data submitted, no content
  clause); "Viewers may have watched the ad and decided …" (l30, viewers' hypothetical inference);
  "Limberbutt’s campaign manager has filed official paperwork" (no content) and "the FEC doesn’t deem
  him formally a candidate" (negated); "Schumer did introduce legislation", "voted for the bill",
  "worked to pass a bill", "she joined all fellow Democrats in voting against" (actions and votes);
  "He supports a tax break" (a position); "Trump’s tweet ignores that …", "it ignores the fact that
  …", "a fact that he did not mention in the ad", "Clinton didn't offer overall praise" (omissions
  and negations); re-mentions without content of their own ("his description of the amendment",
  "Holding’s assessment of her record", "the Obama campaign  about Romney’s coal position", "his
  Republican leaders have failed him …" (l17, PolitiFact's restatement of the rated claim), "the
  Obama ad somewhat mischaracterizes what Clinton said about Reagan", "the types of services Obama
  mentioned" (as unseen11's "the conditions he named"), "This post cherry-picks examples to make a
  generalization"); "To suggest Lance flip-flopped …", "To say Lance was "not for guns" …",
  "Characterizing a net increase … as substantial" (generic); "federal employment … it  shows a net
  growth" (l09, a quantity as subject, as unseen7's "a number cannot speak"); the sharethefacts
  links, "To comment on this ruling, go to NJ.com", the ratings boilerplate.
- said_at: "In a statement issued on Jan. 3" (l28; published 2021-01-01) stays null: Jan. 3 falls
  after the publication date in its own year, so the text does not give the year (as unseen8's "a
  story published Aug. 5"); least certain. Bowser's following "She said officials would "…"" is not
  placed by the text in that statement: null (as unseen14's blogger). "Palin's Aug. 29 statement" is
  2008-08-29; "In a report to Alaskans in July", "in early 2018", "During his "Face the Nation"
  interview" give no day: null.
- Cues and roles: "told Beck", "told us", "said Mary Jenkins of the Independence National Historical
  Park" (post-posed, role "of the Independence National Historical Park", as unseen9's Erin
  Hathaway), "has also long said", "asked Washington residents" (the verb keeps its object, as
  unseen12's "reassured Florida’s economic development leaders"), "USA Today reported" (post-posed);
  "wrote" alone after the fronted "In a report to Alaskans in July,"; McCubbins' role "five-year-old
  cat" (the apposition), speaker "Limberbutt McCubbins" (the fullest name, given inside the quote).
- Hedges: "may" in Jenkins' "One issue that may contribute" (l03); "unlikely" in the experts' "very
  unlikely … even more unlikely" (l15, as unseen11's "unlikely"); "estimates" in the advisers'
  "their estimates were subject to considerable "uncertainty."" (l20); "over", "some", "more than"
  on the figures of l05 and l11; "only", "at best", "could", "can" are no hedges.
- Figures: "negative-$156 million figure" (l06) is USD −156,000,000 with "negative-" in the surface
  (the tax the company paid, a refund written as a negative amount; least certain — the quoted
  "$156 million refund" before it is +156,000,000); "three-plus years" (l09) is `years` 3, approx
  (the "-plus" as "or more"); "13-hospital" is a count of 13 (as "100-member"), while "one hospital
  in the 13-hospital … system" is a determiner "one" (as unseen9's "one of 11 organizations");
  "two out of three" / "one out of three" are percent 66.67 / 33.33 (the one-in-N convention);
  "with one exception" (l03) is a count of 1 (as unseen11's "just one exception each"), "four. Out of
  56." two counts; Bash's "only "one piece of legislation"" and "only one has been signed into law"
  (l08), "could only cite one survey" and "One data point does not a trend make" (l23) are counts of 1
  (the number is the point, set against "two eventual laws" / "Surveys" and "a trend"; least certain
  for "One data point"); "his first two years" (l08) is `years` 2 (a duration); "the" last "six
  years" (l05) `years` 6; "five-year-old" (l15) `years` 5 (an age); "Two economic advisers", "two
  programs", "two sentences" (the Correction's) are counts; "8 percent" in "go over 8 percent" (l20)
  is not approx ("go over" is the verb, the number the threshold); "less than 1 percent" percent 1,
  approx; "about 10%", "some 99%", "over 99%", "more than 99%", "over 3,000", "more than 200,000",
  "more than $44 billion", "more than half", "nearly half" are approx; "14.594 million" / "14.077
  million" are counts (employment); "90 times more common" is a ratio; "38 years later", "27 years
  ago", "just four years ago", "nine years ago" are time expressions; "one-day national record" is
  in days, outside models.UNITS; "hundreds of thousands", "hundreds of millions", "millions", "many
  votes", "for months" give no number; "one of the key things", "one widely cited estimate", "the
  two are related", "at one time" are pronoun or determiner uses; "COVID-19", "2020 US Elections",
  the sharethefacts addresses, years and dates ("June 9, 2010", "Jan. 3", "Aug. 29", "Jan. 11, 2022")
  are names, links and dates; "the six PolitiFact ratings" is a count (as the earlier sets).
"""
from helper import build_liar2


def build(name, claims, figures):
    build_liar2(name, claims, figures, split='unseen15')


UNN = ['unnamed source']

build('l01-liar2-11761', [
 dict(span='Holding said Ellmers was the only Republican to vote against "an amendment to prioritize the deportation of sexual criminals who are illegal immigrants."',
      quote='an amendment to prioritize the deportation of sexual criminals who are illegal immigrants.',
      speaker='Holding', attribution='paraphrase', cue='said'),
 dict(span='Ellmers has also long said she voted against the bill due to fears that it would lead to less reporting of domestic violence.',
      speaker='Ellmers', attribution='paraphrase', cue='has also long said'),
], [])

build('l02-liar2-18014', [
 dict(span='COVID-19 case count by Orlando Health "explains the \'outbreak\' in Florida.', quote='SPAN',
      speaker='Unnamed Facebook user', attribution='direct_quote', cue='claimed', hedges=UNN),
 dict(span='State data show one hospital in the 13-hospital Orlando Health system reporting a 98% positive rate on its 522 coronavirus tests.',
      speaker='state', attribution='official_statement', cue='data show'),
], [
 dict(surface='13-hospital', value=13, unit='count', quantity='hospitals in the Orlando Health system (state data)'),
 dict(surface='98%', value=98, unit='percent', quantity='positive rate reported by one Orlando Health hospital (state data)'),
 dict(surface='522', value=522, unit='count', quantity='coronavirus tests of that hospital (state data)'),
 dict(surface='about 10%', value=10, unit='percent', quantity='systemwide positive rate of Orlando Health', approx=True),
 dict(surface='301,810', value=301810, unit='count', quantity='total COVID-19 cases in Florida'),
])

build('l03-liar2-127', [
 dict(span=('One issue that may contribute to the confusion', 'Independence National Historical Park.'),
      speaker='Mary Jenkins', role='of the Independence National Historical Park', attribution='paraphrase',
      cue='said Mary Jenkins of the Independence National Historical Park', hedges=['may']),
], [
 dict(surface='one', after='Protestant Christians with', value=1, unit='count', quantity='signers who were not Protestant Christians (exception)'),
 dict(surface='four', value=4, unit='count', quantity='signers who were clergymen, counting former clergymen, at best'),
 dict(surface='56', value=56, unit='count', quantity='signers of the Declaration of Independence'),
])

build('l04-liar2-6053', [
 dict(span='one of the key things about Leonard Lance is that in 2008, when you look at [the] Project Vote Smart website, he was not for guns.', quote='SPAN',
      speaker='Chivukula', attribution='direct_quote', cue='said'),
 dict(span='Now he has gone too far to the right, saying that you can carry concealed weapons in national parks.', quote='SPAN',
      speaker='Chivukula', attribution='direct_quote', cue='said'),
 dict(span='The survey Chivukula’s campaign cited',
      speaker='Chivukula’s campaign', attribution='official_statement', cue='cited'),
 dict(span='The survey Chivukula’s campaign cited shows Lance, as a state legislator, favored enforcing New Jersey’s current laws.',
      attribution='reported', cue='shows', said_at='2012-08-05'),
], [])

build('l05-liar2-9122', [
 dict(span='Perry told Beck over 3,000 homicides were committed "by illegal aliens over the" last six years.',
      quote='by illegal aliens over the', speaker='Perry', attribution='paraphrase', cue='told Beck', hedges=['over']),
 dict(span=('which indicates that since 2008 in Texas', 'in their lives.'),
      attribution='reported', cue='indicates', said_at='2014-07-17', hedges=['more than']),
], [
 dict(surface='over 3,000', value=3000, unit='count', quantity='homicides committed by illegal immigrants (as said)', approx=True),
 dict(surface='six years', value=6, unit='years', quantity='period of the homicides (as said)'),
 dict(surface='more than 200,000', value=200000, unit='count', quantity='arrested immigrants in Texas since 2008 (presentation)', approx=True),
 dict(surface='3,070', value=3070, unit='count', quantity='homicide charges accumulated among them (presentation)'),
 dict(surface='nearly half', value=50, unit='percent', quantity='share of the state’s homicides illegal immigrants would have to have committed', approx=True),
 dict(surface='six', after='more on the six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('l06-liar2-2784', [
 dict(span=('Sanders did make that distinction', 'refund from the IRS."'),
      quote='reported to the SEC that not only did it avoid paying any federal income taxes, it actually received a $156 million refund from the IRS.',
      speaker='Sanders', attribution='paraphrase', cue='did make that distinction in a June 9, 2010, speech', said_at='2010-06-09'),
 dict(span="the company's  that its net tax was $500 million in 2009",
      speaker='ExxonMobil', attribution='official_statement', cue=None),
], [
 dict(surface='$156 million', value=156e6, unit='USD', quantity='refund ExxonMobil received from the IRS (as said)'),
 dict(surface='negative-$156 million', value=-156e6, unit='USD', quantity='ExxonMobil’s 2009 federal income tax Sanders focused on'),
 dict(surface='$500 million', value=500e6, unit='USD', quantity='ExxonMobil’s net tax in 2009 (as the company says)'),
])

build('l07-liar2-10270', [
 dict(span=('Perez said due to "over-incarceration', 'are in the workforce."'),
      quote="over-incarceration … in 1950, two out of three young black men were in the workforce. Today, it's one out of three black men are in the workforce.",
      speaker='Perez', attribution='paraphrase', cue='said'),
 dict(span='the data he offers',
      speaker='Perez', attribution='paraphrase', cue='offers'),
], [
 dict(surface='two out of three', value=200 / 3, unit='percent', quantity='young black men in the workforce in 1950 (as said)'),
 dict(surface='one out of three', value=100 / 3, unit='percent', quantity='black men in the workforce today (as said)'),
])

build('l08-liar2-10109', [
 dict(span='Bash said there’s only "one piece of legislation that is now law that has (Ted Cruz’s) name on it."',
      quote='one piece of legislation that is now law that has (Ted Cruz’s) name on it.',
      speaker='Bash', attribution='paraphrase', cue='said'),
 dict(span='Experts told us that this isn’t a great measurement of a legislator’s effectiveness, and there are other ways to show his impact in Congress.',
      speaker='Experts', attribution='paraphrase', cue='told us'),
], [
 dict(surface='one', value=1, unit='count', quantity='pieces of legislation now law with Cruz’s name on it (as said)'),
 dict(surface='one', after='only one has been', value=1, unit='count', quantity='bills sponsored by Cruz signed into law'),
 dict(surface='two', after='cosponsored two', value=2, unit='count', quantity='eventual laws Cruz cosponsored'),
 dict(surface='two years', value=2, unit='years', quantity='Cruz’s first years in the minority party'),
])

build('l09-liar2-5769', [], [
 dict(surface='14.594 million', value=14.594e6, unit='count', quantity='local government employment when the stimulus passed'),
 dict(surface='14.077 million', value=14.077e6, unit='count', quantity='local government employment in May'),
 dict(surface='517,000', value=517000, unit='count', quantity='local government jobs lost'),
 dict(surface='three-plus years', value=3, unit='years', quantity='period since the stimulus passed', approx=True),
 dict(surface='less than 1 percent', value=1, unit='percent', quantity='net increase in federal employment', approx=True),
])

build('l10-liar2-18578', [
 dict(span=('The National Republican Senatorial Committee said', 'using her power to cover up."'),
      quote='knew the  about … she could have called for an immediate investigation, but didn’t…Gideon knew for months, using her power to cover up.',
      speaker='National Republican Senatorial Committee', attribution='official_statement', cue='said'),
 dict(span='She said that in early 2018 she heard rumors about the allegations, but did not know of any proof.',
      speaker='Gideon', attribution='paraphrase', cue='said'),
 dict(span='When a news article made the allegations public, Gideon called on the lawmaker to resign.',
      speaker='Gideon', attribution='paraphrase', cue='called on'),
], [])

build('l11-liar2-20017', [
 dict(span='Unvaccinated, you can get COVID and have over 99% chance of survival. Get vaccinated and you can still get COVID and will still have over 99% chance of survival.', quote='SPAN',
      speaker='Lahren', attribution='direct_quote', cue='said', hedges=['over']),
 dict(span='Mortality data shows that some 99% of confirmed COVID-19 cases in the U.S. do not result in death',
      attribution='reported', cue='Mortality data shows', said_at='2021-07-18', hedges=['some']),
 dict(span='Preliminary data indicate that in recent months, more than 99% of COVID-19 deaths have been among people who have not been vaccinated.',
      attribution='reported', cue='Preliminary data indicate', said_at='2021-07-18', hedges=['more than']),
], [
 dict(surface='over 99%', value=99, unit='percent', quantity='chance of survival of the unvaccinated who get COVID (as said)', approx=True),
 dict(surface='over 99%', after='Get vaccinated', value=99, unit='percent', quantity='chance of survival of the vaccinated who get COVID (as said)', approx=True),
 dict(surface='some 99%', value=99, unit='percent', quantity='confirmed U.S. COVID-19 cases that do not result in death (mortality data)', approx=True),
 dict(surface='more than 99%', value=99, unit='percent', quantity='recent COVID-19 deaths among the unvaccinated (preliminary data)', approx=True),
])

build('l12-liar2-10195', [
 dict(span='Morrissey says Dance "voted against President Obama’s Medicaid expansion."',
      quote='voted against President Obama’s Medicaid expansion.', speaker='Morrissey', attribution='paraphrase', cue='says'),
 dict(span='Dance, as Morrissey points out, has voted for state budgets that didn’t expand Medicaid.',
      speaker='Morrissey', attribution='paraphrase', cue='points out'),
 dict(span='Sometimes Dance shunned protest votes against the budgets that did not expand Medicaid because, she says, she supported many other priorities in the spending plan.',
      speaker='Dance', attribution='paraphrase', cue='she says'),
], [
 dict(surface='more than $44 billion', value=44e9, unit='USD', quantity='state programs the budgets fund a year', approx=True),
])

build('l13-liar2-297', [
 dict(span='In 1969, who would have imagined that the Hillary Rodham on the Wellesley commencement stage would find herself 38 years later paying tribute to Ronald Reagan?', quote='SPAN',
      speaker='Brokaw', attribution='direct_quote', cue=None),
 dict(span='what she did was single out what she saw as his appreciation for the challenges of the working class and his willingness to reverse course when taxes were cut too much.',
      speaker='Clinton', attribution='paraphrase', cue='single out'),
 dict(span='Brokaw summarized this as paying tribute',
      speaker='Brokaw', attribution='paraphrase', cue='summarized this as'),
], [])

build('l14-liar2-2779', [
 dict(span="Forty percent said they'd vote against",
      speaker='Unnamed poll respondents', attribution='paraphrase', cue='said', hedges=UNN),
 dict(span='polling consistently shows a majority of Americans favor giving undocumented immigrant children a way to gain legal residency.',
      attribution='reported', cue='polling consistently shows', said_at='2010-12-06'),
], [
 dict(surface='Forty percent', value=40, unit='percent', quantity='respondents who said they would vote against the act'),
 dict(surface='70 percent', value=70, unit='percent', quantity='respondents favoring the act (First Focus poll)'),
 dict(surface='54 percent', value=54, unit='percent', quantity='respondents opposing acting on it now (FAIR poll)'),
 dict(surface='52 percent', value=52, unit='percent', quantity='voters favoring the act (Rasmussen poll)'),
 dict(surface='66 percent', value=66, unit='percent', quantity='respondents in favor (poll for America\'s Voices)'),
 dict(surface='54 percent', after='Gallup poll', value=54, unit='percent', quantity='respondents in favor of a key aspect of the act (Gallup poll)'),
])

build('l15-liar2-10486', [
 dict(span='McCubbins, a five-year-old cat, said, "Limberbutt McCubbins is a candidate" in the 2016 presidential election.',
      quote='Limberbutt McCubbins is a candidate', speaker='Limberbutt McCubbins', role='five-year-old cat',
      attribution='paraphrase', cue='said'),
 dict(span='Experts told us it’s very unlikely that he’ll appear on any ballots as a candidate, and it’s even more unlikely that his candidacy will stand in a court of law.',
      speaker='Experts', attribution='paraphrase', cue='told us', hedges=['unlikely']),
], [
 dict(surface='five-year-old', value=5, unit='years', quantity='age of the cat McCubbins'),
 dict(surface='$5,000', value=5000, unit='USD', quantity='spending or receipts that make a formal candidate for the FEC'),
])

build('l16-liar2-17299', [
 dict(span='the CDC can detain anyone with a fever — indefinitely.', quote='SPAN',
      speaker='Unnamed internet users', attribution='direct_quote', cue='said', hedges=UNN),
 dict(span='Vaccination (is) a way people could get out of detention.', quote='SPAN',
      speaker='Unnamed internet users', attribution='direct_quote', cue='said', hedges=UNN),
], [])

build('l17-liar2-19945', [
 dict(span='Trump claimed that Wisconsin Republican leaders "are working hard to cover up election corruption in Wisconsin."',
      quote='are working hard to cover up election corruption in Wisconsin.', speaker='Trump', attribution='paraphrase', cue='claimed'),
 dict(span=('Republicans have gone so far as to say', 'also to be paid by taxpayers.'),
      speaker='Republicans', attribution='paraphrase', cue='have gone so far as to say'),
], [])

build('l18-liar2-8078', [
 dict(span='Abbott said there were "no problems whatsoever" with the voter ID law leading up to the 2013 Texas elections.',
      quote='no problems whatsoever', speaker='Abbott', attribution='paraphrase', cue='said'),
 dict(span='News stories reveal various if rare experiences that could be construed as problems, such as voters having to scramble to get the proper ID.',
      attribution='reported', cue='News stories reveal', said_at='2013-11-04'),
], [
 dict(surface='six', after='more on the six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('l19-liar2-6131', [], [])

build('l20-liar2-5134', [
 dict(span=('During his "Face the Nation" interview, Christie repeated', 'passed the stimulus plan."'),
      quote='said unemployment was never gonna go over 8 percent if we passed the stimulus plan.',
      speaker='Christie', attribution='paraphrase', cue='repeated the GOP talking point'),
 dict(span='Two economic advisers offered that projection',
      speaker='Unnamed economic advisers', attribution='paraphrase', cue='offered', hedges=UNN),
 dict(span='stressed repeatedly that their estimates were subject to considerable "uncertainty."', quote='uncertainty.',
      speaker='Unnamed economic advisers', attribution='paraphrase', cue='stressed repeatedly', hedges=['estimates', 'unnamed source']),
], [
 dict(surface='8 percent', value=8, unit='percent', quantity='unemployment rate Obama allegedly said would never be exceeded (as said)'),
 dict(surface='Two', value=2, unit='count', quantity='economic advisers who offered the projection'),
])

build('l21-liar2-20646', [
 dict(span=('A Facebook post claims that pathogens evolve', 'which they depend on to live."'),
      quote='they’d destroy their hosts which they depend on to live.',
      speaker='Unnamed Facebook user', attribution='paraphrase', cue='claims', hedges=UNN),
 dict(span='epidemiological and laboratory  showing that pathogens can evolve to become more lethal.',
      attribution='reported', cue='showing', said_at='2021-11-28'),
], [
 dict(surface='two', after='to remove two', value=2, unit='count', quantity='sentences about malaria removed in the correction'),
])

build('l22-liar2-8813', [
 dict(span='Rubio said human activity is not "causing these dramatic changes to our climate."',
      quote='causing these dramatic changes to our climate.', speaker='Rubio', attribution='paraphrase', cue='said'),
 dict(span='An overwhelming majority of scientists agree that humans, by burning fossil fuels, contribute directly to global warming.',
      speaker='scientists', attribution='paraphrase', cue='agree'),
 dict(span=('97.1 percent of the studies that took a position', 'on the atmosphere'),
      attribution='reported', cue='agreed'),
], [
 dict(surface='97.1 percent', value=97.1, unit='percent', quantity='studies taking a position that agreed on a negative human impact'),
 dict(surface='more than half', value=50, unit='percent', quantity='studies that did not take a position', approx=True),
])

build('l23-liar2-9787', [
 dict(span=('James P. Crowley wrote that "Surveys', 'who sells alcohol."'),
      quote='Surveys of teens in high school reveal that knowing a classmate who sells cannabis is 90 times more common than knowing a classmate who sells alcohol.',
      speaker='James P. Crowley', attribution='paraphrase', cue='wrote'),
 dict(span='he could only cite one survey',
      speaker='James P. Crowley', attribution='paraphrase', cue='could only cite'),
 dict(span='his statement suggests that the findings of this survey reflect the results from all students polled.',
      speaker='James P. Crowley', attribution='paraphrase', cue='suggests'),
 dict(span='who said they knew of someone who sold drugs in school.',
      speaker='Unnamed students', attribution='paraphrase', cue='said', hedges=UNN),
], [
 dict(surface='one', after='could only cite', value=1, unit='count', quantity='surveys Crowley could cite'),
 dict(surface='One', after='asked the same question', value=1, unit='count', quantity='data points (the one survey)'),
])

build('l24-liar2-13949', [
 dict(span='Trump said the diversity visa lottery program is "a Chuck Schumer beauty."',
      quote='a Chuck Schumer beauty.', speaker='Trump', attribution='paraphrase', cue='said'),
], [])

build('l25-liar2-6996', [
 dict(span=('Obama said that if the sequester hits', 'and cancer screenings."'),
      quote='hundreds of thousands of Americans will lose access to primary care and preventive care like flu vaccinations and cancer screenings.',
      speaker='Obama', attribution='paraphrase', cue='said'),
 dict(span="Obama's words could have left the impression that primary care services overall will be lost, rather than flu shots or cancer screenings alone.",
      speaker='Obama', attribution='paraphrase', cue='could have left the impression'),
 dict(span='one widely cited estimate found that sequester cuts to two programs alone would leave 246,000 people without the types of services Obama mentioned.',
      attribution='reported', cue='one widely cited estimate found', said_at='2013-02-19', hedges=['estimate']),
], [
 dict(surface='two', after='cuts to two', value=2, unit='count', quantity='programs whose sequester cuts the estimate covers'),
 dict(surface='246,000', value=246000, unit='count', quantity='people left without those services (estimate)'),
])

build('l26-liar2-6636', [
 dict(span='Rather, his role, among other things, is to provide a strategic vision to these companies similar to the roles of other directors and officers.', quote='SPAN',
      speaker=None, attribution='direct_quote', cue=None),
 dict(span=('Majority PAC said Thompson', 'tax breaks on them."'),
      quote="made millions from corporations who outsource American jobs and now he's trying to lavish huge tax breaks on them.",
      speaker='Majority PAC', attribution='official_statement', cue='said'),
 dict(span='the "millions" claimed in the ad', quote='millions',
      speaker='Majority PAC', attribution='official_statement', cue='claimed in the ad'),
], [
 dict(surface='$1.5 million', value=1.5e6, unit='USD', quantity='what Thompson was paid'),
])

build('l27-liar2-655', [
 dict(span=('In a report to Alaskans in July, Palin wrote', 'greenhouse gas emissions. "'),
      quote='will also be making recommendations to me on how Alaskans can save energy and reduce their greenhouse gas emissions.',
      speaker='Palin', attribution='paraphrase', cue='wrote'),
 dict(span="Palin's Aug. 29 statement was pretty clear: she doesn't attribute global warming to man-made causes",
      speaker='Palin', attribution='paraphrase', cue='statement', said_at='2008-08-29'),
 dict(span='a broad, global scientific consensus that human activity is responsible for climate change.',
      attribution='reported', cue='consensus', said_at='2008-08-31'),
], [])

build('l28-liar2-19055', [
 dict(span=('In a statement issued on Jan. 3, Bowser asked', 'seeking confrontation."'),
      quote='to stay out of the downtown area … not engage with demonstrators who come to our city seeking confrontation.',
      speaker='Bowser', attribution='paraphrase', cue='asked Washington residents'),
 dict(span='She said officials would "do what we must to ensure all who attend remain peaceful."',
      quote='do what we must to ensure all who attend remain peaceful.', speaker='Bowser', attribution='paraphrase', cue='said'),
 dict(span=('Many restaurants and office buildings in downtown D.C.', 'USA Today reported .'),
      quote='just as they were for demonstrations in the summer regarding racial justice and, more recently, the presidential election',
      speaker='USA Today', attribution='official_statement', cue='USA Today reported'),
], [])

build('l29-liar2-22792', [
 dict(span='Protasiewicz’s campaign claimed that Kelly recused himself, pocketed money from donations from the plaintiff and family in a specific case, and then unrecused himself\xa0to make a judgment in the case.',
      speaker='Protasiewicz’s campaign', attribution='official_statement', cue='claimed'),
 dict(span='The ad leaves voters thinking Kelly ultimately voted in favor of the donors',
      speaker='Protasiewicz’s campaign', attribution='official_statement', cue='leaves voters thinking'),
], [])

build('l30-liar2-45', [
 dict(span='Lawrence said that Obama favored more sweeping reforms than Republicans and others did, but was willing to compromise.',
      speaker='Lawrence', attribution='paraphrase', cue='said'),
 dict(span="saying that as a loyal Republican, he has endorsed Sen. John McCain for his party's presidential nomination",
      speaker='Dillard', attribution='paraphrase', cue='saying'),
], [])
