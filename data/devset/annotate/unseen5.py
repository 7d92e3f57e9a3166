"""The `unseen5` split: 25 more PolitiFact justifications from LIAR2 test.csv (rule in liar2_select.py).

Annotated blind: from the text alone, by the conventions in ../README.md (and the choices of
unseen.py, factdev.py, unseen2.py, unseen3.py and unseen4.py), by someone who wrote no extraction
rule, and committed before the extractor was run on any of these texts. Organisations named as
speakers (campaigns, agencies, news sites and papers, pollsters, "X's ad", "X's commercial", "X's
tweet" speak for X) are `official_statement` when indirect and `direct_quote` when quoted whole;
generic groups ("the data and the experts", "Republicans") are `paraphrase`; unnamed people are
"Unnamed <noun>" with the hedge "unnamed source" ("several readers" "Unnamed readers", "Her
campaign manager" "Unnamed campaign manager", "the governor" of z15, never named, "Unnamed
governor"); a definite organisation the excerpt never names keeps its noun ("the consortium"
"consortium", "The state" "state", as unseen3's "state"). Choices:
- "X said that … "<quote>"" / "X claimed that, "<whole quote>"" with a person as speaker is
  `paraphrase` with the quote (as unseen4); "X said(,) "<whole quote>"" is `direct_quote`.
- A quote PolitiFact checks sentence by sentence is one claim per sentence (Feinstein's tweet,
  Fournier's two sentences, Gillespie's two sentences, without the rhetorical "Why?"); Mayer's
  "told us … that "…"" and his following "But, "…"" sentence are two claims, the second with cue
  null (a continuation); the excerpt's opening fragment of a quote whose speaker it never names
  has speaker and cue null (as unseen2).
- "X show(s) / showed / indicate / suggests" with records, emails, data or "the aggregate of polling
  data" as subject and no speaker is `reported` with the publication date, as is "That's estimated
  …" (hedge "estimated") and the historical marker "that says, "…"" (as unseen3's flag code);
  "according to an entry on the World Records website" / "according to the site" are `reported`
  with no date (as unseen2's "according to / per <data>"); "A 2004 news article said" is `reported`
  with said_at null (the text gives only a year, and the article is not the writer's voice).
  "CQ data show" and "The census bureau shows" name their source: `official_statement` (as unseen's
  "Bureau of Labor Statistics data shows").
- "proposed" is a paraphrase (as unseen3), so "the governor did propose an increase in the gas tax"
  and "the governor proposed the fee increase" are claims; so are "blamed", "cited"/"cites" (a
  source, research, a bill — as unseen4's "listed three votes"), "doubted", "questioned", "refers
  to "debts"", "argued" in a relative clause, "as Frazier argues", "past Republican efforts to
  blame Warner for …" (a noun phrase reporting speech), "It casts Warner as …" (the statement's
  content, as unseen4's "his comment suggests"), "GreenTech announced …" inside a time clause, and
  "Matson is correct in saying that …" (the clause after "saying"; "X is correct that …" without a
  speech verb stays PolitiFact's voice). Not claims: "We're checking his [claim] that "…"" (a
  re-mention with no reporting verb, as unseen4's "The notion that Angle "…""), "VEDP had "grave
  concerns"" (no speech verb), "Romney hasn't said …" (negated), "She has a point that …",
  "He's right that …" (but the data clause inside it is reported), "the law prohibits the teaching
  of … that "…"" (the quoted concepts are not asserted by anyone), "advocates … reached different
  conclusions" (never stated), "There is also independent support for the view that …".
- Spans are cut to the attributed clause when the rest is PolitiFact's comment ("The state said it
  needed … credit market", "Real Clear Politics says its 3 percent", "not early March, as the new
  WSJ/NBC poll said" — the poll is speaker "WSJ/NBC"); two speech verbs in one sentence with two
  contents are two claims ("Romney has said …" / "has promised …").
- `said_at` stays null for statements made "After this article was published" / "After the fact
  check was published" under a dated CORRECTION or Editor's Note (as unseen4's dated UPDATE).
- Hedges: "could" is not a hedge word (not in the README's list); "about 3.6 times" in the Wharton
  quote keeps "about" although ratios are no figures; "$16 million and counting" is approx with the
  hedge "and counting" (as unseen4's "30 percent or more"); "people under 18" is a `years` figure,
  approx with the hedge "under" (as unseen3's "below $25,000").
- Figures: "N years ago" / "16 years earlier" / "almost two years after GreenTech announced" /
  "one year into his term" / "one year after the end of the administration" locate points in time
  and are time expressions, not durations (as the README's "Seventeen years ago"), while "Over the
  past 35 years" and "over seven years" are durations; "at word 1,438" is a position (an ordinal);
  "30-second" and "48 hours" are outside models.UNITS; "four-year college" names a kind of college;
  "thousands of families" gives no number (as unseen2's "the trillions"); ratios ("four times
  more", "about 3.6 times") are no figures; "3 points" and "just over 1 percentage point" are
  percent (as unseen2's "20 points"), "less than a percentage point" is percent 1, approx; "six
  figures" (a salary) is the USD range 100,000–999,999; "three quarters of a million dollars" is
  USD 750,000; "60-39" is two counts (as unseen's "93-6"); "100-member" and "40-member" are counts;
  "one in the South and five in the North" are two counts (states, not a ratio); "more than one
  person" and "to one individual" are counts (set against each other); "passed by one vote" is a
  count; "One transaction", "one step at a time", "on one candidate", "one of four", "one of 60",
  "those two" are pronoun/determiner uses, not figures.
"""
from helper import build_liar2


def build(name, claims, figures):
    build_liar2(name, claims, figures, split='unseen5')


build('z01-liar2-11869', [
 dict(span='Trump said that even among "second and third generation" Muslims in the United States, "there\'s no real assimilation."',
      quote='second and third generation … there\'s no real assimilation.',
      speaker='Trump', attribution='paraphrase', cue='said'),
 dict(span='The data and the experts agree that Trump is .',
      speaker='data and the experts', attribution='paraphrase', cue='agree'),
 dict(span='Substantial  confirms that Muslim Americans want to have an American identity and think that doing so is achievable.',
      attribution='reported', cue='Substantial  confirms', said_at='2016-06-15'),
 dict(span='The data show that American Muslims want to be both American and Muslim.',
      attribution='reported', cue='The data show', said_at='2016-06-15'),
], [])

build('z02-liar2-7836', [
 dict(span='Over the past 35 years, Florida families have paid into the NFIP (National Flood Insurance Program) over $16 billion, four times more than the amount they have received in  reimbursements.', quote='SPAN',
      speaker='Scott', attribution='direct_quote', cue='said', hedges=['over']),
 dict(span=('A study from the Wharton Center concluded', 'the insurance reimbursements."'),
      quote='policyholders paid $16.1 billion in premiums but collected only $4.5 billion in claims reimbursements: that is, premiums paid over time were about 3.6 times the insurance reimbursements.',
      speaker='Wharton Center', attribution='official_statement', cue='concluded', hedges=['about']),
], [
 dict(surface='35 years', value=35, unit='years', quantity='period over which Florida families paid into the NFIP (as said)'),
 dict(surface='over $16 billion', value=16e9, unit='USD', quantity='paid into the NFIP by Florida families (as said)', approx=True),
 dict(surface='$16.1 billion', value=16.1e9, unit='USD', quantity='premiums paid by Florida policyholders (Wharton study)'),
 dict(surface='$4.5 billion', value=4.5e9, unit='USD', quantity='claims reimbursements collected (Wharton study)'),
])

build('z03-liar2-4891', [], [])

build('z04-liar2-2374', [
 dict(span='Our colleagues at Factcheck.org, for instance, said that the contract at issue was not a no-bid contract .',
      speaker='Factcheck.org', attribution='official_statement', cue='said'),
 dict(span='The state said it needed to pursue negotiated deals because of the volatility of the credit market',
      speaker='state', attribution='official_statement', cue='said'),
 dict(span='the ad claims that "your tax dollars" paid for the Bank of America commissions.', quote='your tax dollars',
      speaker='Scott', attribution='paraphrase', cue='claims'),
 dict(span=('saying she "voted with the governor', 'Merrill Lynch unit."'),
      quote='voted with the governor and other Cabinet members to allow negotiated, or no-bid, bond deals for a financial underwriting team that includes her former employer, Bank of America. One transaction resulted in $770,000 in fees for a subsidiary of the bank and its newly acquired Merrill Lynch unit.',
      speaker='St. Petersburg Times', attribution='official_statement', cue='saying'),
 dict(span='it properly notes that the negotiated bond sale process resulted in $770,000 in fees for Bank of America and Merrill Lynch',
      speaker='St. Petersburg Times', attribution='official_statement', cue='properly notes'),
], [
 dict(surface='three quarters of a million dollars', value=750000, unit='USD', quantity='no-bid contracts Sink funneled to Bank of America (as said)'),
 dict(surface='four', after='one of four statewide', value=4, unit='count', quantity='statewide elected officials agreeing to change the bond sale process'),
 dict(surface='$770,321', value=770321, unit='USD', quantity='commission fees paid to Bank of America and Merrill Lynch'),
 dict(surface='$770,321', after='would receive $770,321', value=770321, unit='USD', quantity='commission Bank of America and Merrill Lynch would receive'),
 dict(surface='Three quarters of a million dollars', value=750000, unit='USD', quantity='the money in question (heading quoting the ad)'),
 dict(surface='$770,321', after='Merrill Lynch unit was', value=770321, unit='USD', quantity='total commission paid to Bank of America and Merrill Lynch'),
 dict(surface='Thirty-nine', value=39, unit='count', quantity='companies responding to the RFP'),
 dict(surface='12', after='ultimately 12', value=12, unit='count', quantity='companies chosen as bond underwriters'),
 dict(surface='$300 million', value=300e6, unit='USD', quantity='lottery revenue bond issue'),
 dict(surface='12', after='among those 12', value=12, unit='count', quantity='underwriting companies'),
 dict(surface='two', after='represented two of the 12', value=2, unit='count', quantity='underwriting team members that were Bank of America interests'),
 dict(surface='12', after='two of the 12', value=12, unit='count', quantity='members of the state bond underwriting team'),
 dict(surface='$300 million', after='approved the $300 million', value=300e6, unit='USD', quantity='lottery bond issue Sink approved'),
 dict(surface='three', after='she and three others', value=3, unit='count', quantity='others approving the resolution'),
 dict(surface='$770,000', value=770000, unit='USD', quantity='fees for the bank subsidiary and Merrill Lynch (St. Petersburg Times)'),
 dict(surface='$770,000', after='it properly notes', value=770000, unit='USD', quantity='fees for Bank of America and Merrill Lynch'),
 dict(surface='$770,000', after="Sink didn't funnel", value=770000, unit='USD', quantity='money Sink did not funnel to Bank of America'),
 dict(surface='four', after='one of four votes', value=4, unit='count', quantity='Cabinet votes approving the bond issue type'),
])

build('z05-liar2-21200', [
 dict(span='A WMC Issues Mobilization Council ad claimed Evers "tried to make us pay even more at the pump by hiking the gas tax."',
      quote='tried to make us pay even more at the pump by hiking the gas tax.',
      speaker='WMC Issues Mobilization Council', attribution='official_statement', cue='claimed'),
 dict(span='In his first budget, the governor did propose an increase in the gas tax.',
      speaker='Evers', role='governor', attribution='paraphrase', cue='did propose'),
 dict(span=('A move to eliminate the state’s "minimum markup" law', 'a net reduction for drivers.'),
      speaker='Evers and his office', attribution='paraphrase', cue='argued'),
], [])

build('z06-liar2-6863', [
 dict(span='McAuliffe blamed VEDP for his company’s decision to locate an electric car plant in Mississippi rather than Virginia.',
      speaker='McAuliffe', attribution='paraphrase', cue='blamed'),
 dict(span='They decided they didn’t want to bid on it', quote='SPAN',
      speaker='McAuliffe', attribution='direct_quote', cue='he said'),
 dict(span='Records showed VEDP staff were interested in the project and were in the process of its due diligence when GreenTech moved ahead with a plant in Mississippi.',
      attribution='reported', cue='Records showed', said_at='2012-12-05'),
 dict(span='The agency said GreenTech Agency officials had no "demonstrated experience" in manufacturing cars.', quote='demonstrated experience',
      speaker='VEDP', attribution='official_statement', cue='said'),
 dict(span='It doubted the company’s job estimates.',
      speaker='VEDP', attribution='official_statement', cue='doubted'),
 dict(span='It questioned the ethics of GreenTech’s plan to raise money from foreign investors in exchange for U.S. residency.',
      speaker='VEDP', attribution='official_statement', cue='questioned'),
 dict(span='The record shows that VEDP asked GreenTech to address its concerns and waited in vain for replies.',
      attribution='reported', cue='The record shows', said_at='2012-12-05'),
 dict(span='Emails show VEDP took GreenTech officials on a tour of potential sites and contacted the company about coming to Virginia almost two years after GreenTech announced it was building a plant in Mississippi.',
      attribution='reported', cue='Emails show', said_at='2012-12-05'),
 dict(span='GreenTech announced it was building a plant in Mississippi.',
      speaker='GreenTech', attribution='official_statement', cue='announced'),
], [])

build('z07-liar2-8252', [
 dict(span='But in the case of Florida, I think the connection is tenuous.', quote='SPAN',
      speaker=None, attribution='direct_quote', cue=None),
 dict(span=('Lloyd Hitoshi Mayer, a University of Notre Dame law professor', 'where those contributions are going'),
      quote='they have gone to significant lengths and expense to hide their contributions and where those contributions are going',
      speaker='Lloyd Hitoshi Mayer', role='University of Notre Dame law professor who focuses on nonprofit advocacy issues',
      attribution='paraphrase', cue='told us'),
 dict(span='it does seem to be a stretch to say that all of the donors to the State Policy Network are somehow affiliated with Foundation for Government Accountability given the small size of the grant to the foundation compared to all the grants made by the network.', quote='SPAN',
      speaker='Lloyd Hitoshi Mayer', attribution='direct_quote', cue=None),
 dict(span='Maddow said the Foundation for Government Accountability, which supported a Florida law requiring drug testing of welfare recipients, is a "Koch brothers affiliated group."',
      quote='Koch brothers affiliated group.', speaker='Maddow', attribution='paraphrase', cue='said'),
], [])

build('z08-liar2-13978', [
 dict(span='Teachers spend $1.6 BILLION per year on school supplies.', quote='SPAN',
      speaker='Feinstein', attribution='direct_quote', cue='tweeted'),
 dict(span='The Republican tax bill ELIMINATES their ability to deduct those expenses.', quote='SPAN',
      speaker='Feinstein', attribution='direct_quote', cue='tweeted'),
 dict(span='After this article was published, several readers informed us that teachers do not have to itemize to benefit from this deduction.',
      speaker='Unnamed readers', attribution='paraphrase', cue='informed us', hedges=['unnamed source']),
], [
 dict(surface='$1.6 BILLION', value=1.6e9, unit='USD', quantity='teachers’ yearly spending on school supplies (as said)'),
 dict(surface='two', after='in two ways', value=2, unit='count', quantity='ways the tweet overstates the deduction'),
 dict(surface='$250', value=250, unit='USD', quantity='deduction any qualified teacher can take'),
])

build('z09-liar2-19793', [
 dict(span='The very first Republican convention after the Civil War was held in Virginia in a Black church.', quote='SPAN',
      speaker='Sears', attribution='direct_quote', cue='said'),
 dict(span='Records show Republicans in at least six states - one in the South and five in the North - held post-Civil War conventions before Virginia.',
      attribution='reported', cue='Records show', said_at='2021-05-13', hedges=['at least']),
 dict(span=('After the fact check was published, Sears’ campaign told us', 'held in Virginia."'),
      speaker='Sears’ campaign', attribution='official_statement', cue='told us'),
 dict(span='In 1865, the site hosted the first Republican State Convention held in Virginia.', quote='SPAN',
      attribution='reported', cue='says', said_at='2021-05-13'),
 dict(span='it told us the sign is .', after='after investigation',
      speaker='Virginia’s Department of Historic Resources', attribution='official_statement', cue='told us'),
 dict(span='We may need to consider a revision to the marker', quote='SPAN',
      speaker='Randall Jones', role='public information director for the department', attribution='direct_quote',
      cue='Randall Jones, public information director for the department, said', hedges=['may']),
], [
 dict(surface='at least six', value=6, unit='count', quantity='states holding post-Civil War Republican conventions before Virginia', approx=True),
 dict(surface='one', after='one in the South', value=1, unit='count', quantity='such states in the South'),
 dict(surface='five', after='one in the South and five', value=5, unit='count', quantity='such states in the North'),
 dict(surface='two', after='did not respond to two', value=2, unit='count', quantity='requests to Sears’ campaign for her source'),
 dict(surface='at least six', after='By April 1867', value=6, unit='count', quantity='other states holding Republican conventions by April 1867', approx=True),
])

build('z10-liar2-8548', [
 dict(span='We’ve gained 3 points in the last couple months.', quote='SPAN',
      speaker='Pfeiffer', attribution='direct_quote', cue='said'),
 dict(span='the aggregate of polling data suggests that Obama’s low point was December',
      attribution='reported', cue='the aggregate of polling data suggests', said_at='2014-03-16'),
 dict(span='not early March, as the new WSJ/NBC poll said.',
      speaker='WSJ/NBC', attribution='official_statement', cue='said'),
 dict(span='Real Clear Politics says its 3 percent',
      speaker='Real Clear Politics', attribution='official_statement', cue='says'),
 dict(span='Huffington Post put it at less than a percentage point.',
      speaker='Huffington Post', attribution='official_statement', cue='put it at', hedges=['less than']),
 dict(span='Franklin said it was somewhere in between those two.',
      speaker='Charles Franklin', attribution='paraphrase', cue='said'),
 dict(span="Charles Franklin said President Barack Obama's aggregate approval rating bottomed out at 41.98 percent in December 2013.",
      speaker='Charles Franklin', attribution='paraphrase', cue='said'),
], [
 dict(surface='3 points', value=3, unit='percent', quantity='gain in Obama’s approval rating in the last couple months (as said)'),
 dict(surface='3 percent', value=3, unit='percent', quantity='rebound in Obama’s approval rating (Real Clear Politics)'),
 dict(surface='two', after='buoyed by two', value=2, unit='count', quantity='outlier polls'),
 dict(surface='less than a percentage point', value=1, unit='percent', quantity='rebound in Obama’s approval rating (Huffington Post)', approx=True),
 dict(surface='41.98 percent', value=41.98, unit='percent', quantity='Obama’s aggregate approval rating low in December 2013 (Franklin)'),
])

build('z11-liar2-20879', [
 dict(span=('The longest convoy, or the "largest parade of trucks,"', 'on the World Records website .'),
      quote='largest parade of trucks … amid harsh weather and heavy rain, breaking the Guinness World Records title for the largest parade of trucks',
      attribution='reported', cue='according to an entry on the World Records website'),
 dict(span='The previous record was achieved 16 years earlier in the Netherlands with 416 trucks, according to the site.',
      attribution='reported', cue='according to the site'),
], [
 dict(surface='480', value=480, unit='count', quantity='trucks in the record parade in Egypt'),
 dict(surface='416', value=416, unit='count', quantity='trucks in the previous record in the Netherlands'),
])

build('z12-liar2-12267', [
 dict(span=('While changes in student demographics', 'than graduates in prior years.'), quote='SPAN',
      speaker='consortium', attribution='direct_quote', cue='concludes'),
], [])

build('z13-liar2-11883', [
 dict(span="Michael Bennet votes for President Obama's agenda 98 percent of the time.", quote='SPAN',
      speaker='Frazier', attribution='direct_quote', cue='said'),
 dict(span='Frazier cited the frequency of Bennet voting with the president as proof he is "hardly independent, hardly bipartisan."',
      quote='hardly independent, hardly bipartisan.', speaker='Frazier', attribution='paraphrase', cue='cited'),
 dict(span='they don’t indicate a blind allegiance to Obama’s agenda, as Frazier argues.',
      speaker='Frazier', attribution='paraphrase', cue='argues'),
 dict(span='CQ data show Bennet voting for the president’s position on legislation an average of 96.57 percent over seven years.',
      speaker='CQ', attribution='official_statement', cue='data show'),
], [
 dict(surface='98 percent', value=98, unit='percent', quantity='share of time Bennet votes for Obama’s agenda (as said)'),
 dict(surface='96.57 percent', value=96.57, unit='percent', quantity='Bennet’s average support for the president’s position (CQ)'),
 dict(surface='seven years', value=7, unit='years', quantity='period of the CQ average'),
 dict(surface='just over 1 percentage\xa0point', value=1, unit='percent', quantity='gap between the CQ figure and Frazier’s', approx=True),
])

build('z14-liar2-16646', [
 dict(span='Starting January 1, 2020, California will tax legal citizens if they don’t have health insurance.', quote='SPAN',
      speaker='Fournier', attribution='direct_quote', cue='said'),
 dict(span='The state needs to come up with $98,000,000 to pay for free health insurance for illegal aliens.', quote='SPAN',
      speaker='Fournier', attribution='direct_quote', cue='said'),
 dict(span='That’s estimated to cost around $98 million in the first year, drawing about $74 million from the state’s general fund.',
      attribution='reported', cue='That’s estimated', said_at='2019-10-20', hedges=['estimated', 'around', 'about']),
], [
 dict(surface='$98,000,000', value=98e6, unit='USD', quantity='needed for free health insurance for illegal aliens (as said)'),
 dict(surface='around $98 million', value=98e6, unit='USD', quantity='first-year cost of expanded coverage for young adults in the country illegally', approx=True),
 dict(surface='about $74 million', value=74e6, unit='USD', quantity='drawn from the state’s general fund', approx=True),
])

build('z15-liar2-9070', [
 dict(span='John DePetro said emphatically that ALL of the beach parking revenue generated when the governor raised its fees went to a private company outside Rhode Island.',
      speaker='John DePetro', attribution='paraphrase', cue='said emphatically'),
 dict(span='the governor proposed the fee increase',
      speaker='Unnamed governor', attribution='paraphrase', cue='proposed', hedges=['unnamed source']),
 dict(span='DePetro cited WPRI as his source.',
      speaker='John DePetro', attribution='paraphrase', cue='cited'),
], [
 dict(surface='20 percent', value=20, unit='percent', quantity='share of the new revenue Propark got'),
 dict(surface='80 percent', value=80, unit='percent', quantity='share of the additional money the state got'),
])

build('z16-liar2-6346', [
 dict(span='The Obama campaign ad says Romney’s tax plan "could take away middle-class deductions for child care, mortgages and college tuition."',
      quote='could take away middle-class deductions for child care, mortgages and college tuition.',
      speaker='Obama campaign', attribution='official_statement', cue='says'),
 dict(span='Romney has said he would not reduce the mortgage deduction',
      speaker='Romney', attribution='paraphrase', cue='has said'),
 dict(span='has promised not to increase taxes on the middle class.',
      speaker='Romney', attribution='paraphrase', cue='has promised'),
 dict(span='The ad assumes that to get the numbers right, the worst possible outcomes for the middle class are likely.',
      speaker='Obama campaign', attribution='official_statement', cue='assumes', hedges=['likely']),
 dict(span='It says some major deductions could be taken away.',
      speaker='Obama campaign', attribution='official_statement', cue='says'),
 dict(span="he's specifically said he won't touch the largest of those deductions, the mortgage deduction for the middle class.",
      speaker='Romney', attribution='paraphrase', cue="'s specifically said"),
], [])

build('z17-liar2-13038', [
 dict(span="Most of these mass shootings take place in arenas where you're not allowed to have a concealed weapons permit.", quote='SPAN',
      speaker='Corcoran', attribution='direct_quote', cue='said'),
 dict(span='Corcoran cites research by an advocate for gun rights who used a strict definition to define places where guns were not allowed.',
      speaker='Corcoran', attribution='paraphrase', cue='cites'),
], [])

build('z18-liar2-15264', [
 dict(span='Batch’s commercial suggests a plan supported by John Adcock and legislative Republicans "would get rid of coverage altogether for thousands of families and raise premiums on the rest of us."',
      quote='would get rid of coverage altogether for thousands of families and raise premiums on the rest of us.',
      speaker='Batch', attribution='paraphrase', cue='suggests'),
 dict(span='Her campaign manager cited a bill that would have provided an alternative option to the Affordable Care Act.',
      speaker='Unnamed campaign manager', attribution='paraphrase', cue='cited', hedges=['unnamed source']),
 dict(span='Adcock says he opposes it.',
      speaker='John Adcock', attribution='paraphrase', cue='says'),
], [])

build('z19-liar2-5604', [
 dict(span='Congressional candidate John O. Matson said Rep. James Langevin is still trying to raise money to cover the costs of the campaign he ran for secretary of state 12 years ago.',
      speaker='John O. Matson', role='Congressional candidate', attribution='paraphrase', cue='said'),
 dict(span='Matson refers to "debts,"', quote='debts',
      speaker='John O. Matson', attribution='paraphrase', cue='refers to'),
 dict(span='saying that Langevin is still trying to pay off debt racked up while running for secretary of state',
      speaker='John O. Matson', attribution='paraphrase', cue='saying'),
], [
 dict(surface='more than one', value=1, unit='count', quantity='persons owed money (as suggested by "debts")', approx=True),
 dict(surface='one', after='but to one individual', value=1, unit='count', quantity='individual Langevin’s campaign owes money to'),
 dict(surface='$280,000', value=280000, unit='USD', quantity='loan from Langevin to his campaign'),
])

build('z20-liar2-15284', [
 dict(span='Attorney General Hawley claimed that dark money spent on McCaskill’s campaign totals $16 million and counting, the most of any U.S. senator.',
      speaker='Hawley', role='Attorney General', attribution='paraphrase', cue='claimed', hedges=['and counting']),
], [
 dict(surface='$16 million and counting', value=16e6, unit='USD', quantity='dark money spent on McCaskill’s campaign (as said)', approx=True),
 dict(surface='two', after='the two PACs', value=2, unit='count', quantity='PACs attributable to Schumer'),
 dict(surface='about $3 million', value=3e6, unit='USD', quantity='spent by Majority Forward opposing Hawley', approx=True),
 dict(surface='roughly $13 million', value=13e6, unit='USD', quantity='amount by which Hawley is off', approx=True),
])

build('z21-liar2-8326', [
 dict(span='Obamacare passed by one vote in the Senate.', quote='SPAN',
      speaker='Gillespie', attribution='direct_quote', cue='says'),
 dict(span='It wouldn’t have passed without Mark Warner’s vote.', quote='SPAN',
      speaker='Gillespie', attribution='direct_quote', cue='says'),
 dict(span='past Republican efforts to blame Warner for casting the deciding vote to block a filibuster against Obamacare',
      speaker='Republicans', attribution='paraphrase', cue='efforts to blame'),
 dict(span='It casts Warner as part of a collective weight that tipped the scales -- not the final grain of sand.',
      speaker='Gillespie', attribution='paraphrase', cue='casts'),
], [
 dict(surface='one', after='Obamacare passed by one vote', value=1, unit='count', quantity='vote by which Obamacare passed (as said)'),
 dict(surface='59', value=59, unit='count', quantity='colleagues joining Warner to block the filibuster'),
 dict(surface='60', after='one of 60', value=60, unit='count', quantity='senators voting to block the filibuster'),
 dict(surface='60', after='passed by a 60', value=60, unit='count', quantity='votes for the Obamacare bill'),
 dict(surface='39', after='passed by a 60-', value=39, unit='count', quantity='votes against the Obamacare bill'),
 dict(surface='100', value=100, unit='count', quantity='members of the Senate'),
])

build('z22-liar2-20394', [
 dict(span='A Facebook post claimed that a Tennessee law "passed 48 hours ago now makes it illegal to teach Black history in the grades K-12."',
      quote='passed 48 hours ago now makes it illegal to teach Black history in the grades K-12.',
      speaker='Unnamed Facebook user', attribution='paraphrase', cue='claimed', hedges=['unnamed source']),
], [])

build('z23-liar2-11029', [
 dict(span='California has more kids in poverty ... than virtually any state.', quote='SPAN',
      speaker='Common Sense Kids Action', attribution='direct_quote', cue='says'),
 dict(span='The census bureau shows in its most recent standard report that California, indeed, has more people under 18 in poverty than any other state.',
      speaker='census bureau', attribution='official_statement', cue='shows in its most recent standard report', hedges=['under']),
], [
 dict(surface='under 18', value=18, unit='years', quantity='age of children counted in poverty (census bureau)', approx=True),
 dict(surface='14', value=14, unit='count', quantity='states with higher child poverty rates'),
 dict(surface='six', after='on the six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('z24-liar2-14567', [
 dict(span='Green claimed that, under Emanuel’s leadership, "We’ve got tree trimmers making six figures."',
      quote='We’ve got tree trimmers making six figures.', speaker='Green', attribution='paraphrase', cue='claimed'),
 dict(span=('Both the source his campaign provided', 'all relevant data was available.'),
      attribution='reported', cue='indicate', said_at='2018-04-24'),
], [
 dict(surface='six figures', value=None, low=100000, high=999999, unit='USD', quantity='pay of tree trimmers (as said)'),
 dict(surface='six figures', after='did make six figures', value=None, low=100000, high=999999, unit='USD', quantity='pay of a handful of city tree trimmers in 2016'),
 dict(surface='six-figures', value=None, low=100000, high=999999, unit='USD', quantity='total compensation of some city tree trimmers'),
])

build('z25-liar2-7743', [
 dict(span='Cuccinelli voted against making it a misdemeanor to carry a missile into an airport.', quote='SPAN',
      speaker='McAuliffe', attribution='direct_quote', cue='says'),
 dict(span='A 2004 news article said Senate opponents were concerned that the bill undercut the rights of some gun owners.',
      attribution='reported', cue='A 2004 news article said'),
 dict(span='McAuliffe’s tweet focuses on the term "missile" and suggests that the bill’s purpose was to ban warheads from airports.',
      speaker='McAuliffe', attribution='paraphrase', cue='suggests'),
], [
 dict(surface='16', value=16, unit='count', quantity='state senators voting against the bill, Cuccinelli among them'),
 dict(surface='40', value=40, unit='count', quantity='members of the state Senate'),
])
