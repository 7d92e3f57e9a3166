"""The `unseen17` split: 30 more PolitiFact justifications from LIAR2 test.csv (rule in liar2_select.py:
the shorter justifications, 600 to 799 characters, skip 100, count 30).

Annotated blind: from the text alone, by the conventions in ../README.md (and the choices of
unseen.py, factdev.py, unseen2.py … unseen16.py), by someone who wrote no extraction rule, never ran
the extractor and saw no other annotation of these texts, and committed before the extractor was run
on any of them (75 attributed claims, 55 figures). These texts are short (most are the end of a
justification, one opens with a quote); they are annotated by exactly the same conventions.
Organisations named as speakers ("Scott for Florida", "ABC News", "Freedom Daily" (the website),
"the Bush administration", "Everytown" behind "The research he cited" / "it", "the World Health
Organization, UNICEF and The World Bank" behind their "2014 report", "the U.S. Centers for Disease
Control and Prevention", "China or India" behind their proposals) are `official_statement` when
indirect and `direct_quote` when quoted whole; "A Grimes ad" speaks for Grimes (`paraphrase`, as
unseen16's "An Angle ad"); generic groups ("environmental groups", "experts" — "many experts" with
"many" dropped —, "scientists") are `paraphrase`; unnamed people are "Unnamed <noun>" with the hedge
"unnamed source" ("A Facebook video" and "the caption" of "the Facebook post" "Unnamed Facebook user",
"An Instagram post" "Unnamed Instagram user", "a variation of this [claim] … circulating on social
media" "Unnamed social media users", "a spokesperson for Obama" / "His spokesperson" (McCarthy's)
"Unnamed spokesperson", "A Grayson spokesman" "Unnamed spokesman", "an expert’s research" "Unnamed
expert", "The researchers" of a never-named 1994 survey "Unnamed researchers" (as unseen14's
"Unnamed authors"), "Some people commenting on the Facebook post" / "other commenters" "Unnamed
commenters", "a U.N.-affiliated panel" / "The group" "Unnamed U.N.-affiliated panel" —
`official_statement`, an indefinite body never named, as unseen4's "Unnamed anti-abortion group").
Choices the README and the earlier specs did not already settle:
- Speakers the excerpt never names: j02 opens with a three-sentence quote (maps every four years,
  New York City against Sweetwater County, the reframed maps) whose speaker the excerpt never names:
  one `direct_quote` (one argument) with speaker and cue null (as unseen6/unseen15/unseen16's opening
  fragments). j18's "Our rating "Wisconsin’s state budget is …"" is the rated statement quoted whole
  after LIAR2's run-in heading (left out of the span, as unseen16): Loyola's `direct_quote` (the
  text calls it "his [claim]"), cue null (no cue word), hedge "almost"; least certain.
- Quotes: "Cook said: "<whole quote>"" (j01), "Smith said: "…"" (j23) and "X said, "<whole quote>""
  are `direct_quote` with cue "said"; "X claimed that "<whole quote>"" (j03's Grimes ad, j08's video)
  and "X said in a headline that the "…"" (j10) are `paraphrase` / `official_statement` with the quote
  (as unseen16's "X said that "<whole quote>""); "Paul said, "Debt doubled" under Bush "and now …""
  (j25, words outside the quote marks) is `paraphrase` with the two pieces joined by " … ", span the
  whole sentence. j04's tweet quote stops before its trailing comma. j07's ABC News sentence ("The
  event was … and was billed as a historic event, occurring "amid efforts …," ABC News reported .")
  is one `official_statement` with the quote (as unseen13's "…, NBC News reported ."), span the whole
  sentence including the " ." after the cue.
- Two speech acts with two contents are two claims (as the earlier sets): j06 "Gingrich claimed …"
  / "saying a 12-year-old speech …" (from "saying", "while" left out); j05's "many experts agree that
  …" (span from "many", "while" left out) / "they were careful to add that …"; j27's Flake "said that
  Moore had expressed the belief …" keeps Moore's nested belief inside Flake's claim, while Moore's
  own later statements ("That’s what Moore wrote in an op-ed in 2006.", "He said …", "In one
  encounter he said …", "In another, he said …") are four claims of Moore's. j29's Portman quote
  keeps the FBI director's words nested; Portman's re-statement "when he said that Comey indicated
  that "we cannot figure out" … "no information on them."" is its own `paraphrase` with the two
  pieces (span from "he said", as unseen11's "when Bennett reports that …"), "Comey indicated"
  nested in it.
- Speech acts whose content is stated or clear are claims, following the earlier generous lists:
  "Cook fairly summarized Bell’s legislation." (j01) and "Flake accurately described what Moore had
  written" (j27, without PolitiFact's "There is no question that") as unseen7's "Gallego accurately
  recapped"; "The assertion is that McConnell and his wife took $600,000 …" (j03, the ad's, cue
  "assertion", a noun reporting speech as unseen11's "insistence"); "highlighting a list" (j04, Scott
  for Florida's, cue "highlighting", cut before PolitiFact's "that actually contained 41 items", as
  unseen12's "citing a Jan. 14 tweet"; least certain); "experts note a few caveats." (j05, the
  caveats follow; span without PolitiFact's "The statistic is based on a recent study, but") and
  "experts caution about uncertainties …" (without "Second,"); "the one Crist offered" (j05, inside
  the experts' claim, as unseen15's "the data he offers" and unseen14's nested "the deficit
  reduction the congressman has proposed"; least certain); "ABC News first reported the Wright-Obama
  connection in 2008" (j06, in a time clause, as unseen14's "Uline had already announced"); j07's
  commenters who "understood that the video showed the North Korean leader and not the South Korean
  president" and "interpreted the recent posting as an indication that …" (as unseen10's "some
  readers interpreted as"; the understanding is stated in their comments; the span of the second
  from "interpreted", PolitiFact's "did not seem to be clued in" left out; least certain for
  "understood") and the caption's "not the South Korean president, Moon Jae-in , as the caption
  claimed" (cut to the clause, as unseen8's "not two, as Vincent claimed"); the panel "that
  concluded …" (j10, from the relative pronoun) and "The group found that …"; j11's "the Bush
  administration put the plan in place after concluding that …" (span and cue from "concluding", as
  unseen10's "MythBusters, which concluded that"); j12's "Rodriguez’s statement incorrectly suggests
  that …" (cue "incorrectly suggests", the adverb kept), "The research he cited" (as "the study they
  cite") and "Rather, it says …" (the Everytown study's, "Rather," left out); j13's "a variation of
  this [claim] was circulating on social media — that …" (cue "was circulating on social media", as
  unseen8's "circulating on Twitter"); j14's "most schools spend 45 days …, which is what Lyon
  declared" (cut to the content and its relative clause; PolitiFact's "we see no [evidence] that"
  negates the evidence, not the declaring, as unseen15's ExxonMobil); j18's "the study cited by
  Loyola" and "cites a credible study on spending" (cut before PolitiFact's "that is open to
  challenge …", without "Loyola’s on target on taxes, and"); j19's "A 2014 report compiled by the
  World Health Organization, UNICEF and The World Bank presented just that figure." (cue "presented",
  as unseen8's "quoted a percentage"); j23's "Smith’s implication--that 600,000 citizens haven’t
  voted …" (cue "implication", cut before PolitiFact's "--might not hold up", as unseen8's "the
  subtext of the Facebook post — that …"); j29's "Comey expressed concerns about information gaps …"
  (inside PolitiFact's "Portman had a point that", as unseen10's "Obama specifically proposes" inside
  "it is right that"); j30's "those proposed by China or India" (a passive with its agent, as
  unseen16's "was also requested by the Trump administration"; least certain) and "the 25 to 50
  percent emissions reduction scientists say countries must adopt …" (an object relative clause
  without "that", as unseen's "the homeowners Obama said he would assist").
- Documents, data and media without a named speaker are `reported`: "a poll found that …" (j06,
  "Meanwhile," left out), "Other research suggests …" (j12), "Studies have shown …" (j20, span with
  the " ." after "rare"), with the publication date; "all of which have been reported widely" (j26,
  an agentless passive whose content is the points just listed, as unseen10's "has been repeatedly
  debunked"; the negation "McAuliffe did not acknowledge these points" covers the acknowledging;
  publication date; least certain); "In the months since, media reported on health issues affecting
  the queen — especially COVID-19" (j20, unnamed outlets, cue "media reported on", topic given, cut
  before PolitiFact's "but there was nothing …"; said_at null: "In the months since" places the
  reporting in the past, as unseen16's "news articles noted … afterward").
- "Koomey, like many climate scientists, say …" (j30) has the speaker Koomey (the subject; the
  comparison names no further speaker). j03's "…, environmental groups say." keeps the whole sentence
  (without "But"), cue "environmental groups say" (post-posed, as "experts told us"). j19's "While
  there has been an increase … -- possibly due, in part, to … -- experts said it was not as drastic."
  keeps the whole sentence with the hedge "possibly" (the README's sentence span; "While" is a
  subordinator, not a leading connective). j20's "Older adults are more likely …, according to the
  U.S. Centers for Disease Control and Prevention, and people 65 and older … showed a 94% reduced
  risk …" is one claim, the whole sentence (the second clause is the same source's data). j29's "All
  told, Comey said …" leaves out "All told," (a summing-up connective). j23's "That may have been so
  in 2014, according to an expert’s research" is cut before PolitiFact's ", and the figure arguably
  aligns with …".
- Not claims: "Kasich’s underlying point" (j15, PolitiFact's reading of his point, as unseen8's "His
  point was that …" and unseen16's "Perry has a valid point to make -- that …"; least certain, since
  unseen16 took "His view is …" as a claim); "But he has not called for it’s elimination" (negated);
  "Changes approved in SB 5 would …" (a bill's provisions); "Crist used the study’s high-end figure"
  and "The statistic is based on a recent study" (j05, provenance, as unseen16's "Boehner used the
  numbers anyway" and unseen10's "Rubio pulled his number from"); "His source is a small-sample
  survey from 1994 …" and "the term McAuliffe uses" (j26); "The 194,000 figure is taken from a
  national calculation" (j22); "Biden has approved $80 billion" (j08, an action); "The decision … was
  approved by a panel" (j09); "the United States' proposed cuts" (j30, an adjective with no verb
  group); "a 2011 state estimate limited to …" (j23, no content); "prosecutors sought" (j28, a
  comparison); "A person could easily interpret it to mean that …" (j25, hypothetical, as unseen15's
  "Viewers may have watched the ad and decided …"); "You can argue that …" (j06, generic); "She's
  correct that China and India's plans will allow …" (PolitiFact's verdict); re-mentions ("Claims that
  the queen died … lack [evidence]", "Every part of the eye-grabbing headline", "That isn’t what
  McCarthy’s tweet said", "DeSantis’ numerical comparison", "Trump’s tweet blows past those key
  details", "Moore’s response to recent criticism has been equivocal", "Moore’s comments since then
  add a touch of uncertainty", "the proposal wasn’t "being considered"", "It certainly does not
  "essentially repeal" Obamacare", "having "zero" collective bargaining ability", "The cost was about
  $200 million less than Trump said" — a comparison); negations ("Obama’s office did not immediately
  respond", "We sent a message to Puppet String News … and did not get a reply", "none provide
  additional details", "There is no [evidence] Nostradamus wrote this", "We found no [evidence]");
  PolitiFact's own "our sense is that", "what we gleaned", "We don’t doubt", "we found that"; the
  rating sentences, "RELATED VIDEO:", the sharethefacts links and the ratings boilerplate.
- said_at: no claim is dated to the day ("in 2008", "in an op-ed in 2006", "back in June", "A 2014
  report", "In one encounter" give no day: null); the four `reported` claims in the article's voice
  get the publication date, except j20's media reports (above).
- Cues: "fairly summarized", "accurately described", "incorrectly suggests" keep their adverbs;
  "said in a headline", "told the Associated Press", "wrote in an op-ed in 2006", "was circulating on
  social media", "were careful to add", "caution about", "expressed concerns about" (as unseen16's
  "expressed concern about"), "interpreted the recent posting as" (the object kept, as unseen16's
  "described his condition as"), "according to an expert’s research", "according to the U.S.
  Centers for Disease Control and Prevention"; post-posed "environmental groups say" and "ABC News
  reported"; nouns "assertion", "implication" (as "suggestion", "insistence"); "declared" alone for
  "which is what Lyon declared".
- Hedges: "at least" in the poll's "at least some knowledge" (j06) is kept although no number follows
  (as unseen14's "at least for most of …"); "about" in the experts' "about a year" (j16), in "about
  20 percent" (j12) and in the scientists' "about 2 degrees Celsius" (j30, degrees being outside
  models.UNITS, as unseen7's "up to" before days); "almost" in Loyola's "almost twice" (a ratio, as
  unseen5's "about 3.6 times"); "estimated" and "nearly" in McAuliffe's quote; "may" in "That may
  have been so in 2014"; "possibly" (j19); "and older" on the CDC claim (as unseen6); "essentially",
  "plausible", "could", "seem", "only", "significantly", "a bit", "largely" are no hedges.
- Figures: "Every four years" / "every four years" (j02, three times) are `years` 4, surface "four
  years" (an interval, as unseen7's "once every five years"); "Cut Taxes 40 Times" (j04) is a
  frequency with a verb, no figure (as unseen12's "raised "21 times …"" and the README's "twice"),
  while "41 items" and "his original 24 cuts" are counts; "more than once" is a frequency; "three a
  day" (j05) a count of deaths; "12-year-old speech" `years` 12 (an age, as "a 2-year-old"); "10-year
  period" `years` 10 and "over five to six years" the `years` range 5–6 ("over" here means "during",
  not approx); "For more than a century" gives no figure (no number written, as unseen8's "the past
  decade"); "about a year" (j16) `years` 1, approx (as unseen7's "over the course of a year");
  "four-line poems" (j17) a count of 4 lines (as "two-bedroom", "three-part"; least certain, it could
  be read as a kind of poem like "four-year college"); "more than 85 percent" (j15, the cap SB 5
  sets on employers' share) is approx with the bound in the surface (as unseen14's "no more than
  7%"), and "zero" in ""zero" collective bargaining ability" is "no", no figure; "a pair of African
  nations" (j24) is a count of 2 with surface "a pair" (as unseen12's "a dozen meetings"; least
  certain), while "the other two" is a pronoun (as "the two") and "one of them", "one of just a few
  countries", "In one encounter", "one not-so-obvious angle", "the one Crist offered" are pronoun or
  determiner "one"; "65 and older" `years` 65, approx; "14 percent to 22 percent" and "25 to 50
  percent" are percent ranges ("only" no approximator); "up to 60 years", "up to 15 years", "more
  than 20 years" are `years`, approx, "38.5 years" `years`; "two other State Department properties"
  a count; "double in size", "doubled", "tripling", "triple", "almost twice", "four and five times
  larger", "hundreds of times as much" are ratios, no figures; "29 days", "about four to nine days",
  "45 days", "a couple of weeks", "In the months since" are outside models.UNITS; "a few pixels", "a
  few caveats", "a few more measures", "billions in tax cuts", "both doses", "The vast majority" give
  no number; "about 2 degrees Celsius" is outside models.UNITS; "first", "second", "third" are
  ordinals and ranks; "HB 623", "SB 5", "Uranium One", "COVID-19", "Les Prophéties", years ("1555",
  "1988", "1994", "2006", "2011-12", "2019", "January 2001") and the sharethefacts addresses are
  names, dates and links; "the six PolitiFact ratings" is a count (as the earlier sets).
"""
from helper import build_liar2


def build(name, claims, figures):
    build_liar2(name, claims, figures, split='unseen17')


UNN = ['unnamed source']

build('j01-liar2-10165', [
 dict(span='Legislation being considered in Texas would strip the salaries and pensions of clerks who issue marriage licenses to same-sex couples — even if the Supreme Court strikes down Texas’ marriage ban later this year.', quote='SPAN',
      speaker='Cook', attribution='direct_quote', cue='said'),
 dict(span='Cook fairly summarized Bell’s legislation.',
      speaker='Cook', attribution='paraphrase', cue='fairly summarized'),
], [
 dict(surface='six', after='the six PolitiFact', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('j02-liar2-22316', [
 dict(span=('Every four years, we get new election results', 'not the number of acres.'), quote='SPAN',
      speaker=None, attribution='direct_quote', cue=None),
], [
 dict(surface='four years', value=4, unit='years', quantity='interval between new election results (as said)'),
 dict(surface='four years', after='new election results', value=4, unit='years', quantity='interval at which results maps are passed around (as said)'),
 dict(surface='44,000', value=44000, unit='count', quantity='people in Sweetwater County, Wyo. (as said)'),
 dict(surface='four years', after='So, every', value=4, unit='years', quantity='interval at which maps reframing the results appear (as said)'),
])

build('j03-liar2-9506', [
 dict(span='A Grimes ad claimed that "the only candidate pocketing big money from people who want to destroy coal is Mitch McConnell."',
      quote='the only candidate pocketing big money from people who want to destroy coal is Mitch McConnell.',
      speaker='Grimes', attribution='paraphrase', cue='claimed'),
 dict(span='The assertion is that McConnell and his wife took $600,000 from anti-coal organizations.',
      speaker='Grimes', attribution='paraphrase', cue='assertion'),
 dict(span=('the overwhelming bulk of that was earned by Chao', 'environmental groups say.'),
      speaker='environmental groups', attribution='paraphrase', cue='environmental groups say'),
], [
 dict(surface='$600,000', value=600000, unit='USD', quantity='money McConnell and his wife took from anti-coal organizations (as asserted)'),
 dict(surface='$1.8 billion', value=1.8e9, unit='USD', quantity='Wells Fargo’s coal investments (environmental groups)'),
])

build('j04-liar2-8845', [
 dict(span='Governor Scott Cut Taxes 40 Times For Florida Families', quote='SPAN',
      speaker='Scott for Florida', attribution='direct_quote', cue='tweeted'),
 dict(span='highlighting a list',
      speaker='Scott for Florida', attribution='official_statement', cue='highlighting'),
], [
 dict(surface='41', value=41, unit='count', quantity='items the list of tax cuts actually contained'),
 dict(surface='24', value=24, unit='count', quantity='Scott’s original tax cuts'),
])

build('j05-liar2-8414', [
 dict(span='Crist said that Florida’s decision not to expand Medicaid means that "six people in Florida die as a result of that every day."',
      quote='six people in Florida die as a result of that every day.', speaker='Crist', attribution='paraphrase', cue='said'),
 dict(span='experts note a few caveats.',
      speaker='experts', attribution='paraphrase', cue='note'),
 dict(span='experts caution about uncertainties about the studies upon which the new study was based.',
      speaker='experts', attribution='paraphrase', cue='caution about'),
 dict(span='many experts agree that it’s plausible to assume that the lack of Medicaid coverage could lead to deaths',
      speaker='experts', attribution='paraphrase', cue='agree'),
 dict(span='they were careful to add that it is difficult to pinpoint a number as precise as the one Crist offered.',
      speaker='experts', attribution='paraphrase', cue='were careful to add'),
 dict(span='the one Crist offered',
      speaker='Crist', attribution='paraphrase', cue='offered'),
], [
 dict(surface='six', value=6, unit='count', quantity='people in Florida who die every day from not expanding Medicaid (as said)'),
 dict(surface='three', after='number of deaths to', value=3, unit='count', quantity='deaths a day using the study’s low-end figure'),
])

build('j06-liar2-9806', [
 dict(span='Gingrich claimed Obama got a pass on his association with the controversial Wright',
      speaker='Gingrich', attribution='paraphrase', cue='claimed'),
 dict(span='saying a\xa012-year-old speech by Scalise has\xa0blown up into a national story.',
      speaker='Gingrich', attribution='paraphrase', cue='saying'),
 dict(span='ABC News first reported the Wright-Obama connection in 2008',
      speaker='ABC News', attribution='official_statement', cue='first reported'),
 dict(span='a poll found that 85 percent of Americans had at least some knowledge of the matter.',
      attribution='reported', cue='a poll found', said_at='2015-01-04', hedges=['at least']),
], [
 dict(surface='12-year-old', value=12, unit='years', quantity='age of Scalise’s speech (as said)'),
 dict(surface='85 percent', value=85, unit='percent', quantity='Americans with at least some knowledge of the Wright matter (poll)'),
])

build('j07-liar2-21075', [
 dict(span=('The event was the first time Putin and Kim had met', 'ABC News reported .'),
      quote='amid efforts by the United States to persuade the North to abandon its nuclear weapons',
      speaker='ABC News', attribution='official_statement', cue='ABC News reported'),
 dict(span='Some people commenting on the Facebook post understood that the video showed the North Korean leader and not the South Korean president, Moon Jae-in',
      speaker='Unnamed commenters', attribution='paraphrase', cue='understood', hedges=UNN),
 dict(span='not the South Korean president, Moon Jae-in , as the caption claimed',
      speaker='Unnamed Facebook user', attribution='paraphrase', cue='claimed', hedges=UNN),
 dict(span='interpreted the recent posting as an indication that the meeting happened amid Russia’s war in Ukraine.',
      speaker='Unnamed commenters', attribution='paraphrase', cue='interpreted the recent posting as', hedges=UNN),
], [])

build('j08-liar2-21831', [
 dict(span='A Facebook video claims that "the IRS is about to double in size, with 87,000 new armed agents and an additional $80 billion in order to primarily enhance IRS enforcement and operations."',
      quote='the IRS is about to double in size, with 87,000 new armed agents and an additional $80 billion in order to primarily enhance IRS enforcement and operations.',
      speaker='Unnamed Facebook user', attribution='paraphrase', cue='claims', hedges=UNN),
], [
 dict(surface='87,000', value=87000, unit='count', quantity='new armed IRS agents (as said)'),
 dict(surface='$80 billion', value=8e10, unit='USD', quantity='additional money for IRS enforcement and operations (as said)'),
 dict(surface='$80 billion', after='Biden has approved', value=8e10, unit='USD', quantity='money Biden approved for the IRS'),
 dict(surface='10-year', value=10, unit='years', quantity='period over which the new hires will be made'),
 dict(surface='about 50,000', value=50000, unit='count', quantity='IRS retirements the agency prepares for', approx=True),
 dict(surface='five to six years', low=5, high=6, unit='years', quantity='period of the expected retirements'),
])

build('j09-liar2-14068', [], [])

build('j10-liar2-12819', [
 dict(span='The website Freedom Daily said in a headline that the "Obama-Led U.N. has just made it official, U.S. to immediately pay blacks ‘reparations’."',
      quote='Obama-Led U.N. has just made it official, U.S. to immediately pay blacks ‘reparations’.',
      speaker='Freedom Daily', role='website', attribution='official_statement', cue='said in a headline'),
 dict(span='that concluded America’s history of slavery has stacked the deck against modern African-Americans.',
      speaker='Unnamed U.N.-affiliated panel', attribution='official_statement', cue='concluded', hedges=UNN),
 dict(span='The group found that reparations to those citizens are justifiable.',
      speaker='Unnamed U.N.-affiliated panel', attribution='official_statement', cue='found', hedges=UNN),
], [])

build('j11-liar2-14171', [
 dict(span='Trump said Obama sold the otherwise fine American embassy in London and relocated at a cost of $1.2 billion.',
      speaker='Trump', attribution='paraphrase', cue='said'),
 dict(span='concluding that the existing embassy could not meet security requirements.',
      speaker='Bush administration', attribution='official_statement', cue='concluding'),
], [
 dict(surface='$1.2 billion', value=1.2e9, unit='USD', quantity='cost of relocating the London embassy (as said)'),
 dict(surface='about $200 million', value=2e8, unit='USD', quantity='how much less the embassy cost than Trump said', approx=True),
 dict(surface='$1.02 billion', value=1.02e9, unit='USD', quantity='actual cost of the new London embassy'),
 dict(surface='$1.2 billion', after='rather than', value=1.2e9, unit='USD', quantity='cost Trump said'),
 dict(surface='two', after='old embassy and', value=2, unit='count', quantity='other State Department properties in London sold'),
])

build('j12-liar2-14056', [
 dict(span='Rodriguez wrote that according to an Everytown study, "perpetrators of domestic violence accounted for 54% of mass shootings between 2009 and 2016."',
      quote='perpetrators of domestic violence accounted for 54% of mass shootings between 2009 and 2016.',
      speaker='Rodriguez', attribution='paraphrase', cue='wrote'),
 dict(span='Rodriguez’s statement incorrectly suggests that domestic violence was a precursor to 54 percent of mass shootings.',
      speaker='Rodriguez', attribution='paraphrase', cue='incorrectly suggests'),
 dict(span='The research he cited',
      speaker='Rodriguez', attribution='paraphrase', cue='cited'),
 dict(span='it says 54 percent of such shootings involved a person shooting multiple family members.',
      speaker='Everytown', attribution='official_statement', cue='says'),
 dict(span='Other research suggests that about 20 percent of individuals who committed such shootings from 2006 through 2016 had a history of domestic violence.',
      attribution='reported', cue='Other research suggests', said_at='2017-11-09', hedges=['about']),
], [
 dict(surface='54%', value=54, unit='percent', quantity='mass shootings 2009-2016 accounted for by perpetrators of domestic violence (as said)'),
 dict(surface='54 percent', value=54, unit='percent', quantity='mass shootings domestic violence preceded (as the statement suggests)'),
 dict(surface='54 percent', after='it says', value=54, unit='percent', quantity='mass shootings involving a person shooting multiple family members (Everytown study)'),
 dict(surface='about 20 percent', value=20, unit='percent', quantity='mass shooters 2006-2016 with a history of domestic violence (other research)', approx=True),
 dict(surface='six', after='the six PolitiFact', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('j13-liar2-19235', [
 dict(span='a variation of this  was circulating on social media — that she had decided to complete her "PHD in law"',
      quote='PHD in law', speaker='Unnamed social media users', attribution='paraphrase',
      cue='was circulating on social media', hedges=UNN),
 dict(span='a spokesperson for Obama told the Associated Press that she hadn’t earned any new degrees since leaving the White House.',
      speaker='Unnamed spokesperson', role='spokesperson for Obama', attribution='paraphrase',
      cue='told the Associated Press', hedges=UNN),
], [])

build('j14-liar2-6175', [
 dict(span='most schools spend 45 days of each year giving the tests, which is what Lyon declared.',
      speaker='Lyon', attribution='paraphrase', cue='declared'),
], [])

build('j15-liar2-3547', [], [
 dict(surface='more than 85 percent', value=85, unit='percent', quantity='share of workers’ health insurance costs employers could no longer pay beyond under SB 5', approx=True),
])

build('j16-liar2-21601', [
 dict(span='McCarthy said that domestic oil is "more affordable" than foreign oil.',
      quote='more affordable', speaker='McCarthy', attribution='paraphrase', cue='said'),
 dict(span='His spokesperson said that was  because more oil from the U.S. would increase global supplies and lead to lower prices.',
      speaker='Unnamed spokesperson', role='McCarthy’s spokesperson', attribution='paraphrase', cue='said', hedges=UNN),
 dict(span='experts said any impact on the price of gasoline would take about a year to materialize and would be modest even then.',
      speaker='experts', attribution='paraphrase', cue='said', hedges=['about']),
], [
 dict(surface='about a year', value=1, unit='years', quantity='time for any impact on gasoline prices to materialize (experts)', approx=True),
])

build('j17-liar2-17426', [], [
 dict(surface='four-line', value=4, unit='count', quantity='lines in Nostradamus’ typical poems'),
])

build('j18-liar2-9726', [
 dict(span='the study cited by Loyola',
      speaker='Loyola', attribution='paraphrase', cue='cited'),
 dict(span='Wisconsin’s state budget is almost twice as large per person as the state budget of Texas, and even after billions in tax cuts, Wisconsin’s working families and businesses remain subject to a heavy tax burden.', quote='SPAN',
      speaker='Loyola', attribution='direct_quote', cue=None, hedges=['almost']),
 dict(span='cites a credible study on spending',
      speaker='Loyola', attribution='paraphrase', cue='cites'),
], [])

build('j19-liar2-11203', [
 dict(span='Sheila Jackson Lee said the maternal mortality rate in the United States increased 136 percent between 1990 and 2013.',
      speaker='Sheila Jackson Lee', attribution='paraphrase', cue='said'),
 dict(span='A 2014 report compiled by the World Health Organization, UNICEF and The World Bank presented just that figure.',
      speaker='World Health Organization, UNICEF and The World Bank', attribution='official_statement', cue='presented'),
 dict(span='experts agree it is  and based on a modeling method WHO no longer uses.',
      speaker='experts', attribution='paraphrase', cue='agree'),
 dict(span=('While there has been an increase in U.S. maternal mortality', 'experts said it was not as drastic.'),
      speaker='experts', attribution='paraphrase', cue='said', hedges=['possibly']),
], [
 dict(surface='136 percent', value=136, unit='percent', quantity='increase in the U.S. maternal mortality rate 1990-2013 (as said)'),
 dict(surface='six', after='the six PolitiFact', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('j20-liar2-21922', [
 dict(span='In the months since, media reported on health issues affecting the queen — especially COVID-19',
      attribution='reported', cue='media reported on'),
 dict(span=('Older adults are more likely to get severely sick', 'hospitalized because of the disease.'),
      speaker='U.S. Centers for Disease Control and Prevention', attribution='official_statement',
      cue='according to the U.S. Centers for Disease Control and Prevention', hedges=['and older']),
 dict(span='Studies have shown that the vaccines are safe and that severe side effects, including death, are rare .',
      attribution='reported', cue='Studies have shown', said_at='2022-09-08'),
], [
 dict(surface='65 and older', value=65, unit='years', quantity='age of the people in the vaccine hospitalization figure (CDC)', approx=True),
 dict(surface='94%', value=94, unit='percent', quantity='reduced risk of hospitalization for fully vaccinated people 65 and older (CDC)'),
])

build('j21-liar2-14115', [
 dict(span='Trump said that repealing the individual mandate essentially repealed Obamacare and eliminated a primary source of funding for the program.',
      speaker='Trump', attribution='paraphrase', cue='said'),
], [
 dict(surface='less than 3 percent', value=3, unit='percent', quantity='share of the cost of the program the mandate penalties represent', approx=True),
])

build('j22-liar2-20440', [
 dict(span='The nation reported adding 194,000 jobs in September and Florida accounted for 84,500.', quote='SPAN',
      speaker='DeSantis', attribution='direct_quote', cue='said'),
], [
 dict(surface='194,000', value=194000, unit='count', quantity='jobs the nation added in September (as said)'),
 dict(surface='84,500', value=84500, unit='count', quantity='September jobs Florida accounted for (as said)'),
 dict(surface='84,500', after='The 84,500', value=84500, unit='count', quantity='Florida’s September job gains'),
 dict(surface='194,000', after='The 194,000', value=194000, unit='count', quantity='national September job gains (national calculation)'),
 dict(surface='363,000', value=363000, unit='count', quantity='more comparable national September job figure'),
])

build('j23-liar2-11624', [
 dict(span='Texas has 600,000 registered voters who don’t have the kind of photo ID needed to vote.', quote='SPAN',
      speaker='Smith', attribution='direct_quote', cue='said'),
 dict(span='That may have been so in 2014, according to an expert’s research',
      speaker='Unnamed expert', attribution='paraphrase', cue='according to an expert’s research', hedges=['may', 'unnamed source']),
 dict(span='Smith’s implication--that 600,000 citizens haven’t voted for lack of acceptable IDs',
      speaker='Smith', attribution='paraphrase', cue='implication'),
], [
 dict(surface='600,000', value=600000, unit='count', quantity='Texas registered voters without the photo ID needed to vote (as said)'),
 dict(surface='600,000', after='implication', value=600000, unit='count', quantity='citizens who have not voted for lack of acceptable IDs (as implied)'),
])

build('j24-liar2-11673', [
 dict(span="There's only three countries in the entire world where\xa0there's no paid vacation by law, we happen to be one of them.", quote='SPAN',
      speaker='Grayson', attribution='direct_quote', cue='said'),
 dict(span='A Grayson spokesman said the congressman had fumbled his talking point a bit, especially the part about a pair of African nations being the other two.',
      speaker='Unnamed spokesman', role='Grayson spokesman', attribution='paraphrase', cue='said', hedges=UNN),
], [
 dict(surface='three', value=3, unit='count', quantity='countries in the world with no paid vacation by law (as said)'),
 dict(surface='a pair', value=2, unit='count', quantity='African nations Grayson named as the other two'),
])

build('j25-liar2-10146', [
 dict(span='Paul said, "Debt doubled" under Bush "and now it’s tripling under Barack Obama’s watch."',
      quote='Debt doubled … and now it’s tripling under Barack Obama’s watch.', speaker='Paul', attribution='paraphrase', cue='said'),
 dict(span='Paul, on the other hand, said that it means\xa0debt today, under Obama, is triple what it was when Bush’s term started.',
      speaker='Paul', attribution='paraphrase', cue='said'),
], [])

build('j26-liar2-10900', [
 dict(span='It has been estimated that nearly 40 percent of all guns sold in America are sold by private, unlicensed sellers either online or through gun shows.', quote='SPAN',
      speaker='McAuliffe', attribution='direct_quote', cue='said', hedges=['estimated', 'nearly']),
 dict(span='The researchers say they "don’t know" if their findings are relevant today.',
      quote='don’t know', speaker='Unnamed researchers', attribution='paraphrase', cue='say', hedges=UNN),
 dict(span='all of which have been reported widely.',
      attribution='reported', cue='have been reported widely', said_at='2015-10-15'),
], [
 dict(surface='nearly 40 percent', value=40, unit='percent', quantity='guns sold in America by private, unlicensed sellers (as said)', approx=True),
 dict(surface='14 percent to 22 percent', low=14, high=22, unit='percent', quantity='firearms sold without background checks, adjusted to guns sold (1994 survey)'),
])

build('j27-liar2-13983', [
 dict(span='Flake said that Moore had expressed the belief that a "practicing Muslim should not be a member of Congress because of his faith."',
      quote='practicing Muslim should not be a member of Congress because of his faith.', speaker='Flake', attribution='paraphrase', cue='said'),
 dict(span='That’s what Moore wrote in an op-ed in 2006.',
      speaker='Moore', attribution='paraphrase', cue='wrote in an op-ed in 2006'),
 dict(span='He said Rep. Ellison should not be seated in Congress solely because he is a Muslim.',
      speaker='Moore', attribution='paraphrase', cue='said'),
 dict(span='In one encounter he said that Muslims could serve in federal office.',
      speaker='Moore', attribution='paraphrase', cue='said'),
 dict(span='In another, he said his 2006 op-ed clearly explained his beliefs.',
      speaker='Moore', attribution='paraphrase', cue='said'),
 dict(span='Flake accurately described what Moore had written.',
      speaker='Flake', attribution='paraphrase', cue='accurately described'),
], [])

build('j28-liar2-19955', [
 dict(span='An Instagram post claims the combined prison sentences of three white, former police officers convicted of murder were significantly less than what a Black man received after being convicted for selling marijuana.',
      speaker='Unnamed Instagram user', attribution='paraphrase', cue='claims', hedges=UNN),
], [
 dict(surface='three', value=3, unit='count', quantity='white former police officers convicted of murder (as said)'),
 dict(surface='up to 60 years', value=60, unit='years', quantity='Thompson’s sentence for firearms possession by a felon', approx=True),
 dict(surface='up to 15 years', value=15, unit='years', quantity='Thompson’s sentence for the drug charge', approx=True),
 dict(surface='more than 20 years', value=20, unit='years', quantity='time Thompson served in prison', approx=True),
 dict(surface='three', after='Meanwhile', value=3, unit='count', quantity='white former police officers'),
 dict(surface='38.5 years', value=38.5, unit='years', quantity='combined prison sentences of the three officers'),
])

build('j29-liar2-12607', [
 dict(span='The director of the FBI said that we cannot figure out who (Syrian refugees) are, what their intentions are, because we have no information on them, because we don’t have any contact with the Syrian government or any people on the ground to be able to determine that.', quote='SPAN',
      speaker='Portman', attribution='direct_quote', cue='said'),
 dict(span='Comey expressed concerns about information gaps on potential Syrian refugees.',
      speaker='Comey', attribution='paraphrase', cue='expressed concerns about'),
 dict(span='he said that Comey indicated that "we cannot figure out" who they are, and that we have "no information on them."',
      quote='we cannot figure out … no information on them.', speaker='Portman', attribution='paraphrase', cue='said'),
 dict(span='Comey said the vetting process is thorough, but imperfect.',
      speaker='Comey', attribution='paraphrase', cue='said'),
], [])

build('j30-liar2-1243', [
 dict(span='Koomey, like many climate scientists, say overall cuts -- even from developing countries -- are necessary to really slow down climate change.',
      speaker='Koomey', attribution='paraphrase', cue='say'),
 dict(span='those proposed by China or India',
      speaker='China or India', attribution='official_statement', cue='proposed'),
 dict(span='the 25 to 50 percent emissions reduction scientists say countries must adopt to hold global average temperature increases to about 2 degrees Celsius.',
      speaker='scientists', attribution='paraphrase', cue='say', hedges=['about']),
], [
 dict(surface='25 to 50 percent', low=25, high=50, unit='percent', quantity='emissions reduction scientists say countries must adopt'),
])
