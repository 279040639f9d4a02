"""Numbers as news writes them, and the bounds their wording implies.

This stage knows nothing of what a number counts; ``figures`` decides that.  It finds
quantities ("more than 5,000", "a dozen", "between 11,000 and 12,000", "$20 billion",
"40 percent", "12-fold", "thousands") and turns each into value, low, high and qualifier
with one table, ``QUANTIFIERS``, so every hedge is documented in one place.
Number words go through text2num (``text_to_num``), the well-kept parser for them.
"""

from __future__ import annotations

import re
from typing import ClassVar, Final, cast, final
from functools import lru_cache

from text_to_num import text2num

from analysis.lexicon import word_trie

# --- the quantifier table ----------------------------------------------------------------
# One row per hedge: (words before the number, qualifier, which bound the number gives).
# "low" means the number is a lower bound, "high" an upper bound, None no bound.
QUANTIFIERS: list[tuple[str, str, str | None]] = [
    ("more than|over|above|in excess of|upwards of|upward of|exceeding|well over|just over|north of|greater than", "more_than", "low"),
    ("at least|no fewer than|no less than|not less than|a minimum of|minimum of", "at_least", "low"),
    ("less than|fewer than|under|below|just under|short of|shy of", "less_than", "high"),
    ("nearly|almost|close to|approaching|just shy of", "at_most", "high"),
    ("up to|as many as|as much as|as high as|at most|no more than|not more than|a maximum of|as little as|as few as", "at_most", "high"),
    ("about|around|approximately|roughly|some|an estimated|estimated|approx\\.?|circa|an approximate|nearly about|"
     "something like|on the order of|in the region of|more or less|give or take", "approx", None),
]
"""Hedge words -> (qualifier, bound).  "nearly 6,000" -> high 6000; "more than 5,000" -> low 5000."""

POST_QUANTIFIERS: list[tuple[str, str, str | None]] = [
    ("or more|and more|or above|and above|and up|or over|plus", "at_least", "low"),
    ("or so|or thereabouts", "approx", None),
    ("or less|or fewer|or under|at most", "at_most", "high"),
]
"""Hedge words *after* the number, same meaning: "140 or so" -> approx; "a kilometre or more" -> low 1."""
_POST_LOOKUP: Final = {w: (q, b) for words, q, b in POST_QUANTIFIERS for w in words.split("|")}
_POST_RE: Final = word_trie([w for row in POST_QUANTIFIERS for w in row[0].split("|")]).replace("\\ ", r"\s+")

_HEDGE_LOOKUP: dict[str, tuple[str, str | None]] = {}
for _words, _qualifier, _bound in QUANTIFIERS:
    for _w in _words.split("|"):
        _HEDGE_LOOKUP[_w.replace("\\.?", "").replace("\\", "")] = (_qualifier, _bound)
_HEDGE_WORDS: Final = [w for row in QUANTIFIERS for w in row[0].split("|")]
_HEDGE_RE: Final = "|".join([word_trie([w for w in _HEDGE_WORDS if "\\" not in w]).replace("\\ ", r"\s+")]  # grouped: tried fast
                            + [w for w in _HEDGE_WORDS if "\\" in w])

# Vague amounts bound a number from below by their base: "thousands" -> low 1000.
VAGUE: dict[str, float] = {
    "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "tens of thousands": 10_000,
    "hundreds of thousands": 100_000, "millions": 1_000_000, "tens of millions": 10_000_000,
    "hundreds of millions": 100_000_000, "billions": 1_000_000_000,
}
SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
    "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12, "k": 1e3, "lakh": 1e5, "crore": 1e7, "mln": 1e6, "bln": 1e9, "trln": 1e12,
}
FRACTIONS: dict[str, float] = {
    "half": 0.5, "a half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "one-third": 1 / 3,
    "two thirds": 2 / 3, "two-thirds": 2 / 3, "a quarter": 0.25, "one quarter": 0.25, "one-quarter": 0.25,
    "three quarters": 0.75, "three-quarters": 0.75, "a fifth": 0.2, "one fifth": 0.2, "a tenth": 0.1,
}
CURRENCIES: dict[str, str] = {
    "us$": "USD", "$": "USD", "usd": "USD", "dollars": "USD", "dollar": "USD", "€": "EUR", "eur": "EUR",
    "euros": "EUR", "euro": "EUR", "£": "GBP", "gbp": "GBP", "pounds": "GBP", "₩": "KRW", "won": "KRW",
    "krw": "KRW", "₽": "RUB", "roubles": "RUB", "rubles": "RUB", "rub": "RUB", "yuan": "CNY", "¥": "JPY", "yen": "JPY",
    "$us": "USD", "a$": "AUD", "au$": "AUD", "aud": "AUD", "c$": "CAD", "s$": "SGD", "hk$": "HKD", "nz$": "NZD",
    "₹": "INR", "rs": "INR", "rs.": "INR", "inr": "INR", "rupees": "INR", "jpy": "JPY", "cny": "CNY", "rmb": "CNY",
    "uah": "UAH", "₴": "UAH", "hryvnias": "UAH", "hryvnia": "UAH", "zloty": "PLN", "zlotys": "PLN", "złoty": "PLN",
    "pln": "PLN", "zł": "PLN", "rouble": "RUB", "ruble": "RUB", "rupee": "INR",
}

_UNITS: Final = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS: Final = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_WORD: Final = rf"(?:(?:{_TENS})(?:-(?:{_UNITS}))?|{_UNITS}|a\s+dozen|dozen|a(?=\s+(?:hundred|thousand|million|billion|kilomet(?:er|re)|mile)\b))"
_WORD_NUMBER: Final = rf"{_WORD}(?:[\s-]+(?:and\s+)?(?:{_WORD}|hundred|thousand|million|billion))*"
_NOT_A_DAY: Final = "".join(rf"(?<!(?:{'|'.join(months)})[ ])" for months in (  # [ ]: the patterns are verbose
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), ("June", "July", "Sept", "Jan.", "Feb.",
     "Mar.", "Apr.", "Aug.", "Oct.", "Nov.", "Dec."), ("March", "April", "Sept."), ("August",), ("January", "October"),
    ("February", "November", "December"), ("September",)))
_SPACED: Final = rf"(?=\d{{1,3}}[ \u00a0\u202f]\d{{3}}(?!\d)){_NOT_A_DAY}\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?=\s+[^\W\d_])(?!\s+(?:mm|cm)\b)"
"""Thousands grouped by spaces, as translated Russian and European copy writes them ("3 960 passengers", "90 000 to
120 000 rubles"); only before a word, so that table columns ("Total 23 984"), phone numbers and a count of calibres
("180 170 mm guns") stay apart, and not after a month ("March 5 300 drones" is a day and a count)."""
_DIGITS: Final = rf"{_SPACED}|\d{{1,2}}(?:,\d\d)+,\d{{3}}(?:\.\d+)?|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?"
"""Digits as written: "1,250,000", Indian grouping by lakhs and crores ("1,00,000", "5,00,000"), "3.5", "3 960"."""
_SCALE: Final = r"hundred|thousand|million|billion|trillion|mn|bn|tn|trn|mln|bln|trln|lakhs?|crores?"
_CUR_PRE: Final = r"(?:US\$|\$US|A\$|AU\$|C\$|S\$|HK\$|NZ\$|\$|€|£|₩|₽|¥|₹|₴)\s?|(?:USD|EUR|GBP|KRW|AUD|INR|JPY|CNY|RUB|RMB|Rmb|UAH|PLN|zł)\s?|Rs\.?\s?"
_CUR_POST: Final = r"dollars|euros|euro|pounds|won|roubles|rubles|yuan|yen|rupees|hryvnias|hryvnia|zlotys|zloty|złoty|zł"
_VAGUE: Final = "|".join(sorted((v.replace(" ", r"\s+") for v in VAGUE), key=len, reverse=True))
_FRACTION: Final = "|".join(sorted((re.escape(f).replace("\\ ", r"[\s-]+") for f in FRACTIONS), key=len, reverse=True))  # "one-fifth"


def _initials(words: str) -> str:
    """A lookahead for the letters that the alternatives ``words`` ("two|three|a\\s+dozen") begin with.

    Put before an alternation it fails at once where none can match: the engine would otherwise try each
    alternative in turn (case-blind literals are not skipped by their first character).

    >>> _initials("two|Three|a\\\\s+dozen")
    '(?=[at])'
    """
    first = {w[0].lower() for w in words.split("|")}
    assert first <= set("abcdefghijklmnopqrstuvwxyz"), first  # letters only: a class of them is as case-blind as they are
    return "(?=[" + "".join(sorted(first)) + "])"


# A single amount: currency, digits or words, scale ("$20 billion", "11,000", "two", "1.5m").
_NAT: Final = r"North\s+Korean|South\s+Korean|Russian|Ukrainian|Chinese|Japanese"
_AMOUNT: Final = (
    rf"(?:(?=[$€£₩₽¥₹₴uacshnegkijrpz])(?P<@cur>{_CUR_PRE}))?"
    rf"(?P<@num>(?=\d)(?:{_DIGITS})|{_initials(f'{_TENS}|{_UNITS}|a|dozen')}(?:{_WORD_NUMBER})\b)"
    rf"(?:(?=\s*{_initials(_SCALE)[3:]}\s*(?P<@scale>{_SCALE})\b|(?<=\d)(?P<@abbr>[mbk]n?)\b)?"
    rf"(?:(?=\s+{_initials(_NAT + '|' + _CUR_POST)[3:]}\s+(?:(?P<@nat>{_NAT})\s+)?(?P<@curpost>{_CUR_POST})\b)?"
)

QUANTITY_RE: Final = re.compile(
    rf"""(?<![\w.,$€£₩₽¥-])
    (?:{_initials('|'.join(_HEDGE_WORDS))}(?P<hedge>{_HEDGE_RE})\s+|(?P<tilde>[~≈])\s?)?
    (?:
        (?=[abdefhmnoqst])  # the first letters of the six alternatives below
        (?:(?P<vague>(?:several|a\s+few|many)\s+(?:{_SCALE}|dozen)s?\b|{_VAGUE}\b)
      | (?P<frac>{_FRACTION})\b
      | (?P<foldword>(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred)fold)\b
      | (?P<times>double|doubled|doubling|twice|triple|tripled|tripling|quadruple|quadrupled)(?=\s+(?:the|what|that|its|their|his|her|this|those|these|as)\b)
      | (?P<grew>doubled|tripled|quadrupled)(?=\s+(?:since|between|from|in|over|last|this|to|year|after|within)\b|[,.;])
      | every\s+(?P<everyord>second|third|fourth|fifth|tenth)(?=\s+(?-i:[a-z]))(?!\s+(?:day|week|month|year|time|night|
          morning|weekend)s?\b))
      | (?=[ot123])(?P<innum>one|two|three|1|2|3)[\s-]+(?:(?:North\s+Korean\s+|Russian\s+)?(?:(?!in\b|of\b)[a-z-]++\s+){{1,3}}?)?in[\s-]+
          (?:every\s+)?(?P<indenom>two|three|four|five|six|seven|eight|nine|ten|eleven|
          twelve|fifteen|twenty|fifty|a\s+hundred|
          (?!(?:19|20)\d\d\b)\d{{1,4}})\b(?![,.]\d)(?!\s*(?:[\w-]+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|
          attacks?|strikes?|raids?|places?|locations?|regions?|districts?|villages?|towns?|cities|incidents?|cases?|
          separate|different)\b)
      | (?=[bf])(?:between|from)\s+{_AMOUNT.replace('@', 'a')}(?P<apct>(?=\s*[%p])\s*(?:%|percent\b|per\s+cent\b))?\s+(?:and|to)\s+
          (?:(?:upwards?\s+of|more\s+than|over|about|around|nearly|almost)\s+)?{_AMOUNT.replace('@', 'b')}
          (?P<bpct>(?=\s*[%p])\s*(?:%|percent\b|per\s+cent\b))?
      | {_AMOUNT.replace('@', 'x')}(?:(?=\s*[-–to])\s*(?:-|–|to|or)\s*{_AMOUNT.replace('@', 'y')})?
        (?P<plus>\+)?(?:(?=\s+[oap])\s+(?P<post>{_POST_RE})\b)?(?P<pct>(?=\s*[%p])\s*(?:%|percent\b|per\s+cent\b))?(?P<fold>(?=[-f]|\s+t)(?:-?fold\b|(?:(?<=\.\d)|(?<=\.\d\d))\s+times\b(?!\s+(?:a|an|per|each|every)\b)|\s+times(?=\s+(?:the|what|that|those|these|its|
        their|as|more|higher|larger|greater|bigger|faster|over|above|than)\b)))?
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)


class ValueRecord:
    """Equality, hash and repr by the fields ``NAMES`` lists, as a frozen dataclass gives them, for the small records a
    stage builds by the thousand (``Quantity``, ``asof.TimeExpression``): their own typed ``__init__`` is what makes them
    fast when compiled; these methods are only for tests and reading."""

    NAMES: ClassVar[tuple[str, ...]] = ()

    def _fields(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.NAMES)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self._fields() == cast(ValueRecord, other)._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{n}={v!r}' for n, v in zip(self.NAMES, self._fields()))})"


@final
class Quantity(ValueRecord):
    """A number found in a sentence, with the bounds and qualifier its wording implies.

    Immutable and compared by value, as a frozen dataclass would be, but a plain class with a typed
    ``__init__``: compiled, that builds one in a few hundred instructions, where a frozen dataclass's
    generated ``__init__`` runs as Python (about 13,000 each).

    >>> Quantity(0, 5, "5,000", 5000.0, 5000.0, None, "more_than", "count")
    Quantity(start=0, end=5, text='5,000', value=5000.0, low=5000.0, high=None, qualifier='more_than', kind='count', currency=None)
    """

    NAMES = ("start", "end", "text", "value", "low", "high", "qualifier", "kind", "currency")
    start: Final[int]
    end: Final[int]
    text: Final[str]
    value: Final[float]
    low: Final[float | None]
    high: Final[float | None]
    qualifier: Final[str]
    kind: Final[str]  # count, money, percent, ratio, multiple
    currency: Final[str | None]

    def __init__(self, start: int, end: int, text: str, value: float, low: float | None, high: float | None,
                 qualifier: str, kind: str, currency: str | None = None) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.value = value
        self.low = low
        self.high = high
        self.qualifier = qualifier
        self.kind = kind
        self.currency = currency



@lru_cache(maxsize=4096)
def parse_number(text: str) -> float | None:
    """The value of digits or number words, or None.

    >>> parse_number("11,000"), parse_number("eleven thousand"), parse_number("a dozen"), parse_number("1.5"), parse_number("a")
    (11000.0, 11000.0, 12.0, 1.5, 1.0)
    >>> parse_number("3 960"), parse_number("120\u00a0000")
    (3960.0, 120000.0)
    """
    t = " ".join(text.lower().replace("-", " ").split())
    if not t:
        return None
    if t[0].isdigit():
        try:
            return float(t.replace(",", "").replace(" ", ""))  # "3 960": thousands grouped by spaces
        except ValueError:
            return None
    if t.endswith(" dozen") and t != "a dozen":  # "two dozen"
        base = parse_number(t[:-6])
        return base * 12 if base is not None else None
    if t == "a":  # "a kilometre or more"
        return 1.0
    t = t.replace("a dozen", "twelve").replace("dozen", "twelve")
    if t.startswith("a "):  # "a million", "a hundred"
        t = "one " + t[2:]
    try:
        return float(text2num(t, "en"))
    except ValueError:
        return None


def hedge(words: str | None) -> tuple[str, str | None]:
    """The qualifier and bound of a hedge from ``QUANTIFIERS``.

    >>> hedge("more than"), hedge("Nearly"), hedge(None)
    (('more_than', 'low'), ('at_most', 'high'), ('exact', None))
    """
    if not words:
        return "exact", None
    return _HEDGE_LOOKUP.get(" ".join(words.lower().split()).rstrip("."), ("exact", None))


def _amount(m: re.Match[str], p: str) -> tuple[float | None, str | None]:
    """Value and currency of one ``_AMOUNT`` group set (prefix ``p``)."""
    value = parse_number(m.group(f"{p}num"))
    if value is None:
        return None, None
    scale = (m.group(f"{p}scale") or m.group(f"{p}abbr") or "").lower()
    currency = m.group(f"{p}cur") or m.group(f"{p}curpost")
    # "5m" alone may be metres: kept here, it becomes a figure only if a counted noun follows ("5m rounds")
    value *= SCALES.get(scale) or SCALES.get(scale.rstrip("s"), 1.0)  # "3 crores"
    if currency and (m.group(f"{p}nat") or "").startswith("North"):
        return value, "KPW"  # "31,500 North Korean won"; plain "won" is South Korea's
    return value, CURRENCIES.get(currency.strip().lower()) if currency else None


def _bounds(value: float, qualifier: str, bound: str | None) -> tuple[float | None, float | None]:
    return (value if bound == "low" else None, value if bound == "high" else None)


def _from_match(m: re.Match[str]) -> Quantity | None:
    """Turn one ``QUANTITY_RE`` match into a Quantity (None when the words are not a number)."""
    qualifier, bound = hedge(m.group("hedge")) if not m.group("tilde") else ("approx", None)  # "~900" is about 900
    text = m.group(0)
    if m.group("vague"):
        words = " ".join(m.group("vague").lower().split())
        base = VAGUE.get(words)
        if base is None:  # "several hundred", "a few thousand", "many thousands"
            base = SCALES.get(words.split()[-1].rstrip("s"), 12.0)
        base = float(base)
        low = base if qualifier in ("exact", "more_than", "at_least", "approx") else None
        return Quantity(m.start(), m.end(), text, base, low, None if low else base, "vague", "count")
    if m.group("times"):
        value = {"do": 2.0, "tw": 2.0, "tr": 3.0, "qu": 4.0}[m.group("times").lower()[:2]]
        return Quantity(m.start(), m.end(), text, value, *_bounds(value, qualifier, bound), qualifier, "multiple")
    if m.group("grew"):  # "output roughly tripled between 2023 and 2025"
        value = {"do": 2.0, "tr": 3.0, "qu": 4.0}[m.group("grew").lower()[:2]]
        return Quantity(m.start(), m.end(), text, value, *_bounds(value, qualifier, bound), qualifier, "multiple")
    if m.group("everyord"):  # "every second shell fired at Ukrainian positions": a share
        value = 1 / {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "tenth": 10}[m.group("everyord").lower()]
        return Quantity(m.start(), m.end(), text, value, *_bounds(value, qualifier, bound), qualifier, "ratio")
    if m.group("foldword"):
        value = parse_number(m.group("foldword").lower()[:-4]) or 0.0
        return Quantity(m.start(), m.end(), text, value, *_bounds(value, qualifier, bound), qualifier, "multiple")
    if m.group("innum"):  # "one in five shells": a share
        num, denom = parse_number(m.group("innum")), parse_number(m.group("indenom"))
        if num is None or not denom or num >= denom:
            return None
        value = num / denom
        return Quantity(m.start(), m.end(), text, value, *_bounds(value, qualifier, bound), qualifier, "ratio")
    if m.group("frac"):
        value = FRACTIONS[" ".join(m.group("frac").lower().replace("-", " ").split())]
        low, high = _bounds(value, qualifier, bound)
        return Quantity(m.start(), m.end(), text, value, low, high, qualifier, "ratio")
    if m.group("anum"):
        a, cur = _amount(m, "a")
        b, cur_b = _amount(m, "b")
        if a is None or b is None:
            return None
        if _looks_like_year_span(m.group("anum"), m.group("bnum")):
            return None  # "between 2022 and 2024"
        a, b = _share_scale(a, b, m.group("ascale") or m.group("aabbr"))
        kind = "percent" if m.group("apct") or m.group("bpct") else "money" if cur or cur_b else "count"
        return Quantity(m.start(), m.end(), text, a, min(a, b), max(a, b), "range", kind, cur or cur_b)
    x, cur = _amount(m, "x")
    if x is None:
        return None
    kind = "money" if cur else "count"
    if m.group("pct"):
        kind = "percent"
    elif m.group("fold"):
        kind = "multiple"
    if m.group("ynum"):
        y, cur_y = _amount(m, "y")
        if y is not None and not _looks_like_year_span(m.group("xnum"), m.group("ynum")):
            x, y = _share_scale(x, y, m.group("xscale") or m.group("xabbr"))
            if y > x:  # "800 to 1,000 dollars": the currency after the second amount is the range's
                kind = "money" if kind == "count" and cur_y else kind
                return Quantity(m.start(), m.end(), text, x, x, y, "range", kind, cur or cur_y)
        return None if y is not None and _looks_like_year_span(m.group("xnum"), m.group("ynum")) else None
    if m.group("plus"):
        qualifier, bound = "at_least", "low"
    elif m.group("post") and qualifier == "exact":  # "140 or so", "11,000 or more"
        qualifier, bound = _POST_LOOKUP[" ".join(m.group("post").lower().split())]
    low, high = _bounds(x, qualifier, bound)
    return Quantity(m.start(), m.end(), text, x, low, high, qualifier, kind, cur)


def _share_scale(a: float, b: float, a_scale: str | None) -> tuple[float, float]:
    """In "11 or 12,000" and "$2 to 3 billion" one scale serves both numbers.

    >>> _share_scale(11, 12000, None), _share_scale(2e9, 3e9, "billion")
    ((11000.0, 12000), (2000000000.0, 3000000000.0))
    """
    if not a_scale and 0 < a < b:
        for factor in (1e3, 1e6, 1e9):
            if a * factor <= b * 1.5 and a * factor * 10 > b and b >= factor:
                return a * factor, b
    return a, b


def _looks_like_year_span(x: str, y: str) -> bool:
    """ "2022-2024" and "2023 to 2025" are spans of years, not ranges of counts."""
    return all(re.fullmatch(r"(19|20)\d\d", s) for s in (x, y))


_DIGITS_RUN: Final = re.compile(r"\d[\d,.]*")
TRIGGERS: Final = frozenset(
    (_UNITS + "|" + _TENS + "|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|"
     "half|third|thirds|quarter|quarters|fifth|tenth|scores|tens|several|twofold|threefold|fourfold|fivefold|"
     "sixfold|sevenfold|eightfold|ninefold|tenfold|twelvefold|twentyfold|hundredfold|double|doubled|doubling|twice|"
     "triple|tripled|tripling|quadruple|quadrupled").split("|")
)
"""Words that may begin or make a number."""
_EVERY_NTH: Final = ("second ", "third ", "fourth ", "fifth ", "tenth ")
_A_UNITS: Final = frozenset(("kilometer", "kilometre", "mile"))
"""Units counted by the article before them: "missed by a kilometre"."""
# Prefixes that every trigger begins with, as few as possible ("tw" for two, twelve, twenty and twice), yet
# rare at the start of other words: each is searched once over the text, and a hit at the start of a word
# has the whole word looked up in TRIGGERS ("twitter" and "military" cost a lookup each).
_STEMS: Final = ("one", "tw", "three", "four", "forty", "five", "six", "sev", "eight", "nine", "ten", "eleven", "thir",
                 "fif", "hundred", "thousand", "mil", "billion", "dozen", "half", "quarter", "scores", "doubl", "tripl",
                 "quadrupl", "kilomet", "every")  # "a kilometre": the number is the article before it


_STEMS_B: Final = tuple(stem.encode() for stem in _STEMS)
_TRIGGERS_B: Final = frozenset(word.encode() for word in TRIGGERS)
_A_UNITS_B: Final = frozenset(word.encode() for word in _A_UNITS)
_EVERY_NTH_B: Final = tuple(word.encode() for word in _EVERY_NTH)
_RUN_B: Final = b"0123456789,."
_WIDE_DIGIT_LEADS: Final = b"\xd9\xdb\xdf\xe0\xe1\xea\xef\xf0"
"""The first byte of the UTF-8 form of every decimal digit beyond ASCII (Arabic-Indic, Devanagari, fullwidth ...)."""


def anchors(text: str) -> list[int]:
    """Where numbers may start: digit runs and number words, found with string operations, not patterns.

    Lower-casing a text and searching it for digit runs with a pattern cost as much as all the searches
    for number words, so a text is read as bytes, one per character (latin-1, '?' for the rest): bytes
    lower-case at C speed and the ten digits are found with byte searches.  That reads every text the
    same as ``_anchors_unicode`` except one with a digit beyond ASCII, an 'İ' (two characters in lower
    case) or a Kelvin sign (a 'k' in lower case), which goes to it.

    >>> anchors("Over a dozen tankers made 43 trips, often, in seventeen or seventy days.")
    [7, 26, 46, 59]
    >>> anchors("It missed by a kilometre, not kilometres.")
    [13]
    >>> anchors("“Über” 2.5 or ٣ and 1,200.")
    [7, 14, 20]
    """
    if "\u0130" in text or "\u212a" in text:
        return _anchors_unicode(text)
    if not text.isascii():
        data = text.encode("utf-8", "surrogatepass")
        for lead in _WIDE_DIGIT_LEADS:
            if lead in data:
                return _anchors_unicode(text)
    low = text.encode("latin-1", "replace").lower()
    n = len(low)
    digits = []
    for digit in b"0123456789":
        at = low.find(digit)
        while at >= 0:
            digits.append(at)
            at = low.find(digit, at + 1)
    digits.sort()
    starts = []
    end = 0
    for at in digits:  # a run of digits, commas and points starts at its first digit (the pattern \d[\d,.]*)
        if at >= end:
            starts.append(at)
            end = at + 1
            while end < n and low[end] in _RUN_B:
                end += 1
    for stem in _STEMS_B:
        at = low.find(stem)
        while at >= 0:
            end = at + len(stem)
            if not (at and _alpha(text, low, at - 1)):  # every trigger word begins with its stem
                while end < n and _alpha(text, low, end):
                    end += 1
                word = low[at:end]
                if word == b"every":
                    if low.startswith(_EVERY_NTH_B, end + 1):
                        starts.append(at)  # "every second shell": a share
                elif word in _A_UNITS_B:
                    if low[at - 2:at] == b"a " and (at == 2 or not _alpha(text, low, at - 3)):
                        starts.append(at - 2)  # "a kilometre": the article is the number
                elif word in _TRIGGERS_B:
                    starts.append(at)
            at = low.find(stem, end)
    return sorted(starts)


def _alpha(text: str, low: bytes, i: int) -> bool:
    """Whether character ``i`` is a letter: an ASCII one from its byte, any other from the text itself."""
    c = low[i]
    return text[i].isalpha() if c > 127 or c == 63 else 97 <= c <= 122


def _anchors_unicode(text: str) -> list[int]:
    """``anchors`` with the text read as characters: for the few texts whose bytes would not do."""
    starts = [m.start() for m in _DIGITS_RUN.finditer(text)]
    low = text.lower()
    n = len(low)
    for stem in _STEMS:  # substring tests run at C speed; a pattern over the whole text would not
        at = low.find(stem)
        while at >= 0:
            end = at + len(stem)
            if not (at and low[at - 1].isalpha()):  # every trigger word begins with its stem
                while end < n and low[end].isalpha():
                    end += 1
                if low[at:end] == "every":
                    if low.startswith(_EVERY_NTH, end + 1):
                        starts.append(at)  # "every second shell": a share
                elif low[at:end] in _A_UNITS:
                    if low[at - 2:at] == "a " and (at == 2 or not low[at - 3].isalpha()):
                        starts.append(at - 2)  # "a kilometre": the article is the number
                elif low[at:end] in TRIGGERS:
                    starts.append(at)
            at = low.find(stem, end)
    return sorted(starts)


def find_quantities(sentence: str, starts: list[int] | None = None) -> list[Quantity]:
    """Every quantity in a sentence, left to right.

    >>> [(q.value, q.low, q.high, q.qualifier) for q in find_quantities("more than 5,000 casualties and nearly half")]
    [(5000.0, 5000.0, None, 'more_than'), (0.5, None, 0.5, 'at_most')]
    >>> [(q.value, q.kind, q.currency) for q in find_quantities("More than $20 billion")]
    [(20000000000.0, 'money', 'USD')]
    """
    found: list[Quantity] = []
    last_end = -1
    if starts is None:
        starts = anchors(sentence)
    for start in starts:  # try the pattern only where a number (or its hedge) may begin
        if start < last_end:
            continue
        for pos in _starts_before(sentence, start):
            if pos < last_end:
                continue
            m = QUANTITY_RE.match(sentence, pos)
            if m and m.end() > start:
                q = _from_match(m)
                if q is not None:
                    found.append(q)
                last_end = m.end()  # a span of years ("2023 to 2025") is used up too, not re-read as two numbers
                break
    return found


def _starts_before(sentence: str, start: int, words: int = 4) -> list[int]:
    """Starts of the few words before ``start`` (furthest first), then of the word holding it.

    Only words that can open a hedge or a range are kept: the pattern is tried at each start.

    >>> s = "with no fewer than 300 dead"
    >>> [s[i:i + 5] for i in _starts_before(s, s.index("300"))]
    ['no fe', 'fewer', '300 d']
    """
    own = sentence.rfind(" ", 0, start) + 1
    starts = [_skip_open(sentence, own)]
    if starts[0] != start:
        starts.append(start)
    at = own - 1
    for _ in range(words):
        if at <= 0:
            break
        prev = sentence.rfind(" ", 0, at) + 1
        opened = _skip_open(sentence, prev)
        if sentence[opened:at].lower().rstrip(".,") in _OPENERS:
            starts.insert(0, opened)
        at = prev - 1
    return starts


_OPENERS: Final = frozenset(
    [w.split()[0].replace("\\.?", "").replace("\\", "") for row in QUANTIFIERS for w in row[0].split("|")]
    + ["between", "from", "several", "a", "many", "tens", "hundreds", "us$", "$", "€", "£", "₩", "usd", "eur", "gbp",
       "rs", "₹", "inr", "aud", "a$", "au$", "rub", "rmb", "cny", "jpy", "krw", "uah", "₴", "pln", "zł"]
)
"""First words of hedges and ranges ("no" of "no fewer than"): the only words a quantity starts at before its number."""


def _skip_open(sentence: str, pos: int) -> int:
    """Past opening brackets and quotes: '(about 1,000)' starts at 'about'."""
    while pos < len(sentence) and sentence[pos] in "(“\"‘'[—–":
        pos += 1
    return pos
