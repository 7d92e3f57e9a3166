"""The `unseen2` split: 15 more PolitiFact justifications from LIAR2 test.csv (rule in liar2_select.py).

Annotated blind: from the text alone, by the conventions in ../README.md (and the choices of
unseen.py), by someone who wrote no extraction rule, and committed before the extractor was run on
any of these texts. Organisations named as speakers (campaigns, advocacy groups, pollsters) are
`official_statement`; generic groups ("pollsters", "Congressional Democratic leaders") are
`paraphrase`; "X show(s) …" / "it's estimated …" without a speaker are `reported` with the
publication date, "according to / per <data>" `reported` with no date (as unseen's "the record
shows" and "According to the survey Pitts used"). Proportions written "one in N" are percent, like
unseen's "about one-third"; ratios ("2.3 times more likely") are not figures.
"""
from helper import build_liar2


def build(name, claims, figures):
    build_liar2(name, claims, figures, split='unseen2')


build('w01-liar2-15958', [
 dict(span='Disparities in infant mortality between white America and black America (are) greater today, in 2019, than in the year 1850...', quote='SPAN',
      speaker='O’Rourke', attribution='direct_quote', cue='said'),
 dict(span='Academic studies lead to estimates that in 1850, live-born black babies were 1.6 times more likely to die in their first year than white ones.',
      attribution='reported', cue='Academic studies lead to estimates', said_at='2019-04-16', hedges=['estimates']),
 dict(span='The latest racial infant mortality statistics are from 2016 - not 2019 as O’Rourke suggests.',
      speaker='O’Rourke', attribution='paraphrase', cue='suggests'),
 dict(span='They show blacks were\xa02.3 times more likely to die in infancy than whites.',
      attribution='reported', cue='They show', said_at='2019-04-16'),
 dict(span='In 1850, it’s estimated that roughly one in three blacks and one in five whites died in infancy.',
      attribution='reported', cue='it’s estimated', said_at='2019-04-16', hedges=['estimated', 'roughly']),
 dict(span='Statistics show in 2016, the ratios improved to one in 88 black babies, and one in 204 white ones.',
      attribution='reported', cue='Statistics show', said_at='2019-04-16'),
], [
 dict(surface='roughly one in three', value=100 / 3, unit='percent', quantity='black infants dying in infancy in 1850 (estimate)', approx=True),
 dict(surface='one in five', value=20, unit='percent', quantity='white infants dying in infancy in 1850 (estimate)', approx=True),
 dict(surface='one in 88', value=100 / 88, unit='percent', quantity='black babies dying in infancy in 2016'),
 dict(surface='one in 204', value=100 / 204, unit='percent', quantity='white babies dying in infancy in 2016'),
])

build('w02-liar2-7714', [
 dict(span='In a radio interview, Lonegan claimed that under Booker, Newark has seen "violent crime up five years in a row, murder up five years in a row."',
      quote='violent crime up five years in a row, murder up five years in a row.',
      speaker='Lonegan', attribution='paraphrase', cue='claimed'),
], [
 dict(surface='five years', after='violent crime up five', value=5, unit='years', quantity='years in a row violent crime rose (as said)'),
 dict(surface='five years', after='murder up five', value=5, unit='years', quantity='years in a row murder rose (as said)'),
 dict(surface='five years', after='over the past five', value=5, unit='years', quantity='period over which overall violent crime increased'),
 dict(surface='five years', after='gone up "five', value=5, unit='years', quantity='years in a row (as said)'),
 dict(surface='five years', after='During the five', value=5, unit='years', quantity='period cited by Lonegan'),
 dict(surface='three', after='in three of those years', value=3, unit='years', quantity='years of the five in which overall violent crime increased'),
])

build('w03-liar2-15886', [
 dict(span=('Carmichael said that in West Virginia, "our students', 'they’re near last."'),
      quote='our students enter in at fourth grade the first time they’re tested, 37th or 38th in the nation—which is not good, but it’s not horrible. By the time they’re in the 8th grade, they’re 46th or 47th, and then upon 11th grade testing they’re near last.',
      speaker='Carmichael', attribution='paraphrase', cue='said'),
 dict(span='the trend he points out -- a decline for West Virginia between fourth and eighth grades',
      speaker='Carmichael', attribution='paraphrase', cue='points out'),
], [
 dict(surface='six years', value=6, unit='years', quantity='period of NAEP rankings judged'),
])

build('w04-liar2-7293', [
 dict(span=('Firearms rights supporter Ed Doyle said', 'nearly impossible to get."'),
      quote='will outlaw practically every firearm, make you pay $100 per firearm, put you into a police database, [and make a permit to carry a concealed weapon] nearly impossible to get.',
      speaker='Ed Doyle', role='Firearms rights supporter', attribution='paraphrase', cue='said'),
], [
 dict(surface='$100', value=100, unit='USD', quantity='fee per firearm (as said)'),
])

build('w05-liar2-13203', [
 dict(span='A Facebook post said that the South African government ordered a company to lay off over 3,000 white workers.',
      speaker='Unnamed Facebook user', attribution='paraphrase', cue='said', hedges=['unnamed source', 'over']),
 dict(span='On that point, even the union most closely identified with white workers agreed.',
      speaker='union most closely identified with white workers', attribution='official_statement', cue='agreed'),
 dict(span='South African law bars a company from laying off a worker in order to meet affirmative action goals, an expert told us.',
      speaker='Unnamed expert', attribution='paraphrase', cue='an expert told us', hedges=['unnamed source']),
], [
 dict(surface='over 3,000', value=3000, unit='count', quantity='white workers the company was ordered to lay off (as said)', approx=True),
])

build('w06-liar2-7885', [
 dict(span='Every month, we get the reports from the Bureau of Labor Statistics that say even more people have given up looking for work.', quote='SPAN',
      speaker='Cruz', attribution='direct_quote', cue='told senators'),
 dict(span='Per the 12 latest months of data available before Cruz spoke, the number of Americans considered by the bureau to be "discouraged workers" fluctuates month to month, sometimes going up and sometimes going down.',
      attribution='reported', cue='Per the 12 latest months of data available before Cruz spoke'),
], [
 dict(surface='six', after='more on the six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('w07-liar2-14420', [
 dict(span='in the Senate, DeWine voted with Hillary Clinton to let illegal immigrants receive Social Security.', quote='SPAN',
      speaker='Onward Ohio', attribution='direct_quote', cue='said in a TV ad'),
 dict(span="And in Ohio, DeWine allowed illegal immigrants to receive driver's licenses.", quote='SPAN',
      speaker='Onward Ohio', attribution='direct_quote', cue='said in a TV ad'),
 dict(span='The Social Security provision was more narrow than the ad suggests',
      speaker='Onward Ohio', attribution='official_statement', cue='suggests'),
 dict(span='DeWine concluded that undocumented immigrants who had temporary status through the federal DACA program were entitled to driver’s licenses',
      speaker='DeWine', role='attorney general', attribution='paraphrase', cue='concluded'),
], [])

build('w08-liar2-17723', [
 dict(span='40% of the initial small business funds didn’t go to small businesses at all.', quote='SPAN',
      speaker='Biden', attribution='direct_quote', cue='said'),
], [
 dict(surface='40%', value=40, unit='percent', quantity='initial small business funds not going to small businesses (as said)'),
 dict(surface='40%', after='The 40% figure', value=40, unit='percent', quantity='the figure Biden used'),
 dict(surface='$1 million', value=1e6, unit='USD', quantity='loan size the 40% of loans topped'),
])

build('w09-liar2-2981', [
 dict(span="Entrepreneurship is great -- let's not kill it with taxes and regulations", quote='SPAN',
      speaker=None, attribution='direct_quote', cue='sent'),
 dict(span="Obama's policies kill free-enterprise.", quote='SPAN',
      speaker=None, attribution='direct_quote', cue='sent'),
], [])

build('w10-liar2-12853', [
 dict(span='Our university campuses by federal law do not check the immigration status of their students.', quote='SPAN',
      speaker='Doggett', attribution='direct_quote', cue='said'),
], [
 dict(surface='six', after='more on the six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('w11-liar2-22229', [
 dict(span='Hassan said Bolduc "wants to cut trillions from Medicare and end Social Security."',
      quote='wants to cut trillions from Medicare and end Social Security.',
      speaker='Hassan', attribution='paraphrase', cue='said'),
 dict(span='In 2020, Bolduc advocated for cutting $1.2 trillion for Medicare',
      speaker='Bolduc', attribution='paraphrase', cue='advocated for'),
 dict(span='in August 2022 he called for "getting government out" of Medicare.', quote='getting government out',
      speaker='Bolduc', attribution='paraphrase', cue='called for'),
 dict(span='In 2020 and again in October 2022, Bolduc advocated that future retirees transition from Social Security to private savings accounts.',
      speaker='Bolduc', attribution='paraphrase', cue='advocated'),
 dict(span='In September, Bolduc’s campaign told Politico that he no longer supports privatizing either program.',
      speaker='Bolduc’s campaign', attribution='official_statement', cue='told Politico'),
 dict(span='his October comments reiterated support for eventually changing Social Security to private investments accounts.',
      speaker='Bolduc', attribution='paraphrase', cue='reiterated'),
 dict(span='the trillions Bolduc once said he would take out of Medicare',
      speaker='Bolduc', attribution='paraphrase', cue='once said'),
 dict(span='Bolduc has endorsed gradually ending Social Security by moving future retirees into private investment accounts.',
      speaker='Bolduc', attribution='paraphrase', cue='has endorsed'),
], [
 dict(surface='$1.2 trillion', value=1.2e12, unit='USD', quantity='Medicare cut Bolduc advocated in 2020'),
 dict(surface='over $1 trillion', value=1e12, unit='USD', quantity='what Bolduc once said he would take out of Medicare', approx=True),
 dict(surface='$280 billion', value=2.8e11, unit='USD', quantity='Medicare cut by Democrats (related headline)'),
])

build('w12-liar2-8215', [
 dict(span='This is the first time in Texas history -- and only the fourth time in United States history -- that two women are running for the top spots.', quote='SPAN',
      speaker='Hinojosa', attribution='direct_quote', cue='said'),
], [
 dict(surface='two', after='that two women are running', value=2, unit='count', quantity='women running for the top spots (as said)'),
 dict(surface='two', after='victories of two', value=2, unit='count', quantity='Arizona Republicans who won in 1998'),
 dict(surface='two or more', value=2, unit='count', quantity='women seeking nomination for a state’s top positions', approx=True),
 dict(surface='more than 20', value=20, unit='count', quantity='times two or more women sought the top nominations since 2000', approx=True),
 dict(surface='six', after='more on the six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('w13-liar2-2163', [
 dict(span='After publication, Webster spokesman Brian Graham said in an e-mail that the staircase actually cost less than published reports.',
      speaker='Brian Graham', role='Webster spokesman', attribution='paraphrase', cue='said in an e-mail'),
 dict(span='The state paid even less, $22,242, Graham said',
      speaker='Brian Graham', attribution='paraphrase', cue='Graham said'),
], [
 dict(surface='$100,000 or so', value=100000, unit='USD', quantity='Webster’s spending on renovations', approx=True),
 dict(surface='just under $32,000', value=32000, unit='USD', quantity='allocated for the spiral staircase', approx=True),
 dict(surface='two', after='for two reasons', value=2, unit='count', quantity='reasons'),
 dict(surface='$28,126', value=28126, unit='USD', quantity='original construction contract'),
 dict(surface='$22,242', value=22242, unit='USD', quantity='what the state paid (as said)'),
])

build('w14-liar2-2169', [
 dict(span="The polling group found that Crist's favorable rating, meanwhile, dropped a total of 20 points from 2008 to 2009, before bouncing back.",
      speaker='Quinnipiac', attribution='official_statement', cue='found'),
 dict(span='Schale said Crist\'s personal approval numbers are "plummeting."', quote='plummeting.',
      speaker='Schale', attribution='paraphrase', cue='said'),
 dict(span="Pollster.com's tracking of several polls starting in October 2008 shows that Crist's favorable rating has declined among voters from around 70 percent, to between 50 and 55 percent.",
      speaker='Pollster.com', attribution='official_statement', cue='shows', hedges=['around']),
 dict(span="Crist's position in voters' minds hasn't changed all that much for most of 2010, and even has rebounded a little in some polls, according to the same figures.",
      attribution='reported', cue='according to the same figures'),
 dict(span='pollsters say his numbers remain solid.',
      speaker='pollsters', attribution='paraphrase', cue='say'),
], [
 dict(surface='nearly 70 percent', value=70, unit='percent', quantity="Crist's job approval in July (Rasmussen)", approx=True),
 dict(surface='5 percentage points', value=5, unit='percent', quantity="drop in Crist's job approval since 2008 (Quinnipiac)"),
 dict(surface='20 points', value=20, unit='percent', quantity="drop in Crist's favorable rating 2008-2009"),
 dict(surface='around 70 percent', value=70, unit='percent', quantity="Crist's earlier favorable rating (Pollster.com)", approx=True),
 dict(surface='50 and 55 percent', value=None, low=50, high=55, unit='percent', quantity="Crist's favorable rating now (Pollster.com)"),
 dict(surface='nearly two years', value=2, unit='years', quantity="period his job approval hasn't changed much", approx=True),
])

build('w15-liar2-15278', [
 dict(span=('Future 45 said voting for', 'government run health care ..."'),
      quote='any Democrat … socialism ... undefended open borders ... immediate tax increases ... 100% government run health care ...',
      speaker='Future 45', attribution='official_statement', cue='said'),
 dict(span='Congressional Democratic leaders have called for a restructuring of ICE',
      speaker='Congressional Democratic leaders', attribution='paraphrase', cue='have called for'),
 dict(span='The ad cherry-picks extreme positions and suggests all Democrats support them.',
      speaker='Future 45', attribution='official_statement', cue='suggests'),
], [
 dict(surface='100%', value=100, unit='percent', quantity='government-run health care (as said)'),
 dict(surface='100 percent', value=100, unit='percent', quantity='government-run health care'),
])
