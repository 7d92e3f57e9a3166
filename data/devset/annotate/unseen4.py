"""The `unseen4` split: 20 more PolitiFact justifications from LIAR2 test.csv (rule in liar2_select.py).

Annotated blind: from the text alone, by the conventions in ../README.md (and the choices of
unseen.py, factdev.py, unseen2.py and unseen3.py), by someone who wrote no extraction rule, and
committed before the extractor was run on any of these texts. Organisations named as speakers
(campaigns, PACs, party committees, advocacy groups, a news site, "X's ad", "X's press release",
"his campaign website") are `official_statement` when indirect and `direct_quote` when quoted
whole; generic groups ("experts", "health care professionals", "Conservative news websites and
commentators") are `paraphrase`; unnamed speakers are "Unnamed <noun>" with the hedge "unnamed
source" ("The post we're checking" is "Unnamed poster"; "Facebook posts" "Unnamed Facebook users";
"an anti-abortion group" "Unnamed anti-abortion group", `official_statement`); the people shown
in "The Republicans' ad" speak for the ad's owner ("X's ad" speaks for X). Choices:
- "X said that, "<whole quote>"" with a person/post as speaker is `paraphrase` with the quote,
  as unseen3's "Think Big Illinois' ad claims that, "…"" (there `official_statement`).
- "X show(s) / have come up with …" with studies or reports as subject and no speaker is
  `reported` with the publication date (as unseen2/unseen3); "according to Supreme Court
  jurisprudence" is `reported` with no date (as unseen2's "according to / per <data>").
- A noun phrase that reports speech is a claim ("tough talk Trump offered … about …", "reports
  that cite big double-digit premium increases", "a problem that's been repeatedly acknowledged by
  Teresa Sullivan"); re-mentions without a reporting verb are not ("The notion that Angle "…"",
  "the DCCC's blanket statement that …", "the specific [claim] that we're currently spending …",
  "allegations that Feingold did anything improper" under a negation). "Trump reiterated that
  stance" is a claim (its content is the stance just described); "Elizabeth Clark … provided us the
  same information" is not (the information is never stated).
- "the ad suggests" / "creates the impression that" / "tells voters that" speak for the ad's owner
  (as unseen2's "the ad suggests").
- World Net Daily speaks in its own headline (a "Name: "quote"" layout, cue null) and in its later
  article ("saying …", "It said the spokeswoman explained …"): speaker World Net Daily, not the
  DMV spokeswoman it relays.
- Spans are cut to the attributed clause when the rest of the sentence is PolitiFact's rebuttal
  ("She said Trump wants to deport Latino families", "He pledged to remove the undocumented
  population"); cues keep contracted auxiliaries ("’ve criticized", "’s been repeatedly
  acknowledged").
- `said_at` stays null for "In 2004 testimony" (a year, no date) and for the ad listed in a dated
  UPDATE (the update's date is not when the ad ran).
- Figures: "five times" (votes) is a frequency, not a figure (as "twice"); "a couple of other
  delegates" is no figure, but "a couple hundred thousand" is a count of 200,000 with approx and the
  hedge "a couple"; "30 percent or more" is approx with the hedge "or more"; "an estimated $12
  billion" is approx; "one in five" is a percent (20); "three-quarters" is a percent (75); gallons
  are outside models.UNITS; "AB 60" is a law's name; "one motion" (beside "two amendments") is a
  count; "the one area", "one must", "one of the world's", "one big heap", "a single shot" are not.
  RELATED headlines are no claims; their one number ("three train derailments") is a figure.
"""
from helper import build_liar2


def build(name, claims, figures):
    build_liar2(name, claims, figures, split='unseen4')


build('y01-liar2-21976', [
 dict(span='In a campaign ad, Saving Arizona said Kelly "voted against the Keystone pipeline, which caused higher gas prices."',
      quote='voted against the Keystone pipeline, which caused higher gas prices.',
      speaker='Saving Arizona', attribution='official_statement', cue='said'),
], [
 dict(surface='two', after='voted against two', value=2, unit='count', quantity='amendments Kelly voted against'),
 dict(surface='one', after='amendments and one', value=1, unit='count', quantity='motion Kelly voted against'),
 dict(surface='two', after='But two of those', value=2, unit='count', quantity='measures lacking the force of law'),
])

build('y02-liar2-2450', [
 dict(span=('she cited other concerns beyond privacy', 'First Amendment concerns.'),
      speaker='Angle', attribution='paraphrase', cue='cited', hedges=['may']),
], [])

build('y03-liar2-15468', [
 dict(span='The NC GOP says "there aren’t enough ballots in question to change the outcome of this election."',
      quote='there aren’t enough ballots in question to change the outcome of this election.',
      speaker='NC GOP', attribution='official_statement', cue='says'),
 dict(span='they’ve criticized the board for lacking transparency.',
      speaker='NC GOP', attribution='official_statement', cue='’ve criticized'),
], [
 dict(surface='684', value=684, unit='count', quantity='mail-in votes cast in Bladen County'),
 dict(surface='905', value=905, unit='count', quantity='votes by which McCready trails Harris'),
 dict(surface='684', after='examining the 684', value=684, unit='count', quantity='mail votes from Bladen County'),
 dict(surface='680', value=680, unit='count', quantity='mail-in votes from Robeson County'),
 dict(surface='1,675', value=1675, unit='count', quantity='mail-in ballots not returned from either county'),
])

build('y04-liar2-9017', [
 dict(span='Congressman Cotton is the only Arkansan in Congress -- Democrat or Republican -- to vote against disaster relief five times.', quote='SPAN',
      speaker='Senate Majority PAC', attribution='direct_quote', cue='said'),
 dict(span='In a response ad, Cotton listed three votes that showed his support for disaster-relief funding.',
      speaker='Cotton', attribution='paraphrase', cue='listed'),
], [
 dict(surface='five', after='Cotton voted against five', value=5, unit='count', quantity='bills or amendments for disaster relief Cotton voted against'),
 dict(surface='three', after='only addresses three', value=3, unit='count', quantity='disaster relief bills the ad addresses'),
 dict(surface='three', after='Cotton listed three', value=3, unit='count', quantity='votes showing Cotton’s support for disaster relief'),
])

build('y05-liar2-10571', [
 dict(span='Almost 95 percent of all (Planned Parenthood\'s) pregnancy services were abortions.', quote='SPAN',
      speaker='Smith', attribution='direct_quote', cue='said', hedges=['almost']),
 dict(span=('An anti-abortion group puts', 'which aim to prevent pregnancies.'),
      speaker='Unnamed anti-abortion group', attribution='official_statement', cue='puts the figure at',
      hedges=['unnamed source']),
 dict(span=('The group describes', 'once they are already pregnant.'), quote='pregnancy services',
      speaker='Unnamed anti-abortion group', attribution='official_statement', cue='describes',
      hedges=['unnamed source']),
 dict(span='Planned Parenthood says it doesn\'t keep records of how many pregnant women are referred to outside healthcare providers.',
      speaker='Planned Parenthood', attribution='official_statement', cue='says'),
 dict(span=('After this fact-check published, an official with Planned Parenthood', 'record.'),
      speaker='Unnamed official', attribution='paraphrase', cue='said', hedges=['unnamed source']),
], [
 dict(surface='Almost 95 percent', value=95, unit='percent', quantity='Planned Parenthood pregnancy services that were abortions (as said)', approx=True),
 dict(surface='94 percent', value=94, unit='percent', quantity='abortion share of pregnancy services (anti-abortion group)'),
])

build('y06-liar2-12105', [
 dict(span='Bass said Trump has "promised mass deportation of Latino families."', quote='promised mass deportation of Latino families.',
      speaker='Bass', attribution='paraphrase', cue='said'),
 dict(span='She said Trump wants to deport Latino families',
      speaker='Bass', attribution='paraphrase', cue='said'),
 dict(span='He pledged to remove the undocumented population',
      speaker='Trump', attribution='paraphrase', cue='pledged'),
 dict(span=('tough talk Trump offered earlier in his campaign', 'able to come back, possibly.'), quote='good ones',
      speaker='Trump', attribution='paraphrase', cue='offered', hedges=['possibly']),
 dict(span='Trump reiterated that stance several times as journalists asked how it would work.',
      speaker='Trump', attribution='paraphrase', cue='reiterated'),
], [])

build('y07-liar2-14511', [
 dict(span=('In his attempts to brand Emanuel', 'bear an enormous cost for murders and shootings.'),
      speaker='McCarthy', attribution='paraphrase', cue='claimed'),
 dict(span=('the 2016 shooting and murder rate', 'financially killing our city'),
      quote='the 2016 shooting and murder rate in Chicago cost us about $9.6 BILLION DOLLARS … the entire City budget for 2018 is $8.6 billion dollars. This math does not work, it is financially killing our city',
      speaker='McCarthy campaign', attribution='direct_quote', cue='his campaign website read', hedges=['about']),
 dict(span=('the researcher who produced the findings', 'costs to city government.'),
      speaker='Unnamed researcher', attribution='paraphrase', cue='says', hedges=['unnamed source']),
], [
 dict(surface='about $9.6 BILLION DOLLARS', value=9.6e9, unit='USD', quantity='cost of 2016 shootings and murders in Chicago (as said)', approx=True),
 dict(surface='$8.6 billion dollars', value=8.6e9, unit='USD', quantity='Chicago city budget for 2018 (as said)'),
])

build('y08-liar2-12119', [
 dict(span='We put a lid on Iran\'s nuclear program without firing a single shot.', quote='SPAN',
      speaker='Clinton', attribution='direct_quote', cue='said'),
 dict(span=('most independent experts we have checked with agreed', 'through diplomatic means.'),
      speaker='independent experts', attribution='paraphrase', cue='agreed'),
], [])

build('y09-liar2-12550', [], [])

build('y10-liar2-14203', [
 dict(span='Conservative news websites and commentators claimed California plans to register undocumented immigrants to vote.',
      speaker='Conservative news websites and commentators', attribution='paraphrase', cue='claimed'),
 dict(span='California To Register Illegal Aliens To Vote – Automatically.', after='World Net Daily headline', quote='SPAN',
      speaker='World Net Daily', attribution='direct_quote', cue=None),
 dict(span='State officials said safeguards are already in place to prevent state DMV workers from typing in any voter information for AB 60 license holders.',
      speaker='State officials', attribution='official_statement', cue='said'),
 dict(span=('saying a spokeswoman for the California Department of Motor Vehicles', 'initial report."'),
      quote='cleared up an inaccuracy in WND’s initial report.',
      speaker='World Net Daily', attribution='official_statement', cue='saying'),
 dict(span='It said the spokeswoman explained that California’s licenses for undocumented immigrants "are not eligible for the new voter registration system."',
      quote='are not eligible for the new voter registration system.',
      speaker='World Net Daily', attribution='official_statement', cue='said'),
], [])

build('y11-liar2-20158', [
 dict(span='Kirk said Biden "let it fall apart" in Afghanistan because he "wants a couple hundred thousand more Ilhan Omars to come into America to change the body politic permanently."',
      quote='let it fall apart … wants a couple hundred thousand more Ilhan Omars to come into America to change the body politic permanently.',
      speaker='Kirk', attribution='paraphrase', cue='said', hedges=['a couple']),
], [
 dict(surface='a couple hundred thousand', value=200000, unit='count', quantity='more Ilhan Omars coming into America (as said)', approx=True),
])

build('y12-liar2-12200', [
 dict(span='Ted Strickland stands in lockstep with Hillary Clinton and the abortion lobby in their desire to force Americans to pay for abortion on demand, up until the moment of birth, with their taxpayer dollars.', quote='SPAN',
      speaker='Ohio Right to Life', attribution='direct_quote', cue='said'),
 dict(span='Abortions "on demand, up until the moment of birth" are a hypothetical non-event, according to health care professionals.',
      speaker='health care professionals', attribution='paraphrase', cue='according to health care professionals'),
], [])

build('y13-liar2-8384', [
 dict(span=('The post we’re checking said that', 'justification for gun confiscation."'),
      quote='according to (Barack) Obama’s newest unconstitutionally enacted law, health care professionals are now required to violate HIPAA privacy laws and submit medical data to the government … then used as justification for gun confiscation.',
      speaker='Unnamed poster', attribution='paraphrase', cue='said', hedges=['unnamed source']),
 dict(span='Experts say widespread gun confiscation is implausible.',
      speaker='Experts', attribution='paraphrase', cue='say'),
 dict(span='it isn’t unconstitutional according to Supreme Court jurisprudence.',
      attribution='reported', cue='according to Supreme Court jurisprudence'),
], [])

build('y14-liar2-22698', [
 dict(span='Facebook posts say the train that derailed in East Palestine, Ohio was carrying 300,000 gallons of a chemical that was banned in 1974.',
      speaker='Unnamed Facebook users', attribution='paraphrase', cue='say', hedges=['unnamed source']),
], [
 dict(surface='three', after='reports of three', value=3, unit='count', quantity='train derailments this month (related headline)'),
])

build('y15-liar2-3709', [
 dict(span='The DCCC says Hurt voted "to end Medicare and raise health care costs for Virginia seniors."',
      quote='to end Medicare and raise health care costs for Virginia seniors.',
      speaker='DCCC', attribution='official_statement', cue='says'),
], [
 dict(surface='92 percent', value=92, unit='percent', quantity='current Medicare recipients with no change in costs'),
 dict(surface='8 percent', value=8, unit='percent', quantity='those who might see higher costs'),
])

build('y16-liar2-9747', [
 dict(span='Saslaw says a female student attending U.Va. has a 20 percent chance of being sexually assaulted.',
      speaker='Saslaw', attribution='paraphrase', cue='says'),
 dict(span='one in five women is sexually assaulted in college.', quote='SPAN',
      speaker='Rolling Stone', attribution='direct_quote', cue='said'),
 dict(span='A few other studies have come up with comparable results.',
      attribution='reported', cue='have come up with', said_at='2014-11-24'),
 dict(span='The university says it plans to start surveying its students next year to quantify incidences of sexual misconduct.',
      speaker='U.Va.', attribution='official_statement', cue='says'),
 dict(span='his comment suggests that the statistic is unique to the university.',
      speaker='Saslaw', attribution='paraphrase', cue='suggests'),
 dict(span=('the issue of sexual assaults at U.Va.', 'president of the university.'),
      speaker='Teresa Sullivan', role='president of the university', attribution='paraphrase',
      cue='’s been repeatedly acknowledged'),
], [
 dict(surface='20 percent', value=20, unit='percent', quantity='chance a female U.Va. student is sexually assaulted (as said)'),
 dict(surface='one in five', value=20, unit='percent', quantity='women sexually assaulted in college nationally (Rolling Stone)'),
 dict(surface='two', after='at two unnamed', value=2, unit='count', quantity='colleges in the 2007 federal survey'),
 dict(surface='20 percent', after='applies the 20', value=20, unit='percent', quantity='the figure Saslaw applies to U.Va.'),
])

build('y17-liar2-6056', [
 dict(span=('which have charged all 59 Democrats', 'the "deciding vote"'), quote='deciding vote',
      speaker='American Commitment', attribution='official_statement', cue='have charged'),
 dict(span='American Commitment claims Bill Nelson voted to slash $500 billion from Medicare to fund other programs.',
      speaker='American Commitment', attribution='official_statement', cue='claims'),
], [
 dict(surface='60', value=60, unit='count', quantity='Senate votes in favor of the bill on Dec. 24, 2009'),
 dict(surface='59', value=59, unit='count', quantity='Democrats charged with casting the deciding vote'),
 dict(surface='$500 billion', value=500e9, unit='USD', quantity='Medicare cut Nelson voted for (as said)'),
])

build('y18-liar2-10622', [
 dict(span='The annual cost of free tax credits alone paid to illegal immigrants quadrupled to $4.2 billion in 2011.', quote='SPAN',
      speaker='Trump', attribution='direct_quote', cue='said'),
], [
 dict(surface='$4.2 billion', value=4.2e9, unit='USD', quantity='annual cost of tax credits paid to illegal immigrants (as said)'),
 dict(surface='$4.2 billion', after='The $4.2 billion refers', value=4.2e9, unit='USD', quantity='tax credit refunds for children'),
 dict(surface='an estimated\xa0 $12 billion', value=12e9, unit='USD', quantity='payroll taxes paid by illegal immigrants to Social Security', approx=True),
])

build('y19-liar2-9448', [
 dict(span='saying that health insurance costs for Floridians are up 30 percent or more.',
      speaker='Republicans', attribution='official_statement', cue='saying', hedges=['or more']),
 dict(span='Many reports that cite big double-digit premium increases',
      attribution='reported', cue='cite', said_at='2014-09-23'),
 dict(span='Kaiser concluded that in large-group plans, the largest segment in the market, premiums will rise 3 percent.',
      speaker='Kaiser', attribution='official_statement', cue='concluded'),
 dict(span=('The Republicans’ ad takes anecdotal experiences', 'without any benefits.'),
      speaker='Republicans', attribution='official_statement', cue='creates the impression',
      hedges=['potentially']),
 dict(span='it tells voters that despite that morass, Crist supports it.',
      speaker='Republicans', attribution='official_statement', cue='tells voters'),
 dict(span='the typical experience is nowhere near what the ad suggests.',
      speaker='Republicans', attribution='official_statement', cue='suggests'),
], [
 dict(surface='30 percent or more', value=30, unit='percent', quantity='rise in health insurance costs for Floridians (as said)', approx=True),
 dict(surface='3 percent', value=3, unit='percent', quantity='premium rise in large-group plans (Kaiser)'),
])

build('y20-liar2-629', [
 dict(span=('In 2004 testimony before a Senate subcommittee', 'such as heart disease and cancer.'),
      speaker='Dean Ornish',
      role='Dr., professor of medicine at the University of California San Francisco and founder of the Preventive Medicine Research Institute',
      attribution='paraphrase', cue='described'),
 dict(span='he said less than 2 percent was spent on preventing those ailments.',
      speaker='Dean Ornish', attribution='paraphrase', cue='said', hedges=['less than']),
], [
 dict(surface='three-quarters', value=75, unit='percent', quantity='health-care spending going toward chronic diseases'),
 dict(surface='less than 2 percent', value=2, unit='percent', quantity='spending on preventing chronic diseases (Ornish)', approx=True),
 dict(surface='4 percent', value=4, unit='percent', quantity='spending on prevention (as claimed)'),
])
