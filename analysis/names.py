"""Names: the body or person a cited phrase names.

The attribution stage finds the phrase a sentence credits ("a new estimate by British
military intelligence", "data the customs office provided to Ledgerline", "chief surgeon
Mykola Hrytsai"); this module cuts it down to the name a reader would cite: no leading
time, determiner, title or descriptor, the originator rather than the outlet that saw a
paper, the body rather than its head or spokesman. ``is_body`` and ``institution`` say
whether what is left names a body at all.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from analysis.bodies import COUNTRY_NAMES, canonical, kind_of, known
from analysis.lexicon import BODY_WORDS, GENERIC_SUBJECTS, NOUNS, TITLE_WORDS

ACRONYM: Final = re.compile(r"[A-Z]{2,5}")

_FROM: Final = re.compile(  # "an update from X", "imagery analysed by X"; lower case: "the Study of War" is a name
    r"\b(?:(?i:data|information|figures|statistics|imagery|images|photos|footage|pictures)|reports?|updates?|assessments?|estimates?|"
    r"analys[ie]s|study|survey|statement|briefing|documents?|investigation|research|tally|count|review|affidavit|"
    r"complaint|indictment|filing|lawsuit|letter|memo|testimony|evidence|submissions?|tracking|monitoring|audits?|polls?|census)\s+"
    r"(?:of\s+(?:[a-z-]+\s+){1,2}by|(?:from|by|of)|(?:released|published|compiled|analy[sz]ed|obtained|seen|reviewed|provided|commissioned|"
    r"conducted|carried\s+out|gathered|collected|taken|tabled|submitted|presented|issued)(?:\s+[\w’']+){0,3}?\s+by)\s+"
    r"(?:the\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:service|office|department|directorate|division|unit|branch)\s+of\s+(?:the\s+)?(?=[A-Z]))?"
    r"(?P<np>(?:(?:the|a|an)\s+)?(?:(?:researchers|analysts|experts|scientists|investigators|specialists)\s+(?:at|from|with)\s+(?:the\s+)?)?"
    r"[^a-z\d].+)$")  # "data compiled by the border service of Russia's FSB": the FSB's

_SEEN_BY: Final = re.compile(r"^(?:(?:an?|the)\s+)?(?:(?:confidential|classified|secret|internal|new|latest|leaked|unpublished|draft)\s+)*"
                             r"(?P<owner>.+?)\s+(?:data|documents?|figures|records|statistics|papers|estimates?|assessments?|numbers|"
                             r"reports?|memos?|briefings?|analys[ie]s|studies|study|cables?|dossiers?)\s+"
                             r"(?:seen|obtained|reviewed|viewed|examined|cited|quoted|reported|published)\s+by\b", re.IGNORECASE)

PROPER: Final = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:of|for|the|and|on|de|van|von|&)?\s*[A-Z0-9][\w’'.-]*)*")
"""A run of proper words: "Defence Ministry" of "Defence Ministry payment", "Ministry of Defence"."""

_PAPERS_SEEN_BY: Final = re.compile(r"(?:[A-Z][a-z]+\s+)?(?:[Dd]ata|[Dd]ocuments?|[Rr]ecords|[Pp]apers|[Ff]iles|[Ff]igures)\s+(?:seen|"
                                    r"obtained|reviewed|viewed|examined)\s+by\s+(?:the\s+)?(?P<np>[A-Z].*)$")

_POSSESSIVE_REPORT: Final = re.compile(
    r"^(?P<np>.+?)[’']s?\s+(?:[a-z-]+\s+){0,2}(?:report|update|assessment|estimate|analysis|data|figures|study|survey|statement|briefing|tally|count|tracking|monitoring|"
    r"paper|website|site|channel|complaint|indictment|filing|lawsuit|affidavit|advertisements?|adverts?|announcements?|notices?|"
    r"releases?|bulletins?|tables)\b"
    r"|^(?P<periodical>.+?)[’']s?\s+(?:annual|yearly|quarterly|monthly|weekly)\s+(?-i:(?:[A-Z][\w-]*\s+){0,3})"
    r"(?-i:Balance|Review|Report|Yearbook|Survey|Outlook|Index|Bulletin|Digest|Assessment|Almanac|Monitor|Paper|Book)\b",
    # "the IISS's annual Military Balance"; not "Kim Jong Un's annual New Year speech"
    re.IGNORECASE)

LEADING: Final = re.compile(
    r"^(?:(?:in|on|by|since|last|earlier|later|this|during|at|from|early|late)\s+(?:\w+\s+){0,2}?(?:\d{4}|\w+day|week|month|year|january|february|"
    r"march|april|may|june|july|august|september|october|november|december)\b[,]?\s*|(?:but|and|however|meanwhile|separately|still|yet|now|so|even|earlier|later)\b[,]?\s*|"
    r"(?:a|an|one|two|three|four|five|six|several|a\s+few)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|later)\b[,]?\s*)+",
    re.IGNORECASE)

_SECTION_NUMBER: Final = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?\s+(?=[A-Z])")
_DETERMINERS: Final = re.compile(r"^(?:the|a|an|one|some|several|two|three|many|other|our\s+own|our)\s+", re.IGNORECASE)

INSTITUTION_HEADS: Final = (r"agency|ministry|group|think[ -]tank|institute|centre|center|service|firm|company|administration|"
                            r"council|outlet|newspaper|broadcaster|coast\s+guard|command|office|department|directorate|"
                            r"committee|commission|monitor|mission|observatory|brigade|regiment|battalion|headquarters|alliance|bloc|"
                            r"NGO|watchdog|charity|air\s+force|channel")
"""Head nouns that, after "the", point back at a body named before: "the administration said", "the outlet said"."""

POINTERS: Final = re.compile(  # "the agency", "the country's spy agency", "he": the body cited just before
    r"^(?:of\s+(?:the|those|these)\s+(?:[a-z-]+\s+)?officials$|"  # "one of the officials" ("one" is cut first)
    r"(?:[Tt]he\s+)?(?:[a-z-]+\s+)?[a-z-]+[’']s\s+(?:press\s+)?(?:office|service)$|"  # "the regional prosecutor's office",
    # "the railway's press service"
    r"[Ii]ts\s+(?:own\s+)?(?:investigators|analysts|researchers|experts|officials|staff|monitors|inspectors)$|"  # its staff
    r"(?![Hh]is\s|[Hh]er\s|[Mm]y\s|[Oo]ur\s|[Yy]our\s)(?:[Tt]he\s+)?(?:(?:country|nation|state|[Nn]orth|[Ss]outh|group|agency|ministry|"
    r"brigade|regiment|battalion|unit|army|company|firm|institute|department|office|administration|team|panel|committee|"
    r"commission|council|centre|center|monitor)[’']s\s+)?"
    r"(?:[a-z-]+\s+){0,2}?"
    rf"(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Hh]im|[Hh]er|[Tt]hem|[Aa]nother|report|{INSTITUTION_HEADS}|official|team|bank|"
    r"spokesman|spokeswoman|spokesperson|organisation|organization|body|study|analysis|assessment|update|same\s+report|"
    r"same\s+source|document|documents|note|memo|memorandum|dossier|files|papers|spreadsheets|survey|intelligence\s+service|statement|briefing|testimony|data|figures|numbers|statistics)$)")

_SPEAKER_WORDS: Final = ("representative", "delegat", "ambassador", "envoy")

SPEAKERS: Final = r"(?:permanent\s+)?(?:representative|delegate|ambassador|envoy|delegation)s?"

_REPRESENTATIVE: Final = re.compile(  # "the representative of the United Kingdom", "Japan's delegate", "the United States representative"
    rf"(?:[Tt]he\s+)?{SPEAKERS}\s+(?:of|for|from)\s+(?:the\s+)?(?P<np>[A-Z].*)$|"
    rf"(?:[Tt]he\s+)?(?P<owner>[A-Z][\w.’' -]*?)(?:[’']s)?\s+{SPEAKERS}$")

_HEAD_OF: Final = re.compile(r"(?:[Tt]he\s+)?(?:head|chief|director|spokes(?:man|woman|person)|commander|governor|"
                            r"press\s+(?:service|office))\s+(?:of|for)\s+(?P<np>(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+)?[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,6})$")
"""An office's holder unnamed: "the head of the Kharkiv regional military administration" speaks for the body."""

NOT_OWNERS: Final = set("key latest main top new recent current other official early initial final more own rough best "
                         "conservative working revised higher lower total overall combined independent unofficial "
                         "gdp gni gnp cpi".split())  # "The GDP figure for North Korea": an economic measure, not a body

_TITLE_OF_NAME: Final = re.compile(r"\b(?i:minister|secretary|director|head|chief|commissioner|governor|chair(?:man|woman)?)\s+"
                                   r"(?:of|for)\s+(?:the\s+)?(?:(?:[A-Z][\w’'-]*|of|the|for)\s+){1,6}?"
                                   r"(?P<name>[A-Z][\w’'.-]+\s+[A-Z][\w’'.-]+)$")

_NOT_NAMES: Final = set("group journal forces europe updates images story edition command".split())

_OFFICE_WORDS: Final = set("agency intelligence affairs defence defense security rights state staff forces army navy "
                           "committee command health finance justice unification trade industry".split())

_TITLED_OF: Final = re.compile(rf"(?P<person>(?i:{TITLE_WORDS})\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{1,3}})\s+of\s")
_TITLED_NAME: Final = re.compile(  # "Ukraine's President Zelensky", "South Korean lawmaker Lee Seong-kweun" -> the name
    rf"\b(?i:{TITLE_WORDS})\s+"
    r"(?P<name>(?!Staff\b|Assembly\b|Command\b|Council\b|Secretariat\b|General\b|General[’']s\b|Office\b)"
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})$")

CLAUSE_WORDS: Final = set("and or but that which who whom were was is are has have had be been said says told to of in on at by for".split())

_INSTITUTIONS: Final = set("ministry agency department office service committee council commission bureau directorate "
                           "administration institute court inspectorate authority regulator prosecutors".split())

_OWNED_INSTITUTION: Final = re.compile(
    r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?[’']s\s+(?:[a-z-]+\s+){0,3}(?:headquarters|ministry|agency|service|office|"
    r"committee|council|commission|bureau|directorate|command|staff)(?:\s+(?:for|of|on)\s+(?:the\s+)?[a-z][a-z ]{2,40}"
    r"(?:\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?)?")  # "... ministry for the development of the Far East"

_OF_DESCRIBED: Final = re.compile(r"^of\s+(?:the|those|these)\s+(?=(?:people|persons|sources|individuals)\s+(?:familiar|close|"
                                  r"briefed|with\s+knowledge|involved|aware)\b)")
_OF_THE: Final = re.compile(r"^(?:of|for)\s+(?:the\s+)?(?=[A-Z])")

_SUBORDINATORS: Final = set("when if as while because although though since after before once unless until where whether "
                            "which who whom whose from with by in at on for during".split())
"""Words that open a clause or a place, never a name: "which the NIS says", "from Kraskino", "By one estimate"."""
_OPENING_WORDS: Final = frozenset("earlier later new newer recent previous latest older satellite commercial further more other "
                                  "separate additional fresh subsequent initial".split())
_CONTRACTION: Final = re.compile(r"\w+[’'](?:re|ve|ll|d|m)$", re.IGNORECASE)  # "They're adding": a pronoun

_GROUP_SIZE: Final = re.compile(r"^(?:the\s+)?\d+-(?:country|nation|member|strong|state)\s+", re.IGNORECASE)

_AGE: Final = re.compile(r"\b\d{1,3}-year-old\s+")

DATELINE: Final = re.compile(  # "KYIV, Nov 10 (Reuters) - ", "WASHINGTON (AP) — ", or the "Nov 10 (Reuters) - " left after a comma
    r"(?:[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,2}(?:,\s*[A-Z][a-z]{2,8}\.?\s\d{1,2})?|[A-Z][a-z]{2,8}\.?\s\d{1,2}"
    r"(?:,\s\d{4})?|\d{1,2}\s[A-Z][a-z]{2,8}(?:\s\d{4})?)(?:\s*\([^)]{1,40}\))?\s+[-–—]+\s+")

_ORDINAL_UNIT: Final = re.compile(r"\d+(?:st|nd|rd|th)\s+(?:[a-z-]+\s+){0,2}(?:brigade|battalion|regiment|division|corps|army)")
"""A unit named by its number in lower case: "sources in the 80th brigade"."""
_HAS_DIGIT: Final = re.compile(r"\d(?!\d*(?:st|nd|rd|th)\b)")  # "the 80th Air Assault Brigade" is a name

_PAPER_ADJECTIVES: Final = re.compile(r"(?:an?|the|this|that)\s+(?:(?:confidential|classified|secret|internal|new|latest|leaked|"
                                     r"unpublished|draft|recent|annual|monthly|weekly|quarterly|updated|revised|preliminary|"
                                     r"final|first)\s+)+(?=(?-i:[A-Z]))", re.IGNORECASE)
_OWN: Final = re.compile(r"([’']s)\s+own\s+")
_PARENTHESIS: Final = re.compile(r"\s*\([^)]*\)")

_PARTICIPLE_TAIL: Final = re.compile(r"\s+(?:published|released|issued|presented|made\s+public|unveiled|unsealed|filed|out|interviewed|"
                                     r"circulated\s+(?:to|among)|"
                                     r"contacted|surveyed|reached|(?:reported|quoted|cited|carried|relayed|obtained|seen|reviewed)\s+by|"
                                     r"(?:leaked|provided|given)\s+(?:\w+ly\s+)?to|shared\s+(?:\w+ly\s+)?with)\b.*$")

_OWNED_ANALYSIS: Final = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})\s+(?:analysis|review|"
                                    r"count|tally|investigation|survey|study)\s+of\s")

_GIVEN_DATA: Final = re.compile(r"(?:the\s+)?(?:data|figures|statistics|numbers|information|documents?|records)\s+(?:that\s+)?"
                                r"(?P<np>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[\w.’'-]+){0,6}?)\s+(?:provided|gave|shared|sent|supplied|"
                                r"released|handed|submitted|presented|delivered)\s+(?:to|with)\b.*$")  # "data the Primorsky Krai customs office provided to Ledgerline"

_BRIEFED_BY: Final = re.compile(r"(?:an?\s+|the\s+|two\s+|several\s+)?(?:[\w-]+\s+){0,2}?(?:lawmakers?|legislators?|MPs?|senators?|"
                                r"members?\s+of\s+(?:parliament|congress)|officials?|diplomats?)\s+(?:who\s+(?:was|were)\s+)?briefed\s+"
                                r"by\s+(?P<np>(?:the\s+)?[A-Z].*)$")  # "a lawmaker briefed by the NIS": the NIS's claim

_PAPERS: Final = {"briefing", "report", "assessment", "statement", "study", "survey", "update", "analysis", "estimate",
                  "figures", "data", "tally", "count", "assessments", "estimates", "reports", "paper", "website", "site"}

_OPENING_PAPERS: Final = frozenset(("estimate", "estimates", "data", "figures", "report", "reports", "analysis", "assessment",
                                    "assessments", "statistics", "records", "documents", "research", "calculations"))
"""Capitalised only because they open the sentence; "Study" is not among them ("Institute for the Study of War")."""
_TRAILING_PLACE: Final = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}$")
_TRAILING_TIME: Final = re.compile(r"(?<!involved)\s+(?:in|on|at|last|this|earlier|during)\s+(?:\w+\s*){1,3}$")

_RELATIVE_CLAUSE: Final = re.compile(r"\s+(?:which|who|that|(?:I|we)\s+(?:met|spoke|talked|interviewed|visited|asked|know|knew)\b)"
                                     r"\b.*$")  # "Ukrainian commanders I met near Sumy"

_TRAILING_ADVERBS: Final = re.compile(r"(?:\s+(?:also|last|later|then|now|previously|recently|earlier|separately|just|here|there|has|have|"
                                     r"had|had\s+also))+$")
_ADVERB_ENDS: Final = ("also", "last", "later", "then", "now", "previously", "recently", "earlier", "separately", "just", "here",
                       "there", "has", "have", "had")
"""The words ``_TRAILING_ADVERBS`` may end with: a cheap test before the pattern."""

NAME_WORD: Final = r"[A-ZÀ-ÖØ-ÞĀ-ž](?:(?![A-Z])[^\W\d_]|[’']|(?<=[a-z’'])[A-Z])+"
"""A capitalised word of a personal name, in Latin letters beyond ASCII too: "Wiesław", "Król", "McKenzie", "O'Brien";
not "NATO"."""
MONTH_NAMES: Final = "January|February|March|April|May|June|July|August|September|October|November|December"

_NAMED_POSSESSIVE: Final = re.compile(rf"[’']s\s+(?!(?:{MONTH_NAMES}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                                      r"Sunday|Telegram|Facebook|YouTube|VK|X)\b)[A-Z]")

_SOURCES_IN: Final = re.compile(r"(?:[\w-]+\s+){0,2}sources?\s+(?:in|at|within|inside|close\s+to|familiar\s+with)\s+"
                                r"(?:the\s+)?(?P<np>[A-Z0-9].*)$")  # "sources in the 80th brigade"

_STAFF_AT: Final = re.compile(r"(?i:researchers|analysts|experts|scientists|economists|investigators|staff|specialists|"
                              r"scholars)\s+(?:at|from|with)\s+(?:the\s+)?(?P<np>[A-Z].*)$")

_RELATIONS: Final = {"of", "to", "for", "close", "with", "from", "by", "near", "around"}

_DESCRIBED_PERSON: Final = re.compile(r"(?:[a-z][\w-]*\s+){1,3}(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,2})$")

_SPOKESMAN_FOR: Final = re.compile(r"(?:spokes(?:man|woman|person)|press\s+(?:officer|secretary|service))\s+(?:for|of)\s+"
                                   r"(?:the\s+|its\s+|their\s+)?(?P<np>[A-Z].*)$")

_DESCRIBED_BODY: Final = re.compile(  # "ship-tracking firm Seastat Analytics", "State news agency Interfax", "US-based think tank ISW",
    # "South Korea's state trade promotion agency KOTRA"
    r"(?:[A-Z][\w’'-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,3}(?:firm|company|think[ -]tank|consultancy|outlet|newspaper|daily|broadcaster|website|"
    r"agency|monitor|organi[sz]ation|charity|NGO|watchdog|regulator)\s+(?P<name>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4})$")

_CALLED: Final = re.compile(r"^(?:(?:an?|the|one)\s+)?(?:[\w-]+\s+){1,3}(?:called|named|known\s+as)\s+[“\"‘']?"
                            r"(?P<name>[A-Z][\w.&’'-]*(?:\s+[A-Z0-9][\w.&’'-]*){0,4})[”\"’']?$")
_POSSESSIVES: Final = {"his", "her", "their", "its", "my", "your"}

_UNDER_OFFICES: Final = {"Department", "Directorate", "Office", "Bureau", "Service", "Agency", "Committee", "Commission"}

_NAME_JOINS: Final = {"of", "for", "the", "and", "on", "in", "de", "und", "under"}  # "Coordination Headquarters for the Treatment of ..."

_OBJECTS: Final = {"it", "them", "this", "that", "these", "those", "him", "her", "us", "me"}  # "Versions of it" names nobody

_EVIDENCE: Final = frozenset(("evidence", "submission", "submissions"))
"""Papers that come from where they were gathered as well as from whom: only a body's count as its source."""

_BASED: Final = re.compile(r"^(?:(?:an?|the)\s+)?(?:[A-Z][\w.’'-]*\s+)?[A-Z][\w.’'-]*-based\s+(?=[A-Z])")
_TRAILING_CONJUNCTION: Final = re.compile(r"\s+(?:and|or|but)$")

@lru_cache(maxsize=64)  # a third of the calls repeat a phrase of the same article; emptied per article by new_article
def cited_name(np: str) -> str:
    """Cut a cited phrase down to the body or person: no leading time, determiner, title or descriptor."""
    if " -" in np or " —" in np or " –" in np:
        np = DATELINE.sub("", np, count=1) if DATELINE.match(np) else np  # a wire story's dateline is not its source
    np = LEADING.sub("", np.strip(" ,.;:\"“”'’-•*·▪–—"))
    np = (_AGE.sub("", np) if "-year-old" in np else np).strip()
    if np[:1].isdigit():
        np = _SECTION_NUMBER.sub("", np)  # "2.2 The Sumy Regional Military Administration reported": a report's paragraph
    called = _CALLED.search(np) if "called " in np or "named " in np or "known as " in np else None
    if called:  # "A Telegram channel called Gruz 200 Primorye": the name it is called by
        return called.group("name")
    if "-" in np:
        np = _GROUP_SIZE.sub("", np)  # "The 11-country Multilateral Sanctions Monitoring Team"
    aside = _PARENTHESIS.search(np) if np.endswith(")") else None
    if aside and aside.end() == len(np) and known(aside.group(0).strip(" ()")) and \
            aside.group(0).strip(" ()").lower() not in COUNTRY_NAMES:  # not "KIDA (South Korea)", "Pentagon (US)"
        return aside.group(0).strip(" ()")  # "the Defence Intelligence Directorate (HUR)": the listed body it names
    np = _PARENTHESIS.sub("", np) if "(" in np else np  # "the Royal United Services Institute (Rusi) think tank"
    if np[:1] in "aAtT" and _PAPER_ADJECTIVES.match(np):
        np = _PAPER_ADJECTIVES.sub("", np)  # "A confidential NATO assessment": NATO's assessment
    if " own " in np:
        np = _OWN.sub(r"\1 ", np)  # "Russia's own Interior Ministry data": Russia's Interior Ministry
    seen = _SEEN_BY.search(np) if " by" in np else None  # cheap test first: most phrases name no paper at all
    owner = seen.group("owner") if seen else ""
    if seen and owner.lower() not in NOT_OWNERS and owner[:1].isupper() and (
            " " in owner or known(owner) or owner.isupper()):  # "Russian customs data seen by the FT": the owner's claim
        owner = cited_name(owner)  # ("Key figures at a glance" belong to nobody)
        proper = PROPER.match(owner) if not is_body(owner) else None
        return proper.group(0) if proper and is_body(proper.group(0)) else owner  # "Defence Ministry payment documents"
    briefed = _BRIEFED_BY.match(np) if " briefed by " in np else None
    if briefed:  # "a lawmaker briefed by the National Intelligence Service": the originator, as with "citing"
        return cited_name(briefed.group("np"))
    given = _GIVEN_DATA.match(np) if " to " in np or " with " in np else None
    if given:
        return cited_name(given.group("np"))
    papers = _PAPERS_SEEN_BY.match(np) if " by " in np else None
    if papers:  # "Documents seen by the Financial Times", "Shipping data reviewed by Reuters": whoever saw them
        return cited_name(papers.group("np"))
    low = np.lower()
    head = _HEAD_OF.match(np) if " of " in np or " for " in np else None
    if head:  # "the head of the Kharkiv regional military administration": the body speaks through its head
        np = head.group("np")
    speaking_for = _REPRESENTATIVE.match(np) if any(w in low for w in _SPEAKER_WORDS) else None
    if speaking_for:  # "the representative of the United Kingdom": the country speaks
        np = speaking_for.group("np") or speaking_for.group("owner")
    analysis = _OWNED_ANALYSIS.match(np) if " of " in np else None
    if analysis:  # "A Jongno Ilbo analysis of reports by the North's state media": the analyst's finding
        return analysis.group("owner")
    first = np.split(None, 1)[0] if np[:1].isupper() else ""
    if first.lower() in _OPENING_PAPERS:  # "Estimates by the Manohar Parrikar Institute ...": a paper opens the phrase
        np = first.lower() + np[len(first):]
    m = _FROM.search(np)  # before the participle is cut: "a report published today by X" names X
    if m and not (m.group(0).split()[0].lower() in _EVIDENCE and not institution(m.group("np"))):
        np = m.group("np")  # not "evidence from Kursk": a place
    inside = _SOURCES_IN.match(np) if "source" in np else None
    if inside and (institution(inside.group("np")) or _ORDINAL_UNIT.fullmatch(inside.group("np"))):  # "two sources in
        # HUR", "our sources in the 80th brigade": the body they speak from inside;
        np = inside.group("np")
    elif inside and " in " in np and "," not in np:  # "a source in Rason": a person the place describes
        return _DETERMINERS.sub("", np).strip()
    np = _PARTICIPLE_TAIL.sub("", np)  # "... published today", "... released on Monday"
    np = np if inside else _TRAILING_TIME.sub("", np)  # trailing "in February"; not "a source at Russian Railways"
    place = _TRAILING_PLACE.search(np) if " in " in np else None
    if place and not known(np) and institution(np[:place.start()]):
        np = np[:place.start()]  # "the Ministry of Defence in the Rajya Sabha": where it spoke, not part of its name
    np = _RELATIVE_CLAUSE.sub("", np)
    if np.endswith(("and", "or", "but")):
        np = _TRAILING_CONJUNCTION.sub("", np)
    if np.endswith(_ADVERB_ENDS):
        np = _TRAILING_ADVERBS.sub("", np)  # "released by Ukraine and published by": Ukraine
    m = _POSSESSIVE_REPORT.match(np) if "’" in np or "'" in np else None  # it needs a possessive
    if m and m.group("periodical"):
        np = m.group("periodical")  # "the IISS's annual Military Balance": a periodical is its publisher's
    elif m and not _NAMED_POSSESSIVE.search(np[: m.end()]) and not (
            np.count(" ", m.end("np"), m.end()) > 1 and m.group("np").lower() in COUNTRY_NAMES):
        np = m.group("np")  # "Daily NK's monthly price survey"; not "North Korea's grain import data" (data about it)
    elif " " in np.strip() and np.rsplit(None, 1)[1].lower() in _PAPERS:  # cuts above may leave an edge space
        owner = np.rsplit(None, 1)[0]
        if ACRONYM.fullmatch(owner.removeprefix("the ").removeprefix("The ")) or known(owner) or (
                np.endswith("s") and is_body(owner)) or (PROPER.fullmatch(owner) is not None and institution(owner)):
            # "South Korean military assessments", "European External Action Service paper"
            np = owner  # "The NIS briefing also said": the body whose briefing it was
    np = _DETERMINERS.sub("", _OF_THE.sub("", np) if np.startswith(("of", "for")) else np).strip()  # "of the Coordination Headquarters" -> the body
    if np[:3] == "of ":
        np = _OF_DESCRIBED.sub("", np)  # "one of the people familiar with the matter": those people
    office = _TITLE_OF_NAME.search(np) if (" of " in np or " for " in np) and np[-1:].isalpha() else None
    if office and office.group("name").split()[-1].lower() not in _INSTITUTIONS | _OFFICE_WORDS:
        np = office.group("name")  # "Vice-Minister of National Defence Karolis Aleksa" -> "Karolis Aleksa"
    staff = _STAFF_AT.match(np) if " at " in np or " from " in np or " with " in np else None
    if staff and institution(staff.group("np")):
        np = staff.group("np")  # "Researchers at the Stiftung Wissenschaft und Politik": the institute; not "from Ukraine"
    speaking = _SPOKESMAN_FOR.match(np) if np[:1].islower() else None
    if speaking:
        np = speaking.group("np")  # "spokesman for the Ukrainian army's 80th Brigade": the brigade
    described = _DESCRIBED_BODY.match(np) if " " in np and not np.istitle() else None
    if described:
        np = described.group("name")  # "ship-tracking firm Seastat Analytics" -> "Seastat Analytics"
    person = _DESCRIBED_PERSON.match(np) if np[:1].islower() else None
    if person and _personal(person.group("name"), person.group(0)) and \
            not any(w in _RELATIONS for w in person.group(0).split()[:-2]):  # not "widow of Alexei Navalny"
        np = person.group("name")  # "chief surgeon Mykola Hrytsai" -> "Mykola Hrytsai"
    of_body = _TITLED_OF.match(np) if " of " in np else None
    if of_body and _TITLED_NAME.search(of_body.group("person")):
        np = of_body.group("person")  # "Rep. Park Sung-jae of the National Assembly's intelligence committee": the person
    pos = 0
    for _ in range(6):  # "Lt. Gen. Kyrylo Budanov", "Chief Cabinet Secretary Yoshimasa Hayashi": titles may stack
        titled = _TITLED_NAME.search(np, pos)
        if titled is None:
            break
        if _personal(titled.group("name"), titled.group(0)):
            np, pos = titled.group("name"), 0
        else:
            pos = titled.start() + 1  # "Chief Cabinet ...": try the next title along
    np = np.strip(" ,.;:\"“”'’")
    if "-based " in np:
        np = _BASED.sub("", np)  # "London-based Halcyon Defence Consulting": the firm; "a Seoul-based think tank" stays
    return np[:-2] if np.endswith(("’s", "'s")) and " " not in np else np  # "HUR's" names HUR

def institution(name: str) -> bool:
    """Whether a name is an institution, not a place or a person.

    >>> institution("HUR"), institution("the Defence Ministry"), institution("Seoul"), institution("Rason")
    (True, True, False, False)
    """
    kind = canonical(name)[1]
    if kind == "other" and len(name.split()) >= 3 and name[:1].isupper():
        return True  # "Stiftung Wissenschaft und Politik": a name of several words with joining words
    return kind not in ("person", "other", "government") or (
        kind == "government" and any(w in _INSTITUTIONS for w in name.lower().split()))

def _personal(name: str, titled: str) -> bool:
    """Whether what follows a title reads as a person's name, not the rest of an institution's.

    >>> _personal("Kyrylo Budanov", "General Kyrylo Budanov"), _personal("Intelligence Directorate", "Chief Intelligence Directorate")
    (True, False)
    >>> _personal("Zelensky", "President Zelensky"), _personal("Group", "Expert Group"), _personal("Budanov", "General Budanov")
    (True, False, False)
    """
    words = name.split()
    if kind_of(name) != "person" or words[-1].lower() in _INSTITUTIONS | _OFFICE_WORDS | _NOT_NAMES:
        return False
    return len(words) > 1 or known(name) or titled[:1].islower() or titled.split()[0].endswith(".")  # "Rep. Lee"

def is_body(np: str) -> bool:
    """A cited phrase names a body when it has a proper name and no word that belongs to a clause.

    >>> is_body("South Korean think tank"), is_body("analysts"), is_body("Russia has sent troops and Ukraine")
    (True, False, False)
    >>> is_body("of the POWs"), is_body("Your")  # "one of the POWs, aged 21, said"; a letter's "Your estimate"
    (False, False)
    """
    if not np or len(np.split()) > 12 or POINTERS.match(np) or _HAS_DIGIT.search(np) or np.lower() in NOUNS or (
            len(np.split()) > 9 and any(w[:1].islower() and w not in _NAME_JOINS for w in np.split())):
        return False
    words = [w.lower().strip("’'") for w in np.split()]
    if words[0] == "of" or _CONTRACTION.match(words[0]) or all(w in GENERIC_SUBJECTS for w in words) or words[0] in _SUBORDINATORS or (len(words) > 1 and words[-1] in _OBJECTS) \
            or (words[0] in _POSSESSIVES and len(words) > 1 and np.split()[1][:1].islower()) \
            or (len(words) == 1 and words[0] in _POSSESSIVES):  # "His team"; a letter's "Your estimate that ..."
        return False  # "analysts"; "When I" opens a clause, it names nobody
    if words[0] in _OPENING_WORDS and all(w[:1].islower() for w in np.split()[1:]):
        return False  # "Earlier imagery showed": capitalised only because it opens the sentence
    if _OWNED_INSTITUTION.fullmatch(np):
        return True  # "Ukraine's coordination headquarters for prisoners of war"
    words_in = np.split()
    if any(w[:1].islower() and w.lower().removesuffix("’s").removesuffix("'s") not in BODY_WORDS
           and not (w == "under" and k > 0 and words_in[k - 1] in _UNDER_OFFICES)  # "Department under the Ministry"
           and w.lower() not in GENERIC_SUBJECTS and "-" not in w
           for k, w in enumerate(words_in)) and not (
            words_in[-1].lower() in _INSTITUTIONS and words_in[0][:1].isupper() and len(words_in) <= 5
            and not any(w.lower() in CLAUSE_WORDS for w in words_in)):
        return False  # "Russia's education ministry" is a body; "Russia has sent troops" is not
    return any(w[:1].isupper() for w in np.split()) or "think tank" in np.lower() or "think-tank" in np.lower() or \
        _ORDINAL_UNIT.fullmatch(np) is not None
