"""Extract: run the stages over articles one at a time, without pandas.

Each file is loaded and cleaned (``load``), its sentences read for figures (``figures``),
who is credited (``attribute``) and as of when (``asof``).  Rows are plain dicts; ``frame``
turns them into DataFrames.  Nothing here imports pandas, so a process pool can start
working before the slow import of pandas is done, and memory follows the output, not the corpus.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
import gc
import re
from functools import lru_cache
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from analysis.asof import as_of, latest_date
from analysis.attribute import (PERSONS_CLAIM, ROLE_POINTERS, STATED_BY, Attribution, attribute, clauses, credit_restatements,
                                new_article, opening_subject, opens_with_speaker, owner_of, relative_credit)
from analysis.bodies import COUNTRY_NAMES, canonical, country_of, kind_of, known
from analysis.figures import _ANAPHOR, figures_in_sentence, split_sentences
from analysis.load import BadInput, iter_inputs, load_article
from analysis.turns import announced_turns, forwarded_posts, interview_turns, may_be_transcript, people_named, speaker_turns
from analysis.numbers import anchors as number_anchors
from analysis.names import INSTITUTION_HEADS, institution


def published(article: dict) -> tuple[date | None, str | None]:
    """Publication date and where it came from; an undated article is dated by the latest date it mentions.

    >>> published({"date": None, "date_source": None, "text": "Talks ended on 28 February 2025."})
    (datetime.date(2025, 2, 28), 'latest date in text')
    """
    if article.get("date"):
        try:
            return date.fromisoformat(str(article["date"])[:10]), article.get("date_source")
        except ValueError:
            pass
    inferred = latest_date(article.get("text") or "")
    return inferred, "latest date in text" if inferred else None


_UNKNOWN: Final = date.min  # "not worked out yet", as distinct from None, "no date to be had"


def article_figures(article: dict, when: date | None = _UNKNOWN) -> list[dict]:
    """The figure rows of one article, with source and as-of date, in reading order.

    >>> rows = article_figures({"article": "a", "date": "2025-04-10", "text":
    ...     "The British Ministry of Defence estimated that North Korea has suffered more than 5,000 "
    ...     "casualties as at March. This would account for nearly half of its 11,000 troops."})
    >>> [(r["value"], r["metric"], r["source"], r["as_of"]) for r in rows]
    [(5000.0, 'casualties', 'UK Ministry of Defence', '2025-03'), (0.5, 'casualties', 'UK Ministry of Defence', '2025-03'), (11000.0, 'troops', 'UK Ministry of Defence', '2025-03')]
    """
    text = article.get("text") or ""
    new_article()
    if when is _UNKNOWN:
        when, _ = published(article)
    sentences = split_sentences(text)
    anchors = number_anchors(text)  # where numbers may be: most sentences have none
    leads = list_leads([s for _, s in sentences]) if ":\n" in text else {}
    figures: list[list] = []
    for i, (offset, sentence) in enumerate(sentences):
        lo, hi = bisect_left(anchors, offset), bisect_left(anchors, offset + len(sentence))
        if lo == hi:
            figures.append([])
            continue
        before = figures[-1] if figures else None  # a share's metric may come from the previous sentence
        starts = [a - offset for a in anchors[lo:hi]]
        lead = sentences[leads[i]][1] if i in leads else ""
        figures.append(figures_in_sentence(sentence, offset, before[-1].metric if before else None, starts, lead))
    citations = _Citations(sentences, text)
    own = _own_outlet(article.get("publisher"))
    voice = publisher_voice(article.get("publisher"), text)
    rows: list[dict] = []
    seen: set[tuple] = set()
    previous_as_of = ""
    credited: dict[int, Attribution | None] = {}
    forwarded: dict[int, Attribution] | None = None
    for i, found in enumerate(figures):
        if not found:
            previous_as_of = ""
            continue
        offset, sentence = sentences[i]
        cited = citations.credit(i)
        continues = bool(i > 0 and figures[i - 1] and (_ANAPHOR.match(sentence) or _CONTINUES.match(sentence)))
        if cited is None and "awmakers" in sentence and _TOLD_LAWMAKERS.search(sentence):
            cited = citations.briefer(i)  # "..., lawmakers were told": by whoever the article said briefed them
        if cited is None and i > 0:
            cited = _carried(i, sentence, continues, bool(figures[i - 1]), credited, citations)
        if cited is None and i in leads:
            cited = citations.credit(leads[i])  # "Losses, according to the General Staff, are: • tanks — 4"
        if cited is None and i + 1 < len(sentences) and not figures[i + 1] and STATED_BY.match(sentences[i + 1][1]):
            cited = citations.at(i + 1)  # "... fired more than 9,000 rounds. This was stated by Colonel Sheremeta"
        if cited is None and found[0].start == offset and 0 < sentence.find(" — ") < 24:
            cited = citations.later_in_paragraph(i, figures)  # "12 — Rail cars a day ... The numbers come from ... CSIS"
        if cited is None and "ccording to a" in sentence:
            cited = citations.named_next(i)  # "..., according to a tracking firm. Data from Harbourline, a Hong Kong firm"
        if cited is None:
            cited = citations.turn(i)  # "MR. RYDER: We assess ... 11,000 to 12,000 DPRK troops"
        if cited is None and forwarded is None:
            forwarded = forwarded_posts(sentences, text, citations.people)
        if cited is None and forwarded:
            cited = forwarded.get(i)  # "🔁 Forwarded from HUR" and the post under it
        if i in leads and not previous_as_of:
            previous_as_of, continues = as_of(sentences[leads[i]][1], 0, when), True
        credited[i] = cited
        parts = clauses(sentence)
        own_before = relative_credit(sentence, citations.people) if cited is not None and ", wh" in sentence else None
        capped = any(w in sentence for w in _CAP_WORDS)  # once a sentence: whether its figures may be caps
        for f in found:
            if len(parts) > 1:  # "Kyiv says 4,000, while Seoul puts the figure at 3,000": each clause its own
                a, b = next((a, b) for a, b in parts if a <= f.start - offset < b or b == len(sentence))
                cited = citations.in_clause(i, a, b) or citations.credit(i) or cited
            key = (f.value, f.unit, f.metric, f.qualifier, sentence)  # cleaned text has single spaces
            if key in seen:
                continue  # the same claim repeated word for word counts once
            seen.add(key)
            credit = owner_of(sentence, f.start - offset, citations.people) or (
                None if own_before is not None and f.start - offset < own_before else cited)  # "the NIS's estimate of 300"
            if credit is not None and f.text in credit.source:
                continue  # "Three security officials from two countries told PXN": who speaks, not what they claim
            aside = _fronted_aside(sentence, f.start - offset) if credit is not None and sentence[:2] in _CONCESSIVE_STARTS else 0
            if aside:  # "While Kim sent 3,000 more, analysts say ...": not what they say; "While the NIS says 3,000, ...": the NIS
                credit = citations.in_clause(i, sentence.find(" ") + 1, aside)
            if credit is not None and _background(sentence, f.start - offset, f.end - offset, f.text, capped):
                credit = None  # "triple the annual cap of 500,000 barrels", "an 11-nation group": background, not the claim
            elif credit is None and voice is not None and not _background(sentence, f.start - offset, f.end - offset, f.text,
                                                                           capped):
                credit = voice  # a ministry's release: what it states without a source is its own claim
            if credit is None and capped:
                credit = _cap_setter(sentence, f.start - offset, f.end - offset)  # "the cap ... set by the UN Security Council"
            if credit is not None and own is not None and own(credit.source):
                credit = None  # "imagery reviewed by Signal", "by APE's count": the outlet's own finding
            rows.append({
                "article": article["article"], "value": f.value, "low": f.low, "high": f.high,
                "qualifier": f.qualifier, "unit": f.unit, "metric": f.metric,
                "source": credit.source if credit else "", "as_of": _as_of(f, when, continues, previous_as_of),
                "sentence": sentence, "text": f.text, "conduit": credit.conduit if credit else "",
                "source_kind": credit.kind if credit else "", "source_country": credit.country if credit else "",
                "start": f.start,
            })
        previous_as_of = rows[-1]["as_of"] if rows and rows[-1]["sentence"] == sentence else ""
    return credit_restatements(rows)


def _own_outlet(publisher: Any) -> Callable[[str], bool] | None:
    """A test for 'this credit is the publishing outlet itself', when the publisher is a news outlet.

    The schema leaves a figure uncited when the article asserts it; an outlet's own count
    ("by APE's count") is that. A body publishing its own release (a ministry, the MSMT) is
    still credited: its claims are its own, and readers cite them as such.

    >>> own = _own_outlet("APE")
    >>> own("APE"), own("National Intelligence Service"), _own_outlet("Ministry of Defense, Japan")
    (True, False, None)
    >>> _own_outlet("Yonhap News Agency")("Yonhap"), _own_outlet("Volodymyr Zelensky")("Volodymyr Zelensky")
    (True, True)
    >>> _own_outlet("PYONGYANG WATCH")("Pyongyang Watch")  # a watchdog's site: its survey is its own finding
    True
    >>> _own_outlet("Atlantic Cable Network")("ACN"), _own_outlet("The Kyiv Sentinel")("Kyiv Sentinel")
    (True, True)
    """
    if not isinstance(publisher, str) or not publisher.strip():
        return None
    name = _outlet_key(publisher)
    kind = canonical(publisher)[1] if known(publisher) else kind_of(publisher)  # cheap: one per article
    if not name or not (kind in ("media", "NGO", "person") or _MEDIA_NAME.search(publisher) or
                        _ACRONYM_NAME.fullmatch(publisher.strip())):
        return None  # a ministry's or a monitor's release credits the body (publisher_voice); so does an NGO's
    words = [w for w in publisher.split() if w.lower() not in _SMALL_WORDS]
    initials = "".join(w[0] for w in words).upper() if len(words) > 1 else ""
    squeezed = publisher.replace(" ", "").upper()
    return lambda source: _same_outlet(_outlet_key(source), name) or (len(initials) > 1 and source == initials) or (
        len(source) >= 3 and source.isupper() and squeezed.startswith(source))  # "ACN"; "KBC" of "KBCWorld"


def _same_outlet(key: str, name: str) -> bool:
    """Whether two outlet keys name one outlet: equal, or one the other with words added at an end, the shorter of
    two words at least ("vistula post" = "fundacja vistula post", "nk ledger pro" = "nk ledger").

    >>> _same_outlet("vistula post", "fundacja vistula post"), _same_outlet("post", "vistula post")
    (True, False)
    """
    if key == name:
        return True
    short, long = (key, name) if len(key) < len(name) else (name, key)
    if " " not in short and (len(short) < 6 or short in COUNTRY_NAMES):
        return False  # "post" is not "vistula post"; "ukraine" is not "ukraine today"
    return long.startswith(short + " ") or long.endswith(" " + short)


def publisher_voice(publisher: Any, text: str) -> Attribution | None:
    """The body an article is the release or report of, which its unsourced figures are credited to.

    A ministry's press release or a monitoring team's report states its findings without
    "according to": they are the body's claims, and readers cite them as such. A news outlet's
    own voice stays uncredited (the schema's empty source), and so does a transcript's, where
    each turn is its speaker's and a reporter's question credits nobody.

    >>> publisher_voice("U.S. DEPARTMENT OF THE TREASURY", "Today, OFAC designated 23 persons.")
    Attribution(source='US Treasury Department', conduit='', kind='government', country='US')
    >>> publisher_voice("Reuters", "..."), publisher_voice("Army Times", "..."), publisher_voice("", "...")
    (None, None, None)
    """
    if not isinstance(publisher, str) or not publisher.strip() or _MEDIA_NAME.search(publisher):
        return None
    source, kind, country = canonical(publisher)
    if kind not in _VOICES or may_be_transcript(text) or _QUESTION_LINE.search(text):
        return None  # a transcript's turns, a briefing's questions, are not the body's
    stated = country_of(publisher)
    if stated and country and stated != country:  # "U.S. Joint Chiefs of Staff" is not Seoul's JCS
        source, country = publisher.strip(), stated
    return Attribution(_proper_case(source) if source.isupper() else source, "", kind, country)


_VOICES: Final = {"government", "military", "intelligence", "international body"}
_MEDIA_NAME: Final = re.compile(r"(?i)\b(?:times|news|post|review|journal|magazine|radio|tv|daily|press(?!\s+(?:service|office))|"
                                r"herald|recognition|technology|today|weekly|monthly|report(?:er)?|digest|wire|media|online|insider|"
                                r"observer|gazette|chronicle|tribune|dispatch|sentinel|courier|ledger|bulletin)\b|\.(?:com|net)\b")
_QUESTION_LINE: Final = re.compile(r"(?m)^(?:Q|QUESTION|Question)\s*(?:\([^)]*\))?\s*:")
_SMALL_WORDS: Final = {"of", "the", "and", "for", "on", "in", "to", "at", "de", "du", "la"}


def _proper_case(name: str) -> str:
    """A name set in capitals on a letterhead, as it is written in running text.

    >>> _proper_case("MINISTRY OF DEFENCE OF UKRAINE"), _proper_case("U.S. DEPARTMENT OF THE TREASURY")
    ('Ministry of Defence of Ukraine', 'U.S. Department of the Treasury')
    """
    words = name.split()
    return " ".join(w.lower() if w.lower() in _SMALL_WORDS and k else w if "." in w or len(w) <= 3 else w.capitalize()
                    for k, w in enumerate(words))


@lru_cache(maxsize=1024)
def _outlet_key(name: str) -> str:
    """An outlet's name without 'the', 'news', 'agency', a web domain's ending or punctuation: 'Yonhap News Agency' = 'Yonhap'."""
    name = _DOMAIN_END.sub("", canonical(name)[0].lower())
    return " ".join(w for w in _PUNCTUATION.sub("", name).split() if w not in _OUTLET_FILLER)


_DOMAIN_END: Final = re.compile(r"\.(?:com|org|net|co\.\w\w|\w\w)$")
_PUNCTUATION: Final = re.compile(r"[^\w\s]")


_OUTLET_FILLER: Final = {"the", "news", "agency", "service", "online", "english", "edition", "investigations", "media",
                         "network", "group", "daily", "magazine"}
_ACRONYM_NAME: Final = re.compile(r"[A-Z]{2,6}")


_CAP_WORDS: Final = ("cap ", "cap,", "cap.", "cap;", "caps ", "capped", "Cap", "limit", "ceiling", "quota")
"""Cheap test for a sentence that may state a cap: not "captured", "capital", "capacity"."""
_CAP_BEFORE: Final = re.compile(r"\b(?:cap|limit|ceiling|quota)\s+(?:of\s+|is\s+|was\s+|stands\s+at\s+)?$", re.IGNORECASE)
_CAP_AFTER: Final = re.compile(r"\s+(?P<every>(?:annual|yearly)\s+)?(?:cap|limit|ceiling|quota)\b", re.IGNORECASE)


_CONCESSIVE_STARTS: Final = {"Wh", "Al", "Th", "Ev"}
_FRONTED_ASIDE: Final = re.compile(r"(?:While|Whilst|Although|Though|Whereas|Even\s+though|Even\s+as)\b(?:[^,;:]|,(?=\d))*,"
                                   r"(?P<speaker>\s*(?:[\w’'-]+\s+){1,5}?)(?:say|says|said|believe|believes|argue|argues|"
                                   r"note|notes|noted|warn|warns|warned|estimate|estimates|estimated)\b")


def _fronted_aside(sentence: str, at: int) -> int:
    """Where the main clause starts, when a figure sits in a fronted "While ..." clause before another speaker; else 0.

    >>> _fronted_aside("While Kim sent an additional 3,000 soldiers, analysts say that his anxiety is growing.", 29)
    44
    >>> _fronted_aside("While Kim sent troops, analysts say that 3,000 have died.", 40)
    0
    """
    m = _FRONTED_ASIDE.match(sentence)
    return m.start("speaker") if m is not None and at < m.start("speaker") else 0


def _cap_setter(sentence: str, start: int, end: int) -> Attribution | None:
    """Who set a cap, when the sentence says so: "the annual cap of 500,000 barrels set by the UN Security Council".

    >>> s = "Russia shipped twice the annual cap of 500,000 barrels set by the UN security council in 2017."
    >>> _cap_setter(s, s.index("500,000"), s.index(" set")).source, _cap_setter("The cap of 500,000 barrels.", 11, 26)
    ('UN Security Council', None)
    """
    if not (_is_cap(sentence, start, end) or _CAP_VERB_BEFORE.search(sentence, max(0, start - 90), start)):
        return None
    setter = _SET_BY.search(sentence, end, end + 80)
    if setter is None:
        if _UN_CAP.search(sentence):  # "resolution 2397 caps deliveries at 500,000 barrels", "the Security Council cap is"
            source, kind, country = canonical("UN Security Council")
            return Attribution(source, "", kind, country)
        return None
    np = setter.group("np") or setter.group("subject")  # "set by the Security Council", "which the Security Council set"
    named = f"UN {np}" if np.lower().startswith("security") else np  # "the Security Council": the UN's
    source, kind, country = canonical(named)
    return Attribution(source, "", kind, country) if kind in ("international body", "government") else None


_SETTER: Final = r"(?:(?:UN|U\.N\.|United\s+Nations)\s+)?(?i:security\s+council)|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4}"
_CAP_VERB_BEFORE: Final = re.compile(r"\b(?:caps?|capped|limits?|limited)\s+(?:[\w’'-]+\s+){0,8}?(?:at|to)\s+$")
_UN_CAP: Final = re.compile(r"\b(?:UN|U\.N\.|United\s+Nations)\s+Security\s+Council\b|(?<!Russian )(?<!Russia's )Security\s+Council\s+"
                            r"(?:caps?|capped|limits?|limited|ceiling)\b|\b[Rr]esolutions?\s+\d{3,4}\b")
_SET_BY: Final = re.compile(rf"\b(?:set|imposed|fixed|established|agreed)\s+by\s+(?:the\s+)?(?P<np>{_SETTER})|"
                            rf"\b(?:which|that)\s+(?:the\s+)?(?P<subject>{_SETTER})\s+(?:had\s+|has\s+)?(?:set|imposed|fixed|established)\b")


def _background(sentence: str, start: int, end: int, text: str, capped: bool) -> bool:
    """Whether a figure only describes the setting ("the UN cap of 500,000 barrels", "an 11-nation group");
    ``capped`` says whether the sentence mentions a cap at all (``_CAP_WORDS``)."""
    return _is_membership(sentence, start, text) or (capped and _is_cap(sentence, start, end))


def _is_cap(sentence: str, start: int, end: int) -> bool:
    """Whether a figure is the size of a legal cap the sentence measures against, as background.

    >>> s = "Russia shipped 1.5 million barrels, triple the annual cap of 500,000 barrels, the OSC said."
    >>> _is_cap(s, s.index("500,000"), s.index(" barrels,", 60)), _is_cap(s, s.index("1.5"), s.index(" barrels"))
    (True, False)
    >>> s = "It is more than double the 500,000-barrel annual cap set by the UN."
    >>> _is_cap(s, s.index("500,000"), s.index(" annual"))
    True
    """
    after = _CAP_AFTER.match(sentence, end)  # "-barrel annual cap", "the 500,000-barrel cap"; not "1,000 workers cap"
    return bool(_CAP_BEFORE.search(sentence, max(0, start - 30), start)) or bool(
        after and (after.group("every") or "-" in sentence[start:end]))


_MEMBERSHIP: Final = re.compile(r"-(?:nation|member|country|state)\b", re.IGNORECASE)
_GROUP_AFTER: Final = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:group|bloc|coalition|alliance|team|panel|club|council|commission|"
                                 r"committee|board)\b", re.IGNORECASE)
_GROUP_OF_BEFORE: Final = re.compile(r"\b(?:group|coalition|bloc|alliance|team)\s+of\s+$", re.IGNORECASE)


def _is_membership(sentence: str, start: int, text: str) -> bool:
    """Whether a figure only says how many members a body has: "an 11-nation group", "a group of 11 countries".

    >>> _is_membership("MSMT, an 11-nation group, said 9,000 were sent.", 9, "11-nation")
    True
    >>> _is_membership("The NIS said a 500-member unit was deployed.", 15, "500-member")
    False
    >>> s = "MSMT, a group of 11 countries, said so."
    >>> _is_membership(s, s.index("11"), "11 countries"), _is_membership("Troops came from 11 countries.", 17, "11 countries")
    (True, False)
    """
    end = start + len(text)
    return (bool(_MEMBERSHIP.search(text)) and bool(_GROUP_AFTER.match(sentence, end))) or (
        text.split()[-1].lower() in ("countries", "nations", "states", "members")
        and bool(_GROUP_OF_BEFORE.search(sentence, max(0, start - 30), start)))


_ITEM: Final = re.compile(r"(?:[-–—•*·▪+]|\d{1,2}[.)])\s")
# a sentence that goes on about the people or things just counted, whoever counted them
_OF_THEM: Final = re.compile(r"\W*(?:(?:Of|Among)\s+(?:them|those|these|whom)\b|(?:[\w$%,.-]+\s+){1,3}of\s+(?:them|those|these)\b)")
# a sentence that goes on with the claim just made without naming who made it
_CONTINUES: Final = re.compile(rf"{_OF_THEM.pattern}|\W*(?:(?:Of|Among)\s+(?:this|that|the\s+total|the\s+\d[\d,]*)\b|In\s+total\b|"
                               r"(?:Its|Their)\s+(?:own\s+|latest\s+|new\s+)?(?:calculations?|estimates?|figures|data|numbers|count|"
                               r"tally|analysis|report|study|survey|assessment|model|research)\b)")


_PARTITIVE: Final = re.compile(r"\b(?:\d[\d,.]*(?:\s*%|\s+per\s*cent|\s+percent)?|(?i:one|two|three|four|five|six|seven|eight|nine|"
                               r"ten|all|most|half|none|some|many|several))\s+of\s+(?:the|those|these)\s+(?P<noun>[a-z][a-z-]+)")
_OWN_TAG: Final = re.compile(r",\s+(?:[\w’'-]+\s+){1,6}(?:said|says|say|reported|reports|added|estimated|estimates)(?:\s+on\s+\w+)?"
                             r"\.?[\"”]?$")


def _carried(i: int, sentence: str, continues: bool, counted_before: bool, credited: dict[int, Attribution | None],
             citations: _Citations) -> Attribution | None:
    """The credit a sentence with none of its own carries on from the one before, if it goes on with that claim.

    "This would account for ...", "Of them, ..." after a sentence with figures; "352 of the drones" after
    the drones were counted; "A third of them" after a credited sentence with no figure. A sentence that
    tags its own speaker ("..., officials in Kyiv said.") carries nothing.
    """
    if continues:
        carried = credited.get(i - 1)  # "This would account for ...", "Of them, ...": the claim just made goes on
    elif citations.same_paragraph(i) and (("same" in sentence and _SAME_SPAN.search(sentence)) or (
            " alone" in sentence[:60] and _ALONE.match(sentence))):
        carried = citations.credit(i - 1)  # "..., according to customs data. Exports rose to $310 million over the same period";
        # "... has verified 15,210 civilians killed, she said. In April alone, at least 212 civilians were killed"
    elif counted_before and citations.same_paragraph(i) and _part_of_previous(sentence, citations.sentences[i - 1]):
        carried = credited.get(i - 1)  # "..., the Air Force said. Air defences downed 352 of the drones"
    elif _OF_THEM.match(sentence) and citations.same_paragraph(i):
        carried = citations.credit(i - 1)  # "The new troops differ, the NIS said. A third of them are gunners"
    elif citations.same_paragraph(i) and _FRAMED.match(citations.sentences[i - 1]) and not _OWN_VOICE.search(sentence) \
            and not any(w in sentence for w in _CAP_WORDS):
        carried = citations.credit(i - 1)  # "According to the Joint Staff, destroyers photographed the transfers at 11
        # locations. Nine North Korean-flagged vessels were involved": a paragraph framed by its source goes on with it
    else:
        return None
    return None if carried is None or _OWN_TAG.search(sentence) else carried


_FRAMED: Final = re.compile(r"\W*(?:\d[\d.]*\s+)?(?:(?:But|And|Yet)\s+)?[Aa]ccording\s+to\b")
"""A sentence that opens with its source ("According to X, ..."): what follows in its paragraph is told on X's word."""
_OWN_VOICE: Final = re.compile(r"\b(?:[Ww]e|[Oo]ur|I|[Mm]y)\b|\b(?:is|are|was|were|be|been)\s+(?:widely\s+)?(?:believed|estimated|"
                               r"said|thought|understood|reported|expected)\s+to\b|\b(?:would|could|might)\b")
"""What the writer says in their own voice or hedges without a source: not a framed source's account."""


_SAME_SPAN: Final = re.compile(r"^(?:Over|In|During)\s+the\s+same\s+(?:period|month|months|year|quarter|time)\b|"
                               r"\b(?:over|in|during)\s+the\s+same\s+(?:period|month|months|year|quarter)\.?$")


_ALONE: Final = re.compile(r"(?:In|During|Over|For|On|Last|This)\s+(?:[\w’'-]+\s+){0,4}?alone\b")
"""A part of the claim just made, named by its period: "In April alone, ...", "Last month alone, ..."."""


def _part_of_previous(sentence: str, previous: str) -> bool:
    """Whether a sentence counts part of what the sentence before it counted: "... 386 drones and 17 missiles,
    the Air Force said." then "Air defences downed 352 of the drones".

    >>> _part_of_previous("Air defences downed 352 of the drones.", "Russia launched 386 drones, the Air Force said.")
    True
    >>> _part_of_previous("Two of the villages were empty.", "Russia launched 386 drones, the Air Force said.")
    False
    """
    if " of th" not in sentence:
        return False
    m = _PARTITIVE.search(sentence)
    return m is not None and re.search(rf"\b{re.escape(m.group('noun').rstrip('s'))}", previous, re.IGNORECASE) is not None




def list_leads(sentences: list[str]) -> dict[int, int]:
    """For each list item, the sentence that introduces its list ("... are:"), by index.

    >>> list_leads(["Losses, according to the General Staff, are:", "• tanks — 4 units;", "• guns — 9;", "Next."])
    {1: 0, 2: 0}

    Items may go without marks when each ends with a semicolon, the last with a full stop:

    >>> list_leads(["Losses, according to the General Staff, are:", "tanks - 11,812 (+4);", "guns - 40,118.", "Next."])
    {1: 0, 2: 0}
    """
    leads: dict[int, int] = {}
    lead = -1
    for i, sentence in enumerate(sentences):
        if lead >= 0 and (_ITEM.match(sentence) or (len(sentence) < 120 and any(c.isdigit() for c in sentence) and (
                sentence.endswith(";") or (i - 1 in leads and sentences[i - 1].endswith(";")
                                           and not _ITEM.match(sentences[i - 1]))))):
            leads[i] = lead
        else:
            lead = i if sentence.endswith(":") else -1
    return leads


def _as_of(f, when: date | None, continues: bool, previous: str) -> str:
    """As-of of a figure; a sentence that continues the previous claim keeps its date unless it names its own."""
    own = as_of(f.sentence, f.start - f.sentence_start, when, periods=not continues)
    if own or not continues:
        return own
    return previous or as_of(f.sentence, f.start - f.sentence_start, when)


class _Citations:
    """Attributions of an article's sentences, worked out only when a figure needs them.

    Most sentences hold no figure; reading who they credit would cost most of the run.  A
    pointer ("the report said", "he said") looks back a few sentences for the body cited; a
    quotation that runs over several sentences is credited to whoever it is tagged with.
    """

    LOOK_BACK = 4

    def __init__(self, sentences: list[tuple[int, str]], text: str):
        self.sentences = [s for _, s in sentences]
        self.offsets = [o for o, _ in sentences]
        self.text = text
        self.cache: dict[int, Attribution | None] = {}
        self.clause_cache: dict[tuple[int, int, int], Attribution | None] = {}
        self.people: Mapping[str, str] = _People(text)  # as a Mapping: compiled code calls its own get, which reads the text
        self.quotes: dict[int, tuple[bool, bool]] = {}
        self.turns: dict[int, Attribution] | None = None
        self.full_names: dict[str, list[tuple[int, str]]] = {}
        self.credits: dict[int, Attribution | None] = {}
        self.openings: dict[int, Attribution | None] = {}

    def at(self, i: int) -> Attribution | None:
        """Who sentence ``i`` credits by its own words (a pointer in it resolved)."""
        if i not in self.cache:
            self.cache[i] = self._placed(i, attribute(self.sentences[i], _LazyPrevious(self, i), self.people))
        return self.cache[i]

    def _placed(self, i: int, found: Attribution | None) -> Attribution | None:
        """A credit of sentence ``i`` with its full name (``_full``) and its country (``_its``)."""
        found = self._full(found, i)
        return self._its(i, found) if found is not None and found.source[:4].lower() in ("its ", "thei") else found

    def _its(self, i: int, found: Attribution) -> Attribution | None:
        """ "its defence ministry": the ministry of the country last named before it, in its sentence or the two before.

        A body that cannot be placed is nobody's: "its defence ministry" is not a name to print.
        """
        sentence = self.sentences[i]
        at = sentence.lower().find(found.source.lower())
        texts = [sentence[:at if at >= 0 else len(sentence)]]
        texts += [self.sentences[j] for j in range(i - 1, max(-1, i - 3), -1) if self.same_paragraph(j + 1)]
        for text in texts:
            named = list(_COUNTRY_NAMED.finditer(text))
            if named:
                country = country_of(named[-1].group(0))
                source, kind, where = canonical(f"{country}'s {found.source.split(None, 1)[1]}")
                return Attribution(source, found.conduit, kind, where or country)
        return None

    def _full(self, found: Attribution | None, i: int) -> Attribution | None:
        """The full name for a body cited by its head noun alone ("the Team estimates")."""
        if found is not None and found.source in _SHORT_NAMES:
            return self.named(found.source, self.offsets[i]) or found
        return found

    def named(self, head: str, before: int) -> Attribution | None:
        """The body an article names in full before calling it by its head noun ("the Team" after "the
        Multilateral Sanctions Monitoring Team (MSMT)"), or None."""
        if head not in self.full_names:  # found once per article: (where, the name written out in full)
            self.full_names[head] = [(m.start(), m.group(0)) for m in _full_name_pattern(head).finditer(self.text)
                                     if m.group(0).split()[0] not in ("The", "This", "That") or len(m.group(0).split()) > 2]
        for at, name in reversed(self.full_names[head]):  # the latest full name: "the Team" is the last Team named
            if at >= before:
                continue
            if f"a {head.lower()} " in self.text[at:before].lower():
                return None  # "... Separately, a team from the Open Source Centre tracked ships. The team counted"
            found = _named_body(name)
            if found is not None:
                return found
        return None

    def credit(self, i: int) -> Attribution | None:
        """Who sentence ``i`` credits, or, inside a quotation, whoever the quotation is tagged with.

        '"The DPRK rotates its contingent every four to six months. The latest rotation involved
        4,000 persons," Budanov noted.': the first sentence is Budanov's too.
        """
        if i not in self.credits:
            self.credits[i] = self._credit(i)
        return self.credits[i]

    def _credit(self, i: int) -> Attribution | None:
        own = self.at(i)
        if own is not None:
            return own
        sentence = self.sentences[i]
        if not ('"' in sentence or "“" in sentence or "”" in sentence):
            opened = self.text[self.text.rfind("\n", 0, self.offsets[i]) + 1:self.offsets[i]]
            if not ('"' in opened or "“" in opened) or not self._quote(i)[0]:
                return None  # cheap: no quotation in this sentence, and none opened earlier in its paragraph
        if i > 0 and not self._quote(i)[0] and self.sentences[i][:1] in "“\"":  # a whole quotation, untagged:
            before = self.credit(i - 1)  # 'Hollis said the oil was paid for. "It is a direct payment."'
            if before is not None and (before.kind == "person" or _QUOTE_MARK.search(self.sentences[i - 1])):
                return before
        if self._quote(i)[0]:  # opened earlier: 'Budanov said: "... . <this sentence>'
            for j in range(i - 1, max(-1, i - 1 - self.LOOK_BACK), -1):
                if not self._quote(j)[0]:
                    found = self.at(j)
                    if found is not None:
                        return found
                    break
        if self._quote(i)[1]:  # goes on after this sentence: the tag comes where it closes
            for k in range(i + 1, min(len(self.sentences), i + 1 + self.LOOK_BACK)):
                if not self._quote(k)[0]:
                    break  # a new paragraph
                if not self._quote(k)[1]:
                    return self.at(k)
        return None

    def briefer(self, i: int) -> Attribution | None:
        """The body the article last said briefed lawmakers ("the NIS told lawmakers", "a closed-door briefing by the
        NIS"), for "..., lawmakers were told" or "according to the lawmakers"; a body that only spoke is not one."""
        for j in range(i - 1, max(-1, i - 1 - self.LOOK_BACK * 2), -1):
            if _BRIEFED.search(self.sentences[j]):
                found = self.at(j)
                return found if found is not None and found.kind != "person" else None
        return None

    def opening(self, i: int) -> Attribution | None:
        """The body or person sentence ``i`` opens with (see ``attribute.opening_subject``)."""
        if i not in self.openings:
            self.openings[i] = opening_subject(self.sentences[i], self.people)
        return self.openings[i]

    def later_in_paragraph(self, i: int, figures: list[list]) -> Attribution | None:
        """The first credit after sentence ``i`` in its paragraph: a column of numbers names its source after
        the item ("48 — Voyages by the Sibirsky Bereg since March. The ship-tracking firm Kpler told us ...").
        A sentence with figures of its own credits those ("Ukraine's HUR puts the total at 6 million")."""
        for j in range(i + 1, min(len(self.sentences), i + 1 + self.LOOK_BACK)):
            if not self.same_paragraph(j) or figures[j]:
                break
            found = self.at(j)
            if found is not None:
                return found
        return None

    def named_next(self, i: int) -> Attribution | None:
        """The body an indefinite credit is named as in the sentence after it: "..., according to a maritime-tracking
        firm." then "Data from Harbourline Intelligence, a Hong Kong-based firm that tracks vessels, shows ..."."""
        described = _UNNAMED_CREDIT.search(self.sentences[i])
        if described is None or i + 1 >= len(self.sentences):
            return None
        head = described.group("head").lower()
        for m in _NAME_DESCRIBED.finditer(self.sentences[i + 1]):
            if m.group("head").lower() == head:
                return _named_body(m.group("name")) or Attribution(m.group("name"), "", kind_of(m.group("name")), "")
        return None

    def turn(self, i: int) -> Attribution | None:
        """The speaker whose turn sentence ``i`` is in, when the article is a transcript."""
        if self.turns is None:
            sentences = list(zip(self.offsets, self.sentences))
            self.turns = speaker_turns(sentences, self.text, self.people) or interview_turns(sentences, self.text) \
                or announced_turns(sentences, self.text, self.people)
        return self.turns.get(i)

    def same_paragraph(self, i: int) -> bool:
        """True when sentence ``i`` follows the previous one in the same paragraph."""
        return "\n" not in self.text[self.offsets[i - 1] + len(self.sentences[i - 1]):self.offsets[i]]

    def _quote(self, i: int) -> tuple[bool, bool]:
        """Whether sentence ``i`` starts and ends inside a quotation; a paragraph starts outside one.

        Worked out for the sentence's paragraph only, when first asked: most never are.
        """
        if i not in self.quotes:
            first = i
            while first > 0 and first - 1 not in self.quotes and self.same_paragraph(first):
                first -= 1
            inside = self.quotes[first - 1][1] if first > 0 and first - 1 in self.quotes and \
                self.same_paragraph(first) else False
            for j in range(first, i + 1):
                start = inside
                for m in _QUOTE_MARK.finditer(self.sentences[j]):
                    inside = m.group(0) == "“" or (m.group(0) == '"' and not inside)
                self.quotes[j] = (start, inside)
        return self.quotes[i]

    def in_clause(self, i: int, start: int, end: int) -> Attribution | None:
        """Who one clause of sentence ``i`` credits, if it credits anyone itself."""
        key = (i, start, end)
        if key not in self.clause_cache:
            self.clause_cache[key] = self._placed(i, attribute(self.sentences[i][start:end], None, self.people))
        return self.clause_cache[key]

    def introduced(self, found: Attribution) -> bool:
        """Whether a person is one the article quotes or reads ("Fiona Hill argues", "X's new book"), not one it names."""
        return found.kind == "person" and self.people.get(found.source.split()[-1]) == found.source

    def before(self, i: int) -> Attribution | None:
        """The body cited most recently before sentence ``i`` that the pointer can mean.

        "the think tank" means the last think tank cited, "the ministry" the last body named a ministry
        (else the last of its kinds); "he", "it" and "the report" the last body of any kind.
        """
        papers = _PAPERS_POINTER.search(self.sentences[i]) if "the" in self.sentences[i].lower() else None
        if papers is not None:  # "According to the documents", "The same documents record": the papers' owner
            for j in range(i - 1, max(-1, i - 1 - self.LOOK_BACK * 8), -1):
                owner = _papers_owner(self.sentences[j])  # named as any papers: "the spreadsheets" ... "the documents"
                if owner is not None:
                    return owner
        head = _pointer_head(self.sentences[i])
        kinds: set[str] | None = _POINTER_KINDS.get(head, None)
        first: Attribution | None = None
        wanted = _mentioned_kind(self.sentences[i]) if not head else ""
        if wanted == "own":  # "The Pentagon's figure dates from January, when a spokesman said", "that it said had moved"
            found = self.opening(i)
            if found is not None and found.kind != "person":
                return found
        if wanted and i > 0 and self.at(i - 1) is None and self.same_paragraph(i):
            found = self.opening(i - 1)  # "Hanna Vogt expects that number to rise. '...,' she says."
            if found is None:
                pass
            elif wanted == "person" and (found.kind == "person" or opens_with_speaker(self.sentences[i - 1])):
                return found  # "The Russian Federation's representative rejected ... He said": Russia
            elif wanted != "person" and found.kind != "person" and institution(found.source):
                return found  # "The Federal Foreign Office has summoned ... A spokesperson said"; not "North Korea"
        if wanted == "person" and PERSONS_CLAIM.match(self.sentences[i]):  # "Her central claim is that ...": the
            for j in range(i - 1, max(-1, i - 1 - self.LOOK_BACK), -1):  # author or speaker the article introduced,
                for found in (self.at(j), self.opening(j)):  # not the last person to have "said" anything
                    if found is not None and self.introduced(found):
                        return found
            return None
        if wanted == "person":  # "Sarkisian follows the trains. ... she writes": the person written about, not cited
            for j in range(i - 1, max(-1, i - 1 - self.LOOK_BACK), -1):  # further back, while nobody is cited
                if self.at(j) is not None:
                    break
                found = self.opening(j)
                if found is not None and self.introduced(found):
                    return found  # one the article has quoted or read ("Fiona Hill argues"), not "Vladimir Putin has staked"
        if head and head not in _PLAIN_HEADS:  # "the ministry": a body called a ministry first; "the sources": any
            for j in range(i - 1, max(-1, i - 1 - self.LOOK_BACK * (8 if head in _ROLES else 1)), -1):  # way back
                found = self.at(j)
                if found and found.conduit and head in found.conduit.lower() and head not in found.source.lower():
                    return Attribution(found.conduit, "", "person", "")  # "a participant said HUR had ...": the participant
                if found and _called(head, found, self.sentences[j]):
                    return found  # "the ministry"; "The team" after "a team from the Open Source Centre tracked"
                office = _minister_of(self.sentences[j], found) if head == "ministry" and found else None
                if office is not None:
                    return office  # "Defense Minister Koichi Tanabe said ... The ministry estimates": his ministry
            if head in _ROLES:
                return None  # "the officer said": only an officer credited as one, never the last body cited
        if head.capitalize() in _SHORT_NAMES:  # "findings by the Multilateral Sanctions Monitoring Team ... The team
            at = self.sentences[i].lower().find(f"the {head}")  # reported": named in full, though not cited;
            found = self.named(head.capitalize(), self.offsets[i] + max(at, 0))  # earlier in its own sentence too
            if found is not None:
                return found
        if kinds is not None:  # "the agency" after its spokesman's words: the last body of its kinds, further back
            for j in range(i - 1, max(-1, i - 1 - self.LOOK_BACK * 3), -1):
                found = self.at(j)
                if found and found.kind in kinds:
                    return found
                opener = self.opening(j) if found is None or found.kind == "person" else None
                if opener is not None and opener.kind in kinds and institution(opener.source) and (
                        head in opener.source.lower() or opener.kind in _HEAD_KINDS.get(head, ())):
                    return opener  # "South Korea's NIS told lawmakers ..., according to Seo Min-jun. The agency believes"
            for j in range(i - 1, max(-1, i - 1 - self.LOOK_BACK), -1):  # named in passing, never cited
                found = _mentioned(self.sentences[j], kinds)
                if found is not None:
                    return found  # "... based on a statement issued by Ukraine's military intelligence agency, HUR. The agency said"
            return None
        paper = _PAPER_POINTER.search(self.sentences[i]) if not head and not wanted else None
        for j in range(i - 1, max(-1, i - 1 - self.LOOK_BACK * (2 if head == "official" or paper else 1)), -1):
            found = self.at(j)
            if paper is not None and found is not None and found.kind == "person" and _PERSONAL_NAME.fullmatch(found.source):
                first = first or found  # "Speaking at the report's presentation, the director said ... According to the
                continue  # report": the body whose report it is, cited before him, if one was
            if found is None and PERSONS_CLAIM.match(self.sentences[j]):
                return None  # "His last paper put ... It argued": the paper of a person not placed, not an older body
            if found and head == "official" and "official" not in found.source.lower():
                first = first or found  # "a second official": one of the officials cited before, if any were
            elif found and wanted == "person" and found.conduit and kind_of(found.conduit) == "person":
                return Attribution(found.conduit, "", "person", "")  # "X said the figures showed ... she added": her
            elif found and (kinds is None or found.kind in kinds):
                return found
        return first


_PAPER_POINTER: Final = re.compile(r"\b(?:[Tt]he|[Tt]his|[Ii]ts|[Ll]ast\s+year[’']s)\s+(?:[a-z-]+\s+){0,2}?(report|study|assessment|"
                                   r"survey|review|analysis|paper)\b")
"""A paper pointed back at ("the report", "last year's report"): a body's, even if a person presented it."""
_UNNAMED_CREDIT: Final = re.compile(rf"\baccording\s+to\s+(?:an?|one)\s+(?:[\w-]+\s+){{0,3}}?(?P<head>{INSTITUTION_HEADS}|"
                                    rf"think[ -]tank)\.?$")
_NAME_DESCRIBED: Final = re.compile(rf"(?P<name>[A-Z][\w&’'.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&’'.-]*)+)(?:\s+\([A-Z]+\))?,\s+"
                                    rf"(?:an?|the)\s+(?:[\w-]+\s+){{0,4}}?(?P<head>{INSTITUTION_HEADS}|think[ -]tank)\b")
"""A name with what it is: "Harbourline Intelligence, a Hong Kong-based firm"."""
_PAPERS_POINTER: Final = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:same\s+|leaked\s+|internal\s+)?(documents|files|papers|"
                                    r"spreadsheets|records)\b")
"""Papers pointed back at ("the documents", "the same documents"): the body whose papers the article said they are."""
_PAPERS_OF: Final = re.compile(r"(?P<owner>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)+)(?:\s+[a-z-]+){0,2}\s+(?:documents|files|papers|"
                               r"spreadsheets|records)\b|\b(?:documents|files|papers|spreadsheets|records)\s+(?:from|of)\s+"
                               r"(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,3}(?:of\s+(?:the|a|an)\s+)?"
                               r"(?P<holder>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)+)")


def _papers_owner(sentence: str) -> Attribution | None:
    """The body whose papers a sentence names: "internal Defence Ministry payment documents", "a set of spreadsheets
    from the finance department of a Defense Ministry military unit".

    >>> _papers_owner("Polynya has obtained spreadsheets from the finance department of a Defense Ministry unit.").source
    'Defense Ministry'
    >>> _papers_owner("The documents were passed to us by a source.") is None
    True
    """
    for m in _PAPERS_OF.finditer(sentence):
        found = _named_body(m.group("owner") or m.group("holder"))
        if found is not None and found.kind != "person":
            return found
    return None


_PERSONAL_NAME: Final = re.compile(r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}")  # "Ivars Daugulis"; not "US officials"
_AGED_SPEAKER: Final = re.compile(r"\b(?:said|says|told|tells|added|adds)\s+the\s+\d{1,3}-year-old\b|\bThe\s+\d{1,3}-year-old"
                                  r"(?:\s+[a-z-]+){0,2}\s+(?:said|says|told|tells|added|adds)\b")
_SUBORDINATE_SPOKESMAN: Final = re.compile(r"\b(?:when|as|after|where|while)\s+an?\s+(?:[a-z-]+\s+)?spokes(?:man|woman|person)\b")
_HE_SHE: Final = re.compile(r"(?:^|\W)(?:[Hh]e|[Ss]he)\s+(?:\w+\s+)?(?:said|says|added|adds|told|tells|noted|notes|wrote|writes|"
                            r"estimated|estimates|calculated|calculates|reckoned|reckons|argued|argues|believes|thinks|"
                            r"counted|counts|puts|claimed|claims|concluded|concludes|points\s+out|pointed\s+out)\b")
"""A person's pointer: "she writes", "he calculates", "Her central claim is"."""
_SPOKESPERSON: Final = re.compile(r"\b[Aa]n?\s+(?:[a-z-]+\s+)?spokes(?:man|woman|person)\b(?!\s+(?:for|of)\b)")
_IT_SAID: Final = re.compile(r"\b(?:that|which)\s+(?:it|they)\s+(?:said|says|claimed|claims|estimated|estimates|believes|believed)\b|"
                             r",\s+its\s+(?:press\s+(?:service|office)|spokes(?:man|woman|person))\s+said\b")


_IT_SAYS: Final = re.compile(r"(?:It|They)\s+(?:also\s+)?(?:said|says|estimated|estimates|reported|reports|found|finds|counted|"
                             r"counts|concluded|concludes)\b")


def _mentioned_kind(sentence: str) -> str:
    """What a pointer that may mean a body named without a credit asks for: 'person' for "he said", 'body' for
    "a spokesman said", 'own' for a pointer inside the sentence's own clause ("when a spokesman said", "that it
    said"), which means the body the sentence opens with; '' for any other pointer."""
    if (("he " in sentence or "He " in sentence) and _HE_SHE.search(sentence)) or PERSONS_CLAIM.match(sentence) or (
            "-year-old" in sentence and _AGED_SPEAKER.search(sentence)):
        return "person"
    if "spokes" in sentence and _SPOKESPERSON.search(sentence):
        return "own" if _SUBORDINATE_SPOKESMAN.search(sentence) else "body"
    if " it " in sentence or " they " in sentence or " its " in sentence:
        return "own" if _IT_SAID.search(sentence) else ""
    if sentence.startswith(("It ", "They ")) and _IT_SAYS.match(sentence):
        return "body"  # "The MSMT publishes its third report. It says Russia delivered 1.1 million barrels"
    return ""


_SHORT_NAMES: Final = {"Team", "Panel", "Committee", "Council", "Commission", "Centre", "Center", "Institute", "Bureau",
                       "Directorate", "Mission", "Monitor", "Observatory", "Headquarters", "Administration"}


@lru_cache(maxsize=64)
def _full_name_pattern(head: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:[A-Z][\w’'-]*\s+(?:(?:of|for|on|the|and)\s+)*){{1,6}}{head}\b")


def _mentioned(sentence: str, kinds: set[str]) -> Attribution | None:
    """The last listed body of one of ``kinds`` that a sentence names, cited or not.

    >>> _mentioned("It was based on a statement by Ukraine's military intelligence agency, HUR.", {"intelligence"}).source
    'Defence Intelligence of Ukraine (HUR)'
    """
    for m in reversed(list(_NAME_OR_ACRONYM.finditer(sentence))):
        if known(m.group(0)) and _IN_PASSING.search(sentence, max(0, m.start() - 40), m.start()):
            source, kind, country = canonical(m.group(0))
            if kind in kinds:
                return Attribution(source, "", kind, country)
    return None


_IN_PASSING: Final = re.compile(rf"(?:\b(?:by|from)\s+(?:the\s+)?|\b(?:{INSTITUTION_HEADS}),\s+)$")
"""How a body is named in passing: as the agent ("issued by HUR") or after its description ("intelligence agency, HUR")."""
_NAME_OR_ACRONYM: Final = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w’'-]*)*")


_COUNTRY_NAMED: Final = re.compile(r"\b(?:North\s+Korea|South\s+Korea|United\s+States|Ukraine|Kyiv|Russia|Moscow|Kremlin|"
                                   r"Pyongyang|Seoul|Japan|Tokyo|China|Beijing|Washington|Britain|UK|London|Poland|Warsaw|"
                                   r"Germany|Berlin|France|Paris)\b")
"""A country or its capital named in a sentence, which bodies.country_of places: "Moscow ... its defence ministry"."""
_TOLD_LAWMAKERS: Final = re.compile(r"\b(?:[Ll]awmakers\s+(?:were\s+told|said|say)|according\s+to\s+(?:the\s+)?lawmakers)\b")
_BRIEFED: Final = re.compile(r"\bbrief(?:ed|ing)\b|\btold\s+(?:a\s+)?(?:[a-z-]+\s+)?(?:lawmakers|legislators|parliament|MPs)\b")
_MINISTER: Final = re.compile(r"\b(?P<dept>(?:[A-Z][a-z]+\s+){1,2})Minister\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})")


def _minister_of(sentence: str, person: Attribution) -> Attribution | None:
    """The ministry of a minister credited in the sentence, by the title the sentence gives him.

    >>> _minister_of("Defense Minister Koichi Tanabe said so.", Attribution("Koichi Tanabe", "", "person", "")).source
    'Defense Ministry'
    """
    if person.kind != "person":
        return None
    for m in _MINISTER.finditer(sentence):
        dept = m.group("dept").split()
        if m.group("name").endswith(person.source.split()[-1]) and dept[0] not in ("Prime", "Deputy", "Vice", "First"):
            source, kind, country = canonical(" ".join(dept[-1:]) + " Ministry")
            return Attribution(source, "", kind, country or person.country)
    return None


def _named_body(name: str) -> Attribution | None:
    """The body a full name means, when it is a name of several words ("Multilateral Sanctions Monitoring Team")."""
    source, kind, country = canonical(name)
    return Attribution(source, "", kind, country) if " " in source else None


def _called(head: str, found: Attribution, sentence: str) -> bool:
    """Whether the body a sentence credits is the one a pointer's head noun means.

    >>> nis = Attribution("National Intelligence Service", "", "intelligence", "South Korea")
    >>> _called("source", nis, "It sent 2.8 million shells, three sources familiar with the assessments told Redfern.")
    True
    >>> gov = Attribution("Sergei Malykhin", "", "person", "")
    >>> _called("governor", gov, "Primorye Governor Sergei Malykhin said."), _called("minister", gov, "Malykhin said.")
    (True, False)
    """
    low = sentence.lower()
    return bool(
        head in found.source.lower() or f"a {head} " in low or f"{head}s at " in low or f"{head}s from " in low
        or (f" {head} " in low and re.search(rf"\ban?\s+[\w-]+(?:\s+[\w-]+)?\s+{head}\b", low))  # "The firm's analysis"
        # after "X, a Virginia-based firm"; "the researchers found" after "by researchers at the X Center"
        or (f"{head}s " in low and re.search(rf"\b(?:{_FEW})\s+(?:[\w-]+\s+)?{head}s\b", low))  # "three sources ..."
        or (head in _ROLES and f"the {head}s " in low)  # "the sources said", itself resolved
        or (head in _TITLES and found.kind == "person" and re.search(rf"(?i:{head}),?\s+[A-Z]", sentence)))  # "Governor X"


_TITLES: Final = frozenset(("minister", "governor", "mayor", "ambassador", "envoy", "director", "commander", "officer"))
"""Roles that are titles before a name: "the governor noted" means "Governor Sergei Malykhin", cited before."""
_FEW: Final = "two|three|four|five|six|several|multiple|\\d{1,2}"
"""Counts before a plural role that a pointer may mean: "three sources familiar with ..." for "the sources said"."""
_PLAIN_HEADS: Final = {"official", "firm", "company", "group", "monitor"}  # "the firm": the last body cited, whatever its name

_QUOTE_MARK: Final = re.compile(r'[“”"]')
_POINTER_KINDS: Final = {"think tank": {"think tank"}, "think-tank": {"think tank"}, "institute": {"think tank"},
                         "agency": {"intelligence", "government", "military", "media"}, "ministry": {"government", "military"},
                         "service": {"intelligence", "government"}, "outlet": {"media"}, "newspaper": {"media"},
                         "broadcaster": {"media"}, "administration": {"government"}, "council": {"government"},
                         "command": {"military"}, "brigade": {"military"}, "regiment": {"military"},
                         "alliance": {"international body"}, "bloc": {"international body"}}


def _pointer_head(sentence: str) -> str:
    """The head noun of a pointer in the sentence ("the think tank estimated" -> "think tank"), or ''.

    A pointer governed by a preposition is where or to whom something was said, not who said it:
    "In written testimony submitted to the committee, he said" points at him, not at the committee.

    >>> _pointer_head("The think tank estimated 300."), _pointer_head("In testimony to the committee, he said 80%.")
    ('think tank', '')
    >>> _pointer_head("According to the ministry, 300 died."), _pointer_head("In a letter to the panel, the ministry said")
    ('ministry', 'ministry')
    """
    m = _POINTER_HEAD.search(sentence)
    while m is not None and _GOVERNED.search(sentence, 0, m.start()) and \
            sentence[max(0, m.start() - 13):m.start()].lower() != "according to ":
        m = _POINTER_HEAD.search(sentence, m.end())
    aside = sentence.rfind(", wh", 0, m.start()) if m is not None else -1
    if m is not None and aside >= 0 and "," not in sentence[aside + 1:m.start()]:
        # "The document, which the newspaper says was presented ..., estimates": the aside's pointer does not speak
        after = sentence.find(",", m.end())
        m = _POINTER_HEAD.search(sentence, after) if after > 0 else None
    if m is None or m.group(0).lower().endswith(("press service", "press office")):
        return ""  # "the press service said": whoever's press service was cited last, whatever its name
    return m.group(1).lower()


_GOVERNED: Final = re.compile(r"\b(?:to|with|from|for|before|about|against|into|at|on)\s+$")
"""A preposition just before a pointer: the pointer is an object ("to the committee"), not a speaker."""
_ROLES: Final = frozenset(ROLE_POINTERS.split("|"))
_HEAD_KINDS: Final = {"agency": ("intelligence", "media"), "service": ("intelligence",)}
"""Bodies a head noun may mean without bearing it: "the agency" after the NIS; "the ministry" needs a Ministry."""
_POINTER_HEAD: Final = re.compile(r"\b(?:[Tt]he|[Aa]|[Aa]nother)\s+(?:(?:[a-z-]+|[A-Z][\w.]*-[a-z]+)\s+)?"
                                  rf"({INSTITUTION_HEADS}|official|team|panel|{ROLE_POINTERS})s?\b")


class _People(dict):
    """The article's people by surname, read from the text only when a bare surname is cited."""

    def __init__(self, text: str):
        super().__init__()
        self.text, self.read = text, False

    def get(self, key, default=None):  # type: ignore[override]
        if not self.read:
            self.update(people_named(self.text))
            self.read = True
        return super().get(key, default)


class _LazyPrevious:
    """Stands for 'the body cited just before' and is only looked up if a pointer asks for it."""

    def __init__(self, citations: _Citations, i: int):
        self.citations, self.i = citations, i

    def resolve(self) -> Attribution | None:
        return self.citations.before(self.i)


def _one(path: Path, catalog: dict[str, dict[str, str]] | None, keep_text: bool,
         rows_as: Callable[[list[dict]], Any] | None = None) -> tuple[dict, Any] | tuple[str, str]:
    """Load one file and find its figures; a bad file comes back as (file, reason).

    So does a file the extractor fails on: one article of unforeseen shape must not stop a corpus.
    """
    try:
        article = load_article(path, catalog)
        when, where = published(article)
        if when and not article.get("date"):
            article = {**article, "date": when.isoformat(), "date_source": where}
        rows = article_figures(article, when)
    except BadInput as e:
        return e.file, e.reason
    except Exception as e:  # noqa: BLE001 - reported per file, like bad input, instead of ending the run
        return str(path), (f"the extractor failed on it ({type(e).__name__}: {e}); this is a bug, not your file: "
                           "please report it with the file attached")
    if not keep_text:
        article = {**article, "text": None}
    return article, rows if rows_as is None else rows_as(rows)


def _one_packed(job: tuple) -> tuple[dict, Any] | tuple[str, str]:
    return _one(*job)


def iter_corpus(paths: Sequence[str | Path], catalog: Path | None = None, workers: int = 1,
                keep_text: bool = True, rows_as: Callable[[list[dict]], Any] | None = None
                ) -> Iterator[tuple[dict, Any] | BadInput]:
    """Stream (article, its figure rows) or the BadInput of a file that could not be read, in file order.

    With ``workers`` > 1 the files are shared among that many processes (results keep the
    file order); ``keep_text=False`` leaves the text out of the article to save memory;
    ``rows_as`` (a module-level function, e.g. ``schema.csv_lines``) turns the rows into what the
    caller writes, in the worker.
    """
    catalog_rows, files = iter_inputs(paths, catalog)
    if workers > 1:
        results = _parallel(files, (catalog_rows, keep_text, rows_as), workers)
    else:
        results = (f if isinstance(f, BadInput) else _one(f, catalog_rows, keep_text, rows_as) for f in files)
    for result in results:
        if isinstance(result, BadInput):
            yield result
        elif isinstance(result[0], str):
            yield BadInput(result[0], str(result[1]))
        else:
            yield result  # type: ignore[misc]


def _parallel(files: Iterator[Path | BadInput], options: tuple, workers: int) -> Iterator:
    """Run ``_one`` over files in a process pool, a few files per task, in order."""
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with context.Pool(workers, initializer=_quiet_gc) as pool:
        batch: list[Path | BadInput] = []
        pending = []
        for f in files:
            batch.append(f)
            if len(batch) == 256:
                pending.append(_submit(pool, batch, options))
                batch = []
                if len(pending) > 2:  # bounded: memory follows the output, not the corpus
                    yield from pending.pop(0)
        if batch:
            pending.append(_submit(pool, batch, options))
        for chunk in pending:
            yield from chunk


def _quiet_gc() -> None:
    """Collect garbage less often in a worker: extraction allocates many short-lived objects and
    makes almost no reference cycles, so the default thresholds cost about 3% for nothing."""
    gc.set_threshold(50_000, 20, 20)


def _submit(pool, batch: list, options: tuple) -> Iterator:
    """Start a batch now and return an iterator over its results in order (bad paths pass through)."""
    jobs = [(f, *options) for f in batch if not isinstance(f, BadInput)]
    started = pool.imap(_one_packed, jobs, chunksize=64)

    def ordered() -> Iterator:
        for f in batch:
            yield f if isinstance(f, BadInput) else next(started)
    return ordered()
