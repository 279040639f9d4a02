"""Attribute: who a sentence credits for its claims.

News credits a claim in a few ways: "according to X", "X said / estimated / revealed /
told Y", "X stating that", "a report from X", "X's report", "X, citing Y" (Y made the
claim, X relayed it).  This module reads the sentence for those patterns, cleans the
phrase down to the body or person, and hands it to ``bodies.canonical``.  Groups that
speak for themselves are credited as the article names them ("analysts say", "officials in
Brussels"); generic subjects ("reports indicate", bare "officials") credit nobody; a pronoun
or "the report" points back at the body cited just before.  Transcripts' speaker labels are
read in ``turns``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, Protocol, Union

from analysis.bodies import COUNTRY_NAMES, canonical, country_of, kind_of, known
from analysis.lexicon import PERSON_ROLES, REPORTING_VERBS, SPEAKING_GROUPS, TITLE_WORDS, word_trie
from analysis.markup import TABLE_CELL
from analysis.names import (ACRONYM, CLAUSE_WORDS, INSTITUTION_HEADS, MONTH_NAMES, NOT_OWNERS, POINTERS, PROPER, cited_name,
                            institution, is_body)
from analysis.subjects import HEAD_POINTER, NAME_END, NAMED_AS, np_before

_ADVERBS: Final = (r"(?:(?:" + word_trie("has have had also further previously earlier recently separately publicly later now then first "
                                   "already reportedly just since today yesterday jointly formally again".split()) + r"|so\s+far|on\s+\w+day|(?:last|this)\s+(?:\w+day|week|month|year|night|morning|afternoon|evening|"
                          r"weekend|spring|summer|autumn|fall|winter|quarter))\s+)*")


_SAY: Final = re.compile(rf"\b{_ADVERBS}(?:{word_trie(REPORTING_VERBS.split('|'))})\b")  # case-sensitive: "Reports indicate" is a noun
_ABBREVIATED: Final = r"(?-i:Rep|Sen|Gen|Lt|Col|Dr|Mr|Ms|Mrs|Gov|Adm|Maj|Capt|Sgt|Prof)\.\s+|(?-i:U\.[SKN]\.)(?=\s)"
"""A title's or a country's full stops, which do not end a cited phrase ("Rep. Lee", "U.S. officials")."""
_ACCORDING: Final = re.compile(  # "according to Rep. Lee, who ...": a title's full stop does not end the phrase
    r"\b(?:according\s+to|(?:(?<=^)|(?<=[,(]\s))per(?=\s+(?-i:(?:the\s+)?[A-Z])|\s+the\s+[a-z]+[’']s\s))\s+"  # ", per KIDA's
    # report", ", per the team's last report": not "per cent"
    rf"(?P<np>(?:(?-i:Foreign,\s+Commonwealth\s+(?:and|&)\s+Development\s+Office)|{_ABBREVIATED}|[^,;:.()“”\"])+)",
    re.IGNORECASE)  # the one listed name with a comma in it
_CITING: Final = re.compile(  # "citing Rep. Park Sung-jae", "citing two U.S. officials": not "Rep", not "two U"
    r"\b(?:citing|quoting|quote[sd](?=\s+[^,;:.]+?\s+as\s+(?:saying|stating))|after\s+(?:being\s+)?briefed\s+by|after\s+(?:a\s+)?(?:closed-door\s+)?briefing\s+(?:by|from))"
    rf"\s+(?P<np>(?:{_ABBREVIATED}|[^,;:.()“”\"])+?(?:\s+\([A-Z]{{2,6}}\))?)(?=\s+(?:that|on|in|as)\b|[,;:.()“”\"]|$)", re.IGNORECASE)
_DATA_SUBJECT: Final = re.compile(r"\b(?:data|figures|statistics|records|imagery|images|numbers|estimates|tracking|count|"
                                  r"survey|poll|analysis|media|television)$", re.IGNORECASE)  # "Russian customs data show grain exports ..."
_BY_AGENT: Final = re.compile(r"\b(?:reported|announced|disclosed|revealed|confirmed|documented|recorded|tracked|counted|estimated|told|"
                              r"compiled|published|released|cited|identified)\s+by\s+(?P<np>(?:the\s+)?[A-Z][^,;:.()“”\"]+)")
_WHOSE_ASIDE: Final = re.compile(r",\s+whose\s+[^,;]*")
_CLAIMS_BY: Final = re.compile(r"\b(?:claims?|estimates?|assessments?|allegations?)\s+(?:by|from)\s+"
                               r"(?P<np>(?:the\s+)?[A-Z][^,;:.()“”\"]*?)\s+that\b")
_COMES_FROM: Final = re.compile(r"\b(?:numbers?|figures?|data|estimates?|counts?|tally|statistics|information)\s+(?:all\s+)?"
                                r"(?:come|comes|came|are\s+drawn|is\s+drawn|were\s+drawn)\s+from\s+(?P<np>[^,;:()“”\"]+)")
ESTIMATE_WORDS: Final = ("estimate", "count", "tally", "figure", "assessment", "calculation", "projection", "reckoning")
_OPENING_ESTIMATE_WORDS: Final = (*ESTIMATE_WORDS, "number", " data", "official line")
_ESTIMATE_SUBJECT: Final = re.compile(
    r"(?:The\s+|the\s+)?(?:(?:Same|Earlier|Later|Latest|Newer|Older|Revised|Updated)\s+)?"
    r"(?!(?:The|This|That|These|Those|Its|Their|His|Her|Our|Your|My|A|An)\b)(?P<owner>[A-Z][\w.&’'-]*(?:\s+(?:of\s+)?[A-Z][\w.&’'-]*){0,4})(?:[’']s)?\s+(?:own\s+|latest\s+|new\s+)?"
    r"(?:(?:figure|estimate|count|tally|assessment|calculation|projection)s?\b|(?P<data>numbers?\b(?!\s+(?:of|one|two|three)\b)|"
    r"data\b|official\s+line\b))")
"""Whose figure a sentence opens with: "The NIS figure, given to lawmakers, is lower", "KINU's number for 2025 alone was",
"Earlier JCS numbers trace the same curve", "HUR's official line is 20%"; not "North Korea's number of troops"."""
_POINTERS_FIGURE: Final = re.compile(rf"(?:(?:In|By|According\s+to)\s+)?[Tt]he\s+(?:[a-z-]+\s+)?(?:{INSTITUTION_HEADS})[’']s\s+"
                                     r"(?:[a-z-]+\s+)?(?:figure|estimate|count|tally|assessment|calculation|projection|data|"
                                     r"submission|report|statement|reply|response|briefing)s?\b")
"""A body pointed back at, owning the figure: "The agency's estimate is", "In the ministry's assessment in June"."""
PERSONS_CLAIM: Final = re.compile(r"(?:His|Her)\s+(?:[a-z’'-]+\s+){0,2}(?:claim|estimate|figure|count|tally|calculation|reckoning|"
                                  r"paper|report|study|analysis|book|research|article|assessment|statement|testimony|letter|speech|remark)s?\b")  # "His last paper put"
_PAPERS_FINDINGS: Final = re.compile(r"(?:Among\s+|Other\s+|Key\s+)?(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+)?(?:report|assessment|"
                                      r"study|survey|analysis|review|update|paper|briefing)[’']s\s+(?:[a-z-]+\s+)?(?:findings|"
                                      r"conclusions|estimates|figures|points|claims|highlights)\b")
STATED_BY: Final = re.compile(r"(?:This|That|It)\s+(?:was|is|has\s+been)\s+(?:stated|reported|announced|said|declared|noted|"
                              r"confirmed|posted|written)\b[^.,;]*?\s+by\s+(?P<np>[^,;:()“”\"]+)")
"""Ukrainian and Russian agencies name the speaker after the claim: "... 9,000 rounds. This was stated by Colonel X"."""
_QUOTED_AS: Final = re.compile(r"\s(?P<verb>(?:was|were|is|are|has\s+been)\s+quoted\s+as\s+(?:saying|stating))")
_COUNT_WORDS: Final = ("count", "estimate", "tally", "reckoning", "calculation", "figures")
_BY_COUNT: Final = re.compile(
    r"(?:\b(?:by|according\s+to)|(?:^|,\s)[Ii]n)\s+(?:the\s+|one\s+|an?\s+|another\s+)?(?:latest\s+|new\s+)?"
    r"(?:count|estimates?|tally|reckoning|calculations?|figures),?\s+(?:of|from|by)\s+(?P<np>[^,;:.()“”\"]+)|(?:\bby|(?:^|,\s)[Ii]n)\s+(?P<owner>[^,;:.()“”\"]+?)[’']s?\s+(?:own\s+)?"
    r"(?:count|estimates?|tally|reckoning|calculations?)\b"
    r"|(?:\bby|(?:^|,\s)[Ii]n)\s+(?P<pronoun>his|her|their|its)\s+(?:own\s+)?(?:count|estimates?|tally|reckoning|calculations?)\b"
    r"|(?:^|,\s*)by\s+(?P<described>(?-i:Western|Eastern|European|US|U\.S\.|[A-Z][a-z]+(?:ian|ean|ese|ish|an))\s+(?:intelligence\s+)?"
    r"(?:estimates|counts|assessments))(?=\s*,)", re.IGNORECASE)  # "has sent, by Western estimates, up to 15,000"; not
# "suggested by Russian estimates"
_HEADLINE_SOURCE: Final = re.compile(  # "N. Korea has suffered 4,700 casualties: NIS", "121 drones downed — Air Force"
    r"(?:[:;]|\s(?P<dash>[—–-]))\s+(?P<np>(?:\d+(?:st|nd|rd|th)\s)?[A-Z][\w.’'& -]{1,40})$")  # "— 149th Brigade"
_HEADLINE_LEAD: Final = re.compile(r"(?P<np>[A-Z][\w.’'&-]*(?:\s[A-Z][\w.’'&-]*){0,3}):\s")  # "HUR: up to 6,000 builders to arrive"
_SOURCE_PAREN: Final = re.compile(  # "(NIS (via lawmakers))"; "(NIS, Sept. 2)": the source and when it said so
    r"\((?P<np>[A-Z][^()\d]{1,80}(?:\([^()\d]{1,30}\))?)\)$|"
    r"\((?P<dated>[A-Z][^()\d,]{1,50}),\s*(?:[A-Z][a-z]{2,4}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?|(?:[A-Z][a-z]{2,8}\.?\s+)?\d{4})\)$")
LABELS: Final = set("LIVE UPDATE UPDATED WATCH BREAKING EXCLUSIVE VIDEO PHOTOS ANALYSIS OPINION EDITORIAL FACT CHECK NEW LEAD "
              "ATTN NOTE FAQ TL DR PS PDF MAP GDP COVID KIA MIA EST EDT CST PST GMT UTC KST JST CET CEST MSK BST USD EUR "
              "ET PT PDT EET EEST IST AEST SGT HKT "
              "GBP KRW RUB CNY JPY UAH".split())
"""Capitals that label, measure or time something; they name no source."""
_INVERTED_VERBS: Final = ("said", "says", "added", "noted", "wrote", "estimates", "estimated", "reported", "reports", "writes", "argues",
                          "argued", "believes", "claims", "claimed", "explained", "reckons", "reckoned", "contends", "insists")
_INVERTED: Final = re.compile(rf"[,”\"’']\s*(?:{'|'.join(_INVERTED_VERBS)})\s+(?:(?P<np>(?:the\s+)?(?:[A-Z][a-z]{{0,4}}\.\s+)*[A-Z][^,;:.()“”\"]+|"
                              r"(?:an?|one|another)\s+[a-z][^,;:.()“”\"]+|(?:an?|one|another)\s+[A-Z][\w’'.]*-[a-z][^,;:.()“”\"]+)|the\s+[a-z][a-z’' -]{0,40}?,\s+(?P<named>(?:[A-Z][a-z]{0,4}\.\s+)*[A-Z][\w’'-]+"
                              r"(?:\s+[A-Z][\w’'-]+){0,3})(?=\s*[,.;]|\s*$))")
"""'..., said a senior British defence official'; "..., said the armed forces minister, Helen Carr": the name; after a
straight single quotation mark too, as British papers write them."""

ROLE_POINTERS: Final = (r"officer|participant|foreman|researcher|analyst|diplomat|commander|source|people|minister|governor|mayor|"
                        r"ambassador|envoy|director|general|admiral|colonel|senator")
"""People a pointer may name by their role ("the participant added"): only someone credited under that role before."""
_ROLE_POINTER: Final = re.compile(  # "the participant", "two of the sources"; "a military officer" is a first mention
    rf"(?:(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal|[Bb]oth|[Aa]ll|[Ee]ach|[Aa]nother)\s+of\s+)?[Tt]he\s+(?:[a-z-]+\s+){{0,2}}"
    rf"(?:{ROLE_POINTERS}|officials)s?")
# "the Singapore-based firm" points back; "a Tokyo-based research firm" is a first mention, credited as written
_DEFINITE: Final = re.compile(rf"\s*[Tt]he\s+[A-Z][\w.]*-(?:based|run|owned|backed|funded|registered|headquartered)\s+"
                              rf"(?:[a-z-]+\s+){{0,2}}?(?:{INSTITUTION_HEADS})$")
BULLETS: Final = ("- ", "• ", "* ", "– ", "— ", "· ", "▪ ", "○ ", "● ", "■ ", "□ ", "◦ ", "► ", "▶ ")
_OWN_GOVERNMENT: Final = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[Gg]overnment|[Cc]ountry|[Dd]elegation)")
# what may open an apposition after a name: "Ryu, a defector", "Shin, South Korea's adviser"
_ROLE: Final = re.compile(r"(?:[a-z-]+\s+){1,2}(?:governor|mayor|spokesman|spokeswoman|spokesperson|official|ministry|"
                          r"military|army|police|air\s+force|navy|prosecutors?|authorities|administration|customs|council)")
_DESCRIBED: Final = re.compile(rf"(?P<mods>(?:[\w’'-]+\s+){{0,3}})(?P<role>{PERSON_ROLES})")
_NOT_A_MODIFIER: Final = set("many some several other others most few all both two three four five these those such more".split())
TITLE_WORD_FIRST: Final = re.compile(rf"(?i:{TITLE_WORDS})\s")
OFFICE_BEFORE: Final = re.compile(r"\b(?:of|for)\s+(?:[A-Z][\w’']*\s+)+$")  # "Commissioner for Human Rights Dmytro Lubinets"
_ANOTHER: Final = re.compile(r"(?:second|third|fourth|another|other|same|first)\s", re.IGNORECASE)
_RELATIVE: Final = re.compile(r"(?:which|who|whom)\s+(?P<np>.+)", re.IGNORECASE)
_PLACED_GROUP: Final = re.compile(rf"(?:(?i:some|several|two|three)\s+)?(?P<np>(?i:{PERSON_ROLES})\s+(?:in|at)\s+(?:the\s+)?"
                                  r"(?:[A-Z]|\d+\s+[A-Z])[\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})")  # "analysts at 38 North"
_AGED: Final = re.compile(r"[Tt]he\s+\d{1,3}-year-old(?:\s+[a-z-]+){0,2}")
"""A person pointed back at by age: '..., said the 27-year-old', 'the 63-year-old veteran says'."""
_FAMILIAR: Final = re.compile(r"\s+(?:familiar\s+with|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of|close\s+to|involved\s+in|"
                              r"privy\s+to)\s")
_FROM_WHERE: Final = re.compile(r"\s+(?:(?:fighting|serving|based|stationed|deployed|working|living|operating)\s+(?:near|outside|on)\s+|"
                                r"(?:(?:fighting|serving|based|stationed|deployed|working|living|operating)\s+)?(?:from|at|in|with|of)\s+)"
                                r"(?:an?\s+|the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,6}$")
"""Where a described person is from or serves: "a resident of X", "a drone unit commander fighting near the border"."""
_DATA_FROM: Final = re.compile(r"(?:data|figures|statistics|records|information|estimates|numbers|reports?)\s+(?:from|of|by)\b")
_REPORTED_END: Final = re.compile(r"\s+(?:reported|said|says|reports|wrote)$")
_ACT_WORDS: Final = ("approv", "impos", "agreed to", "allocat", "earmark", "pledg", "sanction", "designat", "blacklist", "budget",
                     "ordered", "set aside", "evacuat", "request", "capped", "promis")  # "sanction" and "designat" also find "is sanctioning", "is designating"
# an institution's own decision is its claim: "the council approved UAH 48 million", "Seoul blacklists seven tankers"
_ACTS: Final = re.compile(rf"\b{_ADVERBS}(?:approved|approves|allocated|allocates|earmarked|earmarks|pledged|pledges|requested|capped|"
                          r"promise[sd](?=\s+(?:to\s+(?:pay|give|send|provide)\s+)?(?:[$€£₩¥₴₽]|\d|up\s+to\s|about\s|some\s|"
                          r"at\s+least\s))|"  # "promised 3 million rubles"; not "promised to investigate the deaths of 40"
                          r"placed(?=[^.;]{1,80}?\bunder\s+sanctions)|"
                          r"sanctioned|sanctions|designated|designates|blacklisted|blacklists|budgeted|set\s+aside|ordered|orders|"
                          r"evacuated|imposed|agreed\s+to\s+(?:impose|sanction|designate|list|add|send|provide|allocate|lend|give)|"
                          r"(?:is|are)\s+(?:sanctioning|designating|blacklisting|imposing\s+sanctions\s+on|allocating))\b")
_COUNCIL_RULED: Final = re.compile(
    r"\W*(?:(?:No|Yes)\.\s+)?(?:[^,;]{1,30},\s+)?(?:[Tt]he\s+|[Aa]n?\s+(?:\d{4}\s+)?)?(?:(?:UN|U\.N\.|United\s+Nations)\s+"
    r"Security\s+Council(?:\s+[Rr]esolution(?:\s+\d{3,4})?)?|[Rr]esolution\s+\d{3,4})(?:,[^,;]{1,60},)?\s+(?:also\s+)?"
    r"(?:required|requires|ordered|orders|banned|bans|capped|caps|limited|limits|obliged|obliges|imposed|imposes)\b")
"""The Security Council, or one of its resolutions, as the subject of what it rules: its terms are its own."""
# the act's object holds the number, a few words on and not past a comma: "sanctioned two trading companies"
_ACT_OBJECT: Final = re.compile(r"(?:\s+[^\s,;.]+){0,6}?\s+[“\"]?(?:(?!(?:19|20)\d\d\b)\d|[$€£₩¥₴₽]|(?:UAH|RUB|CNY|USD|EUR|KRW|JPY)\b|"
                                r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens|hundreds|"
                                r"thousands|another|more\s+than|at\s+least|about|around|some|nearly|up\s+to|roughly|over)\b)")
_CLAUSE_START: Final = re.compile(r"[;:]\s+")
# what may stand before the subject: a paragraph number, a dateline, a short adverbial ("(2) On April 24, ",
# "WASHINGTON — Today, ", "Concurrently, ")
_FRONTED: Final = re.compile(r"(?:\W*\(?\d{1,2}[.)]\s+)?(?:[A-Z][A-Z.,’' ]+\s+[—–-]\s+)?(?:(?:[\w’'-]+\s+){0,3}[\w’'-]+,\s+)?")
_ACTING_KINDS: Final = {"government", "military", "international body"}
_PARTICIPLES: Final = {"counted", "documented", "recorded", "found", "cited", "quoted", "published"}
_NAMED_BODY_END: Final = re.compile(r"\b[A-Z][\w-]+\s+(?:customs|police|intelligence|military|authorities)$")
"""A body named by its nationality and its function, before a past form: "Russian customs recorded just $34m"."""
"""Past forms that are verbs after an auxiliary or an adverb ("had recorded just 12") or a name ("the Team documented")."""
# what follows "estimates", "reports" used as nouns: "The NIS estimates of 12,000 were", "Asan Institute estimates show"
_NOUN_NEXT: Final = re.compile(r"\s+(?:of|for|on|from|by|in|show|shows|suggest|suggests|indicate|indicates|put|puts|were|are|is|"
                               r"was|have|has|had|and|or|vary|differ|range|remain|say|to|with)\b|\s*[,;:.)\"”]|\s*$")
_HOMOGRAPHS: Final = {"report", "reports", "estimate", "estimates", "claim", "claims", "show", "shows", "put", "puts",
                      "count", "counted", "documented", "recorded", "found", "finds", "notes", "states", "cited", "quoted",
                      "published"}
_AFTER_VERB: Final = re.compile(r"\s*[.!?]?[\"”’]?$|\s*,|\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens|hundreds|thousands)\b|\s+(?:[“\"]?[\w’'-]+[”\"]?,?\s+){0,14}?(?:at|nearer|closer\s+to)\s+(?:[a-z]+\s+){0,3}(?:[\d“\"$€£₩¥₽]|(?:US|HK|A|C|S)\$|(?:USD|KRW|EUR|GBP|RUB|JPY|CNY)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|half|third|quarter|a\s+dozen|dozens|hundreds|thousands)\b)|\s+(?:that\b|\d|about\b|around\b|more\b|at\s+least\b|nearly\b|some\b|up\s+to\b|as\s+many\b|"
                                r"over\b|roughly\b|approximately\b|the\s+(?:number|figure|total|toll|tally|count|losses|casualties)\b|[A-Z])")
_GAVE_FIGURE: Final = re.compile(r"\s+(?:[“\"]|an?\s+(?:[\w-]+\s+){0,2}(?:figure|estimate|range|toll|tally|total|number|count)\s+of\b)")
"""What "gave" must be followed by to report: "HUR's statement gave “at least 3,000 killed”", "gave a range of 30 to 40"."""
_SHOUTED: Final = re.compile(r"[A-Z][A-Z’'&-]+(?:\s+[A-Z][A-Z’'&-]+)+")
"""Capitals of several words after a colon are a heading or a verdict ("MOSTLY TRUE"), not a source."""
_AND: Final = re.compile(r"\s+and\s+")
_FOR_OF: Final = re.compile(r"\b(?:for|of)\b")
_PASSIVE_END: Final = re.compile(r"\b(?:was|were|is|are|been|be|being)$", re.IGNORECASE)
_DETERMINER_END: Final = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that|new|latest)$", re.IGNORECASE)
_NATIONALITY: Final = re.compile(r"Western|Eastern|European|[A-Z][a-z]+(?:ian|ean|ese|ish|an|ic)")
_DOCUMENT_WORDS: Final = ("documents", "statistics", "records", "filings")
_DOCUMENTS: Final = re.compile(r"(?P<owner>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:\s+[a-z-]+){1,2})\s+(?:documents|statistics|records|filings)")
_OWN_WORDS: Final = frozenset(("its", "his", "her", "their", "the", "this", "that"))
"""'its report as cited by X': the report's owner was named before; the relayer is not the source."""
_RELAYED_BY: Final = re.compile(r"\b(?:reported|quoted|cited|carried|relayed)\s+by\s+(?P<np>(?:the\s+)?[A-Z][^,;:.()“”\"]*)")
"""Who passed a claim on; credited only when whoever it came from names no body ("figures quoted by Kommersant")."""
_PARTICIPLE_LEAD: Final = re.compile(r"[A-Z][a-z]+ing\s+(?:on|in|at|to|from|with|for|about|over|after|before|through|upon|"
                                     r"across|into|under)\s+(?:the|a|an|its|his|her|their|this|these|those|[a-z]+\s)|"
                                     r"(?:Speaking|Writing|Reporting|Testifying|Appearing|Visiting|Travelling|Traveling|"
                                     r"Returning|Commenting|Responding)\s+(?:on|in|at|to|from|with|for|before|after)\s")
"""A participle's phrase ("Drawing on the reports", "Speaking in Seoul"); "Fleming at CSIS" stays a name."""
_SPEAKING_FOR: Final = re.compile(r"Speaking\s+(?:for|on\s+behalf\s+of)\s+(?P<np>.+)$")


@dataclass(frozen=True)
class Attribution:
    """Who a sentence credits: the originator, who relayed it, its kind and country."""

    source: str
    conduit: str = ""
    kind: str = ""
    country: str = ""


class Pointer(Protocol):
    """A lazy stand-in for 'the body cited just before', looked up only when a sentence points back."""

    def resolve(self) -> Attribution | None: ...

    def person(self) -> Attribution | None: ...


Previous = Union[Attribution, Pointer, None]
# ``people`` parameters are Mappings, not dicts: extract passes a lazy mapping that reads the
# article's names on first use, and compiled code calls a dict's own ``get``, not an override.


_GROUPS: Final = re.compile(rf"(?i:{PERSON_ROLES})(?:\s+and\s+(?i:{PERSON_ROLES}))+")  # "traders and officials"


def new_article() -> None:
    """Forget the phrases of the article before: the caches help within an article, and a corpus of repeated
    articles (the benchmark's seed copies) should not run faster than real, different ones."""
    cited_name.cache_clear()


def _described(raw: str, np: str) -> bool:
    """A person the article describes instead of naming, who can be credited: "a former worker", "local officials".

    A plural needs a describing word or place ("local officials", "officials in Brussels"), except a group that speaks for itself
    ("analysts say", "brokers said"): "officials" alone points back at a body named before, as
    "the official" does at a person.

    >>> _described("A 34-year-old former construction worker", "former construction worker")
    True
    >>> _described("officials", "officials"), _described("the official", "official"), _described("Analysts", "Analysts")
    (False, False, True)
    """
    if (re.match(r"(?:the|this|that|these|those|his|her|their|its|my|our|your)\s", raw.strip(" “\"‘'"), re.IGNORECASE) and
            not (raw.lstrip()[:4] in ("the ", "The ") and _FAMILIAR.search(raw))) or \
            re.search(r"\b(?:unnamed|anonymous|unidentified)\b", raw, re.IGNORECASE):
        return False  # a pointer, but not "the people familiar with the matter"; or nobody in particular ("quoting
        # unnamed officials" credits the outlet)
    np = np[:1].lower() + np[1:]  # "Analysts say", "Residents said": the sentence's capital
    access = _FAMILIAR.search(np)
    if access:  # "two people familiar with the shipments", "US officials briefed on the assessment"
        np = np[:access.start()]
        if np.split()[-1:] in (["people"], ["persons"], ["person"]):  # "a person familiar with the assessment"
            return True
        if _DESCRIBED.fullmatch(np) and not any(w.lower() in _NOT_A_MODIFIER for w in np.split()) and \
                raw.rstrip(" ,.").split()[-1].lower() not in ("it", "them", "this", "that", "these", "those"):
            return True  # "an official familiar with the matter", "diplomats familiar with the talks": who they are
    core = _FROM_WHERE.sub("", np)
    m = _DESCRIBED.fullmatch(core)  # "a participant from an East Asian government", "a resident of X"
    if not m or POINTERS.match(np):  # "a second official said": one of the officials cited before
        return False
    mods = [w.lower() for w in m.group("mods").split()]
    if any(w in _NOT_A_MODIFIER or w in CLAUSE_WORDS or w[:1].isdigit() for w in mods):
        return False  # "many analysts"; "Some 200 soldiers said": a count, not who they are
    return bool(mods) or core != np or not m.group("role").endswith("s") or m.group("role") in SPEAKING_GROUPS


_FUNCTION_BODY: Final = re.compile(r"(?:regional|federal|state|city|interagency|inter-agency|joint|national|municipal|"
                                   r"presidential|government|oblast)\s+(?:headquarters|commission|committee|council|task\s+force|"
                                   r"working\s+group|coordination\s+(?:centre|center))\s+(?:for|on)\s+(?:the\s+)?[a-z][a-z ,-]{3,80}")
"""A body named by what it is for, in lower case: "the regional headquarters for the restoration of the border territories"."""
_SELF_NAMED: Final = re.compile(r"(?:(?:the\s+)?press\s+(?:service|office)\s+of\s+)?(?:the\s+)?"
                                r"(?P<np>(?:regional|local|city|district|provincial|oblast|municipal|state)\s+"
                                r"(?:government|administration|authorities|council|police|prosecutor[’']s\s+office))", re.IGNORECASE)
_DESCRIBED_MEDIA: Final = re.compile(r"(?:(?:[A-Z][a-z]+\s+){1,2})?(?:state|local|official|regional|independent)\s+"
                                     r"(?:media|television|TV|news\s+agency|press|broadcaster|outlets)", re.IGNORECASE)


def _self_named(np: str) -> Attribution | None:
    """A local body named by what it is, when no body of that name was cited before: "according to the regional
    government", "the city council said" (not a pointer then, but the only name the article gives it).

    >>> _self_named("the regional government").source, _self_named("the ministry")
    ('regional government', None)
    """
    m = _SELF_NAMED.fullmatch(np.strip(" ,"))
    return Attribution(m.group("np"), "", "government", "") if m else None


def _anonymous(np: str, before_verb: str) -> Attribution | None:
    """A person met for the first time as "the foreman", whose aside says they are not named: "..., the foreman, who asked
    not to be named, told the Courier" (not a pointer back at anyone).

    >>> _anonymous("the foreman", "is working, the foreman, who asked not to be named,").source
    'foreman'
    >>> _anonymous("the foreman", "is working, the foreman") is None
    True
    """
    role = _DESCRIBED.fullmatch(np.removeprefix("the ").removeprefix("The ")) if np[:4] in ("the ", "The ") else None
    if role is None or not _UNNAMED_ASIDE.search(before_verb):
        return None
    return Attribution(np[4:], "", "person", "")


_SPEAKS_FOR: Final = re.compile(r"(?:[Tt]he\s+)?(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4})[’']s\s+(?:[a-z-]+\s+){0,3}"
                                r"(?:chief|head|spokes(?:man|woman|person)|envoy|ambassador|representative|press\s+(?:service|office|secretary))")
"""A body's speaker named by role: "the EU's foreign policy chief", "the Kremlin's spokesman", "NATO's press service"."""
_UNNAMED_ASIDE: Final = re.compile(r",\s+who\s+(?:asked|declined|did\s+not\s+want|requested)\s+(?:not\s+)?to\s+be\s+(?:named|identified)"
                                   r"|,\s+speaking\s+on\s+(?:the\s+)?condition\s+of\s+anonymity", re.IGNORECASE)


def _is_pointer(raw: str) -> bool:
    """Whether a cited phrase points back at a body named before ("the agency", "he", "the Seoul-based institute").

    >>> _is_pointer("the agency"), _is_pointer("The Singapore-based firm"), _is_pointer("a Tokyo-based research firm")
    (True, True, False)
    """
    owned = _THEIR_PAPER.fullmatch(raw.strip()) if "s’ " in raw or "s' " in raw else None
    if owned:  # "the officials’ estimates": the officials cited before
        raw = owned.group("owner")
    return bool(POINTERS.match(cited_name(raw)) or _DEFINITE.match(raw) or _ROLE_POINTER.fullmatch(raw.strip())
                or _persons_paper(raw) or _AGED.fullmatch(raw.strip()))


_PHOTO_CREDIT: Final = re.compile(r"\W*(?i:photo(?:graph)?s?|pictures?|pics?|images?|video|graphics?|credits?|illustration)"
                                  r"(?:\s+(?i:credit|by))?\s*[:/|]")
_INDEFINITE: Final = re.compile(r"\s*(?:[Aa]n?|[Oo]ne)\s+(?!second\b|third\b|fourth\b|further\b|other\b|of\b)")
_THEIR_PAPER: Final = re.compile(r"(?P<owner>[Tt]he\s+(?:[a-z-]+\s+){0,2}[a-z]+s)[’']\s+(?:[a-z-]+\s+)?(?:estimates?|figures|"
                                 r"numbers|count|tally|data|assessments?|reports?|accounts?)")
"""A plural pointer's paper: "the officials’ estimates", "the analysts' figures"."""


def _persons_paper(np: str) -> bool:
    """ "His last paper", "Her estimate": a person's claim, pointing back at the person (never the name "His")."""
    np = np.lstrip()
    return np[:4] in ("His ", "Her ") and PERSONS_CLAIM.match(np) is not None


_ITS_BODY: Final = re.compile(r"(?:[Ii]ts|[Tt]heir)\s+(?P<body>(?:(?:defen[cs]e|foreign|interior|emergencies)\s+ministry|"
                              r"air\s+force|army|navy|military|general\s+staff|armed\s+forces|(?:border|coast)\s+guard|"
                              r"spy\s+agency|(?:military\s+)?intelligence(?:\s+(?:service|agency|directorate))?|"
                              r"security\s+service))")
"""A country's body called by "its": "its defence ministry claimed"; the caller finds the country (extract._Citations)."""


def _body(np: str, people: Mapping[str, str]) -> Attribution | None:
    raw = np
    if _persons_paper(np):
        return None  # "His last paper put ...": a pointer to the person, resolved by the caller
    named = _ITS_NAMED.fullmatch(np.strip(" ,")) if np.lstrip()[:4].lower() == "its " else None
    if named and known(named.group("name")):  # "its official Korean Central News Agency": the name given
        np = raw = named.group("name")
    its = _ITS_BODY.fullmatch(np.strip(" ,")) if np.lstrip()[:4].lower() in ("its ", "thei") else None
    if its:  # "its defence ministry": a body of the country named before, which the article's reader knows
        return Attribution(f"its {its.group('body').lower()}", "", kind_of(its.group("body")), "")
    if "-" in raw and _DEFINITE.match(raw):
        return None  # a pointer, resolved by the caller
    if "ing " in raw[:20] and _PARTICIPLE_LEAD.match(raw):
        speaking = _SPEAKING_FOR.match(raw)
        if speaking is None:  # "Drawing on the interrogation reports ...": a participle's phrase, not a name;
            return _body(raw[raw.rindex(", ") + 2:], people) if ", " in raw else None  # "Speaking in Seoul, the minister"
        np = raw = speaking.group("np")  # "Speaking for the Republic of Korea, the delegate said": the country
    np = cited_name(np)
    papers = _DOCUMENTS.fullmatch(np) if np.endswith(_DOCUMENT_WORDS) else None
    owner = papers.group("owner") if papers else ""
    if owner and (_NATIONALITY.fullmatch(owner.split()[0]) or known(owner.split()[0])):
        # "Russian court documents", "Russian government statistics": the papers, as the article names them
        return Attribution(np, "", kind_of(owner), country_of(np))
    if owner and is_body(proper_owner := PROPER.match(owner).group(0)):  # type: ignore[union-attr]
        np = proper_owner.removesuffix("'s").removesuffix("’s")  # "Interior Ministry migration statistics": the ministry's
    low = np.lower()
    if low.endswith(_LEGAL) and (np[:1].islower() or low.endswith("prosecutors")) and _COURT_PAPERS.fullmatch(low):
        # "according to the complaint", "the filing says", "prosecutors allege": the case's papers and its prosecutors
        return Attribution(np, "", "government" if low.endswith("prosecutors") else "other", canonical(np)[2])
    if low.endswith(("service", "services")) and _STATE_SERVICE.fullmatch(low):
        return Attribution(np, "", "government", "")  # "the rescue service tells us": a body of its own, not a pointer
    member = _ONE_OF_GROUP.search(raw.strip(" ,")) if "of the" in raw else None
    if member:  # "one of the POWs, aged 21, said": a prisoner speaks, not the body that released the interview
        return Attribution(member.group("group")[:-1], "", "person", "")
    spoken = _SPEAKS_FOR.fullmatch(np.strip(" ,"))
    if spoken and institution(spoken.group("owner")):  # "the EU's foreign policy chief": the body its chief speaks for
        return _body(spoken.group("owner"), people)
    if _DESCRIBED_MEDIA.fullmatch(np.strip(" ,")):  # "state media", "Russian state television": outlets the article
        return Attribution(np.strip(" ,"), "", "media", country_of(np))  # describes, not names
    if not is_body(np):
        tail = _AND.split(np)[-1]  # "troops were sent and Ukraine" -> "Ukraine"
        proper = [m.group(0) for m in PROPER.finditer(np) if " " in m.group(0).strip()]
        if tail != np and is_body(tail) and not _MONTH.fullmatch(tail.strip()):  # not "between March and June"
            np = tail
        elif proper and _DATA_FROM.match(np) and is_body(proper[-1]):  # "data from the ... of Russia's Federal Security Service"
            np = proper[-1]
        elif _ROLE.fullmatch(np) and not _ANOTHER.match(np):  # "the regional governor"; "a second official" points back
            pass
        elif _FUNCTION_BODY.fullmatch(np):  # "the regional headquarters for the restoration of the border territories"
            return Attribution(np, "", "government", "")
        elif placed := _PLACED_GROUP.fullmatch(raw.strip(" ,")):  # "officials in Brussels": the place describes them
            return Attribution(placed.group("np"), "", "person", canonical(placed.group("np"))[2])
        elif _described(raw, np) or (" and " in np and _GROUPS.fullmatch(np) and any(_described(p, p) for p in _AND.split(np))):
            np = _LONG_PLACE.sub(r" \g<prep> \g<place>", np)  # "in the northeastern special economic zone of Rason": in Rason
            np = np[8:] if np[:8] in ("Another ", "another ") else np  # "Another resident of X": described as the one before
            return Attribution(np, "", "person", canonical(np)[2])  # "a former worker"; "traders and officials reckon"
        else:
            relayed = _RELAYED_BY.search(raw) if " by " in raw and raw.split()[0].lower() not in _OWN_WORDS else None
            return _body(relayed.group("np"), people) if relayed else None  # "customs figures quoted by Kommersant"
    parts = _AND.split(np) if " and " in np and not _FOR_OF.search(np) and not known(np) else [np]  # one listed body
    if len(parts) > 1 and _NATIONALITY.fullmatch(parts[0].strip()) and not known(parts[0]):
        return Attribution(np, "", kind_of(np), "")  # "Western and South Korean intelligence": two adjectives, one noun
    names = []
    for part in parts:
        part = part.strip()
        full = part if " " in part or known(part) or part.lower() in COUNTRY_NAMES else people.get(part, part)  # a bare
        # surname: the full name cited earlier; a country is never one ("600 Russians Estonia says" named no "Estonia")
        names.append(canonical(full))
    source = " and ".join(n[0] for n in names)
    kinds = {n[1] for n in names}
    countries = [n[2] for n in names if n[2]] or ([country_of(raw)] if "-based " in raw else [])  # "Seoul-based Asan ..."
    return Attribution(source, "", kinds.pop() if len(kinds) == 1 else "government", "; ".join(dict.fromkeys(c for c in countries if c)))


def cited_body(np: str, people: Mapping[str, str] | None = None) -> Attribution | None:
    """The body or person a cited phrase names, as a credit ("the NIS's" -> the NIS); None for a pointer or a clause.

    >>> cited_body("South Korea's spy agency").source
    'National Intelligence Service'
    """
    return _body(np, people if people is not None else {})


def _pointer(sentence: str, end: int) -> bool:
    return _is_pointer(np_before(sentence, end))


def attribute(sentence: str, previous: Previous = None, people: Mapping[str, str] | None = None) -> Attribution | None:
    """The body a sentence credits, or None when the article asserts the claim itself.

    >>> attribute("More than $20 billion, according to one South Korean think tank.").source
    'South Korean think tank'
    >>> attribute("A March 28 intelligence update from the British Ministry of Defence estimated that 5,000 died.").source
    'UK Ministry of Defence'
    >>> a = attribute("Yonhap, citing the NIS, said 3,000 more troops were sent.")
    >>> a.source, a.conduit
    ('National Intelligence Service', 'Yonhap')
    >>> attribute("It shipped 410,000 barrels, according to ship-tracking firm Seastat Analytics.").source
    'Seastat Analytics'
    >>> attribute("Analysts say 10,000 troops were sent.").source
    'Analysts'
    """
    people = people if people is not None else {}  # an empty lazy mapping is still the one to use
    if sentence[:2] in BULLETS:
        sentence = sentence[2:]  # "- UK estimate: more than 6,500": a list item reads as its text
    low = sentence.lower()  # cheap word tests first: these patterns are slow to search for in every sentence
    citing = _CITING.search(sentence) if ("citing" in low or "quot" in low or "brief" in low) else None
    if citing and sentence.endswith(("without ", "not "), 0, citing.start()):
        citing = None  # "The paper also says, without citing a source, that": nobody is cited
    if citing:
        np = citing.group("np")
        if np.endswith(("sources", "source")):  # "citing two sources in HUR": the phrase runs on past "in"
            np = sentence[citing.start("np"):].split(",")[0]
        origin = _body(np, people)
        if origin is None and previous is not None and _SOURCE_POINTER.fullmatch(citing.group("np")):
            origin = _resolve(previous)  # "Ukrinform, citing a source in HUR, said ... The agency quoted the source as saying"
        if origin:
            head = sentence[:citing.start()].rstrip(" ,")
            conduit = _subject(head, 0, people, None) or _body(np_before(sentence, citing.start()), people) \
                or _body(_REPORTED_END.sub("", head), people)
            return Attribution(origin.source, conduit.source if conduit else "", origin.kind, origin.country)
    stated = STATED_BY.match(sentence) if sentence[:2] in ("Th", "It") else None
    if stated:  # "This was stated by Colonel Andrii Sheremeta, spokesperson for ...": the claim just made is his
        return _body(stated.group("np"), people)
    quoted = _QUOTED_AS.search(sentence) if "quoted as" in low else None
    if quoted:  # "..., the NIS was quoted as saying"
        found = _body(np_before(sentence, quoted.start("verb")), people)
        if found:
            return found
    label = _LABEL_SOURCE.match(sentence) if ": " in sentence[:48] else None
    if label and known(label.group("np")) and kind_of(label.group("np")) in _CLAIMING_KINDS:
        return _body(label.group("np"), people)  # "NIS: about 9,500 killed and wounded.": a listed body labels its figures;
        # not a fact box ("NATO: 32 members, 3.5 million active troops")
    if _display(sentence):
        if _PHOTO_CREDIT.match(sentence):
            return None  # "PHOTO: JAPAN MINISTRY OF DEFENCE": who took a picture, not whose claim anything is
        found = _headline(sentence, people)
        if found:
            return found
    by_count = _BY_COUNT.search(sentence) if ("by " in low or "in " in low) and any(w in low for w in _COUNT_WORDS) else None
    if by_count and by_count.group("described"):  # "by Western estimates": estimates described, not named
        described = by_count.group("described")
        return Attribution(described, "", kind_of(described), country_of(described))
    if by_count and by_count.group("pronoun"):  # "By her estimate, ...": the person the article cited last
        found = _estimating_person(by_count.group("pronoun"), previous)
        if found is not None:
            return found
        by_count = None  # the rest of the sentence may say: "By his own reckoning, published by the institute, ..."
    if by_count:  # "By the count of South Korea's NIS, ...", "by Seoul's estimate", "in the estimate of HUR"
        owner = by_count.group("np") or by_count.group("owner")
        found = _body(owner, people)
        if found:
            return found
        if previous is not None and _is_pointer(owner):
            return _resolve(previous)  # "By the center's count": the center cited before
    according = _ACCORDING.search(sentence) if "according" in low or ", per " in low or "(per " in low or \
        low.startswith("per ") else None
    if according:
        np = according.group("np")
        found = _body(np, people)
        if found is not None and (_INFORMANT.search(found.source) or found.kind == "media") and according.start() < 3:
            inner = _clause_subject(sentence[according.end():], people)  # "According to a source close to the file, the
            if inner is not None and inner.kind not in ("person", "media"):  # DGSE now estimates that": the DGSE's,
                # through the source; "According to Reuters, the DGSE estimates": the DGSE's, Reuters the conduit
                return Attribution(inner.source, found.source, inner.kind, inner.country)
        if found:
            tag = _TAG_BEFORE.search(sentence, 0, according.start()) if according.start() > 20 else None
            told = _body(tag.group("np"), people) if tag else None
            if told is not None and told.source != found.source:  # "..., the NIS told lawmakers, according to members
                return Attribution(told.source, found.source, told.kind, told.country)  # of the committee": the NIS's
            if not (tag and found.kind == "media" and _DESCRIBED_MEDIA.fullmatch(found.source)):
                return found  # "..., the mayor said, according to local media": the mayor's, as the pointer finds him
        named = NAMED_AS.search(sentence.rstrip(" .!?\"”’'"), according.end("np")) if ", wh" in sentence else None
        if named:  # "..., according to its deputy head, who gave his name only as Oleksandr": the name he gave
            return Attribution(named.group("name"), "", "person", "")
        if previous is not None and _is_pointer(np) and not _INDEFINITE.match(np):  # "a tracking firm": not one named before
            inner = _clause_subject(sentence[according.end():], people)  # "According to the report, the NIS estimates"
            return inner if inner is not None and inner.kind != "person" else _resolve(previous) or _self_named(np)
        local = _self_named(np)
        if local:
            return local  # "according to the regional government", no regional government named before
    if sentence[:1] in _QUOTE_OPENERS:  # '“Pyongyang has found a customer,” said Miriam Oh': the verbs in the
        found = _inverted(sentence, people)  # quotation are the speaker's words; the tag after it says who spoke
        if found:
            return found
    found = _subject(sentence, 0, people, previous)
    if found:
        return found
    ruled = _COUNCIL_RULED.match(sentence) if "ecurity Council" in sentence or "esolution" in sentence else None
    if ruled:  # "UN Security Council Resolution 2397, adopted in December 2017, required ... within 24 months"
        return Attribution("UN Security Council", "", "international body", "")
    act = _ACTS.search(sentence) if any(w in low for w in _ACT_WORDS) else None
    if act and _ACT_OBJECT.match(sentence, act.end()):  # "The regional council approved UAH 48 million"
        subject = _CLAUSE_START.split(sentence[:act.start()])[-1].strip()
        np = np_before(sentence, act.start()).strip()
        fronted = subject[:len(subject) - len(np)] if np and subject.endswith(np) else subject
        if np and (not fronted or _FRONTED.fullmatch(fronted)) and "," not in np and not np.endswith(("’s", "'s")):
            found = _body(np, people)  # the subject alone before the verb: not "Japan, which has pledged",
            if found is None and previous is not None and HEAD_POINTER.fullmatch(np):
                found = _resolve(previous)  # "The ministry has requested ¥9.4 trillion": the ministry cited before
            if found is not None and found.kind in _ACTING_KINDS:  # "Russia, despite the sanctions, earned"
                return found
    owned = _ESTIMATE_SUBJECT.match(sentence) if any(w in low[:60] for w in _OPENING_ESTIMATE_WORDS) else None
    if owned and owned.group("data") and not institution(owned.group("owner").removesuffix("'s").removesuffix("’s")):
        owned = None  # "KINU's number", "Same NIS data"; not "Trump's numbers don't add up", "Europe's data centres"
    if owned and owned.group("owner").lower() not in NOT_OWNERS and not _NATIONALITY.fullmatch(owned.group("owner")):
        # "The NIS figure, given to lawmakers, is lower: 6,000"; not "Ukrainian data shared with us suggest"
        found = _body(owned.group("owner"), people)
        if found:
            return found
    if previous is not None and ("’s " in sentence[:60] or "'s " in sentence[:60]) and _POINTERS_FIGURE.match(sentence):
        return _resolve(previous)  # "The agency's estimate is about 12,000", "In the ministry's assessment, the figure was"
    if sentence[:4] in ("His ", "Her ") and previous is not None and PERSONS_CLAIM.match(sentence):
        return _resolve(previous)  # "Her central claim is that ...": the person the sentences before are about
    if previous is not None and ("’s " in sentence[:60] or "'s " in sentence[:60]) and _PAPERS_FINDINGS.match(sentence):
        return _resolve(previous)  # "Among the report's other findings:": the body whose report was cited before
    agent = _BY_AGENT.search(sentence) if " by " in sentence else None
    if agent is not None and ", whose " in sentence and any(
            w.start() < agent.start() < w.end() and not any(c.isdigit() for c in w.group(0))
            for w in _WHOSE_ASIDE.finditer(sentence)):
        agent = None  # "Two were captured by paratroopers, whose footage was released by Zelensky's office": the aside's;
        # not "The refinery, whose output was reported by Reuters at 200,000 barrels a day, ...", which measures
    if agent is not None and _NAMED_AS_PEOPLE.match(agent.group("np")):
        agent = None  # "The two prisoners, identified by Zelensky as Baek and Ri": who named them, not whose count it is
    if agent:  # "Under a deal reported by the HUR last month, ...": the agent of a reporting participle
        words = agent.group("np").split()
        for n in range(min(len(words), 8), 0, -1):  # "footage released by Ukraine's military intelligence appears to
            found = _body(" ".join(words[:n]), people) if not _NATIONALITY.fullmatch(words[n - 1]) else None  # show":
            if found:  # the longest opening that names a body; not "published by Ukrainian units": a nationality
                return found
    claims = _CLAIMS_BY.search(sentence) if " that " in sentence and (" by " in sentence or " from " in sentence) else None
    if claims:  # "She also rejected claims by British intelligence that about 6,000 ... had been killed"
        found = _body(claims.group("np"), people)
        if found:
            return found
    comes = _COMES_FROM.search(sentence) if " from " in low and ("come" in low or "drawn" in low) else None
    if comes:  # "The numbers come from a count of satellite images by CSIS"
        found = _body(comes.group("np"), people)
        if found:
            return found
    found = _inverted(sentence, people)
    if found is None and previous is not None and _INVERTED_POINTER.search(sentence):
        return _resolve(previous)  # "Another 200 were wounded, said the ministry": the ministry cited before
    return found


def _estimating_person(pronoun: str, previous: Previous) -> Attribution | None:
    """Whom "By his/her/their estimate" means: a person cited just before, never a body, which another may have
    disputed in between ("The NIS said 11,000. Kyiv disputes that. By its estimate, 15,000")."""
    if previous is None or pronoun == "its":
        return None
    if isinstance(previous, Attribution):
        found: Attribution | None = previous
    else:
        found = previous.person() if pronoun in ("his", "her") else previous.resolve()
    return found if found is not None and found.kind == "person" else None


def _clause_subject(clause: str, people: Mapping[str, str]) -> Attribution | None:
    """The body that opens the clause after a lead-in and reports in it: ", South Korea's NIS estimates that"."""
    clause = clause.lstrip(" ,")
    verb = _SAY.search(clause, 0, 120)
    np = clause[:verb.start()].strip() if verb else ""
    if np.count(",") == 2 and np.endswith(","):  # "the DGSE, France's foreign intelligence service, estimates"
        np = np.split(",")[0]
    return _body(np, people) if np and "," not in np and len(np.split()) <= 8 else None


_TAG_BEFORE: Final = re.compile(r"(?:^|,\s+)(?P<np>[^,]{2,80}?)\s+(?:told|said|says|tells|informed|briefed)\b[^,]{0,40},?\s*$")
"""The tag that ends the clause "according to" follows: who said it, to the people the article heard it from."""
_INVERTED_POINTER: Final = re.compile(rf"[,”\"’']\s*(?:{'|'.join(_INVERTED_VERBS)})\s+(?:the\s+(?:same\s+)?(?:people|person|officials?|"
                                      rf"sources?|spokes(?:man|woman|person)|{INSTITUTION_HEADS})|he|she|they)(?=\s*[,.;]|\s*$)")
"""An inverted tag that points back: "..., said the ministry", "..., said the people, who spoke on condition of ..."."""
_INVERTED_DESCRIBED: Final = re.compile(rf"[,”\"’']\s*(?:{'|'.join(_INVERTED_VERBS)})\s+(?:the|a|an)\s+[a-z]")
_LONG_PLACE: Final = re.compile(r"\s+(?P<prep>in|from|at)\s+the\s+(?:[a-z-]+\s+){1,5}of\s+(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)$")
"""The place a described person is from, said at length: "a trade official in the northeastern special economic zone of Rason"."""
_CLAIMING_KINDS: Final = frozenset(("intelligence", "military", "think tank", "NGO", "media"))
_LABEL_SOURCE: Final = re.compile(r"(?P<np>[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,5}):\s")
_QUOTE_OPENERS: Final = "“\"‘'"


def _inverted(sentence: str, people: Mapping[str, str]) -> Attribution | None:
    """The body of an inverted tag: '..., said a senior British defence official'."""
    low = sentence.lower()
    inverted = _INVERTED.search(sentence) if any(w in low for w in _INVERTED_VERBS) else None
    if inverted is None and (" name" in low or " identified" in low or " call sign" in low):
        described = _INVERTED_DESCRIBED.search(sentence)  # '..., said the man, 41, who asked to be identified only by
        named = NAMED_AS.search(sentence.rstrip(" .!?\"”’'"), described.end()) if described else None  # his surname, Pak'
        return Attribution(named.group("name"), "", "person", "") if named else None
    return _body(inverted.group("np") or inverted.group("named"), people) if inverted else None


def _headline(heading: str, people: Mapping[str, str]) -> Attribution | None:
    """The body a headline names before a colon, after a closing colon or dash (wire style) or in closing brackets.

    A leading label must be a listed body, an acronym or a person the article names
    ("Table:", "Views:" are not); a dash does not credit the page's own outlet ("... - Reuters").

    >>> _headline("HUR: up to 6,000 North Korean builders to arrive in Kursk", {}).source
    'Defence Intelligence of Ukraine (HUR)'
    >>> _headline("Russia launched 143 drones overnight; 121 drones downed — Air Force", {}).source
    'Air Force'
    >>> _headline("6,500+ North Korean casualties (UK Ministry of Defence)", {}).source
    'UK Ministry of Defence'
    >>> _headline("Table: launches by North Korea in 2026", {}), _headline("Troops in Kursk top 11,000 - Reuters", {})
    (None, None)
    >>> _headline("Containers shipped (Q1 2025)", {}), _headline("2 prisoners held by Ukraine (Updated)", {})
    (None, None)
    """
    tail = _HEADLINE_SOURCE.search(heading) if any(c in heading for c in ":;—–-") else None
    if tail and ((not tail.group("dash") and not _SHOUTED.fullmatch(tail.group("np")))
                 or _names_source(tail.group("np"), people, institutions=True)):  # not "SESSION 2: MUNITIONS AND MISSILES"
        found = _body(tail.group("np"), people)
        if found and (found.kind != "person" or " " in found.source) and not (tail.group("dash") and found.kind == "media"):
            return found
    paren = _SOURCE_PAREN.search(heading) if heading.endswith(")") and len(heading) < 200 else None
    named = (paren.group("np") or paren.group("dated")) if paren else ""
    if paren and paren.group("dated") and not (institution(named) or ACRONYM.fullmatch(named)):
        named = ""  # "(Russia, Oct. 2024)": where and when, not who
    if named and TABLE_CELL.fullmatch(heading) and not (known(named) or institution(named) or ACRONYM.fullmatch(named)):
        named = ""  # "Rajin calls: 5 (Sunrise Ore)": a table's row label (see markup.tables), not a source
    if named and _names_source(named, people, institutions=True):  # "11,000 troops in Russia now (NIS)"
        found = _body(named, people)
        if found is not None and found.kind != "media":  # "(AFP)" under a photo credits the picture
            return found
    lead = _HEADLINE_LEAD.match(heading) if ": " in heading[:40] else None
    if lead and _names_source(lead.group("np"), people):
        return _body(lead.group("np"), people)
    return None


def _names_source(np: str, people: Mapping[str, str], institutions: bool = False) -> bool:
    """Whether a label in a headline or factbox names a source: a listed body, an acronym that is not a label,
    unit or time zone, a person the article names, or (in brackets) a name whose words make it an institution.

    >>> [_names_source(n, {}) for n in ("HUR", "Seoul", "GDP", "KST", "Live Updates", "Getty Images")]
    [True, True, False, False, False, False]
    """
    if known(np) or (ACRONYM.fullmatch(np) and np not in LABELS) or people.get(np) is not None:
        return True
    return institutions and canonical(np)[1] not in ("person", "other")


def _subject(sentence: str, start: int, people: Mapping[str, str], previous: Previous) -> Attribution | None:
    """The first reporting verb whose subject names a body ("X said", "X stating that")."""
    for m in _SAY.finditer(sentence, start):
        before = sentence[:m.start()].rstrip()
        if _PASSIVE_END.search(before, max(0, len(before) - 6)):  # both end the text: only its last word is read
            continue  # passive: "was said to have" credits nobody
        if _DETERMINER_END.search(before, max(0, len(before) - 7)):
            continue  # "a report by ...": a noun, not a verb
        verb = m.group(0).split()[-1]
        if verb == "say" and before.endswith(",") and sentence.startswith(",", m.end()):
            continue  # "At, say, 30,000 barrels a go": "say" as "for example"
        if verb in ("gave", "gives") and not _GAVE_FIGURE.match(sentence, m.end()):
            continue  # "Russia gave North Korea 300 tanks": an act, not a report
        if verb in ("values", "valued") and not _VALUED_AT.match(sentence, m.end()):
            continue  # "Putin values the 11,000 troops Kim sent": esteem; "which X values at about $2 million": a price
        if verb == "think" and sentence.startswith((" tank", "-tank"), m.end()):
            continue  # "The US think tank ISW": a noun
        if verb in ("report", "estimate", "claim", "count") and _OWNED_NOUN.search(before):
            continue  # "Seoul's June report put ...", "the NIS's latest estimate puts ...": a noun
        if verb in _HOMOGRAPHS and not _AFTER_VERB.match(sentence, m.end()) and not (
                verb.startswith("show") and (_DATA_SUBJECT.search(before) or _DATA_FROM.match(before.lower()))) and not (
                verb in _PARTICIPLES and (m.group(0) != verb or NAME_END.search(before) or POINTERS.match(before)
                                          or _NAMED_BODY_END.search(before))) and not (
                verb.endswith("s") and NAME_END.search(before) and not _NOUN_NEXT.match(sentence, m.end())
                and (" " in before.strip() or ACRONYM.fullmatch(before.strip()))):
            continue  # "the 28-page report lists": a noun; "OSC reports 43 trips", "estimates that": verbs
        np = np_before(sentence, m.start())
        if _GAP_AFTER.match(sentence, m.end()) and _THAT_END.search(before, 0, len(before) - len(np)) and \
                not _counts_in_clause(sentence, m.end(), ","):
            continue  # "A missile that investigators say was made in North Korea killed 14 people, officials said": their
            # words are the clause about the missile, not the toll
        in_which = _IN_WHICH.search(np) if " which " in np else None
        if in_which and _counts_in_clause(sentence, m.end(), ","):
            np = np[in_which.end():]  # "a briefing in which a senior defense official said": the official
        if "what " in np and _names_amount(sentence, m.end()):
            np = _what_clause(np, verb)  # "received what the NIS described as \"at least 1 million barrels\"": the NIS's words
        relative = _RELATIVE.match(np) if np[:1] in "wW" else None
        if relative:  # "which the Bank of Korea put at about 42 trillion won": the clause's own figures only
            if not _counts_in_clause(sentence, m.end(), ", "):  # "The missiles, which X say were made in ..., killed 14"
                continue  # "14,300 came on study visas, which the NIS says are used to send workers"
            np = relative.group("np")
        if _OWN_GOVERNMENT.fullmatch(np):  # "Her Government estimated": the country of whoever spoke before
            before_found = _resolve(previous) if previous is not None else None
            if before_found is not None and before_found.kind == "government":
                return before_found  # "The representative of the United Kingdom said ... Her Government estimated"
            if before_found is not None and before_found.country and ";" not in before_found.country:
                return Attribution(before_found.country, "", "government", before_found.country)
            continue
        saying = verb in _SAYING and before.endswith(",")
        if saying:  # "Russia rejected the report by the UK MoD, saying its figures showed 40": the main clause's subject
            found = _main_speaker(sentence, m.start(), before, people)
            if found:
                return found
            if previous is not None and sentence[:3] in ("He ", "She") and _PRONOUN_LEAD.match(sentence):
                return _resolve(previous)  # "He again urged partners to send more, saying Ukraine needed 10 more": him
        found = _body(np, people)
        if found is not None and found.country and previous is not None and _NATIONAL_POINTER.fullmatch(np.strip()):
            earlier = _resolve(previous)  # "The South Korean agency believes": the South Korean body cited before,
            head = np.split()[-1].lower()  # when it is one the head noun can mean ("agency": not the Unification Ministry)
            if earlier is not None and earlier.kind != "person" and earlier.country == found.country and (
                    head in earlier.source.lower() or earlier.kind in HEAD_KINDS.get(head, ())):
                return earlier
        if found is not None and found.kind in ("person", "other") and not _is_name(np) and ", " in sentence[m.end():]:
            closing = _CLOSING_TAG.search(sentence, m.end())
            tagged = _body(closing.group("np"), people) if closing else None
            if closing and tagged is None and (_is_pointer(closing.group("np")) or _TITLED_POINTER.fullmatch(closing.group("np"))):
                if previous is None:
                    return None  # a clause read alone: the whole sentence, read with what came before, says who
                tagged = _resolve(previous)
            if tagged is not None and tagged.kind != "media":  # "Ukrainian gunners had reported dud rates of up to 20 percent, the intelligence
                return tagged  # chief added": the speaker of the whole sentence, not the people his words describe
        if found and verb in _SIGHTING and "," in sentence[m.end():]:
            tagged = _later_tag(sentence, m.end(), people, None if _is_name(np) else previous)
            if tagged is not None:  # "The Self-Defense Forces have spotted ... 14 times, the Joint Staff announced": the
                return tagged  # body that announced the count, not the one that did the spotting
        if found and verb in _INTENT:  # "North Korea expects 10 MiG-29s, Seoul's NIS said": the NIS
            later = _subject(sentence, m.end(), people, previous) or _inverted(sentence, people)
            return later or found
        if found and found.kind == "person" and verb in _RELAYING:
            after = sentence[m.end():]
            if verb in ("told", "tells"):  # "told the Kyiv Herald that his team had recorded": past the listener
                listener = after.find(" that ", 0, 60)
                after = after[listener + 5:] if listener >= 0 else ""
            inner = _relayed(after, people, previous)
            if inner is not None:  # "Rep. Choi ... said the NIS put the number at 2,400": the NIS, through him
                return Attribution(inner.source, found.source, inner.kind, inner.country)
        if found:
            return found
        found = _self_named(np) or _anonymous(np, sentence[max(0, m.start() - 80):m.start()])
        if found:  # "..., the regional government reported"; "the foreman, who asked not to be named, told"
            return found
        if previous is not None and _pointer(sentence, m.start()):
            return _resolve(previous)
        if not saying and verb in _SPEECH and _COORDINATED.search(before):
            found = _main_speaker(sentence, m.start(), before, people)
            if found:
                return found  # "The ministry denied it, and said ..."; "... did not mention it but said"
    return None


_INFORMANT: Final = re.compile(r"\b(?:sources?|people|person|insiders?)\b")
"""Someone who passes on what a body holds: "According to a source close to the file, the DGSE estimates"."""
def _what_clause(np: str, verb: str) -> str:
    """The subject of a "what X described as" clause that ends ``np``, else ``np``.

    >>> _what_clause("Pyongyang has received what the NIS", "described"), _what_clause("somewhat lower figures", "said")
    ('the NIS', 'somewhat lower figures')
    """
    what = np.rfind("what ")
    return np[what + 5:] if verb in _NAMING and (what == 0 or np[what - 1:what] == " ") else np


def _names_amount(sentence: str, end: int) -> bool:
    """Whether a verb's object is an amount as the speaker worded it ("described as \"at least 1 million barrels\"",
    "estimated at 300"), not what was said about something ("what the NIS said about the 3,000 new troops")."""
    return _AS_AMOUNT.match(sentence, end) is not None


_IN_WHICH: Final = re.compile(r"\b(?:in|at|during)\s+which\s+")
_AS_AMOUNT: Final = re.compile(r"\s+(?:as|at)\s+(?:about\s+|around\s+|some\s+|roughly\s+|up\s+to\s+|at\s+least\s+|more\s+than\s+)?"
                               r"[“\"]?(?:\d|[$€£₩¥₽]|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|"
                               r"thousands|millions|at|about|around|some|roughly|more|nearly|up|over|well)\b)")
_NAMING: Final = {"described", "describes", "called", "calls", "estimated", "estimates", "put", "puts", "counted", "counts",
                  "said", "says", "claimed", "claims", "reported", "reports"}
"""Verbs of a "what X described as ..." clause, which gives X's own words for the amount."""
_NAMED_AS_PEOPLE: Final = re.compile(r"[^,;]*?\s+as\s+[A-Z]")
_VALUED_AT: Final = re.compile(r"\s+(?:[\w’'-]+\s+){0,4}?at\s+(?:about\s+|around\s+|some\s+|roughly\s+|up\s+to\s+)?[\d$€£₩¥₽]")
"""What "values" must be followed by to report an amount: "which the Harwell Institute values at about $2 million"."""
_MONTH: Final = re.compile(rf"(?:{MONTH_NAMES})(?:\s+\d{{1,2}})?")
_ITS_NAMED: Final = re.compile(r"[Ii]ts\s+(?:official\s+|state\s+|state-run\s+|own\s+)?(?P<name>[A-Z].*)")
HEAD_KINDS: Final = {"agency": ("intelligence", "media"), "service": ("intelligence",), "intelligence": ("intelligence",)}
"""Bodies a head noun may mean without bearing it: "the agency" after the NIS; "the ministry" needs a Ministry."""
_NATIONAL_POINTER: Final = re.compile(rf"[Tt]he\s+(?:North\s+|South\s+)?[A-Z][a-z]+(?:an|ese|ish|ch|i)\s+(?:{INSTITUTION_HEADS})")
"""A body pointed back at by its country and head noun: "the South Korean agency", "the French service"."""
_ONE_OF_GROUP: Final = re.compile(r"(?:^|,\s+)(?i:one|another)\s+of\s+the\s+(?P<group>(?i:prisoners|POWs|soldiers|defectors|workers|"
                                  r"captives|detainees|survivors|deserters|labourers|laborers))\b")
_RELAYING: Final = {"said", "says", "told", "tells", "added", "noted", "stated"}
_RELAYED_CLAUSE: Final = re.compile(r"\s+(?:that\s+)?(?P<clause>(?:[^,;]|,(?=\d))+)")


_SIGHTING: Final = {"spotted", "tracked", "detected", "observed", "monitored", "logged", "identified", "traced", "documented",
                    "recorded"}
"""Verbs of seeing, whose subject may only have seen what another body announces."""


def _is_name(np: str) -> bool:
    """A subject that is a name ("Human Rights Watch", "HUR"), which a pointer tag (", the group said") means itself;
    not "Prosecutors".

    >>> _is_name("Human Rights Watch"), _is_name("the NIS"), _is_name("Prosecutors")
    (True, True, False)
    """
    np = np.strip().removeprefix("The ").removeprefix("the ")
    return PROPER.fullmatch(np) is not None and (" " in np or np.isupper())


_TAG: Final = re.compile(r",\s+(?P<np>(?:the\s+|[A-Z])[^,;:“”\"]{1,80}?)\s+(?:said|says|announced|announces|reported|reports|stated|"
                        r"told|added)\b")


_CLOSING_TAG: Final = re.compile(r",\s+(?P<np>(?:the\s+|[A-Z])[^,;:“”\"]{1,60}?)\s+(?:said|says|added|adds)(?:\s+on\s+\w+day|\s+\w+day)?"
                                 r"(?:\s*[.!?]?$|,\s+(?:but|and|although|though|while|as)\s)")
"""A speech tag that ends the sentence: ", the intelligence chief added."."""
_TITLED_POINTER: Final = re.compile(rf"the\s+(?:[\w-]+\s+){{0,2}}(?i:{TITLE_WORDS})")
"""A person called by their office, met before: "the intelligence chief", "the deputy minister"."""


def _later_tag(sentence: str, start: int, people: Mapping[str, str], previous: Previous) -> Attribution | None:
    """The body a speech tag after ``start`` names: ", the Defense Ministry's Joint Staff announced"; a pointer tag
    (", the office said") when the subject is no name of its own ("Prosecutors have documented 47 ...")."""
    tag = _TAG.search(sentence, start)
    if tag is None:
        return None
    found = _body(tag.group("np"), people)
    if found is None and previous is not None and _is_pointer(tag.group("np")):
        found = _resolve(previous)  # a body, not whoever spoke last: ", the office's spokesperson told" is the office
        found = found if found is not None and found.kind != "person" else None
    return None if found is None or found.kind == "media" else found  # a paper that reports it passes it on


def _relayed(after: str, people: Mapping[str, str], previous: Previous) -> Attribution | None:
    """The body a person's words relay, when the clause after "said" opens with it reporting: "said the NIS put
    the toll at 2,400", "said the agency believes"; a person or a place in that seat relays nobody.

    >>> _relayed(" the NIS put the number killed at 2,400", {}, None).source
    'National Intelligence Service'
    >>> _relayed(" Russia had lost 300 soldiers", {}, None), _relayed(" Putin told him so", {}, None)
    (None, None)
    """
    m = _RELAYED_CLAUSE.match(after)
    verb = _SAY.search(m.group("clause"), 0, 80) if m else None
    if m is None or verb is None:
        return None
    np = m.group("clause")[:verb.start()].strip()
    if "what " in np and _names_amount(m.group("clause"), verb.end()):
        np = _what_clause(np, verb.group(0).split()[-1])  # "said Pyongyang has received what the NIS described as"
    if not np or len(np.split()) > 8 or " that " in np or m.group("clause").startswith(" of", verb.end()):
        return None  # "said the NATO estimate of 35,000 was credible": a noun, not the NATO estimating
    found = _body(np, people)
    if found is None and previous is not None and _is_pointer(np):
        found = _resolve(previous)  # "said the agency believes": the agency cited before
    return found if found is not None and found.kind != "person" and institution(found.source) else None


def _counts_in_clause(sentence: str, start: int, end_mark: str) -> bool:
    """Whether a number stands between ``start`` and the end of its clause (the next ``end_mark``).

    >>> _counts_in_clause("which the NIS puts at 42 trillion won, or more", 14, ", "), _counts_in_clause("which X say, 14", 7, ",")
    (True, False)
    """
    end = sentence.find(end_mark, start)
    return _COUNTED.search(sentence, start, end if end > 0 else len(sentence)) is not None


def _main_speaker(sentence: str, end: int, before: str, people: Mapping[str, str]) -> Attribution | None:
    """The main clause's subject as the speaker of a later "saying" or "and said" ("Prosecutors asked a judge to
    seize two tankers, saying ..."), unless it is a country or person whose act the clause counts ("Russia
    launched 40 drones, saying ..."): a country's act is not its count."""
    found = _main_subject(sentence, end, people)
    if found and (found.kind not in ("government", "person") or institution(found.source) or not _COUNTED.search(before)):
        return found
    return None


_LEGAL: Final = ("complaint", "indictment", "affidavit", "lawsuit", "filing", "filings", "court documents", "court papers",
                 "charging documents", "charge sheet", "prosecutors")
_COURT_PAPERS: Final = re.compile(r"(?:(?:civil|criminal|federal|forfeiture|sworn|unsealed|amended|original|court|[a-z]+-page|"
                                  r"u\.?s\.?|us|american|british|german|south\s+korean|japanese|ukrainian|russian|state)\s+)*"
                                  r"(?:" + "|".join(w.replace(" ", r"\s+") for w in _LEGAL) + ")")
"""A case's own papers, or its prosecutors, credited as the article names them: "the civil forfeiture complaint"."""
_STATE_SERVICE: Final = re.compile(r"(?:state\s+|regional\s+|local\s+|city\s+)?(?:rescue|emergency|emergencies|fire|border|customs|"
                                   r"migration|tax|prison|penitentiary|ambulance)\s+services?")
"""Services that are bodies in their own right, never "the service" just cited: "the rescue service tells us"."""
_SOURCE_POINTER: Final = re.compile(r"[Tt]he\s+(?:same\s+)?sources?")
_OWNED_NOUN: Final = re.compile(rf"[’']s(?:\s+(?:[a-z]+(?<!s)|{MONTH_NAMES}))?$")
_INTENT: Final = {"expects", "for", "proposed", "proposes", "forecasts", "predicts", "anticipates", "mentioned", "mentions"}
"""Verbs of wanting, planning or expecting ("called for"): a credit later in the sentence says whose claim it is."""
_SAYING: Final = {"saying", "stating", "claiming", "noting", "warning", "estimating", "reporting", "revealing", "asserting"}
"""Participles whose subject is the sentence's own: "X asked a judge to seize the ships, saying they carried fuel"."""
_SPEECH: Final = {"said", "says", "told", "tells", "stated", "states", "claimed", "claims", "added", "noted", "warned", "warns",
                  "estimated", "estimates", "announced", "confirmed", "insisted", "wrote", "writes", "reported", "acknowledged",
                  "alleged", "alleges", "argued", "asserted"}
"""Verbs that only report: "The ministry denied it and said ...", not "The panel had eight members and monitored ..."."""
_COORDINATED: Final = re.compile(r"(?:^|[\s,])(?:and|but)$")
_PRONOUN_LEAD: Final = re.compile(r"(?:He|She)\s+(?:\w+\s+)?[a-z]+(?:ed|s)\b")  # "He again urged", "She warns"
_GAP_AFTER: Final = re.compile(r"\s+(?:was|were|is|are|had|has|have|came|comes)\b")  # "that X say was made": a gap
_THAT_END: Final = re.compile(r"\b(?:that|which)\s*$")
_COUNTED: Final = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?)\b", re.I)
_FIRST_VERB: Final = re.compile(r"\b(?:[a-z]+ed|said|says|told|tells|sent|sought|seeks|asks|made|took|gave|wrote|kept|met|spoke|held|denies|"
                                r"rejects|has|have|had|is|are|was|were|did|does|would|will|could|can)\b")


def _main_subject(sentence: str, end: int, people: Mapping[str, str]) -> Attribution | None:
    """The subject of a sentence's first verb before ``end``: who goes on "saying" or "and said" later in it.

    >>> s = "Federal prosecutors on Thursday asked a judge to seize two tankers, saying they made 43 voyages."
    >>> _main_subject(s, s.index("saying"), {}).source
    'Federal prosecutors'
    """
    verb = _FIRST_VERB.search(sentence, 0, end)
    if verb is None:
        return None
    np = np_before(sentence, verb.start())
    return _body(np, people)  # not a pronoun: "It also denied ..., and said" may mean a body named, not cited


def _resolve(previous: Previous) -> Attribution | None:
    """``previous`` is an Attribution or a lazy stand-in for one (``extract`` looks it up only when asked)."""
    return previous if previous is None or isinstance(previous, Attribution) else previous.resolve()


def _display(sentence: str) -> bool:
    """A line with no closing full stop: a heading or caption, which may name its source ("... casualties: NIS")."""
    return sentence[-1:] not in ".!?\"”"


def display_line(sentence: str) -> bool:
    """A heading, caption or list item rather than a sentence of prose.

    >>> display_line("Overnight attack: 212 drones, 14 missiles"), display_line("- Oil: more than 1 million barrels.")
    (True, True)
    >>> display_line('He said it had fired "more than 7,000."')
    False
    """
    return sentence[:2] in BULLETS or _display(sentence)
