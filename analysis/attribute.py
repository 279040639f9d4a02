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
from functools import lru_cache
from dataclasses import dataclass
from typing import Final, Protocol, Union

from analysis.bodies import COUNTRY_NAMES, canonical, country_of, kind_of, known
from analysis.lexicon import (BODY_WORDS, GENERIC_SUBJECTS, NOUNS, PERSON_ROLES, REPORTING_VERBS, SPEAKING_GROUPS, TITLE_WORDS,
                              word_trie)

_ADVERBS: Final = (r"(?:(?:" + word_trie("has have had also further previously earlier recently separately publicly later now then first "
                                   "already reportedly just since".split()) + r"|so\s+far|on\s+\w+day|(?:last|this)\s+(?:\w+day|week|month|year|night|morning|afternoon|evening|"
                          r"weekend|spring|summer|autumn|fall|winter|quarter))\s+)*")


_SAY: Final = re.compile(rf"\b{_ADVERBS}(?:{word_trie(REPORTING_VERBS.split('|'))})\b")  # case-sensitive: "Reports indicate" is a noun
_ACCORDING: Final = re.compile(  # "according to Rep. Lee, who ...": a title's full stop does not end the phrase
    r"\b(?:according\s+to|(?:(?<=^)|(?<=[,(]\s))per(?=\s+(?-i:(?:the\s+)?[A-Z])))\s+"  # ", per KIDA's report": not "per cent"
    r"(?P<np>(?:(?:Rep|Sen|Gen|Lt|Col|Dr|Mr|Ms|Mrs|Gov|Adm|Maj|Capt|Sgt|Prof)\.\s+|[^,;:.()“”\"])+)",
    re.IGNORECASE)
_CITING: Final = re.compile(
    r"\b(?:citing|quoting|quote[sd](?=\s+[^,;:.]+?\s+as\s+(?:saying|stating))|after\s+(?:being\s+)?briefed\s+by|after\s+(?:a\s+)?(?:closed-door\s+)?briefing\s+(?:by|from))"
    r"\s+(?P<np>[^,;:.()“”\"]+?(?:\s+\([A-Z]{2,6}\))?)(?=\s+(?:that|on|in|as)\b|[,;:.()“”\"]|$)", re.IGNORECASE)
_DATA_SUBJECT: Final = re.compile(r"\b(?:data|figures|statistics|records|imagery|images|numbers|estimates|tracking|count|"
                                  r"survey|poll|analysis)$", re.IGNORECASE)  # "Russian customs data show grain exports ..."
_BY_AGENT: Final = re.compile(r"\b(?:reported|announced|disclosed|revealed|confirmed|documented|recorded|tracked|counted|estimated|told|"
                              r"compiled|published|released|cited)\s+by\s+(?P<np>(?:the\s+)?[A-Z][^,;:.()“”\"]+)")
_COMES_FROM: Final = re.compile(r"\b(?:numbers?|figures?|data|estimates?|counts?|tally|statistics|information)\s+(?:all\s+)?"
                                r"(?:come|comes|came|are\s+drawn|is\s+drawn|were\s+drawn)\s+from\s+(?P<np>[^,;:()“”\"]+)")
_ESTIMATE_SUBJECT: Final = re.compile(
    r"(?:The\s+|the\s+)?(?!(?:The|This|That|These|Those|Its|Their|His|Her|Our|Your|My|A|An)\b)(?P<owner>[A-Z][\w.&’'-]*(?:\s+(?:of\s+)?[A-Z][\w.&’'-]*){0,4})(?:[’']s)?\s+(?:own\s+|latest\s+|new\s+)?"
    r"(?:figure|estimate|count|tally|assessment|calculation|projection)s?\b")
PERSONS_CLAIM: Final = re.compile(r"(?:His|Her)\s+(?:[a-z’'-]+\s+){0,2}(?:claim|estimate|figure|count|tally|calculation|reckoning)s?\b")
_PAPERS_FINDINGS: Final = re.compile(r"(?:Among\s+|Other\s+|Key\s+)?(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+)?(?:report|assessment|"
                                      r"study|survey|analysis|review|update|paper|briefing)[’']s\s+(?:[a-z-]+\s+)?(?:findings|"
                                      r"conclusions|estimates|figures|points|claims|highlights)\b")
_QUOTED_AS: Final = re.compile(r"\s(?P<verb>(?:was|were|is|are|has\s+been)\s+quoted\s+as\s+(?:saying|stating))")
_COUNT_WORDS: Final = re.compile(r"count|estimate|tally|reckoning|calculation|figures")
_BY_COUNT: Final = re.compile(
    r"(?:\b(?:by|according\s+to)|(?:^|,\s)[Ii]n)\s+(?:the\s+)?(?:latest\s+)?(?:count|estimates?|tally|reckoning|calculations?|figures)\s+"
    r"(?:of|from|by)\s+(?P<np>[^,;:.()“”\"]+)|(?:\bby|(?:^|,\s)[Ii]n)\s+(?P<owner>[^,;:.()“”\"]+?)[’']s?\s+(?:own\s+)?"
    r"(?:count|estimates?|tally|reckoning|calculations?)\b", re.IGNORECASE)
_HEADLINE_SOURCE: Final = re.compile(  # "N. Korea has suffered 4,700 casualties: NIS", "121 drones downed — Air Force"
    r"(?:[:;]|\s(?P<dash>[—–-]))\s+(?P<np>[A-Z][\w.’'& -]{1,40})$")
_HEADLINE_LEAD: Final = re.compile(r"(?P<np>[A-Z][\w.’'&-]*(?:\s[A-Z][\w.’'&-]*){0,3}):\s")  # "HUR: up to 6,000 builders to arrive"
_ACRONYM: Final = re.compile(r"[A-Z]{2,5}")
_SOURCE_PAREN: Final = re.compile(  # "(NIS (via lawmakers))"; "(NIS, Sept. 2)": the source and when it said so
    r"\((?P<np>[A-Z][^()\d]{1,50}(?:\([^()\d]{1,30}\))?)\)$|"
    r"\((?P<dated>[A-Z][^()\d,]{1,50}),\s*(?:[A-Z][a-z]{2,4}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?|(?:[A-Z][a-z]{2,8}\.?\s+)?\d{4})\)$")
LABELS: Final = set("LIVE UPDATE UPDATED WATCH BREAKING EXCLUSIVE VIDEO PHOTOS ANALYSIS OPINION EDITORIAL FACT CHECK NEW LEAD "
              "ATTN NOTE FAQ TL DR PS PDF MAP GDP COVID KIA MIA EST EDT CST PST GMT UTC KST JST CET CEST MSK BST USD EUR "
              "ET PT PDT EET EEST IST AEST SGT HKT "
              "GBP KRW RUB CNY JPY UAH".split())
"""Capitals that label, measure or time something; they name no source."""
_INVERTED_VERBS: Final = ("said", "says", "added", "noted", "wrote", "estimates", "estimated", "reported", "reports", "writes", "argues",
                          "argued", "believes", "claims", "claimed", "explained")
_INVERTED: Final = re.compile(rf"[,”\"’]\s*(?:{'|'.join(_INVERTED_VERBS)})\s+(?P<np>(?:the\s+)?(?:[A-Z][a-z]{{0,4}}\.\s+)*[A-Z][^,;:.()“”\"]+|"
                              r"an?\s+[a-z][^,;:.()“”\"]+)")  # '..., said a senior British defence official'

_FROM: Final = re.compile(  # "an update from X", "imagery analysed by X"; lower case: "the Study of War" is a name
    r"\b(?:(?i:data|information|figures|imagery|images|photos|footage|pictures)|reports?|updates?|assessments?|estimates?|"
    r"analys[ie]s|study|survey|statement|briefing|documents?|investigation|research|tally|count|review|affidavit|"
    r"complaint|indictment|filing|lawsuit|letter|memo|testimony|evidence|submissions?|tracking|monitoring)\s+"
    r"(?:of\s+(?:[a-z-]+\s+){1,2}by|(?:from|by|of)|(?:released|published|compiled|analy[sz]ed|obtained|seen|reviewed|provided|commissioned|"
    r"conducted|carried\s+out|gathered|collected|taken)(?:\s+[\w’']+){0,3}?\s+by)\s+(?P<np>(?:(?:the|a|an)\s+)?[^a-z\d].+)$")
_SEEN_BY: Final = re.compile(r"^(?:(?:an?|the)\s+(?:(?:confidential|classified|secret|internal|new|latest|leaked|unpublished|draft)\s+)*)?"
                             r"(?P<owner>.+?)\s+(?:data|documents?|figures|records|statistics|papers|estimates?|assessments?|numbers|"
                             r"reports?|memos?|briefings?|analys[ie]s|studies|study|cables?|dossiers?)\s+"
                             r"(?:seen|obtained|reviewed|viewed|examined|cited|quoted|reported|published)\s+by\b", re.IGNORECASE)
_PAPERS_SEEN_BY: Final = re.compile(r"(?:[A-Z][a-z]+\s+)?(?:[Dd]ata|[Dd]ocuments?|[Rr]ecords|[Pp]apers|[Ff]iles|[Ff]igures)\s+(?:seen|"
                                    r"obtained|reviewed|viewed|examined)\s+by\s+(?:the\s+)?(?P<np>[A-Z].*)$")
_POSSESSIVE_REPORT: Final = re.compile(
    r"^(?P<np>.+?)[’']s?\s+(?:[a-z-]+\s+){0,2}(?:report|update|assessment|estimate|analysis|data|figures|study|survey|statement|briefing|tally|count|tracking|monitoring|"
    r"paper|website|site|channel|complaint|indictment|filing|lawsuit|affidavit)\b",
    re.IGNORECASE)
_CLAUSE_BREAK: Final = re.compile(
    r"[,;:—–][”\"’]?\s+[“\"‘]?|[”\"’]\s+|(?<=\s)(?:that|but|while|whereas|as|with|after|when|where|because|although|though|if|so|"
    r"said|says|say|added|noted|believes|believe)\s+|^",
    re.IGNORECASE)
LEADING: Final = re.compile(
    r"^(?:(?:in|on|by|since|last|earlier|later|this|during|at|from|early|late)\s+(?:\w+\s+){0,2}?(?:\d{4}|\w+day|week|month|year|january|february|"
    r"march|april|may|june|july|august|september|october|november|december)\b[,]?\s*|(?:but|and|however|meanwhile|separately|still|yet|now|so|even)\b[,]?\s*|"
    r"(?:a|an|one|two|three|four|five|six|several|a\s+few)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|later)\b[,]?\s*)+",
    re.IGNORECASE)
_DETERMINERS: Final = re.compile(r"^(?:the|a|an|one|some|several|two|three|many|other|our\s+own|our)\s+", re.IGNORECASE)
INSTITUTION_HEADS: Final = (r"agency|ministry|group|think[ -]tank|institute|centre|center|service|firm|company|administration|"
                            r"council|outlet|newspaper|broadcaster|coast\s+guard|command|office|department|directorate|"
                            r"committee|commission|monitor|mission|observatory|brigade|regiment|headquarters")
"""Head nouns that, after "the", point back at a body named before: "the administration said", "the outlet said"."""
ROLE_POINTERS: Final = r"officer|participant|foreman|researcher|analyst|diplomat|commander|source|people"
"""People a pointer may name by their role ("the participant added"): only someone credited under that role before."""
_POINTERS: Final = re.compile(  # "the agency", "the country's spy agency", "he": the body cited just before
    r"^(?:of\s+(?:the|those|these)\s+(?:[a-z-]+\s+)?officials$|"  # "one of the officials" ("one" is cut first)
    r"(?![Hh]is\s|[Hh]er\s|[Mm]y\s|[Oo]ur\s|[Yy]our\s)(?:[Tt]he\s+)?(?:(?:country|nation|state|[Nn]orth|[Ss]outh|group|agency|ministry|"
    r"brigade|regiment|battalion|unit|army|company|firm|institute|department|office|administration)[’']s\s+)?"
    r"(?:[a-z-]+\s+){0,2}?"
    rf"(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Hh]im|[Hh]er|[Tt]hem|[Aa]nother|report|{INSTITUTION_HEADS}|official|team|bank|"
    r"spokesman|spokeswoman|spokesperson|organisation|organization|body|study|analysis|assessment|update|same\s+report|"
    r"same\s+source|document|survey|intelligence\s+service|statement|briefing|data|figures|numbers|statistics)$)")
_ROLE_POINTER: Final = re.compile(rf"[Tt]he\s+(?:[a-z-]+\s+)?(?:{ROLE_POINTERS}|officials)")  # "the participant"; "a military officer" is a first mention
# "the Singapore-based firm" points back; "a Tokyo-based research firm" is a first mention, credited as written
_DEFINITE: Final = re.compile(rf"\s*[Tt]he\s+[A-Z][\w.]*-(?:based|run|owned|backed|funded|registered|headquartered)\s+"
                              rf"(?:[a-z-]+\s+){{0,2}}?(?:{INSTITUTION_HEADS})$")
_SPEAKER_WORDS: Final = ("representative", "delegat", "ambassador", "envoy")
_SPEAKERS: Final = r"(?:permanent\s+)?(?:representative|delegate|ambassador|envoy|delegation)s?"
_REPRESENTATIVE: Final = re.compile(  # "the representative of the United Kingdom", "Japan's delegate", "the United States representative"
    rf"(?:[Tt]he\s+)?{_SPEAKERS}\s+(?:of|for|from)\s+(?:the\s+)?(?P<np>[A-Z].*)$|"
    rf"(?:[Tt]he\s+)?(?P<owner>[A-Z][\w.’' -]*?)(?:[’']s)?\s+{_SPEAKERS}$")
_HEAD_OF: Final = re.compile(r"(?:[Tt]he\s+)?(?:head|chief|director|spokes(?:man|woman|person)|commander|governor|"
                            r"press\s+(?:service|office))\s+(?:of|for)\s+(?P<np>(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+)?[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,6})$")
"""An office's holder unnamed: "the head of the Kharkiv regional military administration" speaks for the body."""
_NOT_OWNERS: Final = set("key latest main top new recent current other official early initial final more own rough best "
                         "conservative working revised higher lower total overall combined independent unofficial".split())
_BULLETS: Final = ("- ", "• ", "* ", "– ", "— ", "· ", "▪ ", "○ ", "● ", "■ ", "□ ", "◦ ", "► ", "▶ ")
_TITLE_OF_NAME: Final = re.compile(r"\b(?i:minister|secretary|director|head|chief|commissioner|governor|chair(?:man|woman)?)\s+"
                                   r"(?:of|for)\s+(?:the\s+)?(?:(?:[A-Z][\w’'-]*|of|the|for)\s+){1,6}?"
                                   r"(?P<name>[A-Z][\w’'.-]+\s+[A-Z][\w’'.-]+)$")
_NOT_NAMES: Final = set("group journal forces europe updates images story edition command".split())
_OFFICE_WORDS: Final = set("agency intelligence affairs defence defense security rights state staff forces army navy "
                           "committee command health finance justice unification trade industry".split())
_OWN_GOVERNMENT: Final = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[Gg]overnment|[Cc]ountry|[Dd]elegation)")
_TITLED_NAME: Final = re.compile(  # "Ukraine's President Zelensky", "South Korean lawmaker Lee Seong-kweun" -> the name
    rf"\b(?i:{TITLE_WORDS})\s+"
    r"(?P<name>(?!Staff\b|Assembly\b|Command\b|Council\b|Secretariat\b|General\b|General[’']s\b|Office\b)"
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})$")
# what may open an apposition after a name: "Ryu, a defector", "Shin, South Korea's adviser"
_APPOSITION: Final = r"(?:a|an|the|who|which|[a-z]|(?:[A-Z][\w’']*\s)*[A-Z][\w’']*[’']s\s)"
_APPOSITIVE: Final = re.compile(  # "NAME, a defector who ...", "NAME, secretary of ...", "A US official, speaking on ..."
    rf"(?:^|,\s+|^.*?\b(?:\d{{4}}|[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday),\s+)"
    rf"(?P<name>[^,:]{{2,90}}?),\s+{_APPOSITION}[^,]*$")
_TITLED_APPOSITIVE: Final = re.compile(
    r"(?:^|,\s+)(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}),\s+(?:(?:Assistant|Deputy|Under|Vice|Acting|Special|"
    r"Senior|Chief|Executive|Permanent)[\s-]+)*(?:Secretary|Minister|Director|Representative|Envoy|Ambassador|"
    r"Commissioner|Coordinator|Spokes(?:man|woman|person)|Chair(?:man|woman)?|President|Head|Commander|Governor)"
    r"(?:-General)?\b[^;“”\"]*$")
_ROLE: Final = re.compile(r"(?:[a-z-]+\s+){1,2}(?:governor|mayor|spokesman|spokeswoman|spokesperson|official|ministry|"
                          r"military|army|police|air\s+force|navy|prosecutors?|authorities|administration|customs|council)")
_DESCRIBED: Final = re.compile(rf"(?P<mods>(?:[\w’'-]+\s+){{0,3}})(?P<role>{PERSON_ROLES})")
_NOT_A_MODIFIER: Final = set("many some several other others most few all both two three four five these those such more".split())
_CLAUSE_WORDS: Final = set("and or but that which who whom were was is are has have had be been said says told to of in on at by for".split())
_INSTITUTIONS: Final = set("ministry agency department office service committee council commission bureau directorate "
                           "administration institute court inspectorate authority regulator prosecutors".split())
_OWNED_INSTITUTION: Final = re.compile(
    r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?[’']s\s+(?:[a-z-]+\s+){0,3}(?:headquarters|ministry|agency|service|office|"
    r"committee|council|commission|bureau|directorate|command|staff)(?:\s+(?:for|of|on)\s+(?:the\s+)?[a-z][a-z ]{2,40}"
    r"(?:\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?)?")  # "... ministry for the development of the Far East"
TITLE_WORD_FIRST: Final = re.compile(rf"(?i:{TITLE_WORDS})\s")
OFFICE_BEFORE: Final = re.compile(r"\b(?:of|for)\s+(?:[A-Z][\w’']*\s+)+$")  # "Commissioner for Human Rights Dmytro Lubinets"
_OF_THE: Final = re.compile(r"^(?:of|for)\s+(?:the\s+)?(?=[A-Z])")
_ANOTHER: Final = re.compile(r"(?:second|third|fourth|another|other|same|first)\s", re.IGNORECASE)
_RELATIVE: Final = re.compile(r"(?:which|who|whom)\s+(?P<np>.+)", re.IGNORECASE)
_PLACED_GROUP: Final = re.compile(rf"(?:(?i:some|several|two|three)\s+)?(?P<np>(?i:{PERSON_ROLES})\s+(?:in|at)\s+(?:the\s+)?"
                                  r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})")
_FAMILIAR: Final = re.compile(r"\s+(?:familiar\s+with|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of|close\s+to)\s")
_FROM_WHERE: Final = re.compile(r"\s+(?:from|at|in|with|of)\s+(?:an?\s+|the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,4}$")
_NAMED_AS: Final = re.compile(r",\s+(?:who|whom)\s+(?:gave\s+(?:his|her|their)\s+name\s+(?:only\s+)?as|asked\s+to\s+be\s+"
                              r"identified\s+(?:only\s+)?(?:as|by)|(?:was\s+)?identified\s+only\s+as)\s+[“\"]?"
                              r"(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})[”\"]?$")
_TRAILING_ASIDES: Final = re.compile(r"(?:,\s+(?:who|which)\s+[^,]+|,\s+from\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)+$")
_SUBORDINATORS: Final = set("when if as while because although though since after before once unless until where whether "
                            "which who whom whose from with".split())  # "which the NIS says": a clause; "from Kraskino": a place
_GROUP_SIZE: Final = re.compile(r"^(?:the\s+)?\d+-(?:country|nation|member|strong|state)\s+", re.IGNORECASE)
_AGE: Final = re.compile(r"\b\d{1,3}-year-old\s+")
_DATELINE: Final = re.compile(  # "KYIV, Nov 10 (Reuters) - ", "WASHINGTON (AP) — ", or the "Nov 10 (Reuters) - " left after a comma
    r"(?:[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,2}(?:,\s*[A-Z][a-z]{2,8}\.?\s\d{1,2})?|[A-Z][a-z]{2,8}\.?\s\d{1,2}"
    r"(?:,\s\d{4})?|\d{1,2}\s[A-Z][a-z]{2,8}(?:\s\d{4})?)(?:\s*\([^)]{1,40}\))?\s+[-–—]+\s+")
# and a timeline's dated entry: "Oct. 6 — The MSMT publishes its report", "6 October 2026 — ..."
_DATA_FROM: Final = re.compile(r"(?:data|figures|statistics|records|information|estimates|numbers|reports?)\s+(?:from|of|by)\b")
_HAS_DIGIT: Final = re.compile(r"\d(?!\d*(?:st|nd|rd|th)\b)")  # "the 80th Air Assault Brigade" is a name
_REPORTED_END: Final = re.compile(r"\s+(?:reported|said|says|reports|wrote)$")
_ACT_WORDS: Final = ("approv", "impos", "agreed to", "allocat", "earmark", "pledg", "sanction", "designat", "blacklist", "budget",
                     "ordered", "set aside", "evacuat", "request", "capped")  # "sanction" and "designat" also find "is sanctioning", "is designating"
# an institution's own decision is its claim: "the council approved UAH 48 million", "Seoul blacklists seven tankers"
_ACTS: Final = re.compile(rf"\b{_ADVERBS}(?:approved|approves|allocated|allocates|earmarked|earmarks|pledged|pledges|requested|capped|"
                          r"placed(?=[^.;]{1,80}?\bunder\s+sanctions)|"
                          r"sanctioned|sanctions|designated|designates|blacklisted|blacklists|budgeted|set\s+aside|ordered|orders|"
                          r"evacuated|imposed|agreed\s+to\s+(?:impose|sanction|designate|list|add|send|provide|allocate|lend|give)|"
                          r"(?:is|are)\s+(?:sanctioning|designating|blacklisting|imposing\s+sanctions\s+on|allocating))\b")
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
"""Past forms that are verbs after an auxiliary or an adverb ("had recorded just 12") or a name ("the Team documented")."""
# what follows "estimates", "reports" used as nouns: "The NIS estimates of 12,000 were", "Asan Institute estimates show"
_NOUN_NEXT: Final = re.compile(r"\s+(?:of|for|on|from|by|in|show|shows|suggest|suggests|indicate|indicates|put|puts|were|are|is|"
                               r"was|have|has|had|and|or|vary|differ|range|remain|say|to|with)\b|\s*[,;:.)\"”]|\s*$")
_NAME_END: Final = re.compile(r"[A-Z][\w.&’'-]*\)?$")
_HOMOGRAPHS: Final = {"report", "reports", "estimate", "estimates", "claim", "claims", "show", "shows", "put", "puts",
                      "count", "counted", "documented", "recorded", "found", "finds", "notes", "states", "cited", "quoted",
                      "published"}
_AFTER_VERB: Final = re.compile(r"\s*[.!?]?[\"”’]?$|\s*,|\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens|hundreds|thousands)\b|\s+(?:[\w’'-]+\s+){0,9}?(?:at|nearer|closer\s+to)\s+(?:[a-z]+\s+){0,3}(?:[\d“\"$€£₩¥₽]|(?:US|HK|A|C|S)\$|(?:USD|KRW|EUR|GBP|RUB|JPY|CNY)\b|(?:one|two|three|four|five|half)\b)|\s+(?:that\b|\d|about\b|around\b|more\b|at\s+least\b|nearly\b|some\b|up\s+to\b|as\s+many\b|"
                                r"over\b|roughly\b|approximately\b|the\s+(?:number|figure|total|toll)\b|[A-Z])")
_GAVE_FIGURE: Final = re.compile(r"\s+(?:[“\"]|an?\s+(?:[\w-]+\s+){0,2}(?:figure|estimate|range|toll|tally|total|number|count)\s+of\b)")
"""What "gave" must be followed by to report: "HUR's statement gave “at least 3,000 killed”", "gave a range of 30 to 40"."""
_PARENTHESIS: Final = re.compile(r"\s*\([^)]*\)")
_PARTICIPLE_TAIL: Final = re.compile(r"\s+(?:published|released|issued|presented|made\s+public|unveiled|unsealed|filed|out|interviewed|"
                                     r"contacted|surveyed|reached|(?:reported|quoted|cited|carried|relayed|obtained|seen|reviewed)\s+by|"
                                     r"(?:leaked|provided|given)\s+to|shared\s+with)\b.*$")
_OWNED_ANALYSIS: Final = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})\s+(?:analysis|review|"
                                    r"count|tally|investigation|survey|study)\s+of\s")
_GIVEN_DATA: Final = re.compile(r"(?:the\s+)?(?:data|figures|statistics|numbers|information|documents?|records)\s+(?:that\s+)?"
                                r"(?P<np>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[\w.’'-]+){0,6}?)\s+(?:provided|gave|shared|sent|supplied|"
                                r"released|handed)\s+(?:to|with)\b.*$")  # "data the Primorsky Krai customs office provided to Ledgerline"
_BRIEFED_BY: Final = re.compile(r"(?:an?\s+|the\s+|two\s+|several\s+)?(?:[\w-]+\s+){0,2}?(?:lawmakers?|legislators?|MPs?|senators?|"
                                r"members?\s+of\s+(?:parliament|congress)|officials?|diplomats?)\s+(?:who\s+(?:was|were)\s+)?briefed\s+"
                                r"by\s+(?P<np>(?:the\s+)?[A-Z].*)$")  # "a lawmaker briefed by the NIS": the NIS's claim
_PAPERS: Final = {"briefing", "report", "assessment", "statement", "study", "survey", "update", "analysis", "estimate",
                  "figures", "data", "tally", "count", "assessments", "estimates", "reports", "paper", "website", "site"}
_TRAILING_TIME: Final = re.compile(r"\s+(?:in|on|at|last|this|earlier|during)\s+(?:\w+\s*){1,3}$")
_RELATIVE_CLAUSE: Final = re.compile(r"\s+(?:which|who|that|(?:I|we)\s+(?:met|spoke|talked|interviewed|visited|asked|know|knew)\b)"
                                     r"\b.*$")  # "Ukrainian commanders I met near Sumy"
_TRAILING_ADVERBS: Final = re.compile(r"(?:\s+(?:also|last|later|then|now|previously|recently|earlier|separately|just|here|there|has|have|"
                                     r"had|had\s+also))+$")
_SHOUTED: Final = re.compile(r"[A-Z][A-Z’'&-]+(?:\s+[A-Z][A-Z’'&-]+)+")
"""Capitals of several words after a colon are a heading or a verdict ("MOSTLY TRUE"), not a source."""
_MONTH_NAMES: Final = "January|February|March|April|May|June|July|August|September|October|November|December"
_NAMED_POSSESSIVE: Final = re.compile(rf"[’']s\s+(?!(?:{_MONTH_NAMES}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                                      r"Sunday|Telegram|Facebook|YouTube|VK|X)\b)[A-Z]")
_AND: Final = re.compile(r"\s+and\s+")
_FOR_OF: Final = re.compile(r"\b(?:for|of)\b")
_PASSIVE_END: Final = re.compile(r"\b(?:was|were|is|are|been|be|being)$", re.IGNORECASE)
_DETERMINER_END: Final = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that|new|latest)$", re.IGNORECASE)
_CONNECTIVE: Final = re.compile(r"(?:In|On|At|By|For|From|With|After|Before|During|Since|Meanwhile|However|Also|Additionally|"
                                r"Separately|Moreover|Still|But|And|Yet|According|Last|This|Earlier|Later|Overall|Instead|First|Second|Third|"
                                r"Finally|Firstly|Secondly|Thirdly|Lastly|Indeed|Now|Today|Then)\b")
_SOURCES_IN: Final = re.compile(r"(?:[\w-]+\s+){0,2}sources?\s+(?:in|at|within|inside|close\s+to|familiar\s+with)\s+"
                                r"(?:the\s+)?(?P<np>[A-Z].*)$")
_STAFF_AT: Final = re.compile(r"(?i:researchers|analysts|experts|scientists|economists|investigators|staff|specialists|"
                              r"scholars)\s+(?:at|from|with)\s+(?:the\s+)?(?P<np>[A-Z].*)$")
_RELATIONS: Final = {"of", "to", "for", "close", "with", "from", "by", "near", "around"}
_DESCRIBED_PERSON: Final = re.compile(r"(?:[a-z][\w-]*\s+){1,3}(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,2})$")
_NATIONALITY: Final = re.compile(r"Western|Eastern|European|[A-Z][a-z]+(?:ian|ean|ese|ish|an|ic)")
_DOCUMENT_WORDS: Final = ("documents", "statistics", "records", "filings")
_DOCUMENTS: Final = re.compile(r"(?P<owner>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:\s+[a-z-]+){1,2})\s+(?:documents|statistics|records|filings)")
_SPOKESMAN_FOR: Final = re.compile(r"(?:spokes(?:man|woman|person)|press\s+(?:officer|secretary|service))\s+(?:for|of)\s+"
                                   r"(?:the\s+|its\s+|their\s+)?(?P<np>[A-Z].*)$")
_DESCRIBED_BODY: Final = re.compile(  # "ship-tracking firm Seastat Analytics", "State news agency Interfax", "US-based think tank ISW"
    r"(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){0,3}(?:firm|company|think[ -]tank|consultancy|outlet|newspaper|daily|broadcaster|website|"
    r"agency|monitor|organi[sz]ation|charity|NGO|watchdog|regulator)\s+(?P<name>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4})$")
_POSSESSIVES: Final = {"his", "her", "their", "its", "my", "your"}
_UNDER_OFFICES: Final = {"Department", "Directorate", "Office", "Bureau", "Service", "Agency", "Committee", "Commission"}
_NAME_JOINS: Final = {"of", "for", "the", "and", "on", "in", "de", "und", "under"}  # "Coordination Headquarters for the Treatment of ..."
_OBJECTS: Final = {"it", "them", "this", "that", "these", "those", "him", "her", "us", "me"}  # "Versions of it" names nobody
_AGE_APPOSITION: Final = re.compile(r",\s+\d{1,2}(?=,|$)")
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
_CONTACT_WITH: Final = re.compile(r"\s+(?:I|we)\s+(?:spoke|talked)\s+(?:with|to)(?=\s+(?:at|from|in)\s)")
_EVIDENCE: Final = frozenset(("evidence", "submission", "submissions"))
"""Papers that come from where they were gathered as well as from whom: only a body's count as its source."""
_COMMA_ASIDE: Final = re.compile(r"\s*\([^()]*,[^()]*\)")
_FOR_ITS_PART: Final = re.compile(r",\s+(?:for\s+(?:its|his|her|their)\s+part|in\s+turn|too|meanwhile|however|"
                                  r"in\s+(?:its|his|her|their)\s+[^,]+)$")  # "X, in their joint assessment published in March,"
_ANTECEDENT: Final = re.compile(r"(?:[A-Z][\w.&’'-]*)(?:\s+(?:(?:of|for|the|and|on)\s+)*[A-Z][\w.&’'-]*)*$")
_PRONOUNS: Final = {"he", "she", "they", "it", "He", "She", "They", "It"}
_NAME_BEFORE_OFFICE: Final = re.compile(r"(?:^|,\s+|\s)(?:(?:Col|Gen|Lt|Maj|Capt|Dr|Mr|Ms|Mrs|Prof|Adm|Sgt)\.\s+)?"
                                        r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})$")
_TITLE_END: Final = re.compile(r"(?i:spokes(?:man|woman|person)|official|minister|director|chief|head|commander|secretary|"
                               r"ambassador|envoy|adviser|advisor|analyst|researcher|fellow)$")
_PROPER: Final = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:of|for|the|and|on|de|van|von|&)?\s*[A-Z0-9][\w’'.-]*)*")


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


Previous = Union[Attribution, Pointer, None]
# ``people`` parameters are Mappings, not dicts: extract passes a lazy mapping that reads the
# article's names on first use, and compiled code calls a dict's own ``get``, not an override.


def _np_before(sentence: str, end: int) -> str:
    """The subject phrase that ends at ``end``: from the last clause break, appositions skipped.

    >>> s = "Seonghyeon Ryu, a defector who served seven years in the military, told Tortoise"
    >>> _np_before(s, s.index("told"))
    'Seonghyeon Ryu'
    """
    region = sentence[:end].rstrip(" ,")
    closed = sentence[:end].rstrip().endswith(",")  # an aside closed before the verb, not the clause's own subject
    if region.endswith((',"', ',”')):  # '..., who goes by the call sign "Tykha," said': closed inside its quotation
        region, closed = region[:-2] + region[-1], True
    if "” " in region or '" ' in region:
        quoted = _QUOTE_CLOSED.search(region)
        if quoted:  # '"... a third lower," Marta Kowalczyk, a senior fellow at OSW, told': the quotation is not the subject
            region = region[quoted.end():]
    if ", " in region and region[:4] in ("The ", "This", "Its ", "Thei"):
        paper = _PAPER_WITH_ASIDE.match(region)
        if paper:  # "The assessment, published on Wednesday and presented by the minister, X, puts": the assessment
            return paper.group("np")
    if " who " in region:
        described = _DESCRIBED_WHO.search(region)
        if described:  # "A former North Korean officer who ... now works as a researcher in Seoul told": the officer
            return described.group("np")
    if " I " in region or " we " in region:  # "Officials I spoke with at the NIS said": officials at the NIS
        region = _CONTACT_WITH.sub("", region)
    if ": " in region:  # "Oil, because it always gets forgotten: the MSMT's latest update says": a colon ends what went before
        region = region[region.rindex(": ") + 2:]
    if ")" in region and ", " in region:  # "Your briefing ("Kim's foreign legion", October 24th) put": the aside goes
        region = _COMMA_ASIDE.sub("", region)
    if ", " in region:
        region = _AGE_APPOSITION.sub("", _FOR_ITS_PART.sub("", region))  # "the Ministry, for its part, counts";
        # "Kang (pseudonym), 26, a private ..., said": the age goes
        if closed:
            named = _NAMED_AS.search(region)
            if named:  # "Deputy head of the facility, who gave his name only as Major Serhiy, said": the name given
                return named.group("name")
            region = _TRAILING_ASIDES.sub("", region)  # "Sergeant Denis K., from Kraskino, who is home on leave, told"
    last = region.rfind(", ")
    if last > 0 and region[last + 2:] in _PRONOUNS:
        return region[last + 2:]  # "Early on, he says, ...": the pronoun, not the phrase put first
    if last > 0 and region[last + 2:] in ("which", "who"):
        antecedent = _ANTECEDENT.search(region, 0, last)  # "comes from South Korea's JCS, which told lawmakers"
        if antecedent and institution(antecedent.group(0)):
            return antecedent.group(0)  # not "Belgorod Oblast, which reported 40 injuries": a place
    if last > 0 and region.startswith(("the ", "The "), last + 2) and region[last + 6:last + 7].isupper() and \
            _is_body(_clean(region[last + 2:])):
        named = _NAME_BEFORE_OFFICE.search(region, 0, last) if _TITLE_END.search(region, last) else None
        if named and kind_of(named.group("name")) == "person":
            return named.group("name")  # "Col. Han Ji-woo, the Ministry's spokesperson, told": the person
        return region[last + 2:].strip()  # "..., launched from Kursk, Oryol and Millerovo, the Air Force of Ukraine reported"
    if last > 0 and _HEAD_POINTER.fullmatch(region, last + 2):
        return region[last + 2:]  # "... made in the United States, Europe and Japan, the office said": the office
    titled = _TITLED_APPOSITIVE.search(region) if ", " in region else None
    if titled and _is_body(titled.group("name")):  # "Elena Marković, Assistant Secretary-General for Europe, Central
        return titled.group("name")  # Asia and the Americas, said": the office's own commas do not end it
    appositive = _APPOSITIVE.search(region)
    if appositive and not LEADING.fullmatch(appositive.group("name") + ",") and \
            not _CONNECTIVE.match(appositive.group("name")) and _is_body(_clean(appositive.group("name"))):
        return appositive.group("name").strip()
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(region)]
    np = region[breaks[-1]:] if breaks else region
    if len(breaks) > 1 and region.endswith(("with ", "With "), 0, breaks[-1]) and \
            _PERSON_WITH.search(region, breaks[-2], breaks[-1] - 5):  # "a drone operator with the brigade who ...",
        np = region[breaks[-2]:]  # "two people familiar with the shipments": one phrase, not a clause after "with"
    return np.strip()


_GROUPS: Final = re.compile(rf"(?i:{PERSON_ROLES})(?:\s+and\s+(?i:{PERSON_ROLES}))+")  # "traders and officials"
_TRAILING_CONJUNCTION: Final = re.compile(r"\s+(?:and|or|but)$")
_DESCRIBED_WHO: Final = re.compile(rf"^(?P<np>(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree)\s+(?:[\w’'-]+\s+){{0,4}}?"
                                   rf"(?i:{PERSON_ROLES}))\s+who\s+[^,;:]*$")
_PAPER_WITH_ASIDE: Final = re.compile(r"(?P<np>(?:The|This|Its|Their)\s+(?:[\w-]+\s+){0,3}?(?:assessment|report|study|survey|"
                                      r"analysis|estimate|review|update|paper|briefing|document|memo|dossier)),\s+(?:which|published|presented|released|"
                                      r"issued|shared|prepared|compiled|delivered|sent|seen|obtained|dated|due)\b")
_QUOTE_CLOSED: Final = re.compile(r"^.*[,.!?—-][”\"]\s+")  # up to the last closing quote: '"... lower," '
_HEAD_POINTER: Final = re.compile(rf"[Tt]he\s+(?:{INSTITUTION_HEADS})")
_PERSON_WITH: Final = re.compile(rf"(?:\b(?:{PERSON_ROLES}|people)|familiar)\s*$", re.IGNORECASE)


@lru_cache(maxsize=64)  # a third of the calls repeat a phrase of the same article; emptied per article by new_article
def _clean(np: str) -> str:
    """Cut a cited phrase down to the body or person: no leading time, determiner, title or descriptor."""
    if " -" in np or " —" in np or " –" in np:
        np = _DATELINE.sub("", np, count=1) if _DATELINE.match(np) else np  # a wire story's dateline is not its source
    np = _AGE.sub("", LEADING.sub("", np.strip(" ,.;:\"“”'’-•*·▪–—"))).strip()
    if "-" in np:
        np = _GROUP_SIZE.sub("", np)  # "The 11-country Multilateral Sanctions Monitoring Team"
    aside = _PARENTHESIS.search(np) if np.endswith(")") else None
    if aside and aside.end() == len(np) and known(aside.group(0).strip(" ()")) and \
            aside.group(0).strip(" ()").lower() not in COUNTRY_NAMES:  # not "KIDA (South Korea)", "Pentagon (US)"
        return aside.group(0).strip(" ()")  # "the Defence Intelligence Directorate (HUR)": the listed body it names
    np = _PARENTHESIS.sub("", np)  # "the Royal United Services Institute (Rusi) think tank"
    seen = _SEEN_BY.search(np)
    owner = seen.group("owner") if seen else ""
    if seen and owner.lower() not in _NOT_OWNERS and owner[:1].isupper() and (
            " " in owner or known(owner) or owner.isupper()):  # "Russian customs data seen by the FT": the owner's claim
        return _clean(owner)  # ("Key figures at a glance" belong to nobody)
    briefed = _BRIEFED_BY.match(np) if " briefed by " in np else None
    if briefed:  # "a lawmaker briefed by the National Intelligence Service": the originator, as with "citing"
        return _clean(briefed.group("np"))
    given = _GIVEN_DATA.match(np) if " to " in np or " with " in np else None
    if given:
        return _clean(given.group("np"))
    papers = _PAPERS_SEEN_BY.match(np) if " by " in np else None
    if papers:  # "Documents seen by the Financial Times", "Shipping data reviewed by Reuters": whoever saw them
        return _clean(papers.group("np"))
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
    m = _FROM.search(np)  # before the participle is cut: "a report published today by X" names X
    if m and not (m.group(0).split()[0].lower() in _EVIDENCE and not institution(m.group("np"))):
        np = m.group("np")  # not "evidence from Kursk": a place
    inside = _SOURCES_IN.match(np) if "source" in np else None
    if inside and institution(inside.group("np")):  # "two sources in HUR": the body they speak from inside;
        np = inside.group("np")
    elif inside and " in " in np and "," not in np:  # "a source in Rason": a person the place describes
        return _DETERMINERS.sub("", np).strip()
    np = _PARTICIPLE_TAIL.sub("", np)  # "... published today", "... released on Monday"
    np = np if inside else _TRAILING_TIME.sub("", np)  # trailing "in February"; not "a source at Russian Railways"
    np = _RELATIVE_CLAUSE.sub("", np)
    np = _TRAILING_ADVERBS.sub("", _TRAILING_CONJUNCTION.sub("", np))  # "released by Ukraine and published by": Ukraine
    m = _POSSESSIVE_REPORT.match(np)
    if m and not _NAMED_POSSESSIVE.search(np[: m.end()]) and not (
            np.count(" ", m.end("np"), m.end()) > 1 and m.group("np").lower() in COUNTRY_NAMES):
        np = m.group("np")  # "Daily NK's monthly price survey"; not "North Korea's grain import data" (data about it)
    elif " " in np.strip() and np.rsplit(None, 1)[1].lower() in _PAPERS:  # cuts above may leave an edge space
        owner = np.rsplit(None, 1)[0]
        if _ACRONYM.fullmatch(owner.removeprefix("the ").removeprefix("The ")) or known(owner) or (
                np.endswith("s") and _is_body(owner)):  # "South Korean military assessments"
            np = owner  # "The NIS briefing also said": the body whose briefing it was
    np = _DETERMINERS.sub("", _OF_THE.sub("", np)).strip()  # "of the Coordination Headquarters" -> the body
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
    return np[:-2] if np.endswith(("’s", "'s")) and " " not in np else np  # "HUR's" names HUR


def new_article() -> None:
    """Forget the phrases of the article before: the caches help within an article, and a corpus of repeated
    articles (the benchmark's seed copies) should not run faster than real, different ones."""
    _clean.cache_clear()


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


def _is_body(np: str) -> bool:
    """A cited phrase names a body when it has a proper name and no word that belongs to a clause.

    >>> _is_body("South Korean think tank"), _is_body("analysts"), _is_body("Russia has sent troops and Ukraine")
    (True, False, False)
    """
    if not np or len(np.split()) > 12 or _POINTERS.match(np) or _HAS_DIGIT.search(np) or np.lower() in NOUNS or (
            len(np.split()) > 9 and any(w[:1].islower() and w not in _NAME_JOINS for w in np.split())):
        return False
    words = [w.lower().strip("’'") for w in np.split()]
    if all(w in GENERIC_SUBJECTS for w in words) or words[0] in _SUBORDINATORS or (len(words) > 1 and words[-1] in _OBJECTS) \
            or (words[0] in _POSSESSIVES and len(words) > 1 and np.split()[1][:1].islower()):  # "His team"
        return False  # "analysts"; "When I" opens a clause, it names nobody
    if _OWNED_INSTITUTION.fullmatch(np):
        return True  # "Ukraine's coordination headquarters for prisoners of war"
    words_in = np.split()
    if any(w[:1].islower() and w.lower().removesuffix("’s").removesuffix("'s") not in BODY_WORDS
           and not (w == "under" and k > 0 and words_in[k - 1] in _UNDER_OFFICES)  # "Department under the Ministry"
           and w.lower() not in GENERIC_SUBJECTS and "-" not in w
           for k, w in enumerate(words_in)) and not (
            words_in[-1].lower() in _INSTITUTIONS and words_in[0][:1].isupper() and len(words_in) <= 5
            and not any(w.lower() in _CLAUSE_WORDS for w in words_in)):
        return False  # "Russia's education ministry" is a body; "Russia has sent troops" is not
    return any(w[:1].isupper() for w in np.split()) or "think tank" in np.lower() or "think-tank" in np.lower()


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
    if re.match(r"(?:the|this|that|these|those|his|her|their|its|my|our|your)\s", raw.strip(" “\"‘'"), re.IGNORECASE) or \
            re.search(r"\b(?:unnamed|anonymous|unidentified)\b", raw, re.IGNORECASE):
        return False  # a pointer; or nobody in particular ("quoting unnamed officials" credits the outlet)
    np = np[:1].lower() + np[1:]  # "Analysts say", "Residents said": the sentence's capital
    access = _FAMILIAR.search(np)
    if access:  # "two people familiar with the shipments", "US officials briefed on the assessment"
        np = np[:access.start()]
        if np.split()[-1:] in (["people"], ["persons"]):
            return True
    core = _FROM_WHERE.sub("", np)
    m = _DESCRIBED.fullmatch(core)  # "a participant from an East Asian government", "a resident of X"
    if not m or _POINTERS.match(np):  # "a second official said": one of the officials cited before
        return False
    mods = [w.lower() for w in m.group("mods").split()]
    if any(w in _NOT_A_MODIFIER or w in _CLAUSE_WORDS or w[:1].isdigit() for w in mods):
        return False  # "many analysts"; "Some 200 soldiers said": a count, not who they are
    return bool(mods) or core != np or not m.group("role").endswith("s") or m.group("role") in SPEAKING_GROUPS


def _is_pointer(raw: str) -> bool:
    """Whether a cited phrase points back at a body named before ("the agency", "he", "the Seoul-based institute").

    >>> _is_pointer("the agency"), _is_pointer("The Singapore-based firm"), _is_pointer("a Tokyo-based research firm")
    (True, True, False)
    """
    return bool(_POINTERS.match(_clean(raw)) or _DEFINITE.match(raw) or _ROLE_POINTER.fullmatch(raw.strip()))


_ITS_BODY: Final = re.compile(r"(?:[Ii]ts|[Tt]heir)\s+(?P<body>(?:(?:defen[cs]e|foreign|interior|emergencies)\s+ministry|"
                              r"air\s+force|army|navy|military|general\s+staff|armed\s+forces|(?:border|coast)\s+guard|"
                              r"spy\s+agency|(?:military\s+)?intelligence(?:\s+(?:service|agency|directorate))?|"
                              r"security\s+service))")
"""A country's body called by "its": "its defence ministry claimed"; the caller finds the country (extract._Citations)."""


def _body(np: str, people: Mapping[str, str]) -> Attribution | None:
    raw = np
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
    np = _clean(np)
    papers = _DOCUMENTS.fullmatch(np) if np.endswith(_DOCUMENT_WORDS) else None
    owner = papers.group("owner") if papers else ""
    if owner and (_NATIONALITY.fullmatch(owner.split()[0]) or known(owner.split()[0])):
        # "Russian court documents", "Russian government statistics": the papers, as the article names them
        return Attribution(np, "", kind_of(owner), country_of(np))
    low = np.lower()
    if low.endswith(_LEGAL) and (np[:1].islower() or low.endswith("prosecutors")) and _COURT_PAPERS.fullmatch(low):
        # "according to the complaint", "the filing says", "prosecutors allege": the case's papers and its prosecutors
        return Attribution(np, "", "government" if low.endswith("prosecutors") else "other", canonical(np)[2])
    if low.endswith(("service", "services")) and _STATE_SERVICE.fullmatch(low):
        return Attribution(np, "", "government", "")  # "the rescue service tells us": a body of its own, not a pointer
    if not _is_body(np):
        tail = _AND.split(np)[-1]  # "troops were sent and Ukraine" -> "Ukraine"
        proper = [m.group(0) for m in _PROPER.finditer(np) if " " in m.group(0).strip()]
        if tail != np and _is_body(tail):
            np = tail
        elif proper and _DATA_FROM.match(np) and _is_body(proper[-1]):  # "data from the ... of Russia's Federal Security Service"
            np = proper[-1]
        elif _ROLE.fullmatch(np) and not _ANOTHER.match(np):  # "the regional governor"; "a second official" points back
            pass
        elif placed := _PLACED_GROUP.fullmatch(raw.strip(" ,")):  # "officials in Brussels": the place describes them
            return Attribution(placed.group("np"), "", "person", canonical(placed.group("np"))[2])
        elif _described(raw, np) or (" and " in np and _GROUPS.fullmatch(np) and any(_described(p, p) for p in _AND.split(np))):
            return Attribution(np, "", "person", canonical(np)[2])  # "a former worker"; "traders and officials reckon"
        else:
            relayed = _RELAYED_BY.search(raw) if " by " in raw and raw.split()[0].lower() not in _OWN_WORDS else None
            return _body(relayed.group("np"), people) if relayed else None  # "customs figures quoted by Kommersant"
    parts = _AND.split(np) if " and " in np and not _FOR_OF.search(np) else [np]
    if len(parts) > 1 and _NATIONALITY.fullmatch(parts[0].strip()) and not known(parts[0]):
        return Attribution(np, "", kind_of(np), "")  # "Western and South Korean intelligence": two adjectives, one noun
    names = []
    for part in parts:
        part = part.strip()
        full = part if " " in part or known(part) else people.get(part, part)  # a bare surname: the full name cited earlier
        names.append(canonical(full))
    source = " and ".join(n[0] for n in names)
    kinds = {n[1] for n in names}
    countries = [n[2] for n in names if n[2]]
    return Attribution(source, "", kinds.pop() if len(kinds) == 1 else "government", "; ".join(dict.fromkeys(countries)))


def _pointer(sentence: str, end: int) -> bool:
    return _is_pointer(_np_before(sentence, end))


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
    if sentence[:2] in _BULLETS:
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
            conduit = _subject(head, 0, people, None) or _body(_np_before(sentence, citing.start()), people) \
                or _body(_REPORTED_END.sub("", head), people)
            return Attribution(origin.source, conduit.source if conduit else "", origin.kind, origin.country)
    quoted = _QUOTED_AS.search(sentence) if "quoted as" in low else None
    if quoted:  # "..., the NIS was quoted as saying"
        found = _body(_np_before(sentence, quoted.start("verb")), people)
        if found:
            return found
    found = _headline(sentence, people) if sentence[-1:] not in ".!?\"”" else None
    if found:
        return found
    by_count = _BY_COUNT.search(sentence) if ("by " in low or "in " in low) and _COUNT_WORDS.search(low) else None
    if by_count:  # "By the count of South Korea's NIS, ...", "by Seoul's estimate", "in the estimate of HUR"
        found = _body(by_count.group("np") or by_count.group("owner"), people)
        if found:
            return found
    according = _ACCORDING.search(sentence) if "according" in low or ", per " in low or "(per " in low or \
        low.startswith("per ") else None
    if according:
        np = according.group("np")
        found = _body(np, people)
        if found:
            return found
        if previous is not None and _is_pointer(np):
            inner = _clause_subject(sentence[according.end():], people)  # "According to the report, the NIS estimates"
            return inner if inner is not None and inner.kind != "person" else _resolve(previous)
    found = _subject(sentence, 0, people, previous)
    if found:
        return found
    act = _ACTS.search(sentence) if any(w in low for w in _ACT_WORDS) else None
    if act and _ACT_OBJECT.match(sentence, act.end()):  # "The regional council approved UAH 48 million"
        subject = _CLAUSE_START.split(sentence[:act.start()])[-1].strip()
        np = _np_before(sentence, act.start()).strip()
        fronted = subject[:len(subject) - len(np)] if np and subject.endswith(np) else subject
        if np and (not fronted or _FRONTED.fullmatch(fronted)) and "," not in np and not np.endswith(("’s", "'s")):
            found = _body(np, people)  # the subject alone before the verb: not "Japan, which has pledged",
            if found is not None and found.kind in _ACTING_KINDS:  # "Russia, despite the sanctions, earned"
                return found
    owned = _ESTIMATE_SUBJECT.match(sentence) if any(w in low[:60] for w in _ESTIMATE_WORDS) else None
    if owned and owned.group("owner").lower() not in _NOT_OWNERS:  # "The NIS figure, given to lawmakers, is lower: 6,000"
        found = _body(owned.group("owner"), people)
        if found:
            return found
    if sentence[:4] in ("His ", "Her ") and previous is not None and PERSONS_CLAIM.match(sentence):
        return _resolve(previous)  # "Her central claim is that ...": the person the sentences before are about
    if previous is not None and ("’s " in sentence[:60] or "'s " in sentence[:60]) and _PAPERS_FINDINGS.match(sentence):
        return _resolve(previous)  # "Among the report's other findings:": the body whose report was cited before
    agent = _BY_AGENT.search(sentence) if " by " in sentence else None
    if agent:  # "Under a deal reported by the HUR last month, ...": the agent of a reporting participle
        found = _body(agent.group("np"), people)
        if found:
            return found
    comes = _COMES_FROM.search(sentence) if " from " in low and ("come" in low or "drawn" in low) else None
    if comes:  # "The numbers come from a count of satellite images by CSIS"
        found = _body(comes.group("np"), people)
        if found:
            return found
    return _inverted(sentence, people)


def _clause_subject(clause: str, people: Mapping[str, str]) -> Attribution | None:
    """The body that opens the clause after a lead-in and reports in it: ", South Korea's NIS estimates that"."""
    clause = clause.lstrip(" ,")
    verb = _SAY.search(clause, 0, 120)
    np = clause[:verb.start()].strip() if verb else ""
    return _body(np, people) if np and "," not in np and len(np.split()) <= 8 else None


def _inverted(sentence: str, people: Mapping[str, str]) -> Attribution | None:
    """The body of an inverted tag: '..., said a senior British defence official'."""
    low = sentence.lower()
    inverted = _INVERTED.search(sentence) if any(w in low for w in _INVERTED_VERBS) else None
    return _body(inverted.group("np"), people) if inverted else None


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
    if paren and paren.group("dated") and not (institution(named) or _ACRONYM.fullmatch(named)):
        named = ""  # "(Russia, Oct. 2024)": where and when, not who
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
    if known(np) or (_ACRONYM.fullmatch(np) and np not in LABELS) or people.get(np) is not None:
        return True
    return institutions and canonical(np)[1] not in ("person", "other")


def _subject(sentence: str, start: int, people: Mapping[str, str], previous: Previous) -> Attribution | None:
    """The first reporting verb whose subject names a body ("X said", "X stating that")."""
    for m in _SAY.finditer(sentence, start):
        before = sentence[:m.start()].rstrip()
        if _PASSIVE_END.search(before):
            continue  # passive: "was said to have" credits nobody
        if _DETERMINER_END.search(before):
            continue  # "a report by ...": a noun, not a verb
        verb = m.group(0).split()[-1]
        if verb in ("gave", "gives") and not _GAVE_FIGURE.match(sentence, m.end()):
            continue  # "Russia gave North Korea 300 tanks": an act, not a report
        if verb == "think" and sentence.startswith((" tank", "-tank"), m.end()):
            continue  # "The US think tank ISW": a noun
        if verb in ("report", "estimate", "claim", "count") and _OWNED_NOUN.search(before):
            continue  # "Seoul's June report put ...", "the NIS's latest estimate puts ...": a noun
        if verb in _HOMOGRAPHS and not _AFTER_VERB.match(sentence, m.end()) and not (
                verb.startswith("show") and _DATA_SUBJECT.search(before)) and not (
                verb in _PARTICIPLES and (m.group(0) != verb or _NAME_END.search(before))) and not (
                verb.endswith("s") and _NAME_END.search(before) and not _NOUN_NEXT.match(sentence, m.end())
                and (" " in before.strip() or _ACRONYM.fullmatch(before.strip()))):
            continue  # "the 28-page report lists": a noun; "OSC reports 43 trips", "estimates that": verbs
        np = _np_before(sentence, m.start())
        if _GAP_AFTER.match(sentence, m.end()) and _THAT_END.search(before, 0, len(before) - len(np)):
            clause_end = sentence.find(",", m.end())  # "A missile that investigators say was made in North Korea killed
            if _COUNTED.search(sentence, m.end(), clause_end if clause_end > 0 else len(sentence)) is None:
                continue  # 14 people, officials said": their words are the clause about the missile, not the toll
        relative = _RELATIVE.match(np) if np[:1] in "wW" else None
        if relative:  # "which the Bank of Korea put at about 42 trillion won": the clause's own figures only
            clause_end = sentence.find(", ", m.end())  # "The missiles, which X say were made in ..., killed 14": not 14
            if _COUNTED.search(sentence, m.end(), clause_end if clause_end > 0 else len(sentence)) is None:
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
        if found and verb in _INTENT:  # "North Korea expects 10 MiG-29s, Seoul's NIS said": the NIS
            later = _subject(sentence, m.end(), people, previous) or _inverted(sentence, people)
            return later or found
        if found:
            return found
        if previous is not None and _pointer(sentence, m.start()):
            return _resolve(previous)
        if not saying and verb in _SPEECH and _COORDINATED.search(before):
            found = _main_speaker(sentence, m.start(), before, people)
            if found:
                return found  # "The ministry denied it, and said ..."; "... did not mention it but said"
    return None


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
_OWNED_NOUN: Final = re.compile(rf"[’']s(?:\s+(?:[a-z]+(?<!s)|{_MONTH_NAMES}))?$")
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
    np = _np_before(sentence, verb.start())
    return _body(np, people)  # not a pronoun: "It also denied ..., and said" may mean a body named, not cited


_ESTIMATE_WORDS: Final = ("estimate", "count", "tally", "figure", "assessment", "calculation", "projection", "reckoning")
_OWNER_ESTIMATE: Final = re.compile(
    r"(?P<owner>(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w.&’'-]*){0,5})[’']s?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:estimate|count|tally|figure|assessment|calculation|projection|reckoning)s?\s+"
    r"(?:of|at|was|is|stood\s+at|put\s+at)\s+(?:[a-z]+\s+){0,3}[“\"]?$")


def relative_credit(sentence: str, people: Mapping[str, str] | None = None) -> int | None:
    """Where a relative clause that credits a body starts, when the clause before it credits nobody: the figures
    before it are the writer's own ("about 16% of the North's income, which the Bank of Korea put at KRW 42.7trn").

    >>> s = "That is about 16% of its income, which the Bank of Korea put at KRW 42.7trn."
    >>> relative_credit(s) == s.index(", which")
    True
    >>> relative_credit("HUR says 14,300 came on study visas, which the NIS says are used to send workers.") is None
    True
    """
    m = _RELATIVE_START.search(sentence)
    if m is None or attribute(sentence[:m.start()], None, people) is not None:
        return None
    return m.start() if attribute(sentence[m.start() + 2:], None, people) is not None else None


_RELATIVE_START: Final = re.compile(r",\s+(?:which|whom)\s+(?:the\s+)?[A-Z]")


def owner_of(sentence: str, start: int, people: Mapping[str, str] | None = None) -> Attribution | None:
    """The body whose own estimate a number is, named just before it; None when the text does not say.

    "a doubling from the NIS's January estimate of 300, lawmakers said": the 300 is the NIS's,
    whoever the sentence credits for the rest.

    >>> s = "The toll doubles the NIS's January estimate of 300, lawmakers said."
    >>> owner_of(s, s.index("300")).source
    'National Intelligence Service'
    >>> s = "Seoul's count of about 1,100 dead is lower."
    >>> owner_of(s, s.index("about")).source, owner_of(s, s.index("1,100")).source
    ('South Korea', 'South Korea')
    >>> owner_of("The estimate of 300 was revised.", 16) is None
    True
    """
    if start == 0 or sentence[start - 1] not in " “\"":
        return None
    near = sentence[max(0, start - 45):start]
    if not any(word in near for word in _ESTIMATE_WORDS):
        return None  # cheap: the pattern is slow to search for before every number
    m = _OWNER_ESTIMATE.search(sentence, max(0, start - 120), start)
    return _body(m.group("owner"), people if people is not None else {}) if m else None


_CLAUSE_SPLIT: Final = re.compile(r",\s+(?:while|whereas|but)\s+|;\s+|\s+while\s+(?=[A-Z])|,\s+after\s+(?=[A-Z])|"
                                  r",\s+(?:and|where)\s+(?=(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,5}?\s+(?:said|says|reported|estimated|told)\b)")
# ", and Russia's defence ministry said 2,000 ...": a second speaker's clause


def clauses(sentence: str) -> list[tuple[int, int]]:
    """Spans of the clauses that may credit different bodies: "Kyiv says 4,000, while Seoul puts it at 3,000".

    >>> s = "Kyiv says 4,000 died, while Seoul puts the figure at 3,000."
    >>> [s[a:b] for a, b in clauses(s)]
    ['Kyiv says 4,000 died', 'Seoul puts the figure at 3,000.']
    """
    if ";" not in sentence and "while" not in sentence and "whereas" not in sentence and " but " not in sentence \
            and " after " not in sentence and ", and " not in sentence and ", where " not in sentence:
        return [(0, len(sentence))]  # cheap: most sentences are one clause
    spans, start = [], 0
    for m in _CLAUSE_SPLIT.finditer(sentence):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(sentence)))
    return spans


def _resolve(previous: Previous) -> Attribution | None:
    """``previous`` is an Attribution or a lazy stand-in for one (``extract`` looks it up only when asked)."""
    return previous if previous is None or isinstance(previous, Attribution) else previous.resolve()


_ROLE_THEN_NAME: Final = re.compile(r"(?:The|A|An)\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3},\s+"
                                    r"(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2}),")
_OPENING: Final = re.compile(r"(?:[Tt]he\s+)?(?P<np>[A-Z][\w.&’'-]*(?:\s+(?:(?:of|for|and|on|the|de|und)\s+)*[A-Z][\w.&’'-]*){0,6})")


def _opening(sentence: str) -> tuple[str, re.Match[str] | None]:
    """The sentence without its bullet and leading time phrase, and the names it then opens with."""
    text = LEADING.sub("", sentence[2:] if sentence[:2] in _BULLETS else sentence)
    if "—" in text[:16] or "–" in text[:16] or " - " in text[:16]:
        text = _DATELINE.sub("", text, count=1)  # a timeline's entry: "Oct. 6 — The MSMT publishes its report"
    return text, _OPENING.match(text)


def opening_subject(sentence: str, people: Mapping[str, str] | None = None) -> Attribution | None:
    """The body or person a sentence opens with, when it names one, whatever it goes on to do.

    A pointer that finds no credit before it may mean that body: "The Federal Foreign Office has
    summoned the ambassador. A spokesperson said ..."

    >>> opening_subject("The Federal Foreign Office has summoned North Korea's ambassador.").source
    'Federal Foreign Office'
    >>> opening_subject("Hanna Vogt expects that number to rise.").source, opening_subject("In May, 40 died.")
    ('Hanna Vogt', None)
    >>> opening_subject("Vogt follows the trains.", {"Vogt": "Hanna Vogt"}).source  # a surname given in full elsewhere
    'Hanna Vogt'
    """
    text, m = _opening(sentence)
    if (m is None or m.group("np") in ("The", "A", "An")) and text.startswith(("The ", "A ", "An ")):
        role_name = _ROLE_THEN_NAME.match(text)  # "The station master, Viktor Lobanov, has worked there for 31 years"
        return Attribution(role_name.group("name"), "", "person", "") if role_name else None
    if m is None or _CONNECTIVE.match(m.group("np")):
        return None
    np = m.group("np")
    if np.endswith(("’s", "'s")):
        np = np[:-2]
    found = _body(np, people if people is not None else {})
    return found if found is not None and (found.kind != "person" or " " in found.source or known(np)) else None


def opens_with_speaker(sentence: str) -> bool:
    """Whether a sentence opens with someone who speaks for the body named ("The Russian Federation's representative").

    >>> opens_with_speaker("The Russian Federation's representative rejected the claims.")
    True
    >>> opens_with_speaker("Germany's foreign ministry summoned Russia's ambassador.")
    False
    """
    text, m = _opening(sentence)
    return m is not None and _SPEAKER_AFTER.match(text, m.end()) is not None


_SPEAKER_AFTER: Final = re.compile(rf"\s+(?:chief\s+|deputy\s+)?(?:{_SPEAKERS}|spokes(?:man|woman|person))\b")
