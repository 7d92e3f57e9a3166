"""The `unseen9` split: 25 more PolitiFact justifications from LIAR2 test.csv (rule in liar2_select.py:
skip 170, count 25).

Annotated blind: from the text alone, by the conventions in ../README.md (and the choices of
unseen.py, factdev.py, unseen2.py … unseen8.py), by someone who wrote no extraction rule, never ran
the extractor and saw no other annotation of these texts, and committed before the extractor was run
on any of them. Organisations named as speakers ("FreedomWorks", "OurTime.org" behind "The Facebook
graphic by OurTime.org", "NRCC", "NBC News" / "The news organization", "The Hill and Congressional
Quarterly", the "Congressional Research Service" and "The report" / "It" that stands for its
report, "Ohio Republicans", whom the text goes on to call "the GOP’s tweet" and "The Ohio GOP",
"His campaign" / "The Sturtevant camp") are `official_statement` when indirect and `direct_quote`
when quoted whole; "X's column" and "X tweeted a meme that says" speak for X; generic groups
("Experts", "Legal experts", "political observers", "Florida Democrats" / "Democrats" / "They", of
whom the text says nothing that makes them an organisation) are `paraphrase`; unnamed people are
"Unnamed <noun>" with the hedge "unnamed source" ("Facebook posts" "Unnamed Facebook users", "An
Instagram post" "Unnamed Instagram user", "An image posted on Instagram and Twitter" "Unnamed
poster", "an alert reader" / "the reader" "Unnamed reader", "several readers" "Unnamed readers", "a
spokeswoman for the … Center for College Planning" "Unnamed spokeswoman", "Carroll’s spokesman"
"Unnamed spokesman"). Choices the README and the earlier specs did not already settle:
- A quote with no speaker in the excerpt but a cue ("…," she said — r10, whose "she" the excerpt
  never names) has speaker null and cue "she said", no "unnamed source" hedge (as factdev's d09).
- "Ohio Republicans said in 1978, Brown "…"" (r12): "in 1978" belongs to the content (Brown's vote),
  not to the saying: cue "said", said_at null (as unseen8's "said after a hurricane struck …").
- Nested speech is one claim, the outer speaker's (as unseen8's Obama/Romney's campaign): "Rep. Peter
  Palumbo says that AAA says the practice is "…"" (r13) is Palumbo's; the spokeswoman's "though some
  families still describe the process … as overwhelming" (r14), "He also suggested Biden was
  contradicting what he’d said moments before" (r17) and "the law cited as punishment" inside the
  experts' sentence (r21) are not claims of their own.
- A framing speech act around the real content stays one claim (as unseen7's "Weatherford defended
  … by pointing to …", cue "defended"): "Weatherford defended his call for a tuition hike … by saying
  students spend more on cellphones than "…"" (r05) is one claim with cue "defended"; "In arguing for
  a proposed law …, Rep. Peter Palumbo says …" (r13) keeps the adverbial in the span (as unseen7's
  "In talking about …"). "… ," he said, citing one problem in Palumbo's -- and AAA's -- statement."
  (r13) is one claim (the citing has no content but the quote).
- Two speech acts with two contents are two claims (as unseen7's "by saying …" / "he implied …"):
  "Ryan called to break up the "college cartel,"" / "implying that collusion is …" (r10); "they
  declare he belittled "middle-class tax cuts,"" / "creating the impression he opposes middle
  class-tax breaks." (r25, the second as unseen6's "gives the impression").
- Multi-sentence quotes: the Instagram post's two sentences (r07) are two claims, both cue "claimed"
  (PolitiFact checks "100% experimental" and "zero long term studies" separately, as unseen6's Jerry
  Brown); Bush's two sentences (r15) are one claim (PolitiFact judges them as one contrast); Castro's
  quote (r17, with its own " … " elisions) is one claim. Daniel Schmidt's two later quoted paragraphs
  (r13) after "…," said Daniel Schmidt …" are separate claims: ""Think about this: …"" with cue null
  (a continuation, as unseen6's Cantor), ""For that matter, …," he said" with cue "he said", and the
  last ""One would also need to know … Stopping relatively slowly …"" (two sentences, one argument)
  with cue null. Erin Hathaway's second quoted sentence (r14) is a continuation, cue null.
- Speech acts without quoted content, following the earlier sets' generous list: "the study they
  cite" (r04, as "cited"), "He did talk about Obama’s ISIS strategy on PBS" (r06, topic given, as
  unseen6's "what the CDC said in August about …"), "the reason he cites" (r13, as unseen3's "the $3
  million daily cost that Ernst cites"), "he makes unprovable accusations about perks that Sanders
  receives as a senator" (r23, cue "makes unprovable accusations about"), "Bush's column also makes
  the broader point that …" (r15), "Florida Democrats used Romney as an example of a Republican "…""
  (r25, cue "used Romney as an example of"), "Romney … did indeed call temporary tax changes "little
  Band-Aids."" (r25), "he decries not "middle-class tax cuts," but "a temporary change to the payroll
  tax"" (r25, span cut to the clause; "the context of his Oct. 11 debate performance shows" is
  PolitiFact's evidence). "Castro used this questionable distinction to charge that …" (r17) has the
  cue "charge" and the span ends before ", but that’s an exaggeration at best".
- The content of a document after a colon is that document's claim: "The group left out a key
  distinction from the study they cite: Minimum wage workers can’t afford a two-bedroom apartment at
  Fair Market Rent" (r04) gives the `reported` claim "Minimum wage workers … Fair Market Rent" (the
  study is never named; cue "from the study", publication date), besides OurTime.org's "the study they
  cite". "Publicity information, news coverage and even the federal government’s own website … did
  suggest that …" (r19) is `reported` with the publication date and the cue "did suggest" (the
  subject is too long a list to be a cue, unlike unseen6's "Studies show").
- "It has long been rumored that DeSantis will run for president in 2024" (r03) is `reported`
  (agentless), cue "has long been rumored", hedge "rumored" (a reporting hedge, as "reportedly"),
  span cut before ", and Trump has made him a target …".
- Hedges: "alleged" and "accused" as the named speaker's own reporting verb (r21 "the image alleged
  that", r25 "They accused him of") are cues, not hedges (the README's "allegedly"/"accused" hedge the
  article's own agentless reporting, as heldout's "are also accused"); "or more" after the quote
  ""… $1,300" or more per year" (r01) is a hedge of FreedomWorks' claim and makes the figure approx,
  although the closing quote mark keeps it out of the figure's surface; "or higher" in "the top 6
  percent or higher" is approx (as "30 percent or more"); "usually", "only", "essentially", "at the
  very least" are no hedges; "an average of" is no approximator.
- Speakers: two sources joined in one "According to a former Air Force colonel and the Pentagon"
  (r24) are one speaker "former Air Force colonel and the Pentagon", `official_statement` (an
  institution among them), no "unnamed source" hedge (as unseen7's "Catholic relief workers and a
  past Homeland Security commissioner"); "State officials and lawmakers warned" (r20) is
  `official_statement` (officials of an institution, as unseen6's "state and federal public health
  officials"); "The Hill and Congressional Quarterly had both reported" (r19) is one speaker.
- said_at: West's "May 14 newsletter" is 2012-05-14 (the publication's year); Romney's "decries", "He
  argued" and "He did indeed call" are placed by the text in his "Oct. 11 debate performance":
  2011-10-11 (as unseen7's Comey statements placed by the preceding sentence); the UPDATE's "After we
  published this story, an alert reader noted" and "After publication of this item, several readers
  informed us" stay null (as unseen5); "a February 2004 report" gives no day: null.
- Cues after a quote with a post-posed speaker and appositive keep the appositive: "said Daniel
  Schmidt of Blacksburg, Va., a mathematics graduate student at Virginia Tech", "the center's Erin
  Hathaway wrote to PolitiFact.com", and for the unquoted "No research has been done on the topic,
  said Meihua Zhai, director of research at …" (whole sentence as span, as a paraphrase ending ", he
  said."). "If climate change was …, experts said, it would …" (r06) has cue "experts said".
- Not claims: the rated claim re-mentioned ("We rate the  that a video shows DeSantis saying, "…""
  r03 — the words are the deepfake's, relayed only inside PolitiFact's rating sentence, as unseen5's
  "We're checking his [claim] that "…""; "Cruz misquotes what he said", "Hume’s statement only holds
  water", "by the time West made his ,"), comparatives ("much less than Castro suggests", "more to
  this than the NRCC lets on", as unseen6's "65 percent more than Paltrow stated"), hypotheticals
  ("Supporters of the law could argue that …", r09), generic infinitives and gerunds ("to say that
  it was "illegal"", "it’s not accurate to say that …", "Calling it a "slush fund" could lead readers
  to …"), omissions and negations ("The group left out", "the post overstates how much and omits",
  "the ad … ignores critical facts", "The Ohio GOP also ignores", "The Republicans also omit", "no
  officials have brought up", "None of the seven probes … held Clinton personally responsible",
  "There’s no  that she personally advocated"), PolitiFact's reading ("he’s just talking about
  tuition", "the 1981 speech that Obama was referring to", "Sturtevant … dismisses this obvious
  vote"), PolitiFact's own earlier version ("We had written that Obama had said "…"", as unseen8),
  votes, approvals and positions ("Gecker opposed it", "Brown voted for a bill that eliminated "…""
  — the quoted words are the bill's, "Clinton’s State Department approved", "Romney's published
  support for lowering payroll taxes", as unseen6's "backed"), "the department was reprimanded for
  shoddy paperwork" (an event), "Trump has made him a target in public comments" and "he has given
  media interviews" (no content), "The Bureau of Economic Analysis publishes statistics that …" and
  PolitiFact's own division of its figures (r16, as unseen7's "The number subtracts …"), the
  "as defined by the federal government" of a reading level, RELATED headlines (no numbers here).
- Figures: "between $50,000 and $75,000" is a USD range (as unseen3's "$31,000 and $104,000"), and so
  is "ranging from a measly $156 to a whopping $24,000", with surface "$156 to a whopping $24,000";
  "two-bedroom apartment" is a count of 2 (as unseen6's "three-part" deal and unseen5's "100-member",
  not a kind like "four-year college"); "40-hour", "30 to 45 minutes", "one to two hours", "two
  minutes", pounds and mph are outside models.UNITS; "zero long term studies" is a count of 0 (a
  counted noun, unlike unseen7's mass-noun "absolutely zero classified information"), while "all
  weights are zero" has no unit; "3-2 vote" is two counts (as "93-6"); "his two terms" is a count;
  "removed voters after four years" (a period of not voting) and "the six-year process" are `years`
  durations (as unseen7's "eight-year period"); "the top 1 percent" / "the top 6 percent or higher"
  are percents; "More than one-third" is percent 33.3, approx; "nearly half", "Close to half" percent
  50, approx; "closer to 16 percent" approx (as unseen6's "closer to 64 percent"); "double" is a
  ratio; "one of 11 organizations" gives the count 11 ("one of" is a determiner use); "citing one
  problem" is a determiner "one"; "the 40th percentile" is a rank; "fourth-graders", "first", "last"
  are ordinals; "COVID-19", "AB 5", "Sept. 21", "Oct. 11", "Jan. 29, 2014", "1978", "2024" are names
  and dates.
"""
from helper import build_liar2


def build(name, claims, figures):
    build_liar2(name, claims, figures, split='unseen9')


build('r01-liar2-15320', [
 dict(span='In an ad seen on Facebook, FreedomWorks said "Dan McCready wants to repeal tax cuts that saves you $1,300" or more per year.',
      quote='Dan McCready wants to repeal tax cuts that saves you $1,300',
      speaker='FreedomWorks', attribution='official_statement', cue='said', hedges=['or more']),
 dict(span='McCready has repeatedly indicated that while he wants to make serious changes to the Trump tax plan, he does not want to get rid of the tax cuts, especially for the middle class.',
      speaker='Dan McCready', attribution='paraphrase', cue='has repeatedly indicated'),
], [
 dict(surface='$1,300', value=1300, unit='USD', quantity='yearly tax cut McCready would repeal (as said, "or more")', approx=True),
 dict(surface='$1,300', after='The $1,300', value=1300, unit='USD', quantity='average tax cut for district residents earning $50,000–$75,000'),
 dict(surface='$50,000 and $75,000', value=None, low=50000, high=75000, unit='USD', quantity='yearly income band of the $1,300 average'),
 dict(surface='$156 to a whopping $24,000', value=None, low=156, high=24000, unit='USD', quantity='range of tax cuts for higher or lower incomes'),
])

build('r02-liar2-20392', [
 dict(span='Facebook posts  that the shipping pileups at California ports are being driven, in part, by two policies affecting long-haul truck drivers in California.',
      speaker='Unnamed Facebook users', attribution='paraphrase', cue=None, hedges=['unnamed source']),
], [
 dict(surface='two', after='by two policies', value=2, unit='count', quantity='policies affecting long-haul truck drivers (as said)'),
])

build('r03-liar2-22846', [
 dict(span='It has long been rumored that DeSantis will run for president in 2024',
      attribution='reported', cue='has long been rumored', said_at='2023-03-31', hedges=['rumored']),
 dict(span='which political observers believe show his intent to run.',
      speaker='political observers', attribution='paraphrase', cue='believe'),
 dict(span=('NBC News noted that this deepfake', 'presidential campaign."'),
      quote='emblematic of the way in which a small army of Trump-aligned social media influencers has honed its tools in the early phase of the 2024 presidential campaign.',
      speaker='NBC News', attribution='official_statement', cue='noted'),
 dict(span='The news organization reported that "the goal is to portray DeSantis as insufficiently supportive of the former president at a time when most Republicans are rallying to his side."',
      quote='the goal is to portray DeSantis as insufficiently supportive of the former president at a time when most Republicans are rallying to his side.',
      speaker='NBC News', attribution='official_statement', cue='reported'),
], [])

build('r04-liar2-9394', [
 dict(span='There is no state in the U.S. where a 40-hour minimum wage work week is enough to afford a two-bedroom apartment.', quote='SPAN',
      speaker='OurTime.org', attribution='direct_quote', cue='claimed'),
 dict(span='the study they cite',
      speaker='OurTime.org', attribution='official_statement', cue='cite'),
 dict(span='Minimum wage workers can’t afford a two-bedroom apartment at Fair Market Rent',
      attribution='reported', cue='from the study', said_at='2014-09-11'),
], [
 dict(surface='two', after='afford a two-bedroom', value=2, unit='count', quantity='bedrooms of the apartment (as said)'),
 dict(surface='two', after='can’t afford a two-bedroom', value=2, unit='count', quantity='bedrooms of the apartment in the study'),
])

build('r05-liar2-7159', [
 dict(span='Weatherford defended his call for a tuition hike before the leaders of the state university system by saying students spend more on cellphones than "what they actually pay out of pocket at our major universities" for tuition.',
      quote='what they actually pay out of pocket at our major universities',
      speaker='Weatherford', attribution='paraphrase', cue='defended'),
], [
 dict(surface='More than one-third', value=100 / 3, unit='percent', quantity='Florida public university students who pay nothing for tuition and fees', approx=True),
])

build('r06-liar2-11063', [
 dict(span="Mike Morell testified and told Congress that the reason Obama has not bombed ISIS'\xa0oil fields is they're concerned about global warming.", quote='SPAN',
      speaker='Cruz', attribution='direct_quote', cue='said'),
 dict(span='He did talk about Obama’s ISIS strategy on PBS',
      speaker='Mike Morell', attribution='paraphrase', cue='did talk about'),
 dict(span='Morell said U.S. military forces spared oil tankers and wells — not "oil fields" — in order to avoid "environmental damage."',
      quote='environmental damage.', speaker='Mike Morell', attribution='paraphrase', cue='said'),
 dict(span='If climate change was the Obama administration’s top priority, experts said, it would make more sense to bomb the oil fields.',
      speaker='experts', attribution='paraphrase', cue='experts said'),
], [])

build('r07-liar2-22508', [
 dict(span='All ‘gender affirming care’ for children is 100% experimental.', quote='SPAN',
      speaker='Unnamed Instagram user', attribution='direct_quote', cue='claimed', hedges=['unnamed source']),
 dict(span='There are zero long term studies on the effects the drugs and surgeries will have on them.', quote='SPAN',
      speaker='Unnamed Instagram user', attribution='direct_quote', cue='claimed', hedges=['unnamed source']),
 dict(span=('Experts said it is  to call', 'is -based.'),
      speaker='Experts', attribution='paraphrase', cue='said'),
 dict(span='Research also shows that gender-affirming care reduces the risk of suicide, anxiety, depression and gender dysphoria.',
      attribution='reported', cue='Research also shows', said_at='2023-01-01'),
], [
 dict(surface='100%', value=100, unit='percent', quantity='share of gender-affirming care for children that is experimental (as said)'),
 dict(surface='zero', value=0, unit='count', quantity='long-term studies on the effects of the drugs and surgeries (as said)'),
])

build('r08-liar2-8342', [
 dict(span='Obama said, "the federal minimum wage is worth about twenty percent less than it was when Ronald Reagan" gave his first State of the Union address.',
      quote='the federal minimum wage is worth about twenty percent less than it was when Ronald Reagan',
      speaker='Obama', attribution='paraphrase', cue='said', hedges=['about']),
 dict(span="After we published this story, an alert reader noted that our original paraphrase of part of Obama's quote was .",
      speaker='Unnamed reader', attribution='paraphrase', cue='noted', hedges=['unnamed source']),
 dict(span=("As the reader pointed out, a new president's first address", 'is not officially called a State of the Union address.'),
      speaker='Unnamed reader', attribution='paraphrase', cue='pointed out', hedges=['unnamed source']),
], [
 dict(surface='about twenty percent', value=20, unit='percent', quantity='how much less the minimum wage is worth than under Reagan (as said)', approx=True),
 dict(surface='closer to 16 percent', value=16, unit='percent', quantity='how much less the minimum wage is actually worth', approx=True),
 dict(surface='two', after='during his two terms', value=2, unit='count', quantity='Reagan’s terms'),
 dict(surface='$2', value=2, unit='USD', quantity='drop in the real minimum wage by Reagan’s last State of the Union'),
 dict(surface='about 20 percent', value=20, unit='percent', quantity='the figure in PolitiFact’s original paraphrase', approx=True),
])

build('r09-liar2-15559', [
 dict(span='Cooper said a bill passed by GOP legislators "makes it harder to prosecute people and groups that violate campaign finance laws."',
      quote='makes it harder to prosecute people and groups that violate campaign finance laws.',
      speaker='Cooper', attribution='paraphrase', cue='said'),
], [])

build('r10-liar2-11860', [
 dict(span="The only example in which universities coordinate to set prices is the Ivy League's decision to prohibit scholarships that are not need-based, which has the effect of raising overall prices", quote='SPAN',
      speaker=None, attribution='direct_quote', cue='she said'),
 dict(span='Ryan called to break up the "college cartel,"',
      quote='college cartel', speaker='Ryan', attribution='paraphrase', cue='called'),
 dict(span='implying that collusion is preventing better options from entering the higher education market.',
      speaker='Ryan', attribution='paraphrase', cue='implying'),
], [
 dict(surface='eight', value=8, unit='count', quantity='Ivy League schools'),
 dict(surface='4,200', value=4200, unit='count', quantity='accredited institutions'),
])

build('r11-liar2-10820', [
 dict(span='Sturtevant says Gecker "voted to double vehicle registration fees, costing county residents $6 million annually in additional fees."',
      quote='voted to double vehicle registration fees, costing county residents $6 million annually in additional fees.',
      speaker='Sturtevant', attribution='paraphrase', cue='says'),
 dict(span='His campaign instead argues that Gecker subsequently voted to pass massive spending plans that fund all of the county’s public services and public improvement projects.',
      speaker='Sturtevant’s campaign', attribution='official_statement', cue='instead argues'),
 dict(span='The Sturtevant camp also notes that Gecker, in 2014, voted to advertise that the board was considering the $20 increase.',
      speaker='Sturtevant camp', attribution='official_statement', cue='also notes'),
], [
 dict(surface='$6 million', value=6e6, unit='USD', quantity='yearly additional fees for county residents (as said)'),
 dict(surface='$20', value=20, unit='USD', quantity='vehicle registration fee increase'),
 dict(surface='3', after='a 3-2 vote', value=3, unit='count', quantity='supervisors voting for the increase'),
 dict(surface='2', after='3-2 vote', value=2, unit='count', quantity='supervisors voting against the increase'),
 dict(surface='$20', after='considering the $20', value=20, unit='USD', quantity='fee increase the board was considering'),
])

build('r12-liar2-14778', [
 dict(span='Ohio Republicans said in 1978, Brown "voted for stricter removal standards (for voter registration) and then enforced them as Secretary of State."',
      quote='voted for stricter removal standards (for voter registration) and then enforced them as Secretary of State.',
      speaker='Ohio Republicans', attribution='official_statement', cue='said'),
 dict(span='During that time, he warned voters that they could have their registrations cancelled for not voting.',
      speaker='Brown', attribution='paraphrase', cue='warned'),
], [
 dict(surface='four years', value=4, unit='years', quantity='period after which the 1978 bill removed voters'),
 dict(surface='six-year', value=6, unit='years', quantity='length of the removal process upheld by the Supreme Court'),
])

build('r13-liar2-6883', [
 dict(span=('In arguing for a proposed law that would ban dogs', 'packs a 2,400-pound punch."'),
      quote='dangerous because an unrestrained 10-pound dog traveling at 50 miles per hour flies forward with 500 pounds of pressure in a crash and an 80-pound dog at only 30 mph packs a 2,400-pound punch.',
      speaker='Peter Palumbo', role='Rep.', attribution='paraphrase', cue='says'),
 dict(span='the reason he cites',
      speaker='Peter Palumbo', attribution='paraphrase', cue='cites'),
 dict(span=('After publication of this item, several readers informed us', 'repeated by Palumbo -- was .'),
      speaker='Unnamed readers', attribution='paraphrase', cue='informed us', hedges=['unnamed source']),
 dict(span='One cannot simply multiply speed by weight to get an impact force', quote='SPAN',
      speaker='Daniel Schmidt', role='mathematics graduate student at Virginia Tech', attribution='direct_quote',
      cue='said Daniel Schmidt of Blacksburg, Va., a mathematics graduate student at Virginia Tech'),
 dict(span='Think about this: running into something at high speed would hurt just as much in deep space, where all weights are zero.', quote='SPAN',
      speaker='Daniel Schmidt', attribution='direct_quote', cue=None),
 dict(span='For that matter, there is no way to calculate the impact force from the given data', quote='SPAN',
      speaker='Daniel Schmidt', attribution='direct_quote', cue='he said'),
 dict(span=('One would also need to know how long', 'same mass and initial velocity.'), quote='SPAN',
      speaker='Daniel Schmidt', attribution='direct_quote', cue=None),
], [])

build('r14-liar2-168', [
 dict(span='a spokeswoman for the New Hampshire-based Center for College Planning said in an e-mail that the denseness of the form has become less of an issue since it went online, though some families still describe the process of applying as overwhelming.',
      speaker='Unnamed spokeswoman', role='spokeswoman for the New Hampshire-based Center for College Planning',
      attribution='paraphrase', cue='said in an e-mail', hedges=['unnamed source']),
 dict(span='With assistance, it can take an average of 30 to 45 minutes to fill out the FAFSA', quote='SPAN',
      speaker='Erin Hathaway', role='of the Center for College Planning', attribution='direct_quote',
      cue="the center's Erin Hathaway wrote to PolitiFact.com"),
 dict(span='If there are complicated asset situations or private business owners, joint families etc., then it can take longer, usually one to two hours.', quote='SPAN',
      speaker='Erin Hathaway', attribution='direct_quote', cue=None),
 dict(span=('No research has been done on the topic, said Meihua Zhai', 'how long it takes anecdotal.'),
      speaker='Meihua Zhai', role='director of research at the National Association of Student Financial Aid Administrators',
      attribution='paraphrase',
      cue='said Meihua Zhai, director of research at the National Association of Student Financial Aid Administrators'),
], [])

build('r15-liar2-2854', [
 dict(span="In 1998, nearly half of Florida's fourth-graders were functionally illiterate. Today, 72% of them can read.", quote='SPAN',
      speaker='Bush', attribution='direct_quote', cue='wrote', hedges=['nearly']),
 dict(span="Bush's column also makes the broader point that reading scores in Florida have improved dramatically since 1998.",
      speaker='Bush', attribution='paraphrase', cue='also makes the broader point'),
], [
 dict(surface='nearly half', value=50, unit='percent', quantity='Florida fourth-graders functionally illiterate in 1998 (as said)', approx=True),
 dict(surface='72%', value=72, unit='percent', quantity='Florida fourth-graders who can read today (as said)'),
 dict(surface='nearly half', after='read to mean', value=50, unit='percent', quantity='fourth-graders who could not read in 1998 (a reading of the claim)', approx=True),
 dict(surface='72 percent', value=72, unit='percent', quantity='fourth-graders who can read now (a reading of the claim)'),
 dict(surface='Close to half', value=50, unit='percent', quantity='Florida fourth-graders below the "Basic" reading level in 1998', approx=True),
 dict(surface='27 percent', value=27, unit='percent', quantity='fourth-graders below "Basic" in 2009'),
 dict(surface='73 percent', value=73, unit='percent', quantity='test takers reaching the "Basic" reading level in 2009'),
])

build('r16-liar2-4094', [], [
 dict(surface='22.0 percent', value=22.0, unit='percent', quantity='government share of GDP in 1963'),
 dict(surface='20.7 percent', value=20.7, unit='percent', quantity='government share of GDP in 2010'),
])

build('r17-liar2-16471', [
 dict(span=('The difference between what I support and what you support', 'That’s a big difference.'), quote='SPAN',
      speaker='Castro', attribution='direct_quote', cue='said'),
 dict(span='He also suggested Biden was contradicting what he’d said moments before.',
      speaker='Castro', attribution='paraphrase', cue='also suggested'),
 dict(span='Castro used this questionable distinction to charge that Biden had said opposing things within two minutes',
      speaker='Castro', attribution='paraphrase', cue='charge'),
], [])

build('r18-liar2-42', [
 dict(span='immigration patterns were not substantially affected by NAFTA, according to a February 2004 report by the Congressional Research Service.',
      speaker='Congressional Research Service', attribution='official_statement',
      cue='according to a February 2004 report by the Congressional Research Service'),
 dict(span='The report found that while legal and unauthorized worker migration from Mexico to the United States did accelerate after NAFTA was implemented in 1994, the trade agreement was "largely irrelevant."',
      quote='largely irrelevant.', speaker='Congressional Research Service', attribution='official_statement', cue='found'),
 dict(span="It found that workers were drawn to the United States by Mexico's inability to provide jobs for a burgeoning work force, as well as periodic financial crises that caused huge job losses and undermined confidence in the Mexican economy.",
      speaker='Congressional Research Service', attribution='official_statement', cue='found'),
], [])

build('r19-liar2-5657', [
 dict(span=('West said in a May 14 newsletter', 'An Anti-Obesity Campaign."'),
      quote='absurdity … ObamaCare Slush Fund Money Being Use To Spay Stray Dogs And Cats – Counts As An Anti-Obesity Campaign.',
      speaker='West', attribution='paraphrase', cue='said in a May 14 newsletter', said_at='2012-05-14'),
 dict(span=('Publicity information, news coverage and even', 'free from the threat of stray dogs.'),
      attribution='reported', cue='did suggest', said_at='2012-05-14'),
 dict(span='by the time West made his , The Hill and Congressional Quarterly had both reported that the initial claims were .',
      speaker='The Hill and Congressional Quarterly', attribution='official_statement', cue='had both reported'),
], [
 dict(surface='$35,000', value=35000, unit='USD', quantity='PetSmart Charities grant for pet neutering and spaying'),
])

build('r20-liar2-12547', [
 dict(span='Carroll voted to allow welfare recipients to use your tax dollars at ATMs at strip clubs and pot dispensaries.', quote='SPAN',
      speaker='NRCC', attribution='direct_quote', cue='says'),
 dict(span=('Carroll’s spokesman said the senator voted against the bill', 'if any -- banking services.'),
      speaker='Unnamed spokesman', role='Carroll’s spokesman', attribution='paraphrase', cue='said', hedges=['unnamed source']),
 dict(span='State officials and lawmakers warned that Colorado could face financial sanctions for failing to comply with federal prohibitions against the use of benefit cards at adult entertainment venues.',
      speaker='State officials and lawmakers', attribution='official_statement', cue='warned'),
], [])

build('r21-liar2-19784', [
 dict(span='An image posted on Instagram and Twitter claimed that it is illegal for businesses to ask for proof of vaccination or deny entry to customers based on their vaccination status.',
      speaker='Unnamed poster', attribution='paraphrase', cue='claimed', hedges=['unnamed source']),
 dict(span=('the image alleged that business owners or employees who "violated your rights"', 'life imprisonment or the death penalty.'),
      quote='violated your rights', speaker='Unnamed poster', attribution='paraphrase', cue='alleged', hedges=['unnamed source']),
 dict(span='Legal experts say businesses are allowed to ask for proof of vaccination from customers.',
      speaker='Legal experts', attribution='paraphrase', cue='say'),
 dict(span=('Experts say a reasonable accommodation', 'access their services in person.'),
      speaker='Experts', attribution='paraphrase', cue='say'),
 dict(span='Experts also say that the law cited as punishment applies to public officials, not private businesses.',
      speaker='Experts', attribution='paraphrase', cue='also say'),
], [])

build('r22-liar2-11931', [
 dict(span=('Cohen tweeted a meme that says Clinton', 'and murdered an ambassador."'),
      quote='presided over $6 billion lost at the State Department, sold uranium to the Russians through (her) faux charity, illegally deleted public records, and murdered an ambassador.',
      speaker='Cohen', attribution='paraphrase', cue='tweeted a meme that says'),
 dict(span='Experts say that’s certainly skirting the rules and her email server in general was not allowed.',
      speaker='Experts', attribution='paraphrase', cue='say'),
], [
 dict(surface='$6 billion', value=6e9, unit='USD', quantity='money lost at the State Department under Clinton (as said)'),
 dict(surface='$6 billion', after='affecting $6 billion', value=6e9, unit='USD', quantity='contracts affected by shoddy paperwork'),
 dict(surface='11', value=11, unit='count', quantity='organizations that approved the uranium deal'),
 dict(surface='over 30,000', value=30000, unit='count', quantity='emails Clinton deleted', approx=True),
 dict(surface='seven', value=7, unit='count', quantity='probes into the Benghazi attacks'),
])

build('r23-liar2-11608', [
 dict(span=('As a U.S. senator with salary and perks', 'paid only 13 percent in taxes last year.'), quote='SPAN',
      speaker='D’Souza', attribution='direct_quote', cue='said'),
 dict(span='he makes unprovable accusations about perks that Sanders receives as a senator.',
      speaker='D’Souza', attribution='paraphrase', cue='makes unprovable accusations about'),
], [
 dict(surface='1 percent', value=1, unit='percent', quantity='top earners Bernie is among (as said)'),
 dict(surface='13 percent', value=13, unit='percent', quantity='share of income Bernie paid in taxes last year (as said)'),
 dict(surface='$205,617', value=205617, unit='USD', quantity='income of Sanders and his wife in 2014'),
 dict(surface='at least $100,000', value=100000, unit='USD', quantity='shortfall from the top 1 percent of earners', approx=True),
 dict(surface='1 percent', after='into the top', value=1, unit='percent', quantity='top earners'),
 dict(surface='6 percent or higher', value=6, unit='percent', quantity='top share of earners Sanders’ household income lands him in', approx=True),
 dict(surface='About 13 percent', value=13, unit='percent', quantity='share of Sanders’ income that went to federal taxes', approx=True),
])

build('r24-liar2-9418', [
 dict(span='Hume said the president is sending a much larger force to deal with Ebola than ISIS was getting.',
      speaker='Hume', attribution='paraphrase', cue='said'),
 dict(span=('According to a former Air Force colonel and the Pentagon', 'deployed to fight the Ebola outbreak.'),
      speaker='former Air Force colonel and the Pentagon', attribution='official_statement',
      cue='According to a former Air Force colonel and the Pentagon'),
], [
 dict(surface='3,000', value=3000, unit='count', quantity='troops deployed to fight the Ebola outbreak'),
])

build('r25-liar2-4694', [
 dict(span='Florida Democrats used Romney as an example of a Republican "willing to raise taxes on middle-class Americans just to pay for more tax breaks for millionaires and billionaires."',
      quote='willing to raise taxes on middle-class Americans just to pay for more tax breaks for millionaires and billionaires.',
      speaker='Florida Democrats', attribution='paraphrase', cue='used Romney as an example of'),
 dict(span='They accused him of "belittling middle-class tax cuts as nothing more than \'little Band-Aids.\'"',
      quote="belittling middle-class tax cuts as nothing more than 'little Band-Aids.'",
      speaker='Florida Democrats', attribution='paraphrase', cue='accused'),
 dict(span='he decries not "middle-class tax cuts," but "a temporary change to the payroll tax" as part of a stimulus bill.',
      quote='a temporary change to the payroll tax', speaker='Romney', attribution='paraphrase', cue='decries',
      said_at='2011-10-11'),
 dict(span='He argued, essentially, for permanently lower tax rates, including for the middle class.',
      speaker='Romney', attribution='paraphrase', cue='argued', said_at='2011-10-11'),
 dict(span="accurately pointing out that in the debate, Romney didn't support Obama's effort to extend his payroll tax cut.",
      speaker='Florida Democrats', attribution='paraphrase', cue='accurately pointing out'),
 dict(span='He did indeed call temporary tax changes "little Band-Aids."',
      quote='little Band-Aids.', speaker='Romney', attribution='paraphrase', cue='did indeed call', said_at='2011-10-11'),
 dict(span='they declare he belittled "middle-class tax cuts,"',
      quote='middle-class tax cuts', speaker='Florida Democrats', attribution='paraphrase', cue='declare'),
 dict(span='creating the impression he opposes middle class-tax breaks.',
      speaker='Florida Democrats', attribution='paraphrase', cue='creating the impression'),
], [])
