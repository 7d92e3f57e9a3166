"""The `unseen16` split: 30 more PolitiFact justifications from LIAR2 test.csv (rule in liar2_select.py:
the shorter justifications, 600 to 799 characters, skip 70, count 30).

Annotated blind: from the text alone, by the conventions in ../README.md (and the choices of
unseen.py, factdev.py, unseen2.py … unseen14.py), by someone who wrote no extraction rule, never ran
the extractor and saw no other annotation of these texts, and committed before the extractor was run
on any of them (82 attributed claims, 39 figures). Organisations named as speakers ("his camp" (Poizner's) "Poizner camp", as
unseen9's "Sturtevant camp"; "Time" behind "The article" / "It"; "Governing magazine"; "the
Romney campaign"; "the New York Post" behind its article; "FloridaNewsFlash.com"; "The FDIC"; "the
government"; "Youngkin’s office"; "the IFO"; "The Vatican"; "the Trump administration"; "The U.S.
Dairy Export Council"; "the EPA"; the "U.S. Chamber of Commerce" behind its "study" and "The
chamber"; "the Biden administration" behind its executive order) are `official_statement` when
indirect and `direct_quote` when quoted whole; "An Angle ad" speaks for Angle (`paraphrase`);
generic groups ("conservatives", "Experts", "constitutional law scholars" with "a wide range of"
dropped, "Several scholars" with "Several" dropped, "Gun rights advocates", "experts", "Democratic
leaders") are `paraphrase`; unnamed people are "Unnamed <noun>" with the hedge "unnamed source" ("a
Trump spokesman" "Unnamed spokesman", "A Facebook post" and "The Facebook meme" "Unnamed Facebook
user", "This post" "Unnamed poster"). Choices the README and the earlier specs did not already
settle:
- Speakers the excerpt never names: k08's ""So percent positive testing …"" (an opening quote with no
  cue) and ""The Facebook post, he said, "…"" (the "he" never named) have speaker null and no "unnamed
  source" hedge (as unseen9's r10 and unseen13's n12); k30's opening fragment "If our students …"
  (the excerpt begins mid-quote) has speaker and cue null (as unseen6). k17's "His view is …" is
  Peacock's, the man quoted in the next sentence (as unseen14's mayor named later). k24's "the dairy
  industry is making a much broader [claim], saying …" is the U.S. Dairy Export Council's (the
  industry's voice whose statement is rated; least certain — "dairy industry" would be the literal
  speaker). k16's "the Democrats" who "rejected" and "acknowledged" are the "Democratic leaders
  cited by Youngkin’s office" of the sentence before: one speaker "Democratic leaders" for the three
  claims. k10's "the executive order said" speaks for the "Biden administration" whose policy it
  states (the body never names who signed it; `official_statement`; least certain — a document
  without a named maker would be `reported`, as unseen13's "The bill also says").
- "X said that "<whole quote>"" (k25, the meme) is `paraphrase` with the quote ("that" makes it
  indirect speech, as unseen6's "X said that … "<quote>""); "X said, "<whole quote>"" and "X said:
  "<whole quote>"" are `direct_quote`. "The Facebook post, he said, "is just …"" (k08) has its subject
  outside the quote marks: `paraphrase` with the quote, cue "he said". Peacock's quote split around
  "Peacock told us" (k17) is one `direct_quote` whose pieces are joined by " … " (the first piece
  without its trailing comma), cue "Peacock told us" (the speaker's mention after the quote, as the
  README). The Angle ad sentence (k22) ends in a stray closing quote mark whose opening mark was lost
  with the statement: no quote, span without the stray mark.
- Spans leave out the "Our rating" / "Our Ruling" headings that LIAR2 runs into the next sentence
  (as unseen10), and a closing quote mark preceded by a space (k08, k10: the span stops at the
  quote's last word). Two claims in one sentence are cut apart (k11's "claiming …" clause of the New
  York Post article, then "Christie claimed …" from "Christie"; k14's advocates / government; k16's
  "the Democrats rejected …" / "they acknowledged …", with "While" left out).
- Two speech acts with two contents are two claims (as unseen6's "disputed the findings, saying …"):
  k07 "The article said … and cited his accomplishments …" (the second from "cited"); k13 the
  spokesman "denied that … and suggested …" (the second from "suggested"); k20 "The Vatican has
  repeatedly denied the claims and described his condition as …" and Bruni "dismissed the
  coronavirus speculation, telling journalists that …". But k15's "Chris Licht stood by the town
  hall, saying …" is one claim, the "saying" clause (standing by is a position, as "backed"); k24's
  "is making a much broader [claim], saying …" one claim from "the dairy industry" with cue
  "saying" (the framing has no content of its own); k13's "he's said he admires … and disses … as …"
  one claim (one sentence, the second verb read under "said"), cue "'s said".
- Speech acts whose content is stated or clear are claims, following the earlier generous lists:
  k01 "who expressed concern about its impact on U.S. sovereignty" (from the relative pronoun, as
  unseen3's "has expressed opposition"); k03 "Poizner actually presided over a shrinking budget, as
  his camp has claimed" (cut to the clause, as unseen8's "not two, as Vincent claimed") and "the 14
  percent figure that Whitman has cited repeatedly in her ads" (as unseen13's "the $50,000 cited by
  Varney"); k05 "Corcoran was citing a 2010 University of Virginia study that looked at …" (as
  unseen7's "is referencing a university report"; cut before PolitiFact's ", not all people in the
  program"); k07 "It called him "…"" (cue "called", as unseen7's "She called her paper …") and
  "Governing magazine … named him one of its "Public Officials of the Year."" (cue "named", an
  outlet's characterisation; least certain); k09 "tax preparers and tax lawyers, the groups Perry
  named specifically" (cue "named specifically", as "cited"; least certain) and "he not only takes
  the highest estimate, he also uses a number … and makes it sound like that's what is being spent
  today" (cue "makes it sound like", as "gives the impression"); k10 "The order directed executive
  departments … to "review …" to "determine …"" (a directive, as unseen11's "urging them to join";
  `official_statement` with both quoted pieces); k11 "the Romney campaign announced he had the
  support …" and "news articles noted both endorsements afterward" (`reported`, the articles never
  named; said_at null: "afterward" places the noting in the past, as unseen8's newspaper article "at
  the time"); k16 "Youngkin’s contention that …" (a noun reporting speech, as unseen11's "Baker’s
  insistence that …"; least certain, it sits in PolitiFact's "runs into trouble"), "The Democratic
  leaders cited by Youngkin’s office" (cue "cited"), the leaders' "also made a distinction about
  2016 …" (cue "also made a distinction about", as unseen9's "makes the broader point"), "the
  Democrats rejected the legitimacy of Trump’s presidency …" (as unseen14's "publicly denounced");
  k18 "Wagner’s  leads a reasonable reader to conclude that …" (as unseen7's "could lead a reader to
  conclude"); k19 "This post gives the  impression that …" (cut before ", but that’s not the case");
  k21 "the largest of the six — $1.5 billion for Amtrak — was also requested by the Trump
  administration" (a request, passive with its agent; "For example," left out); k23 "His implicit
  suggestion is that …" (as unseen11's "Trump’s suggestion that"); k25 "the meat of its accusation
  -- that Obama has ignored …" (the meme's implied content, as unseen8's "the subtext of the
  Facebook post — that …"; least certain); k26 "the EPA announced the regulations on existing power
  plants" (as unseen14's "Uline had already announced its relocation" in a time clause), "That
  study wrongly assumed the administration would set a benchmark of … 42 percent" (a study's premise
  speaks for the Chamber; least certain, unlike unseen7's "both figures assume", whose subject is a
  number) and "The regulations released June 2 actually put forward a 30 percent reduction" (the
  EPA's, said_at 2014-06-02 from "released June 2"); k29 "Chiles did spend two years behind bars, as
  Clarke indicated" (cut to the clause).
- Documents and data without a speaker are `reported` with the publication date: k05 "Other studies
  show …", k22 "a review of their cumulative voting records shows …" (the reviewer is not named; it
  may be PolitiFact's own, but no "our" says so; least certain), k23 "Research shows …", k27
  "federally licensed sellers have been found to make up …" (agentless passive, as unseen10's "has
  been repeatedly debunked"; PolitiFact's leading "While the data is incomplete," left out of the span
  and not taken as a hedge), k30 "studies show that …" ("To the contrary," left out). k22's "Other
  conservative groups with legislative scorecards show a much wider gap" names its source (the
  groups, organisations: `official_statement`, speaker "conservative groups", cue "show").
- Not claims: PolitiFact's rating sentences and re-mentions ("Mullen's contention that … as ." in
  k01's rating, "We rate the  that CNN decided …", "Perry’s estimate is even further off base",
  "Clarke’s  ignores the fact", "Perry's attack is partially accurate", "TXP’s estimate … looks
  reasonable", "Workman’s vote did not affect"); "what Mullen was talking about" and "Perry has a valid
  point to make -- that …" (PolitiFact's reading, as unseen8's "His point was that"); "the Tax
  Foundation report which Perry used" and "Those numbers are based on a U.S. Chamber of Commerce
  study" (provenance, as unseen10's "Rubio pulled his number from"); "Boehner used the numbers
  anyway" (a re-mention of his statement); "the meme offered a reasonable approximation" (as
  unseen6's "The mayor offered a solid estimate"); "The figures listed in the post" (as unseen6's
  "the dollar amounts listed for the senators"); k03's question "tussled over by the two camps" (a
  dispute with no asserted content, as unseen10's "is hotly debated"); k04's "the Board of Education
  … agreed to revise the Common Core standards" (a decision, not agreement with a statement as
  unseen2's union); k16's "while questioning events that occurred during the campaign" (no content)
  and "didn’t contend" (negation); k19's "the FDA started requiring companies to put a warning" (a
  regulation, an action); k30's "experts who support offering vocational education" (a position);
  "Christie offered his endorsement", "the bank decided recently …", "Operation Choke Point has
  investigated …", "Obama honored the lives of fallen officers in writing or in speeches" (acts
  without asserted content); negations ("We also couldn’t find anything that mentioned this", "We
  could find no credible sources that say", "no one has been able to truly prove otherwise", "we
  were not able to find any research that backs", "the governor's office had not responded",
  "Trump puts no timeframe on his comment", "the Trump campaign has been silent"); the nested speech
  inside a claim (Senate Democrats "proposed" inside Cruz's, the WHO proposal "portrays" inside the
  Council's, "Christie doubted" inside the Post's); RELATED headlines and the Editor's Note.
- Cues: after a quote the speaker's mention ("CNN spokesperson Bridget Leininger told PolitiFact",
  "Peacock told us", "experts told us", "she said"); "told his audience", "claimed in a TV
  interview", "said on Fox News Sunday", "followed up by email", "saying in an editorial meeting the
  next day", "telling journalists", "itself told PolitiFact" (the adverb before the verb kept);
  "has cited repeatedly in her ads"; "has repeatedly denied", "described his condition as".
- said_at: only k26's regulations "released June 2" (2014-06-02); Licht's "the next day" (after a
  town hall the excerpt does not date), "in a TV interview", "on Fox News Sunday", "Recently" give no
  day: null.
- Hedges: "possible" in Dudley's "it’s possible there are areas …" (epistemic, as unseen11);
  "likely" in "It’s likely unfounded, experts told us."; "potentially" in Boehner's quote; "perhaps"
  in "and perhaps a majority"; "estimates" in the Chamber's "its estimates are not based on …" and
  "estimate" in Perry's "takes the highest estimate"; "more than" in Brady's and Walker's figures;
  "less likely" / "more likely" comparisons, "only", "just", "largely", "at best" are no hedges.
- Figures: "one clear example … but 13 which were passed" (k01) are counts 1 and 13 (the "one" set
  against 13, as unseen11's "just one exception each"); "the past year or two" (k03) is the `years`
  range 1–2 with surface "year or two" (as unseen10's "only one or two years"; least certain); "the
  two camps" a count of 2; "each of the 10 years" (k02) a `years` duration of 10; "one-third" and
  "the other third" percent 33.3, "two-thirds" percent 66.7 (k12; "third" as a share, not an
  ordinal); "a garnish or two" (figurative), "a decade ago", "Fifteen years ago", "25 years ago"
  (time expressions), "about four months" (months), "thousands in St Peter’s Square", "Thousands of
  Americans", "a tiny fraction", "a substantial share", "a majority" give no figure; "the largest of
  the six" is a pronoun, "the six components" a count; "six-year period" 6 years; "50 votes" a count;
  "a 2-year-old" `years` 2 (as heldout's "10-year-old"); "13-year sentence", "served two years",
  "four years, not 13", "two years behind bars", "two years of extended supervision" are `years`
  durations; "an average of 224,000 more people" a count, not approx ("an average of" is no
  approximator, as unseen9); "near 90%" in a RELATED headline (k27) is percent 90, approx; "more than
  11 million" a count, approx; "2013-’15", "2016", "2020", "2030", "June 2", "Aug. 6", "March 1",
  "Jan. 6", "COVID-19" are dates and names; the ratings line "the six PolitiFact ratings" is a count
  (as the earlier sets).
"""
from helper import build_liar2


def build(name, claims, figures):
    build_liar2(name, claims, figures, split='unseen16')


UNN = ['unnamed source']

build('k01-liar2-2724', [
 dict(span='who expressed concern about its impact on U.S. sovereignty.',
      speaker='conservatives', attribution='paraphrase', cue='expressed concern about'),
], [
 dict(surface='one', after='We found one', value=1, unit='count', quantity='clear examples of partisan opposition to a nuclear-weapons treaty'),
 dict(surface='13', value=13, unit='count', quantity='nuclear-weapons treaties passed with broad, bipartisan support'),
])

build('k02-liar2-9796', [
 dict(span='Texas families have kept more than $10 billion in their family budgets since we successfully fought to restore Texas\' sales tax deduction a decade ago.', quote='SPAN',
      speaker='Brady', attribution='direct_quote', cue='said', hedges=['more than']),
], [
 dict(surface='more than $10 billion', value=1e10, unit='USD', quantity='money Texas families kept since the sales tax deduction was restored (as said)', approx=True),
 dict(surface='10 years', value=10, unit='years', quantity='years over which marginal tax rates would have to be divined'),
 dict(surface='six', after='the six PolitiFact', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('k03-liar2-1683', [
 dict(span='Poizner actually presided over a shrinking budget, as his camp has claimed',
      speaker='Poizner camp', attribution='official_statement', cue='has claimed'),
 dict(span='the 14 percent figure that Whitman has cited repeatedly in her ads',
      speaker='Whitman', attribution='paraphrase', cue='has cited repeatedly in her ads'),
], [
 dict(surface='two', after='by the two camps', value=2, unit='count', quantity='camps tussling over the credit'),
 dict(surface='year or two', low=1, high=2, unit='years', quantity='past period of the department’s budgetary reductions'),
 dict(surface='14 percent', value=14, unit='percent', quantity='increase in Poizner’s department budget Whitman cited'),
])

build('k04-liar2-11972', [
 dict(span='Workman said he "voted to remove Common Core from our schools."',
      quote='voted to remove Common Core from our schools.', speaker='Workman', attribution='paraphrase', cue='said'),
], [])

build('k05-liar2-10192', [
 dict(span='Medicaid patients were 97 percent more likely to die than those with private insurance.', quote='SPAN',
      speaker='Corcoran', attribution='direct_quote', cue='said'),
 dict(span='Corcoran was citing a 2010 University of Virginia study that looked at Medicaid patients who underwent surgery',
      speaker='Corcoran', attribution='paraphrase', cue='was citing'),
 dict(span='Experts we spoke to --\xa0including one of the study’s authors --\xa0said it’s a  statistic to cite.',
      speaker='Experts', attribution='paraphrase', cue='said'),
 dict(span='Other studies show using Medicaid improves access and quality of life for many patients, or at the very least doesn’t hurt them.',
      attribution='reported', cue='Other studies show', said_at='2015-04-16'),
], [
 dict(surface='97 percent', value=97, unit='percent', quantity='how much more likely Medicaid patients were to die than privately insured ones (as said)'),
])

build('k06-liar2-11094', [
 dict(span='Cruz told his audience that Senate Democrats proposed a constitutional amendment that would "repeal" constitutionally\xa0guaranteed free speech rights.',
      quote='repeal', speaker='Cruz', attribution='paraphrase', cue='told his audience'),
 dict(span='a wide range of constitutional law scholars say the amendment would have a limited or nonexistent effect on speech rights.',
      speaker='constitutional law scholars', attribution='paraphrase', cue='say'),
 dict(span='Several scholars said\xa0Cruz has a point, but he oversells it by using\xa0"repeal"\xa0with no caveats or qualifiers.',
      speaker='scholars', attribution='paraphrase', cue='said'),
], [])

build('k07-liar2-258', [
 dict(span='The article said Huckabee "approached his state\'s troubles with energy and innovation"',
      quote='approached his state\'s troubles with energy and innovation',
      speaker='Time', attribution='official_statement', cue='said'),
 dict(span='cited his accomplishments with children\'s health care and economic growth.',
      speaker='Time', attribution='official_statement', cue='cited'),
 dict(span='It called him "a mature, consensus-building conservative who earns praise from fellow Evangelicals and, occasionally, liberal Democrats."',
      quote='a mature, consensus-building conservative who earns praise from fellow Evangelicals and, occasionally, liberal Democrats.',
      speaker='Time', attribution='official_statement', cue='called'),
 dict(span='Governing magazine (which is owned by the same parent company as PolitiFact) named him one of its "Public Officials of the Year."',
      quote='Public Officials of the Year.', speaker='Governing magazine', attribution='official_statement', cue='named'),
], [])

build('k08-liar2-18155', [
 dict(span='So percent positive testing going down doesn’t mean anything.', quote='SPAN',
      speaker=None, attribution='direct_quote', cue=None),
 dict(span='The Facebook post, he said, "is just a bunch of mumbo jumbo.',
      quote='is just a bunch of mumbo jumbo.', speaker=None, attribution='paraphrase', cue='he said'),
 dict(span=('Jaquelin Dudley, a professor', 'during infection for testing."'),
      quote='but there are still many unknowns, including lack of testing for asymptomatic individuals or missing the right point during infection for testing.',
      speaker='Jaquelin Dudley', role='professor of molecular biosciences at the University of Texas at Austin',
      attribution='paraphrase', cue='said', hedges=['possible']),
 dict(span='At this point, though, we can’t accurately predict a timeline for when there will be herd immunity throughout the United States, she said.',
      speaker='Jaquelin Dudley', attribution='paraphrase', cue='she said'),
], [])

build('k09-liar2-4546', [
 dict(span='tax preparers and tax lawyers, the groups Perry named specifically',
      speaker='Perry', attribution='paraphrase', cue='named specifically'),
 dict(span='he not only takes the highest estimate, he also uses a number projected into the future and makes it sound like that\'s what is being spent today.',
      speaker='Perry', attribution='paraphrase', cue='makes it sound like', hedges=['estimate']),
], [
 dict(surface='$500 billion', value=5e11, unit='USD', quantity='yearly spending on tax preparation (Perry’s figure)'),
])

build('k10-liar2-22568', [
 dict(span=('Known as the Strengthening Medicaid', 'affordable for every American.'),
      quote='to protect and strengthen Medicaid and the Affordable Care Act (ACA) and to make high-quality healthcare accessible and affordable for every American.',
      speaker='Biden administration', attribution='official_statement', cue='said'),
 dict(span=('The order directed executive departments', 'inconsistent with this policy.'),
      quote='review existing regulations, orders, guidance documents, policies, and any other similar agency actions … determine whether such agency actions are inconsistent with this policy.',
      speaker='Biden administration', attribution='official_statement', cue='directed'),
], [])

build('k11-liar2-6213', [
 dict(span='claiming Christie doubted whether Romney could beat Obama',
      speaker='New York Post', attribution='official_statement', cue='claiming'),
 dict(span='Christie claimed in a TV interview that he was the "first governor in America to endorse" Romney.',
      quote='first governor in America to endorse', speaker='Christie', attribution='paraphrase', cue='claimed in a TV interview'),
 dict(span='about four months before Christie offered his endorsement, the Romney campaign announced he had the support of Republican governors in Nebraska and Idaho',
      speaker='Romney campaign', attribution='official_statement', cue='announced'),
 dict(span='news articles noted both endorsements afterward.',
      attribution='reported', cue='news articles noted'),
], [])

build('k12-liar2-7323', [
 dict(span=('Clark said a bill to limit', 'used for organic foods.'),
      quote='prevent -- or limit -- \xa0the extent to which', speaker='Clark', attribution='paraphrase', cue='said'),
], [
 dict(surface='one-third', value=33.3, unit='percent', quantity='share of FoodShare benefits usable on any organic food'),
 dict(surface='two-thirds', value=66.7, unit='percent', quantity='portion of benefits usable only for some kinds of organics'),
 dict(surface='two-thirds', after='buy with two-thirds', value=66.7, unit='percent', quantity='share of food stamps with limits on organic foods'),
 dict(surface='third', after='the other third', value=33.3, unit='percent', quantity='share of food stamps without such limits'),
])

build('k13-liar2-10562', [
 dict(span='Perry said Trump is "for single-payer health care."',
      quote='for single-payer health care.', speaker='Perry', attribution='paraphrase', cue='said'),
 dict(span="Recently, he's said he admires Scotland’s single-payer system and disses the Affordable Care Act as incompetently implemented.",
      speaker='Trump', attribution='paraphrase', cue="'s said"),
 dict(span='a Trump spokesman denied that the candidate\xa0supported "socialized medicine"',
      quote='socialized medicine', speaker='Unnamed spokesman', role='Trump spokesman', attribution='paraphrase',
      cue='denied', hedges=UNN),
 dict(span='suggested Trump prefers a "free-market" solution.',
      quote='free-market', speaker='Unnamed spokesman', role='Trump spokesman', attribution='paraphrase',
      cue='suggested', hedges=UNN),
], [])

build('k14-liar2-10143', [
 dict(span='Suntrust Bank Cancels Account Because Company Sells Guns.', quote='SPAN',
      speaker='FloridaNewsFlash.com', attribution='direct_quote', cue='said'),
 dict(span='The FDIC has warned banks to examine relationships with customers that use third-party payment processors, because of the risk of consumer fraud',
      speaker='FDIC', attribution='official_statement', cue='has warned'),
 dict(span='Gun rights advocates have argued that Operation Choke Point is a backdoor way of targeting gun shops',
      speaker='Gun rights advocates', attribution='paraphrase', cue='have argued'),
 dict(span='the government denies there’s any such plan to target gun dealers',
      speaker='government', attribution='official_statement', cue='denies'),
], [])

build('k15-liar2-23040', [
 dict(span='These social media posts are entirely fabricated', quote='SPAN',
      speaker='Bridget Leininger', role='CNN spokesperson', attribution='direct_quote',
      cue='CNN spokesperson Bridget Leininger told PolitiFact'),
 dict(span='saying in an editorial meeting the next day that the audience reflected the views of "a large swath" of the American population.',
      quote='a large swath', speaker='Chris Licht', role='CNN Chief Executive Officer', attribution='paraphrase',
      cue='saying in an editorial meeting the next day'),
], [])

build('k16-liar2-22065', [
 dict(span='Youngkin’s contention that the Democratic response in 2016 equates with the Republican response to 2020',
      speaker='Youngkin', attribution='paraphrase', cue='contention'),
 dict(span='The Democratic leaders cited by Youngkin’s office',
      speaker='Youngkin’s office', attribution='official_statement', cue='cited'),
 dict(span='The Democratic leaders cited by Youngkin’s office also made a distinction about 2016 that Trump and his followers did not about 2020.',
      speaker='Democratic leaders', attribution='paraphrase', cue='also made a distinction about'),
 dict(span='the Democrats rejected the legitimacy of Trump’s presidency based on the oddities of the campaign',
      speaker='Democratic leaders', attribution='paraphrase', cue='rejected'),
 dict(span='they acknowledged that he won the election.',
      speaker='Democratic leaders', attribution='paraphrase', cue='acknowledged'),
], [])

build('k17-liar2-8484', [
 dict(span=('His view is Walker', 'for the Medicaid expansion.'),
      speaker='Peacock', attribution='paraphrase', cue='His view is'),
 dict(span=('If we took advantage of the Medicaid', '(under the law.)'),
      quote='If we took advantage of the Medicaid expansion funds … we would get a much higher matching rate that is locked in (under the law.)',
      speaker='Peacock', attribution='direct_quote', cue='Peacock told us'),
 dict(span=('Explaining his rejection of federal money', 'state budget.'),
      quote='federal government reneging', speaker='Walker', attribution='paraphrase',
      cue='said on Fox News Sunday', hedges=['more than']),
], [
 dict(surface='more than $200 million', value=2e8, unit='USD', quantity='extra costs in the 2013-15 state budget blamed on federal reneging (as said)', approx=True),
])

build('k18-liar2-14666', [
 dict(span='according to the IFO, more of the expense would be absorbed by consumers in other states where Pennsylvania natural gas is shipped.',
      speaker='IFO', attribution='official_statement', cue='according to the IFO'),
 dict(span='Wagner’s  leads a reasonable reader to conclude that the entirety of the burden would be borne by residents of the Commonwealth.',
      speaker='Wagner', attribution='paraphrase', cue='leads a reasonable reader to conclude'),
], [
 dict(surface='roughly 20 percent', value=20, unit='percent', quantity='share of the gas produced in Pennsylvania consumed by Pennsylvanians', approx=True),
])

build('k19-liar2-21557', [
 dict(span='experts say children would vomit out the toothpaste long before that point.',
      speaker='experts', attribution='paraphrase', cue='say'),
 dict(span='This post gives the  impression that a recent public health warning was issued for fluoride toothpastes',
      speaker='Unnamed poster', attribution='paraphrase', cue='gives the  impression', hedges=UNN),
], [])

build('k20-liar2-17198', [
 dict(span='The Vatican has repeatedly denied the claims',
      speaker='Vatican', attribution='official_statement', cue='has repeatedly denied'),
 dict(span='described his condition as a "slight illness" without giving more details.',
      quote='slight illness', speaker='Vatican', attribution='official_statement', cue='described his condition as'),
 dict(span='Vatican spokesman Matteo Bruni dismissed the coronavirus speculation',
      speaker='Matteo Bruni', role='Vatican spokesman', attribution='paraphrase', cue='dismissed'),
 dict(span='telling journalists that there’s "no  that would lead to diagnosing anything but a mild indisposition."',
      quote='no  that would lead to diagnosing anything but a mild indisposition.',
      speaker='Matteo Bruni', role='Vatican spokesman', attribution='paraphrase', cue='telling journalists'),
], [])

build('k21-liar2-19340', [
 dict(span=('A Facebook post claimed:', 'like Planned Parenthood."'),
      quote='Democrats’ COVID ‘stimulus’ bill wish list … for a bridge connecting Canada to New York … underground rail project in Silicon Valley … Native American language preservation … environmental justice grants … ‘family planning’ organizations like Planned Parenthood.',
      speaker='Unnamed Facebook user', attribution='paraphrase', cue='claimed', hedges=UNN),
 dict(span='the largest of the six — $1.5 billion for Amtrak — was also requested by the Trump administration.',
      speaker='Trump administration', attribution='official_statement', cue='was also requested'),
], [
 dict(surface='six', after='in the post for six', value=6, unit='count', quantity='components of the relief bill listed in the post'),
 dict(surface='$1.9 trillion', value=1.9e12, unit='USD', quantity='Biden’s relief bill'),
 dict(surface='$1.5 billion', value=1.5e9, unit='USD', quantity='money for Amtrak in the bill'),
 dict(surface='six', after='And the six', value=6, unit='count', quantity='components listed in the post'),
 dict(surface='$1.9 trillion', after='fraction of the', value=1.9e12, unit='USD', quantity='Biden’s relief bill'),
])

build('k22-liar2-11809', [
 dict(span='An Angle ad claims Heck has voted 62 percent of the time with Nancy Pelosi and the Democrats on a variety of important issues.',
      speaker='Angle', attribution='paraphrase', cue='claims'),
 dict(span='Other conservative groups with legislative scorecards show a much wider gap between the two',
      speaker='conservative groups', attribution='official_statement', cue='show'),
 dict(span='a review of their cumulative voting records shows a much larger gap in votes.',
      attribution='reported', cue='a review of their cumulative voting records shows', said_at='2016-05-25'),
], [
 dict(surface='62 percent', value=62, unit='percent', quantity='share of the time Heck voted with Pelosi and the Democrats (as said)'),
 dict(surface='50', after='takes into account 50', value=50, unit='count', quantity='votes the Liberty Score takes into account'),
 dict(surface='six-year', value=6, unit='years', quantity='period of the votes the Liberty Score covers'),
])

build('k23-liar2-12701', [
 dict(span='Thousands of Americans have been killed by illegal immigrants.', quote='SPAN',
      speaker='Trump', attribution='direct_quote', cue='said'),
 dict(span='His implicit suggestion is that people should fear illegal immigrants more than citizens',
      speaker='Trump', attribution='paraphrase', cue='implicit suggestion'),
 dict(span='Research shows immigrants are less likely to engage in criminal behavior than the native-born population.',
      attribution='reported', cue='Research shows', said_at='2016-10-27'),
], [
 dict(surface='more than 11 million', value=11e6, unit='count', quantity='undocumented immigrants in the country', approx=True),
])

build('k24-liar2-11749', [
 dict(span='The U.S. Dairy Export Council said a WHO proposal "wrongly portrays milk and dairy products as an obstacle to a healthy start in life."',
      quote='wrongly portrays milk and dairy products as an obstacle to a healthy start in life.',
      speaker='U.S. Dairy Export Council', attribution='official_statement', cue='said'),
 dict(span='the dairy industry is making a much broader , saying the proposal targets milk and dairy products generally.',
      speaker='U.S. Dairy Export Council', attribution='official_statement', cue='saying'),
 dict(span='It’s likely unfounded, experts told us.',
      speaker='experts', attribution='paraphrase', cue='experts told us', hedges=['likely']),
], [])

build('k25-liar2-9730', [
 dict(span=('The Facebook meme said that', 'from the White House."'),
      quote='794 law enforcement officers have fallen in the line of duty since B.H. Obama took office, with no special recognition from the White House.',
      speaker='Unnamed Facebook user', attribution='paraphrase', cue='said', hedges=UNN),
 dict(span='the meat of its accusation -- that Obama has ignored the suffering of law enforcement officers killed in action',
      speaker='Unnamed Facebook user', attribution='paraphrase', cue='accusation', hedges=UNN),
], [
 dict(surface='794', value=794, unit='count', quantity='law enforcement officers fallen in the line of duty since Obama took office (as said)'),
 dict(surface='at least six', value=6, unit='count', quantity='instances in which Obama honored fallen officers', approx=True),
])

build('k26-liar2-8888', [
 dict(span=('Boehner said the EPA’s plan', 'out of work every year."'),
      quote='$17 billion every year … potentially put an average of 224,000 more people out of work every year.',
      speaker='Boehner', attribution='paraphrase', cue='said', hedges=['potentially']),
 dict(span='the EPA announced the regulations on existing power plants',
      speaker='EPA', attribution='official_statement', cue='announced'),
 dict(span='That study wrongly assumed the administration would set a benchmark of reducing carbon emissions by 42 percent before 2030.',
      speaker='U.S. Chamber of Commerce', attribution='official_statement', cue='wrongly assumed'),
 dict(span='The regulations released June 2 actually put forward a 30 percent reduction within that timeframe.',
      speaker='EPA', attribution='official_statement', cue='actually put forward', said_at='2014-06-02'),
 dict(span='The chamber itself told PolitiFact its estimates are not based on the goals as announced.',
      speaker='U.S. Chamber of Commerce', attribution='official_statement', cue='itself told PolitiFact', hedges=['estimates']),
], [
 dict(surface='$17 billion', value=1.7e10, unit='USD', quantity='yearly increase in electric bills from the carbon regulations (as said)'),
 dict(surface='224,000', value=224000, unit='count', quantity='more people put out of work every year on average (as said)'),
 dict(surface='42 percent', value=42, unit='percent', quantity='carbon emission reduction benchmark the Chamber study assumed'),
 dict(surface='30 percent', value=30, unit='percent', quantity='carbon emission reduction in the released regulations'),
])

build('k27-liar2-19561', [
 dict(span='You go to a gun show, you can buy whatever you want, and no background check.', quote='SPAN',
      speaker='Biden', attribution='direct_quote', cue='said'),
 dict(span='federally licensed sellers have been found to make up a substantial share, and perhaps a majority, of gun show vendors.',
      attribution='reported', cue='have been found', said_at='2021-04-08', hedges=['perhaps']),
], [
 dict(surface='near 90%', value=90, unit='percent', quantity='support for universal background checks (RELATED headline)', approx=True),
])

build('k28-liar2-3491', [
 dict(span='Stephen Reeves, a spokesman for the anti-gambling, Baptist-backed Christian Life Commission, said counting license plates is a poor way of gauging how much Texans spend in casinos.',
      speaker='Stephen Reeves', role='spokesman for the anti-gambling, Baptist-backed Christian Life Commission',
      attribution='paraphrase', cue='said'),
 dict(span='However, if doing so I would suggest that the frequency that a particular car shows up must be taken into account to determine how much money they are ‘spending.’', quote='SPAN',
      speaker='Stephen Reeves', attribution='direct_quote', cue='followed up by email'),
], [])

build('k29-liar2-10220', [
 dict(span=('Clarke said the man who killed', 'served two years."'),
      quote='back on the street … served two years.', speaker='Clarke', attribution='paraphrase', cue='said'),
 dict(span='Chiles did spend two years behind bars, as Clarke indicated',
      speaker='Clarke', attribution='paraphrase', cue='indicated'),
], [
 dict(surface='2-year-old', after='Clarke said', value=2, unit='years', quantity='age of the child fatally struck by the motorist'),
 dict(surface='13-year', after='Clarke said', value=13, unit='years', quantity='bank-robbery sentence Chiles received (as said)'),
 dict(surface='two years', after='only "served', value=2, unit='years', quantity='time Chiles served (as said)'),
 dict(surface='four years', value=4, unit='years', quantity='Chiles’ actual sentence'),
 dict(surface='13', after='four years, not', value=13, unit='years', quantity='the sentence Clarke claimed'),
 dict(surface='two years', after='did spend', value=2, unit='years', quantity='time Chiles spent behind bars'),
 dict(surface='two years', after='sentenced to', value=2, unit='years', quantity='Chiles’ extended supervision'),
])

build('k30-liar2-13063', [
 dict(span=('If our students are not being provided', 'economic situation.'), quote='SPAN',
      speaker=None, attribution='direct_quote', cue=None),
 dict(span=('Eichelberger said, Inner-city', 'they would."'),
      quote='fall back and don’t succeed, whereas if there was a less intensive track, they would.',
      speaker='Eichelberger', attribution='paraphrase', cue='said'),
 dict(span='studies show that low-income students with experience in accelerated courses fare better in college.',
      attribution='reported', cue='studies show', said_at='2017-02-13'),
], [])
