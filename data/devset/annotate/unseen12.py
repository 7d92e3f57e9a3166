"""The `unseen12` split: 31 more PolitiFact justifications from LIAR2 test.csv (rule in liar2_select.py:
skip 250, count 31, the file's last long justifications).

Annotated blind: from the text alone, by the conventions in ../README.md (and the choices of
unseen.py, factdev.py, unseen2.py … unseen10.py), by someone who wrote no extraction rule, never ran
the extractor and saw no other annotation of these texts, and committed before the extractor was run
on any of them. Organisations named as speakers ("The Obama campaign", "Suozzi’s team", "The
Ridesharing Works group", "Bike Austin", "His office" (Rauner’s office), "The state Republican
Party", also called "The GOP" in the same text, "HHS", "the EPA" / "the agency", "the WHO" / "the
organization", "the Tribune", "Agence France Presse", "the city analysis" (the city's)) are
`official_statement` when indirect and `direct_quote` when quoted whole; generic groups
("Experts", "experts", "Experts in pretrial justice", "advocates", "drug-testing opponents") are
`paraphrase`; officials of an unnamed institution ("Officials have talked of …", o12) are
`official_statement` without a hedge (as unseen's "Officials in multiple counties …"); unnamed
people are "Unnamed <noun>" with the hedge "unnamed source" ("An Instagram post" "Unnamed Instagram
user", "An image widely shared on Facebook" and "The post" "Unnamed poster", "this Facebook post" /
"The Facebook post" "Unnamed Facebook user", "A social media meme" "Unnamed social media user",
"The chain email" "Unnamed e-mail author", "One" of the athletes "Unnamed athlete", "A real estate
professional …" "Unnamed real estate professional", "his former partner" "Unnamed former partner",
"the website" that recanted "Unnamed website" — `official_statement`, websites being outlets as
unseen7); a definite organisation the excerpt never names keeps its noun ("the relevant department"
"department", "the gym’s corporate office" "gym’s corporate office", "the city analysis" "city").
Choices the README and the earlier specs did not already settle:
- Multi-sentence quotes: Jolly's quote (o02: "stood there, over three … prisoners … Saying that it
  was a great sight. Saying we needed to bring it to Florida. And you did this … on the eve of
  Juneteenth …") is one claim — its later sentences are subjectless fragments continuing one
  account of one visit, and PolitiFact rates the passage as one statement (as unseen9's Bush and
  unseen10's Rubio), although it comments on the parts; Obama's "the bill hadn’t changed, the need
  hadn’t changed. The only thing that had changed was politics." (o30) is one claim (one contrast);
  the image's two sentences (o17: "energy independent in 2019 …" / "In just 10 days we are sent back
  50 years.") are two claims, both cue "claimed" (PolitiFact checks them separately, as unseen9's
  Instagram post); the post's statement plus its rhetorical question (o22: "Unemployment now pays
  $24/hour … Why don’t ‘essential’ people … get $24, too?") is one claim (the question restates the
  first sentence's point). McGinty's numbered "two-fold" claim (o16: "claiming 1. That Toomey … and
  2. That he has …") is two claims, both cue "claiming", spans starting at "That" (the list numbers
  "1." and "2." are left out and are no figures).
- Quotes with words of the speaker's sentence outside the quote marks are `paraphrase` (or
  `official_statement`) with the quote, as the earlier sets: "Jolly said, Crist "…"" (o02), "the
  Tribune reported" after a sentence whose last part alone is quoted (o03: the whole sentence from
  "Valenti responded" is the Tribune's report, cue "the Tribune reported", speaker "Tribune",
  `official_statement`), "Suozzi has been calling Gov. Kathy Hochul "interim governor."" (o04, cue
  "has been calling", as unseen7's "She called her paper …"). Oliver's "said "…," namely Florida,
  adding, "…"" (o06) is two `direct_quote`s (cue "said" and "adding"; "namely Florida" is
  PolitiFact's gloss). "Scott reassured Florida’s economic development leaders, "…"" (o23) is a
  `direct_quote` with the cue "reassured Florida’s economic development leaders" (the verb keeps
  its object, as "told the press").
- A quoted word in a paraphrase that may be the speaker's own is kept as the quote (o04 Bopst's
  "interim"); a quoted official designation is not the speaker's words and gives no quote (o13 the
  experts' "public health emergency of international concern", the WHO's term).
- Speech acts whose content is stated or clear are claims, following the earlier generous lists:
  "he expressed his approval of the practice" (o02, cue "expressed", as unseen3's "has expressed
  opposition"), "the part that says he "shot him 53 times"" (o03, the post's caption, relative clause
  from "that", cue "says"), "His  takes a treaty … and describes it as a step toward confiscating …"
  (o09, Stockman's statement speaks for him, cue "describes it as"), "Fredericks offers a scenario
  in which …" (o11, cue "offers a scenario"), "Officials have talked of having Amtrak trains stop …"
  (o12, cue "have talked of", as unseen9's "did talk about"), "Fitzpatrick accused the WHO of
  missing the pandemic" and "citing a Jan. 14 tweet" (o13, two claims; the citing span is cut at
  "tweet") and the tweet's own content "in which the organization reported Chinese assurances that
  …" (the WHO's claim, from the relative "in which", said_at 2020-01-14, as unseen10's "MythBusters,
  which concluded …"; the Chinese assurances inside it are nested), "saying he still supports the
  measure" (o16, Toomey), "drug-testing opponents have offered a number of other reasons …" and "he
  makes a blanket statement about people who don't take the test being on drugs" (o21, as unseen9's
  "makes unprovable accusations about"), "The governor disputes that …", "saying McAuliffe is "going
  to raid" …" (cue "saying", as unseen10's "by saying") and "the governor has proposed using savings
  …" (o24, a proposal inside PolitiFact's "the GOP ignores that", as unseen10's "Obama specifically
  proposes"), "The allegations in this Facebook post range from the —comparing Ocasio-Cortez to an
  amphibian—to the incendiary." (o27, a noun reporting speech, cue "allegations"; least certain),
  Ellison's "wrote an article defending Louis Farrakhan against claims that …" (cue "wrote an
  article defending"; the "claims that Farrakhan was anti-semitic" inside it are not a claim of
  their own) and "went on to renounce the Nation of Islam" (cue "then went on to renounce"), "his
  former partner hasn’t backed down from claims that he harmed her" (o27: the negation is of
  backing down, so the claims stand; cue "hasn’t backed down from claims"), "two government reports
  and several contemporary journalistic accounts cast strong doubt" on the email's claims (o29,
  documents without a named author: `reported`, publication date, cue "cast strong doubt", as
  unseen7's "viewed that estimate with suspicion"), "The one Web report that supports this scenario
  was recanted by the website" (cue "was recanted") and "the mainstream media source it had cited"
  (cue "had cited", as unseen9's "the study they cite"), both the unnamed website's.
- "By HHS’ own documentation, Gruber was considered "uniquely positioned" …" (o07) is a sourced
  statement: `official_statement`, speaker "HHS", cue "By HHS’ own documentation" (as unseen8's
  "based on previous data provided by Trump officials").
- "Reports on blogs, television, radio and Twitter said a YouGov.com poll showed …" (o19): reports
  with no named outlet are documents without a speaker, `reported` with the publication date and
  the cue "said" (the subject is too long to be a cue, as unseen9's "Publicity information, news
  coverage … did suggest"); the poll inside is nested. "Two calculations based on Census data
  suggest …" (o28) is `reported` with the cue "Two calculations based on Census data suggest" (the
  calculations' authors are not named; the Census Bureau is only their source). "Research suggests
  …" (o18) is `reported`.
- "according to labor expert Robert Bruno" inside a relative clause (o20) gives a claim from
  "which" with the cue "according to labor expert Robert Bruno" and role "labor expert".
- Not claims: "Trump based that on a review from the EPA" (o10, provenance, as unseen10's "Rubio
  pulled his number from …"); "Additional staff might be needed, we learned" (o05, PolitiFact's
  own "we learned", as "we found"); "Our scan of current rents showed" (PolitiFact's own);
  "the administration doubled down on its support of a proposed SNAP rule change" (o14, a position,
  as "backed"); "He also wanted to bring the same style of chain gangs to Florida" (a wish, not
  speech); "The Facebook post includes Valenti’s full name and photo" (no content); "the email’s
  claims about Stevens’ being violently attacked …" (o29, a re-mention without a reporting verb, as
  unseen4's "the DCCC's blanket statement that …"); "Fredericks’  that all reclassified immigrants
  …", "As to the  that Ellison "beats women,"", "Rauner’s claims about union jobs growth …", "The
  statement that Democrats controlled Congress …" (re-mentions); "distorts trends far more nuanced
  than he describes" (a comparative, as "much less than Castro suggests"); "in claiming someone paid
  a minor for sex", "to say he "did little or nothing"", "Saying the WHO missed the pandemic …",
  "That’s not the same thing as saying they won’t …" (generic); "If McGinty would have said …"
  (counterfactual); negations ("He also didn’t say it was "a great sight,"", "hasn’t indicated that
  he plans to", "Bike Austin didn’t offer nor did we find research showing …", "the department …
  can't say why", "The Republicans offer no proof", "Nobody called Theodore Roosevelt …",
  "Fitzpatrick’s  doesn’t acknowledge"); "The state constitution is clear that …" (PolitiFact's
  reading of a document); the CORRECTION's "A previous version of this item said …" and "the court
  declined to address …"; "as we have noted in previous fact-checks"; RELATED headlines.
- said_at: only the WHO's "Jan. 14 tweet" (2020-01-14, the publication's year) is dated; "During a
  conservative talk radio interview", "Romney’s ABC News interview in April" give no day: null.
  `reported` claims in the article's voice get the publication date.
- Hedges: "approximately" before "market rate" is kept although no number follows (as unseen7's "up
  to" before days); "purportedly" ("an account purportedly written by Dee Dee Myers", o29) is a
  reporting hedge (as "allegedly"); "accused" as Fitzpatrick's own verb is the cue, not a hedge (as
  unseen9); "on average", "only", "just" are no hedges.
- Figures: "N times" with a verb ("shot him 53 times", "has been increased "23 times"", "raised "21
  times …"", "21 of 23 times the minimum wage was increased") is a frequency, no figure (as unseen4's
  "five times", and the README's "twice"), while "21 of those increases" is a count (a counted noun);
  "a dozen meetings" is a count of 12; "two-year membership" is 2 years (a length, as unseen9's
  "six-year process"); "the four most recent tax years" is a duration of 4 years; "sent back 50
  years" is a `years` figure (an amount of setback, as unseen6's "risen by one year"), not a time
  expression; "two-bedroom apartments" is a count of 2 and "one-or-two-bedroom units" the count
  range 1–2 (as unseen9's "two-bedroom"); "part of one road" (set against "five road-diet
  projects") is a count of 1 (as unseen5's "more than one person" / "to one individual"; least
  certain); "42,771 or 48,900" are two counts (two calculations' results, not a range); "from 21 to
  30" (the age cap) are two `years` figures (as unseen6's "from 44 percent to 72"); "about
  two-thirds" is percent 66.7, approx; "closer to $1,000" approx; "no more than about $23,000" is
  approx with its bound in the surface; "less than $24" approx; "plus or minus 3.8 percentage points"
  is percent 3.8 with the surface "3.8 percentage points", not approx (a margin, not a hedge);
  "$24/hour", "$600-per-week", "$24 per hour" give the money amount alone as surface; "up to $36,000
  to $38,000" is a USD range, approx; months, weeks and days ("up to about four months", "six
  months", "more than a week", "over 20 months", "10 days", "first 10 months") are outside
  models.UNITS; "millions", "Thousands", "double and triple digits", "double-digit", "two-fold",
  "one-time", "multi-year", "single-year", "a single-term governor" give no figure; "One said",
  "one, Arizona", "one measure", "The one caveat", "The one Web report", "the one to re-introduce",
  "every one of these illegals", "One of our principles" are pronoun or determiner "one";
  "COVID-19", "Proposition 1", "10 News", "Title VII", "$$ 4" (tweet shorthand for "for") are names
  or no numbers; the ratings line "the six PolitiFact ratings" is a count (as the earlier sets).
"""
from helper import build_liar2


def build(name, claims, figures):
    build_liar2(name, claims, figures, split='unseen12')


UNN = ['unnamed source']

build('o01-liar2-22433', [
 dict(span='An Instagram post suggested strokes and blood clots recently reported in four young athletes are related to COVID-19 vaccines.',
      speaker='Unnamed Instagram user', attribution='paraphrase', cue='suggested', hedges=UNN),
 dict(span='One said tests to determine his stroke’s cause were inconclusive.',
      speaker='Unnamed athlete', attribution='paraphrase', cue='said', hedges=UNN),
 dict(span='Experts said studies show that the COVID-19 virus can increase someone’s risk of blood clots.',
      speaker='Experts', attribution='paraphrase', cue='said'),
], [
 dict(surface='four', value=4, unit='count', quantity='young athletes with recently reported strokes or blood clots (post)'),
 dict(surface='two', after='But two', value=2, unit='count', quantity='athletes suffering from other conditions'),
])

build('o02-liar2-12390', [
 dict(span=('Jolly said, Crist "stood there', 'the end of slavery."'),
      quote='stood there, over three African-American prisoners in chains, on their knees, on the side of the road. Saying that it was a great sight. Saying we needed to bring it to Florida. And you did this — whether you know or not — on the eve of Juneteenth, the day the African-American community celebrates the end of slavery.',
      speaker='Jolly', attribution='paraphrase', cue='said'),
 dict(span='he expressed his approval of the practice.',
      speaker='Crist', attribution='paraphrase', cue='expressed'),
], [
 dict(surface='three', value=3, unit='count', quantity='African-American prisoners in chains Crist stood over (as said)'),
])

build('o03-liar2-16479', [
 dict(span=('Valenti responded, and when he found out', 'the Tribune reported .'),
      quote='he offered to pay $150 out of his own pocket, asking fitness center workers how much membership time that would buy for the boy',
      speaker='Tribune', attribution='official_statement', cue='the Tribune reported'),
 dict(span='after the gym’s corporate office found out about the situation, they said the $150 would go toward a two-year membership, instead, with the gym picking up the rest of the cost.',
      speaker='gym’s corporate office', attribution='official_statement', cue='said'),
 dict(span='that says he "shot him 53 times"', quote='shot him 53 times',
      speaker='Unnamed Facebook user', attribution='paraphrase', cue='says', hedges=UNN),
], [
 dict(surface='$150', value=150, unit='USD', quantity='what Valenti offered to pay for the teen’s membership (Tribune)'),
 dict(surface='$150', after='they said the', value=150, unit='USD', quantity='Valenti’s payment put toward a longer membership'),
 dict(surface='two-year', value=2, unit='years', quantity='length of the gym membership'),
])

build('o04-liar2-20751', [
 dict(span='Suozzi has been calling Gov. Kathy Hochul "interim governor."', quote='interim governor.',
      speaker='Suozzi', attribution='paraphrase', cue='has been calling'),
 dict(span='Suozzi’s team told us that Hochul is an interim governor because she was not elected as governor and is serving in an interim capacity until the next election.',
      speaker='Suozzi’s team', attribution='official_statement', cue='told us'),
 dict(span='Hochul is interim governor only to the extent that any other governor is "interim" - they all serve fixed terms and are subject to election, Bopst said.',
      quote='interim', speaker='Bopst', attribution='paraphrase', cue='Bopst said'),
], [])

build('o05-liar2-11661', [
 dict(span=('The Ridesharing Works group said that if voters reject Proposition 1', 'getting "the bill."'),
      quote='completely new city-run … process will cost millions in processing fees, additional staff and bureaucracy … the bill.',
      speaker='Ridesharing Works group', attribution='official_statement', cue='said'),
 dict(span='the relevant department also advises it can lean on existing staff.',
      speaker='department', attribution='official_statement', cue='also advises'),
], [
 dict(surface='six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('o06-liar2-10364', [
 dict(span='pretrial service programs have succeeded around the country', quote='SPAN',
      speaker='Oliver', attribution='direct_quote', cue='said'),
 dict(span='And it is a truly frightening state of affairs when Florida is a model for progressive change.', quote='SPAN',
      speaker='Oliver', attribution='direct_quote', cue='adding'),
 dict(span=('Experts in pretrial justice, several of whom talked', 'overcrowding in jails.'),
      speaker='Experts in pretrial justice', attribution='paraphrase', cue='said'),
 dict(span='they said he went a bit too far in leaving his viewers with the idea that Florida is among states that go above and beyond for defendants.',
      speaker='Experts in pretrial justice', attribution='paraphrase', cue='said'),
 dict(span='There are pockets of progress, advocates said, but the commercial bail bonding industry is also strong in the state, and not every county has pretrial services.',
      speaker='advocates', attribution='paraphrase', cue='advocates said'),
], [])

build('o07-liar2-9694', [
 dict(span='Obama said Gruber was "some adviser who never worked on our staff."', quote='some adviser who never worked on our staff.',
      speaker='Obama', attribution='paraphrase', cue='said'),
 dict(span='By HHS’ own documentation, Gruber was considered "uniquely positioned" for a contract job assisting with Obama’s health care reform efforts.',
      quote='uniquely positioned', speaker='HHS', attribution='official_statement', cue='By HHS’ own documentation'),
], [
 dict(surface='a dozen', value=12, unit='count', quantity='meetings Gruber had with senior members of Obama’s teams'),
])

build('o08-liar2-13068', [
 dict(span='Obamacare premiums nationwide have increased by double and triple digits.', quote='SPAN',
      speaker='Trump', attribution='direct_quote', cue='said'),
 dict(span='experts say that health care costs broadly are increasing at a lower rate than before the health care law took effect.',
      speaker='experts', attribution='paraphrase', cue='say'),
], [])

build('o09-liar2-7725', [
 dict(span='Stockman said a U.N. treaty is \xa0"mandating a new international gun registry."', quote='mandating a new international gun registry.',
      speaker='Stockman', attribution='paraphrase', cue='said'),
 dict(span='His  takes a treaty intended to curtail illicit weapons trade between countries and describes it as a step toward confiscating gun owners’ property.',
      speaker='Stockman', attribution='paraphrase', cue='describes it as'),
], [
 dict(surface='six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('o10-liar2-14486', [
 dict(span='Trump said that Pruitt paid approximately market rate for the living space he rented from the wife of an energy lobbyist.',
      speaker='Trump', attribution='paraphrase', cue='said', hedges=['approximately']),
 dict(span='the agency later said it lacked all the facts to fully assess the situation.',
      speaker='EPA', attribution='official_statement', cue='later said'),
 dict(span='A real estate professional familiar with rents in the neighborhood said the terms of the lease were unusually convenient for Pruitt.',
      speaker='Unnamed real estate professional', role='real estate professional familiar with rents in the neighborhood',
      attribution='paraphrase', cue='said', hedges=UNN),
], [
 dict(surface='two', after='prices of two-bedroom', value=2, unit='count', quantity='bedrooms of the apartments in PolitiFact’s scan'),
 dict(surface='about two-thirds', value=200 / 3, unit='percent', quantity='share of the time Pruitt was there', approx=True),
 dict(surface='closer to $1,000', value=1000, unit='USD', quantity='Pruitt’s effective monthly rent', approx=True),
 dict(surface='one-or-two', value=None, low=1, high=2, unit='count', quantity='bedrooms of units unavailable at that price'),
])

build('o11-liar2-10038', [
 dict(span=('Now we find out that every one of these illegals', 'without paying a dime in.'), quote='SPAN',
      speaker='Fredericks', attribution='direct_quote', cue='says', hedges=['up to']),
 dict(span='Fredericks offers a scenario in which two families living together with three children apiece could  $36,000 in combined credits if they file taxes separately.',
      speaker='Fredericks', attribution='paraphrase', cue='offers a scenario'),
], [
 dict(surface='up to $36,000 to $38,000', value=None, low=36000, high=38000, unit='USD', quantity='earned income tax credits every illegal immigrant can be eligible for (as said)', approx=True),
 dict(surface='$24,320', value=24320, unit='USD', quantity='maximum credits any family could receive'),
 dict(surface='four', after='for the four most recent', value=4, unit='years', quantity='most recent tax years covered by the maximum'),
 dict(surface='at least three', value=3, unit='count', quantity='children a family must have to qualify', approx=True),
 dict(surface='no more than about $23,000', value=23000, unit='USD', quantity='yearly taxable income limit to qualify', approx=True),
 dict(surface='6.4 percent', value=6.4, unit='percent', quantity='applying families in 2012 in that category'),
 dict(surface='two', after='scenario in which two', value=2, unit='count', quantity='families living together in Fredericks’ scenario'),
 dict(surface='three', after='living together with three', value=3, unit='count', quantity='children per family in the scenario'),
 dict(surface='$36,000', after='children apiece', value=36000, unit='USD', quantity='combined credits in the scenario'),
])

build('o12-liar2-4959', [
 dict(span='Governor Chafee said the T.F. Green InterLink is the closest air-rail link in the country.',
      speaker='Chafee', role='Governor', attribution='paraphrase', cue='said'),
 dict(span='Officials have talked of having Amtrak trains stop at the InterLink eventually',
      speaker='Officials', attribution='official_statement', cue='have talked of'),
], [])

build('o13-liar2-17759', [
 dict(span='During a conservative talk radio interview, Fitzpatrick accused the WHO of missing the pandemic',
      speaker='Fitzpatrick', attribution='paraphrase', cue='accused'),
 dict(span='citing a Jan. 14 tweet',
      speaker='Fitzpatrick', attribution='paraphrase', cue='citing'),
 dict(span='in which the organization reported Chinese assurances that\xa0 there was no human-to-human transmission of the virus.',
      speaker='WHO', attribution='official_statement', cue='reported', said_at='2020-01-14'),
 dict(span=('Experts argue that the WHO was slow to acknowledge', 'and label it a pandemic.'),
      speaker='Experts', attribution='paraphrase', cue='argue'),
], [])

build('o14-liar2-17761', [
 dict(span='the Trump Administration is trying to take food assistance away from Wisconsin families when people are out of work and struggling.', quote='SPAN',
      speaker='Baldwin', attribution='direct_quote', cue='said'),
], [
 dict(surface='nearly 700,000', value=700000, unit='count', quantity='people the proposed SNAP rule change would cut off', approx=True),
])

build('o15-liar2-5533', [
 dict(span='The Obama campaign said Romney "has refused to say whether he would have vetoed or signed the Lilly Ledbetter Fair Pay Act."',
      quote='has refused to say whether he would have vetoed or signed the Lilly Ledbetter Fair Pay Act.',
      speaker='Obama campaign', attribution='official_statement', cue='said'),
 dict(span='Romney also said he \xa0"certainly support(s) equal pay for women," and has "no intention of changing that law."',
      quote='certainly support(s) equal pay for women … no intention of changing that law.',
      speaker='Romney', attribution='paraphrase', cue='also said'),
], [])

build('o16-liar2-11856', [
 dict(span='That Toomey "did little or nothing" to attempt to get the Toomey-Manchin amendment passed',
      quote='did little or nothing', speaker='McGinty', attribution='paraphrase', cue='claiming'),
 dict(span='That he has "done absolutely nothing other than\xa0disavow\xa0any attempt to move on the legislation" after it was shot down by the Senate.',
      quote='done absolutely nothing other than\xa0disavow\xa0any attempt to move on the legislation',
      speaker='McGinty', attribution='paraphrase', cue='claiming'),
 dict(span='saying he still supports the measure',
      speaker='Toomey', attribution='paraphrase', cue='saying'),
], [])

build('o17-liar2-19283', [
 dict(span='The United States was energy independent in 2019 for the first time since 1957.', quote='SPAN',
      speaker='Unnamed poster', attribution='direct_quote', cue='claimed', hedges=UNN),
 dict(span='In just 10 days we are sent back 50 years.', quote='SPAN',
      speaker='Unnamed poster', attribution='direct_quote', cue='claimed', hedges=UNN),
], [
 dict(surface='50 years', value=50, unit='years', quantity='how far back the U.S. is sent (as said)'),
])

build('o18-liar2-12128', [
 dict(span='Bike lanes and sidewalks have been proven to reduce crashes by up to 38 percent on Austin’s streets.', quote='SPAN',
      speaker='Bike Austin', attribution='direct_quote', cue='said', hedges=['up to']),
 dict(span='Research suggests big drops in pedestrian-vehicle accidents when sidewalks are introduced.',
      attribution='reported', cue='Research suggests', said_at='2016-06-08'),
 dict(span=('the city analysis\xa0states that reconfiguring', 'among five road-diet projects.'),
      speaker='city', attribution='official_statement', cue='analysis\xa0states'),
], [
 dict(surface='up to 38 percent', value=38, unit='percent', quantity='crash reduction from bike lanes and sidewalks (as said)', approx=True),
 dict(surface='one', after='part of one road', value=1, unit='count', quantity='road reconfigured in the city analysis'),
 dict(surface='38 percent', after='preceded', value=38, unit='percent', quantity='fewer crashes after reconfiguring lanes on one road'),
 dict(surface='29 percent', value=29, unit='percent', quantity='average crash reduction among road-diet projects'),
 dict(surface='five', value=5, unit='count', quantity='road-diet projects'),
 dict(surface='six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('o19-liar2-8472', [
 dict(span='Reports on blogs, television, radio and Twitter said a YouGov.com poll showed 71 percent of Obama voters regret voting for him.',
      attribution='reported', cue='said', said_at='2014-02-18'),
 dict(span=('Surveys require a great deal of attention from pollsters', 'conservative American Enterprise Institute.'),
      speaker='Karlyn Bowman', role='polling analyst at the conservative American Enterprise Institute', attribution='paraphrase',
      cue='said Karlyn Bowman, a polling analyst at the conservative American Enterprise Institute'),
 dict(span='You’ve got to be really careful when you’re looking at subsamples of subsamples of subsamples', quote='SPAN',
      speaker='Karlyn Bowman', attribution='direct_quote', cue='Bowman said'),
], [
 dict(surface='71 percent', value=71, unit='percent', quantity='Obama voters who regret voting for him (reports)'),
 dict(surface='3.8 percentage points', value=3.8, unit='percent', quantity='margin of error of the overall YouGov poll'),
])

build('o20-liar2-14652', [
 dict(span='there’s more union jobs growing in Texas, which is a right-to-work state, than in Illinois and factory workers make more money in Texas than they do in Illinois.', quote='SPAN',
      speaker='Rauner', attribution='direct_quote', cue='said'),
 dict(span='His office sent us data indicating Texas grew more union jobs, and at a faster clip, than did Illinois.',
      speaker='Rauner’s office', attribution='official_statement', cue='sent us data indicating'),
 dict(span='It also pointed to federal data showing manufacturing workers in Texas made $100 more per week on average than their Illinois counterparts.',
      speaker='Rauner’s office', attribution='official_statement', cue='also pointed to'),
 dict(span='which, according to labor expert Robert Bruno, is a more accurate indicator of employment opportunity for those seeking a union job.',
      speaker='Robert Bruno', role='labor expert', attribution='paraphrase', cue='according to labor expert Robert Bruno'),
], [
 dict(surface='$100', value=100, unit='USD', quantity='more weekly pay of Texas manufacturing workers than Illinois ones, on average'),
])

build('o21-liar2-5138', [
 dict(span=('Kreegel said about 80 people failed', 'they are "out there on drugs."'),
      quote='out there on drugs.', speaker='Kreegel', attribution='paraphrase', cue='said', hedges=['about']),
 dict(span='drug-testing opponents have offered a number of other reasons why someone might not want take a drug test.',
      speaker='drug-testing opponents', attribution='paraphrase', cue='have offered'),
 dict(span="he makes a blanket statement about people who don't take the test being on drugs",
      speaker='Kreegel', attribution='paraphrase', cue='makes a blanket statement about'),
], [
 dict(surface='about 80', value=80, unit='count', quantity='people who failed the 2011 welfare drug screening (as said)', approx=True),
 dict(surface='about 800', value=800, unit='count', quantity='applicants who refused to be screened (as said)', approx=True),
 dict(surface='108', value=108, unit='count', quantity='people who failed the test'),
 dict(surface='2,306', value=2306, unit='count', quantity='applicants who did not take the test'),
])

build('o22-liar2-17428', [
 dict(span='Unemployment now pays $24/hour, even if your wages were lower. Why don’t ‘essential’ people forced to still work get $24, too?', quote='SPAN',
      speaker='Unnamed poster', attribution='direct_quote', cue='says', hedges=UNN),
], [
 dict(surface='$24', value=24, unit='USD', quantity='hourly unemployment pay (as said)'),
 dict(surface='$24', after='still work get', value=24, unit='USD', quantity='hourly pay essential workers should get (as said)'),
 dict(surface='$1,200', value=1200, unit='USD', quantity='one-time stimulus payment'),
 dict(surface='less than $24', value=24, unit='USD', quantity='hourly earnings of workers in essential jobs', approx=True),
 dict(surface='$600', value=600, unit='USD', quantity='weekly boost in unemployment payments'),
 dict(surface='$24', after='equivalent to a', value=24, unit='USD', quantity='hourly rate equivalent of some payments'),
 dict(surface='$24', after='equivalent of', value=24, unit='USD', quantity='hourly rate the law does not specify'),
])

build('o23-liar2-6306', [
 dict(span='We have every reason to brag about what’s going on in our state.', quote='SPAN',
      speaker='Scott', attribution='direct_quote', cue='reassured Florida’s economic development leaders'),
 dict(span='Experts say the reasons behind the drop are  grim: Thousands of discouraged workers have given up on finding work in Florida.',
      speaker='Experts', attribution='paraphrase', cue='say'),
], [])

build('o24-liar2-8644', [
 dict(span=('The state Republican Party tweeted that', 'Obamacare in VA."'),
      quote='we found the part where you were going to raid school, other $$ 4 Obamacare in VA.',
      speaker='state Republican Party', attribution='official_statement', cue='tweeted'),
 dict(span='The governor disputes that the provision gives him such power.',
      speaker='McAuliffe', attribution='paraphrase', cue='disputes'),
 dict(span='saying McAuliffe is "going to raid" schools and other state programs to help pay for Medicaid expansion',
      quote='going to raid', speaker='state Republican Party', attribution='official_statement', cue='saying'),
 dict(span='the governor has proposed using savings from Medicaid expansion to bolster other state programs, including education.',
      speaker='McAuliffe', attribution='paraphrase', cue='has proposed'),
], [])

build('o25-liar2-18592', [
 dict(span=('Mace said Cunningham voted for $5 million', 'that pay for your TV ads."'),
      quote='that pay your personal expenses, that pay for your TV ads.',
      speaker='Mace', attribution='paraphrase', cue='said'),
], [
 dict(surface='$5 million', value=5e6, unit='USD', quantity='taxpayer funds for campaigns Cunningham voted for (as said)'),
 dict(surface='$5 million', after='not necessarily come to', value=5e6, unit='USD', quantity='the amount the matching funds would not necessarily reach'),
 dict(surface='$5 million', after='maximum match', value=5e6, unit='USD', quantity='maximum match under any scenario'),
])

build('o26-liar2-5921', [
 dict(span='Romney told the NAACP that when he was governor of Massachusetts, "not only did test scores improve – we also narrowed the achievement gap."',
      quote='not only did test scores improve – we also narrowed the achievement gap.',
      speaker='Romney', attribution='paraphrase', cue='told the NAACP'),
 dict(span='State education figures over two years support Romney’s  about learning gains',
      attribution='reported', cue='State education figures over two years support', said_at='2012-07-11'),
 dict(span=('significant gains in student achievement', 'a 20-year reform effort.'), quote='SPAN',
      speaker="d'Entremont", attribution='direct_quote', cue='said'),
], [
 dict(surface='two years', value=2, unit='years', quantity='period of the state education figures'),
 dict(surface='one or two years', value=None, low=1, high=2, unit='years', quantity='period of a statistics snapshot'),
 dict(surface='20-year', value=20, unit='years', quantity='length of the Massachusetts reform effort (as said)'),
])

build('o27-liar2-15422', [
 dict(span='The allegations in this Facebook post range from the —comparing Ocasio-Cortez to an amphibian—to the incendiary.',
      speaker='Unnamed Facebook user', attribution='paraphrase', cue='allegations', hedges=UNN),
 dict(span='while in law school, Ellison wrote an \xa0article defending Louis Farrakhan against claims that Farrakhan was anti-semitic.',
      speaker='Ellison', attribution='paraphrase', cue='wrote an \xa0article defending'),
 dict(span='Ellison then went on to renounce the Nation of Islam while also addressing those criticisms head-on in an opinion piece for the Washington Post.',
      speaker='Ellison', attribution='paraphrase', cue='then went on to renounce'),
 dict(span='his former partner hasn’t backed down from claims that he harmed her in what was clearly a volatile relationship.',
      speaker='Unnamed former partner', role='Ellison’s former partner', attribution='paraphrase',
      cue='hasn’t backed down from claims', hedges=UNN),
], [])

build('o28-liar2-7932', [
 dict(span='Hinojosa said there are "40,000 veterans in the state of Texas that are not going to receive health care as a result of" the decision to reject expanding Medicaid.',
      quote='40,000 veterans in the state of Texas that are not going to receive health care as a result of',
      speaker='Hinojosa', attribution='paraphrase', cue='said'),
 dict(span=('Two calculations based on Census data suggest', 'embraced that part of the Obamacare law.'),
      attribution='reported', cue='Two calculations based on Census data suggest', said_at='2013-09-25'),
], [
 dict(surface='40,000', value=40000, unit='count', quantity='Texas veterans who will not receive health care (as said)'),
 dict(surface='Two', value=2, unit='count', quantity='calculations based on Census data'),
 dict(surface='42,771', value=42771, unit='count', quantity='uninsured Texas veterans below the Medicaid threshold (one calculation)'),
 dict(surface='48,900', value=48900, unit='count', quantity='uninsured Texas veterans below the Medicaid threshold (other calculation)'),
 dict(surface='six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('o29-liar2-7763', [
 dict(span=('The chain email forwarded an account purportedly written by Dee Dee Myers', 'stabbed and burned."'),
      quote='sodomized and beaten and cut and stabbed and burned.',
      speaker='Unnamed e-mail author', attribution='paraphrase', cue='forwarded an account',
      hedges=['purportedly', 'unnamed source']),
 dict(span='Myers told PolitiFact that she had nothing to do with the email, and that anything it said about her was .',
      speaker='Dee Dee Myers', attribution='paraphrase', cue='told PolitiFact'),
 dict(span=('As for the email’s claims about Stevens’', 'cast strong doubt.'),
      attribution='reported', cue='cast strong doubt', said_at='2013-09-04'),
 dict(span='The one Web report that supports this scenario was recanted by the website',
      speaker='Unnamed website', attribution='official_statement', cue='was recanted', hedges=UNN),
 dict(span='the mainstream media source it had cited',
      speaker='Unnamed website', attribution='official_statement', cue='had cited', hedges=UNN),
 dict(span='Agence France Presse, said it had reported no such thing.',
      speaker='Agence France Presse', attribution='official_statement', cue='said'),
], [
 dict(surface='two', value=2, unit='count', quantity='government reports casting doubt on the email’s claims'),
])

build('o30-liar2-5804', [
 dict(span=('Obama said the DREAM Act was written by members of both parties', 'had changed was politics."'),
      quote='the bill hadn’t changed, the need hadn’t changed. The only thing that had changed was politics.',
      speaker='Obama', attribution='paraphrase', cue='said'),
], [
 dict(surface='five', value=5, unit='count', quantity='Democrats who helped sustain the 2010 filibuster'),
 dict(surface='21', value=21, unit='years', quantity='former age cap of the DREAM Act'),
 dict(surface='30', after='from 21 to', value=30, unit='years', quantity='new age cap of the DREAM Act'),
])

build('o31-liar2-15667', [
 dict(span=('A social media meme claims that since 1938', 'only twice during Republican ones."'),
      quote='23 times … 21 times during Democratic congresses, and only twice during Republican ones.',
      speaker='Unnamed social media user', attribution='paraphrase', cue='claims', hedges=UNN),
], [
 dict(surface='21', after='23 times and 21', value=21, unit='count', quantity='minimum wage increases under a Democratic majority in Congress'),
 dict(surface='four', value=4, unit='count', quantity='Republican presidents who signed the raises'),
 dict(surface='eight', value=8, unit='count', quantity='Republican presidents in office when increases took effect'),
])
