"""Owners: whose claim one number is, when the sentence says so apart from whoever it credits as a whole.

"a doubling from the NIS's January estimate of 300, lawmakers said": the 300 is the NIS's; "the 11 soldiers
Ukraine says it holds": Ukraine's; "about 16% of its income, which the Bank of Korea put at KRW 42.7trn": the
16% is the writer's own. ``clauses`` splits a sentence where a second speaker's clause begins ("Kyiv says 4,000,
while Seoul puts it at 3,000"), so that ``extract`` can credit each clause its own.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from analysis.attribute import ESTIMATE_WORDS, Attribution, attribute, cited_body


_OWNER_ESTIMATE: Final = re.compile(
    r"(?P<owner>(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w.&’'-]*){0,5})(?:[’']s?|(?P<modifier>(?<=[A-Z])))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:estimate|count|tally|figure|assessment|calculation|projection|reckoning)s?(?:,[^,]{1,30},)?\s+"
    r"(?:of|at|was|is|stood\s+at|put\s+at)\s+(?:[a-z]+\s+){0,3}[“\"]?$")


def relative_credit(sentence: str, people: Mapping[str, str] | None = None) -> int | None:
    """Where a relative clause that credits a body starts, when the clause before it credits nobody: the figures
    before it are the writer's own ("about 16% of the North's income, which the Bank of Korea put at KRW 42.7trn").

    >>> s = "That is about 16% of its income, which the Bank of Korea put at KRW 42.7trn."
    >>> relative_credit(s) == s.index(", which")
    True
    >>> relative_credit("HUR says 14,300 came on study visas, which the NIS says are used to send workers.") is None
    True
    >>> s = "It adds to a payment of 400,000 and a salary that, according to the Defence Ministry's adverts, starts at 210,000."
    >>> relative_credit(s) == s.index(" that,")
    True
    """
    m = _RELATIVE_START.search(sentence)
    if m is None or attribute(sentence[:m.start()], None, people) is not None:
        return None
    return m.start() if attribute(sentence[m.start():].lstrip(" ,"), None, people) is not None else None


_RELATIVE_START: Final = re.compile(r",\s+(?:which|whom)\s+(?:the\s+)?[A-Z]|\s(?:that|which),\s+according\s+to\s")
"""A relative clause with its own credit: ", which the Bank of Korea put at", "a salary that, according to X, starts at"."""


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
    >>> s = "The NIS figure, as I understand it, is about 7,000 killed or wounded."  # an acronym as the subject's modifier
    >>> owner_of(s, s.index("about")).source
    'National Intelligence Service'
    """
    if start == 0 or sentence[start - 1] not in " “\"":
        return None
    near = sentence[max(0, start - 45):start]
    if not any(word in near for word in ESTIMATE_WORDS):
        return None  # cheap: the pattern is slow to search for before every number
    m = _OWNER_ESTIMATE.search(sentence, max(0, start - 120), start)
    if m is not None and m.group("modifier") is not None and sentence[:m.start()].strip()[-1:] not in ("", ":"):
        return None  # "told the Courant that the NATO estimate of 35,000 was credible": the speaker's judgement
    found = cited_body(m.group("owner"), people) if m else None
    if found is not None and m is not None and m.group("modifier") is not None and found.kind in ("person", "other"):
        return None  # "Correction: The HIMARS count was 12 launchers": a weapon's name, not a body's
    return found


_OWNER_AFTER: Final = re.compile(
    r"\s+(?:(?:North\s+|South\s+)?[A-Z][a-z]+(?:ans|ese|ns)\s+)?(?:that\s+)?"  # "the 600 Russians Estonia says": Estonia
    r"(?P<owner>(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+(?:of\s+)?[A-Z][\w.&’'-]*){0,4})\s+"
    r"(?:says|said|claims|claimed|estimates|estimated|believes|reckons|thinks|counts|counted)\s+(?!that\b|[,.;])")


def owner_after(sentence: str, start: int, end: int, people: Mapping[str, str] | None = None) -> Attribution | None:
    """The body whose claim a described number is, named in a clause right after it: "the 11 North Korean
    soldiers Ukraine says it holds", "the roughly 21,000 men Seoul says the North has sent".

    >>> s = "Against the roughly 21,000 men Seoul says the North has sent, that is a tiny number."
    >>> owner_after(s, s.index("roughly"), s.index(" Seoul")).source
    'South Korea'
    >>> s = "It sent 300 shells Monday, Kyiv says."
    >>> owner_after(s, s.index("300"), s.index(" Monday")) is None
    True
    """
    if not sentence.startswith("the ", max(0, start - 4)) or not any(
            w in sentence[end:end + 60] for w in (" say", " said", " claim", " estimate", " believe", " reckon", " think",
                                                   " count")):
        return None  # cheap: the number must be the head of a definite phrase ("the 11 soldiers")
    m = _OWNER_AFTER.match(sentence, end)
    return cited_body(m.group("owner"), people) if m else None


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
