"""The `unseen6` split: 25 more PolitiFact justifications from LIAR2 test.csv (rule in liar2_select.py).

Annotated blind: from the text alone, by the conventions in ../README.md (and the choices of
unseen.py, factdev.py, unseen2.py, unseen3.py, unseen4.py and unseen5.py), by someone who wrote no
extraction rule, and committed before the extractor was run on any of these texts. Organisations
named as speakers (campaigns, PACs, agencies, a review, a study's institution, "A TV ad from X",
"The Crossroads ad", "X data show(s)") are `official_statement` when indirect and `direct_quote`
when quoted whole; "X's ad" / "X's [statement]" speak for X, `paraphrase` when X is a person
("Preckwinkle’s ad", "Romney’s  gives the impression", as unseen5's "Batch’s commercial"); generic
groups ("Experts", "Researchers", "Public health researchers", "observers of Los Angeles politics
and education", a leading "Several" dropped as unseen2 dropped "The"/"A") are `paraphrase`; officials of an
institution ("School district officials", "state and federal public health officials") are
`official_statement` (as unseen4's "State officials"); unnamed people are "Unnamed <noun>" with the
hedge "unnamed source" ("Social media posts" "Unnamed social media users", "A social-media meme"
"Unnamed social-media user", "The viral image" "Unnamed poster", "the Austin police chief's …
report" "Unnamed police chief"); a definite organisation the excerpt never names keeps its noun
("The state" "state"). Choices:
- "X said that … "<quote>"" / "X said <clause with a quoted part>" with a person as speaker is
  `paraphrase` with the quote; "X said(,) "<whole quote>"" and "X claimed …: "<whole quote>"" are
  `direct_quote`. Trump's "when he says "no leader was there, nobody, to greet him,"" repeats part of
  his quoted statement with a reporting verb and is a second `direct_quote` (re-mentions without a
  reporting verb stay unannotated).
- Multi-sentence quotes: Brown's two sentences are two claims (PolitiFact checks the arrest figures
  and the "no wave" part separately); Villaraigosa's six-sentence quote is one claim (its last
  sentence restates the first's 44 percent, the middle ones are his account of his role, which
  PolitiFact judges together); Cantor's second quoted sentence, after "… ," he said.", is its own
  claim with cue null (a continuation, as unseen5's Mayer); a review quoted over three sentences is
  one claim; the excerpt's opening fragment of a quote whose speaker it never names has speaker and
  cue null (as unseen2/unseen5).
- "X called it "…," saying that …" and "School district officials … disputed the findings, saying
  …" are two claims each (the "saying" clause on its own, as unseen4's World Net Daily and
  unseen3's Facebook post); "The state is telling … and is urging …" is two claims (two speech verbs
  with two contents, as unseen5's Romney).
- Studies/data/transcripts/"Other research" that "show" with no speaker are `reported` with the
  publication date (as unseen2–5), as is the passive "his administration has been called …" and
  "a different amendment that specifically advocated "lower drug prices."" (a document as speaker,
  as unseen3's "flag code that says"); "according to independent analysis" and "According to
  Dorland's Illustrated Medical Dictionary" are `reported` with no date (as unseen2's "according to
  / per <data>"). "U.S. Border Patrol data show", "District data shows", "2012 BLS figures that
  show" name their source: `official_statement` (as unseen's "Bureau of Labor Statistics data
  shows"); "District" is the Los Angeles Unified School District the text names.
- "A 2006 study by … Education Week placed the district's graduation rate at 44 percent, while a
  Harvard study … placed the rate at 45.3 percent" is two claims (two speakers); the cue keeps the
  verb's object, as unseen5's "put it at" ("placed the district’s graduation rate at").
- Speech acts without a quoted content are claims when their content is stated or clear, as the
  earlier sets' "offered", "cited", "reiterated": "Experts picked apart many aspects of the report’s
  methodology", "The ad even cites sources", "the DLA's advisory that …" (a noun reporting speech, as
  unseen2's "an Air Force mention"), "what the CDC said in August about the potential for vaccinated
  people to transmit the virus", "information by the CDC that it is "likely …"" (cue "information"),
  "a 2017 FAIR report estimating …", "a speech … in which she declares opposition to the death
  penalty", "the health care plan Obama promised on the campaign trail" (as unseen's "the 9 million
  homeowners Obama said he would assist"), "as the ad claims" (as unseen5's "as the new WSJ/NBC poll
  said"). "gives the impression that" / "to leave the impression that" / "leaves a  impression that"
  speak for the statement's or ad's owner (as unseen4's "creates the impression"). Not claims:
  "Blankenship's  is based on …", "The majority leader was referring to …", "the governor was
  referring to …" (PolitiFact's reading of the speaker), "Mendoza backed an expansion of the death
  penalty" (backing may be a vote, not speech), "The government expects SNAP beneficiaries to spend
  …" (program design in PolitiFact's voice), "have not found a link" (negated), "Parson is correct to
  affirm the data and statement from …" (no content stated), "65 percent more than Paltrow stated",
  "That part of the  is also backed up by … two immigration experts", "The mayor offered a solid
  estimate …", "the dollar amounts listed for the senators", the EDITOR'S NOTE's "comment by Giertz",
  counterfactuals ("If Gillibrand hadn't qualified …", "if O’Reilly had pulled back …").
- Spans are cut to the attributed clause when the rest is PolitiFact's comment ("He said after
  passage that he didn’t believe the language was necessary", "Experts told us that … reduces the
  chance of transmission", the ad sentence without its leading "With highly selective editing,");
  leading "And"/"However," are left out; framing adverbials ("In this instance,") stay.
- Cues keep the verb's adjuncts ("recently claimed about the Los Angeles Unified School District",
  "claimed in a recent letter to the Trump administration", "said Dec. 14", "said after passage");
  said_at only for "said Dec. 14" (2021-12-14); "in 2006", "in 2011", "August 2015 report", "in
  August" give no day and stay null. Role: "Gov." for Jerry Brown, as unseen's "Rep.".
- Hedges: "perhaps" is an epistemic word (as "maybe"); "estimating" an estimate word (as
  "estimated"/"estimates"); "more than" before "25 acres" is kept although acres are no figure (as
  unseen5's "about 3.6 times"); "closer to 64 percent" is approx with the hedge "closer to"; "16 and
  older" / "25 and older" are `years` figures, approx with the hedge "and older" (as unseen5's
  "under 18"); "just 1 percent" is not approx ("just" means only).
- Figures: "about $5.8 billion a year … and $2.9 billion" — only the first is approx (the hedge is
  written before it alone); "from 44 percent to 72" gives the percent 72; "in nearly 50 years",
  "over the next five years", "in the following two years", "over the last 20 years", "the last two
  decades" (20), "risen by one year", "more than half a year" (0.5) are durations, while "a decade
  earlier", "the year before", "a few years before" are time expressions; "three-part" deal is a
  count (as unseen5's "100-member"); "as much as $6.3 million" is approx; "at least one
  "precedent"" and "vote against one amendment" are counts, "those two groups" is a count (a noun
  follows, unlike unseen5's pronoun "those two"); "one of the Castro brothers", "one portion",
  "working for one company", "Air Force One", "a single person" are no figures; "about/roughly two
  thirds" and "about one-third" are percent; "millions", "billions" give no number; "more than 2.5
  times" and "quadruple" are ratios; acres, days and weeks are outside models.UNITS; "10 News" is a
  station's name.
"""
from helper import build_liar2


def build(name, claims, figures):
    build_liar2(name, claims, figures, split='unseen6')


build('v01-liar2-14560', [
 dict(span='We have to stop illegal immigration, costing us $130 billion a year to house and feed and give benefits to people that shouldn’t be even in the country.', quote='SPAN',
      speaker='Blankenship', attribution='direct_quote', cue='said'),
 dict(span='a 2017 FAIR report estimating illegal immigration cost about $135 billion a year.',
      speaker='FAIR', attribution='official_statement', cue='estimating', hedges=['estimating', 'about']),
 dict(span='Experts picked apart many aspects of the report’s methodology.',
      speaker='Experts', attribution='paraphrase', cue='picked apart'),
 dict(span='For all welfare costs brought on by illegal immigration, FAIR calculated about $5.8 billion a year at the federal level and $2.9 billion a year at the state level (including school meals and child care programs).',
      speaker='FAIR', attribution='official_statement', cue='calculated', hedges=['about']),
], [
 dict(surface='$130 billion', value=130e9, unit='USD', quantity='yearly cost of illegal immigration (as said)'),
 dict(surface='about $135 billion', value=135e9, unit='USD', quantity='yearly cost of illegal immigration (FAIR estimate)', approx=True),
 dict(surface='about $5.8 billion', value=5.8e9, unit='USD', quantity='yearly federal welfare costs of illegal immigration (FAIR)', approx=True),
 dict(surface='$2.9 billion', value=2.9e9, unit='USD', quantity='yearly state welfare costs of illegal immigration (FAIR)'),
])

build('v02-liar2-6119', [
 dict(span="Under the president's plan, he cuts Medicare by $716 billion, takes that money out of the Medicare trust fund and uses it to pay for Obamacare.", quote='SPAN',
      speaker='Romney', attribution='direct_quote', cue='said'),
 dict(span='In this instance, Romney’s  gives the impression that the law takes money that was already allocated to Medicare and funds the new health care law with it.',
      speaker='Romney', attribution='paraphrase', cue='gives the impression'),
], [
 dict(surface='$716 billion', value=716e9, unit='USD', quantity='Medicare cut under the president’s plan (as said)'),
])

build('v03-liar2-11649', [
 dict(span='When President Obama landed in Cuba on Air Force One, no leader was there, nobody, to greet him -- perhaps an incident without precedent in the long and prestigious history of Air Force One.', quote='SPAN',
      speaker='Trump', attribution='direct_quote', cue='said', hedges=['perhaps']),
 dict(span='no leader was there, nobody, to greet him', after='when he says', quote='SPAN',
      speaker='Trump', attribution='direct_quote', cue='says'),
], [
 dict(surface='two', after='had met two', value=2, unit='count', quantity='visiting religious leaders Raul Castro met at the airport'),
 dict(surface='at least one', value=1, unit='count', quantity='precedents for the foreign minister greeting a visiting president', approx=True),
])

build('v04-liar2-13347', [
 dict(span=('When I became mayor of Los Angeles', 'from 44 percent to 72.'), quote='SPAN',
      speaker='Antonio Villaraigosa', role='California gubernatorial candidate and former Los Angeles Mayor',
      attribution='direct_quote', cue='recently claimed about the Los Angeles Unified School District'),
 dict(span='A 2006 study by the nonpartisan Education Week placed the district’s graduation rate at 44 percent',
      speaker='Education Week', attribution='official_statement', cue='placed the district’s graduation rate at'),
 dict(span='a Harvard study the year before placed the rate at 45.3 percent.',
      speaker='Harvard', attribution='official_statement', cue='placed the rate at'),
 dict(span='School district officials in 2006 disputed the findings',
      speaker='School district officials', attribution='official_statement', cue='disputed'),
 dict(span='saying improvements had been made and the rate was closer to 64 percent.',
      speaker='School district officials', attribution='official_statement', cue='saying', hedges=['closer to']),
 dict(span='District data shows that rate had climbed to 70.2 percent immediately after Villaraigosa’s term ended.',
      speaker='Los Angeles Unified School District', attribution='official_statement', cue='data shows'),
 dict(span='Several observers of Los Angeles politics and education said Villaraigosa doesn’t get all the credit but did play an outsized role.',
      speaker='observers of Los Angeles politics and education', attribution='paraphrase', cue='said'),
], [
 dict(surface='44 percent', value=44, unit='percent', quantity='LA high school graduation rate when Villaraigosa became mayor (as said)'),
 dict(surface='44 percent', after='grew our graduation rate from', value=44, unit='percent', quantity='graduation rate at the start (as said)'),
 dict(surface='72', after='from 44 percent to', value=72, unit='percent', quantity='graduation rate when Villaraigosa left (as said)'),
 dict(surface='44 percent', after='A 2006 study', value=44, unit='percent', quantity='district graduation rate (Education Week study)'),
 dict(surface='45.3 percent', value=45.3, unit='percent', quantity='district graduation rate (Harvard study)'),
 dict(surface='closer to 64 percent', value=64, unit='percent', quantity='graduation rate according to school district officials in 2006', approx=True),
 dict(surface='70.2 percent', value=70.2, unit='percent', quantity='graduation rate right after Villaraigosa’s term ended'),
 dict(surface='72.2 percent', value=72.2, unit='percent', quantity='graduation rate the next year'),
 dict(surface='77 percent', value=77, unit='percent', quantity='graduation rate the year after'),
 dict(surface='two years', after='77 percent in the following', value=2, unit='years', quantity='period of the further rise'),
 dict(surface='six', after='more \xa0on the six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('v05-liar2-22962', [
 dict(span='Ramaswamy said DeSantis signed "a last-minute exception into an anti-discrimination law for anyone who also operates a theme park more than 25 acres in Florida," benefiting The Walt Disney Co.',
      quote='a last-minute exception into an anti-discrimination law for anyone who also operates a theme park more than 25 acres in Florida',
      speaker='Ramaswamy', attribution='paraphrase', cue='said', hedges=['more than']),
 dict(span='He said after passage that he didn’t believe the language was necessary',
      speaker='DeSantis', attribution='paraphrase', cue='said after passage'),
], [])

build('v06-liar2-15438', [
 dict(span='Gillibrand said studies show that when women are elected to Congress, they get more things done, are more bipartisan and pass more bills.',
      speaker='Gillibrand', attribution='paraphrase', cue='said'),
 dict(span='Studies show women sponsor more bills, secure more discretionary spending for their constituents, and under certain circumstances, reach across the aisle more.',
      attribution='reported', cue='Studies show', said_at='2018-11-12'),
 dict(span='Studies also show that when women are elected, they work harder than their male colleagues.',
      attribution='reported', cue='Studies also show', said_at='2018-11-12'),
 dict(span='Other research, however,\xa0shows women are not more bipartisan than men and that women’s effectiveness relative to men’s effectiveness varies under different conditions.',
      attribution='reported', cue='Other research, however,\xa0shows', said_at='2018-11-12'),
], [])

build('v07-liar2-19674', [
 dict(span='Social media posts claimed that Vice President Kamala Harris told President Joe Biden during the Democratic debates, "You will do whatever the Chinese tell you! They gave your son over a billion dollars."',
      quote='You will do whatever the Chinese tell you! They gave your son over a billion dollars.',
      speaker='Unnamed social media users', attribution='paraphrase', cue='claimed', hedges=['unnamed source', 'over']),
 dict(span='Transcripts of the debates show that this is wholly .',
      attribution='reported', cue='Transcripts of the debates show', said_at='2021-04-24'),
], [
 dict(surface='over a billion dollars', value=1e9, unit='USD', quantity='money the Chinese gave Biden’s son (as said)', approx=True),
])

build('v08-liar2-8501', [
 dict(span='Jones said the three-part development deal that brought the Redskins training camp to Richmond "generated $40 million in new private investment in the city."',
      quote='generated $40 million in new private investment in the city.',
      speaker='Jones', attribution='paraphrase', cue='said'),
], [
 dict(surface='three', after='Jones said the', value=3, unit='count', quantity='parts of the development deal'),
 dict(surface='$40 million', value=40e6, unit='USD', quantity='new private investment generated in the city (as said)'),
 dict(surface='two', after='established for two', value=2, unit='count', quantity='projects without start dates'),
 dict(surface='$32.5 million', value=32.5e6, unit='USD', quantity='total of the two projects without start dates'),
 dict(surface='$10 million', value=10e6, unit='USD', quantity='city money spent on the Redskins training facility'),
 dict(surface='$1.82 million', value=1.82e6, unit='USD', quantity='city money recovered by the end of March'),
 dict(surface='as much as $6.3 million', value=6.3e6, unit='USD', quantity='city money that could be recovered', approx=True),
 dict(surface='five years', value=5, unit='years', quantity='period over which the recovery could grow'),
 dict(surface='three', after='No doubt, the', value=3, unit='count', quantity='projects'),
 dict(surface='$40 million', after='potential to generate', value=40e6, unit='USD', quantity='private investment the projects could generate'),
])

build('v09-liar2-14504', [
 dict(span='there is no massive wave of migrants pouring into California.', quote='SPAN',
      speaker='Jerry Brown', role='Gov.', attribution='direct_quote',
      cue='claimed in a recent letter to the Trump administration'),
 dict(span='Overall immigrant apprehensions on the border last year were as low as they’ve been in nearly 50 years (and 85 percent of the apprehensions occurred outside of California).', quote='SPAN',
      speaker='Jerry Brown', role='Gov.', attribution='direct_quote',
      cue='claimed in a recent letter to the Trump administration', hedges=['nearly']),
 dict(span='U.S. Border Patrol data show Brown got his arrest figures right.',
      speaker='U.S. Border Patrol', attribution='official_statement', cue='data show'),
 dict(span='Researchers point out that illegal border crossings account for only one portion of the migrants that arrive in California.',
      speaker='Researchers', attribution='paraphrase', cue='point out'),
], [
 dict(surface='nearly 50 years', value=50, unit='years', quantity='period over which apprehensions were not as low (as said)', approx=True),
 dict(surface='85 percent', value=85, unit='percent', quantity='apprehensions outside California (as said)'),
 dict(surface='two', after='border patrol data and two', value=2, unit='count', quantity='immigration experts backing the claim'),
 dict(surface='six', after='more \xa0on the six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('v10-liar2-15652', [
 dict(span=('Preckwinkle’s ad uses video clips', 'enthusiastic supporter of it.'),
      speaker='Preckwinkle', attribution='paraphrase', cue='leave the impression'),
 dict(span='she declares opposition to the death penalty',
      speaker='Mendoza', attribution='paraphrase', cue='declares'),
], [
 dict(surface='six', after='for more \xa0on the six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('v11-liar2-10619', [
 dict(span='A social-media meme says that 57 percent of federal spending goes to the military and just 1 percent goes to food and agriculture, including food stamps.',
      speaker='Unnamed social-media user', attribution='paraphrase', cue='says', hedges=['unnamed source']),
], [
 dict(surface='57 percent', value=57, unit='percent', quantity='federal spending going to the military (as said)'),
 dict(surface='1 percent', value=1, unit='percent', quantity='federal spending going to food and agriculture (as said)'),
 dict(surface='about one-third', value=100 / 3, unit='percent', quantity='share of federal spending the pie chart represents', approx=True),
 dict(surface='60 percent', value=60, unit='percent', quantity='mandatory share of the budget'),
 dict(surface='57 percent', after='plunges from', value=57, unit='percent', quantity='military share of discretionary spending'),
 dict(surface='16 percent', value=16, unit='percent', quantity='military share of all federal spending'),
 dict(surface='1 percent', after='quadruple from', value=1, unit='percent', quantity='food and agriculture share of discretionary spending'),
 dict(surface='4 percent', value=4, unit='percent', quantity='food and agriculture share of all federal spending'),
])

build('v12-liar2-10840', [
 dict(span='O’Reilly said that from 2014 to 2015, Austin’s "murder rate is up a whopping 83 percent."',
      quote='murder rate is up a whopping 83 percent.', speaker='O’Reilly', attribution='paraphrase', cue='said'),
 dict(span='the Austin police chief’s August 2015 report had figures indicating an 83 percent uptick in murders through that month compared to the same chunk of 2014.',
      speaker='Unnamed police chief', attribution='paraphrase', cue='had figures indicating', hedges=['unnamed source']),
], [
 dict(surface='83 percent', value=83, unit='percent', quantity='rise in Austin’s murder rate from 2014 to 2015 (as said)'),
 dict(surface='83 percent', after='figures indicating', value=83, unit='percent', quantity='uptick in murders through August 2015 (police chief’s report)'),
 dict(surface='six', after='more on the six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('v13-liar2-11900', [
 dict(span='Kenney said his administration was "well-represented\xa0both racially, ethnically and gender-wise."',
      quote='well-represented\xa0both racially, ethnically and gender-wise.', speaker='Kenney', attribution='paraphrase', cue='said'),
 dict(span='his administration has been called Pittsburgh’s most diverse ever',
      attribution='reported', cue='has been called', said_at='2016-06-23'),
], [
 dict(surface='about two thirds', value=200 / 3, unit='percent', quantity='white share of Pittsburgh’s population', approx=True),
 dict(surface='roughly two thirds', value=200 / 3, unit='percent', quantity='share of Philadelphia’s population who are people of color', approx=True),
 dict(surface='Sixty-one\xa0 percent', value=61, unit='percent', quantity='white share of the city’s top earners'),
 dict(surface='Four percent', value=4, unit='percent', quantity='Hispanic share of employees paid more than $90,000'),
 dict(surface='more than $90,000', value=90000, unit='USD', quantity='pay threshold of the employees counted', approx=True),
 dict(surface='four percent', value=4, unit='percent', quantity='Asian share of employees paid more than $90,000'),
 dict(surface='two', after='those two groups', value=2, unit='count', quantity='groups (Asians and Latinos)'),
])

build('v14-liar2-16656', [
 dict(span='Peoples-Stokes said that people who used medical marijuana obtained from approved operators in New York shouldn’t worry about the negative impact on their lungs.',
      speaker='Peoples-Stokes', attribution='paraphrase', cue='said'),
 dict(span='they recommend caution when it comes to vaping.',
      speaker='state and federal public health officials', attribution='official_statement', cue='recommend'),
 dict(span='The Centers for Disease Control recommends people do not use e-cigarette or vaping products that contain THC and consider refraining from using all e-cigarette and vaping products.',
      speaker='Centers for Disease Control', attribution='official_statement', cue='recommends'),
 dict(span='The state is telling people to stop using vape products until the cause of the lung illnesses are known',
      speaker='state', attribution='official_statement', cue='is telling'),
 dict(span='is urging medical marijuana patients to consider alternatives to vaping while its investigation is underway.',
      speaker='state', attribution='official_statement', cue='is urging'),
 dict(span='Public health researchers have found that it’s unclear whether vaping is safe or not, even if the user is vaping a regulated substance such as medical marijuana.',
      speaker='Public health researchers', attribution='paraphrase', cue='have found'),
], [])

build('v15-liar2-20709', [
 dict(span='Biden said Dec. 14 that people vaccinated for COVID-19 "do not spread the disease to anyone else."',
      quote='do not spread the disease to anyone else.', speaker='Biden', attribution='paraphrase',
      cue='said Dec. 14', said_at='2021-12-14'),
 dict(span=('information by the CDC that it is', 'spread the virus to others."'),
      quote='likely that vaccinated people with breakthrough infection or people infected without symptoms can spread the virus to others.',
      speaker='CDC', attribution='official_statement', cue='information', hedges=['likely']),
 dict(span='what the CDC said in August about the potential for vaccinated people to transmit the virus.',
      speaker='CDC', attribution='official_statement', cue='said in August'),
 dict(span='Experts told us that getting vaccinated protects individuals from severe cases including hospitalization and death and reduces the chance of transmission',
      speaker='Experts', attribution='paraphrase', cue='told us'),
 dict(span='he suggested that vaccination completely eliminates the chance of transmission.',
      speaker='Biden', attribution='paraphrase', cue='suggested'),
], [])

build('v16-liar2-10191', [
 dict(span='Paltrow pointed to $29 worth of groceries as what "families on SNAP (i.e. food stamps) have to live on for a week."',
      quote='families on SNAP (i.e. food stamps) have to live on for a week.', speaker='Paltrow',
      attribution='paraphrase', cue='pointed to'),
], [
 dict(surface='$29', value=29, unit='USD', quantity='weekly groceries families on SNAP live on (as said)'),
 dict(surface='30 percent', value=30, unit='percent', quantity='share of own income SNAP beneficiaries are expected to spend on food'),
 dict(surface='$29', after='That expectation', value=29, unit='USD', quantity='the weekly figure Paltrow used'),
 dict(surface='about $48', value=48, unit='USD', quantity='weekly SNAP benefits for a single person with no income', approx=True),
 dict(surface='65 percent', value=65, unit='percent', quantity='how much more than Paltrow stated'),
])

build('v17-liar2-7067', [
 dict(span='Cantor said job longevity has diminished over the last 20 years.',
      speaker='Cantor', attribution='paraphrase', cue='said'),
 dict(span='It used to be that one could make a career out of working for one company', quote='SPAN',
      speaker='Cantor', attribution='direct_quote', cue='he said'),
 dict(span='Today, the average worker stays at his or her job for  four years.', quote='SPAN',
      speaker='Cantor', attribution='direct_quote', cue=None),
 dict(span='2012 BLS figures that show the median length of time U.S. workers 16 and older had spent with their employer was 4.6 years.',
      speaker='BLS', attribution='official_statement', cue='figures that show', hedges=['and older']),
], [
 dict(surface='20 years', value=20, unit='years', quantity='period over which job longevity diminished (as said)'),
 dict(surface='four years', value=4, unit='years', quantity='average worker’s job tenure today (as said)'),
 dict(surface='16 and older', value=16, unit='years', quantity='age of workers in the BLS median', approx=True),
 dict(surface='4.6 years', value=4.6, unit='years', quantity='median job tenure of workers 16 and older in 2012 (BLS)'),
 dict(surface='25 and older', value=25, unit='years', quantity='age of workers in the mean tenure', approx=True),
 dict(surface='5.4 years', value=5.4, unit='years', quantity='mean job tenure of workers 25 and older'),
 dict(surface='two decades', value=20, unit='years', quantity='period over which tenure increased'),
 dict(surface='one year', value=1, unit='years', quantity='rise in tenure of workers 16 and older'),
 dict(surface='16 and older', after='one year if we consider', value=16, unit='years', quantity='age of workers whose tenure rose by one year', approx=True),
 dict(surface='more than half a year', value=0.5, unit='years', quantity='rise in tenure of workers 25 and older', approx=True),
 dict(surface='25 and older', after='more than half a year', value=25, unit='years', quantity='age of workers whose tenure rose by more than half a year', approx=True),
 dict(surface='20 years', after='his major point', value=20, unit='years', quantity='period of Cantor’s major point'),
])

build('v18-liar2-16676', [
 dict(span='It is about the great transformation taking place around the world, a transformation that, though often discussed, remains poorly understood.', quote='SPAN',
      speaker=None, attribution='direct_quote', cue=None),
 dict(span=('A Publishers Weekly review of the book called it', 'where the 21st century is heading'),
      quote='a stimulating, largely optimistic forecast of where the 21st century is heading',
      speaker='Publishers Weekly', attribution='official_statement', cue='called'),
 dict(span=('saying that Zakaria "predicts', 'unproductive elderly."'),
      quote='predicts that despite its record of recent blunders at home and abroad, America will stay strong, buoyed by a stellar educational system and the influx of young immigrants, who give the U.S. a more youthful demographic than Europe and much of Asia whose workers support an increasing population of unproductive elderly.',
      speaker='Publishers Weekly', attribution='official_statement', cue='saying'),
 dict(span=('The New York Times Sunday Book Review said', 'the ‘rise of the rest.’'),
      quote='a relentlessly intelligent book that eschews simple-minded projections from crisis to collapse … Zakaria’s is not another exercise in declinism. His point is not the demise of Gulliver, but the ‘rise of the rest.’',
      speaker='New York Times Sunday Book Review', attribution='official_statement', cue='said'),
], [])

build('v19-liar2-15075', [
 dict(span='Texans Are said O’Rourke voted against providing body armor to Texas sheriffs patrolling the border.',
      speaker='Texans Are', attribution='official_statement', cue='said'),
 dict(span="the DLA's advisory that it had stopped providing body armor to local law enforcement agencies years before the House vote singled out by Texans Are.",
      speaker='DLA', attribution='official_statement', cue='advisory'),
], [
 dict(surface='six', after='more on the six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('v20-liar2-5614', [
 dict(span='The Crossroads ad says Obama "promised" people could keep their health plans, but "millions could lose their health care coverage and be forced into a government pool."',
      quote='promised … millions could lose their health care coverage and be forced into a government pool.',
      speaker='Crossroads', attribution='official_statement', cue='says'),
 dict(span='"millions" of uninsured will actually gain coverage, according to independent analysis.',
      attribution='reported', cue='according to independent analysis'),
 dict(span='the health care plan Obama promised on the campaign trail',
      speaker='Obama', attribution='paraphrase', cue='promised on the campaign trail'),
], [])

build('v21-liar2-19020', [
 dict(span='You can have the best laid plans in classrooms, but if kids are not following social distancing and mask usage outside of school, they’re going to bring COVID into the school with them', quote='SPAN',
      speaker='AAMC', attribution='direct_quote', cue='the AAMC study says'),
 dict(span='Schools that are consistently implementing COVID-19 mitigation strategies remain among the safest places for our students.', quote='SPAN',
      speaker='Parson', attribution='direct_quote', cue='said'),
], [])

build('v22-liar2-66', [
 dict(span='Uwe Reinhardt, a professor of economics at Princeton University, said the Clinton plan relies heavily on private insurance companies to provide coverage.',
      speaker='Uwe Reinhardt', role='professor of economics at Princeton University', attribution='paraphrase', cue='said'),
 dict(span="If the insurance industry calculates this carefully, they'll make money off it", quote='SPAN',
      speaker='Uwe Reinhardt', attribution='direct_quote', cue='he said'),
 dict(span=("According to Dorland's Illustrated Medical Dictionary", 'obtained by taxation."'),
      quote='a system of medical care regulated and controlled by the government, in which the government assumes responsibility for providing for the health needs and hospital care of the entire population, at no direct cost or at a nominal fee to the individual, by means of subsidies obtained by taxation.',
      attribution='reported', cue="According to Dorland's Illustrated Medical Dictionary"),
], [])

build('v23-liar2-6059', [
 dict(span='Bean voted for in-state tuition breaks for illegal immigrants.', quote='SPAN',
      speaker='Floridians for Ethics and  in Politics', attribution='direct_quote', cue='says'),
], [
 dict(surface='up to 2,000', value=2000, unit='count', quantity='undocumented students who could have received in-state tuition', approx=True),
])

build('v24-liar2-12908', [
 dict(span='The viral image says that 13 Democratic senators "voted against cheaper medicines" and took millions from "big pharma since 2011."',
      quote='voted against cheaper medicines … big pharma since 2011.', speaker='Unnamed poster',
      attribution='paraphrase', cue='says', hedges=['unnamed source']),
 dict(span='the image leaves a  impression that the senators have voted against lowering drug prices.',
      speaker='Unnamed poster', attribution='paraphrase', cue='leaves a  impression', hedges=['unnamed source']),
 dict(span='a different amendment that specifically advocated "lower drug prices."', quote='lower drug prices.',
      attribution='reported', cue='amendment that specifically advocated', said_at='2017-01-17'),
], [
 dict(surface='13', value=13, unit='count', quantity='Democratic senators who voted against cheaper medicines (as said)'),
 dict(surface='13', after='The 13 Democrats', value=13, unit='count', quantity='Democrats who voted against the reimportation amendment'),
 dict(surface='one', after='vote against one', value=1, unit='count', quantity='amendment the 13 Democrats voted against'),
 dict(surface='13', after='all 13', value=13, unit='count', quantity='senators voting for a different amendment'),
])

build('v25-liar2-5494', [
 dict(span='A TV ad from Americans for Prosperity says billions of tax dollars spent on green energy went to jobs in foreign countries.',
      speaker='Americans for Prosperity', attribution='official_statement', cue='says'),
 dict(span='It claims that stimulus bill tax credits went overseas, such as "$1.2 billion to a solar company that\'s building a plant in Mexico."',
      quote="$1.2 billion to a solar company that's building a plant in Mexico.",
      speaker='Americans for Prosperity', attribution='official_statement', cue='claims'),
 dict(span='The ad even cites sources for its .',
      speaker='Americans for Prosperity', attribution='official_statement', cue='even cites'),
 dict(span='not tax credits, as the ad claims',
      speaker='Americans for Prosperity', attribution='official_statement', cue='claims'),
], [
 dict(surface='$1.2 billion', value=1.2e9, unit='USD', quantity='stimulus tax credits to a solar company building a plant in Mexico (as said)'),
])
