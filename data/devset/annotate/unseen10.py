"""The `unseen10` split: 25 more PolitiFact justifications from LIAR2 test.csv (rule in liar2_select.py).

Annotated blind: from the text alone, by the conventions in ../README.md (and the choices of
unseen.py, factdev.py, unseen2.py … unseen8.py), by someone who wrote no extraction rule, never ran
the extractor and saw no other annotation of these texts, and committed before the extractor was run
on any of them. Organisations named as speakers (a campaign, a PAC, an agency, a think tank, a
company, a news outlet or show: "The Biden campaign", "The PAC", "The Daily Caller", "Blue Cross
Blue Shield of Texas", "Cruz’s campaign", "His office" (Graham’s office), "a 2011 Brookings paper",
"MythBusters", "the Director of National Intelligence" and its joint statement) are
`official_statement` when indirect and `direct_quote` when quoted whole; "the ad" / "An attack ad by
X" / "The statement" / "The October statement" speak for their owner; generic groups ("experts",
"Experts", "some experts" with "some" dropped, "the experts we reached") are `paraphrase`; a group of
agencies ("a host of regulatory agencies", "The World Health Organization, South Africa’s Medicines
Control Council and the British …") is `official_statement`; unnamed people are "Unnamed <noun>"
with the hedge "unnamed source" ("The post" "Unnamed poster" as unseen4; "A chain e-mail" and "the
e-mail" "Unnamed e-mail author"; "a conservative Republican" "Unnamed Republican"; "A physicist"
"Unnamed physicist"; "some readers" "Unnamed readers"; the never-named authors of a study and of a
Wall Street commentary "Unnamed author"); a definite organisation the excerpt never names keeps its
noun ("The PAC" "PAC", "the administration" "administration"). Choices the earlier specs did not
settle:
- A sentence with a whole quote followed by unquoted content of the same statement ("Cianci says,
  "When I left office, there was a $7-million surplus in Providence," but in 2008, the city had a
  $110-million deficit.", q22), which PolitiFact checks in its two parts, is two claims, as
  unseen8's Wolfe: the quote (`direct_quote`, cue "says") and the unquoted rest without "but"
  (`paraphrase`, cue "says").
- A quote interrupted by PolitiFact's own words (q07: ""Usually if you’re not hanging out" in
  high-crime neighborhoods, "your chances … are pretty low," said Michael Jacobson …") has words
  outside the quote marks: `paraphrase` with the pieces joined by " … " (as unseen7's "X said the
  "<quote>""); the span runs from the first to the last quoted word, without the trailing comma; the
  post-posed cue keeps the appositive (as unseen8's Tyson).
- Huckabee's two quoted sentences (q16), which PolitiFact checks one by one ("only wages" / "declining
  dramatically"), are two claims: the first `paraphrase` (it opens inside "said that "…"), the second
  `direct_quote` with cue "said" (as unseen7's Cassidy). Rubio's three quoted sentences (q21) are one
  claim (only the middle one is checkable; as unseen6's Villaraigosa). Clapper's two quoted paragraphs
  (q04) are two claims, the second with cue null (a continuation paragraph, as unseen8's
  Tranchemontagne); the source adjunct after a comma ("Here’s what Clapper said, according to
  Congressional Quarterly .") is left out of the cue, which is "said" (a comma-set insertion, as
  unseen7's ", meanwhile,").
- Resolution texts quoted whole after "Here's the text:" (q13) are `direct_quote`s of the senator who
  offered the resolution (the resolution speaks for its sponsor, as "X's ad" for X), role "Sen.",
  with cue null ("Here's the text:" is a layout label, no reporting verb, as "Name: "quote"").
- said_at: the DNI's joint statement (q04) is dated by the text itself ("an Oct. 7, 2016 , joint
  statement"), so its three claims in the first paragraph and "The October statement … said" get
  2016-10-07 (the date is given in a later paragraph, as unseen7's Comey); Clapper's quote
  2017-05-08 ("when speaking before Congress May 8, 2017"); "in 2009", "a 2011 Brookings paper",
  "a September 2020 report", "the January report" give no day: null; the Tapscott claims under
  "Update and correction (Sept. 29, 2016): After this item posted" and Cruz’s campaign's under
  "UPDATE …: After we published this fact check" are null (as unseen5/unseen7).
- Speech acts whose content is stated or clear are claims, following the earlier lists: "The
  statement sourced the attacks to …" and "said they are designed to …" (two speech verbs, two
  contents: two claims), "The Biden campaign pointed to an ACA provision …", "Experts outlined a
  range of other Medicare provisions …", "as the administration has advocated" (span cut to the
  clause with its content, as "not two, as Vincent claimed"), "That analysis described in detail the
  holes …" (the World Bank's vetting), "Jerven pushed his point a bit too far by saying that …" (span
  and cue from "saying", as unseen7's "by saying the Republicans …"), "the consensus among the experts
  we reached is that …" (a noun reporting speech, cue "consensus", as unseen8's "observations"),
  "the FBI warns against using its figures to do rankings", "experts consider other states to …"
  (a conjecture verb with its content), "Tapscott listed what he called nine factual errors",
  "correctly noted", "a 501(c)3 organization that says …", "some readers interpreted as going against
  our findings" (q04), "A physicist … cited MythBusters" and "MythBusters, which concluded that …"
  (two speakers, two claims, as unseen7's Deepwater/Lynch), "the same agency had lauded progress …
  and concluded …" (two claims), "Obama specifically proposes an increase" and "Clinton has
  indicated she wants …" inside PolitiFact's "it is right that …" (the speech acts are the
  candidates'), "the e-mail is  to suggest …" (the e-mail's claim, cue "suggest", as unseen5's
  "Matson is correct in saying that …"), "the Wall Street commentary Kettle cites" (a noun phrase
  reporting a citation, as unseen3's "the $3 million daily cost that Ernst cites"), "the same exact
  comparison Will did -- that is, comparing …" (q11, cue "comparison"; least certain), "The January
  report presented its findings by saying "we assess,"" (the CIA, FBI and NSA that produced it).
  Relative clauses that carry a claim start at the relative pronoun ("who said …", "that says …",
  "which concluded that …", as unseen7's "which Lynch himself cites …").
- Documents and data without a named speaker are `reported` with the publication date and the cue
  with its subject (as unseen6/unseen8): "Immigration data shows", "the source he used for this
  clearly shows", "State education figures over two years support Bush’s  …" (data confirming a
  statement, as unseen6's "U.S. Border Patrol data show Brown got his arrest figures right"), an
  unnamed "academic report that found" / "the same report found", "one study that found" (cue
  "study that found", as unseen7's "research showing"); the agentless passive "The  has been
  repeatedly debunked" is `reported` (as unseen6's "has been called"). "Even newer estimates from
  the Centers for Medicare & Medicaid Services show" names its source: `official_statement`, hedge
  "estimates". "according to a September 2020 report in the Journal Sentinel" is `reported` with
  speaker Journal Sentinel and said_at null (as heldout's "according to AFP").
- Nested speech stays one claim (as unseen8's Obama/Romney campaign): Graham's "the Justice
  Department has "seen in the past" …" is Graham's; the DNR's advisories inside the Journal Sentinel
  report, and "President Obama asked us …" inside Clapper's quote, are not separate claims.
- Not claims: "The  that the Obama administration has issued rules for …", "The bigger charge --
  that …", "than the  suggests" (q12: re-mentions of a statement whose speaker the excerpt never
  names, with no reporting verb, as unseen4's "the specific [claim] that …"); "Kettle’s  -- that
  …" and "the second part of the  -- that …" (re-mentions); "His number comes directly from …" and
  "Rubio pulled his number from a 2011 Brookings paper" (provenance of a figure, as unseen8's "The
  number comes from …"); "Huckabee overstates …", "The data isn’t as precise as Rubio makes it
  sound", "it was actually a little higher than he claimed", "the gap Jerven talked about"
  (PolitiFact's judgments or re-mentions with no content of their own); "Another tax policy expert
  also shot down the stock-market-crash scenario:" (the lead-in of Toder's quote, one claim with
  it); "which is classified as a race by the U.S. Census Bureau" (a classification, not speech);
  "Three rankings … give Milwaukee such a ranking" and "They did generally rank right-to-work states
  higher" (rankings, no reporting verb); "is hotly debated between civil libertarians and law
  enforcement" (no content asserted); "the DNI, which speaks for the country’s 17 … agencies" and
  "the ODNI speaks on behalf of the group" (a role); "Clapper made a comment when speaking before
  Congress" (no content; the quote follows); "The resolution was offered by …" and votes; "Cornyn
  … continues to oppose it", "pushing for reforms" (positions and actions); negations ("She has not
  pledged", "Maher’s show did not respond", "Clinton hasn't staked out", "Berger’s office couldn’t
  point to", "The group does not publicly list its donors"); "The judges were split on this one, but
  ultimately ruled" (PolitiFact's own panel); PolitiFact's "we found", "we noted", "We stand by".
- Hedges: "more likely" in Wanggaard's comparison is no hedge (a comparison of probabilities, as
  unseen2's "2.3 times more likely"); "likely" in the quoted "likely facilitated" and "may" in "some
  experts suggest it may not be …" are epistemic hedges; "Some 36 percent" gives the hedge "some";
  "oftentimes", "could", "only" are not hedges.
- Figures: "less than 3.5 cents" is USD 0.035, approx (as unseen8's "50 cent"); "as many 10" (sic,
  for "as many as") is a count, approx, surface as written; "72 to 25" and "50 to 47" are tallies,
  two counts each (as unseen6's "60-39"), not ranges; "one black senator" (set against "all white")
  is a count; "those three agencies" and "all three agencies" are counts (a noun follows) while
  "Those three under the aegis …" is a pronoun; "the past three decades" is 30 years; "over two
  years" is 2 years, "only one or two years" the range 1–2 years, "a 20-year reform effort" 20 years
  (a length, as unseen7's "eight-year"); "at least a decade — perhaps several" gives no figure (no
  number written, as unseen8's "the past decade"); "first 100 days" (days), "10,000 feet", "4,000
  feet", "9 mm" are outside models.UNITS; ".30-06" is a cartridge name, "501(c)3" a tax-code name,
  "COVID-19" a name, "21st century" an ordinal, "at least 2005", "since 2009", "2007-2009" dates;
  "one study", "one party over another", "one valid example", "one of the reasons" are determiner or
  pronoun "one"; "$1 abortions" is USD 1; the RI ratings line "the six PolitiFact ratings" is a count
  (as the earlier sets).
"""
from helper import build_liar2


def build(name, claims, figures):
    build_liar2(name, claims, figures, split='unseen10')


build('q01-liar2-12311', [
 dict(span='Hillary Clinton has pledged amnesty in her first 100 days, and her plan will provide Obamacare, Social Security, and Medicare for illegal immigrants, breaking the federal budget.', quote='SPAN',
      speaker='Trump', attribution='direct_quote', cue='said'),
 dict(span="She's promised to submit immigration legislation.",
      speaker='Hillary Clinton', attribution='paraphrase', cue="'s promised"),
 dict(span='Clinton has said they would not automatically be eligible for Medicaid or subsidies.',
      speaker='Hillary Clinton', attribution='paraphrase', cue='has said'),
], [
 dict(surface='11 million', value=11e6, unit='count', quantity='undocumented immigrants'),
 dict(surface='$4 trillion', value=4e12, unit='USD', quantity='federal budget'),
])

build('q02-liar2-5678', [
 dict(span=('Lisa Blais of the Ocean State Tea Party In Action said that', 'in their electric bills."'),
      quote='everybody is now paying for it in their electric bills.',
      speaker='Lisa Blais', role='of the Ocean State Tea Party In Action', attribution='paraphrase', cue='said'),
 dict(span='When we asked for the source of her information, she said she remembered it from the debate over Deepwater',
      speaker='Lisa Blais', attribution='paraphrase', cue='said'),
 dict(span='said she should have referred to the extra cost as something consumers will be facing.',
      speaker='Lisa Blais', attribution='paraphrase', cue='said'),
 dict(span="I would have been more precise if I said now 'we face' paying for it, which was the tenor of my comments on Glover's show", quote='SPAN',
      speaker='Lisa Blais', attribution='direct_quote', cue='she said'),
], [
 dict(surface='less than 3.5 cents', value=0.035, unit='USD', quantity='monthly cost paid now for National Grid expenses connected with the project', approx=True),
])

build('q03-liar2-18689', [
 dict(span=('An attack ad by the Biden campaign states that Trump', 'legal challenge to the ACA.'),
      quote='pushing to slash Medicare benefits',
      speaker='Biden campaign', attribution='official_statement', cue='states'),
 dict(span='The Biden campaign pointed to an ACA provision that sought to close the Medicare doughnut hole to support this .',
      speaker='Biden campaign', attribution='official_statement', cue='pointed to'),
 dict(span='some experts suggest it may not be as vulnerable as other parts of the law.',
      speaker='experts', attribution='paraphrase', cue='suggest', hedges=['may']),
 dict(span='Experts outlined a range of other Medicare provisions that either provided new benefits or shored up the program’s financial fitness.',
      speaker='Experts', attribution='paraphrase', cue='outlined'),
 dict(span='If the whole law were to be nullified, as the administration has advocated',
      speaker='administration', attribution='official_statement', cue='has advocated'),
], [])

build('q04-liar2-12591', [
 dict(span=('We have 17 intelligence agencies, civilian and military', 'designed to influence our election.'), quote='SPAN',
      speaker='Clinton', attribution='direct_quote', cue='said'),
 dict(span=('the Director of National Intelligence, which speaks for', 'into political organizations’ emails.'),
      speaker='Director of National Intelligence', attribution='official_statement',
      cue='released a joint statement saying', said_at='2016-10-07'),
 dict(span='The statement sourced the attacks to the highest levels of the Russian government',
      speaker='Director of National Intelligence', attribution='official_statement', cue='sourced', said_at='2016-10-07'),
 dict(span='said they are designed to interfere with the current election.',
      speaker='Director of National Intelligence', attribution='official_statement', cue='said', said_at='2016-10-07'),
 dict(span='that some readers interpreted as going against our findings in this article.',
      speaker='Unnamed readers', attribution='paraphrase', cue='interpreted', hedges=['unnamed source']),
 dict(span=("Additionally, I'll briefly address four related topics", 'my term of office was happily over.'), quote='SPAN',
      speaker='James Clapper', role='former Director of National Intelligence', attribution='direct_quote',
      cue='said', said_at='2017-05-08'),
 dict(span=('As you know, the (ICA) was a coordinated product', 'before the end of his term.'), quote='SPAN',
      speaker='James Clapper', role='former Director of National Intelligence', attribution='direct_quote',
      cue=None, said_at='2017-05-08'),
 dict(span='The January report presented its findings by saying "we assess," with "we" meaning "an assessment by all three agencies."',
      quote='we assess … an assessment by all three agencies.',
      speaker='CIA, FBI and NSA', attribution='official_statement', cue='presented its findings by saying'),
 dict(span='The October statement, on the other hand, said "The U.S. Intelligence Community (USIC) is confident" in its assessment.',
      quote='The U.S. Intelligence Community (USIC) is confident',
      speaker='Director of National Intelligence', attribution='official_statement', cue='said', said_at='2016-10-07'),
], [
 dict(surface='17', value=17, unit='count', quantity='U.S. intelligence agencies (as said)'),
 dict(surface='17', after='the country’s 17', value=17, unit='count', quantity='federal intelligence agencies the DNI speaks for'),
 dict(surface='three', after='those three agencies', value=3, unit='count', quantity='agencies the January 2017 investigation was restricted to'),
 dict(surface='four', after='four related topics', value=4, unit='count', quantity='related topics Clapper would address (as said)'),
 dict(surface='three', after='product from three', value=3, unit='count', quantity='agencies behind the ICA (as said)'),
 dict(surface='17', after='not all 17', value=17, unit='count', quantity='components of the intelligence community (as said)'),
 dict(surface='three', after='all three agencies', value=3, unit='count', quantity='agencies making the January assessment (report)'),
 dict(surface='17', after='the 17 separate', value=17, unit='count', quantity='separate intelligence agencies'),
])

build('q05-liar2-8952', [
 dict(span='Without Cantor, Maher said, the GOP in Congress is "now all Christian and all white except for one black senator, who was appointed."',
      quote='now all Christian and all white except for one black senator, who was appointed.',
      speaker='Maher', attribution='paraphrase', cue='said'),
], [
 dict(surface='one', after='except for one', value=1, unit='count', quantity='black Republican senators (as said)'),
 dict(surface='two', after='There are two', value=2, unit='count', quantity='Republican members of federally recognized American Indian tribes'),
 dict(surface='as many 10', value=10, unit='count', quantity='Republicans in Congress with Hispanic roots', approx=True),
])

build('q06-liar2-11956', [
 dict(span=('Jerven said that for 21 countries in Sub-Saharan Africa,', 'anything about trends in poverty."'),
      quote='we simply do not have data to say anything about trends in poverty.',
      speaker='Jerven', attribution='paraphrase', cue='said'),
 dict(span='That analysis described in detail the holes in the information needed to track poverty.',
      speaker='World Bank', attribution='official_statement', cue='described in detail'),
 dict(span='saying that we can’t say anything about trends.',
      speaker='Jerven', attribution='paraphrase', cue='saying'),
 dict(span='the consensus among the experts we reached is that the gap Jerven talked about is real and rather than use workaround techniques, everyone would prefer solid data.',
      speaker='experts', attribution='paraphrase', cue='consensus'),
], [
 dict(surface='21', value=21, unit='count', quantity='Sub-Saharan African countries without poverty-trend data (as said)'),
])

build('q07-liar2-11995', [
 dict(span='Usually if you’re not hanging out" in high-crime neighborhoods, "your chances of being a victim of crime are pretty low',
      quote='Usually if you’re not hanging out … your chances of being a victim of crime are pretty low',
      speaker='Michael Jacobson', role='executive director of the City University of New York Institute for State & Local Governance',
      attribution='paraphrase',
      cue='said Michael Jacobson , executive director of the City University of New York Institute for State & Local Governance'),
 dict(span="You're more likely to be the victim of a violent crime in Milwaukee than in 96 percent of the country.", quote='SPAN',
      speaker='Wanggaard', attribution='direct_quote', cue='said'),
 dict(span='the FBI warns against using its figures to do rankings',
      speaker='FBI', attribution='official_statement', cue='warns against'),
], [
 dict(surface='96 percent', value=96, unit='percent', quantity='share of the country safer from violent crime than Milwaukee (as said)'),
 dict(surface='Three', value=3, unit='count', quantity='rankings giving Milwaukee such a ranking'),
])

build('q08-liar2-17454', [
 dict(span='The post said, "While all COVID-19 news has been going on, the U.S. Government has been sneakily trying to remove end-to-end encryption" which means "the government will be able to see all of your messages and listen to all of your calls."',
      quote='While all COVID-19 news has been going on, the U.S. Government has been sneakily trying to remove end-to-end encryption … the government will be able to see all of your messages and listen to all of your calls.',
      speaker='Unnamed poster', attribution='paraphrase', cue='said', hedges=['unnamed source']),
], [])

build('q09-liar2-12413', [
 dict(span='The Daily Caller said that the Clinton Foundation and the Clinton Health Access Initiative distributed "watered-down HIV/AIDS drugs to patients in sub-Saharan Africa."',
      quote='watered-down HIV/AIDS drugs to patients in sub-Saharan Africa.',
      speaker='Daily Caller', attribution='official_statement', cue='said'),
 dict(span='who said the foundation "likely facilitated" the distribution of watered-down HIV/AIDS drugs.',
      quote='likely facilitated', speaker='Unnamed Republican', role='conservative Republican', attribution='paraphrase',
      cue='said', hedges=['likely', 'unnamed source']),
 dict(span='a host of regulatory agencies have found the drugs in question to be safe.',
      speaker='regulatory agencies', attribution='official_statement', cue='have found'),
 dict(span='The U.S. Food and Drug Administration said there was no  the drugs themselves were substandard.',
      speaker='U.S. Food and Drug Administration', attribution='official_statement', cue='said'),
 dict(span=('The World Health Organization, South Africa’s Medicines Control Council', 'found them to be safe.'),
      speaker='World Health Organization, South Africa’s Medicines Control Council and the British Medicines and Healthcare Products Regulatory Agency',
      attribution='official_statement', cue='found'),
 dict(span='that says it provides investigative reporting for the public benefit.',
      speaker='Daily Caller News Foundation', attribution='official_statement', cue='says'),
 dict(span='Tapscott listed what he called nine factual errors in our story.',
      speaker='Mark Tapscott', role='executive editor of the Daily Caller News Foundation', attribution='paraphrase', cue='listed'),
 dict(span='Tapscott, however, correctly noted that in 2004 WHO decertified three of Ranbaxy’s HIV/AIDS drugs.',
      speaker='Mark Tapscott', attribution='paraphrase', cue='correctly noted'),
], [
 dict(surface='nine', value=9, unit='count', quantity='factual errors Tapscott listed'),
 dict(surface='three', after='decertified three', value=3, unit='count', quantity='Ranbaxy HIV/AIDS drugs WHO decertified in 2004'),
])

build('q10-liar2-8162', [
 dict(span='The PAC said Cornyn "has voted to increase the debt, raise taxes, bail out Wall Street banks, and fund Obamacare."',
      quote='has voted to increase the debt, raise taxes, bail out Wall Street banks, and fund Obamacare.',
      speaker='PAC', attribution='official_statement', cue='said'),
], [
 dict(surface='six', after='more on the six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('q11-liar2-3357', [
 dict(span='the same exact comparison Will did -- that is, comparing the sum of the past four recessions with the current one',
      speaker='Will', attribution='paraphrase', cue='comparison'),
], [
 dict(surface='three decades', value=30, unit='years', quantity='period over which the labor force has grown'),
 dict(surface='four', after='sum of the past four', value=4, unit='count', quantity='past recessions compared with the current one'),
 dict(surface='1.0 percent', value=1.0, unit='percent', quantity='jobs lost as a share of the labor force, Jan.–July 1980'),
 dict(surface='3.1 percent', value=3.1, unit='percent', quantity='jobs lost as a share of the labor force, July 1981–Nov. 1982'),
 dict(surface='1.1 percent', value=1.1, unit='percent', quantity='jobs lost as a share of the labor force, July 1990–March 1991'),
 dict(surface='1.2 percent', value=1.2, unit='percent', quantity='jobs lost as a share of the labor force, March–Nov. 2001'),
 dict(surface='5.4 percent', value=5.4, unit='percent', quantity='jobs lost as a share of the labor force in the Great Recession'),
 dict(surface='four', after='each of the past four', value=4, unit='count', quantity='past recessions'),
])

build('q12-liar2-5263', [], [
 dict(surface='$1', value=1, unit='USD', quantity='abortions in ObamaCare (as claimed)'),
])

build('q13-liar2-73', [
 dict(span=('To express the sense of the Senate that General David H. Petraeus', 'members of the United States Armed Forces.'), quote='SPAN',
      speaker='John Cornyn', role='Sen.', attribution='direct_quote', cue=None),
 dict(span=('To reaffirm strong support for all the men and women', 'by any person or organization.'), quote='SPAN',
      speaker='Barbara Boxer', role='Sen.', attribution='direct_quote', cue=None),
], [
 dict(surface='72', value=72, unit='count', quantity='votes for the Cornyn resolution'),
 dict(surface='25', after='72 to', value=25, unit='count', quantity='votes against the Cornyn resolution'),
 dict(surface='50', after='also passed, ', value=50, unit='count', quantity='votes for the Boxer alternative'),
 dict(surface='47', value=47, unit='count', quantity='votes against the Boxer alternative'),
])

build('q14-liar2-13862', [
 dict(span='Berger claimed in a press release that North Carolina has the strictest anti-gerrymandering protections in the entire country.',
      speaker='Berger', attribution='paraphrase', cue='claimed in a press release'),
 dict(span=('experts consider other states to do a better job', 'favoring one party over another.'),
      speaker='experts', attribution='paraphrase', cue='consider'),
], [])

build('q15-liar2-11164', [
 dict(span='Blue Cross Blue Shield cancelled all their individual (health care) policies in the state of Texas, effective Dec. 31.', quote='SPAN',
      speaker='Cruz', attribution='direct_quote', cue='said'),
 dict(span='the company continues to sell coverage all over Texas, according to Blue Cross Blue Shield of Texas.',
      speaker='Blue Cross Blue Shield of Texas', attribution='official_statement', cue='according to Blue Cross Blue Shield of Texas'),
 dict(span='The company also says individual customers like Cruz were notified months before 2016 changes—including an end to individual PPO plans--kicked in.',
      speaker='Blue Cross Blue Shield of Texas', attribution='official_statement', cue='also says'),
 dict(span=('After we published this fact check, Cruz’s campaign separately said', 'to an HMO plan.'),
      speaker='Cruz’s campaign', attribution='official_statement', cue='separately said'),
], [
 dict(surface='six', after='more on the six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('q16-liar2-10610', [
 dict(span='Huckabee said that "one of the reasons that Social Security is in so much trouble is that the only funding stream comes from people who get a wage.',
      quote='one of the reasons that Social Security is in so much trouble is that the only funding stream comes from people who get a wage.',
      speaker='Huckabee', attribution='paraphrase', cue='said'),
 dict(span='The people who get wages is declining dramatically.', quote='SPAN',
      speaker='Huckabee', attribution='direct_quote', cue='said'),
], [])

build('q17-liar2-6037', [
 dict(span='A chain e-mail says Medicare insurance premiums will be rising to "$120.20 per month in 2013 and $247.00 per month in 2014."',
      quote='$120.20 per month in 2013 and $247.00 per month in 2014.',
      speaker='Unnamed e-mail author', attribution='paraphrase', cue='says', hedges=['unnamed source']),
 dict(span='The  has been repeatedly debunked',
      attribution='reported', cue='has been repeatedly debunked', said_at='2012-07-12'),
 dict(span='Even newer estimates from the Centers for Medicare & Medicaid Services show that the increases projected through 2021 will bring the premium to $161.20',
      speaker='Centers for Medicare & Medicaid Services', attribution='official_statement',
      cue='estimates from the Centers for Medicare & Medicaid Services show', hedges=['estimates']),
 dict(span='the $247 premium that the e-mail says will take effect in 2014.',
      speaker='Unnamed e-mail author', attribution='paraphrase', cue='says', hedges=['unnamed source']),
], [
 dict(surface='$120.20', value=120.2, unit='USD', quantity='monthly Medicare premium in 2013 (as said)'),
 dict(surface='$247.00', value=247, unit='USD', quantity='monthly Medicare premium in 2014 (as said)'),
 dict(surface='$161.20', value=161.2, unit='USD', quantity='monthly premium projected through 2021 (CMS estimates)'),
 dict(surface='$247', after='not even close to the', value=247, unit='USD', quantity='premium the e-mail says takes effect in 2014'),
 dict(surface='105 percent', value=105, unit='percent', quantity='premium increase from 2013 to 2014 implied by the e-mail'),
])

build('q18-liar2-22602', [
 dict(span=('Brynn Tannehill, a former naval aviator', 'can operate at. "'),
      quote='very difficult … weren’t designed to shoot down things operating at the kinds of high altitude balloons can operate at.',
      speaker='Brynn Tannehill', role='former naval aviator and senior technical analyst at the Rand\xa0Corp. think tank',
      attribution='paraphrase', cue='told Insider'),
 dict(span='A physicist explored the question for Wired in 2009 and cited MythBusters',
      speaker='Unnamed physicist', attribution='paraphrase', cue='cited', hedges=['unnamed source']),
 dict(span='which concluded that a .30-06 cartridge will go 10,000 feet high, while a 9 mm cartridge will travel 4,000 feet.',
      speaker='MythBusters', attribution='official_statement', cue='concluded'),
], [])

build('q19-liar2-19289', [
 dict(span=('Elevated levels of PFAS have also been found', 'report in the Journal Sentinel .'),
      speaker='Journal Sentinel', attribution='reported', cue='according to a September 2020 report in the Journal Sentinel'),
 dict(span='Manley claimed that no one’s health is at risk if they’re receiving bottled drinking water due to contamination in their home’s water supply.',
      speaker='Manley', attribution='paraphrase', cue='claimed'),
], [])

build('q20-liar2-16214', [
 dict(span=('Graham said the Justice Department has "seen in the past"', 'crime actually goes up."'),
      quote='seen in the past … consent decrees don’t work, that there’s very little change, that oftentimes immediately after a consent decree goes into effect, crime actually goes up.',
      speaker='Graham', attribution='paraphrase', cue='said'),
 dict(span='His office pointed us to an academic report',
      speaker='Graham’s office', attribution='official_statement', cue='pointed us to'),
 dict(span='an academic report that found court-enforced interventions were associated with an uptick in crime.',
      attribution='reported', cue='report that found', said_at='2019-06-21'),
 dict(span='the same report found those effects to be temporary.',
      attribution='reported', cue='the same report found', said_at='2019-06-21'),
 dict(span=('Experts also pointed out that such an increase', 'members of the communities they protect.'),
      speaker='Experts', attribution='paraphrase', cue='also pointed out'),
 dict(span='the same agency had lauded progress fostered by consent decrees',
      speaker='Justice Department', attribution='official_statement', cue='had lauded'),
 dict(span='concluded they did not appear to endanger public safety.',
      speaker='Justice Department', attribution='official_statement', cue='concluded'),
], [])

build('q21-liar2-6831', [
 dict(span=("I'm a big believer in family based immigration.", 'merit and skill-based immigration.'), quote='SPAN',
      speaker='Rubio', attribution='direct_quote', cue='said'),
 dict(span=('Some 36 percent of all Canadian immigrant visas', 'only 6.5 percent in the United States.'), quote='SPAN',
      speaker='Brookings', attribution='direct_quote', cue='said', hedges=['some']),
 dict(span='Immigration data shows that most people come here for family reasons.',
      attribution='reported', cue='Immigration data shows', said_at='2013-01-12'),
], [
 dict(surface='6.5 percent', value=6.5, unit='percent', quantity='immigrants coming to the U.S. based on labor and skill (as said)'),
 dict(surface='Some 36 percent', value=36, unit='percent', quantity='Canadian immigrant visas in the skilled-worker category (Brookings)', approx=True),
 dict(surface='6.5 percent', after='as opposed to only', value=6.5, unit='percent', quantity='U.S. immigrant visas in the skilled-worker category (Brookings)'),
 dict(surface='13.1 percent', value=13.1, unit='percent', quantity='legal permanent residents with employment-based preferences in 2011'),
 dict(surface='6.3 percent', value=6.3, unit='percent', quantity='legal permanent residents who were professionals with advanced degrees in 2011'),
])

build('q22-liar2-9407', [
 dict(span='When I left office, there was a $7-million surplus in Providence', quote='SPAN',
      speaker='Cianci', role='former Providence Mayor', attribution='direct_quote', cue='says'),
 dict(span='in 2008, the city had a $110-million deficit.',
      speaker='Cianci', role='former Providence Mayor', attribution='paraphrase', cue='says'),
 dict(span='the ad implies that things were rosy under Cianci and went downhill after he left.',
      speaker='Cianci', attribution='paraphrase', cue='implies'),
], [
 dict(surface='$7-million', value=7e6, unit='USD', quantity='Providence surplus when Cianci left office (as said)'),
 dict(surface='$110-million', value=110e6, unit='USD', quantity='Providence deficit in 2008 (as said)'),
 dict(surface='$110-million', after='pegging that number at', value=110e6, unit='USD', quantity='the deficit figure in the ad'),
])

build('q23-liar2-382', [
 dict(span=('Raising the dividend tax could cause some high income', 'changes in stock prices due to other causes'), quote='SPAN',
      speaker='Eric Toder', role='tax policy expert with the Urban Institute', attribution='direct_quote',
      cue='said Eric Toder, a tax policy expert with the Urban Institute'),
 dict(span='Obama specifically proposes an increase on the tax',
      speaker='Obama', attribution='paraphrase', cue='specifically proposes'),
 dict(span='Clinton has indicated she wants to let the Bush tax cuts expire for higher-income taxpayers.',
      speaker='Clinton', attribution='paraphrase', cue='has indicated'),
 dict(span='to suggest a change in the dividends tax would cause the stock market to crash.',
      speaker='Unnamed e-mail author', attribution='paraphrase', cue='suggest', hedges=['unnamed source']),
], [])

build('q24-liar2-6197', [
 dict(span='in Massachusetts, Gov. Romney narrowed the gap between students of different races.', quote='SPAN',
      speaker='Bush', attribution='direct_quote', cue='said'),
 dict(span='State education figures over two years support Bush’s  about learning gains when Romney was governor',
      attribution='reported', cue='State education figures over two years support', said_at='2012-08-30'),
 dict(span=('significant gains in student achievement', 'a 20-year reform effort.'), quote='SPAN',
      speaker="d'Entremont", attribution='direct_quote', cue='said'),
], [
 dict(surface='two years', after='figures over', value=2, unit='years', quantity='period of the state education figures'),
 dict(surface='one or two years', value=None, low=1, high=2, unit='years', quantity='period of a statistics snapshot'),
 dict(surface='20-year', value=20, unit='years', quantity='length of the Massachusetts reform effort (as said)'),
])

build('q25-liar2-5082', [
 dict(span='Kettle said not only that right-to-work states do not run deficits, but that they "constantly" do not.',
      quote='constantly', speaker='Kettle', attribution='paraphrase', cue='said'),
 dict(span='the source he used for this  clearly shows that since 2009 many right-to-work states have had budget deficits.',
      attribution='reported', cue='the source he used for this  clearly shows', said_at='2012-01-27'),
 dict(span=('one study that found a greater historical increase', 'neighboring counties in union states.'),
      attribution='reported', cue='study that found', said_at='2012-01-27'),
 dict(span='the author of that study was emphatic in saying that he could not prove that the increase was due to right-to-work laws.',
      speaker='Unnamed author', attribution='paraphrase', cue='was emphatic in saying', hedges=['unnamed source']),
 dict(span='the author of the Wall Street commentary Kettle cites also says pro-business policies matter for growth, not right-to-work laws specifically.',
      speaker='Unnamed author', attribution='paraphrase', cue='also says', hedges=['unnamed source']),
 dict(span='the Wall Street commentary Kettle cites',
      speaker='Kettle', attribution='paraphrase', cue='cites'),
], [])
