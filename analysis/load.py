"""Load and clean: article files in, one dict of clean body text and metadata out.

Scraped news comes wrapped in site furniture (paywalls, share widgets, "more
stories" lists, navigation crumbs, repeated previews).  The figures stage reads
every number it is given, so anything that is not the article body must go
here -- but by *kind* of boilerplate, never by one site's wording.  A bad file
never stops a run: it becomes a ``BadInput`` that says what is wrong and how to
fix it.
"""

from __future__ import annotations

import csv
import io
import os
import re
from typing import Final
import stat
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain, islice
from pathlib import Path

from analysis.lexicon import NOUNS
from analysis.markup import html_to_text, join_indented_paragraphs, strip_markdown, tables
from analysis.numbers import SCALES
from analysis.metadata import (BULLET, FROM_PUBLISHER_LINE, FROM_PUBLISHER_WORDS, TERMINAL, copyright_holder, html_metadata,
                               infer_metadata, is_byline, is_iso_date, is_prose, words)
from analysis.schema import ARTICLE_COLUMNS

ARTICLE_SUFFIXES: Final = (".txt", ".md", ".markdown", ".html", ".htm")
MAX_BYTES = 20 * 1024 * 1024  # larger files are skipped as 'too large'
CATALOG_NAME: Final = "catalog.csv"
CATALOG_FIELDS: Final = ("publisher", "url", "published", "title")


class BadInput(Exception):
    """A file that cannot be read as an article; str() is '<file>: <reason>' and names how to fix it.

    >>> str(BadInput("a.txt", "empty file; remove it"))
    'a.txt: empty file; remove it'
    """

    def __init__(self, file: str, reason: str):
        super().__init__(f"{file}: {reason}")
        self.file = str(file)
        self.reason = reason


# --------------------------------------------------------------------------- files


def _missing(path: Path) -> BadInput:
    if path.is_symlink():
        return BadInput(str(path), "dangling symlink (its target does not exist); fix or remove the link")
    return BadInput(str(path), "no such file or folder; check the path")


def iter_files(paths: Sequence[str | Path]) -> Iterator[Path | BadInput]:
    """Files named one by one (any suffix) or found in folders recursively (ARTICLE_SUFFIXES only), sorted, de-duplicated.

    A path that does not exist, or a dangling symlink, is yielded as BadInput (not raised):
    one bad path must not hide the others.  Hidden files and folders are skipped.
    """
    found: dict[str, Path | BadInput] = {}
    for given in map(Path, paths):
        if not given.exists():
            found.setdefault(str(given), _missing(given))
        elif given.is_dir():
            for p, link in _walk(str(given)):
                if link:  # only a link needs resolving to tell a duplicate or a dangling target
                    found.setdefault(os.path.realpath(p), Path(p)) if os.path.isfile(p) else \
                        found.setdefault(p, _missing(Path(p)))
                else:
                    found.setdefault(os.path.abspath(p), Path(p))
        else:
            found.setdefault(str(given.resolve()), given)
    yield from sorted(found.values(), key=lambda x: x.file if isinstance(x, BadInput) else str(x))


def _walk(folder: str) -> Iterator[tuple[str, bool]]:
    """(path, is a symlink) of the article files under a folder; hidden files and folders are skipped.

    os.scandir reads each folder once and knows each entry's type: much cheaper than
    pathlib's rglob with a stat per file on a corpus of thousands of articles.
    """
    with os.scandir(folder) as entries:
        for entry in sorted(entries, key=lambda e: e.name):
            if entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(entry.path)
            elif os.path.splitext(entry.name)[1].lower() in ARTICLE_SUFFIXES:
                link = entry.is_symlink()
                if link or entry.is_file(follow_symlinks=False):
                    yield entry.path, link


def find_catalog(paths: Iterable[str | Path]) -> Path | None:
    """A catalog.csv in any folder given (first found), or a catalog.csv named directly; else None."""
    for given in map(Path, paths):
        if given.is_dir() and (given / CATALOG_NAME).is_file():
            return given / CATALOG_NAME
        if given.name == CATALOG_NAME and given.is_file():
            return given
    return None


def _catalog_key(name: str) -> str:
    """The article id a catalog 'file' cell stands for: name without an article suffix."""
    p = Path(name.strip().replace("\\", "/"))
    return p.stem if p.suffix.lower() in ARTICLE_SUFFIXES else p.name


def read_catalog(path: Path) -> dict[str, dict[str, str]]:
    """Read catalog.csv (file, publisher, url, published, title; all but file optional) into {stem: {field: value}}.

    Empty cells are left out so they never overwrite what the text shows.  Any problem
    raises BadInput naming the catalog, the row and how to fix it.
    """
    where = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise BadInput(where, f"catalog cannot be read ({e.strerror or e}); check the path and permissions") from e
    if not data.strip():
        raise BadInput(where, "catalog is empty; add a header row file,publisher,url,published,title and one row per article")
    try:
        text = decode(data, where)
    except BadInput as e:
        raise BadInput(where, f"catalog is not text: {e.reason}") from None
    try:
        rows = list(csv.reader(io.StringIO(text)))
    except csv.Error as e:
        raise BadInput(where, f"catalog is not valid CSV ({e}); save it as comma-separated text") from e
    header = [h.strip().lower() for h in rows[0]] if rows else []
    if "file" not in header:
        raise BadInput(where, f"catalog has no 'file' column (found {header}); add a header row "
                              "starting with: file,publisher,url,published,title")
    catalog: dict[str, dict[str, str]] = {}
    for n, row in enumerate(rows[1:], start=2):
        cells = dict(zip(header, (c.strip() for c in row)))
        if not any(cells.values()):
            continue
        if not cells.get("file"):
            raise BadInput(where, f"row {n} has an empty 'file' cell; fill in the article's file name or delete the row")
        key = _catalog_key(cells["file"])
        if key in catalog:
            raise BadInput(where, f"row {n}: file '{cells['file']}' is listed twice; keep one row per article")
        published = cells.get("published", "")
        if published and not is_iso_date(published):
            raise BadInput(where, f"row {n}: published '{published}' is not a date in YYYY-MM-DD form; "
                                  "write it like 2025-04-10 or leave it empty")
        catalog[key] = {f: cells[f] for f in CATALOG_FIELDS if cells.get(f)}
    return catalog


# --------------------------------------------------------------------------- decoding

_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_C0_BYTES: Final = bytes(range(0x09)) + b"\x0b" + bytes(range(0x0e, 0x20)) + b"\x7f"
"""The C0 controls of _CONTROL: the same bytes in UTF-8, cp1252 and latin-1."""
_C1_UTF8: Final = re.compile(rb"\xc2[\x80-\x9f]")


def decode(data: bytes, file: str) -> str:
    """UTF-8 with or without BOM; else cp1252; else latin-1 (a UTF-16 BOM is honoured too).

    Raise BadInput for empty files and NUL bytes / binary content, which no encoding makes an article.

    >>> decode(b"\\xef\\xbb\\xbfCaf\\xc3\\xa9", "a.txt"), decode(b"\\x93Hi\\x94 \\x80", "b.txt")
    ('Café', '“Hi” €')
    """
    if not data.strip():
        raise BadInput(file, "empty file (no text); remove it or re-save the article")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise BadInput(file, "undecodable UTF-16 text; re-save it as UTF-8") from None
    if b"\x00" in data:
        raise BadInput(file, "binary content (NUL bytes), not a text article; convert it to .txt/.html or remove it")
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    # A byte test first, far cheaper than the pattern over the text: C1 controls (U+0080-U+009F) can
    # only come from latin-1 or from UTF-8's lead byte \xc2 (cp1252 has none: it fails on the undefined ones).
    c1 = encoding == "latin-1" or (encoding == "utf-8-sig" and b"\xc2" in data and _C1_UTF8.search(data) is not None)
    if (c1 or len(data.translate(None, _C0_BYTES)) != len(data)) and (
            _CONTROL.search(text) and len(_CONTROL.findall(text)) > max(2, len(text) // 100)):
        raise BadInput(file, "binary or undecodable content (control characters); re-save it as UTF-8 text")
    return text


# --------------------------------------------------------------------------- cleaning

_PRICE: Final = re.compile(
    r"(?:from |only |just )?(?:[$€£¥₩]|(?:US|S|A|C|HK)\$|USD|EUR|GBP|SGD)\s?\d[\d,]*(?:\.\d+)?\s*"
    r"(?:(?:/|per |a )\s*(?:year|yr|annum|month|mo|week|wk|day)\w*)?", re.I)
_PRICE_PERIOD: Final = re.compile(r"(?:[$€£¥₩]|(?:us|s|a|c|hk)\$|usd|eur|gbp|sgd)\s?\d[\d,]*(?:\.\d+)?\s*"
                                  r"(?:/|per |a |an )\s*(?:year|yr|annum|month|mo|week|wk|day)\b|"
                                  r"\b(?:monthly|annual|yearly|weekly)\s*:?\s*(?:[$€£¥₩]|(?:us|s|a|c|hk)\$)\s?\d")
_OFFER_START: Final = re.compile(r"(?:^|[.!?·]\s+)[\W_]*(?:subscribe|subscription|paid subscribers|unlimited (?:digital )?access|"
                                 r"get unlimited|free trial|become a (?:member|subscriber)|monthly|annual|yearly|weekly)\b")
_DONATE: Final = re.compile(r"donate\b(?!d)")
_SLASH_PERIOD: Final = re.compile(r"[$€£¥₩]\s?\d[\d,.]*\s*/\s*(?:year|yr|month|mo|week|wk)\b")  # "$599/year": a price list
_INTL_PHONE: Final = re.compile(r"\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){3,}")
_READ_TIME: Final = re.compile(
    r"(?:(?:estimated )?(?:time to read|reading time|read time)\W*)?"
    r"(?:\d+\s*(?:-\s*\d+\s*)?(?:min|mins|minutes?|hrs?|hours?)(?:\s+(?:read|ago))?)?", re.I)
_WIDGET: Final = {
    "listen", "listen to this article", "translate", "share", "share this", "share this article", "share article",
    "change font size", "font size", "text size", "a+", "a-", "aa", "print", "email", "e-mail", "save", "bookmark",
    "comments", "comment", "follow", "image", "photo", "video", "audio", "gallery", "advertisement", "ad",
    "sponsored", "skip to content", "skip to main content", "menu", "search", "home", "close", "tweet",
    "facebook", "twitter", "x", "whatsapp", "linkedin", "telegram", "reddit", "copy link", "link copied",
    "loading", "loading...", "play", "pause", "read more", "show more", "see more", "continue reading",
    "read full news in source page", "read full story", "read full article", "read the full story",
}
_WIDGET_LONGEST: Final = max(map(len, _WIDGET))
"""No longer line is a widget: tested first, a long line is never hashed to look it up."""
_PAYWALL: Final = re.compile(
    r"\b(?:subscribe|subscription|subscriber|unlimited access|free trial|go unlimited|premium (?:stories|content|articles)"
    r"|try \w+(?: \w+)? ?[-–—:]? ?free|sign up (?:for|to|now|today)|(?:sign|log) ?in to|register to|already a member"
    r"|paywall|cancel any ?time|newsletter|become a (?:member|subscriber|supporter)|support (?:our|independent|quality) journalism"
    r"|keep (?:independent )?journalism|donate (?:now|today)|make a (?:donation|contribution))\b", re.I)
_PAYWALL_HINTS: Final = ("subscri", "unlimited", "free", "premium", "sign", "log", "regist", "member", "paywall", "cancel",
                         "newsletter", "journalism", "donat", "contribution", "support", "receiving", "browser", "join", "patron")
_APPEAL: Final = re.compile(r"\b(?:support us|make a (?:donation|contribution)|become a (?:member|subscriber|supporter|patron)|support (?:our|independent|quality) journalism"
                    r"|keep (?:independent )?journalism|subscribe (?:now|today|to (?:our|the))|sign up (?:for|to) (?:[\w’'-]+\s+){0,4}?"
                    r"(?:newsletters?|briefing|daily)|join [\d,]+\+? (?:readers|subscribers|members|supporters)"
                    r"|you are receiving this|unsubscribe|view (?:this email )?in (?:your )?browser)\b")
_APPEAL_WORDS: Final = ("support us", "make a ", "become a ", "journalism", "subscribe", "sign up ", "join ", "receiving this",
                        "browser")
"""Words one of which every match of _APPEAL holds: tested first, as the pattern is slow to search a paragraph with.
Each match holds one of _PAYWALL_HINTS as well ('support', 'donat', 'sign', 'join', 'browser' ...)."""
_PRICED_APPEAL: Final = re.compile(r"\b(?:become an? (?:member|subscriber|supporter|patron)|support us|donate|subscribe)\b[^.!?]{0,40}?"
                                   r"\b(?:from|for|at)\s+(?:just\s+|only\s+)?(?:[$€£¥₩]\s?\d|\d[\d.,]*\s*(?:zł|€|euros?|dollars|pounds|zlotys?)\b)")
_PRICED_WORDS: Final = ("become a", "support us", "donate", "subscribe")
"""Words one of which every match of _PRICED_APPEAL holds."""
_NETWORK: Final = r"(?:facebook|twitter|x|whatsapp|linkedin|telegram|instagram|youtube|tiktok|reddit|email|print)"
_SOCIAL: Final = re.compile(
    r"(?:share|follow|like|tweet|pin|email|find)(?: us| this(?: article| story| page)?)? (?:on|via|with) .+"
    r"|(?:share|follow|like) (?:us|this(?: article| story| page)?)"
    rf"|(?:click|tap) to (?:share|print|email)\b.*|{_NETWORK}(?:\W+{_NETWORK})+\W*", re.I)
_COOKIE: Final = re.compile(r"\bcookies?\b.*\b(?:accept|consent|agree|privacy|policy|settings|browsing|experience)\b"
                            r"|\b(?:we|this (?:site|website)) uses? cookies\b", re.I)
_AD_LABEL: Final = re.compile(r"\W*(?:#ad\b|#sponsored\b|ad:|advert(?:isement)?:|sponsored(?:\s+content)?:|promoted:|"
                              r"partner\s+content:)")
_COPYRIGHT: Final = re.compile(r"^(?:©|copyright\b)|\ball rights reserved\b", re.I)
_MARKER_WORDS: Final = (r"also read|read also|read more|more from|more stories|more on this|more news|related(?: [a-z]+)?|see also|"
                        r"recommended|trending|you (?:may|might) also like|further (?:reading|listening|watching|viewing)|"
                        r"read next|what to read next|top stories|latest news|most (?:read|popular|viewed)|popular now|"
                        r"don'?t miss|must read|read full news|watch|listen")
_ONE_LINE_MARKER: Final = re.compile(rf"(?P<marker>{_MARKER_WORDS})(?:\s*[:|>»]|\s+[–—-])\s*\S.*", re.I)
_OTHER_STORIES_FROM: Final = re.compile(r"(?i:more (?:stories|articles|news) from) .+|(?i:more from)(?: [A-Z0-9][\w.&'’-]*){1,4}")
"""'MORE STORIES FROM The Straits Times': always the start of another publication's list, even above any body."""
_TAIL_MARKER: Final = re.compile(
    r"(?i:more stories|more on this (?:story|topic)"
    r"|related(?: (?:articles?|stories|news|posts|content|coverage|reading|links|topics))?"
    r"|recommended(?: (?:for you|stories|articles|reading))?|you (?:may|might) also (?:like|be interested in)"
    r"|trending(?: now| stories| news| topics)?|(?:top|latest|more) videos|further (?:reading|listening|watching)|read next|what to read next"
    r"|top stories|latest (?:news|stories)|most (?:read|popular|viewed)|popular now|also read|read also|read more about this"
    r"|other stories)\s*:?")
_LINKS_LABEL: Final = re.compile(r"(?i:read more|more on this(?: story)?|see also|related(?: links| stories| articles)?)\s*:")
"""A bare label over a list of links: 'Read more:'; the headlines under it are not the article."""
_ZERO_WIDTH: Final = re.compile(r"[\u200b-\u200d\u2060]")
_TICKER_LABEL: Final = re.compile(r"(?:latest|breaking|live|just in|updated|trending|most read)\s*:", re.I)
_TICKER: Final = re.compile(r"(?:[^|]+\|){2,}[^|]+")  # "Latest: ... | Air raid alert ... | ...": a ticker or a menu
_GOV_BANNER: Final = ("an official website of the", "official websites use .gov", "secure .gov websites use https",
                      "here's how you know", "here’s how you know")
_PUNCTUATION_ONLY: Final = re.compile(r"[\W_]{1,3}")
_MIN_READ: Final = re.compile(r"\b\d+\s*(?:min|mins|minutes?)\s+read\b")


def _is_boilerplate_line(line: str, n: int = -1) -> bool:
    """One line of site furniture, judged on its own: widgets, paywall, prices, reading time, social, cookies.

    ``n`` is the line's number of words when the caller knows it (``_remove_boilerplate`` counts spaces).
    Before a slow pattern, substring tests that every match of it needs let most prose lines pass without it.

    >>> [_is_boilerplate_line(s) for s in ("$74.99/Year", "More than $20 billion, according to one think tank.")]
    [True, False]
    >>> [_is_boilerplate_line(s) for s in ("time to read", "5 mins", "3 min read", "Pyongyang sent 10,000 troops")]
    [True, True, True, False]
    >>> [_is_boilerplate_line(s) for s in ("📢 #ad Our friends are raising ₴2.4 million for a drone.", "Ad: Get 3 months free")]
    [True, True]
    >>> [_is_boilerplate_line(s) for s in ("An official website of the United States government Here's how you know",
    ...                                     "Home > News > Press Releases", "Home to 40,000 troops, the base grew.")]
    [True, True, False]
    """
    if n < 0:
        n = words(line)
    if n > 60:
        return False  # a long paragraph is prose; none of the rules below can apply
    low = line.lower().strip()
    if (len(low) <= _WIDGET_LONGEST and low in _WIDGET) or (len(low) <= 3 and _PUNCTUATION_ONLY.fullmatch(low)) or (n <= 6 and low.startswith("skip to ")):
        return True  # "Skip to more Welle24 sites": an accessibility link
    if n <= 16 and low.startswith(_GOV_BANNER):
        return True  # "An official website of the United States government Here's how you know"
    if n <= 12 and low.startswith(("home >", "home ›", "home »", "home /")):
        return True  # a breadcrumb trail: "Home > News > Press Releases"
    if n <= 8 and (_PRICE.fullmatch(low) or (low and _READ_TIME.fullmatch(low)) or ("read" in low and _MIN_READ.search(low))):
        return True
    # cheap word tests first: these patterns are slow to search on every line of a long corpus.  The hints
    # are only looked for where a rule that needs them can apply: a short line, or one with a price in it.
    short = n <= 12 or (n <= 25 and line[-1] not in TERMINAL)
    priced = n <= 40 and any(c in line for c in "$€£¥₩")
    hinted = n <= 40 and (short or priced) and any(k in low for k in _PAYWALL_HINTS)
    if hinted and short and _PAYWALL.search(line):
        return True
    if n <= 40 and any(k in low for k in _APPEAL_WORDS) and _APPEAL.search(low):  # each of them holds a hint too
        return True  # a short paragraph that asks the reader to pay or sign up, whatever else it says
    if n <= 80 and any(k in low for k in _PRICED_WORDS) and ("patron" in low or "support" in low or "member" in low or
                                                             "donat" in low) and \
            (" from " in low or " for " in low or " at " in low) and _PRICED_APPEAL.search(low):
        return True  # a funding appeal with its price: "... without your support. Become a patron from 10 zł a month."
    if hinted and priced and _PRICE_PERIOD.search(low) and (
            _OFFER_START.search(low) or ("subscri" in low and n <= 30 and _SLASH_PERIOD.search(low))):
        return True  # "SUBSCRIBE: Unlimited access for just $6 a week", "Pro subscribers get the table — $599/year"
    if ("ad" in low[:16] or "sponsor" in low[:20] or "promot" in low[:20]) and _AD_LABEL.match(low):
        return True  # "📢 #ad Our friends are raising ₴2.4 million ...": a paragraph marked as an advertisement
    if line[:2] in ("^ ", "↑ ") or (n <= 12 and low[:6] == "donate" and _DONATE.match(low)):
        return True  # a wiki page's reference list; "Donate: €10, €25, €50."
    if n <= 25 and "+" in line and line[-1] not in ".!?" and _INTL_PHONE.search(line):
        return True  # a contact line: "APE Desk: +33 1 40 41 46 46 | Clients: 3,500 media in 151 countries"
    if n <= 8 and line[-1] not in TERMINAL and _SOCIAL.fullmatch(line):
        return True
    if "cookie" in low and _COOKIE.search(line):
        return True
    if n <= 20 and ("©" in low or "copyright" in low or "rights reserved" in low) and _COPYRIGHT.search(line):
        return True
    if " | " in line and (_TICKER.fullmatch(line) or _TICKER_LABEL.match(line)):
        return True  # a ticker or a menu: "Latest: ... | Air raid alert in 7 oblasts"
    marker = _ONE_LINE_MARKER.fullmatch(line) if n <= 30 else None
    return marker is not None and (marker.group("marker").isupper() or line[-1] not in ".!?")


def _tail_marker(line: str, n: int = -1) -> str | None:
    """'strong' or 'weak' for a heading that introduces other stories, after which the body is over.

    Weak ones ('Related', 'Trending') also label menus above an article, so they only cut after the body.

    >>> [_tail_marker(s) for s in ("MORE STORIES FROM The Straits Times", "Related articles", "More stories emerged.")]
    ['strong', 'weak', None]
    """
    if (words(line) if n < 0 else n) > 8 or line[-1] in ".!?":
        return None
    if _OTHER_STORIES_FROM.fullmatch(line):
        return "strong"
    return "weak" if _TAIL_MARKER.fullmatch(line) else None


def _unwrap(lines: Iterable[str], wrapped: bool = False, text: str = "") -> Iterator[str]:
    """Join hard-wrapped lines: a long line without final punctuation, then one starting in lower case.

    In a text wrapped at a fixed width (``wrapped``) a line that ends in a lower-case word goes on
    into the next line of its paragraph whatever that starts with ("... sent around 17,500 military
    personnel to" / "Russia since October 2024."). A blank line always ends a paragraph. A generator,
    so that lines after a "MORE STORIES" marker are never even normalised.
    """
    prev = ""
    for line in lines:
        if not line:
            if prev:
                yield prev
            prev = ""
            continue
        broken = prev[-1:] == "-" and prev[-2:-1].isalpha() and line[:1].islower()  # "con-" / "tainers", however short
        if (len(prev) >= 40 or broken) and prev[-1] not in TERMINAL + ":;" and not BULLET.match(prev) and (
                line[:1].islower() or (wrapped and prev[-1].islower() and line[:1].isalnum())):
            prev = _join_broken(prev, line, text) if broken else f"{prev} {line}"
            continue
        if prev:
            yield prev
        prev = line
    if prev:
        yield prev


def _join_broken(prev: str, line: str, text: str = "") -> str:
    """A word hyphenated across a line break, rejoined: without the hyphen when the whole is a word we count
    ("con-" / "tainers", "mil-" / "lion") or one the text writes whole elsewhere ("Intel-" / "ligence"), else
    with it ("self-" / "propelled").

    >>> _join_broken("We estimate that 6,400 con-", "tainers left Rajin"), _join_broken("a self-", "propelled gun")
    ('We estimate that 6,400 containers left Rajin', 'a self-propelled gun')
    >>> _join_broken("Ukraine's Defence Intel-", "ligence said", "Defence Intelligence of Ukraine")
    "Ukraine's Defence Intelligence said"
    """
    head = prev[prev.rfind(" ") + 1:-1]
    tail = line.split(" ", 1)[0].rstrip(".,;:)’'")
    whole = (head + tail).lower()
    known = whole in NOUNS or whole in SCALES or whole.rstrip("s") in NOUNS
    if not known and len(whole) > 4:  # written whole elsewhere, at the start of a word (no pattern compiled per word)
        low = " " + text.lower()
        known = any(c + whole in low for c in " \n(“\"'")
    return prev[:-1] + line if known else prev + line


def _hard_wrapped(lines: list[str]) -> bool:
    """Whether a plain text is wrapped at a fixed width: several lines of 60-100 characters break mid-sentence.

    >>> _hard_wrapped(["Defence Intelligence assesses that North Korea has sent around 17,500 personnel to",
    ...                "Russia since October 2024. This includes the initial deployment of some 11,000 to the",
    ...                "Kursk region and at least three subsequent rotations, the most recent of which was of",
    ...                "approximately 2,500 personnel."])
    True
    """
    breaks = 0
    for line, after in zip(lines, lines[1:]):
        if 60 <= len(line) <= 100 and line[-1].islower() and after:
            breaks += 1
            if breaks >= 3:
                return True
    return False


def _remove_boilerplate(lines: Iterable[str]) -> list[str]:
    """Drop furniture lines, cut at a tail marker after the body, drop nav crumbs above it, de-duplicate.

    The lines are normalised (single spaces, none at either end, none empty), so a line's words are its
    spaces and one: counted once here, not split again by each rule that asks.
    """
    kept: list[str] = []
    seen_body = links = False
    rest: Iterator[str] = iter(lines)
    while (line := next(rest, None)) is not None:  # "rest" may take back lines looked ahead at
        n = line.count(" ") + 1
        if links and n <= 16 and line[-1] not in TERMINAL:
            continue  # a headline listed under "Read more:"
        links = line[-1] == ":" and bool(_LINKS_LABEL.fullmatch(line))
        if seen_body and len(line) > 160 and line[-1] in TERMINAL and not _is_boilerplate_line(line, n):
            kept.append(line)  # a long paragraph once the body has begun: no marker, byline or crumb is this long
            continue
        marker = _tail_marker(line, n)
        if marker == "weak" and seen_body:  # a box inside the article, or the list that closes it?
            following = list(islice(rest, 6))
            boxed = _box_inside(line, following)
            if boxed:
                rest = chain(following[boxed:], rest)  # only the box goes: the article's prose goes on after it
                continue
        if marker == "strong" or (marker and seen_body):
            break
        if marker:
            continue
        if _is_boilerplate_line(line, n) or is_byline(line, n):
            continue
        if not seen_body and BULLET.match(line) and n <= 6 and line[-1] not in TERMINAL:
            continue  # navigation crumbs above the article
        seen_body = seen_body or is_prose(line, n)
        kept.append(line)
    seen: set[str] = set()
    unique = []
    for line in kept:
        if line not in seen:
            seen.add(line)
            unique.append(line)
    return unique


_LIST_OF_ITEMS: Final = re.compile(r"list of \d{1,2} items?", re.IGNORECASE)


def _drop_inline_lists(lines: list[str]) -> list[str]:
    """A box of other stories set inside the article ("Recommended Stories" / "list of 4 items" ... "end of list",
    as Al Jazeera pages save), dropped with its heading, so that the article after it is not cut off with it.

    >>> _drop_inline_lists(["Body.", "", "Recommended Stories", "list of 2 items", "list 1 of 2", "Headline one",
    ...                     "list 2 of 2", "Headline two", "end of list", "", "More body."])
    ['Body.', '', '', 'More body.']
    """
    out: list[str] = []
    i = 0
    while i < len(lines):
        if _LIST_OF_ITEMS.fullmatch(lines[i]):
            end = next((j for j in range(i + 1, min(len(lines), i + 40)) if lines[j].lower() == "end of list"), -1)
            if end > 0:
                if out and out[-1] and words(out[-1]) <= 4 and out[-1][-1] not in TERMINAL:
                    out.pop()  # its heading: "Recommended Stories"
                i = end + 1
                continue
        out.append(lines[i])
        i += 1
    return out


def _box_inside(marker: str, following: list[str]) -> int:
    """How many headlines a one-story box inside the article holds ("RELATED ARTICLE" and its headline), when the
    article's prose goes on after it; 0 when the marker closes the article, as a "Related articles" list does.

    >>> prose = ("The officials said US intelligence now estimates that North Korea has suffered roughly 8,000 "
    ...          "casualties in the war, about a third of them killed, and that losses have slowed since the summer.")
    >>> _box_inside("RELATED ARTICLE", ["A prisoner says he was told to blow himself up", prose, prose])
    1
    >>> _box_inside("Related articles", ["One headline", "Another headline", "About us"])
    0
    """
    if words(marker) > 4:
        return 0
    n = 0
    while n < min(3, len(following)) and words(following[n]) <= 16 and following[n][-1] not in TERMINAL:
        n += 1  # the boxed headlines
    after = following[n:n + 3]
    return n if n and sum(len(s) > 120 and s[-1] in TERMINAL for s in after) >= 2 else 0


def clean_text(raw: str, kind: str) -> str:
    """The article body as paragraphs joined by '\\n'; '' when nothing but boilerplate is left.

    kind is 'txt', 'md' or 'html' (html goes through trafilatura for the main text).

    >>> clean_text("Listen\\r\\nShare\\r\\nTroops were sent to Kursk in October, officials said.\\r\\n$74.99/Year", "txt")
    'Troops were sent to Kursk in October, officials said.'
    """
    if kind not in ("txt", "md", "html"):
        raise ValueError(f"kind must be 'txt', 'md' or 'html', not {kind!r}")
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "").rstrip().lstrip("\n")  # an indent may mark a paragraph
    if kind == "html":
        text = html_to_text(text)
    if "|\n" in text or text.endswith("|"):
        text = tables(text)
    if kind == "md":
        text = strip_markdown(text)
    elif kind == "txt":
        text = join_indented_paragraphs(text)
    if "\u200b" in text or "\u200c" in text or "\u200d" in text or "\u2060" in text:
        text = _ZERO_WIDTH.sub("", text)
    lines = _normalised_lines(text)
    if "end of list" in text:
        lines = _drop_inline_lists(lines)
    wrapped = kind == "txt" and _hard_wrapped(lines)
    return "\n".join(_remove_boilerplate(_unwrap(lines, wrapped, text)))  # blank lines end paragraphs and are dropped


def _normalised_lines(text: str) -> list[str]:
    """The text's lines, each with its whitespace runs made one space and its ends stripped.

    Most lines need nothing done, and three cheap tests say so: every whitespace character but the
    space is unprintable, so a printable line without a double space or a space at either end is
    already normalised.  Only the others are split into words and joined again.

    >>> _normalised_lines("  Troops\\tsent \\n\\u00a0\\nto  Kursk.\\nDone")
    ['Troops sent', '', 'to Kursk.', 'Done']
    """
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not line.isprintable() or "  " in line or line.startswith(" ") or line.endswith(" "):
            lines[i] = " ".join(line.split())
    return lines


# --------------------------------------------------------------------------- articles


def _kind(path: Path, raw: str) -> str:
    """'html', 'md' or 'txt' by suffix; a file with another suffix that starts like HTML is HTML."""
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        return "html"
    if suffix in (".md", ".markdown"):
        return "md"
    head = raw.lstrip()[:200].lower()
    return "html" if head.startswith(("<!doctype html", "<html")) else "txt"


def _read(path: Path) -> bytes:
    """The file's bytes, or BadInput saying why it cannot be an article file."""
    file = str(path)
    try:
        info = os.stat(file)  # one system call answers all the questions below
    except FileNotFoundError:
        raise _missing(path) from None
    except OSError as e:
        raise BadInput(file, f"cannot be read ({e.strerror or e}); check permissions") from e
    if stat.S_ISDIR(info.st_mode):
        raise BadInput(file, "is a folder, not a file; pass it to iter_files/iter_articles to read the articles in it")
    if not stat.S_ISREG(info.st_mode):
        raise BadInput(file, "is not a regular file (a device or pipe); save the article to a file")
    size = info.st_size
    if size > MAX_BYTES:
        raise BadInput(file, f"too large ({size / 2**20:.0f} MB > {MAX_BYTES // 2**20} MB); "
                             "split it or save only the article text")
    try:
        fd = os.open(file, os.O_RDONLY | getattr(os, "O_BINARY", 0))  # no buffered file object: half the cost per file
    except OSError as e:
        raise BadInput(file, f"cannot be read ({e.strerror or e}); check permissions") from e
    try:
        parts = []
        while chunk := os.read(fd, size + 1):  # a regular file comes in one read, then an empty one
            parts.append(chunk)
    except OSError as e:
        raise BadInput(file, f"cannot be read ({e.strerror or e}); check permissions") from e
    finally:
        os.close(fd)
    return parts[0] if len(parts) == 1 else b"".join(parts)


def load_article(path: Path, catalog: dict[str, dict[str, str]] | None = None) -> dict:
    """Read, decode and clean one file into a row of schema.ARTICLE_COLUMNS.

    Metadata comes from the catalog (keyed by file name without extension), then the
    HTML head, then what the text shows -- field by field.  Raise BadInput when the
    file cannot give article text.
    """
    path = Path(path)
    raw = decode(_read(path), str(path))
    kind = _kind(path, raw)
    text = clean_text(raw, kind)
    if not text:
        raise BadInput(str(path), "no article text after removing boilerplate; "
                                  "save the article body, not just the page furniture")
    inferred = infer_metadata(text)
    if inferred["publisher"] is None and kind != "html":  # 'MORE STORIES FROM X' is cut from the text
        tail = FROM_PUBLISHER_LINE.search(raw) if any(w in raw for w in FROM_PUBLISHER_WORDS) else None
        inferred["publisher"] = tail.group(1) if tail and words(tail.group(1)) <= 6 else None
    meta: dict[str, str | None] = {"url": None, **inferred}
    if kind == "html":
        head = html_metadata(raw)
        meta.update({k: v for k, v in head.items() if v and k != "date"})
        meta["date"] = meta["date"] or head["date"]  # a date line in the text beats a date guessed from the markup
    entry = (catalog or {}).get(path.stem) or (catalog or {}).get(path.name) or {}
    date_source = "catalog" if entry.get("published") else ("text" if meta["date"] else None)
    row = {
        "article": path.stem,
        "publisher": entry.get("publisher") or meta["publisher"] or copyright_holder(raw),  # "© 2021-2026 Ostrog"
        "date": entry.get("published") or meta["date"],
        "title": entry.get("title") or meta["title"],
        "url": entry.get("url") or meta["url"],
        "path": str(path),
        "text": text,
        "date_source": date_source,
    }
    return {c: row[c] for c in ARTICLE_COLUMNS}


def iter_inputs(paths: Sequence[str | Path], catalog_path: Path | None = None
                ) -> tuple[dict[str, dict[str, str]] | None, Iterator[Path | BadInput]]:
    """The catalog (or None) and the article files to read, bad paths and a bad catalog as BadInput.

    The catalog defaults to find_catalog(paths); a malformed one comes first in the file
    stream as a BadInput and the run goes on without it.  The catalog file is never an article.
    """
    catalog_path = catalog_path if catalog_path is not None else find_catalog(paths)
    catalog: dict[str, dict[str, str]] | None = None
    problems: list[BadInput] = []
    if catalog_path is not None:
        try:
            catalog = read_catalog(Path(catalog_path))
        except BadInput as e:
            problems.append(e)
    skip = Path(catalog_path).resolve() if catalog_path is not None else None

    def files() -> Iterator[Path | BadInput]:
        yield from problems
        for item in iter_files(paths):
            if isinstance(item, BadInput) or skip is None or item.resolve() != skip:
                yield item
    return catalog, files()


def iter_articles(paths: Sequence[str | Path], catalog_path: Path | None = None) -> Iterator[dict | BadInput]:
    """Stream articles one at a time (memory does not grow with the corpus), bad files as BadInput."""
    catalog, files = iter_inputs(paths, catalog_path)
    for item in files:
        if isinstance(item, BadInput):
            yield item
            continue
        try:
            yield load_article(item, catalog)
        except BadInput as e:
            yield e
