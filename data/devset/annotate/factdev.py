"""The `factdev` split: 15 PolitiFact justifications from LIAR2 valid.csv (rule in liar2_select.py).

Annotated by hand from the text alone, by the conventions in ../README.md (the same as unseen.py):
organisations named as speakers (campaigns, advocacy groups, agencies) are `official_statement`;
generic groups ("experts", "analysts") are `paraphrase`; PolitiFact's own voice ("we found", "our
research showed", "X has a point that …") is not annotated; a multi-sentence quote whose sentences
PolitiFact checks separately is one claim per sentence. A dev split: rules may be built looking at it.
"""
from helper import build_liar2


def build(name, claims, figures):
    build_liar2(name, claims, figures, split='factdev')


build('d01-liar2-7540', [
 dict(span="We're already seeing bakers and florists and photographers forced to participate in same-sex marriages under the threat of law and in some cases even jail.", quote='SPAN',
      speaker='Perkins', attribution='direct_quote', cue='said'),
], [
 dict(surface='21', value=21, unit='count', quantity='states forbidding discrimination based on sexual orientation'),
])

build('d02-liar2-9246', [
 dict(span='Mark Zaccaria said that Sen. Jack Reed "cast the deciding vote in the Senate for the Affordable Care Act."',
      quote='cast the deciding vote in the Senate for the Affordable Care Act.', speaker='Mark Zaccaria',
      attribution='paraphrase', cue='said'),
 dict(span="Zaccaria's position is that because every \"yea\" vote in the motion to end debate on the act was crucial to passage, each of those votes -- 60 in all -- was the deciding vote.",
      speaker='Mark Zaccaria', attribution='paraphrase', cue='position is'),
], [
 dict(surface='60', value=60, unit='count', quantity='"yea" votes to end debate on the act'),
 dict(surface='59', value=59, unit='count', quantity='other yes votes besides Reed\'s'),
 dict(surface='15', value=15, unit='count', quantity='"ayes" that came after Reed\'s'),
])

build('d03-liar2-23297', [
 dict(span='Women are our main audience at Jo’s, however some trans men and/or nonbinary people have cervixes and to reduce as many cervical cancers as possible it is important that we also provide information for this group and the health professionals who support them', quote='SPAN',
      speaker='Unnamed spokesperson', attribution='direct_quote', cue='the spokesperson said', hedges=['unnamed source']),
 dict(span='The World Professional Association for Transgender Health recommends in its latest Standards of Care guidelines, published September 2022, that health care professionals discuss with transgender and gender diverse people what language or terminology they prefer.',
      speaker='World Professional Association for Transgender Health', attribution='official_statement',
      cue='recommends in its latest Standards of Care guidelines'),
], [])

build('d04-liar2-6761', [
 dict(span='I have the experience as Senate Budget Chair of cutting $4.5 billion in spending -- to close the deficit while protecting education and health care.', quote='SPAN',
      speaker='Buono', attribution='direct_quote', cue='claimed'),
 dict(span='The nonpartisan Office of Legislative Services confirms a $4.481 billion decrease in spending from fiscal year 2008 to fiscal year 2010.',
      speaker='Office of Legislative Services', attribution='official_statement', cue='confirms'),
], [
 dict(surface='$4.5 billion', value=4.5e9, unit='USD', quantity='spending cuts as Senate Budget Chair (as said)'),
 dict(surface='$4.481 billion', value=4.481e9, unit='USD', quantity='decrease in spending FY2008 to FY2010 (OLS)'),
 dict(surface='$2 billion', value=2e9, unit='USD', quantity='federal stimulus money protecting education and health care'),
 dict(surface='$4.5 billion', after='isn’t responsible for cutting', value=4.5e9, unit='USD', quantity='spending cuts Buono alone is not responsible for'),
])

build('d05-liar2-11144', [
 dict(span='Sanders said that Clinton called Obama "naive" for saying he was would "sit down and talk to the Iranians" during the 2008 Democratic primary.',
      quote='naive … sit down and talk to the Iranians', speaker='Sanders', attribution='paraphrase', cue='said'),
 dict(span='Both candidates said they supported more diplomacy between Iran and the United States than what the Bush administration had pursued.',
      speaker='Clinton and Obama', attribution='paraphrase', cue='said'),
 dict(span='Obama, on the other hand, said he would be willing to meet with Iranian leaders in his first year as president, without preconditions.',
      speaker='Obama', attribution='paraphrase', cue='said'),
 dict(span='It was Obama’s approach to diplomacy with Iran that she called naive, not the idea of pursuing diplomatic relations in general.',
      speaker='Clinton', attribution='paraphrase', cue='called'),
], [])

build('d06-liar2-18757', [
 dict(span='Warnock claimed Loeffler "focused on her own portfolio" after hearing about the COVID-19 threat and "profited from the pandemic," suggesting that she used non-public information about the coronavirus outbreak to make beneficial stock trades.',
      quote='focused on her own portfolio … profited from the pandemic', speaker='Warnock', attribution='paraphrase', cue='claimed'),
 dict(span='Loeffler denied using inside information',
      speaker='Loeffler', attribution='paraphrase', cue='denied'),
 dict(span='Senate Ethics Committee and Justice Department investigations found she did not violate laws or Senate rules barring insider trading.',
      speaker='Senate Ethics Committee and Justice Department', attribution='official_statement', cue='investigations found'),
 dict(span='Her disclosures and other news reports show that on the day she received a private coronavirus briefing and in the weeks weeks afterward, there were stock trades made on her behalf involving companies that would be affected by the pandemic, and she benefited from those trades.',
      attribution='reported', cue='Her disclosures and other news reports show', said_at='2020-10-28'),
], [])

build('d07-liar2-6642', [
 dict(span='After Patrick Murphy’s charges were dropped, Murphy’s father gave the prosecutor a huge campaign donation.', quote='SPAN',
      speaker='West', attribution='direct_quote', cue='says'),
 dict(span='West’s campaign emphasized that the ad simply lays out the facts for the viewers to decide.',
      speaker='West’s campaign', attribution='official_statement', cue='emphasized'),
], [
 dict(surface='$1,500', value=1500, unit='USD', quantity="donation by Murphy's father's companies to Fernandez Rundle after the case was dropped"),
 dict(surface='$500', value=500, unit='USD', quantity="donation by Murphy's father to Fernandez Rundle in 2000"),
 dict(surface='$1,500', after='call $1,500', value=1500, unit='USD', quantity='donations not called huge'),
 dict(surface='about $800,000', value=800000, unit='USD', quantity='raised by Fernandez Rundle in her 2004 campaign', approx=True),
 dict(surface='$50,000', value=50000, unit='USD', quantity='donations by the companies to Sink'),
])

build('d08-liar2-9821', [
 dict(span='Jones said the cheerleaders for the Dallas Cowboys have "entertained more troops in the world than Bob Hope."',
      quote='entertained more troops in the world than Bob Hope.', speaker='Jones', attribution='paraphrase', cue='said'),
 dict(span='an Air Force mention of Hope entertaining millions of troops',
      speaker='Air Force', attribution='official_statement', cue='mention'),
], [
 dict(surface='nearly 80', value=80, unit='count', quantity='USO tours by the Cowboys cheerleaders', approx=True),
 dict(surface='100', after='died at', value=100, unit='years', quantity='age of Bob Hope at death'),
 dict(surface='nearly 200', value=200, unit='count', quantity='USO swings by Bob Hope', approx=True),
 dict(surface='six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('d09-liar2-2749', [
 dict(span='We would have had to either increase taxes or other revenues or reduce expenditures in areas that might have been Draconian', quote='SPAN',
      speaker=None, attribution='direct_quote', cue='she said', hedges=['might']),
], [
 dict(surface='eight years', value=8, unit='years', quantity='period over which the Carcieri administration helped save taxpayers money'),
 dict(surface='substantially more than $1 billion', value=1e9, unit='USD', quantity='savings under the most liberal interpretation', approx=True),
 dict(surface='in the neighborhood of $930 million', value=930e6, unit='USD', quantity='savings under the most conservative estimate', approx=True),
])

build('d10-liar2-10923', [
 dict(span='Go look on the West Point website and you’ll see those specific words, ‘full scholarship to West Point.’', quote='SPAN',
      speaker='Carson', attribution='direct_quote', cue='saying'),
 dict(span='experts say Carson’s use of the word scholarship doesn’t properly explain the application and appointment process to West Point.',
      speaker='experts', attribution='paraphrase', cue='say'),
], [
 dict(surface='one', after='in one place', value=1, unit='count', quantity='places on the West Point website using "full scholarship" (before the correction)'),
])

build('d11-liar2-12572', [
 dict(span='Many of (Hillary Clinton’s) friends took bigger deductions (than me).', quote='SPAN',
      speaker='Trump', attribution='direct_quote', cue='said'),
 dict(span='Warren Buffett took a massive deduction.', quote='SPAN',
      speaker='Trump', attribution='direct_quote', cue='said'),
 dict(span='Soros, who is a friend of hers, took a massive deduction.', quote='SPAN',
      speaker='Trump', attribution='direct_quote', cue='said'),
 dict(span='Buffett says he personally took a $5.5 million deduction.',
      speaker='Warren Buffett', attribution='paraphrase', cue='says'),
 dict(span='Experts told us any deductions from this hedge fund would not appear on Soros’\xa0personal tax returns.',
      speaker='Experts', attribution='paraphrase', cue='told us'),
], [
 dict(surface='$916 million', value=916e6, unit='USD', quantity="Trump's loss"),
 dict(surface='$50 million', value=50e6, unit='USD', quantity='deduction per year the loss could have allowed'),
 dict(surface='18 years', value=18, unit='years', quantity='years over which the deduction could be taken'),
 dict(surface='$514 million', value=514e6, unit='USD', quantity="deduction taken by Buffett's company in 2013"),
 dict(surface='$5.5 million', value=5.5e6, unit='USD', quantity='deduction Buffett says he personally took'),
])

build('d12-liar2-10700', [
 dict(span='claiming Atlanta has issued an increasing number of misdemeanor citations since Mayor Kasim Reed took office in 2010.',
      speaker='Unnamed reader', attribution='paraphrase', cue='claiming', hedges=['unnamed source']),
 dict(span='The reason was money, the reader argued.',
      speaker='Unnamed reader', attribution='paraphrase', cue='the reader argued', hedges=['unnamed source']),
], [
 dict(surface='about 16 percent', value=16, unit='percent', quantity='increase in citations since Reed took office', approx=True),
 dict(surface='45 percent', value=45, unit='percent', quantity='increase in revenue from citations since Reed took office'),
])

build('d13-liar2-20963', [
 dict(span='A Facebook post said that "according to Congress, travel nurses need a pay cap."',
      quote='according to Congress, travel nurses need a pay cap.', speaker='Unnamed Facebook user',
      attribution='paraphrase', cue='said', hedges=['unnamed source']),
 dict(span='A group of nearly 200 legislators sent a letter to the White House asking for a federal investigation into what it called "inflated" prices that staffing agencies are charging hospitals to supply nurses.',
      quote='inflated', speaker='group of nearly 200 legislators', attribution='paraphrase',
      cue='sent a letter to the White House asking', hedges=['nearly']),
 dict(span='The two main authors of the letter said they do not want to see lower pay for travel nurses as a result and would not support any legislation that proposes that.',
      speaker='two main authors of the letter', attribution='paraphrase', cue='said'),
 dict(span='Some states are considering rate caps on what staffing agencies can charge hospitals and that could ultimately result in lowered salaries for nurses, an industry expert said.',
      speaker='Unnamed industry expert', attribution='paraphrase', cue='an industry expert said', hedges=['unnamed source']),
], [
 dict(surface='nearly 200', value=200, unit='count', quantity='legislators who sent the letter', approx=True),
 dict(surface='two', after='The two main authors', value=2, unit='count', quantity='main authors of the letter'),
])

build('d14-liar2-5974', [
 dict(span=("In 2010, [Anthony] Gemma described himself", 'Now he claims to be pro-choice.'), quote='SPAN',
      speaker='NARAL Pro-Choice America', attribution='direct_quote', cue='said'),
 dict(span='saying that he supported a woman’s right to abortion only in cases of rape, incest and the health of the mother',
      speaker='Anthony Gemma', attribution='paraphrase', cue='saying'),
 dict(span="saying he would defend a woman's right to choose when it comes to health care and family planning options",
      speaker='Anthony Gemma', attribution='paraphrase', cue='saying'),
 dict(span='He may be calling himself a "pro-life Democrat" in the same breath',
      quote='pro-life Democrat', speaker='Anthony Gemma', attribution='paraphrase', cue='calling himself', hedges=['may']),
 dict(span="I vow to protect a woman's right to choose", quote='SPAN',
      speaker='Anthony Gemma', attribution='direct_quote', cue='says'),
 dict(span='NARAL says Gemma changed his position after his appearance on WHJJ.',
      speaker='NARAL Pro-Choice America', attribution='official_statement', cue='says'),
 dict(span='NARAL says Gemma has gone from being a "pro-life" candidate to calling himself a "pro-choice" one',
      speaker='NARAL Pro-Choice America', attribution='official_statement', cue='says'),
], [])

build('d15-liar2-17657', [
 dict(span='An RNC video says Joe Biden said voting by mail is a way to "fundamentally change this country," contradicting past statements by Barack Obama and Debbie Wasserman Schultz.',
      quote='fundamentally change this country', speaker='RNC', attribution='official_statement', cue='says'),
 dict(span='we have an incredible opportunity to not just dig out of this crisis but to fundamentally change this country', quote='SPAN',
      speaker='Joe Biden', attribution='direct_quote', cue='stating'),
 dict(span='the video’s theme that Democrats want to use mail-in balloting to "radically change" American elections.',
      quote='radically change', speaker='RNC', attribution='official_statement', cue='launching into the video’s theme'),
], [
 dict(surface='three', after='these three Democrats', value=3, unit='count', quantity='Democrats quoted in the video'),
])
