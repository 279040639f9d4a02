"""Find the figures in an article: numbers tied to something counted.

A number is a figure only when the words around it say what it counts (a noun of
``lexicon.NOUNS``, a currency, a share or multiple of a counted thing).  Calendar dates,
years, ordinals, identifiers ("Resolution 2321", "Su-27"), ages, idioms ("a 12-year
high") and spans that only place or frame an event ("two months later", "over the past
eight months") are not figures: a wrong number is worse than a missed one.
"""

from __future__ import annotations

import re
from typing import Final
from dataclasses import dataclass

from analysis import lexicon
from analysis.numbers import Quantity, find_quantities
from analysis.sentences import split_sentences

_MONTH: Final = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                 r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# spans whose digits are dates or identifiers, never counts
_NOT_A_COUNT: Final = re.compile(
    rf"""(?<![^\W\d])(?:\b{_MONTH}\s+\d{{1,2}}(?![,.]\d{{3}})(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b   # March 28, April 10, 2025
    | \b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?\b   # 28 February 2025
    | \b{_MONTH}\s+\d{{4}}\b                                          # October 2024
    | \b(?:1[89]\d\d|20\d\d)(?:[-–/](?:\d\d){{1,2}})?\b(?!,\d)          # 2022, 2023-24
    | \b\d+(?:st|nd|rd|th)\b                                          # 11th
    | \b\d{{1,2}}[:.]\d\d\s*(?:[ap]\.?m\.?)?\b                        # 10:30, 5.30pm
    | \b\d+\s*(?:[ap]\.?m\.?)(?!\w)                                   # 5 pm
    | \b\d+(?:\.\d+)?\s*-?(?:mm|cm|calibre|caliber)\b                 # 170mm guns
    | \b\d+(?:\.\d+)?-(?:foot|feet|ft|inch|metre|meter|storey|story|tonne|ton|gram|litre|liter|seat|bed|page)\b  # a 20-foot container
    | \b(?:[Rr]esolutions?|Article|No\.|Number|Section|Chapter|Paragraph|Route|Flight|Unit|Room|Item|Type|Model|
         Mark|Block|Phase|Level|Grade|Division|Brigade|Regiment|Battalion|Corps|Squadron|Page|Vol\.|Act|
         Protocol|Decree|Order|Law|Code|Line|Group|Project|Operation|Camp|Base|Hall|Lot|Gate|Pier|Track|
         Zone|Sector|Region|District|Station|Platform|Terminal|Building|Highway|Road|Street)\s+\d[\d,.-]*
    | (?!(?:Rmb|RMB|RUB|USD|EUR|GBP|KRW|CNY|JPY|INR|AUD|Rs)\d)(?<!\$)[A-Za-z]+[-–]?\d+[A-Za-z]*(?:/\d+)*\b  # Su-27, KN-23/24, G7; not $US800
    | \b\d+[A-Za-z]+[-–]\w+                                          # 9M723-1 ('Rmb680mn' is money)
    | \b\d{{2,5}}-\d{{3,4}}-\d{{4}}\b                                  # 03-5366-3111, a telephone number
    | (?<![\d,.])\b\d{{3,4}}\s+(?:sanctions\s+)?(?:Committee|committee|Commission)\b(?!\s+members)  # the 1718 Committee
    | https?://\S+ | \S+@\S+)
    """,
    re.VERBOSE,
)
_TIME: Final = r"(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)"
# time spans that place or frame an event rather than measure a claim
_FRAMING: Final = re.compile(  # one \b before the branches that open with a word: most places in a text are no
    # word's start, and each fails there at once instead of trying every branch (the same matches as ten branches)
    rf"""\b(?:(?:the|this|that|its|their)\s+(?:past|last|next|previous|coming|first|recent)\s+(?:few\s+)?[\w,.-]+\s+{_TIME}\b
      | {_TIME}\s+(?:later|ago|earlier|before|after|afterwards|prior|on|since|into|from\s+now)\b
      | first\s+time\s+in\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+)?[\w-]+\s+{_TIME}
      | (?:year|month|week|day)s?\s+old\b
      | half\s+a\s+world\b
      | within\s+[\w-]+\s+{_TIME}\s+of\b
      | (?:first|second|latter|last|past)\s+(?:half|quarter|third)\b
      | (?:half|quarter)\s+of\s+(?:the\s+)?(?:year|\d{{4}}|month|decade|century)\b
      | (?:fastest|slowest|highest|lowest|biggest|largest|strongest|weakest|best|worst|first|most|least|deadliest)\b
        [^.,;]{{0,30}}?\bin\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+)?[\w-]+\s+{_TIME})
    | -(?:(?:year|month|week|day)s?-old\b
      | (?:year|month|week|day)\s+(?:high|low|record|peak|best|worst)\b)
    """,
    re.VERBOSE | re.IGNORECASE,
)
_FATE_AFTER: Final = [(re.compile(rf"\s*(?:,\s*(?:both|all|each|most)\s+)?(?:[\w-]+\s+){{0,4}}?(?:{p})\b", re.IGNORECASE), fate)
                      for p, fate in lexicon.FATE_AFTER]
_FATE_BEFORE: Final = [(re.compile(p, re.IGNORECASE), fate) for p, fate in lexicon.FATE_BEFORE]
_FATE_BEFORE_HINT: Final = re.compile(r"kill|dead|wound|injur|los|suffer|sustain|incur|eliminat|death|bodies|remains|funeral|"
                                      r"burial|captur|took|taken|employ|hir", re.IGNORECASE)
"""A word every pattern of ``lexicon.FATE_BEFORE`` needs: one search instead of seven where none is near (most numbers)."""
_OF: Final = re.compile(r"\s+of\b")
_FATES: Final = {"killed", "wounded", "captured", "casualties"}
_KILLED_AND_WOUNDED: Final = re.compile(r"\b(?:killed|dead)\s+(?:and|or|&)\s+(?:wounded|injured)\b|\b(?:wounded|injured)\s+(?:and|or)\s+"
                                        r"(?:killed|dead)\b", re.IGNORECASE)
_NAMED_NEAR: Final = re.compile(r"[A-Z][\w.]*\s+\S*$|[Rr]esolutions?\s+\d|[/@]|\d[-–]|[-–]\d|\d{3}\s(?:Co|co|sa)$")
"""A capitalised word just before, a URL or range shape, or a committee's number ("the 1718 Co", "1718 sa(nctions
committee)") just after: the digits may be a name or a date, which _NOT_A_COUNT then tells."""
_CAPITAL_BEFORE: Final = re.compile(r"[A-Z][\w.]*\s+$")
"""A capitalised word just before the digits, which may name them: "Two Project 1135.6 frigates"."""
_ONE_HEDGES: Final = {"least", "than", "only", "just", "about", "around", "nearly", "almost", "some", "approximately"}
# "one" is a toll only beside a fate and a person: "killed one soldier", "one civilian was wounded"
_ONE_FATE_BEFORE: Final = re.compile(r"\b(killed|killing|wounded|wounding|injured|injuring|captured|capturing)\s+$", re.IGNORECASE)
_ONE_PERSON: Final = (r"\s+(?:[\w-]+\s+){0,2}?(?:soldier|serviceman|servicewoman|civilian|man|woman|child|boy|girl|person|"
                      r"worker|officer|resident|fighter|prisoner|policeman|rescuer|crew\s+member)\b")
_ONE_PERSON_AFTER: Final = re.compile(_ONE_PERSON, re.IGNORECASE)
_ONE_PERSON_FATE: Final = re.compile(_ONE_PERSON + r"\s+(?:was|has\s+been|had\s+been)\s+(killed|wounded|injured|captured)\b",
                                     re.IGNORECASE)
_DIGIT_RUN: Final = re.compile(r"\d[\d,.]*")
_SOURCE_COUNT: Final = re.compile(r"\s+(?:[\w.-]+\s+){0,3}?(?:(?:people|persons|officials|sources|diplomats|officers|defectors)\s+"
                                  r"(?:familiar\s+with|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of|who\s+(?:spoke|asked|"
                                  r"requested|declined)|(?:in|at|from)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:said|say|says|told)|"
                                  r"(?:said|say|says|told)\b)|[a-z]+\s+(?:interviewed|contacted|reached|questioned)\s+by\s+"
                                  r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:said|say|says|told|described))\b", re.IGNORECASE)
"""Who told the story: "two people familiar with the shipments said", "Five relatives interviewed by Polynya said"."""
_NAME_BEFORE: Final = re.compile(r"[A-Za-z][-–]?$|\d[:./]$")
_NAME_AFTER: Final = re.compile(r"(?!(?:m|bn|mn|b|k|tn|trn|km|t)\b)[A-Za-z]")  # "20km" a distance, "3,500t" tonnes, "11th" a name
_CLOCK: Final = re.compile(r"[:.]\d\d\b|\s*[ap]\.?m\b", re.IGNORECASE)
_MONTH_BEFORE: Final = re.compile(rf"\b{_MONTH}\s+$")
_MONTH_AFTER: Final = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b")
_NEXT_WORD: Final = re.compile(r"\s+([A-Za-z][\w-]*)")
_SHARE_OF: Final = re.compile(r"(?:half|third|quarter|fifth|tenth|%|percent|per\s+cent)\s+of\s+(?:the\s+|its\s+|their\s+)?"
                              r"(?:reported\s+|estimated\s+|roughly\s+|about\s+|some\s+)?$", re.IGNORECASE)
_ONE_DISTANCE: Final = re.compile(r"-?\s?(?:km|kilometres?|kilometers?|miles?)\b", re.IGNORECASE)  # "1km long", "a kilometre"
_DISTANCE_IDIOM: Final = re.compile(r"\s+(?:mile|kilomet\w+)\s+(?:apart|away|off|wide|short)\b")  # "a mile apart", "by a mile"
_LENGTH: Final = re.compile(r"(km)\b|\s?(m|metres|meters)(?=\s+(?:long|wide|high|tall|deep|in\s+(?:length|width|height|diameter))\b)",
                            re.IGNORECASE)
_HYPHEN_UNIT: Final = re.compile(r"-(day|week|month|year|hour|decade|strong|kilometre|kilometer|km|mile|member|nation|country|barrel)s?\b",
                                 re.IGNORECASE)
_SECTION_HEADING: Final = re.compile(r"(?:\d{1,2}\.\d{1,2}(?:\.\d{1,2})*(?!\s+(?:MILLION|BILLION|THOUSAND|TRILLION|PERCENT|PER\s+CENT)\b)|\d{1,2}\.?\s+(?=(?:THE|A|AN|OF|IN|ON|FOR|TO|AND)\s))"
                                     r"\s*[A-Z][A-Z’'&,:-]*(?:\s+[A-Z][A-Z’'&,:-]*){0,9}")
_SIZE_UNIT: Final = re.compile(r"-(?:foot|feet|ft|metre|meter|inch|tonne|ton|mm|cm|calibre|caliber|gram|kg|kilogram|pound|lb|"
                               r"litre|liter|gallon|storey|story|seat|bed|page)\b", re.IGNORECASE)
_DEFINITE_END: Final = re.compile(r"\b(?:the|these|those|both|all)\s+$", re.IGNORECASE)
_HAS_DIGIT: Final = re.compile(r"\d")
_NUMBER_OF: Final = re.compile(r"\b(?:number|share|proportion|percentage|count|total)\s+of\b", re.IGNORECASE)
_PUTS_AT: Final = re.compile(r"\b(?:(?:puts?|putting|placed?|places|estimated?|estimates)\s+(?:the|its|their|that)\s+"
                             r"(?:figure|number|toll|tally|total|count|losses|casualties)(?:\s+(?:(?:slightly|much|far|somewhat|"
                             r"considerably)\s+)?(?:higher|lower))?,?\s+at|(?:estimate|figure|toll|tally|count)\s+of)"
                             r"\s+[“\"]?(?:about\s+|around\s+|some\s+|roughly\s+)?$", re.IGNORECASE)
_PUT_NOUN_AT: Final = re.compile(r"\b(?:puts?|putting|placed?|places|placing|estimated?|estimates|estimating|assess(?:es|ed|ing)?|"
                                 r"number\s+of|toll\s+of|"
                                 r"kept|keeps|keeping|held|holds|maintained)\b"
                                 r"[^.;]{0,90}?\bat\s+[“\"]?(?:about\s+|around\s+|some\s+|roughly\s+)?$", re.IGNORECASE)
_OF_MONEY: Final = re.compile(rf"\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|that\s+|this\s+|a\s+)?(?:[\w’'-]+\s+){{0,3}}?"
                              rf"(?:{'|'.join(lexicon.MONEY_SHARED)})\b", re.IGNORECASE)
_OF_SUBJECT: Final = {"number", "numbers", "estimated", "put", "thought", "believed", "said"}
"""Verbs after which a bare number counts the subject's own noun, some words back: "troops in Russia now number 14,000"."""
_PEAK_OF: Final = re.compile(r"\b(?:a|an|its|the|their)\s+(?:(?:all-time|record|previous)\s+)?(?:peak|low|high)\s+of\s+$")
"""The same count at its highest or lowest: "down from a peak of roughly 20,000 in January", "a low of about 900 in April"
(not "temperatures hit a high of 35")."""
_AGE_LIMIT: Final = re.compile(r"(?i)\bages?\b|\blimit\b")
_WEATHER: Final = re.compile(r"(?i)\btemperature|\bdegrees\b|°")
_CLAIMS_BARE: Final = re.compile(r"\b(?:claims|claimed|says|said|estimates|estimated|reckons|counts|counted|puts?\s+it(?:\s+at|\s+(?:closer|nearer)\s+to)?)"
                                 r"\s+[“\"]?$")
"""A verb of claiming right before a number with no noun: the number counts what was just counted ("HUR claims 12,000.")."""
_NOW_ENDS: Final = ("were ", "was ", "are ", "is ", " at ", " to ", "reached ", "totalled ", "totaled ", "numbered ", " number ",
                    " numbers ", " be ")
_NOT_A_VERB_BEFORE: Final = re.compile(r"\b(?i:the|a|an|its|their|his|her|serial|registration|hull|tail|flight|phone|call|imo|id)\s+"
                                       r"numbers?\s+$|\b[A-Z]{2,}\s+numbers?\s+$")
""""number" as a noun before an identifier: "identified by the number 134", "IMO number 9384712"."""
_AGE_AFTER: Final = re.compile(r"(?:\s+(?:and|or|to)\s+\d+)?\s+(?:years?\b|yrs?\b|on\s+average|or\s+(?:older|younger|over|under)|"
                               r"and\s+(?:older|younger|over|under))")
_NOUN_NOW: Final = re.compile(r"\b(?P<noun>[A-Za-z]+)\s+(?P<verb>were|was|are|is|now\s+stands?\s+at|stood\s+at|reached|totall?ed|numbered|"
                              r"(?:now\s+|to\s+)?numbers?|(?:is|was|are|were)\s+(?:now\s+)?(?:estimated|put)\s+at|"
                              r"(?:is|was|are|were)\s+(?:now\s+)?(?:estimated|thought|believed|said)\s+to\s+be|"
                              r"(?:has|had|have)\s+(?:risen|climbed|grown|fallen|dropped)\s+to|rose\s+to|climbed\s+to|grew\s+to|"
                              r"fell\s+to|dropped\s+to)\s+$")
"""A counted noun, then a verb of being or of reaching: the number after it counts the noun."""
_FIGURE_WORDS: Final = frozenset(("figure", "estimate", "tally", "toll"))
"""A body's count named as such ("HUR's figure is"); not "number" ("Its IMO number is 9384712") nor "total"."""
_HALF_OF_YEAR: Final = re.compile(r"\b(?:first|second|1st|2nd)\s+half$")
_ORDINALS: Final = ("a third", "a fourth", "a fifth", "a tenth", "a second")
_ORDINAL_NOUN: Final = re.compile(r"\s+(?!(?:of|or|and|to|in|on|by|from|last|this|since|more|less|fewer|higher|lower|larger|"
                                  r"smaller|over|under|at|as|than|the|a|an|its|their|his|her|that|which|was|is)\b)[a-z]")
_OF_THE_COUNT: Final = re.compile(r"\s+of\s+(?:the|those|these|its|their|all)\s+(?=\d)")
_OF_THOSE_NOUN: Final = re.compile(r"\s+of\s+(?:the|those|these|its|their)\s+(?=[a-z])")  # "600 of those casualties"
_AT_END: Final = re.compile(r"\bat\s+[“\"]?(?:\w+\s+)?$", re.IGNORECASE)
_COMPARED: Final = re.compile(r"(?:\b(?:up|down)\s+from(?:\s+an\s+average\s+of)?|\bcompare[sd]?\s+(?:with|to)|\bagainst|\bversus|"
                              r"\bvs\.?)\s+(?:the\s+)?$",
                              re.IGNORECASE)  # the same thing counted at another time: "64 trips, up from 37"
_COMPARED_WHEN: Final = re.compile(r"\s*(?:[,.;)]|$)|\s+(?:in|at|on|during|over|last|this|a\s+year|the\s+(?:previous|same|peak|year)|a\s+month|"
                                   r"earlier|before|a\s+(?:month|week|day))\b")
_MORE_AFTER: Final = re.compile(r"\s+(?:more|others?|additional)\b(?!\s+(?:than|of)\b)", re.IGNORECASE)
_OF_WHICH: Final = re.compile(r"\b(?:of\s+(?:which|whom|them|those)|including)\s+$", re.IGNORECASE)
_EMPLOYED: Final = re.compile(r"\s+(?:are|were)\s+(?:now\s+|still\s+)?(?:employed|working)\b")
_ARE_NOUN: Final = re.compile(r"\s+(?:are|were)\s+(?:now\s+|still\s+|all\s+|mostly\s+)?(?=[a-z])")
_WERE_AFTER: Final = re.compile(r"\s+(?:were|was|had\s+been|have\s+been)\b", re.IGNORECASE)
_FOR_BEFORE: Final = re.compile(r"\bfor\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+|more\s+than\s+)?$", re.IGNORECASE)
_LOSSES_REACH: Final = r"reached|stood\s+at|amount(?:ed)?\s+to|total(?:l?ed)?|exceeded|exceed|topped|surpassed|passed"
_LOSSES_THEN: Final = r"\b(?:losses|casualties)\b(?:[^.;]|\.(?=\d)){0,60}?\b"  # "total personnel losses ... from 24.02.2022 ..."
_LOSSES_SUBJECT: Final = re.compile(rf"{_LOSSES_THEN}(?:{_LOSSES_REACH}|were|are|equal|represent)\b", re.IGNORECASE)
_LOSSES_AMOUNT: Final = re.compile(rf"{_LOSSES_THEN}(?:{_LOSSES_REACH})\b", re.IGNORECASE)  # not "losses were heavy as ..."
_SHARE_FATE: Final = re.compile(r"\s+of\s+(?:[\w’'-]+\s+){1,8}?((?:had|have|has)\s+been|were|was|(?:have|has|had)\s+become|became)\s+"
                                r"(?:killed|wounded|injured|captured|casualties)",
                                re.IGNORECASE)
_DESCRIBED_FATE: Final = re.compile(r"\b(fallen|slain|dead|killed|wounded|injured|captured)\b", re.IGNORECASE)
_CHANGE_TO: Final = re.compile(r"\b(?:(?:rose|risen|rising|increased|grew|grown|jumped|climbed|fell|fallen|dropped|declined|peaked|"
                               r"(?:will|would|to)\s+(?:grow|rise|increase|climb|fall|drop)|"
                               r"reached|totall?ed|stood|bringing|brings|brought|taking|raising|raised|pushing|pushed|lifted|lifting)\b[^.;]*?\b(?:to|at)|"
                               r"pass(?:ed|es)?|surpass(?:ed|es)?|exceed(?:ed|s)?|topp?(?:ed|s)?|reached|reaching|numbered|numbering|"
                               r"totall?ed|totall?ing|stands?\s+at|stood\s+at)\s+"
                               r"(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+)?$", re.IGNORECASE)
_OF_THEM: Final = re.compile(r"\s+of\s+(?:them|those|whom|these)\b", re.IGNORECASE)
_OF_THEM_LEAD: Final = re.compile(r"\W*(?:Of|Among)\s+(?:them|these|those),\s+(?:(?:about|around|some|nearly|almost|roughly|"
                                  r"only|just|at\s+least|more\s+than|over)\s+)?$")
"""A sentence that opens with a part of the people counted before it: "Of them, 1,106 had signed their contracts"."""
_ON_A_DAY: Final = re.compile(rf"\s+(?:on|in|by)\s+(?:{_MONTH}\b|\d{{1,2}}\s+{_MONTH}\b)")
"""A count dated right after it, as a parallel one is: "96 cars on August 22 and 140 on October 6"."""
_DID_SO: Final = re.compile(r"\s+did\s+(?:so|the\s+same)\b")
_VERB_NEXT: Final = re.compile(r"\s+(?:had\s+|have\s+|has\s+)?[a-z]+(?:ed|ave|ent|ame|ook|ot|ere|as)\b")
"""A verb after a bare number: "of whom 8,940 gave", "of whom 300 went home"."""
_OF_THEM_FATE: Final = re.compile(r"\s+of\s+(?:them|those|whom|these)\s+(?:were|have\s+been|had\s+been|are|was)\s+"
                                  r"(killed|dead|died|wounded|injured|captured)", re.IGNORECASE)
_HAD_DIED: Final = re.compile(r"(?:\s+more|\s+of\s+the\s+(?:\d[\d,]*|[a-z]+))?\s+(?:(?:had|have|has)\s+(?:(died)|been\s+"
                              r"(killed|wounded|injured|captured|taken\s+(?:alive|prisoner|captive)))|(?:were|was)\s+(?:later\s+)?"
                              r"(killed|wounded|injured|captured|taken\s+(?:alive|prisoner|captive)))\b",
                              re.IGNORECASE)
"""A toll told by its verb: "about 4,500 had died", "at least two more were captured", "two of the nine were captured"."""
_OF_BEFORE: Final = re.compile(r"\bof\s+(?:(?:about|around|some|roughly|nearly|almost|approximately|over|more\s+than)\s+)?$")
_FATE_WORDS: Final = {"fallen": "killed", "slain": "killed", "killed": "killed", "dead": "killed", "died": "killed", "wounded": "wounded", "injured": "wounded",
                      "captured": "captured", "taken": "captured"}
_ARRIVED: Final = re.compile(r"\s+(?:more\s+)?(?:came|arrived|entered|remain(?:ed|s)?|stayed|(?:are|were)\s+(?:still\s+|now\s+|currently\s+|"
                             r"already\s+)?(?:there|in\s+[A-Z]\w+)|"
                             r"(?:were|was|had\s+been|have\s+been)\s+(?:sent|deployed|dispatched|"
                             r"rotated|withdrawn|pulled\s+out|sent\s+home|redeployed)|"
                             r"(?:have|has|had)\s+(?:now\s+)?(?:arrived|settled|come))\b",
                             re.IGNORECASE)
_LOSS_BEFORE: Final = re.compile(r"\b(?:lost|losing|lose)\s+(?:more\s+than\s+|nearly\s+|almost\s+|about\s+|over\s+|up\s+to\s+)?$",
                                 re.IGNORECASE)
_ONE_OF: Final = re.compile(r"\s+of\s+(?:the|them|those|its|their|his|her|these)\b", re.IGNORECASE)
_BARE_FATE: Final = re.compile(r"\s+(?:more\s+|others?\s+)?(?:(?:were|was|have\s+been|had\s+been|are|being)\s+)?"
                               r"(killed|died|dead|wounded|injured|captured|taken\s+(?:prisoner|alive)|(?:listed\s+as\s+|reported\s+)?missing)\b",
                               re.IGNORECASE)
_OTHERS_FATE: Final = re.compile(r"\s+others\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(killed|died|wounded|injured|hurt)\b",
                                 re.IGNORECASE)
_PERSON_METRICS: Final = {"troops", "casualties", "killed", "wounded", "captured", "workers", "people"}
_CALIBRE: Final = re.compile(r"\d+(?:\.\d+)?(?:mm|cm|-mm)")
_TIME_WORD: Final = re.compile(r"year|month|week|day|hour|minute|decade", re.IGNORECASE)
# a list item that names what it counts before the number: "• tanks — 4 units;", "- Rail wagons: about 1,200"
_LABEL: Final = re.compile(r"^(?:[-–—•*·▪+]\s*)?(?P<label>[A-Za-z][\w’'/ -]{0,60}?)\s*(?:—|–|:|\s-)\s*"
                           r"(?:(?:about|around|approximately|approx\.|some|roughly|over|more\s+than|at\s+least|up\s+to|nearly|"
                           r"almost|~|≈|c\.)\s*)?$", re.IGNORECASE)
_GROUP_OF: Final = re.compile(r"\b([A-Za-z]+)\s+of\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|at\s+least\s+|"
                              r"more\s+than\s+|over\s+|up\s+to\s+|as\s+many\s+as\s+|an\s+estimated\s+)?$", re.IGNORECASE)
_GROUP_WORDS: Final = {"force", "contingent", "deployment", "detachment", "battalion", "brigade", "regiment", "division",
                       "corps", "army", "reinforcement", "wave", "rotation", "batch", "batches"}
_FIGHTING: Final = re.compile(r"\b(?:attack|assault|advanc|infantry|soldiers|troops|fight|storm|move|moving|ambush|walk|march|"
                              r"rotat|units|deploy|cross)", re.I)
_SQUADS: Final = {"groups", "group", "teams", "squads", "units", "waves"}  # the size of each small group, of people unless told
_FATE_HINTS: Final = ("kill", "dead", "died", "wound", "injur", "captur", "prison", "captiv", "missing", "casualt", "work",
                      "employ", "labo", "pow", "taken", "lost", "exchange", "swap", "held ", "hospital", "sent", "serv")
_OF_CAPACITY: Final = re.compile(r"\s+of\s+(?:its\s+|the\s+|their\s+|[\w’']+[’']s\s+)?(?:\w+\s+)?(?:capacity|GDP|gross\s+domestic\s+"
                                  r"product|economy|economic\s+output|budget|revenue|income)\b", re.IGNORECASE)
"""What a share of is no count: "80 percent of capacity", "5 percent of GDP", "14 percent of the North's economy"."""
_AND_ENTITIES: Final = re.compile(r"\s+and\s+(?:\d+\s+|[a-z]+\s+)?(?:entities|companies|firms|organi[sz]ations)\b")
"""Designations come as people and companies together: "26 individuals and 14 entities"."""
_SANCTIONED: Final = re.compile(r"\bsanction|\bassets\s+of\b|\bblacklist|\bdesignat|\btravel\s+ban|\bentit(?:y|ies)\s+list",
                                 re.IGNORECASE)
_OF_MUNITIONS: Final = re.compile(r"\s+of\s+(?:[\w-]+\s+){0,2}?(?:ammunition|shells|munitions|rounds|explosives)\b", re.IGNORECASE)
_WEAPON: Final = re.compile(r"([A-Za-z]+)[-–]\d+[A-Za-z0-9-]*?(?:s|’s|'s)?")  # "KN-23s", "Shahed-136", "Su-34"
_DESIGNATION: Final = re.compile(r"[A-Za-z][-–]?\d")
_CURRENCY_BEFORE: Final = re.compile(r"(?:Rmb|RMB|RUB|USD|EUR|GBP|KRW|CNY|JPY|Rs|\$US)$")
_SPACED_CALIBRE: Final = re.compile(r"\s(?:mm|cm)\b")
_CLAUSE_END: Final = re.compile(r"\s*(?:[,.;:)]|$|and\b|in\b|on\b|at\b|when\b|after\b|overnight\b|yesterday\b|(?:over|during)\s+the\s+(?:past|last)\b)")
_COMPOUND_BRIDGES: Final = {"fighting", "combat", "support", "transport", "assault", "launch", "carrying"}
_LABEL_SEPARATORS: Final = ("—", "–", ":", " -")
_UNITS_AFTER: Final = re.compile(r"\s+(?:units?|pcs|items?)\b", re.IGNORECASE)
_ITEM_WORDS: Final = {"units", "unit", "pieces", "items", "persons", "people", "pcs", "total"}
_LOSSES_LEAD: Final = re.compile(r"\blos(?:ses|s|t)\b|\bcasualt", re.IGNORECASE)
_ANAPHOR: Final = re.compile(r"^\W*(?:This|That|These|Those|It|Such|The\s+(?:figure|number|total|toll)(?!\s+of))\b")
_WORD: Final = re.compile(r"\d(?:[\d,.]*\d)?[A-Za-z]*|(?:[A-Z]\.){2,}|[\w’'-]+|[^\w\s]")
_STOP: Final = set(",;:()[]—–!?\"“”")
@dataclass(frozen=True)
class Figure:
    """One quantitative claim, before attribution: where it is, its number and what it counts."""

    start: int
    end: int
    text: str
    value: float
    low: float | None
    high: float | None
    qualifier: str
    unit: str
    metric: str
    sentence: str
    sentence_start: int


def _within(pattern: re.Pattern[str], sentence: str, start: int, end: int, reach: int = 45) -> bool:
    """True when ``pattern`` matches a span that overlaps ``start:end``.

    Only a window around the number is searched: these patterns are slow over whole
    texts and a date or an identifier never reaches far from its digits.
    """
    lo = max(0, start - reach)
    for m in pattern.finditer(sentence, lo, min(len(sentence), end + reach)):
        if m.start() <= start < m.end() or m.start() < end <= m.end():
            return True
    return False


def _fate_before(before: str, but_not: str = "") -> str | None:
    """The fate a verb just before a number gives it ("killing 12", "captured two"), or None; ``but_not`` skips one."""
    if _FATE_BEFORE_HINT.search(before) is None:
        return None
    return next((f for p, f in _FATE_BEFORE if f != but_not and p.search(before)), None)


def _noun_after(sentence: str, end: int, through_numbers: bool = False) -> tuple[str, str, str, int] | None:
    """The counted noun that follows a number: (noun, unit, metric, end offset), or None.

    >>> _noun_after("over a dozen North Korean oil tankers making 43 trips", 12)[:3]
    ('tankers', 'vessels', 'shipments')
    """
    pos, unknown = end, 0
    length = _LENGTH.match(sentence, end) if sentence[end:end + 2] in ("km", " m") or sentence[end:end + 1] == "m" \
        else None
    if length:  # "roughly 20km long", "each roughly 120 m long", "approximately 120 m in length"
        return length.group(0).strip(), "km" if length.group(1) else "m", "other", length.end()
    if sentence[end:end + 1] == "-" and _SIZE_UNIT.match(sentence, end):
        return None  # "a twenty-foot container", "a 40-tonne truck": a size, not a count
    hyphen_unit = _HYPHEN_UNIT.match(sentence, end)
    if hyphen_unit:  # "a 30-day ceasefire", "a 1.2 million-strong army"
        word = hyphen_unit.group(1).lower() + "s"
        if word == "strongs":
            return "strong", "persons", "troops", hyphen_unit.end()
        if word == "barrels":  # "the 500,000-barrel annual cap"
            return word, "barrels", "supplies", hyphen_unit.end()
        if word in ("members", "nations", "countrys"):  # "the eight-member panel", "an 11-nation group"
            return word, "members" if word == "members" else "nations", "other", hyphen_unit.end()
        if word[0] in "km":
            return word, "km" if word[0] == "k" else "miles", "other", hyphen_unit.end()
        return word, word, "duration", hyphen_unit.end()
    last = ""
    for n, m in enumerate(_WORD.finditer(sentence, pos)):
        if n > 7:
            return None
        token = m.group(0)
        previous_token, last = last, token
        word = token.lower().strip("’'")
        if token in "”\"’" and n == 0:
            continue  # '“more than 4,000” North Korean soldiers'
        if n == 0 and token in ("—", "–") and end < 24 and sentence[:end].count(" ") < 4:
            continue  # a column of numbers: "2,000 — North Korean troops who arrived in Kursk"
        if through_numbers and token[:1].isdigit():
            continue  # "half of the 11,000 troops"
        if previous_token == "/" and token[:1].isdigit():
            continue  # "KN-23/24 missiles"
        if word in _STOP or token in _STOP:
            return None
        if word in lexicon.NOUNS:
            if unknown and word in _RECORDS_OF_DEAD:
                return None  # "Thousands attended the funerals": the mourners, not the dead
            head = _WORD.match(sentence, m.end() + 1) if sentence[m.end():m.end() + 1] == " " else None
            if head and head.group(0).lower() in _FACILITIES:
                return head.group(0).lower(), head.group(0).lower(), "other", head.end()  # "300 munitions factories"
            if word == "rounds" and _ROUNDS_OF_TALKS.match(sentence, m.end()):
                return word, word, "other", m.end()  # "three rounds of shuttle diplomacy"
            if head and lexicon.NOUNS.get(head.group(0).lower(), ("", "killed"))[1] not in _FATES:
                continue  # "rocket launchers", "missile systems": the last noun is the head ("soldiers killed" is not)
            if head and head.group(0).lower() in _COMPOUND_BRIDGES:
                after = _WORD.match(sentence, head.end() + 1)
                if after and after.group(0).lower() in lexicon.NOUNS:
                    continue  # "infantry fighting vehicles", "troop transport ships"
            unit, metric = lexicon.NOUNS[word]
            if word == "fighters" and _DESIGNATION.search(previous_token):
                return word, "jets", "equipment", m.end()  # "20 of North Korea's MiG-29 fighters"
            if word == "members" and previous_token.lower() == "service":
                return word, unit, "troops", m.end()  # "28,500 American service members"
            return word, unit, metric, m.end()
        if (word.endswith("’s") or word.endswith("'s")) and not token[:1].isupper():
            return None  # "the army's ..." ends the phrase; "Russia's artillery shells" does not
        named = _WEAPON.fullmatch(token) if token[:1].isupper() and "-" in token else None
        if named and lexicon.DESIGNATIONS.get(named.group(1).lower()):
            if not _noun_follows(sentence, m.end()):  # "KN-23/KN-24 short-range ballistic missiles": the noun is the head
                unit, metric = lexicon.DESIGNATIONS[named.group(1).lower()]
                return token, unit, metric, m.end()  # "three North Korean-made KN-23s"
        if word in lexicon.MODIFIERS or token[:1].isupper() or "-" in word or _CALIBRE.fullmatch(word):
            continue  # "North Korean", "self-propelled", "170mm" describe the noun that follows
        if word in ("and", "or", "/") and previous_token and (previous_token[:1].isupper() or "-" in previous_token):
            continue  # "KN-23 and KN-24 missiles", "Russian and North Korean troops", "Iskander-M/KN-23 missiles"
        if word in ("and", "or") and unknown <= 1 and n > 0 and _noun_follows(sentence, m.end(), reach=2):
            continue  # "1,500 artillery and drone specialists": two words describe one noun
        unknown += 1
        if word in lexicon.FUNCTION_WORDS or unknown > 2 or not word.isalpha():
            return None
    return None


def _noun_follows(sentence: str, pos: int, reach: int = 5) -> bool:
    """Whether a counted noun follows within ``reach`` describing words ("and KN-24 short-range ballistic missiles")."""
    for n, m in enumerate(_WORD.finditer(sentence, pos)):
        word = m.group(0).lower()
        if word in lexicon.NOUNS:
            return True
        if n == reach - 1 or (word in _STOP and word != "/") or (word in lexicon.FUNCTION_WORDS and word not in ("and", "or")):
            return False
    return False


def _clause_around(sentence: str, start: int, end: int) -> str:
    """The part of a sentence near a number, not past a semicolon: where a designation would be named."""
    lo, hi = sentence.rfind(";", 0, start) + 1, sentence.find(";", end)
    return sentence[max(lo, start - 100):min(hi if hi >= 0 else len(sentence), end + 90)]


def _fate(sentence: str, q: Quantity, noun_end: int, metric: str, known: bool = True) -> str:
    """A troop count that the sentence says were killed, wounded or captured takes that metric."""
    if metric not in ("troops", "people"):
        return metric
    before = sentence[max(0, q.start - 30):q.start]
    if _SHARE_OF.search(before):
        return metric  # in "half of the 11,000 troops were killed" the half were killed, not the 11,000
    described = _DESCRIBED_FATE.search(sentence, q.end, noun_end)
    if described:  # "101 fallen soldiers", "2,000 wounded North Korean soldiers"
        return _FATE_WORDS.get(described.group(1).lower(), "killed")
    fate = _fate_after(sentence, noun_end)
    if fate == "troops" and sentence[q.end:noun_end].rsplit(None, 1)[-1] not in _SERVING:
        fate = None  # "14,000 North Koreans have served in Russia"; not "2,000 diplomats have served in Pyongyang"
    if fate and _NEXT_CLAUSE.match(sentence, noun_end):  # "killed three people and injured 12": the verb before wins
        fate = _fate_before(before, but_not="casualties") or fate
    if fate:
        return fate
    losses = _LOSSES_AMOUNT.search(sentence, max(0, q.start - 90), q.start)
    if losses and q.start - losses.end() < 25:  # "total personnel losses ... amount to about 1,163,610 persons"
        return "casualties"
    before_fate = _fate_before(before)
    if before_fate:
        return before_fate
    held = _HELD_OR_LOST.search(before) if known else None  # people the lexicon knows
    if held and not _IN_RESERVE.match(sentence, noun_end):
        return "captured" if held.group("held") else "casualties"
    return metric


_SERVING: Final = frozenset(("Koreans", "Russians", "men", "nationals", "citizens", "people"))
"""Who, having "served in" a place, are soldiers: people named only by nationality or as men."""
_HELD_OR_LOST: Final = re.compile(r"(?:(?:Ukraine|Kyiv|\b[Ii]t|\b[Tt]hey|[Hh]eadquarters|SBU)\s+(?:(?:is|was|now|still|currently)\s+)*"
                                  r"(?P<held>holds|holding|held)|\b(?:lose|loses))\s+(?:only\s+|just\s+)?$")
"""Soldiers Ukraine holds are prisoners ("Ukraine is holding nine North Korean soldiers"), and men a force loses are
casualties ("they lose 150 men a week"); only soldiers: not "held 14 briefings", "lose 30 employees"."""
_IN_RESERVE: Final = re.compile(r"\s+(?:in\s+reserve|back|ready|on\s+standby)\b")


_NEXT_CLAUSE: Final = re.compile(r"\s*(?:,|(?:and|or|but|while|who|which)\b)")
_AS_MANY: Final = re.compile(r"\s+as\s+(?:many|much)\b|\s+(?:more|fewer)\b(?=\s+[a-z])")


def _share_metric(sentence: str, q: Quantity, previous: list[Figure], context: str | None) -> tuple[str, str] | None:
    """Metric of a share or multiple: what it is a share of, read in this order.

    A noun right after it ("40% losses"); the fate of what it divides ("half of the troops were
    killed"); the claim just made, when the sentence points back ("This would account for nearly
    half of ..."); a loss verb ("lost more than half"); an earlier figure of the sentence ("4,000
    casualties, roughly a third of the 12,000 troops"); the noun after "of"; the subject.
    """
    unit = "percent" if q.kind == "percent" else "ratio"
    if q.kind == "ratio" and " in " in q.text and q.text.count(" ") > 2:  # "one North Korean artillery round in four":
        inner = _noun_after(sentence, q.start + q.text.index(" "))  # the noun is inside the share
        if inner and inner[3] <= q.end and inner[2] not in ("duration", "other"):
            return unit, inner[2]
    if " of " in sentence[q.end:q.end + 4] and _OF_MONEY.match(sentence, q.end):
        return unit, "money"  # "between 10% and 20% of their pay", "a fifth of its income"
    direct = _OF.match(sentence, q.end) is None
    as_many = _AS_MANY.match(sentence, q.end) if q.kind == "multiple" else None  # "three times as many shells"
    noun = _noun_after(sentence, as_many.end() if as_many else q.end, through_numbers=True)
    if noun and direct and noun[2] not in ("duration", "other"):
        return unit, noun[2]
    if noun:
        fate = _fate_after(sentence, noun[3])
        if fate:
            return unit, fate
    share_fate = _SHARE_FATE.match(sentence, q.end)
    if share_fate:  # "more than half of his unit had been killed or wounded"
        return unit, _fate_after(sentence, share_fate.start(1)) or "casualties"
    if context and q.kind == "ratio" and _ANAPHOR.match(sentence):
        return unit, context
    if _LOSS_BEFORE.search(sentence, max(0, q.start - 40), q.start) or _LOSSES_SUBJECT.search(sentence, 0, q.start):
        return unit, "casualties"
    if _OF_CAPACITY.match(sentence, q.end):
        return unit, "other"  # "running at close to 80 percent of capacity"
    if previous and (noun is None or noun[2] in ("duration", "other") or
                     (previous[-1].metric in _FATES and noun[2] in ("troops", "people"))):
        return unit, previous[-1].metric  # "4,000 casualties, roughly a third of the 12,000 troops"
    if noun and noun[2] not in ("duration", "other"):
        return unit, noun[2]  # "roughly 40 percent of the artillery rounds Russian forces fired"
    subject = _subject_metric(sentence, q.start) or _first_noun_metric(sentence, q.start)
    if subject:
        return unit, subject  # "The number of North Korean workers rose by 12 percent", "The casualties ... a quarter"
    if context:  # a share of what the sentence before counted; not of a span of time it named ("in two years")
        return unit, context if context != "duration" else "other"
    if q.kind == "percent" or (q.kind == "multiple" and (_HAS_DIGIT.search(q.text) or q.text.endswith("led"))):
        return unit, "other"  # "grew 2.4-fold year-on-year", "had grown 17.5 times": a change of something uncounted
    return None


_FATE_LABEL: Final = re.compile(r"\W*(?i:captured|taken|missing|killed|wounded|dead)\b")
"""A table row labelled by its own fate ("Captured: 2" under casualties), not by who the people were ("Prisoners: 31,904")."""
_FATE_NEXT: Final = re.compile(r"\s+(?:[a-z]+\s+)?(?:killed|wounded|injured|captured|dead|missing|working|employed|serving)\b")
"""A fate right after the noun ("soldiers killed in action"), not further on ("soldiers sent to replace those killed")."""


def _fate_of_noun(sentence: str, start: int, end: int) -> str | None:
    """The fate told right after the first counted noun between two offsets: "the number of soldiers killed in action"."""
    for m in _WORD.finditer(sentence, start, end):
        if m.group(0).lower() in lexicon.NOUNS:
            return _fate_after(sentence, m.end()) if _FATE_NEXT.match(sentence, m.end()) else None
    return None


def _fate_after(sentence: str, noun_end: int) -> str | None:
    """killed / wounded / captured / casualties when the words after a noun say so."""
    after = sentence[noun_end:noun_end + 60]
    low = after.lower()
    for hint in _FATE_HINTS:
        if hint in low:
            break
    else:
        return None  # cheap: most nouns are followed by no word of a fate at all
    for pattern, fate in _FATE_AFTER:
        if pattern.match(after):
            return fate
    return None


def figures_in_sentence(sentence: str, offset: int = 0, context: str | None = None,
                        starts: list[int] | None = None, lead: str = "") -> list[Figure]:
    """The figures of one sentence; ``context`` is the metric of the previous sentence's last figure.

    ``starts`` are where numbers may begin in the sentence (``numbers.anchors``), when known;
    ``lead`` is the sentence that introduces the list the sentence is an item of ("The enemy's
    losses are:"), if any: people counted in a list of losses are casualties.

    >>> [(f.value, f.low, f.qualifier, f.unit, f.metric) for f in figures_in_sentence(
    ...     "North Korea has suffered more than 5,000 casualties in the war as at March.")]
    [(5000.0, 5000.0, 'more_than', 'persons', 'casualties')]
    >>> figures_in_sentence("Kim visited Russia in September 2023, two months later, under Resolution 2321.")
    []
    """
    if starts is not None:
        starts = [a for a in starts if _may_count(sentence, a)]
    lead_fate = _first_noun_metric(lead, len(lead)) if lead and not lead.endswith(":") else None
    lead_fate = lead_fate if lead_fate in _FATES else None  # "Confirmed deaths by category": a heading that counts a fate
    found: list[Figure] = []
    for q in find_quantities(sentence, starts):
        if q.start == 0 and q.qualifier == "exact" and _SECTION_HEADING.fullmatch(sentence):
            continue  # "3 THE MUNITIONS ROUTE": a numbered section heading of a report
        if _ONE_OF.match(sentence, q.end) and q.value == 1 and q.qualifier == "exact":
            continue  # "one of the captured soldiers" picks one out; it counts nothing
        if q.value == 1 and q.qualifier == "exact" and not q.text[:1].isdigit():
            toll = _one_toll(sentence, q.start, q.end)
            if toll:  # "killed one soldier and wounded nine": the one is a toll like the nine
                found.append(Figure(start=offset + q.start, end=offset + toll[1], text=sentence[q.start:toll[1]], value=1.0,
                                    low=None, high=None, qualifier="exact", unit="persons", metric=toll[0],
                                    sentence=sentence, sentence_start=offset))
                continue
        if q.value == 1 and q.qualifier == "exact" and not (q.text[:1].isdigit() and _label(sentence, q)) and (
                not _ONE_DISTANCE.match(sentence, q.end) or _DISTANCE_IDIOM.match(sentence, q.end)
                or (sentence.endswith("by ", 0, q.start) and sentence.startswith(" mile", q.end))):
            continue  # a bare "one" is a determiner far more often than a claim ("one think tank said")
        if q.kind == "ratio" and q.text.lower().endswith(_ORDINALS) and _ORDINAL_NOUN.match(sentence, q.end):
            continue  # "a third report", "a third deployment of 3,000 troops": an ordinal, not a share
        if q.kind == "ratio" and q.text.lower().endswith("half") and (
                sentence.startswith("-", q.end) or _HALF_OF_YEAR.search(sentence, max(0, q.start - 12), q.end)):
            continue  # "the highest half-year level", "up 38% in the 1st half": a part of the year, not a share
        if q.qualifier == "exact" and q.value < 20 and _SOURCE_COUNT.match(sentence, q.end):
            continue  # "two people familiar with the shipments said": who told the story, not a claim in it
        counted = _counted(sentence, q, found, context)  # cheap; most numbers that count nothing stop here
        if counted is None and lead and q.kind == "count" and _HAS_DIGIT.search(q.text) and (lead.endswith(":") or lead_fate):
            counted = _lead_counts(sentence, q, lead)  # "- study: more than 12,000" under "North Koreans' entries are:"
        if counted is None or (_is_definite_reference(sentence, q)
                               and (counted[1] in ("other", "troops", "people", "workers"))):
            continue  # "the two men", "the two countries": someone or something already counted
        unit, metric, end = counted
        if lead and metric in ("troops", "people") and _LOSSES_LEAD.search(lead):
            metric = "casualties"  # "Losses of the enemy are: • personnel — about 1,230 persons"
        elif lead_fate and (metric in ("troops", "people", "workers", "other") or (
                metric == "captured" and not _FATE_LABEL.match(sentence))):
            metric = lead_fate  # "Confirmed deaths by category" then "Prisoners: 31,904": prisoners who died
        if _HAS_DIGIT.search(q.text) and (starts is None or _NAMED_NEAR.search(sentence, max(0, q.start - 14), q.end + 3)
                                          or _CAPITAL_BEFORE.search(sentence, max(0, q.start - 20), q.start)) \
                and _within(_NOT_A_COUNT, sentence, q.start, q.end):
            continue  # dates, years and identifiers ("Resolution 2321") are written in digits
        if (metric == "duration" or q.kind == "ratio" or _TIME_WORD.search(sentence, q.end, q.end + 12)) and \
                not _FOR_BEFORE.search(sentence, max(0, q.start - 12), q.start) and \
                _within(_FRAMING, sentence, q.start, max(end, q.end)):
            continue  # "two months later" places an event; "served for eight years before ..." measures one
        found.append(Figure(
            start=offset + q.start, end=offset + end, text=sentence[q.start:end], value=q.value, low=q.low,
            high=q.high, qualifier=q.qualifier, unit=unit, metric=metric, sentence=sentence, sentence_start=offset,
        ))
    return found


def _may_count(sentence: str, start: int) -> bool:
    """False for digits that are plainly a year, a day of a month, an ordinal, a time or part of a name.

    A cheap look at the characters around the digits, so that most of the numbers in news
    (dates) never reach the slower patterns; ``_NOT_A_COUNT`` still checks what passes.

    >>> s = "On March 28, 2025 the 11th Corps fired KN-23s at 10:30; 2000 troops and 170mm guns"
    >>> [s[i:i + 4] for i in range(len(s)) if s[i].isdigit() and (i == 0 or not s[i - 1].isdigit()) and _may_count(s, i)]
    ['2000']
    """
    if not sentence[start].isdigit():
        if sentence.startswith(("one ", "One "), start):  # "one of the", "no one": only "at least one" can count
            if sentence.startswith(" in ", start + 3) or (
                    " in " in sentence[start + 3:start + 50] and _ONE_NOUN_IN.match(sentence, start)):
                return True  # "one in five shells", "one North Korean artillery round in four"
            prev = sentence[max(0, start - 12):start].split()
            if prev and prev[-1].lower() in _ONE_HEDGES:
                return True
            after = sentence[start + 3:start + 48]  # cheap: a toll has a fate verb before it or a "was" after it
            return bool((prev and prev[-1][-2:] in ("ed", "ng")) or " was " in after or " been " in after) and \
                _one_toll(sentence, start, start + 3) is not None
        return True
    run = _DIGIT_RUN.match(sentence, start)
    if run is None:
        return True
    end = run.end()
    before, after = sentence[max(0, start - 12):start], sentence[end:end + 12]
    if (_NAME_BEFORE.search(before) and not _CURRENCY_BEFORE.search(before)) or _NAME_AFTER.match(after) or \
            _CLOCK.match(after) or _SPACED_CALIBRE.match(after):
        return False  # KN-23, 11th, 170mm, 152 mm, 1990s, 10:30
    digits = run.group(0).rstrip(",.")
    if len(digits) <= 2 and (_MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after)):
        return False  # March 28, 28 February
    if len(digits) == 4 and digits[:2] in ("19", "20") and digits.isdigit():  # not "19.6"
        word = _NEXT_WORD.match(after)
        return bool(word and word.group(1).lower() in lexicon.NOUNS) and not _DEFINITE_END.search(before)
        # 2024, unless "2000 troops"; "the 2024 attacks" is a year's attacks
    return True


def _one_toll(sentence: str, start: int, end: int) -> tuple[str, int] | None:
    """(metric, end of the phrase) when a written "one" is a person killed, wounded or captured.

    >>> _one_toll("A drone killed one soldier and wounded nine.", 15, 18)
    ('killed', 26)
    >>> _one_toll("One civilian was injured overnight.", 0, 3), _one_toll("One soldier told us.", 0, 3)
    (('wounded', 24), None)
    """
    before = _ONE_FATE_BEFORE.search(sentence, max(0, start - 12), start)
    person = _ONE_PERSON_AFTER.match(sentence, end) if before else None
    if before and person:
        return _FATE_WORDS[before.group(1).lower().replace("ing", "ed")], person.end()
    after = _ONE_PERSON_FATE.match(sentence, end)
    return (_FATE_WORDS[after.group(1).lower()], after.end()) if after else None


_HOW_OFTEN: Final = re.compile(r"(?P<times>\s+times)(?=\s+(?:a|per|each|every)\s+(?:day|week|month|year|night)\b|"
                               r"\s+(?:this|last)\s+(?:year|month|week)\b|\s+so\s+far\b|\s+since\b|\s+between\b|"
                               r"\s+in\s+(?:the\s+)?(?:past|last|first)\b|\s+in\s+(?:19|20)\d\d\b|\s+over\s+the\s+(?:past|last)\b|"
                               r"\s+(?:in|during)\s+(?:January|February|March|April|May|June|July|August|September|October|"
                               r"November|December)\b|\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
                               r"\s+overnight\b)")
_CHANGE_BEFORE: Final = re.compile(r"\b(?:rose|grew|increased|fell|jumped|surged|multiplied|expanded|higher|more|larger)\s+"
                                   r"(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$")


_INCREMENT: Final = re.compile(r"\s\(\+[\d,]+\)")
_INCREMENT_BEFORE: Final = re.compile(r"\d\s\(\+$")
"""A tally's increase since the last report, in brackets after its total: "tanks - 11,812 (+4)"."""
_TOTAL_THEN: Final = re.compile(r"(?:[A-Za-z]+\s+){0,3}\d[\d,. ]*\s\(\+")
"""From a total to its increase: the increase counts what the total just before it counts, not an earlier figure's."""


def _counted(sentence: str, q: Quantity, found: list[Figure], context: str | None) -> tuple[str, str, int] | None:
    """(unit, metric, end of the phrase) of what a quantity counts, or None when it counts nothing we know."""
    if q.kind == "money":
        return q.currency or "USD", lexicon.MONEY_METRIC, q.end
    if q.kind in ("percent", "ratio", "multiple"):
        share = _share_metric(sentence, q, found, context)
        return None if share is None else (share[0], share[1], q.end)
    if found and sentence.startswith(")", q.end) and _INCREMENT_BEFORE.search(sentence, max(0, q.start - 6), q.start) and \
            _TOTAL_THEN.fullmatch(sentence, found[-1].start - found[-1].sentence_start, q.start):
        return found[-1].unit, found[-1].metric, q.end  # "11,904 (+3) tanks": the day's increase counts what its total does
    increment = _INCREMENT.match(sentence, q.end) if sentence.startswith(" (+", q.end) else None
    noun = _noun_after(sentence, increment.end() if increment else q.end)
    if noun is None or noun[0] in _ITEM_WORDS:
        label = _label(sentence, q)
        if label:  # "tanks — 4 units": the label says what is counted
            units = _UNITS_AFTER.match(sentence, q.end)
            return label[0], label[1], noun[3] if noun else units.end() if units else q.end
    if noun is None:
        often = _HOW_OFTEN.match(sentence, q.end) if " times" in sentence else None
        if often and q.kind == "count" and q.value.is_integer() and not _CHANGE_BEFORE.search(sentence, max(0, q.start - 25), q.start):
            return "times", "other", often.end("times")  # "test-fired missiles eight times this year": how often
        bare = _bare_total(sentence, q, found, context)
        if bare is None and q.kind == "count" and _HAS_DIGIT.search(q.text) and not _NAME_OR_RATIO_BEFORE.search(
                sentence, max(0, q.start - 16), q.start):  # "counted 212 wallets": some other count; not "Bureau 121
            plural = _plural_after(sentence, q.end)  # hackers", "Nine in 10 respondents"
            if plural is not None:
                fate = _fate(sentence, q, plural[1], "people", known=False)  # "15 journalists have been killed": a toll
                return ("persons", fate, plural[1]) if fate != "people" else (plural[0], "other", plural[1])
        return bare
    word, unit, metric, end = noun
    if unit == "persons" and q.value < 1:
        return None
    if word in ("individuals", "entities", "persons") and (_SANCTIONED.search(_clause_around(sentence, q.start, end)) or
                                                          _AND_ENTITIES.match(sentence, end)):
        return unit, "other", end  # "sanctions on 34 individuals": designations, not people counted
    if metric == "supplies" and _OF_MUNITIONS.match(sentence, end):
        return unit, "munitions", end  # "tens of thousands of tons of ammunition"
    if metric == "killed" and _KILLED_AND_WOUNDED.match(sentence, end - len(word)):
        return unit, "casualties", end  # "about 3,000 killed and wounded"
    return unit, _fate(sentence, q, end, metric), end


_ONE_NOUN_IN: Final = re.compile(r"(?i:one)\s+(?:(?!in\b|of\b)[\w-]+\s+){1,4}?in\s+(?:every\s+)?(?:two|three|four|five|six|seven|"
                                 r"eight|nine|ten|\d+)\b(?!\s*(?:seconds?|minutes?|hours?|days?|km|kilomet|miles?|met(?:er|re)s?)\b)")
_FACILITIES: Final = frozenset("plants plant factories factory lines depots depot works workshops".split())
"""Where things are made or kept, after what they make: "two new munitions plants" counts plants."""
_ROUNDS_OF_TALKS: Final = re.compile(r"\s+of\s+(?:[\w-]+\s+)?(?:talks|negotiations|diplomacy|consultations|sanctions|voting|"
                                     r"exchanges|meetings|visits)\b")
_PLURAL: Final = re.compile(r"\s+(?:[a-z]+-[a-z-]+\s+|new\s+|more\s+|additional\s+|other\s+)?(?P<noun>[a-z]{3,}[^s\W]s)\b")
_PAGE_NOUNS: Final = frozenset((
    "words pages comments likes shares restacks reposts retweets subscribers followers views reads readers photos pictures "
    "images charts graphics videos posts points degrees minutes seconds hours issues myths signs perks things ways reasons "
    "tips facts stories articles replies reactions votes stars items episodes chapters slides lessons questions answers "
    "results times").split())
"""Plural nouns that count a page's furniture or a listicle's parts ("1,204 comments", "7 myths"), not a claim."""
_RECORDS_OF_DEAD: Final = frozenset(("funerals", "obituaries"))
_SINGULAR_S: Final = frozenset("basis crisis analysis thesis emphasis census status bonus campus virus corpus consensus "
                               "focus series species".split())
"""Nouns ending in -s that are not plurals: "200 basis points", "3 crisis meetings"."""
_NAME_OR_RATIO_BEFORE: Final = re.compile(r"(?:^|[^\w.])(?!(?:The|A|An|All|Some|About|Around|Nearly|Almost|Over|Only|Just|At|Up|"
                                          r"More|Another|Those|These|Its|Their|His|Her|Of|In|On|By|For|With|To|And|But)\s)"
                                          r"[A-Z][\w.-]*\s+$|\b(?i:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+in\s+$")
"""A name before digits makes them an identifier ("Bureau 121 hackers", "Boeing 737 passengers"); "nine in 10 respondents"
is a share."""


def _plural_after(sentence: str, end: int) -> tuple[str, int] | None:
    """(noun, end) of a plural noun the lexicon does not know, right after a number written in digits: a count of
    something else on the topic ("identified 17 accounts", "41 air-raid alerts"), whose metric is "other".

    >>> _plural_after("Investigators identified 17 accounts at three banks.", 27)
    ('accounts', 36)
    >>> _plural_after("1,204 comments", 5), _plural_after("17 across the region", 2)
    (None, None)
    """
    m = _PLURAL.match(sentence, end)
    if not m or m.group("noun") in lexicon.FUNCTION_WORDS or m.group("noun") in _PAGE_NOUNS or m.group("noun") in _SINGULAR_S:
        return None
    return m.group("noun"), m.end()


_IDENTIFIER_LABEL: Final = re.compile(r"(?i)\b(?:code|no|number|phone|tel|year|id|date|page|ref|reference|age|height|weight|"
                                      r"passport|tag|serial|rank|score)\b")


def _lead_counts(sentence: str, q: Quantity, lead: str) -> tuple[str, str, int] | None:
    """(unit, metric, end) of a list item "label: number" whose label names no counted noun, from the people its
    list's lead counts: "The purposes of visit that North Koreans declared break down as follows:" then "- study: 12,000".

    >>> s = "- study: more than 12,000"
    >>> _lead_counts(s, find_quantities(s)[0], "The purposes of visit that North Koreans declared break down as follows:")
    ('persons', 'people', 25)
    """
    m = _LABEL.match(sentence, 0, q.start) if q.start <= 70 else None
    if not m or m.end() != q.start or sentence[q.end:].strip(" ;.,") != "" or _IDENTIFIER_LABEL.search(m.group("label")):
        return None  # only an item that is a label and its number, not "- unit code: 1588"
    metric = _first_noun_metric(lead, len(lead))
    return ("persons", metric, q.end) if metric in _PERSON_METRICS else None


def _label(sentence: str, q: Quantity) -> tuple[str, str] | None:
    """(unit, metric) named by a list item's label ahead of its number, or None.

    >>> s = "• operational-tactical level UAVs — 312;"
    >>> _label(s, find_quantities(s)[0])
    ('drones', 'munitions')
    >>> s = "Rail wagons: about 1,200 (up from 900)"
    >>> _label(s, find_quantities(s)[0])
    ('trips', 'shipments')
    """
    if q.start > 70 or q.kind != "count" or not any(sep in sentence[:q.start] for sep in _LABEL_SEPARATORS):
        return None  # cheap: most numbers have no label before them
    m = _LABEL.match(sentence, 0, q.start)
    if not m or m.end() != q.start:
        return None
    for word in reversed(m.group("label").split()):
        noun = lexicon.NOUNS.get(word.lower().strip("’'"))
        if noun:
            return noun
        if word.lower().split("-")[-1] in lexicon.NOUNS:  # "operational-tactical level UAVs"
            return lexicon.NOUNS[word.lower().split("-")[-1]]
    return None


def _subject_metric(sentence: str, before: int) -> str | None:
    """The metric of "the number/share of X" ahead of a change ("... of workers rose by 12 percent")."""
    m = _NUMBER_OF.search(sentence, 0, before)
    if not m:
        return None
    noun = _noun_after(sentence, m.end())
    return noun[2] if noun and noun[2] not in ("duration", "other") else None


def _noun_in(sentence: str, start: int, end: int) -> str | None:
    """The metric of a counted noun between two offsets, if any ("dead and wounded" are casualties)."""
    if _KILLED_AND_WOUNDED.search(sentence, start, end):
        return "casualties"
    for m in _WORD.finditer(sentence, start, end):
        word = m.group(0).lower()
        if word in lexicon.NOUNS and lexicon.NOUNS[word][1] not in ("duration",):
            return lexicon.NOUNS[word][1]
    return None


def _first_noun_metric(sentence: str, before: int) -> str | None:
    """The metric of the first counted noun ahead of a share: the subject it is a share of."""
    for m in _WORD.finditer(sentence, 0, before):
        word = m.group(0).lower()
        if word in lexicon.NOUNS and lexicon.NOUNS[word][1] not in ("duration", "other"):
            return lexicon.NOUNS[word][1]
    return None


def _the_count_before(found: list[Figure], context: str | None, end: int) -> tuple[str, str, int]:
    """(unit, metric, end) of a bare number that counts again what was just counted: the sentence's last figure, else
    the metric the sentence before ended with."""
    if found:
        return found[-1].unit, found[-1].metric, end
    return ("persons" if context in _PERSON_METRICS else context or "other"), context or "other", end


def _bare_total(sentence: str, q: Quantity, found: list[Figure], context: str | None) -> tuple[str, str, int] | None:
    """A number with no noun that restates a total: "Seoul puts the figure at 3,000", "rose ... to 13,221"."""
    if q.kind != "count":
        return None
    before = sentence[max(0, q.start - 120):q.start]
    metric: str | None
    of_them = _OF_THEM_FATE.match(sentence, q.end)
    if of_them:  # "Around 1,500 of them were killed"; "about 3,000 of them had been killed or wounded"
        if _KILLED_AND_WOUNDED.match(sentence, of_them.start(1)):
            return "persons", "casualties", q.end
        return "persons", _FATE_WORDS.get(of_them.group(1).lower().split()[0], "casualties"), q.end
    others = _OTHERS_FATE.match(sentence, q.end) if " other" in sentence else None
    if others:  # "Two civilians were killed and seven others were injured": the others' own fate
        return "persons", _FATE_WORDS.get(others.group(1).lower(), "wounded"), q.end
    died = _HAD_DIED.match(sentence, q.end) if not ("of" in before and _OF_BEFORE.search(before)) and \
        not before.endswith(("the ", "The ")) \
        else None  # not the whole: "one in three of the 11,000 have been killed", "two of the nine were captured"
    if died:  # "about 4,500 had died", "some 300 have been killed", "two were taken prisoner"
        verb = next(g for g in (1, 2, 3) if died.group(g))
        if _KILLED_AND_WOUNDED.match(sentence, died.start(verb)):
            return "persons", "casualties", q.end  # "some 9,000 have been killed or wounded"
        return "persons", _FATE_WORDS[died.group(verb).lower().split()[0]], q.end
    before_fate = _fate_before(before)
    if before_fate and _OF_THEM.match(sentence, q.end):  # "Kyiv said it had captured two of them"
        return "persons", before_fate, q.end
    if before_fate in ("killed", "wounded", "captured") and _CLAUSE_END.match(sentence, q.end):  # "killing two and wounding 17"
        return "persons", before_fate, q.end
    squads = _GROUP_OF.search(before, max(0, len(before) - 40)) if "of" in before[-20:] else None
    if squads and squads.group(1).lower() in _SQUADS:  # "they attack in groups of 30-40", "in groups of two or three"
        if found and found[-1].unit != "persons":
            return None  # "40 tankers in groups of 5": groups of what was counted, not people
        people = next((f.metric for f in reversed(found) if f.unit == "persons"), context)
        if people in _PERSON_METRICS:
            return "persons", people, q.end
        return ("persons", "troops", q.end) if _FIGHTING.search(sentence) else None
    if found and found[-1].unit != "percent" and before.endswith(("including ", "among them ", "of which ")):
        return found[-1].unit, found[-1].metric, q.end  # "212 drones overnight, including 21 over the Kursk region"
    if (found or context) and "of" in before[-4:] and _PEAK_OF.search(before, max(0, len(before) - 30)) and \
            not _WEATHER.search(sentence):
        return _the_count_before(found, context, q.end)  # "now number about 14,000, down from a peak of roughly 20,000"
    employed = _EMPLOYED.match(sentence, q.end)
    if employed:  # "Nearly 2,000 are employed on housing projects"
        return "persons", "workers", employed.end()
    if found and found[-1].unit != "percent" and _COMPARED.search(before, max(0, len(before) - 30)) and \
            _COMPARED_WHEN.match(sentence, q.end):  # "up from five in December"; not "against 3 Ukrainian positions"
        return found[-1].unit, found[-1].metric, q.end
    if not found and context not in (None, "duration", "other") and _ANAPHOR.match(sentence) and \
            _COMPARED.search(before, max(0, len(before) - 30)) and _COMPARED_WHEN.match(sentence, q.end):
        return _the_count_before(found, context, q.end)  # "... 3,400 workers in 2025. That is up from 1,500 in 2023":
        # the count of the sentence before, at another time
    put = _PUT_NOUN_AT.search(before) if _AT_END.search(before, max(0, len(before) - 25)) else None  # cheap test first
    if put:  # "put North Korea's total casualties at more than 6,000", 'the number of dead and wounded at "more than 4,000"'
        metric = _noun_in(sentence, max(0, q.start - 120) + put.start(), q.start)
        if metric is None and any(w.lower() in _GROUP_WORDS for w in before[put.start():].split()):
            metric = "troops"  # "kept the force at roughly 11,000"
        if metric in ("troops", "people"):  # "put the number of soldiers killed in action at 2,400": their fate
            metric = _fate_of_noun(sentence, max(0, q.start - 120) + put.start(), q.start) or metric
        if metric and metric not in ("duration", "other"):
            return ("persons" if metric in _PERSON_METRICS else metric), metric, q.end
    now = _NOUN_NOW.search(before, max(0, len(before) - 60)) if before.endswith(_NOW_ENDS) else None
    if now and "number" in now.group("verb") and _NOT_A_VERB_BEFORE.search(before):
        now = None  # "identified by the number 134 on his uniform": an identifier
    if now and (now.group("verb") in ("were", "was", "are", "is") or now.group("verb").endswith(" be")) and (
            _AGE_AFTER.match(sentence, q.end) or (q.qualifier in ("exact", "range") and (q.high or q.value) < 100
                                                  and now.group("noun").lower() not in _FIGURE_WORDS)):
        now = None  # "The recruits were 18", "were 20 and 26 years old": an age, not a head-count
    if now:  # "casualties were close to 6,500", "the number of dead ... has risen to four"
        noun = lexicon.NOUNS.get(now.group("noun").lower())
        metric = noun[1] if noun else _subject_metric(sentence, q.start)
        if metric is None and _OF_SUBJECT.intersection(now.group("verb").split()):  # "troops in Russia now number", "the toll is estimated at":
            verb = max(0, q.start - 120) + now.start("verb")  # the subject's own noun, before the verb
            metric = _noun_in(sentence, max(0, verb - 60), verb)
        if metric is None and now.group("noun").lower() in _FIGURE_WORDS and found:  # "HUR's figure is about 9 million":
            return found[-1].unit, found[-1].metric, q.end  # the thing counted just before in the sentence
        if metric is None and now.group("noun").lower() in _FIGURE_WORDS:
            metric = context  # "... 8 million to 11 million rounds. HUR's figure is about 9 million"
        if metric and metric not in ("duration", "other"):
            return ("persons" if metric in _PERSON_METRICS else noun[0] if noun else metric), metric, q.end
    part = _OF_THE_COUNT.match(sentence, q.end) or _OF_THOSE_NOUN.match(sentence, q.end)
    if part:  # "17 of the 21 calls", "two of the 11 tankers": a part of a counted whole counts the same thing
        whole = _noun_after(sentence, part.end(), through_numbers=True)
        if whole and whole[2] != "duration":  # "11,500 of those soldiers have been killed or wounded": casualties
            outcome = _fate_after(sentence, whole[3]) if whole[1] == "persons" else None
            return whole[1], outcome or whole[2], q.end
    if _HAS_DIGIT.search(q.text) is None:
        them = _OF_THEM.match(sentence, q.end) if q.value < 100 else None
        people = (found[-1].metric if found[-1].unit == "persons" else None) if found else context
        if them and people in _PERSON_METRICS:  # "11 prisoners, three of whom have asked to go to the South"
            return "persons", _fate_after(sentence, them.end()) or people, q.end
        if them and found and found[-1].unit != "percent" and found[-1].metric not in ("duration", "other", "money"):
            return found[-1].unit, found[-1].metric, q.end  # "nine ballistic missiles, three of them on March 10 alone"
        return None  # the rules below restate totals, always written in digits
    being = _ARE_NOUN.match(sentence, q.end)
    if being:  # "41 were women", "some 1,000 are military engineers and deminers": the noun comes after the verb
        after = _noun_after(sentence, being.end())
        if after and after[2] not in ("duration", "other"):
            return after[1], after[2], after[3]
    them = _OF_THEM.match(sentence, q.end)
    if them and (found or context) and "." not in q.text:  # "about 30,000 of them in Russia"
        metric = found[-1].metric if found else context or ""
        if metric in _PERSON_METRICS:
            return "persons", _fate_after(sentence, them.end()) or metric, q.end
        if found and (metric not in ("duration", "other") or found[-1].unit in ("individuals", "entities", "persons")):
            return found[-1].unit, metric, q.end  # "212 drones overnight, 31 of them over the Kursk region"; "47 individuals
            # and entities are designated, 19 of them since January": designations
    if before_fate in ("killed", "wounded") and _MORE_AFTER.match(sentence, q.end):
        return "persons", before_fate, q.end  # "killed two civilians and injured 15 others"
    if found and found[-1].unit != "percent" and before.endswith(("another ", "a further ", "Another ")):
        return found[-1].unit, found[-1].metric, q.end  # "15,000 North Koreans work in the Far East, with another 8,000 in Moscow"
    if _MORE_AFTER.match(sentence, q.end) and (found or context):  # "11,000 soldiers ..., then roughly 3,000 more"
        return (found[-1].unit, found[-1].metric, q.end) if found else ("persons", context or "other", q.end)
    if context in _PERSON_METRICS and _OF_THEM_LEAD.match(before):  # "Of them, 1,106 had signed their contracts": part of
        return "persons", context, q.end  # the people the sentence before counted
    if found and found[-1].unit != "percent" and before.endswith(" and ") and (_DID_SO.match(sentence, q.end) or (
            _ON_A_DAY.match(sentence, q.end) and _ON_A_DAY.match(sentence, found[-1].end - found[-1].sentence_start))):
        return found[-1].unit, found[-1].metric, q.end  # "96 cars on August 22 and 140 on October 6", "about 7,200
        # Russians visited in 2025, and 5,100 did so this year": the same count again
    if found and found[-1].unit == "persons" and _VERB_NEXT.match(sentence, q.end) and _OF_WHICH.search(before):
        return "persons", found[-1].metric, q.end  # "11,870 citizens entered Russia, of whom 8,940 gave 'study' as ..."
    if found and _WERE_AFTER.match(sentence, q.end) and _OF_WHICH.search(before):  # "of which 106 were shot down"
        which = _BARE_FATE.match(sentence, q.end)
        if which and found[-1].unit == "persons":  # "6,500 killed and wounded, of whom around 1,800 were killed"
            return "persons", _FATE_WORDS.get(which.group(1).lower(), "captured"), which.end()
        return found[-1].unit, found[-1].metric, q.end
    if _ARRIVED.match(sentence, q.end) and (found or context):  # "of whom more than 7,000 came on student visas"
        metric = found[-1].metric if found else context or "people"
        return ("persons" if metric in _PERSON_METRICS else found[-1].unit if found else "persons"), metric, q.end
    if (found[-1].metric if found else context) not in (None, "money", "other", "duration") and \
            _CLAIMS_BARE.search(before, max(0, len(before) - 30)) and _CLAUSE_END.match(sentence, q.end):
        return _the_count_before(found, context, q.end)  # "Kyiv counts 3,000 dead; HUR claims 12,000", "I would put it
        # closer to 10,000."
    if _PUTS_AT.search(before):  # "Seoul puts the figure at 3,000", "the NIS's January estimate of 300"
        if found:
            return found[-1].unit, found[-1].metric, q.end
        metric = context or _first_noun_metric(sentence, len(sentence))
        if metric:
            return "persons" if metric in _PERSON_METRICS else metric, metric, q.end
        return None
    group = _GROUP_OF.search(before, max(0, len(before) - 40))
    if group:  # "Reinforcements of about 3,000", "a force of 30,000", "a contingent of some 2,500"
        word = group.group(1).lower()
        noun = lexicon.NOUNS.get(word)
        if noun and noun[0] == "persons":
            return "persons", noun[1], q.end
        if word in _GROUP_WORDS:
            return "persons", "troops", q.end
    fate = _BARE_FATE.match(sentence, q.end)
    if fate:  # "while 2,700 were wounded"
        word = (fate.group(1) or "").lower()
        metric = "killed" if word in ("killed", "died", "dead") else "captured" if word.startswith(("captured", "taken")) \
            else "casualties" if word.endswith("missing") else "wounded"
        return "persons", metric, fate.end()
    change = _CHANGE_TO.search(before)
    if change and q.value < 120 and _AGE_LIMIT.search(before):
        change = None  # "The retirement age for officers will climb to 65": an age
    if change:  # "rose by 12 percent to 13,221", "bringing its total losses ... to around 855,000"
        between = _noun_in(sentence, max(0, q.start - 120) + change.start(), q.start)
        metric = between or _subject_metric(sentence, q.start) or (found[-1].metric if found else None) \
            or _first_noun_metric(sentence, q.start)
        if metric:
            unit = "persons" if metric in _PERSON_METRICS else (found[-1].unit if found else metric)
            return unit, metric, q.end
    return None


def _is_definite_reference(sentence: str, q: Quantity) -> bool:
    """ "the two soldiers" points back at a claim made earlier; it is not a new one."""
    if q.text[:1].isdigit() or q.qualifier != "exact" or q.value > 10 or sentence[q.end:q.end + 1] == "-":
        return False  # "the eight-member panel" describes the panel; it does not point back at eight of anything
    return bool(_DEFINITE_END.search(sentence, max(0, q.start - 12), q.start))


def find_figures(text: str) -> list[Figure]:
    """Every figure in a cleaned article, in reading order.

    >>> [(f.value, f.metric) for f in find_figures("Over 10,000 North Korean troops were sent. This is half of them.")]
    [(10000.0, 'troops'), (0.5, 'troops')]
    """
    out: list[Figure] = []
    context: str | None = None
    for offset, sentence in split_sentences(text):
        found = figures_in_sentence(sentence, offset, context)
        out.extend(found)
        context = found[-1].metric if found else None
    return out
