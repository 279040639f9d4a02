"""Subjects: the phrase before a reporting verb that names who speaks.

"Seonghyeon Ryu, a defector who served seven years in the military, told Tortoise": the subject
is "Seonghyeon Ryu", not the apposition; "Another resident, reached by phone, said": the
resident, not the aside; "'...,' said the man, 41, who asked to be identified only by his
surname, Pak": Pak.  ``attribute`` reads the phrase this module finds as a body or a person.
"""

from __future__ import annotations

import re
from typing import Final

from analysis.bodies import kind_of
from analysis.lexicon import PERSON_ROLES
from analysis.names import INSTITUTION_HEADS, LEADING, MONTH_NAMES, cited_name, institution, is_body


_CLAUSE_BREAK: Final = re.compile(
    r"[,;:—–][”\"’]?\s+[“\"‘]?|[”\"’]\s+|(?<=\s)(?:that|but|while|whereas|as|with|after|when|where|because|although|though|if|so|"
    r"said|says|say|added|noted|believes|believe|understands|learned|learnt)\s+|^",  # "The ABC understands X has told"
    re.IGNORECASE)

_APPOSITION: Final = r"(?:a|an|the|who|which|[a-z]|(?:[A-Z][\w’']*\s)*[A-Z][\w’']*[’']s\s)"

_APPOSITIVE: Final = re.compile(  # "NAME, a defector who ...", "NAME, secretary of ...", "A US official, speaking on ..."
    rf"(?:^|,\s+|^.*?\b(?:\d{{4}}|[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday),\s+)"
    rf"(?P<name>[^,:]{{2,90}}?),\s+{_APPOSITION}[^,]*$")

_TITLED_APPOSITIVE: Final = re.compile(
    r"(?:^|,\s+)(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}),\s+(?:(?:Assistant|Deputy|Under|Vice|Acting|Special|"
    r"Senior|Chief|Executive|Permanent)[\s-]+)*(?:Secretary|Minister|Director|Representative|Envoy|Ambassador|"
    r"Commissioner|Coordinator|Spokes(?:man|woman|person)|Chair(?:man|woman)?|President|Head|Commander|Governor)"
    r"(?:-General)?\b[^;“”\"]*$")

_PAREN_END: Final = re.compile(r"\s*\([^()]*\)$")

_THAT_IT: Final = re.compile(r"\s(?:that|which)\s+(it|they)$")

NAMED_AS: Final = re.compile(r",\s+(?:who|whom)\s+(?:gave\s+(?:his|her|their)\s+name\s+(?:only\s+)?as|asked\s+to\s+be\s+"
                              r"identified\s+(?:only\s+)?(?:as|by)|(?:was\s+)?identified\s+only\s+as|(?:goes|went|is\s+known)\s+by\s+(?:the\s+|his\s+|her\s+)?"
                              r"(?:call\s*sign|nom\s+de\s+guerre|nickname|name)|uses\s+the\s+call\s*sign)\s+"
                              r"(?:(?:his|her|their)\s+(?:surname|first\s+name|family\s+name|name),?\s+)?[“\"‘']?"
                              r"(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})[”\"’']?(?:\s+\([^()]*\))?$")  # 'Yastreb' (Hawk)

_CALL_SIGN: Final = re.compile(r"\s+(?:with|using|under)\s+the\s+call\s*sign\s+[“\"‘']?(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)[”\"’']?$")
"""A person known by a call sign: "a medic with the call sign “Olivka”"."""

_TRAILING_ASIDES: Final = re.compile(r"(?:,\s+(?:who|which)\s+[^,]+(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)*(?:,?\s+and\s+[A-Z][\w’'-]*)?|,\s+from\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
                              r"|,\s+(?:reached|contacted|interviewed|speaking|talking|writing|asked|quoted|visiting)\b[^,]*"
                              r"|,\s+(?:and\s+)?(?:seen|obtained|reviewed|circulated|shared|leaked)\s+(?:by|to|with)\b[^,]*)+$")
# "..., reached by phone, said", "..., speaking on condition of anonymity under ground rules set by the White House, said";
# and a timeline's dated entry: "Oct. 6 — The MSMT publishes its report", "6 October 2026 — ..."

NAME_END: Final = re.compile(r"[A-Z][\w.&’'-]*\)?$")

CONNECTIVE: Final = re.compile(r"(?:In|On|At|By|For|From|With|After|Before|During|Since|Meanwhile|However|Also|Additionally|"
                                r"Separately|Moreover|Still|But|And|Yet|According|Last|This|Earlier|Later|Overall|Instead|First|Second|Third|"
                                r"Finally|Firstly|Secondly|Thirdly|Lastly|Indeed|Now|Today|Then)\b")

_FRONTED_PREPOSITIONS: Final = ("From ", "In ", "On ", "At ", "By ", "With ", "After ", "Before ", "Since ", "Using ", "Based ")
_AGE_APPOSITION: Final = re.compile(r",\s+(?:aged\s+)?\d{1,2}(?=,|$)|,\s+[RDI]-[A-Z][A-Za-z.]{1,6}(?=,|$)")
"""An age or an American lawmaker's party and state: "Kang, 26, said"; "one of the POWs, aged 21, said"; "Sen. Brent
Mahaffey, R-Okla., pointed to"."""

_CONTACT_WITH: Final = re.compile(r"\s+(?:I|we)\s+(?:spoke|talked)\s+(?:with|to)(?=\s+(?:at|from|in)\s)")

_CONTACTED: Final = re.compile(r"\s+(?:that\s+|whom\s+)?(?:I|we|he|she|they)\s+(?:(?:has|have|had)\s+)?(?:interviewed|"
                               r"spoke\s+(?:with|to)|talked\s+(?:with|to)|met|visited|surveyed|contacted|reached)$")

_COMMA_ASIDE: Final = re.compile(r"\s*\([^()]*,[^()]*\)")

_FOR_ITS_PART: Final = re.compile(r",\s+(?:for\s+(?:its|his|her|their)\s+part|in\s+turn|too|meanwhile|however|"
                                  r"in\s+(?:its|his|her|their)\s+[^,]+)$")  # "X, in their joint assessment published in March,"

_ANTECEDENT: Final = re.compile(r"(?:[A-Z][\w.&’'-]*)(?:\s+(?:(?:of|for|the|and|on)\s+)*[A-Z][\w.&’'-]*)*$")

_PRONOUNS: Final = {"he", "she", "they", "it", "He", "She", "They", "It", "we", "We", "I"}

_NAME_BEFORE_OFFICE: Final = re.compile(r"(?:^|,\s+|\s)(?:(?:Col|Gen|Lt|Maj|Capt|Dr|Mr|Ms|Mrs|Prof|Adm|Sgt)\.\s+)?"
                                        r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})$")

_TITLE_END: Final = re.compile(r"(?i:spokes(?:man|woman|person)|official|minister|director|chief|head|commander|secretary|"
                               r"ambassador|envoy|adviser|advisor|analyst|researcher|fellow)$")

def np_before(sentence: str, end: int) -> str:
    """The subject phrase that ends at ``end``: from the last clause break, appositions skipped.

    >>> s = "Seonghyeon Ryu, a defector who served seven years in the military, told Tortoise"
    >>> np_before(s, s.index("told"))
    'Seonghyeon Ryu'
    >>> s = "Workers she has interviewed described 14-hour days, Sutherland said."
    >>> np_before(s, s.index("described"))
    'Workers'
    """
    region = sentence[:end].rstrip(" ,")
    if region[-1:] in ('"', "”", "’", "'") and region[-2:-1] in (",", "!", "?", ".") and region[:1] in ('"', "“", "‘", "'"):
        return ""  # '"Prisoners of war are not trophies," said Mariana ...': the quotation is what was said, not who
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
    sign = _CALL_SIGN.search(region) if "call sign" in region else None
    if sign:  # "a medic with the call sign “Olivka” said": the call sign names her
        return sign.group("name")
    if " who " in region or " that " in region:
        described = _DESCRIBED_WHO.search(region)
        if described:  # "A former North Korean officer who ... now works as a researcher in Seoul told": the officer
            return (described.group("np") or described.group("placed")).strip()
    if " I " in region or " we " in region:  # "Officials I spoke with at the NIS said": officials at the NIS
        region = _CONTACT_WITH.sub("", region)
    if " she " in region or " he " in region or " they " in region or " I " in region or " we " in region:
        region = _CONTACTED.sub("", region)  # "Workers she has interviewed described": the workers, not "Workers she"
    if ": " in region:  # "Oil, because it always gets forgotten: the MSMT's latest update says": a colon ends what went before
        region = region[region.rindex(": ") + 2:]
    if ")" in region and ", " in region:  # "Your briefing ("Kim's foreign legion", October 24th) put": the aside goes
        region = _COMMA_ASIDE.sub("", region)
    placed = _PLACED_ASIDE.fullmatch(region) if closed and ", " in region else None
    if placed:  # "A second source, in Ryanggang Province, said": the source the place describes
        return f"{placed.group('np')} {placed.group('place')}"
    if ", " in region:
        region = _AGE_APPOSITION.sub("", _FOR_ITS_PART.sub("", region))  # "the Ministry, for its part, counts";
        # "Kang (pseudonym), 26, a private ..., said": the age goes
        if closed:
            named = NAMED_AS.search(region)
            if named:  # "Deputy head of the facility, who gave his name only as Major Serhiy, said": the name given
                return named.group("name")
            opened = _OPENING_APPOSITION.match(region) if region[:1].isupper() else None
            if opened and not CONNECTIVE.match(opened.group("name")) and is_body(cited_name(opened.group("name"))):
                return opened.group("name")  # "Shrapnel Atlas, a volunteer group that catalogues debris posted by
                # police, rescuers and residents, told": the name the sentence opens with, whatever commas follow
            region = _TRAILING_ASIDES.sub("", region)  # "Sergeant Denis K., from Kraskino, who is home on leave, told"
            if ", who " in region:  # "..., Deputy Prime Minister Anatoly Gorshenin, who co-chairs the commission on
                head = region[:region.rindex(", who ")]  # trade, economic, scientific and technical cooperation, said"
                if NAME_END.search(head) and is_body(cited_name(head[head.rfind(", ") + 1:].strip())):
                    region = head
    that_it = _THAT_IT.search(region) if region.endswith((" it", " they")) else None
    if that_it:  # "sanctioned 14 entities in ... Kyrgyzstan that it said helped run": "it", the clause's subject
        return that_it.group(1)
    last = region.rfind(", ")
    if last > 0 and region[last + 2:] in _PRONOUNS:
        return region[last + 2:]  # "Early on, he says, ...": the pronoun, not the phrase put first
    pronoun = region.rsplit(" ", 1)[-1] if last < 0 and region.startswith(_FRONTED_PREPOSITIONS) else ""
    if pronoun in _PRONOUNS:
        return pronoun  # "From those voyages he estimates": the pronoun after a phrase put first without a comma
    if last > 0 and region[last + 2:] in ("which", "who"):
        if region[last - 1] == ")":  # "a report by the Multilateral Sanctions Monitoring Team (MSMT), which claimed"
            head = _PAREN_END.sub("", region[:last])
            region, last = head + region[last:], len(head)
        antecedent = _ANTECEDENT.search(region, 0, last)  # "comes from South Korea's JCS, which told lawmakers"
        if antecedent and institution(antecedent.group(0)):
            return antecedent.group(0)  # not "Belgorod Oblast, which reported 40 injuries": a place
    if last > 0 and region.startswith(("the ", "The "), last + 2) and region[last + 6:last + 7].isupper() and \
            is_body(cited_name(region[last + 2:])):
        named = _NAME_BEFORE_OFFICE.search(region, 0, last) if _TITLE_END.search(region, last) else None
        if named and kind_of(named.group("name")) == "person":
            return named.group("name")  # "Col. Han Ji-woo, the Ministry's spokesperson, told": the person
        return region[last + 2:].strip()  # "..., launched from Kursk, Oryol and Millerovo, the Air Force of Ukraine reported"
    if last > 0 and HEAD_POINTER.fullmatch(region, last + 2):
        return region[last + 2:]  # "... made in the United States, Europe and Japan, the office said": the office
    titled = _TITLED_APPOSITIVE.search(region) if ", " in region else None
    if titled and is_body(titled.group("name")):  # "Elena Marković, Assistant Secretary-General for Europe, Central
        return titled.group("name")  # Asia and the Americas, said": the office's own commas do not end it
    appositive = _APPOSITIVE.search(region) if "," in region else None  # it ends the name at a comma
    if appositive and not LEADING.fullmatch(appositive.group("name") + ",") and \
            not CONNECTIVE.match(appositive.group("name")) and is_body(cited_name(appositive.group("name"))):
        return appositive.group("name").strip()
    if appositive and LEADING.match(appositive.group("name")):
        name = _time_led_person(appositive.group("name").strip(), region)
        if name:
            return name
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(region)]
    np = region[breaks[-1]:] if breaks else region
    if len(breaks) > 1 and region.endswith(("with ", "With "), 0, breaks[-1]) and \
            _PERSON_WITH.search(region, breaks[-2], breaks[-1] - 5):  # "a drone operator with the brigade who ...",
        np = region[breaks[-2]:]  # "two people familiar with the shipments": one phrase, not a clause after "with"
    return np.strip()

def _time_led_person(lead: str, region: str) -> str:
    """The person a phrase that opens with a time names, when the apposition after it is only an office: "In June of last
    year Sergei Shoigu, secretary of the Security Council, announced" is Shoigu's, not the Council's; not "In Khabarovsk
    Krai, lawmaker Vitaly Dorofeyev-Lunin, wrote" (the apposition names the person), not "In the Kursk Region, ..."."""
    trailing = _NAME_BEFORE_OFFICE.search(region)
    if trailing and kind_of(trailing.group("name")) == "person":
        return ""
    person = _NAME_BEFORE_OFFICE.search(lead)
    if person is None or lead[:person.start("name")].rstrip().endswith(("the", "The", "of", "in")):
        return ""
    name = person.group("name")
    if _WHEN_WORD.match(name):  # "On Monday Dmitry Peskov, spokesman of the Kremlin": Peskov
        name = name.split(None, 1)[1] if name.count(" ") > 1 else ""
    return name if name and kind_of(name) == "person" and not CONNECTIVE.match(name) else ""


_WHEN_WORD: Final = re.compile(rf"(?:{MONTH_NAMES}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s")
_DESCRIBED_WHO: Final = re.compile(rf"^(?P<np>(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree)\s+(?:[\w’'-]+\s+){{0,4}}?"
                                   rf"(?i:{PERSON_ROLES})(?:\s+(?:at|in|from|with)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}})?)"
                                   r"\s+who\s+[^,;:]*(?:,\s+and\s+who\s+[^;:]*)?$"
                                   rf"|^(?P<placed>(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree)\s+(?:[\w’'-]+\s+){{0,2}}?(?i:{PERSON_ROLES})\s+"
                                   r"(?:at|in|from|with)\s+(?:[\w’'-]+\s+){1,6}?)that\s+(?!is\b|was\b|are\b|were\b)[a-z]+s\s+[^,;:]*$")
"""Someone described, then a clause about them, up to the verb: "A former North Korean officer who ... told", "A source at a
Vladivostok construction company that employs about 300 North Koreans told"."""

_PLACED_ASIDE: Final = re.compile(rf"(?P<np>(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'-]+\s+){{0,2}}?(?i:{PERSON_ROLES})),\s+"
                                  r"(?P<place>(?:in|from)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})")
"""A described person with where they are in an aside: "A second source, in Ryanggang Province,"."""

_PAPER_WITH_ASIDE: Final = re.compile(r"(?P<np>(?:The|This|Its|Their)\s+(?:[\w-]+\s+){0,3}?(?:assessment|report|study|survey|"
                                      r"analysis|estimate|review|update|paper|briefing|document|memo|dossier)),\s+(?:which|published|presented|released|"
                                      r"issued|shared|prepared|compiled|delivered|sent|seen|obtained|dated|due)\b")

_OPENING_APPOSITION: Final = re.compile(r"(?P<name>[A-Z][\w’'.&-]*(?:\s+(?:of\s+|for\s+|the\s+)?[A-Z][\w’'.&-]*){0,5}),\s+"
                                        r"(?:a|an)\s+[^;:“”\"\d]*$")
"""A name, then what it is, up to the verb: "Shrapnel Atlas, a volunteer group that ..., told"."""

_QUOTE_CLOSED: Final = re.compile(r"^.*[,.!?—-][”\"’]\s+")  # up to the last closing quote: '"... lower," '

HEAD_POINTER: Final = re.compile(rf"[Tt]he\s+(?:{INSTITUTION_HEADS})")

_PERSON_WITH: Final = re.compile(rf"(?:\b(?:{PERSON_ROLES}|people)|familiar)\s*$", re.IGNORECASE)
