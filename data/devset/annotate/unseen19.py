"""The `unseen19` split: 30 more PolitiFact justifications from LIAR2 test.csv (rule in liar2_select.py:
the shorter justifications, 600 to 799 characters, skip 160, count 30).

Annotated blind: from the text alone, by the conventions in ../README.md (and the choices of
unseen.py, factdev.py, unseen2.py … unseen18.py), by someone who wrote no extraction rule, never ran
the extractor and saw no other annotation of these texts, and committed before the extractor was run
on any of them (78 attributed claims, 37 figures). These texts are short (most are the end of a justification; one, g07, is
PolitiFact's reasoning with the claim only alluded to); they are annotated by exactly the same
conventions. Organisations named as speakers ("Priorities USA" behind "An ad by Priorities USA",
"Gays Against Groomers" and "the caption" of its post, "Gateway Pundit" behind its headline and "The
blog post", "the Vote" / "The group" — the poll-watching organisation whose first word LIAR2 cut
out with the rating words, so the text names it "the Vote" —, "The Illinois Policy Institute",
"Club for Growth", "the Herald/Times", Murphy's "campaign" ("Murphy campaign", as unseen7's
"Gallego campaign"), "the New York Times" behind its story, its headline, "The article" and "It",
"the CDC" and "the EPA" behind their data, "The Pentagon", "the department" behind its casualty
status (a definite organisation the excerpt never names keeps its noun, as unseen12's
"department"), "The Planned Parenthood Action Fund" behind its ad ("aid" sic), "The Congressional
Leadership Found" (sic, spelled as written), "the DCCC") are `official_statement` when indirect and
`direct_quote` when quoted whole; "Rubio’s TV ad" speaks for Rubio and "Biden’s official campaign
platform" for Biden (`paraphrase` / `direct_quote`, a person's document, as unseen11's "X's ad");
generic groups ("the medical community", "Environmental groups", "Americans" — "large proportions"
of them with the quantifier dropped —, "some economists" with "some" dropped) are `paraphrase`;
unnamed people are "Unnamed <noun>" with the hedge "unnamed source" ("A video" / "it" "Unnamed
poster" — the platform is not named, as unseen6's "The viral image" —, the image "being shared on
social media" behind "the suggestion" "Unnamed poster", "The researchers" of a never-named 1994
survey "Unnamed researchers" as unseen17's j26, "his staff" (Romney's) "Unnamed staff" and "Harris’
press secretary" "Unnamed press secretary", the owner kept in the role). Speakers the body names
only by surname keep the surname ("Elder", "Beasley", "Trump", "Hightower", "Hubbard", "Kaine",
"Bilirakis", "Obama", "Biden", "Giuliani", "Romney", "Santorum", "Harris", "Allred", "Pence",
"Murphy", "Rubio", "McCain"); fuller names given in the body are used ("Christine Jones" from the
quote, "Daniel Quasar" with role "artist", "Mark Milley" with role "U.S. Army Gen., chairman of the
U.S. Joint Chiefs of Staff"). Choices the README and the earlier specs did not already settle:
- Multi-sentence quotes: Elder's two sentences (g01: nine unarmed black people … Nineteen unarmed
  white people) are one claim (one contrast, as unseen15's Perez); Club for Growth's quote (g19: "Jones
  called Hillary Clinton ‘…’ … secretary of state ... Hillary Clinton effective? Christine Jones
  thinks so.") is two claims, split at the quote's own " ... " (PolitiFact checks the past
  characterisation against the blog posts and then the present tense of "thinks so" separately, as
  unseen18's Opportunity Wisconsin), both `direct_quote` with cue "said"; the question stays with
  its answer. Obama's two quotes (g16: ""…," he said, adding, "…"") are two `direct_quote`s, cues "he
  said" and "adding" (as unseen12's Oliver); Quasar's two quoted sentences (g22) are two claims, the
  second a continuation with cue null (as unseen6's Cantor).
- "X says, "<whole quote>"", "X said: "<whole quote>"", "X claims "<whole quote>"" (g10, no comma)
  and "X says "<whole quote>"" (g13, the quote a full clause) are `direct_quote`; "X argued that
  "<whole quote>"" (g17) and "X claimed that "…," the "…"" (g11, two pieces joined by " … ") are
  `paraphrase` with the quote. "Trump did say the phrase "I love war in a certain way."" (g04) is a
  `direct_quote` of the quoted words with the cue "did say the phrase" (the object noun kept, as
  unseen14's "wrote a new blog post titled"); the New York Times story "that was headlined "…""
  (g18) is a `direct_quote` of the headline, cue "was headlined". "It quoted him saying, "…. ""
  (g18) is Giuliani's `direct_quote` (the words are his; the paper only relays them), cue "quoted
  him saying", span ending at "aliens." before the space and closing quote mark (as unseen16's k10).
- Speech acts whose content is stated or clear are claims, following the earlier generous lists:
  g02 "Murphy has described his University of Miami record in conflicting ways in recent years."
  (the ways follow, as unseen18's "makes several claims about"), "he said he had "dual degrees""
  (cut before PolitiFact's "when in fact …", the fronted "On his … websites" kept), "the
  Herald/Times pointed out the inaccuracy" (inside a time clause, as unseen14's "Uline had already
  announced"; least certain), "his campaign said it was an error" (cut before "and fixed it", an
  action), "Murphy had also referred to "dual degree" at times in the past" (as unseen5's "refers
  to "debts"") and "other times his websites reflected a single degree" (the websites state it,
  speaking for Murphy; cue "reflected"; least certain); g04 "his belief that Japan might be better
  off if it had nuclear weapons" (the content of "the Trump comment used in the ad", a noun with a
  named owner, as unseen11's "Trump’s suggestion that …"; hedge "might"; least certain); g05 "A
  video claimed that …" cut before ", which it falsely described as a new monetary system." — a
  second speech act with its own content (as unseen10's "MythBusters, which concluded"), cue
  "falsely described as" (adverb and "as" kept, as unseen17's "incorrectly suggests"); g06 "Gender
  incongruence … is a well-documented experience that has been widely accepted by the medical
  community." (a passive with its agent, as unseen14's "are recommended by …"; whole sentence; cue
  "has been widely accepted"; least certain) and "Treatments for young transgender people do not
  always result in prescription drugs or surgeries, as the caption implied." (the whole sentence,
  its one clause being what the caption implied, as unseen17's "as the caption claimed"); g07
  ""everybody" qualified for SCHIP and McCain says" (the text's "and" where "as" is meant; cut from
  the quote mark, PolitiFact's "If" and its consequences left out; quote "everybody"); g10 "Gateway
  Pundit assumed that …" (the post's premise, as unseen16's "That study wrongly assumed …") and "the
  mail-in ballots  the Vote cast doubt on" inside it (an object relative clause without "that", as
  unseen17's "the one Crist offered" and unseen12's "cast strong doubt"; least certain); g12 "an
  across-the-board reduction of corporate taxes that McCain says will make …" (span from the head
  noun, as unseen's "the 9 million homeowners Obama said …") and "McCain does offer some tax breaks
  for families." (a proposal in his plan, as unseen5's "the governor did propose …"; least certain);
  g17 "Americans say they like their plans" (without "Even while") and "large proportions indicate
  that …" (two speech verbs with two contents); g18 "The article noted that Giuliani had given a
  "…"" (the paper's; Giuliani's defence and urging inside it are nested), "in discussing
  immigration, has emphasized the need for …" (the second verb group after the negated "has not
  denied the comment but,"; span from the fronted adjunct, as unseen16's second verbs) and "Romney
  accurately described Giuliani's comment" (without PolitiFact's "We find that", as unseen17's
  "Flake accurately described"); g19 "Jones does characterize Clinton as …" (cue "does characterize
  Clinton as", the object kept as unseen16's "described his condition as") and "Jones started
  walking back her remarks in 2014" (a retraction, as unseen18's "retracted that statement"; the
  negation "What the ad does not mention" covers the mentioning; least certain — unseen11/unseen18
  took "backed off that promise" / "backs away from it" as no claims); g23 "asking for reform of
  Freddie Mac and Fannie Mae." (the letter's request, span and cue from "asking for", as unseen11's
  "urging them to join"; the signer Santorum speaks); g24 "a methodology that some economists say
  makes the tax system look less progressive than it actually is." (from the head noun); g25 "what
  Romney has said -- that he wants to end federal funding …" (from "what", cut before "--") and "his
  staff reaffirmed that position." (cue "reaffirmed", as unseen4's "reiterated"); g26 "He accurately
  cited a comparison …" (as unseen7's "accurately recapped"); g28 "Biden’s official campaign
  platform says …", "Harris has called for "reimagining" …" (quote "reimagining") and "Harris has
  said she doesn’t want to get rid of law enforcement." (the positive second clause after the
  negated "she hasn’t explicitly said"); g29 "the suggestion that Biden was wearing a mask alone in
  a room" (the post's implied content, no reporting verb but a noun giving new content, as unseen8's
  "the subtext of the Facebook post — that …"; speaker "Unnamed poster"; least certain); g30 "a 40
  percent reduction in education spending as the DCCC claims" (cut to the content and its "as"
  clause, as unseen8's "not two, as Vincent claimed").
- Documents and data: "CDC data for 2021 shows …" (g03), "EPA data show …" (g14) and "A department
  casualty status released Jan. 30 shows no U.S. deaths in Ukraine." (g20) name their source:
  `official_statement` (as unseen's "Bureau of Labor Statistics data shows"; cues "data for 2021
  shows", "data show", "casualty status released Jan. 30 shows"); without a named maker they are
  `reported` with the publication date: "the bill makes it clear that …" (g15, a bill whose sponsor
  the excerpt never names, as unseen13's "The bill also says"; "While there may be … covers," left
  out), "A cursory look at polling would suggest that …" (g17; "would" a softener, not a
  hypothetical; least certain), "The study Harris relies on estimates that …" (g24, the study's
  makers only "leading economists"; hedge "estimates"; the whole sentence, PolitiFact's "— not that
  he pays more in actual taxes —" inside it), "the most recent data indicates …" (g26, "However,"
  left out). "The American Heritage Dictionary defines "everybody" as "every person."" (g07) is
  `reported` (a dictionary, as unseen6's "According to Dorland's Illustrated Medical Dictionary")
  with the speaker "American Heritage Dictionary" (named, as unseen11's "according to Congressional
  Quarterly"), cue "defines", said_at null, the quote only the definition "every person." (the
  headword is a mention, not the dictionary's assertion).
- Photos that "show" a scene (g29: "the photo shows only about a quarter of the world leaders",
  "Other photos from the summit show …", "photos from the State Department show he was joined …")
  are no claims: a picture depicts, it asserts nothing (as unseen8's "A video shows Cordray speaking
  at the rally"); least certain.
- Not claims: PolitiFact's verdicts and readings ("Shelby is right that …", "he’s only talking about
  carbon dioxide emissions …" (as "was referring to"), "Biden’s argument is technically correct",
  "the numbers make it sound far worse …", "the ad omits critical facts", "The radio attack ad
  overstates …", "the 40 percent figure actually refers to …", "The  stretches beyond opinion … to
  deny …"); re-mentions ("Obama's overall statement -- billions in tax breaks … --" (restates the
  claim under check), "the Trump comment used in the ad", "the term Kaine uses", "Elder’s  also
  omitted", "By saying "Christine Jones thinks so,"", "by casting the candidate as someone who has
  "…"", "to say that the fund "is available …"", "to say that Romney would act to "get rid" …",
  "We rate claims that …", "We rate the  that in Ukraine, …"); provenance ("His source is a
  small-sample survey", "The quote came from a 1994 story", "The blog post’s assertions rest on the
  testimony of  the Vote", "it relies on estimates"); negations and omissions ("Giuliani has not
  denied the comment", "it didn't warn of a meltdown", "we couldn't find  that Santorum voiced that
  concern", "Kaine did not acknowledge these points", "There have been no news or government reports
  that …", "Her former presidential campaign platform did not mention it", "she hasn’t explicitly
  said", "there is nothing in Harris’ ad that suggested", "What the ad does not mention", "The
  Washington Post’s data doesn’t include …"); hypotheticals ("Some families will consider that … while
  others might rate it "almost nothing."", "You could argue about those numbers.", "Readers can
  decide"); actions, votes, wishes and positions ("Congress in 1970 set a course for ending federal
  subsidies", "he sponsored a successful amendment", "The SCHIP bill that Bush vetoed", "voting yes",
  "Obama did vote to reauthorize", "his campaign is fighting in federal court", "Hurt and the group
  want to …", "Biden donated 1,850 boxes", "The fees listed on a FedNow website" (as unseen16's "The
  figures listed in the post")); data and surveys described in PolitiFact's voice ("Those numbers
  matched the Washington Post’s tally", "the Washington Post’s figures have increased", "It counted
  some firearms …", "The 1994 survey measured gun transactions", "When the results were adjusted …");
  speech without content ("the image that’s being shared on social media", "earlier Republican
  proposals", "Planned Parenthood provided some additional statistics" in the UPDATE, as unseen4's
  "provided us the same information"); g26's "while advocating for spending bills like the Build Back
  Better bill" is part of Allred's cue (as unseen11's "Stephenson wrote in dismissing warnings of a
  tax increase"), not a claim of its own; RELATED headlines, the credits line and "(Read more about
  our partnership with Facebook .)".
- said_at: "said on Oct. 25" (g26, published 2021-10-25) is 2021-10-25; the casualty status
  "released Jan. 30" (g20, published 2023-02-05) 2023-01-30 (as unseen16's "released June 2");
  "announced in December", "said in January", "in 2014", "dating back to January 2012", "a 1994
  story", "In media appearances", "in a Facebook ad" give no day: null. `reported` claims in the
  article's voice get the publication date; the dictionary's definition gets null.
- Cues: "said on Oct. 25 while advocating for spending bills like the Build Back Better bill" (the
  participle adjunct kept, the no-break space copied), "said in a Facebook ad", "told Wisconsin
  Assembly members", "announced in December", "said in January", "wrote Quasar on his website"
  (after the quote, the speaker's mention and adjunct), "he said" / "adding", "quoted him saying",
  "was headlined", "did say the phrase", "has called for", "also warned", "pointed out",
  "reaffirmed", "cites" (the "as" phrase left out, as unseen11's Pritzker "cited"), "assumed",
  "cast doubt on", "implied", "accurately described", "accurately cited", "has emphasized",
  "started walking back", "asking for", "belief", "suggestion".
- Hedges: "according to reports" inside Rubio's quote (g02) is a reporting hedge (as "reportedly");
  "estimated" in Kaine's quote and "estimates" in the study's claim (g24); "might" in Trump's belief
  (g04); "more than" (Milley), "over" (Allred); "would", "only", "technically", "virtually",
  "potentially" (outside any claim) are no hedges here.
- Figures: "ages 1 to 19" (g03) is the `years` range 1–19 (as unseen3's "16 to 21"); "No. 1",
  "number one killer" are ranks, "26 times higher" (a RELATED headline) a ratio; "almost 21 years
  old" (g13, the survey's age) is `years` 21, approx, surface with "years old" (unit words written
  with the number, as "five-year-old"); "14 to 22 percent", "13.4 to 15.7 percent" ("anywhere from"
  a range marker, not an approximator) and "12 percent to 35 percent" ("potentially" before the verb
  is no approximator) are percent ranges; "not … anywhere near a 40 percent reduction" (g30) gives
  percent 40, not approx (the negated "anywhere near" does not hedge the number the DCCC claims);
  "the 40 percent figure" and "an immediate 40 percent cut" are percent 40 each; "3-percent soft
  drink tax" percent 3; "seven other cities" a count; "two areas of study" (g02) a count of 2, while
  "a single degree", "dual degrees", "a double major" give no figure; "25-year-old" `years` 25 and
  "$75,000 a year" USD 75,000; "two jobs" and "the richest 400 families" counts, "24.2%" and "23%"
  percent; "over 2 million" and "Roughly 1.8 million" (the surface copies the text's space, no-break
  space and space between "1.8" and "million") counts, approx, "Allred's 2 million" a count, "ages 16 and over" `years` 16,
  approx (as unseen6's "16 and older"); "about a quarter" (g29) percent 25, approx; "more than
  100,000" a count, approx; the rated statement's "2,458" and "234" in the rating sentence are
  counts (figures are annotated wherever they are written); "three bankruptcy judges" a count;
  "1,850 boxes" a count; "24 other senators" (in Santorum's quote) a count; "18 crimes" a count;
  "the ‘2,000 mules’ trailer" (a RELATED headline) is the film's title, a name, no figure (least
  certain); "7th Army Training Command" an ordinal in a name; "hundreds of thousands", "billions",
  "decades", "large proportions", "a few elements", "a group of colleagues" give no number; "Last
  year", "in recent years", years ("1970", "1971", "1982", "1994", "2005", "2006", "2011", "2012",
  "2014", "2018", "2020", "2021"), months ("February 2020", "December", "January 2012") and "Jan. 30",
  "Aug. 2", "Oct. 25" are time expressions and dates; the sharethefacts address is a link.
"""
from helper import build_liar2


def build(name, claims, figures):
    build_liar2(name, claims, figures, split='unseen19')


UNN = ['unnamed source']

build('g01-liar2-17798', [
 dict(span='Last year, there were nine unarmed black people killed (by law enforcement). Nineteen unarmed white people.', quote='SPAN',
      speaker='Elder', attribution='direct_quote', cue='said'),
], [
 dict(surface='nine', value=9, unit='count', quantity='unarmed black people killed by law enforcement last year (as said)'),
 dict(surface='Nineteen', value=19, unit='count', quantity='unarmed white people killed by law enforcement last year (as said)'),
])

build('g02-liar2-12367', [
 dict(span='Murphy embellished, according to reports, his University of Miami academic achievement.', quote='SPAN',
      speaker='Rubio', attribution='direct_quote', cue='says', hedges=['according to reports']),
 dict(span='Murphy has described his University of Miami record in conflicting ways in recent years.',
      speaker='Murphy', attribution='paraphrase', cue='has described'),
 dict(span='On his congressional office and U.S. Senate campaign websites he said he had "dual degrees"',
      quote='dual degrees', speaker='Murphy', attribution='paraphrase', cue='said'),
 dict(span='the Herald/Times pointed out the inaccuracy',
      speaker='Herald/Times', attribution='official_statement', cue='pointed out'),
 dict(span='his campaign said it was an error',
      speaker='Murphy campaign', attribution='official_statement', cue='said'),
 dict(span='Murphy had also referred to "dual degree" at times in the past',
      quote='dual degree', speaker='Murphy', attribution='paraphrase', cue='had also referred to'),
 dict(span='other times his websites reflected a single degree.',
      speaker='Murphy', attribution='paraphrase', cue='reflected'),
], [
 dict(surface='two', after='double major in', value=2, unit='count', quantity='areas of study of Murphy’s double major'),
])

build('g03-liar2-22806', [
 dict(span='Gun violence is the number one killer of children and teens — it has overtaken cars.', quote='SPAN',
      speaker='Beasley', attribution='direct_quote', cue='said'),
 dict(span='CDC data for 2021 shows that for people ages 1 to 19, firearm-related deaths ranked No. 1, followed by deaths from car accidents.',
      speaker='CDC', attribution='official_statement', cue='data for 2021 shows'),
], [
 dict(surface='1 to 19', low=1, high=19, unit='years', quantity='age range in which firearm-related deaths ranked first (CDC data for 2021)'),
])

build('g04-liar2-11871', [
 dict(span='An ad by Priorities USA says Trump says he loves war, "including with nukes."',
      quote='including with nukes.', speaker='Priorities USA', attribution='official_statement', cue='says'),
 dict(span='I love war in a certain way.', quote='SPAN',
      speaker='Trump', attribution='direct_quote', cue='did say the phrase'),
 dict(span="Trump has said he wouldn't rule out using nuclear weapons.",
      speaker='Trump', attribution='paraphrase', cue='has said'),
 dict(span='He says they would be the weapon of last resort and that he believes nuclear proliferation to be the "biggest problem, to me, in the world."',
      quote='biggest problem, to me, in the world.', speaker='Trump', attribution='paraphrase', cue='says'),
 dict(span='his belief that Japan might be better off if it had nuclear weapons.',
      speaker='Trump', attribution='paraphrase', cue='belief', hedges=['might']),
], [])

build('g05-liar2-23026', [
 dict(span='A video claimed that Americans would be forced to pay hefty fees with the new FedNow Service',
      speaker='Unnamed poster', attribution='paraphrase', cue='claimed', hedges=UNN),
 dict(span='which it falsely described as a new monetary system.',
      speaker='Unnamed poster', attribution='paraphrase', cue='falsely described as', hedges=UNN),
], [])

build('g06-liar2-23352', [
 dict(span='There is no such thing as a trans kid.', quote='SPAN',
      speaker='Gays Against Groomers', attribution='direct_quote', cue='said'),
 dict(span='Gender incongruence in children and adolescents is a well-documented experience that has been widely accepted by the medical community.',
      speaker='medical community', attribution='paraphrase', cue='has been widely accepted'),
 dict(span='Treatments for young transgender people do not always result in prescription drugs or surgeries, as the caption implied.',
      speaker='Gays Against Groomers', attribution='official_statement', cue='implied'),
], [])

build('g07-liar2-107', [
 dict(span='"everybody" qualified for SCHIP and McCain says',
      quote='everybody', speaker='McCain', attribution='paraphrase', cue='says'),
 dict(span='The American Heritage Dictionary defines "everybody" as "every person."',
      quote='every person.', speaker='American Heritage Dictionary', attribution='reported', cue='defines'),
], [
 dict(surface='25-year-old', value=25, unit='years', quantity='age of the example man who would not qualify for SCHIP'),
 dict(surface='$75,000', value=75000, unit='USD', quantity='yearly earnings of the example man who would not qualify for SCHIP'),
])

build('g08-liar2-13660', [
 dict(span='The Illinois Policy Institute cites Cook County’s new sweetened drink tax as making soda sold in the city of Chicago "among the most expensive in the country."',
      quote='among the most expensive in the country.', speaker='Illinois Policy Institute', attribution='official_statement', cue='cites'),
], [
 dict(surface='3-percent', value=3, unit='percent', quantity='Chicago’s soft drink tax'),
 dict(surface='seven', value=7, unit='count', quantity='other cities that have enacted or are poised to enact by-the-ounce soda taxes'),
])

build('g09-liar2-7662', [
 dict(span='Hightower said the postal service has taken no taxpayer aid since 1971, funds operations entirely from the sale of stamps and the like and makes an "operational profit year after year."',
      quote='operational profit year after year.', speaker='Hightower', attribution='paraphrase', cue='said'),
], [])

build('g10-liar2-21358', [
 dict(span='A STOLEN ELECTION: State totals minus illegal ballot trafficking numbers give President Trump decisive victories in AZ, GA, MI, PA, and WI.', quote='SPAN',
      speaker='Gateway Pundit', attribution='direct_quote', cue='claims'),
 dict(span='The group told Wisconsin Assembly members that they weren’t alleging that the votes were illegal, but that the process was abused.',
      speaker='the Vote', attribution='official_statement', cue='told Wisconsin Assembly members'),
 dict(span='Gateway Pundit assumed that all of the mail-in ballots  the Vote cast doubt on are illegal and should be thrown out, and that all of them were for Biden.',
      speaker='Gateway Pundit', attribution='official_statement', cue='assumed'),
 dict(span='the mail-in ballots  the Vote cast doubt on',
      speaker='the Vote', attribution='official_statement', cue='cast doubt on'),
], [])

build('g11-liar2-22595', [
 dict(span='Hubbard claimed that "more classified documents (were) found at the University of Delaware," the "equivalent of a tractor trailer worth."',
      quote='more classified documents (were) found at the University of Delaware … equivalent of a tractor trailer worth.',
      speaker='Hubbard', attribution='paraphrase', cue='claimed'),
], [
 dict(surface='1,850', value=1850, unit='count', quantity='boxes of senatorial papers Biden donated to the University of Delaware'),
])

build('g12-liar2-588', [
 dict(span='an across-the-board reduction of corporate taxes that McCain says will make the United States more competitive with countries around the world.',
      speaker='McCain', attribution='paraphrase', cue='says'),
 dict(span='McCain does offer some tax breaks for families.',
      speaker='McCain', attribution='paraphrase', cue='does offer'),
], [])

build('g13-liar2-10209', [
 dict(span='it’s estimated that 40 percent of all the guns that are sold in the United States occur with no background records check.', quote='SPAN',
      speaker='Kaine', attribution='direct_quote', cue='says', hedges=['estimated']),
 dict(span='The researchers say they "don’t know" if their findings are relevant today.',
      quote='don’t know', speaker='Unnamed researchers', attribution='paraphrase', cue='say', hedges=UNN),
], [
 dict(surface='40 percent', value=40, unit='percent', quantity='guns sold in the U.S. with no background records check (as said)'),
 dict(surface='almost 21 years old', value=21, unit='years', quantity='age of the survey Kaine relies on', approx=True),
 dict(surface='14 to 22 percent', low=14, high=22, unit='percent', quantity='firearms sold without background checks, adjusted to guns sold (1994 survey)'),
])

build('g14-liar2-10454', [
 dict(span='Florida has reduced its carbon emissions by 20 percent since 2005.', quote='SPAN',
      speaker='Bilirakis', attribution='direct_quote', cue='said'),
 dict(span='EPA data show those Florida electricity generators have cut carbon dioxide emissions by 21.8 percent between 2005 and 2012.',
      speaker='EPA', attribution='official_statement', cue='data show'),
 dict(span='Environmental groups also warned that the current reductions aren’t guaranteed.',
      speaker='Environmental groups', attribution='paraphrase', cue='also warned'),
], [
 dict(surface='20 percent', value=20, unit='percent', quantity='reduction of Florida’s carbon emissions since 2005 (as said)'),
 dict(surface='21.8 percent', value=21.8, unit='percent', quantity='cut in carbon dioxide emissions of Florida electricity generators, 2005-2012 (EPA data)'),
 dict(surface='13.4 to 15.7 percent', low=13.4, high=15.7, unit='percent', quantity='drop in Florida’s overall carbon dioxide emissions from all sources'),
])

build('g15-liar2-1571', [
 dict(span='the bill makes it clear that the money must be used to liquidate -- not keep alive -- failing firms.',
      attribution='reported', cue='the bill makes it clear', said_at='2010-03-25'),
], [
 dict(surface='$50 billion', value=50e9, unit='USD', quantity='fund the bill would create to dismantle large failing firms'),
 dict(surface='three', after='Federal Reserve and', value=3, unit='count', quantity='bankruptcy judges whose agreement the FDIC must have'),
])

build('g16-liar2-247', [
 dict(span='Obama said the final deal was not ideal but was an improvement over earlier Republican proposals.',
      speaker='Obama', attribution='paraphrase', cue='said'),
 dict(span='This compromise does modestly improve the Patriot Act by strengthening civil liberties protections without sacrificing the tools that law enforcement needs to keep us safe', quote='SPAN',
      speaker='Obama', attribution='direct_quote', cue='he said'),
 dict(span='I urge my colleagues to continue working on ways to improve the civil liberties protections in the Patriot Act after it is reauthorized.', quote='SPAN',
      speaker='Obama', attribution='direct_quote', cue='adding'),
], [])

build('g17-liar2-16727', [
 dict(span='Biden argued that "160 million people like their private insurance."',
      quote='160 million people like their private insurance.', speaker='Biden', attribution='paraphrase', cue='argued'),
 dict(span='A cursory look at polling would suggest that most of the people he’s talking about — Americans who get coverage through work — are happy with their plans.',
      attribution='reported', cue='A cursory look at polling would suggest', said_at='2019-11-20'),
 dict(span='Americans say they like their plans',
      speaker='Americans', attribution='paraphrase', cue='say'),
 dict(span='large proportions indicate that the private coverage they have still leaves meaningful gaps, requiring them to skip or delay health care because they cannot afford it.',
      speaker='Americans', attribution='paraphrase', cue='indicate'),
], [
 dict(surface='160 million', value=160e6, unit='count', quantity='people who like their private insurance (as said)'),
])

build('g18-liar2-187', [
 dict(span='New York Officials Welcome Immigrants, Legal or Illegal.', quote='SPAN',
      speaker='New York Times', attribution='direct_quote', cue='was headlined'),
 dict(span='The article noted that Giuliani had given a "spirited defense of illegal immigrants, virtually urging them to settle in New York City."',
      quote='spirited defense of illegal immigrants, virtually urging them to settle in New York City.',
      speaker='New York Times', attribution='official_statement', cue='noted'),
 dict(span='Some of the hardest-working and most productive people in this city are undocumented aliens.', quote='SPAN',
      speaker='Giuliani', attribution='direct_quote', cue='quoted him saying'),
 dict(span='in discussing immigration, has emphasized the need for more border security and tougher enforcement by the federal government.',
      speaker='Giuliani', attribution='paraphrase', cue='has emphasized'),
 dict(span="Romney accurately described Giuliani's comment",
      speaker='Romney', attribution='paraphrase', cue='accurately described'),
], [])

build('g19-liar2-12257', [
 dict(span='Jones called Hillary Clinton ‘a capable and respected leader,’ and an ‘effective’ secretary of state', quote='SPAN',
      speaker='Club for Growth', attribution='direct_quote', cue='said'),
 dict(span='Hillary Clinton effective? Christine Jones thinks so.', quote='SPAN',
      speaker='Club for Growth', attribution='direct_quote', cue='said'),
 dict(span='In multiple blog posts dating back to January 2012, Jones does characterize Clinton as capable, respected and effective.',
      speaker='Christine Jones', attribution='paraphrase', cue='does characterize Clinton as'),
 dict(span='Jones started walking back her remarks in 2014.',
      speaker='Christine Jones', attribution='paraphrase', cue='started walking back'),
], [])

build('g20-liar2-22607', [
 dict(span='A department casualty status released Jan. 30 shows no U.S. deaths in Ukraine.',
      speaker='department', attribution='official_statement', cue='casualty status released Jan. 30 shows', said_at='2023-01-30'),
 dict(span="The Pentagon announced in December that Ukrainian troops would travel to a U.S. base in Grafenwöhr, Germany for military training from soldiers from the U.S. Army Europe and Africa Command's 7th Army Training Command.",
      speaker='Pentagon', attribution='official_statement', cue='announced in December'),
 dict(span='U.S. Army Gen. Mark Milley, chairman of the U.S. Joint Chiefs of Staff, said in January that Russia alone has had more than 100,000 killed or wounded.',
      speaker='Mark Milley', role='U.S. Army Gen., chairman of the U.S. Joint Chiefs of Staff', attribution='paraphrase',
      cue='said in January', hedges=['more than']),
], [
 dict(surface='more than 100,000', value=100000, unit='count', quantity='Russians killed or wounded (Milley)', approx=True),
 dict(surface='2,458', value=2458, unit='count', quantity='NATO soldiers said to have died in Ukraine (the rated claim)'),
 dict(surface='234', value=234, unit='count', quantity='NATO military trainers said to have died in Ukraine (the rated claim)'),
])

build('g21-liar2-18509', [
 dict(span='Trump said poll watchers were "thrown out" of a polling place in Philadelphia.',
      quote='thrown out', speaker='Trump', attribution='paraphrase', cue='said'),
], [])

build('g22-liar2-23270', [
 dict(span='The trans flag stripes and marginalized community stripes were shifted to the Hoist of the flag and given a new chevron shape', quote='SPAN',
      speaker='Daniel Quasar', role='artist', attribution='direct_quote', cue='wrote Quasar on his website'),
 dict(span='The arrow points to the right to show forward movement, while being along the hoist edge shows that progress still needs to be made.', quote='SPAN',
      speaker='Daniel Quasar', attribution='direct_quote', cue=None),
], [])

build('g23-liar2-4975', [
 dict(span='Santorum said he "went out and authored a letter with 24 other senators asking for major reform of Freddie and Fannie, warning of a meltdown and a bubble in the housing market."',
      quote='went out and authored a letter with 24 other senators asking for major reform of Freddie and Fannie, warning of a meltdown and a bubble in the housing market.',
      speaker='Santorum', attribution='paraphrase', cue='said'),
 dict(span='asking for reform of Freddie Mac and Fannie Mae.',
      speaker='Santorum', attribution='paraphrase', cue='asking for'),
], [
 dict(surface='24', value=24, unit='count', quantity='other senators with whom Santorum authored the letter (as said)'),
])

build('g24-liar2-16725', [
 dict(span='In America, there is a father who is holding down two jobs and paying more taxes than the richest 400 families in America.', quote='SPAN',
      speaker='Harris', attribution='direct_quote', cue='said'),
 dict(span='The study Harris relies on estimates that a typical taxpayer pays a higher tax rate on federal, state and local taxes — not that he pays more in actual taxes — than do the richest families.',
      attribution='reported', cue='The study Harris relies on estimates', said_at='2019-11-13', hedges=['estimates']),
 dict(span='a methodology that some economists say makes the tax system look less progressive than it actually is.',
      speaker='economists', attribution='paraphrase', cue='say'),
], [
 dict(surface='two', value=2, unit='count', quantity='jobs held by the father (as said)'),
 dict(surface='400', value=400, unit='count', quantity='richest families in America (as said)'),
 dict(surface='24.2%', value=24.2, unit='percent', quantity='tax rate of a typical taxpayer (the study)'),
 dict(surface='23%', value=23, unit='percent', quantity='tax rate of the richest families (the study)'),
])

build('g25-liar2-6641', [
 dict(span='The Planned Parenthood Action Fund aid said that Romney wants to "get rid of Planned Parenthood."',
      quote='get rid of Planned Parenthood.', speaker='Planned Parenthood Action Fund', attribution='official_statement', cue='said'),
 dict(span='what Romney has said -- that he wants to end federal funding for Planned Parenthood, not abolish the organization',
      speaker='Romney', attribution='paraphrase', cue='has said'),
 dict(span='his staff reaffirmed that position.',
      speaker='Unnamed staff', role='Romney’s staff', attribution='paraphrase', cue='reaffirmed', hedges=UNN),
], [
 dict(surface='12 percent to 35 percent', low=12, high=35, unit='percent', quantity='share of Planned Parenthood’s budget an end to federal funding could chop'),
])

build('g26-liar2-20592', [
 dict(span="You've had over 2 million women drop out of the workforce during this pandemic.", quote='SPAN',
      speaker='Allred', attribution='direct_quote', cue='said on Oct. 25 while advocating for spending bills like\xa0the Build Back Better bill',
      said_at='2021-10-25', hedges=['over']),
 dict(span='He accurately cited a comparison of the number of women in the labor force from February 2020 to February 2021.',
      speaker='Allred', attribution='paraphrase', cue='accurately cited'),
 dict(span="the most recent data indicates many women have rejoined the labor force since February and the net number of women who dropped out of the workforce is\xa0a lower number, but not far off from Allred's 2 million.",
      attribution='reported', cue='the most recent data indicates', said_at='2021-10-25'),
], [
 dict(surface='over 2 million', value=2e6, unit='count', quantity='women who dropped out of the workforce during the pandemic (as said)', approx=True),
 dict(surface='2 million', after="Allred's 2 million", value=2e6, unit='count', quantity='Allred’s number of women who dropped out of the workforce'),
 dict(surface='Roughly 1.8 \xa0 million', value=1.8e6, unit='count', quantity='fewer women in the workforce compared to February 2020', approx=True),
 dict(surface='16 and over', value=16, unit='years', quantity='age of the women counted in the workforce figure', approx=True),
])

build('g27-liar2-15085', [
 dict(span='The Congressional Leadership Found says Radinovich has "spent his life running from the law, charged with 18 crimes."',
      quote='spent his life running from the law, charged with 18 crimes.',
      speaker='Congressional Leadership Found', attribution='official_statement', cue='says'),
], [
 dict(surface='18', value=18, unit='count', quantity='crimes Radinovich was charged with (as said)'),
])

build('g28-liar2-18571', [
 dict(span='Pence said in a Facebook ad that, as vice president, Harris would "defund, dismantle, and dissolve police departments."',
      quote='defund, dismantle, and dissolve police departments.', speaker='Pence', attribution='paraphrase', cue='said in a Facebook ad'),
 dict(span='Biden’s official campaign platform says his administration would not defund police departments.',
      speaker='Biden', attribution='paraphrase', cue='says'),
 dict(span='Harris’ press secretary said she does not support defunding the police.',
      speaker='Unnamed press secretary', role='Harris’ press secretary', attribution='paraphrase', cue='said', hedges=UNN),
 dict(span='In media appearances, Harris has called for "reimagining" public safety across the country.',
      quote='reimagining', speaker='Harris', attribution='paraphrase', cue='has called for'),
 dict(span='Harris has said she doesn’t want to get rid of law enforcement.',
      speaker='Harris', attribution='paraphrase', cue='has said'),
], [])

build('g29-liar2-19632', [
 dict(span='the suggestion that Biden was wearing a mask alone in a room',
      speaker='Unnamed poster', attribution='paraphrase', cue='suggestion', hedges=UNN),
], [
 dict(surface='about a quarter', value=25, unit='percent', quantity='share of the world leaders in attendance the shared photo shows', approx=True),
])

build('g30-liar2-3008', [
 dict(span='a 40 percent reduction in education spending as the DCCC claims',
      speaker='DCCC', attribution='official_statement', cue='claims'),
], [
 dict(surface='40 percent', value=40, unit='percent', quantity='the figure, a reduction of hypothetical 2021 spending to 2006 levels'),
 dict(surface='40 percent', after='not an immediate', value=40, unit='percent', quantity='immediate cut the figure does not mean'),
 dict(surface='eight percent', value=8, unit='percent', quantity='share of Virginia’s public education funds from Washington'),
 dict(surface='40 percent', after='anywhere near a', value=40, unit='percent', quantity='reduction in education spending the DCCC claims'),
])
