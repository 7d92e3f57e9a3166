"""The `unseen8` split: 25 more PolitiFact justifications from LIAR2 test.csv (rule in liar2_select.py).

Annotated blind: from the text alone, by the conventions in ../README.md (and the choices of
unseen.py, factdev.py, unseen2.py … unseen6.py), by someone who wrote no extraction rule, and
committed before the extractor was run on any of these texts. Organisations named as speakers
("Florida for All", "The Republican Party of Florida", "The Yes on 55 campaign", "Occupy
Democrats", "Bost’s campaign", "the Shedd Aquarium", "Breitbart", "Wisconsin Department of
Corrections data shows", "according to NCSL data") are `official_statement` when indirect and
`direct_quote` when quoted whole; "the ad" / "the ads" / "The information it sent us" speak for
their owner; generic groups ("Opponents", "Supporters of 55", "Democrats", "Immigration experts",
"both sides in the debate") are `paraphrase`; unnamed people are "Unnamed <noun>" with the hedge
"unnamed source" ("a reader", "a couple of the historians", "several readers", "His own aide", "a
Romney adviser", "A spokeswoman", "The ad’s creator", "social media users’ observations", "A social
media rumor", "A Facebook post", a tweet "circulating on Twitter"); a definite organisation the
excerpt never names keeps its noun ("the district’s policies" "district", "a few states"
"states"). Choices the earlier specs did not settle:
- Nested speech: "Obama said that … Romney's campaign said, "I'll get back to you."" is one claim,
  Obama's (paraphrase with the quote); the campaign's words are only relayed by Obama.
- A quote PolitiFact checks in parts is one claim per part: Wolfe's "Only a court …" (direct_quote)
  and "the state Election Commission "cannot force …" inside" (paraphrase with the quote, cue
  "said" for both, as unseen6's Jerry Brown); Trump's "Schumer has "has repeatedly supported …"
  (paraphrase) and its second sentence "They changed their mind …" (direct_quote, cue "said": the
  same quotation, not a continuation paragraph). Tranchemontagne's second quoted paragraph is its own
  claim with cue null (a continuation, as unseen6's Cantor). Crowley's one-sentence quote (40
  percent … a hundred times that in Madison) and Bost's three quoted pieces under one "says" stay
  one claim each; Trump's two-sentence I-X Center quote is one claim.
- "X said after a hurricane struck Tallahassee, "<whole quote>"": the time clause belongs to the
  quoted scenario, so the cue is "said" alone.
- "as X claimed/claims" and "what the ad claims" are claims with the span cut to the clause (as
  unseen6's "not tax credits, as the ad claims"): "not two, as Vincent claimed", "it does not meet
  the criteria for full privatization, as Kuster claims.", "what the ad claims"; so is the question
  "Is Finkenauer lying, as Zona tweeted?" (speaker Zona).
- Speech acts without quoted content, following the "cited"/"offered" precedent: "a reader pointed
  us to an April 28, 1935, "fireside chat" … that seemed to provide clearer support …" (cue
  "pointed us to"), "Nesselbush quoted a percentage …" (cue "quoted"), "the figure is widely cited by
  both sides in the debate" (passive; cue "is widely cited", as unseen4's "’s been repeatedly
  acknowledged"), "Supporters of 55 point to …" / "They also cite …", "citing a figure used in a
  newspaper article" (a second claim after "Trump calls it a "…,"", as unseen6's "called it "…,"
  saying …"), "Kaine … did propose a plan to raise about $1 billion" and "Democrats have actually
  proposed current funding" (as unseen5's "did propose"), "Romney later clarified by saying …",
  "In a Facebook post vowing to advocate for Radel’s replacement" (a vow, as "pledged"; the post
  speaks for Scott), "the fence was mocked as a "nothing wall" by Trump" (passive, cue "was
  mocked"), "the subtext of the Facebook post — that …" (a noun giving the post's implied content,
  as unseen4's "creates the impression"), "social media users’ observations that …" (a noun reporting
  speech). Two speech verbs with two contents are two claims ("they acknowledged that … but they added
  that …", "A spokeswoman then said … and Romney later said …").
- Not claims: "He's using a measure set by the Lawyers' Committee", "The number comes from a May 2012
  news story", "Kucinich was referring to …", "His point was that …" (PolitiFact's reading, as
  unseen6's "was referring to"), "A video shows Cordray speaking at the rally" (the quote inside it
  is the claim), "A Mandel campaign spokesperson provided PolitiFact with a version of the photo"
  (no content stated, as unseen4's "provided us the same information"), "distorts the facts to give
  viewers the  impression" (no content stated), negations ("the advertisements
  say nothing about", "Nor do they mention", "did not provide precise information", "No one has
  argued", "No other  has conclusively substantiated", "the legislation did not specifically call
  for"), "critics of the way Kelly has handled cases … people who praise him", "The I-X Center was
  alternately called the Cleveland Tank Plant" (a name), "The tweet linked to an article"
  (the article's own sentence is the claim), "as PolitiFact has ruled in the past", "Our ruling: Bass
  … supported President Bush’s plan" (support of a plan, not speech), PolitiFact's own earlier
  version ("A previous version of this item said …") and own analysis ("our original analysis had
  already acknowledged …", "we found, based on data from …", "The quote we used from Tevi Troy").
- "based on previous data provided by Trump officials, the number at least surpasses 1,900" is a
  sourced statement (as unseen2's "Per the 12 latest months of data …"): `official_statement`,
  speaker "Trump officials", cue "based on previous data provided by", hedge "at least".
  "according to POLITICO" for a fact is `reported` with speaker POLITICO (as heldout's "according
  to AFP"), said_at null (learned "After this article was published", as unseen5).
- Documents without a speaker: "the statistics show", "international comparisons show", "Another
  respected financial outlook, however, projects" are `reported` with the publication date, the
  cue with its subject (as unseen6's "Other research, however, shows"); "the article said" (a
  newspaper article "at the time") is `reported` with said_at null (as unseen5's "A 2004 news
  article said").
- said_at: Roosevelt's quote from "an April 28, 1935, "fireside chat"" is 1935-04-28; "told the AP
  in a story published Aug. 5" stays null (the date is the story's, and Aug. 5 falls after the
  publication date in its own year, so the year is not given); statements after publication under a
  dated EDITOR'S NOTE/CORRECTION stay null (as unseen5).
- Cue after a quote with an appositive speaker keeps the appositive ("Jeff Tyson, the fishery
  management program manager at the Great Lakes Fishery Commission, told the AP in a story published
  Aug. 5", as unseen5's "Randall Jones, public information director for the department, said"); the
  cue for "The ad’s creator, meanwhile, said" is "said"; "a Romney adviser did say earlier this
  year" keeps "earlier this year"; "Claims … include this one circulating on Twitter: "…"" has the
  cue "circulating on Twitter" (the only attributing words).
- Hedges: "as little as $17,000" is approx with the hedge "as little as" (as unseen6's "as much
  as"); "$17,000 or lower" is approx (as "30 percent or more"); "I think" and "at best" inside quotes
  are no hedge words (not in the README's list); "only" is not a hedge.
- Figures: the Wisconsin DOC table gives one count per year (the years are dates); "older than 55"
  is a `years` figure, approx (as unseen6's "16 and older"); "Senate’s 60-vote rule" is a count
  (as "100-member"); "the two parties" is a count (a noun follows, as unseen6's "those two
  groups"); "not two" repeats the count of states; "half of the criminals" is percent 50; "50
  cent" is USD 0.5; miles and square miles ("120 miles", "1,100 square miles", "about 700 miles",
  "1,000 miles") are outside models.UNITS; "the past decade" and "six days" give no figure (no
  number written, as unseen's "in a decade"; days are outside the units); "a couple of the
  historians", "dozens of stories", "tens of other Democrats", "thousands and thousands", "the
  lower half of the … photo" give no figure; "one conclusion" is a determiner "one"; ratios
  ("about double", "a hundred times that") are no figures; "Prop 55", "House District 15", "Title
  VII" are names.
"""
from helper import build_liar2


def build(name, claims, figures):
    build_liar2(name, claims, figures, split='unseen8')


build('s01-liar2-7670', [
 dict(span='James Vincent said 24 states today require voter IDs or impose some other restrictions on voting, while only two states had such limits before Barack Obama was elected.',
      speaker='James Vincent', attribution='paraphrase', cue='said'),
 dict(span='While only two states -- Georgia and Indiana -- required a photo ID to vote before 2008, Michigan, South Dakota, Louisiana, Florida and Hawaii, requested a photo ID, according to NCSL data.',
      speaker='National Conference of State Legislatures', attribution='official_statement', cue='according to NCSL data'),
 dict(span='not two, as Vincent claimed',
      speaker='James Vincent', attribution='paraphrase', cue='claimed'),
], [
 dict(surface='24', value=24, unit='count', quantity='states requiring voter IDs or restricting voting today (as said)'),
 dict(surface='two', after='while only two', value=2, unit='count', quantity='states with such limits before Obama was elected (as said)'),
 dict(surface='two', after='While only two', value=2, unit='count', quantity='states requiring a photo ID to vote before 2008 (NCSL)'),
 dict(surface='at least seven', value=7, unit='count', quantity='states demanding or asking for a photo ID for the 2008 election', approx=True),
 dict(surface='two', after='not two', value=2, unit='count', quantity='states Vincent claimed'),
])

build('s02-liar2-8307', [
 dict(span='Rick Scott’s Administration spent over $100,000 of taxpayer money during their first voter purge attempt in 2012.', quote='SPAN',
      speaker='Florida for All', attribution='direct_quote', cue='said in a press release', hedges=['over']),
], [
 dict(surface='over $100,000', value=100000, unit='USD', quantity='taxpayer money spent on the first voter purge attempt (as said)', approx=True),
 dict(surface='50 cent', value=0.5, unit='USD', quantity='charge per SAVE search'),
 dict(surface='180,000', value=180000, unit='count', quantity='names on the list of potential noncitizens'),
 dict(surface='about $52,000', value=52000, unit='USD', quantity='total the state spent', approx=True),
])

build('s03-liar2-8408', [
 dict(span='Social Security was advocated … in the 1930s as a way of getting people to quit working, because they thought we were confined to a permanent scarcity of jobs in this country.', quote='SPAN',
      speaker='George Will', attribution='direct_quote', cue='said'),
 dict(span=('a reader pointed us to an April 28, 1935, "fireside chat"', 'support for George Will’s .'),
      speaker='Unnamed reader', attribution='paraphrase', cue='pointed us to', hedges=['unnamed source']),
 dict(span=('The program for social security now pending', 'as they look toward old age.'), quote='SPAN',
      speaker='Franklin D. Roosevelt', role='President', attribution='direct_quote', cue='said', said_at='1935-04-28'),
 dict(span='they acknowledged that it was an unusually clear statement on Roosevelt’s part',
      speaker='Unnamed historians', attribution='paraphrase', cue='acknowledged', hedges=['unnamed source']),
 dict(span='they added that it is an exception within the documentary record.',
      speaker='Unnamed historians', attribution='paraphrase', cue='added', hedges=['unnamed source']),
 dict(span='Promoting retirement was a minor goal at best of the old-age parts of the legislation', quote='SPAN',
      speaker='Edwin Amenta', role='University of California-Irvine sociologist', attribution='direct_quote',
      cue='said University of California-Irvine sociologist Edwin Amenta'),
 dict(span=('the near-absence of this argument', 'over the Social Security framework.'), quote='SPAN',
      speaker='Jeff Shesol', role='Historian', attribution='direct_quote', cue='cited'),
], [])

build('s04-liar2-15196', [
 dict(span='utility companies lined up trucks to restore power. But as mayor, Andrew Gillum refused help from workers.', quote='SPAN',
      speaker='Republican Party of Florida', attribution='direct_quote', cue='said'),
 dict(span='what the ad claims',
      speaker='Republican Party of Florida', attribution='official_statement', cue='claims'),
], [])

build('s05-liar2-12349', [
 dict(span='The Yes on 55 campaign claimed in recent ads that "Prop 55 prevents $4 billion in new cuts to our schools."',
      quote='Prop 55 prevents $4 billion in new cuts to our schools.',
      speaker='Yes on 55 campaign', attribution='official_statement', cue='claimed in recent ads'),
 dict(span='Supporters of 55 point to an estimated $4 billion school funding deficit by the 2019-2020 fiscal year, if the measure fails.',
      speaker='Supporters of 55', attribution='paraphrase', cue='point to', hedges=['estimated']),
 dict(span='They also cite a separate $4 billion operating shortfall for all its services by the same year.',
      speaker='Supporters of 55', attribution='paraphrase', cue='also cite'),
 dict(span='Another respected financial outlook, however, projects a $2 billion operating surplus for California that same year.',
      attribution='reported', cue='Another respected financial outlook, however, projects', said_at='2016-08-23'),
 dict(span='they leave the impression that the measure’s failure will lead to deep school cuts much sooner.',
      speaker='Yes on 55 campaign', attribution='official_statement', cue='leave the impression'),
], [
 dict(surface='$4 billion', value=4e9, unit='USD', quantity='new school cuts Prop 55 prevents (as said)'),
 dict(surface='an estimated $4 billion', value=4e9, unit='USD', quantity='school funding deficit by 2019-2020 if the measure fails (supporters)', approx=True),
 dict(surface='$4 billion', after='a separate', value=4e9, unit='USD', quantity='state operating shortfall by 2019-2020 (supporters)'),
 dict(surface='$2 billion', value=2e9, unit='USD', quantity='operating surplus that year (another outlook)'),
 dict(surface='six', after='on the six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('s06-liar2-10079', [
 dict(span='In an average grocery store, roughly 75 percent of processed foods contain genetically modified organisms, or GMOs.', quote='SPAN',
      speaker='Donna Nesselbush', role='Rhode Island state Rep.', attribution='direct_quote', cue='said', hedges=['roughly']),
 dict(span='Nesselbush quoted a percentage intended to apply to all foods and not restricted to processed foods.',
      speaker='Donna Nesselbush', attribution='paraphrase', cue='quoted'),
 dict(span='the figure is widely cited by both sides in the debate',
      speaker='both sides in the debate', attribution='paraphrase', cue='is widely cited'),
], [
 dict(surface='roughly 75 percent', value=75, unit='percent', quantity='processed foods in a grocery store containing GMOs (as said)', approx=True),
])

build('s07-liar2-12110', [
 dict(span='Trump said Kaine, during his first week as governor, proposed a "nearly $4 billion tax increase" that would have hit people earning as little as $17,000.',
      quote='nearly $4 billion tax increase', speaker='Trump', attribution='paraphrase', cue='said',
      hedges=['nearly', 'as little as']),
 dict(span='Kaine, six days after taking office in 2006, did propose a plan to raise about $1 billion a year for transportation.',
      speaker='Kaine', attribution='paraphrase', cue='did propose', hedges=['about']),
 dict(span=('Trump calls it a "nearly', 'tax increase'), after='Trump calls it',
      quote='nearly $4 billion tax increase', speaker='Trump', attribution='paraphrase', cue='calls', hedges=['nearly']),
 dict(span='citing a figure used in a newspaper article at the time.',
      speaker='Trump', attribution='paraphrase', cue='citing'),
 dict(span='the article said that sum would be realized over four years.',
      attribution='reported', cue='the article said'),
], [
 dict(surface='nearly $4 billion', value=4e9, unit='USD', quantity='tax increase Kaine proposed (as said)', approx=True),
 dict(surface='as little as $17,000', value=17000, unit='USD', quantity='income of people hit by the tax increase (as said)', approx=True),
 dict(surface='about $1 billion', value=1e9, unit='USD', quantity='yearly transportation revenue of Kaine’s plan', approx=True),
 dict(surface='nearly $4 billion', after='Trump calls it', value=4e9, unit='USD', quantity='the tax increase as Trump calls it', approx=True),
 dict(surface='four years', value=4, unit='years', quantity='period over which the sum would be realized'),
 dict(surface='$4 billion', after='that high', value=4e9, unit='USD', quantity='the figure Trump used'),
 dict(surface='$17,000 or lower', value=17000, unit='USD', quantity='taxable incomes affected by the package', approx=True),
])

build('s08-liar2-14373', [
 dict(span='Kucinich said Cordray directed an Ohio commission to "permit an armed group to have a rally on the statehouse grounds, even taking the extraordinary step of assuming personal responsibility for waiving an insurance requirement in the event of an incident."',
      quote='permit an armed group to have a rally on the statehouse grounds, even taking the extraordinary step of assuming personal responsibility for waiving an insurance requirement in the event of an incident.',
      speaker='Kucinich', attribution='paraphrase', cue='said'),
 dict(span="if there are any troubles it's my responsibility but I am comfortable with that.", quote='SPAN',
      speaker='Cordray', attribution='direct_quote', cue='said'),
 dict(span=('Months later, in another video, Cordray said', 'agreed to take responsibility for the event.'),
      quote='giant insurance policy', speaker='Cordray', attribution='paraphrase', cue='said'),
 dict(span='Finan, the advisory board chair at the time, told PolitiFact that Cordray gave the go-ahead for the rally.',
      speaker='Finan', role='advisory board chair at the time', attribution='paraphrase', cue='told PolitiFact'),
], [])

build('s09-liar2-13058', [
 dict(span="If you're in Texas, you have got to drive 120 miles to get an ID.", quote='SPAN',
      speaker='Perez', attribution='direct_quote', cue='said'),
 dict(span='Taken literally, he said everyone in Texas has to drive 120 miles to get a license.',
      speaker='Perez', attribution='paraphrase', cue='said'),
 dict(span='After we published this article, several readers noted that there was a closer driver’s license office to Terlingua than Fort Stockton -- the one in Alpine.',
      speaker='Unnamed readers', attribution='paraphrase', cue='noted', hedges=['unnamed source']),
], [
 dict(surface='at least one', value=1, unit='count', quantity='west Texas towns found with an even longer distance', approx=True),
])

build('s10-liar2-20689', [
 dict(span='Finkenauer said Grassley’s vote against the combined Medicare extension and debt ceiling meant voting to slash Medicare.',
      speaker='Finkenauer', attribution='paraphrase', cue='said'),
 dict(span='Is Finkenauer lying, as Zona tweeted?',
      speaker='Zona', attribution='paraphrase', cue='tweeted'),
], [
 dict(surface='60', value=60, unit='count', quantity='votes under the Senate’s 60-vote rule'),
 dict(surface='2%', value=2, unit='percent', quantity='pending Medicare cut'),
 dict(surface='two', after='the two parties', value=2, unit='count', quantity='parties'),
])

build('s11-liar2-20565', [
 dict(span='Only a court can decide that somebody is incompetent to vote', quote='SPAN',
      speaker='Wolfe', attribution='direct_quote', cue='said'),
 dict(span='the state Election Commission "cannot force facilities, private facilities, to allow special voting deputies" inside.',
      quote='cannot force facilities, private facilities, to allow special voting deputies',
      speaker='Wolfe', attribution='paraphrase', cue='said'),
], [])

build('s12-liar2-15814', [
 dict(span=('Wisconsin Department of Corrections data shows', '2018 — 236'),
      speaker='Wisconsin Department of Corrections', attribution='official_statement', cue='data shows'),
 dict(span='Over 40 percent of African-American men in my county have been going to prison for low-level drug offenses, and I think a hundred times that in the city of Madison.', quote='SPAN',
      speaker='Crowley', attribution='direct_quote', cue='said', hedges=['over']),
 dict(span='His own aide acknowledged Crowley "misspoke."', quote='misspoke.',
      speaker='Unnamed aide', attribution='paraphrase', cue='acknowledged', hedges=['unnamed source']),
], [
 dict(surface='510', value=510, unit='count', quantity='black Milwaukee County drug offenders admitted to prison in 2009'),
 dict(surface='505', value=505, unit='count', quantity='such offenders admitted in 2010'),
 dict(surface='361', value=361, unit='count', quantity='such offenders admitted in 2011'),
 dict(surface='291', value=291, unit='count', quantity='such offenders admitted in 2012'),
 dict(surface='251', value=251, unit='count', quantity='such offenders admitted in 2013'),
 dict(surface='245', value=245, unit='count', quantity='such offenders admitted in 2014'),
 dict(surface='219', value=219, unit='count', quantity='such offenders admitted in 2015'),
 dict(surface='237', value=237, unit='count', quantity='such offenders admitted in 2016'),
 dict(surface='235', value=235, unit='count', quantity='such offenders admitted in 2017'),
 dict(surface='236', value=236, unit='count', quantity='such offenders admitted in 2018'),
 dict(surface='about 54 percent', value=54, unit='percent', quantity='drop of the 2018 number from 2009', approx=True),
 dict(surface='Over 40 percent', value=40, unit='percent', quantity='African-American men in the county going to prison for low-level drug offenses (as said)', approx=True),
])

build('s13-liar2-15394', [
 dict(span='Bost says that Kelly "allowed half of the criminals he faced to walk free" and "failed to protect women who were violently assaulted," allowing "those guilty of sexual assault to cut inexcusable plea deals."',
      quote='allowed half of the criminals he faced to walk free … failed to protect women who were violently assaulted … those guilty of sexual assault to cut inexcusable plea deals.',
      speaker='Bost', attribution='paraphrase', cue='says'),
 dict(span='Bost’s campaign said it based this on court cases.',
      speaker='Bost’s campaign', attribution='official_statement', cue='said'),
 dict(span='The information it sent us showed four men getting probation rather than prison.',
      speaker='Bost’s campaign', attribution='official_statement', cue='showed'),
], [
 dict(surface='half', value=50, unit='percent', quantity='criminals Kelly faced who walked free (as said)'),
 dict(surface='four', after='showed four', value=4, unit='count', quantity='men getting probation in the campaign’s court cases'),
])

build('s14-liar2-1475', [
 dict(span='Opponents say St. Pete Beach\'s experience is a "fair example" of what could happen should Amendment 4 pass.',
      quote='fair example', speaker='Opponents', attribution='paraphrase', cue='say'),
], [
 dict(surface='close to four years', value=4, unit='years', quantity='duration of the power struggle', approx=True),
])

build('s15-liar2-6517', [
 dict(span='Obama said that when asked whether he would have signed the Lilly Ledbetter Act into law, Romney\'s campaign said, "I\'ll get back to you."',
      quote="I'll get back to you.", speaker='Obama', attribution='paraphrase', cue='said'),
 dict(span='a Romney adviser did say earlier this year that he would "get back" to a reporter about whether he supported the Lilly Ledbetter Act.',
      quote='get back', speaker='Unnamed adviser', role='Romney adviser', attribution='paraphrase',
      cue='did say earlier this year', hedges=['unnamed source']),
 dict(span='A spokeswoman then said he would not change it',
      speaker='Unnamed spokeswoman', attribution='paraphrase', cue='then said', hedges=['unnamed source']),
 dict(span='Romney later said he "certainly support(s) equal pay for women," and has "no intention of changing that law."',
      quote='certainly support(s) equal pay for women … no intention of changing that law.',
      speaker='Romney', attribution='paraphrase', cue='later said'),
 dict(span="Romney later clarified by saying he wouldn't change the law.",
      speaker='Romney', attribution='paraphrase', cue='later clarified by saying'),
], [])

build('s16-liar2-21222', [
 dict(span='Occupy Democrats said Mandel doctored an image in a campaign ad but "forgot to Photoshop the hands that clearly show he put his face on the body of a Black soldier."',
      quote='forgot to Photoshop the hands that clearly show he put his face on the body of a Black soldier.',
      speaker='Occupy Democrats', attribution='official_statement', cue='said'),
 dict(span='social media users’ observations that Mandel’s hands appear darker than his face in a photo showing him beside Black soldiers in a recent ad.',
      speaker='Unnamed social media users', attribution='paraphrase', cue='observations', hedges=['unnamed source']),
 dict(span='The ad’s creator, meanwhile, said Mandel’s hands appeared darker in the ad because the photo had been vignetted in order to highlight the white text at the bottom directing viewers to Mandel’s website.',
      speaker='Unnamed ad creator', attribution='paraphrase', cue='said', hedges=['unnamed source']),
], [])

build('s17-liar2-7883', [
 dict(span='Obama has jumped the shark and ordered the ocean closed!', quote='SPAN',
      speaker='Unnamed Twitter user', attribution='direct_quote', cue='circulating on Twitter', hedges=['unnamed source']),
 dict(span='an article in Breitbart that explains that the shutdown means that the Dry Tortugas and the Florida Bay are closed as a result of the shutdown.',
      speaker='Breitbart', attribution='official_statement', cue='explains'),
], [])

build('s18-liar2-15546', [
 dict(span=('Trump said Schumer has', 'along with many other Democrats.'),
      quote='has repeatedly supported a physical barrier in the past along with many other Democrats.',
      speaker='Trump', attribution='paraphrase', cue='said'),
 dict(span='They changed their mind only after I was elected president.', quote='SPAN',
      speaker='Trump', attribution='direct_quote', cue='said'),
 dict(span='the fence was mocked as a "nothing wall" by Trump in the past',
      quote='nothing wall', speaker='Trump', attribution='paraphrase', cue='was mocked'),
 dict(span='Trump says the Democrats no longer support their previous position simply because he wants it.',
      speaker='Trump', attribution='paraphrase', cue='says'),
 dict(span='Democrats have actually proposed current funding for the fencing that was approved in 2006.',
      speaker='Democrats', attribution='paraphrase', cue='have actually proposed'),
], [])

build('s19-liar2-5827', [
 dict(span=('To address this financial crisis', 'into a personal account'), quote='SPAN',
      speaker='Tranchemontagne', attribution='direct_quote', cue='Tranchemontagne wrote in an email to The Telegraph'),
 dict(span='Saying that (he) supports ‘privatizing Social Security’ is pure political rhetoric devised by Democrat spin doctors to frighten seniors.', quote='SPAN',
      speaker='Tranchemontagne', attribution='direct_quote', cue=None),
 dict(span='it does not meet the criteria for full privatization, as Kuster claims.',
      speaker='Kuster', attribution='paraphrase', cue='claims'),
], [
 dict(surface='older than 55', value=55, unit='years', quantity='age of people the plan would not affect', approx=True),
])

build('s20-liar2-8277', [
 dict(span='a Facebook post vowing to advocate for Radel’s replacement',
      speaker='Scott', attribution='paraphrase', cue='vowing'),
 dict(span='The sad reality is that Trey Radel does not even qualify to drive a Lee County school bus at this point, yet he occupies a seat in Congress.', quote='SPAN',
      speaker='Scott', attribution='direct_quote', cue='said'),
 dict(span='the district’s policies state that it won’t hire anyone currently on probation or who pleaded guilty to a misdemeanor drug charge within the past five years, or a felony drug charge in the past decade.',
      speaker='district', attribution='official_statement', cue='policies state'),
], [
 dict(surface='five years', value=5, unit='years', quantity='look-back period for misdemeanor drug charges in the hiring policy'),
])

build('s21-liar2-4832', [
 dict(span='the statistics show that the government continues to have a large influence on the economy',
      attribution='reported', cue='the statistics show', said_at='2012-01-07'),
 dict(span='international comparisons show that the U.S. ranks low in both total tax burden and high in economic freedom -- at least as measured by a prominent conservative think tank.',
      attribution='reported', cue='international comparisons show', said_at='2012-01-07'),
 dict(span='Troy subsequently joined the Romney campaign as an adviser, according to POLITICO .',
      speaker='POLITICO', attribution='reported', cue='according to POLITICO'),
], [])

build('s22-liar2-17908', [
 dict(span='A social media rumor claims that Google and Apple "put a covid tracker on every phone."',
      quote='put a covid tracker on every phone.', speaker='Unnamed social media user', attribution='paraphrase',
      cue='claims', hedges=['unnamed source']),
 dict(span='the subtext of the Facebook post — that the companies are using the system to track users without their knowledge',
      speaker='Unnamed Facebook user', attribution='paraphrase', cue='subtext', hedges=['unnamed source']),
 dict(span='Only a few states have said they will use the technology to support their contact tracing efforts.',
      speaker='states', attribution='official_statement', cue='have said'),
], [])

build('s23-liar2-16411', [
 dict(span='A Facebook post claimed that "89,000 children were separated from their parents under Obama" and "only 1,900 children have been separated under Trump."',
      quote='89,000 children were separated from their parents under Obama … only 1,900 children have been separated under Trump.',
      speaker='Unnamed Facebook user', attribution='paraphrase', cue='claimed', hedges=['unnamed source']),
 dict(span='Immigration experts have told PolitiFact that family separations under Trump happened at a larger scale than they did under Obama.',
      speaker='Immigration experts', attribution='paraphrase', cue='have told PolitiFact'),
 dict(span='A spokeswoman for Homeland Security previously told PolitiFact that the Obama administration did not track the number of families separated.',
      speaker='Unnamed spokeswoman', role='spokeswoman for Homeland Security', attribution='paraphrase',
      cue='previously told PolitiFact', hedges=['unnamed source']),
 dict(span='based on previous data provided by Trump officials, the number at least surpasses 1,900.',
      speaker='Trump officials', attribution='official_statement', cue='based on previous data provided by', hedges=['at least']),
], [
 dict(surface='89,000', value=89000, unit='count', quantity='children separated from their parents under Obama (as said)'),
 dict(surface='1,900', value=1900, unit='count', quantity='children separated under Trump (as said)'),
 dict(surface='89,000', after='post’s 89,000', value=89000, unit='count', quantity='the Facebook post’s number'),
 dict(surface='1,900', after='at least surpasses', value=1900, unit='count', quantity='lower bound of children separated under Trump', approx=True),
])

build('s24-liar2-21781', [
 dict(span='There have been no confirmed sightings or captures of bull sharks in the Great Lakes that I’m aware of', quote='SPAN',
      speaker='Jeff Tyson', role='fishery management program manager at the Great Lakes Fishery Commission',
      attribution='direct_quote',
      cue='Jeff Tyson, the fishery management program manager at the Great Lakes Fishery Commission, told the AP in a story published Aug. 5'),
 dict(span='Sharks swimming 1,000 miles from, you know, Louisiana up rivers and getting stuck in the Great Lakes.', quote='SPAN',
      speaker='Galante', role='biologist and television personality', attribution='direct_quote', cue='also said'),
 dict(span=('the Shedd Aquarium noted in a 2014 publication', 'to enter the Great Lakes."'),
      quote='have been known to ascend the Mississippi River from the Gulf of Mexico as far as St. Louis … would make it next to impossible for even a bull shark to enter the Great Lakes.',
      speaker='Shedd Aquarium', attribution='official_statement', cue='noted in a 2014 publication'),
], [])

build('s25-liar2-12670', [
 dict(span=('Trump said that Cleveland’s I-X center', 'Mexico and other countries."'),
      quote='thousands and thousands of people worked here, and they left. So many people are leaving, so many people are closing their businesses and moving to Mexico and other countries.',
      speaker='Trump', attribution='paraphrase', cue='said'),
], [])
