"""The `unseen14` split: 20 more PolitiFact justifications from LIAR2 test.csv (rule in liar2_select.py:
the shorter justifications, 600 to 799 characters, skip 20, count 20).

Annotated blind: from the text alone, by the conventions in ../README.md (and the choices of
unseen.py, factdev.py, unseen2.py … unseen12.py), by someone who wrote no extraction rule, never ran
the extractor and saw no other annotation of these texts, and committed before the extractor was run
on any of them (54 attributed claims, 26 figures). Organisations named as speakers ("Facebook" behind "according to Facebook",
"Newsweek", "Uline", "the CDC", "USPOLN" behind its disclaimer, "courts", the "American Academy of
Pediatrics, the CDC, the Mayo Clinic" as one speaker) are `official_statement` when indirect and
`direct_quote` when quoted whole; generic groups ("Public health experts", "economists", "critics of
Ryan’s plan") are `paraphrase`; unnamed people are "Unnamed <noun>" with the hedge "unnamed source"
("a spokesperson for the platform" "Unnamed spokesperson", "News … on social media" "Unnamed social
media users", "a Colombian website" and its "post" "Unnamed website" — `official_statement`, websites
being outlets as unseen7 —, the never-named authors of "A headline from an article widely shared on
Facebook" / "The article" and of "An article spread widely on Facebook" "Unnamed author", "the
authors of that study" "Unnamed authors", as unseen10's "the author of that study"). Choices the
README and the earlier specs did not already settle:
- Speakers: m11's "the mayor" is named in the next sentence ("Reed’s argument"): speaker "Reed", role
  "mayor" (as unseen11's auditor Lombardi). m17's blogger ("he wrote a new blog post", ""…," he
  said") is never named in the excerpt: speaker null, no "unnamed source" hedge (as unseen9's r10).
  m13's "Both" (Lincoln and Roosevelt) is one speaker "Lincoln and Roosevelt" (as unseen9's "The Hill
  and Congressional Quarterly"). m02's "courts have said" is `official_statement` (courts are
  institutions; a plural of institutions as unseen10's "regulatory agencies"). m01's "a spokesperson
  for the platform" is Instagram's, role "spokesperson for the platform".
- Quotes with a hole: m01's ""The 7% figure is ," a spokesperson for the platform said" is a
  `direct_quote` whose span stops at "is" (the removed rating word leaves " ,"; the space and comma
  are left out). m19's Trump quote ends "jobs.’ "" — the span stops at the closing single quote.
- Nested speech (as unseen8/unseen9): Sanders' words inside Trump's quote (m19) and "Bush announced
  the second $500 million" inside Drake's sentence (m04) are not claims of their own. But a second
  speech act with its own relative or object clause is a second claim (as unseen10's "MythBusters,
  which concluded …" and unseen6's "the health care plan Obama promised"): m12's Newsweek report is
  cut before ", which maintains that …", and the QAnon conspiracy theory's "which maintains that
  President Donald Trump is fighting …" is its own claim — `reported` (a theory with no named
  author, as a document with no speaker), cue "maintains", publication date; least certain; m11's
  "the deficit reduction the congressman has proposed" (Ryan, cue "has proposed") is a claim inside
  the critics' claim; m16's "A study Margulis cited as " (Margulis, cue "cited as", as unseen9's "the
  study they cite") is a claim inside the study's own `reported` "A study … did indicate …" (cue
  "did indicate", the study never named, as unseen10's "one study that found").
- Multi-sentence quotes: Trump's three quoted sentences (m15: "borrowed more than $10 trillion,
  right? And yet, we picked up $5.2 trillion … Maybe in a sense we’re reducing debt.") are one claim
  (PolitiFact judges the argument, not its parts); the headline "A Miracle! Only 23 Americans …" (m08)
  is one claim (the exclamation asserts nothing of its own); the USPOLN disclaimer's second quoted
  sentence (m10, "These articles should be considered satirical …") is its own claim with cue null
  (a continuation, as unseen6's Cantor); the blogger's second quoted passage (m17, two sentences
  joined by "…", one account) is one continuation claim with cue null.
- Speech acts whose content is stated or clear are claims, following the earlier generous lists:
  "He reiterated it in 2006 …" (m03, Romney, as unseen4's "Trump reiterated that stance"), "Obama
  was on firm ground claiming that …" (m03, span and cue from "claiming", as unseen5's "Matson is
  correct in saying that …"), "three weeks after Uline had already announced its relocation" (m07,
  span from "Uline", as unseen5's "GreenTech announced …" in a time clause), "The article cites this
  drop to suggest that …" (m08, cue "cites this drop to suggest", as unseen11's "used neighboring
  states to show"), "Ryan’s statements that he would propose ending some loopholes" (m11, a noun
  reporting speech, cue "statements", as unseen11's "Baker’s insistence that …"), "spoke of their
  importance" (m13, whole sentence, cue "spoke of", as unseen9's "He did talk about …"; least
  certain), "Trump seems to be signaling that …" (m15, an implied content, cue "seems to be
  signaling", as unseen9's "implying that" and unseen11's "Trump’s suggestion that"; least certain),
  "the authors of that study emphasized the importance of well-child visits and said …" (m16, two
  speech verbs with two contents: two claims, the second's span from "said", as unseen8's
  historians), "Regular check-ups … are recommended by the American Academy of Pediatrics, the CDC,
  the Mayo Clinic and more" (m16, passive, cue "are recommended", speaker without "and more"),
  "he wrote a new blog post titled "I created a monster"" (m17, `direct_quote` of the title, as
  unseen7's "published a post titled") and its relative clause "that addresses how his made-up
  speech started to spread without context" (the post's topic, cue "addresses"), "Renacci publicly
  denounced Boccieri for accepting …" and "He also publicly touted some of the ideological group
  PACs …" (m18, as unseen10's "had lauded progress"), "He accurately recasted Sanders’ words" (m19,
  as unseen7's "Gallego accurately recapped"), "she didn’t vote but did vouch for them" (m19,
  whole sentence, as unseen11's "health agencies have vouched for").
- Documents and data without a speaker are `reported` with the publication date: "initial research
  shows" (m09, span from "initial", the sentence's first half being PolitiFact's), "independent
  research has shown" (m19), "An online search tool for immigration detainees shows no result for
  Witcher" (m06: a positive verb with a negative finding, unlike the negated "have not found";
  least certain), "the plan calls for replacing the Obamacare levies …" (m14: the House budget's
  text, as unseen6's amendment that "advocated" and unseen11's "a line stating that"; span without
  PolitiFact's "What Scott didn’t say is that"; least certain).
- Not claims: "Romney favored this approach" and "he did back away slightly from that position" (m03,
  positions, as "backed"/"supported" and unseen11's "backed off that promise"); "the  that Instagram
  is limiting people’s posts …" (m01), "We’ve previously debunked claims that actor Tom Hanks …" and
  "the  that Biden is wearing an ankle monitor" (m12), "We’re rating his statement that …" (m05),
  "Spicer’s comments about …" (m10), "Reed’s argument", "Renacci’s past criticism", "the DCCC’s
  indignation" and "the DCCC’s charge" (re-mentions of a statement with no reporting verb of their
  own); "a Colombian website wrote a satirical piece" (m06, no content; the content is in "The post
  said …", its own claim), "Journalists have interviewed Witcher" (no content); "The website … did
  not respond", "Frank Unick, would not comment", "What Scott didn’t say", "He omits some context",
  "a key qualifier that he omitted" (negations and omissions); "The House budget is based on revenue
  projections that assume …" (figures assuming, as unseen7's "both figures assume"); "The company …
  hopes to have it ready" (m09, a hope, as unseen12's "wanted"); "Scott recommends a budget" (m20, a
  budget procedure with no content) and "he downplays the access he has" (PolitiFact's reading, as
  "overstates"); "Uline had already committed to the $100 million relocation" (an action); "we feel
  it’s a stretch to say …", "You can perhaps make the case …" (generic); the Correction "A previous
  version of this story misstated …" (PolitiFact's own); PolitiFact's rating sentences.
- said_at: m17's "On May 13, 2021, he wrote a new blog post" is 2021-05-13 (the date is written in
  full, although it falls after the row's date) for the title and its relative clause; the
  blogger's quotes, "he said", are not placed by the text in that post: null; "in 2006", "in a
  January 2009 article", "During an interview on CNN", "In a phone interview" give no day: null.
- Cues: "a spokesperson for the platform said" and "economists say" after their content keep the
  speaker's mention; "the disclaimer reads" after the USPOLN quote; "said in an e-mail", "writes in a
  January 2009 article in Commentary magazine"; "said" alone before a quote after a fronted adjunct
  ("During an interview on CNN …, Jackson said:", "To sum up, the mayor said,").
- Hedges: "may" in Facebook's statement (m01) and in the USPOLN disclaimer (m10); "at least" in
  "claiming that at least for most of Romney’s political career" is kept although no number follows
  (as unseen12's "approximately" before "market rate"); "more than" and "maybe" in Trump's m15
  quote; "more than" in "by more than half" (m20); "virtually", "seems", "seemingly", "somehow",
  "believe", "only", "just", "largely", "slightly" are no hedges.
- Figures: "no more than 7%" (m01) is percent 7, approx, the bound in the surface (as unseen12's "no
  more than about $23,000"); "The 7% figure" is percent 7; "$9 an hour" gives "$9" (as unseen12's
  "$24/hour"); "All four on Mount Rushmore" (m13, in Pressler's quote) is a count of 4 — the first
  mention that says how many, unlike the anaphoric "Of the four" (a pronoun, as unseen11's "the
  two"); least certain; "six" and "two" in "voted in favor of six and against two" (m19) are counts
  of deals (elliptical counts, as unseen5's "one in the South and five in the North"); "only 62 of
  38,572 specimens" are two counts (as unseen9's "one of 11 organizations" gives 11, here both
  numbers count); "a child under 6" is `years` 6, approx (as "under 18"); "more than half" is
  percent 50, approx; "a 50 percent decrease" percent 50; "tripled", "roughly double" are ratios;
  "three weeks", "two weeks", "a minute", "within days", "the past few months", "many years" are
  outside models.UNITS or give no number; "a day after", "A year earlier", "the next year" are time
  expressions; "17th month" an ordinal; "millions, millions of jobs", "a large proportion", "a
  majority" give no number; "at one point", "with one", "one way or the other", "this one", "the
  one with the most" are pronoun or determiner "one"; "these two" (m16) a pronoun; "COVID-19", years
  and dates are names and dates.
"""
from helper import build_liar2


def build(name, claims, figures):
    build_liar2(name, claims, figures, split='unseen14')


UNN = ['unnamed source']

build('m01-liar2-19357', [
 dict(span=('When third-party fact-checkers, such as PolitiFact', 'which owns Instagram .'),
      speaker='Facebook', attribution='official_statement', cue='according to Facebook', hedges=['may']),
 dict(span='The 7% figure is', quote='SPAN',
      speaker='Unnamed spokesperson', role='spokesperson for the platform', attribution='direct_quote',
      cue='a spokesperson for the platform said', hedges=UNN),
], [
 dict(surface='no more than 7%', value=7, unit='percent', quantity='share of friends who see people’s posts (the claim PolitiFact checks)', approx=True),
 dict(surface='7%', after='The 7% figure', value=7, unit='percent', quantity='the figure the Instagram spokesperson addresses (as said)'),
])

build('m02-liar2-11870', [
 dict(span='Trump said delegates seeking to change the convention rules to prevent his nomination "can’t do it legally."',
      quote='can’t do it legally.', speaker='Trump', attribution='paraphrase', cue='said'),
 dict(span='Because political parties are private organizations, courts have said they can set their own rules.',
      speaker='courts', attribution='official_statement', cue='have said'),
], [])

build('m03-liar2-6958', [
 dict(span='Obama said that tying the minimum wage to the cost of living is something he and Romney "actually agreed on."',
      quote='actually agreed on.', speaker='Obama', attribution='paraphrase', cue='said'),
 dict(span='He reiterated it in 2006 while governor of Massachusetts, and again as the Republican nominee for president last year.',
      speaker='Romney', attribution='paraphrase', cue='reiterated'),
 dict(span='claiming that at least for most of Romney’s political career, the former rivals were in agreement on indexing the wage.',
      speaker='Obama', attribution='paraphrase', cue='claiming', hedges=['at least']),
], [
 dict(surface='$9', value=9, unit='USD', quantity='hourly minimum wage in Obama’s proposal'),
])

build('m04-liar2-2811', [
 dict(span=('Drake said in an e-mail that by the end of June 2002', 'HIV Prevention Initiative.'),
      speaker='Drake', attribution='paraphrase', cue='said in an e-mail'),
 dict(span=('A former Bush adviser, Jay Lekfowitz, writes', '(with four to be added later).'),
      speaker='Jay Lekfowitz', role='former Bush adviser', attribution='paraphrase',
      cue='writes in a January 2009 article in Commentary magazine'),
 dict(span='Drake said Bush announced the second $500 million on June 19, 2002, just before the end of his 17th month as president.',
      speaker='Drake', attribution='paraphrase', cue='said'),
], [
 dict(surface='$500 million', value=5e8, unit='USD', quantity='Bush’s commitment to the Global Fund by June 2002 (as said)'),
 dict(surface='$500 million', after='and another', value=5e8, unit='USD', quantity='Bush’s commitment to the Mother and Child HIV Prevention Initiative (as said)'),
 dict(surface='two', value=2, unit='count', quantity='Caribbean nations the initiative would reach (as said)'),
 dict(surface='eight', value=8, unit='count', quantity='African nations the initiative would reach (as said)'),
 dict(surface='four', value=4, unit='count', quantity='nations to be added to the initiative later (as said)'),
 dict(surface='$500 million', after='announced the second', value=5e8, unit='USD', quantity='the second commitment Bush announced on June 19, 2002 (as said)'),
])

build('m05-liar2-7598', [
 dict(span='Homicides against blacks have tripled since this law has been in existence.', quote='SPAN',
      speaker='Jackson', attribution='direct_quote', cue='said'),
], [])

build('m06-liar2-12796', [
 dict(span=('News has spread on social media saying Myriam Witcher', 'has been deported.'),
      speaker='Unnamed social media users', attribution='paraphrase', cue='saying', hedges=UNN),
 dict(span='In a phone interview, Witcher said she’s a U.S. citizen who has not been deported and is still a Trump supporter.',
      speaker='Myriam Witcher', attribution='paraphrase', cue='said'),
 dict(span='The post said Witcher had been ordered deported and would be returning to Colombia within days.',
      speaker='Unnamed website', role='Colombian website', attribution='official_statement', cue='said', hedges=UNN),
 dict(span='An online search tool for immigration detainees shows no result for Witcher.',
      attribution='reported', cue='An online search tool for immigration detainees shows', said_at='2015-10-09'),
], [])

build('m07-liar2-4084', [
 dict(span='Uline had already announced its relocation',
      speaker='Uline', attribution='official_statement', cue='had already announced'),
 dict(span='Pleasant Prairie Village Administrator Mike Pollocoff said part of the company’s expansion could not have occurred without the bill, which also affected other companies.',
      speaker='Mike Pollocoff', role='Pleasant Prairie Village Administrator', attribution='paraphrase', cue='said'),
], [
 dict(surface='$100 million', value=1e8, unit='USD', quantity='Uline’s relocation'),
])

build('m08-liar2-19221', [
 dict(span='A Miracle! Only 23 Americans Tested Positive for Flu Last Week Compared to 14,657 Cases Reported Last Year at Same Time.', quote='SPAN',
      speaker='Unnamed author', attribution='direct_quote', cue='claimed', hedges=UNN),
 dict(span='The article cites this drop to suggest that health officials have improperly inflated the number of COVID-19 cases.',
      speaker='Unnamed author', attribution='paraphrase', cue='cites this drop to suggest', hedges=UNN),
 dict(span='The CDC reported that only 62 of 38,572 specimens tested positive for influenza for the week ended Jan. 16, 2021.',
      speaker='CDC', attribution='official_statement', cue='reported'),
 dict(span=('Public health experts say they believe the drop', 'in response to the coronavirus pandemic.'),
      speaker='Public health experts', attribution='paraphrase', cue='say'),
], [
 dict(surface='23', value=23, unit='count', quantity='Americans who tested positive for flu last week (headline)'),
 dict(surface='14,657', value=14657, unit='count', quantity='flu cases reported at the same time last year (headline)'),
 dict(surface='62', value=62, unit='count', quantity='specimens positive for influenza in the week ended Jan. 16, 2021'),
 dict(surface='38,572', value=38572, unit='count', quantity='specimens tested that week'),
 dict(surface='9,277', value=9277, unit='count', quantity='positive specimens a year earlier'),
])

build('m09-liar2-17758', [
 dict(span='An article spread widely on Facebook says researchers have discovered a "fabric that kills coronaviruses"',
      quote='fabric that kills coronaviruses', speaker='Unnamed author', attribution='paraphrase', cue='says', hedges=UNN),
 dict(span=('initial research shows electroceutical fabric', 'generated by the fabric.'),
      attribution='reported', cue='initial research shows', said_at='2020-05-21'),
], [])

build('m10-liar2-13552', [
 dict(span='USPOLN may include information from sources that may or may not be reliable and facts that don’t necessarily exist', quote='SPAN',
      speaker='USPOLN', attribution='direct_quote', cue='the disclaimer reads', hedges=['may']),
 dict(span='These articles should be considered satirical and any and all quotes attributed to actual people complete and total baloney.', quote='SPAN',
      speaker='USPOLN', attribution='direct_quote', cue=None),
], [])

build('m11-liar2-6377', [
 dict(span='You cannot implement Paul Ryan’s plan without allowing for any increases in revenue.', quote='SPAN',
      speaker='Reed', role='mayor', attribution='direct_quote', cue='said'),
 dict(span='Ryan’s statements that he would propose ending some loopholes',
      speaker='Paul Ryan', attribution='paraphrase', cue='statements'),
 dict(span='even critics of Ryan’s plan say there is a path to the deficit reduction the congressman has proposed',
      speaker='critics of Ryan’s plan', attribution='paraphrase', cue='say'),
 dict(span='the deficit reduction the congressman has proposed',
      speaker='Paul Ryan', role='congressman', attribution='paraphrase', cue='has proposed'),
], [])

build('m12-liar2-18953', [
 dict(span='Newsweek reported that the  is being amplified by believers in the baseless QAnon conspiracy theory',
      speaker='Newsweek', attribution='official_statement', cue='reported'),
 dict(span='which maintains that President Donald Trump is fighting a deep state coup and that Democrats and celebrities are running a child sex-trafficking ring.',
      attribution='reported', cue='maintains', said_at='2020-12-01'),
], [])

build('m13-liar2-9553', [
 dict(span='All four on Mount Rushmore, they were independents at one point in their career.', quote='SPAN',
      speaker='Pressler', role='independent', attribution='direct_quote', cue='said'),
 dict(span='Both switched parties, but were always affiliated with one and spoke of their importance.',
      speaker='Lincoln and Roosevelt', attribution='paraphrase', cue='spoke of'),
], [
 dict(surface='four', value=4, unit='count', quantity='presidents on Mount Rushmore (as said)'),
])

build('m14-liar2-7171', [
 dict(span='Scott said the House budget "keeps the Obamacare taxes and spending cuts that paid for Obamacare, but then cuts all of the benefits."',
      quote='keeps the Obamacare taxes and spending cuts that paid for Obamacare, but then cuts all of the benefits.',
      speaker='Scott', attribution='paraphrase', cue='said'),
 dict(span='the plan calls for replacing the Obamacare levies with revenues that would come from reducing income tax breaks.',
      attribution='reported', cue='calls for', said_at='2013-03-25'),
], [])

build('m15-liar2-13884', [
 dict(span=('Trump said the Obama administration "borrowed', 'we’re reducing debt."'),
      quote='borrowed more than $10 trillion, right? And yet, we picked up $5.2 trillion just in the stock market. ... Maybe in a sense we’re reducing debt.',
      speaker='Trump', attribution='paraphrase', cue='said', hedges=['more than', 'maybe']),
 dict(span='Trump seems to be signaling that the stock market gains can somehow be applied to paying down the debt.',
      speaker='Trump', attribution='paraphrase', cue='seems to be signaling'),
 dict(span=('whatever tax revenues from the stock-market run-up', 'economists say.'),
      speaker='economists', attribution='paraphrase', cue='economists say'),
], [
 dict(surface='more than $10 trillion', value=1e13, unit='USD', quantity='borrowing by the Obama administration (as said)', approx=True),
 dict(surface='$5.2 trillion', value=5.2e12, unit='USD', quantity='gains in the stock market (as said)'),
])

build('m16-liar2-21226', [
 dict(span='A study Margulis cited as',
      speaker='Margulis', attribution='paraphrase', cue='cited as'),
 dict(span=('A study Margulis cited as', 'after their well-child visit.'),
      attribution='reported', cue='did indicate', said_at='2022-03-30'),
 dict(span='even the authors of that study emphasized the importance of well-child visits',
      speaker='Unnamed authors', attribution='paraphrase', cue='emphasized', hedges=UNN),
 dict(span='said the data undergirded the need for strong infection control precautions — not an end to well-child visits.',
      speaker='Unnamed authors', attribution='paraphrase', cue='said', hedges=UNN),
 dict(span=('Regular check-ups for healthy babies and children are recommended', 'parent education and communication.'),
      speaker='American Academy of Pediatrics, the CDC, the Mayo Clinic', attribution='official_statement',
      cue='are recommended'),
], [
 dict(surface='under 6', value=6, unit='years', quantity='age of children in the study', approx=True),
])

build('m17-liar2-19729', [
 dict(span='I created a monster', quote='SPAN',
      speaker=None, attribution='direct_quote', cue='wrote a new blog post titled', said_at='2021-05-13'),
 dict(span='that addresses how his made-up speech started to spread without context.',
      speaker=None, attribution='paraphrase', cue='addresses', said_at='2021-05-13'),
 dict(span='I wrote a work of viral -news, completely unintentionally', quote='SPAN',
      speaker=None, attribution='direct_quote', cue='he said'),
 dict(span=('I wasn’t specifically intending', 'now in multiple languages.'), quote='SPAN',
      speaker=None, attribution='direct_quote', cue=None),
], [])

build('m18-liar2-2791', [
 dict(span='Renacci publicly denounced Boccieri for accepting a large proportion of PAC money',
      speaker='Renacci', attribution='paraphrase', cue='publicly denounced'),
 dict(span='He also publicly touted some of the ideological group PACs that backed his campaign.',
      speaker='Renacci', attribution='paraphrase', cue='also publicly touted'),
], [])

build('m19-liar2-11924', [
 dict(span='As Bernie Sanders said, Hillary Clinton ‘for virtually every trade agreement that has cost the workers of this country millions, millions of jobs.’', quote='SPAN',
      speaker='Trump', attribution='direct_quote', cue='said'),
 dict(span='He accurately recasted Sanders’ words',
      speaker='Trump', attribution='paraphrase', cue='accurately recasted'),
 dict(span='On two other deals (with Peru and Jordan), she didn’t vote but did vouch for them.',
      speaker='Hillary Clinton', attribution='paraphrase', cue='did vouch for'),
 dict(span='As for subsequent job losses, independent research has shown the impact of NAFTA, for example, to not be significant one way or the other for jobs.',
      attribution='reported', cue='independent research has shown', said_at='2016-06-28'),
], [
 dict(surface='10', value=10, unit='count', quantity='trade deals Clinton could have voted on'),
 dict(surface='six', value=6, unit='count', quantity='trade deals Clinton voted for'),
 dict(surface='two', value=2, unit='count', quantity='trade deals Clinton voted against'),
 dict(surface='two', after='On two', value=2, unit='count', quantity='other deals Clinton did not vote on but vouched for'),
])

build('m20-liar2-11817', [
 dict(span="I've cut the budget of the office by more than half.", quote='SPAN',
      speaker='Lopez-Cantera', attribution='direct_quote', cue='said', hedges=['more than']),
], [
 dict(surface='more than half', value=50, unit='percent', quantity='cut in the lieutenant governor’s office budget (as said)', approx=True),
 dict(surface='$240,693', value=240693, unit='USD', quantity='budget allotment after the drop'),
 dict(surface='50 percent', value=50, unit='percent', quantity='decrease of the budget'),
])
