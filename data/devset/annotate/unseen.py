"""The `unseen` split: 15 PolitiFact justifications from LIAR2 test.csv (rule in liar2_select.py).

Annotated blind: from the text alone, by the conventions in ../README.md, and committed before the
extractor was run on any of these texts. Organisations named as speakers (campaigns, advocacy groups,
agencies) are `official_statement`; generic groups ("experts", "analysts") are `paraphrase`.
"""
from helper import build_liar2 as build

build('u01-liar2-13366', [
 dict(span='saying it will "significantly reduce insurance premiums in" North Carolina.',
      quote='significantly reduce insurance premiums in', speaker='Ted Budd', role='North Carolina Republican Rep.',
      attribution='paraphrase', cue='saying'),
 dict(span="Some people will see lower premiums, while others will see higher premiums – for many of them, high enough that experts believe they'll drop insurance entirely.",
      speaker='experts', attribution='paraphrase', cue='believe'),
], [
 dict(surface='10 percent', value=10, unit='percent', quantity='expected national decline of premiums in a decade'),
])

build('u02-liar2-5636', [
 dict(span='The Crossroads GPS ad said Obama has broken his promise to help millions of people facing foreclosure.',
      speaker='Crossroads GPS', attribution='official_statement', cue='said'),
 dict(span='the 9 million homeowners Obama said he would assist',
      speaker='Obama', attribution='paraphrase', cue='said'),
 dict(span='Obama’s efforts haven’t been the utter failure Crossroads suggests',
      speaker='Crossroads GPS', attribution='official_statement', cue='suggests'),
], [
 dict(surface='Two', value=2, unit='count', quantity='primary foreclosure programs'),
 dict(surface='9 million', value=9e6, unit='count', quantity='homeowners Obama said he would assist'),
])

build('u03-liar2-5298', [
 dict(span='While the specific approach Jackson mapped out for Cleveland hasn’t been proven, it does clearly contain elements that researchers suggest may work — at least in some cases -- such as merit pay for teachers, greater flexibility for schools in how they go about their business and longer school days or school year.',
      speaker='researchers', attribution='paraphrase', cue='suggest', hedges=['may']),
], [])

build('u04-liar2-22416', [
 dict(span='Loeffler tweeted that on the day of the Dec. 6 runoff, "armed groups of Black Panthers" were "reportedly patrolling certain voting locations" in Georgia.',
      quote='armed groups of Black Panthers … reportedly patrolling certain voting locations',
      speaker='Loeffler', attribution='paraphrase', cue='tweeted', hedges=['reportedly']),
 dict(span='Loeffler referred to statements the group made the day before Election Day saying it planned to send armed patrols to voting sites.',
      speaker='New Black Panthers', attribution='official_statement', cue='saying', said_at='2022-12-05'),
 dict(span='The New Black Panthers later said they showed up at voting sites in Brunswick and Savannah, but ultimately decided against armed patrols because they did not want to intimidate voters.',
      speaker='New Black Panthers', attribution='official_statement', cue='later said'),
 dict(span='Officials in multiple counties, the secretary of state’s office and voting rights groups said they received no reports of armed Black Panthers at voting sites on Election Day.',
      speaker='Officials in multiple counties, the secretary of state’s office and voting rights groups',
      attribution='official_statement', cue='said'),
], [])

build('u05-liar2-1679', [], [])

build('u06-liar2-4763', [
 dict(span='Rhode Island is leading our nation in foreclosures.', quote='SPAN',
      speaker='Theresa Price', role='DARE official', attribution='direct_quote', cue='said'),
], [])

build('u07-liar2-8765', [
 dict(span='A lot of the problems with forest fires is because of bad policy that was put in place by environmentalists.', quote='SPAN',
      speaker='Perino', attribution='direct_quote', cue='said'),
 dict(span='While the record shows that the need for environmental impact statements and legal challenges have a significant impact on Forest Service projects on federal lands, the connection to the extreme fires of the past 15 years is less certain.',
      attribution='reported', cue='the record shows', said_at='2014-04-22'),
 dict(span='experts acknowledge that environmental policies are an issue, but they generally tip the scale toward other factors when assigning blame.',
      speaker='experts', attribution='paraphrase', cue='acknowledge'),
], [
 dict(surface='15 years', value=15, unit='years', quantity='period of extreme fires considered'),
 dict(surface='10-year', value=10, unit='years', quantity='period over which the Forest Service drew funds from other programs'),
])

build('u08-liar2-9658', [
 dict(span='Pitts said America’s least-trusted news sources are also its most popular ones and focused on the Rush Limbaugh Show on radio and Fox News on cable.',
      speaker='Pitts', attribution='paraphrase', cue='said'),
 dict(span='According to the survey Pitts used, Limbaugh’s program is indeed the least-trusted news source.',
      attribution='reported', cue='According to the survey Pitts used'),
], [])

build('u09-liar2-13767', [
 dict(span='Just in our first six months in office, Missouri moved up the rankings nine places … in the rankings of the best states to do business.', quote='SPAN',
      speaker='Greitens', role='Missouri governor', attribution='direct_quote', cue='said'),
 dict(span='Greitens credited this change to his cutting regulations, which he said is prompting a rise in the state’s economy.',
      speaker='Greitens', attribution='paraphrase', cue='credited'),
 dict(span='Experts suggest that, while the methodologies of these lists vary significantly, it might be better to derive a decision if Missouri’s ranking has increased on all of them, which is  among five other lists.',
      speaker='Experts', attribution='paraphrase', cue='suggest', hedges=['might']),
 dict(span='experts said it is premature for Greitens to assume credit for the improvement in rankings.',
      speaker='experts', attribution='paraphrase', cue='said'),
], [
 dict(surface='nine', after='moved up the rankings nine', value=9, unit='count', quantity='places Missouri moved up in the rankings (as said)'),
 dict(surface='nine', after='Missouri up nine spots', value=9, unit='count', quantity='spots Missouri moved up on the CNBC list'),
 dict(surface='one', after='only one ranking', value=1, unit='count', quantity='rankings'),
 dict(surface='five', after='five other lists', value=5, unit='count', quantity='other lists'),
])

build('u10-liar2-22066', [
 dict(span='Nunn’s campaign said Iowans would pay $5,000 more this year because of inflation, and that Democrats were to blame.',
      speaker='Nunn’s campaign', attribution='official_statement', cue='said'),
 dict(span='Bureau of Labor Statistics data shows that Iowans will pay $4,176 more on household goods this year because of inflation, based on a bureau report for the Midwestern region going back to August 2022.',
      speaker='Bureau of Labor Statistics', attribution='official_statement', cue='data shows'),
 dict(span='The $5,000 figure comes from an estimate that Bloomberg News analysts predict for 2022.',
      speaker='Bloomberg News analysts', attribution='paraphrase', cue='predict', hedges=['estimate']),
 dict(span='The effect the American Rescue Plan ultimately will have on inflation has yet to be determined but it is having some effect, analysts said.',
      speaker='analysts', attribution='paraphrase', cue='analysts said'),
], [
 dict(surface='$5,000', value=5000, unit='USD', quantity='extra Iowans would pay this year (as said)'),
 dict(surface='$4,176', value=4176, unit='USD', quantity='extra Iowans will pay on household goods this year (BLS)'),
 dict(surface='$5,000', after='The $5,000 figure', value=5000, unit='USD', quantity='Bloomberg News estimate for 2022', approx=True),
])

build('u11-liar2-14558', [
 dict(span='I am the only one onstage who has never voted to raise your taxes.', quote='SPAN',
      speaker='Rokita', attribution='direct_quote', cue='said'),
 dict(span='These two, each, a billion dollars worth of votes to raise your taxes.', quote='SPAN',
      speaker='Rokita', attribution='direct_quote', cue='said'),
], [
 dict(surface='a billion dollars', value=1e9, unit='USD', quantity="each rival's tax-raising votes (as said)"),
 dict(surface='almost $1 billion', value=1e9, unit='USD', quantity='annual tax increase Braun voted for', approx=True),
 dict(surface='two', after='Messer’s two 2005 votes', value=2, unit='count', quantity='2005 votes by Messer'),
 dict(surface='over $1 billion', value=1e9, unit='USD', quantity='taxes raised by the two 2005 votes', approx=True),
])

build('u12-liar2-480', [
 dict(span='The majority of people following the issue would point out McCain has not taken a leadership role on nonproliferation during his career in the Senate', quote='SPAN',
      speaker='Daryl Kimball', role='executive director of the Washington-based Arms Control Association',
      attribution='direct_quote', cue='said Daryl Kimball'),
], [
 dict(surface='29', value=29, unit='count', quantity='Republicans who joined to ratify (of 55)'),
 dict(surface='55', value=55, unit='count', quantity='Republicans in the Senate in 1997'),
 dict(surface='45', value=45, unit='count', quantity='Democrats who joined to ratify'),
 dict(surface='93', after='93-6', value=93, unit='count', quantity='votes for ratifying START'),
 dict(surface='6', after='93-6', value=6, unit='count', quantity='votes against ratifying START'),
 dict(surface='about one-third', value=100 / 3, unit='percent', quantity='reduction in long-range missile and bomber arsenals', approx=True),
])

build('u13-liar2-22820', [
 dict(span='Moskowitz said Trump "instructed all the governors to shut down" due to the COVID-19 pandemic.',
      quote='instructed all the governors to shut down', speaker='Moskowitz', attribution='paraphrase', cue='said'),
 dict(span=('the Trump administration’s "15 days', 'in areas with community transmission.'),
      quote='should close schools', speaker='Trump administration', attribution='official_statement', cue='said'),
 dict(span='In April 2020, he falsely said he had total authority over reopenings, only to backtrack days later to defer to the governors.',
      speaker='Donald Trump', attribution='paraphrase', cue='falsely said'),
], [])

build('u14-liar2-5542', [
 dict(span='He voted for Perry in \xa0the 2010 general election, he says',
      speaker='Chavez', attribution='paraphrase', cue='he says'),
 dict(span='he also says he preferred another gubernatorial candidate in 2006.',
      speaker='Chavez', attribution='paraphrase', cue='also says'),
 dict(span='he calls himself an Independent.',
      speaker='Chavez', attribution='paraphrase', cue='calls himself'),
 dict(span='Chavez mentions Perry in his state job, as Spelman’s camp points out.',
      speaker='Spelman’s camp', attribution='official_statement', cue='points out'),
], [
 dict(surface='three', value=3, unit='count', quantity='latest GOP primaries Chavez voted in'),
])

build('u15-liar2-15258', [
 dict(span='Occupy Democrats said that the U.S. Postal Service only gives tribal residents PO Boxes and that because the Supreme Court decided not to intervene in North Dakota’s voter ID law, Native Americans will lose the right to vote.',
      speaker='Occupy Democrats', attribution='official_statement', cue='said'),
 dict(span='The group also said that Native Americans were the last U.S. citizens to be granted the right to vote and the first to lose them.',
      speaker='Occupy Democrats', attribution='official_statement', cue='also said'),
], [])
