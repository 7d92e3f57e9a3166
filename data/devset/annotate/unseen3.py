"""The `unseen3` split: 20 more PolitiFact justifications from LIAR2 test.csv (rule in liar2_select.py).

Annotated blind: from the text alone, by the conventions in ../README.md (and the choices of
unseen.py, factdev.py and unseen2.py), by someone who wrote no extraction rule, and committed before
the extractor was run on any of these texts. Organisations named as speakers (campaigns, advocacy
groups, agencies, "X's ad") are `official_statement`; generic groups ("experts", "the study's
authors") are `paraphrase`; unnamed speakers are "Unnamed <noun>" with the hedge
"unnamed source"; "X show(s) / says …" with a document or data as subject and no speaker is
`reported` with the publication date (as unseen2's "Statistics show"); "proposed"/"expressed
opposition"/"conceded" are paraphrases (as unseen2's "advocated"/"called for"); a noun phrase that
reports speech ("the $3 million daily cost that Ernst cites", "government aid it says it fielded")
is a claim, as unseen's "the 9 million homeowners Obama said he would assist"; a re-mention without a
reporting verb ("his statement, that …") is not. PolitiFact's own voice ("Ernst is correct that …",
"Nothing in the law says …") is not annotated; neither are RELATED headlines (their numbers would be
figures; none here has one). Ratios ("three times higher") are not figures; ages written
"4-year-olds" are `years` figures (as heldout's "10-year-old"); "every nation but one" and "the one
nation" are pronoun/determiner "one", not figures.
"""
from helper import build_liar2


def build(name, claims, figures):
    build_liar2(name, claims, figures, split='unseen3')


build('x01-liar2-7691', [
 dict(span='Organizing for Action said that Rubio "refuses to accept the basic science" on climate change and is "a climate change denier."',
      quote='refuses to accept the basic science … a climate change denier.',
      speaker='Organizing for Action', attribution='official_statement', cue='said'),
 dict(span="I don't think there's the scientific  to justify it", quote='SPAN',
      speaker='Rubio', attribution='direct_quote', cue='said'),
 dict(span='Since then -- including on four separate occasions this year -- Rubio has expressed opposition to climate change policies while speaking more cautiously about the science that proves climate change is happening.',
      speaker='Rubio', attribution='paraphrase', cue='has expressed'),
 dict(span='he even conceded that he’s seen "reasonable debate" about the question.', quote='reasonable debate',
      speaker='Rubio', attribution='paraphrase', cue='even conceded'),
], [
 dict(surface='four', value=4, unit='count', quantity='separate occasions this year Rubio spoke on climate change'),
])

build('x02-liar2-7755', [
 dict(span=('Jordan says the', 'insurance through the exchange'),
      speaker='Jordan', attribution='paraphrase', cue='says'),
 dict(span='Authoritative sources like the Congressional Research Service and a Senate report on the health care bill long ago said the Affordable Care Act could allow continuing the employer copay for Congress members and their staffers.',
      speaker='Congressional Research Service and a Senate report on the health care bill',
      attribution='official_statement', cue='long ago said'),
 dict(span='he describes the Office of Personnel Management’s ruling on co-pays as one that "exempted Congress and their staff from the full effect of the law."',
      quote='exempted Congress and their staff from the full effect of the law.',
      speaker='Jordan', attribution='paraphrase', cue='describes'),
], [])

build('x03-liar2-1682', [
 dict(span='The Whitman campaign said she did nothing more active for Boxer than to sign the letter',
      speaker='Whitman campaign', attribution='official_statement', cue='said'),
 dict(span='Join our effort to keep Senator Boxer in the U.S. Senate by adding your name to the growing list of her supporters in the high-tech community.', quote='SPAN',
      speaker='Whitman', attribution='direct_quote', cue='writing'),
], [])

build('x04-liar2-13541', [
 dict(span='Republican candidate for California governor Travis Allen recently claimed he’s "seen crime increase in every major metropolitan area" and that "Crime is on the rise in every major market."',
      quote='seen crime increase in every major metropolitan area … Crime is on the rise in every major market.',
      speaker='Travis Allen', role='Republican candidate for California governor',
      attribution='paraphrase', cue='recently claimed'),
 dict(span='a 2017 analysis that shows total urban crime fell 3 percent in the first half of 2016 compared with the first half of 2015.',
      attribution='reported', cue='a 2017 analysis that shows', said_at='2017-06-22'),
 dict(span='A poll released in June 2017 showed a tightening race.',
      attribution='reported', cue='A poll released in June 2017 showed', said_at='2017-06-22'),
], [
 dict(surface='3 percent', value=3, unit='percent', quantity='fall in total urban crime, first half of 2016 vs 2015'),
 dict(surface='22 percent', value=22, unit='percent', quantity='support for Newsom among likely voters (June 2017 poll)'),
 dict(surface='17 percent', value=17, unit='percent', quantity='support for Villaraigosa (June 2017 poll)'),
 dict(surface='11 percent', value=11, unit='percent', quantity='support for Villaraigosa three months earlier'),
])

build('x05-liar2-7224', [
 dict(span='The NRA said that the Manchin-Toomey amendment would have "criminalized certain private transfers of firearms between honest citizens, requiring lifelong friends, neighbors and some family members to get federal government permission to exercise a fundamental right or face prosecution."',
      quote='criminalized certain private transfers of firearms between honest citizens, requiring lifelong friends, neighbors and some family members to get federal government permission to exercise a fundamental right or face prosecution.',
      speaker='NRA', attribution='official_statement', cue='said'),
 dict(span='as Wintemute argued, it was added a layer of paperwork but did not make familial gun transfers crimes.',
      speaker='Wintemute', attribution='paraphrase', cue='argued'),
], [])

build('x06-liar2-10587', [
 dict(span=('In FY 2014 Planned Parenthood', 'the Hyde amendment.'),
      quote='In FY 2014 Planned Parenthood performed 327,653 abortions while receiving $528 million from taxpayers, in violation … the Hyde amendment.',
      speaker='Cornyn', attribution='direct_quote', cue='said'),
 dict(span='government aid it says it fielded around that time',
      speaker='Planned Parenthood', attribution='official_statement', cue='says'),
], [
 dict(surface='327,653', value=327653, unit='count', quantity='abortions performed by Planned Parenthood in FY 2014 (as said)'),
 dict(surface='$528 million', value=528e6, unit='USD', quantity='received by Planned Parenthood from taxpayers (as said)'),
 dict(surface='six', after='more on the six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('x07-liar2-17526', [
 dict(span=('A post shared on Facebook claims', 'patients had COVID-19'),
      speaker='Unnamed Facebook user', attribution='paraphrase', cue='claims', hedges=['unnamed source']),
 dict(span='saying payment is three times higher if a patient goes on a ventilator.',
      speaker='Unnamed Facebook user', attribution='paraphrase', cue='saying', hedges=['unnamed source']),
 dict(span='An article the post links to includes comments from a doctor who suggests the number of coronavirus cases is being padded.',
      speaker='Unnamed doctor', attribution='paraphrase', cue='suggests', hedges=['unnamed source']),
 dict(span='Indications are that due to a lack of testing and other factors, the number of coronavirus cases has been undercounted, not padded.',
      attribution='reported', cue='Indications are', said_at='2020-04-10'),
], [
 dict(surface='20%', value=20, unit='percent', quantity='extra Medicare payment over standard rates for COVID-19 patients'),
])

build('x08-liar2-6742', [
 dict(span='More than 50 percent of those people getting minimum wage in this state are high school students. Many of them work the Shore area.', quote='SPAN',
      speaker='Singer', attribution='direct_quote', cue='said', hedges=['more than']),
 dict(span='Data shows that high school-age students are part of the largest percentage of New Jerseyans earning minimum wage',
      attribution='reported', cue='Data shows', said_at='2012-11-29'),
 dict(span='Singer said his figure doesn’t include students who may be paid ‘off the books,’',
      speaker='Singer', attribution='paraphrase', cue='said', hedges=['may']),
 dict(span='The minimum wage bill that Singer voted against also included a provision providing automatic annual increases in the minimum wage, starting in September 2013, according to Senate Republicans spokesman Jeremy Rosen.',
      speaker='Jeremy Rosen', role='Senate Republicans spokesman', attribution='paraphrase',
      cue='according to Senate Republicans spokesman Jeremy Rosen'),
 dict(span="Singer voted in the same hearing against tabling an amendment to increase New Jersey's minimum wage to $8.50 an hour, over three years, Rosen noted.",
      speaker='Jeremy Rosen', attribution='paraphrase', cue='Rosen noted'),
], [
 dict(surface='More than 50 percent', value=50, unit='percent', quantity='minimum-wage earners in New Jersey who are high school students (as said)', approx=True),
 dict(surface='16 to 21', value=None, low=16, high=21, unit='years', quantity='age range of the minimum-wage data'),
 dict(surface='more than half', value=50, unit='percent', quantity='minimum-wage earners who are high schoolers (not proven)', approx=True),
 dict(surface='$8.50', value=8.5, unit='USD', quantity='proposed hourly minimum wage'),
 dict(surface='three years', value=3, unit='years', quantity='period over which the increase would phase in'),
])

build('x09-liar2-21578', [
 dict(span='Ernst’s May 28 newsletter claims that unused materials remain at construction sites, and that taxpayers are footing the bill to guard these materials.',
      speaker='Ernst', attribution='paraphrase', cue='claims', said_at='2022-05-28'),
 dict(span='the $3 million daily cost that Ernst cites',
      speaker='Ernst', attribution='paraphrase', cue='cites', hedges=['not confirmed by an independent source']),
 dict(span='a nonpartisan government agency says reliable cost estimates for Defense Department work at the border are lacking or late.',
      speaker='Unnamed nonpartisan government agency', attribution='official_statement', cue='says', hedges=['unnamed source']),
], [
 dict(surface='around $265 million dollars', value=265e6, unit='USD', quantity='materials left at border wall construction sites', approx=True),
 dict(surface='$3 million', value=3e6, unit='USD', quantity='daily cost of guarding the materials (as cited by Ernst)'),
])

build('x10-liar2-21283', [
 dict(span='Oz said in an ad that McCormick is "liberal, pro-Biden, pro-China."', quote='liberal, pro-Biden, pro-China.',
      speaker='Oz', attribution='paraphrase', cue='said in an ad'),
], [])

build('x11-liar2-23031', [
 dict(span='Hochul said 96% of eligible preschoolers will be covered by funding for public prekindergarten programs in the 2023-24 budget.',
      speaker='Hochul', attribution='paraphrase', cue='said'),
 dict(span='the state estimates the number with its 85% figure',
      speaker='state', attribution='official_statement', cue='estimates', hedges=['estimates']),
], [
 dict(surface='96%', value=96, unit='percent', quantity='eligible preschoolers covered by pre-K funding (as said)'),
 dict(surface='4-year-old', after='how many 4-year-olds are considered', value=4, unit='years', quantity='age of children eligible for pre-K'),
 dict(surface='4-year-old', after='nearly every 4-year-old', value=4, unit='years', quantity='age of children who might go to pre-K'),
 dict(surface='96%', after='funding for 96%', value=96, unit='percent', quantity='eligible 4-year-olds funded for pre-K'),
 dict(surface='4-year-old', after='eligible 4-year-olds to go', value=4, unit='years', quantity='age of eligible children'),
 dict(surface='4-year-old', after='how many 4-year-olds will be enrolled', value=4, unit='years', quantity='age of children to be enrolled'),
 dict(surface='85%', value=85, unit='percent', quantity='state estimate of eligible 4-year-olds to be enrolled'),
])

build('x12-liar2-17619', [
 dict(span='An article shared on Facebook claimed that under a Kansas City mayor’s COVID-19 order, Kansas City "churchgoers must register with the government."',
      quote='churchgoers must register with the government.',
      speaker='Liberty Counsel', attribution='official_statement', cue='claimed'),
], [])

build('x13-liar2-23160', [
 dict(span='Marshall claimed that displaying the progress pride flag between two American flags at a White House pride event was a "breach of US Flag Code."',
      quote='breach of US Flag Code.', speaker='Marshall', attribution='paraphrase', cue='claimed'),
 dict(span=('a portion of flag code that says', 'displayed from staffs."'),
      quote='should be at the center and at the highest point of the group when a number of flags … grouped and displayed from staffs.',
      attribution='reported', cue='flag code that says', said_at='2023-06-11'),
], [
 dict(surface='two', after='between two American flags', value=2, unit='count', quantity='American flags flanking the pride flag'),
 dict(surface='three', after='above the three-flag', value=3, unit='count', quantity='flags in the display'),
])

build('x14-liar2-8711', [
 dict(span='Trump said that the administration lies about enrollment figures because it counts people when all they have done is put a plan "in their online shopping carts."',
      quote='in their online shopping carts.', speaker='Trump', attribution='paraphrase', cue='said'),
], [])

build('x15-liar2-21762', [
 dict(span='Masters said that Kelly voted to "legalize abortion up until the moment of birth."',
      quote='legalize abortion up until the moment of birth.', speaker='Masters', attribution='paraphrase', cue='said'),
], [])

build('x16-liar2-15952', [
 dict(span='Think Big Illinois’ ad claims that, "in almost every state with an income tax, wealthy people pay a higher tax rate than the middle class."',
      quote='in almost every state with an income tax, wealthy people pay a higher tax rate than the middle class.',
      speaker='Think Big Illinois', attribution='official_statement', cue='claims'),
 dict(span='A spokeswoman for the Pritzker-backed group noted that Illinois is one of just nine states that tax income at a flat rate.',
      speaker='Unnamed spokeswoman', attribution='paraphrase', cue='noted', hedges=['unnamed source']),
], [
 dict(surface='nine', after='one of just nine', value=9, unit='count', quantity='states that tax income at a flat rate'),
 dict(surface='19', value=19, unit='count', quantity='income-tax states not applying higher rates to the wealthy'),
 dict(surface='nine', after='nine flat tax', value=9, unit='count', quantity='flat tax states'),
 dict(surface='10', after='flat tax states and 10', value=10, unit='count', quantity='graduated-tax states topping out below $25,000'),
 dict(surface='below $25,000', value=25000, unit='USD', quantity='income at which top rates start in those states', approx=True),
 dict(surface='eight', value=8, unit='count', quantity='more states with low top-rate thresholds'),
 dict(surface='$31,000 and $104,000', value=None, low=31000, high=104000, unit='USD', quantity='income at which top rates for married couples kick in'),
 dict(surface='six', after='more on the six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('x17-liar2-11201', [
 dict(span='Donald Trump and Hillary Clinton and Bernie Sanders have the identical position on health care, which is they want to put the government in charge of you and your doctor.', quote='SPAN',
      speaker='Cruz', attribution='direct_quote', cue='said'),
 dict(span='Trump, Clinton and Sanders have all proposed to reduce prescription drug prices',
      speaker='Donald Trump, Hillary Clinton and Bernie Sanders', attribution='paraphrase', cue='have all proposed'),
 dict(span='Clinton has proposed specific ways to defend and expand Obama’s health care law.',
      speaker='Hillary Clinton', attribution='paraphrase', cue='has proposed'),
 dict(span='Trump, whose exact plan is unclear, has said repeatedly that he’d repeal and replace Obamacare with a market-based alternative.',
      speaker='Donald Trump', attribution='paraphrase', cue='has said repeatedly'),
], [
 dict(surface='three', after='between the three plans', value=3, unit='count', quantity='health care plans'),
])

build('x18-liar2-18628', [
 dict(span=('Carlson said that according to a recent CDC report', 'the way they tell us it works."'),
      quote="Almost everyone — 85% — who got the coronavirus in July was wearing a mask, and they were infected anyway. So clearly this doesn't work the way they tell us it works.",
      speaker='Carlson', attribution='paraphrase', cue='said'),
 dict(span='the study’s authors said the participants might not be representative of the U.S.',
      speaker='study’s authors', attribution='paraphrase', cue='said', hedges=['might']),
 dict(span='studies show they can help slow the spread.',
      attribution='reported', cue='studies show', said_at='2020-10-13'),
 dict(span='The correlation the CDC found between positive coronavirus tests and going to restaurants and bars suggests that taking masks off to eat or drink might increase risk.',
      speaker='CDC', attribution='official_statement', cue='found', hedges=['might']),
], [
 dict(surface='85%', value=85, unit='percent', quantity='people infected in July who wore a mask (as said)'),
 dict(surface='85%', after='pull the 85%', value=85, unit='percent', quantity='the figure Carlson used'),
])

build('x19-liar2-14347', [
 dict(span='Trump’s latest set of sanctions against companies and countries benefiting North Korea includes every nation but one making shipments to (North Korea).', quote='SPAN',
      speaker='Tribe', attribution='direct_quote', cue='said'),
 dict(span='The one nation Trump exempted from his punitive ban was . . . wait for it . . . drumroll: Russia.', quote='SPAN',
      speaker='Tribe', attribution='direct_quote', cue='said'),
 dict(span='it didn’t proactively "exempt" any countries (something Tribe acknowledges)',
      speaker='Tribe', attribution='paraphrase', cue='acknowledges'),
 dict(span='experts offered a variety of potential alternative explanations beyond Trump doing this to protect Russia.',
      speaker='experts', attribution='paraphrase', cue='offered'),
], [])

build('x20-liar2-7862', [
 dict(span='In 2010, the non-partisan Government Accountability Office found that only 6.5 percent of the U.S.-Mexico border was under full control of the Border Patrol.', quote='SPAN',
      speaker='Lamar Smith', attribution='direct_quote', cue='wrote'),
 dict(span='That report showed 6.5 percent of border miles in fiscal 2010 were under the Border Patrol’s top level of security, meaning agents and equipment were constantly present and monitoring the border -- a level of enforcement usually reserved for high-traffic urban areas.',
      speaker='Government Accountability Office', attribution='official_statement', cue='showed'),
 dict(span='The same report said 44 percent of border miles were under what the agency considered acceptable levels of security.',
      speaker='Government Accountability Office', attribution='official_statement', cue='said'),
], [
 dict(surface='6.5 percent', value=6.5, unit='percent', quantity='U.S.-Mexico border under full Border Patrol control in 2010 (as said)'),
 dict(surface='6.5 percent', after='That report showed', value=6.5, unit='percent', quantity='border miles under top level of security in fiscal 2010'),
 dict(surface='44 percent', value=44, unit='percent', quantity='border miles under acceptable levels of security'),
 dict(surface='six', after='more on the six', value=6, unit='count', quantity='PolitiFact ratings'),
])
