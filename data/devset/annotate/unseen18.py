"""The `unseen18` split: 30 more PolitiFact justifications from LIAR2 test.csv (rule in liar2_select.py:
the shorter justifications, 600 to 799 characters, skip 130, count 30).

Annotated blind: from the text alone, by the conventions in ../README.md (and the choices of
unseen.py, factdev.py, unseen2.py … unseen16.py), by someone who wrote no extraction rule, never ran
the extractor and saw no other annotation of these texts, and committed before the extractor was run
on any of them (78 attributed claims, 60 figures). These texts are short (most are the end of a justification, one is a
reader's signed letter, one ends on a quote); they are annotated by exactly the same conventions.
Organisations named as speakers ("Occupy Democrats" / "The group", "For Our Future Florida", "One
Nation" / "The ad", "Opportunity Wisconsin", "The MacIver Institute", "The Arkansas
Democrat-Gazette", "McClatchy Newspapers", "the Legislative Audit Bureau", "the Board of Elections"
behind its "precise figures", "the CBO" behind "the CBO report") are `official_statement` when
indirect and `direct_quote` when quoted whole; officials of an institution ("U.S. commanders",
"Officials at the airport" / "airport officials", one speaker "airport officials") are
`official_statement` without a hedge (as unseen6's "School district officials"); generic groups
("Senate Republicans" — nothing in the excerpt makes them an organisation, as unseen9's "Florida
Democrats" —, "Experts", "experts", "economists", "researchers", "independent military analysts",
"critics", "Seismologists") are `paraphrase`; unnamed people are "Unnamed <noun>" with the hedge
"unnamed source", the owner kept in the role ("a statistician involved in the work" "Unnamed
statistician", "a judge" "Unnamed judge", "King’s son and daughter" "Unnamed son and daughter",
"King’s niece" "Unnamed niece", "An airport official" "Unnamed official", "A pro-Trump
advertisement" "Unnamed ad creator" — `paraphrase`, as unseen8's "The ad’s creator" —, "an interest
group" behind its poll "Unnamed interest group" — `official_statement`, as unseen4's "Unnamed
anti-abortion group"). Speakers the body names only by surname keep the surname ("Homer-Dixon",
"Book", "Bush", "Trump"), the header statement being no part of the body. Choices the README and the
earlier specs did not already settle:
- h02 is a letter to the editor signed at its end ("State Rep. Kevin Levitas, Georgia House District
  82"): its sentences are the writer's own voice, not attributed claims (as PolitiFact's own "we";
  the writer as speaker is no claim); only the speech it reports is annotated: Roy Barnes's "his
  allegoric suggestion that he would scrape gold from the Capitol dome, if need be, to improve
  education" (a noun reporting speech with its content, as unseen11's "Baker’s insistence that …",
  cue "allegoric suggestion" as k23's "implicit suggestion"). The AJC's "scoffed at … by demeaning
  …", "verbal nitpicking" and "800-plus word attack devoted to my characterization" are speech
  without content (as unseen11's "ridiculing Fox News' coverage"): no claims.
- Multi-part quotes: Opportunity Wisconsin's quote (h26: loophole … "Then he cashed out … for $5
  million" … "(he has) doubled his wealth …") is three claims, one per piece between the "…", all
  `direct_quote` with cue "claimed" (PolitiFact checks the loophole, the $5 million and the doubling
  one by one, as unseen15's l16); Homer-Dixon's second quote (h01: "So, 1) I didn’t write the text,
  2) … 3) … is meaningless. Three strikes.") is one continuation claim with cue null (one sentence
  with a numbered list plus a summary that asserts nothing of its own, as unseen6's Cantor) and
  Odierno's second quoted sentence (h28, "I think the plan will reflect that …") likewise.
  Maddow's quote with its own " ... (and) " stays one claim, quote = span.
- Spans leave out the "Our rating" / "Our conclusion" headings LIAR2 runs into the next sentence
  (h06, h10, h29, as unseen10) and the lead-in "So, let’s review:" (h08); h01's sentence ends " ." —
  the span stops at "website". Framing adverbials stay ("In announcing a bill that would roll back
  … healthier," h03; "In trying to draw a contrast to Hillary Clinton," h24; as unseen7's "In
  talking about …"). Sentences whose second half is PolitiFact's are cut: "According to the
  Legislative Audit Bureau, those numbers are right" (before "— but they don’t take into account
  …"), "U.S. commanders say it would be a lengthy process" / "independent military analysts have
  said …" (two speakers, two claims), "Officials at the airport asked that a well be shut down"
  (before ", and after it was, …"), "Bush says he released all the emails he was required to under
  Florida law" / "Clinton says she turned over …" (two speakers, two claims, "in the same way" left
  out), "McClatchy Newspapers has reported that …" / "critics said that estimate is overly
  optimistic." (two speakers).
- Speech acts whose content is stated or clear are claims, following the earlier generous lists:
  h01 "Homer-Dixon … even called out the meme in a May 2018 post on his website" (as k20's
  "dismissed the coronavirus speculation" and m18's "publicly denounced"; cue "even called out",
  the README's "even" joining the cue; role from the apposition, his current post); h04 "where she
  talks about the campaign choosing not to invite the public …" (Garcia, relative clause from
  "where", as unseen9's "did talk about"); h05 "The group defends its statement by saying "it’s the
  logical conclusion" …" (one claim, cue "defends", as unseen9's "Weatherford defended … by saying")
  and "Cole suggests using birth certificates …"; h08 "the CBO report he relies on says …" inside
  PolitiFact's "While it’s [true] that" (as unseen10's "Obama specifically proposes" inside "it is
  right that"; cue "says"; span without "While it’s  that" and PolitiFact's ", it does not arrive
  …") and "that that CBO itself says would "…"" (from the first, relative "that"; the doubled "that"
  is the text's); h11 "a statistician involved in the work advises against saying the 83-percent
  figure … reflects the share …" (cue "advises against saying"; PolitiFact's "perhaps more
  significantly" outside the span); h12 "his October 2018 promise said …" (Evers', "X's statement"
  speaking for X, cue "said"); h17 "A pro-Trump advertisement makes several claims about Hillary
  Clinton’s hypocritical treatment of women, …" (topic given, cue "makes several claims about"),
  "The broader message — that Clinton enabled her husband’s alleged sexual assaults" (the ad's
  implied content, as unseen8's "the subtext of the Facebook post — that …"; least certain — it may
  be read as the public debate's message) and "saying Hillary Clinton "savaged" … "and shamed them.""
  (span and cue from "saying", PolitiFact's "The ad further misleads by" left out, as unseen10's
  Jerven "by saying"); h20 "Trump said he didn’t know." (the negation is in the content, not of the
  saying) and "a judge ruled that Trump had to pay $325,000 plus interest." (a ruling with its
  content; "Unnamed judge"); h21 "He told us he had heard the  many times but, after doing some
  research, now concludes that the  is cloudy" (one claim: "now concludes" sits inside what he told
  us) and "said he will stop using the line in speeches." (a second speech verb with its own
  content: a second claim), "King’s son and daughter have denied claims that …", and the niece's
  "who once said the civil rights leader was a Republican" (from "who") besides her sentence
  "King’s niece, …, retracted that statement three years ago." (cue "retracted", as unseen12's "was
  recanted by the website"); h23 "An airport official confirms Maddow's story, aside from the fact
  that it was one well." (as unseen4's "reiterated that stance"), "Officials at the airport asked
  that a well be shut down" (a request, as unseen15's "asked Washington residents"), "Seismologists
  linked the well to the earthquakes." (as unseen11's "he links that to"), and the Update's "to make
  clear that airport officials asked Chesapeake Energy to shut down the well." gives the officials'
  claim (span from "airport officials", said_at null; the update itself is PolitiFact's, as
  unseen15's Correction); h24 "In trying to draw a contrast …, Bush actually offered much of the same
  defense." (as unseen15's "offered that projection"); h27 "the specifics Omar offered" (as
  unseen15's "the data he offers"); h30 "The ad makes it seem that …" (One Nation's, as k09's "makes
  it sound like").
- Sourced statements: "according to the precise figures from the Board of Elections, he was off by
  nearly 350 -- roughly 4 percent." (h22) is `official_statement`, speaker "Board of Elections", cue
  "according to the precise figures from the Board of Elections" (PolitiFact's arithmetic on the
  Board's numbers, as unseen8's "based on previous data provided by Trump officials, the number at
  least surpasses 1,900"); "…, according to the latest projections." (h12, projections with no
  named maker) is `reported` with said_at null (as unseen2/unseen6's "according to / per <data>");
  the following agentless "Only married filers … are expected to see …" is `reported` with the
  publication date and the hedge "expected" (as unseen7's t11); "we did find other polls showing
  that …" (h15) gives the `reported` claim from "other polls", cue "polls showing", publication date
  (as unseen11's "We found … five other studies that conclude"). h15's "It showed a majority of
  those NRA gun owners believe "…"" is the poll's, spoken for by its maker "an interest group" never
  named ("Unnamed interest group", cue "showed"; least certain — `reported` as unseen15's "The survey
  … shows" is the alternative; "the Luntz poll" later names the poll, not its maker).
- Not claims: provenance ("He derived that number in part from guesswork", "the CBO report he
  relies on", "Scott relies on speculative GDP projections to predict a number", "She relied on a
  poll …", "Sanders based this on a study that looked at …", "Those numbers reflect the company’s
  official filing", as unseen10's "Rubio pulled his number from"); h22's "Block’s underlying point
  that the master lever confuses many voters is valid" (PolitiFact's reading of his point, as
  unseen8's "His point was that …" and k09's "Perry has a valid point to make -- that …"; least
  certain, cf. k16's "Youngkin’s contention that …"); h20's "The lawsuit sought $1 million in
  damages" (a legal demand, an action; least certain); h04's "retweeted a clip of Garcia’s segment"
  (sharing, no content), "delivered remarks", "The Facebook post’s  contains … it did show … but it
  ignores that …" (PolitiFact's verdict); omissions, negations and comparatives ("There is nothing in
  Cole’s bill that says", "other possibilities the group doesn’t consider", "We found no  to
  suggest", "Omar failed to note", "That’s about two-thirds more than Omar said", "than the Cornyn
  amendment proposed", "he, too, backs away from it" — as unseen11's "backed off that promise");
  "leave the  impression about the real numbers" (h27, a topic, no content); "has been and
  continues to be debated, by pundits and experts alike" (no content asserted, as unseen10's "is
  hotly debated"); "quotes attributed to Clinton"; "If Cuomo had said …" (counterfactual); votes and
  actions ("Kyrillos voted in favor of borrowing", "the state has also approved", "Cole is trying
  to tighten", "Bush repackaged on a website"); nested speech inside a claim (the Pentagon
  simulation's "suggested" in McClatchy's report, "people who accused Bill Clinton" in the ad's
  claim, "Walker’s pay proposal" in MacIver's, Evers' "promise" in his "said", the gun owners'
  "believe" in the poll's, "claims that their father sided with the GOP" in the children's denial,
  "the  … he had heard" in Van Cleave's); rating sentences ("We rate claims that a photo shows …"),
  "Our definition of", the NJ.com and PolitiFact Rhode Island boilerplate.
- said_at: nothing is dated to a day: "in a May 2018 post", "his October 2018 promise", "at a rally",
  "at a briefing this month", "three years ago", "during an event in Fishkill" give no day: null; the
  Update's "Feb. 24, 2014" dates the update, not the officials' asking: null. `reported` claims in
  the article's voice get the publication date.
- Cues: after a quote the speaker's mention with the verb's adjuncts ("Homer-Dixon wrote in the
  post", "Book said", "Cuomo said during an event in Fishkill", "Army Lt. Gen. Ray Odierno, the
  deputy commander of forces in Iraq, said at a briefing this month", "researchers say", "experts
  say"); "said at a rally", "told the newspaper", "also say", "itself says", "actually offered",
  "once said", "have denied", "has reported", "have said".
- Hedges: approximators kept where no figure follows (as unseen11's "nearly every"): "about" in the
  experts' "about the same" (h03) and "almost" in the newspaper's "almost exclusively" (h19; least
  certain); "alleged" in the ad's message (a reporting hedge); "guesstimate" (h25) and "estimate"
  (h28's critics) as estimate words (as k09's "takes the highest estimate", k26's "its estimates");
  "of more" (h12, sic for "or more", as written); "or so", "as little as", "under", "over", "more
  than", "nearly", "roughly", "about", "likely", "may", "probably", "expected"; "could", "I think",
  "at best", "only", "a little bit" are no hedges.
- Figures: "Three strikes" (h01, in the quote) is a count of 3 (the three numbered objections;
  least certain, it is also an idiom) while the list numbers "1)", "2)", "3)" are no figures (as
  unseen12's "1." / "2."); "about 200 words" and "800-plus word attack" (h02) are counts, approx
  ("-plus" as in unseen15's "three-plus years"); "Georgia House District 82" is a name; "viewed on
  YouTube nearly 50,000 times" (h04) is a frequency ("N times" with a verb, as unseen12's "shot him
  53 times"): no figure — least certain; "second son" an ordinal; "four or five" a count range 4–5;
  "over the next two decades" 20 years and "the second 10 years" 10 years (durations); "a third"
  percent 33.3, "about one-fourth" percent 25, approx; Cornyn's more "than 80 percent" has the
  surface "80 percent", approx (the quote mark splits the approximator, as unseen9's ""… $1,300" or
  more"); "83-percent figure" percent 83; "under $150,000" and "sub-$150,000" USD 150,000, approx
  (a bound, as "under 18"; "sub-" kept in the surface as unseen15's "negative-"); "between $30,000
  and $60,000" a USD range (surface "$30,000 and $60,000", as unseen11); "10% of more" percent 10,
  approx, surface as written (as unseen10's "as many 10"); "$15 an hour" gives "$15"; "nearly $15
  billion dollars" keeps "dollars" in the surface (a unit word written with the number); "a million
  dollars or so" USD 1,000,000, approx; "a half-million or more" a count, approx; "about a year"
  `years` 1, approx (a duration, as unseen7's "over the course of a year"); "about two-thirds more"
  percent 66.7, approx (a relative difference, as unseen6's "65 percent more"); "one well" a count
  of 1 (set against Maddow's "the wells"); "a single moderate" no figure; "six months", "in recent
  months" are months; "three years ago", "a few years ago", "last year", "earlier this year" time
  expressions; "Thousands", "millions", "tens of millions", "several", "many times", "a majority"
  give no number; "nearly quadrupled" a ratio; "the six PolitiFact ratings" a count (as the earlier
  sets); "COVID", "ARPA", "2011", "Jan. 1, 2012", "Feb. 24, 2014", "April 2018", "May 2018",
  "October 2018", the sharethefacts address, "[email protected]", "@politifactri" are names, dates
  and links.
"""
from helper import build_liar2


def build(name, claims, figures):
    build_liar2(name, claims, figures, split='unseen18')


UNN = ['unnamed source']

build('h01-liar2-15925', [
 dict(span=('Homer-Dixon , who served', 'in a May 2018 post on his website'),
      speaker='Homer-Dixon', role='professor at the Balsillie School of International Affairs',
      attribution='paraphrase', cue='even called out'),
 dict(span='It’s worth noting that it would be pointless to put wind turbines in poor locations, and it’s trivial, or meaningless, to say that a turbine would never pay back its embedded energy in a poor location', quote='SPAN',
      speaker='Homer-Dixon', attribution='direct_quote', cue='Homer-Dixon wrote in the post'),
 dict(span='So, 1) I didn’t write the text, 2) the text itself is selectively quoted, and 3) the argument it makes, taken in isolation, is meaningless. Three strikes.', quote='SPAN',
      speaker='Homer-Dixon', attribution='direct_quote', cue=None),
], [
 dict(surface='Three', value=3, unit='count', quantity='strikes against the meme (as said)'),
])

build('h02-liar2-1754', [
 dict(span='his allegoric suggestion that he would scrape gold from the Capitol dome, if need be, to improve education',
      speaker='Roy Barnes', attribution='paraphrase', cue='allegoric suggestion'),
], [
 dict(surface='about 200', value=200, unit='count', quantity='words the AJC ceded for Levitas’ response', approx=True),
 dict(surface='800-plus', value=800, unit='count', quantity='words of the AJC’s attack', approx=True),
])

build('h03-liar2-15049', [
 dict(span=('In announcing a bill', 'diminished use of school lunches!"'),
      quote='cause large amounts of food waste & diminished use of school lunches!',
      speaker='Hartzler', attribution='paraphrase', cue='tweeted'),
 dict(span=('Experts say the observation-based', 'on every child’s plate.'),
      speaker='Experts', attribution='paraphrase', cue='say', hedges=['about']),
 dict(span='They also say that no substantial drop off in school lunch program participation has occurred since the law went into effect.',
      speaker='Experts', attribution='paraphrase', cue='also say'),
], [])

build('h04-liar2-18593', [
 dict(span='where she talks about the campaign choosing not to invite the public to avoid drawing a crowd.',
      speaker='Garcia', attribution='paraphrase', cue='talks about'),
], [])

build('h05-liar2-11148', [
 dict(span='Occupy Democrats said Cole "wants schools to check children’s genitals before using bathroom."',
      quote='wants schools to check children’s genitals before using bathroom.',
      speaker='Occupy Democrats', attribution='official_statement', cue='said'),
 dict(span='The group defends its statement by saying "it’s the logical conclusion" of legislation that’s silent on how it would be enforced.',
      quote='it’s the logical conclusion', speaker='Occupy Democrats', attribution='official_statement', cue='defends'),
 dict(span='Cole suggests using birth certificates and student records to verify a student’s anatomical gender.',
      speaker='Cole', attribution='paraphrase', cue='suggests'),
], [])

build('h06-liar2-9711', [
 dict(span=('Walker said that in "the past four or five"', 'end up being the nominees."'),
      quote='the past four or five … people who poll high at the beginning are not the people who end up being the nominees.',
      speaker='Walker', attribution='paraphrase', cue='said'),
], [
 dict(surface='Five', value=5, unit='count', quantity='contenders who scored high in the earliest polls and won the nomination'),
 dict(surface='four or five', low=4, high=5, unit='count', quantity='past presidential elections (as said)'),
 dict(surface='five', after='Indeed, five', value=5, unit='count', quantity='contenders who polled well early and became the nominee'),
])

build('h07-liar2-14679', [
 dict(span="Amazon Echo is recording every conversation in a person's home and transmitting it to the cloud.", quote='SPAN',
      speaker='Khanna', attribution='direct_quote', cue='said'),
], [])

build('h08-liar2-2701', [
 dict(span="So the number is probably not right, and even if it were, it's meaningless", quote='SPAN',
      speaker='Book', attribution='direct_quote', cue='Book said', hedges=['probably']),
 dict(span='Scott says health care reform would reduce the deficit by nearly $1.2 trillion over the next two decades.',
      speaker='Scott', attribution='paraphrase', cue='says', hedges=['nearly']),
 dict(span='the CBO report he relies on says the health care bill -- with the proposed reconciliation -- would continue to improve the deficit situation in the second 10 years',
      speaker='CBO', attribution='official_statement', cue='says'),
 dict(span=('that that CBO itself says', 'simply too great."'),
      quote='not be meaningful because the uncertainties involved are simply too great.',
      speaker='CBO', attribution='official_statement', cue='itself says'),
], [
 dict(surface='nearly $1.2 trillion', value=1.2e12, unit='USD', quantity='deficit reduction from health care reform (as said)', approx=True),
 dict(surface='two decades', value=20, unit='years', quantity='period of the deficit reduction (as said)'),
 dict(surface='10 years', value=10, unit='years', quantity='second period of the CBO’s deficit projection'),
 dict(surface='$1.2 trillion', after='arrive at a', value=1.2e12, unit='USD', quantity='the figure the CBO report does not arrive at'),
])

build('h09-liar2-14550', [
 dict(span='For Our Future Florida said that Scott "just signed a bill that could make most of Florida’s beaches private."',
      quote='just signed a bill that could make most of Florida’s beaches private.',
      speaker='For Our Future Florida', attribution='official_statement', cue='said'),
], [])

build('h10-liar2-21012', [
 dict(span='Senate Republicans claimed that Evers had only gotten a third of COVID relief money out the door, still sitting on about $930 million in ARPA funds, as well as some CARES Act funding.',
      speaker='Senate Republicans', attribution='paraphrase', cue='claimed', hedges=['about']),
 dict(span='According to the Legislative Audit Bureau, those numbers are right',
      speaker='Legislative Audit Bureau', attribution='official_statement', cue='According to the Legislative Audit Bureau'),
], [
 dict(surface='a third', value=100 / 3, unit='percent', quantity='share of COVID relief money Evers got out the door (as said)'),
 dict(surface='about $930 million', value=930e6, unit='USD', quantity='ARPA funds Evers left unspent (as said)', approx=True),
])

build('h11-liar2-9906', [
 dict(span='Cornyn said more "than 80 percent of sex trafficking victims in America are U.S. citizens."',
      quote='than 80 percent of sex trafficking victims in America are U.S. citizens.',
      speaker='Cornyn', attribution='paraphrase', cue='said', hedges=['more than']),
 dict(span=('a statistician involved in the work advises', 'across the country.'),
      speaker='Unnamed statistician', role='statistician involved in the work', attribution='paraphrase',
      cue='advises against saying', hedges=UNN),
], [
 dict(surface='80 percent', value=80, unit='percent', quantity='share of sex trafficking victims in America who are U.S. citizens (as said, "more than")', approx=True),
 dict(surface='75 percent', value=75, unit='percent', quantity='share of victims who are citizens, from the same study'),
 dict(surface='83-percent', value=83, unit='percent', quantity='share of victims who are citizens in the study'),
 dict(surface='18', after='from 18', value=18, unit='count', quantity='law enforcement task forces the study’s information came from'),
 dict(surface='six', after='the six', value=6, unit='count', quantity='PolitiFact ratings'),
])

build('h12-liar2-17064', [
 dict(span='Evers said he "delivered" on his promise of a 10% tax cut for Wisconsin families.',
      quote='delivered', speaker='Evers', attribution='paraphrase', cue='said'),
 dict(span='his October 2018 promise said all married filers with an income under $150,000 would see a 10% tax cut.',
      speaker='Evers', attribution='paraphrase', cue='said', hedges=['under']),
 dict(span='The final changes passed into law will yield a 10% tax cut for only about one-fourth of that group, according to the latest projections.',
      attribution='reported', cue='according to the latest projections', hedges=['about']),
 dict(span='Only married filers with incomes between $30,000 and $60,000 are expected to see an average cut of 10% of more.',
      attribution='reported', cue='are expected to', said_at='2020-01-22', hedges=['expected', 'of more']),
], [
 dict(surface='10%', value=10, unit='percent', quantity='tax cut Evers promised Wisconsin families (as said)'),
 dict(surface='under $150,000', value=150000, unit='USD', quantity='income limit of the married filers promised the cut', approx=True),
 dict(surface='10%', after='would see a', value=10, unit='percent', quantity='tax cut promised to married filers under $150,000'),
 dict(surface='10%', after='will yield a', value=10, unit='percent', quantity='tax cut the final changes yield for some filers (projections)'),
 dict(surface='about one-fourth', value=25, unit='percent', quantity='share of the group getting a 10% cut (projections)', approx=True),
 dict(surface='sub-$150,000', value=150000, unit='USD', quantity='income limit of the group', approx=True),
 dict(surface='4.9%', value=4.9, unit='percent', quantity='average tax cut of the sub-$150,000 group'),
 dict(surface='$30,000 and $60,000', low=30000, high=60000, unit='USD', quantity='income band of filers expected to see a 10% average cut'),
 dict(surface='10% of more', value=10, unit='percent', quantity='average cut expected for that band', approx=True),
])

build('h13-liar2-20644', [
 dict(span='Even after accounting for rising prices, the typical American family has more money in their pockets than they did last year.', quote='SPAN',
      speaker='Biden', attribution='direct_quote', cue='said'),
], [])

build('h14-liar2-11681', [
 dict(span='Increasing the min. wage to $15 an hour would reduce spending on food stamps, public housing and other programs by over $7.6 billion a year.', quote='SPAN',
      speaker='Sanders', attribution='direct_quote', cue='tweeted', hedges=['over']),
 dict(span='economists say there’s good reason to believe that jobs lost\xa0from a wage hike that large could be significant.',
      speaker='economists', attribution='paraphrase', cue='say'),
], [
 dict(surface='$15', value=15, unit='USD', quantity='hourly minimum wage in Sanders’ tweet (as said)'),
 dict(surface='over $7.6 billion', value=7.6e9, unit='USD', quantity='yearly reduction in spending on food stamps, public housing and other programs (as said)', approx=True),
 dict(surface='$10.10', value=10.10, unit='USD', quantity='minimum wage the study looked at'),
 dict(surface='$15', after='not to $15', value=15, unit='USD', quantity='minimum wage the study did not look at'),
 dict(surface='$15', after='study of a $15', value=15, unit='USD', quantity='minimum wage of the hike no study covers'),
])

build('h15-liar2-6859', [
 dict(span='even members of the NRA, when they were polled recently, were under the impression that everyone has a criminal background check.', quote='SPAN',
      speaker='Jackie Speier', role='Rep.', attribution='direct_quote', cue='said'),
 dict(span='It showed a majority of those NRA gun owners believe "everyone who wants to buy a gun has to pass a background check."',
      quote='everyone who wants to buy a gun has to pass a background check.',
      speaker='Unnamed interest group', attribution='official_statement', cue='showed', hedges=UNN),
 dict(span='other polls showing that NRA members support background checks for all, including private purchases and purchases at gun shows.',
      attribution='reported', cue='polls showing', said_at='2013-01-15'),
], [])

build('h16-liar2-5756', [
 dict(span=('Menendez said Kyrillos "voted to raid', 'to repay that money."'),
      quote="voted to raid the state's pension funds by $2.8 billion that is costing New Jersey taxpayers still today to the tune of nearly $15 billion dollars to repay that money.",
      speaker='Menendez', attribution='paraphrase', cue='said', hedges=['nearly']),
], [
 dict(surface='$2.8 billion', value=2.8e9, unit='USD', quantity='pension funds Kyrillos voted to raid (as said)'),
 dict(surface='nearly $15 billion dollars', value=15e9, unit='USD', quantity='cost to New Jersey taxpayers to repay (as said)', approx=True),
 dict(surface='$2.75 billion', value=2.75e9, unit='USD', quantity='borrowing Kyrillos voted for to put into the pension funds'),
 dict(surface='nearly $600 million', value=600e6, unit='USD', quantity='pension payments Whitman avoided that year', approx=True),
 dict(surface='$2.8 billion', after='To call it', value=2.8e9, unit='USD', quantity='the claimed raid on pension funds'),
 dict(surface='about $10.1 billion', value=10.1e9, unit='USD', quantity='total cost of the bonds to taxpayers', approx=True),
 dict(surface='$15 billion', after='about $10.1 billion', value=15e9, unit='USD', quantity='the claimed cost to taxpayers'),
])

build('h17-liar2-11950', [
 dict(span='A pro-Trump advertisement makes several claims about Hillary Clinton’s hypocritical treatment of women, relying primarily on her own words or those of close confidants.',
      speaker='Unnamed ad creator', attribution='paraphrase', cue='makes several claims about', hedges=UNN),
 dict(span='The broader message — that Clinton enabled her husband’s alleged sexual assaults',
      speaker='Unnamed ad creator', attribution='paraphrase', cue='broader message', hedges=['alleged', 'unnamed source']),
 dict(span=('saying Hillary Clinton "savaged"', '"and shamed them."'),
      quote='savaged … and shamed them.',
      speaker='Unnamed ad creator', attribution='paraphrase', cue='saying', hedges=UNN),
], [])

build('h18-liar2-12827', [
 dict(span='Taxes for every New Yorker are lower today than when I started', quote='SPAN',
      speaker='Cuomo', attribution='direct_quote', cue='Cuomo said during an event in Fishkill'),
], [])

build('h19-liar2-22659', [
 dict(span='The Arkansas Democrat-Gazette reported that the birds were likely cedar waxwings, which feed almost exclusively on berries.',
      speaker='Arkansas Democrat-Gazette', attribution='official_statement', cue='reported', hedges=['likely', 'almost']),
 dict(span=('Karen Rowe, an ornithologist', 'off buildings and died.'),
      speaker='Karen Rowe', role='ornithologist with the Arkansas Game and Fish Commission',
      attribution='paraphrase', cue='told the newspaper', hedges=['may']),
], [])

build('h20-liar2-11323', [
 dict(span='Rubio said Trump "hired from Poland and he had to pay a million dollars or so in a judgment."',
      quote='hired from Poland and he had to pay a million dollars or so in a judgment.',
      speaker='Rubio', attribution='paraphrase', cue='said', hedges=['or so']),
 dict(span='Trump said he didn’t know.',
      speaker='Trump', attribution='paraphrase', cue='said'),
 dict(span='a judge ruled that Trump had to pay $325,000 plus interest.',
      speaker='Unnamed judge', attribution='paraphrase', cue='ruled', hedges=UNN),
], [
 dict(surface='a million dollars or so', value=1e6, unit='USD', quantity='judgment Trump had to pay (as said)', approx=True),
 dict(surface='200', value=200, unit='count', quantity='undocumented Polish workers Trump’s contractor hired'),
 dict(surface='$1 million', value=1e6, unit='USD', quantity='damages the lawsuit sought'),
 dict(surface='$325,000', value=325000, unit='USD', quantity='what a judge ruled Trump had to pay, plus interest'),
])

build('h21-liar2-11170', [
 dict(span='Van Cleave said at a rally that Martin Luther King Jr. was a Republican.',
      speaker='Van Cleave', attribution='paraphrase', cue='said at a rally'),
 dict(span='He told us he had heard the  many times but, after doing some research, now concludes that the  is cloudy',
      speaker='Van Cleave', attribution='paraphrase', cue='told us'),
 dict(span='said he will stop using the line in speeches.',
      speaker='Van Cleave', attribution='paraphrase', cue='said'),
 dict(span='Experts say King eschewed party labels and was critical of both major parties.',
      speaker='Experts', attribution='paraphrase', cue='say'),
 dict(span='King’s son and daughter have denied claims that their father sided with the GOP.',
      speaker='Unnamed son and daughter', role='King’s son and daughter', attribution='paraphrase',
      cue='have denied', hedges=UNN),
 dict(span='who once said the civil rights leader was a Republican',
      speaker='Unnamed niece', role='King’s niece', attribution='paraphrase', cue='once said', hedges=UNN),
 dict(span='King’s niece, who once said the civil rights leader was a Republican, retracted that statement three years ago.',
      speaker='Unnamed niece', role='King’s niece', attribution='paraphrase', cue='retracted', hedges=UNN),
], [])

build('h22-liar2-6998', [
 dict(span="More than 9,000 Rhode Island voters used the Moderate Party master lever mechanism and they didn't have a single moderate on their ballot.", quote='SPAN',
      speaker='Kenneth Block', attribution='direct_quote', cue='said', hedges=['more than']),
 dict(span='according to the precise figures from the Board of Elections, he was off by nearly 350 -- roughly 4 percent.',
      speaker='Board of Elections', attribution='official_statement',
      cue='according to the precise figures from the Board of Elections', hedges=['nearly', 'roughly']),
], [
 dict(surface='More than 9,000', value=9000, unit='count', quantity='Rhode Island voters who used the Moderate Party master lever with no Moderate on the ballot (as said)', approx=True),
 dict(surface='nearly 350', value=350, unit='count', quantity='voters by which Block was off', approx=True),
 dict(surface='roughly 4 percent', value=4, unit='percent', quantity='Block’s error', approx=True),
 dict(surface='More than 8,000', value=8000, unit='count', quantity='voters who used the lever to vote for absent Moderate Party candidates', approx=True),
])

build('h23-liar2-8446', [
 dict(span=('When the Dallas/Fort Worth Airport needed', 'those earthquakes stopped.'), quote='SPAN',
      speaker='Maddow', attribution='direct_quote', cue='said'),
 dict(span="An airport official confirms Maddow's story, aside from the fact that it was one well.",
      speaker='Unnamed official', role='airport official', attribution='paraphrase', cue='confirms', hedges=UNN),
 dict(span='Officials at the airport asked that a well be shut down',
      speaker='airport officials', attribution='official_statement', cue='asked'),
 dict(span='Seismologists linked the well to the earthquakes.',
      speaker='Seismologists', attribution='paraphrase', cue='linked'),
 dict(span='airport officials asked Chesapeake Energy to shut down the well.',
      speaker='airport officials', attribution='official_statement', cue='asked'),
], [
 dict(surface='one', after='it was one well', value=1, unit='count', quantity='wells shut down (not several)'),
])

build('h24-liar2-10668', [
 dict(span='I released all my emails.', quote='SPAN',
      speaker='Bush', attribution='direct_quote', cue='said'),
 dict(span='In trying to draw a contrast to Hillary Clinton, Bush actually offered much of the same defense.',
      speaker='Bush', attribution='paraphrase', cue='actually offered'),
 dict(span='Bush says he released all the emails he was required to under Florida law',
      speaker='Bush', attribution='paraphrase', cue='says'),
 dict(span='Clinton says she turned over all the emails she was required to under federal law.',
      speaker='Hillary Clinton', attribution='paraphrase', cue='says'),
], [
 dict(surface='280,000', value=280000, unit='count', quantity='emails Bush released from his private server'),
 dict(surface='a half-million or more', value=500000, unit='count', quantity='emails in Bush’s private correspondence', approx=True),
])

build('h25-liar2-10419', [
 dict(span='McChrystal said ISIS reaches "about 100 million people a day through various things."',
      quote='about 100 million people a day through various things.',
      speaker='McChrystal', attribution='paraphrase', cue='said', hedges=['about']),
 dict(span='experts agree that their strategy has some bite.',
      speaker='experts', attribution='paraphrase', cue='agree'),
 dict(span='saying ISIS social media posts reach 100 million people a day is, at best, a high-end guesstimate, researchers say.',
      speaker='researchers', attribution='paraphrase', cue='researchers say', hedges=['guesstimate']),
], [
 dict(surface='about 100 million', value=100e6, unit='count', quantity='people ISIS reaches a day through social media (as said)', approx=True),
 dict(surface='100 million', after='posts reach', value=100e6, unit='count', quantity='people a day ISIS posts reach, a high-end guesstimate'),
])

build('h26-liar2-21324', [
 dict(span="Ron Johnson pushed through a special tax loophole that benefited his own family's business", quote='SPAN',
      speaker='Opportunity Wisconsin', attribution='direct_quote', cue='claimed'),
 dict(span='Then he cashed out of the company for $5 million', quote='SPAN',
      speaker='Opportunity Wisconsin', attribution='direct_quote', cue='claimed'),
 dict(span='(he has) doubled his wealth since taking office.', quote='SPAN',
      speaker='Opportunity Wisconsin', attribution='direct_quote', cue='claimed'),
], [
 dict(surface='$5 million', value=5e6, unit='USD', quantity='what Johnson cashed out of the company for (as said)'),
 dict(surface='at least $5 million', value=5e6, unit='USD', quantity='what Johnson sold his company for', approx=True),
])

build('h27-liar2-15659', [
 dict(span='Omar said that while the McDonald’s CEO made $21.8 million, the median\xa0worker made $7,000.',
      speaker='Omar', attribution='paraphrase', cue='said'),
 dict(span='the specifics Omar offered',
      speaker='Omar', attribution='paraphrase', cue='offered'),
], [
 dict(surface='$21.8 million', value=21.8e6, unit='USD', quantity='pay of McDonald’s CEO (as said)'),
 dict(surface='$7,000', value=7000, unit='USD', quantity='pay of the median McDonald’s worker (as said)'),
 dict(surface='about $12,000', value=12000, unit='USD', quantity='yearly pay of the typical McDonald’s crew member (PolitiFact’s estimate)', approx=True),
 dict(surface='about two-thirds', value=200 / 3, unit='percent', quantity='how much more than Omar said the typical worker makes', approx=True),
])

build('h28-liar2-24', [
 dict(span='U.S. commanders say it would be a lengthy process',
      speaker='U.S. commanders', attribution='official_statement', cue='say'),
 dict(span='independent military analysts have said it would take about a year to pull U.S. troops out of Iraq safely.',
      speaker='independent military analysts', attribution='paraphrase', cue='have said', hedges=['about']),
 dict(span='It could be done faster, but with larger U.S. casualties and more abandoned equipment, experts say.',
      speaker='experts', attribution='paraphrase', cue='experts say'),
 dict(span='McClatchy Newspapers has reported that a simulation conducted by the Pentagon since the debate suggested a retreat could take as little as six months',
      speaker='McClatchy Newspapers', attribution='official_statement', cue='has reported', hedges=['as little as']),
 dict(span='critics said that estimate is overly optimistic.',
      speaker='critics', attribution='paraphrase', cue='said', hedges=['estimate']),
 dict(span=('We must consider the complexity', 'the Iraqi security forces'), quote='SPAN',
      speaker='Ray Odierno', role='Army Lt. Gen., deputy commander of forces in Iraq', attribution='direct_quote',
      cue='Army Lt. Gen. Ray Odierno, the deputy commander of forces in Iraq, said at a briefing this month'),
 dict(span='I think the plan will reflect that as we develop it.', quote='SPAN',
      speaker='Ray Odierno', attribution='direct_quote', cue=None),
], [
 dict(surface='about a year', value=1, unit='years', quantity='time to pull U.S. troops out of Iraq safely (analysts)', approx=True),
])

build('h29-liar2-4515', [
 dict(span=('The MacIver Institute said', 'their own lunch."'),
      quote='gave some employees $4 for bringing in their own lunch.',
      speaker='MacIver Institute', attribution='official_statement', cue='said'),
], [
 dict(surface='$4', value=4, unit='USD', quantity='payment to some employees for bringing their own lunch (as said)'),
 dict(surface='$4', after='don’t get', value=4, unit='USD', quantity='payment state dispatchers do not get just for bringing a lunch'),
])

build('h30-liar2-15066', [
 dict(span='In the Senate, Donnelly voted to grant amnesty to millions of illegal immigrants, including criminals, drunk drivers, domestic violence, and worse.', quote='SPAN',
      speaker='One Nation', attribution='direct_quote', cue='said'),
 dict(span='The ad makes it seem that Donnelly purposely protected all undocumented immigrants convicted of domestic violence and drunk driving.',
      speaker='One Nation', attribution='official_statement', cue='makes it seem'),
], [])
