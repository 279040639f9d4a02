"""Extract: run the stages over articles one at a time, without pandas.

Each file is loaded and cleaned (``load``), its sentences read for figures (``figures``),
who is credited (``attribute`` for a sentence's own words, ``citations`` across sentences) and as of when (``asof``).  Rows are plain dicts; ``frame``
turns them into DataFrames.  Nothing here imports pandas, so a process pool can start
working before the slow import of pandas is done, and memory follows the output, not the corpus.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import date
import gc
import re
from functools import lru_cache
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from analysis.asof import as_of, latest_date
from analysis.attribute import STATED_BY, Attribution, new_article
from analysis.owners import clauses, owner_after, owner_of, relative_credit
from analysis.sentences import split_sentences
from analysis.bodies import COUNTRY_NAMES, canonical, country_of, kind_of, known
from analysis.citations import TOLD_LAWMAKERS, Citations, credit_restatements
from analysis.figures import _ANAPHOR, figures_in_sentence
from analysis.load import BadInput, iter_inputs, load_article
from analysis.turns import forwarded_posts, may_be_transcript
from analysis.numbers import anchors as number_anchors


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
    leads = list_leads([s for _, s in sentences]) if ":\n" in text or _LABELLED_RUN.search(text) else {}
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
    citations = Citations(sentences, text)
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
        if cited is None and "awmakers" in sentence and TOLD_LAWMAKERS.search(sentence):
            cited = citations.briefer(i)  # "..., lawmakers were told": by whoever the article said briefed them
        if cited is None and i > 0:
            cited = _carried(i, sentence, continues, bool(figures[i - 1]), credited, citations, len(found) == 1)
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
        if cited is None and ":\n" in text:
            cited = citations.spoken_after_colon(i)  # "The Foreign Secretary said:" and the paragraphs under it
        if cited is None and "(@" in text:
            cited = citations.signed_below(i)  # a post on X and, under it, "— Kyiv Watch (@kyivwatch) May 19, 2026"
        if cited is None and forwarded is None:
            forwarded = forwarded_posts(sentences, text, citations.people)
        if cited is None and forwarded:
            cited = forwarded.get(i)  # "🔁 Forwarded from HUR" and the post under it
        if i in leads:  # every item of a list or table is dated by its lead, unless it names its own date
            previous_as_of, continues = as_of(sentences[leads[i]][1], 0, when), True
        credited[i] = cited
        parts = clauses(sentence)
        own_before = relative_credit(sentence, citations.people) if cited is not None and (
            ", wh" in sentence or ", according" in sentence) else None
        closed = citations.closes_at(i) if cited is not None and ", wh" in sentence else None  # a quotation's end
        capped = any(w in sentence for w in _CAP_WORDS)  # once a sentence: whether its figures may be caps
        for f in found:
            if len(parts) > 1:  # "Kyiv says 4,000, while Seoul puts the figure at 3,000": each clause its own
                a, b = next((a, b) for a, b in parts if a <= f.start - offset < b or b == len(sentence))
                cited = citations.in_clause(i, a, b) or citations.credit(i) or cited
            key = (f.value, f.unit, f.metric, f.qualifier, sentence)  # cleaned text has single spaces
            if key in seen:
                continue  # the same claim repeated word for word counts once
            seen.add(key)
            credit = owner_of(sentence, f.start - offset, citations.people) or owner_after(
                sentence, f.start - offset, f.end - offset, citations.people) or (
                None if (own_before is not None and f.start - offset < own_before) or (
                    closed is not None and _WHOSE_CLAUSE.search(sentence, closed, max(closed, f.start - offset)))
                else cited)  # "the NIS's estimate of 300"; the speaker described past the close of their quotation
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


_WHOSE_CLAUSE: Final = re.compile(r",\s+(?:whose|which)\b")
"""A relative clause after a quotation's tag describes what is the speaker's in the writer's words: "..., said the
29-year-old, whose unit flies from a farmhouse just eight miles from the front"; the speaker's own life stays theirs
("said Moroz, 67, who has lived on Shkilna Street for 45 years")."""


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
    >>> _same_outlet("ukrainian", "ukrainian air force")
    False
    """
    if key == name:
        return True
    short, long = (key, name) if len(key) < len(name) else (name, key)
    if " " not in short and (len(short) < 6 or short in COUNTRY_NAMES or country_of(short)):
        return False  # "post" is not "vistula post"; "ukraine" is not "ukraine today"; the "Ukrainian News Agency" is
        # not the "Ukrainian Air Force"
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


_LABELLED_NUMBER: Final = re.compile(r"[A-Z][\w ’'-]{1,40}[:;]\s+[~≈]?\d[\d,.]*")
_HEADING: Final = re.compile(r"[A-Z][^.:;!?]{5,90}")
_LABELLED_RUN: Final = re.compile(r"\n[A-Z][\w ’'-]{1,40}[:;] [~≈]?\d[\d,.]*\n[A-Z][\w ’'-]{1,40}[:;] [~≈]?\d")
"""Two "label: number" lines in a row: a table printed as text, which the heading above it leads."""
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
             citations: Citations, alone: bool = False) -> Attribution | None:
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
    elif counted_before and (citations.same_paragraph(i) or (alone and _PARTITIVE.match(sentence))) and \
            _part_of_previous(sentence, citations.sentences[i - 1]):
        carried = credited.get(i - 1)  # "..., the Air Force said. Air defences downed 352 of the drones"; a line whose one
        # figure is the part it opens with ("Five of the injured are in serious condition") after the line that counted them
    elif counted_before and citations.same_paragraph(i) and " also " in sentence[:60] and _ALSO.match(sentence) and \
            not _OWN_VOICE.search(sentence):
        carried = credited.get(i - 1)  # "..., the General Staff said. Ukrainian defenders also destroyed 11,904 tanks": the
        # same account goes on
    elif counted_before and "ed to " in sentence and _echoed_passive(sentence, citations.sentences[i - 1]):
        carried = credited.get(i - 1)  # "Defence Intelligence assesses that ... Around 12,000 are assessed to be in
        # Russia": the passive of the verb the body just used goes on with its assessment
    elif counted_before and citations.same_paragraph(i) and _HEDGED_OPENING.match(sentence) and \
            not _OWN_VOICE.search(sentence) and _SPOKEN.search(citations.sentences[i - 1]):
        carried = citations.at(i - 1)  # "..., the official said. About 1 in 10 rounds now fails to fire": a count
        # that opens the next sentence goes on with what the source just said
    elif _OF_THEM.match(sentence) and citations.same_paragraph(i):
        carried = citations.credit(i - 1)  # "The new troops differ, the NIS said. A third of them are gunners"
    elif citations.same_paragraph(i) and _FRAMED.match(citations.sentences[i - 1]) and not _OWN_VOICE.search(sentence) \
            and not any(w in sentence for w in _CAP_WORDS):
        carried = citations.credit(i - 1)  # "According to the Joint Staff, destroyers photographed the transfers at 11
        # locations. Nine North Korean-flagged vessels were involved": a paragraph framed by its source goes on with it
    else:
        return None
    return None if carried is None or _OWN_TAG.search(sentence) else carried


_HEDGED_OPENING: Final = re.compile(r"(?:About|Around|Roughly|Some|Most|More\s+than|Nearly|Almost|Up\s+to|Fewer\s+than|"
                                    r"Less\s+than)\s+\d")
_SPOKEN: Final = re.compile(r"\b(?:said|says|told|tells|added|adds|estimated|estimates|puts|put|recorded|believes|assessed|"
                            r"assesses)\b|\baccording\s+to\b")
"""A sentence that reports what its source says, which a hedged count opening the next sentence may go on with."""
_PASSIVE_JUDGEMENT: Final = re.compile(r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+|now\s+)?"
                                       r"(?P<stem>assess|estimat|judg|believ)ed\s+to\b")


def _echoed_passive(sentence: str, previous: str) -> bool:
    """Whether a sentence hedges in the passive with the verb the sentence before used actively, so that it goes on
    with that body's judgement rather than the writer's.

    >>> _echoed_passive("Around 12,000 are assessed to be in Russia.", "Defence Intelligence assesses that 9 million shells were sent.")
    True
    >>> _echoed_passive("Around 12,000 are believed to be in Russia.", "Defence Intelligence assesses that 9 million shells were sent.")
    False
    >>> _echoed_passive("It is believed to build 250 a year.", "The JCS said 17 were fired, which officials believe were sent.")
    False
    >>> _echoed_passive("The war is estimated to cost $200 billion.", "The General Staff estimates that 900,000 died.")
    False
    """
    m = _PASSIVE_JUDGEMENT.search(sentence)
    if m is None or not any(c.isdigit() for c in sentence[:m.start()]):
        return False  # the count is the passive's subject ("Around 12,000 are assessed to be"), not "The war is estimated to cost $200bn"
    return re.search(rf"\b{m.group('stem')}(?:es|s|e|ed)\s+that\b", previous) is not None


_FRAMED: Final = re.compile(r"\W*(?:\d[\d.]*\s+)?(?:(?:But|And|Yet)\s+)?[Aa]ccording\s+to\b")
"""A sentence that opens with its source ("According to X, ..."): what follows in its paragraph is told on X's word."""
_OWN_VOICE: Final = re.compile(r"\b(?:[Ww]e|[Oo]ur|I|[Mm]y)\b|\b(?:is|are|was|were|be|been)\s+(?:widely\s+)?(?:believed|estimated|"
                               r"said|thought|understood|reported|expected)\s+to\b|\b(?:would|could|might)\b")
"""What the writer says in their own voice or hedges without a source: not a framed source's account."""


_ALSO: Final = re.compile(r"(?:[A-Z][\w’'-]*\s+){1,2}(?:defenders|forces|troops|units|soldiers|gunners|air\s+defen[cs]es?|"
                          r"drone\s+operators|sappers)\s+(?:have\s+|had\s+)?also\s+[a-z]+ed\b")
"""A sentence whose subject, a side's own forces, "also" did something: the account of the sentence before goes on
("Ukrainian defenders also destroyed 11,904 tanks" after the General Staff's toll; not "Putin also signed a decree")."""
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

    A table printed as "label: number" rows is led by the heading above it:

    >>> list_leads(["Confirmed deaths by category, as of July 10, 2026", "Prisoners: 31,904", "Mobilised: 19,115", "Next."])
    {1: 0, 2: 0}
    """
    leads: dict[int, int] = {}
    lead = -1
    for i, sentence in enumerate(sentences):
        if lead >= 0 and (_ITEM.match(sentence) or (len(sentence) < 120 and any(c.isdigit() for c in sentence) and (
                sentence.endswith(";") or (i - 1 in leads and sentences[i - 1].endswith(";")
                                           and not _ITEM.match(sentences[i - 1]))))):
            leads[i] = lead
        elif i > 0 and _LABELLED_NUMBER.fullmatch(sentence) and (
                i - 1 in leads and _LABELLED_NUMBER.fullmatch(sentences[i - 1]) or _HEADING.fullmatch(sentences[i - 1])):
            lead = leads.get(i - 1, i - 1)  # "Confirmed deaths by category, as of July 10, 2026" then "Mobilised: 19,115"
            leads[i] = lead
        else:
            lead = i if sentence.endswith(":") else -1
    counted = Counter(leads.values())
    return {i: j for i, j in leads.items() if sentences[j].endswith(":") or counted[j] > 1}  # a heading leads a table: two rows


def _as_of(f, when: date | None, continues: bool, previous: str) -> str:
    """As-of of a figure; a sentence that continues the previous claim keeps its date unless it names its own."""
    own = as_of(f.sentence, f.start - f.sentence_start, when, periods=not continues)
    if own or not continues:
        return own
    return previous or as_of(f.sentence, f.start - f.sentence_start, when)


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
