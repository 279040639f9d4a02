"""As of when: the date or period a figure refers to, resolved against publication.

Why not dateparser: measured here with dateparser 1.5.0 (RELATIVE_BASE 2025-04-10,
PREFER_DATES_FROM past), it resolves "in February", "last year" and "yesterday" in 1-2 ms
each but returns None for "as at March", "since October 2024", "as of early January" and
"last May" after 8-14 ms each (and 1.6 s to load its languages on first use).  News uses a
small set of forms, so a few regular expressions find them (this module resolves each of
those seven in under 0.15 ms, all correctly) and ``dateutil.relativedelta`` does the
calendar arithmetic.  The result keeps the precision the text gives: "2024", "2025-03",
"2025-03-18".

Which expression a figure takes: one marked "as at / as of / by the end of" first; then
the one nearest the figure in the claim itself; then a date of the statement ("In
January, X announced that ..."); a comparison base ("a 12-fold jump from 2023") never.
"since October 2024" and "over the past eight months" describe a period that ends when
the article is published, so they resolve to the publication date.
"""

from __future__ import annotations

import re
from typing import Final, final
from functools import lru_cache
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from analysis.numbers import ValueRecord

MONTHS: Final = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS: Final = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}

# (?=[...]): the first letters of the alternatives after it, so that a word that begins none of them fails at once
# instead of being tried against each (the case-blind literals are not skipped by their first character).
_M: Final = r"(?=[adfjmnos])(?P<M_>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_PATTERNS: list[tuple[str, str]] = [
    ("iso", r"\b(?P<Y_>(?:19|20)\d\d)-(?P<N_>\d\d)-(?P<D_>\d\d)\b"),
    ("day_month_year", rf"\b(?P<D_>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_M}\s*,?\s+(?P<Y_>(?:19|20)\d\d)\b"),
    ("month_day_year", rf"\b{_M}\s+(?P<D_>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<Y_>(?:19|20)\d\d)\b"),
    ("month_year", rf"\b{_M}\s+(?:of\s+)?(?P<Y_>(?:19|20)\d\d)\b"),
    ("month_day", rf"\b{_M}\s+(?P<D_>\d{{1,2}})(?![,.]\d{{3}})(?:st|nd|rd|th)?\b(?![,\s]+\d{{4}})"),  # not "March 2,000"
    ("day_month", rf"\b(?P<D_>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_M}\b(?![,\s]+\d{{4}})"),
    ("last_month_name", rf"\blast\s+{_M}\b"),
    ("month", rf"\b(?:in|as\s+at|as\s+of|by|since|until|through|during|from|early|late|mid-?|end\s+of|beginning\s+of|start\s+of)\s+(?:early\s+|late\s+|mid-?)?{_M}\b(?!\s+\d)"),
    ("year", r"(?<![\d,.$])\b(?P<Y_>(?:19|20)\d\d)\b(?![,.]\d|\s*(?:troops|soldiers|people|workers|barrels|tonnes|tons))"),
    ("relative", r"\b(?=[aloty])(?P<R_>yesterday|today|last\s+year|this\s+year|last\s+month|this\s+month|last\s+week|this\s+week|"
                 r"a\s+year\s+ago|(?:on|last)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"),
    ("period_to_date", r"\b(?:since|over\s+the\s+(?:past|last)|in\s+the\s+(?:past|last)|during\s+the\s+(?:past|last))\b"),
]
def _compile(patterns: list[tuple[str, str]]) -> re.Pattern[str]:
    """One pattern of named alternatives; each alternative's groups are prefixed by its kind."""
    return re.compile(r"(?<!\w)(?:" + "|".join(
        f"(?P<{kind}>{pattern})".replace("(?P<M_>", f"(?P<{kind}_m>").replace("(?P<Y_>", f"(?P<{kind}_y>")
        .replace("(?P<D_>", f"(?P<{kind}_d>").replace("(?P<N_>", f"(?P<{kind}_n>").replace("(?P<R_>", f"(?P<{kind}_r>")
        for kind, pattern in patterns) + ")", re.IGNORECASE)


TIME_RE: Final = _compile(_PATTERNS)
_FULL_DATE: Final = _compile(_PATTERNS[:3])
_LEAD: Final = re.compile(r"(?:in|as\s+at|as\s+of|by|since|until|through|during|from|early|late|mid-?|end\s+of|beginning\s+of|"
                          r"start\s+of)\s+(?:early\s+|late\s+|mid-?)?", re.IGNORECASE)
_UNTIL: Final = re.compile(r"\buntil\s+$", re.IGNORECASE)
_DATE_WORDS: Final = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "day", "today",
                      "last", "this", "since", "past", "ago")
"""Every time expression holds one of these (weekdays end in "day") or a year."""
_OPENING: Final = frozenset("(“\"‘[—–")
_LEADS: Final = frozenset("in as by since until through during from early late mid mid- end beginning start last this on over a".split())
_AFTER_LEAD: Final = frozenset("year years month week the past last at of early late mid mid- ago".split())
_TIME_FIRST: Final = frozenset(
    [m[:3] for m in MONTHS] + list(MONTHS) + list(WEEKDAYS)
    + "in as by since until through during from early late mid mid- end beginning start last this on over yesterday today a"
    .split()
)
"""Words (or three-letter month prefixes) that may open a time expression."""
_HEADS: Final = frozenset(w[:3] for w in _TIME_FIRST | set(
    "in as by since until through during from early late mid mid- end beginning start last this on over a".split()))
_SINCE: Final = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
_MARKED: Final = re.compile(r"(?:as\s+(?:at|of)|by\s+(?:the\s+)?(?:end|start|beginning)\s+of|at\s+the\s+end\s+of|by)\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
_COMPARISON: Final = re.compile(r"(?:jump|rise|increase|up|down|fall|drop|surge|growth|compared\s+(?:with|to)|than|versus|vs\.?)\s+(?:from|in|with|to)?\s*(?:the\s+)?$", re.IGNORECASE)
_COMPARED: Final = ("jump", "rise", "increase", "up", "down", "fall", "drop", "surge", "growth", "with", "to", "than", "versus",
                    "vs", "vs.")
"""How the word ends that _COMPARISON needs among the last three before an expression ("a jump from the")."""
_REPORTING: Final = re.compile(r"\b(?:said|says|estimated|estimates|revealed|reported|announced|stated|claimed|confirmed|told|stating|saying|assessed|noted|showed|found)\b[^.]*?\bthat\b")


@final
class TimeExpression(ValueRecord):
    """A time expression in a sentence and what it resolves to ('' when it cannot be).

    Immutable and compared by value like a frozen dataclass, but a plain class with a typed ``__init__``,
    which compiled builds one far faster than a dataclass's generated one (numbers.ValueRecord says more).

    >>> TimeExpression(3, 8, "March", "2025-03", True)
    TimeExpression(start=3, end=8, text='March', iso='2025-03', marked=True, period=False)
    """

    NAMES = ("start", "end", "text", "iso", "marked", "period")
    start: Final[int]
    end: Final[int]
    text: Final[str]
    iso: Final[str]
    marked: Final[bool]
    period: Final[bool]  # "since ...", "over the past ...": a period that runs to publication

    def __init__(self, start: int, end: int, text: str, iso: str, marked: bool, period: bool = False) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.iso = iso
        self.marked = marked
        self.period = period



_GROUPS: Final = {kind: [(name[-1], name) for name in TIME_RE.groupindex if name[:-2] == kind] for kind, _ in _PATTERNS}
"""Each kind's own groups, as (letter, name): a match reads only these, not a dict of every group of every kind."""


def _resolve(kind: str, m: re.Match[str], published: date | None) -> str:
    g = {letter: v for letter, name in _GROUPS[kind] if (v := m.group(name))}
    month = MONTHS[g["m"].lower().rstrip(".")] if "m" in g else 0  # the patterns admit only known month names
    if kind == "iso":
        return f"{g['y']}-{g['n']}-{int(g['d']):02d}"
    if kind in ("day_month_year", "month_day_year"):
        return f"{g['y']}-{month:02d}-{int(g['d']):02d}"
    if kind == "month_year":
        return f"{g['y']}-{month:02d}"
    if kind == "year":
        return g["y"]
    if published is None:
        return ""
    if kind in ("month_day", "day_month"):
        day = int(g["d"])
        year = published.year if (month, day) <= (published.month, published.day) else published.year - 1
        return f"{year}-{month:02d}-{day:02d}"
    if kind == "month":
        year = published.year if month <= published.month else published.year - 1
        return f"{year}-{month:02d}"
    if kind == "last_month_name":
        year = published.year if month < published.month else published.year - 1
        return f"{year}-{month:02d}"
    if kind == "period_to_date":
        return published.isoformat()
    return _relative(" ".join(g["r"].lower().split()), published)


def _relative(rel: str, published: date) -> str:
    """ "last year" -> '2024' for an article of 2025; weekdays go back to the latest such day."""
    if rel == "yesterday":
        return (published - timedelta(days=1)).isoformat()
    if rel == "today":
        return published.isoformat()
    if rel in ("last year", "a year ago"):
        return str(published.year - 1)
    if rel == "this year":
        return str(published.year)
    if rel == "last month":
        return (published - relativedelta(months=1)).strftime("%Y-%m")
    if rel == "this month":
        return published.strftime("%Y-%m")
    if rel in ("last week", "this week"):
        return (published - timedelta(days=7 if rel == "last week" else 0)).isoformat()
    day = WEEKDAYS[rel.split()[-1]]
    back = (published.weekday() - day) % 7 or (7 if rel.startswith("last") else 0)
    return (published - timedelta(days=back)).isoformat()


@lru_cache(maxsize=8)  # every figure of a sentence asks for the same list (small: not a cache across articles)
def time_expressions(sentence: str, published: date | None) -> list[TimeExpression]:
    """The time expressions of a sentence, resolved.

    >>> [(t.text, t.iso, t.marked) for t in time_expressions("5,000 casualties as at March", date(2025, 4, 10))]
    [('March', '2025-03', True)]
    >>> [t.iso for t in time_expressions("last year, in February and on March 18", date(2025, 4, 10))]
    ['2024', '2025-02', '2025-03-18']
    """
    out: list[TimeExpression] = []
    if not _may_date(sentence):
        return out
    for m in _matches(sentence):
        kind = _kind(m)
        iso = _resolve(kind, m, published)
        text = m.group(0)
        start = m.start()
        lead = _LEAD.match(text) if kind == "month" else None
        if lead:
            start, text = start + lead.end(), text[lead.end():]
        before = sentence[max(0, start - 40):start]  # what precedes an expression is read nearby only
        # The patterns below end where the expression starts, each with one of a few words: a test of the last
        # words of ``before`` skips them where they cannot match (unless the window is not ASCII, where case-blind
        # matching also takes 'ſ' for 's' and 'ı' for 'i').
        tail = [w.lower() for w in before.split()[-3:]]
        plain = before.isascii()
        low = before.lower() if plain else ""
        marked = any(w.endswith(("at", "of", "by")) for w in tail[-2:]) and bool(_MARKED.search(before))
        if kind != "period_to_date" and (((not plain or "since" in low) and _SINCE.search(before))
                                         or text.lower().startswith("since")):
            # "since August 2023": the claim runs to publication
            kind, iso = "period_to_date", published.isoformat() if published else ""
        if kind in ("year", "month") and (not plain or "until" in low) and _UNTIL.search(before):
            continue
        if (not plain or any(w.endswith(_COMPARED) for w in tail)) and _COMPARISON.search(before):
            continue
        out.append(TimeExpression(start, start + len(text), text, iso, marked, kind == "period_to_date"))
    return out


def _kind(m: re.Match[str]) -> str:
    """Which kind of expression a match of TIME_RE or _FULL_DATE is: the alternative's own group, which closes
    after the groups inside it and so is the match's last group.

    >>> _kind(TIME_RE.match("March 18, 2025")), _kind(TIME_RE.match("last year"))
    ('month_day_year', 'relative')
    """
    return m.lastgroup or ""


def _may_date(sentence: str) -> bool:
    """A cheap test that a sentence without any time expression fails: no year, month, weekday
    or relative word.  (Digits alone do not count: the figure itself is written in them.)

    >>> _may_date("Pyongyang sent 11,000 troops, officials said."), _may_date("It sent 300 last March.")
    (False, True)
    """
    for prefix in ("19", "20"):  # a year (19xx, 20xx, anywhere), found with string searches, not a slow pattern
        at = sentence.find(prefix)
        while at >= 0:
            digits = sentence[at + 2:at + 4]
            if len(digits) == 2 and digits.isdecimal():
                return True
            at = sentence.find(prefix, at + 1)
    low = sentence.lower()
    return any(word in low for word in _DATE_WORDS)


def _matches(sentence: str) -> list[re.Match[str]]:
    """TIME_RE's matches, left to right, tried only at words that can begin a time expression.

    Searching the whole sentence with the pattern is slow; a word that is not a digit, a month,
    a preposition or a relative word ("last", "yesterday") cannot start one.
    """
    found: list[re.Match[str]] = []
    end, pos = 0, 0
    words = sentence.lower().split(" ")
    for i, word in enumerate(words):
        start, pos = pos, pos + len(word) + 1
        if start < end or not word:
            continue
        if word[:3] not in _HEADS and not (word[0].isdigit() or word[0] in _OPENING):
            continue  # most words: one slice and one set lookup
        if word[0] in _OPENING:
            stripped = word.lstrip("(“\"‘[—–")
            start, word = start + len(word) - len(stripped), stripped
        bare = word.rstrip(".,;:")
        if bare in _LEADS:  # "in", "on", "a", "this" ...: only worth a try before a date word
            following = words[i + 1].strip("(“\"‘”’)],.;:") if i + 1 < len(words) else ""
            if not (following[:1].isdigit() or following[:3] in _TIME_FIRST or following in _TIME_FIRST
                    or following in _AFTER_LEAD):
                continue
        elif not (word[:1].isdigit() or word[:3] in _TIME_FIRST or bare in _TIME_FIRST):
            continue
        m = TIME_RE.match(sentence, start)
        if m:
            found.append(m)
            end = m.end()
    return found


def as_of(sentence: str, position: int, published: date | None, periods: bool = True) -> str:
    """The as-of date of the figure at ``position`` in ``sentence`` ('' if unknown).

    ``periods=False`` ignores "since ..." and "over the past ...", for a caller that knows a
    better date (a sentence that continues the previous claim).

    >>> d = date(2025, 4, 10)
    >>> as_of("The MoD estimated on March 28 that 5,000 were lost as at March.", 40, d)
    '2025-03'
    >>> s = "In January, Zelensky announced that Ukraine had taken two soldiers."
    >>> as_of(s, s.index("two"), d)
    '2025-01'
    >>> s = "More than 13,000 entered Russia last year, a 12-fold jump from 2023."
    >>> as_of(s, s.index("12-fold"), d)
    '2024'
    """
    found = [t for t in time_expressions(sentence, published) if t.iso]
    specific = [t for t in found if not t.period]
    if not specific:  # "since October 2024": as of publication (unless the caller has better)
        return found[0].iso if found and periods else ""
    if len(specific) == 1:
        return specific[0].iso  # the common case: nothing to choose between
    found = specific
    marked = [t for t in found if t.marked]
    if marked:
        return min(marked, key=lambda t: abs(t.start - position)).iso
    claim = _REPORTING.search(sentence[:position])
    claim_start = claim.end() if claim else 0
    in_claim = [t for t in found if t.start >= claim_start]
    pool = in_claim or found
    return min(pool, key=lambda t: abs(t.start - position)).iso


def _years(text: str) -> list[int]:
    """Where four-digit years 19xx and 20xx stand alone, found with string searches (twice as fast as a pattern).

    >>> _years("In 2025, 12025 and 1999; 200 and 20255 are not.")
    [3, 19]
    """
    found = []
    for prefix in ("19", "20"):
        at = text.find(prefix)
        while at >= 0:
            if text[at + 2:at + 4].isdecimal() and len(text[at + 2:at + 4]) == 2 and not text[at + 4:at + 5].isdecimal() \
                    and not (at and text[at - 1].isdecimal()):
                found.append(at)
            at = text.find(prefix, at + 1)
    return sorted(found)


def latest_date(text: str) -> date | None:
    """The latest full date a text mentions: a floor for an undated article's publication.

    Only the text around each four-digit year is read, which keeps this cheap on long texts.

    >>> latest_date("Talks on Friday, 28 February 2025 ended; Kim visited in September 2023.")
    datetime.date(2025, 2, 28)
    """
    best = None
    for at in _years(text):
        lo = max(0, at - 20)
        window = text[lo:at + 10]
        for m in _FULL_DATE.finditer(window):
            if not m.start() <= at - lo < m.end():
                continue  # only the date this year belongs to
            try:
                d = date.fromisoformat(_resolve(_kind(m), m, None))
            except ValueError:
                continue
            best = d if best is None or d > best else best
    return best
