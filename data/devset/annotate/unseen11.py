"""The `unseen11` split: 30 more PolitiFact justifications from LIAR2 test.csv (rule in liar2_select.py:
skip 220, count 30).

Annotated blind: from the text alone, by the conventions in ../README.md (and the choices of
unseen.py, factdev.py, unseen2.py … unseen10.py), by someone who wrote no extraction rule, never ran
the extractor and saw no other annotation of these texts, and committed before the extractor was run
on any of them (101 attributed claims, 70 figures). Organisations named as speakers ("One New
Jersey" and its ad, "The Republican Party of Virginia", "Media Matters", "the Clinton campaign video", "Cantor’s office" / "His office",
"Stein’s office", "KVUE" behind "a KVUE article", "The Journal", "The ACLU", "the National Journal
and Open Congress" behind their "voting studies", "Deloitte" behind its "scenarios", "Bureau of
Labor Statistics" behind "BLS statistics" and "Bureau of Labor Statistics data", "The Justice
Department inspector general’s report") are `official_statement` when indirect and `direct_quote`
when quoted whole; "X's ad" / "X's tweet" / "His statement" / "X's statement" speak for X
(`paraphrase` when X is a person: Sanders, Manning, Abbott, Cantor, Clinton); generic groups
("experts", "Researchers") are `paraphrase`; "Officials" (p23) are `official_statement` without a
hedge (as unseen4's "State officials"); unnamed people are "Unnamed <noun>" with the hedge "unnamed
source" ("An outside expert hired by the inspector general" "Unnamed expert", "Cicilline's spokesman"
"Unnamed spokesman", "a consultant" "Unnamed consultant", "an ABC operations manager in Asheville"
"Unnamed operations manager", "An Instagram post" "Unnamed Instagram user", "A Facebook post" / "the
Facebook post" "Unnamed Facebook user", "A post" "Unnamed poster"); a definite organisation the
excerpt never names keeps its noun ("The agency behind the database" / "the agency" "agency", "The
coalition and the growers’ exchange" as one speaker, as unseen9's "The Hill and Congressional
Quarterly"). Choices the README and the earlier specs did not already settle:
- p02: "The auditor now says" — the excerpt names the auditor later ("Lombardi faced many months of
  delay …"), so the speaker is "Lombardi" (role "auditor"), not "Unnamed auditor".
- p03: One New Jersey's five-sentence ad quote is four claims, one per quoted sentence (PolitiFact
  says "Each [claim] had varying degrees of accuracy" and checks them one by one, as unseen9's
  Instagram post), all `direct_quote` with cue "claims"; the last sentence (growth, tax cut, veto)
  stays one claim (one sentence).
- p13: "Sweeney said, "Q1," Sweeney said during the June 1 episode of ‘On The Record …’ "Q2 …""
  (the speaker named twice around the first quote): Q1 is a `direct_quote` with the pre-posed cue
  "said"; the three following quoted sentences are one continuation claim with cue null (as unseen6's
  Cantor / unseen9's Schmidt; PolitiFact judges them as one argument); both get said_at 2013-06-01
  from "during the June 1 episode" (the same interview).
- p22: Kennedy "said that "…" and that "…"" (one speech verb, two that-clauses) is one claim with
  both quoted pieces (as unseen8's Bost, three pieces under one "says"); p25's Robinson sentence
  (three quoted pieces under one "said") likewise.
- p07: "Abbott’s tweet made two factual claims: that … and that …" is one claim (one speech act;
  cue "made two factual claims"), not two.
- Nouns reporting a speaker's implied or stated content are claims (as unseen8's "the subtext of
  the Facebook post — that …" and unseen7's "calls by … for"): "Trump’s suggestion that the
  messages are permanently lost" (p01, cue "suggestion", although it sits in PolitiFact's rating
  sentence; the content is not a re-mention of the quote but what it implies), "Baker’s insistence
  that Kriseman should have stuck to a budget developed 11 years ago" (p15, cue "insistence"), "his
  threat to kill the families of terrorists" (p16, cue "threat"), "his piece that the change … was
  "much ado about nothing" because …" (p18, cue "piece"; span from "his piece"), "the worst-case
  scenario for seniors that he expresses concern about" (p19, as unseen3's "the $3 million daily
  cost that Ernst cites"), "one cautionary note, from Mitchell …: <content>" (p10, the content
  after the colon is Mitchell's, cue "cautionary note", as unseen9's "from the study: …").
  Noun phrases with a citing verb are claims as in unseen9 ("the study they cite"): "the poorer half
  of U.S. households that Moore cited" (p10), "The article Abbott referenced" (p07), "The only  Jackson
  cited was an ABC operations manager" (p17), "eight steps Trump has promised to take as president"
  (p16, besides the video's own "listed" claim, as unseen6's "the health care plan Obama promised").
- Other speech acts counted as claims: "as Trump called it, a "hoax."" (p01, span cut to the clause
  with its content, as unseen8's "not two, as Vincent claimed"), "not exponentially as Cantor says"
  (p04, same), "as The Journal has repeatedly reported -- the opposite is ." (p05, an outlet in its
  own voice, `official_statement`), "when Bennett reports that "our numbers are going up,"" (p05, a
  reporting verb repeating his quote, as unseen6's Trump "when he says "…""; `paraphrase` because of
  "reports that", span from "Bennett"), "Cantor’s office backs the  by noting …" (p04, cue "backs",
  the framing verb, as unseen7's "Weatherford defended … by pointing to"), "His office cites the
  bleakest of nine scenarios" (p04), "Pritzker cited creating an independent panel … as one of the
  ways …" (p06), "wrote letters to tomato purchasers urging them to join a program …" (p09, span and
  cue from "urging", as a participle clause "saying …"), "he links that to continued abortions" (p16,
  as "blamed"), "He used neighboring states to show that …" (p18, cue "used neighboring states to
  show", as unseen9's "used Romney as an example of"), "In a text message …, he used the word
  "orchestrate."" (p20, cue "used the word"), "Dyson described the Sunday shows as having been
  "given over" …" (p26, as the README's "describes … as"), "it does suggest a dominant presence"
  (p26, the phrase speaks for Dyson, as unseen4's "his comment suggests"), "He presents pay
  disparity as the product of discrimination" (p30), "The ACLU makes the same ," (p14, cue "makes
  the same", as unseen7's "has made this  over and over again"), "voting studies by the National
  Journal and Open Congress rate Warner as one of the most conservative Democrats" (p11, a
  characterisation "rate … as", cue "rate"; unlike unseen10's rankings, which give only a rank),
  "health agencies have vouched for their safety and effectiveness" (p29), "experts agree that …:
  …" (p27). "Toomey didn’t just say it was "possible" …" (p24) is a claim: "didn't just say" affirms
  the saying ("not only"), it is no negation; cue "didn’t just say".
- Agentless and document claims (`reported`, publication date): "the record shows" (p02), "daily
  records show" (p14), "five other studies that conclude …" (p04, after PolitiFact's "We found"; cue
  "studies that conclude"), "people expected to voluntarily give up their work policies …" and "The
  health care law is expected to increase that rate modestly" (p04, hedge "expected", as unseen7),
  "strategic crime deterrent strategies are seen as having …" (p07, cue "are seen as", an agentless
  opinion passive), "a line stating that insurers would not have been allowed …" (p12, the bill's
  text, as unseen3's "flag code that says"), "Interviews with experts, government audits, and
  regulators’ actions point to three years …" (p21, a list as subject, as unseen9's "Publicity
  information, news coverage and … did suggest"), "the math shows just what was predicted …:
  motorists paying several cents more per gallon …" (p18, cue "was predicted": the prediction, not
  PolitiFact's arithmetic, is the attributed part; said_at the publication date, although "when
  Georgia switched … on July 1" may date the prediction — least certain). "most of the other
  scenarios estimate a loss under 10 percent" (p04) names its source (Deloitte's studies):
  `official_statement`, cue "estimate", hedges "estimate", "under" — the negated "The Cantor camp
  doesn’t mention that" covers the mentioning, not the estimate.
- "according to Congressional Quarterly" for Warner's support score (p11) is `reported` with speaker
  "Congressional Quarterly" and said_at null (the README's "according to <news outlet>", as heldout's
  AFP and unseen10's Journal Sentinel); "according to Bureau of Labor Statistics data" (p30, an
  agency) is `official_statement`. "BLS statistics support Scott, showing …" (p30) is one claim with
  cue "statistics support" (data confirming a statement, as unseen10's "State education figures …
  support Bush’s"), speaker "Bureau of Labor Statistics" (the fullest name the text gives, in its
  Correction).
- Not claims: PolitiFact's verdicts and readings ("Christie is right, according to the population of
  large, state-operated institutions" — "according to" names a measure, not a source; "Kennedy is
  right about …", "he is  that most of those …", "Robinson embellished Stein’s role", "Robinson is
  about Stein staying "silent"", "Clinton most likely was referring only to …", "he is reporting that
  passenger volume is up", "the impression Bennett is giving", "Stephenson is correct that …",
  "Stephenson uses accurate numbers but leaves out …", "Manning’s ad is partially accurate"); re-
  mentions ("The second part of his , that …" p07, "the assertion that Congress met virtually every
  Christmas", "The idea that members would do so", "Whether the agreement "fundamentally changed the
  lives"", "Epps’ use of the word "orchestrate"", "the conditions he named" p22 — the conditions are
  the quote's); provenance ("He based the first on figures presented in a KVUE article");
  counterfactuals ("It would have been much more accurate if he just said white men"); negations
  ("the watchdog found no  they did", "his administration hasn’t mentioned", "The Cantor camp doesn’t
  mention", "He did not "confess"", "he hasn’t repeated it recently", "That analysis … doesn’t
  indicate", "The numbers don’t back that up"); speech without content ("ridiculing Fox News'
  coverage", "He released a statement in June", "when Obama outlined a clear position", "The
  president staked out a position on only 28 percent of … votes", "Trump seems to have backed off
  that promise", "opinions vary wildly on that", "input from experts", "dismissing warnings of a
  tax increase" — part of Stephenson's cue); practice and actions ("When experts talk about the
  success of an airport, they look at …", "Republicans filed and promoted legislation", "the
  attorney general’s office … collected and relayed tips", "Senate Democrats … have backed the
  president"); "the most common conditions cited by patients" (p22: what patients list on their
  applications, data rather than an assertion); PolitiFact's "We found", "we used the Census
  Bureau’s definition", "Our database for 2014 presents different findings", "An earlier version of
  this story misstated the statistics".
- said_at: "said during the June 1 episode" 2013-06-01 (p13); "at a recent campaign rally" (p08),
  "this session", "in June" give no day: null.
- Cues: after a quote, the speaker's mention and the verb's adjuncts ("Stephenson wrote in dismissing
  warnings of a tax increase", "Mitchell said", "Media Matters found", "the agency said"); "said at a
  recent campaign rally in Los Angeles" before Bill Clinton's colon quote; "emphatically says", "now
  says", "both say", "has repeatedly reported" keep their adverbs.
- Hedges: "unlikely" (p01, inside the expert's quote) and "possible" (p24, Toomey's "it was possible
  and even likely") are epistemic words (as "likely"/"possibly"); "nearly" in Stewart's "nearly every
  Christmas Day" is kept although "every" is no figure (as unseen7's "up to" before days);
  "potentially" (p17) is epistemic; "on average", "only", "just", "merely", "slightly" are no hedges.
- Figures: "Nearly 1 in 10" is percent 10, approx (one-in-N convention); "1 in 7" percent 14.29;
  "80-cents on the dollar" (p30) is percent 80, a share of white men's pay (as the Correction's
  "78.7 percent as much"), not USD 0.80 — least certain; "somewhere between 4 and 13 percent" is a
  percent range with surface "4 and 13 percent", not approx (as unseen2's "between 50 and 55
  percent"); "under 65" is `years` 65, approx (as "under 18"); "a five-state region" is a count (as
  "three-part", "100-member"); "a five-year period", "three years as the typical lifespan", "the
  three-year failure rate", "the five-year rate", "the five-year-average" and "his six years there"
  are `years` durations (a rate over a period is defined by its length); "an 11-year low" is `years`
  11 (the period over which prices were lowest); "11 years ago", "About two years later", "so far
  this year", "over the past decade", "for years", "many months" are time expressions or give no
  number; "the poorer half of U.S. households" and "half of all American households" are percent 50,
  "more than half of those" percent 50, approx; "just one exception each" (p14, set against "nearly
  every") and "in one speech" (p24, set against "six years") are counts of 1, while "a single
  speech", "one cautionary note", "The one exaggeration", "one of the ways", "one of the most
  conservative Democrats" are determiner or pronoun uses; "the two" (the Federal Reserve and Forbes)
  is a pronoun; "two factual claims" is a count; "the Forbes 400" is a list's name (the count 400 is
  "the nation’s 400 wealthiest individuals"); "Schedule I", "COVID-19", "Jan. 6", "Texas is 43rd",
  "second highest" are names, dates, ranks and ordinals; "thousands of contract
  security guards", "millions of people", "several cents", "a couple of nuances" give no number;
  "the six PolitiFact ratings" is a count (as the earlier sets).
"""
from helper import build_liar2


def build(name, claims, figures):
    build_liar2(name, claims, figures, split='unseen11')


build('p01-liar2-15511', [
 dict(span='Trump said 19,000 text messages exchanged between former FBI officials that were "purposely and illegally deleted ... would have explained (the special counsel investigation) hoax."',
      quote='purposely and illegally deleted ... would have explained (the special counsel investigation) hoax.',
      speaker='Trump', attribution='paraphrase', cue='said'),
 dict(span='The Justice Department inspector general’s report suggests the texts slipped through the cracks due to technical glitches with the FBI’s data-collection tool, not because Strzok and Page deliberately deleted them.',
      speaker='Justice Department inspector general', attribution='official_statement', cue='suggests'),
 dict(span="it was unlikely that Strzok and Page attempted to circumvent the FBI's text message collection capabilities", quote='SPAN',
      speaker='Unnamed expert', role='outside expert hired by the inspector general', attribution='direct_quote',
      cue='concluded', hedges=['unlikely', 'unnamed source']),
 dict(span='Trump’s suggestion that the messages are permanently lost',
      speaker='Trump', attribution='paraphrase', cue='suggestion'),
 dict(span='the special counsel investigation is, as Trump called it, a "hoax."', quote='hoax.',
      speaker='Trump', attribution='paraphrase', cue='called'),
], [
 dict(surface='19,000', value=19000, unit='count', quantity='text messages between former FBI officials (as said)'),
 dict(surface='more than 19,000', value=19000, unit='count', quantity='messages the OIG recovered', approx=True),
 dict(surface='more than 126,000', value=126000, unit='count', quantity='lines of text in the recovered messages', approx=True),
])

build('p02-liar2-6250', [
 dict(span='Former Providence Mayor David Cicilline said that the internal auditor for the city "was not locked out" of access to the city\'s finances.',
      quote='was not locked out', speaker='David Cicilline', role='Former Providence Mayor', attribution='paraphrase', cue='said'),
 dict(span='The auditor now says that he was not locked out in the usual sense of the word.',
      speaker='Lombardi', role='auditor', attribution='paraphrase', cue='now says'),
 dict(span='Cicilline\'s spokesman emphatically says that "neither of those happened."',
      quote='neither of those happened.', speaker='Unnamed spokesman', role="Cicilline's spokesman",
      attribution='paraphrase', cue='emphatically says', hedges=['unnamed source']),
 dict(span='the record shows that Lombardi faced many months of delay in getting information he was entitled to by the City Charter.',
      attribution='reported', cue='the record shows', said_at='2012-09-04'),
], [])

build('p03-liar2-7196', [
 dict(span='Under Republican Chris Christie, New Jersey had the highest increase in unemployment in the country last year.', quote='SPAN',
      speaker='One New Jersey', attribution='direct_quote', cue='claims'),
 dict(span='Nearly 1 in 10 jobless.', quote='SPAN',
      speaker='One New Jersey', attribution='direct_quote', cue='claims', hedges=['nearly']),
 dict(span='The worst unemployment in the region.', quote='SPAN',
      speaker='One New Jersey', attribution='direct_quote', cue='claims'),
 dict(span='Near the bottom in economic growth, yet Christie protected a tax cut for millionaires but vetoed a minimum wage hike.', quote='SPAN',
      speaker='One New Jersey', attribution='direct_quote', cue='claims'),
 dict(span='experts have said that’s not entirely Christie’s fault',
      speaker='experts', attribution='paraphrase', cue='have said'),
], [
 dict(surface='Nearly 1 in 10', value=10, unit='percent', quantity='New Jerseyans jobless (as said)', approx=True),
 dict(surface='Nearly 1 in 10', after='tied for the highest', value=10, unit='percent', quantity='New Jerseyans jobless', approx=True),
 dict(surface='five', after='worst in a five-state', value=5, unit='count', quantity='states in the region'),
])

build('p04-liar2-5902', [
 dict(span='Cantor said that because of the health care law, "The people who have health care and like it in this country are not going to be able to keep what they have."',
      quote='The people who have health care and like it in this country are not going to be able to keep what they have.',
      speaker='Cantor', attribution='paraphrase', cue='said'),
 dict(span='His statement suggests that losing the health insurance you like is guaranteed by the law.',
      speaker='Cantor', attribution='paraphrase', cue='suggests'),
 dict(span='Cantor’s office backs the  by noting the law makes it cheaper for companies to drop health coverage for their employees and pay a penalty tax.',
      speaker='Cantor’s office', attribution='official_statement', cue='backs'),
 dict(span='His office cites the bleakest of nine scenarios in Deloitte studies, under which 42 percent of workers would lose their company insurance.',
      speaker='Cantor’s office', attribution='official_statement', cue='cites'),
 dict(span='most of the other scenarios estimate a loss under 10 percent.',
      speaker='Deloitte', attribution='official_statement', cue='estimate', hedges=['estimate', 'under']),
 dict(span='five other studies that conclude the law will cause less than a 3 percent net loss of workers with company insurance.',
      attribution='reported', cue='studies that conclude', said_at='2012-06-28', hedges=['less than']),
 dict(span='people expected to voluntarily give up their work policies because they prefer private plans that will become available under the health care act.',
      attribution='reported', cue='expected', said_at='2012-06-28', hedges=['expected']),
 dict(span='The health care law is expected to increase that rate modestly',
      attribution='reported', cue='is expected', said_at='2012-06-28', hedges=['expected']),
 dict(span='not exponentially as Cantor says',
      speaker='Cantor', attribution='paraphrase', cue='says'),
], [
 dict(surface='nine', value=9, unit='count', quantity='scenarios in the Deloitte studies'),
 dict(surface='42 percent', value=42, unit='percent', quantity='workers losing company insurance in the bleakest scenario'),
 dict(surface='under 10 percent', value=10, unit='percent', quantity='loss of company insurance in most other scenarios', approx=True),
 dict(surface='five', after='We found five', value=5, unit='count', quantity='other studies'),
 dict(surface='less than a 3 percent', value=3, unit='percent', quantity='net loss of workers with company insurance (five studies)', approx=True),
])

build('p05-liar2-6807', [
 dict(span='Our numbers are going up at the airport.', quote='SPAN',
      speaker='James Bennett', attribution='direct_quote', cue='said'),
 dict(span='Bennett reports that "our numbers are going up,"', quote='our numbers are going up',
      speaker='James Bennett', attribution='paraphrase', cue='reports'),
 dict(span='as The Journal has repeatedly reported -- the opposite is .',
      speaker='Journal', attribution='official_statement', cue='has repeatedly reported'),
], [])

build('p06-liar2-19868', [
 dict(span='Pritzker said Republican lawmakers "have argued that they want an independent commission, but they didn\'t do anything about it."',
      quote="have argued that they want an independent commission, but they didn't do anything about it.",
      speaker='Pritzker', attribution='paraphrase', cue='said'),
 dict(span='in his remarks to WTTW Pritzker cited creating an independent panel via legislation as one of the ways lawmakers could have tried for an independent map.',
      speaker='Pritzker', attribution='paraphrase', cue='cited'),
], [
 dict(surface='six', after='on the six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('p07-liar2-18577', [
 dict(span='Abbott’s tweet made two factual claims: that property crime in Austin is on the rise and that this increase is causally linked to the city’s police budget cuts.',
      speaker='Abbott', attribution='paraphrase', cue='made two factual claims'),
 dict(span='that cited an 11% increase in burglaries so far this year.',
      speaker='KVUE', attribution='official_statement', cue='cited'),
 dict(span='The article Abbott referenced',
      speaker='Abbott', attribution='paraphrase', cue='referenced'),
 dict(span='The article Abbott referenced also cited data that showed crime rates as of August',
      speaker='KVUE', attribution='official_statement', cue='also cited'),
 dict(span='Researchers have demonstrated how numerous intervening factors confound the relationship between police force size and crime.',
      speaker='Researchers', attribution='paraphrase', cue='have demonstrated'),
 dict(span='strategic crime deterrent strategies are seen as having a more direct impact on crime rates.',
      attribution='reported', cue='are seen as', said_at='2020-10-01'),
], [
 dict(surface='two', value=2, unit='count', quantity='factual claims in Abbott’s tweet'),
 dict(surface='11%', value=11, unit='percent', quantity='increase in Austin burglaries so far this year (KVUE)'),
 dict(surface='2%', value=2, unit='percent', quantity='drop in Austin property crime compared to last year'),
])

build('p08-liar2-11532', [
 dict(span='A college loan is the only loan in the United States that you cannot refinance when interest rates go down.', quote='SPAN',
      speaker='Bill Clinton', role='Former President', attribution='direct_quote',
      cue='said at a recent campaign rally in Los Angeles'),
], [
 dict(surface='about 90 percent', value=90, unit='percent', quantity='share of student loans that are federally backed', approx=True),
 dict(surface='six', after='on the six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('p09-liar2-11527', [
 dict(span='Sanders’ ad says he "fundamentally changed the lives" of Immokalee farm workers in Florida.',
      quote='fundamentally changed the lives', speaker='Sanders', attribution='paraphrase', cue='says'),
 dict(span='urging them to join a program to pay workers more',
      speaker='Sanders', attribution='paraphrase', cue='urging'),
 dict(span='The coalition and the growers’ exchange both say Sanders should get some credit',
      speaker='coalition and the growers’ exchange', attribution='official_statement', cue='both say'),
], [])

build('p10-liar2-3230', [
 dict(span='the total net worth for the poorer half of U.S. households that Moore cited',
      speaker='Moore', attribution='paraphrase', cue='cited'),
 dict(span='The Federal Reserve uses hard numbers to calculate the net worth of all households, but Forbes uses assumptions and interviews along with hard numbers in estimating the net worth of the Forbes 400.',
      speaker='Mitchell', role='of the Cato Institute', attribution='paraphrase', cue='cautionary note'),
 dict(span=('There’s no way to know how the differences between the two', 'for a desired result, Mitchell said.'),
      quote='cherry-picked', speaker='Mitchell', attribution='paraphrase', cue='Mitchell said'),
], [
 dict(surface='half', after='the poorer half', value=50, unit='percent', quantity='poorer share of U.S. households (Moore’s comparison)'),
 dict(surface='400', after='the nation’s 400', value=400, unit='count', quantity='wealthiest individuals in the nation'),
 dict(surface='half', after='exceeds the net worth of half', value=50, unit='percent', quantity='share of American households whose combined net worth is exceeded'),
])

build('p11-liar2-8822', [
 dict(span='The Republican Party of Virginia says Warner has voted with Obama "97 percent of the time."',
      quote='97 percent of the time.', speaker='Republican Party of Virginia', attribution='official_statement', cue='says'),
 dict(span='Warner, since entering the Senate in 2009, indeed has taken the same position as the president 97 percent of the time when Obama outlined a clear position, according to Congressional Quarterly.',
      speaker='Congressional Quarterly', attribution='reported', cue='according to Congressional Quarterly'),
 dict(span='broad voting studies by the National Journal and Open Congress rate Warner as one of the most conservative Democrats in the Senate.',
      speaker='National Journal and Open Congress', attribution='official_statement', cue='rate'),
], [
 dict(surface='97 percent', value=97, unit='percent', quantity='share of the time Warner votes with Obama (as said)'),
 dict(surface='97 percent', after='indeed has taken', value=97, unit='percent', quantity='Warner’s presidential support rating (CQ)'),
 dict(surface='28 percent', value=28, unit='percent', quantity='Senate roll call votes since 2009 on which the president took a position'),
 dict(surface='more than half', value=50, unit='percent', quantity='of those votes that were to confirm presidential appointments', approx=True),
 dict(surface='95.4 percent', value=95.4, unit='percent', quantity='Senate Democrats’ support for the president during Warner’s term'),
 dict(surface='97 percent', after='is what it is', value=97, unit='percent', quantity='Warner’s presidential support rating'),
])

build('p12-liar2-15253', [
 dict(span='Manning’s ad said Ted Budd "voted to gut protections for pre-existing conditions … letting insurance companies deny coverage for the treatment (Lilly) needs."',
      quote='voted to gut protections for pre-existing conditions … letting insurance companies deny coverage for the treatment (Lilly) needs.',
      speaker='Manning', attribution='paraphrase', cue='said'),
 dict(span='a line stating that insurers would not have been allowed to restrict access to healthcare for people with pre-existing conditions.',
      attribution='reported', cue='line stating', said_at='2018-10-09'),
], [
 dict(surface='4 and 13 percent', value=None, low=4, high=13, unit='percent', quantity='people under 65 with pre-existing conditions who could face higher premiums'),
 dict(surface='under 65', value=65, unit='years', quantity='age limit of the people counted', approx=True),
])

build('p13-liar2-7485', [
 dict(span='People want the minimum wage, they want marriage equality, they want women’s health care', quote='SPAN',
      speaker='Sweeney', attribution='direct_quote', cue='said', said_at='2013-06-01'),
 dict(span=('There’s issues that actually that really do matter', 'You’ve seen the actions he’s taken on them.'), quote='SPAN',
      speaker='Sweeney', attribution='direct_quote', cue=None, said_at='2013-06-01'),
], [
 dict(surface='six', after='closed six', value=6, unit='count', quantity='family planning centers closed'),
])

build('p14-liar2-4703', [
 dict(span=('Jon Stewart, ridiculing Fox News\' coverage', 'from 1789 to 1856.'),
      speaker='Jon Stewart', attribution='paraphrase', cue='repeated', hedges=['nearly']),
 dict(span='The ACLU makes the same , based on a magazine article.',
      speaker='ACLU', attribution='official_statement', cue='makes the same'),
 dict(span='daily records show the complete opposite, with just one exception each for the House and Senate.',
      attribution='reported', cue='daily records show', said_at='2011-12-06'),
], [
 dict(surface='one', after='with just one', value=1, unit='count', quantity='Christmas Day sessions in each of the House and Senate'),
 dict(surface='1 in 7', value=100 / 7, unit='percent', quantity='chance that Dec. 25 falls on a Sunday'),
])

build('p15-liar2-13722', [
 dict(span='Baker said that the new police headquarters is over budget.',
      speaker='Baker', attribution='paraphrase', cue='said'),
 dict(span='Baker considers the budget for the police department to be $50 million',
      speaker='Baker', attribution='paraphrase', cue='considers'),
 dict(span='before Kriseman took office, a consultant said the city would need $74 million to build a new police headquarters.',
      speaker='Unnamed consultant', attribution='paraphrase', cue='said', hedges=['unnamed source']),
 dict(span='Baker’s insistence that Kriseman should have stuck to a budget developed 11 years ago',
      speaker='Baker', attribution='paraphrase', cue='insistence'),
], [
 dict(surface='$50 million', value=50e6, unit='USD', quantity='police headquarters budget as Baker considers it (set aside in 2006)'),
 dict(surface='$74 million', value=74e6, unit='USD', quantity='cost of a new police headquarters (consultant)'),
 dict(surface='$86 million', value=86e6, unit='USD', quantity='expected cost of the project now'),
])

build('p16-liar2-11684', [
 dict(span='A Clinton campaign video listed eight steps Trump has promised to take as president.',
      speaker='Clinton campaign', attribution='official_statement', cue='listed'),
 dict(span='eight steps Trump has promised to take as president',
      speaker='Trump', attribution='paraphrase', cue='has promised'),
 dict(span='he links that to continued abortions.',
      speaker='Trump', attribution='paraphrase', cue='links'),
 dict(span='his threat to kill the families of terrorists.',
      speaker='Trump', attribution='paraphrase', cue='threat'),
 dict(span='He has said he would make them suffer, not necessarily kill them.',
      speaker='Trump', attribution='paraphrase', cue='has said'),
], [
 dict(surface='eight', value=8, unit='count', quantity='steps Trump has promised to take (Clinton campaign video)'),
 dict(surface='Five', value=5, unit='count', quantity='of those steps firmly on the Trump agenda'),
])

build('p17-liar2-17509', [
 dict(span='Jackson said liquor stores are still open because "we have a lot of people who are chemically dependent on alcohol and if we suddenly cut off their access they would go into withdrawal and flood the emergency rooms, which we can’t have right now."',
      quote='we have a lot of people who are chemically dependent on alcohol and if we suddenly cut off their access they would go into withdrawal and flood the emergency rooms, which we can’t have right now.',
      speaker='Jackson', attribution='paraphrase', cue='said'),
 dict(span='The only  Jackson cited was an ABC operations manager in Asheville',
      speaker='Jackson', attribution='paraphrase', cue='cited'),
 dict(span='who said some store owners are concerned about closures potentially affecting the hospital system.',
      speaker='Unnamed operations manager', role='ABC operations manager in Asheville', attribution='paraphrase',
      cue='said', hedges=['potentially', 'unnamed source']),
], [
 dict(surface='170', value=170, unit='count', quantity='ABC store owners'),
])

build('p18-liar2-10692', [
 dict(span=('his piece that the change how Georgia taxes gasoline', 'pump prices went down this summer.'),
      quote='much ado about nothing', speaker='E. Frank Stephenson', role='Berry College economist',
      attribution='paraphrase', cue='piece'),
 dict(span='Georgia’s gas tax change led to no price increase at the pump', quote='SPAN',
      speaker='E. Frank Stephenson', attribution='direct_quote', cue='Stephenson wrote in dismissing warnings of a tax increase'),
 dict(span='He used neighboring states to show that Georgia prices dropped the same as states that did not alter their gas taxes this summer.',
      speaker='E. Frank Stephenson', attribution='paraphrase', cue='used neighboring states to show'),
 dict(span='the math shows just what was predicted when Georgia switched to a higher statewide excise tax on July 1: motorists paying several cents more per gallon than they would have under the former system.',
      attribution='reported', cue='was predicted', said_at='2015-08-14'),
], [
 dict(surface='11-year', value=11, unit='years', quantity='period over which Georgia gas prices hit their low'),
])

build('p19-liar2-3920', [
 dict(span='saying that the possibility of an un-raised debt ceiling jeopardizes Social Security checks',
      speaker='Obama', role='President', attribution='paraphrase', cue='saying'),
 dict(span='the worst-case scenario for seniors that he expresses concern about.',
      speaker='Obama', attribution='paraphrase', cue='expresses concern about'),
], [])

build('p20-liar2-22485', [
 dict(span='An Instagram post said Epps confessed to orchestrating the Jan. 6 attack on the Capitol.',
      speaker='Unnamed Instagram user', attribution='paraphrase', cue='said', hedges=['unnamed source']),
 dict(span='During an interview with the House committee investigating the attack, Epps said that he attended the rally, walked to the Capitol and recruited other people to join him.',
      speaker='Epps', attribution='paraphrase', cue='said'),
 dict(span='In a text message obtained by the congressional committee investigating Jan. 6, he used the word "orchestrate."',
      quote='orchestrate.', speaker='Epps', attribution='paraphrase', cue='used the word'),
 dict(span='he later said he used that word to express pride about being there and believed in retrospect that it was the  word choice.',
      speaker='Epps', attribution='paraphrase', cue='later said'),
], [
 dict(surface='more than 950', value=950, unit='count', quantity='people charged with crimes stemming from Jan. 6', approx=True),
])

build('p21-liar2-10930', [
 dict(span='Emanuel said the Obamacare insurance co-ops failed at a rate that’s typical for American businesses over a five-year period.',
      speaker='Emanuel', attribution='paraphrase', cue='said'),
 dict(span='Interviews with experts, government audits, and regulators’ actions point to three years as the typical lifespan of a failed co-op.',
      attribution='reported', cue='point to', said_at='2015-11-03'),
], [
 dict(surface='five-year', value=5, unit='years', quantity='period over which half of American businesses fail (as said)'),
 dict(surface='three years', value=3, unit='years', quantity='typical lifespan of a failed co-op'),
 dict(surface='About 50 percent', value=50, unit='percent', quantity='co-ops that shut down', approx=True),
 dict(surface='three-year', value=3, unit='years', quantity='period of the national failure rate compared'),
 dict(surface='about 40 percent', value=40, unit='percent', quantity='how much faster the co-ops failed than average', approx=True),
 dict(surface='five-year', after='know the five-year', value=5, unit='years', quantity='period of the failure rate not yet known for the co-ops'),
 dict(surface='five-year', after='regarding the five-year', value=5, unit='years', quantity='period of the average Emanuel cited'),
])

build('p22-liar2-6904', [
 dict(span=('Former U.S. Rep. Patrick J. Kennedy said that', 'the use of medical marijuana."'),
      quote='eighty percent of those who have applied for licenses have no cancer, no Parkinson’s disease or glaucoma … they have nothing you would associate [with] the use of medical marijuana.',
      speaker='Patrick J. Kennedy', role='Former U.S. Rep.', attribution='paraphrase', cue='said'),
], [
 dict(surface='eighty percent', value=80, unit='percent', quantity='license applicants without cancer, Parkinson’s or glaucoma (as said)'),
])

build('p23-liar2-18086', [
 dict(span='A Facebook post claims that officers detaining protesters in Portland are from Academi, not the federal government.',
      speaker='Unnamed Facebook user', attribution='paraphrase', cue='claims', hedges=['unnamed source']),
 dict(span='Officials say they are backing up the Federal Protective Service to defend public property.',
      speaker='Officials', attribution='official_statement', cue='say'),
 dict(span='the Facebook post said they are standing in for federal officers.',
      speaker='Unnamed Facebook user', attribution='paraphrase', cue='said', hedges=['unnamed source']),
], [
 dict(surface='two', after='and two related', value=2, unit='count', quantity='Academi-related companies with contracts to provide security personnel'),
])

build('p24-liar2-11789', [
 dict(span='Pat Toomey said that it was possible and even likely that Hillary Clinton earned more money giving a single speech to a Wall Street bank than he did in his six years there.',
      speaker='Pat Toomey', attribution='paraphrase', cue='said', hedges=['possible', 'likely']),
 dict(span='Toomey didn’t just say it was "possible" he made less in six years on Wall Street than Clinton did in one speech.',
      quote='possible', speaker='Pat Toomey', attribution='paraphrase', cue='didn’t just say', hedges=['possible']),
 dict(span='He said it was "likely."', quote='likely.',
      speaker='Pat Toomey', attribution='paraphrase', cue='said', hedges=['likely']),
], [
 dict(surface='six years', value=6, unit='years', quantity='Toomey’s time on Wall Street (as said)'),
 dict(surface='$260,000', value=260000, unit='USD', quantity='Clinton’s fee for her most profitable Wall Street speech'),
 dict(surface='about $43,000', value=43000, unit='USD', quantity='yearly average Toomey would have had to earn', approx=True),
 dict(surface='less than $43,000', value=43000, unit='USD', quantity='possible entry-level trader salary in the 1980s', approx=True),
 dict(surface='about $43,000', after='An annual salary of', value=43000, unit='USD', quantity='annual salary in 1985', approx=True),
 dict(surface='more than $260,000', value=260000, unit='USD', quantity='what that salary makes over six years in 2016 dollars', approx=True),
 dict(surface='six years', after='more than $260,000 over', value=6, unit='years', quantity='Toomey’s time on Wall Street'),
 dict(surface='six years', after='made less in', value=6, unit='years', quantity='Toomey’s time on Wall Street (as said)'),
 dict(surface='one', after='Clinton did in one', value=1, unit='count', quantity='speeches by Clinton (as said)'),
 dict(surface='about $43,000', after='it does not seem likely.', value=43000, unit='USD', quantity='annual salary in 1985 (repeated)', approx=True),
 dict(surface='more than $260,000', after='it does not seem likely.', value=260000, unit='USD', quantity='what that salary makes over six years in 2016 dollars (repeated)', approx=True),
 dict(surface='six years', after='it does not seem likely.', value=6, unit='years', quantity='Toomey’s time on Wall Street (repeated)'),
])

build('p25-liar2-20513', [
 dict(span=('Robinson said Stein decided to "go after his political enemies"', 'prosecuting any of those people."'),
      quote='go after his political enemies … said nothing … and has been derelict in his duty in prosecuting any of those people.',
      speaker='Robinson', attribution='paraphrase', cue='said'),
 dict(span='Stein’s office says it hasn’t received a request to participate in a local case, which it would legally need in order to get involved.',
      speaker='Stein’s office', attribution='official_statement', cue='says'),
], [])

build('p26-liar2-8699', [
 dict(span='Dyson said the the Sunday talk shows are usually given over to conservative white men.',
      speaker='Dyson', attribution='paraphrase', cue='said'),
 dict(span='According to the liberal group Media Matters, conservative white males made up 29 percent of the guests when looking at four Sunday shows.',
      speaker='Media Matters', attribution='official_statement', cue='According to the liberal group Media Matters'),
 dict(span="That's the largest of any group when breaking things down for ideology, race and gender, Media Matters found.",
      speaker='Media Matters', attribution='official_statement', cue='Media Matters found'),
 dict(span='Dyson described the Sunday shows as having been "given over" to conservative white males.',
      quote='given over', speaker='Dyson', attribution='paraphrase', cue='described'),
 dict(span='it does suggest a dominant presence.',
      speaker='Dyson', attribution='paraphrase', cue='does suggest'),
], [
 dict(surface='29 percent', value=29, unit='percent', quantity='guests who were conservative white males (Media Matters)'),
 dict(surface='four', after='looking at four', value=4, unit='count', quantity='Sunday shows Media Matters looked at'),
 dict(surface='25 percent', value=25, unit='percent', quantity='Sunday show appearances in 2014 by conservative white men'),
 dict(surface='27 percent', value=27, unit='percent', quantity='Sunday show appearances in 2014 by neutral or "other" white men'),
])

build('p27-liar2-5123', [
 dict(span=('New Jersey has the second highest rate of institutionalization in America.', 'to institutions than New Jersey.'), quote='SPAN',
      speaker='Christie', attribution='direct_quote', cue='said'),
 dict(span=('experts agree that the governor’s point is on target:', 'into the community.'),
      speaker='experts', attribution='paraphrase', cue='agree'),
], [])

build('p28-liar2-11638', [
 dict(span='Clinton said marijuana is a Schedule I drug, "which you understand means that you can’t do any research about it."',
      quote='which you understand means that you can’t do any research about it.',
      speaker='Clinton', attribution='paraphrase', cue='said'),
 dict(span='Clinton’s statement gives the impression that the government bans marijuana research flat-out',
      speaker='Clinton', attribution='paraphrase', cue='gives the impression'),
], [])

build('p29-liar2-19523', [
 dict(span='A post claimed that in Europe "3,964 people have died from adverse drug reactions for COVID-19 ‘vaccines’ – 162,610 injuries."',
      quote='3,964 people have died from adverse drug reactions for COVID-19 ‘vaccines’ – 162,610 injuries.',
      speaker='Unnamed poster', attribution='paraphrase', cue='claimed', hedges=['unnamed source']),
 dict(span='The agency behind the database cautions that the information is only of suspected side effects, and that it should not be interpreted as meaning that the medicine caused the effects or that it’s unsafe.',
      speaker='agency', attribution='official_statement', cue='cautions'),
 dict(span='A detailed evaluation and scientific assessment of all available data is needed before drawing conclusions, the agency said.',
      speaker='agency', attribution='official_statement', cue='the agency said'),
 dict(span='health agencies have vouched for their safety and effectiveness.',
      speaker='health agencies', attribution='official_statement', cue='have vouched for'),
], [
 dict(surface='3,964', value=3964, unit='count', quantity='deaths from adverse reactions to COVID-19 vaccines in Europe (as said)'),
 dict(surface='162,610', value=162610, unit='count', quantity='injuries from COVID-19 vaccines in Europe (as said)'),
])

build('p30-liar2-15786', [
 dict(span='Women earn on average 80-cents on the dollar compared to white men doing similar jobs.', quote='SPAN',
      speaker='Scott', attribution='direct_quote', cue='said'),
 dict(span='BLS statistics support Scott, showing the median pay of white men in 2018 was higher than that of all women in each of 22\xa0job fields listed in the data set.',
      speaker='Bureau of Labor Statistics', attribution='official_statement', cue='statistics support'),
 dict(span='He presents pay disparity as the product of discrimination.',
      speaker='Scott', attribution='paraphrase', cue='presents'),
 dict(span='Women earned 78.7 percent as much as white men, overall, in 22 broad fields of work in 2018, according to Bureau of Labor Statistics data.',
      speaker='Bureau of Labor Statistics', attribution='official_statement', cue='according to Bureau of Labor Statistics data'),
], [
 dict(surface='80-cents', value=80, unit='percent', quantity='women’s pay per dollar of white men’s pay in similar jobs (as said)'),
 dict(surface='22', value=22, unit='count', quantity='job fields in the BLS data set'),
 dict(surface='78.7 percent', value=78.7, unit='percent', quantity='women’s earnings as a share of white men’s, 2018 (BLS)'),
 dict(surface='22', after='white men, overall, in 22', value=22, unit='count', quantity='broad fields of work'),
])
