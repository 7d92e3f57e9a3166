"""The `unseen20` split: 30 more PolitiFact justifications from LIAR2 test.csv (rule in liar2_select.py:
the shorter justifications, 600 to 799 characters, skip 190, count 30).

Annotated blind: from the text alone, by the conventions in ../README.md (and the choices of
unseen.py, factdev.py, unseen2.py … unseen18.py), by someone who wrote no extraction rule, never ran
the extractor and saw no other annotation of these texts, and committed before the extractor was run
on any of them (71 attributed claims, 29 figures). These texts are short (most are the end of a
justification; one opens with a stray quote mark, several end in RELATED headlines or boilerplate);
they are annotated by exactly the same conventions. Organisations named as speakers ("the Club" /
"the Club for Growth ad" "Club for Growth", "Kaine’s campaign", "McSally’s campaign" behind "her
campaign", "Trump’s campaign" behind "His campaign" / "his campaign", "Trump’s team", "the Conway
campaign", "the Dustin Inman Society" / "The society", "The Washington Post", "the center" (a
definite organisation the excerpt never names keeps its noun, as unseen5's "the consortium"),
"Border Patrol" behind "Border Patrol data", "State Department Inspector General" behind its
report) are `official_statement` when indirect and with a quote; officials and staff of an
institution ("State Department officials", "law enforcement officials", "the auditors" of the
Inspector General's report, "officials with the United Kingdom’s National Archives" written
"National Archives officials", as unseen18's "airport officials") are `official_statement` without
a hedge; "In her new TV ad, McSally claims" speaks for McSally (`paraphrase`); generic groups
("Experts", "the experts we reached") are `paraphrase`; unnamed people are "Unnamed <noun>" with the
hedge "unnamed source" ("A video shared on Instagram" and "An Instagram post" "Unnamed Instagram
user", "Trump campaign attorneys" "Unnamed attorneys" — `paraphrase`, as unseen15's "Two economic
advisers" —, "the authors" of a never-named study "Unnamed authors", "an ambassador with much
experience" "Unnamed ambassador", "a biotech company" behind its safety sheet "Unnamed biotech
company" and "a key federal testing agency" / "They" "Unnamed federal testing agency" — both
`official_statement`, an indefinite body never named, as unseen17's "Unnamed U.N.-affiliated
panel"). Speakers the body names only by surname keep the surname ("Judge", "Farmer", "Forest",
"Cooper", "Warren", "Graham", "Shuster", "Gutierrez", "Detzner", "Sanders"), the header statement
being no part of the body. Choices the README and the earlier specs did not already settle:
- f12: "the president" is never named in the excerpt (the header's 2009 statement is no part of the
  body): speaker "Unnamed president", role "president", hedge "unnamed source", as unseen5's never-
  named "the governor" ("Unnamed governor"); least certain — the role identifies one person. "as
  Peggy Raddatz testified, …" is hers (whole sentence without "But", cue "testified", as unseen15's
  "as Morrissey points out"), and "his sister said that …" too (speaker "Peggy Raddatz", the sister
  named in the sentence before; whole sentence with its time clause). "Critics can still blame the
  insurance company" is hypothetical ("can", as unseen15's "Critics may say"): no claim.
- f20: "Trump's spokeswoman made it sound as if …" (cue "made it sound as if", as unseen16's "makes it
  sound like") is Sanders' — the statement it characterises is the one "Sanders said" in the first
  sentence (role "Trump’s spokeswoman"; as unseen14's mayor named elsewhere). "Trump’s team cited
  multiple reports to back up this " (the noun cut out, the span stops at "this") is the team's
  claim, cue "cited". "A few of the reports allude to the FBI requesting permission …" is `reported`
  (reports never named, cue "allude to", publication date), cut before ", but none … definitively
  said …" (negated). The news outlets' "have reported" inside Sanders' claim is nested.
- f02: "what we did find — including anecdotal reports from several states and some survey data —
  indicates that some patients have been rejected …" is `reported` (the reports and survey data
  speak, as unseen18's "we did find other polls showing" and unseen11's "five other studies that
  conclude"; span from "what we did find", cue "indicates", publication date; least certain — it is
  PolitiFact's summary of its own search, cf. unseen12's "Our scan of current rents showed"); its
  trailing "…, as Farmer said." gives Farmer's claim cut to the clause (from "some patients", as
  unseen16's "Chiles did spend two years behind bars, as Clarke indicated"), inside the first.
- f09: "His campaign pointed to a poll that shows him gaining ground with women" is one claim of
  Trump's campaign (cue "pointed to"; the poll nested, as unseen10's "The Biden campaign pointed to
  an ACA provision that …" and unseen12's "It also pointed to federal data showing …"); "even the
  poll cited by his campaign finds he still faces a 13-point gap." is `reported` (the poll never
  named; cue "finds", publication date; "And" left out, "even" kept with its noun phrase) with the
  campaign's "the poll cited by his campaign" inside it (cue "cited", as unseen14's "A study Margulis
  cited as" inside the study's own claim). "His best performance shows that 41 percent …" is no
  claim: a poll result as subject, PolitiFact's own summary of the polls (as unseen15's "federal
  employment … shows a net growth"; least certain, "data show" would be `reported`).
- f14: "By characterizing the treaty as an "outreach to Muslims", Olbermann  the importance of
  Article 11 and implies that …" is two claims of Olbermann: the characterisation (span to the
  closing quote mark, cue "characterizing the treaty as", quote "outreach to Muslims", as unseen11's
  "Dyson described the Sunday shows as …") and "implies that the central focus …" (from "implies");
  the verb cut out between them ("overstates"?) is PolitiFact's reading, left out. "Adams addressed
  that declaration by claiming that …" is one claim, whole sentence, cue "addressed" (the framing
  verb, as unseen7/unseen9's "Weatherford defended … by …"), speaker "John Adams" (the fullest name,
  "President John Adams" a sentence before), role "President". "happened to justify piracy by
  declaring war" is an act, no claim.
- f11: "for the Conway campaign to splice that with comments from law enforcement officials listing
  … suggests Paul wants to decriminalize those acts." is the Conway campaign's implied claim (the
  ad's splicing suggests, as unseen4's "the ad suggests"; span without "But", cue "suggests"), and
  the officials' "law enforcement officials listing non-violent crime such as …" a claim inside it
  (cue "listing", as unseen4's "listed three votes"; least certain, it may be read as the ad's
  framing only). Paul's "has repeatedly and unequivocally said he does not want … and that he has no
  plans …" is one claim (one verb, two that-clauses), the adverbs kept in the cue; "We couldn't find
  a single instance where Paul has said …" is negated.
- f10: "Thiesfeldt used state test results to  the "vast majority" …" has its verb cut out by LIAR2:
  a claim with the quote, cue "used state test results to" (the verb group left, as unseen11's "used
  neighboring states to show"). "a key federal testing agency that explicitly warns against
  conflating …" is the agency's claim from "that" (cue "explicitly warns against"), and "They say
  proficiency is more akin to "mastery" …" the same agency's (the nearest antecedent; least certain,
  "Experts" two sentences earlier is the alternative), `official_statement` with the quote.
- f04: "Cooper was referring to the fact that" is PolitiFact's reading (as unseen6), but "Forest has
  said he wants to make … available to "every family in North Carolina."" inside it is Forest's
  claim (from "Forest", cue "has said", with the quote); "That language suggests high-income families
  could access the funds." speaks for Forest (his words' implication, as unseen4's "his comment
  suggests"; least certain, it reads as PolitiFact's inference); "Forest’s stated intent to give
  preference to poor families" (in PolitiFact's verdict) is a noun with a named owner carrying
  content (cue "stated intent", as unseen11's "Baker’s insistence that …"), not a restatement of
  the claim under check.
- Restatements of the rated claim by a possessive or cut-out noun are no claims (the README's round-12
  line: not "X's statement that", which restates the claim under check): f17's "Detzner’s  that
  voter registration is one of its "main functions."", f29's "his comments that the Palmetto State
  has a labor shortage" (inside the society's "criticized Graham for …", which is the claim), f01's
  "Judge’s assertions that …" (a rating sentence), f13's "the  that Biden died, nor that … Obama
  announced his death", f27's "The  that the World Economic Forum called for …", f14's
  "Olbermann's ", f08's "his charge against McAuliffe", f21's "Kaine’s statement tries to turn …".
- Other speech acts whose content is stated or clear are claims, following the earlier generous
  lists: f03 "the legislation her campaign cited to justify her stance" (cue "cited to justify her
  stance", as unseen14's "cites this drop to suggest"); f05 ""Rubber-stamped" gives the  impression
  that it happened without scrutiny or conditions." (Warren's, cue "gives the  impression" as
  unseen16's; no quote — the quoted word is the subject, a mention of her word, not the content of
  the impression, as unseen6's ""millions" of uninsured …") and "the experts we reached described
  the limits of control, even when one or two firms dominate a market." (without "And"; cue
  "described"); f06 "the specific taxes cited in the ad" and "the tax hikes cited" (noun phrases with
  a citing verb, the Club's, as unseen15's "the "millions" claimed in the ad"; the second sits in
  PolitiFact's verdict — least certain) and "which the the Club says indicates he supported "higher
  taxes."" (from "which", the doubled "the" is the text's); f08 "He cites an SEC probe into …"; f15
  "a safety sheet provided by a biotech company listing the dangers associated with the lipid."
  (cue "listing"; least certain — "The video showed a safety sheet" is a picture shown, no claim,
  as unseen8's "A video shows Cordray speaking", and "The dangers listed on the sheet" a re-mention,
  as unseen16's "The figures listed in the post"); f21 "he unsuccessfully proposed increasing taxes
  by $4 billion." (cue "unsuccessfully proposed", the adverb kept; "to the contrary," left out) and
  "Raw numbers generally back Kaine" (`reported`, data confirming a statement, as unseen11's "BLS
  statistics support Scott" and unseen10's "State education figures … support Bush’s", cut before
  ", but paint a superficial picture"; least certain); f28 "a March 2022 study that reported the
  cases of …" (`reported`, from "a March 2022 study" after PolitiFact's "We found", cue "study that
  reported", said_at null: the text gives a month, not a day, and it is not the article's voice, as
  unseen13's "A 2015 study found"), "the authors said the advantages … outweigh any risks." and
  William Makis "who has spread misinformation about COVID-19 vaccines" (from "who", topic given,
  cue "has spread misinformation about", as unseen13's "Similar claims … were posted on social
  media"; least certain); f29 "criticized Graham for his comments that …" (the society's, without
  "To sum up,", cue "criticized", role "Georgia anti-amnesty group"), "Graham made claims there is a
  labor shortage in some areas" (with its framing adverbial "As part of his argument …", cue "made
  claims") and "in at least two instances the Republican senator specifically mentioned the
  meatpacking industry as an area needing workers." (a second speech verb with its own content, cue
  "specifically mentioned"), "The society goes on to say that Graham’s state welcomes undocumented
  immigrants" (cut before PolitiFact's ", but the guest worker program …"); f30 "That was one issue
  State Department officials raised." (an object relative clause without "that", as unseen17's "the
  … reduction scientists say countries must adopt"; whole sentence, its content "That" being his
  email use), "The State Department Inspector General’s report paints a much more troubling picture
  of an embassy in disarray …" (cue "paints a much more troubling picture of", the object kept as
  in "described his condition as"), "In the words of the auditors, Gration "has lost …"" (words
  outside the quote marks: `official_statement` with the quote, cue "In the words of the auditors")
  and "according to an ambassador with much experience, it was a relatively minor one." (cut to the
  attributed part; PolitiFact's "His use of email was an issue, but" left out).
- Documents and sourced figures: f17's "A federal document lists voter registration as one of the
  benefits …" is `reported` (the document's maker never named, cue "A federal document lists", as
  unseen13's "A 2015 study found"; publication date); f23's "Border Patrol data for apprehensions
  nationwide shows …" names its source (`official_statement`, speaker "Border Patrol", cue "data for
  apprehensions nationwide shows", as unseen6's "U.S. Border Patrol data show"; "Historically," kept
  as a framing adverbial), said_at null; f25's "That entry says: "An Act against …"" is `reported`
  with the whole quote (a document, as unseen3's "flag code that says" and unseen5's historical
  marker; span from "That entry says", publication date); f19's "— $309,363, according to the
  center." and "she accepted about $442,800 from energy lobbyists, according to the center" are the
  center's (`official_statement`, spans from "she accepted", without PolitiFact's "Clinton doesn't
  mention the fact that" and ", though not all of that is from oil and gas alone"); f24's "The
  Washington Post reported that …" is the Post's.
- f25: "officials with the United Kingdom’s National Archives told PolitiFact in an email that …,
  as far as they could see, and because of that "it was likely …"" is one claim (one verb, the quote
  continuing the that-clause), `official_statement` with the quote, hedge "likely"; "as far as they
  could see" is the speakers' own qualifier and, like "I think" in unseen18, no hedge (least certain).
  The opening stray quote mark and no-break space are no claim. f25's "a law banning it never
  succeeded" and "1770s society may have considered …" are PolitiFact's.
- Not claims: f02's "We found a scarcity of national information …" and "It's important to know
  that …" (PolitiFact's); f03's "nothing in her voting record … supports this", "she has continually
  declined opportunities to oppose …" and "supported by the Trump administration" (negation, actions
  and a position), "McSally has not … taken actions that back up her statement"; f07's "that’s not
  what Richardson said" (negated) and "Readers can decide …"; f08's "there has been no indication
  that …" and "we can also say that …" (PolitiFact's); f12's "the  shows that it's  to say …"
  (PolitiFact's evidence and verdict); f13's "Biden … spoke publicly" (no content) and "Biden
  ordered flags to be flown at half-staff" (an executive order, an action, as unseen15's "Bowser has
  directed"); f15's "none of its ingredients are deemed toxic" (negated); f16's "The American
  Indonesian Exchange Foundation now handles …" (PolitiFact's voice: no source given) and "An
  attempt to contact the organization … was unsuccessful"; f18's "That’s ." and the IFCN boilerplate;
  f20's "none … definitively said …"; f22's whole text (PolitiFact's argument about Renacci's
  "argument", no content stated); f24's "This misrepresents an FBI directive that purged …" and the
  Office of Legal Counsel's "adopted a new definition" (actions); f26's "KHN/Politifact reviewed …
  and found that …" (the writer as speaker); f28's "The CDC does not list …" and "the study did not
  conclude …" (negated) and "The text in this Instagram post appears to have come from …"
  (provenance); f30's "Gration ranked at or near the absolute bottom among other ambassadors assessed
  by the department" (a rank, as unseen13's rankings); "X is correct that …" (f06, f19) and "the ad is
  correct that …" (PolitiFact's verdicts); the rating sentences and RELATED headlines (f27).
- said_at: no attributed statement is dated to a day ("In her new TV ad", "earlier this year", "in
  an email", "a March 2022 study", "an April 21 Substack article" give none): null; the `reported`
  claims in the article's voice get the publication date (f02, f09, f17, f20, f21, f25), except
  f28's study (above).
- Cues: "told state legislators", "told PolitiFact in an email", "has repeatedly and unequivocally
  said", "unsuccessfully proposed", "explicitly warns against", "specifically mentioned", "goes on
  to say", "according to James Lawrence" (the apposition "a public affairs officer for the
  Fulbright program" in the role), "according to an ambassador with much experience", "according to
  the center"; "said" alone before Gutierrez's quote, the adjunct "while discussing border security"
  following the quote; "Even" kept at the head of f18's attorneys sentence (it modifies the subject,
  not a connective), "And"/"But"/"However,"/"Still,"/"Conversely,"/"To sum up," left out.
- Hedges: approximators kept where no figure follows (as unseen18's "almost exclusively"): "roughly"
  in the experts' "roughly equal to" (f10), "almost" in Lawrence's "almost exclusively" (f16), "at
  least" in Border Patrol's "since at least the early 1970s" (f23); "likely" in the Archives'
  quote; "about" on the center's $442,800; "at least" on Graham's two instances; "not nearly
  enough" in Biden's quote is no approximator (it means far from enough).
- Figures: "one firm to control one-fourth" (f05, Warren's) is a count of 1 (the number is the point
  of a merger claim, as unseen18's "one well"; least certain) and percent 25; "one or two firms" the
  count range 1–2; "only one is at the root" (f20, set against "multiple reports") a count of 1 (as
  unseen15's "only one has been signed into law"; least certain); "There was one year with fewer
  apprehensions" (f23) a count of 1 year (years counted, not a duration; least certain); "in the last
  30 years" (Gutierrez's quote) `years` 30; "for another two years" (f07) `years` 2 and "another three
  and a half years" (f12) `years` 3.5 (durations); "11 percentage points" percent 11 and "a 13-point
  gap" percent 13 (as unseen13's "1.5 points"); "at least two instances" (f29) a count of 2, approx
  (instances are a counted noun, unlike "N times"); "four states" a count; "less than 1 percent"
  percent 1, approx; "about 3,756 fewer stops" a count, approx; "400 million doses", "about 200
  million" and "about 550 million" people are counts; "And two," (f07, an enumerator), "one of the
  "main functions"", "one of the benefits", "one issue" / "one of many" (f30), "Philadelphia and
  Detroit, two of the cities" (f18, a partitive pronoun, as "one of"), "a single instance", "a
  second procedure", "the only rating", "the only gubernatorial candidate" give no figure; "more
  than double" is a ratio; "month-long", "many months", "within three days" are outside
  models.UNITS; "hundreds of thousands", "several states", "several pieces", "millions of pets", "A
  few of the reports" give no number; "Article 11", "fiscal year 2013", "2015", "the 2011 fiscal
  year", "the early 1970s", "1770s", "1981", "1992", "March 24 to April 25", "June 7", "May 24",
  "February 2017", "November 2016", "March 2022", "April 21", "COVID-19", "2020 US Elections" and
  the sharethefacts address are names, dates and links.
"""
from helper import build_liar2


def build(name, claims, figures):
    build_liar2(name, claims, figures, split='unseen20')


UNN = ['unnamed source']

build('f01-liar2-11815', [
 dict(span='Judge said there’s no option for changing or amending a bill after it’s "sent to the governor’s office."',
      quote='sent to the governor’s office.', speaker='Judge', attribution='paraphrase', cue='said'),
], [])

build('f02-liar2-15842', [
 dict(span=('Farmer said, "Some patients', 'for medical marijuana.'),
      quote='Some patients who are on transplant lists for kidney or other organs are being dropped from the list simply because they are shown as a licensed card holder',
      speaker='Farmer', attribution='paraphrase', cue='said'),
 dict(span=('what we did find — including anecdotal reports', 'because of their cardholder status'),
      attribution='reported', cue='indicates', said_at='2019-03-07'),
 dict(span='some patients have been rejected from transplant lists because of their cardholder status, as Farmer said.',
      speaker='Farmer', attribution='paraphrase', cue='said'),
], [])

build('f03-liar2-17909', [
 dict(span='In her new TV ad, McSally claims she will "always protect those with preexisting conditions."',
      quote='always protect those with preexisting conditions.', speaker='McSally', attribution='paraphrase', cue='claims'),
 dict(span='the legislation her campaign cited to justify her stance',
      speaker='McSally’s campaign', attribution='official_statement', cue='cited to justify her stance'),
], [])

build('f04-liar2-18671', [
 dict(span='Cooper said Forest wants to use tax dollars "to help rich people send their kids to private school using vouchers."',
      quote='to help rich people send their kids to private school using vouchers.', speaker='Cooper', attribution='paraphrase', cue='said'),
 dict(span='Forest has said he wants to make North Carolina’s Opportunity Scholarship program available to "every family in North Carolina."',
      quote='every family in North Carolina.', speaker='Forest', attribution='paraphrase', cue='has said'),
 dict(span='That language suggests high-income families could access the funds.',
      speaker='Forest', attribution='paraphrase', cue='suggests'),
 dict(span='Forest says he’d implement a weighted lottery system to ensure low-income families have the best chance of accessing funds.',
      speaker='Forest', attribution='paraphrase', cue='says'),
 dict(span='Forest’s stated intent to give preference to poor families',
      speaker='Forest', attribution='paraphrase', cue='stated intent'),
], [])

build('f05-liar2-15666', [
 dict(span='Warren said the Justice Department "rubber stamped" a deal that cleared the way for one firm to control one-fourth of the seeds and pesticide market worldwide.',
      quote='rubber stamped', speaker='Warren', attribution='paraphrase', cue='said'),
 dict(span='"Rubber-stamped" gives the  impression that it happened without scrutiny or conditions.',
      speaker='Warren', attribution='paraphrase', cue='gives the  impression'),
 dict(span='the experts we reached described the limits of control, even when one or two firms dominate a market.',
      speaker='experts', attribution='paraphrase', cue='described'),
], [
 dict(surface='one', after='one firm', value=1, unit='count', quantity='firms the deal cleared the way for to control the market (as said)'),
 dict(surface='one-fourth', value=25, unit='percent', quantity='share of the world seeds and pesticide market one firm would control (as said)'),
 dict(surface='one or two', low=1, high=2, unit='count', quantity='firms dominating a market (experts)'),
])

build('f06-liar2-225', [
 dict(span='the specific taxes cited in the ad',
      speaker='Club for Growth', attribution='official_statement', cue='cited in the ad'),
 dict(span='which the the Club says indicates he supported "higher taxes."',
      quote='higher taxes.', speaker='Club for Growth', attribution='official_statement', cue='says'),
 dict(span='the tax hikes cited',
      speaker='Club for Growth', attribution='official_statement', cue='cited'),
], [])

build('f07-liar2-4187', [], [
 dict(surface='6 percent', value=6, unit='percent', quantity='retirement pickup added back to paychecks'),
 dict(surface='15.3 percent', value=15.3, unit='percent', quantity='so-called "catch up" raise for Oregon state workers'),
 dict(surface='15.3 percent', after='most of that', value=15.3, unit='percent', quantity='the catch-up increase, mostly received in the next biennium'),
 dict(surface='two years', after='for another', value=2, unit='years', quantity='further period COLA increases were frozen'),
])

build('f08-liar2-7746', [
 dict(span='Cuccinelli said McAuliffe is the only gubernatorial candidate under formal investigation.',
      speaker='Cuccinelli', attribution='paraphrase', cue='said'),
 dict(span='He cites an SEC probe into the tactics GreenTech Automotive used to attracted foreign investors.',
      speaker='Cuccinelli', attribution='paraphrase', cue='cites'),
], [])

build('f09-liar2-12709', [
 dict(span='Trump said that he has "tremendous support from women."',
      quote='tremendous support from women.', speaker='Trump', attribution='paraphrase', cue='said'),
 dict(span='His campaign pointed to a poll that shows him gaining ground with women',
      speaker='Trump’s campaign', attribution='official_statement', cue='pointed to'),
 dict(span='even the poll cited by his campaign finds he still faces a 13-point gap.',
      attribution='reported', cue='finds', said_at='2016-11-03'),
 dict(span='the poll cited by his campaign',
      speaker='Trump’s campaign', attribution='official_statement', cue='cited'),
], [
 dict(surface='11 percentage points', value=11, unit='percent', quantity='Trump’s average polling deficit behind Clinton among women'),
 dict(surface='13-point', value=13, unit='percent', quantity='gap Trump faces among women in the poll his campaign cited'),
 dict(surface='41 percent', value=41, unit='percent', quantity='women supporting Trump in his best poll'),
 dict(surface='39 percent', value=39, unit='percent', quantity='Trump’s polling average among women'),
])

build('f10-liar2-16607', [
 dict(span='Thiesfeldt used state test results to  the "vast majority" of Wisconsin students are below grade level in math and English.',
      quote='vast majority', speaker='Thiesfeldt', attribution='paraphrase', cue='used state test results to'),
 dict(span='Experts say proficient was once roughly equal to some definitions of grade level, but a dramatic shift in 2013 means that is no longer the case.',
      speaker='Experts', attribution='paraphrase', cue='say', hedges=['roughly']),
 dict(span='that explicitly warns against conflating proficiency with grade level.',
      speaker='Unnamed federal testing agency', attribution='official_statement', cue='explicitly warns against', hedges=UNN),
 dict(span='They say proficiency is more akin to "mastery" of a subject.',
      quote='mastery', speaker='Unnamed federal testing agency', attribution='official_statement', cue='say', hedges=UNN),
], [])

build('f11-liar2-2322', [
 dict(span=('for the Conway campaign to splice that', 'suggests Paul wants to decriminalize those acts.'),
      speaker='Conway campaign', attribution='official_statement', cue='suggests'),
 dict(span='law enforcement officials listing non-violent crime such as dealing drugs to kids, promoting prostitution, theft, burglary and financial crime',
      speaker='law enforcement officials', attribution='official_statement', cue='listing'),
 dict(span='Paul has repeatedly and unequivocally said he does not want to make those things legal, and that he has no plans to change the current laws with regard to them.',
      speaker='Paul', attribution='paraphrase', cue='has repeatedly and unequivocally said'),
], [])

build('f12-liar2-1095', [
 dict(span="the president said that Otto Raddatz's death was caused by a delay in his surgery caused by the insurer's decision to rescind his policy.",
      speaker='Unnamed president', role='president', attribution='paraphrase', cue='said', hedges=UNN),
 dict(span='as Peggy Raddatz testified, government intervention enabled her brother to have the procedure, and he lived, despite his cancer, for another three and a half years.',
      speaker='Peggy Raddatz', attribution='paraphrase', cue='testified'),
 dict(span=('When Raddatz eventually died earlier this year, his sister said', 'unexpectedly fell ill.'),
      speaker='Peggy Raddatz', attribution='paraphrase', cue='said'),
], [
 dict(surface='three and a half years', value=3.5, unit='years', quantity='how long Raddatz lived after the procedure'),
])

build('f13-liar2-21549', [], [])

build('f14-liar2-1652', [
 dict(span='By characterizing the treaty as an "outreach to Muslims"',
      quote='outreach to Muslims', speaker='Olbermann', attribution='paraphrase', cue='characterizing the treaty as'),
 dict(span='implies that the central focus of the treaty was to engage with Muslims.',
      speaker='Olbermann', attribution='paraphrase', cue='implies'),
 dict(span='Adams addressed that declaration by claiming that the United States was not Christian, and was not at war with Muslims.',
      speaker='John Adams', role='President', attribution='paraphrase', cue='addressed'),
], [])

build('f15-liar2-19764', [
 dict(span='A video shared on Instagram claimed that a lipid used in the Moderna vaccine was unsafe for humans and is meant to be only used in research.',
      speaker='Unnamed Instagram user', attribution='paraphrase', cue='claimed', hedges=UNN),
 dict(span='a safety sheet provided by a biotech company listing the dangers associated with the lipid.',
      speaker='Unnamed biotech company', attribution='official_statement', cue='listing', hedges=UNN),
], [])

build('f16-liar2-2007', [
 dict(span='They are almost exclusively awarded to students pursuing advanced degrees, according to James Lawrence, a public affairs officer for the Fulbright program.',
      speaker='James Lawrence', role='public affairs officer for the Fulbright program', attribution='paraphrase',
      cue='according to James Lawrence', hedges=['almost']),
], [])

build('f17-liar2-8059', [
 dict(span=('Detzner told state legislators that', 'citizenship status."'),
      quote='main functions … checking voter registration citizenship status.',
      speaker='Detzner', attribution='paraphrase', cue='told state legislators'),
 dict(span='A federal document lists voter registration as one of the benefits that SAVE data can be used for to check citizenship status.',
      attribution='reported', cue='A federal document lists', said_at='2013-11-04'),
], [
 dict(surface='four', after='only in effect in', value=4, unit='count', quantity='states where SAVE is used to check voter registration'),
 dict(surface='less than 1 percent', value=1, unit='percent', quantity='share of SAVE searches that were voter registration queries in FY2013', approx=True),
])

build('f18-liar2-18878', [
 dict(span='Trump claimed that "Pennsylvania and Michigan didn’t allow our poll watchers and/or vote observers to watch or observe."',
      quote='Pennsylvania and Michigan didn’t allow our poll watchers and/or vote observers to watch or observe.',
      speaker='Trump', attribution='paraphrase', cue='claimed'),
 dict(span='Even Trump campaign attorneys have acknowledged having observers present in court hearings and legal filings.',
      speaker='Unnamed attorneys', role='Trump campaign attorneys', attribution='paraphrase', cue='have acknowledged', hedges=UNN),
], [])

build('f19-liar2-414', [
 dict(span='she accepted even more money from executives and employees of oil companies — $309,363, according to the center.',
      speaker='center', attribution='official_statement', cue='according to the center'),
 dict(span='she accepted about $442,800 from energy lobbyists, according to the center',
      speaker='center', attribution='official_statement', cue='according to the center', hedges=['about']),
], [
 dict(surface='$309,363', value=309363, unit='USD', quantity='money Clinton accepted from oil company executives and employees (the center)'),
 dict(surface='about $442,800', value=442800, unit='USD', quantity='money Clinton accepted from energy lobbyists (the center)', approx=True),
])

build('f20-liar2-13090', [
 dict(span='Sanders said "multiple news outlets" have reported that Obama ordered wiretaps on Trump, including high-profile sources such as the New York Times and BBC.',
      quote='multiple news outlets', speaker='Sanders', attribution='paraphrase', cue='said'),
 dict(span='Trump’s team cited multiple reports to back up this',
      speaker='Trump’s team', attribution='official_statement', cue='cited'),
 dict(span="Trump's spokeswoman made it sound as if Trump was merely following a well-documented string of reports",
      speaker='Sanders', role='Trump’s spokeswoman', attribution='paraphrase', cue='made it sound as if'),
 dict(span='A few of the reports allude to the FBI\xa0requesting permission from FISA to eavesdrop on Trump’s associates',
      attribution='reported', cue='allude to', said_at='2017-03-05'),
], [
 dict(surface='one', after='only one is', value=1, unit='count', quantity='reports at the root of Trump’s claim'),
])

build('f21-liar2-6498', [
 dict(span='Kaine’s campaign said the "tax burden on Virginia families was lower under Tim Kaine than under George Allen."',
      quote='tax burden on Virginia families was lower under Tim Kaine than under George Allen.',
      speaker='Kaine’s campaign', attribution='official_statement', cue='said'),
 dict(span='Raw numbers generally back Kaine',
      attribution='reported', cue='generally back', said_at='2012-09-24'),
 dict(span='he unsuccessfully proposed increasing taxes by $4 billion.',
      speaker='Kaine', attribution='paraphrase', cue='unsuccessfully proposed'),
], [
 dict(surface='$4 billion', value=4e9, unit='USD', quantity='tax increase Kaine unsuccessfully proposed'),
])

build('f22-liar2-2532', [], [])

build('f23-liar2-12079', [
 dict(span='There are fewer people crossing that border than in the last 30 years', quote='SPAN',
      speaker='Gutierrez', attribution='direct_quote', cue='said'),
 dict(span='Historically, Border Patrol data for apprehensions nationwide shows that apprehensions in fiscal year 2015 were the lowest since at least the early 1970s.',
      speaker='Border Patrol', attribution='official_statement', cue='data for apprehensions nationwide shows', hedges=['at least']),
], [
 dict(surface='30 years', value=30, unit='years', quantity='period over which border crossings are now lowest (as said)'),
 dict(surface='one', after='There was one year', value=1, unit='count', quantity='fiscal years with fewer southwest-border apprehensions than 2015'),
 dict(surface='about 3,756', value=3756, unit='count', quantity='how many fewer stops fiscal 2011 had than 2015', approx=True),
])

build('f24-liar2-23373', [
 dict(span='An Instagram post claimed Obama removed 500,000 pedophiles from a background check database.',
      speaker='Unnamed Instagram user', attribution='paraphrase', cue='claimed', hedges=UNN),
 dict(span='The Washington Post reported that there were 500,000 fugitives identified in the database before the February 2017 directive and the number decreased to 788 by November of that year.',
      speaker='Washington Post', attribution='official_statement', cue='reported'),
], [
 dict(surface='500,000', value=500000, unit='count', quantity='pedophiles Obama removed from a background check database (as said)'),
 dict(surface='500,000', after='there were', value=500000, unit='count', quantity='fugitives in the database before the February 2017 directive (Washington Post)'),
 dict(surface='788', value=788, unit='count', quantity='fugitives in the database by November 2017 (Washington Post)'),
])

build('f25-liar2-16625', [
 dict(span=('That entry says: "An Act', 'Friday Morning next."'),
      quote='An Act against the Vice of Painting, and wearing black Patches, and immodest Dresses of Women, be read on Friday Morning next.',
      attribution='reported', cue='That entry says', said_at='2019-10-23'),
 dict(span=('officials with the United Kingdom’s National Archives told PolitiFact', 'chose not to pursue it."'),
      quote='it was likely introduced at the behest of a Puritan MP (member of parliament) but the Council of State chose not to pursue it.',
      speaker='National Archives officials', attribution='official_statement', cue='told PolitiFact in an email', hedges=['likely']),
], [])

build('f26-liar2-19382', [
 dict(span='Biden said the Trump administration "had contracted for not nearly enough vaccine to cover adults in America."',
      quote='had contracted for not nearly enough vaccine to cover adults in America.', speaker='Biden', attribution='paraphrase', cue='said'),
], [
 dict(surface='400 million', value=400e6, unit='count', quantity='vaccine doses the Trump administration had agreements to buy'),
 dict(surface='about 200 million', value=200e6, unit='count', quantity='people those doses could inoculate', approx=True),
 dict(surface='about 550 million', value=550e6, unit='count', quantity='people the Operation Warp Speed contracts could inoculate', approx=True),
])

build('f27-liar2-23247', [], [])

build('f28-liar2-22916', [
 dict(span='a March 2022 study that reported the cases of three women in Japan who had an intracranial aneurysm rupture within three days of getting an mRNA COVID-19 vaccine.',
      attribution='reported', cue='study that reported'),
 dict(span='the authors said the advantages of COVID-19 vaccination outweigh any risks.',
      speaker='Unnamed authors', role='authors of the study', attribution='paraphrase', cue='said', hedges=UNN),
 dict(span='who has spread misinformation about COVID-19 vaccines',
      speaker='William Makis', role='Canadian physician', attribution='paraphrase', cue='has spread misinformation about'),
], [
 dict(surface='three', after='cases of three', value=3, unit='count', quantity='women in Japan with an aneurysm rupture after an mRNA vaccine (study)'),
])

build('f29-liar2-7284', [
 dict(span='a Georgia anti-amnesty group, the Dustin Inman Society, criticized Graham for his comments that the Palmetto State has a labor shortage.',
      speaker='Dustin Inman Society', role='Georgia anti-amnesty group', attribution='official_statement', cue='criticized'),
 dict(span='As part of his argument for comprehensive immigration reform and guest worker programs, Graham made claims there is a labor shortage in some areas',
      speaker='Graham', attribution='paraphrase', cue='made claims'),
 dict(span='in at least two instances the Republican senator specifically mentioned the meatpacking industry as an area needing workers.',
      speaker='Graham', role='Republican senator', attribution='paraphrase', cue='specifically mentioned', hedges=['at least']),
 dict(span='The society goes on to say that Graham’s state welcomes undocumented immigrants',
      speaker='Dustin Inman Society', attribution='official_statement', cue='goes on to say'),
], [
 dict(surface='at least two', value=2, unit='count', quantity='instances Graham mentioned the meatpacking industry as needing workers', approx=True),
])

build('f30-liar2-10050', [
 dict(span='Shuster said Gration was forced to resign because of his use of personal email accounts.',
      speaker='Shuster', attribution='paraphrase', cue='said'),
 dict(span='That was one issue State Department officials raised.',
      speaker='State Department officials', attribution='official_statement', cue='raised'),
 dict(span='The State Department Inspector General’s report paints a much more troubling picture of an embassy in disarray under Gration’s leadership.',
      speaker='State Department Inspector General', attribution='official_statement', cue='paints a much more troubling picture of'),
 dict(span='In the words of the auditors, Gration "has lost the respect and confidence of the staff to lead the mission."',
      quote='has lost the respect and confidence of the staff to lead the mission.',
      speaker='auditors', attribution='official_statement', cue='In the words of the auditors'),
 dict(span='according to an ambassador with much experience, it was a relatively minor one.',
      speaker='Unnamed ambassador', role='ambassador with much experience', attribution='paraphrase',
      cue='according to an ambassador with much experience', hedges=UNN),
], [])
